//! Temporal.ZonedDateTime (Temporal §6): an exact time (epoch nanoseconds) seen in a time zone
//! and a calendar. Everything that needs time-zone rules goes through `tz_provider()`.

use super::duration::to_temporal_duration;
use super::fields::{
    Required, field, get_calendar_with_iso_default, prepare_calendar_fields, require_partial_temporal_object,
    to_calendar_identifier, to_time_zone_identifier,
};
use super::options::{
    get_difference_settings, get_disambiguation, get_display_calendar, get_display_offset, get_display_time_zone,
    get_fractional_second_digits, get_offset_option, get_option, get_options_object, get_overflow, get_rounding_mode,
    get_rounding_options, get_unit, validate_unit,
};
use super::plain_time::to_temporal_time;
use super::{
    OrThrow, TemporalSlot, arg, create, def_class, def_getter, num, requires_new, slot, this_zoned_date_time,
    tz_provider,
};
use crate::object::NativeCall;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use num_bigint::BigInt;
use temporal_rs::fields::ZonedDateTimeFields;
use temporal_rs::options::{
    DisplayCalendar, DisplayOffset, DisplayTimeZone, OffsetDisambiguation, ToStringRoundingOptions, Unit, UnitGroup,
};
use temporal_rs::parsed_intermediates::ParsedZonedDateTime;
use temporal_rs::partial::PartialZonedDateTime;
use temporal_rs::provider::TransitionDirection;
use temporal_rs::{Calendar, TimeZone, ZonedDateTime};

pub fn init(vm: &mut Vm, ns: ObjId) {
    let (ctor, proto) = def_class(vm, ns, "ZonedDateTime", "%Temporal.ZonedDateTime.prototype%", 2, construct);
    vm.def_method(ctor, "from", 1, from);
    vm.def_method(ctor, "compare", 2, compare);

    def_getter(vm, proto, "calendarId", |vm, cx, _| {
        let z = this(vm, cx, "calendarId")?;
        Ok(vm.string(z.calendar().identifier()))
    });
    def_getter(vm, proto, "timeZoneId", |vm, cx, _| {
        let z = this(vm, cx, "timeZoneId")?;
        let id = z.time_zone().identifier_with_provider(tz_provider()).or_throw(vm)?;
        Ok(vm.string(&id))
    });
    def_getter(vm, proto, "era", |vm, cx, _| {
        let z = this(vm, cx, "era")?;
        Ok(match z.era() {
            Some(e) => vm.string(e.as_str()),
            None => Value::Undefined,
        })
    });
    def_getter(vm, proto, "eraYear", |vm, cx, _| Ok(this(vm, cx, "eraYear")?.era_year().map_or(Value::Undefined, num)));
    def_getter(vm, proto, "year", |vm, cx, _| Ok(num(this(vm, cx, "year")?.year())));
    def_getter(vm, proto, "month", |vm, cx, _| Ok(num(this(vm, cx, "month")?.month())));
    def_getter(vm, proto, "monthCode", |vm, cx, _| {
        let z = this(vm, cx, "monthCode")?;
        Ok(vm.string(z.month_code().as_str()))
    });
    def_getter(vm, proto, "day", |vm, cx, _| Ok(num(this(vm, cx, "day")?.day())));
    def_getter(vm, proto, "hour", |vm, cx, _| Ok(num(this(vm, cx, "hour")?.hour())));
    def_getter(vm, proto, "minute", |vm, cx, _| Ok(num(this(vm, cx, "minute")?.minute())));
    def_getter(vm, proto, "second", |vm, cx, _| Ok(num(this(vm, cx, "second")?.second())));
    def_getter(vm, proto, "millisecond", |vm, cx, _| Ok(num(this(vm, cx, "millisecond")?.millisecond())));
    def_getter(vm, proto, "microsecond", |vm, cx, _| Ok(num(this(vm, cx, "microsecond")?.microsecond())));
    def_getter(vm, proto, "nanosecond", |vm, cx, _| Ok(num(this(vm, cx, "nanosecond")?.nanosecond())));
    def_getter(vm, proto, "epochMilliseconds", |vm, cx, _| {
        // Epoch milliseconds are within ±8.64 × 10¹⁵, exactly representable as a Number.
        Ok(Value::Number(this(vm, cx, "epochMilliseconds")?.epoch_milliseconds() as f64))
    });
    def_getter(vm, proto, "epochNanoseconds", |vm, cx, _| {
        let z = this(vm, cx, "epochNanoseconds")?;
        Ok(vm.bigint_value(BigInt::from(z.epoch_nanoseconds().as_i128())))
    });
    def_getter(vm, proto, "dayOfWeek", |vm, cx, _| Ok(num(this(vm, cx, "dayOfWeek")?.day_of_week())));
    def_getter(vm, proto, "dayOfYear", |vm, cx, _| Ok(num(this(vm, cx, "dayOfYear")?.day_of_year())));
    def_getter(vm, proto, "weekOfYear", |vm, cx, _| {
        Ok(this(vm, cx, "weekOfYear")?.week_of_year().map_or(Value::Undefined, num))
    });
    def_getter(vm, proto, "yearOfWeek", |vm, cx, _| {
        Ok(this(vm, cx, "yearOfWeek")?.year_of_week().map_or(Value::Undefined, num))
    });
    def_getter(vm, proto, "hoursInDay", |vm, cx, _| {
        let z = this(vm, cx, "hoursInDay")?;
        Ok(num(z.hours_in_day_with_provider(tz_provider()).or_throw(vm)?))
    });
    def_getter(vm, proto, "daysInWeek", |vm, cx, _| Ok(num(this(vm, cx, "daysInWeek")?.days_in_week())));
    def_getter(vm, proto, "daysInMonth", |vm, cx, _| Ok(num(this(vm, cx, "daysInMonth")?.days_in_month())));
    def_getter(vm, proto, "daysInYear", |vm, cx, _| Ok(num(this(vm, cx, "daysInYear")?.days_in_year())));
    def_getter(vm, proto, "monthsInYear", |vm, cx, _| Ok(num(this(vm, cx, "monthsInYear")?.months_in_year())));
    def_getter(vm, proto, "inLeapYear", |vm, cx, _| Ok(Value::Bool(this(vm, cx, "inLeapYear")?.in_leap_year())));
    def_getter(vm, proto, "offsetNanoseconds", |vm, cx, _| {
        // An offset is under 24 hours: |ns| < 8.64 × 10¹³, exact as a Number.
        Ok(Value::Number(this(vm, cx, "offsetNanoseconds")?.offset_nanoseconds() as f64))
    });
    def_getter(vm, proto, "offset", |vm, cx, _| {
        let z = this(vm, cx, "offset")?;
        Ok(vm.string(&z.offset()))
    });

    vm.def_method(proto, "with", 1, with);
    vm.def_method(proto, "withPlainTime", 0, with_plain_time);
    vm.def_method(proto, "withTimeZone", 1, with_time_zone);
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
    vm.def_method(proto, "startOfDay", 0, start_of_day);
    vm.def_method(proto, "getTimeZoneTransition", 1, get_time_zone_transition);
    vm.def_method(proto, "toInstant", 0, to_instant);
    vm.def_method(proto, "toPlainDate", 0, to_plain_date);
    vm.def_method(proto, "toPlainTime", 0, to_plain_time);
    vm.def_method(proto, "toPlainDateTime", 0, to_plain_date_time);
}

