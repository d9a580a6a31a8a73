//! Array (ECMA-262 §23.1): the constructor, static methods and Array.prototype.
//! Methods follow the spec's generic array-like algorithms (Get/Set/HasProperty by index).

use super::arg;
use super::iterator::create_array_iterator;
use super::merge_sort::merge_sort;
use crate::object::property::*;
use crate::object::{IterKind, NativeCall, Object, ObjectKind};
use crate::value::{ObjId, Packed, Value};
use crate::vm::{JsResult, PreparedCall, Vm};

pub fn init(vm: &mut Vm) {
    let ap = vm.intrinsics().array_prototype;
    let ctor = vm.def_constructor("Array", 1, array_constructor, ap);
    vm.intrinsics_mut().array = ctor;
    vm.def_method(ctor, "isArray", 1, is_array);
    vm.def_method(ctor, "of", 0, of);
    vm.def_method(ctor, "from", 1, from);
    let species = vm.sym.species;
    vm.def_accessor(ctor, PropertyKey::Symbol(species), "[Symbol.species]", Some(species_getter), None);
    let methods: [(&str, u32, crate::object::NativeFn); 37] = [
        ("at", 1, at),
        ("concat", 1, concat),
        ("copyWithin", 2, copy_within),
        ("entries", 0, entries),
        ("every", 1, every),
        ("fill", 1, fill),
        ("filter", 1, filter),
        ("find", 1, find),
        ("findIndex", 1, find_index),
        ("findLast", 1, find_last),
        ("findLastIndex", 1, find_last_index),
        ("flat", 0, flat),
        ("flatMap", 1, flat_map),
        ("forEach", 1, for_each),
        ("includes", 1, includes),
        ("indexOf", 1, index_of),
        ("join", 1, join),
        ("keys", 0, keys),
        ("lastIndexOf", 1, last_index_of),
        ("map", 1, map),
        ("pop", 0, pop),
        ("push", 1, push),
        ("reduce", 1, reduce),
        ("reduceRight", 1, reduce_right),
        ("reverse", 0, reverse),
        ("shift", 0, shift),
        ("slice", 2, slice),
        ("some", 1, some),
        ("sort", 1, sort),
        ("splice", 2, splice),
        ("toString", 0, to_string),
        ("unshift", 1, unshift),
        ("toLocaleString", 0, to_locale_string),
        ("toReversed", 0, to_reversed),
        ("toSorted", 1, to_sorted),
        ("toSpliced", 2, to_spliced),
        ("with", 2, with),
    ];
    for (name, len, f) in methods {
        vm.def_method(ap, name, len, f);
    }
    let values_fn = vm.def_method(ap, "values", 0, values);
    vm.intrinsics_mut().array_values = values_fn;
    let it = vm.sym.iterator;
    vm.define_direct(ap, PropertyKey::Symbol(it), Value::Object(values_fn), HIDDEN);
    // Array.prototype[@@unscopables] (ECMA-262 §23.1.3.41)
    let uns = vm.heap.alloc_object(Object::new(None, ObjectKind::Ordinary));
    for n in [
        "at",
        "copyWithin",
        "entries",
        "fill",
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
        "flat",
        "flatMap",
        "includes",
        "keys",
        "toReversed",
        "toSorted",
        "toSpliced",
        "values",
    ] {
        vm.def_value(uns, n, Value::Bool(true), DEFAULT_ATTRS);
    }
    let u = vm.sym.unscopables;
    vm.define_direct(ap, PropertyKey::Symbol(u), Value::Object(uns), CONFIGURABLE);
}

pub(super) fn species_getter(_vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(cx.this)
}

/// ArrayCreate with a prototype from new.target (ECMA-262 §23.1.1.1)
fn array_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let nt = cx.new_target.unwrap_or(cx.callee);
    let proto = vm.get_prototype_from_constructor(nt, |i| i.array_prototype)?;
    let a = vm.new_array(Vec::new());
    vm.obj_mut(a).set_proto(Some(proto));
    if args.len() == 1 {
        let len = args[0];
        if let Value::Number(n) = len {
            let l = crate::value::number::to_uint32(n);
            if l as f64 != n {
                return Err(vm.range_error("Invalid array length"));
            }
            if let ObjectKind::Array { length, .. } = &mut vm.obj_mut(a).kind {
                *length = l;
            }
        } else {
            vm.array_push_internal(a, len);
        }
    } else {
        for &v in args {
            vm.array_push_internal(a, v);
        }
    }
    Ok(Value::Object(a))
}

fn is_array(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(vm.is_array(arg(args, 0))?))
}

fn of(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let a = construct_this(vm, cx.this, Some(args.len()))?;
    vm.root(Value::Object(a));
    for (i, &v) in args.iter().enumerate() {
        vm.create_data_property_or_throw(a, PropertyKey::Index(i as u32), v)?;
    }
    set_length(vm, a, args.len() as f64)?;
    Ok(Value::Object(a))
}

/// `new C(len)` when `c` is a constructor, else a plain array.
pub(super) fn construct_this(vm: &mut Vm, c: Value, len: Option<usize>) -> JsResult<ObjId> {
    if vm.is_constructor(c) {
        let args: Vec<Value> = len.map(|l| vec![Value::Number(l as f64)]).unwrap_or_default();
        let o = vm.construct(c, &args, None)?;
        return o.as_object().ok_or_else(|| vm.type_error("constructor did not return an object"));
    }
    let a = vm.new_array(Vec::new());
    if let Some(l) = len {
        set_length(vm, a, l as f64)?;
    }
    Ok(a)
}

