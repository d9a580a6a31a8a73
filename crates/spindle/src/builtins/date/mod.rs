//! Date (ECMA-262 §21.4): the constructor, its statics and Date.prototype.
//!
//! Time values are f64 milliseconds since the epoch (NaN for an invalid date). Local time
//! is the host's time zone through `jiff` (`tz.rs`); the civil arithmetic is `time.rs`,
//! the string forms `format.rs`, Date.parse `parse.rs`.

mod format;
mod parse;
mod time;
mod tz;

pub use format::iso_string;

use super::arg;
use crate::object::property::{CONFIGURABLE, HIDDEN};
use crate::object::{NativeCall, NativeFn, Object, ObjectKind, PropertyKey};
use crate::value::conversions::Hint;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use format::LocaleParts;
use time::*;

pub fn init(vm: &mut Vm) {
    let op = vm.intrinsics().object_prototype;
    let dp = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    let ctor = vm.def_constructor("Date", 7, date_constructor, dp);
    vm.intrinsics_mut().extra.insert("%Date.prototype%", dp);
    vm.def_method(ctor, "now", 0, date_now);
    vm.def_method(ctor, "parse", 1, date_parse);
    vm.def_method(ctor, "UTC", 7, date_utc);
    let methods: [(&str, u32, NativeFn); 15] = [
        ("getTime", 0, get_time),
        ("valueOf", 0, get_time),
        ("setTime", 1, set_time),
        ("getTimezoneOffset", 0, get_timezone_offset),
        ("getYear", 0, get_year),
        ("setYear", 1, set_year),
        ("toISOString", 0, to_iso_string),
        ("toJSON", 1, to_json),
        ("toString", 0, to_string),
        ("toDateString", 0, to_date_string),
        ("toTimeString", 0, to_time_string),
        ("toUTCString", 0, to_utc_string),
        ("toLocaleString", 0, |vm, cx, _| to_locale(vm, cx, LocaleParts::DateAndTime)),
        ("toLocaleDateString", 0, |vm, cx, _| to_locale(vm, cx, LocaleParts::Date)),
        ("toLocaleTimeString", 0, |vm, cx, _| to_locale(vm, cx, LocaleParts::Time)),
    ];
    for (name, len, f) in methods {
        vm.def_method(dp, name, len, f);
    }
    // Annex B.2.3.3: toGMTString is the same function object as toUTCString.
    let utc = vm.get_str(dp, "toUTCString").unwrap_or(Value::Undefined);
    vm.def_value(dp, "toGMTString", utc, HIDDEN);
    let getters: [(&str, &str, NativeFn, NativeFn); 8] = [
        ("getFullYear", "getUTCFullYear", getter::<YEAR, false>, getter::<YEAR, true>),
        ("getMonth", "getUTCMonth", getter::<MONTH, false>, getter::<MONTH, true>),
        ("getDate", "getUTCDate", getter::<DATE, false>, getter::<DATE, true>),
        ("getDay", "getUTCDay", getter::<WEEK_DAY, false>, getter::<WEEK_DAY, true>),
        ("getHours", "getUTCHours", getter::<HOURS, false>, getter::<HOURS, true>),
        ("getMinutes", "getUTCMinutes", getter::<MINUTES, false>, getter::<MINUTES, true>),
        ("getSeconds", "getUTCSeconds", getter::<SECONDS, false>, getter::<SECONDS, true>),
        ("getMilliseconds", "getUTCMilliseconds", getter::<MS, false>, getter::<MS, true>),
    ];
    for (local, utc, f, fu) in getters {
        vm.def_method(dp, local, 0, f);
        vm.def_method(dp, utc, 0, fu);
    }
    // The set* methods (§21.4.4.20-§21.4.4.34): setter::<FIRST, COUNT, UTC> replaces up to
    // COUNT civil fields from index FIRST (see `set_fields`); COUNT is also the length.
    let setters: [(&str, &str, u32, NativeFn, NativeFn); 7] = [
        ("setFullYear", "setUTCFullYear", 3, setter::<YEAR, 3, false>, setter::<YEAR, 3, true>),
        ("setMonth", "setUTCMonth", 2, setter::<MONTH, 2, false>, setter::<MONTH, 2, true>),
        ("setDate", "setUTCDate", 1, setter::<DATE, 1, false>, setter::<DATE, 1, true>),
        ("setHours", "setUTCHours", 4, setter::<HOURS, 4, false>, setter::<HOURS, 4, true>),
        ("setMinutes", "setUTCMinutes", 3, setter::<MINUTES, 3, false>, setter::<MINUTES, 3, true>),
        ("setSeconds", "setUTCSeconds", 2, setter::<SECONDS, 2, false>, setter::<SECONDS, 2, true>),
        ("setMilliseconds", "setUTCMilliseconds", 1, setter::<MS, 1, false>, setter::<MS, 1, true>),
    ];
    for (local, utc, len, f, fu) in setters {
        vm.def_method(dp, local, len, f);
        vm.def_method(dp, utc, len, fu);
    }
    vm.def_method(dp, "toTemporalInstant", 0, to_temporal_instant);
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
        let s = format::to_date_string(now_ms());
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
                        parse::parse_date(&s)
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
    let year = make_full_year(n[0]);
    Ok(make_date(make_day(year, n[1], n[2]), make_time(n[3], n[4], n[5], n[6])))
}

