//! The collector's accounting: every byte the heap owns (element vectors, property maps,
//! Map/Set tables, string buffers) counts toward the next collection and the heap limit, and
//! the job queue is a safepoint. Each test counts bytes or collections, never time.

use spindle::vm::{Vm, VmOptions};

fn run(vm: &mut Vm, src: &str) {
    if vm.eval_script(src, "heap.js").is_err() {
        panic!("script failed: {src}");
    }
}

const MB: usize = 1 << 20;

/// Elements, string units, property maps and Map tables kept alive are all in the live
/// figure a collection computes (the old estimate charged a flat 160 bytes per object and
/// 48 per string, so these 1.6 MB-plus structures counted as almost nothing).
#[test]
fn live_bytes_include_what_objects_and_strings_own() {
    let cases = [
        // 8 bytes an element (packed values, `value/packed.rs`).
        ("var keep = []; for (var i = 0; i < 1e6; i++) keep.push(i);", 8 * MB),
        ("var keep = 'x'.repeat(8e6);", 15 * MB),
        ("var keep = {}; for (var i = 0; i < 2e5; i++) keep['k' + i] = i;", 4 * MB),
        ("var keep = new Map(); for (var i = 0; i < 5e5; i++) keep.set(i, i);", 16 * MB),
        ("var keep = new Set(); for (var i = 0; i < 5e5; i++) keep.add(i + 0.5);", 8 * MB),
        ("var keep = ''; for (var i = 0; i < 1e5; i++) keep += 'abcdefghij'; keep.length;", 2 * MB),
    ];
    for (src, at_least) in cases {
        let mut vm = Vm::new(VmOptions::default());
        run(&mut vm, src);
        run(&mut vm, "keep.length"); // flattens a rope
        vm.collect_garbage();
        let live = vm.heap_stats().live_bytes;
        assert!(live >= at_least, "{src}: {live} live bytes, expected at least {at_least}");
        run(&mut vm, "keep = undefined;");
        vm.collect_garbage();
        let after = vm.heap_stats().live_bytes;
        assert!(after < 4 * MB, "{src}: {after} bytes still live after dropping it");
    }
}

/// 300 arrays of 100 000 numbers made and dropped: the growth of their element vectors
/// triggers collections, so the heap never holds more than a few of them (475 MB of RSS
/// before; Node 80 MB).
#[test]
fn dropped_arrays_are_collected_as_they_grow() {
    let mut vm = Vm::new(VmOptions::default());
    run(&mut vm, "for (var r = 0; r < 300; r++) { var a = []; for (var i = 0; i < 1e5; i++) a.push(i); }");
    let stats = vm.heap_stats();
    assert!(stats.collections >= 20, "{} collections for 480 MB of elements", stats.collections);
    assert!(stats.peak_bytes < 48 * MB, "peak {} bytes", stats.peak_bytes);
}

/// A do-while loop's back edge is a conditional jump: it is a safepoint too, so garbage
/// made in the loop is collected (before, the loop never reached the collector).
#[test]
fn do_while_loops_reach_a_safepoint() {
    let mut vm = Vm::new(VmOptions::default());
    run(&mut vm, "var i = 0; do { var a = [1, 2, 3, 4, 5, 6, 7, 8]; i++; } while (i < 2e6 && a);");
    let stats = vm.heap_stats();
    assert!(stats.collections >= 5, "{} collections", stats.collections);
    assert!(stats.peak_bytes < 64 * MB, "peak {} bytes", stats.peak_bytes);
}

/// A chain of promise jobs whose callbacks contain no loop and no call: the job queue's
/// safepoint collects between jobs (before, the chain grew the heap without bound).
#[test]
fn job_chains_reach_a_safepoint_between_jobs() {
    for chain in [
        "var n = 0; function go() { if (++n < 3e5) Promise.resolve(n).then(go); } go();",
        "var n = 0; function go() { if (++n < 3e5) queueMicrotaskLike(go); } go();",
    ] {
        let mut vm = Vm::new(VmOptions::default());
        // A microtask without the runtime: a resolved promise's reaction.
        run(&mut vm, "function queueMicrotaskLike(f) { Promise.prototype.then.call(Promise.resolve(), () => f()); }");
        run(&mut vm, chain);
        vm.run_microtasks().expect("jobs run");
        let stats = vm.heap_stats();
        assert!(stats.collections >= 3, "{chain}: {} collections", stats.collections);
        assert!(stats.peak_bytes < 32 * MB, "{chain}: peak {} bytes", stats.peak_bytes);
    }
}

