//! WebIDL §3.2.23 "Creating and manipulating Promises" for the runtime's built-in
//! JavaScript (the web streams above all, which make several promises per chunk): the
//! built-in-only module `internal/webidl/promises`.
//!
//! Each operation is the standard's, on the intrinsic %Promise% and its abstract
//! operations, so what script can observe is the same as with `new Promise(executor)` and
//! `%Promise.prototype.then%` — only the executor closures, argument arrays and the extra
//! derived promise that "mark as handled" made in JavaScript are gone.

use spindle::Value;
use spindle::builtins::arg;
use spindle::jobs::Capability;
use spindle::object::NativeCall;
use spindle::value::ObjId;
use spindle::vm::{JsResult, Vm};

/// The binding's exports.
pub fn exports(vm: &mut Vm) -> Value {
    let o = vm.new_object();
    vm.def_method(o, "createDeferred", 0, create_deferred);
    vm.def_method(o, "promiseResolvedWith", 1, promise_resolved_with);
    vm.def_method(o, "promiseRejectedWith", 1, promise_rejected_with);
    vm.def_method(o, "performPromiseThen", 3, perform_promise_then);
    vm.def_method(o, "react", 3, react);
    vm.def_method(o, "markAsHandled", 1, mark_as_handled);
    Value::Object(o)
}

/// The promise argument of an operation (internal callers pass promises only).
fn promise_arg(vm: &mut Vm, args: &[Value]) -> JsResult<ObjId> {
    match arg(args, 0) {
        Value::Object(p) if vm.is_promise(Value::Object(p)) => Ok(p),
        _ => Err(vm.type_error("internal/webidl/promises: not a promise")),
    }
}

/// A new %Promise%, rooted until the caller returns it.
fn new_intrinsic_promise(vm: &mut Vm) -> JsResult<ObjId> {
    let ctor = Value::Object(vm.intrinsics().promise.expect("%Promise%"));
    match vm.new_promise_capability(ctor)? {
        Capability::Internal(p) => Ok(p),
        _ => unreachable!("%Promise% makes its promises itself"),
    }
}

/// WebIDL "a new promise": `{ promise, resolve, reject }` (a null-prototype record) with
/// the promise's resolving functions (ECMA-262 §27.2.1.3 CreateResolvingFunctions), as
/// `new Promise((resolve, reject) => …)` gives them.
fn create_deferred(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let promise = new_intrinsic_promise(vm)?;
    let (resolve, reject) = vm.create_resolving_functions(promise);
    vm.root(resolve);
    vm.root(reject);
    let fields = [
        (vm.key_str("promise"), Value::Object(promise)),
        (vm.key_str("resolve"), resolve),
        (vm.key_str("reject"), reject),
    ];
    Ok(Value::Object(vm.new_record(None, &fields)?))
}

/// WebIDL "a promise resolved with" x: always a new promise, resolved with x (a thenable
/// is adopted through a NewPromiseResolveThenableJob, ECMA-262 §27.2.1.3.2).
fn promise_resolved_with(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let promise = new_intrinsic_promise(vm)?;
    vm.resolve_promise(promise, arg(args, 0))?;
    Ok(Value::Object(promise))
}

/// WebIDL "a promise rejected with" r.
fn promise_rejected_with(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let promise = new_intrinsic_promise(vm)?;
    vm.reject_promise(promise, arg(args, 0));
    Ok(Value::Object(promise))
}

/// PerformPromiseThen(promise, onFulfilled, onRejected, a new %Promise% capability)
/// (ECMA-262 §27.2.5.4.1): WebIDL "the result of reacting to" a promise.
fn perform_promise_then(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let promise = promise_arg(vm, args)?;
    vm.root(Value::Object(promise));
    let derived = new_intrinsic_promise(vm)?;
    Ok(vm.perform_promise_then(promise, arg(args, 1), arg(args, 2), Capability::Internal(derived)))
}

/// WebIDL "react to" a promise when nothing uses the result ("upon fulfillment", "upon
/// rejection"): PerformPromiseThen with no result capability. What a step returns or
/// throws goes nowhere — as with a derived promise marked as handled, without making one.
fn react(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let promise = promise_arg(vm, args)?;
    vm.perform_promise_then(promise, arg(args, 1), arg(args, 2), Capability::None);
    Ok(Value::Undefined)
}

/// WebIDL "mark as handled": [[PromiseIsHandled]] set, so a rejection is not reported.
fn mark_as_handled(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let promise = promise_arg(vm, args)?;
    vm.mark_promise_handled(promise);
    Ok(Value::Undefined)
}
