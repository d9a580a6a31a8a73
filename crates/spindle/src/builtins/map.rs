//! Map (ECMA-262 §24.1) and %MapIteratorPrototype% (§24.1.5). The ordered [[MapData]] is
//! `object::ordered_table::OrderedTable`; Set shares it and the iterator machinery.

use super::arg;
use super::iterator::create_iter_result;
use crate::object::ordered_table::OrderedTable;
use crate::object::property::*;
use crate::object::{IterKind, NativeCall, Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let mp = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    let ctor = vm.def_constructor("Map", 0, map_constructor, mp);
    vm.intrinsics_mut().extra.insert("%Map.prototype%", mp);
    vm.def_method(ctor, "groupBy", 2, group_by);
    let species = PropertyKey::Symbol(vm.sym.species);
    vm.def_accessor(ctor, species, "[Symbol.species]", Some(super::array::species_getter), None);
    vm.def_method(mp, "get", 1, get);
    vm.def_method(mp, "set", 2, set);
    vm.def_method(mp, "getOrInsert", 2, get_or_insert);
    vm.def_method(mp, "getOrInsertComputed", 2, get_or_insert_computed);
    vm.def_method(mp, "has", 1, has);
    vm.def_method(mp, "delete", 1, delete);
    vm.def_method(mp, "clear", 0, clear);
    vm.def_method(mp, "forEach", 1, for_each);
    vm.def_method(mp, "keys", 0, keys);
    vm.def_method(mp, "values", 0, values);
    let entries_fn = vm.def_method(mp, "entries", 0, entries);
    vm.define_direct(mp, PropertyKey::Symbol(vm.sym.iterator), Value::Object(entries_fn), HIDDEN);
    let size = vm.key_str("size");
    vm.def_accessor(mp, size, "size", Some(size_getter), None);
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);
    let s = vm.string("Map");
    vm.define_direct(mp, tag, s, CONFIGURABLE);

    let ip = vm.intrinsics().iterator_prototype;
    let mip = vm.heap.alloc_object(Object::new(Some(ip), ObjectKind::Ordinary));
    vm.def_method(mip, "next", 0, map_iterator_next);
    let s = vm.string("Map Iterator");
    vm.define_direct(mip, tag, s, CONFIGURABLE);
    vm.intrinsics_mut().extra.insert("%MapIteratorPrototype%", mip);
}

/// The table of a Map (or, with `set`, a Set) receiver, or a TypeError naming `method`.
pub(super) fn this_table(vm: &mut Vm, this: Value, set: bool, method: &str) -> JsResult<ObjId> {
    if let Value::Object(o) = this {
        match vm.obj(o).kind {
            ObjectKind::Map(_) if !set => return Ok(o),
            ObjectKind::Set(_) if set => return Ok(o),
            _ => {}
        }
    }
    let d = vm.describe(this);
    let class = if set { "Set" } else { "Map" };
    Err(vm.type_error(&format!("Method {class}.prototype.{method} called on incompatible receiver {d}")))
}

pub(super) fn table(vm: &mut Vm, o: ObjId) -> &mut OrderedTable {
    match &mut vm.obj_mut(o).kind {
        ObjectKind::Map(t) | ObjectKind::Set(t) => t,
        _ => unreachable!("checked by this_table"),
    }
}

/// Sets `key` in the table of Map or Set `o`, charging the heap for the table's growth.
pub(crate) fn table_set(vm: &mut Vm, o: ObjId, key: Value, value: Value) {
    vm.charging_growth(o, |vm| table(vm, o).set(key, value));
}

/// CanonicalizeKeyedCollectionKey plus interning: -0 becomes +0, strings share one id per
/// content so the table can compare them by id.
pub(crate) fn normalize_key(vm: &mut Vm, key: Value) -> Value {
    match key {
        Value::Number(n) => Value::Number(n + 0.0),
        Value::String(s) => Value::String(vm.heap.intern_id(s)),
        Value::BigInt(b) => Value::BigInt(vm.heap.intern_bigint(b)),
        other => other,
    }
}

