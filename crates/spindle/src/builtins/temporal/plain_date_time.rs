//! Temporal.PlainDateTime (Temporal §5): a calendar date and a wall-clock time, without a
//! time zone.

use super::duration::to_temporal_duration;
use super::fields::{
    Fields, Required, field, get_calendar_with_iso_default, prepare_calendar_fields, require_partial_temporal_object,
    to_calendar_identifier, to_integer_with_truncation, to_time_zone_identifier,
};
use super::options::{
    get_difference_settings, get_disambiguation, get_display_calendar, get_options_object, get_overflow,
    get_rounding_options, get_to_string_rounding_options,
};
use super::plain_time::to_temporal_time;
use super::{
    OrThrow, TemporalSlot, arg, create, def_class, def_getter, num, requires_new, slot, this_plain_date_time,
    tz_provider,
};
use crate::object::NativeCall;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use temporal_rs::fields::DateTimeFields;
use temporal_rs::options::{DisplayCalendar, ToStringRoundingOptions, Unit, UnitGroup};
use temporal_rs::partial::PartialDateTime;
use temporal_rs::{Calendar, PlainDateTime, PlainTime};

pub fn init(vm: &mut Vm, ns: ObjId) {
    let (ctor, proto) = def_class(vm, ns, "PlainDateTime", "%Temporal.PlainDateTime.prototype%", 3, construct);
    vm.def_method(ctor, "from", 1, from);
    vm.def_method(ctor, "compare", 2, compare);
    def_getter(vm, proto, "calendarId", |vm, cx, _| {
        let dt = this(vm, cx, "calendarId")?;
        Ok(vm.string(dt.calendar().identifier()))
    });
    def_getter(vm, proto, "era", |vm, cx, _| {
        let era = this(vm, cx, "era")?.era();
        Ok(match era {
            Some(e) => vm.string(e.as_str()),
            None => Value::Undefined,
        })
    });
    def_getter(vm, proto, "eraYear", |vm, cx, _| Ok(this(vm, cx, "eraYear")?.era_year().map_or(Value::Undefined, num)));
    def_getter(vm, proto, "year", |vm, cx, _| Ok(num(this(vm, cx, "year")?.year())));
    def_getter(vm, proto, "month", |vm, cx, _| Ok(num(this(vm, cx, "month")?.month())));
    def_getter(vm, proto, "monthCode", |vm, cx, _| {
        let code = this(vm, cx, "monthCode")?.month_code();
        Ok(vm.string(code.as_str()))
    });
    def_getter(vm, proto, "day", |vm, cx, _| Ok(num(this(vm, cx, "day")?.day())));
    def_getter(vm, proto, "hour", |vm, cx, _| Ok(num(this(vm, cx, "hour")?.hour())));
    def_getter(vm, proto, "minute", |vm, cx, _| Ok(num(this(vm, cx, "minute")?.minute())));
    def_getter(vm, proto, "second", |vm, cx, _| Ok(num(this(vm, cx, "second")?.second())));
    def_getter(vm, proto, "millisecond", |vm, cx, _| Ok(num(this(vm, cx, "millisecond")?.millisecond())));
    def_getter(vm, proto, "microsecond", |vm, cx, _| Ok(num(this(vm, cx, "microsecond")?.microsecond())));
    def_getter(vm, proto, "nanosecond", |vm, cx, _| Ok(num(this(vm, cx, "nanosecond")?.nanosecond())));
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
    vm.def_method(proto, "with", 1, with);
    vm.def_method(proto, "withPlainTime", 0, with_plain_time);
    vm.def_method(proto, "withCalendar", 1, with_calendar);
    vm.def_method(proto, "add", 1, |vm, cx, args| add_or_subtract(vm, cx, args, false));
    vm.def_method(proto, "subtract", 1, |vm, cx, args| add_or_subtract(vm, cx, args, true));
    vm.def_method(proto, "until", 1, |vm, cx, args| difference(vm, cx, args, false));
    vm.def_method(proto, "since", 1, |vm, cx, args| difference(vm, cx, args, true));
    vm.def_method(proto, "round", 1, round);
    vm.def_method(proto, "equals", 1, equals);
    vm.def_method(proto, "toString", 0, to_string);
    vm.def_method(proto, "toLocaleString", 0, to_locale_string);
    vm.def_method(proto, "toJSON", 0, to_json);
    vm.def_method(proto, "valueOf", 0, super::value_of);
    vm.def_method(proto, "toZonedDateTime", 1, to_zoned_date_time);
    vm.def_method(proto, "toPlainDate", 0, to_plain_date);
    vm.def_method(proto, "toPlainTime", 0, to_plain_time);
}

