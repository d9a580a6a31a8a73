//! Global bindings, by-name resolution through environment records (for `with` and eval),
//! GlobalDeclarationInstantiation (ECMA-262 §16.1.7) and PerformEval (§19.2.1.1).

use super::{JsResult, Vm};
use crate::bytecode::{Code, FunctionKind};
use crate::compiler::Mode;
use crate::heap::EnvKind;
use crate::object::property::*;
use crate::realm::GlobalLex;
use crate::value::{EnvId, Packed, StrId, Value};
use std::rc::Rc;

impl Vm {
    fn name_of(&self, v: Value) -> StrId {
        match v {
            Value::String(s) => s,
            _ => self.names.empty,
        }
    }

    /// GlobalDeclarationInstantiation (ECMA-262 §16.1.7).
    pub(crate) fn global_declaration_instantiation(&mut self, code: &Code) -> JsResult<()> {
        self.declare_globals(code, false)
    }

    fn declare_globals(&mut self, code: &Code, deletable: bool) -> JsResult<()> {
        let top = code.top_level().clone();
        let global = self.global_object();
        for (name, _) in &top.lexical_names {
            let n = self.heap.intern_str(name);
            let realm = &self.realms[self.realm as usize];
            if realm.var_names.contains(&n) || realm.global_lex.contains_key(&n) {
                return Err(self.syntax_error(&format!("Identifier '{name}' has already been declared")));
            }
            if let Some(p) = self.own_property(global, PropertyKey::String(n))
                && !p.configurable()
            {
                return Err(self.syntax_error(&format!("Identifier '{name}' has already been declared")));
            }
        }
        for name in top.var_names.iter().chain(top.function_names.iter()) {
            let n = self.heap.intern_str(name);
            if self.realms[self.realm as usize].global_lex.contains_key(&n) {
                return Err(self.syntax_error(&format!("Identifier '{name}' has already been declared")));
            }
        }
        for name in &top.function_names {
            let key = self.key_str(name);
            let ok = match self.own_property(global, key) {
                None => self.obj(global).extensible,
                Some(p) => p.configurable() || (matches!(p.slot, Slot::Data(_)) && p.writable() && p.enumerable()),
            };
            if !ok {
                return Err(self.type_error(&format!("Cannot redefine global function '{name}'")));
            }
        }
        for name in &top.var_names {
            let key = self.key_str(name);
            if self.own_property(global, key).is_none() && !self.obj(global).extensible {
                return Err(self.type_error(&format!("Cannot define global variable '{name}'")));
            }
        }
        for (name, is_const) in &top.lexical_names {
            let n = self.heap.intern_str(name);
            self.realms[self.realm as usize]
                .global_lex
                .insert(n, GlobalLex { value: Value::Empty, mutable: !is_const });
        }
        for name in top.var_names.iter().chain(top.function_names.iter()) {
            let key = self.key_str(name);
            if self.own_property(global, key).is_none() {
                let attrs = if deletable { DEFAULT_ATTRS } else { WRITABLE | ENUMERABLE };
                self.define_property_or_throw(global, key, PropertyDescriptor::data(Value::Undefined, attrs))?;
            }
            if let PropertyKey::String(s) = key {
                self.realms[self.realm as usize].var_names.insert(s);
            }
        }
        Ok(())
    }

    pub(crate) fn get_global(&mut self, name: Value, or_undef: bool) -> JsResult<Value> {
        let n = self.name_of(name);
        if let Some(l) = self.realms[self.realm as usize].global_lex.get(&n) {
            if l.value == Value::Empty {
                let s = self.rust_string(n);
                return Err(self.reference_error(&format!("Cannot access '{s}' before initialization")));
            }
            return Ok(l.value);
        }
        let global = self.global_object();
        let key = self.string_key(n);
        // Fast path: own data property (a lazy one is computed by the [[Get]] below).
        if let Some(p) = self.obj(global).props.get(key)
            && let Slot::Data(v) = p.slot
            && p.attrs & LAZY_VALUE == 0
        {
            return Ok(v);
        }
        if self.has_property(global, key)? {
            return self.get(global, key, Value::Object(global));
        }
        if or_undef {
            return Ok(Value::Undefined);
        }
        let s = self.rust_string(n);
        Err(self.reference_error(&format!("{s} is not defined")))
    }

