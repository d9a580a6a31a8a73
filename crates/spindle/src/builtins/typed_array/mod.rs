//! %TypedArray% and the twelve typed array constructors (ECMA-262 §23.2): construction
//! from lengths, buffers, other typed arrays, iterables and array-likes; the abstract
//! operations the prototype methods share (ValidateTypedArray, TypedArraySpeciesCreate,
//! TypedArrayCreateFromConstructor); and the accessor properties. The prototype methods
//! are in `prototype.rs`.

pub mod base64;
mod iteration;
pub mod prototype;
mod set;
mod sort;
mod statics;

use super::arg;
use crate::binary::{ElementType, TypedArrayData};
use crate::object::property::*;
use crate::object::{NativeCall, NativeFn, Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let fp = vm.intrinsics().function_prototype;
    let proto = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    // %TypedArray% is not a global: def_constructor would install one, so link by hand.
    let ctor = vm.new_native("TypedArray", 0, typed_array_abstract_constructor, true);
    vm.define_direct(ctor, PropertyKey::String(vm.names.prototype), Value::Object(proto), 0);
    vm.define_direct(proto, PropertyKey::String(vm.names.constructor), Value::Object(ctor), HIDDEN);
    vm.intrinsics_mut().extra.insert("%TypedArray%", ctor);
    vm.intrinsics_mut().extra.insert("%TypedArray.prototype%", proto);
    let species = PropertyKey::Symbol(vm.sym.species);
    vm.def_accessor(ctor, species, "[Symbol.species]", Some(super::array::species_getter), None);
    for (name, getter) in [
        ("buffer", get_buffer as NativeFn),
        ("byteLength", get_byte_length),
        ("byteOffset", get_byte_offset),
        ("length", get_length),
    ] {
        let k = vm.key_str(name);
        vm.def_accessor(proto, k, name, Some(getter), None);
    }
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);
    vm.def_accessor(proto, tag, "[Symbol.toStringTag]", Some(get_to_string_tag), None);
    prototype::init(vm, ctor, proto);

    for (i, ty) in ElementType::ALL.into_iter().enumerate() {
        let p = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
        let c = vm.def_constructor(ty.name(), 3, typed_array_constructor, p);
        vm.obj_mut(c).set_proto(Some(ctor));
        if let ObjectKind::Native { slots, .. } = &mut vm.obj_mut(c).kind {
            *slots = thin_vec::thin_vec![Value::Number(i as f64)];
        }
        let size = Value::Number(ty.size() as f64);
        vm.def_value(c, "BYTES_PER_ELEMENT", size, 0);
        vm.def_value(p, "BYTES_PER_ELEMENT", size, 0);
        vm.intrinsics_mut().extra.insert(ty.intrinsic(), c);
        vm.intrinsics_mut().extra.insert(ty.prototype_intrinsic(), p);
    }
    // What the interpreter's `ta.length` fast path compares against.
    let length = PropertyKey::String(vm.names.length);
    if let Some(Property { slot: Slot::Accessor(Value::Object(getter), _), .. }) = vm.obj(proto).props.get(length) {
        let prototypes = ElementType::ALL.map(|ty| vm.intrinsics().extra[ty.prototype_intrinsic()]);
        let i = vm.intrinsics_mut();
        i.extra.insert("%TypedArray.prototype.length getter%", getter);
        i.typed_array_length = Some(crate::binary::TypedArrayLengthIntrinsics { prototypes, base: proto, getter });
    }
    base64::init(vm);
    let _ = fp;
}

/// ECMA-262 §23.2.1.1 %TypedArray% ( ): always throws.
fn typed_array_abstract_constructor(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Err(vm.type_error("Abstract class TypedArray not directly constructable"))
}

/// The element type a concrete constructor (from `ElementType::ALL`) creates.
fn constructor_type(vm: &Vm, callee: ObjId) -> ElementType {
    match vm.native_slots(callee).first() {
        Some(Value::Number(i)) => ElementType::ALL[*i as usize],
        _ => ElementType::Uint8,
    }
}

