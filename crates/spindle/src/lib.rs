//! Spindle: a JavaScript engine built around JavaScript's asynchronous execution model.
//!
//! The crate is the engine only (no event loop, no I/O): compile and run scripts, drive the
//! job queue, and embed through [`Vm`].

#![forbid(unsafe_code)]

pub mod binary;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod hash;
pub mod heap;
pub mod jobs;
pub mod module;
pub mod object;
pub mod realm;
pub mod structured_clone;
pub mod trace;
pub mod value;
pub mod vm;

pub use compiler::CompileError;
pub use value::Value;
pub use vm::{JsResult, Output, ScriptError, Stream, Vm, VmOptions};
