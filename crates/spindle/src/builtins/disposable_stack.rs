//! Explicit resource management's built-ins (ECMA-262 §27.3, §27.4, §20.5.8 as the
//! explicit-resource-management proposal adds them): DisposableStack, AsyncDisposableStack,
//! SuppressedError, `%IteratorPrototype%[@@dispose]` and
//! `%AsyncIteratorPrototype%[@@asyncDispose]`. The stacks keep their resources in a
//! DisposeCapability (`vm/dispose.rs`), the same record `using` declarations fill.

use super::arg;
use crate::object::property::*;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    init_suppressed_error(vm);

    // DisposableStack (§27.3)
    let sp = init_stack::<false>(vm);
    let dispose = vm.def_method(sp, "dispose", 0, dispose);
    vm.define_direct(sp, PropertyKey::Symbol(vm.sym.dispose), Value::Object(dispose), HIDDEN);

    // AsyncDisposableStack (§27.4)
    let ap = init_stack::<true>(vm);
    let dispose_async = vm.def_method(ap, "disposeAsync", 0, dispose_async);
    vm.define_direct(ap, PropertyKey::Symbol(vm.sym.async_dispose), Value::Object(dispose_async), HIDDEN);

    // %IteratorPrototype% [ @@dispose ] and %AsyncIteratorPrototype% [ @@asyncDispose ]
    let ip = vm.intrinsics().iterator_prototype;
    let sym = vm.sym.dispose;
    vm.def_method_sym(ip, sym, "[Symbol.dispose]", 0, iterator_dispose);
    if let Some(aip) = vm.intrinsics().extra.get("%AsyncIteratorPrototype%").copied() {
        let sym = vm.sym.async_dispose;
        vm.def_method_sym(aip, sym, "[Symbol.asyncDispose]", 0, async_iterator_async_dispose);
    }
}

/// The constructor and prototype of DisposableStack (ASYNC false) or AsyncDisposableStack,
/// with the methods both have: adopt, defer, move, use, `disposed` and the tag.
fn init_stack<const ASYNC: bool>(vm: &mut Vm) -> ObjId {
    let (class, key) = class_names(ASYNC);
    let op = vm.intrinsics().object_prototype;
    let proto = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    vm.intrinsics_mut().extra.insert(key, proto);
    vm.def_constructor(class, 0, |vm, cx, _| create_stack(vm, cx, ASYNC), proto);
    vm.def_method(proto, "adopt", 2, |vm, cx, args| adopt(vm, cx, args, ASYNC));
    vm.def_method(proto, "defer", 1, |vm, cx, args| defer(vm, cx, args, ASYNC));
    vm.def_method(proto, "move", 0, |vm, cx, _| move_stack(vm, cx, ASYNC));
    vm.def_method(proto, "use", 1, |vm, cx, args| use_resource(vm, cx, args, ASYNC));
    let k = vm.key_str("disposed");
    vm.def_accessor(proto, k, "disposed", Some(|vm, cx, _| disposed(vm, cx, ASYNC)), None);
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);
    let s = vm.string(class);
    vm.define_direct(proto, tag, s, CONFIGURABLE);
    proto
}

/// The class name and its prototype's intrinsic key.
fn class_names(is_async: bool) -> (&'static str, &'static str) {
    if is_async {
        ("AsyncDisposableStack", "%AsyncDisposableStack.prototype%")
    } else {
        ("DisposableStack", "%DisposableStack.prototype%")
    }
}

/// SuppressedError (§20.5.8): its constructor and prototype.
fn init_suppressed_error(vm: &mut Vm) {
    let ep = vm.intrinsics().error_prototype;
    let p = vm.heap.alloc_object(Object::new(Some(ep), ObjectKind::Ordinary));
    vm.intrinsics_mut().extra.insert("%SuppressedError.prototype%", p);
    let c = vm.def_constructor("SuppressedError", 3, suppressed_error, p);
    let error = vm.get_str(vm.global_object(), "Error").ok().and_then(|e| match e {
        Value::Object(e) => Some(e),
        _ => None,
    });
    vm.obj_mut(c).set_proto(error);
    let name = vm.string("SuppressedError");
    vm.def_value(p, "name", name, HIDDEN);
    let empty = Value::String(vm.names.empty);
    vm.def_value(p, "message", empty, HIDDEN);
}

