//! The BigInt type (ECMA-262 §6.1.6.2): arbitrary-precision integers from `num-bigint`,
//! held in the heap's `bigints` arena and handled by `BigIntId`. The operations here are the
//! spec's BigInt::* abstract operations plus the string and Number conversions.

use super::{BigIntId, Value};
use crate::vm::{JsResult, Vm};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// The largest BigInt V8 creates, in bits; beyond it an operation throws a RangeError.
const MAX_BIGINT_BITS: u64 = 1 << 30;

/// A binary BigInt operation (ECMA-262 Table 3: BigInt::add ... BigInt::unsignedRightShift).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BigIntOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Exp,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    UShr,
}

impl Vm {
    /// A BigInt value for `n`.
    pub fn bigint_value(&mut self, n: BigInt) -> Value {
        Value::BigInt(self.heap.alloc_bigint(n))
    }

    fn bigint_result(&mut self, n: BigInt) -> JsResult<Value> {
        if n.bits() > MAX_BIGINT_BITS {
            return Err(self.range_error("Maximum BigInt size exceeded"));
        }
        Ok(self.bigint_value(n))
    }

    /// Applies a BigInt binary operator (ECMA-262 §6.1.6.2.1-§6.1.6.2.20).
    pub fn bigint_binary(&mut self, op: BigIntOp, a: BigIntId, b: BigIntId) -> JsResult<Value> {
        let (x, y) = (self.heap.bigint(a), self.heap.bigint(b));
        let r = match op {
            BigIntOp::Add => x + y,
            BigIntOp::Sub => x - y,
            BigIntOp::Mul => {
                if x.bits() + y.bits() > MAX_BIGINT_BITS + 1 {
                    return Err(self.range_error("Maximum BigInt size exceeded"));
                }
                x * y
            }
            BigIntOp::Div | BigIntOp::Rem => {
                if y.is_zero() {
                    return Err(self.range_error("Division by zero"));
                }
                // Truncating division; the remainder takes the dividend's sign.
                if op == BigIntOp::Div { x / y } else { x % y }
            }
            BigIntOp::Exp => {
                if y.is_negative() {
                    return Err(self.range_error("Exponent must be non-negative"));
                }
                if x.is_zero() || x.is_one() || y.is_zero() {
                    if y.is_zero() { BigInt::one() } else { x.clone() }
                } else if *x == BigInt::from(-1) {
                    if (y % 2u32).is_zero() { BigInt::one() } else { x.clone() }
                } else {
                    let e = y.to_u64().filter(|e| e.saturating_mul(x.bits()) <= MAX_BIGINT_BITS + 64);
                    let Some(e) = e else {
                        return Err(self.range_error("Maximum BigInt size exceeded"));
                    };
                    x.pow(e as u32)
                }
            }
            BigIntOp::And => x & y,
            BigIntOp::Or => x | y,
            BigIntOp::Xor => x ^ y,
            BigIntOp::Shl | BigIntOp::Shr => {
                // x << -n is x >> n; a right shift rounds toward negative infinity.
                let left = (op == BigIntOp::Shl) != y.is_negative();
                let amount = y.abs().to_u64();
                if left {
                    match amount.filter(|a| x.bits() + a <= MAX_BIGINT_BITS) {
                        Some(a) => x << a,
                        None if x.is_zero() => BigInt::zero(),
                        None => return Err(self.range_error("Maximum BigInt size exceeded")),
                    }
                } else {
                    match amount.filter(|&a| a < x.bits() + 1) {
                        Some(a) => x >> a,
                        None if x.is_negative() => BigInt::from(-1),
                        None => BigInt::zero(),
                    }
                }
            }
            BigIntOp::UShr => {
                return Err(self.type_error("BigInts have no unsigned right shift, use >> instead"));
            }
        };
        self.bigint_result(r)
    }

    /// The decimal (or radix) text of a BigInt (BigInt::toString, ECMA-262 §6.1.6.2.23).
    pub fn bigint_to_string(&self, b: BigIntId, radix: u32) -> String {
        self.heap.bigint(b).to_str_radix(radix)
    }
}

