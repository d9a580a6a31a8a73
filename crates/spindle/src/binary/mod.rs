//! Binary data (ECMA-262 §25.1-§25.3, §23.2): buffer storage, element types and the
//! abstract operations that typed arrays, DataView and Atomics share — reading and writing
//! a buffer's bytes, detaching, and the length and bounds rules over resizable buffers.
//! The built-in constructors and methods live in `builtins::{array_buffer, typed_array,
//! data_view, atomics, …}`; the integer-indexed exotic internal methods in
//! `object::typed_array`.

pub mod base64;
pub mod element;
pub mod storage;
pub mod waiters;

pub use element::{ElementType, Numeric};
pub use storage::{ArrayBufferData, SharedBlock};

use crate::object::ObjectKind;
use crate::object::property::{Property, PropertyKey, Slot};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use num_bigint::BigInt;

/// A typed array's internal slots (ECMA-262 §23.2, Table 72 of §10.4.5).
pub struct TypedArrayData {
    /// [[TypedArrayName]] and [[ContentType]].
    pub ty: ElementType,
    /// [[ViewedArrayBuffer]]: an ArrayBuffer or SharedArrayBuffer object.
    pub buffer: ObjId,
    /// [[ByteOffset]]
    pub byte_offset: usize,
    /// [[ArrayLength]]; `None` is AUTO (a length-tracking view of a resizable buffer).
    pub array_length: Option<usize>,
}

/// The objects `ta.length`'s fast path compares against: each type's prototype, their
/// %TypedArray.prototype% and its original `length` getter (also in `Intrinsics::extra`,
/// so they are realm roots and their ids never go to other objects).
#[derive(Clone, Copy)]
pub struct TypedArrayLengthIntrinsics {
    pub prototypes: [ObjId; 12],
    pub base: ObjId,
    pub getter: ObjId,
}

/// A DataView's internal slots (ECMA-262 §25.3.2).
pub struct DataViewData {
    pub buffer: ObjId,
    pub byte_offset: usize,
    /// [[ByteLength]]; `None` is AUTO.
    pub byte_length: Option<usize>,
}

impl Vm {
    /// IsDetachedBuffer (ECMA-262 §25.1.3.4); SharedArrayBuffers are never detached.
    #[inline]
    pub fn is_detached_buffer(&self, buf: ObjId) -> bool {
        matches!(&self.obj(buf).kind, ObjectKind::ArrayBuffer(d) if d.bytes.is_none())
    }

    /// ArrayBufferByteLength (ECMA-262 §25.1.3.2) of an ArrayBuffer or SharedArrayBuffer
    /// (0 for a detached buffer or anything else).
    #[inline]
    pub fn buffer_byte_length(&self, buf: ObjId) -> usize {
        match &self.obj(buf).kind {
            ObjectKind::ArrayBuffer(d) => d.byte_length(),
            ObjectKind::SharedArrayBuffer(b) => b.byte_length(),
            _ => 0,
        }
    }

    /// IsFixedLengthArrayBuffer (ECMA-262 §25.1.3.9) negated.
    pub fn is_resizable_buffer(&self, buf: ObjId) -> bool {
        match &self.obj(buf).kind {
            ObjectKind::ArrayBuffer(d) => d.max_byte_length.is_some(),
            ObjectKind::SharedArrayBuffer(b) => b.max_byte_length.is_some(),
            _ => false,
        }
    }

    /// Copies bytes `offset..offset+out.len()` of a buffer (in bounds: checked by callers).
    #[inline]
    pub fn buffer_read(&self, buf: ObjId, offset: usize, out: &mut [u8]) {
        // An empty range may start past the end (a view of a shrunk buffer).
        if out.is_empty() {
            return;
        }
        match &self.obj(buf).kind {
            ObjectKind::ArrayBuffer(d) => {
                if let Some(b) = &d.bytes {
                    out.copy_from_slice(&b[offset..offset + out.len()]);
                }
            }
            ObjectKind::SharedArrayBuffer(b) => b.read(offset, out),
            _ => {}
        }
    }

    /// Writes `src` into a buffer at `offset` (in bounds: checked by callers).
    #[inline]
    pub fn buffer_write(&mut self, buf: ObjId, offset: usize, src: &[u8]) {
        if src.is_empty() {
            return;
        }
        match &mut self.obj_mut(buf).kind {
            ObjectKind::ArrayBuffer(d) => {
                if let Some(b) = &mut d.bytes {
                    b[offset..offset + src.len()].copy_from_slice(src);
                }
            }
            ObjectKind::SharedArrayBuffer(b) => b.write(offset, src),
            _ => {}
        }
    }

