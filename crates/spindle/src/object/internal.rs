//! The essential internal methods (ECMA-262 §10.1 ordinary objects) with the exotic
//! behaviours of arrays (§10.4.2), string objects (§10.4.3) and arguments (§10.4.4).

use super::property::*;
use super::{Object, ObjectKind};
use crate::value::{ObjId, Packed, Value};
use crate::vm::{JsResult, Vm};

/// Elements beyond this distance from the end go to the property map (sparse arrays).
const MAX_ELEMENT_GAP: usize = 1024;

impl Vm {
    #[inline]
    pub fn obj(&self, o: ObjId) -> &Object {
        self.heap.obj(o)
    }
    #[inline]
    pub fn obj_mut(&mut self, o: ObjId) -> &mut Object {
        self.heap.obj_mut(o)
    }

    /// [[GetPrototypeOf]]
    pub fn get_prototype_of(&mut self, o: ObjId) -> JsResult<Option<ObjId>> {
        if self.obj(o).is_proxy() {
            return self.proxy_get_prototype_of(o);
        }
        Ok(self.obj(o).proto())
    }

    /// OrdinarySetPrototypeOf (ECMA-262 §10.1.2.1)
    pub fn set_prototype_of(&mut self, o: ObjId, proto: Option<ObjId>) -> JsResult<bool> {
        if self.obj(o).is_proxy() {
            return self.proxy_set_prototype_of(o, proto);
        }
        let cur = self.obj(o).proto();
        if cur == proto {
            return Ok(true);
        }
        // %Object.prototype% is an immutable prototype exotic object (ECMA-262 §10.4.7).
        if self.realms.iter().any(|r| r.intrinsics.object_prototype == o) {
            return Ok(false);
        }
        if !self.obj(o).extensible {
            return Ok(false);
        }
        let mut p = proto;
        while let Some(x) = p {
            if x == o {
                return Ok(false);
            }
            // A proxy in the chain ends the check (its [[GetPrototypeOf]] may run code).
            if self.obj(x).is_proxy() {
                break;
            }
            p = self.obj(x).proto();
        }
        self.obj_mut(o).set_proto(proto);
        Ok(true)
    }

    pub fn is_extensible(&mut self, o: ObjId) -> JsResult<bool> {
        if self.obj(o).is_proxy() {
            return self.proxy_is_extensible(o);
        }
        Ok(self.obj(o).extensible)
    }

    pub fn prevent_extensions(&mut self, o: ObjId) -> JsResult<bool> {
        if self.obj(o).is_proxy() {
            return self.proxy_prevent_extensions(o);
        }
        // A typed array whose length can change refuses (ECMA-262 §10.4.5, the typed array
        // [[PreventExtensions]]: IsTypedArrayFixedLength).
        if let ObjectKind::TypedArray(t) = &self.obj(o).kind
            && !self.is_typed_array_fixed_length(t)
        {
            return Ok(false);
        }
        self.obj_mut(o).extensible = false;
        Ok(true)
    }

    /// What reading `key` from `start` finds when looking runs no code (no proxy on the
    /// prototype chain): the slot of the first own property along the chain, a data slot of
    /// undefined when no object has one. None when a proxy is on the way, or the property is
    /// a lazily created value (reading it allocates).
    pub fn find_property_without_effects(&self, start: ObjId, key: PropertyKey) -> Option<Slot> {
        let mut cur = Some(start);
        while let Some(c) = cur {
            if self.obj(c).is_proxy() {
                return None;
            }
            match self.own_property(c, key) {
                Some(Property { attrs, .. }) if attrs & LAZY_VALUE != 0 => return None,
                Some(p) => return Some(p.slot),
                None => cur = self.obj(c).proto(),
            }
        }
        Some(Slot::Data(Value::Undefined))
    }

    /// A data property's value along the chain (undefined when absent), when reading it runs
    /// no code (V8's JSReceiver::GetDataProperty); None for an accessor, a proxy on the way
    /// or a lazily created value.
    pub fn data_value_without_effects(&self, start: ObjId, key: PropertyKey) -> Option<Value> {
        match self.find_property_without_effects(start, key)? {
            Slot::Data(v) => Some(v),
            Slot::Accessor(..) => None,
        }
    }

