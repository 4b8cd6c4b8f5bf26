//! Go's `time.Parse`/`ParseInLocation`: a port of `time/format.go`'s `parse` over the layout
//! scanner `Format` uses (`format::next_std_chunk`), with Go's `*time.ParseError` and its texts.

use super::date::{Month, Time, date};
use super::duration::{leading_int, quote};
use super::format::{Std, next_std_chunk};
use super::zone::{self, Location};
use crate::value::{Ptr, Str};

/// Go's `time.ParseError`; `Parse` returns it as a `*ParseError` (`Ptr<ParseError>`), so
/// `errors.As(err, &pe)` finds it.
#[derive(Clone, Debug, Default, PartialEq)]
#[allow(non_snake_case)]
pub struct ParseError {
    /// The layout given to `Parse`.
    pub Layout: Str,
    /// The value given to `Parse`.
    pub Value: Str,
    /// The layout element that failed (empty for range and extra-text errors).
    pub LayoutElem: Str,
    /// The rest of the value where parsing failed.
    pub ValueElem: Str,
    /// A message such as `: month out of range`, or empty for a mismatch.
    pub Message: Str,
}
crate::go_struct!(ParseError = "time.ParseError" { Layout: Str, Value: Str, LayoutElem: Str, ValueElem: Str, Message: Str } ptr_methods(Error));

#[allow(non_snake_case)]
impl ParseError {
    /// `(*ParseError).Error` (pointer-receiver method, for `error` values).
    pub fn Error(this: &Ptr<ParseError>) -> Str {
        this.with(|e| e.error())
    }

    /// Go's `e.Error()`: `parsing time "x" as "2006": cannot parse "x" as "2006"`, or
    /// `parsing time "x"` followed by the message.
    pub fn error(&self) -> Str {
        let mut b = b"parsing time ".to_vec();
        b.extend_from_slice(&quote(self.Value.as_bytes()));
        if self.Message.is_empty() {
            b.extend_from_slice(b" as ");
            b.extend_from_slice(&quote(self.Layout.as_bytes()));
            b.extend_from_slice(b": cannot parse ");
            b.extend_from_slice(&quote(self.ValueElem.as_bytes()));
            b.extend_from_slice(b" as ");
            b.extend_from_slice(&quote(self.LayoutElem.as_bytes()));
        } else {
            b.extend_from_slice(self.Message.as_bytes());
        }
        Str::from_vec(b)
    }
}

fn parse_error(layout: &[u8], value: &[u8], layout_elem: &[u8], value_elem: &[u8], message: &[u8]) -> ParseError {
    ParseError {
        Layout: Str::from_bytes(layout),
        Value: Str::from_bytes(value),
        LayoutElem: Str::from_bytes(layout_elem),
        ValueElem: Str::from_bytes(value_elem),
        Message: Str::from_bytes(message),
    }
}

