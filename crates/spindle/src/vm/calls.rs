//! [[Call]] and [[Construct]] (ECMA-262 §10.2.1, §10.2.2, §10.3, §10.4.1) and frame set-up.
//!
//! JS-to-JS calls from bytecode push a frame and continue in the same interpreter loop;
//! calls from Rust (`Vm::call`) push a frame and run a nested loop until it returns.

use super::{Frame, JsResult, MAX_ARGUMENTS, MAX_NATIVE_DEPTH, MAX_STACK_VALUES, Vm};
use crate::bytecode::{Code, FunctionKind};
use crate::object::property::Property;
use crate::object::{ConstructorKind, NativeCall, Object, ObjectKind, PropertyKey, Slot, ThisMode};
use crate::value::Packed;
use crate::value::{EnvId, ObjId, Value};
use std::rc::Rc;

/// What a callee resolved to.
pub(crate) enum Callee {
    Js { code: Rc<Code>, env: Option<EnvId>, realm: u32, this_mode: ThisMode, class_ctor: bool },
    Native { f: crate::object::NativeFn, realm: u32 },
    Bound { target: ObjId, this: Value, args: Vec<Value> },
    Proxy,
}

impl Vm {
    pub(crate) fn callee_info(&self, f: ObjId) -> Option<Callee> {
        Some(match &self.obj(f).kind {
            ObjectKind::Function(fd) => Callee::Js {
                code: fd.code.clone(),
                env: fd.env,
                realm: fd.realm,
                this_mode: this_mode(&fd.code),
                class_ctor: fd.is_class_constructor,
            },
            ObjectKind::Native { f, realm, .. } => Callee::Native { f: *f, realm: *realm },
            ObjectKind::Bound(b) => Callee::Bound { target: b.target, this: b.this, args: b.args.clone() },
            ObjectKind::Proxy(p) if p.callable => Callee::Proxy,
            _ => return None,
        })
    }

    /// OrdinaryCallBindThis (ECMA-262 §10.2.1.2) on the receiver as registers hold it: a
    /// call from bytecode converts nothing unless a sloppy function gets a primitive.
    #[inline(always)]
    pub(crate) fn bind_this_packed(&mut self, mode: ThisMode, this: Packed, realm: u32) -> JsResult<Packed> {
        match mode {
            ThisMode::Lexical => Ok(Packed::UNDEFINED),
            ThisMode::Strict => Ok(this),
            ThisMode::Global if this.object().is_some() => Ok(this),
            ThisMode::Global if this == Packed::UNDEFINED || this == Packed::NULL => {
                Ok(Packed::from_object(self.realms[realm as usize].global_this))
            }
            ThisMode::Global => Ok(Packed::new(self.bind_this_value(mode, this.get(), realm)?)),
        }
    }

    /// OrdinaryCallBindThis (ECMA-262 §10.2.1.2)
    pub(crate) fn bind_this_value(&mut self, mode: ThisMode, this: Value, realm: u32) -> JsResult<Value> {
        Ok(match mode {
            ThisMode::Lexical => Value::Undefined,
            ThisMode::Strict => this,
            ThisMode::Global => match this {
                Value::Undefined | Value::Null => Value::Object(self.realms[realm as usize].global_this),
                Value::Object(_) => this,
                other => {
                    let saved = self.realm;
                    self.realm = realm;
                    let r = self.to_object(other);
                    self.realm = saved;
                    Value::Object(r?)
                }
            },
        })
    }

