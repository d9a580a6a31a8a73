//! Pre-pass over the AST: which bindings are captured by closures (and so live in heap
//! environments), and per-function facts the code generator needs (direct eval, `with`,
//! `arguments`, `this` used from arrows).
//!
//! Every function-like construct gets an index: the program (0), functions, arrows, and the
//! synthetic functions a class creates for field initializers and static blocks.

use crate::hash::IdMap as HashMap;
use oxc_ast::ast::*;
use oxc_ast_visit::{Visit, walk};
use oxc_semantic::Scoping;
use oxc_syntax::scope::{ScopeFlags, ScopeId};
use oxc_syntax::symbol::SymbolId;

/// Facts about one function-like construct.
#[derive(Default, Debug, Clone)]
pub struct FnFacts {
    pub is_arrow: bool,
    /// Contains a direct `eval(...)` call itself.
    pub has_direct_eval: bool,
    /// This function or a nested one (transitively) contains direct eval: its bindings must
    /// all live in named environments.
    pub eval_inside: bool,
    pub has_with: bool,
    /// References `arguments` (directly or from nested arrows).
    pub uses_arguments: bool,
    /// `arguments` is referenced from a nested arrow (must be env-allocated).
    pub arguments_captured: bool,
    /// `arguments` is used other than as a plain read of `arguments.length` in the
    /// function's own code (anything else needs the object itself).
    pub arguments_escapes: bool,
    /// The function's own code reads `arguments.length` (see `arguments_escapes`).
    pub arguments_length_read: bool,
    /// The function's own code passes `arguments` as the list of an `X.apply(Y, arguments)`
    /// call (see [`apply_spread_of_arguments`]); not an escape by itself.
    pub arguments_applied: bool,
    /// `this`/`super`/`new.target` are used from nested arrows or eval: the receiver must be
    /// kept in the environment.
    pub this_captured: bool,
    /// The function's own code (not a nested arrow's) reads `this`.
    pub uses_this: bool,
}

/// Result of the analysis.
pub struct Analysis {
    pub fns: Vec<FnFacts>,
    /// Function index of each function-like node, keyed by node address.
    pub fn_index: HashMap<usize, usize>,
    /// Captured flag per symbol id.
    pub captured: Vec<bool>,
    /// Per symbol: whether a `let`/`const` binding is referenced only after its declarator
    /// in source order (see `Analysis::read_only_after_declaration`).
    referenced_after_declarator: Vec<bool>,
}

impl Analysis {
    pub fn is_captured(&self, s: SymbolId) -> bool {
        self.captured.get(s.index()).copied().unwrap_or(true)
    }
    /// Whether `let`/`const` binding `s` is read and written only after its declarator has
    /// run, whenever its scope is entered by its start: every reference follows the
    /// declarator (initializer included) in the source, and the binding belongs to a
    /// statement-list declaration (not a `for-in/of` head, whose right side is evaluated
    /// with the binding in its TDZ). Such a binding needs no TDZ mark when its scope opens,
    /// except in a `switch`, whose case clauses are entered past declarations (the caller
    /// checks). A binding captured by a closure lives in an environment and is not asked.
    pub fn read_only_after_declaration(&self, s: SymbolId) -> bool {
        self.referenced_after_declarator.get(s.index()).copied().unwrap_or(false)
    }
    pub fn index_of<T>(&self, node: &T) -> usize {
        self.fn_index.get(&(node as *const T as usize)).copied().unwrap_or(0)
    }
}

struct Analyzer<'s> {
    scoping: &'s Scoping,
    fns: Vec<FnFacts>,
    fn_index: HashMap<usize, usize>,
    stack: Vec<usize>,
    scope_fn: HashMap<ScopeId, usize>,
    /// (symbol, function that references it)
    refs: Vec<(SymbolId, usize)>,
    /// The identifier about to be visited is the object of a plain `arguments.length` read.
    arguments_length_read: bool,
    /// The `arguments` identifier (by address) that is the list of the `X.apply(Y,
    /// arguments)` call being visited.
    applied_arguments: Option<usize>,
    /// Per symbol: the end of its `let`/`const` declarator (0: none recorded).
    declarator_end: Vec<u32>,
    /// Per symbol: the start of its first reference in source order (u32::MAX: none).
    first_reference: Vec<u32>,
    /// The declaration (by address) of the `for-in/of` head being visited.
    loop_head_declaration: Option<usize>,
}

