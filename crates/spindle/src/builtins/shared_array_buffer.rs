//! SharedArrayBuffer (ECMA-262 §25.2): fixed-length and growable shared buffers. The
//! block (`binary::SharedBlock`) is behind an `Arc` so other agents can share it; a
//! growable block is allocated at its maximum length, so growing only moves its length.

use super::arg;
use super::array_buffer::{get_max_byte_length_option, relative_arg};
use crate::binary::SharedBlock;
use crate::object::property::*;
use crate::object::{NativeCall, NativeFn, Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use std::sync::Arc;

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let proto = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    let ctor = vm.def_constructor("SharedArrayBuffer", 1, shared_array_buffer_constructor, proto);
    vm.intrinsics_mut().extra.insert("%SharedArrayBuffer%", ctor);
    vm.intrinsics_mut().extra.insert("%SharedArrayBuffer.prototype%", proto);
    let species = PropertyKey::Symbol(vm.sym.species);
    vm.def_accessor(ctor, species, "[Symbol.species]", Some(super::array::species_getter), None);
    for (name, getter) in
        [("byteLength", byte_length as NativeFn), ("growable", growable), ("maxByteLength", max_byte_length)]
    {
        let k = vm.key_str(name);
        vm.def_accessor(proto, k, name, Some(getter), None);
    }
    vm.def_method(proto, "grow", 1, grow);
    vm.def_method(proto, "slice", 2, slice);
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);
    let s = vm.string("SharedArrayBuffer");
    vm.define_direct(proto, tag, s, CONFIGURABLE);
}

impl Vm {
    /// AllocateSharedArrayBuffer (ECMA-262 §25.2.2.1) with `ctor` as the new.target.
    pub fn allocate_shared_array_buffer(
        &mut self,
        ctor: ObjId,
        byte_length: usize,
        max: Option<usize>,
    ) -> JsResult<ObjId> {
        if let Some(max) = max
            && byte_length > max
        {
            return Err(self.range_error("Invalid array buffer max length"));
        }
        let proto = self.get_prototype_from_constructor(ctor, |i| i.extra["%SharedArrayBuffer.prototype%"])?;
        // CreateSharedByteDataBlock(allocLength): a growable block is made at its maximum.
        let alloc_length = max.unwrap_or(byte_length);
        self.check_block_size(alloc_length)?;
        let Some(block) = SharedBlock::new(byte_length, max) else {
            return Err(self.range_error("Array buffer allocation failed"));
        };
        self.heap.charge(block.capacity());
        Ok(self.heap.alloc_object(Object::new(Some(proto), ObjectKind::SharedArrayBuffer(block))))
    }

    /// The block of a SharedArrayBuffer, if `o` is one.
    pub fn shared_block(&self, o: ObjId) -> Option<&Arc<SharedBlock>> {
        match &self.obj(o).kind {
            ObjectKind::SharedArrayBuffer(b) => Some(b),
            _ => None,
        }
    }
}

/// ECMA-262 §25.2.3.1 SharedArrayBuffer ( length [ , options ] )
fn shared_array_buffer_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(vm.type_error("Constructor SharedArrayBuffer requires 'new'"));
    };
    let byte_length = vm.to_index(arg(args, 0), "Invalid array buffer length")?;
    let max = get_max_byte_length_option(vm, arg(args, 1))?;
    Ok(Value::Object(vm.allocate_shared_array_buffer(nt, byte_length, max)?))
}

/// RequireInternalSlot(O, [[ArrayBufferData]]) and IsSharedArrayBuffer(O): the receiver's
/// block, or V8's incompatible-receiver TypeError.
fn this_shared_block(vm: &mut Vm, this: Value, method: &str) -> JsResult<(ObjId, Arc<SharedBlock>)> {
    if let Value::Object(o) = this
        && let Some(b) = vm.shared_block(o)
    {
        return Ok((o, b.clone()));
    }
    Err(vm.incompatible_receiver(method, this))
}

/// ECMA-262 §25.2.5.2 get SharedArrayBuffer.prototype.byteLength
fn byte_length(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (_, b) = this_shared_block(vm, cx.this, "get SharedArrayBuffer.prototype.byteLength")?;
    Ok(Value::Number(b.byte_length() as f64))
}

/// ECMA-262 §25.2.5.4 get SharedArrayBuffer.prototype.growable
fn growable(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (_, b) = this_shared_block(vm, cx.this, "get SharedArrayBuffer.prototype.growable")?;
    Ok(Value::Bool(b.max_byte_length.is_some()))
}

/// ECMA-262 §25.2.5.5 get SharedArrayBuffer.prototype.maxByteLength
fn max_byte_length(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let (_, b) = this_shared_block(vm, cx.this, "get SharedArrayBuffer.prototype.maxByteLength")?;
    Ok(Value::Number(b.max_byte_length.unwrap_or_else(|| b.byte_length()) as f64))
}

/// ECMA-262 §25.2.5.3 SharedArrayBuffer.prototype.grow ( newLength )
fn grow(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const METHOD: &str = "SharedArrayBuffer.prototype.grow";
    const INVALID: &str = "SharedArrayBuffer.prototype.grow: Invalid length parameter";
    // RequireInternalSlot(O, [[ArrayBufferMaxByteLength]]): only growable buffers.
    let (_, block) = match this_shared_block(vm, cx.this, METHOD) {
        Ok((o, b)) if b.max_byte_length.is_some() => (o, b),
        Ok(_) | Err(_) => return Err(vm.incompatible_receiver(METHOD, cx.this)),
    };
    let new_len = vm.to_index(arg(args, 0), INVALID)?;
    if block.max_byte_length.is_some_and(|max| new_len > max) {
        return Err(vm.range_error(INVALID));
    }
    // The block's memory was allocated (and counted) at its maximum length.
    if !block.grow(new_len) {
        return Err(vm.range_error(INVALID));
    }
    Ok(Value::Undefined)
}

/// ECMA-262 §25.2.5.6 SharedArrayBuffer.prototype.slice ( start, end )
fn slice(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const METHOD: &str = "SharedArrayBuffer.prototype.slice";
    let (o, block) = this_shared_block(vm, cx.this, METHOD)?;
    let len = block.byte_length();
    let first = relative_arg(vm, arg(args, 0), len, 0)?;
    let fin = relative_arg(vm, arg(args, 1), len, len)?;
    let new_len = fin.saturating_sub(first);
    let default = vm.intrinsics().extra["%SharedArrayBuffer%"];
    let ctor = vm.species_constructor(o, default)?;
    let new = vm.construct(ctor, &[Value::Number(new_len as f64)], None)?;
    let new_block = match new {
        Value::Object(n) => vm.shared_block(n).cloned(),
        _ => None,
    };
    let Some(new_block) = new_block else {
        return Err(vm.incompatible_receiver(METHOD, new));
    };
    if Arc::ptr_eq(&new_block, &block) {
        return Err(vm.type_error("SharedArrayBuffer subclass returned this from species constructor"));
    }
    if new_block.byte_length() < new_len {
        return Err(vm.type_error("Derived SharedArrayBuffer constructor created a buffer which was too small"));
    }
    let current = block.byte_length();
    if first < current {
        let count = new_len.min(current - first);
        let mut tmp = vec![0u8; count];
        block.read(first, &mut tmp);
        new_block.write(0, &tmp);
    }
    Ok(new)
}
