//! The embedding API under tokio (current-thread and multi-thread): one test per bug class
//! embedders of other engines report — an async Rust function awaited by JavaScript that
//! hangs, a never-settling promise that spins the CPU, futures and promise jobs starving
//! each other, a dropped stream that never runs the generator's `finally`, exceptions
//! without their stack, an interrupt that does not stop `while (true) {}`.

use futures_util::StreamExt;
use spindle::vm::{Output, Stream};
use spindle_runtime::loader::MemoryFs;
use spindle_runtime::{Error, Global, JsError, Runtime, RuntimeOptions, RuntimePool};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::Poll;
use std::time::{Duration, Instant};

fn current_thread() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("tokio")
}

fn multi_thread() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("tokio")
}

/// Console output collected in memory.
#[derive(Clone, Default)]
struct Lines(Rc<RefCell<Vec<String>>>);

impl Output for Lines {
    fn print(&mut self, _stream: Stream, text: &str) {
        self.0.borrow_mut().push(text.trim_end().to_string());
    }
}

#[test]
fn values_cross_both_ways() {
    current_thread().block_on(async {
        let mut rt = Runtime::new(RuntimeOptions::new());
        assert_eq!(rt.eval_as::<f64>("6 * 7").await.unwrap(), 42.0);
        assert_eq!(rt.eval_as::<String>("'a' + 'b'").await.unwrap(), "ab");
        assert_eq!(rt.eval_as::<Vec<i32>>("[1, 2, 3]").await.unwrap(), [1, 2, 3]);
        assert_eq!(rt.eval_as::<Option<bool>>("null").await.unwrap(), None);
        let map: HashMap<String, u32> = rt.eval_as("({ a: 1, b: 2 })").await.unwrap();
        assert_eq!(map, HashMap::from([("a".to_string(), 1), ("b".to_string(), 2)]));
        let json: serde_json::Value =
            rt.eval_as("({ n: 1.5, list: [true, null, 'x'], nested: { k: [] } })").await.unwrap();
        assert_eq!(json, serde_json::json!({ "n": 1.5, "list": [true, null, "x"], "nested": { "k": [] } }));
        // Strict conversions: a string is not a number, 1.5 is not an i32.
        let Err(Error::Js(e)) = rt.eval_as::<f64>("'7'").await else { panic!("a string converted to f64") };
        assert_eq!((e.name.as_str(), e.message.as_str()), ("TypeError", "expected a number, got \"7\""));
        assert!(matches!(rt.eval_as::<i32>("1.5").await, Err(Error::Js(e)) if e.name == "RangeError"));

        let data = rt.to_js(serde_json::json!({ "user": { "name": "ada", "tags": ["x", "y"] } })).unwrap();
        rt.set_global("data", &data).unwrap();
        assert_eq!(rt.eval_as::<String>("data.user.name + data.user.tags.length").await.unwrap(), "ada2");
        let join = rt.eval("(sep, ...xs) => xs.join(sep)").await.unwrap();
        let joined = rt.call(&join, ("-", 1, "b", 2.5)).unwrap();
        assert_eq!(rt.to_rust::<String>(&joined).unwrap(), "1-b-2.5");
        let list = rt.to_js(vec![3, 1, 2]).unwrap();
        let sorted = rt.call_method(&list, "toSorted", ()).unwrap();
        assert_eq!(rt.to_rust::<Vec<u32>>(&sorted).unwrap(), [1, 2, 3]);
    });
}

fn an_exception_crosses_as_err_with_its_stack(tokio: &tokio::runtime::Runtime) {
    tokio.block_on(async {
        let mut rt = Runtime::new(RuntimeOptions::new());
        rt.eval_script(
            "function validate(x) {\n  if (x < 0) throw new TypeError('negative: ' + x);\n  return x;\n}",
            "checks.js",
        )
        .unwrap();
        let validate = rt.global("validate").unwrap();
        let Err(Error::Js(e)) = rt.call(&validate, (-1,)) else { panic!("no exception") };
        assert_eq!(e.name, "TypeError");
        assert_eq!(e.message, "negative: -1");
        assert!(e.stack.starts_with("TypeError: negative: -1\n    at validate (checks.js:2:"), "{}", e.stack);
        // The thrown object itself is kept.
        let thrown = e.value().expect("the thrown value").clone();
        assert_eq!(rt.get_as::<String>(&thrown, "message").unwrap(), "negative: -1");
        // A rejection awaited from Rust is an Err too, and not an unhandled rejection.
        let p = rt.eval("(async () => { await null; throw new RangeError('later'); })()").await.unwrap();
        let Err(Error::Js(e)) = rt.resolve(&p).await else { panic!("no rejection") };
        assert_eq!(e.to_string().lines().next(), Some("RangeError: later"));
        rt.run_event_loop().await.unwrap();
        // A syntax error is reported as the CLI prints it.
        let Err(Error::Syntax(report)) = rt.eval_script("let = ;", "bad.js") else { panic!("no syntax error") };
        assert!(report.starts_with("bad.js:1"), "{report}");
        assert!(report.contains("SyntaxError"), "{report}");
    });
}

