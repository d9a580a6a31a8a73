//! Object (ECMA-262 §20.1): the constructor, its static methods and Object.prototype.

use super::arg;
use crate::object::property::*;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let ctor = vm.def_constructor("Object", 1, object_constructor, op);
    vm.intrinsics_mut().object = ctor;
    vm.def_method(ctor, "getPrototypeOf", 1, get_prototype_of);
    vm.def_method(ctor, "setPrototypeOf", 2, set_prototype_of);
    vm.def_method(ctor, "create", 2, create);
    vm.def_method(ctor, "defineProperty", 3, define_property);
    vm.def_method(ctor, "defineProperties", 2, define_properties);
    vm.def_method(ctor, "getOwnPropertyDescriptor", 2, get_own_property_descriptor);
    vm.def_method(ctor, "getOwnPropertyDescriptors", 1, get_own_property_descriptors);
    vm.def_method(ctor, "getOwnPropertyNames", 1, get_own_property_names);
    vm.def_method(ctor, "getOwnPropertySymbols", 1, get_own_property_symbols);
    vm.def_method(ctor, "keys", 1, keys);
    vm.def_method(ctor, "values", 1, values);
    vm.def_method(ctor, "entries", 1, entries);
    vm.def_method(ctor, "fromEntries", 1, from_entries);
    vm.def_method(ctor, "assign", 2, assign);
    vm.def_method(ctor, "is", 2, is);
    vm.def_method(ctor, "freeze", 1, freeze);
    vm.def_method(ctor, "seal", 1, seal);
    vm.def_method(ctor, "preventExtensions", 1, prevent_extensions);
    vm.def_method(ctor, "isFrozen", 1, is_frozen);
    vm.def_method(ctor, "isSealed", 1, is_sealed);
    vm.def_method(ctor, "isExtensible", 1, is_extensible);
    vm.def_method(ctor, "hasOwn", 2, has_own);
    vm.def_method(ctor, "groupBy", 2, group_by);
    vm.def_method(op, "hasOwnProperty", 1, has_own_property);
    vm.def_method(op, "isPrototypeOf", 1, is_prototype_of);
    vm.def_method(op, "propertyIsEnumerable", 1, property_is_enumerable);
    let to_string = vm.def_method(op, "toString", 0, object_to_string);
    vm.intrinsics_mut().extra.insert("%Object.prototype.toString%", to_string);
    vm.def_method(op, "toLocaleString", 0, to_locale_string);
    vm.def_method(op, "valueOf", 0, value_of);
    vm.def_method(op, "__defineGetter__", 2, define_getter);
    vm.def_method(op, "__defineSetter__", 2, define_setter);
    vm.def_method(op, "__lookupGetter__", 1, lookup_getter);
    vm.def_method(op, "__lookupSetter__", 1, lookup_setter);
    let k = vm.key_str("__proto__");
    vm.def_accessor(op, k, "__proto__", Some(proto_getter), Some(proto_setter));
}

fn object_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if let Some(nt) = cx.new_target
        && nt != cx.callee
    {
        let proto = vm.get_prototype_from_constructor(nt, |i| i.object_prototype)?;
        return Ok(Value::Object(vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary))));
    }
    let v = arg(args, 0);
    if v.is_nullish() {
        let proto = vm.intrinsics().object_prototype;
        return Ok(Value::Object(vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary))));
    }
    Ok(Value::Object(vm.to_object(v)?))
}

fn get_prototype_of(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    Ok(vm.get_prototype_of(o)?.map_or(Value::Null, Value::Object))
}

fn set_prototype_of(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = arg(args, 0);
    if o.is_nullish() {
        return Err(vm.type_error("Object.setPrototypeOf called on null or undefined"));
    }
    let proto = match arg(args, 1) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return Err(vm.type_error("Object prototype may only be an Object or null")),
    };
    let Value::Object(obj) = o else { return Ok(o) };
    if !vm.set_prototype_of(obj, proto)? {
        return Err(vm.type_error("Cannot set prototype"));
    }
    Ok(o)
}

