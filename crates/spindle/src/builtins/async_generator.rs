//! %AsyncGeneratorFunction% (ECMA-262 §27.4), %AsyncGeneratorFunction.prototype% (§27.4.3)
//! and %AsyncGeneratorPrototype% (§27.6.1). The machinery itself is in
//! `vm/async_generator.rs`.

use super::arg;
use super::iterator::create_iter_result;
use crate::object::property::*;
use crate::object::{GeneratorKind, GeneratorState, NativeCall, Object, ObjectKind, ResumeMode};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let i = vm.intrinsics();
    let (fp, function) = (i.function_prototype, i.function);
    let aip = i.extra["%AsyncIteratorPrototype%"];
    let gen_proto = vm.heap.alloc_object(Object::new(Some(aip), ObjectKind::Ordinary));
    let gen_fn_proto = vm.heap.alloc_object(Object::new(Some(fp), ObjectKind::Ordinary));
    vm.intrinsics_mut().extra.insert("%AsyncGeneratorPrototype%", gen_proto);
    vm.intrinsics_mut().extra.insert("%AsyncGeneratorFunction.prototype%", gen_fn_proto);

    // Own keys in V8's order: constructor, next, return, throw, @@toStringTag.
    vm.define_direct(gen_proto, PropertyKey::String(vm.names.constructor), Value::Object(gen_fn_proto), CONFIGURABLE);
    vm.def_method(gen_proto, "next", 1, next);
    vm.def_method(gen_proto, "return", 1, return_);
    vm.def_method(gen_proto, "throw", 1, throw);
    let tag = vm.sym.to_string_tag;
    let s = vm.string("AsyncGenerator");
    vm.define_direct(gen_proto, PropertyKey::Symbol(tag), s, CONFIGURABLE);

    let s = vm.string("AsyncGeneratorFunction");
    vm.define_direct(gen_fn_proto, PropertyKey::Symbol(tag), s, CONFIGURABLE);
    vm.define_direct(gen_fn_proto, PropertyKey::String(vm.names.prototype), Value::Object(gen_proto), CONFIGURABLE);

    // %AsyncGeneratorFunction%: not a global; reached through the prototype chain.
    let ctor = vm.new_native("AsyncGeneratorFunction", 1, async_generator_function, true);
    vm.obj_mut(ctor).set_proto(Some(function));
    vm.define_direct(ctor, PropertyKey::String(vm.names.prototype), Value::Object(gen_fn_proto), 0);
    vm.define_direct(gen_fn_proto, PropertyKey::String(vm.names.constructor), Value::Object(ctor), CONFIGURABLE);
    vm.intrinsics_mut().extra.insert("%AsyncGeneratorFunction%", ctor);
}

/// ECMA-262 §27.4.1.1 AsyncGeneratorFunction ( ...parameterArgs, bodyArg )
fn async_generator_function(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    super::function::create_dynamic_function(vm, cx.new_target, args, "async function*")
}

/// AsyncGeneratorValidate (ECMA-262 §27.6.3.3): the generator and its state, or the
/// TypeError the method's promise is rejected with.
fn async_generator_validate(vm: &mut Vm, g: Value, method: &str) -> Result<(ObjId, GeneratorState), Value> {
    if let Value::Object(o) = g
        && let ObjectKind::Generator(d) = &vm.obj(o).kind
        && d.kind == GeneratorKind::Async
    {
        return Ok((o, d.state));
    }
    let d = vm.describe(g);
    Err(vm.type_error(&format!("{method} method called on incompatible receiver {d}")))
}

/// The steps the three methods share: a %Promise% capability, AsyncGeneratorValidate with
/// IfAbruptRejectPromise, then `request` for a valid generator.
fn with_request(
    vm: &mut Vm,
    this: Value,
    method: &str,
    request: impl FnOnce(&mut Vm, ObjId, GeneratorState, ObjId) -> JsResult<()>,
) -> JsResult<Value> {
    vm.promise_from_steps(|vm, promise| {
        let (g, state) = async_generator_validate(vm, this, method)?;
        request(vm, g, state, promise)
    })
}

/// ECMA-262 §27.6.1.2 %AsyncGeneratorPrototype%.next ( value )
fn next(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let value = arg(args, 0);
    with_request(vm, cx.this, "next", |vm, g, state, promise| {
        if state == GeneratorState::Completed {
            let r = create_iter_result(vm, Value::Undefined, true);
            return vm.resolve_promise(promise, r);
        }
        vm.async_generator_enqueue(g, ResumeMode::Next, value, promise);
        match state {
            GeneratorState::SuspendedStart | GeneratorState::SuspendedYield => {
                vm.async_generator_resume(g, ResumeMode::Next, value)
            }
            // Executing or draining the queue: the request waits its turn.
            _ => Ok(()),
        }
    })
}

/// ECMA-262 §27.6.1.3 %AsyncGeneratorPrototype%.return ( value )
fn return_(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let value = arg(args, 0);
    with_request(vm, cx.this, "return", |vm, g, state, promise| {
        vm.async_generator_enqueue(g, ResumeMode::Return, value, promise);
        match state {
            GeneratorState::SuspendedStart | GeneratorState::Completed => {
                vm.generator_data(g).state = GeneratorState::DrainingQueue;
                vm.async_generator_await_return(g)
            }
            GeneratorState::SuspendedYield => vm.async_generator_resume(g, ResumeMode::Return, value),
            _ => Ok(()),
        }
    })
}

/// ECMA-262 §27.6.1.4 %AsyncGeneratorPrototype%.throw ( exception )
fn throw(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let exception = arg(args, 0);
    with_request(vm, cx.this, "throw", |vm, g, mut state, promise| {
        if state == GeneratorState::SuspendedStart {
            // The body never runs: the generator completes.
            vm.generator_data(g).state = GeneratorState::Completed;
            state = GeneratorState::Completed;
        }
        if state == GeneratorState::Completed {
            vm.reject_promise(promise, exception);
            return Ok(());
        }
        vm.async_generator_enqueue(g, ResumeMode::Throw, exception, promise);
        if state == GeneratorState::SuspendedYield {
            return vm.async_generator_resume(g, ResumeMode::Throw, exception);
        }
        Ok(())
    })
}
