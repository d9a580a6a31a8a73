//! `process.stdout` and `process.stderr` (Node: lib/internal/bootstrap/switches/
//! is_main_thread.js getStdout/getStderr): lazy getters that make each stream on first
//! use with `js/internal/process/stdio.js`; the bytes go through this file's `writeSync`,
//! into the same buffered handles `console.log` uses, so the two never reorder.

use crate::loader::builtins::builtin_exports;
use spindle::Value;
use spindle::builtins::arg;
use spindle::object::NativeCall;
use spindle::object::property::DEFAULT_ATTRS;
use spindle::value::ObjId;
use spindle::vm::{JsResult, Vm};
use std::io::IsTerminal;

/// Defines the `stdout` and `stderr` getters on `process`.
pub fn install(vm: &mut Vm, process: ObjId) {
    let key = vm.key_str("stdout");
    vm.def_accessor(process, key, "stdout", Some(get_stdout), None);
    let key = vm.key_str("stderr");
    vm.def_accessor(process, key, "stderr", Some(get_stderr), None);
}

fn get_stdout(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    stream(vm, cx.this, "stdout", 1)
}

fn get_stderr(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    stream(vm, cx.this, "stderr", 2)
}

/// Makes the stream for `fd` and puts it in place of the getter (as Node's lazy
/// property does), so later reads see the same object.
fn stream(vm: &mut Vm, this: Value, name: &str, fd: u32) -> JsResult<Value> {
    let create = builtin_exports(vm, "internal/process/stdio")?;
    let binding = vm.new_object();
    vm.root(Value::Object(binding));
    vm.def_method(binding, "writeSync", 2, write_sync);
    vm.def_method(binding, "isTTY", 1, is_tty);
    vm.def_method(binding, "size", 1, size);
    let stream = vm.call(create, Value::Undefined, &[Value::Number(f64::from(fd)), Value::Object(binding)])?;
    if let Value::Object(process) = this {
        let key = vm.key_str(name);
        let desc = spindle::object::property::PropertyDescriptor::data(stream, DEFAULT_ATTRS);
        vm.define_own_property(process, key, desc)?;
    }
    Ok(stream)
}

/// binding.writeSync(fd, chunk): a string (as UTF-8) or a Uint8Array's bytes.
fn write_sync(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let fd = vm.to_number(arg(args, 0))?;
    let bytes = match arg(args, 1) {
        Value::String(s) => vm.rust_string(s).into_bytes(),
        v => crate::web::text_encoding::buffer_source_bytes(vm, v).unwrap_or_default(),
    };
    // Through the engine's output, as console.log (a worker may send it to its parent).
    let stream = if fd == 2.0 { spindle::vm::Stream::Stderr } else { spindle::vm::Stream::Stdout };
    vm.output.write(stream, &bytes);
    Ok(Value::Undefined)
}

fn is_tty(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let fd = vm.to_number(arg(args, 0))?;
    let tty = if fd == 2.0 { std::io::stderr().is_terminal() } else { std::io::stdout().is_terminal() };
    Ok(Value::Bool(tty))
}

/// binding.size(fd): [columns, rows] of the terminal (80×24 when unknown).
fn size(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let fd = vm.to_number(arg(args, 0))?;
    let dims = if fd == 2.0 {
        terminal_size::terminal_size_of(std::io::stderr())
    } else {
        terminal_size::terminal_size_of(std::io::stdout())
    };
    let (w, h) = dims.map_or((80, 24), |(w, h)| (w.0, h.0));
    let pair = vec![Value::Number(f64::from(w)), Value::Number(f64::from(h))];
    Ok(Value::Object(vm.new_array(pair)))
}
