//! The Spindle host runtime: the event loop (on tokio's current-thread runtime), timers,
//! `queueMicrotask`, unhandled-rejection reporting, and the runtime's side of the
//! engine/host boundary (`spindle::jobs::Host`).
//!
//! Its public face is the embedding API ([`embed`]): a [`Runtime`] is one JavaScript agent
//! driven from your tokio. JS promises are Rust futures ([`Runtime::resolve`]), Rust
//! `async fn`s are JS functions returning promises ([`Runtime::register_async_fn`]), JS
//! async iterables are `Stream`s ([`Runtime::iterate`]) and Rust streams go into `for await`
//! ([`Runtime::async_iterable`]); [`RuntimeHandle`] posts work and interrupts from other
//! threads, [`RuntimePool`] runs N runtimes on N threads. Each item's rustdoc has a
//! runnable example; docs/embedding.md compares the API with Boa's, rquickjs's and
//! deno_core's.
//!
//! ```
//! use spindle_runtime::{JsError, Runtime, RuntimeOptions};
//!
//! let tokio = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
//! tokio.block_on(async {
//!     let mut rt = Runtime::new(RuntimeOptions::new());
//!     rt.register_async_fn("double", |(x,): (f64,)| async move {
//!         tokio::time::sleep(std::time::Duration::from_millis(1)).await;
//!         Ok::<_, JsError>(x * 2.0)
//!     })
//!     .unwrap();
//!     let p = rt.eval("(async () => (await double(20)) + 2)()").await.unwrap();
//!     assert_eq!(rt.resolve_as::<f64>(&p).await.unwrap(), 42.0);
//! });
//! ```
//!
//! The loop follows Node: run the script, drain the microtask queue, then repeatedly take
//! the next due timer, run it and drain the microtasks again, sleeping (without using CPU)
//! until the next timer is due, until no referenced timer is left.

#![forbid(unsafe_code)]

pub mod embed;
mod event_loop;
mod host;
mod immediate;
pub mod io;
pub mod loader;
pub mod node;
pub mod resources;
mod spindle_inspect;
mod timers;
pub mod trace;
pub mod web;
pub mod worker;

pub use embed::{
    Error, FromJs, Global, IntoJs, JsError, JsStream, Runtime, RuntimeHandle, RuntimeOptions, RuntimePool,
};
pub use event_loop::{Entry, EventLoop, TURNS_PER_POLL, new_engine};
pub use host::{RuntimeHost, with_runtime};
pub use node::fs::permission::Permissions;
pub use node::process::events::UnhandledRejections;

use spindle::Value;
use spindle::builtins::inspect::{InspectOptions, inspect, inspect_with};
use spindle::vm::{Vm, VmOptions};
use std::time::Duration;

/// How a script run ended.
pub enum Outcome {
    Ok,
    /// A syntax error, already formatted for the terminal.
    SyntaxError(String),
    /// An uncaught exception, formatted as `Uncaught ` and the error as Node prints it.
    Uncaught(String),
    /// A promise rejected with no handler at the end of a microtask checkpoint, formatted
    /// as `Uncaught (in promise) ` and the reason. Node's default
    /// (`--unhandled-rejections=throw`) ends the process there, with exit code 1.
    UnhandledRejection(String),
    /// A fatal engine condition (heap limit).
    Fatal(String),
    /// `RunOptions::timeout` passed while the script or its event loop was still running.
    TimedOut(Duration),
    /// The loop ran out of work while the main module's top-level await was still pending
    /// (Node exits with code 13).
    UnsettledTopLevelAwait,
    /// `process.exit(code)`, or a normal end with `process.exitCode` set.
    Exit(i32),
}

