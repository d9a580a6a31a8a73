//! Array.fromAsync (ECMA-262 §23.1.2.2, ES2026). The spec runs fromAsyncClosure with
//! AsyncFunctionStart; here the closure is a native state machine in a heap object
//! (`ObjectKind::ArrayFromAsync`), resumed by an internal reaction
//! (`Handler::ArrayFromAsync`) after each Await, so its ticks are exactly an async
//! function's: one PromiseResolve + PerformPromiseThen per Await, no closures.

use super::arg;
use super::array::{construct_this, key, set_length};
use crate::jobs::{Handler, Reaction, ReactionKind};
use crate::object::property::PropertyKey;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

/// fromAsyncClosure's variables and where it is suspended.
pub struct FromAsyncState {
    /// The promise Array.fromAsync returned.
    pub promise: ObjId,
    pub constructor: Value,
    /// mapfn when one is given (mapping is true; step 3.b checks it is callable).
    pub mapfn: Option<Value>,
    pub this_arg: Value,
    pub items: Value,
    /// The iterator record (async, or a sync one wrapped by CreateAsyncFromSyncIterator);
    /// None for an array-like.
    pub iterator: Option<(Value, Value)>,
    /// The array-like object and its length.
    pub array_like: Value,
    pub len: f64,
    /// A (an object once created).
    pub array: Value,
    pub k: f64,
    pub phase: Phase,
    /// The error AsyncIteratorClose rethrows once return()'s result has been awaited.
    pub pending: Value,
}

/// The Await the closure is suspended at (or the step it runs next).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Not started: the closure's first steps (run inside the Array.fromAsync call).
    Start,
    /// Step h.iv.3: call next().
    IterNext,
    /// Step h.iv.4: awaiting next()'s result.
    AwaitNext,
    /// Step h.iv.9.c: awaiting mapfn's result.
    AwaitMapped,
    /// IfAbruptCloseAsyncIterator: awaiting return()'s result before rethrowing `pending`.
    AwaitClose,
    /// Step i.vii.2: get arrayLike[k].
    ArrayGet,
    /// Step i.vii.3: awaiting kValue.
    AwaitValue,
    /// Step i.vii.4.b: awaiting mapfn's result.
    AwaitArrayMapped,
}

/// What a step of the state machine ends with.
enum Step {
    /// Await this value, then resume.
    Await(Value),
    /// The closure returned (A) or threw.
    Done(Result<Value, Value>),
}

pub fn init(vm: &mut Vm) {
    let array = vm.intrinsics().array;
    vm.def_method(array, "fromAsync", 1, from_async);
}

/// Array.fromAsync ( asyncItems [ , mapfn [ , thisArg ] ] )
fn from_async(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let promise = vm.new_promise();
    let mapfn = arg(args, 1);
    let state = FromAsyncState {
        promise,
        constructor: cx.this,
        mapfn: (!mapfn.is_undefined()).then_some(mapfn),
        this_arg: arg(args, 2),
        items: arg(args, 0),
        iterator: None,
        array_like: Value::Undefined,
        len: 0.0,
        array: Value::Undefined,
        k: 0.0,
        phase: Phase::Start,
        pending: Value::Undefined,
    };
    let proto = None;
    let task = vm.heap.alloc_object(Object::new(proto, ObjectKind::ArrayFromAsync(Box::new(state))));
    let mark = vm.roots.len();
    vm.root(Value::Object(task));
    let r = run(vm, task, Ok(Value::Undefined));
    vm.roots.truncate(mark);
    r.map(|()| Value::Object(promise))
}

fn state_mut(vm: &mut Vm, task: ObjId) -> &mut FromAsyncState {
    match &mut vm.obj_mut(task).kind {
        ObjectKind::ArrayFromAsync(s) => s,
        _ => unreachable!("Array.fromAsync task"),
    }
}