/// ECMA-262 §24.1.1.1 Map ( [ iterable ] )
fn map_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(vm.type_error("Constructor Map requires 'new'"));
    };
    let proto = vm.get_prototype_from_constructor(nt, |i| i.extra["%Map.prototype%"])?;
    let map = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Map(Box::default())));
    // Held only here while a `set` getter or the iterable's methods run script code.
    vm.root(Value::Object(map));
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        return Ok(Value::Object(map));
    }
    let adder = {
        let key = vm.key_str("set");
        vm.get(map, key, Value::Object(map))?
    };
    if !vm.is_callable(adder) {
        return Err(vm.type_error("'set' returned for property 'set' of object '#<Map>' is not a function"));
    }
    add_entries_from_iterable(vm, map, iterable, adder)?;
    Ok(Value::Object(map))
}

/// The Set constructor's loop (ECMA-262 §24.2.2.1 step 8): `adder(value)` per value.
pub(super) fn add_entries_from_iterable_set(vm: &mut Vm, target: ObjId, iterable: Value, adder: Value) -> JsResult<()> {
    add_from_iterable(vm, target, iterable, adder, false)
}

/// AddEntriesFromIterable (ECMA-262 §24.1.1.2): calls `adder(k, v)` for each [k, v] entry.
pub(super) fn add_entries_from_iterable(vm: &mut Vm, target: ObjId, iterable: Value, adder: Value) -> JsResult<()> {
    add_from_iterable(vm, target, iterable, adder, true)
}

fn add_from_iterable(vm: &mut Vm, target: ObjId, iterable: Value, adder: Value, pairs: bool) -> JsResult<()> {
    // The collection and the adder (which a getter may have made) stay rooted while
    // GetIterator and the loop run script code.
    let mark = vm.roots.len();
    vm.root(Value::Object(target));
    vm.root(adder);
    let (it, next) = match vm.get_iterator(iterable) {
        Ok(pair) => pair,
        Err(e) => {
            vm.roots.truncate(mark);
            return Err(e);
        }
    };
    vm.root(it);
    vm.root(next);
    let r = (|| loop {
        let Some(item) = vm.iterator_step_value(it, next)? else { return Ok(()) };
        let step = (|| {
            if !pairs {
                return vm.call(adder, Value::Object(target), &[item]);
            }
            let Value::Object(io) = item else {
                let d = vm.describe(item);
                return Err(vm.type_error(&format!("Iterator value {d} is not an entry object")));
            };
            let k = vm.get(io, PropertyKey::Index(0), item)?;
            vm.root(k);
            let v = vm.get(io, PropertyKey::Index(1), item)?;
            vm.call(adder, Value::Object(target), &[k, v])
        })();
        vm.roots.truncate(mark + 4);
        if let Err(e) = step {
            return Err(vm.iterator_close_on_throw(it, e));
        }
    })();
    vm.roots.truncate(mark);
    r
}

/// ECMA-262 §24.1.2.1 Map.groupBy ( items, callback ): GroupBy with SameValueZero keys.
fn group_by(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (items, cb) = (arg(args, 0), arg(args, 1));
    if items.is_nullish() {
        return Err(vm.type_error("Map.groupBy called on null or undefined"));
    }
    if !vm.is_callable(cb) {
        let d = vm.describe(cb);
        return Err(vm.type_error(&format!("{d} is not a function")));
    }
    // The result map doubles as the group list (insertion order = first appearance); its
    // arrays are filled as values arrive, so everything stays reachable from one root.
    let proto = vm.intrinsics().extra["%Map.prototype%"];
    let map = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Map(Box::default())));
    let (it, next) = vm.get_iterator(items)?;
    let mark = vm.roots.len();
    vm.root(Value::Object(map));
    vm.root(it);
    vm.root(next);
    let mut k = 0.0;
    let r = loop {
        let v = match vm.iterator_step_value(it, next) {
            Ok(Some(v)) => v,
            Ok(None) => break Ok(Value::Object(map)),
            Err(e) => break Err(e),
        };
        vm.root(v);
        let key = match vm.call(cb, Value::Undefined, &[v, Value::Number(k)]) {
            Ok(key) => normalize_key(vm, key),
            Err(e) => {
                break Err(vm.iterator_close_on_throw(it, e));
            }
        };
        vm.roots.truncate(mark + 3);
        let arr = match table(vm, map).get(key) {
            Some(Value::Object(a)) => a,
            _ => {
                let a = vm.new_array(Vec::new());
                table_set(vm, map, key, Value::Object(a));
                a
            }
        };
        let len = vm.obj(arr).elements.len();
        vm.create_data_property_or_throw(arr, PropertyKey::Index(len as u32), v)?;
        k += 1.0;
    };
    vm.roots.truncate(mark);
    r
}

