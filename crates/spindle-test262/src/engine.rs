//! Adapter between the runner and the Spindle engine.
//!
//! **This is the only module that may know about the engine.** Nothing else in
//! the runner depends on the `spindle` crate.
//!
//! Contract (see [`Executor`] and [`ExecJob`]):
//! - [`executor`] is called once per worker process, on the worker's 256 MiB
//!   stack thread; the returned executor is then used sequentially from that
//!   thread for every run of every test the worker receives.
//! - Each [`Executor::execute`] call uses a brand-new [`Vm`] (and so a
//!   brand-new realm) whose global object has the host-defined `print` and
//!   `$262` (see the suite's INTERPRETING.md). `print(x)` appends `String(x)`
//!   to [`ExecOutcome::printed`]; nothing is written to stdout (stdout is the
//!   worker's result channel).
//! - Early errors are reported as [`ErrorPhase::Parse`], everything else as
//!   [`ErrorPhase::Runtime`]; `name` is the thrown value's constructor name.
//! - The deadline is passed to the engine as its cooperative deadline; when
//!   the engine stops because of it the run reports `timed_out: true`.
//! - `job.gc_stress` maps to `VmOptions::gc_stress` (collect at every
//!   safepoint).
//! - `$262.agent.start` runs an agent: another fresh `Vm` on its own thread
//!   (see [`agent`]); the agents of a run end with it, and an uncaught error
//!   in one is the run's error.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{Duration, Instant};

use spindle::module::{LoadRequest, ModuleId, Referrer};
use spindle::object::NativeCall;
use spindle::object::property::{HIDDEN, PropertyKey};
use spindle::object::{Object, ObjectKind, Slot};
use spindle::value::{ObjId, StrId};
use spindle::vm::{JsResult, Output, ScriptError, Stream, Vm, VmOptions};
use spindle::{CompileError, Value};

use crate::executor::{ErrorPhase, ExecJob, ExecOutcome, Executor, ThrownError};

mod agent;

/// Heap limit for one test run.
const MAX_HEAP_BYTES: usize = 1 << 30;

/// Builds the executor used by worker processes.
pub fn executor() -> Box<dyn Executor> {
    Box::new(SpindleExecutor)
}

/// Runs every job in a fresh [`Vm`].
struct SpindleExecutor;

impl Executor for SpindleExecutor {
    fn execute(&self, job: &ExecJob) -> ExecOutcome {
        let printed = Rc::new(RefCell::new(Vec::new()));
        let error = {
            // The Vm is dropped at the end of this block, before the outcome
            // is assembled: nothing survives from one run to the next.
            let mut vm = Vm::new(VmOptions {
                gc_stress: job.gc_stress,
                deadline: Some(job.deadline),
                max_heap_bytes: Some(MAX_HEAP_BYTES),
                can_block: job.can_block,
                ..Default::default()
            });
            vm.agent.parker = Some(spindle::binary::waiters::ThreadParker::current());
            vm.set_output(Box::new(Collector(printed.clone())));
            TIMERS.with(|t| t.borrow_mut().clear());
            agent::begin(&vm, job.deadline, job.gc_stress);
            install_host(&mut vm);
            vm.set_host(Box::new(ModuleHost {
                test_dir: job.test_dir.clone(),
                paths: HashMap::new(),
                cache: HashMap::new(),
            }));
            let outcome = if job.module {
                run_module(&mut vm, job)
            } else {
                let mut result = vm.eval_script(&job.source, &job.filename);
                // Drain the job queue (promise jobs); an error thrown by a job is a
                // runtime error like one thrown by the script.
                if result.is_ok() {
                    result = run_jobs(&mut vm, job.deadline);
                }
                script_outcome(&mut vm, result)
            };
            // The test's agents end with it; an uncaught error in one fails the test.
            match (agent::finish(), outcome) {
                (Some(e), Ok(())) => Err(Failure::Thrown(e)),
                (_, outcome) => outcome,
            }
        };
        let printed = std::mem::take(&mut *printed.borrow_mut());
        match error {
            Ok(()) => ExecOutcome { printed, ..ExecOutcome::default() },
            Err(Failure::Thrown(e)) => ExecOutcome { error: Some(e), printed, timed_out: false },
            Err(Failure::TimedOut) => ExecOutcome { error: None, printed, timed_out: true },
        }
    }
}

