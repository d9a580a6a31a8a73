//! `spindle-test262`: the test262 conformance runner for Spindle.
//!
//! The runner is split into a *supervisor* (the normal invocation of the
//! binary) and *worker* processes (`spindle-test262 --worker`). The supervisor
//! selects tests, decides which ones are skipped, hands test ids to workers
//! over their stdin and collects one result line per test from their stdout.
//! Workers execute tests in-process through an [`Executor`], so a hang or a
//! crash (stack overflow, abort, ...) only costs the supervisor a worker
//! restart and the affected test is recorded as failed.
//!
//! Module map:
//! - [`executor`]: the engine boundary ([`Executor`], [`ExecJob`], [`ExecOutcome`])
//!   and the self-test [`executor::mock::MockExecutor`].
//! - [`engine`]: the *only* module that knows about the Spindle engine; its
//!   [`engine::executor`] factory builds the executor used by workers.
//! - [`frontmatter`]: hand-written parser for the `/*--- ... ---*/` YAML block.
//! - [`harness`]: harness-file cache, source assembly, strict/sloppy modes.
//! - [`select`]: suite discovery, test selection, sampling, skip decisions.
//! - [`worker`]: running one test (all its modes) and judging the outcome;
//!   the worker process main loop.
//! - [`supervisor`]: worker process pool, hard timeouts, crash handling.
//! - [`result`]: result types and the worker -> supervisor wire format.
//! - [`report`]: markdown table, JSON output.
//! - [`baseline`]: baseline check/update logic.
//!
//! The plumbing shared with `spindle-wpt` (command-line lexing and common
//! options, the markdown table, JSON strings, the baseline file and its
//! check/update/merge rules, the job pool) is in the `spindle-conformance` crate.

pub mod baseline;
pub mod engine;
pub mod executor;
pub mod frontmatter;
pub mod harness;
pub mod report;
pub mod result;
pub mod select;
pub mod supervisor;
pub mod worker;

pub use executor::{ErrorPhase, ExecJob, ExecOutcome, Executor, ThrownError};

#[cfg(test)]
mod testutil;
