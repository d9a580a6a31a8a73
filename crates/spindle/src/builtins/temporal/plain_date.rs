//! Temporal.PlainDate (Temporal §3): a calendar date without a time or time zone.

use super::duration::to_temporal_duration;
use super::fields::{
    Required, field, get_calendar_with_iso_default, prepare_calendar_fields, require_partial_temporal_object,
    to_calendar_identifier, to_integer_with_truncation, to_time_zone_identifier,
};
use super::options::{get_difference_settings, get_display_calendar, get_options_object, get_overflow};
use super::plain_time::to_temporal_time;
use super::{
    OrThrow, TemporalSlot, arg, create, def_class, def_getter, get, num, requires_new, slot, this_plain_date,
    tz_provider,
};
use crate::object::NativeCall;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use temporal_rs::options::{DisplayCalendar, UnitGroup};
use temporal_rs::partial::PartialDate;
use temporal_rs::{Calendar, PlainDate};

pub fn init(vm: &mut Vm, ns: ObjId) {
    let (ctor, proto) = def_class(vm, ns, "PlainDate", "%Temporal.PlainDate.prototype%", 3, construct);
    vm.def_method(ctor, "from", 1, from);
    vm.def_method(ctor, "compare", 2, compare);
    def_getter(vm, proto, "calendarId", |vm, cx, _| {
        let d = this(vm, cx, "calendarId")?;
        Ok(vm.string(d.calendar().identifier()))
    });
    def_getter(vm, proto, "era", |vm, cx, _| {
        let d = this(vm, cx, "era")?;
        Ok(match d.era() {
            Some(e) => vm.string(e.as_str()),
            None => Value::Undefined,
        })
    });
    def_getter(vm, proto, "eraYear", |vm, cx, _| Ok(this(vm, cx, "eraYear")?.era_year().map_or(Value::Undefined, num)));
    def_getter(vm, proto, "year", |vm, cx, _| Ok(num(this(vm, cx, "year")?.year())));
    def_getter(vm, proto, "month", |vm, cx, _| Ok(num(this(vm, cx, "month")?.month())));
    def_getter(vm, proto, "monthCode", |vm, cx, _| {
        let d = this(vm, cx, "monthCode")?;
        Ok(vm.string(d.month_code().as_str()))
    });
    def_getter(vm, proto, "day", |vm, cx, _| Ok(num(this(vm, cx, "day")?.day())));
    def_getter(vm, proto, "dayOfWeek", |vm, cx, _| Ok(num(this(vm, cx, "dayOfWeek")?.day_of_week())));
    def_getter(vm, proto, "dayOfYear", |vm, cx, _| Ok(num(this(vm, cx, "dayOfYear")?.day_of_year())));
    def_getter(vm, proto, "weekOfYear", |vm, cx, _| {
        Ok(this(vm, cx, "weekOfYear")?.week_of_year().map_or(Value::Undefined, num))
    });
    def_getter(vm, proto, "yearOfWeek", |vm, cx, _| {
        Ok(this(vm, cx, "yearOfWeek")?.year_of_week().map_or(Value::Undefined, num))
    });
    def_getter(vm, proto, "daysInWeek", |vm, cx, _| Ok(num(this(vm, cx, "daysInWeek")?.days_in_week())));
    def_getter(vm, proto, "daysInMonth", |vm, cx, _| Ok(num(this(vm, cx, "daysInMonth")?.days_in_month())));
    def_getter(vm, proto, "daysInYear", |vm, cx, _| Ok(num(this(vm, cx, "daysInYear")?.days_in_year())));
    def_getter(vm, proto, "monthsInYear", |vm, cx, _| Ok(num(this(vm, cx, "monthsInYear")?.months_in_year())));
    def_getter(vm, proto, "inLeapYear", |vm, cx, _| Ok(Value::Bool(this(vm, cx, "inLeapYear")?.in_leap_year())));
    vm.def_method(proto, "toPlainYearMonth", 0, to_plain_year_month);
    vm.def_method(proto, "toPlainMonthDay", 0, to_plain_month_day);
    vm.def_method(proto, "add", 1, |vm, cx, args| add_or_subtract(vm, cx, args, false));
    vm.def_method(proto, "subtract", 1, |vm, cx, args| add_or_subtract(vm, cx, args, true));
    vm.def_method(proto, "with", 1, with);
    vm.def_method(proto, "withCalendar", 1, with_calendar);
    vm.def_method(proto, "until", 1, |vm, cx, args| difference(vm, cx, args, false));
    vm.def_method(proto, "since", 1, |vm, cx, args| difference(vm, cx, args, true));
    vm.def_method(proto, "equals", 1, equals);
    vm.def_method(proto, "toPlainDateTime", 0, to_plain_date_time);
    vm.def_method(proto, "toZonedDateTime", 1, to_zoned_date_time);
    vm.def_method(proto, "toString", 0, to_string);
    vm.def_method(proto, "toLocaleString", 0, to_locale_string);
    vm.def_method(proto, "toJSON", 0, to_json);
    vm.def_method(proto, "valueOf", 0, super::value_of);
}

