//! Module evaluation with top-level await (ECMA-262 §16.2.1.6.2 Evaluate,
//! InnerModuleEvaluation, ExecuteAsyncModule, GatherAvailableAncestors,
//! AsyncModuleExecutionFulfilled, AsyncModuleExecutionRejected).

use super::record::{AsyncOrder, ModuleId, ModuleKind, ModuleStatus};
use crate::jobs::{Capability, Handler};
use crate::value::{ObjId, Packed, Value};
use crate::vm::{JsResult, Vm};

impl Vm {
    /// Evaluate (ECMA-262 §16.2.1.6.2): runs `m` and its dependencies; the promise settles
    /// when they have run (at once unless some module awaits at top level).
    pub fn evaluate_module(&mut self, m: ModuleId) -> ObjId {
        use ModuleStatus::*;
        if matches!(self.module(m).status, New | Unlinked | Linking) && self.module(m).is_cyclic() {
            // Evaluate before Link succeeded: a rejected promise, not the spec's assertion.
            let promise = self.new_promise();
            let name = self.module(m).name.to_string();
            let e = self.type_error(&format!("Cannot evaluate module '{name}': it is not linked"));
            let _ = self.capability_reject(Capability::Internal(promise), e);
            return promise;
        }
        let mut module = m;
        if matches!(self.module(module).status, EvaluatingAsync | Evaluated)
            && let Some(root) = self.module(module).cycle_root
        {
            module = root;
        }
        if let Some(p) = self.module(module).top_level_capability {
            return p;
        }
        let promise = self.new_promise();
        self.module_mut(module).top_level_capability = Some(promise);
        let mut stack = Vec::new();
        match self.inner_module_evaluation(module, &mut stack, 0) {
            Err(e) => {
                for s in stack {
                    let r = self.module_mut(s);
                    r.status = Evaluated;
                    r.evaluation_error = Some(e);
                }
                let _ = self.capability_reject(Capability::Internal(promise), e);
            }
            Ok(_) => {
                if self.module(module).async_evaluation_order == AsyncOrder::Unset {
                    let _ = self.capability_resolve(Capability::Internal(promise), Value::Undefined);
                }
            }
        }
        promise
    }

    /// InnerModuleEvaluation (ECMA-262 §16.2.1.6.2.1).
    fn inner_module_evaluation(&mut self, m: ModuleId, stack: &mut Vec<ModuleId>, index: u32) -> JsResult<u32> {
        stacker::maybe_grow(64 << 10, 1 << 20, || {
            use ModuleStatus::*;
            if !self.module(m).is_cyclic() {
                self.evaluate_synthetic_module(m)?;
                return Ok(index);
            }
            match self.module(m).status {
                EvaluatingAsync | Evaluated => {
                    return match self.module(m).evaluation_error {
                        None => Ok(index),
                        Some(e) => Err(e),
                    };
                }
                Evaluating => return Ok(index),
                _ => {}
            }
            let record = self.module_mut(m);
            record.status = Evaluating;
            record.dfs_index = index;
            record.dfs_ancestor_index = index;
            record.pending_async_dependencies = 0;
            let mut index = index + 1;
            stack.push(m);
            for i in 0..self.module(m).requested_modules().len() {
                let mut required = self.imported_module(m, i);
                index = self.inner_module_evaluation(required, stack, index)?;
                if self.module(required).is_cyclic() {
                    if self.module(required).status == Evaluating {
                        let a = self.module(required).dfs_ancestor_index;
                        let record = self.module_mut(m);
                        record.dfs_ancestor_index = record.dfs_ancestor_index.min(a);
                    } else {
                        required = self.module(required).cycle_root.expect("[[CycleRoot]]");
                        if let Some(e) = self.module(required).evaluation_error {
                            return Err(e);
                        }
                    }
                    if matches!(self.module(required).async_evaluation_order, AsyncOrder::Order(_)) {
                        self.module_mut(m).pending_async_dependencies += 1;
                        self.module_mut(required).async_parent_modules.push(m);
                    }
                }
            }
            if self.module(m).pending_async_dependencies > 0 || self.module(m).has_tla() {
                self.module_async_evaluation_count += 1;
                self.module_mut(m).async_evaluation_order = AsyncOrder::Order(self.module_async_evaluation_count);
                if self.module(m).pending_async_dependencies == 0 {
                    self.execute_async_module(m)?;
                }
            } else {
                self.execute_module(m)?;
            }
            if self.module(m).dfs_ancestor_index == self.module(m).dfs_index {
                while let Some(done) = stack.pop() {
                    let record = self.module_mut(done);
                    record.status = if matches!(record.async_evaluation_order, AsyncOrder::Order(_)) {
                        EvaluatingAsync
                    } else {
                        Evaluated
                    };
                    record.cycle_root = Some(m);
                    if done == m {
                        break;
                    }
                }
            }
            Ok(index)
        })
    }

    /// A synthetic module's Evaluate: its steps set the exports (once).
    fn evaluate_synthetic_module(&mut self, m: ModuleId) -> JsResult<()> {
        if let Some(e) = self.module(m).evaluation_error {
            return Err(e);
        }
        if self.module(m).status == ModuleStatus::Evaluated {
            return Ok(());
        }
        self.module_mut(m).status = ModuleStatus::Evaluated;
        let ModuleKind::Synthetic { export_names, steps } = &self.module(m).kind else { return Ok(()) };
        let (names, steps) = (export_names.clone(), *steps);
        if steps.is_undefined() {
            return Ok(());
        }
        let result = (|| {
            let exports = self.call(steps, Value::Undefined, &[])?;
            let env = self.module(m).environment;
            if let Value::Object(o) = exports {
                self.root(exports);
                for (i, name) in names.iter().enumerate() {
                    let v = self.get_str(o, name)?;
                    self.heap.env_mut(env).slots[i] = Packed::new(v);
                }
            }
            Ok(())
        })();
        if let Err(e) = result {
            self.module_mut(m).evaluation_error = Some(e);
            return Err(e);
        }
        Ok(())
    }

