//! Temporal.Duration (Temporal §7): an amount of time in years … nanoseconds, all of one sign.
//!
//! The fields are read as JS Numbers (float64-representable integers, ToIntegerIfIntegral)
//! and handed to `temporal_rs`, which checks IsValidDuration; balancing, rounding and totals
//! relative to a date are `temporal_rs`'s. This module also holds GetTemporalRelativeToOption,
//! which `round`, `total` and `compare` read.

use super::fields::{Required, field, get_calendar_with_iso_default, prepare_calendar_fields, to_integer_if_integral};
use super::options::{
    RoundTo, get_options_object, get_round_to, get_rounding_increment, get_rounding_mode,
    get_to_string_rounding_options, get_unit, validate_unit,
};
use super::{OrThrow, TemporalSlot, arg, create, def_class, def_getter, get, num, requires_new, slot, this_duration};
use crate::object::NativeCall;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use temporal_rs::fields::ZonedDateTimeFields;
use temporal_rs::options::{Overflow, RelativeTo, RoundingOptions, ToStringRoundingOptions, Unit, UnitGroup};
use temporal_rs::partial::{PartialDate, PartialZonedDateTime};
use temporal_rs::{Duration, PlainDate, TemporalResult, ZonedDateTime};

pub fn init(vm: &mut Vm, ns: ObjId) {
    let (ctor, proto) = def_class(vm, ns, "Duration", "%Temporal.Duration.prototype%", 0, construct);
    vm.def_method(ctor, "from", 1, from);
    vm.def_method(ctor, "compare", 2, compare);
    def_getter(vm, proto, "years", |vm, cx, _| Ok(num(this(vm, cx, "years")?.years() as f64)));
    def_getter(vm, proto, "months", |vm, cx, _| Ok(num(this(vm, cx, "months")?.months() as f64)));
    def_getter(vm, proto, "weeks", |vm, cx, _| Ok(num(this(vm, cx, "weeks")?.weeks() as f64)));
    def_getter(vm, proto, "days", |vm, cx, _| Ok(num(this(vm, cx, "days")?.days() as f64)));
    def_getter(vm, proto, "hours", |vm, cx, _| Ok(num(this(vm, cx, "hours")?.hours() as f64)));
    def_getter(vm, proto, "minutes", |vm, cx, _| Ok(num(this(vm, cx, "minutes")?.minutes() as f64)));
    def_getter(vm, proto, "seconds", |vm, cx, _| Ok(num(this(vm, cx, "seconds")?.seconds() as f64)));
    def_getter(vm, proto, "milliseconds", |vm, cx, _| Ok(num(this(vm, cx, "milliseconds")?.milliseconds() as f64)));
    def_getter(vm, proto, "microseconds", |vm, cx, _| Ok(num(this(vm, cx, "microseconds")?.microseconds() as f64)));
    def_getter(vm, proto, "nanoseconds", |vm, cx, _| Ok(num(this(vm, cx, "nanoseconds")?.nanoseconds() as f64)));
    def_getter(vm, proto, "sign", |vm, cx, _| Ok(num(this(vm, cx, "sign")?.sign() as i8)));
    def_getter(vm, proto, "blank", |vm, cx, _| Ok(Value::Bool(this(vm, cx, "blank")?.is_zero())));
    vm.def_method(proto, "with", 1, with);
    vm.def_method(proto, "negated", 0, negated);
    vm.def_method(proto, "abs", 0, abs);
    vm.def_method(proto, "add", 1, |vm, cx, args| add_or_subtract(vm, cx, args, false));
    vm.def_method(proto, "subtract", 1, |vm, cx, args| add_or_subtract(vm, cx, args, true));
    vm.def_method(proto, "round", 1, round);
    vm.def_method(proto, "total", 1, total);
    vm.def_method(proto, "toString", 0, to_string);
    vm.def_method(proto, "toJSON", 0, to_json);
    vm.def_method(proto, "toLocaleString", 0, to_locale_string);
    vm.def_method(proto, "valueOf", 0, super::value_of);
}

fn this(vm: &mut Vm, cx: &NativeCall, method: &str) -> JsResult<Duration> {
    this_duration(vm, cx.this, method)
}

fn new_duration(vm: &mut Vm, d: Duration) -> JsResult<Value> {
    create(vm, TemporalSlot::Duration(d), None)
}

/// The ten fields in the spec's slot order: years, months, weeks, days, hours, minutes,
/// seconds, milliseconds, microseconds, nanoseconds.
type Fields = [f64; 10];

