//! Async generators (ECMA-262 §27.6): the generator machinery's suspended frame plus the
//! request queue. Every next/throw/return call enqueues a request with its own promise; the
//! frame runs only for the request at the front. A `yield` settles the front request and
//! goes on at once with the next one if it is already waiting (AsyncGeneratorYield), an
//! `await` suspends the frame with the state left "executing", and when the body ends the
//! queue is drained (AsyncGeneratorDrainQueue). Every promise the generator waits on gets an
//! internal reaction (`Handler::AsyncGenerator`), never a JS closure.

use super::async_function::FrameExit;
use super::interp::Flow;
use super::{JsResult, Vm};
use crate::builtins::iterator::create_iter_result;
use crate::jobs::{AsyncGeneratorStep, Handler, Reaction, ReactionKind};
use crate::object::{
    AsyncGeneratorRequest, AsyncGeneratorSlots, GeneratorState, ResumeMode, ResumePoint, YieldStarPhase,
};
use crate::value::{ObjId, Value};

impl Vm {
    fn async_slots(&mut self, g: ObjId) -> &mut AsyncGeneratorSlots {
        self.generator_data(g).async_slots.as_deref_mut().expect("an async generator")
    }

    /// AsyncGeneratorEnqueue (ECMA-262 §27.6.3.5)
    pub(crate) fn async_generator_enqueue(&mut self, g: ObjId, mode: ResumeMode, value: Value, promise: ObjId) {
        self.async_slots(g).queue.push_back(AsyncGeneratorRequest { mode, value, promise });
    }

    /// AsyncGeneratorResume (ECMA-262 §27.6.3.6) for the completion of the request at the
    /// front of the queue; a return completion at a `yield` first awaits its value
    /// (AsyncGeneratorUnwrapYieldResumption, §27.6.3.7).
    #[inline(always)]
    pub(crate) fn async_generator_resume(&mut self, g: ObjId, mode: ResumeMode, value: Value) -> JsResult<()> {
        // The tracing check sits in the caller (see `generator_suspend`).
        if self.trace.is_some() {
            self.trace_generator_resume(g, mode);
        }
        self.async_generator_resume_frame(g, mode, value)
    }

    fn async_generator_resume_frame(&mut self, g: ObjId, mode: ResumeMode, value: Value) -> JsResult<()> {
        let mark = self.roots.len();
        self.root(Value::Object(g));
        let r = self.async_generator_deliver(g, mode, value);
        self.roots.truncate(mark);
        r
    }

    fn async_generator_deliver(&mut self, g: ObjId, mode: ResumeMode, value: Value) -> JsResult<()> {
        match self.unwrap_yield_resumption(g, mode, value)? {
            Some((mode, value)) => self.async_generator_run(g, mode, value),
            None => Ok(()),
        }
    }

    /// AsyncGeneratorUnwrapYieldResumption (ECMA-262 §27.6.3.7) for a request's completion
    /// reaching the frame: a return completion awaits its value first (None: the generator
    /// now waits for it, still executing); other completions go on as they are.
    fn unwrap_yield_resumption(
        &mut self,
        g: ObjId,
        mode: ResumeMode,
        value: Value,
    ) -> JsResult<Option<(ResumeMode, Value)>> {
        if mode != ResumeMode::Return {
            return Ok(Some((mode, value)));
        }
        self.generator_data(g).state = GeneratorState::Executing;
        let thrown = self.async_generator_await(g, value, AsyncGeneratorStep::UnwrapReturn)?;
        Ok(thrown.map(|e| (ResumeMode::Throw, e)))
    }

    /// Runs the frame with the given resumption until it awaits, yields with no request
    /// waiting, or ends.
    fn async_generator_run(&mut self, g: ObjId, mut mode: ResumeMode, mut value: Value) -> JsResult<()> {
        loop {
            // Stack traces continue with whoever awaits the front request's promise.
            let front = self.async_slots(g).queue.front().map(|r| r.promise);
            self.async_stack.extend(front);
            let exit = self.resume_frame_from_rust(g, mode, value);
            if front.is_some() {
                self.async_stack.pop();
            }
            let v = match self.catchable(exit)? {
                Ok(FrameExit::Suspended(v)) => v,
                Ok(FrameExit::Returned(v)) => return self.async_generator_finish(g, Ok(v)),
                Err(e) => return self.async_generator_finish(g, Err(e)),
            };
            let data = self.generator_data(g);
            // Suspended for an Await (in the body or inside a `yield*`): still executing.
            data.state = GeneratorState::Executing;
            let awaiting = match data.frame.as_ref().map(|f| f.resume) {
                Some(ResumePoint::Await { .. }) => true,
                Some(ResumePoint::YieldStar) => {
                    data.async_slots.as_ref().is_some_and(|s| s.yield_star != YieldStarPhase::Step)
                }
                _ => false,
            };
            if awaiting {
                match self.async_generator_await(g, v, AsyncGeneratorStep::Await)? {
                    None => return Ok(()),
                    Some(e) => {
                        (mode, value) = (ResumeMode::Throw, e);
                        continue;
                    }
                }
            }
            // AsyncGeneratorYield (ECMA-262 §27.6.3.8): settle the front request...
            self.async_generator_complete_step(g, Ok(v), false)?;
            let Some(next) = self.async_slots(g).queue.front().copied() else {
                self.generator_data(g).state = GeneratorState::SuspendedYield;
                return Ok(());
            };
            // ...and, with another request already waiting, go on without suspending.
            match self.unwrap_yield_resumption(g, next.mode, next.value)? {
                Some(resumption) => (mode, value) = resumption,
                None => return Ok(()),
            }
        }
    }

