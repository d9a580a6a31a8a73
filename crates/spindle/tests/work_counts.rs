//! Cliffs found by probing (issue 13), measured as work done, never as time:
//! - `util.inspect` of deep nesting: the bytes allocated stay within a constant factor of
//!   the output's size (each level's text used to be copied again by every parent, which
//!   made a 3 000-deep array cost cubic time).
//!
//! Bytes are counted by a global allocator wrapper, which needs `unsafe impl GlobalAlloc`;
//! like tests/allocations.rs it lives in this test crate only (the engine itself stays
//! `#![forbid(unsafe_code)]`) and forwards every call to `System`.

use spindle::Value;
use spindle::builtins::inspect::{InspectOptions, inspect_with};
use spindle::vm::{Vm, VmOptions};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

struct CountingBytes;

static BYTES: AtomicUsize = AtomicUsize::new(0);
/// The byte counter is process-wide: tests that read it run one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

// SAFETY: every method forwards to the system allocator with the caller's arguments
// unchanged; counting does not touch the memory.
unsafe impl GlobalAlloc for CountingBytes {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded as is.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as is.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded as is.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        BYTES.fetch_add(new_size, Ordering::Relaxed);
        // SAFETY: forwarded as is.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: CountingBytes = CountingBytes;

fn eval(vm: &mut Vm, src: &str) -> Value {
    match vm.eval_script(src, "work.js") {
        Ok(v) => v,
        Err(_) => panic!("script failed: {src}"),
    }
}

/// `[[[…]]]` nested `depth` deep.
fn nested_array(vm: &mut Vm, depth: usize) -> Value {
    eval(vm, &format!("(function () {{ let a = []; for (let i = 0; i < {depth}; i++) a = [a]; return a; }})()"))
}

/// Bytes allocated while inspecting `v` with `depth: Infinity`, and the output.
fn inspect_bytes(vm: &mut Vm, v: Value) -> (usize, String) {
    let opts = InspectOptions { depth: f64::INFINITY, ..InspectOptions::default() };
    let before = BYTES.load(Ordering::Relaxed);
    let out = inspect_with(vm, v, opts).expect("inspect");
    let bytes = BYTES.load(Ordering::Relaxed) - before;
    (bytes, out)
}

#[test]
fn inspecting_deep_nesting_costs_linear_in_the_output() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut vm = Vm::new(VmOptions::default());
    for depth in [100, 400, 900] {
        let v = nested_array(&mut vm, depth);
        let (bytes, out) = inspect_bytes(&mut vm, v);
        assert_eq!(out.matches('[').count(), depth + 1);
        // The output alone is quadratic in the depth (every line is indented).
        assert!(
            bytes < 12 * out.len() + (1 << 20),
            "depth {depth}: {bytes} bytes allocated for {} bytes of output",
            out.len()
        );
    }
}

#[test]
fn inspection_past_the_nesting_limit_is_interrupted_as_in_node() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut vm = Vm::new(VmOptions::default());
    let v = nested_array(&mut vm, 100_000);
    let (bytes, out) = inspect_bytes(&mut vm, v);
    let marker = "[Array: Inspection interrupted prematurely. Maximum call stack size exceeded.]";
    assert_eq!(out.matches(marker).count(), 1);
    assert!(bytes < 12 * out.len() + (1 << 20), "{bytes} bytes allocated for {} bytes of output", out.len());
}
