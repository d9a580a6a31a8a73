//! The event loop (the guide's "Host runtime"): script, microtask checkpoint, then timers
//! one by one, each followed by a checkpoint, sleeping on tokio until the next timer.

use crate::host::{RuntimeHost, with_runtime};
use crate::node::process::events as process_events;
use crate::{Outcome, RunOptions, describe_thrown, describe_uncaught, timers};
use spindle::Value;
use spindle::builtins::arg;
use spindle::jobs::Job;
use spindle::object::NativeCall;
use spindle::vm::{DEADLINE_REACHED, JsResult, ScriptError, Vm};
use std::task::{Context, Poll};
use tokio::time::{Duration, Instant};

/// Turns of the loop one poll runs before it yields to the host's executor.
pub const TURNS_PER_POLL: usize = 64;

/// Why an embedder's loop cannot run.
const NO_TOKIO: &str = "Spindle's event loop must be polled inside a tokio runtime with its time driver enabled";

/// What a turn of the loop leaves.
enum Turn {
    /// Nothing keeps the loop alive.
    Idle,
    /// More work is ready: run another turn.
    Again,
    /// Waiting for a timer, a completion or a signal (wakers registered).
    Wait,
}

/// An engine with the runtime's host installed (holding `options.argv`) and its host
/// functions defined (setTimeout and friends, queueMicrotask).
pub fn new_engine(options: &RunOptions) -> Vm {
    let mut vm = Vm::new(options.vm.clone());
    // The agent thread parks in Atomics.wait (used only when `options.vm.can_block`).
    vm.agent.parker = Some(spindle::binary::waiters::ThreadParker::current());
    vm.set_host(Box::new(RuntimeHost {
        argv: options.argv.clone(),
        exec_argv: options.exec_argv.clone(),
        env_vars: options.env.clone(),
        unhandled_rejections: options.unhandled_rejections,
        no_warnings: options.no_warnings,
        permissions: (!options.permissions.is_all()).then(|| options.permissions.clone()),
        resources: options.resources.clone(),
        base_url: options.base_url.clone(),
        ..RuntimeHost::default()
    }));
    with_runtime(&mut vm, |_, h| {
        h.loader.permissions = h.permissions.clone();
        h.loader.resources = h.resources.clone();
    });
    // Atomics.waitAsync promises another thread's notify settles: settled on this agent's
    // thread, in its poll phase.
    let post = with_runtime(&mut vm, |_, h| h.io.sender());
    let waker: spindle::binary::waiters::AsyncWaker = std::sync::Arc::new(move |w| {
        let _ = post.send(Box::new(move |vm: &mut Vm| {
            vm.settle_notified_async_waiter(&w);
            Ok(())
        }));
    });
    let registration = spindle::binary::waiters::register_async_waker(vm.agent.signifier, waker);
    with_runtime(&mut vm, |_, h| h.async_waker = Some(registration));
    timers::install(&mut vm);
    crate::immediate::install(&mut vm);
    crate::web::install(&mut vm);
    crate::node::process::start_clock();
    crate::node::process::install(&mut vm);
    let global = vm.global_object();
    vm.def_method(global, "queueMicrotask", 1, queue_microtask);
    vm
}

/// queueMicrotask ( callback ) (HTML §8.6, as Node provides it)
fn queue_microtask(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let callback = arg(args, 0);
    if !vm.is_callable(callback) {
        return Err(crate::web::errors::invalid_arg_type(vm, "callback", "function", callback));
    }
    vm.enqueue_job(Job::Callback { callback });
    Ok(Value::Undefined)
}

/// An engine and the loop driving it.
pub struct EventLoop {
    pub vm: Vm,
    start: Instant,
    /// The run's time limit and when it ends (`RunOptions::timeout`).
    timeout: Option<(Duration, Instant)>,
    /// The promise of the main ES module's evaluation: a rejection ends the run like an
    /// uncaught exception.
    main_module: Option<(spindle::value::ObjId, spindle::jobs::Persistent)>,
    /// The exception that ended the run, kept for a host that wants the value itself (a
    /// worker's parent gets it as its `error` event).
    uncaught_value: Option<spindle::jobs::Persistent>,
    /// The sleep until the next timer, made on first use (it needs tokio's runtime) and
    /// reset for each wait.
    sleep: Option<std::pin::Pin<Box<tokio::time::Sleep>>>,
}

