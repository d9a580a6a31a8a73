//! Workers (Node: lib/internal/worker.js, src/node_worker.cc): each worker is an agent of
//! its own — an engine, a realm, a job queue and an event loop on its own OS thread — that
//! shares nothing JS-visible with its parent but SharedArrayBuffer memory. Parent and worker
//! talk through an entangled pair of message ports (`port.rs`); the worker's lifecycle
//! (`online`, an uncaught `error`, `exit` with its code) reaches the parent as completions
//! in the parent's poll phase. `terminate()` sets the worker engine's interrupt flag, so
//! even `while (true) {}` stops at its next safepoint. A panic on the worker's thread is
//! caught at the thread's edge and becomes an `error` and `exit` on the parent's side.
//!
//! JavaScript reaches this through the built-in-only module `internal/worker/binding`
//! (`binding`); `node:worker_threads` and the port classes are `js/worker_threads.js` and
//! `js/internal/worker/io.js`.

pub mod broadcast;
pub mod port;
pub mod stdio;
pub mod transfer;

use crate::host::with_runtime;
use crate::io::Completion;
use crate::{Entry, EventLoop, Outcome, RunOptions, new_engine};
use port::PortEnd;
use spindle::Value;
use spindle::builtins::arg;
use spindle::jobs::Persistent;
use spindle::object::NativeCall;
use spindle::object::property::DEFAULT_ATTRS;
use spindle::structured_clone::{Serialized, structured_deserialize};
use spindle::vm::{ErrorType, JsResult, Vm};
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use tokio::sync::mpsc::UnboundedSender;

static NEXT_THREAD_ID: AtomicU64 = AtomicU64::new(1);

/// What a worker's agent knows of itself (None on the main thread).
pub struct WorkerContext {
    pub thread_id: u64,
    /// The worker's end of the channel to its parent and the parent's end, until
    /// `parentPort` takes them.
    parent_port: Option<(PortEnd, PortEnd)>,
    worker_data: Option<Serialized>,
    /// The parent's `setEnvironmentData` map when the worker started.
    environment_data: Option<Serialized>,
    /// What `process.stdin` reads (`stdin: true`); None: it ends at once (`stdio.rs`).
    pub stdin: Option<stdio::SharedStdin>,
    /// The parent's completion queue (lifecycle events and reported errors).
    parent: UnboundedSender<Completion>,
}

/// A worker this agent started, as its parent sees it.
struct Child {
    object: Persistent,
    interrupt: Arc<AtomicBool>,
    /// The worker's completion queue and thread, once it is online (to wake it).
    wake: Option<(UnboundedSender<Completion>, std::thread::Thread)>,
    terminating: bool,
    refed: bool,
    /// Counted in the loop's pending operations (running and referenced).
    keeps_alive: bool,
    /// `worker.stdin`'s side of the worker's `process.stdin` (`stdin: true`).
    stdin: Option<stdio::SharedStdin>,
}

/// The workers of this agent, and the hooks into `js/worker_threads.js`.
#[derive(Default)]
pub struct Children {
    children: HashMap<u64, Child>,
    /// onOnline(worker), onError(worker, error), onExit(worker, code), onStdio(worker, fd,
    /// chunk), onReportedError(worker, message, filename, lineno, colno).
    hooks: Option<[Persistent; 5]>,
}

/// The built-in-only module `internal/worker/binding`.
pub fn exports(vm: &mut Vm) -> Value {
    let o = vm.new_object();
    let methods: [(&str, u32, spindle::object::NativeFn); 26] = [
        ("setPortHooks", 2, set_port_hooks),
        ("setWorkerHooks", 4, set_worker_hooks),
        ("writeStdin", 2, write_stdin),
        ("createChannel", 2, create_channel),
        ("postMessage", 3, post_message),
        ("start", 1, start),
        ("close", 1, close),
        ("setRef", 2, set_port_ref),
        ("holdPort", 1, hold_port),
        ("hasRef", 1, port_has_ref),
        ("receiveMessageOnPort", 1, receive_message_on_port),
        ("spawn", 6, spawn),
        ("terminate", 1, terminate),
        ("setWorkerRef", 2, set_worker_ref),
        ("adoptParentPort", 1, adopt_parent_port),
        ("workerData", 0, worker_data),
        ("importScripts", 1, import_scripts),
        ("baseURL", 0, base_url),
        ("setReportException", 1, set_report_exception),
        ("propagateError", 4, propagate_error),
        ("closeAfterTask", 0, close_after_task),
        ("environmentData", 0, environment_data),
        ("broadcastOpen", 3, broadcast_open),
        ("broadcastPost", 2, broadcast_post),
        ("broadcastClose", 1, broadcast_close),
        ("broadcastRef", 2, broadcast_ref),
    ];
    for (name, len, f) in methods {
        vm.def_method(o, name, len, f);
    }
    let (is_main, id) = with_runtime(vm, |_, h| match &h.worker {
        Some(w) => (false, w.thread_id),
        None => (true, 0),
    });
    vm.def_value(o, "isMainThread", Value::Bool(is_main), DEFAULT_ATTRS);
    vm.def_value(o, "threadId", Value::Number(id as f64), DEFAULT_ATTRS);
    Value::Object(o)
}

