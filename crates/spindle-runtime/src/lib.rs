//! The Spindle host runtime: the event loop (on tokio's current-thread runtime), timers,
//! `queueMicrotask`, unhandled-rejection reporting, and the runtime's side of the
//! engine/host boundary (`spindle::jobs::Host`).
//!
//! The loop follows Node: run the script, drain the microtask queue, then repeatedly take
//! the next due timer, run it and drain the microtasks again, sleeping (without using CPU)
//! until the next timer is due, until no referenced timer is left.

#![forbid(unsafe_code)]

mod event_loop;
mod host;
mod timers;

pub use event_loop::{EventLoop, new_engine};
pub use host::RuntimeHost;

use spindle::Value;
use spindle::builtins::inspect::inspect;
use spindle::vm::{Vm, VmOptions};

/// How a script run ended.
pub enum Outcome {
    Ok,
    /// A syntax error, already formatted for the terminal.
    SyntaxError(String),
    /// An uncaught exception, formatted as `Uncaught Name: message` plus stack.
    Uncaught(String),
    /// A fatal engine condition (heap limit, time limit).
    Fatal(String),
    /// The loop finished, but unhandled rejections were reported on stderr (exit 1).
    UnhandledRejections,
}

/// Formats an uncaught exception like V8: `Uncaught TypeError: msg` followed by the stack.
pub fn describe_uncaught(vm: &mut Vm, v: Value) -> String {
    format!("Uncaught {}", describe_thrown(vm, v))
}

/// An error's stack (or `Name: message`), or any other value as console.log shows it.
pub fn describe_thrown(vm: &mut Vm, v: Value) -> String {
    if let Value::Object(o) = v {
        let is_error = matches!(vm.obj(o).kind, spindle::object::ObjectKind::Error);
        if is_error {
            let stack = vm.peek_string_prop(o, vm.names.stack);
            if let Some(s) = stack
                && !s.is_empty()
            {
                return s;
            }
            let name = vm.peek_string_prop(o, vm.names.name).unwrap_or_else(|| "Error".into());
            let msg = vm.peek_string_prop(o, vm.names.message).unwrap_or_default();
            return if msg.is_empty() { name } else { format!("{name}: {msg}") };
        }
    }
    inspect(vm, v)
}

/// Runs `source` as the main script of a fresh engine and its event loop, on a
/// current-thread tokio runtime of its own.
pub fn run_script(source: &str, file: &str, options: VmOptions) -> Outcome {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_time().build() {
        Ok(rt) => rt,
        Err(e) => return Outcome::Fatal(format!("cannot start the event loop: {e}")),
    };
    runtime.block_on(async {
        let mut lp = EventLoop::new(new_engine(options));
        lp.run_main(source, file).await
    })
}
