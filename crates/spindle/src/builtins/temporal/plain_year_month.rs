//! Temporal.PlainYearMonth (Temporal §9).

use super::{def_class, requires_new};
use crate::object::NativeCall;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm, ns: ObjId) {
    let (_ctor, proto) = def_class(vm, ns, "PlainYearMonth", "%Temporal.PlainYearMonth.prototype%", 2, construct);
    vm.def_method(proto, "valueOf", 0, super::value_of);
}

/// Temporal.PlainYearMonth ( … )
fn construct(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    if cx.new_target.is_none() {
        return Err(requires_new(vm, "PlainYearMonth"));
    }
    Err(vm.type_error("Temporal.PlainYearMonth is not implemented yet"))
}

/// ToTemporalYearMonth ( item [ , options ] )
pub fn to_temporal_year_month(vm: &mut Vm, _item: Value, _options: Value) -> JsResult<temporal_rs::PlainYearMonth> {
    Err(vm.type_error("Temporal.PlainYearMonth is not implemented yet"))
}
