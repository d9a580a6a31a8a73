//! Async functions (ECMA-262 §27.7): the generator machinery's suspended frame, driven by
//! promises instead of next() calls. A call runs FunctionDeclarationInstantiation and stops at
//! GeneratorStart (the frame's owner is an internal generator-like object), then
//! AsyncFunctionStart runs the body until its first `await` or its end. `await v` suspends
//! the frame; the driver performs Await: PromiseResolve(%Promise%, v) and PerformPromiseThen
//! with an internal reaction (`Handler::Await`) that resumes the frame from a job. No JS
//! closures and no extra promise per `await` beyond what PromiseResolve makes.

use super::{JsResult, Vm};
use crate::bytecode::Code;
use crate::jobs::{Capability, Handler, Reaction, ReactionKind};
use crate::object::{GeneratorState, ResumeMode, ThisMode};
use crate::value::{EnvId, ObjId, Value};
use std::rc::Rc;

impl Vm {
    /// [[Call]] of an async function: EvaluateAsyncFunctionBody (ECMA-262 §15.8.4) and
    /// AsyncFunctionStart (§27.7.5.1). Returns the function's promise.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn async_function_call(
        &mut self,
        f: ObjId,
        code: Rc<Code>,
        env: Option<EnvId>,
        realm: u32,
        this_mode: ThisMode,
        this: Value,
        args: &[Value],
    ) -> JsResult<Value> {
        let saved = std::mem::replace(&mut self.realm, realm);
        let promise = self.new_promise();
        self.realm = saved;
        let mark = self.roots.len();
        self.root(Value::Object(promise));
        let started = self.bind_this_value(this_mode, this, realm).and_then(|this| {
            // Runs the parameters' instantiation and stops at GeneratorStart.
            self.run_frame(code, Some(f), this, Value::Undefined, env, args, realm)
        });
        let r = match self.catchable(started)? {
            // Abrupt FunctionDeclarationInstantiation rejects the promise.
            Err(e) => {
                self.reject_promise(promise, e);
                Ok(())
            }
            Ok(Value::Object(g)) => {
                self.root(Value::Object(g));
                self.async_step(g, promise, ResumeMode::Next, Value::Undefined)
            }
            Ok(_) => unreachable!("an async function's frame starts with GeneratorStart"),
        };
        self.roots.truncate(mark);
        r.map(|()| Value::Object(promise))
    }

    /// Resumes the async function's frame until it awaits (Await's steps) or completes
    /// (resolving or rejecting its promise).
    pub(crate) fn async_step(
        &mut self,
        g: ObjId,
        promise: ObjId,
        mut mode: ResumeMode,
        mut value: Value,
    ) -> JsResult<()> {
        loop {
            self.async_stack.push(promise);
            let resumed = self.resume_frame_from_rust(g, mode, value);
            self.async_stack.pop();
            match self.catchable(resumed)? {
                Ok(FrameExit::Suspended(v)) => {
                    // Await (ECMA-262 §27.7.5.3): PromiseResolve(%Promise%, v), then an
                    // internal reaction resuming this frame.
                    let intrinsic = Value::Object(self.intrinsics().promise.expect("%Promise%"));
                    let resolved = self.promise_resolve(intrinsic, v);
                    match self.catchable(resolved)? {
                        Ok(Value::Object(p)) => {
                            let handler = Handler::Await { generator: g, promise };
                            self.perform_promise_then_with(p, handler, handler, Capability::None);
                            return Ok(());
                        }
                        Ok(_) => unreachable!("PromiseResolve returns a promise"),
                        // An abrupt PromiseResolve throws at the await.
                        Err(e) => {
                            mode = ResumeMode::Throw;
                            value = e;
                        }
                    }
                }
                Ok(FrameExit::Returned(v)) => return self.resolve_promise(promise, v),
                Err(e) => {
                    self.reject_promise(promise, e);
                    return Ok(());
                }
            }
        }
    }

    /// The Await reaction's job: resume with the settled value or throw the reason.
    pub(crate) fn await_reaction(&mut self, reaction: Reaction, argument: Value) -> JsResult<()> {
        let Handler::Await { generator, promise } = reaction.handler else { return Ok(()) };
        let mode = if reaction.kind == ReactionKind::Fulfill { ResumeMode::Next } else { ResumeMode::Throw };
        self.async_step(generator, promise, mode, argument)
    }

    /// Runs a suspended frame from Rust (for the async drivers) until it suspends again or
    /// ends; the owner is left Completed when the frame returns or throws.
    pub(super) fn resume_frame_from_rust(&mut self, g: ObjId, mode: ResumeMode, value: Value) -> JsResult<FrameExit> {
        if self.native_depth >= super::MAX_NATIVE_DEPTH || self.frames.len() >= super::MAX_FRAMES {
            let data = self.generator_data(g);
            data.state = GeneratorState::Completed;
            data.frame = None;
            return Err(self.range_error("Maximum call stack size exceeded"));
        }
        let depth = self.frames.len();
        let resume = self.restore_generator_frame(g, u32::MAX, false);
        self.native_depth += 1;
        let r = stacker::maybe_grow(256 << 10, 8 << 20, || self.continue_generator(g, resume, mode, value, depth));
        self.native_depth -= 1;
        let data = self.generator_data(g);
        match r {
            Ok(v) if data.state == GeneratorState::Executing => {
                data.state = GeneratorState::Completed;
                Ok(FrameExit::Returned(v))
            }
            Ok(v) => Ok(FrameExit::Suspended(v)),
            Err(e) => {
                data.state = GeneratorState::Completed;
                data.frame = None;
                Err(e)
            }
        }
    }
}

/// How a frame resumed from Rust gave control back.
pub(super) enum FrameExit {
    /// It suspended (await or yield) handing over this value.
    Suspended(Value),
    /// It returned this value.
    Returned(Value),
}