fn create(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let proto = match arg(args, 0) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return Err(vm.type_error("Object prototype may only be an Object or null")),
    };
    let o = vm.heap.alloc_object(Object::new(proto, ObjectKind::Ordinary));
    let props = arg(args, 1);
    if !props.is_undefined() {
        vm.root(Value::Object(o));
        object_define_properties(vm, o, props)?;
    }
    Ok(Value::Object(o))
}

/// ToPropertyDescriptor (ECMA-262 §6.2.6.5)
pub fn to_property_descriptor(vm: &mut Vm, v: Value) -> JsResult<PropertyDescriptor> {
    let Value::Object(o) = v else {
        return Err(vm.type_error("Property description must be an object"));
    };
    let mut d = PropertyDescriptor::default();
    let n = vm.names;
    // HasProperty then Get for each field, in one chain walk where that is not observable.
    let field = |vm: &mut Vm, name| -> JsResult<Option<Value>> { vm.get_if_present(o, PropertyKey::String(name), v) };
    if let Some(x) = field(vm, n.enumerable)? {
        d.enumerable = Some(vm.to_boolean(x));
    }
    if let Some(x) = field(vm, n.configurable)? {
        d.configurable = Some(vm.to_boolean(x));
    }
    if let Some(x) = field(vm, n.value)? {
        d.value = Some(x);
    }
    if let Some(x) = field(vm, n.writable)? {
        d.writable = Some(vm.to_boolean(x));
    }
    if let Some(x) = field(vm, n.get)? {
        if !x.is_undefined() && !vm.is_callable(x) {
            return Err(vm.type_error("Getter must be a function"));
        }
        d.get = Some(x);
    }
    if let Some(x) = field(vm, n.set)? {
        if !x.is_undefined() && !vm.is_callable(x) {
            return Err(vm.type_error("Setter must be a function"));
        }
        d.set = Some(x);
    }
    if d.is_accessor() && d.is_data() {
        return Err(vm.type_error(
            "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute",
        ));
    }
    Ok(d)
}

/// FromPropertyDescriptor (ECMA-262 §6.2.6.4)
pub fn from_property_descriptor(vm: &mut Vm, d: Option<PropertyDescriptor>) -> JsResult<Value> {
    let Some(d) = d else {
        return Ok(Value::Undefined);
    };
    let proto = vm.intrinsics().object_prototype;
    let o = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
    let n = vm.names;
    if let Some(v) = d.value {
        vm.define_direct(o, PropertyKey::String(n.value), v, DEFAULT_ATTRS);
    }
    if let Some(w) = d.writable {
        vm.define_direct(o, PropertyKey::String(n.writable), Value::Bool(w), DEFAULT_ATTRS);
    }
    if let Some(g) = d.get {
        vm.define_direct(o, PropertyKey::String(n.get), g, DEFAULT_ATTRS);
    }
    if let Some(s) = d.set {
        vm.define_direct(o, PropertyKey::String(n.set), s, DEFAULT_ATTRS);
    }
    if let Some(e) = d.enumerable {
        vm.define_direct(o, PropertyKey::String(n.enumerable), Value::Bool(e), DEFAULT_ATTRS);
    }
    if let Some(c) = d.configurable {
        vm.define_direct(o, PropertyKey::String(n.configurable), Value::Bool(c), DEFAULT_ATTRS);
    }
    Ok(Value::Object(o))
}

fn define_property(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Value::Object(o) = arg(args, 0) else {
        return Err(vm.type_error("Object.defineProperty called on non-object"));
    };
    let key = vm.to_property_key(arg(args, 1))?;
    let d = to_property_descriptor(vm, arg(args, 2))?;
    vm.define_property_or_throw(o, key, d)?;
    Ok(Value::Object(o))
}

