//! Running tests in-process, and the worker process main loop.
//!
//! [`run_test`] is the heart of the runner: it reads a test, runs it in every
//! required [`Mode`] through an [`Executor`] (each call wrapped in
//! `catch_unwind`) and [`judge`]s the outcomes. [`worker_main`] wraps it in
//! the `--worker` protocol: test ids on stdin, one
//! [`crate::result::encode_wire`] line per test on stdout.

use std::cell::RefCell;
use std::io::{BufRead, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use spindle_conformance::pool::panic_message;

use crate::executor::{ErrorPhase, ExecJob, ExecOutcome, Executor, ThrownError};
use crate::frontmatter::{self, Metadata, NegativePhase};
use crate::harness::{self, Harness};
use crate::result::{Mode, RunResult, TestResult, encode_wire, truncate_detail};

/// Stack size of the thread that runs tests inside a worker.
pub const WORKER_STACK_SIZE: usize = 256 << 20;

/// Line printed by `doneprintHandle.js` when an async test completes.
pub const ASYNC_COMPLETE: &str = "Test262:AsyncTestComplete";
/// Prefix printed by `doneprintHandle.js` when an async test fails.
pub const ASYNC_FAILURE: &str = "Test262:AsyncTestFailure:";

fn describe(e: &ThrownError) -> String {
    let name = if e.name.is_empty() { "<non-object>" } else { &e.name };
    format!("{} error {}: {}", e.phase.as_str(), name, e.message)
}

/// Whether an error reported in `actual` phase satisfies `expected`.
///
/// Phases must match exactly, except that a test expecting `resolution` also
/// accepts `Parse` (engines commonly report module linking failures from the
/// same entry point as early errors). Tighten once the engine distinguishes
/// them.
pub fn phase_matches(expected: NegativePhase, actual: ErrorPhase) -> bool {
    matches!(
        (expected, actual),
        (NegativePhase::Parse, ErrorPhase::Parse)
            | (NegativePhase::Resolution, ErrorPhase::Resolution | ErrorPhase::Parse)
            | (NegativePhase::Runtime, ErrorPhase::Runtime)
    )
}

/// Decides whether one run met the test's expectation.
///
/// - timed out -> fail;
/// - `negative` -> an error with matching phase ([`phase_matches`]) and
///   constructor name is required;
/// - otherwise no error may be thrown, and `async` tests must print
///   `Test262:AsyncTestComplete` and no `Test262:AsyncTestFailure:` line.
pub fn judge(meta: &Metadata, outcome: &ExecOutcome) -> Result<(), String> {
    if outcome.timed_out {
        return Err("timeout".to_string());
    }
    if let Some(neg) = &meta.negative {
        return match &outcome.error {
            None => Err(format!("expected {} error {}, but no error was thrown", neg.phase, neg.error_type)),
            Some(e) if phase_matches(neg.phase, e.phase) && e.name == neg.error_type => Ok(()),
            Some(e) => Err(format!("expected {} error {}, got {}", neg.phase, neg.error_type, describe(e))),
        };
    }
    if let Some(e) = &outcome.error {
        return Err(describe(e));
    }
    if meta.flags.is_async {
        if let Some(line) = outcome.printed.iter().find(|l| l.starts_with(ASYNC_FAILURE)) {
            return Err(line.clone());
        }
        if !outcome.printed.iter().any(|l| l == ASYNC_COMPLETE) {
            return Err(format!("async test did not print {ASYNC_COMPLETE}"));
        }
    }
    Ok(())
}

thread_local! {
    /// Message + location of the last panic on this thread (set by the hook
    /// installed by [`install_panic_hook`]).
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replaces the default panic hook with one that records
/// `message at file:line:col` for [`run_test`] to report, and also writes it
/// to stderr (captured by the supervisor; visible with `--worker-stderr`, and
/// the only trace of panics outside a test, e.g. in `engine::executor()`).
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = payload_message(info.payload());
        let text = match info.location() {
            Some(l) => format!("{msg} at {}:{}:{}", l.file(), l.line(), l.column()),
            None => msg,
        };
        eprintln!("spindle-test262 worker: panic: {text}");
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(text));
    }));
}

fn payload_message(payload: &(dyn std::any::Any + Send)) -> String {
    panic_message(payload).unwrap_or_else(|| "<non-string panic payload>".to_string())
}