#[test]
fn an_exception_crosses_as_err_with_its_stack_current_thread() {
    an_exception_crosses_as_err_with_its_stack(&current_thread());
}

#[test]
fn an_exception_crosses_as_err_with_its_stack_multi_thread() {
    an_exception_crosses_as_err_with_its_stack(&multi_thread());
}

#[test]
fn host_functions_and_their_errors() {
    current_thread().block_on(async {
        let mut rt = Runtime::new(RuntimeOptions::new());
        rt.register_fn("add", |(a, b): (f64, f64)| Ok(a + b)).unwrap();
        rt.register_fn(
            "check",
            |(n,): (i32,)| {
                if n > 10 { Err(JsError::range_error(format!("{n} is too large"))) } else { Ok(n) }
            },
        )
        .unwrap();
        let out: String = rt
            .eval_as(
                "let r = [add(1, 2), check(3)];\n\
                 try { check(11) } catch (e) { r.push(e instanceof RangeError, e.message) }\n\
                 try { add('x', 1) } catch (e) { r.push(e.name) }\n\
                 r.join()",
            )
            .await
            .unwrap();
        assert_eq!(out, "3,3,true,11 is too large,TypeError");
    });
}

/// An async Rust function awaited by JavaScript completes under tokio (boa #3545, #3531):
/// its future is polled by the runtime's loop, and wakes it through tokio's timer.
fn async_host_fn_completes(tokio: tokio::runtime::Runtime) {
    tokio.block_on(async {
        let mut rt = Runtime::new(RuntimeOptions::new());
        rt.register_async_fn("fetchUser", |(id,): (u32,)| async move {
            tokio::time::sleep(Duration::from_millis(5)).await;
            tokio::task::yield_now().await;
            if id == 0 {
                return Err(JsError::new("no user 0"));
            }
            Ok(serde_json::json!({ "id": id, "name": format!("user{id}") }))
        })
        .unwrap();
        let p = rt
            .eval(
                "(async () => {\n\
                   const [a, b] = await Promise.all([fetchUser(1), fetchUser(2)]);\n\
                   let failed = await fetchUser(0).catch((e) => e.message);\n\
                   return `${a.name} ${b.name} ${failed}`;\n\
                 })()",
            )
            .await
            .unwrap();
        assert_eq!(rt.resolve_as::<String>(&p).await.unwrap(), "user1 user2 no user 0");
    });
}

#[test]
fn async_host_fn_completes_current_thread() {
    async_host_fn_completes(current_thread());
}

#[test]
fn async_host_fn_completes_multi_thread() {
    async_host_fn_completes(multi_thread());
}

/// CPU time this thread has used (Linux: /proc/thread-self/schedstat, in nanoseconds).
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(stat.split_whitespace().next()?.parse().ok()?))
}

/// A never-settling promise leaves the loop asleep, not spinning (deno #7945, #13458):
/// over one second the loop is polled a handful of times and uses next to no CPU.
fn a_pending_promise_leaves_the_loop_idle(tokio: &tokio::runtime::Runtime) {
    tokio.block_on(async {
        let mut rt = Runtime::new(RuntimeOptions::new());
        // A host future that never completes keeps the loop alive with nothing to do.
        rt.register_async_fn("forever", |(): ()| async { std::future::pending::<Result<(), JsError>>().await })
            .unwrap();
        let p = rt.eval("forever()").await.unwrap();
        let polls = Cell::new(0);
        let cpu_before = thread_cpu_time();
        let mut awaiting = std::pin::pin!(rt.resolve(&p));
        let timed_out = tokio::time::timeout(
            Duration::from_secs(1),
            std::future::poll_fn(|cx| {
                polls.set(polls.get() + 1);
                awaiting.as_mut().poll(cx)
            }),
        )
        .await;
        assert!(timed_out.is_err(), "the promise settled");
        eprintln!(
            "idle: {} polls in 1 s, CPU {:?}",
            polls.get(),
            thread_cpu_time().zip(cpu_before).map(|(a, b)| a - b)
        );
        assert!(polls.get() <= 3, "the loop was polled {} times in 1 s", polls.get());
        if let (Some(before), Some(after)) = (cpu_before, thread_cpu_time()) {
            assert!(after - before < Duration::from_millis(50), "{:?} of CPU in 1 s", after - before);
        }
    });
    // With nothing that could settle it, awaiting a promise is an error at once.
    tokio.block_on(async {
        let mut rt = Runtime::new(RuntimeOptions::new());
        let p = rt.eval("new Promise(() => {})").await.unwrap();
        assert!(matches!(rt.resolve(&p).await, Err(Error::PromiseNeverSettles)));
    });
}

