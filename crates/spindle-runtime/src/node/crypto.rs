//! `internal/crypto/binding`: the cryptography under `node:crypto` (`js/crypto.js`; Node:
//! src/crypto/crypto_hash.cc, crypto_hmac.cc, crypto_random.cc, crypto_timing.cc) on the
//! RustCrypto hashes — message digests and HMACs as handles JavaScript feeds, random bytes
//! from the operating system, and a constant-time comparison.

use crate::node::buffer::{bytes, new_uint8_array};
use digest::{DynDigest, Mac};
use hmac::Hmac;
use spindle::Value;
use spindle::builtins::arg;
use spindle::object::{NativeCall, Object, ObjectKind};
use spindle::vm::{JsResult, Vm};

/// The binding's exports.
pub fn exports(vm: &mut Vm) -> Value {
    let o = vm.new_object();
    let methods: [(&str, u32, spindle::object::NativeFn); 8] = [
        ("hash", 1, hash),
        ("hmac", 2, hmac),
        ("update", 2, update),
        ("digest", 1, digest),
        ("copy", 1, copy),
        ("getHashes", 0, get_hashes),
        ("randomFill", 3, random_fill),
        ("timingSafeEqual", 2, timing_safe_equal),
    ];
    for (name, length, f) in methods {
        vm.def_method(o, name, length, f);
    }
    Value::Object(o)
}

/// The digests provided, by the names OpenSSL gives them.
const HASHES: &[&str] = &["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512-224", "sha512-256"];

fn new_digest(name: &str) -> Option<Box<dyn DynDigest>> {
    Some(match name {
        "md5" => Box::new(md5::Md5::default()),
        "sha1" => Box::new(sha1::Sha1::default()),
        "sha224" => Box::new(sha2::Sha224::default()),
        "sha256" => Box::new(sha2::Sha256::default()),
        "sha384" => Box::new(sha2::Sha384::default()),
        "sha512" => Box::new(sha2::Sha512::default()),
        "sha512-224" => Box::new(sha2::Sha512_224::default()),
        "sha512-256" => Box::new(sha2::Sha512_256::default()),
        _ => return None,
    })
}

/// An HMAC over one of the digests (RFC 2104).
enum AnyHmac {
    Md5(Hmac<md5::Md5>),
    Sha1(Hmac<sha1::Sha1>),
    Sha224(Hmac<sha2::Sha224>),
    Sha256(Hmac<sha2::Sha256>),
    Sha384(Hmac<sha2::Sha384>),
    Sha512(Hmac<sha2::Sha512>),
}

macro_rules! each_hmac {
    ($value:expr, $mac:ident => $body:expr) => {
        match $value {
            AnyHmac::Md5($mac) => $body,
            AnyHmac::Sha1($mac) => $body,
            AnyHmac::Sha224($mac) => $body,
            AnyHmac::Sha256($mac) => $body,
            AnyHmac::Sha384($mac) => $body,
            AnyHmac::Sha512($mac) => $body,
        }
    };
}

impl AnyHmac {
    fn new(name: &str, key: &[u8]) -> Option<AnyHmac> {
        // Any key length is valid for HMAC: new_from_slice cannot fail.
        Some(match name {
            "md5" => AnyHmac::Md5(Mac::new_from_slice(key).ok()?),
            "sha1" => AnyHmac::Sha1(Mac::new_from_slice(key).ok()?),
            "sha224" => AnyHmac::Sha224(Mac::new_from_slice(key).ok()?),
            "sha256" => AnyHmac::Sha256(Mac::new_from_slice(key).ok()?),
            "sha384" => AnyHmac::Sha384(Mac::new_from_slice(key).ok()?),
            "sha512" => AnyHmac::Sha512(Mac::new_from_slice(key).ok()?),
            _ => return None,
        })
    }

    fn update(&mut self, data: &[u8]) {
        each_hmac!(self, m => m.update(data))
    }

    fn finish(self) -> Vec<u8> {
        each_hmac!(self, m => m.finalize().into_bytes().to_vec())
    }
}

/// A handle's state; `Done` after `digest`.
enum Handle {
    Hash(Box<dyn DynDigest>),
    Hmac(Box<AnyHmac>),
    Done,
}

