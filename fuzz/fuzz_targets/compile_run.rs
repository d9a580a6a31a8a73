//! Compiles and runs arbitrary input (a script, or module code when it starts with `M`)
//! under a step limit and a heap limit. Any panic,
//! abort or sanitizer report is a bug: bad input must only ever produce JS errors.
#![no_main]

use libfuzzer_sys::fuzz_target;
use spindle::vm::{Vm, VmOptions};

fuzz_target!(|data: &[u8]| {
    // Input starting with `M` is module code (the rest of it), anything else a script.
    let (module, data) = match data.split_first() {
        Some((b'M', rest)) => (true, rest),
        _ => (false, data),
    };
    let source = String::from_utf8_lossy(data);
    let mut vm = Vm::new(VmOptions {
        step_limit: Some(200_000),
        max_heap_bytes: Some(64 << 20),
        ..Default::default()
    });
    vm.set_output(Box::new(Discard));
    let ok = if module { run_module(&mut vm, &source) } else { vm.eval_script(&source, "fuzz.js").is_ok() };
    if ok {
        // Promise jobs too (a few checkpoints, as a host would run them between tasks).
        for _ in 0..4 {
            if vm.run_microtasks().is_ok() {
                break;
            }
        }
    }
});

/// ParseModule, LoadRequestedModules (no host: every import fails to load), Link and
/// Evaluate.
fn run_module(vm: &mut Vm, source: &str) -> bool {
    let Ok(m) = vm.parse_module(source, "fuzz.mjs") else { return false };
    let loaded = vm.load_requested_modules(m);
    let _ = vm.run_microtasks();
    if !matches!(vm.promise_state(loaded), Some((spindle::jobs::PromiseState::Fulfilled, _))) {
        return false;
    }
    if vm.link_module(m).is_err() {
        return false;
    }
    vm.evaluate_module(m);
    true
}

struct Discard;
impl spindle::vm::Output for Discard {
    fn print(&mut self, _stream: spindle::vm::Stream, _text: &str) {}
}
