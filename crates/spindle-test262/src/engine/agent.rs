//! `$262.agent` (the suite's INTERPRETING.md): the main agent's `start`, `broadcast`,
//! `getReport`, `sleep` and `monotonicNow`, and the agents' `receiveBroadcast`, `report`,
//! `sleep`, `leaving` and `monotonicNow`.
//!
//! An agent is a fresh [`Vm`] on its own OS thread (the engine has no threads; they all
//! live here), with [[CanBlock]] true, the thread's parker, the test's deadline and an
//! interrupt flag. It evaluates its source as a script, then runs an event loop: promise
//! jobs, `Atomics.waitAsync` timeouts, broadcasts (handed to the `receiveBroadcast`
//! callback as a SharedArrayBuffer over the *same* [`SharedBlock`] and the deserialized
//! number) and waitAsync waiters of the agent that another agent notified (delivered by the
//! engine through [`register_async_waker`]). An agent ends when nothing can happen any
//! more (no jobs, no pending waitAsync, and no callback or `leaving()` was called), when
//! its deadline passes, or when the test ends.
//!
//! `broadcast` blocks until every running agent has retrieved the message (as the
//! reference host does), `start` until the agent runs; both give up at the deadline,
//! which ends the main agent as a timeout. At the end of a test ([`finish`]) every agent is
//! stopped: its interrupt flag ends running code at the next safepoint, an agent blocked
//! in `Atomics.wait` on a broadcast block is woken, one in `$262.agent.sleep` or in its
//! loop sees the stop flag. Agents that still have not ended after [`STOP_GRACE`] are left
//! to their deadline (the test's), which ends them too.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use spindle::Value;
use spindle::binary::SharedBlock;
use spindle::binary::waiters::{
    AsyncWakerRegistration, Parker, ThreadParker, Waiter, WaiterKind, register_async_waker,
};
use spindle::jobs::Persistent;
use spindle::object::{NativeCall, Object, ObjectKind};
use spindle::structured_clone::{CloneError, Serialized, structured_deserialize, structured_serialize};
use spindle::vm::{DEADLINE_REACHED, INTERRUPTED, JsResult, Output, ScriptError, Stream, Vm, VmOptions};

use crate::executor::{ErrorPhase, ThrownError};

/// Stack of an agent thread (address space only until used).
const AGENT_STACK_SIZE: usize = 64 << 20;
/// Heap limit of one agent.
const AGENT_HEAP_BYTES: usize = 256 << 20;
/// How long the end of a test waits for its agents to stop.
const STOP_GRACE: Duration = Duration::from_secs(2);
/// How often blocked host functions look at the deadline and the stop flag.
pub(super) const POLL: Duration = Duration::from_millis(20);

/// What the main agent and its agents share during one test.
struct Shared {
    /// `monotonicNow`'s origin.
    started: Instant,
    /// The test's deadline, also every agent's `VmOptions::deadline`.
    deadline: Instant,
    /// Every agent's `VmOptions::gc_stress` (as the main agent's).
    gc_stress: bool,
    /// Set when the test ends.
    stop: AtomicBool,
    /// Strings passed to `report`, oldest first.
    reports: Mutex<VecDeque<String>>,
    /// Uncaught errors of agents (before the test ended).
    errors: Mutex<Vec<ThrownError>>,
}

/// Locks a mutex, taking over a poisoned one (the data stays valid: nothing here panics
/// while holding a lock).
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// A message to an agent's thread.
enum Event {
    /// A broadcast: the block, the serialized number, and the sender's receipt.
    Broadcast(Arc<SharedBlock>, Serialized, Delivery),
    /// A waitAsync waiter of this agent that another agent notified.
    Notified(Arc<Waiter>),
    /// The test ended.
    Stop,
}

/// Counts the agents that still have to retrieve a broadcast.
struct Pending {
    left: Mutex<usize>,
    done: Condvar,
}

/// One agent's receipt of a broadcast: dropping it (when the agent retrieves the message,
/// or drops it because it ends) counts the agent as done.
struct Delivery(Arc<Pending>);

impl Drop for Delivery {
    fn drop(&mut self) {
        let mut left = lock(&self.0.left);
        *left = left.saturating_sub(1);
        self.0.done.notify_all();
    }
}

