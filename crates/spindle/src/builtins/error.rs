//! Error objects (ECMA-262 §20.5): Error, the NativeError constructors and
//! Error.prototype.toString.

use super::arg;
use crate::object::property::*;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::realm::Intrinsics;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let ep = vm.intrinsics().error_prototype;
    let error = vm.def_constructor("Error", 1, error_constructor, ep);
    let empty = Value::String(vm.names.empty);
    vm.def_value(ep, "message", empty, HIDDEN);
    let n = vm.string("Error");
    vm.def_value(ep, "name", n, HIDDEN);
    vm.def_method(ep, "toString", 0, error_to_string);
    vm.def_method(error, "captureStackTrace", 1, capture_stack_trace);
    vm.def_method(error, "isError", 1, is_error);
    vm.def_value(error, "stackTraceLimit", Value::Number(10.0), DEFAULT_ATTRS);
    type ProtoOf = fn(&Intrinsics) -> ObjId;
    let natives: [(&str, ProtoOf, crate::object::NativeFn); 6] = [
        ("TypeError", |i| i.type_error_prototype, type_error),
        ("RangeError", |i| i.range_error_prototype, range_error),
        ("ReferenceError", |i| i.reference_error_prototype, reference_error),
        ("SyntaxError", |i| i.syntax_error_prototype, syntax_error),
        ("EvalError", |i| i.eval_error_prototype, eval_error),
        ("URIError", |i| i.uri_error_prototype, uri_error),
    ];
    for (name, proto, f) in natives {
        let p = proto(vm.intrinsics());
        let c = vm.def_constructor(name, 1, f, p);
        vm.obj_mut(c).set_proto(Some(error));
        let nm = vm.string(name);
        vm.def_value(p, "name", nm, HIDDEN);
        vm.def_value(p, "message", empty, HIDDEN);
    }
    // AggregateError (ECMA-262 §20.5.7)
    let ap = vm.heap.alloc_object(Object::new(Some(ep), ObjectKind::Ordinary));
    vm.intrinsics_mut().extra.insert("%AggregateError.prototype%", ap);
    let c = vm.def_constructor("AggregateError", 2, aggregate_error, ap);
    vm.obj_mut(c).set_proto(Some(error));
    let nm = vm.string("AggregateError");
    vm.def_value(ap, "name", nm, HIDDEN);
    vm.def_value(ap, "message", empty, HIDDEN);
}

/// AggregateError (ECMA-262 §20.5.7.1)
fn aggregate_error(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let nt = cx.new_target.unwrap_or(cx.callee);
    let proto = vm.get_prototype_from_constructor(nt, |i| i.extra["%AggregateError.prototype%"])?;
    let o = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Error));
    vm.root(Value::Object(o));
    vm.attach_stack_skipping(o, stack_skip_until(vm, nt));
    let msg = arg(args, 1);
    if !msg.is_undefined() {
        let s = vm.to_string(msg)?;
        vm.define_direct(o, PropertyKey::String(vm.names.message), Value::String(s), HIDDEN);
    }
    install_error_cause(vm, o, arg(args, 2))?;
    let list = vm.iterate_to_vec(arg(args, 0))?;
    for v in &list {
        vm.root(*v);
    }
    let a = vm.new_array(list);
    vm.define_direct(o, PropertyKey::String(vm.names.errors), Value::Object(a), HIDDEN);
    Ok(Value::Object(o))
}

/// Error.isError (ECMA-262 §20.5.2.1): whether the argument has an [[ErrorData]] slot.
fn is_error(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(matches!(arg(args, 0), Value::Object(o) if matches!(vm.obj(o).kind, ObjectKind::Error))))
}