/// Shared inputs for running tests.
#[derive(Debug)]
pub struct TestContext {
    /// Suite root (contains `test/` and `harness/`).
    pub suite: PathBuf,
    /// Harness cache.
    pub harness: Harness,
    /// Per-test time budget (shared by all runs of the test).
    pub timeout: Duration,
    /// Pass `gc_stress` to the executor.
    pub gc_stress: bool,
}

impl TestContext {
    /// A context for the suite at `suite`.
    pub fn new(suite: &Path, timeout: Duration, gc_stress: bool) -> Self {
        TestContext { suite: suite.to_path_buf(), harness: Harness::new(suite.join("harness")), timeout, gc_stress }
    }
}

/// Result of [`run_test`].
#[derive(Debug, Clone)]
pub struct Ran {
    /// The test's result.
    pub result: TestResult,
    /// The executor panicked; the worker should be replaced (engine state may
    /// be inconsistent after unwinding).
    pub recycle: bool,
}

/// Runs one test in every required mode. Stops after a run that timed out or
/// panicked.
pub fn run_test(exec: &dyn Executor, ctx: &TestContext, id: &str) -> Ran {
    let start = Instant::now();
    let deadline = start + ctx.timeout;
    let path = ctx.suite.join("test").join(id);
    let fail = |reason: String| Ran { result: TestResult::failed(id, reason), recycle: false };
    let body = match std::fs::read(&path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(_) => return fail("test file is not valid UTF-8".into()),
        },
        Err(e) => return fail(format!("cannot read {}: {e}", path.display())),
    };
    let meta = match frontmatter::parse_test(&body) {
        Ok(m) => m,
        Err(e) => return fail(format!("frontmatter: {e}")),
    };
    let modes = harness::modes(&meta);
    let test_dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut runs = Vec::with_capacity(modes.len());
    let mut recycle = false;
    for &mode in &modes {
        // Module code runs alone; its harness includes run first as a script, so they
        // are globals that fixtures see too.
        let (harness_body, module_body) = if mode == Mode::Module { ("", Some(&body)) } else { (body.as_str(), None) };
        let assembled = match ctx.harness.assemble(&meta, harness_body, mode) {
            Ok(s) => s,
            Err(e) => {
                runs.push(RunResult { mode, passed: false, detail: e });
                break;
            }
        };
        let (prelude, source) = match module_body {
            Some(b) => (assembled, b.clone()),
            None => (String::new(), assembled),
        };
        let job = ExecJob {
            prelude,
            source,
            filename: format!("test/{id}"),
            module: mode == Mode::Module,
            deadline,
            test_dir: test_dir.clone(),
            gc_stress: ctx.gc_stress,
            can_block: !meta.flags.can_block_is_false,
        };
        LAST_PANIC.with(|p| p.borrow_mut().take());
        let outcome = catch_unwind(AssertUnwindSafe(|| exec.execute(&job)));
        let late = Instant::now() > deadline;
        match outcome {
            Ok(mut out) => {
                out.timed_out |= late;
                let verdict = judge(&meta, &out);
                runs.push(RunResult {
                    mode,
                    passed: verdict.is_ok(),
                    detail: truncate_detail(verdict.err().unwrap_or_default()),
                });
                if out.timed_out {
                    break;
                }
            }
            Err(payload) => {
                let msg =
                    LAST_PANIC.with(|p| p.borrow_mut().take()).unwrap_or_else(|| payload_message(payload.as_ref()));
                runs.push(RunResult { mode, passed: false, detail: truncate_detail(format!("panic: {msg}")) });
                recycle = true;
                break;
            }
        }
    }
    let ms = u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX);
    Ran { result: TestResult::from_runs(id, runs, modes.len(), ms), recycle }
}

/// Options of a `--worker` process.
#[derive(Debug, Clone)]
pub struct WorkerOptions {
    /// Suite root.
    pub suite: PathBuf,
    /// Per-test timeout.
    pub timeout: Duration,
    /// `--gc-stress`.
    pub gc_stress: bool,
    /// Address-space limit in MiB (0 = unlimited).
    pub memory_limit_mb: u64,
    /// Use [`crate::executor::mock::MockExecutor`] (runner self-tests only).
    pub mock: bool,
}

