//! Promise abstract operations (ECMA-262 §27.2.1) and the two promise jobs (§27.2.2).

use crate::jobs::{
    Capability, Handler, Job, PromiseData, PromiseState, Reaction, ReactionKind, ReactionPair, RejectionOperation,
};
use crate::object::{NativeCall, Object, ObjectKind, PropertyKey};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

impl Vm {
    /// A new pending promise with prototype `proto` (OrdinaryCreateFromConstructor's result
    /// with the promise slots).
    #[inline]
    pub fn new_promise_with_proto(&mut self, proto: ObjId) -> ObjId {
        let data = self.heap.promise_box();
        let p = self.heap.alloc_object(Object::new(Some(proto), ObjectKind::Promise(data)));
        if self.trace.is_some() {
            self.trace_promise_new(p);
        }
        p
    }

    /// A new pending promise of the current realm's %Promise.prototype%.
    pub fn new_promise(&mut self) -> ObjId {
        let proto = self.intrinsics().promise_prototype.expect("%Promise.prototype%");
        self.new_promise_with_proto(proto)
    }

    /// IsPromise (ECMA-262 §27.2.1.6)
    pub fn is_promise(&self, v: Value) -> bool {
        matches!(v, Value::Object(o) if matches!(self.obj(o).kind, ObjectKind::Promise(_)))
    }

    pub(crate) fn promise_data(&mut self, p: ObjId) -> &mut PromiseData {
        match &mut self.obj_mut(p).kind {
            ObjectKind::Promise(d) => d,
            _ => unreachable!("not a promise"),
        }
    }

    /// The state and result of a promise (for hosts and console.log).
    pub fn promise_state(&self, p: ObjId) -> Option<(PromiseState, Value)> {
        match &self.obj(p).kind {
            ObjectKind::Promise(d) => Some((d.state, d.result)),
            _ => None,
        }
    }

    /// The record of a promise, for the host's own marks (`PromiseData::host_mark`).
    pub fn promise_data_mut(&mut self, p: ObjId) -> Option<&mut PromiseData> {
        match &mut self.obj_mut(p).kind {
            ObjectKind::Promise(d) => Some(d),
            _ => None,
        }
    }

    /// An abrupt completion a promise may capture; Err only when the engine is terminating
    /// (deadline, heap limit), which no promise may swallow.
    pub fn catchable<T>(&self, r: JsResult<T>) -> JsResult<Result<T, Value>> {
        match r {
            Ok(v) => Ok(Ok(v)),
            Err(e) if self.terminating.is_some() => Err(e),
            Err(e) => Ok(Err(e)),
        }
    }

    /// CreateResolvingFunctions (ECMA-262 §27.2.1.3): each function's slots are [promise,
    /// partner]; calling either clears slot 0 of both (the shared [[AlreadyResolved]]).
    pub fn create_resolving_functions(&mut self, promise: ObjId) -> (Value, Value) {
        let resolve =
            self.new_builtin_closure("", 1, promise_resolve_function, &[Value::Object(promise), Value::Undefined]);
        let reject =
            self.new_builtin_closure("", 1, promise_reject_function, &[Value::Object(promise), Value::Object(resolve)]);
        self.set_native_slot(resolve, 1, Value::Object(reject));
        (Value::Object(resolve), Value::Object(reject))
    }

    /// The resolution steps of a Promise Resolve Function (ECMA-262 §27.2.1.3.2 steps 7-16).
    pub fn resolve_promise(&mut self, promise: ObjId, resolution: Value) -> JsResult<()> {
        if resolution == Value::Object(promise) {
            let e = self.type_error("Chaining cycle detected for promise #<Promise>");
            self.reject_promise(promise, e);
            return Ok(());
        }
        let Value::Object(r) = resolution else {
            self.fulfill_promise(promise, resolution);
            return Ok(());
        };
        let then = self.get(r, PropertyKey::String(self.names.then), resolution);
        let then = match self.catchable(then)? {
            Ok(t) => t,
            Err(e) => {
                self.reject_promise(promise, e);
                return Ok(());
            }
        };
        if !self.is_callable(then) {
            self.fulfill_promise(promise, resolution);
            return Ok(());
        }
        self.enqueue_job(Job::ResolveThenable { promise, thenable: resolution, then });
        Ok(())
    }

    /// FulfillPromise (ECMA-262 §27.2.1.4)
    pub fn fulfill_promise(&mut self, promise: ObjId, value: Value) {
        self.settle_promise(promise, PromiseState::Fulfilled, value);
    }

    /// RejectPromise (ECMA-262 §27.2.1.7)
    pub fn reject_promise(&mut self, promise: ObjId, reason: Value) {
        self.settle_promise(promise, PromiseState::Rejected, reason);
        if !self.promise_data(promise).is_handled {
            self.host_promise_rejection_tracker(promise, RejectionOperation::Reject);
        }
    }