/// `X.apply(Y, arguments)` (not optional, no spread): the `arguments` identifier when `c`
/// is such a call. Function.prototype.apply's CreateListFromArrayLike reads the object's
/// `length` and elements only, which a call can take from its caller's frame instead.
pub fn apply_spread_of_arguments<'c, 'a>(c: &'c CallExpression<'a>) -> Option<&'c IdentifierReference<'a>> {
    let Expression::StaticMemberExpression(m) = &c.callee else { return None };
    if c.optional || m.optional || m.property.name != "apply" || c.arguments.len() != 2 {
        return None;
    }
    match (&c.arguments[0], &c.arguments[1]) {
        (Argument::SpreadElement(_), _) => None,
        (_, Argument::Identifier(id)) if id.name == "arguments" => Some(id),
        _ => None,
    }
}

/// `arguments.length` (not optional, not computed): the count of a call's arguments.
pub fn is_arguments_length(m: &StaticMemberExpression<'_>) -> bool {
    !m.optional
        && m.property.name == "length"
        && matches!(&m.object, Expression::Identifier(id) if id.name == "arguments")
}

/// Runs the analysis over a program.
pub fn analyze(program: &Program<'_>, scoping: &Scoping) -> Analysis {
    let mut a = Analyzer {
        scoping,
        fns: vec![FnFacts::default()],
        fn_index: HashMap::default(),
        stack: vec![0],
        scope_fn: HashMap::default(),
        refs: Vec::new(),
        arguments_length_read: false,
        applied_arguments: None,
        declarator_end: vec![0; scoping.symbols_len()],
        first_reference: vec![u32::MAX; scoping.symbols_len()],
        loop_head_declaration: None,
    };
    if let Some(s) = program.scope_id.get() {
        a.scope_fn.insert(s, 0);
    }
    a.fn_index.insert(program as *const _ as usize, 0);
    a.visit_program(program);
    let mut captured = vec![false; scoping.symbols_len()];
    // Functions with eval inside keep everything in environments.
    for (s, r) in a.refs.iter().copied() {
        let d = a.decl_fn(s);
        if d != r {
            captured[s.index()] = true;
        }
    }
    for s in scoping.symbol_ids() {
        let d = a.decl_fn(s);
        if a.fns[d].eval_inside || a.fns[d].has_with {
            captured[s.index()] = true;
        }
    }
    let referenced_after_declarator =
        a.declarator_end.iter().zip(&a.first_reference).map(|(&end, &first)| end != 0 && first >= end).collect();
    Analysis { fns: a.fns, fn_index: a.fn_index, captured, referenced_after_declarator }
}

impl Analyzer<'_> {
    fn cur(&self) -> usize {
        *self.stack.last().unwrap_or(&0)
    }
    fn decl_fn(&self, s: SymbolId) -> usize {
        let mut scope = self.scoping.symbol_scope_id(s);
        loop {
            if let Some(&f) = self.scope_fn.get(&scope) {
                return f;
            }
            match self.scoping.scope_parent_id(scope) {
                Some(p) => scope = p,
                None => return 0,
            }
        }
    }
    fn enter(&mut self, key: usize, is_arrow: bool, scope: Option<ScopeId>) -> usize {
        let idx = self.fns.len();
        self.fns.push(FnFacts { is_arrow, ..Default::default() });
        self.fn_index.insert(key, idx);
        if let Some(s) = scope {
            self.scope_fn.insert(s, idx);
        }
        self.stack.push(idx);
        idx
    }
    fn leave(&mut self) {
        self.stack.pop();
    }
    /// The arguments object of the function that owns `arguments` here is needed itself.
    fn mark_arguments_escape(&mut self) {
        let owner = self.this_owner();
        if owner != 0 {
            self.fns[owner].arguments_escapes = true;
        }
    }

    /// The nearest non-arrow function on the stack (the one owning `this`).
    fn this_owner(&self) -> usize {
        for &f in self.stack.iter().rev() {
            if !self.fns[f].is_arrow {
                return f;
            }
        }
        0
    }
    /// A field's computed key belongs to the class's scope; its initializer to the class
    /// body's synthetic instance (`body`) or static (`body + 1`) initializer function.
    fn class_field<'a>(
        &mut self,
        body: usize,
        computed: bool,
        k: &PropertyKey<'a>,
        is_static: bool,
        value: Option<&Expression<'a>>,
    ) where
        Self: Visit<'a>,
    {
        if computed {
            self.visit_property_key(k);
        }
        if let Some(v) = value {
            let fk = if is_static { body + 1 } else { body };
            let idx = match self.fn_index.get(&fk) {
                Some(&i) => i,
                None => self.enter(fk, false, None),
            };
            if self.cur() != idx {
                self.stack.push(idx);
            }
            self.visit_expression(v);
            self.leave();
        }
    }

    fn mark_this_from_arrow(&mut self) {
        let cur = self.cur();
        if self.fns[cur].is_arrow {
            let owner = self.this_owner();
            self.fns[owner].this_captured = true;
        }
    }
}