    /// Await(v) for the generator (ECMA-262 §27.7.5.3): PromiseResolve(%Promise%, v) and an
    /// internal reaction doing `step`. Some(error) when PromiseResolve throws (the caller
    /// throws it at the suspension point).
    fn async_generator_await(&mut self, g: ObjId, v: Value, step: AsyncGeneratorStep) -> JsResult<Option<Value>> {
        let awaited = self.await_with(v, Handler::AsyncGenerator { generator: g, step });
        Ok(self.catchable(awaited)?.err())
    }

    /// The job of an async generator's internal reaction.
    pub(crate) fn async_generator_reaction(&mut self, reaction: Reaction, argument: Value) -> JsResult<()> {
        let Handler::AsyncGenerator { generator: g, step } = reaction.handler else { return Ok(()) };
        let fulfilled = reaction.kind == ReactionKind::Fulfill;
        match step {
            AsyncGeneratorStep::Await => {
                let mode = if fulfilled { ResumeMode::Next } else { ResumeMode::Throw };
                self.async_generator_run(g, mode, argument)
            }
            AsyncGeneratorStep::UnwrapReturn => {
                let mode = if fulfilled { ResumeMode::Return } else { ResumeMode::Throw };
                self.async_generator_run(g, mode, argument)
            }
            AsyncGeneratorStep::AwaitReturn => {
                let completion = if fulfilled { Ok(argument) } else { Err(argument) };
                self.async_generator_complete_step(g, completion, true)?;
                self.async_generator_drain_queue(g)
            }
        }
    }

    /// The end of AsyncGeneratorStart's closure (ECMA-262 §27.6.3.2 steps 4.c–4.g): the body
    /// returned or threw.
    fn async_generator_finish(&mut self, g: ObjId, result: Result<Value, Value>) -> JsResult<()> {
        let data = self.generator_data(g);
        data.state = GeneratorState::DrainingQueue;
        data.frame = None;
        data.received = None;
        self.async_slots(g).yield_star = YieldStarPhase::Step;
        self.async_generator_complete_step(g, result, true)?;
        self.async_generator_drain_queue(g)
    }

    /// AsyncGeneratorCompleteStep (ECMA-262 §27.6.3.4): removes the front request and
    /// settles its promise with { value, done } or the thrown value.
    pub(crate) fn async_generator_complete_step(
        &mut self,
        g: ObjId,
        completion: Result<Value, Value>,
        done: bool,
    ) -> JsResult<()> {
        let next = self.async_slots(g).queue.pop_front().expect("a request to complete");
        match completion {
            Err(e) => {
                self.reject_promise(next.promise, e);
                Ok(())
            }
            Ok(v) => {
                let mark = self.roots.len();
                self.root(Value::Object(next.promise));
                let result = create_iter_result(self, v, done);
                let r = self.resolve_promise(next.promise, result);
                self.roots.truncate(mark);
                r
            }
        }
    }

    /// AsyncGeneratorDrainQueue (ECMA-262 §27.6.3.10): after the body ended, answers the
    /// waiting requests: next() with { undefined, done }, throw(e) with a rejection, and
    /// return(v) by awaiting v first.
    pub(crate) fn async_generator_drain_queue(&mut self, g: ObjId) -> JsResult<()> {
        loop {
            let Some(next) = self.async_slots(g).queue.front().copied() else {
                self.generator_data(g).state = GeneratorState::Completed;
                return Ok(());
            };
            match next.mode {
                ResumeMode::Return => return self.async_generator_await_return(g),
                ResumeMode::Throw => self.async_generator_complete_step(g, Err(next.value), true)?,
                ResumeMode::Next => self.async_generator_complete_step(g, Ok(Value::Undefined), true)?,
            }
        }
    }

