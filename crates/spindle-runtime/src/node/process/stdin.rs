//! `process.stdin` (Node: lib/internal/bootstrap/switches/is_main_thread.js getStdin): a
//! readable stream made on first use by `js/internal/process/stdin.js`. The bytes are read
//! by a thread of its own, one chunk per request from the stream, so a consumer that stops
//! asking (a paused stream, a `for await` loop busy elsewhere) stops the reading: stdin is
//! flow-controlled, and only a request in flight keeps the event loop alive.

use crate::host::with_runtime;
use crate::loader::builtins::builtin_exports;
use spindle::Value;
use spindle::binary::ElementType;
use spindle::builtins::arg;
use spindle::builtins::typed_array::new_typed_array;
use spindle::object::NativeCall;
use spindle::object::property::DEFAULT_ATTRS;
use spindle::value::ObjId;
use spindle::vm::{JsResult, Vm};
use std::io::{IsTerminal, Read};
use std::sync::mpsc;

/// The size of one read, as libuv's stream reads.
const CHUNK: usize = 64 * 1024;

/// The reader thread's request channel, once started, and the requests in flight.
pub struct StdinReader {
    requests: Option<mpsc::Sender<()>>,
    in_flight: usize,
    /// Whether the requests in flight keep the loop alive: not after `pause()` (Node's
    /// net.Socket pause stops reading, so a closed readline lets the process end) or
    /// `unref()`.
    refed: bool,
}

impl Default for StdinReader {
    fn default() -> Self {
        StdinReader { requests: None, in_flight: 0, refed: true }
    }
}

/// The terminal's settings before `setRawMode(true)`, restored by `setRawMode(false)` and
/// when the process ends ([`restore_terminal`]).
static SAVED_TERMIOS: std::sync::Mutex<Option<rustix::termios::Termios>> = std::sync::Mutex::new(None);

/// Puts the terminal on stdin back as it was before raw mode (a no-op otherwise).
pub fn restore_terminal() {
    if let Some(saved) = SAVED_TERMIOS.lock().unwrap_or_else(|e| e.into_inner()).take() {
        let _ = rustix::termios::tcsetattr(std::io::stdin(), rustix::termios::OptionalActions::Now, &saved);
    }
}

/// Defines the `stdin` getter on `process`.
pub fn install(vm: &mut Vm, process: ObjId) {
    let key = vm.key_str("stdin");
    vm.def_accessor(process, key, "stdin", Some(get_stdin), None);
}

fn get_stdin(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let create = builtin_exports(vm, "internal/process/stdin")?;
    let binding = vm.new_object();
    vm.root(Value::Object(binding));
    vm.def_method(binding, "read", 1, read_chunk);
    vm.def_method(binding, "setRef", 1, set_ref);
    vm.def_method(binding, "setRawMode", 1, set_raw_mode);
    let tty = with_runtime(vm, |_, h| h.worker.is_none()) && std::io::stdin().is_terminal();
    vm.def_value(binding, "isTTY", Value::Bool(tty), DEFAULT_ATTRS);
    let stream = vm.call(create, Value::Undefined, &[Value::Object(binding)])?;
    if let Value::Object(process) = cx.this {
        let key = vm.key_str("stdin");
        let desc = spindle::object::property::PropertyDescriptor::data(stream, DEFAULT_ATTRS);
        vm.define_own_property(process, key, desc)?;
    }
    Ok(stream)
}

/// binding.read(callback): reads the next chunk; `callback(Uint8Array)`, or
/// `callback(null)` at the end (or on a read error). Requests are answered in order.
fn read_chunk(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let callback = vm.persist(arg(args, 0));
    // A worker reads what its parent writes to `worker.stdin` (worker/stdio.rs), never the
    // process's stdin.
    let in_worker = with_runtime(vm, |_, h| {
        let worker = h.worker.as_ref()?;
        h.stdin.in_flight += 1;
        if h.stdin.refed {
            h.io.pending += 1;
        }
        h.stdin_callbacks.push_back(callback);
        Some((worker.stdin.clone(), h.io.sender()))
    });
    if let Some((pipe, own_queue)) = in_worker {
        crate::worker::stdio::request(pipe.as_ref(), &own_queue);
        return Ok(Value::Undefined);
    }
    let (sender, post) = with_runtime(vm, |_, h| {
        h.stdin.in_flight += 1;
        if h.stdin.refed {
            h.io.pending += 1;
        }
        h.stdin_callbacks.push_back(callback);
        let post = h.io.sender();
        let sender = h
            .stdin
            .requests
            .get_or_insert_with(|| {
                let (tx, rx) = mpsc::channel::<()>();
                let post = post.clone();
                std::thread::spawn(move || read_loop(rx, post));
                tx
            })
            .clone();
        (sender, post)
    });
    if sender.send(()).is_err() {
        // The reader saw the end and is gone: this request gets the end too.
        let _ = post.send(completion(None));
    }
    Ok(Value::Undefined)
}