/// Process resource limits (Linux only; no-ops elsewhere).
mod limits {
    #[cfg(all(target_os = "linux", target_pointer_width = "64"))]
    pub fn apply(memory_limit_mb: u64) {
        #[repr(C)]
        struct RLimit {
            cur: u64,
            max: u64,
        }
        unsafe extern "C" {
            fn setrlimit(resource: i32, rlim: *const RLimit) -> i32;
        }
        const RLIMIT_CORE: i32 = 4;
        const RLIMIT_AS: i32 = 9;
        // No core dumps from crashing tests.
        let core = RLimit { cur: 0, max: 0 };
        // SAFETY: plain libc call with a valid pointer to a properly laid out
        // `struct rlimit` (two `rlim_t` = u64 on 64-bit Linux).
        unsafe { setrlimit(RLIMIT_CORE, &core) };
        if memory_limit_mb > 0 {
            let bytes = memory_limit_mb.saturating_mul(1 << 20);
            let lim = RLimit { cur: bytes, max: u64::MAX };
            // SAFETY: as above.
            if unsafe { setrlimit(RLIMIT_AS, &lim) } != 0 {
                eprintln!("spindle-test262 worker: setrlimit(RLIMIT_AS) failed");
            }
        }
    }

    #[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
    pub fn apply(_memory_limit_mb: u64) {}
}

/// Grace period after which a stuck worker kills itself (only matters when
/// the supervisor is gone, e.g. when running `--worker` by hand).
const WATCHDOG_GRACE: Duration = Duration::from_secs(30);

/// Entry point of `spindle-test262 --worker`. Returns the process exit code.
pub fn worker_main(opts: WorkerOptions) -> i32 {
    limits::apply(opts.memory_limit_mb);
    install_panic_hook();
    let busy_until: Arc<Mutex<Option<Instant>>> = Arc::new(Mutex::new(None));
    spawn_watchdog(busy_until.clone());
    let thread = std::thread::Builder::new()
        .name("test262-worker".into())
        .stack_size(WORKER_STACK_SIZE)
        .spawn(move || worker_loop(&opts, &busy_until));
    match thread.map(|t| t.join()) {
        Ok(Ok(code)) => code,
        Ok(Err(_)) => 101,
        Err(e) => {
            eprintln!("spindle-test262 worker: cannot spawn test thread: {e}");
            2
        }
    }
}

/// Exits the process if a test overruns its deadline by [`WATCHDOG_GRACE`] or
/// if the parent process went away while a test is stuck.
fn spawn_watchdog(busy_until: Arc<Mutex<Option<Instant>>>) {
    #[cfg(unix)]
    let parent = std::os::unix::process::parent_id();
    let _ = std::thread::Builder::new().name("test262-watchdog".into()).spawn(move || {
        loop {
            std::thread::sleep(Duration::from_millis(500));
            #[cfg(unix)]
            if std::os::unix::process::parent_id() != parent {
                std::process::exit(0);
            }
            let deadline = *busy_until.lock().unwrap_or_else(|e| e.into_inner());
            if deadline.is_some_and(|d| Instant::now() > d + WATCHDOG_GRACE) {
                eprintln!("spindle-test262 worker: watchdog: test overran its deadline");
                std::process::exit(124);
            }
        }
    });
}

