//! Host modules: an object the embedder builds in Rust (host functions, values) importable
//! under a specifier of its choosing (`import { query } from 'host:db'`), as a synthetic
//! module whose exports are the object's own enumerable string-keyed properties, plus
//! `default` for the object itself.

use crate::host::with_runtime;
use spindle::Value;
use spindle::object::{NativeCall, PropertyKey};
use spindle::vm::{JsResult, Vm};

/// Registers `exports` as the module `specifier`.
pub fn define(vm: &mut Vm, specifier: &str, exports: Value) -> JsResult<()> {
    let Value::Object(o) = exports else {
        return Err(vm.type_error("a host module's exports must be an object"));
    };
    let mut names = vec!["default".to_string()];
    for key in vm.own_property_keys(o)? {
        let PropertyKey::String(s) = key else { continue };
        if vm.get_own_property(o, key)?.is_some_and(|d| d.enumerable == Some(true)) {
            let name = vm.rust_string(s);
            if name != "default" {
                names.push(name);
            }
        }
    }
    let list: Vec<Value> = names.iter().map(|n| vm.string(n)).collect();
    let list = Value::Object(vm.new_array(list));
    let steps = vm.new_builtin_closure("", 0, evaluation_steps, vec![exports, list]);
    let m = vm.create_synthetic_module(names, Value::Object(steps), specifier);
    with_runtime(vm, |_, h| h.loader.register_host_module(specifier, m));
    Ok(())
}

/// The synthetic module's evaluation: `{ default: exports, [name]: exports[name] … }`, read
/// when the module is evaluated (so the values are those at first import).
fn evaluation_steps(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let slots = vm.native_slots(cx.callee);
    let (Some(&exports), Some(&Value::Object(list))) = (slots.first(), slots.get(1)) else {
        return Ok(Value::Undefined);
    };
    let Value::Object(e) = exports else { return Ok(Value::Undefined) };
    let result = vm.new_object();
    vm.root(Value::Object(result));
    let default = vm.key_str("default");
    vm.create_data_property(result, default, exports)?;
    let n = vm.length_of_array_like(list)? as u32;
    for i in 1..n {
        let name = vm.get(list, PropertyKey::Index(i), Value::Object(list))?;
        let key = vm.to_property_key(name)?;
        let v = vm.get(e, key, exports)?;
        vm.create_data_property(result, key, v)?;
    }
    Ok(Value::Object(result))
}
