//! Number (ECMA-262 §21.1): the constructor, constants, static predicates and
//! Number.prototype formatting methods.

use super::arg;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::Value;
use crate::value::number::number_to_string;
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let np = vm.intrinsics().number_prototype;
    let ctor = vm.def_constructor("Number", 1, number_constructor, np);
    for (name, v) in [
        ("MAX_SAFE_INTEGER", 9007199254740991.0),
        ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
        ("EPSILON", f64::EPSILON),
        ("POSITIVE_INFINITY", f64::INFINITY),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("NaN", f64::NAN),
    ] {
        vm.def_value(ctor, name, Value::Number(v), 0);
    }
    vm.def_method(ctor, "isInteger", 1, is_integer);
    vm.def_method(ctor, "isSafeInteger", 1, is_safe_integer);
    vm.def_method(ctor, "isFinite", 1, is_finite);
    vm.def_method(ctor, "isNaN", 1, is_nan);
    vm.def_method(np, "toString", 1, to_string);
    vm.def_method(np, "toLocaleString", 0, to_locale_string);
    vm.def_method(np, "valueOf", 0, value_of);
    vm.def_method(np, "toFixed", 1, to_fixed);
    vm.def_method(np, "toPrecision", 1, to_precision);
    vm.def_method(np, "toExponential", 1, to_exponential);
}

fn number_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    // ToNumeric, then a BigInt becomes its Number value (ECMA-262 §21.1.1.1 step 1-2).
    let n = match args.first() {
        None => 0.0,
        Some(&v) => match vm.to_numeric(v)? {
            Value::BigInt(b) => crate::value::bigint::bigint_to_number(vm.heap.bigint(b)),
            Value::Number(n) => n,
            _ => f64::NAN,
        },
    };
    match cx.new_target {
        None => Ok(Value::Number(n)),
        Some(nt) => {
            let proto = vm.get_prototype_from_constructor(nt, |i| i.number_prototype)?;
            Ok(Value::Object(vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::NumberBox(n)))))
        }
    }
}

fn num_arg(args: &[Value]) -> Option<f64> {
    match arg(args, 0) {
        Value::Number(n) => Some(n),
        _ => None,
    }
}

fn is_integer(_vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(num_arg(args).is_some_and(|n| n.is_finite() && n.trunc() == n)))
}
fn is_safe_integer(_vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(num_arg(args).is_some_and(|n| n.is_finite() && n.trunc() == n && n.abs() <= 9007199254740991.0)))
}
fn is_finite(_vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(num_arg(args).is_some_and(f64::is_finite)))
}
fn is_nan(_vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    Ok(Value::Bool(num_arg(args).is_some_and(f64::is_nan)))
}

/// thisNumberValue (ECMA-262 §21.1.3.7.1)
pub fn this_number(vm: &mut Vm, v: Value, method: &str) -> JsResult<f64> {
    match v {
        Value::Number(n) => Ok(n),
        Value::Object(o) => match vm.obj(o).kind {
            ObjectKind::NumberBox(n) => Ok(n),
            _ => Err(vm.type_error(&format!("Number.prototype.{method} requires that 'this' be a Number"))),
        },
        _ => Err(vm.type_error(&format!("Number.prototype.{method} requires that 'this' be a Number"))),
    }
}

/// Number.prototype.toString (ECMA-262 §21.1.3.6); radixes other than 10 print like V8.
fn to_string(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let n = this_number(vm, cx.this, "toString")?;
    let radix = if arg(args, 0).is_undefined() { 10.0 } else { vm.to_integer_or_infinity(args[0])? };
    if !(2.0..=36.0).contains(&radix) {
        return Err(vm.range_error("toString() radix argument must be between 2 and 36"));
    }
    let s = if radix == 10.0 { number_to_string(n) } else { double_to_radix_string(n, radix as u32) };
    Ok(vm.string(&s))
}

