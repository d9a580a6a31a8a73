//! Iterator helpers (ECMA-262 §27.1.3, ES2025): the `Iterator` constructor, `Iterator.from`,
//! %WrapForValidIteratorPrototype%, the lazy helpers (map, filter, take, drop, flatMap) on
//! %IteratorHelperPrototype%, and the eager ones (reduce, toArray, forEach, some, every, find).
//!
//! The spec writes each lazy helper as an abstract closure run like a generator body. Here a
//! helper is a small state machine (`HelperKind`) stepped by `next()`; its [[GeneratorState]]
//! is tracked the same way (re-entry is a TypeError; `return()` before the first `next()`
//! closes the underlying iterator without running the closure).

use super::arg;
use super::iterator::create_iter_result;
use crate::object::property::*;
use crate::object::{GeneratorState, NativeCall, Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

/// What a lazy helper does per step, with its closure's captured state.
pub enum HelperKind {
    Map {
        mapper: Value,
        counter: f64,
    },
    Filter {
        predicate: Value,
        counter: f64,
    },
    Take {
        remaining: f64,
    },
    Drop {
        remaining: f64,
    },
    FlatMap {
        mapper: Value,
        counter: f64,
        inner: Option<(Value, Value)>,
    },
    /// Iterator.prototype.chunks: the chunk being filled; `finished` once the underlying
    /// iterator is done (after the last, partial chunk the closure returns).
    Chunks {
        size: f64,
        buffer: Vec<Value>,
        finished: bool,
    },
    /// Iterator.prototype.windows: the current window.
    Windows {
        size: f64,
        allow_partial: bool,
        buffer: std::collections::VecDeque<Value>,
        finished: bool,
    },
    /// Iterator.zip / zipKeyed (`iterator_zip.rs`).
    Zip(Box<super::iterator_zip::ZipState>),
    /// Iterator.concat: the (open method, iterable) pairs, the next one to open, the open one.
    Concat {
        items: Vec<(Value, Value)>,
        index: usize,
        inner: Option<(Value, Value)>,
    },
}

/// An iterator helper object's slots: [[UnderlyingIterator]], [[GeneratorState]], the step.
pub struct HelperData {
    pub iter: Value,
    pub next: Value,
    pub state: GeneratorState,
    pub kind: HelperKind,
}

impl HelperData {
    /// Bytes owned beyond the record itself (chunks' and windows' buffers, concat's list).
    pub fn heap_bytes(&self) -> usize {
        let v = std::mem::size_of::<Value>();
        match &self.kind {
            HelperKind::Chunks { buffer, .. } => buffer.capacity() * v,
            HelperKind::Windows { buffer, .. } => buffer.capacity() * v,
            HelperKind::Concat { items, .. } => items.capacity() * 2 * v,
            HelperKind::Zip(z) => z.heap_bytes(),
            _ => 0,
        }
    }

    /// Values the collector must keep alive.
    pub fn values(&self) -> Vec<Value> {
        let mut v = vec![self.iter, self.next];
        match &self.kind {
            HelperKind::Map { mapper, .. } | HelperKind::Filter { predicate: mapper, .. } => v.push(*mapper),
            HelperKind::FlatMap { mapper, inner, .. } => {
                v.push(*mapper);
                if let Some((i, n)) = inner {
                    v.push(*i);
                    v.push(*n);
                }
            }
            HelperKind::Concat { items, inner, .. } => {
                for (m, i) in items {
                    v.push(*m);
                    v.push(*i);
                }
                if let Some((i, n)) = inner {
                    v.push(*i);
                    v.push(*n);
                }
            }
            HelperKind::Chunks { buffer, .. } => v.extend_from_slice(buffer),
            HelperKind::Zip(z) => z.values(&mut v),
            HelperKind::Windows { buffer, .. } => v.extend(buffer.iter().copied()),
            HelperKind::Take { .. } | HelperKind::Drop { .. } => {}
        }
        v
    }
}

pub fn init(vm: &mut Vm) {
    let ip = vm.intrinsics().iterator_prototype;
    let ctor = vm.def_constructor("Iterator", 0, iterator_constructor, ip);
    // `Iterator.prototype.constructor` and `[Symbol.toStringTag]` are accessors whose setters
    // ignore the prototype itself (SetterThatIgnoresPrototypeProperties, §27.1.4.1, §27.1.4.14).
    let k = vm.key_str("constructor");
    vm.def_accessor(ip, k, "constructor", Some(get_constructor), Some(set_constructor));
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);
    vm.def_accessor(ip, tag, "[Symbol.toStringTag]", Some(get_to_string_tag), Some(set_to_string_tag));
    vm.intrinsics_mut().extra.insert("%Iterator%", ctor);
    vm.def_method(ctor, "from", 1, iterator_from);
    vm.def_method(ctor, "concat", 0, iterator_concat);
    vm.def_method(ctor, "zip", 1, super::iterator_zip::zip);
    vm.def_method(ctor, "zipKeyed", 1, super::iterator_zip::zip_keyed);
    vm.def_method(ip, "map", 1, map);
    vm.def_method(ip, "filter", 1, filter);
    vm.def_method(ip, "take", 1, take);
    vm.def_method(ip, "drop", 1, drop);
    vm.def_method(ip, "flatMap", 1, flat_map);
    vm.def_method(ip, "reduce", 1, reduce);
    vm.def_method(ip, "toArray", 0, to_array);
    vm.def_method(ip, "forEach", 1, for_each);
    vm.def_method(ip, "some", 1, some);
    vm.def_method(ip, "every", 1, every);
    vm.def_method(ip, "find", 1, find);
    vm.def_method(ip, "includes", 1, includes);
    vm.def_method(ip, "chunks", 1, chunks);
    vm.def_method(ip, "windows", 1, windows);

    let helper_proto = vm.heap.alloc_object(Object::new(Some(ip), ObjectKind::Ordinary));
    vm.def_method(helper_proto, "next", 0, helper_next);
    vm.def_method(helper_proto, "return", 0, helper_return);
    let s = vm.string("Iterator Helper");
    vm.define_direct(helper_proto, tag, s, CONFIGURABLE);
    vm.intrinsics_mut().extra.insert("%IteratorHelperPrototype%", helper_proto);

    let wrap_proto = vm.heap.alloc_object(Object::new(Some(ip), ObjectKind::Ordinary));
    vm.def_method(wrap_proto, "next", 0, wrap_next);
    vm.def_method(wrap_proto, "return", 0, wrap_return);
    vm.intrinsics_mut().extra.insert("%WrapForValidIteratorPrototype%", wrap_proto);
}

