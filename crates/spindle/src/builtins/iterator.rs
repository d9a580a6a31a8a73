//! %IteratorPrototype% (ECMA-262 §27.1.2), %ArrayIteratorPrototype% (§23.1.5) and
//! %StringIteratorPrototype% (§22.1.5), plus CreateIterResultObject.

use crate::object::property::*;
use crate::object::shape::Shape;
use crate::object::{IterKind, NativeCall, Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let ip = vm.intrinsics().iterator_prototype;
    let it = vm.sym.iterator;
    vm.def_method_sym(ip, it, "[Symbol.iterator]", 0, return_this);
    let aip = vm.intrinsics().array_iterator_prototype;
    let next = vm.def_method(aip, "next", 0, array_iterator_next);
    vm.intrinsics_mut().array_iterator_next = next;
    let tag = vm.sym.to_string_tag;
    let s = vm.string("Array Iterator");
    vm.define_direct(aip, PropertyKey::Symbol(tag), s, CONFIGURABLE);
    let sip = vm.intrinsics().string_iterator_prototype;
    vm.def_method(sip, "next", 0, string_iterator_next);
    let s = vm.string("String Iterator");
    vm.define_direct(sip, PropertyKey::Symbol(tag), s, CONFIGURABLE);
}

fn return_this(_vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(cx.this)
}

/// The slots of `value` and `done` in the shape every CreateIterResultObject result starts
/// with (`Vm::iter_result_shape`).
pub const ITER_RESULT_VALUE_SLOT: u32 = 0;
pub const ITER_RESULT_DONE_SLOT: u32 = 1;

/// CreateIterResultObject (ECMA-262 §7.4.14)
pub fn create_iter_result(vm: &mut Vm, value: Value, done: bool) -> Value {
    let proto = vm.intrinsics().object_prototype;
    let shape = match &vm.iter_result_shape {
        Some(s) => s.clone(),
        None => {
            let (v, d) = (PropertyKey::String(vm.names.value), PropertyKey::String(vm.names.done));
            let s = Shape::empty().add(v, DEFAULT_ATTRS, false).add(d, DEFAULT_ATTRS, false);
            vm.iter_result_shape = Some(s.clone());
            s
        }
    };
    let slots = crate::object::property::SlotVec::pair(
        crate::value::Packed::new(value),
        crate::value::Packed::new(Value::Bool(done)),
    );
    let props = PropertyMap::with_shape(shape, slots);
    Value::Object(vm.heap.alloc_object(Object::with_parts(
        Some(proto),
        ObjectKind::Ordinary,
        props,
        thin_vec::ThinVec::new(),
    )))
}

/// CreateArrayIterator (ECMA-262 §23.1.5.1)
pub fn create_array_iterator(vm: &mut Vm, object: Value, kind: IterKind) -> ObjId {
    let proto = vm.intrinsics().array_iterator_prototype;
    vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::ArrayIterator { object, index: 0, kind }))
}

/// %ArrayIteratorPrototype%.next (ECMA-262 §23.1.5.2.1)
fn array_iterator_next(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let Value::Object(it) = cx.this else {
        return Err(vm.type_error("next method called on incompatible receiver"));
    };
    if !matches!(vm.obj(it).kind, ObjectKind::ArrayIterator { .. }) {
        return Err(vm.type_error("next method called on incompatible receiver"));
    }
    Ok(match array_iterator_step(vm, it)? {
        Some(v) => create_iter_result(vm, v, false),
        None => create_iter_result(vm, Value::Undefined, true),
    })
}

/// Whether `f` is %ArrayIteratorPrototype%.next of the running realm: then a step of an
/// array iterator may be taken with [`array_iterator_step`], without the call and the
/// result object nobody else sees (IteratorStepValue in `for-of`, spread, Array.from).
pub fn is_array_iterator_next(vm: &Vm, f: ObjId) -> bool {
    vm.intrinsics().array_iterator_next == f
}

/// One step of the array iterator `it` (the steps of the closure CreateArrayIterator
/// makes, ECMA-262 §23.1.5.1): its next value, or None once done. `it` must be an
/// ArrayIterator.
pub fn array_iterator_step(vm: &mut Vm, it: ObjId) -> JsResult<Option<Value>> {
    let ObjectKind::ArrayIterator { object, index, kind } = vm.obj(it).kind else {
        return Ok(None);
    };
    let Value::Object(a) = object else {
        return Ok(None);
    };
    // A typed array's length comes from its buffer witness record (ECMA-262 §23.1.5.1
    // step 2.b.ii-iii): an out-of-bounds or detached view is a TypeError, not done.
    let len = if let Some(t) = vm.typed_array_data(a) {
        match vm.typed_array_length(t) {
            Some(n) => n as f64,
            None => {
                return Err(vm.type_error("Cannot perform %ArrayIteratorPrototype%.next on a detached ArrayBuffer"));
            }
        }
    } else {
        vm.length_of_array_like(a)?
    };
    if index as f64 >= len {
        if let ObjectKind::ArrayIterator { object, .. } = &mut vm.obj_mut(it).kind {
            *object = Value::Undefined;
        }
        return Ok(None);
    }
    if let ObjectKind::ArrayIterator { index: i, .. } = &mut vm.obj_mut(it).kind {
        *i += 1;
    }
    let v = match kind {
        IterKind::Keys => Value::Number(index as f64),
        IterKind::Values => vm.get(a, PropertyKey::Index(index), object)?,
        IterKind::Entries => {
            let v = vm.get(a, PropertyKey::Index(index), object)?;
            Value::Object(vm.new_array(vec![Value::Number(index as f64), v]))
        }
    };
    Ok(Some(v))
}

/// %StringIteratorPrototype%.next (ECMA-262 §22.1.5.1.1): iterates code points.
fn string_iterator_next(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let Value::Object(it) = cx.this else {
        return Err(vm.type_error("next method called on incompatible receiver"));
    };
    let ObjectKind::StringIterator { string, index } = vm.obj(it).kind else {
        return Err(vm.type_error("next method called on incompatible receiver"));
    };
    let Value::String(s) = string else {
        return Ok(create_iter_result(vm, Value::Undefined, true));
    };
    let units = vm.heap.str(s);
    let i = index as usize;
    if i >= units.len() {
        if let ObjectKind::StringIterator { string, .. } = &mut vm.obj_mut(it).kind {
            *string = Value::Undefined;
        }
        return Ok(create_iter_result(vm, Value::Undefined, true));
    }
    let c = units[i];
    let n = if (0xD800..0xDC00).contains(&c) && i + 1 < units.len() && (0xDC00..0xE000).contains(&units[i + 1]) {
        2
    } else {
        1
    };
    let piece = units[i..i + n].to_vec();
    if let ObjectKind::StringIterator { index, .. } = &mut vm.obj_mut(it).kind {
        *index += n as u32;
    }
    let v = vm.string_units(piece);
    Ok(create_iter_result(vm, v, false))
}