    /// Reads an own property record (without descriptors allocation).
    pub fn own_property(&self, o: ObjId, key: PropertyKey) -> Option<Property> {
        let obj = self.obj(o);
        if let PropertyKey::Index(i) = key {
            if let Some(&v) = obj.elements.get(i as usize)
                && v != Packed::EMPTY
            {
                if let ObjectKind::Arguments(Some(m)) = &obj.kind
                    && let Some(Some(slot)) = m.map.get(i as usize)
                {
                    return Some(Property::data(self.heap.env(m.env).slots[*slot as usize].get(), DEFAULT_ATTRS));
                }
                return Some(Property::data(v.get(), DEFAULT_ATTRS));
            }
            if let ObjectKind::StringBox(s) = obj.kind {
                let units = self.heap.str(s);
                if (i as usize) < units.len() {
                    let ch = units[i as usize];
                    return Some(Property::data(Value::String(self.single_char(ch)), ENUMERABLE));
                }
            }
        }
        if let PropertyKey::String(s) = key
            && s == self.names.length
        {
            match obj.kind {
                ObjectKind::Array { length, length_writable } => {
                    return Some(Property::data(
                        Value::Number(length as f64),
                        if length_writable { WRITABLE } else { 0 },
                    ));
                }
                ObjectKind::StringBox(s) => {
                    return Some(Property::data(Value::Number(self.heap.str(s).len() as f64), 0));
                }
                _ => {}
            }
        }
        let p = obj.props.get(key)?;
        if let (PropertyKey::Index(i), ObjectKind::Arguments(Some(m)), Slot::Data(_)) = (key, &obj.kind, p.slot)
            && let Some(Some(slot)) = m.map.get(i as usize)
        {
            return Some(Property {
                slot: Slot::Data(self.heap.env(m.env).slots[*slot as usize].get()),
                attrs: p.attrs,
            });
        }
        Some(p)
    }

    /// A one-unit string (cached through interning).
    pub fn single_char(&self, ch: u16) -> crate::value::StrId {
        self.realms[self.realm as usize].single_chars.get(ch as usize).copied().flatten().unwrap_or(self.names.empty)
    }

    /// The one-unit string at index `i` of a string (allocating for units >= 256).
    pub fn string_char(&mut self, s: crate::value::StrId, i: usize) -> Value {
        let ch = self.heap.str(s)[i];
        if ch < 256 { Value::String(self.single_char(ch)) } else { Value::String(self.heap.intern(&[ch])) }
    }

    /// String exotic [[GetOwnProperty]] for indices (ECMA-262 §10.4.3.5), allocating.
    fn string_box_index(&mut self, o: ObjId, key: PropertyKey) -> Option<Property> {
        if let (ObjectKind::StringBox(s), PropertyKey::Index(i)) = (&self.obj(o).kind, key) {
            let s = *s;
            if (i as usize) < self.heap.str(s).len() {
                return Some(Property::data(self.string_char(s, i as usize), ENUMERABLE));
            }
        }
        None
    }

    /// [[GetOwnProperty]] as a descriptor.
    pub fn get_own_property(&mut self, o: ObjId, key: PropertyKey) -> JsResult<Option<PropertyDescriptor>> {
        if self.obj(o).is_proxy() {
            return self.proxy_get_own_property(o, key);
        }
        if self.is_namespace_string_key(o, key) {
            return self.namespace_get_own_property(o, key);
        }
        if let Some(index) = self.typed_array_numeric_key(o, key) {
            return Ok(self.typed_array_own_element(o, index));
        }
        if let Some(p) = self.string_box_index(o, key) {
            return Ok(Some(PropertyDescriptor::from_property(&p)));
        }
        match self.own_property(o, key) {
            Some(Property { slot: Slot::Data(stored), attrs }) if attrs & LAZY_VALUE != 0 => {
                let v = self.read_lazy_value(o, key, stored)?;
                Ok(Some(PropertyDescriptor::data(v, attrs)))
            }
            p => Ok(p.map(|p| PropertyDescriptor::from_property(&p))),
        }
    }

    /// [[DefineOwnProperty]] (ECMA-262 §10.1.6, §10.4.2.1 for arrays).
    pub fn define_own_property(&mut self, o: ObjId, key: PropertyKey, desc: PropertyDescriptor) -> JsResult<bool> {
        if desc.value.is_none() && !desc.is_accessor() {
            // The current value is kept: a lazy value is computed now.
            self.resolve_lazy_value(o, key)?;
        }
        match &self.obj(o).kind {
            ObjectKind::Array { .. } => self.array_define_own_property(o, key, desc),
            ObjectKind::StringBox(s) => {
                if let PropertyKey::Index(i) = key
                    && (i as usize) < self.heap.str(*s).len()
                {
                    let cur = self.own_property(o, key);
                    return Ok(self.validate_and_apply(None, key, false, desc, cur));
                }
                if PropertyKey::String(self.names.length) == key {
                    let cur = self.own_property(o, key);
                    return Ok(self.validate_and_apply(None, key, false, desc, cur));
                }
                self.ordinary_define_own_property(o, key, desc)
            }
            ObjectKind::Arguments(Some(_)) => self.arguments_define_own_property(o, key, desc),
            ObjectKind::Proxy(_) => self.proxy_define_own_property(o, key, desc),
            ObjectKind::ModuleNamespace(_) if !matches!(key, PropertyKey::Symbol(_)) => {
                self.namespace_define_own_property(o, key, desc)
            }
            ObjectKind::TypedArray(_) => match super::typed_array::canonical_numeric_index(self, key) {
                Some(index) => self.typed_array_define_element(o, index, desc),
                None => self.ordinary_define_own_property(o, key, desc),
            },
            _ => self.ordinary_define_own_property(o, key, desc),
        }
    }

