//! Element types of typed arrays and DataView (ECMA-262 §23.2 Table 71) and the raw-byte
//! conversions between them and numbers: NumericToRawBytes (§25.1.3.17) and
//! RawBytesToNumeric (§25.1.3.14).

/// A typed array's [[TypedArrayName]] / a DataView access type (ECMA-262 Table 71).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ElementType {
    Int8,
    Uint8,
    Uint8Clamped,
    Int16,
    Uint16,
    Int32,
    Uint32,
    Float16,
    Float32,
    Float64,
    BigInt64,
    BigUint64,
}

/// A value as stored in an element: a Number, or a BigInt element's 64 bits (sign-extended
/// for BigInt64, zero-extended for BigUint64, so both fit an i128).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Numeric {
    Number(f64),
    BigInt(i128),
}

impl ElementType {
    /// Every type, in the order the constructors are installed.
    pub const ALL: [ElementType; 12] = [
        ElementType::Int8,
        ElementType::Uint8,
        ElementType::Uint8Clamped,
        ElementType::Int16,
        ElementType::Uint16,
        ElementType::Int32,
        ElementType::Uint32,
        ElementType::Float16,
        ElementType::Float32,
        ElementType::Float64,
        ElementType::BigInt64,
        ElementType::BigUint64,
    ];

    /// The Element Size column of Table 71.
    #[inline]
    pub fn size(self) -> usize {
        match self {
            ElementType::Int8 | ElementType::Uint8 | ElementType::Uint8Clamped => 1,
            ElementType::Int16 | ElementType::Uint16 | ElementType::Float16 => 2,
            ElementType::Int32 | ElementType::Uint32 | ElementType::Float32 => 4,
            ElementType::Float64 | ElementType::BigInt64 | ElementType::BigUint64 => 8,
        }
    }

