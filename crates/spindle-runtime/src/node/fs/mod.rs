//! `internal/fs/binding`: the system calls under `node:fs` (`js/fs.js`, `js/fs_promises.js`,
//! `js/internal/fs/`; Node: src/node_file.cc). Each function takes its arguments (already
//! validated by the JavaScript side) and a last `req`: undefined runs the call now and
//! returns its result or throws (`fs.*Sync`); a function runs it on tokio's blocking pool
//! and calls `req(err, result)` from the poll phase (Node's FSReqCallback), the call in
//! flight keeping the loop alive. Every call asks the permission model first (`permission`).

mod ops;
pub mod permission;
mod uv;
pub mod watch;

use crate::host::with_runtime;
use ops::{OpResult, Outcome, Source};
use spindle::Value;
use spindle::binary::ElementType;
use spindle::builtins::arg;
use spindle::builtins::typed_array::new_typed_array;
use spindle::object::NativeCall;
use spindle::object::property::{DEFAULT_ATTRS, ENUMERABLE};
use spindle::vm::{JsResult, Vm};
use uv::UvError;

/// The binding's exports.
pub fn exports(vm: &mut Vm) -> Value {
    let o = vm.new_object();
    for (i, &(name, _)) in METHODS.iter().enumerate() {
        let f = vm.new_builtin_closure(name, 0, dispatch, &[Value::Number(i as f64)]);
        vm.def_value(o, name, Value::Object(f), DEFAULT_ATTRS);
    }
    vm.def_method(o, "watch", 3, watch::watch);
    let constants = vm.heap.alloc_object(spindle::object::Object::new(None, spindle::object::ObjectKind::Ordinary));
    for &(name, value) in uv::CONSTANTS {
        vm.def_value(constants, name, Value::Number(value), DEFAULT_ATTRS | ENUMERABLE);
    }
    vm.def_value(o, "constants", Value::Object(constants), DEFAULT_ATTRS);
    Value::Object(o)
}

/// The operations, each taking its `req` last.
const METHODS: &[(&str, spindle::object::NativeFn)] = &[
    ("open", open),
    ("close", close),
    ("read", read),
    ("write", write),
    ("writeString", write_string),
    ("stat", stat),
    ("lstat", lstat),
    ("fstat", fstat),
    ("readdir", readdir),
    ("mkdir", mkdir),
    ("rmdir", rmdir),
    ("unlink", unlink),
    ("rm", rm),
    ("rename", rename),
    ("copyFile", copy_file),
    ("access", access),
    ("symlink", symlink),
    ("link", link),
    ("readlink", readlink),
    ("realpath", realpath),
    ("chmod", chmod),
    ("fchmod", fchmod),
    ("chown", chown),
    ("lchown", lchown),
    ("fchown", fchown),
    ("utimes", utimes),
    ("futimes", futimes),
    ("lutimes", lutimes),
    ("ftruncate", ftruncate),
    ("fsync", fsync),
    ("fdatasync", fdatasync),
    ("mkdtemp", mkdtemp),
    ("readFile", read_file),
    ("readFileUtf8", read_file_utf8),
    ("writeFile", write_file),
];

/// Calls operation `METHODS[slot]`. An error it throws before starting the call (the
/// permission model's ERR_ACCESS_DENIED) goes to `req` when there is one — at once, as
/// Node's AsyncThrowAccessDenied calls the request's oncomplete before returning (Node 20
/// and 24 alike: the callback runs before the calling code goes on).
fn dispatch(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(Value::Number(slot)) = vm.native_slots(cx.callee).first().copied() else { return Ok(Value::Undefined) };
    let (_, f) = METHODS[slot as usize];
    let req = args.last().copied().unwrap_or(Value::Undefined);
    match f(vm, cx, args) {
        Err(error) if vm.is_callable(req) => {
            vm.call(req, Value::Undefined, &[error])?;
            Ok(Value::Undefined)
        }
        other => other,
    }
}

