//! `process` as an EventEmitter and the events the runtime emits on it (Node:
//! lib/internal/bootstrap/node.js, lib/internal/process/execution.js,
//! lib/internal/process/promises.js): `exit`, `beforeExit`, `uncaughtException`,
//! `uncaughtExceptionMonitor`, `unhandledRejection`, `rejectionHandled`, `warning`.
//!
//! `process` becomes an EventEmitter lazily: until a script loads `events` or calls one of
//! the emitter methods, its prototype carries stand-ins for those methods that load
//! `events` and make the switch (`js/internal/process/emitter.js`). Before that nobody can
//! have added a listener, so every emit is known to find none without running JavaScript,
//! and an empty script does not pay for loading `events` (it doubled start-up).

use crate::host::with_runtime;
use crate::loader::builtins::builtin_exports;
use spindle::Value;
use spindle::object::NativeCall;
use spindle::object::property::DEFAULT_ATTRS;
use spindle::value::ObjId;
use spindle::vm::{JsResult, Vm};

/// EventEmitter.prototype's methods, which `process` answers before it is one.
const EMITTER_METHODS: &[&str] = &[
    "addListener",
    "emit",
    "eventNames",
    "getMaxListeners",
    "listenerCount",
    "listeners",
    "off",
    "on",
    "once",
    "prependListener",
    "prependOnceListener",
    "rawListeners",
    "removeAllListeners",
    "removeListener",
    "setMaxListeners",
];

/// The signals a listener on `process` can catch (Node: lib/internal/process/signal.js).
pub const SIGNALS: &[&str] = &["SIGINT", "SIGTERM", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGBREAK", "SIGWINCH"];

/// Node's `--unhandled-rejections` modes (lib/internal/process/promises.js).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum UnhandledRejections {
    #[default]
    Throw,
    Strict,
    Warn,
    WarnWithErrorCode,
    None,
}

impl UnhandledRejections {
    /// The mode a `--unhandled-rejections=` value names.
    pub fn parse(name: &str) -> Option<UnhandledRejections> {
        Some(match name {
            "throw" => UnhandledRejections::Throw,
            "strict" => UnhandledRejections::Strict,
            "warn" => UnhandledRejections::Warn,
            "warn-with-error-code" => UnhandledRejections::WarnWithErrorCode,
            "none" => UnhandledRejections::None,
            _ => return None,
        })
    }
}

/// Gives `process` a prototype holding the stand-ins for the emitter methods.
pub fn install_stand_ins(vm: &mut Vm, process: ObjId) {
    let proto = vm.new_object();
    for name in EMITTER_METHODS {
        let key = vm.string(name);
        let f = vm.new_builtin_closure(name, 0, emitter_stand_in, &[key]);
        vm.def_value(proto, name, Value::Object(f), spindle::object::property::HIDDEN);
    }
    // Node's process object is made by a function named `process`: inspect shows `process`.
    let ctor = vm.new_native("process", 0, emitter_stand_in, false);
    vm.def_value(proto, "constructor", Value::Object(ctor), spindle::object::property::HIDDEN);
    vm.def_value(ctor, "prototype", Value::Object(proto), 0);
    let _ = vm.set_prototype_of(process, Some(proto));
    vm.def_method(process, "emitWarning", 4, emit_warning_stand_in);
}

/// A stand-in for an emitter method: makes `process` an EventEmitter, then calls the real
/// method of that name.
fn emitter_stand_in(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let name = vm.native_slots(cx.callee).first().copied().unwrap_or(Value::Undefined);
    builtin_exports(vm, "events")?;
    let key = vm.to_property_key(name)?;
    let method = match cx.this {
        Value::Object(o) => vm.get(o, key, cx.this)?,
        _ => Value::Undefined,
    };
    vm.call(method, cx.this, args)
}

