//! Annex B.3.3's var names (ECMA-262 §B.3.2.1 FunctionDeclarationInstantiation, §B.3.2.2
//! GlobalDeclarationInstantiation, §B.3.2.3 EvalDeclarationInstantiation changes): a
//! function declared in a block of sloppy code also gets a var binding of its name — but
//! only if `var F` in its place would not be an early error, i.e. no enclosing block
//! between it and the function (or script) declares F lexically. oxc's scope tree gives
//! every such name a var binding; this pass finds the names for which none of the
//! declarations qualifies and that no real `var` (or top-level function) declares, so the
//! compiler leaves their var binding out.

use oxc_ast::ast::*;
use oxc_ast_visit::{Visit, walk};
use oxc_syntax::scope::ScopeFlags;
use std::collections::HashSet;

/// Removes from a function's, script's or eval body's declarations the var bindings B.3.3
/// may not create (`skipped_var_names`), and the lexical declarations of nested blocks oxc
/// moved there with them (a `let F` beside an `if (…) function F(){}` shares the function's
/// symbol); the block keeps its own bindings (`block_decls`).
/// Returns the block functions (by span start) B.3.3 does not hoist.
pub(super) fn drop_skipped<'a>(
    decls: &mut Vec<super::Decl<'a>>,
    body: &[Statement<'_>],
    function_code: bool,
) -> HashSet<u32> {
    // A catch parameter in a var scope is one oxc merged with a same-named function of an
    // `if` clause in the catch block and moved out with it: there it is the function's var.
    for d in decls.iter_mut() {
        if d.1 == super::BKind::Catch {
            d.1 = super::BKind::Var;
        }
    }
    let (skipped, blocked) = skipped_var_names(body, function_code);
    if skipped.is_empty() {
        return blocked;
    }
    let top = top_level_lexical(body);
    decls.retain(|(n, k, _)| {
        !(skipped.contains(&**n)
            && (matches!(k, super::BKind::Var | super::BKind::Function) || (k.is_lexical() && !top.contains(&**n))))
    });
    blocked
}

