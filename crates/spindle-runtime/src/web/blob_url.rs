//! The blob URL store (File API §8 "A URL for Blob and MediaSource reference"):
//! `URL.createObjectURL(blob)` puts the blob's bytes and type in a store shared by every
//! agent of the process (a worker can be started from, or fetch, a blob URL another agent
//! made, as in browsers and Node), under `blob:nodedata:<uuid>` as Node names them;
//! `URL.revokeObjectURL` removes them. JavaScript reaches it as `internal/blob/binding`.

use spindle::Value;
use spindle::builtins::arg;
use spindle::object::NativeCall;
use spindle::vm::{JsResult, Vm};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

/// A stored blob: its bytes (shared, never copied while stored) and type.
#[derive(Clone)]
struct StoredBlob {
    bytes: Arc<Vec<u8>>,
    mime_type: String,
}

/// The process's blob URL store, by URL.
static STORE: LazyLock<Mutex<HashMap<String, StoredBlob>>> = LazyLock::new(Mutex::default);

/// The prefix of the URLs the store hands out (Node's).
const PREFIX: &str = "blob:nodedata:";

/// The binding's exports.
pub fn exports(vm: &mut Vm) -> Value {
    let o = vm.new_object();
    vm.def_method(o, "store", 2, store);
    vm.def_method(o, "revoke", 1, revoke);
    vm.def_method(o, "resolve", 1, resolve);
    Value::Object(o)
}

/// A random (version 4) UUID (RFC 9562 §5.4), as Node's `crypto.randomUUID`.
fn random_uuid() -> String {
    let mut b = [0u8; 16];
    // Without the OS's random source the URLs are still unique within the process.
    if getrandom::fill(&mut b).is_err() {
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        b[..8].copy_from_slice(&COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed).to_le_bytes());
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// binding.store(bytes: Uint8Array, type): a new blob URL for a copy of the bytes.
fn store(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let bytes = crate::web::text_encoding::buffer_source_bytes(vm, arg(args, 0)).unwrap_or_default();
    let mime_type = vm.to_rust_string(arg(args, 1))?;
    let url = format!("{PREFIX}{}", random_uuid());
    if let Ok(mut s) = STORE.lock() {
        s.insert(url.clone(), StoredBlob { bytes: Arc::new(bytes), mime_type });
    }
    Ok(vm.string(&url))
}

/// binding.revoke(url)
fn revoke(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let url = vm.to_rust_string(arg(args, 0))?;
    if let Ok(mut s) = STORE.lock() {
        s.remove(&url);
    }
    Ok(Value::Undefined)
}

/// The blob stored under `url`, if any.
fn lookup(url: &str) -> Option<StoredBlob> {
    STORE.lock().ok()?.get(url).cloned()
}

/// The bytes and type of the blob stored under `url` (a script fetched from a blob: URL).
pub fn stored_blob(url: &str) -> Option<(Arc<Vec<u8>>, String)> {
    lookup(url).map(|b| (b.bytes, b.mime_type))
}

/// binding.resolve(url): [bytes: Uint8Array, type] or undefined.
fn resolve(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let url = vm.to_rust_string(arg(args, 0))?;
    let Some(blob) = lookup(&url) else { return Ok(Value::Undefined) };
    let bytes = Value::Object(crate::web::text_encoding::uint8_array_from(vm, &blob.bytes)?);
    let mime_type = vm.string(&blob.mime_type);
    Ok(Value::Object(vm.new_array(vec![bytes, mime_type])))
}
