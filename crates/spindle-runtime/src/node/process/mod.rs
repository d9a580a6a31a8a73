//! The `process` global (Node: lib/internal/bootstrap/node.js, lib/internal/process/*):
//! the command line, environment, identity of the platform, clocks, `exit` / `exitCode`, and
//! `nextTick` with its own queue, which the event loop drains before the promise jobs at every
//! checkpoint (`EventLoop::checkpoint`, Node's processTicksAndRejections).
//!
//! Its events (`events.rs`), signals (`signals.rs`), environment (`env.rs`) and standard
//! streams (`stdio.rs`) have files of their own.

use crate::host::with_runtime;
use crate::web::errors::{node_error, received};
use spindle::Value;
use spindle::builtins::arg;
use spindle::object::NativeCall;
use spindle::object::property::{DEFAULT_ATTRS, HIDDEN};
use spindle::value::ObjId;
use spindle::vm::{ErrorType, JsResult, Vm};
use std::time::Instant;

pub mod env;
pub mod events;
pub mod signals;
pub mod stdio;

/// The `terminating` reason `process.exit()` sets: the loop ends with the exit code.
pub const EXIT_REQUESTED: &str = "process.exit";

/// Node 20's version line, as this runtime reports it (scripts branch on it).
const NODE_VERSION: &str = "v20.20.2";

/// Defines `process` on the global object.
pub fn install(vm: &mut Vm) {
    let process = vm.new_object();
    let global = vm.global_object();
    vm.def_value(global, "process", Value::Object(process), HIDDEN);
    let argv = with_runtime(vm, |_, h| h.argv.clone());
    let items: Vec<Value> = argv.iter().map(|a| vm.string(a)).collect();
    let argv_array = vm.new_array(items);
    vm.def_value(process, "argv", Value::Object(argv_array), DEFAULT_ATTRS);
    let argv0 = vm.string(&std::env::args().next().unwrap_or_else(|| "spindle".into()));
    vm.def_value(process, "argv0", argv0, DEFAULT_ATTRS);
    let exec_path = vm.string(argv.first().map_or("spindle", String::as_str));
    vm.def_value(process, "execPath", exec_path, DEFAULT_ATTRS);
    let env = env::make(vm).unwrap_or(Value::Undefined);
    vm.def_value(process, "env", env, DEFAULT_ATTRS);
    let platform = vm.string(platform());
    vm.def_value(process, "platform", platform, DEFAULT_ATTRS);
    let arch = vm.string(arch());
    vm.def_value(process, "arch", arch, DEFAULT_ATTRS);
    vm.def_value(process, "pid", Value::Number(f64::from(std::process::id())), DEFAULT_ATTRS);
    let version = vm.string(NODE_VERSION);
    vm.def_value(process, "version", version, DEFAULT_ATTRS);
    let versions = vm.new_object();
    let node = vm.string(&NODE_VERSION[1..]);
    vm.def_value(versions, "node", node, DEFAULT_ATTRS);
    let spindle = vm.string(env!("CARGO_PKG_VERSION"));
    vm.def_value(versions, "spindle", spindle, DEFAULT_ATTRS);
    vm.def_value(process, "versions", Value::Object(versions), DEFAULT_ATTRS);
    vm.def_value(process, "exitCode", Value::Undefined, DEFAULT_ATTRS);
    vm.def_method(process, "nextTick", 1, next_tick);
    vm.def_method(process, "exit", 1, exit);
    vm.def_method(process, "cwd", 0, cwd);
    vm.def_method(process, "chdir", 1, chdir);
    vm.def_method(process, "uptime", 0, uptime);
    vm.def_method(process, "memoryUsage", 0, memory_usage);
    let hrtime = vm.def_method(process, "hrtime", 1, hrtime);
    vm.def_method(hrtime, "bigint", 0, hrtime_bigint);
    vm.def_method(process, "_rawDebug", 0, raw_debug);
    let release = vm.new_object();
    let node = vm.string("node");
    vm.def_value(release, "name", node, DEFAULT_ATTRS);
    vm.def_value(process, "release", Value::Object(release), DEFAULT_ATTRS);
    let title = vm.string("spindle");
    vm.def_value(process, "title", title, DEFAULT_ATTRS);
    events::install_stand_ins(vm, process);
    stdio::install(vm, process);
    with_runtime(vm, |vm, h| h.process = Some(vm.persist(Value::Object(process))));
}

/// `process._rawDebug(...args)`: the formatted arguments and a newline, straight to stderr
/// (Node's synchronous debug output, used for warnings).
fn raw_debug(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let text = spindle::builtins::console::format_args(vm, args)?;
    eprintln!("{text}");
    Ok(Value::Undefined)
}

/// `process.platform`: Node's names for the operating system.
fn platform() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    }
}

/// `process.arch`: Node's names for the CPU architecture.
fn arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        "x86" => "ia32",
        other => other,
    }
}

/// `process.nextTick(callback, ...args)` (Node: lib/internal/process/task_queues.js).
fn next_tick(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let callback = arg(args, 0);
    if !vm.is_callable(callback) {
        let got = received(vm, callback)?;
        let message = format!("The \"callback\" argument must be of type function. Received {got}");
        return Err(node_error(vm, ErrorType::TypeError, "ERR_INVALID_ARG_TYPE", &message));
    }
    let tick = vm.new_array(args.to_vec());
    let held = vm.persist(Value::Object(tick));
    with_runtime(vm, |_, h| h.ticks.push_back(held));
    Ok(Value::Undefined)
}

