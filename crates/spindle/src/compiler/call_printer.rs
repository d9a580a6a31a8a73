//! The expression a TypeError names, printed as V8's CallPrinter prints it
//! (src/debug/debug-call-printer.cc in spirit): `o.f is not a function`, `o.g(...).h is not
//! a function`, `o[(k + 1)] is not a function`, `o.a is not iterable`.
//!
//! The compiler records only the source span of a call's callee, a `new`'s constructor and
//! a for-of's object (`Code::operand_spans`); the text is parsed and printed here when such
//! an instruction throws, so compiling costs nothing more than the span.

use oxc_allocator::Allocator;
use oxc_ast::ast::*;
use oxc_span::SourceType;

/// What V8 prints for parts it does not spell out.
const INTERMEDIATE: &str = "(intermediate value)";

/// The expression `source` (a callee, constructor or iterable as written) in V8's words;
/// None when it does not parse on its own.
pub fn render(source: &str) -> Option<String> {
    with_expression(source, print)
}

/// The TypeError message for iterating `source`: V8 words a call's result differently
/// (`o.g is not a function or its return value is not iterable`).
pub fn not_iterable(source: &str) -> Option<String> {
    with_expression(source, |e, out| match e {
        Expression::CallExpression(call) if !call.optional => {
            print(&call.callee, out);
            out.push_str(" is not a function or its return value is not iterable");
        }
        e => {
            print(e, out);
            out.push_str(" is not iterable");
        }
    })
}

/// Parses `source` as one expression and lets `write` print it.
fn with_expression(source: &str, write: impl FnOnce(&Expression<'_>, &mut String)) -> Option<String> {
    let allocator = Allocator::default();
    let expr = oxc_parser::Parser::new(&allocator, source, SourceType::script()).parse_expression().ok()?;
    let mut out = String::new();
    write(&expr, &mut out);
    Some(out)
}

fn print(e: &Expression<'_>, out: &mut String) {
    match e {
        Expression::Identifier(id) => out.push_str(&id.name),
        Expression::ThisExpression(_) => out.push_str("this"),
        Expression::Super(_) => out.push_str("super"),
        Expression::ParenthesizedExpression(p) => print(&p.expression, out),
        Expression::ChainExpression(c) => match &c.expression {
            ChainElement::CallExpression(call) => print_call(call, out),
            ChainElement::TSNonNullExpression(_) => out.push_str(INTERMEDIATE),
            member => print_member(member.as_member_expression().expect("member"), out),
        },
        Expression::CallExpression(call) => print_call(call, out),
        Expression::StringLiteral(s) => {
            out.push('"');
            out.push_str(&s.value);
            out.push('"');
        }
        Expression::NumericLiteral(n) => out.push_str(n.raw.as_deref().unwrap_or("0")),
        Expression::NullLiteral(_) => out.push_str("null"),
        Expression::BooleanLiteral(b) => out.push_str(if b.value { "true" } else { "false" }),
        Expression::BinaryExpression(b) => {
            out.push('(');
            print(&b.left, out);
            out.push(' ');
            out.push_str(b.operator.as_str());
            out.push(' ');
            print(&b.right, out);
            out.push(')');
        }
        Expression::SequenceExpression(s) => {
            out.push('(');
            for (i, e) in s.expressions.iter().enumerate() {
                if i > 0 {
                    out.push_str(" , ");
                }
                print(e, out);
            }
            out.push(')');
        }
        e => match e.as_member_expression() {
            Some(m) => print_member(m, out),
            None => out.push_str(INTERMEDIATE),
        },
    }
}

fn print_call(call: &CallExpression<'_>, out: &mut String) {
    print(&call.callee, out);
    out.push_str(if call.optional { "?.(...)" } else { "(...)" });
}

/// `o.name`, `o?.name`, `o.#name`; a computed key that is a string literal as a name
/// (`o['x']` is `o.x`), any other in brackets.
fn print_member(m: &MemberExpression<'_>, out: &mut String) {
    print(m.object(), out);
    let dot = if m.optional() { "?." } else { "." };
    match m {
        MemberExpression::StaticMemberExpression(s) => {
            out.push_str(dot);
            out.push_str(&s.property.name);
        }
        MemberExpression::PrivateFieldExpression(p) => {
            out.push_str(dot);
            out.push('#');
            out.push_str(&p.field.name);
        }
        MemberExpression::ComputedMemberExpression(c) => match &c.expression {
            Expression::StringLiteral(s) => {
                out.push_str(dot);
                out.push_str(&s.value);
            }
            key => {
                if m.optional() {
                    out.push_str("?.");
                }
                out.push('[');
                print(key, out);
                out.push(']');
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::render;

    /// V8's wording for the callees of Node 20's messages (`tests/js/errors` has them
    /// end to end).
    #[test]
    fn callees_print_as_v8_prints_them() {
        let cases = [
            ("o.f", "o.f"),
            ("o['x']", "o.x"),
            ("o[k]", "o[k]"),
            ("o[0]", "o[0]"),
            ("arr[0].f", "arr[0].f"),
            ("o.g().h", "o.g(...).h"),
            ("this.nope", "this.nope"),
            ("o?.a.b", "o?.a.b"),
            ("o.a?.b", "o.a?.b"),
            ("(o.a).b", "o.a.b"),
            ("o[k + 1]", "o[(k + 1)]"),
            ("(0, o.f)", "(0 , o.f)"),
            ("o.g()", "o.g(...)"),
            ("o[Symbol.iterator]", "o[Symbol.iterator]"),
            ("[1, 2]", "(intermediate value)"),
        ];
        for (source, printed) in cases {
            assert_eq!(render(source).as_deref(), Some(printed), "{source}");
        }
        assert_eq!(render("o."), None);
    }
}