/// ECMA-262 §24.1.3.6 Map.prototype.get ( key )
fn get(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let m = this_table(vm, cx.this, false, "get")?;
    let k = normalize_key(vm, arg(args, 0));
    Ok(table(vm, m).get(k).unwrap_or(Value::Undefined))
}

/// ECMA-262 §24.1.3.9 Map.prototype.set ( key, value )
fn set(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let m = this_table(vm, cx.this, false, "set")?;
    let k = normalize_key(vm, arg(args, 0));
    table_set(vm, m, k, arg(args, 1));
    Ok(cx.this)
}

/// Map.prototype.getOrInsert ( key, value ) (ECMA-262 §24.1.3.8, upsert): the value of
/// `key`, inserting `value` first if there is none.
fn get_or_insert(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let m = this_table(vm, cx.this, false, "getOrInsert")?;
    let k = normalize_key(vm, arg(args, 0));
    if let Some(v) = table(vm, m).get(k) {
        return Ok(v);
    }
    let value = arg(args, 1);
    table_set(vm, m, k, value);
    Ok(value)
}

/// Map.prototype.getOrInsertComputed ( key, callbackfn ) (ECMA-262 §24.1.3.9, upsert):
/// the value of `key`, or `callbackfn(key)` inserted (over whatever the callback itself
/// stored under `key`).
fn get_or_insert_computed(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let m = this_table(vm, cx.this, false, "getOrInsertComputed")?;
    let callback = arg(args, 1);
    if !vm.is_callable(callback) {
        let d = vm.receiver_display(callback);
        return Err(vm.type_error(&format!("{d} is not a function")));
    }
    let k = normalize_key(vm, arg(args, 0));
    if let Some(v) = table(vm, m).get(k) {
        return Ok(v);
    }
    vm.root(k);
    let value = vm.call(callback, Value::Undefined, &[k])?;
    table_set(vm, m, k, value);
    Ok(value)
}

/// ECMA-262 §24.1.3.7 Map.prototype.has ( key )
fn has(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let m = this_table(vm, cx.this, false, "has")?;
    let k = normalize_key(vm, arg(args, 0));
    Ok(Value::Bool(table(vm, m).has(k)))
}

/// ECMA-262 §24.1.3.3 Map.prototype.delete ( key )
fn delete(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let m = this_table(vm, cx.this, false, "delete")?;
    let k = normalize_key(vm, arg(args, 0));
    Ok(Value::Bool(table(vm, m).delete(k)))
}

/// ECMA-262 §24.1.3.1 Map.prototype.clear ( )
fn clear(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let m = this_table(vm, cx.this, false, "clear")?;
    table(vm, m).clear();
    Ok(Value::Undefined)
}

/// ECMA-262 §24.1.3.10 get Map.prototype.size
fn size_getter(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let m = this_table(vm, cx.this, false, "size")?;
    Ok(Value::Number(table(vm, m).len() as f64))
}

/// ECMA-262 §24.1.3.5 Map.prototype.forEach ( callbackfn [ , thisArg ] ); Set's too.
pub(super) fn for_each_entry(vm: &mut Vm, o: ObjId, f: Value, this_arg: Value, set: bool) -> JsResult<Value> {
    if !vm.is_callable(f) {
        let d = vm.describe(f);
        return Err(vm.type_error(&format!("{d} is not a function")));
    }
    let f = vm.prepare_call(f, this_arg);
    walk_entries(vm, o, |vm, k, v| {
        let args = if set { [k, k, Value::Object(o)] } else { [v, k, Value::Object(o)] };
        vm.call_prepared(&f, args)?;
        Ok(false)
    })?;
    Ok(Value::Undefined)
}

