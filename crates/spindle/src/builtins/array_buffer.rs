//! ArrayBuffer (ECMA-262 §25.1): fixed-length and resizable buffers, slice, resize,
//! transfer and detaching. The byte storage and the shared abstract operations are in
//! `crate::binary`.

use super::arg;
use crate::binary::ArrayBufferData;
use crate::object::property::*;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let proto = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    let ctor = vm.def_constructor("ArrayBuffer", 1, array_buffer_constructor, proto);
    vm.intrinsics_mut().extra.insert("%ArrayBuffer%", ctor);
    vm.intrinsics_mut().extra.insert("%ArrayBuffer.prototype%", proto);
    vm.def_method(ctor, "isView", 1, is_view);
    let species = PropertyKey::Symbol(vm.sym.species);
    vm.def_accessor(ctor, species, "[Symbol.species]", Some(super::array::species_getter), None);
    for (name, getter) in [
        ("byteLength", byte_length as crate::object::NativeFn),
        ("maxByteLength", max_byte_length),
        ("resizable", resizable),
        ("detached", detached),
    ] {
        let k = vm.key_str(name);
        vm.def_accessor(proto, k, name, Some(getter), None);
    }
    vm.def_method(proto, "resize", 1, resize);
    vm.def_method(proto, "slice", 2, slice);
    vm.def_method(proto, "transfer", 0, transfer);
    vm.def_method(proto, "transferToFixedLength", 0, transfer_to_fixed_length);
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);
    let s = vm.string("ArrayBuffer");
    vm.define_direct(proto, tag, s, CONFIGURABLE);
}

impl Vm {
    /// CreateByteDataBlock (ECMA-262 §6.2.9.1): `len` zeroed bytes, or a RangeError when
    /// they cannot be had (more than the heap limit leaves, or more than the system gives).
    /// The bytes are counted toward the collector's trigger and limit.
    pub fn create_byte_data_block(&mut self, len: usize) -> JsResult<Vec<u8>> {
        self.check_block_size(len)?;
        self.heap.charge(len);
        // Zeroed pages come lazily from the allocator; the size was proven obtainable.
        Ok(vec![0u8; len])
    }

    /// Whether a block of `len` bytes fits the heap limit and the system's memory.
    pub(crate) fn check_block_size(&mut self, len: usize) -> JsResult<()> {
        let over_limit = self.heap.max_bytes.is_some_and(|max| self.heap.estimated_bytes().saturating_add(len) > max);
        // A fallible reservation proves the memory can be had before the infallible
        // zeroed allocation (which the allocator serves from fresh, lazily zeroed pages).
        let obtainable = !over_limit && Vec::<u8>::new().try_reserve_exact(len).is_ok();
        if !obtainable {
            return Err(self.range_error("Array buffer allocation failed"));
        }
        Ok(())
    }

    /// AllocateArrayBuffer (ECMA-262 §25.1.3.1) with `ctor` as the new.target.
    pub fn allocate_array_buffer(&mut self, ctor: ObjId, byte_length: usize, max: Option<usize>) -> JsResult<ObjId> {
        if let Some(max) = max
            && byte_length > max
        {
            return Err(self.range_error("Invalid array buffer max length"));
        }
        let proto = self.get_prototype_from_constructor(ctor, |i| i.extra["%ArrayBuffer.prototype%"])?;
        self.new_array_buffer_with_proto(proto, byte_length, max)
    }

    /// An ArrayBuffer with %ArrayBuffer.prototype% holding `bytes` (a host-made buffer).
    pub fn new_array_buffer_from_bytes(&mut self, bytes: Vec<u8>, max: Option<usize>) -> ObjId {
        self.heap.charge(bytes.capacity());
        self.wrap_array_buffer(bytes, max)
    }

    /// An ArrayBuffer around bytes the heap already counts.
    fn wrap_array_buffer(&mut self, bytes: Vec<u8>, max: Option<usize>) -> ObjId {
        let proto = self.intrinsics().extra["%ArrayBuffer.prototype%"];
        self.heap.alloc_object(Object::new(
            Some(proto),
            ObjectKind::ArrayBuffer(Box::new(ArrayBufferData { bytes: Some(bytes), max_byte_length: max })),
        ))
    }

    fn new_array_buffer_with_proto(&mut self, proto: ObjId, byte_length: usize, max: Option<usize>) -> JsResult<ObjId> {
        if let Some(max) = max {
            // HostResizeArrayBuffer must be able to reach the maximum later.
            self.check_block_size(max)?;
        }
        let bytes = self.create_byte_data_block(byte_length)?;
        Ok(self.heap.alloc_object(Object::new(
            Some(proto),
            ObjectKind::ArrayBuffer(Box::new(ArrayBufferData { bytes: Some(bytes), max_byte_length: max })),
        )))
    }

    /// The slots of an ArrayBuffer receiver (not shared), or the incompatible-receiver TypeError.
    pub(crate) fn this_array_buffer(&mut self, this: Value, method: &str) -> JsResult<ObjId> {
        if let Value::Object(o) = this
            && matches!(self.obj(o).kind, ObjectKind::ArrayBuffer(_))
        {
            return Ok(o);
        }
        Err(self.incompatible_receiver(method, this))
    }

