//! Date.parse (ECMA-262 §21.4.3.2): the Date Time String Format and the toString and
//! toUTCString forms.

use super::format::MONTH_NAMES;
use super::time::*;

/// Parses the ECMAScript Date Time String Format (§21.4.1.32) and the strings toString and
/// toUTCString produce; NaN for anything else.
pub fn parse_date(s: &str) -> f64 {
    parse_iso(s.trim()).or_else(|| parse_to_string_form(s.trim())).unwrap_or(f64::NAN)
}

struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn digits(&mut self, n: usize) -> Option<f64> {
        let d = self.b.get(self.i..self.i + n)?;
        if !d.iter().all(u8::is_ascii_digit) {
            return None;
        }
        self.i += n;
        Some(d.iter().fold(0.0, |acc, c| acc * 10.0 + (c - b'0') as f64))
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn done(&self) -> bool {
        self.i == self.b.len()
    }
}

fn parse_iso(s: &str) -> Option<f64> {
    let mut c = Cursor { b: s.as_bytes(), i: 0 };
    let year = if c.eat(b'+') {
        c.digits(6)?
    } else if c.eat(b'-') {
        let y = c.digits(6)?;
        if y == 0.0 {
            return None; // -000000 is not a valid year
        }
        -y
    } else {
        c.digits(4)?
    };
    let (mut month, mut date) = (1.0, 1.0);
    if c.eat(b'-') {
        month = c.digits(2)?;
        if c.eat(b'-') {
            date = c.digits(2)?;
        }
    }
    let (mut h, mut m, mut sec, mut ms) = (0.0, 0.0, 0.0, 0.0);
    let mut date_only = true;
    let mut offset = None;
    if c.eat(b'T') || c.eat(b't') {
        date_only = false;
        h = c.digits(2)?;
        if !c.eat(b':') {
            return None;
        }
        m = c.digits(2)?;
        if c.eat(b':') {
            sec = c.digits(2)?;
            if c.eat(b'.') {
                let start = c.i;
                while c.b.get(c.i).is_some_and(u8::is_ascii_digit) {
                    c.i += 1;
                }
                let frac = &s[start..c.i];
                if frac.is_empty() {
                    return None;
                }
                ms = format!("0.{frac}").parse::<f64>().ok().map(|f| (f * 1000.0).floor())?;
            }
        }
        if c.eat(b'Z') || c.eat(b'z') {
            offset = Some(0.0);
        } else if c.b.get(c.i) == Some(&b'+') || c.b.get(c.i) == Some(&b'-') {
            let sign = if c.eat(b'-') {
                -1.0
            } else {
                c.i += 1;
                1.0
            };
            let oh = c.digits(2)?;
            if !c.eat(b':') {
                return None;
            }
            let om = c.digits(2)?;
            if oh > 23.0 || om > 59.0 {
                return None;
            }
            offset = Some(sign * (oh * 60.0 + om));
        }
    } else if c.eat(b'Z') {
        offset = Some(0.0);
    }
    if !c.done() || !(1.0..=12.0).contains(&month) || date < 1.0 || h > 24.0 || m > 59.0 || sec > 59.0 {
        return None;
    }
    let leap = days_in_year(year) == 366.0;
    let days_in_month = month_start(month as usize, leap) - month_start(month as usize - 1, leap);
    if date > days_in_month || (h == 24.0 && (m, sec, ms) != (0.0, 0.0, 0.0)) {
        return None;
    }
    let t = make_date(make_day(year, month - 1.0, date), make_time(h, m, sec, ms));
    // Date-only forms are UTC; date-time forms without an offset are local time.
    Some(match offset {
        Some(off) => t - off * 60_000.0,
        None if date_only => t,
        None => utc(t),
    })
}

/// "Tue Feb 01 2022 00:00:00 GMT+0000 (…)" and "Tue, 01 Feb 2022 00:00:00 GMT".
fn parse_to_string_form(s: &str) -> Option<f64> {
    let words: Vec<&str> = s.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let month_of = |w: &str| MONTH_NAMES.iter().position(|m| *m == w);
    let (month, date, year, rest) = match words.as_slice() {
        [_, mon, d, y, rest @ ..] if month_of(mon).is_some() => (month_of(mon)?, *d, *y, rest),
        [_, d, mon, y, rest @ ..] if month_of(mon).is_some() => (month_of(mon)?, *d, *y, rest),
        _ => return None,
    };
    let date: f64 = date.parse().ok()?;
    let year: f64 = year.parse().ok()?;
    let (mut h, mut m, mut sec, mut off) = (0.0, 0.0, 0.0, 0.0);
    if let Some(time) = rest.first() {
        let parts: Vec<f64> = time.split(':').map(|p| p.parse().ok()).collect::<Option<_>>()?;
        if parts.len() != 3 {
            return None;
        }
        (h, m, sec) = (parts[0], parts[1], parts[2]);
        if let Some(zone) = rest.get(1) {
            let zone = zone.strip_prefix("GMT")?;
            if !zone.is_empty() {
                let (sign, digits) = zone.split_at(1);
                let v: f64 = digits.parse().ok()?;
                let minutes = (v / 100.0).floor() * 60.0 + v % 100.0;
                off = if sign == "-" { -minutes } else { minutes };
            }
        }
    }
    let t = make_date(make_day(year, month as f64, date), make_time(h, m, sec, 0.0));
    Some(t - off * 60_000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_fields_round_trip() {
        // 2024-02-29T13:45:30.123Z, a leap day.
        let t = make_date(make_day(2024.0, 1.0, 29.0), make_time(13.0, 45.0, 30.0, 123.0));
        assert_eq!(t, 1_709_214_330_123.0);
        assert_eq!((year_from_time(t), month_from_time(t), date_from_time(t)), (2024.0, 1.0, 29.0));
        assert_eq!(week_day(t), 4.0);
        // Before the epoch.
        let t = make_date(make_day(1969.0, 11.0, 31.0), make_time(23.0, 59.0, 59.0, 999.0));
        assert_eq!(t, -1.0);
        assert_eq!((year_from_time(t), month_from_time(t), date_from_time(t)), (1969.0, 11.0, 31.0));
    }

    #[test]
    fn parses_iso_and_to_string_forms() {
        assert_eq!(parse_date("1970-01-01T00:00:00.000Z"), 0.0);
        assert_eq!(parse_date("2024-02-29"), 1_709_164_800_000.0);
        assert!(parse_date("2024-02-30").is_nan());
        assert!(parse_date("2023-02-29").is_nan());
        assert_eq!(parse_date("+002024-02-29T00:00:00+01:00"), 1_709_164_800_000.0 - 3_600_000.0);
        assert_eq!(parse_date("Thu Feb 29 2024 00:00:00 GMT+0000 (Coordinated Universal Time)"), 1_709_164_800_000.0);
        assert_eq!(parse_date("Thu, 29 Feb 2024 00:00:00 GMT"), 1_709_164_800_000.0);
        assert!(parse_date("-000000-01-01T00:00:00Z").is_nan());
    }
}
