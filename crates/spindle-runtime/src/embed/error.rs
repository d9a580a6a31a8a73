//! Errors crossing the boundary: a JavaScript exception as a Rust value ([`JsError`]) and
//! the ways a run can end ([`Error`]).

use super::value::Global;
use crate::Outcome;
use spindle::Value;
use spindle::vm::{ErrorType, Vm};
use std::fmt;
use std::time::Duration;

/// A JavaScript exception on the Rust side: its `name`, `message` and `stack` read when it
/// crossed, and the thrown value itself (absent for an error made in Rust that has not
/// been thrown yet). Returned by a host function, it is thrown into JavaScript: the same
/// value if it came from there, else a new error of the named type.
#[derive(Clone)]
pub struct JsError {
    pub name: String,
    pub message: String,
    /// V8's `err.stack`: `Name: message` and a line per frame (empty for a thrown
    /// primitive).
    pub stack: String,
    value: Option<Global>,
}

impl JsError {
    /// An `Error` with `message`, to throw from a host function.
    pub fn new(message: impl Into<String>) -> JsError {
        JsError::named("Error", message)
    }

    /// A `TypeError` with `message`.
    pub fn type_error(message: impl Into<String>) -> JsError {
        JsError::named("TypeError", message)
    }

    /// A `RangeError` with `message`.
    pub fn range_error(message: impl Into<String>) -> JsError {
        JsError::named("RangeError", message)
    }

    /// An error of a built-in type (`Error`, `TypeError`, `RangeError`, `ReferenceError`,
    /// `SyntaxError`, `EvalError`, `URIError`; another name makes an `Error` with that
    /// `name`).
    pub fn named(name: impl Into<String>, message: impl Into<String>) -> JsError {
        JsError { name: name.into(), message: message.into(), stack: String::new(), value: None }
    }

    /// The thrown value, if it came from JavaScript.
    pub fn value(&self) -> Option<&Global> {
        self.value.as_ref()
    }

    /// Reads a thrown value: an object's `name`, `message` and `stack` as data properties
    /// (getters are not run; a stack captured but not formatted yet is formatted, as
    /// reading `err.stack` would), a primitive as `console.log` shows it.
    pub fn from_thrown(vm: &mut Vm, thrown: Value) -> JsError {
        let value = Some(Global::new(vm, thrown));
        let Value::Object(o) = thrown else {
            let message = spindle::builtins::inspect::inspect(vm, thrown);
            return JsError { name: String::new(), stack: format!("Uncaught {message}"), message, value };
        };
        let n = vm.names;
        // A formatting that throws leaves the stack unread.
        let _ = vm.resolve_lazy_value(o, spindle::object::PropertyKey::String(n.stack));
        let name = vm.peek_string_prop(o, n.name).unwrap_or_default();
        let message = vm.peek_string_prop(o, n.message).unwrap_or_default();
        let stack = vm.peek_string_prop(o, n.stack).unwrap_or_default();
        JsError { name, message, stack, value }
    }

    /// The value to throw: the original exception, or a new error of this one's type.
    pub fn into_thrown(self, vm: &mut Vm) -> Value {
        if let Some(v) = self.value.as_ref().and_then(|g| g.value(vm).ok()) {
            return v;
        }
        let ty = match self.name.as_str() {
            "TypeError" => ErrorType::TypeError,
            "RangeError" => ErrorType::RangeError,
            "ReferenceError" => ErrorType::ReferenceError,
            "SyntaxError" => ErrorType::SyntaxError,
            "EvalError" => ErrorType::EvalError,
            "URIError" => ErrorType::URIError,
            _ => ErrorType::Error,
        };
        let error = vm.make_error(ty, &self.message);
        if !matches!(self.name.as_str(), "Error" | "") && ty == ErrorType::Error {
            let name = vm.string(&self.name);
            let key = spindle::object::PropertyKey::String(vm.names.name);
            vm.define_direct(error, key, name, spindle::object::property::HIDDEN);
        }
        Value::Object(error)
    }
}

