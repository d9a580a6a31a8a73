//! %GeneratorFunction% (ECMA-262 §27.3), %GeneratorFunction.prototype% (§27.3.3) and
//! %GeneratorPrototype% (§27.5.1). The machinery itself is in `vm/generator.rs`.

use super::arg;
use crate::object::property::*;
use crate::object::{NativeCall, Object, ObjectKind, ResumeMode};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let i = vm.intrinsics();
    let (ip, fp, function) = (i.iterator_prototype, i.function_prototype, i.function);
    let gen_proto = vm.heap.alloc_object(Object::new(Some(ip), ObjectKind::Ordinary));
    let gen_fn_proto = vm.heap.alloc_object(Object::new(Some(fp), ObjectKind::Ordinary));
    vm.intrinsics_mut().extra.insert("%GeneratorPrototype%", gen_proto);
    vm.intrinsics_mut().extra.insert("%GeneratorFunction.prototype%", gen_fn_proto);

    // Own keys in V8's order: constructor, next, return, throw, @@toStringTag.
    vm.define_direct(gen_proto, PropertyKey::String(vm.names.constructor), Value::Object(gen_fn_proto), CONFIGURABLE);
    let next_fn = vm.def_method(gen_proto, "next", 1, next);
    // for-of resumes generators inline when `next` is still this function.
    vm.intrinsics_mut().generator_next = Some(next_fn);
    vm.def_method(gen_proto, "return", 1, return_);
    vm.def_method(gen_proto, "throw", 1, throw);
    let tag = vm.sym.to_string_tag;
    let s = vm.string("Generator");
    vm.define_direct(gen_proto, PropertyKey::Symbol(tag), s, CONFIGURABLE);

    let s = vm.string("GeneratorFunction");
    vm.define_direct(gen_fn_proto, PropertyKey::Symbol(tag), s, CONFIGURABLE);
    vm.define_direct(gen_fn_proto, PropertyKey::String(vm.names.prototype), Value::Object(gen_proto), CONFIGURABLE);

    // %GeneratorFunction%: not a global; reached through the prototype chain.
    let ctor = vm.new_native("GeneratorFunction", 1, generator_function, true);
    vm.obj_mut(ctor).set_proto(Some(function));
    vm.define_direct(ctor, PropertyKey::String(vm.names.prototype), Value::Object(gen_fn_proto), 0);
    vm.define_direct(gen_fn_proto, PropertyKey::String(vm.names.constructor), Value::Object(ctor), CONFIGURABLE);
    vm.intrinsics_mut().extra.insert("%GeneratorFunction%", ctor);
}

/// ECMA-262 §27.3.1.1 GeneratorFunction ( ...parameterArgs, bodyArg )
fn generator_function(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    super::function::create_dynamic_function(vm, cx.new_target, args, "function*")
}

/// ECMA-262 §27.5.1.2 %GeneratorPrototype%.next ( value )
fn next(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    vm.generator_resume(cx.this, ResumeMode::Next, arg(args, 0), "next")
}

/// ECMA-262 §27.5.1.3 %GeneratorPrototype%.return ( value )
fn return_(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    vm.generator_resume(cx.this, ResumeMode::Return, arg(args, 0), "return")
}

/// ECMA-262 §27.5.1.4 %GeneratorPrototype%.throw ( exception )
fn throw(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    vm.generator_resume(cx.this, ResumeMode::Throw, arg(args, 0), "throw")
}