/// The stand-in for `process.emitWarning`: loads the warning module, puts its
/// `emitWarning` in place and calls it.
fn emit_warning_stand_in(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    builtin_exports(vm, "events")?;
    let warning = builtin_exports(vm, "internal/process/warning")?;
    let Value::Object(w) = warning else { return Ok(Value::Undefined) };
    let real = vm.get_str(w, "emitWarning")?;
    let process = super::object(vm);
    vm.def_value(process, "emitWarning", real, spindle::object::property::HIDDEN);
    vm.call(real, cx.this, args)
}

/// `process.emitWarning(message, type)`, as the runtime's own APIs warn.
pub fn emit_warning(vm: &mut Vm, message: &str, ty: &str) -> JsResult<()> {
    let process = super::object(vm);
    let f = vm.get_str(process, "emitWarning")?;
    let args = [vm.string(message), vm.string(ty)];
    vm.call(f, Value::Object(process), &args)?;
    Ok(())
}

/// Makes `process` an EventEmitter (once; called when `events` is first loaded).
pub fn make_emitter(vm: &mut Vm) -> JsResult<()> {
    if with_runtime(vm, |_, h| std::mem::replace(&mut h.process_is_emitter, true)) {
        return Ok(());
    }
    let process = super::object(vm);
    let setup = builtin_exports(vm, "internal/process/emitter")?;
    let binding = vm.new_object();
    let names: Vec<Value> = SIGNALS.iter().map(|s| vm.string(s)).collect();
    let signals = vm.new_array(names);
    vm.def_value(binding, "signals", Value::Object(signals), DEFAULT_ATTRS);
    vm.def_method(binding, "startSignal", 1, super::signals::start_signal);
    vm.def_method(binding, "stopSignal", 1, super::signals::stop_signal);
    let no_warnings = with_runtime(vm, |_, h| h.no_warnings);
    vm.def_value(binding, "noWarnings", Value::Bool(no_warnings), DEFAULT_ATTRS);
    vm.root(Value::Object(binding));
    vm.call(setup, Value::Undefined, &[Value::Object(process), Value::Object(binding)])?;
    Ok(())
}

/// `process.emit(name, ...args)`: whether a listener ran. Without the switch to an
/// EventEmitter there are no listeners, and nothing runs.
pub fn emit(vm: &mut Vm, name: &str, args: &[Value]) -> JsResult<bool> {
    if !with_runtime(vm, |_, h| h.process_is_emitter) {
        return Ok(false);
    }
    let process = super::object(vm);
    let emit = vm.get_str(process, "emit")?;
    let mut all = vec![vm.string(name)];
    all.extend_from_slice(args);
    let r = vm.call(emit, Value::Object(process), &all)?;
    Ok(vm.to_boolean(r))
}

/// `process.listenerCount(name)` (0 before the switch).
pub fn listener_count(vm: &mut Vm, name: &str) -> JsResult<usize> {
    if !with_runtime(vm, |_, h| h.process_is_emitter) {
        return Ok(0);
    }
    let process = super::object(vm);
    let f = vm.get_str(process, "listenerCount")?;
    let n = vm.string(name);
    let r = vm.call(f, Value::Object(process), &[n])?;
    Ok(vm.to_number(r)? as usize)
}

/// Node: lib/internal/process/execution.js createOnGlobalUncaughtException — the
/// `uncaughtExceptionMonitor` listeners see the error, then the `uncaughtException` ones
/// handle it (true, and an empty Immediate keeps the loop turning). With none, the process
/// is exiting: `exit` is emitted with code 1 and the caller reports the error (false).
pub fn on_uncaught_exception(vm: &mut Vm, error: Value, from_promise: bool) -> JsResult<bool> {
    // The error and the origin string stay rooted across every call below (the
    // `listenerCount` call between the two emits can collect), and only for this call:
    // the event loop is not inside a native call whose return would drop them.
    let mark = vm.roots.len();
    let r = notify_uncaught_exception(vm, error, from_promise);
    vm.roots.truncate(mark);
    r
}