    /// Pushes a frame for `code`; args are copied into its parameter registers. Inlined
    /// into its callers: out of line, its ten arguments went through the stack.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub(crate) fn push_frame(
        &mut self,
        code: Rc<Code>,
        func: Option<ObjId>,
        this: Packed,
        new_target: Packed,
        env: Option<EnvId>,
        args: ArgSource,
        ret: u32,
        construct: bool,
        realm: u32,
    ) -> JsResult<()> {
        let argc = args.len();
        let base = self.open_window(&code, argc)?;
        let nparams = code.nparams as usize;
        let nregs = code.nregs as usize;
        match args {
            ArgSource::Regs(start, n) => {
                // Arguments always sit below the new window, in the caller's registers.
                let start = start as usize;
                let params = n.min(nparams);
                self.regs.copy_within(start, params, base);
                if n > params {
                    self.regs.copy_within(start + params, n - params, base + nregs);
                }
            }
            ArgSource::Slice(v) => self.write_args(base, &code, v.iter().map(|&a| Packed::new(a))),
        }
        self.enter_frame(code, base, func, this, new_target, env, argc, ret, construct, realm);
        Ok(())
    }

    /// [`push_frame`](Self::push_frame) for arguments a Rust caller holds: they are written
    /// straight into the new window. Nothing between opening the window and writing them
    /// is a safepoint, so they need no rooting on the way.
    #[allow(clippy::too_many_arguments)]
    fn push_frame_with_values(
        &mut self,
        code: Rc<Code>,
        func: Option<ObjId>,
        this: Value,
        new_target: Value,
        env: Option<EnvId>,
        args: &[Value],
        construct: bool,
        realm: u32,
    ) -> JsResult<()> {
        let base = self.open_window(&code, args.len())?;
        self.write_args(base, &code, args.iter().map(|&a| Packed::new(a)));
        let (this, new_target) = (Packed::new(this), Packed::new(new_target));
        self.enter_frame(code, base, func, this, new_target, env, args.len(), u32::MAX, construct, realm);
        Ok(())
    }

    /// Writes a call's arguments into the window at `base`: the parameters' registers, and
    /// the arguments beyond them above the window (the layout `open_window` made room for).
    #[inline(always)]
    pub(super) fn write_args(&mut self, base: usize, code: &Code, args: impl IntoIterator<Item = Packed>) {
        let (nparams, nregs) = (code.nparams as usize, code.nregs as usize);
        for (i, a) in args.into_iter().enumerate() {
            self.regs.put(if i < nparams { base + i } else { base + nregs + i - nparams }, a);
        }
    }

    /// Grows the register file by `code`'s window plus the arguments beyond its parameters
    /// (all `undefined`) and returns the window's base. The frame count, the register file
    /// and a call's argument count ([`MAX_ARGUMENTS`]) are bounded: huge `apply` argument
    /// lists would otherwise exhaust memory long before the frame limit.
    #[inline(always)]
    pub(super) fn open_window(&mut self, code: &Code, argc: usize) -> JsResult<usize> {
        let base = self.regs.len();
        let top = base + code.nregs as usize + argc.saturating_sub(code.nparams as usize);
        if self.frames.len() >= self.max_frames || top > MAX_STACK_VALUES || argc > MAX_ARGUMENTS {
            return Err(self.stack_overflow());
        }
        self.regs.grow_to(top);
        Ok(base)
    }

    #[cold]
    pub(crate) fn stack_overflow(&mut self) -> Value {
        self.range_error("Maximum call stack size exceeded")
    }

    /// Completes a frame whose window is filled: async bodies get their promise's owner,
    /// and the callee's realm becomes current.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub(super) fn enter_frame(
        &mut self,
        code: Rc<Code>,
        base: usize,
        func: Option<ObjId>,
        this: Packed,
        new_target: Packed,
        env: Option<EnvId>,
        argc: usize,
        ret: u32,
        construct: bool,
        realm: u32,
    ) {
        if code.body == crate::bytecode::BodyKind::Async {
            // EvaluateAsyncFunctionBody: the promise and the owner of the frame exist from the
            // start, so everything that ends the first segment can settle or return it.
            let owner = self.create_async_function_owner(realm);
            self.regs.put(base + code.generator_reg as usize, Packed::new(Value::Object(owner)));
        }
        let caller_realm = self.realm;
        // The closure takes the fields by value: borrowing them, it kept each in a stack
        // slot of its own, stored and read back on every call (fib: 2 % of its instructions).
        self.push_new_frame_record(move || {
            Frame::new(code, 0, base as u32, func, this, new_target, env, ret, argc as u32, construct, caller_realm)
        });
        self.realm = realm;
    }

    /// Runs a fresh frame to completion from Rust.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn run_frame(
        &mut self,
        code: Rc<Code>,
        func: Option<ObjId>,
        this: Value,
        new_target: Value,
        env: Option<EnvId>,
        args: &[Value],
        realm: u32,
    ) -> JsResult<Value> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(self.range_error("Maximum call stack size exceeded"));
        }
        let depth = self.frames.len();
        self.push_frame_with_values(code, func, this, new_target, env, args, false, realm)?;
        self.run_entered_frame(depth).map(Packed::get)
    }

    /// Runs `f` one native level deeper (`native_depth`), on a stack with room for it.
    ///
    /// The Rust stack is measured on every fourth level only: a level takes a few KB (the
    /// interpreter loop's frame is under 3 KB), so three unmeasured levels fit many times
    /// in the 256 KB kept free, and a native loop calling script code at one depth (a sort
    /// comparator, a map callback: millions of calls) pays for no measurement at all.
    /// Natives that recurse in Rust themselves (JSON, inspect, structured clone) measure
    /// their own recursion.
    #[inline(always)]
    pub(crate) fn one_native_level_deeper<R>(&mut self, f: impl FnOnce(&mut Vm) -> R) -> R {
        self.native_depth += 1;
        let r = if self.native_depth.is_multiple_of(4) {
            stacker::maybe_grow(256 << 10, 8 << 20, || f(self))
        } else {
            f(self)
        };
        self.native_depth -= 1;
        r
    }

    /// Runs the frame just pushed above `depth` frames to completion, from Rust; its result
    /// as registers hold it.
    #[inline(always)]
    pub(super) fn run_entered_frame(&mut self, depth: usize) -> JsResult<Packed> {
        self.one_native_level_deeper(|vm| {
            // Entering script code from Rust is a safepoint, like a call from bytecode (the
            // pushed frame roots the callee, receiver and arguments): a native loop calling a
            // function without loops or calls (an iterator's next()) still lets the
            // collector run and the heap limit stop it. Under --gc-stress it collects too, so
            // a host value left unrooted across a call into script code is found.
            if (vm.heap.wants_gc() || vm.options.gc_stress)
                && let Err(e) = vm.safepoint()
            {
                return vm.unwind(e, depth).map(|_| Packed::UNDEFINED);
            }
            vm.run(depth)
        })
    }

    /// Call(F, V, args) from Rust (ECMA-262 §7.3.14).
    pub fn call(&mut self, f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
        let Value::Object(fo) = f else {
            let d = self.describe(f);
            return Err(self.type_error(&format!("{d} is not a function")));
        };
        // An ordinary function (a comparator, a callback) goes straight to its frame.
        if let ObjectKind::Function(fd) = &self.obj(fo).kind
            && !fd.is_class_constructor
        {
            let (code, env, realm) = (fd.code.clone(), fd.env, fd.realm);
            let this = self.bind_this_value(this_mode(&code), this, realm)?;
            return self.run_frame(code, Some(fo), this, Value::Undefined, env, args, realm);
        }
        match self.callee_info(fo) {
            Some(Callee::Js { code, env, realm, this_mode, class_ctor }) => {
                if class_ctor {
                    return Err(self.class_ctor_error(&code, realm));
                }
                let this = self.bind_this_value(this_mode, this, realm)?;
                self.run_frame(code, Some(fo), this, Value::Undefined, env, args, realm)
            }
            Some(Callee::Native { f: nf, realm }) => self.call_native(nf, fo, this, args, None, realm),
            Some(Callee::Bound { target, this: bthis, args: bargs }) => {
                let mut all = bargs;
                all.extend_from_slice(args);
                self.call(Value::Object(target), bthis, &all)
            }
            Some(Callee::Proxy) => self.proxy_call(fo, this, args),
            None => {
                let d = self.describe(f);
                Err(self.type_error(&format!("{d} is not a function")))
            }
        }
    }

    /// The TypeError for calling class constructor `f`, created in `f`'s realm (ECMA-262
    /// §10.2.1 step 2: the error belongs to the callee context).
    pub(crate) fn class_ctor_error(&mut self, code: &Code, realm: u32) -> Value {
        let msg = format!("Class constructor {} cannot be invoked without 'new'", code.name);
        let saved = std::mem::replace(&mut self.realm, realm);
        let e = self.type_error(&msg);
        self.realm = saved;
        e
    }

    /// Invokes a native function with rooting and re-entry bookkeeping.
    pub(crate) fn call_native(
        &mut self,
        f: crate::object::NativeFn,
        callee: ObjId,
        this: Value,
        args: &[Value],
        new_target: Option<ObjId>,
        realm: u32,
    ) -> JsResult<Value> {
        let roots = self.roots.len();
        // Keep arguments alive while the native runs (they may come from a temporary).
        self.roots.extend_from_slice(args);
        self.roots.push(this);
        let r = self.enter_native(f, callee, this, args, new_target, realm);
        self.roots.truncate(roots);
        r
    }

    /// Runs a native whose receiver and arguments are rooted by the caller (a call from
    /// bytecode, whose registers hold them): `call_native` without the rooting. What the
    /// native leaves on the root stack is dropped when it returns, as `call_native` does
    /// (natives root their temporaries there and rely on that).
    #[inline]
    pub(crate) fn enter_native(
        &mut self,
        f: crate::object::NativeFn,
        callee: ObjId,
        this: Value,
        args: &[Value],
        new_target: Option<ObjId>,
        realm: u32,
    ) -> JsResult<Value> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(self.range_error("Maximum call stack size exceeded"));
        }
        let roots = self.roots.len();
        let saved_realm = self.realm;
        self.realm = realm;
        let cx = NativeCall { this, callee, new_target };
        let r = self.one_native_level_deeper(|vm| f(vm, &cx, args));
        self.realm = saved_realm;
        self.roots.truncate(roots);
        r
    }

    /// Construct(F, args, newTarget) (ECMA-262 §7.3.15)
    pub fn construct(&mut self, f: Value, args: &[Value], new_target: Option<Value>) -> JsResult<Value> {
        let nt = new_target.unwrap_or(f);
        let Value::Object(fo) = f else {
            let d = self.describe(f);
            return Err(self.type_error(&format!("{d} is not a constructor")));
        };
        if !self.is_constructor(f) {
            let d = self.describe(f);
            return Err(self.type_error(&format!("{d} is not a constructor")));
        }
        let Value::Object(nto) = nt else {
            return Err(self.type_error("new.target is not an object"));
        };
        match self.callee_info(fo) {
            Some(Callee::Js { code, env, realm, .. }) => {
                let this = self.ordinary_construct_this(fo, nto)?;
                if self.native_depth >= MAX_NATIVE_DEPTH {
                    return Err(self.range_error("Maximum call stack size exceeded"));
                }
                let depth = self.frames.len();
                self.root(this);
                self.push_frame_with_values(code, Some(fo), this, nt, env, args, true, realm)?;
                self.one_native_level_deeper(|vm| vm.run(depth)).map(Packed::get)
            }
            Some(Callee::Native { f: nf, realm }) => self.call_native(nf, fo, Value::Undefined, args, Some(nto), realm),
            Some(Callee::Bound { target, args: bargs, .. }) => {
                let mut all = bargs;
                all.extend_from_slice(args);
                let nt = if nto == fo { Value::Object(target) } else { nt };
                self.construct(Value::Object(target), &all, Some(nt))
            }
            Some(Callee::Proxy) => self.proxy_construct(fo, args, nt),
            None => Err(self.type_error("not a constructor")),
        }
    }

    /// [[Construct]] step 5 (ECMA-262 §10.2.2): a base constructor's `this` is
    /// OrdinaryCreateFromConstructor(newTarget); a derived one starts uninitialized.
    pub(crate) fn ordinary_construct_this(&mut self, f: ObjId, new_target: ObjId) -> JsResult<Value> {
        if matches!(&self.obj(f).kind, ObjectKind::Function(fd) if fd.ctor_kind == ConstructorKind::Derived) {
            return Ok(Value::Empty);
        }
        let proto = self.get_prototype_from_constructor(new_target, |i| i.object_prototype)?;
        Ok(Value::Object(self.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary))))
    }

    /// GetPrototypeFromConstructor (ECMA-262 §10.1.14)
    pub fn get_prototype_from_constructor(
        &mut self,
        ctor: ObjId,
        default: fn(&crate::realm::Intrinsics) -> ObjId,
    ) -> JsResult<ObjId> {
        let p = self.get_prototype_property(ctor)?;
        if let Value::Object(p) = p {
            return Ok(p);
        }
        let realm = self.function_realm(ctor)?;
        Ok(default(&self.realms[realm as usize].intrinsics))
    }

    /// `f.prototype` (a [[Get]]). A function's own data property is read directly: an
    /// ordinary object's [[Get]] finds it first, without the generic walk (`new C()` and
    /// `x instanceof C` ask for it every time).
    pub(crate) fn get_prototype_property(&mut self, f: ObjId) -> JsResult<Value> {
        let o = self.obj(f);
        if matches!(o.kind, ObjectKind::Function(_) | ObjectKind::Native { .. })
            && let Some(Property { slot: Slot::Data(v), .. }) = o.props.get(PropertyKey::String(self.names.prototype))
        {
            return Ok(v);
        }
        self.get(f, PropertyKey::String(self.names.prototype), Value::Object(f))
    }

    /// GetFunctionRealm (ECMA-262 §7.3.24)
    pub fn function_realm(&mut self, f: ObjId) -> JsResult<u32> {
        Ok(match &self.obj(f).kind {
            ObjectKind::Function(fd) => fd.realm,
            ObjectKind::Native { realm, .. } => *realm,
            ObjectKind::Bound(b) => {
                let t = b.target;
                return self.function_realm(t);
            }
            ObjectKind::Proxy(p) => match p.target {
                Some(t) => return self.function_realm(t),
                None => {
                    return Err(self.type_error("Cannot perform 'GetFunctionRealm' on a proxy that has been revoked"));
                }
            },
            _ => self.realm,
        })
    }

    /// The value a construct frame produces for a `Return` (ECMA-262 §10.2.2 steps 10-12).
    pub(crate) fn construct_result(&mut self, frame_this: Value, v: Value, kind: FunctionKind) -> JsResult<Value> {
        if v.is_object() {
            return Ok(v);
        }
        if kind == FunctionKind::DerivedConstructor {
            if !v.is_undefined() {
                return Err(self.type_error("Derived constructors may only return object or undefined"));
            }
            if frame_this == Value::Empty {
                return Err(self.reference_error(
                    "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
                ));
            }
        }
        Ok(frame_this)
    }
}

/// How a call of `code` binds `this` ([[ThisMode]], ECMA-262 §10.2.3 OrdinaryFunctionCreate
/// steps 8-10).
#[inline]
pub(crate) fn this_mode(code: &Code) -> ThisMode {
    if code.is_arrow {
        ThisMode::Lexical
    } else if code.strict {
        ThisMode::Strict
    } else {
        ThisMode::Global
    }
}

/// Where a new frame's arguments come from.
pub(crate) enum ArgSource {
    /// `n` registers starting at absolute index.
    Regs(u32, usize),
    Slice(Vec<Value>),
}

impl ArgSource {
    fn len(&self) -> usize {
        match self {
            ArgSource::Regs(_, n) => *n,
            ArgSource::Slice(v) => v.len(),
        }
    }
}