/// ObjectDefineProperties (ECMA-262 §20.1.2.3.1)
fn object_define_properties(vm: &mut Vm, o: ObjId, props: Value) -> JsResult<()> {
    let p = vm.to_object(props)?;
    let keys = vm.own_property_keys(p)?;
    let mut descs = Vec::new();
    for k in keys {
        if let Some(pd) = vm.get_own_property(p, k)?
            && pd.enumerable == Some(true)
        {
            let dv = vm.get(p, k, Value::Object(p))?;
            descs.push((k, to_property_descriptor(vm, dv)?));
        }
    }
    for (k, d) in descs {
        vm.define_property_or_throw(o, k, d)?;
    }
    Ok(())
}

fn define_properties(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Value::Object(o) = arg(args, 0) else {
        return Err(vm.type_error("Object.defineProperties called on non-object"));
    };
    object_define_properties(vm, o, arg(args, 1))?;
    Ok(Value::Object(o))
}

fn get_own_property_descriptor(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    let k = vm.to_property_key(arg(args, 1))?;
    let d = vm.get_own_property(o, k)?;
    from_property_descriptor(vm, d)
}

fn get_own_property_descriptors(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    let keys = vm.own_property_keys(o)?;
    let proto = vm.intrinsics().object_prototype;
    let out = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
    vm.root(Value::Object(out));
    for k in keys {
        let d = vm.get_own_property(o, k)?;
        if d.is_some() {
            let dv = from_property_descriptor(vm, d)?;
            vm.create_data_property_or_throw(out, k, dv)?;
        }
    }
    Ok(Value::Object(out))
}

/// GetOwnPropertyKeys (ECMA-262 §20.1.2.11.1)
fn own_keys_array(vm: &mut Vm, v: Value, symbols: bool) -> JsResult<Value> {
    let o = vm.to_object(v)?;
    let keys = vm.own_property_keys(o)?;
    let mut out = Vec::new();
    for k in keys {
        match (k, symbols) {
            (PropertyKey::Symbol(s), true) => out.push(Value::Symbol(s)),
            (PropertyKey::Symbol(_), false) | (_, true) => {}
            (k, false) => out.push(vm.key_to_value(k)),
        }
    }
    Ok(Value::Object(vm.new_array(out)))
}

fn get_own_property_names(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    own_keys_array(vm, arg(args, 0), false)
}

fn get_own_property_symbols(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    own_keys_array(vm, arg(args, 0), true)
}

/// EnumerableOwnProperties (ECMA-262 §7.3.23): kind 0 keys, 1 values, 2 entries.
pub fn enumerable_own_properties(vm: &mut Vm, o: ObjId, kind: u8) -> JsResult<Vec<Value>> {
    let keys = vm.own_property_keys(o)?;
    let mut out = Vec::new();
    for k in keys {
        if matches!(k, PropertyKey::Symbol(_)) {
            continue;
        }
        let Some(d) = vm.get_own_property(o, k)? else {
            continue;
        };
        if d.enumerable != Some(true) {
            continue;
        }
        let kv = vm.key_to_value(k);
        match kind {
            0 => out.push(kv),
            1 => {
                let v = vm.get(o, k, Value::Object(o))?;
                out.push(v);
            }
            _ => {
                let v = vm.get(o, k, Value::Object(o))?;
                let pair = vm.new_array(vec![kv, v]);
                out.push(Value::Object(pair));
            }
        }
        for v in out.iter().rev().take(1) {
            vm.roots.push(*v);
        }
    }
    Ok(out)
}

fn keys(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    let v = enumerable_own_properties(vm, o, 0)?;
    Ok(Value::Object(vm.new_array(v)))
}

fn values(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    let v = enumerable_own_properties(vm, o, 1)?;
    Ok(Value::Object(vm.new_array(v)))
}

fn entries(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    let v = enumerable_own_properties(vm, o, 2)?;
    Ok(Value::Object(vm.new_array(v)))
}

