//! Promise records, reactions and the job queue (ECMA-262 §27.2.1 Promise abstract
//! operations' records, §9.5 Jobs and host operations to enqueue them), and the host hooks
//! that form the engine/host boundary.
//!
//! Reactions and jobs are plain Rust data (the guide: no boxed closures): a `then` adds one
//! `Reaction` to a vector inside the promise; settling moves each into a `Job` on the
//! engine's `VecDeque`. The host decides when the queue runs (`Vm::run_microtasks`), which is
//! how an event loop gets the spec's ordering: a job never interrupts another job.

use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use std::any::Any;

/// [[PromiseState]]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromiseState {
    Pending,
    Fulfilled,
    Rejected,
}

/// A promise's internal slots (ECMA-262 §27.2.6, Table 89).
pub struct PromiseData {
    pub state: PromiseState,
    /// [[PromiseResult]] (undefined while pending).
    pub result: Value,
    /// [[PromiseFulfillReactions]] and [[PromiseRejectReactions]]: PerformPromiseThen always
    /// appends to both, so they are one list of pairs (one buffer, the capability once).
    pub reactions: thin_vec::ThinVec<ReactionPair>,
    /// [[PromiseIsHandled]]
    pub is_handled: bool,
    /// A number the host may attach (0 when none): the runtime marks a rejection it
    /// reported as unhandled with its rejection id, to report it again if handled later.
    pub host_mark: u32,
    /// The tracer's id of the promise (0 until a trace sees it).
    pub trace_id: u32,
}

impl PromiseData {
    /// A pending promise's slots in a box used before (`Heap::promise_boxes`): its reaction
    /// buffer is kept, emptied.
    pub fn reset(&mut self) {
        self.state = PromiseState::Pending;
        self.result = Value::Undefined;
        self.reactions.clear();
        self.is_handled = false;
        self.host_mark = 0;
        self.trace_id = 0;
    }

    /// Bytes the slots own beyond the box: the reaction buffer.
    pub fn owned_bytes(&self) -> usize {
        self.reactions.capacity() * std::mem::size_of::<ReactionPair>()
    }

    pub fn new() -> PromiseData {
        PromiseData {
            state: PromiseState::Pending,
            result: Value::Undefined,
            reactions: thin_vec::ThinVec::new(),
            is_handled: false,
            host_mark: 0,
            trace_id: 0,
        }
    }
}

impl Default for PromiseData {
    fn default() -> Self {
        Self::new()
    }
}

/// A PromiseCapability Record (ECMA-262 §27.2.1.1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Capability {
    /// An undefined capability (reactions whose result nobody observes, e.g. `await`).
    None,
    /// A promise %Promise% created itself: resolved through the abstract operations
    /// directly. Its resolve/reject functions would be exactly CreateResolvingFunctions'
    /// functions, so not allocating them until something needs them is unobservable.
    Internal(ObjId),
    /// A capability from a user constructor (NewPromiseCapability with a subclass or
    /// another constructor): [[Promise]], [[Resolve]], [[Reject]].
    Functions { promise: Value, resolve: Value, reject: Value },
}

impl Capability {
    /// [[Promise]]
    pub fn promise(&self) -> Value {
        match *self {
            Capability::None => Value::Undefined,
            Capability::Internal(p) => Value::Object(p),
            Capability::Functions { promise, .. } => promise,
        }
    }

    pub(crate) fn values(&self) -> [Value; 3] {
        match *self {
            Capability::None => [Value::Undefined; 3],
            Capability::Internal(p) => [Value::Object(p), Value::Undefined, Value::Undefined],
            Capability::Functions { promise, resolve, reject } => [promise, resolve, reject],
        }
    }
}

/// [[Type]] of a PromiseReaction Record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReactionKind {
    Fulfill,
    Reject,
}