    fn settle_promise(&mut self, promise: ObjId, state: PromiseState, value: Value) {
        let d = self.promise_data(promise);
        if d.state != PromiseState::Pending {
            // Settling twice is an engine bug (the resolving functions' [[AlreadyResolved]]
            // prevents it); never let it corrupt the promise.
            debug_assert!(false, "settling a settled promise");
            return;
        }
        let reactions = std::mem::take(&mut d.reactions);
        d.state = state;
        d.result = value;
        let tracing = self.trace.is_some();
        if tracing {
            self.trace_settle_begin(promise, state == PromiseState::Rejected);
        }
        // TriggerPromiseReactions (ECMA-262 §27.2.1.8)
        let kind = if state == PromiseState::Fulfilled { ReactionKind::Fulfill } else { ReactionKind::Reject };
        for pair in reactions {
            self.enqueue_job(Job::Reaction { reaction: pair.reaction(kind), argument: value });
        }
        if tracing {
            self.trace_settle_end();
        }
    }

    /// HostPromiseRejectionTracker (ECMA-262 §27.2.1.9), forwarded to the host.
    fn host_promise_rejection_tracker(&mut self, promise: ObjId, op: RejectionOperation) {
        self.with_host(|vm, host| {
            if let Some(h) = host {
                h.promise_rejection_tracker(vm, promise, op);
            }
        });
    }

    /// Sets [[PromiseIsHandled]] (WebIDL §3.2.23 "mark as handled"), telling the host as
    /// PerformPromiseThen does when a rejected promise gets its first handler — so marking
    /// is what attaching a handler that does nothing would be, without the reaction.
    pub fn mark_promise_handled(&mut self, promise: ObjId) {
        let d = self.promise_data(promise);
        if d.state == PromiseState::Rejected && !d.is_handled {
            self.host_promise_rejection_tracker(promise, RejectionOperation::Handle);
        }
        self.promise_data(promise).is_handled = true;
    }

    /// PerformPromiseThen (ECMA-262 §27.2.5.4.1); returns the capability's promise.
    pub fn perform_promise_then(
        &mut self,
        promise: ObjId,
        on_fulfilled: Value,
        on_rejected: Value,
        capability: Capability,
    ) -> Value {
        let handler = |vm: &Vm, f: Value| if vm.is_callable(f) { Handler::Callable(f) } else { Handler::Empty };
        let (f, r) = (handler(self, on_fulfilled), handler(self, on_rejected));
        self.perform_promise_then_with(promise, f, r, capability)
    }

    /// PerformPromiseThen with handlers already made (JobCallbacks or internal reactions).
    pub(crate) fn perform_promise_then_with(
        &mut self,
        promise: ObjId,
        on_fulfilled: Handler,
        on_rejected: Handler,
        capability: Capability,
    ) -> Value {
        let tracing = self.trace.is_some();
        if tracing {
            self.trace_then(promise, &on_fulfilled);
        }
        let pair = ReactionPair { capability, on_fulfilled, on_rejected };
        let d = self.promise_data(promise);
        let (state, result, handled) = (d.state, d.result, d.is_handled);
        match state {
            PromiseState::Pending => d.reactions.push(pair),
            PromiseState::Fulfilled => {
                let reaction = pair.reaction(ReactionKind::Fulfill);
                self.enqueue_job(Job::Reaction { reaction, argument: result })
            }
            PromiseState::Rejected => {
                if !handled {
                    self.host_promise_rejection_tracker(promise, RejectionOperation::Handle);
                }
                self.enqueue_job(Job::Reaction { reaction: pair.reaction(ReactionKind::Reject), argument: result });
            }
        }
        if tracing {
            self.trace_settle_end();
        }
        self.promise_data(promise).is_handled = true;
        capability.promise()
    }

    /// Await(v) up to the suspension (ECMA-262 §27.7.5.3 steps 2–9): PromiseResolve(%Promise%,
    /// v), then PerformPromiseThen with the internal `handler` for both outcomes, which
    /// resumes whatever awaits. Ok: the promise awaited, None when none was made. Err:
    /// PromiseResolve threw (the await throws that).
    ///
    /// For a value that is not an object, PromiseResolve's promise is fulfilled with it at
    /// once (the resolve function's step 7, no `then` lookup), nothing else ever sees it, and
    /// PerformPromiseThen on a fulfilled promise enqueues the fulfil reaction: so that job is
    /// enqueued without the promise (`await i` in a loop made and dropped one per step).
    /// A traced run makes it, as the timeline shows each awaited promise.
    pub(crate) fn await_with(&mut self, v: Value, handler: Handler) -> JsResult<Option<ObjId>> {
        if !v.is_object() && self.trace.is_none() {
            let reaction = ReactionPair { capability: Capability::None, on_fulfilled: handler, on_rejected: handler }
                .reaction(ReactionKind::Fulfill);
            self.enqueue_job(Job::Reaction { reaction, argument: v });
            return Ok(None);
        }
        let intrinsic = Value::Object(self.intrinsics().promise.expect("%Promise%"));
        let Value::Object(p) = self.promise_resolve(intrinsic, v)? else {
            unreachable!("PromiseResolve returns a promise")
        };
        self.perform_promise_then_with(p, handler, handler, Capability::None);
        Ok(Some(p))
    }