/// ECMA-262 §21.4.3.1 Date.now ( )
fn date_now(_vm: &mut Vm, _cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Number(now_ms()))
}

/// ECMA-262 §21.4.3.2 Date.parse ( string )
fn date_parse(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let s = vm.to_rust_string(arg(args, 0))?;
    Ok(Value::Number(time_clip(parse::parse_date(&s))))
}

/// ECMA-262 §21.4.3.4 Date.UTC ( year [ , month [ , date [ , hours [ , minutes [ , seconds [ , ms ] ] ] ] ] ] )
fn date_utc(vm: &mut Vm, _cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let t = make_date_from_args(vm, args)?;
    Ok(Value::Number(time_clip(t)))
}

/// thisTimeValue (ECMA-262 §21.4.4): the Date object and its [[DateValue]].
fn this_date(vm: &mut Vm, this: Value) -> JsResult<(ObjId, f64)> {
    if let Value::Object(o) = this
        && let ObjectKind::Date(t) = vm.obj(o).kind
    {
        return Ok((o, t));
    }
    Err(vm.type_error("this is not a Date object."))
}

fn this_time_value(vm: &mut Vm, this: Value) -> JsResult<f64> {
    Ok(this_date(vm, this)?.1)
}

/// Stores a new [[DateValue]] and returns it.
fn set_date_value(vm: &mut Vm, o: ObjId, t: f64) -> Value {
    vm.obj_mut(o).kind = ObjectKind::Date(t);
    Value::Number(t)
}

/// ECMA-262 §21.4.4.10 Date.prototype.getTime ( ) (also valueOf, §21.4.4.44)
fn get_time(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::Number(this_time_value(vm, cx.this)?))
}

/// ECMA-262 §21.4.4.27 Date.prototype.setTime ( time )
fn set_time(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, _) = this_date(vm, cx.this)?;
    let t = time_clip(vm.to_number(arg(args, 0))?);
    Ok(set_date_value(vm, o, t))
}

/// Date.prototype.toTemporalInstant ( ) (Temporal, Amendments to ECMA-262 §21.4.4): the time
/// value as a Temporal.Instant; an invalid date is a RangeError (NumberToBigInt of NaN).
fn to_temporal_instant(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    use super::temporal::{OrThrow, TemporalSlot, create};
    let t = this_time_value(vm, cx.this)?;
    if !t.is_finite() {
        return Err(vm.range_error("Invalid Date cannot be converted to a Temporal.Instant"));
    }
    // A valid time value is an integer within ±8.64e15, so it and its nanoseconds are exact.
    let instant = temporal_rs::Instant::try_new(t as i128 * 1_000_000).or_throw(vm)?;
    create(vm, TemporalSlot::Instant(instant), None)
}

/// ECMA-262 §21.4.4.11 Date.prototype.getTimezoneOffset ( )
fn get_timezone_offset(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let t = this_time_value(vm, cx.this)?;
    if t.is_nan() {
        return Ok(Value::Number(f64::NAN));
    }
    // Whole minutes, as V8 gives them (the spec's division leaves a fraction for the
    // local mean time offsets of old dates, e.g. -4:56:02 in New York before 1883).
    Ok(Value::Number(((t - local_time(t)) / 60_000.0).trunc() + 0.0))
}

// The civil fields of a time value, in the order the set* methods take them.
const YEAR: usize = 0;
const MONTH: usize = 1;
const DATE: usize = 2;
const HOURS: usize = 3;
const MINUTES: usize = 4;
const SECONDS: usize = 5;
const MS: usize = 6;
/// Not settable: only read by getDay/getUTCDay.
const WEEK_DAY: usize = 7;

/// [year, month, date, hours, minutes, seconds, ms, week day] of a time value.
fn civil_fields(t: f64) -> [f64; 8] {
    [
        year_from_time(t),
        month_from_time(t),
        date_from_time(t),
        hour_from_time(t),
        min_from_time(t),
        sec_from_time(t),
        ms_from_time(t),
        week_day(t),
    ]
}

