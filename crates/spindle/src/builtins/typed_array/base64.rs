//! Uint8Array's base64 and hex methods (ECMA-262 §23.3): `Uint8Array.fromBase64`,
//! `Uint8Array.fromHex`, and `setFromBase64`, `setFromHex`, `toBase64`, `toHex` on
//! %Uint8Array.prototype%. The codecs themselves are in `crate::binary::base64`.

use super::new_typed_array;
use crate::binary::ElementType;
use crate::binary::base64::{self, Alphabet, DecodeError, DecodeResult, LastChunkHandling};
use crate::builtins::arg;
use crate::object::NativeCall;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

/// Installs the methods on %Uint8Array% and %Uint8Array.prototype%.
pub fn init(vm: &mut Vm) {
    let ctor = vm.intrinsics().extra[ElementType::Uint8.intrinsic()];
    let proto = vm.intrinsics().extra[ElementType::Uint8.prototype_intrinsic()];
    vm.def_method(ctor, "fromBase64", 1, from_base64);
    vm.def_method(ctor, "fromHex", 1, from_hex);
    vm.def_method(proto, "setFromBase64", 1, set_from_base64);
    vm.def_method(proto, "setFromHex", 1, set_from_hex);
    vm.def_method(proto, "toBase64", 0, to_base64);
    vm.def_method(proto, "toHex", 0, to_hex);
}

/// ECMA-262 §23.3.1.1 Uint8Array.fromBase64 ( string [ , options ] )
fn from_base64(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let string = require_string(vm, arg(args, 0))?;
    let opts = get_options_object(vm, arg(args, 1))?;
    let alphabet = get_alphabet(vm, opts)?;
    let last_chunk_handling = get_last_chunk_handling(vm, opts)?;
    let result = base64::from_base64(vm.heap.str(string), alphabet, last_chunk_handling, usize::MAX);
    new_uint8_array(vm, result)
}

/// ECMA-262 §23.3.1.2 Uint8Array.fromHex ( string )
fn from_hex(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let string = require_string(vm, arg(args, 0))?;
    let result = base64::from_hex(vm.heap.str(string), usize::MAX);
    new_uint8_array(vm, result)
}

/// ECMA-262 §23.3.2.1 Uint8Array.prototype.setFromBase64 ( string [ , options ] )
fn set_from_base64(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const METHOD: &str = "Uint8Array.prototype.setFromBase64";
    let into = validate_uint8_array(vm, cx.this, METHOD)?;
    let string = require_string(vm, arg(args, 0))?;
    let opts = get_options_object(vm, arg(args, 1))?;
    let alphabet = get_alphabet(vm, opts)?;
    let last_chunk_handling = get_last_chunk_handling(vm, opts)?;
    let byte_length = in_bounds_length(vm, into, METHOD)?;
    // FromBase64 runs no user code: the buffer cannot be detached or shrunk meanwhile.
    let result = base64::from_base64(vm.heap.str(string), alphabet, last_chunk_handling, byte_length);
    finish_set(vm, into, result)
}

/// ECMA-262 §23.3.2.2 Uint8Array.prototype.setFromHex ( string )
fn set_from_hex(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const METHOD: &str = "Uint8Array.prototype.setFromHex";
    let into = validate_uint8_array(vm, cx.this, METHOD)?;
    let string = require_string(vm, arg(args, 0))?;
    let byte_length = in_bounds_length(vm, into, METHOD)?;
    let result = base64::from_hex(vm.heap.str(string), byte_length);
    finish_set(vm, into, result)
}

/// ECMA-262 §23.3.2.3 Uint8Array.prototype.toBase64 ( [ options ] )
fn to_base64(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    const METHOD: &str = "Uint8Array.prototype.toBase64";
    let o = validate_uint8_array(vm, cx.this, METHOD)?;
    let opts = get_options_object(vm, arg(args, 0))?;
    let alphabet = get_alphabet(vm, opts)?;
    let omit_padding = match opts {
        Some(opts) => {
            let v = vm.get_str(opts, "omitPadding")?;
            vm.to_boolean(v)
        }
        None => false,
    };
    let bytes = get_uint8_array_bytes(vm, o, METHOD)?;
    let out = base64::to_base64(&bytes, alphabet, omit_padding);
    Ok(vm.string_units(out))
}

/// ECMA-262 §23.3.2.4 Uint8Array.prototype.toHex ( )
fn to_hex(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    const METHOD: &str = "Uint8Array.prototype.toHex";
    let o = validate_uint8_array(vm, cx.this, METHOD)?;
    let bytes = get_uint8_array_bytes(vm, o, METHOD)?;
    Ok(vm.string_units(base64::to_hex(&bytes)))
}

/// ValidateUint8Array (ECMA-262 §23.3.3.1): the receiver as a Uint8Array (any length).
fn validate_uint8_array(vm: &mut Vm, v: Value, method: &str) -> JsResult<ObjId> {
    if let Value::Object(o) = v
        && vm.typed_array_data(o).is_some_and(|t| t.ty == ElementType::Uint8)
    {
        return Ok(o);
    }
    Err(vm.incompatible_receiver(method, v))
}

/// TypedArrayLength of an in-bounds Uint8Array, or the TypeError of a detached or
/// out-of-bounds one (IsTypedArrayOutOfBounds).
fn in_bounds_length(vm: &mut Vm, o: ObjId, method: &str) -> JsResult<usize> {
    match vm.typed_array_length_of(o) {
        Some(len) => Ok(len),
        None => Err(vm.detached_error(method)),
    }
}

