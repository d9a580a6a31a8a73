//! Iterator.zip and Iterator.zipKeyed (the joint-iteration proposal): iterate several
//! iterators in step, yielding an array (zip) or a null-prototype object (zipKeyed) of
//! their values, until the shortest ends ("shortest"), the longest ends with the others
//! padded ("longest"), or all end together ("strict": a TypeError otherwise). The
//! closure of IteratorZip is a state of the iterator helper (`HelperKind::Zip`).

use super::arg;
use super::iterator_helpers::{HelperKind, create_helper, get_iterator_flattenable};
use crate::object::property::PropertyKey;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Shortest,
    Longest,
    Strict,
}

/// IteratorZip's captured state.
pub struct ZipState {
    /// The iterators; openIters are those still Some (an ended or closed one is None,
    /// and in "longest" mode padding takes its place).
    pub iters: Vec<Option<(Value, Value)>>,
    pub mode: Mode,
    pub padding: Vec<Value>,
    /// zipKeyed's keys (property keys as values), in order; None for zip.
    pub keys: Option<Vec<Value>>,
}

impl ZipState {
    pub fn values(&self, out: &mut Vec<Value>) {
        for (it, next) in self.iters.iter().flatten() {
            out.push(*it);
            out.push(*next);
        }
        out.extend_from_slice(&self.padding);
        if let Some(keys) = &self.keys {
            out.extend_from_slice(keys);
        }
    }

    pub fn heap_bytes(&self) -> usize {
        let v = std::mem::size_of::<Value>();
        self.iters.capacity() * std::mem::size_of::<Option<(Value, Value)>>()
            + (self.padding.capacity() + self.keys.as_ref().map_or(0, Vec::capacity)) * v
    }

    /// The open iterators, in order.
    fn open_iters(&self) -> Vec<Value> {
        self.iters.iter().flatten().map(|(it, _)| *it).collect()
    }
}

/// IteratorCloseAll ( iters, completion ): closes each, last first, threading the
/// completion through IteratorClose.
pub fn iterator_close_all(vm: &mut Vm, iters: &[Value], mut completion: JsResult<()>) -> JsResult<()> {
    for &it in iters.iter().rev() {
        completion = match completion {
            Ok(()) => vm.iterator_close(it),
            Err(e) => Err(vm.iterator_close_on_throw(it, e)),
        };
    }
    completion
}

/// The mode and padding option shared by zip and zipKeyed (steps 2–7).
fn options(vm: &mut Vm, options: Value) -> JsResult<(Mode, Value)> {
    let options = match options {
        Value::Undefined => return Ok((Mode::Shortest, Value::Undefined)),
        Value::Object(o) => o,
        other => {
            let d = vm.describe(other);
            return Err(vm.type_error(&format!("options must be an object, got {d}")));
        }
    };
    let k = vm.key_str("mode");
    let mode = vm.get(options, k, Value::Object(options))?;
    let mode = match mode {
        Value::Undefined => Mode::Shortest,
        Value::String(s) => match vm.rust_string(s).as_str() {
            "shortest" => Mode::Shortest,
            "longest" => Mode::Longest,
            "strict" => Mode::Strict,
            _ => return Err(bad_mode(vm, mode)),
        },
        other => return Err(bad_mode(vm, other)),
    };
    let mut padding = Value::Undefined;
    if mode == Mode::Longest {
        let k = vm.key_str("padding");
        padding = vm.get(options, k, Value::Object(options))?;
        if !padding.is_undefined() && !padding.is_object() {
            let d = vm.describe(padding);
            return Err(vm.type_error(&format!("padding must be an object, got {d}")));
        }
    }
    Ok((mode, padding))
}

fn bad_mode(vm: &mut Vm, mode: Value) -> Value {
    let d = vm.describe(mode);
    vm.type_error(&format!("mode must be \"shortest\", \"longest\" or \"strict\", got {d}"))
}

fn iters_of(iters: &[(Value, Value)]) -> Vec<Value> {
    iters.iter().map(|(it, _)| *it).collect()
}

