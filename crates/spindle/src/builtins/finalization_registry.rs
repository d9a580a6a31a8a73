//! FinalizationRegistry (ECMA-262 §26.2). The collector empties the cells whose targets
//! died and queues the registry (`Vm::finalization_queue`); the host later runs
//! `run_finalization_cleanups`, which calls the cleanup callback once per emptied cell.

use super::arg;
use super::weakmap::weak_key;
use crate::object::property::*;
use crate::object::{FinalizationCell, FinalizationRegistryData, NativeCall, Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let proto = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    vm.def_constructor("FinalizationRegistry", 1, registry_constructor, proto);
    vm.intrinsics_mut().extra.insert("%FinalizationRegistry.prototype%", proto);
    vm.def_method(proto, "register", 2, register);
    vm.def_method(proto, "unregister", 1, unregister);
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);
    let s = vm.string("FinalizationRegistry");
    vm.define_direct(proto, tag, s, CONFIGURABLE);
}

/// FinalizationRegistry(cleanupCallback) (ECMA-262 §26.2.1.1)
fn registry_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(vm.type_error("Constructor FinalizationRegistry requires 'new'"));
    };
    let cleanup = arg(args, 0);
    if !vm.is_callable(cleanup) {
        return Err(vm.type_error("FinalizationRegistry: cleanup must be callable"));
    }
    let proto = vm.get_prototype_from_constructor(nt, |i| i.extra["%FinalizationRegistry.prototype%"])?;
    let data = FinalizationRegistryData { cleanup, cells: Vec::new() };
    let o = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::FinalizationRegistry(Box::new(data))));
    Ok(Value::Object(o))
}

fn this_registry(vm: &mut Vm, this: Value, method: &str) -> JsResult<ObjId> {
    if let Value::Object(o) = this
        && matches!(vm.obj(o).kind, ObjectKind::FinalizationRegistry(_))
    {
        return Ok(o);
    }
    let d = vm.describe(this);
    Err(vm.type_error(&format!("Method FinalizationRegistry.prototype.{method} called on incompatible receiver {d}")))
}

fn cells(vm: &mut Vm, r: ObjId) -> &mut Vec<FinalizationCell> {
    match &mut vm.obj_mut(r).kind {
        ObjectKind::FinalizationRegistry(d) => &mut d.cells,
        _ => unreachable!("checked by this_registry"),
    }
}

/// FinalizationRegistry.prototype.register(target, heldValue [, unregisterToken])
/// (ECMA-262 §26.2.3.2)
fn register(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = this_registry(vm, cx.this, "register")?;
    let (target, held, token) = (arg(args, 0), arg(args, 1), arg(args, 2));
    let Some(target_key) = weak_key(vm, target) else {
        let d = vm.describe(target);
        return Err(vm.type_error(&format!("FinalizationRegistry.prototype.register: invalid target {d}")));
    };
    if vm.same_value(target, held) {
        return Err(vm.type_error("FinalizationRegistry.prototype.register: target and holdings must not be same"));
    }
    let token_key = match weak_key(vm, token) {
        Some(k) => Some(k),
        None if token.is_undefined() => None,
        None => {
            let d = vm.describe(token);
            return Err(
                vm.type_error(&format!("FinalizationRegistry.prototype.register: invalid unregister token {d}"))
            );
        }
    };
    cells(vm, r).push(FinalizationCell { target: Some(target_key), held, token: token_key });
    Ok(Value::Undefined)
}

/// FinalizationRegistry.prototype.unregister(unregisterToken) (ECMA-262 §26.2.3.3)
fn unregister(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let r = this_registry(vm, cx.this, "unregister")?;
    let token = arg(args, 0);
    let Some(key) = weak_key(vm, token) else {
        let d = vm.describe(token);
        return Err(vm.type_error(&format!("Invalid unregisterToken ('{d}')")));
    };
    let cells = cells(vm, r);
    let before = cells.len();
    cells.retain(|c| c.token != Some(key));
    Ok(Value::Bool(cells.len() != before))
}

impl Vm {
    /// Runs the cleanup jobs the collector queued: CleanupFinalizationRegistry (ECMA-262
    /// §9.13) for each registry, calling its callback with the held value of every emptied
    /// cell. Stops at the first callback that throws and returns its exception (the host
    /// reports it like an uncaught error); the remaining cells stay queued.
    pub fn run_finalization_cleanups(&mut self) -> JsResult<()> {
        while let Some(&r) = self.finalization_queue.first() {
            while let Some((cleanup, held)) = self.take_emptied_cell(r) {
                let mark = self.roots.len();
                self.root(held);
                let result = self.call(cleanup, Value::Undefined, &[held]);
                self.roots.truncate(mark);
                result?;
            }
            self.finalization_queue.retain(|&q| q != r);
        }
        Ok(())
    }

    /// Removes one emptied cell of registry `r`: its callback and held value.
    fn take_emptied_cell(&mut self, r: ObjId) -> Option<(Value, Value)> {
        match &mut self.obj_mut(r).kind {
            ObjectKind::FinalizationRegistry(d) => {
                let i = d.cells.iter().position(|c| c.target.is_none())?;
                Some((d.cleanup, d.cells.remove(i).held))
            }
            _ => None,
        }
    }
}
