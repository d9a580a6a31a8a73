//! Temporal.PlainMonthDay (Temporal §10): a day of a month in a calendar, without a year.

use super::fields::{
    Required, field, get_calendar_with_iso_default, prepare_calendar_fields, require_partial_temporal_object,
    to_integer_with_truncation,
};
use super::options::{get_display_calendar, get_options_object, get_overflow};
use super::plain_date::{constructor_calendar, iso_date_parts};
use super::{OrThrow, TemporalSlot, arg, create, def_class, def_getter, num, requires_new, slot, this_plain_month_day};
use crate::object::NativeCall;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use temporal_rs::options::{DisplayCalendar, Overflow};
use temporal_rs::partial::PartialDate;
use temporal_rs::{Calendar, PlainMonthDay};

pub fn init(vm: &mut Vm, ns: ObjId) {
    let (ctor, proto) = def_class(vm, ns, "PlainMonthDay", "%Temporal.PlainMonthDay.prototype%", 2, construct);
    vm.def_method(ctor, "from", 1, from);
    def_getter(vm, proto, "calendarId", |vm, cx, _| {
        let md = this(vm, cx, "calendarId")?;
        Ok(vm.string(md.calendar().identifier()))
    });
    def_getter(vm, proto, "monthCode", |vm, cx, _| {
        let md = this(vm, cx, "monthCode")?;
        Ok(vm.string(md.month_code().as_str()))
    });
    def_getter(vm, proto, "day", |vm, cx, _| Ok(num(this(vm, cx, "day")?.day())));
    vm.def_method(proto, "with", 1, with);
    vm.def_method(proto, "equals", 1, equals);
    vm.def_method(proto, "toString", 0, to_string);
    vm.def_method(proto, "toLocaleString", 0, to_locale_string);
    vm.def_method(proto, "toJSON", 0, to_json);
    vm.def_method(proto, "valueOf", 0, super::value_of);
    vm.def_method(proto, "toPlainDate", 1, to_plain_date);
}

fn this(vm: &mut Vm, cx: &NativeCall, method: &str) -> JsResult<PlainMonthDay> {
    this_plain_month_day(vm, cx.this, method)
}

fn new_month_day(vm: &mut Vm, md: PlainMonthDay) -> JsResult<Value> {
    create(vm, TemporalSlot::PlainMonthDay(md), None)
}

/// Temporal.PlainMonthDay ( isoMonth, isoDay [ , calendar [ , referenceISOYear ] ] ) (§10.1.1)
fn construct(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(requires_new(vm, "PlainMonthDay"));
    };
    let m = to_integer_with_truncation(vm, arg(args, 0))?;
    let d = to_integer_with_truncation(vm, arg(args, 1))?;
    let calendar = constructor_calendar(vm, arg(args, 2))?;
    let reference_year = match arg(args, 3) {
        Value::Undefined => 1972.0,
        v => to_integer_with_truncation(vm, v)?,
    };
    let (y, m, d) = iso_date_parts(vm, reference_year, m, d)?;
    let md = PlainMonthDay::new_with_overflow(m, d, calendar, Overflow::Reject, Some(y)).or_throw(vm)?;
    create(vm, TemporalSlot::PlainMonthDay(md), Some(nt))
}

/// Temporal.PlainMonthDay.from ( item [ , options ] ) (§10.2.2)
fn from(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let md = to_temporal_month_day(vm, arg(args, 0), arg(args, 1))?;
    new_month_day(vm, md)
}

/// Temporal.PlainMonthDay.prototype.with ( temporalMonthDayLike [ , options ] ) (§10.3.6)
fn with(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let md = this(vm, cx, "with")?;
    let bag = require_partial_temporal_object(vm, arg(args, 0))?;
    let fields = prepare_calendar_fields(vm, md.calendar(), bag, field::DATE, Required::Partial)?;
    let options = get_options_object(vm, arg(args, 1))?;
    let overflow = get_overflow(vm, options)?;
    let r = md.with(fields.calendar_fields(), overflow).or_throw(vm)?;
    new_month_day(vm, r)
}

/// Temporal.PlainMonthDay.prototype.equals ( other ) (§10.3.7): the reference dates and the
/// calendars.
fn equals(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let md = this(vm, cx, "equals")?;
    let other = to_temporal_month_day(vm, arg(args, 0), Value::Undefined)?;
    Ok(Value::Bool(md == other))
}

/// Temporal.PlainMonthDay.prototype.toString ( [ options ] ) (§10.3.8)
fn to_string(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let md = this(vm, cx, "toString")?;
    let options = get_options_object(vm, arg(args, 0))?;
    let show = get_display_calendar(vm, options)?.unwrap_or(DisplayCalendar::Auto);
    let s = md.to_ixdtf_string(show);
    Ok(vm.string(&s))
}

/// Temporal.PlainMonthDay.prototype.toLocaleString ( [ locales [ , options ] ] ) (§10.3.9):
/// without Intl, the toString form.
fn to_locale_string(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let md = this(vm, cx, "toLocaleString")?;
    let s = md.to_ixdtf_string(DisplayCalendar::Auto);
    Ok(vm.string(&s))
}

/// Temporal.PlainMonthDay.prototype.toJSON ( ) (§10.3.10)
fn to_json(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let md = this(vm, cx, "toJSON")?;
    let s = md.to_ixdtf_string(DisplayCalendar::Auto);
    Ok(vm.string(&s))
}

/// Temporal.PlainMonthDay.prototype.toPlainDate ( item ) (§10.3.12): the year (or era and
/// eraYear) of `item` merged into this day's fields, then CalendarDateFromFields with
/// "constrain".
fn to_plain_date(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let md = this(vm, cx, "toPlainDate")?;
    let item = arg(args, 0);
    let Value::Object(o) = item else {
        return Err(vm.type_error(&format!("{} is not an object", vm.describe(item))));
    };
    let fields = prepare_calendar_fields(vm, md.calendar(), o, field::YEAR, Required::None)?;
    let d = md.to_plain_date(Some(fields.calendar_fields())).or_throw(vm)?;
    create(vm, TemporalSlot::PlainDate(d), None)
}

/// ToTemporalMonthDay ( item [ , options ] ) (§10.5.1): a PlainMonthDay (the options still read
/// and validated), a property bag (the calendar, the fields, then the options, then
/// CalendarMonthDayFromFields) or an ISO string (parsed before the options are read).
pub fn to_temporal_month_day(vm: &mut Vm, item: Value, options: Value) -> JsResult<PlainMonthDay> {
    if let Value::Object(o) = item {
        if let Some(TemporalSlot::PlainMonthDay(md)) = slot(vm, item) {
            let md = md.clone();
            let options = get_options_object(vm, options)?;
            get_overflow(vm, options)?;
            return Ok(md);
        }
        let calendar: Calendar = get_calendar_with_iso_default(vm, o)?;
        let fields = prepare_calendar_fields(vm, &calendar, o, field::DATE, Required::None)?;
        let options = get_options_object(vm, options)?;
        let overflow = get_overflow(vm, options)?;
        let partial = PartialDate { calendar_fields: fields.calendar_fields(), calendar };
        return PlainMonthDay::from_partial(partial, overflow).or_throw(vm);
    }
    let Value::String(s) = item else {
        return Err(vm.type_error(&format!("{} is not a valid PlainMonthDay", vm.describe(item))));
    };
    let s = vm.rust_string(s);
    let md = PlainMonthDay::from_utf8(s.as_bytes()).or_throw(vm)?;
    let options = get_options_object(vm, options)?;
    get_overflow(vm, options)?;
    Ok(md)
}
