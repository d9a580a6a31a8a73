//! Temporal.PlainTime (Temporal §4): a wall-clock time without a date or time zone.

use super::duration::to_temporal_duration;
use super::fields::{
    Required, field, prepare_calendar_fields, require_partial_temporal_object, to_integer_with_truncation,
};
use super::options::{
    get_difference_settings, get_options_object, get_overflow, get_rounding_options, get_to_string_rounding_options,
};
use super::{OrThrow, TemporalSlot, arg, create, def_class, def_getter, num, requires_new, slot, this_plain_time};
use crate::object::NativeCall;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use temporal_rs::options::{Overflow, ToStringRoundingOptions, UnitGroup};
use temporal_rs::{Calendar, PlainTime};

pub fn init(vm: &mut Vm, ns: ObjId) {
    let (ctor, proto) = def_class(vm, ns, "PlainTime", "%Temporal.PlainTime.prototype%", 0, construct);
    vm.def_method(ctor, "from", 1, from);
    vm.def_method(ctor, "compare", 2, compare);
    def_getter(vm, proto, "hour", |vm, cx, _| Ok(num(this(vm, cx, "hour")?.hour())));
    def_getter(vm, proto, "minute", |vm, cx, _| Ok(num(this(vm, cx, "minute")?.minute())));
    def_getter(vm, proto, "second", |vm, cx, _| Ok(num(this(vm, cx, "second")?.second())));
    def_getter(vm, proto, "millisecond", |vm, cx, _| Ok(num(this(vm, cx, "millisecond")?.millisecond())));
    def_getter(vm, proto, "microsecond", |vm, cx, _| Ok(num(this(vm, cx, "microsecond")?.microsecond())));
    def_getter(vm, proto, "nanosecond", |vm, cx, _| Ok(num(this(vm, cx, "nanosecond")?.nanosecond())));
    vm.def_method(proto, "add", 1, |vm, cx, args| add_or_subtract(vm, cx, args, false));
    vm.def_method(proto, "subtract", 1, |vm, cx, args| add_or_subtract(vm, cx, args, true));
    vm.def_method(proto, "with", 1, with);
    vm.def_method(proto, "until", 1, |vm, cx, args| difference(vm, cx, args, false));
    vm.def_method(proto, "since", 1, |vm, cx, args| difference(vm, cx, args, true));
    vm.def_method(proto, "round", 1, round);
    vm.def_method(proto, "equals", 1, equals);
    vm.def_method(proto, "toString", 0, to_string);
    vm.def_method(proto, "toLocaleString", 0, to_locale_string);
    vm.def_method(proto, "toJSON", 0, to_json);
    vm.def_method(proto, "valueOf", 0, super::value_of);
}

fn this(vm: &mut Vm, cx: &NativeCall, method: &str) -> JsResult<PlainTime> {
    this_plain_time(vm, cx.this, method)
}

fn new_time(vm: &mut Vm, t: PlainTime) -> JsResult<Value> {
    create(vm, TemporalSlot::PlainTime(t), None)
}

/// Temporal.PlainTime ( [ hour [ , minute [ , second [ , millisecond [ , microsecond [ ,
/// nanosecond ] ] ] ] ] ] ) (§4.1.1)
fn construct(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(requires_new(vm, "PlainTime"));
    };
    let mut units = [0f64; 6];
    for (i, u) in units.iter_mut().enumerate() {
        let v = arg(args, i);
        if !v.is_undefined() {
            *u = to_integer_with_truncation(vm, v)?;
        }
    }
    // IsValidTime: out-of-range values (negative ones included) are a RangeError.
    if units.iter().any(|&u| u < 0.0) {
        return Err(vm.range_error("time value out of range"));
    }
    let [h, mi, s, ms, us, ns] = units.map(|u| u.min(65535.0));
    let t = PlainTime::try_new(
        h.min(255.0) as u8,
        mi.min(255.0) as u8,
        s.min(255.0) as u8,
        ms as u16,
        us as u16,
        ns as u16,
    )
    .or_throw(vm)?;
    create(vm, TemporalSlot::PlainTime(t), Some(nt))
}

/// Temporal.PlainTime.from ( item [ , options ] ) (§4.2.2)
fn from(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let t = to_temporal_time(vm, arg(args, 0), arg(args, 1))?;
    new_time(vm, t)
}

/// Temporal.PlainTime.compare ( one, two ) (§4.2.3)
fn compare(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let one = to_temporal_time(vm, arg(args, 0), Value::Undefined)?;
    let two = to_temporal_time(vm, arg(args, 1), Value::Undefined)?;
    Ok(num(one.cmp(&two) as i8))
}

/// Temporal.PlainTime.prototype.add / subtract ( temporalDurationLike ) (§4.3.9-10):
/// AddDurationToTime.
fn add_or_subtract(vm: &mut Vm, cx: &NativeCall, args: &[Value], subtract: bool) -> JsResult<Value> {
    let t = this(vm, cx, if subtract { "subtract" } else { "add" })?;
    let d = to_temporal_duration(vm, arg(args, 0))?;
    let r = if subtract { t.subtract(&d) } else { t.add(&d) }.or_throw(vm)?;
    new_time(vm, r)
}

