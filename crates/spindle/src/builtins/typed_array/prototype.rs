//! The methods of %TypedArray.prototype% (ECMA-262 §23.2.3) that do not call back into
//! script per element: access, search, copying, joining and the copying variants. The
//! callback methods are in `iteration.rs`, sort and toSorted in `sort.rs`, set in
//! `set.rs`, and %TypedArray%.from / .of in `statics.rs`.
//!
//! Where the spec reads and writes elements with Get and Set but no script can run in
//! between, the methods work on the buffer's bytes directly (the result is the same).

use super::iteration::callback_methods;
use super::{typed_array_create_same_type, typed_array_species_create, validate_typed_array};
use crate::binary::{ElementType, Numeric};
use crate::builtins::arg;
use crate::builtins::array_buffer::{relative_arg, relative_index};
use crate::builtins::iterator::create_array_iterator;
use crate::object::property::*;
use crate::object::{IterKind, NativeCall, NativeFn, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

/// Installs %TypedArray%'s static methods on `ctor` and the prototype methods on `proto`.
pub fn init(vm: &mut Vm, ctor: ObjId, proto: ObjId) {
    vm.def_method(ctor, "from", 1, super::statics::from);
    vm.def_method(ctor, "of", 0, super::statics::of);
    let methods: [(&str, u32, NativeFn); 18] = [
        ("at", 1, at),
        ("copyWithin", 2, copy_within),
        ("entries", 0, entries),
        ("fill", 1, fill),
        ("includes", 1, includes),
        ("indexOf", 1, index_of),
        ("join", 1, join),
        ("keys", 0, keys),
        ("lastIndexOf", 1, last_index_of),
        ("reverse", 0, reverse),
        ("set", 1, super::set::set),
        ("slice", 2, slice),
        ("subarray", 2, subarray),
        ("toLocaleString", 0, to_locale_string),
        ("toReversed", 0, to_reversed),
        ("with", 2, with),
        ("sort", 1, super::sort::sort),
        ("toSorted", 1, super::sort::to_sorted),
    ];
    for (name, len, f) in methods.into_iter().chain(callback_methods()) {
        vm.def_method(proto, name, len, f);
    }
    // §23.2.3.37: the initial value of @@iterator is the `values` function object.
    let values_fn = vm.def_method(proto, "values", 0, values);
    let it = vm.sym.iterator;
    vm.define_direct(proto, PropertyKey::Symbol(it), Value::Object(values_fn), HIDDEN);
    // §23.2.3.34: the initial value of toString is %Array.prototype.toString%.
    let ap = vm.intrinsics().array_prototype;
    let key = vm.key_str("toString");
    let to_string = match vm.obj(ap).props.get(key).map(|p| p.slot) {
        Some(Slot::Data(f)) => f,
        _ => Value::Undefined,
    };
    vm.define_direct(proto, key, to_string, HIDDEN);
}

/// Where a typed array's elements are now: its buffer, element type, byte offset and
/// current length (TypedArrayLength of a fresh buffer witness record).
#[derive(Clone, Copy)]
pub(super) struct Elements {
    pub buf: ObjId,
    pub ty: ElementType,
    pub offset: usize,
    pub len: usize,
}

impl Elements {
    /// The byte index of element `k`.
    #[inline]
    pub fn byte_index(&self, k: usize) -> usize {
        self.offset + k * self.ty.size()
    }
}

/// The elements of typed array `o`, or None when it is out of bounds (detached included).
pub(super) fn elements(vm: &Vm, o: ObjId) -> Option<Elements> {
    let t = vm.typed_array_data(o)?;
    let len = vm.typed_array_length(t)?;
    Some(Elements { buf: t.buffer, ty: t.ty, offset: t.byte_offset, len })
}

/// The elements of `o` after script may have run (IsTypedArrayOutOfBounds of a new witness
/// record is a TypeError naming `method`).
pub(super) fn revalidate(vm: &mut Vm, o: ObjId, method: &str) -> JsResult<Elements> {
    match elements(vm, o) {
        Some(e) => Ok(e),
        None => Err(vm.detached_error(method)),
    }
}

/// Copies the bytes of elements `from..from + count` out of the buffer.
pub(super) fn read_bytes(vm: &Vm, e: &Elements, from: usize, count: usize) -> Vec<u8> {
    let mut out = vec![0u8; count * e.ty.size()];
    if count > 0 {
        vm.buffer_read(e.buf, e.byte_index(from), &mut out);
    }
    out
}

/// The element values of `bytes` (whole elements of type `ty`).
pub(super) fn decode_all(ty: ElementType, bytes: &[u8]) -> impl Iterator<Item = Numeric> + '_ {
    bytes.chunks_exact(ty.size()).map(move |c| ty.decode(c, true))
}