/// Walks a Map's or Set's records by position, as the spec's loops and iterators do: records
/// added during the walk are visited, deleted ones skipped. The table is pinned (no
/// compaction moves positions) and the current key and value are rooted while `f` runs.
/// Stops at the first record for which `f` returns true, and says whether it did.
pub(crate) fn walk_entries(
    vm: &mut Vm,
    o: ObjId,
    mut f: impl FnMut(&mut Vm, Value, Value) -> JsResult<bool>,
) -> JsResult<bool> {
    table(vm, o).active_iterators += 1;
    let mark = vm.roots.len();
    let mut position = 0;
    let r = loop {
        let Some((i, k, v)) = table(vm, o).entry_from(position) else { break Ok(false) };
        position = i + 1;
        vm.roots.truncate(mark);
        vm.root(k);
        vm.root(v);
        match f(vm, k, v) {
            Ok(false) => {}
            stop => break stop,
        }
    };
    vm.roots.truncate(mark);
    table(vm, o).iterator_finished();
    r
}

fn for_each(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let m = this_table(vm, cx.this, false, "forEach")?;
    for_each_entry(vm, m, arg(args, 0), arg(args, 1), false)
}

/// CreateMapIterator / CreateSetIterator (ECMA-262 §24.1.5.1, §24.2.6.1).
pub(super) fn create_collection_iterator(vm: &mut Vm, o: ObjId, kind: IterKind, set: bool) -> Value {
    let proto = vm.intrinsics().extra[if set { "%SetIteratorPrototype%" } else { "%MapIteratorPrototype%" }];
    table(vm, o).active_iterators += 1;
    let it = ObjectKind::CollectionIterator { collection: Some(o), position: 0, kind, set };
    Value::Object(vm.heap.alloc_object(Object::new(Some(proto), it)))
}

fn keys(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let m = this_table(vm, cx.this, false, "keys")?;
    Ok(create_collection_iterator(vm, m, IterKind::Keys, false))
}

fn values(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let m = this_table(vm, cx.this, false, "values")?;
    Ok(create_collection_iterator(vm, m, IterKind::Values, false))
}

fn entries(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let m = this_table(vm, cx.this, false, "entries")?;
    Ok(create_collection_iterator(vm, m, IterKind::Entries, false))
}

/// %MapIteratorPrototype%.next and %SetIteratorPrototype%.next (ECMA-262 §24.1.5.2.1,
/// §24.2.6.2.1): the next live record at or after the saved position.
pub(super) fn collection_iterator_next(vm: &mut Vm, this: Value, set: bool) -> JsResult<Value> {
    let it = match this {
        Value::Object(it) if matches!(vm.obj(it).kind, ObjectKind::CollectionIterator { set: s, .. } if s == set) => it,
        _ => {
            let d = vm.describe(this);
            let class = if set { "Set Iterator" } else { "Map Iterator" };
            return Err(vm.type_error(&format!("Method {class}.prototype.next called on incompatible receiver {d}")));
        }
    };
    let ObjectKind::CollectionIterator { collection, position, kind, .. } = vm.obj(it).kind else { unreachable!() };
    let Some(o) = collection else {
        return Ok(create_iter_result(vm, Value::Undefined, true));
    };
    match table(vm, o).entry_from(position) {
        Some((i, k, v)) => {
            if let ObjectKind::CollectionIterator { position, .. } = &mut vm.obj_mut(it).kind {
                *position = i + 1;
            }
            // A Set's records hold the value as the key.
            let v = if set { k } else { v };
            let value = match kind {
                IterKind::Keys => k,
                IterKind::Values => v,
                IterKind::Entries => Value::Object(vm.new_array(vec![k, v])),
            };
            Ok(create_iter_result(vm, value, false))
        }
        None => {
            if let ObjectKind::CollectionIterator { collection, .. } = &mut vm.obj_mut(it).kind {
                *collection = None;
            }
            table(vm, o).iterator_finished();
            Ok(create_iter_result(vm, Value::Undefined, true))
        }
    }
}

fn map_iterator_next(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    collection_iterator_next(vm, cx.this, false)
}