pub(super) fn set_length(vm: &mut Vm, o: ObjId, len: f64) -> JsResult<()> {
    let k = PropertyKey::String(vm.names.length);
    vm.set_prop(o, k, Value::Number(len), true)
}

/// Array.from (ECMA-262 §23.1.2.1)
fn from(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let items = arg(args, 0);
    let mapfn = arg(args, 1);
    let this_arg = arg(args, 2);
    if !mapfn.is_undefined() && !vm.is_callable(mapfn) {
        return Err(vm.type_error("Array.from: when provided, the second argument must be a function"));
    }
    let using = if items.is_nullish() {
        Value::Undefined
    } else {
        vm.get_value_prop(items, PropertyKey::Symbol(vm.sym.iterator))?
    };
    if !using.is_nullish() {
        if !vm.is_callable(using) {
            return Err(vm.type_error("Array.from: iterator is not callable"));
        }
        let a = construct_this(vm, cx.this, None)?;
        vm.root(Value::Object(a));
        let it = vm.call(using, items, &[])?;
        if !it.is_object() {
            return Err(vm.type_error("Result of the Symbol.iterator method is not an object"));
        }
        vm.root(it);
        let next = vm.get_value_prop(it, PropertyKey::String(vm.names.next))?;
        vm.root(next);
        let mapper = (!mapfn.is_undefined()).then(|| vm.prepare_call(mapfn, this_arg));
        let mut k = 0u32;
        while let Some(v) = vm.iterator_step_value(it, next)? {
            let r: JsResult<()> = (|| {
                let v = match &mapper {
                    Some(f) => vm.call_prepared(f, [v, Value::Number(k as f64)])?,
                    None => v,
                };
                vm.create_data_property_or_throw(a, PropertyKey::Index(k), v)
            })();
            if let Err(e) = r {
                return Err(vm.iterator_close_on_throw(it, e));
            }
            k += 1;
        }
        set_length(vm, a, k as f64)?;
        return Ok(Value::Object(a));
    }
    let src = vm.to_object(items)?;
    let len = vm.length_of_array_like(src)?;
    let a = construct_this(vm, cx.this, Some(len as usize))?;
    vm.root(Value::Object(a));
    let mapper = (!mapfn.is_undefined()).then(|| vm.prepare_call(mapfn, this_arg));
    for k in 0..len as u32 {
        let v = vm.get(src, PropertyKey::Index(k), Value::Object(src))?;
        let v = match &mapper {
            Some(f) => vm.call_prepared(f, [v, Value::Number(k as f64)])?,
            None => v,
        };
        vm.create_data_property_or_throw(a, PropertyKey::Index(k), v)?;
    }
    set_length(vm, a, len)?;
    Ok(Value::Object(a))
}

/// ToObject(this) and its length.
fn this_len(vm: &mut Vm, this: Value) -> JsResult<(ObjId, f64)> {
    let o = vm.to_object(this)?;
    vm.root(Value::Object(o));
    let len = vm.length_of_array_like(o)?;
    Ok((o, len))
}

pub(super) fn key(vm: &mut Vm, i: f64) -> PropertyKey {
    if i < u32::MAX as f64 {
        PropertyKey::Index(i as u32)
    } else {
        vm.key_str(&crate::value::number::number_to_string(i))
    }
}

/// Relative index argument clamped to [0, len] (used by slice, fill, ...).
fn relative(vm: &mut Vm, v: Value, len: f64, default: f64) -> JsResult<f64> {
    if v.is_undefined() {
        return Ok(default);
    }
    let r = vm.to_integer_or_infinity(v)?;
    Ok(if r < 0.0 { (len + r).max(0.0) } else { r.min(len) })
}

fn callback(vm: &mut Vm, f: Value, name: &str) -> JsResult<Value> {
    if !vm.is_callable(f) {
        let d = vm.describe(f);
        return Err(vm.type_error(&format!("{d} is not a function (Array.prototype.{name})")));
    }
    Ok(f)
}

/// ArraySpeciesCreate (ECMA-262 §10.4.2.3)
fn species_create(vm: &mut Vm, original: ObjId, len: f64) -> JsResult<ObjId> {
    if !vm.is_array(Value::Object(original))? {
        let a = vm.new_array(Vec::new());
        set_length(vm, a, len)?;
        return Ok(a);
    }
    let mut c = vm.get(original, PropertyKey::String(vm.names.constructor), Value::Object(original))?;
    if vm.is_constructor(c) {
        let c_realm = vm.function_realm(c.as_object().expect("ctor"))?;
        if c_realm != vm.realm && c == Value::Object(vm.realms[c_realm as usize].intrinsics.array) {
            c = Value::Undefined;
        }
    }
    if let Value::Object(co) = c {
        c = vm.get(co, PropertyKey::Symbol(vm.sym.species), c)?;
        if c == Value::Null {
            c = Value::Undefined;
        }
    }
    if c.is_undefined() {
        if len > u32::MAX as f64 {
            return Err(vm.range_error("Invalid array length"));
        }
        let a = vm.new_array(Vec::new());
        set_length(vm, a, len)?;
        return Ok(a);
    }
    if !vm.is_constructor(c) {
        return Err(vm.type_error("object.constructor[Symbol.species] is not a constructor"));
    }
    let o = vm.construct(c, &[Value::Number(len)], None)?;
    o.as_object().ok_or_else(|| vm.type_error("species constructor returned non-object"))
}