    pub(crate) fn set_global(&mut self, name: Value, v: Value, strict: bool) -> JsResult<()> {
        let n = self.name_of(name);
        if let Some(l) = self.realms[self.realm as usize].global_lex.get_mut(&n) {
            if l.value == Value::Empty {
                let s = self.rust_string(n);
                return Err(self.reference_error(&format!("Cannot access '{s}' before initialization")));
            }
            if !l.mutable {
                return Err(self.type_error("Assignment to constant variable."));
            }
            l.value = v;
            return Ok(());
        }
        let global = self.global_object();
        let key = self.string_key(n);
        if self.obj_mut(global).props.set_data_value(key, v) {
            return Ok(());
        }
        if strict && !self.has_property(global, key)? {
            let s = self.rust_string(n);
            return Err(self.reference_error(&format!("{s} is not defined")));
        }
        let ok = self.set(global, key, v, Value::Object(global))?;
        if !ok && strict {
            let s = self.rust_string(n);
            return Err(self.type_error(&format!("Cannot assign to read only property '{s}' of object")));
        }
        Ok(())
    }

    pub(crate) fn init_global_lex(&mut self, name: Value, v: Value) {
        let n = self.name_of(name);
        if let Some(l) = self.realms[self.realm as usize].global_lex.get_mut(&n) {
            l.value = v;
        } else {
            // Global var initialized through a declaration path.
            let global = self.global_object();
            let key = self.string_key(n);
            let _ = self.set(global, key, v, Value::Object(global));
        }
    }

    /// CreateGlobalFunctionBinding (ECMA-262 §9.1.1.4.18); `deletable` is D (eval code).
    pub(crate) fn init_global_function(&mut self, name: Value, v: Value, deletable: bool) -> JsResult<()> {
        let n = self.name_of(name);
        let global = self.global_object();
        let key = self.string_key(n);
        let desc = match self.own_property(global, key) {
            Some(p) if !p.configurable() => PropertyDescriptor { value: Some(v), ..Default::default() },
            _ if deletable => PropertyDescriptor::data(v, DEFAULT_ATTRS),
            _ => PropertyDescriptor::data(v, WRITABLE | ENUMERABLE),
        };
        self.define_property_or_throw(global, key, desc)?;
        self.set(global, key, v, Value::Object(global))?;
        Ok(())
    }

    /// Looks `name` up through the environment chain; returns (value, this for calls).
    pub(crate) fn get_name(&mut self, env: Option<EnvId>, name: Value, or_undef: bool) -> JsResult<(Value, Value)> {
        let n = self.name_of(name);
        let text = self.rust_string(n);
        let mut cur = env;
        while let Some(e) = cur {
            match self.lookup_in_env(e, n, &text)? {
                Found::Slot(slot) => {
                    let v = self.heap.env(e).slots[slot].get();
                    if v == Value::Empty {
                        return Err(self.reference_error(&format!("Cannot access '{text}' before initialization")));
                    }
                    return Ok((v, Value::Undefined));
                }
                Found::Extra(i) => {
                    let EnvKind::EvalVars(_, extra) = &self.heap.env(e).kind else { unreachable!() };
                    return Ok((extra[i].1, Value::Undefined));
                }
                Found::Import(i) => return Ok((self.read_import(e, i)?, Value::Undefined)),
                Found::Object(o) => {
                    // Object Environment Record GetBindingValue (ECMA-262 §9.1.1.2.6): the
                    // binding may have gone since it was found (an @@unscopables getter).
                    let key = self.string_key(n);
                    if !self.has_property(o, key)? {
                        let strict = self.frames.last().is_some_and(|f| f.code.strict);
                        if strict && !or_undef {
                            return Err(self.reference_error(&format!("{text} is not defined")));
                        }
                        return Ok((Value::Undefined, Value::Object(o)));
                    }
                    let v = self.get(o, key, Value::Object(o))?;
                    return Ok((v, Value::Object(o)));
                }
                Found::No => {}
            }
            cur = self.heap.env(e).parent;
        }
        Ok((self.get_global(name, or_undef)?, Value::Undefined))
    }

