//! The event loop (the guide's "Host runtime"): script, microtask checkpoint, then timers
//! one by one, each followed by a checkpoint, sleeping on tokio until the next timer.

use crate::host::{RuntimeHost, with_runtime};
use crate::{Outcome, describe_thrown, describe_uncaught, timers};
use spindle::Value;
use spindle::builtins::arg;
use spindle::jobs::Job;
use spindle::object::NativeCall;
use spindle::vm::{JsResult, ScriptError, Stream, Vm, VmOptions};
use tokio::time::{Duration, Instant};

/// An engine with the runtime's host installed and its host functions defined
/// (setTimeout and friends, queueMicrotask).
pub fn new_engine(options: VmOptions) -> Vm {
    let mut vm = Vm::new(options);
    vm.set_host(Box::new(RuntimeHost::default()));
    timers::install(&mut vm);
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
}

impl EventLoop {
    pub fn new(vm: Vm) -> EventLoop {
        EventLoop { vm, start: Instant::now() }
    }

    /// Runs `source` as the main script, then the loop until nothing is pending.
    pub async fn run_main(&mut self, source: &str, file: &str) -> Outcome {
        self.update_now();
        match self.vm.eval_script(source, file) {
            Ok(_) => {}
            Err(ScriptError::Syntax(e)) => return Outcome::SyntaxError(e.to_string()),
            Err(ScriptError::Thrown(v)) => return self.uncaught(v),
        }
        if let Err(v) = self.checkpoint() {
            return self.uncaught(v);
        }
        if let Err(v) = self.run_until_idle().await {
            return self.uncaught(v);
        }
        if with_runtime(&mut self.vm, |_, host| host.reported_rejection) {
            Outcome::UnhandledRejections
        } else {
            Outcome::Ok
        }
    }

    /// Runs due timers and sleeps for the next until no referenced timer is left.
    pub async fn run_until_idle(&mut self) -> Result<(), Value> {
        loop {
            self.update_now();
            while let Some(due) = timers::take_due(&mut self.vm) {
                let mark = self.vm.roots.len();
                self.vm.roots.push(due.callback);
                self.vm.roots.push(due.this);
                self.vm.roots.extend_from_slice(&due.args);
                let r = self.vm.call(due.callback, due.this, &due.args);
                self.vm.roots.truncate(mark);
                r?;
                self.checkpoint()?;
            }
            let (refed, next) =
                with_runtime(&mut self.vm, |_, host| (host.timers.has_refed(), host.timers.next_deadline()));
            let Some(next) = next.filter(|_| refed) else {
                return Ok(());
            };
            tokio::time::sleep_until(self.start + Duration::from_millis(next)).await;
        }
    }

    /// libuv's uv_update_time: the loop's cached clock, in whole milliseconds.
    fn update_now(&mut self) {
        let now = self.start.elapsed().as_millis() as u64;
        with_runtime(&mut self.vm, |_, host| host.timers.now = host.timers.now.max(now));
    }

    /// A microtask checkpoint: drain the job queue, report rejections still unhandled, run
    /// FinalizationRegistry cleanups the collector queued.
    pub fn checkpoint(&mut self) -> Result<(), Value> {
        self.vm.run_microtasks()?;
        self.report_unhandled_rejections();
        self.vm.run_finalization_cleanups()?;
        self.vm.run_microtasks()
    }

    /// Prints each promise rejected without a handler since the last checkpoint, like an
    /// uncaught exception: `Uncaught (in promise) Error: ...` and the stack.
    fn report_unhandled_rejections(&mut self) {
        let pending = with_runtime(&mut self.vm, |_, host| std::mem::take(&mut host.pending_rejections));
        if pending.is_empty() {
            return;
        }
        for (promise, handle) in pending {
            let reason = self.vm.promise_state(promise).map_or(Value::Undefined, |(_, r)| r);
            let text = describe_thrown(&mut self.vm, reason);
            self.vm.output.print(Stream::Stderr, &format!("Uncaught (in promise) {text}"));
            self.vm.unpersist(handle);
        }
        with_runtime(&mut self.vm, |_, host| host.reported_rejection = true);
    }

    fn uncaught(&mut self, v: Value) -> Outcome {
        if let Some(reason) = self.vm.terminating.take() {
            return Outcome::Fatal(reason);
        }
        Outcome::Uncaught(describe_uncaught(&mut self.vm, v))
    }
}
