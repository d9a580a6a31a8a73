//! Unicode normalization (UAX #15) for String.prototype.normalize (ECMA-262 §22.1.3.15),
//! plus the Unicode properties case mapping needs (Cased, Case_Ignorable).

use super::unicode_tables::{CASE_IGNORABLE, CASED, CCC, COMPAT_OVERRIDE, COMPOSE, DECOMP, DECOMP_DATA};

/// The normalization forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

/// Where the inclusive range `a..=b` lies relative to `cp` (for binary searches).
fn range_order(a: u32, b: u32, cp: u32) -> std::cmp::Ordering {
    if b < cp {
        std::cmp::Ordering::Less
    } else if a > cp {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    }
}

fn in_ranges(ranges: &[(u32, u32)], cp: u32) -> bool {
    ranges.binary_search_by(|&(a, b)| range_order(a, b, cp)).is_ok()
}

/// The Cased property (letters with case, plus a few modifier letters and symbols).
pub fn is_cased(cp: u32) -> bool {
    in_ranges(CASED, cp)
}

/// The Case_Ignorable property (combining marks, format characters, apostrophes, ...).
pub fn is_case_ignorable(cp: u32) -> bool {
    in_ranges(CASE_IGNORABLE, cp)
}

/// The canonical combining class of a code point (0 for starters).
pub fn combining_class(cp: u32) -> u8 {
    match CCC.binary_search_by(|&(a, b, _)| range_order(a, b, cp)) {
        Ok(i) => CCC[i].2,
        Err(_) => 0,
    }
}

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// Appends the full decomposition of `cp` (canonical, or compatibility when `compat`).
fn decompose_into(cp: u32, compat: bool, out: &mut Vec<u32>) {
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        out.push(L_BASE + s / N_COUNT);
        out.push(V_BASE + (s % N_COUNT) / T_COUNT);
        if !s.is_multiple_of(T_COUNT) {
            out.push(T_BASE + s % T_COUNT);
        }
        return;
    }
    if compat && let Ok(i) = COMPAT_OVERRIDE.binary_search_by_key(&cp, |e| e.0) {
        out.extend_from_slice(COMPAT_OVERRIDE[i].1);
        return;
    }
    match DECOMP.binary_search_by_key(&cp, |e| e.0) {
        Ok(i) if compat || !DECOMP[i].3 => {
            let (_, off, len, _) = DECOMP[i];
            // Full decompositions; canonical ones whose pieces decompose further under
            // compatibility are listed in COMPAT_OVERRIDE.
            out.extend_from_slice(&DECOMP_DATA[off as usize..off as usize + len as usize]);
        }
        _ => out.push(cp),
    }
}

/// Sorts each run of non-starters by combining class (stable: the canonical ordering).
fn canonical_order(cps: &mut [u32]) {
    let mut i = 0;
    while i < cps.len() {
        if combining_class(cps[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < cps.len() && combining_class(cps[i]) != 0 {
            i += 1;
        }
        cps[start..i].sort_by_key(|&c| combining_class(c));
    }
}

fn compose_pair(a: u32, b: u32) -> Option<u32> {
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return Some(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a)
        && (a - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
    {
        return Some(a + (b - T_BASE));
    }
    COMPOSE.binary_search_by(|&(x, y, _)| (x, y).cmp(&(a, b))).ok().map(|i| COMPOSE[i].2)
}

/// The canonical composition algorithm over a decomposed, canonically ordered sequence.
fn compose(cps: Vec<u32>) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(cps.len());
    let mut starter: Option<usize> = None;
    // Combining class of the last character appended after the starter (None: none yet).
    let mut last_cc: Option<u8> = None;
    for c in cps {
        let cc = combining_class(c);
        if let Some(si) = starter {
            let blocked = last_cc.is_some_and(|l| l == 0 || l >= cc);
            if !blocked && let Some(comp) = compose_pair(out[si], c) {
                out[si] = comp;
                continue;
            }
        }
        if cc == 0 {
            starter = Some(out.len());
            last_cc = None;
        } else {
            last_cc = Some(cc);
        }
        out.push(c);
    }
    out
}

/// Normalizes a sequence of code points.
pub fn normalize_code_points(cps: &[u32], form: Form) -> Vec<u32> {
    let compat = matches!(form, Form::Nfkc | Form::Nfkd);
    let mut d = Vec::with_capacity(cps.len());
    for &c in cps {
        decompose_into(c, compat, &mut d);
    }
    canonical_order(&mut d);
    if matches!(form, Form::Nfc | Form::Nfkc) { compose(d) } else { d }
}

/// Code points of UTF-16 text (lone surrogates kept as themselves).
pub fn code_points(units: &[u16]) -> Vec<u32> {
    char::decode_utf16(units.iter().copied())
        .map(|r| r.map_or_else(|e| e.unpaired_surrogate() as u32, |c| c as u32))
        .collect()
}

/// UTF-16 encoding of code points (surrogate code points stay single units).
pub fn to_utf16(cps: &[u32]) -> Vec<u16> {
    let mut out = Vec::with_capacity(cps.len());
    for &c in cps {
        match char::from_u32(c) {
            Some(ch) => {
                let mut buf = [0u16; 2];
                out.extend_from_slice(ch.encode_utf16(&mut buf));
            }
            None => out.push(c as u16),
        }
    }
    out
}

/// Normalizes UTF-16 text.
pub fn normalize_units(units: &[u16], form: Form) -> Vec<u16> {
    // Fast path: ASCII is invariant under every form.
    if crate::value::string::is_ascii(units) {
        return units.to_vec();
    }
    to_utf16(&normalize_code_points(&code_points(units), form))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str, f: Form) -> String {
        let u: Vec<u16> = s.encode_utf16().collect();
        String::from_utf16_lossy(&normalize_units(&u, f))
    }

    #[test]
    fn forms() {
        assert_eq!(n("e\u{301}", Form::Nfc), "é");
        assert_eq!(n("é", Form::Nfd), "e\u{301}");
        assert_eq!(n("ﬁ", Form::Nfkc), "fi");
        assert_eq!(n("ﬁ", Form::Nfc), "ﬁ");
        assert_eq!(n("한", Form::Nfd).chars().count(), 3);
        assert_eq!(n("\u{1112}\u{1161}\u{11AB}", Form::Nfc), "한");
        assert_eq!(n("a\u{323}\u{302}", Form::Nfc), "ậ");
        assert_eq!(n("a\u{302}\u{323}", Form::Nfc), "ậ");
        assert_eq!(n("\u{212B}", Form::Nfc), "Å");
    }
}
