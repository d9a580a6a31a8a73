//! [`Packed`]: a [`Value`] NaN-boxed into 8 bytes, for the places that hold many values and
//! copy them on every instruction — the register file first.
//!
//! Why: a `Value` is a 16-byte enum. Writing one is two stores (tag and payload) and copying
//! it is one 16-byte load, which cannot be forwarded from the two stores and waits for them
//! to reach the cache: on Richards a third of the property-read time was that stall
//! (docs/performance.md, issue 19). A `Packed` is written and read as one word.
//!
//! Layout: a number is its IEEE-754 bits. Every other value lives in the negative quiet-NaN
//! space no arithmetic produces, `0xFFFF_tttt_pppp_pppp`: `t` the kind, `p` the 32-bit
//! handle. The only numbers that would collide are NaNs with those bits; they are stored
//! as the canonical NaN (ECMA-262 §6.1.6.1 leaves NaN bit patterns to the implementation,
//! and any other NaN keeps its bits).

use super::{BigIntId, EnvId, ObjId, StrId, SymId, Value};

/// A [`Value`] in 8 bytes (see the module documentation).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Packed(u64);

/// Bits at or above this are tagged values, not numbers.
const TAGGED: u64 = 0xFFFF_0000_0000_0000;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

const UNDEFINED: u64 = 0;
const NULL: u64 = 1;
const BOOL: u64 = 2;
const STRING: u64 = 3;
const SYMBOL: u64 = 4;
const BIGINT: u64 = 5;
const OBJECT: u64 = 6;
const EMPTY: u64 = 7;
const ENV: u64 = 8;

#[inline(always)]
const fn tagged(kind: u64, payload: u32) -> u64 {
    TAGGED | (kind << 32) | payload as u64
}

impl Packed {
    pub const UNDEFINED: Packed = Packed(tagged(UNDEFINED, 0));
    pub const NULL: Packed = Packed(tagged(NULL, 0));
    /// [`Value::Empty`]: an array hole.
    pub const EMPTY: Packed = Packed(tagged(EMPTY, 0));
    pub const TRUE: Packed = Packed(tagged(BOOL, 1));
    pub const FALSE: Packed = Packed(tagged(BOOL, 0));

    /// An object reference, packed without matching on a `Value`.
    #[inline(always)]
    pub const fn from_object(o: ObjId) -> Packed {
        Packed(tagged(OBJECT, o.0))
    }

    /// A number, packed without matching on a `Value` (NaN canonical, as `new` stores it).
    #[inline(always)]
    pub fn from_number(n: f64) -> Packed {
        let bits = n.to_bits();
        Packed(if bits >= TAGGED { CANONICAL_NAN } else { bits })
    }

    #[inline(always)]
    pub fn new(v: Value) -> Packed {
        Packed(match v {
            Value::Number(n) => return Packed::from_number(n),
            Value::Undefined => tagged(UNDEFINED, 0),
            Value::Null => tagged(NULL, 0),
            Value::Bool(b) => tagged(BOOL, b as u32),
            Value::String(StrId(s)) => tagged(STRING, s),
            Value::Symbol(SymId(s)) => tagged(SYMBOL, s),
            Value::BigInt(BigIntId(b)) => tagged(BIGINT, b),
            Value::Object(ObjId(o)) => tagged(OBJECT, o),
            Value::Empty => tagged(EMPTY, 0),
            Value::Env(EnvId(e)) => tagged(ENV, e),
        })
    }

    #[inline(always)]
    pub fn get(self) -> Value {
        let bits = self.0;
        if bits < TAGGED {
            return Value::Number(f64::from_bits(bits));
        }
        let p = bits as u32;
        // Objects first: they are most of the tagged values the hot instructions read, and
        // a compare is cheaper than the jump table the match becomes.
        if bits >> 32 == tagged(OBJECT, 0) >> 32 {
            return Value::Object(ObjId(p));
        }
        match (bits >> 32) & 0xFFFF {
            UNDEFINED => Value::Undefined,
            NULL => Value::Null,
            BOOL => Value::Bool(p != 0),
            STRING => Value::String(StrId(p)),
            SYMBOL => Value::Symbol(SymId(p)),
            BIGINT => Value::BigInt(BigIntId(p)),
            OBJECT => Value::Object(ObjId(p)),
            EMPTY => Value::Empty,
            _ => Value::Env(EnvId(p)),
        }
    }

    /// The raw bits (the register file stores them).
    #[inline(always)]
    pub(crate) fn to_bits(self) -> u64 {
        self.0
    }

    /// A value from [`to_bits`](Self::to_bits).
    #[inline(always)]
    pub(crate) fn from_bits(bits: u64) -> Packed {
        Packed(bits)
    }

    /// The number, if this is one.
    #[inline(always)]
    pub fn number(self) -> Option<f64> {
        if self.0 < TAGGED { Some(f64::from_bits(self.0)) } else { None }
    }

    #[inline(always)]
    pub fn is_string(self) -> bool {
        self.0 >> 32 == tagged(STRING, 0) >> 32
    }

    #[inline(always)]
    pub fn is_bigint(self) -> bool {
        self.0 >> 32 == tagged(BIGINT, 0) >> 32
    }

    /// The object, if this is one.
    #[inline(always)]
    pub fn object(self) -> Option<ObjId> {
        if self.0 >> 32 == tagged(OBJECT, 0) >> 32 { Some(ObjId(self.0 as u32)) } else { None }
    }
}

impl Default for Packed {
    fn default() -> Self {
        Packed::UNDEFINED
    }
}

impl From<Value> for Packed {
    #[inline(always)]
    fn from(v: Value) -> Packed {
        Packed::new(v)
    }
}

impl std::fmt::Debug for Packed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips() {
        let values = [
            Value::Undefined,
            Value::Null,
            Value::Bool(false),
            Value::Bool(true),
            Value::Number(0.0),
            Value::Number(-0.0),
            Value::Number(1.5),
            Value::Number(f64::INFINITY),
            Value::Number(f64::NEG_INFINITY),
            Value::Number(f64::MIN_POSITIVE),
            Value::Number(-f64::MAX),
            Value::String(StrId(u32::MAX)),
            Value::Symbol(SymId(7)),
            Value::BigInt(BigIntId(0)),
            Value::Object(ObjId(123_456)),
            Value::Empty,
            Value::Env(EnvId(u32::MAX)),
        ];
        for v in values {
            let p = Packed::new(v);
            match (p.get(), v) {
                (Value::Number(a), Value::Number(b)) => assert_eq!(a.to_bits(), b.to_bits()),
                (a, b) => assert_eq!(a, b),
            }
            assert_eq!(p.number().is_some(), matches!(v, Value::Number(_)));
            assert_eq!(p.object(), v.as_object());
        }
    }

    #[test]
    fn nans_stay_numbers() {
        // Every NaN is a number after the round trip; those outside the tag space keep
        // their bits.
        for bits in
            [0x7FF8_0000_0000_0000u64, 0x7FF0_0000_0000_0001, 0xFFF8_0000_0000_0000, 0xFFFF_0000_0000_0006, u64::MAX]
        {
            let n = f64::from_bits(bits);
            let back = Packed::new(Value::Number(n)).get();
            let Value::Number(m) = back else { panic!("{bits:x} is not a number after packing: {back:?}") };
            assert!(m.is_nan());
            if bits < TAGGED {
                assert_eq!(m.to_bits(), bits);
            }
        }
    }
}
