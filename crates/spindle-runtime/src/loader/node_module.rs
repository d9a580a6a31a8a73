//! `node:module` (Node: lib/module.js): `createRequire` and `builtinModules`.

use super::cjs::create_require;
use super::resolve::url_path;
use crate::web::errors::node_error;
use spindle::Value;
use spindle::builtins::arg;
use spindle::object::NativeCall;
use spindle::vm::{ErrorType, JsResult, Vm};
use std::path::PathBuf;

/// The module's exports: the `Module` function, with `createRequire` and `builtinModules`.
pub fn exports(vm: &mut Vm) -> Value {
    let o = vm.new_native("Module", 0, module_constructor, true);
    vm.def_method(o, "createRequire", 1, create_require_fn);
    let names: Vec<Value> = super::builtins::NODE_NAMES.iter().map(|n| vm.string(n)).collect();
    let list = vm.new_array(names);
    vm.def_value(o, "builtinModules", Value::Object(list), spindle::object::property::DEFAULT_ATTRS);
    Value::Object(o)
}

/// createRequire(filename | URL string): a `require` resolving relative to `filename`.
fn create_require_fn(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    let text = match v {
        Value::String(s) => vm.rust_string(s),
        Value::Object(o) => {
            // A URL object: its href.
            let href = vm.get_str(o, "href")?;
            vm.to_rust_string(href)?
        }
        _ => String::new(),
    };
    let path = if text.starts_with("file:") {
        url_path(&text)
    } else if text.starts_with('/') {
        Some(PathBuf::from(&text))
    } else {
        None
    };
    // A directory (trailing slash): resolve as from a file in it (Node: `noop.js`).
    let path = path.map(|p| if text.ends_with('/') { p.join("noop.js") } else { p });
    let Some(path) = path else {
        let message = format!(
            "The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received {}",
            spindle::builtins::inspect::inspect(vm, v)
        );
        return Err(node_error(vm, ErrorType::TypeError, "ERR_INVALID_ARG_VALUE", &message));
    };
    Ok(Value::Object(create_require(vm, &path)))
}

/// `new Module()`: module objects are made by the loader; the constructor only exists as
/// node:module's export.
fn module_constructor(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Object(vm.new_object()))
}
