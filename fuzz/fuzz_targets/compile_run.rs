//! Compiles and runs arbitrary input under a step limit and a heap limit. Any panic,
//! abort or sanitizer report is a bug: bad input must only ever produce JS errors.
#![no_main]

use libfuzzer_sys::fuzz_target;
use spindle::vm::{Vm, VmOptions};

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let mut vm = Vm::new(VmOptions {
        step_limit: Some(200_000),
        max_heap_bytes: Some(64 << 20),
        ..Default::default()
    });
    vm.set_output(Box::new(Discard));
    if vm.eval_script(&source, "fuzz.js").is_ok() {
        // Promise jobs too (a few checkpoints, as a host would run them between tasks).
        for _ in 0..4 {
            if vm.run_microtasks().is_ok() {
                break;
            }
        }
    }
});

struct Discard;
impl spindle::vm::Output for Discard {
    fn print(&mut self, _stream: spindle::vm::Stream, _text: &str) {}
}
