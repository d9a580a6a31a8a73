//! Temporal (ECMA-262 §Temporal, the proposal-temporal specification text): the `Temporal`
//! namespace and what its eight types share. The calendar arithmetic, time zones, rounding and
//! ISO 8601 parsing are `temporal_rs`'s (the crate Boa and V8 build their Temporal on); these
//! modules are the JavaScript bindings — brand checks, reading property bags and options in
//! the order the spec reads them, and creating the objects.
//!
//! Each Temporal object is an ordinary object whose kind holds the `temporal_rs` value
//! (`ObjectKind::Temporal`). Those values hold no JS values, so the collector has nothing to
//! trace inside them.
//!
//! One module per type (`duration.rs`, `instant.rs`, `plain_date.rs`, …) holds the type's
//! constructor, prototype and its `ToTemporal…` conversion; `options.rs` reads options bags,
//! `fields.rs` reads property bags (PrepareCalendarFields) and calendar / time-zone arguments.

pub mod duration;
pub mod fields;
pub mod instant;
pub mod now;
pub mod options;
pub mod plain_date;
pub mod plain_date_time;
pub mod plain_month_day;
pub mod plain_time;
pub mod plain_year_month;
pub mod zoned_date_time;

pub use super::arg;
use super::lazy_global::{self, LazyGlobal};
use crate::object::property::*;
use crate::object::{NativeFn, Object, ObjectKind};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use std::sync::OnceLock;
use temporal_rs::error::ErrorKind;
use temporal_rs::{
    Duration, Instant, PlainDate, PlainDateTime, PlainMonthDay, PlainTime, PlainYearMonth, TemporalError, ZonedDateTime,
};
use timezone_provider::tzif::FsTzdbProvider;

/// The internal slots of a Temporal object: one `temporal_rs` value per type.
#[derive(Clone, Debug)]
pub enum TemporalSlot {
    Duration(Duration),
    Instant(Instant),
    PlainDate(PlainDate),
    PlainTime(PlainTime),
    PlainDateTime(PlainDateTime),
    PlainYearMonth(PlainYearMonth),
    PlainMonthDay(PlainMonthDay),
    ZonedDateTime(ZonedDateTime),
}

impl TemporalSlot {
    /// The type's name (`Temporal.<name>`), as brand-check messages and `console.log` show it.
    pub fn type_name(&self) -> &'static str {
        match self {
            TemporalSlot::Duration(_) => "Duration",
            TemporalSlot::Instant(_) => "Instant",
            TemporalSlot::PlainDate(_) => "PlainDate",
            TemporalSlot::PlainTime(_) => "PlainTime",
            TemporalSlot::PlainDateTime(_) => "PlainDateTime",
            TemporalSlot::PlainYearMonth(_) => "PlainYearMonth",
            TemporalSlot::PlainMonthDay(_) => "PlainMonthDay",
            TemporalSlot::ZonedDateTime(_) => "ZonedDateTime",
        }
    }

    /// The intrinsic default prototype for OrdinaryCreateFromConstructor.
    fn default_prototype(&self) -> &'static str {
        match self {
            TemporalSlot::Duration(_) => "%Temporal.Duration.prototype%",
            TemporalSlot::Instant(_) => "%Temporal.Instant.prototype%",
            TemporalSlot::PlainDate(_) => "%Temporal.PlainDate.prototype%",
            TemporalSlot::PlainTime(_) => "%Temporal.PlainTime.prototype%",
            TemporalSlot::PlainDateTime(_) => "%Temporal.PlainDateTime.prototype%",
            TemporalSlot::PlainYearMonth(_) => "%Temporal.PlainYearMonth.prototype%",
            TemporalSlot::PlainMonthDay(_) => "%Temporal.PlainMonthDay.prototype%",
            TemporalSlot::ZonedDateTime(_) => "%Temporal.ZonedDateTime.prototype%",
        }
    }
}

/// The time-zone database: the system's (the one Date's local time zone comes from), read
/// through `timezone_provider`'s zoneinfo reader and cached per process.
pub fn tz_provider() -> &'static FsTzdbProvider {
    static PROVIDER: OnceLock<FsTzdbProvider> = OnceLock::new();
    PROVIDER.get_or_init(FsTzdbProvider::default)
}