/// The get* and getUTC* methods (ECMA-262 §21.4.4.2-§21.4.4.9, §21.4.4.12-§21.4.4.19).
fn getter<const FIELD: usize, const UTC: bool>(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let t = this_time_value(vm, cx.this)?;
    if t.is_nan() {
        return Ok(Value::Number(f64::NAN));
    }
    Ok(Value::Number(civil_fields(if UTC { t } else { local_time(t) })[FIELD]))
}

fn setter<const FIRST: usize, const COUNT: usize, const UTC: bool>(
    vm: &mut Vm,
    cx: &NativeCall,
    args: &[Value],
) -> JsResult<Value> {
    set_fields(vm, cx, args, FIRST, COUNT, UTC)
}

/// The set* and setUTC* methods (ECMA-262 §21.4.4.20-§21.4.4.34). The civil fields are
/// [year, month, date, hours, minutes, seconds, ms]; the method replaces `count` of them
/// from index `first` with its arguments (those passed, at least one) and rebuilds the
/// time value. Arguments are converted before the NaN check, as the spec orders it.
fn set_fields(vm: &mut Vm, cx: &NativeCall, args: &[Value], first: usize, count: usize, utc: bool) -> JsResult<Value> {
    let (o, t) = this_date(vm, cx.this)?;
    let given = args.len().clamp(1, count);
    let mut values = [0.0; 4];
    for (i, slot) in values.iter_mut().enumerate().take(given) {
        *slot = vm.to_number(arg(args, i))?;
    }
    let t = if t.is_nan() {
        // setFullYear starts from +0 for an invalid date; the others keep NaN.
        if first != 0 {
            return Ok(Value::Number(f64::NAN));
        }
        0.0
    } else if utc {
        t
    } else {
        local_time(t)
    };
    let mut fields = civil_fields(t);
    fields[first..first + given].copy_from_slice(&values[..given]);
    let date =
        make_date(make_day(fields[0], fields[1], fields[2]), make_time(fields[3], fields[4], fields[5], fields[6]));
    let u = time_clip(if utc { date } else { time::utc(date) });
    Ok(set_date_value(vm, o, u))
}

/// Date.prototype.getYear ( ) (ECMA-262 §B.2.3.1)
fn get_year(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let t = this_time_value(vm, cx.this)?;
    if t.is_nan() {
        return Ok(Value::Number(f64::NAN));
    }
    Ok(Value::Number(year_from_time(local_time(t)) - 1900.0))
}

/// Date.prototype.setYear ( year ) (ECMA-262 §B.2.3.2)
fn set_year(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let (o, t) = this_date(vm, cx.this)?;
    let y = vm.to_number(arg(args, 0))?;
    let t = if t.is_nan() { 0.0 } else { local_time(t) };
    let year = make_full_year(y);
    let d = make_day(year, month_from_time(t), date_from_time(t));
    let u = time_clip(time::utc(make_date(d, time_within_day(t))));
    Ok(set_date_value(vm, o, u))
}

/// ECMA-262 §21.4.4.36 Date.prototype.toISOString ( )
fn to_iso_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let t = this_time_value(vm, cx.this)?;
    match iso_string(t) {
        Some(s) => Ok(vm.string(&s)),
        None => Err(vm.range_error("Invalid time value")),
    }
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
    let s = format::to_date_string(t);
    Ok(vm.string(&s))
}

/// ECMA-262 §21.4.4.35 Date.prototype.toDateString ( )
fn to_date_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let t = this_time_value(vm, cx.this)?;
    let s = if t.is_nan() { "Invalid Date".to_string() } else { format::date_string(local_time(t)) };
    Ok(vm.string(&s))
}

/// ECMA-262 §21.4.4.42 Date.prototype.toTimeString ( )
fn to_time_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let t = this_time_value(vm, cx.this)?;
    let s = if t.is_nan() {
        "Invalid Date".to_string()
    } else {
        format::time_string(local_time(t)) + &format::time_zone_string(t)
    };
    Ok(vm.string(&s))
}

/// ECMA-262 §21.4.4.43 Date.prototype.toUTCString ( )
fn to_utc_string(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let t = this_time_value(vm, cx.this)?;
    let s = format::utc_string(t);
    Ok(vm.string(&s))
}

/// Date.prototype.toLocaleString / toLocaleDateString / toLocaleTimeString (ECMA-262
/// §21.4.4.38-§21.4.4.40, implementation-defined without ECMA-402).
fn to_locale(vm: &mut Vm, cx: &NativeCall, parts: LocaleParts) -> JsResult<Value> {
    let t = this_time_value(vm, cx.this)?;
    let s = format::locale_string(t, parts);
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
