//! Loading a module graph through the host (ECMA-262 §16.2.1.5.1 LoadRequestedModules,
//! §16.2.1.10 HostLoadImportedModule, FinishLoadingImportedModule).
//!
//! HostLoadImportedModule calls are queued and handed to the host one at a time
//! (`dispatch_module_loads`): a host that answers synchronously calls
//! [`Vm::finish_loading_imported_module`] from inside its hook, which may queue further
//! loads; the dispatcher picks those up after the hook returns, so the host is never
//! re-entered and a deep graph does not recurse through the host.

use super::ModuleRequest;
use super::record::{ModuleId, ModuleKind, ModuleStatus};
use crate::jobs::Capability;
use crate::value::{ObjId, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// The referrer of a load: the module or script whose code asked, or the realm.
#[derive(Clone, Debug, PartialEq)]
pub enum Referrer {
    Module(ModuleId),
    /// A script (or code outside any module), by the file name it was compiled with.
    Script(Rc<str>),
    Realm,
}

/// What a finished load continues (the `payload` of HostLoadImportedModule).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Payload {
    /// A GraphLoadingState Record, by index in `Vm::module_graph_loads`.
    Graph(u32),
    /// The promise of an `import()` call (ContinueDynamicImport).
    DynamicImport(ObjId),
}

/// A HostLoadImportedModule call: the host resolves `request` against `referrer`, loads
/// and parses it, and answers with [`Vm::finish_loading_imported_module`] — before its hook
/// returns or later.
#[derive(Clone, Debug)]
pub struct LoadRequest {
    pub referrer: Referrer,
    pub request: ModuleRequest,
    pub(crate) payload: Payload,
}

impl LoadRequest {
    /// Whether the load comes from `import()` (hosts may defer these to a later task, as
    /// Node's asynchronous loader does).
    pub fn is_dynamic(&self) -> bool {
        matches!(self.payload, Payload::DynamicImport(_))
    }
}

/// A GraphLoadingState Record (ECMA-262 Table 62).
pub(crate) struct GraphLoadingState {
    pub promise: ObjId,
    pub is_loading: bool,
    pub pending_modules_count: u32,
    pub visited: Vec<ModuleId>,
}

impl Vm {
    /// LoadRequestedModules (ECMA-262 §16.2.1.5.1): loads every module `m` depends on,
    /// transitively; the promise settles when the graph is loaded or a load failed.
    pub fn load_requested_modules(&mut self, m: ModuleId) -> ObjId {
        let promise = self.new_promise();
        let state = GraphLoadingState { promise, is_loading: true, pending_modules_count: 1, visited: Vec::new() };
        let index = match self.module_graph_loads.iter().position(Option::is_none) {
            Some(i) => {
                self.module_graph_loads[i] = Some(state);
                i as u32
            }
            None => {
                self.module_graph_loads.push(Some(state));
                self.module_graph_loads.len() as u32 - 1
            }
        };
        self.inner_module_loading(index, m);
        self.dispatch_module_loads();
        promise
    }

    /// InnerModuleLoading (ECMA-262 §16.2.1.5.1.1).
    fn inner_module_loading(&mut self, s: u32, m: ModuleId) {
        // The state is gone once the graph finished loading or failed.
        fn state(vm: &mut Vm, s: u32) -> Option<&mut GraphLoadingState> {
            vm.module_graph_loads.get_mut(s as usize).and_then(Option::as_mut)
        }
        stacker::maybe_grow(64 << 10, 1 << 20, || {
            let record = self.module(m);
            let fresh = record.is_cyclic() && record.status == ModuleStatus::New;
            let Some(st) = state(self, s) else { return };
            if fresh && !st.visited.contains(&m) {
                st.visited.push(m);
                let requests = self.module(m).requested_modules().to_vec();
                let Some(st) = state(self, s) else { return };
                st.pending_modules_count += requests.len() as u32;
                for (i, request) in requests.into_iter().enumerate() {
                    match self.module(m).loaded_modules[i] {
                        Some(loaded) => self.inner_module_loading(s, loaded),
                        None => self.host_load_imported_module(Referrer::Module(m), request, Payload::Graph(s)),
                    }
                    if !state(self, s).is_some_and(|st| st.is_loading) {
                        return;
                    }
                }
            }
            let Some(state) = state(self, s) else { return };
            state.pending_modules_count -= 1;
            if state.pending_modules_count == 0 {
                state.is_loading = false;
                let (visited, promise) = (std::mem::take(&mut state.visited), state.promise);
                for v in visited {
                    if self.module(v).status == ModuleStatus::New {
                        self.module_mut(v).status = ModuleStatus::Unlinked;
                    }
                }
                self.module_graph_loads[s as usize] = None;
                let _ = self.capability_resolve(Capability::Internal(promise), Value::Undefined);
            }
        })
    }

