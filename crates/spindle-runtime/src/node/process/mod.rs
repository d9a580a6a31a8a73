//! The `process` global (Node: lib/internal/bootstrap/node.js, lib/internal/process/*):
//! the command line, environment, identity of the platform, clocks, `exit` / `exitCode`, and
//! `nextTick` with its own queue, which the event loop drains before the promise jobs at every
//! checkpoint (`EventLoop::checkpoint`, Node's processTicksAndRejections).
//!
//! Its events (`events.rs`), signals (`signals.rs`), environment (`env.rs`) and standard
//! streams (`stdio.rs`) have files of their own.

use crate::host::with_runtime;
use crate::web::errors::node_error;
use spindle::Value;
use spindle::builtins::arg;
use spindle::object::NativeCall;
use spindle::object::property::{DEFAULT_ATTRS, PropertyDescriptor};
use spindle::value::ObjId;
use spindle::vm::{ErrorType, JsResult, Vm};
use std::time::Instant;

pub mod env;
pub mod events;
pub mod signals;
pub mod stdin;
pub mod stdio;

/// The `terminating` reason `process.exit()` sets: the loop ends with the exit code.
pub const EXIT_REQUESTED: &str = "process.exit";

/// Node 20's version line, as this runtime reports it (scripts branch on it).
const NODE_VERSION: &str = "v20.20.2";

/// Defines `process` on the global object as Node's bootstrap does (lib/internal/bootstrap/
/// node.js): an accessor pair named `get` and `set`, non-enumerable. The object itself is
/// made on first use (`object`), so a script that never touches it does not pay for it at
/// start-up; a value assigned to the global replaces what the getter returns, not the
/// object the runtime uses.
pub fn install(vm: &mut Vm) {
    let global = vm.global_object();
    let get = vm.new_native("get", 0, global_get, false);
    let set = vm.new_native("set", 1, global_set, false);
    let key = vm.key_str("process");
    let desc = PropertyDescriptor {
        get: Some(Value::Object(get)),
        set: Some(Value::Object(set)),
        enumerable: Some(false),
        configurable: Some(true),
        ..PropertyDescriptor::default()
    };
    let _ = vm.define_own_property(global, key, desc);
}

fn global_get(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    if let Some(held) = with_runtime(vm, |_, h| h.process_global) {
        return Ok(vm.persistent(held));
    }
    Ok(Value::Object(object(vm)))
}

fn global_set(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let held = vm.persist(arg(args, 0));
    if let Some(old) = with_runtime(vm, |_, h| h.process_global.replace(held)) {
        vm.unpersist(old);
    }
    Ok(Value::Undefined)
}

/// The `process` object, made on first use.
pub fn object(vm: &mut Vm) -> ObjId {
    if let Some(process) = existing_object(vm) {
        return process;
    }
    let process = vm.new_object();
    // Held before anything below can ask for it.
    with_runtime(vm, |vm, h| h.process = Some(vm.persist(Value::Object(process))));
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
    let key = vm.key_str("exitCode");
    vm.def_accessor(process, key, "exitCode", Some(get_exit_code), Some(set_exit_code));
    vm.def_method(process, "nextTick", 1, next_tick);
    vm.def_method(process, "exit", 1, exit);
    vm.def_method(process, "cwd", 0, cwd);
    vm.def_method(process, "chdir", 1, chdir);
    vm.def_method(process, "uptime", 0, uptime);
    vm.def_method(process, "memoryUsage", 0, memory_usage);
    let hrtime = vm.def_method(process, "hrtime", 1, hrtime);
    vm.def_method(hrtime, "bigint", 0, hrtime_bigint);
    vm.def_method(process, "_rawDebug", 0, raw_debug);
    vm.def_method(process, "kill", 2, signals::kill);
    vm.def_method(process, "umask", 1, umask);
    vm.def_method(process, "cpuUsage", 1, cpu_usage);
    let usage = vm.get_str(process, "memoryUsage").unwrap_or(Value::Undefined);
    if let Value::Object(usage) = usage {
        vm.def_method(usage, "rss", 0, memory_usage_rss);
    }
    let ppid = rustix::process::getppid().map_or(0, |p| p.as_raw_nonzero().get());
    vm.def_value(process, "ppid", Value::Number(f64::from(ppid)), DEFAULT_ATTRS);
    let exec_argv: Vec<Value> = with_runtime(vm, |_, h| h.exec_argv.clone()).iter().map(|a| vm.string(a)).collect();
    let exec_argv = vm.new_array(exec_argv);
    vm.def_value(process, "execArgv", Value::Object(exec_argv), DEFAULT_ATTRS);
    let tag = vm.string("process");
    let tag_key = spindle::object::property::PropertyKey::Symbol(vm.sym.to_string_tag);
    vm.define_direct(process, tag_key, tag, spindle::object::property::CONFIGURABLE);
    let release = vm.new_object();
    let node = vm.string("node");
    vm.def_value(release, "name", node, DEFAULT_ATTRS);
    vm.def_value(process, "release", Value::Object(release), DEFAULT_ATTRS);
    let title = vm.string("spindle");
    vm.def_value(process, "title", title, DEFAULT_ATTRS);
    if with_runtime(vm, |_, h| h.permissions.is_some()) {
        let permission = vm.new_object();
        vm.def_method(permission, "has", 2, crate::node::fs::permission::has);
        vm.def_value(process, "permission", Value::Object(permission), DEFAULT_ATTRS);
    }
    events::install_stand_ins(vm, process);
    stdio::install(vm, process);
    stdin::install(vm, process);
    process
}