/// How a script run (or a phase of a module run) ended.
fn script_outcome(vm: &mut Vm, result: Result<Value, ScriptError>) -> Result<(), Failure> {
    match result {
        Ok(_) => Ok(()),
        Err(ScriptError::Syntax(e)) => Err(Failure::Thrown(ThrownError {
            phase: ErrorPhase::Parse,
            name: "SyntaxError".to_string(),
            message: e.message,
        })),
        Err(ScriptError::Thrown(v)) => Err(match vm.terminating.take() {
            Some(reason) if reason.contains("time") => Failure::TimedOut,
            Some(reason) => {
                Failure::Thrown(ThrownError { phase: ErrorPhase::Runtime, name: "Fatal".to_string(), message: reason })
            }
            None => Failure::Thrown(describe_thrown(vm, v)),
        }),
    }
}

/// Runs `job.source` as the root of a module graph (INTERPRETING.md: module
/// tests): the harness as a script, then ParseModule, LoadRequestedModules
/// (fixtures resolve against the test's directory), Link and Evaluate, draining
/// the job queue after each step. Loading and linking errors are reported in
/// the resolution phase.
fn run_module(vm: &mut Vm, job: &ExecJob) -> Result<(), Failure> {
    let prelude = vm.eval_script(&job.prelude, "harness");
    script_outcome(vm, prelude)?;
    let file = Path::new(&job.filename).file_name().map(|f| job.test_dir.join(f)).unwrap_or_default();
    let m = match vm.parse_module(&job.source, &job.filename) {
        Ok(m) => m,
        Err(e) => {
            return Err(Failure::Thrown(ThrownError {
                phase: ErrorPhase::Parse,
                name: "SyntaxError".into(),
                message: e.message,
            }));
        }
    };
    vm.with_host(|_, host| {
        if let Some(h) = host.and_then(|h| h.as_any_mut().downcast_mut::<ModuleHost>()) {
            h.paths.insert(m, file.clone());
            h.cache.insert((file, false), m);
        }
    });
    let loaded = vm.load_requested_modules(m);
    settle(vm, loaded, job.deadline, ErrorPhase::Resolution)?;
    if let Err(e) = vm.link_module(m) {
        let mut t = describe_thrown(vm, e);
        t.phase = ErrorPhase::Resolution;
        return Err(Failure::Thrown(t));
    }
    let evaluated = vm.evaluate_module(m);
    settle(vm, evaluated, job.deadline, ErrorPhase::Runtime)
}

/// Drains jobs and timers, then reports `promise`'s rejection as an error of
/// `phase`.
fn settle(vm: &mut Vm, promise: ObjId, deadline: Instant, phase: ErrorPhase) -> Result<(), Failure> {
    let held = vm.persist(Value::Object(promise));
    let r = run_jobs(vm, deadline);
    vm.unpersist(held);
    script_outcome(vm, r)?;
    match vm.promise_state(promise) {
        Some((spindle::jobs::PromiseState::Rejected, e)) => {
            let mut t = describe_thrown(vm, e);
            t.phase = phase;
            Err(Failure::Thrown(t))
        }
        _ => Ok(()),
    }
}

/// The runner's module loader: paths relative to the referrer's directory (the
/// test's for scripts), one record per (file, JSON or not).
struct ModuleHost {
    test_dir: PathBuf,
    paths: HashMap<ModuleId, PathBuf>,
    cache: HashMap<(PathBuf, bool), ModuleId>,
}

impl spindle::jobs::Host for ModuleHost {
    fn load_imported_module(&mut self, vm: &mut Vm, req: LoadRequest) {
        let dir = match &req.referrer {
            Referrer::Module(m) => self.paths.get(m).and_then(|p| p.parent()).map(Path::to_path_buf),
            _ => None,
        }
        .unwrap_or_else(|| self.test_dir.clone());
        let path = normalize(&dir.join(&req.request.specifier));
        let json = match req.request.attribute("type") {
            None => false,
            Some("json") => true,
            Some(other) => {
                let e = vm.type_error(&format!("unsupported module type \"{other}\""));
                return vm.finish_loading_imported_module(req, Err(e));
            }
        };
        if let Some(&m) = self.cache.get(&(path.clone(), json)) {
            return vm.finish_loading_imported_module(req, Ok(m));
        }
        let source = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                let e = vm.type_error(&format!("Cannot find module '{}': {e}", path.display()));
                return vm.finish_loading_imported_module(req, Err(e));
            }
        };
        let name = path.display().to_string();
        let result = if json {
            vm.parse_json_module(&source, &name)
        } else {
            vm.parse_module(&source, &name).map_err(|e| vm.syntax_error(&e.message))
        };
        if let Ok(m) = result {
            self.paths.insert(m, path.clone());
            self.cache.insert((path, json), m);
        }
        vm.finish_loading_imported_module(req, result);
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// `a/./b/../c` -> `a/c`, without touching the file system.
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