fn this(vm: &mut Vm, cx: &NativeCall, method: &str) -> JsResult<PlainDateTime> {
    this_plain_date_time(vm, cx.this, method)
}

fn new_date_time(vm: &mut Vm, dt: PlainDateTime) -> JsResult<Value> {
    create(vm, TemporalSlot::PlainDateTime(dt), None)
}

/// Temporal.PlainDateTime ( isoYear, isoMonth, isoDay [ , hour [ , minute [ , second [ ,
/// millisecond [ , microsecond [ , nanosecond [ , calendar ] ] ] ] ] ] ] ) (§5.1.1)
fn construct(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(requires_new(vm, "PlainDateTime"));
    };
    // isoYear, isoMonth and isoDay are converted even when undefined (ToIntegerWithTruncation
    // makes that a RangeError); the time units default to 0.
    let mut units = [0f64; 9];
    for (i, u) in units.iter_mut().enumerate() {
        let v = arg(args, i);
        if i < 3 || !v.is_undefined() {
            *u = to_integer_with_truncation(vm, v)?;
        }
    }
    let calendar = match arg(args, 9) {
        Value::Undefined => Calendar::ISO,
        Value::String(s) => {
            let s = vm.rust_string(s);
            // CanonicalizeCalendar: an identifier only, not an ISO string.
            Calendar::try_from_utf8(s.as_bytes()).or_throw(vm)?
        }
        v => return Err(vm.type_error(&format!("{} is not a calendar identifier", vm.describe(v)))),
    };
    let [y, mo, d, h, mi, s, ms, us, ns] = units;
    // IsValidISODate and IsValidTime: values outside the fields' ranges are RangeErrors, which
    // is decided here for the ones `temporal_rs`'s narrower integer types cannot carry (a year
    // beyond ±10⁶ fails ISODateTimeWithinLimits in any case, also a RangeError).
    if !(1.0..=12.0).contains(&mo) || !(1.0..=31.0).contains(&d) || !(-1e6..=1e6).contains(&y) {
        return Err(vm.range_error("date value out of range"));
    }
    if [h, mi, s, ms, us, ns].iter().any(|&u| u < 0.0) {
        return Err(vm.range_error("time value out of range"));
    }
    let small = |u: f64| u.min(255.0) as u8;
    let wide = |u: f64| u.min(65535.0) as u16;
    let dt = PlainDateTime::try_new(
        y as i32,
        mo as u8,
        d as u8,
        small(h),
        small(mi),
        small(s),
        wide(ms),
        wide(us),
        wide(ns),
        calendar,
    )
    .or_throw(vm)?;
    create(vm, TemporalSlot::PlainDateTime(dt), Some(nt))
}

/// Temporal.PlainDateTime.from ( item [ , options ] ) (§5.2.2)
fn from(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let dt = to_temporal_date_time(vm, arg(args, 0), arg(args, 1))?;
    new_date_time(vm, dt)
}

/// Temporal.PlainDateTime.compare ( one, two ) (§5.2.3): CompareISODateTime.
fn compare(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let one = to_temporal_date_time(vm, arg(args, 0), Value::Undefined)?;
    let two = to_temporal_date_time(vm, arg(args, 1), Value::Undefined)?;
    Ok(num(one.compare_iso(&two) as i8))
}

/// Temporal.PlainDateTime.prototype.with ( temporalDateTimeLike [ , options ] ) (§5.3.25)
fn with(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let dt = this(vm, cx, "with")?;
    let bag = require_partial_temporal_object(vm, arg(args, 0))?;
    let fields = prepare_calendar_fields(vm, dt.calendar(), bag, field::DATE | field::TIME, Required::Partial)?;
    let options = get_options_object(vm, arg(args, 1))?;
    let overflow = get_overflow(vm, options)?;
    let fields = date_time_fields(vm, &fields, overflow)?;
    // CalendarMergeFields and InterpretTemporalDateTimeFields are `temporal_rs`'s `with`.
    let r = dt.with(fields, overflow).or_throw(vm)?;
    new_date_time(vm, r)
}

