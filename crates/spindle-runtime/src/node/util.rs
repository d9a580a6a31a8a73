//! `node:util` (Node: lib/util.js), as far as it exists yet: `inspect` (the console's
//! formatter) and `format`.

use spindle::Value;
use spindle::builtins::arg;
use spindle::object::NativeCall;
use spindle::vm::{JsResult, Vm};

/// The module's exports object.
pub fn exports(vm: &mut Vm) -> Value {
    let o = vm.new_object();
    vm.def_method(o, "inspect", 2, inspect);
    vm.def_method(o, "format", 1, format);
    Value::Object(o)
}

/// `util.inspect(value)`: the console's formatting of one value.
fn inspect(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let text = spindle::builtins::inspect::inspect(vm, arg(args, 0));
    Ok(vm.string(&text))
}

/// `util.format(format, ...args)`: what console.log prints for the same arguments.
fn format(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let text = spindle::builtins::console::format_args(vm, args)?;
    Ok(vm.string(&text))
}
