//! Classes (ECMA-262 §15.7.14 ClassDefinitionEvaluation).
//!
//! A class compiles to: a class scope (inner name binding, private names, hidden slots for
//! computed field keys and private methods), `MakeClass` for the constructor/prototype pair,
//! method definitions in source order, an instance field initializer function attached to
//! the constructor, and a static initializer function called once at definition time.

use super::function::{Body, FnSpec};
use super::*;
use crate::bytecode::{MethodKind, NO_REG};

/// Kinds for `DefinePrivate`.
pub(super) const PRIV_FIELD: u8 = 0;
pub(super) const PRIV_METHOD: u8 = 1;
pub(super) const PRIV_GETTER: u8 = 2;
pub(super) const PRIV_SETTER: u8 = 3;

fn private_name<'b>(key: &'b PropertyKey<'_>) -> Option<&'b str> {
    match key {
        PropertyKey::PrivateIdentifier(p) => Some(p.name.as_str()),
        _ => None,
    }
}

/// The `#name` (without `#`) a class element declares, if any.
fn element_private_name<'b>(el: &'b ClassElement<'_>) -> Option<&'b str> {
    match el {
        ClassElement::MethodDefinition(m) => private_name(&m.key),
        ClassElement::PropertyDefinition(p) => private_name(&p.key),
        ClassElement::AccessorProperty(p) => private_name(&p.key),
        _ => None,
    }
}