fn this(vm: &mut Vm, cx: &NativeCall, method: &str) -> JsResult<ZonedDateTime> {
    this_zoned_date_time(vm, cx.this, method)
}

fn new_zoned(vm: &mut Vm, z: ZonedDateTime) -> JsResult<Value> {
    create(vm, TemporalSlot::ZonedDateTime(z), None)
}

/// Temporal.ZonedDateTime ( epochNanoseconds, timeZone [ , calendar ] ) (§6.1.1)
fn construct(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(requires_new(vm, "ZonedDateTime"));
    };
    // ToBigInt, then IsValidEpochNanoseconds: a value beyond i128 is far out of range.
    let ns = crate::builtins::bigint::to_bigint(vm, arg(args, 0))?;
    let Value::BigInt(id) = ns else {
        return Err(vm.type_error("epochNanoseconds must be a BigInt"));
    };
    let Ok(ns) = i128::try_from(vm.heap.bigint(id)) else {
        return Err(vm.range_error("epochNanoseconds is outside the supported range"));
    };
    if !timezone_provider::epoch_nanoseconds::is_valid_epoch_nanos(&ns) {
        return Err(vm.range_error("epochNanoseconds is outside the supported range"));
    }
    // The time zone must be a string that is an identifier (ParseTimeZoneIdentifier): an
    // available named zone or a minute-precision offset, not an ISO string.
    let Value::String(tz) = arg(args, 1) else {
        return Err(vm.type_error(&format!("{} is not a valid time zone", vm.describe(arg(args, 1)))));
    };
    let tz = vm.rust_string(tz);
    let time_zone = TimeZone::try_from_identifier_str_with_provider(&tz, tz_provider()).or_throw(vm)?;
    let calendar = match arg(args, 2) {
        Value::Undefined => Calendar::ISO,
        Value::String(s) => {
            let s = vm.rust_string(s);
            Calendar::try_from_utf8(s.as_bytes()).or_throw(vm)?
        }
        other => return Err(vm.type_error(&format!("{} is not a valid calendar", vm.describe(other)))),
    };
    let z = ZonedDateTime::try_new_with_provider(ns, time_zone, calendar, tz_provider()).or_throw(vm)?;
    create(vm, TemporalSlot::ZonedDateTime(z), Some(nt))
}