/// The main agent's view of one agent.
struct AgentHandle {
    tx: Sender<Event>,
    /// Whether the agent still retrieves broadcasts; messages are sent only while it is
    /// set (under its lock), and the agent clears it (under the lock) before it ends.
    open: Arc<Mutex<bool>>,
    /// The agent's `VmOptions::interrupt`.
    interrupt: Arc<AtomicBool>,
    /// The agent thread's parker (to wake it from `Atomics.wait` when the test ends).
    parker: Option<Arc<dyn Parker>>,
    thread: JoinHandle<()>,
}

/// The running test's agents, on the main agent's thread.
struct MainAgents {
    shared: Arc<Shared>,
    agents: Vec<AgentHandle>,
    /// The blocks broadcast so far.
    blocks: Vec<Arc<SharedBlock>>,
    /// The main agent's waitAsync waiters that agents notified.
    mailbox: Receiver<Arc<Waiter>>,
    _waker: AsyncWakerRegistration,
}

/// An agent's state, on its thread.
struct AgentContext {
    shared: Arc<Shared>,
    /// The `receiveBroadcast` callback.
    callback: Option<Persistent>,
    /// `leaving()` was called.
    leaving: bool,
}

thread_local! {
    static MAIN: RefCell<Option<MainAgents>> = const { RefCell::new(None) };
    static AGENT: RefCell<Option<AgentContext>> = const { RefCell::new(None) };
}

/// The test's shared state, seen from the main agent or an agent.
fn shared() -> Option<Arc<Shared>> {
    MAIN.with(|m| m.borrow().as_ref().map(|m| m.shared.clone()))
        .or_else(|| AGENT.with(|a| a.borrow().as_ref().map(|a| a.shared.clone())))
}

/// Starts a test: `vm` is its main agent, `deadline` the test's.
pub(super) fn begin(vm: &Vm, deadline: Instant, gc_stress: bool) {
    // Left over from a run that unwound.
    finish();
    let shared = Arc::new(Shared {
        started: Instant::now(),
        deadline,
        gc_stress,
        stop: AtomicBool::new(false),
        reports: Mutex::new(VecDeque::new()),
        errors: Mutex::new(Vec::new()),
    });
    let (tx, mailbox) = mpsc::channel();
    let waker = register_async_waker(
        vm.agent.signifier,
        Arc::new(move |w| {
            let _ = tx.send(w);
        }),
    );
    let main = MainAgents { shared, agents: Vec::new(), blocks: Vec::new(), mailbox, _waker: waker };
    MAIN.with(|m| *m.borrow_mut() = Some(main));
}