    /// OrdinaryDefineOwnProperty (ECMA-262 §10.1.6.1)
    pub fn ordinary_define_own_property(
        &mut self,
        o: ObjId,
        key: PropertyKey,
        desc: PropertyDescriptor,
    ) -> JsResult<bool> {
        let cur = self.own_property(o, key);
        let ext = self.obj(o).extensible;
        Ok(self.validate_and_apply(Some(o), key, ext, desc, cur))
    }

    /// ValidateAndApplyPropertyDescriptor (ECMA-262 §10.1.6.3). `o` None = validate only.
    pub fn validate_and_apply(
        &mut self,
        o: Option<ObjId>,
        key: PropertyKey,
        extensible: bool,
        desc: PropertyDescriptor,
        current: Option<Property>,
    ) -> bool {
        let Some(cur) = current else {
            if !extensible {
                return false;
            }
            if let Some(o) = o {
                let mut attrs = 0;
                if desc.enumerable == Some(true) {
                    attrs |= ENUMERABLE;
                }
                if desc.configurable == Some(true) {
                    attrs |= CONFIGURABLE;
                }
                let prop = if desc.is_accessor() {
                    Property {
                        slot: Slot::Accessor(
                            desc.get.unwrap_or(Value::Undefined),
                            desc.set.unwrap_or(Value::Undefined),
                        ),
                        attrs,
                    }
                } else {
                    if desc.writable == Some(true) {
                        attrs |= WRITABLE;
                    }
                    Property::data(desc.value.unwrap_or(Value::Undefined), attrs)
                };
                self.store_property(o, key, prop);
            }
            return true;
        };
        // Existing property.
        if !cur.configurable() {
            if desc.configurable == Some(true) {
                return false;
            }
            if let Some(e) = desc.enumerable
                && e != cur.enumerable()
            {
                return false;
            }
            let cur_is_accessor = matches!(cur.slot, Slot::Accessor(..));
            if !desc.is_data() && !desc.is_accessor() {
                // generic descriptor: ok
            } else if cur_is_accessor != desc.is_accessor() {
                return false;
            } else if let Slot::Accessor(g, s) = cur.slot {
                if let Some(ng) = desc.get
                    && !self.same_value(ng, g)
                {
                    return false;
                }
                if let Some(ns) = desc.set
                    && !self.same_value(ns, s)
                {
                    return false;
                }
            } else if let Slot::Data(v) = cur.slot
                && !cur.writable()
            {
                if desc.writable == Some(true) {
                    return false;
                }
                if let Some(nv) = desc.value
                    && !self.same_value(nv, v)
                {
                    return false;
                }
            }
        }
        let Some(o) = o else { return true };
        // The slot below gets the descriptor's value (a lazy stack without one was
        // formatted by define_own_property).
        let mut attrs = cur.attrs & !LAZY_VALUE;
        if let Some(e) = desc.enumerable {
            attrs = if e { attrs | ENUMERABLE } else { attrs & !ENUMERABLE };
        }
        if let Some(c) = desc.configurable {
            attrs = if c { attrs | CONFIGURABLE } else { attrs & !CONFIGURABLE };
        }
        let slot = match (cur.slot, desc.is_accessor(), desc.is_data()) {
            (Slot::Data(_), true, _) => {
                attrs &= !WRITABLE;
                Slot::Accessor(desc.get.unwrap_or(Value::Undefined), desc.set.unwrap_or(Value::Undefined))
            }
            (Slot::Accessor(..), false, true) => {
                attrs &= !WRITABLE;
                if desc.writable == Some(true) {
                    attrs |= WRITABLE;
                }
                Slot::Data(desc.value.unwrap_or(Value::Undefined))
            }
            (Slot::Data(v), _, _) => {
                if let Some(w) = desc.writable {
                    attrs = if w { attrs | WRITABLE } else { attrs & !WRITABLE };
                }
                Slot::Data(desc.value.unwrap_or(v))
            }
            (Slot::Accessor(g, s), _, _) => Slot::Accessor(desc.get.unwrap_or(g), desc.set.unwrap_or(s)),
        };
        self.store_property(o, key, Property { slot, attrs });
        true
    }

    /// Runs `f`, which may grow what object `o` owns (its property map, element vector or a
    /// Map/Set/WeakMap table), and charges the heap for the growth: the one place mutations
    /// that are not allocations of new cells count toward the collector's trigger and limit.
    pub(crate) fn charging_growth<R>(&mut self, o: ObjId, f: impl FnOnce(&mut Vm) -> R) -> R {
        let before = self.heap.obj(o).owned_bytes();
        let r = f(self);
        let after = self.heap.obj(o).owned_bytes();
        self.heap.charge(after.saturating_sub(before));
        r
    }

