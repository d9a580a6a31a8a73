//! Expressions (ECMA-262 §13).

use super::*;
use crate::bytecode::{BinOp, MethodKind, NO_REG, UNDEFINED_RECEIVER, UnOp};
use oxc_syntax::operator::{AssignmentOperator, BinaryOperator, LogicalOperator, UnaryOperator, UpdateOperator};

/// A piece of a string concatenation (see `Compiler::concatenation`).
pub(super) enum Piece<'a> {
    /// Literal text, and whether it encodes lone surrogates.
    Text(&'a str, bool),
    /// An operand, converted by `UnOp` (ToString for a template's substitution, ToPrimitive
    /// and ToString for an operand of `+`), a conversion error reported at the span.
    Operand(&'a Expression<'a>, UnOp, Span),
    /// The sum before a chain's first string (`a + b` in `a + b + 'c'`), then converted.
    Sum(&'a BinaryExpression<'a>, Span),
}

/// The most parts one `ConcatStrings` takes: a longer template literal is concatenated in
/// chunks, so that it needs no more than this many consecutive registers.
const MAX_CONCAT_PARTS: usize = 32;

/// A resolved property reference: object register plus a static or computed key.
#[derive(Clone, Copy)]
pub(super) enum PropRef {
    Named {
        obj: Reg,
        key: u32,
    },
    Keyed {
        obj: Reg,
        key: Reg,
    },
    /// A super reference (MakeSuperPropertyReference): the super base read when the
    /// reference is made, the key converted only by GetValue/PutValue.
    Super {
        key: Reg,
        this: Reg,
        base: Reg,
    },
    Private {
        obj: Reg,
        name: Reg,
    },
}

fn binop(op: BinaryOperator) -> Option<BinOp> {
    use BinaryOperator as B;
    Some(match op {
        B::Addition => BinOp::Add,
        B::Subtraction => BinOp::Sub,
        B::Multiplication => BinOp::Mul,
        B::Division => BinOp::Div,
        B::Remainder => BinOp::Mod,
        B::Exponential => BinOp::Exp,
        B::BitwiseAnd => BinOp::BitAnd,
        B::BitwiseOR => BinOp::BitOr,
        B::BitwiseXOR => BinOp::BitXor,
        B::ShiftLeft => BinOp::Shl,
        B::ShiftRight => BinOp::Shr,
        B::ShiftRightZeroFill => BinOp::UShr,
        B::Equality => BinOp::Eq,
        B::Inequality => BinOp::Ne,
        B::StrictEquality => BinOp::StrictEq,
        B::StrictInequality => BinOp::StrictNe,
        B::LessThan => BinOp::Lt,
        B::LessEqualThan => BinOp::Le,
        B::GreaterThan => BinOp::Gt,
        B::GreaterEqualThan => BinOp::Ge,
        B::Instanceof => BinOp::InstanceOf,
        B::In => BinOp::In,
    })
}

fn assign_binop(op: AssignmentOperator) -> Option<BinOp> {
    use AssignmentOperator as A;
    Some(match op {
        A::Addition => BinOp::Add,
        A::Subtraction => BinOp::Sub,
        A::Multiplication => BinOp::Mul,
        A::Division => BinOp::Div,
        A::Remainder => BinOp::Mod,
        A::Exponential => BinOp::Exp,
        A::BitwiseAnd => BinOp::BitAnd,
        A::BitwiseOR => BinOp::BitOr,
        A::BitwiseXOR => BinOp::BitXor,
        A::ShiftLeft => BinOp::Shl,
        A::ShiftRight => BinOp::Shr,
        A::ShiftRightZeroFill => BinOp::UShr,
        _ => return None,
    })
}

/// Whether a binary operator may read its left operand, a local, from the local's own
/// register: when evaluating the right operand cannot assign it.
fn left_in_place(b: &BinaryExpression<'_>) -> bool {
    matches!(&b.left, Expression::Identifier(id) if !super::writes::may_assign(&b.right, &id.name))
}

/// Anonymous function definitions get their name from the binding (NamedEvaluation).
pub(super) fn is_anonymous_fn(e: &Expression<'_>) -> bool {
    match e {
        Expression::FunctionExpression(f) => f.id.is_none(),
        Expression::ArrowFunctionExpression(_) => true,
        Expression::ClassExpression(c) => c.id.is_none(),
        Expression::ParenthesizedExpression(p) => is_anonymous_fn(&p.expression),
        _ => false,
    }
}