/// ECMA-262 §23.2.3.1 %TypedArray%.prototype.at ( index )
fn at(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate_typed_array(vm, cx.this, "%TypedArray%.prototype.at")?;
    let rel = vm.to_integer_or_infinity(arg(args, 0))?;
    // `+ 0.0` makes a -0 index (from -0.5) the mathematical value 0.
    let k = if rel >= 0.0 { rel + 0.0 } else { len as f64 + rel };
    if k < 0.0 || k >= len as f64 {
        return Ok(Value::Undefined);
    }
    Ok(vm.typed_array_get_element(o, k))
}

/// ECMA-262 §23.2.3.6 %TypedArray%.prototype.copyWithin ( target, start [ , end ] )
fn copy_within(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "%TypedArray%.prototype.copyWithin";
    let (o, len) = validate_typed_array(vm, cx.this, NAME)?;
    let to = relative_arg(vm, arg(args, 0), len, 0)?;
    let from = relative_arg(vm, arg(args, 1), len, 0)?;
    let end = relative_arg(vm, arg(args, 2), len, len)?;
    let count = end.saturating_sub(from).min(len - to);
    if count > 0 {
        // The arguments' conversions may have shrunk the buffer: copy only what is still
        // inside the view on both sides (step 10.h-m).
        let e = revalidate(vm, o, NAME)?;
        let count = count.min(e.len.saturating_sub(from)).min(e.len.saturating_sub(to));
        if count > 0 {
            vm.buffer_copy(e.buf, e.byte_index(from), e.buf, e.byte_index(to), count * e.ty.size());
        }
    }
    Ok(Value::Object(o))
}

/// ECMA-262 §23.2.3.7 %TypedArray%.prototype.entries ( )
fn entries(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (o, _) = validate_typed_array(vm, cx.this, "%TypedArray%.prototype.entries")?;
    Ok(Value::Object(create_array_iterator(vm, Value::Object(o), IterKind::Entries)))
}

/// ECMA-262 §23.2.3.19 %TypedArray%.prototype.keys ( )
fn keys(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (o, _) = validate_typed_array(vm, cx.this, "%TypedArray%.prototype.keys")?;
    Ok(Value::Object(create_array_iterator(vm, Value::Object(o), IterKind::Keys)))
}

/// ECMA-262 §23.2.3.35 %TypedArray%.prototype.values ( )
fn values(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (o, _) = validate_typed_array(vm, cx.this, "%TypedArray%.prototype.values")?;
    Ok(Value::Object(create_array_iterator(vm, Value::Object(o), IterKind::Values)))
}

/// ECMA-262 §23.2.3.9 %TypedArray%.prototype.fill ( value [ , start [ , end ] ] )
fn fill(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "%TypedArray%.prototype.fill";
    let (o, len) = validate_typed_array(vm, cx.this, NAME)?;
    let ty = vm.typed_array_data(o).expect("validated").ty;
    let value = vm.to_element_numeric(ty, arg(args, 0))?;
    let start = relative_arg(vm, arg(args, 1), len, 0)?;
    let end = relative_arg(vm, arg(args, 2), len, len)?;
    let e = revalidate(vm, o, NAME)?;
    let end = end.min(e.len);
    if start < end {
        let one = ty.encode(value, true);
        let size = ty.size();
        let mut bytes = Vec::with_capacity((end - start) * size);
        for _ in start..end {
            bytes.extend_from_slice(&one[..size]);
        }
        vm.buffer_write(e.buf, e.byte_index(start), &bytes);
    }
    Ok(Value::Object(o))
}