/// The fields read from a property bag as `temporal_rs`'s date-time record (the time part
/// regulated against `overflow` where `temporal_rs`'s unsigned fields cannot be).
fn date_time_fields(
    vm: &mut Vm,
    fields: &Fields,
    overflow: Option<temporal_rs::options::Overflow>,
) -> JsResult<DateTimeFields> {
    let time = fields.partial_time(vm, overflow)?;
    Ok(DateTimeFields { calendar_fields: fields.calendar_fields(), time })
}

/// Temporal.PlainDateTime.prototype.withPlainTime ( [ plainTimeLike ] ) (§5.3.26):
/// ToTimeRecordOrMidnight, then the date with that time.
fn with_plain_time(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let dt = this(vm, cx, "withPlainTime")?;
    let time = match arg(args, 0) {
        Value::Undefined => PlainTime::default(),
        v => to_temporal_time(vm, v, Value::Undefined)?,
    };
    let r = dt.with_time(Some(time)).or_throw(vm)?;
    new_date_time(vm, r)
}

/// Temporal.PlainDateTime.prototype.withCalendar ( calendarLike ) (§5.3.27)
fn with_calendar(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let dt = this(vm, cx, "withCalendar")?;
    let calendar = to_calendar_identifier(vm, arg(args, 0))?;
    new_date_time(vm, dt.with_calendar(calendar))
}

/// Temporal.PlainDateTime.prototype.add / subtract ( temporalDurationLike [ , options ] )
/// (§5.3.28-29): AddDurationToDateTime.
fn add_or_subtract(vm: &mut Vm, cx: &NativeCall, args: &[Value], subtract: bool) -> JsResult<Value> {
    let dt = this(vm, cx, if subtract { "subtract" } else { "add" })?;
    let d = to_temporal_duration(vm, arg(args, 0))?;
    let options = get_options_object(vm, arg(args, 1))?;
    let overflow = get_overflow(vm, options)?;
    let r = if subtract { dt.subtract(&d, overflow) } else { dt.add(&d, overflow) }.or_throw(vm)?;
    new_date_time(vm, r)
}

/// Temporal.PlainDateTime.prototype.until / since ( other [ , options ] ) (§5.3.30-31):
/// DifferenceTemporalPlainDateTime.
fn difference(vm: &mut Vm, cx: &NativeCall, args: &[Value], since: bool) -> JsResult<Value> {
    let dt = this(vm, cx, if since { "since" } else { "until" })?;
    let other = to_temporal_date_time(vm, arg(args, 0), Value::Undefined)?;
    // The calendars are compared before the options are read.
    if dt.calendar() != other.calendar() {
        return Err(vm.range_error(&format!(
            "cannot compute the difference between dates of the {} and {} calendars",
            dt.calendar().identifier(),
            other.calendar().identifier()
        )));
    }
    let settings = get_difference_settings(vm, arg(args, 1), UnitGroup::DateTime)?;
    super::check_lunisolar_span(vm, dt.calendar(), (dt.year(), other.year()), &settings, false)?;
    let d = if since { dt.since(&other, settings) } else { dt.until(&other, settings) }.or_throw(vm)?;
    create(vm, TemporalSlot::Duration(d), None)
}

/// Temporal.PlainDateTime.prototype.round ( roundTo ) (§5.3.32)
fn round(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let dt = this(vm, cx, "round")?;
    let options = get_rounding_options(vm, arg(args, 0), Some(Unit::Day))?;
    let r = dt.round(options).or_throw(vm)?;
    new_date_time(vm, r)
}

/// Temporal.PlainDateTime.prototype.equals ( other ) (§5.3.33)
fn equals(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let dt = this(vm, cx, "equals")?;
    let other = to_temporal_date_time(vm, arg(args, 0), Value::Undefined)?;
    Ok(Value::Bool(dt == other))
}

/// Temporal.PlainDateTime.prototype.toString ( [ options ] ) (§5.3.34): calendarName,
/// fractionalSecondDigits, roundingMode, smallestUnit read in that order.
fn to_string(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let dt = this(vm, cx, "toString")?;
    let options = get_options_object(vm, arg(args, 0))?;
    let show_calendar = get_display_calendar(vm, options)?.unwrap_or(DisplayCalendar::Auto);
    let rounding = get_to_string_rounding_options(vm, options)?;
    let s = dt.to_ixdtf_string(rounding, show_calendar).or_throw(vm)?;
    Ok(vm.string(&s))
}

