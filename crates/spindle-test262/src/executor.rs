//! The engine boundary.
//!
//! The runner never talks to the engine directly: a worker process obtains one
//! [`Executor`] from [`crate::engine::executor`] and calls
//! [`Executor::execute`] once per *run* of a test (a test that must be run in
//! both sloppy and strict mode produces two calls). Everything the engine needs
//! is in [`ExecJob`]; everything the runner needs back is in [`ExecOutcome`].

use std::path::PathBuf;
use std::time::Instant;

/// One in-process execution of a prepared test source.
///
/// Implementations are created once per worker process, on the worker's
/// large-stack thread, and then used sequentially from that same thread (the
/// `Send + Sync` bounds only keep the door open for other arrangements).
pub trait Executor: Send + Sync + 'static {
    /// Runs `job.source` (already assembled: optional `"use strict";` prefix +
    /// harness includes + test body) as a classic script (or as a module when
    /// `job.module` is true) in a brand-new realm, then drains the promise job
    /// queue.
    ///
    /// Calls of the host `print` function are collected, one entry per call,
    /// into [`ExecOutcome::printed`]. The engine must return by `job.deadline`
    /// (checked cooperatively); the runner treats a late return as a timeout
    /// anyway, and the supervisor kills the worker process shortly after the
    /// deadline if the call never returns.
    ///
    /// Panics are caught by the worker (reported as a failure with the panic
    /// message, after which the worker process is recycled).
    fn execute(&self, job: &ExecJob) -> ExecOutcome;
}

/// Everything needed to execute one run of a test.
#[derive(Debug, Clone)]
pub struct ExecJob {
    /// For module runs: the harness includes, run as a script before the module.
    pub prelude: String,
    /// Complete source text to evaluate.
    pub source: String,
    /// Path of the test file relative to the suite root, e.g.
    /// `test/language/expressions/addition/S9.1_A1_T1.js` (for error
    /// messages / script names).
    pub filename: String,
    /// Evaluate as a module (`flags: [module]`) instead of a classic script.
    pub module: bool,
    /// Cooperative deadline for this call (shared by all runs of one test).
    pub deadline: Instant,
    /// Absolute directory containing the test file; module specifiers such as
    /// `./foo_FIXTURE.js` resolve relative to it.
    pub test_dir: PathBuf,
    /// `--gc-stress`: the engine should collect garbage at every safepoint.
    pub gc_stress: bool,
    /// [[CanBlock]] of the main agent: false only for `flags: [CanBlockIsFalse]`
    /// (true for `CanBlockIsTrue` and, as on Node's main thread, by default).
    pub can_block: bool,
}

/// The phase in which an uncaught error was raised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorPhase {
    /// Parsing or early-error checking of the script/module source.
    Parse,
    /// Module linking/resolution (loading or resolving imports).
    Resolution,
    /// Evaluation, including promise jobs run while draining the job queue.
    Runtime,
}

impl ErrorPhase {
    /// Lower-case name as used in test262's `negative.phase`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorPhase::Parse => "parse",
            ErrorPhase::Resolution => "resolution",
            ErrorPhase::Runtime => "runtime",
        }
    }
}

/// An uncaught exception (or early error) reported by the engine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThrownError {
    /// Phase in which it was raised.
    pub phase: ErrorPhase,
    /// Name of the thrown value's constructor (`value.constructor.name`),
    /// e.g. `"SyntaxError"` or `"Test262Error"`; `""` for non-objects.
    pub name: String,
    /// Human-readable message (e.g. `String(value)` or the error's `message`).
    pub message: String,
}

/// Result of one [`Executor::execute`] call.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExecOutcome {
    /// The uncaught error, if any. For an error in a promise job drained after
    /// the script finished, report it with phase `Runtime`.
    pub error: Option<ThrownError>,
    /// Strings passed to the host `print` function, in call order.
    pub printed: Vec<String>,
    /// The engine stopped because the deadline passed.
    pub timed_out: bool,
}

