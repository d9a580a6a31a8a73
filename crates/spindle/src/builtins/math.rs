//! The Math object (ECMA-262 §21.3).

use super::arg;
use crate::object::property::*;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let m = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    let g = vm.global_object();
    vm.def_value(g, "Math", Value::Object(m), HIDDEN);
    for (name, v) in [
        ("E", std::f64::consts::E),
        ("LN10", std::f64::consts::LN_10),
        ("LN2", std::f64::consts::LN_2),
        ("LOG10E", std::f64::consts::LOG10_E),
        ("LOG2E", std::f64::consts::LOG2_E),
        ("PI", std::f64::consts::PI),
        ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
        ("SQRT2", std::f64::consts::SQRT_2),
    ] {
        vm.def_value(m, name, Value::Number(v), 0);
    }
    let tag = vm.sym.to_string_tag;
    let s = vm.string("Math");
    vm.define_direct(m, PropertyKey::Symbol(tag), s, CONFIGURABLE);
    let unary: [(&str, crate::object::NativeFn); 26] = [
        ("abs", abs), ("acos", acos), ("acosh", acosh), ("asin", asin), ("asinh", asinh), ("atan", atan), ("atanh", atanh),
        ("cbrt", cbrt), ("ceil", ceil), ("clz32", clz32), ("cos", cos), ("cosh", cosh), ("exp", exp), ("expm1", expm1),
        ("floor", floor), ("fround", fround), ("log", log), ("log1p", log1p), ("log10", log10), ("log2", log2),
        ("round", round), ("sign", sign), ("sin", sin), ("sinh", sinh), ("sqrt", sqrt), ("tan", tan),
    ];
    for (name, f) in unary {
        vm.def_method(m, name, 1, f);
    }
    vm.def_method(m, "tanh", 1, tanh);
    vm.def_method(m, "trunc", 1, trunc);
    vm.def_method(m, "atan2", 2, atan2);
    vm.def_method(m, "pow", 2, pow);
    vm.def_method(m, "imul", 2, imul);
    vm.def_method(m, "max", 2, max);
    vm.def_method(m, "min", 2, min);
    vm.def_method(m, "hypot", 2, hypot);
    vm.def_method(m, "random", 0, random);
}

macro_rules! unary_math {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(fn $name(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
            let x = vm.to_number(arg(args, 0))?;
            let f: fn(f64) -> f64 = $f;
            Ok(Value::Number(f(x)))
        })*
    };
}

unary_math! {
    abs => f64::abs, acos => f64::acos, acosh => f64::acosh, asin => f64::asin, asinh => |x| if x == 0.0 { x } else { x.asinh() },
    atan => f64::atan, atanh => f64::atanh, cbrt => f64::cbrt, ceil => f64::ceil, cos => f64::cos, cosh => f64::cosh,
    exp => f64::exp, expm1 => f64::exp_m1, floor => f64::floor, fround => |x| x as f32 as f64, log => f64::ln,
    log1p => f64::ln_1p, log10 => f64::log10, log2 => f64::log2, sin => f64::sin, sinh => f64::sinh, sqrt => f64::sqrt,
    tan => f64::tan, tanh => f64::tanh, trunc => f64::trunc,
    sign => |x| if x.is_nan() || x == 0.0 { x } else { x.signum() },
    round => |x| if !x.is_finite() || x == 0.0 { x } else if x > 0.0 && x < 0.5 { 0.0 } else if x < 0.0 && x >= -0.5 { -0.0 } else { (x + 0.5).floor() },
}

fn clz32(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let x = vm.to_uint32(arg(args, 0))?;
    Ok(Value::Number(x.leading_zeros() as f64))
}

fn atan2(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let y = vm.to_number(arg(args, 0))?;
    let x = vm.to_number(arg(args, 1))?;
    Ok(Value::Number(y.atan2(x)))
}

fn pow(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let x = vm.to_number(arg(args, 0))?;
    let y = vm.to_number(arg(args, 1))?;
    Ok(Value::Number(crate::vm::ops::js_pow(x, y)))
}

fn imul(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let a = vm.to_int32(arg(args, 0))?;
    let b = vm.to_int32(arg(args, 1))?;
    Ok(Value::Number(a.wrapping_mul(b) as f64))
}

fn max(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let mut nums = Vec::with_capacity(args.len());
    for &a in args {
        nums.push(vm.to_number(a)?);
    }
    let mut r = f64::NEG_INFINITY;
    for n in nums {
        if n.is_nan() {
            return Ok(Value::Number(f64::NAN));
        }
        if n > r || (n == 0.0 && r == 0.0 && !n.is_sign_negative()) {
            r = n;
        }
    }
    Ok(Value::Number(r))
}

fn min(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let mut nums = Vec::with_capacity(args.len());
    for &a in args {
        nums.push(vm.to_number(a)?);
    }
    let mut r = f64::INFINITY;
    for n in nums {
        if n.is_nan() {
            return Ok(Value::Number(f64::NAN));
        }
        if n < r || (n == 0.0 && r == 0.0 && n.is_sign_negative()) {
            r = n;
        }
    }
    Ok(Value::Number(r))
}

fn hypot(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let mut nums = Vec::with_capacity(args.len());
    for &a in args {
        nums.push(vm.to_number(a)?);
    }
    if nums.iter().any(|n| n.is_infinite()) {
        return Ok(Value::Number(f64::INFINITY));
    }
    if nums.iter().any(|n| n.is_nan()) {
        return Ok(Value::Number(f64::NAN));
    }
    let m = nums.iter().fold(0.0f64, |a, &b| a.max(b.abs()));
    if m == 0.0 {
        return Ok(Value::Number(0.0));
    }
    let s: f64 = nums.iter().map(|n| (n / m) * (n / m)).sum();
    Ok(Value::Number(s.sqrt() * m))
}

fn random(vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    // xorshift64* seeded from the clock once per engine.
    let mut x = vm.rng_state;
    if x == 0 {
        x = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0x9E37_79B9_7F4A_7C15, |d| d.as_nanos() as u64) | 1;
    }
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    vm.rng_state = x;
    let r = x.wrapping_mul(0x2545_F491_4F6C_DD1D);
    Ok(Value::Number((r >> 11) as f64 / (1u64 << 53) as f64))
}