fn this(vm: &mut Vm, cx: &NativeCall, method: &str) -> JsResult<PlainDate> {
    this_plain_date(vm, cx.this, method)
}

fn new_date(vm: &mut Vm, d: PlainDate) -> JsResult<Value> {
    create(vm, TemporalSlot::PlainDate(d), None)
}

/// The calendar argument of the constructors (PlainDate, PlainDateTime, PlainYearMonth,
/// PlainMonthDay): undefined is ISO 8601, anything but a String is a TypeError, and the string
/// must be a calendar identifier (CanonicalizeCalendar; an ISO string is not accepted here).
pub fn constructor_calendar(vm: &mut Vm, v: Value) -> JsResult<Calendar> {
    match v {
        Value::Undefined => Ok(Calendar::ISO),
        Value::String(s) => {
            let s = vm.rust_string(s);
            Calendar::try_from_utf8(s.as_bytes()).or_throw(vm)
        }
        _ => Err(vm.type_error(&format!("{} is not a valid calendar", vm.describe(v)))),
    }
}

/// IsValidISODate's range part for integers read as Numbers: the year must fit the Temporal
/// range (checked precisely by `temporal_rs`), the month 1–12 and the day 1–31 (the day's
/// upper bound for the month is checked by `temporal_rs`). RangeError otherwise.
pub fn iso_date_parts(vm: &mut Vm, y: f64, m: f64, d: f64) -> JsResult<(i32, u8, u8)> {
    if !(-1e6..=1e6).contains(&y) || !(1.0..=12.0).contains(&m) || !(1.0..=31.0).contains(&d) {
        return Err(vm.range_error("date value out of range"));
    }
    Ok((y as i32, m as u8, d as u8))
}

/// Temporal.PlainDate ( isoYear, isoMonth, isoDay [ , calendar ] ) (§3.1.1)
fn construct(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(requires_new(vm, "PlainDate"));
    };
    let y = to_integer_with_truncation(vm, arg(args, 0))?;
    let m = to_integer_with_truncation(vm, arg(args, 1))?;
    let d = to_integer_with_truncation(vm, arg(args, 2))?;
    let calendar = constructor_calendar(vm, arg(args, 3))?;
    let (y, m, d) = iso_date_parts(vm, y, m, d)?;
    let date = PlainDate::try_new(y, m, d, calendar).or_throw(vm)?;
    create(vm, TemporalSlot::PlainDate(date), Some(nt))
}

/// Temporal.PlainDate.from ( item [ , options ] ) (§3.2.2)
fn from(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let d = to_temporal_date(vm, arg(args, 0), arg(args, 1))?;
    new_date(vm, d)
}

/// Temporal.PlainDate.compare ( one, two ) (§3.2.3): CompareISODate.
fn compare(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let one = to_temporal_date(vm, arg(args, 0), Value::Undefined)?;
    let two = to_temporal_date(vm, arg(args, 1), Value::Undefined)?;
    Ok(num(one.compare_iso(&two) as i8))
}

