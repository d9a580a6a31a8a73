//! Typed array exotic objects (ECMA-262 §10.4.5): the internal methods that make numeric
//! keys address buffer elements. `internal.rs` routes a typed array's numeric keys here;
//! every other key takes the ordinary path.

use super::ObjectKind;
use super::property::*;
use crate::value::number::{number_to_string, string_to_number};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

/// Data property attributes of a typed array element (writable, enumerable, configurable).
pub const ELEMENT_ATTRS: u8 = WRITABLE | ENUMERABLE | CONFIGURABLE;

impl Vm {
    /// CanonicalNumericIndexString (ECMA-262 §7.1.21) of a key, when `o` is a typed array:
    /// the numeric index that key denotes, or None for an ordinary key. Array indices are
    /// canonical; other strings are when ToString(ToNumber(s)) gives them back ("-0" too).
    #[inline]
    pub fn typed_array_numeric_key(&self, o: ObjId, key: PropertyKey) -> Option<f64> {
        if !matches!(self.obj(o).kind, ObjectKind::TypedArray(_)) {
            return None;
        }
        canonical_numeric_index(self, key)
    }

    /// [[GetOwnProperty]] of a numeric key (ECMA-262 §10.4.5.1 step 1).
    pub(crate) fn typed_array_own_element(&mut self, o: ObjId, index: f64) -> Option<PropertyDescriptor> {
        self.valid_integer_index(o, index)?;
        let v = self.typed_array_get_element(o, index);
        Some(PropertyDescriptor::data(v, ELEMENT_ATTRS))
    }

    /// [[DefineOwnProperty]] of a numeric key (ECMA-262 §10.4.5.3 step 1).
    pub(crate) fn typed_array_define_element(
        &mut self,
        o: ObjId,
        index: f64,
        desc: PropertyDescriptor,
    ) -> JsResult<bool> {
        if self.valid_integer_index(o, index).is_none() {
            return Ok(false);
        }
        if desc.configurable == Some(false)
            || desc.enumerable == Some(false)
            || desc.is_accessor()
            || desc.writable == Some(false)
        {
            return Ok(false);
        }
        if let Some(v) = desc.value {
            self.typed_array_set_element(o, index, v)?;
        }
        Ok(true)
    }

    /// IsTypedArrayFixedLength (ECMA-262 §10.4.5): false for a length-tracking view and
    /// for any view of a resizable (not growable shared) buffer.
    pub fn is_typed_array_fixed_length(&self, t: &crate::binary::TypedArrayData) -> bool {
        if t.array_length.is_none() {
            return false;
        }
        matches!(self.obj(t.buffer).kind, ObjectKind::SharedArrayBuffer(_)) || !self.is_resizable_buffer(t.buffer)
    }

    /// [[OwnPropertyKeys]] of a typed array (ECMA-262 §10.4.5.7): its element indices while
    /// in bounds, then the ordinary string and symbol keys.
    pub(crate) fn typed_array_own_keys(&mut self, o: ObjId) -> Vec<PropertyKey> {
        let len = self.typed_array_length_of(o).unwrap_or(0);
        let mut out: Vec<PropertyKey> = Vec::with_capacity(len + self.obj(o).props.len());
        // Indices past u32 range do not fit PropertyKey::Index; they become strings.
        let small = len.min(u32::MAX as usize);
        out.extend((0..small as u32).map(PropertyKey::Index));
        for i in small..len {
            let s = self.string(&i.to_string());
            if let Value::String(s) = s {
                out.push(PropertyKey::String(s));
            }
        }
        let obj = self.obj(o);
        let mut syms = Vec::new();
        for k in obj.props.keys() {
            match k {
                PropertyKey::Symbol(s) => {
                    if !self.heap.sym(s).private {
                        syms.push(k)
                    }
                }
                _ => out.push(k),
            }
        }
        out.extend(syms);
        out
    }
}

/// CanonicalNumericIndexString (ECMA-262 §7.1.21) over a property key.
pub fn canonical_numeric_index(vm: &Vm, key: PropertyKey) -> Option<f64> {
    match key {
        PropertyKey::Index(i) => Some(i as f64),
        PropertyKey::Symbol(_) => None,
        PropertyKey::String(s) => {
            let units = vm.heap.str(s);
            // Number::toString output starts with a digit, '-', 'I' (Infinity) or 'N' (NaN).
            let first = *units.first()?;
            if !(first == b'-' as u16 || first == b'I' as u16 || first == b'N' as u16 || (0x30..=0x39).contains(&first))
            {
                return None;
            }
            if units == [b'-' as u16, b'0' as u16] {
                return Some(-0.0);
            }
            let n = string_to_number(units);
            let back = number_to_string(n);
            if back.encode_utf16().eq(units.iter().copied()) { Some(n) } else { None }
        }
    }
}
