//! Temporal.PlainDate (Temporal §3).

use super::{def_class, requires_new};
use crate::object::NativeCall;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm, ns: ObjId) {
    let (_ctor, proto) = def_class(vm, ns, "PlainDate", "%Temporal.PlainDate.prototype%", 3, construct);
    vm.def_method(proto, "valueOf", 0, super::value_of);
}

/// Temporal.PlainDate ( … )
fn construct(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    if cx.new_target.is_none() {
        return Err(requires_new(vm, "PlainDate"));
    }
    Err(vm.type_error("Temporal.PlainDate is not implemented yet"))
}

/// ToTemporalDate ( item [ , options ] )
pub fn to_temporal_date(vm: &mut Vm, _item: Value, _options: Value) -> JsResult<temporal_rs::PlainDate> {
    Err(vm.type_error("Temporal.PlainDate is not implemented yet"))
}