/// Drains the job queue, then, as an event loop would, waits for the next
/// `setTimeout` timer or `Atomics.waitAsync` timeout (until the deadline), runs
/// what is due and drains again.
fn run_jobs(vm: &mut Vm, deadline: Instant) -> Result<Value, ScriptError> {
    loop {
        // waitAsync waiters that agents notified.
        agent::settle_main_notifications(vm, None);
        vm.run_microtasks().map_err(ScriptError::Thrown)?;
        let next_timer = TIMERS.with(|t| t.borrow().iter().map(|(due, _)| *due).min());
        let next = match (next_timer, vm.next_wait_async_timeout()) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => match a.or(b) {
                Some(d) => d,
                // A waitAsync without timeout keeps the test alive only while a
                // running agent may still notify it.
                None if agent::main_may_be_notified(vm) => deadline.min(Instant::now() + agent::POLL),
                None => return Ok(Value::Undefined),
            },
        };
        if next > deadline {
            return Ok(Value::Undefined);
        }
        // Sleep until then, or until an agent notifies one of our waitAsync waiters.
        if agent::settle_main_notifications(vm, Some(next)) {
            continue;
        }
        let now = Instant::now();
        vm.run_wait_async_timeouts(now);
        let due = TIMERS.with(|t| {
            let mut t = t.borrow_mut();
            let pos = t.iter().enumerate().filter(|(_, (d, _))| *d <= now).min_by_key(|(_, (d, _))| *d).map(|(i, _)| i);
            pos.map(|i| t.remove(i).1)
        });
        if let Some(held) = due {
            let callback = vm.persistent(held);
            vm.unpersist(held);
            vm.call(callback, Value::Undefined, &[]).map_err(ScriptError::Thrown)?;
        }
    }
}

/// How a run ended when it did not complete normally.
enum Failure {
    Thrown(ThrownError),
    TimedOut,
}

/// Output sink collecting the lines written to the engine's stdout stream
/// (`print`, `console.log`); stderr output (`console.error`) is dropped.
struct Collector(Rc<RefCell<Vec<String>>>);

impl Output for Collector {
    fn print(&mut self, stream: Stream, text: &str) {
        if stream == Stream::Stdout {
            self.0.borrow_mut().push(text.to_string());
        }
    }
}

/// Reads a data property along the prototype chain without running any code
/// (accessors yield `None`).
fn peek_data(vm: &Vm, o: ObjId, key: StrId) -> Option<Value> {
    let mut cur = Some(o);
    let mut hops = 0;
    while let Some(c) = cur {
        if let Some(p) = vm.own_property(c, PropertyKey::String(key)) {
            return match p.slot {
                Slot::Data(v) => Some(v),
                Slot::Accessor(..) => None,
            };
        }
        cur = vm.obj(c).proto();
        hops += 1;
        if hops > 10_000 {
            return None;
        }
    }
    None
}

/// Name and message of an uncaught exception, read without side effects.
fn describe_thrown(vm: &mut Vm, v: Value) -> ThrownError {
    let (name, message) = match v {
        Value::Object(o) => {
            let ctor_name = match peek_data(vm, o, vm.names.constructor) {
                Some(Value::Object(c)) => vm.peek_string_prop(c, vm.names.name),
                _ => None,
            };
            let name = ctor_name
                .filter(|n| !n.is_empty())
                .or_else(|| vm.peek_string_prop(o, vm.names.name))
                .unwrap_or_default();
            let message = match peek_data(vm, o, vm.names.message) {
                Some(Value::String(s)) => vm.rust_string(s),
                Some(Value::Undefined) | None => String::new(),
                Some(other) => vm.describe(other),
            };
            (name, message)
        }
        Value::Symbol(_) => (String::new(), vm.describe(v)),
        other => {
            let message = vm.to_rust_string(other).unwrap_or_else(|_| vm.describe(other));
            (String::new(), message)
        }
    };
    ThrownError { phase: ErrorPhase::Runtime, name, message }
}

