//! Go's `Time.Format`: a port of `time/format.go`'s `nextStdChunk` (the layout scanner `Parse`
//! shares) and `appendFormat` (every layout element).

use super::date::{Month, Time};

/// A layout element (Go's `std*` constants).
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Std {
    LongMonth,
    Month,
    NumMonth,
    ZeroMonth,
    LongWeekDay,
    WeekDay,
    Day,
    UnderDay,
    ZeroDay,
    UnderYearDay,
    ZeroYearDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    LongYear,
    Year,
    PM,
    Pm,
    TZ,
    ISO8601TZ,
    ISO8601SecondsTZ,
    ISO8601ShortTZ,
    ISO8601ColonTZ,
    ISO8601ColonSecondsTZ,
    NumTZ,
    NumSecondsTz,
    NumShortTZ,
    NumColonTZ,
    NumColonSecondsTZ,
    /// `.000` / `,000` (`digits`, separator): fixed digits.
    FracSecond0(usize, u8),
    /// `.999` / `,999`: trailing zeros (and an empty fraction) dropped.
    FracSecond9(usize, u8),
}

fn starts_with_lower(s: &[u8]) -> bool {
    s.first().is_some_and(|c| c.is_ascii_lowercase())
}

/// Go's `nextStdChunk`: `(prefix, element, suffix)`; `None` when the layout has no element.
pub(super) fn next_std_chunk(layout: &[u8]) -> (&[u8], Option<Std>, &[u8]) {
    let at = |i: usize, s: &[u8]| layout.len() >= i + s.len() && &layout[i..i + s.len()] == s;
    for i in 0..layout.len() {
        let hit = |std: Std, n: usize| (&layout[..i], Some(std), &layout[i + n..]);
        match layout[i] {
            b'J' if at(i, b"Jan") => {
                if at(i, b"January") {
                    return hit(Std::LongMonth, 7);
                }
                if !starts_with_lower(&layout[i + 3..]) {
                    return hit(Std::Month, 3);
                }
            }
            b'M' if layout.len() >= i + 3 => {
                if at(i, b"Mon") {
                    if at(i, b"Monday") {
                        return hit(Std::LongWeekDay, 6);
                    }
                    if !starts_with_lower(&layout[i + 3..]) {
                        return hit(Std::WeekDay, 3);
                    }
                }
                if at(i, b"MST") {
                    return hit(Std::TZ, 3);
                }
            }
            b'0' => {
                if layout.len() >= i + 2 && (b'1'..=b'6').contains(&layout[i + 1]) {
                    let std = [Std::ZeroMonth, Std::ZeroDay, Std::ZeroHour12, Std::ZeroMinute, Std::ZeroSecond, Std::Year]
                        [(layout[i + 1] - b'1') as usize];
                    return hit(std, 2);
                }
                if at(i, b"002") {
                    return hit(Std::ZeroYearDay, 3);
                }
            }
            b'1' => {
                if at(i, b"15") {
                    return hit(Std::Hour, 2);
                }
                return hit(Std::NumMonth, 1);
            }
            b'2' => {
                if at(i, b"2006") {
                    return hit(Std::LongYear, 4);
                }
                return hit(Std::Day, 1);
            }
            b'_' => {
                if layout.len() >= i + 2 && layout[i + 1] == b'2' {
                    // `_2006` is a literal `_` then the long year.
                    if at(i + 1, b"2006") {
                        return (&layout[..i + 1], Some(Std::LongYear), &layout[i + 5..]);
                    }
                    return hit(Std::UnderDay, 2);
                }
                if at(i, b"__2") {
                    return hit(Std::UnderYearDay, 3);
                }
            }
            b'3' => return hit(Std::Hour12, 1),
            b'4' => return hit(Std::Minute, 1),
            b'5' => return hit(Std::Second, 1),
            b'P' if at(i, b"PM") => return hit(Std::PM, 2),
            b'p' if at(i, b"pm") => return hit(Std::Pm, 2),
            b'-' => {
                for (s, std) in [
                    (&b"-070000"[..], Std::NumSecondsTz),
                    (b"-07:00:00", Std::NumColonSecondsTZ),
                    (b"-0700", Std::NumTZ),
                    (b"-07:00", Std::NumColonTZ),
                    (b"-07", Std::NumShortTZ),
                ] {
                    if at(i, s) {
                        return hit(std, s.len());
                    }
                }
            }
            b'Z' => {
                for (s, std) in [
                    (&b"Z070000"[..], Std::ISO8601SecondsTZ),
                    (b"Z07:00:00", Std::ISO8601ColonSecondsTZ),
                    (b"Z0700", Std::ISO8601TZ),
                    (b"Z07:00", Std::ISO8601ColonTZ),
                    (b"Z07", Std::ISO8601ShortTZ),
                ] {
                    if at(i, s) {
                        return hit(std, s.len());
                    }
                }
            }
            c @ (b'.' | b',') if i + 1 < layout.len() && (layout[i + 1] == b'0' || layout[i + 1] == b'9') => {
                let ch = layout[i + 1];
                let mut j = i + 1;
                while j < layout.len() && layout[j] == ch {
                    j += 1;
                }
                // Only a fractional second if the run of digits ends here.
                if !layout.get(j).is_some_and(u8::is_ascii_digit) {
                    let n = j - (i + 1);
                    let std = if ch == b'0' { Std::FracSecond0(n, c) } else { Std::FracSecond9(n, c) };
                    return (&layout[..i], Some(std), &layout[j..]);
                }
            }
            _ => {}
        }
    }
    (layout, None, &[])
}

