//! Reading Temporal options bags (Temporal §13 Abstract Operations: GetOptionsObject,
//! GetOption, GetTemporalOverflowOption, GetRoundingIncrementOption, GetTemporalUnitValuedOption,
//! GetTemporalFractionalSecondDigitsOption, GetDifferenceSettings …). Each getter reads one
//! property, converts it as the spec says and parses it with `temporal_rs`'s option types; the
//! callers call them in the spec's (alphabetical) order, which tests observe.

use super::OrThrow;
use crate::builtins::temporal::get;
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use std::str::FromStr;
use temporal_rs::options::{
    DifferenceSettings, Disambiguation, DisplayCalendar, DisplayOffset, DisplayTimeZone, OffsetDisambiguation,
    Overflow, RoundingIncrement, RoundingMode, RoundingOptions, ToStringRoundingOptions, Unit, UnitGroup,
};
use temporal_rs::parsers::Precision;

/// GetOptionsObject ( options ): undefined is an empty bag (None), an object is read, anything
/// else is a TypeError.
pub fn get_options_object(vm: &mut Vm, options: Value) -> JsResult<Option<ObjId>> {
    match options {
        Value::Undefined => Ok(None),
        Value::Object(o) => Ok(Some(o)),
        _ => Err(vm.type_error("Options must be an object or undefined")),
    }
}

/// GetOption ( options, property, string, values, default ) for a string-valued option whose
/// values a `temporal_rs` type parses: undefined is None, anything else goes through
/// ToString and must be one of the values (RangeError otherwise).
pub fn get_option<T: FromStr>(vm: &mut Vm, options: Option<ObjId>, property: &str) -> JsResult<Option<T>> {
    let Some(o) = options else { return Ok(None) };
    let value = get(vm, o, property)?;
    if value.is_undefined() {
        return Ok(None);
    }
    let s = vm.to_string(value)?;
    let s = vm.rust_string(s);
    match T::from_str(&s) {
        Ok(v) => Ok(Some(v)),
        Err(_) => Err(vm.range_error(&format!("{s} is not a valid value for {property}"))),
    }
}

/// GetTemporalOverflowOption ( options ): "constrain" (the default) or "reject".
pub fn get_overflow(vm: &mut Vm, options: Option<ObjId>) -> JsResult<Option<Overflow>> {
    get_option::<Overflow>(vm, options, "overflow")
}

/// GetTemporalDisambiguationOption ( options )
pub fn get_disambiguation(vm: &mut Vm, options: Option<ObjId>) -> JsResult<Option<Disambiguation>> {
    get_option::<Disambiguation>(vm, options, "disambiguation")
}

/// GetTemporalOffsetOption ( options, fallback )
pub fn get_offset_option(vm: &mut Vm, options: Option<ObjId>) -> JsResult<Option<OffsetDisambiguation>> {
    get_option::<OffsetDisambiguation>(vm, options, "offset")
}

/// GetRoundingModeOption ( options, fallback )
pub fn get_rounding_mode(vm: &mut Vm, options: Option<ObjId>) -> JsResult<Option<RoundingMode>> {
    get_option::<RoundingMode>(vm, options, "roundingMode")
}

/// GetTemporalShowCalendarNameOption ( options ): "calendarName".
pub fn get_display_calendar(vm: &mut Vm, options: Option<ObjId>) -> JsResult<Option<DisplayCalendar>> {
    get_option::<DisplayCalendar>(vm, options, "calendarName")
}

/// GetTemporalShowOffsetOption ( options ): "offset".
pub fn get_display_offset(vm: &mut Vm, options: Option<ObjId>) -> JsResult<Option<DisplayOffset>> {
    get_option::<DisplayOffset>(vm, options, "offset")
}

/// GetTemporalShowTimeZoneNameOption ( options ): "timeZoneName".
pub fn get_display_time_zone(vm: &mut Vm, options: Option<ObjId>) -> JsResult<Option<DisplayTimeZone>> {
    get_option::<DisplayTimeZone>(vm, options, "timeZoneName")
}

/// GetRoundingIncrementOption ( options ): an integer in 1..=10⁹ (ToIntegerWithTruncation of
/// the value; RangeError outside that range). Validation against the unit's maximum is the
/// operation's (`temporal_rs`).
pub fn get_rounding_increment(vm: &mut Vm, options: Option<ObjId>) -> JsResult<Option<RoundingIncrement>> {
    let Some(o) = options else { return Ok(None) };
    let value = get(vm, o, "roundingIncrement")?;
    if value.is_undefined() {
        return Ok(None);
    }
    let n = vm.to_number(value)?;
    if !n.is_finite() {
        return Err(vm.range_error(&format!("roundingIncrement value is out of range: {}", vm.describe(value))));
    }
    let n = n.trunc();
    if !(1.0..=1e9).contains(&n) {
        return Err(vm.range_error(&format!("roundingIncrement value is out of range: {n}")));
    }
    RoundingIncrement::try_new(n as u32).map(Some).or_throw(vm)
}

/// GetTemporalUnitValuedOption ( options, key, default ): a unit name, singular or plural, or
/// "auto"; undefined is None. Which units a caller accepts is checked with `validate_unit`.
pub fn get_unit(vm: &mut Vm, options: Option<ObjId>, key: &str) -> JsResult<Option<Unit>> {
    get_option::<Unit>(vm, options, key)
}

/// ValidateTemporalUnitValue ( value, unitGroup, extraValues ): the unit must belong to the
/// group (or be the one extra value allowed).
pub fn validate_unit(vm: &mut Vm, unit: Option<Unit>, group: UnitGroup, extra: Option<Unit>) -> JsResult<()> {
    group.validate_unit(unit, extra).or_throw(vm)
}

