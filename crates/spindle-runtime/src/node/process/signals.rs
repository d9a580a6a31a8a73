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

/// The conventional exit status of a process ended by `name` (128 + its number).
pub fn exit_status(name: &str) -> i32 {
    128 + match name {
        "SIGHUP" => 1,
        "SIGINT" => 2,
        "SIGTERM" => 15,
        "SIGUSR1" => 10,
        "SIGUSR2" => 12,
        "SIGWINCH" => 28,
        _ => 0,
    }
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
