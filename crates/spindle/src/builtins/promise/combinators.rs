//! Promise.all, Promise.allSettled, Promise.any and Promise.race (ECMA-262 §27.2.4.1-§27.2.4.5)
//! with their element functions. One `CombinatorState` object per call holds what the spec
//! shares between the element functions: the values (or errors) list, [[RemainingElements]]
//! and the result capability.

use super::{invoke_then, invoke_then_unobserved, root_capability};
use crate::builtins::arg;
use crate::jobs::Capability;
use crate::object::property::*;
use crate::object::{NativeCall, NativeFn, Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

/// Which combinator a state belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CombinatorKind {
    All,
    AllSettled,
    Any,
}

/// The state shared by one combinator call's element functions.
pub struct CombinatorState {
    pub kind: CombinatorKind,
    /// [[Values]] (all, allSettled) or [[Errors]] (any).
    pub values: Vec<Value>,
    /// [[RemainingElements]].[[Value]]
    pub remaining: u32,
    pub capability: Capability,
}

/// Promise.all ( iterable ) (ECMA-262 §27.2.4.1)
pub(super) fn promise_all(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    combinator(vm, cx.this, arg(args, 0), Some(CombinatorKind::All))
}

/// Promise.allSettled ( iterable ) (ECMA-262 §27.2.4.2)
pub(super) fn promise_all_settled(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    combinator(vm, cx.this, arg(args, 0), Some(CombinatorKind::AllSettled))
}

/// Promise.any ( iterable ) (ECMA-262 §27.2.4.3)
pub(super) fn promise_any(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    combinator(vm, cx.this, arg(args, 0), Some(CombinatorKind::Any))
}

/// Promise.race ( iterable ) (ECMA-262 §27.2.4.5)
pub(super) fn promise_race(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    combinator(vm, cx.this, arg(args, 0), None)
}

/// The shared steps of the four combinators: capability, GetPromiseResolve, GetIterator,
/// then PerformPromiseAll/AllSettled/Any/Race, closing the iterator and rejecting the
/// capability on an abrupt completion (IfAbruptRejectPromise).
fn combinator(vm: &mut Vm, c: Value, iterable: Value, kind: Option<CombinatorKind>) -> JsResult<Value> {
    let cap = vm.new_promise_capability(c)?;
    // An intrinsic %Promise%'s capability: its resolving functions never throw, so neither do
    // the element functions that call them.
    let handlers_return_normally = matches!(cap, Capability::Internal(_));
    // The capability's functions go to script code (`then` calls); from here on the
    // promise is settled only through them, so their shared [[AlreadyResolved]] holds.
    let cap = vm.capability_with_functions(cap);
    root_capability(vm, cap);
    let r = get_promise_resolve(vm, c);
    let promise_resolve = match vm.catchable(r)? {
        Ok(f) => f,
        Err(e) => return vm.reject_capability_with(cap, e),
    };
    vm.root(promise_resolve);
    let r = vm.get_iterator(iterable);
    let (it, next) = match vm.catchable(r)? {
        Ok(r) => r,
        Err(e) => return vm.reject_capability_with(cap, e),
    };
    vm.root(it);
    vm.root(next);
    let mut done = false;
    let r = perform(vm, kind, cap, (c, promise_resolve), (it, next), handlers_return_normally, &mut done);
    match vm.catchable(r)? {
        Ok(v) => Ok(v),
        Err(e) => {
            let e = if done { e } else { vm.iterator_close_on_throw(it, e) };
            if vm.terminating.is_some() {
                return Err(e);
            }
            vm.reject_capability_with(cap, e)
        }
    }
}

/// GetPromiseResolve ( promiseConstructor ) (ECMA-262 §27.2.4.1.1)
fn get_promise_resolve(vm: &mut Vm, c: Value) -> JsResult<Value> {
    let k = vm.key_str("resolve");
    let f = vm.get_value_prop(c, k)?;
    if !vm.is_callable(f) {
        return Err(vm.type_error("Promise resolve or reject function is not callable"));
    }
    Ok(f)
}

