//! DOMException (WebIDL §2.8.1), as Node 20 provides it (lib/internal/per_context/
//! domexception.js): a constructor taking `(message, name)` or `(message, { name, cause })`,
//! `name` / `message` / `code` getters on the prototype reading the instance's internal
//! slots, the legacy code constants on the constructor and the prototype, and
//! %Error.prototype% as the prototype's prototype (so `instanceof Error` holds and
//! console.log shows it as an error). The stack is captured when the object is made.

use crate::host::with_runtime;
use spindle::Value;
use spindle::builtins::arg;
use spindle::object::property::{CONFIGURABLE, DEFAULT_ATTRS, ENUMERABLE, HIDDEN, PropertyDescriptor, PropertyKey};
use spindle::object::{NativeCall, NativeFn, Object, ObjectKind, Slot};
use spindle::value::{ObjId, SymId};
use spindle::vm::{JsResult, Vm};

/// The legacy error names with a code (WebIDL's DOMException names table), in code order.
const CODES: [(&str, &str, u8); 25] = [
    ("IndexSizeError", "INDEX_SIZE_ERR", 1),
    ("DOMStringSizeError", "DOMSTRING_SIZE_ERR", 2),
    ("HierarchyRequestError", "HIERARCHY_REQUEST_ERR", 3),
    ("WrongDocumentError", "WRONG_DOCUMENT_ERR", 4),
    ("InvalidCharacterError", "INVALID_CHARACTER_ERR", 5),
    ("NoDataAllowedError", "NO_DATA_ALLOWED_ERR", 6),
    ("NoModificationAllowedError", "NO_MODIFICATION_ALLOWED_ERR", 7),
    ("NotFoundError", "NOT_FOUND_ERR", 8),
    ("NotSupportedError", "NOT_SUPPORTED_ERR", 9),
    ("InUseAttributeError", "INUSE_ATTRIBUTE_ERR", 10),
    ("InvalidStateError", "INVALID_STATE_ERR", 11),
    ("SyntaxError", "SYNTAX_ERR", 12),
    ("InvalidModificationError", "INVALID_MODIFICATION_ERR", 13),
    ("NamespaceError", "NAMESPACE_ERR", 14),
    ("InvalidAccessError", "INVALID_ACCESS_ERR", 15),
    ("ValidationError", "VALIDATION_ERR", 16),
    ("TypeMismatchError", "TYPE_MISMATCH_ERR", 17),
    ("SecurityError", "SECURITY_ERR", 18),
    ("NetworkError", "NETWORK_ERR", 19),
    ("AbortError", "ABORT_ERR", 20),
    ("URLMismatchError", "URL_MISMATCH_ERR", 21),
    ("QuotaExceededError", "QUOTA_EXCEEDED_ERR", 22),
    ("TimeoutError", "TIMEOUT_ERR", 23),
    ("InvalidNodeTypeError", "INVALID_NODE_TYPE_ERR", 24),
    ("DataCloneError", "DATA_CLONE_ERR", 25),
];

/// Names WebIDL lists as deprecated: their `code` is 0 although the constant exists.
const DISUSED: [&str; 3] = ["DOMStringSizeError", "NoDataAllowedError", "ValidationError"];

/// The index of the name and of the message in an instance's hidden slot array.
const NAME: u32 = 0;
const MESSAGE: u32 = 1;

const PROTOTYPE: &str = "%DOMException.prototype%";
const CONSTRUCTOR: &str = "%DOMException%";

/// The `DOMException` constructor, created on first use: the global is one of Node's lazy
/// ones (`web::lazy`), and host operations that throw one call [`dom_exception`].
pub fn constructor_object(vm: &mut Vm) -> ObjId {
    if let Some(&ctor) = vm.intrinsics().extra.get(CONSTRUCTOR) {
        return ctor;
    }
    let error_proto = vm.intrinsics().error_prototype;
    let proto = vm.heap.alloc_object(Object::new(Some(error_proto), ObjectKind::Ordinary));
    let ctor = vm.new_constructor("DOMException", 0, constructor, proto);
    vm.intrinsics_mut().extra.insert(PROTOTYPE, proto);
    vm.intrinsics_mut().extra.insert(CONSTRUCTOR, ctor);
    let getters: [(&str, NativeFn); 3] = [("name", get_name), ("message", get_message), ("code", get_code)];
    for (name, f) in getters {
        let g = vm.new_native(&format!("get {name}"), 0, f, false);
        let k = vm.key_str(name);
        let desc = PropertyDescriptor::accessor(Value::Object(g), Value::Undefined, ENUMERABLE | CONFIGURABLE);
        let _ = vm.define_own_property(proto, k, desc);
    }
    for (_, constant, code) in CODES {
        // Enumerable, read-only, non-configurable (Node's `{ enumerable: true, value }`).
        vm.def_value(ctor, constant, Value::Number(code as f64), ENUMERABLE);
        vm.def_value(proto, constant, Value::Number(code as f64), ENUMERABLE);
    }
    let tag = vm.string("DOMException");
    vm.define_direct(proto, PropertyKey::Symbol(vm.sym.to_string_tag), tag, CONFIGURABLE);
    let slots = vm.heap.alloc_symbol(spindle::heap::Symbol { description: None, private: true });
    let handle = vm.persist(Value::Symbol(slots));
    with_runtime(vm, |_, host| host.dom_exception_slots = Some(handle));
    ctor
}

