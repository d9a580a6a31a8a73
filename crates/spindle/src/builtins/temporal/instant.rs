//! Temporal.Instant (Temporal §8): an exact point in time, as nanoseconds since the epoch
//! (a BigInt within ±8.64 × 10²¹).

use super::duration::to_temporal_duration;
use super::fields::to_time_zone_identifier;
use super::options::{
    get_difference_settings, get_fractional_second_digits, get_options_object, get_rounding_mode, get_rounding_options,
    get_unit, validate_unit,
};
use super::{OrThrow, TemporalSlot, arg, create, def_class, def_getter, get, num, requires_new, slot, this_instant};
use crate::builtins::bigint::to_bigint;
use crate::object::NativeCall;
use crate::value::conversions::Hint;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use temporal_rs::Instant;
use temporal_rs::options::{ToStringRoundingOptions, Unit, UnitGroup};

pub fn init(vm: &mut Vm, ns: ObjId) {
    let (ctor, proto) = def_class(vm, ns, "Instant", "%Temporal.Instant.prototype%", 1, construct);
    vm.def_method(ctor, "from", 1, from);
    vm.def_method(ctor, "fromEpochMilliseconds", 1, from_epoch_milliseconds);
    vm.def_method(ctor, "fromEpochNanoseconds", 1, from_epoch_nanoseconds);
    vm.def_method(ctor, "compare", 2, compare);
    def_getter(vm, proto, "epochMilliseconds", |vm, cx, _| {
        Ok(num(this(vm, cx, "epochMilliseconds")?.epoch_milliseconds() as f64))
    });
    def_getter(vm, proto, "epochNanoseconds", |vm, cx, _| {
        let i = this(vm, cx, "epochNanoseconds")?;
        Ok(vm.bigint_value(BigInt::from(i.as_i128())))
    });
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
    vm.def_method(proto, "toZonedDateTimeISO", 1, to_zoned_date_time_iso);
}

fn this(vm: &mut Vm, cx: &NativeCall, method: &str) -> JsResult<Instant> {
    this_instant(vm, cx.this, method)
}

fn new_instant(vm: &mut Vm, i: Instant) -> JsResult<Value> {
    create(vm, TemporalSlot::Instant(i), None)
}

/// ToBigInt, then IsValidEpochNanoseconds (a RangeError outside ±8.64 × 10²¹).
fn to_epoch_nanoseconds(vm: &mut Vm, v: Value) -> JsResult<Instant> {
    let Value::BigInt(b) = to_bigint(vm, v)? else {
        return Err(vm.type_error("Cannot convert the value to a BigInt"));
    };
    match vm.heap.bigint(b).to_i128() {
        Some(ns) => Instant::try_new(ns).or_throw(vm),
        None => Err(vm.range_error("epochNanoseconds is outside the supported range")),
    }
}

/// Temporal.Instant ( epochNanoseconds ) (§8.1.1)
fn construct(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(requires_new(vm, "Instant"));
    };
    let i = to_epoch_nanoseconds(vm, arg(args, 0))?;
    create(vm, TemporalSlot::Instant(i), Some(nt))
}

/// Temporal.Instant.from ( item ) (§8.2.2)
fn from(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let i = to_temporal_instant(vm, arg(args, 0))?;
    new_instant(vm, i)
}

/// Temporal.Instant.fromEpochMilliseconds ( epochMilliseconds ) (§8.2.3): ToNumber, then
/// NumberToBigInt (a RangeError for non-integers), then the range check.
fn from_epoch_milliseconds(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let ms = vm.to_number(arg(args, 0))?;
    if !ms.is_finite() || ms.trunc() != ms {
        return Err(vm.range_error(&format!("{} is not an integer number of milliseconds", vm.describe(arg(args, 0)))));
    }
    // Beyond ±8.64 × 10¹⁵ ms the instant is out of range; checking first keeps the cast exact.
    if ms.abs() > 8.64e15 {
        return Err(vm.range_error("epochMilliseconds is outside the supported range"));
    }
    let i = Instant::from_epoch_milliseconds(ms as i64).or_throw(vm)?;
    new_instant(vm, i)
}

/// Temporal.Instant.fromEpochNanoseconds ( epochNanoseconds ) (§8.2.4)
fn from_epoch_nanoseconds(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let i = to_epoch_nanoseconds(vm, arg(args, 0))?;
    new_instant(vm, i)
}

/// Temporal.Instant.compare ( one, two ) (§8.2.5)
fn compare(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let one = to_temporal_instant(vm, arg(args, 0))?;
    let two = to_temporal_instant(vm, arg(args, 1))?;
    Ok(num(one.cmp(&two) as i8))
}

/// Temporal.Instant.prototype.add / subtract ( temporalDurationLike ) (§8.3.5-6):
/// AddDurationToInstant (date units are a RangeError, `temporal_rs`'s check).
fn add_or_subtract(vm: &mut Vm, cx: &NativeCall, args: &[Value], subtract: bool) -> JsResult<Value> {
    let i = this(vm, cx, if subtract { "subtract" } else { "add" })?;
    let d = to_temporal_duration(vm, arg(args, 0))?;
    let r = if subtract { i.subtract(&d) } else { i.add(&d) }.or_throw(vm)?;
    new_instant(vm, r)
}

