//! Functions: the program itself, function templates, and FunctionDeclarationInstantiation
//! (ECMA-262 §10.2.11) as a bytecode prologue.

use super::*;
use crate::bytecode::NO_REG;

/// The body of a function-like construct.
pub(super) enum Body<'a> {
    Block(&'a FunctionBody<'a>),
    Expr(&'a Expression<'a>),
}

/// Everything needed to compile one function template.
pub(super) struct FnSpec<'a> {
    pub kind: FunctionKind,
    pub params: Option<&'a FormalParameters<'a>>,
    pub body: Body<'a>,
    pub scope_id: Option<ScopeId>,
    pub facts: usize,
    pub name: String,
    pub strict: bool,
    pub span: Span,
    /// Class constructor: run instance field initializers after `this` is bound.
    pub has_fields: bool,
    /// `function*`: the body starts with GeneratorStart.
    pub generator: bool,
    /// `async function`: also a suspendable frame (its owner is created by the call), driven
    /// by promises instead of next() (vm/async_function.rs); with `generator`, an async
    /// generator (vm/async_generator.rs).
    pub is_async: bool,
}

fn has_use_strict(body: &FunctionBody<'_>) -> bool {
    body.directives.iter().any(|d| d.directive == "use strict")
}

impl<'a> Compiler<'a, '_> {
    /// Compiles the whole program (script or eval code).
    pub(super) fn program(&mut self, p: &'a Program<'a>) -> Rc<Code> {
        let strict = p.directives.iter().any(|d| d.directive == "use strict")
            || matches!(self.mode, Mode::Eval { strict: true, .. });
        let kind = if self.mode == Mode::Script { FunctionKind::Script } else { FunctionKind::Eval };
        let fs = self.new_fn_state(0, kind, strict, String::new(), p.span);
        self.fs.push(fs);
        let completion = self.alloc();
        self.emit(Op::LoadUndef { dst: completion });
        self.f().completion = Some(completion);
        // A directive prologue's strings are expression statements too (completion value).
        // (Skipping the "use strict" prefix the compiler adds for strict eval code.)
        let synthetic = usize::from(matches!(self.mode, Mode::Eval { strict: true, .. }));
        if let Some(d) = p.directives.iter().skip(synthetic).last() {
            let k = self.k_str_units(&d.expression.value, d.expression.lone_surrogates);
            self.emit(Op::LoadConst { dst: completion, k });
        }

        let mut decls = self.scope_decls(p.scope_id.get());
        if !strict && self.mode != Mode::Module {
            let blocked = super::annex_b::drop_skipped(&mut decls, &p.body, false);
            self.f().annex_b_blocked = blocked;
        }
        match self.mode {
            Mode::Script | Mode::Module => {
                self.declare_global(decls, &p.body);
            }
            Mode::Eval { direct, .. } => {
                self.declare_eval(decls, &p.body, strict, direct);
            }
        }
        self.f().program_hoisting = true;
        self.hoist_functions(&p.body);
        self.f().program_hoisting = false;
        for s in &p.body {
            self.statement(s);
        }
        self.finish_fn()
    }

    /// Script top level: var/function names become global object properties, lexical ones
    /// global lexical bindings; the VM's GlobalDeclarationInstantiation creates them.
    fn declare_global(&mut self, decls: Vec<Decl<'a>>, body: &'a [Statement<'a>]) {
        let mut top = TopLevelDecls::default();
        let fn_names = top_level_function_names(body);
        for (name, kind, _) in &decls {
            match kind {
                BKind::Let | BKind::Class => top.lexical_names.push((name.to_string(), false)),
                BKind::Const => top.lexical_names.push((name.to_string(), true)),
                _ => {
                    if fn_names.contains(&&**name) {
                        top.function_names.push(name.to_string());
                    } else {
                        top.var_names.push(name.to_string());
                    }
                }
            }
        }
        self.f().top = top;
        let bindings = decls
            .into_iter()
            .map(|(name, kind, _)| Binding { name, loc: Loc::Global, kind, initialized: false, param_tdz: false })
            .collect();
        self.f().scopes.push(CScope { kind: ScopeKind::Global, bindings, env_reg: None, dynamic: false });
    }

    /// Eval code: lexical declarations are local; sloppy var/function declarations go to the
    /// caller's variable environment (EvalDeclarationInstantiation, ECMA-262 §19.2.1.3).
    fn declare_eval(&mut self, decls: Vec<Decl<'a>>, body: &'a [Statement<'a>], strict: bool, direct: bool) {
        let fn_names = top_level_function_names(body);
        if strict || !direct {
            if strict {
                // Everything is local to the eval.
                let this_binding = self.facts().this_captured && direct;
                let mut d = decls;
                if this_binding {
                    d.push(("this".into(), BKind::Internal, None));
                }
                self.push_scope(ScopeKind::Function, d, true);
                if this_binding {
                    let r = self.alloc();
                    self.emit(Op::LoadThis { dst: r });
                    self.store_name("this", r, true);
                }
                return;
            }
            // Indirect sloppy eval: global code semantics.
            let mut top = TopLevelDecls::default();
            let mut lex = Vec::new();
            for (name, kind, sym) in decls {
                if kind.is_lexical() {
                    lex.push((name, kind, sym));
                } else if fn_names.contains(&&*name) {
                    top.function_names.push(name.into_owned());
                } else {
                    top.var_names.push(name.into_owned());
                }
            }
            self.f().top = top;
            self.f().scopes.push(CScope {
                kind: ScopeKind::Global,
                bindings: Bindings::default(),
                env_reg: None,
                dynamic: false,
            });
            self.push_scope(ScopeKind::Block, lex, true);
            return;
        }
        // Direct sloppy eval.
        let mut lex = Vec::new();
        let mut vars = Vec::new();
        for (name, kind, sym) in decls {
            if kind.is_lexical() {
                lex.push((name, kind, sym));
            } else {
                vars.push(name);
            }
        }
        let env = self.current_env();
        // Functions are checked before vars, and every check before any binding exists.
        let (fns, plain): (Vec<&Name<'a>>, Vec<&Name<'a>>) = vars.iter().partition(|n| fn_names.contains(&&***n));
        for check in [true, false] {
            for name in fns.iter().chain(plain.iter()) {
                let k = self.k_str(name);
                let is_fn = fn_names.contains(&&***name);
                self.emit(Op::DeclareEvalVar { env, name: k, is_fn, check });
            }
        }
        let this_binding = self.facts().this_captured;
        if this_binding {
            lex.push(("this".into(), BKind::Internal, None));
        }
        self.push_scope(ScopeKind::Block, lex, true);
        if this_binding {
            let r = self.alloc();
            self.emit(Op::LoadThis { dst: r });
            self.store_name("this", r, true);
        }
    }

    /// Instantiates the function declarations directly in `body` (hoisting).
    pub(super) fn hoist_functions(&mut self, body: &'a [Statement<'a>]) {
        for s in body {
            let f = match s {
                Statement::FunctionDeclaration(f) => f,
                _ => continue,
            };
            let Some(id) = &f.id else { continue };
            let r = self.alloc();
            self.function_expression(f, r, Some(id.name.as_str()));
            // A script's or sloppy indirect eval's own functions are global object properties
            // (the latter under its lexical scope).
            let in_global =
                self.fr().program_hoisting && self.fr().scopes.first().is_some_and(|s| s.kind == ScopeKind::Global);
            if in_global {
                let k = self.k_str(&id.name);
                self.emit(Op::InitGlobalFunc { name: k, src: r });
            } else {
                self.store_name(&id.name, r, true);
            }
        }
    }

    /// Compiles a function template and returns its index among the current function's
    /// children.
    pub(super) fn compile_function(&mut self, mut spec: FnSpec<'a>) -> u32 {
        let body_strict = match &spec.body {
            Body::Block(b) => has_use_strict(b),
            Body::Expr(_) => false,
        };
        let strict = spec.strict || body_strict;
        let name = std::mem::take(&mut spec.name);
        let mut fs = self.new_fn_state(spec.facts, spec.kind, strict, name, spec.span);
        fs.derived = spec.kind == FunctionKind::DerivedConstructor;
        fs.generator = spec.generator;
        fs.is_async = spec.is_async;
        self.fs.push(fs);
        self.function_prologue(&spec);
        match spec.body {
            Body::Block(body) => {
                self.hoist_functions(&body.statements);
                if spec.generator {
                    // EvaluateGeneratorBody (ECMA-262 §15.5.2): after FunctionDeclaration-
                    // Instantiation, create the generator object and suspend.
                    let generator = self.alloc();
                    self.emit(Op::GeneratorStart { generator });
                    self.f().gen_reg = Some(generator);
                }
                self.statements(&body.statements);
            }
            Body::Expr(e) => {
                let r = self.alloc();
                self.expr_into(e, r);
                self.emit(Op::Return { src: r });
            }
        }
        let code = self.finish_fn();
        let f = self.f();
        f.children.push(code);
        (f.children.len() - 1) as u32
    }

    fn function_prologue(&mut self, spec: &FnSpec<'a>) {
        let facts = self.an.fns[spec.facts].clone();
        let params = spec.params;
        let items: &[FormalParameter<'a>] = params.map_or(&[], |p| &p.items);
        let rest = params.and_then(|p| p.rest.as_deref());
        let nparams = items.len() as u16;
        let simple = rest.is_none()
            && items
                .iter()
                .all(|p| p.initializer.is_none() && matches!(p.pattern, BindingPattern::BindingIdentifier(_)));
        let length = items.iter().take_while(|p| p.initializer.is_none()).count() as u16;
        {
            let f = self.f();
            f.nparams = nparams;
            f.length = length;
            f.has_simple_params = simple;
        }
        // Registers 0..nparams receive the arguments.
        self.b().alloc_n(nparams);
        if spec.is_async && !spec.generator {
            // The async function's frame owner: put there by the call itself (push_frame), as
            // the parameters' instantiation already belongs to the promise's job.
            let owner = self.alloc();
            self.f().gen_reg = Some(owner);
        }

        let mut param_names: Vec<&'a str> = Vec::with_capacity(items.len() + usize::from(rest.is_some()));
        for p in items {
            bound_names(&p.pattern, &mut |n| param_names.push(n));
        }
        if let Some(r) = rest {
            bound_names(&r.rest.argument, &mut |n| param_names.push(n));
        }

        let mut all = self.scope_decls(spec.scope_id);
        // Annex B.3.3: block functions whose var binding would be an early error get none.
        if !self.fr().strict
            && let Body::Block(body) = &spec.body
        {
            let blocked = super::annex_b::drop_skipped(&mut all, &body.statements, true);
            self.f().annex_b_blocked = blocked;
        }
        let is_arrow = spec.kind == FunctionKind::Arrow;
        let has_param_exprs = !simple;
        let lexical_arguments =
            all.iter().any(|(n, k, _)| n == "arguments" && (k.is_lexical() || *k == BKind::Function));
        // A `var arguments` is initialized with the arguments object too (FunctionDeclaration-
        // Instantiation step 22: the object is bound before var declarations).
        let var_arguments = all.iter().any(|(n, k, _)| n == "arguments" && *k == BKind::Var);
        let needs_arguments = !is_arrow
            && spec.kind != FunctionKind::FieldInit
            // With parameter expressions a body-level `arguments` declaration does not hide
            // the object from the parameters, whose references the analysis may have bound to
            // the body's declaration (one scope in oxc): create it.
            && (facts.uses_arguments || var_arguments || (has_param_exprs && lexical_arguments))
            && !param_names.contains(&"arguments")
            && (!lexical_arguments || has_param_exprs);
        // The object is made for nothing the function's own code does with it when no eval,
        // `with`, arrow or other use could reach it, and no declaration or parameter is
        // named `arguments`; generators and async functions keep it (their frames are
        // rebuilt when they resume). Then:
        let object_unobservable = needs_arguments
            && !facts.arguments_escapes
            && !facts.eval_inside
            && !facts.has_with
            && !var_arguments
            && !lexical_arguments
            && !has_param_exprs
            && !spec.generator
            && !spec.is_async;
        // * a function whose own code only reads `arguments.length` reads its call's
        //   argument count instead (`ArgCount`);
        let arguments_length_only = object_unobservable && !facts.arguments_applied;
        // * a function without formal parameters whose own code only passes `arguments` on
        //   through `X.apply(Y, arguments)` (a constructor made by Prototype's Class.create,
        //   a wrapper that forwards its call) gives the callee its call's arguments from its
        //   frame (`Op::ApplyArguments`) while X.apply is %Function.prototype.apply%, and
        //   makes the object only when something else is called with it (without
        //   parameters no index is mapped, and nothing can change what the frame holds).
        let arguments_applied_only =
            object_unobservable && facts.arguments_applied && !facts.arguments_length_read && nparams == 0;
        self.f().arguments_length_only = arguments_length_only;
        if arguments_applied_only {
            let cache = self.alloc();
            self.f().arguments_cache = Some(cache);
        }
        let needs_arguments = needs_arguments && !arguments_length_only && !arguments_applied_only;
        let mapped = needs_arguments && !self.strict() && simple;

        // Parameter scope (all declarations when parameters are simple).
        let mut pdecls: Vec<Decl<'a>> = Vec::with_capacity(all.len() + 4);
        let mut bdecls: Vec<Decl<'a>> = Vec::new();
        for (n, k, s) in all {
            if param_names.contains(&&*n) {
                pdecls.push((n, BKind::Param, s));
            } else if has_param_exprs && k != BKind::FnName {
                bdecls.push((n, k, s));
            } else {
                pdecls.push((n, k, s));
            }
        }
        // With parameter expressions the arguments object is a binding of the parameter scope
        // even when the body declares `var arguments` (FunctionDeclarationInstantiation steps
        // 22 and 28: the body's var starts with its value), so a direct eval in a parameter
        // declaring `var arguments` conflicts with it.
        let arguments_in_params = needs_arguments && (!var_arguments || has_param_exprs);
        if arguments_in_params {
            if !facts.arguments_captured {
                self.uncaptured_synthetic.push("arguments");
            }
            pdecls.push(("arguments".into(), BKind::Var, None));
        }
        // A function that reads its own `this` (and shares it with no arrow or eval) keeps
        // it in a register from entry: `this` never changes there (derived constructors
        // excepted, whose `this` appears at super()), so `this.x` reads the register in
        // place instead of loading the receiver anew each time.
        let this_in_register =
            facts.uses_this && !facts.this_captured && !is_arrow && spec.kind != FunctionKind::DerivedConstructor;
        if this_in_register {
            self.uncaptured_synthetic.push("this");
            pdecls.push(("this".into(), BKind::Internal, None));
        }
        if facts.this_captured && !is_arrow {
            // In derived constructors `this` is in its TDZ until super() returns.
            let kind = if spec.kind == FunctionKind::DerivedConstructor { BKind::Let } else { BKind::Internal };
            pdecls.push(("this".into(), kind, None));
            pdecls.push(("new.target".into(), BKind::Internal, None));
            if spec.kind == FunctionKind::DerivedConstructor {
                pdecls.push(("%fn".into(), BKind::Internal, None));
            }
        }
        // Mapped arguments alias parameters, so those live in the environment.
        if mapped {
            for d in pdecls.iter_mut() {
                if d.1 == BKind::Param {
                    d.2 = None;
                }
            }
        }
        // Sloppy direct eval in a non-simple parameter list (FunctionDeclarationInstantiation
        // step 20): its `var`s go to a separate outer environment, and the parameter scope
        // behaves lexically, so an eval `var` naming a parameter (or `arguments`) is a
        // SyntaxError (EvalDeclarationInstantiation step 3.d).
        let eval_in_params = !simple && !self.strict() && facts.has_direct_eval;
        let param_kind = if eval_in_params {
            self.push_scope(ScopeKind::Function, Vec::new(), true);
            for d in pdecls.iter_mut() {
                if matches!(d.1, BKind::Param | BKind::Var) {
                    d.1 = BKind::Let;
                }
            }
            ScopeKind::Block
        } else {
            ScopeKind::Function
        };
        self.push_scope(param_kind, pdecls, mapped);
        self.uncaptured_synthetic.clear();
        self.f().needs_arguments = needs_arguments;

        // Bind simple parameters to their incoming registers.
        let env_reg = self.fr().scopes.last().and_then(|s| s.env_reg);
        let mut arguments_map = vec![None; if mapped { items.len() } else { 0 }];
        for (i, p) in items.iter().enumerate().filter(|_| simple) {
            if let BindingPattern::BindingIdentifier(id) = &p.pattern
                && p.initializer.is_none()
            {
                let name = id.name.as_str();
                let scope = self.f().scopes.last_mut().expect("scope");
                if let Some(b) = scope.bindings.find_mut(name) {
                    match b.loc {
                        Loc::Reg(_) => b.loc = Loc::Reg(i as Reg),
                        Loc::Env(slot) => {
                            if let Some(env) = env_reg {
                                self.emit(Op::SetEnv { env, hops: 0, slot, src: i as Reg });
                            }
                            // A later duplicate takes the mapping over.
                            if mapped {
                                arguments_map.iter_mut().for_each(|m| {
                                    if *m == Some(u32::from(slot)) {
                                        *m = None
                                    }
                                });
                                arguments_map[i] = Some(u32::from(slot));
                            }
                        }
                        Loc::Global | Loc::Import(_) => {}
                    }
                }
            }
        }
        self.f().arguments_map = arguments_map;
        // Internal bindings.
        if facts.this_captured && !is_arrow {
            let r = self.alloc();
            if spec.kind == FunctionKind::DerivedConstructor {
                self.emit(Op::LoadEmpty { dst: r });
            } else {
                self.emit(Op::LoadThis { dst: r });
            }
            self.store_name("this", r, true);
            self.emit(Op::LoadNewTarget { dst: r });
            self.store_name("new.target", r, true);
            if spec.kind == FunctionKind::DerivedConstructor {
                self.emit(Op::LoadFunction { dst: r });
                self.store_name("%fn", r, true);
            }
        }
        if this_in_register {
            match self.resolve_internal("this") {
                Resolved::Reg { reg, .. } => {
                    self.emit(Op::LoadThis { dst: reg });
                }
                _ => {
                    let r = self.alloc();
                    self.emit(Op::LoadThis { dst: r });
                    self.store_name("this", r, true);
                }
            }
        }
        // Named function expression binding.
        let fn_name_binding = self
            .fr()
            .scopes
            .last()
            .and_then(|s| s.bindings.iter().find(|b| b.kind == BKind::FnName).map(|b| b.name.clone()));
        if let Some(n) = fn_name_binding {
            let r = self.alloc();
            self.emit(Op::LoadFunction { dst: r });
            self.store_name(&n, r, true);
        }
        if needs_arguments {
            let r = self.alloc();
            let env = env_reg.unwrap_or(NO_REG);
            self.emit(Op::CreateArguments { dst: r, mapped_env: env, mapped });
            self.store_name("arguments", r, true);
        }
        // Non-simple parameters: each is in its TDZ until initialized, in order.
        if !simple {
            let env_reg = env_reg.unwrap_or(crate::bytecode::CLOSURE_ENV);
            let empty = self.alloc();
            self.emit(Op::LoadEmpty { dst: empty });
            let scope = self.f().scopes.last_mut().expect("scope");
            let mut inits = Vec::new();
            for b in scope.bindings.iter_mut().filter(|b| b.kind == BKind::Param) {
                b.param_tdz = true;
                inits.push(b.loc);
            }
            for loc in inits {
                match loc {
                    Loc::Reg(r) => {
                        self.emit(Op::LoadEmpty { dst: r });
                    }
                    Loc::Env(slot) => {
                        self.emit(Op::SetEnv { env: env_reg, hops: 0, slot, src: empty });
                    }
                    Loc::Global | Loc::Import(_) => {}
                }
            }
            for (i, p) in items.iter().enumerate() {
                let src = i as Reg;
                if let Some(init) = &p.initializer {
                    let t = self.alloc();
                    self.emit(Op::Move { dst: t, src });
                    let done = self.b().label();
                    self.b().emit_jump(Op::JumpIfNotUndefined { src: t, target: 0 }, done);
                    self.expr_named(init, t, binding_simple_name(&p.pattern));
                    self.b().bind(done);
                    self.bind_pattern(&p.pattern, t, pattern::BindMode::Init);
                } else {
                    self.bind_pattern(&p.pattern, src, pattern::BindMode::Init);
                }
            }
            if let Some(r) = rest {
                let t = self.alloc();
                self.emit(Op::CreateRest { dst: t, from: nparams });
                self.bind_pattern(&r.rest.argument, t, pattern::BindMode::Init);
            }
            // Separate variable environment for the body; a `var` redeclaring a parameter
            // is a distinct binding that starts with the parameter's value.
            let mut copies = Vec::new();
            if arguments_in_params && var_arguments {
                let t = self.alloc();
                self.load_name("arguments", t, false);
                copies.push(("arguments".to_string(), t));
            }
            for (n, _, s) in self.scope_decls(spec.scope_id) {
                if param_names.contains(&&*n) && s.is_some_and(|s| self.scoping.symbol_redeclarations(s).len() >= 2) {
                    let t = self.alloc();
                    self.mark_initialized(&n);
                    self.load_name(&n, t, false);
                    copies.push((n.to_string(), t));
                    bdecls.push((n, BKind::Var, s));
                }
            }
            self.push_scope(ScopeKind::Function, bdecls, false);
            for (n, t) in copies {
                self.store_name(&n, t, true);
            }
        }
        // Parameters are initialized from here on.
        for n in &param_names {
            self.mark_initialized(n);
        }
        if spec.has_fields && spec.kind == FunctionKind::ClassConstructor {
            let f = self.alloc();
            let t = self.alloc();
            self.emit(Op::LoadFunction { dst: f });
            self.emit(Op::LoadThis { dst: t });
            self.emit(Op::InitFields { func: f, this: t });
        }
    }

    /// Emits a closure for a function expression/declaration into `dst`.
    pub(super) fn function_expression(&mut self, f: &'a Function<'a>, dst: Reg, name: Option<&str>) {
        let facts = self.an.index_of(f);
        let name = f.id.as_ref().map(|i| i.name.to_string()).or_else(|| name.map(str::to_string)).unwrap_or_default();
        let Some(body) = f.body.as_deref() else {
            self.error("function without body", f.span);
            return;
        };
        let spec = FnSpec {
            kind: FunctionKind::Normal,
            params: Some(&f.params),
            body: Body::Block(body),
            scope_id: f.scope_id.get(),
            facts,
            name,
            strict: self.strict(),
            span: f.span,
            has_fields: false,
            generator: f.generator,
            is_async: f.r#async,
        };
        let idx = self.compile_function(spec);
        let env = self.current_env();
        self.emit(Op::MakeClosure { dst, code: idx, env });
    }

    pub(super) fn arrow_expression(&mut self, a: &'a ArrowFunctionExpression<'a>, dst: Reg, name: Option<&str>) {
        let facts = self.an.index_of(a);
        let body = match &a.body {
            ArrowFunctionBody::FunctionBody(b) => Body::Block(b),
            other => match other.as_expression() {
                Some(e) => Body::Expr(e),
                None => return,
            },
        };
        let spec = FnSpec {
            kind: FunctionKind::Arrow,
            params: Some(&a.params),
            body,
            scope_id: a.scope_id.get(),
            facts,
            name: name.unwrap_or("").to_string(),
            strict: self.strict(),
            span: a.span,
            has_fields: false,
            generator: false,
            is_async: a.r#async,
        };
        let idx = self.compile_function(spec);
        let env = self.current_env();
        self.emit(Op::MakeClosure { dst, code: idx, env });
    }
}

/// Names of function declarations directly in a statement list.
fn top_level_function_names<'a>(body: &[Statement<'a>]) -> Vec<&'a str> {
    body.iter()
        .filter_map(|s| match s {
            Statement::FunctionDeclaration(f) => f.id.as_ref().map(|i| i.name.as_str()),
            _ => None,
        })
        .collect()
}

