//! An approximation of ICU's root collation (the default of String.prototype.localeCompare,
//! ECMA-402 §19.1.1 / ECMA-262 §22.1.3.12): three levels, primary weights taken from ICU for
//! the common scripts, NFD for accents, lowercase before uppercase.

use super::normalize::{Form, code_points, combining_class, normalize_code_points};
use super::unicode_tables::{COLLATION, COLLATION_EXPANSIONS, MARK_ORDER};
use std::cmp::Ordering;

/// One collation element: primary (0 = ignorable at that level), secondary, tertiary.
#[derive(Clone, Copy, Debug)]
struct Ce {
    p: u32,
    s: u32,
    t: u32,
}

/// Weight of a letter with the "common" secondary weight.
const COMMON: u32 = 1;
const UNKNOWN_BASE: u32 = 0x10000;

fn case_weight(cp: u32) -> u32 {
    match char::from_u32(cp) {
        Some(c) if c.is_uppercase() => 2,
        _ => 1,
    }
}

fn lookup(cp: u32) -> Option<(u32, u32)> {
    COLLATION.binary_search_by_key(&cp, |e| e.0).ok().map(|i| (COLLATION[i].1 as u32, COLLATION[i].2 as u32))
}

fn elements(units: &[u16]) -> Vec<Ce> {
    let cps = normalize_code_points(&code_points(units), Form::Nfd);
    let mut out = Vec::with_capacity(cps.len());
    for cp in cps {
        if let Ok(i) = COLLATION_EXPANSIONS.binary_search_by_key(&cp, |e| e.0) {
            let t = case_weight(cp) + 2;
            for b in COLLATION_EXPANSIONS[i].1 {
                let p = lookup(b as u32).map_or(UNKNOWN_BASE + b as u32, |e| e.0 * 2);
                out.push(Ce { p, s: COMMON, t });
            }
            continue;
        }
        if let Some((p, accent)) = lookup(cp) {
            if p == 0 {
                continue;
            }
            out.push(Ce { p: p * 2, s: COMMON, t: case_weight(cp) });
            if accent != 0 {
                // Letters with their own accent (ø, đ, ł) sort after the combining marks.
                out.push(Ce { p: 0, s: 0x3000 + accent, t: 0 });
            }
            continue;
        }
        // Controls and format characters are ignorable.
        if cp < 0x20
            || (0x7F..0xA0).contains(&cp)
            || (0x200B..=0x200F).contains(&cp)
            || (0x2060..=0x206F).contains(&cp)
            || cp == 0xFEFF
        {
            continue;
        }
        if combining_class(cp) != 0 || (0x300..0x370).contains(&cp) {
            let rank = MARK_ORDER.iter().position(|&m| m == cp).map_or(0x1000 + cp, |r| r as u32);
            out.push(Ce { p: 0, s: 0x1000 + rank, t: 0 });
            continue;
        }
        match char::from_u32(cp) {
            Some(c) if c.is_alphanumeric() => out.push(Ce { p: UNKNOWN_BASE + cp, s: COMMON, t: case_weight(cp) }),
            // Other symbols (emoji, ...) sort among the symbols, before the currency signs.
            _ => {
                let dollar = lookup(0x24).map_or(0, |e| e.0);
                out.push(Ce { p: dollar * 2 - 1, s: COMMON, t: 0 });
                out.push(Ce { p: 0, s: 0x10000 + cp, t: 0 });
            }
        }
    }
    out
}

fn level(a: &[Ce], b: &[Ce], f: impl Fn(&Ce) -> Option<u32>) -> Ordering {
    a.iter().filter_map(&f).cmp(b.iter().filter_map(&f))
}

/// Compares two strings like `Intl.Collator()` with default options.
pub fn compare(a: &[u16], b: &[u16]) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    let (ea, eb) = (elements(a), elements(b));
    level(&ea, &eb, |c| (c.p != 0).then_some(c.p))
        .then_with(|| level(&ea, &eb, |c| (c.s != 0).then_some(c.s)))
        .then_with(|| level(&ea, &eb, |c| (c.p != 0).then_some(c.t)))
}
