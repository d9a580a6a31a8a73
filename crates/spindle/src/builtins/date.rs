//! Date (ECMA-262 §21.4).
//!
//! Time values are f64 milliseconds since the epoch (NaN for an invalid date). Local time is
//! UTC for now (LocalTZA = 0); time zones through a maintained tz crate come with issue 5,
//! together with the setters and the remaining formatting methods.

use super::arg;
use crate::object::property::CONFIGURABLE;
use crate::object::{NativeCall, Object, ObjectKind, PropertyKey};
use crate::value::Value;
use crate::value::conversions::Hint;
use crate::vm::{JsResult, Vm};

const MS_PER_DAY: f64 = 86_400_000.0;
const DAY_NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTH_NAMES: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let dp = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    vm.intrinsics_mut().extra.insert("%Date.prototype%", dp);
    let ctor = vm.def_constructor("Date", 7, date_constructor, dp);
    vm.def_method(ctor, "now", 0, date_now);
    vm.def_method(ctor, "parse", 1, date_parse);
    vm.def_method(ctor, "UTC", 7, date_utc);
    vm.def_method(dp, "getTime", 0, get_time);
    vm.def_method(dp, "valueOf", 0, get_time);
    vm.def_method(dp, "setTime", 1, set_time);
    vm.def_method(dp, "getTimezoneOffset", 0, get_timezone_offset);
    vm.def_method(dp, "toISOString", 0, to_iso_string);
    vm.def_method(dp, "toJSON", 1, to_json);
    vm.def_method(dp, "toString", 0, to_string);
    vm.def_method(dp, "toDateString", 0, to_date_string);
    vm.def_method(dp, "toTimeString", 0, to_time_string);
    vm.def_method(dp, "toUTCString", 0, to_utc_string);
    let getters: [(&str, &str, crate::object::NativeFn); 8] = [
        ("getFullYear", "getUTCFullYear", |vm, cx, _| field(vm, cx, Field::Year)),
        ("getMonth", "getUTCMonth", |vm, cx, _| field(vm, cx, Field::Month)),
        ("getDate", "getUTCDate", |vm, cx, _| field(vm, cx, Field::Date)),
        ("getDay", "getUTCDay", |vm, cx, _| field(vm, cx, Field::WeekDay)),
        ("getHours", "getUTCHours", |vm, cx, _| field(vm, cx, Field::Hours)),
        ("getMinutes", "getUTCMinutes", |vm, cx, _| field(vm, cx, Field::Minutes)),
        ("getSeconds", "getUTCSeconds", |vm, cx, _| field(vm, cx, Field::Seconds)),
        ("getMilliseconds", "getUTCMilliseconds", |vm, cx, _| field(vm, cx, Field::Ms)),
    ];
    for (local, utc, f) in getters {
        vm.def_method(dp, local, 0, f);
        vm.def_method(dp, utc, 0, f);
    }
    let tp = vm.sym.to_primitive;
    let f = vm.new_native("[Symbol.toPrimitive]", 1, to_primitive, false);
    vm.define_direct(dp, PropertyKey::Symbol(tp), Value::Object(f), CONFIGURABLE);
}

/// The current time value, whole milliseconds.
fn now_ms() -> f64 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_millis() as f64,
        Err(e) => -(e.duration().as_millis() as f64),
    }
}

/// ECMA-262 §21.4.2.1 Date ( ...values )
fn date_constructor(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        let s = to_date_string_format(now_ms());
        return Ok(vm.string(&s));
    };
    let tv = match args.len() {
        0 => now_ms(),
        1 => {
            let v = args[0];
            let tv = match v {
                Value::Object(o) if matches!(vm.obj(o).kind, ObjectKind::Date(_)) => {
                    let ObjectKind::Date(t) = vm.obj(o).kind else { unreachable!() };
                    t
                }
                _ => match vm.to_primitive(v, Hint::Default)? {
                    Value::String(s) => {
                        let s = vm.rust_string(s);
                        parse_date(&s)
                    }
                    p => vm.to_number(p)?,
                },
            };
            time_clip(tv)
        }
        _ => {
            let t = make_date_from_args(vm, args)?;
            time_clip(utc(t))
        }
    };
    let proto = vm.get_prototype_from_constructor(nt, |i| i.extra["%Date.prototype%"])?;
    Ok(Value::Object(vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Date(tv)))))
}