    /// Copies `len` bytes from one buffer position to another (the buffers may be the
    /// same; overlapping ranges behave as memmove).
    pub fn buffer_copy(&mut self, from: ObjId, from_offset: usize, to: ObjId, to_offset: usize, len: usize) {
        if len == 0 {
            return;
        }
        if from == to
            && let ObjectKind::ArrayBuffer(d) = &mut self.obj_mut(from).kind
        {
            if let Some(b) = &mut d.bytes {
                b.copy_within(from_offset..from_offset + len, to_offset);
            }
            return;
        }
        let mut tmp = vec![0u8; len];
        self.buffer_read(from, from_offset, &mut tmp);
        self.buffer_write(to, to_offset, &tmp);
    }

    /// GetValueFromBuffer (ECMA-262 §25.1.3.15) for an unordered access.
    #[inline]
    pub fn get_value_from_buffer(&mut self, buf: ObjId, byte_index: usize, ty: ElementType, little: bool) -> Value {
        let mut b = [0u8; 8];
        self.buffer_read(buf, byte_index, &mut b[..ty.size()]);
        let n = ty.decode(&b, little);
        self.numeric_value(n)
    }

    /// The JS value of a decoded element (allocating a BigInt for the BigInt types).
    #[inline]
    pub fn numeric_value(&mut self, n: Numeric) -> Value {
        match n {
            Numeric::Number(x) => Value::Number(x),
            Numeric::BigInt(b) => self.bigint_value(BigInt::from(b)),
        }
    }

    /// SetValueInBuffer (ECMA-262 §25.1.3.18) of a value already converted for `ty`.
    #[inline]
    pub fn set_value_in_buffer(&mut self, buf: ObjId, byte_index: usize, ty: ElementType, n: Numeric, little: bool) {
        let b = ty.encode(n, little);
        self.buffer_write(buf, byte_index, &b[..ty.size()]);
    }

    /// The conversion TypedArraySetElement and SetViewValue apply first (ECMA-262 §10.4.5.16
    /// step 1-2): ToBigInt for BigInt content (its value modulo 2^64), ToNumber otherwise.
    pub fn to_element_numeric(&mut self, ty: ElementType, v: Value) -> JsResult<Numeric> {
        if ty.is_bigint() {
            let b = crate::builtins::bigint::to_bigint(self, v)?;
            let Value::BigInt(id) = b else { unreachable!("ToBigInt returns a BigInt") };
            Ok(Numeric::BigInt(bigint_low_64(self.heap.bigint(id)) as i128))
        } else {
            Ok(Numeric::Number(self.to_number(v)?))
        }
    }

    /// DetachArrayBuffer (ECMA-262 §25.1.3.5): the host operation behind `transfer`,
    /// structured-clone transfer lists and `$262.detachArrayBuffer`. Fails (TypeError) for a
    /// SharedArrayBuffer or a non-buffer. Returns the bytes the buffer held.
    pub fn detach_array_buffer(&mut self, buf: ObjId) -> JsResult<Vec<u8>> {
        let taken = match &mut self.obj_mut(buf).kind {
            ObjectKind::ArrayBuffer(d) => Some(d.bytes.take().unwrap_or_default()),
            _ => None,
        };
        match taken {
            Some(bytes) => {
                // The buffer no longer owns these bytes; the next collection's measurement
                // drops them from the live figure.
                Ok(bytes)
            }
            None => Err(self.type_error("Cannot detach a buffer that is not an ArrayBuffer")),
        }
    }

    /// The typed array slots of `o`, if it is one.
    #[inline]
    pub fn typed_array_data(&self, o: ObjId) -> Option<&TypedArrayData> {
        match &self.obj(o).kind {
            ObjectKind::TypedArray(t) => Some(t),
            _ => None,
        }
    }

    /// TypedArrayLength of MakeTypedArrayWithBufferWitnessRecord(o, seq-cst) (ECMA-262
    /// §10.4.5.12), or `None` when IsTypedArrayOutOfBounds (detached included).
    #[inline]
    pub fn typed_array_length(&self, t: &TypedArrayData) -> Option<usize> {
        if self.is_detached_buffer(t.buffer) {
            return None;
        }
        view_length(self.buffer_byte_length(t.buffer), t.byte_offset, t.array_length, t.ty.size())
    }

