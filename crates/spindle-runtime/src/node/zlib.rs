//! `internal/zlib/binding`: the compression engine under `node:zlib` (`js/zlib.js`; Node:
//! src/node_zlib.cc ZlibContext) on flate2's zlib-rs backend — a deflate or inflate stream
//! per handle that JavaScript feeds chunk by chunk with a flush mode, as Node's
//! `_processChunk` does. Gzip members following one another decode as one stream, and an
//! UNZIP handle picks gzip or zlib from the first two bytes.

use crate::node::buffer::{bytes, new_uint8_array};
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};
use spindle::Value;
use spindle::builtins::arg;
use spindle::object::{NativeCall, Object, ObjectKind};
use spindle::vm::{ErrorType, JsResult, Vm};

/// The binding's exports.
pub fn exports(vm: &mut Vm) -> Value {
    let o = vm.new_object();
    let methods: [(&str, u32, spindle::object::NativeFn); 6] = [
        ("create", 6, create),
        ("write", 3, write),
        ("reset", 1, reset),
        ("params", 3, params),
        ("close", 1, close),
        ("crc32", 2, crc32),
    ];
    for (name, length, f) in methods {
        vm.def_method(o, name, length, f);
    }
    Value::Object(o)
}

/// Node's zlib modes (zlib.constants.DEFLATE …).
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Deflate = 1,
    Inflate,
    Gzip,
    Gunzip,
    DeflateRaw,
    InflateRaw,
    Unzip,
}

impl Mode {
    fn from(n: f64) -> Option<Mode> {
        Some(match n as i32 {
            1 => Mode::Deflate,
            2 => Mode::Inflate,
            3 => Mode::Gzip,
            4 => Mode::Gunzip,
            5 => Mode::DeflateRaw,
            6 => Mode::InflateRaw,
            7 => Mode::Unzip,
            _ => return None,
        })
    }
}

enum Engine {
    Compress(Compress),
    Decompress(Decompress),
    /// UNZIP before it has seen the two bytes that say gzip or zlib.
    Undecided(Vec<u8>),
}

/// One handle: the engine and the parameters `reset` starts it again with.
struct Zlib {
    mode: Mode,
    level: u32,
    window_bits: u8,
    engine: Engine,
    /// A GUNZIP (or an UNZIP that found gzip): members may follow one another.
    gzip: bool,
    /// The preset dictionary (`options.dictionary`).
    dictionary: Option<Vec<u8>>,
}

impl Zlib {
    fn new(mode: Mode, level: u32, window_bits: u8, dictionary: Option<Vec<u8>>) -> Zlib {
        let level_c = Compression::new(level);
        let mut engine = match mode {
            Mode::Deflate => Engine::Compress(Compress::new_with_window_bits(level_c, true, window_bits)),
            Mode::Gzip => Engine::Compress(Compress::new_gzip(level_c, window_bits)),
            Mode::DeflateRaw => Engine::Compress(Compress::new_with_window_bits(level_c, false, window_bits)),
            Mode::Inflate => Engine::Decompress(Decompress::new_with_window_bits(true, window_bits)),
            Mode::Gunzip => Engine::Decompress(Decompress::new_gzip(window_bits)),
            Mode::InflateRaw => Engine::Decompress(Decompress::new_with_window_bits(false, window_bits)),
            Mode::Unzip => Engine::Undecided(Vec::new()),
        };
        // Node (ZlibContext::SetDictionary): deflate and raw inflate take the dictionary at
        // the start; zlib inflate asks for it (Z_NEED_DICT) and gets it then; gzip has none.
        if let Some(dict) = &dictionary {
            match (&mut engine, mode) {
                (Engine::Compress(c), Mode::Deflate | Mode::DeflateRaw) => drop(c.set_dictionary(dict)),
                (Engine::Decompress(d), Mode::InflateRaw) => drop(d.set_dictionary(dict)),
                _ => {}
            }
        }
        Zlib { mode, level, window_bits, engine, gzip: mode == Mode::Gunzip, dictionary }
    }

