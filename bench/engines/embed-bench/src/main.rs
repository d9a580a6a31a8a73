//! embed-bench: the overhead of three engines' embedding APIs, measured side by side in
//! one process: Spindle (`spindle-runtime`'s `Runtime`), QuickJS through rquickjs 0.14
//! (`AsyncRuntime`/`AsyncContext`) and Boa 0.22 (`Context` with its `SimpleJobExecutor`
//! driven by `run_jobs_async`). Everything runs inside one tokio current-thread runtime.
//!
//! Three operations, each with the same JavaScript source on every engine:
//! 1. `add`: Rust calls `function add(a, b) { return a + b }` with two numbers and converts
//!    the result to f64 (one call from Rust per operation).
//! 2. `await inc`: `async function loop(n) { ... s = await inc(s) ... }` where `inc` is a
//!    Rust async function whose future completes at once (`async move { Ok(x + 1) }`); one
//!    `loop(n)` call is started from Rust and its promise awaited to completion; the time is
//!    divided by `n` (per awaited call).
//! 3. `for await`: a Rust stream of `n` numbers (`futures::stream::iter`) consumed by
//!    `for await (const x of source) sum += x`; per item. Spindle hands the stream over
//!    with `Runtime::async_iterable`; QuickJS and Boa have no such bridge, so a minimal one
//!    is written here with each engine's own API (a `next()` native function returning a
//!    promise that a Rust future settles with `{ value, done }`); see `qjs_stream_source`
//!    and `boa_stream_source` for their line counts.
//!
//! Method: for each engine and operation the iteration count `n` is calibrated (grown from
//! a small count, which also warms up, until one run takes at least 50 ms, then scaled to
//! ~0.4 s per run); then 5 runs of `n` are timed and the median ns/op is printed. Each
//! run's result is checked (the sum it must produce). `--quick` uses tiny fixed counts to
//! smoke-test the harness; its numbers are not meaningful.
//!
//! Run: `cargo run --release -p embed-bench [-- --quick]` from bench/engines.

use futures_util::stream::{Stream, StreamExt};
use std::cell::RefCell;
use std::pin::Pin;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// The script every engine runs.
const SCRIPT: &str = r#"
function add(a, b) { return a + b }
async function loop(n) { let s = 0; for (let i = 0; i < n; i++) s = await inc(s); return s }
async function consume(source) { let sum = 0; for await (const x of source) sum += x; return sum }
"#;

#[derive(Clone, Copy, Debug)]
enum Op {
    Call,
    AwaitAsyncFn,
    StreamForAwait,
}

const OPS: [Op; 3] = [Op::Call, Op::AwaitAsyncFn, Op::StreamForAwait];

impl Op {
    fn label(self) -> &'static str {
        match self {
            Op::Call => "Rust→JS call `add(1, 2)` → f64",
            Op::AwaitAsyncFn => "JS `await inc(s)` of a Rust async fn (per await)",
            Op::StreamForAwait => "Rust stream item → `for await` (per item)",
        }
    }

    /// The result a run of `n` must produce.
    fn expected(self, n: u64) -> f64 {
        match self {
            Op::Call => 3.0 * n as f64,
            Op::AwaitAsyncFn => n as f64,
            Op::StreamForAwait => (n * n.saturating_sub(1) / 2) as f64,
        }
    }

    /// The count `--quick` uses.
    fn quick_n(self) -> u64 {
        match self {
            Op::Call => 2_000,
            Op::AwaitAsyncFn | Op::StreamForAwait => 500,
        }
    }
}

/// The stream the third operation hands to JavaScript.
fn numbers(n: u64) -> impl Stream<Item = f64> + 'static {
    futures_util::stream::iter(0..n).map(|i| i as f64)
}

type BoxError = Box<dyn std::error::Error>;

/// One engine: runs `op` `n` times, returning the time taken and the result to check.
trait Engine {
    const NAME: &'static str;
    async fn run(&mut self, op: Op, n: u64) -> Result<(Duration, f64), BoxError>;
}