/// What a run starts from.
pub enum Entry<'a> {
    /// A classic script (`-e`, stdin) with `require` and friends as globals.
    Script { source: &'a str, name: &'a str },
    /// A file, run as CommonJS or as an ES module by Node's rules (extension, package
    /// `"type"`, syntax detection), or always as a module (`--module`).
    File { path: &'a std::path::Path, source: &'a str, force_module: bool },
    /// Source text run as an ES module (`-e` with `--input-type=module`).
    ModuleSource { source: &'a str },
    /// An ES module fetched from a URL (a module web worker's script).
    Module { source: &'a str, url: &'a str },
}

impl EventLoop {
    pub fn new(mut vm: Vm, timeout: Option<Duration>) -> EventLoop {
        let start = Instant::now();
        with_runtime(&mut vm, |_, h| h.timers.origin = Some(start.into_std()));
        // The engine's deadline (set by run_script) is the earlier clock reading, if any.
        let end = vm.options.deadline.map(Instant::from_std);
        let timeout = timeout.and_then(|t| Some((t, end.or_else(|| start.checked_add(t))?)));
        EventLoop { vm, start, timeout, main_module: None, uncaught_value: None, sleep: None }
    }

    /// Runs `source` as the main script, then the loop until nothing is pending.
    pub async fn run_main(&mut self, source: &str, file: &str) -> Outcome {
        self.run_entry(Entry::Script { source, name: file }).await
    }

    /// Runs the program's entry, then the loop until nothing is pending.
    pub async fn run_entry(&mut self, entry: Entry<'_>) -> Outcome {
        match self.run(entry).await {
            Ok(()) => Outcome::Ok,
            Err(outcome) => outcome,
        }
    }

    async fn run(&mut self, entry: Entry<'_>) -> Result<(), Outcome> {
        self.update_now();
        let file = match &entry {
            Entry::Script { name, .. } => name.to_string(),
            Entry::File { path, .. } => path.display().to_string(),
            Entry::ModuleSource { .. } => "[eval1]".to_string(),
            Entry::Module { url, .. } => url.to_string(),
        };
        crate::trace::script_begin(&mut self.vm, &file);
        match entry {
            Entry::Script { source, name } => {
                crate::loader::cjs::define_script_globals(&mut self.vm, name);
                match self.vm.eval_script(source, name) {
                    Ok(_) => {}
                    Err(ScriptError::Syntax(e)) => return Err(Outcome::SyntaxError(e.to_string())),
                    Err(ScriptError::Thrown(v)) => self.report(v)?,
                }
            }
            Entry::File { path, source, force_module } => {
                let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
                let path = std::fs::canonicalize(&path).unwrap_or(path);
                if force_module || crate::loader::entry_is_module(&mut self.vm, &path, source) {
                    let url = crate::loader::resolve::file_url(&path);
                    self.start_module(source, &url)?;
                } else {
                    match crate::loader::cjs::run_main(&mut self.vm, &path, source) {
                        Ok(()) => {}
                        Err(crate::loader::cjs::MainError::Syntax(e)) => {
                            return Err(Outcome::SyntaxError(e.to_string()));
                        }
                        Err(crate::loader::cjs::MainError::Thrown(v)) => self.report(v)?,
                    }
                }
            }
            Entry::ModuleSource { source } => {
                let cwd = std::env::current_dir().unwrap_or_default();
                let url = crate::loader::resolve::file_url(&cwd.join("[eval1]"));
                self.start_module(source, &url)?;
            }
            Entry::Module { source, url } => self.start_module(source, url)?,
        }
        self.checkpoint()?;
        crate::trace::task_end(&mut self.vm);
        loop {
            self.run_until_idle().await?;
            // Node's SpinEventLoop: `beforeExit` once the loop is empty; if its listeners
            // scheduled more work, the loop runs again.
            let code = crate::node::process::exit_code(&mut self.vm).map_err(|v| self.uncaught(v))?;
            if let Err(v) = process_events::emit(&mut self.vm, "beforeExit", &[Value::Number(f64::from(code))]) {
                self.report(v)?;
            }
            self.checkpoint()?;
            if !self.is_alive() {
                break;
            }
        }
        let code = crate::node::process::exit_code(&mut self.vm).map_err(|v| self.uncaught(v))?;
        if let Err(v) = process_events::emit_exit(&mut self.vm, code, false) {
            return Err(self.uncaught(v));
        }
        // The promise jobs the `exit` listeners queued still run (V8's checkpoint at the end
        // of the callback); their nextTicks do not.
        self.run_microtasks()?;
        let code = crate::node::process::exit_code(&mut self.vm).map_err(|v| self.uncaught(v))?;
        if code != 0 {
            return Err(Outcome::Exit(code));
        }
        if let Some((p, _)) = self.main_module
            && matches!(self.vm.promise_state(p), Some((spindle::jobs::PromiseState::Pending, _)))
        {
            // Node exits with 13 when the main module's top-level await never settles.
            return Err(Outcome::UnsettledTopLevelAwait);
        }
        Ok(())
    }