#[test]
fn a_pending_promise_leaves_the_loop_idle_current_thread() {
    a_pending_promise_leaves_the_loop_idle(&current_thread());
}

#[test]
fn a_pending_promise_leaves_the_loop_idle_multi_thread() {
    a_pending_promise_leaves_the_loop_idle(&multi_thread());
}

/// A Rust future that yields 10 000 times does not starve JavaScript's macrotasks, and a
/// JavaScript loop of 10 000 macrotasks does not starve the future: they alternate.
fn host_futures_and_jobs_interleave_fairly(tokio: &tokio::runtime::Runtime) {
    tokio.block_on(async {
        let mut rt = Runtime::new(RuntimeOptions::new());
        let js_turns = Rc::new(Cell::new(0u32));
        let turns = js_turns.clone();
        rt.register_fn("turn", move |(): ()| {
            turns.set(turns.get() + 1);
            Ok(())
        })
        .unwrap();
        let seen = Rc::new(RefCell::new(Vec::new()));
        let (seen_in, turns_in) = (seen.clone(), js_turns.clone());
        rt.register_async_fn("spin", move |(n,): (u32,)| {
            let (seen, turns) = (seen_in.clone(), turns_in.clone());
            async move {
                for _ in 0..n {
                    seen.borrow_mut().push(turns.get());
                    tokio::task::yield_now().await;
                }
                Ok(turns.get())
            }
        })
        .unwrap();
        let p = rt
            .eval(
                "let spinning = true;\n\
                 (async () => { while (spinning) { turn(); await new Promise((r) => setImmediate(r)); } })();\n\
                 spin(10000).then((t) => { spinning = false; return t; })",
            )
            .await
            .unwrap();
        let turns_at_end: u32 = rt.resolve_as(&p).await.unwrap();
        let seen = seen.borrow().clone();
        // One JavaScript turn per poll of the future, give or take: neither side ran
        // ahead of the other (the future is not starved: JavaScript did not run many turns
        // per poll; JavaScript is not starved: it ran between the polls).
        assert!(
            (9_000..=11_000).contains(&turns_at_end),
            "JavaScript ran {turns_at_end} turns while the future yielded 10 000 times"
        );
        let stalls = seen.windows(2).filter(|w| w[0] == w[1]).count();
        eprintln!(
            "fairness: {turns_at_end} JavaScript turns during 10 000 yields, {stalls} polls without a turn between"
        );
        assert!(stalls < 1_000, "the future was polled {stalls} times without a JavaScript turn between");
        rt.run_event_loop().await.unwrap();
    });
}

#[test]
fn host_futures_and_jobs_interleave_fairly_current_thread() {
    host_futures_and_jobs_interleave_fairly(&current_thread());
}

#[test]
fn host_futures_and_jobs_interleave_fairly_multi_thread() {
    host_futures_and_jobs_interleave_fairly(&multi_thread());
}

/// A JavaScript async generator read as a Rust stream: the generator runs only as far as
/// Rust pulls, and dropping the stream runs its `finally`.
fn a_js_async_generator_as_a_rust_stream(tokio: &tokio::runtime::Runtime) {
    tokio.block_on(async {
        let mut rt = Runtime::new(RuntimeOptions::new());
        let generator = rt
            .eval(
                "globalThis.produced = 0; globalThis.closed = false;\n\
                 (async function* () {\n\
                   try { for (let i = 1; ; i++) { produced++; await null; yield { i }; } }\n\
                   finally { closed = true; }\n\
                 })()",
            )
            .await
            .unwrap();
        {
            let mut stream = rt.iterate::<serde_json::Value>(&generator).unwrap();
            let mut got = Vec::new();
            while let Some(item) = stream.next().await {
                got.push(item.unwrap()["i"].as_u64().unwrap());
                if got.len() == 3 {
                    break;
                }
            }
            assert_eq!(got, [1, 2, 3]);
        }
        let state: Vec<serde_json::Value> = rt.eval_as("[produced, closed]").await.unwrap();
        assert_eq!(state, [serde_json::json!(3), serde_json::json!(true)]);
        // A sync iterable and an error in the middle.
        let it = rt.eval("(function* () { yield 1; throw new Error('boom'); })()").await.unwrap();
        let items: Vec<Result<u32, Error>> = rt.iterate::<u32>(&it).unwrap().collect().await;
        assert!(matches!(&items[..], [Ok(1), Err(Error::Js(e))] if e.message == "boom"), "{items:?}");
    });
}