// ---------------------------------------------------------------------------------------
// Spindle
// ---------------------------------------------------------------------------------------

struct Spindle {
    rt: spindle_runtime::Runtime,
    add: spindle_runtime::Global,
    looper: spindle_runtime::Global,
    consume: spindle_runtime::Global,
}

impl Spindle {
    fn new() -> Result<Self, BoxError> {
        use spindle_runtime::{JsError, Runtime, RuntimeOptions};
        let mut rt = Runtime::new(RuntimeOptions::new());
        rt.eval_script(SCRIPT, "bench.js")?;
        rt.register_async_fn("inc", |(x,): (f64,)| async move { Ok::<f64, JsError>(x + 1.0) })?;
        let add = rt.global("add")?;
        let looper = rt.global("loop")?;
        let consume = rt.global("consume")?;
        Ok(Spindle { rt, add, looper, consume })
    }
}

impl Engine for Spindle {
    const NAME: &'static str = "Spindle";

    async fn run(&mut self, op: Op, n: u64) -> Result<(Duration, f64), BoxError> {
        let rt = &mut self.rt;
        let start = Instant::now();
        let result = match op {
            Op::Call => {
                let mut sum = 0.0;
                for _ in 0..n {
                    sum += rt.call_as::<f64>(&self.add, (1.0, 2.0))?;
                }
                sum
            }
            Op::AwaitAsyncFn => {
                let p = rt.call(&self.looper, (n as f64,))?;
                let v = rt.resolve(&p).await?;
                rt.to_rust::<f64>(&v)?
            }
            Op::StreamForAwait => {
                let source = rt.async_iterable(numbers(n))?;
                let p = rt.call(&self.consume, (&source,))?;
                let v = rt.resolve(&p).await?;
                rt.to_rust::<f64>(&v)?
            }
        };
        Ok((start.elapsed(), result))
    }
}

// ---------------------------------------------------------------------------------------
// QuickJS (rquickjs 0.14)
// ---------------------------------------------------------------------------------------

struct QuickJs {
    rt: rquickjs::AsyncRuntime,
    ctx: rquickjs::AsyncContext,
}

impl QuickJs {
    async fn new() -> Result<Self, BoxError> {
        use rquickjs::prelude::{Async, Func};
        let rt = rquickjs::AsyncRuntime::new()?;
        let ctx = rquickjs::AsyncContext::full(&rt).await?;
        ctx.async_with(async |ctx| {
            ctx.globals().set("inc", Func::from(Async(|x: f64| async move { Ok::<f64, rquickjs::Error>(x + 1.0) })))?;
            ctx.eval::<(), _>(SCRIPT).map_err(|e| qjs_error(&ctx, e))?;
            Ok::<(), BoxError>(())
        })
        .await?;
        Ok(QuickJs { rt, ctx })
    }
}

/// An rquickjs error with the exception it stands for.
fn qjs_error(ctx: &rquickjs::Ctx<'_>, e: rquickjs::Error) -> BoxError {
    if e.is_exception() { format!("{e}: {:?}", ctx.catch()).into() } else { e.into() }
}

/// The hand-written bridge for QuickJS: a Rust stream as a JavaScript async iterator. Its
/// `next()` is a Rust async function (rquickjs's `Async`) polling the stream for one item
/// and answering `{ value, done }`; `[Symbol.asyncIterator]` is added in JavaScript.
/// 20 lines (this function, rustfmt-style, without comments).
fn qjs_stream_source<'js>(
    ctx: &rquickjs::Ctx<'js>,
    stream: impl Stream<Item = f64> + 'static,
) -> rquickjs::Result<rquickjs::Value<'js>> {
    use rquickjs::prelude::{Async, Func};
    let stream = Rc::new(RefCell::new(Box::pin(stream) as Pin<Box<dyn Stream<Item = f64>>>));
    let c = ctx.clone();
    let next = Func::from(Async(move || {
        let (c, stream) = (c.clone(), stream.clone());
        async move {
            // Borrowed for each poll only: a second next() while one waits is not a panic.
            let item = std::future::poll_fn(|cx| stream.borrow_mut().as_mut().poll_next(cx)).await;
            let result = rquickjs::Object::new(c)?;
            result.set("value", item)?;
            result.set("done", item.is_none())?;
            Ok::<_, rquickjs::Error>(result)
        }
    }));
    let wrap: rquickjs::Function = ctx.eval("(next) => ({ next, [Symbol.asyncIterator]() { return this } })")?;
    wrap.call((next,))
}