/// StringToBigInt (ECMA-262 §7.1.14): None when the text is not a StringIntegerLiteral.
pub fn string_to_bigint(units: &[u16]) -> Option<BigInt> {
    let s = String::from_utf16(super::string::trim_js(units)).ok()?;
    let s = s.as_str();
    if s.is_empty() {
        return Some(BigInt::zero());
    }
    let bytes = s.as_bytes();
    let (radix, digits, negative) = if bytes.len() > 2 && bytes[0] == b'0' {
        match bytes[1] {
            b'x' | b'X' => (16, &s[2..], false),
            b'o' | b'O' => (8, &s[2..], false),
            b'b' | b'B' => (2, &s[2..], false),
            _ => (10, s, false),
        }
    } else if let Some(rest) = s.strip_prefix('-') {
        (10, rest, true)
    } else {
        (10, s.strip_prefix('+').unwrap_or(s), false)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let n = BigInt::parse_bytes(digits.as_bytes(), radix)?;
    Some(if negative { -n } else { n })
}

/// NumberToBigInt (ECMA-262 §21.2.1.1.1) for an integral finite number.
pub fn integral_number_to_bigint(n: f64) -> BigInt {
    BigInt::from_f64(n).unwrap_or_default()
}

/// Compares a BigInt with a Number mathematically; None when the Number is NaN.
pub fn compare_bigint_number(b: &BigInt, n: f64) -> Option<Ordering> {
    if n.is_nan() {
        return None;
    }
    if n.is_infinite() {
        return Some(if n > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let floor = n.floor();
    Some(match b.cmp(&integral_number_to_bigint(floor)) {
        Ordering::Equal if n > floor => Ordering::Less,
        other => other,
    })
}

/// The Number value for a BigInt (ECMA-262 §21.1.1.1 Number(value) step 2.a): the
/// nearest double, ties to even.
pub fn bigint_to_number(b: &BigInt) -> f64 {
    b.to_f64().unwrap_or(if b.is_negative() { f64::NEG_INFINITY } else { f64::INFINITY })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Option<String> {
        string_to_bigint(&s.encode_utf16().collect::<Vec<_>>()).map(|n| n.to_string())
    }

    #[test]
    fn string_to_bigint_follows_string_integer_literal() {
        assert_eq!(parse("  123 ").as_deref(), Some("123"));
        assert_eq!(parse("-0x10"), None);
        assert_eq!(parse("0x10").as_deref(), Some("16"));
        assert_eq!(parse("0b101").as_deref(), Some("5"));
        assert_eq!(parse("").as_deref(), Some("0"));
        assert_eq!(parse("1e3"), None);
        assert_eq!(parse("1.0"), None);
        assert_eq!(parse("1_000"), None);
        assert_eq!(parse("-12").as_deref(), Some("-12"));
        assert_eq!(parse("Infinity"), None);
        assert_eq!(parse("0x"), None);
    }

    #[test]
    fn compares_with_numbers_exactly() {
        let big = BigInt::from(2).pow(64u32);
        assert_eq!(compare_bigint_number(&big, 18446744073709551616.0), Some(Ordering::Equal));
        assert_eq!(compare_bigint_number(&BigInt::from(1), 1.5), Some(Ordering::Less));
        assert_eq!(compare_bigint_number(&BigInt::from(-2), -1.5), Some(Ordering::Less));
        assert_eq!(compare_bigint_number(&BigInt::from(-1), -1.5), Some(Ordering::Greater));
        assert_eq!(compare_bigint_number(&BigInt::from(5), f64::NAN), None);
        assert_eq!(compare_bigint_number(&BigInt::from(5), f64::INFINITY), Some(Ordering::Less));
    }

    #[test]
    fn converts_to_nearest_number() {
        let n = BigInt::from(2).pow(53u32) + 1;
        assert_eq!(bigint_to_number(&n), 9007199254740992.0);
        let n = BigInt::from(2).pow(53u32) + 3;
        assert_eq!(bigint_to_number(&n), 9007199254740996.0);
    }
}