/// The own string keys `object` gives the process object, in order (`permission` only under
/// the permission model), then an EventEmitter's: what `node:process` exports besides
/// `default`. A module that imports it can be linked before the object exists (the loader
/// cannot make it while it holds the host); `tests/js/node/process-esm-names` checks the list
/// against the object.
const EXPORT_NAMES: &[&str] = &[
    "argv",
    "argv0",
    "execPath",
    "env",
    "platform",
    "arch",
    "pid",
    "version",
    "versions",
    "exitCode",
    "nextTick",
    "exit",
    "cwd",
    "chdir",
    "uptime",
    "memoryUsage",
    "hrtime",
    "_rawDebug",
    "kill",
    "umask",
    "cpuUsage",
    "ppid",
    "execArgv",
    "release",
    "title",
    "permission",
    "emitWarning",
    "stdout",
    "stderr",
    "stdin",
    // An EventEmitter's own fields: Node's process always has them; Spindle's from when
    // `events` is loaded (`events::make_emitter`), which an ES module importing
    // `node:process` does.
    "_events",
    "_eventsCount",
    "_maxListeners",
];

/// The names `node:process` exports (see `EXPORT_NAMES`).
pub fn export_names(permission_model: bool) -> Vec<String> {
    EXPORT_NAMES.iter().filter(|&&n| permission_model || n != "permission").map(|n| n.to_string()).collect()
}

/// The `process` object if a script or the runtime has asked for it: the paths every run
/// takes at its end (the exit code, the `exit` event) need not make it, since nothing can
/// have set a code or a listener on an object nobody saw.
pub fn existing_object(vm: &mut Vm) -> Option<ObjId> {
    let held = with_runtime(vm, |_, h| h.process)?;
    match vm.persistent(held) {
        Value::Object(o) => Some(o),
        _ => None,
    }
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
        return Err(crate::web::errors::invalid_arg_type(vm, "callback", "function", callback));
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
        // Rooted for this tick only: the loop is not inside a native call whose return
        // would drop the roots.
        let mark = vm.roots.len();
        vm.root(tick);
        let r = spindle::builtins::function::create_list_from_array_like(vm, tick).and_then(|values| {
            let callback = values.first().copied().unwrap_or(Value::Undefined);
            vm.call(callback, Value::Undefined, values.get(1..).unwrap_or(&[]))
        });
        vm.roots.truncate(mark);
        r?;
    }
    Ok(ran)
}

/// `process.exit([code])` (Node: lib/internal/process/per_thread.js exit): sets
/// `process.exitCode` when given, emits `exit` once, and ends the program with
/// `process.exitCode` as the listeners left it.
fn exit(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if let Some(&code) = args.first() {
        let process = object(vm);
        let key = vm.key_str("exitCode");
        vm.set(process, key, code, Value::Object(process))?;
    }
    if !events::is_exiting(vm) {
        let code = exit_code(vm)?;
        // A listener's exception is lost; its own process.exit() decides the code.
        let _ = events::emit_exit(vm, code, false);
    }
    let code = match vm.terminating.as_deref() {
        Some(EXIT_REQUESTED) => with_runtime(vm, |_, h| h.exit_code.unwrap_or(0)),
        _ => exit_code(vm).unwrap_or(0),
    };
    with_runtime(vm, |_, h| h.exit_code = Some(code));
    vm.terminating = Some(EXIT_REQUESTED.into());
    Err(Value::Undefined)
}

/// Node's exit-code validation (the `process.exitCode` setter): null, undefined, integers
/// and strings that read as integers.
fn validate_exit_code(vm: &mut Vm, v: Value) -> JsResult<()> {
    match v {
        Value::Undefined | Value::Null => Ok(()),
        Value::String(s) if !vm.heap.str(s).is_empty() && is_integer(vm.to_number(v)?) => Ok(()),
        Value::Number(n) if is_integer(n) => Ok(()),
        Value::Number(n) => {
            let shown = spindle::builtins::inspect::inspect(vm, Value::Number(n));
            let message = format!("The value of \"code\" is out of range. It must be an integer. Received {shown}");
            Err(node_error(vm, ErrorType::RangeError, "ERR_OUT_OF_RANGE", &message))
        }
        _ => Err(crate::web::errors::invalid_arg_type(vm, "code", "number", v)),
    }
}

