//! The runtime's transferable objects (HTML §2.7 "Transferable objects"), as the engine's
//! structured clone sees them through `HostTransfer`: MessagePorts (`port.rs`) and the
//! Streams Standard's ReadableStream, WritableStream and TransformStream (§8.2: a stream
//! travels as the MessagePort(s) its cross-realm transform talks over; the JavaScript half
//! is `js/internal/webstreams/transfer.js`). Every structured clone of the runtime —
//! `postMessage` of ports and workers, `structuredClone` — goes through here.

use super::port::{self, TransferredPort};
use crate::host::with_runtime;
use crate::loader::builtins::{builtin_exports, loaded_export};
use spindle::Value;
use spindle::object::property::PropertyKey;
use spindle::structured_clone::{CloneError, HostTransfer, Serialized};
use spindle::value::{ObjId, SymId};
use spindle::vm::{JsResult, Vm};

/// The stream interfaces that can be transferred.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum StreamKind {
    Readable,
    Writable,
    Transform,
}

impl StreamKind {
    fn name(self) -> &'static str {
        match self {
            StreamKind::Readable => "ReadableStream",
            StreamKind::Writable => "WritableStream",
            StreamKind::Transform => "TransformStream",
        }
    }
}

/// What a transferred (or serialized platform) object becomes between its agents.
enum Transferred {
    Port(TransferredPort),
    Stream(StreamKind, Vec<TransferredPort>),
    /// A Blob or File: what `serialize` of `js/internal/blob.js` gave, serialized.
    Blob(Serialized),
    /// A DOMException: its name and message.
    DomException(String, String),
}

/// `HostTransfer` for the runtime's platform objects. Receiving, it keeps the MessagePorts
/// that arrived (a MessageEvent's `ports`, HTML §9.4.4 postMessage step "newPorts").
#[derive(Default)]
pub struct Transferables {
    pub received_ports: Vec<ObjId>,
}

/// A brand symbol a JavaScript built-in exports (its objects carry it as a property), once
/// that built-in is loaded — without it no such object exists, and nothing needs to be
/// asked. Cached in the host: these are read for every ordinary object serialized.
fn brand(
    vm: &mut Vm,
    cache: fn(&mut crate::host::RuntimeHost) -> &mut Option<SymId>,
    module: &str,
    name: &str,
) -> Option<SymId> {
    if let Some(brand) = with_runtime(vm, |_, h| *cache(h)) {
        return Some(brand);
    }
    let Some(Value::Symbol(brand)) = loaded_export(vm, module, name) else { return None };
    with_runtime(vm, |_, h| *cache(h) = Some(brand));
    Some(brand)
}

/// The symbol under which a stream names its interface (`kType` of
/// `js/internal/webstreams/util.js`).
fn stream_brand(vm: &mut Vm) -> Option<SymId> {
    brand(vm, |h| &mut h.stream_brand, "internal/webstreams/util", "kType")
}

/// Which stream `o` is, if it is one (read from its own brand property: no code runs).
fn stream_kind(vm: &mut Vm, o: ObjId) -> Option<StreamKind> {
    let brand = stream_brand(vm)?;
    let property = vm.obj(o).props.get(PropertyKey::Symbol(brand))?;
    let spindle::object::property::Slot::Data(Value::String(name)) = property.slot else { return None };
    match vm.rust_string(name).as_str() {
        "ReadableStream" => Some(StreamKind::Readable),
        "WritableStream" => Some(StreamKind::Writable),
        "TransformStream" => Some(StreamKind::Transform),
        _ => None,
    }
}

/// Calls function `name` of JavaScript built-in `module` (`transferSteps` / `receiveSteps`
/// of `js/internal/webstreams/transfer.js`, `serialize` / `deserialize` of
/// `js/internal/blob.js`).
fn call_js(vm: &mut Vm, module: &str, name: &str, args: &[Value]) -> JsResult<Value> {
    let Value::Object(module) = builtin_exports(vm, module)? else {
        return Ok(Value::Undefined);
    };
    let f = vm.get_str(module, name)?;
    vm.call(f, Value::Undefined, args)
}