/// Temporal.PlainTime.prototype.with ( temporalTimeLike [ , options ] ) (§4.3.11)
fn with(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let t = this(vm, cx, "with")?;
    let bag = require_partial_temporal_object(vm, arg(args, 0))?;
    let fields = prepare_calendar_fields(vm, &Calendar::ISO, bag, field::TIME, Required::Partial)?;
    let options = get_options_object(vm, arg(args, 1))?;
    let overflow = get_overflow(vm, options)?;
    let partial = fields.partial_time(vm, overflow)?;
    let r = t.with(partial, overflow).or_throw(vm)?;
    new_time(vm, r)
}

/// Temporal.PlainTime.prototype.until / since ( other [ , options ] ) (§4.3.12-13):
/// DifferenceTemporalPlainTime.
fn difference(vm: &mut Vm, cx: &NativeCall, args: &[Value], since: bool) -> JsResult<Value> {
    let t = this(vm, cx, if since { "since" } else { "until" })?;
    let other = to_temporal_time(vm, arg(args, 0), Value::Undefined)?;
    let settings = get_difference_settings(vm, arg(args, 1), UnitGroup::Time)?;
    let d = if since { t.since(&other, settings) } else { t.until(&other, settings) }.or_throw(vm)?;
    create(vm, TemporalSlot::Duration(d), None)
}

/// Temporal.PlainTime.prototype.round ( roundTo ) (§4.3.14)
fn round(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let t = this(vm, cx, "round")?;
    let options = get_rounding_options(vm, arg(args, 0), None)?;
    let r = t.round(options).or_throw(vm)?;
    new_time(vm, r)
}

/// Temporal.PlainTime.prototype.equals ( other ) (§4.3.15)
fn equals(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let t = this(vm, cx, "equals")?;
    let other = to_temporal_time(vm, arg(args, 0), Value::Undefined)?;
    Ok(Value::Bool(t == other))
}

/// Temporal.PlainTime.prototype.toString ( [ options ] ) (§4.3.16)
fn to_string(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let t = this(vm, cx, "toString")?;
    let options = get_options_object(vm, arg(args, 0))?;
    let rounding = get_to_string_rounding_options(vm, options)?;
    let s = t.to_ixdtf_string(rounding).or_throw(vm)?;
    Ok(vm.string(&s))
}

/// Temporal.PlainTime.prototype.toLocaleString ( [ locales [ , options ] ] ) (§4.3.17): without
/// Intl, the toString form.
fn to_locale_string(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let t = this(vm, cx, "toLocaleString")?;
    let s = t.to_ixdtf_string(ToStringRoundingOptions::default()).or_throw(vm)?;
    Ok(vm.string(&s))
}

/// Temporal.PlainTime.prototype.toJSON ( ) (§4.3.18)
fn to_json(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let t = this(vm, cx, "toJSON")?;
    let s = t.to_ixdtf_string(ToStringRoundingOptions::default()).or_throw(vm)?;
    Ok(vm.string(&s))
}

/// ToTemporalTime ( item [ , options ] ) (§4.5.6): a PlainTime, the time of a PlainDateTime or
/// ZonedDateTime, a property bag (ToTemporalTimeRecord, then RegulateTime with the overflow
/// option, read after the fields) or an ISO string (options read after parsing).
pub fn to_temporal_time(vm: &mut Vm, item: Value, options: Value) -> JsResult<PlainTime> {
    if let Value::Object(o) = item {
        let own = match slot(vm, item) {
            Some(TemporalSlot::PlainTime(t)) => Some(*t),
            Some(TemporalSlot::PlainDateTime(dt)) => Some(PlainTime::from(dt.clone())),
            Some(TemporalSlot::ZonedDateTime(z)) => Some(z.to_plain_time()),
            _ => None,
        };
        if let Some(t) = own {
            let options = get_options_object(vm, options)?;
            get_overflow(vm, options)?;
            return Ok(t);
        }
        let fields = prepare_calendar_fields(vm, &Calendar::ISO, o, field::TIME, Required::Partial)?;
        let options = get_options_object(vm, options)?;
        let overflow = get_overflow(vm, options)?;
        let partial = fields.partial_time(vm, overflow)?;
        // ToTemporalTimeRecord with completeness "complete": absent fields are 0.
        let t = PlainTime::default().with(partial, Some(overflow.unwrap_or(Overflow::Constrain))).or_throw(vm)?;
        return Ok(t);
    }
    let Value::String(s) = item else {
        return Err(vm.type_error(&format!("{} is not a valid PlainTime", vm.describe(item))));
    };
    let s = vm.rust_string(s);
    let t = PlainTime::from_utf8(s.as_bytes()).or_throw(vm)?;
    let options = get_options_object(vm, options)?;
    get_overflow(vm, options)?;
    Ok(t)
}
