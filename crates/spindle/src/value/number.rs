//! Number <-> string conversions (ECMA-262 §6.1.6.1.20 Number::toString, §7.1.4.1.1 StringToNumber).

use super::string::trim_js;

/// ECMA-262 §6.1.6.1.20 Number::toString(x, 10), via ryu-js (shortest round trip).
pub fn number_to_string(n: f64) -> String {
    with_number_text(n, str::to_owned)
}

/// Number::toString(x, 10) handed to `f` as text in a buffer on the stack: integers by
/// itoa, others by ryu-js (shortest round trip). A number made a heap string this way
/// (`Vm::number_string`: template literals, concatenation, property keys) allocates only
/// the string; through `format!` it also built and dropped a `String` (string-build spent
/// a twentieth of its instructions in the formatting machinery).
pub fn with_number_text<R>(n: f64, f: impl FnOnce(&str) -> R) -> R {
    if n == 0.0 {
        return f("0");
    }
    if n.is_nan() {
        return f("NaN");
    }
    if n.is_infinite() {
        return f(if n > 0.0 { "Infinity" } else { "-Infinity" });
    }
    if n.fract() == 0.0 && n.abs() < 1e15 {
        return f(itoa::Buffer::new().format(n as i64));
    }
    f(ryu_js::Buffer::new().format_finite(n))
}

/// Number::toString(x, radix) for radix 2..=36 other than 10.
pub fn number_to_string_radix(n: f64, radix: u32) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n.is_infinite() {
        return if n > 0.0 { "Infinity".into() } else { "-Infinity".into() };
    }
    if n == 0.0 {
        return "0".into();
    }
    let neg = n < 0.0;
    let x = n.abs();
    let mut int = x.trunc();
    let mut frac = x - int;
    let digit = |d: u32| std::char::from_digit(d, radix).unwrap_or('0');
    let mut int_digits = Vec::new();
    if int == 0.0 {
        int_digits.push('0');
    }
    while int >= 1.0 {
        let d = (int % radix as f64) as u32;
        int_digits.push(digit(d));
        int = (int / radix as f64).trunc();
    }
    int_digits.reverse();
    let mut s: String = int_digits.into_iter().collect();
    if frac > 0.0 {
        s.push('.');
        // Emit digits until the fraction is exhausted or precision runs out (~52 bits).
        let mut delta = 0.5 * (f64::EPSILON * x).max(f64::MIN_POSITIVE);
        let mut count = 0;
        loop {
            frac *= radix as f64;
            delta *= radix as f64;
            let d = frac.trunc() as u32;
            frac -= d as f64;
            s.push(digit(d));
            count += 1;
            if frac < delta || count > 1100 {
                break;
            }
            if 1.0 - frac < delta {
                // Round up the last digit.
                let mut chars: Vec<char> = s.chars().collect();
                let mut i = chars.len() - 1;
                loop {
                    if chars[i] == '.' {
                        i -= 1;
                        continue;
                    }
                    let v = chars[i].to_digit(radix).unwrap_or(0) + 1;
                    if v < radix {
                        chars[i] = digit(v);
                        break;
                    }
                    chars[i] = '0';
                    if i == 0 {
                        chars.insert(0, '1');
                        break;
                    }
                    i -= 1;
                }
                s = chars.into_iter().collect();
                break;
            }
        }
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    if neg { format!("-{s}") } else { s }
}

/// ECMA-262 §7.1.4.1.1 StringToNumber.
pub fn string_to_number(units: &[u16]) -> f64 {
    let t = trim_js(units);
    if t.is_empty() {
        return 0.0;
    }
    let s: String = match String::from_utf16(t) {
        Ok(s) => s,
        Err(_) => return f64::NAN,
    };
    let b = s.as_bytes();
    if b.len() > 2 && b[0] == b'0' {
        let radix = match b[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if radix != 0 {
            return parse_int_digits(&s[2..], radix).unwrap_or(f64::NAN);
        }
    }
    parse_decimal_literal(&s).unwrap_or(f64::NAN)
}

/// Parses digits in `radix` exactly (all must be valid); big values round like the spec's MV.
pub fn parse_int_digits(s: &str, radix: u32) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    let mut v = 0f64;
    for c in s.chars() {
        let d = c.to_digit(radix)?;
        v = v * radix as f64 + d as f64;
    }
    Some(v)
}

/// StrDecimalLiteral: optional sign, `Infinity`, or digits with optional fraction and exponent.
pub fn parse_decimal_literal(s: &str) -> Option<f64> {
    let (sign, rest) = match s.as_bytes().first() {
        Some(b'+') => (1.0, &s[1..]),
        Some(b'-') => (-1.0, &s[1..]),
        _ => (1.0, s),
    };
    if rest == "Infinity" {
        return Some(sign * f64::INFINITY);
    }
    let b = rest.as_bytes();
    let mut i = 0;
    let mut digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let start = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j == start {
            return None;
        }
        i = j;
    }
    if i != b.len() {
        return None;
    }
    rest.parse::<f64>().ok().map(|v| sign * v)
}

