//! Whether evaluating an expression can assign a local variable that lives in a register.
//!
//! The compiler reads such a local "in place" (straight from its register, without first
//! copying it to a temporary) when nothing evaluated between the read and its use can
//! change it. A register local is never captured by a closure (captured bindings live in
//! environments), so only an assignment or update written in the expression itself can
//! change it; nested function bodies cannot. The walk has a budget so that a long
//! expression costs a bounded amount of work per question: past it the answer is "maybe".

use oxc_ast::ast::*;
use oxc_ast_visit::{Visit, walk};
use oxc_syntax::scope::ScopeFlags;

/// Expression nodes looked at before giving up (and answering "may assign").
const BUDGET: u32 = 64;

/// True when evaluating `e` may assign `name` (or the budget ran out before knowing).
pub(super) fn may_assign(e: &Expression<'_>, name: &str) -> bool {
    let mut v = Writes { name, found: false, budget: BUDGET, reads_too: false };
    v.visit_expression(e);
    v.found
}

/// True when evaluating `e` may read or assign `name` (or the budget ran out first).
pub(super) fn may_mention(e: &Expression<'_>, name: &str) -> bool {
    let mut v = Writes { name, found: false, budget: BUDGET, reads_too: true };
    v.visit_expression(e);
    v.found
}

/// True when evaluating call arguments `args` may assign `name`.
pub(super) fn args_may_assign(args: &[Argument<'_>], name: &str) -> bool {
    args.iter().any(|a| match a {
        Argument::SpreadElement(s) => may_assign(&s.argument, name),
        other => other.as_expression().is_none_or(|e| may_assign(e, name)),
    })
}

struct Writes<'n> {
    name: &'n str,
    found: bool,
    budget: u32,
    /// Reads count too (`may_mention`).
    reads_too: bool,
}

impl<'a> Visit<'a> for Writes<'_> {
    fn visit_expression(&mut self, e: &Expression<'a>) {
        if self.found {
            return;
        }
        if self.budget == 0 {
            self.found = true;
            return;
        }
        self.budget -= 1;
        walk::walk_expression(self, e);
    }

    fn visit_simple_assignment_target(&mut self, t: &SimpleAssignmentTarget<'a>) {
        if let SimpleAssignmentTarget::AssignmentTargetIdentifier(id) = t
            && id.name == self.name
        {
            self.found = true;
        }
        walk::walk_simple_assignment_target(self, t);
    }

    fn visit_identifier_reference(&mut self, id: &IdentifierReference<'a>) {
        if self.reads_too && id.name == self.name {
            self.found = true;
        }
    }

    // Bodies of nested functions and classes run later or elsewhere, and cannot name a
    // register local of this function.
    fn visit_function(&mut self, _f: &Function<'a>, _flags: ScopeFlags) {}
    fn visit_arrow_function_expression(&mut self, _f: &ArrowFunctionExpression<'a>) {}
    fn visit_class(&mut self, _c: &Class<'a>) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxc_allocator::Allocator;

    fn check(src: &str, name: &str) -> bool {
        let alloc = Allocator::default();
        let e = oxc_parser::Parser::new(&alloc, src, SourceType::default()).parse_expression().unwrap();
        may_assign(&e, name)
    }

    #[test]
    fn finds_assignments_updates_and_destructuring() {
        assert!(check("(i = 2)", "i"));
        assert!(check("a[i++]", "i"));
        assert!(check("f([i] = [1])", "i"));
        assert!(check("({ x: i } = o)", "i"));
        assert!(check("(i += 1) + 2", "i"));
        assert!(!check("a[i] + b.c(i)", "i"));
        assert!(!check("(j = i)", "i"));
        assert!(!check("() => { i = 1 }", "i"));
    }

    #[test]
    fn finds_mentions() {
        let mentions = |src: &str| {
            let alloc = Allocator::default();
            let e = oxc_parser::Parser::new(&alloc, src, SourceType::default()).parse_expression().unwrap();
            may_mention(&e, "x")
        };
        assert!(mentions("f(x)"));
        assert!(mentions("typeof x"));
        assert!(mentions("({ x })"));
        assert!(mentions("o[x]"));
        assert!(mentions("(x = 1)"));
        assert!(!mentions("o.x + f(y)"));
        assert!(!mentions("() => x"));
    }

    #[test]
    fn a_long_expression_is_answered_maybe() {
        let long = (0..200).map(|k| format!("x{k}")).collect::<Vec<_>>().join(" + ");
        assert!(check(&long, "i"));
    }
}
