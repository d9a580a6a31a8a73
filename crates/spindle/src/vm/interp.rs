//! The interpreter loop. One loop runs all JS frames of a `run` invocation: calls push
//! frames, returns pop them, exceptions unwind through handler tables.

use super::calls::{ArgSource, Callee};
use super::{JsResult, Vm};
use crate::bytecode::{
    BinOp, BodyKind, CLOSURE_ENV, Code, ErrorKind, FunctionKind, MethodKind, NO_REG, Op, Reg, UNDEFINED_RECEIVER, UnOp,
};
use crate::heap::{Env, EnvKind, EnvSlots};
use crate::object::property::*;
use crate::object::{ConstructorKind, FunctionData, Object, ObjectKind};
use crate::value::number::{to_int32, to_uint32};
use crate::value::{EnvId, ObjId, Packed, Value};
use std::rc::Rc;

/// Native calls with at most this many arguments take them from a stack buffer.
const NATIVE_ARGS_ON_STACK: usize = 8;

/// How a control transfer out of an instruction continues.
pub(super) enum Flow {
    Next,
    /// Frames changed (call/return): reload the cached frame state.
    Reload,
    /// `run` is done: the entry frame returned this value, as registers hold it (returned
    /// through the loops' callers as one word: a two-part `Value` written in pieces and read
    /// whole stalls the load on every call from Rust).
    Done(Packed),
}

impl Vm {
    /// The environment an operand names: a register or the closure's captured env.
    fn env_operand(&self, base: usize, r: Reg) -> Option<EnvId> {
        if r == CLOSURE_ENV || r == NO_REG {
            return self.frames.last().and_then(|f| f.env);
        }
        match self.regs.at(base + r as usize).get() {
            Value::Env(e) => Some(e),
            _ => None,
        }
    }

    fn env_at(&self, mut env: EnvId, hops: u16) -> EnvId {
        for _ in 0..hops {
            env = self.heap.env(env).parent.expect("environment chain");
        }
        env
    }

    /// Runs frames until the frame stack is back to `depth`; returns the value returned by
    /// the frame at index `depth`, as registers hold it (see `Flow::Done`).
    pub(crate) fn run(&mut self, depth: usize) -> JsResult<Packed> {
        loop {
            match self.run_inner(depth) {
                Ok(v) => return Ok(v),
                Err(exc) => {
                    // Unwind to a handler, or out of this run.
                    if let Some(v) = self.unwind(exc, depth)? {
                        return Ok(Packed::new(v));
                    }
                }
            }
        }
    }

    /// Finds a handler for `exc`; Ok(None) resumes the loop, Err propagates past `depth`.
    pub(super) fn unwind(&mut self, exc: Value, depth: usize) -> JsResult<Option<Value>> {
        // Each throw counts as work: finally handlers that rethrow run no backward jump, and
        // a chain of them (thousands of nested try/finally on every frame of a deep
        // recursion) must still meet the deadline. A failed check sets `terminating`, so the
        // handlers below are skipped.
        let _ = self.tick();
        let mut innermost = true;
        loop {
            let Some(frame) = self.frames.last() else {
                return Err(exc);
            };
            if self.terminating.is_none() {
                // Callers' saved pc points after the call instruction.
                // (the running frame's pc is the instruction that threw).
                let pc = if innermost { self.top_pc() } else { self.top_pc().saturating_sub(1) };
                if let Some(h) = frame.code.handlers().iter().find(|h| h.start <= pc && pc < h.end).copied() {
                    let base = frame.base as usize;
                    if !innermost && frame.code.body == BodyKind::Generator {
                        // The exception came from a delegate this frame's `yield*` resumed
                        // inline: the step it would have re-run is abandoned.
                        self.abandon_inline_delegate();
                    }
                    self.set_top_pc(h.target);
                    self.regs.put(base + h.reg as usize, Packed::new(exc));
                    if h.finally {
                        self.regs.put(base + h.reg as usize + 1, Packed::new(Value::Number(0.0)));
                    }
                    return Ok(None);
                }
            }
            match self.frames.last().map(|f| f.code.body) {
                Some(BodyKind::Async) if self.terminating.is_none() => {
                    // An exception ending an async function rejects its promise; the call
                    // (or the resumption) completes normally with the promise.
                    return Ok(self.async_function_throw(exc)?.map(Value::Object));
                }
                // An exception leaving a generator's frame completes the generator.
                Some(body) if body.suspends() => {
                    self.complete_inline_generator();
                }
                _ => {}
            }
            let f = self.pop_frame_record();
            self.regs.truncate(f.base as usize);
            self.realm = f.caller_realm;
            innermost = false;
            if self.frames.len() <= depth {
                return Err(exc);
            }
        }
    }

    /// Pushes the frame of a function that the running frame's call instruction calls. The
    /// caller resumes after the call: its saved pc is advanced once the push has saved it
    /// (not before: an async callee's promise is created during the push, and the trace
    /// and stacks place it at the call).
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn push_callee_frame(
        &mut self,
        code: Rc<Code>,
        func: ObjId,
        this: Packed,
        new_target: Packed,
        env: Option<EnvId>,
        args: ArgSource,
        ret: u32,
        construct: bool,
        realm: u32,
    ) -> JsResult<()> {
        self.push_frame(code, Some(func), this, new_target, env, args, ret, construct, realm)?;
        let n = self.frames.len();
        self.frames[n - 2].saved_pc += 1;
        Ok(())
    }

    /// Continues a return completion from `pc` through enclosing finally handlers.
    pub(super) fn return_through_finally(&mut self, value: Value) -> JsResult<Flow> {
        let frame = self.frames.last().expect("frame");
        let pc = self.top_pc();
        if let Some(h) = frame.code.handlers().iter().find(|h| h.finally && h.start <= pc && pc < h.end).copied() {
            let base = frame.base as usize;
            self.set_top_pc(h.target);
            self.regs.put(base + h.reg as usize, Packed::new(value));
            self.regs.put(base + h.reg as usize + 1, Packed::new(Value::Number(1.0)));
            return Ok(Flow::Reload);
        }
        self.do_return(Packed::new(value))
    }

    /// Pops the current frame, delivering `v` (as registers hold it) to the caller.
    fn do_return(&mut self, v: Packed) -> JsResult<Flow> {
        self.do_return_inline(v)
    }

    /// [`do_return`](Self::do_return) inlined into the `Return` instructions.
    #[inline(always)]
    fn do_return_inline(&mut self, mut v: Packed) -> JsResult<Flow> {
        let top = self.frames.last().expect("frame");
        if top.code.body.suspends() {
            if top.code.body == BodyKind::Async {
                return self.async_function_return(v.get());
            }
            if top.ret != u32::MAX {
                // A generator resumed inline (by a for-of step or a next() call) finished.
                let wrap = self.complete_inline_generator();
                return self.finish_inline_generator_return(v.get(), wrap);
            }
        }
        // The record's fields are read where it lies and the record is then dropped in
        // place: moved out whole, its 64 bytes went through a stack temporary on every return.
        let (base, ret, caller_realm) = (top.base, top.ret, top.caller_realm);
        // ReturnDerived already validated a derived constructor's value.
        if top.construct && top.code.kind != FunctionKind::DerivedConstructor && v.object().is_none() {
            v = top.this;
        }
        self.drop_frame_record();
        self.regs.truncate(base as usize);
        self.realm = caller_realm;
        if ret == u32::MAX {
            return Ok(Flow::Done(v));
        }
        self.regs.put(ret as usize, v);
        Ok(Flow::Reload)
    }

    /// A backward jump (a loop's back edge) to `target` in the running frame: counts a step and
    /// reaches a safepoint when a collection is due, under --gc-stress, every 4096 steps
    /// (deadline checks) or with a step limit.
    #[inline(always)]
    fn loop_back_edge(&mut self, target: u32) -> JsResult<()> {
        self.steps += 1;
        if self.heap.wants_gc()
            || self.options.gc_stress
            || self.steps & 0xFFF == 0
            || self.options.step_limit.is_some()
        {
            self.set_top_pc(target);
            self.safepoint()?;
        }
        Ok(())
    }

    /// Whether `x op y` holds for a comparison `op` (relational or equality): compared
    /// directly for two Numbers, else through IsLessThan's or IsLooselyEqual's full
    /// conversions (IsStrictlyEqual has none).
    #[inline(always)]
    fn comparison_holds(&mut self, op: BinOp, x: Value, y: Value) -> JsResult<bool> {
        if matches!(op, BinOp::Eq | BinOp::Ne)
            && let Some(equal) = self.loose_equals_without_conversion(x, y)
        {
            return Ok(equal == (op == BinOp::Eq));
        }
        Ok(match (op, x, y) {
            (_, Value::Number(p), Value::Number(q)) => compare_numbers(op, p, q),
            (BinOp::StrictEq, _, _) => self.strict_equals(x, y),
            (BinOp::StrictNe, _, _) => !self.strict_equals(x, y),
            (BinOp::Eq, _, _) => self.loose_equals(x, y)?,
            (BinOp::Ne, _, _) => !self.loose_equals(x, y)?,
            _ => self.binary_op(op, x, y)? == Value::Bool(true),
        })
    }

    #[inline(never)]
    pub(super) fn safepoint(&mut self) -> JsResult<()> {
        self.collect_if_due()?;
        if self.steps & 0xFFF == 0 || self.options.step_limit.is_some() {
            self.check_limits()?;
        }
        Ok(())
    }

    /// Collects when the heap asks for it (or always under `--gc-stress`); a heap still over
    /// its limit afterwards terminates the engine.
    #[inline]
    fn collect_if_due(&mut self) -> JsResult<()> {
        if self.heap.wants_gc() || self.options.gc_stress {
            return self.collect_within_limit();
        }
        Ok(())
    }

    /// A safepoint for the host, between jobs and between event-loop callbacks: the collector
    /// may run, and the call counts as one step toward the deadline and step-limit checks. A
    /// chain of jobs whose callbacks contain no loop and no call would otherwise never reach
    /// the interpreter's safepoints.
    pub fn host_safepoint(&mut self) -> JsResult<()> {
        self.steps += 1;
        self.safepoint()
    }