fn id_arg(vm: &mut Vm, v: Value) -> JsResult<u64> {
    Ok(vm.to_number(v)? as u64)
}

fn set_port_hooks(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    port::set_hooks(vm, arg(args, 0), arg(args, 1));
    Ok(Value::Undefined)
}

fn set_worker_hooks(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let hooks = [
        vm.persist(arg(args, 0)),
        vm.persist(arg(args, 1)),
        vm.persist(arg(args, 2)),
        vm.persist(arg(args, 3)),
        vm.persist(arg(args, 4)),
    ];
    with_runtime(vm, |_, h| h.children.hooks = Some(hooks));
    Ok(Value::Undefined)
}

/// binding.createChannel(port1, port2): entangles two new local ports; their ids.
fn create_channel(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (a, b) = port::channel();
    let ids = [Value::Number(a.id as f64), Value::Number(b.id as f64)];
    port::register(vm, arg(args, 0), a.clone(), b.clone(), port::Hold::WeakUntilStarted);
    port::register(vm, arg(args, 1), b, a, port::Hold::WeakUntilStarted);
    Ok(Value::Object(vm.new_array(ids.to_vec())))
}

/// The transfer list's ArrayBuffers (HTML StructuredSerializeWithTransfer).
fn transfer_list(vm: &mut Vm, v: Value) -> JsResult<Vec<spindle::value::ObjId>> {
    if v.is_nullish() {
        return Ok(Vec::new());
    }
    let items = spindle::builtins::function::create_list_from_array_like(vm, v)?;
    Ok(items.into_iter().filter_map(|i| if let Value::Object(o) = i { Some(o) } else { None }).collect())
}

/// Serializes `value` (moving the transferred buffers, ports and streams), or throws the
/// DataCloneError (also for an object in the transfer list that cannot be transferred).
fn serialize(vm: &mut Vm, value: Value, transfer: Value) -> JsResult<Serialized> {
    let list = transfer_list(vm, transfer)?;
    let list = transfer::check_transfer_list(vm, list)?;
    match spindle::structured_clone::structured_serialize_with_host(
        vm,
        value,
        &list,
        &mut transfer::Transferables::default(),
    ) {
        Ok(s) => Ok(s),
        Err(spindle::structured_clone::CloneError::Thrown(e)) => Err(e),
        Err(spindle::structured_clone::CloneError::DataClone(message)) => {
            Err(crate::web::dom_exception::dom_exception(vm, "DataCloneError", &message))
        }
    }
}

/// binding.postMessage(portId, value, transferList) (HTML §9.4.4 postMessage steps).
fn post_message(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let id = id_arg(vm, arg(args, 0))?;
    let message = serialize(vm, arg(args, 1), arg(args, 2))?;
    Ok(Value::Bool(port::post(vm, id, message)))
}

fn start(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let id = id_arg(vm, arg(args, 0))?;
    port::start(vm, id);
    Ok(Value::Undefined)
}

fn close(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let id = id_arg(vm, arg(args, 0))?;
    port::close(vm, id);
    Ok(Value::Undefined)
}

fn hold_port(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let id = id_arg(vm, arg(args, 0))?;
    port::hold(vm, id);
    Ok(Value::Undefined)
}

fn set_port_ref(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let id = id_arg(vm, arg(args, 0))?;
    let refed = vm.to_boolean(arg(args, 1));
    port::set_ref(vm, id, refed);
    Ok(Value::Undefined)
}

/// binding.closeAfterTask(): a web worker's `close()` (HTML §10.2.1.2) — the current task
/// and its microtasks finish, then the worker ends with code 0 without running another.
fn close_after_task(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    with_runtime(vm, |_, h| h.closing = true);
    Ok(Value::Undefined)
}

/// binding.receiveMessageOnPort(portId): the oldest undelivered message, or undefined
/// (Node: lib/internal/worker/io.js receiveMessageOnPort wraps it as `{ message }`).
fn receive_message_on_port(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let id = id_arg(vm, arg(args, 0))?;
    let Some(message) = port::receive_now(vm, id) else { return Ok(Value::Undefined) };
    vm.root(message);
    let wrapper = vm.new_object();
    vm.def_value(wrapper, "message", message, DEFAULT_ATTRS);
    Ok(Value::Object(wrapper))
}

/// binding.hasRef(portId): whether the port keeps the loop alive.
fn port_has_ref(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let id = id_arg(vm, arg(args, 0))?;
    Ok(Value::Bool(port::keeps_alive(vm, id)))
}

