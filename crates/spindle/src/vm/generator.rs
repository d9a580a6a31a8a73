//! Generators as suspended frames (ECMA-262 §27.5.3): a generator object owns its frame's
//! register window while suspended; `yield` moves the window into the object and returns to
//! the resumer, `next`/`throw`/`return` move it back and continue at the saved point.

use super::interp::Flow;
use super::{JsResult, Vm};
use crate::builtins::iterator::create_iter_result;
use crate::bytecode::BodyKind;
use crate::object::property::PropertyKey;
use crate::object::{
    AsyncGeneratorSlots, GeneratorData, GeneratorKind, GeneratorState, ObjectKind, ResumeMode, ResumePoint,
    SuspendedFrame, YieldStarPhase,
};
use crate::value::Packed;
use crate::value::{ObjId, Value};

/// The slots of generator `g`, reached through the heap alone (so the register file can be
/// borrowed beside them).
fn generator_in(heap: &mut crate::heap::Heap, g: ObjId) -> &mut GeneratorData {
    match &mut heap.obj_mut(g).kind {
        ObjectKind::Generator(d) => d,
        _ => unreachable!("generator frame without a generator object"),
    }
}

/// Who resumes a generator's frame, which decides what its yields and its return hand over.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum InlineResume {
    /// GeneratorResume from Rust: the frame returns to Rust (`ret` is `u32::MAX`).
    FromRust,
    /// A for-of step: bare values reach the loop.
    ForOf,
    /// A `next()` call from bytecode: iterator result objects.
    NextCall,
    /// A delegating `yield*` step (`delegate_inline`): iterator result objects, and a yield
    /// may suspend the delegators at once.
    Delegator,
}

impl Vm {
    pub(crate) fn generator_data(&mut self, g: ObjId) -> &mut GeneratorData {
        generator_in(&mut self.heap, g)
    }

    /// Creates the generator object at GeneratorStart: OrdinaryCreateFromConstructor(F,
    /// "%GeneratorFunction.prototype.prototype%") (ECMA-262 §15.5.2 EvaluateGeneratorBody).
    pub(super) fn create_generator_object(&mut self) -> JsResult<ObjId> {
        let func = self.frames.last().and_then(|f| f.func);
        let body = self.frames.last().expect("generator frame").code.body;
        let (kind, default_proto) = match body {
            BodyKind::AsyncGenerator => (GeneratorKind::Async, "%AsyncGeneratorPrototype%"),
            _ => (GeneratorKind::Sync, "%GeneratorPrototype%"),
        };
        let own = match func {
            Some(f) => self.get(f, PropertyKey::String(self.names.prototype), Value::Object(f))?,
            None => Value::Undefined,
        };
        let proto = Some(match own {
            Value::Object(p) => p,
            _ => self.intrinsics().extra[default_proto],
        });
        let data = GeneratorData {
            state: GeneratorState::SuspendedStart,
            frame: None,
            received: None,
            regs: Vec::new(),
            wrap_results: false,
            delegate_result: false,
            resumed_by_delegator: false,
            kind,
            async_promise: None,
            trace_id: 0,
            async_slots: (kind == GeneratorKind::Async).then(|| {
                Box::new(AsyncGeneratorSlots {
                    queue: std::collections::VecDeque::new(),
                    yield_star: YieldStarPhase::Step,
                })
            }),
        };
        let boxed = self.heap.generator_box(data);
        Ok(self.heap.alloc_object(crate::object::Object::new(proto, ObjectKind::Generator(boxed))))
    }

    /// Suspends the running frame into generator `g` (whose `pc` is already the resume
    /// point) and hands `value` to whoever resumed it (or, at GeneratorStart, called it).
    #[inline(always)]
    pub(super) fn generator_suspend(&mut self, g: ObjId, resume: ResumePoint, value: Value) -> JsResult<Flow> {
        // The tracing check sits in the caller (this is inlined): inside the suspension
        // itself, the call it guards made the compiler save registers on every yield.
        if self.trace.is_some() {
            self.trace_suspend(g, resume, value);
        }
        self.suspend_frame(g, resume, value)
    }

