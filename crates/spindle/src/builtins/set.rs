//! Set (ECMA-262 §24.2), the ES2025 set methods (§24.2.4.x union … isDisjointFrom), and
//! %SetIteratorPrototype% (§24.2.6). Storage and iteration are shared with Map (`map.rs`).

use super::arg;
use super::map::{
    add_entries_from_iterable_set, collection_iterator_next, create_collection_iterator, for_each_entry, normalize_key,
    table, table_set, this_table,
};
use crate::object::property::*;
use crate::object::{IterKind, NativeCall, Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let sp = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    let ctor = vm.def_constructor("Set", 0, set_constructor, sp);
    vm.intrinsics_mut().extra.insert("%Set.prototype%", sp);
    let species = PropertyKey::Symbol(vm.sym.species);
    vm.def_accessor(ctor, species, "[Symbol.species]", Some(super::array::species_getter), None);
    vm.def_method(sp, "add", 1, add);
    vm.def_method(sp, "has", 1, has);
    vm.def_method(sp, "delete", 1, delete);
    vm.def_method(sp, "clear", 0, clear);
    vm.def_method(sp, "forEach", 1, for_each);
    vm.def_method(sp, "entries", 0, entries);
    let values_fn = vm.def_method(sp, "values", 0, values);
    let k = vm.key_str("keys");
    vm.define_direct(sp, k, Value::Object(values_fn), HIDDEN);
    vm.define_direct(sp, PropertyKey::Symbol(vm.sym.iterator), Value::Object(values_fn), HIDDEN);
    let size = vm.key_str("size");
    vm.def_accessor(sp, size, "size", Some(size_getter), None);
    vm.def_method(sp, "union", 1, union);
    vm.def_method(sp, "intersection", 1, intersection);
    vm.def_method(sp, "difference", 1, difference);
    vm.def_method(sp, "symmetricDifference", 1, symmetric_difference);
    vm.def_method(sp, "isSubsetOf", 1, is_subset_of);
    vm.def_method(sp, "isSupersetOf", 1, is_superset_of);
    vm.def_method(sp, "isDisjointFrom", 1, is_disjoint_from);
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);
    let s = vm.string("Set");
    vm.define_direct(sp, tag, s, CONFIGURABLE);

    let ip = vm.intrinsics().iterator_prototype;
    let sip = vm.heap.alloc_object(Object::new(Some(ip), ObjectKind::Ordinary));
    vm.def_method(sip, "next", 0, set_iterator_next);
    let s = vm.string("Set Iterator");
    vm.define_direct(sip, tag, s, CONFIGURABLE);
    vm.intrinsics_mut().extra.insert("%SetIteratorPrototype%", sip);
}

fn new_set(vm: &mut Vm) -> ObjId {
    let proto = vm.intrinsics().extra["%Set.prototype%"];
    vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Set(Box::default())))
}

/// ECMA-262 §24.2.2.1 Set ( [ iterable ] )
fn set_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(vm.type_error("Constructor Set requires 'new'"));
    };
    let proto = vm.get_prototype_from_constructor(nt, |i| i.extra["%Set.prototype%"])?;
    let set = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Set(Box::default())));
    // Held only here while an `add` getter or the iterable's methods run script code.
    vm.root(Value::Object(set));
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        return Ok(Value::Object(set));
    }
    let adder = {
        let key = vm.key_str("add");
        vm.get(set, key, Value::Object(set))?
    };
    if !vm.is_callable(adder) {
        return Err(vm.type_error("'add' returned for property 'add' of object '#<Set>' is not a function"));
    }
    add_entries_from_iterable_set(vm, set, iterable, adder)?;
    Ok(Value::Object(set))
}

/// ECMA-262 §24.2.4.1 Set.prototype.add ( value )
fn add(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_table(vm, cx.this, true, "add")?;
    let k = normalize_key(vm, arg(args, 0));
    // Setting a present key changes nothing (a Set's values are all undefined).
    table_set(vm, s, k, Value::Undefined);
    Ok(cx.this)
}

fn has(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_table(vm, cx.this, true, "has")?;
    let k = normalize_key(vm, arg(args, 0));
    Ok(Value::Bool(table(vm, s).has(k)))
}

fn delete(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_table(vm, cx.this, true, "delete")?;
    let k = normalize_key(vm, arg(args, 0));
    Ok(Value::Bool(table(vm, s).delete(k)))
}

fn clear(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let s = this_table(vm, cx.this, true, "clear")?;
    table(vm, s).clear();
    Ok(Value::Undefined)
}

fn size_getter(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let s = this_table(vm, cx.this, true, "size")?;
    Ok(Value::Number(table(vm, s).len() as f64))
}

fn for_each(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_table(vm, cx.this, true, "forEach")?;
    for_each_entry(vm, s, arg(args, 0), arg(args, 1), true)
}