    /// Writes a property record into storage (elements when possible), charging the heap
    /// for any growth of the element vector or property map.
    pub fn store_property(&mut self, o: ObjId, key: PropertyKey, prop: Property) {
        self.charging_growth(o, |vm| vm.store_property_uncharged(o, key, prop));
    }

    fn store_property_uncharged(&mut self, o: ObjId, key: PropertyKey, prop: Property) {
        let obj = self.heap.obj_mut(o);
        if let PropertyKey::Index(i) = key {
            let i = i as usize;
            let plain = prop.attrs == DEFAULT_ATTRS && matches!(prop.slot, Slot::Data(_));
            if plain && !matches!(obj.kind, ObjectKind::StringBox(_)) {
                let Slot::Data(v) = prop.slot else { unreachable!() };
                if i < obj.elements.len() {
                    if obj.props.get(key).is_none() {
                        obj.elements[i] = Packed::new(v);
                        return;
                    }
                } else if i <= obj.elements.len() + MAX_ELEMENT_GAP && obj.props.get(key).is_none() {
                    obj.elements.resize(i, Packed::EMPTY);
                    obj.elements.push(Packed::new(v));
                    return;
                }
            } else if i < obj.elements.len() {
                obj.elements[i] = Packed::EMPTY;
            }
        }
        if let (PropertyKey::Index(i), ObjectKind::Arguments(Some(m)), Slot::Data(v)) = (key, &obj.kind, prop.slot)
            && let Some(Some(slot)) = m.map.get(i as usize)
        {
            let (env, slot) = (m.env, *slot);
            self.heap.env_mut(env).slots[slot as usize] = Packed::new(v);
            let obj = self.heap.obj_mut(o);
            if let Some(e) = obj.elements.get_mut(i as usize)
                && *e != Packed::EMPTY
            {
                *e = Packed::new(v);
                return;
            }
            obj.props.insert(key, prop);
            return;
        }
        obj.props.insert(key, prop);
    }

    fn array_define_own_property(&mut self, o: ObjId, key: PropertyKey, desc: PropertyDescriptor) -> JsResult<bool> {
        if PropertyKey::String(self.names.length) == key {
            return self.array_set_length(o, desc);
        }
        if let PropertyKey::Index(i) = key {
            let ObjectKind::Array { length, length_writable } = self.obj(o).kind else { unreachable!() };
            if i >= length && !length_writable {
                return Ok(false);
            }
            if !self.ordinary_define_own_property(o, key, desc)? {
                return Ok(false);
            }
            if i >= length
                && let ObjectKind::Array { length, .. } = &mut self.obj_mut(o).kind
            {
                *length = i + 1;
            }
            return Ok(true);
        }
        self.ordinary_define_own_property(o, key, desc)
    }

    /// ArraySetLength (ECMA-262 §10.4.2.4)
    fn array_set_length(&mut self, o: ObjId, desc: PropertyDescriptor) -> JsResult<bool> {
        let Some(v) = desc.value else {
            let cur = self.own_property(o, PropertyKey::String(self.names.length));
            let ok = self.validate_and_apply(None, PropertyKey::String(self.names.length), false, desc, cur);
            if ok
                && desc.writable == Some(false)
                && let ObjectKind::Array { length_writable, .. } = &mut self.obj_mut(o).kind
            {
                *length_writable = false;
            }
            return Ok(ok);
        };
        let new_len = self.to_uint32(v)?;
        let num = self.to_number(v)?;
        if new_len as f64 != num {
            return Err(self.range_error("Invalid array length"));
        }
        let ObjectKind::Array { length: old_len, length_writable } = self.obj(o).kind else { unreachable!() };
        if desc.configurable == Some(true) || desc.enumerable == Some(true) || desc.is_accessor() {
            return Ok(false);
        }
        if new_len >= old_len {
            if !length_writable && (new_len != old_len || desc.writable == Some(true)) {
                return Ok(false);
            }
            if let ObjectKind::Array { length, length_writable } = &mut self.obj_mut(o).kind {
                *length = new_len;
                if desc.writable == Some(false) {
                    *length_writable = false;
                }
            }
            return Ok(true);
        }
        if !length_writable {
            return Ok(false);
        }
        // Delete elements from the end; stop at a non-configurable one (ArraySetLength step
        // 17). Dense elements are always configurable, so the stop is the highest
        // non-configurable index at or above the new length, and everything above it goes.
        let stop = self
            .obj(o)
            .props
            .iter()
            .filter_map(|(k, p)| match k {
                PropertyKey::Index(i) if i >= new_len && !p.configurable() => Some(i),
                _ => None,
            })
            .max();
        let (final_len, ok) = match stop {
            Some(i) => (i + 1, false),
            None => (new_len, true),
        };
        let obj = self.obj_mut(o);
        if obj.elements.len() > final_len as usize {
            obj.elements.truncate(final_len as usize);
        }
        let doomed: Vec<PropertyKey> =
            obj.props.keys().filter(|k| matches!(k, PropertyKey::Index(i) if *i >= final_len)).collect();
        for k in doomed {
            obj.props.remove(k);
        }
        if let ObjectKind::Array { length, length_writable } = &mut self.obj_mut(o).kind {
            *length = final_len;
            if desc.writable == Some(false) {
                *length_writable = false;
            }
        }
        Ok(ok)
    }