impl fmt::Display for JsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.stack.is_empty() {
            return f.write_str(&self.stack);
        }
        match (self.name.is_empty(), self.message.is_empty()) {
            (true, _) => f.write_str(&self.message),
            (false, true) => f.write_str(&self.name),
            (false, false) => write!(f, "{}: {}", self.name, self.message),
        }
    }
}

impl fmt::Debug for JsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JsError")
            .field("name", &self.name)
            .field("message", &self.message)
            .field("stack", &self.stack)
            .finish()
    }
}

impl std::error::Error for JsError {}

/// Why a call into the runtime did not give a value.
#[derive(Clone, Debug)]
pub enum Error {
    /// An exception: thrown by the code the call ran, or uncaught in a callback the event
    /// loop ran (with no `uncaughtException` listener to take it).
    Js(JsError),
    /// A promise rejected with no handler, reported at a microtask checkpoint (Node's
    /// default `--unhandled-rejections=throw`).
    UnhandledRejection(JsError),
    /// The source does not parse: the report as the CLI prints it (`file:line:col`, the
    /// line, `SyntaxError: …`).
    Syntax(String),
    /// `process.exit(code)`, or the loop ended with `process.exitCode` set.
    Exit(i32),
    /// The deadline (`RuntimeOptions::timeout`) passed.
    TimedOut(Duration),
    /// [`RuntimeHandle::interrupt`](super::RuntimeHandle::interrupt) stopped the code; the
    /// runtime can be used again.
    Interrupted,
    /// A promise awaited from Rust can no longer settle: the event loop has nothing left
    /// that could settle it.
    PromiseNeverSettles,
    /// The main module's top-level `await` never settled (Node exits with 13).
    UnsettledTopLevelAwait,
    /// A fatal engine condition (the heap limit), or the loop polled outside tokio.
    Fatal(String),
}

impl Error {
    /// The error a run's outcome is, given the exception value the loop kept.
    pub(crate) fn from_outcome(outcome: Outcome, vm: &mut Vm, uncaught: Option<Value>) -> Option<Error> {
        let js = |vm: &mut Vm, text: String| match uncaught {
            Some(v) => JsError::from_thrown(vm, v),
            None => JsError { name: String::new(), message: text.clone(), stack: text, value: None },
        };
        Some(match outcome {
            Outcome::Ok => return None,
            Outcome::SyntaxError(report) => Error::Syntax(report),
            Outcome::Uncaught(text) => Error::Js(js(vm, text)),
            Outcome::UnhandledRejection(text) => Error::UnhandledRejection(js(vm, text)),
            Outcome::Fatal(reason) if reason == spindle::vm::INTERRUPTED => Error::Interrupted,
            Outcome::Fatal(reason) => Error::Fatal(reason),
            Outcome::TimedOut(limit) => Error::TimedOut(limit),
            Outcome::UnsettledTopLevelAwait => Error::UnsettledTopLevelAwait,
            Outcome::Exit(code) => Error::Exit(code),
        })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Js(e) => write!(f, "Uncaught {e}"),
            Error::UnhandledRejection(e) => write!(f, "Uncaught (in promise) {e}"),
            Error::Syntax(report) => f.write_str(report),
            Error::Exit(code) => write!(f, "the script exited with code {code}"),
            Error::TimedOut(limit) => write!(f, "timed out after {limit:?}"),
            Error::Interrupted => f.write_str("execution interrupted"),
            Error::PromiseNeverSettles => {
                f.write_str("the promise can never settle: the event loop has nothing left to run")
            }
            Error::UnsettledTopLevelAwait => f.write_str("the module's top-level await never settled"),
            Error::Fatal(reason) => f.write_str(reason),
        }
    }
}

impl std::error::Error for Error {}

impl From<JsError> for Error {
    fn from(e: JsError) -> Error {
        Error::Js(e)
    }
}
