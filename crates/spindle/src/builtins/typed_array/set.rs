//! %TypedArray%.prototype.set (ECMA-262 §23.2.3.26) from another typed array or from an
//! array-like.

use super::index_key;
use super::prototype::{decode_all, elements, read_bytes};
use crate::binary::{ElementType, Numeric};
use crate::builtins::arg;
use crate::object::{NativeCall, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

const NAME: &str = "%TypedArray%.prototype.set";

/// ECMA-262 §23.2.3.26 %TypedArray%.prototype.set ( source [ , offset ] )
pub(super) fn set(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(target) = cx.this.as_object().filter(|&o| vm.typed_array_data(o).is_some()) else {
        return Err(vm.type_error("this is not a typed array."));
    };
    let target_offset = vm.to_integer_or_infinity(arg(args, 1))?;
    if target_offset < 0.0 {
        return Err(vm.range_error("offset is out of bounds"));
    }
    match arg(args, 0) {
        Value::Object(s) if vm.typed_array_data(s).is_some() => {
            set_from_typed_array(vm, target, target_offset, s)?;
        }
        source => set_from_array_like(vm, target, target_offset, source)?,
    }
    Ok(Value::Undefined)
}

/// The RangeError both algorithms throw when `src_len` elements from `target_offset` on do
/// not fit a target of `target_len` elements.
fn check_fits(vm: &mut Vm, target_offset: f64, src_len: usize, target_len: usize) -> JsResult<()> {
    if target_offset == f64::INFINITY || src_len as f64 + target_offset > target_len as f64 {
        return Err(vm.range_error("offset is out of bounds"));
    }
    Ok(())
}

/// SetTypedArrayFromTypedArray (ECMA-262 §23.2.3.26.1)
fn set_from_typed_array(vm: &mut Vm, target: ObjId, target_offset: f64, source: ObjId) -> JsResult<()> {
    let Some(t) = elements(vm, target) else { return Err(vm.detached_error(NAME)) };
    let Some(s) = elements(vm, source) else { return Err(vm.detached_error(NAME)) };
    check_fits(vm, target_offset, s.len, t.len)?;
    if t.ty.is_bigint() != s.ty.is_bigint() {
        return Err(vm.type_error("Cannot mix BigInt and other types, use explicit conversions"));
    }
    let to = t.byte_index(target_offset as usize);
    if s.ty == t.ty {
        // The bits are copied as they are; buffer_copy moves overlapping ranges of one
        // buffer as if the source had been cloned first (step 18).
        vm.buffer_copy(s.buf, s.offset, t.buf, to, s.len * s.ty.size());
        return Ok(());
    }
    // Reading all source bytes first is the spec's CloneArrayBuffer when both views share
    // a buffer, and makes no difference otherwise.
    let src = read_bytes(vm, &s, 0, s.len);
    let size = t.ty.size();
    let mut out = Vec::with_capacity(s.len * size);
    for n in decode_all(s.ty, &src) {
        out.extend_from_slice(&t.ty.encode(n, true)[..size]);
    }
    vm.buffer_write(t.buf, to, &out);
    Ok(())
}

/// SetTypedArrayFromArrayLike (ECMA-262 §23.2.3.26.2)
fn set_from_array_like(vm: &mut Vm, target: ObjId, target_offset: f64, source: Value) -> JsResult<()> {
    // The target's length is taken before the source's length getter can resize it.
    let Some(t) = elements(vm, target) else { return Err(vm.detached_error(NAME)) };
    let src = vm.to_object(source)?;
    vm.root(Value::Object(src));
    let src_len = vm.length_of_array_like(src)?;
    check_fits(vm, target_offset, src_len as usize, t.len)?;
    let (src_len, offset) = (src_len as usize, target_offset as usize);
    if let Some(now) = elements(vm, target).filter(|now| offset + src_len <= now.len)
        && let Some(values) = dense_numbers(vm, src, src_len, now.ty)
    {
        // Every Get would return a Number without running script, and every index is
        // still valid: store them all at once.
        vm.buffer_write(now.buf, now.byte_index(offset), &values);
        return Ok(());
    }
    for k in 0..src_len {
        let key = index_key(vm, k);
        let v = vm.get(src, key, Value::Object(src))?;
        vm.typed_array_set_element(target, (offset + k) as f64, v)?;
    }
    Ok(())
}

/// The first `len` elements of `src` encoded for `ty`, when `src` is an array whose
/// elements there are all present Numbers (each Get then has no observable effect) and `ty`
/// holds Numbers.
fn dense_numbers(vm: &Vm, src: ObjId, len: usize, ty: ElementType) -> Option<Vec<u8>> {
    let obj = vm.obj(src);
    if ty.is_bigint() || !matches!(obj.kind, ObjectKind::Array { .. }) || obj.elements.len() < len {
        return None;
    }
    let size = ty.size();
    let mut out = Vec::with_capacity(len * size);
    for v in &obj.elements[..len] {
        let x = v.number()?;
        out.extend_from_slice(&ty.encode(Numeric::Number(x), true)[..size]);
    }
    Some(out)
}