    /// AsyncGeneratorAwaitReturn (ECMA-262 §27.6.3.9): the front request is a return(v) on a
    /// generator whose body is not running: await v, then settle the request with it.
    pub(crate) fn async_generator_await_return(&mut self, g: ObjId) -> JsResult<()> {
        let next = self.async_slots(g).queue.front().copied().expect("a return request");
        if let Some(e) = self.async_generator_await(g, next.value, AsyncGeneratorStep::AwaitReturn)? {
            self.async_generator_complete_step(g, Err(e), true)?;
            return self.async_generator_drain_queue(g);
        }
        Ok(())
    }

    /// One step of `yield*` in an async generator (ECMA-262 §15.5.5 with generatorKind
    /// async). The instruction runs again after every suspension; the phase says which
    /// Await or AsyncGeneratorYield the resumption in `received` answers. Ok(Ok(v)): the
    /// delegation finished with `v`; Ok(Err(flow)): the frame suspended or returned.
    pub(super) fn async_yield_star_step(
        &mut self,
        g: ObjId,
        iter: Value,
        next: Value,
    ) -> JsResult<Result<Value, Flow>> {
        let phase = std::mem::replace(&mut self.async_slots(g).yield_star, YieldStarPhase::Step);
        let (mode, received) = self.generator_data(g).received.take().unwrap_or((ResumeMode::Next, Value::Undefined));
        match phase {
            YieldStarPhase::Step => match mode {
                ResumeMode::Next => {
                    let inner = self.call(next, iter, &[received])?;
                    self.yield_star_await(g, YieldStarPhase::AwaitInner(mode), inner)
                }
                ResumeMode::Throw => {
                    let throw = self.get_method(iter, self.names.throw_)?;
                    if throw.is_undefined() {
                        // No throw(): AsyncIteratorClose(iteratorRecord, normal completion),
                        // then the protocol error.
                        let ret = self.get_method(iter, self.names.return_)?;
                        if ret.is_undefined() {
                            return Err(self.type_error("The iterator does not provide a 'throw' method"));
                        }
                        let inner = self.call(ret, iter, &[])?;
                        return self.yield_star_await(g, YieldStarPhase::AwaitClose, inner);
                    }
                    let inner = self.call(throw, iter, &[received])?;
                    self.yield_star_await(g, YieldStarPhase::AwaitInner(mode), inner)
                }
                ResumeMode::Return => {
                    let ret = self.get_method(iter, self.names.return_)?;
                    if ret.is_undefined() {
                        return self.yield_star_await(g, YieldStarPhase::AwaitReturn, received);
                    }
                    let inner = self.call(ret, iter, &[received])?;
                    self.yield_star_await(g, YieldStarPhase::AwaitInner(mode), inner)
                }
            },
            // A rejection of anything awaited is thrown at the `yield*`.
            _ if mode == ResumeMode::Throw => Err(received),
            YieldStarPhase::AwaitInner(inner_mode) => {
                let io = self.iter_result_object(received)?;
                let mark = self.roots.len();
                self.root(received);
                let r = self.yield_star_inner_result(g, io, inner_mode);
                self.roots.truncate(mark);
                r
            }
            YieldStarPhase::AwaitClose => {
                self.iter_result_object(received)?;
                Err(self.type_error("The iterator does not provide a 'throw' method"))
            }
            YieldStarPhase::AwaitReturn => Ok(Err(self.return_through_finally(received)?)),
        }
    }

    /// The awaited result of the inner iterator: done ends the delegation (or, after
    /// return(), awaits the value to return); otherwise AsyncGeneratorYield of its value.
    fn yield_star_inner_result(&mut self, g: ObjId, io: ObjId, mode: ResumeMode) -> JsResult<Result<Value, Flow>> {
        let done = self.iter_result_done(io)?;
        let done = self.to_boolean(done);
        let value = self.iter_result_value(io)?;
        if !done {
            return Ok(Err(self.generator_suspend(g, ResumePoint::YieldStar, value)?));
        }
        if mode == ResumeMode::Return {
            return self.yield_star_await(g, YieldStarPhase::AwaitReturn, value);
        }
        Ok(Ok(value))
    }

    /// Suspends the frame at the `yield*` for an Await of `v`.
    fn yield_star_await(&mut self, g: ObjId, phase: YieldStarPhase, v: Value) -> JsResult<Result<Value, Flow>> {
        self.async_slots(g).yield_star = phase;
        Ok(Err(self.generator_suspend(g, ResumePoint::YieldStar, v)?))
    }
}
