//! `import()` (ECMA-262 §13.3.10.1 EvaluateImportCall, §16.2.1.11 ContinueDynamicImport)
//! and `import.meta` (§13.3.12.1).

use super::ModuleRequest;
use super::loading::{Payload, Referrer};
use super::record::ModuleId;
use crate::jobs::{Capability, Handler, ImportStep, Reaction, ReactionKind};
use crate::object::property::PropertyKey;
use crate::object::{Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

impl Vm {
    /// EvaluateImportCall (ECMA-262 §13.3.10.1) steps 3-13, after the specifier and
    /// options were evaluated: always returns a promise.
    pub(crate) fn evaluate_import_call(&mut self, specifier: Value, options: Option<Value>) -> Value {
        let referrer = match self.frames.last().and_then(|f| f.code.module) {
            Some(m) => Referrer::Module(ModuleId(m)),
            None => match self.frames.last() {
                Some(f) => Referrer::Script(f.code.file().clone()),
                None => Referrer::Realm,
            },
        };
        let promise = self.new_promise();
        self.root(Value::Object(promise));
        let request = match self.import_call_request(specifier, options) {
            Ok(r) => r,
            Err(e) => {
                // IfAbruptRejectPromise
                let _ = self.capability_reject(Capability::Internal(promise), e);
                return Value::Object(promise);
            }
        };
        self.host_load_imported_module(referrer, request, Payload::DynamicImport(promise));
        self.dispatch_module_loads();
        Value::Object(promise)
    }

    /// EvaluateImportCall steps 7-12: the specifier string and the import attributes.
    fn import_call_request(&mut self, specifier: Value, options: Option<Value>) -> JsResult<ModuleRequest> {
        let s = self.to_string(specifier)?;
        let specifier = self.rust_string(s);
        let mut attributes = Vec::new();
        if let Some(options) = options.filter(|o| !o.is_undefined()) {
            let Value::Object(o) = options else {
                return Err(self.type_error("The second argument to import() must be an object"));
            };
            let with = self.get_str(o, "with")?;
            if !with.is_undefined() {
                let Value::Object(w) = with else {
                    return Err(self.type_error("The 'with' option of import() must be an object"));
                };
                // EnumerableOwnProperties(attributesObj, key+value)
                for key in self.own_property_keys(w)? {
                    if matches!(key, PropertyKey::Symbol(_)) {
                        continue;
                    }
                    let Some(desc) = self.get_own_property(w, key)? else { continue };
                    if desc.enumerable != Some(true) {
                        continue;
                    }
                    let value = self.get(w, key, with)?;
                    let Value::String(v) = value else {
                        return Err(self.type_error("Import attribute values must be strings"));
                    };
                    let name = self.key_display(key);
                    attributes.push((name, self.rust_string(v)));
                }
            }
        }
        if let Some((key, _)) = attributes.iter().find(|(k, _)| k != "type") {
            return Err(self.type_error(&format!("Import attribute '{key}' is not supported")));
        }
        attributes.sort();
        Ok(ModuleRequest { specifier, attributes })
    }

    /// ContinueDynamicImport (ECMA-262 §16.2.1.11).
    pub(crate) fn continue_dynamic_import(&mut self, promise: ObjId, result: Result<ModuleId, Value>) {
        self.root(Value::Object(promise));
        let m = match result {
            Ok(m) => m,
            Err(e) => {
                let _ = self.capability_reject(Capability::Internal(promise), e);
                return;
            }
        };
        let load = self.load_requested_modules(m);
        let loaded = Handler::DynamicImport { promise, module: m.0, step: ImportStep::Loaded };
        self.perform_promise_then_with(load, loaded, loaded, Capability::None);
    }

    /// The reactions ContinueDynamicImport registers: linkAndEvaluateClosure,
    /// fulfilledClosure and rejectedClosure.
    pub(crate) fn dynamic_import_reaction(&mut self, reaction: Reaction, argument: Value) -> JsResult<()> {
        let Handler::DynamicImport { promise, module, step } = reaction.handler else { return Ok(()) };
        let capability = Capability::Internal(promise);
        let m = ModuleId(module);
        if reaction.kind == ReactionKind::Reject {
            return self.capability_reject(capability, argument);
        }
        match step {
            ImportStep::Loaded => {
                if let Err(e) = self.link_module(m) {
                    return self.capability_reject(capability, e);
                }
                let evaluated = self.evaluate_module(m);
                let handler = Handler::DynamicImport { promise, module, step: ImportStep::Evaluated };
                self.perform_promise_then_with(evaluated, handler, handler, Capability::None);
                Ok(())
            }
            ImportStep::Evaluated => {
                let ns = self.module_namespace(m);
                self.capability_resolve(capability, Value::Object(ns))
            }
        }
    }

    /// `import.meta` (ECMA-262 §13.3.12.1): created on first use, with the properties
    /// HostGetImportMetaProperties gives, then HostFinalizeImportMeta.
    pub(crate) fn import_meta(&mut self) -> Value {
        let Some(m) = self.frames.last().and_then(|f| f.code.module).map(ModuleId) else {
            return Value::Undefined;
        };
        if let Some(meta) = self.module(m).meta {
            return Value::Object(meta);
        }
        let meta = self.heap.alloc_object(Object::new(None, ObjectKind::Ordinary));
        self.module_mut(m).meta = Some(meta);
        self.with_host(|vm, host| {
            if let Some(h) = host {
                h.initialize_import_meta(vm, meta, m);
            }
        });
        Value::Object(meta)
    }
}