/// ECMA-262 §27.1.3.1 Iterator ( ): abstract; only subclasses may construct.
fn iterator_constructor(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let ctor = vm.intrinsics().extra["%Iterator%"];
    match cx.new_target {
        None => Err(vm.type_error("Constructor Iterator requires 'new'")),
        Some(nt) if nt == ctor => Err(vm.type_error("Abstract class Iterator not directly constructable")),
        Some(nt) => {
            let proto = vm.get_prototype_from_constructor(nt, |i| i.iterator_prototype)?;
            Ok(Value::Object(vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary))))
        }
    }
}

fn get_constructor(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Object(vm.intrinsics().extra["%Iterator%"]))
}

fn set_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let k = vm.key_str("constructor");
    setter_that_ignores_prototype_properties(vm, cx.this, k, arg(args, 0))
}

fn get_to_string_tag(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(vm.string("Iterator"))
}

fn set_to_string_tag(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let k = PropertyKey::Symbol(vm.sym.to_string_tag);
    setter_that_ignores_prototype_properties(vm, cx.this, k, arg(args, 0))
}

/// SetterThatIgnoresPrototypeProperties (ECMA-262 §27.1.4.1.1) with home %Iterator.prototype%.
fn setter_that_ignores_prototype_properties(vm: &mut Vm, this: Value, p: PropertyKey, v: Value) -> JsResult<Value> {
    let Value::Object(o) = this else {
        return Err(vm.type_error("Iterator.prototype setter called on non-object"));
    };
    if o == vm.intrinsics().iterator_prototype {
        return Err(vm.type_error("Cannot assign to this property of Iterator.prototype"));
    }
    if vm.get_own_property(o, p)?.is_none() {
        vm.create_data_property_or_throw(o, p, v)?;
    } else {
        vm.set(o, p, v, this)?;
    }
    Ok(Value::Undefined)
}

/// GetIteratorDirect (ECMA-262 §7.4.2): the `next` method of an iterator object.
fn get_iterator_direct(vm: &mut Vm, o: Value) -> JsResult<Value> {
    vm.get_value_prop(o, PropertyKey::String(vm.names.next))
}