#[test]
fn a_js_async_generator_as_a_rust_stream_current_thread() {
    a_js_async_generator_as_a_rust_stream(&current_thread());
}

#[test]
fn a_js_async_generator_as_a_rust_stream_multi_thread() {
    a_js_async_generator_as_a_rust_stream(&multi_thread());
}

/// A Rust stream consumed by `for await`: polled once per item JavaScript asks for, and
/// dropped when the loop breaks.
fn a_rust_stream_in_for_await(tokio: &tokio::runtime::Runtime) {
    tokio.block_on(async {
        let lines = Lines::default();
        let mut rt = Runtime::new(RuntimeOptions::new().output(lines.clone()));
        let polled = Rc::new(Cell::new(0));
        let dropped = Rc::new(Cell::new(false));
        struct OnDrop(Rc<Cell<bool>>);
        impl Drop for OnDrop {
            fn drop(&mut self) {
                self.0.set(true);
            }
        }
        let (p, guard) = (polled.clone(), OnDrop(dropped.clone()));
        let numbers = futures_util::stream::unfold((0u32, guard), move |(n, guard)| {
            let p = p.clone();
            async move {
                p.set(p.get() + 1);
                tokio::time::sleep(Duration::from_millis(1)).await;
                Some((n * 10, (n + 1, guard)))
            }
        });
        let source = rt.async_iterable(numbers).unwrap();
        rt.set_global("source", &source).unwrap();
        let done = rt
            .eval("(async () => { for await (const n of source) { console.log('got', n); if (n === 30) break; } })()")
            .await
            .unwrap();
        rt.resolve(&done).await.unwrap();
        assert_eq!(*lines.0.borrow(), ["got 0", "got 10", "got 20", "got 30"]);
        assert_eq!(polled.get(), 4, "the stream was polled ahead of the consumer");
        assert!(dropped.get(), "break did not drop the stream");
        // A finished stream ends the loop; items that fail to convert reject.
        let finite = rt.async_iterable(futures_util::stream::iter(vec![Ok("a".to_string()), Err(JsError::type_error("bad item"))])).unwrap();
        rt.set_global("finite", &finite).unwrap();
        let r = rt.eval("(async () => { const got = []; try { for await (const s of finite) got.push(s); } catch (e) { got.push(e.message); } return got.join(); })()").await.unwrap();
        assert_eq!(rt.resolve_as::<String>(&r).await.unwrap(), "a,bad item");
    });
}

#[test]
fn a_rust_stream_in_for_await_current_thread() {
    a_rust_stream_in_for_await(&current_thread());
}

#[test]
fn a_rust_stream_in_for_await_multi_thread() {
    a_rust_stream_in_for_await(&multi_thread());
}

/// Another thread interrupts `while (true) {}`, and an idle loop waiting on a long timer;
/// the runtime is usable afterwards.
fn interrupt_from_another_thread(tokio: &tokio::runtime::Runtime) {
    tokio.block_on(async {
        let mut rt = Runtime::new(RuntimeOptions::new());
        let mut best = Duration::MAX;
        for _ in 0..3 {
            let handle = rt.handle();
            let sent = Arc::new(std::sync::Mutex::new(None));
            let sent_at = sent.clone();
            let t = std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(50));
                *sent_at.lock().unwrap() = Some(Instant::now());
                handle.interrupt();
            });
            let r = rt.eval("while (true) {}").await;
            let stopped = Instant::now();
            t.join().unwrap();
            assert!(matches!(r, Err(Error::Interrupted)), "{r:?}");
            best = best.min(stopped - sent.lock().unwrap().expect("interrupt sent"));
        }
        eprintln!("interrupt: stopped {best:?} after the call (best of 3)");
        assert!(best < Duration::from_millis(10), "the interrupt took {best:?}");
        assert_eq!(rt.eval_as::<f64>("1 + 1").await.unwrap(), 2.0);

        // An idle loop asleep until a timer an hour away.
        rt.eval("setTimeout(() => {}, 3_600_000)").await.unwrap();
        let handle = rt.handle();
        let t = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            handle.interrupt();
        });
        let r = rt.run_event_loop().await;
        t.join().unwrap();
        assert!(matches!(r, Err(Error::Interrupted)), "{r:?}");
        assert_eq!(rt.eval_as::<String>("typeof setTimeout").await.unwrap(), "function");
    });
}

