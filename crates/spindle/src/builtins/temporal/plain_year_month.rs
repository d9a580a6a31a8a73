//! Temporal.PlainYearMonth (Temporal §9): a month of a year in a calendar, without a day.

use super::duration::to_temporal_duration;
use super::fields::{
    Required, field, get_calendar_with_iso_default, prepare_calendar_fields, require_partial_temporal_object,
    to_integer_with_truncation,
};
use super::options::{get_difference_settings, get_display_calendar, get_options_object, get_overflow};
use super::plain_date::{constructor_calendar, iso_date_parts};
use super::{
    OrThrow, TemporalSlot, arg, create, def_class, def_getter, num, requires_new, slot, this_plain_year_month,
};
use crate::object::NativeCall;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use temporal_rs::fields::YearMonthCalendarFields;
use temporal_rs::options::{DisplayCalendar, Overflow, Unit, UnitGroup};
use temporal_rs::partial::PartialYearMonth;
use temporal_rs::{Calendar, PlainYearMonth};

pub fn init(vm: &mut Vm, ns: ObjId) {
    let (ctor, proto) = def_class(vm, ns, "PlainYearMonth", "%Temporal.PlainYearMonth.prototype%", 2, construct);
    vm.def_method(ctor, "from", 1, from);
    vm.def_method(ctor, "compare", 2, compare);
    def_getter(vm, proto, "calendarId", |vm, cx, _| {
        let ym = this(vm, cx, "calendarId")?;
        Ok(vm.string(ym.calendar().identifier()))
    });
    def_getter(vm, proto, "era", |vm, cx, _| {
        let ym = this(vm, cx, "era")?;
        Ok(match ym.era() {
            Some(e) => vm.string(e.as_str()),
            None => Value::Undefined,
        })
    });
    def_getter(vm, proto, "eraYear", |vm, cx, _| Ok(this(vm, cx, "eraYear")?.era_year().map_or(Value::Undefined, num)));
    def_getter(vm, proto, "year", |vm, cx, _| Ok(num(this(vm, cx, "year")?.year())));
    def_getter(vm, proto, "month", |vm, cx, _| Ok(num(this(vm, cx, "month")?.month())));
    def_getter(vm, proto, "monthCode", |vm, cx, _| {
        let ym = this(vm, cx, "monthCode")?;
        Ok(vm.string(ym.month_code().as_str()))
    });
    def_getter(vm, proto, "daysInYear", |vm, cx, _| Ok(num(this(vm, cx, "daysInYear")?.days_in_year())));
    def_getter(vm, proto, "daysInMonth", |vm, cx, _| Ok(num(this(vm, cx, "daysInMonth")?.days_in_month())));
    def_getter(vm, proto, "monthsInYear", |vm, cx, _| Ok(num(this(vm, cx, "monthsInYear")?.months_in_year())));
    def_getter(vm, proto, "inLeapYear", |vm, cx, _| Ok(Value::Bool(this(vm, cx, "inLeapYear")?.in_leap_year())));
    vm.def_method(proto, "with", 1, with);
    vm.def_method(proto, "add", 1, |vm, cx, args| add_or_subtract(vm, cx, args, false));
    vm.def_method(proto, "subtract", 1, |vm, cx, args| add_or_subtract(vm, cx, args, true));
    vm.def_method(proto, "until", 1, |vm, cx, args| difference(vm, cx, args, false));
    vm.def_method(proto, "since", 1, |vm, cx, args| difference(vm, cx, args, true));
    vm.def_method(proto, "equals", 1, equals);
    vm.def_method(proto, "toString", 0, to_string);
    vm.def_method(proto, "toLocaleString", 0, to_locale_string);
    vm.def_method(proto, "toJSON", 0, to_json);
    vm.def_method(proto, "valueOf", 0, super::value_of);
    vm.def_method(proto, "toPlainDate", 1, to_plain_date);
}

fn this(vm: &mut Vm, cx: &NativeCall, method: &str) -> JsResult<PlainYearMonth> {
    this_plain_year_month(vm, cx.this, method)
}

fn new_year_month(vm: &mut Vm, ym: PlainYearMonth) -> JsResult<Value> {
    create(vm, TemporalSlot::PlainYearMonth(ym), None)
}

