//! String (ECMA-262 §22.1): the constructor, static methods and String.prototype
//! (UTF-16 code unit semantics).

use super::arg;
use crate::object::property::*;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::string::{is_js_whitespace, trim_js};
use crate::value::{StrId, Value};
use crate::vm::{JsResult, Vm};
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    let sp = vm.intrinsics().string_prototype;
    let ctor = vm.def_constructor("String", 1, string_constructor, sp);
    vm.def_method(ctor, "fromCharCode", 1, from_char_code);
    vm.def_method(ctor, "fromCodePoint", 1, from_code_point);
    vm.def_method(ctor, "raw", 1, raw);
    let methods: [(&str, u32, crate::object::NativeFn); 35] = [
        ("at", 1, at),
        ("charAt", 1, char_at),
        ("charCodeAt", 1, char_code_at),
        ("codePointAt", 1, code_point_at),
        ("concat", 1, concat),
        ("endsWith", 1, ends_with),
        ("includes", 1, includes),
        ("indexOf", 1, index_of),
        ("lastIndexOf", 1, last_index_of),
        ("padEnd", 1, pad_end),
        ("padStart", 1, pad_start),
        ("repeat", 1, repeat),
        ("slice", 2, slice),
        ("split", 2, split),
        ("startsWith", 1, starts_with),
        ("substring", 2, substring),
        ("substr", 2, substr),
        ("toLowerCase", 0, to_lower_case),
        ("toUpperCase", 0, to_upper_case),
        ("toLocaleLowerCase", 0, to_locale_lower_case),
        ("toLocaleUpperCase", 0, to_locale_upper_case),
        ("toString", 0, to_string),
        ("valueOf", 0, to_string),
        ("trim", 0, trim),
        ("trimStart", 0, trim_start),
        ("trimEnd", 0, trim_end),
        ("isWellFormed", 0, is_well_formed),
        ("toWellFormed", 0, to_well_formed),
        ("localeCompare", 1, locale_compare),
        ("normalize", 0, normalize),
        ("replace", 2, replace),
        ("replaceAll", 2, replace_all),
        ("match", 1, match_),
        ("matchAll", 1, match_all),
        ("search", 1, search),
    ];
    for (name, len, f) in methods {
        vm.def_method(sp, name, len, f);
    }
    // Annex B: trimLeft/trimRight are the same function objects as trimStart/trimEnd.
    for (alias, orig) in [("trimLeft", "trimStart"), ("trimRight", "trimEnd")] {
        let k = vm.key_str(orig);
        if let Some(p) = vm.own_property(sp, k) {
            let ak = vm.key_str(alias);
            vm.store_property(sp, ak, p);
        }
    }
    let it = vm.sym.iterator;
    vm.def_method_sym(sp, it, "[Symbol.iterator]", 0, iterator);
    // Annex B.2.2 HTML methods.
    let html: [(&str, crate::object::NativeFn); 13] = [
        ("anchor", html_anchor),
        ("big", html_big),
        ("blink", html_blink),
        ("bold", html_bold),
        ("fixed", html_fixed),
        ("fontcolor", html_fontcolor),
        ("fontsize", html_fontsize),
        ("italics", html_italics),
        ("link", html_link),
        ("small", html_small),
        ("strike", html_strike),
        ("sub", html_sub),
        ("sup", html_sup),
    ];
    for (name, f) in html {
        let len = if matches!(name, "anchor" | "fontcolor" | "fontsize" | "link") { 1 } else { 0 };
        vm.def_method(sp, name, len, f);
    }
}

fn string_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = if args.is_empty() {
        vm.names.empty
    } else {
        match (cx.new_target, args[0]) {
            (None, Value::Symbol(sym)) => {
                let d = super::symbol::descriptive_string(vm, sym);
                return Ok(vm.string(&d));
            }
            (_, v) => vm.to_string(v)?,
        }
    };
    match cx.new_target {
        None => Ok(Value::String(s)),
        Some(nt) => {
            let proto = vm.get_prototype_from_constructor(nt, |i| i.string_prototype)?;
            Ok(Value::Object(vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::StringBox(s)))))
        }
    }
}