    /// ContinueModuleLoading (ECMA-262 §16.2.1.5.1.2).
    fn continue_module_loading(&mut self, s: u32, result: Result<ModuleId, Value>) {
        let Some(Some(state)) = self.module_graph_loads.get(s as usize) else { return };
        if !state.is_loading {
            return;
        }
        match result {
            Ok(m) => self.inner_module_loading(s, m),
            Err(e) => {
                let promise = state.promise;
                self.module_graph_loads[s as usize] = None;
                let _ = self.capability_reject(Capability::Internal(promise), e);
            }
        }
    }

    /// HostLoadImportedModule (ECMA-262 §16.2.1.10): queued for the host.
    pub(crate) fn host_load_imported_module(&mut self, referrer: Referrer, request: ModuleRequest, payload: Payload) {
        self.module_load_queue.push_back(LoadRequest { referrer, request, payload });
    }

    /// Hands queued loads to the host, one at a time, until none is left (the outermost
    /// caller does; a call from inside the host's hook returns at once).
    pub(crate) fn dispatch_module_loads(&mut self) {
        if self.dispatching_module_loads {
            return;
        }
        self.dispatching_module_loads = true;
        while let Some(req) = self.module_load_queue.pop_front() {
            // The host may hold the request past this call: its promise stays alive until
            // the answer comes.
            if let Payload::DynamicImport(p) = req.payload {
                self.module_pending_host_loads.push(Value::Object(p));
            }
            let unanswered = self.with_host(|vm, host| match host {
                Some(h) => {
                    h.load_imported_module(vm, req);
                    None
                }
                None => Some(req),
            });
            if let Some(req) = unanswered {
                let e = self.type_error(&format!("Cannot find module '{}': no module loader", req.request.specifier));
                self.finish_loading_imported_module(req, Err(e));
            }
        }
        self.dispatching_module_loads = false;
    }

    /// FinishLoadingImportedModule (ECMA-262 §16.2.1.10.1): the host's answer to a
    /// [`LoadRequest`] — the loaded module, or the error to throw (reject with).
    pub fn finish_loading_imported_module(&mut self, req: LoadRequest, result: Result<ModuleId, Value>) {
        if let (Ok(m), Referrer::Module(referrer)) = (&result, &req.referrer)
            && let Some(i) = self.module(*referrer).requested_modules().iter().position(|r| *r == req.request)
        {
            // The same request always gives the same module (the host's resolution is
            // idempotent); the first answer is kept.
            let slot = &mut self.module_mut(*referrer).loaded_modules[i];
            if slot.is_none() {
                *slot = Some(*m);
            }
        }
        match req.payload {
            Payload::Graph(s) => self.continue_module_loading(s, result),
            Payload::DynamicImport(promise) => {
                if let Some(i) = self.module_pending_host_loads.iter().position(|v| *v == Value::Object(promise)) {
                    self.module_pending_host_loads.swap_remove(i);
                }
                self.continue_dynamic_import(promise, result)
            }
        }
        self.dispatch_module_loads();
    }

    /// The values the module system keeps alive (for the collector).
    pub(crate) fn module_roots(
        &self,
        values: &mut Vec<Value>,
        envs: &mut Vec<crate::value::EnvId>,
        codes: &mut Vec<Rc<crate::bytecode::Code>>,
    ) {
        for m in &self.modules {
            m.trace(values, envs, codes);
        }
        for s in self.module_graph_loads.iter().flatten() {
            values.push(Value::Object(s.promise));
        }
        for r in &self.module_load_queue {
            if let Payload::DynamicImport(p) = r.payload {
                values.push(Value::Object(p));
            }
        }
        values.extend(self.module_pending_host_loads.iter().copied());
    }

    /// The export names of a synthetic module (hosts building facades).
    pub fn synthetic_export_names(&self, m: ModuleId) -> Option<&[String]> {
        match &self.module(m).kind {
            ModuleKind::Synthetic { export_names, .. } => Some(export_names),
            ModuleKind::SourceText(_) => None,
        }
    }
}
