//! Symbol (ECMA-262 §20.4): the constructor, the registry and Symbol.prototype.

use super::arg;
use crate::heap::Symbol;
use crate::object::property::*;
use crate::object::{NativeCall, ObjectKind};
use crate::value::{SymId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let sp = vm.intrinsics().symbol_prototype;
    let ctor = vm.def_constructor("Symbol", 0, symbol_constructor, sp);
    let wk = vm.sym;
    let pairs: [(&str, SymId); 15] = [
        ("iterator", wk.iterator),
        ("asyncIterator", wk.async_iterator),
        ("hasInstance", wk.has_instance),
        ("toPrimitive", wk.to_primitive),
        ("toStringTag", wk.to_string_tag),
        ("unscopables", wk.unscopables),
        ("species", wk.species),
        ("isConcatSpreadable", wk.is_concat_spreadable),
        ("match", wk.match_),
        ("matchAll", wk.match_all),
        ("replace", wk.replace),
        ("search", wk.search),
        ("split", wk.split),
        ("dispose", wk.dispose),
        ("asyncDispose", wk.async_dispose),
    ];
    for (name, s) in pairs {
        vm.def_value(ctor, name, Value::Symbol(s), 0);
    }
    vm.def_method(ctor, "for", 1, symbol_for);
    vm.def_method(ctor, "keyFor", 1, key_for);
    vm.def_method(sp, "toString", 0, to_string);
    vm.def_method(sp, "valueOf", 0, value_of);
    let k = vm.key_str("description");
    vm.def_accessor(sp, k, "description", Some(description), None);
    let tp = vm.sym.to_primitive;
    let f = vm.new_native("[Symbol.toPrimitive]", 1, value_of, false);
    vm.define_direct(sp, PropertyKey::Symbol(tp), Value::Object(f), CONFIGURABLE);
    let tag = vm.sym.to_string_tag;
    let s = vm.string("Symbol");
    vm.define_direct(sp, PropertyKey::Symbol(tag), s, CONFIGURABLE);
}

fn symbol_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if cx.new_target.is_some() {
        return Err(vm.type_error("Symbol is not a constructor"));
    }
    let d = arg(args, 0);
    let description = if d.is_undefined() { None } else { Some(vm.to_string(d)?) };
    Ok(Value::Symbol(vm.heap.alloc_symbol(Symbol { description, private: false })))
}

fn symbol_for(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = vm.to_string(arg(args, 0))?;
    Ok(vm.registered_symbol(s))
}

impl Vm {
    /// `Symbol.for(key)` (ECMA-262 §20.4.2.2): the registry's symbol for `key`, made on first use.
    pub fn registered_symbol(&mut self, key: crate::value::StrId) -> Value {
        let key = self.heap.intern_id(key);
        if let Some(&sym) = self.symbol_registry.get(&key) {
            return Value::Symbol(sym);
        }
        let sym = self.heap.alloc_symbol(Symbol { description: Some(key), private: false });
        self.symbol_registry.insert(key, sym);
        Value::Symbol(sym)
    }

    /// `Symbol.for(name)` for a Rust string.
    pub fn symbol_for(&mut self, name: &str) -> Value {
        let s = self.heap.intern_str(name);
        self.registered_symbol(s)
    }
}

fn key_for(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Value::Symbol(s) = arg(args, 0) else {
        return Err(vm.type_error("Symbol.keyFor: argument is not a symbol"));
    };
    for (k, v) in &vm.symbol_registry {
        if *v == s {
            return Ok(Value::String(*k));
        }
    }
    Ok(Value::Undefined)
}

/// thisSymbolValue (ECMA-262 §20.4.3)
fn this_symbol(vm: &mut Vm, v: Value) -> JsResult<SymId> {
    match v {
        Value::Symbol(s) => Ok(s),
        Value::Object(o) => match vm.obj(o).kind {
            ObjectKind::SymbolBox(s) => Ok(s),
            _ => Err(vm.type_error("not a Symbol")),
        },
        _ => Err(vm.type_error("not a Symbol")),
    }
}

/// SymbolDescriptiveString (ECMA-262 §20.4.3.3.1)
pub fn descriptive_string(vm: &Vm, s: SymId) -> String {
    let d = vm.heap.sym(s).description.map(|d| vm.rust_string(d)).unwrap_or_default();
    format!("Symbol({d})")
}

fn to_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let s = this_symbol(vm, cx.this)?;
    let d = vm.heap.sym(s).description;
    let mut units: Vec<u16> = "Symbol(".encode_utf16().collect();
    if let Some(d) = d {
        units.extend_from_slice(vm.heap.str(d));
    }
    units.push(b')' as u16);
    Ok(vm.string_units(units))
}

fn value_of(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Symbol(this_symbol(vm, cx.this)?))
}

fn description(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let s = this_symbol(vm, cx.this)?;
    Ok(vm.heap.sym(s).description.map_or(Value::Undefined, Value::String))
}