/// The element value a search compares against, when `v` can equal an element of type
/// `ty` at all (a Number for Number types, a BigInt within 64 bits for BigInt types).
fn search_target(vm: &Vm, ty: ElementType, v: Value) -> Option<Numeric> {
    match v {
        Value::Number(n) if !ty.is_bigint() => Some(Numeric::Number(n)),
        Value::BigInt(b) if ty.is_bigint() => {
            use num_traits::ToPrimitive;
            let n = vm.heap.bigint(b).to_i128()?;
            let fits = match ty {
                ElementType::BigInt64 => i64::try_from(n).is_ok(),
                _ => u64::try_from(n).is_ok(),
            };
            fits.then_some(Numeric::BigInt(n))
        }
        _ => None,
    }
}

/// The first (or, with `backwards`, last) index in `ks` whose element equals `target`:
/// IsStrictlyEqual, or SameValueZero when `nan_matches` (includes). Compares in the
/// element's own representation instead of converting every element to a Number.
fn scan(
    vm: &Vm,
    e: &Elements,
    ks: std::ops::Range<usize>,
    target: Numeric,
    nan_matches: bool,
    backwards: bool,
) -> Option<usize> {
    if ks.is_empty() {
        return None;
    }
    let (ty, size) = (e.ty, e.ty.size());
    let find = |bytes: &[u8], hit: &dyn Fn(&[u8]) -> bool| {
        let mut chunks = bytes.chunks_exact(size);
        if backwards { chunks.rposition(hit) } else { chunks.position(hit) }
    };
    let found = with_bytes(vm, e, ks.start, ks.len(), |bytes| match target {
        Numeric::Number(x) if x.is_nan() => {
            if nan_matches {
                find(bytes, &|c| matches!(ty.decode(c, true), Numeric::Number(y) if y.is_nan()))
            } else {
                None
            }
        }
        Numeric::Number(x) if ty == ElementType::Float64 => {
            find(bytes, &|c| f64::from_le_bytes(c.try_into().expect("8 bytes")) == x)
        }
        Numeric::Number(x) if ty == ElementType::Float32 => {
            let f = x as f32;
            if f as f64 != x {
                return None;
            }
            find(bytes, &|c| f32::from_le_bytes(c.try_into().expect("4 bytes")) == f)
        }
        Numeric::Number(x) if ty == ElementType::Float16 => find(bytes, &|c| ty.decode(c, true) == Numeric::Number(x)),
        // Integer and BigInt elements: equal values have equal bytes, and a value that does
        // not survive the round trip through the element type equals no element.
        _ => {
            let pattern = ty.encode(target, true);
            if ty.decode(&pattern, true) != target {
                return None;
            }
            let pattern = &pattern[..size];
            find(bytes, &|c| c == pattern)
        }
    });
    found.map(|i| ks.start + i)
}

/// Runs `f` over the bytes of elements `from..from + count` in place (a copy for a
/// SharedArrayBuffer, whose bytes cannot be borrowed).
pub(super) fn with_bytes<R>(vm: &Vm, e: &Elements, from: usize, count: usize, f: impl FnOnce(&[u8]) -> R) -> R {
    let start = e.byte_index(from);
    let end = start + count * e.ty.size();
    if let ObjectKind::ArrayBuffer(d) = &vm.obj(e.buf).kind
        && let Some(b) = &d.bytes
        && end <= b.len()
    {
        return f(&b[start..end]);
    }
    f(&read_bytes(vm, e, from, count))
}

/// The start index of includes and indexOf (steps 4-10): None when the search is empty.
fn search_start(vm: &mut Vm, from: Value, len: usize) -> JsResult<Option<usize>> {
    let n = vm.to_integer_or_infinity(from)?;
    if n == f64::INFINITY {
        return Ok(None);
    }
    Ok(Some(relative_index(n, len)))
}