/// SuppressedError ( error, suppressed, message ) (§20.5.8.1.1)
fn suppressed_error(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let nt = cx.new_target.unwrap_or(cx.callee);
    let proto = vm.get_prototype_from_constructor(nt, |i| i.extra["%SuppressedError.prototype%"])?;
    let o = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Error));
    vm.root(Value::Object(o));
    vm.attach_stack(o);
    let message = arg(args, 2);
    if !message.is_undefined() {
        let s = vm.to_string(message)?;
        vm.define_direct(o, PropertyKey::String(vm.names.message), Value::String(s), HIDDEN);
    }
    let k = vm.key_str("error");
    vm.define_direct(o, k, arg(args, 0), HIDDEN);
    let k = vm.key_str("suppressed");
    vm.define_direct(o, k, arg(args, 1), HIDDEN);
    Ok(Value::Object(o))
}

/// DisposableStack ( ) and AsyncDisposableStack ( ) (§27.3.1.1, §27.4.1.1):
/// OrdinaryCreateFromConstructor with a pending state and a new DisposeCapability.
fn create_stack(vm: &mut Vm, cx: &NativeCall, is_async: bool) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        let (class, _) = class_names(is_async);
        return Err(vm.type_error(&format!("Constructor {class} requires 'new'")));
    };
    let proto = if is_async {
        vm.get_prototype_from_constructor(nt, |i| i.extra["%AsyncDisposableStack.prototype%"])?
    } else {
        vm.get_prototype_from_constructor(nt, |i| i.extra["%DisposableStack.prototype%"])?
    };
    Ok(Value::Object(new_stack(vm, proto, is_async)))
}

fn new_stack(vm: &mut Vm, proto: ObjId, is_async: bool) -> ObjId {
    let capability = vm.new_dispose_capability();
    vm.root(Value::Object(capability));
    let kind = ObjectKind::DisposableStack { capability, disposed: false, is_async };
    vm.heap.alloc_object(Object::new(Some(proto), kind))
}

/// RequireInternalSlot(this, [[DisposableState]]) for the right kind of stack: the stack,
/// its capability and whether it is disposed.
fn this_stack(vm: &mut Vm, this: Value, is_async: bool, method: &str) -> JsResult<(ObjId, ObjId, bool)> {
    if let Value::Object(o) = this
        && let ObjectKind::DisposableStack { capability, disposed, is_async: a } = vm.obj(o).kind
        && a == is_async
    {
        return Ok((o, capability, disposed));
    }
    let (class, _) = class_names(is_async);
    Err(vm.incompatible_receiver(&format!("{class}.prototype.{method}"), this))
}

/// V8's message (which names DisposableStack for both kinds).
fn disposed_error(vm: &mut Vm, is_async: bool, method: &str) -> Value {
    let (class, _) = class_names(is_async);
    vm.reference_error(&format!("Cannot call {class}.prototype.{method} on an already-disposed DisposableStack"))
}

/// `onDispose` must be callable: V8's "X is not a function".
fn require_callable(vm: &mut Vm, f: Value) -> JsResult<()> {
    if vm.is_callable(f) {
        return Ok(());
    }
    let d = vm.receiver_display(f);
    Err(vm.type_error(&format!("{d} is not a function")))
}

fn set_disposed(vm: &mut Vm, stack: ObjId) {
    if let ObjectKind::DisposableStack { disposed, .. } = &mut vm.obj_mut(stack).kind {
        *disposed = true;
    }
}

/// `use(value)` (§27.3.3.7, §27.4.3.7)
fn use_resource(vm: &mut Vm, cx: &NativeCall, args: &[Value], is_async: bool) -> JsResult<Value> {
    let (_, capability, disposed) = this_stack(vm, cx.this, is_async, "use")?;
    if disposed {
        return Err(disposed_error(vm, is_async, "use"));
    }
    let value = arg(args, 0);
    vm.add_disposable_resource(capability, value, is_async, None)?;
    Ok(value)
}