fn worker_loop(opts: &WorkerOptions, busy_until: &Mutex<Option<Instant>>) -> i32 {
    let exec: Box<dyn Executor> =
        if opts.mock { Box::new(crate::executor::mock::MockExecutor) } else { crate::engine::executor() };
    let ctx = TestContext::new(&opts.suite, opts.timeout, opts.gc_stress);
    let stdin = std::io::stdin();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { return 1 };
        let id = line.trim();
        if id.is_empty() {
            continue;
        }
        *busy_until.lock().unwrap_or_else(|e| e.into_inner()) = Some(Instant::now() + opts.timeout);
        let ran = run_test(exec.as_ref(), &ctx, id);
        *busy_until.lock().unwrap_or_else(|e| e.into_inner()) = None;
        let mut out = std::io::stdout().lock();
        // Start on a fresh line in case the engine left partial output.
        let line = encode_wire(&ran.result, ran.recycle);
        if writeln!(out, "\n{line}").and_then(|()| out.flush()).is_err() {
            return 1;
        }
        if ran.recycle {
            return 0;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::executor::mock::MockExecutor;
    use crate::frontmatter::parse;
    use crate::result::Status;
    use crate::testutil::TempSuite;

    fn outcome(phase: ErrorPhase, name: &str) -> ExecOutcome {
        ExecOutcome::thrown(phase, name, "msg")
    }

    #[test]
    fn judge_negative() {
        let parse_neg = parse("negative:\n  phase: parse\n  type: SyntaxError").unwrap();
        assert!(judge(&parse_neg, &outcome(ErrorPhase::Parse, "SyntaxError")).is_ok());
        assert!(judge(&parse_neg, &outcome(ErrorPhase::Runtime, "SyntaxError")).is_err());
        assert!(judge(&parse_neg, &outcome(ErrorPhase::Parse, "ReferenceError")).is_err());
        assert!(judge(&parse_neg, &ExecOutcome::default()).is_err());
        let res = parse("negative:\n  phase: resolution\n  type: SyntaxError").unwrap();
        assert!(judge(&res, &outcome(ErrorPhase::Resolution, "SyntaxError")).is_ok());
        assert!(judge(&res, &outcome(ErrorPhase::Parse, "SyntaxError")).is_ok());
        assert!(judge(&res, &outcome(ErrorPhase::Runtime, "SyntaxError")).is_err());
        let rt = parse("negative:\n  phase: runtime\n  type: Test262Error").unwrap();
        assert!(judge(&rt, &outcome(ErrorPhase::Runtime, "Test262Error")).is_ok());
        assert!(judge(&rt, &outcome(ErrorPhase::Parse, "Test262Error")).is_err());
    }

    #[test]
    fn judge_plain_and_async() {
        let plain = Metadata::default();
        assert!(judge(&plain, &ExecOutcome::default()).is_ok());
        assert!(judge(&plain, &outcome(ErrorPhase::Runtime, "Test262Error")).is_err());
        let timed_out = ExecOutcome { timed_out: true, ..ExecOutcome::default() };
        assert_eq!(judge(&plain, &timed_out), Err("timeout".to_string()));

        let asy = parse("flags: [async]").unwrap();
        let printed = |lines: &[&str]| ExecOutcome {
            printed: lines.iter().map(|s| s.to_string()).collect(),
            ..ExecOutcome::default()
        };
        assert!(judge(&asy, &printed(&[])).is_err());
        assert!(judge(&asy, &printed(&["hello", ASYNC_COMPLETE])).is_ok());
        assert!(judge(&asy, &printed(&[ASYNC_COMPLETE, "Test262:AsyncTestFailure: x"])).is_err());
    }

    #[test]
    fn run_test_modes_and_failures() {
        let suite = TempSuite::new(
            "run",
            &[
                ("a/pass.js", "/*---\ndescription: ok\n---*/\n"),
                ("a/strict-fail.js", "// mock: throw-if-strict runtime Test262Error boom\n"),
                (
                    "a/neg.js",
                    "/*---\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\n// mock: throw parse SyntaxError bad\n",
                ),
                ("a/panic.js", "// mock: panic oops\n"),
                ("a/async.js", "/*---\nflags: [async, onlyStrict]\n---*/\n// mock: print Test262:AsyncTestComplete\n"),
                ("a/spin.js", "// mock: spin\n"),
            ],
        );
        let ctx = TestContext::new(&suite.0, Duration::from_millis(200), false);
        let run = |id: &str| run_test(&MockExecutor, &ctx, id);

        let r = run("a/pass.js");
        assert_eq!(r.result.status, Status::Pass);
        assert_eq!(r.result.runs.len(), 2);

        let r = run("a/strict-fail.js");
        assert_eq!(r.result.status, Status::Fail);
        assert!(r.result.runs[0].passed && !r.result.runs[1].passed);
        assert_eq!(r.result.reason, "[strict] runtime error Test262Error: boom");

        assert_eq!(run("a/neg.js").result.status, Status::Pass);
        assert_eq!(run("a/async.js").result.status, Status::Pass);

        let r = run("a/panic.js");
        assert!(r.recycle);
        assert_eq!(r.result.runs.len(), 1);
        assert!(r.result.reason.contains("panic: mock panic: oops"), "{}", r.result.reason);

        let r = run("a/spin.js");
        assert_eq!(r.result.runs.len(), 1);
        assert!(r.result.reason.contains("timeout"));

        assert!(run("a/missing.js").result.reason.contains("cannot read"));
    }
}
