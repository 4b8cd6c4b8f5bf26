//! Go's `time.Time` (an instant, an optional monotonic reading and a location), `Month`,
//! `Weekday`, `Date`, `Unix`, and the calendar arithmetic behind them.

use super::Duration;
use super::zone::{self, LOCAL_ID, Location, UTC_ID};
use crate::value::{Ptr, Str};

/// Seconds from January 1, year 1 (Go's internal epoch, the zero `Time`) to the Unix epoch.
const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * SECONDS_PER_DAY;
const SECONDS_PER_DAY: i64 = 86_400;
const NANOS: i64 = 1_000_000_000;

/// Go's `time.Time`. The zero value (`Default`) is Go's: January 1, year 1, 00:00:00 UTC.
/// Times from [`super::now`] carry a monotonic reading (Go's `m=+…`), which `sub`, `before`,
/// `after` and `equal` use when both operands have one. A time's location (UTC, Local or a
/// fixed zone) decides how it prints and what its calendar fields are; `==` compares it too,
/// as Go's does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Time {
    /// Seconds since January 1, year 1 UTC.
    sec: i64,
    /// Nanoseconds within the second, in `[0, 1e9)`.
    nsec: i64,
    /// Monotonic nanoseconds since the process's clock epoch, if any.
    mono: Option<i64>,
    /// The location's id in `zone`'s registry (0, the zero value, is UTC).
    loc: u32,
}

/// Go's `time.Month` (`January` = 1); prints its English name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(pub i64);

/// Go's `time.Weekday` (`Sunday` = 0); prints its English name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Weekday(pub i64);

pub const JANUARY: Month = Month(1);
pub const FEBRUARY: Month = Month(2);
pub const MARCH: Month = Month(3);
pub const APRIL: Month = Month(4);
pub const MAY: Month = Month(5);
pub const JUNE: Month = Month(6);
pub const JULY: Month = Month(7);
pub const AUGUST: Month = Month(8);
pub const SEPTEMBER: Month = Month(9);
pub const OCTOBER: Month = Month(10);
pub const NOVEMBER: Month = Month(11);
pub const DECEMBER: Month = Month(12);

pub const SUNDAY: Weekday = Weekday(0);
pub const MONDAY: Weekday = Weekday(1);
pub const TUESDAY: Weekday = Weekday(2);
pub const WEDNESDAY: Weekday = Weekday(3);
pub const THURSDAY: Weekday = Weekday(4);
pub const FRIDAY: Weekday = Weekday(5);
pub const SATURDAY: Weekday = Weekday(6);

const MONTH_NAMES: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAY_NAMES: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

impl Month {
    /// Go's `m.String()`: `January`, or `%!Month(13)` out of range (as an unsigned number).
    pub fn string(&self) -> Str {
        match usize::try_from(self.0 - 1).ok().and_then(|i| MONTH_NAMES.get(i)) {
            Some(n) => Str::lit(*n),
            None => Str::from(format!("%!Month({})", self.0 as u64)),
        }
    }
}

impl Weekday {
    /// Go's `d.String()`: `Sunday`, or `%!Weekday(9)` out of range.
    pub fn string(&self) -> Str {
        match usize::try_from(self.0).ok().and_then(|i| DAY_NAMES.get(i)) {
            Some(n) => Str::lit(*n),
            None => Str::from(format!("%!Weekday({})", self.0 as u64)),
        }
    }
}

/// `(hi, lo)` with `lo` brought into `[0, base)` and the carry moved to `hi` (Go's `norm`).
fn norm(mut hi: i64, mut lo: i64, base: i64) -> (i64, i64) {
    if lo < 0 {
        let n = (-lo - 1) / base + 1;
        hi = hi.wrapping_sub(n);
        lo += n * base;
    }
    if lo >= base {
        let n = lo / base;
        hi = hi.wrapping_add(n);
        lo -= n * base;
    }
    (hi, lo)
}