/// [[Handler]] of a PromiseReaction Record.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Handler {
    /// ~empty~: the value (or the rejection) passes through.
    Empty,
    /// A JobCallback for a callable.
    Callable(Value),
    /// Await's internal reaction: resume the async function whose frame `generator` owns
    /// (settling `promise` when it completes).
    Await { generator: ObjId, promise: ObjId },
    /// An async generator's internal reactions.
    AsyncGenerator { generator: ObjId, step: AsyncGeneratorStep },
    /// Resume the Array.fromAsync closure suspended in `task`.
    ArrayFromAsync { task: ObjId },
    /// AsyncFromSyncIteratorContinuation's unwrap closure: { value: v, done }.
    IterResult { done: bool },
    /// AsyncFromSyncIteratorContinuation's closeIterator closure: IteratorClose(iterator,
    /// the rejection), which rethrows the rejection.
    CloseIterator { iterator: ObjId },
    /// ExecuteAsyncModule's onFulfilled / onRejected: AsyncModuleExecutionFulfilled or
    /// Rejected for module record `module`.
    AsyncModule { module: u32 },
    /// ContinueDynamicImport's closures for the `import()` promise `promise`.
    DynamicImport { promise: ObjId, module: u32, step: ImportStep },
}

/// Which of ContinueDynamicImport's closures a reaction is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportStep {
    /// linkAndEvaluateClosure: the graph is loaded.
    Loaded,
    /// fulfilledClosure: the module evaluated; resolve with its namespace.
    Evaluated,
}

/// What an async generator does when a promise it waits on settles (ECMA-262 §27.6.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsyncGeneratorStep {
    /// An Await in the body: resume the frame with the value, or throw the reason there.
    Await,
    /// AsyncGeneratorUnwrapYieldResumption: return(v) reaching a `yield` awaits v, then
    /// resumes the frame with a return completion of the value (or throws the reason).
    UnwrapReturn,
    /// AsyncGeneratorAwaitReturn's onFulfilled/onRejected: settle the front request with the
    /// awaited value (or reason) and drain the queue.
    AwaitReturn,
}

impl Handler {
    pub(crate) fn values(&self, out: &mut Vec<Value>) {
        match *self {
            Handler::Empty => {}
            Handler::Callable(h) => out.push(h),
            Handler::Await { generator, promise } => out.extend([Value::Object(generator), Value::Object(promise)]),
            Handler::AsyncGenerator { generator, .. } => out.push(Value::Object(generator)),
            Handler::IterResult { .. } => {}
            Handler::CloseIterator { iterator } => out.push(Value::Object(iterator)),
            Handler::ArrayFromAsync { task } => out.push(Value::Object(task)),
            Handler::AsyncModule { .. } => {}
            Handler::DynamicImport { promise, .. } => out.push(Value::Object(promise)),
        }
    }
}

/// A PromiseReaction Record (ECMA-262 §27.2.1.2).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reaction {
    pub capability: Capability,
    pub kind: ReactionKind,
    pub handler: Handler,
}

/// The fulfill and reject PromiseReaction Records one PerformPromiseThen creates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReactionPair {
    pub capability: Capability,
    pub on_fulfilled: Handler,
    pub on_rejected: Handler,
}

impl ReactionPair {
    /// The record of the given [[Type]].
    pub fn reaction(&self, kind: ReactionKind) -> Reaction {
        let handler = if kind == ReactionKind::Fulfill { self.on_fulfilled } else { self.on_rejected };
        Reaction { capability: self.capability, kind, handler }
    }
}

/// A job waiting in the engine's queue.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Job {
    /// NewPromiseReactionJob (ECMA-262 §27.2.2.1)
    Reaction { reaction: Reaction, argument: Value },
    /// NewPromiseResolveThenableJob (ECMA-262 §27.2.2.2)
    ResolveThenable { promise: ObjId, thenable: Value, then: Value },
    /// A host callback queued as a microtask (e.g. `queueMicrotask(f)`).
    Callback { callback: Value },
}

impl Job {
    pub(crate) fn values(&self, out: &mut Vec<Value>) {
        match *self {
            Job::Reaction { reaction, argument } => {
                out.extend(reaction.capability.values());
                reaction.handler.values(out);
                out.push(argument);
            }
            Job::ResolveThenable { promise, thenable, then } => {
                out.extend([Value::Object(promise), thenable, then]);
            }
            Job::Callback { callback } => out.push(callback),
        }
    }
}

/// The `operation` of HostPromiseRejectionTracker (ECMA-262 §27.2.1.9).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RejectionOperation {
    /// A promise was rejected with no handler attached.
    Reject,
    /// A handler was attached to a promise rejected without one.
    Handle,
}