impl<'a> Compiler<'a, '_> {
    /// Compiles a class definition; the constructor ends up in `dst`.
    pub(super) fn class(&mut self, c: &'a Class<'a>, dst: Reg, inferred_name: Option<&str>) {
        if !c.decorators.is_empty() {
            self.error("decorators are not supported", c.span);
            return;
        }
        let saved_strict = self.f().strict;
        self.f().strict = true;
        let name =
            c.id.as_ref().map(|i| i.name.to_string()).or_else(|| inferred_name.map(str::to_string)).unwrap_or_default();
        let body = &c.body.body;

        // Class scope: inner name, private names, hidden slots.
        let mut decls: Vec<Decl<'a>> = Vec::new();
        if let Some(id) = &c.id {
            decls.push((id.name.as_str().into(), BKind::Const, None));
        }
        for el in body.iter() {
            let key = element_private_name(el);
            if let Some(k) = key {
                decls.push((format!("#{k}").into(), BKind::Private, None));
            }
        }
        for (i, el) in body.iter().enumerate() {
            match el {
                ClassElement::PropertyDefinition(p) if p.computed => {
                    decls.push((format!("%fk{i}").into(), BKind::Internal, None))
                }
                ClassElement::MethodDefinition(m) if private_name(&m.key).is_some() && !m.r#static => {
                    decls.push((format!("%pm{i}").into(), BKind::Internal, None))
                }
                _ => {}
            }
        }
        self.push_scope(ScopeKind::Class, decls, false);
        for el in body.iter() {
            let key = element_private_name(el);
            if let Some(k) = key {
                let full = format!("#{k}");
                // Getter/setter pairs share one private name.
                let already =
                    self.fr().scopes.last().is_some_and(|s| s.bindings.find(&full).is_some_and(|b| b.initialized));
                if already {
                    continue;
                }
                let r = self.alloc();
                let desc = self.k_str(&full);
                self.emit(Op::NewPrivateName { dst: r, desc });
                self.store_name(&full, r, true);
                self.mark_initialized(&full);
            }
        }

        let heritage = self.alloc();
        let has_heritage = c.heritage.is_some();
        if let Some(h) = &c.heritage {
            self.expr_into(&h.expression, heritage);
        }

        let has_instance_fields = body.iter().any(|el| match el {
            ClassElement::PropertyDefinition(p) => !p.r#static,
            ClassElement::MethodDefinition(m) => !m.r#static && private_name(&m.key).is_some(),
            ClassElement::AccessorProperty(p) => !p.r#static,
            _ => false,
        });
        let ctor_def = body.iter().find_map(|el| match el {
            ClassElement::MethodDefinition(m) if m.kind == MethodDefinitionKind::Constructor => Some(m),
            _ => None,
        });
        let kind = if has_heritage { FunctionKind::DerivedConstructor } else { FunctionKind::ClassConstructor };
        let code_idx = match ctor_def {
            Some(m) => {
                let f = &m.value;
                let facts = self.an.index_of(&**f);
                let Some(fbody) = f.body.as_deref() else {
                    return;
                };
                self.compile_function(FnSpec {
                    kind,
                    params: Some(&f.params),
                    body: Body::Block(fbody),
                    scope_id: f.scope_id.get(),
                    facts,
                    name: name.clone(),
                    strict: true,
                    span: c.span,
                    has_fields: has_instance_fields,
                    generator: false,
                    is_async: false,
                })
            }
            None => self.default_constructor(kind, &name, c.span, has_instance_fields),
        };
        let proto = self.alloc();
        let env = self.current_env();
        self.pos(c.span);
        self.emit(Op::MakeClass {
            dst,
            proto,
            code: code_idx,
            env,
            heritage: if has_heritage { heritage } else { NO_REG },
            has_heritage,
        });

        // Methods and computed keys, in order.
        let mut static_elems: Vec<(usize, &'a ClassElement<'a>)> = Vec::new();
        let mut instance_elems: Vec<(usize, &'a ClassElement<'a>)> = Vec::new();
        for (i, el) in body.iter().enumerate() {
            let mark = self.b().mark();
            match el {
                ClassElement::MethodDefinition(m) if m.kind != MethodDefinitionKind::Constructor => {
                    let home = if m.r#static { dst } else { proto };
                    let mk = match m.kind {
                        MethodDefinitionKind::Get => MethodKind::Getter,
                        MethodDefinitionKind::Set => MethodKind::Setter,
                        _ => MethodKind::Method,
                    };
                    if let Some(pn) = private_name(&m.key) {
                        let f = self.alloc();
                        let fname = format!("#{pn}");
                        self.method(&m.value, f, home, mk, Some(&fname), self.method_source_start(m));
                        if m.r#static {
                            let n = self.alloc();
                            self.load_name(&fname, n, false);
                            let kind = match mk {
                                MethodKind::Getter => PRIV_GETTER,
                                MethodKind::Setter => PRIV_SETTER,
                                MethodKind::Method => PRIV_METHOD,
                            };
                            self.emit(Op::DefinePrivate { obj: dst, name: n, src: f, kind });
                        } else {
                            self.store_name(&format!("%pm{i}"), f, true);
                            instance_elems.push((i, el));
                        }
                    } else {
                        let key = self.alloc();
                        let static_name = self.property_key(&m.key, m.computed, key);
                        let f = self.alloc();
                        self.method(&m.value, f, home, mk, static_name.as_deref(), self.method_source_start(m));
                        if static_name.is_none() {
                            let prefix = match mk {
                                MethodKind::Getter => 1,
                                MethodKind::Setter => 2,
                                MethodKind::Method => 0,
                            };
                            self.emit(Op::SetFunctionName { func: f, key, prefix });
                        }
                        self.emit(Op::DefineMethod { obj: home, key, func: f, kind: mk, enumerable: false });
                    }
                }
                ClassElement::PropertyDefinition(p) => {
                    if p.computed {
                        let key = self.alloc();
                        self.property_key(&p.key, true, key);
                        self.store_name(&format!("%fk{i}"), key, true);
                    }
                    if p.r#static {
                        static_elems.push((i, el));
                    } else {
                        instance_elems.push((i, el));
                    }
                }
                ClassElement::StaticBlock(_) => static_elems.push((i, el)),
                ClassElement::AccessorProperty(p) => {
                    self.error("auto-accessors are not supported", p.span);
                }
                _ => {}
            }
            self.b().release(mark);
        }
        // The inner name binding is initialized before static elements run.
        if let Some(id) = &c.id {
            self.store_name(&id.name, dst, true);
            self.mark_initialized(&id.name);
        }
        if !instance_elems.is_empty() {
            let init = self.alloc();
            self.field_init_function(c, &instance_elems, false, init, proto);
            self.emit(Op::SetFieldInit { ctor: dst, init });
        }
        if !static_elems.is_empty() {
            let init = self.alloc();
            self.field_init_function(c, &static_elems, true, init, dst);
            let r = self.alloc();
            self.emit(Op::Call { dst: r, callee: init, this: dst, args: r, argc: 0 });
        }
        self.pop_scope();
        self.f().strict = saved_strict;
    }

    /// Where a class method's source text starts: the MethodDefinition without `static`.
    fn method_source_start(&self, m: &MethodDefinition<'_>) -> u32 {
        let start = m.span.start;
        if !m.r#static {
            return start;
        }
        let text = &self.source[start as usize..];
        let rest = text.strip_prefix("static").unwrap_or(text);
        let rest = skip_trivia(rest);
        start + (text.len() - rest.len()) as u32
    }

    fn default_constructor(&mut self, kind: FunctionKind, name: &str, span: Span, has_fields: bool) -> u32 {
        let facts = 0;
        let mut fs = self.new_fn_state(facts, kind, true, name.to_string(), span);
        fs.derived = kind == FunctionKind::DerivedConstructor;
        self.fs.push(fs);
        self.f().scopes.push(CScope {
            kind: ScopeKind::Function,
            bindings: Bindings::default(),
            env_reg: None,
            dynamic: false,
        });
        self.pos(span);
        let func = self.alloc();
        self.emit(Op::LoadFunction { dst: func });
        let this = self.alloc();
        if kind == FunctionKind::DerivedConstructor {
            let nt = self.alloc();
            self.emit(Op::LoadNewTarget { dst: nt });
            let args = self.alloc();
            self.emit(Op::CreateRest { dst: args, from: 0 });
            self.emit(Op::SuperCallSpread { dst: this, func, new_target: nt, args });
            self.emit(Op::BindThis { src: this });
            self.emit(Op::InitFields { func, this });
        } else if has_fields {
            self.emit(Op::LoadThis { dst: this });
            self.emit(Op::InitFields { func, this });
        }
        let code = self.finish_fn();
        let f = self.f();
        f.children.push(code);
        (f.children.len() - 1) as u32
    }

    /// Builds the synthetic function that defines fields (and private methods) on `this`.
    fn field_init_function(
        &mut self,
        c: &'a Class<'a>,
        elems: &[(usize, &'a ClassElement<'a>)],
        is_static: bool,
        dst: Reg,
        home: Reg,
    ) {
        let key = &*c.body as *const ClassBody<'_> as usize + usize::from(is_static);
        let facts = self.an.fn_index.get(&key).copied().unwrap_or(0);
        let mut fs = self.new_fn_state(facts, FunctionKind::FieldInit, true, "<field initializer>".into(), c.span);
        fs.is_arrow = false;
        self.fs.push(fs);
        let this_captured = self.an.fns.get(facts).is_some_and(|f| f.this_captured) && facts != 0;
        let mut decls = Vec::new();
        if this_captured {
            decls.push(("this".into(), BKind::Internal, None));
            decls.push(("new.target".into(), BKind::Internal, None));
        }
        self.push_scope(ScopeKind::Function, decls, false);
        let this = self.alloc();
        self.emit(Op::LoadThis { dst: this });
        if this_captured {
            self.store_name("this", this, true);
            let t = self.alloc();
            self.emit(Op::LoadUndef { dst: t });
            self.store_name("new.target", t, true);
        }
        // Private methods first (PrivateMethodOrAccessorAdd), then fields in order.
        for (i, el) in elems {
            if let ClassElement::MethodDefinition(m) = el {
                let Some(pn) = private_name(&m.key) else {
                    continue;
                };
                let mark = self.b().mark();
                let f = self.alloc();
                self.load_name(&format!("%pm{i}"), f, false);
                let n = self.alloc();
                self.load_name(&format!("#{pn}"), n, false);
                let kind = match m.kind {
                    MethodDefinitionKind::Get => PRIV_GETTER,
                    MethodDefinitionKind::Set => PRIV_SETTER,
                    _ => PRIV_METHOD,
                };
                self.emit(Op::DefinePrivate { obj: this, name: n, src: f, kind });
                self.b().release(mark);
            }
        }
        for (i, el) in elems {
            let mark = self.b().mark();
            match el {
                ClassElement::PropertyDefinition(p) => {
                    self.pos(p.span);
                    let v = self.alloc();
                    if let Some(pn) = private_name(&p.key) {
                        let fname = format!("#{pn}");
                        match &p.value {
                            Some(e) => self.expr_named(e, v, Some(&fname)),
                            None => {
                                self.emit(Op::LoadUndef { dst: v });
                            }
                        }
                        let n = self.alloc();
                        self.load_name(&fname, n, false);
                        self.emit(Op::DefinePrivate { obj: this, name: n, src: v, kind: PRIV_FIELD });
                    } else {
                        let key = self.alloc();
                        let static_name = if p.computed {
                            self.load_name(&format!("%fk{i}"), key, false);
                            None
                        } else {
                            self.property_key(&p.key, false, key)
                        };
                        match &p.value {
                            Some(e) => {
                                if super::expr::is_anonymous_fn(e) {
                                    match &static_name {
                                        Some(n) => self.expr_named(e, v, Some(n)),
                                        None => {
                                            self.expr_named(e, v, Some(""));
                                            self.emit(Op::SetFunctionName { func: v, key, prefix: 0 });
                                        }
                                    }
                                } else {
                                    self.expr_into(e, v);
                                }
                            }
                            None => {
                                self.emit(Op::LoadUndef { dst: v });
                            }
                        }
                        self.emit(Op::DefineField { obj: this, key, src: v });
                    }
                }
                ClassElement::StaticBlock(b) => {
                    let facts = self.an.index_of(&**b);
                    let body: &'a [Statement<'a>] = &b.body;
                    let idx = self.static_block_function(body, facts, b.scope_id.get(), b.span);
                    let f = self.alloc();
                    let env = self.current_env();
                    self.emit(Op::MakeMethod { dst: f, code: idx, env, home: this });
                    let r = self.alloc();
                    self.emit(Op::Call { dst: r, callee: f, this, args: r, argc: 0 });
                }
                _ => {}
            }
            self.b().release(mark);
        }
        let code = self.finish_fn();
        self.f().children.push(code);
        let idx = (self.fr().children.len() - 1) as u32;
        let env = self.current_env();
        self.emit(Op::MakeMethod { dst, code: idx, env, home });
    }

    fn static_block_function(
        &mut self,
        body: &'a [Statement<'a>],
        facts: usize,
        scope: Option<ScopeId>,
        span: Span,
    ) -> u32 {
        let fs = self.new_fn_state(facts, FunctionKind::FieldInit, true, "<static_initializer>".into(), span);
        self.fs.push(fs);
        let this_captured = self.an.fns.get(facts).is_some_and(|f| f.this_captured);
        let mut decls = self.scope_decls(scope);
        if this_captured {
            decls.push(("this".into(), BKind::Internal, None));
            decls.push(("new.target".into(), BKind::Internal, None));
        }
        self.push_scope(ScopeKind::Function, decls, false);
        if this_captured {
            let t = self.alloc();
            self.emit(Op::LoadThis { dst: t });
            self.store_name("this", t, true);
            self.emit(Op::LoadUndef { dst: t });
            self.store_name("new.target", t, true);
        }
        self.hoist_functions(body);
        self.statements(body);
        let code = self.finish_fn();
        self.f().children.push(code);
        (self.fr().children.len() - 1) as u32
    }
}

/// `text` after leading white space, line terminators and comments.
fn skip_trivia(mut text: &str) -> &str {
    loop {
        let t = text.trim_start();
        if let Some(r) = t.strip_prefix("//") {
            text = r.find(['\n', '\r', '\u{2028}', '\u{2029}']).map_or("", |i| &r[i..]);
        } else if let Some(r) = t.strip_prefix("/*") {
            text = r.find("*/").map_or("", |i| &r[i + 2..]);
        } else {
            return t;
        }
    }
}