/// The reaction job resuming the closure after an Await.
pub(crate) fn array_from_async_reaction(vm: &mut Vm, reaction: Reaction, argument: Value) -> JsResult<()> {
    let Handler::ArrayFromAsync { task } = reaction.handler else { return Ok(()) };
    let input = if reaction.kind == ReactionKind::Fulfill { Ok(argument) } else { Err(argument) };
    run(vm, task, input)
}

/// Runs the closure from its current phase with `input` (the Await's outcome) until it
/// awaits again or finishes.
fn run(vm: &mut Vm, task: ObjId, mut input: Result<Value, Value>) -> JsResult<()> {
    loop {
        let step = steps(vm, task, input);
        let done = match vm.catchable(step)? {
            Ok(Step::Await(v)) => {
                let awaited = vm.await_with(v, Handler::ArrayFromAsync { task });
                match vm.catchable(awaited)? {
                    Ok(_) => return Ok(()),
                    Err(e) => {
                        input = Err(e);
                        continue;
                    }
                }
            }
            Ok(Step::Done(r)) => r,
            Err(e) => Err(e),
        };
        let promise = state_mut(vm, task).promise;
        return match done {
            Ok(a) => vm.resolve_promise(promise, a),
            Err(e) => {
                vm.reject_promise(promise, e);
                Ok(())
            }
        };
    }
}

/// fromAsyncClosure from the current phase. `Err` is a throw completion of the closure.
fn steps(vm: &mut Vm, task: ObjId, mut input: Result<Value, Value>) -> JsResult<Step> {
    loop {
        let s = state_mut(vm, task);
        let (phase, mapfn, this_arg, k) = (s.phase, s.mapfn, s.this_arg, s.k);
        let (iterator, array, array_like, len) = (s.iterator, s.array, s.array_like, s.len);
        match phase {
            Phase::Start => start(vm, task)?,
            Phase::IterNext => {
                let (iter, next) = iterator.expect("iterator record");
                if k >= 9007199254740991.0 {
                    let e = vm.type_error("Array.fromAsync: too many elements");
                    return close_with(vm, task, e);
                }
                let r = vm.call(next, iter, &[])?;
                state_mut(vm, task).phase = Phase::AwaitNext;
                return Ok(Step::Await(r));
            }
            Phase::AwaitNext => {
                let r = input?;
                let Some(value) = vm.async_iter_step(r)? else {
                    set_length(vm, array.as_object().expect("A"), k)?;
                    return Ok(Step::Done(Ok(array)));
                };
                match mapfn {
                    Some(f) => match vm.call(f, this_arg, &[value, Value::Number(k)]) {
                        Ok(mapped) => {
                            state_mut(vm, task).phase = Phase::AwaitMapped;
                            return Ok(Step::Await(mapped));
                        }
                        Err(e) => return close_with(vm, task, e),
                    },
                    None => {
                        if let Err(e) = define(vm, task, value) {
                            return close_with(vm, task, e);
                        }
                        state_mut(vm, task).phase = Phase::IterNext;
                    }
                }
            }
            Phase::AwaitMapped => {
                let defined = input.and_then(|v| define(vm, task, v));
                if let Err(e) = defined {
                    return close_with(vm, task, e);
                }
                state_mut(vm, task).phase = Phase::IterNext;
            }
            Phase::AwaitClose => {
                // AsyncIteratorClose with a throw completion: return()'s outcome is ignored.
                let pending = state_mut(vm, task).pending;
                return Ok(Step::Done(Err(pending)));
            }
            Phase::ArrayGet => {
                if k >= len {
                    set_length(vm, array.as_object().expect("A"), len)?;
                    return Ok(Step::Done(Ok(array)));
                }
                let Value::Object(o) = array_like else { unreachable!("arrayLike is an object") };
                let pk = key(vm, k);
                let v = vm.get(o, pk, Value::Object(o))?;
                state_mut(vm, task).phase = Phase::AwaitValue;
                return Ok(Step::Await(v));
            }
            Phase::AwaitValue => {
                let v = input?;
                match mapfn {
                    Some(f) => {
                        let mapped = vm.call(f, this_arg, &[v, Value::Number(k)])?;
                        state_mut(vm, task).phase = Phase::AwaitArrayMapped;
                        return Ok(Step::Await(mapped));
                    }
                    None => {
                        define(vm, task, v)?;
                        state_mut(vm, task).phase = Phase::ArrayGet;
                    }
                }
            }
            Phase::AwaitArrayMapped => {
                let v = input?;
                define(vm, task, v)?;
                state_mut(vm, task).phase = Phase::ArrayGet;
            }
        }
        input = Ok(Value::Undefined);
    }
}