impl Engine for QuickJs {
    const NAME: &'static str = "QuickJS";

    async fn run(&mut self, op: Op, n: u64) -> Result<(Duration, f64), BoxError> {
        use rquickjs::{Function, Promise};
        let r = self
            .ctx
            .async_with(async |ctx| {
                let run = async {
                    let globals = ctx.globals();
                    let start = Instant::now();
                    let result = match op {
                        Op::Call => {
                            let add: Function = globals.get("add")?;
                            let mut sum = 0.0;
                            for _ in 0..n {
                                sum += add.call::<_, f64>((1.0, 2.0))?;
                            }
                            sum
                        }
                        Op::AwaitAsyncFn => {
                            let looper: Function = globals.get("loop")?;
                            let p: Promise = looper.call((n as f64,))?;
                            p.into_future::<f64>().await?
                        }
                        Op::StreamForAwait => {
                            let consume: Function = globals.get("consume")?;
                            let source = qjs_stream_source(&ctx, numbers(n))?;
                            let p: Promise = consume.call((source,))?;
                            p.into_future::<f64>().await?
                        }
                    };
                    Ok::<_, rquickjs::Error>((start.elapsed(), result))
                };
                run.await.map_err(|e| qjs_error(&ctx, e).to_string())
            })
            .await;
        // Nothing should be left; run it anyway, as rquickjs's docs advise, untimed.
        self.rt.idle().await;
        Ok(r?)
    }
}

// ---------------------------------------------------------------------------------------
// Boa 0.22
// ---------------------------------------------------------------------------------------

struct Boa {
    context: boa_engine::Context,
    executor: Rc<boa_engine::job::SimpleJobExecutor>,
    add: boa_engine::JsObject,
    looper: boa_engine::JsObject,
    consume: boa_engine::JsObject,
}

/// `inc` for Boa: an async native function (`NativeFunction::from_async_fn`).
async fn boa_inc(
    _this: &boa_engine::JsValue,
    args: &[boa_engine::JsValue],
    _context: &RefCell<&mut boa_engine::Context>,
) -> boa_engine::JsResult<boa_engine::JsValue> {
    let x = args.first().and_then(|v| v.as_number()).unwrap_or(f64::NAN);
    Ok(boa_engine::JsValue::from(x + 1.0))
}

impl Boa {
    fn new() -> Result<Self, BoxError> {
        use boa_engine::{Source, context::ContextBuilder, job::SimpleJobExecutor, js_string};
        let executor = Rc::new(SimpleJobExecutor::new());
        let mut context = ContextBuilder::new().job_executor(executor.clone()).build().map_err(boa_error)?;
        context
            .register_global_callable(js_string!("inc"), 1, boa_engine::NativeFunction::from_async_fn(boa_inc))
            .map_err(boa_error)?;
        context.eval(Source::from_bytes(SCRIPT)).map_err(boa_error)?;
        let mut function = |name: &str| -> Result<boa_engine::JsObject, BoxError> {
            let global = context.global_object();
            let v = global.get(boa_engine::JsString::from(name), &mut context).map_err(boa_error)?;
            v.as_callable().ok_or_else(|| format!("{name} is not a function").into())
        };
        let (add, looper, consume) = (function("add")?, function("loop")?, function("consume")?);
        Ok(Boa { context, executor, add, looper, consume })
    }

