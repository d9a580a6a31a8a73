//! Creating error objects (ECMA-262 §20.5) and capturing V8-style stack traces.

use super::{JsResult, Vm};
use crate::object::property::{HIDDEN, LAZY_VALUE, Property, PropertyKey};
use crate::object::{Object, ObjectKind, Slot};
use crate::value::{ObjId, Value};

/// The use of a value a TypeError reports (`Vm::operand_name`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OperandUse {
    /// `… is not a function`
    Call,
    /// `… is not a constructor`
    Construct,
    /// `… is not iterable`
    Iterate,
}

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
        // `stack` first: V8's error maps start with it, so it is the first own key.
        self.attach_stack(o);
        let m = self.string(msg);
        self.define_direct(o, PropertyKey::String(self.names.message), m, HIDDEN);
        o
    }

    /// Captures the current stack into `o` (V8's Isolate::CaptureAndSetErrorStack with
    /// FrameSkipMode SKIP_FIRST: the native frame of the caller is not a bytecode frame
    /// here, so nothing is skipped). See [`Vm::attach_stack_skipping`].
    pub fn attach_stack(&mut self, o: ObjId) {
        self.attach_stack_skipping(o, None);
    }

    /// Installs the `stack` property as V8 does: the frames are captured now, the string is
    /// formatted on first read (V8's error_stack accessor, ErrorUtils::GetFormattedStack,
    /// src/execution/messages.cc), so a `name` or `message` set by a subclass constructor
    /// after `super()` appears in its first line. The property is an ordinary writable,
    /// non-enumerable, configurable data property flagged [`LAZY_VALUE`] until then; its
    /// value meanwhile is the frames text ("\n    at ..." lines).
    ///
    /// `until` is V8's SKIP_UNTIL_SEEN caller (`new.target` of an Error constructor that is
    /// an ECMAScript function, or captureStackTrace's second argument): frames are dropped up
    /// to and including the first one running that function, all of them if none does.
    pub fn attach_stack_skipping(&mut self, o: ObjId, until: Option<ObjId>) {
        let frames = self.stack_trace_skipping(until);
        let v = self.string(&frames);
        self.store_property(o, PropertyKey::String(self.names.stack), Property::data(v, HIDDEN | LAZY_VALUE));
    }

    /// Formats a lazily captured `stack` (an own data property of `holder` flagged
    /// [`LAZY_VALUE`] whose value is `frames`) and stores the result in its place. Node
    /// installs the formatter V8 calls here (lib/internal/errors.js
    /// defaultPrepareStackTrace): `ErrorPrototypeToString(error)` followed by the frames.
    /// An exception from a `name`/`message` getter propagates and leaves the stack unformatted.
    pub(crate) fn format_lazy_stack(&mut self, holder: ObjId, key: PropertyKey, frames: Value) -> JsResult<Value> {
        let mark = self.roots.len();
        self.roots.push(frames);
        self.roots.push(Value::Object(holder));
        let header = crate::builtins::error::error_to_string_of(self, Value::Object(holder));
        self.roots.truncate(mark);
        let mut units: Vec<u16> = header?.encode_utf16().collect();
        if let Value::String(s) = frames {
            units.extend_from_slice(self.heap.str(s));
        }
        let v = self.string_units(units);
        self.store_lazy_value(holder, key, v);
        Ok(v)
    }

    /// Reads a string data property along the prototype chain without calling getters
    /// (a stack not formatted yet reads as absent).
    pub fn peek_string_prop(&self, o: ObjId, key: crate::value::StrId) -> Option<String> {
        let mut cur = Some(o);
        while let Some(c) = cur {
            if let Some(p) = self.own_property(c, PropertyKey::String(key)) {
                return match p.slot {
                    Slot::Data(Value::String(s)) if p.attrs & LAZY_VALUE == 0 => Some(self.rust_string(s)),
                    _ => None,
                };
            }
            cur = self.obj(c).proto();
        }
        None
    }

    /// "\n    at f (file:line:col)" lines for the active frames, innermost first.
    pub fn stack_trace(&self) -> String {
        self.stack_trace_skipping(None)
    }

    /// The frame lines of a captured stack (V8's CaptureSimpleStackTrace, at most 10 lines
    /// as with the default Error.stackTraceLimit), dropping frames up to and including the
    /// first that runs `until` (V8's StackFrameBuilder::ShouldIncludeFrame for
    /// SKIP_UNTIL_SEEN, which applies to the async frames too).
    pub fn stack_trace_skipping(&self, until: Option<ObjId>) -> String {
        use std::fmt::Write;
        let mut skipping = until;
        // Lines are written straight into the text (a `format!` per part allocated three
        // strings a line).
        let mut out = String::with_capacity(256);
        let mut lines = 0;
        for (n, f) in self.frames.iter().rev().enumerate() {
            if lines >= 10 {
                break;
            }
            if let Some(u) = skipping {
                if f.func == Some(u) {
                    skipping = None;
                }
                continue;
            }
            let pc = if n == 0 { self.top_pc() } else { f.pc().saturating_sub(1) };
            let (line, col) = f.code.position(pc).unwrap_or((0, 0));
            let file = f.code.file();
            let name = f.code.trace_name.get().map_or(&*f.code.name, |n| &**n);
            // Writing into a String cannot fail.
            let _ = if name.is_empty() {
                match f.code.kind {
                    crate::bytecode::FunctionKind::Script
                    | crate::bytecode::FunctionKind::Eval
                    | crate::bytecode::FunctionKind::Module => write!(out, "\n    at {file}:{line}:{col}"),
                    _ => write!(out, "\n    at <anonymous> ({file}:{line}:{col})"),
                }
            } else {
                let prefix = if f.construct { "new " } else { "" };
                write!(out, "\n    at {prefix}{name} ({file}:{line}:{col})")
            };
            lines += 1;
        }
        self.async_stack_trace(&mut out, lines, skipping);
        out
    }

    /// The `at async f (file:line:col)` lines V8 adds after the live frames: starting from
    /// the promise of the outermost async function running in this job, each async function
    /// suspended in an `await` of that promise, then the one awaiting its promise, and so on.
    fn async_stack_trace(&self, out: &mut String, mut lines: usize, mut skipping: Option<ObjId>) {
        use crate::jobs::Handler;
        use std::fmt::Write;
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
                let Some(suspended) = &g.frame else { continue };
                let frame = &suspended.frame;
                let next = match r.on_fulfilled {
                    Handler::Await { promise, .. } => promise,
                    _ => match g.async_slots.as_ref().and_then(|s| s.queue.front()) {
                        Some(request) => request.promise,
                        None => continue,
                    },
                };
                // A `yield*` re-runs its own instruction; other suspensions resume after it.
                let pc = if suspended.resume == crate::object::ResumePoint::YieldStar {
                    frame.pc()
                } else {
                    frame.pc().saturating_sub(1)
                };
                promise = Some(next);
                if let Some(u) = skipping {
                    if frame.func == Some(u) {
                        skipping = None;
                    }
                    break;
                }
                let (line, col) = frame.code.position(pc).unwrap_or((0, 0));
                let name = if frame.code.name.is_empty() { "<anonymous>" } else { &frame.code.name };
                let _ = write!(out, "\n    at async {name} ({}:{line}:{col})", frame.code.file());
                lines += 1;
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

    /// How a TypeError names value `v` that the running instruction uses as `what`: the
    /// expression it came from, printed as V8 prints it (`o.f is not a function`), when the
    /// instruction is that use of that value; else the value's description. A native
    /// calling a callback from inside a `Call` instruction is not that use (the callee
    /// register holds the native), so its errors keep the description.
    pub(crate) fn operand_name(&self, what: OperandUse, v: Value) -> String {
        self.operand_source(what, v).and_then(crate::compiler::call_printer::render).unwrap_or_else(|| self.describe(v))
    }

    /// The TypeError message for GetIterator on `v` (see `operand_name`).
    pub(crate) fn not_iterable_message(&self, v: Value) -> String {
        match self.operand_source(OperandUse::Iterate, v).and_then(crate::compiler::call_printer::not_iterable) {
            Some(m) => m,
            None => format!("{} is not iterable", self.describe(v)),
        }
    }

    /// The source text of the expression whose value `v` the running instruction uses as
    /// `what`, when it is that instruction's use of that value.
    fn operand_source(&self, what: OperandUse, v: Value) -> Option<&str> {
        use crate::bytecode::Op;
        let frame = self.frames.last()?;
        let pc = self.top_pc();
        let reg = match (what, frame.code.ops.get(pc as usize)?) {
            (OperandUse::Call, Op::Call { callee, .. } | Op::CallSpread { callee, .. }) => *callee,
            (OperandUse::Construct, Op::New { callee, .. } | Op::NewSpread { callee, .. }) => *callee,
            (OperandUse::Iterate, Op::GetIterator { src, .. }) => *src,
            _ => return None,
        };
        if self.regs.at(frame.base as usize + reg as usize) != crate::value::Packed::new(v) {
            return None;
        }
        let spans = &frame.code.operand_spans;
        let (_, start, end) = spans[spans.binary_search_by_key(&pc, |s| s.0).ok()?];
        frame.code.source().get(start as usize..end as usize)
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