impl ExecOutcome {
    /// Convenience constructor for an outcome with an uncaught error.
    pub fn thrown(phase: ErrorPhase, name: &str, message: &str) -> Self {
        ExecOutcome {
            error: Some(ThrownError { phase, name: name.to_string(), message: message.to_string() }),
            ..ExecOutcome::default()
        }
    }
}

/// A scriptable fake engine for the runner's own tests.
///
/// It is compiled into the binary only so that the process-model integration
/// tests can drive real worker processes (hidden `--mock-executor` flag); it is
/// never used for real conformance runs.
pub mod mock {
    use super::*;

    /// Interprets `mock:` directives found anywhere in the source (one per
    /// line, usually written as `// mock: ...` comments). Without directives
    /// the run succeeds silently.
    ///
    /// | directive | effect |
    /// |---|---|
    /// | `mock: throw <phase> <Name> [message]` | report an uncaught error |
    /// | `mock: throw-if-strict <phase> <Name>` | same, only if the source starts with `"use strict";` |
    /// | `mock: throw-if-gc-stress <phase> <Name>` | same, only if `job.gc_stress` |
    /// | `mock: print <text>` | append `<text>` to `printed` |
    /// | `mock: panic` | panic (caught by the worker) |
    /// | `mock: abort` | `std::process::abort()` |
    /// | `mock: overflow` | unbounded recursion (real stack overflow) |
    /// | `mock: exit` | `std::process::exit(3)` |
    /// | `mock: hang` | sleep forever, ignoring the deadline |
    /// | `mock: spin` | busy-wait until the deadline, then report `timed_out` |
    /// | `mock: stdout <text>` | write junk to the process stdout |
    #[derive(Debug, Default, Clone, Copy)]
    pub struct MockExecutor;

    fn phase(s: &str) -> ErrorPhase {
        match s {
            "parse" => ErrorPhase::Parse,
            "resolution" => ErrorPhase::Resolution,
            _ => ErrorPhase::Runtime,
        }
    }

    fn recurse(depth: u64) -> u64 {
        let frame = std::hint::black_box([depth; 32]);
        if frame[1] == u64::MAX {
            return 0;
        }
        recurse(frame[0] + 1).wrapping_add(frame[2])
    }

    impl Executor for MockExecutor {
        fn execute(&self, job: &ExecJob) -> ExecOutcome {
            let strict = job.source.starts_with("\"use strict\";");
            let mut out = ExecOutcome::default();
            for line in job.source.lines() {
                let Some(pos) = line.find("mock:") else {
                    continue;
                };
                let directive = line[pos + "mock:".len()..].trim();
                let (cmd, rest) = directive.split_once(' ').unwrap_or((directive, ""));
                let rest = rest.trim();
                match cmd {
                    "throw" | "throw-if-strict" | "throw-if-gc-stress" => {
                        if (cmd == "throw-if-strict" && !strict) || (cmd == "throw-if-gc-stress" && !job.gc_stress) {
                            continue;
                        }
                        let mut parts = rest.splitn(3, ' ');
                        let ph = phase(parts.next().unwrap_or("runtime"));
                        let name = parts.next().unwrap_or("Error");
                        let message = parts.next().unwrap_or("mock error");
                        out.error =
                            Some(ThrownError { phase: ph, name: name.to_string(), message: message.to_string() });
                        return out;
                    }
                    "print" => out.printed.push(rest.to_string()),
                    "panic" => panic!("mock panic: {rest}"),
                    "abort" => std::process::abort(),
                    "overflow" => {
                        std::hint::black_box(recurse(0));
                    }
                    "exit" => std::process::exit(3),
                    "hang" => loop {
                        std::thread::sleep(std::time::Duration::from_secs(3600));
                    },
                    "spin" => {
                        while Instant::now() < job.deadline {
                            std::thread::sleep(std::time::Duration::from_millis(5));
                        }
                        out.timed_out = true;
                        return out;
                    }
                    "stdout" => {
                        use std::io::Write;
                        let mut so = std::io::stdout();
                        let _ = write!(so, "{rest}");
                        let _ = so.flush();
                    }
                    _ => {}
                }
            }
            out
        }
    }
}