fn notify_uncaught_exception(vm: &mut Vm, error: Value, from_promise: bool) -> JsResult<bool> {
    vm.root(error);
    let origin = vm.string(if from_promise { "unhandledRejection" } else { "uncaughtException" });
    vm.root(origin);
    // A web worker's global reports it as HTML does, and the worker goes on.
    if !from_promise && let Some(report) = with_runtime(vm, |_, h| h.report_exception) {
        let report = vm.persistent(report);
        vm.call(report, Value::Undefined, &[error, Value::Bool(false)])?;
        return Ok(true);
    }
    emit(vm, "uncaughtExceptionMonitor", &[error, origin])?;
    if listener_count(vm, "uncaughtException")? > 0 {
        emit(vm, "uncaughtException", &[error, origin])?;
        // Ticks the throw left behind (or the listeners queued) run after the next
        // callback, and there is one: Node queues `setImmediate(noop)` here.
        crate::immediate::queue_noop(vm);
        return Ok(true);
    }
    // A REPL reports the error and goes on: the process is not exiting.
    if with_runtime(vm, |_, h| h.uncaught_continues) {
        return Ok(false);
    }
    // Errors thrown by the `exit` listeners here are lost, as in Node.
    let _ = emit_exit(vm, 1, true);
    Ok(false)
}

/// Emits `exit` once (Node: EmitProcessExit, process.exit): sets `process._exiting` (and
/// `process.exitCode` when the exit chose the code), then runs the listeners with the code.
pub fn emit_exit(vm: &mut Vm, code: i32, set_exit_code: bool) -> JsResult<()> {
    if with_runtime(vm, |_, h| std::mem::replace(&mut h.exiting, true)) {
        return Ok(());
    }
    // Without a `process` object nothing can listen, nor read `_exiting` or `exitCode`.
    let Some(process) = super::existing_object(vm) else { return Ok(()) };
    vm.def_value(process, "_exiting", Value::Bool(true), DEFAULT_ATTRS);
    if set_exit_code {
        let key = vm.key_str("exitCode");
        vm.set(process, key, Value::Number(f64::from(code)), Value::Object(process))?;
    }
    emit(vm, "exit", &[Value::Number(f64::from(code))])?;
    Ok(())
}

/// Whether the process is already exiting (`exit` was emitted).
pub fn is_exiting(vm: &mut Vm) -> bool {
    with_runtime(vm, |_, h| h.exiting)
}

/// A function of the warning module (`js/internal/process/warning.js`).
fn warning_fn(vm: &mut Vm, name: &str) -> JsResult<Value> {
    builtin_exports(vm, "events")?;
    let Value::Object(w) = builtin_exports(vm, "internal/process/warning")? else { return Ok(Value::Undefined) };
    vm.get_str(w, name)
}

/// The error an unhandled rejection is reported as: the reason itself when it is
/// error-like (an object with an own `stack`), else Node's UnhandledPromiseRejection.
pub fn rejection_error(vm: &mut Vm, reason: Value) -> JsResult<Value> {
    if let Value::Object(o) = reason {
        let key = spindle::object::property::PropertyKey::String(vm.names.stack);
        if vm.get_own_property(o, key)?.is_some() {
            return Ok(reason);
        }
    }
    let f = warning_fn(vm, "unhandledPromiseRejection")?;
    vm.call(f, Value::Undefined, &[reason])
}

/// The warning for an unhandled rejection in the `warn` modes.
pub fn warn_unhandled_rejection(vm: &mut Vm, uid: u64, reason: Value) -> JsResult<()> {
    let f = warning_fn(vm, "emitUnhandledRejectionWarning")?;
    vm.call(f, Value::Undefined, &[Value::Number(uid as f64), reason])?;
    Ok(())
}

/// The warning for a rejection handled after it was reported, in the `warn` modes.
pub fn warn_handled_rejection(vm: &mut Vm, uid: u64) -> JsResult<()> {
    let f = warning_fn(vm, "emitHandledRejectionWarning")?;
    vm.call(f, Value::Undefined, &[Value::Number(uid as f64)])?;
    Ok(())
}