/// Steps 1-2 of every prototype method: the receiver must be an object.
fn this_iterator(vm: &mut Vm, this: Value, name: &str) -> JsResult<Value> {
    if !this.is_object() {
        return Err(vm.type_error(&format!("Iterator.prototype.{name} called on non-object")));
    }
    Ok(this)
}

/// A callable argument, or (after closing the receiver) a TypeError.
fn callable_arg(vm: &mut Vm, o: Value, f: Value) -> JsResult<Value> {
    if !vm.is_callable(f) {
        let d = vm.describe(f);
        let e = vm.type_error(&format!("{d} is not a function"));
        return Err(vm.iterator_close_on_throw(o, e));
    }
    Ok(f)
}

pub(super) fn create_helper(vm: &mut Vm, iter: Value, next: Value, kind: HelperKind) -> Value {
    let proto = vm.intrinsics().extra["%IteratorHelperPrototype%"];
    let data = HelperData { iter, next, state: GeneratorState::SuspendedStart, kind };
    Value::Object(vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::IteratorHelper(Box::new(data)))))
}

/// ECMA-262 §27.1.4.8 Iterator.prototype.map ( mapper )
fn map(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_iterator(vm, cx.this, "map")?;
    let mapper = callable_arg(vm, o, arg(args, 0))?;
    let next = get_iterator_direct(vm, o)?;
    Ok(create_helper(vm, o, next, HelperKind::Map { mapper, counter: 0.0 }))
}

/// ECMA-262 §27.1.4.5 Iterator.prototype.filter ( predicate )
fn filter(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_iterator(vm, cx.this, "filter")?;
    let predicate = callable_arg(vm, o, arg(args, 0))?;
    let next = get_iterator_direct(vm, o)?;
    Ok(create_helper(vm, o, next, HelperKind::Filter { predicate, counter: 0.0 }))
}

/// The limit argument of take/drop: ToNumber, not NaN, ToIntegerOrInfinity, not negative;
/// the receiver is closed on every failure.
fn limit_arg(vm: &mut Vm, o: Value, limit: Value) -> JsResult<f64> {
    let n = match vm.to_number(limit) {
        Ok(n) => n,
        Err(e) => return Err(vm.iterator_close_on_throw(o, e)),
    };
    let i = if n.is_infinite() { n } else { n.trunc() };
    // Finite limits past 2^53 - 1 are RangeErrors too; +Infinity means "no limit".
    if n.is_nan() || i < 0.0 || (i.is_finite() && i > 9_007_199_254_740_991.0) {
        let d = vm.describe(limit);
        let e = vm.range_error(&format!("{d} must be positive"));
        return Err(vm.iterator_close_on_throw(o, e));
    }
    Ok(i)
}

/// ECMA-262 §27.1.4.12 Iterator.prototype.take ( limit )
fn take(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_iterator(vm, cx.this, "take")?;
    let remaining = limit_arg(vm, o, arg(args, 0))?;
    let next = get_iterator_direct(vm, o)?;
    Ok(create_helper(vm, o, next, HelperKind::Take { remaining }))
}

/// ECMA-262 §27.1.4.3 Iterator.prototype.drop ( limit )
fn drop(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_iterator(vm, cx.this, "drop")?;
    let remaining = limit_arg(vm, o, arg(args, 0))?;
    let next = get_iterator_direct(vm, o)?;
    Ok(create_helper(vm, o, next, HelperKind::Drop { remaining }))
}

/// ECMA-262 §27.1.4.6 Iterator.prototype.flatMap ( mapper )
fn flat_map(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_iterator(vm, cx.this, "flatMap")?;
    let mapper = callable_arg(vm, o, arg(args, 0))?;
    let next = get_iterator_direct(vm, o)?;
    Ok(create_helper(vm, o, next, HelperKind::FlatMap { mapper, counter: 0.0, inner: None }))
}

fn helper_data(vm: &mut Vm, h: ObjId) -> &mut HelperData {
    match &mut vm.obj_mut(h).kind {
        ObjectKind::IteratorHelper(d) => d,
        _ => unreachable!("checked by helper_validate"),
    }
}

/// GeneratorValidate with brand "Iterator Helper".
fn helper_validate(vm: &mut Vm, this: Value, method: &str) -> JsResult<(ObjId, GeneratorState)> {
    if let Value::Object(o) = this
        && let ObjectKind::IteratorHelper(d) = &vm.obj(o).kind
    {
        if d.state == GeneratorState::Executing {
            return Err(vm.type_error("Generator is already running"));
        }
        return Ok((o, d.state));
    }
    let d = vm.describe(this);
    Err(vm.type_error(&format!("Iterator Helper.prototype.{method} called on incompatible receiver {d}")))
}

