//! Temporal.Now (Temporal §2): the current instant, time zone and wall-clock readings.

use crate::value::ObjId;
use crate::vm::Vm;

pub fn init(vm: &mut Vm, ns: ObjId) {
    let now = vm.new_object();
    let tag = crate::object::property::PropertyKey::Symbol(vm.sym.to_string_tag);
    let name = vm.string("Temporal.Now");
    vm.define_direct(now, tag, name, crate::object::property::CONFIGURABLE);
    vm.def_value(ns, "Now", crate::value::Value::Object(now), crate::object::property::HIDDEN);
}