/// Node's uvException: `Error: ENOENT: no such file or directory, open 'x'` with `errno`,
/// `code`, `syscall`, `path` and `dest`.
fn uv_exception(vm: &mut Vm, e: &UvError) -> Value {
    if let Some(size) = e.file_too_large {
        // Node: lib/internal/fs/promises.js / fs.js readFile — ERR_FS_FILE_TOO_LARGE.
        let message = format!("File size ({size}) is greater than 2 GiB");
        return crate::web::errors::node_error(
            vm,
            spindle::vm::ErrorType::RangeError,
            "ERR_FS_FILE_TOO_LARGE",
            &message,
        );
    }
    let error = vm.make_error(spindle::vm::ErrorType::Error, &e.message());
    vm.def_value(error, "errno", Value::Number(-f64::from(e.errno)), DEFAULT_ATTRS | ENUMERABLE);
    let code = vm.string(e.code());
    vm.def_value(error, "code", code, DEFAULT_ATTRS | ENUMERABLE);
    let syscall = vm.string(e.syscall);
    vm.def_value(error, "syscall", syscall, DEFAULT_ATTRS | ENUMERABLE);
    for (name, v) in [("path", &e.path), ("dest", &e.dest)] {
        if let Some(v) = v {
            let s = vm.string(v);
            vm.def_value(error, name, s, DEFAULT_ATTRS | ENUMERABLE);
        }
    }
    Value::Object(error)
}

/// An outcome as the JavaScript value the binding returns.
fn to_js(vm: &mut Vm, outcome: Outcome) -> JsResult<Value> {
    Ok(match outcome {
        Outcome::Undefined => Value::Undefined,
        Outcome::Number(n) => Value::Number(n),
        Outcome::Text(s) => vm.string(&s),
        Outcome::MaybeText(s) => s.map_or(Value::Undefined, |s| vm.string(&s)),
        Outcome::Units(units) => vm.string_units(units),
        Outcome::Bytes(bytes) => crate::node::buffer::new_uint8_array(vm, &bytes)?,
        Outcome::Names(names) => names_array(vm, names),
        Outcome::Entries(names, types) => {
            let names = names_array(vm, names);
            vm.root(names);
            let types = types.into_iter().map(|t| Value::Number(f64::from(t))).collect();
            let types = Value::Object(vm.new_array(types));
            Value::Object(vm.new_array(vec![names, types]))
        }
        Outcome::Stats(fields) => {
            let array = new_typed_array(vm, ElementType::Float64, fields.len())?;
            let bytes: Vec<u8> = fields.iter().flat_map(|f| f.to_le_bytes()).collect();
            let buffer = vm.typed_array_data(array).expect("just made").buffer;
            vm.buffer_write(buffer, 0, &bytes);
            Value::Object(array)
        }
    })
}

fn names_array(vm: &mut Vm, names: Vec<String>) -> Value {
    let mut values = Vec::with_capacity(names.len());
    let mark = vm.roots.len();
    for n in names {
        let s = vm.string(&n);
        vm.root(s);
        values.push(s);
    }
    let array = Value::Object(vm.new_array(values));
    vm.roots.truncate(mark);
    array
}

/// What turns a call's outcome into its result on the loop's thread (most calls: `to_js`).
type Finish = Box<dyn FnOnce(&mut Vm, Outcome) -> JsResult<Value> + Send>;

/// Runs `op` now (no `req`) or on the blocking pool with `req` called from the poll phase.
fn run(vm: &mut Vm, req: Value, op: impl FnOnce() -> OpResult + Send + 'static) -> JsResult<Value> {
    run_then(vm, req, op, Box::new(to_js))
}

fn run_then(
    vm: &mut Vm,
    req: Value,
    op: impl FnOnce() -> OpResult + Send + 'static,
    finish: Finish,
) -> JsResult<Value> {
    if !vm.is_callable(req) {
        return match op() {
            Ok(outcome) => finish(vm, outcome),
            Err(e) => Err(uv_exception(vm, &e)),
        };
    }
    let callback = vm.persist(req);
    let post = with_runtime(vm, |_, h| {
        h.io.pending += 1;
        h.io.sender()
    });
    let work = move || {
        let result = op();
        let _ = post.send(Box::new(move |vm: &mut Vm| complete(vm, callback, result, finish)));
    };
    match tokio::runtime::Handle::try_current() {
        Ok(runtime) => drop(runtime.spawn_blocking(work)),
        Err(_) => drop(std::thread::spawn(work)),
    }
    Ok(Value::Undefined)
}

