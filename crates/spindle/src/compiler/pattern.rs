//! Destructuring: binding patterns (declarations, parameters) and assignment patterns
//! (ECMA-262 §8.6.2 BindingInitialization, §13.15.5 DestructuringAssignmentEvaluation).

use super::expr::is_anonymous_fn;
use super::*;
use crate::bytecode::UnOp;

/// Registers and protected region of an iterator being destructured.
#[derive(Clone, Copy)]
struct IterState {
    iter: Reg,
    next: Reg,
    done: Reg,
    protect: usize,
}

/// How a bound name is written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum BindMode {
    /// Initialize a declaration (let/const/params/catch).
    Init,
    /// `var`: an ordinary PutValue.
    Var,
}

/// A destructuring target: either a binding pattern or an assignment target.
#[derive(Clone, Copy)]
enum Target<'a> {
    Binding(&'a BindingPattern<'a>, BindMode),
    Assign(&'a AssignmentTarget<'a>),
}

impl<'a> Compiler<'a, '_> {
    pub(super) fn bind_pattern(&mut self, p: &'a BindingPattern<'a>, src: Reg, mode: BindMode) {
        match p {
            BindingPattern::BindingIdentifier(id) => {
                self.store_name(&id.name, src, mode == BindMode::Init);
                if mode == BindMode::Init {
                    self.mark_initialized(&id.name);
                }
            }
            BindingPattern::AssignmentPattern(a) => {
                // Only reachable inside nested patterns; handled by the element code.
                let t = self.alloc();
                self.emit(Op::Move { dst: t, src });
                self.default_value(t, &a.right, super::function::binding_simple_name(&a.left));
                self.bind_pattern(&a.left, t, mode);
            }
            BindingPattern::ObjectPattern(o) => {
                self.require_coercible(src);
                let rest_keys = o.rest.is_some();
                let keys_base = if rest_keys { self.b().alloc_n(o.properties.len() as u16) } else { 0 };
                for (i, prop) in o.properties.iter().enumerate() {
                    let mark = self.b().mark();
                    if !rest_keys
                        && self.dynamic_var_target(&prop.value, mode).is_none()
                        && let Some(key) = self.named_pattern_key(&prop.key, prop.computed)
                    {
                        self.bind_named_property(src, key, &prop.value, mode);
                        self.b().release(mark);
                        continue;
                    }
                    let key = if rest_keys { keys_base + i as u16 } else { self.alloc() };
                    self.property_key(&prop.key, prop.computed, key);
                    let v = self.alloc();
                    if let Some((name, env)) = self.dynamic_var_target(&prop.value, mode) {
                        // KeyedBindingInitialization: the key is converted and the binding
                        // resolved (a `with` object's [[HasProperty]]) before the property is
                        // read.
                        self.emit(Op::Unary { op: UnOp::ToPropertyKey, dst: key, src: key });
                        let base = self.alloc();
                        let k = self.k_str(name);
                        self.emit(Op::ResolveName { dst: base, env, name: k });
                        let ic = self.b().next_keyed_ic();
                        self.emit(Op::GetElem { dst: v, obj: src, key, ic });
                        if let BindingPattern::AssignmentPattern(a) = &prop.value {
                            self.default_value(v, &a.right, Some(name));
                        }
                        let strict = self.strict();
                        self.emit(Op::SetNameRef { base, name: k, src: v, strict });
                    } else {
                        let ic = self.b().next_keyed_ic();
                        self.emit(Op::GetElem { dst: v, obj: src, key, ic });
                        self.bind_element_binding(&prop.value, v, mode);
                    }
                    self.b().release(mark.max(if rest_keys { keys_base + o.properties.len() as u16 } else { 0 }));
                }
                if let Some(rest) = &o.rest {
                    let obj = self.alloc();
                    self.emit(Op::NewObject { dst: obj });
                    self.emit(Op::CopyDataProps { obj, src, excluded: keys_base, count: o.properties.len() as u16 });
                    self.bind_pattern(&rest.argument, obj, mode);
                }
            }
            BindingPattern::ArrayPattern(a) => {
                let targets: Vec<Option<Target<'a>>> =
                    a.elements.iter().map(|e| e.as_ref().map(|p| Target::Binding(p, mode))).collect();
                let rest = a.rest.as_ref().map(|r| Target::Binding(&r.argument, mode));
                self.array_destructure(src, &targets, rest);
            }
        }
    }

    /// The constant of a pattern property's key when it names a property that is not an
    /// array index (`{ name }`, `{ name: x }`, `{ 'some key': x }`): read with GetProp and
    /// its inline cache, no key register.
    fn named_pattern_key(&mut self, key: &'a PropertyKey<'a>, computed: bool) -> Option<u32> {
        if computed {
            return None;
        }
        match key {
            PropertyKey::StaticIdentifier(id) => Some(self.k_str(&id.name)),
            PropertyKey::StringLiteral(s)
                if !s.lone_surrogates
                    && crate::value::string::as_array_index(&crate::value::string::utf16(&s.value)).is_none() =>
            {
                Some(self.k_str(&s.value))
            }
            _ => None,
        }
    }

    /// KeyedBindingInitialization (ECMA-262 §8.6.3) of a named key: v = Get(src, key), then
    /// the element's default and binding. A binding without default that lives in a
    /// register (a declaration's, or a `var`'s outside its TDZ) receives the value itself.
    fn bind_named_property(&mut self, src: Reg, key: u32, value: &'a BindingPattern<'a>, mode: BindMode) {
        if let BindingPattern::BindingIdentifier(id) = value
            && let Resolved::Reg { reg, kind, tdz } = self.resolve(&id.name)
            && reg != src
            && (mode == BindMode::Init || (!tdz && !matches!(kind, BKind::Const | BKind::FnName)))
        {
            let ic = self.b().next_ic();
            self.emit(Op::GetProp { dst: reg, obj: src, key, ic });
            if mode == BindMode::Init {
                self.mark_initialized(&id.name);
            }
            return;
        }
        let v = self.alloc();
        let ic = self.b().next_ic();
        self.emit(Op::GetProp { dst: v, obj: src, key, ic });
        self.bind_element_binding(value, v, mode);
    }

    /// The name and environment of a `var` element (`{ k: x = d }`) that resolves by name
    /// (inside `with`, or where sloppy eval may add bindings).
    fn dynamic_var_target(&mut self, p: &'a BindingPattern<'a>, mode: BindMode) -> Option<(&'a str, Reg)> {
        let target = match p {
            BindingPattern::AssignmentPattern(a) => &a.left,
            p => p,
        };
        match (target, mode) {
            (BindingPattern::BindingIdentifier(id), BindMode::Var) => match self.resolve(&id.name) {
                Resolved::Dynamic { env } => Some((id.name.as_str(), env)),
                _ => None,
            },
            _ => None,
        }
    }

    /// A pattern element that may carry a default (`x = 1`).
    fn bind_element_binding(&mut self, p: &'a BindingPattern<'a>, v: Reg, mode: BindMode) {
        if let BindingPattern::AssignmentPattern(a) = p {
            self.default_value(v, &a.right, super::function::binding_simple_name(&a.left));
            self.bind_pattern(&a.left, v, mode);
        } else {
            self.bind_pattern(p, v, mode);
        }
    }

    /// If `v` is undefined, evaluates `init` into it (with NamedEvaluation for `name`).
    fn default_value(&mut self, v: Reg, init: &'a Expression<'a>, name: Option<&str>) {
        let done = self.b().label();
        self.b().emit_jump(Op::JumpIfNotUndefined { src: v, target: 0 }, done);
        if is_anonymous_fn(init) {
            self.expr_named(init, v, name);
        } else {
            self.expr_into(init, v);
        }
        self.b().bind(done);
    }

    fn require_coercible(&mut self, src: Reg) {
        let t = self.alloc();
        self.emit(Op::Unary { op: UnOp::ToObject, dst: t, src });
    }

    fn destructure_target(&mut self, t: Target<'a>, v: Reg) {
        match t {
            Target::Binding(p, mode) => self.bind_element_binding(p, v, mode),
            Target::Assign(a) => self.assign_target(a, v),
        }
    }

    /// Starts iterator destructuring: GetIterator, the `done` flag and the protected region
    /// that closes the iterator on abrupt completion.
    fn iter_destructure_begin(&mut self, src: Reg) -> IterState {
        let iter = self.alloc();
        let next = self.alloc();
        let done = self.alloc();
        self.emit(Op::GetIterator { iter, next, src });
        self.emit(Op::LoadBool { dst: done, value: false });
        let protect = self.begin_protect();
        self.f().controls.push(Control::Protect { id: protect });
        IterState { iter, next, done, protect }
    }

    /// Binds the rest element (if any) and closes the iterator unless it is exhausted.
    fn iter_destructure_finish(&mut self, st: IterState, rest: Option<Target<'a>>) {
        let IterState { iter, next, done, protect } = st;
        if let Some(t) = rest {
            // AssignmentRestElement: a member-expression target is evaluated before the
            // iterator is drained (ECMA-262 §13.15.5.5).
            let member_ref = match t {
                Target::Assign(a) => a.as_member_expression().map(|m| self.member_ref(m)),
                Target::Binding(..) => None,
            };
            let arr = self.alloc();
            self.emit(Op::NewArray { dst: arr, capacity: 0 });
            let top = self.b().here();
            let end = self.b().label();
            self.b().emit_jump(Op::JumpIfTrue { cond: done, target: 0 }, end);
            let v = self.alloc();
            self.step_or_undefined(iter, next, done, v);
            self.b().emit_jump(Op::JumpIfTrue { cond: done, target: 0 }, end);
            self.emit(Op::ArrayPush { arr, src: v });
            self.b().jump(top);
            self.b().bind(end);
            match member_ref {
                Some(r) => self.set_ref(r, arr),
                None => self.destructure_target(t, arr),
            }
        }
        self.f().controls.pop();
        let after = self.b().label();
        let exc = self.b().alloc_n(2);
        self.pause_protect(protect);
        // Normal completion: close unless exhausted.
        self.b().emit_jump(Op::JumpIfTrue { cond: done, target: 0 }, after);
        self.emit(Op::IterClose { iter });
        self.b().jump(after);
        let handler = self.b().pc();
        self.end_protect(protect, handler, exc, true);
        let skip = self.b().label();
        self.b().emit_jump(Op::JumpIfTrue { cond: done, target: 0 }, skip);
        self.emit(Op::IterCloseAbrupt { iter, kind: exc + 1 });
        self.b().bind(skip);
        self.emit(Op::EndFinally { kind: exc + 1, value: exc });
        self.b().bind(after);
    }

    /// Iterator-based destructuring of array binding patterns.
    fn array_destructure(&mut self, src: Reg, elements: &[Option<Target<'a>>], rest: Option<Target<'a>>) {
        let st = self.iter_destructure_begin(src);
        for el in elements {
            let mark = self.b().mark();
            let v = self.alloc();
            self.step_or_undefined(st.iter, st.next, st.done, v);
            if let Some(t) = el {
                self.destructure_target(*t, v);
            }
            self.b().release(mark);
        }
        self.iter_destructure_finish(st, rest);
    }

    /// v = next value, or undefined (and done = true) once the iterator is exhausted.
    fn step_or_undefined(&mut self, iter: Reg, next: Reg, done: Reg, v: Reg) {
        let skip = self.b().label();
        let finished = self.b().label();
        self.emit(Op::LoadUndef { dst: v });
        self.b().emit_jump(Op::JumpIfTrue { cond: done, target: 0 }, skip);
        // If next() throws, the iterator counts as done (no close).
        self.emit(Op::LoadBool { dst: done, value: true });
        self.b().emit_jump(Op::IterStep { dst: v, iter, next, done: 0 }, finished);
        self.emit(Op::LoadBool { dst: done, value: false });
        self.b().jump(skip);
        self.b().bind(finished);
        self.emit(Op::LoadUndef { dst: v });
        self.b().bind(skip);
    }

    /// PutValue into an assignment target (identifier, member, or nested pattern).
    pub(super) fn assign_target(&mut self, t: &'a AssignmentTarget<'a>, src: Reg) {
        match t {
            AssignmentTarget::AssignmentTargetIdentifier(id) => self.store_name(&id.name, src, false),
            AssignmentTarget::ObjectAssignmentTarget(o) => {
                self.require_coercible(src);
                let rest_keys = o.rest.is_some();
                let n = o.properties.len() as u16;
                let keys_base = if rest_keys { self.b().alloc_n(n) } else { 0 };
                for (i, prop) in o.properties.iter().enumerate() {
                    let mark = self.b().mark();
                    let key = if rest_keys { keys_base + i as u16 } else { self.alloc() };
                    match prop {
                        AssignmentTargetProperty::AssignmentTargetPropertyIdentifier(p) => {
                            let k = self.k_str(&p.binding.name);
                            self.emit(Op::LoadConst { dst: key, k });
                            let v = self.alloc();
                            let ic = self.b().next_keyed_ic();
                            self.emit(Op::GetElem { dst: v, obj: src, key, ic });
                            if let Some(init) = &p.init {
                                self.default_value(v, init, Some(&p.binding.name));
                            }
                            self.store_name(&p.binding.name, v, false);
                        }
                        AssignmentTargetProperty::AssignmentTargetPropertyProperty(p) => {
                            self.property_key(&p.name, p.computed, key);
                            // The target reference is evaluated before the value is fetched.
                            self.assign_maybe_default_keyed(&p.binding, src, key);
                        }
                    }
                    self.b().release(mark.max(if rest_keys { keys_base + n } else { 0 }));
                }
                if let Some(rest) = &o.rest {
                    let obj = self.alloc();
                    self.emit(Op::NewObject { dst: obj });
                    self.emit(Op::CopyDataProps { obj, src, excluded: keys_base, count: n });
                    self.assign_target(&rest.target, obj);
                }
            }
            AssignmentTarget::ArrayAssignmentTarget(a) => {
                // Each element's target reference is evaluated before its iterator step.
                let rest = a.rest.as_ref().map(|r| Target::Assign(&r.target));
                self.array_assign_with_defaults(src, a, rest);
            }
            other => {
                if let Some(m) = other.as_member_expression() {
                    let mark = self.b().mark();
                    let r = self.member_ref(m);
                    self.set_ref(r, src);
                    self.b().release(mark);
                }
            }
        }
    }

    /// `{ key: target = default }`: evaluates the target reference, then reads obj[key].
    fn assign_maybe_default_keyed(&mut self, m: &'a AssignmentTargetMaybeDefault<'a>, obj: Reg, key: Reg) {
        let (target, init) = match m {
            AssignmentTargetMaybeDefault::AssignmentTargetWithDefault(d) => (&d.binding, Some(&d.init)),
            other => (other.as_assignment_target().expect("target"), None),
        };
        let member = target.as_member_expression();
        let r = member.map(|m| self.member_ref(m));
        let v = self.alloc();
        let ic = self.b().next_keyed_ic();
        self.emit(Op::GetElem { dst: v, obj, key, ic });
        if let Some(init) = init {
            let name = match target {
                AssignmentTarget::AssignmentTargetIdentifier(id) => Some(id.name.as_str()),
                _ => None,
            };
            self.default_value(v, init, name);
        }
        match r {
            Some(r) => self.set_ref(r, v),
            None => self.assign_target(target, v),
        }
    }

    fn array_assign_with_defaults(&mut self, src: Reg, a: &'a ArrayAssignmentTarget<'a>, rest: Option<Target<'a>>) {
        let st = self.iter_destructure_begin(src);
        let (iter, next, done) = (st.iter, st.next, st.done);
        for el in &a.elements {
            let mark = self.b().mark();
            let v = self.alloc();
            match el {
                None => self.step_or_undefined(iter, next, done, v),
                Some(AssignmentTargetMaybeDefault::AssignmentTargetWithDefault(d)) => {
                    let member = d.binding.as_member_expression();
                    let r = member.map(|m| self.member_ref(m));
                    self.step_or_undefined(iter, next, done, v);
                    let name = match &d.binding {
                        AssignmentTarget::AssignmentTargetIdentifier(id) => Some(id.name.as_str()),
                        _ => None,
                    };
                    self.default_value(v, &d.init, name);
                    match r {
                        Some(r) => self.set_ref(r, v),
                        None => self.assign_target(&d.binding, v),
                    }
                }
                Some(other) => {
                    let t = other.as_assignment_target().expect("target");
                    let member = t.as_member_expression();
                    let r = member.map(|m| self.member_ref(m));
                    self.step_or_undefined(iter, next, done, v);
                    match r {
                        Some(r) => self.set_ref(r, v),
                        None => self.assign_target(t, v),
                    }
                }
            }
            self.b().release(mark);
        }
        self.iter_destructure_finish(st, rest);
    }
}