/// The host side of the engine/host boundary. The engine owns the microtask queue (the
/// host drains it with [`Vm::run_microtasks`]) and calls these hooks; a host stores its own
/// state behind [`Host::as_any_mut`], which its native functions (timers, I/O) reach with
/// [`Vm::with_host`].
pub trait Host: Any {
    /// HostPromiseRejectionTracker (ECMA-262 §27.2.1.9). A host that reports unhandled
    /// rejections keeps the promise alive with [`Vm::persist`] until it decides.
    fn promise_rejection_tracker(&mut self, _vm: &mut Vm, _promise: ObjId, _operation: RejectionOperation) {}

    /// HostLoadImportedModule (ECMA-262 §16.2.1.10): resolve `request.request` against
    /// `request.referrer`, load and parse it ([`Vm::parse_module`],
    /// [`Vm::create_synthetic_module`], ...), and answer with
    /// [`Vm::finish_loading_imported_module`] now or later. The default has no modules.
    fn load_imported_module(&mut self, vm: &mut Vm, request: crate::module::LoadRequest) {
        let message = format!("Cannot find module '{}'", request.request.specifier);
        let e = vm.type_error(&message);
        vm.finish_loading_imported_module(request, Err(e));
    }

    /// HostGetImportMetaProperties + HostFinalizeImportMeta (ECMA-262 §16.2.1.12.1-2): fill
    /// `meta` (`import.meta`) of `module`.
    fn initialize_import_meta(&mut self, _vm: &mut Vm, _meta: ObjId, _module: crate::module::ModuleId) {}

    /// The message of the SyntaxError for an import of `name` that `requested` (imported as
    /// `specifier`) does not provide, when the host words it its own way (Node explains
    /// CommonJS modules); None keeps the engine's.
    fn missing_export_message(
        &mut self,
        _vm: &mut Vm,
        _requested: crate::module::ModuleId,
        _specifier: &str,
        _name: &str,
    ) -> Option<String> {
        None
    }

    fn as_any_mut(&mut self) -> &mut dyn Any;
}

/// A handle that keeps a value alive while the host holds it (see [`Vm::persist`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Persistent(u32);

/// A handle on an object that does not keep it alive (see [`Vm::persist_weak`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WeakPersistent(u32);

/// The objects hosts hold weakly: what lets a host object that script code can no longer
/// reach be collected while the host still has work attached to it (a message port whose
/// other end must learn that it is gone: HTML §9.4.6 "Ports and garbage collection").
#[derive(Default)]
pub struct WeakHandles {
    /// Each slot: the object and the host's tag for it; None once free or cleared.
    slots: Vec<Option<(ObjId, u64)>>,
    free: Vec<u32>,
    /// The tags of the handles the collector cleared, for [`Vm::take_collected_weak`].
    collected: Vec<u64>,
    /// Whether a handle was made since the last idle collection ([`Vm::idle_collection`]):
    /// the host then collects when its loop goes idle, so an object dropped right after it
    /// was made is found without waiting for the heap to grow. Collections during a task do
    /// not count: the object may have been reachable then only from the task's registers.
    made_since_idle_collection: bool,
    /// Handles whose object has not been collected or released.
    live: usize,
}

impl WeakHandles {
    /// Clears the handles whose objects the collection that just marked did not reach.
    pub(crate) fn clear_unmarked(&mut self, is_marked: impl Fn(ObjId) -> bool) {
        for slot in &mut self.slots {
            if let Some((o, tag)) = *slot
                && !is_marked(o)
            {
                *slot = None;
                self.live -= 1;
                self.collected.push(tag);
            }
        }
    }
}

impl Vm {
    /// HostEnqueuePromiseJob (ECMA-262 §9.5.5) and the host's own microtasks.
    pub fn enqueue_job(&mut self, job: Job) {
        if self.trace.is_some() {
            self.trace_job_queued(&job);
        }
        self.jobs.push_back(job);
    }

    /// Whether jobs are waiting.
    pub fn has_pending_jobs(&self) -> bool {
        !self.jobs.is_empty()
    }

    /// Runs queued jobs until the queue is empty (a microtask checkpoint). A job that
    /// throws (a host callback; promise jobs route errors into promises) stops the run and
    /// returns the exception; the jobs behind it stay queued. Each job ends with
    /// ClearKeptObjects. Between jobs is a safepoint (`host_safepoint`): the collector may
    /// run there, and each job counts as work, so an endless chain of jobs meets the
    /// deadline.
    pub fn run_microtasks(&mut self) -> JsResult<()> {
        while let Some(job) = self.jobs.pop_front() {
            let r = self.run_job(job);
            self.clear_kept_objects();
            r?;
            self.host_safepoint()?;
        }
        Ok(())
    }