    fn arguments_define_own_property(
        &mut self,
        o: ObjId,
        key: PropertyKey,
        desc: PropertyDescriptor,
    ) -> JsResult<bool> {
        let mapped_slot = match (&self.obj(o).kind, key) {
            (ObjectKind::Arguments(Some(m)), PropertyKey::Index(i)) => {
                m.map.get(i as usize).copied().flatten().map(|s| (m.env, s))
            }
            _ => None,
        };
        let Some((env, slot)) = mapped_slot else {
            return self.ordinary_define_own_property(o, key, desc);
        };
        let mut new_desc = desc;
        if desc.is_data() && desc.value.is_none() && desc.writable == Some(false) {
            new_desc.value = Some(self.heap.env(env).slots[slot as usize].get());
        }
        let cur = self.own_property(o, key);
        // Move to the property map so attributes are preserved.
        if !self.validate_and_apply(None, key, self.obj(o).extensible, new_desc, cur) {
            return Ok(false);
        }
        let cur_prop = cur.unwrap_or(Property::data(Value::Undefined, DEFAULT_ATTRS));
        {
            let obj = self.obj_mut(o);
            if let PropertyKey::Index(i) = key
                && let Some(e) = obj.elements.get_mut(i as usize)
            {
                *e = Packed::EMPTY;
            }
            obj.props.insert(key, cur_prop);
        }
        let unmap = |vm: &mut Vm| {
            if let (ObjectKind::Arguments(Some(m)), PropertyKey::Index(i)) = (&mut vm.obj_mut(o).kind, key)
                && let Some(s) = m.map.get_mut(i as usize)
            {
                *s = None;
            }
        };
        if desc.is_accessor() {
            unmap(self);
            let _ = self.ordinary_define_direct(o, key, new_desc, cur_prop);
        } else {
            if let Some(v) = desc.value {
                self.heap.env_mut(env).slots[slot as usize] = Packed::new(v);
            }
            let _ = self.ordinary_define_direct(o, key, new_desc, cur_prop);
            if desc.writable == Some(false) {
                unmap(self);
            }
        }
        Ok(true)
    }

    fn ordinary_define_direct(&mut self, o: ObjId, key: PropertyKey, desc: PropertyDescriptor, cur: Property) -> bool {
        let ext = self.obj(o).extensible;
        // Bypass the mapped path: apply onto the stored record.
        let saved = std::mem::replace(&mut self.obj_mut(o).kind, ObjectKind::Ordinary);
        let r = self.validate_and_apply(Some(o), key, ext, desc, Some(cur));
        self.obj_mut(o).kind = saved;
        r
    }

    /// Whether no object on `o`'s prototype chain can have an array-index property (so
    /// [[Set]] of a new index on `o` cannot meet a setter or read-only element). Stops at
    /// exotic objects, which may have indices without storing them.
    pub fn proto_chain_has_no_indices(&self, o: ObjId) -> bool {
        let mut cur = self.obj(o).proto();
        while let Some(p) = cur {
            let obj = self.obj(p);
            if !matches!(obj.kind, ObjectKind::Ordinary | ObjectKind::Array { .. })
                || !obj.elements.is_empty()
                || obj.props.has_index_keys()
            {
                return false;
            }
            cur = obj.proto();
        }
        true
    }

    /// [[HasProperty]]
    pub fn has_property(&mut self, o: ObjId, key: PropertyKey) -> JsResult<bool> {
        // Counted as work like [[Get]] and [[Set]]: a native loop of HasProperty calls
        // (reverse over a huge array-like) must meet the deadline too.
        self.tick()?;
        let mut cur = Some(o);
        while let Some(c) = cur {
            if self.obj(c).is_proxy() {
                return self.proxy_has(c, key);
            }
            if self.is_namespace_string_key(c, key) {
                return Ok(self.namespace_has(c, key));
            }
            if let Some(index) = self.typed_array_numeric_key(c, key) {
                return Ok(self.valid_integer_index(c, index).is_some());
            }
            if self.own_property(c, key).is_some() {
                return Ok(true);
            }
            cur = self.obj(c).proto();
        }
        Ok(false)
    }