    /// V8's "Method X called on incompatible receiver Y" TypeError.
    pub fn incompatible_receiver(&mut self, method: &str, this: Value) -> Value {
        let d = self.receiver_display(this);
        self.type_error(&format!("Method {method} called on incompatible receiver {d}"))
    }

    /// How V8 names a receiver in TypeErrors: `#<Ctor>` for objects (by their constructor's
    /// name), `[object Int8Array]` for typed arrays, the value itself for primitives.
    pub fn receiver_display(&self, v: Value) -> String {
        let Value::Object(o) = v else { return self.describe(v) };
        if self.obj(o).is_callable() {
            return self.describe(v);
        }
        let name = match &self.obj(o).kind {
            ObjectKind::ArrayBuffer(_) => Some("ArrayBuffer".to_string()),
            ObjectKind::SharedArrayBuffer(_) => Some("SharedArrayBuffer".to_string()),
            // V8 shows typed arrays by their class string.
            ObjectKind::TypedArray(t) => return format!("[object {}]", t.ty.name()),
            ObjectKind::DataView(_) => Some("DataView".to_string()),
            _ => None,
        };
        format!("#<{}>", name.unwrap_or_else(|| "Object".into()))
    }

    /// "Cannot perform METHOD on a detached ArrayBuffer" (V8's wording).
    pub fn detached_error(&mut self, method: &str) -> Value {
        self.type_error(&format!("Cannot perform {method} on a detached ArrayBuffer"))
    }
}

/// ECMA-262 §25.1.4.1 ArrayBuffer ( length [ , options ] )
fn array_buffer_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(vm.type_error("Constructor ArrayBuffer requires 'new'"));
    };
    let byte_length = vm.to_index(arg(args, 0), "Invalid array buffer length")?;
    let max = get_max_byte_length_option(vm, arg(args, 1))?;
    Ok(Value::Object(vm.allocate_array_buffer(nt, byte_length, max)?))
}

/// GetArrayBufferMaxByteLengthOption (ECMA-262 §25.1.3.7)
pub(crate) fn get_max_byte_length_option(vm: &mut Vm, options: Value) -> JsResult<Option<usize>> {
    let Value::Object(o) = options else { return Ok(None) };
    let v = vm.get_str(o, "maxByteLength")?;
    if v.is_undefined() {
        return Ok(None);
    }
    Ok(Some(vm.to_index(v, "Invalid array buffer max length")?))
}

/// ECMA-262 §25.1.5.1 ArrayBuffer.isView ( arg )
fn is_view(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(matches!(arg(args, 0), Value::Object(o)
        if matches!(vm.obj(o).kind, ObjectKind::TypedArray(_) | ObjectKind::DataView(_)))))
}

fn buffer_data(vm: &Vm, o: ObjId) -> &ArrayBufferData {
    match &vm.obj(o).kind {
        ObjectKind::ArrayBuffer(d) => d,
        _ => unreachable!("checked by this_array_buffer"),
    }
}

/// ECMA-262 §25.1.6.1 get ArrayBuffer.prototype.byteLength
fn byte_length(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = vm.this_array_buffer(cx.this, "get ArrayBuffer.prototype.byteLength")?;
    Ok(Value::Number(buffer_data(vm, o).byte_length() as f64))
}

/// ECMA-262 §25.1.6.4 get ArrayBuffer.prototype.maxByteLength
fn max_byte_length(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = vm.this_array_buffer(cx.this, "get ArrayBuffer.prototype.maxByteLength")?;
    let d = buffer_data(vm, o);
    let n = match (&d.bytes, d.max_byte_length) {
        (None, _) => 0,
        (Some(_), Some(max)) => max,
        (Some(b), None) => b.len(),
    };
    Ok(Value::Number(n as f64))
}

/// ECMA-262 §25.1.6.5 get ArrayBuffer.prototype.resizable
fn resizable(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = vm.this_array_buffer(cx.this, "get ArrayBuffer.prototype.resizable")?;
    Ok(Value::Bool(buffer_data(vm, o).max_byte_length.is_some()))
}

/// ECMA-262 §25.1.6.3 get ArrayBuffer.prototype.detached
fn detached(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = vm.this_array_buffer(cx.this, "get ArrayBuffer.prototype.detached")?;
    Ok(Value::Bool(vm.is_detached_buffer(o)))
}

/// ECMA-262 §25.1.6.6 ArrayBuffer.prototype.resize ( newLength )
fn resize(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const METHOD: &str = "ArrayBuffer.prototype.resize";
    let o = match cx.this {
        Value::Object(o) if matches!(&vm.obj(o).kind, ObjectKind::ArrayBuffer(d) if d.max_byte_length.is_some()) => o,
        this => return Err(vm.incompatible_receiver(METHOD, this)),
    };
    let new_len = vm.to_index(arg(args, 0), "ArrayBuffer.prototype.resize: Invalid length parameter")?;
    if vm.is_detached_buffer(o) {
        return Err(vm.detached_error(METHOD));
    }
    let max = buffer_data(vm, o).max_byte_length.unwrap_or(0);
    if new_len > max {
        return Err(vm.range_error("ArrayBuffer.prototype.resize: Invalid length parameter"));
    }
    vm.charging_growth(o, |vm| {
        if let ObjectKind::ArrayBuffer(d) = &mut vm.obj_mut(o).kind
            && let Some(b) = &mut d.bytes
        {
            b.resize(new_len, 0);
        }
    });
    Ok(Value::Undefined)
}

