//! Proxy exotic objects (ECMA-262 §10.5): every essential internal method forwards to the
//! handler's trap when there is one, then checks the invariants that keep the proxy
//! consistent with its target; without a trap it forwards to the target.
//!
//! Trap calls run arbitrary JavaScript (which may collect garbage or revoke the proxy), so
//! each method roots what it holds (target, handler, trap results) for its duration.

use super::property::*;
use super::{ObjectKind, ProxyData};
use crate::builtins::object::{from_property_descriptor, to_property_descriptor};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

impl Vm {
    /// The [[ProxyTarget]] and [[ProxyHandler]] of a live proxy, rooted; a TypeError naming
    /// `op` for a revoked one (ECMA-262 §10.5.14 ValidateNonRevokedProxy).
    fn proxy_parts(&mut self, p: ObjId, op: &str) -> JsResult<(ObjId, ObjId)> {
        let parts = match &self.obj(p).kind {
            ObjectKind::Proxy(d) => d.target.zip(d.handler),
            _ => None,
        };
        let Some((t, h)) = parts else {
            return Err(self.type_error(&format!("Cannot perform '{op}' on a proxy that has been revoked")));
        };
        self.root(Value::Object(t));
        self.root(Value::Object(h));
        Ok((t, h))
    }

    /// GetMethod(handler, name) for a trap: undefined/null mean "no trap".
    fn proxy_trap(&mut self, handler: ObjId, name: &str) -> JsResult<Option<Value>> {
        let k = self.key_str(name);
        let m = self.get(handler, k, Value::Object(handler))?;
        if m.is_nullish() {
            return Ok(None);
        }
        if !self.is_callable(m) {
            let d = self.describe(m);
            return Err(
                self.type_error(&format!("{d} returned for property '{name}' of object '#<Object>' is not a function"))
            );
        }
        self.root(m);
        Ok(Some(m))
    }

    /// Runs `f` and drops the roots it pushed.
    fn with_proxy_roots<T>(&mut self, f: impl FnOnce(&mut Vm) -> JsResult<T>) -> JsResult<T> {
        let mark = self.roots.len();
        let r = f(self);
        self.roots.truncate(mark);
        r
    }

    fn invariant(&mut self, trap: &str, msg: &str) -> Value {
        self.type_error(&format!("'{trap}' on proxy: {msg}"))
    }

    /// ECMA-262 §10.5.1 [[GetPrototypeOf]]
    pub(crate) fn proxy_get_prototype_of(&mut self, p: ObjId) -> JsResult<Option<ObjId>> {
        self.with_proxy_roots(|vm| {
            let (target, handler) = vm.proxy_parts(p, "getPrototypeOf")?;
            let Some(trap) = vm.proxy_trap(handler, "getPrototypeOf")? else {
                return vm.get_prototype_of(target);
            };
            let proto = vm.call(trap, Value::Object(handler), &[Value::Object(target)])?;
            let proto = match proto {
                Value::Object(o) => Some(o),
                Value::Null => None,
                _ => return Err(vm.invariant("getPrototypeOf", "trap returned neither object nor null")),
            };
            if vm.is_extensible(target)? {
                return Ok(proto);
            }
            if vm.get_prototype_of(target)? != proto {
                return Err(vm.invariant(
                    "getPrototypeOf",
                    "proxy target is non-extensible but the trap did not return its actual prototype",
                ));
            }
            Ok(proto)
        })
    }

    /// ECMA-262 §10.5.2 [[SetPrototypeOf]]
    pub(crate) fn proxy_set_prototype_of(&mut self, p: ObjId, proto: Option<ObjId>) -> JsResult<bool> {
        self.with_proxy_roots(|vm| {
            let (target, handler) = vm.proxy_parts(p, "setPrototypeOf")?;
            let Some(trap) = vm.proxy_trap(handler, "setPrototypeOf")? else {
                return vm.set_prototype_of(target, proto);
            };
            let v = proto.map_or(Value::Null, Value::Object);
            let r = vm.call(trap, Value::Object(handler), &[Value::Object(target), v])?;
            if !vm.to_boolean(r) {
                return Ok(false);
            }
            if vm.is_extensible(target)? {
                return Ok(true);
            }
            if vm.get_prototype_of(target)? != proto {
                return Err(vm.invariant(
                    "setPrototypeOf",
                    "trap returned truish for setting a new prototype on the non-extensible proxy target",
                ));
            }
            Ok(true)
        })
    }