/// Creates the `Temporal` namespace and its types in the running realm (the global
/// `Temporal` is a lazy global: `builtins::lazy_global`).
pub fn create_namespace(vm: &mut Vm) -> ObjId {
    let ns = vm.new_object();
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);
    let name = vm.string("Temporal");
    vm.define_direct(ns, tag, name, CONFIGURABLE);
    duration::init(vm, ns);
    instant::init(vm, ns);
    plain_date::init(vm, ns);
    plain_date_time::init(vm, ns);
    plain_month_day::init(vm, ns);
    plain_time::init(vm, ns);
    plain_year_month::init(vm, ns);
    zoned_date_time::init(vm, ns);
    now::init(vm, ns);
    ns
}

/// Creates the constructor `Temporal.<name>` and its prototype: the prototype gets
/// `[Symbol.toStringTag]` "Temporal.<name>" and is registered as the intrinsic
/// `%Temporal.<name>.prototype%`; the constructor is a property of the namespace.
/// Returns (constructor, prototype).
pub fn def_class(
    vm: &mut Vm,
    ns: ObjId,
    name: &'static str,
    proto_key: &'static str,
    length: u32,
    ctor: NativeFn,
) -> (ObjId, ObjId) {
    let op = vm.intrinsics().object_prototype;
    let proto = vm.heap.alloc_object(Object::new(Some(op), ObjectKind::Ordinary));
    vm.intrinsics_mut().extra.insert(proto_key, proto);
    let c = vm.new_constructor(name, length, ctor, proto);
    vm.def_value(ns, name, Value::Object(c), HIDDEN);
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);
    let s = vm.string(&format!("Temporal.{name}"));
    vm.define_direct(proto, tag, s, CONFIGURABLE);
    (c, proto)
}

/// Defines a getter-only accessor `name` on a prototype.
pub fn def_getter(vm: &mut Vm, proto: ObjId, name: &str, f: NativeFn) {
    let k = vm.key_str(name);
    vm.def_accessor(proto, k, name, Some(f), None);
}

