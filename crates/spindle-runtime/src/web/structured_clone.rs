//! structuredClone ( value [ , { transfer } ] ) (HTML §8.1.6.5 "Structured cloning API"),
//! with Node 20's argument checks (src/node_messaging.cc StructuredClone and ReadIterable):
//! the engine serializes with the transfer list and deserializes into the same realm.

use super::dom_exception::dom_exception;
use spindle::Value;
use spindle::builtins::arg;
use spindle::object::NativeCall;
use spindle::object::property::{DEFAULT_ATTRS, PropertyKey};
use spindle::structured_clone::{CloneError, structured_deserialize_with_host, structured_serialize_with_host};
use spindle::value::ObjId;
use spindle::vm::{JsResult, Vm};

/// Installs the global `structuredClone`.
pub fn install(vm: &mut Vm) {
    let global = vm.global_object();
    vm.def_method(global, "structuredClone", 0, structured_clone);
}

/// A Node internal TypeError carrying its `code`.
fn node_type_error(vm: &mut Vm, code: &str, message: &str) -> Value {
    let e = vm.type_error(message);
    if let Value::Object(o) = e {
        let c = vm.string(code);
        vm.def_value(o, "code", c, DEFAULT_ATTRS);
    }
    e
}

/// structuredClone ( value, options ) (HTML §8.1.6.5)
fn structured_clone(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if args.is_empty() {
        return Err(node_type_error(vm, "ERR_MISSING_ARGS", "The value argument must be specified"));
    }
    let value = arg(args, 0);
    let options = arg(args, 1);
    let mut transfer = Vec::new();
    if !options.is_nullish() {
        let Value::Object(opts) = options else {
            return Err(node_type_error(
                vm,
                "ERR_INVALID_ARG_TYPE",
                "The options argument must be either an object or undefined",
            ));
        };
        let list = vm.get_str(opts, "transfer")?;
        transfer = read_transfer_list(vm, list)?;
    }
    let mut host = crate::worker::transfer::Transferables::default();
    match structured_serialize_with_host(vm, value, &transfer, &mut host) {
        Ok(serialized) => Ok(structured_deserialize_with_host(vm, serialized, &mut host)),
        Err(CloneError::Thrown(e)) => Err(e),
        Err(CloneError::DataClone(message)) => Err(dom_exception(vm, "DataCloneError", &message)),
    }
}

/// The transfer list (Node's ReadIterable): nothing for null, undefined or an object that
/// is not iterable; an array's elements; an iterable's values. Every entry must be an
/// ArrayBuffer or one of the runtime's transferable objects (ports, streams).
fn read_transfer_list(vm: &mut Vm, list: Value) -> JsResult<Vec<ObjId>> {
    let values = match list {
        Value::Undefined | Value::Null => return Ok(Vec::new()),
        Value::Object(o) if vm.obj(o).is_array() => {
            let len = vm.length_of_array_like(o)? as usize;
            let mut out = Vec::with_capacity(len.min(1 << 16));
            for i in 0..len {
                let v = vm.get(o, PropertyKey::Index(i as u32), list)?;
                vm.root(v);
                out.push(v);
            }
            out
        }
        Value::Object(_) => {
            let method = vm.get_value_prop(list, PropertyKey::Symbol(vm.sym.iterator))?;
            if !vm.is_callable(method) {
                return Ok(Vec::new());
            }
            let (it, next) = vm.get_iterator_from_method(list, method, "Symbol.iterator")?;
            let values = vm.iterator_to_list(it, next)?;
            for &v in &values {
                vm.root(v);
            }
            values
        }
        _ => {
            return Err(node_type_error(
                vm,
                "ERR_INVALID_ARG_TYPE",
                "Optional transferList argument must be an iterable",
            ));
        }
    };
    let mut objects = Vec::with_capacity(values.len());
    for v in values {
        match v {
            Value::Object(o) => objects.push(o),
            _ => {
                return Err(node_type_error(vm, "ERR_INVALID_TRANSFER_OBJECT", "Found invalid object in transferList"));
            }
        }
    }
    crate::worker::transfer::check_transfer_list(vm, objects)
}