/// ECMA-262 §27.1.2.1.1 %IteratorHelperPrototype%.next ( )
fn helper_next(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (h, state) = helper_validate(vm, cx.this, "next")?;
    if state == GeneratorState::Completed {
        return Ok(create_iter_result(vm, Value::Undefined, true));
    }
    helper_data(vm, h).state = GeneratorState::Executing;
    let r = helper_step(vm, h);
    let d = helper_data(vm, h);
    match r {
        Ok(Some(v)) => {
            d.state = GeneratorState::SuspendedYield;
            Ok(create_iter_result(vm, v, false))
        }
        Ok(None) => {
            d.state = GeneratorState::Completed;
            Ok(create_iter_result(vm, Value::Undefined, true))
        }
        Err(e) => {
            d.state = GeneratorState::Completed;
            Err(e)
        }
    }
}

/// IteratorStepValue on the helper's underlying iterator.
fn step_underlying(vm: &mut Vm, h: ObjId) -> JsResult<Option<Value>> {
    let d = helper_data(vm, h);
    let (it, nx) = (d.iter, d.next);
    vm.iterator_step_value(it, nx)
}

/// Calls a helper's callback; an abrupt completion closes the underlying iterator.
fn call_closing(vm: &mut Vm, h: ObjId, f: Value, args: &[Value]) -> JsResult<Value> {
    match vm.call(f, Value::Undefined, args) {
        Ok(v) => Ok(v),
        Err(e) => {
            let it = helper_data(vm, h).iter;
            Err(vm.iterator_close_on_throw(it, e))
        }
    }
}

