//! The %TypedArray.prototype% methods that call a function per element (ECMA-262 §23.2.3):
//! every, some, forEach, find, findIndex, findLast, findLastIndex, map, filter, reduce and
//! reduceRight. Each reads an element with Get (TypedArrayGetElement) just before its call,
//! so a callback that detaches or shrinks the buffer makes later elements undefined.

use super::{typed_array_species_create, validate_typed_array};
use crate::builtins::arg;
use crate::object::{NativeCall, NativeFn};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

/// The callback methods with their `length`s, for `prototype::init`.
pub(super) fn callback_methods() -> [(&'static str, u32, NativeFn); 11] {
    [
        ("every", 1, every),
        ("filter", 1, filter),
        ("find", 1, find),
        ("findIndex", 1, find_index),
        ("findLast", 1, find_last),
        ("findLastIndex", 1, find_last_index),
        ("forEach", 1, for_each),
        ("map", 1, map),
        ("reduce", 1, reduce),
        ("reduceRight", 1, reduce_right),
        ("some", 1, some),
    ]
}

/// IsCallable(callbackfn), or V8's "x is not a function" TypeError.
fn callback(vm: &mut Vm, f: Value) -> JsResult<Value> {
    if vm.is_callable(f) {
        return Ok(f);
    }
    let d = vm.describe(f);
    Err(vm.type_error(&format!("{d} is not a function")))
}

/// The loop every, some, forEach and FindViaPredicate (ECMA-262 §23.1.3.12.1) share:
/// validates the receiver, then calls `callbackfn(kValue, k, O)` for each index in
/// ascending (or descending) order until `stop` says to, returning that index and value.
fn each_element(
    vm: &mut Vm,
    cx: &NativeCall,
    args: &[Value],
    method: &str,
    descending: bool,
    stop: impl Fn(&mut Vm, Value) -> bool,
) -> JsResult<Option<(usize, Value)>> {
    let (o, len) = validate_typed_array(vm, cx.this, method)?;
    let f = callback(vm, arg(args, 0))?;
    let f = vm.prepare_call(f, arg(args, 1));
    let mark = vm.roots.len();
    vm.root(Value::Object(o));
    let held = vm.roots.len();
    for i in 0..len {
        let k = if descending { len - 1 - i } else { i };
        let v = vm.typed_array_get_element(o, k as f64);
        // A BigInt element must outlive the call when it is the result.
        vm.roots.truncate(held);
        vm.root(v);
        let r = vm.call_prepared(&f, [v, Value::Number(k as f64), Value::Object(o)])?;
        if stop(vm, r) {
            vm.roots.truncate(mark);
            return Ok(Some((k, v)));
        }
    }
    vm.roots.truncate(mark);
    Ok(None)
}

/// ECMA-262 §23.2.3.8 %TypedArray%.prototype.every ( callbackfn [ , thisArg ] )
fn every(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = each_element(vm, cx, args, "%TypedArray%.prototype.every", false, |vm, r| !vm.to_boolean(r))?;
    Ok(Value::Bool(r.is_none()))
}

/// ECMA-262 §23.2.3.28 %TypedArray%.prototype.some ( callbackfn [ , thisArg ] )
fn some(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = each_element(vm, cx, args, "%TypedArray%.prototype.some", false, |vm, r| vm.to_boolean(r))?;
    Ok(Value::Bool(r.is_some()))
}

/// ECMA-262 §23.2.3.15 %TypedArray%.prototype.forEach ( callbackfn [ , thisArg ] )
fn for_each(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    each_element(vm, cx, args, "%TypedArray%.prototype.forEach", false, |_, _| false)?;
    Ok(Value::Undefined)
}

/// ECMA-262 §23.2.3.11 %TypedArray%.prototype.find ( predicate [ , thisArg ] )
fn find(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = each_element(vm, cx, args, "%TypedArray%.prototype.find", false, |vm, r| vm.to_boolean(r))?;
    Ok(r.map_or(Value::Undefined, |(_, v)| v))
}

/// ECMA-262 §23.2.3.12 %TypedArray%.prototype.findIndex ( predicate [ , thisArg ] )
fn find_index(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = each_element(vm, cx, args, "%TypedArray%.prototype.findIndex", false, |vm, r| vm.to_boolean(r))?;
    Ok(Value::Number(r.map_or(-1.0, |(k, _)| k as f64)))
}

/// ECMA-262 §23.2.3.13 %TypedArray%.prototype.findLast ( predicate [ , thisArg ] )
fn find_last(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = each_element(vm, cx, args, "%TypedArray%.prototype.findLast", true, |vm, r| vm.to_boolean(r))?;
    Ok(r.map_or(Value::Undefined, |(_, v)| v))
}

/// ECMA-262 §23.2.3.14 %TypedArray%.prototype.findLastIndex ( predicate [ , thisArg ] )
fn find_last_index(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = each_element(vm, cx, args, "%TypedArray%.prototype.findLastIndex", true, |vm, r| vm.to_boolean(r))?;
    Ok(Value::Number(r.map_or(-1.0, |(k, _)| k as f64)))
}

/// ECMA-262 §23.2.3.22 %TypedArray%.prototype.map ( callbackfn [ , thisArg ] )
fn map(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "%TypedArray%.prototype.map";
    let (o, len) = validate_typed_array(vm, cx.this, NAME)?;
    let f = callback(vm, arg(args, 0))?;
    let f = vm.prepare_call(f, arg(args, 1));
    vm.root(Value::Object(o));
    let a = typed_array_species_create(vm, o, &[Value::Number(len as f64)], NAME)?;
    vm.root(Value::Object(a));
    let held = vm.roots.len();
    for k in 0..len {
        let v = vm.typed_array_get_element(o, k as f64);
        vm.roots.truncate(held);
        vm.root(v);
        let r = vm.call_prepared(&f, [v, Value::Number(k as f64), Value::Object(o)])?;
        vm.root(r);
        vm.typed_array_set_element(a, k as f64, r)?;
    }
    Ok(Value::Object(a))
}

/// ECMA-262 §23.2.3.10 %TypedArray%.prototype.filter ( callbackfn [ , thisArg ] )
fn filter(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "%TypedArray%.prototype.filter";
    let (o, len) = validate_typed_array(vm, cx.this, NAME)?;
    let f = callback(vm, arg(args, 0))?;
    let f = vm.prepare_call(f, arg(args, 1));
    vm.root(Value::Object(o));
    // The kept values stay rooted (BigInt elements are heap values) until they are stored.
    let mut kept = Vec::new();
    for k in 0..len {
        let v = vm.typed_array_get_element(o, k as f64);
        vm.root(v);
        let r = vm.call_prepared(&f, [v, Value::Number(k as f64), Value::Object(o)])?;
        if vm.to_boolean(r) {
            kept.push(v);
        }
    }
    let a = typed_array_species_create(vm, o, &[Value::Number(kept.len() as f64)], NAME)?;
    vm.root(Value::Object(a));
    for (n, v) in kept.into_iter().enumerate() {
        vm.typed_array_set_element(a, n as f64, v)?;
    }
    Ok(Value::Object(a))
}

/// ECMA-262 §23.2.3.23 %TypedArray%.prototype.reduce and §23.2.3.24 reduceRight
/// ( callbackfn [ , initialValue ] )
fn reduce_impl(vm: &mut Vm, this: Value, args: &[Value], method: &str, descending: bool) -> JsResult<Value> {
    let (o, len) = validate_typed_array(vm, this, method)?;
    let f = callback(vm, arg(args, 0))?;
    let f = vm.prepare_call(f, Value::Undefined);
    let index = |i: usize| if descending { len - 1 - i } else { i };
    let (mut acc, first) = match args.get(1) {
        Some(&init) => (init, 0),
        None if len == 0 => return Err(vm.type_error("Reduce of empty array with no initial value")),
        None => (vm.typed_array_get_element(o, index(0) as f64), 1),
    };
    let mark = vm.roots.len();
    vm.root(Value::Object(o));
    let held = vm.roots.len();
    for i in first..len {
        let k = index(i);
        let v = vm.typed_array_get_element(o, k as f64);
        vm.roots.truncate(held);
        vm.root(acc);
        vm.root(v);
        acc = vm.call_prepared(&f, [acc, v, Value::Number(k as f64), Value::Object(o)])?;
    }
    vm.roots.truncate(mark);
    Ok(acc)
}

fn reduce(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    reduce_impl(vm, cx.this, args, "%TypedArray%.prototype.reduce", false)
}

fn reduce_right(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    reduce_impl(vm, cx.this, args, "%TypedArray%.prototype.reduceRight", true)
}