/// The shared steps of Date(y, m, ...) and Date.UTC: numbers to a time value (not clipped).
fn make_date_from_args(vm: &mut Vm, args: &[Value]) -> JsResult<f64> {
    let mut n = [f64::NAN, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0];
    for (i, slot) in n.iter_mut().enumerate() {
        if i < args.len() {
            *slot = vm.to_number(args[i])?;
        }
    }
    let mut year = n[0];
    if !year.is_nan() {
        let yi = year.trunc();
        if (0.0..=99.0).contains(&yi) {
            year = 1900.0 + yi;
        }
    }
    Ok(make_date(make_day(year, n[1], n[2]), make_time(n[3], n[4], n[5], n[6])))
}

/// ECMA-262 §21.4.3.1 Date.now ( )
fn date_now(_vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Number(now_ms()))
}

/// ECMA-262 §21.4.3.2 Date.parse ( string )
fn date_parse(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = vm.to_rust_string(arg(args, 0))?;
    Ok(Value::Number(time_clip(parse_date(&s))))
}

/// ECMA-262 §21.4.3.4 Date.UTC ( year [ , month [ , date [ , hours [ , minutes [ , seconds [ , ms ] ] ] ] ] ] )
fn date_utc(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let t = make_date_from_args(vm, args)?;
    Ok(Value::Number(time_clip(t)))
}

/// thisTimeValue (ECMA-262 §21.4.4): the [[DateValue]] of a Date object.
fn this_time_value(vm: &mut Vm, this: Value) -> JsResult<f64> {
    if let Value::Object(o) = this
        && let ObjectKind::Date(t) = vm.obj(o).kind
    {
        return Ok(t);
    }
    Err(vm.type_error("this is not a Date object."))
}

/// ECMA-262 §21.4.4.10 Date.prototype.getTime ( ) (also valueOf, §21.4.4.44)
fn get_time(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Number(this_time_value(vm, cx.this)?))
}

/// ECMA-262 §21.4.4.27 Date.prototype.setTime ( time )
fn set_time(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    this_time_value(vm, cx.this)?;
    let t = time_clip(vm.to_number(arg(args, 0))?);
    if let Value::Object(o) = cx.this {
        vm.obj_mut(o).kind = ObjectKind::Date(t);
    }
    Ok(Value::Number(t))
}

/// ECMA-262 §21.4.4.11 Date.prototype.getTimezoneOffset ( )
fn get_timezone_offset(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let t = this_time_value(vm, cx.this)?;
    Ok(Value::Number(if t.is_nan() { f64::NAN } else { 0.0 }))
}

#[derive(Clone, Copy)]
enum Field {
    Year,
    Month,
    Date,
    WeekDay,
    Hours,
    Minutes,
    Seconds,
    Ms,
}

/// The get* methods (ECMA-262 §21.4.4.2–§21.4.4.9, §21.4.4.12–§21.4.4.19).
fn field(vm: &mut Vm, cx: &NativeCall, f: Field) -> JsResult<Value> {
    let t = this_time_value(vm, cx.this)?;
    if t.is_nan() {
        return Ok(Value::Number(f64::NAN));
    }
    let t = local_time(t);
    let v = match f {
        Field::Year => year_from_time(t),
        Field::Month => month_from_time(t),
        Field::Date => date_from_time(t),
        Field::WeekDay => week_day(t),
        Field::Hours => hour_from_time(t),
        Field::Minutes => min_from_time(t),
        Field::Seconds => sec_from_time(t),
        Field::Ms => ms_from_time(t),
    };
    Ok(Value::Number(v))
}

/// ECMA-262 §21.4.4.36 Date.prototype.toISOString ( )
fn to_iso_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let t = this_time_value(vm, cx.this)?;
    match iso_string(t) {
        Some(s) => Ok(vm.string(&s)),
        None => Err(vm.range_error("Invalid time value")),
    }
}

/// The Date Time String Format (ECMA-262 §21.4.1.32) of a time value; None for NaN.
pub fn iso_string(t: f64) -> Option<String> {
    if !t.is_finite() {
        return None;
    }
    let y = year_from_time(t);
    let year = if (0.0..=9999.0).contains(&y) {
        format!("{:04}", y as i64)
    } else {
        format!("{}{:06}", if y < 0.0 { '-' } else { '+' }, y.abs() as i64)
    };
    let s = format!(
        "{year}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        month_from_time(t) as i64 + 1,
        date_from_time(t) as i64,
        hour_from_time(t) as i64,
        min_from_time(t) as i64,
        sec_from_time(t) as i64,
        ms_from_time(t) as i64
    );
    Some(s)
}