/// RequireObjectCoercible(this) then ToString: the string a method operates on.
/// RequireObjectCoercible(this) + ToString, as a shared buffer (no copy of the units).
fn this_str(vm: &mut Vm, this: Value, name: &str) -> JsResult<Rc<[u16]>> {
    if this.is_nullish() {
        return Err(vm.type_error(&format!("String.prototype.{name} called on null or undefined")));
    }
    let s = vm.to_string(this)?;
    Ok(vm.heap.str_rc(s))
}

fn arg_str(vm: &mut Vm, v: Value) -> JsResult<Rc<[u16]>> {
    let s = vm.to_string(v)?;
    Ok(vm.heap.str_rc(s))
}

fn units(vm: &mut Vm, u: impl StringUnits) -> Value {
    vm.string_units(u.into_units())
}

/// Code units that can become a new string: an owned vector, or a shared buffer (copied).
trait StringUnits {
    fn into_units(self) -> Vec<u16>;
}

impl StringUnits for Vec<u16> {
    fn into_units(self) -> Vec<u16> {
        self
    }
}

impl StringUnits for Rc<[u16]> {
    fn into_units(self) -> Vec<u16> {
        self.to_vec()
    }
}

fn from_char_code(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if let [a] = args {
        // One Latin-1 unit: the shared one-character string, no allocation.
        let unit = vm.to_uint32(*a)? as u16;
        if unit < 256 {
            return Ok(Value::String(vm.single_char(unit)));
        }
        return Ok(units(vm, vec![unit]));
    }
    let mut out = Vec::with_capacity(args.len());
    for &a in args {
        out.push(vm.to_uint32(a)? as u16);
    }
    Ok(units(vm, out))
}

fn from_code_point(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let mut out = Vec::new();
    for &a in args {
        let n = vm.to_number(a)?;
        if n.fract() != 0.0 || !(0.0..=1114111.0).contains(&n) {
            let d = crate::value::number::number_to_string(n);
            return Err(vm.range_error(&format!("Invalid code point {d}")));
        }
        let c = n as u32;
        if c >= 0x10000 {
            let c = c - 0x10000;
            out.push(0xD800 + (c >> 10) as u16);
            out.push(0xDC00 + (c & 0x3FF) as u16);
        } else {
            out.push(c as u16);
        }
    }
    Ok(units(vm, out))
}

/// String.raw (ECMA-262 §22.1.2.4)
fn raw(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let cooked = vm.to_object(arg(args, 0))?;
    let r = vm.get(cooked, PropertyKey::String(vm.names.raw), Value::Object(cooked))?;
    let lit = vm.to_object(r)?;
    let len = vm.length_of_array_like(lit)?;
    let mut out = Vec::new();
    for i in 0..len as u32 {
        let seg = vm.get(lit, PropertyKey::Index(i), Value::Object(lit))?;
        out.extend_from_slice(&arg_str(vm, seg)?);
        if i + 1 < len as u32 && (i as usize + 1) < args.len() {
            out.extend_from_slice(&arg_str(vm, args[i as usize + 1])?);
        }
    }
    Ok(units(vm, out))
}

fn at(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "at")?;
    let r = vm.to_integer_or_infinity(arg(args, 0))?;
    let len = s.len() as f64;
    let k = if r >= 0.0 { r } else { len + r };
    if k < 0.0 || k >= len {
        return Ok(Value::Undefined);
    }
    Ok(units(vm, vec![s[k as usize]]))
}

fn char_at(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "charAt")?;
    let p = vm.to_integer_or_infinity(arg(args, 0))?;
    if p < 0.0 || p >= s.len() as f64 {
        return Ok(Value::String(vm.names.empty));
    }
    Ok(units(vm, vec![s[p as usize]]))
}

fn char_code_at(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "charCodeAt")?;
    let p = vm.to_integer_or_infinity(arg(args, 0))?;
    if p < 0.0 || p >= s.len() as f64 {
        return Ok(Value::Number(f64::NAN));
    }
    Ok(Value::Number(s[p as usize] as f64))
}