/// Whether `o` is a Blob (or File): it carries the `kBlob` slot of `js/internal/blob.js`.
fn is_blob(vm: &mut Vm, o: ObjId) -> bool {
    let Some(slot) = brand(vm, |h| &mut h.blob_brand, "internal/blob", "kBlob") else { return false };
    vm.obj(o).props.get(PropertyKey::Symbol(slot)).is_some()
}

impl HostTransfer for Transferables {
    fn can_transfer(&mut self, vm: &mut Vm, o: ObjId) -> bool {
        port::port_of_object(vm, o).is_some() || (has_own_symbol_keys(vm, o) && stream_kind(vm, o).is_some())
    }

    fn transfer(&mut self, vm: &mut Vm, o: ObjId) -> JsResult<Box<dyn std::any::Any + Send>> {
        if let Some(id) = port::port_of_object(vm, o) {
            return Ok(Box::new(port::transfer(vm, id).map(Transferred::Port)));
        }
        let Some(kind) = stream_kind(vm, o) else { return Ok(Box::new(None::<Transferred>)) };
        // The stream's transfer steps make the channel and pipe; its ports go in its place.
        let ports = call_js(vm, "internal/webstreams/transfer", "transferSteps", &[Value::Object(o)])?;
        vm.root(ports);
        let ports = spindle::builtins::function::create_list_from_array_like(vm, ports)?;
        let mut moved = Vec::with_capacity(ports.len());
        for p in ports {
            if let Value::Object(p) = p
                && let Some(id) = port::port_of_object(vm, p)
                && let Some(end) = port::transfer(vm, id)
            {
                moved.push(end);
            }
        }
        Ok(Box::new(Some(Transferred::Stream(kind, moved))))
    }

    fn receive(&mut self, vm: &mut Vm, data: Box<dyn std::any::Any + Send>) -> ObjId {
        let received = match data.downcast::<Option<Transferred>>() {
            Ok(t) => *t,
            Err(_) => None,
        };
        match received {
            Some(Transferred::Port(p)) => {
                let object = port::receive(vm, p);
                self.received_ports.push(object);
                object
            }
            Some(Transferred::Stream(kind, ports)) => {
                // Receiving a port runs JavaScript (a collection may happen): everything made
                // here is rooted until the stream exists.
                let mut args = Vec::with_capacity(ports.len() + 1);
                for p in ports {
                    let object = port::receive(vm, p);
                    args.push(Value::Object(object));
                }
                let name = vm.string(kind.name());
                vm.root(name);
                args.insert(0, name);
                match call_js(vm, "internal/webstreams/transfer", "receiveSteps", &args) {
                    Ok(Value::Object(stream)) => stream,
                    _ => vm.new_object(),
                }
            }
            Some(Transferred::Blob(data)) => {
                let data = spindle::structured_clone::structured_deserialize(vm, data);
                vm.root(data);
                match call_js(vm, "internal/blob", "deserialize", &[data]) {
                    Ok(Value::Object(blob)) => blob,
                    _ => vm.new_object(),
                }
            }
            Some(Transferred::DomException(name, message)) => {
                match crate::web::dom_exception::dom_exception(vm, &name, &message) {
                    Value::Object(e) => e,
                    _ => vm.new_object(),
                }
            }
            None => vm.new_object(),
        }
    }