    /// ECMA-262 §10.5.3 [[IsExtensible]]
    pub(crate) fn proxy_is_extensible(&mut self, p: ObjId) -> JsResult<bool> {
        self.with_proxy_roots(|vm| {
            let (target, handler) = vm.proxy_parts(p, "isExtensible")?;
            let Some(trap) = vm.proxy_trap(handler, "isExtensible")? else {
                return vm.is_extensible(target);
            };
            let r = vm.call(trap, Value::Object(handler), &[Value::Object(target)])?;
            let r = vm.to_boolean(r);
            if r != vm.is_extensible(target)? {
                let want = if r { "false" } else { "true" };
                return Err(vm.invariant(
                    "isExtensible",
                    &format!("trap result does not reflect extensibility of proxy target (which is '{want}')"),
                ));
            }
            Ok(r)
        })
    }

    /// ECMA-262 §10.5.4 [[PreventExtensions]]
    pub(crate) fn proxy_prevent_extensions(&mut self, p: ObjId) -> JsResult<bool> {
        self.with_proxy_roots(|vm| {
            let (target, handler) = vm.proxy_parts(p, "preventExtensions")?;
            let Some(trap) = vm.proxy_trap(handler, "preventExtensions")? else {
                return vm.prevent_extensions(target);
            };
            let r = vm.call(trap, Value::Object(handler), &[Value::Object(target)])?;
            let r = vm.to_boolean(r);
            if r && vm.is_extensible(target)? {
                return Err(
                    vm.invariant("preventExtensions", "trap returned truish but the proxy target is extensible")
                );
            }
            Ok(r)
        })
    }

    /// ECMA-262 §10.5.5 [[GetOwnProperty]]
    pub(crate) fn proxy_get_own_property(
        &mut self,
        p: ObjId,
        key: PropertyKey,
    ) -> JsResult<Option<PropertyDescriptor>> {
        self.with_proxy_roots(|vm| {
            let (target, handler) = vm.proxy_parts(p, "getOwnPropertyDescriptor")?;
            let Some(trap) = vm.proxy_trap(handler, "getOwnPropertyDescriptor")? else {
                return vm.get_own_property(target, key);
            };
            let kv = vm.key_to_value(key);
            let result = vm.call(trap, Value::Object(handler), &[Value::Object(target), kv])?;
            vm.root(result);
            const TRAP: &str = "getOwnPropertyDescriptor";
            if !result.is_object() && !result.is_undefined() {
                let name = vm.key_display(key);
                return Err(vm.invariant(TRAP, &format!("trap returned neither object nor undefined for property '{name}'")));
            }
            let target_desc = vm.get_own_property(target, key)?;
            if result.is_undefined() {
                let Some(td) = target_desc else { return Ok(None) };
                let name = vm.key_display(key);
                if td.configurable == Some(false) {
                    return Err(vm.invariant(TRAP, &format!("trap returned undefined for property '{name}' which is non-configurable in the proxy target")));
                }
                if !vm.is_extensible(target)? {
                    return Err(vm.invariant(TRAP, &format!("trap returned undefined for property '{name}' which exists in the non-extensible proxy target")));
                }
                return Ok(None);
            }
            let extensible = vm.is_extensible(target)?;
            let mut desc = to_property_descriptor(vm, result)?;
            complete_property_descriptor(&mut desc);
            if !vm.is_compatible_property_descriptor(extensible, desc, target_desc) {
                let name = vm.key_display(key);
                return Err(vm.invariant(TRAP, &format!("trap returned descriptor for property '{name}' that is incompatible with the existing property in the proxy target")));
            }
            if desc.configurable == Some(false) {
                let name = vm.key_display(key);
                match target_desc {
                    Some(td) if td.configurable == Some(false) => {
                        if desc.writable == Some(false) && td.writable == Some(true) {
                            return Err(vm.invariant(TRAP, &format!("trap reported non-configurable and writable for property '{name}' which is non-configurable, non-writable in the proxy target")));
                        }
                    }
                    _ => {
                        return Err(vm.invariant(TRAP, &format!("trap reported non-configurability for property '{name}' which is either non-existent or configurable in the proxy target")));
                    }
                }
            }
            Ok(Some(desc))
        })
    }