fn code_point_at(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "codePointAt")?;
    let p = vm.to_integer_or_infinity(arg(args, 0))?;
    if p < 0.0 || p >= s.len() as f64 {
        return Ok(Value::Undefined);
    }
    let i = p as usize;
    let c = s[i];
    if (0xD800..0xDC00).contains(&c) && i + 1 < s.len() && (0xDC00..0xE000).contains(&s[i + 1]) {
        let cp = 0x10000 + (((c as u32) - 0xD800) << 10) + (s[i + 1] as u32 - 0xDC00);
        return Ok(Value::Number(cp as f64));
    }
    Ok(Value::Number(c as f64))
}

fn concat(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let mut s = this_str(vm, cx.this, "concat")?.to_vec();
    for &a in args {
        s.extend_from_slice(&arg_str(vm, a)?);
    }
    Ok(units(vm, s))
}

fn find(hay: &[u16], needle: &[u16], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return if from <= hay.len() { Some(from) } else { None };
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

fn is_regexp(vm: &mut Vm, v: Value) -> JsResult<bool> {
    super::regexp::is_regexp(vm, v)
}

fn ends_with(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "endsWith")?;
    if is_regexp(vm, arg(args, 0))? {
        return Err(vm.type_error("First argument to String.prototype.endsWith must not be a regular expression"));
    }
    let search = arg_str(vm, arg(args, 0))?;
    let end = if arg(args, 1).is_undefined() {
        s.len() as f64
    } else {
        vm.to_integer_or_infinity(args[1])?.clamp(0.0, s.len() as f64)
    };
    let end = end as usize;
    if search.len() > end {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(s[end - search.len()..end] == search[..]))
}

fn starts_with(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "startsWith")?;
    if is_regexp(vm, arg(args, 0))? {
        return Err(vm.type_error("First argument to String.prototype.startsWith must not be a regular expression"));
    }
    let search = arg_str(vm, arg(args, 0))?;
    let start = vm.to_integer_or_infinity(arg(args, 1))?.clamp(0.0, s.len() as f64) as usize;
    if start + search.len() > s.len() {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(s[start..start + search.len()] == search[..]))
}

fn includes(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "includes")?;
    if is_regexp(vm, arg(args, 0))? {
        return Err(vm.type_error("First argument to String.prototype.includes must not be a regular expression"));
    }
    let search = arg_str(vm, arg(args, 0))?;
    let start = vm.to_integer_or_infinity(arg(args, 1))?.clamp(0.0, s.len() as f64) as usize;
    Ok(Value::Bool(find(&s, &search, start).is_some()))
}

fn index_of(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "indexOf")?;
    let search = arg_str(vm, arg(args, 0))?;
    let start = vm.to_integer_or_infinity(arg(args, 1))?.clamp(0.0, s.len() as f64) as usize;
    Ok(Value::Number(find(&s, &search, start).map_or(-1.0, |i| i as f64)))
}

fn last_index_of(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "lastIndexOf")?;
    let search = arg_str(vm, arg(args, 0))?;
    let n = vm.to_number(arg(args, 1))?;
    let pos = if n.is_nan() { f64::INFINITY } else { n.trunc() };
    let start = pos.clamp(0.0, s.len() as f64) as usize;
    if search.len() > s.len() {
        return Ok(Value::Number(-1.0));
    }
    let max = start.min(s.len() - search.len());
    for i in (0..=max).rev() {
        if s[i..i + search.len()] == search[..] {
            return Ok(Value::Number(i as f64));
        }
    }
    Ok(Value::Number(-1.0))
}

