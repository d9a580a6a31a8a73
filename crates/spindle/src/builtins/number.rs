//! Number (ECMA-262 §21.1): the constructor, constants, static predicates and
//! Number.prototype formatting methods.

use super::arg;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::number::{number_to_string, number_to_string_radix};
use crate::value::Value;
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
    let n = if args.is_empty() { 0.0 } else { vm.to_number(args[0])? };
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

fn to_string(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let n = this_number(vm, cx.this, "toString")?;
    let radix = if arg(args, 0).is_undefined() { 10.0 } else { vm.to_integer_or_infinity(args[0])? };
    if !(2.0..=36.0).contains(&radix) {
        return Err(vm.range_error("toString() radix must be between 2 and 36"));
    }
    let s = if radix == 10.0 { number_to_string(n) } else { number_to_string_radix(n, radix as u32) };
    Ok(vm.string(&s))
}

fn to_locale_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let n = this_number(vm, cx.this, "toLocaleString")?;
    Ok(vm.string(&number_to_string(n)))
}

fn value_of(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Number(this_number(vm, cx.this, "valueOf")?))
}

/// Exact decimal digits of a finite double: (digits, exponent) with value = 0.d1d2... * 10^exp.
fn exact_decimal(x: f64) -> (Vec<u8>, i32) {
    // Format with enough precision to be exact for the integer part and round-trip-correct
    // for fractions: Rust's formatter prints the exact binary value when asked for digits.
    let s = format!("{:.1100e}", x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
    (digits, exp + 1)
}

/// Rounds `digits` (value 0.d1d2... * 10^exp) to `n` significant digits, ties away from zero
/// (the spec's "larger n" rule for toFixed/toPrecision/toExponential).
fn round_digits(digits: &[u8], exp: i32, n: i32) -> (Vec<u8>, i32) {
    if n <= 0 {
        let up = n == 0 && digits.first().is_some_and(|&d| d >= 5);
        return if up { (vec![1], exp + 1) } else { (vec![], exp) };
    }
    let n = n as usize;
    let mut out: Vec<u8> = digits.iter().copied().take(n).collect();
    while out.len() < n {
        out.push(0);
    }
    let up = digits.get(n).is_some_and(|&d| d >= 5);
    let mut exp = exp;
    if up {
        let mut i = n;
        loop {
            if i == 0 {
                out.insert(0, 1);
                out.pop();
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

fn to_fixed(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let x = this_number(vm, cx.this, "toFixed")?;
    let f = vm.to_integer_or_infinity(arg(args, 0))?;
    if !(0.0..=100.0).contains(&f) {
        return Err(vm.range_error("toFixed() digits argument must be between 0 and 100"));
    }
    if !x.is_finite() {
        return Ok(vm.string(&number_to_string(x)));
    }
    if x.abs() >= 1e21 {
        return Ok(vm.string(&number_to_string(x)));
    }
    let f = f as i32;
    let (digits, exp) = exact_decimal(x);
    let (d, e) = if x == 0.0 { (vec![], 0) } else { round_digits(&digits, exp, exp + f) };
    let mut s = String::new();
    let int_len = e.max(0) as usize;
    let all: Vec<u8> = {
        let mut v = Vec::new();
        if e < 0 {
            v.extend(std::iter::repeat_n(0, (-e) as usize));
        }
        v.extend(&d);
        v
    };
    let total = int_len + f as usize;
    let mut padded = all.clone();
    while padded.len() < total {
        padded.push(0);
    }
    let int_part: String = if int_len == 0 { "0".into() } else { padded[..int_len].iter().map(|d| (b'0' + d) as char).collect() };
    s.push_str(&int_part);
    if f > 0 {
        s.push('.');
        let start = if e < 0 { 0 } else { int_len };
        let frac: String = padded[start..start + f as usize].iter().map(|d| (b'0' + d) as char).collect();
        s.push_str(&frac);
    }
    let neg = x < 0.0 && s.bytes().any(|b| b != b'0' && b != b'.');
    let neg = neg || (x < 0.0 && x != 0.0 && false);
    if neg || (x < 0.0 && x <= -0.5e-100 && s.bytes().all(|b| b == b'0' || b == b'.') && x != 0.0) {
        s.insert(0, '-');
    }
    Ok(vm.string(&s))
}

fn to_exponential(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let x = this_number(vm, cx.this, "toExponential")?;
    let f = vm.to_integer_or_infinity(arg(args, 0))?;
    if !x.is_finite() {
        return Ok(vm.string(&number_to_string(x)));
    }
    if !(0.0..=100.0).contains(&f) {
        return Err(vm.range_error("toExponential() argument must be between 0 and 100"));
    }
    let neg = x < 0.0;
    let (digits, e) = if x == 0.0 {
        (vec![0u8; if arg(args, 0).is_undefined() { 1 } else { f as usize + 1 }], 1)
    } else if arg(args, 0).is_undefined() {
        let s = number_to_string(x.abs());
        let (d, e) = shortest_digits(&s);
        (d, e)
    } else {
        let (d, e) = exact_decimal(x);
        round_digits(&d, e, f as i32 + 1)
    };
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    s.push((b'0' + digits[0]) as char);
    if digits.len() > 1 {
        s.push('.');
        for d in &digits[1..] {
            s.push((b'0' + d) as char);
        }
    }
    let exp = if x == 0.0 { 0 } else { e - 1 };
    s.push_str(&format!("e{}{}", if exp >= 0 { "+" } else { "-" }, exp.abs()));
    Ok(vm.string(&s))
}

/// Digits and exponent of the shortest round-trip representation.
fn shortest_digits(s: &str) -> (Vec<u8>, i32) {
    let (mant, exp) = match s.split_once('e') {
        Some((m, e)) => (m.to_string(), e.parse::<i32>().unwrap_or(0)),
        None => (s.to_string(), 0),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((&mant, ""));
    let all: String = format!("{int}{frac}");
    let lead = all.bytes().take_while(|&b| b == b'0').count();
    let digits: Vec<u8> = all.bytes().skip(lead).map(|b| b - b'0').collect();
    let mut digits = digits;
    while digits.len() > 1 && digits.last() == Some(&0) {
        digits.pop();
    }
    let e = int.len() as i32 - lead as i32 + exp;
    (digits, e)
}

fn to_precision(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let x = this_number(vm, cx.this, "toPrecision")?;
    if arg(args, 0).is_undefined() {
        return Ok(vm.string(&number_to_string(x)));
    }
    let p = vm.to_integer_or_infinity(args[0])?;
    if !x.is_finite() {
        return Ok(vm.string(&number_to_string(x)));
    }
    if !(1.0..=100.0).contains(&p) {
        return Err(vm.range_error("toPrecision() argument must be between 1 and 100"));
    }
    let p = p as i32;
    let neg = x < 0.0;
    let (d, e) = if x == 0.0 { (vec![0u8; p as usize], 1) } else {
        let (d, e) = exact_decimal(x);
        round_digits(&d, e, p)
    };
    let e1 = e - 1;
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    let ds: String = d.iter().map(|d| (b'0' + d) as char).collect();
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