/// Go's `parse(layout, value, defaultLocation, local)`; `local` is a registry id.
pub(super) fn parse(alayout: &[u8], avalue: &[u8], default_loc: &Ptr<Location>, local: u32) -> Result<Time, ParseError> {
    let (mut layout, mut value) = (alayout, avalue);
    // Set when a value is out of range.
    let mut range_err: &str = "";
    let (mut am_set, mut pm_set) = (false, false);
    let (mut year, mut month, mut day, mut yday) = (0i64, -1i64, -1i64, -1i64);
    let (mut hour, mut min, mut sec, mut nsec) = (0i64, 0i64, 0i64, 0i64);
    // Set by `Z` or `UTC` in the value: the time is in UTC.
    let mut in_utc = false;
    let mut zone_offset: i64 = -1;
    let mut zone_name: &[u8] = b"";

    loop {
        let (prefix, std, suffix) = next_std_chunk(layout);
        let stdstr = &layout[prefix.len()..layout.len() - suffix.len()];
        value = match skip(value, prefix) {
            Ok(v) => v,
            Err(v) => return Err(parse_error(alayout, avalue, prefix, v, b"")),
        };
        let Some(std) = std else {
            if !value.is_empty() {
                let mut msg = b": extra text: ".to_vec();
                msg.extend_from_slice(&quote(value));
                return Err(parse_error(alayout, avalue, b"", value, &msg));
            }
            break;
        };
        layout = suffix;
        let hold = value;
        // Go's `err != nil`: the element does not match.
        let mut bad = false;
        match std {
            Std::Year => {
                if value.len() < 2 {
                    bad = true;
                } else {
                    let p;
                    (p, value) = value.split_at(2);
                    match atoi(p) {
                        Some(y) => year = if y >= 69 { y + 1900 } else { y + 2000 },
                        None => bad = true,
                    }
                }
            }
            Std::LongYear => {
                if value.len() < 4 || !is_digit(value, 0) {
                    bad = true;
                } else {
                    let p;
                    (p, value) = value.split_at(4);
                    match atoi(p) {
                        Some(y) => year = y,
                        None => bad = true,
                    }
                }
            }
            Std::Month | Std::LongMonth => {
                let long = std == Std::LongMonth;
                match lookup(12, |i| month_name(i, long), value) {
                    Some((i, rest)) => (month, value) = (i + 1, rest),
                    None => bad = true,
                }
            }
            // The weekday is checked for syntax only.
            Std::WeekDay | Std::LongWeekDay => {
                let long = std == Std::LongWeekDay;
                match lookup(7, |i| day_name(i, long), value) {
                    Some((_, rest)) => value = rest,
                    None => bad = true,
                }
            }
            Std::Day | Std::UnderDay | Std::ZeroDay => {
                if std == Std::UnderDay && value.first() == Some(&b' ') {
                    value = &value[1..];
                }
                // Any one- or two-digit day; the date is validated once parsing is done.
                match getnum(value, std == Std::ZeroDay) {
                    Some((d, rest)) => (day, value) = (d, rest),
                    None => bad = true,
                }
            }
            Std::UnderYearDay | Std::ZeroYearDay => {
                for _ in 0..2 {
                    if std == Std::UnderYearDay && value.first() == Some(&b' ') {
                        value = &value[1..];
                    }
                }
                match getnum3(value, std == Std::ZeroYearDay) {
                    Some((d, rest)) => (yday, value) = (d, rest),
                    None => bad = true,
                }
            }
            // One- or two-digit fields with a range; the day is validated once parsing is done.
            Std::NumMonth | Std::ZeroMonth | Std::Hour | Std::Hour12 | Std::ZeroHour12 | Std::Minute | Std::ZeroMinute => {
                let (slot, range, what) = match std {
                    Std::NumMonth | Std::ZeroMonth => (&mut month, 1..=12, "month"),
                    Std::Hour => (&mut hour, 0..=23, "hour"),
                    Std::Hour12 | Std::ZeroHour12 => (&mut hour, 0..=12, "hour"),
                    _ => (&mut min, 0..=59, "minute"),
                };
                match getnum(value, matches!(std, Std::ZeroMonth | Std::ZeroHour12 | Std::ZeroMinute)) {
                    Some((n, rest)) => {
                        (*slot, value) = (n, rest);
                        if !range.contains(&n) {
                            range_err = what;
                        }
                    }
                    None => bad = true,
                }
            }
            Std::Second | Std::ZeroSecond => match getnum(value, std == Std::ZeroSecond) {
                None => bad = true,
                Some((s, rest)) => {
                    (sec, value) = (s, rest);
                    if sec >= 60 {
                        range_err = "second";
                    } else if value.len() >= 2 && comma_or_period(value[0]) && is_digit(value, 1) {
                        // A fractional second in the value: read here unless the layout has
                        // one next.
                        let (_, next, _) = next_std_chunk(layout);
                        if !matches!(next, Some(Std::FracSecond0(..) | Std::FracSecond9(..))) {
                            let mut n = 2;
                            while is_digit(value, n) {
                                n += 1;
                            }
                            match parse_nanoseconds(value, n) {
                                Ok(ns) => nsec = ns,
                                Err(Some(r)) => range_err = r,
                                Err(None) => bad = true,
                            }
                            value = &value[n..];
                        }
                    }
                }
            },
            Std::PM | Std::Pm => {
                if value.len() < 2 {
                    bad = true;
                } else {
                    let p;
                    (p, value) = value.split_at(2);
                    let (pm, am): (&[u8], &[u8]) = if std == Std::PM { (b"PM", b"AM") } else { (b"pm", b"am") };
                    if p == pm {
                        pm_set = true;
                    } else if p == am {
                        am_set = true;
                    } else {
                        bad = true;
                    }
                }
            }
            Std::ISO8601TZ | Std::ISO8601ShortTZ | Std::ISO8601ColonTZ | Std::ISO8601SecondsTZ | Std::ISO8601ColonSecondsTZ
                if value.first() == Some(&b'Z') =>
            {
                value = &value[1..];
                in_utc = true;
            }
            Std::ISO8601TZ
            | Std::ISO8601ShortTZ
            | Std::ISO8601ColonTZ
            | Std::ISO8601SecondsTZ
            | Std::ISO8601ColonSecondsTZ
            | Std::NumTZ
            | Std::NumShortTZ
            | Std::NumColonTZ
            | Std::NumSecondsTz
            | Std::NumColonSecondsTZ => match numeric_zone(std, value) {
                None => bad = true,
                Some((sign, hh, mm, ss, rest)) => {
                    value = rest;
                    // Go reads each field only if the ones before it parsed; a bad one is 0.
                    let hr = getnum(hh, true);
                    let m = hr.and(getnum(mm, true));
                    let s = m.and(getnum(ss, true));
                    bad = s.is_none();
                    let (hr, m, s) = (hr.map_or(0, |v| v.0), m.map_or(0, |v| v.0), s.map_or(0, |v| v.0));
                    // `>` rather than `>=`: offsets of 24 hours or 60 minutes are written.
                    if hr > 24 {
                        range_err = "time zone offset hour";
                    }
                    if m > 60 {
                        range_err = "time zone offset minute";
                    }
                    if s > 60 {
                        range_err = "time zone offset second";
                    }
                    zone_offset = (hr * 60 + m) * 60 + s;
                    match sign {
                        b'+' => {}
                        b'-' => zone_offset = -zone_offset,
                        _ => bad = true,
                    }
                }
            },
            Std::TZ => {
                if value.starts_with(b"UTC") {
                    in_utc = true;
                    value = &value[3..];
                } else {
                    match parse_time_zone(value) {
                        Some(n) => (zone_name, value) = value.split_at(n),
                        None => bad = true,
                    }
                }
            }
            // The exact number of digits the layout has.
            Std::FracSecond0(digits, _) => {
                let n = 1 + digits;
                if value.len() < n {
                    bad = true;
                } else {
                    match parse_nanoseconds(value, n) {
                        Ok(ns) => nsec = ns,
                        Err(Some(r)) => range_err = r,
                        Err(None) => bad = true,
                    }
                    value = &value[n..];
                }
            }
            Std::FracSecond9(..) => {
                // Omitted unless a separator and a digit follow; then any number of digits,
                // even more than the layout has, as the seconds element would take.
                if value.len() >= 2 && comma_or_period(value[0]) && value[1].is_ascii_digit() {
                    let mut i = 0;
                    while i + 1 < value.len() && value[i + 1].is_ascii_digit() {
                        i += 1;
                    }
                    match parse_nanoseconds(value, 1 + i) {
                        Ok(ns) => nsec = ns,
                        Err(Some(r)) => range_err = r,
                        Err(None) => bad = true,
                    }
                    value = &value[1 + i..];
                }
            }
        }
        if !range_err.is_empty() {
            let msg = format!(": {range_err} out of range");
            return Err(parse_error(alayout, avalue, stdstr, value, msg.as_bytes()));
        }
        if bad {
            return Err(parse_error(alayout, avalue, stdstr, hold, b""));
        }
    }
    if pm_set && hour < 12 {
        hour += 12;
    } else if am_set && hour == 12 {
        hour = 0;
    }

    // The day of the year gives the month and day.
    if yday >= 0 {
        let (mut d, mut m) = (0, 0);
        if is_leap(year) {
            if yday == 31 + 29 {
                m = 2;
                d = 29;
            } else if yday > 31 + 29 {
                yday -= 1;
            }
        }
        if !(1..=365).contains(&yday) {
            return Err(parse_error(alayout, avalue, b"", value, b": day-of-year out of range"));
        }
        if m == 0 {
            m = (yday - 1) / 31 + 1;
            if days_before(m + 1) < yday {
                m += 1;
            }
            d = yday - days_before(m);
        }
        // A month or day already read must agree.
        if month >= 0 && month != m {
            return Err(parse_error(alayout, avalue, b"", value, b": day-of-year does not match month"));
        }
        month = m;
        if day >= 0 && day != d {
            return Err(parse_error(alayout, avalue, b"", value, b": day-of-year does not match day"));
        }
        day = d;
    } else {
        if month < 0 {
            month = 1;
        }
        if day < 0 {
            day = 1;
        }
    }

    if day < 1 || day > days_in(month, year) {
        return Err(parse_error(alayout, avalue, b"", value, b": day out of range"));
    }

    let wall = |loc: &Ptr<Location>| date(year, &Month(month), day, hour, min, sec, nsec, loc);
    if in_utc {
        return Ok(wall(&zone::utc()));
    }
    if zone_offset != -1 {
        let t = wall(&zone::utc()).add_sec(-zone_offset);
        // The local location, if its zone has this offset (and name, if one was given).
        let (name, offset) = zone::zone_of(local);
        if offset == zone_offset && (zone_name.is_empty() || name.as_bytes() == zone_name) {
            return Ok(t.with_loc(local));
        }
        return Ok(t.with_loc(zone::id_of(&zone::fixed_zone(&Str::from_bytes(zone_name), zone_offset))));
    }
    if !zone_name.is_empty() {
        let t = wall(&zone::utc());
        if let Some(offset) = zone::lookup_name(local, zone_name) {
            return Ok(t.add_sec(-offset).with_loc(local));
        }
        // An unknown zone: offset 0 (the instant is off by the zone's real offset), except that
        // `GMT+h` has its hours.
        let offset = match zone_name.strip_prefix(b"GMT") {
            Some(h) if !h.is_empty() => atoi(h).unwrap_or(0) * 3600,
            _ => 0,
        };
        return Ok(t.with_loc(zone::id_of(&zone::fixed_zone(&Str::from_bytes(zone_name), offset))));
    }
    Ok(wall(default_loc))
}

