//! WeakRef and FinalizationRegistry against the collector: targets stay alive while kept
//! (the job that observed them), are cleared by a collection after ClearKeptObjects, and
//! each emptied registry cell produces exactly one cleanup call.

use spindle::Value;
use spindle::vm::{Vm, VmOptions};

fn eval(vm: &mut Vm, src: &str) -> Value {
    match vm.eval_script(src, "weak.js") {
        Ok(v) => v,
        Err(_) => panic!("script failed: {src}"),
    }
}

fn eval_string(vm: &mut Vm, src: &str) -> String {
    let v = eval(vm, src);
    vm.to_rust_string(v).expect("string")
}

#[test]
fn weakref_target_survives_its_job_then_is_cleared() {
    let mut vm = Vm::new(VmOptions::default());
    eval(&mut vm, "var ref = new WeakRef({ payload: 1 }); var strong = new WeakRef(globalThis);");
    // Still in [[KeptAlive]]: a collection in the same job keeps it.
    vm.collect_garbage();
    assert_eq!(eval_string(&mut vm, "typeof ref.deref()"), "object");
    // deref() above kept it again; once the job ends it can go.
    vm.clear_kept_objects();
    vm.collect_garbage();
    assert_eq!(eval_string(&mut vm, "typeof ref.deref() + ' ' + (strong.deref() === globalThis)"), "undefined true");
}

#[test]
fn registry_cleanup_runs_once_per_dead_target_and_skips_unregistered() {
    let mut vm = Vm::new(VmOptions::default());
    eval(
        &mut vm,
        "var calls = [];
         var reg = new FinalizationRegistry(h => calls.push(h));
         var token = {};
         (function () {
           reg.register({}, 'a');
           reg.register({}, 'b', token);
           reg.register({}, 'c');
         })();
         var alive = {};
         reg.register(alive, 'alive');
         reg.unregister(token);",
    );
    vm.clear_kept_objects();
    vm.collect_garbage();
    // The collector only queues the job; nothing runs until the host asks.
    assert_eq!(eval_string(&mut vm, "calls.join()"), "");
    vm.run_finalization_cleanups().expect("cleanup");
    assert_eq!(eval_string(&mut vm, "calls.sort().join()"), "a,c");
    vm.collect_garbage();
    vm.run_finalization_cleanups().expect("cleanup");
    assert_eq!(eval_string(&mut vm, "calls.length"), "2");
}

#[test]
fn unreachable_registry_is_collected_without_callbacks() {
    let mut vm = Vm::new(VmOptions::default());
    eval(
        &mut vm,
        "var calls = 0; (function () { var r = new FinalizationRegistry(() => calls++); r.register({}, 1); })();",
    );
    vm.clear_kept_objects();
    vm.collect_garbage();
    vm.run_finalization_cleanups().expect("cleanup");
    assert_eq!(eval_string(&mut vm, "String(calls)"), "0");
}

/// A chain of ephemerons (each value holds the next key) is marked in one pass over the
/// entries: the collector examines each entry once, however long the chain (rescanning the
/// tables until nothing changed took one pass per link: quadratic, found by fuzzing).
#[test]
fn ephemeron_chains_are_marked_in_linear_work() {
    for links in [1_000usize, 30_000] {
        let mut vm = Vm::new(VmOptions::default());
        eval(
            &mut vm,
            &format!(
                "var wm = new WeakMap(), head = {{}}, cur = head;
                 for (var i = 0; i < {links}; i++) {{ var next = {{}}; wm.set(cur, {{ next: next, i: i }}); cur = next; }}
                 cur = next = null;"
            ),
        );
        vm.collect_garbage();
        assert_eq!(vm.heap.ephemeron_entries_seen, links, "entries examined for a chain of {links}");
        // The whole chain is alive through `head`; dropping it frees every entry.
        assert_eq!(
            eval_string(&mut vm, "var n = 0, k = head; while (wm.has(k)) { k = wm.get(k).next; n++; } String(n)"),
            links.to_string()
        );
        eval(&mut vm, "head = k = null;");
        vm.collect_garbage(); // examines the dead entries once more and drops them
        vm.collect_garbage();
        assert_eq!(vm.heap.ephemeron_entries_seen, 0);
    }
}

/// The host's weak handles (`Vm::persist_weak`): cleared and reported (by tag) once their
/// object is unreachable, kept while script code reaches it; an idle collection runs once
/// per burst of new handles.
#[test]
fn host_weak_handles_are_cleared_and_reported_by_tag() {
    let mut vm = Vm::new(VmOptions::default());
    let Value::Object(kept) = eval(&mut vm, "var kept = { k: 1 }; kept") else { panic!("object") };
    let Value::Object(dropped) = eval(&mut vm, "({ d: 1 })") else { panic!("object") };
    let kept_handle = vm.persist_weak(kept, 7);
    let dropped_handle = vm.persist_weak(dropped, 8);
    assert!(vm.idle_collection(), "a handle was made: the idle collection runs");
    assert!(!vm.idle_collection(), "no new handle since: it does not run again");
    assert_eq!(vm.take_collected_weak(), vec![8]);
    assert!(vm.take_collected_weak().is_empty(), "each cleared handle is reported once");
    assert_eq!(vm.weak_persistent(kept_handle), Some(kept));
    assert_eq!(vm.weak_persistent(dropped_handle), None);
    vm.unpersist_weak(dropped_handle);
    // The kept object goes too, once unreachable.
    eval(&mut vm, "kept = null");
    vm.collect_garbage();
    assert_eq!(vm.take_collected_weak(), vec![7]);
    assert_eq!(vm.weak_persistent(kept_handle), None);
    // No idle collection for handles the host has already let go of.
    let Value::Object(o) = eval(&mut vm, "({})") else { panic!("object") };
    let h = vm.persist_weak(o, 9);
    vm.unpersist_weak(h);
    assert!(!vm.idle_collection(), "every handle made since was released");
}