/// Ends the test's agents (see the module docs); returns the first uncaught error of an
/// agent, if any.
pub(super) fn finish() -> Option<ThrownError> {
    let main = MAIN.with(|m| m.borrow_mut().take())?;
    main.shared.stop.store(true, Ordering::SeqCst);
    for a in &main.agents {
        a.interrupt.store(true, Ordering::SeqCst);
        let _ = a.tx.send(Event::Stop);
    }
    let parkers: Vec<Arc<dyn Parker>> = main.agents.iter().filter_map(|a| a.parker.clone()).collect();
    let until = Instant::now() + STOP_GRACE;
    loop {
        // Again and again: an agent may have been about to wait.
        wake_sync_waiters(&main.blocks, &parkers);
        if main.agents.iter().all(|a| a.thread.is_finished()) || Instant::now() >= until {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    for a in main.agents {
        // A thread still running is detached; its deadline ends it.
        if a.thread.is_finished() && a.thread.join().is_err() {
            lock(&main.shared.errors).push(ThrownError {
                phase: ErrorPhase::Runtime,
                name: "Fatal".into(),
                message: "agent thread panicked".into(),
            });
        }
    }
    lock(&main.shared.errors).first().cloned()
}

/// Removes (as notified) and wakes the waiters of `parkers`' agents in `blocks`' lists.
fn wake_sync_waiters(blocks: &[Arc<SharedBlock>], parkers: &[Arc<dyn Parker>]) {
    for block in blocks {
        let mut woken = Vec::new();
        block.waiters.lock().retain(|w| match &w.kind {
            WaiterKind::Sync(p) if parkers.iter().any(|q| Arc::ptr_eq(p, q)) => {
                w.notified.store(true, Ordering::SeqCst);
                woken.push(p.clone());
                false
            }
            _ => true,
        });
        for p in woken {
            p.unpark();
        }
    }
}

/// Settles the main agent's waitAsync waiters that agents notified; waits for one until
/// `until` first when given. Returns whether any was settled.
pub(super) fn settle_main_notifications(vm: &mut Vm, until: Option<Instant>) -> bool {
    if MAIN.with(|m| m.borrow().is_none()) {
        // No test is running (cannot happen in `execute`): just wait.
        if let Some(t) = until {
            std::thread::sleep(t.saturating_duration_since(Instant::now()));
        }
        return false;
    }
    let mut settled = false;
    loop {
        let next = MAIN.with(|m| {
            let m = m.borrow();
            let m = m.as_ref()?;
            match until {
                Some(t) if !settled => m.mailbox.recv_timeout(t.saturating_duration_since(Instant::now())).ok(),
                _ => m.mailbox.try_recv().ok(),
            }
        });
        let Some(w) = next else { return settled };
        vm.settle_notified_async_waiter(&w);
        settled = true;
    }
}

/// Whether the calling thread is an agent's (not the main agent's).
pub(super) fn on_agent_thread() -> bool {
    AGENT.with(|a| a.borrow().is_some())
}

/// Whether the main agent has a waitAsync waiter in a block it broadcast while an agent
/// that could notify it still runs.
pub(super) fn main_may_be_notified(vm: &Vm) -> bool {
    MAIN.with(|m| {
        let m = m.borrow();
        let Some(m) = m.as_ref() else { return false };
        m.agents.iter().any(|a| !a.thread.is_finished()) && owns_async_waiters(vm, &m.blocks)
    })
}

/// Installs the main agent's `$262.agent` functions on `agent`.
pub(super) fn install_main(vm: &mut Vm, agent: spindle::value::ObjId) {
    vm.def_method(agent, "start", 1, host_start);
    vm.def_method(agent, "broadcast", 2, host_broadcast);
    vm.def_method(agent, "getReport", 0, host_get_report);
    vm.def_method(agent, "sleep", 1, host_sleep);
    vm.def_method(agent, "monotonicNow", 0, host_monotonic_now);
}

/// Installs an agent's `$262.agent` functions on `agent`.
pub(super) fn install_agent(vm: &mut Vm, agent: spindle::value::ObjId) {
    vm.def_method(agent, "receiveBroadcast", 1, host_receive_broadcast);
    vm.def_method(agent, "report", 1, host_report);
    vm.def_method(agent, "sleep", 1, host_sleep);
    vm.def_method(agent, "leaving", 0, host_leaving);
    vm.def_method(agent, "monotonicNow", 0, host_monotonic_now);
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::Undefined)
}

/// Ends the calling agent as timed out (an uncatchable termination, as the engine's own
/// deadline check does).
fn deadline_reached(vm: &mut Vm) -> Value {
    vm.terminating = Some(DEADLINE_REACHED.into());
    Value::Undefined
}

/// `$262.agent.start(source)`: a new agent running `source`; returns once it runs.
fn host_start(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let source = vm.to_rust_string(arg(args, 0))?;
    let Some(shared) = MAIN.with(|m| m.borrow().as_ref().map(|m| m.shared.clone())) else {
        return Err(vm.type_error("$262.agent.start: no test is running"));
    };
    let (tx, rx) = mpsc::channel();
    let open = Arc::new(Mutex::new(true));
    let interrupt = Arc::new(AtomicBool::new(false));
    let (ready_tx, ready_rx) = mpsc::sync_channel(1);
    let spawned = {
        let (shared, tx, open, interrupt) = (shared.clone(), tx.clone(), open.clone(), interrupt.clone());
        std::thread::Builder::new()
            .name("test262-agent".into())
            .stack_size(AGENT_STACK_SIZE)
            .spawn(move || agent_main(&source, shared, rx, tx, &open, interrupt, ready_tx))
    };
    let thread = match spawned {
        Ok(t) => t,
        Err(e) => return Err(vm.type_error(&format!("$262.agent.start: cannot start a thread: {e}"))),
    };
    let parker = loop {
        match ready_rx.recv_timeout(POLL) {
            Ok(p) => break p,
            Err(RecvTimeoutError::Disconnected) => break None,
            Err(RecvTimeoutError::Timeout) if Instant::now() >= shared.deadline => {
                let handle = AgentHandle { tx, open, interrupt, parker: None, thread };
                MAIN.with(|m| m.borrow_mut().as_mut().map(|m| m.agents.push(handle)));
                return Err(deadline_reached(vm));
            }
            Err(RecvTimeoutError::Timeout) => {}
        }
    };
    let handle = AgentHandle { tx, open, interrupt, parker, thread };
    MAIN.with(|m| m.borrow_mut().as_mut().map(|m| m.agents.push(handle)));
    Ok(Value::Undefined)
}

/// `$262.agent.broadcast(sab, num)`: hands the SharedArrayBuffer's block and the number to
/// every running agent and waits until all have retrieved them.
fn host_broadcast(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let block = match arg(args, 0) {
        Value::Object(o) => vm.shared_block(o).cloned(),
        _ => None,
    };
    let Some(block) = block else {
        return Err(vm.type_error("$262.agent.broadcast: the first argument is not a SharedArrayBuffer"));
    };
    let Some((shared, count)) = MAIN.with(|m| m.borrow().as_ref().map(|m| (m.shared.clone(), m.agents.len()))) else {
        return Err(vm.type_error("$262.agent.broadcast: no test is running"));
    };
    let mut numbers = Vec::with_capacity(count);
    for _ in 0..count {
        match structured_serialize(vm, arg(args, 1)) {
            Ok(s) => numbers.push(s),
            Err(CloneError::Thrown(e)) => return Err(e),
            Err(CloneError::DataClone(message)) => return Err(vm.type_error(&message)),
        }
    }
    let pending = Arc::new(Pending { left: Mutex::new(0), done: Condvar::new() });
    MAIN.with(|m| {
        let mut m = m.borrow_mut();
        let Some(m) = m.as_mut() else { return };
        if !m.blocks.iter().any(|b| Arc::ptr_eq(b, &block)) {
            m.blocks.push(block.clone());
        }
        for (a, number) in m.agents.iter().zip(numbers) {
            let open = lock(&a.open);
            if *open {
                *lock(&pending.left) += 1;
                // A failed send drops the message, and with it the receipt.
                let _ = a.tx.send(Event::Broadcast(block.clone(), number, Delivery(pending.clone())));
            }
        }
    });
    let mut left = lock(&pending.left);
    while *left > 0 && Instant::now() < shared.deadline {
        left = pending.done.wait_timeout(left, POLL).unwrap_or_else(|p| p.into_inner()).0;
    }
    drop(left);
    // Also when the last agent dropped the message because it reached the deadline.
    if Instant::now() >= shared.deadline {
        return Err(deadline_reached(vm));
    }
    Ok(Value::Undefined)
}

/// `$262.agent.getReport()`: the oldest report not yet retrieved, or null.
fn host_get_report(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let report = shared().and_then(|s| lock(&s.reports).pop_front());
    Ok(match report {
        Some(r) => vm.string(&r),
        None => Value::Null,
    })
}

/// `$262.agent.sleep(ms)`: blocks the agent (at most until the deadline, and only until
/// the test ends).
fn host_sleep(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let ms = vm.to_number(arg(args, 0))?;
    if ms.is_nan() || ms <= 0.0 {
        return Ok(Value::Undefined);
    }
    let d = Duration::try_from_secs_f64(ms / 1000.0).unwrap_or(Duration::from_secs(3600));
    let Some(shared) = shared() else {
        std::thread::sleep(d.min(Duration::from_secs(1)));
        return Ok(Value::Undefined);
    };
    let until = Instant::now().checked_add(d).unwrap_or(shared.deadline).min(shared.deadline);
    loop {
        let now = Instant::now();
        if now >= until || shared.stop.load(Ordering::SeqCst) {
            return Ok(Value::Undefined);
        }
        std::thread::sleep((until - now).min(POLL));
    }
}

/// `$262.agent.monotonicNow()`: milliseconds since the test started (one clock for all
/// agents of the test).
fn host_monotonic_now(_vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let start = shared().map_or_else(Instant::now, |s| s.started);
    Ok(Value::Number(start.elapsed().as_secs_f64() * 1000.0))
}

/// `$262.agent.receiveBroadcast(callback)` (agents): the function broadcasts are given to.
fn host_receive_broadcast(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let callback = arg(args, 0);
    if !vm.is_callable(callback) {
        return Err(vm.type_error("$262.agent.receiveBroadcast: the callback is not a function"));
    }
    let held = vm.persist(callback);
    let old = AGENT.with(|a| a.borrow_mut().as_mut().and_then(|a| a.callback.replace(held)));
    if let Some(old) = old {
        vm.unpersist(old);
    }
    Ok(Value::Undefined)
}

/// `$262.agent.report(value)` (agents): queues String(value) for `getReport`.
fn host_report(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = vm.to_rust_string(arg(args, 0))?;
    if let Some(shared) = shared() {
        lock(&shared.reports).push_back(s);
    }
    Ok(Value::Undefined)
}

/// `$262.agent.leaving()` (agents): the agent may end once idle.
fn host_leaving(_vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    AGENT.with(|a| {
        if let Some(a) = a.borrow_mut().as_mut() {
            a.leaving = true;
        }
    });
    Ok(Value::Undefined)
}

/// Output sink of agents: nothing they print is part of the test's output.
struct Discard;

impl Output for Discard {
    fn print(&mut self, _stream: Stream, _text: &str) {}
}

/// Closes an agent's inbox when its thread ends (normally or by unwinding): no broadcast
/// can be sent any more, and those already sent are dropped (their receipts counted).
struct CloseInbox<'a> {
    open: &'a Mutex<bool>,
    rx: &'a Receiver<Event>,
}

