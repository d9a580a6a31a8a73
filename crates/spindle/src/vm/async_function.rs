//! Async functions (ECMA-262 §27.7): the generator machinery's suspended frame, driven by
//! promises instead of next() calls. A call pushes an ordinary frame in the running
//! interpreter loop (so async recursion costs no Rust stack), with the function's promise
//! and the frame's owner created up front (`create_async_function_owner`). The first
//! segment runs like any call; at each `await v` the Await op performs Await itself —
//! PromiseResolve(%Promise%, v) and PerformPromiseThen with an internal reaction
//! (`Handler::Await`) — and suspends the frame, handing the promise to the caller as the
//! call's value. Returning resolves the promise, an uncaught exception rejects it; both also
//! hand the promise to the caller. Later segments are resumed from the reaction's job.
//! No JS closures and no extra promise per `await` beyond what PromiseResolve makes.

use super::generator::InlineResume;
use super::interp::Flow;
use super::{JsResult, Vm};
use crate::jobs::{Handler, Reaction, ReactionKind};
use crate::object::{GeneratorData, GeneratorKind, GeneratorState, Object, ObjectKind, ResumeMode};
use crate::value::Packed;
use crate::value::{ObjId, Value};

impl Vm {
    /// EvaluateAsyncFunctionBody's first steps (ECMA-262 §15.8.4): the promise capability
    /// (of %Promise% in the function's realm) and the internal object that will own the
    /// frame while it is suspended.
    pub(super) fn create_async_function_owner(&mut self, realm: u32) -> ObjId {
        let saved = std::mem::replace(&mut self.realm, realm);
        let promise = self.new_promise();
        self.realm = saved;
        let data = GeneratorData {
            state: GeneratorState::Executing,
            frame: None,
            received: None,
            regs: Vec::new(),
            wrap_results: false,
            delegate_result: false,
            resumed_by_delegator: false,
            kind: GeneratorKind::AsyncFunction,
            async_slots: None,
            async_promise: Some(promise),
            trace_id: 0,
        };
        // Internal: never visible to script code, so no prototype.
        let boxed = self.heap.generator_box(data);
        self.heap.alloc_object(Object::new(None, ObjectKind::Generator(boxed)))
    }

    fn async_function_promise(&mut self, g: ObjId) -> ObjId {
        self.generator_data(g).async_promise.expect("an async function's frame owner")
    }

    /// Await (ECMA-262 §27.7.5.3) for the running async function owned by `g`:
    /// PromiseResolve(%Promise%, v), then an internal reaction that resumes the frame.
    /// Returns the function's promise (what the suspended call evaluates to).
    /// Returns the function's promise (what the suspended call evaluates to).
    pub(super) fn async_function_await(&mut self, g: ObjId, v: Value) -> JsResult<ObjId> {
        let promise = self.async_function_promise(g);
        let awaited = self.await_with(v, Handler::Await { generator: g, promise })?;
        if self.trace.is_some() {
            self.trace_await(g, awaited);
        }
        Ok(promise)
    }

    /// The owner of the async function frame on top of the stack.
    fn top_async_owner(&self) -> ObjId {
        self.top_frame_generator().expect("an async function frame with its owner")
    }

    /// Pops the finished async function frame; its promise is what the call (or the
    /// resumption) evaluates to.
    fn pop_async_frame(&mut self) -> (ObjId, u32) {
        let g = self.top_async_owner();
        let promise = self.async_function_promise(g);
        let data = self.generator_data(g);
        data.state = GeneratorState::Completed;
        data.frame = None;
        let f = self.pop_frame_record();
        self.regs.truncate(f.base as usize);
        self.realm = f.caller_realm;
        (promise, f.ret)
    }

    /// The body returned `v` (AsyncBlockStart step: Call(resolve, v)).
    pub(super) fn async_function_return(&mut self, v: Value) -> JsResult<Flow> {
        let mark = self.roots.len();
        self.root(v);
        let (promise, ret) = self.pop_async_frame();
        self.root(Value::Object(promise));
        let r = self.resolve_promise(promise, v);
        self.roots.truncate(mark);
        r?;
        Ok(self.hand_over_promise(promise, ret))
    }

    /// An exception ended the body (AsyncBlockStart step: Call(reject, e)). Returns the
    /// promise when the frame was run from Rust (the run ends with it), None when the calling
    /// frame continues with the promise as the call's value.
    pub(super) fn async_function_throw(&mut self, e: Value) -> JsResult<Option<ObjId>> {
        let (promise, ret) = self.pop_async_frame();
        self.reject_promise(promise, e);
        Ok(match self.hand_over_promise(promise, ret) {
            Flow::Done(_) => Some(promise),
            _ => None,
        })
    }

    fn hand_over_promise(&mut self, promise: ObjId, ret: u32) -> Flow {
        if ret == u32::MAX {
            return Flow::Done(Packed::from_object(promise));
        }
        self.regs.put(ret as usize, Packed::new(Value::Object(promise)));
        Flow::Reload
    }

    /// The Await reaction's job: resume the frame with the settled value, or throw the
    /// reason at the `await`. The frame awaits again, returns or throws, settling its promise
    /// itself.
    pub(crate) fn await_reaction(&mut self, reaction: Reaction, argument: Value) -> JsResult<()> {
        let Handler::Await { generator, promise } = reaction.handler else { return Ok(()) };
        let mode = if reaction.kind == ReactionKind::Fulfill { ResumeMode::Next } else { ResumeMode::Throw };
        self.async_stack.push(promise);
        let resumed = self.resume_frame_from_rust(generator, mode, argument);
        self.async_stack.pop();
        match self.catchable(resumed)? {
            Ok(_) => Ok(()),
            // Only a resumption refused before the frame ran (the native depth limit) gets
            // here: the function ends with that error.
            Err(e) => {
                self.reject_promise(promise, e);
                Ok(())
            }
        }
    }

    /// Runs a suspended frame from Rust (for the async drivers) until it suspends again or
    /// ends; the owner is left Completed when the frame returns or throws.
    pub(super) fn resume_frame_from_rust(&mut self, g: ObjId, mode: ResumeMode, value: Value) -> JsResult<FrameExit> {
        if self.native_depth >= super::MAX_NATIVE_DEPTH || !self.suspended_frame_fits(g) {
            let data = self.generator_data(g);
            data.state = GeneratorState::Completed;
            data.frame = None;
            return Err(self.range_error("Maximum call stack size exceeded"));
        }
        let depth = self.frames.len();
        let resume = self.restore_generator_frame(g, u32::MAX, InlineResume::FromRust);
        let r = self.one_native_level_deeper(|vm| vm.continue_generator(g, resume, mode, value, depth));
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