/// `max_heap_bytes` stops a heap that keeps growing through element vectors or strings,
/// with the engine's out-of-memory termination (not a catchable error).
#[test]
fn the_heap_limit_counts_elements_and_strings() {
    for src in [
        "var keep = []; for (var r = 0; r < 1000; r++) { var a = []; for (var i = 0; i < 1e5; i++) a.push(i); keep.push(a); }",
        "var keep = []; for (var r = 0; r < 1000; r++) keep.push('x'.repeat(1e6) + r);",
        "try { var s = 'x'.repeat(4e8); } catch (e) {}",
        "var m = new Map(); for (var i = 0; i < 1e7; i++) m.set(i, i);",
        // A native loop (Promise.all) over an endless iterator whose next() has no loop or
        // call: entering script code from Rust is a safepoint (found by fuzzing: 2 GB).
        "Promise.all({ [Symbol.iterator]() { return { next() { return { value: 1, done: false }; } }; } });",
        // A native loop allocating a key string per index beyond 2^32 (reverse over a huge
        // array-like): no collection can run inside it, so the limit stops it at twice.
        "Array.prototype.reverse.call({ length: Infinity, 0: 1 });",
        // Compiled code kept by the functions made from it (9 GB before the limit noticed).
        "var keep = [], body = 'var x = 1;'.repeat(2000) + 'return x'; for (var i = 0; ; i++) keep.push(new Function('a' + i, body));",
    ] {
        let mut vm = Vm::new(VmOptions { max_heap_bytes: Some(64 * MB), ..Default::default() });
        assert!(vm.eval_script(src, "limit.js").is_err(), "{src} ran to the end");
        let reason = vm.terminating.take().unwrap_or_default();
        assert!(reason.contains("heap out of memory"), "{src}: {reason}");
        assert!(vm.heap_stats().peak_bytes < 256 * MB, "{src}: peak {}", vm.heap_stats().peak_bytes);
    }
}

/// Bound functions' names are ropes over their target's name: live bytes per bind stay the
/// same whether the chain is 2 000 or 20 000 binds long (flat "bound bound …" names made
/// them grow with the chain: 3.4 GB for 20 000 binds).
#[test]
fn bind_chains_cost_linear_memory() {
    let per_bind = |n: usize| {
        let mut vm = Vm::new(VmOptions::default());
        run(&mut vm, &format!("var f = function base() {{}}; for (var i = 0; i < {n}; i++) f = f.bind(null);"));
        vm.collect_garbage();
        let with_chain = vm.heap_stats().live_bytes;
        run(&mut vm, "if (f.name.length !== 6 * i + 4 || !f.name.endsWith('bound base')) throw 1; f = null;");
        vm.collect_garbage();
        (with_chain - vm.heap_stats().live_bytes) / n
    };
    let (short, long) = (per_bind(2_000), per_bind(20_000));
    assert!(long <= short + short / 2, "{short} bytes per bind in a chain of 2 000, {long} in one of 20 000");
    assert!(long < 2_000, "{long} bytes per bind");
}

/// A `new Uint8Array(1 << 20)` costs its 1 MiB of bytes plus a small constant (the view and
/// its buffer: two object slots and their out-of-line slots), measured by the collector's
/// live figure; dropped buffers are freed with their objects.
#[test]
fn a_typed_array_costs_its_bytes_plus_a_constant() {
    let mut vm = Vm::new(VmOptions::default());
    vm.collect_garbage();
    let base = vm.heap_stats().live_bytes;
    run(&mut vm, "var keep = []; for (var i = 0; i < 64; i++) keep.push(new Uint8Array(1 << 20));");
    vm.collect_garbage();
    let per = (vm.heap_stats().live_bytes - base) / 64;
    let constant = per - MB;
    assert!(per >= MB && constant < 1024, "{per} bytes per 1 MiB Uint8Array ({constant} over 1 MiB)");
    eprintln!("a new Uint8Array(1 << 20) costs 1 MiB + {constant} bytes");
    run(&mut vm, "keep = undefined;");
    vm.collect_garbage();
    assert!(vm.heap_stats().live_bytes < base + MB, "dropped buffers stay counted");
}

/// Allocating and dropping 1 MiB buffers triggers collections by their bytes: 2 GiB of
/// buffers never hold more than a few dozen MiB at once.
#[test]
fn dropped_buffers_are_collected_by_their_bytes() {
    let mut vm = Vm::new(VmOptions::default());
    run(&mut vm, "for (var r = 0; r < 2048; r++) { var a = new Float64Array(1 << 17); a[5] = r; }");
    let stats = vm.heap_stats();
    assert!(stats.peak_bytes < 64 * MB, "peak {} bytes", stats.peak_bytes);
}

