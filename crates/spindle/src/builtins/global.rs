//! Value and function properties of the global object (ECMA-262 §19.1, §19.2).

use super::arg;
use crate::object::NativeCall;
use crate::object::property::*;
use crate::value::Value;
use crate::value::number::{parse_float_prefix, parse_int_digits};
use crate::value::string::{is_js_whitespace, lossy};
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let g = vm.global_object();
    vm.def_value(g, "globalThis", Value::Object(g), HIDDEN);
    vm.def_value(g, "NaN", Value::Number(f64::NAN), 0);
    vm.def_value(g, "Infinity", Value::Number(f64::INFINITY), 0);
    vm.def_value(g, "undefined", Value::Undefined, 0);
    let eval = vm.def_method(g, "eval", 1, eval);
    vm.intrinsics_mut().eval = eval;
    vm.def_method(g, "isNaN", 1, is_nan);
    vm.def_method(g, "isFinite", 1, is_finite);
    let pf = vm.def_method(g, "parseFloat", 1, parse_float);
    let pi = vm.def_method(g, "parseInt", 2, parse_int);
    // Number.parseFloat / parseInt are the same function objects.
    let number = vm.get_str(g, "Number").ok().and_then(|v| v.as_object());
    if let Some(n) = number {
        vm.def_value(n, "parseFloat", Value::Object(pf), HIDDEN);
        vm.def_value(n, "parseInt", Value::Object(pi), HIDDEN);
    }
    vm.def_method(g, "encodeURIComponent", 1, encode_uri_component);
    vm.def_method(g, "encodeURI", 1, encode_uri);
    vm.def_method(g, "decodeURIComponent", 1, decode_uri_component);
    vm.def_method(g, "decodeURI", 1, decode_uri);
    vm.def_method(g, "escape", 1, escape);
    vm.def_method(g, "unescape", 1, unescape);
}

fn eval(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    vm.indirect_eval(arg(args, 0))
}

fn is_nan(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(vm.to_number(arg(args, 0))?.is_nan()))
}

fn is_finite(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(vm.to_number(arg(args, 0))?.is_finite()))
}

/// parseFloat (ECMA-262 §19.2.4)
pub fn parse_float(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = vm.to_string(arg(args, 0))?;
    let units = vm.heap.str(s);
    let start = units.iter().position(|&c| !is_js_whitespace(c)).unwrap_or(units.len());
    let text = lossy(&units[start..]);
    Ok(Value::Number(parse_float_prefix(&text).unwrap_or(f64::NAN)))
}

/// parseInt (ECMA-262 §19.2.5)
pub fn parse_int(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = vm.to_string(arg(args, 0))?;
    let units = vm.heap.str(s).to_vec();
    let mut r = vm.to_int32(arg(args, 1))?;
    let start = units.iter().position(|&c| !is_js_whitespace(c)).unwrap_or(units.len());
    let mut t: &[u16] = &units[start..];
    let mut sign = 1.0;
    if let Some(&c) = t.first()
        && (c == b'-' as u16 || c == b'+' as u16)
    {
        if c == b'-' as u16 {
            sign = -1.0;
        }
        t = &t[1..];
    }
    let mut strip = true;
    if r != 0 {
        if !(2..=36).contains(&r) {
            return Ok(Value::Number(f64::NAN));
        }
        if r != 16 {
            strip = false;
        }
    } else {
        r = 10;
    }
    if strip && t.len() >= 2 && t[0] == b'0' as u16 && (t[1] == b'x' as u16 || t[1] == b'X' as u16) {
        t = &t[2..];
        r = 16;
    }
    let end = t
        .iter()
        .position(|&c| char::from_u32(c as u32).and_then(|ch| ch.to_digit(r as u32)).is_none())
        .unwrap_or(t.len());
    if end == 0 {
        return Ok(Value::Number(f64::NAN));
    }
    let digits = lossy(&t[..end]);
    let v = if r == 10 {
        digits.parse::<f64>().unwrap_or(f64::NAN)
    } else {
        parse_int_digits(&digits, r as u32).unwrap_or(f64::NAN)
    };
    Ok(Value::Number(sign * v))
}

const URI_RESERVED: &str = ";/?:@&=+$,";
const URI_UNESCAPED_EXTRA: &str = "-_.!~*'()";