fn new_handle(vm: &mut Vm, h: Handle) -> Value {
    let proto = vm.intrinsics().object_prototype;
    Value::Object(vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::HostData(Box::new(h)))))
}

fn handle_of(vm: &mut Vm, v: Value) -> Option<&mut Handle> {
    let Value::Object(o) = v else { return None };
    match &mut vm.obj_mut(o).kind {
        ObjectKind::HostData(d) => d.downcast_mut::<Handle>(),
        _ => None,
    }
}

fn name(vm: &Vm, v: Value) -> String {
    match v {
        Value::String(s) => vm.rust_string(s).to_ascii_lowercase(),
        _ => String::new(),
    }
}

/// `hash(algorithm)`: a digest handle, or undefined for an unknown algorithm.
fn hash(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    match new_digest(&name(vm, arg(args, 0))) {
        Some(d) => Ok(new_handle(vm, Handle::Hash(d))),
        None => Ok(Value::Undefined),
    }
}

/// `hmac(algorithm, key)`: an HMAC handle, or undefined for an unknown algorithm.
fn hmac(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let key = bytes(vm, arg(args, 1)).into_owned();
    match AnyHmac::new(&name(vm, arg(args, 0)), &key) {
        Some(m) => Ok(new_handle(vm, Handle::Hmac(Box::new(m)))),
        None => Ok(Value::Undefined),
    }
}

/// `update(handle, data)`.
fn update(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let data = bytes(vm, arg(args, 1)).into_owned();
    match handle_of(vm, arg(args, 0)) {
        Some(Handle::Hash(d)) => d.update(&data),
        Some(Handle::Hmac(m)) => m.update(&data),
        _ => {}
    }
    Ok(Value::Undefined)
}

/// `digest(handle)`: the result as a Uint8Array; the handle is finished.
fn digest(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let out = match handle_of(vm, arg(args, 0)).map(|h| std::mem::replace(h, Handle::Done)) {
        Some(Handle::Hash(d)) => d.finalize().to_vec(),
        Some(Handle::Hmac(m)) => m.finish(),
        _ => Vec::new(),
    };
    new_uint8_array(vm, &out)
}

/// `copy(handle)`: a digest handle in the same state.
fn copy(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let copied = match handle_of(vm, arg(args, 0)) {
        Some(Handle::Hash(d)) => Handle::Hash(d.box_clone()),
        _ => Handle::Done,
    };
    Ok(new_handle(vm, copied))
}

fn get_hashes(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let names = HASHES.iter().map(|n| vm.string(n)).collect();
    Ok(Value::Object(vm.new_array(names)))
}

/// `randomFill(view, offset, size)`: random bytes into that byte range of the view.
fn random_fill(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Value::Object(o) = arg(args, 0) else { return Ok(Value::Undefined) };
    let (buffer, start, total) = match vm.typed_array_data(o) {
        Some(t) => (t.buffer, t.byte_offset, vm.typed_array_length(t).unwrap_or(0) * t.ty.size()),
        None => match &vm.obj(o).kind {
            ObjectKind::DataView(d) => {
                let length =
                    d.byte_length.unwrap_or_else(|| vm.buffer_byte_length(d.buffer).saturating_sub(d.byte_offset));
                (d.buffer, d.byte_offset, length)
            }
            ObjectKind::ArrayBuffer(_) | ObjectKind::SharedArrayBuffer(_) => (o, 0, vm.buffer_byte_length(o)),
            _ => return Ok(Value::Undefined),
        },
    };
    let offset = match arg(args, 1) {
        Value::Number(n) if n > 0.0 => (n as usize).min(total),
        _ => 0,
    };
    let size = match arg(args, 2) {
        Value::Number(n) if n > 0.0 => (n as usize).min(total - offset),
        _ => 0,
    };
    let mut random = vec![0u8; size];
    if getrandom::fill(&mut random).is_err() {
        return Err(vm.range_error("the operating system gave no random bytes"));
    }
    vm.buffer_write(buffer, start + offset, &random);
    Ok(Value::Undefined)
}

/// `timingSafeEqual(a, b)`: whether the bytes are equal, in time that depends only on the
/// length.
fn timing_safe_equal(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let a = bytes(vm, arg(args, 0));
    let b = bytes(vm, arg(args, 1));
    Ok(Value::Bool(subtle::ConstantTimeEq::ct_eq(&a[..], &b[..]).into()))
}