fn at(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    let r = vm.to_integer_or_infinity(arg(args, 0))?;
    let k = if r >= 0.0 { r } else { len + r };
    if k < 0.0 || k >= len {
        return Ok(Value::Undefined);
    }
    let key = key(vm, k);
    vm.get(o, key, Value::Object(o))
}

fn is_concat_spreadable(vm: &mut Vm, v: Value) -> JsResult<bool> {
    let Value::Object(o) = v else {
        return Ok(false);
    };
    let s = vm.get(o, PropertyKey::Symbol(vm.sym.is_concat_spreadable), v)?;
    if !s.is_undefined() {
        return Ok(vm.to_boolean(s));
    }
    vm.is_array(v)
}

fn concat(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(cx.this)?;
    vm.root(Value::Object(o));
    let a = species_create(vm, o, 0.0)?;
    vm.root(Value::Object(a));
    let mut n = 0f64;
    let items: Vec<Value> = std::iter::once(Value::Object(o)).chain(args.iter().copied()).collect();
    for e in items {
        if is_concat_spreadable(vm, e)? {
            let eo = e.as_object().expect("object");
            let len = vm.length_of_array_like(eo)?;
            if n + len > 9007199254740991.0 {
                return Err(vm.type_error("Invalid array length"));
            }
            for k in 0..len as u64 {
                let pk = key(vm, k as f64);
                if vm.has_property(eo, pk)? {
                    let v = vm.get(eo, pk, e)?;
                    let dk = key(vm, n);
                    vm.create_data_property_or_throw(a, dk, v)?;
                }
                n += 1.0;
            }
        } else {
            let dk = key(vm, n);
            vm.create_data_property_or_throw(a, dk, e)?;
            n += 1.0;
        }
    }
    set_length(vm, a, n)?;
    Ok(Value::Object(a))
}

fn copy_within(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    let mut to = relative(vm, arg(args, 0), len, 0.0)?;
    let mut from = relative(vm, arg(args, 1), len, 0.0)?;
    let fin = relative(vm, arg(args, 2), len, len)?;
    let mut count = (fin - from).min(len - to);
    let dir = if from < to && to < from + count {
        from += count - 1.0;
        to += count - 1.0;
        -1.0
    } else {
        1.0
    };
    while count > 0.0 {
        let fk = key(vm, from);
        let tk = key(vm, to);
        if vm.has_property(o, fk)? {
            let v = vm.get(o, fk, Value::Object(o))?;
            vm.set_prop(o, tk, v, true)?;
        } else if !vm.delete(o, tk)? {
            return Err(vm.type_error("Cannot delete property"));
        }
        from += dir;
        to += dir;
        count -= 1.0;
    }
    Ok(Value::Object(o))
}

fn entries(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(cx.this)?;
    Ok(Value::Object(create_array_iterator(vm, Value::Object(o), IterKind::Entries)))
}
fn keys(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(cx.this)?;
    Ok(Value::Object(create_array_iterator(vm, Value::Object(o), IterKind::Keys)))
}
fn values(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(cx.this)?;
    Ok(Value::Object(create_array_iterator(vm, Value::Object(o), IterKind::Values)))
}

/// HasProperty(O, P) and, when true, Get(O, P): the step pair of the callback methods.
/// An element present in `O`'s dense storage answers both at once (it is an own writable
/// data property: no trap, getter or prototype can be observed); anything else takes the
/// two operations.
fn present(vm: &mut Vm, o: ObjId, pk: PropertyKey) -> JsResult<Option<Value>> {
    Ok(present_packed(vm, o, pk)?.map(Packed::get))
}

/// [`present`] with the value as stored (packed), for passing straight to a callback.
fn present_packed(vm: &mut Vm, o: ObjId, pk: PropertyKey) -> JsResult<Option<Packed>> {
    if let PropertyKey::Index(i) = pk
        && let Some(v) = vm.element_fast_get_packed(o, i as f64)
    {
        return Ok(Some(v));
    }
    if !vm.has_property(o, pk)? {
        return Ok(None);
    }
    Ok(Some(Packed::new(vm.get(o, pk, Value::Object(o))?)))
}

/// Shared loop of every/some/forEach/find...: calls `f(value, index, O)` for each index.
fn iterate(
    vm: &mut Vm,
    this: Value,
    args: &[Value],
    name: &str,
    skip_holes: bool,
    reverse: bool,
    mut each: impl FnMut(&mut Vm, Value, f64, Value) -> JsResult<Option<Value>>,
) -> JsResult<Option<Value>> {
    let (o, len) = this_len(vm, this)?;
    let f = callback(vm, arg(args, 0), name)?;
    let f = vm.prepare_call(f, arg(args, 1));
    let mut i = 0.0;
    while i < len {
        let k = if reverse { len - 1.0 - i } else { i };
        i += 1.0;
        let pk = key(vm, k);
        let v = if skip_holes {
            match present_packed(vm, o, pk)? {
                Some(v) => v,
                None => continue,
            }
        } else {
            // find/findLast: Get only (no HasProperty), whatever the key holds.
            match vm.element_fast_get_packed(o, k) {
                Some(v) => v,
                None => Packed::new(vm.get(o, pk, Value::Object(o))?),
            }
        };
        let r = vm.call_prepared_packed(&f, [v, Packed::from_number(k), Packed::from_object(o)])?;
        if let Some(x) = each(vm, v.get(), k, r.get())? {
            return Ok(Some(x));
        }
    }
    Ok(None)
}

