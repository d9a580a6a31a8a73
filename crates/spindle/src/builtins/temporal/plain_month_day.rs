//! Temporal.PlainMonthDay (Temporal §10).

use super::{def_class, requires_new};
use crate::object::NativeCall;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm, ns: ObjId) {
    let (_ctor, proto) = def_class(vm, ns, "PlainMonthDay", "%Temporal.PlainMonthDay.prototype%", 2, construct);
    vm.def_method(proto, "valueOf", 0, super::value_of);
}

/// Temporal.PlainMonthDay ( … )
fn construct(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    if cx.new_target.is_none() {
        return Err(requires_new(vm, "PlainMonthDay"));
    }
    Err(vm.type_error("Temporal.PlainMonthDay is not implemented yet"))
}

/// ToTemporalMonthDay ( item [ , options ] )
pub fn to_temporal_month_day(vm: &mut Vm, _item: Value, _options: Value) -> JsResult<temporal_rs::PlainMonthDay> {
    Err(vm.type_error("Temporal.PlainMonthDay is not implemented yet"))
}