/// ECMA-262 §23.2.3.16 %TypedArray%.prototype.includes ( searchElement [ , fromIndex ] )
fn includes(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate_typed_array(vm, cx.this, "%TypedArray%.prototype.includes")?;
    if len == 0 {
        return Ok(Value::Bool(false));
    }
    let Some(k) = search_start(vm, arg(args, 1), len)? else { return Ok(Value::Bool(false)) };
    let search = arg(args, 0);
    // fromIndex's conversion may have shrunk or detached the buffer: indices past the
    // current length read as undefined.
    let e = elements(vm, o);
    let live = e.map_or(0, |e| e.len.min(len));
    if search.is_undefined() {
        return Ok(Value::Bool(k < len && live < len));
    }
    let found = match (e, search_target(vm, vm.typed_array_data(o).expect("validated").ty, search)) {
        (Some(e), Some(t)) if k < live => scan(vm, &e, k..live, t, true, false).is_some(),
        _ => false,
    };
    Ok(Value::Bool(found))
}

/// ECMA-262 §23.2.3.17 %TypedArray%.prototype.indexOf ( searchElement [ , fromIndex ] )
fn index_of(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate_typed_array(vm, cx.this, "%TypedArray%.prototype.indexOf")?;
    if len == 0 {
        return Ok(Value::Number(-1.0));
    }
    let Some(k) = search_start(vm, arg(args, 1), len)? else { return Ok(Value::Number(-1.0)) };
    // Indices past the current length fail HasProperty and are skipped.
    let e = elements(vm, o);
    let live = e.map_or(0, |e| e.len.min(len));
    let found = match (e, search_target(vm, vm.typed_array_data(o).expect("validated").ty, arg(args, 0))) {
        (Some(e), Some(t)) if k < live => scan(vm, &e, k..live, t, false, false),
        _ => None,
    };
    Ok(Value::Number(found.map_or(-1.0, |i| i as f64)))
}

/// ECMA-262 §23.2.3.20 %TypedArray%.prototype.lastIndexOf ( searchElement [ , fromIndex ] )
fn last_index_of(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate_typed_array(vm, cx.this, "%TypedArray%.prototype.lastIndexOf")?;
    if len == 0 {
        return Ok(Value::Number(-1.0));
    }
    let n = if args.len() > 1 { vm.to_integer_or_infinity(args[1])? } else { len as f64 - 1.0 };
    if n == f64::NEG_INFINITY {
        return Ok(Value::Number(-1.0));
    }
    let k = if n >= 0.0 { n.min(len as f64 - 1.0) } else { len as f64 + n };
    if k < 0.0 {
        return Ok(Value::Number(-1.0));
    }
    let e = elements(vm, o);
    let live = e.map_or(0, |e| e.len.min(len)).min(k as usize + 1);
    let found = match (e, search_target(vm, vm.typed_array_data(o).expect("validated").ty, arg(args, 0))) {
        (Some(e), Some(t)) => scan(vm, &e, 0..live, t, false, true),
        _ => None,
    };
    Ok(Value::Number(found.map_or(-1.0, |i| i as f64)))
}

/// Appends ToString of an element value to `out` (Number::toString or BigInt::toString;
/// neither can run script).
pub(super) fn push_element_string(out: &mut Vec<u16>, n: Numeric) {
    match n {
        Numeric::Number(x) if x == x.trunc() && x.abs() < 1e15 => {
            out.extend((x as i64).to_string().encode_utf16());
        }
        Numeric::Number(x) => out.extend(crate::value::number::number_to_string(x).encode_utf16()),
        Numeric::BigInt(b) => out.extend(b.to_string().encode_utf16()),
    }
}

/// ECMA-262 §23.2.3.18 %TypedArray%.prototype.join ( separator )
fn join(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate_typed_array(vm, cx.this, "%TypedArray%.prototype.join")?;
    let sep: Vec<u16> = match arg(args, 0) {
        Value::Undefined => vec![b',' as u16],
        v => {
            let s = vm.to_string(v)?;
            vm.heap.str(s).to_vec()
        }
    };
    if len > 1 && sep.len() as f64 * (len - 1) as f64 > crate::vm::ops::MAX_STRING_LEN as f64 {
        return Err(vm.range_error("Invalid string length"));
    }
    // The separator's conversion may have shrunk the buffer: elements past the current
    // length read as undefined, which joins as the empty string.
    let e = elements(vm, o);
    let live = e.map_or(0, |e| e.len.min(len));
    let bytes = e.map(|e| read_bytes(vm, &e, 0, live)).unwrap_or_default();
    let ty = vm.typed_array_data(o).expect("validated").ty;
    let mut out: Vec<u16> = Vec::with_capacity(len * (sep.len() + 2));
    for (k, n) in decode_all(ty, &bytes).enumerate() {
        if k > 0 {
            out.extend_from_slice(&sep);
        }
        push_element_string(&mut out, n);
    }
    for k in live..len {
        if k > 0 {
            out.extend_from_slice(&sep);
        }
    }
    if out.len() > crate::vm::ops::MAX_STRING_LEN {
        return Err(vm.range_error("Invalid string length"));
    }
    Ok(vm.string_units(out))
}