/// The longest prefix of `s` that is a StrDecimalLiteral (for parseFloat); None if there is none.
pub fn parse_float_prefix(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    if s[i..].starts_with("Infinity") {
        return Some(if b.first() == Some(&b'-') { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    let mut digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        let save = i;
        i += 1;
        let mut fd = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            fd += 1;
        }
        digits += fd;
        if fd == 0 && digits == 0 {
            i = save;
        }
    }
    if digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let start = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > start {
            i = j;
        }
    }
    let text = s[..i].trim_end_matches('.');
    text.parse::<f64>().ok().or_else(|| s[..i].parse::<f64>().ok())
}

/// ECMA-262 §7.1.6 ToInt32 on a Number.
#[inline]
pub fn to_int32(n: f64) -> i32 {
    // Inlined where it is hot (the bitwise operators): the common range only.
    if n.abs() < 2147483648.0 {
        return n as i32;
    }
    wrap_to_u32(n) as i32
}

/// ECMA-262 §7.1.7 ToUint32 on a Number.
#[inline]
pub fn to_uint32(n: f64) -> u32 {
    if n.abs() < 2147483648.0 {
        return n as i32 as u32;
    }
    wrap_to_u32(n)
}

/// ToUint32 outside ±2^31: the integer modulo 2^32 (0 for NaN and infinities).
#[inline(never)]
fn wrap_to_u32(n: f64) -> u32 {
    if !n.is_finite() {
        return 0;
    }
    let t = n.trunc();
    // Below 2^63 the integer's low 32 bits are its value modulo 2^32 (two's complement
    // wraps negative ones the same way): no fmod, which this binary gets as a soft
    // implementation costing ~190 instructions (`x | 0` on a large `x`).
    if t.abs() < 9223372036854775808.0 {
        return t as i64 as u32;
    }
    t.rem_euclid(4294967296.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    /// ToUint32 and ToInt32 agree with the spec's modulo on both sides of the 2^63 cut-over,
    /// for negative values and fractions.
    #[test]
    fn to_uint32_wraps_modulo_2_to_the_32() {
        let reference = |n: f64| if n.is_finite() { n.trunc().rem_euclid(4294967296.0) as u32 } else { 0 };
        let cases = [
            0.0,
            -0.0,
            1.5,
            -1.5,
            4294967295.0,
            4294967296.0,
            4294967297.0,
            -4294967297.0,
            1e14 + 7.5,
            -1e14,
            2147483648.0,
            -2147483649.0,
            9007199254740993.0,
            9.2e18,
            -9.2e18,
            9223372036854775808.0,
            -9223372036854775808.0,
            1e19,
            -1e19,
            1.8e19 + 4096.0,
            1e300,
            f64::MAX,
            f64::NAN,
            f64::INFINITY,
        ];
        for n in cases {
            assert_eq!(to_uint32(n), reference(n), "ToUint32({n:e})");
            assert_eq!(to_int32(n), reference(n) as i32, "ToInt32({n:e})");
        }
    }

    #[test]
    fn formats_like_js() {
        assert_eq!(number_to_string(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(number_to_string(1e21), "1e+21");
        assert_eq!(number_to_string(1e-7), "1e-7");
        assert_eq!(number_to_string(123456789012345680000.0), "123456789012345680000");
        assert_eq!(number_to_string(-1.5), "-1.5");
        assert_eq!(number_to_string_radix(255.0, 16), "ff");
        assert_eq!(number_to_string_radix(0.5, 2), "0.1");
        assert_eq!(number_to_string_radix(-255.5, 16), "-ff.8");
    }
    #[test]
    fn parses_like_js() {
        let p = |s: &str| string_to_number(&super::super::string::utf16(s));
        assert_eq!(p("  12 "), 12.0);
        assert_eq!(p(""), 0.0);
        assert_eq!(p("0x10"), 16.0);
        assert!(p("1e").is_nan());
        assert_eq!(p(".5"), 0.5);
        assert_eq!(p("5."), 5.0);
        assert_eq!(p("-Infinity"), f64::NEG_INFINITY);
        assert!(p("-0x10").is_nan());
        assert!(p("infinity").is_nan());
    }
    #[test]
    fn int32() {
        assert_eq!(to_int32(4294967296.0 + 5.0), 5);
        assert_eq!(to_int32(-1.0), -1);
        assert_eq!(to_uint32(-1.0), 4294967295);
        assert_eq!(to_int32(2147483648.0), -2147483648);
    }
}