/// binding.adoptParentPort(port): a worker's `parentPort` takes the worker's end of the
/// channel to its parent; its id (0 on the main thread).
fn adopt_parent_port(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let end = with_runtime(vm, |_, h| h.worker.as_mut().and_then(|w| w.parent_port.take()));
    let Some((end, remote)) = end else { return Ok(Value::Number(0.0)) };
    let id = end.id;
    port::register(vm, arg(args, 0), end, remote, port::Hold::Strong);
    Ok(Value::Number(id as f64))
}

/// The own enumerable string-keyed properties of `o`, values stringified (a worker's `env`;
/// ECMA-262 §7.3.23 EnumerableOwnProperties, key+value).
fn own_string_pairs(vm: &mut Vm, o: spindle::value::ObjId) -> JsResult<Vec<(String, String)>> {
    let entries = spindle::builtins::object::enumerable_own_properties(vm, o, 2)?;
    let mut out = Vec::with_capacity(entries.len());
    for entry in entries {
        let Value::Object(pair) = entry else { continue };
        let (Some(key), Some(value)) = (vm.obj(pair).element(0), vm.obj(pair).element(1)) else { continue };
        out.push((vm.to_rust_string(key)?, vm.to_rust_string(value)?));
    }
    Ok(out)
}

/// A serialization the worker was started with, deserialized on first call (the worker's
/// JavaScript caches the value).
fn take_deserialized(vm: &mut Vm, field: fn(&mut WorkerContext) -> &mut Option<Serialized>) -> Value {
    let data = with_runtime(vm, |_, h| h.worker.as_mut().and_then(|w| field(w).take()));
    match data {
        Some(s) => {
            spindle::structured_clone::structured_deserialize_with_host(vm, s, &mut transfer::Transferables::default())
        }
        None => Value::Undefined,
    }
}

/// binding.environmentData(): the parent's environment data map as the worker got it.
fn environment_data(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(take_deserialized(vm, |w| &mut w.environment_data))
}

/// binding.workerData(): the worker's copy of `options.workerData` (undefined on the main
/// thread), deserialized on first call.
fn worker_data(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(take_deserialized(vm, |w| &mut w.worker_data))
}

/// A web worker's options.
#[derive(Clone)]
struct WebWorker {
    module: bool,
    name: String,
    /// The worker's script URL (its `location`).
    url: String,
}

/// What a new worker runs.
struct WorkerSpec {
    thread_id: u64,
    /// A file to run, or (`eval`) source text, or (`fetch`) the URL of a web worker's
    /// script, which the worker's thread loads.
    filename: String,
    eval: bool,
    fetch: bool,
    /// The network the worker's scripts load from (its parent's).
    resources: Option<crate::resources::Resources>,
    argv: Vec<String>,
    worker_data: Option<Serialized>,
    environment_data: Option<Serialized>,
    port: PortEnd,
    parent_port: PortEnd,
    interrupt: Arc<AtomicBool>,
    max_heap_bytes: Option<usize>,
    env: Vec<(String, String)>,
    /// `env: SHARE_ENV`: the parent's `process.env` store itself.
    shared_env: Option<crate::node::process::env::SharedEnv>,
    /// A web worker (HTML §10.2): its global scope is set up as a DedicatedWorkerGlobalScope
    /// (`js/internal/worker/web_scope.js`); `module` runs the file as an ES module.
    web: Option<WebWorker>,
    /// The parent's completion queue.
    parent: UnboundedSender<Completion>,
    /// The parent's permission-model grants (a worker has the same).
    permissions: Option<Arc<crate::node::fs::permission::Permissions>>,
    /// `stdout: true` / `stderr: true`: the output goes to the parent's worker.stdout/stderr.
    capture_stdout: bool,
    capture_stderr: bool,
    /// `stdin: true`: what the parent writes to worker.stdin.
    stdin: Option<stdio::SharedStdin>,
}

/// An option of spawn's `extra` object (undefined when there is none).
fn option(vm: &mut Vm, extra: Option<spindle::value::ObjId>, name: &str) -> JsResult<Value> {
    match extra {
        Some(o) => vm.get_str(o, name),
        None => Ok(Value::Undefined),
    }
}

/// A string option, '' when absent.
fn option_string(vm: &mut Vm, extra: Option<spindle::value::ObjId>, name: &str) -> JsResult<String> {
    match option(vm, extra, name)? {
        Value::Undefined => Ok(String::new()),
        v => vm.to_rust_string(v),
    }
}

