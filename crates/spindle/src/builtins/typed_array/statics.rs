//! %TypedArray%.from (ECMA-262 §23.2.2.1) and %TypedArray%.of (§23.2.2.2).

use super::{index_key, typed_array_create_from_constructor};
use crate::builtins::arg;
use crate::object::NativeCall;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

/// ECMA-262 §23.2.2.1 %TypedArray%.from ( source [ , mapfn [ , thisArg ] ] )
pub(super) fn from(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "%TypedArray%.from";
    let c = cx.this;
    if !vm.is_constructor(c) {
        let d = vm.describe(c);
        return Err(vm.type_error(&format!("{d} is not a constructor")));
    }
    let (source, mapfn, this_arg) = (arg(args, 0), arg(args, 1), arg(args, 2));
    if !mapfn.is_undefined() && !vm.is_callable(mapfn) {
        let d = vm.describe(mapfn);
        return Err(vm.type_error(&format!("{d} is not a function")));
    }
    let using_iterator = vm.get_method_key(source, crate::object::property::PropertyKey::Symbol(vm.sym.iterator))?;
    if !using_iterator.is_undefined() {
        let (it, next) = vm.get_iterator_from_method(source, using_iterator, "Symbol.iterator")?;
        let values = vm.iterator_to_list(it, next)?;
        for &v in &values {
            vm.root(v);
        }
        let target = typed_array_create_from_constructor(vm, c, &[Value::Number(values.len() as f64)], NAME)?;
        vm.root(Value::Object(target));
        let mark = vm.roots.len();
        for (k, v) in values.into_iter().enumerate() {
            map_and_store(vm, target, mapfn, this_arg, k, v)?;
            vm.roots.truncate(mark);
        }
        return Ok(Value::Object(target));
    }
    // The source is not iterable: an array-like.
    let array_like = vm.to_object(source)?;
    vm.root(Value::Object(array_like));
    let len = vm.length_of_array_like(array_like)?;
    let target = typed_array_create_from_constructor(vm, c, &[Value::Number(len)], NAME)?;
    vm.root(Value::Object(target));
    let mark = vm.roots.len();
    for k in 0..len as usize {
        let key = index_key(vm, k);
        let v = vm.get(array_like, key, Value::Object(array_like))?;
        vm.root(v);
        map_and_store(vm, target, mapfn, this_arg, k, v)?;
        vm.roots.truncate(mark);
    }
    Ok(Value::Object(target))
}

/// Steps 6.e.iii-v / 12.c-e of %TypedArray%.from: mappedValue (mapfn(kValue, k) when a
/// mapfn was given), then Set(targetObj, Pk, mappedValue, true).
fn map_and_store(vm: &mut Vm, target: ObjId, mapfn: Value, this_arg: Value, k: usize, v: Value) -> JsResult<()> {
    let mapped = if mapfn.is_undefined() { v } else { vm.call(mapfn, this_arg, &[v, Value::Number(k as f64)])? };
    vm.root(mapped);
    vm.typed_array_set_element(target, k as f64, mapped)
}

/// ECMA-262 §23.2.2.2 %TypedArray%.of ( ...items )
pub(super) fn of(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let c = cx.this;
    if !vm.is_constructor(c) {
        let d = vm.describe(c);
        return Err(vm.type_error(&format!("{d} is not a constructor")));
    }
    let target = typed_array_create_from_constructor(vm, c, &[Value::Number(args.len() as f64)], "%TypedArray%.of")?;
    vm.root(Value::Object(target));
    for (k, &v) in args.iter().enumerate() {
        vm.typed_array_set_element(target, k as f64, v)?;
    }
    Ok(Value::Object(target))
}