    /// ECMA-262 §10.5.6 [[DefineOwnProperty]]
    pub(crate) fn proxy_define_own_property(
        &mut self,
        p: ObjId,
        key: PropertyKey,
        desc: PropertyDescriptor,
    ) -> JsResult<bool> {
        self.with_proxy_roots(|vm| {
            let (target, handler) = vm.proxy_parts(p, "defineProperty")?;
            let Some(trap) = vm.proxy_trap(handler, "defineProperty")? else {
                return vm.define_own_property(target, key, desc);
            };
            let desc_obj = from_property_descriptor(vm, Some(desc))?;
            vm.root(desc_obj);
            let kv = vm.key_to_value(key);
            let r = vm.call(trap, Value::Object(handler), &[Value::Object(target), kv, desc_obj])?;
            if !vm.to_boolean(r) {
                return Ok(false);
            }
            const TRAP: &str = "defineProperty";
            let target_desc = vm.get_own_property(target, key)?;
            let extensible = vm.is_extensible(target)?;
            let setting_config_false = desc.configurable == Some(false);
            let name = vm.key_display(key);
            match target_desc {
                None => {
                    if !extensible {
                        return Err(vm.invariant(TRAP, &format!("trap returned truish for adding property '{name}'  to the non-extensible proxy target")));
                    }
                    if setting_config_false {
                        return Err(vm.invariant(TRAP, &format!("trap returned truish for defining non-configurable property '{name}' which is either non-existent or configurable in the proxy target")));
                    }
                }
                Some(td) => {
                    if !vm.is_compatible_property_descriptor(extensible, desc, Some(td)) {
                        return Err(vm.invariant(TRAP, &format!("trap returned truish for adding property '{name}'  that is incompatible with the existing property in the proxy target")));
                    }
                    if setting_config_false && td.configurable == Some(true) {
                        return Err(vm.invariant(TRAP, &format!("trap returned truish for defining non-configurable property '{name}' which is either non-existent or configurable in the proxy target")));
                    }
                    if td.is_data()
                        && td.configurable == Some(false)
                        && td.writable == Some(true)
                        && desc.writable == Some(false)
                    {
                        return Err(vm.invariant(TRAP, &format!("trap returned truish for defining non-configurable property '{name}' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.")));
                    }
                }
            }
            Ok(true)
        })
    }

    /// ECMA-262 §10.5.7 [[HasProperty]]
    pub(crate) fn proxy_has(&mut self, p: ObjId, key: PropertyKey) -> JsResult<bool> {
        self.with_proxy_roots(|vm| {
            let (target, handler) = vm.proxy_parts(p, "has")?;
            let Some(trap) = vm.proxy_trap(handler, "has")? else {
                return vm.has_property(target, key);
            };
            let kv = vm.key_to_value(key);
            let r = vm.call(trap, Value::Object(handler), &[Value::Object(target), kv])?;
            let r = vm.to_boolean(r);
            if !r && let Some(td) = vm.get_own_property(target, key)? {
                let name = vm.key_display(key);
                if td.configurable == Some(false) {
                    return Err(vm.invariant("has", &format!("trap returned falsish for property '{name}' which exists in the proxy target as non-configurable")));
                }
                if !vm.is_extensible(target)? {
                    return Err(vm.invariant("has", &format!("trap returned falsish for property '{name}' but the proxy target is not extensible")));
                }
            }
            Ok(r)
        })
    }

    /// ECMA-262 §10.5.8 [[Get]]
    pub(crate) fn proxy_get(&mut self, p: ObjId, key: PropertyKey, receiver: Value) -> JsResult<Value> {
        self.with_proxy_roots(|vm| {
            let (target, handler) = vm.proxy_parts(p, "get")?;
            let Some(trap) = vm.proxy_trap(handler, "get")? else {
                return vm.get(target, key, receiver);
            };
            let kv = vm.key_to_value(key);
            let v = vm.call(trap, Value::Object(handler), &[Value::Object(target), kv, receiver])?;
            vm.root(v);
            if let Some(td) = vm.get_own_property(target, key)?
                && td.configurable == Some(false)
            {
                let name = vm.key_display(key);
                if td.is_data() && td.writable == Some(false) && !vm.same_value(v, td.value.unwrap_or_default()) {
                    return Err(vm.invariant("get", &format!("property '{name}' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value")));
                }
                if td.is_accessor() && td.get.is_none_or(|g| g.is_undefined()) && !v.is_undefined() {
                    return Err(vm.invariant("get", &format!("property '{name}' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined'")));
                }
            }
            Ok(v)
        })
    }