    /// Feeds `input`: everything produced, the input bytes consumed, whether the stream
    /// ended; or zlib's error (errno, code, message).
    fn write(&mut self, input: &[u8], flush: i32) -> Result<(Vec<u8>, usize, bool), ZlibError> {
        if let Engine::Undecided(seen) = &mut self.engine {
            seen.extend_from_slice(input);
            if seen.len() < 2 && flush != 4 {
                return Ok((Vec::new(), input.len(), false));
            }
            let seen = std::mem::take(seen);
            self.gzip = seen.starts_with(&[0x1f, 0x8b]);
            self.engine = Engine::Decompress(if self.gzip {
                Decompress::new_gzip(self.window_bits)
            } else {
                Decompress::new_with_window_bits(true, self.window_bits)
            });
            let (out, _, ended) = self.write(&seen, flush)?;
            return Ok((out, input.len(), ended));
        }
        let mut out = Vec::with_capacity(input.len().clamp(64, 1 << 16));
        let mut consumed = 0;
        loop {
            if out.capacity() - out.len() < 64 {
                out.reserve(out.capacity().max(1 << 14));
            }
            let (in_before, out_before) = self.totals();
            let status = self.step(&input[consumed..], &mut out, flush)?;
            let (in_after, out_after) = self.totals();
            consumed += (in_after - in_before) as usize;
            let progressed = in_after != in_before || out_after != out_before;
            if status == Status::StreamEnd {
                // Node (ZlibContext::DoThreadPoolWork): another gzip member may follow;
                // trailing zero bytes end the input.
                if self.gzip && consumed < input.len() && input[consumed] != 0 {
                    self.engine = Engine::Decompress(Decompress::new_gzip(self.window_bits));
                    continue;
                }
                return Ok((out, consumed, true));
            }
            let room_left = out.len() < out.capacity();
            if !progressed || (consumed == input.len() && room_left) {
                return Ok((out, consumed, false));
            }
        }
    }

    fn totals(&self) -> (u64, u64) {
        match &self.engine {
            Engine::Compress(c) => (c.total_in(), c.total_out()),
            Engine::Decompress(d) => (d.total_in(), d.total_out()),
            Engine::Undecided(_) => (0, 0),
        }
    }

    fn step(&mut self, input: &[u8], out: &mut Vec<u8>, flush: i32) -> Result<Status, ZlibError> {
        match &mut self.engine {
            Engine::Compress(c) => {
                let flush = match flush {
                    1 => FlushCompress::Partial,
                    2 => FlushCompress::Sync,
                    3 => FlushCompress::Full,
                    4 => FlushCompress::Finish,
                    _ => FlushCompress::None,
                };
                c.compress_vec(input, out, flush).map_err(|e| ZlibError::stream(&e.to_string()))
            }
            Engine::Decompress(d) => {
                let flush = match flush {
                    1..=3 => FlushDecompress::Sync,
                    4 => FlushDecompress::Finish,
                    _ => FlushDecompress::None,
                };
                let in_before = d.total_in();
                match d.decompress_vec(input, out, flush) {
                    Ok(status) => Ok(status),
                    Err(e) if e.needs_dictionary().is_some() => {
                        let Some(dict) = &self.dictionary else {
                            return Err(ZlibError::need_dict("Missing dictionary"));
                        };
                        if d.set_dictionary(dict).is_err() {
                            return Err(ZlibError::need_dict("Bad dictionary"));
                        }
                        // Node: load the dictionary and decode again, from where zlib stopped.
                        let used = (d.total_in() - in_before) as usize;
                        d.decompress_vec(&input[used..], out, flush).map_err(|e| match e.needs_dictionary() {
                            Some(_) => ZlibError::need_dict("Bad dictionary"),
                            None => ZlibError::data(e.message().unwrap_or("Zlib error")),
                        })
                    }
                    Err(e) => Err(ZlibError::data(e.message().unwrap_or("Zlib error"))),
                }
            }
            Engine::Undecided(_) => Ok(Status::Ok),
        }
    }
}

/// A zlib error as Node reports it (errno, code, message).
#[derive(Debug)]
struct ZlibError {
    errno: i32,
    code: &'static str,
    message: String,
}

impl ZlibError {
    fn data(message: &str) -> ZlibError {
        ZlibError { errno: -3, code: "Z_DATA_ERROR", message: message.to_string() }
    }

    fn need_dict(message: &str) -> ZlibError {
        ZlibError { errno: 2, code: "Z_NEED_DICT", message: message.to_string() }
    }

    fn stream(message: &str) -> ZlibError {
        ZlibError { errno: -2, code: "Z_STREAM_ERROR", message: message.to_string() }
    }
}

fn zlib_of(vm: &mut Vm, v: Value) -> Option<&mut Zlib> {
    let Value::Object(o) = v else { return None };
    match &mut vm.obj_mut(o).kind {
        ObjectKind::HostData(d) => d.downcast_mut::<Zlib>(),
        _ => None,
    }
}

fn number(v: Value, default: f64) -> f64 {
    match v {
        Value::Number(n) if n.is_finite() => n,
        _ => default,
    }
}

/// zlib's level, with Z_DEFAULT_COMPRESSION (-1) as 6.
fn level(v: Value) -> u32 {
    match number(v, -1.0) as i32 {
        l @ 0..=9 => l as u32,
        _ => 6,
    }
}

