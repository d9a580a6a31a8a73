//! The five tasks of docs/embedding.md, exactly as the document shows them (each function
//! body is what the line counts there count), run against real files, timers and threads.

use futures_util::{StreamExt, TryStreamExt};
use spindle_runtime::{Error, JsError, Permissions, Runtime, RuntimeOptions};
use std::time::Duration;

async fn fetch_user(id: u32) -> Result<String, std::io::Error> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    Ok(format!("user{id}"))
}

// Task 1: run an ES module file (imports, top-level await), then the loop.
async fn run_module(dir: &std::path::Path, path: &std::path::Path) -> Result<(), Error> {
    let mut rt = Runtime::new(RuntimeOptions::new().permissions(Permissions::default().allow_read(dir)));
    rt.run_module(path).await?;
    rt.run_event_loop().await
}

// Task 2: call a global function; a JS exception is Err(Error::Js) with its stack.
fn call_add(rt: &mut Runtime, a: f64, b: f64) -> Result<f64, Error> {
    let add = rt.global("add")?;
    let sum = rt.call(&add, (a, b))?;
    rt.to_rust(&sum)
}

// Task 3: a Rust async fn as a JS function returning a promise.
async fn expose_async_fn() -> Result<String, Error> {
    let mut rt = Runtime::new(RuntimeOptions::new());
    rt.register_async_fn("fetchUser", |(id,): (u32,)| async move {
        fetch_user(id).await.map_err(|e| JsError::new(e.to_string()))
    })?;
    let p = rt.eval("(async () => await fetchUser(42))()").await?;
    rt.resolve_as(&p).await
}

// Task 4: an async generator as a Rust stream; dropping it runs the generator's finally.
async fn consume(rt: &mut Runtime) -> Result<Vec<u32>, Error> {
    let it = rt.eval("g()").await?;
    rt.iterate::<u32>(&it)?.take(3).try_collect().await
}

// Task 5: interrupt `while (true) {}` from another thread.
async fn interrupt() -> Result<(), Error> {
    let mut rt = Runtime::new(RuntimeOptions::new());
    let handle = rt.handle();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    rt.eval("while (true) {}").await.map(|_| ())
}

fn tokio() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("tokio")
}

#[test]
fn task1_run_module() {
    let dir = std::env::temp_dir().join(format!("spindle-five-tasks-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("dep.mjs"), "export function boom() {\n  throw new Error('boom from dep');\n}\n").unwrap();
    std::fs::write(dir.join("ok.mjs"), "import './dep.mjs';\nawait new Promise((r) => setTimeout(r, 5));\n").unwrap();
    std::fs::write(dir.join("bad.mjs"), "import { boom } from './dep.mjs';\nawait null;\nboom();\n").unwrap();
    tokio().block_on(async {
        run_module(&dir, &dir.join("ok.mjs")).await.unwrap();
        let Err(Error::Js(e)) = run_module(&dir, &dir.join("bad.mjs")).await else { panic!("no error") };
        let stack: Vec<&str> = e.stack.lines().collect();
        assert_eq!(stack[0], "Error: boom from dep");
        assert!(stack[1].starts_with("    at boom (file://") && stack[1].ends_with("dep.mjs:2:9)"), "{stack:?}");
        assert!(stack[2].ends_with("bad.mjs:3:1"), "{stack:?}");
        // Without the read grant the import is denied (the entry itself is the host's).
        let mut rt = Runtime::new(RuntimeOptions::new());
        let Err(Error::Js(e)) = rt.run_module(dir.join("ok.mjs")).await else { panic!("import allowed") };
        assert!(e.stack.contains("ERR_ACCESS_DENIED"), "{e}");
    });
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn task2_call_a_function() {
    tokio().block_on(async {
        let mut rt = Runtime::new(RuntimeOptions::new());
        rt.eval_script("function add(a, b) {\n  if (a < 0) throw new Error('neg');\n  return a + b;\n}", "add.js")
            .unwrap();
        assert_eq!(call_add(&mut rt, 1.5, 2.0).unwrap(), 3.5);
        let Err(Error::Js(e)) = call_add(&mut rt, -1.0, 2.0) else { panic!("no error") };
        assert_eq!(e.stack, "Error: neg\n    at add (add.js:2:20)");
    });
}

#[test]
fn task3_async_fn() {
    assert_eq!(tokio().block_on(expose_async_fn()).unwrap(), "user42");
}

#[test]
fn task4_async_generator_as_stream() {
    tokio().block_on(async {
        let mut rt = Runtime::new(RuntimeOptions::new());
        rt.eval("var fin = false; async function* g() { try { let i = 0; while (true) { await null; yield i++; } } finally { fin = true; } }")
            .await
            .unwrap();
        assert_eq!(consume(&mut rt).await.unwrap(), [0, 1, 2]);
        assert!(rt.eval_as::<bool>("fin").await.unwrap());
    });
}

#[test]
fn task5_interrupt() {
    assert!(matches!(tokio().block_on(interrupt()), Err(Error::Interrupted)));
}