/// GetTemporalFractionalSecondDigitsOption ( options ): "auto" or an integer 0..=9.
pub fn get_fractional_second_digits(vm: &mut Vm, options: Option<ObjId>) -> JsResult<Precision> {
    let Some(o) = options else { return Ok(Precision::Auto) };
    let value = get(vm, o, "fractionalSecondDigits")?;
    match value {
        Value::Undefined => Ok(Precision::Auto),
        Value::Number(n) => {
            if !n.is_finite() {
                return Err(vm.range_error("fractionalSecondDigits must be 'auto' or 0 through 9"));
            }
            let digits = n.floor();
            if !(0.0..=9.0).contains(&digits) {
                return Err(vm.range_error("fractionalSecondDigits must be 'auto' or 0 through 9"));
            }
            Ok(Precision::Digit(digits as u8))
        }
        _ => {
            let s = vm.to_string(value)?;
            if vm.rust_string(s) != "auto" {
                return Err(vm.range_error("fractionalSecondDigits must be 'auto' or 0 through 9"));
            }
            Ok(Precision::Auto)
        }
    }
}

/// The options of `toString` on the types with a time: fractionalSecondDigits, roundingMode,
/// smallestUnit read in that (alphabetical) order; smallestUnit must be a time unit (and not
/// "hour": the caller's group check). Returns the options for `temporal_rs`.
pub fn get_to_string_rounding_options(vm: &mut Vm, options: Option<ObjId>) -> JsResult<ToStringRoundingOptions> {
    let precision = get_fractional_second_digits(vm, options)?;
    let rounding_mode = get_rounding_mode(vm, options)?;
    let smallest_unit = get_unit(vm, options, "smallestUnit")?;
    validate_unit(vm, smallest_unit, UnitGroup::Time, None)?;
    if smallest_unit == Some(Unit::Hour) {
        return Err(vm.range_error("smallestUnit must not be \"hour\" in toString"));
    }
    Ok(ToStringRoundingOptions { precision, smallest_unit, rounding_mode })
}

/// GetDifferenceSettings ( operation, options, unitGroup, disallowedUnits, fallbackSmallestUnit,
/// smallestLargestDefaultUnit ), reading part: largestUnit, roundingIncrement, roundingMode,
/// smallestUnit in that order, then each checked against `group`. The defaults, the largest/smallest
/// ordering and the increment's maximum are resolved by `temporal_rs`'s until/since.
pub fn get_difference_settings(vm: &mut Vm, options: Value, group: UnitGroup) -> JsResult<DifferenceSettings> {
    let options = get_options_object(vm, options)?;
    let largest_unit = get_unit(vm, options, "largestUnit")?;
    let increment = get_rounding_increment(vm, options)?;
    let rounding_mode = get_rounding_mode(vm, options)?;
    let smallest_unit = get_unit(vm, options, "smallestUnit")?;
    // All four are read before either unit is validated (tests observe the reads).
    validate_unit(vm, largest_unit, group, Some(Unit::Auto))?;
    validate_unit(vm, smallest_unit, group, None)?;
    let mut settings = DifferenceSettings::default();
    settings.largest_unit = largest_unit;
    settings.smallest_unit = smallest_unit;
    settings.rounding_mode = rounding_mode;
    settings.increment = increment;
    Ok(settings)
}

/// The `round` methods' argument: a string is the smallestUnit (a new bag
/// `{ smallestUnit: roundTo }`), undefined is a TypeError, anything else is GetOptionsObject.
/// Returns the bag to read from and the string when one was given.
pub enum RoundTo {
    Unit(Unit),
    Options(Option<ObjId>),
}

pub fn get_round_to(vm: &mut Vm, round_to: Value) -> JsResult<RoundTo> {
    match round_to {
        Value::Undefined => Err(vm.type_error("round requires an options argument")),
        Value::String(s) => {
            let text = vm.rust_string(s);
            match Unit::from_str(&text) {
                Ok(u) => Ok(RoundTo::Unit(u)),
                Err(_) => Err(vm.range_error(&format!("{text} is not a valid value for smallestUnit"))),
            }
        }
        v => Ok(RoundTo::Options(get_options_object(vm, v)?)),
    }
}

/// The rounding options of `round` on PlainTime, PlainDateTime, Instant and ZonedDateTime:
/// roundingIncrement, roundingMode, smallestUnit (required, a time unit or `extra`) in that
/// order.
pub fn get_rounding_options(vm: &mut Vm, round_to: Value, extra: Option<Unit>) -> JsResult<RoundingOptions> {
    let (increment, rounding_mode, smallest_unit) = match get_round_to(vm, round_to)? {
        RoundTo::Unit(u) => (None, None, Some(u)),
        RoundTo::Options(o) => {
            let increment = get_rounding_increment(vm, o)?;
            let rounding_mode = get_rounding_mode(vm, o)?;
            let smallest_unit = get_unit(vm, o, "smallestUnit")?;
            (increment, rounding_mode, smallest_unit)
        }
    };
    let Some(unit) = smallest_unit else {
        return Err(vm.range_error("smallestUnit is required"));
    };
    validate_unit(vm, Some(unit), UnitGroup::Time, extra)?;
    let mut options = RoundingOptions::default();
    options.largest_unit = None;
    options.smallest_unit = Some(unit);
    options.rounding_mode = rounding_mode;
    options.increment = increment;
    Ok(options)
}
