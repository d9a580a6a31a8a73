//! Date.parse (ECMA-262 §21.4.3.2): the Date Time String Format (§21.4.1.32) and, for every
//! other string, the implementation-defined fallback. Node users get V8's, so this is V8's
//! date parser (src/date/dateparser.h, dateparser-inl.h, dateparser.cc): it accepts ISO
//! strings with V8's extensions and the legacy forms browsers share ("Jan 2 2000 10:00 PM
//! GMT+0100", "1/2/2000", "2000 Jan 2", the toString and toUTCString forms). The day
//! composer is the one of Node 20's V8 (11.3), checked against it input by input: a number
//! that cannot be a day of the month is the year and comes first, and a missing year is
//! 1, that is 2001 ("0" is 2000-01-01 and "Jan 5" 2001-01-05, local time).

use super::time::*;

/// The parser's "missing" marker (V8's kNone).
const NONE: i32 = i32::MAX;
/// Digits beyond this many in a numeral are read but ignored.
const MAX_SIGNIFICANT_DIGITS: usize = 9;
/// V8's DateCache::kMaxTimeBeforeUTCInMs: a local time this far from the epoch or closer
/// can be converted to UTC.
const MAX_TIME_BEFORE_UTC_MS: f64 = 8.64e15 + 864_000_000.0;

/// Date.parse's result for `s`: a time value, or NaN.
pub fn parse_date(s: &str) -> f64 {
    let units: Vec<u16> = s.encode_utf16().collect();
    parse_units(&units)
}

/// V8's ParseDateTimeString (builtins-date.cc): parse, then MakeDay/MakeTime/MakeDate, local
/// time through the zone rules unless an offset was given, then TimeClip.
pub fn parse_units(s: &[u16]) -> f64 {
    let Some(f) = parse_fields(s) else { return f64::NAN };
    let day = make_day(f.year as f64, f.month as f64, f.day as f64);
    let time = make_time(f.hour as f64, f.minute as f64, f.second as f64, f.millisecond as f64);
    let mut date = make_date(day, time);
    match f.utc_offset_seconds {
        None => {
            if !(-MAX_TIME_BEFORE_UTC_MS..=MAX_TIME_BEFORE_UTC_MS).contains(&date) {
                return f64::NAN;
            }
            date = utc(date);
        }
        Some(offset) => date -= offset as f64 * 1000.0,
    }
    time_clip(date)
}

/// The parser's output (month 0-based; the offset in seconds east of UTC, None for local).
#[derive(Debug, PartialEq)]
struct Fields {
    year: i32,
    month: i32,
    day: i32,
    hour: i32,
    minute: i32,
    second: i32,
    millisecond: i32,
    utc_offset_seconds: Option<i32>,
}