/// ECMA-262 §23.2.5.1 TypedArray ( ...args )
fn typed_array_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let ty = constructor_type(vm, cx.callee);
    let Some(nt) = cx.new_target else {
        return Err(vm.type_error(&format!("Constructor {} requires 'new'", ty.name())));
    };
    let first = arg(args, 0);
    let Value::Object(first_obj) = first else {
        // Step 6.b: a length (or no argument at all: length 0).
        let len = if args.is_empty() {
            0
        } else {
            let n = vm.to_integer_or_infinity(first)?;
            if !(0.0..=9007199254740991.0).contains(&n) {
                let shown = crate::value::number::number_to_string(n);
                return Err(vm.range_error(&format!("Invalid typed array length: {shown}")));
            }
            n as usize
        };
        let proto = typed_array_prototype_from(vm, nt, ty)?;
        return Ok(Value::Object(allocate_typed_array_with_length(vm, proto, ty, len)?));
    };
    let proto = typed_array_prototype_from(vm, nt, ty)?;
    let o = match &vm.obj(first_obj).kind {
        ObjectKind::TypedArray(_) => initialize_from_typed_array(vm, proto, ty, first_obj)?,
        ObjectKind::ArrayBuffer(_) | ObjectKind::SharedArrayBuffer(_) => {
            initialize_from_array_buffer(vm, proto, ty, first_obj, arg(args, 1), arg(args, 2))?
        }
        _ => {
            let using_iterator = vm.get_method_key(first, PropertyKey::Symbol(vm.sym.iterator))?;
            if !using_iterator.is_undefined() {
                let (it, next) = vm.get_iterator_from_method(first, using_iterator, "Symbol.iterator")?;
                let values = vm.iterator_to_list(it, next)?;
                initialize_from_list(vm, proto, ty, values)?
            } else {
                initialize_from_array_like(vm, proto, ty, first_obj)?
            }
        }
    };
    Ok(Value::Object(o))
}

/// GetPrototypeFromConstructor(newTarget, "%TypedArray.prototype%" of `ty`).
fn typed_array_prototype_from(vm: &mut Vm, nt: ObjId, ty: ElementType) -> JsResult<ObjId> {
    let p = vm.get(nt, PropertyKey::String(vm.names.prototype), Value::Object(nt))?;
    if let Value::Object(p) = p {
        return Ok(p);
    }
    let realm = vm.function_realm(nt)?;
    Ok(vm.realms[realm as usize].intrinsics.extra[ty.prototype_intrinsic()])
}

/// TypedArrayCreate's object: a typed array over `buffer` with the given slots.
pub fn typed_array_create(
    vm: &mut Vm,
    proto: ObjId,
    ty: ElementType,
    buffer: ObjId,
    byte_offset: usize,
    array_length: Option<usize>,
) -> ObjId {
    vm.heap.alloc_object(Object::new(
        Some(proto),
        ObjectKind::TypedArray(Box::new(TypedArrayData { ty, buffer, byte_offset, array_length })),
    ))
}

/// AllocateTypedArray with a length (ECMA-262 §23.2.5.1.1 step 6, AllocateTypedArrayBuffer
/// §23.2.5.1.6): a new %ArrayBuffer% of `len` elements.
pub fn allocate_typed_array_with_length(vm: &mut Vm, proto: ObjId, ty: ElementType, len: usize) -> JsResult<ObjId> {
    let Some(byte_length) = len.checked_mul(ty.size()) else {
        return Err(vm.range_error(&format!("Invalid typed array length: {len}")));
    };
    let ab = vm.intrinsics().extra["%ArrayBuffer%"];
    let buffer = vm.allocate_array_buffer(ab, byte_length, None)?;
    Ok(typed_array_create(vm, proto, ty, buffer, 0, Some(len)))
}

/// A new typed array of the current realm's `ty` constructor with `len` elements.
pub fn new_typed_array(vm: &mut Vm, ty: ElementType, len: usize) -> JsResult<ObjId> {
    let proto = vm.intrinsics().extra[ty.prototype_intrinsic()];
    allocate_typed_array_with_length(vm, proto, ty, len)
}

/// InitializeTypedArrayFromTypedArray (ECMA-262 §23.2.5.1.2)
fn initialize_from_typed_array(vm: &mut Vm, proto: ObjId, ty: ElementType, src: ObjId) -> JsResult<ObjId> {
    let t = vm.typed_array_data(src).expect("a typed array");
    let (src_ty, src_buf, src_offset) = (t.ty, t.buffer, t.byte_offset);
    let Some(len) = vm.typed_array_length(t) else {
        return Err(vm.detached_error("Construct"));
    };
    if src_ty.is_bigint() != ty.is_bigint() {
        return Err(vm.type_error("Cannot mix BigInt and other types, use explicit conversions"));
    }
    let o = allocate_typed_array_with_length(vm, proto, ty, len)?;
    let buf = vm.typed_array_data(o).expect("just made").buffer;
    if src_ty == ty {
        vm.buffer_copy(src_buf, src_offset, buf, 0, len * ty.size());
    } else {
        let mut tmp = [0u8; 8];
        for k in 0..len {
            vm.buffer_read(src_buf, src_offset + k * src_ty.size(), &mut tmp[..src_ty.size()]);
            let n = src_ty.decode(&tmp, true);
            vm.set_value_in_buffer(buf, k * ty.size(), ty, n, true);
        }
    }
    Ok(o)
}