/// Go's `skip`: `value` after `prefix`, a run of spaces in `prefix` matching any run (at least
/// one) in `value`; on a mismatch, `Err` of the value where it failed.
fn skip<'a>(mut value: &'a [u8], mut prefix: &[u8]) -> Result<&'a [u8], &'a [u8]> {
    while let Some(&p) = prefix.first() {
        if p == b' ' {
            if value.first().is_some_and(|&c| c != b' ') {
                return Err(value);
            }
            prefix = cut_space(prefix);
            value = cut_space(value);
            continue;
        }
        if value.first() != Some(&p) {
            return Err(value);
        }
        prefix = &prefix[1..];
        value = &value[1..];
    }
    Ok(value)
}

fn cut_space(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|&&c| c == b' ').count();
    &s[n..]
}

fn is_digit(s: &[u8], i: usize) -> bool {
    s.get(i).is_some_and(u8::is_ascii_digit)
}

fn comma_or_period(c: u8) -> bool {
    c == b'.' || c == b','
}

/// Go's `getnum`: one or two digits (exactly two when `fixed`).
fn getnum(s: &[u8], fixed: bool) -> Option<(i64, &[u8])> {
    if !is_digit(s, 0) {
        return None;
    }
    if !is_digit(s, 1) {
        return if fixed { None } else { Some(((s[0] - b'0') as i64, &s[1..])) };
    }
    Some((((s[0] - b'0') * 10 + (s[1] - b'0')) as i64, &s[2..]))
}