    /// uv_run's uv__loop_alive: a referenced timer or Immediate, or a pending `import()`.
    fn is_alive(&mut self) -> bool {
        with_runtime(&mut self.vm, |_, h| {
            h.timers.has_refed()
                || h.immediates.has_refed()
                || !h.loader.deferred.is_empty()
                || h.io.pending > 0
                || h.io_ready.is_some()
                || !h.host_futures.is_empty()
                || h.keep_alive.is_held()
        })
    }

    /// The poll phase: the I/O completions posted so far, each followed by a checkpoint.
    fn poll_io(&mut self) -> Result<(), Outcome> {
        loop {
            let next = with_runtime(&mut self.vm, |_, h| h.io_ready.take().or_else(|| h.io.try_next()));
            let Some(completion) = next else { return Ok(()) };
            self.run_completion(completion)?;
        }
    }

    /// Runs a completion (an I/O callback, a host future's), then a checkpoint.
    fn run_completion(&mut self, completion: impl FnOnce(&mut Vm) -> JsResult<()>) -> Result<(), Outcome> {
        self.check_timeout()?;
        // What the completion roots lives as long as its callback: the loop is not a
        // native call whose return would drop it.
        let mark = self.vm.roots.len();
        crate::trace::task_begin(&mut self.vm, "io", None);
        let r = completion(&mut self.vm);
        self.vm.roots.truncate(mark);
        if let Err(v) = r {
            self.report(v)?;
        }
        let r = self.checkpoint();
        crate::trace::task_end(&mut self.vm);
        r
    }

    /// Parses, loads, links and starts evaluating the main ES module.
    fn start_module(&mut self, source: &str, url: &str) -> Result<(), Outcome> {
        let m = match crate::loader::parse_entry(&mut self.vm, source, url) {
            Ok(m) => m,
            Err(e) => return Err(Outcome::SyntaxError(e.to_string())),
        };
        let loaded = self.vm.load_requested_modules(m);
        let held = self.vm.persist(Value::Object(loaded));
        let r = self.checkpoint();
        let state = self.vm.promise_state(loaded);
        self.vm.unpersist(held);
        r?;
        if let Some((spindle::jobs::PromiseState::Rejected, e)) = state {
            return Err(self.uncaught(e));
        }
        if let Err(e) = self.vm.link_module(m) {
            return Err(self.uncaught(e));
        }
        let evaluated = self.vm.evaluate_module(m);
        let held = self.vm.persist(Value::Object(evaluated));
        // Handled here: its rejection is reported as the program's uncaught error.
        self.vm.perform_promise_then(evaluated, Value::Undefined, Value::Undefined, spindle::jobs::Capability::None);
        self.main_module = Some((evaluated, held));
        // Node evaluates the main module inside a promise job (its ESM loader is async), so
        // the promise jobs the body queued run before its nextTick callbacks.
        self.run_microtasks()?;
        self.check_main_module()
    }

    /// Reports the main module's evaluation error, once, if it has rejected.
    fn check_main_module(&mut self) -> Result<(), Outcome> {
        if let Some((p, _)) = self.main_module
            && let Some((spindle::jobs::PromiseState::Rejected, e)) = self.vm.promise_state(p)
        {
            if let Some((_, held)) = self.main_module.take() {
                self.vm.root(e);
                self.vm.unpersist(held);
            }
            return self.report(e);
        }
        Ok(())
    }

    /// Drains the job queue; a job's uncaught exception is reported and the rest still run.
    pub(crate) fn run_microtasks(&mut self) -> Result<(), Outcome> {
        while let Err(v) = self.vm.run_microtasks() {
            self.report(v)?;
        }
        Ok(())
    }