fn from_entries(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let it = arg(args, 0);
    if it.is_nullish() {
        return Err(vm.type_error("Object.fromEntries requires an iterable"));
    }
    let proto = vm.intrinsics().object_prototype;
    let out = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
    vm.root(Value::Object(out));
    let (iter, next) = vm.get_iterator(it)?;
    vm.root(iter);
    while let Some(entry) = vm.iterator_step_value(iter, next)? {
        let r: JsResult<()> = (|| {
            let Value::Object(e) = entry else {
                return Err(vm.type_error("Iterator value is not an entry object"));
            };
            let k = vm.get(e, PropertyKey::Index(0), entry)?;
            let v = vm.get(e, PropertyKey::Index(1), entry)?;
            let key = vm.to_property_key(k)?;
            vm.create_data_property_or_throw(out, key, v)
        })();
        if let Err(e) = r {
            return Err(vm.iterator_close_on_throw(iter, e));
        }
    }
    Ok(Value::Object(out))
}

fn assign(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let to = vm.to_object(arg(args, 0))?;
    for &src in args.iter().skip(1) {
        if src.is_nullish() {
            continue;
        }
        let from = vm.to_object(src)?;
        let keys = vm.own_property_keys(from)?;
        for k in keys {
            if let Some(d) = vm.get_own_property(from, k)?
                && d.enumerable == Some(true)
            {
                let v = vm.get(from, k, Value::Object(from))?;
                vm.set_prop(to, k, v, true)?;
            }
        }
    }
    Ok(Value::Object(to))
}

fn is(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(vm.same_value(arg(args, 0), arg(args, 1))))
}

/// SetIntegrityLevel (ECMA-262 §7.3.15)
pub fn set_integrity_level(vm: &mut Vm, o: ObjId, frozen: bool) -> JsResult<bool> {
    if !vm.prevent_extensions(o)? {
        return Ok(false);
    }
    let keys = vm.own_property_keys(o)?;
    for k in keys {
        let desc = if frozen {
            match vm.get_own_property(o, k)? {
                Some(d) if d.is_accessor() => PropertyDescriptor { configurable: Some(false), ..Default::default() },
                Some(_) => {
                    PropertyDescriptor { configurable: Some(false), writable: Some(false), ..Default::default() }
                }
                None => continue,
            }
        } else {
            PropertyDescriptor { configurable: Some(false), ..Default::default() }
        };
        vm.define_property_or_throw(o, k, desc)?;
    }
    Ok(true)
}