/// CreateTemporalDuration's validation (IsValidDuration, by `temporal_rs`) for fields read as
/// Numbers. Every value is an integer; one too large for the Rust integer saturates, which
/// is beyond the valid range anyway, so IsValidDuration still rejects it.
fn duration_from_fields(f: Fields) -> TemporalResult<Duration> {
    let [y, mo, w, d, h, mi, s, ms, us, ns] = f;
    Duration::new(
        y as i64, mo as i64, w as i64, d as i64, h as i64, mi as i64, s as i64, ms as i64, us as i128, ns as i128,
    )
}

/// The fields of a Duration as Numbers.
fn fields_of(d: &Duration) -> Fields {
    [
        d.years() as f64,
        d.months() as f64,
        d.weeks() as f64,
        d.days() as f64,
        d.hours() as f64,
        d.minutes() as f64,
        d.seconds() as f64,
        d.milliseconds() as f64,
        d.microseconds() as f64,
        d.nanoseconds() as f64,
    ]
}

/// Temporal.Duration ( [ years [ , months [ , weeks [ , days [ , hours [ , minutes [ ,
/// seconds [ , milliseconds [ , microseconds [ , nanoseconds ] ] ] ] ] ] ] ] ] ] ) (§7.1.1)
fn construct(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(requires_new(vm, "Duration"));
    };
    let mut f: Fields = [0.0; 10];
    for (i, slot) in f.iter_mut().enumerate() {
        let v = arg(args, i);
        if !v.is_undefined() {
            *slot = to_integer_if_integral(vm, v)?;
        }
    }
    let d = duration_from_fields(f).or_throw(vm)?;
    create(vm, TemporalSlot::Duration(d), Some(nt))
}

/// Temporal.Duration.from ( item ) (§7.2.2)
fn from(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let d = to_temporal_duration(vm, arg(args, 0))?;
    new_duration(vm, d)
}

/// Temporal.Duration.compare ( one, two [ , options ] ) (§7.2.3)
fn compare(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let one = to_temporal_duration(vm, arg(args, 0))?;
    let two = to_temporal_duration(vm, arg(args, 1))?;
    let options = get_options_object(vm, arg(args, 2))?;
    let relative_to = match options {
        Some(o) => get_relative_to_option(vm, o)?,
        None => None,
    };
    let order = one.compare_with_provider(&two, relative_to, super::tz_provider()).or_throw(vm)?;
    Ok(num(order as i8))
}

/// Temporal.Duration.prototype.with ( temporalDurationLike ) (§7.3.15)
fn with(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "with")?;
    let partial = to_temporal_partial_duration_record(vm, arg(args, 0))?;
    let mut f = fields_of(&d);
    for (slot, p) in f.iter_mut().zip(partial) {
        if let Some(v) = p {
            *slot = v;
        }
    }
    let r = duration_from_fields(f).or_throw(vm)?;
    new_duration(vm, r)
}

/// Temporal.Duration.prototype.negated ( ) (§7.3.16)
fn negated(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "negated")?;
    new_duration(vm, d.negated())
}

/// Temporal.Duration.prototype.abs ( ) (§7.3.17)
fn abs(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "abs")?;
    new_duration(vm, d.abs())
}

/// Temporal.Duration.prototype.add / subtract ( other ) (§7.3.18-19): AddDurations.
fn add_or_subtract(vm: &mut Vm, cx: &NativeCall, args: &[Value], subtract: bool) -> JsResult<Value> {
    let d = this(vm, cx, if subtract { "subtract" } else { "add" })?;
    let other = to_temporal_duration(vm, arg(args, 0))?;
    let r = if subtract { d.subtract(&other) } else { d.add(&other) }.or_throw(vm)?;
    new_duration(vm, r)
}

/// Temporal.Duration.prototype.round ( roundTo ) (§7.3.20): the options are read in
/// alphabetical order — largestUnit, relativeTo, roundingIncrement, roundingMode,
/// smallestUnit — and the units' relations are checked by `temporal_rs`.
fn round(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "round")?;
    let mut options = RoundingOptions::default();
    let mut relative_to = None;
    match get_round_to(vm, arg(args, 0))? {
        RoundTo::Unit(u) => options.smallest_unit = Some(u),
        RoundTo::Options(o) => {
            options.largest_unit = get_unit(vm, o, "largestUnit")?;
            if let Some(o) = o {
                relative_to = get_relative_to_option(vm, o)?;
            }
            options.increment = get_rounding_increment(vm, o)?;
            options.rounding_mode = get_rounding_mode(vm, o)?;
            options.smallest_unit = get_unit(vm, o, "smallestUnit")?;
        }
    }
    validate_unit(vm, options.smallest_unit, UnitGroup::DateTime, None)?;
    let by_months = super::calendar_unit(options.largest_unit) || super::calendar_unit(options.smallest_unit);
    check_relative_span(vm, &d, &relative_to, by_months)?;
    let r = d.round_with_provider(options, relative_to, super::tz_provider()).or_throw(vm)?;
    new_duration(vm, r)
}