    fn suspend_frame(&mut self, g: ObjId, resume: ResumePoint, value: Value) -> JsResult<Flow> {
        match self.suspend_one(g, resume, value) {
            (Flow::Reload, true) if matches!(resume, ResumePoint::Yield { .. } | ResumePoint::YieldStar) => {
                Ok(self.suspend_waiting_delegators(value))
            }
            (flow, _) => Ok(flow),
        }
    }

    /// A generator resumed inline by a delegating `yield*` (see `delegate_inline`) has
    /// yielded `result`: each delegator below it whose step would only pass the result on
    /// suspends now, without running its step again. Its step would read `result.done`
    /// (IteratorComplete), find it false and suspend with `result` as is (GeneratorYield,
    /// ECMA-262 §15.5.5 step 7.a.vi). That read is skipped only where it cannot be seen:
    /// on a result with the shape CreateIterResultObject made, whose `done` is a data
    /// property. A delegator resumed by a for-of step re-runs its step, which unwraps the
    /// value for the loop.
    #[inline(never)]
    fn suspend_waiting_delegators(&mut self, result: Value) -> Flow {
        let Value::Object(r) = result else { return Flow::Reload };
        if self.iter_result_slot(r, crate::builtins::iterator::ITER_RESULT_DONE_SLOT) != Some(Value::Bool(false)) {
            return Flow::Reload;
        }
        loop {
            let Some(caller) = self.frames.last() else { return Flow::Reload };
            if caller.code.body != BodyKind::Generator {
                return Flow::Reload;
            }
            let for_of = caller.ret != u32::MAX;
            let Some(g) = self.top_frame_generator() else { return Flow::Reload };
            let data = self.generator_data(g);
            if !data.delegate_result || (for_of && !data.wrap_results) {
                return Flow::Reload;
            }
            data.delegate_result = false;
            if self.trace.is_some() {
                self.trace_suspend(g, ResumePoint::YieldStar, result);
            }
            match self.suspend_one(g, ResumePoint::YieldStar, result) {
                // Its own resumer is a delegator too: go on down.
                (Flow::Reload, true) => {}
                (flow, _) => return flow,
            }
        }
    }

    /// Moves the running frame into generator `g` and hands `value` to its resumer; also
    /// says whether that resumer is a delegating `yield*` (`resumed_by_delegator`).
    fn suspend_one(&mut self, g: ObjId, resume: ResumePoint, value: Value) -> (Flow, bool) {
        let (frame, pc) = self.pop_frame_record_and_pc();
        let (base, ret) = (frame.base as usize, frame.ret);
        let realm = std::mem::replace(&mut self.realm, frame.caller_realm);
        // One lookup of the generator for the whole suspension: the heap and the register
        // file are borrowed apart.
        let data = generator_in(&mut self.heap, g);
        data.regs.clear();
        self.regs.save_window(base, self.regs.len(), &mut data.regs);
        self.regs.truncate(base);
        data.state = match resume {
            ResumePoint::Start => GeneratorState::SuspendedStart,
            _ => GeneratorState::SuspendedYield,
        };
        // The pc goes into the record once it is in the generator: stored into it before the
        // move, it sat in a word the move read back whole (`pop_frame_record_and_pc`).
        data.frame.insert(SuspendedFrame { frame, resume, realm }).frame.saved_pc = pc;
        let delegated = data.resumed_by_delegator;
        if ret == u32::MAX {
            return (Flow::Done(Packed::new(value)), false);
        }
        self.regs.put(ret as usize, Packed::new(value));
        (Flow::Reload, delegated)
    }