/// Days from 1970-01-01 to `y-m-d` (proleptic Gregorian; Howard Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `(year, month 1-12, day)` of the day `days` after 1970-01-01 (Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Go's `time.Date(year, month, day, hour, min, sec, nsec, loc)`: the time in `loc` with that
/// wall clock; out-of-range values normalize (October 32 is November 1); a nil `loc` panics
/// like Go.
#[allow(clippy::too_many_arguments)]
pub fn date(year: i64, month: &Month, day: i64, hour: i64, min: i64, sec: i64, nsec: i64, loc: &Ptr<Location>) -> Time {
    if loc.is_nil() {
        crate::go_panic(crate::value::Any::from_value(Str::lit("time: missing Location in call to Date")))
    }
    let (year, m) = norm(year, month.0.wrapping_sub(1), 12);
    let (sec, nsec) = norm(sec, nsec, NANOS);
    let (min, sec) = norm(min, sec, 60);
    let (hour, min) = norm(hour, min, 60);
    let (day, hour) = norm(day, hour, 24);
    let days = days_from_civil(year, m + 1, 1).wrapping_add(day - 1);
    let unix = days.wrapping_mul(SECONDS_PER_DAY).wrapping_add(hour * 3600 + min * 60 + sec);
    let loc = zone::id_of(loc);
    Time { sec: unix.wrapping_sub(zone::offset_of(loc)).wrapping_add(UNIX_TO_INTERNAL), nsec, mono: None, loc }
}

/// Go's `time.Unix(sec, nsec)` (`nsec` outside `[0, 1e9)` carries into `sec`), in Local.
pub fn unix(sec: i64, nsec: i64) -> Time {
    let (sec, nsec) = norm(sec, nsec, NANOS);
    Time { sec: sec.wrapping_add(UNIX_TO_INTERNAL), nsec, mono: None, loc: LOCAL_ID }
}

/// Go's `time.UnixMilli(msec)`.
pub fn unix_milli(msec: i64) -> Time {
    unix(msec / 1_000, msec % 1_000 * 1_000_000)
}

impl Time {
    /// A time `unix_ns` nanoseconds after the Unix epoch, with a monotonic reading, in Local.
    pub(super) fn from_clock(unix_ns: i64, mono: i64) -> Time {
        let (sec, nsec) = norm(unix_ns.div_euclid(NANOS), unix_ns.rem_euclid(NANOS), NANOS);
        Time { sec: sec + UNIX_TO_INTERNAL, nsec, mono: Some(mono), loc: LOCAL_ID }
    }

    /// The same instant `secs` seconds later (Go's `addSec`, without the monotonic reading).
    pub(super) fn add_sec(&self, secs: i64) -> Time {
        Time { sec: self.sec.wrapping_add(secs), ..*self }
    }

    /// The same instant in the location with id `loc`, without the monotonic reading (Go's
    /// `setLoc`).
    pub(super) fn with_loc(&self, loc: u32) -> Time {
        Time { mono: None, loc, ..*self }
    }

    /// Go's `t.UTC()`: the same instant in UTC.
    pub fn utc(&self) -> Time {
        self.with_loc(UTC_ID)
    }

    /// Go's `t.Local()`: the same instant in Local.
    pub fn local(&self) -> Time {
        self.with_loc(LOCAL_ID)
    }