    fn run_inner(&mut self, depth: usize) -> JsResult<Packed> {
        let Some(first) = self.frames.last() else {
            return Ok(Packed::UNDEFINED);
        };
        // The running frame's code, held apart from the frame so the loop may borrow `self`
        // mutably. A reload into the same code (a recursive call, its return) keeps the
        // handle: each clone or drop of an `Rc` is a read-modify-write of its count, and a
        // recursion's calls and returns chained them all on one counter.
        let mut code: Rc<Code> = first.code.clone();
        'reload: loop {
            let Some(frame) = self.frames.last() else {
                return Ok(Packed::UNDEFINED);
            };
            if !Rc::ptr_eq(&code, &frame.code) {
                code = frame.code.clone();
            }
            let base = frame.base as usize;
            let mut pc = self.top_pc() as usize;
            let fi = self.frames.len() - 1;
            loop {
                // The instruction is matched where it lies (its fields are copied as the
                // arms bind them), not copied out whole first.
                let at = pc;
                self.set_top_pc(pc as u32);
                pc += 1;
                // Registers hold packed values (`value/packed.rs`): `r!` reads one as a
                // `Value`, `set!` stores one, `num!` reads a number without unpacking
                // anything else.
                macro_rules! r {
                    ($x:expr) => {
                        self.regs.at(base + $x as usize).get()
                    };
                }
                macro_rules! set {
                    ($x:expr, $v:expr) => {{
                        let v: Value = $v;
                        self.regs.put(base + $x as usize, Packed::new(v));
                    }};
                }
                macro_rules! num {
                    ($x:expr) => {
                        self.regs.at(base + $x as usize).number()
                    };
                }
                // A taken jump; a backward one is a loop's back edge and a safepoint.
                macro_rules! branch {
                    ($target:expr) => {{
                        let target = $target;
                        if (target as usize) < pc {
                            self.loop_back_edge(target)?;
                        }
                        pc = target as usize;
                    }};
                }
                macro_rules! flow {
                    ($e:expr) => {
                        match $e? {
                            Flow::Next => {}
                            Flow::Reload => {
                                if self.frames.len() <= depth {
                                    return Ok(Packed::UNDEFINED);
                                }
                                continue 'reload;
                            }
                            Flow::Done(v) => return Ok(v),
                        }
                    };
                }
                match code.ops[at] {
                    Op::LoadUndef { dst } => set!(dst, Value::Undefined),
                    Op::LoadNull { dst } => set!(dst, Value::Null),
                    Op::LoadBool { dst, value } => set!(dst, Value::Bool(value)),
                    // An integer's double is never NaN: stored without the NaN check.
                    Op::LoadInt { dst, value } => {
                        self.regs.put(base + dst as usize, Packed::from_bits((value as f64).to_bits()))
                    }
                    Op::LoadConst { dst, k } => set!(dst, code.constants[k as usize]),
                    Op::LoadEmpty { dst } => set!(dst, Value::Empty),
                    Op::Move { dst, src } => self.regs.put(base + dst as usize, self.regs.at(base + src as usize)),
                    Op::LoadThis { dst } => {
                        // Copied as the frame holds it (packed), unpacked for nothing.
                        let t = self.frames[fi].this;
                        if t == Packed::EMPTY {
                            return Err(self.reference_error(
                                "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
                            ));
                        }
                        self.regs.put(base + dst as usize, t);
                    }
                    Op::LoadGlobalThis { dst } => set!(dst, Value::Object(self.current_realm().global_this)),
                    Op::LoadNewTarget { dst } => set!(dst, self.frames[fi].new_target.get()),
                    Op::LoadFunction { dst } => {
                        set!(dst, self.frames[fi].func.map_or(Value::Undefined, Value::Object));
                    }
                    Op::ArgCount { dst } => set!(dst, Value::Number(self.frames[fi].argc as f64)),
                    Op::LoadClosureEnv { dst } => {
                        set!(dst, self.frames[fi].env.map_or(Value::Undefined, Value::Env));
                    }
                    Op::CheckTdz { src, name } => {
                        if r!(src) == Value::Empty {
                            return Err(self.tdz_error(code.constants[name as usize]));
                        }
                    }
                    Op::ThrowConstAssign { .. } => {
                        return Err(self.type_error("Assignment to constant variable."));
                    }
                    Op::ThrowError { kind, msg } => {
                        let m = match code.constants[msg as usize] {
                            Value::String(s) => self.rust_string(s),
                            _ => String::new(),
                        };
                        let ty = match kind {
                            ErrorKind::TypeError => super::ErrorType::TypeError,
                            ErrorKind::ReferenceError => super::ErrorType::ReferenceError,
                            ErrorKind::SyntaxError => super::ErrorType::SyntaxError,
                            ErrorKind::RangeError => super::ErrorType::RangeError,
                        };
                        return Err(self.error_value(ty, &m));
                    }
                    Op::PushEnv { dst, parent, scope, slots } => {
                        let parent = self.env_operand(base, parent);
                        let idx = scope & 0x3FFF_FFFF;
                        let names =
                            if scope & 0x4000_0000 != 0 { None } else { code.scopes.get(idx as usize).cloned() };
                        let kind = if scope & 0x8000_0000 != 0 {
                            EnvKind::EvalVars(names, Vec::new())
                        } else {
                            EnvKind::Declarative(names)
                        };
                        let e = self.heap.alloc_env(Env {
                            parent,
                            slots: EnvSlots::from_elem(Packed::UNDEFINED, slots as usize),
                            kind,
                        });
                        // Lexical slots start in the TDZ.
                        if let Some(n) = code.scopes.get(idx as usize) {
                            for (i, (_, lexical, _)) in n.names.iter().enumerate() {
                                if *lexical {
                                    self.heap.env_mut(e).slots[i] = Packed::EMPTY;
                                }
                            }
                        }
                        set!(dst, Value::Env(e));
                    }
                    Op::CloneEnv { env } => {
                        if let Value::Env(e) = r!(env) {
                            let old = self.heap.env(e);
                            let kind = match &old.kind {
                                EnvKind::Declarative(n) => EnvKind::Declarative(n.clone()),
                                EnvKind::EvalVars(n, x) => EnvKind::EvalVars(n.clone(), x.clone()),
                                EnvKind::With(o) => EnvKind::With(*o),
                                EnvKind::Module(m) => EnvKind::Module(Box::new(crate::heap::ModuleEnv {
                                    names: m.names.clone(),
                                    imports: m.imports.clone(),
                                })),
                            };
                            let copy = Env { parent: old.parent, slots: old.slots.clone(), kind };
                            let ne = self.heap.alloc_env(copy);
                            set!(env, Value::Env(ne));
                        }
                    }
                    Op::PushWithEnv { dst, parent, object } => {
                        let parent = self.env_operand(base, parent);
                        let Value::Object(o) = r!(object) else {
                            return Err(self.type_error("with on non-object"));
                        };
                        let e = self.heap.alloc_env(Env { parent, slots: EnvSlots::new(), kind: EnvKind::With(o) });
                        set!(dst, Value::Env(e));
                    }
                    Op::GetEnv { dst, env, hops, slot } => {
                        let e = self.env_operand(base, env).expect("env");
                        let e = self.env_at(e, hops);
                        // Copied as stored (no unpacking), as a property-cache hit is.
                        self.regs.put(base + dst as usize, self.heap.env(e).slots[slot as usize]);
                    }
                    Op::GetImport { dst, env, hops, index } => {
                        let e = self.env_operand(base, env).expect("env");
                        let e = self.env_at(e, hops);
                        let v = self.read_import(e, index)?;
                        set!(dst, v);
                    }
                    Op::ImportMeta { dst } => {
                        let v = self.import_meta();
                        set!(dst, v);
                    }
                    Op::ImportCall { dst, specifier, options } => {
                        let s = r!(specifier);
                        let o = if options == crate::bytecode::NO_REG { None } else { Some(r!(options)) };
                        let v = self.evaluate_import_call(s, o);
                        set!(dst, v);
                    }
                    Op::GetEnvChecked { dst, env, hops, slot, name } => {
                        let e = self.env_operand(base, env).expect("env");
                        let e = self.env_at(e, hops);
                        let v = self.heap.env(e).slots[slot as usize];
                        if v == Packed::EMPTY {
                            return Err(self.tdz_error(code.constants[name as usize]));
                        }
                        self.regs.put(base + dst as usize, v);
                    }
                    Op::SetEnv { env, hops, slot, src } => {
                        let e = self.env_operand(base, env).expect("env");
                        let e = self.env_at(e, hops);
                        self.heap.env_mut(e).slots[slot as usize] = self.regs.at(base + src as usize);
                    }
                    Op::SetEnvChecked { env, hops, slot, src, name } => {
                        let e = self.env_operand(base, env).expect("env");
                        let e = self.env_at(e, hops);
                        if self.heap.env(e).slots[slot as usize] == Packed::EMPTY {
                            return Err(self.tdz_error(code.constants[name as usize]));
                        }
                        self.heap.env_mut(e).slots[slot as usize] = self.regs.at(base + src as usize);
                    }
                    Op::BindThisEnv { env, hops, slot, src } => {
                        let e = self.env_operand(base, env).expect("env");
                        let e = self.env_at(e, hops);
                        if self.heap.env(e).slots[slot as usize] != Packed::EMPTY {
                            return Err(self.reference_error("Super constructor may only be called once"));
                        }
                        self.heap.env_mut(e).slots[slot as usize] = self.regs.at(base + src as usize);
                    }
                    Op::BindThis { src } => {
                        let f = &mut self.frames[fi];
                        if f.this != Packed::EMPTY && f.code.kind == FunctionKind::DerivedConstructor {
                            return Err(self.reference_error("Super constructor may only be called once"));
                        }
                        f.this = self.regs.at(base + src as usize);
                    }
                    Op::GetGlobal { dst, name, ic } | Op::GetGlobalOrUndef { dst, name, ic } => {
                        let Value::String(n) = code.constants[name as usize] else { unreachable!() };
                        let cache = &code.global_ics[ic as usize];
                        set!(
                            dst,
                            match self.get_global_cached(cache, PropertyKey::String(n)) {
                                Some(v) => v,
                                None => {
                                    let or_undef = matches!(code.ops[at], Op::GetGlobalOrUndef { .. });
                                    let v = self.get_global(Value::String(n), or_undef)?;
                                    self.fill_global_cache(cache, n, false);
                                    v
                                }
                            }
                        );
                    }
                    Op::SetGlobal { name, src, strict, ic } => {
                        let v = r!(src);
                        let Value::String(n) = code.constants[name as usize] else { unreachable!() };
                        let cache = &code.global_ics[ic as usize];
                        if !self.set_global_cached(cache, PropertyKey::String(n), v) {
                            self.set_global(Value::String(n), v, strict)?;
                            self.fill_global_cache(cache, n, true);
                        }
                    }
                    Op::InitGlobalLex { name, src } => {
                        let v = r!(src);
                        self.init_global_lex(code.constants[name as usize], v);
                    }
                    Op::InitGlobalFunc { name, src } => {
                        let v = r!(src);
                        let deletable = code.kind == FunctionKind::Eval;
                        self.init_global_function(code.constants[name as usize], v, deletable)?;
                    }
                    Op::GetName { dst, env, name, or_undef } => {
                        let e = self.env_operand(base, env);
                        let (v, _) = self.get_name(e, code.constants[name as usize], or_undef)?;
                        set!(dst, v);
                    }
                    Op::GetNameThis { dst, this_dst, env, name } => {
                        let e = self.env_operand(base, env);
                        let (v, this) = self.get_name(e, code.constants[name as usize], false)?;
                        set!(dst, v);
                        set!(this_dst, this);
                    }
                    Op::SetName { env, name, src, strict, init } => {
                        let e = self.env_operand(base, env);
                        let v = r!(src);
                        self.set_name(e, code.constants[name as usize], v, strict, init)?;
                    }
                    Op::DeleteName { dst, env, name } => {
                        let e = self.env_operand(base, env);
                        let v = self.delete_name(e, code.constants[name as usize])?;
                        set!(dst, Value::Bool(v));
                    }
                    Op::ResolveName { dst, env, name } => {
                        // NO_REG: the name is statically global; only the global env is asked.
                        let e = if env == NO_REG { None } else { self.env_operand(base, env) };
                        let b = self.resolve_binding(e, code.constants[name as usize])?;
                        set!(dst, b);
                    }
                    Op::GetNameRef { dst, base: b, name } => {
                        let rb = r!(b);
                        let v = self.get_name_ref(rb, code.constants[name as usize])?;
                        set!(dst, v);
                    }
                    Op::SetNameRef { base: b, name, src, strict } => {
                        let rb = r!(b);
                        let v = r!(src);
                        self.set_name_ref(rb, code.constants[name as usize], v, strict)?;
                    }
                    Op::DeclareEvalVar { env, name, is_fn, check } => {
                        let e = self.env_operand(base, env);
                        self.declare_eval_var(e, code.constants[name as usize], is_fn, check)?;
                    }
                    Op::GetProp { dst, obj, key, ic } => {
                        let site = &code.ics[ic as usize];
                        let cache = &site.first;
                        // A hit copies the slot to the register as stored (no unpacking).
                        let packed = self.regs.at(base + obj as usize);
                        let cached = if let Some(id) = packed.object() {
                            self.get_cached(id, cache)
                        } else if packed.is_string() {
                            self.get_cached_on_string(cache)
                        } else {
                            None
                        };
                        if let Some(v) = cached {
                            // A getter of undefined reads as undefined.
                            if !cache.is_getter() || v == Packed::UNDEFINED {
                                self.regs.put(base + dst as usize, v);
                            } else {
                                // A getter runs as a call instruction's callee does: a frame
                                // of this loop (no Rust call, no nested loop), whose return
                                // value lands in `dst` and which resumes after this read.
                                let ret = (base + dst as usize) as u32;
                                flow!(self.call_from_bytecode(v, packed, ArgSource::Regs(0, 0), ret));
                            }
                            continue;
                        }
                        let o = packed.get();
                        if let Some((v, getter)) = self.get_cached_more(o, site) {
                            if !getter || v == Value::Undefined {
                                set!(dst, v);
                            } else {
                                let ret = (base + dst as usize) as u32;
                                flow!(self.call_from_bytecode(Packed::new(v), packed, ArgSource::Regs(0, 0), ret));
                            }
                            continue;
                        }
                        let Value::String(k) = code.constants[key as usize] else { unreachable!() };
                        if k == self.names.length {
                            // Arrays, strings and typed arrays answer `length` themselves.
                            let n = match o {
                                Value::String(s) => Some(self.heap.str(s).len() as f64),
                                Value::Object(id) => match self.heap.obj(id).kind {
                                    ObjectKind::Array { length, .. } => Some(length as f64),
                                    _ => self.typed_array_length_fast(id),
                                },
                                _ => None,
                            };
                            if let Some(n) = n {
                                set!(dst, Value::Number(n));
                                continue;
                            }
                        }
                        let v = self.get_value_prop(o, PropertyKey::String(k))?;
                        match o {
                            Value::Object(id) => self.fill_named_get_cache(site, id, PropertyKey::String(k)),
                            Value::String(_) => self.fill_get_cache_on_string(site, PropertyKey::String(k)),
                            _ => {}
                        }
                        set!(dst, v);
                    }
                    Op::SetProp { obj, key, src, strict, ic } => {
                        let packed = self.regs.at(base + obj as usize);
                        let packed_v = self.regs.at(base + src as usize);
                        let cache = &code.set_ics[ic as usize];
                        if let Some(id) = packed.object()
                            && self.set_cached(id, cache, packed_v)
                        {
                            continue;
                        }
                        let (o, v) = (packed.get(), packed_v.get());
                        if let Value::Object(id) = o
                            && self.add_cached(id, cache, v)
                        {
                            continue;
                        }
                        let Value::String(k) = code.constants[key as usize] else { unreachable!() };
                        let k = PropertyKey::String(k);
                        let before = self.shape_before_add(o);
                        self.put_value_prop(o, k, v, strict)?;
                        if let Value::Object(id) = o {
                            self.fill_set_cache(cache, id, k);
                            self.fill_add_cache(cache, id, before, k, true);
                        }
                    }
                    Op::DefineNamed { obj, key, src, ic } => {
                        let o = r!(obj);
                        let v = r!(src);
                        let cache = &code.set_ics[ic as usize];
                        let Value::Object(id) = o else { unreachable!("an object literal") };
                        if self.add_cached(id, cache, v) {
                            continue;
                        }
                        let Value::String(k) = code.constants[key as usize] else { unreachable!() };
                        let k = PropertyKey::String(k);
                        let before = self.shape_before_add(o);
                        self.create_data_property_or_throw(id, k, v)?;
                        self.fill_add_cache(cache, id, before, k, false);
                    }
                    Op::GetElem { dst, obj, key, ic } => {
                        let packed_key = self.regs.at(base + key as usize);
                        if let Some(id) = self.regs.at(base + obj as usize).object() {
                            if let Some(n) = packed_key.number() {
                                // Copied as stored: unpacked and packed again, an element
                                // went through a `Value` on the stack.
                                if let Some(v) = self.element_fast_get_packed(id, n) {
                                    self.regs.put(base + dst as usize, v);
                                    continue;
                                }
                            } else {
                                // A string or symbol key (`obj[name]`, `this[kState]`): the
                                // site's cache, as a named read's, for the key it last saw.
                                let site = &code.keyed_ics[ic as usize];
                                if let Some((v, getter)) = self.get_keyed_cached(id, packed_key, site) {
                                    if !getter || v == Packed::UNDEFINED {
                                        self.regs.put(base + dst as usize, v);
                                    } else {
                                        let ret = (base + dst as usize) as u32;
                                        let receiver = Packed::from_object(id);
                                        flow!(self.call_from_bytecode(v, receiver, ArgSource::Regs(0, 0), ret));
                                    }
                                    continue;
                                }
                                if let Some(v) = self.get_elem_keyed_miss(id, packed_key, site)? {
                                    set!(dst, v);
                                    continue;
                                }
                            }
                        }
                        let v = self.get_elem_slow(r!(obj), packed_key.get())?;
                        set!(dst, v);
                    }
                    Op::ToPropertyKeyFor { key, obj } => {
                        let o = r!(obj);
                        let k = r!(key);
                        if o.is_nullish() {
                            return Err(self.get_elem(o, k).expect_err("nullish base"));
                        }
                        // Only an object's conversion can run code (and must run once);
                        // a primitive key converts the same way, without effects, later.
                        if k.is_object() {
                            let pk = self.to_property_key(k)?;
                            set!(key, self.key_to_value(pk));
                        }
                    }
                    Op::SetElem { obj, key, src, strict, ic } => {
                        let packed_key = self.regs.at(base + key as usize);
                        let packed_v = self.regs.at(base + src as usize);
                        if let Some(id) = self.regs.at(base + obj as usize).object() {
                            if let Some(n) = packed_key.number() {
                                if self.write_present_element_packed(id, n, packed_v) {
                                    continue;
                                }
                                let v = packed_v.get();
                                let done = match v {
                                    Value::Number(x) if self.typed_array_fast_set(id, n, x) => true,
                                    _ => self.element_fast_set(id, n, v),
                                };
                                if done {
                                    continue;
                                }
                            } else {
                                // A string or symbol key: the site's write caches, as a named
                                // write's, for the key it last saw.
                                let site = &code.keyed_set_ics[ic as usize];
                                if site.key.is(packed_key) {
                                    let cache = site.cache.borrow();
                                    if self.set_cached(id, &cache, packed_v)
                                        || self.add_cached(id, &cache, packed_v.get())
                                    {
                                        continue;
                                    }
                                }
                                if self.set_elem_keyed_miss(id, packed_key, packed_v, strict, site)? {
                                    continue;
                                }
                            }
                        }
                        self.set_elem_slow(r!(obj), packed_key.get(), packed_v.get(), strict)?;
                    }
                    Op::DeleteProp { dst, obj, key, strict } => {
                        let o = r!(obj);
                        let k = r!(key);
                        if o.is_nullish() {
                            return Err(self.type_error("Cannot convert undefined or null to object"));
                        }
                        let key = self.to_property_key(k)?;
                        let o = self.to_object(o)?;
                        let ok = self.delete(o, key)?;
                        if !ok && strict {
                            let n = self.key_display(key);
                            return Err(self.type_error(&format!("Cannot delete property '{n}' of object")));
                        }
                        set!(dst, Value::Bool(ok));
                    }
                    Op::LoadSuperBase { dst } => {
                        let home = self.super_base()?;
                        set!(dst, home.map_or(Value::Null, Value::Object));
                    }
                    Op::CheckSuperBase { base } => {
                        if r!(base) == Value::Null {
                            return Err(self.type_error("Cannot read properties of null"));
                        }
                    }
                    Op::GetSuper { dst, key, this, base } => {
                        let k = r!(key);
                        let t = r!(this);
                        let Value::Object(h) = r!(base) else {
                            return Err(self.type_error("Cannot read properties of null"));
                        };
                        let key = self.to_property_key(k)?;
                        let v = self.get(h, key, t)?;
                        set!(dst, v);
                    }
                    Op::SetSuper { key, src, this, base, strict } => {
                        let k = r!(key);
                        let v = r!(src);
                        let t = r!(this);
                        let Value::Object(h) = r!(base) else {
                            return Err(self.type_error("Cannot set properties of null"));
                        };
                        let key = self.to_property_key(k)?;
                        let ok = self.set(h, key, v, t)?;
                        if !ok && strict {
                            return Err(self.type_error("Cannot assign to read only property"));
                        }
                    }
                    Op::DefineField { obj, key, src } => {
                        let o = r!(obj).as_object().expect("object");
                        let k = self.to_property_key(r!(key))?;
                        let v = r!(src);
                        self.create_data_property_or_throw(o, k, v)?;
                    }
                    Op::DefineMethod { obj, key, func, kind, enumerable } => {
                        let o = r!(obj).as_object().expect("object");
                        let k = self.to_property_key(r!(key))?;
                        let f = r!(func);
                        self.define_method(o, k, f, kind, enumerable)?;
                    }
                    Op::GetPrivate { dst, obj, name } => {
                        let o = r!(obj);
                        let n = r!(name);
                        let v = self.private_get(o, n)?;
                        set!(dst, v);
                    }
                    Op::SetPrivate { obj, name, src } => {
                        let o = r!(obj);
                        let n = r!(name);
                        let v = r!(src);
                        self.private_set(o, n, v)?;
                    }
                    Op::DefinePrivate { obj, name, src, kind } => {
                        let o = r!(obj);
                        let n = r!(name);
                        let v = r!(src);
                        self.private_define(o, n, v, kind)?;
                    }
                    Op::HasPrivate { dst, obj, name } => {
                        let o = r!(obj);
                        let Value::Object(o) = o else {
                            return Err(self
                                .type_error("Cannot use 'in' operator to search for a private field in a non-object"));
                        };
                        let Value::Symbol(s) = r!(name) else { unreachable!() };
                        set!(dst, Value::Bool(self.obj(o).props.get(PropertyKey::Symbol(s)).is_some()));
                    }
                    Op::NewPrivateName { dst, desc } => {
                        let d = match code.constants[desc as usize] {
                            Value::String(s) => Some(s),
                            _ => None,
                        };
                        let s = self.heap.alloc_symbol(crate::heap::Symbol { description: d, private: true });
                        set!(dst, Value::Symbol(s));
                    }
                    Op::CopyDataProps { obj, src, excluded, count } => {
                        let o = r!(obj).as_object().expect("object");
                        let s = r!(src);
                        let mut ex = Vec::with_capacity(count as usize);
                        for i in 0..count {
                            let k = r!(excluded + i);
                            ex.push(self.to_property_key(k)?);
                        }
                        self.copy_data_properties(o, s, &ex)?;
                    }
                    Op::SetProtoLiteral { obj, src } => {
                        let o = r!(obj).as_object().expect("object");
                        match r!(src) {
                            Value::Object(p) => {
                                self.set_prototype_of(o, Some(p))?;
                            }
                            Value::Null => {
                                self.set_prototype_of(o, None)?;
                            }
                            _ => {}
                        }
                    }
                    Op::SetFunctionName { func, key, prefix } => {
                        let f = r!(func).as_object().expect("function");
                        let k = self.to_property_key(r!(key))?;
                        let p = match prefix {
                            1 => Some("get"),
                            2 => Some("set"),
                            _ => None,
                        };
                        self.set_function_name(f, k, p);
                    }
                    Op::NewObject { dst } => {
                        let proto = self.current_realm().intrinsics.object_prototype;
                        let o = self.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
                        set!(dst, Value::Object(o));
                    }
                    Op::NewArray { dst, capacity } => {
                        let a = self.new_array_with_capacity(capacity as usize);
                        set!(dst, Value::Object(a));
                    }
                    Op::NewArrayOfConstants { dst, count, first } => {
                        // The array literal's elements, copied from the code's constants.
                        let values = &code.constants[first as usize..first as usize + count as usize];
                        let a =
                            self.array_with(values.iter().map(|&v| Packed::new(v)).collect(), PropertyMap::default());
                        set!(dst, Value::Object(a));
                    }
                    Op::ArrayPush { arr, src } => {
                        let a = r!(arr).as_object().expect("array");
                        let v = r!(src);
                        self.array_push_internal(a, v);
                    }
                    Op::ArrayHole { arr } => {
                        let a = r!(arr).as_object().expect("array");
                        if let ObjectKind::Array { length, .. } = &mut self.obj_mut(a).kind {
                            *length += 1;
                        }
                    }
                    Op::ArraySpread { arr, src } => {
                        let a = r!(arr).as_object().expect("array");
                        let s = r!(src);
                        self.root(Value::Object(a));
                        let items = self.iterate_to_vec(s)?;
                        for v in items {
                            self.array_push_internal(a, v);
                        }
                        self.roots.pop();
                    }
                    Op::NewRegExp { dst, pattern, flags } => {
                        let p = code.constants[pattern as usize];
                        let f = code.constants[flags as usize];
                        let v = self.new_regexp(p, f)?;
                        set!(dst, v);
                    }
                    Op::GetTemplateObject { dst, site } => {
                        let v = self.template_object(&code, site)?;
                        set!(dst, v);
                    }
                    Op::In { dst, key, obj, ic } => {
                        // A string or symbol key found on this shape before (own or on a
                        // cached prototype) is there still: the site's cache answers.
                        let packed_key = self.regs.at(base + key as usize);
                        if let Some(id) = self.regs.at(base + obj as usize).object()
                            && packed_key.number().is_none()
                        {
                            let site = &code.keyed_ics[ic as usize];
                            if self.get_keyed_cached(id, packed_key, site).is_some() {
                                set!(dst, Value::Bool(true));
                                continue;
                            }
                            if let Some(found) = self.has_property_keyed_miss(id, packed_key, site)? {
                                set!(dst, Value::Bool(found));
                                continue;
                            }
                        }
                        let v = self.binary_op(BinOp::In, packed_key.get(), r!(obj))?;
                        set!(dst, v);
                    }
                    Op::Binary { op, dst, a, b } => {
                        // Numbers are read in place (see `num!`).
                        if let Some(p) = num!(a)
                            && let Some(q) = num!(b)
                            && let Some(v) = numeric_binary(op, p, q)
                        {
                            set!(dst, v);
                            continue;
                        }
                        let x = r!(a);
                        let y = r!(b);
                        // The number-number arms below repeat numeric_binary and are not reached
                        // for its ops; removing them measured 4-5 % slower on Richards (the
                        // layout of this loop moved), so they stay until the loop is reworked.
                        let v = match (op, x, y) {
                            (BinOp::Add, Value::Number(p), Value::Number(q)) => Value::Number(p + q),
                            (BinOp::Sub, Value::Number(p), Value::Number(q)) => Value::Number(p - q),
                            (BinOp::Mul, Value::Number(p), Value::Number(q)) => Value::Number(p * q),
                            (BinOp::Lt, Value::Number(p), Value::Number(q)) => Value::Bool(p < q),
                            (BinOp::Le, Value::Number(p), Value::Number(q)) => Value::Bool(p <= q),
                            (BinOp::Gt, Value::Number(p), Value::Number(q)) => Value::Bool(p > q),
                            (BinOp::Ge, Value::Number(p), Value::Number(q)) => Value::Bool(p >= q),
                            (BinOp::Div, Value::Number(p), Value::Number(q)) => Value::Number(p / q),
                            (BinOp::BitOr, Value::Number(p), Value::Number(q)) => {
                                Value::Number((to_int32(p) | to_int32(q)) as f64)
                            }
                            (BinOp::BitAnd, Value::Number(p), Value::Number(q)) => {
                                Value::Number((to_int32(p) & to_int32(q)) as f64)
                            }
                            (BinOp::BitXor, Value::Number(p), Value::Number(q)) => {
                                Value::Number((to_int32(p) ^ to_int32(q)) as f64)
                            }
                            (BinOp::Shl, Value::Number(p), Value::Number(q)) => {
                                Value::Number(to_int32(p).wrapping_shl(to_uint32(q) & 31) as f64)
                            }
                            (BinOp::Shr, Value::Number(p), Value::Number(q)) => {
                                Value::Number((to_int32(p) >> (to_uint32(q) & 31)) as f64)
                            }
                            (BinOp::StrictEq, _, _) => Value::Bool(self.strict_equals(x, y)),
                            (BinOp::StrictNe, _, _) => Value::Bool(!self.strict_equals(x, y)),
                            (BinOp::Eq, _, _) => Value::Bool(self.loose_equals(x, y)?),
                            (BinOp::Ne, _, _) => Value::Bool(!self.loose_equals(x, y)?),
                            _ => self.binary_op(op, x, y)?,
                        };
                        set!(dst, v);
                    }
                    Op::BinaryInt { op, dst, a, value } => {
                        // The number read as packed bits and the result written as such (see
                        // `Unary`).
                        if let Some(p) = num!(a) {
                            let r = match op {
                                BinOp::BitAnd => Some((to_int32(p) & value) as f64),
                                BinOp::BitOr => Some((to_int32(p) | value) as f64),
                                BinOp::BitXor => Some((to_int32(p) ^ value) as f64),
                                BinOp::Mul => Some(p * value as f64),
                                BinOp::Shl => Some(to_int32(p).wrapping_shl(value as u32 & 31) as f64),
                                BinOp::Shr => Some((to_int32(p) >> (value as u32 & 31)) as f64),
                                BinOp::UShr => Some((to_uint32(p) >> (value as u32 & 31)) as f64),
                                BinOp::Mod => Some(super::ops::rem_by_int(p, value)),
                                _ => None,
                            };
                            if let Some(r) = r {
                                self.regs.put(base + dst as usize, Packed::from_number(r));
                                continue;
                            }
                        }
                        let v = self.binary_op(op, r!(a), Value::Number(value as f64))?;
                        set!(dst, v);
                    }
                    Op::AddInt { dst, a, value, sub } => {
                        if let Some(n) = num!(a) {
                            set!(dst, Value::Number(n + value as f64));
                            continue;
                        }
                        let x = r!(a);
                        let v = if sub {
                            self.binary_op(BinOp::Sub, x, Value::Number(-value as f64))?
                        } else {
                            self.binary_op(BinOp::Add, x, Value::Number(value as f64))?
                        };
                        set!(dst, v);
                    }
                    Op::ConcatStrings { dst, first, count } => {
                        let v = self.concat_registers(base + first as usize, count as usize)?;
                        set!(dst, v);
                    }
                    Op::Unary { op, dst, src } => {
                        // A number is read and written as packed bits: matched as a `Value`,
                        // it was built on the stack and read back (38 machine instructions
                        // for an `i++`).
                        if let Some(n) = num!(src) {
                            let r = match op {
                                UnOp::Inc => Some(n + 1.0),
                                UnOp::Dec => Some(n - 1.0),
                                UnOp::ToNumeric | UnOp::Plus => Some(n),
                                UnOp::Neg => Some(-n),
                                _ => None,
                            };
                            if let Some(r) = r {
                                self.regs.put(base + dst as usize, Packed::from_number(r));
                                continue;
                            }
                        }
                        let v = self.unary_op(op, r!(src))?;
                        set!(dst, v);
                    }
                    Op::Jump { target } => branch!(target),
                    // A do-while loop's back edge is a conditional jump.
                    Op::JumpIfTrue { cond, target } => {
                        // A boolean compared as packed bits, not unpacked first.
                        let c = self.regs.at(base + cond as usize);
                        let truthy = c == Packed::TRUE || (c != Packed::FALSE && self.to_boolean(c.get()));
                        if truthy {
                            branch!(target);
                        }
                    }
                    Op::JumpIfFalse { cond, target } => {
                        // A boolean compared as packed bits, not unpacked first.
                        let c = self.regs.at(base + cond as usize);
                        let truthy = c == Packed::TRUE || (c != Packed::FALSE && self.to_boolean(c.get()));
                        if !truthy {
                            branch!(target);
                        }
                    }
                    Op::JumpIfNullish { src, target } => {
                        if r!(src).is_nullish() {
                            pc = target as usize;
                        }
                    }
                    Op::JumpIfNotNullish { src, target } => {
                        if !r!(src).is_nullish() {
                            pc = target as usize;
                        }
                    }
                    Op::JumpIfUndefined { src, target } => {
                        if r!(src).is_undefined() {
                            pc = target as usize;
                        }
                    }
                    Op::JumpIfNotUndefined { src, target } => {
                        if !r!(src).is_undefined() {
                            pc = target as usize;
                        }
                    }
                    // The bottom test of an inverted loop jumps backwards.
                    Op::JumpIfCompare { op, a, b, when, target } => {
                        let holds = match (num!(a), num!(b)) {
                            (Some(p), Some(q)) => compare_numbers(op, p, q),
                            _ if matches!(op, BinOp::StrictEq | BinOp::StrictNe) => {
                                let (x, y) = (self.regs.at(base + a as usize), self.regs.at(base + b as usize));
                                self.strict_equals_packed(x, y) == (op == BinOp::StrictEq)
                            }
                            _ => self.comparison_holds(op, r!(a), r!(b))?,
                        };
                        if holds == when {
                            branch!(target);
                        }
                    }
                    Op::JumpIfCompareNull { op, a, when, target } => {
                        let v = self.regs.at(base + a as usize);
                        let is_null = v == Packed::NULL;
                        let holds = match op {
                            BinOp::StrictEq => is_null,
                            BinOp::StrictNe => !is_null,
                            // IsLooselyEqual(x, null): undefined, null, or an [[IsHTMLDDA]] object.
                            _ => {
                                let loosely = is_null
                                    || v == Packed::UNDEFINED
                                    || v.object().is_some_and(|o| self.is_html_dda(o));
                                loosely == (op == BinOp::Eq)
                            }
                        };
                        if holds == when {
                            branch!(target);
                        }
                    }
                    Op::JumpIfCompareInt { op, a, when, value, target } => {
                        let holds = match num!(a) {
                            Some(p) => compare_numbers(op, p, f64::from(value)),
                            None => self.comparison_holds(op, r!(a), Value::Number(f64::from(value)))?,
                        };
                        if holds == when {
                            branch!(target);
                        }
                    }
                    Op::IncJumpIfCompare { op, counter, limit, target } => {
                        let holds = if let Some(n) = num!(counter)
                            && let Some(l) = num!(limit)
                        {
                            self.regs.put(base + counter as usize, Packed::from_number(n + 1.0));
                            compare_numbers(op, n + 1.0, l)
                        } else {
                            let v = self.unary_op(UnOp::Inc, r!(counter))?;
                            set!(counter, v);
                            self.comparison_holds(op, v, r!(limit))?
                        };
                        if holds {
                            branch!(target);
                        }
                    }
                    Op::JumpIfStrictEq { a, b, target } => {
                        if self.strict_equals_packed(self.regs.at(base + a as usize), self.regs.at(base + b as usize)) {
                            pc = target as usize;
                        }
                    }
                    Op::Return { src } => {
                        let v = self.regs.at(base + src as usize);
                        flow!(self.do_return_inline(v));
                    }
                    Op::ReturnUndefined => {
                        flow!(self.do_return_inline(Packed::UNDEFINED));
                    }
                    Op::ReturnDerived { src, this } => {
                        let v = r!(src);
                        let t = if this == NO_REG { self.frames[fi].this.get() } else { r!(this) };
                        // The checks run once the callee context is gone: errors come
                        // from the caller's realm (ECMA-262 §10.2.2 steps 9-12).
                        let callee_realm = self.realm;
                        self.realm = self.frames[fi].caller_realm;
                        let v = self.construct_result(t, v, FunctionKind::DerivedConstructor);
                        self.realm = callee_realm;
                        flow!(self.do_return(Packed::new(v?)));
                    }
                    Op::Throw { src } => {
                        return Err(r!(src));
                    }
                    Op::EndFinally { kind, value } => {
                        let v = r!(value);
                        if r!(kind) == Value::Number(1.0) {
                            flow!(self.return_through_finally(v));
                        } else {
                            return Err(v);
                        }
                    }
                    Op::Call { dst, callee, this, args, argc } => {
                        // Callee and receiver go as stored: the callee is only tested for
                        // an object, the receiver unpacked once its function wants it.
                        let f = self.regs.at(base + callee as usize);
                        let t = self.receiver(base, this);
                        let ret = (base + dst as usize) as u32;
                        flow!(self.call_from_bytecode_inline(
                            f,
                            t,
                            ArgSource::Regs((base + args as usize) as u32, argc as usize),
                            ret
                        ));
                    }
                    Op::ApplyArguments { dst, callee, this, this_arg, cache } => {
                        let f = self.regs.at(base + callee as usize);
                        let target = self.regs.at(base + this as usize);
                        let this_arg = self.regs.at(base + this_arg as usize);
                        let ret = (base + dst as usize) as u32;
                        flow!(self.apply_arguments(f, target, this_arg, base + cache as usize, ret));
                    }
                    Op::CallSpread { dst, callee, this, args } => {
                        let f = self.regs.at(base + callee as usize);
                        let t = self.receiver(base, this);
                        let list = self.array_values(r!(args));
                        let ret = (base + dst as usize) as u32;
                        flow!(self.call_from_bytecode(f, t, ArgSource::Slice(list), ret));
                    }
                    Op::New { dst, callee, args, argc } => {
                        let f = r!(callee);
                        let ret = (base + dst as usize) as u32;
                        flow!(self.construct_from_bytecode(
                            f,
                            ArgSource::Regs((base + args as usize) as u32, argc as usize),
                            None,
                            ret
                        ));
                    }
                    Op::NewSpread { dst, callee, args } => {
                        let f = r!(callee);
                        let list = self.array_values(r!(args));
                        let ret = (base + dst as usize) as u32;
                        flow!(self.construct_from_bytecode(f, ArgSource::Slice(list), None, ret));
                    }
                    Op::SuperCall { dst, func, new_target, args, argc } => {
                        let f = r!(func);
                        let nt = r!(new_target);
                        let sup = self.super_constructor(f)?;
                        let ret = (base + dst as usize) as u32;
                        flow!(self.construct_from_bytecode(
                            sup,
                            ArgSource::Regs((base + args as usize) as u32, argc as usize),
                            Some(nt),
                            ret
                        ));
                    }
                    Op::SuperCallSpread { dst, func, new_target, args } => {
                        let f = r!(func);
                        let nt = r!(new_target);
                        let sup = self.super_constructor(f)?;
                        let list = self.array_values(r!(args));
                        let ret = (base + dst as usize) as u32;
                        flow!(self.construct_from_bytecode(sup, ArgSource::Slice(list), Some(nt), ret));
                    }
                    Op::InitFields { func, this } => {
                        let f = r!(func);
                        let t = r!(this);
                        if let Value::Object(fo) = f
                            && let ObjectKind::Function(fd) = &self.obj(fo).kind
                            && let Some(init) = fd.field_init
                        {
                            self.call(Value::Object(init), t, &[])?;
                        }
                    }
                    Op::CallEval { dst, callee, args, argc, env, this, strict } => {
                        let f = r!(callee);
                        let a: Vec<Value> = if argc == u16::MAX {
                            self.array_values(r!(args))
                        } else {
                            (0..argc).map(|i| r!(args + i)).collect()
                        };
                        let e = self.env_operand(base, env);
                        let t = r!(this);
                        let v = if self.is_intrinsic_eval(f) {
                            self.direct_eval(a.first().copied().unwrap_or(Value::Undefined), e, t, strict)?
                        } else {
                            self.call(f, Value::Undefined, &a)?
                        };
                        set!(dst, v);
                    }
                    Op::MakeClosure { dst, code: idx, env } => {
                        let e = self.env_operand(base, env);
                        let child = code.functions[idx as usize].clone();
                        let home = self.current_home_object(fi, &child);
                        let f = self.make_function(child, e, home);
                        set!(dst, Value::Object(f));
                    }
                    Op::MakeMethod { dst, code: idx, env, home } => {
                        let e = self.env_operand(base, env);
                        let child = code.functions[idx as usize].clone();
                        let h = r!(home).as_object();
                        let f = self.make_function(child, e, h);
                        set!(dst, Value::Object(f));
                    }
                    Op::MakeClass { dst, proto, code: idx, env, heritage, has_heritage } => {
                        let e = self.env_operand(base, env);
                        let child = code.functions[idx as usize].clone();
                        let h = if has_heritage { Some(r!(heritage)) } else { None };
                        let (c, p) = self.make_class(child, e, h)?;
                        set!(dst, Value::Object(c));
                        set!(proto, Value::Object(p));
                    }
                    Op::SetFieldInit { ctor, init } => {
                        let c = r!(ctor).as_object().expect("ctor");
                        let i = r!(init).as_object();
                        if let ObjectKind::Function(fd) = &mut self.obj_mut(c).kind {
                            fd.field_init = i;
                        }
                    }
                    Op::GeneratorStart { generator } => {
                        let g = self.create_generator_object()?;
                        set!(generator, Value::Object(g));
                        self.set_top_pc(pc as u32);
                        flow!(self.generator_suspend(g, crate::object::ResumePoint::Start, Value::Object(g)));
                    }
                    Op::Yield { dst, src, generator } => {
                        let v = r!(src);
                        // Resumed inline by a for-of step: the value itself goes to the loop.
                        let Value::Object(g) = r!(generator) else { unreachable!("generator register") };
                        // An async generator hands the value itself to its driver.
                        let wrap = self.frames[fi].ret == u32::MAX || self.inline_results_wrapped(g);
                        let result = if wrap && code.body != BodyKind::AsyncGenerator {
                            crate::builtins::iterator::create_iter_result(self, v, false)
                        } else {
                            v
                        };
                        self.set_top_pc(pc as u32);
                        flow!(self.generator_suspend(g, crate::object::ResumePoint::Yield { dst }, result));
                    }
                    Op::Await { dst, src, generator } => {
                        let v = r!(src);
                        let Value::Object(g) = r!(generator) else { unreachable!("generator register") };
                        // An async function performs its Await here (an abrupt PromiseResolve
                        // throws at this instruction) and hands its promise to the caller; an
                        // async generator hands the value to its driver, which awaits it.
                        self.set_top_pc(pc as u32);
                        let handed = if code.body == BodyKind::Async {
                            Value::Object(self.async_function_await(g, v)?)
                        } else {
                            v
                        };
                        flow!(self.generator_suspend(g, crate::object::ResumePoint::Await { dst }, handed));
                    }
                    Op::YieldStar { dst, iter, generator } => {
                        let Value::Object(g) = r!(generator) else { unreachable!("generator register") };
                        let (it, nx) = (r!(iter), r!(iter + 1));
                        let step = if code.body == BodyKind::AsyncGenerator {
                            self.async_yield_star_step(g, it, nx)
                        } else {
                            self.yield_star_step(g, it, nx, base + iter as usize + 2)
                        };
                        match step? {
                            Ok(v) => set!(dst, v),
                            Err(f) => flow!(Ok::<Flow, Value>(f)),
                        }
                    }
                    Op::GetIterator { iter, next, src } => {
                        let s = r!(src);
                        let (it, nx) = self.get_iterator(s)?;
                        set!(iter, it);
                        set!(next, nx);
                    }
                    Op::GetAsyncIterator { iter, next, src } => {
                        let s = r!(src);
                        let (it, nx) = self.get_async_iterator(s)?;
                        set!(iter, it);
                        set!(next, nx);
                    }
                    Op::IterStep { dst, iter, next, done } => {
                        let it = r!(iter);
                        let nx = r!(next);
                        if let Some(resumed) = self.try_resume_generator_inline(it, nx, base + dst as usize, pc)? {
                            if resumed {
                                flow!(Ok::<Flow, Value>(Flow::Reload));
                            } else {
                                pc = done as usize;
                            }
                            continue;
                        }
                        match self.iterator_step_value(it, nx)? {
                            Some(v) => set!(dst, v),
                            None => pc = done as usize,
                        }
                    }
                    Op::AsyncIterStep { dst, result, done } => {
                        let r = r!(result);
                        match self.async_iter_step(r)? {
                            Some(v) => set!(dst, v),
                            None => pc = done as usize,
                        }
                    }
                    Op::AsyncIterCallReturn { dst, iter, done } => {
                        let it = r!(iter);
                        let ret = self.get_method(it, self.names.return_)?;
                        if ret.is_undefined() {
                            pc = done as usize;
                        } else {
                            let v = self.call(ret, it, &[])?;
                            set!(dst, v);
                        }
                    }
                    Op::CheckIterResult { src } => {
                        let v = r!(src);
                        self.iter_result_object(v)?;
                    }
                    Op::NewDisposeStack { dst } => {
                        let o = self.new_dispose_capability();
                        set!(dst, Value::Object(o));
                    }
                    Op::AddDisposable { stack, value, is_async } => {
                        let (s, v) = (r!(stack), r!(value));
                        if let Value::Object(cap) = s {
                            self.add_disposable_resource(cap, v, is_async, None)?;
                        }
                    }
                    Op::DisposeStep { stack, dst, done } => {
                        if let Value::Object(cap) = r!(stack) {
                            match self.dispose_step(cap)? {
                                Some(v) => set!(dst, v),
                                None => pc = done as usize,
                            }
                        } else {
                            pc = done as usize;
                        }
                    }
                    Op::DisposeError { stack, error } => {
                        let (s, e) = (r!(stack), r!(error));
                        if let Value::Object(cap) = s {
                            self.dispose_record_error(cap, e);
                        }
                    }
                    Op::DisposeFinish { stack } => {
                        if let Value::Object(cap) = r!(stack) {
                            self.dispose_finish(cap)?;
                        }
                    }
                    Op::IterClose { iter } => {
                        let it = r!(iter);
                        self.iterator_close(it)?;
                    }
                    Op::IterCloseQuiet { iter } => {
                        let it = r!(iter);
                        let _ = self.iterator_close(it);
                        if self.terminating.is_some() {
                            return Err(Value::Undefined);
                        }
                    }
                    Op::IterCloseAbrupt { iter, kind } => {
                        let it = r!(iter);
                        if r!(kind) == Value::Number(1.0) {
                            self.iterator_close(it)?;
                        } else {
                            let _ = self.iterator_close(it);
                            if self.terminating.is_some() {
                                return Err(Value::Undefined);
                            }
                        }
                    }
                    Op::ForInPrepare { dst, src } => {
                        let s = r!(src);
                        let v = self.for_in_prepare(s)?;
                        set!(dst, v);
                    }
                    Op::ForInNext { dst, state, done } => {
                        let st = r!(state);
                        match self.for_in_next(st)? {
                            Some(k) => set!(dst, k),
                            None => pc = done as usize,
                        }
                    }
                    Op::CreateArguments { dst, mapped_env, mapped } => {
                        let e = if mapped { self.env_operand(base, mapped_env) } else { None };
                        let v = self.create_arguments(fi, e, mapped);
                        set!(dst, v);
                    }
                    Op::CreateRest { dst, from } => {
                        let f = &self.frames[fi];
                        let nregs = f.code.nregs as usize;
                        let nparams = f.code.nparams as usize;
                        let argc = f.argc as usize;
                        // The elements go straight into the array's own vector, sized once
                        // (collected into a `Vec` of values first, they took two
                        // allocations and a copy per rest array).
                        let from = from as usize;
                        let mut items = thin_vec::ThinVec::with_capacity(argc.saturating_sub(from));
                        for i in from..argc {
                            items.push(if i < nparams {
                                self.regs.at(base + i)
                            } else {
                                self.regs.at(base + nregs + i - nparams)
                            });
                        }
                        let a = self.array_with(items, PropertyMap::default());
                        set!(dst, Value::Object(a));
                    }
                    Op::Debugger | Op::Nop => {}
                }
            }
        }
    }

    fn tdz_error(&mut self, name: Value) -> Value {
        let n = match name {
            Value::String(s) => self.rust_string(s),
            _ => String::new(),
        };
        self.reference_error(&format!("Cannot access '{n}' before initialization"))
    }

    /// A call's receiver operand: the register's value, or undefined for
    /// `UNDEFINED_RECEIVER`.
    #[inline(always)]
    fn receiver(&self, base: usize, this: Reg) -> Packed {
        if this == UNDEFINED_RECEIVER { Packed::UNDEFINED } else { self.regs.at(base + this as usize) }
    }

    /// Performs a call from an instruction: JS callees get a new frame in this loop.
    fn call_from_bytecode(&mut self, f: Packed, this: Packed, args: ArgSource, ret: u32) -> JsResult<Flow> {
        self.call_from_bytecode_inline(f, this, args, ret)
    }

    /// [`call_from_bytecode`](Self::call_from_bytecode) inlined into the `Call` instruction.
    #[inline(always)]
    fn call_from_bytecode_inline(&mut self, f: Packed, this: Packed, args: ArgSource, ret: u32) -> JsResult<Flow> {
        let Some(fo) = f.object() else {
            let d = self.operand_name(super::errors::OperandUse::Call, f.get());
            return Err(self.type_error(&format!("{d} is not a function")));
        };
        // An ordinary function (the common callee) goes straight to a frame, without the
        // general `Callee` description, and with its receiver as the register holds it.
        if let ObjectKind::Function(fd) = &self.obj(fo).kind {
            if fd.is_class_constructor {
                let (code, realm) = (fd.code.clone(), fd.realm);
                return Err(self.class_ctor_error(&code, realm));
            }
            let (code, env, realm) = (fd.code.clone(), fd.env, fd.realm);
            let this = self.bind_this_packed(super::calls::this_mode(&code), this, realm)?;
            self.push_callee_frame(code, fo, this, Packed::UNDEFINED, env, args, ret, false, realm)?;
            self.steps += 1;
            if self.heap.wants_gc() || self.options.gc_stress || self.steps & 0xFFF == 0 {
                self.safepoint()?;
            }
            return Ok(Flow::Reload);
        }
        if let ObjectKind::Native { f: nf, realm, .. } = self.obj(fo).kind {
            return self.call_native_from_bytecode(nf, fo, this, args, ret, realm);
        }
        // Ordinary functions and natives went above: bound functions and callable proxies
        // are left, called through Rust.
        if !self.obj(fo).is_callable() {
            let d = self.operand_name(super::errors::OperandUse::Call, f.get());
            return Err(self.type_error(&format!("{d} is not a function")));
        }
        let list = self.materialize_args(args);
        let v = self.call(f.get(), this.get(), &list)?;
        self.regs.put(ret as usize, Packed::new(v));
        Ok(Flow::Next)
    }

    /// `target.call(thisArg, ...args)` (ECMA-262 §20.2.3.3 Function.prototype.call) and
    /// `target.apply(thisArg, argArray)` (§20.2.3.1 Function.prototype.apply) called from
    /// bytecode: the steps of the built-in, ending in a call of the target from this loop as
    /// its own call site would make it. The target's frame is pushed here instead of under
    /// a native call and a nested interpreter loop (`Class.create`'s
    /// `this.initialize.apply(this, arguments)`, `Super.call(this, x)`). Like V8's, the
    /// stack then shows no frame for `call` or `apply` itself.
    #[inline(never)]
    fn call_or_apply_from_bytecode(
        &mut self,
        apply: bool,
        target: Packed,
        args: ArgSource,
        ret: u32,
    ) -> JsResult<Flow> {
        if !self.is_callable(target.get()) {
            use crate::builtins::function::{APPLY_ON_NON_FUNCTION, CALL_ON_NON_FUNCTION};
            return Err(self.type_error(if apply { APPLY_ON_NON_FUNCTION } else { CALL_ON_NON_FUNCTION }));
        }
        let (this_arg, rest) = match args {
            ArgSource::Regs(start, 0) => (Packed::UNDEFINED, ArgSource::Regs(start, 0)),
            ArgSource::Regs(start, n) => (self.regs.at(start as usize), ArgSource::Regs(start + 1, n - 1)),
            ArgSource::Slice(mut v) if !v.is_empty() => {
                let this_arg = Packed::new(v.remove(0));
                (this_arg, ArgSource::Slice(v))
            }
            ArgSource::Slice(v) => (Packed::UNDEFINED, ArgSource::Slice(v)),
        };
        if !apply {
            return self.call_from_bytecode(target, this_arg, rest, ret);
        }
        let arg_array = self.first_arg(&rest);
        // The array-like's getters may run and collect: what the registers may not hold
        // (the spread call's list) stays rooted meanwhile.
        let roots = self.roots.len();
        self.roots.extend([target.get(), this_arg.get(), arg_array]);
        let list = crate::builtins::function::create_list_from_array_like(self, arg_array);
        self.roots.truncate(roots);
        self.call_from_bytecode(target, this_arg, ArgSource::Slice(list?), ret)
    }

    /// `target.apply(this_arg, arguments)` where `f` is what `target.apply` read, in a
    /// function that makes no arguments object (`Op::ApplyArguments`; `cache` is the
    /// register that holds the object once one is made).
    ///
    /// Function.prototype.apply (ECMA-262 §20.2.3.1) with an arguments object as its list:
    /// CreateListFromArrayLike reads the object's `length` and elements, which are the
    /// call's argument count and arguments as long as no code has had the object; so while
    /// `f` is %Function.prototype.apply% and none was made, the frame's arguments are passed
    /// on as they are. The function has no formal parameters, so its arguments all sit
    /// above its registers (`open_window`), in order.
    fn apply_arguments(
        &mut self,
        f: Packed,
        target: Packed,
        this_arg: Packed,
        cache: usize,
        ret: u32,
    ) -> JsResult<Flow> {
        let cached = self.regs.at(cache);
        let is_apply = f.object().is_some_and(|o| self.intrinsics().function_apply == Some(o));
        let fi = self.frames.len() - 1;
        if is_apply && cached == Packed::UNDEFINED {
            if !self.is_callable(target.get()) {
                return Err(self.type_error(crate::builtins::function::APPLY_ON_NON_FUNCTION));
            }
            let frame = &self.frames[fi];
            let start = frame.base as usize + frame.code.nregs as usize;
            let args = ArgSource::Regs(start as u32, frame.argc as usize);
            return self.call_from_bytecode(target, this_arg, args, ret);
        }
        let arguments = match cached.get() {
            Value::Object(o) => Value::Object(o),
            _ => {
                let mapped = !self.frames[fi].code.strict;
                let made = self.create_arguments(fi, None, mapped);
                self.regs.put(cache, Packed::new(made));
                made
            }
        };
        self.call_from_bytecode(f, target, ArgSource::Slice(vec![this_arg.get(), arguments]), ret)
    }

    /// A keyed read with a string or symbol key that its site's cache missed: the generic
    /// [[Get]], then the cache filled for this key. None for other keys (the caller's
    /// general path converts them).
    #[inline(never)]
    fn get_elem_keyed_miss(
        &mut self,
        id: ObjId,
        key: Packed,
        site: &crate::vm::ic::KeyedReadSite,
    ) -> JsResult<Option<Value>> {
        let Some(pk) = self.string_or_symbol_key(key)? else { return Ok(None) };
        let v = self.get(id, pk, Value::Object(id))?;
        self.fill_keyed_read(site, id, key, pk);
        Ok(Some(v))
    }

    /// The property key of a keyed access's operand when it is a string or a symbol (the
    /// keys the keyed sites cache); None for anything else, which the general path converts.
    fn string_or_symbol_key(&mut self, key: Packed) -> JsResult<Option<PropertyKey>> {
        let k = key.get();
        if !matches!(k, Value::String(_) | Value::Symbol(_)) {
            return Ok(None);
        }
        self.to_property_key(k).map(Some)
    }

    /// `key in obj` with a string or symbol key that its site's cache missed: HasProperty,
    /// then, when found, the cache filled for this key. None for other keys.
    #[inline(never)]
    fn has_property_keyed_miss(
        &mut self,
        id: ObjId,
        key: Packed,
        site: &crate::vm::ic::KeyedReadSite,
    ) -> JsResult<Option<bool>> {
        let Some(pk) = self.string_or_symbol_key(key)? else { return Ok(None) };
        let found = self.has_property(id, pk)?;
        if found {
            self.fill_keyed_read(site, id, key, pk);
        }
        Ok(Some(found))
    }

    /// A keyed write with a string or symbol key that its site's caches missed: PutValue,
    /// then the caches filled for this key. False for other keys (the caller's general path
    /// converts them).
    #[inline(never)]
    fn set_elem_keyed_miss(
        &mut self,
        id: ObjId,
        key: Packed,
        v: Packed,
        strict: bool,
        site: &crate::vm::ic::KeyedWriteSite,
    ) -> JsResult<bool> {
        let Some(pk) = self.string_or_symbol_key(key)? else { return Ok(false) };
        let before = self.shape_before_add(Value::Object(id));
        self.put_value_prop(Value::Object(id), pk, v.get(), strict)?;
        if site.rekey(key, pk) {
            let cache = site.cache.borrow();
            self.fill_set_cache(&cache, id, pk);
            self.fill_add_cache(&cache, id, before, pk, true);
        }
        Ok(true)
    }

    /// Reflect.apply ( target, thisArgument, argumentsList ) (ECMA-262 §28.1.1) called from
    /// bytecode: the target's frame is pushed in this loop, as for `f.apply` (Node's own
    /// libraries call through `ReflectApply` everywhere).
    #[inline(never)]
    fn reflect_apply_from_bytecode(&mut self, args: ArgSource, ret: u32) -> JsResult<Flow> {
        let arg = |vm: &Vm, i: usize| match &args {
            ArgSource::Regs(start, n) if i < *n => vm.regs.at(*start as usize + i).get(),
            ArgSource::Slice(v) => v.get(i).copied().unwrap_or(Value::Undefined),
            ArgSource::Regs(..) => Value::Undefined,
        };
        let (target, this_arg, list) = (arg(self, 0), arg(self, 1), arg(self, 2));
        if !self.is_callable(target) {
            return Err(crate::builtins::reflect::not_a_function(self, target));
        }
        // The array-like's getters may run and collect: the operands stay rooted meanwhile
        // (the list is written into the callee's registers before anything else allocates).
        let roots = self.roots.len();
        self.roots.extend([target, this_arg, list]);
        let list = crate::builtins::reflect::list_from_object(self, list);
        self.roots.truncate(roots);
        let list = list?;
        // A script function gets a frame here; a native (a promise's resolving function) is
        // called as the built-in calls it (through this loop it would copy the list again).
        if let Value::Object(f) = target
            && matches!(self.obj(f).kind, ObjectKind::Function(_))
        {
            return self.call_from_bytecode(Packed::new(target), Packed::new(this_arg), ArgSource::Slice(list), ret);
        }
        let v = self.call(target, this_arg, &list)?;
        self.regs.put(ret as usize, Packed::new(v));
        Ok(Flow::Next)
    }

    /// A built-in function called from bytecode. `gen.next(v)`, `f.call` and `f.apply` are
    /// performed in this loop; any other native runs with its arguments copied to the Rust
    /// stack when few (a native call from bytecode allocates nothing). Arguments in
    /// registers and a receiver from a register are rooted there already.
    fn call_native_from_bytecode(
        &mut self,
        nf: crate::object::NativeFn,
        fo: ObjId,
        this: Packed,
        args: ArgSource,
        ret: u32,
        realm: u32,
    ) -> JsResult<Flow> {
        let intrinsics = self.intrinsics();
        if intrinsics.generator_next == Some(fo) {
            // gen.next(v) resumes the generator's frame in this loop (no Rust re-entry).
            let sent = self.first_arg(&args);
            if self.try_generator_next_call(this.get(), sent, ret as usize)? {
                return Ok(Flow::Reload);
            }
        } else if intrinsics.function_call == Some(fo) || intrinsics.function_apply == Some(fo) {
            let apply = intrinsics.function_apply == Some(fo);
            return self.call_or_apply_from_bytecode(apply, this, args, ret);
        } else if intrinsics.reflect_apply == Some(fo) {
            return self.reflect_apply_from_bytecode(args, ret);
        }
        let v = match args {
            ArgSource::Regs(start, n) if n <= NATIVE_ARGS_ON_STACK => {
                let mut buf = [Value::Undefined; NATIVE_ARGS_ON_STACK];
                for (slot, v) in buf.iter_mut().zip(self.regs.values(start as usize, start as usize + n)) {
                    *slot = v.get();
                }
                self.enter_native(nf, fo, this.get(), &buf[..n], None, realm)?
            }
            _ => {
                let list = self.materialize_args(args);
                self.call_native(nf, fo, this.get(), &list, None, realm)?
            }
        };
        self.regs.put(ret as usize, Packed::new(v));
        // A native may allocate a lot at once (`'x'.repeat(n)`, `new Array(n).fill()`):
        // with its result in a register, this is a safepoint too.
        if self.heap.wants_gc() {
            self.safepoint()?;
        }
        Ok(Flow::Next)
    }

    /// A call's first argument, undefined when it has none.
    fn first_arg(&self, args: &ArgSource) -> Value {
        match args {
            ArgSource::Regs(start, n) if *n > 0 => self.regs.at(*start as usize).get(),
            ArgSource::Slice(v) => v.first().copied().unwrap_or(Value::Undefined),
            ArgSource::Regs(..) => Value::Undefined,
        }
    }

    fn materialize_args(&self, args: ArgSource) -> Vec<Value> {
        match args {
            ArgSource::Regs(start, n) => {
                self.regs.values(start as usize, start as usize + n).map(|v| v.get()).collect()
            }
            ArgSource::Slice(v) => v,
        }
    }

    fn construct_from_bytecode(
        &mut self,
        f: Value,
        args: ArgSource,
        new_target: Option<Value>,
        ret: u32,
    ) -> JsResult<Flow> {
        if !self.is_constructor(f) {
            let d = self.operand_name(super::errors::OperandUse::Construct, f);
            return Err(self.type_error(&format!("{d} is not a constructor")));
        }
        let fo = f.as_object().expect("object");
        let nt = new_target.unwrap_or(f);
        if let Some(Callee::Js { code, env, realm, .. }) = self.callee_info(fo) {
            let Value::Object(nto) = nt else {
                return Err(self.type_error("new.target is not an object"));
            };
            let this = self.ordinary_construct_this(fo, nto)?;
            self.push_callee_frame(code, fo, Packed::new(this), Packed::new(nt), env, args, ret, true, realm)?;
            self.steps += 1;
            if self.heap.wants_gc() || self.options.gc_stress {
                self.safepoint()?;
            }
            return Ok(Flow::Reload);
        }
        let list = self.materialize_args(args);
        let v = self.construct(f, &list, Some(nt))?;
        self.regs.put(ret as usize, Packed::new(v));
        Ok(Flow::Next)
    }

    /// The [[HomeObject]] an arrow closure inherits from the function creating it.
    fn current_home_object(&self, fi: usize, child: &Code) -> Option<ObjId> {
        if !child.is_arrow {
            return None;
        }
        let f = self.frames[fi].func?;
        match &self.obj(f).kind {
            ObjectKind::Function(fd) => fd.home_object,
            _ => None,
        }
    }

    /// The object `super.x` looks up: [[HomeObject]].[[GetPrototypeOf]]().
    fn super_base(&mut self) -> JsResult<Option<ObjId>> {
        let f = self.frames.last().and_then(|f| f.func);
        let home = f.and_then(|f| match &self.obj(f).kind {
            ObjectKind::Function(fd) => fd.home_object,
            _ => None,
        });
        let Some(h) = home else {
            return Err(self.syntax_error("'super' keyword unexpected here"));
        };
        self.get_prototype_of(h)
    }

    /// GetSuperConstructor (ECMA-262 §13.3.7.2)
    fn super_constructor(&mut self, f: Value) -> JsResult<Value> {
        let Value::Object(fo) = f else {
            return Err(self.syntax_error("'super' keyword unexpected here"));
        };
        let p = self.get_prototype_of(fo)?;
        match p {
            Some(p) if self.is_constructor(Value::Object(p)) => Ok(Value::Object(p)),
            _ => Err(self.type_error("Super constructor is not a constructor")),
        }
    }

    /// OrdinaryFunctionCreate + MakeConstructor as the bytecode needs them.
    pub(crate) fn make_function(&mut self, code: Rc<Code>, env: Option<EnvId>, home: Option<ObjId>) -> ObjId {
        let realm = self.realm;
        let body = code.body;
        let extra = &self.realms[realm as usize].intrinsics.extra;
        let proto = match body {
            BodyKind::Normal => self.realms[realm as usize].intrinsics.function_prototype,
            BodyKind::Generator => extra["%GeneratorFunction.prototype%"],
            BodyKind::Async => extra["%AsyncFunction.prototype%"],
            BodyKind::AsyncGenerator => extra["%AsyncGeneratorFunction.prototype%"],
        };
        let ctor_kind = match code.kind {
            _ if body.suspends() => ConstructorKind::None,
            FunctionKind::Normal if !code.is_arrow => ConstructorKind::Base,
            FunctionKind::ClassConstructor => ConstructorKind::Base,
            FunctionKind::DerivedConstructor => ConstructorKind::Derived,
            _ => ConstructorKind::None,
        };
        let is_class_constructor =
            matches!(code.kind, FunctionKind::ClassConstructor | FunctionKind::DerivedConstructor);
        let length = code.length;
        let name = code.constants[code.name_k as usize];
        let normal = code.kind == FunctionKind::Normal && body == BodyKind::Normal;
        let strict = code.strict;
        let fd =
            FunctionData { code, env, home_object: home, ctor_kind, is_class_constructor, field_init: None, realm };
        // Like V8, sloppy functions carry own (null) `arguments` and `caller` (an extension
        // ECMA-262 §17.1 permits for non-strict functions); constructors and generator
        // functions a `prototype`.
        let sloppy = normal && !strict;
        let generator = matches!(body, BodyKind::Generator | BodyKind::AsyncGenerator);
        let has_prototype = normal || generator;
        let (length, name) = (Packed::new(Value::Number(length as f64)), Packed::new(name));
        let mut values = if sloppy || has_prototype {
            let mut values = self.heap.take_slot_vec(5);
            values.extend([length, name]);
            values
        } else {
            crate::object::property::SlotVec::pair(length, name)
        };
        if sloppy {
            values.extend([Packed::new(Value::Null); 2]);
        }
        if has_prototype {
            values.push(Packed::UNDEFINED);
        }
        let props = PropertyMap::with_shape(self.function_shape(sloppy, has_prototype), values);
        let kind = ObjectKind::Function(self.heap.function_box(fd));
        let f = self.heap.alloc_object(Object::with_parts(Some(proto), kind, props, thin_vec::ThinVec::new()));
        if generator {
            // The prototype of the generator objects: an object inheriting from
            // %GeneratorPrototype% (%AsyncGeneratorPrototype%), without a `constructor`
            // (ECMA-262 §15.5.3 InstantiateGeneratorFunctionObject, §15.6.3).
            let name = if body == BodyKind::Generator { "%GeneratorPrototype%" } else { "%AsyncGeneratorPrototype%" };
            let gp = self.realms[realm as usize].intrinsics.extra[name];
            let p = self.heap.alloc_object(Object::new(Some(gp), ObjectKind::Ordinary));
            self.set_function_prototype_slot(f, p);
        } else if normal {
            // MakeConstructor: a fresh prototype object whose `constructor` is the function.
            let op = self.realms[realm as usize].intrinsics.object_prototype;
            let shape = self.prototype_object_shape();
            let mut slots = self.heap.take_slot_vec(1);
            slots.push(Packed::new(Value::Object(f)));
            let props = PropertyMap::with_shape(shape, slots);
            let object = Object::with_parts(Some(op), ObjectKind::Ordinary, props, thin_vec::ThinVec::new());
            let p = self.heap.alloc_object(object);
            self.set_function_prototype_slot(f, p);
        }
        f
    }

    /// The shape of a function `make_function` creates: `length` and `name`, then (sloppy
    /// ordinary functions) `arguments` and `caller`, then `prototype` — the transitions
    /// adding them one by one would reach, taken once per engine instead of per closure.
    pub(crate) fn function_shape(&mut self, sloppy: bool, has_prototype: bool) -> Rc<crate::object::shape::Shape> {
        let i = (sloppy as usize) * 2 + has_prototype as usize;
        if let Some(s) = &self.function_shapes[i] {
            return s.clone();
        }
        let key = |k| PropertyKey::String(k);
        let mut s = crate::object::shape::Shape::empty().add(key(self.names.length), CONFIGURABLE, false).add(
            key(self.names.name),
            CONFIGURABLE,
            false,
        );
        if sloppy {
            s = s.add(key(self.names.arguments), 0, false).add(key(self.names.caller), 0, false);
        }
        if has_prototype {
            s = s.add(key(self.names.prototype), WRITABLE, false);
        }
        self.function_shapes[i] = Some(s.clone());
        s
    }

    /// The shape of a constructor's fresh `prototype` object: one hidden `constructor`.
    fn prototype_object_shape(&mut self) -> Rc<crate::object::shape::Shape> {
        let constructor = PropertyKey::String(self.names.constructor);
        self.prototype_object_shape
            .get_or_insert_with(|| {
                let shape = crate::object::shape::Shape::empty().add(constructor, HIDDEN, false);
                shape.mark_prototype_lineage();
                shape
            })
            .clone()
    }

    /// Stores `p` in the `prototype` slot (the last) of a function made by `make_function`.
    fn set_function_prototype_slot(&mut self, f: ObjId, p: ObjId) {
        let props = &mut self.heap.obj_mut(f).props;
        let last = props.slot_count() as u32 - 1;
        props.set_value_at(last, Value::Object(p));
    }

    /// ClassDefinitionEvaluation steps 5-18 (constructor/prototype wiring).
    fn make_class(&mut self, code: Rc<Code>, env: Option<EnvId>, heritage: Option<Value>) -> JsResult<(ObjId, ObjId)> {
        let intr = &self.current_realm().intrinsics;
        let (mut proto_parent, mut ctor_parent) = (Some(intr.object_prototype), intr.function_prototype);
        if let Some(h) = heritage {
            match h {
                Value::Null => {
                    proto_parent = None;
                }
                _ if !self.is_constructor(h) => {
                    let d = self.describe(h);
                    return Err(self.type_error(&format!("Class extends value {d} is not a constructor or null")));
                }
                Value::Object(ho) => {
                    let pp = self.get(ho, PropertyKey::String(self.names.prototype), h)?;
                    proto_parent = match pp {
                        Value::Object(p) => Some(p),
                        Value::Null => None,
                        _ => {
                            return Err(self.type_error("Class extends value does not have valid prototype property"));
                        }
                    };
                    ctor_parent = ho;
                }
                _ => unreachable!(),
            }
        }
        let proto = self.heap.alloc_object(Object::new(proto_parent, ObjectKind::Ordinary));
        self.root(Value::Object(proto));
        let f = self.make_function(code, env, Some(proto));
        self.roots.pop();
        self.obj_mut(f).set_proto(Some(ctor_parent));
        self.define_direct(f, PropertyKey::String(self.names.prototype), Value::Object(proto), 0);
        self.define_direct(proto, PropertyKey::String(self.names.constructor), Value::Object(f), HIDDEN);
        Ok((f, proto))
    }

    /// DefineMethodProperty / accessor installation (ECMA-262 §15.4.4, §15.4.5).
    fn define_method(
        &mut self,
        o: ObjId,
        key: PropertyKey,
        f: Value,
        kind: MethodKind,
        enumerable: bool,
    ) -> JsResult<()> {
        let e = if enumerable { ENUMERABLE } else { 0 };
        if let Value::Object(fo) = f {
            let prefix = match kind {
                MethodKind::Getter => Some("get"),
                MethodKind::Setter => Some("set"),
                MethodKind::Method => None,
            };
            let has_name = match self.own_property(fo, PropertyKey::String(self.names.name)) {
                Some(Property { slot: Slot::Data(Value::String(s)), .. }) => !self.heap.str(s).is_empty(),
                _ => false,
            };
            if !has_name || prefix.is_some() {
                self.set_function_name(fo, key, prefix);
            }
        }
        let desc = match kind {
            MethodKind::Method => PropertyDescriptor::data(f, WRITABLE | CONFIGURABLE | e),
            MethodKind::Getter => PropertyDescriptor {
                get: Some(f),
                enumerable: Some(enumerable),
                configurable: Some(true),
                ..Default::default()
            },
            MethodKind::Setter => PropertyDescriptor {
                set: Some(f),
                enumerable: Some(enumerable),
                configurable: Some(true),
                ..Default::default()
            },
        };
        self.define_property_or_throw(o, key, desc)
    }

    /// SetFunctionName (ECMA-262 §10.2.9)
    pub fn set_function_name(&mut self, f: ObjId, key: PropertyKey, prefix: Option<&str>) {
        let mut name: Vec<u16> = match key {
            PropertyKey::Index(i) => i.to_string().encode_utf16().collect(),
            PropertyKey::String(s) => self.heap.str(s).to_vec(),
            PropertyKey::Symbol(s) => {
                let sym = self.heap.sym(s);
                let private = sym.private;
                match sym.description {
                    Some(d) if private => self.heap.str(d).to_vec(),
                    Some(d) => {
                        let mut v: Vec<u16> = "[".encode_utf16().collect();
                        v.extend_from_slice(self.heap.str(d));
                        v.push(b']' as u16);
                        v
                    }
                    None => Vec::new(),
                }
            }
        };
        if let Some(p) = prefix {
            let mut v: Vec<u16> = p.encode_utf16().collect();
            v.push(b' ' as u16);
            v.extend(name);
            name = v;
        }
        let s = Value::String(self.heap.alloc_string(name));
        self.define_direct(f, PropertyKey::String(self.names.name), s, CONFIGURABLE);
    }

    /// The shape of an arguments object (CreateMappedArgumentsObject when `mapped`, else
    /// CreateUnmappedArgumentsObject, ECMA-262 §10.4.4.6-7).
    fn arguments_shape(&mut self, mapped: bool) -> Rc<crate::object::shape::Shape> {
        if let Some(s) = &self.arguments_shapes[mapped as usize] {
            return s.clone();
        }
        let (length, iterator, callee) = (
            PropertyKey::String(self.names.length),
            PropertyKey::Symbol(self.sym.iterator),
            PropertyKey::String(self.names.callee),
        );
        let s = crate::object::shape::Shape::empty().add(length, HIDDEN, false).add(iterator, HIDDEN, false);
        let s = if mapped { s.add(callee, HIDDEN, false) } else { s.add(callee, 0, true) };
        self.arguments_shapes[mapped as usize] = Some(s.clone());
        s
    }

    /// Creates an arguments object for frame `fi` (ECMA-262 §10.4.4.6/7).
    fn create_arguments(&mut self, fi: usize, env: Option<EnvId>, mapped: bool) -> Value {
        let f = &self.frames[fi];
        let base = f.base as usize;
        let nregs = f.code.nregs as usize;
        let nparams = f.code.nparams as usize;
        let argc = f.argc as usize;
        let func = f.func;
        let mut vals = thin_vec::ThinVec::with_capacity(argc);
        for i in 0..argc {
            vals.push(if i < nparams { self.regs.at(base + i) } else { self.regs.at(base + nregs + i - nparams) });
        }
        let intr = &self.current_realm().intrinsics;
        let proto = intr.object_prototype;
        let thrower = intr.throw_type_error;
        let values_fn = intr.array_values;
        // The parameter map (ECMA-262 §10.4.4.7 CreateMappedArgumentsObject steps 15-17)
        // up to its last mapped index: with none (no formal parameters, or fewer arguments
        // than the first parameter needs), the object's exotic methods find nothing to map
        // and behave as an ordinary object's, so none is made (`f.apply(this, arguments)`
        // in a constructor without parameters makes one per call).
        let mapped_len =
            if mapped { (0..argc).rposition(|i| f.code.mapped_argument(i).is_some()).map_or(0, |i| i + 1) } else { 0 };
        let kind = match env {
            Some(e) if mapped_len > 0 => {
                let map: Vec<Option<u32>> = (0..mapped_len).map(|i| f.code.mapped_argument(i)).collect();
                ObjectKind::Arguments(Some(Box::new(crate::object::MappedArguments { env: e, map })))
            }
            _ => ObjectKind::Arguments(None),
        };
        // The own properties every arguments object gets, in the spec's order: `length`,
        // `@@iterator` and `callee` (a data property when mapped, %ThrowTypeError% as
        // getter and setter when not), laid out by a shape made once.
        let shape = self.arguments_shape(mapped);
        let length = Value::Number(argc as f64);
        let values = if mapped {
            // Only function frames create arguments objects, so `func` is always there.
            [length, Value::Object(values_fn), func.map_or(Value::Undefined, Value::Object)]
                .map(Packed::new)
                .into_iter()
                .collect()
        } else {
            [length, Value::Object(values_fn), Value::Object(thrower), Value::Object(thrower)]
                .map(Packed::new)
                .into_iter()
                .collect()
        };
        let a =
            self.heap.alloc_object(Object::with_parts(Some(proto), kind, PropertyMap::with_shape(shape, values), vals));
        Value::Object(a)
    }
}