/// Temporal.PlainYearMonth ( isoYear, isoMonth [ , calendar [ , referenceISODay ] ] ) (§9.1.1)
fn construct(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let Some(nt) = cx.new_target else {
        return Err(requires_new(vm, "PlainYearMonth"));
    };
    let y = to_integer_with_truncation(vm, arg(args, 0))?;
    let m = to_integer_with_truncation(vm, arg(args, 1))?;
    let calendar = constructor_calendar(vm, arg(args, 2))?;
    let reference_day = match arg(args, 3) {
        Value::Undefined => 1.0,
        v => to_integer_with_truncation(vm, v)?,
    };
    let (y, m, d) = iso_date_parts(vm, y, m, reference_day)?;
    let ym = PlainYearMonth::try_new(y, m, Some(d), calendar).or_throw(vm)?;
    create(vm, TemporalSlot::PlainYearMonth(ym), Some(nt))
}

/// Temporal.PlainYearMonth.from ( item [ , options ] ) (§9.2.2)
fn from(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let ym = to_temporal_year_month(vm, arg(args, 0), arg(args, 1))?;
    new_year_month(vm, ym)
}

/// Temporal.PlainYearMonth.compare ( one, two ) (§9.2.3): CompareISODate of the reference
/// dates.
fn compare(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let one = to_temporal_year_month(vm, arg(args, 0), Value::Undefined)?;
    let two = to_temporal_year_month(vm, arg(args, 1), Value::Undefined)?;
    Ok(num(one.compare_iso(&two) as i8))
}

/// Temporal.PlainYearMonth.prototype.with ( temporalYearMonthLike [ , options ] ) (§9.3.13)
fn with(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let ym = this(vm, cx, "with")?;
    let bag = require_partial_temporal_object(vm, arg(args, 0))?;
    let wanted = field::YEAR | field::MONTH | field::MONTH_CODE;
    let fields = prepare_calendar_fields(vm, ym.calendar(), bag, wanted, Required::Partial)?;
    let options = get_options_object(vm, arg(args, 1))?;
    let overflow = get_overflow(vm, options)?;
    let r = ym.with(YearMonthCalendarFields::from(fields.calendar_fields()), overflow).or_throw(vm)?;
    new_year_month(vm, r)
}

/// Temporal.PlainYearMonth.prototype.add / subtract ( temporalDurationLike [ , options ] )
/// (§9.3.14-15): AddDurationToYearMonth.
fn add_or_subtract(vm: &mut Vm, cx: &NativeCall, args: &[Value], subtract: bool) -> JsResult<Value> {
    let ym = this(vm, cx, if subtract { "subtract" } else { "add" })?;
    let duration = to_temporal_duration(vm, arg(args, 0))?;
    let options = get_options_object(vm, arg(args, 1))?;
    let overflow = get_overflow(vm, options)?.unwrap_or(Overflow::Constrain);
    let r = if subtract { ym.subtract(&duration, overflow) } else { ym.add(&duration, overflow) }.or_throw(vm)?;
    new_year_month(vm, r)
}

/// Temporal.PlainYearMonth.prototype.until / since ( other [ , options ] ) (§9.3.16-17):
/// DifferenceTemporalPlainYearMonth. The calendars are compared before the options are read.
fn difference(vm: &mut Vm, cx: &NativeCall, args: &[Value], since: bool) -> JsResult<Value> {
    let ym = this(vm, cx, if since { "since" } else { "until" })?;
    let other = to_temporal_year_month(vm, arg(args, 0), Value::Undefined)?;
    if ym.calendar() != other.calendar() {
        return Err(vm.range_error("cannot compute the difference between months of different calendars"));
    }
    // GetDifferenceSettings ( operation, options, date, « week, day », month, year ): the
    // disallowed units are rejected after all four options are read, like the group check.
    let settings = get_difference_settings(vm, arg(args, 1), UnitGroup::Date)?;
    for (unit, name) in [(settings.largest_unit, "largestUnit"), (settings.smallest_unit, "smallestUnit")] {
        if let Some(u @ (Unit::Week | Unit::Day)) = unit {
            return Err(vm.range_error(&format!("{u} is not a valid value for {name}")));
        }
    }
    super::check_lunisolar_span(vm, ym.calendar(), (ym.year(), other.year()), &settings, true)?;
    let r = if since { ym.since(&other, settings) } else { ym.until(&other, settings) }.or_throw(vm)?;
    create(vm, TemporalSlot::Duration(r), None)
}

