//! Linking (ECMA-262 §16.2.1.6.1 Link, InnerModuleLinking), export resolution
//! (§16.2.1.7.2 GetExportedNames, §16.2.1.7.3 ResolveExport) and InitializeEnvironment
//! (§16.2.1.7.4).

use super::record::{ModuleId, ModuleKind, ModuleStatus};
use super::{ImportName, ModuleRequest};
use crate::heap::{Env, EnvKind};
use crate::value::{EnvId, Packed, Value};
use crate::vm::{JsResult, Vm};

/// A ResolvedBinding Record's target (ECMA-262 Table 63): a slot of a module's
/// environment, or the module's namespace object (~namespace~).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    Slot(ModuleId, u16),
    Namespace(ModuleId),
}

/// ResolveExport's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    Resolved(Binding),
    /// null: no such export (or a circular re-export).
    NotFound,
    /// ~ambiguous~: two `export *` provide different bindings.
    Ambiguous,
}

impl Vm {
    /// Link (ECMA-262 §16.2.1.6.1): links `m` and everything it depends on.
    pub fn link_module(&mut self, m: ModuleId) -> JsResult<()> {
        let mut stack = Vec::new();
        if let Err(e) = self.inner_module_linking(m, &mut stack, 0) {
            for s in stack {
                self.module_mut(s).status = ModuleStatus::Unlinked;
            }
            return Err(e);
        }
        Ok(())
    }

    /// InnerModuleLinking (ECMA-262 §16.2.1.6.1.1).
    fn inner_module_linking(&mut self, m: ModuleId, stack: &mut Vec<ModuleId>, index: u32) -> JsResult<u32> {
        stacker::maybe_grow(64 << 10, 1 << 20, || {
            if !self.module(m).is_cyclic() {
                // A synthetic module's Link: its bindings exist from its creation.
                if self.module(m).status == ModuleStatus::Unlinked {
                    self.module_mut(m).status = ModuleStatus::Linked;
                }
                return Ok(index);
            }
            use ModuleStatus::*;
            if matches!(self.module(m).status, Linking | Linked | EvaluatingAsync | Evaluated) {
                return Ok(index);
            }
            if self.module(m).status == New {
                // Link before LoadRequestedModules fulfilled (an embedder's mistake, or a
                // graph whose loading failed).
                let name = self.module(m).name.to_string();
                return Err(self.type_error(&format!("Cannot link module '{name}': its imports are not loaded")));
            }
            let record = self.module_mut(m);
            record.status = Linking;
            record.dfs_index = index;
            record.dfs_ancestor_index = index;
            let mut index = index + 1;
            stack.push(m);
            for i in 0..self.module(m).requested_modules().len() {
                let required = self.imported_module(m, i);
                index = self.inner_module_linking(required, stack, index)?;
                if self.module(required).is_cyclic() && self.module(required).status == Linking {
                    let a = self.module(required).dfs_ancestor_index;
                    let record = self.module_mut(m);
                    record.dfs_ancestor_index = record.dfs_ancestor_index.min(a);
                }
            }
            self.initialize_environment(m)?;
            if self.module(m).dfs_ancestor_index == self.module(m).dfs_index {
                while let Some(done) = stack.pop() {
                    self.module_mut(done).status = Linked;
                    if done == m {
                        break;
                    }
                }
            }
            Ok(index)
        })
    }

    /// GetExportedNames (ECMA-262 §16.2.1.7.2).
    pub(crate) fn exported_names(&self, m: ModuleId, export_star_set: &mut Vec<ModuleId>) -> Vec<String> {
        stacker::maybe_grow(64 << 10, 1 << 20, || {
            let record = self.module(m);
            let c = match &record.kind {
                ModuleKind::Synthetic { export_names, .. } => return export_names.clone(),
                ModuleKind::SourceText(c) => c,
            };
            if export_star_set.contains(&m) {
                return Vec::new();
            }
            export_star_set.push(m);
            let mut names: Vec<String> = c.local_exports.iter().map(|e| e.export_name.clone()).collect();
            names.extend(c.indirect_exports.iter().map(|e| e.export_name.clone()));
            for &request in &c.star_exports {
                let requested = self.imported_module(m, request);
                for n in self.exported_names(requested, export_star_set) {
                    if n != "default" && !names.contains(&n) {
                        names.push(n);
                    }
                }
            }
            names
        })
    }