    /// ECMA-262 §10.5.9 [[Set]]
    pub(crate) fn proxy_set(&mut self, p: ObjId, key: PropertyKey, v: Value, receiver: Value) -> JsResult<bool> {
        self.with_proxy_roots(|vm| {
            let (target, handler) = vm.proxy_parts(p, "set")?;
            let Some(trap) = vm.proxy_trap(handler, "set")? else {
                return vm.set(target, key, v, receiver);
            };
            let kv = vm.key_to_value(key);
            let r = vm.call(trap, Value::Object(handler), &[Value::Object(target), kv, v, receiver])?;
            if !vm.to_boolean(r) {
                return Ok(false);
            }
            if let Some(td) = vm.get_own_property(target, key)?
                && td.configurable == Some(false)
            {
                let name = vm.key_display(key);
                if td.is_data() && td.writable == Some(false) && !vm.same_value(v, td.value.unwrap_or_default()) {
                    return Err(vm.invariant("set", &format!("trap returned truish for property '{name}' which exists in the proxy target as a non-configurable and non-writable data property with a different value")));
                }
                if td.is_accessor() && td.set.is_none_or(|s| s.is_undefined()) {
                    return Err(vm.invariant("set", &format!("trap returned truish for property '{name}' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter")));
                }
            }
            Ok(true)
        })
    }

    /// ECMA-262 §10.5.10 [[Delete]]
    pub(crate) fn proxy_delete(&mut self, p: ObjId, key: PropertyKey) -> JsResult<bool> {
        self.with_proxy_roots(|vm| {
            let (target, handler) = vm.proxy_parts(p, "deleteProperty")?;
            let Some(trap) = vm.proxy_trap(handler, "deleteProperty")? else {
                return vm.delete(target, key);
            };
            let kv = vm.key_to_value(key);
            let r = vm.call(trap, Value::Object(handler), &[Value::Object(target), kv])?;
            if !vm.to_boolean(r) {
                return Ok(false);
            }
            let Some(td) = vm.get_own_property(target, key)? else { return Ok(true) };
            let name = vm.key_display(key);
            if td.configurable == Some(false) {
                return Err(vm.invariant(
                    "deleteProperty",
                    &format!(
                        "trap returned truish for property '{name}' which is non-configurable in the proxy target"
                    ),
                ));
            }
            if !vm.is_extensible(target)? {
                return Err(vm.invariant(
                    "deleteProperty",
                    &format!("trap returned truish for property '{name}' but the proxy target is non-extensible"),
                ));
            }
            Ok(true)
        })
    }

    /// ECMA-262 §10.5.11 [[OwnPropertyKeys]]
    pub(crate) fn proxy_own_property_keys(&mut self, p: ObjId) -> JsResult<Vec<PropertyKey>> {
        self.with_proxy_roots(|vm| {
            let (target, handler) = vm.proxy_parts(p, "ownKeys")?;
            let Some(trap) = vm.proxy_trap(handler, "ownKeys")? else {
                return vm.own_property_keys(target);
            };
            let array = vm.call(trap, Value::Object(handler), &[Value::Object(target)])?;
            vm.root(array);
            // CreateListFromArrayLike(trapResultArray, « String, Symbol »)
            let Value::Object(ao) = array else {
                return Err(vm.type_error("CreateListFromArrayLike called on non-object"));
            };
            let len = vm.length_of_array_like(ao)?;
            let mut keys: Vec<PropertyKey> = Vec::new();
            let mut seen = crate::hash::IdSet::default();
            for i in 0..len as u64 {
                let k = if i < u32::MAX as u64 { PropertyKey::Index(i as u32) } else { vm.key_str(&i.to_string()) };
                let v = vm.get(ao, k, array)?;
                if !matches!(v, Value::String(_) | Value::Symbol(_)) {
                    let d = vm.describe(v);
                    return Err(vm.type_error(&format!("{d} is not a valid property name")));
                }
                vm.root(v);
                let key = vm.to_property_key(v)?;
                if !seen.insert(key) {
                    let name = vm.key_display(key);
                    return Err(vm.invariant("ownKeys", &format!("trap returned duplicate entries ('{name}')")));
                }
                keys.push(key);
            }
            let extensible = vm.is_extensible(target)?;
            let target_keys = vm.own_property_keys(target)?;
            let mut configurable = Vec::new();
            let mut nonconfigurable = Vec::new();
            for k in target_keys {
                match vm.get_own_property(target, k)? {
                    Some(d) if d.configurable == Some(false) => nonconfigurable.push(k),
                    _ => configurable.push(k),
                }
            }
            if extensible && nonconfigurable.is_empty() {
                return Ok(keys);
            }
            let mut unchecked = seen;
            for k in nonconfigurable {
                if !unchecked.remove(&k) {
                    let name = vm.key_display(k);
                    return Err(vm.invariant("ownKeys", &format!("trap result did not include '{name}'")));
                }
            }
            if extensible {
                return Ok(keys);
            }
            for k in configurable {
                if !unchecked.remove(&k) {
                    let name = vm.key_display(k);
                    return Err(vm.invariant("ownKeys", &format!("trap result did not include '{name}'")));
                }
            }
            if !unchecked.is_empty() {
                return Err(vm.invariant("ownKeys", "trap returned extra keys but proxy target is non-extensible"));
            }
            Ok(keys)
        })
    }