/// Encode (ECMA-262 §19.2.6.5)
fn encode(vm: &mut Vm, v: Value, extra_unescaped: &str) -> JsResult<Value> {
    let s = vm.to_string(v)?;
    let units = vm.heap.str(s).to_vec();
    let mut out = String::new();
    let mut i = 0;
    while i < units.len() {
        let c = units[i];
        if c < 128 {
            let ch = c as u8 as char;
            if ch.is_ascii_alphanumeric() || URI_UNESCAPED_EXTRA.contains(ch) || extra_unescaped.contains(ch) {
                out.push(ch);
                i += 1;
                continue;
            }
        }
        let cp = if (0xD800..0xDC00).contains(&c) {
            if i + 1 >= units.len() || !(0xDC00..0xE000).contains(&units[i + 1]) {
                return Err(vm.error_value(crate::vm::ErrorType::URIError, "URI malformed"));
            }
            let cp = 0x10000 + (((c as u32) - 0xD800) << 10) + (units[i + 1] as u32 - 0xDC00);
            i += 1;
            cp
        } else if (0xDC00..0xE000).contains(&c) {
            return Err(vm.error_value(crate::vm::ErrorType::URIError, "URI malformed"));
        } else {
            c as u32
        };
        let ch = char::from_u32(cp).unwrap_or('\u{FFFD}');
        let mut buf = [0u8; 4];
        for b in ch.encode_utf8(&mut buf).bytes() {
            out.push_str(&format!("%{b:02X}"));
        }
        i += 1;
    }
    Ok(vm.string(&out))
}

/// Decode (ECMA-262 §19.2.6.6)
fn decode(vm: &mut Vm, v: Value, reserved: &str) -> JsResult<Value> {
    let s = vm.to_string(v)?;
    let units = vm.heap.str(s).to_vec();
    let mut out: Vec<u16> = Vec::new();
    let mut i = 0;
    let malformed = |vm: &mut Vm| vm.error_value(crate::vm::ErrorType::URIError, "URI malformed");
    let hex = |u: &[u16], i: usize| -> Option<u8> {
        if i + 2 > u.len() {
            return None;
        }
        let h = char::from_u32(*u.get(i + 1)? as u32)?.to_digit(16)?;
        let l = char::from_u32(*u.get(i + 2)? as u32)?.to_digit(16)?;
        Some((h * 16 + l) as u8)
    };
    while i < units.len() {
        let c = units[i];
        if c != b'%' as u16 {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(b) = hex(&units, i) else {
            return Err(malformed(vm));
        };
        if b < 0x80 {
            let ch = b as char;
            if reserved.contains(ch) {
                out.extend_from_slice(&units[i..i + 3]);
            } else {
                out.push(b as u16);
            }
            i += 3;
            continue;
        }
        let n = if b & 0xE0 == 0xC0 {
            2
        } else if b & 0xF0 == 0xE0 {
            3
        } else if b & 0xF8 == 0xF0 {
            4
        } else {
            return Err(malformed(vm));
        };
        let mut bytes = vec![b];
        let mut j = i + 3;
        for _ in 1..n {
            if j >= units.len() || units[j] != b'%' as u16 {
                return Err(malformed(vm));
            }
            let Some(cb) = hex(&units, j) else {
                return Err(malformed(vm));
            };
            if cb & 0xC0 != 0x80 {
                return Err(malformed(vm));
            }
            bytes.push(cb);
            j += 3;
        }
        let Ok(text) = std::str::from_utf8(&bytes) else {
            return Err(malformed(vm));
        };
        out.extend(text.encode_utf16());
        i = j;
    }
    Ok(vm.string_units(out))
}

fn encode_uri_component(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    encode(vm, arg(args, 0), "")
}
fn encode_uri(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    encode(vm, arg(args, 0), &format!("{URI_RESERVED}#"))
}
fn decode_uri_component(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    decode(vm, arg(args, 0), "")
}
fn decode_uri(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    decode(vm, arg(args, 0), &format!("{URI_RESERVED}#"))
}

/// escape (ECMA-262 §B.2.1.1)
fn escape(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = vm.to_string(arg(args, 0))?;
    let units = vm.heap.str(s).to_vec();
    let mut out = String::with_capacity(units.len());
    for c in units {
        if c < 128 && ((c as u8).is_ascii_alphanumeric() || b"@*_+-./".contains(&(c as u8))) {
            out.push(c as u8 as char);
        } else if c < 256 {
            out.push_str(&format!("%{c:02X}"));
        } else {
            out.push_str(&format!("%u{c:04X}"));
        }
    }
    Ok(vm.string(&out))
}

/// unescape (ECMA-262 §B.2.1.2)
fn unescape(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = vm.to_string(arg(args, 0))?;
    let units = vm.heap.str(s).to_vec();
    let hex = |u: &[u16]| -> Option<u16> {
        let t: String = u.iter().map(|&c| char::from_u32(c as u32).unwrap_or('g')).collect();
        if t.chars().all(|c| c.is_ascii_hexdigit()) { u16::from_str_radix(&t, 16).ok() } else { None }
    };
    let mut out = Vec::with_capacity(units.len());
    let mut k = 0;
    while k < units.len() {
        let c = units[k];
        if c == b'%' as u16 {
            if k + 6 <= units.len()
                && units[k + 1] == b'u' as u16
                && let Some(v) = hex(&units[k + 2..k + 6])
            {
                out.push(v);
                k += 6;
                continue;
            }
            if k + 3 <= units.len()
                && let Some(v) = hex(&units[k + 1..k + 3])
            {
                out.push(v);
                k += 3;
                continue;
            }
        }
        out.push(c);
        k += 1;
    }
    Ok(vm.string_units(out))
}