    fn run_job(&mut self, job: Job) -> JsResult<()> {
        let mark = self.roots.len();
        job.values(&mut self.roots);
        let traced = if self.trace.is_some() { Some(self.trace_job_begin(&job)) } else { None };
        let r = match job {
            Job::Reaction { reaction, argument } => self.promise_reaction_job(reaction, argument),
            Job::ResolveThenable { promise, thenable, then } => {
                self.promise_resolve_thenable_job(promise, thenable, then)
            }
            Job::Callback { callback } => self.call(callback, Value::Undefined, &[]).map(|_| ()),
        };
        if let Some(id) = traced {
            self.trace_job_end(id);
        }
        self.roots.truncate(mark);
        r
    }

    /// Calls `f` with the engine and the installed host (None when no host is installed).
    /// The host is taken out of the engine for the call, so `f` may use both freely.
    pub fn with_host<R>(&mut self, f: impl FnOnce(&mut Vm, Option<&mut dyn Host>) -> R) -> R {
        match self.host.take() {
            Some(mut h) => {
                let r = f(self, Some(h.as_mut()));
                self.host = Some(h);
                r
            }
            None => f(self, None),
        }
    }

    /// Installs the host (replacing any previous one).
    pub fn set_host(&mut self, host: Box<dyn Host>) {
        self.host = Some(host);
    }

    /// Keeps `v` alive until [`Vm::unpersist`]; for values a host holds outside the heap
    /// (timer callbacks, tracked promises).
    pub fn persist(&mut self, v: Value) -> Persistent {
        match self.persistent_free.pop() {
            Some(i) => {
                self.persistent[i as usize] = v;
                Persistent(i)
            }
            None => {
                self.persistent.push(v);
                Persistent(self.persistent.len() as u32 - 1)
            }
        }
    }

    pub fn persistent(&self, p: Persistent) -> Value {
        self.persistent[p.0 as usize]
    }

    pub fn unpersist(&mut self, p: Persistent) {
        self.persistent[p.0 as usize] = Value::Undefined;
        self.persistent_free.push(p.0);
    }

    /// Refers to `o` without keeping it alive. When a collection finds `o` unreachable, the
    /// handle is cleared (`weak_persistent` gives None) and `tag` is reported by
    /// [`Vm::take_collected_weak`]; the host then releases the handle with `unpersist_weak`.
    pub fn persist_weak(&mut self, o: ObjId, tag: u64) -> WeakPersistent {
        let w = &mut self.weak_handles;
        w.made_since_idle_collection = true;
        w.live += 1;
        match w.free.pop() {
            Some(i) => {
                w.slots[i as usize] = Some((o, tag));
                WeakPersistent(i)
            }
            None => {
                w.slots.push(Some((o, tag)));
                WeakPersistent(w.slots.len() as u32 - 1)
            }
        }
    }

    /// The object of a weak handle; None once it was collected.
    pub fn weak_persistent(&self, p: WeakPersistent) -> Option<ObjId> {
        self.weak_handles.slots[p.0 as usize].map(|(o, _)| o)
    }

    pub fn unpersist_weak(&mut self, p: WeakPersistent) {
        let w = &mut self.weak_handles;
        if w.slots[p.0 as usize].take().is_some() {
            w.live -= 1;
        }
        w.free.push(p.0);
    }

    /// The tags of the weak handles cleared by collections since the last call.
    pub fn take_collected_weak(&mut self) -> Vec<u64> {
        std::mem::take(&mut self.weak_handles.collected)
    }

    /// Called by a host whose loop is about to wait with no task running: collects if a
    /// weak handle was made since the last such collection and some are still held (V8's
    /// idle-time collection, in its simplest form), so the objects it holds weakly are
    /// found dead in time; the handles cleared are then in [`Vm::take_collected_weak`].
    /// Whether it collected. At most one collection per burst of handles, so an idle loop
    /// does not collect again, and none once the host released them all (ports started or
    /// sent away).
    pub fn idle_collection(&mut self) -> bool {
        let w = &mut self.weak_handles;
        if !std::mem::take(&mut w.made_since_idle_collection) || w.live == 0 {
            return false;
        }
        self.collect_garbage();
        true
    }
}