/// Go's `appendInt`: `x` in decimal, zero-padded to `width` digits, `-` first if negative.
fn append_int(b: &mut Vec<u8>, x: i64, width: usize) {
    if x < 0 {
        b.push(b'-');
    }
    let digits = x.unsigned_abs().to_string();
    for _ in digits.len()..width {
        b.push(b'0');
    }
    b.extend_from_slice(digits.as_bytes());
}

/// Go's `appendNano`.
fn append_nano(b: &mut Vec<u8>, nanosec: i64, n: usize, sep: u8, trim: bool) {
    if trim && (n == 0 || nanosec == 0) {
        return;
    }
    b.push(sep);
    let start = b.len();
    append_int(b, nanosec, 9);
    if n < 9 {
        b.truncate(start + n);
    }
    if trim {
        while b.last() == Some(&b'0') {
            b.pop();
        }
        if b.last() == Some(&sep) {
            b.pop();
        }
    }
}

/// Go's `Time.Format(layout)`.
pub(super) fn format(t: &Time, mut layout: &[u8]) -> Vec<u8> {
    let (name, offset) = t.zone();
    let (year, month, day) = t.date();
    let (hour, min, sec) = t.clock();
    let yday = t.year_day();
    let mut b = Vec::with_capacity(layout.len() + 10);
    loop {
        let (prefix, std, suffix) = next_std_chunk(layout);
        b.extend_from_slice(prefix);
        let Some(std) = std else { break };
        layout = suffix;
        match std {
            Std::Year => append_int(&mut b, year.abs() % 100, 2),
            Std::LongYear => append_int(&mut b, year, 4),
            Std::Month => b.extend_from_slice(&month_name(month)[..3]),
            Std::LongMonth => b.extend_from_slice(&month_name(month)),
            Std::NumMonth => append_int(&mut b, month.0, 0),
            Std::ZeroMonth => append_int(&mut b, month.0, 2),
            Std::WeekDay => b.extend_from_slice(&t.weekday().string().as_bytes()[..3]),
            Std::LongWeekDay => b.extend_from_slice(t.weekday().string().as_bytes()),
            Std::Day => append_int(&mut b, day, 0),
            Std::UnderDay => {
                if day < 10 {
                    b.push(b' ');
                }
                append_int(&mut b, day, 0)
            }
            Std::ZeroDay => append_int(&mut b, day, 2),
            Std::UnderYearDay => {
                if yday < 100 {
                    b.push(b' ');
                    if yday < 10 {
                        b.push(b' ');
                    }
                }
                append_int(&mut b, yday, 0)
            }
            Std::ZeroYearDay => append_int(&mut b, yday, 3),
            Std::Hour => append_int(&mut b, hour, 2),
            Std::Hour12 => append_int(&mut b, hour12(hour), 0),
            Std::ZeroHour12 => append_int(&mut b, hour12(hour), 2),
            Std::Minute => append_int(&mut b, min, 0),
            Std::ZeroMinute => append_int(&mut b, min, 2),
            Std::Second => append_int(&mut b, sec, 0),
            Std::ZeroSecond => append_int(&mut b, sec, 2),
            Std::PM => b.extend_from_slice(if hour >= 12 { b"PM" } else { b"AM" }),
            Std::Pm => b.extend_from_slice(if hour >= 12 { b"pm" } else { b"am" }),
            Std::ISO8601TZ | Std::ISO8601SecondsTZ | Std::ISO8601ShortTZ | Std::ISO8601ColonTZ | Std::ISO8601ColonSecondsTZ
                if offset == 0 =>
            {
                b.push(b'Z')
            }
            Std::ISO8601TZ
            | Std::ISO8601SecondsTZ
            | Std::ISO8601ShortTZ
            | Std::ISO8601ColonTZ
            | Std::ISO8601ColonSecondsTZ
            | Std::NumTZ
            | Std::NumSecondsTz
            | Std::NumShortTZ
            | Std::NumColonTZ
            | Std::NumColonSecondsTZ => {
                let colon = matches!(std, Std::ISO8601ColonTZ | Std::NumColonTZ | Std::ISO8601ColonSecondsTZ | Std::NumColonSecondsTZ);
                let (zone, abs_offset) = push_sign(&mut b, offset);
                append_int(&mut b, zone / 60, 2);
                if colon {
                    b.push(b':');
                }
                if !matches!(std, Std::NumShortTZ | Std::ISO8601ShortTZ) {
                    append_int(&mut b, zone % 60, 2);
                }
                if matches!(std, Std::ISO8601SecondsTZ | Std::NumSecondsTz | Std::NumColonSecondsTZ | Std::ISO8601ColonSecondsTZ) {
                    if colon {
                        b.push(b':');
                    }
                    append_int(&mut b, abs_offset % 60, 2);
                }
            }
            Std::TZ if !name.is_empty() => b.extend_from_slice(name.as_bytes()),
            // No zone name: Go prints the offset as `-0700`.
            Std::TZ => {
                let (zone, _) = push_sign(&mut b, offset);
                append_int(&mut b, zone / 60, 2);
                append_int(&mut b, zone % 60, 2);
            }
            Std::FracSecond0(n, sep) => append_nano(&mut b, t.nanosecond(), n, sep, false),
            Std::FracSecond9(n, sep) => append_nano(&mut b, t.nanosecond(), n, sep, true),
        }
    }
    b
}

/// Pushes the sign of the offset in whole minutes (`+` for less than a minute west) and returns
/// `(|minutes|, seconds with the same sign flip)`, as Go's `appendFormat` computes them.
fn push_sign(b: &mut Vec<u8>, offset: i64) -> (i64, i64) {
    let zone = offset / 60;
    if zone < 0 {
        b.push(b'-');
        (-zone, -offset)
    } else {
        b.push(b'+');
        (zone, offset)
    }
}

pub(super) fn month_name(m: Month) -> Vec<u8> {
    m.string().as_bytes().to_vec()
}

/// Noon is 12 PM, midnight 12 AM.
fn hour12(hour: i64) -> i64 {
    match hour % 12 {
        0 => 12,
        h => h,
    }
}
