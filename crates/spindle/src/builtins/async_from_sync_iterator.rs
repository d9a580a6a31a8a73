//! %AsyncFromSyncIteratorPrototype% (ECMA-262 §27.1.6): a sync iterator seen through the
//! async iteration protocol (`for await` over an array, `yield*` of a sync iterable in an
//! async generator). Each result's value is awaited before the result is handed on; the
//! spec's unwrap and closeIterator closures are internal reactions here
//! (`Handler::IterResult`, `Handler::CloseIterator`).

use super::iterator::create_iter_result;
use crate::jobs::{Capability, Handler};
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let aip = vm.intrinsics().extra["%AsyncIteratorPrototype%"];
    let proto = vm.heap.alloc_object(Object::new(Some(aip), ObjectKind::Ordinary));
    vm.intrinsics_mut().extra.insert("%AsyncFromSyncIteratorPrototype%", proto);
    let next = vm.def_method(proto, "next", 1, next);
    vm.intrinsics_mut().extra.insert("%AsyncFromSyncIteratorPrototype.next%", next);
    vm.def_method(proto, "return", 1, return_);
    vm.def_method(proto, "throw", 1, throw);
}

/// CreateAsyncFromSyncIterator (ECMA-262 §27.1.6.1): the async iterator record.
pub fn create_async_from_sync_iterator(vm: &mut Vm, iter: Value, next: Value) -> (Value, Value) {
    let proto = vm.intrinsics().extra["%AsyncFromSyncIteratorPrototype%"];
    let o = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::AsyncFromSyncIterator(Box::new((iter, next)))));
    // ! Get(asyncIterator, "next"): the intrinsic method (the prototype is not reachable).
    let next_method = vm.intrinsics().extra["%AsyncFromSyncIteratorPrototype.next%"];
    (Value::Object(o), Value::Object(next_method))
}

/// The [[SyncIteratorRecord]] of the receiver (only the intrinsic iterator objects reach
/// these methods, so this is an assertion).
fn sync_iterator_record(vm: &Vm, this: Value) -> (Value, Value) {
    match this {
        Value::Object(o) => match &vm.obj(o).kind {
            ObjectKind::AsyncFromSyncIterator(record) => **record,
            _ => (Value::Undefined, Value::Undefined),
        },
        _ => (Value::Undefined, Value::Undefined),
    }
}

/// ECMA-262 §27.1.6.2.1 %AsyncFromSyncIteratorPrototype%.next ( [ value ] )
fn next(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (iter, next) = sync_iterator_record(vm, cx.this);
    vm.promise_from_steps(|vm, promise| {
        let result = vm.call(next, iter, &args[..args.len().min(1)])?;
        async_from_sync_iterator_continuation(vm, result, promise, iter, true)
    })
}

/// ECMA-262 §27.1.6.2.2 %AsyncFromSyncIteratorPrototype%.return ( [ value ] )
fn return_(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (iter, _) = sync_iterator_record(vm, cx.this);
    vm.promise_from_steps(|vm, promise| {
        let ret = vm.get_method(iter, vm.names.return_)?;
        if ret.is_undefined() {
            let r = create_iter_result(vm, super::arg(args, 0), true);
            return vm.resolve_promise(promise, r);
        }
        let result = vm.call(ret, iter, &args[..args.len().min(1)])?;
        async_from_sync_iterator_continuation(vm, result, promise, iter, false)
    })
}

/// ECMA-262 §27.1.6.2.3 %AsyncFromSyncIteratorPrototype%.throw ( [ value ] )
fn throw(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (iter, _) = sync_iterator_record(vm, cx.this);
    vm.promise_from_steps(|vm, promise| {
        let throw = vm.get_method(iter, vm.names.throw_)?;
        if throw.is_undefined() {
            // Close the sync iterator so it can clean up, then report the protocol error
            // (whatever return() gave back is ignored).
            vm.iterator_close(iter)?;
            return Err(vm.type_error("The iterator does not provide a 'throw' method"));
        }
        let result = vm.call(throw, iter, &args[..args.len().min(1)])?;
        async_from_sync_iterator_continuation(vm, result, promise, iter, true)
    })
}

/// AsyncFromSyncIteratorContinuation (ECMA-262 §27.1.6.4), after the methods' check that
/// the sync iterator's result is an object: awaits the result's value, then settles
/// `promise` with { value, done }. A rejected value of a result that is not done closes the
/// sync iterator (when `close_on_rejection`).
fn async_from_sync_iterator_continuation(
    vm: &mut Vm,
    result: Value,
    promise: ObjId,
    iter: Value,
    close_on_rejection: bool,
) -> JsResult<()> {
    let result = vm.iter_result_object(result)?;
    let mark = vm.roots.len();
    vm.root(Value::Object(result));
    let r = continuation_steps(vm, result, promise, iter, close_on_rejection);
    vm.roots.truncate(mark);
    r
}

fn continuation_steps(
    vm: &mut Vm,
    result: ObjId,
    promise: ObjId,
    iter: Value,
    close_on_rejection: bool,
) -> JsResult<()> {
    let done = vm.iter_result_done(result)?;
    let done = vm.to_boolean(done);
    let value = vm.iter_result_value(result)?;
    let intrinsic = Value::Object(vm.intrinsics().promise.expect("%Promise%"));
    let wrapper = vm.promise_resolve(intrinsic, value);
    let wrapper = match vm.catchable(wrapper)? {
        Ok(Value::Object(w)) => w,
        Ok(_) => unreachable!("PromiseResolve returns a promise"),
        Err(e) if !done && close_on_rejection => return Err(vm.iterator_close_on_throw(iter, e)),
        Err(e) => return Err(e),
    };
    let on_fulfilled = Handler::IterResult { done };
    let on_rejected = match iter {
        Value::Object(iterator) if !done && close_on_rejection => Handler::CloseIterator { iterator },
        _ => Handler::Empty,
    };
    vm.perform_promise_then_with(wrapper, on_fulfilled, on_rejected, Capability::Internal(promise));
    Ok(())
}
