//! Module records (ECMA-262 §16.2.1.4 Abstract Module Records, §16.2.1.6 Cyclic Module
//! Records, §16.2.1.7 Source Text Module Records, §16.2.1.8 Synthetic Module Records) and
//! their creation: ParseModule and the host's synthetic modules (JSON, CommonJS facades,
//! built-ins).

use super::CompiledModule;
use crate::compiler::CompileError;
use crate::heap::{Env, EnvKind, ModuleEnv, ScopeNames};
use crate::value::{EnvId, ObjId, Packed, Value};
use crate::vm::{JsResult, Vm};
use std::rc::Rc;

/// A module record's index in `Vm::modules`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ModuleId(pub u32);

/// [[Status]] of a Cyclic Module Record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModuleStatus {
    New,
    Unlinked,
    Linking,
    Linked,
    Evaluating,
    EvaluatingAsync,
    Evaluated,
}

/// [[AsyncEvaluationOrder]]: unset, an integer, or done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsyncOrder {
    Unset,
    Order(u64),
    Done,
}

/// Source Text or Synthetic.
pub enum ModuleKind {
    SourceText(Box<CompiledModule>),
    /// A Synthetic Module Record: its exports are set by `steps` (a callable returning an
    /// object whose properties are the export values), or were set when it was created
    /// (`steps` undefined: JSON modules).
    Synthetic {
        export_names: Vec<String>,
        steps: Value,
    },
}

/// A module record: the fields of Table 57 (Module Records), Table 58 (Cyclic Module
/// Records) and Table 60 (Source Text Module Records).
pub struct ModuleRecord {
    pub kind: ModuleKind,
    /// What the host named the module (its URL): stack traces and error messages use it.
    pub name: Rc<str>,
    /// [[HostDefined]]
    pub host_defined: Value,
    /// [[Realm]]
    pub realm: u32,
    /// [[Environment]]: created with the record, so importers can be linked to it before it
    /// is initialized.
    pub environment: EnvId,
    /// [[Namespace]]
    pub namespace: Option<ObjId>,
    pub status: ModuleStatus,
    pub evaluation_error: Option<Value>,
    pub dfs_index: u32,
    pub dfs_ancestor_index: u32,
    /// [[LoadedModules]]: the record each of [[RequestedModules]] resolved to.
    pub loaded_modules: Vec<Option<ModuleId>>,
    pub cycle_root: Option<ModuleId>,
    pub async_evaluation_order: AsyncOrder,
    /// [[TopLevelCapability]] (an intrinsic promise).
    pub top_level_capability: Option<ObjId>,
    pub async_parent_modules: Vec<ModuleId>,
    pub pending_async_dependencies: u32,
    /// The `import.meta` object, once created (ECMA-262 §13.3.12.1).
    pub meta: Option<ObjId>,
}

impl ModuleRecord {
    pub fn is_cyclic(&self) -> bool {
        matches!(self.kind, ModuleKind::SourceText(_))
    }

    pub(crate) fn source(&self) -> Option<&CompiledModule> {
        match &self.kind {
            ModuleKind::SourceText(c) => Some(c),
            ModuleKind::Synthetic { .. } => None,
        }
    }

    pub(crate) fn has_tla(&self) -> bool {
        self.source().is_some_and(|c| c.has_tla)
    }

    /// The requested modules' specifiers (for hosts and error messages).
    pub fn requested_modules(&self) -> &[super::ModuleRequest] {
        self.source().map_or(&[], |c| &c.requested_modules)
    }

    /// Every value, environment and code the record keeps alive.
    pub(crate) fn trace(
        &self,
        values: &mut Vec<Value>,
        envs: &mut Vec<EnvId>,
        codes: &mut Vec<Rc<crate::bytecode::Code>>,
    ) {
        envs.push(self.environment);
        values.push(self.host_defined);
        values.extend(self.namespace.map(Value::Object));
        values.extend(self.evaluation_error);
        values.extend(self.top_level_capability.map(Value::Object));
        values.extend(self.meta.map(Value::Object));
        match &self.kind {
            ModuleKind::SourceText(c) => codes.extend([c.init.clone(), c.body.clone()]),
            ModuleKind::Synthetic { steps, .. } => values.push(*steps),
        }
    }
}

