//! `internal/buffer/binding`: the byte work under `node:buffer` (`js/buffer.js`, Node:
//! lib/buffer.js), as Node's src/node_buffer.cc and src/string_bytes.cc do it — encoding a
//! string into a view's bytes, decoding a range to a string, comparing, searching and
//! filling. The JavaScript side validates and clamps every argument first; these functions
//! only check what memory safety needs (a view shrunk or detached in between is empty).

use encoding_rs::mem;
use spindle::Value;
use spindle::builtins::arg;
use spindle::object::{NativeCall, ObjectKind};
use spindle::value::ObjId;
use spindle::vm::{JsResult, Vm};
use std::borrow::Cow;

/// The binding's exports.
pub fn exports(vm: &mut Vm) -> Value {
    let o = vm.new_object();
    let methods: [(&str, u32, spindle::object::NativeFn); 9] = [
        ("byteLengthUtf8", 1, byte_length_utf8),
        ("write", 5, write),
        ("slice", 4, slice),
        ("compare", 6, compare),
        ("indexOf", 5, index_of),
        ("fill", 4, fill),
        ("isUtf8", 1, is_utf8),
        ("isAscii", 1, is_ascii),
        ("getOwnNonIndexProperties", 2, get_own_non_index_properties),
    ];
    for (name, length, f) in methods {
        vm.def_method(o, name, length, f);
    }
    Value::Object(o)
}

/// The encodings Node's StringBytes knows (lib/buffer.js normalizes the names first).
#[derive(Clone, Copy, PartialEq)]
enum Encoding {
    Utf8,
    Utf16Le,
    Latin1,
    Ascii,
    Base64,
    Base64Url,
    Hex,
}

fn encoding(vm: &Vm, v: Value) -> Encoding {
    let Value::String(s) = v else { return Encoding::Utf8 };
    match vm.rust_string(s).as_str() {
        "utf16le" => Encoding::Utf16Le,
        "latin1" => Encoding::Latin1,
        "ascii" => Encoding::Ascii,
        "base64" => Encoding::Base64,
        "base64url" => Encoding::Base64Url,
        "hex" => Encoding::Hex,
        _ => Encoding::Utf8,
    }
}

/// A view's backing buffer and its in-bounds byte range (empty when detached or out of
/// bounds, or when `v` is no typed array).
fn view(vm: &Vm, v: Value) -> (Option<ObjId>, usize, usize) {
    let Value::Object(o) = v else { return (None, 0, 0) };
    match vm.typed_array_data(o) {
        Some(t) => {
            let len = vm.typed_array_length(t).unwrap_or(0) * t.ty.size();
            (Some(t.buffer), t.byte_offset, len)
        }
        None => (None, 0, 0),
    }
}

/// The bytes of a view (borrowed from an ArrayBuffer; copied from shared memory, whose
/// bytes other threads may write meanwhile).
pub(crate) fn bytes(vm: &Vm, v: Value) -> Cow<'_, [u8]> {
    let (Some(buffer), offset, len) = view(vm, v) else { return Cow::Borrowed(&[]) };
    match &vm.obj(buffer).kind {
        ObjectKind::ArrayBuffer(d) => match &d.bytes {
            Some(b) => Cow::Borrowed(&b[offset..offset + len]),
            None => Cow::Borrowed(&[]),
        },
        _ => {
            let mut out = vec![0; len];
            vm.buffer_read(buffer, offset, &mut out);
            Cow::Owned(out)
        }
    }
}

/// A new Uint8Array holding `bytes`.
pub(crate) fn new_uint8_array(vm: &mut Vm, bytes: &[u8]) -> JsResult<Value> {
    let array = spindle::builtins::typed_array::new_typed_array(vm, spindle::binary::ElementType::Uint8, bytes.len())?;
    let buffer = vm.typed_array_data(array).expect("just made").buffer;
    vm.buffer_write(buffer, 0, bytes);
    Ok(Value::Object(array))
}

/// An integer argument (already validated by the JavaScript side), clamped to `0..=max`.
fn index(v: Value, max: usize) -> usize {
    match v {
        Value::Number(n) if n > 0.0 => (n as usize).min(max),
        _ => 0,
    }
}

fn string_units(vm: &Vm, v: Value) -> &[u16] {
    match v {
        Value::String(s) => vm.heap.str(s),
        _ => &[],
    }
}