fn every(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = iterate(vm, cx.this, args, "every", true, false, |vm, _, _, r| {
        Ok(if vm.to_boolean(r) { None } else { Some(Value::Bool(false)) })
    })?;
    Ok(r.unwrap_or(Value::Bool(true)))
}
fn some(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = iterate(vm, cx.this, args, "some", true, false, |vm, _, _, r| {
        Ok(if vm.to_boolean(r) { Some(Value::Bool(true)) } else { None })
    })?;
    Ok(r.unwrap_or(Value::Bool(false)))
}
fn for_each(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    iterate(vm, cx.this, args, "forEach", true, false, |_, _, _, _| Ok(None))?;
    Ok(Value::Undefined)
}
fn find(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = iterate(vm, cx.this, args, "find", false, false, |vm, v, _, r| {
        Ok(if vm.to_boolean(r) { Some(v) } else { None })
    })?;
    Ok(r.unwrap_or(Value::Undefined))
}
fn find_index(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = iterate(vm, cx.this, args, "findIndex", false, false, |vm, _, k, r| {
        Ok(if vm.to_boolean(r) { Some(Value::Number(k)) } else { None })
    })?;
    Ok(r.unwrap_or(Value::Number(-1.0)))
}
fn find_last(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = iterate(vm, cx.this, args, "findLast", false, true, |vm, v, _, r| {
        Ok(if vm.to_boolean(r) { Some(v) } else { None })
    })?;
    Ok(r.unwrap_or(Value::Undefined))
}
fn find_last_index(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = iterate(vm, cx.this, args, "findLastIndex", false, true, |vm, _, k, r| {
        Ok(if vm.to_boolean(r) { Some(Value::Number(k)) } else { None })
    })?;
    Ok(r.unwrap_or(Value::Number(-1.0)))
}

fn map(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    let f = callback(vm, arg(args, 0), "map")?;
    let a = species_create(vm, o, len)?;
    vm.root(Value::Object(a));
    let f = vm.prepare_call(f, arg(args, 1));
    for k in 0..len as u64 {
        let pk = key(vm, k as f64);
        if let Some(v) = present_packed(vm, o, pk)? {
            let r = vm.call_prepared_packed(&f, [v, Packed::from_number(k as f64), Packed::from_object(o)])?;
            vm.create_data_property_or_throw(a, pk, r.get())?;
        }
    }
    Ok(Value::Object(a))
}

fn filter(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    let f = callback(vm, arg(args, 0), "filter")?;
    let a = species_create(vm, o, 0.0)?;
    vm.root(Value::Object(a));
    let f = vm.prepare_call(f, arg(args, 1));
    let mut to = 0u32;
    for k in 0..len as u64 {
        let pk = key(vm, k as f64);
        if let Some(v) = present_packed(vm, o, pk)? {
            let r = vm.call_prepared_packed(&f, [v, Packed::from_number(k as f64), Packed::from_object(o)])?;
            if vm.to_boolean(r.get()) {
                let v = v.get();
                vm.create_data_property_or_throw(a, PropertyKey::Index(to), v)?;
                to += 1;
            }
        }
    }
    Ok(Value::Object(a))
}

fn fill(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    let v = arg(args, 0);
    let start = relative(vm, arg(args, 1), len, 0.0)?;
    let end = relative(vm, arg(args, 2), len, len)?;
    let mut k = start;
    while k < end {
        let pk = key(vm, k);
        vm.set_prop(o, pk, v, true)?;
        k += 1.0;
    }
    Ok(Value::Object(o))
}

/// FlattenIntoArray (ECMA-262 §23.1.3.13.1)
fn flatten_into(
    vm: &mut Vm,
    target: ObjId,
    source: ObjId,
    len: f64,
    mut start: f64,
    depth: f64,
    mapper: Option<(Value, Value)>,
) -> JsResult<f64> {
    for k in 0..len as u64 {
        let pk = key(vm, k as f64);
        if !vm.has_property(source, pk)? {
            continue;
        }
        let mut el = vm.get(source, pk, Value::Object(source))?;
        if let Some((f, t)) = mapper {
            el = vm.call(f, t, &[el, Value::Number(k as f64), Value::Object(source)])?;
        }
        if depth > 0.0 && vm.is_array(el)? {
            let eo = el.as_object().expect("array");
            let el_len = vm.length_of_array_like(eo)?;
            start = flatten_into(vm, target, eo, el_len, start, depth - 1.0, None)?;
        } else {
            let tk = key(vm, start);
            vm.create_data_property_or_throw(target, tk, el)?;
            start += 1.0;
        }
    }
    Ok(start)
}

fn flat(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    let depth = if arg(args, 0).is_undefined() { 1.0 } else { vm.to_integer_or_infinity(arg(args, 0))?.max(0.0) };
    let a = species_create(vm, o, 0.0)?;
    vm.root(Value::Object(a));
    flatten_into(vm, a, o, len, 0.0, depth, None)?;
    Ok(Value::Object(a))
}