    /// The constructor name (the [[TypedArrayName]] of Table 71).
    pub fn name(self) -> &'static str {
        match self {
            ElementType::Int8 => "Int8Array",
            ElementType::Uint8 => "Uint8Array",
            ElementType::Uint8Clamped => "Uint8ClampedArray",
            ElementType::Int16 => "Int16Array",
            ElementType::Uint16 => "Uint16Array",
            ElementType::Int32 => "Int32Array",
            ElementType::Uint32 => "Uint32Array",
            ElementType::Float16 => "Float16Array",
            ElementType::Float32 => "Float32Array",
            ElementType::Float64 => "Float64Array",
            ElementType::BigInt64 => "BigInt64Array",
            ElementType::BigUint64 => "BigUint64Array",
        }
    }

    /// The intrinsic's spec name, e.g. "%Int8Array%".
    pub fn intrinsic(self) -> &'static str {
        match self {
            ElementType::Int8 => "%Int8Array%",
            ElementType::Uint8 => "%Uint8Array%",
            ElementType::Uint8Clamped => "%Uint8ClampedArray%",
            ElementType::Int16 => "%Int16Array%",
            ElementType::Uint16 => "%Uint16Array%",
            ElementType::Int32 => "%Int32Array%",
            ElementType::Uint32 => "%Uint32Array%",
            ElementType::Float16 => "%Float16Array%",
            ElementType::Float32 => "%Float32Array%",
            ElementType::Float64 => "%Float64Array%",
            ElementType::BigInt64 => "%BigInt64Array%",
            ElementType::BigUint64 => "%BigUint64Array%",
        }
    }

    /// The prototype intrinsic's spec name, e.g. "%Int8Array.prototype%".
    pub fn prototype_intrinsic(self) -> &'static str {
        match self {
            ElementType::Int8 => "%Int8Array.prototype%",
            ElementType::Uint8 => "%Uint8Array.prototype%",
            ElementType::Uint8Clamped => "%Uint8ClampedArray.prototype%",
            ElementType::Int16 => "%Int16Array.prototype%",
            ElementType::Uint16 => "%Uint16Array.prototype%",
            ElementType::Int32 => "%Int32Array.prototype%",
            ElementType::Uint32 => "%Uint32Array.prototype%",
            ElementType::Float16 => "%Float16Array.prototype%",
            ElementType::Float32 => "%Float32Array.prototype%",
            ElementType::Float64 => "%Float64Array.prototype%",
            ElementType::BigInt64 => "%BigInt64Array.prototype%",
            ElementType::BigUint64 => "%BigUint64Array.prototype%",
        }
    }

    /// [[ContentType]] is BigInt.
    #[inline]
    pub fn is_bigint(self) -> bool {
        matches!(self, ElementType::BigInt64 | ElementType::BigUint64)
    }

    /// IsUnclampedIntegerElementType (ECMA-262 §25.1.3.11) or BigInt64/BigUint64: the types
    /// Atomics operates on (ValidateIntegerTypedArray).
    pub fn is_integer(self) -> bool {
        !matches!(self, ElementType::Uint8Clamped | ElementType::Float16 | ElementType::Float32 | ElementType::Float64)
    }

    /// RawBytesToNumeric (ECMA-262 §25.1.3.14) over `bytes` (exactly `size()` long).
    #[inline]
    pub fn decode(self, bytes: &[u8], little_endian: bool) -> Numeric {
        let mut b = [0u8; 8];
        let n = self.size();
        b[..n].copy_from_slice(&bytes[..n]);
        if !little_endian {
            b[..n].reverse();
        }
        let raw = u64::from_le_bytes(b);
        match self {
            ElementType::Int8 => Numeric::Number(raw as u8 as i8 as f64),
            ElementType::Uint8 | ElementType::Uint8Clamped => Numeric::Number(raw as u8 as f64),
            ElementType::Int16 => Numeric::Number(raw as u16 as i16 as f64),
            ElementType::Uint16 => Numeric::Number(raw as u16 as f64),
            ElementType::Int32 => Numeric::Number(raw as u32 as i32 as f64),
            ElementType::Uint32 => Numeric::Number(raw as u32 as f64),
            ElementType::Float16 => Numeric::Number(half::f16::from_bits(raw as u16).to_f64()),
            ElementType::Float32 => Numeric::Number(f32::from_bits(raw as u32) as f64),
            ElementType::Float64 => Numeric::Number(f64::from_bits(raw)),
            ElementType::BigInt64 => Numeric::BigInt(raw as i64 as i128),
            ElementType::BigUint64 => Numeric::BigInt(raw as i128),
        }
    }

    /// NumericToRawBytes (ECMA-262 §25.1.3.17): the element's bytes for a value already
    /// converted by ToNumber (or ToBigInt64/ToBigUint64 for BigInt types, as its low 64
    /// bits). Returns the little-endian bytes, or big-endian when `little_endian` is false.
    #[inline]
    pub fn encode(self, v: Numeric, little_endian: bool) -> [u8; 8] {
        let raw: u64 = match (self, v) {
            (ElementType::Float16, Numeric::Number(n)) => f64_to_f16_bits(n) as u64,
            (ElementType::Float32, Numeric::Number(n)) => (n as f32).to_bits() as u64,
            (ElementType::Float64, Numeric::Number(n)) => n.to_bits(),
            (ElementType::Uint8Clamped, Numeric::Number(n)) => to_uint8_clamp(n) as u64,
            (_, Numeric::Number(n)) => modulo_2_64(n),
            (_, Numeric::BigInt(b)) => b as u64,
        };
        let mut b = raw.to_le_bytes();
        if !little_endian {
            b[..self.size()].reverse();
        }
        b
    }
}

/// The Number's integer part modulo 2^64 (ToInt8 … ToUint32 all take the low bits of this;
/// ECMA-262 §7.1.6-§7.1.11). NaN and infinities are 0.
#[inline]
pub fn modulo_2_64(n: f64) -> u64 {
    if !n.is_finite() {
        return 0;
    }
    let t = n.trunc();
    if t.abs() < 9.2e18 {
        return t as i64 as u64;
    }
    // Exact modular reduction for large magnitudes: a finite f64 above 2^63 is an integer
    // multiple of a power of two, so the low 64 bits are its mantissa shifted.
    let bits = t.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let low = if exp >= 64 { 0 } else { mant << exp };
    if t < 0.0 { low.wrapping_neg() } else { low }
}

/// ToUint8Clamp (ECMA-262 §7.1.12): clamp, then round half to even.
#[inline]
pub fn to_uint8_clamp(n: f64) -> u8 {
    if n.is_nan() || n <= 0.0 {
        return 0;
    }
    if n >= 255.0 {
        return 255;
    }
    let f = n.floor();
    if f + 0.5 < n {
        return (f + 1.0) as u8;
    }
    if n < f + 0.5 {
        return f as u8;
    }
    if f as u8 % 2 == 1 { f as u8 + 1 } else { f as u8 }
}

