//! Top-level `await` in the REPL (Node: lib/internal/repl/await.js processTopLevelAwait):
//! input that awaits outside any function is rewritten into an async arrow function whose
//! promise the REPL waits for. The input's top-level declarations are hoisted out of the
//! function (`var`/`let` declarations before it, assignments inside), so they stay visible
//! to later inputs, and the last expression statement becomes the function's result.

use oxc_allocator::Allocator;
use oxc_ast::ast::{Statement, VariableDeclarationKind};
use oxc_ast_visit::Visit;
use oxc_span::{GetSpan, SourceType};

/// Finds `await` (and `for await`) outside functions and class bodies.
#[derive(Default)]
struct TopLevelAwait {
    found: bool,
}

impl<'a> Visit<'a> for TopLevelAwait {
    fn visit_await_expression(&mut self, _it: &oxc_ast::ast::AwaitExpression<'a>) {
        self.found = true;
    }

    fn visit_for_of_statement(&mut self, it: &oxc_ast::ast::ForOfStatement<'a>) {
        if it.r#await {
            self.found = true;
        }
        oxc_ast_visit::walk::walk_for_of_statement(self, it);
    }

    fn visit_function(&mut self, _it: &oxc_ast::ast::Function<'a>, _flags: oxc_syntax::scope::ScopeFlags) {}

    fn visit_arrow_function_expression(&mut self, _it: &oxc_ast::ast::ArrowFunctionExpression<'a>) {}

    fn visit_class(&mut self, _it: &oxc_ast::ast::Class<'a>) {}
}

/// The rewritten source when `source` uses top-level await (None otherwise, or when it does
/// not parse: the REPL then evaluates it as it is and reports its error).
pub fn process_top_level_await(source: &str) -> Option<String> {
    if !source.contains("await") {
        return None;
    }
    let allocator = Allocator::default();
    let ret = oxc_parser::Parser::new(&allocator, source, SourceType::mjs()).parse();
    if ret.panicked || !ret.diagnostics.is_empty() || ret.module_record.has_module_syntax {
        return None;
    }
    let mut finder = TopLevelAwait::default();
    finder.visit_program(&ret.program);
    if !finder.found {
        return None;
    }
    let text = |span: oxc_span::Span| &source[span.start as usize..span.end as usize];
    let mut hoisted_var: Vec<String> = Vec::new();
    let mut hoisted_let: Vec<String> = Vec::new();
    let mut body = String::new();
    let count = ret.program.body.len();
    for (i, statement) in ret.program.body.iter().enumerate() {
        let last = i + 1 == count;
        match statement {
            Statement::VariableDeclaration(decl)
                if matches!(
                    decl.kind,
                    VariableDeclarationKind::Var | VariableDeclarationKind::Let | VariableDeclarationKind::Const
                ) =>
            {
                let names = if decl.kind == VariableDeclarationKind::Var { &mut hoisted_var } else { &mut hoisted_let };
                let mut assignments = Vec::new();
                for d in &decl.declarations {
                    names.extend(d.id.get_binding_identifiers().iter().map(|b| b.name.to_string()));
                    match &d.init {
                        Some(init) => assignments.push(format!("{} = {}", text(d.id.span()), text(init.span()))),
                        None if decl.kind != VariableDeclarationKind::Var => {
                            assignments.push(format!("{} = undefined", text(d.id.span())));
                        }
                        None => {}
                    }
                }
                if !assignments.is_empty() {
                    body.push_str(&format!("void ({});\n", assignments.join(", ")));
                }
            }
            Statement::FunctionDeclaration(f) if f.id.is_some() => {
                let name = f.id.as_ref().map(|id| id.name.to_string()).unwrap_or_default();
                hoisted_var.push(name.clone());
                body.push_str(&format!("{name} = {};\n", text(f.span)));
            }
            Statement::ClassDeclaration(c) if c.id.is_some() => {
                let name = c.id.as_ref().map(|id| id.name.to_string()).unwrap_or_default();
                hoisted_let.push(name.clone());
                body.push_str(&format!("{name} = {};\n", text(c.span)));
            }
            Statement::ExpressionStatement(e) if last => {
                body.push_str(&format!("return ({});\n", text(e.expression.span())));
            }
            other => {
                body.push_str(text(other.span()));
                body.push('\n');
            }
        }
    }
    let mut out = String::new();
    if !hoisted_var.is_empty() {
        out.push_str(&format!("var {};\n", hoisted_var.join(", ")));
    }
    if !hoisted_let.is_empty() {
        out.push_str(&format!("let {};\n", hoisted_let.join(", ")));
    }
    out.push_str("(async () => {\n");
    out.push_str(&body);
    out.push_str("})()");
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::process_top_level_await;

    #[test]
    fn plain_code_is_left_alone() {
        assert_eq!(process_top_level_await("1 + 1"), None);
        assert_eq!(process_top_level_await("async function f() { await 1 }"), None);
    }

    #[test]
    fn declarations_are_hoisted_and_the_last_expression_returned() {
        let out =
            process_top_level_await("const a = await 1; let { b, c: [d] } = await x; function f() {}\na + b").unwrap();
        assert!(out.starts_with("var f;\nlet a, b, d;\n(async () => {\n"), "{out}");
        assert!(out.contains("void (a = await 1);"), "{out}");
        assert!(out.contains("void ({ b, c: [d] } = await x);"), "{out}");
        assert!(out.contains("f = function f() {};"), "{out}");
        assert!(out.ends_with("return (a + b);\n})()"), "{out}");
    }

    #[test]
    fn for_await_counts() {
        assert!(process_top_level_await("for await (const x of xs) console.log(x)").is_some());
    }
}
