//! WeakMap (ECMA-262 §24.3) and WeakSet (§24.4). Entries are ephemerons: the collector marks
//! a value only once its key is otherwise reachable, and drops entries whose key died
//! (`heap/gc.rs`). Keys are objects and symbols that are not in the global registry
//! (CanBeHeldWeakly, §9.13).

use super::arg;
use crate::object::property::*;
use crate::object::{NativeCall, Object, ObjectKind, WeakKey};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);

    let wmp = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    vm.def_constructor("WeakMap", 0, weakmap_constructor, wmp);
    vm.intrinsics_mut().extra.insert("%WeakMap.prototype%", wmp);
    vm.def_method(wmp, "get", 1, wm_get);
    vm.def_method(wmp, "set", 2, wm_set);
    vm.def_method(wmp, "getOrInsert", 2, wm_get_or_insert);
    vm.def_method(wmp, "getOrInsertComputed", 2, wm_get_or_insert_computed);
    vm.def_method(wmp, "has", 1, wm_has);
    vm.def_method(wmp, "delete", 1, wm_delete);
    let s = vm.string("WeakMap");
    vm.define_direct(wmp, tag, s, CONFIGURABLE);

    let wsp = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    vm.def_constructor("WeakSet", 0, weakset_constructor, wsp);
    vm.intrinsics_mut().extra.insert("%WeakSet.prototype%", wsp);
    vm.def_method(wsp, "add", 1, ws_add);
    vm.def_method(wsp, "has", 1, ws_has);
    vm.def_method(wsp, "delete", 1, ws_delete);
    let s = vm.string("WeakSet");
    vm.define_direct(wsp, tag, s, CONFIGURABLE);
}

/// CanBeHeldWeakly (ECMA-262 §9.13): the key, or None.
pub fn weak_key(vm: &Vm, v: Value) -> Option<WeakKey> {
    match v {
        Value::Object(o) => Some(WeakKey::Object(o)),
        Value::Symbol(s) if !vm.symbol_registry.values().any(|&r| r == s) => Some(WeakKey::Symbol(s)),
        _ => None,
    }
}

fn invalid_key(vm: &mut Vm, v: Value, what: &str) -> Value {
    let d = vm.describe(v);
    vm.type_error(&format!("Invalid value used {what}: {d}"))
}

fn this_weak(vm: &mut Vm, this: Value, set: bool, method: &str) -> JsResult<ObjId> {
    if let Value::Object(o) = this {
        match vm.obj(o).kind {
            ObjectKind::WeakMap(_) if !set => return Ok(o),
            ObjectKind::WeakSet(_) if set => return Ok(o),
            _ => {}
        }
    }
    let d = vm.describe(this);
    let class = if set { "WeakSet" } else { "WeakMap" };
    Err(vm.type_error(&format!("Method {class}.prototype.{method} called on incompatible receiver {d}")))
}

fn entries(vm: &mut Vm, o: ObjId) -> &mut crate::hash::IdMap<WeakKey, Value> {
    match &mut vm.obj_mut(o).kind {
        ObjectKind::WeakMap(m) | ObjectKind::WeakSet(m) => m,
        _ => unreachable!("checked by this_weak"),
    }
}

/// ECMA-262 §24.3.1.1 WeakMap ( [ iterable ] )
fn weakmap_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(vm.type_error("Constructor WeakMap requires 'new'"));
    };
    let proto = vm.get_prototype_from_constructor(nt, |i| i.extra["%WeakMap.prototype%"])?;
    let wm = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::WeakMap(Box::default())));
    // Held only here while a `set` getter or the iterable's methods run script code.
    vm.root(Value::Object(wm));
    let iterable = arg(args, 0);
    if !iterable.is_nullish() {
        let key = vm.key_str("set");
        let adder = vm.get(wm, key, Value::Object(wm))?;
        if !vm.is_callable(adder) {
            return Err(vm.type_error("WeakMap.prototype.set is not a function"));
        }
        super::map::add_entries_from_iterable(vm, wm, iterable, adder)?;
    }
    Ok(Value::Object(wm))
}