/// InitializeTypedArrayFromArrayBuffer (ECMA-262 §23.2.5.1.3)
fn initialize_from_array_buffer(
    vm: &mut Vm,
    proto: ObjId,
    ty: ElementType,
    buffer: ObjId,
    byte_offset: Value,
    length: Value,
) -> JsResult<ObjId> {
    let size = ty.size();
    let offset = vm.to_index(byte_offset, "Start offset is outside the bounds of the buffer")?;
    if !offset.is_multiple_of(size) {
        return Err(vm.range_error(&format!("start offset of {} should be a multiple of {size}", ty.name())));
    }
    let fixed = !vm.is_resizable_buffer(buffer);
    let new_length =
        if length.is_undefined() { None } else { Some(vm.to_index(length, "Invalid typed array length")?) };
    if vm.is_detached_buffer(buffer) {
        return Err(vm.detached_error("Construct"));
    }
    let buf_len = vm.buffer_byte_length(buffer);
    let array_length = match new_length {
        None if !fixed => {
            if offset > buf_len {
                return Err(vm.range_error(&format!("Start offset {offset} is outside the bounds of the buffer")));
            }
            None
        }
        None => {
            if !buf_len.is_multiple_of(size) {
                return Err(vm.range_error(&format!("byte length of {} should be a multiple of {size}", ty.name())));
            }
            if offset > buf_len {
                return Err(vm.range_error(&format!("Start offset {offset} is outside the bounds of the buffer")));
            }
            Some((buf_len - offset) / size)
        }
        Some(n) => {
            let end = n.checked_mul(size).and_then(|b| b.checked_add(offset));
            if end.is_none_or(|e| e > buf_len) {
                return Err(vm.range_error(&format!("Invalid typed array length: {n}")));
            }
            Some(n)
        }
    };
    Ok(typed_array_create(vm, proto, ty, buffer, offset, array_length))
}

/// InitializeTypedArrayFromList (ECMA-262 §23.2.5.1.4)
fn initialize_from_list(vm: &mut Vm, proto: ObjId, ty: ElementType, values: Vec<Value>) -> JsResult<ObjId> {
    let mark = vm.roots.len();
    for &v in &values {
        vm.root(v);
    }
    let r = (|| {
        let o = allocate_typed_array_with_length(vm, proto, ty, values.len())?;
        vm.root(Value::Object(o));
        for (k, &v) in values.iter().enumerate() {
            vm.typed_array_set_element(o, k as f64, v)?;
        }
        Ok(o)
    })();
    vm.roots.truncate(mark);
    r
}

/// InitializeTypedArrayFromArrayLike (ECMA-262 §23.2.5.1.5)
fn initialize_from_array_like(vm: &mut Vm, proto: ObjId, ty: ElementType, array_like: ObjId) -> JsResult<ObjId> {
    let len = vm.length_of_array_like(array_like)?;
    let o = allocate_typed_array_with_length(vm, proto, ty, len as usize)?;
    let mark = vm.roots.len();
    vm.root(Value::Object(o));
    let r = (|| {
        for k in 0..len as usize {
            let key = index_key(vm, k);
            let v = vm.get(array_like, key, Value::Object(array_like))?;
            vm.typed_array_set_element(o, k as f64, v)?;
        }
        Ok(o)
    })();
    vm.roots.truncate(mark);
    r
}

/// The property key of index `k` (an array index, or its string past 2^32 - 2).
pub fn index_key(vm: &mut Vm, k: usize) -> PropertyKey {
    if k < u32::MAX as usize { PropertyKey::Index(k as u32) } else { vm.key_str(&k.to_string()) }
}