    /// GeneratorValidate (ECMA-262 §27.5.3.2): the generator's state, or a TypeError.
    fn generator_validate(&mut self, g: Value, method: &str) -> JsResult<(ObjId, GeneratorState)> {
        if let Value::Object(o) = g
            && let ObjectKind::Generator(d) = &self.obj(o).kind
            && d.kind == GeneratorKind::Sync
        {
            if d.state == GeneratorState::Executing {
                return Err(self.type_error("Generator is already running"));
            }
            return Ok((o, d.state));
        }
        let d = self.describe(g);
        Err(self.type_error(&format!("{method} method called on incompatible receiver {d}")))
    }

    /// GeneratorResume / GeneratorResumeAbrupt (ECMA-262 §27.5.3.3, §27.5.3.4): the result of
    /// `next(value)`, `throw(value)` or `return(value)` on generator `g`.
    pub fn generator_resume(&mut self, g: Value, mode: ResumeMode, value: Value, method: &str) -> JsResult<Value> {
        let (o, mut state) = self.generator_validate(g, method)?;
        if state == GeneratorState::SuspendedStart && mode != ResumeMode::Next {
            // An abrupt resumption before the body started completes the generator.
            let d = self.generator_data(o);
            d.state = GeneratorState::Completed;
            d.frame = None;
            state = GeneratorState::Completed;
        }
        if state == GeneratorState::Completed {
            return match mode {
                ResumeMode::Next => Ok(create_iter_result(self, Value::Undefined, true)),
                ResumeMode::Return => Ok(create_iter_result(self, value, true)),
                ResumeMode::Throw => Err(value),
            };
        }
        if self.native_depth >= super::MAX_NATIVE_DEPTH || !self.suspended_frame_fits(o) {
            return Err(self.range_error("Maximum call stack size exceeded"));
        }
        let depth = self.frames.len();
        if self.trace.is_some() {
            self.trace_generator_resume(o, mode);
        }
        let resume = self.restore_generator_frame(o, u32::MAX, InlineResume::FromRust);
        let (running, resume) = if mode == ResumeMode::Next && resume == ResumePoint::YieldStar {
            self.resume_waiting_delegates(o, resume)
        } else {
            (o, resume)
        };
        let r = self.one_native_level_deeper(|vm| vm.continue_generator(running, resume, mode, value, depth));
        match r {
            Ok(v) => {
                let d = self.generator_data(o);
                if d.state == GeneratorState::Executing {
                    // The body returned: `v` is its return value.
                    d.state = GeneratorState::Completed;
                    d.received = None;
                    Ok(create_iter_result(self, v, true))
                } else {
                    // Suspended again: `v` is the iterator result it yielded.
                    Ok(v)
                }
            }
            Err(e) => {
                let d = self.generator_data(o);
                d.state = GeneratorState::Completed;
                d.frame = None;
                d.received = None;
                Err(e)
            }
        }
    }

    /// Whether generator `g`'s suspended frame can go back on the stacks (frame count and
    /// register file); a generator that is not suspended fits.
    pub(super) fn suspended_frame_fits(&self, g: ObjId) -> bool {
        let regs = match &self.heap.obj(g).kind {
            ObjectKind::Generator(d) if d.frame.is_some() => d.regs.len(),
            _ => 0,
        };
        self.frames.len() < self.max_frames && self.regs.has_room(regs)
    }