impl Vm {
    fn add_module(&mut self, kind: ModuleKind, name: &str, env: EnvId, status: ModuleStatus) -> ModuleId {
        let requests = match &kind {
            ModuleKind::SourceText(c) => c.requested_modules.len(),
            ModuleKind::Synthetic { .. } => 0,
        };
        self.modules.push(ModuleRecord {
            kind,
            name: name.into(),
            host_defined: Value::Undefined,
            realm: self.realm,
            environment: env,
            namespace: None,
            status,
            evaluation_error: None,
            dfs_index: 0,
            dfs_ancestor_index: 0,
            loaded_modules: vec![None; requests],
            cycle_root: None,
            async_evaluation_order: AsyncOrder::Unset,
            top_level_capability: None,
            async_parent_modules: Vec::new(),
            pending_async_dependencies: 0,
            meta: None,
        });
        ModuleId(self.modules.len() as u32 - 1)
    }

    /// ParseModule (ECMA-262 §16.2.1.7.1): compiles `source` as module code and creates its
    /// Source Text Module Record. `name` is what stack traces and errors call it (Node uses
    /// the `file://` URL).
    pub fn parse_module(&mut self, source: &str, name: &str) -> Result<ModuleId, CompileError> {
        let id = self.modules.len() as u32;
        let compiled = crate::compiler::compile_module(&mut self.heap, source, name, id)?;
        let slots = crate::heap::EnvSlots::from_elem(Packed::EMPTY, compiled.env_names.names.len());
        let cells = compiled.import_cells.iter().map(|n| (n.clone(), None)).collect();
        let kind = EnvKind::Module(Box::new(ModuleEnv { names: compiled.env_names.clone(), imports: cells }));
        let env = self.heap.alloc_env(Env { parent: None, slots, kind });
        Ok(self.add_module(ModuleKind::SourceText(Box::new(compiled)), name, env, ModuleStatus::New))
    }

    /// CreateSyntheticModule (ECMA-262 §16.2.1.8 / the host's synthetic modules): a module
    /// whose exports `export_names` are set by calling `steps` at evaluation (it returns an
    /// object holding the values).
    pub fn create_synthetic_module(&mut self, export_names: Vec<String>, steps: Value, name: &str) -> ModuleId {
        let names = Rc::new(ScopeNames { names: export_names.iter().map(|n| (n.clone(), false, false)).collect() });
        let slots = crate::heap::EnvSlots::from_elem(Packed::UNDEFINED, export_names.len());
        let kind = EnvKind::Module(Box::new(ModuleEnv { names, imports: Vec::new() }));
        let env = self.heap.alloc_env(Env { parent: None, slots, kind });
        self.add_module(ModuleKind::Synthetic { export_names, steps }, name, env, ModuleStatus::Unlinked)
    }

    /// CreateDefaultExportSyntheticModule (ECMA-262 §16.2.1.10): a module whose only export,
    /// `default`, is `value`.
    pub fn create_default_export_module(&mut self, value: Value, name: &str) -> ModuleId {
        let m = self.create_synthetic_module(vec!["default".into()], Value::Undefined, name);
        let env = self.modules[m.0 as usize].environment;
        self.heap.env_mut(env).slots[0] = Packed::new(value);
        m
    }

    /// ParseJSONModule (ECMA-262 §16.2.1.11): `source` parsed as JSON, the default export.
    pub fn parse_json_module(&mut self, source: &str, name: &str) -> JsResult<ModuleId> {
        let text = self.string(source);
        let value = crate::builtins::json::json_parse(self, text)?;
        Ok(self.create_default_export_module(value, name))
    }

    pub fn module(&self, m: ModuleId) -> &ModuleRecord {
        &self.modules[m.0 as usize]
    }

    pub(crate) fn module_mut(&mut self, m: ModuleId) -> &mut ModuleRecord {
        &mut self.modules[m.0 as usize]
    }

    /// Stores the host's value in [[HostDefined]].
    pub fn set_module_host_defined(&mut self, m: ModuleId, v: Value) {
        self.module_mut(m).host_defined = v;
    }

    /// GetImportedModule (ECMA-262 §16.2.1.9): the record request `i` of `m` loaded as.
    pub(crate) fn imported_module(&self, m: ModuleId, i: usize) -> ModuleId {
        self.module(m).loaded_modules[i].expect("GetImportedModule after loading")
    }
}

impl Vm {
    /// Whether `m` or a module it depends on (transitively) awaits at top level (Node's
    /// `require()` of an ES module refuses such graphs).
    pub fn module_graph_has_top_level_await(&self, m: ModuleId) -> bool {
        let mut seen = vec![m];
        let mut work = vec![m];
        while let Some(x) = work.pop() {
            if self.module(x).has_tla() {
                return true;
            }
            for d in self.module(x).loaded_modules.iter().flatten() {
                if !seen.contains(d) {
                    seen.push(*d);
                    work.push(*d);
                }
            }
        }
        false
    }
}