/// Calls `f` with every name a binding pattern binds.
pub(super) fn bound_names<'a>(p: &BindingPattern<'a>, f: &mut dyn FnMut(&'a str)) {
    for_each_bound_identifier(p, &mut |name, _| f(name));
}

/// Every (name, symbol) a binding pattern binds.
pub(super) fn bound_identifiers<'a>(p: &BindingPattern<'a>, out: &mut Vec<(&'a str, Option<SymbolId>)>) {
    for_each_bound_identifier(p, &mut |name, symbol| out.push((name, symbol)));
}

/// Calls `f` with the name and symbol of each identifier a binding pattern binds, in
/// source order (BoundNames, ECMA-262 §8.2.1), without collecting them first.
fn for_each_bound_identifier<'a>(p: &BindingPattern<'a>, f: &mut dyn FnMut(&'a str, Option<SymbolId>)) {
    match p {
        BindingPattern::BindingIdentifier(id) => f(id.name.as_str(), id.symbol_id.get()),
        BindingPattern::ObjectPattern(o) => {
            for prop in &o.properties {
                for_each_bound_identifier(&prop.value, f);
            }
            if let Some(r) = &o.rest {
                for_each_bound_identifier(&r.argument, f);
            }
        }
        BindingPattern::ArrayPattern(a) => {
            for e in a.elements.iter().flatten() {
                for_each_bound_identifier(e, f);
            }
            if let Some(r) = &a.rest {
                for_each_bound_identifier(&r.argument, f);
            }
        }
        BindingPattern::AssignmentPattern(a) => for_each_bound_identifier(&a.left, f),
    }
}

/// The name of a plain identifier pattern (for function name inference).
pub(super) fn binding_simple_name<'b>(p: &'b BindingPattern<'_>) -> Option<&'b str> {
    match p {
        BindingPattern::BindingIdentifier(id) => Some(id.name.as_str()),
        _ => None,
    }
}