fn pad(vm: &mut Vm, this: Value, args: &[Value], at_start: bool) -> JsResult<Value> {
    let s = this_str(vm, this, if at_start { "padStart" } else { "padEnd" })?;
    let max = vm.to_length(arg(args, 0))?;
    if max <= s.len() as f64 {
        return Ok(units(vm, s));
    }
    let filler = if arg(args, 1).is_undefined() { vec![b' ' as u16] } else { arg_str(vm, args[1])?.to_vec() };
    if filler.is_empty() {
        return Ok(units(vm, s));
    }
    if max > crate::vm::ops::MAX_STRING_LEN as f64 {
        return Err(vm.range_error("Invalid string length"));
    }
    vm.reserve_heap(max as usize * 2)?;
    let fill_len = max as usize - s.len();
    let fill: Vec<u16> = filler.iter().copied().cycle().take(fill_len).collect();
    let out = if at_start { [&fill[..], &s[..]].concat() } else { [&s[..], &fill[..]].concat() };
    Ok(units(vm, out))
}

fn pad_start(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    pad(vm, cx.this, args, true)
}
fn pad_end(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    pad(vm, cx.this, args, false)
}

fn repeat(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "repeat")?;
    let n = vm.to_integer_or_infinity(arg(args, 0))?;
    if n < 0.0 || n == f64::INFINITY {
        let d = crate::value::number::number_to_string(n);
        return Err(vm.range_error(&format!("Invalid count value: {d}")));
    }
    if s.is_empty() || n == 0.0 {
        return Ok(Value::String(vm.names.empty));
    }
    if s.len() as f64 * n > crate::vm::ops::MAX_STRING_LEN as f64 {
        return Err(vm.range_error("Invalid string length"));
    }
    vm.reserve_heap(s.len() * n as usize * 2)?;
    Ok(units(vm, s.repeat(n as usize)))
}

fn slice(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "slice")?;
    let len = s.len() as f64;
    let rel = |r: f64| {
        if r < 0.0 { (len + r).max(0.0) } else { r.min(len) }
    };
    let from = rel(vm.to_integer_or_infinity(arg(args, 0))?);
    let to = if arg(args, 1).is_undefined() { len } else { rel(vm.to_integer_or_infinity(args[1])?) };
    if from >= to {
        return Ok(Value::String(vm.names.empty));
    }
    Ok(vm.string_from_slice(&s[from as usize..to as usize]))
}

fn substring(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "substring")?;
    let len = s.len() as f64;
    let a = vm.to_integer_or_infinity(arg(args, 0))?.clamp(0.0, len);
    let b = if arg(args, 1).is_undefined() { len } else { vm.to_integer_or_infinity(args[1])?.clamp(0.0, len) };
    let (from, to) = if a < b { (a, b) } else { (b, a) };
    Ok(vm.string_from_slice(&s[from as usize..to as usize]))
}

fn substr(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "substr")?;
    let len = s.len() as f64;
    let mut start = vm.to_integer_or_infinity(arg(args, 0))?;
    if start < 0.0 {
        start = (len + start).max(0.0);
    }
    start = start.min(len);
    let l = if arg(args, 1).is_undefined() { len } else { vm.to_integer_or_infinity(args[1])? };
    let end = (start + l).min(len);
    if start >= end {
        return Ok(Value::String(vm.names.empty));
    }
    Ok(vm.string_from_slice(&s[start as usize..end as usize]))
}

fn split(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if cx.this.is_nullish() {
        return Err(vm.type_error("String.prototype.split called on null or undefined"));
    }
    let sep = arg(args, 0);
    if sep.is_object() {
        let splitter = vm.get_value_prop(sep, PropertyKey::Symbol(vm.sym.split))?;
        if !splitter.is_nullish() {
            return vm.call(splitter, sep, &[cx.this, arg(args, 1)]);
        }
    }
    let s = arg_str(vm, cx.this)?;
    let lim = if arg(args, 1).is_undefined() { u32::MAX } else { vm.to_uint32(args[1])? };
    let r = arg_str(vm, sep)?;
    if lim == 0 {
        return Ok(Value::Object(vm.new_array(Vec::new())));
    }
    if sep.is_undefined() {
        let v = units(vm, s);
        return Ok(Value::Object(vm.new_array(vec![v])));
    }
    let mut parts: Vec<Vec<u16>> = Vec::new();
    if r.is_empty() {
        for &c in s.iter().take(lim as usize) {
            parts.push(vec![c]);
        }
    } else {
        let mut p = 0;
        let mut q = 0;
        while let Some(i) = find(&s, &r, q) {
            parts.push(s[p..i].to_vec());
            if parts.len() as u32 >= lim {
                break;
            }
            p = i + r.len();
            q = p;
        }
        if (parts.len() as u32) < lim {
            parts.push(s[p..].to_vec());
        }
    }
    let vals: Vec<Value> = parts.into_iter().map(|p| vm.string_units(p)).collect();
    Ok(Value::Object(vm.new_array(vals)))
}

