//! Running tests: one run in a fresh Spindle runtime on a thread of its own, and many in
//! parallel.
//!
//! A run evaluates, in one global and without a microtask checkpoint in between (so that
//! testharness.js's `ShellTestEnvironment` sees every test defined before it decides that
//! loading is over): the prelude, `resources/testharness.js`, the reporter, each
//! `META: script=` in order, then the test file, which is the runtime's main script. The
//! event loop then runs until the completion callback ends it.

use std::cell::RefCell;
use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use spindle::Value;
use spindle::builtins::arg;
use spindle::object::NativeCall;
use spindle::vm::{DEADLINE_REACHED, JsResult, Output, ScriptError, Stream, Vm, VmOptions};
use spindle_conformance::pool::{self, Isolated, Pool};
use spindle_runtime::resources::Resources;
use spindle_runtime::{Entry, EventLoop, Outcome, RunOptions};

use crate::harness;
use crate::page::{self, PageScript};
use crate::result::{FileStatus, RunResult, SubStatus, Subtest};
use crate::select::{self, Job, JobKind};
use crate::server::WptServer;

/// The `terminating` reason the completion callback stops the engine with.
const COMPLETE: &str = "spindle-wpt: harness complete";
/// The `terminating` reason of an uncaught exception.
const UNCAUGHT: &str = "spindle-wpt: uncaught exception";
/// How much of a test's console output is kept.
const OUTPUT_LIMIT: usize = 8 * 1024;
/// Time the harness gets past its own timeout to report, before the runner's limit.
const GRACE: Duration = Duration::from_secs(5);
/// Time past the runner's limit after which a run that has not stopped is abandoned.
const WATCHDOG: Duration = Duration::from_secs(20);

/// How tests are run.
#[derive(Debug, Clone)]
pub struct ExecConfig {
    /// The WPT root.
    pub root: PathBuf,
    /// Multiplies the harness timeouts (10 s, 60 s for `timeout=long`).
    pub timeout_scale: f64,
    /// Heap limit per run, in MiB (0: none).
    pub max_heap_mb: u64,
    /// Stack of each run's thread, in bytes.
    pub stack_size: usize,
}

impl ExecConfig {
    /// The harness timeout of a job (WPT: `timeout=long` is 60 s instead of 10 s).
    pub fn harness_timeout(&self, job: &Job) -> Duration {
        let base = if job.meta.long_timeout { 60.0 } else { 10.0 };
        Duration::from_secs_f64(base * self.timeout_scale)
    }
}

/// What the natives record during a run (each run has a thread of its own).
#[derive(Default)]
struct Capture {
    root: PathBuf,
    test_path: String,
    subtests: Vec<Subtest>,
    /// The harness status and message, once the completion callback ran.
    completion: Option<(f64, String)>,
    /// The description of an uncaught exception that ended the run.
    uncaught: Option<String>,
}

thread_local! {
    static CAPTURE: RefCell<Capture> = RefCell::new(Capture::default());
}

/// `__spindle_wpt_result(name, status, message)`: one subtest.
///
/// WPT: resources/testharness.js `add_result_callback` (the reporter's callback).
fn native_result(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let name = vm.to_rust_string(arg(args, 0))?;
    let status = SubStatus::from_code(vm.to_number(arg(args, 1))?);
    let message = vm.to_rust_string(arg(args, 2))?;
    CAPTURE.with(|c| c.borrow_mut().subtests.push(Subtest { name, status, message }));
    Ok(Value::Undefined)
}

/// `__spindle_wpt_complete(status, message)`: the harness status; ends the run at once
/// (as Node's runner terminates its worker: timers a test leaves behind do not matter).
///
/// WPT: resources/testharness.js `add_completion_callback` (the reporter's callback).
fn native_complete(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let status = vm.to_number(arg(args, 0))?;
    let message = vm.to_rust_string(arg(args, 1))?;
    CAPTURE.with(|c| c.borrow_mut().completion = Some((status, message)));
    vm.terminating = Some(COMPLETE.into());
    Err(Value::Undefined)
}