fn is_integer(n: f64) -> bool {
    n.is_finite() && n.fract() == 0.0
}

fn get_exit_code(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(with_runtime(vm, |vm, h| h.exit_code_value.map_or(Value::Undefined, |p| vm.persistent(p))))
}

fn set_exit_code(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let code = arg(args, 0);
    validate_exit_code(vm, code)?;
    let held = vm.persist(code);
    if let Some(old) = with_runtime(vm, |_, h| h.exit_code_value.replace(held)) {
        vm.unpersist(old);
    }
    Ok(Value::Undefined)
}

/// `process.exitCode` as the exit status of a program that ends (0 when unset; the
/// process ends with its low 8 bits, as ToInt32 and the OS make of it).
pub fn exit_code(vm: &mut Vm) -> JsResult<i32> {
    let Some(process) = existing_object(vm) else { return Ok(0) };
    match vm.get_str(process, "exitCode")? {
        Value::Undefined | Value::Null => Ok(0),
        v => {
            let n = vm.to_number(v)?;
            Ok(if n.is_finite() { n as i64 as i32 } else { 0 })
        }
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
    /// The wall-clock time at START, in ms since the Unix epoch (`performance.timeOrigin`).
    static START_WALL: f64 = START.with(|_| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    });
}

/// Starts the process clock (`uptime`, `hrtime`'s origin is arbitrary in Node too).
pub fn start_clock() {
    START.with(|_| {});
    START_WALL.with(|_| {});
}

/// Time since the clock started (the agent's time origin).
pub fn since_start() -> std::time::Duration {
    START.with(|s| s.elapsed())
}

/// The time origin in ms since the Unix epoch.
pub fn time_origin_ms() -> f64 {
    START_WALL.with(|w| *w)
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
    let time = arg(args, 0);
    if !time.is_undefined() {
        if !vm.is_array(time)? {
            return Err(crate::web::errors::invalid_instance(vm, "time", "Array", time));
        }
        let Value::Object(prev) = time else { unreachable!("an array") };
        let len = vm.get_str(prev, "length")?;
        if vm.to_number(len)? != 2.0 {
            let shown = spindle::builtins::inspect::inspect(vm, len);
            let message = format!("The value of \"time\" is out of range. It must be 2. Received {shown}");
            return Err(node_error(vm, ErrorType::RangeError, "ERR_OUT_OF_RANGE", &message));
        }
    }
    if let Value::Object(prev) = time {
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

/// `process.memoryUsage.rss()`.
fn memory_usage_rss(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let rss = rss_bytes().unwrap_or(vm.heap_stats().estimated_bytes);
    Ok(Value::Number(rss as f64))
}

/// `process.umask([mask])`: the file mode creation mask (set to `mask` when given; read
/// by setting and restoring it otherwise, as libuv does).
fn umask(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    use rustix::fs::Mode;
    let old = match arg(args, 0) {
        Value::Undefined => {
            let old = rustix::process::umask(Mode::empty());
            rustix::process::umask(old);
            old
        }
        Value::String(s) => {
            let text = vm.rust_string(s);
            let Ok(mask) = u32::from_str_radix(&text, 8) else {
                let message = format!(
                    "The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received '{text}'"
                );
                return Err(node_error(vm, ErrorType::TypeError, "ERR_INVALID_ARG_VALUE", &message));
            };
            rustix::process::umask(Mode::from_bits_truncate(mask))
        }
        v => {
            let mask = vm.to_number(v)?;
            rustix::process::umask(Mode::from_bits_truncate(mask as u32))
        }
    };
    Ok(Value::Number(f64::from(old.bits())))
}

/// `process.cpuUsage([previous])`: user and system CPU time in microseconds (Linux: from
/// /proc/self/stat), relative to `previous` when given.
fn cpu_usage(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (mut user, mut system) = cpu_times().unwrap_or((0.0, 0.0));
    if let Value::Object(prev) = arg(args, 0) {
        let u = vm.get_str(prev, "user")?;
        let s = vm.get_str(prev, "system")?;
        user -= vm.to_number(u)?;
        system -= vm.to_number(s)?;
    }
    let o = vm.new_object();
    vm.def_value(o, "user", Value::Number(user), DEFAULT_ATTRS);
    vm.def_value(o, "system", Value::Number(system), DEFAULT_ATTRS);
    Ok(Value::Object(o))
}

/// (user, system) CPU time in microseconds; /proc counts clock ticks of 10 ms.
fn cpu_times() -> Option<(f64, f64)> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name (field 2) may hold spaces: count fields after its closing ')'.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok());
    Some((ticks(11)? * 10_000.0, ticks(12)? * 10_000.0))
}

/// Resident set size from /proc (Linux); None elsewhere.
fn rss_bytes() -> Option<usize> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: usize = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}
