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
    let steps = vm.new_builtin_closure("", 0, evaluation_steps, &[exports, list]);
    let m = vm.create_synthetic_module(names, Value::Object(steps), specifier);
    with_runtime(vm, |_, h| h.loader.register_host_module(specifier, m));
    Ok(())
}

/// The synthetic module's evaluation: `{ default: exports, [name]: exports[name] … }` (as
/// a CommonJS facade's), read when the module is evaluated (so the values are those at
/// first import).
fn evaluation_steps(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let slots = vm.native_slots(cx.callee).to_vec();
    let exports = slots.first().copied().unwrap_or(Value::Undefined);
    crate::loader::cjs::facade_values(vm, exports, slots.get(1).copied())
}