/// `__spindle_wpt_uncaught(text)`: an exception nothing caught (the reporter's
/// `uncaughtException` listener); ends the run as a harness error, as Node's runner fails
/// a file whose worker reports an error.
fn native_uncaught(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let text = vm.to_rust_string(arg(args, 0))?;
    CAPTURE.with(|c| c.borrow_mut().uncaught = Some(text));
    vm.terminating = Some(UNCAUGHT.into());
    Err(Value::Undefined)
}

/// `__spindle_wpt_read(url)`: the text of a file under the WPT root, `url` resolved
/// against the test's path; a TypeError if there is none (the prelude's `fetch`).
///
/// Node: test/common/wpt.js `ResourceLoader.readAsFetch`.
fn native_read(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let url = vm.to_rust_string(arg(args, 0))?;
    let (root, test_path) = CAPTURE.with(|c| {
        let c = c.borrow();
        (c.root.clone(), c.test_path.clone())
    });
    let text = select::resolve_url(&test_path, &url).and_then(|rel| std::fs::read(root.join(rel)).ok());
    match text {
        Some(bytes) => Ok(vm.string(&String::from_utf8_lossy(&bytes))),
        None => Err(vm.type_error(&format!("Failed to fetch: {url}"))),
    }
}

/// `__spindle_wpt_gc()`: a full collection (the arguments of a native call are rooted).
fn native_gc(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    vm.collect_garbage();
    Ok(Value::Undefined)
}

/// Console output of a run, kept up to [`OUTPUT_LIMIT`].
struct Captured(Rc<RefCell<String>>);

impl Output for Captured {
    fn print(&mut self, stream: Stream, text: &str) {
        let mut buf = self.0.borrow_mut();
        if buf.len() < OUTPUT_LIMIT {
            if stream == Stream::Stderr {
                buf.push_str("[stderr] ");
            }
            let mut end = text.len().min(OUTPUT_LIMIT - buf.len().min(OUTPUT_LIMIT));
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            buf.push_str(&text[..end]);
            if !text.ends_with('\n') {
                buf.push('\n');
            }
        }
    }
}

/// How a run ended, before the captured results are attached.
enum Ended {
    /// The completion callback ran; `note` says why if the runner had to call `timeout()`.
    Completed {
        note: Option<String>,
    },
    Failed(FileStatus, String),
}

/// Reads a file of the run; an error names it.
fn read_source(root: &Path, rel: &str) -> Result<String, String> {
    std::fs::read(root.join(rel))
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| format!("cannot read {rel}: {e}"))
}

/// Runs one job on the current thread, in a fresh engine and event loop (see the module
/// documentation for what is evaluated).
///
/// WPT: the README's "How WPT's `*.any.js` tests work" steps 1-5, for the
/// `ShellTestEnvironment` of resources/testharness.js `create_test_environment`; Node:
/// test/common/wpt.js `runJsTests` and test/common/wpt/worker.js.
pub fn run_job(job: &Job, cfg: &ExecConfig) -> RunResult {
    let started = Instant::now();
    let output = Rc::new(RefCell::new(String::new()));
    CAPTURE.with(|c| {
        *c.borrow_mut() = Capture { root: cfg.root.clone(), test_path: job.path.clone(), ..Capture::default() };
    });
    let ended = match sources(job, cfg) {
        Ok((scripts, test)) => execute(job, cfg, &scripts, &test, &output),
        Err(e) => Ended::Failed(FileStatus::Error, e),
    };
    let capture = CAPTURE.with(|c| std::mem::take(&mut *c.borrow_mut()));
    let (status, message, completed) = match ended {
        Ended::Completed { note } => {
            let (code, msg) = capture.completion.clone().unwrap_or((1.0, String::new()));
            let (status, what) = match code as i64 {
                0 => (FileStatus::Ok, ""),
                2 => (FileStatus::Timeout, "harness timeout"),
                3 => (FileStatus::Error, "harness PRECONDITION_FAILED"),
                _ => (FileStatus::Error, "harness error"),
            };
            let mut message = match (what, msg.is_empty()) {
                ("", _) => String::new(),
                (w, true) => w.to_string(),
                (w, false) => format!("{w}: {msg}"),
            };
            if let Some(n) = note {
                message = if message.is_empty() { n } else { format!("{message} ({n})") };
            }
            (status, message, true)
        }
        Ended::Failed(status, message) => (status, message, false),
    };
    RunResult {
        path: job.path.clone(),
        variant: job.variant.clone(),
        status,
        message,
        completed,
        subtests: capture.subtests,
        duration_ms: started.elapsed().as_millis() as u64,
        output: output.borrow().clone(),
    }
}