/// Iterator.zip ( iterables [ , options ] )
pub fn zip(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let iterables = arg(args, 0);
    if !iterables.is_object() {
        let d = vm.describe(iterables);
        return Err(vm.type_error(&format!("{d} is not an object")));
    }
    let (mode, padding_option) = options(vm, arg(args, 1))?;
    vm.root(padding_option);
    let (input, input_next) = vm.get_iterator(iterables)?;
    vm.root(input);
    vm.root(input_next);
    let mut iters: Vec<(Value, Value)> = Vec::new();
    loop {
        let next = match vm.iterator_step_value(input, input_next) {
            Ok(Some(v)) => v,
            Ok(None) => break,
            Err(e) => return iterator_close_all(vm, &iters_of(&iters), Err(e)).map(|_| Value::Undefined),
        };
        match get_iterator_flattenable(vm, next, false) {
            Ok((it, nx)) => {
                vm.root(it);
                vm.root(nx);
                iters.push((it, nx));
            }
            Err(e) => {
                let mut all = vec![input];
                all.extend(iters_of(&iters));
                return iterator_close_all(vm, &all, Err(e)).map(|_| Value::Undefined);
            }
        }
    }
    let padding = if mode == Mode::Longest { padding_from_iterable(vm, padding_option, &iters)? } else { Vec::new() };
    Ok(zip_helper(vm, iters, mode, padding, None))
}

/// Step 14 of Iterator.zip: the padding, one value per iterator, from the padding iterable
/// (undefined where it runs short).
fn padding_from_iterable(vm: &mut Vm, option: Value, iters: &[(Value, Value)]) -> JsResult<Vec<Value>> {
    let count = iters.len();
    if option.is_undefined() {
        return Ok(vec![Value::Undefined; count]);
    }
    let (pit, pnext) = match vm.get_iterator(option) {
        Ok(r) => r,
        Err(e) => return iterator_close_all(vm, &iters_of(iters), Err(e)).map(|_| Vec::new()),
    };
    vm.root(pit);
    vm.root(pnext);
    let mut padding = Vec::with_capacity(count);
    let mut using_iterator = true;
    for _ in 0..count {
        if using_iterator {
            match vm.iterator_step_value(pit, pnext) {
                Ok(Some(v)) => {
                    vm.root(v);
                    padding.push(v);
                    continue;
                }
                Ok(None) => using_iterator = false,
                Err(e) => return iterator_close_all(vm, &iters_of(iters), Err(e)).map(|_| Vec::new()),
            }
        }
        padding.push(Value::Undefined);
    }
    if using_iterator && let Err(e) = vm.iterator_close(pit) {
        return iterator_close_all(vm, &iters_of(iters), Err(e)).map(|_| Vec::new());
    }
    Ok(padding)
}

/// Iterator.zipKeyed ( iterables [ , options ] )
pub fn zip_keyed(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let iterables = arg(args, 0);
    let Value::Object(obj) = iterables else {
        let d = vm.describe(iterables);
        return Err(vm.type_error(&format!("{d} is not an object")));
    };
    let (mode, padding_option) = options(vm, arg(args, 1))?;
    vm.root(padding_option);
    let mut iters: Vec<(Value, Value)> = Vec::new();
    let mut keys: Vec<Value> = Vec::new();
    let all_keys = vm.own_property_keys(obj)?;
    for key in all_keys {
        let desc = match vm.get_own_property(obj, key) {
            Ok(d) => d,
            Err(e) => return iterator_close_all(vm, &iters_of(&iters), Err(e)).map(|_| Value::Undefined),
        };
        if desc.is_none_or(|d| d.enumerable != Some(true)) {
            continue;
        }
        let value = match vm.get(obj, key, iterables) {
            Ok(v) => v,
            Err(e) => return iterator_close_all(vm, &iters_of(&iters), Err(e)).map(|_| Value::Undefined),
        };
        if value.is_undefined() {
            continue;
        }
        match get_iterator_flattenable(vm, value, false) {
            Ok((it, nx)) => {
                vm.root(it);
                vm.root(nx);
                let k = vm.key_to_value(key);
                vm.root(k);
                keys.push(k);
                iters.push((it, nx));
            }
            Err(e) => return iterator_close_all(vm, &iters_of(&iters), Err(e)).map(|_| Value::Undefined),
        }
    }
    let mut padding = Vec::new();
    if mode == Mode::Longest {
        match padding_option {
            Value::Object(p) => {
                for &k in &keys {
                    let key = vm.to_property_key(k)?;
                    match vm.get(p, key, padding_option) {
                        Ok(v) => {
                            vm.root(v);
                            padding.push(v);
                        }
                        Err(e) => {
                            return iterator_close_all(vm, &iters_of(&iters), Err(e)).map(|_| Value::Undefined);
                        }
                    }
                }
            }
            _ => padding = vec![Value::Undefined; iters.len()],
        }
    }
    Ok(zip_helper(vm, iters, mode, padding, Some(keys)))
}