#[test]
fn interrupt_from_another_thread_current_thread() {
    interrupt_from_another_thread(&current_thread());
}

#[test]
fn interrupt_from_another_thread_multi_thread() {
    interrupt_from_another_thread(&multi_thread());
}

/// Work posted from other threads runs on the runtime's thread while a KeepAlive holds
/// the loop open.
#[test]
fn posting_work_from_other_threads() {
    current_thread().block_on(async {
        let lines = Lines::default();
        let mut rt = Runtime::new(RuntimeOptions::new().output(lines.clone()));
        rt.eval("globalThis.received = []").await.unwrap();
        let handle = rt.handle();
        let keep = handle.keep_alive();
        let t = std::thread::spawn(move || {
            for i in 0..3 {
                std::thread::sleep(Duration::from_millis(5));
                handle.post(move |vm| {
                    let code = format!("received.push({i}); Promise.resolve().then(() => console.log('job', {i}))");
                    vm.eval_script(&code, "posted").map(|_| ()).map_err(|e| match e {
                        spindle::ScriptError::Thrown(v) => v,
                        spindle::ScriptError::Syntax(_) => spindle::Value::Undefined,
                    })
                });
            }
            drop(keep);
        });
        rt.run_event_loop().await.unwrap();
        t.join().unwrap();
        assert_eq!(*lines.0.borrow(), ["job 0", "job 1", "job 2"]);
    });
}

/// A module graph from memory: the namespace of the entry, after its top-level await.
#[test]
fn run_module_from_memory() {
    current_thread().block_on(async {
        let mut fs = MemoryFs::new();
        fs.insert(
            "/app/main.mjs",
            "import { twice } from './lib.mjs';\nexport const answer = twice(await Promise.resolve(21));",
        )
        .insert("/app/lib.mjs", "export const twice = (x) => x * 2;");
        let mut rt = Runtime::new(RuntimeOptions::new().file_system(fs));
        let ns = rt.run_module("/app/main.mjs").await.unwrap();
        assert_eq!(rt.get_as::<f64>(&ns, "answer").unwrap(), 42.0);
        let Err(Error::Js(e)) = rt.run_module("/app/missing.mjs").await else { panic!("loaded a missing module") };
        assert!(e.message.contains("Cannot find module"), "{e}");
    });
}

/// A pool of runtimes on their own threads serves concurrent requests from a
/// multi-threaded tokio application; each request's JavaScript handler awaits a Rust
/// async function, and the futures the pool returns are Send.
#[test]
fn a_pool_serves_concurrent_requests() {
    let served = Arc::new(AtomicUsize::new(0));
    let counted = served.clone();
    let pool = RuntimePool::new(2, RuntimeOptions::new, move |rt: &mut Runtime| {
        let counted = counted.clone();
        rt.register_async_fn("lookup", move |(key,): (String,)| {
            let counted = counted.clone();
            async move {
                tokio::time::sleep(Duration::from_millis(10)).await;
                counted.fetch_add(1, Ordering::Relaxed);
                Ok(key.to_uppercase())
            }
        })?;
        rt.eval_script(
            "async function handle(req) { return `${req.path}: ${await lookup(req.path)}`; }",
            "handlers.js",
        )?;
        Ok(())
    })
    .unwrap();
    let results = multi_thread().block_on(async {
        let mut tasks = Vec::new();
        for i in 0..8 {
            let request = pool.spawn::<String, _>(move |rt| {
                let handle = rt.global("handle")?;
                let req = rt.to_js(serde_json::json!({ "path": format!("/item/{i}") }))?;
                rt.call(&handle, (req,))
            });
            tasks.push(tokio::spawn(request));
        }
        let mut out = Vec::new();
        for t in tasks {
            out.push(t.await.unwrap().unwrap());
        }
        out
    });
    assert_eq!(results[3], "/item/3: /ITEM/3");
    assert_eq!(served.load(Ordering::Relaxed), 8);
    // A handler that throws, and one whose promise never settles.
    let errors = current_thread().block_on(async {
        let thrown =
            pool.spawn::<String, _>(|rt| rt.eval_script("Promise.reject(new Error('handler failed'))", "job.js")).await;
        let stuck = pool.spawn::<String, _>(|rt| rt.eval_script("new Promise(() => {})", "job.js")).await;
        (thrown, stuck)
    });
    assert!(matches!(&errors.0, Err(Error::Js(e)) if e.message == "handler failed"), "{:?}", errors.0);
    assert!(matches!(errors.1, Err(Error::PromiseNeverSettles)), "{:?}", errors.1);
}