/// Number::toString(x, radix) for radix != 10 (ECMA-262 §6.1.6.1.20 leaves the digits
/// implementation-defined): a port of V8's DoubleToRadixCString, which prints the fraction
/// only up to the precision of the input double, rounding the last digit to even.
pub fn double_to_radix_string(value: f64, radix: u32) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if value < 0.0 { "-Infinity".into() } else { "Infinity".into() };
    }
    let chars = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let negative = value < 0.0;
    let value = value.abs();
    let r = radix as f64;
    let mut integer = value.floor();
    let mut fraction = value - integer;
    // Only compute fractional digits up to the input double's precision.
    let mut delta = 0.5 * (next_double(value) - value);
    delta = delta.max(next_double(0.0));
    let mut frac_digits: Vec<u8> = Vec::new();
    if fraction >= delta {
        loop {
            // Shift up by one digit.
            fraction *= r;
            delta *= r;
            let digit = fraction as usize;
            frac_digits.push(chars[digit]);
            fraction -= digit as f64;
            // Round to even.
            if (fraction > 0.5 || (fraction == 0.5 && (digit & 1) == 1)) && fraction + delta > 1.0 {
                // Propagate the carry through the digits already written.
                loop {
                    let Some(c) = frac_digits.pop() else {
                        integer += 1.0;
                        break;
                    };
                    let d = if c > b'9' { (c - b'a' + 10) as u32 } else { (c - b'0') as u32 };
                    if d + 1 < radix {
                        frac_digits.push(chars[(d + 1) as usize]);
                        break;
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }
    // Integer digits; digits below the double's precision are zeros.
    let mut int_digits: Vec<u8> = Vec::new();
    while double_exponent(integer / r) > 0 {
        integer /= r;
        int_digits.push(b'0');
    }
    loop {
        let remainder = integer % r;
        int_digits.push(chars[remainder as usize]);
        integer = (integer - remainder) / r;
        if integer <= 0.0 {
            break;
        }
    }
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.extend(int_digits.iter().rev().map(|&b| b as char));
    if !frac_digits.is_empty() {
        out.push('.');
        out.extend(frac_digits.iter().map(|&b| b as char));
    }
    out
}

/// The next representable double above a non-negative finite `x`.
fn next_double(x: f64) -> f64 {
    if x == f64::INFINITY {
        return x;
    }
    f64::from_bits(x.to_bits() + 1)
}

/// V8's Double::Exponent(): the power of two of the significand's unit in the last place.
fn double_exponent(x: f64) -> i32 {
    let biased = ((x.to_bits() >> 52) & 0x7FF) as i32;
    if biased == 0 { -1074 } else { biased - 0x3FF - 52 }
}

/// Number.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) (ECMA-262 §21.1.3.4):
/// without ECMA-402 the arguments are ignored and the result is what V8 gives by default
/// (ICU's en-US decimal format, as `new Intl.NumberFormat().format(x)`).
fn to_locale_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let n = this_number(vm, cx.this, "toLocaleString")?;
    Ok(vm.string(&locale_format_number(n)))
}

/// ICU's default en-US number format (ECMA-402 §15.5.4 FormatNumericToString with
/// maximumFractionDigits 3, roundingMode "halfExpand", useGrouping "auto"): the shortest
/// round-trip decimal digits of `x` (as ICU's double-conversion gives them) rounded half
/// away from zero to at most three fraction digits, trailing zeros dropped, the integer
/// part grouped by commas; `∞` for infinities, and a negative value keeps its sign even
/// when it rounds to zero (`-0`).
pub fn locale_format_number(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}∞");
    }
    // `{:e}` gives the shortest round-trip digits: "d.ddde±x".
    let sci = format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
    // The value is 0.d0d1d2... × 10^point.
    let point = exp.parse::<i32>().unwrap_or(0) + 1;
    if digits.iter().all(|&d| d == 0) {
        digits.clear();
    }
    // Three fraction digits, ties away from zero (on the magnitude: up).
    let (digits, point) = round_half_up(&digits, point, point.saturating_add(3));
    let point = point as i64;
    let digit = |i: i64| if i >= 0 && (i as usize) < digits.len() { (b'0' + digits[i as usize]) as char } else { '0' };
    let int: String = if point <= 0 { "0".into() } else { (0..point).map(digit).collect() };
    let frac: String = (point..point + 3).map(digit).collect();
    let frac = frac.trim_end_matches('0');
    let mut out = format!("{sign}{}", group_thousands(&int));
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// An integer's decimal digits with a comma between groups of three (en-US grouping).
pub fn group_thousands(int: &str) -> String {
    let mut out = String::with_capacity(int.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn value_of(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Number(this_number(vm, cx.this, "valueOf")?))
}

/// The exact decimal expansion of a finite, non-zero |x|: digits d1 d2 ... (no leading
/// zero) and the exponent e with |x| = 0.d1d2... × 10^e.
fn exact_decimal(x: f64) -> (Vec<u8>, i32) {
    // 1100 significant digits are more than any double's exact expansion needs (≤ 767).
    let s = format!("{:.1100e}", x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
    while digits.len() > 1 && digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, exp + 1)
}

/// Rounds the exact expansion (0.d1d2... × 10^exp) to the integer n = round(|x| × 10^(k − exp))
/// with `k` digits before the cut, ties going to the larger n (the "if there are two such n,
/// pick the larger n" rule of toFixed / toExponential / toPrecision). Returns the kept digits
/// (exactly `k` of them, possibly one more after a carry) and the adjusted exponent.
fn round_half_up(digits: &[u8], exp: i32, k: i32) -> (Vec<u8>, i32) {
    if k < 0 {
        return (Vec::new(), exp);
    }
    let k = k as usize;
    let mut out: Vec<u8> = digits.iter().copied().take(k).collect();
    out.resize(k, 0);
    let mut exp = exp;
    if digits.get(k).is_some_and(|&d| d >= 5) {
        let mut i = k;
        loop {
            if i == 0 {
                out.insert(0, 1);
                exp += 1;
                break;
            }
            i -= 1;
            if out[i] == 9 {
                out[i] = 0;
            } else {
                out[i] += 1;
                break;
            }
        }
    }
    (out, exp)
}

fn digits_str(d: &[u8]) -> String {
    d.iter().map(|&d| (b'0' + d) as char).collect()
}

/// Number.prototype.toFixed (ECMA-262 §21.1.3.3)
fn to_fixed(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let x = this_number(vm, cx.this, "toFixed")?;
    let f = vm.to_integer_or_infinity(arg(args, 0))?;
    if !f.is_finite() || !(0.0..=100.0).contains(&f) {
        return Err(vm.range_error("toFixed() digits argument must be between 0 and 100"));
    }
    if !x.is_finite() {
        return Ok(vm.string(&number_to_string(x)));
    }
    let f = f as usize;
    if x.abs() >= 1e21 {
        return Ok(vm.string(&number_to_string(x)));
    }
    let mut s = String::new();
    if x < 0.0 {
        s.push('-');
    }
    // n = round(|x| × 10^f) as a digit string.
    let n = if x == 0.0 {
        String::from("0")
    } else {
        let (digits, exp) = exact_decimal(x);
        // The kept digits are n (one more of them after a carry into a new leading digit).
        let (d, _) = round_half_up(&digits, exp, exp + f as i32);
        let t = digits_str(&d);
        let t = t.trim_start_matches('0');
        if t.is_empty() { "0".into() } else { t.to_string() }
    };
    if f == 0 {
        s.push_str(&n);
    } else {
        let n = if n.len() <= f { format!("{}{n}", "0".repeat(f + 1 - n.len())) } else { n };
        let (a, b) = n.split_at(n.len() - f);
        s.push_str(a);
        s.push('.');
        s.push_str(b);
    }
    Ok(vm.string(&s))
}

/// Digits and exponent (0.d1d2... × 10^e) of the shortest round-trip representation.
fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    let mut buf = ryu_js::Buffer::new();
    let s = buf.format_finite(x.abs()).to_string();
    let (mant, exp) = match s.split_once('e') {
        Some((m, e)) => (m.to_string(), e.parse::<i32>().unwrap_or(0)),
        None => (s.clone(), 0),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((&mant, ""));
    let all = format!("{int}{frac}");
    let lead = all.bytes().take_while(|&b| b == b'0').count();
    let mut digits: Vec<u8> = all.bytes().skip(lead).map(|b| b - b'0').collect();
    while digits.len() > 1 && digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, int.len() as i32 - lead as i32 + exp)
}

/// Number.prototype.toExponential (ECMA-262 §21.1.3.2)
fn to_exponential(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let x = this_number(vm, cx.this, "toExponential")?;
    let fd = arg(args, 0);
    let f = vm.to_integer_or_infinity(fd)?;
    if !x.is_finite() {
        return Ok(vm.string(&number_to_string(x)));
    }
    if !f.is_finite() || !(0.0..=100.0).contains(&f) {
        return Err(vm.range_error("toExponential() argument must be between 0 and 100"));
    }
    let (digits, e) = if x == 0.0 {
        (vec![0u8; if fd.is_undefined() { 1 } else { f as usize + 1 }], 1)
    } else if fd.is_undefined() {
        shortest_digits(x)
    } else {
        let (d, e) = exact_decimal(x);
        let (mut r, e) = round_half_up(&d, e, f as i32 + 1);
        r.truncate(f as usize + 1);
        (r, e)
    };
    let mut s = String::new();
    if x < 0.0 {
        s.push('-');
    }
    s.push((b'0' + digits[0]) as char);
    if digits.len() > 1 {
        s.push('.');
        s.push_str(&digits_str(&digits[1..]));
    }
    let exp = if x == 0.0 { 0 } else { e - 1 };
    s.push_str(&format!("e{}{}", if exp >= 0 { "+" } else { "-" }, exp.abs()));
    Ok(vm.string(&s))
}

/// Number.prototype.toPrecision (ECMA-262 §21.1.3.5)
fn to_precision(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let x = this_number(vm, cx.this, "toPrecision")?;
    if arg(args, 0).is_undefined() {
        return Ok(vm.string(&number_to_string(x)));
    }
    let p = vm.to_integer_or_infinity(args[0])?;
    if !x.is_finite() {
        return Ok(vm.string(&number_to_string(x)));
    }
    if !p.is_finite() || !(1.0..=100.0).contains(&p) {
        return Err(vm.range_error("toPrecision() argument must be between 1 and 100"));
    }
    let p = p as i32;
    let (d, e) = if x == 0.0 {
        (vec![0u8; p as usize], 1)
    } else {
        let (d, e) = exact_decimal(x);
        let (mut r, e) = round_half_up(&d, e, p);
        r.truncate(p as usize);
        (r, e)
    };
    let e1 = e - 1;
    let mut s = String::new();
    if x < 0.0 {
        s.push('-');
    }
    let ds = digits_str(&d);
    if e1 < -6 || e1 >= p {
        s.push_str(&ds[..1]);
        if p > 1 {
            s.push('.');
            s.push_str(&ds[1..]);
        }
        s.push_str(&format!("e{}{}", if e1 >= 0 { "+" } else { "-" }, e1.abs()));
    } else if e1 == p - 1 {
        s.push_str(&ds);
    } else if e1 >= 0 {
        s.push_str(&ds[..(e1 + 1) as usize]);
        s.push('.');
        s.push_str(&ds[(e1 + 1) as usize..]);
    } else {
        s.push_str("0.");
        s.push_str(&"0".repeat((-(e1 + 1)) as usize));
        s.push_str(&ds);
    }
    Ok(vm.string(&s))
}
