//! Cliffs Node and QuickJS do not have, checked by counting the engine's own work (its step
//! counter, which native code also advances once per property access): never wall time.

use spindle::vm::{Vm, VmOptions};

/// Runs `src` with a step budget; true when it finished within it.
fn within_steps(src: &str, steps: u64) -> bool {
    let mut vm = Vm::new(VmOptions { step_limit: Some(steps), ..Default::default() });
    let ok = vm.eval_script(src, "cliff.js").is_ok();
    let limited = vm.terminating.take().is_some();
    assert!(ok || limited, "{src} threw");
    ok
}

/// join over a long run of holes costs work in proportion to the result, not a property
/// lookup per hole (`new Array(2 ** 28).join('x')` took 20 s; Node 0.2 s).
#[test]
fn joining_holes_does_no_per_element_lookups() {
    assert!(within_steps("var s = new Array(2 ** 24).join('x'); if (s.length !== 2 ** 24 - 1) throw 1;", 100_000));
    assert!(within_steps("var t = Array(1e7).toString(); if (t.length !== 1e7 - 1) throw 1;", 100_000));
    // Holes the prototype chain may fill still cost a lookup each.
    assert!(!within_steps("Array.prototype[3] = 'p'; Array(1e7).join();", 100_000));
}

/// What a built-in leaves on the root stack (`Object.values` roots its temporaries there) is
/// dropped when it returns, however it was called: a loop of such calls from bytecode keeps
/// the root stack, and so the live heap, the size it was (a leak here grew the V8 suite's
/// peak RSS from 217 to 339 MB).
#[test]
fn natives_called_from_bytecode_leave_no_roots() {
    let mut vm = Vm::new(VmOptions::default());
    vm.eval_script("var o = { a: 1, b: 2 };", "roots.js").expect("setup");
    let before = vm.roots.len();
    vm.eval_script(
        // A regular expression literal is created without a call (`Vm::new_regexp`).
        "for (var i = 0; i < 10000; i++) { Object.values(o); Object.entries(o); [1, 2].map(String); /a/g.test('a'); }",
        "roots.js",
    )
    .expect("loop");
    assert_eq!(vm.roots.len(), before);
}
