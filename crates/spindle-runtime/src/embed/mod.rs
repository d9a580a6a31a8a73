//! The embedding API: Spindle inside a Rust program's own async world.
//!
//! A [`Runtime`] is one JavaScript agent — an engine, its realm, its job queue and its
//! event loop — living on the thread that made it (it is `!Send`). It is driven from the
//! host's tokio: every method that runs the loop is a future (or, for hosts that own
//! their loop, [`Runtime::poll_event_loop`]), and the loop never busy-waits: when it has
//! nothing to run it returns Pending with its waker registered with each source that can
//! wake it (the next timer, I/O completions, host futures, work posted from other threads).
//!
//! The parts, each a small module:
//! - values across the boundary: [`Global`] handles and the [`FromJs`] / [`IntoJs`]
//!   conversions (`value.rs`), exceptions as [`JsError`] and the ways a run ends as
//!   [`Error`] (`error.rs`);
//! - Rust functions called from JavaScript, synchronous or `async` (`host_fn.rs`): an async
//!   one returns a promise settled by its future, which the loop polls;
//! - async iteration both ways (`stream.rs`): a JavaScript async iterable read as a
//!   `futures::Stream`, a Rust `Stream` handed to JavaScript as an async iterator;
//! - other threads (`handle.rs`, `pool.rs`): a `Send + Sync` [`RuntimeHandle`] posts work
//!   and interrupts, and a [`RuntimePool`] runs N runtimes on N threads for a
//!   multi-threaded application.
//!
//! ```
//! use spindle_runtime::{Runtime, RuntimeOptions};
//!
//! let tokio = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
//! tokio.block_on(async {
//!     let mut rt = Runtime::new(RuntimeOptions::new());
//!     let answer: f64 = rt.eval_as("6 * 7").await.unwrap();
//!     assert_eq!(answer, 42.0);
//! });
//! ```

mod error;
mod handle;
mod host_fn;
mod host_module;
mod pool;
mod stream;
mod value;

pub use crate::loader::ModuleHooks;
pub use error::{Error, JsError};
pub(crate) use handle::interrupt_agent;
pub use handle::{KeepAlive, KeepAliveCount, RuntimeHandle};
pub use host_fn::{HostCompletion, HostFn, HostFutures};
pub use pool::RuntimePool;
pub use stream::JsStream;
pub use value::{FromJs, FromJsArgs, Global, IntoJs, IntoJsArgs, ReleaseQueue};

use crate::event_loop::{Entry, EventLoop, new_engine};
use crate::host::with_runtime;
use crate::loader::{FileSystem, ModuleLoader};
use crate::node::fs::permission::Permissions;
use crate::{Outcome, RunOptions};
use spindle::Value;
use spindle::vm::{JsResult, Output, ScriptError, Vm};
use std::future::Future;
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::task::{Context, Poll};
use std::time::Duration;

/// How to build a [`Runtime`]. The default grants nothing: no file system access beyond
/// the modules it loads, an empty `process.env`, no workers — each capability is opted
/// into.
///
/// ```
/// use spindle_runtime::loader::MemoryFs;
/// use spindle_runtime::{Runtime, RuntimeOptions};
/// use std::{cell::RefCell, rc::Rc};
///
/// // Console output captured instead of printed.
/// #[derive(Clone, Default)]
/// struct Captured(Rc<RefCell<String>>);
/// impl spindle::Output for Captured {
///     fn print(&mut self, _stream: spindle::Stream, text: &str) {
///         self.0.borrow_mut().push_str(text);
///     }
/// }
///
/// let mut files = MemoryFs::new();
/// files.insert("/app/main.mjs", "import { greet } from './greet.mjs'; console.log(greet('embedder'));");
/// files.insert("/app/greet.mjs", "export const greet = (who) => `hello, ${who}`;");
/// let out = Captured::default();
/// let options = RuntimeOptions::new()
///     .file_system(files)
///     .output(out.clone())
///     .heap_limit(64 << 20)
///     .timeout(std::time::Duration::from_secs(5));
/// let tokio = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
/// tokio.block_on(async {
///     let mut rt = Runtime::new(options);
///     rt.run_module("/app/main.mjs").await.unwrap();
///     // Script code got no capabilities: reading the disk is denied.
///     let read = "import('node:fs/promises').then((fs) => fs.readFile('/etc/hostname')).catch((e) => e.code)";
///     let denied = rt.eval(read).await.unwrap();
///     assert_eq!(rt.resolve_as::<String>(&denied).await.unwrap(), "ERR_ACCESS_DENIED");
/// });
/// assert_eq!(*out.0.borrow(), "hello, embedder");
/// ```
pub struct RuntimeOptions {
    /// The engine's and Node layer's options (heap limit, `process.argv`, …).
    pub run: RunOptions,
    file_system: Option<Rc<dyn FileSystem>>,
    module_hooks: Option<Rc<dyn ModuleHooks>>,
    output: Option<Box<dyn Output>>,
    unhandled_rejection: Option<UnhandledRejectionHook>,
}

