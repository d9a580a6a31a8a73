//! `yield` and `yield*` (ECMA-262 §15.5.5) and `await` (§27.7.5.3). The body of a generator
//! or async function starts with GeneratorStart (see `compile_function`), whose register
//! holds the object that owns the suspended frame.

use super::*;

impl<'a> Compiler<'a, '_> {
    pub(super) fn yield_expression(&mut self, y: &'a YieldExpression<'a>, dst: Reg) {
        let Some(generator) = self.fr().gen_reg else {
            self.error("yield is only valid in a generator body", y.span);
            return;
        };
        let mark = self.b().mark();
        let is_async = self.fr().is_async;
        let src = match &y.argument {
            // A sync `yield x` reads a register local where it lies (Yield only reads its
            // operand; an async generator's Await writes it, and `yield*` keeps it).
            Some(a @ Expression::Identifier(_)) if !y.delegate && !is_async => self.expr_any(a),
            Some(a) => {
                let src = self.alloc();
                self.expr_into(a, src);
                src
            }
            None => {
                let src = self.alloc();
                self.emit(Op::LoadUndef { dst: src });
                src
            }
        };
        if y.delegate {
            // GetIterator(value, sync or async), then the delegation loop, one step per
            // resumption. A sync delegation has a third register: the delegate's result when
            // the delegate is a generator resumed inline (see Op::YieldStar).
            let iter = self.b().alloc_n(if is_async { 2 } else { 3 });
            if is_async {
                self.emit(Op::GetAsyncIterator { iter, next: iter + 1, src });
                // Stack traces name a delegating async generator at its `yield*`.
                self.pos(y.span);
            } else {
                self.emit(Op::GetIterator { iter, next: iter + 1, src });
            }
            self.emit(Op::YieldStar { dst, iter, generator });
        } else {
            if is_async {
                // Yield in an async generator: AsyncGeneratorYield(? Await(value)).
                self.emit(Op::Await { dst: src, src, generator });
            }
            self.emit(Op::Yield { dst, src, generator });
        }
        self.b().release(mark);
    }

    /// `return expr;` in an async generator awaits the value first (ECMA-262 §14.10.1, the
    /// ReturnStatement's evaluation: "If GetGeneratorKind() is async, set exprValue to ?
    /// Await(exprValue)").
    pub(super) fn await_return_value(&mut self, value: Reg) {
        if let Some(generator) = self.fr().gen_reg
            && self.fr().generator
            && self.fr().is_async
        {
            self.emit(Op::Await { dst: value, src: value, generator });
        }
    }

    /// `await v` (ECMA-262 §27.7.5.3 Await): suspends the async function's frame with `v`;
    /// the driver resumes it with the settled value (or throws the reason) at this point.
    pub(super) fn await_expression(&mut self, a: &'a AwaitExpression<'a>, dst: Reg) {
        let Some(generator) = self.fr().gen_reg else {
            self.error("await is only valid in async functions", a.span);
            return;
        };
        let mark = self.b().mark();
        let src = self.alloc();
        self.expr_into(&a.argument, src);
        // Stack traces name an awaiting caller at its `await` (V8's "at async f (...)").
        self.pos(a.span);
        self.emit(Op::Await { dst, src, generator });
        self.b().release(mark);
    }
}