/// Whether the Σ at `i` ends a word (Final_Sigma, Unicode §3.13): a cased letter before it
/// and none after it, skipping case-ignorable characters.
fn is_final_sigma(cps: &[u32], i: usize) -> bool {
    use super::normalize::{is_case_ignorable, is_cased};
    let before = cps[..i].iter().rev().find(|&&c| !is_case_ignorable(c)).is_some_and(|&c| is_cased(c));
    let after = cps[i + 1..].iter().find(|&&c| !is_case_ignorable(c)).is_some_and(|&c| is_cased(c));
    before && !after
}

/// The language of a locale argument when it has special casing rules (tr, az, lt).
fn casing_language(vm: &mut Vm, locales: Value) -> JsResult<Option<&'static str>> {
    let first = match locales {
        Value::Undefined => return Ok(None),
        Value::Object(o) if vm.is_array(locales)? => vm.get(o, PropertyKey::Index(0), locales)?,
        v => v,
    };
    if first.is_undefined() {
        return Ok(None);
    }
    let tag = vm.to_rust_string(first)?.to_ascii_lowercase();
    let lang = tag.split(['-', '_']).next().unwrap_or("");
    Ok(["tr", "az", "lt"].into_iter().find(|&l| l == lang))
}

/// The case mapping of an all-ASCII string (where the full mappings are ASCII's own, outside
/// the Turkic languages' dotted and dotless i), without decoding code points: the common
/// case, and about 70 times faster than the general path on a 64 KiB string.
fn ascii_case(s: &[u16], upper: bool) -> Option<Rc<[u16]>> {
    if !crate::value::string::is_ascii(s) {
        return None;
    }
    // Two loops without a call per unit, so each compiles to vector code, collected straight
    // into the string's buffer.
    Some(if upper {
        s.iter().map(|&u| if (0x61..=0x7A).contains(&u) { u - 0x20 } else { u }).collect()
    } else {
        s.iter().map(|&u| if (0x41..=0x5A).contains(&u) { u + 0x20 } else { u }).collect()
    })
}

/// toLowerCase with the default (or a language's) full case mappings (ECMA-262 §22.1.3.28).
fn lower_units(s: &[u16], lang: Option<&str>) -> Rc<[u16]> {
    let turkic = matches!(lang, Some("tr" | "az"));
    if !turkic && let Some(mapped) = ascii_case(s, false) {
        return mapped;
    }
    let cps = super::normalize::code_points(s);
    let mut out: Vec<u32> = Vec::with_capacity(cps.len());
    for (i, &c) in cps.iter().enumerate() {
        match c {
            0x3A3 if is_final_sigma(&cps, i) => out.push(0x3C2),
            0x130 if turkic => out.push(0x69),
            0x49 if turkic => {
                // I followed by a combining dot above becomes i; otherwise dotless ı.
                if cps.get(i + 1) == Some(&0x307) {
                    out.push(0x69);
                } else {
                    out.push(0x131);
                }
            }
            0x307 if turkic && i > 0 && cps[i - 1] == 0x49 => {}
            _ => match char::from_u32(c) {
                Some(ch) => out.extend(ch.to_lowercase().map(|x| x as u32)),
                None => out.push(c),
            },
        }
    }
    super::normalize::to_utf16(&out).into()
}