/// A duration's length in years, roughly (for the lunisolar span check).
fn approximate_years(d: &Duration) -> f64 {
    let days = d.days() as f64
        + d.weeks() as f64 * 7.0
        + d.hours() as f64 / 24.0
        + d.minutes() as f64 / 1440.0
        + d.seconds() as f64 / 86_400.0
        + d.milliseconds() as f64 / 86_400_000.0
        + d.microseconds() as f64 / 86_400_000_000.0
        + d.nanoseconds() as f64 / 86_400_000_000_000.0;
    (d.years() as f64 + d.months() as f64 / 12.0 + days / 365.25).abs()
}

/// Rounding or totalling relative to a Chinese or Korean date counts months one by one (see
/// `check_lunisolar`).
fn check_relative_span(vm: &mut Vm, d: &Duration, relative_to: &Option<RelativeTo>, by_months: bool) -> JsResult<()> {
    let calendar = match relative_to {
        Some(RelativeTo::PlainDate(p)) => p.calendar().clone(),
        Some(RelativeTo::ZonedDateTime(z)) => z.calendar().clone(),
        None => return Ok(()),
    };
    super::check_lunisolar(vm, &calendar, approximate_years(d), by_months)
}

/// Temporal.Duration.prototype.total ( totalOf ) (§7.3.21): relativeTo, then the required
/// unit.
fn total(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "total")?;
    let total_of = arg(args, 0);
    let (unit, relative_to) = match total_of {
        Value::Undefined => return Err(vm.type_error("total requires a unit or an options argument")),
        Value::String(s) => {
            let text = vm.rust_string(s);
            match text.parse::<Unit>() {
                Ok(u) => (Some(u), None),
                Err(_) => return Err(vm.range_error(&format!("{text} is not a valid value for unit"))),
            }
        }
        v => {
            let o = get_options_object(vm, v)?;
            let relative_to = match o {
                Some(o) => get_relative_to_option(vm, o)?,
                None => None,
            };
            (get_unit(vm, o, "unit")?, relative_to)
        }
    };
    let Some(unit) = unit else {
        return Err(vm.range_error("unit is required"));
    };
    validate_unit(vm, Some(unit), UnitGroup::DateTime, None)?;
    check_relative_span(vm, &d, &relative_to, super::calendar_unit(Some(unit)))?;
    let t = d.total_with_provider(unit, relative_to, super::tz_provider()).or_throw(vm)?;
    Ok(num(t.as_inner()))
}

/// Temporal.Duration.prototype.toString ( [ options ] ) (§7.3.22): smallestUnit "minute" is
/// refused by `temporal_rs`, "hour" by the shared reader.
fn to_string(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "toString")?;
    let options = get_options_object(vm, arg(args, 0))?;
    let rounding = get_to_string_rounding_options(vm, options)?;
    let s = d.as_temporal_string(rounding).or_throw(vm)?;
    Ok(vm.string(&s))
}

/// Temporal.Duration.prototype.toJSON ( ) (§7.3.23)
fn to_json(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "toJSON")?;
    let s = d.as_temporal_string(ToStringRoundingOptions::default()).or_throw(vm)?;
    Ok(vm.string(&s))
}

/// Temporal.Duration.prototype.toLocaleString ( [ locales [ , options ] ] ) (§7.3.24):
/// without Intl, the toString form.
fn to_locale_string(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let d = this(vm, cx, "toLocaleString")?;
    let s = d.as_temporal_string(ToStringRoundingOptions::default()).or_throw(vm)?;
    Ok(vm.string(&s))
}

/// ToTemporalDuration ( item ) (§7.5.12): a Duration, an ISO 8601 duration string, or a
/// property bag (absent fields are 0).
pub fn to_temporal_duration(vm: &mut Vm, item: Value) -> JsResult<Duration> {
    if let Some(TemporalSlot::Duration(d)) = slot(vm, item) {
        return Ok(*d);
    }
    let Value::Object(_) = item else {
        let Value::String(s) = item else {
            return Err(vm.type_error(&format!("{} is not a valid duration", vm.describe(item))));
        };
        let s = vm.rust_string(s);
        return Duration::from_utf8(s.as_bytes()).or_throw(vm);
    };
    let partial = to_temporal_partial_duration_record(vm, item)?;
    duration_from_fields(partial.map(|v| v.unwrap_or(0.0))).or_throw(vm)
}