/// `byteLengthUtf8(string)`: the UTF-8 length, a lone surrogate counting 3 bytes (its
/// replacement character's).
fn byte_length_utf8(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let units = string_units(vm, arg(args, 0));
    let mut n = 0usize;
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        n += match u {
            0..=0x7F => 1,
            0x80..=0x7FF => 2,
            0xD800..=0xDBFF if units.get(i + 1).is_some_and(|l| (0xDC00..=0xDFFF).contains(l)) => {
                i += 1;
                4
            }
            _ => 3,
        };
        i += 1;
    }
    Ok(Value::Number(n as f64))
}

/// `write(target, string, offset, maxLength, encoding)`: Node's StringBytes::Write — the
/// bytes written (only whole characters in UTF-8 and UTF-16).
fn write(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (Some(buffer), start, len) = view(vm, arg(args, 0)) else { return Ok(Value::Number(0.0)) };
    let offset = index(arg(args, 2), len);
    let max = index(arg(args, 3), len - offset);
    let encoded = encode(string_units(vm, arg(args, 1)), encoding(vm, arg(args, 4)), max);
    vm.buffer_write(buffer, start + offset, &encoded);
    Ok(Value::Number(encoded.len() as f64))
}

/// A string value's bytes in the encoding named by `encoding` (`fs.writeSync` of a string).
pub(crate) fn encode_value(vm: &Vm, string: Value, encoding_name: Value) -> Vec<u8> {
    encode(string_units(vm, string), encoding(vm, encoding_name), usize::MAX)
}

/// At most `max` bytes of `units` in `encoding`.
fn encode(units: &[u16], encoding: Encoding, max: usize) -> Vec<u8> {
    match encoding {
        Encoding::Utf8 => {
            let mut out = vec![0; max.min(units.len().saturating_mul(3))];
            let (_, written) = mem::convert_utf16_to_utf8_partial(units, &mut out);
            out.truncate(written);
            out
        }
        Encoding::Utf16Le => units.iter().take(max / 2).flat_map(|u| u.to_le_bytes()).collect(),
        // Node writes each unit's low byte for both.
        Encoding::Latin1 | Encoding::Ascii => units.iter().take(max).map(|&u| u as u8).collect(),
        Encoding::Base64 | Encoding::Base64Url => base64_decode(units, max),
        Encoding::Hex => hex_decode(units, max),
    }
}

/// The value of a base64 digit of either alphabet, as Node's unbase64_table (a unit is
/// read as its low byte, as Node's decoder casts it).
fn unbase64(u: u16) -> Option<u8> {
    match u as u8 {
        c @ b'A'..=b'Z' => Some(c - b'A'),
        c @ b'a'..=b'z' => Some(c - b'a' + 26),
        c @ b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    }
}

/// Node's base64_decoded_size: the bytes a base64 text of this length decodes to, trailing
/// `=` aside.
fn base64_decoded_size(units: &[u16]) -> usize {
    let mut size = units.len();
    if size < 2 {
        return 0;
    }
    for _ in 0..2 {
        if units[size - 1] == u16::from(b'=') {
            size -= 1;
        }
    }
    size / 4 * 3 + (size % 4).div_ceil(2)
}

/// Node's lenient base64 decoder (src/base64-inl.h base64_decode): characters outside both
/// alphabets are skipped, `=` ends the text, a last group of one digit gives nothing.
fn base64_decode(units: &[u16], max: usize) -> Vec<u8> {
    let limit = max.min(base64_decoded_size(units));
    let mut out = Vec::with_capacity(limit);
    let mut digits = [0u8; 4];
    let mut n = 0;
    for &u in units {
        let Some(d) = unbase64(u) else {
            if u == u16::from(b'=') {
                break;
            }
            continue;
        };
        digits[n] = d;
        n += 1;
        match n {
            2 => out.push(digits[0] << 2 | digits[1] >> 4),
            3 => out.push(digits[1] << 4 | digits[2] >> 2),
            4 => {
                out.push(digits[2] << 6 | digits[3]);
                n = 0;
            }
            _ => {}
        }
        if out.len() >= limit {
            break;
        }
    }
    out.truncate(limit);
    out
}

fn unhex(u: u16) -> Option<u8> {
    (u as u8 as char).to_digit(16).map(|d| d as u8)
}

/// Node's hex_decode: pairs of digits until the first invalid pair.
fn hex_decode(units: &[u16], max: usize) -> Vec<u8> {
    units.chunks_exact(2).take(max).map_while(|pair| Some(unhex(pair[0])? << 4 | unhex(pair[1])?)).collect()
}