/// The embedder's unhandled-rejection callback (see
/// [`RuntimeOptions::on_unhandled_rejection`]).
pub type UnhandledRejectionHook = Box<dyn FnMut(&JsError) -> bool>;

impl Default for RuntimeOptions {
    /// No capabilities, an empty environment.
    fn default() -> RuntimeOptions {
        let run = RunOptions { env: Some(Vec::new()), ..RunOptions::default() };
        RuntimeOptions { run, file_system: None, module_hooks: None, output: None, unhandled_rejection: None }
    }
}

impl RuntimeOptions {
    pub fn new() -> RuntimeOptions {
        RuntimeOptions::default()
    }

    /// The heap limit in bytes: past it the run ends with [`Error::Fatal`].
    pub fn heap_limit(mut self, bytes: usize) -> Self {
        self.run.vm.max_heap_bytes = Some(bytes);
        self
    }

    /// The deepest JavaScript call stack, in frames (at most the engine's own limit,
    /// 10 000): deeper recursion is a RangeError.
    pub fn max_call_depth(mut self, frames: usize) -> Self {
        self.run.vm.max_frames = Some(frames);
        self
    }

    /// A deadline for everything the runtime runs, counted from its creation (the CLI's
    /// `--timeout`): past it, calls return [`Error::TimedOut`].
    pub fn timeout(mut self, limit: Duration) -> Self {
        self.run.timeout = Some(limit);
        self
    }

    /// What script code may touch: file system paths to read and write, workers, child
    /// processes (Node's permission model). Nothing by default.
    pub fn permissions(mut self, permissions: Permissions) -> Self {
        self.run.permissions = Arc::new(permissions);
        self
    }

    /// Where modules are loaded from (the disk by default; [`crate::loader::MemoryFs`]
    /// for sources the application ships).
    pub fn file_system(mut self, fs: impl FileSystem + 'static) -> Self {
        self.file_system = Some(Rc::new(fs));
        self
    }

    /// Where `console` writes (the process's stdout and stderr by default).
    pub fn output(mut self, output: impl Output + 'static) -> Self {
        self.output = Some(Box::new(output));
        self
    }

    /// `process.argv` (the executable, the script, its arguments).
    pub fn argv(mut self, argv: Vec<String>) -> Self {
        self.run.argv = argv;
        self
    }

    /// The variables `process.env` shows (none by default).
    pub fn env(mut self, vars: Vec<(String, String)>) -> Self {
        self.run.env = Some(vars);
        self
    }

    /// `process.env` shows the process's own environment.
    pub fn inherit_env(mut self) -> Self {
        self.run.env = None;
        self
    }

    /// The embedder's module hooks: its own specifiers and sources, consulted before
    /// Node's resolution, and extra `import.meta` properties. (Modules made of Rust values
    /// and functions: [`Runtime::define_module`].)
    pub fn module_hooks(mut self, hooks: impl ModuleHooks + 'static) -> Self {
        self.module_hooks = Some(Rc::new(hooks));
        self
    }

    /// Called with a promise rejection no handler took by the end of a microtask
    /// checkpoint (after `process.on('unhandledRejection')` listeners): `true` if the host
    /// has dealt with it, `false` for the default (the loop ends with
    /// [`Error::UnhandledRejection`]).
    pub fn on_unhandled_rejection(mut self, hook: impl FnMut(&JsError) -> bool + 'static) -> Self {
        self.unhandled_rejection = Some(Box::new(hook));
        self
    }
}