/// Temporal.ZonedDateTime.from ( item [ , options ] ) (§6.2.2)
fn from(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let z = to_temporal_zoned_date_time(vm, arg(args, 0), arg(args, 1))?;
    new_zoned(vm, z)
}

/// Temporal.ZonedDateTime.compare ( one, two ) (§6.2.3): by exact time only.
fn compare(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let one = to_temporal_zoned_date_time(vm, arg(args, 0), Value::Undefined)?;
    let two = to_temporal_zoned_date_time(vm, arg(args, 1), Value::Undefined)?;
    Ok(num(one.compare_instant(&two) as i8))
}

/// Temporal.ZonedDateTime.prototype.with ( temporalZonedDateTimeLike [ , options ] ) (§6.3.31):
/// the partial fields are read first, then disambiguation, offset (default "prefer") and
/// overflow.
fn with(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let z = this(vm, cx, "with")?;
    let bag = require_partial_temporal_object(vm, arg(args, 0))?;
    let fields =
        prepare_calendar_fields(vm, z.calendar(), bag, field::DATE | field::TIME | field::OFFSET, Required::Partial)?;
    let options = get_options_object(vm, arg(args, 1))?;
    let disambiguation = get_disambiguation(vm, options)?;
    let offset = get_offset_option(vm, options)?.unwrap_or(OffsetDisambiguation::Prefer);
    let overflow = get_overflow(vm, options)?;
    let time = fields.partial_time(vm, overflow)?;
    let partial = ZonedDateTimeFields { calendar_fields: fields.calendar_fields(), time, offset: fields.offset };
    let r = z.with_with_provider(partial, disambiguation, Some(offset), overflow, tz_provider()).or_throw(vm)?;
    new_zoned(vm, r)
}

/// Temporal.ZonedDateTime.prototype.withPlainTime ( [ plainTimeLike ] ) (§6.3.32): undefined is
/// the start of the day.
fn with_plain_time(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let z = this(vm, cx, "withPlainTime")?;
    let time = match arg(args, 0) {
        Value::Undefined => None,
        v => Some(to_temporal_time(vm, v, Value::Undefined)?),
    };
    let r = z.with_plain_time_and_provider(time, tz_provider()).or_throw(vm)?;
    new_zoned(vm, r)
}

/// Temporal.ZonedDateTime.prototype.withTimeZone ( timeZoneLike ) (§6.3.33)
fn with_time_zone(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let z = this(vm, cx, "withTimeZone")?;
    let tz = to_time_zone_identifier(vm, arg(args, 0))?;
    let r = z.with_time_zone_with_provider(tz, tz_provider()).or_throw(vm)?;
    new_zoned(vm, r)
}

/// Temporal.ZonedDateTime.prototype.withCalendar ( calendarLike ) (§6.3.34)
fn with_calendar(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let z = this(vm, cx, "withCalendar")?;
    let calendar = to_calendar_identifier(vm, arg(args, 0))?;
    new_zoned(vm, z.with_calendar(calendar))
}

/// Temporal.ZonedDateTime.prototype.add / subtract ( temporalDurationLike [ , options ] )
/// (§6.3.35-36): AddDurationToZonedDateTime.
fn add_or_subtract(vm: &mut Vm, cx: &NativeCall, args: &[Value], subtract: bool) -> JsResult<Value> {
    let z = this(vm, cx, if subtract { "subtract" } else { "add" })?;
    let d = to_temporal_duration(vm, arg(args, 0))?;
    let options = get_options_object(vm, arg(args, 1))?;
    let overflow = get_overflow(vm, options)?;
    let r = if subtract {
        z.subtract_with_provider(&d, overflow, tz_provider())
    } else {
        z.add_with_provider(&d, overflow, tz_provider())
    }
    .or_throw(vm)?;
    new_zoned(vm, r)
}

