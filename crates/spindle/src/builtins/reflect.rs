//! The Reflect object (ECMA-262 §28.1).

use super::arg;
use super::object::{from_property_descriptor, to_property_descriptor};
use crate::object::property::*;
use crate::object::{NativeCall, NativeFn, Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn create(vm: &mut Vm) -> ObjId {
    let op = vm.intrinsics().object_prototype;
    let reflect = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    let methods: [(&str, u32, NativeFn); 13] = [
        ("apply", 3, apply),
        ("construct", 2, construct),
        ("defineProperty", 3, define_property),
        ("deleteProperty", 2, delete_property),
        ("get", 2, get),
        ("getOwnPropertyDescriptor", 2, get_own_property_descriptor),
        ("getPrototypeOf", 1, get_prototype_of),
        ("has", 2, has),
        ("isExtensible", 1, is_extensible),
        ("ownKeys", 1, own_keys),
        ("preventExtensions", 1, prevent_extensions),
        ("set", 3, set),
        ("setPrototypeOf", 2, set_prototype_of),
    ];
    for (name, len, f) in methods {
        let method = vm.def_method(reflect, name, len, f);
        if name == "apply" {
            // Called from bytecode, it is performed in the interpreter loop (`Vm::reflect_apply_from_bytecode`).
            vm.intrinsics_mut().reflect_apply = Some(method);
        }
    }
    let tag = vm.string("Reflect");
    let k = PropertyKey::Symbol(vm.sym.to_string_tag);
    vm.define_direct(reflect, k, tag, CONFIGURABLE);
    reflect
}

/// The target argument, which must be an object.
fn target(vm: &mut Vm, args: &[Value], name: &str) -> JsResult<ObjId> {
    match arg(args, 0) {
        Value::Object(o) => Ok(o),
        v => {
            let d = vm.describe(v);
            Err(vm.type_error(&format!("Reflect.{name} called on non-object {d}")))
        }
    }
}

/// CreateListFromArrayLike (ECMA-262 §7.3.19) as Reflect's methods call it: an object is
/// required (Function.prototype.apply takes null and undefined for an empty list).
pub(crate) fn list_from_object(vm: &mut Vm, v: Value) -> JsResult<Vec<Value>> {
    if !v.is_object() {
        return Err(vm.type_error("CreateListFromArrayLike called on non-object"));
    }
    super::function::create_list_from_array_like(vm, v)
}

/// Reflect.apply's TypeError for a target that is not callable, worded as V8's (which
/// performs Reflect.apply as Function.prototype.apply).
pub(crate) fn not_a_function(vm: &mut Vm, f: Value) -> Value {
    let shown = crate::structured_clone::no_side_effects_to_string(vm, f);
    let kind = match f {
        Value::Null => "null",
        Value::Undefined | Value::Empty | Value::Env(_) => "a undefined",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Symbol(_) => "a symbol",
        Value::BigInt(_) => "a bigint",
        Value::Object(_) => "an object",
    };
    vm.type_error(&format!("Function.prototype.apply was called on {shown}, which is {kind} and not a function"))
}

/// Reflect.apply ( target, thisArgument, argumentsList ) (ECMA-262 §28.1.1)
fn apply(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let f = arg(args, 0);
    if !vm.is_callable(f) {
        return Err(not_a_function(vm, f));
    }
    let list = list_from_object(vm, arg(args, 2))?;
    vm.call(f, arg(args, 1), &list)
}

/// Reflect.construct ( target, argumentsList [ , newTarget ] ) (ECMA-262 §28.1.2)
fn construct(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let f = arg(args, 0);
    if !vm.is_constructor(f) {
        let d = vm.describe(f);
        return Err(vm.type_error(&format!("Reflect.construct: {d} is not a constructor")));
    }
    let nt = if args.len() > 2 { args[2] } else { f };
    if !vm.is_constructor(nt) {
        let d = vm.describe(nt);
        return Err(vm.type_error(&format!("Reflect.construct: {d} is not a constructor")));
    }
    let list = list_from_object(vm, arg(args, 1))?;
    vm.construct(f, &list, Some(nt))
}

/// Reflect.defineProperty ( target, propertyKey, attributes ) (ECMA-262 §28.1.3)
fn define_property(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "defineProperty")?;
    let k = vm.to_property_key(arg(args, 1))?;
    let d = to_property_descriptor(vm, arg(args, 2))?;
    Ok(Value::Bool(vm.define_own_property(o, k, d)?))
}

/// Reflect.deleteProperty ( target, propertyKey ) (ECMA-262 §28.1.4)
fn delete_property(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "deleteProperty")?;
    let k = vm.to_property_key(arg(args, 1))?;
    Ok(Value::Bool(vm.delete(o, k)?))
}

/// Reflect.get ( target, propertyKey [ , receiver ] ) (ECMA-262 §28.1.5)
fn get(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "get")?;
    let k = vm.to_property_key(arg(args, 1))?;
    let receiver = if args.len() > 2 { args[2] } else { Value::Object(o) };
    vm.get(o, k, receiver)
}

/// Reflect.getOwnPropertyDescriptor ( target, propertyKey ) (ECMA-262 §28.1.6)
fn get_own_property_descriptor(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "getOwnPropertyDescriptor")?;
    let k = vm.to_property_key(arg(args, 1))?;
    let d = vm.get_own_property(o, k)?;
    from_property_descriptor(vm, d)
}

/// Reflect.getPrototypeOf ( target ) (ECMA-262 §28.1.7)
fn get_prototype_of(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "getPrototypeOf")?;
    Ok(vm.get_prototype_of(o)?.map_or(Value::Null, Value::Object))
}

/// Reflect.has ( target, propertyKey ) (ECMA-262 §28.1.8)
fn has(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "has")?;
    let k = vm.to_property_key(arg(args, 1))?;
    Ok(Value::Bool(vm.has_property(o, k)?))
}

/// Reflect.isExtensible ( target ) (ECMA-262 §28.1.9)
fn is_extensible(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "isExtensible")?;
    Ok(Value::Bool(vm.is_extensible(o)?))
}

/// Reflect.ownKeys ( target ) (ECMA-262 §28.1.10)
fn own_keys(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "ownKeys")?;
    let keys = vm.own_property_keys(o)?;
    let vals: Vec<Value> = keys.into_iter().map(|k| vm.key_to_value(k)).collect();
    Ok(Value::Object(vm.new_array(vals)))
}

/// Reflect.preventExtensions ( target ) (ECMA-262 §28.1.11)
fn prevent_extensions(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "preventExtensions")?;
    Ok(Value::Bool(vm.prevent_extensions(o)?))
}

/// Reflect.set ( target, propertyKey, V [ , receiver ] ) (ECMA-262 §28.1.12)
fn set(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "set")?;
    let k = vm.to_property_key(arg(args, 1))?;
    let receiver = if args.len() > 3 { args[3] } else { Value::Object(o) };
    Ok(Value::Bool(vm.set(o, k, arg(args, 2), receiver)?))
}

/// Reflect.setPrototypeOf ( target, proto ) (ECMA-262 §28.1.13)
fn set_prototype_of(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "setPrototypeOf")?;
    let proto = match arg(args, 1) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return Err(vm.type_error("Object prototype may only be an Object or null")),
    };
    Ok(Value::Bool(vm.set_prototype_of(o, proto)?))
}
