//! The runtime's side of the engine/host boundary: its `Host` implementation (the state
//! the event loop and the host functions share) and the rejection tracker.

use crate::timers::Timers;
use spindle::Value;
use spindle::jobs::{Host, Persistent, RejectionOperation};
use spindle::value::ObjId;
use spindle::vm::Vm;
use std::any::Any;

/// Everything the runtime keeps next to the engine.
#[derive(Default)]
pub struct RuntimeHost {
    pub timers: Timers,
    /// Promises rejected without a handler since the last microtask checkpoint, kept alive
    /// until they are reported or get a handler (HostPromiseRejectionTracker).
    pub pending_rejections: Vec<(ObjId, Persistent)>,
    /// The command line as `process.argv` will show it (`RunOptions::argv`).
    pub argv: Vec<String>,
    /// The runtime's own options (`process.execArgv`).
    pub exec_argv: Vec<String>,
    /// The environment `process.env` starts from, if not the process's (`RunOptions::env`).
    pub env_vars: Option<Vec<(String, String)>>,
    /// The store behind `process.env` (shared with workers started with SHARE_ENV).
    pub env_store: Option<crate::node::process::env::SharedEnv>,
    /// The private key of DOMException instances' internal slots (`web::dom_exception`).
    pub dom_exception_slots: Option<Persistent>,
    /// Module map, resolution and CommonJS (`loader/`).
    pub loader: crate::loader::ModuleLoader,
    /// `process.nextTick` callbacks, each an array [callback, ...args] (`node/process.rs`).
    pub ticks: std::collections::VecDeque<Persistent>,
    /// The `process` object, once made (`node::process::object`).
    pub process: Option<Persistent>,
    /// What a script assigned to the global `process` (its getter returns it from then on).
    pub process_global: Option<Persistent>,
    /// `process.exitCode`'s value.
    pub exit_code_value: Option<Persistent>,
    /// The code `process.exit` asked for.
    pub exit_code: Option<i32>,
    /// A web worker's "report an exception" (`worker::set_report_exception`): called with
    /// (error, false) for what would otherwise be an uncaught exception, (reason, true,
    /// promise) for an unhandled rejection.
    pub report_exception: Option<Persistent>,
    /// A web worker's scope called `close()`: the agent ends when the current task does.
    pub closing: bool,
    /// `setImmediate` callbacks: the check phase (`immediate.rs`).
    pub immediates: crate::immediate::Immediates,
    /// The `module` objects of JavaScript built-ins being loaded (`loader/cjs.rs`
    /// run_builtin), for cycles between built-ins.
    pub builtins_loading: std::collections::HashMap<String, Persistent>,
    /// The exports of the built-in modules loaded so far (`loader/builtins.rs`).
    pub builtin_modules: std::collections::HashMap<String, Persistent>,
    /// `process` has become an EventEmitter (`node/process/events.rs`).
    pub process_is_emitter: bool,
    /// `exit` was emitted.
    pub exiting: bool,
    /// An uncaught exception does not end the process (a REPL reports it and goes on).
    pub uncaught_continues: bool,
    /// `--no-warnings`: no default `warning` listener.
    pub no_warnings: bool,
    /// `--unhandled-rejections=` mode.
    pub unhandled_rejections: crate::node::process::events::UnhandledRejections,
    /// Completions of work done off the loop's thread (`io.rs`): the poll phase.
    pub io: crate::io::IoQueue,
    /// A completion taken from the queue while the loop slept, to run first.
    pub io_ready: Option<crate::io::Completion>,
    /// `process.stdin`'s reader thread and the callbacks of its requests in flight.
    pub stdin: crate::node::process::stdin::StdinReader,
    pub stdin_callbacks: std::collections::VecDeque<Persistent>,
    /// This agent's Atomics.waitAsync waker (unregistered when the host is dropped).
    pub async_waker: Option<spindle::binary::waiters::AsyncWakerRegistration>,
    /// Set in a worker's agent (`worker/`).
    pub worker: Option<crate::worker::WorkerContext>,
    /// The message ports this agent owns (`worker/port.rs`).
    pub ports: crate::worker::port::Ports,
    /// Prototypes of platform objects that cannot be serialized (`worker/transfer.rs`).
    pub not_serializable: Vec<spindle::jobs::Persistent>,
    /// The brand symbol of stream objects, once the streams are loaded (`worker/transfer.rs`).
    pub stream_brand: Option<spindle::value::SymId>,
    /// The `kBlob` slot symbol of Blob objects, once Blob is loaded (`worker/transfer.rs`).
    pub blob_brand: Option<spindle::value::SymId>,
    /// This agent's open BroadcastChannels (`worker/broadcast.rs`).
    pub channels: crate::worker::broadcast::Channels,
    /// The workers this agent started.
    pub children: crate::worker::Children,
    /// Signals `process` listens for (`node/process/signals.rs`).
    pub signals: crate::node::process::signals::Signals,
    /// Rejections reported as unhandled that got a handler afterwards, with their ids:
    /// `rejectionHandled` is emitted for them at the next checkpoint.
    pub handled_later: Vec<(Persistent, u32)>,
    /// The network for `http:`/`https:` scripts (`RunOptions::resources`).
    pub resources: Option<crate::resources::Resources>,
    /// `RunOptions::base_url`.
    pub base_url: Option<String>,
    /// The permission model's grants (`node/fs/permission.rs`); None: everything granted.
    pub permissions: Option<std::sync::Arc<crate::node::fs::permission::Permissions>>,
    /// Open `fs.watch` watchers (`node/fs/watch.rs`).
    pub fs_watchers: crate::node::fs::watch::Watchers,
    /// The last rejection id given out.
    pub rejection_ids: u32,
    /// Host futures in flight (async host functions, Rust streams being pulled): the poll
    /// phase polls them.
    pub host_futures: crate::embed::HostFutures,
    /// Guards held by other threads that keep the loop alive (`embed/handle.rs`).
    pub keep_alive: crate::embed::KeepAliveCount,
    /// `Global` handles dropped since the runtime last released them.
    pub releases: std::sync::Arc<crate::embed::ReleaseQueue>,
    /// The embedder's unhandled-rejection callback (`RuntimeOptions::on_unhandled_rejection`).
    pub unhandled_rejection_hook: Option<crate::embed::UnhandledRejectionHook>,
    /// The prototype of Rust streams' async iterators (`embed/stream.rs`).
    pub stream_iterator_prototype: Option<Persistent>,
}

