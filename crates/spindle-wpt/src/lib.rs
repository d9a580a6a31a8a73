//! `spindle-wpt`: runs web-platform-tests `.any.js` files against the Spindle runtime.
//!
//! Each test file (once per `META: variant=`) runs in a fresh runtime on its own thread:
//! a prelude that makes the global look like a worker-less shell scope (WPT's
//! `ShellTestEnvironment`, as Node's runner sets it up: test/common/wpt/worker.js), then
//! `resources/testharness.js`, a reporter, the `META: script=` files and the test itself.
//!
//! - [`meta`]: the `// META:` header of a test file.
//! - [`select`]: locating the WPT root and choosing which files run.
//! - [`harness`]: the JavaScript the runner adds around a test.
//! - [`page`]: the scripts of an HTML test, and the page of a `.worker.js` test.
//! - [`server`]: the WPT root served at the tests' `http:` URLs (workers, importScripts).
//! - [`exec`]: running one test in a runtime, and many in parallel.
//! - [`result`]: subtest and file results.
//! - [`report`]: the per-directory table and the JSON file.
//! - [`baseline`]: the checked-in list of passing subtests.
//!
//! The plumbing shared with `spindle-test262` (command-line lexing and common options, the
//! markdown table, the baseline file and its check/update/merge rules, the job pool and
//! per-run time limits) is in the `spindle-conformance` crate.

#![forbid(unsafe_code)]

pub mod baseline;
pub mod exec;
pub mod harness;
pub mod meta;
pub mod page;
pub mod report;
pub mod result;
pub mod select;
pub mod server;