/// ECMA-262 §21.4.4.37 Date.prototype.toJSON ( key )
fn to_json(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let o = vm.to_object(cx.this)?;
    let tv = vm.to_primitive(Value::Object(o), Hint::Number)?;
    if let Value::Number(n) = tv
        && !n.is_finite()
    {
        return Ok(Value::Null);
    }
    let key = vm.key_str("toISOString");
    let f = vm.get(o, key, Value::Object(o))?;
    if !vm.is_callable(f) {
        return Err(vm.type_error("toISOString is not a function"));
    }
    vm.call(f, Value::Object(o), &[])
}

/// ECMA-262 §21.4.4.41 Date.prototype.toString ( )
fn to_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let t = this_time_value(vm, cx.this)?;
    let s = to_date_string_format(t);
    Ok(vm.string(&s))
}

/// ECMA-262 §21.4.4.35 Date.prototype.toDateString ( )
fn to_date_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let t = this_time_value(vm, cx.this)?;
    let s = if t.is_nan() { "Invalid Date".to_string() } else { date_string(local_time(t)) };
    Ok(vm.string(&s))
}

/// ECMA-262 §21.4.4.42 Date.prototype.toTimeString ( )
fn to_time_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let t = this_time_value(vm, cx.this)?;
    let s = if t.is_nan() { "Invalid Date".to_string() } else { time_string(local_time(t)) + &time_zone_string() };
    Ok(vm.string(&s))
}

/// ECMA-262 §21.4.4.43 Date.prototype.toUTCString ( )
fn to_utc_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let t = this_time_value(vm, cx.this)?;
    if t.is_nan() {
        return Ok(vm.string("Invalid Date"));
    }
    let s = format!(
        "{}, {:02} {} {} {}",
        DAY_NAMES[week_day(t) as usize],
        date_from_time(t) as i64,
        MONTH_NAMES[month_from_time(t) as usize],
        year_string(year_from_time(t)),
        time_string(t)
    );
    Ok(vm.string(&s))
}

/// ECMA-262 §21.4.4.45 Date.prototype [ %Symbol.toPrimitive% ] ( hint )
fn to_primitive(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Value::Object(o) = cx.this else {
        return Err(vm.type_error("Date.prototype[Symbol.toPrimitive] called on non-object"));
    };
    let hint = arg(args, 0);
    let hint = match hint {
        Value::String(s) if s == vm.names.string || s == vm.names.default => Hint::String,
        Value::String(s) if s == vm.names.number => Hint::Number,
        other => {
            let shown = match other {
                Value::String(s) => vm.rust_string(s),
                _ => "[non-string]".to_string(),
            };
            return Err(vm.type_error(&format!("Invalid hint: {shown}")));
        }
    };
    vm.ordinary_to_primitive(o, hint)
}

/// ToDateString (ECMA-262 §21.4.4.41.4)
fn to_date_string_format(tv: f64) -> String {
    if tv.is_nan() {
        return "Invalid Date".to_string();
    }
    let t = local_time(tv);
    format!("{} {}{}", date_string(t), time_string(t), time_zone_string())
}

/// DateString (ECMA-262 §21.4.4.41.2)
fn date_string(t: f64) -> String {
    format!(
        "{} {} {:02} {}",
        DAY_NAMES[week_day(t) as usize],
        MONTH_NAMES[month_from_time(t) as usize],
        date_from_time(t) as i64,
        year_string(year_from_time(t))
    )
}

fn year_string(y: f64) -> String {
    if y < 0.0 { format!("-{:04}", (-y) as i64) } else { format!("{:04}", y as i64) }
}

/// TimeString (ECMA-262 §21.4.4.41.1)
fn time_string(t: f64) -> String {
    format!("{:02}:{:02}:{:02} GMT", hour_from_time(t) as i64, min_from_time(t) as i64, sec_from_time(t) as i64)
}

/// TimeZoneString (ECMA-262 §21.4.4.41.3), for the fixed UTC zone.
fn time_zone_string() -> String {
    "+0000 (Coordinated Universal Time)".to_string()
}

// ---- Time arithmetic (ECMA-262 §21.4.1) ----

/// LocalTime (§21.4.1.25): UTC for now.
fn local_time(t: f64) -> f64 {
    t
}

/// UTC (§21.4.1.26): UTC for now.
fn utc(t: f64) -> f64 {
    t
}

fn day(t: f64) -> f64 {
    (t / MS_PER_DAY).floor()
}

fn time_within_day(t: f64) -> f64 {
    t.rem_euclid(MS_PER_DAY)
}

