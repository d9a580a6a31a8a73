//! Boolean (ECMA-262 §20.3).

use super::arg;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let bp = vm.intrinsics().boolean_prototype;
    vm.def_constructor("Boolean", 1, boolean_constructor, bp);
    vm.def_method(bp, "toString", 0, to_string);
    vm.def_method(bp, "valueOf", 0, value_of);
}

fn boolean_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let b = vm.to_boolean(arg(args, 0));
    match cx.new_target {
        None => Ok(Value::Bool(b)),
        Some(nt) => {
            let proto = vm.get_prototype_from_constructor(nt, |i| i.boolean_prototype)?;
            Ok(Value::Object(vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::BooleanBox(b)))))
        }
    }
}

/// thisBooleanValue (ECMA-262 §20.3.3.3.1)
fn this_boolean(vm: &mut Vm, v: Value) -> JsResult<bool> {
    match v {
        Value::Bool(b) => Ok(b),
        Value::Object(o) => match vm.obj(o).kind {
            ObjectKind::BooleanBox(b) => Ok(b),
            _ => Err(vm.type_error("Boolean.prototype.valueOf requires that 'this' be a Boolean")),
        },
        _ => Err(vm.type_error("Boolean.prototype.valueOf requires that 'this' be a Boolean")),
    }
}

fn to_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let b = this_boolean(vm, cx.this)?;
    Ok(Value::String(if b { vm.names.true_ } else { vm.names.false_ }))
}

fn value_of(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(this_boolean(vm, cx.this)?))
}
