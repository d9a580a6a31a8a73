//! Memory costs, measured, not assumed:
//! - generators (issue 4): heap allocations per `next(v)`/`yield` round trip, from a
//!   counting global allocator, and bytes per suspended generator (`Heap::object_bytes`);
//! - promises (issue 6): allocations per `then` (with its reaction job) and per promise.
//!
//! The counting allocator needs `unsafe impl GlobalAlloc`; it lives in this test crate only
//! (the engine itself stays `#![forbid(unsafe_code)]`) and forwards every call to `System`.
//! Run with `--nocapture` to see the figures quoted in docs/generators.md and docs/promises.md.

use spindle::Value;
use spindle::vm::{Vm, VmOptions};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);
/// The tests in this file measure one at a time (the counter is process-wide).
static SERIAL: Mutex<()> = Mutex::new(());

// SAFETY: every method forwards to the system allocator with the caller's arguments
// unchanged; counting does not touch the memory.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded as is.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as is.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded as is.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded as is.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn eval(vm: &mut Vm, src: &str) -> Value {
    match vm.eval_script(src, "memory.js") {
        Ok(v) => v,
        Err(_) => panic!("script failed: {src}"),
    }
}

/// Allocations per iteration of `body` run `n` times inside a JS loop (after a warm-up, so
/// arenas and the register file have reached their steady size).
fn allocations_per_iteration(vm: &mut Vm, setup: &str, body: &str) -> f64 {
    eval(vm, setup);
    let run = format!("(function (n) {{ for (let k = 0; k < n; k++) {{ {body} }} }})");
    let f = eval(vm, &format!("var __run = {run}; __run(20000); 0"));
    let _ = f;
    let n = 200_000;
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    eval(vm, &format!("__run({n}); 0"));
    let after = ALLOCATIONS.load(Ordering::Relaxed);
    (after - before) as f64 / n as f64
}

#[test]
fn a_next_yield_round_trip_allocates_only_the_result_object() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut vm = Vm::new(VmOptions::default());
    // The iterator result object on its own: what CreateIterResultObject costs.
    let object_only = allocations_per_iteration(&mut vm, "var sink;", "sink = { value: k, done: false };");
    // A full round trip: next(v) resumes the frame, yield suspends it and returns a result.
    let round_trip = allocations_per_iteration(
        &mut vm,
        "function* acc() { let t = 0; while (true) { t += yield t; } } var it = acc(); it.next();",
        "sink = it.next(1);",
    );
    println!(
        "allocations per iteration: result-like object literal {object_only:.3}, next/yield round trip {round_trip:.3}"
    );
    assert!(
        round_trip <= object_only + 0.05,
        "a round trip allocates {round_trip:.3} times, the result object alone {object_only:.3}"
    );
}

#[test]
fn a_suspended_generator_costs_a_few_hundred_bytes() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut vm = Vm::new(VmOptions::default());
    let cases = [
        ("few live values", "function* g(a) { let b = a + 1; yield b; yield a; } var gen = g(1); gen.next(); gen"),
        (
            "many temporaries",
            "function* h(a) { for (let i = 0; i < 3; i++) { const x = [a, i].map(v => v + 1); yield x; } } var gen2 = h(1); gen2.next(); gen2",
        ),
    ];
    for (label, src) in cases {
        let Value::Object(g) = eval(&mut vm, src) else { panic!("not an object") };
        let bytes = vm.heap.object_bytes(g);
        println!("suspended generator ({label}): {bytes} bytes");
        assert!(bytes < 600, "{label}: {bytes} bytes");
    }
}

/// Allocations per iteration of `body` (run `n` times in a JS loop) plus the jobs it
/// queued, drained after the loop as a host would.
fn allocations_with_jobs(vm: &mut Vm, setup: &str, body: &str) -> f64 {
    eval(vm, setup);
    let run = format!("(function (n) {{ for (let k = 0; k < n; k++) {{ {body} }} }})");
    eval(vm, &format!("var __runj = {run}; __runj(20000); 0"));
    vm.run_microtasks().expect("jobs");
    let n = 100_000;
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    eval(vm, &format!("__runj({n}); 0"));
    vm.run_microtasks().expect("jobs");
    let after = ALLOCATIONS.load(Ordering::Relaxed);
    (after - before) as f64 / n as f64
}