/// Names whose only declarations are block-level functions that B.3.3 may not hoist, and
/// the span starts of every block function it may not hoist.
fn skipped_var_names(body: &[Statement<'_>], function_code: bool) -> (HashSet<String>, HashSet<u32>) {
    let mut v = Finder {
        function_code,
        lexical: vec![top_level_lexical(body)],
        hoisted: HashSet::new(),
        blocked: HashSet::new(),
        blocked_spans: HashSet::new(),
        vars: HashSet::new(),
    };
    for s in body {
        match s {
            Statement::FunctionDeclaration(f) => {
                if let Some(id) = &f.id {
                    v.vars.insert(id.name.to_string());
                }
            }
            other => v.visit_statement(other),
        }
    }
    v.blocked.retain(|n| !v.hoisted.contains(n) && !v.vars.contains(n));
    (v.blocked, v.blocked_spans)
}

struct Finder {
    /// In function code a block function named `arguments` gets no var binding
    /// (§B.3.2.1 step ii: F is not "arguments").
    function_code: bool,
    /// The lexically declared names of each enclosing scope (the outermost is the
    /// function's or script's own top level).
    lexical: Vec<HashSet<String>>,
    /// Block functions B.3.3 hoists.
    hoisted: HashSet<String>,
    /// Block functions it may not hoist.
    blocked: HashSet<String>,
    /// Their declarations' span starts.
    blocked_spans: HashSet<u32>,
    /// Names a `var` declares.
    vars: HashSet<String>,
}

fn top_level_lexical(body: &[Statement<'_>]) -> HashSet<String> {
    let mut names = HashSet::new();
    for s in body {
        lexical_names_of(s, &mut names, false);
    }
    names
}

/// The names `s` declares lexically in the statement list it is in (functions too, in a
/// block).
fn lexical_names_of(s: &Statement<'_>, names: &mut HashSet<String>, functions: bool) {
    match s {
        Statement::VariableDeclaration(d) => add_lexical_names(d, names),
        Statement::ClassDeclaration(c) => {
            if let Some(id) = &c.id {
                names.insert(id.name.to_string());
            }
        }
        Statement::FunctionDeclaration(f) if functions => {
            if let Some(id) = &f.id {
                names.insert(id.name.to_string());
            }
        }
        _ => {}
    }
}

impl Finder {
    fn with_scope(&mut self, names: HashSet<String>, f: impl FnOnce(&mut Self)) {
        self.lexical.push(names);
        f(self);
        self.lexical.pop();
    }

    /// A block-level function declaration: hoisted unless an enclosing scope (not its own
    /// block, the innermost) declares its name lexically.
    fn block_function(&mut self, f: &Function<'_>) {
        if f.generator || f.r#async {
            return;
        }
        let Some(id) = &f.id else { return };
        let name = id.name.as_str();
        let enclosing = &self.lexical[..self.lexical.len().saturating_sub(1)];
        if enclosing.iter().any(|s| s.contains(name)) || (self.function_code && name == "arguments") {
            self.blocked.insert(name.to_string());
            self.blocked_spans.insert(f.span.start);
        } else {
            self.hoisted.insert(name.to_string());
        }
    }

    fn statements(&mut self, stmts: &[Statement<'_>]) {
        let mut names = HashSet::new();
        for s in stmts {
            lexical_names_of(s, &mut names, true);
        }
        self.with_scope(names, |v| {
            for s in stmts {
                match s {
                    Statement::FunctionDeclaration(f) => v.block_function(f),
                    other => v.visit_statement(other),
                }
            }
        });
    }
}

impl<'a> Visit<'a> for Finder {
    fn visit_block_statement(&mut self, b: &BlockStatement<'a>) {
        self.statements(&b.body);
    }

    fn visit_if_statement(&mut self, it: &IfStatement<'a>) {
        self.visit_expression(&it.test);
        for clause in std::iter::once(&it.consequent).chain(it.alternate.as_ref()) {
            match clause {
                // B.3.4: as if it were alone in a block.
                Statement::FunctionDeclaration(f) => {
                    let own: HashSet<String> = f.id.iter().map(|id| id.name.to_string()).collect();
                    self.with_scope(own, |v| v.block_function(f));
                }
                other => self.visit_statement(other),
            }
        }
    }

    fn visit_switch_statement(&mut self, it: &SwitchStatement<'a>) {
        self.visit_expression(&it.discriminant);
        let mut names = HashSet::new();
        for c in &it.cases {
            for s in &c.consequent {
                lexical_names_of(s, &mut names, true);
            }
        }
        self.with_scope(names, |v| {
            for c in &it.cases {
                if let Some(t) = &c.test {
                    v.visit_expression(t);
                }
                for s in &c.consequent {
                    match s {
                        Statement::FunctionDeclaration(f) => v.block_function(f),
                        other => v.visit_statement(other),
                    }
                }
            }
        });
    }

    fn visit_for_statement(&mut self, it: &ForStatement<'a>) {
        let mut names = HashSet::new();
        if let Some(ForStatementInit::VariableDeclaration(d)) = &it.init {
            add_lexical_names(d, &mut names);
        }
        self.with_scope(names, |v| walk::walk_for_statement(v, it));
    }

    fn visit_for_in_statement(&mut self, it: &ForInStatement<'a>) {
        let names = for_left_lexical(&it.left);
        self.with_scope(names, |v| walk::walk_for_in_statement(v, it));
    }

    fn visit_for_of_statement(&mut self, it: &ForOfStatement<'a>) {
        let names = for_left_lexical(&it.left);
        self.with_scope(names, |v| walk::walk_for_of_statement(v, it));
    }

    fn visit_catch_clause(&mut self, it: &CatchClause<'a>) {
        // A simple catch parameter may share a var's name (B.3.4); a destructured one not.
        let mut names = HashSet::new();
        if let Some(p) = &it.param
            && !matches!(p.pattern, BindingPattern::BindingIdentifier(_))
        {
            for id in p.pattern.get_binding_identifiers() {
                names.insert(id.name.to_string());
            }
        }
        self.with_scope(names, |v| v.statements(&it.body.body));
    }

    fn visit_variable_declaration(&mut self, d: &VariableDeclaration<'a>) {
        if d.kind == VariableDeclarationKind::Var {
            for decl in &d.declarations {
                for id in decl.id.get_binding_identifiers() {
                    self.vars.insert(id.name.to_string());
                }
            }
        }
        walk::walk_variable_declaration(self, d);
    }

    // Nested functions and classes have var scopes of their own.
    fn visit_function(&mut self, _: &Function<'a>, _: ScopeFlags) {}
    fn visit_arrow_function_expression(&mut self, _: &ArrowFunctionExpression<'a>) {}
    fn visit_class(&mut self, _: &Class<'a>) {}
}

fn for_left_lexical(left: &ForStatementLeft<'_>) -> HashSet<String> {
    let mut names = HashSet::new();
    if let ForStatementLeft::VariableDeclaration(d) = left {
        add_lexical_names(d, &mut names);
    }
    names
}

/// The names a `let`, `const` or `using` declaration binds (none for `var`).
fn add_lexical_names(d: &VariableDeclaration<'_>, names: &mut HashSet<String>) {
    if d.kind == VariableDeclarationKind::Var {
        return;
    }
    for decl in &d.declarations {
        for id in decl.id.get_binding_identifiers() {
            names.insert(id.name.to_string());
        }
    }
}
