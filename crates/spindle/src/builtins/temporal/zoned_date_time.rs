//! Temporal.ZonedDateTime (Temporal §6).

use super::{def_class, requires_new};
use crate::object::NativeCall;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm, ns: ObjId) {
    let (_ctor, proto) = def_class(vm, ns, "ZonedDateTime", "%Temporal.ZonedDateTime.prototype%", 2, construct);
    vm.def_method(proto, "valueOf", 0, super::value_of);
}

/// Temporal.ZonedDateTime ( … )
fn construct(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    if cx.new_target.is_none() {
        return Err(requires_new(vm, "ZonedDateTime"));
    }
    Err(vm.type_error("Temporal.ZonedDateTime is not implemented yet"))
}

/// ToTemporalZonedDateTime ( item [ , options ] )
pub fn to_temporal_zoned_date_time(vm: &mut Vm, _item: Value, _options: Value) -> JsResult<temporal_rs::ZonedDateTime> {
    Err(vm.type_error("Temporal.ZonedDateTime is not implemented yet"))
}