/// Runs a helper's closure up to its next yield: Some(value), or None when it returns.
fn helper_step(vm: &mut Vm, h: ObjId) -> JsResult<Option<Value>> {
    loop {
        let d = helper_data(vm, h);
        match &mut d.kind {
            HelperKind::Map { mapper, counter } => {
                let (f, c) = (*mapper, *counter);
                let Some(v) = step_underlying(vm, h)? else { return Ok(None) };
                let mapped = call_closing(vm, h, f, &[v, Value::Number(c)])?;
                if let HelperKind::Map { counter, .. } = &mut helper_data(vm, h).kind {
                    *counter += 1.0;
                }
                return Ok(Some(mapped));
            }
            HelperKind::Filter { predicate, counter } => {
                let (f, c) = (*predicate, *counter);
                let Some(v) = step_underlying(vm, h)? else { return Ok(None) };
                let selected = call_closing(vm, h, f, &[v, Value::Number(c)])?;
                if let HelperKind::Filter { counter, .. } = &mut helper_data(vm, h).kind {
                    *counter += 1.0;
                }
                if vm.to_boolean(selected) {
                    return Ok(Some(v));
                }
            }
            HelperKind::Take { remaining } => {
                if *remaining == 0.0 {
                    // Return ? IteratorClose(iterated, ReturnCompletion(undefined)).
                    let it = d.iter;
                    vm.iterator_close(it)?;
                    return Ok(None);
                }
                if *remaining != f64::INFINITY {
                    *remaining -= 1.0;
                }
                return step_underlying(vm, h);
            }
            HelperKind::Drop { remaining } => {
                if *remaining > 0.0 {
                    if *remaining != f64::INFINITY {
                        *remaining -= 1.0;
                    }
                    // IteratorStep: only `done` is read for the dropped values.
                    let (it, nx) = (d.iter, d.next);
                    if vm.iterator_step(it, nx)?.is_none() {
                        return Ok(None);
                    }
                    continue;
                }
                return step_underlying(vm, h);
            }
            HelperKind::Zip(_) => return super::iterator_zip::step(vm, h),
            HelperKind::Chunks { size, finished, .. } => {
                if *finished {
                    return Ok(None);
                }
                let size = *size as usize;
                let value = step_underlying(vm, h)?;
                let HelperKind::Chunks { buffer, finished, .. } = &mut helper_data(vm, h).kind else {
                    return Ok(None);
                };
                match value {
                    Some(v) => {
                        buffer.push(v);
                        if buffer.len() < size {
                            continue;
                        }
                    }
                    None => {
                        *finished = true;
                        if buffer.is_empty() {
                            return Ok(None);
                        }
                    }
                }
                let chunk = std::mem::take(buffer);
                return Ok(Some(Value::Object(vm.new_array(chunk))));
            }
            HelperKind::Windows { size, finished, .. } => {
                if *finished {
                    return Ok(None);
                }
                let size = *size as usize;
                let value = step_underlying(vm, h)?;
                let HelperKind::Windows { buffer, finished, allow_partial, .. } = &mut helper_data(vm, h).kind else {
                    return Ok(None);
                };
                match value {
                    Some(v) => {
                        if buffer.len() == size {
                            buffer.pop_front();
                        }
                        buffer.push_back(v);
                        if buffer.len() < size {
                            continue;
                        }
                    }
                    None => {
                        *finished = true;
                        if !*allow_partial || buffer.is_empty() || buffer.len() >= size {
                            return Ok(None);
                        }
                    }
                }
                let window: Vec<Value> = buffer.iter().copied().collect();
                return Ok(Some(Value::Object(vm.new_array(window))));
            }
            HelperKind::Concat { items, index, inner } => {
                if let Some((ii, inx)) = *inner {
                    match vm.iterator_step_value(ii, inx)? {
                        Some(v) => return Ok(Some(v)),
                        None => {
                            if let HelperKind::Concat { inner, .. } = &mut helper_data(vm, h).kind {
                                *inner = None;
                            }
                            continue;
                        }
                    }
                }
                let Some(&(method, iterable)) = items.get(*index) else { return Ok(None) };
                *index += 1;
                let iter = vm.call(method, iterable, &[])?;
                if !iter.is_object() {
                    let d = vm.describe(iter);
                    return Err(vm.type_error(&format!("{d} is not an iterator")));
                }
                let next = get_iterator_direct(vm, iter)?;
                if let HelperKind::Concat { inner, .. } = &mut helper_data(vm, h).kind {
                    *inner = Some((iter, next));
                }
            }
            HelperKind::FlatMap { mapper, counter, inner } => {
                if let Some((ii, inx)) = *inner {
                    match vm.iterator_step_value(ii, inx) {
                        Ok(Some(v)) => return Ok(Some(v)),
                        Ok(None) => {
                            if let HelperKind::FlatMap { inner, .. } = &mut helper_data(vm, h).kind {
                                *inner = None;
                            }
                            continue;
                        }
                        Err(e) => {
                            let it = helper_data(vm, h).iter;
                            return Err(vm.iterator_close_on_throw(it, e));
                        }
                    }
                }
                let (f, c) = (*mapper, *counter);
                let Some(v) = step_underlying(vm, h)? else { return Ok(None) };
                let mapped = call_closing(vm, h, f, &[v, Value::Number(c)])?;
                let flat = match get_iterator_flattenable(vm, mapped, false) {
                    Ok(r) => r,
                    Err(e) => {
                        let it = helper_data(vm, h).iter;
                        return Err(vm.iterator_close_on_throw(it, e));
                    }
                };
                if let HelperKind::FlatMap { counter, inner, .. } = &mut helper_data(vm, h).kind {
                    *counter += 1.0;
                    *inner = Some(flat);
                }
            }
        }
    }
}

/// ECMA-262 §27.1.2.1.2 %IteratorHelperPrototype%.return ( )
fn helper_return(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (h, state) = helper_validate(vm, cx.this, "return")?;
    match state {
        GeneratorState::Completed => Ok(create_iter_result(vm, Value::Undefined, true)),
        _ => {
            // A return completion at the closure's yield (or before it started) closes the
            // inner iterator of flatMap, then the underlying one.
            // Executing while the return methods run (re-entry is a TypeError), then done.
            let d = helper_data(vm, h);
            d.state = GeneratorState::Executing;
            if let HelperKind::Zip(_) = d.kind {
                // IteratorCloseAll(O.[[UnderlyingIterators]], a return completion); from
                // suspended-start the helper is completed first (a re-entrant return() then
                // finds it done), from a yield it is executing meanwhile.
                if state == GeneratorState::SuspendedStart {
                    d.state = GeneratorState::Completed;
                }
                let r = super::iterator_zip::close(vm, h);
                helper_data(vm, h).state = GeneratorState::Completed;
                r?;
                return Ok(create_iter_result(vm, Value::Undefined, true));
            }
            let it = d.iter;
            let inner = match &mut d.kind {
                HelperKind::FlatMap { inner, .. } | HelperKind::Concat { inner, .. } => inner.take(),
                _ => None,
            };
            let r = match inner.map(|(ii, _)| vm.iterator_close(ii)) {
                Some(Err(e)) => Err(vm.iterator_close_on_throw(it, e)),
                _ => vm.iterator_close(it),
            };
            helper_data(vm, h).state = GeneratorState::Completed;
            r?;
            Ok(create_iter_result(vm, Value::Undefined, true))
        }
    }
}