    /// HasProperty(o, key) and, if true, Get(o, key, receiver), in one walk of the
    /// prototype chain while its objects are ordinary (neither step can run code before an
    /// accessor or an exotic object is reached); from an exotic object on, the two steps
    /// as written. How ToPropertyDescriptor reads its six fields.
    pub fn get_if_present(&mut self, o: ObjId, key: PropertyKey, receiver: Value) -> JsResult<Option<Value>> {
        let mut cur = o;
        loop {
            let obj = self.obj(cur);
            if !matches!(obj.kind, ObjectKind::Ordinary) || matches!(key, PropertyKey::Index(_)) {
                // The objects before `cur` lack the key, so both steps continue from `cur`.
                if !self.has_property(cur, key)? {
                    return Ok(None);
                }
                return self.get(cur, key, receiver).map(Some);
            }
            match obj.props.get(key) {
                Some(Property { slot: Slot::Data(v), attrs }) if attrs & LAZY_VALUE == 0 => return Ok(Some(v)),
                Some(_) => return self.get(cur, key, receiver).map(Some),
                None => match obj.proto() {
                    Some(p) => cur = p,
                    None => return Ok(None),
                },
            }
        }
    }

    /// [[Get]] (ECMA-262 §10.1.8 OrdinaryGet)
    pub fn get(&mut self, o: ObjId, key: PropertyKey, receiver: Value) -> JsResult<Value> {
        self.tick()?;
        if let Some(p) = self.string_box_index(o, key)
            && let Slot::Data(v) = p.slot
        {
            return Ok(v);
        }
        let mut cur = o;
        loop {
            // Plain objects (RegExp instances too: only their slots are special) and named
            // keys: the shape or dictionary answers directly (no exotic behaviour applies;
            // elements only hold index keys).
            let obj = self.obj(cur);
            // Arrays: an element of the dense storage (default attributes) or `length` is
            // the answer; other named keys are looked up as for plain objects.
            if let ObjectKind::Array { length, .. } = obj.kind {
                match key {
                    PropertyKey::Index(i) => {
                        if let Some(&v) = obj.elements.get(i as usize)
                            && v != crate::value::Packed::EMPTY
                        {
                            return Ok(v.get());
                        }
                    }
                    PropertyKey::String(s) if s == self.names.length => return Ok(Value::Number(length as f64)),
                    _ => {}
                }
            }
            if matches!(obj.kind, ObjectKind::Ordinary | ObjectKind::RegExp { .. } | ObjectKind::Array { .. })
                && !matches!(key, PropertyKey::Index(_))
            {
                match obj.props.get(key) {
                    Some(Property { slot: Slot::Data(v), attrs }) if attrs & LAZY_VALUE == 0 => return Ok(v),
                    None => match obj.proto() {
                        Some(p) => {
                            cur = p;
                            continue;
                        }
                        None => return Ok(Value::Undefined),
                    },
                    Some(_) => {}
                }
            }
            if obj.is_proxy() {
                return self.proxy_get(cur, key, receiver);
            }
            if self.is_namespace_string_key(cur, key) {
                return self.namespace_get(cur, key);
            }
            if let Some(index) = self.typed_array_numeric_key(cur, key) {
                return Ok(self.typed_array_get_element(cur, index));
            }
            if let Some(p) = self.own_property(cur, key) {
                return match p.slot {
                    Slot::Data(v) if p.attrs & LAZY_VALUE != 0 => self.read_lazy_value(cur, key, v),
                    Slot::Data(v) => Ok(v),
                    Slot::Accessor(g, _) => {
                        if g.is_undefined() {
                            Ok(Value::Undefined)
                        } else {
                            self.call(g, receiver, &[])
                        }
                    }
                };
            }
            match self.obj(cur).proto() {
                Some(p) => cur = p,
                None => return Ok(Value::Undefined),
            }
        }
    }

    /// Replaces `o`'s element `i` if it is present in the dense storage, where an element is
    /// always an own writable data property (elements with other attributes live in the
    /// property map; mapped arguments keep theirs in the environment and are left out):
    /// true when done. [[Set]] with `o` as its own receiver ends the same way.
    pub(crate) fn write_present_element(&mut self, o: ObjId, i: u32, v: Value) -> bool {
        self.write_present_element_at(o, i, Packed::new(v))
    }

    /// [`write_present_element`](Self::write_present_element) for `o[n] = v` from the
    /// interpreter: the index a number, the value as the register holds it (packed).
    #[inline]
    pub(crate) fn write_present_element_packed(&mut self, o: ObjId, n: f64, v: Packed) -> bool {
        let i = n as u32;
        i as f64 == n && self.write_present_element_at(o, i, v)
    }

    #[inline]
    fn write_present_element_at(&mut self, o: ObjId, i: u32, v: Packed) -> bool {
        let obj = self.heap.obj_mut(o);
        if matches!(obj.kind, ObjectKind::Arguments(Some(_))) {
            return false;
        }
        match obj.elements.get_mut(i as usize) {
            Some(e) if *e != Packed::EMPTY => {
                *e = v;
                true
            }
            _ => false,
        }
    }

