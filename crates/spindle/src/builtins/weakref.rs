//! WeakRef (ECMA-262 §26.1). The target is held weakly: the collector clears it
//! (`heap/gc.rs`), except while it is in the agent's [[KeptAlive]] list, which keeps a
//! target observed by `new WeakRef` or `deref()` alive until the current job ends.

use super::arg;
use super::weakmap::weak_key;
use crate::object::property::*;
use crate::object::{NativeCall, Object, ObjectKind, WeakKey};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let proto = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    vm.def_constructor("WeakRef", 1, weakref_constructor, proto);
    vm.intrinsics_mut().extra.insert("%WeakRef.prototype%", proto);
    vm.def_method(proto, "deref", 0, deref);
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);
    let s = vm.string("WeakRef");
    vm.define_direct(proto, tag, s, CONFIGURABLE);
}

/// WeakRef(target) (ECMA-262 §26.1.1.1)
fn weakref_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(vm.type_error("Constructor WeakRef requires 'new'"));
    };
    let target = arg(args, 0);
    let Some(key) = weak_key(vm, target) else {
        let d = vm.describe(target);
        return Err(vm.type_error(&format!("WeakRef: invalid target {d}")));
    };
    let proto = vm.get_prototype_from_constructor(nt, |i| i.extra["%WeakRef.prototype%"])?;
    let o = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::WeakRef(Some(key))));
    vm.add_to_kept_objects(target);
    Ok(Value::Object(o))
}

/// WeakRef.prototype.deref() (ECMA-262 §26.1.3.2, WeakRefDeref §26.1.4.1)
fn deref(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let target = match cx.this {
        Value::Object(o) => match vm.obj(o).kind {
            ObjectKind::WeakRef(t) => t,
            _ => return Err(incompatible(vm, cx.this)),
        },
        _ => return Err(incompatible(vm, cx.this)),
    };
    let v = match target {
        Some(WeakKey::Object(o)) => Value::Object(o),
        Some(WeakKey::Symbol(s)) => Value::Symbol(s),
        None => return Ok(Value::Undefined),
    };
    vm.add_to_kept_objects(v);
    Ok(v)
}

fn incompatible(vm: &mut Vm, this: Value) -> Value {
    let d = vm.describe(this);
    vm.type_error(&format!("Method WeakRef.prototype.deref called on incompatible receiver {d}"))
}

impl Vm {
    /// AddToKeptObjects (ECMA-262 §9.10.3)
    pub fn add_to_kept_objects(&mut self, v: Value) {
        self.kept_alive.push(v);
    }

    /// ClearKeptObjects (ECMA-262 §9.10.2): the host calls this when a job (or the script)
    /// has finished, so WeakRef targets observed during it may be collected again.
    pub fn clear_kept_objects(&mut self) {
        self.kept_alive.clear();
    }
}