/// GetIteratorFlattenable (ECMA-262 §7.4.12): (iterator, next) for an iterable or iterator;
/// strings are iterated only when `iterate_strings`.
pub(super) fn get_iterator_flattenable(vm: &mut Vm, obj: Value, iterate_strings: bool) -> JsResult<(Value, Value)> {
    let accepted = obj.is_object() || (iterate_strings && matches!(obj, Value::String(_)));
    if !accepted {
        let d = vm.describe(obj);
        return Err(vm.type_error(&format!("{d} is not an iterator or iterable")));
    }
    let method = vm.get_value_prop(obj, PropertyKey::Symbol(vm.sym.iterator))?;
    let iterator = if method.is_nullish() {
        obj
    } else {
        if !vm.is_callable(method) {
            return Err(vm.type_error("Symbol.iterator is not a function"));
        }
        vm.call(method, obj, &[])?
    };
    if !iterator.is_object() {
        let d = vm.describe(iterator);
        return Err(vm.type_error(&format!("{d} is not an iterator")));
    }
    let next = get_iterator_direct(vm, iterator)?;
    Ok((iterator, next))
}

/// Iterator.concat ( ...items ) (ES2026, iterator sequencing): checks every item up front,
/// then opens them one after another as the helper is stepped.
fn iterator_concat(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let mut items = Vec::with_capacity(args.len());
    for &item in args {
        if !item.is_object() {
            let d = vm.describe(item);
            return Err(vm.type_error(&format!("{d} is not an object")));
        }
        let method = vm.get_value_prop(item, PropertyKey::Symbol(vm.sym.iterator))?;
        if method.is_nullish() {
            let d = vm.describe(item);
            return Err(vm.type_error(&format!("{d} is not iterable")));
        }
        if !vm.is_callable(method) {
            return Err(vm.type_error("Symbol.iterator is not a function"));
        }
        items.push((method, item));
    }
    Ok(create_helper(vm, Value::Undefined, Value::Undefined, HelperKind::Concat { items, index: 0, inner: None }))
}

/// ECMA-262 §27.1.3.2.1 Iterator.from ( O )
fn iterator_from(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (iterator, next) = get_iterator_flattenable(vm, arg(args, 0), true)?;
    let ctor = Value::Object(vm.intrinsics().extra["%Iterator%"]);
    if vm.ordinary_has_instance(ctor, iterator)? {
        return Ok(iterator);
    }
    let proto = vm.intrinsics().extra["%WrapForValidIteratorPrototype%"];
    let w = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::WrappedIterator(Box::new((iterator, next)))));
    Ok(Value::Object(w))
}

fn wrapped(vm: &mut Vm, this: Value, method: &str) -> JsResult<(Value, Value)> {
    if let Value::Object(o) = this
        && let ObjectKind::WrappedIterator(record) = &vm.obj(o).kind
    {
        return Ok(**record);
    }
    let d = vm.describe(this);
    Err(vm.type_error(&format!("%WrapForValidIteratorPrototype%.{method} called on incompatible receiver {d}")))
}

/// ECMA-262 §27.1.3.2.1.1.1 %WrapForValidIteratorPrototype%.next ( )
fn wrap_next(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (iter, next) = wrapped(vm, cx.this, "next")?;
    vm.call(next, iter, &[])
}

/// ECMA-262 §27.1.3.2.1.1.2 %WrapForValidIteratorPrototype%.return ( )
fn wrap_return(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (iter, _) = wrapped(vm, cx.this, "return")?;
    let ret = vm.get_method(iter, vm.names.return_)?;
    if ret.is_undefined() {
        return Ok(create_iter_result(vm, Value::Undefined, true));
    }
    vm.call(ret, iter, &[])
}