    /// [[Set]] (ECMA-262 §10.1.9 OrdinarySet)
    pub fn set(&mut self, o: ObjId, key: PropertyKey, v: Value, receiver: Value) -> JsResult<bool> {
        self.tick()?;
        // Fast path: own writable data property on the receiver itself.
        if receiver == Value::Object(o) {
            if let PropertyKey::Index(i) = key
                && self.write_present_element(o, i, v)
            {
                return Ok(true);
            }
            let obj = self.heap.obj_mut(o);
            if !matches!(key, PropertyKey::Index(_))
                && !matches!(obj.kind, ObjectKind::Array { .. } | ObjectKind::StringBox(_))
            {
                if obj.props.set_data_value(key, v) {
                    return Ok(true);
                }
                // A lazily captured stack is replaced without being formatted.
                if let Some(p) = obj.props.get(key)
                    && let Slot::Data(_) = p.slot
                    && p.attrs & (WRITABLE | LAZY_VALUE) == WRITABLE | LAZY_VALUE
                {
                    obj.props.insert(key, Property::data(v, p.attrs & !LAZY_VALUE));
                    return Ok(true);
                }
            }
        }
        let mut cur = Some(o);
        let mut own_desc = None;
        while let Some(c) = cur {
            if self.obj(c).is_proxy() {
                return self.proxy_set(c, key, v, receiver);
            }
            if self.is_namespace_string_key(c, key) {
                // [[Set]] (ECMA-262 §10.4.6.9): always false.
                return Ok(false);
            }
            // Typed array [[Set]] (ECMA-262 §10.4.5.5): the receiver's own element is
            // written in place; an invalid index on another receiver is a silent no-op.
            if let Some(index) = self.typed_array_numeric_key(c, key) {
                if receiver == Value::Object(c) {
                    self.typed_array_set_element(c, index, v)?;
                    return Ok(true);
                }
                if self.valid_integer_index(c, index).is_none() {
                    return Ok(true);
                }
                own_desc = Some(Property::data(Value::Undefined, DEFAULT_ATTRS));
                break;
            }
            if let Some(p) = self.own_property(c, key) {
                own_desc = Some(p);
                break;
            }
            cur = self.obj(c).proto();
        }
        let own_desc = own_desc.unwrap_or(Property::data(Value::Undefined, DEFAULT_ATTRS));
        match own_desc.slot {
            Slot::Data(_) => {
                if !own_desc.writable() {
                    return Ok(false);
                }
                let Value::Object(r) = receiver else {
                    return Ok(false);
                };
                match self.get_own_property(r, key)? {
                    Some(existing) => {
                        if existing.is_accessor() || existing.writable == Some(false) {
                            return Ok(false);
                        }
                        self.define_own_property(r, key, PropertyDescriptor { value: Some(v), ..Default::default() })
                    }
                    None => self.define_own_property(r, key, PropertyDescriptor::data(v, DEFAULT_ATTRS)),
                }
            }
            Slot::Accessor(_, setter) => {
                if setter.is_undefined() {
                    return Ok(false);
                }
                self.call(setter, receiver, &[v])?;
                Ok(true)
            }
        }
    }

    /// [[Delete]] (ECMA-262 §10.1.10)
    pub fn delete(&mut self, o: ObjId, key: PropertyKey) -> JsResult<bool> {
        if self.obj(o).is_proxy() {
            return self.proxy_delete(o, key);
        }
        if self.is_namespace_string_key(o, key) {
            return Ok(self.namespace_delete(o, key));
        }
        if let Some(index) = self.typed_array_numeric_key(o, key) {
            return Ok(self.valid_integer_index(o, index).is_none());
        }
        let Some(p) = self.own_property(o, key) else {
            return Ok(true);
        };
        if !p.configurable() {
            return Ok(false);
        }
        let obj = self.obj_mut(o);
        if let PropertyKey::Index(i) = key {
            if let Some(e) = obj.elements.get_mut(i as usize) {
                *e = Packed::EMPTY;
            }
            if let ObjectKind::Arguments(Some(m)) = &mut obj.kind
                && let Some(s) = m.map.get_mut(i as usize)
            {
                *s = None;
            }
            // Trim trailing holes.
            while obj.elements.last() == Some(&Packed::EMPTY) {
                obj.elements.pop();
            }
        }
        obj.props.remove(key);
        Ok(true)
    }