/// Installs `print` and `$262` on the current realm's global object and
/// returns that realm's `$262`.
fn install_host(vm: &mut Vm) -> ObjId {
    let global = vm.global_object();
    vm.def_method(global, "print", 1, host_print);
    let proto = vm.intrinsics().object_prototype;
    let d262 = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
    // Reachable from the global right away (collections only happen at
    // safepoints, but keep it rooted anyway).
    vm.def_value(global, "$262", Value::Object(d262), HIDDEN);
    vm.def_method(d262, "createRealm", 0, host_create_realm);
    vm.def_method(d262, "evalScript", 1, host_eval_script);
    vm.def_method(d262, "gc", 0, host_gc);
    vm.def_method(d262, "detachArrayBuffer", 1, host_detach_array_buffer);
    // $262.IsHTMLDDA (INTERPRETING.md): an [[IsHTMLDDA]] function returning null.
    let dda = vm.def_method(d262, "IsHTMLDDA", 0, host_is_html_dda);
    vm.make_html_dda(dda);
    vm.def_value(d262, "global", Value::Object(global), HIDDEN);
    let agent = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
    vm.def_value(d262, "agent", Value::Object(agent), HIDDEN);
    // $262.agent (INTERPRETING.md): the main agent's half or an agent's.
    if agent::on_agent_thread() {
        agent::install_agent(vm, agent);
    } else {
        agent::install_main(vm, agent);
        vm.def_method(global, "setTimeout", 2, host_set_timeout);
    }
    d262
}

thread_local! {
    /// Pending `setTimeout` callbacks of the running test: (due, callback).
    static TIMERS: RefCell<Vec<(Instant, spindle::jobs::Persistent)>> = const { RefCell::new(Vec::new()) };
}

/// `setTimeout(callback, delay)`: a host timer, run by [`run_jobs`] once due.
fn host_set_timeout(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let callback = args.first().copied().unwrap_or(Value::Undefined);
    let delay = vm.to_number(args.get(1).copied().unwrap_or(Value::Undefined))?;
    let delay = Duration::try_from_secs_f64(delay.max(0.0) / 1000.0).unwrap_or(Duration::ZERO);
    let held = vm.persist(callback);
    TIMERS.with(|t| t.borrow_mut().push((Instant::now() + delay, held)));
    Ok(Value::Undefined)
}

/// `$262.IsHTMLDDA()`: null when called with no arguments or with "" (what the tests call).
fn host_is_html_dda(_vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Null)
}

/// `print(x)`: ToString(x), one collected line per call.
fn host_print(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let v = args.first().copied().unwrap_or(Value::Undefined);
    let s = vm.to_rust_string(v)?;
    vm.output.print(Stream::Stdout, &s);
    Ok(Value::Undefined)
}

/// `$262.createRealm()`: a new realm with its own `print` and `$262`; returns
/// the new `$262`.
fn host_create_realm(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let realm = spindle::realm::create_realm(vm);
    let saved = vm.realm;
    vm.realm = realm;
    let d262 = install_host(vm);
    vm.realm = saved;
    Ok(Value::Object(d262))
}

/// `$262.evalScript(src)`: runs `src` as a script in the realm this `$262`
/// belongs to (natives run with `vm.realm` set to their own realm).
fn host_eval_script(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let v = args.first().copied().unwrap_or(Value::Undefined);
    let src = vm.to_rust_string(v)?;
    // `vm.realm` is this native's realm for the duration of the call, and the
    // engine restores the caller's realm when the native returns.
    match vm.eval_script(&src, "evalScript") {
        Ok(v) => Ok(v),
        Err(ScriptError::Syntax(CompileError { message, .. })) => Err(vm.syntax_error(&message)),
        Err(ScriptError::Thrown(e)) => Err(e),
    }
}

/// `$262.gc()`: a full collection (safe here: native arguments are rooted).
fn host_gc(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    vm.collect_garbage();
    Ok(Value::Undefined)
}

/// `$262.detachArrayBuffer(buf)`: DetachArrayBuffer, the engine's host operation.
fn host_detach_array_buffer(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    match args.first() {
        Some(Value::Object(o)) => {
            vm.detach_array_buffer(*o)?;
            Ok(Value::Null)
        }
        _ => Err(vm.type_error("detachArrayBuffer: not an ArrayBuffer")),
    }
}