/// Temporal.Instant.prototype.until / since ( other [ , options ] ) (§8.3.7-8):
/// DifferenceTemporalInstant.
fn difference(vm: &mut Vm, cx: &NativeCall, args: &[Value], since: bool) -> JsResult<Value> {
    let i = this(vm, cx, if since { "since" } else { "until" })?;
    let other = to_temporal_instant(vm, arg(args, 0))?;
    let settings = get_difference_settings(vm, arg(args, 1), UnitGroup::Time)?;
    let d = if since { i.since(&other, settings) } else { i.until(&other, settings) }.or_throw(vm)?;
    create(vm, TemporalSlot::Duration(d), None)
}

/// Temporal.Instant.prototype.round ( roundTo ) (§8.3.9): the increment must divide a day
/// evenly (`temporal_rs`'s check).
fn round(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let i = this(vm, cx, "round")?;
    let options = get_rounding_options(vm, arg(args, 0), None)?;
    let r = i.round(options).or_throw(vm)?;
    new_instant(vm, r)
}

/// Temporal.Instant.prototype.equals ( other ) (§8.3.10)
fn equals(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let i = this(vm, cx, "equals")?;
    let other = to_temporal_instant(vm, arg(args, 0))?;
    Ok(Value::Bool(i == other))
}

/// Temporal.Instant.prototype.toString ( [ options ] ) (§8.3.11): fractionalSecondDigits,
/// roundingMode, smallestUnit and timeZone are all read before smallestUnit is validated
/// and the time zone converted.
fn to_string(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let i = this(vm, cx, "toString")?;
    let options = get_options_object(vm, arg(args, 0))?;
    let precision = get_fractional_second_digits(vm, options)?;
    let rounding_mode = get_rounding_mode(vm, options)?;
    let smallest_unit = get_unit(vm, options, "smallestUnit")?;
    let time_zone = match options {
        Some(o) => get(vm, o, "timeZone")?,
        None => Value::Undefined,
    };
    validate_unit(vm, smallest_unit, UnitGroup::Time, None)?;
    if smallest_unit == Some(Unit::Hour) {
        return Err(vm.range_error("smallestUnit must not be \"hour\" in toString"));
    }
    let time_zone = match time_zone {
        Value::Undefined => None,
        v => Some(to_time_zone_identifier(vm, v)?),
    };
    let rounding = ToStringRoundingOptions { precision, smallest_unit, rounding_mode };
    let s = i.to_ixdtf_string_with_provider(time_zone, rounding, super::tz_provider()).or_throw(vm)?;
    Ok(vm.string(&s))
}

/// Temporal.Instant.prototype.toLocaleString ( [ locales [ , options ] ] ) (§8.3.12): without
/// Intl, the toString form.
fn to_locale_string(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let i = this(vm, cx, "toLocaleString")?;
    default_string(vm, i)
}

/// Temporal.Instant.prototype.toJSON ( ) (§8.3.13)
fn to_json(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let i = this(vm, cx, "toJSON")?;
    default_string(vm, i)
}

/// TemporalInstantToString ( instant, undefined, auto )
fn default_string(vm: &mut Vm, i: Instant) -> JsResult<Value> {
    let s =
        i.to_ixdtf_string_with_provider(None, ToStringRoundingOptions::default(), super::tz_provider()).or_throw(vm)?;
    Ok(vm.string(&s))
}

/// Temporal.Instant.prototype.toZonedDateTimeISO ( timeZone ) (§8.3.15)
fn to_zoned_date_time_iso(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let i = this(vm, cx, "toZonedDateTimeISO")?;
    let tz = to_time_zone_identifier(vm, arg(args, 0))?;
    let z = i.to_zoned_date_time_iso_with_provider(tz, super::tz_provider()).or_throw(vm)?;
    create(vm, TemporalSlot::ZonedDateTime(z), None)
}

/// ToTemporalInstant ( item ) (§8.5.2): an Instant, a ZonedDateTime's instant, or
/// ToPrimitive(item, string) which must be an ISO 8601 string with an offset or Z.
pub fn to_temporal_instant(vm: &mut Vm, item: Value) -> JsResult<Instant> {
    let mut item = item;
    if let Value::Object(_) = item {
        match slot(vm, item) {
            Some(TemporalSlot::Instant(i)) => return Ok(*i),
            Some(TemporalSlot::ZonedDateTime(z)) => return Ok(z.to_instant()),
            _ => {}
        }
        item = vm.to_primitive(item, Hint::String)?;
    }
    let Value::String(s) = item else {
        return Err(vm.type_error(&format!("{} is not a valid Instant", vm.describe(item))));
    };
    let s = vm.rust_string(s);
    Instant::from_utf8(s.as_bytes()).or_throw(vm)
}