/// `p op q` for a comparison operator on numbers (ECMA-262 §7.2.13 IsLessThan and
/// §6.1.6.1.13 Number::equal: NaN compares false, +0 equals -0; loose and strict equality
/// agree on two numbers).
#[inline]
fn compare_numbers(op: BinOp, p: f64, q: f64) -> bool {
    match op {
        BinOp::Lt => p < q,
        BinOp::Le => p <= q,
        BinOp::Gt => p > q,
        BinOp::Ge => p >= q,
        BinOp::Eq | BinOp::StrictEq => p == q,
        BinOp::Ne | BinOp::StrictNe => p != q,
        // The compiler fuses only the operators above into a compare-and-branch.
        _ => false,
    }
}

/// The binary operators whose result on two numbers needs no further work (Number::add,
/// ::subtract, … of ECMA-262 §6.1.6.1); None for the others.
#[inline]
fn numeric_binary(op: BinOp, p: f64, q: f64) -> Option<Value> {
    Some(match op {
        BinOp::Add => Value::Number(p + q),
        BinOp::Sub => Value::Number(p - q),
        BinOp::Mul => Value::Number(p * q),
        BinOp::Div => Value::Number(p / q),
        BinOp::Lt => Value::Bool(p < q),
        BinOp::Le => Value::Bool(p <= q),
        BinOp::Gt => Value::Bool(p > q),
        BinOp::Ge => Value::Bool(p >= q),
        BinOp::StrictEq | BinOp::Eq => Value::Bool(p == q),
        BinOp::StrictNe | BinOp::Ne => Value::Bool(p != q),
        BinOp::BitOr => Value::Number((to_int32(p) | to_int32(q)) as f64),
        BinOp::BitAnd => Value::Number((to_int32(p) & to_int32(q)) as f64),
        BinOp::BitXor => Value::Number((to_int32(p) ^ to_int32(q)) as f64),
        BinOp::Shl => Value::Number(to_int32(p).wrapping_shl(to_uint32(q) & 31) as f64),
        BinOp::Shr => Value::Number((to_int32(p) >> (to_uint32(q) & 31)) as f64),
        BinOp::UShr => Value::Number((to_uint32(p) >> (to_uint32(q) & 31)) as f64),
        BinOp::Mod => Value::Number(super::ops::js_rem(p, q)),
        _ => return None,
    })
}