/// Temporal.PlainYearMonth.prototype.equals ( other ) (§9.3.18)
fn equals(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let ym = this(vm, cx, "equals")?;
    let other = to_temporal_year_month(vm, arg(args, 0), Value::Undefined)?;
    Ok(Value::Bool(ym.compare_iso(&other).is_eq() && ym.calendar() == other.calendar()))
}

/// Temporal.PlainYearMonth.prototype.toString ( [ options ] ) (§9.3.19)
fn to_string(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let ym = this(vm, cx, "toString")?;
    let options = get_options_object(vm, arg(args, 0))?;
    let show = get_display_calendar(vm, options)?.unwrap_or(DisplayCalendar::Auto);
    let s = ym.to_ixdtf_string(show);
    Ok(vm.string(&s))
}

/// Temporal.PlainYearMonth.prototype.toLocaleString ( [ locales [ , options ] ] ) (§9.3.20):
/// without Intl, the toString form.
fn to_locale_string(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let ym = this(vm, cx, "toLocaleString")?;
    let s = ym.to_ixdtf_string(DisplayCalendar::Auto);
    Ok(vm.string(&s))
}

/// Temporal.PlainYearMonth.prototype.toJSON ( ) (§9.3.21)
fn to_json(vm: &mut Vm, cx: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let ym = this(vm, cx, "toJSON")?;
    let s = ym.to_ixdtf_string(DisplayCalendar::Auto);
    Ok(vm.string(&s))
}

/// Temporal.PlainYearMonth.prototype.toPlainDate ( item ) (§9.3.23): the `day` of `item`
/// merged into this month's fields, then CalendarDateFromFields with "constrain".
fn to_plain_date(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let ym = this(vm, cx, "toPlainDate")?;
    let item = arg(args, 0);
    let Value::Object(o) = item else {
        return Err(vm.type_error(&format!("{} is not an object", vm.describe(item))));
    };
    let fields = prepare_calendar_fields(vm, ym.calendar(), o, field::DAY, Required::None)?;
    let d = ym.to_plain_date(Some(fields.calendar_fields())).or_throw(vm)?;
    create(vm, TemporalSlot::PlainDate(d), None)
}

/// ToTemporalYearMonth ( item [ , options ] ) (§9.5.2): a PlainYearMonth (the options still
/// read and validated), a property bag (the calendar, the fields, then the options, then
/// CalendarYearMonthFromFields) or an ISO string (parsed before the options are read).
pub fn to_temporal_year_month(vm: &mut Vm, item: Value, options: Value) -> JsResult<PlainYearMonth> {
    if let Value::Object(o) = item {
        if let Some(TemporalSlot::PlainYearMonth(ym)) = slot(vm, item) {
            let ym = ym.clone();
            let options = get_options_object(vm, options)?;
            get_overflow(vm, options)?;
            return Ok(ym);
        }
        let calendar: Calendar = get_calendar_with_iso_default(vm, o)?;
        let wanted = field::YEAR | field::MONTH | field::MONTH_CODE;
        let fields = prepare_calendar_fields(vm, &calendar, o, wanted, Required::None)?;
        let options = get_options_object(vm, options)?;
        let overflow = get_overflow(vm, options)?;
        let partial =
            PartialYearMonth { calendar_fields: YearMonthCalendarFields::from(fields.calendar_fields()), calendar };
        return PlainYearMonth::from_partial(partial, overflow).or_throw(vm);
    }
    let Value::String(s) = item else {
        return Err(vm.type_error(&format!("{} is not a valid PlainYearMonth", vm.describe(item))));
    };
    let s = vm.rust_string(s);
    let ym = PlainYearMonth::from_utf8(s.as_bytes()).or_throw(vm)?;
    let options = get_options_object(vm, options)?;
    get_overflow(vm, options)?;
    Ok(ym)
}