/// toUpperCase with the default (or a language's) full case mappings (ECMA-262 §22.1.3.29).
fn upper_units(s: &[u16], lang: Option<&str>) -> Rc<[u16]> {
    let turkic = matches!(lang, Some("tr" | "az"));
    if !turkic && let Some(mapped) = ascii_case(s, true) {
        return mapped;
    }
    let cps = super::normalize::code_points(s);
    let mut out: Vec<u32> = Vec::with_capacity(cps.len());
    for &c in &cps {
        match c {
            0x69 if turkic => out.push(0x130),
            _ => match char::from_u32(c) {
                Some(ch) => out.extend(ch.to_uppercase().map(|x| x as u32)),
                None => out.push(c),
            },
        }
    }
    super::normalize::to_utf16(&out).into()
}

/// String.prototype.toLowerCase (ECMA-262 §22.1.3.28)
fn to_lower_case(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "toLowerCase")?;
    Ok(vm.string_rc(lower_units(&s, None)))
}

/// String.prototype.toUpperCase (ECMA-262 §22.1.3.29)
fn to_upper_case(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "toUpperCase")?;
    Ok(vm.string_rc(upper_units(&s, None)))
}

/// String.prototype.toLocaleLowerCase (ECMA-402 §19.1.2)
fn to_locale_lower_case(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "toLocaleLowerCase")?;
    let lang = casing_language(vm, arg(args, 0))?;
    Ok(vm.string_rc(lower_units(&s, lang)))
}

/// String.prototype.toLocaleUpperCase (ECMA-402 §19.1.3)
fn to_locale_upper_case(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "toLocaleUpperCase")?;
    let lang = casing_language(vm, arg(args, 0))?;
    Ok(vm.string_rc(upper_units(&s, lang)))
}

/// thisStringValue (ECMA-262 §22.1.3.35.1)
fn to_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    match cx.this {
        Value::String(s) => Ok(Value::String(s)),
        Value::Object(o) => match vm.obj(o).kind {
            ObjectKind::StringBox(s) => Ok(Value::String(s)),
            _ => Err(vm.type_error("String.prototype.toString requires that 'this' be a String")),
        },
        _ => Err(vm.type_error("String.prototype.toString requires that 'this' be a String")),
    }
}

fn trim(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "trim")?;
    Ok(vm.string_from_slice(trim_js(&s)))
}
fn trim_start(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "trimStart")?;
    let start = s.iter().position(|&c| !is_js_whitespace(c)).unwrap_or(s.len());
    Ok(vm.string_from_slice(&s[start..]))
}
fn trim_end(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "trimEnd")?;
    let end = s.iter().rposition(|&c| !is_js_whitespace(c)).map_or(0, |e| e + 1);
    Ok(vm.string_from_slice(&s[..end]))
}

fn is_well_formed(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "isWellFormed")?;
    Ok(Value::Bool(String::from_utf16(&s).is_ok()))
}
fn to_well_formed(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "toWellFormed")?;
    let out: Vec<u16> = char::decode_utf16(s.iter().copied())
        .flat_map(|r| {
            let c = r.unwrap_or('\u{FFFD}');
            let mut b = [0u16; 2];
            c.encode_utf16(&mut b).to_vec()
        })
        .collect();
    Ok(units(vm, out))
}

/// String.prototype.localeCompare (ECMA-262 §22.1.3.12, with ECMA-402's root collation).
fn locale_compare(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "localeCompare")?;
    let t = arg_str(vm, arg(args, 0))?;
    Ok(Value::Number(match super::collation::compare(&s, &t) {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    }))
}

