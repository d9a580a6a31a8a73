//! Web-platform globals implemented in JavaScript (`node/js/internal/…`) or in Rust
//! (DOMException), exposed lazily as Node's exposeLazyInterfaces does: an accessor on the
//! global object that loads the module (or creates the class) on first use and replaces
//! itself with the plain data property, so start-up does not pay for APIs a script never
//! touches.

use crate::loader::builtins::builtin_exports;
use spindle::Value;
use spindle::builtins::arg;
use spindle::object::property::{CONFIGURABLE, ENUMERABLE, HIDDEN, Property, PropertyDescriptor, PropertyKey};
use spindle::object::{NativeCall, Slot};
use spindle::value::ObjId;
use spindle::vm::{JsResult, Vm};

/// Where a lazy global's value comes from.
#[derive(Clone, Copy)]
enum Source {
    /// The export of that name of an internal module (Node's defineLazyProperties: the
    /// accessors are named `get X` / `set X`).
    Module(&'static str),
    /// A built-in implemented in Rust, created by this function (Node 20's
    /// exposeGetterAndSetter for DOMException: anonymous accessors).
    Native(fn(&mut Vm) -> ObjId),
}
use Source::{Module, Native};

/// (global name, where it comes from). All are non-enumerable but `performance`,
/// `navigator` and `crypto`, as in Node.
const LAZY_GLOBALS: &[(&str, Source)] = &[
    ("DOMException", Native(super::dom_exception::constructor_object)),
    ("EventTarget", Module("internal/event_target")),
    ("Event", Module("internal/event_target")),
    ("CustomEvent", Module("internal/event_target")),
    ("AbortController", Module("internal/abort_controller")),
    ("AbortSignal", Module("internal/abort_controller")),
    ("URL", Module("internal/url")),
    ("URLSearchParams", Module("internal/url")),
    ("performance", Module("internal/perf/performance")),
    ("Performance", Module("internal/perf/performance")),
    ("PerformanceEntry", Module("internal/perf/performance")),
    ("PerformanceMark", Module("internal/perf/performance")),
    ("PerformanceMeasure", Module("internal/perf/performance")),
    ("PerformanceObserver", Module("internal/perf/performance")),
    ("PerformanceObserverEntryList", Module("internal/perf/performance")),
    ("MessageChannel", Module("internal/worker/io")),
    ("MessagePort", Module("internal/worker/io")),
    ("MessageEvent", Module("internal/worker/io")),
    ("BroadcastChannel", Module("internal/worker/io")),
    ("Worker", Module("internal/worker/web")),
    ("navigator", Module("internal/navigator")),
    ("Navigator", Module("internal/navigator")),
    ("Buffer", Module("buffer")),
    ("crypto", Module("internal/crypto/webcrypto")),
    ("Crypto", Module("internal/crypto/webcrypto")),
    ("SubtleCrypto", Module("internal/crypto/webcrypto")),
    ("Blob", Module("internal/blob")),
    ("File", Module("internal/blob")),
    ("ErrorEvent", Module("internal/error_event")),
    ("PromiseRejectionEvent", Module("internal/error_event")),
    ("FileReader", Module("internal/file_reader")),
    ("ProgressEvent", Module("internal/file_reader")),
    ("FormData", Module("internal/fetch/form_data")),
    ("Headers", Module("internal/fetch/response")),
    ("Request", Module("internal/fetch/request")),
    ("Response", Module("internal/fetch/response")),
    ("ReadableStream", Module("internal/webstreams/readablestream")),
    ("ReadableStreamDefaultReader", Module("internal/webstreams/readablestream")),
    ("ReadableStreamBYOBReader", Module("internal/webstreams/readablestream")),
    ("ReadableStreamBYOBRequest", Module("internal/webstreams/readablestream")),
    ("ReadableByteStreamController", Module("internal/webstreams/readablestream")),
    ("ReadableStreamDefaultController", Module("internal/webstreams/readablestream")),
    ("TransformStream", Module("internal/webstreams/transformstream")),
    ("TransformStreamDefaultController", Module("internal/webstreams/transformstream")),
    ("WritableStream", Module("internal/webstreams/writablestream")),
    ("WritableStreamDefaultWriter", Module("internal/webstreams/writablestream")),
    ("WritableStreamDefaultController", Module("internal/webstreams/writablestream")),
    ("ByteLengthQueuingStrategy", Module("internal/webstreams/queuingstrategies")),
    ("CountQueuingStrategy", Module("internal/webstreams/queuingstrategies")),
    ("TextEncoderStream", Module("internal/webstreams/encoding")),
    ("TextDecoderStream", Module("internal/webstreams/encoding")),
];

fn enumerable(name: &str) -> bool {
    matches!(name, "performance" | "navigator" | "crypto")
}

/// Defines the lazy globals.
pub fn install(vm: &mut Vm) {
    let global = vm.global_object();
    // The accessors' names, built in two reused buffers (a `format!` per name was a tenth
    // of this function's instructions).
    let (mut get_name, mut set_name) = (String::with_capacity(40), String::with_capacity(40));
    for (i, &(name, source)) in LAZY_GLOBALS.iter().enumerate() {
        let slot = [Value::Number(i as f64)];
        get_name.clear();
        set_name.clear();
        if let Module(_) = source {
            get_name.extend(["get ", name]);
            set_name.extend(["set ", name]);
        }
        let get = vm.new_builtin_closure(&get_name, 0, lazy_get, &slot);
        let set = vm.new_builtin_closure(&set_name, 1, lazy_set, &slot);
        let key = vm.key_str(name);
        // A new property of the global object, which is extensible while the runtime sets
        // it up: stored directly, without [[DefineOwnProperty]]'s validation.
        let attrs = if enumerable(name) { CONFIGURABLE | ENUMERABLE } else { CONFIGURABLE };
        vm.store_property(
            global,
            key,
            Property { slot: Slot::Accessor(Value::Object(get), Value::Object(set)), attrs },
        );
    }
}

fn entry(vm: &Vm, cx: &NativeCall) -> Option<(&'static str, Source)> {
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
    let Some((name, source)) = entry(vm, cx) else { return Ok(Value::Undefined) };
    let value = match source {
        Module(module) => {
            let Value::Object(exports) = builtin_exports(vm, module)? else { return Ok(Value::Undefined) };
            vm.get_str(exports, name)?
        }
        Native(create) => Value::Object(create(vm)),
    };
    settle(vm, name, value)?;
    Ok(value)
}

fn lazy_set(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some((name, _)) = entry(vm, cx) else { return Ok(Value::Undefined) };
    settle(vm, name, arg(args, 0))?;
    Ok(Value::Undefined)
}