/// TestIntegrityLevel (ECMA-262 §7.3.16)
pub fn test_integrity_level(vm: &mut Vm, o: ObjId, frozen: bool) -> JsResult<bool> {
    if vm.is_extensible(o)? {
        return Ok(false);
    }
    for k in vm.own_property_keys(o)? {
        if let Some(d) = vm.get_own_property(o, k)? {
            if d.configurable == Some(true) {
                return Ok(false);
            }
            if frozen && d.is_data() && d.writable == Some(true) {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

fn freeze(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if let Value::Object(o) = v
        && !set_integrity_level(vm, o, true)?
    {
        return Err(vm.type_error("Cannot freeze"));
    }
    Ok(v)
}

fn seal(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if let Value::Object(o) = v
        && !set_integrity_level(vm, o, false)?
    {
        return Err(vm.type_error("Cannot seal"));
    }
    Ok(v)
}

fn prevent_extensions(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    if let Value::Object(o) = v
        && !vm.prevent_extensions(o)?
    {
        return Err(vm.type_error("Cannot prevent extensions"));
    }
    Ok(v)
}

fn is_frozen(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    match arg(args, 0) {
        Value::Object(o) => Ok(Value::Bool(test_integrity_level(vm, o, true)?)),
        _ => Ok(Value::Bool(true)),
    }
}

fn is_sealed(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    match arg(args, 0) {
        Value::Object(o) => Ok(Value::Bool(test_integrity_level(vm, o, false)?)),
        _ => Ok(Value::Bool(true)),
    }
}

fn is_extensible(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    match arg(args, 0) {
        Value::Object(o) => Ok(Value::Bool(vm.is_extensible(o)?)),
        _ => Ok(Value::Bool(false)),
    }
}

fn has_own(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(arg(args, 0))?;
    let k = vm.to_property_key(arg(args, 1))?;
    Ok(Value::Bool(vm.get_own_property(o, k)?.is_some()))
}

fn has_own_property(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let k = vm.to_property_key(arg(args, 0))?;
    let o = vm.to_object(cx.this)?;
    Ok(Value::Bool(vm.get_own_property(o, k)?.is_some()))
}

fn is_prototype_of(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Value::Object(mut v) = arg(args, 0) else {
        return Ok(Value::Bool(false));
    };
    let o = vm.to_object(cx.this)?;
    loop {
        match vm.get_prototype_of(v)? {
            None => return Ok(Value::Bool(false)),
            Some(p) if p == o => return Ok(Value::Bool(true)),
            Some(p) => v = p,
        }
    }
}

fn property_is_enumerable(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let k = vm.to_property_key(arg(args, 0))?;
    let o = vm.to_object(cx.this)?;
    Ok(Value::Bool(vm.get_own_property(o, k)?.is_some_and(|d| d.enumerable == Some(true))))
}

/// Object.prototype.toString (ECMA-262 §20.1.3.6)
pub fn object_to_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let this = cx.this;
    let key = PropertyKey::Symbol(vm.sym.to_string_tag);
    // The result for the builtinTag, whole: interned, so the common results are made once.
    let (builtin, tag) = match this {
        Value::Undefined => return Ok(Value::String(vm.heap.intern_str("[object Undefined]"))),
        Value::Null => return Ok(Value::String(vm.heap.intern_str("[object Null]"))),
        Value::Object(o) => {
            let is_array = vm.is_array(this)?;
            let builtin = match &vm.obj(o).kind {
                _ if is_array => "[object Array]",
                ObjectKind::Arguments(_) => "[object Arguments]",
                _ if vm.obj(o).is_callable() => "[object Function]",
                ObjectKind::Error => "[object Error]",
                ObjectKind::BooleanBox(_) => "[object Boolean]",
                ObjectKind::NumberBox(_) => "[object Number]",
                ObjectKind::StringBox(_) => "[object String]",
                ObjectKind::Date(_) => "[object Date]",
                ObjectKind::RegExp { .. } => "[object RegExp]",
                _ => "[object Object]",
            };
            (builtin, vm.get(o, key, this)?)
        }
        _ => {
            // ToObject(this) would make a wrapper whose own properties never include
            // @@toStringTag: the property comes from the primitive's prototype chain, and
            // only a getter found there could see the wrapper (then it is made).
            let builtin = match this {
                Value::String(_) => "[object String]",
                Value::Number(_) => "[object Number]",
                Value::Bool(_) => "[object Boolean]",
                _ => "[object Object]",
            };
            let tag = match vm.primitive_prototype(this).and_then(|p| vm.data_value_without_effects(p, key)) {
                Some(tag) => tag,
                None => {
                    let o = vm.to_object(this)?;
                    vm.get(o, key, Value::Object(o))?
                }
            };
            (builtin, tag)
        }
    };
    match tag {
        Value::String(t) => {
            let mut units: Vec<u16> = "[object ".encode_utf16().collect();
            units.extend_from_slice(vm.heap.str(t));
            units.push(u16::from(b']'));
            Ok(vm.string_units(units))
        }
        _ => Ok(Value::String(vm.heap.intern_str(builtin))),
    }
}

fn to_locale_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let f = vm.get_value_prop(cx.this, PropertyKey::String(vm.names.to_string))?;
    vm.call(f, cx.this, &[])
}

fn value_of(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Object(vm.to_object(cx.this)?))
}

fn proto_getter(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(cx.this)?;
    Ok(vm.get_prototype_of(o)?.map_or(Value::Null, Value::Object))
}

fn proto_setter(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if cx.this.is_nullish() {
        return Err(vm.type_error("Object.prototype.__proto__ called on null or undefined"));
    }
    let proto = match arg(args, 0) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return Ok(Value::Undefined),
    };
    let Value::Object(o) = cx.this else {
        return Ok(Value::Undefined);
    };
    if !vm.set_prototype_of(o, proto)? {
        return Err(vm.type_error("Object.prototype.__proto__ setter failed"));
    }
    Ok(Value::Undefined)
}