/// String.prototype.normalize (ECMA-262 §22.1.3.15)
fn normalize(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    use super::normalize::{Form, normalize_units};
    let s = this_str(vm, cx.this, "normalize")?;
    let f = if arg(args, 0).is_undefined() { "NFC".to_string() } else { vm.to_rust_string(args[0])? };
    let form = match f.as_str() {
        "NFC" => Form::Nfc,
        "NFD" => Form::Nfd,
        "NFKC" => Form::Nfkc,
        "NFKD" => Form::Nfkd,
        _ => {
            return Err(vm.range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD."));
        }
    };
    Ok(units(vm, normalize_units(&s, form)))
}

/// GetSubstitution (ECMA-262 §22.1.3.19.1) for string patterns (no captures).
fn get_substitution(matched: &[u16], s: &[u16], pos: usize, replacement: &[u16]) -> Vec<u16> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < replacement.len() {
        let c = replacement[i];
        if c == b'$' as u16 && i + 1 < replacement.len() {
            let n = replacement[i + 1];
            match n {
                0x24 => {
                    out.push(b'$' as u16);
                    i += 2;
                    continue;
                }
                0x26 => {
                    out.extend_from_slice(matched);
                    i += 2;
                    continue;
                }
                0x60 => {
                    out.extend_from_slice(&s[..pos]);
                    i += 2;
                    continue;
                }
                0x27 => {
                    let end = (pos + matched.len()).min(s.len());
                    out.extend_from_slice(&s[end..]);
                    i += 2;
                    continue;
                }
                _ => {}
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

fn replace_impl(vm: &mut Vm, cx: &NativeCall, args: &[Value], all: bool) -> JsResult<Value> {
    if cx.this.is_nullish() {
        return Err(vm.type_error("String.prototype.replace called on null or undefined"));
    }
    let search = arg(args, 0);
    let replace_value = arg(args, 1);
    if search.is_object() {
        if all && is_regexp(vm, search)? {
            let k = PropertyKey::String(vm.heap.intern_str("flags"));
            let flags = vm.get_value_prop(search, k)?;
            if flags.is_nullish() {
                return Err(vm.type_error("flags is null or undefined"));
            }
            let f = arg_str(vm, flags)?;
            if !f.contains(&(b'g' as u16)) {
                return Err(vm.type_error("replaceAll must be called with a global RegExp"));
            }
        }
        let replacer = vm.get_value_prop(search, PropertyKey::Symbol(vm.sym.replace))?;
        if !replacer.is_nullish() {
            return vm.call(replacer, search, &[cx.this, replace_value]);
        }
    }
    let s = arg_str(vm, cx.this)?;
    let pat = arg_str(vm, search)?;
    let functional = vm.is_callable(replace_value);
    let repl_str = if functional { Vec::new() } else { arg_str(vm, replace_value)?.to_vec() };
    let mut positions = Vec::new();
    let adv = pat.len().max(1);
    let mut p = find(&s, &pat, 0);
    while let Some(i) = p {
        positions.push(i);
        if !all {
            break;
        }
        p = find(&s, &pat, i + adv);
    }
    let mut out = Vec::new();
    let mut end = 0;
    for pos in positions {
        out.extend_from_slice(&s[end..pos]);
        if functional {
            let m = units(vm, pat.clone());
            let sv = units(vm, s.clone());
            let r = vm.call(replace_value, Value::Undefined, &[m, Value::Number(pos as f64), sv])?;
            out.extend_from_slice(&arg_str(vm, r)?);
        } else {
            out.extend(get_substitution(&pat, &s, pos, &repl_str));
        }
        end = pos + pat.len();
    }
    out.extend_from_slice(&s[end.min(s.len())..]);
    Ok(units(vm, out))
}

fn replace(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    replace_impl(vm, cx, args, false)
}
fn replace_all(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    replace_impl(vm, cx, args, true)
}

/// match/search delegate to the argument's Symbol.match / Symbol.search, else a new RegExp.
fn regexp_delegate(
    vm: &mut Vm,
    cx: &NativeCall,
    args: &[Value],
    sym: crate::value::SymId,
    name: &str,
) -> JsResult<Value> {
    if cx.this.is_nullish() {
        return Err(vm.type_error(&format!("String.prototype.{name} called on null or undefined")));
    }
    let r = arg(args, 0);
    if r.is_object() {
        let m = vm.get_value_prop(r, PropertyKey::Symbol(sym))?;
        if !m.is_nullish() {
            return vm.call(m, r, &[cx.this]);
        }
    }
    let s = vm.to_string(cx.this)?;
    vm.root(Value::String(s));
    let rx = super::regexp::regexp_create(vm, r, Value::Undefined)?;
    vm.root(rx);
    let m = vm.get_value_prop(rx, PropertyKey::Symbol(sym))?;
    vm.call(m, rx, &[Value::String(s)])
}

fn match_(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let sym = vm.sym.match_;
    regexp_delegate(vm, cx, args, sym, "match")
}

/// String.prototype.matchAll ( regexp ) (ECMA-262 §22.1.3.14)
fn match_all(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    if cx.this.is_nullish() {
        return Err(vm.type_error("String.prototype.matchAll called on null or undefined"));
    }
    let r = arg(args, 0);
    if r.is_object() {
        if is_regexp(vm, r)? {
            let k = vm.key_str("flags");
            let flags = vm.get_value_prop(r, k)?;
            if flags.is_nullish() {
                return Err(vm.type_error("String.prototype.matchAll: flags is null or undefined"));
            }
            let f = arg_str(vm, flags)?;
            if !f.contains(&(b'g' as u16)) {
                return Err(vm.type_error("String.prototype.matchAll called with a non-global RegExp argument"));
            }
        }
        let m = vm.get_value_prop(r, PropertyKey::Symbol(vm.sym.match_all))?;
        if !m.is_nullish() {
            return vm.call(m, r, &[cx.this]);
        }
    }
    let s = vm.to_string(cx.this)?;
    vm.root(Value::String(s));
    let g = vm.string("g");
    let rx = super::regexp::regexp_create(vm, r, g)?;
    vm.root(rx);
    let m = vm.get_value_prop(rx, PropertyKey::Symbol(vm.sym.match_all))?;
    vm.call(m, rx, &[Value::String(s)])
}

fn search(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let sym = vm.sym.search;
    regexp_delegate(vm, cx, args, sym, "search")
}

fn iterator(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let s = this_str(vm, cx.this, "[Symbol.iterator]")?;
    let sv = units(vm, s);
    let proto = vm.intrinsics().string_iterator_prototype;
    Ok(Value::Object(
        vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::StringIterator { string: sv, index: 0 })),
    ))
}

#[allow(dead_code)]
fn unused(_: StrId) {}

/// CreateHTML (ECMA-262 §B.2.2.2.1)
fn create_html(vm: &mut Vm, this: Value, method: &str, tag: &str, attribute: Option<(&str, Value)>) -> JsResult<Value> {
    let s = this_str(vm, this, method)?;
    let mut out: Vec<u16> = format!("<{tag}").encode_utf16().collect();
    if let Some((name, v)) = attribute {
        let value = arg_str(vm, v)?;
        out.extend(format!(" {name}=\"").encode_utf16());
        for &c in value.iter() {
            if c == b'"' as u16 {
                out.extend("&quot;".encode_utf16());
            } else {
                out.push(c);
            }
        }
        out.push(b'"' as u16);
    }
    out.push(b'>' as u16);
    out.extend_from_slice(&s);
    out.extend(format!("</{tag}>").encode_utf16());
    Ok(units(vm, out))
}

macro_rules! html_methods {
    ($($f:ident, $method:literal, $tag:literal, $attr:expr;)*) => {
        $(
            #[doc = concat!("String.prototype.", $method, " (ECMA-262 §B.2.2)")]
            fn $f(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
                let attr: Option<&str> = $attr;
                create_html(vm, cx.this, $method, $tag, attr.map(|a| (a, arg(args, 0))))
            }
        )*
    };
}

html_methods! {
    html_anchor, "anchor", "a", Some("name");
    html_big, "big", "big", None;
    html_blink, "blink", "blink", None;
    html_bold, "bold", "b", None;
    html_fixed, "fixed", "tt", None;
    html_fontcolor, "fontcolor", "font", Some("color");
    html_fontsize, "fontsize", "font", Some("size");
    html_italics, "italics", "i", None;
    html_link, "link", "a", Some("href");
    html_small, "small", "small", None;
    html_strike, "strike", "strike", None;
    html_sub, "sub", "sub", None;
    html_sup, "sup", "sup", None;
}