fn flat_map(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    let f = callback(vm, arg(args, 0), "flatMap")?;
    let a = species_create(vm, o, 0.0)?;
    vm.root(Value::Object(a));
    flatten_into(vm, a, o, len, 0.0, 1.0, Some((f, arg(args, 1))))?;
    Ok(Value::Object(a))
}

fn includes(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    if len == 0.0 {
        return Ok(Value::Bool(false));
    }
    let mut k = relative(vm, arg(args, 1), len, 0.0)?;
    let target = arg(args, 0);
    while k < len {
        let pk = key(vm, k);
        let v = vm.get(o, pk, Value::Object(o))?;
        if vm.same_value_zero(v, target) {
            return Ok(Value::Bool(true));
        }
        k += 1.0;
    }
    Ok(Value::Bool(false))
}

fn index_of(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    if len == 0.0 {
        return Ok(Value::Number(-1.0));
    }
    let mut k = relative(vm, arg(args, 1), len, 0.0)?;
    let target = arg(args, 0);
    while k < len {
        let pk = key(vm, k);
        if let Some(v) = present(vm, o, pk)?
            && vm.strict_equals(v, target)
        {
            return Ok(Value::Number(k));
        }
        k += 1.0;
    }
    Ok(Value::Number(-1.0))
}

fn last_index_of(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    if len == 0.0 {
        return Ok(Value::Number(-1.0));
    }
    let from = if args.len() > 1 { vm.to_integer_or_infinity(args[1])? } else { len - 1.0 };
    let mut k = if from < 0.0 { len + from } else { from.min(len - 1.0) };
    let target = arg(args, 0);
    while k >= 0.0 {
        let pk = key(vm, k);
        if let Some(v) = present(vm, o, pk)?
            && vm.strict_equals(v, target)
        {
            return Ok(Value::Number(k));
        }
        k -= 1.0;
    }
    Ok(Value::Number(-1.0))
}

/// Whether every index of array `o` from `k` on is a hole that Get would resolve to
/// undefined without running code: `o` is an array whose elements end before `k`, with no
/// indexed own properties, and nothing up its prototype chain has indexed properties (no
/// proxies, no exotic objects).
fn holes_from(vm: &Vm, o: ObjId, k: u64) -> bool {
    let obj = vm.obj(o);
    matches!(obj.kind, ObjectKind::Array { .. })
        && k >= obj.elements.len() as u64
        && !obj.props.has_index_keys()
        && vm.proto_chain_has_no_indices(o)
}

/// ECMA-262 §23.1.3.18 Array.prototype.join
fn join(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    let sep: Vec<u16> = if arg(args, 0).is_undefined() {
        vec![b',' as u16]
    } else {
        let s = vm.to_string(args[0])?;
        vm.heap.str(s).to_vec()
    };
    // The separators alone would exceed the maximum string length.
    if len > 1.0 && sep.len() as f64 * (len - 1.0) > crate::vm::ops::MAX_STRING_LEN as f64 {
        return Err(vm.range_error("Invalid string length"));
    }
    if vm.join_stack.contains(&o) {
        return Ok(Value::String(vm.names.empty));
    }
    vm.join_stack.push(o);
    let r = (|| {
        let mut out: Vec<u16> = Vec::new();
        for k in 0..len as u64 {
            if holes_from(vm, o, k) {
                // Every index from here on is a hole with nothing to find up the prototype
                // chain: each is an empty string, so only separators remain (work in
                // proportion to the result, not to the length: `new Array(2 ** 28).join()`).
                let remaining = len as u64 - k - u64::from(k == 0);
                let total = out.len() as f64 + sep.len() as f64 * remaining as f64;
                if total > crate::vm::ops::MAX_STRING_LEN as f64 {
                    return Err(vm.range_error("Invalid string length"));
                }
                vm.reserve_heap(total as usize * 2)?;
                if k > 0 {
                    out.extend_from_slice(&sep);
                }
                if !sep.is_empty() {
                    out.extend(sep.iter().copied().cycle().take(sep.len() * (len as u64 - k - 1) as usize));
                }
                break;
            }
            if k > 0 {
                out.extend_from_slice(&sep);
            }
            let pk = key(vm, k as f64);
            let v = vm.get(o, pk, Value::Object(o))?;
            if !v.is_nullish() {
                let s = vm.to_string(v)?;
                out.extend_from_slice(vm.heap.str(s));
            }
            if out.len() > crate::vm::ops::MAX_STRING_LEN {
                return Err(vm.range_error("Invalid string length"));
            }
        }
        Ok(vm.string_units(out))
    })();
    vm.join_stack.pop();
    r
}

fn to_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(cx.this)?;
    let j = vm.get(o, PropertyKey::String(vm.names.join), Value::Object(o))?;
    if vm.is_callable(j) {
        return vm.call(j, Value::Object(o), &[]);
    }
    super::object::object_to_string(
        vm,
        &NativeCall { this: Value::Object(o), callee: cx.callee, new_target: None },
        &[],
    )
}