/// Temporal.PlainDate.prototype.toPlainYearMonth ( ) (§3.3.19)
fn to_plain_year_month(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "toPlainYearMonth")?;
    let ym = d.to_plain_year_month().or_throw(vm)?;
    create(vm, TemporalSlot::PlainYearMonth(ym), None)
}

/// Temporal.PlainDate.prototype.toPlainMonthDay ( ) (§3.3.20)
fn to_plain_month_day(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "toPlainMonthDay")?;
    let md = d.to_plain_month_day().or_throw(vm)?;
    create(vm, TemporalSlot::PlainMonthDay(md), None)
}

/// Temporal.PlainDate.prototype.add / subtract ( temporalDurationLike [ , options ] )
/// (§3.3.21-22): AddDurationToDate.
fn add_or_subtract(vm: &mut Vm, cx: &NativeCall, args: &[Value], subtract: bool) -> JsResult<Value> {
    let d = this(vm, cx, if subtract { "subtract" } else { "add" })?;
    let duration = to_temporal_duration(vm, arg(args, 0))?;
    let options = get_options_object(vm, arg(args, 1))?;
    let overflow = get_overflow(vm, options)?;
    let r = if subtract { d.subtract(&duration, overflow) } else { d.add(&duration, overflow) }.or_throw(vm)?;
    new_date(vm, r)
}

/// Temporal.PlainDate.prototype.with ( temporalDateLike [ , options ] ) (§3.3.23): the
/// partial fields merged over this date's (CalendarMergeFields), then CalendarDateFromFields.
fn with(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "with")?;
    let bag = require_partial_temporal_object(vm, arg(args, 0))?;
    let fields = prepare_calendar_fields(vm, d.calendar(), bag, field::DATE, Required::Partial)?;
    let options = get_options_object(vm, arg(args, 1))?;
    let overflow = get_overflow(vm, options)?;
    let r = d.with(fields.calendar_fields(), overflow).or_throw(vm)?;
    new_date(vm, r)
}

/// Temporal.PlainDate.prototype.withCalendar ( calendarLike ) (§3.3.24)
fn with_calendar(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "withCalendar")?;
    let calendar = to_calendar_identifier(vm, arg(args, 0))?;
    new_date(vm, d.with_calendar(calendar))
}

/// Temporal.PlainDate.prototype.until / since ( other [ , options ] ) (§3.3.25-26):
/// DifferenceTemporalPlainDate. The calendars are compared before the options are read.
fn difference(vm: &mut Vm, cx: &NativeCall, args: &[Value], since: bool) -> JsResult<Value> {
    let d = this(vm, cx, if since { "since" } else { "until" })?;
    let other = to_temporal_date(vm, arg(args, 0), Value::Undefined)?;
    if d.calendar() != other.calendar() {
        return Err(vm.range_error("cannot compute the difference between dates of different calendars"));
    }
    let settings = get_difference_settings(vm, arg(args, 1), UnitGroup::Date)?;
    super::check_lunisolar_span(vm, d.calendar(), (d.year(), other.year()), &settings, false)?;
    let r = if since { d.since(&other, settings) } else { d.until(&other, settings) }.or_throw(vm)?;
    create(vm, TemporalSlot::Duration(r), None)
}

/// Temporal.PlainDate.prototype.equals ( other ) (§3.3.27)
fn equals(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "equals")?;
    let other = to_temporal_date(vm, arg(args, 0), Value::Undefined)?;
    Ok(Value::Bool(d.compare_iso(&other).is_eq() && d.calendar() == other.calendar()))
}

/// Temporal.PlainDate.prototype.toPlainDateTime ( [ temporalTime ] ) (§3.3.28):
/// ToTimeRecordOrMidnight, then CombineISODateAndTimeRecord (RangeError outside the limits).
fn to_plain_date_time(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "toPlainDateTime")?;
    let time = match arg(args, 0) {
        Value::Undefined => None,
        v => Some(to_temporal_time(vm, v, Value::Undefined)?),
    };
    let dt = d.to_plain_date_time(time).or_throw(vm)?;
    create(vm, TemporalSlot::PlainDateTime(dt), None)
}

