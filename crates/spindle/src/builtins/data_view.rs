//! DataView (ECMA-262 §25.3): views reading and writing any element type, in either byte
//! order, at any byte offset of an ArrayBuffer or SharedArrayBuffer, including
//! length-tracking views of resizable buffers. The byte conversions are
//! `binary::element`'s NumericToRawBytes / RawBytesToNumeric.

use super::arg;
use crate::binary::{DataViewData, ElementType};
use crate::object::property::*;
use crate::object::{NativeCall, NativeFn, Object, ObjectKind};
use crate::value::number::number_to_string;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

/// The element types DataView has get/set methods for, with their method-name suffixes.
const VIEW_TYPES: [(ElementType, &str); 11] = [
    (ElementType::Int8, "Int8"),
    (ElementType::Uint8, "Uint8"),
    (ElementType::Int16, "Int16"),
    (ElementType::Uint16, "Uint16"),
    (ElementType::Int32, "Int32"),
    (ElementType::Uint32, "Uint32"),
    (ElementType::Float16, "Float16"),
    (ElementType::Float32, "Float32"),
    (ElementType::Float64, "Float64"),
    (ElementType::BigInt64, "BigInt64"),
    (ElementType::BigUint64, "BigUint64"),
];

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let proto = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    let ctor = vm.def_constructor("DataView", 1, data_view_constructor, proto);
    vm.intrinsics_mut().extra.insert("%DataView%", ctor);
    vm.intrinsics_mut().extra.insert("%DataView.prototype%", proto);
    for (name, getter) in
        [("buffer", get_buffer as NativeFn), ("byteLength", get_byte_length), ("byteOffset", get_byte_offset)]
    {
        let k = vm.key_str(name);
        vm.def_accessor(proto, k, name, Some(getter), None);
    }
    for (i, (_, suffix)) in VIEW_TYPES.iter().enumerate() {
        // Each method finds its element type in its first native slot.
        let g = vm.def_method(proto, &format!("get{suffix}"), 1, get_view_value_method);
        let s = vm.def_method(proto, &format!("set{suffix}"), 2, set_view_value_method);
        for f in [g, s] {
            if let ObjectKind::Native { slots, .. } = &mut vm.obj_mut(f).kind {
                *slots = thin_vec::thin_vec![Value::Number(i as f64)];
            }
        }
    }
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);
    let s = vm.string("DataView");
    vm.define_direct(proto, tag, s, CONFIGURABLE);
}

/// V8's RangeError for a start offset past the buffer's end.
fn start_offset_error(vm: &mut Vm, offset: f64) -> Value {
    vm.range_error(&format!("Start offset {} is outside the bounds of the buffer", number_to_string(offset)))
}

/// ECMA-262 §25.3.2.1 DataView ( buffer [ , byteOffset [ , byteLength ] ] )
fn data_view_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const METHOD: &str = "DataView constructor";
    let Some(nt) = cx.new_target else {
        return Err(vm.type_error("Constructor DataView requires 'new'"));
    };
    let buffer = match arg(args, 0) {
        Value::Object(b) if matches!(vm.obj(b).kind, ObjectKind::ArrayBuffer(_) | ObjectKind::SharedArrayBuffer(_)) => {
            b
        }
        _ => return Err(vm.type_error("First argument to DataView constructor must be an ArrayBuffer")),
    };
    // ToIndex(byteOffset), with V8's message naming the offset.
    let rel = vm.to_integer_or_infinity(arg(args, 1))?;
    if !(0.0..=9007199254740991.0).contains(&rel) {
        return Err(start_offset_error(vm, rel));
    }
    let offset = rel as usize;
    if vm.is_detached_buffer(buffer) {
        return Err(vm.detached_error(METHOD));
    }
    let buffer_byte_length = vm.buffer_byte_length(buffer);
    if offset > buffer_byte_length {
        return Err(start_offset_error(vm, rel));
    }
    let fixed = !vm.is_resizable_buffer(buffer);
    let length = arg(args, 2);
    let view_byte_length = if length.is_undefined() {
        if fixed { Some(buffer_byte_length - offset) } else { None }
    } else {
        let n = vm.to_integer_or_infinity(length)?;
        let invalid = |vm: &mut Vm| vm.range_error(&format!("Invalid DataView length {}", number_to_string(n)));
        if !(0.0..=9007199254740991.0).contains(&n) {
            return Err(invalid(vm));
        }
        let n = n as usize;
        if offset + n > buffer_byte_length {
            return Err(invalid(vm));
        }
        Some(n)
    };
    let proto = vm.get_prototype_from_constructor(nt, |i| i.extra["%DataView.prototype%"])?;
    // Step 11-14: getting the prototype ran code that may have detached or shrunk the buffer.
    if vm.is_detached_buffer(buffer) {
        return Err(vm.detached_error(METHOD));
    }
    let buffer_byte_length = vm.buffer_byte_length(buffer);
    if offset > buffer_byte_length {
        return Err(start_offset_error(vm, rel));
    }
    if let Some(n) = view_byte_length
        && !length.is_undefined()
        && offset + n > buffer_byte_length
    {
        return Err(vm.range_error(&format!("Invalid DataView length {n}")));
    }
    let data = DataViewData { buffer, byte_offset: offset, byte_length: view_byte_length };
    Ok(Value::Object(vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::DataView(Box::new(data))))))
}