/// A host that owns its loop polls it: Pending while a timer is due later, Ready when
/// nothing is left.
#[test]
fn poll_event_loop_by_hand() {
    current_thread().block_on(async {
        let lines = Lines::default();
        let mut rt = Runtime::new(RuntimeOptions::new().output(lines.clone()));
        rt.eval("setTimeout(() => console.log('timer'), 20); setImmediate(() => console.log('immediate'))")
            .await
            .unwrap();
        let mut pending = 0;
        let r = std::future::poll_fn(|cx| match rt.poll_event_loop(cx) {
            Poll::Pending => {
                pending += 1;
                Poll::Pending
            }
            ready => ready,
        })
        .await;
        r.unwrap();
        assert_eq!(*lines.0.borrow(), ["immediate", "timer"]);
        assert!((1..=3).contains(&pending), "returned Pending {pending} times for one 20 ms timer");
    });
    // Outside tokio the loop reports why it cannot wait instead of panicking.
    let mut rt = Runtime::new(RuntimeOptions::new());
    let waker = std::task::Waker::noop();
    let mut cx = std::task::Context::from_waker(waker);
    let tokio = current_thread();
    tokio.block_on(async { rt.eval("setTimeout(() => {}, 10)").await.unwrap() });
    drop(tokio);
    assert!(matches!(rt.poll_event_loop(&mut cx), Poll::Ready(Err(Error::Fatal(_)))));
}

/// A Global is Send: it can wait in another thread and come back through a posted task.
#[test]
fn globals_are_send_but_read_only_by_their_runtime() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Global>();
    assert_send_sync::<Error>();
    current_thread().block_on(async {
        let mut a = Runtime::new(RuntimeOptions::new());
        let mut b = Runtime::new(RuntimeOptions::new());
        let from_a = a.eval("({ x: 1 })").await.unwrap();
        let Err(Error::Js(e)) = b.to_rust::<serde_json::Value>(&from_a) else { panic!("read another runtime's value") };
        assert_eq!(e.name, "TypeError");
        assert_eq!(a.to_rust::<serde_json::Value>(&from_a).unwrap(), serde_json::json!({ "x": 1 }));
    });
}

/// A pool whose setup fails answers each job with the setup's error.
#[test]
fn a_pool_reports_a_failed_setup() {
    let pool = RuntimePool::new(1, RuntimeOptions::new, |rt: &mut Runtime| {
        rt.eval_script("throw new Error('no config')", "setup.js")?;
        Ok(())
    })
    .unwrap();
    let r = current_thread().block_on(pool.spawn::<f64, _>(|rt| rt.eval_script("1", "job.js")));
    assert!(matches!(&r, Err(Error::Js(e)) if e.message == "no config"), "{r:?}");
}

/// The embedder's module hooks: its own specifiers and sources before Node's resolution,
/// and extra `import.meta` properties.
#[test]
fn module_hooks_resolve_load_and_import_meta() {
    struct AppModules;
    impl spindle_runtime::loader::ModuleHooks for AppModules {
        fn resolve(&self, specifier: &str, _referrer: &str) -> Option<Result<String, String>> {
            let name = specifier.strip_prefix("app:")?;
            Some(match name {
                "config" | "main" => Ok(format!("app:{name}")),
                _ => Err(format!("no app module '{name}'")),
            })
        }
        fn load(&self, url: &str) -> Result<String, String> {
            match url {
                "app:config" => Ok("export default { region: 'eu' }; export const where = import.meta.tenant;".into()),
                "app:main" => Ok("import config, { where } from 'app:config';\nexport const text = `${config.region} for ${where}`;\n\
                                  export const missing = await import('app:nope').catch((e) => `${e.code}: ${e.message}`);"
                    .into()),
                _ => Err(format!("cannot load {url}")),
            }
        }
        fn import_meta(&self, url: &str) -> Vec<(String, serde_json::Value)> {
            vec![("tenant".into(), serde_json::json!(format!("tenant of {url}")))]
        }
    }
    current_thread().block_on(async {
        let mut fs = MemoryFs::new();
        fs.insert("/app/entry.mjs", "export { text, missing } from 'app:main';");
        let mut rt = Runtime::new(RuntimeOptions::new().file_system(fs).module_hooks(AppModules));
        let ns = rt.run_module("/app/entry.mjs").await.unwrap();
        assert_eq!(rt.get_as::<String>(&ns, "text").unwrap(), "eu for tenant of app:config");
        assert_eq!(rt.get_as::<String>(&ns, "missing").unwrap(), "ERR_MODULE_NOT_FOUND: no app module 'nope'");
    });
}