impl<'a> Visit<'a> for Analyzer<'_> {
    fn visit_function(&mut self, it: &Function<'a>, flags: ScopeFlags) {
        self.enter(it as *const _ as usize, false, it.scope_id.get());
        walk::walk_function(self, it, flags);
        self.leave();
    }

    fn visit_arrow_function_expression(&mut self, it: &ArrowFunctionExpression<'a>) {
        self.enter(it as *const _ as usize, true, it.scope_id.get());
        walk::walk_arrow_function_expression(self, it);
        self.leave();
    }

    fn visit_class_body(&mut self, it: &ClassBody<'a>) {
        // Instance and static field initializers each form one synthetic function per class
        // body; keyed by the body address (instance) and body address + 1 (static).
        let key = it as *const _ as usize;
        for el in &it.body {
            match el {
                ClassElement::PropertyDefinition(p) => {
                    self.class_field(key, p.computed, &p.key, p.r#static, p.value.as_ref())
                }
                ClassElement::AccessorProperty(p) => {
                    self.class_field(key, p.computed, &p.key, p.r#static, p.value.as_ref())
                }
                ClassElement::StaticBlock(b) => {
                    self.enter(&**b as *const _ as usize, false, b.scope_id.get());
                    walk::walk_static_block(self, b);
                    self.leave();
                }
                other => self.visit_class_element(other),
            }
        }
    }

    fn visit_expression(&mut self, it: &Expression<'a>) {
        if let Expression::StaticMemberExpression(m) = it
            && is_arguments_length(m)
        {
            self.arguments_length_read = true;
        }
        walk::walk_expression(self, it);
    }

    fn visit_tagged_template_expression(&mut self, it: &TaggedTemplateExpression<'a>) {
        // `arguments.length\`…\`` calls the value with the arguments object as `this`.
        if let Expression::StaticMemberExpression(m) = &it.tag
            && is_arguments_length(m)
        {
            self.mark_arguments_escape();
        }
        walk::walk_tagged_template_expression(self, it);
    }

    fn visit_unary_expression(&mut self, it: &UnaryExpression<'a>) {
        // `delete arguments.length` changes what later reads give.
        if it.operator == UnaryOperator::Delete
            && let Expression::StaticMemberExpression(m) = it.argument.without_parentheses()
            && is_arguments_length(m)
        {
            self.mark_arguments_escape();
        }
        walk::walk_unary_expression(self, it);
    }

    fn visit_variable_declaration(&mut self, it: &VariableDeclaration<'a>) {
        let loop_head = self.loop_head_declaration.take() == Some(it as *const _ as usize);
        if !loop_head && matches!(it.kind, VariableDeclarationKind::Let | VariableDeclarationKind::Const) {
            for d in &it.declarations {
                let end = d.span.end.max(1);
                for id in d.id.get_binding_identifiers() {
                    if let Some(s) = id.symbol_id.get() {
                        self.declarator_end[s.index()] = end;
                    }
                }
            }
        }
        walk::walk_variable_declaration(self, it);
    }

    fn visit_for_in_statement(&mut self, it: &ForInStatement<'a>) {
        if let ForStatementLeft::VariableDeclaration(d) = &it.left {
            self.loop_head_declaration = Some(&**d as *const _ as usize);
        }
        walk::walk_for_in_statement(self, it);
    }

    fn visit_for_of_statement(&mut self, it: &ForOfStatement<'a>) {
        if let ForStatementLeft::VariableDeclaration(d) = &it.left {
            self.loop_head_declaration = Some(&**d as *const _ as usize);
        }
        walk::walk_for_of_statement(self, it);
    }

    fn visit_identifier_reference(&mut self, it: &IdentifierReference<'a>) {
        if let Some(s) = it.reference_id.get().and_then(|r| self.scoping.get_reference(r).symbol_id()) {
            let first = &mut self.first_reference[s.index()];
            *first = (*first).min(it.span.start);
        }
        let plain_length_read = std::mem::take(&mut self.arguments_length_read);
        let applied = self.applied_arguments.is_some_and(|a| a == it as *const IdentifierReference as usize);
        let cur = self.cur();
        let mut sym = it.reference_id.get().and_then(|r| self.scoping.get_reference(r).symbol_id());
        // oxc resolves `arguments` lexically; a non-arrow function's implicit `arguments`
        // shadows any outer binding of that name.
        if it.name == "arguments"
            && let Some(s) = sym
        {
            let owner = self.this_owner();
            let decl = self.decl_fn(s);
            let owner_pos = self.stack.iter().rposition(|&f| f == owner).unwrap_or(0);
            let decl_inside = self.stack[owner_pos..].contains(&decl);
            if owner != 0 && !decl_inside {
                sym = None;
            }
        }
        // A block-level `function arguments() {}` in sloppy code: oxc binds it in the var
        // scope (Annex B.3.3), but function code gives it no var binding (§B.3.2.1), so
        // outside its block `arguments` still means the arguments object.
        let annex_b_arguments = it.name == "arguments"
            && sym.is_some_and(|s| {
                let flags = self.scoping.symbol_flags(s);
                flags.contains(oxc_syntax::symbol::SymbolFlags::Function)
                    && !flags.contains(oxc_syntax::symbol::SymbolFlags::FunctionExpression)
            });
        match sym {
            Some(s) if !annex_b_arguments => self.refs.push((s, cur)),
            Some(s) => {
                self.refs.push((s, cur));
                let owner = self.this_owner();
                if owner != 0 {
                    self.fns[owner].uses_arguments = true;
                    self.fns[owner].arguments_captured = true;
                    self.fns[owner].arguments_escapes = true;
                }
            }
            None => {
                if it.name == "arguments" {
                    let owner = self.this_owner();
                    if owner != 0 {
                        self.fns[owner].uses_arguments = true;
                        if owner != cur {
                            self.fns[owner].arguments_captured = true;
                        }
                        if owner != cur || !(plain_length_read || applied) {
                            self.fns[owner].arguments_escapes = true;
                        } else if applied {
                            self.fns[owner].arguments_applied = true;
                        } else {
                            self.fns[owner].arguments_length_read = true;
                        }
                    }
                }
            }
        }
    }

    fn visit_this_expression(&mut self, _it: &ThisExpression) {
        let cur = self.cur();
        if !self.fns[cur].is_arrow {
            self.fns[cur].uses_this = true;
        }
        self.mark_this_from_arrow();
    }
    fn visit_super(&mut self, _it: &Super) {
        self.mark_this_from_arrow();
    }
    fn visit_new_target(&mut self, _it: &NewTarget) {
        self.mark_this_from_arrow();
    }

    fn visit_call_expression(&mut self, it: &CallExpression<'a>) {
        // `arguments.length()` calls the value with the arguments object as `this`.
        if let Expression::StaticMemberExpression(m) = &it.callee
            && is_arguments_length(m)
        {
            self.mark_arguments_escape();
        }
        if let Expression::Identifier(id) = &it.callee
            && id.name == "eval"
            && !it.optional
        {
            let cur = self.cur();
            self.fns[cur].has_direct_eval = true;
            let owner = self.this_owner();
            self.fns[owner].this_captured = true;
            if owner != 0 {
                self.fns[owner].uses_arguments = true;
                self.fns[owner].arguments_captured = true;
                self.fns[owner].arguments_escapes = true;
            }
            for &f in &self.stack.clone() {
                self.fns[f].eval_inside = true;
            }
        }
        let outer = self.applied_arguments.take();
        self.applied_arguments = apply_spread_of_arguments(it).map(|id| id as *const IdentifierReference as usize);
        walk::walk_call_expression(self, it);
        self.applied_arguments = outer;
    }

    fn visit_with_statement(&mut self, it: &WithStatement<'a>) {
        let cur = self.cur();
        self.fns[cur].has_with = true;
        // Names inside the body resolve dynamically through every enclosing function.
        for &f in &self.stack.clone() {
            self.fns[f].eval_inside = true;
        }
        walk::walk_with_statement(self, it);
    }
}
