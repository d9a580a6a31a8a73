//! Call(F, thisArgument, args) repeated from a native loop (ECMA-262 §7.3.14): a callback
//! of `forEach`, `map`, `filter`, `reduce`, ... or a sort comparator, called once per
//! element with the same function and receiver.
//!
//! What `Vm::call` works out on every call — what kind of callee F is, whether it is a
//! class constructor, its code, environment and realm, and OrdinaryCallBindThis's
//! receiver (§10.2.1.2) — is worked out once, and each call pushes the frame straight
//! away. Only what cannot change between calls is kept: a function's code, environment,
//! realm and [[ThisMode]] are fixed when it is created. Where binding `this` is itself
//! observable per call (a sloppy function given a primitive receiver gets a new wrapper
//! object each time, ToObject in step 6.b), the call goes through `Vm::call` every time, as
//! it does for every callee that is not an ordinary function.

use super::calls::this_mode;
use super::{JsResult, MAX_NATIVE_DEPTH, Vm};
use crate::bytecode::Code;
use crate::object::{ObjectKind, ThisMode};
use crate::value::{EnvId, ObjId, Packed, Value};
use std::rc::Rc;

/// A callee prepared for repeated calls with one receiver ([`Vm::prepare_call`]). The
/// caller keeps the function and the receiver alive (they are its own arguments).
pub struct PreparedCall(Prepared);

enum Prepared {
    /// An ordinary function whose receiver binds the same way every time.
    Function { code: Rc<Code>, func: ObjId, env: Option<EnvId>, realm: u32, this: Packed },
    /// Everything else: `Vm::call` each time.
    General { f: Value, this: Value },
}

impl Vm {
    /// Prepares `f` for repeated calls with receiver `this`. Nothing observable happens
    /// here: a callee that is not callable throws when it is called, as through `Vm::call`.
    pub fn prepare_call(&mut self, f: Value, this: Value) -> PreparedCall {
        let general = PreparedCall(Prepared::General { f, this });
        let Value::Object(fo) = f else { return general };
        let ObjectKind::Function(fd) = &self.obj(fo).kind else { return general };
        // Class constructors throw when called: the general path throws it each time.
        if fd.is_class_constructor {
            return general;
        }
        let (code, env, realm) = (fd.code.clone(), fd.env, fd.realm);
        let mode = this_mode(&code);
        if mode == ThisMode::Global && !this.is_nullish() && !this.is_object() {
            return general;
        }
        // OrdinaryCallBindThis without ToObject (excluded above) binds without effects and
        // cannot fail.
        let Ok(this) = self.bind_this_packed(mode, Packed::new(this), realm) else { return general };
        PreparedCall(Prepared::Function { code, func: fo, env, realm, this })
    }

    /// Calls a prepared callee with `args`: for an ordinary function, its frame is pushed
    /// with the arguments written straight into its registers and run to completion.
    #[inline]
    pub fn call_prepared<const N: usize>(&mut self, p: &PreparedCall, args: [Value; N]) -> JsResult<Value> {
        self.call_prepared_packed(p, args.map(Packed::new)).map(Packed::get)
    }

    /// [`call_prepared`](Self::call_prepared) with the arguments and the result as registers
    /// hold them (an element read from dense storage needs no unpacking and repacking on the
    /// way, and a result of one word reaches the caller without a store-forwarding stall).
    #[inline]
    pub fn call_prepared_packed<const N: usize>(&mut self, p: &PreparedCall, args: [Packed; N]) -> JsResult<Packed> {
        let Prepared::Function { code, func, env, realm, this } = &p.0 else {
            let Prepared::General { f, this } = p.0 else { unreachable!() };
            return self.call(f, this, &args.map(Packed::get)).map(Packed::new);
        };
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(self.stack_overflow());
        }
        let depth = self.frames.len();
        let base = self.open_window(code, N)?;
        self.write_args(base, code, args);
        self.enter_frame(code.clone(), base, Some(*func), *this, Packed::UNDEFINED, *env, N, u32::MAX, false, *realm);
        self.run_entered_frame(depth)
    }
}
