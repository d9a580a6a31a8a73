//! Temporal.Now (Temporal §2): the current instant, time zone and wall-clock readings.
//!
//! `temporal_rs`'s `Now` computes the readings from two host hooks, implemented here: the
//! clock is `std::time::SystemTime` (as Date's), the time zone the host's (the one Date's
//! local time comes from, through `jiff`).

use super::fields::to_time_zone_identifier;
use super::{OrThrow, TemporalSlot, arg, create, tz_provider};
use crate::object::NativeCall;
use crate::object::property::{CONFIGURABLE, HIDDEN, PropertyKey};
use crate::value::{ObjId, Value};
use crate::vm::{JsResult, Vm};
use temporal_rs::host::{HostClock, HostHooks, HostTimeZone};
use temporal_rs::now::Now;
use temporal_rs::provider::TimeZoneProvider;
use temporal_rs::unix_time::EpochNanoseconds;
use temporal_rs::{TemporalResult, TimeZone, UtcOffset};

pub fn init(vm: &mut Vm, ns: ObjId) {
    let now = vm.new_object();
    let tag = PropertyKey::Symbol(vm.sym.to_string_tag);
    let name = vm.string("Temporal.Now");
    vm.define_direct(now, tag, name, CONFIGURABLE);
    vm.def_value(ns, "Now", Value::Object(now), HIDDEN);
    vm.def_method(now, "timeZoneId", 0, time_zone_id);
    vm.def_method(now, "instant", 0, instant);
    vm.def_method(now, "plainDateTimeISO", 0, plain_date_time_iso);
    vm.def_method(now, "zonedDateTimeISO", 0, zoned_date_time_iso);
    vm.def_method(now, "plainDateISO", 0, plain_date_iso);
    vm.def_method(now, "plainTimeISO", 0, plain_time_iso);
}

/// The host hooks `temporal_rs`'s `Now` reads.
struct Host;

impl HostClock for Host {
    /// HostSystemUTCEpochNanoseconds ( global ) (§2.3.1): the system clock, clamped to the
    /// Instant range (nsMinInstant..=nsMaxInstant).
    fn get_host_epoch_nanoseconds(&self) -> TemporalResult<EpochNanoseconds> {
        const NS_MAX_INSTANT: i128 = 8_640_000_000_000_000_000_000;
        let ns = match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => d.as_nanos() as i128,
            Err(e) => -(e.duration().as_nanos() as i128),
        };
        Ok(EpochNanoseconds::from(ns.clamp(-NS_MAX_INSTANT, NS_MAX_INSTANT)))
    }
}

impl HostTimeZone for Host {
    /// SystemTimeZoneIdentifier ( ) (ECMA-262 §21.4.1): the host zone's IANA name, as the
    /// time-zone database knows it. A host zone without one (a POSIX `TZ` rule such as
    /// "XYZ-3") is its current UTC offset, as Date's local time sees it; UTC when even that
    /// is not whole minutes.
    fn get_host_time_zone(&self, provider: &(impl TimeZoneProvider + ?Sized)) -> TemporalResult<TimeZone> {
        let zone = jiff::tz::TimeZone::system();
        if let Some(named) =
            zone.iana_name().and_then(|name| TimeZone::try_from_identifier_str_with_provider(name, provider).ok())
        {
            return Ok(named);
        }
        let seconds = zone.to_offset(jiff::Timestamp::now()).seconds();
        Ok(match i16::try_from(seconds / 60) {
            Ok(minutes) if seconds % 60 == 0 => TimeZone::from(UtcOffset::from_minutes(minutes)),
            _ => TimeZone::utc_with_provider(provider),
        })
    }
}

impl HostHooks for Host {}

/// The time zone argument of the *ISO methods: undefined is the system zone (None),
/// anything else goes through ToTemporalTimeZoneIdentifier.
fn time_zone_arg(vm: &mut Vm, args: &[Value]) -> JsResult<Option<TimeZone>> {
    match arg(args, 0) {
        Value::Undefined => Ok(None),
        v => to_time_zone_identifier(vm, v).map(Some),
    }
}

/// Temporal.Now.timeZoneId ( ) (§2.2.1): SystemTimeZoneIdentifier.
fn time_zone_id(vm: &mut Vm, _: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let zone = Now::new(Host).time_zone_with_provider(tz_provider()).or_throw(vm)?;
    let id = zone.identifier_with_provider(tz_provider()).or_throw(vm)?;
    Ok(vm.string(&id))
}

/// Temporal.Now.instant ( ) (§2.2.2)
fn instant(vm: &mut Vm, _: &NativeCall, _: &[Value]) -> JsResult<Value> {
    let i = Now::new(Host).instant().or_throw(vm)?;
    create(vm, TemporalSlot::Instant(i), None)
}

/// Temporal.Now.plainDateTimeISO ( [ temporalTimeZoneLike ] ) (§2.2.3): SystemDateTime in
/// the ISO 8601 calendar.
fn plain_date_time_iso(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let tz = time_zone_arg(vm, args)?;
    let dt = Now::new(Host).plain_date_time_iso_with_provider(tz, tz_provider()).or_throw(vm)?;
    create(vm, TemporalSlot::PlainDateTime(dt), None)
}

/// Temporal.Now.zonedDateTimeISO ( [ temporalTimeZoneLike ] ) (§2.2.4)
fn zoned_date_time_iso(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let tz = time_zone_arg(vm, args)?;
    let z = Now::new(Host).zoned_date_time_iso_with_provider(tz, tz_provider()).or_throw(vm)?;
    create(vm, TemporalSlot::ZonedDateTime(z), None)
}

/// Temporal.Now.plainDateISO ( [ temporalTimeZoneLike ] ) (§2.2.5)
fn plain_date_iso(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let tz = time_zone_arg(vm, args)?;
    let d = Now::new(Host).plain_date_iso_with_provider(tz, tz_provider()).or_throw(vm)?;
    create(vm, TemporalSlot::PlainDate(d), None)
}

/// Temporal.Now.plainTimeISO ( [ temporalTimeZoneLike ] ) (§2.2.6)
fn plain_time_iso(vm: &mut Vm, _: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let tz = time_zone_arg(vm, args)?;
    let t = Now::new(Host).plain_time_iso_with_provider(tz, tz_provider()).or_throw(vm)?;
    create(vm, TemporalSlot::PlainTime(t), None)
}
