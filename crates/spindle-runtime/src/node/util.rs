//! `internal/util/inspect` (Node: lib/internal/util/inspect.js), the part of `node:util`
//! the engine implements (the console's formatter): `inspect` with its options, `format`
//! and `formatWithOptions`. The rest of `node:util` is JavaScript (`js/util.js`).

use spindle::Value;
use spindle::builtins::arg;
use spindle::builtins::inspect::{InspectOptions, read_options};
use spindle::object::NativeCall;
use spindle::vm::{JsResult, Vm};

/// The module's exports object.
pub fn exports(vm: &mut Vm) -> Value {
    let o = vm.new_object();
    let inspect = vm.inspect_function();
    vm.def_value(o, "inspect", inspect, spindle::object::property::HIDDEN);
    let Value::Object(inspect) = inspect else { unreachable!("a function") };
    let custom = vm.symbol_for("nodejs.util.inspect.custom");
    vm.def_value(inspect, "custom", custom, spindle::object::property::DEFAULT_ATTRS);
    vm.def_method(o, "format", 1, format);
    vm.def_method(o, "formatWithOptions", 2, format_with_options);
    Value::Object(o)
}

/// `util.format(format, ...args)`: what console.log prints for the same arguments.
fn format(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let text = spindle::builtins::console::format_args(vm, args)?;
    Ok(vm.string(&text))
}

/// `util.formatWithOptions(inspectOptions, format, ...args)`.
fn format_with_options(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let options = arg(args, 0);
    if !matches!(options, Value::Object(_)) {
        return Err(crate::web::errors::invalid_arg_type(vm, "inspectOptions", "object", options));
    }
    let opts = read_options(vm, options, InspectOptions::default())?;
    let text = spindle::builtins::console::format_args_with(vm, opts, args.get(1..).unwrap_or(&[]))?;
    Ok(vm.string(&text))
}