    pub(crate) fn set_name(
        &mut self,
        env: Option<EnvId>,
        name: Value,
        v: Value,
        strict: bool,
        init: bool,
    ) -> JsResult<()> {
        let n = self.name_of(name);
        let text = self.rust_string(n);
        let mut cur = env;
        while let Some(e) = cur {
            match self.lookup_in_env(e, n, &text)? {
                Found::Slot(slot) => {
                    let (is_const, is_lex) = self.binding_flags(e, slot);
                    let old = self.heap.env(e).slots[slot].get();
                    if !init {
                        if is_lex && old == Value::Empty {
                            return Err(self.reference_error(&format!("Cannot access '{text}' before initialization")));
                        }
                        if is_const {
                            if !is_lex && !strict {
                                // A named function expression's own name: ignored in sloppy code.
                                return Ok(());
                            }
                            return Err(self.type_error("Assignment to constant variable."));
                        }
                    }
                    self.heap.env_mut(e).slots[slot] = Packed::new(v);
                    return Ok(());
                }
                Found::Extra(i) => {
                    if let EnvKind::EvalVars(_, extra) = &mut self.heap.env_mut(e).kind {
                        extra[i].1 = v;
                    }
                    return Ok(());
                }
                Found::Import(i) => {
                    // Import bindings are immutable (ECMA-262 §9.1.1.5.5).
                    self.read_import(e, i)?;
                    return Err(self.type_error("Assignment to constant variable."));
                }
                Found::Object(o) => {
                    let key = self.string_key(n);
                    let still = self.has_property(o, key)?;
                    if !still && strict {
                        return Err(self.reference_error(&format!("{text} is not defined")));
                    }
                    let ok = self.set(o, key, v, Value::Object(o))?;
                    if !ok && strict {
                        return Err(self.type_error(&format!("Cannot assign to read only property '{text}' of object")));
                    }
                    return Ok(());
                }
                Found::No => {}
            }
            cur = self.heap.env(e).parent;
        }
        if init && self.realms[self.realm as usize].global_lex.contains_key(&n) {
            self.init_global_lex(name, v);
            return Ok(());
        }
        self.set_global(name, v, strict)
    }

    /// ResolveBinding (ECMA-262 §9.4.2): the reference's base.
    pub(crate) fn resolve_binding(&mut self, env: Option<EnvId>, name: Value) -> JsResult<Value> {
        let n = self.name_of(name);
        let text = self.rust_string(n);
        let mut cur = env;
        while let Some(e) = cur {
            match self.lookup_in_env(e, n, &text)? {
                Found::Slot(_) | Found::Extra(_) | Found::Import(_) => return Ok(Value::Env(e)),
                Found::Object(o) => return Ok(Value::Object(o)),
                Found::No => {}
            }
            cur = self.heap.env(e).parent;
        }
        // The global environment: undefined = found there, null = unresolvable.
        let n = self.name_of(name);
        if self.realms[self.realm as usize].global_lex.contains_key(&n) {
            return Ok(Value::Undefined);
        }
        let global = self.global_object();
        let key = self.string_key(n);
        Ok(if self.has_property(global, key)? { Value::Undefined } else { Value::Null })
    }

    /// GetValue on a resolved name reference.
    pub(crate) fn get_name_ref(&mut self, base: Value, name: Value) -> JsResult<Value> {
        match base {
            Value::Env(e) => Ok(self.get_name(Some(e), name, false)?.0),
            Value::Object(o) => {
                let n = self.name_of(name);
                let key = self.string_key(n);
                if !self.has_property(o, key)? {
                    return Ok(Value::Undefined);
                }
                self.get(o, key, base)
            }
            _ => self.get_global(name, false),
        }
    }

    // (A `Value::Null` base marks a reference that was unresolvable when evaluated.)

    /// PutValue on a resolved name reference.
    pub(crate) fn set_name_ref(&mut self, base: Value, name: Value, v: Value, strict: bool) -> JsResult<()> {
        match base {
            Value::Env(e) => self.set_name(Some(e), name, v, strict, false),
            Value::Object(o) => {
                let n = self.name_of(name);
                let key = self.string_key(n);
                let still = self.has_property(o, key)?;
                if !still && strict {
                    let t = self.rust_string(n);
                    return Err(self.reference_error(&format!("{t} is not defined")));
                }
                let ok = self.set(o, key, v, base)?;
                if !ok && strict {
                    let t = self.rust_string(n);
                    return Err(self.type_error(&format!("Cannot assign to read only property '{t}' of object")));
                }
                Ok(())
            }
            Value::Null if strict => {
                let t = self.rust_string(self.name_of(name));
                Err(self.reference_error(&format!("{t} is not defined")))
            }
            _ => self.set_global(name, v, strict),
        }
    }

    fn binding_flags(&self, e: EnvId, slot: usize) -> (bool, bool) {
        match &self.heap.env(e).kind {
            EnvKind::Declarative(Some(n)) | EnvKind::EvalVars(Some(n), _) => {
                n.names.get(slot).map_or((false, false), |x| (x.2, x.1))
            }
            EnvKind::Module(m) => m.names.names.get(slot).map_or((false, false), |x| (x.2, x.1)),
            _ => (false, false),
        }
    }