fn entries(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let s = this_table(vm, cx.this, true, "entries")?;
    Ok(create_collection_iterator(vm, s, IterKind::Entries, true))
}

fn values(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let s = this_table(vm, cx.this, true, "values")?;
    Ok(create_collection_iterator(vm, s, IterKind::Values, true))
}

fn set_iterator_next(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    collection_iterator_next(vm, cx.this, true)
}

/// A Set Record (ECMA-262 §24.2.1.2): the other operand's size, `has` and `keys`.
struct SetRecord {
    set: Value,
    size: f64,
    has: Value,
    keys: Value,
}

/// GetSetRecord ( obj ) (ECMA-262 §24.2.1.3)
fn get_set_record(vm: &mut Vm, obj: Value) -> JsResult<SetRecord> {
    let Value::Object(o) = obj else {
        let d = vm.describe(obj);
        return Err(vm.type_error(&format!("{d} is not an object")));
    };
    let raw_size = {
        let key = vm.key_str("size");
        vm.get(o, key, obj)?
    };
    let num_size = vm.to_number(raw_size)?;
    if num_size.is_nan() {
        return Err(vm.type_error("The 'size' property must be a number"));
    }
    let size = if num_size.is_infinite() { num_size } else { num_size.trunc() + 0.0 };
    if size < 0.0 {
        return Err(vm.range_error("The 'size' property must not be negative"));
    }
    let has = {
        let key = vm.key_str("has");
        vm.get(o, key, obj)?
    };
    if !vm.is_callable(has) {
        return Err(vm.type_error("The 'has' property must be a function"));
    }
    let keys = {
        let key = vm.key_str("keys");
        vm.get(o, key, obj)?
    };
    if !vm.is_callable(keys) {
        return Err(vm.type_error("The 'keys' property must be a function"));
    }
    Ok(SetRecord { set: obj, size, has, keys })
}

/// GetIteratorFromMethod(other, keys) for a Set Record: (iterator, next).
/// Both stay rooted until the Set method returns.
fn record_keys(vm: &mut Vm, r: &SetRecord) -> JsResult<(Value, Value)> {
    let it = vm.call(r.keys, r.set, &[])?;
    if !it.is_object() {
        return Err(vm.type_error("The 'keys' method must return an object"));
    }
    vm.root(it);
    let next = vm.get_value_prop(it, PropertyKey::String(vm.names.next))?;
    vm.root(next);
    Ok((it, next))
}

/// IteratorStepValue for the Set methods, with the spec's -0 → +0 on every key.
fn next_key(vm: &mut Vm, it: Value, next: Value) -> JsResult<Option<Value>> {
    if !vm.is_callable(next) {
        return Err(vm.type_error("The iterator's 'next' is not a function"));
    }
    Ok(vm.iterator_step_value(it, next)?.map(|k| normalize_key(vm, k)))
}

fn record_has(vm: &mut Vm, r: &SetRecord, v: Value) -> JsResult<bool> {
    let b = vm.call(r.has, r.set, &[v])?;
    Ok(vm.to_boolean(b))
}

/// The receiver's elements at this moment (the spec's copied "resultSetData").
fn snapshot(vm: &mut Vm, s: ObjId) -> Vec<Value> {
    table(vm, s).snapshot().into_iter().map(|(k, _)| k).collect()
}

/// Walks the receiver by index, as the spec's loops over [[SetData]] do, so elements that
/// `f` (a user `has`) adds or deletes are seen or skipped; stops at the first element for
/// which `f` returns true and says whether it did.
fn any_element(vm: &mut Vm, s: ObjId, mut f: impl FnMut(&mut Vm, Value) -> JsResult<bool>) -> JsResult<bool> {
    super::map::walk_entries(vm, s, |vm, k, _| f(vm, k))
}

/// Runs `f` with the Set Record's values rooted.
fn with_record<T>(vm: &mut Vm, r: &SetRecord, extra: &[Value], f: impl FnOnce(&mut Vm) -> JsResult<T>) -> JsResult<T> {
    let mark = vm.roots.len();
    for v in [r.set, r.has, r.keys].iter().chain(extra) {
        vm.root(*v);
    }
    let out = f(vm);
    vm.roots.truncate(mark);
    out
}

fn set_from(vm: &mut Vm, items: &[Value]) -> Value {
    let s = new_set(vm);
    for &k in items {
        table_set(vm, s, k, Value::Undefined);
    }
    Value::Object(s)
}

/// ECMA-262 §24.2.4.x Set.prototype.union ( other )
fn union(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_table(vm, cx.this, true, "union")?;
    let r = get_set_record(vm, arg(args, 0))?;
    let (it, next) = record_keys(vm, &r)?;
    let items = snapshot(vm, s);
    let result = set_from(vm, &items);
    with_record(vm, &r, &[result], |vm| {
        while let Some(k) = next_key(vm, it, next)? {
            let Value::Object(ro) = result else { unreachable!() };
            table_set(vm, ro, k, Value::Undefined);
        }
        Ok(result)
    })
}