    /// [[OwnPropertyKeys]] (ECMA-262 §10.1.11): indices ascending, strings, symbols.
    pub fn own_property_keys(&mut self, o: ObjId) -> JsResult<Vec<PropertyKey>> {
        if self.obj(o).is_proxy() {
            return self.proxy_own_property_keys(o);
        }
        if matches!(self.obj(o).kind, ObjectKind::ModuleNamespace(_)) {
            return Ok(self.namespace_own_keys(o));
        }
        if matches!(self.obj(o).kind, ObjectKind::TypedArray(_)) {
            return Ok(self.typed_array_own_keys(o));
        }
        let obj = self.obj(o);
        let mut idx: Vec<u32> = Vec::new();
        if let ObjectKind::StringBox(s) = obj.kind {
            idx.extend(0..self.heap.str(s).len() as u32);
        }
        for (i, v) in obj.elements.iter().enumerate() {
            if *v != Packed::EMPTY {
                idx.push(i as u32);
            }
        }
        let mut strs = Vec::new();
        let mut syms = Vec::new();
        let mut extra_idx = Vec::new();
        for k in obj.props.keys() {
            match k {
                PropertyKey::Index(i) => extra_idx.push(i),
                PropertyKey::String(_) => strs.push(k),
                PropertyKey::Symbol(s) => {
                    if !self.heap.sym(s).private {
                        syms.push(k)
                    }
                }
            }
        }
        if !extra_idx.is_empty() {
            idx.extend(extra_idx);
            idx.sort_unstable();
            idx.dedup();
        }
        let mut out: Vec<PropertyKey> = idx.into_iter().map(PropertyKey::Index).collect();
        if matches!(obj.kind, ObjectKind::Array { .. } | ObjectKind::StringBox(_)) {
            out.push(PropertyKey::String(self.names.length));
        }
        out.extend(strs);
        out.extend(syms);
        Ok(out)
    }

    // Convenience wrappers used by built-ins.

    /// Get(O, P) with a string key.
    pub fn get_str(&mut self, o: ObjId, name: &str) -> JsResult<Value> {
        let k = self.key_str(name);
        self.get(o, k, Value::Object(o))
    }

    /// The property key for a Rust string (interned).
    pub fn key_str(&mut self, name: &str) -> PropertyKey {
        crate::heap::with_utf16(name, |units| match crate::value::string::as_array_index(units) {
            Some(i) => PropertyKey::Index(i),
            None => PropertyKey::String(self.heap.intern(units)),
        })
    }

    /// CreateDataProperty (ECMA-262 §7.3.5)
    pub fn create_data_property(&mut self, o: ObjId, key: PropertyKey, v: Value) -> JsResult<bool> {
        self.define_own_property(o, key, PropertyDescriptor::data(v, DEFAULT_ATTRS))
    }

    /// CreateDataPropertyOrThrow (ECMA-262 §7.3.7)
    pub fn create_data_property_or_throw(&mut self, o: ObjId, key: PropertyKey, v: Value) -> JsResult<()> {
        if !self.create_data_property(o, key, v)? {
            return Err(self.type_error("Cannot define property"));
        }
        Ok(())
    }

    /// DefinePropertyOrThrow (ECMA-262 §7.3.8)
    pub fn define_property_or_throw(&mut self, o: ObjId, key: PropertyKey, desc: PropertyDescriptor) -> JsResult<()> {
        if !self.define_own_property(o, key, desc)? {
            let name = self.key_display(key);
            return Err(self.type_error(&format!("Cannot redefine property: {name}")));
        }
        Ok(())
    }

    /// Set(O, P, V, Throw)
    pub fn set_prop(&mut self, o: ObjId, key: PropertyKey, v: Value, throw: bool) -> JsResult<()> {
        let ok = self.set(o, key, v, Value::Object(o))?;
        if !ok && throw {
            let name = self.key_display(key);
            return Err(self.type_error(&format!("Cannot assign to read only property '{name}' of object")));
        }
        Ok(())
    }

    /// Installs a data property directly (setting up built-ins; no checks).
    pub fn define_direct(&mut self, o: ObjId, key: PropertyKey, v: Value, attrs: u8) {
        self.store_property(o, key, Property::data(v, attrs));
    }

    /// Adds data properties with named keys the object does not have yet (a new object's
    /// own properties: a closure's `length` and `name`), charging the growth once.
    pub fn add_fresh_properties(&mut self, o: ObjId, props: &[(PropertyKey, Value, u8)]) {
        let props_map = &mut self.heap.obj_mut(o).props;
        let before = props_map.heap_bytes();
        for &(key, v, attrs) in props {
            debug_assert!(!matches!(key, PropertyKey::Index(_)) && !props_map.contains(key));
            props_map.insert(key, Property::data(v, attrs));
        }
        let grown = props_map.heap_bytes().saturating_sub(before);
        self.heap.charge(grown);
    }

    /// Human-readable form of a key for error messages.
    pub fn key_display(&self, key: PropertyKey) -> String {
        match key {
            PropertyKey::Index(i) => i.to_string(),
            PropertyKey::String(s) => self.rust_string(s),
            PropertyKey::Symbol(s) => {
                let d = self.heap.sym(s).description.map(|d| self.rust_string(d)).unwrap_or_default();
                format!("Symbol({d})")
            }
        }
    }

    /// LengthOfArrayLike (ECMA-262 §7.3.18)
    pub fn length_of_array_like(&mut self, o: ObjId) -> JsResult<f64> {
        if let ObjectKind::Array { length, .. } = self.obj(o).kind {
            return Ok(length as f64);
        }
        let v = self.get(o, PropertyKey::String(self.names.length), Value::Object(o))?;
        self.to_length(v)
    }
}