/// binding.spawn(worker, port, filename, eval, workerData, { argv, maxOldGenerationSizeMb,
/// transferList, env, shareEnv, environmentData, webType, webURL, name }):
/// starts a worker thread whose `parentPort` is entangled with `port`; [thread id, port id].
fn spawn(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let filename = vm.to_rust_string(arg(args, 2))?;
    let mut eval = vm.to_boolean(arg(args, 3));
    // The options `js/worker_threads.js` read (a plain object of its own making).
    let extra = match arg(args, 5) {
        Value::Object(o) => Some(o),
        _ => None,
    };
    // Node: `options.transferList` moves the ports (and buffers) workerData holds.
    let transfer = option(vm, extra, "transferList")?;
    let worker_data = match arg(args, 4) {
        Value::Undefined => None,
        v => Some(serialize(vm, v, transfer)?),
    };
    // A web worker whose script is at a URL only its thread loads (HTML §10.2.4 "run a
    // worker" fetches the script there): `filename` is that URL.
    let fetch = option(vm, extra, "webFetch")? == Value::Bool(true);
    if fetch {
        eval = false;
    }
    let web = match option(vm, extra, "webType")? {
        Value::String(kind) => Some(WebWorker {
            module: vm.rust_string(kind) == "module",
            name: option_string(vm, extra, "name")?,
            url: option_string(vm, extra, "webURL")?,
        }),
        _ => None,
    };
    let argv = match option(vm, extra, "argv")? {
        list if list.is_nullish() => Vec::new(),
        list => spindle::builtins::function::create_list_from_array_like(vm, list)?
            .into_iter()
            .map(|item| vm.to_rust_string(item))
            .collect::<JsResult<_>>()?,
    };
    let max_heap_bytes = match option(vm, extra, "maxOldGenerationSizeMb")? {
        Value::Number(mb) if mb > 0.0 => Some((mb * 1024.0 * 1024.0) as usize),
        _ => None,
    };
    // Node: `options.env` — the worker's own copy of an object's properties (stringified),
    // or of the parent's `process.env`; with SHARE_ENV, the parent's store itself.
    let shared_env = match option(vm, extra, "shareEnv")? {
        Value::Bool(true) => Some(crate::node::process::env::store_of(vm)),
        _ => None,
    };
    let env = match option(vm, extra, "env")? {
        Value::Object(o) => own_string_pairs(vm, o)?,
        _ => crate::node::process::env::snapshot(vm)?,
    };
    let environment_data = match option(vm, extra, "environmentData")? {
        Value::Undefined => None,
        data => Some(serialize(vm, data, Value::Undefined)?),
    };
    let capture_stdout = option(vm, extra, "stdout")? == Value::Bool(true);
    let capture_stderr = option(vm, extra, "stderr")? == Value::Bool(true);
    let stdin = (option(vm, extra, "stdin")? == Value::Bool(true)).then(stdio::SharedStdin::default);
    // Node: src/node_worker.cc New — the permission model's WorkerThreads scope.
    let (permissions, resources) = with_runtime(vm, |_, h| (h.permissions.clone(), h.resources.clone()));
    if permissions.as_ref().is_some_and(|p| !p.worker) {
        return Err(crate::node::fs::permission::access_denied(vm, "WorkerThreads", None));
    }
    let (parent_end, worker_end) = port::channel();
    let parent_port_id = parent_end.id;
    port::register(vm, arg(args, 1), parent_end.clone(), worker_end.clone(), port::Hold::Strong);
    let thread_id = NEXT_THREAD_ID.fetch_add(1, Ordering::Relaxed);
    let interrupt = Arc::new(AtomicBool::new(false));
    let object = vm.persist(arg(args, 0));
    let parent = with_runtime(vm, |_, h| {
        h.children.children.insert(
            thread_id,
            Child {
                object,
                interrupt: Arc::clone(&interrupt),
                wake: None,
                terminating: false,
                refed: true,
                keeps_alive: true,
                stdin: stdin.clone(),
            },
        );
        h.io.pending += 1;
        h.io.sender()
    });
    let spec = WorkerSpec {
        thread_id,
        filename,
        eval,
        fetch,
        resources,
        argv,
        worker_data,
        environment_data,
        shared_env,
        port: worker_end,
        parent_port: parent_end,
        interrupt,
        max_heap_bytes,
        env,
        web,
        parent,
        permissions,
        capture_stdout,
        capture_stderr,
        stdin,
    };
    let name = format!("spindle-worker-{thread_id}");
    let started = std::thread::Builder::new().name(name).stack_size(256 << 20).spawn(move || run_worker(spec));
    if started.is_err() {
        return Err(vm.range_error("cannot start a worker thread"));
    }
    let ids = vec![Value::Number(thread_id as f64), Value::Number(parent_port_id as f64)];
    Ok(Value::Object(vm.new_array(ids)))
}