fn to_locale_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    let mut out: Vec<u16> = Vec::new();
    for k in 0..len as u64 {
        if k > 0 {
            out.push(b',' as u16);
        }
        let pk = key(vm, k as f64);
        let v = vm.get(o, pk, Value::Object(o))?;
        if !v.is_nullish() {
            let k = vm.key_str("toLocaleString");
            let f = vm.get_value_prop(v, k)?;
            let r = vm.call(f, v, &[])?;
            let s = vm.to_string(r)?;
            out.extend_from_slice(vm.heap.str(s));
        }
    }
    Ok(vm.string_units(out))
}

fn pop(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    if len == 0.0 {
        set_length(vm, o, 0.0)?;
        return Ok(Value::Undefined);
    }
    let pk = key(vm, len - 1.0);
    let v = vm.get(o, pk, Value::Object(o))?;
    if !vm.delete(o, pk)? {
        return Err(vm.type_error("Cannot delete property"));
    }
    set_length(vm, o, len - 1.0)?;
    Ok(v)
}

fn push(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    // Fast path: a plain extensible array with dense storage, whose prototypes have no
    // indexed properties (a setter for "0" on Array.prototype must see the push).
    if let Value::Object(o) = cx.this
        && vm.proto_chain_has_no_indices(o)
        && let Some(length) = vm.charging_growth(o, |vm| {
            let obj = vm.obj_mut(o);
            if let ObjectKind::Array { length, length_writable: true } = &mut obj.kind
                && obj.extensible
                && obj.elements.len() == *length as usize
                && (*length as usize + args.len()) < u32::MAX as usize
            {
                obj.elements.extend(args.iter().map(|&v| Packed::new(v)));
                *length += args.len() as u32;
                return Some(*length);
            }
            None
        })
    {
        return Ok(Value::Number(length as f64));
    }
    let (o, len) = this_len(vm, cx.this)?;
    if len + args.len() as f64 > 9007199254740991.0 {
        return Err(vm.type_error("Pushing items exceeds the maximum array length"));
    }
    let mut n = len;
    for &v in args {
        let pk = key(vm, n);
        vm.set_prop(o, pk, v, true)?;
        n += 1.0;
    }
    set_length(vm, o, n)?;
    Ok(Value::Number(n))
}

fn reduce_impl(vm: &mut Vm, this: Value, args: &[Value], right: bool) -> JsResult<Value> {
    let (o, len) = this_len(vm, this)?;
    let f = callback(vm, arg(args, 0), if right { "reduceRight" } else { "reduce" })?;
    let mut k: f64 = if right { len - 1.0 } else { 0.0 };
    let step = if right { -1.0 } else { 1.0 };
    let in_range = |k: f64| if right { k >= 0.0 } else { k < len };
    let mut acc = if args.len() >= 2 {
        args[1]
    } else {
        let mut found = None;
        while in_range(k) {
            let pk = key(vm, k);
            k += step;
            if let Some(v) = present(vm, o, pk)? {
                found = Some(v);
                break;
            }
        }
        match found {
            Some(v) => v,
            None => return Err(vm.type_error("Reduce of empty array with no initial value")),
        }
    };
    let f = vm.prepare_call(f, Value::Undefined);
    while in_range(k) {
        let pk = key(vm, k);
        if let Some(v) = present(vm, o, pk)? {
            vm.root(acc);
            acc = vm.call_prepared(&f, [acc, v, Value::Number(k), Value::Object(o)])?;
        }
        k += step;
    }
    Ok(acc)
}

fn reduce(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    reduce_impl(vm, cx.this, args, false)
}
fn reduce_right(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    reduce_impl(vm, cx.this, args, true)
}

fn reverse(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    let middle = (len / 2.0).floor();
    let mut lower = 0.0;
    while lower != middle {
        let upper = len - lower - 1.0;
        let lk = key(vm, lower);
        let uk = key(vm, upper);
        let le = vm.has_property(o, lk)?;
        let lv = if le { vm.get(o, lk, Value::Object(o))? } else { Value::Undefined };
        let ue = vm.has_property(o, uk)?;
        let uv = if ue { vm.get(o, uk, Value::Object(o))? } else { Value::Undefined };
        match (le, ue) {
            (true, true) => {
                vm.set_prop(o, lk, uv, true)?;
                vm.set_prop(o, uk, lv, true)?;
            }
            (false, true) => {
                vm.set_prop(o, lk, uv, true)?;
                if !vm.delete(o, uk)? {
                    return Err(vm.type_error("Cannot delete property"));
                }
            }
            (true, false) => {
                if !vm.delete(o, lk)? {
                    return Err(vm.type_error("Cannot delete property"));
                }
                vm.set_prop(o, uk, lv, true)?;
            }
            (false, false) => {}
        }
        lower += 1.0;
    }
    Ok(Value::Object(o))
}

fn shift(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    if len == 0.0 {
        set_length(vm, o, 0.0)?;
        return Ok(Value::Undefined);
    }
    let first = vm.get(o, PropertyKey::Index(0), Value::Object(o))?;
    vm.root(first);
    for k in 1..len as u64 {
        let from = key(vm, k as f64);
        let to = key(vm, k as f64 - 1.0);
        if vm.has_property(o, from)? {
            let v = vm.get(o, from, Value::Object(o))?;
            vm.set_prop(o, to, v, true)?;
        } else if !vm.delete(o, to)? {
            return Err(vm.type_error("Cannot delete property"));
        }
    }
    let last = key(vm, len - 1.0);
    if !vm.delete(o, last)? {
        return Err(vm.type_error("Cannot delete property"));
    }
    set_length(vm, o, len - 1.0)?;
    Ok(first)
}

