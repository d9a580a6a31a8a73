//! Realms (ECMA-262 §9.3): intrinsics and the global object.

use crate::hash::IdMap;
use crate::object::property::*;
use crate::object::{NativeFn, Object, ObjectKind};
use crate::value::{ObjId, Packed, StrId, SymId, Value};
use crate::vm::{JsResult, Vm};
use std::collections::HashSet;

/// A global lexical binding (let/const/class at script top level).
pub struct GlobalLex {
    pub value: Value,
    pub mutable: bool,
}

/// The global environment's declarative record (ECMA-262 §9.1.1.4 [[DeclarativeRecord]]):
/// names to bindings. Bindings are never removed, so each keeps its position for good and
/// inline caches hold positions; the count of names tells a cache of a global object
/// property whether a lexical binding may now shadow it.
#[derive(Default)]
pub struct GlobalLexicals {
    index: IdMap<StrId, u32>,
    bindings: Vec<(StrId, GlobalLex)>,
}

impl GlobalLexicals {
    pub fn get(&self, n: &StrId) -> Option<&GlobalLex> {
        self.index.get(n).map(|&i| &self.bindings[i as usize].1)
    }
    pub fn get_mut(&mut self, n: &StrId) -> Option<&mut GlobalLex> {
        self.index.get(n).map(|&i| &mut self.bindings[i as usize].1)
    }
    pub fn contains_key(&self, n: &StrId) -> bool {
        self.index.contains_key(n)
    }
    /// Adds a binding, or replaces the one of that name.
    pub fn insert(&mut self, n: StrId, binding: GlobalLex) {
        match self.index.get(&n) {
            Some(&i) => self.bindings[i as usize].1 = binding,
            None => {
                self.index.insert(n, self.bindings.len() as u32);
                self.bindings.push((n, binding));
            }
        }
    }
    pub fn position(&self, n: &StrId) -> Option<u32> {
        self.index.get(n).copied()
    }
    pub fn at(&self, i: u32) -> &GlobalLex {
        &self.bindings[i as usize].1
    }
    pub fn at_mut(&mut self, i: u32) -> &mut GlobalLex {
        &mut self.bindings[i as usize].1
    }
    pub fn len(&self) -> usize {
        self.bindings.len()
    }
    pub fn is_empty(&self) -> bool {
        self.bindings.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = (&StrId, &GlobalLex)> {
        self.bindings.iter().map(|(n, b)| (n, b))
    }
}

/// The intrinsic objects a realm needs by name.
pub struct Intrinsics {
    pub object_prototype: ObjId,
    pub function_prototype: ObjId,
    pub array_prototype: ObjId,
    pub string_prototype: ObjId,
    pub number_prototype: ObjId,
    pub boolean_prototype: ObjId,
    pub symbol_prototype: ObjId,
    pub error_prototype: ObjId,
    pub type_error_prototype: ObjId,
    pub range_error_prototype: ObjId,
    pub reference_error_prototype: ObjId,
    pub syntax_error_prototype: ObjId,
    pub eval_error_prototype: ObjId,
    pub uri_error_prototype: ObjId,
    pub iterator_prototype: ObjId,
    pub array_iterator_prototype: ObjId,
    pub array_iterator_next: ObjId,
    pub string_iterator_prototype: ObjId,
    /// %Array.prototype.values%
    pub array_values: ObjId,
    /// %ThrowTypeError%
    pub throw_type_error: ObjId,
    pub eval: ObjId,
    pub object: ObjId,
    pub function: ObjId,
    pub array: ObjId,
    pub regexp: Option<ObjId>,
    /// %GeneratorPrototype%.next, compared on every for-of step (the inline-resume fast path).
    pub generator_next: Option<ObjId>,
    /// %Function.prototype.call% and %Function.prototype.apply%, which a call from bytecode
    /// performs itself (`Vm::call_or_apply_from_bytecode`).
    pub function_call: Option<ObjId>,
    pub function_apply: Option<ObjId>,
    /// %Reflect.apply% (once the realm's `Reflect` exists), performed in the loop too.
    pub reflect_apply: Option<ObjId>,
    /// %Promise% and %Promise.prototype% (compared when `then` creates derived promises).
    pub promise: Option<ObjId>,
    pub promise_prototype: Option<ObjId>,
    /// %Promise.prototype.then%, whose unmodified presence lets PromiseResolve skip a lookup.
    pub promise_then: Option<ObjId>,
    /// %Promise%'s `get [Symbol.species]` (it returns its receiver): SpeciesConstructor of a
    /// promise that finds it need not call it (`Vm::species_constructor`).
    pub promise_species_getter: Option<ObjId>,
    /// Further intrinsics registered by built-in modules (by spec name, e.g. "%Map%").
    pub extra: IdMap<&'static str, ObjId>,
    /// What `ta.length` reads without calling its getter checks (see `typed_array_length_fast`).
    pub typed_array_length: Option<crate::binary::TypedArrayLengthIntrinsics>,
}

/// A realm record.
pub struct Realm {
    pub intrinsics: Intrinsics,
    pub global: ObjId,
    pub global_this: ObjId,
    pub global_lex: GlobalLexicals,
    /// [[VarNames]] of the global environment record.
    pub var_names: HashSet<StrId>,
    /// Interned one-unit strings for code units < 256.
    pub single_chars: Vec<Option<StrId>>,
}

impl Realm {
    /// Every heap value the realm keeps alive.
    pub fn roots(&self) -> Vec<Value> {
        let i = &self.intrinsics;
        let mut v: Vec<Value> = [
            i.object_prototype,
            i.function_prototype,
            i.array_prototype,
            i.string_prototype,
            i.number_prototype,
            i.boolean_prototype,
            i.symbol_prototype,
            i.error_prototype,
            i.type_error_prototype,
            i.range_error_prototype,
            i.reference_error_prototype,
            i.syntax_error_prototype,
            i.eval_error_prototype,
            i.uri_error_prototype,
            i.iterator_prototype,
            i.array_iterator_prototype,
            i.array_iterator_next,
            i.string_iterator_prototype,
            i.array_values,
            i.throw_type_error,
            i.eval,
            i.object,
            i.function,
            i.array,
            self.global,
            self.global_this,
        ]
        .into_iter()
        .map(Value::Object)
        .collect();
        if let Some(r) = i.regexp {
            v.push(Value::Object(r));
        }
        for r in [i.promise, i.promise_prototype, i.promise_then, i.promise_species_getter].into_iter().flatten() {
            v.push(Value::Object(r));
        }
        for r in [i.generator_next, i.function_call, i.function_apply].into_iter().flatten() {
            v.push(Value::Object(r));
        }
        v.extend(i.extra.values().map(|o| Value::Object(*o)));
        for (k, l) in self.global_lex.iter() {
            v.push(Value::String(*k));
            v.push(l.value);
        }
        v.extend(self.var_names.iter().map(|s| Value::String(*s)));
        v.extend(self.single_chars.iter().flatten().map(|s| Value::String(*s)));
        v
    }
}

fn placeholder() -> ObjId {
    ObjId(u32::MAX)
}

/// Creates a realm with all built-ins and returns its index (CreateRealm + SetRealmGlobalObject
/// + SetDefaultGlobalBindings).
pub fn create_realm(vm: &mut Vm) -> u32 {
    let h = &mut vm.heap;
    let object_prototype = h.alloc_object(Object::new(None, ObjectKind::Ordinary));
    let mk = |h: &mut crate::heap::Heap, kind| h.alloc_object(Object::new(Some(object_prototype), kind));
    let function_prototype = h.alloc_object(Object::new(
        Some(object_prototype),
        ObjectKind::Native {
            f: crate::builtins::function::function_prototype_call_noop,
            is_ctor: false,
            realm: 0,
            slots: thin_vec::ThinVec::new(),
        },
    ));
    let array_prototype = mk(h, ObjectKind::Array { length: 0, length_writable: true });
    let empty = h.intern_str("");
    let string_prototype = mk(h, ObjectKind::StringBox(empty));
    let number_prototype = mk(h, ObjectKind::NumberBox(0.0));
    let boolean_prototype = mk(h, ObjectKind::BooleanBox(false));
    let symbol_prototype = mk(h, ObjectKind::Ordinary);
    let error_prototype = mk(h, ObjectKind::Ordinary);
    let mut native_error = || h.alloc_object(Object::new(Some(error_prototype), ObjectKind::Ordinary));
    let type_error_prototype = native_error();
    let range_error_prototype = native_error();
    let reference_error_prototype = native_error();
    let syntax_error_prototype = native_error();
    let eval_error_prototype = native_error();
    let uri_error_prototype = native_error();
    let iterator_prototype = mk(h, ObjectKind::Ordinary);
    let array_iterator_prototype = h.alloc_object(Object::new(Some(iterator_prototype), ObjectKind::Ordinary));
    let string_iterator_prototype = h.alloc_object(Object::new(Some(iterator_prototype), ObjectKind::Ordinary));
    let global = mk(h, ObjectKind::Ordinary);
    let mut single_chars = Vec::with_capacity(256);
    for c in 0u16..256 {
        single_chars.push(Some(h.intern(&[c])));
    }
    let realm_index = vm.realms.len() as u32;
    vm.realms.push(Realm {
        intrinsics: Intrinsics {
            object_prototype,
            function_prototype,
            array_prototype,
            string_prototype,
            number_prototype,
            boolean_prototype,
            symbol_prototype,
            error_prototype,
            type_error_prototype,
            range_error_prototype,
            reference_error_prototype,
            syntax_error_prototype,
            eval_error_prototype,
            uri_error_prototype,
            iterator_prototype,
            array_iterator_prototype,
            array_iterator_next: placeholder(),
            string_iterator_prototype,
            array_values: placeholder(),
            throw_type_error: placeholder(),
            eval: placeholder(),
            object: placeholder(),
            function: placeholder(),
            array: placeholder(),
            regexp: None,
            generator_next: None,
            function_call: None,
            function_apply: None,
            reflect_apply: None,
            promise: None,
            promise_prototype: None,
            promise_then: None,
            promise_species_getter: None,
            extra: IdMap::default(),
            typed_array_length: None,
        },
        global,
        global_this: global,
        global_lex: GlobalLexicals::default(),
        var_names: HashSet::new(),
        single_chars,
    });
    if let ObjectKind::Native { realm, .. } = &mut vm.heap.obj_mut(function_prototype).kind {
        *realm = realm_index;
    }
    let saved = vm.realm;
    vm.realm = realm_index;
    crate::builtins::init_realm(vm);
    vm.realm = saved;
    realm_index
}

impl Vm {
    /// Creates a built-in function object (CreateBuiltinFunction, ECMA-262 §10.3.4).
    /// OrdinaryObjectCreate(%Object.prototype%) (ECMA-262 §10.1.12)
    pub fn new_object(&mut self) -> ObjId {
        let proto = self.intrinsics().object_prototype;
        self.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary))
    }

    /// OrdinaryObjectCreate(proto) with CreateDataProperty for each of `fields` (distinct
    /// keys): a record a host builds for script. A record built like an earlier one follows
    /// the shape's transitions without looking the keys up. The values must be rooted.
    pub fn new_record(&mut self, proto: Option<ObjId>, fields: &[(PropertyKey, Value)]) -> JsResult<ObjId> {
        let o = self.heap.alloc_object(Object::new(proto, ObjectKind::Ordinary));
        for &(key, v) in fields {
            match self.heap.obj_mut(o).props.push_by_transition(key, DEFAULT_ATTRS, v) {
                Some(grown) => self.heap.charge(grown),
                None => self.create_data_property_or_throw(o, key, v)?,
            }
        }
        Ok(o)
    }

    pub fn new_native(&mut self, name: &str, length: u32, f: NativeFn, is_ctor: bool) -> ObjId {
        // Interned: a built-in's name is usually also the key it is stored under, so the
        // two share one string.
        let name = self.heap.intern_str(name);
        self.new_native_named(name, length, f, is_ctor)
    }

    /// `new_native` with its name already interned.
    fn new_native_named(&mut self, name: StrId, length: u32, f: NativeFn, is_ctor: bool) -> ObjId {
        let realm = self.realm;
        let proto = self.realms[realm as usize].intrinsics.function_prototype;
        let name = Value::String(name);
        let mut object =
            Object::new(Some(proto), ObjectKind::Native { f, is_ctor, realm, slots: thin_vec::ThinVec::new() });
        // `length` then `name`, both configurable only (ECMA-262 §10.3.4 CreateBuiltinFunction):
        // the shape a closure without `prototype` has, given whole.
        // Both slots inline (built-in closures are made per promise and per `Promise.all`
        // element).
        let values =
            crate::object::property::SlotVec::pair(Packed::new(Value::Number(length as f64)), Packed::new(name));
        object.props = PropertyMap::with_shape(self.function_shape(false, false), values);
        self.heap.alloc_object(object)
    }

    /// A built-in closure (CreateBuiltinFunction with internal slots): a native function
    /// whose `slots` hold the values the spec's abstract closure captures.
    pub fn new_builtin_closure(&mut self, name: &str, length: u32, f: NativeFn, slots: &[Value]) -> ObjId {
        // Most are anonymous (a promise's resolving functions: two per promise): no lookup.
        let name = if name.is_empty() { self.names.empty } else { self.heap.intern_str(name) };
        let func = self.new_native_named(name, length, f, false);
        if let ObjectKind::Native { slots: s, .. } = &mut self.obj_mut(func).kind {
            *s = thin_vec::ThinVec::from(slots);
        }
        func
    }

    /// The internal slots of a built-in closure (empty for anything else).
    pub fn native_slots(&self, f: ObjId) -> &[Value] {
        match &self.obj(f).kind {
            ObjectKind::Native { slots, .. } => slots,
            _ => &[],
        }
    }

    /// Sets internal slot `i` of a built-in closure.
    pub fn set_native_slot(&mut self, f: ObjId, i: usize, v: Value) {
        if let ObjectKind::Native { slots, .. } = &mut self.obj_mut(f).kind
            && let Some(slot) = slots.get_mut(i)
        {
            *slot = v;
        }
    }

    /// Defines a built-in method `name` on `obj` (writable, configurable, not enumerable).
    pub fn def_method(&mut self, obj: ObjId, name: &str, length: u32, f: NativeFn) -> ObjId {
        let k = self.key_str(name);
        let func = match k {
            // The key's interned string is the name: one table lookup for both.
            PropertyKey::String(id) => self.new_native_named(id, length, f, false),
            _ => self.new_native(name, length, f, false),
        };
        self.define_direct(obj, k, Value::Object(func), HIDDEN);
        func
    }

    /// Defines a symbol-keyed built-in method; its name is "[description]" unless given.
    pub fn def_method_sym(&mut self, obj: ObjId, sym: SymId, name: &str, length: u32, f: NativeFn) -> ObjId {
        let func = self.new_native(name, length, f, false);
        self.define_direct(obj, PropertyKey::Symbol(sym), Value::Object(func), HIDDEN);
        func
    }

    /// Defines a data property with the given attributes.
    pub fn def_value(&mut self, obj: ObjId, name: &str, v: Value, attrs: u8) {
        let k = self.key_str(name);
        self.define_direct(obj, k, v, attrs);
    }

    /// Defines an accessor property with a built-in getter (and optional setter).
    pub fn def_accessor(
        &mut self,
        obj: ObjId,
        key: PropertyKey,
        name: &str,
        get: Option<NativeFn>,
        set: Option<NativeFn>,
    ) {
        let g = get
            .map(|f| Value::Object(self.new_native(&format!("get {name}"), 0, f, false)))
            .unwrap_or(Value::Undefined);
        let s = set
            .map(|f| Value::Object(self.new_native(&format!("set {name}"), 1, f, false)))
            .unwrap_or(Value::Undefined);
        self.store_property(obj, key, Property { slot: Slot::Accessor(g, s), attrs: CONFIGURABLE });
    }

    /// A built-in constructor linked with `proto` both ways (`prototype`: not writable,
    /// enumerable or configurable; `constructor`: writable and configurable).
    pub fn new_constructor(&mut self, name: &str, length: u32, f: NativeFn, proto: ObjId) -> ObjId {
        let c = self.new_native(name, length, f, true);
        self.define_direct(c, PropertyKey::String(self.names.prototype), Value::Object(proto), 0);
        self.define_direct(proto, PropertyKey::String(self.names.constructor), Value::Object(c), HIDDEN);
        c
    }

    /// Creates a constructor function with its `prototype` link (both directions) and
    /// defines it as the global `name`.
    pub fn def_constructor(&mut self, name: &str, length: u32, f: NativeFn, proto: ObjId) -> ObjId {
        let c = self.new_constructor(name, length, f, proto);
        let g = self.global_object();
        self.def_value(g, name, Value::Object(c), HIDDEN);
        c
    }

    /// Mutable access to the current realm's intrinsics.
    pub fn intrinsics_mut(&mut self) -> &mut Intrinsics {
        let r = self.realm as usize;
        &mut self.realms[r].intrinsics
    }

    pub fn intrinsics(&self) -> &Intrinsics {
        &self.realms[self.realm as usize].intrinsics
    }
}
