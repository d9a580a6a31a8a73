//! A minimal DOMException (WebIDL §3.14.1, as Node provides it: lib/internal/per_context/
//! domexception.js): `new DOMException(message, name)` with `name`, `message` and `code`
//! accessors on a prototype that inherits from Error.prototype (so `instanceof Error`
//! holds), the legacy code constants, and a stack captured at construction. The name and
//! message live under two private symbols kept in the constructor's and getters' slots.

use spindle::Value;
use spindle::builtins::arg;
use spindle::heap::Symbol;
use spindle::object::property::{CONFIGURABLE, ENUMERABLE, PropertyKey, Slot};
use spindle::object::{NativeCall, NativeFn, Object, ObjectKind};
use spindle::value::ObjId;
use spindle::vm::{JsResult, Vm};

/// WebIDL's table of DOMException names with a legacy code, and the constant naming each.
const LEGACY_CODES: [(&str, &str); 25] = [
    ("IndexSizeError", "INDEX_SIZE_ERR"),
    ("DOMStringSizeError", "DOMSTRING_SIZE_ERR"),
    ("HierarchyRequestError", "HIERARCHY_REQUEST_ERR"),
    ("WrongDocumentError", "WRONG_DOCUMENT_ERR"),
    ("InvalidCharacterError", "INVALID_CHARACTER_ERR"),
    ("NoDataAllowedError", "NO_DATA_ALLOWED_ERR"),
    ("NoModificationAllowedError", "NO_MODIFICATION_ALLOWED_ERR"),
    ("NotFoundError", "NOT_FOUND_ERR"),
    ("NotSupportedError", "NOT_SUPPORTED_ERR"),
    ("InUseAttributeError", "INUSE_ATTRIBUTE_ERR"),
    ("InvalidStateError", "INVALID_STATE_ERR"),
    ("SyntaxError", "SYNTAX_ERR"),
    ("InvalidModificationError", "INVALID_MODIFICATION_ERR"),
    ("NamespaceError", "NAMESPACE_ERR"),
    ("InvalidAccessError", "INVALID_ACCESS_ERR"),
    ("ValidationError", "VALIDATION_ERR"),
    ("TypeMismatchError", "TYPE_MISMATCH_ERR"),
    ("SecurityError", "SECURITY_ERR"),
    ("NetworkError", "NETWORK_ERR"),
    ("AbortError", "ABORT_ERR"),
    ("URLMismatchError", "URL_MISMATCH_ERR"),
    ("QuotaExceededError", "QUOTA_EXCEEDED_ERR"),
    ("TimeoutError", "TIMEOUT_ERR"),
    ("InvalidNodeTypeError", "INVALID_NODE_TYPE_ERR"),
    ("DataCloneError", "DATA_CLONE_ERR"),
];

/// Installs the global `DOMException`.
pub fn install(vm: &mut Vm) {
    let ep = vm.intrinsics().error_prototype;
    let proto = vm.heap.alloc_object(Object::new(Some(ep), ObjectKind::Ordinary));
    let ctor = vm.def_constructor("DOMException", 0, construct, proto);
    let name_sym = Value::Symbol(vm.heap.alloc_symbol(Symbol { description: None, private: true }));
    let message_sym = Value::Symbol(vm.heap.alloc_symbol(Symbol { description: None, private: true }));
    let slots = vec![name_sym, message_sym];
    set_slots(vm, ctor, slots.clone());
    vm.intrinsics_mut().extra.insert("%DOMException%", ctor);
    vm.intrinsics_mut().extra.insert("%DOMException.prototype%", proto);
    for (name, getter) in [("name", get_name as NativeFn), ("message", get_message), ("code", get_code)] {
        let f = vm.new_builtin_closure(&format!("get {name}"), 0, getter, slots.clone());
        let key = vm.key_str(name);
        vm.store_property(
            proto,
            key,
            spindle::object::property::Property {
                slot: Slot::Accessor(Value::Object(f), Value::Undefined),
                attrs: ENUMERABLE | CONFIGURABLE,
            },
        );
    }
    for (i, (_, constant)) in LEGACY_CODES.iter().enumerate() {
        let code = Value::Number((i + 1) as f64);
        vm.def_value(ctor, constant, code, ENUMERABLE);
        vm.def_value(proto, constant, code, ENUMERABLE);
    }
    let tag = vm.string("DOMException");
    vm.define_direct(proto, PropertyKey::Symbol(vm.sym.to_string_tag), tag, CONFIGURABLE);
}