/// The collector sums what live cells own while it marks them (no second walk over the
/// live heap after the sweep): its figure is the one a walk over every live cell gives.
#[test]
fn the_marker_counts_what_a_walk_over_the_live_heap_counts() {
    let src = "var keep = { arr: [], str: '', big: 2n ** 4000n, map: new Map(), weak: new WeakMap() };
        for (var i = 0; i < 2e4; i++) { keep.arr.push({ a: i, b: 'k' + i }); keep.map.set(i, [i]); }
        for (var i = 0; i < 1e4; i++) keep.str += 'abcdefghij';  // a rope, left unflattened
        var fns = []; for (var i = 0; i < 1000; i++) { let c = i; fns.push(() => c); }
        var k = {}; keep.weak.set(k, new Array(1000).fill(1));
        var garbage = []; for (var i = 0; i < 5e4; i++) garbage.push({ x: i });
        garbage = undefined;";
    let mut vm = Vm::new(VmOptions::default());
    run(&mut vm, src);
    vm.collect_garbage();
    let counted = vm.heap_stats().live_bytes;
    let walked = vm.heap.measure_live_bytes() + vm.heap.code_bytes;
    assert_eq!(counted, walked);
    assert!(counted > 2 * MB, "{counted} live bytes");
}

/// A loop compiling a large source, keeping only its latest function: the collection that
/// the compile makes due runs before it (`Vm::collect_before_compile`), so a compile never
/// starts with the garbage of the one before last still in the heap. Collecting only at the
/// next safepoint, the heap held three generations of code at each compile's end (the
/// garbage one, the one `f` still holds, the new one).
#[test]
fn large_compiles_collect_before_they_start() {
    for make in ["f = new Function(body)", "f = (0, eval)('(function () {' + body + '})')"] {
        let setup = "var body = 'var x = [1, 2, 3].map(function (v) { return v + 1; });'.repeat(4000) + 'return x';";
        // The code of one generation: the heap's live bytes with one function, less without.
        let mut vm = Vm::new(VmOptions::default());
        run(&mut vm, setup);
        run(&mut vm, "var f = null;");
        vm.collect_garbage();
        let base = vm.heap_stats().live_bytes;
        run(&mut vm, &format!("{make};"));
        vm.collect_garbage();
        let generation = vm.heap_stats().live_bytes - base;
        assert!(generation > MB, "{make}: one generation is only {generation} bytes");
        run(&mut vm, &format!("for (var i = 0; i < 8; i++) {make};"));
        let peak = vm.heap_stats().peak_bytes - base;
        assert!(
            peak < generation * 5 / 2,
            "{make}: the heap reached {peak} bytes over its base, {:.1} generations of code",
            peak as f64 / generation as f64
        );
    }
}

/// A function's template stays small: a 1.6 MB minified bundle compiles to 28 000 of them,
/// and what few functions have lives out of line (`RareCode`). It was 464 bytes.
#[test]
fn function_templates_stay_small() {
    let size = std::mem::size_of::<spindle::bytecode::Code>();
    assert!(size <= 272, "a function template takes {size} bytes");
}

/// Runs `make` and the jobs it queues, then `drop` (which lets go of what `make` made), and
/// collects: what the sweep freed is in the reuse pools.
fn make_drop_and_collect(vm: &mut Vm, make: &str, drop: &str) {
    run(vm, make);
    assert!(vm.run_microtasks().is_ok(), "jobs ran");
    run(vm, drop);
    vm.collect_garbage();
}

/// The live bytes the collector counted (the reuse pools included) are what a walk of the
/// heap finds.
fn assert_pools_counted(vm: &Vm) {
    let counted = vm.heap_stats().live_bytes;
    let walked = vm.heap.measure_live_bytes() + vm.heap.code_bytes;
    assert_eq!(counted, walked, "the pools' bytes are in both figures");
}

/// The boxes of collected closures are kept for the closures made next
/// (`Heap::function_boxes`): bounded, counted as the heap's bytes, refilled whole (a
/// closure made from a reused box has its own code, environment and realm), and emptied by
/// the next collection.
#[test]
fn collected_closures_boxes_are_reused_bounded_and_counted() {
    use spindle::heap::BOX_POOL;
    let mut vm = Vm::new(VmOptions::default());
    // Closures of another code (made by eval), then dropped.
    run(
        &mut vm,
        "var made = []; for (var i = 0; i < 3e4; i++) made.push(eval('(function (x) { return x * ' + (i % 7) + '; })'));",
    );
    run(&mut vm, "made = undefined;");
    vm.collect_garbage();
    let pooled = vm.heap.function_boxes.len();
    assert!(pooled > 0 && pooled <= BOX_POOL, "{pooled} boxes kept");
    assert_pools_counted(&vm);
    // New closures of other code, capturing other environments, from the reused boxes.
    run(&mut vm, "var adders = []; for (let i = 0; i < 1000; i++) adders.push((y) => y + i);");
    assert_eq!(vm.heap.function_boxes.len(), pooled - 1000, "each new closure took a box");
    let ok = vm
        .eval_script("adders[0](1) === 1 && adders[999](1) === 1000 && adders.every((f, i) => f(0) === i)", "check.js");
    assert!(matches!(ok, Ok(spindle::value::Value::Bool(true))), "closures from reused boxes: {ok:?}");
    // The next collection empties the pool before refilling it with what that sweep frees.
    run(&mut vm, "adders = undefined;");
    vm.collect_garbage();
    assert!(vm.heap.function_boxes.len() <= BOX_POOL);
    run(&mut vm, "var again = (function () { return 'again'; })(); again;");
}