/// The private key of the instances' slot array.
fn slots_key(vm: &mut Vm) -> Option<SymId> {
    let handle = with_runtime(vm, |_, host| host.dom_exception_slots)?;
    match vm.persistent(handle) {
        Value::Symbol(s) => Some(s),
        _ => None,
    }
}

/// A new DOMException named `name` with `message` (what host operations throw, e.g.
/// structuredClone's DataCloneError).
pub fn dom_exception(vm: &mut Vm, name: &str, message: &str) -> Value {
    constructor_object(vm);
    let proto = vm.intrinsics().extra.get(PROTOTYPE).copied().unwrap_or(vm.intrinsics().error_prototype);
    let o = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
    let (m, n) = (vm.string(message), vm.string(name));
    initialize(vm, o, n, m);
    Value::Object(o)
}

/// The name and message of `o` if it is a DOMException (its serialization steps, WebIDL
/// §3.14.1: DOMException is [Serializable]).
pub fn name_and_message(vm: &mut Vm, o: ObjId) -> Option<(String, String)> {
    let key = slots_key(vm)?;
    let property = vm.obj(o).props.get(PropertyKey::Symbol(key))?;
    let spindle::object::property::Slot::Data(Value::Object(slots)) = property.slot else { return None };
    let (Some(Value::String(name)), Some(Value::String(message))) =
        (vm.obj(slots).element(0), vm.obj(slots).element(1))
    else {
        return None;
    };
    Some((vm.rust_string(name), vm.rust_string(message)))
}

/// Captures the stack (Node: ErrorCaptureStackTrace(this)) and sets the internal slots.
fn initialize(vm: &mut Vm, o: ObjId, name: Value, message: Value) {
    vm.attach_stack(o);
    let Some(key) = slots_key(vm) else { return };
    let slots = vm.new_array(vec![name, message]);
    vm.define_direct(o, PropertyKey::Symbol(key), Value::Object(slots), HIDDEN);
}

/// new DOMException ( [ message [ , options ] ] ) (WebIDL §2.8.1.1, Node's options form)
fn constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(vm.type_error("Class constructor DOMException cannot be invoked without 'new'"));
    };
    let proto = vm.get_prototype_from_constructor(nt, |i| i.extra[PROTOTYPE])?;
    let o = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
    vm.root(Value::Object(o));
    let message = arg(args, 0);
    let options = arg(args, 1);
    let to_string = |vm: &mut Vm, v: Value, default: &str| -> JsResult<Value> {
        if v.is_undefined() { Ok(vm.string(default)) } else { Ok(Value::String(vm.to_string(v)?)) }
    };
    let (name, message) = match options {
        // `typeof options === 'object'`: functions take the string path.
        Value::Object(opts) if !vm.is_callable(options) => {
            let name = vm.get_str(opts, "name")?;
            vm.root(name);
            let message = to_string(vm, message, "")?;
            vm.root(message);
            let name = Value::String(vm.to_string(name)?);
            let cause = vm.key_str("cause");
            if vm.has_property(opts, cause)? {
                let c = vm.get(opts, cause, options)?;
                vm.define_direct(o, cause, c, HIDDEN);
            }
            (name, message)
        }
        _ => {
            let message = to_string(vm, message, "")?;
            vm.root(message);
            (to_string(vm, options, "Error")?, message)
        }
    };
    initialize(vm, o, name, message);
    Ok(Value::Object(o))
}

/// An instance's slot `i`, or Node's ERR_INVALID_THIS TypeError.
fn slot(vm: &mut Vm, this: Value, i: u32) -> JsResult<Value> {
    if let Value::Object(o) = this
        && let Some(key) = slots_key(vm)
        && let Some(p) = vm.own_property(o, PropertyKey::Symbol(key))
        && let Slot::Data(Value::Object(slots)) = p.slot
    {
        return vm.get(slots, PropertyKey::Index(i), Value::Object(slots));
    }
    let e = vm.type_error("Value of \"this\" must be of DOMException");
    if let Value::Object(eo) = e {
        let code = vm.string("ERR_INVALID_THIS");
        vm.def_value(eo, "code", code, DEFAULT_ATTRS);
    }
    Err(e)
}

/// get DOMException.prototype.name
fn get_name(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    slot(vm, cx.this, NAME)
}

/// get DOMException.prototype.message
fn get_message(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    slot(vm, cx.this, MESSAGE)
}

/// get DOMException.prototype.code: the legacy code of the name (0 for names without one
/// and for the disused ones).
fn get_code(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let name = slot(vm, cx.this, NAME)?;
    let name = match name {
        Value::String(s) => vm.rust_string(s),
        _ => String::new(),
    };
    let code = if DISUSED.contains(&name.as_str()) {
        0
    } else {
        CODES.iter().find(|(n, _, _)| *n == name).map_or(0, |&(_, _, c)| c)
    };
    Ok(Value::Number(code as f64))
}
