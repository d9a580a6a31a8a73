//! `process.env` (Node: src/node_env_var.cc): the environment as the process started with
//! it, as an object whose properties are always strings — assignments and definitions
//! stringify, accessors are refused, deletions remove the variable.
//!
//! The variables live in a store (`SharedEnv`) that the proxy's traps read and write; the
//! proxy's target mirrors it (what `util.inspect` shows). Each agent has its own store — a
//! worker's starts as a copy of its parent's `process.env` — except a worker started with
//! `env: SHARE_ENV`, which uses its parent's store, so either side sees the other's changes.
//!
//! Changes are seen by the script (and are what a child process will be given), not
//! written back to the operating system's environment: Rust 2024 makes `set_var` unsafe, as
//! it races with any thread reading the environment, and the runtime forbids unsafe code.

use crate::host::with_runtime;
use crate::web::errors::node_error;
use spindle::Value;
use spindle::builtins::arg;
use spindle::object::NativeCall;
use spindle::object::property::{DEFAULT_ATTRS, PropertyDescriptor, PropertyKey};
use spindle::vm::{ErrorType, JsResult, Vm};
use std::sync::{Arc, Mutex};

/// The variables of one or more agents' `process.env`, in order.
pub type SharedEnv = Arc<Mutex<Vec<(String, String)>>>;

/// This agent's store, made from the environment it was given (or the process's) on first
/// use.
pub fn store_of(vm: &mut Vm) -> SharedEnv {
    with_runtime(vm, |_, h| {
        if let Some(store) = &h.env_store {
            return Arc::clone(store);
        }
        let pairs: Vec<(String, String)> = h.env_vars.take().unwrap_or_else(|| {
            std::env::vars_os()
                .map(|(k, v)| (k.to_string_lossy().into_owned(), v.to_string_lossy().into_owned()))
                .collect()
        });
        let store = Arc::new(Mutex::new(pairs));
        h.env_store = Some(Arc::clone(&store));
        store
    })
}

/// The `process.env` object: a proxy whose traps read and write the store and keep every
/// value a string.
pub fn make(vm: &mut Vm) -> JsResult<Value> {
    let mirror = vm.new_object();
    let pairs = store_of(vm).lock().map(|p| p.clone()).unwrap_or_default();
    for (k, v) in pairs {
        let value = vm.string(&v);
        vm.def_value(mirror, &k, value, DEFAULT_ATTRS);
    }
    let handler = vm.new_object();
    vm.def_method(handler, "get", 3, get_trap);
    vm.def_method(handler, "has", 2, has_trap);
    vm.def_method(handler, "ownKeys", 1, own_keys_trap);
    vm.def_method(handler, "getOwnPropertyDescriptor", 2, get_own_property_descriptor_trap);
    vm.def_method(handler, "set", 4, set_trap);
    vm.def_method(handler, "defineProperty", 3, define_property_trap);
    vm.def_method(handler, "deleteProperty", 2, delete_property_trap);
    let proxy = vm.proxy_create(Value::Object(mirror), Value::Object(handler))?;
    Ok(Value::Object(proxy))
}

/// The variable named by a string key (None for a symbol: symbols are the mirror's).
fn variable_name(vm: &mut Vm, key: Value) -> Option<String> {
    match key {
        Value::String(s) => Some(vm.rust_string(s)),
        _ => None,
    }
}

fn lookup(vm: &mut Vm, name: &str) -> Option<String> {
    let store = store_of(vm);
    let vars = store.lock().ok()?;
    vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
}

/// What the mirror (the proxy's target) says of `key`, once the store has no such variable:
/// an own property there is a variable another agent unset (so none); anything else comes
/// from the prototype, as with Node's named-property interceptor (`process.env.hasOwnProperty`).
fn from_prototype(vm: &mut Vm, args: &[Value]) -> JsResult<Option<(spindle::value::ObjId, PropertyKey)>> {
    let Value::Object(target) = arg(args, 0) else { return Ok(None) };
    let key = vm.to_property_key(arg(args, 1))?;
    if matches!(key, PropertyKey::Symbol(_)) || vm.get_own_property(target, key)?.is_none() {
        return Ok(Some((target, key)));
    }
    Ok(None)
}

/// handler.get(target, key): the variable's value; other names from the prototype.
fn get_trap(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if let Some(name) = variable_name(vm, arg(args, 1))
        && let Some(v) = lookup(vm, &name)
    {
        return Ok(vm.string(&v));
    }
    match from_prototype(vm, args)? {
        Some((target, key)) => vm.get(target, key, arg(args, 2)),
        None => Ok(Value::Undefined),
    }
}

/// handler.has(target, key)
fn has_trap(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if let Some(name) = variable_name(vm, arg(args, 1))
        && lookup(vm, &name).is_some()
    {
        return Ok(Value::Bool(true));
    }
    match from_prototype(vm, args)? {
        Some((target, key)) => Ok(Value::Bool(vm.has_property(target, key)?)),
        None => Ok(Value::Bool(false)),
    }
}

/// handler.ownKeys(target): the variables' names, in order.
fn own_keys_trap(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let store = store_of(vm);
    let names: Vec<String> = store.lock().map(|v| v.iter().map(|(k, _)| k.clone()).collect()).unwrap_or_default();
    let keys = names.iter().map(|n| vm.string(n)).collect();
    Ok(Value::Object(vm.new_array(keys)))
}

/// handler.getOwnPropertyDescriptor(target, key): a writable, enumerable, configurable
/// string for a variable that is set.
fn get_own_property_descriptor_trap(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(name) = variable_name(vm, arg(args, 1)) else { return Ok(Value::Undefined) };
    let Some(v) = lookup(vm, &name) else { return Ok(Value::Undefined) };
    let desc = vm.new_object();
    let value = vm.string(&v);
    vm.def_value(desc, "value", value, DEFAULT_ATTRS);
    for flag in ["writable", "enumerable", "configurable"] {
        vm.def_value(desc, flag, Value::Bool(true), DEFAULT_ATTRS);
    }
    Ok(Value::Object(desc))
}

/// handler.deleteProperty(target, key): unsets the variable.
fn delete_property_trap(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(name) = variable_name(vm, arg(args, 1)) else { return Ok(Value::Bool(true)) };
    if let Ok(mut vars) = store_of(vm).lock() {
        vars.retain(|(k, _)| *k != name);
    }
    if let Value::Object(target) = arg(args, 0) {
        let key = vm.key_str(&name);
        vm.delete(target, key)?;
    }
    Ok(Value::Bool(true))
}

/// Stores `value` (stringified) as variable `key`, in the store and the mirror.
fn store(vm: &mut Vm, target: Value, key: Value, value: Value) -> JsResult<Value> {
    let Value::Object(target) = target else { return Ok(Value::Bool(false)) };
    // A symbol key or value cannot become a variable (ToString throws).
    let name = vm.to_string(key)?;
    let text = vm.to_string(value)?;
    let (name_text, value_text) = (vm.rust_string(name), vm.rust_string(text));
    if let Ok(mut vars) = store_of(vm).lock() {
        match vars.iter_mut().find(|(k, _)| *k == name_text) {
            Some(entry) => entry.1 = value_text,
            None => vars.push((name_text, value_text)),
        }
    }
    let key: PropertyKey = vm.to_property_key(Value::String(name))?;
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
    Ok(store_of(vm).lock().map(|v| v.clone()).unwrap_or_default())
}