    /// NewPromiseCapability ( C ) (ECMA-262 §27.2.1.5). For an intrinsic %Promise% the
    /// promise is made directly (an Internal capability): constructing %Promise% with the
    /// capability executor observes nothing but the resulting promise.
    pub fn new_promise_capability(&mut self, c: Value) -> JsResult<Capability> {
        if let Value::Object(co) = c
            && let Some(realm) = self.realms.iter().position(|r| r.intrinsics.promise == Some(co))
        {
            let proto = self.realms[realm].intrinsics.promise_prototype.expect("%Promise.prototype%");
            let p = self.new_promise_with_proto(proto);
            // Callers go on to run script code (thenable lookups, handlers) before the
            // promise is reachable from anything else.
            self.root(Value::Object(p));
            return Ok(Capability::Internal(p));
        }
        if !self.is_constructor(c) {
            let d = self.describe(c);
            return Err(self.type_error(&format!(
                "Promise resolve or reject function is not callable ({d} is not a constructor)"
            )));
        }
        // GetCapabilitiesExecutor: slots [resolve, reject], both undefined until called.
        let executor =
            self.new_builtin_closure("", 2, get_capabilities_executor, &[Value::Undefined, Value::Undefined]);
        let mark = self.roots.len();
        self.root(Value::Object(executor));
        let promise = self.construct(c, &[Value::Object(executor)], None);
        self.roots.truncate(mark);
        let promise = promise?;
        let (resolve, reject) = match self.native_slots(executor) {
            [resolve, reject] => (*resolve, *reject),
            _ => unreachable!("two slots"),
        };
        if !self.is_callable(resolve) || !self.is_callable(reject) {
            return Err(self.type_error("Promise resolve or reject function is not callable"));
        }
        for v in [promise, resolve, reject] {
            self.root(v);
        }
        Ok(Capability::Functions { promise, resolve, reject })
    }

    /// Calls a capability's [[Resolve]] with `v`.
    pub fn capability_resolve(&mut self, cap: Capability, v: Value) -> JsResult<()> {
        match cap {
            Capability::None => Ok(()),
            Capability::Internal(p) => self.resolve_promise(p, v),
            Capability::Functions { resolve, .. } => self.call(resolve, Value::Undefined, &[v]).map(|_| ()),
        }
    }

    /// Calls a capability's [[Reject]] with `e`.
    pub fn capability_reject(&mut self, cap: Capability, e: Value) -> JsResult<()> {
        match cap {
            Capability::None => Ok(()),
            Capability::Internal(p) => {
                self.reject_promise(p, e);
                Ok(())
            }
            Capability::Functions { reject, .. } => self.call(reject, Value::Undefined, &[e]).map(|_| ()),
        }
    }

    /// The capability with [[Resolve]] and [[Reject]] as function objects, for when they
    /// escape to script code: an Internal capability gets its resolving functions now, and
    /// from then on must be settled only through them (the returned capability), so their
    /// shared [[AlreadyResolved]] covers every settlement.
    pub fn capability_with_functions(&mut self, cap: Capability) -> Capability {
        match cap {
            Capability::Internal(p) => {
                let (resolve, reject) = self.create_resolving_functions(p);
                Capability::Functions { promise: Value::Object(p), resolve, reject }
            }
            other => other,
        }
    }

    /// A built-in that answers with a fresh %Promise%: runs `steps` with it (they settle
    /// it), and rejects it with whatever they throw (IfAbruptRejectPromise). Returns the
    /// promise.
    pub(crate) fn promise_from_steps(&mut self, steps: impl FnOnce(&mut Vm, ObjId) -> JsResult<()>) -> JsResult<Value> {
        let promise = self.new_promise();
        let mark = self.roots.len();
        self.root(Value::Object(promise));
        let r = steps(self, promise);
        let r = match self.catchable(r) {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => {
                self.reject_promise(promise, e);
                Ok(())
            }
            Err(terminate) => Err(terminate),
        };
        self.roots.truncate(mark);
        r.map(|()| Value::Object(promise))
    }

