//! %AsyncFunction% (ECMA-262 §27.7.1) and %AsyncFunction.prototype% (§27.7.3). The
//! machinery itself is in `vm/async_function.rs`.

use crate::object::property::*;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let i = vm.intrinsics();
    let (fp, function) = (i.function_prototype, i.function);
    let proto = vm.heap.alloc_object(Object::new(Some(fp), ObjectKind::Ordinary));
    vm.intrinsics_mut().extra.insert("%AsyncFunction.prototype%", proto);
    let tag = vm.sym.to_string_tag;
    let s = vm.string("AsyncFunction");
    vm.define_direct(proto, PropertyKey::Symbol(tag), s, CONFIGURABLE);
    // %AsyncFunction%: not a global; reached through the prototype chain.
    let ctor = vm.new_native("AsyncFunction", 1, async_function, true);
    vm.obj_mut(ctor).set_proto(Some(function));
    vm.define_direct(ctor, PropertyKey::String(vm.names.prototype), Value::Object(proto), 0);
    vm.define_direct(proto, PropertyKey::String(vm.names.constructor), Value::Object(ctor), CONFIGURABLE);
    vm.intrinsics_mut().extra.insert("%AsyncFunction%", ctor);
}

/// AsyncFunction ( ...parameterArgs, bodyArg ) (ECMA-262 §27.7.1.1)
fn async_function(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    super::function::create_dynamic_function(vm, cx.new_target, args, "async function")
}