/// Promises' boxes are kept the same way (`Heap::promise_boxes`): a promise made from a
/// reused box starts pending, unhandled and without reactions, whatever the box held.
#[test]
fn collected_promises_boxes_are_reused_reset_and_counted() {
    let mut vm = Vm::new(VmOptions::default());
    make_drop_and_collect(
        &mut vm,
        "var ps = []; for (var i = 0; i < 2e4; i++) { var p = Promise.resolve(i); p.then(function () {}); ps.push(p); }",
        "ps = undefined;",
    );
    let pooled = vm.heap.promise_boxes.len();
    assert!(pooled > 0, "no promise boxes kept");
    assert!(pooled <= spindle::heap::BOX_POOL, "pool bounded");
    assert_pools_counted(&vm);
    run(
        &mut vm,
        "var log = []; var fresh = new Promise(function () {}); var done = Promise.reject(new Error('x')); done.catch(function (e) { log.push(e.message); }); var later = Promise.resolve(7).then(function (v) { log.push(v); });",
    );
    assert!(vm.run_microtasks().is_ok(), "jobs ran");
    assert!(vm.heap.promise_boxes.len() < pooled, "new promises took boxes");
    let ok = vm.eval_script("log.join() === 'x,7'", "check.js");
    assert!(matches!(ok, Ok(spindle::value::Value::Bool(true))), "promises from reused boxes: {ok:?}");
}

/// Generators' boxes freed by a sweep come back, emptied, for new generators and async
/// functions (`Heap::generator_boxes`): counted as the heap's bytes, bounded, and behaving
/// as fresh ones (state, frame, received value and async slots all reset).
#[test]
fn collected_generator_boxes_are_reused_emptied_and_counted() {
    let mut vm = Vm::new(VmOptions::default());
    make_drop_and_collect(
        &mut vm,
        "function* g(n) { try { yield n; yield n + 1; } finally { n = 0; } }\n\
         var gs = []; for (var i = 0; i < 3e4; i++) { var it = g(i); it.next(); gs.push(it); }\n\
         async function af(x) { await null; return x; }\n\
         var ps = []; for (var j = 0; j < 100; j++) ps.push(af(j));",
        "gs = undefined; ps = undefined;",
    );
    let pooled = vm.heap.generator_boxes.len();
    assert!(pooled > 0, "no generator boxes kept");
    assert!(pooled <= spindle::heap::BOX_POOL, "pool bounded");
    assert!(
        vm.heap.generator_boxes.iter().all(|b| b.frame.is_none() && b.received.is_none() && b.async_slots.is_none()),
        "kept boxes are emptied"
    );
    assert_pools_counted(&vm);
    run(
        &mut vm,
        "var out = [];\n\
         function* h() { var x = yield 1; out.push('got ' + x); try { yield 2; } finally { out.push('fin'); } }\n\
         var a = h(); out.push(JSON.stringify(a.next())); out.push(JSON.stringify(a.next('v'))); out.push(JSON.stringify(a.return(9))); out.push(JSON.stringify(a.next()));\n\
         var b = h(); out.push(JSON.stringify(b.return(3))); out.push(JSON.stringify(b.next()));\n\
         async function* ag() { yield 'ay'; }\n\
         async function k() { var r = []; for await (var v of ag()) r.push(v); out.push(r.join()); return 'done'; }\n\
         k().then(function (v) { out.push(v); });",
    );
    assert!(vm.run_microtasks().is_ok(), "jobs ran");
    assert!(vm.heap.generator_boxes.len() < pooled, "new generators took boxes");
    let expected = r#"{"value":1,"done":false}|got v|{"value":2,"done":false}|fin|{"value":9,"done":true}|{"done":true}|{"value":3,"done":true}|{"done":true}|ay|done"#;
    let ok = vm.eval_script("out.join('|')", "check.js");
    let Ok(spindle::value::Value::String(s)) = ok else { panic!("{ok:?}") };
    let got = vm.rust_string(s);
    assert_eq!(got, expected, "generators from reused boxes (Node 20's output)");
}