    /// ECMA-262 §10.5.12 [[Call]]
    pub(crate) fn proxy_call(&mut self, p: ObjId, this: Value, args: &[Value]) -> JsResult<Value> {
        self.with_proxy_roots(|vm| {
            let (target, handler) = vm.proxy_parts(p, "apply")?;
            let Some(trap) = vm.proxy_trap(handler, "apply")? else {
                return vm.call(Value::Object(target), this, args);
            };
            let array = Value::Object(vm.new_array(args.to_vec()));
            vm.root(array);
            vm.call(trap, Value::Object(handler), &[Value::Object(target), this, array])
        })
    }

    /// ECMA-262 §10.5.13 [[Construct]]
    pub(crate) fn proxy_construct(&mut self, p: ObjId, args: &[Value], new_target: Value) -> JsResult<Value> {
        self.with_proxy_roots(|vm| {
            let (target, handler) = vm.proxy_parts(p, "construct")?;
            let Some(trap) = vm.proxy_trap(handler, "construct")? else {
                return vm.construct(Value::Object(target), args, Some(new_target));
            };
            let array = Value::Object(vm.new_array(args.to_vec()));
            vm.root(array);
            let r = vm.call(trap, Value::Object(handler), &[Value::Object(target), array, new_target])?;
            if !r.is_object() {
                let d = vm.describe(r);
                return Err(vm.invariant("construct", &format!("trap returned non-object ('{d}')")));
            }
            Ok(r)
        })
    }

    /// IsCompatiblePropertyDescriptor (ECMA-262 §10.1.6.2)
    fn is_compatible_property_descriptor(
        &mut self,
        extensible: bool,
        desc: PropertyDescriptor,
        current: Option<PropertyDescriptor>,
    ) -> bool {
        let current = current.map(|c| descriptor_to_property(&c));
        self.validate_and_apply(None, PropertyKey::Index(0), extensible, desc, current)
    }

    /// ProxyCreate (ECMA-262 §10.5.15)
    pub fn proxy_create(&mut self, target: Value, handler: Value) -> JsResult<ObjId> {
        let (Value::Object(t), Value::Object(h)) = (target, handler) else {
            return Err(self.type_error("Cannot create proxy with a non-object as target or handler"));
        };
        let data = ProxyData {
            target: Some(t),
            handler: Some(h),
            callable: self.is_callable(target),
            constructor: self.is_constructor(target),
        };
        Ok(self.heap.alloc_object(super::Object::new(None, ObjectKind::Proxy(Box::new(data)))))
    }
}

/// CompletePropertyDescriptor (ECMA-262 §6.2.6.6)
pub fn complete_property_descriptor(d: &mut PropertyDescriptor) {
    if d.is_accessor() {
        d.get.get_or_insert(Value::Undefined);
        d.set.get_or_insert(Value::Undefined);
    } else {
        d.value.get_or_insert(Value::Undefined);
        d.writable.get_or_insert(false);
    }
    d.enumerable.get_or_insert(false);
    d.configurable.get_or_insert(false);
}

/// A complete descriptor as a stored property record.
fn descriptor_to_property(d: &PropertyDescriptor) -> Property {
    let mut attrs = 0;
    if d.enumerable == Some(true) {
        attrs |= ENUMERABLE;
    }
    if d.configurable == Some(true) {
        attrs |= CONFIGURABLE;
    }
    if d.is_accessor() {
        Property { slot: Slot::Accessor(d.get.unwrap_or_default(), d.set.unwrap_or_default()), attrs }
    } else {
        if d.writable == Some(true) {
            attrs |= WRITABLE;
        }
        Property { slot: Slot::Data(d.value.unwrap_or_default()), attrs }
    }
}