/// The poll phase's side of an asynchronous call: `req(err, result)`.
fn complete(vm: &mut Vm, callback: spindle::jobs::Persistent, result: OpResult, finish: Finish) -> JsResult<()> {
    with_runtime(vm, |_, h| h.io.pending = h.io.pending.saturating_sub(1));
    let f = vm.persistent(callback);
    vm.unpersist(callback);
    vm.root(f);
    let (error, value) = match result {
        Ok(outcome) => match finish(vm, outcome) {
            Ok(v) => (Value::Null, v),
            Err(e) => (e, Value::Undefined),
        },
        Err(e) => (uv_exception(vm, &e), Value::Undefined),
    };
    vm.root(error);
    vm.root(value);
    vm.call(f, Value::Undefined, &[error, value])?;
    Ok(())
}

fn text(vm: &mut Vm, v: Value) -> JsResult<String> {
    match v {
        Value::String(s) => Ok(vm.rust_string(s)),
        other => vm.to_rust_string(other),
    }
}

fn number(v: Value) -> f64 {
    match v {
        Value::Number(n) => n,
        _ => 0.0,
    }
}

fn int(v: Value) -> i32 {
    number(v) as i32
}

/// A file descriptor argument; Node's GetValidatedFd (src/util.cc) refuses any other
/// number with ERR_OUT_OF_RANGE before the call is made (the JavaScript side has already
/// refused non-integers; C++ writes the number plainly, without `_` separators).
fn fd(vm: &mut Vm, v: Value) -> JsResult<i32> {
    let n = number(v);
    if n.fract() == 0.0 && (0.0..=f64::from(i32::MAX)).contains(&n) {
        return Ok(n as i32);
    }
    let message = format!("The value of \"fd\" is out of range. It must be >= 0 && <= 2147483647. Received {n}");
    Err(crate::web::errors::node_error(vm, spindle::vm::ErrorType::RangeError, "ERR_OUT_OF_RANGE", &message))
}

fn truthy(vm: &mut Vm, v: Value) -> bool {
    vm.to_boolean(v)
}

/// A path argument, after the permission model allowed `access` to it.
fn path(vm: &mut Vm, v: Value, access: permission::Access) -> JsResult<String> {
    let p = text(vm, v)?;
    permission::check(vm, access, &p)?;
    Ok(p)
}

use permission::Access::{Read as R, Write as W};

fn open(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let flags = int(arg(args, 1));
    let access = if flags & 3 == 0 { R } else { W };
    let p = path(vm, arg(args, 0), access)?;
    if flags & 3 == 2 {
        permission::check(vm, R, &p)?;
    }
    let mode = number(arg(args, 2)) as u32;
    run(vm, arg(args, 3), move || ops::open(&p, flags, mode))
}

fn close(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let fd = fd(vm, arg(args, 0))?;
    run(vm, arg(args, 1), move || ops::close(fd))
}

/// The byte range `offset..offset+length` of a view, clamped to it.
fn view_range(vm: &Vm, v: Value, offset: f64, length: f64) -> Option<(spindle::value::ObjId, usize, usize)> {
    let Value::Object(o) = v else { return None };
    let t = vm.typed_array_data(o)?;
    let total = vm.typed_array_length(t).unwrap_or(0) * t.ty.size();
    let start = (offset.max(0.0) as usize).min(total);
    let len = (length.max(0.0) as usize).min(total - start);
    Some((t.buffer, t.byte_offset + start, len))
}

/// A file position: a non-negative number or bigint; anything else is the file's own.
fn position(vm: &Vm, v: Value) -> i64 {
    match v {
        Value::Number(n) if n >= 0.0 => n as i64,
        Value::BigInt(b) => i64::try_from(vm.heap.bigint(b)).ok().filter(|p| *p >= 0).unwrap_or(-1),
        _ => -1,
    }
}

/// `read(fd, buffer, offset, length, position, req)`: the bytes go into `buffer` at
/// `offset` when the call ends (clamped to the view as it is then).
fn read(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let fd = fd(vm, arg(args, 0))?;
    let target = arg(args, 1);
    let (offset, length) = (number(arg(args, 2)), number(arg(args, 3)));
    let len = view_range(vm, target, offset, length).map_or(0, |(_, _, len)| len);
    let pos = position(vm, arg(args, 4));
    let held = vm.persist(target);
    let finish: Finish = Box::new(move |vm, outcome| {
        let target = vm.persistent(held);
        vm.unpersist(held);
        let Outcome::Bytes(bytes) = outcome else { return to_js(vm, outcome) };
        if let Some((buffer, start, room)) = view_range(vm, target, offset, bytes.len() as f64) {
            vm.buffer_write(buffer, start, &bytes[..room.min(bytes.len())]);
        }
        Ok(Value::Number(bytes.len() as f64))
    });
    run_then(vm, arg(args, 5), move || ops::read(fd, len, pos), finish)
}