/// IteratorZip ( iters, mode, padding, finishResults ): the helper object.
fn zip_helper(
    vm: &mut Vm,
    iters: Vec<(Value, Value)>,
    mode: Mode,
    padding: Vec<Value>,
    keys: Option<Vec<Value>>,
) -> Value {
    let state = ZipState { iters: iters.into_iter().map(Some).collect(), mode, padding, keys };
    create_helper(vm, Value::Undefined, Value::Undefined, HelperKind::Zip(Box::new(state)))
}

fn state(vm: &mut Vm, h: crate::value::ObjId) -> &mut ZipState {
    match &mut vm.obj_mut(h).kind {
        ObjectKind::IteratorHelper(d) => match &mut d.kind {
            HelperKind::Zip(z) => z,
            _ => unreachable!("a zip helper"),
        },
        _ => unreachable!("a zip helper"),
    }
}

/// Closes the helper's open iterators (its `return()` and an abrupt resumption).
pub fn close(vm: &mut Vm, h: crate::value::ObjId) -> JsResult<()> {
    let open = state(vm, h).open_iters();
    state(vm, h).iters.iter_mut().for_each(|i| *i = None);
    iterator_close_all(vm, &open, Ok(()))
}

/// One run of IteratorZip's closure up to its next Yield: Some(results), or None when it
/// returns.
pub fn step(vm: &mut Vm, h: crate::value::ObjId) -> JsResult<Option<Value>> {
    let count = state(vm, h).iters.len();
    if count == 0 {
        return Ok(None);
    }
    let mode = state(vm, h).mode;
    let mut results = Vec::with_capacity(count);
    for i in 0..count {
        let Some((it, next)) = state(vm, h).iters[i] else {
            results.push(state(vm, h).padding[i]);
            continue;
        };
        match vm.iterator_step_value(it, next) {
            Ok(Some(v)) => {
                vm.root(v);
                results.push(v);
            }
            Err(e) => {
                state(vm, h).iters[i] = None;
                let open = state(vm, h).open_iters();
                return iterator_close_all(vm, &open, Err(e)).map(|_| None);
            }
            Ok(None) => {
                state(vm, h).iters[i] = None;
                match mode {
                    Mode::Shortest => {
                        let open = state(vm, h).open_iters();
                        return iterator_close_all(vm, &open, Ok(())).map(|_| None);
                    }
                    Mode::Strict => {
                        if i != 0 {
                            return Err(strict_mismatch(vm, h));
                        }
                        for k in 1..count {
                            let Some((it, next)) = state(vm, h).iters[k] else { continue };
                            match vm.iterator_step(it, next) {
                                Err(e) => {
                                    state(vm, h).iters[k] = None;
                                    let open = state(vm, h).open_iters();
                                    return iterator_close_all(vm, &open, Err(e)).map(|_| None);
                                }
                                Ok(None) => state(vm, h).iters[k] = None,
                                Ok(Some(_)) => return Err(strict_mismatch(vm, h)),
                            }
                        }
                        return Ok(None);
                    }
                    Mode::Longest => {
                        let z = state(vm, h);
                        if z.iters.iter().all(Option::is_none) {
                            return Ok(None);
                        }
                        results.push(z.padding[i]);
                    }
                }
            }
        }
    }
    Ok(Some(finish_results(vm, h, results)))
}

/// "strict" mode with iterators of different lengths: a TypeError, after closing the rest.
fn strict_mismatch(vm: &mut Vm, h: crate::value::ObjId) -> Value {
    let e = vm.type_error("Iterator.zip: the iterators have different lengths (mode \"strict\")");
    let open = state(vm, h).open_iters();
    match iterator_close_all(vm, &open, Err(e)) {
        Err(e) => e,
        Ok(()) => Value::Undefined,
    }
}

/// finishResults: an array for zip, a null-prototype object keyed by zipKeyed's keys.
fn finish_results(vm: &mut Vm, h: crate::value::ObjId, results: Vec<Value>) -> Value {
    let Some(keys) = state(vm, h).keys.clone() else {
        return Value::Object(vm.new_array(results));
    };
    let obj = vm.heap.alloc_object(Object::new(None, ObjectKind::Ordinary));
    for (k, v) in keys.into_iter().zip(results) {
        let key = match k {
            Value::Symbol(s) => PropertyKey::Symbol(s),
            other => vm.to_property_key(other).unwrap_or(PropertyKey::String(vm.names.empty)),
        };
        let _ = vm.create_data_property(obj, key, v);
    }
    Value::Object(obj)
}