/// Drives the receiver for the eager methods: `f(value, counter)` per value until it returns
/// Some (then the iterator is closed) or the iterator is done.
fn each<T>(
    vm: &mut Vm,
    o: Value,
    next: Value,
    mut f: impl FnMut(&mut Vm, Value, f64) -> JsResult<Option<T>>,
) -> JsResult<Option<T>> {
    let mark = vm.roots.len();
    vm.root(o);
    vm.root(next);
    let mut counter = 0.0;
    let r = loop {
        let v = match vm.iterator_step_value(o, next) {
            Ok(Some(v)) => v,
            Ok(None) => break Ok(None),
            Err(e) => break Err(e),
        };
        // Rooted until the callback and any closing call are over (find returns it).
        vm.roots.truncate(mark + 2);
        vm.root(v);
        match f(vm, v, counter) {
            Ok(None) => counter += 1.0,
            Ok(Some(t)) => break vm.iterator_close(o).map(|_| Some(t)),
            Err(e) => break Err(vm.iterator_close_on_throw(o, e)),
        }
    };
    vm.roots.truncate(mark);
    r
}

/// ECMA-262 §27.1.4.10 Iterator.prototype.reduce ( reducer [ , initialValue ] )
fn reduce(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_iterator(vm, cx.this, "reduce")?;
    let reducer = callable_arg(vm, o, arg(args, 0))?;
    let next = get_iterator_direct(vm, o)?;
    let (mut acc, first_counter) = if args.len() >= 2 {
        (args[1], 0.0)
    } else {
        match vm.iterator_step_value(o, next)? {
            Some(v) => (v, 1.0),
            None => return Err(vm.type_error("Reduce of empty iterator with no initial value")),
        }
    };
    // The accumulator lives in one root slot while the reducer runs.
    let slot = vm.roots.len();
    vm.root(acc);
    let r = each(vm, o, next, |vm, v, counter| {
        acc = vm.call(reducer, Value::Undefined, &[acc, v, Value::Number(counter + first_counter)])?;
        vm.roots[slot] = acc;
        Ok(None::<()>)
    });
    vm.roots.truncate(slot);
    r?;
    Ok(acc)
}

/// ECMA-262 §27.1.4.13 Iterator.prototype.toArray ( )
fn to_array(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = this_iterator(vm, cx.this, "toArray")?;
    let next = get_iterator_direct(vm, o)?;
    let arr = vm.new_array(Vec::new());
    let mark = vm.roots.len();
    vm.root(Value::Object(arr));
    let r = each(vm, o, next, |vm, v, _| {
        vm.charging_growth(arr, |vm| vm.obj_mut(arr).elements.push(v.into()));
        let len = vm.obj(arr).elements.len() as u32;
        if let ObjectKind::Array { length, .. } = &mut vm.obj_mut(arr).kind {
            *length = len;
        }
        Ok(None::<()>)
    });
    vm.roots.truncate(mark);
    r?;
    Ok(Value::Object(arr))
}

/// ECMA-262 §27.1.4.7 Iterator.prototype.forEach ( fn )
fn for_each(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_iterator(vm, cx.this, "forEach")?;
    let f = callable_arg(vm, o, arg(args, 0))?;
    let next = get_iterator_direct(vm, o)?;
    each(vm, o, next, |vm, v, c| {
        vm.call(f, Value::Undefined, &[v, Value::Number(c)])?;
        Ok(None::<()>)
    })?;
    Ok(Value::Undefined)
}

/// ECMA-262 §27.1.4.11 Iterator.prototype.some ( predicate )
fn some(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_iterator(vm, cx.this, "some")?;
    let f = callable_arg(vm, o, arg(args, 0))?;
    let next = get_iterator_direct(vm, o)?;
    let found = each(vm, o, next, |vm, v, c| {
        let r = vm.call(f, Value::Undefined, &[v, Value::Number(c)])?;
        Ok(vm.to_boolean(r).then_some(()))
    })?;
    Ok(Value::Bool(found.is_some()))
}

/// The size argument of chunks and windows (the iterator-chunking proposal): a Number
/// (TypeError), integral (TypeError), in [1, 2^32 - 1] (RangeError); not coerced. A bad one
/// closes the receiver.
fn size_arg(vm: &mut Vm, o: Value, size: Value, what: &str) -> JsResult<f64> {
    let n = match size {
        Value::Number(n) if n.is_finite() && n.fract() == 0.0 => n,
        other => {
            let d = vm.describe(other);
            let e = vm.type_error(&format!("{what} must be an integral number, got {d}"));
            return Err(vm.iterator_close_on_throw(o, e));
        }
    };
    if !(1.0..=4_294_967_295.0).contains(&n) {
        let e = vm.range_error(&format!("{what} must be between 1 and 2^32 - 1, got {n}"));
        return Err(vm.iterator_close_on_throw(o, e));
    }
    Ok(n)
}