/// The shared body of Error and NativeError constructors (ECMA-262 §20.5.1.1).
fn construct_error(vm: &mut Vm, cx: &NativeCall, args: &[Value], default: fn(&Intrinsics) -> ObjId) -> JsResult<Value> {
    let nt = cx.new_target.unwrap_or(cx.callee);
    let proto = vm.get_prototype_from_constructor(nt, default)?;
    let o = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Error));
    vm.root(Value::Object(o));
    // The stack is the first own key, as on V8's error objects.
    vm.attach_stack_skipping(o, stack_skip_until(vm, nt));
    let msg = arg(args, 0);
    if !msg.is_undefined() {
        let s = vm.to_string(msg)?;
        vm.define_direct(o, PropertyKey::String(vm.names.message), Value::String(s), HIDDEN);
    }
    install_error_cause(vm, o, arg(args, 1))?;
    Ok(Value::Object(o))
}

/// V8's frame skipping for error constructors (ErrorUtils::Construct,
/// src/execution/messages.cc): when new.target is an ECMAScript function (a subclass, or
/// `Reflect.construct(Error, args, F)`), the stack starts below its frame, so
/// `new MyError()` does not list MyError's constructor (or the `super()` calls above it).
fn stack_skip_until(vm: &Vm, new_target: ObjId) -> Option<ObjId> {
    matches!(vm.obj(new_target).kind, ObjectKind::Function(_)).then_some(new_target)
}

/// InstallErrorCause (ECMA-262 §20.5.8.1)
pub fn install_error_cause(vm: &mut Vm, o: ObjId, options: Value) -> JsResult<()> {
    if let Value::Object(opts) = options {
        let k = PropertyKey::String(vm.names.cause);
        if vm.has_property(opts, k)? {
            let c = vm.get(opts, k, options)?;
            vm.define_direct(o, k, c, HIDDEN);
        }
    }
    Ok(())
}

fn error_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    construct_error(vm, cx, args, |i| i.error_prototype)
}
fn type_error(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    construct_error(vm, cx, args, |i| i.type_error_prototype)
}
fn range_error(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    construct_error(vm, cx, args, |i| i.range_error_prototype)
}
fn reference_error(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    construct_error(vm, cx, args, |i| i.reference_error_prototype)
}
fn syntax_error(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    construct_error(vm, cx, args, |i| i.syntax_error_prototype)
}
fn eval_error(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    construct_error(vm, cx, args, |i| i.eval_error_prototype)
}
fn uri_error(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    construct_error(vm, cx, args, |i| i.uri_error_prototype)
}

/// Error.prototype.toString (ECMA-262 §20.5.3.4)
fn error_to_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let s = error_to_string_of(vm, cx.this)?;
    Ok(vm.string(&s))
}

/// The steps of Error.prototype.toString (ECMA-262 §20.5.3.4) for a receiver.
pub fn error_to_string_of(vm: &mut Vm, this: Value) -> JsResult<String> {
    let Value::Object(o) = this else {
        return Err(vm.type_error("Error.prototype.toString called on non-object"));
    };
    let name = vm.get(o, PropertyKey::String(vm.names.name), this)?;
    let name = if name.is_undefined() { "Error".to_string() } else { vm.to_rust_string(name)? };
    let msg = vm.get(o, PropertyKey::String(vm.names.message), this)?;
    let msg = if msg.is_undefined() { String::new() } else { vm.to_rust_string(msg)? };
    Ok(if name.is_empty() {
        msg
    } else if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    })
}

/// Error.captureStackTrace(obj[, fn]): V8 extension used by Node code
/// (src/builtins/builtins-error.cc ErrorCaptureStackTrace): installs `stack` on `obj`,
/// formatted on first read, with the frames up to and including `fn`'s left out.
fn capture_stack_trace(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if let Value::Object(o) = arg(args, 0) {
        let until = match arg(args, 1) {
            Value::Object(f) if matches!(vm.obj(f).kind, ObjectKind::Function(_)) => Some(f),
            _ => None,
        };
        vm.attach_stack_skipping(o, until);
    }
    Ok(Value::Undefined)
}