/// The scripts evaluated before the test (name, source) and the test itself.
type Sources = (Vec<(String, String)>, (String, String));

fn sources(job: &Job, cfg: &ExecConfig) -> Result<Sources, String> {
    let root = &cfg.root;
    let timeout_ms = cfg.harness_timeout(job).as_millis() as u64;
    let abs = |rel: &str| root.join(rel).display().to_string();
    let mut scripts = vec![(harness::PRELUDE_NAME.to_string(), harness::prelude(job))];
    let harness_and_reporter = |scripts: &mut Vec<(String, String)>| -> Result<(), String> {
        scripts.push((abs("resources/testharness.js"), read_source(root, "resources/testharness.js")?));
        scripts.push((harness::REPORTER_NAME.to_string(), harness::reporter(timeout_ms)));
        Ok(())
    };
    match job.kind {
        JobKind::Any => {
            harness_and_reporter(&mut scripts)?;
            for s in &job.meta.scripts {
                let rel = select::resolve_url(&job.path, s)
                    .ok_or_else(|| format!("META script {s} is outside the WPT root"))?;
                let src = read_source(root, &rel)?;
                scripts.push((abs(&rel), src));
            }
            let test = (abs(&job.path), read_source(root, &job.path)?);
            Ok((scripts, test))
        }
        JobKind::Worker => {
            harness_and_reporter(&mut scripts)?;
            let name = job.path.rsplit('/').next().unwrap_or(&job.path);
            let page = harness::location_href(job);
            Ok((scripts, (page, page::worker_page_script(name))))
        }
        JobKind::AnyWorker => {
            harness_and_reporter(&mut scripts)?;
            let name = job.path.rsplit('/').next().unwrap_or(&job.path);
            let stem = name.strip_suffix(".js").unwrap_or(name);
            let page = harness::location_href(job);
            Ok((scripts, (page, page::worker_page_script(&format!("{stem}.worker.js{}", job.variant)))))
        }
        JobKind::Page => {
            let html = read_source(root, &job.path)?;
            let page_name = abs(&job.path);
            for script in page::parse(&html).scripts {
                match script {
                    PageScript::Src(src) => match select::resolve_url(&job.path, &src).as_deref() {
                        Some("resources/testharness.js") => harness_and_reporter(&mut scripts)?,
                        // The runner's reporter stands in for the page's.
                        Some("resources/testharnessreport.js") => {}
                        Some(rel) => scripts.push((abs(rel), read_source(root, rel)?)),
                        None => return Err(format!("script {src} is outside the WPT root")),
                    },
                    // Padded to its line in the page, so that positions are the page's.
                    PageScript::Inline(text, line) => {
                        scripts.push((page_name.clone(), format!("{}{text}", "\n".repeat(line - 1))));
                    }
                }
            }
            let test = scripts.pop().filter(|_| scripts.len() > 1).ok_or("the page has no test script")?;
            Ok((scripts, test))
        }
    }
}