/// Runs the queued ticks until none is left (ticks queued by ticks run in the same pass).
/// Returns whether any ran; an exception thrown by a tick ends the pass.
pub fn run_ticks(vm: &mut Vm) -> JsResult<bool> {
    let mut ran = false;
    while let Some(held) = with_runtime(vm, |_, h| h.ticks.pop_front()) {
        ran = true;
        let tick = vm.persistent(held);
        vm.unpersist(held);
        vm.root(tick);
        let values = spindle::builtins::function::create_list_from_array_like(vm, tick)?;
        let callback = values.first().copied().unwrap_or(Value::Undefined);
        vm.call(callback, Value::Undefined, values.get(1..).unwrap_or(&[]))?;
    }
    Ok(ran)
}

/// `process.exit([code])`: ends the program now with `code`, else `process.exitCode`, else 0.
fn exit(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let code = match arg(args, 0) {
        Value::Undefined => None,
        v => Some(exit_code_of(vm, v)?),
    };
    let code = match code {
        Some(c) => c,
        None => exit_code(vm)?,
    };
    with_runtime(vm, |_, h| h.exit_code = Some(code));
    // Node: process.exit emits 'exit' (once) before really exiting; a listener's
    // exception or its own process.exit() ends the process as well.
    if !events::is_exiting(vm) {
        let _ = events::emit_exit(vm, code, !arg(args, 0).is_undefined());
        let code = match vm.terminating.as_deref() {
            Some(EXIT_REQUESTED) => with_runtime(vm, |_, h| h.exit_code.unwrap_or(code)),
            _ => exit_code(vm).unwrap_or(code),
        };
        with_runtime(vm, |_, h| h.exit_code = Some(code));
    }
    vm.terminating = Some(EXIT_REQUESTED.into());
    Err(Value::Undefined)
}

fn exit_code_of(vm: &mut Vm, v: Value) -> JsResult<i32> {
    let n = vm.to_number(v)?;
    if n.fract() != 0.0 || !n.is_finite() {
        let got = received(vm, v)?;
        let message = format!("The \"code\" argument must be of type number. Received {got}");
        return Err(node_error(vm, ErrorType::TypeError, "ERR_INVALID_ARG_TYPE", &message));
    }
    Ok(n as i32)
}

/// `process.exitCode` as the exit status of a program that ends normally (0 when unset).
pub fn exit_code(vm: &mut Vm) -> JsResult<i32> {
    let Some(p) = with_runtime(vm, |_, h| h.process) else { return Ok(0) };
    let Value::Object(process) = vm.persistent(p) else { return Ok(0) };
    match vm.get_str(process, "exitCode")? {
        Value::Undefined | Value::Null => Ok(0),
        v => exit_code_of(vm, v),
    }
}

fn cwd(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let dir = std::env::current_dir().map(|d| d.display().to_string()).unwrap_or_default();
    Ok(vm.string(&dir))
}

/// `process.chdir(directory)`.
fn chdir(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let dir = vm.to_rust_string(arg(args, 0))?;
    if let Err(e) = std::env::set_current_dir(&dir) {
        let code = if e.kind() == std::io::ErrorKind::NotFound { "ENOENT" } else { "EACCES" };
        let message = format!(
            "{code}: process.chdir failed, chdir '{}' -> '{dir}'",
            std::env::current_dir().map(|d| d.display().to_string()).unwrap_or_default()
        );
        return Err(node_error(vm, ErrorType::Error, code, &message));
    }
    Ok(Value::Undefined)
}

thread_local! {
    static START: Instant = Instant::now();
}

/// Starts the process clock (`uptime`, `hrtime`'s origin is arbitrary in Node too).
pub fn start_clock() {
    START.with(|_| {});
}

fn uptime(_vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Number(START.with(|s| s.elapsed().as_secs_f64())))
}

fn now_nanos() -> u128 {
    START.with(|s| s.elapsed().as_nanos())
}

/// `process.hrtime([previous])`: [seconds, nanoseconds], relative to `previous` if given.
fn hrtime(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let mut t = now_nanos();
    if let Value::Object(prev) = arg(args, 0) {
        let s = vm.get_str(prev, "0")?;
        let ns = vm.get_str(prev, "1")?;
        let (s, ns) = (vm.to_number(s)?, vm.to_number(ns)?);
        t = t.saturating_sub((s * 1e9 + ns).max(0.0) as u128);
    }
    let pair = [Value::Number((t / 1_000_000_000) as f64), Value::Number((t % 1_000_000_000) as f64)];
    Ok(Value::Object(vm.new_array(pair.to_vec())))
}

/// `process.hrtime.bigint()`: nanoseconds as a BigInt.
fn hrtime_bigint(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let text = now_nanos().to_string();
    let s = vm.string(&text);
    spindle::builtins::bigint::to_bigint(vm, s)
}

/// `process.memoryUsage()`: the heap as the collector counts it; `rss` from the OS.
fn memory_usage(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let stats = vm.heap_stats();
    let o: ObjId = vm.new_object();
    let rss = rss_bytes().unwrap_or(stats.estimated_bytes) as f64;
    vm.def_value(o, "rss", Value::Number(rss), DEFAULT_ATTRS);
    vm.def_value(o, "heapTotal", Value::Number(stats.estimated_bytes as f64), DEFAULT_ATTRS);
    vm.def_value(o, "heapUsed", Value::Number(stats.live_bytes as f64), DEFAULT_ATTRS);
    vm.def_value(o, "external", Value::Number(0.0), DEFAULT_ATTRS);
    vm.def_value(o, "arrayBuffers", Value::Number(0.0), DEFAULT_ATTRS);
    Ok(Value::Object(o))
}

/// Resident set size from /proc (Linux); None elsewhere.
fn rss_bytes() -> Option<usize> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: usize = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}