impl Host for RuntimeHost {
    fn promise_rejection_tracker(&mut self, vm: &mut Vm, promise: ObjId, operation: RejectionOperation) {
        match operation {
            RejectionOperation::Reject => {
                let handle = vm.persist(Value::Object(promise));
                self.pending_rejections.push((promise, handle));
            }
            RejectionOperation::Handle => {
                if let Some(i) = self.pending_rejections.iter().position(|&(p, _)| p == promise) {
                    let (_, handle) = self.pending_rejections.remove(i);
                    vm.unpersist(handle);
                } else if let Some(data) = vm.promise_data_mut(promise)
                    && data.host_mark != 0
                {
                    let id = std::mem::take(&mut data.host_mark);
                    let handle = vm.persist(Value::Object(promise));
                    self.handled_later.push((handle, id));
                }
            }
        }
    }

    fn load_imported_module(&mut self, vm: &mut Vm, request: spindle::module::LoadRequest) {
        crate::loader::load_imported_module(vm, &mut self.loader, request);
    }

    fn initialize_import_meta(&mut self, vm: &mut Vm, meta: ObjId, module: spindle::module::ModuleId) {
        crate::loader::initialize_import_meta(vm, &self.loader, meta, module);
    }

    fn missing_export_message(
        &mut self,
        _vm: &mut Vm,
        requested: spindle::module::ModuleId,
        specifier: &str,
        name: &str,
    ) -> Option<String> {
        self.loader.missing_export_message(requested, specifier, name)
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// Runs `f` with the runtime's host state (which every runtime-created engine has).
pub fn with_runtime<R>(vm: &mut Vm, f: impl FnOnce(&mut Vm, &mut RuntimeHost) -> R) -> R {
    vm.with_host(|vm, host| {
        let host = host.and_then(|h| h.as_any_mut().downcast_mut::<RuntimeHost>()).expect("the runtime's host");
        f(vm, host)
    })
}