/// Temporal.ZonedDateTime.prototype.until / since ( other [ , options ] ) (§6.3.37-38):
/// DifferenceTemporalZonedDateTime.
fn difference(vm: &mut Vm, cx: &NativeCall, args: &[Value], since: bool) -> JsResult<Value> {
    let z = this(vm, cx, if since { "since" } else { "until" })?;
    let other = to_temporal_zoned_date_time(vm, arg(args, 0), Value::Undefined)?;
    // The calendars are compared before the options are read.
    if z.calendar() != other.calendar() {
        return Err(vm.range_error(&format!(
            "Cannot compute the difference between dates of the {} and {} calendars",
            z.calendar().identifier(),
            other.calendar().identifier()
        )));
    }
    let settings = get_difference_settings(vm, arg(args, 1), UnitGroup::DateTime)?;
    super::check_lunisolar_span(vm, z.calendar(), (z.year(), other.year()), &settings, false)?;
    let d = if since {
        z.since_with_provider(&other, settings, tz_provider())
    } else {
        z.until_with_provider(&other, settings, tz_provider())
    }
    .or_throw(vm)?;
    create(vm, TemporalSlot::Duration(d), None)
}

/// Temporal.ZonedDateTime.prototype.round ( roundTo ) (§6.3.39): a time unit or "day".
fn round(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let z = this(vm, cx, "round")?;
    let options = get_rounding_options(vm, arg(args, 0), Some(Unit::Day))?;
    let r = z.round_with_provider(options, tz_provider()).or_throw(vm)?;
    new_zoned(vm, r)
}

/// Temporal.ZonedDateTime.prototype.equals ( other ) (§6.3.40)
fn equals(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let z = this(vm, cx, "equals")?;
    let other = to_temporal_zoned_date_time(vm, arg(args, 0), Value::Undefined)?;
    let r = z.equals_with_provider(&other, tz_provider()).or_throw(vm)?;
    Ok(Value::Bool(r))
}

/// Temporal.ZonedDateTime.prototype.toString ( [ options ] ) (§6.3.41): calendarName,
/// fractionalSecondDigits, offset, roundingMode, smallestUnit, timeZoneName read in that
/// order; the smallest unit is validated after all of them.
fn to_string(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let z = this(vm, cx, "toString")?;
    let options = get_options_object(vm, arg(args, 0))?;
    let show_calendar = get_display_calendar(vm, options)?.unwrap_or(DisplayCalendar::Auto);
    let precision = get_fractional_second_digits(vm, options)?;
    let show_offset = get_display_offset(vm, options)?.unwrap_or(DisplayOffset::Auto);
    let rounding_mode = get_rounding_mode(vm, options)?;
    let smallest_unit = get_unit(vm, options, "smallestUnit")?;
    let show_time_zone = get_display_time_zone(vm, options)?.unwrap_or(DisplayTimeZone::Auto);
    validate_unit(vm, smallest_unit, UnitGroup::Time, None)?;
    if smallest_unit == Some(Unit::Hour) {
        return Err(vm.range_error("smallestUnit must not be \"hour\" in toString"));
    }
    let rounding = ToStringRoundingOptions { precision, smallest_unit, rounding_mode };
    let s = z
        .to_ixdtf_string_with_provider(show_offset, show_time_zone, show_calendar, rounding, tz_provider())
        .or_throw(vm)?;
    Ok(vm.string(&s))
}

/// TemporalZonedDateTimeToString with every option at its default.
fn default_string(vm: &mut Vm, z: &ZonedDateTime) -> JsResult<Value> {
    let s = z.to_string_with_provider(tz_provider()).or_throw(vm)?;
    Ok(vm.string(&s))
}

/// Temporal.ZonedDateTime.prototype.toLocaleString ( [ locales [ , options ] ] ) (§6.3.42):
/// without Intl, the toString form.
fn to_locale_string(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let z = this(vm, cx, "toLocaleString")?;
    default_string(vm, &z)
}

/// Temporal.ZonedDateTime.prototype.toJSON ( ) (§6.3.43)
fn to_json(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let z = this(vm, cx, "toJSON")?;
    default_string(vm, &z)
}

/// Temporal.ZonedDateTime.prototype.startOfDay ( ) (§6.3.45)
fn start_of_day(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let z = this(vm, cx, "startOfDay")?;
    let r = z.start_of_day_with_provider(tz_provider()).or_throw(vm)?;
    new_zoned(vm, r)
}