/// ECMA-262 §23.2.3.25 %TypedArray%.prototype.reverse ( )
fn reverse(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate_typed_array(vm, cx.this, "%TypedArray%.prototype.reverse")?;
    let e = elements(vm, o).expect("validated");
    let bytes = reversed_bytes(vm, &e, len);
    vm.buffer_write(e.buf, e.offset, &bytes);
    Ok(Value::Object(o))
}

/// The bytes of the first `len` elements in reverse element order.
fn reversed_bytes(vm: &Vm, e: &Elements, len: usize) -> Vec<u8> {
    let size = e.ty.size();
    let mut bytes = read_bytes(vm, e, 0, len);
    // Reversing all bytes reverses the element order and each element's bytes; reversing
    // each element again restores its byte order.
    bytes.reverse();
    if size > 1 {
        for c in bytes.chunks_exact_mut(size) {
            c.reverse();
        }
    }
    bytes
}

/// ECMA-262 §23.2.3.32 %TypedArray%.prototype.toReversed ( )
fn to_reversed(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate_typed_array(vm, cx.this, "%TypedArray%.prototype.toReversed")?;
    let a = typed_array_create_same_type(vm, o, len)?;
    let e = elements(vm, o).expect("validated; creating the result runs no script");
    let bytes = reversed_bytes(vm, &e, len);
    let buf = vm.typed_array_data(a).expect("just made").buffer;
    vm.buffer_write(buf, 0, &bytes);
    Ok(Value::Object(a))
}

/// ECMA-262 §23.2.3.36 %TypedArray%.prototype.with ( index, value )
fn with(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate_typed_array(vm, cx.this, "%TypedArray%.prototype.with")?;
    let rel = vm.to_integer_or_infinity(arg(args, 0))?;
    // `+ 0.0` makes a -0 index (from -0.5) the mathematical value 0.
    let actual = if rel >= 0.0 { rel + 0.0 } else { len as f64 + rel };
    let ty = vm.typed_array_data(o).expect("validated").ty;
    let value = vm.to_element_numeric(ty, arg(args, 1))?;
    if vm.valid_integer_index(o, actual).is_none() {
        return Err(vm.range_error("Invalid typed array index"));
    }
    let actual = actual as usize;
    let a = typed_array_create_same_type(vm, o, len)?;
    let e = elements(vm, o).expect("the index is valid, so the view is in bounds");
    // Elements past the current length (the buffer may have shrunk) read as undefined,
    // whose conversion for the new element is NaN (0 for integer types).
    let live = e.len.min(len);
    let mut bytes = read_bytes(vm, &e, 0, live);
    let size = ty.size();
    if live < len {
        if ty.is_bigint() {
            return Err(vm.type_error("Cannot convert undefined to a BigInt"));
        }
        let fill = ty.encode(Numeric::Number(f64::NAN), true);
        for _ in live..len {
            bytes.extend_from_slice(&fill[..size]);
        }
    }
    // The index may be valid only because the buffer grew: then it is past the result.
    if actual < len {
        bytes[actual * size..(actual + 1) * size].copy_from_slice(&ty.encode(value, true)[..size]);
    }
    let buf = vm.typed_array_data(a).expect("just made").buffer;
    vm.buffer_write(buf, 0, &bytes);
    Ok(Value::Object(a))
}

