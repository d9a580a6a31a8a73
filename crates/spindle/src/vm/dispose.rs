//! Explicit resource management's disposal (ECMA-262 §9.11, "Disposable resources", as the
//! explicit-resource-management proposal merges it): a scope's DisposeCapability, the
//! resources `using` / `await using` add to it, and DisposeResources run in steps so that
//! compiled code can `await` between them.
//!
//! A DisposeCapability is an internal object that never reaches script code (it lives in a
//! register): its elements hold DisposeResources' state — whether a throw completion is
//! pending and its value, `needsAwait`, `hasAwaited` — followed by the resources, each a
//! (value, method, is-async) triple, in the order they were added.

use super::{JsResult, Vm};
use crate::object::property::{HIDDEN, PropertyKey};
use crate::object::{Object, ObjectKind};
use crate::value::{ObjId, Packed, Value};

const HAS_ERROR: usize = 0;
const ERROR: usize = 1;
const NEEDS_AWAIT: usize = 2;
const HAS_AWAITED: usize = 3;
const FIRST_RESOURCE: usize = 4;

impl Vm {
    /// NewDisposeCapability ( )
    pub fn new_dispose_capability(&mut self) -> ObjId {
        let mut o = Object::new(None, ObjectKind::Ordinary);
        o.elements = [Value::Bool(false), Value::Undefined, Value::Bool(false), Value::Bool(false)]
            .map(Packed::new)
            .into_iter()
            .collect();
        self.heap.alloc_object(o)
    }

    /// AddDisposableResource ( disposeCapability, V, hint [ , method ] ): `method` is given
    /// by DisposableStack's `adopt` and `defer` (with V undefined); otherwise it is
    /// GetDisposeMethod(V, hint), and V must be an object (or null / undefined: nothing to
    /// dispose for `using`, an await with nothing to call for `await using`).
    pub fn add_disposable_resource(
        &mut self,
        capability: ObjId,
        value: Value,
        is_async: bool,
        method: Option<Value>,
    ) -> JsResult<()> {
        let method = match method {
            Some(m) => m,
            None if value.is_nullish() => {
                if !is_async {
                    return Ok(());
                }
                Value::Undefined
            }
            None => {
                // V8's messages (the same for `await using` and the stacks' `use`).
                if !matches!(value, Value::Object(_)) {
                    return Err(self.type_error("An object is expected with `using` declarations"));
                }
                let m = self.get_dispose_method(value, is_async)?;
                if m.is_undefined() {
                    return Err(self.type_error("Symbol(Symbol.dispose) is not a function"));
                }
                m
            }
        };
        self.charging_growth(capability, |vm| {
            vm.obj_mut(capability).elements.extend([value, method, Value::Bool(is_async)].map(Packed::new));
        });
        Ok(())
    }

    /// GetDisposeMethod ( V, hint ): for `async-dispose`, `V[Symbol.asyncDispose]`, or a
    /// function calling `V[Symbol.dispose]` and returning a promise for undefined.
    pub fn get_dispose_method(&mut self, value: Value, is_async: bool) -> JsResult<Value> {
        let dispose = PropertyKey::Symbol(self.sym.dispose);
        if !is_async {
            return self.get_method_key(value, dispose);
        }
        let m = self.get_method_key(value, PropertyKey::Symbol(self.sym.async_dispose))?;
        if !m.is_undefined() {
            return Ok(m);
        }
        let m = self.get_method_key(value, dispose)?;
        if m.is_undefined() {
            return Ok(m);
        }
        Ok(Value::Object(self.new_builtin_closure("", 0, async_from_sync_dispose, &[m])))
    }

