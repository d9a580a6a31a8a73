//! %TypedArray%.prototype.sort (ECMA-262 §23.2.3.29) and toSorted (§23.2.3.33).
//!
//! Both read every element first (SortIndexedProperties), sort the list and write it back.
//! Without a comparator no script runs, so the elements are sorted as numbers straight
//! from the buffer's bytes; with one, the values are sorted by a stable merge sort that
//! propagates the comparator's exceptions, and the write-back ignores elements the
//! comparator pushed out of bounds (it may detach or shrink the buffer).

use super::prototype::{Elements, decode_all, elements, read_bytes};
use super::{typed_array_create_same_type, validate_typed_array};
use crate::binary::{ElementType, Numeric};
use crate::builtins::arg;
use crate::builtins::merge_sort::merge_sort;
use crate::object::NativeCall;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use std::cmp::Ordering;

/// Step 1 of sort and toSorted: the comparator must be undefined or callable.
fn comparator(vm: &mut Vm, args: &[Value]) -> JsResult<Value> {
    let cmp = arg(args, 0);
    if !cmp.is_undefined() && !vm.is_callable(cmp) {
        return Err(vm.type_error("The comparison function must be either a function or undefined"));
    }
    Ok(cmp)
}

/// ECMA-262 §23.2.3.29 %TypedArray%.prototype.sort ( comparefn )
pub(super) fn sort(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let cmp = comparator(vm, args)?;
    let (o, len) = validate_typed_array(vm, cx.this, "%TypedArray%.prototype.sort")?;
    sort_into(vm, o, len, cmp, o)?;
    Ok(Value::Object(o))
}

/// ECMA-262 §23.2.3.33 %TypedArray%.prototype.toSorted ( comparefn )
pub(super) fn to_sorted(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let cmp = comparator(vm, args)?;
    let (o, len) = validate_typed_array(vm, cx.this, "%TypedArray%.prototype.toSorted")?;
    let a = typed_array_create_same_type(vm, o, len)?;
    vm.root(Value::Object(a));
    sort_into(vm, o, len, cmp, a)?;
    Ok(Value::Object(a))
}

/// SortIndexedProperties over the first `len` elements of `o` with TypedArray
/// SortCompare, then Set of each sorted value into `target` (`o` itself or a new array of
/// the same type and length).
fn sort_into(vm: &mut Vm, o: ObjId, len: usize, cmp: Value, target: ObjId) -> JsResult<()> {
    let e = elements(vm, o).expect("validated, and nothing ran since");
    if cmp.is_undefined() {
        let bytes = sorted_bytes(&e, &read_bytes(vm, &e, 0, len));
        let dst = elements(vm, target).expect("in bounds");
        vm.buffer_write(dst.buf, dst.offset, &bytes);
        return Ok(());
    }
    let mut items = Vec::with_capacity(len);
    for n in decode_all(e.ty, &read_bytes(vm, &e, 0, len)) {
        let v = vm.numeric_value(n);
        vm.root(v);
        items.push(v);
    }
    merge_sort(vm, &mut items, &mut |vm, x, y| compare_with(vm, cmp, x, y))?;
    for (j, v) in items.into_iter().enumerate() {
        vm.typed_array_set_element(target, j as f64, v)?;
    }
    Ok(())
}

/// TypedArray SortCompare (ECMA-262 §23.2.4.7) with a comparator: ToNumber of its result
/// (NaN counts as +0).
fn compare_with(vm: &mut Vm, cmp: Value, x: Value, y: Value) -> JsResult<Ordering> {
    let r = vm.call(cmp, Value::Undefined, &[x, y])?;
    let v = vm.to_number(r)?;
    Ok(if v < 0.0 {
        Ordering::Less
    } else if v > 0.0 {
        Ordering::Greater
    } else {
        Ordering::Equal
    })
}