    /// Moves generator `g`'s suspended frame back onto the frame and register stacks (state
    /// executing, `ret` its return slot) and returns where it resumes. The register buffer
    /// stays with the generator for its next suspension.
    pub(super) fn restore_generator_frame(&mut self, g: ObjId, ret: u32, by: InlineResume) -> ResumePoint {
        let data = generator_in(&mut self.heap, g);
        data.state = GeneratorState::Executing;
        data.wrap_results = matches!(by, InlineResume::NextCall | InlineResume::Delegator);
        data.resumed_by_delegator = by == InlineResume::Delegator;
        // The record is rebuilt field by field straight into the frame stack, from the saved
        // one in place: taken out whole first, it went through a temporary copied in
        // misaligned 16-byte pieces and read back aligned, each read spanning two of those
        // stores, which cannot be forwarded (a tenth of gen-for-of's time, `perf annotate`).
        let saved = data.frame.as_ref().expect("suspended generator frame");
        let (resume, realm) = (saved.resume, saved.realm);
        let f = &saved.frame;
        let (pc, func, this, new_target, env, argc, construct) =
            (f.saved_pc, f.func, f.this, f.new_target, f.env, f.argc, f.construct);
        let code = data.frame.take().map(|s| s.frame.code).expect("suspended generator frame");
        let base = self.regs.len() as u32;
        self.regs.restore_window(&data.regs);
        let caller_realm = std::mem::replace(&mut self.realm, realm);
        self.push_frame_record_at(pc, || {
            super::Frame::new(code, pc, base, func, this, new_target, env, ret, argc, construct, caller_realm)
        });
        resume
    }

    /// A next(v) resumption: `v` becomes the value of the waiting `yield`, or the pending
    /// input of a `yield*` step.
    fn deliver_next(&mut self, g: ObjId, resume: ResumePoint, value: Value) {
        match resume {
            ResumePoint::Start => {}
            ResumePoint::Yield { dst } | ResumePoint::Await { dst } => {
                let base = self.frames.last().expect("frame").base as usize;
                self.regs.put(base + dst as usize, Packed::new(value));
            }
            ResumePoint::YieldStar => self.generator_data(g).received = Some((ResumeMode::Next, value)),
        }
    }

    /// Delivers the resumption to the restored frame and runs it until it suspends or ends.
    pub(super) fn continue_generator(
        &mut self,
        g: ObjId,
        resume: ResumePoint,
        mode: ResumeMode,
        value: Value,
        depth: usize,
    ) -> JsResult<Value> {
        match (resume, mode) {
            (_, ResumeMode::Next) => self.deliver_next(g, resume, value),
            (ResumePoint::YieldStar, _) => {
                // The `yield*` step runs again and forwards the abrupt resumption.
                self.generator_data(g).received = Some((mode, value));
            }
            (_, ResumeMode::Throw) => {
                // The throw completion happens at the `yield`.
                self.set_top_pc(self.top_pc() - 1);
                if let Some(v) = self.unwind(value, depth)? {
                    return Ok(v);
                }
            }
            (_, ResumeMode::Return) => {
                self.set_top_pc(self.top_pc() - 1);
                if let Flow::Done(v) = self.return_through_finally(value)? {
                    return Ok(v.get());
                }
            }
        }
        self.run(depth).map(Packed::get)
    }

    /// The for-of fast path (IterStep): when the loop's iterator is a suspended generator and
    /// its `next` is the original %GeneratorPrototype%.next, resume the generator's frame in
    /// this interpreter loop, with `ret` = the loop's value register, instead of calling
    /// `next` from Rust. The iterator result object is then never created: no script can see
    /// it. Ok(None): not applicable; Ok(Some(true)): frame pushed (the caller continues at
    /// `next_pc`); Ok(Some(false)): the generator is already completed, so the loop is done.
    pub(super) fn try_resume_generator_inline(
        &mut self,
        it: Value,
        next: Value,
        ret: usize,
        next_pc: usize,
    ) -> JsResult<Option<bool>> {
        let Value::Object(nf) = next else { return Ok(None) };
        if self.intrinsics().generator_next != Some(nf) {
            return Ok(None);
        }
        self.resume_generator_inline(it, Value::Undefined, ret, next_pc as u32, InlineResume::ForOf)
    }

    /// `g.next(v)` called from bytecode with the original %GeneratorPrototype%.next: the same
    /// inline resumption, except that results are still iterator result objects. Ok(false)
    /// leaves the call to the generic path (completed or running generators, other receivers).
    pub(super) fn try_generator_next_call(&mut self, this: Value, sent: Value, ret: usize) -> JsResult<bool> {
        if let Value::Object(g) = this
            && let ObjectKind::Generator(d) = &self.obj(g).kind
            && d.state == GeneratorState::Completed
        {
            return Ok(false);
        }
        let after_call = self.top_pc() + 1;
        Ok(self.resume_generator_inline(this, sent, ret, after_call, InlineResume::NextCall)? == Some(true))
    }

