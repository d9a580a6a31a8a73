//! Temporal.Instant (Temporal §8).

use super::{def_class, requires_new};
use crate::object::NativeCall;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm, ns: ObjId) {
    let (_ctor, proto) = def_class(vm, ns, "Instant", "%Temporal.Instant.prototype%", 1, construct);
    vm.def_method(proto, "valueOf", 0, super::value_of);
}

/// Temporal.Instant ( … )
fn construct(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    if cx.new_target.is_none() {
        return Err(requires_new(vm, "Instant"));
    }
    Err(vm.type_error("Temporal.Instant is not implemented yet"))
}

/// ToTemporalInstant ( item )
pub fn to_temporal_instant(vm: &mut Vm, _item: Value) -> JsResult<temporal_rs::Instant> {
    Err(vm.type_error("Temporal.Instant is not implemented yet"))
}
