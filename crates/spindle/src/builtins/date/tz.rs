//! The host's local time zone (ECMA-262 §21.4.1.20 GetNamedTimeZoneOffsetNanoseconds and
//! §21.4.1.21 GetNamedTimeZoneEpochNanoseconds for the system zone), through `jiff` and the
//! system tz database (`TZ`, else /etc/localtime; UTC when neither can be read).

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::{AmbiguousOffset, TimeZone};
use std::sync::OnceLock;

/// The system time zone, read once per process (as V8 does until told otherwise); None
/// for UTC, which needs no lookups.
fn system_zone() -> Option<&'static TimeZone> {
    static ZONE: OnceLock<Option<TimeZone>> = OnceLock::new();
    ZONE.get_or_init(|| {
        let zone = TimeZone::system();
        let utc = matches!(
            zone.iana_name(),
            Some("UTC" | "Etc/UTC" | "Etc/UCT" | "UCT" | "Etc/Universal" | "Universal" | "Zulu")
        );
        (!utc).then_some(zone)
    })
    .as_ref()
}

/// A time value as a jiff timestamp. jiff covers years -9999..=9999; a time value beyond
/// is moved by whole 400-year cycles (146 097 days, which keep weekdays and leap years)
/// into that range, so far-future dates follow the zone's recurring rule.
fn timestamp(t: f64) -> Timestamp {
    const CYCLE_MS: f64 = 146_097.0 * 86_400_000.0;
    let (min, max) = (Timestamp::MIN.as_millisecond() as f64, Timestamp::MAX.as_millisecond() as f64);
    let mut ms = t.floor();
    if ms > max {
        ms -= ((ms - max) / CYCLE_MS).ceil() * CYCLE_MS;
    } else if ms < min {
        ms += ((min - ms) / CYCLE_MS).ceil() * CYCLE_MS;
    }
    Timestamp::from_millisecond(ms as i64).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// The local zone's offset from UTC at instant `t` (a UTC time value), in milliseconds.
pub fn offset_at_instant(t: f64) -> f64 {
    let Some(zone) = system_zone() else { return 0.0 };
    if !t.is_finite() {
        return 0.0;
    }
    zone.to_offset(timestamp(t)).seconds() as f64 * 1000.0
}

/// The offset UTC(t) subtracts from local time value `t` (ECMA-262 §21.4.1.26): the one
/// before the transition when `t` is skipped (a gap) or repeated (a fold).
pub fn offset_for_local(t: f64) -> f64 {
    let Some(zone) = system_zone() else { return 0.0 };
    if !t.is_finite() {
        return 0.0;
    }
    let civil: DateTime = jiff::tz::Offset::UTC.to_datetime(timestamp(t));
    let offset = match zone.to_ambiguous_timestamp(civil).offset() {
        AmbiguousOffset::Unambiguous { offset } => offset,
        AmbiguousOffset::Gap { before, .. } | AmbiguousOffset::Fold { before, .. } => before,
    };
    offset.seconds() as f64 * 1000.0
}

/// The parenthesized zone name V8 prints after a date ("Coordinated Universal Time",
/// "Central European Summer Time"); without ICU, names come from the zone abbreviation for
/// the common zones, else the offset ("GMT+03:00"), which is what V8 shows for zones it
/// has no name for.
pub fn zone_name(t: f64) -> String {
    let Some(zone) = system_zone() else {
        return "Coordinated Universal Time".to_string();
    };
    let ts = timestamp(t);
    let info = zone.to_offset_info(ts);
    let long = match info.abbreviation() {
        "UTC" => "Coordinated Universal Time",
        "GMT" => "Greenwich Mean Time",
        "BST" if zone.iana_name() == Some("Europe/London") => "British Summer Time",
        "IST" if zone.iana_name() == Some("Europe/Dublin") => "Irish Standard Time",
        "IST" => "India Standard Time",
        "WET" => "Western European Standard Time",
        "WEST" => "Western European Summer Time",
        "CET" => "Central European Standard Time",
        "CEST" => "Central European Summer Time",
        "EET" => "Eastern European Standard Time",
        "EEST" => "Eastern European Summer Time",
        "MSK" => "Moscow Standard Time",
        "EST" => "Eastern Standard Time",
        "EDT" => "Eastern Daylight Time",
        "CST" if zone.iana_name().is_some_and(|n| n.starts_with("Asia/")) => "China Standard Time",
        "CST" => "Central Standard Time",
        "CDT" => "Central Daylight Time",
        "MST" => "Mountain Standard Time",
        "MDT" => "Mountain Daylight Time",
        "PST" => "Pacific Standard Time",
        "PDT" => "Pacific Daylight Time",
        "AKST" => "Alaska Standard Time",
        "AKDT" => "Alaska Daylight Time",
        "HST" => "Hawaii-Aleutian Standard Time",
        "JST" => "Japan Standard Time",
        "KST" => "Korean Standard Time",
        "AEST" => "Australian Eastern Standard Time",
        "AEDT" => "Australian Eastern Daylight Time",
        "ACST" => "Australian Central Standard Time",
        "ACDT" => "Australian Central Daylight Time",
        "AWST" => "Australian Western Standard Time",
        "NZST" => "New Zealand Standard Time",
        "NZDT" => "New Zealand Daylight Time",
        _ => {
            let secs = info.offset().seconds();
            let sign = if secs < 0 { '-' } else { '+' };
            let m = secs.unsigned_abs() / 60;
            return format!("GMT{sign}{:02}:{:02}", m / 60, m % 60);
        }
    };
    long.to_string()
}