    /// Pushes a suspended generator's frame on the running interpreter loop with `ret` as its
    /// return slot; the caller continues at `continue_at` once the generator yields or
    /// returns (a for-of loop's body, the instruction after a `next()` call, or the `yield*`
    /// step itself), `by` says which.
    fn resume_generator_inline(
        &mut self,
        it: Value,
        sent: Value,
        ret: usize,
        continue_at: u32,
        by: InlineResume,
    ) -> JsResult<Option<bool>> {
        let Value::Object(g) = it else { return Ok(None) };
        let state = match &self.obj(g).kind {
            ObjectKind::Generator(d) if d.kind == GeneratorKind::Sync => d.state,
            _ => return Ok(None),
        };
        match state {
            GeneratorState::Completed => return Ok(Some(false)),
            GeneratorState::Executing | GeneratorState::DrainingQueue => return Ok(None),
            GeneratorState::SuspendedStart | GeneratorState::SuspendedYield => {}
        }
        if !self.suspended_frame_fits(g) {
            return Ok(None);
        }
        self.set_top_pc(continue_at);
        if self.trace.is_some() {
            self.trace_generator_resume(g, ResumeMode::Next);
        }
        let resume = self.restore_generator_frame(g, ret as u32, by);
        let (g, resume) =
            if resume == ResumePoint::YieldStar { self.resume_waiting_delegates(g, resume) } else { (g, resume) };
        // next(sent); a for-of step sends undefined.
        self.deliver_next(g, resume, sent);
        Ok(Some(true))
    }

    /// The Call(next, iterator, « received ») of a `yield*` step (ECMA-262 §15.5.5 step
    /// 7.a.i) when `next` is %GeneratorPrototype%.next and the delegate a suspended sync
    /// generator: the delegate's frame is pushed above this one, with `delegate_reg` as its
    /// return slot, and this frame continues at the same `yield*` step once the delegate
    /// yields or returns (its result then waits in `delegate_reg`, `delegate_result` set).
    /// A chain of delegating generators then runs in one interpreter loop instead of one
    /// Rust call per level. None: the delegate cannot be resumed inline (not a suspended
    /// sync generator, or no room for its frame); the caller resumes it through Rust.
    ///
    /// An exception from the delegate unwinds into this frame at the saved pc, the step's
    /// own: the handler search of a caller frame looks at `pc - 1`, the step's GetIterator,
    /// which the compiler emits just before it, inside the same handlers.
    fn delegate_inline(&mut self, g: ObjId, iter: Value, sent: Value, delegate_reg: usize) -> JsResult<Option<Flow>> {
        let step = self.top_pc();
        if self.resume_generator_inline(iter, sent, delegate_reg, step, InlineResume::Delegator)? != Some(true) {
            return Ok(None);
        }
        self.generator_data(g).delegate_result = true;
        Ok(Some(Flow::Reload))
    }