    /// One step of DisposeResources ( disposeCapability, completion ): calls the dispose
    /// methods, newest first, until one returns a value to await — `Some(value)`, after
    /// which the caller awaits it and steps again (reporting a rejection through
    /// [`dispose_record_error`](Self::dispose_record_error)) — or none is left (`None`).
    /// A method that throws is recorded, not propagated.
    pub fn dispose_step(&mut self, capability: ObjId) -> JsResult<Option<Value>> {
        loop {
            let state = &self.obj(capability).elements;
            let len = state.len();
            let needs_await = state[NEEDS_AWAIT].get() == Value::Bool(true);
            let has_awaited = state[HAS_AWAITED].get() == Value::Bool(true);
            if len < FIRST_RESOURCE + 3 {
                // Step 4: an `await using` of null or undefined still awaits once.
                if needs_await && !has_awaited {
                    self.obj_mut(capability).elements[HAS_AWAITED] = Packed::new(Value::Bool(true));
                    return Ok(Some(Value::Undefined));
                }
                return Ok(None);
            }
            let (value, method, is_async) =
                (state[len - 3].get(), state[len - 2].get(), state[len - 1].get() == Value::Bool(true));
            // Step 3.d: a sync resource after an `await using` of null waits for a tick first.
            if !is_async && needs_await && !has_awaited {
                self.obj_mut(capability).elements[NEEDS_AWAIT] = Packed::new(Value::Bool(false));
                return Ok(Some(Value::Undefined));
            }
            self.obj_mut(capability).elements.truncate(len - 3);
            if method.is_undefined() {
                self.obj_mut(capability).elements[NEEDS_AWAIT] = Packed::new(Value::Bool(true));
                continue;
            }
            self.root(value);
            let r = self.call(method, value, &[]);
            match self.catchable(r)? {
                Ok(result) if is_async => {
                    self.obj_mut(capability).elements[HAS_AWAITED] = Packed::new(Value::Bool(true));
                    return Ok(Some(result));
                }
                Ok(_) => {}
                Err(e) => self.dispose_record_error(capability, e),
            }
        }
    }

    /// DisposeResources step 3.e.iii: a throw during disposal becomes the completion, with
    /// an earlier throw completion as its `suppressed` (a SuppressedError).
    pub fn dispose_record_error(&mut self, capability: ObjId, error: Value) {
        let state = &self.obj(capability).elements;
        let error = if state[HAS_ERROR].get() == Value::Bool(true) {
            let suppressed = state[ERROR].get();
            // V8 gives the errors DisposeResources makes a message.
            let message = self.string("An error was suppressed during disposal");
            Value::Object(self.new_suppressed_error(error, suppressed, Some(message)))
        } else {
            error
        };
        let state = &mut self.obj_mut(capability).elements;
        state[HAS_ERROR] = Packed::new(Value::Bool(true));
        state[ERROR] = Packed::new(error);
    }

    /// DisposeResources steps 6–7: the capability is emptied and the completion returned —
    /// the recorded throw, if any.
    pub fn dispose_finish(&mut self, capability: ObjId) -> JsResult<()> {
        let state = &mut self.obj_mut(capability).elements;
        let error = (state[HAS_ERROR].get() == Value::Bool(true)).then_some(state[ERROR].get());
        state.truncate(FIRST_RESOURCE);
        state[HAS_ERROR] = Packed::new(Value::Bool(false));
        state[ERROR] = Packed::new(Value::Undefined);
        state[NEEDS_AWAIT] = Packed::new(Value::Bool(false));
        state[HAS_AWAITED] = Packed::new(Value::Bool(false));
        match error {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Runs DisposeResources to the end without awaiting (a capability with only sync
    /// resources: `using`, DisposableStack).
    pub fn dispose_resources_sync(&mut self, capability: ObjId) -> JsResult<()> {
        while self.dispose_step(capability)?.is_some() {}
        self.dispose_finish(capability)
    }

    /// A SuppressedError with `error` and `suppressed` (and `message` if given), as
    /// DisposeResources and the SuppressedError constructor make them.
    pub fn new_suppressed_error(&mut self, error: Value, suppressed: Value, message: Option<Value>) -> ObjId {
        let proto = self.intrinsics().extra.get("%SuppressedError.prototype%").copied();
        let proto = proto.unwrap_or(self.intrinsics().error_prototype);
        let o = self.heap.alloc_object(Object::new(Some(proto), ObjectKind::Error));
        self.attach_stack(o);
        if let Some(m) = message {
            self.define_direct(o, PropertyKey::String(self.names.message), m, HIDDEN);
        }
        let k = self.key_str("error");
        self.define_direct(o, k, error, HIDDEN);
        let k = self.key_str("suppressed");
        self.define_direct(o, k, suppressed, HIDDEN);
        o
    }
}

/// The closure GetDisposeMethod makes for an `await using` of an object with only
/// `Symbol.dispose`: calls it on `this` and returns a promise for undefined (rejected with
/// what it throws).
fn async_from_sync_dispose(vm: &mut Vm, cx: &crate::object::NativeCall, _args: &[Value]) -> JsResult<Value> {
    let method = vm.native_slots(cx.callee).first().copied().unwrap_or(Value::Undefined);
    let promise = vm.new_promise();
    vm.root(Value::Object(promise));
    let r = vm.call(method, cx.this, &[]);
    match vm.catchable(r)? {
        Ok(_) => vm.fulfill_promise(promise, Value::Undefined),
        Err(e) => vm.reject_promise(promise, e),
    }
    Ok(Value::Object(promise))
}
