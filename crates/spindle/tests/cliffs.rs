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