/// binding.terminate(threadId): stops the worker — running script at its next safepoint,
/// an idle loop or a blocked `Atomics.wait` at once (they are woken).
fn terminate(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let id = id_arg(vm, arg(args, 0))?;
    with_runtime(vm, |_, h| {
        if let Some(c) = h.children.children.get_mut(&id) {
            c.terminating = true;
            match &c.wake {
                Some((post, thread)) => crate::embed::interrupt_agent(&c.interrupt, post, thread),
                // Not online yet: the flag stops it at its first safepoint, and the wake-up
                // follows when it comes online.
                None => c.interrupt.store(true, Ordering::Release),
            }
        }
    });
    Ok(Value::Undefined)
}

/// binding.setWorkerRef(threadId, refed): `worker.ref()` / `worker.unref()`.
fn set_worker_ref(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let id = id_arg(vm, arg(args, 0))?;
    let refed = vm.to_boolean(arg(args, 1));
    with_runtime(vm, |_, h| {
        let Some(c) = h.children.children.get_mut(&id) else { return };
        c.refed = refed;
        if c.keeps_alive != refed {
            c.keeps_alive = refed;
            if refed {
                h.io.pending += 1;
            } else {
                h.io.pending = h.io.pending.saturating_sub(1);
            }
        }
    });
    Ok(Value::Undefined)
}

/// binding.writeStdin(threadId, chunk | null): bytes for a running worker's
/// `process.stdin` (`worker.stdin.write`; null: `end()`).
fn write_stdin(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let id = id_arg(vm, arg(args, 0))?;
    let chunk = match arg(args, 1) {
        Value::Null | Value::Undefined => None,
        v => Some(crate::node::buffer::bytes(vm, v).into_owned()),
    };
    let pipe = with_runtime(vm, |_, h| h.children.children.get(&id).and_then(|c| c.stdin.clone()));
    if let Some(pipe) = pipe {
        stdio::write(&pipe, chunk);
    }
    Ok(Value::Undefined)
}

/// A lifecycle event for the parent, run in its poll phase.
enum Lifecycle {
    /// An uncaught exception: the value, and (for an object) its own enumerable properties
    /// that structured cloning leaves out of an error (Node: lib/internal/error_serdes.js
    /// keeps them, e.g. a `code`).
    /// The worker runs: its completion queue and thread, to wake it for terminate().
    Online(UnboundedSender<Completion>, std::thread::Thread),
    Error(Serialized, Option<Serialized>),
    /// A failure that is not a JS value (heap limit, panic, a syntax error, a missing
    /// file): the error to make on the parent's side.
    Fatal(ErrorType, String, Option<&'static str>),
    /// Output of a worker started with `stdout: true` / `stderr: true`: fd 1 or 2 and the
    /// bytes (None: the stream ends).
    Stdio(u8, Option<Vec<u8>>),
    /// A web worker's exception its global did not handle (HTML §8.1.4.7): message,
    /// filename, line and column, for the ErrorEvent at the Worker object.
    Reported(String, String, u32, u32),
    Exit(i32),
}

fn notify_parent(parent: &UnboundedSender<Completion>, thread_id: u64, event: Lifecycle) {
    let _ = parent.send(Box::new(move |vm: &mut Vm| lifecycle(vm, thread_id, event)));
}

/// Runs a lifecycle event on the parent's side: the Worker object's hook.
fn lifecycle(vm: &mut Vm, thread_id: u64, event: Lifecycle) -> JsResult<()> {
    let found = with_runtime(vm, |_, h| {
        let hooks = h.children.hooks?;
        let child = h.children.children.get(&thread_id)?;
        Some((hooks, child.object))
    });
    let Some((hooks, object)) = found else { return Ok(()) };
    let worker = vm.persistent(object);
    vm.root(worker);
    let (hook, args) = match event {
        Lifecycle::Online(post, thread) => {
            with_runtime(vm, |_, h| {
                if let Some(c) = h.children.children.get_mut(&thread_id) {
                    if c.terminating {
                        crate::embed::interrupt_agent(&c.interrupt, &post, &thread);
                    }
                    c.wake = Some((post, thread));
                }
            });
            (hooks[0], vec![worker])
        }
        Lifecycle::Error(s, extras) => {
            let e = structured_deserialize(vm, s);
            vm.root(e);
            if let (Value::Object(error), Some(extras)) = (e, extras)
                && let Value::Object(props) = structured_deserialize(vm, extras)
            {
                vm.root(Value::Object(props));
                for key in vm.own_property_keys(props)? {
                    let v = vm.get(props, key, Value::Object(props))?;
                    vm.create_data_property(error, key, v)?;
                }
            }
            (hooks[1], vec![worker, e])
        }
        Lifecycle::Fatal(ty, message, code) => {
            let e = match code {
                Some(code) => crate::web::errors::node_error(vm, ty, code, &message),
                None => Value::Object(vm.make_error(ty, &message)),
            };
            vm.root(e);
            (hooks[1], vec![worker, e])
        }
        Lifecycle::Stdio(fd, bytes) => {
            let chunk = match bytes {
                Some(b) => crate::node::buffer::new_uint8_array(vm, &b)?,
                None => Value::Null,
            };
            vm.root(chunk);
            (hooks[3], vec![worker, Value::Number(f64::from(fd)), chunk])
        }
        Lifecycle::Reported(message, filename, lineno, colno) => {
            let message = vm.string(&message);
            vm.root(message);
            let filename = vm.string(&filename);
            vm.root(filename);
            let (lineno, colno) = (Value::Number(f64::from(lineno)), Value::Number(f64::from(colno)));
            (hooks[4], vec![worker, message, filename, lineno, colno])
        }
        Lifecycle::Exit(code) => {
            let child = with_runtime(vm, |_, h| {
                let c = h.children.children.remove(&thread_id);
                if c.as_ref().is_some_and(|c| c.keeps_alive) {
                    h.io.pending = h.io.pending.saturating_sub(1);
                }
                c
            });
            if let Some(c) = child {
                vm.unpersist(c.object);
            }
            (hooks[2], vec![worker, Value::Number(f64::from(code))])
        }
    };
    let f = vm.persistent(hook);
    vm.call(f, Value::Undefined, &args)?;
    Ok(())
}

/// The worker thread: its own tokio runtime, engine and loop. Nothing it does can unwind
/// into the parent: a panic is caught here and reported as an error and exit code 1.
fn run_worker(spec: WorkerSpec) {
    let parent = spec.parent.clone();
    let thread_id = spec.thread_id;
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_agent(spec)));
    let code = match result {
        Ok(code) => code,
        Err(_) => {
            notify_parent(
                &parent,
                thread_id,
                Lifecycle::Fatal(ErrorType::Error, "Worker thread panicked".into(), None),
            );
            1
        }
    };
    notify_parent(&parent, thread_id, Lifecycle::Exit(code));
}