#[test]
fn promise_allocation_counts() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut vm = Vm::new(VmOptions::default());
    let object_only = allocations_per_iteration(&mut vm, "var sink;", "sink = { value: k };");
    // then() on a settled promise, with its reaction job run: the derived promise only.
    let then = allocations_with_jobs(&mut vm, "var p = Promise.resolve(1); function f(v) { return v; }", "p.then(f);");
    // then() on a pending promise that is resolved afterwards: reaction stored, then moved
    // into a job when the promise settles.
    let pending_then = allocations_with_jobs(
        &mut vm,
        "function g(v) { return v; }",
        "let r; const q = new Promise(res => { r = res; }); q.then(g); r(k);",
    );
    let resolved = allocations_with_jobs(&mut vm, "", "Promise.resolve(k);");
    let constructed = allocations_with_jobs(&mut vm, "", "new Promise(res => res(k));");
    let await_like = allocations_with_jobs(&mut vm, "var p2 = Promise.resolve(2);", "Promise.resolve(p2).then(f);");
    println!(
        "allocations: object literal {object_only:.3}; then on a settled promise (+job) {then:.3}; pending promise + then + resolve (incl. executor closure and resolving functions) {pending_then:.3}; Promise.resolve(v) {resolved:.3}; new Promise(res => res(v)) {constructed:.3}; Promise.resolve(promise).then(f) {await_like:.3}"
    );
    println!(
        "sizes: ReactionPair {} bytes, PromiseData {} bytes, Job {} bytes",
        std::mem::size_of::<spindle::jobs::ReactionPair>(),
        std::mem::size_of::<spindle::jobs::PromiseData>(),
        std::mem::size_of::<spindle::jobs::Job>()
    );
    // A then is one promise (its slot box) and nothing per reaction or job.
    assert!(then <= 1.05, "then: {then:.3}");
    assert!(resolved <= 1.05, "Promise.resolve: {resolved:.3}");
}

#[test]
fn await_allocation_counts() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut vm = Vm::new(VmOptions::default());
    eval(
        &mut vm,
        "async function awaitValues(n) { for (let i = 0; i < n; i++) await i; } var resolved = Promise.resolve(1); async function awaitPromise(n) { for (let i = 0; i < n; i++) await resolved; }",
    );
    let per_await = |vm: &mut Vm, f: &str| {
        eval(vm, &format!("{f}(20000); 0"));
        vm.run_microtasks().expect("jobs");
        let n = 100_000;
        let before = ALLOCATIONS.load(Ordering::Relaxed);
        eval(vm, &format!("{f}({n}); 0"));
        vm.run_microtasks().expect("jobs");
        let after = ALLOCATIONS.load(Ordering::Relaxed);
        (after - before) as f64 / n as f64
    };
    let value = per_await(&mut vm, "awaitValues");
    let promise = per_await(&mut vm, "awaitPromise");
    println!(
        "allocations per await: of a plain value {value:.3} (PromiseResolve's new promise), of a native promise {promise:.3}"
    );
    assert!(promise <= 0.05, "await of a promise: {promise:.3}");
    assert!(value <= 1.05, "await of a value: {value:.3}");
}

#[test]
fn a_suspended_async_function_costs_a_few_hundred_bytes() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut vm = Vm::new(VmOptions::default());
    let src = "var never = new Promise(() => {}); async function waiting(a) { let b = a + 1; await never; return b; } var p = waiting(1); never";
    let Value::Object(never) = eval(&mut vm, src) else { panic!("not an object") };
    let owner = match &vm.obj(never).kind {
        spindle::object::ObjectKind::Promise(d) => match d.reactions.first().map(|r| r.on_fulfilled) {
            Some(spindle::jobs::Handler::Await { generator, promise }) => (generator, promise),
            other => panic!("no await reaction: {other:?}"),
        },
        _ => panic!("not a promise"),
    };
    let frame = vm.heap.object_bytes(owner.0);
    let promise = vm.heap.object_bytes(owner.1);
    let reaction = std::mem::size_of::<spindle::jobs::ReactionPair>();
    println!(
        "suspended async function: frame owner {frame} bytes + its promise {promise} bytes + the await's reaction pair {reaction} bytes"
    );
    assert!(frame + promise + reaction < 800, "{frame} + {promise} + {reaction}");
}

/// One `for await` step over an async generator that yields a value: the spec creates the
/// next() request's promise, the { value, done } object that settles it, and the promise
/// Await makes of the yielded plain value (yield awaits its operand); the consumer's await of
/// the request promise and the generator's suspension allocate nothing.
#[test]
fn async_generator_step_allocation_counts() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut vm = Vm::new(VmOptions::default());
    eval(
        &mut vm,
        "async function* produce(n) { for (let i = 0; i < n; i++) yield i; } async function consume(n) { let s = 0; for await (const v of produce(n)) s += v; return s; }",
    );
    let per_step = |vm: &mut Vm| {
        eval(vm, "consume(20000); 0");
        vm.run_microtasks().expect("jobs");
        let n = 100_000;
        let before = ALLOCATIONS.load(Ordering::Relaxed);
        eval(vm, &format!("consume({n}); 0"));
        vm.run_microtasks().expect("jobs");
        let after = ALLOCATIONS.load(Ordering::Relaxed);
        (after - before) as f64 / n as f64
    };
    let step = per_step(&mut vm);
    println!("allocations per for-await step over an async generator: {step:.3}");
    assert!(step <= 4.05, "for await step: {step:.3}");
}

#[test]
fn a_suspended_async_generator_costs_a_few_hundred_bytes() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut vm = Vm::new(VmOptions::default());
    let src = "async function* g(a) { let b = a + 1; yield b; yield b + 1; } var it = g(1); it.next(); it";
    let Value::Object(it) = eval(&mut vm, src) else { panic!("not an object") };
    vm.run_microtasks().expect("jobs");
    let bytes = vm.heap.object_bytes(it);
    println!("suspended async generator (at a yield, queue empty): {bytes} bytes");
    assert!(bytes < 600, "{bytes}");
}
