//! The string forms of dates: ToDateString and its parts (ECMA-262 §21.4.4.41), the
//! toUTCString and toISOString formats, and the en-US forms V8 gives toLocale*String.

use super::time::*;

pub const DAY_NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
pub const MONTH_NAMES: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// ToDateString (ECMA-262 §21.4.4.41.4)
pub fn to_date_string(tv: f64) -> String {
    if tv.is_nan() {
        return "Invalid Date".to_string();
    }
    let t = local_time(tv);
    format!("{} {}{}", date_string(t), time_string(t), time_zone_string(tv))
}

/// DateString (ECMA-262 §21.4.4.41.2) of a local time value.
pub fn date_string(t: f64) -> String {
    format!(
        "{} {} {:02} {}",
        DAY_NAMES[week_day(t) as usize],
        MONTH_NAMES[month_from_time(t) as usize],
        date_from_time(t) as i64,
        year_string(year_from_time(t))
    )
}

fn year_string(y: f64) -> String {
    if y < 0.0 { format!("-{:04}", (-y) as i64) } else { format!("{:04}", y as i64) }
}

/// TimeString (ECMA-262 §21.4.4.41.1)
pub fn time_string(t: f64) -> String {
    format!("{:02}:{:02}:{:02} GMT", hour_from_time(t) as i64, min_from_time(t) as i64, sec_from_time(t) as i64)
}

/// TimeZoneString (ECMA-262 §21.4.4.41.3) for the instant `tv`: "+0100 (Central European
/// Standard Time)".
pub fn time_zone_string(tv: f64) -> String {
    let offset = super::tz::offset_at_instant(tv);
    let minutes = (offset.abs() / 60_000.0) as i64;
    let sign = if offset >= 0.0 { '+' } else { '-' };
    format!("{sign}{:02}{:02} ({})", minutes / 60, minutes % 60, super::tz::zone_name(tv))
}

/// Date.prototype.toUTCString's format (ECMA-262 §21.4.4.43).
pub fn utc_string(tv: f64) -> String {
    if tv.is_nan() {
        return "Invalid Date".to_string();
    }
    format!(
        "{}, {:02} {} {} {}",
        DAY_NAMES[week_day(tv) as usize],
        date_from_time(tv) as i64,
        MONTH_NAMES[month_from_time(tv) as usize],
        year_string(year_from_time(tv)),
        time_string(tv)
    )
}

/// The Date Time String Format (ECMA-262 §21.4.1.32) of a time value; None for NaN.
pub fn iso_string(t: f64) -> Option<String> {
    if !t.is_finite() {
        return None;
    }
    let y = year_from_time(t);
    let year = if (0.0..=9999.0).contains(&y) {
        format!("{:04}", y as i64)
    } else {
        format!("{}{:06}", if y < 0.0 { '-' } else { '+' }, y.abs() as i64)
    };
    let s = format!(
        "{year}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        month_from_time(t) as i64 + 1,
        date_from_time(t) as i64,
        hour_from_time(t) as i64,
        min_from_time(t) as i64,
        sec_from_time(t) as i64,
        ms_from_time(t) as i64
    );
    Some(s)
}

/// Which parts a toLocale*String call shows.
#[derive(Clone, Copy)]
pub enum LocaleParts {
    DateAndTime,
    Date,
    Time,
}

/// toLocaleString / toLocaleDateString / toLocaleTimeString without Intl: the en-US form
/// V8 produces by default ("1/5/2020, 2:03:09 PM"), in local time.
pub fn locale_string(tv: f64, parts: LocaleParts) -> String {
    if tv.is_nan() {
        return "Invalid Date".to_string();
    }
    let t = local_time(tv);
    let y = year_from_time(t);
    // The Gregorian era year, as ICU prints it: 1 BC is year 0, 2 BC is -1.
    let era_year = if y <= 0.0 { 1.0 - y } else { y };
    let date = format!("{}/{}/{}", month_from_time(t) as i64 + 1, date_from_time(t) as i64, era_year as i64);
    let h = hour_from_time(t) as i64;
    let h12 = if h % 12 == 0 { 12 } else { h % 12 };
    let time = format!(
        "{h12}:{:02}:{:02} {}",
        min_from_time(t) as i64,
        sec_from_time(t) as i64,
        if h < 12 { "AM" } else { "PM" }
    );
    match parts {
        LocaleParts::DateAndTime => format!("{date}, {time}"),
        LocaleParts::Date => date,
        LocaleParts::Time => time,
    }
}