/// RelativeIndex clamping shared by slice-like methods: a relative position (ToIntegerOrInfinity
/// already applied) resolved against `len` and clamped to 0..=len.
pub fn relative_index(rel: f64, len: usize) -> usize {
    if rel < 0.0 {
        let r = len as f64 + rel;
        if r < 0.0 { 0 } else { r as usize }
    } else if rel > len as f64 {
        len
    } else {
        rel as usize
    }
}

/// ToIntegerOrInfinity of an argument, resolved against `len` and clamped to 0..=len
/// (the relativeStart / relativeEnd steps of the slice-like methods); `default` when the
/// argument is undefined.
pub fn relative_arg(vm: &mut Vm, v: Value, len: usize, default: usize) -> JsResult<usize> {
    if v.is_undefined() {
        return Ok(default);
    }
    let r = vm.to_integer_or_infinity(v)?;
    Ok(relative_index(r, len))
}

/// ECMA-262 §25.1.6.7 ArrayBuffer.prototype.slice ( start, end )
fn slice(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const METHOD: &str = "ArrayBuffer.prototype.slice";
    let o = vm.this_array_buffer(cx.this, METHOD)?;
    if vm.is_detached_buffer(o) {
        return Err(vm.detached_error(METHOD));
    }
    let len = vm.buffer_byte_length(o);
    let first = relative_arg(vm, arg(args, 0), len, 0)?;
    let fin = relative_arg(vm, arg(args, 1), len, len)?;
    let new_len = fin.saturating_sub(first);
    let default = vm.intrinsics().extra["%ArrayBuffer%"];
    let ctor = vm.species_constructor(o, default)?;
    let new = vm.construct(ctor, &[Value::Number(new_len as f64)], None)?;
    let new_obj = match new {
        Value::Object(n) if matches!(vm.obj(n).kind, ObjectKind::ArrayBuffer(_)) => n,
        _ => return Err(vm.incompatible_receiver(METHOD, new)),
    };
    if vm.is_detached_buffer(new_obj) {
        return Err(vm.detached_error(METHOD));
    }
    if new_obj == o {
        return Err(vm.type_error("ArrayBuffer subclass returned this from species constructor"));
    }
    if vm.buffer_byte_length(new_obj) < new_len {
        return Err(vm.type_error("Derived ArrayBuffer constructor created a buffer which was too small"));
    }
    // The species constructor may have detached or shrunk this buffer.
    if vm.is_detached_buffer(o) {
        return Err(vm.detached_error(METHOD));
    }
    let current = vm.buffer_byte_length(o);
    if first < current {
        let count = new_len.min(current - first);
        vm.buffer_copy(o, first, new_obj, 0, count);
    }
    Ok(new)
}

/// ECMA-262 §25.1.6.8 ArrayBuffer.prototype.transfer ( [ newLength ] )
fn transfer(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    array_buffer_copy_and_detach(vm, cx.this, arg(args, 0), true, "ArrayBuffer.prototype.transfer")
}

/// ECMA-262 §25.1.6.9 ArrayBuffer.prototype.transferToFixedLength ( [ newLength ] )
fn transfer_to_fixed_length(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    array_buffer_copy_and_detach(vm, cx.this, arg(args, 0), false, "ArrayBuffer.prototype.transferToFixedLength")
}

/// ArrayBufferCopyAndDetach (ECMA-262 §25.1.3.3). The bytes move to the new buffer rather
/// than being copied (the old buffer is detached and can never see them again).
fn array_buffer_copy_and_detach(
    vm: &mut Vm,
    this: Value,
    new_length: Value,
    preserve_resizability: bool,
    method: &str,
) -> JsResult<Value> {
    let o = vm.this_array_buffer(this, method)?;
    let new_len = if new_length.is_undefined() {
        vm.buffer_byte_length(o)
    } else {
        vm.to_index(new_length, "Invalid array buffer length")?
    };
    if vm.is_detached_buffer(o) {
        return Err(vm.detached_error(method));
    }
    let new_max = if preserve_resizability { buffer_data(vm, o).max_byte_length } else { None };
    if let Some(max) = new_max
        && new_len > max
    {
        return Err(vm.range_error("Invalid array buffer max length"));
    }
    let old_len = vm.buffer_byte_length(o);
    if new_len > old_len {
        vm.check_block_size(new_len - old_len)?;
    }
    let mut bytes = vm.detach_array_buffer(o)?;
    bytes.resize(new_len, 0);
    if new_max.is_none() {
        bytes.shrink_to_fit();
    }
    vm.heap.charge(new_len.saturating_sub(old_len));
    Ok(Value::Object(vm.wrap_array_buffer(bytes, new_max)))
}
