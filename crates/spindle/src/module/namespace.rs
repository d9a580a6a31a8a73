//! Module namespace exotic objects (ECMA-262 §10.4.6) and GetModuleNamespace
//! (§16.2.1.12).
//!
//! String-keyed properties are the module's exports, read through to the exporting
//! environments (so they are live); symbol-keyed ones are ordinary (`@@toStringTag`).

use super::linking::{Binding, Resolution};
use super::record::ModuleId;
use crate::hash::IdMap;
use crate::object::property::{ENUMERABLE, PropertyDescriptor, PropertyKey, WRITABLE};
use crate::object::{Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

/// [[Module]] and [[Exports]] of a namespace object.
pub struct NamespaceData {
    pub module: ModuleId,
    /// The export names as keys, in code unit order, with their bindings.
    pub exports: Vec<(PropertyKey, Binding)>,
    /// Key -> position in `exports`.
    pub index: IdMap<PropertyKey, u32>,
}

impl Vm {
    /// GetModuleNamespace (ECMA-262 §16.2.1.12).
    pub fn module_namespace(&mut self, m: ModuleId) -> ObjId {
        if let Some(ns) = self.module(m).namespace {
            return ns;
        }
        let names = self.exported_names(m, &mut Vec::new());
        let mut exports: Vec<(Vec<u16>, Binding)> = Vec::new();
        for name in names {
            if let Resolution::Resolved(b) = self.resolve_export(m, &name, &mut Vec::new()) {
                exports.push((name.encode_utf16().collect(), b));
            }
        }
        // ModuleNamespaceCreate step 7: [[Exports]] ordered as if by Array.prototype.sort
        // with the default comparator (code unit order).
        exports.sort_by(|a, b| a.0.cmp(&b.0));
        let exports: Vec<(PropertyKey, Binding)> = exports
            .into_iter()
            .map(|(units, b)| {
                let s = self.heap.intern(&units);
                (self.string_key(s), b)
            })
            .collect();
        let index = exports.iter().enumerate().map(|(i, (k, _))| (*k, i as u32)).collect();
        let data = NamespaceData { module: m, exports, index };
        let mut obj = Object::new(None, ObjectKind::ModuleNamespace(Box::new(data)));
        obj.extensible = false;
        let ns = self.heap.alloc_object(obj);
        // ECMA-262 §28.3.1 @@toStringTag: "Module", not writable, enumerable or configurable.
        let tag = self.string("Module");
        self.define_direct(ns, PropertyKey::Symbol(self.sym.to_string_tag), tag, 0);
        self.module_mut(m).namespace = Some(ns);
        ns
    }

    fn namespace_binding(&self, o: ObjId, key: PropertyKey) -> Option<Binding> {
        match &self.obj(o).kind {
            ObjectKind::ModuleNamespace(d) => d.index.get(&key).map(|&i| d.exports[i as usize].1),
            _ => None,
        }
    }

    /// The value of an export binding (ReferenceError while it is in its TDZ).
    fn namespace_binding_value(&mut self, b: Binding, key: PropertyKey) -> JsResult<Value> {
        match b {
            Binding::Namespace(m) => Ok(Value::Object(self.module_namespace(m))),
            Binding::Slot(m, slot) => {
                let env = self.module(m).environment;
                let v = self.heap.env(env).slots[slot as usize].get();
                if v == Value::Empty {
                    let name = self.key_display(key);
                    return Err(self.reference_error(&format!("Cannot access '{name}' before initialization")));
                }
                Ok(v)
            }
        }
    }

    /// Whether `o` is a namespace object and `key` one of its export-name keys' kind (a
    /// string): those take the exotic paths below.
    pub(crate) fn is_namespace_string_key(&self, o: ObjId, key: PropertyKey) -> bool {
        !matches!(key, PropertyKey::Symbol(_)) && matches!(self.obj(o).kind, ObjectKind::ModuleNamespace(_))
    }

    /// [[GetOwnProperty]] (ECMA-262 §10.4.6.5) for a string key.
    pub(crate) fn namespace_get_own_property(
        &mut self,
        o: ObjId,
        key: PropertyKey,
    ) -> JsResult<Option<PropertyDescriptor>> {
        let Some(b) = self.namespace_binding(o, key) else { return Ok(None) };
        let value = self.namespace_binding_value(b, key)?;
        Ok(Some(PropertyDescriptor::data(value, WRITABLE | ENUMERABLE)))
    }

    /// [[DefineOwnProperty]] (ECMA-262 §10.4.6.6) for a string key.
    pub(crate) fn namespace_define_own_property(
        &mut self,
        o: ObjId,
        key: PropertyKey,
        desc: PropertyDescriptor,
    ) -> JsResult<bool> {
        let Some(current) = self.namespace_get_own_property(o, key)? else { return Ok(false) };
        if desc.configurable == Some(true)
            || desc.enumerable == Some(false)
            || desc.is_accessor()
            || desc.writable == Some(false)
        {
            return Ok(false);
        }
        match desc.value {
            Some(v) => Ok(self.same_value(v, current.value.unwrap_or(Value::Undefined))),
            None => Ok(true),
        }
    }

    /// [[HasProperty]] (ECMA-262 §10.4.6.7) for a string key.
    pub(crate) fn namespace_has(&self, o: ObjId, key: PropertyKey) -> bool {
        self.namespace_binding(o, key).is_some()
    }

    /// [[Get]] (ECMA-262 §10.4.6.8) for a string key.
    pub(crate) fn namespace_get(&mut self, o: ObjId, key: PropertyKey) -> JsResult<Value> {
        match self.namespace_binding(o, key) {
            Some(b) => self.namespace_binding_value(b, key),
            None => Ok(Value::Undefined),
        }
    }

    /// [[Delete]] (ECMA-262 §10.4.6.10) for a string key.
    pub(crate) fn namespace_delete(&self, o: ObjId, key: PropertyKey) -> bool {
        self.namespace_binding(o, key).is_none()
    }

    /// [[OwnPropertyKeys]] (ECMA-262 §10.4.6.11): the exports, then the symbol keys.
    pub(crate) fn namespace_own_keys(&self, o: ObjId) -> Vec<PropertyKey> {
        let obj = self.obj(o);
        let ObjectKind::ModuleNamespace(d) = &obj.kind else { return Vec::new() };
        let mut keys: Vec<PropertyKey> = d.exports.iter().map(|(k, _)| *k).collect();
        keys.extend(obj.props.keys().filter(|k| matches!(k, PropertyKey::Symbol(_))));
        keys
    }
}