fn set_slots(vm: &mut Vm, f: ObjId, slots: Vec<Value>) {
    if let ObjectKind::Native(n) = &mut vm.obj_mut(f).kind {
        n.slots = slots;
    }
}

/// The private symbols of the name and message slots.
fn slot_keys(vm: &Vm, f: ObjId) -> Option<(PropertyKey, PropertyKey)> {
    match vm.native_slots(f) {
        [Value::Symbol(n), Value::Symbol(m)] => Some((PropertyKey::Symbol(*n), PropertyKey::Symbol(*m))),
        _ => None,
    }
}

/// new DOMException ( [ message [ , name ] ] ) (WebIDL §3.14.1.1); Node also takes an
/// options object `{ name, cause }` as second argument.
fn construct(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(vm.type_error("Class constructor DOMException cannot be invoked without 'new'"));
    };
    let message = match arg(args, 0) {
        Value::Undefined => vm.string(""),
        v => Value::String(vm.to_string(v)?),
    };
    vm.root(message);
    let (name, cause) = match arg(args, 1) {
        Value::Undefined => (vm.string("Error"), None),
        Value::Object(o) if !vm.obj(o).is_callable() => {
            let cause_key = vm.key_str("cause");
            let cause =
                if vm.has_property(o, cause_key)? { Some(vm.get(o, cause_key, Value::Object(o))?) } else { None };
            let n = vm.get_str(o, "name")?;
            let n = if n.is_undefined() { vm.string("Error") } else { Value::String(vm.to_string(n)?) };
            (n, cause)
        }
        v => (Value::String(vm.to_string(v)?), None),
    };
    vm.root(name);
    let proto = vm.get_prototype_from_constructor(nt, |i| i.extra["%DOMException.prototype%"])?;
    let e = new_with_proto(vm, cx.callee, proto, name, message);
    if let (Some(c), Some(o)) = (cause, e.as_object()) {
        let key = vm.key_str("cause");
        vm.define_direct(o, key, c, spindle::object::property::HIDDEN);
    }
    Ok(e)
}

/// A DOMException object over `proto` (its stack captured now).
fn new_with_proto(vm: &mut Vm, ctor: ObjId, proto: ObjId, name: Value, message: Value) -> Value {
    let o = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Error));
    vm.attach_stack(o);
    if let Some((n, m)) = slot_keys(vm, ctor) {
        vm.define_direct(o, n, name, 0);
        vm.define_direct(o, m, message, 0);
    }
    Value::Object(o)
}

/// A new DOMException named `name` (the host throwing one, e.g. atob's
/// "InvalidCharacterError").
pub fn dom_exception(vm: &mut Vm, name: &str, message: &str) -> Value {
    let ctor = vm.intrinsics().extra["%DOMException%"];
    let proto = vm.intrinsics().extra["%DOMException.prototype%"];
    let name = vm.string(name);
    vm.root(name);
    let message = vm.string(message);
    vm.root(message);
    new_with_proto(vm, ctor, proto, name, message)
}

/// One slot of a DOMException receiver, or Node's ERR_INVALID_THIS.
fn slot(vm: &mut Vm, cx: &NativeCall, which: usize) -> JsResult<Value> {
    if let (Value::Object(o), Some(keys)) = (cx.this, slot_keys(vm, cx.callee)) {
        let key = if which == 0 { keys.0 } else { keys.1 };
        if let Some(Slot::Data(v)) = vm.own_property(o, key).map(|p| p.slot) {
            return Ok(v);
        }
    }
    Err(crate::web::errors::node_error(
        vm,
        spindle::vm::ErrorType::TypeError,
        "ERR_INVALID_THIS",
        "Value of \"this\" must be of DOMException",
    ))
}

/// get DOMException.prototype.name
fn get_name(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    slot(vm, cx, 0)
}

/// get DOMException.prototype.message
fn get_message(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    slot(vm, cx, 1)
}

/// get DOMException.prototype.code: the legacy code of the name, 0 for other names.
fn get_code(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let Value::String(name) = slot(vm, cx, 0)? else { return Ok(Value::Number(0.0)) };
    let name = vm.rust_string(name);
    let code = LEGACY_CODES.iter().position(|(n, _)| *n == name).map_or(0, |i| i + 1);
    Ok(Value::Number(code as f64))
}
