//! Reading property bags and calendar / time-zone arguments (Temporal §12 Calendars:
//! PrepareCalendarFields, CalendarExtraFields; §11 Time Zones: ToTemporalTimeZoneIdentifier;
//! §12 ToTemporalCalendarIdentifier, GetTemporalCalendarIdentifierWithISODefault;
//! §13 ToIntegerWithTruncation, ToPositiveIntegerWithTruncation, ToIntegerIfIntegral,
//! IsPartialTemporalObject).
//!
//! PrepareCalendarFields reads every field a type knows, in alphabetical order of the
//! property names, converting each as soon as it is read (tests observe the order of those
//! reads and conversions). The values are kept as read (`f64`) until the caller knows the
//! overflow option, then narrowed into `temporal_rs`'s partial records.

use super::{OrThrow, TemporalSlot, get, slot, tz_provider};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use temporal_rs::fields::CalendarFields;
use temporal_rs::options::Overflow;
use temporal_rs::partial::PartialTime;
use temporal_rs::{Calendar, MonthCode, TimeZone, TinyAsciiStr, UtcOffset};

/// ToIntegerWithTruncation ( argument ): ToNumber, RangeError for NaN and ±∞, truncated.
pub fn to_integer_with_truncation(vm: &mut Vm, v: Value) -> JsResult<f64> {
    let n = vm.to_number(v)?;
    if !n.is_finite() {
        return Err(vm.range_error(&format!("{} is not a finite number", vm.describe(v))));
    }
    Ok(n.trunc() + 0.0)
}

/// ToPositiveIntegerWithTruncation ( argument ): as above, RangeError unless > 0.
pub fn to_positive_integer_with_truncation(vm: &mut Vm, v: Value) -> JsResult<f64> {
    let n = to_integer_with_truncation(vm, v)?;
    if n <= 0.0 {
        return Err(vm.range_error(&format!("{n} must be a positive integer")));
    }
    Ok(n)
}

/// ToIntegerIfIntegral ( argument ): ToNumber, RangeError unless an integral Number.
pub fn to_integer_if_integral(vm: &mut Vm, v: Value) -> JsResult<f64> {
    let n = vm.to_number(v)?;
    if !n.is_finite() || n.trunc() != n {
        return Err(vm.range_error(&format!("{} is not an integer", vm.describe(v))));
    }
    Ok(n + 0.0)
}

/// Which fields a property bag is read for (a set of the spec's field names).
pub mod field {
    pub const YEAR: u16 = 1 << 0;
    pub const MONTH: u16 = 1 << 1;
    pub const MONTH_CODE: u16 = 1 << 2;
    pub const DAY: u16 = 1 << 3;
    /// hour, minute, second, millisecond, microsecond, nanosecond
    pub const TIME: u16 = 1 << 4;
    pub const OFFSET: u16 = 1 << 5;
    pub const TIME_ZONE: u16 = 1 << 6;
    /// year, month, monthCode, day
    pub const DATE: u16 = YEAR | MONTH | MONTH_CODE | DAY;
}

/// The fields PrepareCalendarFields read: None where the property was undefined.
#[derive(Default, Debug, Clone)]
pub struct Fields {
    pub year: Option<f64>,
    pub month: Option<f64>,
    pub month_code: Option<MonthCode>,
    pub day: Option<f64>,
    pub era: Option<TinyAsciiStr<19>>,
    pub era_year: Option<f64>,
    pub hour: Option<f64>,
    pub minute: Option<f64>,
    pub second: Option<f64>,
    pub millisecond: Option<f64>,
    pub microsecond: Option<f64>,
    pub nanosecond: Option<f64>,
    pub offset: Option<UtcOffset>,
    pub time_zone: Option<TimeZone>,
}

/// What PrepareCalendarFields requires: nothing, or (for `with`) at least one field.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Required {
    None,
    Partial,
    TimeZone,
}

/// CalendarExtraFields: calendars with eras also read `era` and `eraYear` (ISO 8601 and the
/// Chinese and Korean calendars have none).
fn calendar_has_eras(calendar: &Calendar) -> bool {
    !calendar.is_iso() && !matches!(calendar.identifier(), "chinese" | "dangi")
}