/// The own enumerable string-keyed properties of `v` (an error's `code`, `extra`…) as one
/// serialized plain object, when there are any and they can be cloned.
fn own_properties(vm: &mut Vm, v: Value) -> Option<Serialized> {
    let Value::Object(o) = v else { return None };
    let keys = vm.own_property_keys(o).ok()?;
    let copy = vm.new_object();
    vm.root(Value::Object(copy));
    let mut any = false;
    for key in keys {
        if matches!(key, spindle::object::property::PropertyKey::Symbol(_)) {
            continue;
        }
        let enumerable = vm.get_own_property(o, key).ok().flatten().and_then(|d| d.enumerable) == Some(true);
        if !enumerable {
            continue;
        }
        let value = vm.get(o, key, v).ok()?;
        vm.create_data_property(copy, key, value).ok()?;
        any = true;
    }
    if !any {
        return None;
    }
    spindle::structured_clone::structured_serialize(vm, Value::Object(copy)).ok()
}

/// binding.importScripts(...urls): HTML §10.3.1 importScripts for a classic web worker —
/// each URL (absolute: the scope resolved it) fetched and run as a classic script in the
/// worker's global scope, in order; a script that cannot be fetched is a NetworkError.
fn import_scripts(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let urls = args.iter().map(|&a| vm.to_rust_string(a)).collect::<JsResult<Vec<_>>>()?;
    // URL §4.4: parsing a blob: URL resolves its blob entry, so a blob the scripts before
    // it revoke still loads (the URLs were all parsed before any ran).
    let mut blobs: Vec<Option<Result<crate::resources::Script, String>>> = Vec::with_capacity(urls.len());
    for url in &urls {
        blobs.push(url.starts_with("blob:").then(|| crate::resources::fetch_script(vm, url)));
    }
    for (url, blob) in urls.into_iter().zip(blobs) {
        let fetched = match blob {
            Some(result) => result,
            None => crate::resources::fetch_script(vm, &url),
        };
        let script = match fetched {
            Ok(script) => script,
            Err(why) => {
                let message =
                    format!("Failed to execute 'importScripts': The script at '{url}' failed to load ({why}).");
                return Err(crate::web::dom_exception::dom_exception(vm, "NetworkError", &message));
            }
        };
        let name = script_name(&script.url);
        match vm.eval_script(&script.source, &name) {
            Ok(_) => {}
            Err(spindle::vm::ScriptError::Thrown(e)) => return Err(e),
            Err(spindle::vm::ScriptError::Syntax(e)) => {
                // The error's stack points at the script's own error, so that the ErrorEvent
                // an uncaught one becomes names the imported script's URL and line.
                let error = vm.syntax_error(&e.message);
                if let Value::Object(o) = error {
                    let stack = format!("SyntaxError: {}\n    at {}:{}:{}", e.message, script.url, e.line, e.col);
                    let stack = vm.string(&stack);
                    vm.def_value(o, "stack", stack, spindle::object::property::HIDDEN);
                }
                return Err(error);
            }
        }
    }
    Ok(Value::Undefined)
}

