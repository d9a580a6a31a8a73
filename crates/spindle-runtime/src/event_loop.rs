//! The event loop (the guide's "Host runtime"): script, microtask checkpoint, then timers
//! one by one, each followed by a checkpoint, sleeping on tokio until the next timer.

use crate::host::{RuntimeHost, with_runtime};
use crate::{Outcome, RunOptions, describe_thrown, describe_uncaught, timers};
use spindle::Value;
use spindle::builtins::arg;
use spindle::jobs::Job;
use spindle::object::NativeCall;
use spindle::vm::{DEADLINE_REACHED, JsResult, ScriptError, Vm};
use tokio::time::{Duration, Instant};

/// An engine with the runtime's host installed (holding `options.argv`) and its host
/// functions defined (setTimeout and friends, queueMicrotask).
pub fn new_engine(options: &RunOptions) -> Vm {
    let mut vm = Vm::new(options.vm.clone());
    vm.set_host(Box::new(RuntimeHost { argv: options.argv.clone(), ..RuntimeHost::default() }));
    timers::install(&mut vm);
    crate::web::install(&mut vm);
    let global = vm.global_object();
    vm.def_method(global, "queueMicrotask", 1, queue_microtask);
    vm
}

/// queueMicrotask ( callback ) (HTML §8.6, as Node provides it)
fn queue_microtask(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let callback = arg(args, 0);
    if !vm.is_callable(callback) {
        let d = spindle::builtins::inspect::inspect(vm, callback);
        return Err(vm.type_error(&format!("The \"callback\" argument must be of type function. Received {d}")));
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
}

impl EventLoop {
    pub fn new(vm: Vm, timeout: Option<Duration>) -> EventLoop {
        let start = Instant::now();
        // The engine's deadline (set by run_script) is the earlier clock reading, if any.
        let end = vm.options.deadline.map(Instant::from_std);
        let timeout = timeout.and_then(|t| Some((t, end.or_else(|| start.checked_add(t))?)));
        EventLoop { vm, start, timeout }
    }

    /// Runs `source` as the main script, then the loop until nothing is pending.
    pub async fn run_main(&mut self, source: &str, file: &str) -> Outcome {
        match self.run(source, file).await {
            Ok(()) => Outcome::Ok,
            Err(outcome) => outcome,
        }
    }

    async fn run(&mut self, source: &str, file: &str) -> Result<(), Outcome> {
        self.update_now();
        match self.vm.eval_script(source, file) {
            Ok(_) => {}
            Err(ScriptError::Syntax(e)) => return Err(Outcome::SyntaxError(e.to_string())),
            Err(ScriptError::Thrown(v)) => return Err(self.uncaught(v)),
        }
        self.checkpoint()?;
        self.run_until_idle().await
    }

    /// Runs due timers and sleeps for the next until no referenced timer is left (or the
    /// time limit passes).
    pub async fn run_until_idle(&mut self) -> Result<(), Outcome> {
        loop {
            self.update_now();
            while let Some(due) = timers::take_due(&mut self.vm) {
                self.check_timeout()?;
                let mark = self.vm.roots.len();
                self.vm.roots.push(due.callback);
                self.vm.roots.push(due.this);
                self.vm.roots.extend_from_slice(&due.args);
                let r = self.vm.call(due.callback, due.this, &due.args);
                self.vm.roots.truncate(mark);
                if let Err(v) = r {
                    return Err(self.uncaught(v));
                }
                self.checkpoint()?;
            }
            let (refed, next) =
                with_runtime(&mut self.vm, |_, host| (host.timers.has_refed(), host.timers.next_deadline()));
            let Some(next) = next.filter(|_| refed) else {
                return Ok(());
            };
            let mut wake = self.start + Duration::from_millis(next);
            if let Some((_, end)) = self.timeout {
                wake = wake.min(end);
            }
            tokio::time::sleep_until(wake).await;
            self.check_timeout()?;
        }
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
        if let Err(v) = self.vm.host_safepoint().and_then(|_| self.vm.run_microtasks()) {
            return Err(self.uncaught(v));
        }
        self.process_promise_rejections()?;
        let r = self.vm.run_finalization_cleanups().and_then(|_| self.vm.run_microtasks());
        r.map_err(|v| self.uncaught(v))
    }

    /// Node's processPromiseRejections (lib/internal/process/promises.js) in its default
    /// `throw` mode: the first promise, in rejection order, still without a handler ends
    /// the process like an uncaught exception, reported as `Uncaught (in promise) ` and the
    /// reason. A handler attached before this point withdrew its promise from the list.
    fn process_promise_rejections(&mut self) -> Result<(), Outcome> {
        let pending = with_runtime(&mut self.vm, |_, host| std::mem::take(&mut host.pending_rejections));
        let Some(&(promise, _)) = pending.first() else {
            return Ok(());
        };
        let reason = self.vm.promise_state(promise).map_or(Value::Undefined, |(_, r)| r);
        let text = describe_thrown(&mut self.vm, reason);
        if let Some(outcome) = self.terminated() {
            return Err(outcome);
        }
        for (_, handle) in pending {
            self.vm.unpersist(handle);
        }
        Err(Outcome::UnhandledRejection(format!("Uncaught (in promise) {text}")))
    }

    /// The outcome of a run the engine stopped (time limit, heap limit), if it did.
    fn terminated(&mut self) -> Option<Outcome> {
        let reason = self.vm.terminating.take()?;
        Some(match self.timeout {
            Some((limit, _)) if reason == DEADLINE_REACHED => Outcome::TimedOut(limit),
            _ => Outcome::Fatal(reason),
        })
    }

    fn uncaught(&mut self, v: Value) -> Outcome {
        if let Some(outcome) = self.terminated() {
            return outcome;
        }
        let text = describe_uncaught(&mut self.vm, v);
        self.terminated().unwrap_or(Outcome::Uncaught(text))
    }
}