/// PerformPromiseAll / AllSettled / Any / Race: one `then` per element of the iterable.
fn perform(
    vm: &mut Vm,
    kind: Option<CombinatorKind>,
    cap: Capability,
    (c, promise_resolve): (Value, Value),
    (it, next): (Value, Value),
    handlers_return_normally: bool,
    done: &mut bool,
) -> JsResult<Value> {
    let then = |vm: &mut Vm, next_promise: Value, on_fulfilled: Value, on_rejected: Value| {
        if handlers_return_normally {
            invoke_then_unobserved(vm, next_promise, on_fulfilled, on_rejected)
        } else {
            invoke_then(vm, next_promise, &[on_fulfilled, on_rejected]).map(|_| ())
        }
    };
    // The capability functions handed to `then` (the spec passes [[Resolve]]/[[Reject]]).
    let [_, resolve_fn, reject_fn] = cap.values();
    let state = kind.map(|kind| {
        let data = CombinatorState { kind, values: Vec::new(), remaining: 1, capability: cap };
        vm.heap.alloc_object(Object::new(None, ObjectKind::PromiseCombinator(Box::new(data))))
    });
    if let Some(s) = state {
        vm.root(Value::Object(s));
    }
    let mut index = 0usize;
    loop {
        let step = vm.iterator_step_value(it, next);
        let next_value = match step {
            Err(e) => {
                *done = true;
                return Err(e);
            }
            Ok(None) => {
                *done = true;
                if let Some(s) = state
                    && decrement_remaining(vm, s) == 0
                {
                    finish(vm, s)?;
                }
                return Ok(cap.promise());
            }
            Ok(Some(v)) => v,
        };
        let next_promise = vm.call(promise_resolve, c, &[next_value])?;
        vm.root(next_promise);
        let Some(s) = state else {
            // PerformPromiseRace
            then(vm, next_promise, resolve_fn, reject_fn)?;
            continue;
        };
        combinator_state(vm, s).values.push(Value::Undefined);
        let index_value = Value::Number(index as f64);
        let (on_fulfilled, on_rejected) = match combinator_state(vm, s).kind {
            CombinatorKind::All => (element_function(vm, all_resolve_element, s, index_value), reject_fn),
            CombinatorKind::AllSettled => {
                let f = element_function(vm, all_settled_fulfilled_element, s, index_value);
                let r = element_function(vm, all_settled_rejected_element, s, index_value);
                // The pair shares one [[AlreadyCalled]]: each names the other in slot 3.
                vm.set_native_slot(f.as_object().expect("function"), 3, r);
                vm.set_native_slot(r.as_object().expect("function"), 3, f);
                (f, r)
            }
            CombinatorKind::Any => (resolve_fn, element_function(vm, any_reject_element, s, index_value)),
        };
        combinator_state(vm, s).remaining += 1;
        then(vm, next_promise, on_fulfilled, on_rejected)?;
        index += 1;
    }
}

/// An element function with slots [state, index, alreadyCalled, partner].
fn element_function(vm: &mut Vm, f: NativeFn, state: ObjId, index: Value) -> Value {
    let func = vm.new_builtin_closure("", 1, f, &[Value::Object(state), index, Value::Bool(false), Value::Undefined]);
    vm.root(Value::Object(func));
    Value::Object(func)
}

fn combinator_state(vm: &mut Vm, s: ObjId) -> &mut CombinatorState {
    match &mut vm.obj_mut(s).kind {
        ObjectKind::PromiseCombinator(c) => c,
        _ => unreachable!("combinator state"),
    }
}

fn decrement_remaining(vm: &mut Vm, s: ObjId) -> u32 {
    let st = combinator_state(vm, s);
    st.remaining -= 1;
    st.remaining
}