    /// IfAbruptRejectPromise (ECMA-262 §27.2.1.1.1): rejects `cap` with a caught error and
    /// returns its promise.
    pub fn reject_capability_with(&mut self, cap: Capability, e: Value) -> JsResult<Value> {
        self.capability_reject(cap, e)?;
        Ok(cap.promise())
    }

    /// PromiseResolve ( C, x ) (ECMA-262 §27.2.4.7.1)
    pub fn promise_resolve(&mut self, c: Value, x: Value) -> JsResult<Value> {
        if let Value::Object(xo) = x
            && self.is_promise(x)
        {
            let ctor = self.get(xo, PropertyKey::String(self.names.constructor), x)?;
            if self.same_value(ctor, c) {
                return Ok(x);
            }
        }
        let cap = self.new_promise_capability(c)?;
        self.capability_resolve(cap, x)?;
        Ok(cap.promise())
    }

    /// NewPromiseReactionJob's job (ECMA-262 §27.2.2.1).
    pub(crate) fn promise_reaction_job(&mut self, reaction: Reaction, argument: Value) -> JsResult<()> {
        let result = match reaction.handler {
            Handler::Empty if reaction.kind == ReactionKind::Fulfill => Ok(argument),
            Handler::Empty => Err(argument),
            Handler::Callable(h) => {
                let r = self.call(h, Value::Undefined, &[argument]);
                self.catchable(r)?
            }
            Handler::Await { .. } => return self.await_reaction(reaction, argument),
            Handler::AsyncGenerator { .. } => return self.async_generator_reaction(reaction, argument),
            Handler::ArrayFromAsync { .. } => {
                return crate::builtins::array_from_async::array_from_async_reaction(self, reaction, argument);
            }
            Handler::IterResult { done } => Ok(crate::builtins::iterator::create_iter_result(self, argument, done)),
            Handler::CloseIterator { iterator } => Err(self.iterator_close_on_throw(Value::Object(iterator), argument)),
            Handler::AsyncModule { module } => {
                return self.async_module_reaction(module, reaction.kind == ReactionKind::Fulfill, argument);
            }
            Handler::DynamicImport { .. } => return self.dynamic_import_reaction(reaction, argument),
        };
        match result {
            Ok(v) => self.capability_resolve(reaction.capability, v),
            Err(e) => self.capability_reject(reaction.capability, e),
        }
    }

    /// NewPromiseResolveThenableJob's job (ECMA-262 §27.2.2.2).
    pub(crate) fn promise_resolve_thenable_job(
        &mut self,
        promise: ObjId,
        thenable: Value,
        then: Value,
    ) -> JsResult<()> {
        let (resolve, reject) = self.create_resolving_functions(promise);
        self.root(resolve);
        self.root(reject);
        let r = self.call(then, thenable, &[resolve, reject]);
        if let Err(e) = self.catchable(r)? {
            self.call(reject, Value::Undefined, &[e])?;
        }
        Ok(())
    }
}

/// Marks a resolving-function pair as used; returns the promise unless already resolved.
fn take_resolving_promise(vm: &mut Vm, f: ObjId) -> Option<ObjId> {
    let (promise, partner) = match vm.native_slots(f) {
        [Value::Object(p), Value::Object(partner)] => (*p, *partner),
        _ => return None,
    };
    vm.set_native_slot(f, 0, Value::Undefined);
    vm.set_native_slot(partner, 0, Value::Undefined);
    Some(promise)
}

/// Promise Resolve Functions (ECMA-262 §27.2.1.3.2)
fn promise_resolve_function(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if let Some(p) = take_resolving_promise(vm, cx.callee) {
        vm.resolve_promise(p, super::arg(args, 0))?;
    }
    Ok(Value::Undefined)
}

/// Promise Reject Functions (ECMA-262 §27.2.1.3.1)
fn promise_reject_function(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if let Some(p) = take_resolving_promise(vm, cx.callee) {
        vm.reject_promise(p, super::arg(args, 0));
    }
    Ok(Value::Undefined)
}

/// GetCapabilitiesExecutor Functions (ECMA-262 §27.2.1.5 step 4)
fn get_capabilities_executor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (resolve, reject) = match vm.native_slots(cx.callee) {
        [a, b] => (*a, *b),
        _ => (Value::Undefined, Value::Undefined),
    };
    if !resolve.is_undefined() || !reject.is_undefined() {
        return Err(vm.type_error("Promise executor has already been invoked with non-undefined arguments"));
    }
    vm.set_native_slot(cx.callee, 0, super::arg(args, 0));
    vm.set_native_slot(cx.callee, 1, super::arg(args, 1));
    Ok(Value::Undefined)
}