/// ToTemporalPartialDurationRecord ( temporalDurationLike ) (§7.5.18): reads the ten fields
/// in alphabetical order, each through ToIntegerIfIntegral as soon as it is read; a TypeError
/// when the value is not an object or none of the fields is present. Returns the fields in
/// slot order.
fn to_temporal_partial_duration_record(vm: &mut Vm, v: Value) -> JsResult<[Option<f64>; 10]> {
    let Value::Object(o) = v else {
        return Err(vm.type_error(&format!("{} is not a duration-like object", vm.describe(v))));
    };
    // (name, index in slot order), alphabetically.
    const ORDER: [(&str, usize); 10] = [
        ("days", 3),
        ("hours", 4),
        ("microseconds", 8),
        ("milliseconds", 7),
        ("minutes", 5),
        ("months", 1),
        ("nanoseconds", 9),
        ("seconds", 6),
        ("weeks", 2),
        ("years", 0),
    ];
    let mut out = [None; 10];
    for (name, index) in ORDER {
        let value = get(vm, o, name)?;
        if value.is_undefined() {
            continue;
        }
        let n = to_integer_if_integral(vm, value)?;
        if let Some(slot) = out.get_mut(index) {
            *slot = Some(n);
        }
    }
    if out.iter().all(Option::is_none) {
        return Err(vm.type_error("A duration-like object must have at least one duration property"));
    }
    Ok(out)
}

/// GetTemporalRelativeToOption ( options ) (§7.5.7): the `relativeTo` option as a PlainDate
/// or a ZonedDateTime (None when undefined). An object is a ZonedDateTime, a PlainDate, a
/// PlainDateTime (its date) or a property bag (a ZonedDateTime when it has a timeZone, a
/// PlainDate otherwise); a string is parsed as either.
pub fn get_relative_to_option(vm: &mut Vm, options: ObjId) -> JsResult<Option<RelativeTo>> {
    let value = get(vm, options, "relativeTo")?;
    match value {
        Value::Undefined => Ok(None),
        Value::Object(o) => {
            match slot(vm, value) {
                Some(TemporalSlot::ZonedDateTime(z)) => return Ok(Some(RelativeTo::ZonedDateTime(z.clone()))),
                Some(TemporalSlot::PlainDate(d)) => return Ok(Some(RelativeTo::PlainDate(d.clone()))),
                Some(TemporalSlot::PlainDateTime(dt)) => return Ok(Some(RelativeTo::PlainDate(dt.to_plain_date()))),
                _ => {}
            }
            let calendar = get_calendar_with_iso_default(vm, o)?;
            let wanted = field::DATE | field::TIME | field::OFFSET | field::TIME_ZONE;
            let fields = prepare_calendar_fields(vm, &calendar, o, wanted, Required::None)?;
            // InterpretTemporalDateTimeFields with "constrain": time fields are clamped.
            let time = fields.partial_time(vm, Some(Overflow::Constrain))?;
            let calendar_fields = fields.calendar_fields();
            let Some(time_zone) = fields.time_zone else {
                let mut partial = PartialDate::new();
                partial.calendar_fields = calendar_fields;
                partial.calendar = calendar;
                let d = PlainDate::from_partial(partial, Some(Overflow::Constrain)).or_throw(vm)?;
                return Ok(Some(RelativeTo::PlainDate(d)));
            };
            let partial = PartialZonedDateTime {
                fields: ZonedDateTimeFields { calendar_fields, time, offset: fields.offset },
                timezone: Some(time_zone),
                calendar,
            };
            // With no offset the wall-clock time is used (offsetBehaviour wall); with one it
            // must match exactly (offset option "reject").
            let z = ZonedDateTime::from_partial_with_provider(
                partial,
                Some(Overflow::Constrain),
                None,
                None,
                super::tz_provider(),
            )
            .or_throw(vm)?;
            Ok(Some(RelativeTo::ZonedDateTime(z)))
        }
        Value::String(s) => {
            let s = vm.rust_string(s);
            RelativeTo::try_from_str_with_provider(&s, super::tz_provider()).map(Some).or_throw(vm)
        }
        _ => Err(vm.type_error(&format!("{} is not a valid relativeTo", vm.describe(value)))),
    }
}