    pub(crate) fn delete_name(&mut self, env: Option<EnvId>, name: Value) -> JsResult<bool> {
        let n = self.name_of(name);
        let text = self.rust_string(n);
        let mut cur = env;
        while let Some(e) = cur {
            match self.lookup_in_env(e, n, &text)? {
                Found::Slot(_) | Found::Import(_) => return Ok(false),
                Found::Extra(i) => {
                    if let EnvKind::EvalVars(_, extra) = &mut self.heap.env_mut(e).kind {
                        extra.remove(i);
                    }
                    return Ok(true);
                }
                Found::Object(o) => {
                    let key = self.string_key(n);
                    return self.delete(o, key);
                }
                Found::No => {}
            }
            cur = self.heap.env(e).parent;
        }
        if self.realms[self.realm as usize].global_lex.contains_key(&n) {
            return Ok(false);
        }
        let global = self.global_object();
        let key = self.string_key(n);
        let ok = self.delete(global, key)?;
        if ok && let PropertyKey::String(s) = key {
            self.realms[self.realm as usize].var_names.remove(&s);
        }
        Ok(ok)
    }

    /// Declares a `var` of sloppy direct eval code in the nearest variable environment.
    pub(crate) fn declare_eval_var(
        &mut self,
        env: Option<EnvId>,
        name: Value,
        is_fn: bool,
        check: bool,
    ) -> JsResult<()> {
        let n = self.name_of(name);
        let text = self.rust_string(n);
        let mut cur = env;
        while let Some(e) = cur {
            // A lexical declaration with the same name in between is a conflict.
            if let EnvKind::Declarative(Some(names)) | EnvKind::EvalVars(Some(names), _) = &self.heap.env(e).kind
                && names.names.iter().any(|(nm, lex, _)| *lex && *nm == text)
            {
                return Err(self.syntax_error(&format!("Identifier '{text}' has already been declared")));
            }
            if let EnvKind::EvalVars(names, extra) = &self.heap.env(e).kind {
                let exists = names.as_ref().is_some_and(|ns| ns.names.iter().any(|(nm, _, _)| *nm == text))
                    || extra.iter().any(|(k, _)| self.str_eq(*k, n));
                if !exists
                    && !check
                    && let EnvKind::EvalVars(_, extra) = &mut self.heap.env_mut(e).kind
                {
                    extra.push((n, Value::Undefined));
                }
                return Ok(());
            }
            cur = self.heap.env(e).parent;
        }
        if self.realms[self.realm as usize].global_lex.contains_key(&n) {
            return Err(self.syntax_error(&format!("Identifier '{text}' has already been declared")));
        }
        let global = self.global_object();
        let key = self.string_key(n);
        let existing = self.own_property(global, key);
        if is_fn {
            // CanDeclareGlobalFunction (EvalDeclarationInstantiation step 10), then
            // CreateGlobalFunctionBinding(N, V, true) (step 17; the value is set by the
            // hoisted function's initialization right after).
            if check {
                let definable = match existing {
                    None => self.is_extensible(global)?,
                    Some(p) => {
                        p.configurable()
                            || (matches!(p.slot, crate::object::Slot::Data(_)) && p.writable() && p.enumerable())
                    }
                };
                if !definable {
                    return Err(self.type_error(&format!("Cannot redefine global function '{text}'")));
                }
            } else if existing.is_none_or(|p| p.configurable()) {
                self.define_property_or_throw(global, key, PropertyDescriptor::data(Value::Undefined, DEFAULT_ATTRS))?;
            }
            return Ok(());
        }
        if existing.is_none() {
            // CanDeclareGlobalVar: a new property needs an extensible global object.
            if check {
                if !self.is_extensible(global)? {
                    return Err(self.type_error(&format!("Cannot define global variable '{text}'")));
                }
            } else {
                self.define_property_or_throw(global, key, PropertyDescriptor::data(Value::Undefined, DEFAULT_ATTRS))?;
            }
        }
        Ok(())
    }