/// The elements of `bytes` in TypedArray SortCompare's default order: ascending, -0
/// before +0, NaN last. Equal elements are indistinguishable, so stability does not matter
/// here (every NaN is written back as the canonical NaN).
fn sorted_bytes(e: &Elements, bytes: &[u8]) -> Vec<u8> {
    let ty = e.ty;
    let size = ty.size();
    let mut out = Vec::with_capacity(bytes.len());
    if ty.is_bigint() {
        let mut v: Vec<i128> = decode_all(ty, bytes)
            .map(|n| match n {
                Numeric::BigInt(b) => b,
                Numeric::Number(_) => 0,
            })
            .collect();
        v.sort_unstable();
        for b in v {
            out.extend_from_slice(&ty.encode(Numeric::BigInt(b), true)[..size]);
        }
        return out;
    }
    if let Some(sorted) = sorted_integers(ty, bytes) {
        return sorted;
    }
    let mut v: Vec<f64> = decode_all(ty, bytes)
        .map(|n| match n {
            Numeric::Number(x) if x.is_nan() => f64::NAN,
            Numeric::Number(x) => x,
            Numeric::BigInt(_) => 0.0,
        })
        .collect();
    // total_cmp orders -0 before +0 and the positive NaN after +Infinity.
    v.sort_unstable_by(f64::total_cmp);
    for x in v {
        out.extend_from_slice(&ty.encode(Numeric::Number(x), true)[..size]);
    }
    out
}

/// Integer element types sort as integers of their own width (faster than through f64).
fn sorted_integers(ty: ElementType, bytes: &[u8]) -> Option<Vec<u8>> {
    macro_rules! sort_as {
        ($t:ty) => {{
            const N: usize = std::mem::size_of::<$t>();
            let mut v: Vec<$t> =
                bytes.chunks_exact(N).map(|c| <$t>::from_le_bytes(c.try_into().expect("element size"))).collect();
            v.sort_unstable();
            Some(v.iter().flat_map(|x| x.to_le_bytes()).collect())
        }};
    }
    match ty {
        ElementType::Int8 => sort_as!(i8),
        ElementType::Uint8 | ElementType::Uint8Clamped => sort_as!(u8),
        ElementType::Int16 => sort_as!(i16),
        ElementType::Uint16 => sort_as!(u16),
        ElementType::Int32 => sort_as!(i32),
        ElementType::Uint32 => sort_as!(u32),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes_of(ty: ElementType, xs: &[f64]) -> Vec<u8> {
        xs.iter().flat_map(|&x| ty.encode(Numeric::Number(x), true)[..ty.size()].to_vec()).collect()
    }

    fn numbers(ty: ElementType, bytes: &[u8]) -> Vec<f64> {
        decode_all(ty, bytes)
            .map(|n| match n {
                Numeric::Number(x) => x,
                Numeric::BigInt(b) => b as f64,
            })
            .collect()
    }

    fn elements_of(ty: ElementType) -> Elements {
        Elements { buf: ObjId(0), ty, offset: 0, len: 0 }
    }

    #[test]
    fn default_order_puts_negative_zero_first_and_nan_last() {
        let ty = ElementType::Float64;
        let sorted = sorted_bytes(&elements_of(ty), &bytes_of(ty, &[0.0, f64::NAN, -0.0, -1.0, f64::INFINITY]));
        let got = numbers(ty, &sorted);
        assert_eq!(got[0], -1.0);
        assert!(got[1] == 0.0 && got[1].is_sign_negative());
        assert!(got[2] == 0.0 && got[2].is_sign_positive());
        assert_eq!(got[3], f64::INFINITY);
        assert!(got[4].is_nan());
        // A negative NaN bit pattern (as another view could store) still sorts last.
        let mut raw = bytes_of(ElementType::Float32, &[1.0, 2.0]);
        raw[..4].copy_from_slice(&0xffc0_0000u32.to_le_bytes());
        let got = numbers(ElementType::Float32, &sorted_bytes(&elements_of(ElementType::Float32), &raw));
        assert!(got[0] == 2.0 && got[1].is_nan());
    }

    #[test]
    fn integer_types_sort_by_value_not_bytes() {
        let ty = ElementType::Int16;
        let sorted = sorted_bytes(&elements_of(ty), &bytes_of(ty, &[300.0, -2.0, 7.0, -300.0]));
        assert_eq!(numbers(ty, &sorted), [-300.0, -2.0, 7.0, 300.0]);
        let ty = ElementType::BigInt64;
        let raw: Vec<u8> = [5i64, -7, 0].iter().flat_map(|x| x.to_le_bytes()).collect();
        assert_eq!(numbers(ty, &sorted_bytes(&elements_of(ty), &raw)), [-7.0, 0.0, 5.0]);
    }
}