/// Settles the combinator's promise once every element has reported: an array of the
/// values (all, allSettled) or an AggregateError of the errors (any).
fn finish(vm: &mut Vm, s: ObjId) -> JsResult<()> {
    let (kind, values, cap) = {
        let st = combinator_state(vm, s);
        (st.kind, st.values.clone(), st.capability)
    };
    let array = Value::Object(vm.new_array(values));
    vm.root(array);
    match kind {
        CombinatorKind::All | CombinatorKind::AllSettled => vm.capability_resolve(cap, array),
        CombinatorKind::Any => {
            let error = aggregate_error(vm, array)?;
            vm.capability_reject(cap, error)
        }
    }
}

/// A new AggregateError with `errors` (ECMA-262 §27.2.4.3.1 step 3.b / §27.2.4.3.2 step 10).
fn aggregate_error(vm: &mut Vm, errors: Value) -> JsResult<Value> {
    let proto = vm.intrinsics().extra["%AggregateError.prototype%"];
    let e = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Error));
    vm.attach_stack(e);
    let msg = vm.string("All promises were rejected");
    vm.define_direct(e, PropertyKey::String(vm.names.message), msg, HIDDEN);
    vm.define_property_or_throw(e, PropertyKey::String(vm.names.errors), PropertyDescriptor::data(errors, HIDDEN))?;
    Ok(Value::Object(e))
}

/// Reads an element function's [state, index] and sets its [[AlreadyCalled]] (and its
/// partner's); None if it was already called.
fn claim(vm: &mut Vm, f: ObjId) -> Option<(ObjId, usize)> {
    let (state, index, called, partner) = match vm.native_slots(f) {
        [Value::Object(s), Value::Number(i), Value::Bool(c), p] => (*s, *i as usize, *c, *p),
        _ => return None,
    };
    if called {
        return None;
    }
    vm.set_native_slot(f, 2, Value::Bool(true));
    if let Value::Object(p) = partner {
        vm.set_native_slot(p, 2, Value::Bool(true));
    }
    Some((state, index))
}

/// Stores an element's outcome and settles the combinator when it was the last one.
fn record(vm: &mut Vm, f: ObjId, v: Value) -> JsResult<Value> {
    let Some((s, index)) = claim(vm, f) else {
        return Ok(Value::Undefined);
    };
    combinator_state(vm, s).values[index] = v;
    if decrement_remaining(vm, s) == 0 {
        finish(vm, s)?;
    }
    Ok(Value::Undefined)
}

/// Promise.all Resolve Element Functions (ECMA-262 §27.2.4.1.3)
fn all_resolve_element(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    record(vm, cx.callee, arg(args, 0))
}

/// Promise.any Reject Element Functions (ECMA-262 §27.2.4.3.2)
fn any_reject_element(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    record(vm, cx.callee, arg(args, 0))
}

/// Promise.allSettled Resolve Element Functions (ECMA-262 §27.2.4.2.2)
fn all_settled_fulfilled_element(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    settled_element(vm, cx.callee, "fulfilled", "value", arg(args, 0))
}

/// Promise.allSettled Reject Element Functions (ECMA-262 §27.2.4.2.3)
fn all_settled_rejected_element(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    settled_element(vm, cx.callee, "rejected", "reason", arg(args, 0))
}

fn settled_element(vm: &mut Vm, f: ObjId, status: &str, field: &str, x: Value) -> JsResult<Value> {
    if matches!(vm.native_slots(f).get(2), Some(Value::Bool(true))) {
        return Ok(Value::Undefined);
    }
    let obj = vm.new_object();
    vm.root(Value::Object(obj));
    let k = vm.key_str("status");
    let s = vm.string(status);
    vm.create_data_property_or_throw(obj, k, s)?;
    let k = vm.key_str(field);
    vm.create_data_property_or_throw(obj, k, x)?;
    record(vm, f, Value::Object(obj))
}
