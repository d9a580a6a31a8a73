//! `boa-runner FILE.js`: runs one script on Boa for the benchmarks.
//! Provides `console.log`, `print` and `load(path)` (relative to the script's folder), then runs
//! the job queue to completion. Exit 1 on an uncaught exception.

use boa_engine::job::{Job, PromiseJob};
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{Context, JsNativeError, JsResult, JsValue, NativeFunction, Source, js_string};
use std::path::PathBuf;
use std::sync::OnceLock;

static DIR: OnceLock<PathBuf> = OnceLock::new();

fn log(_this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mut parts = Vec::with_capacity(args.len());
    for a in args {
        parts.push(a.to_string(ctx)?.to_std_string_escaped());
    }
    println!("{}", parts.join(" "));
    Ok(JsValue::undefined())
}

fn load(_this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let file = args.first().cloned().unwrap_or_default().to_string(ctx)?.to_std_string_escaped();
    let path = DIR.get().cloned().unwrap_or_default().join(&file);
    let text = std::fs::read(&path).map_err(|e| JsNativeError::error().with_message(format!("{file}: {e}")))?;
    ctx.eval(Source::from_bytes(&text))
}

/// `queueMicrotask(callback)`: Boa's engine crate has none, so the runner enqueues the call as a
/// promise job, which is what HTML's and Node's queueMicrotask do.
fn queue_microtask(_this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let callback = args.first().cloned().unwrap_or_default();
    let Some(f) = callback.as_callable() else {
        return Err(JsNativeError::typ().with_message("queueMicrotask: callback is not a function").into());
    };
    ctx.enqueue_job(Job::PromiseJob(PromiseJob::new(move |ctx| f.call(&JsValue::undefined(), &[], ctx))));
    Ok(JsValue::undefined())
}

fn main() {
    let path = PathBuf::from(std::env::args().nth(1).expect("usage: boa-runner FILE.js"));
    DIR.set(path.parent().map(PathBuf::from).unwrap_or_default()).expect("set once");
    let src = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut ctx = Context::default();
    let console =
        ObjectInitializer::new(&mut ctx).function(NativeFunction::from_fn_ptr(log), js_string!("log"), 0).build();
    ctx.register_global_property(js_string!("console"), console, Attribute::all()).expect("console");
    ctx.register_global_builtin_callable(js_string!("print"), 0, NativeFunction::from_fn_ptr(log)).expect("print");
    ctx.register_global_builtin_callable(js_string!("load"), 1, NativeFunction::from_fn_ptr(load)).expect("load");
    ctx.register_global_builtin_callable(js_string!("queueMicrotask"), 1, NativeFunction::from_fn_ptr(queue_microtask))
        .expect("queueMicrotask");
    let result = ctx.eval(Source::from_bytes(&src)).and_then(|_| ctx.run_jobs());
    if let Err(e) = result {
        eprintln!("Uncaught {e}");
        std::process::exit(1);
    }
}