/// ECMA-262 §24.4.1.1 WeakSet ( [ iterable ] )
fn weakset_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(vm.type_error("Constructor WeakSet requires 'new'"));
    };
    let proto = vm.get_prototype_from_constructor(nt, |i| i.extra["%WeakSet.prototype%"])?;
    let ws = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::WeakSet(Box::default())));
    // Held only here while an `add` getter or the iterable's methods run script code.
    vm.root(Value::Object(ws));
    let iterable = arg(args, 0);
    if !iterable.is_nullish() {
        let key = vm.key_str("add");
        let adder = vm.get(ws, key, Value::Object(ws))?;
        if !vm.is_callable(adder) {
            return Err(vm.type_error("WeakSet.prototype.add is not a function"));
        }
        super::map::add_entries_from_iterable_set(vm, ws, iterable, adder)?;
    }
    Ok(Value::Object(ws))
}

fn wm_get(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_weak(vm, cx.this, false, "get")?;
    let Some(k) = weak_key(vm, arg(args, 0)) else { return Ok(Value::Undefined) };
    Ok(entries(vm, o).get(&k).copied().unwrap_or(Value::Undefined))
}

fn wm_set(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_weak(vm, cx.this, false, "set")?;
    let Some(k) = weak_key(vm, arg(args, 0)) else {
        return Err(invalid_key(vm, arg(args, 0), "as weak map key"));
    };
    vm.charging_growth(o, |vm| entries(vm, o).insert(k, arg(args, 1)));
    Ok(cx.this)
}

/// WeakMap.prototype.getOrInsert ( key, value ) (ECMA-262 §24.3.3.4, upsert)
fn wm_get_or_insert(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_weak(vm, cx.this, false, "getOrInsert")?;
    let Some(k) = weak_key(vm, arg(args, 0)) else {
        return Err(invalid_key(vm, arg(args, 0), "as weak map key"));
    };
    if let Some(&v) = entries(vm, o).get(&k) {
        return Ok(v);
    }
    let value = arg(args, 1);
    vm.charging_growth(o, |vm| entries(vm, o).insert(k, value));
    Ok(value)
}

/// WeakMap.prototype.getOrInsertComputed ( key, callbackfn ) (ECMA-262 §24.3.3.5, upsert)
fn wm_get_or_insert_computed(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_weak(vm, cx.this, false, "getOrInsertComputed")?;
    let key = arg(args, 0);
    let Some(k) = weak_key(vm, key) else {
        return Err(invalid_key(vm, key, "as weak map key"));
    };
    let callback = arg(args, 1);
    if !vm.is_callable(callback) {
        let d = vm.receiver_display(callback);
        return Err(vm.type_error(&format!("{d} is not a function")));
    }
    if let Some(&v) = entries(vm, o).get(&k) {
        return Ok(v);
    }
    let value = vm.call(callback, Value::Undefined, &[key])?;
    vm.charging_growth(o, |vm| entries(vm, o).insert(k, value));
    Ok(value)
}

fn wm_has(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_weak(vm, cx.this, false, "has")?;
    let Some(k) = weak_key(vm, arg(args, 0)) else { return Ok(Value::Bool(false)) };
    Ok(Value::Bool(entries(vm, o).contains_key(&k)))
}

fn wm_delete(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_weak(vm, cx.this, false, "delete")?;
    let Some(k) = weak_key(vm, arg(args, 0)) else { return Ok(Value::Bool(false)) };
    Ok(Value::Bool(entries(vm, o).remove(&k).is_some()))
}

fn ws_add(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_weak(vm, cx.this, true, "add")?;
    let Some(k) = weak_key(vm, arg(args, 0)) else {
        return Err(invalid_key(vm, arg(args, 0), "in weak set"));
    };
    vm.charging_growth(o, |vm| entries(vm, o).insert(k, Value::Undefined));
    Ok(cx.this)
}

fn ws_has(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_weak(vm, cx.this, true, "has")?;
    let Some(k) = weak_key(vm, arg(args, 0)) else { return Ok(Value::Bool(false)) };
    Ok(Value::Bool(entries(vm, o).contains_key(&k)))
}

fn ws_delete(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_weak(vm, cx.this, true, "delete")?;
    let Some(k) = weak_key(vm, arg(args, 0)) else { return Ok(Value::Bool(false)) };
    Ok(Value::Bool(entries(vm, o).remove(&k).is_some()))
}