impl Drop for CloseInbox<'_> {
    fn drop(&mut self) {
        let mut open = lock(self.open);
        *open = false;
        while self.rx.try_recv().is_ok() {}
    }
}

/// The agent thread.
fn agent_main(
    source: &str,
    shared: Arc<Shared>,
    rx: Receiver<Event>,
    tx: Sender<Event>,
    open: &Mutex<bool>,
    interrupt: Arc<AtomicBool>,
    ready: mpsc::SyncSender<Option<Arc<dyn Parker>>>,
) {
    let _close = CloseInbox { open, rx: &rx };
    let mut vm = Vm::new(VmOptions {
        deadline: Some(shared.deadline),
        gc_stress: shared.gc_stress,
        max_heap_bytes: Some(AGENT_HEAP_BYTES),
        can_block: true,
        interrupt: Some(interrupt),
        ..Default::default()
    });
    let parker = ThreadParker::current();
    vm.agent.parker = Some(parker.clone());
    vm.set_output(Box::new(Discard));
    let _waker = register_async_waker(
        vm.agent.signifier,
        Arc::new(move |w| {
            let _ = tx.send(Event::Notified(w));
        }),
    );
    AGENT.with(|a| *a.borrow_mut() = Some(AgentContext { shared: shared.clone(), callback: None, leaving: false }));
    super::install_host(&mut vm);
    let _ = ready.send(Some(parker));
    let error = run_agent(&mut vm, source, &shared, &rx);
    AGENT.with(|a| a.borrow_mut().take());
    if let Some(e) = error
        && !shared.stop.load(Ordering::SeqCst)
    {
        lock(&shared.errors).push(e);
    }
}

