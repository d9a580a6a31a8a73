//! The clock behind `performance` (`node/js/internal/perf/performance.js`): High Resolution
//! Time §4 — `now()` is the monotonic time since the agent's time origin, `timeOrigin` that
//! origin on the wall clock. JavaScript sees it as `internal/perf/binding`.

use spindle::Value;
use spindle::object::NativeCall;
use spindle::object::property::DEFAULT_ATTRS;
use spindle::vm::{JsResult, Vm};

/// The binding's exports.
pub fn exports(vm: &mut Vm) -> Value {
    let o = vm.new_object();
    vm.def_method(o, "now", 0, now);
    let origin = crate::node::process::time_origin_ms();
    vm.def_value(o, "timeOrigin", Value::Number(origin), DEFAULT_ATTRS);
    Value::Object(o)
}

/// HR-Time §4.1 current high resolution time, in ms with microsecond resolution (browsers
/// coarsen further; Node keeps sub-millisecond digits).
fn now(_vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let micros = crate::node::process::since_start().as_micros() as f64;
    Ok(Value::Number(micros / 1000.0))
}