    /// Runs the loop until nothing keeps it alive (no referenced timer, Immediate, I/O
    /// operation, host future or keep-alive handle), or the time limit passes.
    pub async fn run_until_idle(&mut self) -> Result<(), Outcome> {
        std::future::poll_fn(|cx| self.poll_event_loop(cx)).await
    }

    /// Runs the loop until `external` completes (its output), as a host does that waits for
    /// input of its own (the REPL's next line) while timers and Immediates go on firing.
    /// `external` is looked at only once the loop has run what it could run without
    /// waiting, so work already due goes first; with nothing left, the loop just waits.
    pub async fn run_until<F: Future>(&mut self, mut external: std::pin::Pin<&mut F>) -> Result<F::Output, Outcome> {
        std::future::poll_fn(|cx| {
            if let Poll::Ready(Err(outcome)) = self.poll_event_loop(cx) {
                return Poll::Ready(Err(outcome));
            }
            external.as_mut().poll(cx).map(Ok)
        })
        .await
    }

    /// Runs turns of the loop until it must wait (Pending, with a waker registered for
    /// every source that can wake it: the next timer, an I/O completion, a host future, a
    /// signal) or until nothing keeps it alive (Ready). A host that owns its own loop polls
    /// this; it never busy-waits, and after [`TURNS_PER_POLL`] turns in a row (one while
    /// host futures are in flight) it yields, waking itself, so a loop that always has work
    /// starves neither the host's other tasks nor its own futures.
    pub fn poll_event_loop(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Outcome>> {
        self.poll_event_loop_until(cx, |_| false)
    }

    /// [`poll_event_loop`](Self::poll_event_loop) that also returns Ready once `done` holds
    /// after a turn (a promise the host awaits has settled).
    pub fn poll_event_loop_until(
        &mut self,
        cx: &mut Context<'_>,
        mut done: impl FnMut(&mut Vm) -> bool,
    ) -> Poll<Result<(), Outcome>> {
        // While host futures are in flight, one turn per poll: tokio defers the wake-up of
        // a future that yields (`yield_now`) until its executor runs again, so more turns
        // per poll would give JavaScript many turns per poll of the future.
        let turns = if with_runtime(&mut self.vm, |_, h| h.host_futures.is_empty()) { TURNS_PER_POLL } else { 1 };
        for _ in 0..turns {
            match self.turn(cx) {
                Err(outcome) => return Poll::Ready(Err(outcome)),
                Ok(_) if done(&mut self.vm) => return Poll::Ready(Ok(())),
                Ok(Turn::Idle) => return Poll::Ready(Ok(())),
                Ok(Turn::Again) => {}
                Ok(Turn::Wait) => return Poll::Pending,
            }
        }
        cx.waker().wake_by_ref();
        Poll::Pending
    }

    /// One turn of the loop: libuv's phases (timers, poll, check), each callback followed
    /// by a microtask checkpoint; then whether to go on at once, wait, or stop.
    fn turn(&mut self, cx: &mut Context<'_>) -> Result<Turn, Outcome> {
        self.update_now();
        // uv_run's uv__loop_alive: with no referenced timer or Immediate and no pending
        // `import()` left, the loop ends before running any phase (unref'd timers and
        // Immediates never fire on their own).
        if !self.is_alive() {
            return Ok(Turn::Idle);
        }
        // Node's listOnTimeout runs the ticks and microtasks before each timer but the
        // first of a batch; a timer that throws ends its processTimers call, so the next
        // due timer runs before the thrower's ticks (the checkpoint is owed).
        let mut owed = false;
        while let Some(due) = timers::take_due(&mut self.vm) {
            self.check_timeout()?;
            let mark = self.vm.roots.len();
            self.vm.roots.push(due.callback);
            self.vm.roots.push(due.this);
            self.vm.roots.extend_from_slice(&due.args);
            crate::trace::task_begin(&mut self.vm, "timer", Some(due.callback));
            let r = self.vm.call(due.callback, due.this, &due.args);
            self.vm.roots.truncate(mark);
            match r {
                Ok(_) => {
                    self.checkpoint()?;
                    owed = false;
                }
                Err(v) => {
                    self.report(v)?;
                    owed = true;
                }
            }
            crate::trace::task_end(&mut self.vm);
        }
        if owed {
            self.checkpoint()?;
        }
        // Atomics.waitAsync timeouts (V8's delayed tasks: due ones run, but they do not
        // keep the process alive on their own).
        if self.vm.run_wait_async_timeouts(std::time::Instant::now()) {
            self.checkpoint()?;
        }
        self.poll_io()?;
        self.poll_host_futures(cx)?;
        // Ticks left by a nextTick callback that threw run before the check phase.
        if with_runtime(&mut self.vm, |_, h| !h.ticks.is_empty()) {
            self.checkpoint()?;
        }
        // The check phase: the Immediates queued before it, each followed by a checkpoint
        // (owed, as for timers, after one that threw).
        let mut owed = false;
        for immediate in crate::immediate::take_batch(&mut self.vm) {
            self.check_timeout()?;
            let mark = self.vm.roots.len();
            crate::trace::task_begin(&mut self.vm, "immediate", None);
            let r = crate::immediate::run_one(&mut self.vm, immediate);
            self.vm.roots.truncate(mark);
            match r {
                Ok(true) => {
                    self.checkpoint()?;
                    owed = false;
                }
                Ok(false) => {}
                Err(v) => {
                    self.report(v)?;
                    owed = true;
                }
            }
            crate::trace::task_end(&mut self.vm);
        }
        if owed {
            self.checkpoint()?;
        }
        self.deliver_signals()?;
        // `import()` loads complete after this turn's check phase, as Node's asynchronous
        // file reads do (an Immediate queued with the import runs first).
        while crate::loader::run_deferred_loads(&mut self.vm) {
            self.checkpoint()?;
        }
        let (refed, next, loads, immediates) = with_runtime(&mut self.vm, |_, host| {
            (
                host.timers.has_refed(),
                host.timers.next_deadline(),
                !host.loader.deferred.is_empty(),
                (host.immediates.has_refed(), host.immediates.is_empty()),
            )
        });
        if loads || immediates.0 || (!immediates.1 && refed) {
            // An `import()` or an Immediate is waiting: the next turn runs it without
            // sleeping (unref'd Immediates only run while something else keeps the loop
            // alive).
            return Ok(Turn::Again);
        }
        let waits_for_completions =
            with_runtime(&mut self.vm, |_, h| h.io.pending > 0 || !h.host_futures.is_empty() || h.keep_alive.is_held());
        let mut wake = match next.filter(|_| refed) {
            Some(next) => self.start + Duration::from_millis(next),
            // Only I/O or host futures keep the loop alive: sleep until a completion arrives.
            None if waits_for_completions => self.start + Duration::from_secs(86_400 * 365),
            None => return Ok(Turn::Again),
        };
        if let Some(due) = self.vm.next_wait_async_timeout() {
            wake = wake.min(Instant::from_std(due));
        }
        if let Some((_, end)) = self.timeout {
            wake = wake.min(end);
        }
        if self.wait(cx, wake)?.is_ready() {
            self.check_timeout()?;
            return Ok(Turn::Again);
        }
        // Idle: if weak handles (ports not started) were made since the last idle collection
        // and some are still held, collect now, so those that script code dropped are found
        // (their partners hear `close`) without waiting for the heap to grow. Another turn
        // picks up what that posted.
        if self.vm.idle_collection() {
            crate::worker::port::release_collected(&mut self.vm);
            return Ok(Turn::Again);
        }
        Ok(Turn::Wait)
    }

    /// Registers the loop's waker with every source that can wake it — the sleep until
    /// `wake`, the completion queue, the signals `process` listens for — and says whether
    /// one of them is ready already. Host futures registered theirs when they were polled.
    fn wait(&mut self, cx: &mut Context<'_>, wake: Instant) -> Result<Poll<()>, Outcome> {
        match &mut self.sleep {
            Some(sleep) => sleep.as_mut().reset(wake),
            None => {
                // tokio's timers need its runtime: an embedder polling the loop elsewhere
                // gets an error, not a panic.
                if tokio::runtime::Handle::try_current().is_err() {
                    return Err(Outcome::Fatal(NO_TOKIO.into()));
                }
                self.sleep = Some(Box::pin(tokio::time::sleep_until(wake)));
            }
        }
        if let Some(sleep) = &mut self.sleep
            && sleep.as_mut().poll(cx).is_ready()
        {
            return Ok(Poll::Ready(()));
        }
        let vm = &mut self.vm;
        let io = with_runtime(vm, |_, h| match h.io.poll_next(cx) {
            Poll::Ready(Some(c)) => {
                h.io_ready = Some(c);
                Poll::Ready(())
            }
            _ => Poll::Pending,
        });
        if io.is_ready() {
            return Ok(io);
        }
        Ok(with_runtime(vm, |_, h| h.signals.poll(cx)))
    }

    /// The host futures' part of the poll phase (`embed::HostFutures`): each one that has
    /// finished settles its promise (or runs its completion), followed by a checkpoint. A
    /// future is polled only when its waker was woken, and the set yields after a bounded
    /// number of polls, so a future that keeps waking itself gets one poll per turn and
    /// promise jobs, timers and Immediates run in between.
    fn poll_host_futures(&mut self, cx: &mut Context<'_>) -> Result<(), Outcome> {
        loop {
            let Poll::Ready(Some(completion)) = with_runtime(&mut self.vm, |_, h| h.host_futures.poll_next(cx)) else {
                return Ok(());
            };
            self.run_completion(completion)?;
        }
    }

    /// Emits the signals that arrived as `process.emit(name, name)`; a signal nobody
    /// listens for any more ends the process as its default action would.
    fn deliver_signals(&mut self) -> Result<(), Outcome> {
        let waker = std::task::Waker::noop();
        let received = with_runtime(&mut self.vm, |_, h| {
            if h.signals.is_listening() {
                let _ = h.signals.poll(&mut std::task::Context::from_waker(waker));
            }
            std::mem::take(&mut h.signals.received)
        });
        for name in received {
            let listeners = process_events::listener_count(&mut self.vm, &name).map_err(|v| self.uncaught(v))?;
            if listeners == 0 {
                return Err(Outcome::Exit(crate::node::process::signals::exit_status(&name)));
            }
            let n = self.vm.string(&name);
            let number = Value::Number(f64::from(crate::node::process::signals::signal_number(&name).unwrap_or(0)));
            if let Err(v) = process_events::emit(&mut self.vm, &name, &[n, number]) {
                self.report(v)?;
            }
            self.checkpoint()?;
        }
        Ok(())
    }

    /// Ends the run once the time limit has passed.
    fn check_timeout(&self) -> Result<(), Outcome> {
        match self.timeout {
            Some((limit, end)) if Instant::now() >= end => Err(Outcome::TimedOut(limit)),
            _ => Ok(()),
        }
    }

    /// libuv's uv_update_time: the loop's cached clock, in whole milliseconds.
    fn update_now(&mut self) {
        let now = self.start.elapsed().as_millis() as u64;
        with_runtime(&mut self.vm, |_, host| host.timers.now = host.timers.now.max(now));
    }

    /// A microtask checkpoint (Node: lib/internal/process/task_queues.js
    /// processTicksAndRejections): drain the job queue, then process the rejections still
    /// unhandled, then run FinalizationRegistry cleanups the collector queued.
    pub fn checkpoint(&mut self) -> Result<(), Outcome> {
        // The checkpoint itself is a safepoint, so a chain of macrotasks (timers) that never
        // loops or calls script code still lets the collector run.
        if let Err(v) = self.vm.host_safepoint() {
            return Err(self.uncaught(v));
        }
        // Node's processTicksAndRejections: every nextTick callback, then every microtask,
        // again while either queued more ticks.
        loop {
            loop {
                if let Err(v) = crate::node::process::run_ticks(&mut self.vm) {
                    // Node's processTicksAndRejections unwinds with the exception: the
                    // rest of the checkpoint waits for the next callback's end.
                    return self.report(v);
                }
                self.run_microtasks()?;
                if with_runtime(&mut self.vm, |_, h| h.ticks.is_empty()) {
                    break;
                }
            }
            self.check_main_module()?;
            if !self.process_promise_rejections()? {
                break;
            }
        }
        if let Err(v) = self.vm.run_finalization_cleanups() {
            self.report(v)?;
        }
        crate::worker::port::release_collected(&mut self.vm);
        self.run_microtasks()?;
        // HTML §8.1.7.3 perform a microtask checkpoint, step 6: ClearKeptObjects, so a
        // WeakRef made by a task that queued no job lets its target go after the task.
        self.vm.clear_kept_objects();
        // HTML §10.2.1.2: a worker whose scope called close() runs no further task.
        if with_runtime(&mut self.vm, |_, h| h.closing) {
            return Err(Outcome::Exit(0));
        }
        Ok(())
    }

    /// Node's processPromiseRejections (lib/internal/process/promises.js): first
    /// `rejectionHandled` for reported rejections that got a handler since, then each
    /// promise still without a handler, in rejection order, as the `--unhandled-rejections`
    /// mode says (default `throw`: `unhandledRejection` listeners, else an uncaught
    /// exception). Whether anything was processed (listeners may have queued work).
    fn process_promise_rejections(&mut self) -> Result<bool, Outcome> {
        use process_events::UnhandledRejections as Mode;
        let (handled_later, pending, mode) = with_runtime(&mut self.vm, |_, h| {
            (std::mem::take(&mut h.handled_later), std::mem::take(&mut h.pending_rejections), h.unhandled_rejections)
        });
        let processed = !handled_later.is_empty() || !pending.is_empty();
        for (held, uid) in handled_later {
            let promise = self.vm.persistent(held);
            self.vm.root(promise);
            self.vm.unpersist(held);
            match process_events::emit(&mut self.vm, "rejectionHandled", &[promise]) {
                Ok(true) => {}
                Ok(false) => {
                    if let Err(v) = process_events::warn_handled_rejection(&mut self.vm, u64::from(uid)) {
                        self.report(v)?;
                    }
                }
                Err(v) => self.report(v)?,
            }
        }
        let mut pending = pending.into_iter();
        while let Some((promise, held)) = pending.next() {
            self.vm.root(Value::Object(promise));
            self.vm.unpersist(held);
            let reason = self.vm.promise_state(promise).map_or(Value::Undefined, |(_, r)| r);
            let uid = with_runtime(&mut self.vm, |_, h| {
                h.rejection_ids += 1;
                h.rejection_ids
            });
            if let Some(data) = self.vm.promise_data_mut(promise) {
                data.host_mark = uid;
            }
            // A web worker's global fires `unhandledrejection` at itself instead (HTML
            // §8.1.5.1 "notify about rejected promises").
            if let Some(report) = with_runtime(&mut self.vm, |_, h| h.report_exception) {
                let report = self.vm.persistent(report);
                if let Err(v) =
                    self.vm.call(report, Value::Undefined, &[reason, Value::Bool(true), Value::Object(promise)])
                {
                    self.report(v)?;
                }
                continue;
            }
            let r = match mode {
                Mode::Throw => match self.emit_unhandled_rejection(reason, promise)? {
                    true => Ok(()),
                    false => self.report_rejection(reason),
                },
                Mode::Strict => {
                    self.report_rejection(reason)?;
                    if !self.emit_unhandled_rejection(reason, promise)? {
                        self.warn_unhandled(uid, reason)?;
                    }
                    Ok(())
                }
                Mode::Warn => {
                    self.emit_unhandled_rejection(reason, promise)?;
                    self.warn_unhandled(uid, reason)
                }
                Mode::WarnWithErrorCode => {
                    if !self.emit_unhandled_rejection(reason, promise)? {
                        self.warn_unhandled(uid, reason)?;
                        self.set_exit_code(1)?;
                    }
                    Ok(())
                }
                Mode::None => self.emit_unhandled_rejection(reason, promise).map(|_| ()),
            };
            if let Err(outcome) = r {
                for (_, held) in pending {
                    self.vm.unpersist(held);
                }
                return Err(outcome);
            }
        }
        Ok(processed)
    }

    /// `process.emit('unhandledRejection', reason, promise)`: whether a listener took it.
    fn emit_unhandled_rejection(&mut self, reason: Value, promise: spindle::value::ObjId) -> Result<bool, Outcome> {
        if let Some(id) = self.vm.trace_promise_id(promise) {
            self.vm.trace_event(spindle::trace::EventKind::Unhandled { promise: id });
        }
        match process_events::emit(&mut self.vm, "unhandledRejection", &[reason, Value::Object(promise)]) {
            Ok(handled) => Ok(handled),
            Err(v) => self.report(v).map(|_| true),
        }
    }

    fn warn_unhandled(&mut self, uid: u32, reason: Value) -> Result<(), Outcome> {
        match process_events::warn_unhandled_rejection(&mut self.vm, u64::from(uid), reason) {
            Ok(()) => Ok(()),
            Err(v) => self.report(v),
        }
    }

    fn set_exit_code(&mut self, code: i32) -> Result<(), Outcome> {
        let process = crate::node::process::object(&mut self.vm);
        let key = self.vm.key_str("exitCode");
        match self.vm.set(process, key, Value::Number(f64::from(code)), Value::Object(process)) {
            Ok(_) => Ok(()),
            Err(v) => self.report(v),
        }
    }

    /// An unhandled rejection raised as an uncaught exception (Node's
    /// triggerUncaughtException(err, true)): `uncaughtException` listeners get the reason,
    /// or an UnhandledPromiseRejection error for a reason that is not error-like; without
    /// listeners the run ends, reported as `Uncaught (in promise) ` and the reason.
    fn report_rejection(&mut self, reason: Value) -> Result<(), Outcome> {
        // An embedder's callback may take it first (`RuntimeOptions::on_unhandled_rejection`).
        if let Some(mut hook) = with_runtime(&mut self.vm, |_, h| h.unhandled_rejection_hook.take()) {
            let error = crate::embed::JsError::from_thrown(&mut self.vm, reason);
            let handled = hook(&error);
            with_runtime(&mut self.vm, |_, h| h.unhandled_rejection_hook = Some(hook));
            if handled {
                return Ok(());
            }
        }
        let error = match process_events::rejection_error(&mut self.vm, reason) {
            Ok(e) => e,
            Err(v) => return Err(self.uncaught(v)),
        };
        // Rooted while the listeners run, and only then (the loop is not inside a native
        // call whose return would drop the roots).
        let mark = self.vm.roots.len();
        self.vm.root(error);
        self.vm.root(reason);
        let r = match process_events::on_uncaught_exception(&mut self.vm, error, true) {
            Ok(true) => Ok(()),
            Ok(false) => {
                if self.uncaught_value.is_none() {
                    self.uncaught_value = Some(self.vm.persist(reason));
                }
                let text = describe_thrown(&mut self.vm, reason);
                Err(self.terminated().unwrap_or(Outcome::UnhandledRejection(format!("Uncaught (in promise) {text}"))))
            }
            Err(v) => Err(self.uncaught(v)),
        };
        self.vm.roots.truncate(mark);
        r
    }

    /// An exception no script code caught (Node's triggerUncaughtException): handled by
    /// `uncaughtException` listeners (the run goes on), else the end of the run.
    fn report(&mut self, v: Value) -> Result<(), Outcome> {
        if let Some(outcome) = self.terminated() {
            return Err(outcome);
        }
        if let Some(report) = crate::loader::compile_error_report(&self.vm, v) {
            return Err(Outcome::SyntaxError(report));
        }
        let mark = self.vm.roots.len();
        self.vm.root(v);
        let r = match process_events::on_uncaught_exception(&mut self.vm, v, false) {
            Ok(true) => match self.terminated() {
                Some(outcome) => Err(outcome),
                None => Ok(()),
            },
            Ok(false) => Err(self.uncaught(v)),
            Err(e) => Err(self.uncaught(e)),
        };
        self.vm.roots.truncate(mark);
        r
    }

    /// The outcome of a run the engine stopped (time limit, heap limit), if it did.
    pub(crate) fn terminated(&mut self) -> Option<Outcome> {
        let reason = self.vm.terminating.take()?;
        if reason == crate::node::process::EXIT_REQUESTED {
            return Some(Outcome::Exit(with_runtime(&mut self.vm, |_, h| h.exit_code.unwrap_or(0))));
        }
        Some(match self.timeout {
            Some((limit, _)) if reason == DEADLINE_REACHED => Outcome::TimedOut(limit),
            _ => Outcome::Fatal(reason),
        })
    }

    /// The exception that ended the run, if one did.
    pub fn take_uncaught(&mut self) -> Option<Value> {
        let held = self.uncaught_value.take()?;
        let v = self.vm.persistent(held);
        self.vm.unpersist(held);
        Some(v)
    }

    fn uncaught(&mut self, v: Value) -> Outcome {
        if let Some(outcome) = self.terminated() {
            return outcome;
        }
        if self.uncaught_value.is_none() {
            self.uncaught_value = Some(self.vm.persist(v));
        }
        if let Some(report) = crate::loader::compile_error_report(&self.vm, v) {
            return Outcome::SyntaxError(report);
        }
        let text = describe_uncaught(&mut self.vm, v);
        self.terminated().unwrap_or(Outcome::Uncaught(text))
    }
}
