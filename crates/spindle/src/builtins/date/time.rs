//! Time values and their civil fields (ECMA-262 §21.4.1).

const MS_PER_DAY: f64 = 86_400_000.0;

/// LocalTime (§21.4.1.25)
pub fn local_time(t: f64) -> f64 {
    t + super::tz::offset_at_instant(t)
}

/// UTC (§21.4.1.26): local time value to time value.
pub fn utc(t: f64) -> f64 {
    if !t.is_finite() {
        return f64::NAN;
    }
    t - super::tz::offset_for_local(t)
}

pub fn day(t: f64) -> f64 {
    (t / MS_PER_DAY).floor()
}

pub fn time_within_day(t: f64) -> f64 {
    // + 0.0: the remainder of a negative multiple of a day is -0, the field is +0.
    t.rem_euclid(MS_PER_DAY) + 0.0
}

/// DayFromYear (§21.4.1.5)
pub fn day_from_year(y: f64) -> f64 {
    365.0 * (y - 1970.0) + ((y - 1969.0) / 4.0).floor() - ((y - 1901.0) / 100.0).floor()
        + ((y - 1601.0) / 400.0).floor()
}

pub fn days_in_year(y: f64) -> f64 {
    if y % 4.0 != 0.0 {
        365.0
    } else if y % 100.0 != 0.0 {
        366.0
    } else if y % 400.0 != 0.0 {
        365.0
    } else {
        366.0
    }
}

/// YearFromTime (§21.4.1.8)
pub fn year_from_time(t: f64) -> f64 {
    let d = day(t);
    let mut y = (d / 365.2425).floor() + 1970.0;
    while day_from_year(y) > d {
        y -= 1.0;
    }
    while day_from_year(y + 1.0) <= d {
        y += 1.0;
    }
    y
}

/// Cumulative days before each month in a common year.
pub const MONTH_START: [f64; 13] =
    [0.0, 31.0, 59.0, 90.0, 120.0, 151.0, 181.0, 212.0, 243.0, 273.0, 304.0, 334.0, 365.0];

pub fn month_start(m: usize, leap: bool) -> f64 {
    MONTH_START[m] + if leap && m >= 2 { 1.0 } else { 0.0 }
}

/// (month 0..11, day in month 1..31) for a time value (§21.4.1.11, §21.4.1.12)
pub fn month_and_date(t: f64) -> (f64, f64) {
    let y = year_from_time(t);
    let leap = days_in_year(y) == 366.0;
    let in_year = day(t) - day_from_year(y);
    let mut m = 0;
    while m < 11 && in_year >= month_start(m + 1, leap) {
        m += 1;
    }
    (m as f64, in_year - month_start(m, leap) + 1.0)
}

pub fn month_from_time(t: f64) -> f64 {
    month_and_date(t).0
}

pub fn date_from_time(t: f64) -> f64 {
    month_and_date(t).1
}

/// WeekDay (§21.4.1.13)
pub fn week_day(t: f64) -> f64 {
    (day(t) + 4.0).rem_euclid(7.0)
}

pub fn hour_from_time(t: f64) -> f64 {
    (time_within_day(t) / 3_600_000.0).floor()
}

pub fn min_from_time(t: f64) -> f64 {
    (time_within_day(t) / 60_000.0).floor() % 60.0
}

pub fn sec_from_time(t: f64) -> f64 {
    (time_within_day(t) / 1000.0).floor() % 60.0
}

pub fn ms_from_time(t: f64) -> f64 {
    time_within_day(t) % 1000.0
}

/// ToIntegerOrInfinity on an already-converted number.
pub fn integer(n: f64) -> f64 {
    if n.is_nan() { 0.0 } else { n.trunc() + 0.0 }
}

/// MakeTime (§21.4.1.27)
pub fn make_time(hour: f64, min: f64, sec: f64, ms: f64) -> f64 {
    if !(hour.is_finite() && min.is_finite() && sec.is_finite() && ms.is_finite()) {
        return f64::NAN;
    }
    integer(hour) * 3_600_000.0 + integer(min) * 60_000.0 + integer(sec) * 1000.0 + integer(ms)
}

/// MakeDay (§21.4.1.28)
pub fn make_day(year: f64, month: f64, date: f64) -> f64 {
    if !(year.is_finite() && month.is_finite() && date.is_finite()) {
        return f64::NAN;
    }
    let (y, m, dt) = (integer(year), integer(month), integer(date));
    let ym = y + (m / 12.0).floor();
    if ym.abs() > 400_000.0 {
        return f64::NAN;
    }
    let mn = m.rem_euclid(12.0) as usize;
    let leap = days_in_year(ym) == 366.0;
    day_from_year(ym) + month_start(mn, leap) + dt - 1.0
}

/// MakeFullYear (§21.4.1.30): two-digit years are 1900-based.
pub fn make_full_year(year: f64) -> f64 {
    if year.is_nan() {
        return f64::NAN;
    }
    let truncated = integer(year);
    if (0.0..=99.0).contains(&truncated) { 1900.0 + truncated } else { truncated }
}

/// MakeDate (§21.4.1.29)
pub fn make_date(day: f64, time: f64) -> f64 {
    if !(day.is_finite() && time.is_finite()) {
        return f64::NAN;
    }
    let tv = day * MS_PER_DAY + time;
    if tv.is_finite() { tv } else { f64::NAN }
}

/// TimeClip (§21.4.1.31)
pub fn time_clip(t: f64) -> f64 {
    if !t.is_finite() || t.abs() > 8.64e15 { f64::NAN } else { integer(t) }
}