/// Iterator.prototype.chunks ( chunkSize ) (iterator-chunking): arrays of `chunkSize`
/// consecutive values, the last one shorter if the values run out.
fn chunks(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_iterator(vm, cx.this, "chunks")?;
    let size = size_arg(vm, o, arg(args, 0), "chunkSize")?;
    let next = get_iterator_direct(vm, o)?;
    Ok(create_helper(vm, o, next, HelperKind::Chunks { size, buffer: Vec::new(), finished: false }))
}

/// Iterator.prototype.windows ( windowSize [ , undersized ] ) (iterator-chunking): every
/// run of `windowSize` consecutive values, as arrays; with `"allow-partial"` a shorter
/// source still gives its one (short) window.
fn windows(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_iterator(vm, cx.this, "windows")?;
    let size = size_arg(vm, o, arg(args, 0), "windowSize")?;
    let allow_partial = match arg(args, 1) {
        Value::Undefined => false,
        Value::String(s) if vm.rust_string(s) == "only-full" => false,
        Value::String(s) if vm.rust_string(s) == "allow-partial" => true,
        other => {
            let d = vm.describe(other);
            let e = vm.type_error(&format!("undersized must be \"only-full\" or \"allow-partial\", got {d}"));
            return Err(vm.iterator_close_on_throw(o, e));
        }
    };
    let next = get_iterator_direct(vm, o)?;
    let kind = HelperKind::Windows { size, allow_partial, buffer: Default::default(), finished: false };
    Ok(create_helper(vm, o, next, kind))
}

/// Iterator.prototype.includes ( searchElement [ , skippedElements ] ) (the
/// iterator-includes proposal): whether a value after the first `skippedElements` is
/// SameValueZero to `searchElement`; a match closes the iterator. `skippedElements` must
/// be an integral Number (or ±Infinity) in [0, 2^53 - 1] or +Infinity, not coerced.
fn includes(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_iterator(vm, cx.this, "includes")?;
    let to_skip = match arg(args, 1) {
        Value::Undefined => 0.0,
        Value::Number(n) if n.is_infinite() || n.fract() == 0.0 => n,
        other => {
            let d = vm.describe(other);
            let e = vm.type_error(&format!("{d} is not an integral number"));
            return Err(vm.iterator_close_on_throw(o, e));
        }
    };
    if to_skip < 0.0 || (to_skip.is_finite() && to_skip > 9_007_199_254_740_991.0) {
        let e = vm.range_error(&format!("{} is out of range for skippedElements", to_skip));
        return Err(vm.iterator_close_on_throw(o, e));
    }
    let next = get_iterator_direct(vm, o)?;
    let search = arg(args, 0);
    vm.root(search);
    let mut skipped = 0.0;
    let found = each(vm, o, next, |vm, v, _| {
        if skipped < to_skip {
            skipped += 1.0;
            return Ok(None);
        }
        Ok(vm.same_value_zero(v, search).then_some(()))
    })?;
    Ok(Value::Bool(found.is_some()))
}

/// ECMA-262 §27.1.4.4 Iterator.prototype.every ( predicate )
fn every(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_iterator(vm, cx.this, "every")?;
    let f = callable_arg(vm, o, arg(args, 0))?;
    let next = get_iterator_direct(vm, o)?;
    let failed = each(vm, o, next, |vm, v, c| {
        let r = vm.call(f, Value::Undefined, &[v, Value::Number(c)])?;
        Ok((!vm.to_boolean(r)).then_some(()))
    })?;
    Ok(Value::Bool(failed.is_none()))
}

/// ECMA-262 §27.1.4.5 Iterator.prototype.find ( predicate )
fn find(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = this_iterator(vm, cx.this, "find")?;
    let f = callable_arg(vm, o, arg(args, 0))?;
    let next = get_iterator_direct(vm, o)?;
    let found = each(vm, o, next, |vm, v, c| {
        let r = vm.call(f, Value::Undefined, &[v, Value::Number(c)])?;
        Ok(vm.to_boolean(r).then_some(v))
    })?;
    Ok(found.unwrap_or(Value::Undefined))
}