/// The name a fetched script has in stack traces: a file's path (as Node names files), or
/// the URL.
fn script_name(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .filter(|u| u.scheme() == "file")
        .and_then(|u| u.to_file_path().ok())
        .map_or_else(|| url.to_string(), |p| p.display().to_string())
}

/// binding.setReportException(report(error, fromPromise, promise)): a web worker's global scope
/// takes over what an uncaught exception or unhandled rejection does (HTML §8.1.4.7
/// "report an exception": an ErrorEvent at the global, then at the Worker object), instead
/// of Node's `uncaughtException` and exit.
fn set_report_exception(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let report = vm.persist(arg(args, 0));
    if let Some(old) = with_runtime(vm, |_, h| h.report_exception.replace(report)) {
        vm.unpersist(old);
    }
    Ok(Value::Undefined)
}

/// binding.propagateError(message, filename, lineno, colno): the exception the worker's
/// global did not handle goes to the Worker object, as an ErrorEvent in the parent's task.
fn propagate_error(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let message = vm.to_rust_string(arg(args, 0))?;
    let filename = vm.to_rust_string(arg(args, 1))?;
    let lineno = vm.to_number(arg(args, 2))? as u32;
    let colno = vm.to_number(arg(args, 3))? as u32;
    let target = with_runtime(vm, |_, h| h.worker.as_ref().map(|w| (w.parent.clone(), w.thread_id)));
    if let Some((parent, thread_id)) = target {
        notify_parent(&parent, thread_id, Lifecycle::Reported(message, filename, lineno, colno));
    }
    Ok(Value::Undefined)
}

/// binding.baseURL(): the URL this agent's relative script URLs resolve against, if the
/// embedder set one (`RunOptions::base_url`; a web worker's is its script's URL).
fn base_url(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    match with_runtime(vm, |_, h| h.base_url.clone()) {
        Some(url) => Ok(vm.string(&url)),
        None => Ok(Value::Undefined),
    }
}

/// binding.broadcastOpen(channel, name, onMessage(channel, data)): the channel's id.
fn broadcast_open(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let name = vm.to_rust_string(arg(args, 1))?;
    Ok(Value::Number(broadcast::open(vm, arg(args, 0), name, arg(args, 2)) as f64))
}

/// binding.broadcastPost(id, value), throwing the DataCloneError.
fn broadcast_post(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let id = id_arg(vm, arg(args, 0))?;
    match broadcast::post(vm, id, arg(args, 1)) {
        Ok(()) => Ok(Value::Undefined),
        Err(spindle::structured_clone::CloneError::Thrown(e)) => Err(e),
        Err(spindle::structured_clone::CloneError::DataClone(message)) => {
            Err(crate::web::dom_exception::dom_exception(vm, "DataCloneError", &message))
        }
    }
}

fn broadcast_close(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let id = id_arg(vm, arg(args, 0))?;
    broadcast::close(vm, id);
    Ok(Value::Undefined)
}

fn broadcast_ref(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let id = id_arg(vm, arg(args, 0))?;
    let refed = vm.to_boolean(arg(args, 1));
    broadcast::set_ref(vm, id, refed);
    Ok(Value::Undefined)
}