    /// ResolveExport (ECMA-262 §16.2.1.7.3).
    pub(crate) fn resolve_export(
        &self,
        m: ModuleId,
        export_name: &str,
        resolve_set: &mut Vec<(ModuleId, String)>,
    ) -> Resolution {
        stacker::maybe_grow(64 << 10, 1 << 20, || {
            let record = self.module(m);
            let c = match &record.kind {
                ModuleKind::Synthetic { export_names, .. } => {
                    return match export_names.iter().position(|n| n == export_name) {
                        Some(i) => Resolution::Resolved(Binding::Slot(m, i as u16)),
                        None => Resolution::NotFound,
                    };
                }
                ModuleKind::SourceText(c) => c,
            };
            if resolve_set.iter().any(|(rm, rn)| *rm == m && rn == export_name) {
                // A circular import request.
                return Resolution::NotFound;
            }
            resolve_set.push((m, export_name.to_string()));
            if let Some(e) = c.local_exports.iter().find(|e| e.export_name == export_name) {
                return Resolution::Resolved(Binding::Slot(m, e.slot));
            }
            if let Some(e) = c.indirect_exports.iter().find(|e| e.export_name == export_name) {
                let imported = self.imported_module(m, e.request);
                return match &e.import_name {
                    ImportName::Namespace => Resolution::Resolved(Binding::Namespace(imported)),
                    ImportName::Name(n) => self.resolve_export(imported, n, resolve_set),
                };
            }
            if export_name == "default" {
                // A default export cannot be provided by `export *`.
                return Resolution::NotFound;
            }
            let mut star_resolution = Resolution::NotFound;
            for &request in &c.star_exports {
                let imported = self.imported_module(m, request);
                match self.resolve_export(imported, export_name, resolve_set) {
                    Resolution::Ambiguous => return Resolution::Ambiguous,
                    Resolution::NotFound => {}
                    r @ Resolution::Resolved(b) => match star_resolution {
                        Resolution::NotFound => star_resolution = r,
                        Resolution::Resolved(prev) if prev != b => return Resolution::Ambiguous,
                        _ => {}
                    },
                }
            }
            star_resolution
        })
    }

    /// The SyntaxError of an import or re-export that does not resolve (V8's wording, or
    /// the host's for a missing name).
    fn unresolvable_export(
        &mut self,
        requested: ModuleId,
        request: &ModuleRequest,
        name: &str,
        r: Resolution,
    ) -> Value {
        let host_message = if r == Resolution::Ambiguous {
            None
        } else {
            self.with_host(|vm, h| h.and_then(|h| h.missing_export_message(vm, requested, &request.specifier, name)))
        };
        let message = if let Some(m) = host_message {
            m
        } else if r == Resolution::Ambiguous {
            format!("The requested module '{}' contains conflicting star exports for name '{name}'", request.specifier)
        } else {
            format!("The requested module '{}' does not provide an export named '{name}'", request.specifier)
        };
        self.syntax_error(&message)
    }

    /// InitializeEnvironment (ECMA-262 §16.2.1.7.4).
    fn initialize_environment(&mut self, m: ModuleId) -> JsResult<()> {
        let Some(c) = self.module(m).source() else { return Ok(()) };
        let requests = c.requested_modules.clone();
        let indirect: Vec<(String, usize, ImportName)> =
            c.indirect_exports.iter().map(|e| (e.export_name.clone(), e.request, e.import_name.clone())).collect();
        let imports: Vec<(usize, String)> =
            c.import_entries.iter().map(|e| (e.request, e.import_name.clone())).collect();
        let namespace_imports = c.namespace_imports.clone();
        let init = c.init.clone();
        // Step 1: every indirect export resolves.
        for (export_name, request, import_name) in &indirect {
            let r = self.resolve_export(m, export_name, &mut Vec::new());
            if !matches!(r, Resolution::Resolved(_)) {
                let name = match import_name {
                    ImportName::Name(n) => n.clone(),
                    ImportName::Namespace => export_name.clone(),
                };
                let requested = self.imported_module(m, *request);
                return Err(self.unresolvable_export(requested, &requests[*request], &name, r));
            }
        }
        let env = self.module(m).environment;
        // Step 7: import bindings.
        for (request, slot) in namespace_imports {
            let imported = self.imported_module(m, request);
            let ns = self.module_namespace(imported);
            self.heap.env_mut(env).slots[slot as usize] = Packed::new(Value::Object(ns));
        }
        for (cell, (request, import_name)) in imports.iter().enumerate() {
            let imported = self.imported_module(m, *request);
            let target = match self.resolve_export(imported, import_name, &mut Vec::new()) {
                Resolution::Resolved(Binding::Slot(target, slot)) => (self.module(target).environment, slot),
                Resolution::Resolved(Binding::Namespace(target)) => {
                    // An import of a re-exported namespace: an immutable binding holding it.
                    let ns = self.module_namespace(target);
                    let holder = Env {
                        parent: None,
                        slots: crate::heap::EnvSlots::from_elem(Packed::new(Value::Object(ns)), 1),
                        kind: EnvKind::Declarative(None),
                    };
                    (self.heap.alloc_env(holder), 0)
                }
                r => return Err(self.unresolvable_export(imported, &requests[*request], import_name, r)),
            };
            self.set_import_cell(env, cell, target);
        }
        // Steps 21-24: `var`s and function declarations (the module's init code).
        self.run_module_code(m, init)?;
        Ok(())
    }

    fn set_import_cell(&mut self, env: EnvId, cell: usize, target: (EnvId, u16)) {
        if let EnvKind::Module(me) = &mut self.heap.env_mut(env).kind {
            me.imports[cell].1 = Some(target);
        }
    }
}

impl Vm {
    /// GetBindingValue of an import binding (ECMA-262 §9.1.1.5.1): the exporter's binding,
    /// a ReferenceError while it is uninitialized.
    pub(crate) fn read_import(&mut self, env: EnvId, cell: u16) -> JsResult<Value> {
        let EnvKind::Module(me) = &self.heap.env(env).kind else { unreachable!("import cell of a module environment") };
        let (name, target) = &me.imports[cell as usize];
        let v = match target {
            Some((e, slot)) => self.heap.env(*e).slots[*slot as usize].get(),
            None => Value::Empty,
        };
        if v == Value::Empty {
            let message = format!("Cannot access '{name}' before initialization");
            return Err(self.reference_error(&message));
        }
        Ok(v)
    }
}