/// `write(fd, buffer, offset, length, position, req)`: the bytes are copied when called.
fn write(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let fd = fd(vm, arg(args, 0))?;
    let mut data = Vec::new();
    if let Some((buffer, start, len)) = view_range(vm, arg(args, 1), number(arg(args, 2)), number(arg(args, 3))) {
        data = vec![0; len];
        vm.buffer_read(buffer, start, &mut data);
    }
    let pos = position(vm, arg(args, 4));
    run(vm, arg(args, 5), move || ops::write(fd, &data, pos))
}

/// `writeString(fd, string, position, encoding, req)`.
fn write_string(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let fd = fd(vm, arg(args, 0))?;
    let data = crate::node::buffer::encode_value(vm, arg(args, 1), arg(args, 3));
    let pos = position(vm, arg(args, 2));
    run(vm, arg(args, 4), move || ops::write(fd, &data, pos))
}

fn stat(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let p = path(vm, arg(args, 0), R)?;
    run(vm, arg(args, 1), move || ops::stat(&p, true))
}

fn lstat(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let p = path(vm, arg(args, 0), R)?;
    run(vm, arg(args, 1), move || ops::stat(&p, false))
}

fn fstat(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let fd = fd(vm, arg(args, 0))?;
    run(vm, arg(args, 1), move || ops::fstat(fd))
}

fn readdir(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let p = path(vm, arg(args, 0), R)?;
    let with_types = truthy(vm, arg(args, 1));
    run(vm, arg(args, 2), move || ops::readdir(&p, with_types))
}

fn mkdir(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let p = path(vm, arg(args, 0), W)?;
    let mode = number(arg(args, 1)) as u32;
    let recursive = truthy(vm, arg(args, 2));
    run(vm, arg(args, 3), move || ops::mkdir(&p, mode, recursive))
}

fn rmdir(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let p = path(vm, arg(args, 0), W)?;
    run(vm, arg(args, 1), move || ops::rmdir(&p))
}

fn unlink(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let p = path(vm, arg(args, 0), W)?;
    run(vm, arg(args, 1), move || ops::unlink(&p))
}

fn rm(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let p = path(vm, arg(args, 0), W)?;
    let recursive = truthy(vm, arg(args, 1));
    run(vm, arg(args, 2), move || ops::rm(&p, recursive))
}

fn rename(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let from = path(vm, arg(args, 0), W)?;
    let to = path(vm, arg(args, 1), W)?;
    run(vm, arg(args, 2), move || ops::rename(&from, &to))
}

fn copy_file(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let src = path(vm, arg(args, 0), R)?;
    let dest = path(vm, arg(args, 1), W)?;
    let mode = int(arg(args, 2));
    run(vm, arg(args, 3), move || ops::copy_file(&src, &dest, mode))
}

fn access(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let mode = int(arg(args, 1));
    let p = path(vm, arg(args, 0), if mode & 2 != 0 { W } else { R })?;
    run(vm, arg(args, 2), move || ops::access(&p, mode))
}

fn symlink(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let target = text(vm, arg(args, 0))?;
    let p = path(vm, arg(args, 1), W)?;
    run(vm, arg(args, 3), move || ops::symlink(&target, &p))
}

fn link(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let existing = path(vm, arg(args, 0), R)?;
    let new_path = path(vm, arg(args, 1), W)?;
    run(vm, arg(args, 2), move || ops::link(&existing, &new_path))
}

fn readlink(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let p = path(vm, arg(args, 0), R)?;
    run(vm, arg(args, 1), move || ops::readlink(&p))
}

fn realpath(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let p = path(vm, arg(args, 0), R)?;
    run(vm, arg(args, 1), move || ops::realpath(&p))
}

fn chmod(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let p = path(vm, arg(args, 0), W)?;
    let mode = number(arg(args, 1)) as u32;
    run(vm, arg(args, 2), move || ops::chmod(&p, mode))
}