    /// Runs the job queue (async jobs polled under tokio) until it is empty, then reads
    /// the promise's result.
    async fn settle(&mut self, promise: boa_engine::JsValue) -> Result<f64, BoxError> {
        use boa_engine::{builtins::promise::PromiseState, job::JobExecutor, object::builtins::JsPromise};
        let object = promise.as_object().ok_or("not a promise")?;
        let promise = JsPromise::from_object(object.clone()).map_err(boa_error)?;
        self.executor.clone().run_jobs_async(&RefCell::new(&mut self.context)).await.map_err(boa_error)?;
        match promise.state() {
            PromiseState::Fulfilled(v) => v.as_number().ok_or_else(|| "not a number".into()),
            PromiseState::Rejected(e) => Err(format!("rejected: {}", e.display()).into()),
            PromiseState::Pending => Err("the promise is still pending after the jobs ran".into()),
        }
    }
}

fn boa_error(e: boa_engine::JsError) -> BoxError {
    e.to_string().into()
}

/// The hand-written bridge for Boa: a Rust stream as a JavaScript async iterator, the way
/// `NativeFunction::from_async_fn` works (a pending promise, settled by a `NativeAsyncJob`
/// that polls the stream for one item). 27 lines (this function, without comments).
fn boa_stream_source(
    context: &mut boa_engine::Context,
    stream: impl Stream<Item = f64> + 'static,
) -> boa_engine::JsResult<boa_engine::JsValue> {
    use boa_engine::{
        JsValue, NativeFunction, builtins::iterable::create_iter_result_object, job::NativeAsyncJob,
        object::FunctionObjectBuilder, object::builtins::JsPromise,
    };
    let stream = Rc::new(RefCell::new(Box::pin(stream) as Pin<Box<dyn Stream<Item = f64>>>));
    let next = move |_this: &JsValue, _args: &[JsValue], context: &mut boa_engine::Context| {
        let (promise, resolvers) = JsPromise::new_pending(context);
        let stream = stream.clone();
        let job = NativeAsyncJob::new(async move |context| {
            let item = std::future::poll_fn(|cx| stream.borrow_mut().as_mut().poll_next(cx)).await;
            let context = &mut context.borrow_mut();
            let result =
                create_iter_result_object(item.map_or(JsValue::undefined(), JsValue::from), item.is_none(), context);
            resolvers.resolve.call(&JsValue::undefined(), &[result], context)
        });
        context.enqueue_job(job.into());
        Ok(promise.into())
    };
    // SAFETY: the closure holds no garbage-collected value (only the Rust stream), so there
    // is nothing for the collector to trace.
    let next = unsafe { NativeFunction::from_closure(next) };
    let next = FunctionObjectBuilder::new(context.realm(), next).name("next").build();
    let wrap = context
        .eval(boa_engine::Source::from_bytes("(next) => ({ next, [Symbol.asyncIterator]() { return this } })"))?;
    let wrap = wrap.as_callable().expect("a function");
    wrap.call(&JsValue::undefined(), &[next.into()], context)
}

impl Engine for Boa {
    const NAME: &'static str = "Boa";

    async fn run(&mut self, op: Op, n: u64) -> Result<(Duration, f64), BoxError> {
        use boa_engine::JsValue;
        let undefined = JsValue::undefined();
        let start = Instant::now();
        let result = match op {
            Op::Call => {
                let args = [JsValue::from(1.0), JsValue::from(2.0)];
                let mut sum = 0.0;
                for _ in 0..n {
                    let r = self.add.call(&undefined, &args, &mut self.context).map_err(boa_error)?;
                    sum += r.as_number().ok_or("not a number")?;
                }
                sum
            }
            Op::AwaitAsyncFn => {
                let p =
                    self.looper.call(&undefined, &[JsValue::from(n as f64)], &mut self.context).map_err(boa_error)?;
                self.settle(p).await?
            }
            Op::StreamForAwait => {
                let source = boa_stream_source(&mut self.context, numbers(n)).map_err(boa_error)?;
                let p = self.consume.call(&undefined, &[source], &mut self.context).map_err(boa_error)?;
                self.settle(p).await?
            }
        };
        Ok((start.elapsed(), result))
    }
}