fn unshift(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    let n = args.len() as f64;
    if n > 0.0 {
        if len + n > 9007199254740991.0 {
            return Err(vm.type_error("Invalid array length"));
        }
        let mut k = len;
        while k > 0.0 {
            let from = key(vm, k - 1.0);
            let to = key(vm, k + n - 1.0);
            if vm.has_property(o, from)? {
                let v = vm.get(o, from, Value::Object(o))?;
                vm.set_prop(o, to, v, true)?;
            } else if !vm.delete(o, to)? {
                return Err(vm.type_error("Cannot delete property"));
            }
            k -= 1.0;
        }
        for (j, &v) in args.iter().enumerate() {
            vm.set_prop(o, PropertyKey::Index(j as u32), v, true)?;
        }
    }
    set_length(vm, o, len + n)?;
    Ok(Value::Number(len + n))
}

fn slice(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    let start = relative(vm, arg(args, 0), len, 0.0)?;
    let end = relative(vm, arg(args, 1), len, len)?;
    let count = (end - start).max(0.0);
    let a = species_create(vm, o, count)?;
    vm.root(Value::Object(a));
    let mut n = 0.0;
    let mut k = start;
    while k < end {
        let pk = key(vm, k);
        if let Some(v) = present(vm, o, pk)? {
            let nk = key(vm, n);
            vm.create_data_property_or_throw(a, nk, v)?;
        }
        k += 1.0;
        n += 1.0;
    }
    set_length(vm, a, n)?;
    Ok(Value::Object(a))
}

fn splice(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    let start = relative(vm, arg(args, 0), len, 0.0)?;
    let items: Vec<Value> = args.iter().skip(2).copied().collect();
    let delete_count = match args.len() {
        0 => 0.0,
        1 => len - start,
        _ => vm.to_integer_or_infinity(args[1])?.max(0.0).min(len - start),
    };
    let item_count = items.len() as f64;
    if len + item_count - delete_count > 9007199254740991.0 {
        return Err(vm.type_error("Invalid array length"));
    }
    let a = species_create(vm, o, delete_count)?;
    vm.root(Value::Object(a));
    for k in 0..delete_count as u64 {
        let from = key(vm, start + k as f64);
        if vm.has_property(o, from)? {
            let v = vm.get(o, from, Value::Object(o))?;
            vm.create_data_property_or_throw(a, PropertyKey::Index(k as u32), v)?;
        }
    }
    set_length(vm, a, delete_count)?;
    if item_count < delete_count {
        let mut k = start;
        while k < len - delete_count {
            let from = key(vm, k + delete_count);
            let to = key(vm, k + item_count);
            if vm.has_property(o, from)? {
                let v = vm.get(o, from, Value::Object(o))?;
                vm.set_prop(o, to, v, true)?;
            } else if !vm.delete(o, to)? {
                return Err(vm.type_error("Cannot delete property"));
            }
            k += 1.0;
        }
        let mut k = len;
        while k > len - delete_count + item_count {
            let dk = key(vm, k - 1.0);
            if !vm.delete(o, dk)? {
                return Err(vm.type_error("Cannot delete property"));
            }
            k -= 1.0;
        }
    } else if item_count > delete_count {
        let mut k = len - delete_count;
        while k > start {
            let from = key(vm, k + delete_count - 1.0);
            let to = key(vm, k + item_count - 1.0);
            if vm.has_property(o, from)? {
                let v = vm.get(o, from, Value::Object(o))?;
                vm.set_prop(o, to, v, true)?;
            } else if !vm.delete(o, to)? {
                return Err(vm.type_error("Cannot delete property"));
            }
            k -= 1.0;
        }
    }
    for (j, &v) in items.iter().enumerate() {
        let k = key(vm, start + j as f64);
        vm.set_prop(o, k, v, true)?;
    }
    set_length(vm, o, len - delete_count + item_count)?;
    Ok(Value::Object(a))
}

/// SortCompare (ECMA-262 §23.1.3.30.2)
fn sort_compare(vm: &mut Vm, cmp: Option<&PreparedCall>, x: Packed, y: Packed) -> JsResult<std::cmp::Ordering> {
    use std::cmp::Ordering;
    match (x == Packed::UNDEFINED, y == Packed::UNDEFINED) {
        (true, true) => return Ok(Ordering::Equal),
        (true, false) => return Ok(Ordering::Greater),
        (false, true) => return Ok(Ordering::Less),
        _ => {}
    }
    if let Some(cmp) = cmp {
        let r = vm.call_prepared_packed(cmp, [x, y])?;
        let n = match r.number() {
            Some(n) => n,
            None => vm.to_number(r.get())?,
        };
        return Ok(if n < 0.0 {
            Ordering::Less
        } else if n > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Equal
        });
    }
    let xs = vm.to_string(x.get())?;
    vm.root(Value::String(xs));
    let ys = vm.to_string(y.get())?;
    Ok(vm.heap.str(xs).cmp(vm.heap.str(ys)))
}