/// DayFromYear (§21.4.1.5)
fn day_from_year(y: f64) -> f64 {
    365.0 * (y - 1970.0) + ((y - 1969.0) / 4.0).floor() - ((y - 1901.0) / 100.0).floor()
        + ((y - 1601.0) / 400.0).floor()
}

fn days_in_year(y: f64) -> f64 {
    if y % 4.0 != 0.0 {
        365.0
    } else if y % 100.0 != 0.0 {
        366.0
    } else if y % 400.0 != 0.0 {
        365.0
    } else {
        366.0
    }
}

/// YearFromTime (§21.4.1.8)
fn year_from_time(t: f64) -> f64 {
    let d = day(t);
    let mut y = (d / 365.2425).floor() + 1970.0;
    while day_from_year(y) > d {
        y -= 1.0;
    }
    while day_from_year(y + 1.0) <= d {
        y += 1.0;
    }
    y
}

/// Cumulative days before each month in a common year.
const MONTH_START: [f64; 13] = [0.0, 31.0, 59.0, 90.0, 120.0, 151.0, 181.0, 212.0, 243.0, 273.0, 304.0, 334.0, 365.0];

fn month_start(m: usize, leap: bool) -> f64 {
    MONTH_START[m] + if leap && m >= 2 { 1.0 } else { 0.0 }
}

/// (month 0..11, day in month 1..31) for a time value (§21.4.1.11, §21.4.1.12)
fn month_and_date(t: f64) -> (f64, f64) {
    let y = year_from_time(t);
    let leap = days_in_year(y) == 366.0;
    let in_year = day(t) - day_from_year(y);
    let mut m = 0;
    while m < 11 && in_year >= month_start(m + 1, leap) {
        m += 1;
    }
    (m as f64, in_year - month_start(m, leap) + 1.0)
}

fn month_from_time(t: f64) -> f64 {
    month_and_date(t).0
}

fn date_from_time(t: f64) -> f64 {
    month_and_date(t).1
}

/// WeekDay (§21.4.1.13)
fn week_day(t: f64) -> f64 {
    (day(t) + 4.0).rem_euclid(7.0)
}

fn hour_from_time(t: f64) -> f64 {
    (time_within_day(t) / 3_600_000.0).floor()
}

fn min_from_time(t: f64) -> f64 {
    (time_within_day(t) / 60_000.0).floor() % 60.0
}

fn sec_from_time(t: f64) -> f64 {
    (time_within_day(t) / 1000.0).floor() % 60.0
}

fn ms_from_time(t: f64) -> f64 {
    time_within_day(t) % 1000.0
}

/// ToIntegerOrInfinity on an already-converted number.
fn integer(n: f64) -> f64 {
    if n.is_nan() { 0.0 } else { n.trunc() + 0.0 }
}

/// MakeTime (§21.4.1.27)
fn make_time(hour: f64, min: f64, sec: f64, ms: f64) -> f64 {
    if !(hour.is_finite() && min.is_finite() && sec.is_finite() && ms.is_finite()) {
        return f64::NAN;
    }
    integer(hour) * 3_600_000.0 + integer(min) * 60_000.0 + integer(sec) * 1000.0 + integer(ms)
}

/// MakeDay (§21.4.1.28)
fn make_day(year: f64, month: f64, date: f64) -> f64 {
    if !(year.is_finite() && month.is_finite() && date.is_finite()) {
        return f64::NAN;
    }
    let (y, m, dt) = (integer(year), integer(month), integer(date));
    let ym = y + (m / 12.0).floor();
    if ym.abs() > 400_000.0 {
        return f64::NAN;
    }
    let mn = m.rem_euclid(12.0) as usize;
    let leap = days_in_year(ym) == 366.0;
    day_from_year(ym) + month_start(mn, leap) + dt - 1.0
}

/// MakeDate (§21.4.1.29)
fn make_date(day: f64, time: f64) -> f64 {
    if !(day.is_finite() && time.is_finite()) {
        return f64::NAN;
    }
    let tv = day * MS_PER_DAY + time;
    if tv.is_finite() { tv } else { f64::NAN }
}

/// TimeClip (§21.4.1.31)
fn time_clip(t: f64) -> f64 {
    if !t.is_finite() || t.abs() > 8.64e15 { f64::NAN } else { integer(t) }
}

// ---- Parsing (§21.4.3.2): the Date Time String Format, and the toString/toUTCString forms ----

/// Parses the ECMAScript Date Time String Format (§21.4.1.32) and the strings toString and
/// toUTCString produce; NaN for anything else.
fn parse_date(s: &str) -> f64 {
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
