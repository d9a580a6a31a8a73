//! The Spindle host runtime: the event loop (tokio current-thread), timers, and the
//! engine/host boundary. The event loop arrives with the promises issue; today the runtime
//! runs a script to completion on the engine and reports uncaught errors.

#![forbid(unsafe_code)]

use spindle::Value;
use spindle::builtins::inspect::inspect;
use spindle::vm::{ScriptError, Vm, VmOptions};

/// How a script run ended.
pub enum Outcome {
    Ok,
    /// A syntax error, already formatted for the terminal.
    SyntaxError(String),
    /// An uncaught exception, formatted as `Uncaught Name: message` plus stack.
    Uncaught(String),
    /// A fatal engine condition (heap limit, time limit).
    Fatal(String),
}

/// Formats an uncaught exception like V8: `Uncaught TypeError: msg` followed by the stack.
pub fn describe_uncaught(vm: &mut Vm, v: Value) -> String {
    if let Value::Object(o) = v {
        let is_error = matches!(vm.obj(o).kind, spindle::object::ObjectKind::Error);
        if is_error {
            let stack = vm.peek_string_prop(o, vm.names.stack);
            if let Some(s) = stack
                && !s.is_empty()
            {
                return format!("Uncaught {s}");
            }
            let name = vm.peek_string_prop(o, vm.names.name).unwrap_or_else(|| "Error".into());
            let msg = vm.peek_string_prop(o, vm.names.message).unwrap_or_default();
            return if msg.is_empty() { format!("Uncaught {name}") } else { format!("Uncaught {name}: {msg}") };
        }
    }
    format!("Uncaught {}", inspect(vm, v))
}

/// Runs `source` as the main script of a fresh engine.
pub fn run_script(source: &str, file: &str, options: VmOptions) -> Outcome {
    let mut vm = Vm::new(options);
    run_in(&mut vm, source, file)
}

/// Runs `source` in an existing engine.
pub fn run_in(vm: &mut Vm, source: &str, file: &str) -> Outcome {
    let mut result = vm.eval_script(source, file);
    // The script is the first job: WeakRef targets it observed may now be collected, and
    // registries the collector queued get their cleanup callbacks.
    vm.clear_kept_objects();
    if result.is_ok() {
        result = vm.run_finalization_cleanups().map(|()| Value::Undefined).map_err(ScriptError::Thrown);
    }
    match result {
        Ok(_) => Outcome::Ok,
        Err(ScriptError::Syntax(e)) => Outcome::SyntaxError(e.to_string()),
        Err(ScriptError::Thrown(v)) => {
            if let Some(reason) = vm.terminating.take() {
                return Outcome::Fatal(reason);
            }
            Outcome::Uncaught(describe_uncaught(vm, v))
        }
    }
}