    /// ExecuteModule without a capability: runs a module body that does not await.
    fn execute_module(&mut self, m: ModuleId) -> JsResult<()> {
        let Some(c) = self.module(m).source() else { return Ok(()) };
        let body = c.body.clone();
        self.run_module_code(m, body)?;
        Ok(())
    }

    /// Runs one of a module's functions (its init or body code) in the module environment,
    /// with `this` undefined; an async body returns its promise.
    pub(crate) fn run_module_code(&mut self, m: ModuleId, code: std::rc::Rc<crate::bytecode::Code>) -> JsResult<Value> {
        let env = self.module(m).environment;
        let f = self.make_function(code, Some(env), None);
        self.call(Value::Object(f), Value::Undefined, &[])
    }

    /// ExecuteAsyncModule (ECMA-262 §16.2.1.6.2.2): starts the async body; its promise's
    /// reactions continue with AsyncModuleExecutionFulfilled / Rejected.
    fn execute_async_module(&mut self, m: ModuleId) -> JsResult<()> {
        let Some(c) = self.module(m).source() else { return Ok(()) };
        let body = c.body.clone();
        let p = self.run_module_code(m, body)?;
        let Value::Object(p) = p else { unreachable!("an async body returns a promise") };
        let handler = Handler::AsyncModule { module: m.0 };
        self.perform_promise_then_with(p, handler, handler, Capability::None);
        Ok(())
    }

    /// The reaction of an async module body's promise.
    pub(crate) fn async_module_reaction(&mut self, m: u32, fulfilled: bool, argument: Value) -> JsResult<()> {
        if fulfilled {
            self.async_module_execution_fulfilled(ModuleId(m));
        } else {
            self.async_module_execution_rejected(ModuleId(m), argument);
        }
        Ok(())
    }

    /// GatherAvailableAncestors (ECMA-262 §16.2.1.6.2.3), with a work list instead of
    /// recursion.
    fn gather_available_ancestors(&mut self, m: ModuleId, exec_list: &mut Vec<ModuleId>) {
        let mut work = vec![m];
        while let Some(module) = work.pop() {
            for parent in self.module(module).async_parent_modules.clone() {
                let root = self.module(parent).cycle_root.expect("[[CycleRoot]]");
                if exec_list.contains(&parent) || self.module(root).evaluation_error.is_some() {
                    continue;
                }
                let record = self.module_mut(parent);
                record.pending_async_dependencies -= 1;
                if record.pending_async_dependencies == 0 {
                    exec_list.push(parent);
                    if !self.module(parent).has_tla() {
                        work.push(parent);
                    }
                }
            }
        }
    }

    /// AsyncModuleExecutionFulfilled (ECMA-262 §16.2.1.6.2.4).
    fn async_module_execution_fulfilled(&mut self, m: ModuleId) {
        if self.module(m).status == ModuleStatus::Evaluated {
            return;
        }
        let record = self.module_mut(m);
        record.async_evaluation_order = AsyncOrder::Done;
        record.status = ModuleStatus::Evaluated;
        if let Some(p) = record.top_level_capability {
            let _ = self.capability_resolve(Capability::Internal(p), Value::Undefined);
        }
        let mut exec_list = Vec::new();
        self.gather_available_ancestors(m, &mut exec_list);
        exec_list.sort_by_key(|x| match self.module(*x).async_evaluation_order {
            AsyncOrder::Order(n) => n,
            _ => u64::MAX,
        });
        for module in exec_list {
            if self.module(module).status == ModuleStatus::Evaluated {
                continue;
            }
            if self.module(module).has_tla() {
                if let Err(e) = self.execute_async_module(module) {
                    self.async_module_execution_rejected(module, e);
                }
                continue;
            }
            match self.execute_module(module) {
                Err(e) => self.async_module_execution_rejected(module, e),
                Ok(()) => {
                    let record = self.module_mut(module);
                    record.async_evaluation_order = AsyncOrder::Done;
                    record.status = ModuleStatus::Evaluated;
                    if let Some(p) = record.top_level_capability {
                        let _ = self.capability_resolve(Capability::Internal(p), Value::Undefined);
                    }
                }
            }
        }
    }

    /// AsyncModuleExecutionRejected (ECMA-262 §16.2.1.6.2.5).
    fn async_module_execution_rejected(&mut self, m: ModuleId, error: Value) {
        stacker::maybe_grow(64 << 10, 1 << 20, || {
            if self.module(m).status == ModuleStatus::Evaluated {
                return;
            }
            let record = self.module_mut(m);
            record.evaluation_error = Some(error);
            record.status = ModuleStatus::Evaluated;
            record.async_evaluation_order = AsyncOrder::Done;
            if let Some(p) = self.module(m).top_level_capability {
                let _ = self.capability_reject(Capability::Internal(p), error);
            }
            for parent in self.module(m).async_parent_modules.clone() {
                self.async_module_execution_rejected(parent, error);
            }
        })
    }
}