/// A broadcast waiting for the agent's callback.
type Broadcast = (Arc<SharedBlock>, Serialized, Delivery);

/// Evaluates the agent's script, then runs its event loop (see the module docs). Returns
/// the uncaught error that ended the agent, if one did.
fn run_agent(vm: &mut Vm, source: &str, shared: &Shared, rx: &Receiver<Event>) -> Option<ThrownError> {
    if let Err(e) = vm.eval_script(source, "agent") {
        return failure(vm, e);
    }
    // The blocks this agent received, where its waitAsync waiters can be notified.
    let mut blocks: Vec<Arc<SharedBlock>> = Vec::new();
    let mut broadcasts: VecDeque<Broadcast> = VecDeque::new();
    loop {
        if shared.stop.load(Ordering::SeqCst) {
            return None;
        }
        if let Err(e) = vm.run_microtasks() {
            return failure(vm, ScriptError::Thrown(e));
        }
        if vm.run_wait_async_timeouts(Instant::now()) {
            continue;
        }
        let (callback, leaving) = AGENT.with(|a| a.borrow().as_ref().map_or((None, true), |a| (a.callback, a.leaving)));
        if let Some(callback) = callback
            && let Some(b) = broadcasts.pop_front()
        {
            if let Err(e) = deliver(vm, callback, b, &mut blocks) {
                return failure(vm, ScriptError::Thrown(e));
            }
            continue;
        }
        let event = match rx.try_recv() {
            Ok(ev) => Some(ev),
            Err(TryRecvError::Disconnected) => return None,
            Err(TryRecvError::Empty) => {
                // Idle: end when nothing can happen any more.
                let listening = callback.is_some() && !leaving;
                let waiting = !vm.agent.async_timeouts.is_empty() || owns_async_waiters(vm, &blocks);
                if !listening && !waiting {
                    // Waiters notified after the scan above were in a list during it, so
                    // an empty inbox now means nothing is on its way (broadcasts are sent
                    // only while `open` is set, under its lock: see CloseInbox).
                    return None;
                }
                let now = Instant::now();
                if now >= shared.deadline {
                    return None;
                }
                let until = vm.next_wait_async_timeout().map_or(shared.deadline, |t| t.min(shared.deadline));
                match rx.recv_timeout(until.saturating_duration_since(now)) {
                    Ok(ev) => Some(ev),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => return None,
                }
            }
        };
        match event {
            Some(Event::Broadcast(block, number, delivery)) => broadcasts.push_back((block, number, delivery)),
            Some(Event::Notified(w)) => vm.settle_notified_async_waiter(&w),
            Some(Event::Stop) => return None,
            None => {}
        }
    }
}

