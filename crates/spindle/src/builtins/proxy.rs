//! The Proxy constructor (ECMA-262 §28.2). The exotic object itself is `object/proxy.rs`.

use super::arg;
use crate::object::property::*;
use crate::object::{NativeCall, ObjectKind};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    // %Proxy% has no "prototype" property: proxies take no prototype from it.
    let ctor = vm.new_native("Proxy", 2, proxy_constructor, true);
    vm.def_method(ctor, "revocable", 2, revocable);
    let g = vm.global_object();
    vm.def_value(g, "Proxy", Value::Object(ctor), HIDDEN);
    vm.intrinsics_mut().extra.insert("%Proxy%", ctor);
}

/// Proxy(target, handler) (ECMA-262 §28.2.1.1)
fn proxy_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if cx.new_target.is_none() {
        return Err(vm.type_error("Constructor Proxy requires 'new'"));
    }
    Ok(Value::Object(vm.proxy_create(arg(args, 0), arg(args, 1))?))
}

/// Proxy.revocable(target, handler) (ECMA-262 §28.2.2.1)
fn revocable(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let proxy = vm.proxy_create(arg(args, 0), arg(args, 1))?;
    vm.root(Value::Object(proxy));
    let revoke = vm.new_builtin_closure("", 0, revoke, &[Value::Object(proxy)]);
    vm.root(Value::Object(revoke));
    let result = vm.new_object();
    let k = vm.key_str("proxy");
    vm.create_data_property_or_throw(result, k, Value::Object(proxy))?;
    let k = vm.key_str("revoke");
    vm.create_data_property_or_throw(result, k, Value::Object(revoke))?;
    Ok(Value::Object(result))
}

/// A Proxy revocation function (ECMA-262 §28.2.2.1.1): [[RevocableProxy]] is slot 0.
fn revoke(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let slot = vm.native_slots(cx.callee).first().copied();
    vm.set_native_slot(cx.callee, 0, Value::Null);
    if let Some(Value::Object(p)) = slot
        && let ObjectKind::Proxy(data) = &mut vm.obj_mut(p).kind
    {
        data.target = None;
        data.handler = None;
    }
    Ok(Value::Undefined)
}