fn between(x: i32, lo: i32, hi: i32) -> bool {
    (x as i64 - lo as i64) >= 0 && (x as i64) <= hi as i64
}
fn is_month(x: i32) -> bool {
    between(x, 1, 12)
}
fn is_day(x: i32) -> bool {
    between(x, 1, 31)
}
fn is_hour(x: i32) -> bool {
    between(x, 0, 23)
}
fn is_minute(x: i32) -> bool {
    between(x, 0, 59)
}
fn is_second(x: i32) -> bool {
    between(x, 0, 59)
}
fn is_millisecond(x: i32) -> bool {
    between(x, 0, 999)
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum KeywordType {
    Invalid,
    MonthName,
    TimeZoneName,
    TimeSeparator,
    AmPm,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Token {
    Invalid,
    Unknown,
    WhiteSpace,
    EndOfInput,
    Number { value: i32, length: usize },
    Symbol(u8),
    Keyword { kind: KeywordType, value: i32, length: usize },
}

impl Token {
    fn is_number(self) -> bool {
        matches!(self, Token::Number { .. })
    }
    fn is_fixed_length_number(self, n: usize) -> bool {
        matches!(self, Token::Number { length, .. } if length == n)
    }
    fn number(self) -> i32 {
        match self {
            Token::Number { value, .. } => value,
            _ => 0,
        }
    }
    fn is_symbol(self, c: u8) -> bool {
        self == Token::Symbol(c)
    }
    fn is_ascii_sign(self) -> bool {
        matches!(self, Token::Symbol(b'+' | b'-'))
    }
    fn ascii_sign(self) -> i32 {
        if self.is_symbol(b'-') { -1 } else { 1 }
    }
    fn is_keyword_type(self, t: KeywordType) -> bool {
        matches!(self, Token::Keyword { kind, .. } if kind == t)
    }
    /// "z" alone (not "ut", "utc" or "gmt").
    fn is_keyword_z(self) -> bool {
        matches!(self, Token::Keyword { kind: KeywordType::TimeZoneName, length: 1, value: 0 })
    }
}

/// Month names, AM/PM, the zone names V8 knows and the ISO `T`: (three-letter prefix, type,
/// value). A word matches an entry by its lower-cased first three letters; only month names
/// may be longer than their entry.
const KEYWORDS: [(&[u8; 3], KeywordType, i32); 27] = [
    (b"jan", KeywordType::MonthName, 1),
    (b"feb", KeywordType::MonthName, 2),
    (b"mar", KeywordType::MonthName, 3),
    (b"apr", KeywordType::MonthName, 4),
    (b"may", KeywordType::MonthName, 5),
    (b"jun", KeywordType::MonthName, 6),
    (b"jul", KeywordType::MonthName, 7),
    (b"aug", KeywordType::MonthName, 8),
    (b"sep", KeywordType::MonthName, 9),
    (b"oct", KeywordType::MonthName, 10),
    (b"nov", KeywordType::MonthName, 11),
    (b"dec", KeywordType::MonthName, 12),
    (b"am\0", KeywordType::AmPm, 0),
    (b"pm\0", KeywordType::AmPm, 12),
    (b"ut\0", KeywordType::TimeZoneName, 0),
    (b"utc", KeywordType::TimeZoneName, 0),
    (b"z\0\0", KeywordType::TimeZoneName, 0),
    (b"gmt", KeywordType::TimeZoneName, 0),
    (b"cdt", KeywordType::TimeZoneName, -5),
    (b"cst", KeywordType::TimeZoneName, -6),
    (b"edt", KeywordType::TimeZoneName, -4),
    (b"est", KeywordType::TimeZoneName, -5),
    (b"mdt", KeywordType::TimeZoneName, -6),
    (b"mst", KeywordType::TimeZoneName, -7),
    (b"pdt", KeywordType::TimeZoneName, -7),
    (b"pst", KeywordType::TimeZoneName, -8),
    (b"t\0\0", KeywordType::TimeSeparator, 0),
];

fn lookup_keyword(prefix: [u32; 3], length: usize) -> (KeywordType, i32) {
    for (p, kind, value) in KEYWORDS {
        if p.iter().zip(prefix).all(|(&a, b)| a as u32 == b) && (length <= 3 || kind == KeywordType::MonthName) {
            return (kind, value);
        }
    }
    (KeywordType::Invalid, 0)
}

/// ECMA-262 §12.2 WhiteSpace and §12.3 LineTerminator.
fn is_white_space_or_line_terminator(c: u32) -> bool {
    matches!(c, 0x09 | 0x0B | 0x0C | 0x20 | 0xA0 | 0xFEFF | 0x0A | 0x0D | 0x2028 | 0x2029)
        || c == 0x1680
        || (0x2000..=0x200A).contains(&c)
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000
}

/// V8's DateStringTokenizer over an InputReader: one token of lookahead.
struct Scanner<'a> {
    s: &'a [u16],
    /// Index of the character after `ch`.
    index: usize,
    /// The current character; 0 at the end (as V8 reads past the end).
    ch: u32,
    next: Token,
}

impl<'a> Scanner<'a> {
    fn new(s: &'a [u16]) -> Scanner<'a> {
        let mut sc = Scanner { s, index: 0, ch: 0, next: Token::EndOfInput };
        sc.advance();
        sc.next = sc.scan();
        sc
    }
    fn advance(&mut self) {
        self.ch = self.s.get(self.index).map_or(0, |&u| u as u32);
        self.index += 1;
    }
    fn is_digit(&self) -> bool {
        (b'0' as u32..=b'9' as u32).contains(&self.ch)
    }
    fn skip_char(&mut self, c: u8) -> bool {
        if self.ch == c as u32 {
            self.advance();
            true
        } else {
            false
        }
    }
    fn scan(&mut self) -> Token {
        if self.ch == 0 {
            return Token::EndOfInput;
        }
        if self.is_digit() {
            let (mut n, mut length) = (0i32, 0usize);
            while self.is_digit() {
                if length < MAX_SIGNIFICANT_DIGITS {
                    n = n * 10 + (self.ch - b'0' as u32) as i32;
                }
                length += 1;
                self.advance();
            }
            return Token::Number { value: n, length };
        }
        for c in [b':', b'-', b'+', b'.', b')'] {
            if self.skip_char(c) {
                return Token::Symbol(c);
            }
        }
        if self.ch >= b'A' as u32 && !is_white_space_or_line_terminator(self.ch) {
            // A word: every character from 'A' up but white space (U+00A0, U+2028 ...),
            // lower-cased as V8 does (c | 0x20).
            let mut prefix = [0u32; 3];
            let mut length = 0;
            while self.ch >= b'A' as u32 && !is_white_space_or_line_terminator(self.ch) {
                if length < 3 {
                    prefix[length] = self.ch | 0x20;
                }
                length += 1;
                self.advance();
            }
            let (kind, value) = lookup_keyword(prefix, length);
            return Token::Keyword { kind, value, length };
        }
        if is_white_space_or_line_terminator(self.ch) {
            self.advance();
            return Token::WhiteSpace;
        }
        if self.ch == b'(' as u32 {
            // Parenthesized text (nested) is skipped.
            let mut balance = 0;
            loop {
                if self.ch == b')' as u32 {
                    balance -= 1;
                } else if self.ch == b'(' as u32 {
                    balance += 1;
                }
                self.advance();
                if balance <= 0 || self.ch == 0 {
                    break;
                }
            }
            return Token::Unknown;
        }
        self.advance();
        Token::Unknown
    }
    fn next(&mut self) -> Token {
        let t = self.next;
        self.next = self.scan();
        t
    }
    fn peek(&self) -> Token {
        self.next
    }
    fn skip_symbol(&mut self, c: u8) -> bool {
        if self.next.is_symbol(c) {
            self.next = self.scan();
            true
        } else {
            false
        }
    }
}

/// The first three significant digits of a fraction, from its value and digit count.
fn read_milliseconds(t: Token) -> i32 {
    let (mut number, mut length) = match t {
        Token::Number { value, length } => (value, length),
        _ => return 0,
    };
    if length == 1 {
        number *= 100;
    } else if length == 2 {
        number *= 10;
    } else if length > 3 {
        length = length.min(MAX_SIGNIFICANT_DIGITS);
        number /= 10i32.pow(length as u32 - 3);
    }
    number
}

struct TimeZoneComposer {
    sign: i32,
    hour: i32,
    minute: i32,
}

impl TimeZoneComposer {
    fn set(&mut self, offset_in_hours: i32) {
        self.sign = if offset_in_hours < 0 { -1 } else { 1 };
        self.hour = offset_in_hours * self.sign;
        self.minute = 0;
    }
    fn set_sign(&mut self, sign: i32) {
        self.sign = if sign < 0 { -1 } else { 1 };
    }
    fn is_expecting(&self, n: i32) -> bool {
        self.hour != NONE && self.minute == NONE && is_minute(n)
    }
    fn is_utc(&self) -> bool {
        self.hour == 0 && self.minute == 0
    }
    fn is_empty(&self) -> bool {
        self.hour == NONE
    }
    fn write(&self) -> Option<Option<i32>> {
        if self.sign == NONE {
            return Some(None);
        }
        let hour = if self.hour == NONE { 0 } else { self.hour };
        let minute = if self.minute == NONE { 0 } else { self.minute };
        let total = hour as i64 * 3600 + minute as i64 * 60;
        if total > (1 << 30) - 1 {
            return None;
        }
        Some(Some(if self.sign < 0 { -total as i32 } else { total as i32 }))
    }
}

struct TimeComposer {
    comp: [i32; 4],
    index: usize,
    hour_offset: i32,
}

impl TimeComposer {
    fn is_empty(&self) -> bool {
        self.index == 0
    }
    fn is_expecting(&self, n: i32) -> bool {
        (self.index == 1 && is_minute(n)) || (self.index == 2 && is_second(n)) || (self.index == 3 && is_millisecond(n))
    }
    fn add(&mut self, n: i32) -> bool {
        if self.index < 4 {
            self.comp[self.index] = n;
            self.index += 1;
            true
        } else {
            false
        }
    }
    fn add_final(&mut self, n: i32) -> bool {
        if !self.add(n) {
            return false;
        }
        while self.index < 4 {
            self.comp[self.index] = 0;
            self.index += 1;
        }
        true
    }
    /// (hour, minute, second, millisecond)
    fn write(&mut self) -> Option<(i32, i32, i32, i32)> {
        while self.index < 4 {
            self.comp[self.index] = 0;
            self.index += 1;
        }
        let [mut hour, minute, second, ms] = self.comp;
        if self.hour_offset != NONE {
            if !between(hour, 0, 12) {
                return None;
            }
            hour = hour % 12 + self.hour_offset;
        }
        if !(is_hour(hour) && is_minute(minute) && is_second(second) && is_millisecond(ms))
            && (hour != 24 || minute != 0 || second != 0 || ms != 0)
        {
            // Only 24:00:00.000 may go past 23:59:59.999.
            return None;
        }
        Some((hour, minute, second, ms))
    }
}

struct DayComposer {
    comp: [i32; 3],
    index: usize,
    named_month: i32,
    is_iso_date: bool,
}

impl DayComposer {
    fn is_empty(&self) -> bool {
        self.index == 0
    }
    fn add(&mut self, n: i32) -> bool {
        if self.index < 3 {
            self.comp[self.index] = n;
            self.index += 1;
            true
        } else {
            false
        }
    }
    /// (year, month 1-12, day)
    fn write(&mut self) -> Option<(i32, i32, i32)> {
        if self.index < 1 {
            return None;
        }
        // Missing components are 1, so a missing year is 1, that is 2001.
        while self.index < 3 {
            self.comp[self.index] = 1;
            self.index += 1;
        }
        let c = self.comp;
        // Whichever number cannot be a day of the month is the year, and comes first.
        let (mut year, month, day);
        if self.named_month == NONE {
            if self.is_iso_date || !is_day(c[0]) {
                (year, month, day) = (c[0], c[1], c[2]); // YMD
            } else {
                (month, day, year) = (c[0], c[1], c[2]); // MDY
            }
        } else {
            month = self.named_month;
            if !is_day(c[0]) {
                (year, day) = (c[0], c[1]); // YMD, MYD or YDM
            } else {
                (day, year) = (c[0], c[1]); // DMY, MDY or DYM
            }
        }
        if !self.is_iso_date {
            if between(year, 0, 49) {
                year += 2000;
            } else if between(year, 50, 99) {
                year += 1900;
            }
        }
        if !is_month(month) || !is_day(day) {
            return None;
        }
        Some((year, month - 1, day))
    }
}

/// V8's ParseES5DateTime: as far as the input is an ISO date-time string. Returns the next
/// token for the legacy parser, EndOfInput when the whole string was ISO, Invalid when it
/// cannot be a date at all.
fn parse_es5_date_time(
    sc: &mut Scanner,
    day: &mut DayComposer,
    time: &mut TimeComposer,
    tz: &mut TimeZoneComposer,
) -> Token {
    // [('-'|'+')yy]yyyy['-'MM['-'DD]]
    if sc.peek().is_ascii_sign() {
        // Keep the sign token for the legacy parser if it is not a six-digit year's.
        let sign_token = sc.next();
        if !sc.peek().is_fixed_length_number(6) {
            return sign_token;
        }
        let sign = sign_token.ascii_sign();
        let year = sc.next().number();
        if sign < 0 && year == 0 {
            return sign_token;
        }
        day.add(sign * year);
    } else if sc.peek().is_fixed_length_number(4) {
        day.add(sc.next().number());
    } else {
        return sc.next();
    }
    if sc.skip_symbol(b'-') {
        if !sc.peek().is_fixed_length_number(2) || !is_month(sc.peek().number()) {
            return sc.next();
        }
        day.add(sc.next().number());
        if sc.skip_symbol(b'-') {
            if !sc.peek().is_fixed_length_number(2) || !is_day(sc.peek().number()) {
                return sc.next();
            }
            day.add(sc.next().number());
        }
    }
    // 'T'HH':'mm[':'ss['.'sss]][Z|(+|-)hh[:]mm]
    if !sc.peek().is_keyword_type(KeywordType::TimeSeparator) {
        if sc.peek() != Token::EndOfInput {
            return sc.next();
        }
    } else {
        sc.next();
        if !sc.peek().is_fixed_length_number(2) || !between(sc.peek().number(), 0, 24) {
            return Token::Invalid;
        }
        // 24:00[:00[.000]] only.
        let hour_is_24 = sc.peek().number() == 24;
        time.add(sc.next().number());
        if !sc.skip_symbol(b':') {
            return Token::Invalid;
        }
        if !sc.peek().is_fixed_length_number(2)
            || !is_minute(sc.peek().number())
            || (hour_is_24 && sc.peek().number() > 0)
        {
            return Token::Invalid;
        }
        time.add(sc.next().number());
        if sc.skip_symbol(b':') {
            if !sc.peek().is_fixed_length_number(2)
                || !is_second(sc.peek().number())
                || (hour_is_24 && sc.peek().number() > 0)
            {
                return Token::Invalid;
            }
            time.add(sc.next().number());
            if sc.skip_symbol(b'.') {
                if !sc.peek().is_number() || (hour_is_24 && sc.peek().number() > 0) {
                    return Token::Invalid;
                }
                // More or fewer than three digits are allowed.
                time.add(read_milliseconds(sc.next()));
            }
        }
        if sc.peek().is_keyword_z() {
            sc.next();
            tz.set(0);
        } else if sc.peek().is_symbol(b'+') || sc.peek().is_symbol(b'-') {
            tz.set_sign(sc.next().ascii_sign());
            if sc.peek().is_fixed_length_number(4) {
                // The hhmm extension.
                let hourmin = sc.next().number();
                let (hour, min) = (hourmin / 100, hourmin % 100);
                if !is_hour(hour) || !is_minute(min) {
                    return Token::Invalid;
                }
                tz.hour = hour;
                tz.minute = min;
            } else {
                if !sc.peek().is_fixed_length_number(2) || !is_hour(sc.peek().number()) {
                    return Token::Invalid;
                }
                tz.hour = sc.next().number();
                if !sc.skip_symbol(b':') {
                    return Token::Invalid;
                }
                if !sc.peek().is_fixed_length_number(2) || !is_minute(sc.peek().number()) {
                    return Token::Invalid;
                }
                tz.minute = sc.next().number();
            }
        }
        if sc.peek() != Token::EndOfInput {
            return Token::Invalid;
        }
    }
    // §21.4.1.32: date-only forms are UTC, date-time forms local time.
    if tz.is_empty() && time.is_empty() {
        tz.set(0);
    }
    day.is_iso_date = true;
    Token::EndOfInput
}

/// V8's DateParser::Parse: the ISO form first, then the legacy rules for what is left.
fn parse_fields(s: &[u16]) -> Option<Fields> {
    let mut sc = Scanner::new(s);
    let mut tz = TimeZoneComposer { sign: NONE, hour: NONE, minute: NONE };
    let mut time = TimeComposer { comp: [0; 4], index: 0, hour_offset: NONE };
    let mut day = DayComposer { comp: [0; 3], index: 0, named_month: NONE, is_iso_date: false };
    let mut token = parse_es5_date_time(&mut sc, &mut day, &mut time, &mut tz);
    if token == Token::Invalid {
        return None;
    }
    let mut has_read_number = !day.is_empty();
    while token != Token::EndOfInput {
        match token {
            Token::Number { value: n, .. } => {
                has_read_number = true;
                if sc.skip_symbol(b':') {
                    if sc.skip_symbol(b':') {
                        // n followed by "::"
                        if !time.is_empty() {
                            return None;
                        }
                        time.add(n);
                        time.add(0);
                    } else {
                        // n followed by ":"
                        if !time.add(n) {
                            return None;
                        }
                        if sc.peek().is_symbol(b'.') {
                            sc.next();
                        }
                    }
                } else if sc.skip_symbol(b'.') && time.is_expecting(n) {
                    // (The '.' is consumed even when no time is expected, as in V8.)
                    time.add(n);
                    if !sc.peek().is_number() {
                        return None;
                    }
                    let ms = read_milliseconds(sc.next());
                    if ms < 0 {
                        return None;
                    }
                    time.add_final(ms);
                } else if tz.is_expecting(n) {
                    tz.minute = n;
                } else if time.is_expecting(n) {
                    time.add_final(n);
                    // The end, white space, "Z", "+" or "-" must follow a finished time.
                    let peek = sc.peek();
                    if peek != Token::EndOfInput
                        && peek != Token::WhiteSpace
                        && !peek.is_keyword_z()
                        && !peek.is_ascii_sign()
                    {
                        return None;
                    }
                } else {
                    if !day.add(n) {
                        return None;
                    }
                    sc.skip_symbol(b'-');
                }
            }
            Token::Keyword { kind, value, .. } => {
                if kind == KeywordType::AmPm && !time.is_empty() {
                    time.hour_offset = value;
                } else if kind == KeywordType::MonthName {
                    day.named_month = value;
                    sc.skip_symbol(b'-');
                } else if kind == KeywordType::TimeZoneName && has_read_number {
                    tz.set(value);
                } else {
                    // Unknown words are allowed only before the first number, and not right
                    // before it.
                    if has_read_number || sc.peek().is_number() {
                        return None;
                    }
                }
            }
            t if t.is_ascii_sign() && (tz.is_utc() || !time.is_empty()) => {
                // A UTC offset, after "UTC"/"GMT" or a time.
                tz.set_sign(t.ascii_sign());
                let (mut n, mut length) = (0, 0);
                if let Token::Number { value, length: l } = sc.peek() {
                    sc.next();
                    (n, length) = (value, l);
                }
                has_read_number = true;
                if sc.peek().is_symbol(b':') {
                    tz.hour = n;
                    tz.minute = NONE;
                } else if length == 1 || length == 2 {
                    // GMT-8
                    tz.hour = n;
                    tz.minute = 0;
                } else if length == 3 || length == 4 {
                    // hhmm
                    tz.hour = n / 100;
                    tz.minute = n % 100;
                } else {
                    return None;
                }
            }
            t if (t.is_ascii_sign() || t.is_symbol(b')')) && has_read_number => return None,
            _ => {} // other characters and white space are ignored
        }
        token = sc.next();
    }
    let (year, month, d) = day.write()?;
    let (hour, minute, second, millisecond) = time.write()?;
    let utc_offset_seconds = tz.write()?;
    Some(Fields { year, month, day: d, hour, minute, second, millisecond, utc_offset_seconds })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> f64 {
        parse_date(s)
    }

    /// These run in the test process's zone; only forms with an explicit zone or UTC
    /// defaults are checked here (tests/js covers local forms with TZ=UTC).
    #[test]
    fn iso_and_legacy_forms_with_zones() {
        assert_eq!(p("1970-01-01"), 0.0);
        assert_eq!(p("1970-01-01T00:00:00.000Z"), 0.0);
        assert_eq!(p("1970-01-01T00:00:00+01:00"), -3_600_000.0);
        assert_eq!(p("Thu, 01 Jan 1970 00:00:00 GMT"), 0.0);
        assert_eq!(p("Thu Jan 01 1970 01:00:00 GMT+0100 (Central European Standard Time)"), 0.0);
        assert_eq!(p("Jan 1 1970 12:00 AM UTC"), 0.0);
        assert_eq!(p("1/1/1970 00:00:01 Z"), 1000.0);
        assert_eq!(p("+275760-09-13T00:00:00.000Z"), 8.64e15);
        assert!(p("+275760-09-13T00:00:00.001Z").is_nan());
        assert!(p("-000000-01-01T00:00:00Z").is_nan());
        assert!(p("").is_nan());
        assert!(p("garbage 12 more garbage").is_nan());
        assert!(p("2000-13-01").is_nan());
    }
}
