//! JavaScript string storage: UTF-16 code units (ECMA-262 §6.1.4).

use super::StrId;
use std::cell::OnceCell;
use std::rc::Rc;

/// A heap string. Contents are shared (`Rc`) with the intern table.
///
/// A long concatenation result is a *rope*: it records its two halves and leaves `flat`
/// empty until something reads its code units (`Heap::str`), which flattens it once. So
/// `s += piece` in a loop costs O(1) per step instead of copying the whole string each time.
pub struct JsString {
    /// The code units; for a rope, filled in on first read.
    pub flat: OnceCell<Rc<[u16]>>,
    /// The (left, right) halves of a rope ([`NO_HALVES`] for a string made flat): read
    /// through [`rope`](Self::rope). Not an `Option`: its tag would make the cell 40 bytes
    /// instead of 32, and a loop of `s += c` keeps one cell per append alive.
    halves: (StrId, StrId),
    /// Length in code units (known without flattening).
    pub len: u32,
    pub interned: bool,
}

/// The halves of a string that was never a rope.
const NO_HALVES: (StrId, StrId) = (StrId(u32::MAX), StrId(u32::MAX));

// One arena cell per string (see `halves`).
const _: () = assert!(std::mem::size_of::<Option<JsString>>() == 32);

impl JsString {
    pub fn flat(units: Rc<[u16]>, interned: bool) -> Self {
        let len = units.len() as u32;
        JsString { flat: OnceCell::from(units), halves: NO_HALVES, len, interned }
    }

    /// A rope of `len` code units over `left` and `right`, flattened on first read.
    pub fn rope_of(left: StrId, right: StrId, len: u32) -> Self {
        JsString { flat: OnceCell::new(), halves: (left, right), len, interned: false }
    }

    /// The (left, right) halves of a rope; None for a string made flat.
    #[inline]
    pub fn rope(&self) -> Option<(StrId, StrId)> {
        (self.halves != NO_HALVES).then_some(self.halves)
    }

    /// Bytes the string owns beyond its arena cell: its code units once flat (and the
    /// allocation's reference counts).
    pub fn owned_bytes(&self) -> usize {
        self.flat.get().map_or(0, |u| 16 + u.len() * 2)
    }

    /// The halves a collector must keep alive: those of a rope still unflattened.
    pub fn rope_children(&self) -> Option<(StrId, StrId)> {
        if self.flat.get().is_some() { None } else { self.rope() }
    }
}

/// Encodes a Rust string as UTF-16 code units.
pub fn utf16(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

/// Whether every code unit is ASCII. Tests 32 units at a time by OR-ing them together, so
/// the loop compiles to vector code (a short-circuiting `all` tests one unit per iteration:
/// four fifths of `toUpperCase` on a 64 KiB string was that test).
pub fn is_ascii(units: &[u16]) -> bool {
    let mut blocks = units.chunks_exact(32);
    for block in &mut blocks {
        if block.iter().fold(0, |acc, &u| acc | u) >= 0x80 {
            return false;
        }
    }
    blocks.remainder().iter().all(|&u| u < 0x80)
}

/// Decodes UTF-16 code units, replacing lone surrogates with U+FFFD.
pub fn lossy(units: &[u16]) -> String {
    // ASCII (most program text) converts unit by unit without decoding.
    if is_ascii(units) {
        let bytes: Vec<u8> = units.iter().map(|&u| u as u8).collect();
        return String::from_utf8(bytes).unwrap_or_default();
    }
    String::from_utf16_lossy(units)
}

/// ECMA-262 §7.1.21 CanonicalNumericIndexString restricted to array indices:
/// returns the index when `units` is the canonical decimal form of an integer < 2^32 - 1.
pub fn as_array_index(units: &[u16]) -> Option<u32> {
    if units.is_empty() || units.len() > 10 {
        return None;
    }
    if units[0] == b'0' as u16 {
        return if units.len() == 1 { Some(0) } else { None };
    }
    let mut n: u64 = 0;
    for &u in units {
        if !(b'0' as u16..=b'9' as u16).contains(&u) {
            return None;
        }
        n = n * 10 + (u - b'0' as u16) as u64;
    }
    if n < u32::MAX as u64 { Some(n as u32) } else { None }
}

/// Is `c` a WhiteSpace or LineTerminator code point (ECMA-262 §12.2, §12.3)?
pub fn is_js_whitespace(c: u16) -> bool {
    matches!(
        c,
        0x09 | 0x0A | 0x0B | 0x0C | 0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000
            ..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

/// Trims JS whitespace from both ends (used by ToNumber and String.prototype.trim).
pub fn trim_js(units: &[u16]) -> &[u16] {
    let start = units.iter().position(|&c| !is_js_whitespace(c)).unwrap_or(units.len());
    let end = units.iter().rposition(|&c| !is_js_whitespace(c)).map_or(start, |e| e + 1);
    &units[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn array_index() {
        assert_eq!(as_array_index(&utf16("0")), Some(0));
        assert_eq!(as_array_index(&utf16("01")), None);
        assert_eq!(as_array_index(&utf16("4294967294")), Some(4294967294));
        assert_eq!(as_array_index(&utf16("4294967295")), None);
        assert_eq!(as_array_index(&utf16("1e3")), None);
    }

    #[test]
    fn ascii_test_sees_every_unit() {
        // A non-ASCII unit at every position of two whole blocks and a remainder.
        for len in [0, 1, 31, 32, 33, 64, 75] {
            let ascii = vec![u16::from(b'a'); len];
            assert!(is_ascii(&ascii));
            for at in 0..len {
                for unit in [0x80, 0xFF, 0x100, 0xD800, 0xFFFF] {
                    let mut units = ascii.clone();
                    units[at] = unit;
                    assert!(!is_ascii(&units), "len {len}, unit {unit:#x} at {at}");
                }
            }
        }
    }
}
