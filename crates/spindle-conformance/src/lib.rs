//! `spindle-conformance`: what Spindle's conformance runners (`spindle-test262`,
//! `spindle-wpt`) share. Each runner keeps its own test logic (test262's frontmatter,
//! harness includes and modes; WPT's `META:` headers and testharness.js bridging) and
//! uses this crate for the plumbing around it:
//!
//! - [`cli`]: the command-line lexer, the options every runner has ([`cli::CommonArgs`])
//!   and the `main` wrapper (help, usage errors, exit status 2).
//! - [`checkout`]: finding a suite checkout and turning command-line paths into
//!   `/`-separated roots.
//! - [`table`]: the per-directory markdown table.
//! - [`json`]: JSON string escaping for hand-written JSON files.
//! - [`baseline`]: baseline files (read, write) and the check/update/merge rules and
//!   messages of `--check-baseline` / `--update-baseline`.
//! - [`pool`]: the parallel job pool, running a job on its own thread with a time
//!   limit, and progress ticks.
//! - [`output`]: small output helpers (writing a report file).

#![forbid(unsafe_code)]

pub mod baseline;
pub mod checkout;
pub mod cli;
pub mod json;
pub mod output;
pub mod pool;
pub mod table;