    /// `ta.length` without calling the getter (ECMA-262 §23.2.3.21), when that is what the
    /// property lookup would reach: the view has no own "length", its prototype chain is its
    /// type's intrinsic prototype and then %TypedArray.prototype%, neither prototype's
    /// "length" was redefined, and the getter is the original one. Else `None`.
    #[inline]
    pub fn typed_array_length_fast(&self, o: ObjId) -> Option<f64> {
        let obj = self.obj(o);
        let ObjectKind::TypedArray(t) = &obj.kind else { return None };
        let fast = self.intrinsics().typed_array_length.as_ref()?;
        let proto = fast.prototypes[t.ty as usize];
        let length = PropertyKey::String(self.names.length);
        if obj.proto() != Some(proto) || (!obj.props.is_empty() && obj.props.get(length).is_some()) {
            return None;
        }
        let p = self.obj(proto);
        if p.proto() != Some(fast.base) || p.props.get(length).is_some() {
            return None;
        }
        match self.obj(fast.base).props.get(length) {
            Some(Property { slot: Slot::Accessor(Value::Object(g), _), .. }) if g == fast.getter => {}
            _ => return None,
        }
        Some(self.typed_array_length(t).unwrap_or(0) as f64)
    }

    /// The current length of typed array `o` (None when out of bounds or not a typed array).
    #[inline]
    pub fn typed_array_length_of(&self, o: ObjId) -> Option<usize> {
        self.typed_array_data(o).and_then(|t| self.typed_array_length(t))
    }

    /// IsValidIntegerIndex (ECMA-262 §10.4.5.14) for a numeric key: the element's byte index
    /// when the index names an element of `o`.
    #[inline]
    pub fn valid_integer_index(&self, o: ObjId, index: f64) -> Option<usize> {
        let t = self.typed_array_data(o)?;
        if index.fract() != 0.0 || (index == 0.0 && index.is_sign_negative()) || index < 0.0 {
            return None;
        }
        let len = self.typed_array_length(t)?;
        if index >= len as f64 {
            return None;
        }
        Some(t.byte_offset + index as usize * t.ty.size())
    }

    /// TypedArrayGetElement (ECMA-262 §10.4.5.15).
    #[inline]
    pub fn typed_array_get_element(&mut self, o: ObjId, index: f64) -> Value {
        let Some(byte_index) = self.valid_integer_index(o, index) else { return Value::Undefined };
        let t = self.typed_array_data(o).expect("checked");
        let (buf, ty) = (t.buffer, t.ty);
        self.get_value_from_buffer(buf, byte_index, ty, true)
    }

    /// TypedArraySetElement (ECMA-262 §10.4.5.16): converts first (which may run code that
    /// detaches or shrinks the buffer), then writes if the index is still valid.
    #[inline]
    pub fn typed_array_set_element(&mut self, o: ObjId, index: f64, v: Value) -> JsResult<()> {
        let ty = self.typed_array_data(o).expect("a typed array").ty;
        let n = match (ty.is_bigint(), v) {
            (false, Value::Number(x)) => Numeric::Number(x),
            _ => self.to_element_numeric(ty, v)?,
        };
        if let Some(byte_index) = self.valid_integer_index(o, index) {
            let buf = self.typed_array_data(o).expect("checked").buffer;
            self.set_value_in_buffer(buf, byte_index, ty, n, true);
        }
        Ok(())
    }
}

impl Vm {
    /// The interpreter's element read `o[n]` for a typed array over an ArrayBuffer (its slots
    /// `t`), in one pass without the property machinery: `None` sends every other case
    /// (BigInt content, shared or detached buffers, non-integer or out-of-range keys) to the
    /// full path. `element_fast_get` dispatches here.
    #[inline(always)]
    pub(crate) fn view_fast_get(&self, t: &TypedArrayData, n: f64) -> Option<Value> {
        let (bytes, at) = self.fast_element_slot(t, n)?;
        fn read<const N: usize>(bytes: &[u8], at: usize) -> Option<[u8; N]> {
            bytes.get(at..at + N)?.try_into().ok()
        }
        Some(Value::Number(match t.ty {
            ElementType::Int8 => bytes[at] as i8 as f64,
            ElementType::Uint8 | ElementType::Uint8Clamped => bytes[at] as f64,
            ElementType::Int16 => i16::from_le_bytes(read(bytes, at)?) as f64,
            ElementType::Uint16 => u16::from_le_bytes(read(bytes, at)?) as f64,
            ElementType::Int32 => i32::from_le_bytes(read(bytes, at)?) as f64,
            ElementType::Uint32 => u32::from_le_bytes(read(bytes, at)?) as f64,
            ElementType::Float32 => f32::from_le_bytes(read(bytes, at)?) as f64,
            ElementType::Float64 => f64::from_le_bytes(read(bytes, at)?),
            _ => return None,
        }))
    }