/// Whether a waitAsync waiter of this agent is still waiting in one of `blocks`.
fn owns_async_waiters(vm: &Vm, blocks: &[Arc<SharedBlock>]) -> bool {
    let me = vm.agent.signifier;
    blocks
        .iter()
        .any(|b| b.waiters.lock().iter().any(|w| matches!(w.kind, WaiterKind::Async { agent, .. } if agent == me)))
}

/// Hands a broadcast to the agent's callback: a SharedArrayBuffer over the same block and
/// the number.
fn deliver(
    vm: &mut Vm,
    callback: Persistent,
    (block, number, delivery): Broadcast,
    blocks: &mut Vec<Arc<SharedBlock>>,
) -> JsResult<Value> {
    if !blocks.iter().any(|b| Arc::ptr_eq(b, &block)) {
        blocks.push(block.clone());
    }
    let proto = vm.intrinsics().extra.get("%SharedArrayBuffer.prototype%").copied();
    let sab = vm.heap.alloc_object(Object::new(proto, ObjectKind::SharedArrayBuffer(block)));
    let held = vm.persist(Value::Object(sab));
    let number = structured_deserialize(vm, number);
    // Retrieved: the broadcaster may go on.
    drop(delivery);
    let f = vm.persistent(callback);
    let result = vm.call(f, Value::Undefined, &[Value::Object(sab), number]);
    vm.unpersist(held);
    result
}