/// ValidateTypedArray (ECMA-262 §23.2.4.4): the receiver as a typed array that is in bounds,
/// with its current length; `method` names the caller in the TypeError.
pub fn validate_typed_array(vm: &mut Vm, v: Value, method: &str) -> JsResult<(ObjId, usize)> {
    let Value::Object(o) = v else {
        return Err(vm.type_error("this is not a typed array."));
    };
    let Some(t) = vm.typed_array_data(o) else {
        return Err(vm.type_error("this is not a typed array."));
    };
    match vm.typed_array_length(t) {
        Some(len) => Ok((o, len)),
        None => Err(vm.detached_error(method)),
    }
}

/// TypedArrayCreateFromConstructor (ECMA-262 §23.2.4.2): constructs with `args` and checks
/// that the result is an in-bounds typed array long enough for a single length argument.
pub fn typed_array_create_from_constructor(vm: &mut Vm, ctor: Value, args: &[Value], method: &str) -> JsResult<ObjId> {
    let new = vm.construct(ctor, args, None)?;
    let (o, len) = validate_typed_array(vm, new, method)?;
    if let [Value::Number(n)] = args
        && (len as f64) < *n
    {
        return Err(vm.type_error("Derived TypedArray constructor created an array which was too small"));
    }
    Ok(o)
}

/// TypedArraySpeciesCreate (ECMA-262 §23.2.4.1)
pub fn typed_array_species_create(vm: &mut Vm, exemplar: ObjId, args: &[Value], method: &str) -> JsResult<ObjId> {
    let ty = vm.typed_array_data(exemplar).expect("a typed array").ty;
    let default = vm.intrinsics().extra[ty.intrinsic()];
    let ctor = vm.species_constructor(exemplar, default)?;
    let result = typed_array_create_from_constructor(vm, ctor, args, method)?;
    let rty = vm.typed_array_data(result).expect("validated").ty;
    if rty.is_bigint() != ty.is_bigint() {
        return Err(vm.type_error("Content type of the species-created typed array does not match"));
    }
    Ok(result)
}

/// TypedArrayCreateSameType (ECMA-262 §23.2.4.3): a new typed array of the exemplar's
/// type (the intrinsic constructor, no species lookup) with `len` elements.
pub fn typed_array_create_same_type(vm: &mut Vm, exemplar: ObjId, len: usize) -> JsResult<ObjId> {
    let ty = vm.typed_array_data(exemplar).expect("a typed array").ty;
    new_typed_array(vm, ty, len)
}

/// The typed array receiver of an accessor, or the incompatible-receiver TypeError.
fn this_typed_array(vm: &mut Vm, this: Value, method: &str) -> JsResult<ObjId> {
    if let Value::Object(o) = this
        && vm.typed_array_data(o).is_some()
    {
        return Ok(o);
    }
    Err(vm.incompatible_receiver(method, this))
}

/// ECMA-262 §23.2.3.2 get %TypedArray%.prototype.buffer
fn get_buffer(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = this_typed_array(vm, cx.this, "get TypedArray.prototype.buffer")?;
    Ok(Value::Object(vm.typed_array_data(o).expect("checked").buffer))
}

/// ECMA-262 §23.2.3.3 get %TypedArray%.prototype.byteLength (TypedArrayByteLength)
fn get_byte_length(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = this_typed_array(vm, cx.this, "get TypedArray.prototype.byteLength")?;
    let t = vm.typed_array_data(o).expect("checked");
    let n = vm.typed_array_length(t).map_or(0, |len| len * t.ty.size());
    Ok(Value::Number(n as f64))
}

/// ECMA-262 §23.2.3.4 get %TypedArray%.prototype.byteOffset
fn get_byte_offset(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = this_typed_array(vm, cx.this, "get TypedArray.prototype.byteOffset")?;
    let t = vm.typed_array_data(o).expect("checked");
    let n = if vm.typed_array_length(t).is_some() { t.byte_offset } else { 0 };
    Ok(Value::Number(n as f64))
}

/// ECMA-262 §23.2.3.21 get %TypedArray%.prototype.length
fn get_length(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = this_typed_array(vm, cx.this, "get TypedArray.prototype.length")?;
    Ok(Value::Number(vm.typed_array_length_of(o).unwrap_or(0) as f64))
}

/// ECMA-262 §23.2.3.38 get %TypedArray%.prototype [ %Symbol.toStringTag% ]
fn get_to_string_tag(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let Value::Object(o) = cx.this else { return Ok(Value::Undefined) };
    match vm.typed_array_data(o) {
        Some(t) => {
            let name = t.ty.name();
            Ok(vm.string(name))
        }
        None => Ok(Value::Undefined),
    }
}