/// The engine stopped on its own (deadline, heap limit) or because the harness completed.
fn stopped(vm: &mut Vm, limit: Duration) -> Option<Ended> {
    let reason = vm.terminating.take()?;
    Some(match reason.as_str() {
        COMPLETE => Ended::Completed { note: None },
        UNCAUGHT => Ended::Failed(FileStatus::Error, uncaught_text()),
        DEADLINE_REACHED => Ended::Failed(FileStatus::Timeout, timed_out(limit)),
        _ => Ended::Failed(FileStatus::Crash, format!("fatal: {reason}")),
    })
}

fn uncaught_text() -> String {
    CAPTURE.with(|c| c.borrow().uncaught.clone()).unwrap_or_else(|| "uncaught exception".into())
}

fn timed_out(limit: Duration) -> String {
    format!("runner time limit ({:.0} s) reached before the harness completed", limit.as_secs_f64())
}

fn execute(
    job: &Job,
    cfg: &ExecConfig,
    scripts: &[(String, String)],
    test: &(String, String),
    output: &Rc<RefCell<String>>,
) -> Ended {
    let limit = cfg.harness_timeout(job) + GRACE;
    let mut options = RunOptions {
        vm: VmOptions {
            max_heap_bytes: (cfg.max_heap_mb > 0)
                .then(|| usize::try_from(cfg.max_heap_mb).unwrap_or(usize::MAX).saturating_mul(1 << 20)),
            // A worker-like scope may block in Atomics.wait.
            can_block: true,
            ..VmOptions::default()
        },
        argv: vec!["spindle-wpt".into(), test.0.clone()],
        timeout: Some(limit),
        no_warnings: true,
        // The tests start workers; they touch no files of their own.
        permissions: std::sync::Arc::new(spindle_runtime::node::fs::permission::Permissions::all()),
        // Workers and importScripts load the suite's files from WPT's URLs, relative to the
        // page (or the emulated worker's script).
        resources: Some(Resources(Arc::new(WptServer { root: cfg.root.clone() }))),
        base_url: Some(harness::location_href(job)),
        ..RunOptions::default()
    };
    // As spindle_runtime::run does: the engine's deadline is the run's limit.
    options.vm.deadline = Instant::now().checked_add(limit);
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => return Ended::Failed(FileStatus::Crash, format!("cannot start the event loop: {e}")),
    };
    runtime.block_on(async {
        let mut lp = EventLoop::new(spindle_runtime::new_engine(&options), options.timeout);
        lp.vm.output = Box::new(Captured(output.clone()));
        let global = lp.vm.global_object();
        lp.vm.def_method(global, "__spindle_wpt_read", 1, native_read);
        lp.vm.def_method(global, "__spindle_wpt_gc", 0, native_gc);
        lp.vm.def_method(global, "__spindle_wpt_result", 3, native_result);
        lp.vm.def_method(global, "__spindle_wpt_complete", 2, native_complete);
        lp.vm.def_method(global, "__spindle_wpt_uncaught", 1, native_uncaught);
        for (name, source) in scripts {
            match lp.vm.eval_script(source, name) {
                Ok(_) => {}
                Err(ScriptError::Syntax(e)) => return Ended::Failed(FileStatus::Error, format!("SyntaxError: {e}")),
                Err(ScriptError::Thrown(v)) => {
                    if let Some(ended) = stopped(&mut lp.vm, limit) {
                        return ended;
                    }
                    let text = spindle_runtime::describe_uncaught(&mut lp.vm, v);
                    return Ended::Failed(FileStatus::Error, format!("{text}\n    (while evaluating {name})"));
                }
            }
        }
        let outcome = lp.run_entry(Entry::Script { source: &test.1, name: &test.0 }).await;
        match outcome {
            Outcome::Ok => {
                // The loop ran out of work with tests unfinished: the harness's timeout()
                // reports them (Node's runner reports such a file as "Incomplete").
                let fire = harness::fire_timeout();
                let again = lp.run_entry(Entry::Script { source: &fire, name: harness::REPORTER_NAME }).await;
                match outcome_to_ended(again, limit) {
                    Ended::Completed { .. } => Ended::Completed {
                        note: Some("the event loop ran out of work before every test finished".into()),
                    },
                    Ended::Failed(s, m) => Ended::Failed(s, m),
                }
            }
            other => outcome_to_ended(other, limit),
        }
    })
}

