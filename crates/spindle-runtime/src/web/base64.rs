//! `atob` and `btoa` (HTML §8.3 "Base64 utility methods"), on the engine's base64 codec:
//! forgiving-base64 decode is FromBase64 with the standard alphabet and the "loose" last
//! chunk (see `spindle::binary::base64`).

use super::dom_exception::dom_exception;
use super::errors::node_error;
use spindle::Value;
use spindle::binary::base64::{Alphabet, LastChunkHandling, from_base64, to_base64};
use spindle::object::NativeCall;
use spindle::object::property::DEFAULT_ATTRS;
use spindle::vm::{ErrorType, JsResult, Vm};

/// Installs the global functions (writable, enumerable, configurable, as Node's).
pub fn install(vm: &mut Vm) {
    let global = vm.global_object();
    for (name, f) in [("atob", atob as spindle::object::NativeFn), ("btoa", btoa)] {
        let func = vm.new_native(name, 1, f, false);
        vm.def_value(global, name, Value::Object(func), DEFAULT_ATTRS);
    }
}

/// The string argument both functions take: Node requires it (ERR_MISSING_ARGS), then
/// converts it with ToString.
fn input_units(vm: &mut Vm, args: &[Value]) -> JsResult<Vec<u16>> {
    let Some(&v) = args.first() else {
        return Err(node_error(
            vm,
            ErrorType::TypeError,
            "ERR_MISSING_ARGS",
            "The \"input\" argument must be specified",
        ));
    };
    let s = vm.to_string(v)?;
    Ok(vm.heap.str(s).to_vec())
}

/// Infra §4.7 forgiving-base64 decode of ASCII text (a data: URL's body); None on failure.
pub fn forgiving_decode(text: &str) -> Option<Vec<u8>> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let result = from_base64(&units, Alphabet::Base64, LastChunkHandling::Loose, usize::MAX);
    result.error.is_none().then_some(result.bytes)
}

/// atob ( data ): forgiving-base64 decode, each byte a code unit of the result.
fn atob(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let data = input_units(vm, args)?;
    // Node tells a character that can never appear (outside the alphabet, `=` and ASCII
    // whitespace) from a string that is merely malformed.
    let foreign = |c: &u16| {
        !matches!(*c, 0x09 | 0x0A | 0x0C | 0x0D | 0x20 | 0x2B | 0x2F | 0x3D)
            && !(0x30..=0x39).contains(c)
            && !(0x41..=0x5A).contains(c)
            && !(0x61..=0x7A).contains(c)
    };
    if data.iter().any(foreign) {
        return Err(dom_exception(vm, "InvalidCharacterError", "Invalid character"));
    }
    let result = from_base64(&data, Alphabet::Base64, LastChunkHandling::Loose, usize::MAX);
    if result.error.is_some() {
        // Without `=` the only way to fail is a length of 4n + 1 characters; Node reports
        // every misplaced `=` as an invalid character.
        let message = if data.contains(&u16::from(b'=')) {
            "Invalid character"
        } else {
            "The string to be decoded is not correctly encoded."
        };
        return Err(dom_exception(vm, "InvalidCharacterError", message));
    }
    Ok(vm.string_units(result.bytes.iter().map(|&b| u16::from(b)).collect()))
}

/// btoa ( data ): each code unit is a byte (a unit above 0xFF is an
/// "InvalidCharacterError"), encoded as base64 with padding.
fn btoa(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let data = input_units(vm, args)?;
    let mut bytes = Vec::with_capacity(data.len());
    for &c in &data {
        match u8::try_from(c) {
            Ok(b) => bytes.push(b),
            Err(_) => return Err(dom_exception(vm, "InvalidCharacterError", "Invalid character")),
        }
    }
    Ok(vm.string_units(to_base64(&bytes, Alphabet::Base64, false)))
}