impl From<RunOptions> for RuntimeOptions {
    fn from(run: RunOptions) -> RuntimeOptions {
        RuntimeOptions { run, file_system: None, module_hooks: None, output: None, unhandled_rejection: None }
    }
}

/// A JavaScript agent and its event loop, on the thread that made it.
pub struct Runtime {
    lp: EventLoop,
    interrupt: Arc<AtomicBool>,
    /// The host's release queue (also the runtime's identity for [`Global`]s), kept here
    /// so a call need not look it up in the host.
    releases: Arc<ReleaseQueue>,
}

impl Runtime {
    /// A fresh engine with the runtime's globals (Node's and the web's) and an idle loop.
    pub fn new(mut options: RuntimeOptions) -> Runtime {
        let interrupt = options.run.vm.interrupt.get_or_insert_with(Default::default).clone();
        if let Some(t) = options.run.timeout {
            options.run.vm.deadline = std::time::Instant::now().checked_add(t);
        }
        let mut vm = new_engine(&options.run);
        if let Some(fs) = options.file_system.take() {
            // The embedder's own file system holds the code it chose to run: its modules
            // load without a read grant (which governs the disk).
            with_runtime(&mut vm, |_, h| h.loader = ModuleLoader::new(fs));
        }
        if let Some(hooks) = options.module_hooks.take() {
            with_runtime(&mut vm, |_, h| h.loader.hooks = Some(hooks));
        }
        if let Some(hook) = options.unhandled_rejection.take() {
            with_runtime(&mut vm, |_, h| h.unhandled_rejection_hook = Some(hook));
        }
        if let Some(output) = options.output.take() {
            vm.set_output(output);
        }
        let releases = with_runtime(&mut vm, |_, h| h.releases.clone());
        Runtime { lp: EventLoop::new(vm, options.run.timeout), interrupt, releases }
    }

