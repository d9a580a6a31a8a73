//! Creating error objects (ECMA-262 §20.5) and capturing V8-style stack traces.

use super::Vm;
use crate::object::property::{HIDDEN, PropertyKey};
use crate::object::{Object, ObjectKind};
use crate::value::{ObjId, Value};

/// The native error types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorType {
    Error,
    TypeError,
    RangeError,
    ReferenceError,
    SyntaxError,
    EvalError,
    URIError,
}

impl Vm {
    /// Creates an error object of `ty` in the current realm with `msg` and a stack.
    pub fn make_error(&mut self, ty: ErrorType, msg: &str) -> ObjId {
        let realm = &self.realms[self.realm as usize].intrinsics;
        let proto = match ty {
            ErrorType::Error => realm.error_prototype,
            ErrorType::TypeError => realm.type_error_prototype,
            ErrorType::RangeError => realm.range_error_prototype,
            ErrorType::ReferenceError => realm.reference_error_prototype,
            ErrorType::SyntaxError => realm.syntax_error_prototype,
            ErrorType::EvalError => realm.eval_error_prototype,
            ErrorType::URIError => realm.uri_error_prototype,
        };
        let o = self.heap.alloc_object(Object::new(Some(proto), ObjectKind::Error));
        let m = self.string(msg);
        self.define_direct(o, PropertyKey::String(self.names.message), m, HIDDEN);
        self.attach_stack(o);
        o
    }

    /// Installs the `stack` property: "Name: message\n    at ..." from the live frames.
    pub fn attach_stack(&mut self, o: ObjId) {
        let header = self.error_header(o);
        let mut s = header;
        s.push_str(&self.stack_trace());
        let v = self.string(&s);
        self.define_direct(o, PropertyKey::String(self.names.stack), v, HIDDEN);
    }

    /// "Name: message" of an error object read without side effects.
    fn error_header(&mut self, o: ObjId) -> String {
        let name = self.peek_string_prop(o, self.names.name).unwrap_or_else(|| "Error".into());
        let msg = self.peek_string_prop(o, self.names.message).unwrap_or_default();
        if msg.is_empty() { name } else { format!("{name}: {msg}") }
    }

    /// Reads a string data property along the prototype chain without calling getters.
    pub fn peek_string_prop(&self, o: ObjId, key: crate::value::StrId) -> Option<String> {
        let mut cur = Some(o);
        while let Some(c) = cur {
            if let Some(p) = self.own_property(c, PropertyKey::String(key)) {
                return match p.slot {
                    crate::object::Slot::Data(Value::String(s)) => Some(self.rust_string(s)),
                    _ => None,
                };
            }
            cur = self.obj(c).proto;
        }
        None
    }

    /// "\n    at f (file:line:col)" lines for the active frames, innermost first.
    pub fn stack_trace(&self) -> String {
        let mut out = String::new();
        for (n, f) in self.frames.iter().rev().enumerate() {
            if n >= 10 {
                break;
            }
            let pc = if n == 0 { f.pc } else { f.pc.saturating_sub(1) };
            let (line, col) = f.code.position(pc).unwrap_or((0, 0));
            let loc = format!("{}:{}:{}", f.code.file, line, col);
            let name = &f.code.name;
            if name.is_empty() {
                match f.code.kind {
                    crate::bytecode::FunctionKind::Script | crate::bytecode::FunctionKind::Eval => {
                        out.push_str(&format!("\n    at {loc}"));
                    }
                    _ => out.push_str(&format!("\n    at <anonymous> ({loc})")),
                }
            } else {
                let prefix = if f.construct { "new " } else { "" };
                out.push_str(&format!("\n    at {prefix}{name} ({loc})"));
            }
        }
        self.async_stack_trace(&mut out, self.frames.len().min(10));
        out
    }

    /// The `at async f (file:line:col)` lines V8 adds after the live frames: starting from
    /// the promise of the outermost async function running in this job, each async function
    /// suspended in an `await` of that promise, then the one awaiting its promise, and so on.
    fn async_stack_trace(&self, out: &mut String, mut lines: usize) {
        use crate::jobs::Handler;
        let mut promise = self.async_stack.first().copied();
        while let Some(p) = promise
            && lines < 10
        {
            promise = None;
            let ObjectKind::Promise(d) = &self.obj(p).kind else { break };
            for r in &d.reactions {
                // An async function's Await, or an async generator's (whose own callers
                // await the promise of its front request).
                let generator = match r.on_fulfilled {
                    Handler::Await { generator, .. } => generator,
                    Handler::AsyncGenerator { generator, step: crate::jobs::AsyncGeneratorStep::Await } => generator,
                    _ => continue,
                };
                let ObjectKind::Generator(g) = &self.obj(generator).kind else { continue };
                let Some(frame) = &g.frame else { continue };
                let next = match r.on_fulfilled {
                    Handler::Await { promise, .. } => promise,
                    _ => match g.async_slots.as_ref().and_then(|s| s.queue.front()) {
                        Some(request) => request.promise,
                        None => continue,
                    },
                };
                // A `yield*` re-runs its own instruction; other suspensions resume after it.
                let pc = if frame.resume == crate::object::ResumePoint::YieldStar {
                    frame.pc
                } else {
                    frame.pc.saturating_sub(1)
                };
                let (line, col) = frame.code.position(pc).unwrap_or((0, 0));
                let name = if frame.code.name.is_empty() { "<anonymous>" } else { frame.code.name.as_str() };
                out.push_str(&format!("\n    at async {name} ({}:{line}:{col})", frame.code.file));
                lines += 1;
                promise = Some(next);
                break;
            }
        }
    }

    pub fn error_value(&mut self, ty: ErrorType, msg: &str) -> Value {
        Value::Object(self.make_error(ty, msg))
    }
    pub fn type_error(&mut self, msg: &str) -> Value {
        self.error_value(ErrorType::TypeError, msg)
    }
    pub fn range_error(&mut self, msg: &str) -> Value {
        self.error_value(ErrorType::RangeError, msg)
    }
    pub fn reference_error(&mut self, msg: &str) -> Value {
        self.error_value(ErrorType::ReferenceError, msg)
    }
    pub fn syntax_error(&mut self, msg: &str) -> Value {
        self.error_value(ErrorType::SyntaxError, msg)
    }

    /// Short description of a value for error messages ("undefined", "[object Object]"...).
    pub fn describe(&self, v: Value) -> String {
        match v {
            Value::Undefined | Value::Empty | Value::Env(_) => "undefined".into(),
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => crate::value::number::number_to_string(n),
            Value::BigInt(b) => format!("{}n", self.bigint_to_string(b, 10)),
            Value::String(s) => format!("\"{}\"", self.rust_string(s)),
            Value::Symbol(s) => {
                let d = self.heap.sym(s).description.map(|d| self.rust_string(d)).unwrap_or_default();
                format!("Symbol({d})")
            }
            Value::Object(o) => {
                if self.obj(o).is_callable() {
                    let n = self.peek_string_prop(o, self.names.name).unwrap_or_default();
                    if n.is_empty() { "function".into() } else { n }
                } else if self.obj(o).is_array() {
                    "array".into()
                } else {
                    "#<Object>".into()
                }
            }
        }
    }
}