/// Steps 3.a–3.i.v: check mapfn, choose async iterator, sync iterator or array-like, and
/// create A.
fn start(vm: &mut Vm, task: ObjId) -> JsResult<()> {
    let s = state_mut(vm, task);
    let (items, c, mapfn) = (s.items, s.constructor, s.mapfn);
    if let Some(f) = mapfn
        && !vm.is_callable(f)
    {
        return Err(vm.type_error("Array.fromAsync: when provided, the second argument must be a function"));
    }
    let using_async = vm.get_method_key(items, PropertyKey::Symbol(vm.sym.async_iterator))?;
    let using_sync = if using_async.is_undefined() {
        vm.get_method_key(items, PropertyKey::Symbol(vm.sym.iterator))?
    } else {
        Value::Undefined
    };
    if !using_async.is_undefined() || !using_sync.is_undefined() {
        let record = if !using_async.is_undefined() {
            vm.get_iterator_from_method(items, using_async, "Symbol.asyncIterator")?
        } else {
            let (it, next) = vm.get_iterator_from_method(items, using_sync, "Symbol.iterator")?;
            super::async_from_sync_iterator::create_async_from_sync_iterator(vm, it, next)
        };
        state_mut(vm, task).iterator = Some(record);
        let a = construct_this(vm, c, None)?;
        let s = state_mut(vm, task);
        s.array = Value::Object(a);
        s.phase = Phase::IterNext;
        return Ok(());
    }
    // Neither async nor sync iterable: an array-like.
    let o = vm.to_object(items)?;
    state_mut(vm, task).array_like = Value::Object(o);
    let len = vm.length_of_array_like(o)?;
    let a = construct_this(vm, c, Some(len as usize))?;
    let s = state_mut(vm, task);
    s.len = len;
    s.array = Value::Object(a);
    s.phase = Phase::ArrayGet;
    Ok(())
}

/// CreateDataPropertyOrThrow(A, Pk, value), then k + 1.
fn define(vm: &mut Vm, task: ObjId, value: Value) -> JsResult<()> {
    let s = state_mut(vm, task);
    let (a, k) = (s.array, s.k);
    let pk = key(vm, k);
    vm.create_data_property_or_throw(a.as_object().expect("A"), pk, value)?;
    state_mut(vm, task).k = k + 1.0;
    Ok(())
}

/// IfAbruptCloseAsyncIterator / AsyncIteratorClose(iteratorRecord, throw completion `e`):
/// call return() (its failures ignored), await its result, then throw `e`.
fn close_with(vm: &mut Vm, task: ObjId, e: Value) -> JsResult<Step> {
    let s = state_mut(vm, task);
    let (iter, _) = s.iterator.expect("iterator record");
    s.pending = e;
    let ret = vm.get_method(iter, vm.names.return_);
    let ret = match vm.catchable(ret)? {
        Ok(r) if !r.is_undefined() => r,
        _ => return Ok(Step::Done(Err(e))),
    };
    let inner = vm.call(ret, iter, &[]);
    match vm.catchable(inner)? {
        Ok(v) => {
            state_mut(vm, task).phase = Phase::AwaitClose;
            Ok(Step::Await(v))
        }
        Err(_) => Ok(Step::Done(Err(e))),
    }
}