    /// Generator `g`, just restored for a next(v), waits in a `yield*` whose delegate is a
    /// generator it would resume inline (`delegate_inline`): the delegate's frame is
    /// restored above it at once, without running the step, and so on down the chain.
    /// Returns the generator that receives v and where it resumes. Nothing is skipped that
    /// a script could see: each step would call %GeneratorPrototype%.next on its delegate
    /// with v, which is what restoring the delegate's frame and delivering v to the
    /// innermost one does.
    fn resume_waiting_delegates(&mut self, mut g: ObjId, mut resume: ResumePoint) -> (ObjId, ResumePoint) {
        while resume == ResumePoint::YieldStar {
            let frame = self.frames.last().expect("restored generator frame");
            if frame.code.body != BodyKind::Generator {
                break;
            }
            let crate::bytecode::Op::YieldStar { iter, .. } = frame.code.ops[self.top_pc() as usize] else { break };
            let base = frame.base as usize;
            let (it, next) = (self.regs.at(base + iter as usize), self.regs.at(base + iter as usize + 1));
            let Some(inner) = it.object() else { break };
            if next.object().is_none() || next.object() != self.intrinsics().generator_next {
                break;
            }
            let resumable = match &self.obj(inner).kind {
                ObjectKind::Generator(d) if d.kind == GeneratorKind::Sync => {
                    matches!(d.state, GeneratorState::SuspendedStart | GeneratorState::SuspendedYield)
                }
                _ => false,
            };
            if !resumable || self.generator_data(g).received.is_some() || !self.suspended_frame_fits(inner) {
                break;
            }
            if self.trace.is_some() {
                self.trace_generator_resume(inner, ResumeMode::Next);
            }
            resume = self.restore_generator_frame(inner, (base + iter as usize + 2) as u32, InlineResume::Delegator);
            self.generator_data(g).delegate_result = true;
            g = inner;
        }
        (g, resume)
    }

    /// Clears `delegate_result` on the generator of the top frame (an exception from its
    /// inline delegate is being handled in that frame).
    pub(super) fn abandon_inline_delegate(&mut self) {
        if let Some(g) = self.top_frame_generator()
            && let ObjectKind::Generator(d) = &mut self.obj_mut(g).kind
        {
            d.delegate_result = false;
        }
    }

    /// The object owning the top frame's suspendable body (a generator's, an async
    /// function's), from the frame's generator register; None before GeneratorStart filled
    /// it.
    pub(super) fn top_frame_generator(&self) -> Option<ObjId> {
        let f = self.frames.last()?;
        let slot = f.base as usize + f.code.generator_reg as usize;
        (slot < self.regs.len()).then(|| self.regs.at(slot)).and_then(Packed::object)
    }

    /// Marks the generator owning the top frame completed (its frame is about to be popped by
    /// a return or an exception); returns whether its results are wrapped (see
    /// `GeneratorData::wrap_results`).
    pub(super) fn complete_inline_generator(&mut self) -> bool {
        if let Some(g) = self.top_frame_generator()
            && let ObjectKind::Generator(d) = &mut self.obj_mut(g).kind
        {
            d.state = GeneratorState::Completed;
            d.frame = None;
            d.received = None;
            return d.wrap_results;
        }
        false
    }

    /// Whether the running generator frame (resumed inline) must wrap what it yields.
    pub(super) fn inline_results_wrapped(&self, g: ObjId) -> bool {
        matches!(&self.obj(g).kind, ObjectKind::Generator(d) if d.wrap_results)
    }

    /// Pops a generator frame that was resumed inline and has returned `v`: a `next()` call
    /// gets { value: v, done: true }; a for-of loop continues at its IterStep's `done` target.
    pub(super) fn finish_inline_generator_return(&mut self, v: Value, wrap: bool) -> JsResult<Flow> {
        let f = self.pop_frame_record();
        self.regs.truncate(f.base as usize);
        self.realm = f.caller_realm;
        if wrap {
            let r = create_iter_result(self, v, true);
            self.regs.put(f.ret as usize, Packed::new(r));
        } else {
            self.jump_caller_to_iter_done();
        }
        Ok(Flow::Reload)
    }

    /// The caller's pc is just past an IterStep: continue at its `done` target instead.
    fn jump_caller_to_iter_done(&mut self) {
        let caller = self.frames.last().expect("caller frame");
        if let crate::bytecode::Op::IterStep { done, .. } = caller.code.ops[self.top_pc() as usize - 1] {
            self.set_top_pc(done);
        }
    }