/// Go's `getnum3`: one to three digits (exactly three when `fixed`).
fn getnum3(s: &[u8], fixed: bool) -> Option<(i64, &[u8])> {
    let mut n = 0;
    let mut i = 0;
    while i < 3 && is_digit(s, i) {
        n = n * 10 + (s[i] - b'0') as i64;
        i += 1;
    }
    if i == 0 || (fixed && i != 3) {
        return None;
    }
    Some((n, &s[i..]))
}

/// Go's `atoi`: an optionally signed decimal that must use all of `s` (`""` is 0).
fn atoi(s: &[u8]) -> Option<i64> {
    let (neg, s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (q, rem) = leading_int(s)?;
    if !rem.is_empty() {
        return None;
    }
    let x = q as i64;
    Some(if neg { x.wrapping_neg() } else { x })
}

/// Go's `parseNanoseconds`: `value[0]` is the separator, `value[1..n]` the digits (at most
/// nine count). `Err(Some(what))` is a range error, `Err(None)` a mismatch.
fn parse_nanoseconds(value: &[u8], n: usize) -> Result<i64, Option<&'static str>> {
    if !comma_or_period(value[0]) {
        return Err(None);
    }
    let n = n.min(10);
    let ns = atoi(&value[1..n]).ok_or(None)?;
    if ns < 0 {
        return Err(Some("fractional second"));
    }
    Ok(ns * 10i64.pow((10 - n) as u32))
}