/// GetUint8ArrayBytes (ECMA-262 §23.3.3.2)
fn get_uint8_array_bytes(vm: &mut Vm, o: ObjId, method: &str) -> JsResult<Vec<u8>> {
    let len = in_bounds_length(vm, o, method)?;
    let t = vm.typed_array_data(o).expect("validated");
    let (buffer, offset) = (t.buffer, t.byte_offset);
    let mut bytes = vec![0u8; len];
    vm.buffer_read(buffer, offset, &mut bytes);
    Ok(bytes)
}

/// The end of setFromBase64 and setFromHex: SetUint8ArrayBytes (ECMA-262 §23.3.3.3) of the
/// bytes decoded (also those before an error), then the error or `{ read, written }`.
fn finish_set(vm: &mut Vm, into: ObjId, result: DecodeResult) -> JsResult<Value> {
    let t = vm.typed_array_data(into).expect("validated");
    let (buffer, offset) = (t.buffer, t.byte_offset);
    vm.buffer_write(buffer, offset, &result.bytes);
    if let Some(e) = result.error {
        return Err(decode_error(vm, e));
    }
    let out = vm.new_object();
    let read = vm.key_str("read");
    vm.create_data_property_or_throw(out, read, Value::Number(result.read as f64))?;
    let written = vm.key_str("written");
    vm.create_data_property_or_throw(out, written, Value::Number(result.bytes.len() as f64))?;
    Ok(Value::Object(out))
}

/// The end of fromBase64 and fromHex: the error, or AllocateTypedArray("Uint8Array",
/// %Uint8Array%, %Uint8Array.prototype%, length) holding the bytes.
fn new_uint8_array(vm: &mut Vm, result: DecodeResult) -> JsResult<Value> {
    if let Some(e) = result.error {
        return Err(decode_error(vm, e));
    }
    let ta = new_typed_array(vm, ElementType::Uint8, result.bytes.len())?;
    let buffer = vm.typed_array_data(ta).expect("just made").buffer;
    vm.buffer_write(buffer, 0, &result.bytes);
    Ok(Value::Object(ta))
}

/// The SyntaxError of a failed decode, with V8's message.
fn decode_error(vm: &mut Vm, e: DecodeError) -> Value {
    vm.syntax_error(decode_error_message(e))
}

/// V8's message for each way a decode fails (V8 reports any FromHex failure as an odd length).
pub fn decode_error_message(e: DecodeError) -> &'static str {
    match e {
        DecodeError::InvalidCharacter => "Found a character that cannot be part of a valid base64 string.",
        DecodeError::IncompleteChunk => "The base64 input terminates with a single character, excluding padding (=).",
        DecodeError::NonZeroPaddingBits => "The base64 input terminates with non-zero padding bits.",
        DecodeError::OddHexLength | DecodeError::InvalidHexCharacter => {
            "Input string must contain hex characters in even length"
        }
    }
}

/// Step "If string is not a String, throw a TypeError exception" (no ToString).
fn require_string(vm: &mut Vm, v: Value) -> JsResult<crate::value::StrId> {
    match v {
        Value::String(s) => Ok(s),
        _ => Err(vm.type_error("input argument must be a string")),
    }
}

/// GetOptionsObject (ECMA-262 §14.5.2.2 of ECMA-402, used by §23.3): `None` stands for the
/// empty null-prototype object `undefined` gives (every Get on it is undefined).
fn get_options_object(vm: &mut Vm, options: Value) -> JsResult<Option<ObjId>> {
    match options {
        Value::Undefined => Ok(None),
        Value::Object(o) => Ok(Some(o)),
        _ => Err(vm.type_error("The options argument must be an object")),
    }
}

/// The `alphabet` option: undefined is "base64"; anything but the two strings is a TypeError.
fn get_alphabet(vm: &mut Vm, opts: Option<ObjId>) -> JsResult<Alphabet> {
    let v = get_option(vm, opts, "alphabet")?;
    match option_string(vm, v).as_deref() {
        None if v.is_undefined() => Ok(Alphabet::Base64),
        Some("base64") => Ok(Alphabet::Base64),
        Some("base64url") => Ok(Alphabet::Base64Url),
        _ => Err(invalid_option(vm, v)),
    }
}

/// The `lastChunkHandling` option: undefined is "loose".
fn get_last_chunk_handling(vm: &mut Vm, opts: Option<ObjId>) -> JsResult<LastChunkHandling> {
    let v = get_option(vm, opts, "lastChunkHandling")?;
    match option_string(vm, v).as_deref() {
        None if v.is_undefined() => Ok(LastChunkHandling::Loose),
        Some("loose") => Ok(LastChunkHandling::Loose),
        Some("strict") => Ok(LastChunkHandling::Strict),
        Some("stop-before-partial") => Ok(LastChunkHandling::StopBeforePartial),
        _ => Err(invalid_option(vm, v)),
    }
}

/// Get(opts, name), undefined for the absent options object.
fn get_option(vm: &mut Vm, opts: Option<ObjId>, name: &str) -> JsResult<Value> {
    match opts {
        Some(o) => vm.get_str(o, name),
        None => Ok(Value::Undefined),
    }
}

/// The contents of a String option value (None for any other type: no coercion).
fn option_string(vm: &Vm, v: Value) -> Option<String> {
    match v {
        Value::String(s) => Some(vm.rust_string(s)),
        _ => None,
    }
}

/// V8's "invalid option X" TypeError.
fn invalid_option(vm: &mut Vm, v: Value) -> Value {
    let shown = match v {
        Value::String(s) => vm.rust_string(s),
        Value::Object(_) => "[object Object]".to_string(),
        _ => vm.describe(v),
    };
    vm.type_error(&format!("invalid option {shown}"))
}