    /// Go's `t.In(loc)`: the same instant in `loc`; a nil `loc` panics like Go.
    pub fn r#in(&self, loc: &Ptr<Location>) -> Time {
        if loc.is_nil() {
            crate::go_panic(crate::value::Any::from_value(Str::lit("time: missing Location in call to Time.In")))
        }
        self.with_loc(zone::id_of(loc))
    }

    /// Go's `t.Location()` (`time.UTC` for a time in UTC, such as the zero time).
    pub fn location(&self) -> Ptr<Location> {
        zone::by_id(self.loc)
    }

    /// Go's `t.Zone()`: the zone's abbreviation and its offset east of UTC in seconds.
    pub fn zone(&self) -> (Str, i64) {
        zone::zone_of(self.loc)
    }

    /// Seconds since January 1, year 1 on the wall clock of the time's location (Go's `abs`).
    fn wall_sec(&self) -> i64 {
        self.sec.wrapping_add(zone::offset_of(self.loc))
    }

    /// Go's `t.Sub(u)`: monotonic when both have a reading; saturates at the `Duration` range.
    pub fn sub(&self, u: &Time) -> Duration {
        if let (Some(a), Some(b)) = (self.mono, u.mono) {
            return Duration(a.wrapping_sub(b));
        }
        let d = Duration(
            self.sec.wrapping_sub(u.sec).wrapping_mul(NANOS).wrapping_add(self.nsec - u.nsec),
        );
        if u.add(d).equal(self) {
            d
        } else if self.before(u) {
            Duration(i64::MIN)
        } else {
            Duration(i64::MAX)
        }
    }

    /// Go's `t.Add(d)`.
    pub fn add(&self, d: Duration) -> Time {
        let mut dsec = d.0 / NANOS;
        let mut nsec = self.nsec + d.0 % NANOS;
        if nsec >= NANOS {
            dsec += 1;
            nsec -= NANOS;
        } else if nsec < 0 {
            dsec -= 1;
            nsec += NANOS;
        }
        let mono = self.mono.and_then(|m| {
            let te = m.wrapping_add(d.0);
            // Go drops the monotonic reading when it would overflow.
            if (d.0 < 0 && te > m) || (d.0 > 0 && te < m) { None } else { Some(te) }
        });
        Time { sec: self.sec.wrapping_add(dsec), nsec, mono, loc: self.loc }
    }

    /// Go's `t.AddDate(years, months, days)`: through `Date`, so it normalizes the same way.
    pub fn add_date(&self, years: i64, months: i64, days: i64) -> Time {
        let (y, m, d) = self.civil();
        let (h, mi, s) = self.clock();
        date(y + years, &Month(m + months), d + days, h, mi, s, self.nsec, &self.location())
    }

    fn cmp_key(&self, u: &Time) -> std::cmp::Ordering {
        match (self.mono, u.mono) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => (self.sec, self.nsec).cmp(&(u.sec, u.nsec)),
        }
    }

    /// Go's `t.Before(u)`.
    pub fn before(&self, u: &Time) -> bool {
        self.cmp_key(u).is_lt()
    }
    /// Go's `t.After(u)`.
    pub fn after(&self, u: &Time) -> bool {
        self.cmp_key(u).is_gt()
    }
    /// Go's `t.Equal(u)`.
    pub fn equal(&self, u: &Time) -> bool {
        self.cmp_key(u).is_eq()
    }
    /// Go's `t.Compare(u)`: -1, 0 or +1.
    pub fn compare(&self, u: &Time) -> i64 {
        self.cmp_key(u) as i64
    }
    /// Go's `t.IsZero()`: January 1, year 1, 00:00:00 UTC.
    pub fn is_zero(&self) -> bool {
        self.sec == 0 && self.nsec == 0
    }

    /// Go's `t.Unix()`.
    pub fn unix(&self) -> i64 {
        self.sec.wrapping_sub(UNIX_TO_INTERNAL)
    }
    /// Go's `t.UnixMilli()`.
    pub fn unix_milli(&self) -> i64 {
        self.unix().wrapping_mul(1_000).wrapping_add(self.nsec / 1_000_000)
    }
    /// Go's `t.UnixMicro()`.
    pub fn unix_micro(&self) -> i64 {
        self.unix().wrapping_mul(1_000_000).wrapping_add(self.nsec / 1_000)
    }
    /// Go's `t.UnixNano()`.
    pub fn unix_nano(&self) -> i64 {
        self.unix().wrapping_mul(NANOS).wrapping_add(self.nsec)
    }

    /// Days since 1970-01-01 on the wall clock of the time's location.
    fn wall_days(&self) -> i64 {
        self.wall_sec().wrapping_sub(UNIX_TO_INTERNAL).div_euclid(SECONDS_PER_DAY)
    }
    /// `(year, month 1-12, day)` on the wall clock of the time's location.
    fn civil(&self) -> (i64, i64, i64) {
        civil_from_days(self.wall_days())
    }
    /// Go's `t.Clock()`: `(hour, minute, second)`.
    pub fn clock(&self) -> (i64, i64, i64) {
        let s = self.wall_sec().rem_euclid(SECONDS_PER_DAY);
        (s / 3600, s % 3600 / 60, s % 60)
    }

    /// Go's `t.Date()`.
    pub fn date(&self) -> (i64, Month, i64) {
        let (y, m, d) = self.civil();
        (y, Month(m), d)
    }
    /// Go's `t.Year()`.
    pub fn year(&self) -> i64 {
        self.civil().0
    }
    /// Go's `t.Month()`.
    pub fn month(&self) -> Month {
        Month(self.civil().1)
    }
    /// Go's `t.Day()`.
    pub fn day(&self) -> i64 {
        self.civil().2
    }
    /// Go's `t.Hour()`.
    pub fn hour(&self) -> i64 {
        self.clock().0
    }
    /// Go's `t.Minute()`.
    pub fn minute(&self) -> i64 {
        self.clock().1
    }
    /// Go's `t.Second()`.
    pub fn second(&self) -> i64 {
        self.clock().2
    }
    /// Go's `t.Nanosecond()`.
    pub fn nanosecond(&self) -> i64 {
        self.nsec
    }
    /// Go's `t.Weekday()` (January 1, year 1 was a Monday).
    pub fn weekday(&self) -> Weekday {
        Weekday((self.wall_sec().div_euclid(SECONDS_PER_DAY) + 1).rem_euclid(7))
    }
    /// Go's `t.YearDay()`: 1 to 366.
    pub fn year_day(&self) -> i64 {
        let (y, _, _) = self.civil();
        self.wall_days() - days_from_civil(y, 1, 1) + 1
    }

    /// Go's `t.ISOWeek()`: the ISO 8601 year and week (weeks start on Monday; the week holding
    /// the year's first Thursday is week 1), found from the Thursday of the time's week.
    pub fn iso_week(&self) -> (i64, i64) {
        let wd = self.weekday().0;
        let shift = if wd == 0 { -3 } else { 4 - wd };
        let thursday = Time { sec: self.sec + shift * SECONDS_PER_DAY, ..*self };
        (thursday.year(), (thursday.year_day() - 1) / 7 + 1)
    }

    /// Go's `t.Round(0)`: the time without its monotonic reading.
    pub fn strip_mono(&self) -> Time {
        Time { mono: None, ..*self }
    }

    /// The remainder of the time since year 1 divided by `d > 0`, in `[0, d)` (Go's `div`).
    fn rem(&self, d: Duration) -> Duration {
        let total = self.sec as i128 * NANOS as i128 + self.nsec as i128;
        Duration(total.rem_euclid(d.0 as i128) as i64)
    }

    /// Go's `t.Truncate(d)`: rounded down to a multiple of `d` since the zero time.
    pub fn truncate(&self, d: Duration) -> Time {
        let t = self.strip_mono();
        if d.0 <= 0 {
            return t;
        }
        t.add(Duration(-t.rem(d).0))
    }

    /// Go's `t.Round(d)`: the nearest multiple of `d` since the zero time (halves round up).
    pub fn round(&self, d: Duration) -> Time {
        let t = self.strip_mono();
        if d.0 <= 0 {
            return t;
        }
        let r = t.rem(d);
        if (r.0 as u64).wrapping_add(r.0 as u64) < d.0 as u64 { t.add(Duration(-r.0)) } else { t.add(Duration(d.0 - r.0)) }
    }

    /// Go's `t.Format(layout)`.
    pub fn format(&self, layout: &Str) -> Str {
        Str::from(super::format::format(self, layout.as_bytes()))
    }

    /// Go's `t.String()`: `2009-11-10 23:00:00.5 +0000 UTC`, plus ` m=+0.000000001` for a time
    /// with a monotonic reading.
    pub fn string(&self) -> Str {
        let mut out = super::format::format(self, b"2006-01-02 15:04:05.999999999 -0700 MST");
        if let Some(m) = self.mono {
            let sign = if m < 0 { '-' } else { '+' };
            let m = m.unsigned_abs();
            out.extend_from_slice(format!(" m={sign}{}.{:09}", m / 1_000_000_000, m % 1_000_000_000).as_bytes());
        }
        Str::from(out)
    }
}