/// What the host needs to run a script besides the source: the engine's options and the
/// parts of Node's command line a script can see.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    pub vm: VmOptions,
    /// The command line as Node lays out `process.argv`: the executable's path, the
    /// script's absolute path (absent for `-e` and a piped stdin, `-` for `spindle -`), then
    /// the script's own arguments (Node: lib/internal/process/pre_execution.js
    /// patchProcessObject).
    pub argv: Vec<String>,
    /// The options given to the runtime itself (`process.execArgv`).
    pub exec_argv: Vec<String>,
    /// The environment `process.env` starts from (None: the process's own). A worker gets
    /// a copy of its parent's `process.env`.
    pub env: Option<Vec<(String, String)>>,
    /// End the run after this long, script and event loop included.
    pub timeout: Option<Duration>,
    /// The process exits right after the run: leave the heap to the operating system instead
    /// of freeing it cell by cell (as Node does at exit; freeing a large heap was 8 % of
    /// running a 1.6 MB bundle).
    pub exit_after_run: bool,
    /// `--unhandled-rejections=`: what an unhandled rejection does.
    pub unhandled_rejections: UnhandledRejections,
    /// `--no-warnings`: process warnings are not printed.
    pub no_warnings: bool,
    /// What the script may touch (Node's permission model). The default grants nothing,
    /// as an embedding should start; the CLI passes `Permissions::all()` unless
    /// `--permission` narrows it.
    pub permissions: std::sync::Arc<node::fs::permission::Permissions>,
    /// `--trace-async` / `--trace-filter`: record the async timeline and write it at the end.
    pub trace: Option<trace::TraceOptions>,
    /// The network for `http:` and `https:` scripts (web workers, `importScripts`, a module
    /// worker's imports); workers inherit it. None: such URLs fail to load.
    pub resources: Option<resources::Resources>,
    /// The URL the main script's relative URLs resolve against (a web `Worker`'s script
    /// URL), as a document's base URL; None: the main script's file URL.
    pub base_url: Option<String>,
}

/// Formats an uncaught exception: `Uncaught ` and the value as [`describe_thrown`] gives it.
pub fn describe_uncaught(vm: &mut Vm, v: Value) -> String {
    format!("Uncaught {}", describe_thrown(vm, v))
}

/// A thrown value as Node's fatal-exception report prints it: an object through
/// `util.inspect(err, { customInspect: false, depth: 5 })` (Node: lib/internal/errors.js
/// fatalExceptionStackEnhancers.afterInspector), so an error shows its stack followed by
/// its own properties and `[cause]`; a primitive as console.log shows it inside a container.
pub fn describe_thrown(vm: &mut Vm, v: Value) -> String {
    let Value::Object(o) = v else { return inspect(vm, v) };
    let opts = InspectOptions { depth: 5.0, custom_inspect: false, ..InspectOptions::default() };
    match inspect_with(vm, v, opts) {
        Ok(s) => s,
        // Node falls back to `err.stack` when inspecting throws; without running more code
        // that is what can be read directly.
        Err(_) => {
            let n = vm.names;
            if let Some(stack) = vm.peek_string_prop(o, n.stack).filter(|s| !s.is_empty()) {
                return stack;
            }
            let name = vm.peek_string_prop(o, n.name).unwrap_or_else(|| "Error".into());
            let msg = vm.peek_string_prop(o, n.message).unwrap_or_default();
            if msg.is_empty() { name } else { format!("{name}: {msg}") }
        }
    }
}

/// Runs `source` as the main script of a fresh engine and its event loop, on a
/// current-thread tokio runtime of its own.
pub fn run_script(source: &str, file: &str, options: RunOptions) -> Outcome {
    run(Entry::Script { source, name: file }, options)
}

/// Runs the program `entry` in a fresh [`Runtime`] and its event loop, on a current-thread
/// tokio runtime of its own: what the `spindle` command does with a file, `-e` or stdin.
pub fn run(entry: Entry<'_>, options: RunOptions) -> Outcome {
    let tokio = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => return Outcome::Fatal(format!("cannot start the event loop: {e}")),
    };
    let exit_after_run = options.exit_after_run;
    let tracing = options.trace.clone();
    let outcome = tokio.block_on(async {
        let mut runtime = Runtime::new(RuntimeOptions::from(options));
        if tracing.is_some() {
            trace::start(runtime.vm(), std::time::Instant::now());
        }
        let outcome = runtime.run_main(entry).await;
        if let Some(t) = &tracing {
            let agents = trace::finish(runtime.vm());
            if let Err(e) = trace::write(t, &agents) {
                eprintln!("spindle: cannot write the trace: {e}");
            }
        }
        if exit_after_run {
            std::mem::forget(runtime);
        }
        outcome
    });
    // A script that left the terminal in raw mode does not leave the user's shell in it.
    node::process::stdin::restore_terminal();
    outcome
}
