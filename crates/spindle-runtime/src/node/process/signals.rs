//! Signal listeners on `process` (Node: lib/internal/process/signal.js): the first
//! `process.on('SIGINT', …)` starts listening for the signal on the loop, removing the last
//! stops. A signal being listened for never keeps the loop alive on its own (Node's signal
//! handles are unreferenced); the loop delivers it as `process.emit(name, name)`.

use crate::host::with_runtime;
use spindle::Value;
use spindle::builtins::arg;
use spindle::object::NativeCall;
use spindle::vm::{JsResult, Vm};
use std::task::{Context, Poll};

/// The signal streams being listened to, by name.
#[derive(Default)]
pub struct Signals {
    #[cfg(unix)]
    streams: Vec<(String, tokio::signal::unix::Signal)>,
    /// Signals received and not yet delivered (a stream was polled while sleeping).
    pub received: Vec<String>,
}

#[cfg(unix)]
fn kind_of(name: &str) -> Option<tokio::signal::unix::SignalKind> {
    use tokio::signal::unix::SignalKind;
    Some(match name {
        "SIGINT" => SignalKind::interrupt(),
        "SIGTERM" => SignalKind::terminate(),
        "SIGHUP" => SignalKind::hangup(),
        "SIGUSR1" => SignalKind::user_defined1(),
        "SIGUSR2" => SignalKind::user_defined2(),
        "SIGWINCH" => SignalKind::window_change(),
        _ => return None,
    })
}

/// The signal numbers (Linux's; Node's `os.constants.signals`).
pub const SIGNAL_NUMBERS: &[(&str, i32)] = &[
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGABRT", 6),
    ("SIGIOT", 6),
    ("SIGBUS", 7),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGUSR1", 10),
    ("SIGSEGV", 11),
    ("SIGUSR2", 12),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGCHLD", 17),
    ("SIGSTKFLT", 16),
    ("SIGCONT", 18),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGURG", 23),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIGVTALRM", 26),
    ("SIGPROF", 27),
    ("SIGWINCH", 28),
    ("SIGIO", 29),
    ("SIGPOLL", 29),
    ("SIGPWR", 30),
    ("SIGSYS", 31),
];

/// The number of signal `name`.
pub fn signal_number(name: &str) -> Option<i32> {
    SIGNAL_NUMBERS.iter().find(|(n, _)| *n == name).map(|&(_, v)| v)
}

/// The conventional exit status of a process ended by `name` (128 + its number).
pub fn exit_status(name: &str) -> i32 {
    128 + signal_number(name).unwrap_or(0)
}

/// `process.kill(pid, signal)` (Node: lib/internal/process/per_thread.js kill): a signal
/// name or number (0 only checks that the process exists); ERR_UNKNOWN_SIGNAL for a name
/// that is none, an errno error (`kill ESRCH`) when the system refuses.
pub fn kill(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let pid_arg = arg(args, 0);
    let pid = vm.to_number(pid_arg)?;
    if !matches!(pid_arg, Value::Number(_) | Value::String(_)) || pid != f64::from(pid as i32) {
        return Err(crate::web::errors::invalid_arg_type(vm, "pid", "number", pid_arg));
    }
    let sig = arg(args, 1);
    let number = match sig {
        Value::Number(n) if n == f64::from(n as i32) => n as i32,
        Value::Undefined | Value::Null => 15,
        Value::String(s) if vm.heap.str(s).is_empty() => 15,
        Value::Bool(false) => 15,
        _ => {
            let name = match sig {
                Value::String(s) => vm.rust_string(s),
                _ => spindle::builtins::inspect::inspect(vm, sig),
            };
            match signal_number(&name) {
                Some(n) => n,
                None => {
                    let message = format!("Unknown signal: {name}");
                    return Err(crate::web::errors::node_error(
                        vm,
                        spindle::vm::ErrorType::TypeError,
                        "ERR_UNKNOWN_SIGNAL",
                        &message,
                    ));
                }
            }
        }
    };
    match send_signal(pid as i32, number) {
        Ok(()) => Ok(Value::Bool(true)),
        Err(errno) => Err(errno_exception(vm, errno, "kill")),
    }
}

#[cfg(unix)]
fn send_signal(pid: i32, number: i32) -> Result<(), i32> {
    use rustix::process::{Pid, Signal};
    const EINVAL: i32 = 22;
    let target = Pid::from_raw(pid.saturating_abs());
    if number == 0 {
        return match target {
            Some(p) if pid > 0 => rustix::process::test_kill_process(p),
            Some(p) => rustix::process::test_kill_process_group(p),
            None => rustix::process::test_kill_current_process_group(),
        }
        .map_err(|e| e.raw_os_error());
    }
    let Some(signal) = Signal::from_named_raw(number) else { return Err(EINVAL) };
    match target {
        Some(p) if pid > 0 => rustix::process::kill_process(p, signal),
        Some(p) => rustix::process::kill_process_group(p, signal),
        None => rustix::process::kill_current_process_group(signal),
    }
    .map_err(|e| e.raw_os_error())
}

#[cfg(not(unix))]
fn send_signal(_pid: i32, _number: i32) -> Result<(), i32> {
    Err(38)
}

/// Node's ErrnoException: `syscall CODE`, with `errno` (negative), `code` and `syscall`.
pub fn errno_exception(vm: &mut Vm, errno: i32, syscall: &str) -> Value {
    let code = match errno {
        1 => "EPERM",
        3 => "ESRCH",
        22 => "EINVAL",
        _ => "EIO",
    };
    let e = vm.make_error(spindle::vm::ErrorType::Error, &format!("{syscall} {code}"));
    let values =
        [("errno", Value::Number(-f64::from(errno))), ("code", vm.string(code)), ("syscall", vm.string(syscall))];
    for (name, v) in values {
        vm.def_value(e, name, v, spindle::object::property::DEFAULT_ATTRS);
    }
    Value::Object(e)
}

/// binding.startSignal(name)
pub fn start_signal(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let name = vm.to_rust_string(arg(args, 0))?;
    #[cfg(unix)]
    with_runtime(vm, |_, h| {
        if h.signals.streams.iter().any(|(n, _)| *n == name) {
            return;
        }
        if let Some(kind) = kind_of(&name)
            && let Ok(stream) = tokio::signal::unix::signal(kind)
        {
            h.signals.streams.push((name, stream));
        }
    });
    #[cfg(not(unix))]
    let _ = name;
    Ok(Value::Undefined)
}

/// binding.stopSignal(name). The operating-system handler stays installed (tokio never
/// removes one), so a signal arriving with no listener ends the process as the default
/// action would (`Signals::poll` reports it).
pub fn stop_signal(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let _name = vm.to_rust_string(arg(args, 0))?;
    Ok(Value::Undefined)
}

impl Signals {
    /// Polls every stream, moving what arrived to `received`; Ready if anything did.
    pub fn poll(&mut self, cx: &mut Context<'_>) -> Poll<()> {
        #[cfg(unix)]
        for (name, stream) in &mut self.streams {
            while let Poll::Ready(Some(())) = stream.poll_recv(cx) {
                self.received.push(name.clone());
            }
        }
        if self.received.is_empty() { Poll::Pending } else { Poll::Ready(()) }
    }

    /// Whether any signal is listened for.
    pub fn is_listening(&self) -> bool {
        #[cfg(unix)]
        return !self.streams.is_empty();
        #[cfg(not(unix))]
        false
    }
}