/// PrepareCalendarFields ( calendar, fields, calendarFieldNames, nonCalendarFieldNames,
/// requiredFieldNames ): reads `wanted` (plus era/eraYear for calendars with eras when the
/// year is wanted) from `bag` in alphabetical order, converting each value as read.
pub fn prepare_calendar_fields(
    vm: &mut Vm,
    calendar: &Calendar,
    bag: ObjId,
    wanted: u16,
    required: Required,
) -> JsResult<Fields> {
    use field::*;
    let eras = wanted & YEAR != 0 && calendar_has_eras(calendar);
    let mut f = Fields::default();
    let mut any = false;
    // The spec's order: day, era, eraYear, hour, microsecond, millisecond, minute, month,
    // monthCode, nanosecond, offset, second, timeZone, year.
    if wanted & DAY != 0 {
        f.day = read(vm, bag, "day", &mut any, to_positive_integer_with_truncation)?;
    }
    if eras {
        f.era = read(vm, bag, "era", &mut any, to_era)?;
        f.era_year = read(vm, bag, "eraYear", &mut any, to_integer_with_truncation)?;
    }
    let time = wanted & TIME != 0;
    if time {
        f.hour = read(vm, bag, "hour", &mut any, to_integer_with_truncation)?;
        f.microsecond = read(vm, bag, "microsecond", &mut any, to_integer_with_truncation)?;
        f.millisecond = read(vm, bag, "millisecond", &mut any, to_integer_with_truncation)?;
        f.minute = read(vm, bag, "minute", &mut any, to_integer_with_truncation)?;
    }
    if wanted & MONTH != 0 {
        f.month = read(vm, bag, "month", &mut any, to_positive_integer_with_truncation)?;
    }
    if wanted & MONTH_CODE != 0 {
        f.month_code = read(vm, bag, "monthCode", &mut any, to_month_code)?;
    }
    if time {
        f.nanosecond = read(vm, bag, "nanosecond", &mut any, to_integer_with_truncation)?;
    }
    if wanted & OFFSET != 0 {
        f.offset = read(vm, bag, "offset", &mut any, to_offset_string)?;
    }
    if time {
        f.second = read(vm, bag, "second", &mut any, to_integer_with_truncation)?;
    }
    if wanted & TIME_ZONE != 0 {
        f.time_zone = read(vm, bag, "timeZone", &mut any, to_time_zone_identifier)?;
        if required == Required::TimeZone && f.time_zone.is_none() {
            return Err(vm.type_error("timeZone is required"));
        }
    }
    if wanted & YEAR != 0 {
        f.year = read(vm, bag, "year", &mut any, to_integer_with_truncation)?;
    }
    if required == Required::Partial && !any {
        return Err(vm.type_error("The object has none of the fields this operation reads"));
    }
    Ok(f)
}

/// One Get and its conversion; notes whether the property was defined.
fn read<T>(
    vm: &mut Vm,
    bag: ObjId,
    name: &str,
    any: &mut bool,
    convert: fn(&mut Vm, Value) -> JsResult<T>,
) -> JsResult<Option<T>> {
    let v = get(vm, bag, name)?;
    if v.is_undefined() {
        return Ok(None);
    }
    *any = true;
    convert(vm, v).map(Some)
}

/// ToPrimitive(value, string) and RequireString — the first steps of ToMonthCode and
/// ToOffsetString.
fn to_primitive_string(vm: &mut Vm, v: Value, what: &str) -> JsResult<String> {
    let p = vm.to_primitive(v, crate::value::conversions::Hint::String)?;
    match p {
        Value::String(s) => Ok(vm.rust_string(s)),
        _ => Err(vm.type_error(&format!("{what} must be a string"))),
    }
}

/// ToMonthCode ( argument ): a string of the form M01…M13 with an optional "L".
fn to_month_code(vm: &mut Vm, v: Value) -> JsResult<MonthCode> {
    let s = to_primitive_string(vm, v, "monthCode")?;
    MonthCode::try_from_utf8(s.as_bytes()).or_throw(vm)
}

/// ToOffsetString ( argument ): a string that parses as a UTC offset.
fn to_offset_string(vm: &mut Vm, v: Value) -> JsResult<UtcOffset> {
    let s = to_primitive_string(vm, v, "offset")?;
    UtcOffset::from_utf8(s.as_bytes()).or_throw(vm)
}

/// The era field: ToPrimitive and RequireString, then an era name.
fn to_era(vm: &mut Vm, v: Value) -> JsResult<TinyAsciiStr<19>> {
    let s = to_primitive_string(vm, v, "era")?;
    TinyAsciiStr::try_from_str(&s).map_err(|_| vm.range_error(&format!("Invalid era: {s}")))
}

/// ToTemporalTimeZoneIdentifier ( temporalTimeZoneLike ): a ZonedDateTime's time zone, or a
/// string naming one (an identifier, an offset, or an ISO string with a time-zone part).
pub fn to_time_zone_identifier(vm: &mut Vm, v: Value) -> JsResult<TimeZone> {
    if let Some(TemporalSlot::ZonedDateTime(z)) = slot(vm, v) {
        return Ok(*z.time_zone());
    }
    let Value::String(s) = v else {
        return Err(vm.type_error(&format!("{} is not a valid time zone", vm.describe(v))));
    };
    let s = vm.rust_string(s);
    TimeZone::try_from_str_with_provider(&s, tz_provider()).or_throw(vm)
}