/// Temporal.ZonedDateTime.prototype.getTimeZoneTransition ( directionParam ) (§6.3.46): a
/// string is the direction itself; otherwise an options bag whose `direction` is required.
fn get_time_zone_transition(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let z = this(vm, cx, "getTimeZoneTransition")?;
    let direction = match arg(args, 0) {
        Value::Undefined => return Err(vm.type_error("getTimeZoneTransition requires a direction")),
        Value::String(s) => {
            let text = vm.rust_string(s);
            match text.parse::<TransitionDirection>() {
                Ok(d) => Some(d),
                Err(_) => return Err(vm.range_error(&format!("{text} is not a valid value for direction"))),
            }
        }
        v => {
            let options = get_options_object(vm, v)?;
            get_option::<TransitionDirection>(vm, options, "direction")?
        }
    };
    let Some(direction) = direction else {
        return Err(vm.range_error("direction is required"));
    };
    match z.get_time_zone_transition_with_provider(direction, tz_provider()).or_throw(vm)? {
        Some(r) => new_zoned(vm, r),
        None => Ok(Value::Null),
    }
}

/// Temporal.ZonedDateTime.prototype.toInstant ( ) (§6.3.47)
fn to_instant(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let z = this(vm, cx, "toInstant")?;
    create(vm, TemporalSlot::Instant(z.to_instant()), None)
}

/// Temporal.ZonedDateTime.prototype.toPlainDate ( ) (§6.3.48)
fn to_plain_date(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let z = this(vm, cx, "toPlainDate")?;
    create(vm, TemporalSlot::PlainDate(z.to_plain_date()), None)
}

/// Temporal.ZonedDateTime.prototype.toPlainTime ( ) (§6.3.49)
fn to_plain_time(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let z = this(vm, cx, "toPlainTime")?;
    create(vm, TemporalSlot::PlainTime(z.to_plain_time()), None)
}

/// Temporal.ZonedDateTime.prototype.toPlainDateTime ( ) (§6.3.50)
fn to_plain_date_time(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let z = this(vm, cx, "toPlainDateTime")?;
    create(vm, TemporalSlot::PlainDateTime(z.to_plain_date_time()), None)
}

/// ToTemporalZonedDateTime ( item [ , options ] ) (§6.5.2): a ZonedDateTime (options still
/// read), a property bag (fields with a required timeZone, then disambiguation, offset,
/// overflow; no offset field means the wall-clock time), or an ISO string with a time-zone
/// annotation (parsed first, then the options; its fields are never constrained).
pub fn to_temporal_zoned_date_time(vm: &mut Vm, item: Value, options: Value) -> JsResult<ZonedDateTime> {
    if let Value::Object(o) = item {
        if let Some(TemporalSlot::ZonedDateTime(z)) = slot(vm, item) {
            let z = z.clone();
            let options = get_options_object(vm, options)?;
            get_disambiguation(vm, options)?;
            get_offset_option(vm, options)?;
            get_overflow(vm, options)?;
            return Ok(z);
        }
        let calendar = get_calendar_with_iso_default(vm, o)?;
        let wanted = field::DATE | field::TIME | field::OFFSET | field::TIME_ZONE;
        let fields = prepare_calendar_fields(vm, &calendar, o, wanted, Required::TimeZone)?;
        let options = get_options_object(vm, options)?;
        let disambiguation = get_disambiguation(vm, options)?;
        let offset = get_offset_option(vm, options)?;
        let overflow = get_overflow(vm, options)?;
        let time = fields.partial_time(vm, overflow)?;
        let partial = PartialZonedDateTime {
            fields: ZonedDateTimeFields { calendar_fields: fields.calendar_fields(), time, offset: fields.offset },
            timezone: fields.time_zone,
            calendar,
        };
        return ZonedDateTime::from_partial_with_provider(partial, overflow, disambiguation, offset, tz_provider())
            .or_throw(vm);
    }
    let Value::String(s) = item else {
        return Err(vm.type_error(&format!("{} is not a valid ZonedDateTime", vm.describe(item))));
    };
    let s = vm.rust_string(s);
    let parsed = ParsedZonedDateTime::from_utf8_with_provider(s.as_bytes(), tz_provider()).or_throw(vm)?;
    let options = get_options_object(vm, options)?;
    let disambiguation = get_disambiguation(vm, options)?.unwrap_or_default();
    let offset = get_offset_option(vm, options)?.unwrap_or(OffsetDisambiguation::Reject);
    get_overflow(vm, options)?;
    ZonedDateTime::from_parsed_with_provider(parsed, disambiguation, offset, tz_provider()).or_throw(vm)
}