/// The sign and the hour, minute and second fields of a numeric zone element, and the rest of
/// the value; `None` when the value is too short or lacks a colon.
#[allow(clippy::type_complexity)]
fn numeric_zone(std: Std, v: &[u8]) -> Option<(u8, &[u8], &[u8], &[u8], &[u8])> {
    let need = match std {
        Std::ISO8601ColonTZ | Std::NumColonTZ => 6,
        Std::NumShortTZ | Std::ISO8601ShortTZ => 3,
        Std::ISO8601ColonSecondsTZ | Std::NumColonSecondsTZ => 9,
        Std::ISO8601SecondsTZ | Std::NumSecondsTz => 7,
        _ => 5,
    };
    if v.len() < need {
        return None;
    }
    Some(match need {
        6 if v[3] == b':' => (v[0], &v[1..3], &v[4..6], b"00", &v[6..]),
        3 => (v[0], &v[1..3], b"00", b"00", &v[3..]),
        9 if v[3] == b':' && v[6] == b':' => (v[0], &v[1..3], &v[4..6], &v[7..9], &v[9..]),
        7 => (v[0], &v[1..3], &v[3..5], &v[5..7], &v[7..]),
        5 => (v[0], &v[1..3], &v[3..5], b"00", &v[5..]),
        _ => return None,
    })
}

/// Go's `parseTimeZone`: the length of the zone abbreviation at the start of `value`, if it
/// looks like one (3 upper-case letters, 4 or 5 ending in `T`, `ChST`, `MeST`, `WITA`,
/// `GMT±h`, `±hh`).
fn parse_time_zone(value: &[u8]) -> Option<usize> {
    if value.len() < 3 {
        return None;
    }
    if value.starts_with(b"ChST") || value.starts_with(b"MeST") {
        return Some(4);
    }
    if value.starts_with(b"GMT") {
        return Some(3 + if value.len() == 3 { 0 } else { parse_signed_offset(&value[3..]) });
    }
    if value[0] == b'+' || value[0] == b'-' {
        let n = parse_signed_offset(value);
        return (n > 0).then_some(n);
    }
    let upper = value.iter().take(6).take_while(|c| c.is_ascii_uppercase()).count();
    match upper {
        5 if value[4] == b'T' => Some(5),
        4 if value[3] == b'T' || value.starts_with(b"WITA") => Some(4),
        3 => Some(3),
        _ => None,
    }
}

/// Go's `parseSignedOffset`: the length of `±h` with `h` in 0..=23 at the start of `value`, or 0.
fn parse_signed_offset(value: &[u8]) -> usize {
    if value[0] != b'-' && value[0] != b'+' {
        return 0;
    }
    match leading_int(&value[1..]) {
        Some((x, rem)) if rem.len() != value.len() - 1 && x <= 23 => value.len() - rem.len(),
        _ => 0,
    }
}

/// Go's `lookup`: the index of the first of `n` names that `val` starts with (ASCII letters
/// compared without case), and the rest of `val`.
fn lookup(n: i64, name: impl Fn(i64) -> Vec<u8>, val: &[u8]) -> Option<(i64, &[u8])> {
    (0..n).find_map(|i| {
        let v = name(i);
        (val.len() >= v.len() && match_fold(&val[..v.len()], &v)).then(|| (i, &val[v.len()..]))
    })
}

/// Go's `match`: equal, ignoring the case of ASCII letters.
fn match_fold(a: &[u8], b: &[u8]) -> bool {
    a.iter().zip(b).all(|(&c1, &c2)| {
        if c1 == c2 {
            return true;
        }
        let (l1, l2) = (c1 | 0x20, c2 | 0x20);
        l1 == l2 && l1.is_ascii_lowercase()
    })
}

/// Month `i + 1`'s English name, or its first three letters.
fn month_name(i: i64, long: bool) -> Vec<u8> {
    let mut n = super::format::month_name(Month(i + 1));
    if !long {
        n.truncate(3);
    }
    n
}

/// Weekday `i`'s English name (Sunday = 0), or its first three letters.
fn day_name(i: i64, long: bool) -> Vec<u8> {
    let mut n = super::date::Weekday(i).string().as_bytes().to_vec();
    if !long {
        n.truncate(3);
    }
    n
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days in a non-leap year before month `m` (1-13), as Go's `daysBefore`.
fn days_before(m: i64) -> i64 {
    (214 * m - 211) / 7 + if m >= 3 { -2 } else { 0 }
}

/// Days in month `m` of `year`.
fn days_in(m: i64, year: i64) -> i64 {
    if m == 2 {
        if is_leap(year) { 29 } else { 28 }
    } else {
        days_before(m + 1) - days_before(m)
    }
}
