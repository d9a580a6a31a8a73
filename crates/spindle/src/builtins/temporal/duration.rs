//! Temporal.Duration (Temporal §7).

use super::{def_class, requires_new};
use crate::object::NativeCall;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm, ns: ObjId) {
    let (_ctor, proto) = def_class(vm, ns, "Duration", "%Temporal.Duration.prototype%", 0, construct);
    vm.def_method(proto, "valueOf", 0, super::value_of);
}

/// Temporal.Duration ( … )
fn construct(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    if cx.new_target.is_none() {
        return Err(requires_new(vm, "Duration"));
    }
    Err(vm.type_error("Temporal.Duration is not implemented yet"))
}

/// ToTemporalDuration ( item )
pub fn to_temporal_duration(vm: &mut Vm, _item: Value) -> JsResult<temporal_rs::Duration> {
    Err(vm.type_error("Temporal.Duration is not implemented yet"))
}