/// ECMA-262 §23.2.3.27 %TypedArray%.prototype.slice ( start, end )
fn slice(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "%TypedArray%.prototype.slice";
    let (o, len) = validate_typed_array(vm, cx.this, NAME)?;
    let start = relative_arg(vm, arg(args, 0), len, 0)?;
    let end = relative_arg(vm, arg(args, 1), len, len)?;
    let count = end.saturating_sub(start);
    let a = typed_array_species_create(vm, o, &[Value::Number(count as f64)], NAME)?;
    if count == 0 {
        return Ok(Value::Object(a));
    }
    vm.root(Value::Object(a));
    let src = revalidate(vm, o, NAME)?;
    let end = end.min(src.len);
    let count = end.saturating_sub(start);
    let dst = elements(vm, a).expect("validated by TypedArraySpeciesCreate; no script since");
    if count == 0 {
        return Ok(Value::Object(a));
    }
    if src.ty == dst.ty {
        // Step 10.g: a byte-wise copy in ascending order (it preserves the bits, and when
        // the result views the same buffer, overlapping bytes propagate as the spec's loop
        // makes them).
        copy_bytes_ascending(vm, src.buf, src.byte_index(start), dst.buf, dst.offset, count * src.ty.size());
    } else {
        for (n, k) in (start..end).enumerate() {
            let v = vm.typed_array_get_element(o, k as f64);
            vm.typed_array_set_element(a, n as f64, v)?;
        }
    }
    Ok(Value::Object(a))
}

/// Copies `len` bytes one at a time in ascending order (a forward overlapping copy within
/// one buffer repeats the leading bytes, unlike memmove).
fn copy_bytes_ascending(vm: &mut Vm, from: ObjId, from_index: usize, to: ObjId, to_index: usize, len: usize) {
    if from == to && to_index > from_index && to_index < from_index + len {
        if let ObjectKind::ArrayBuffer(d) = &mut vm.obj_mut(from).kind
            && let Some(b) = &mut d.bytes
        {
            for i in 0..len {
                b[to_index + i] = b[from_index + i];
            }
            return;
        }
        let mut byte = [0u8; 1];
        for i in 0..len {
            vm.buffer_read(from, from_index + i, &mut byte);
            vm.buffer_write(to, to_index + i, &byte);
        }
        return;
    }
    vm.buffer_copy(from, from_index, to, to_index, len);
}

/// ECMA-262 §23.2.3.30 %TypedArray%.prototype.subarray ( start, end )
fn subarray(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const NAME: &str = "%TypedArray%.prototype.subarray";
    let Some(t) = cx.this.as_object().and_then(|o| vm.typed_array_data(o)) else {
        return Err(vm.incompatible_receiver(NAME, cx.this));
    };
    let o = cx.this.as_object().expect("checked");
    let (buffer, size, byte_offset, tracking) = (t.buffer, t.ty.size(), t.byte_offset, t.array_length.is_none());
    let src_len = vm.typed_array_length(t).unwrap_or(0);
    let start = relative_arg(vm, arg(args, 0), src_len, 0)?;
    let begin = byte_offset + start * size;
    let end = arg(args, 1);
    let mut list = vec![Value::Object(buffer), Value::Number(begin as f64)];
    if !(tracking && end.is_undefined()) {
        let end = relative_arg(vm, end, src_len, src_len)?;
        list.push(Value::Number(end.saturating_sub(start) as f64));
    }
    Ok(Value::Object(typed_array_species_create(vm, o, &list, NAME)?))
}

/// ECMA-262 §23.2.3.31 %TypedArray%.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
fn to_locale_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (o, len) = validate_typed_array(vm, cx.this, "%TypedArray%.prototype.toLocaleString")?;
    let mut out: Vec<u16> = Vec::new();
    let method = vm.key_str("toLocaleString");
    let mark = vm.roots.len();
    for k in 0..len {
        if k > 0 {
            out.push(b',' as u16);
        }
        // Each element's toLocaleString may run script that detaches the buffer: later
        // elements then read as undefined and contribute nothing.
        let v = vm.typed_array_get_element(o, k as f64);
        if v.is_undefined() {
            continue;
        }
        vm.roots.truncate(mark);
        vm.root(v);
        let f = vm.get_value_prop(v, method)?;
        let r = vm.call(f, v, &[])?;
        let s = vm.to_string(r)?;
        out.extend_from_slice(vm.heap.str(s));
    }
    Ok(vm.string_units(out))
}