/// binding.setRef(flag): whether the reads in flight keep the loop alive.
fn set_ref(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let refed = vm.to_boolean(arg(args, 0));
    with_runtime(vm, |_, h| {
        if h.stdin.refed != refed {
            h.stdin.refed = refed;
            if refed {
                h.io.pending += h.stdin.in_flight;
            } else {
                h.io.pending = h.io.pending.saturating_sub(h.stdin.in_flight);
            }
        }
    });
    Ok(Value::Undefined)
}

/// binding.setRawMode(flag) (Node: src/tty_wrap.cc SetRawMode, libuv's uv_tty_set_mode
/// UV_TTY_MODE_RAW): the terminal delivers each key as typed, unechoed; false restores it.
/// Whether it worked.
fn set_raw_mode(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    use rustix::termios::{OptionalActions, tcgetattr, tcsetattr};
    let raw = vm.to_boolean(arg(args, 0));
    let stdin = std::io::stdin();
    let mut saved = SAVED_TERMIOS.lock().unwrap_or_else(|e| e.into_inner());
    let ok = if raw {
        match tcgetattr(&stdin) {
            Ok(current) => {
                let mut termios = current.clone();
                termios.make_raw();
                // libuv keeps output processing (OPOST) so that "\n" still starts a line.
                termios.output_modes |= rustix::termios::OutputModes::OPOST;
                saved.get_or_insert(current);
                tcsetattr(&stdin, OptionalActions::Now, &termios).is_ok()
            }
            Err(_) => false,
        }
    } else {
        match saved.take() {
            Some(original) => tcsetattr(&stdin, OptionalActions::Now, &original).is_ok(),
            None => true,
        }
    };
    Ok(Value::Bool(ok))
}

/// The reader thread: one read per request, until the end of input.
fn read_loop(requests: mpsc::Receiver<()>, post: tokio::sync::mpsc::UnboundedSender<crate::io::Completion>) {
    let mut stdin = std::io::stdin();
    let mut buf = vec![0u8; CHUNK];
    while requests.recv().is_ok() {
        let bytes = match stdin.read(&mut buf) {
            Ok(0) | Err(_) => None,
            Ok(n) => Some(buf[..n].to_vec()),
        };
        let end = bytes.is_none();
        if post.send(completion(bytes)).is_err() || end {
            break;
        }
    }
}

/// The completion of the oldest request: its callback called with the chunk (a
/// Uint8Array) or null.
pub(crate) fn completion(bytes: Option<Vec<u8>>) -> crate::io::Completion {
    Box::new(move |vm: &mut Vm| {
        let callback = with_runtime(vm, |_, h| {
            h.stdin.in_flight = h.stdin.in_flight.saturating_sub(1);
            if h.stdin.refed {
                h.io.pending = h.io.pending.saturating_sub(1);
            }
            h.stdin_callbacks.pop_front()
        });
        let Some(callback) = callback else { return Ok(()) };
        let f = vm.persistent(callback);
        vm.unpersist(callback);
        vm.root(f);
        let chunk = match bytes {
            Some(b) => {
                let array = new_typed_array(vm, ElementType::Uint8, b.len())?;
                vm.root(Value::Object(array));
                let buffer = vm.typed_array_data(array).expect("just made").buffer;
                vm.buffer_write(buffer, 0, &b);
                Value::Object(array)
            }
            None => Value::Null,
        };
        vm.call(f, Value::Undefined, &[chunk])?;
        Ok(())
    })
}