/// Temporal.PlainDateTime.prototype.toLocaleString ( [ locales [ , options ] ] ) (§5.3.35):
/// without Intl, the toString form.
fn to_locale_string(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let dt = this(vm, cx, "toLocaleString")?;
    default_string(vm, &dt)
}

/// Temporal.PlainDateTime.prototype.toJSON ( ) (§5.3.36)
fn to_json(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let dt = this(vm, cx, "toJSON")?;
    default_string(vm, &dt)
}

/// ISODateTimeToString(dateTime, calendar, auto, auto).
fn default_string(vm: &mut Vm, dt: &PlainDateTime) -> JsResult<Value> {
    let s = dt.to_ixdtf_string(ToStringRoundingOptions::default(), DisplayCalendar::Auto).or_throw(vm)?;
    Ok(vm.string(&s))
}

/// Temporal.PlainDateTime.prototype.toZonedDateTime ( temporalTimeZoneLike [ , options ] )
/// (§5.3.38)
fn to_zoned_date_time(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let dt = this(vm, cx, "toZonedDateTime")?;
    let time_zone = to_time_zone_identifier(vm, arg(args, 0))?;
    let options = get_options_object(vm, arg(args, 1))?;
    let disambiguation = get_disambiguation(vm, options)?.unwrap_or_default();
    let z = dt.to_zoned_date_time_with_provider(time_zone, disambiguation, tz_provider()).or_throw(vm)?;
    create(vm, TemporalSlot::ZonedDateTime(z), None)
}

/// Temporal.PlainDateTime.prototype.toPlainDate ( ) (§5.3.39)
fn to_plain_date(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let dt = this(vm, cx, "toPlainDate")?;
    create(vm, TemporalSlot::PlainDate(dt.to_plain_date()), None)
}

/// Temporal.PlainDateTime.prototype.toPlainTime ( ) (§5.3.40)
fn to_plain_time(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let dt = this(vm, cx, "toPlainTime")?;
    create(vm, TemporalSlot::PlainTime(dt.to_plain_time()), None)
}

/// ToTemporalDateTime ( item [ , options ] ) (§5.5.6): a PlainDateTime, the wall-clock reading
/// of a ZonedDateTime, a PlainDate at midnight, a property bag (the fields, then the
/// options, then InterpretTemporalDateTimeFields) or an ISO string (options read after
/// parsing).
pub fn to_temporal_date_time(vm: &mut Vm, item: Value, options: Value) -> JsResult<PlainDateTime> {
    if let Value::Object(o) = item {
        let own = match slot(vm, item) {
            Some(TemporalSlot::PlainDateTime(dt)) => Some(Ok(dt.clone())),
            Some(TemporalSlot::ZonedDateTime(z)) => Some(Ok(z.to_plain_date_time())),
            Some(TemporalSlot::PlainDate(d)) => {
                Some(PlainDateTime::from_date_and_time(d.clone(), PlainTime::default()))
            }
            _ => None,
        };
        if let Some(dt) = own {
            let options = get_options_object(vm, options)?;
            get_overflow(vm, options)?;
            return dt.or_throw(vm);
        }
        let calendar = get_calendar_with_iso_default(vm, o)?;
        let fields = prepare_calendar_fields(vm, &calendar, o, field::DATE | field::TIME, Required::None)?;
        let options = get_options_object(vm, options)?;
        let overflow = get_overflow(vm, options)?;
        let fields = date_time_fields(vm, &fields, overflow)?;
        let partial = PartialDateTime { fields, calendar };
        return PlainDateTime::from_partial(partial, overflow).or_throw(vm);
    }
    let Value::String(s) = item else {
        return Err(vm.type_error(&format!("{} is not a valid PlainDateTime", vm.describe(item))));
    };
    let s = vm.rust_string(s);
    let dt = PlainDateTime::from_utf8(s.as_bytes()).or_throw(vm)?;
    let options = get_options_object(vm, options)?;
    get_overflow(vm, options)?;
    Ok(dt)
}