/// `adopt(value, onDispose)` (§27.3.3.1, §27.4.3.1): onDispose(value) at disposal.
fn adopt(vm: &mut Vm, cx: &NativeCall, args: &[Value], is_async: bool) -> JsResult<Value> {
    let (_, capability, disposed) = this_stack(vm, cx.this, is_async, "adopt")?;
    if disposed {
        return Err(disposed_error(vm, is_async, "adopt"));
    }
    let (value, on_dispose) = (arg(args, 0), arg(args, 1));
    require_callable(vm, on_dispose)?;
    let closure = vm.new_builtin_closure("", 0, adopted_dispose, &[value, on_dispose]);
    vm.add_disposable_resource(capability, Value::Undefined, is_async, Some(Value::Object(closure)))?;
    Ok(value)
}

/// The closure `adopt` adds: Call(onDispose, undefined, « value »).
fn adopted_dispose(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let slots = vm.native_slots(cx.callee);
    let (value, on_dispose) = (slots.first().copied(), slots.get(1).copied());
    let (Some(value), Some(on_dispose)) = (value, on_dispose) else { return Ok(Value::Undefined) };
    vm.call(on_dispose, Value::Undefined, &[value])
}

/// `defer(onDispose)` (§27.3.3.2, §27.4.3.2)
fn defer(vm: &mut Vm, cx: &NativeCall, args: &[Value], is_async: bool) -> JsResult<Value> {
    let (_, capability, disposed) = this_stack(vm, cx.this, is_async, "defer")?;
    if disposed {
        return Err(disposed_error(vm, is_async, "defer"));
    }
    let on_dispose = arg(args, 0);
    require_callable(vm, on_dispose)?;
    vm.add_disposable_resource(capability, Value::Undefined, is_async, Some(on_dispose))?;
    Ok(Value::Undefined)
}

/// `move()` (§27.3.3.5, §27.4.3.5): a new stack takes the resources; this one is disposed.
fn move_stack(vm: &mut Vm, cx: &NativeCall, is_async: bool) -> JsResult<Value> {
    let (stack, capability, disposed) = this_stack(vm, cx.this, is_async, "move")?;
    if disposed {
        return Err(disposed_error(vm, is_async, "move"));
    }
    let (_, key) = class_names(is_async);
    let proto = vm.intrinsics().extra[key];
    let moved = new_stack(vm, proto, is_async);
    let fresh = vm.new_dispose_capability();
    if let ObjectKind::DisposableStack { capability: c, .. } = &mut vm.obj_mut(moved).kind {
        *c = capability;
    }
    if let ObjectKind::DisposableStack { capability: c, disposed, .. } = &mut vm.obj_mut(stack).kind {
        *c = fresh;
        *disposed = true;
    }
    Ok(Value::Object(moved))
}

/// `get disposed` (§27.3.3.3, §27.4.3.4)
fn disposed(vm: &mut Vm, cx: &NativeCall, is_async: bool) -> JsResult<Value> {
    let (_, _, disposed) = this_stack(vm, cx.this, is_async, "disposed")?;
    Ok(Value::Bool(disposed))
}

/// DisposableStack.prototype.dispose ( ) (§27.3.3.3)
fn dispose(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (stack, capability, disposed) = this_stack(vm, cx.this, false, "dispose")?;
    if disposed {
        return Ok(Value::Undefined);
    }
    set_disposed(vm, stack);
    vm.dispose_resources_sync(capability)?;
    Ok(Value::Undefined)
}

/// AsyncDisposableStack.prototype.disposeAsync ( ) (§27.4.3.3): DisposeResources with an
/// Await per async resource, run as a chain of reactions (one PerformPromiseThen per
/// Await, as the spec's async steps take).
fn dispose_async(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let promise = vm.new_promise();
    vm.root(Value::Object(promise));
    let (stack, capability, disposed) = match this_stack(vm, cx.this, true, "disposeAsync") {
        Ok(s) => s,
        Err(_) => {
            // V8's wording for this one.
            let e = vm.type_error("Receiver is not an AsyncDisposableStack");
            vm.reject_promise(promise, e);
            return Ok(Value::Object(promise));
        }
    };
    if disposed {
        vm.fulfill_promise(promise, Value::Undefined);
        return Ok(Value::Object(promise));
    }
    set_disposed(vm, stack);
    continue_disposal(vm, capability, promise)?;
    Ok(Value::Object(promise))
}