fn define_getter(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(cx.this)?;
    if !vm.is_callable(arg(args, 1)) {
        return Err(vm.type_error("Object.prototype.__defineGetter__: Expecting function"));
    }
    let k = vm.to_property_key(arg(args, 0))?;
    let d = PropertyDescriptor {
        get: Some(arg(args, 1)),
        enumerable: Some(true),
        configurable: Some(true),
        ..Default::default()
    };
    vm.define_property_or_throw(o, k, d)?;
    Ok(Value::Undefined)
}

fn define_setter(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(cx.this)?;
    if !vm.is_callable(arg(args, 1)) {
        return Err(vm.type_error("Object.prototype.__defineSetter__: Expecting function"));
    }
    let k = vm.to_property_key(arg(args, 0))?;
    let d = PropertyDescriptor {
        set: Some(arg(args, 1)),
        enumerable: Some(true),
        configurable: Some(true),
        ..Default::default()
    };
    vm.define_property_or_throw(o, k, d)?;
    Ok(Value::Undefined)
}

fn lookup_accessor(vm: &mut Vm, this: Value, key: Value, getter: bool) -> JsResult<Value> {
    let mut o = vm.to_object(this)?;
    let k = vm.to_property_key(key)?;
    loop {
        if let Some(d) = vm.get_own_property(o, k)? {
            if d.is_accessor() {
                return Ok(if getter { d.get } else { d.set }.unwrap_or(Value::Undefined));
            }
            return Ok(Value::Undefined);
        }
        match vm.get_prototype_of(o)? {
            Some(p) => o = p,
            None => return Ok(Value::Undefined),
        }
    }
}

fn lookup_getter(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    lookup_accessor(vm, cx.this, arg(args, 0), true)
}

fn lookup_setter(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    lookup_accessor(vm, cx.this, arg(args, 0), false)
}

/// Object.groupBy (ECMA-262 §20.1.2.11): GroupBy(items, callback, property) into a
/// null-prototype object of arrays.
fn group_by(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let items = arg(args, 0);
    let cb = arg(args, 1);
    if items.is_nullish() {
        return Err(vm.type_error("Object.groupBy called on null or undefined"));
    }
    if !vm.is_callable(cb) {
        let d = vm.describe(cb);
        return Err(vm.type_error(&format!("{d} is not a function")));
    }
    let (iter, next) = vm.get_iterator(items)?;
    vm.root(iter);
    vm.root(next);
    let mut groups: Vec<(PropertyKey, Vec<Value>)> = Vec::new();
    let mut k = 0.0;
    while let Some(v) = vm.iterator_step_value(iter, next)? {
        vm.root(v);
        let r: JsResult<PropertyKey> = (|| {
            let key = vm.call(cb, Value::Undefined, &[v, Value::Number(k)])?;
            vm.to_property_key(key)
        })();
        let key = match r {
            Ok(key) => key,
            Err(e) => return Err(vm.iterator_close_on_throw(iter, e)),
        };
        let kv = vm.key_to_value(key);
        vm.root(kv);
        match groups.iter_mut().find(|(g, _)| *g == key) {
            Some((_, list)) => list.push(v),
            None => groups.push((key, vec![v])),
        }
        k += 1.0;
    }
    let out = vm.heap.alloc_object(Object::new(None, ObjectKind::Ordinary));
    vm.root(Value::Object(out));
    for (key, list) in groups {
        let a = vm.new_array(list);
        vm.create_data_property_or_throw(out, key, Value::Object(a))?;
    }
    Ok(Value::Object(out))
}