/// SortIndexedProperties' sort (ECMA-262 §23.1.3.30.1) of `items` (rooted by the caller,
/// packed as stored) with comparator `cmp` (undefined: by string), stable, stopping at the
/// comparator's first error. The merge sort is the typed arrays' one, which keeps the
/// number of comparisons (calls into script) low.
fn sort_values(vm: &mut Vm, items: &mut [Packed], cmp: Value) -> JsResult<()> {
    let cmp = (!cmp.is_undefined()).then(|| vm.prepare_call(cmp, Value::Undefined));
    merge_sort(vm, items, &mut |vm, x, y| sort_compare(vm, cmp.as_ref(), x, y))
}

fn sort(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let cmp = arg(args, 0);
    if !cmp.is_undefined() && !vm.is_callable(cmp) {
        return Err(vm.type_error("The comparison function must be either a function or undefined"));
    }
    let (o, len) = this_len(vm, cx.this)?;
    let mut items = Vec::new();
    for k in 0..len as u64 {
        let pk = key(vm, k as f64);
        if let Some(v) = present_packed(vm, o, pk)? {
            vm.root(v.get());
            items.push(v);
        }
    }
    sort_values(vm, &mut items, cmp)?;
    let n = items.len();
    for (i, v) in items.into_iter().enumerate() {
        vm.set_prop(o, PropertyKey::Index(i as u32), v.get(), true)?;
    }
    for k in n as u64..len as u64 {
        let pk = key(vm, k as f64);
        if !vm.delete(o, pk)? {
            return Err(vm.type_error("Cannot delete property"));
        }
    }
    Ok(Value::Object(o))
}

/// Reads O[0..len) (holes read as undefined), rooting every value.
fn read_all(vm: &mut Vm, o: ObjId, len: f64) -> JsResult<Vec<Value>> {
    let mut items = Vec::new();
    for k in 0..len as u64 {
        let pk = key(vm, k as f64);
        let v = vm.get(o, pk, Value::Object(o))?;
        vm.root(v);
        items.push(v);
    }
    Ok(items)
}

/// ArrayCreate(len) (ECMA-262 §10.4.2.2): only the length check, the caller fills it.
fn check_array_length(vm: &mut Vm, len: f64) -> JsResult<()> {
    if len > u32::MAX as f64 {
        return Err(vm.range_error("Invalid array length"));
    }
    Ok(())
}

/// Array.prototype.toReversed (ECMA-262 §23.1.3.33)
fn to_reversed(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    check_array_length(vm, len)?;
    // Elements are read from the last to the first (step 5: from = len - k - 1).
    let mut items = Vec::with_capacity(len as usize);
    for k in (0..len as u64).rev() {
        let pk = key(vm, k as f64);
        let v = vm.get(o, pk, Value::Object(o))?;
        vm.root(v);
        items.push(v);
    }
    Ok(Value::Object(vm.new_array(items)))
}

/// Array.prototype.toSorted (ECMA-262 §23.1.3.34)
fn to_sorted(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let cmp = arg(args, 0);
    if !cmp.is_undefined() && !vm.is_callable(cmp) {
        return Err(vm.type_error("The comparison function must be either a function or undefined"));
    }
    let (o, len) = this_len(vm, cx.this)?;
    check_array_length(vm, len)?;
    let mut items: Vec<Packed> = read_all(vm, o, len)?.into_iter().map(Packed::new).collect();
    sort_values(vm, &mut items, cmp)?;
    Ok(Value::Object(vm.new_array(items.into_iter().map(Packed::get).collect())))
}

/// Array.prototype.toSpliced (ECMA-262 §23.1.3.35)
fn to_spliced(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    let start = relative(vm, arg(args, 0), len, 0.0)?;
    let inserted: Vec<Value> = args.iter().skip(2).copied().collect();
    let skip = match args.len() {
        0 => 0.0,
        1 => len - start,
        _ => vm.to_integer_or_infinity(args[1])?.max(0.0).min(len - start),
    };
    let new_len = len + inserted.len() as f64 - skip;
    if new_len > 9007199254740991.0 {
        return Err(vm.type_error("Invalid array length"));
    }
    check_array_length(vm, new_len)?;
    let mut items = Vec::with_capacity(new_len as usize);
    for k in 0..start as u64 {
        let pk = key(vm, k as f64);
        let v = vm.get(o, pk, Value::Object(o))?;
        vm.root(v);
        items.push(v);
    }
    items.extend(inserted);
    let mut r = start + skip;
    while r < len {
        let pk = key(vm, r);
        let v = vm.get(o, pk, Value::Object(o))?;
        vm.root(v);
        items.push(v);
        r += 1.0;
    }
    Ok(Value::Object(vm.new_array(items)))
}

/// Array.prototype.with (ECMA-262 §23.1.3.39)
fn with(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = this_len(vm, cx.this)?;
    let rel = vm.to_integer_or_infinity(arg(args, 0))?;
    let actual = if rel >= 0.0 { rel } else { len + rel };
    if actual >= len || actual < 0.0 {
        let shown = crate::value::number::number_to_string(rel);
        return Err(vm.range_error(&format!("Invalid index : {shown}")));
    }
    check_array_length(vm, len)?;
    let mut items = Vec::with_capacity(len as usize);
    for k in 0..len as u64 {
        if k as f64 == actual {
            items.push(arg(args, 1));
            continue;
        }
        let pk = key(vm, k as f64);
        let v = vm.get(o, pk, Value::Object(o))?;
        vm.root(v);
        items.push(v);
    }
    Ok(Value::Object(vm.new_array(items)))
}
