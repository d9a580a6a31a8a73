//! Statements (ECMA-262 §14).

use super::pattern::BindMode;
use super::*;
use crate::bytecode::BinOp;
use oxc_syntax::operator::UpdateOperator;

impl<'a> Compiler<'a, '_> {
    pub(super) fn statement(&mut self, s: &'a Statement<'a>) {
        stacker::maybe_grow(256 << 10, 16 << 20, || self.statement_labeled(s, Vec::new()));
    }

    fn set_completion_undefined(&mut self) {
        if let Some(c) = self.fr().completion {
            self.emit(Op::LoadUndef { dst: c });
        }
    }

    fn statement_labeled(&mut self, s: &'a Statement<'a>, labels: Vec<String>) {
        let mark = self.b().mark();
        self.pos(s.span());
        match s {
            Statement::BlockStatement(b) => self.block_statement(b),
            Statement::EmptyStatement(_) | Statement::DebuggerStatement(_) => {}
            Statement::ExpressionStatement(e) => {
                if let Some(c) = self.fr().completion {
                    self.expr_into(&e.expression, c);
                } else {
                    self.expr_discard(&e.expression);
                }
            }
            Statement::VariableDeclaration(d) => self.variable_declaration(d),
            Statement::FunctionDeclaration(f) => {
                // Hoisted at scope entry. Annex B.3.3: in sloppy code, evaluating a block-level
                // declaration also assigns the function to the same-named `var` binding.
                if !self.strict()
                    && !f.generator
                    && !f.r#async
                    && let Some(id) = &f.id
                    && self.fr().scopes.last().is_some_and(|s| matches!(s.kind, ScopeKind::Block | ScopeKind::Switch))
                    && !self.fr().annex_b_blocked.contains(&f.span.start)
                {
                    self.annex_b_assign(&id.name);
                }
            }
            Statement::ClassDeclaration(c) => self.class_declaration(c, None),
            Statement::IfStatement(i) => {
                self.set_completion_undefined();
                let else_l = self.b().label();
                let end = self.b().label();
                self.cond_jump(&i.test, false, else_l);
                self.if_clause(&i.consequent);
                if let Some(alt) = &i.alternate {
                    self.b().jump(end);
                    self.b().bind(else_l);
                    self.if_clause(alt);
                } else {
                    self.b().bind(else_l);
                }
                self.b().bind(end);
            }
            Statement::WhileStatement(w) => {
                self.set_completion_undefined();
                let brk = self.b().label();
                let cont = self.b().here();
                self.cond_jump(&w.test, false, brk);
                self.loop_body(&w.body, labels, brk, cont);
                self.b().jump(cont);
                self.b().bind(brk);
            }
            Statement::DoWhileStatement(d) => {
                self.set_completion_undefined();
                let brk = self.b().label();
                let cont = self.b().label();
                let top = self.b().here();
                self.loop_body(&d.body, labels, brk, cont);
                self.b().bind(cont);
                self.cond_jump(&d.test, true, top);
                self.b().bind(brk);
            }
            Statement::ForStatement(f) => self.for_statement(f, labels),
            Statement::ForInStatement(f) => self.for_in_statement(f, labels),
            Statement::ForOfStatement(f) => self.for_of_statement(f, labels),
            Statement::ContinueStatement(c) => {
                let label = c.label.as_ref().map(|l| l.name.as_str());
                let idx = self.fr().controls.iter().rposition(|ctl| match ctl {
                    Control::Loop { labels, .. } => label.is_none_or(|l| labels.iter().any(|x| x == l)),
                    _ => false,
                });
                if let Some(i) = idx {
                    let Control::Loop { cont, .. } = self.fr().controls[i] else { unreachable!() };
                    let paused = self.exit_controls(i + 1);
                    self.b().jump(cont);
                    self.resume_protects(paused);
                } else {
                    self.error("Illegal continue statement", c.span);
                }
            }
            Statement::BreakStatement(br) => {
                let label = br.label.as_ref().map(|l| l.name.as_str());
                let idx = self.fr().controls.iter().rposition(|ctl| match (ctl, label) {
                    (Control::Loop { .. }, None) => true,
                    (Control::Break { labels, .. }, None) => labels.iter().any(|l| l == "%switch"),
                    (Control::Loop { labels, .. } | Control::Break { labels, .. }, Some(l)) => {
                        labels.iter().any(|x| x == l)
                    }
                    _ => false,
                });
                if let Some(i) = idx {
                    let brk = match &self.fr().controls[i] {
                        Control::Loop { brk, .. } | Control::Break { brk, .. } => *brk,
                        _ => unreachable!(),
                    };
                    let paused = self.exit_controls(i + 1);
                    self.b().jump(brk);
                    self.resume_protects(paused);
                } else {
                    self.error("Illegal break statement", br.span);
                }
            }
            Statement::ReturnStatement(r) => {
                let t = self.alloc();
                match &r.argument {
                    Some(e) => {
                        self.expr_into(e, t);
                        self.await_return_value(t);
                    }
                    None => {
                        self.emit(Op::LoadUndef { dst: t });
                    }
                }
                let paused = self.exit_controls(0);
                self.emit_return(t);
                self.resume_protects(paused);
            }
            Statement::ThrowStatement(t) => {
                let r = self.expr_any(&t.argument);
                self.pos(t.span);
                self.emit(Op::Throw { src: r });
            }
            Statement::TryStatement(t) => self.try_statement(t),
            Statement::SwitchStatement(sw) => self.switch_statement(sw, labels),
            Statement::LabeledStatement(l) => {
                let mut labels = labels;
                labels.push(l.label.name.to_string());
                match &l.body {
                    Statement::ForStatement(_)
                    | Statement::ForInStatement(_)
                    | Statement::ForOfStatement(_)
                    | Statement::WhileStatement(_)
                    | Statement::DoWhileStatement(_)
                    | Statement::LabeledStatement(_) => self.statement_labeled(&l.body, labels),
                    body => {
                        let brk = self.b().label();
                        self.f().controls.push(Control::Break { labels, brk });
                        self.statement(body);
                        self.f().controls.pop();
                        self.b().bind(brk);
                    }
                }
            }
            Statement::WithStatement(w) => {
                self.set_completion_undefined();
                let obj = self.alloc();
                self.expr_into(&w.object, obj);
                self.emit(Op::Unary { op: crate::bytecode::UnOp::ToObject, dst: obj, src: obj });
                let parent = self.current_env();
                let dst = self.alloc();
                self.emit(Op::PushWithEnv { dst, parent, object: obj });
                self.f().scopes.push(CScope {
                    kind: ScopeKind::With,
                    bindings: Bindings::default(),
                    env_reg: Some(dst),
                    dynamic: true,
                });
                self.statement(&w.body);
                self.pop_scope();
            }
            Statement::ImportDeclaration(_)
            | Statement::ExportDeclaration(_)
            | Statement::ExportFromDeclaration(_)
            | Statement::ExportNamedDeclaration(_)
            | Statement::ExportDefaultDeclaration(_)
            | Statement::ExportAllDeclaration(_)
                if self.mode == Mode::Module =>
            {
                self.module_item(s)
            }
            _ => {
                self.error("Cannot use import statement outside a module", s.span());
            }
        }
        self.b().release(mark);
    }

    /// A clause of an `if`. Annex B.3.4 (sloppy code): a FunctionDeclaration there is
    /// evaluated as if it were the only statement of a block — instantiated on entering
    /// the clause, then (B.3.3) copied to the same-named var binding.
    fn if_clause(&mut self, clause: &'a Statement<'a>) {
        let Statement::FunctionDeclaration(f) = clause else {
            self.statement(clause);
            return;
        };
        let decls =
            f.id.as_ref().map(|id| vec![(Name::Borrowed(id.name.as_str()), BKind::Function, id.symbol_id.get())]);
        self.push_scope(ScopeKind::Block, decls.unwrap_or_default(), false);
        self.hoist_functions(std::slice::from_ref(clause));
        self.statement(clause);
        self.pop_scope();
    }

    /// Annex B.3.3 step: copy the block binding `name` into the enclosing var binding.
    fn annex_b_assign(&mut self, name: &str) {
        let f = self.fr();
        let var_scope = f.scopes.iter().rposition(|s| matches!(s.kind, ScopeKind::Function | ScopeKind::Global));
        let Some(block_scope) = f.scopes.iter().rposition(|s| s.bindings.has(name)) else {
            return;
        };
        if var_scope.is_some_and(|v| block_scope <= v) {
            return; // oxc already made it the var binding
        }
        // B.3.3.1 step 1.a.ii: only if `var F` in place of the declaration would be no early
        // error — no enclosing block between it and the function's scope declares F
        // lexically (a simple catch parameter may share the name, B.3.4) — and F is not a
        // parameter name.
        let lower = var_scope.map_or(0, |v| v + 1);
        let conflicts =
            f.scopes[lower..block_scope].iter().any(|s| s.bindings.find(name).is_some_and(|b| b.kind != BKind::Catch));
        if conflicts {
            return;
        }
        let Some(var_scope) = var_scope else {
            // Sloppy direct eval code: the var binding is in the caller's variable
            // environment (EvalDeclarationInstantiation made it): store past every eval
            // scope binding the name (the block's, simple catch parameters), so the name
            // resolves dynamically.
            let first = f.scopes.iter().position(|s| s.bindings.has(name)).unwrap_or(block_scope);
            let t = self.alloc();
            self.load_name(name, t, false);
            let hidden: Vec<CScope> = self.f().scopes.drain(first..).collect();
            self.store_name(name, t, false);
            self.f().scopes.extend(hidden);
            return;
        };
        if f.scopes[..=var_scope].iter().any(|s| s.bindings.find(name).is_some_and(|b| b.kind == BKind::Param)) {
            return;
        }
        let target = &f.scopes[var_scope];
        let ok = match target.bindings.find(name) {
            Some(b) => matches!(b.kind, BKind::Var | BKind::Function),
            // Indirect eval code: its var bindings are the global object's properties
            // (EvalDeclarationInstantiation created the binding at run time).
            None => target.kind == ScopeKind::Global && matches!(self.mode, Mode::Eval { direct: false, .. }),
        };
        if !ok {
            return;
        }
        let t = self.alloc();
        self.load_name(name, t, false);
        // Resolve against the var scope by temporarily hiding the inner scopes.
        let hidden: Vec<CScope> = self.f().scopes.drain(var_scope + 1..).collect();
        self.store_name(name, t, false);
        self.f().scopes.extend(hidden);
    }

    /// A block's (or case block's) declarations: oxc's bindings of its scope plus, in sloppy
    /// code, the LexicallyScopedDeclarations (ECMA-262 §8.2.5) oxc moved out of it. Annex B.3.3
    /// makes oxc move a plain block-level function's binding to the var scope (and, for a
    /// function in an `if` clause, a same-named `let` with it), but the block still has its
    /// own binding of the name (§14.2.3 BlockDeclarationInstantiation); the var binding is
    /// the extra one B.3.3 adds.
    pub(super) fn block_decls(
        &self,
        scope: Option<oxc_syntax::scope::ScopeId>,
        body: &'a [Statement<'a>],
    ) -> Vec<Decl<'a>> {
        self.block_decls_of(scope, body.iter())
    }

    pub(super) fn block_decls_of(
        &self,
        scope: Option<oxc_syntax::scope::ScopeId>,
        body: impl Iterator<Item = &'a Statement<'a>>,
    ) -> Vec<Decl<'a>> {
        let mut decls = self.scope_decls(scope);
        if self.strict() {
            return decls;
        }
        for s in body {
            let mut add = |name: &'a str, kind: BKind, sym| {
                if !decls.iter().any(|(n, _, _)| n == name) {
                    decls.push((Name::Borrowed(name), kind, sym));
                }
            };
            match s {
                Statement::FunctionDeclaration(f) => {
                    if let Some(id) = &f.id {
                        add(id.name.as_str(), BKind::Function, id.symbol_id.get());
                    }
                }
                Statement::VariableDeclaration(d) if d.kind != VariableDeclarationKind::Var => {
                    let kind = if d.kind == VariableDeclarationKind::Let { BKind::Let } else { BKind::Const };
                    for decl in &d.declarations {
                        for id in decl.id.get_binding_identifiers() {
                            add(id.name.as_str(), kind, id.symbol_id.get());
                        }
                    }
                }
                Statement::ClassDeclaration(c) => {
                    if let Some(id) = &c.id {
                        add(id.name.as_str(), BKind::Class, id.symbol_id.get());
                    }
                }
                _ => {}
            }
        }
        decls
    }

    /// Emits the return of `value` (with derived-constructor semantics when needed).
    pub(super) fn emit_return(&mut self, value: Reg) {
        if self.fr().derived {
            let has_env_this = self.fr().scopes.iter().any(|s| s.bindings.has("this"));
            if has_env_this && let Resolved::Env { env, hops, slot, .. } = self.resolve_internal("this") {
                let t = self.alloc();
                self.emit(Op::GetEnv { dst: t, env, hops, slot });
                self.emit(Op::ReturnDerived { src: value, this: t });
                return;
            }
            self.emit(Op::ReturnDerived { src: value, this: crate::bytecode::NO_REG });
        } else {
            self.emit(Op::Return { src: value });
        }
    }

    pub(super) fn block_statement(&mut self, b: &'a BlockStatement<'a>) {
        let decls = self.block_decls(b.scope_id.get(), &b.body);
        let has = !decls.is_empty();
        if has {
            self.push_scope(ScopeKind::Block, decls, false);
        }
        self.hoist_functions(&b.body);
        self.statements(&b.body);
        if has {
            self.pop_scope();
        }
    }

    /// The statements of a scope (a block, a function or module body): with a `using`
    /// declaration among them, inside the scope's disposal.
    pub(super) fn statements(&mut self, body: &'a [Statement<'a>]) {
        match using_kind(body.iter()) {
            None => body.iter().for_each(|s| self.statement(s)),
            Some(is_async) => self.with_disposal(is_async, |c| body.iter().for_each(|s| c.statement(s))),
        }
    }

    /// Compiles `body` as a scope whose `using` declarations add to a DisposeCapability
    /// (ECMA-262 §14.2.2 Block evaluation with DisposeResources): every exit — the end,
    /// `break` / `continue` / `return` (through `exit_controls`), a throw or a generator's
    /// return — disposes the resources, newest first, and a throw during disposal becomes
    /// the completion (a SuppressedError over an earlier throw).
    pub(super) fn with_disposal(&mut self, is_async: bool, body: impl FnOnce(&mut Self)) {
        let stack = self.alloc();
        self.emit(Op::NewDisposeStack { dst: stack });
        let protect = self.begin_protect();
        self.f().controls.push(Control::Dispose { stack, protect, is_async });
        self.f().dispose_stacks.push(stack);
        body(self);
        self.f().dispose_stacks.pop();
        self.f().controls.pop();
        self.pause_protect(protect);
        let end = self.b().label();
        self.dispose_resources(stack, is_async);
        self.b().jump(end);
        let (exc, on_return) = self.abrupt_handler(protect);
        self.emit(Op::DisposeError { stack, error: exc });
        self.b().bind(on_return);
        self.dispose_resources(stack, is_async);
        self.emit(Op::EndFinally { kind: exc + 1, value: exc });
        self.b().bind(end);
    }

    /// Starts the finally handler of `protect` here: its registers (exc = the completion's
    /// value, exc + 1 = its kind, exc + 2 scratch) and a jump to the returned label for a
    /// return completion (a generator's `return()`); a throw falls through.
    fn abrupt_handler(&mut self, protect: usize) -> (Reg, LabelId) {
        let exc = self.b().alloc_n(3);
        let handler = self.b().pc();
        self.end_protect(protect, handler, exc, true);
        let on_return = self.b().label();
        self.emit(Op::LoadInt { dst: exc + 2, value: 1 });
        self.b().emit_jump(Op::JumpIfStrictEq { a: exc + 1, b: exc + 2, target: 0 }, on_return);
        (exc, on_return)
    }

    /// DisposeResources(stack, completion): steps through the resources, awaiting what
    /// each async one returns (a rejection is recorded as a throw during disposal), then
    /// throws the completion's error if there is one.
    pub(super) fn dispose_resources(&mut self, stack: Reg, is_async: bool) {
        let mark = self.b().mark();
        let value = self.alloc();
        let done = self.b().label();
        let top = self.b().here();
        self.b().emit_jump(Op::DisposeStep { stack, dst: value, done: 0 }, done);
        match self.fr().gen_reg.filter(|_| is_async) {
            Some(generator) => {
                let awaiting = self.begin_protect();
                self.emit(Op::Await { dst: value, src: value, generator });
                self.pause_protect(awaiting);
                self.b().jump(top);
                let error = self.alloc();
                let handler = self.b().pc();
                self.end_protect(awaiting, handler, error, false);
                self.emit(Op::DisposeError { stack, error });
                self.b().jump(top);
            }
            None => self.b().jump(top),
        }
        self.b().bind(done);
        self.emit(Op::DisposeFinish { stack });
        self.b().release(mark);
    }

    fn loop_body(&mut self, body: &'a Statement<'a>, labels: Vec<String>, brk: LabelId, cont: LabelId) {
        self.f().controls.push(Control::Loop { labels, brk, cont });
        self.statement(body);
        self.f().controls.pop();
    }

    /// A class declaration: the class, bound to its name (`export default class {}` binds
    /// `*default*` and is named `default`).
    pub(super) fn class_declaration(&mut self, c: &'a Class<'a>, default_name: Option<&str>) {
        let r = self.alloc();
        self.class(c, r, default_name);
        let name = match (&c.id, default_name) {
            (Some(id), _) => id.name.as_str(),
            (None, Some(_)) => super::module::DEFAULT_BINDING,
            (None, None) => return,
        };
        self.store_name(name, r, true);
        self.mark_initialized(name);
    }

    pub(super) fn variable_declaration(&mut self, d: &'a VariableDeclaration<'a>) {
        let lexical = d.kind != VariableDeclarationKind::Var;
        let using = match d.kind {
            VariableDeclarationKind::Using => Some(false),
            VariableDeclarationKind::AwaitUsing => Some(true),
            _ => None,
        };
        if let Some(is_async) = using {
            self.using_declaration(d, is_async);
            return;
        }
        for decl in &d.declarations {
            let mark = self.b().mark();
            match &decl.init {
                Some(init)
                    if !lexical
                        && let BindingPattern::BindingIdentifier(id) = &decl.id
                        && let Resolved::Dynamic { env } = self.resolve(&id.name) =>
                {
                    // The reference is resolved before the initializer runs (it may be a
                    // `with` object property that the initializer deletes).
                    let base = self.alloc();
                    let k = self.k_str(&id.name);
                    self.emit(Op::ResolveName { dst: base, env, name: k });
                    let r = self.alloc();
                    self.expr_named(init, r, Some(&id.name));
                    let strict = self.strict();
                    self.emit(Op::SetNameRef { base, name: k, src: r, strict });
                }
                // A `let`/`const` in a register is the destination of its own initializer:
                // no code reads it before the initializer ends (the initializer does not
                // name it, and a throw leaves the block that declares it), so what the
                // initializer writes there on the way is never seen. A `var` is, when its
                // initializer writes its destination once, after reading everything.
                Some(init)
                    if let BindingPattern::BindingIdentifier(id) = &decl.id
                        && let Resolved::Reg { reg, kind, tdz } = self.resolve(&id.name)
                        && if lexical {
                            !super::writes::may_mention(init, &id.name)
                        } else {
                            kind == BKind::Var && !tdz && self.writes_once_after_reading(init)
                        } =>
                {
                    self.expr_into_local(init, reg, Some(&id.name));
                    if lexical {
                        self.mark_initialized(&id.name);
                    }
                }
                Some(init) => {
                    let r = self.alloc();
                    self.expr_named(init, r, super::function::binding_simple_name(&decl.id));
                    let mode = if lexical { BindMode::Init } else { BindMode::Var };
                    self.pos(decl.span);
                    self.bind_pattern(&decl.id, r, mode);
                }
                None if lexical => {
                    let r = self.alloc();
                    self.emit(Op::LoadUndef { dst: r });
                    self.bind_pattern(&decl.id, r, BindMode::Init);
                }
                None => {}
            }
            self.b().release(mark);
        }
    }

    /// `using` / `await using` declarations (ECMA-262 §14.3.1.2): each initializer's value
    /// is bound (as a `const`) and added to the scope's DisposeCapability.
    fn using_declaration(&mut self, d: &'a VariableDeclaration<'a>, is_async: bool) {
        let Some(&stack) = self.fr().dispose_stacks.last() else {
            self.error("using declarations are only allowed in blocks, functions and modules", d.span);
            return;
        };
        // `await using` is an AwaitExpression's context: async functions and module bodies
        // (elsewhere `await` is an identifier and the declaration does not parse).
        if is_async && !self.fr().is_async {
            self.error("await using is only valid in async functions and the top level of modules", d.span);
            return;
        }
        for decl in &d.declarations {
            let mark = self.b().mark();
            let r = self.alloc();
            match &decl.init {
                Some(init) => self.expr_named(init, r, super::function::binding_simple_name(&decl.id)),
                None => {
                    self.emit(Op::LoadUndef { dst: r });
                }
            }
            self.pos(decl.span);
            self.bind_pattern(&decl.id, r, BindMode::Init);
            self.emit(Op::AddDisposable { stack, value: r, is_async });
            self.b().release(mark);
        }
    }

    /// `for (init; test; update)`; with a `using` declaration as `init`, the loop is the
    /// scope of its resources, disposed when the loop ends (ECMA-262 §14.7.4.2
    /// ForLoopEvaluation: DisposeResources after ForBodyEvaluation).
    fn for_statement(&mut self, f: &'a ForStatement<'a>, labels: Vec<String>) {
        if let Some(ForStatementInit::VariableDeclaration(d)) = &f.init
            && let Some(is_async) = using_hint(d.kind)
        {
            self.with_disposal(is_async, |c| c.for_loop(f, labels));
            return;
        }
        self.for_loop(f, labels);
    }

    fn for_loop(&mut self, f: &'a ForStatement<'a>, labels: Vec<String>) {
        /// `a < b` (or <=, >, >=) over identifiers, literals and `x.y` reads: cheap to compile
        /// twice and holding no function, class or private name that would be created twice.
        fn is_simple_comparison(e: &Expression<'_>) -> bool {
            fn simple(e: &Expression<'_>) -> bool {
                match e {
                    Expression::Identifier(_) | Expression::NumericLiteral(_) | Expression::StringLiteral(_) => true,
                    Expression::StaticMemberExpression(m) => {
                        !m.optional && matches!(m.object, Expression::Identifier(_))
                    }
                    _ => false,
                }
            }
            matches!(e, Expression::BinaryExpression(b)
                if b.operator.is_compare() && simple(&b.left) && simple(&b.right))
        }
        self.set_completion_undefined();
        let decls = self.scope_decls(f.scope_id.get());
        let has_scope = !decls.is_empty();
        if has_scope {
            self.push_scope(ScopeKind::Block, decls, false);
        }
        match &f.init {
            Some(ForStatementInit::VariableDeclaration(d)) => self.variable_declaration(d),
            Some(init) => {
                if let Some(e) = init.as_expression() {
                    self.expr_discard(e);
                }
            }
            None => {}
        }
        let env = self.fr().scopes.last().and_then(|s| if has_scope { s.env_reg } else { None });
        if let Some(env) = env {
            self.emit(Op::CloneEnv { env });
        }
        let brk = self.b().label();
        let cont = self.b().label();
        let top = self.b().here();
        // A simple relational test is also compiled at the bottom (loop inversion): each
        // iteration then ends in one compare-and-branch instead of a jump and a test.
        let inverted = f.test.as_ref().filter(|t| is_simple_comparison(t));
        let body = self.b().label();
        if let Some(t) = &f.test {
            self.cond_jump(t, false, brk);
        }
        self.b().bind(body);
        self.loop_body(&f.body, labels, brk, cont);
        self.b().bind(cont);
        if let Some(env) = env {
            self.emit(Op::CloneEnv { env });
        }
        // `for (…; i < n; i++)` over register locals ends in one IncJumpIfCompare.
        let counting = match (inverted, &f.update) {
            (Some(t), Some(u)) if env.is_none() => self.counting_loop(t, u).map(|c| (c, u.span())),
            _ => None,
        };
        if let Some(((op, counter, limit), span)) = counting {
            self.pos(span);
            self.b().emit_jump(Op::IncJumpIfCompare { op, counter, limit, target: 0 }, body);
        } else {
            if let Some(u) = &f.update {
                self.expr_discard(u);
            }
            match inverted {
                Some(t) => self.cond_jump(t, true, body),
                None => self.b().jump(top),
            }
        }
        self.b().bind(brk);
        if has_scope {
            self.pop_scope();
        }
    }

    /// The parts of a counting loop's back edge: test `i < n` or `i <= n` and update `i++`
    /// or `++i`, where `i` is a mutable register local and `n` another register local.
    fn counting_loop(&mut self, test: &'a Expression<'a>, update: &'a Expression<'a>) -> Option<(BinOp, Reg, Reg)> {
        let Expression::UpdateExpression(u) = update else { return None };
        if u.operator != UpdateOperator::Increment {
            return None;
        }
        let SimpleAssignmentTarget::AssignmentTargetIdentifier(counter) = &u.argument else { return None };
        let Expression::BinaryExpression(b) = test else { return None };
        let op = match b.operator {
            BinaryOperator::LessThan => BinOp::Lt,
            BinaryOperator::LessEqualThan => BinOp::Le,
            _ => return None,
        };
        let (Expression::Identifier(left), Expression::Identifier(right)) = (&b.left, &b.right) else { return None };
        if left.name != counter.name || right.name == counter.name {
            return None;
        }
        let counter = self.mutable_local_reg(&counter.name)?;
        let limit = self.local_reg(&right.name)?;
        Some((op, counter, limit))
    }

    /// Evaluates the right-hand side of for-in/of with the loop's lexical names in TDZ.
    fn for_head_rhs(
        &mut self,
        left: &'a ForStatementLeft<'a>,
        scope: Option<ScopeId>,
        right: &'a Expression<'a>,
        dst: Reg,
    ) {
        let lexical =
            matches!(left, ForStatementLeft::VariableDeclaration(d) if d.kind != VariableDeclarationKind::Var);
        if lexical {
            let decls = self.scope_decls(scope);
            self.push_scope(ScopeKind::Block, decls, false);
            self.expr_into(right, dst);
            self.pop_scope();
        } else {
            self.expr_into(right, dst);
        }
    }

    /// Binds the per-iteration value to the for-in/of left side.
    fn for_bind_left(&mut self, left: &'a ForStatementLeft<'a>, value: Reg) {
        match left {
            ForStatementLeft::VariableDeclaration(d) => {
                let mode = if d.kind == VariableDeclarationKind::Var { BindMode::Var } else { BindMode::Init };
                if let Some(decl) = d.declarations.first() {
                    self.bind_pattern(&decl.id, value, mode);
                }
                // `for (using x of …)`: the iteration's resource (ForIn/OfBodyEvaluation
                // step 6.j.iii).
                if let Some(is_async) = using_hint(d.kind)
                    && let Some(&stack) = self.fr().dispose_stacks.last()
                {
                    self.emit(Op::AddDisposable { stack, value, is_async });
                }
            }
            other => {
                if let Some(t) = other.as_assignment_target() {
                    self.assign_target(t, value);
                }
            }
        }
    }

    fn for_in_statement(&mut self, f: &'a ForInStatement<'a>, labels: Vec<String>) {
        self.set_completion_undefined();
        // Annex B: `for (var x = init in obj)`.
        if let ForStatementLeft::VariableDeclaration(d) = &f.left
            && let Some(decl) = d.declarations.first()
            && let Some(init) = &decl.init
        {
            let r = self.alloc();
            self.expr_named(init, r, super::function::binding_simple_name(&decl.id));
            self.bind_pattern(&decl.id, r, BindMode::Var);
        }
        let obj = self.alloc();
        self.for_head_rhs(&f.left, f.scope_id.get(), &f.right, obj);
        let state = self.alloc();
        let brk = self.b().label();
        self.emit(Op::ForInPrepare { dst: state, src: obj });
        let cont = self.b().here();
        let key = self.alloc();
        self.b().emit_jump(Op::ForInNext { dst: key, state, done: 0 }, brk);
        let decls = self.scope_decls(f.scope_id.get());
        let scoped = !decls.is_empty();
        if scoped {
            self.push_scope(ScopeKind::Block, decls, false);
        }
        self.for_bind_left(&f.left, key);
        self.loop_body(&f.body, labels, brk, cont);
        if scoped {
            self.pop_scope();
        }
        self.b().jump(cont);
        self.b().bind(brk);
    }

    fn for_of_statement(&mut self, f: &'a ForOfStatement<'a>, labels: Vec<String>) {
        self.set_completion_undefined();
        if f.r#await {
            self.for_await_statement(f, labels);
            return;
        }
        let obj = self.alloc();
        self.for_head_rhs(&f.left, f.scope_id.get(), &f.right, obj);
        let iter = self.alloc();
        let next = self.alloc();
        let at = self.emit(Op::GetIterator { iter, next, src: obj });
        self.b().note_operand(at, f.right.span());
        // `break` lands on `brk`, which closes the iterator; exhaustion skips to `done`.
        let brk = self.b().label();
        let done = self.b().label();
        // `for (const x of …)` whose `x` lives in a register: each step writes `x` itself.
        // Its scope is opened once, before the loop: a binding no closure captures is
        // indistinguishable from a fresh one per iteration, and it is initialized by the
        // step before any code of the iteration can read it.
        if let Some(name) = self.for_of_register_binding(f) {
            let decls = self.scope_decls(f.scope_id.get());
            self.push_scope(ScopeKind::Block, decls, false);
            if let Resolved::Reg { reg, .. } = self.resolve(name) {
                let cont = self.b().here();
                self.b().emit_jump(Op::IterStep { dst: reg, iter, next, done: 0 }, done);
                self.mark_initialized(name);
                let protect = self.for_of_body(f, labels, iter, None, (brk, cont), false);
                self.pop_scope();
                self.for_of_close(protect, iter, brk, done);
                return;
            }
            self.pop_scope();
        }
        let cont = self.b().here();
        let value = self.alloc();
        self.b().emit_jump(Op::IterStep { dst: value, iter, next, done: 0 }, done);
        let protect = self.for_of_body(f, labels, iter, Some(value), (brk, cont), false);
        self.for_of_close(protect, iter, brk, done);
    }

    /// The binding name of `for (let x of …)` / `for (const x of …)` when its scope would
    /// hold only registers (see `scope_in_registers`).
    fn for_of_register_binding(&self, f: &'a ForOfStatement<'a>) -> Option<&'a str> {
        let ForStatementLeft::VariableDeclaration(d) = &f.left else { return None };
        if !matches!(d.kind, VariableDeclarationKind::Let | VariableDeclarationKind::Const) {
            return None;
        }
        let [decl] = d.declarations.as_slice() else { return None };
        let BindingPattern::BindingIdentifier(id) = &decl.id else { return None };
        let decls = self.scope_decls(f.scope_id.get());
        self.scope_in_registers(ScopeKind::Block, &decls).then_some(id.name.as_str())
    }

    /// A for-of loop's exits: the handler that closes the iterator on an abrupt completion
    /// of the body, `break`'s close, and the exhausted iterator's exit.
    fn for_of_close(&mut self, protect: usize, iter: Reg, brk: LabelId, done: LabelId) {
        let exc = self.b().alloc_n(2);
        let handler = self.b().pc();
        self.end_protect(protect, handler, exc, true);
        self.emit(Op::IterCloseAbrupt { iter, kind: exc + 1 });
        self.emit(Op::EndFinally { kind: exc + 1, value: exc });
        self.b().bind(brk);
        self.emit(Op::IterClose { iter });
        self.b().bind(done);
    }

    /// The binding of `value` and the body of a for-of / for-await loop, inside a protected
    /// region whose exits close `iter`; returns the region (its handler is the caller's).
    /// `value` None: the step wrote the binding itself, in a scope the caller opened.
    fn for_of_body(
        &mut self,
        f: &'a ForOfStatement<'a>,
        labels: Vec<String>,
        iter: Reg,
        value: Option<Reg>,
        (brk, cont): (LabelId, LabelId),
        is_async: bool,
    ) -> usize {
        let protect = self.begin_protect();
        self.f().controls.push(Control::IterClose { iter, protect, is_async });
        let decls = if value.is_some() { self.scope_decls(f.scope_id.get()) } else { Vec::new() };
        let scoped = !decls.is_empty();
        if scoped {
            self.push_scope(ScopeKind::Block, decls, false);
        }
        match (&f.left, value) {
            (_, None) => self.loop_body(&f.body, labels, brk, cont),
            // `for (using x of …)`: each iteration is the scope of its resource, disposed
            // when the iteration ends, however it ends (inside the loop's control, so
            // `break` and `continue` dispose too).
            (ForStatementLeft::VariableDeclaration(d), Some(value)) if let Some(is_async) = using_hint(d.kind) => {
                self.f().controls.push(Control::Loop { labels, brk, cont });
                self.with_disposal(is_async, |c| {
                    c.for_bind_left(&f.left, value);
                    c.statement(&f.body);
                });
                self.f().controls.pop();
            }
            (_, Some(value)) => {
                self.for_bind_left(&f.left, value);
                self.loop_body(&f.body, labels, brk, cont);
            }
        }
        if scoped {
            self.pop_scope();
        }
        self.b().jump(cont);
        self.f().controls.pop();
        protect
    }

    /// `for await (x of y)` (ECMA-262 §14.7.5.6–7 with iteratorKind async): GetIterator(y,
    /// async), then per step `await next()`; leaving the loop early runs AsyncIteratorClose,
    /// which awaits return()'s result (after a throw, ignoring its failures).
    fn for_await_statement(&mut self, f: &'a ForOfStatement<'a>, labels: Vec<String>) {
        let Some(generator) = self.fr().gen_reg else {
            self.error("for await is only valid in async functions", f.span);
            return;
        };
        let obj = self.alloc();
        self.for_head_rhs(&f.left, f.scope_id.get(), &f.right, obj);
        let iter = self.alloc();
        let next = self.alloc();
        self.emit(Op::GetAsyncIterator { iter, next, src: obj });
        let brk = self.b().label();
        let done = self.b().label();
        let cont = self.b().here();
        let value = self.alloc();
        // V8 places a `for await` step at the loop's binding (for stack traces).
        let at = match &f.left {
            ForStatementLeft::VariableDeclaration(d) => d.declarations.first().map_or(d.span, |d| d.id.span()),
            left => left.span(),
        };
        self.pos(at);
        self.emit(Op::Call { dst: value, callee: next, this: iter, args: value, argc: 0 });
        self.emit(Op::Await { dst: value, src: value, generator });
        self.b().emit_jump(Op::AsyncIterStep { dst: value, result: value, done: 0 }, done);
        let protect = self.for_of_body(f, labels, iter, Some(value), (brk, cont), true);
        let (exc, on_return) = self.abrupt_handler(protect);
        // A throw completion wins over anything return() does: its failures are ignored.
        let quiet = self.begin_protect();
        let closed = self.b().label();
        self.b().emit_jump(Op::AsyncIterCallReturn { dst: exc + 2, iter, done: 0 }, closed);
        self.emit(Op::Await { dst: exc + 2, src: exc + 2, generator });
        self.pause_protect(quiet);
        self.b().bind(closed);
        let target = self.b().pc();
        self.end_protect(quiet, target, exc + 2, false);
        self.emit(Op::EndFinally { kind: exc + 1, value: exc });
        self.b().bind(on_return);
        self.async_iterator_close(iter);
        self.emit(Op::EndFinally { kind: exc + 1, value: exc });
        self.b().bind(brk);
        self.async_iterator_close(iter);
        self.b().bind(done);
    }

    /// AsyncIteratorClose(iter, a normal or return completion) (ECMA-262 §7.4.13): await
    /// return()'s result, which must be an object.
    pub(super) fn async_iterator_close(&mut self, iter: Reg) {
        let Some(generator) = self.fr().gen_reg else { return };
        let mark = self.b().mark();
        let t = self.alloc();
        let closed = self.b().label();
        self.b().emit_jump(Op::AsyncIterCallReturn { dst: t, iter, done: 0 }, closed);
        self.emit(Op::Await { dst: t, src: t, generator });
        self.emit(Op::CheckIterResult { src: t });
        self.b().bind(closed);
        self.b().release(mark);
    }

    fn try_statement(&mut self, t: &'a TryStatement<'a>) {
        self.set_completion_undefined();
        let end = self.b().label();
        let fin_protect = if let Some(fin) = &t.finalizer {
            let id = self.begin_protect();
            self.f().controls.push(Control::Finally { body: fin, protect: id });
            Some(id)
        } else {
            None
        };
        if let Some(handler) = &t.handler {
            let id = self.begin_protect();
            self.f().controls.push(Control::Protect { id });
            self.block_statement(&t.block);
            self.f().controls.pop();
            let after = self.b().label();
            self.b().jump(after);
            let exc = self.alloc();
            let target = self.b().pc();
            self.end_protect(id, target, exc, false);
            self.pos(handler.span);
            // Two scopes, as in the spec: the catch parameters, then the block. (oxc may put
            // the parameters in either of its scopes; we sort them out by name.)
            let mut params: Vec<(&'a str, Option<SymbolId>)> = Vec::new();
            if let Some(p) = &handler.param {
                super::function::bound_identifiers(&p.pattern, &mut params);
            }
            let mut body = if handler.body.scope_id.get() != handler.scope_id.get() {
                self.scope_decls(handler.scope_id.get())
            } else {
                Vec::new()
            };
            for d in self.block_decls(handler.body.scope_id.get(), &handler.body.body) {
                if !body.iter().any(|b| b.0 == d.0) {
                    body.push(d);
                }
            }
            for (n, k, _) in &body {
                if (k.is_lexical() || *k == BKind::Function) && params.iter().any(|p| p.0 == *n) {
                    self.error(format!("Identifier '{n}' has already been declared"), handler.body.span);
                }
            }
            // A body `var` named like a parameter is Annex B's assignment to the parameter.
            body.retain(|d| !params.iter().any(|p| p.0 == d.0));
            let param_decls = params.into_iter().map(|(n, s)| (Name::Borrowed(n), BKind::Catch, s)).collect();
            self.push_scope(ScopeKind::Block, param_decls, false);
            if let Some(p) = &handler.param {
                self.bind_pattern(&p.pattern, exc, BindMode::Init);
            }
            self.push_scope(ScopeKind::Block, body, false);
            self.hoist_functions(&handler.body.body);
            self.statements(&handler.body.body);
            self.pop_scope();
            self.pop_scope();
            self.b().bind(after);
        } else {
            self.block_statement(&t.block);
        }
        if let (Some(fin), Some(id)) = (&t.finalizer, fin_protect) {
            self.f().controls.pop();
            self.pause_protect(id);
            // Normal completion: run the finally block inline.
            self.finally_block(fin);
            self.b().jump(end);
            let exc = self.b().alloc_n(2);
            let target = self.b().pc();
            self.end_protect(id, target, exc, true);
            self.finally_block(fin);
            self.emit(Op::EndFinally { kind: exc + 1, value: exc });
        }
        self.b().bind(end);
    }

    /// A finally block, with its completion value (ECMA-262 §14.15.3): a normal finally
    /// keeps the completion the try (or catch) produced; one that breaks out completes with
    /// its own value, or undefined (UpdateEmpty(F, undefined)).
    pub(super) fn finally_block(&mut self, fin: &'a BlockStatement<'a>) {
        let Some(c) = self.fr().completion else {
            self.block_statement(fin);
            return;
        };
        let keep = self.alloc();
        self.emit(Op::Move { dst: keep, src: c });
        self.emit(Op::LoadUndef { dst: c });
        self.block_statement(fin);
        self.emit(Op::Move { dst: c, src: keep });
    }

    fn switch_statement(&mut self, sw: &'a SwitchStatement<'a>, labels: Vec<String>) {
        self.set_completion_undefined();
        let d = self.alloc();
        self.expr_into(&sw.discriminant, d);
        let case_bodies = sw.cases.iter().flat_map(|c| c.consequent.iter());
        let decls = self.block_decls_of(sw.scope_id.get(), case_bodies);
        self.push_scope(ScopeKind::Switch, decls, false);
        for c in &sw.cases {
            self.hoist_functions(&c.consequent);
        }
        let brk = self.b().label();
        let case_labels: Vec<LabelId> = sw.cases.iter().map(|_| self.b().label()).collect();
        let mut default = None;
        for (i, c) in sw.cases.iter().enumerate() {
            match &c.test {
                Some(test) => {
                    let mark = self.b().mark();
                    let t = self.expr_any(test);
                    self.b().emit_jump(Op::JumpIfStrictEq { a: d, b: t, target: 0 }, case_labels[i]);
                    self.b().release(mark);
                }
                None => default = Some(i),
            }
        }
        match default {
            Some(i) => self.b().jump(case_labels[i]),
            None => self.b().jump(brk),
        }
        let mut labels = labels;
        labels.push("%switch".into());
        self.f().controls.push(Control::Break { labels, brk });
        let cases = |c: &mut Self| {
            for (i, case) in sw.cases.iter().enumerate() {
                c.b().bind(case_labels[i]);
                for s in &case.consequent {
                    c.statement(s);
                }
            }
        };
        match using_kind(sw.cases.iter().flat_map(|c| c.consequent.iter())) {
            None => cases(self),
            Some(is_async) => self.with_disposal(is_async, cases),
        }
        self.f().controls.pop();
        self.pop_scope();
        self.b().bind(brk);
    }
}

/// Whether `stmts` (a scope's own statements) declare with `using` (Some), and whether
/// any of those is an `await using` (Some(true)).
pub(super) fn using_kind<'s, 'a: 's>(stmts: impl Iterator<Item = &'s Statement<'a>>) -> Option<bool> {
    let mut found = None;
    for s in stmts {
        if let Statement::VariableDeclaration(d) = s
            && let Some(is_async) = using_hint(d.kind)
        {
            found = Some(is_async || found == Some(true));
        }
    }
    found
}

/// Whether a declaration kind is `using` (Some(false)) or `await using` (Some(true)).
pub(super) fn using_hint(kind: VariableDeclarationKind) -> Option<bool> {
    match kind {
        VariableDeclarationKind::Using => Some(false),
        VariableDeclarationKind::AwaitUsing => Some(true),
        _ => None,
    }
}