    /// One step of `yield*` (ECMA-262 §15.5.5, steps 7.a–7.c for a sync generator). Returns
    /// Ok(None) when the delegation finished with `dst` set; otherwise the frame has been
    /// suspended or returned and the Flow says how to continue.
    ///
    /// `delegate_reg` is the step's third register (`iter + 2`), where a delegate generator
    /// resumed inline leaves its result.
    pub(super) fn yield_star_step(
        &mut self,
        g: ObjId,
        iter: Value,
        next: Value,
        delegate_reg: usize,
    ) -> JsResult<Result<Value, Flow>> {
        let data = self.generator_data(g);
        let delegated = std::mem::take(&mut data.delegate_result);
        let (mode, received) = match data.received.take() {
            _ if delegated => (ResumeMode::Next, Value::Undefined),
            r => r.unwrap_or((ResumeMode::Next, Value::Undefined)),
        };
        let inner = match mode {
            // The delegate ran inline and has yielded or returned: its result is in the
            // register (steps 7.a.i–ii continue below with it).
            ResumeMode::Next if delegated => self.regs.at(delegate_reg).get(),
            // %GeneratorPrototype%.next of the running realm (a generator delegating to a
            // generator): the delegate's frame is pushed on this interpreter loop, or, where
            // it cannot be, entered directly from Rust (what call() would reach, without the
            // native-call frame).
            ResumeMode::Next if next.as_object().is_some_and(|f| self.intrinsics().generator_next == Some(f)) => {
                if let Some(flow) = self.delegate_inline(g, iter, received, delegate_reg)? {
                    return Ok(Err(flow));
                }
                self.generator_resume(iter, ResumeMode::Next, received, "next")?
            }
            ResumeMode::Next => self.call(next, iter, &[received])?,
            ResumeMode::Throw => {
                let throw = self.get_method(iter, self.names.throw_)?;
                if throw.is_undefined() {
                    // The delegate has no throw(): close it, then report the protocol error.
                    self.iterator_close(iter)?;
                    return Err(self.type_error("The iterator does not provide a 'throw' method"));
                }
                self.call(throw, iter, &[received])?
            }
            ResumeMode::Return => {
                let ret = self.get_method(iter, self.names.return_)?;
                if ret.is_undefined() {
                    return Ok(Err(self.return_through_finally(received)?));
                }
                self.call(ret, iter, &[received])?
            }
        };
        let io = self.iter_result_object(inner)?;
        let mark = self.roots.len();
        self.root(inner);
        let done = self.iter_result_done(io);
        let done = match done {
            Ok(d) => self.to_boolean(d),
            Err(e) => {
                self.roots.truncate(mark);
                return Err(e);
            }
        };
        if done {
            let v = self.iter_result_value(io);
            self.roots.truncate(mark);
            let v = v?;
            if mode == ResumeMode::Return {
                return Ok(Err(self.return_through_finally(v)?));
            }
            return Ok(Ok(v));
        }
        self.roots.truncate(mark);
        // GeneratorYield(innerResult): the inner result object goes out as is.
        let ret = self.frames.last().expect("frame").ret;
        let for_of = ret != u32::MAX && !self.inline_results_wrapped(g);
        let flow = self.generator_suspend(g, ResumePoint::YieldStar, inner)?;
        if for_of {
            // Resumed inline by a for-of step, which now does IteratorStepValue(innerResult)
            // itself; errors belong to its IterStep instruction.
            self.set_top_pc(self.top_pc() - 1);
            self.root(inner);
            let done = self.iter_result_done(io);
            let done = done.map(|d| self.to_boolean(d));
            let outcome = match done {
                Ok(true) => Ok(None),
                Ok(false) => self.iter_result_value(io).map(Some),
                Err(e) => Err(e),
            };
            self.roots.truncate(mark);
            match outcome? {
                Some(v) => {
                    self.regs.put(ret as usize, Packed::new(v));
                    self.set_top_pc(self.top_pc() + 1);
                }
                None => {
                    self.set_top_pc(self.top_pc() + 1);
                    self.jump_caller_to_iter_done();
                }
            }
            return Ok(Err(Flow::Reload));
        }
        Ok(Err(flow))
    }
}
