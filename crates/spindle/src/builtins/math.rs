//! The Math object (ECMA-262 §21.3).

use super::arg;
use crate::object::property::*;
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};

pub fn create(vm: &mut Vm) -> ObjId {
    let op = vm.intrinsics().object_prototype;
    let m = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
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
        ("abs", abs),
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("ceil", ceil),
        ("clz32", clz32),
        ("cos", cos),
        ("cosh", cosh),
        ("exp", exp),
        ("expm1", expm1),
        ("floor", floor),
        ("fround", fround),
        ("log", log),
        ("log1p", log1p),
        ("log10", log10),
        ("log2", log2),
        ("round", round),
        ("sign", sign),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
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
    vm.def_method(m, "f16round", 1, f16round);
    vm.def_method(m, "sumPrecise", 1, sum_precise);
    m
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
    round => math_round,
    f16round => f16_round,
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
        x = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0x9E37_79B9_7F4A_7C15, |d| d.as_nanos() as u64)
            | 1;
    }
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    vm.rng_state = x;
    let r = x.wrapping_mul(0x2545_F491_4F6C_DD1D);
    Ok(Value::Number((r >> 11) as f64 / (1u64 << 53) as f64))
}

/// Math.round (ECMA-262 §21.3.2.28): the closest integer, halves towards +∞, keeping -0.
fn math_round(x: f64) -> f64 {
    if !x.is_finite() || x.fract() == 0.0 {
        return x;
    }
    if (-0.5..0.0).contains(&x) {
        return -0.0;
    }
    let f = x.floor();
    if x - f >= 0.5 { f + 1.0 } else { f }
}

/// Math.f16round (ECMA-262 §21.3.2.17): round to the nearest binary16 value, ties to even.
fn f16_round(x: f64) -> f64 {
    crate::binary::element::f16_round(x)
}

/// Math.sumPrecise (ECMA-262 §21.3.2.34): the exactly rounded sum of an iterable of numbers.
fn sum_precise(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let items = arg(args, 0);
    if items.is_nullish() {
        return Err(vm.type_error("Math.sumPrecise requires an iterable"));
    }
    let (iter, next) = vm.get_iterator(items)?;
    vm.root(iter);
    vm.root(next);
    let mut acc = ExactSum::default();
    let (mut pos_inf, mut neg_inf, mut nan, mut all_neg_zero) = (false, false, false, true);
    let mut count: f64 = 0.0;
    while let Some(v) = vm.iterator_step_value(iter, next)? {
        count += 1.0;
        if count >= 9007199254740992.0 {
            let _ = vm.iterator_close(iter);
            return Err(vm.range_error("Too many values"));
        }
        let Value::Number(n) = v else {
            let _ = vm.iterator_close(iter);
            return Err(vm.type_error("Math.sumPrecise: value is not a number"));
        };
        if n.is_nan() {
            nan = true;
        } else if n == f64::INFINITY {
            pos_inf = true;
        } else if n == f64::NEG_INFINITY {
            neg_inf = true;
        } else if !(n == 0.0 && n.is_sign_negative()) {
            all_neg_zero = false;
            acc.add(n);
        }
    }
    let r = if nan || (pos_inf && neg_inf) {
        f64::NAN
    } else if pos_inf {
        f64::INFINITY
    } else if neg_inf {
        f64::NEG_INFINITY
    } else if all_neg_zero {
        -0.0
    } else {
        acc.round()
    };
    Ok(Value::Number(r))
}

/// An exact fixed-point accumulator covering every finite double: bit i of the magnitude
/// stands for 2^(i - 1074). Two's complement over 36 limbs leaves ample headroom.
struct ExactSum {
    limbs: [u64; 36],
}

impl Default for ExactSum {
    fn default() -> Self {
        ExactSum { limbs: [0; 36] }
    }
}

impl ExactSum {
    fn add(&mut self, x: f64) {
        let bits = x.to_bits();
        let biased = ((bits >> 52) & 0x7FF) as u32;
        let frac = bits & ((1u64 << 52) - 1);
        let (mant, shift) = if biased == 0 { (frac, 0) } else { (frac | (1u64 << 52), biased - 1) };
        // mant × 2^(shift - 1074)
        let mut addend = [0u64; 36];
        let (limb, off) = ((shift / 64) as usize, shift % 64);
        addend[limb] = mant << off;
        if off > 11 {
            addend[limb + 1] = mant >> (64 - off);
        }
        if x < 0.0 {
            // Two's complement negation.
            let mut carry = 1u64;
            for l in addend.iter_mut() {
                let (v, c) = (!*l).overflowing_add(carry);
                *l = v;
                carry = u64::from(c);
            }
        }
        let mut carry = 0u64;
        for (a, b) in self.limbs.iter_mut().zip(addend.iter()) {
            let (s1, c1) = a.overflowing_add(*b);
            let (s2, c2) = s1.overflowing_add(carry);
            *a = s2;
            carry = u64::from(c1) + u64::from(c2);
        }
    }

    /// The accumulated value rounded to the nearest double, ties to even.
    fn round(&self) -> f64 {
        let negative = self.limbs[35] >> 63 == 1;
        let mut mag = self.limbs;
        if negative {
            let mut carry = 1u64;
            for l in mag.iter_mut() {
                let (v, c) = (!*l).overflowing_add(carry);
                *l = v;
                carry = u64::from(c);
            }
        }
        let bit = |i: usize| (mag[i / 64] >> (i % 64)) & 1 == 1;
        let Some(top) = (0..36 * 64).rev().find(|&i| bit(i)) else {
            return 0.0;
        };
        // Keep 53 significant bits (fewer in the subnormal range, where the unit is bit 0).
        let lsb = top.saturating_sub(52);
        let mut m: u64 = 0;
        for i in (lsb..=top).rev() {
            m = (m << 1) | u64::from(bit(i));
        }
        if lsb > 0 {
            let half = bit(lsb - 1);
            let sticky = (0..lsb - 1).any(bit);
            if half && (sticky || m & 1 == 1) {
                m += 1;
            }
        }
        // value = m × 2^(lsb - 1074), exact in both steps (the result is representable).
        let k = lsb as i32 - 1074;
        let r = if k < -1000 { (m as f64) * pow2(k + 600) * pow2(-600) } else { (m as f64) * pow2(k) };
        if negative { -r } else { r }
    }
}

/// 2^k for -1022 <= k <= 1023 (built from the bits: exact).
fn pow2(k: i32) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}