/// Steps DisposeResources on until it must await (a reaction resumes it) or it is done
/// (the promise settles with its completion).
fn continue_disposal(vm: &mut Vm, capability: ObjId, promise: ObjId) -> JsResult<()> {
    loop {
        let Some(awaited) = vm.dispose_step(capability)? else {
            match vm.dispose_finish(capability) {
                Ok(()) => vm.fulfill_promise(promise, Value::Undefined),
                Err(e) => {
                    if vm.terminating.is_some() {
                        return Err(e);
                    }
                    vm.reject_promise(promise, e);
                }
            }
            return Ok(());
        };
        // Await(awaited): PromiseResolve(%Promise%, awaited), then a reaction.
        let ctor = vm.intrinsics().promise.map_or(Value::Undefined, Value::Object);
        let r = vm.promise_resolve(ctor, awaited);
        let p = match vm.catchable(r)? {
            Ok(Value::Object(p)) => p,
            Ok(_) => continue,
            Err(e) => {
                vm.dispose_record_error(capability, e);
                continue;
            }
        };
        let slots = vec![Value::Object(capability), Value::Object(promise)];
        let on_fulfilled = vm.new_builtin_closure("", 1, disposal_resumed, &slots);
        let on_rejected = vm.new_builtin_closure("", 1, disposal_rejected, &slots);
        vm.perform_promise_then(
            p,
            Value::Object(on_fulfilled),
            Value::Object(on_rejected),
            crate::jobs::Capability::None,
        );
        return Ok(());
    }
}

fn disposal_slots(vm: &Vm, callee: ObjId) -> Option<(ObjId, ObjId)> {
    match vm.native_slots(callee) {
        [Value::Object(c), Value::Object(p), ..] => Some((*c, *p)),
        _ => None,
    }
}

fn disposal_resumed(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    if let Some((capability, promise)) = disposal_slots(vm, cx.callee) {
        continue_disposal(vm, capability, promise)?;
    }
    Ok(Value::Undefined)
}

fn disposal_rejected(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if let Some((capability, promise)) = disposal_slots(vm, cx.callee) {
        vm.dispose_record_error(capability, arg(args, 0));
        continue_disposal(vm, capability, promise)?;
    }
    Ok(Value::Undefined)
}

/// %IteratorPrototype% [ @@dispose ] ( ) (§27.1.4.1)
fn iterator_dispose(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let name = vm.names.return_;
    let ret = vm.get_method(cx.this, name)?;
    if !ret.is_undefined() {
        vm.call(ret, cx.this, &[])?;
    }
    Ok(Value::Undefined)
}

/// %AsyncIteratorPrototype% [ @@asyncDispose ] ( ) (§27.1.5.1): a promise for undefined
/// once `return()`'s result settles.
fn async_iterator_async_dispose(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let promise = vm.new_promise();
    vm.root(Value::Object(promise));
    let name = vm.names.return_;
    let r = vm.get_method(cx.this, name);
    let ret = match vm.catchable(r)? {
        Ok(m) => m,
        Err(e) => {
            vm.reject_promise(promise, e);
            return Ok(Value::Object(promise));
        }
    };
    if ret.is_undefined() {
        vm.fulfill_promise(promise, Value::Undefined);
        return Ok(Value::Object(promise));
    }
    // Call(return, O, « ») as test262 has it (invokes-return.js); V8 (Node 24) passes one
    // undefined argument.
    let r = vm.call(ret, cx.this, &[]);
    let result = match vm.catchable(r)? {
        Ok(v) => v,
        Err(e) => {
            vm.reject_promise(promise, e);
            return Ok(Value::Object(promise));
        }
    };
    let ctor = vm.intrinsics().promise.map_or(Value::Undefined, Value::Object);
    let r = vm.promise_resolve(ctor, result);
    let wrapper = match vm.catchable(r)? {
        Ok(Value::Object(w)) => w,
        Ok(_) => return Ok(Value::Object(promise)),
        Err(e) => {
            vm.reject_promise(promise, e);
            return Ok(Value::Object(promise));
        }
    };
    let unwrap = vm.new_builtin_closure("", 1, |_, _, _| Ok(Value::Undefined), &[]);
    let capability = crate::jobs::Capability::Internal(promise);
    vm.perform_promise_then(wrapper, Value::Object(unwrap), Value::Undefined, capability);
    Ok(Value::Object(promise))
}