/// The calendar of a Temporal object that has one.
pub fn calendar_of(vm: &Vm, v: Value) -> Option<Calendar> {
    match slot(vm, v)? {
        TemporalSlot::PlainDate(d) => Some(d.calendar().clone()),
        TemporalSlot::PlainDateTime(d) => Some(d.calendar().clone()),
        TemporalSlot::PlainYearMonth(d) => Some(d.calendar().clone()),
        TemporalSlot::PlainMonthDay(d) => Some(d.calendar().clone()),
        TemporalSlot::ZonedDateTime(d) => Some(d.calendar().clone()),
        _ => None,
    }
}

/// ToTemporalCalendarIdentifier ( temporalCalendarLike ): the calendar of a Temporal object,
/// or a string that is a calendar identifier or an ISO string with a calendar annotation.
pub fn to_calendar_identifier(vm: &mut Vm, v: Value) -> JsResult<Calendar> {
    if let Some(c) = calendar_of(vm, v) {
        return Ok(c);
    }
    let Value::String(s) = v else {
        return Err(vm.type_error(&format!("{} is not a valid calendar", vm.describe(v))));
    };
    let s = vm.rust_string(s);
    s.parse::<Calendar>().or_throw(vm)
}

/// GetTemporalCalendarIdentifierWithISODefault ( item ): the object's own calendar, else its
/// `calendar` property, else ISO 8601.
pub fn get_calendar_with_iso_default(vm: &mut Vm, item: ObjId) -> JsResult<Calendar> {
    if let Some(c) = calendar_of(vm, Value::Object(item)) {
        return Ok(c);
    }
    let c = get(vm, item, "calendar")?;
    if c.is_undefined() {
        return Ok(Calendar::ISO);
    }
    to_calendar_identifier(vm, c)
}

/// IsPartialTemporalObject ( value ) as the `with` methods use it: the object, or a TypeError
/// when it is not an object, is a Temporal object, or has a `calendar` or `timeZone`.
pub fn require_partial_temporal_object(vm: &mut Vm, v: Value) -> JsResult<ObjId> {
    let Value::Object(o) = v else {
        return Err(vm.type_error(&format!("{} is not an object", vm.describe(v))));
    };
    if slot(vm, v).is_some() {
        return Err(vm.type_error("A Temporal object is not a partial object"));
    }
    if !get(vm, o, "calendar")?.is_undefined() {
        return Err(vm.type_error("calendar is not allowed in with()"));
    }
    if !get(vm, o, "timeZone")?.is_undefined() {
        return Err(vm.type_error("timeZone is not allowed in with()"));
    }
    Ok(o)
}

/// A read integer narrowed to a type `temporal_rs` takes; values beyond the type's range
/// saturate (they are out of every field's valid range, so overflow handling still sees them
/// as too large).
fn saturate<T: TryFrom<i64> + Copy>(n: f64, min: T, max: T) -> T {
    let i = n as i64; // `as` saturates at i64's bounds
    T::try_from(i).unwrap_or(if n < 0.0 { min } else { max })
}

impl Fields {
    /// The calendar part, for `temporal_rs`'s date records.
    pub fn calendar_fields(&self) -> CalendarFields {
        let mut c = CalendarFields::new();
        c.year = self.year.map(|n| saturate(n, i32::MIN, i32::MAX));
        c.month = self.month.map(|n| saturate(n, u8::MIN, u8::MAX));
        c.month_code = self.month_code;
        c.day = self.day.map(|n| saturate(n, u8::MIN, u8::MAX));
        c.era = self.era;
        c.era_year = self.era_year.map(|n| saturate(n, i32::MIN, i32::MAX));
        c
    }

    /// The time part (ToTemporalTimeRecord's result) for `temporal_rs`. A negative field is
    /// out of range: RegulateTime clamps it to 0 under "constrain" and rejects it otherwise,
    /// which is decided here because `temporal_rs`'s fields are unsigned.
    pub fn partial_time(&self, vm: &mut Vm, overflow: Option<Overflow>) -> JsResult<PartialTime> {
        let reject = overflow == Some(Overflow::Reject);
        let mut out = PartialTime::default();
        let fields: [(Option<f64>, &str); 6] = [
            (self.hour, "hour"),
            (self.minute, "minute"),
            (self.second, "second"),
            (self.millisecond, "millisecond"),
            (self.microsecond, "microsecond"),
            (self.nanosecond, "nanosecond"),
        ];
        for (i, (v, name)) in fields.into_iter().enumerate() {
            let Some(n) = v else { continue };
            if n < 0.0 && reject {
                return Err(vm.range_error(&format!("{name} is out of range: {n}")));
            }
            let n = n.max(0.0);
            match i {
                0 => out.hour = Some(saturate(n, 0, u8::MAX)),
                1 => out.minute = Some(saturate(n, 0, u8::MAX)),
                2 => out.second = Some(saturate(n, 0, u8::MAX)),
                3 => out.millisecond = Some(saturate(n, 0, u16::MAX)),
                4 => out.microsecond = Some(saturate(n, 0, u16::MAX)),
                _ => out.nanosecond = Some(saturate(n, 0, u16::MAX)),
            }
        }
        Ok(out)
    }
}