/// Temporal.PlainDate.prototype.toZonedDateTime ( item ) (§3.3.29): a time-zone identifier, or
/// `{ timeZone, plainTime }` (the time defaulting to the start of the day).
fn to_zoned_date_time(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "toZonedDateTime")?;
    let item = arg(args, 0);
    let (time_zone, time) = match item {
        Value::Object(o) => {
            let time_zone_like = get(vm, o, "timeZone")?;
            if time_zone_like.is_undefined() {
                (to_time_zone_identifier(vm, item)?, Value::Undefined)
            } else {
                let tz = to_time_zone_identifier(vm, time_zone_like)?;
                (tz, get(vm, o, "plainTime")?)
            }
        }
        _ => (to_time_zone_identifier(vm, item)?, Value::Undefined),
    };
    let time = match time {
        Value::Undefined => None,
        v => Some(to_temporal_time(vm, v, Value::Undefined)?),
    };
    let z = d.to_zoned_date_time_with_provider(time_zone, time, tz_provider()).or_throw(vm)?;
    create(vm, TemporalSlot::ZonedDateTime(z), None)
}

/// Temporal.PlainDate.prototype.toString ( [ options ] ) (§3.3.30)
fn to_string(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "toString")?;
    let options = get_options_object(vm, arg(args, 0))?;
    let show = get_display_calendar(vm, options)?.unwrap_or(DisplayCalendar::Auto);
    let s = d.to_ixdtf_string(show);
    Ok(vm.string(&s))
}

/// Temporal.PlainDate.prototype.toLocaleString ( [ locales [ , options ] ] ) (§3.3.31): without
/// Intl, the toString form.
fn to_locale_string(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "toLocaleString")?;
    let s = d.to_ixdtf_string(DisplayCalendar::Auto);
    Ok(vm.string(&s))
}

/// Temporal.PlainDate.prototype.toJSON ( ) (§3.3.32)
fn to_json(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "toJSON")?;
    let s = d.to_ixdtf_string(DisplayCalendar::Auto);
    Ok(vm.string(&s))
}

/// ToTemporalDate ( item [ , options ] ) (§3.5.4): a PlainDate, the date of a PlainDateTime or
/// ZonedDateTime (the options still read and validated), a property bag (the calendar, the
/// fields, then the options, then CalendarDateFromFields) or an ISO string (parsed before the
/// options are read).
pub fn to_temporal_date(vm: &mut Vm, item: Value, options: Value) -> JsResult<PlainDate> {
    if let Value::Object(o) = item {
        let own = match slot(vm, item) {
            Some(TemporalSlot::PlainDate(d)) => Some(d.clone()),
            Some(TemporalSlot::PlainDateTime(dt)) => Some(dt.to_plain_date()),
            Some(TemporalSlot::ZonedDateTime(z)) => Some(z.to_plain_date()),
            _ => None,
        };
        if let Some(d) = own {
            let options = get_options_object(vm, options)?;
            get_overflow(vm, options)?;
            return Ok(d);
        }
        let calendar = get_calendar_with_iso_default(vm, o)?;
        let fields = prepare_calendar_fields(vm, &calendar, o, field::DATE, Required::None)?;
        let options = get_options_object(vm, options)?;
        let overflow = get_overflow(vm, options)?;
        let partial = PartialDate { calendar_fields: fields.calendar_fields(), calendar };
        return PlainDate::from_partial(partial, overflow).or_throw(vm);
    }
    let Value::String(s) = item else {
        return Err(vm.type_error(&format!("{} is not a valid PlainDate", vm.describe(item))));
    };
    let s = vm.rust_string(s);
    let d = PlainDate::from_utf8(s.as_bytes()).or_throw(vm)?;
    let options = get_options_object(vm, options)?;
    get_overflow(vm, options)?;
    Ok(d)
}