impl Vm {
    /// The slots of a DataView, if `o` is one.
    pub fn data_view_data(&self, o: ObjId) -> Option<&DataViewData> {
        match &self.obj(o).kind {
            ObjectKind::DataView(d) => Some(d),
            _ => None,
        }
    }

    /// GetViewByteLength of MakeDataViewWithBufferWitnessRecord(view, seq-cst) (ECMA-262
    /// §25.3.1.3), or `None` when IsViewOutOfBounds (§25.3.1.4; detached included).
    pub fn view_byte_length(&self, d: &DataViewData) -> Option<usize> {
        if self.is_detached_buffer(d.buffer) {
            return None;
        }
        crate::binary::view_length(self.buffer_byte_length(d.buffer), d.byte_offset, d.byte_length, 1)
    }
}

/// RequireInternalSlot(O, [[DataView]]), with V8's incompatible-receiver TypeError.
fn this_data_view(vm: &mut Vm, this: Value, method: &str) -> JsResult<ObjId> {
    if let Value::Object(o) = this
        && vm.data_view_data(o).is_some()
    {
        return Ok(o);
    }
    Err(vm.incompatible_receiver(method, this))
}

/// The in-bounds byte length and offset of a view, or the TypeError for an out-of-bounds one.
fn view_bounds(vm: &mut Vm, o: ObjId, method: &str) -> JsResult<(usize, usize)> {
    let d = vm.data_view_data(o).expect("checked by this_data_view");
    let offset = d.byte_offset;
    match vm.view_byte_length(d) {
        Some(len) => Ok((len, offset)),
        // V8 reports an out-of-bounds view of a shrunk buffer with the detached message too.
        None => Err(vm.detached_error(method)),
    }
}

/// ECMA-262 §25.3.4.1 get DataView.prototype.buffer
fn get_buffer(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = this_data_view(vm, cx.this, "get DataView.prototype.buffer")?;
    Ok(Value::Object(vm.data_view_data(o).expect("checked").buffer))
}

/// ECMA-262 §25.3.4.2 get DataView.prototype.byteLength
fn get_byte_length(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    const METHOD: &str = "get DataView.prototype.byteLength";
    let o = this_data_view(vm, cx.this, METHOD)?;
    let (len, _) = view_bounds(vm, o, METHOD)?;
    Ok(Value::Number(len as f64))
}

/// ECMA-262 §25.3.4.3 get DataView.prototype.byteOffset
fn get_byte_offset(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    const METHOD: &str = "get DataView.prototype.byteOffset";
    let o = this_data_view(vm, cx.this, METHOD)?;
    let (_, offset) = view_bounds(vm, o, METHOD)?;
    Ok(Value::Number(offset as f64))
}

/// The element type and method name of a get/set method (from its native slot).
fn method_type(vm: &Vm, callee: ObjId, prefix: &str) -> (ElementType, String) {
    let i = match vm.native_slots(callee).first() {
        Some(Value::Number(i)) => *i as usize,
        _ => 0,
    };
    let (ty, suffix) = VIEW_TYPES[i.min(VIEW_TYPES.len() - 1)];
    (ty, format!("DataView.prototype.{prefix}{suffix}"))
}

/// The byte index in the buffer of an access of `size` bytes at `get_index` of the view
/// (GetViewValue / SetViewValue steps 5-9).
fn view_access_index(vm: &mut Vm, o: ObjId, get_index: usize, size: usize, method: &str) -> JsResult<usize> {
    let (view_size, view_offset) = view_bounds(vm, o, method)?;
    if get_index.checked_add(size).is_none_or(|end| end > view_size) {
        return Err(vm.range_error("Offset is outside the bounds of the DataView"));
    }
    Ok(get_index + view_offset)
}

/// ECMA-262 §25.3.4.5-§25.3.4.15 DataView.prototype.getInt8 … getBigUint64: GetViewValue
/// (§25.3.1.5).
fn get_view_value_method(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (ty, method) = method_type(vm, cx.callee, "get");
    let o = this_data_view(vm, cx.this, &method)?;
    let get_index = vm.to_index(arg(args, 0), "Offset is outside the bounds of the DataView")?;
    let little = vm.to_boolean(arg(args, 1));
    let index = view_access_index(vm, o, get_index, ty.size(), &method)?;
    let buffer = vm.data_view_data(o).expect("checked").buffer;
    Ok(vm.get_value_from_buffer(buffer, index, ty, little))
}

/// ECMA-262 §25.3.4.16-§25.3.4.26 DataView.prototype.setInt8 … setBigUint64: SetViewValue
/// (§25.3.1.6). The value is converted before the bounds are checked, so a conversion that
/// shrinks or detaches the buffer is seen.
fn set_view_value_method(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (ty, method) = method_type(vm, cx.callee, "set");
    let o = this_data_view(vm, cx.this, &method)?;
    let get_index = vm.to_index(arg(args, 0), "Offset is outside the bounds of the DataView")?;
    let n = vm.to_element_numeric(ty, arg(args, 1))?;
    let little = vm.to_boolean(arg(args, 2));
    let index = view_access_index(vm, o, get_index, ty.size(), &method)?;
    let buffer = vm.data_view_data(o).expect("checked").buffer;
    vm.set_value_in_buffer(buffer, index, ty, n, little);
    Ok(Value::Undefined)
}
