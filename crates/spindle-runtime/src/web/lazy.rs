//! Web-platform globals implemented in JavaScript (`node/js/internal/…`), exposed lazily as
//! Node's exposeLazyInterfaces does: an accessor on the global object that loads the module
//! on first use and replaces itself with the plain data property, so start-up does not pay
//! for APIs a script never touches.

use crate::loader::builtins::builtin_exports;
use spindle::Value;
use spindle::builtins::arg;
use spindle::object::NativeCall;
use spindle::object::property::{HIDDEN, PropertyDescriptor, PropertyKey};
use spindle::vm::{JsResult, Vm};

/// (global name, the internal module defining it). All are non-enumerable but
/// `performance` and `navigator`, as in Node.
const LAZY_GLOBALS: &[(&str, &str)] = &[
    ("EventTarget", "internal/event_target"),
    ("Event", "internal/event_target"),
    ("CustomEvent", "internal/event_target"),
    ("AbortController", "internal/abort_controller"),
    ("AbortSignal", "internal/abort_controller"),
    ("URL", "internal/url"),
    ("URLSearchParams", "internal/url"),
    ("performance", "internal/perf/performance"),
    ("Performance", "internal/perf/performance"),
    ("PerformanceEntry", "internal/perf/performance"),
    ("PerformanceMark", "internal/perf/performance"),
    ("PerformanceMeasure", "internal/perf/performance"),
    ("PerformanceObserver", "internal/perf/performance"),
    ("PerformanceObserverEntryList", "internal/perf/performance"),
    ("MessageChannel", "internal/worker/io"),
    ("MessagePort", "internal/worker/io"),
    ("MessageEvent", "internal/worker/io"),
    ("BroadcastChannel", "internal/worker/io"),
    ("Worker", "internal/worker/web"),
    ("navigator", "internal/navigator"),
    ("Navigator", "internal/navigator"),
    ("Buffer", "buffer"),
    ("crypto", "internal/crypto/webcrypto"),
    ("Crypto", "internal/crypto/webcrypto"),
    ("SubtleCrypto", "internal/crypto/webcrypto"),
    ("Blob", "internal/blob"),
    ("File", "internal/blob"),
    ("ReadableStream", "internal/webstreams/readablestream"),
    ("ReadableStreamDefaultReader", "internal/webstreams/readablestream"),
    ("ReadableStreamBYOBReader", "internal/webstreams/readablestream"),
    ("ReadableStreamBYOBRequest", "internal/webstreams/readablestream"),
    ("ReadableByteStreamController", "internal/webstreams/readablestream"),
    ("ReadableStreamDefaultController", "internal/webstreams/readablestream"),
    ("TransformStream", "internal/webstreams/transformstream"),
    ("TransformStreamDefaultController", "internal/webstreams/transformstream"),
    ("WritableStream", "internal/webstreams/writablestream"),
    ("WritableStreamDefaultWriter", "internal/webstreams/writablestream"),
    ("WritableStreamDefaultController", "internal/webstreams/writablestream"),
    ("ByteLengthQueuingStrategy", "internal/webstreams/queuingstrategies"),
    ("CountQueuingStrategy", "internal/webstreams/queuingstrategies"),
    ("TextEncoderStream", "internal/webstreams/encoding"),
    ("TextDecoderStream", "internal/webstreams/encoding"),
];

fn enumerable(name: &str) -> bool {
    matches!(name, "performance" | "navigator" | "crypto")
}

/// Defines the lazy globals.
pub fn install(vm: &mut Vm) {
    let global = vm.global_object();
    for (i, (name, _)) in LAZY_GLOBALS.iter().enumerate() {
        let slot = vec![Value::Number(i as f64)];
        let get = vm.new_builtin_closure(&format!("get {name}"), 0, lazy_get, slot.clone());
        let set = vm.new_builtin_closure(&format!("set {name}"), 1, lazy_set, slot);
        let key = vm.key_str(name);
        let desc = PropertyDescriptor {
            get: Some(Value::Object(get)),
            set: Some(Value::Object(set)),
            enumerable: Some(enumerable(name)),
            configurable: Some(true),
            ..PropertyDescriptor::default()
        };
        let _ = vm.define_own_property(global, key, desc);
    }
}

fn entry(vm: &Vm, cx: &NativeCall) -> Option<(&'static str, &'static str)> {
    match vm.native_slots(cx.callee).first() {
        Some(Value::Number(n)) => LAZY_GLOBALS.get(*n as usize).copied(),
        _ => None,
    }
}

/// Puts `value` in place of the accessor as a writable, configurable, non-enumerable
/// data property.
fn settle(vm: &mut Vm, name: &str, value: Value) -> JsResult<()> {
    let global = vm.global_object();
    let key: PropertyKey = vm.key_str(name);
    let attrs = if enumerable(name) { HIDDEN | spindle::object::property::ENUMERABLE } else { HIDDEN };
    vm.define_own_property(global, key, PropertyDescriptor::data(value, attrs))?;
    Ok(())
}

fn lazy_get(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let Some((name, module)) = entry(vm, cx) else { return Ok(Value::Undefined) };
    let Value::Object(exports) = builtin_exports(vm, module)? else { return Ok(Value::Undefined) };
    let value = vm.get_str(exports, name)?;
    settle(vm, name, value)?;
    Ok(value)
}

fn lazy_set(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some((name, _)) = entry(vm, cx) else { return Ok(Value::Undefined) };
    settle(vm, name, arg(args, 0))?;
    Ok(Value::Undefined)
}