// ---------------------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------------------

/// How long one timed run should take.
const TARGET: Duration = Duration::from_millis(400);
const REPS: usize = 5;

struct Measured {
    ns_per_op: f64,
    n: u64,
}

async fn checked<E: Engine>(engine: &mut E, op: Op, n: u64) -> Result<Duration, BoxError> {
    let (t, result) = engine.run(op, n).await?;
    let expected = op.expected(n);
    if result != expected {
        return Err(format!("{} {op:?} n={n}: got {result}, expected {expected}", E::NAME).into());
    }
    Ok(t)
}

/// Calibrates `n` for `op` (unless `quick`), then the median of [`REPS`] timed runs.
async fn measure<E: Engine>(engine: &mut E, op: Op, quick: bool) -> Result<Measured, BoxError> {
    let n = if quick {
        op.quick_n()
    } else {
        let mut n = 100u64;
        loop {
            let t = checked(engine, op, n).await?;
            if t >= Duration::from_millis(50) {
                break ((n as f64) * TARGET.as_secs_f64() / t.as_secs_f64()).ceil() as u64;
            }
            n *= 4;
        }
    };
    let mut samples = Vec::with_capacity(REPS);
    for _ in 0..REPS {
        let t = checked(engine, op, n).await?;
        samples.push(t.as_nanos() as f64 / n as f64);
    }
    samples.sort_by(f64::total_cmp);
    Ok(Measured { ns_per_op: samples[REPS / 2], n })
}

async fn measure_all<E: Engine>(engine: &mut E, quick: bool) -> Result<Vec<Measured>, BoxError> {
    let mut out = Vec::new();
    for op in OPS {
        let m = measure(engine, op, quick).await.map_err(|e| format!("{} {op:?}: {e}", E::NAME))?;
        eprintln!("  {:<8} {:<16} n={:<9} {:>10.1} ns/op", E::NAME, format!("{op:?}"), m.n, m.ns_per_op);
        out.push(m);
    }
    Ok(out)
}

fn main() -> Result<(), BoxError> {
    let quick = std::env::args().skip(1).any(|a| a == "--quick");
    let tokio = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let (spindle, quickjs, boa) = tokio.block_on(async {
        eprintln!("measuring{} (median of {REPS} runs each):", if quick { " (--quick)" } else { "" });
        let spindle = measure_all(&mut Spindle::new()?, quick).await?;
        let quickjs = measure_all(&mut QuickJs::new().await?, quick).await?;
        let boa = measure_all(&mut Boa::new()?, quick).await?;
        Ok::<_, BoxError>((spindle, quickjs, boa))
    })?;

    println!("| operation (ns/op) | Spindle | QuickJS (rquickjs) | Boa | Spindle/QuickJS | Spindle/Boa |");
    println!("|---|---:|---:|---:|---:|---:|");
    for (i, op) in OPS.iter().enumerate() {
        let (s, q, b) = (spindle[i].ns_per_op, quickjs[i].ns_per_op, boa[i].ns_per_op);
        println!("| {} | {s:.1} | {q:.1} | {b:.1} | {:.2}× | {:.2}× |", op.label(), s / q, s / b);
    }
    println!();
    let counts = |m: &[Measured]| m.iter().map(|m| m.n.to_string()).collect::<Vec<_>>().join("/");
    println!(
        "iterations per run (call/await/stream): Spindle {}, QuickJS {}, Boa {}; median of {REPS} runs{}",
        counts(&spindle),
        counts(&quickjs),
        counts(&boa),
        if quick { "; --quick: not meaningful" } else { "" }
    );
    Ok(())
}