    /// The engine, for what this API does not cover (its own API is public too).
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.lp.vm
    }

    /// The event loop driving the engine.
    pub fn event_loop(&mut self) -> &mut EventLoop {
        &mut self.lp
    }

    /// A handle other threads use to post work to this runtime and interrupt it.
    ///
    /// ```
    /// # use spindle_runtime::{Error, Runtime, RuntimeOptions};
    /// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
    /// let mut rt = Runtime::new(RuntimeOptions::new());
    /// let handle = rt.handle();
    /// let watchdog = std::thread::spawn(move || {
    ///     std::thread::sleep(std::time::Duration::from_millis(20));
    ///     handle.interrupt();
    /// });
    /// assert!(matches!(rt.eval("while (true) {}").await, Err(Error::Interrupted)));
    /// watchdog.join().unwrap();
    /// // The runtime goes on.
    /// assert_eq!(rt.eval_as::<f64>("1 + 1").await.unwrap(), 2.0);
    /// # });
    /// ```
    pub fn handle(&mut self) -> RuntimeHandle {
        let (post, keep_alive) = with_runtime(&mut self.lp.vm, |_, h| (h.io.sender(), h.keep_alive.clone()));
        RuntimeHandle { post, interrupt: Arc::clone(&self.interrupt), thread: std::thread::current(), keep_alive }
    }

    /// Runs `f` with the engine, an exception it returns made a [`JsError`] (or the reason
    /// the engine stopped). Values `f` creates and keeps in locals across a call into script
    /// must be rooted (`vm.root`); the roots are dropped when `f` returns.
    pub fn with_vm<R>(&mut self, f: impl FnOnce(&mut Vm) -> JsResult<R>) -> Result<R, Error> {
        self.scope(|vm, _| f(vm))
    }

    /// [`with_vm`](Self::with_vm) that also hands over the release queue (for making and
    /// reading [`Global`]s without looking it up).
    fn scope<R>(&mut self, f: impl FnOnce(&mut Vm, &Arc<ReleaseQueue>) -> JsResult<R>) -> Result<R, Error> {
        self.releases.release(&mut self.lp.vm);
        let mark = self.lp.vm.roots.len();
        let r = f(&mut self.lp.vm, &self.releases);
        self.lp.vm.roots.truncate(mark);
        r.map_err(|thrown| self.thrown(thrown))
    }

    /// An exception that reached the host: the engine's stop reason if it is stopping.
    fn thrown(&mut self, thrown: Value) -> Error {
        if self.lp.vm.terminating.is_some() {
            let outcome = self.lp.terminated().unwrap_or(Outcome::Fatal(spindle::vm::INTERRUPTED.into()));
            return self.error(outcome);
        }
        Error::Js(JsError::from_thrown(&mut self.lp.vm, thrown))
    }

    /// The error an outcome of the loop is.
    pub(crate) fn error(&mut self, outcome: Outcome) -> Error {
        let uncaught = self.lp.take_uncaught();
        let error = Error::from_outcome(outcome, &mut self.lp.vm, uncaught)
            .unwrap_or_else(|| Error::Fatal("the run ended without an error".into()));
        if matches!(error, Error::Interrupted) {
            // Ready for the next call: the interrupt stopped this one only.
            self.lp.vm.terminating = None;
            self.interrupt.store(false, std::sync::atomic::Ordering::Release);
        }
        error
    }

    /// A microtask checkpoint as the loop runs one after each callback (nextTicks,
    /// promise jobs, unhandled rejections).
    pub fn checkpoint(&mut self) -> Result<(), Error> {
        self.lp.checkpoint().map_err(|o| self.error(o))
    }

    /// Runs the promise jobs queued so far (V8's checkpoint when a call from the host
    /// returns); unhandled rejections wait for the loop's next checkpoint, so a promise the
    /// host is about to await is not reported.
    fn run_microtasks(&mut self) -> Result<(), Error> {
        self.lp.run_microtasks().map_err(|o| self.error(o))
    }

    /// Runs `source` as a classic script (named `<eval>` in stacks) and the promise jobs it
    /// queued; its completion value. A promise is returned as is: [`resolve`] awaits it.
    ///
    /// [`resolve`]: Self::resolve
    pub async fn eval(&mut self, source: &str) -> Result<Global, Error> {
        self.eval_script(source, "<eval>")
    }

    /// [`eval`](Self::eval) converted to a Rust value.
    pub async fn eval_as<T: FromJs>(&mut self, source: &str) -> Result<T, Error> {
        let v = self.eval_script(source, "<eval>")?;
        self.to_rust(&v)
    }

    /// Runs `source` as a classic script named `name`.
    pub fn eval_script(&mut self, source: &str, name: &str) -> Result<Global, Error> {
        let r = self.lp.vm.eval_script(source, name);
        let v = match r {
            Ok(v) => Global::new(&mut self.lp.vm, v),
            Err(ScriptError::Syntax(e)) => return Err(Error::Syntax(e.to_string())),
            Err(ScriptError::Thrown(v)) => return Err(self.thrown(v)),
        };
        self.run_microtasks()?;
        Ok(v)
    }

    /// Loads, links and evaluates the ES module at `path` (through the runtime's file
    /// system, with Node's resolution for what it imports), running the loop until its
    /// evaluation — top-level `await` included — is done; its namespace object. Work it
    /// started (timers, I/O) goes on when the loop runs again ([`run_event_loop`]).
    ///
    /// [`run_event_loop`]: Self::run_event_loop
    pub async fn run_module(&mut self, path: impl AsRef<Path>) -> Result<Global, Error> {
        let path = std::path::absolute(path.as_ref()).unwrap_or_else(|_| path.as_ref().to_path_buf());
        let fs = with_runtime(&mut self.lp.vm, |_, h| h.loader.fs.clone());
        let Some(source) = fs.read_to_string(&path) else {
            let message = format!("Cannot find module '{}'", path.display());
            return Err(Error::Js(JsError::named("Error", message)));
        };
        let url = crate::loader::resolve::file_url(&path);
        let m = match crate::loader::parse_entry(&mut self.lp.vm, &source, &url) {
            Ok(m) => m,
            Err(e) => return Err(Error::Syntax(e.to_string())),
        };
        let loaded = self.with_vm(|vm| {
            let p = vm.load_requested_modules(m);
            Ok(Global::new(vm, Value::Object(p)))
        })?;
        self.resolve(&loaded).await?;
        self.with_vm(|vm| vm.link_module(m))?;
        let evaluated = self.with_vm(|vm| {
            let p = vm.evaluate_module(m);
            Ok(Global::new(vm, Value::Object(p)))
        })?;
        self.resolve(&evaluated).await?;
        self.with_vm(|vm| {
            let ns = vm.module_namespace(m);
            Ok(Global::new(vm, Value::Object(ns)))
        })
    }

    /// Runs a program as the `spindle` command does: a file as CommonJS or an ES module by
    /// Node's rules, or a script; then the event loop until nothing is pending, with
    /// Node's `beforeExit` and `exit` events and exit codes.
    pub async fn run_main(&mut self, entry: Entry<'_>) -> Outcome {
        self.lp.run_entry(entry).await
    }

    /// Runs the event loop until nothing keeps it alive: no referenced timer, Immediate,
    /// I/O operation, host future in flight or [`KeepAlive`] guard.
    pub async fn run_event_loop(&mut self) -> Result<(), Error> {
        std::future::poll_fn(|cx| self.poll_event_loop(cx)).await
    }

    /// One poll of the event loop, for a host that owns its loop: runs what is ready and
    /// returns Pending (with the waker registered) when it must wait, Ready when nothing
    /// is left. Must be polled inside a tokio runtime with timers enabled.
    ///
    /// ```
    /// # use spindle_runtime::{Runtime, RuntimeOptions};
    /// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
    /// let mut rt = Runtime::new(RuntimeOptions::new());
    /// rt.eval("setTimeout(() => { globalThis.fired = true }, 10)").await.unwrap();
    /// // The host's own loop: other work could be polled beside the runtime here.
    /// std::future::poll_fn(|cx| rt.poll_event_loop(cx)).await.unwrap();
    /// assert!(rt.eval_as::<bool>("fired").await.unwrap());
    /// # });
    /// ```
    pub fn poll_event_loop(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        self.lp.poll_event_loop(cx).map_err(|o| self.error(o))
    }

    /// Awaits a promise (or any value: PromiseResolve, so thenables are followed): its
    /// fulfillment value, or its rejection as `Err(Error::Js)`. The event loop runs
    /// meanwhile; if it runs out of work first, [`Error::PromiseNeverSettles`].
    pub async fn resolve(&mut self, value: &Global) -> Result<Global, Error> {
        let promise = self.with_vm(|vm| {
            let v = value.value(vm)?;
            awaitable(vm, v)
        })?;
        std::future::poll_fn(|cx| self.poll_settled(cx, &promise)).await
    }

    /// [`resolve`](Self::resolve) converted to a Rust value.
    pub async fn resolve_as<T: FromJs>(&mut self, value: &Global) -> Result<T, Error> {
        let v = self.resolve(value).await?;
        self.to_rust(&v)
    }

    /// Polls a promise made by [`awaitable`] until it settles, running the loop.
    pub(crate) fn poll_settled(&mut self, cx: &mut Context<'_>, promise: &Global) -> Poll<Result<Global, Error>> {
        let p = match self.with_vm(|vm| promise.value(vm)) {
            Ok(Value::Object(p)) => p,
            Ok(_) => return Poll::Ready(Err(Error::Fatal("not a promise".into()))),
            Err(e) => return Poll::Ready(Err(e)),
        };
        let settled = |vm: &mut Vm| !matches!(vm.promise_state(p), Some((spindle::jobs::PromiseState::Pending, _)));
        if !settled(&mut self.lp.vm) {
            // Jobs already queued may settle it without the loop.
            if let Err(e) = self.checkpoint() {
                return Poll::Ready(Err(e));
            }
        }
        if !settled(&mut self.lp.vm) {
            match self.lp.poll_event_loop_until(cx, settled) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Err(o)) => return Poll::Ready(Err(self.error(o))),
                Poll::Ready(Ok(())) if !settled(&mut self.lp.vm) => {
                    return Poll::Ready(Err(Error::PromiseNeverSettles));
                }
                Poll::Ready(Ok(())) => {}
            }
        }
        let vm = &mut self.lp.vm;
        Poll::Ready(match vm.promise_state(p) {
            Some((spindle::jobs::PromiseState::Fulfilled, v)) => Ok(Global::new(vm, v)),
            Some((_, reason)) => Err(Error::Js(JsError::from_thrown(vm, reason))),
            None => Err(Error::Fatal("not a promise".into())),
        })
    }

    /// `globalThis[name]`.
    pub fn global(&mut self, name: &str) -> Result<Global, Error> {
        self.with_vm(|vm| {
            let global = vm.global_object();
            let key = vm.key_str(name);
            let v = vm.get(global, key, Value::Object(global))?;
            Ok(Global::new(vm, v))
        })
    }

    /// Sets `globalThis[name]`.
    pub fn set_global(&mut self, name: &str, value: impl IntoJs) -> Result<(), Error> {
        self.with_vm(|vm| {
            let v = value.into_js(vm)?;
            vm.root(v);
            let global = vm.global_object();
            let key = vm.key_str(name);
            vm.set(global, key, v, Value::Object(global))?;
            Ok(())
        })
    }

    /// `object[name]` (getters run).
    pub fn get(&mut self, object: &Global, name: &str) -> Result<Global, Error> {
        self.get_as(object, name)
    }

    /// `object[name] = value` (setters run; a failed strict-mode assignment throws).
    pub fn set(&mut self, object: &Global, name: &str, value: impl IntoJs) -> Result<(), Error> {
        self.with_vm(|vm| {
            let Value::Object(o) = object.value(vm)? else {
                return Err(vm.type_error(&format!("cannot set property '{name}' of a primitive")));
            };
            let v = value.into_js(vm)?;
            vm.root(v);
            let key = vm.key_str(name);
            if !vm.set(o, key, v, Value::Object(o))? {
                return Err(vm.type_error(&format!("Cannot assign to read only property '{name}' of object")));
            }
            Ok(())
        })
    }

    /// `object[name]` converted to Rust.
    pub fn get_as<T: FromJs>(&mut self, object: &Global, name: &str) -> Result<T, Error> {
        self.scope(|vm, queue| {
            let o = object.value_in(vm, queue)?;
            let key = vm.key_str(name);
            let v = vm.get_value_prop(o, key)?;
            T::from_js(vm, v)
        })
    }

    /// Converts a held value to Rust.
    pub fn to_rust<T: FromJs>(&mut self, value: &Global) -> Result<T, Error> {
        self.scope(|vm, queue| {
            let v = value.value_in(vm, queue)?;
            T::from_js(vm, v)
        })
    }

    /// Converts a Rust value to a held JavaScript one.
    pub fn to_js(&mut self, value: impl IntoJs) -> Result<Global, Error> {
        self.with_vm(|vm| {
            let v = value.into_js(vm)?;
            Ok(Global::new(vm, v))
        })
    }

    /// Calls `function` with `this` undefined, then runs the promise jobs the call queued.
    /// An exception it throws is `Err(Error::Js)` with its stack.
    ///
    /// ```
    /// # use spindle_runtime::{Error, Runtime, RuntimeOptions};
    /// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
    /// let mut rt = Runtime::new(RuntimeOptions::new());
    /// rt.eval_script("function div(a, b) {\n  if (b === 0) throw new RangeError('division by zero');\n  return a / b;\n}", "math.js").unwrap();
    /// let div = rt.global("div").unwrap();
    /// let q = rt.call(&div, (1, 4)).unwrap();
    /// assert_eq!(rt.to_rust::<f64>(&q).unwrap(), 0.25);
    /// let Err(Error::Js(e)) = rt.call(&div, (1, 0)) else { unreachable!() };
    /// assert_eq!(e.stack.lines().take(2).collect::<Vec<_>>(), ["RangeError: division by zero", "    at div (math.js:2:22)"]);
    /// # });
    /// ```
    pub fn call(&mut self, function: &Global, args: impl IntoJsArgs) -> Result<Global, Error> {
        self.call_as(function, args)
    }

    /// [`call`](Self::call) with the result converted to Rust.
    pub fn call_as<T: FromJs>(&mut self, function: &Global, args: impl IntoJsArgs) -> Result<T, Error> {
        let v = self.scope(|vm, queue| {
            let f = function.value_in(vm, queue)?;
            vm.root(f);
            let args = args.into_js_args(vm)?;
            vm.roots.extend_from_slice(&args);
            let v = vm.call(f, Value::Undefined, &args)?;
            T::from_js(vm, v)
        })?;
        self.run_microtasks()?;
        Ok(v)
    }

    /// Calls `object[name](...args)`.
    pub fn call_method(&mut self, object: &Global, name: &str, args: impl IntoJsArgs) -> Result<Global, Error> {
        let v = self.with_vm(|vm| {
            let o = object.value(vm)?;
            let key = vm.key_str(name);
            let f = vm.get_value_prop(o, key)?;
            vm.root(f);
            if !vm.is_callable(f) {
                let d = vm.describe(o);
                return Err(vm.type_error(&format!("{d}.{name} is not a function")));
            }
            let args = args.into_js_args(vm)?;
            vm.roots.extend_from_slice(&args);
            let v = vm.call(f, o, &args)?;
            Ok(Global::new(vm, v))
        })?;
        self.run_microtasks()?;
        Ok(v)
    }

    /// A JavaScript function running `f` (its parameters converted from the call's
    /// arguments, its result to the return value; an `Err` is thrown).
    pub fn function<A, R, F>(&mut self, name: &str, f: F) -> Result<Global, Error>
    where
        A: FromJsArgs,
        R: IntoJs,
        F: Fn(A) -> Result<R, JsError> + 'static,
    {
        let body = host_fn::sync_body(f);
        self.with_vm(|vm| {
            let f = host_fn::new_host_fn(vm, name, 0, body);
            Ok(Global::new(vm, Value::Object(f)))
        })
    }

    /// Defines `globalThis[name]` as a function running `f` (see [`function`]).
    ///
    /// [`function`]: Self::function
    pub fn register_fn<A, R, F>(&mut self, name: &str, f: F) -> Result<(), Error>
    where
        A: FromJsArgs,
        R: IntoJs,
        F: Fn(A) -> Result<R, JsError> + 'static,
    {
        let function = self.function(name, f)?;
        self.set_global(name, &function)
    }

    /// A JavaScript function returning a promise that `f`'s future settles. The future is
    /// polled by this runtime's event loop (it need not be `Send`, and it may use tokio's
    /// timers and I/O), fairly with the promise jobs: each poll phase polls the futures
    /// that were woken once, and each completion is followed by a microtask checkpoint.
    pub fn async_function<A, R, F, Fut>(&mut self, name: &str, f: F) -> Result<Global, Error>
    where
        A: FromJsArgs,
        R: IntoJs + 'static,
        F: Fn(A) -> Fut + 'static,
        Fut: Future<Output = Result<R, JsError>> + 'static,
    {
        let body = host_fn::async_body(f);
        self.with_vm(|vm| {
            let f = host_fn::new_host_fn(vm, name, 0, body);
            Ok(Global::new(vm, Value::Object(f)))
        })
    }

    /// Defines `globalThis[name]` as an async host function (see [`async_function`]).
    ///
    /// ```
    /// # use spindle_runtime::{JsError, Runtime, RuntimeOptions};
    /// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
    /// let mut rt = Runtime::new(RuntimeOptions::new());
    /// rt.register_async_fn("fetchUser", |(id,): (u32,)| async move {
    ///     tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    ///     if id == 0 { return Err(JsError::type_error("no user 0")) }
    ///     Ok(format!("user {id}"))
    /// }).unwrap();
    /// let p = rt.eval("(async () => [await fetchUser(7), await fetchUser(0).catch((e) => e.name)])()").await.unwrap();
    /// assert_eq!(rt.resolve_as::<Vec<String>>(&p).await.unwrap(), ["user 7", "TypeError"]);
    /// # });
    /// ```
    ///
    /// [`async_function`]: Self::async_function
    pub fn register_async_fn<A, R, F, Fut>(&mut self, name: &str, f: F) -> Result<(), Error>
    where
        A: FromJsArgs,
        R: IntoJs + 'static,
        F: Fn(A) -> Fut + 'static,
        Fut: Future<Output = Result<R, JsError>> + 'static,
    {
        let function = self.async_function(name, f)?;
        self.set_global(name, &function)
    }

    /// Makes `exports` (an object: host functions, values) importable as `specifier`:
    /// `import { name } from specifier` gives its own enumerable properties, the default
    /// import the object itself.
    ///
    /// ```
    /// # use spindle_runtime::{Runtime, RuntimeOptions};
    /// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
    /// let mut rt = Runtime::new(RuntimeOptions::new());
    /// let exports = rt.to_js(serde_json::json!({ "version": "1.2" })).unwrap();
    /// let hello = rt.function("hello", |(who,): (String,)| Ok(format!("hello, {who}"))).unwrap();
    /// rt.set(&exports, "hello", &hello).unwrap();
    /// rt.define_module("host:app", &exports).unwrap();
    /// let p = rt.eval("import('host:app').then(({ hello, version }) => hello('module ' + version))").await.unwrap();
    /// assert_eq!(rt.resolve_as::<String>(&p).await.unwrap(), "hello, module 1.2");
    /// # });
    /// ```
    pub fn define_module(&mut self, specifier: &str, exports: &Global) -> Result<(), Error> {
        self.with_vm(|vm| {
            let v = exports.value(vm)?;
            host_module::define(vm, specifier, v)
        })
    }

    /// Reads a JavaScript async iterable (or a sync iterable, as `for await` does) as a
    /// Rust stream of `T`. See [`JsStream`].
    ///
    /// ```
    /// # use spindle_runtime::{Runtime, RuntimeOptions};
    /// use futures_util::StreamExt;
    /// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
    /// let mut rt = Runtime::new(RuntimeOptions::new());
    /// let counter = rt.eval("(async function* () { try { for (let i = 0; ; i++) yield i } finally { globalThis.closed = true } })()").await.unwrap();
    /// let first: Vec<u32> = rt.iterate::<u32>(&counter).unwrap().take(3).map(Result::unwrap).collect().await;
    /// assert_eq!(first, [0, 1, 2]);
    /// // The stream was dropped after three items: the generator's finally ran.
    /// assert!(rt.eval_as::<bool>("closed").await.unwrap());
    /// # });
    /// ```
    pub fn iterate<T: FromJs>(&mut self, iterable: &Global) -> Result<JsStream<'_, T>, Error> {
        JsStream::new(self, iterable)
    }

    /// Hands a Rust stream to JavaScript as an async iterator (usable with `for await`):
    /// each `next()` polls the stream for one item, so the stream is polled only as fast
    /// as JavaScript asks; `return()` (a `break` out of the loop) drops it.
    ///
    /// ```
    /// # use spindle_runtime::{Runtime, RuntimeOptions};
    /// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
    /// let mut rt = Runtime::new(RuntimeOptions::new());
    /// let words = rt.async_iterable(futures_util::stream::iter(["to", "be", "or", "not"])).unwrap();
    /// rt.set_global("words", &words).unwrap();
    /// let p = rt.eval("(async () => { let s = ''; for await (const w of words) s += w + ' '; return s })()").await.unwrap();
    /// assert_eq!(rt.resolve_as::<String>(&p).await.unwrap(), "to be or not ");
    /// # });
    /// ```
    pub fn async_iterable<S, T>(&mut self, stream: S) -> Result<Global, Error>
    where
        S: futures_util::Stream<Item = T> + 'static,
        T: IntoJs + 'static,
    {
        self.with_vm(|vm| {
            let it = stream::async_iterable(vm, stream);
            Ok(Global::new(vm, it))
        })
    }
}

/// PromiseResolve(%Promise%, v), marked as handled: the host awaits it, so its rejection
/// is the host's to see, not an unhandled one.
pub(crate) fn awaitable(vm: &mut Vm, v: Value) -> JsResult<Global> {
    let ctor = vm.intrinsics().promise.map_or(Value::Undefined, Value::Object);
    let p = vm.promise_resolve(ctor, v)?;
    if let Value::Object(o) = p {
        vm.perform_promise_then(o, Value::Undefined, Value::Undefined, spindle::jobs::Capability::None);
    }
    Ok(Global::new(vm, p))
}