/// `create(mode, level, windowBits, memLevel, strategy, dictionary)`: a handle. memLevel
/// and strategy are accepted (validated by JavaScript) but flate2 does not expose them.
fn create(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(mode) = Mode::from(number(arg(args, 0), 0.0)) else {
        return Err(vm.type_error("invalid zlib mode"));
    };
    // windowBits 0 (inflate: the header's size) is a 15-bit window, which takes any
    // smaller one; zlib reads 8 as 9.
    let window_bits = match number(arg(args, 2), 15.0) as u8 {
        0 => 15,
        w => w.clamp(9, 15),
    };
    let dictionary = match arg(args, 5) {
        Value::Undefined | Value::Null => None,
        v => Some(bytes(vm, v).into_owned()),
    };
    let z = Zlib::new(mode, level(arg(args, 1)), window_bits, dictionary);
    let proto = vm.intrinsics().object_prototype;
    Ok(Value::Object(vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::HostData(Box::new(z))))))
}

/// `write(handle, input, flush)`: `[output, consumed, ended]`, or throws Node's zlib error.
fn write(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let input = bytes(vm, arg(args, 1)).into_owned();
    let flush = number(arg(args, 2), 0.0) as i32;
    let result = match zlib_of(vm, arg(args, 0)) {
        Some(z) => z.write(&input, flush),
        None => return Err(vm.type_error("not a zlib handle")),
    };
    match result {
        Ok((out, consumed, ended)) => {
            let output = new_uint8_array(vm, &out)?;
            vm.root(output);
            let list = vec![output, Value::Number(consumed as f64), Value::Bool(ended)];
            Ok(Value::Object(vm.new_array(list)))
        }
        Err(e) => {
            let error = vm.make_error(ErrorType::Error, &e.message);
            let attrs = spindle::object::property::DEFAULT_ATTRS | spindle::object::property::ENUMERABLE;
            vm.def_value(error, "errno", Value::Number(f64::from(e.errno)), attrs);
            let code = vm.string(e.code);
            vm.def_value(error, "code", code, attrs);
            Err(Value::Object(error))
        }
    }
}

/// `reset(handle)`: back to the start with the same parameters.
fn reset(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if let Some(z) = zlib_of(vm, arg(args, 0)) {
        *z = Zlib::new(z.mode, z.level, z.window_bits, z.dictionary.take());
    }
    Ok(Value::Undefined)
}

/// `params(handle, level, strategy)`: a new level for what follows.
fn params(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let new_level = level(arg(args, 1));
    if let Some(z) = zlib_of(vm, arg(args, 0)) {
        z.level = new_level;
        if let Engine::Compress(c) = &mut z.engine {
            let _ = c.set_level(Compression::new(new_level));
        }
    }
    Ok(Value::Undefined)
}

/// `close(handle)`: frees the engine's memory now.
fn close(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if let Some(z) = zlib_of(vm, arg(args, 0)) {
        z.engine = Engine::Undecided(Vec::new());
    }
    Ok(Value::Undefined)
}

/// `crc32(data, value)`: the CRC-32 of the bytes (a string as UTF-8) continuing `value`.
fn crc32(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let data = match arg(args, 0) {
        Value::String(s) => vm.rust_string(s).into_bytes(),
        v => bytes(vm, v).into_owned(),
    };
    let mut hasher = crc32fast::Hasher::new_with_initial(number(arg(args, 1), 0.0) as u32);
    hasher.update(&data);
    Ok(Value::Number(f64::from(hasher.finalize())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(z: &mut Zlib, input: &[u8]) -> Vec<u8> {
        let (out, consumed, ended) = z.write(input, 4).expect("no error");
        assert_eq!(consumed, input.len());
        assert!(ended);
        out
    }

    #[test]
    fn every_mode_round_trips() {
        let text: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        for (c, d) in [(Mode::Deflate, Mode::Inflate), (Mode::Gzip, Mode::Gunzip), (Mode::DeflateRaw, Mode::InflateRaw)]
        {
            let packed = run(&mut Zlib::new(c, 6, 15, None), &text);
            assert_eq!(run(&mut Zlib::new(d, 6, 15, None), &packed), text);
            if c != Mode::DeflateRaw {
                assert_eq!(run(&mut Zlib::new(Mode::Unzip, 6, 15, None), &packed), text);
            }
        }
    }

    #[test]
    fn gzip_members_follow_one_another() {
        let mut both = run(&mut Zlib::new(Mode::Gzip, 6, 15, None), b"abc");
        both.extend(run(&mut Zlib::new(Mode::Gzip, 6, 15, None), b"def"));
        assert_eq!(run(&mut Zlib::new(Mode::Gunzip, 6, 15, None), &both), b"abcdef");
    }

    #[test]
    fn bad_and_truncated_input() {
        let e = Zlib::new(Mode::Inflate, 6, 15, None).write(b"hello", 4).expect_err("an error");
        assert_eq!((e.errno, e.code, e.message.as_str()), (-3, "Z_DATA_ERROR", "incorrect header check"));
        let packed = run(&mut Zlib::new(Mode::Gzip, 6, 15, None), b"hello world");
        let (_, _, ended) = Zlib::new(Mode::Gunzip, 6, 15, None).write(&packed[..10], 4).expect("no error");
        assert!(!ended);
    }
}
