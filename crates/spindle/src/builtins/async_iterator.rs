//! %AsyncIteratorPrototype% (ECMA-262 §27.1.3): the prototype of every built-in async
//! iterator, whose only method makes async iterators async iterable.

use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let aip = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    vm.intrinsics_mut().extra.insert("%AsyncIteratorPrototype%", aip);
    let sym = vm.sym.async_iterator;
    vm.def_method_sym(aip, sym, "[Symbol.asyncIterator]", 0, async_iterator);
}

/// ECMA-262 §27.1.3.1 %AsyncIteratorPrototype% [ %Symbol.asyncIterator% ] ( )
fn async_iterator(_vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(cx.this)
}