impl<'a> Compiler<'a, '_> {
    /// Evaluates `e` for its side effects only.
    pub(super) fn expr_discard(&mut self, e: &'a Expression<'a>) {
        // `i++` / `--i` whose value is unused: one in-place update of a register local
        // (Inc/Dec convert with ToNumeric themselves).
        if let Expression::UpdateExpression(u) = e
            && let SimpleAssignmentTarget::AssignmentTargetIdentifier(id) = &u.argument
            && let Some(reg) = self.mutable_local_reg(&id.name)
        {
            let op = if u.operator == UpdateOperator::Increment { UnOp::Inc } else { UnOp::Dec };
            self.pos(u.span);
            self.emit(Op::Unary { op, dst: reg, src: reg });
            return;
        }
        // `x op= rhs` whose value is unused, on a register local `rhs` cannot assign: the
        // operator writes the local directly.
        if let Expression::AssignmentExpression(a) = e
            && let Some(bop) = assign_binop(a.operator)
            && let AssignmentTarget::AssignmentTargetIdentifier(id) = &a.left
            && let Some(reg) = self.mutable_local_reg(&id.name)
            && !super::writes::may_assign(&a.right, &id.name)
        {
            let mark = self.b().mark();
            self.binary_with_right(bop, reg, reg, &a.right, a.span);
            self.b().release(mark);
            return;
        }
        // `o.name = v` / `o[k] = v` whose value is unused, `v` a register local: the
        // property is written from the local's register (no copy into a result register).
        if let Expression::AssignmentExpression(a) = e
            && a.operator == AssignmentOperator::Assign
            && let Some(m) = a.left.as_member_expression()
            && let Expression::Identifier(v) = &a.right
            && let Some(src) = self.local_reg(&v.name)
            && let Some(target) = self.local_member_target(m, &a.right)
        {
            self.pos(a.span);
            self.set_ref(target, src);
            return;
        }
        // `x = l op r` whose value is unused, on a register local: the operator writes the
        // local itself. Its left operand goes to a temporary (not into the local, as an
        // operand chain does with its destination), so the local is written once, by the
        // last instruction, after both operands are read: an exception (or a `yield`) on
        // the way leaves it as it was. `s = (s + x) % m` is two instructions, not three.
        if let Expression::AssignmentExpression(a) = e
            && a.operator == AssignmentOperator::Assign
            && let AssignmentTarget::AssignmentTargetIdentifier(id) = &a.left
            && let Expression::BinaryExpression(b) = &a.right
            && let Some(reg) = self.mutable_local_reg(&id.name)
        {
            let mark = self.b().mark();
            // A string concatenation also writes its destination last.
            if let Some(pieces) = Self::string_chain(b) {
                self.concatenation(&pieces, reg, b.span);
                self.b().release(mark);
                return;
            }
            self.mark_plain_sum(b);
            let op = binop(b.operator).expect("binary operator");
            let scratch = self.alloc();
            let left = self.operand_reg(&b.left, left_in_place(b), scratch);
            self.binary_with_right(op, reg, left, &b.right, b.span);
            self.b().release(mark);
            return;
        }
        // `x = rhs` whose value is unused, on a register local, with a right side that
        // reads everything it needs before its one write (a name, a literal, `o.name` of a
        // local `o`): evaluated straight into the local (`t = t.next` is one GetProp).
        if let Expression::AssignmentExpression(a) = e
            && a.operator == AssignmentOperator::Assign
            && let AssignmentTarget::AssignmentTargetIdentifier(id) = &a.left
            && let Some(reg) = self.mutable_local_reg(&id.name)
            && self.writes_once_after_reading(&a.right)
        {
            let mark = self.b().mark();
            self.expr_into_local(&a.right, reg, None);
            self.b().release(mark);
            return;
        }
        // Any other `x++` / `o.p--` whose value is unused: no old value kept.
        if let Expression::UpdateExpression(u) = e {
            let mark = self.b().mark();
            self.pos(u.span);
            self.update_into(u, None);
            self.b().release(mark);
            return;
        }
        let mark = self.b().mark();
        let r = self.alloc();
        self.expr_into(e, r);
        self.b().release(mark);
    }

    /// Whether evaluating `e` into a register writes it once, after reading every value it
    /// needs: a name, a literal, or a non-optional `o.name` with `o` a register local (the
    /// object is read before the property is written).
    pub(super) fn writes_once_after_reading(&mut self, e: &'a Expression<'a>) -> bool {
        match e {
            Expression::Identifier(_)
            | Expression::NumericLiteral(_)
            | Expression::StringLiteral(_)
            | Expression::BooleanLiteral(_)
            | Expression::NullLiteral(_) => true,
            Expression::StaticMemberExpression(s) => {
                !s.optional && matches!(&s.object, Expression::Identifier(o) if self.local_reg(&o.name).is_some())
            }
            // `f(…)` and `o.m(…)` compiled by `expr_into_local`: the callee, receiver and
            // arguments go to temporaries, and the call writes its destination when it
            // returns.
            Expression::CallExpression(c) => {
                !c.optional
                    && match &c.callee {
                        Expression::Identifier(id) => id.name != "eval",
                        Expression::StaticMemberExpression(m) => {
                            !m.optional && !matches!(m.object, Expression::Super(_))
                        }
                        _ => false,
                    }
            }
            _ => false,
        }
    }

    /// Evaluates `e` into some register: a local variable's own register when that is
    /// safe, else a fresh temporary.
    pub(super) fn expr_any(&mut self, e: &'a Expression<'a>) -> Reg {
        if let Expression::Identifier(id) = e
            && let Some(r) = self.local_reg(&id.name)
        {
            return r;
        }
        let r = self.alloc();
        self.expr_into(e, r);
        r
    }

    /// NamedEvaluation: like `expr_into`, naming anonymous functions `name`.
    pub(super) fn expr_named(&mut self, e: &'a Expression<'a>, dst: Reg, name: Option<&str>) {
        match (e, name) {
            (Expression::FunctionExpression(f), Some(n)) if f.id.is_none() => self.function_expression(f, dst, Some(n)),
            (Expression::ArrowFunctionExpression(a), Some(n)) => self.arrow_expression(a, dst, Some(n)),
            (Expression::ClassExpression(c), Some(n)) if c.id.is_none() => self.class(c, dst, Some(n)),
            (Expression::ParenthesizedExpression(p), Some(_)) if is_anonymous_fn(&p.expression) => {
                self.expr_named(&p.expression, dst, name)
            }
            _ => self.expr_into(e, dst),
        }
    }

    /// `dst = left op right` with the right operand still to evaluate: an integer literal
    /// there becomes the immediate of AddInt / BinaryInt.
    fn binary_with_right(&mut self, op: BinOp, dst: Reg, left: Reg, right: &'a Expression<'a>, span: Span) {
        if let (BinOp::Add | BinOp::Sub, Expression::NumericLiteral(n)) = (op, right)
            && n.value.fract() == 0.0
            && n.value.abs() < 1e9
            && !(op == BinOp::Sub && n.value == 0.0)
        {
            let v = if op == BinOp::Add { n.value as i32 } else { -(n.value as i32) };
            self.pos(span);
            self.emit(Op::AddInt { dst, a: left, value: v, sub: op == BinOp::Sub });
            return;
        }
        if let (
            BinOp::Mul
            | BinOp::Mod
            | BinOp::BitAnd
            | BinOp::BitOr
            | BinOp::BitXor
            | BinOp::Shl
            | BinOp::Shr
            | BinOp::UShr,
            Expression::NumericLiteral(n),
        ) = (op, right)
            && n.value.fract() == 0.0
            && n.value.abs() <= i32::MAX as f64
        {
            self.pos(span);
            self.emit(Op::BinaryInt { op, dst, a: left, value: n.value as i32 });
            return;
        }
        let right = self.expr_any(right);
        self.pos(span);
        if op == BinOp::In {
            let ic = self.b().next_keyed_ic();
            self.emit(Op::In { dst, key: left, obj: right, ic });
            return;
        }
        self.emit(Op::Binary { op, dst, a: left, b: right });
    }

    /// The register of a mutable, initialized local that lives in a register (updated in
    /// place by `++` and compound assignment).
    pub(super) fn mutable_local_reg(&mut self, name: &str) -> Option<Reg> {
        match self.resolve(name) {
            Resolved::Reg {
                reg,
                kind: BKind::Let | BKind::Var | BKind::Param | BKind::Catch | BKind::Function,
                tdz: false,
            } => Some(reg),
            _ => None,
        }
    }

    /// Conditional jump on the truthiness of `e`.
    pub(super) fn cond_jump(&mut self, e: &'a Expression<'a>, when: bool, target: LabelId) {
        match e {
            Expression::LogicalExpression(l) if l.operator == LogicalOperator::And => {
                if when {
                    let skip = self.b().label();
                    self.cond_jump(&l.left, false, skip);
                    self.cond_jump(&l.right, true, target);
                    self.b().bind(skip);
                } else {
                    self.cond_jump(&l.left, false, target);
                    self.cond_jump(&l.right, false, target);
                }
                return;
            }
            Expression::LogicalExpression(l) if l.operator == LogicalOperator::Or => {
                if when {
                    self.cond_jump(&l.left, true, target);
                    self.cond_jump(&l.right, true, target);
                } else {
                    let skip = self.b().label();
                    self.cond_jump(&l.left, true, skip);
                    self.cond_jump(&l.right, false, target);
                    self.b().bind(skip);
                }
                return;
            }
            Expression::UnaryExpression(u) if u.operator == UnaryOperator::LogicalNot => {
                self.cond_jump(&u.argument, !when, target);
                return;
            }
            Expression::ParenthesizedExpression(p) => {
                self.cond_jump(&p.expression, when, target);
                return;
            }
            Expression::BinaryExpression(b) if b.operator.is_compare() || b.operator.is_equality() => {
                let op = binop(b.operator).expect("comparison operator");
                let mark = self.b().mark();
                if b.operator.is_equality() && matches!(b.right, Expression::NullLiteral(_)) {
                    let tmp = self.alloc();
                    let left = self.operand_reg(&b.left, left_in_place(b), tmp);
                    self.pos(b.span);
                    self.b().emit_jump(Op::JumpIfCompareNull { op, a: left, when, target: 0 }, target);
                    self.b().release(mark);
                    return;
                }
                let tmp = self.alloc();
                let left = self.operand_reg(&b.left, left_in_place(b), tmp);
                if let Some(value) = int_literal(&b.right) {
                    self.pos(b.span);
                    self.b().emit_jump(Op::JumpIfCompareInt { op, a: left, when, value, target: 0 }, target);
                    self.b().release(mark);
                    return;
                }
                let tmp = self.alloc();
                let right = self.operand_reg(&b.right, true, tmp);
                self.pos(b.span);
                self.b().emit_jump(Op::JumpIfCompare { op, a: left, b: right, when, target: 0 }, target);
                self.b().release(mark);
                return;
            }
            _ => {}
        }
        let mark = self.b().mark();
        let r = self.expr_any(e);
        if when {
            self.b().emit_jump(Op::JumpIfTrue { cond: r, target: 0 }, target);
        } else {
            self.b().emit_jump(Op::JumpIfFalse { cond: r, target: 0 }, target);
        }
        self.b().release(mark);
    }

    /// Evaluates `e` into `dst`.
    pub(super) fn expr_into(&mut self, e: &'a Expression<'a>, dst: Reg) {
        let mark = self.b().mark();
        stacker::maybe_grow(256 << 10, 16 << 20, || self.expr_inner(e, dst));
        self.b().release(mark.max(dst + 1));
        if self.b().next_reg < mark {
            self.b().next_reg = mark;
        }
    }

    /// Evaluates `e` into `dst` and keeps `dst` allocated, so the temporaries of operands
    /// evaluated afterwards never reuse it. Callers pass a `dst` they own (a temporary,
    /// never a binding's register), which is what makes using it as an operand safe.
    fn expr_into_own(&mut self, e: &'a Expression<'a>, dst: Reg) {
        self.expr_into(e, dst);
        self.b().reserve_through(dst);
    }

    /// The register an operator reads operand `e` from: a local's own register when
    /// `in_place` allows reading it there, else `dst` (a temporary no other code names) after
    /// evaluating `e` into it, so a chain of operators reuses the same registers.
    fn operand_reg(&mut self, e: &'a Expression<'a>, in_place: bool, dst: Reg) -> Reg {
        if in_place
            && let Expression::Identifier(id) = e
            && let Some(r) = self.local_reg(&id.name)
        {
            return r;
        }
        self.expr_into_own(e, dst);
        dst
    }

    fn expr_inner(&mut self, e: &'a Expression<'a>, dst: Reg) {
        match e {
            Expression::NumericLiteral(n) => match int_literal(e) {
                Some(value) => {
                    self.emit(Op::LoadInt { dst, value });
                }
                None => {
                    let k = self.b().k_num(n.value);
                    self.emit(Op::LoadConst { dst, k });
                }
            },
            Expression::StringLiteral(s) => {
                let k = self.k_str_units(&s.value, s.lone_surrogates);
                self.emit(Op::LoadConst { dst, k });
            }
            Expression::BooleanLiteral(b) => {
                self.emit(Op::LoadBool { dst, value: b.value });
            }
            Expression::NullLiteral(_) => {
                self.emit(Op::LoadNull { dst });
            }
            Expression::BigIntLiteral(b) => {
                // oxc gives the value in base 10 without separators.
                let n = num_bigint::BigInt::parse_bytes(b.value.as_bytes(), 10).unwrap_or_default();
                let v = Value::BigInt(self.heap.alloc_bigint(n));
                let k = self.b().k_value(v);
                self.emit(Op::LoadConst { dst, k });
            }
            Expression::RegExpLiteral(r) => {
                let pat = r.regex.pattern.text.as_str();
                let flags = r.regex.flags.to_string();
                // An early error, as V8 reports it for a literal (the constructor checks too).
                let code_points: Vec<u32> = pat.chars().map(u32::from).collect();
                let count = crate::builtins::regexp::capture_group_count(&code_points, flags.contains('v'));
                if count > crate::builtins::regexp::MAX_CAPTURES {
                    self.error(format!("Invalid regular expression: /{pat}/{flags}: Too many captures"), r.span);
                }
                let pattern = self.k_str(pat);
                let flags = self.k_str(&flags);
                self.pos(r.span);
                self.emit(Op::NewRegExp { dst, pattern, flags });
            }
            Expression::TemplateLiteral(t) => self.template_literal(t, dst),
            Expression::Identifier(id) => {
                if id.name == "arguments"
                    && matches!(self.mode, Mode::Eval { in_field_init: true, .. })
                    && matches!(self.resolve("arguments"), Resolved::Dynamic { .. } | Resolved::Global)
                {
                    self.error(
                        "'arguments' is not allowed in class field initializer or static initialization block",
                        id.span,
                    );
                }
                if id.name == "undefined" && matches!(self.resolve("undefined"), Resolved::Global) {
                    self.emit(Op::LoadUndef { dst });
                    return;
                }
                self.pos(id.span);
                self.load_name(&id.name, dst, false);
            }
            Expression::ThisExpression(_) => self.load_this(dst),
            Expression::Super(s) => self.error("'super' keyword unexpected here", s.span),
            Expression::ArrayExpression(a) => self.array_literal(a, dst),
            Expression::ObjectExpression(o) => self.object_literal(o, dst),
            Expression::FunctionExpression(f) => self.function_expression(f, dst, None),
            Expression::ArrowFunctionExpression(a) => self.arrow_expression(a, dst, None),
            Expression::ClassExpression(c) => self.class(c, dst, None),
            Expression::ParenthesizedExpression(p) => self.expr_inner(&p.expression, dst),
            Expression::SequenceExpression(s) => {
                let n = s.expressions.len();
                for (i, x) in s.expressions.iter().enumerate() {
                    if i + 1 == n {
                        self.expr_inner(x, dst);
                    } else {
                        self.expr_discard(x);
                    }
                }
            }
            Expression::ConditionalExpression(c) => {
                let else_l = self.b().label();
                let end = self.b().label();
                self.cond_jump(&c.test, false, else_l);
                self.expr_into(&c.consequent, dst);
                self.b().jump(end);
                self.b().bind(else_l);
                self.expr_into(&c.alternate, dst);
                self.b().bind(end);
            }
            Expression::LogicalExpression(l) => {
                let end = self.b().label();
                self.expr_into(&l.left, dst);
                let op = match l.operator {
                    LogicalOperator::And => Op::JumpIfFalse { cond: dst, target: 0 },
                    LogicalOperator::Or => Op::JumpIfTrue { cond: dst, target: 0 },
                    LogicalOperator::Coalesce => Op::JumpIfNotNullish { src: dst, target: 0 },
                };
                self.b().emit_jump(op, end);
                self.expr_into(&l.right, dst);
                self.b().bind(end);
            }
            Expression::BinaryExpression(b) => {
                if self.plain_sum.take() != Some(b.span)
                    && let Some(pieces) = Self::string_chain(b)
                {
                    self.concatenation(&pieces, dst, b.span);
                    return;
                }
                self.mark_plain_sum(b);
                let op = binop(b.operator).expect("binary operator");
                // Any left operand not read in place is evaluated straight into `dst` (a
                // temporary no other code names), so a left-deep chain `a + b + c + …`
                // needs the same few registers however long it is.
                let left = self.operand_reg(&b.left, left_in_place(b), dst);
                self.binary_with_right(op, dst, left, &b.right, b.span);
            }
            Expression::PrivateInExpression(p) => {
                let obj = self.expr_any(&p.right);
                let name = self.alloc();
                self.load_private_name(&p.left.name, name, p.span);
                self.emit(Op::HasPrivate { dst, obj, name });
            }
            Expression::UnaryExpression(u) => self.unary(u, dst),
            Expression::UpdateExpression(u) => self.update(u, dst),
            Expression::AssignmentExpression(a) => self.assignment(a, dst),
            Expression::CallExpression(c) => self.call(c, dst),
            Expression::NewExpression(n) => self.new_expression(n, dst),
            Expression::ChainExpression(c) => {
                let end = self.b().label();
                self.chain_ends.push(end);
                match &c.expression {
                    ChainElement::CallExpression(call) => self.call(call, dst),
                    other => {
                        if let Some(m) = other.as_member_expression() {
                            self.member(m, dst);
                        }
                    }
                }
                self.chain_ends.pop();
                let done = self.b().label();
                self.b().jump(done);
                self.b().bind(end);
                self.emit(Op::LoadUndef { dst });
                self.b().bind(done);
            }
            Expression::TaggedTemplateExpression(t) => self.tagged_template(t, dst),
            Expression::NewTarget(_) => self.load_new_target(dst),
            Expression::ImportMeta(m) => {
                if self.mode == Mode::Module {
                    self.emit(Op::ImportMeta { dst });
                } else {
                    self.error("Cannot use 'import.meta' outside a module", m.span);
                }
            }
            Expression::ImportExpression(i) => {
                if i.phase.is_some() {
                    self.error("source and defer phase imports are not supported", i.span);
                    return;
                }
                let mark = self.b().mark();
                let specifier = self.alloc();
                self.expr_into(&i.source, specifier);
                let options = match &i.options {
                    Some(o) => {
                        let r = self.alloc();
                        self.expr_into(o, r);
                        r
                    }
                    None => crate::bytecode::NO_REG,
                };
                self.pos(i.span);
                self.emit(Op::ImportCall { dst, specifier, options });
                self.b().release(mark);
            }
            Expression::YieldExpression(y) => self.yield_expression(y, dst),
            Expression::AwaitExpression(a) => self.await_expression(a, dst),
            other => {
                if let Some(m) = other.as_member_expression() {
                    self.member(m, dst);
                } else {
                    self.error("unsupported expression", other.span());
                }
            }
        }
    }

    /// If inside an optional chain and the operand is nullish, jump to the chain's end.
    fn optional_check(&mut self, optional: bool, r: Reg) {
        if optional && let Some(&end) = self.chain_ends.last() {
            self.b().emit_jump(Op::JumpIfNullish { src: r, target: 0 }, end);
        }
    }

    /// Evaluates a member expression's object and key into a reference.
    pub(super) fn member_ref(&mut self, m: &'a MemberExpression<'a>) -> PropRef {
        self.member_ref_at(m, None)
    }

    /// `member_ref` with the object evaluated into `obj_dst` when given: a temporary the
    /// caller owns and overwrites only after its last use of the object (the destination
    /// of `o.p` or `o.p()`), so member and method-call chains `a.b().c().d()` reuse one
    /// register instead of holding one per link.
    fn member_ref_at(&mut self, m: &'a MemberExpression<'a>, obj_dst: Option<Reg>) -> PropRef {
        let object_reg = |this: &mut Self, e: &'a Expression<'a>| {
            // `this` held in a register never changes: every use reads it in place.
            if let Expression::ThisExpression(_) = e
                && let Some(r) = this.this_reg()
            {
                return r;
            }
            match obj_dst {
                Some(r) => {
                    this.expr_into_own(e, r);
                    r
                }
                None => {
                    let r = this.alloc();
                    this.expr_into(e, r);
                    r
                }
            }
        };
        match m {
            MemberExpression::StaticMemberExpression(s) => {
                if let Expression::Super(_) = &s.object {
                    let key = self.alloc();
                    let k = self.k_str(&s.property.name);
                    self.emit(Op::LoadConst { dst: key, k });
                    let this = self.alloc();
                    self.load_this(this);
                    let base = self.alloc();
                    self.emit(Op::LoadSuperBase { dst: base });
                    return PropRef::Super { key, this, base };
                }
                let obj = object_reg(self, &s.object);
                self.optional_check(s.optional, obj);
                let key = self.k_str(&s.property.name);
                PropRef::Named { obj, key }
            }
            MemberExpression::ComputedMemberExpression(c) => {
                if let Expression::Super(_) = &c.object {
                    let this = self.alloc();
                    self.load_this(this);
                    let key = self.alloc();
                    self.expr_into(&c.expression, key);
                    let base = self.alloc();
                    self.emit(Op::LoadSuperBase { dst: base });
                    return PropRef::Super { key, this, base };
                }
                let obj = object_reg(self, &c.object);
                self.optional_check(c.optional, obj);
                if let Expression::StringLiteral(s) = &c.expression
                    && !s.lone_surrogates
                    && crate::value::string::as_array_index(&crate::value::string::utf16(&s.value)).is_none()
                {
                    let key = self.k_str(&s.value);
                    return PropRef::Named { obj, key };
                }
                let key = self.alloc();
                self.expr_into(&c.expression, key);
                PropRef::Keyed { obj, key }
            }
            MemberExpression::PrivateFieldExpression(p) => {
                let obj = object_reg(self, &p.object);
                self.optional_check(p.optional, obj);
                let name = self.alloc();
                self.load_private_name(&p.field.name, name, p.span);
                PropRef::Private { obj, name }
            }
        }
    }

    /// A reference that is read and then written (compound assignment, ++): the key is
    /// converted once, after the base is checked.
    pub(super) fn member_ref_rw(&mut self, m: &'a MemberExpression<'a>) -> PropRef {
        let r = self.member_ref(m);
        match r {
            PropRef::Keyed { obj, key } => {
                self.emit(Op::ToPropertyKeyFor { key, obj });
            }
            // The reference keeps the key GetValue converted for the PutValue after it.
            PropRef::Super { key, base, .. } => {
                self.emit(Op::CheckSuperBase { base });
                self.emit(Op::Unary { op: UnOp::ToPropertyKey, dst: key, src: key });
            }
            _ => {}
        }
        r
    }

    pub(super) fn get_ref(&mut self, r: PropRef, dst: Reg) {
        match r {
            PropRef::Named { obj, key } => {
                let ic = self.b().next_ic();
                self.emit(Op::GetProp { dst, obj, key, ic });
            }
            PropRef::Keyed { obj, key } => {
                let ic = self.b().next_keyed_ic();
                self.emit(Op::GetElem { dst, obj, key, ic });
            }
            PropRef::Super { key, this, base } => {
                self.emit(Op::GetSuper { dst, key, this, base });
            }
            PropRef::Private { obj, name } => {
                self.emit(Op::GetPrivate { dst, obj, name });
            }
        }
    }

    pub(super) fn set_ref(&mut self, r: PropRef, src: Reg) {
        let strict = self.strict();
        match r {
            PropRef::Named { obj, key } => {
                let ic = self.b().next_set_ic();
                self.emit(Op::SetProp { obj, key, src, strict, ic });
            }
            PropRef::Keyed { obj, key } => {
                let ic = self.b().next_keyed_set_ic();
                self.emit(Op::SetElem { obj, key, src, strict, ic });
            }
            PropRef::Super { key, this, base } => {
                self.emit(Op::SetSuper { key, src, this, base, strict });
            }
            PropRef::Private { obj, name } => {
                self.emit(Op::SetPrivate { obj, name, src });
            }
        }
    }

    /// The target of `o[k] = rhs` or `o.name = rhs` in the registers of its locals, when `o`
    /// (and `k`) are register locals that `rhs` cannot assign: then reading them after `rhs`
    /// is the same as before it, and the assignment needs no copies of them.
    fn local_member_target(&mut self, m: &'a MemberExpression<'a>, rhs: &'a Expression<'a>) -> Option<PropRef> {
        match m {
            MemberExpression::ComputedMemberExpression(c) if !c.optional => {
                let (Expression::Identifier(o), Expression::Identifier(k)) = (&c.object, &c.expression) else {
                    return None;
                };
                let obj = self.local_reg(&o.name)?;
                let key = self.local_reg(&k.name)?;
                if super::writes::may_assign(rhs, &o.name) || super::writes::may_assign(rhs, &k.name) {
                    return None;
                }
                Some(PropRef::Keyed { obj, key })
            }
            MemberExpression::StaticMemberExpression(s) if !s.optional => {
                let obj = match &s.object {
                    // A `this` held in a register never changes.
                    Expression::ThisExpression(_) => self.this_reg()?,
                    Expression::Identifier(o) => {
                        let obj = self.local_reg(&o.name)?;
                        if super::writes::may_assign(rhs, &o.name) {
                            return None;
                        }
                        obj
                    }
                    _ => return None,
                };
                let key = self.k_str(&s.property.name);
                Some(PropRef::Named { obj, key })
            }
            _ => None,
        }
    }

    fn member(&mut self, m: &'a MemberExpression<'a>, dst: Reg) {
        // `arguments.length` where that is all the function uses of `arguments`.
        if self.fr().arguments_length_only
            && let MemberExpression::StaticMemberExpression(s) = m
            && super::analysis::is_arguments_length(s)
            && self.own_arguments_visible()
        {
            self.emit(Op::ArgCount { dst });
            return;
        }
        // `o.name` with `o` a local: nothing is evaluated between reading `o` and the
        // property, so the object is read from its own register.
        if let MemberExpression::StaticMemberExpression(s) = m
            && !s.optional
            && let Expression::Identifier(id) = &s.object
            && let Some(obj) = self.local_reg(&id.name)
        {
            let key = self.k_str(&s.property.name);
            self.pos_at(self.member_position(m));
            self.get_ref(PropRef::Named { obj, key }, dst);
            return;
        }
        // `o[k]` with `o` a local: read the object from its own register when evaluating
        // the key cannot assign it, and the key from its register when it is a local.
        if let MemberExpression::ComputedMemberExpression(c) = m
            && !c.optional
            && !matches!(c.expression, Expression::StringLiteral(_))
            && let Expression::Identifier(id) = &c.object
            && let Some(obj) = self.local_reg(&id.name)
            && !super::writes::may_assign(&c.expression, &id.name)
        {
            let mark = self.b().mark();
            let key = self.operand_reg(&c.expression, true, dst);
            self.pos_at(self.member_position(m));
            let ic = self.b().next_keyed_ic();
            self.emit(Op::GetElem { dst, obj, key, ic });
            self.b().release(mark.max(dst + 1));
            return;
        }
        // `e[k]` with `k` a register local: the key is read from its own register, since
        // the read follows the key's evaluation at once (`e` is evaluated before either).
        if let MemberExpression::ComputedMemberExpression(c) = m
            && !c.optional
            && !matches!(c.object, Expression::Super(_))
            && let Expression::Identifier(k) = &c.expression
            && let Some(key) = self.local_reg(&k.name)
        {
            let mark = self.b().mark();
            let obj = match &c.object {
                Expression::ThisExpression(_) if let Some(r) = self.this_reg() => r,
                object => {
                    self.expr_into_own(object, dst);
                    dst
                }
            };
            self.pos_at(self.member_position(m));
            let ic = self.b().next_keyed_ic();
            self.emit(Op::GetElem { dst, obj, key, ic });
            self.b().release(mark.max(dst + 1));
            return;
        }
        let mark = self.b().mark();
        let r = self.member_ref_at(m, Some(dst));
        self.pos_at(self.member_position(m));
        self.get_ref(r, dst);
        self.b().release(mark.max(dst + 1));
    }

    pub(super) fn load_private_name(&mut self, name: &str, dst: Reg, span: Span) {
        let key = format!("#{name}");
        match self.resolve(&key) {
            Resolved::Dynamic { .. } if matches!(self.mode, Mode::Eval { direct: true, .. }) => {
                self.load_name(&key, dst, false)
            }
            Resolved::Global | Resolved::Dynamic { .. } => {
                self.error(format!("Private field '{key}' must be declared in an enclosing class"), span);
            }
            _ => self.load_name(&key, dst, false),
        }
    }

    /// ECMA-262 §13.2.8.6 TemplateLiteral Evaluation: each substitution evaluated and
    /// converted by ToString in order, then the string-concatenation of all the pieces.
    fn template_literal(&mut self, t: &'a TemplateLiteral<'a>, dst: Reg) {
        let mut pieces = Vec::with_capacity(t.quasis.len() + t.expressions.len());
        for (i, q) in t.quasis.iter().enumerate() {
            pieces.push(Piece::Text(q.value.cooked.as_ref().map_or("", |c| c.as_str()), q.lone_surrogates));
            if let Some(e) = t.expressions.get(i) {
                pieces.push(Piece::Operand(e, UnOp::ToString, e.span()));
            }
        }
        self.concatenation(&pieces, dst, t.span);
    }

    /// A chain `e0 + e1 + … + en` whose result is known to be a string from some operand on:
    /// its pieces for [`concatenation`](Self::concatenation), or None when it is not such a
    /// chain (or too short to gain from one). ECMA-262 §13.15.3 ApplyStringOrNumericBinaryOperator:
    /// once the left operand is a string, each step evaluates its right operand, converts
    /// it by ToPrimitive (no hint) and ToString, and concatenates; so each operand after the
    /// first string literal is evaluated and converted in order, and the operands before it
    /// are one sum of their own (`1 + 2 + 'a'` is `"3a"`).
    fn string_chain(b: &'a BinaryExpression<'a>) -> Option<Vec<Piece<'a>>> {
        if b.operator != BinaryOperator::Addition {
            return None;
        }
        // The chain's nodes from the innermost sum out: nodes[i].right is operand i + 1.
        let mut nodes = vec![b];
        while let Expression::BinaryExpression(inner) = &nodes[nodes.len() - 1].left
            && inner.operator == BinaryOperator::Addition
        {
            nodes.push(inner);
        }
        nodes.reverse();
        let operand = |i: usize| if i == 0 { &nodes[0].left } else { &nodes[i - 1].right };
        // The first operand that is a string whatever the others are. Past the first
        // position only a literal without effects may be it: the sum before it is converted
        // as soon as it is evaluated, which must not move past another operand's effects.
        let first = (0..=nodes.len()).find(|&i| match operand(i) {
            Expression::StringLiteral(_) => true,
            Expression::TemplateLiteral(t) => i == 0 || t.expressions.is_empty(),
            _ => false,
        })?;
        let parts = nodes.len() + 1 - first + usize::from(first > 0);
        if parts < 3 {
            return None;
        }
        let mut pieces = Vec::with_capacity(parts);
        match first {
            0 => {}
            1 => pieces.push(Piece::Operand(&nodes[0].left, UnOp::ToPrimitiveString, nodes[0].span)),
            _ => pieces.push(Piece::Sum(nodes[first - 2], nodes[first - 1].span)),
        }
        for i in first..=nodes.len() {
            let span = if i == 0 { nodes[0].span } else { nodes[i - 1].span };
            pieces.push(match operand(i) {
                Expression::StringLiteral(l) => Piece::Text(l.value.as_str(), l.lone_surrogates),
                e => Piece::Operand(e, UnOp::ToPrimitiveString, span),
            });
        }
        Some(pieces)
    }

    /// Notes that the sum on the left of `b`, a sum not compiled as a string concatenation,
    /// is not one either (by `string_chain`'s rule it has the same first string operand, if
    /// any, with fewer operands after it). It is the next binary expression compiled.
    fn mark_plain_sum(&mut self, b: &BinaryExpression<'a>) {
        if b.operator == BinaryOperator::Addition
            && let Expression::BinaryExpression(left) = &b.left
        {
            self.plain_sum = Some(left.span);
        }
    }

    /// Evaluates `pieces` in order into consecutive registers, each converted to a string
    /// right after it is evaluated, and writes their string-concatenation to `dst` with one
    /// `ConcatStrings` (one allocation for the result, where `+` made one string per
    /// operand). `dst` is written last, after every piece is read.
    pub(super) fn concatenation(&mut self, pieces: &[Piece<'a>], dst: Reg, span: Span) {
        let pieces: Vec<&Piece<'a>> = pieces.iter().filter(|p| !matches!(p, Piece::Text("", _))).collect();
        let mark = self.b().mark();
        // A long list is concatenated in chunks, each result the first part of the next.
        let width = pieces.len().clamp(1, MAX_CONCAT_PARTS) as u16;
        let parts = if pieces.len() > 1 { self.b().alloc_n(width) } else { dst };
        let mut filled: u16 = 0;
        for piece in pieces {
            if filled == width {
                self.pos(span);
                self.emit(Op::ConcatStrings { dst: parts, first: parts, count: width });
                filled = 1;
            }
            let at = parts + filled;
            let inner = self.b().mark();
            match *piece {
                Piece::Text(text, lone_surrogates) => {
                    let k = self.k_str_units(text, lone_surrogates);
                    self.emit(Op::LoadConst { dst: at, k });
                }
                Piece::Operand(e, op, span) => {
                    // A local is converted from its own register.
                    let src = match e {
                        Expression::Identifier(_) => self.expr_any(e),
                        _ => {
                            self.expr_into(e, at);
                            at
                        }
                    };
                    self.pos(span);
                    self.emit(Op::Unary { op, dst: at, src });
                }
                Piece::Sum(b, span) => {
                    self.mark_plain_sum(b);
                    let left = self.operand_reg(&b.left, left_in_place(b), at);
                    self.binary_with_right(BinOp::Add, at, left, &b.right, b.span);
                    self.pos(span);
                    self.emit(Op::Unary { op: UnOp::ToPrimitiveString, dst: at, src: at });
                }
            }
            self.b().release(inner);
            filled += 1;
        }
        match filled {
            0 => {
                let k = self.k_str("");
                self.emit(Op::LoadConst { dst, k });
            }
            1 if parts == dst => {}
            _ => {
                self.pos(span);
                self.emit(Op::ConcatStrings { dst, first: parts, count: filled });
            }
        }
        self.b().release(mark);
    }

    fn tagged_template(&mut self, t: &'a TaggedTemplateExpression<'a>, dst: Reg) {
        let (callee, this) = self.callee_and_this(&t.tag, dst);
        let site = self.fr().templates.len() as u32;
        // A cooked string may hold lone surrogates (oxc escapes them in its UTF-8 text).
        let cooked: Vec<Option<Vec<u16>>> = t
            .quasi
            .quasis
            .iter()
            .map(|q| {
                q.value.cooked.map(|c| {
                    if q.lone_surrogates { super::decode_lone_surrogates(&c) } else { c.encode_utf16().collect() }
                })
            })
            .collect();
        let raw: Vec<String> = t.quasi.quasis.iter().map(|q| q.value.raw.to_string()).collect();
        self.f().templates.push((cooked, raw));
        let argc = 1 + t.quasi.expressions.len() as u16;
        let args = self.b().alloc_n(argc);
        self.emit(Op::GetTemplateObject { dst: args, site });
        for (i, e) in t.quasi.expressions.iter().enumerate() {
            self.expr_into(e, args + 1 + i as u16);
        }
        self.pos(t.quasi.span);
        self.emit(Op::Call { dst, callee, this, args, argc });
    }

    fn array_literal(&mut self, a: &'a ArrayExpression<'a>, dst: Reg) {
        if let Some(values) = self.literal_values(a) {
            let first = self.b().constants.len() as u32;
            for v in values {
                self.b().k_value(v);
            }
            self.emit(Op::NewArrayOfConstants { dst, count: a.elements.len() as u16, first });
            return;
        }
        let arr = self.alloc();
        self.emit(Op::NewArray { dst: arr, capacity: a.elements.len().min(1024) as u16 });
        for el in &a.elements {
            let mark = self.b().mark();
            match el {
                ArrayExpressionElement::SpreadElement(s) => {
                    let v = self.expr_any(&s.argument);
                    self.emit(Op::ArraySpread { arr, src: v });
                }
                ArrayExpressionElement::Elision(_) => {
                    self.emit(Op::ArrayHole { arr });
                }
                other => {
                    if let Some(e) = other.as_expression() {
                        let v = self.expr_any(e);
                        self.emit(Op::ArrayPush { arr, src: v });
                    }
                }
            }
            self.b().release(mark);
        }
        self.emit(Op::Move { dst, src: arr });
    }

    /// The values of an array literal of at least two elements that are all number, string,
    /// boolean or null literals (a table such as `[0, 1, 2, 3]` or `['a', 'b']`), which
    /// evaluating the literal reads in order without any effect.
    fn literal_values(&mut self, a: &'a ArrayExpression<'a>) -> Option<Vec<Value>> {
        if a.elements.len() < 2 || a.elements.len() > 1024 {
            return None;
        }
        let mut values = Vec::with_capacity(a.elements.len());
        for el in &a.elements {
            let v = match el.as_expression()? {
                Expression::NumericLiteral(n) => Value::Number(n.value),
                Expression::UnaryExpression(u) if u.operator == UnaryOperator::UnaryNegation => match &u.argument {
                    Expression::NumericLiteral(n) => Value::Number(-n.value),
                    _ => return None,
                },
                Expression::BooleanLiteral(b) => Value::Bool(b.value),
                Expression::NullLiteral(_) => Value::Null,
                Expression::StringLiteral(s) if !s.lone_surrogates => Value::String(self.heap.intern_str(&s.value)),
                _ => return None,
            };
            values.push(v);
        }
        Some(values)
    }

    /// Loads a property key into a register (ToPropertyKey applied for computed keys).
    pub(super) fn property_key(&mut self, key: &'a PropertyKey<'a>, computed: bool, dst: Reg) -> Option<String> {
        match key {
            PropertyKey::StaticIdentifier(id) => {
                let k = self.k_str(&id.name);
                self.emit(Op::LoadConst { dst, k });
                Some(id.name.to_string())
            }
            PropertyKey::PrivateIdentifier(p) => {
                self.error("unexpected private name", p.span);
                None
            }
            other => {
                let e = other.as_expression().expect("key expression");
                if !computed {
                    match e {
                        Expression::StringLiteral(s) => {
                            let k = self.k_str_units(&s.value, s.lone_surrogates);
                            self.emit(Op::LoadConst { dst, k });
                            return Some(s.value.to_string());
                        }
                        Expression::NumericLiteral(n) => {
                            let s = crate::value::number::number_to_string(n.value);
                            let k = self.k_str(&s);
                            self.emit(Op::LoadConst { dst, k });
                            return Some(s);
                        }
                        Expression::BigIntLiteral(n) => {
                            let s = n.value.to_string();
                            let k = self.k_str(&s);
                            self.emit(Op::LoadConst { dst, k });
                            return Some(s);
                        }
                        _ => {}
                    }
                }
                self.expr_into(e, dst);
                self.emit(Op::Unary { op: UnOp::ToPropertyKey, dst, src: dst });
                None
            }
        }
    }

    fn object_literal(&mut self, o: &'a ObjectExpression<'a>, dst: Reg) {
        let obj = self.alloc();
        self.emit(Op::NewObject { dst: obj });
        for p in &o.properties {
            let mark = self.b().mark();
            match p {
                ObjectPropertyKind::SpreadProperty(s) => {
                    let v = self.expr_any(&s.argument);
                    self.emit(Op::CopyDataProps { obj, src: v, excluded: 0, count: 0 });
                }
                ObjectPropertyKind::ObjectProperty(prop) => {
                    let is_proto = !prop.computed
                        && !prop.shorthand
                        && !prop.method
                        && prop.kind == PropertyKind::Init
                        && match &prop.key {
                            PropertyKey::StaticIdentifier(id) => id.name == "__proto__",
                            PropertyKey::StringLiteral(s) => s.value == "__proto__",
                            _ => false,
                        };
                    if is_proto {
                        let v = self.expr_any(&prop.value);
                        self.emit(Op::SetProtoLiteral { obj, src: v });
                        self.b().release(mark);
                        continue;
                    }
                    // `name: value` with an identifier key: a cached definition.
                    if let PropertyKey::StaticIdentifier(id) = &prop.key
                        && !prop.computed
                        && !prop.method
                        && prop.kind == PropertyKind::Init
                    {
                        // A value in a local's register is defined from there (`{ a }`).
                        let v = match &prop.value {
                            value @ Expression::Identifier(_) => self.expr_any(value),
                            value => {
                                let v = self.alloc();
                                self.expr_named(value, v, Some(&id.name));
                                v
                            }
                        };
                        let key = self.k_str(&id.name);
                        let ic = self.b().next_set_ic();
                        self.emit(Op::DefineNamed { obj, key, src: v, ic });
                        self.b().release(mark);
                        continue;
                    }
                    let key = self.alloc();
                    let static_name = self.property_key(&prop.key, prop.computed, key);
                    let v = self.alloc();
                    match prop.kind {
                        PropertyKind::Init if !prop.method => {
                            if is_anonymous_fn(&prop.value) {
                                match &static_name {
                                    Some(n) => self.expr_named(&prop.value, v, Some(n)),
                                    None => {
                                        self.expr_named(&prop.value, v, Some(""));
                                        self.emit(Op::SetFunctionName { func: v, key, prefix: 0 });
                                    }
                                }
                            } else {
                                self.expr_into(&prop.value, v);
                            }
                            self.emit(Op::DefineField { obj, key, src: v });
                        }
                        kind => {
                            let Expression::FunctionExpression(f) = &prop.value else {
                                self.error("method expected", prop.span);
                                continue;
                            };
                            let mk = match kind {
                                PropertyKind::Get => MethodKind::Getter,
                                PropertyKind::Set => MethodKind::Setter,
                                PropertyKind::Init => MethodKind::Method,
                            };
                            self.method(f, v, obj, mk, static_name.as_deref(), prop.span.start);
                            self.emit(Op::DefineMethod { obj, key, func: v, kind: mk, enumerable: true });
                        }
                    }
                }
            }
            self.b().release(mark);
        }
        self.emit(Op::Move { dst, src: obj });
    }

    /// Creates a method closure (with [[HomeObject]] `home`) into `dst`.
    /// `source_start` is where the method's source text begins (its key or `get`/`set`).
    pub(super) fn method(
        &mut self,
        f: &'a Function<'a>,
        dst: Reg,
        home: Reg,
        kind: MethodKind,
        name: Option<&str>,
        source_start: u32,
    ) {
        let facts = self.an.index_of(f);
        let Some(body) = f.body.as_deref() else {
            return;
        };
        let fk = match kind {
            MethodKind::Getter => FunctionKind::Getter,
            MethodKind::Setter => FunctionKind::Setter,
            MethodKind::Method => FunctionKind::Method,
        };
        let spec = super::function::FnSpec {
            kind: fk,
            params: Some(&f.params),
            body: super::function::Body::Block(body),
            scope_id: f.scope_id.get(),
            facts,
            name: name.unwrap_or("").to_string(),
            strict: self.strict(),
            span: Span::new(source_start.min(f.span.start), f.span.end),
            has_fields: false,
            generator: f.generator,
            is_async: f.r#async,
        };
        let idx = self.compile_function(spec);
        let env = self.current_env();
        self.emit(Op::MakeMethod { dst, code: idx, env, home });
    }

    fn unary(&mut self, u: &'a UnaryExpression<'a>, dst: Reg) {
        let op = match u.operator {
            UnaryOperator::UnaryNegation => UnOp::Neg,
            UnaryOperator::UnaryPlus => UnOp::Plus,
            UnaryOperator::LogicalNot => UnOp::Not,
            UnaryOperator::BitwiseNot => UnOp::BitNot,
            UnaryOperator::Typeof => {
                let mut arg = &u.argument;
                while let Expression::ParenthesizedExpression(p) = arg {
                    arg = &p.expression;
                }
                if let Expression::Identifier(id) = arg {
                    let t = self.alloc();
                    self.load_name(&id.name, t, true);
                    self.emit(Op::Unary { op: UnOp::TypeOf, dst, src: t });
                    return;
                }
                UnOp::TypeOf
            }
            UnaryOperator::Void => {
                self.expr_discard(&u.argument);
                self.emit(Op::LoadUndef { dst });
                return;
            }
            UnaryOperator::Delete => {
                self.delete(&u.argument, dst);
                return;
            }
        };
        if let (UnOp::Neg, Expression::NumericLiteral(n)) = (op, &u.argument) {
            let k = self.b().k_num(-n.value);
            self.emit(Op::LoadConst { dst, k });
            return;
        }
        let src = self.operand_reg(&u.argument, true, dst);
        self.pos(u.span);
        self.emit(Op::Unary { op, dst, src });
    }

    fn delete(&mut self, arg: &'a Expression<'a>, dst: Reg) {
        let strict = self.strict();
        match arg {
            Expression::Identifier(id) => match self.resolve(&id.name) {
                Resolved::Global => {
                    let env = self.current_env();
                    let k = self.k_str(&id.name);
                    self.emit(Op::DeleteName { dst, env, name: k });
                }
                Resolved::Dynamic { env } => {
                    let k = self.k_str(&id.name);
                    self.emit(Op::DeleteName { dst, env, name: k });
                }
                _ => {
                    self.emit(Op::LoadBool { dst, value: false });
                }
            },
            Expression::ParenthesizedExpression(p) => self.delete(&p.expression, dst),
            Expression::ChainExpression(c) => {
                let end = self.b().label();
                self.chain_ends.push(end);
                if let Some(m) = c.expression.as_member_expression() {
                    self.delete_member(m, dst, strict);
                } else {
                    self.expr_discard_chain(&c.expression);
                    self.emit(Op::LoadBool { dst, value: true });
                }
                self.chain_ends.pop();
                let done = self.b().label();
                self.b().jump(done);
                self.b().bind(end);
                self.emit(Op::LoadBool { dst, value: true });
                self.b().bind(done);
            }
            other => {
                if let Some(m) = other.as_member_expression() {
                    self.delete_member(m, dst, strict);
                } else {
                    self.expr_discard(other);
                    self.emit(Op::LoadBool { dst, value: true });
                }
            }
        }
    }

    fn expr_discard_chain(&mut self, c: &'a ChainElement<'a>) {
        if let ChainElement::CallExpression(call) = c {
            let r = self.alloc();
            self.call(call, r);
        }
    }

    fn delete_member(&mut self, m: &'a MemberExpression<'a>, dst: Reg, strict: bool) {
        match self.member_ref(m) {
            PropRef::Named { obj, key } => {
                let kr = self.alloc();
                self.emit(Op::LoadConst { dst: kr, k: key });
                self.pos(m.span());
                self.emit(Op::DeleteProp { dst, obj, key: kr, strict });
            }
            PropRef::Keyed { obj, key } => {
                self.pos(m.span());
                self.emit(Op::DeleteProp { dst, obj, key, strict });
            }
            PropRef::Super { .. } => {
                self.throw_error(ErrorKind::ReferenceError, "Unsupported reference to 'super'");
            }
            PropRef::Private { .. } => {
                self.error("Private fields can not be deleted", m.span());
            }
        }
    }

    fn update(&mut self, u: &'a UpdateExpression<'a>, dst: Reg) {
        self.update_into(u, Some(dst));
    }

    /// `x++` / `o.p--` … into `dst`, or with its value unused (`None`, a statement or a
    /// `for` update): then neither the old value's ToNumeric nor a copy into a result
    /// register is needed, as `Inc`/`Dec` convert with ToNumeric themselves (ECMA-262
    /// §13.4.2.1 and §13.4.4.1: GetValue, ToNumeric, the addition, PutValue, in that order
    /// either way).
    fn update_into(&mut self, u: &'a UpdateExpression<'a>, dst: Option<Reg>) {
        let op = if u.operator == UpdateOperator::Increment { UnOp::Inc } else { UnOp::Dec };
        // A mutable, initialized local in a register is updated in place: `Inc` converts
        // with ToNumeric itself, and postfix keeps the converted old value in `dst`.
        if let Some(dst) = dst
            && let SimpleAssignmentTarget::AssignmentTargetIdentifier(id) = &u.argument
            && let Some(reg) = self.mutable_local_reg(&id.name)
            && reg != dst
        {
            if u.prefix {
                self.emit(Op::Unary { op, dst: reg, src: reg });
                self.emit(Op::Move { dst, src: reg });
            } else {
                self.emit(Op::Unary { op: UnOp::ToNumeric, dst, src: reg });
                self.emit(Op::Unary { op, dst: reg, src: dst });
            }
            return;
        }
        let old = self.alloc();
        let new = self.alloc();
        // The old value as a number: only a used postfix result needs it apart from `new`.
        let convert_old = |c: &mut Self| {
            if dst.is_some() {
                c.emit(Op::Unary { op: UnOp::ToNumeric, dst: old, src: old });
            }
        };
        match &u.argument {
            SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => {
                if let Resolved::Dynamic { env } = self.resolve(&id.name) {
                    let base = self.alloc();
                    let k = self.k_str(&id.name);
                    self.emit(Op::ResolveName { dst: base, env, name: k });
                    self.emit(Op::GetNameRef { dst: old, base, name: k });
                    convert_old(self);
                    self.emit(Op::Unary { op, dst: new, src: old });
                    let strict = self.strict();
                    self.emit(Op::SetNameRef { base, name: k, src: new, strict });
                } else {
                    self.load_name(&id.name, old, false);
                    convert_old(self);
                    self.emit(Op::Unary { op, dst: new, src: old });
                    self.store_name(&id.name, new, false);
                }
            }
            other => {
                let Some(m) = other.as_member_expression() else {
                    self.error("Invalid left-hand side expression in update operation", u.span);
                    return;
                };
                let r = self.member_ref_rw(m);
                self.get_ref(r, old);
                convert_old(self);
                self.emit(Op::Unary { op, dst: new, src: old });
                self.set_ref(r, new);
            }
        }
        if let Some(dst) = dst {
            let src = if u.prefix { new } else { old };
            self.emit(Op::Move { dst, src });
        }
    }

    fn assignment(&mut self, a: &'a AssignmentExpression<'a>, dst: Reg) {
        // NamedEvaluation only for a bare identifier: `(fn) = function () {}` leaves the
        // name empty (IsIdentifierRef of a parenthesized expression is false; oxc drops the
        // parentheses, so the source text tells).
        let source = self.source;
        let name_of = |t: &AssignmentTarget<'_>| match t {
            AssignmentTarget::AssignmentTargetIdentifier(id)
                if !source.get(a.span.start as usize..id.span.start as usize).is_some_and(|b| b.contains('(')) =>
            {
                Some(id.name.to_string())
            }
            _ => None,
        };
        match a.operator {
            AssignmentOperator::Assign => match &a.left {
                AssignmentTarget::AssignmentTargetIdentifier(id) => {
                    // Resolve the reference before evaluating the right side (matters for with/eval).
                    let resolved = self.resolve(&id.name);
                    let dynamic = match resolved {
                        Resolved::Dynamic { env } => Some(env),
                        // Strict code must notice a global that only appears during the RHS.
                        Resolved::Global if self.strict() => Some(crate::bytecode::NO_REG),
                        _ => None,
                    };
                    let fn_name = name_of(&a.left);
                    if let Some(env) = dynamic {
                        let base = self.alloc();
                        let k = self.k_str(&id.name);
                        self.emit(Op::ResolveName { dst: base, env, name: k });
                        self.expr_named(&a.right, dst, fn_name.as_deref());
                        self.pos(a.span);
                        let strict = self.strict();
                        self.emit(Op::SetNameRef { base, name: k, src: dst, strict });
                    } else {
                        self.expr_named(&a.right, dst, fn_name.as_deref());
                        self.pos(a.span);
                        self.store_name(&id.name, dst, false);
                    }
                }
                AssignmentTarget::ArrayAssignmentTarget(_) | AssignmentTarget::ObjectAssignmentTarget(_) => {
                    self.expr_into(&a.right, dst);
                    self.assign_target(&a.left, dst);
                }
                other => {
                    let Some(m) = other.as_member_expression() else {
                        return;
                    };
                    // V8 places a property store at its `=`.
                    let at = self.punctuator_after(a.left.span().end, b'=').unwrap_or(a.span.start);
                    if let Some(target) = self.local_member_target(m, &a.right) {
                        self.expr_into(&a.right, dst);
                        self.pos_at(at);
                        self.set_ref(target, dst);
                        return;
                    }
                    let r = self.member_ref(m);
                    self.expr_into(&a.right, dst);
                    self.pos_at(at);
                    self.set_ref(r, dst);
                }
            },
            op @ (AssignmentOperator::LogicalAnd
            | AssignmentOperator::LogicalOr
            | AssignmentOperator::LogicalNullish) => {
                let end = self.b().label();
                let jump = |dst: Reg| match op {
                    AssignmentOperator::LogicalAnd => Op::JumpIfFalse { cond: dst, target: 0 },
                    AssignmentOperator::LogicalOr => Op::JumpIfTrue { cond: dst, target: 0 },
                    _ => Op::JumpIfNotNullish { src: dst, target: 0 },
                };
                match &a.left {
                    AssignmentTarget::AssignmentTargetIdentifier(id) => {
                        self.load_name(&id.name, dst, false);
                        self.b().emit_jump(jump(dst), end);
                        self.expr_named(&a.right, dst, Some(&id.name));
                        self.store_name(&id.name, dst, false);
                    }
                    other => {
                        let Some(m) = other.as_member_expression() else {
                            return;
                        };
                        let r = self.member_ref_rw(m);
                        self.get_ref(r, dst);
                        self.b().emit_jump(jump(dst), end);
                        self.expr_into(&a.right, dst);
                        self.set_ref(r, dst);
                    }
                }
                self.b().bind(end);
                let _ = name_of;
            }
            op => {
                let bop = assign_binop(op).expect("compound operator");
                match &a.left {
                    AssignmentTarget::AssignmentTargetIdentifier(id) => {
                        let old = self.alloc();
                        if let Resolved::Dynamic { env } = self.resolve(&id.name) {
                            let base = self.alloc();
                            let k = self.k_str(&id.name);
                            self.emit(Op::ResolveName { dst: base, env, name: k });
                            self.emit(Op::GetNameRef { dst: old, base, name: k });
                            let rhs = self.expr_any(&a.right);
                            self.pos(a.span);
                            self.emit(Op::Binary { op: bop, dst, a: old, b: rhs });
                            let strict = self.strict();
                            self.emit(Op::SetNameRef { base, name: k, src: dst, strict });
                            return;
                        }
                        let old = match self.local_reg(&id.name) {
                            Some(r) if !super::writes::may_assign(&a.right, &id.name) => r,
                            _ => {
                                self.load_name(&id.name, old, false);
                                old
                            }
                        };
                        self.binary_with_right(bop, dst, old, &a.right, a.span);
                        self.store_name(&id.name, dst, false);
                    }
                    other => {
                        let Some(m) = other.as_member_expression() else {
                            return;
                        };
                        let r = self.member_ref_rw(m);
                        let old = self.alloc();
                        self.get_ref(r, old);
                        let rhs = self.expr_any(&a.right);
                        self.pos(a.span);
                        self.emit(Op::Binary { op: bop, dst, a: old, b: rhs });
                        self.set_ref(r, dst);
                    }
                }
            }
        }
    }

    /// Evaluates a callee, producing (callee register, this register). `dst` is the call's
    /// destination, a temporary the call overwrites only after reading both: a member
    /// callee's object or a computed callee goes there, so call chains `f()()()` and
    /// `p.then(f).then(g)…` need a bounded number of registers.
    fn callee_and_this(&mut self, callee: &'a Expression<'a>, dst: Reg) -> (Reg, Reg) {
        match callee {
            Expression::ParenthesizedExpression(p)
                if p.expression.is_member_expression()
                    || matches!(
                        &p.expression,
                        Expression::ChainExpression(_) | Expression::ParenthesizedExpression(_)
                    ) =>
            {
                self.callee_and_this(&p.expression, dst)
            }
            Expression::ChainExpression(c) if c.expression.as_member_expression().is_some() => {
                let m = c.expression.as_member_expression().expect("member");
                let end = self.b().label();
                self.chain_ends.push(end);
                let r = self.member_ref_at(m, Some(dst));
                let f = self.alloc();
                self.get_ref(r, f);
                let this = self.alloc();
                let obj = match r {
                    PropRef::Named { obj, .. } | PropRef::Keyed { obj, .. } | PropRef::Private { obj, .. } => obj,
                    PropRef::Super { this, .. } => this,
                };
                self.emit(Op::Move { dst: this, src: obj });
                self.chain_ends.pop();
                let done = self.b().label();
                self.b().jump(done);
                self.b().bind(end);
                self.emit(Op::LoadUndef { dst: f });
                self.emit(Op::LoadUndef { dst: this });
                self.b().bind(done);
                (f, this)
            }
            Expression::Identifier(id) => {
                let f = self.alloc();
                if let Resolved::Dynamic { env } = self.resolve(&id.name) {
                    let this = self.alloc();
                    let k = self.k_str(&id.name);
                    self.emit(Op::GetNameThis { dst: f, this_dst: this, env, name: k });
                    (f, this)
                } else {
                    self.load_name(&id.name, f, false);
                    (f, UNDEFINED_RECEIVER)
                }
            }
            other => {
                if let Some(m) = other.as_member_expression() {
                    let r = self.member_ref_at(m, Some(dst));
                    let f = self.alloc();
                    self.pos_at(self.member_position(m));
                    self.get_ref(r, f);
                    let this = match r {
                        PropRef::Named { obj, .. } | PropRef::Keyed { obj, .. } | PropRef::Private { obj, .. } => obj,
                        PropRef::Super { this, .. } => this,
                    };
                    (f, this)
                } else {
                    self.expr_into_own(other, dst);
                    (dst, UNDEFINED_RECEIVER)
                }
            }
        }
    }

    /// Evaluates call arguments into consecutive registers; returns (first, count) or, when
    /// spread is used, an array register with count = u16::MAX.
    fn arguments(&mut self, args: &'a [Argument<'a>]) -> (Reg, u16) {
        let spread = args.iter().any(|a| matches!(a, Argument::SpreadElement(_)));
        if spread {
            let arr = self.alloc();
            self.emit(Op::NewArray { dst: arr, capacity: args.len() as u16 });
            for a in args {
                let mark = self.b().mark();
                match a {
                    Argument::SpreadElement(s) => {
                        let v = self.expr_any(&s.argument);
                        self.emit(Op::ArraySpread { arr, src: v });
                    }
                    other => {
                        if let Some(e) = other.as_expression() {
                            let v = self.expr_any(e);
                            self.emit(Op::ArrayPush { arr, src: v });
                        }
                    }
                }
                self.b().release(mark);
            }
            return (arr, u16::MAX);
        }
        let argc = args.len() as u16;
        let base = self.b().alloc_n(argc);
        for (i, a) in args.iter().enumerate() {
            if let Some(e) = a.as_expression() {
                self.expr_into(e, base + i as u16);
            }
        }
        (base, argc)
    }

    /// Evaluates `e` into the register of a local (the caller checked
    /// `writes_once_after_reading`). A call's callee and receiver get a register of their own
    /// here (a call elsewhere uses its destination for them, so that a chain of calls needs
    /// the same few registers), so the local is written only when the call returns.
    pub(super) fn expr_into_local(&mut self, e: &'a Expression<'a>, reg: Reg, name: Option<&str>) {
        match e {
            Expression::CallExpression(c) => {
                let mark = self.b().mark();
                let scratch = self.alloc();
                self.call_with_scratch(c, reg, scratch);
                self.b().release(mark);
            }
            _ => self.expr_named(e, reg, name),
        }
    }

    fn call(&mut self, c: &'a CallExpression<'a>, dst: Reg) {
        self.call_with_scratch(c, dst, dst);
    }

    /// A call writing `dst`, with `scratch` for its callee or receiver on the way.
    fn call_with_scratch(&mut self, c: &'a CallExpression<'a>, dst: Reg, scratch: Reg) {
        if let Expression::Super(_) = &c.callee {
            self.super_call(c, dst);
            return;
        }
        if let Expression::Identifier(id) = &c.callee
            && id.name == "eval"
            && !c.optional
        {
            let f = self.alloc();
            self.load_name("eval", f, false);
            let (args, argc) = self.arguments(&c.arguments);
            let this = self.alloc();
            self.load_this_for_eval(this);
            let env = self.current_env();
            let strict = self.strict();
            self.pos(c.span);
            // argc == u16::MAX: `args` holds an array of spread arguments.
            self.emit(Op::CallEval { dst, callee: f, args, argc, env, this, strict });
            return;
        }
        if let Some(cache) = self.fr().arguments_cache
            && super::analysis::apply_spread_of_arguments(c).is_some()
            && self.own_arguments_visible()
            && let Some(this_arg) = c.arguments[0].as_expression()
        {
            // `X.apply(Y, arguments)` in a function that makes no arguments object.
            let (callee, this) = self.callee_and_this(&c.callee, scratch);
            let this_arg_reg = self.alloc();
            self.expr_into(this_arg, this_arg_reg);
            self.pos(c.span);
            self.emit(Op::ApplyArguments { dst, callee, this, this_arg: this_arg_reg, cache });
            return;
        }
        // `o.m(args)` with `o` a register local that the arguments cannot assign: the
        // receiver is read from its own register (after the method is read, only the
        // arguments are evaluated before the call, and they cannot change `o`).
        let (callee, this) = if let Expression::StaticMemberExpression(s) = &c.callee
            && !s.optional
            && !c.optional
            && let Expression::Identifier(o) = &s.object
            && let Some(obj) = self.local_reg(&o.name)
            && !super::writes::args_may_assign(&c.arguments, &o.name)
        {
            let callee = self.alloc();
            let key = self.k_str(&s.property.name);
            self.pos_at(s.property.span.start);
            self.get_ref(PropRef::Named { obj, key }, callee);
            (callee, obj)
        } else {
            let (callee, this) = self.callee_and_this(&c.callee, scratch);
            self.optional_check(c.optional, callee);
            (callee, this)
        };
        let (args, argc) = self.arguments(&c.arguments);
        self.pos_at(self.call_position(c));
        let at = if argc == u16::MAX {
            self.emit(Op::CallSpread { dst, callee, this, args })
        } else {
            self.emit(Op::Call { dst, callee, this, args, argc })
        };
        self.b().note_operand(at, c.callee.span());
    }

    /// Whether `arguments` here is the current function's own (no declaration in the
    /// function's scopes around this point, such as a block's `let arguments`, shadows it):
    /// for the functions that make no arguments object, where no binding of that name is
    /// declared for the object itself.
    fn own_arguments_visible(&self) -> bool {
        !self.fr().scopes.iter().any(|s| s.bindings.has("arguments"))
    }

    /// `this` for direct eval: the caller's receiver, or the TDZ marker in a derived
    /// constructor before super().
    fn load_this_for_eval(&mut self, dst: Reg) {
        let n = self.fs.len();
        for fi in (0..n).rev() {
            let f = &self.fs[fi];
            if f.is_arrow {
                continue;
            }
            if f.kind == FunctionKind::Script {
                if fi == n - 1 {
                    self.emit(Op::LoadThis { dst });
                } else {
                    self.emit(Op::LoadGlobalThis { dst });
                }
                return;
            }
            let has = f.scopes.iter().any(|s| s.bindings.has("this"));
            if has && let Resolved::Env { env, hops, slot, .. } = self.resolve_internal("this") {
                self.emit(Op::GetEnv { dst, env, hops, slot });
                return;
            }
            break;
        }
        self.emit(Op::LoadEmpty { dst });
        self.emit(Op::LoadThis { dst });
    }

    fn super_call(&mut self, c: &'a CallExpression<'a>, dst: Reg) {
        let func = self.alloc();
        self.load_active_function(func);
        let nt = self.alloc();
        self.load_new_target(nt);
        let (args, argc) = self.arguments(&c.arguments);
        self.pos(c.span);
        if argc == u16::MAX {
            self.emit(Op::SuperCallSpread { dst, func, new_target: nt, args });
        } else {
            self.emit(Op::SuperCall { dst, func, new_target: nt, args, argc });
        }
        self.bind_this(dst);
        self.emit(Op::InitFields { func, this: dst });
    }

    fn new_expression(&mut self, n: &'a NewExpression<'a>, dst: Reg) {
        // The callee goes into `dst`, which New reads before writing: `new new new X`
        // reuses one register.
        self.expr_into_own(&n.callee, dst);
        let callee = dst;
        let (args, argc) = self.arguments(&n.arguments);
        self.pos(n.span);
        let at = if argc == u16::MAX {
            self.emit(Op::NewSpread { dst, callee, args })
        } else {
            self.emit(Op::New { dst, callee, args, argc })
        };
        self.b().note_operand(at, n.callee.span());
    }

    #[allow(dead_code)]
    fn unused(&self) -> Reg {
        NO_REG
    }
}

/// The value of an integer literal that `LoadInt` would load (an i32, not -0).
fn int_literal(e: &Expression<'_>) -> Option<i32> {
    let Expression::NumericLiteral(n) = e else { return None };
    let v = n.value;
    (v.fract() == 0.0 && v.abs() < 1e9 && !(v == 0.0 && v.is_sign_negative())).then_some(v as i32)
}
