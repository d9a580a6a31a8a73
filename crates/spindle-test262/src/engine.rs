//! Adapter between the runner and the Spindle engine.
//!
//! **This is the only module that may know about the engine.** The engine
//! author replaces the body of this file (and adds the `spindle` dependency to
//! this crate's `Cargo.toml`); nothing else in the runner needs to change.
//!
//! Contract for the real adapter (see [`Executor`] and [`ExecJob`]):
//! - [`executor`] is called once per worker process, on the worker's 256 MiB
//!   stack thread; the returned executor is then used sequentially from that
//!   thread for every run of every test the worker receives.
//! - Each [`Executor::execute`] call must use a brand-new realm whose global
//!   object has the host-defined `print` and `$262` (see the suite's
//!   INTERPRETING.md): `print(x)` appends `String(x)` to
//!   [`ExecOutcome::printed`] (do **not** write it to stdout: stdout is the
//!   worker's result channel).
//! - `job.source` is complete; evaluate it as a script, or as a module when
//!   `job.module` (resolve `./x_FIXTURE.js` against `job.test_dir`), then
//!   drain the promise job queue.
//! - Report early errors as [`ErrorPhase::Parse`], module loading/linking
//!   errors as [`ErrorPhase::Resolution`] (the runner also accepts `Parse` for
//!   tests expecting `resolution`), everything else as
//!   [`ErrorPhase::Runtime`]; `name` is the thrown value's constructor name.
//! - Poll `job.deadline` cooperatively (e.g. at loop back-edges/calls) and
//!   return `timed_out: true` once it passed; the supervisor kills the worker
//!   two seconds after the deadline otherwise.
//! - When `job.gc_stress` is set, collect at every safepoint.

#[allow(unused_imports)]
use crate::executor::{ErrorPhase, ExecJob, ExecOutcome, Executor, ThrownError};

/// Builds the executor used by worker processes.
pub fn executor() -> Box<dyn Executor> {
    Box::new(NotWired)
}

/// Placeholder until the engine has a usable embedding API: every run fails.
struct NotWired;

impl Executor for NotWired {
    fn execute(&self, _job: &ExecJob) -> ExecOutcome {
        ExecOutcome::thrown(ErrorPhase::Runtime, "Error", "engine not wired")
    }
}