    fn serialize_platform_object(&mut self, vm: &mut Vm, o: ObjId) -> JsResult<Option<Box<dyn std::any::Any + Send>>> {
        let branded = has_own_symbol_keys(vm, o);
        if branded && let Some((name, message)) = crate::web::dom_exception::name_and_message(vm, o) {
            return Ok(Some(Box::new(Some(Transferred::DomException(name, message)))));
        }
        if !branded || !is_blob(vm, o) {
            if is_not_serializable(vm, o) {
                let message = "Cannot clone object of unsupported type.";
                return Err(crate::web::dom_exception::dom_exception(vm, "DataCloneError", message));
            }
            return Ok(None);
        }
        let data = call_js(vm, "internal/blob", "serialize", &[Value::Object(o)])?;
        vm.root(data);
        match spindle::structured_clone::structured_serialize(vm, data) {
            Ok(s) => Ok(Some(Box::new(Some(Transferred::Blob(s))))),
            Err(CloneError::Thrown(e)) => Err(e),
            Err(CloneError::DataClone(message)) => {
                Err(crate::web::dom_exception::dom_exception(vm, "DataCloneError", &message))
            }
        }
    }
}

/// Whether `o` has an own symbol-keyed property. Every brand looked for here is one (a
/// DOMException's slots, a Blob's `kBlob`, a stream's `kType`), so the plain objects of a
/// message, which have none, skip those lookups.
fn has_own_symbol_keys(vm: &Vm, o: ObjId) -> bool {
    let mut any = false;
    vm.obj(o).props.for_each_key(|k| any |= matches!(k, PropertyKey::Symbol(_)));
    any
}

/// Node's markAsUntransferable: whether `o` was marked (the set is kept by
/// `js/internal/worker/io.js`; nothing was marked if it is not loaded).
pub fn is_marked_untransferable(vm: &mut Vm, o: ObjId) -> bool {
    let Some(Value::Object(set)) = loaded_export(vm, "internal/worker/io", "untransferable") else { return false };
    match &vm.obj(set).kind {
        spindle::object::ObjectKind::WeakSet(t) => t.contains_key(&spindle::object::WeakKey::Object(o)),
        _ => false,
    }
}

/// A transfer list as HTML reads it: ArrayBuffers and the runtime's transferable objects;
/// an object marked untransferable stays out (it is copied, as in Node 20); anything else
/// is a DataCloneError (HTML StructuredSerializeWithTransfer step 4, and Node 24; Node 20
/// threw its TypeError ERR_INVALID_TRANSFER_OBJECT).
pub fn check_transfer_list(vm: &mut Vm, list: Vec<ObjId>) -> JsResult<Vec<ObjId>> {
    let mut out = Vec::with_capacity(list.len());
    for o in list {
        if is_marked_untransferable(vm, o) {
            continue;
        }
        let buffer = matches!(vm.obj(o).kind, spindle::object::ObjectKind::ArrayBuffer(_));
        if !buffer && !Transferables::default().can_transfer(vm, o) {
            return Err(crate::web::dom_exception::dom_exception(
                vm,
                "DataCloneError",
                "Found invalid value in transferList.",
            ));
        }
        out.push(o);
    }
    Ok(out)
}

/// binding.markNotSerializable(prototype): instances of this platform interface (and of
/// its subclasses) cannot be serialized (HTML §2.7.3 StructuredSerializeInternal step 25:
/// a platform object that is not serializable is a DataCloneError).
pub fn mark_not_serializable(vm: &mut Vm, _cx: &spindle::object::NativeCall, args: &[Value]) -> JsResult<Value> {
    let proto = spindle::builtins::arg(args, 0);
    if proto.is_object() {
        let held = vm.persist(proto);
        with_runtime(vm, |_, h| h.not_serializable.push(held));
    }
    Ok(Value::Undefined)
}

/// Whether `o` inherits from a prototype marked not serializable (a walk up its short
/// prototype chain against the few marked prototypes; no code runs).
fn is_not_serializable(vm: &mut Vm, o: ObjId) -> bool {
    with_runtime(vm, |vm, h| {
        if h.not_serializable.is_empty() {
            return false;
        }
        let mut proto = vm.obj(o).proto();
        for _ in 0..64 {
            let Some(p) = proto else { return false };
            if h.not_serializable.iter().any(|&held| vm.persistent(held) == Value::Object(p)) {
                return true;
            }
            proto = vm.obj(p).proto();
        }
        false
    })
}