/// The IEEE 754 binary16 bits nearest to `n` (roundTiesToEven, straight from binary64 so
/// there is no double rounding through binary32).
#[inline]
pub fn f64_to_f16_bits(n: f64) -> u16 {
    // f16_round's result is exactly representable, so this conversion does not round.
    half::f16::from_f64(f16_round(n)).to_bits()
}

/// Math.f16round's conversion (ECMA-262 §21.3.2.17): the binary16 value nearest to `n`,
/// ties to even, as an f64. Rounds once, at the binary16 spacing near `n` (dividing and
/// multiplying by a power of two is exact), because `half`'s own conversion rounds
/// subnormal halfway-plus cases down.
pub fn f16_round(n: f64) -> f64 {
    if !n.is_finite() || n == 0.0 {
        return n;
    }
    let a = n.abs();
    // Halfway between the largest binary16 (65504) and 2^16 rounds to infinity.
    if a >= 65520.0 {
        return f64::INFINITY.copysign(n);
    }
    let e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    // Spacing of binary16 values near `a`: 2^(e-10) for normals, 2^-24 for subnormals.
    let quantum_exp = if e < -14 { -24 } else { e - 10 };
    let q = f64::from_bits(((quantum_exp + 1023) as u64) << 52);
    ((a / q).round_ties_even() * q).copysign(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamp_rounds_half_to_even() {
        assert_eq!(to_uint8_clamp(0.5), 0);
        assert_eq!(to_uint8_clamp(1.5), 2);
        assert_eq!(to_uint8_clamp(2.5), 2);
        assert_eq!(to_uint8_clamp(254.5), 254);
        assert_eq!(to_uint8_clamp(254.6), 255);
        assert_eq!(to_uint8_clamp(-3.0), 0);
        assert_eq!(to_uint8_clamp(f64::NAN), 0);
    }

    #[test]
    fn modular_conversion_of_large_numbers() {
        assert_eq!(modulo_2_64(2f64.powi(64) + 4096.0) as u32, 4096);
        assert_eq!(modulo_2_64(-1.0) as u8, 255);
        assert_eq!(modulo_2_64(4294967296.5) as u32, 0);
        assert_eq!(modulo_2_64(-2f64.powi(70)), 0);
        assert_eq!(modulo_2_64(2f64.powi(63)), 1 << 63);
    }

    #[test]
    fn round_trip_and_endianness() {
        let b = ElementType::Int16.encode(Numeric::Number(-2.0), false);
        assert_eq!(&b[..2], &[0xff, 0xfe]);
        assert_eq!(ElementType::Int16.decode(&b, false), Numeric::Number(-2.0));
        let b = ElementType::BigUint64.encode(Numeric::BigInt(-1), true);
        assert_eq!(ElementType::BigUint64.decode(&b, true), Numeric::BigInt(u64::MAX as i128));
        assert_eq!(ElementType::BigInt64.decode(&b, true), Numeric::BigInt(-1));
    }

    #[test]
    fn float16_rounds_once() {
        // 1 + 2^-11 + 2^-40 is just above the halfway point between two binary16 values;
        // rounding through binary32 first would lose the 2^-40 and round to even (down).
        let x = 1.0 + 2f64.powi(-11) + 2f64.powi(-40);
        assert_eq!(f16_round(x), 1.0 + 2f64.powi(-10));
        assert_eq!(f16_round(65520.0), f64::INFINITY);
        assert_eq!(f16_round(65519.99), 65504.0);
        // Just above half the smallest subnormal rounds up to it.
        assert_eq!(f16_round(2.980232238769532e-8), 2f64.powi(-24));
        assert_eq!(f16_round(2f64.powi(-25)), 0.0);
        assert_eq!(f64_to_f16_bits(2.980232238769532e-8), 1);
        assert_eq!(f64_to_f16_bits(-1.5), 0xbe00);
        assert_eq!(f16_round(-2f64.powi(-25)).to_bits(), (-0.0f64).to_bits());
        assert_eq!(f16_round(2f64.powi(-14) - 2f64.powi(-26)), 2f64.powi(-14));
        assert_eq!(f16_round(2047.5), 2048.0);
        assert_eq!(f16_round(1.0 + 2f64.powi(-11)), 1.0);
    }
}
