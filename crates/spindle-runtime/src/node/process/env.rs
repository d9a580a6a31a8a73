//! `process.env` (Node: src/node_env_var.cc): the environment as the process started with
//! it, as an object whose properties are always strings — assignments and definitions
//! stringify, accessors are refused, deletions remove the variable.
//!
//! Changes are seen by the script (and are what a child process will be given), not
//! written back to the operating system's environment: Rust 2024 makes `set_var` unsafe, as
//! it races with any thread reading the environment, and the runtime forbids unsafe code.

use crate::web::errors::node_error;
use spindle::Value;
use spindle::builtins::arg;
use spindle::object::NativeCall;
use spindle::object::property::{DEFAULT_ATTRS, PropertyDescriptor};
use spindle::vm::{ErrorType, JsResult, Vm};

/// The `process.env` object: a proxy over the variables, with `set` and
/// `defineProperty` traps that keep every value a string.
pub fn make(vm: &mut Vm) -> JsResult<Value> {
    let vars = vm.new_object();
    let given = crate::host::with_runtime(vm, |_, h| h.env_vars.take());
    let pairs: Vec<(String, String)> = given.unwrap_or_else(|| {
        std::env::vars_os().map(|(k, v)| (k.to_string_lossy().into_owned(), v.to_string_lossy().into_owned())).collect()
    });
    for (k, v) in pairs {
        let value = vm.string(&v);
        vm.def_value(vars, &k, value, DEFAULT_ATTRS);
    }
    let handler = vm.new_object();
    vm.def_method(handler, "set", 4, set_trap);
    vm.def_method(handler, "defineProperty", 3, define_property_trap);
    let proxy = vm.proxy_create(Value::Object(vars), Value::Object(handler))?;
    Ok(Value::Object(proxy))
}

/// Stores `value` (stringified) as variable `key` of the target.
fn store(vm: &mut Vm, target: Value, key: Value, value: Value) -> JsResult<Value> {
    let Value::Object(target) = target else { return Ok(Value::Bool(false)) };
    // A symbol key or value cannot become a variable (ToString throws).
    let name = vm.to_string(key)?;
    let text = vm.to_string(value)?;
    let key = vm.to_property_key(Value::String(name))?;
    let desc = PropertyDescriptor::data(Value::String(text), DEFAULT_ATTRS);
    Ok(Value::Bool(vm.define_own_property(target, key, desc)?))
}

/// handler.set(target, key, value): `process.env.X = v` stores String(v).
fn set_trap(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    store(vm, arg(args, 0), arg(args, 1), arg(args, 2))
}

/// handler.defineProperty(target, key, descriptor): only a configurable, writable and
/// enumerable data descriptor is accepted (ERR_INVALID_OBJECT_DEFINE_PROPERTY).
fn define_property_trap(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let desc = spindle::builtins::object::to_property_descriptor(vm, arg(args, 2))?;
    let fail = |vm: &mut Vm, message: &str| {
        Err(node_error(vm, ErrorType::TypeError, "ERR_INVALID_OBJECT_DEFINE_PROPERTY", message))
    };
    if desc.get.is_some() || desc.set.is_some() {
        return fail(vm, "'process.env' does not accept an accessor(getter/setter) descriptor");
    }
    if desc.configurable != Some(true) || desc.writable != Some(true) || desc.enumerable != Some(true) {
        return fail(vm, "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
    }
    store(vm, arg(args, 0), arg(args, 1), desc.value.unwrap_or(Value::Undefined))
}

/// The variables of `process.env` now, as (name, value) pairs (what a new worker gets).
pub fn snapshot(vm: &mut Vm) -> JsResult<Vec<(String, String)>> {
    let Some(process) = super::events::process_object(vm) else { return Ok(Vec::new()) };
    let Value::Object(env) = vm.get_str(process, "env")? else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for key in vm.own_property_keys(env)? {
        if matches!(key, spindle::object::property::PropertyKey::Symbol(_)) {
            continue;
        }
        let value = vm.get(env, key, Value::Object(env))?;
        out.push((vm.key_display(key), vm.to_rust_string(value)?));
    }
    Ok(out)
}