/// `slice(source, start, end, encoding)`: Node's StringBytes::Encode of that range.
fn slice(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let enc = encoding(vm, arg(args, 3));
    let units = {
        let all = bytes(vm, arg(args, 0));
        let end = index(arg(args, 2), all.len());
        let start = index(arg(args, 1), end);
        decode(&all[start..end], enc)
    };
    Ok(vm.string_rc(units))
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// A range's string in `encoding`, collected straight into the string's shared buffer where
/// the length is known up front (no copy from a vector).
fn decode(bytes: &[u8], encoding: Encoding) -> std::rc::Rc<[u16]> {
    match encoding {
        Encoding::Utf8 => {
            let mut out = vec![0; bytes.len() + 1];
            let n = mem::convert_utf8_to_utf16(bytes, &mut out);
            out.truncate(n);
            out.into()
        }
        Encoding::Utf16Le => bytes.chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])).collect(),
        Encoding::Latin1 => bytes.iter().map(|&b| u16::from(b)).collect(),
        // Node clears the high bit of every byte (StringBytes::Encode's force_ascii).
        Encoding::Ascii => bytes.iter().map(|&b| u16::from(b & 0x7F)).collect(),
        Encoding::Base64 => base64_encode(bytes, BASE64, true).into(),
        Encoding::Base64Url => base64_encode(bytes, BASE64_URL, false).into(),
        Encoding::Hex => {
            const DIGITS: &[u8; 16] = b"0123456789abcdef";
            bytes
                .iter()
                .flat_map(|&b| [DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 15)]])
                .map(u16::from)
                .collect()
        }
    }
}

fn base64_encode(bytes: &[u8], table: &[u8; 64], pad: bool) -> Vec<u16> {
    let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
    for group in bytes.chunks(3) {
        let b = [group[0], *group.get(1).unwrap_or(&0), *group.get(2).unwrap_or(&0)];
        let digits = [b[0] >> 2, (b[0] & 3) << 4 | b[1] >> 4, (b[1] & 15) << 2 | b[2] >> 6, b[2] & 63];
        for &d in &digits[..group.len() + 1] {
            out.push(u16::from(table[usize::from(d)]));
        }
        if pad {
            out.extend(std::iter::repeat_n(u16::from(b'='), 3 - group.len()));
        }
    }
    out
}

/// `compare(a, aStart, aEnd, b, bStart, bEnd)`: -1, 0 or 1, as memcmp then the lengths.
fn compare(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let range = |all: &[u8], s: Value, e: Value| -> (usize, usize) {
        let end = index(e, all.len());
        (index(s, end), end)
    };
    let a = bytes(vm, arg(args, 0));
    let b = bytes(vm, arg(args, 3));
    let (a0, a1) = range(&a, arg(args, 1), arg(args, 2));
    let (b0, b1) = range(&b, arg(args, 4), arg(args, 5));
    let order = a[a0..a1].cmp(&b[b0..b1]);
    Ok(Value::Number(order as i8 as f64))
}

/// Node's IndexOfOffset (src/node_buffer.cc): where a search starts, or -1 for none.
fn index_of_offset(length: i64, offset: i64, needle_length: i64, is_forward: bool) -> i64 {
    if offset < 0 {
        if offset + length >= 0 {
            length + offset
        } else if is_forward || needle_length == 0 {
            0
        } else {
            -1
        }
    } else if offset + needle_length <= length {
        offset
    } else if needle_length == 0 {
        length
    } else if is_forward {
        -1
    } else {
        length - 1
    }
}

/// `indexOf(haystack, needle, byteOffset, isForward, encoding)`: Node's IndexOfBuffer /
/// IndexOfString; a needle made from a `utf16le` string matches at even offsets only
/// (Node searches 16-bit units).
fn index_of(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let is_forward = vm.to_boolean(arg(args, 3));
    let units16 = encoding(vm, arg(args, 4)) == Encoding::Utf16Le && matches!(arg(args, 4), Value::String(_));
    let offset = match arg(args, 2) {
        Value::Number(n) if n.is_finite() => n.trunc().clamp(-9e15, 9e15) as i64,
        Value::Number(n) if n > 0.0 => i64::MAX / 4,
        Value::Number(n) if n < 0.0 => i64::MIN / 4,
        _ => 0,
    };
    let haystack = bytes(vm, arg(args, 0));
    let needle = bytes(vm, arg(args, 1));
    let found = search(&haystack, &needle, offset, is_forward, if units16 { 2 } else { 1 });
    Ok(Value::Number(found as f64))
}