    /// The interpreter's element write `o[n] = v` of a Number into a typed array over an
    /// ArrayBuffer (no conversion can run code); false sends the write to the full path.
    #[inline]
    pub fn typed_array_fast_set(&mut self, o: ObjId, n: f64, v: f64) -> bool {
        let ObjectKind::TypedArray(t) = &self.obj(o).kind else { return false };
        let Some(i) = element_index(n) else { return false };
        let (buf, offset, length, ty) = (t.buffer, t.byte_offset, t.array_length, t.ty);
        if ty.is_bigint() {
            return false;
        }
        let ObjectKind::ArrayBuffer(d) = &mut self.obj_mut(buf).kind else { return false };
        let Some(bytes) = &mut d.bytes else { return false };
        let Some(at) = element_offset(bytes.len(), offset, length, ty.size(), i) else { return false };
        let b = &mut bytes[at..];
        match ty {
            ElementType::Int32 | ElementType::Uint32 => b[..4].copy_from_slice(&int_bits(v).to_le_bytes()),
            ElementType::Float64 => b[..8].copy_from_slice(&v.to_le_bytes()),
            ElementType::Int8 | ElementType::Uint8 => b[0] = int_bits(v) as u8,
            ElementType::Float32 => b[..4].copy_from_slice(&(v as f32).to_le_bytes()),
            _ => {
                let e = ty.encode(Numeric::Number(v), true);
                b[..ty.size()].copy_from_slice(&e[..ty.size()]);
            }
        }
        true
    }

    /// The byte vector and the offset of element `n` of an in-bounds view over a
    /// (non-shared, attached) ArrayBuffer.
    #[inline(always)]
    fn fast_element_slot(&self, t: &TypedArrayData, n: f64) -> Option<(&[u8], usize)> {
        let i = element_index(n)?;
        let ObjectKind::ArrayBuffer(d) = &self.obj(t.buffer).kind else { return None };
        let bytes = d.bytes.as_deref()?;
        let at = element_offset(bytes.len(), t.byte_offset, t.array_length, t.ty.size(), i)?;
        Some((bytes, at))
    }
}

/// A Number key that is an integral, non-negative element index below 2^32 (-0 reads
/// element 0, as its key "0" does; NaN and fractions are not indices).
#[inline(always)]
fn element_index(n: f64) -> Option<usize> {
    if !(n >= 0.0 && n <= u32::MAX as f64) {
        return None;
    }
    let i = n as u32;
    if i as f64 != n { None } else { Some(i as usize) }
}

/// The element count of a view at byte `offset` with `length` elements (None: length-
/// tracking) of `size` bytes over a buffer of `buf_len` bytes, or None when the view is
/// out of bounds: the shared part of IsTypedArrayOutOfBounds / TypedArrayLength (ECMA-262
/// §10.4.5.11-12) and, with `size` 1, IsViewOutOfBounds / GetViewByteLength (§25.3.1.3-4).
/// A fixed-length view is out of bounds as a whole once the buffer is too short for it.
#[inline(always)]
pub fn view_length(buf_len: usize, offset: usize, length: Option<usize>, size: usize) -> Option<usize> {
    Some(match length {
        // Cannot overflow: a fixed-length view is created inside an allocated buffer, so its
        // end was at most that buffer's length (at most isize::MAX).
        Some(n) if offset + n * size <= buf_len => n,
        Some(_) => return None,
        None => buf_len.checked_sub(offset)? / size,
    })
}

/// The byte offset of element `i` of such a view, when the view and the element are in
/// bounds.
#[inline(always)]
fn element_offset(buf_len: usize, offset: usize, length: Option<usize>, size: usize, i: usize) -> Option<usize> {
    let len = view_length(buf_len, offset, length, size)?;
    if i < len { Some(offset + i * size) } else { None }
}

/// The low 32 bits of ToInt32/ToUint32 of a Number (the exact path for int32 values).
#[inline(always)]
fn int_bits(v: f64) -> u32 {
    let i = v as i32;
    if i as f64 == v { i as u32 } else { element::modulo_2_64(v) as u32 }
}

/// A BigInt's value modulo 2^64 (the bits ToBigInt64 and ToBigUint64 keep).
pub fn bigint_low_64(b: &BigInt) -> u64 {
    let digits = b.iter_u64_digits().next().unwrap_or(0);
    if b.sign() == num_bigint::Sign::Minus { digits.wrapping_neg() } else { digits }
}