/// The Temporal slots of `v`, if it is a Temporal object.
pub fn slot(vm: &Vm, v: Value) -> Option<&TemporalSlot> {
    match v {
        Value::Object(o) => match &vm.obj(o).kind {
            ObjectKind::Temporal(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// OrdinaryCreateFromConstructor(newTarget, "%Temporal.<type>.prototype%") with the slots
/// filled in: the CreateTemporal… operations after their validation (which `temporal_rs`
/// already did when it made the value). `new_target` None means the intrinsic constructor.
pub fn create(vm: &mut Vm, slot: TemporalSlot, new_target: Option<ObjId>) -> JsResult<Value> {
    let key = slot.default_prototype();
    // GetPrototypeFromConstructor, with the fallback realm's Temporal created if a script
    // has not touched it yet (Temporal is a lazy global).
    let from_constructor = match new_target {
        Some(nt) => vm.get_prototype_property(nt)?,
        None => Value::Undefined,
    };
    let proto = match (from_constructor, new_target) {
        (Value::Object(p), _) => p,
        (_, Some(nt)) => {
            let realm = vm.function_realm(nt)?;
            lazy_global::intrinsic_in(vm, realm, LazyGlobal::Temporal, key)
        }
        (_, None) => lazy_global::intrinsic_in(vm, vm.realm, LazyGlobal::Temporal, key),
    };
    let o = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Temporal(Box::new(slot))));
    Ok(Value::Object(o))
}

/// A `temporal_rs` error as the exception the spec throws (its kind picks the constructor).
pub fn throw(vm: &mut Vm, e: TemporalError) -> Value {
    let kind = e.kind();
    let message = e.into_message();
    match kind {
        ErrorKind::Type => vm.type_error(message),
        ErrorKind::Range => vm.range_error(message),
        ErrorKind::Syntax => vm.syntax_error(message),
        ErrorKind::Generic | ErrorKind::Assert => vm.error_value(crate::vm::ErrorType::Error, message),
    }
}

/// `temporal_rs` results into JS completions.
pub trait OrThrow<T> {
    fn or_throw(self, vm: &mut Vm) -> JsResult<T>;
}

impl<T> OrThrow<T> for Result<T, TemporalError> {
    #[inline]
    fn or_throw(self, vm: &mut Vm) -> JsResult<T> {
        self.map_err(|e| throw(vm, e))
    }
}

/// Defines, for one Temporal type, `fn $get(vm, v) -> Option<T>` (the value when `v` has the
/// type's slots) and `fn $this(vm, this, method) -> JsResult<T>` (RequireInternalSlot, with
/// the TypeError naming `Temporal.<Type>.prototype.<method>`).
macro_rules! brand {
    ($variant:ident, $ty:ty, $get:ident, $this:ident) => {
        #[allow(dead_code)]
        pub fn $get(vm: &Vm, v: Value) -> Option<$ty> {
            match slot(vm, v) {
                Some(TemporalSlot::$variant(x)) => Some(x.clone()),
                _ => None,
            }
        }
        #[allow(dead_code)]
        pub fn $this(vm: &mut Vm, this: Value, method: &str) -> JsResult<$ty> {
            match $get(vm, this) {
                Some(x) => Ok(x),
                None => Err(vm.incompatible_receiver(
                    &format!(concat!("Temporal.", stringify!($variant), ".prototype.{}"), method),
                    this,
                )),
            }
        }
    };
}

brand!(Duration, Duration, as_duration, this_duration);
brand!(Instant, Instant, as_instant, this_instant);
brand!(PlainDate, PlainDate, as_plain_date, this_plain_date);
brand!(PlainTime, PlainTime, as_plain_time, this_plain_time);
brand!(PlainDateTime, PlainDateTime, as_plain_date_time, this_plain_date_time);
brand!(PlainYearMonth, PlainYearMonth, as_plain_year_month, this_plain_year_month);
brand!(PlainMonthDay, PlainMonthDay, as_plain_month_day, this_plain_month_day);
brand!(ZonedDateTime, ZonedDateTime, as_zoned_date_time, this_zoned_date_time);

/// The span (in years) over which a difference in months or years of the Chinese or Korean
/// calendar is computed: `temporal_rs` counts such differences month by month (~75 µs a
/// year), so a difference across the Temporal range (546 000 years) would run for a minute;
/// beyond the calendars' astronomy (a few thousand years) it is a RangeError instead of a hang.
const LUNISOLAR_SPAN_LIMIT: i64 = 10_000;

/// Refuses a month- or year-unit difference between dates `years` apart in the Chinese and
/// Korean calendars over more than [`LUNISOLAR_SPAN_LIMIT`] years (see there). `calendar_default`
/// says whether the type's default largest unit is a calendar unit (PlainYearMonth's years).
pub fn check_lunisolar_span(
    vm: &mut Vm,
    calendar: &temporal_rs::Calendar,
    years: (i32, i32),
    settings: &temporal_rs::options::DifferenceSettings,
    calendar_default: bool,
) -> JsResult<()> {
    use temporal_rs::options::Unit;
    let by_months = calendar_unit(settings.largest_unit)
        || calendar_unit(settings.smallest_unit)
        || (calendar_default && matches!(settings.largest_unit, None | Some(Unit::Auto)));
    let span = (f64::from(years.0) - f64::from(years.1)).abs();
    check_lunisolar(vm, calendar, span, by_months)
}

/// Whether `unit` is counted in months (years and months).
pub fn calendar_unit(unit: Option<temporal_rs::options::Unit>) -> bool {
    matches!(unit, Some(temporal_rs::options::Unit::Year | temporal_rs::options::Unit::Month))
}

/// The check itself: a span of `span_years`, counted in months or not.
pub fn check_lunisolar(
    vm: &mut Vm,
    calendar: &temporal_rs::Calendar,
    span_years: f64,
    by_months: bool,
) -> JsResult<()> {
    if !matches!(calendar.identifier(), "chinese" | "dangi") {
        return Ok(());
    }
    if by_months && span_years > LUNISOLAR_SPAN_LIMIT as f64 {
        return Err(vm.range_error(&format!(
            "a difference in months or years of the {} calendar is limited to {LUNISOLAR_SPAN_LIMIT} years",
            calendar.identifier()
        )));
    }
    Ok(())
}

/// `valueOf` of every Temporal type: Temporal objects refuse to be compared with `<`.
pub fn value_of(vm: &mut Vm, _: &crate::object::NativeCall, _: &[Value]) -> JsResult<Value> {
    Err(vm.type_error(
        "Do not use built-in arithmetic operators with Temporal objects. Use compare() or equals() instead.",
    ))
}

/// The constructor's "requires new" TypeError.
pub fn requires_new(vm: &mut Vm, name: &str) -> Value {
    vm.type_error(&format!("Constructor Temporal.{name} requires 'new'"))
}

/// A number result; `temporal_rs` reports fields as integers of several widths.
pub fn num(n: impl Into<f64>) -> Value {
    Value::Number(n.into())
}

/// A property read from an object by name.
pub fn get(vm: &mut Vm, o: ObjId, name: &str) -> JsResult<Value> {
    vm.get_str(o, name)
}