/// ECMA-262 §24.2.4.x Set.prototype.intersection ( other )
fn intersection(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_table(vm, cx.this, true, "intersection")?;
    let r = get_set_record(vm, arg(args, 0))?;
    let result = new_set(vm);
    let this_size = table(vm, s).len() as f64;
    with_record(vm, &r, &[Value::Object(result)], |vm| {
        if this_size <= r.size {
            any_element(vm, s, |vm, k| {
                if record_has(vm, &r, k)? {
                    table_set(vm, result, k, Value::Undefined);
                }
                Ok(false)
            })?;
        } else {
            let (it, next) = record_keys(vm, &r)?;
            while let Some(k) = next_key(vm, it, next)? {
                if table(vm, s).has(k) {
                    table_set(vm, result, k, Value::Undefined);
                }
            }
        }
        Ok(Value::Object(result))
    })
}

/// ECMA-262 §24.2.4.x Set.prototype.difference ( other )
fn difference(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_table(vm, cx.this, true, "difference")?;
    let r = get_set_record(vm, arg(args, 0))?;
    let items = snapshot(vm, s);
    let result = set_from(vm, &items);
    let Value::Object(ro) = result else { unreachable!() };
    let this_size = table(vm, s).len() as f64;
    with_record(vm, &r, &[result], |vm| {
        if this_size <= r.size {
            any_element(vm, s, |vm, k| {
                if record_has(vm, &r, k)? {
                    table(vm, ro).delete(k);
                }
                Ok(false)
            })?;
        } else {
            let (it, next) = record_keys(vm, &r)?;
            while let Some(k) = next_key(vm, it, next)? {
                table(vm, ro).delete(k);
            }
        }
        Ok(result)
    })
}

/// ECMA-262 §24.2.4.x Set.prototype.symmetricDifference ( other )
fn symmetric_difference(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_table(vm, cx.this, true, "symmetricDifference")?;
    let r = get_set_record(vm, arg(args, 0))?;
    let (it, next) = record_keys(vm, &r)?;
    let items = snapshot(vm, s);
    let result = set_from(vm, &items);
    let Value::Object(ro) = result else { unreachable!() };
    with_record(vm, &r, &[result], |vm| {
        while let Some(k) = next_key(vm, it, next)? {
            if table(vm, s).has(k) {
                table(vm, ro).delete(k);
            } else {
                table_set(vm, ro, k, Value::Undefined);
            }
        }
        Ok(result)
    })
}

/// ECMA-262 §24.2.4.x Set.prototype.isSubsetOf ( other )
fn is_subset_of(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_table(vm, cx.this, true, "isSubsetOf")?;
    let r = get_set_record(vm, arg(args, 0))?;
    if table(vm, s).len() as f64 > r.size {
        return Ok(Value::Bool(false));
    }
    with_record(vm, &r, &[], |vm| {
        let missing = any_element(vm, s, |vm, k| Ok(!record_has(vm, &r, k)?))?;
        Ok(Value::Bool(!missing))
    })
}

/// ECMA-262 §24.2.4.x Set.prototype.isSupersetOf ( other )
fn is_superset_of(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_table(vm, cx.this, true, "isSupersetOf")?;
    let r = get_set_record(vm, arg(args, 0))?;
    if (table(vm, s).len() as f64) < r.size {
        return Ok(Value::Bool(false));
    }
    let (it, next) = record_keys(vm, &r)?;
    with_record(vm, &r, &[], |vm| {
        while let Some(k) = next_key(vm, it, next)? {
            if !table(vm, s).has(k) {
                vm.iterator_close(it)?;
                return Ok(Value::Bool(false));
            }
        }
        Ok(Value::Bool(true))
    })
}

/// ECMA-262 §24.2.4.x Set.prototype.isDisjointFrom ( other )
fn is_disjoint_from(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_table(vm, cx.this, true, "isDisjointFrom")?;
    let r = get_set_record(vm, arg(args, 0))?;
    let this_size = table(vm, s).len() as f64;
    with_record(vm, &r, &[], |vm| {
        if this_size <= r.size {
            if any_element(vm, s, |vm, k| record_has(vm, &r, k))? {
                return Ok(Value::Bool(false));
            }
        } else {
            let (it, next) = record_keys(vm, &r)?;
            while let Some(k) = next_key(vm, it, next)? {
                if table(vm, s).has(k) {
                    vm.iterator_close(it)?;
                    return Ok(Value::Bool(false));
                }
            }
        }
        Ok(Value::Bool(true))
    })
}