/// Runs the worker's program; its exit code.
fn run_agent(spec: WorkerSpec) -> i32 {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else { return 1 };
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "spindle".into());
    let mut argv = vec![exe];
    if !spec.eval && !spec.fetch {
        argv.push(spec.filename.clone());
    }
    argv.extend(spec.argv.iter().cloned());
    let mut options = RunOptions {
        argv,
        env: Some(spec.env.clone()),
        permissions: spec
            .permissions
            .clone()
            .unwrap_or_else(|| Arc::new(crate::node::fs::permission::Permissions::all())),
        resources: spec.resources.clone(),
        // A web worker's relative URLs (nested workers) resolve against its own script.
        base_url: spec.web.as_ref().map(|w| w.url.clone()).filter(|u| !u.is_empty()),
        ..RunOptions::default()
    };
    options.vm.interrupt = Some(Arc::clone(&spec.interrupt));
    options.vm.can_block = true;
    options.vm.max_heap_bytes = spec.max_heap_bytes;
    let parent = spec.parent.clone();
    let thread_id = spec.thread_id;
    runtime.block_on(async move {
        let mut lp = EventLoop::new(new_engine(&options), None);
        crate::trace::join(&mut lp.vm);
        with_runtime(&mut lp.vm, |_, h| {
            h.worker = Some(WorkerContext {
                thread_id: spec.thread_id,
                parent_port: Some((spec.port, spec.parent_port)),
                worker_data: spec.worker_data,
                environment_data: spec.environment_data,
                stdin: spec.stdin.clone(),
                parent: spec.parent.clone(),
            });
            if let Some(store) = spec.shared_env {
                h.env_store = Some(store);
            }
        });
        let mut script_url = String::new();
        let source = if spec.eval {
            spec.filename.clone()
        } else if spec.fetch {
            match crate::resources::fetch_script(&mut lp.vm, &spec.filename) {
                Ok(script) => {
                    script_url = script.url;
                    script.source
                }
                Err(why) => {
                    // HTML §10.2.4 run a worker: fetching failed — an error at the Worker.
                    let message = format!("Failed to load the worker script at '{}' ({why})", spec.filename);
                    notify_parent(&parent, thread_id, Lifecycle::Fatal(ErrorType::Error, message, None));
                    return 1;
                }
            }
        } else {
            match std::fs::read_to_string(&spec.filename) {
                Ok(s) => s,
                Err(_) => {
                    // Node: the worker's loader fails before the worker is online.
                    let message = format!("Cannot find module '{}'", spec.filename);
                    let event = Lifecycle::Fatal(ErrorType::Error, message, Some("MODULE_NOT_FOUND"));
                    notify_parent(&parent, thread_id, event);
                    return 1;
                }
            }
        };
        let own_queue = with_runtime(&mut lp.vm, |_, h| h.io.sender());
        if let Some(pipe) = &spec.stdin {
            stdio::attach(pipe, own_queue.clone());
        }
        if spec.capture_stdout || spec.capture_stderr {
            lp.vm.output = Box::new(stdio::CapturedOutput {
                parent: parent.clone(),
                thread_id,
                stdout: spec.capture_stdout,
                stderr: spec.capture_stderr,
            });
        }
        notify_parent(&parent, thread_id, Lifecycle::Online(own_queue, std::thread::current()));
        if let Some(web) = &spec.web {
            // The DedicatedWorkerGlobalScope: self, postMessage, onmessage, close, importScripts.
            let setup =
                crate::loader::builtins::builtin_exports(&mut lp.vm, "internal/worker/web_scope").and_then(|f| {
                    let name = lp.vm.string(&web.name);
                    let url = lp.vm.string(&web.url);
                    lp.vm.call(f, Value::Undefined, &[name, Value::Bool(web.module), url])
                });
            if let Err(e) = setup {
                let message = crate::describe_thrown(&mut lp.vm, e);
                notify_parent(&parent, thread_id, Lifecycle::Fatal(ErrorType::Error, message, None));
                return 1;
            }
        }
        let force_module = spec.web.as_ref().is_some_and(|w| w.module);
        let path = std::path::PathBuf::from(&spec.filename);
        let entry = if spec.fetch && force_module {
            Entry::Module { source: &source, url: &script_url }
        } else if spec.fetch {
            Entry::Script { source: &source, name: &script_url }
        } else if spec.eval {
            Entry::Script { source: &source, name: "[worker eval]" }
        } else {
            Entry::File { path: &path, source: &source, force_module }
        };
        let outcome = lp.run_entry(entry).await;
        crate::trace::leave(&mut lp.vm, thread_id + 1, &format!("worker {thread_id}"));
        match outcome {
            Outcome::Ok => 0,
            Outcome::Exit(code) => code,
            Outcome::UnsettledTopLevelAwait => 13,
            Outcome::Fatal(reason) if reason == spindle::vm::INTERRUPTED => 1,
            Outcome::Fatal(reason) if reason == spindle::vm::OUT_OF_MEMORY => {
                // Node: src/node_worker.cc — the parent gets ERR_WORKER_OUT_OF_MEMORY.
                let message = "Worker terminated due to reaching memory limit: JS heap out of memory".to_string();
                let event = Lifecycle::Fatal(ErrorType::Error, message, Some("ERR_WORKER_OUT_OF_MEMORY"));
                notify_parent(&parent, thread_id, event);
                1
            }
            Outcome::SyntaxError(text) => {
                // The report ends with "SyntaxError: message".
                let message =
                    text.rsplit_once("SyntaxError: ").map_or(text.as_str(), |(_, m)| m).trim_end().to_string();
                notify_parent(&parent, thread_id, Lifecycle::Fatal(ErrorType::SyntaxError, message, None));
                1
            }
            Outcome::Uncaught(text) | Outcome::UnhandledRejection(text) => {
                let event = match lp.take_uncaught() {
                    Some(v) => match spindle::structured_clone::structured_serialize(&mut lp.vm, v) {
                        Ok(s) => Lifecycle::Error(s, own_properties(&mut lp.vm, v)),
                        Err(_) => Lifecycle::Fatal(ErrorType::Error, text.clone(), None),
                    },
                    None => Lifecycle::Fatal(ErrorType::Error, text.clone(), None),
                };
                notify_parent(&parent, thread_id, event);
                1
            }
            Outcome::Fatal(reason) => {
                notify_parent(&parent, thread_id, Lifecycle::Fatal(ErrorType::Error, reason, None));
                1
            }
            Outcome::TimedOut(_) => 1,
        }
    })
}