/// The search of Node's IndexOfBuffer over `step`-aligned positions.
fn search(haystack: &[u8], needle: &[u8], offset: i64, is_forward: bool, step: usize) -> i64 {
    let (h, n) = (haystack.len() as i64, needle.len() as i64);
    let start = index_of_offset(h, offset, n, is_forward);
    if n == 0 {
        return start;
    }
    if h == 0 || start < 0 || n > h || (is_forward && start + n > h) {
        return -1;
    }
    if step == 2 && (h < 2 || n < 2) {
        return -1;
    }
    let start = start as usize;
    let matches_at = |i: usize| i + needle.len() <= haystack.len() && haystack[i..i + needle.len()] == *needle;
    let result = if is_forward {
        let first = start.div_ceil(step) * step;
        (first..=haystack.len() - needle.len()).step_by(step).find(|&i| matches_at(i))
    } else {
        let last = (start.min(haystack.len() - needle.len()) / step) * step;
        (0..=last).rev().filter(|i| i % step == 0).find(|&i| matches_at(i))
    };
    result.map_or(-1, |i| i as i64)
}

/// `fill(target, pattern, start, end)`: the pattern repeated over the range.
fn fill(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let pattern = bytes(vm, arg(args, 1)).into_owned();
    let (Some(buffer), offset, len) = view(vm, arg(args, 0)) else { return Ok(Value::Undefined) };
    let end = index(arg(args, 3), len);
    let start = index(arg(args, 2), end);
    if pattern.is_empty() || start == end {
        return Ok(Value::Undefined);
    }
    let filled: Vec<u8> = pattern.iter().copied().cycle().take(end - start).collect();
    vm.buffer_write(buffer, offset + start, &filled);
    Ok(Value::Undefined)
}

/// `isUtf8(view)`: whether the bytes are well-formed UTF-8.
fn is_utf8(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(std::str::from_utf8(&bytes(vm, arg(args, 0))).is_ok()))
}

/// `isAscii(view)`: whether every byte is below 0x80.
fn is_ascii(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(mem::is_ascii(&bytes(vm, arg(args, 0)))))
}

/// `getOwnNonIndexProperties(object, onlyEnumerable)` (V8's GetOwnNonIndexProperties, which
/// Node's inspect of a Buffer uses): the own keys that are not array indices, strings before
/// symbols, without listing a typed array's elements.
fn get_own_non_index_properties(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    use spindle::object::property::PropertyKey;
    let Value::Object(o) = arg(args, 0) else { return Ok(Value::Object(vm.new_array(Vec::new()))) };
    let only_enumerable = vm.to_boolean(arg(args, 1));
    let keys: Vec<PropertyKey> = vm
        .obj(o)
        .props
        .iter()
        .filter(|(k, p)| !matches!(k, PropertyKey::Index(_)) && (!only_enumerable || p.enumerable()))
        .map(|(k, _)| k)
        .collect();
    let strings = keys.iter().filter_map(|k| match k {
        PropertyKey::String(s) => Some(Value::String(*s)),
        _ => None,
    });
    let symbols = keys.iter().filter_map(|k| match k {
        PropertyKey::Symbol(s) => Some(Value::Symbol(*s)),
        _ => None,
    });
    let list = strings.chain(symbols).collect();
    Ok(Value::Object(vm.new_array(list)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn base64_decodes_leniently_as_node() {
        assert_eq!(base64_decode(&u("aGk="), 100), b"hi");
        assert_eq!(base64_decode(&u("aG k"), 100), b"hi");
        assert_eq!(base64_decode(&u("aGk=aGk="), 100), b"hi");
        assert_eq!(base64_decode(&u("a"), 100), b"");
        assert_eq!(base64_decode(&u("-_-_"), 100), [0xfb, 0xff, 0xbf]);
        assert_eq!(base64_decode(&u("aGVsbG8"), 3), b"hel");
    }

    #[test]
    fn hex_stops_at_the_first_invalid_pair() {
        assert_eq!(hex_decode(&u("0aFFzz11"), 100), [0x0a, 0xff]);
        assert_eq!(hex_decode(&u("abc"), 100), [0xab]);
    }

    #[test]
    fn search_follows_node_offsets() {
        let h = b"abcabc";
        assert_eq!(search(h, b"bc", 0, true, 1), 1);
        assert_eq!(search(h, b"bc", 2, true, 1), 4);
        assert_eq!(search(h, b"bc", -1, true, 1), -1);
        assert_eq!(search(h, b"bc", -100, true, 1), 1);
        assert_eq!(search(h, b"bc", 100, false, 1), 4);
        assert_eq!(search(h, b"bc", 3, false, 1), 1);
        assert_eq!(search(h, b"", 100, true, 1), 6);
        assert_eq!(search(b"a\0b\0", b"\0b", 0, true, 2), -1);
        assert_eq!(search(b"a\0b\0", b"b\0", 0, true, 2), 2);
    }
}