    fn lookup_in_env(&mut self, e: EnvId, n: StrId, text: &str) -> JsResult<Found> {
        match &self.heap.env(e).kind {
            EnvKind::Declarative(Some(names)) => {
                if let Some(i) = names.names.iter().position(|(nm, _, _)| nm == text) {
                    return Ok(Found::Slot(i));
                }
                Ok(Found::No)
            }
            EnvKind::Declarative(None) => Ok(Found::No),
            EnvKind::Module(m) => {
                if let Some(i) = m.names.names.iter().position(|(nm, _, _)| nm == text) {
                    return Ok(Found::Slot(i));
                }
                Ok(m.imports.iter().position(|(nm, _)| nm == text).map_or(Found::No, |i| Found::Import(i as u16)))
            }
            EnvKind::EvalVars(names, extra) => {
                if let Some(i) = names.as_ref().and_then(|ns| ns.names.iter().position(|(nm, _, _)| nm == text)) {
                    return Ok(Found::Slot(i));
                }
                if let Some(i) = extra.iter().position(|(k, _)| self.heap.str(*k) == self.heap.str(n)) {
                    return Ok(Found::Extra(i));
                }
                Ok(Found::No)
            }
            EnvKind::With(o) => {
                let o = *o;
                let key = self.string_key(n);
                if !self.has_property(o, key)? {
                    return Ok(Found::No);
                }
                let uns = self.get(o, PropertyKey::Symbol(self.sym.unscopables), Value::Object(o))?;
                if let Value::Object(u) = uns {
                    let blocked = self.get(u, key, uns)?;
                    if self.to_boolean(blocked) {
                        return Ok(Found::No);
                    }
                }
                Ok(Found::Object(o))
            }
        }
    }

    /// The private names (`#x`) bound in the environments visible from `env`.
    fn private_names_in_scope(&self, env: Option<EnvId>) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = env;
        while let Some(e) = cur {
            if let EnvKind::Declarative(Some(n)) | EnvKind::EvalVars(Some(n), _) = &self.heap.env(e).kind {
                out.extend(n.names.iter().filter(|(nm, _, _)| nm.starts_with('#')).map(|(nm, _, _)| nm.clone()));
            }
            cur = self.heap.env(e).parent;
        }
        out
    }

    pub(crate) fn is_intrinsic_eval(&self, f: Value) -> bool {
        matches!(f, Value::Object(o) if o == self.current_realm().intrinsics.eval)
    }

    /// PerformEval for a direct call (ECMA-262 §19.2.1.1 with direct = true).
    pub(crate) fn direct_eval(&mut self, x: Value, env: Option<EnvId>, this: Value, strict: bool) -> JsResult<Value> {
        let Value::String(s) = x else { return Ok(x) };
        let src = self.rust_string(s);
        let caller = self.frames.last().expect("caller frame");
        let func = caller.func;
        let new_target = caller.new_target.get();
        let caller_module = caller.code.module;
        let in_function = caller.code.eval_in_function;
        let home = func.and_then(|f| match &self.obj(f).kind {
            crate::object::ObjectKind::Function(fd) => fd.home_object,
            _ => None,
        });
        let in_derived = matches!(caller.code.kind, FunctionKind::DerivedConstructor);
        let in_field = caller.code.eval_in_field_init;
        let mode = Mode::Eval {
            direct: true,
            strict,
            in_function,
            in_method: home.is_some(),
            in_derived_ctor: in_derived,
            in_field_init: in_field,
        };
        let private_names = self.private_names_in_scope(env);
        let module = caller_module;
        let code = match crate::compiler::compile_eval(&mut self.heap, &src, "<eval>", mode, &private_names, module) {
            Ok(c) => c,
            Err(e) => return Err(self.syntax_error(&e.message)),
        };
        if code.strict && !strict {
            // A strict eval gets its own variable environment (the code pushes it).
        }
        let realm = self.realm;
        let r = self.run_frame(code, func, this, new_target, env, &[], realm);
        let _ = Rc::<Code>::strong_count;
        r
    }

    /// PerformEval for an indirect call: global code in the current realm.
    pub fn indirect_eval(&mut self, x: Value) -> JsResult<Value> {
        let Value::String(s) = x else { return Ok(x) };
        let src = self.rust_string(s);
        let mode = Mode::Eval {
            direct: false,
            strict: false,
            in_function: false,
            in_method: false,
            in_derived_ctor: false,
            in_field_init: false,
        };
        let module = self.frames.last().and_then(|f| f.code.module);
        self.collect_before_compile(src.len(), &[])?;
        let code = match crate::compiler::compile_eval(&mut self.heap, &src, "<eval>", mode, &[], module) {
            Ok(c) => c,
            Err(e) => return Err(self.syntax_error(&e.message)),
        };
        if !code.strict {
            self.declare_globals(&code, true)?;
        }
        let this = Value::Object(self.current_realm().global_this);
        let realm = self.realm;
        self.run_frame(code, None, this, Value::Undefined, None, &[], realm)
    }
}

enum Found {
    Slot(usize),
    /// An import binding of a module environment.
    Import(u16),
    Extra(usize),
    Object(crate::value::ObjId),
    No,
}