/// `chown(path, uid, gid, req)` (uid and gid validated by JavaScript: -1 ..= 2**32 - 1).
fn chown(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let p = path(vm, arg(args, 0), W)?;
    let (uid, gid) = (number(arg(args, 1)) as i64, number(arg(args, 2)) as i64);
    run(vm, arg(args, 3), move || ops::chown(&p, uid, gid, true))
}

fn lchown(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let p = path(vm, arg(args, 0), W)?;
    let (uid, gid) = (number(arg(args, 1)) as i64, number(arg(args, 2)) as i64);
    run(vm, arg(args, 3), move || ops::chown(&p, uid, gid, false))
}

fn fchown(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let fd = fd(vm, arg(args, 0))?;
    let (uid, gid) = (number(arg(args, 1)) as i64, number(arg(args, 2)) as i64);
    run(vm, arg(args, 3), move || ops::fchown(fd, uid, gid))
}

fn fchmod(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let fd = fd(vm, arg(args, 0))?;
    let mode = number(arg(args, 1)) as u32;
    run(vm, arg(args, 2), move || ops::fchmod(fd, mode))
}

fn utimes(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let p = path(vm, arg(args, 0), W)?;
    let (atime, mtime) = (number(arg(args, 1)), number(arg(args, 2)));
    run(vm, arg(args, 3), move || ops::utimes(&p, atime, mtime, true))
}

fn lutimes(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let p = path(vm, arg(args, 0), W)?;
    let (atime, mtime) = (number(arg(args, 1)), number(arg(args, 2)));
    run(vm, arg(args, 3), move || ops::utimes(&p, atime, mtime, false))
}

fn futimes(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let fd = fd(vm, arg(args, 0))?;
    let (atime, mtime) = (number(arg(args, 1)), number(arg(args, 2)));
    run(vm, arg(args, 3), move || ops::futimes(fd, atime, mtime))
}

fn ftruncate(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let fd = fd(vm, arg(args, 0))?;
    let len = number(arg(args, 1)).max(0.0) as u64;
    run(vm, arg(args, 2), move || ops::ftruncate(fd, len))
}

fn fsync(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let fd = fd(vm, arg(args, 0))?;
    run(vm, arg(args, 1), move || ops::fsync(fd, false))
}

fn fdatasync(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let fd = fd(vm, arg(args, 0))?;
    run(vm, arg(args, 1), move || ops::fsync(fd, true))
}

fn mkdtemp(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let prefix = path(vm, arg(args, 0), W)?;
    run(vm, arg(args, 1), move || ops::mkdtemp(&prefix))
}

/// A path (with its open flags) or an fd to read or write a whole file through.
fn source(vm: &mut Vm, v: Value, flags: Value, access: permission::Access) -> JsResult<Source> {
    Ok(match v {
        Value::Number(_) => Source::Fd(fd(vm, v)?),
        other => Source::Path(path(vm, other, access)?, int(flags)),
    })
}

fn read_file(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let from = source(vm, arg(args, 0), arg(args, 1), R)?;
    // Node's readFile stats the descriptor first: a bad fd is an `fstat` error.
    run(vm, arg(args, 2), move || ops::read_file(&from, "fstat").map(Outcome::Bytes))
}

/// `readFileUtf8(pathOrFd, flags, req)`: decoded off the loop's thread.
fn read_file_utf8(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let from = source(vm, arg(args, 0), arg(args, 1), R)?;
    run(vm, arg(args, 2), move || {
        let bytes = ops::read_file(&from, "read")?;
        let mut units = vec![0; bytes.len() + 1];
        let n = encoding_rs::mem::convert_utf8_to_utf16(&bytes, &mut units);
        units.truncate(n);
        Ok(Outcome::Units(units))
    })
}

fn write_file(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let to = source(vm, arg(args, 0), arg(args, 2), W)?;
    let mut data = Vec::new();
    if let Some((buffer, start, len)) = view_range(vm, arg(args, 1), 0.0, f64::INFINITY) {
        data = vec![0; len];
        vm.buffer_read(buffer, start, &mut data);
    }
    let mode = number(arg(args, 3)) as u32;
    run(vm, arg(args, 4), move || ops::write_file(&to, &data, mode))
}