/// The unhandled-rejection callback takes rejections no handler took; without it (or when
/// it declines) the loop ends with Error::UnhandledRejection.
#[test]
fn unhandled_rejection_callback() {
    current_thread().block_on(async {
        let seen = Rc::new(RefCell::new(Vec::new()));
        let log = seen.clone();
        let options = RuntimeOptions::new().on_unhandled_rejection(move |e| {
            log.borrow_mut().push(e.message.clone());
            e.message != "fatal"
        });
        let mut rt = Runtime::new(options);
        rt.eval("Promise.reject(new Error('ignored')); setTimeout(() => Promise.reject(new Error('fatal')), 1)")
            .await
            .unwrap();
        let r = rt.run_event_loop().await;
        assert!(matches!(&r, Err(Error::UnhandledRejection(e)) if e.message == "fatal"), "{r:?}");
        assert_eq!(*seen.borrow(), ["ignored", "fatal"]);
    });
}

/// Capabilities are opt-in: an empty environment unless granted; a call depth limit.
#[test]
fn default_capabilities_and_limits() {
    current_thread().block_on(async {
        let mut rt = Runtime::new(RuntimeOptions::new());
        assert_eq!(rt.eval_as::<f64>("Object.keys(process.env).length").await.unwrap(), 0.0);
        let mut rt = Runtime::new(RuntimeOptions::new().env(vec![("MODE".into(), "test".into())]));
        assert_eq!(rt.eval_as::<String>("process.env.MODE").await.unwrap(), "test");
        let mut rt = Runtime::new(RuntimeOptions::new().max_call_depth(100));
        let depth =
            rt.eval_as::<f64>("let d = 0; function f() { d++; f() } try { f() } catch (e) { } d").await.unwrap();
        assert!((90.0..100.0).contains(&depth), "recursed {depth} deep");
        let Err(Error::Js(e)) = rt.eval("(function g() { g() })()").await else { panic!("no RangeError") };
        assert_eq!(e.name, "RangeError");
    });
}

/// Host functions, Global handles and stream iterators the program no longer reaches are
/// collected: making 10 000 of each leaves the heap where it was (no table that only grows).
#[test]
fn dropped_handles_and_host_objects_are_collected() {
    current_thread().block_on(async {
        let mut rt = Runtime::new(RuntimeOptions::new());
        let live = |rt: &mut Runtime| {
            rt.vm().collect_garbage();
            rt.vm().heap_stats().objects
        };
        let _ = rt.function("warm", |(): ()| Ok(1)).unwrap();
        let _ = rt.async_iterable(futures_util::stream::iter([1])).unwrap();
        let before = live(&mut rt);
        // Each host function's closure owns a guard that counts its drop.
        struct Counted(Rc<Cell<u32>>);
        impl Drop for Counted {
            fn drop(&mut self) {
                self.0.set(self.0.get() + 1);
            }
        }
        let freed = Rc::new(Cell::new(0));
        for i in 0..10_000u32 {
            let guard = Counted(freed.clone());
            let f = rt
                .function("f", move |(): ()| {
                    let _owned = &guard;
                    Ok(i)
                })
                .unwrap();
            assert_eq!(rt.call_as::<u32>(&f, ()).unwrap(), i);
            let _ = rt.async_iterable(futures_util::stream::iter([i])).unwrap();
            let _ = rt.to_js(vec![i; 4]).unwrap();
        }
        // Dropped Globals are released at the runtime's next use.
        rt.eval("0").await.unwrap();
        let after = live(&mut rt);
        assert!(after <= before + 10, "{before} objects before, {after} after");
        // All but the last one or two (which the engine's register file may still hold
        // from the last call) are freed: nothing keeps them per function made.
        assert!(freed.get() >= 9_998, "{} of 10 000 host function closures freed", freed.get());
    });
}