/// The error that ended an agent, unless it was stopped (deadline, end of the test).
fn failure(vm: &mut Vm, e: ScriptError) -> Option<ThrownError> {
    match e {
        // The main agent's run met it: a runtime error.
        ScriptError::Syntax(e) => Some(ThrownError {
            phase: ErrorPhase::Runtime,
            name: "SyntaxError".into(),
            message: format!("in an agent: {}", e.message),
        }),
        ScriptError::Thrown(v) => match vm.terminating.take() {
            Some(reason) if reason == DEADLINE_REACHED || reason == INTERRUPTED => None,
            Some(reason) => Some(ThrownError { phase: ErrorPhase::Runtime, name: "Fatal".into(), message: reason }),
            None => {
                let mut e = super::describe_thrown(vm, v);
                e.message = format!("in an agent: {}", e.message);
                Some(e)
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::time::{Duration, Instant};

    use crate::executor::{ExecJob, ExecOutcome};

    /// Runs `source` as a script test on a thread with the worker's stack.
    fn run(source: &str, timeout: Duration) -> (ExecOutcome, Duration) {
        let job = ExecJob {
            prelude: String::new(),
            source: source.to_string(),
            filename: "test/agent.js".into(),
            module: false,
            deadline: Instant::now() + timeout,
            test_dir: PathBuf::new(),
            gc_stress: false,
            can_block: true,
        };
        std::thread::Builder::new()
            .stack_size(crate::worker::WORKER_STACK_SIZE)
            .spawn(move || {
                let start = Instant::now();
                let out = super::super::executor().execute(&job);
                (out, start.elapsed())
            })
            .unwrap()
            .join()
            .unwrap()
    }

    const WAIT_AND_NOTIFY: &str = r#"
        var i32a = new Int32Array(new SharedArrayBuffer(8));
        for (var i = 0; i < 3; i++) {
          $262.agent.start(`
            $262.agent.receiveBroadcast(function(sab, n) {
              var i32a = new Int32Array(sab);
              Atomics.add(i32a, 1, 1);
              $262.agent.report(Atomics.wait(i32a, 0, 0) + ":" + n);
              $262.agent.leaving();
            });
          `);
        }
        $262.agent.broadcast(i32a.buffer, 5);
        while (Atomics.load(i32a, 1) !== 3) {}
        var woken = 0;
        while (woken < 3) woken += Atomics.notify(i32a, 0);
        for (var i = 0; i < 3; i++) {
          var r;
          while ((r = $262.agent.getReport()) === null) $262.agent.sleep(1);
          if (r !== "ok:5") throw new Error("report " + r);
        }
        if ($262.agent.getReport() !== null) throw new Error("one report too many");
    "#;

    #[test]
    fn agents_wait_on_the_broadcast_block_and_are_notified() {
        let (out, _) = run(WAIT_AND_NOTIFY, Duration::from_secs(20));
        assert_eq!(out, ExecOutcome::default());
    }

    #[test]
    fn agents_wait_asynchronously_and_are_notified() {
        let source = r#"
            var i32a = new Int32Array(new SharedArrayBuffer(8));
            $262.agent.start(`
              $262.agent.receiveBroadcast(async function(sab) {
                var i32a = new Int32Array(sab);
                var result = Atomics.waitAsync(i32a, 0, 0).value;
                Atomics.add(i32a, 1, 1);
                $262.agent.report(await result);
                $262.agent.leaving();
              });
            `);
            $262.agent.broadcast(i32a.buffer);
            while (Atomics.load(i32a, 1) !== 1) {}
            if (Atomics.notify(i32a, 0) !== 1) throw new Error("no waiter");
            var r;
            while ((r = $262.agent.getReport()) === null) $262.agent.sleep(1);
            if (r !== "ok") throw new Error("report " + r);
        "#;
        let (out, _) = run(source, Duration::from_secs(20));
        assert_eq!(out, ExecOutcome::default());
    }

    #[test]
    fn stuck_agents_end_with_the_test() {
        let source = r#"
            var i32a = new Int32Array(new SharedArrayBuffer(8));
            $262.agent.start(`
              $262.agent.receiveBroadcast(function(sab) {
                var i32a = new Int32Array(sab);
                Atomics.add(i32a, 1, 1);
                Atomics.wait(i32a, 0, 0);
              });
            `);
            $262.agent.broadcast(i32a.buffer);
            while (Atomics.load(i32a, 1) !== 1) {}
            $262.agent.start("for (;;) {}");
            $262.agent.start("$262.agent.sleep(1e9)");
        "#;
        let (out, took) = run(source, Duration::from_secs(20));
        assert_eq!(out, ExecOutcome::default());
        assert!(took < Duration::from_secs(10), "{took:?}");
    }

    #[test]
    fn a_broadcast_nobody_retrieves_times_out() {
        let source = r#"
            $262.agent.start("for (;;) {}");
            $262.agent.broadcast(new SharedArrayBuffer(8));
        "#;
        let (out, took) = run(source, Duration::from_millis(500));
        assert!(out.timed_out, "{out:?}");
        assert!(took < Duration::from_secs(5), "{took:?}");
    }

    #[test]
    fn an_agent_error_fails_the_test() {
        let (out, _) =
            run("$262.agent.start('throw new RangeError(\"boom\")'); $262.agent.sleep(200);", Duration::from_secs(20));
        let e = out.error.expect("an error");
        assert_eq!((e.name.as_str(), e.message.as_str()), ("RangeError", "in an agent: boom"));
    }
}