fn outcome_to_ended(outcome: Outcome, limit: Duration) -> Ended {
    match outcome {
        Outcome::Fatal(reason) if reason == COMPLETE => Ended::Completed { note: None },
        Outcome::Fatal(reason) if reason == UNCAUGHT => Ended::Failed(FileStatus::Error, uncaught_text()),
        Outcome::Ok => Ended::Failed(FileStatus::Error, "the harness did not complete".into()),
        Outcome::SyntaxError(s) | Outcome::Uncaught(s) | Outcome::UnhandledRejection(s) => {
            Ended::Failed(FileStatus::Error, s)
        }
        Outcome::TimedOut(_) => Ended::Failed(FileStatus::Timeout, timed_out(limit)),
        Outcome::Fatal(s) => Ended::Failed(FileStatus::Crash, format!("fatal: {s}")),
        Outcome::Exit(code) => {
            Ended::Failed(FileStatus::Error, format!("process.exit({code}) before the harness completed"))
        }
        Outcome::UnsettledTopLevelAwait => Ended::Failed(FileStatus::Error, "unsettled top-level await".into()),
    }
}

/// A result for a run that produced none of its own.
fn crashed(job: &Job, message: String, duration: Duration) -> RunResult {
    RunResult {
        path: job.path.clone(),
        variant: job.variant.clone(),
        status: FileStatus::Crash,
        message,
        completed: false,
        subtests: Vec::new(),
        duration_ms: duration.as_millis() as u64,
        output: String::new(),
    }
}

/// Runs one job on a new thread with `cfg.stack_size` of stack (the engine re-enters
/// itself natively, so it needs a big one, as the `spindle` command's 512 MiB thread). A
/// panic is a CRASH; a run that does not stop [`WATCHDOG`] after its limit is abandoned
/// (its thread is left behind) and is a CRASH too.
pub fn run_isolated(job: &Job, cfg: &Arc<ExecConfig>) -> RunResult {
    let started = Instant::now();
    let (j, c) = (job.clone(), Arc::clone(cfg));
    let wait = cfg.harness_timeout(job) + GRACE + WATCHDOG;
    let why = match pool::isolated(format!("wpt {}", job.id()), cfg.stack_size, wait, move || run_job(&j, &c)) {
        Isolated::Done(r) => return r,
        Isolated::SpawnFailed(e) => format!("cannot spawn a thread: {e}"),
        Isolated::Panicked(p) => {
            format!("panic: {}", pool::panic_message(p.as_ref()).unwrap_or_else(|| "unknown panic".into()))
        }
        Isolated::NoResult => "the run ended without a result".into(),
        Isolated::TimedOut => format!("did not stop within {} s (abandoned)", wait.as_secs()),
    };
    crashed(job, why, started.elapsed())
}

/// Runs `jobs` on `threads` threads (each job through [`run_isolated`]), calling
/// `progress` with each result as it arrives; returns the results in the jobs' order.
pub fn run_all(jobs: &[Job], cfg: &ExecConfig, threads: usize, mut progress: impl FnMut(&RunResult)) -> Vec<RunResult> {
    let cfg = Arc::new(cfg.clone());
    let Ok(results) = Pool { threads }.run(
        jobs,
        || (),
        |(), job| Ok::<_, Infallible>(run_isolated(job, &cfg)),
        |r| {
            if let Some(r) = r {
                progress(r);
            }
        },
    );
    results
        .into_iter()
        .zip(jobs.iter())
        .map(|(r, job)| r.unwrap_or_else(|| crashed(job, "no result".into(), Duration::ZERO)))
        .collect()
}