/// A host module made of Rust functions and values, imported statically and dynamically.
#[test]
fn host_modules() {
    current_thread().block_on(async {
        let mut fs = MemoryFs::new();
        fs.insert(
            "/app/main.mjs",
            "import db, { query, name } from 'host:db';\nexport const rows = await query('users');\n\
             export const same = db.query === query;\nexport const label = name;",
        );
        let mut rt = Runtime::new(RuntimeOptions::new().file_system(fs));
        let exports = rt.to_js(serde_json::json!({ "name": "memory" })).unwrap();
        let query = rt
            .async_function("query", |(table,): (String,)| async move {
                Ok(vec![format!("{table}:1"), format!("{table}:2")])
            })
            .unwrap();
        rt.set(&exports, "query", &query).unwrap();
        rt.define_module("host:db", &exports).unwrap();
        let ns = rt.run_module("/app/main.mjs").await.unwrap();
        assert_eq!(rt.get_as::<Vec<String>>(&ns, "rows").unwrap(), ["users:1", "users:2"]);
        assert!(rt.get_as::<bool>(&ns, "same").unwrap());
        assert_eq!(rt.get_as::<String>(&ns, "label").unwrap(), "memory");
        // An unknown scheme is still Node's error.
        let p = rt.eval("import('host:nope').catch((e) => e.code)").await.unwrap();
        assert_eq!(rt.resolve_as::<String>(&p).await.unwrap(), "ERR_UNSUPPORTED_ESM_URL_SCHEME");
    });
}

/// Every path of the API under --gc-stress (a collection at every safepoint and at every
/// entry into script code): a value held only by Rust across a call would be collected and
/// show up as a wrong value or a panic here.
#[test]
fn the_api_under_gc_stress() {
    current_thread().block_on(async {
        let mut options = RuntimeOptions::new();
        options.run.vm.gc_stress = true;
        let lines = Lines::default();
        let mut rt = Runtime::new(options.output(lines.clone()));
        rt.register_fn("pair", |(a, b): (String, Vec<f64>)| Ok(serde_json::json!({ "a": a, "b": b }))).unwrap();
        rt.register_async_fn("later", |(x,): (serde_json::Value,)| async move {
            tokio::task::yield_now().await;
            Ok(serde_json::json!({ "wrapped": x, "list": [1, 2, 3] }))
        })
        .unwrap();
        let numbers = rt.async_iterable(futures_util::stream::iter((0..5).map(|i| format!("item {i}")))).unwrap();
        rt.set_global("numbers", &numbers).unwrap();
        let p = rt
            .eval(
                "(async () => {\n\
                   const out = [];\n\
                   for await (const s of numbers) out.push(s + '!');\n\
                   const r = await later({ k: pair('x', [1.5, 2.5]) });\n\
                   out.push(JSON.stringify(r));\n\
                   return out;\n\
                 })()",
            )
            .await
            .unwrap();
        let out: Vec<String> = rt.resolve_as(&p).await.unwrap();
        assert_eq!(out[4], "item 4!");
        assert_eq!(out[5], r#"{"wrapped":{"k":{"a":"x","b":[1.5,2.5]}},"list":[1,2,3]}"#);
        let generator = rt.eval("(async function* () { try { for (let i = 0; ; i++) yield { i, s: 'v' + i } } finally { console.log('closed') } })()").await.unwrap();
        let got: Vec<serde_json::Value> = rt.iterate(&generator).unwrap().take(3).map(Result::unwrap).collect().await;
        assert_eq!(got[2], serde_json::json!({ "i": 2, "s": "v2" }));
        let f = rt.eval("(a, b) => { const o = { a, b, list: [a, b] }; return o }").await.unwrap();
        let v: serde_json::Value = rt.call_as(&f, ("s", vec![1, 2])).unwrap();
        assert_eq!(v, serde_json::json!({ "a": "s", "b": [1, 2], "list": ["s", [1, 2]] }));
        let Err(Error::Js(e)) = rt.eval("(function thrower() { throw new TypeError('gc ' + 'stress') })()").await else {
            panic!("no exception");
        };
        assert!(e.stack.starts_with("TypeError: gc stress\n    at thrower"), "{}", e.stack);
        rt.run_event_loop().await.unwrap();
        assert_eq!(*lines.0.borrow(), ["closed"]);
        let collections = rt.vm().heap_stats().collections;
        assert!(collections > 20, "only {collections} collections");
    });
}
