//! Node's internal errors (lib/internal/errors.js): built-in error types carrying a `code`,
//! as the web APIs Node implements throw them.

use spindle::Value;
use spindle::object::property::{CONFIGURABLE, ENUMERABLE, HIDDEN, PropertyKey, WRITABLE};
use spindle::vm::{ErrorType, JsResult, Vm};

/// A `ty` error with Node's `code`: its stack's first line names the code
/// ("TypeError [ERR_X]: message", Node sets `name` to that while capturing the stack and
/// removes it afterwards), and `code` is an own enumerable property.
pub fn node_error(vm: &mut Vm, ty: ErrorType, code: &str, message: &str) -> Value {
    let e = vm.make_error(ty, message);
    let name_key = PropertyKey::String(vm.names.name);
    let shown = vm.string(&format!("{} [{code}]", type_name(ty)));
    vm.define_direct(e, name_key, shown, HIDDEN);
    // Formats the lazily captured stack now, with the name above (cannot run user code:
    // the error's own name and message are data properties).
    let _ = vm.get(e, PropertyKey::String(vm.names.stack), Value::Object(e));
    let _ = vm.delete(e, name_key);
    let c = vm.string(code);
    let code_key = vm.key_str("code");
    vm.define_direct(e, code_key, c, WRITABLE | ENUMERABLE | CONFIGURABLE);
    Value::Object(e)
}

fn type_name(ty: ErrorType) -> &'static str {
    match ty {
        ErrorType::Error => "Error",
        ErrorType::TypeError => "TypeError",
        ErrorType::RangeError => "RangeError",
        ErrorType::ReferenceError => "ReferenceError",
        ErrorType::SyntaxError => "SyntaxError",
        ErrorType::EvalError => "EvalError",
        ErrorType::URIError => "URIError",
    }
}

/// Node's ERR_INVALID_ARG_TYPE for an argument that must be of one type: `The "name"
/// argument must be of type TYPE. Received …`.
pub fn invalid_arg_type(vm: &mut Vm, name: &str, ty: &str, got: Value) -> Value {
    invalid_arg(vm, &format!("The \"{name}\" argument must be of type {ty}"), got)
}

/// Node's ERR_INVALID_ARG_TYPE for an argument that must be an instance of `class`.
pub fn invalid_instance(vm: &mut Vm, name: &str, class: &str, got: Value) -> Value {
    invalid_arg(vm, &format!("The \"{name}\" argument must be an instance of {class}"), got)
}

/// ERR_INVALID_ARG_TYPE: `expectation`, then what was received.
fn invalid_arg(vm: &mut Vm, expectation: &str, got: Value) -> Value {
    let got = match received(vm, got) {
        Ok(text) => text,
        Err(e) => return e,
    };
    node_error(vm, ErrorType::TypeError, "ERR_INVALID_ARG_TYPE", &format!("{expectation}. Received {got}"))
}

/// A constructor named `name` for objects the runtime makes (Node's Timeout, Immediate):
/// `proto.constructor`, not a global; calling it throws ERR_ILLEGAL_CONSTRUCTOR.
pub fn internal_constructor(vm: &mut Vm, name: &str, proto: spindle::value::ObjId) {
    let c = vm.new_native(name, 0, illegal_constructor, true);
    vm.define_direct(c, PropertyKey::String(vm.names.prototype), Value::Object(proto), 0);
    vm.define_direct(proto, PropertyKey::String(vm.names.constructor), Value::Object(c), WRITABLE | CONFIGURABLE);
}

fn illegal_constructor(vm: &mut Vm, _cx: &spindle::object::NativeCall, _args: &[Value]) -> JsResult<Value> {
    Err(node_error(vm, ErrorType::TypeError, "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor"))
}

/// Node's ERR_INVALID_THIS: `Value of "this" must be of type NAME`.
pub fn invalid_this(vm: &mut Vm, name: &str) -> Value {
    node_error(vm, ErrorType::TypeError, "ERR_INVALID_THIS", &format!("Value of \"this\" must be of type {name}"))
}

/// How Node's ERR_INVALID_ARG_TYPE describes a received value (lib/internal/errors.js
/// determineSpecificType): `type number (1)`, `type string ('x')`, `an instance of Array`.
/// Reading an object's `constructor.name` may run its getters, as in Node.
pub fn received(vm: &mut Vm, v: Value) -> JsResult<String> {
    Ok(match v {
        Value::Undefined | Value::Empty | Value::Env(_) => "undefined".into(),
        Value::Null => "null".into(),
        Value::String(s) => {
            let mut text = vm.rust_string(s);
            if text.chars().count() > 28 {
                text = text.chars().take(25).collect::<String>() + "...";
            }
            format!("type string ('{text}')")
        }
        Value::Bool(b) => format!("type boolean ({b})"),
        Value::Number(_) => format!("type number ({})", vm.describe(v)),
        Value::BigInt(_) => format!("type bigint ({})", vm.describe(v)),
        Value::Symbol(_) => format!("type symbol ({})", vm.describe(v)),
        Value::Object(o) => {
            let ctor = vm.get(o, PropertyKey::String(vm.names.constructor), v)?;
            let name = match ctor {
                Value::Object(c) => vm.get(c, PropertyKey::String(vm.names.name), ctor)?,
                _ => Value::Undefined,
            };
            match name {
                Value::String(n) if !vm.heap.str(n).is_empty() => format!("an instance of {}", vm.rust_string(n)),
                _ => spindle::builtins::inspect::inspect(vm, v),
            }
        }
    })
}
