//! Go's time parsing and zones against recorded real-Go output: `golden/std_time_cases.go`
//! (recorded to `golden/std_time_cases.out` by `fixtures/record`), mirrored here line by line:
//! `Parse` over many layouts and values with its `*ParseError` texts and fields, the
//! Format → Parse round trip of every layout constant in several zones, `ParseInLocation`,
//! `FixedZone`, `In`/`UTC`/`Local`/`Location`/`Zone`, and the quoting of non-ASCII values.

mod common;

use common::{Out, check, s};
use gort::time::{self, Location, ParseError, Time};
use gort::{Error, Ptr, Str, errors};

/// The `cases` table of the Go program: `(layout, value)`.
fn cases() -> Vec<(Str, Str)> {
    let lit: &[(&str, &[u8])] = &[
        ("2006-01-02", b"2024-03-15"),
        ("2006-01-02", b"bad"),
        ("2006-01-02", b"2024-3-15"),
        ("2006-1-2", b"2024-3-5"),
        ("2006-01-02", b"2024-13-01"),
        ("2006-01-02", b"2024-00-10"),
        ("2006-01-02", b"2023-02-29"),
        ("2006-01-02", b"2024-02-29"),
        ("2006-01-02", b"2024-04-31"),
        ("2006-01-02", b"2024-03-15 extra"),
        ("2006-01-02", b"2024-03-1"),
        ("2006-01-02", b"202-03-15"),
        ("2006-01-02", b"+024-03-15"),
        ("2006-01-02", b"20x4-03-15"),
        ("2006-01-02", b""),
        ("", b""),
        ("", b"x"),
        ("06-01-02", b"69-01-02"),
        ("06-01-02", b"68-12-31"),
        ("06-01-02", b"+1-01-02"),
        ("06-01-02", b"x1-01-02"),
        ("_2006", b"_2024"),
        ("15:04:05", b"23:59:59"),
        ("15:04:05", b"24:00:00"),
        ("15:04:05", b"12:60:00"),
        ("15:04:05", b"12:00:60"),
        ("15:04:05", b"12:00:05.123456789"),
        ("15:04:05", b"12:00:05,5"),
        ("15:04:05", b"12:00:05.1234567891234"),
        ("15:04:05", b"1:2:3"),
        ("15:04", b"7:30"),
        ("3:04PM", b"7:30PM"),
        ("3:04PM", b"12:30AM"),
        ("3:04PM", b"12:30PM"),
        ("3:04PM", b"13:30PM"),
        ("3:04PM", b"7:30XM"),
        ("3:04pm", b"7:30pm"),
        ("3:04pm", b"7:30PM"),
        ("03:04:05 PM", b"09:08:07 AM"),
        ("03:04:05 PM", b"9:08:07 AM"),
        ("15:04:05.000", b"10:11:12.345"),
        ("15:04:05.000", b"10:11:12.34"),
        ("15:04:05.000", b"10:11:12"),
        ("15:04:05,000", b"10:11:12,250"),
        ("15:04:05.000", b"10:11:12,250"),
        ("15:04:05.000", b"10:11:12.-25"),
        ("15:04:05.999", b"10:11:12"),
        ("15:04:05.999", b"10:11:12.5"),
        ("15:04:05.999", b"10:11:12.123456"),
        ("15:04:05.999999999", b"10:11:12.000000001"),
        ("15:04:05.000000000", b"10:11:12.000000001"),
        ("Jan 2 2006", b"Feb 3 2021"),
        ("Jan 2 2006", b"feb 3 2021"),
        ("Jan 2 2006", b"FEB 3 2021"),
        ("Jan 2 2006", b"Fbr 3 2021"),
        ("January 2, 2006", b"September 30, 1999"),
        ("January 2, 2006", b"Sept 30, 1999"),
        ("Mon Jan 2 2006", b"Tue Feb 3 2021"),
        ("Mon Jan 2 2006", b"Xyz Feb 3 2021"),
        ("Monday, Jan 2 2006", b"Wednesday, Feb 3 2021"),
        ("Monday, Jan 2 2006", b"Wed, Feb 3 2021"),
        ("Jan _2 15:04", b"Feb  3 10:00"),
        ("Jan _2 15:04", b"Feb 13 10:00"),
        ("Jan  2 15:04", b"Feb     3 10:00"),
        ("Jan 2 15:04", b"Feb3 10:00"),
        ("2006 002", b"2024 060"),
        ("2006 002", b"2024 366"),
        ("2006 002", b"2023 366"),
        ("2006 002", b"2023 000"),
        ("2006 002", b"2023 59"),
        ("2006 __2", b"2023  59"),
        ("2006 __2", b"2024   1"),
        ("2006-01 002", b"2024-03 061"),
        ("2006-01 002", b"2024-02 061"),
        ("2006-01-02 002", b"2024-03-02 062"),
        ("2006-01-02 002", b"2024-03-01 062"),
        ("2006-01-02T15:04:05Z07:00", b"2024-03-15T10:30:00Z"),
        ("2006-01-02T15:04:05Z07:00", b"2024-03-15T10:30:00+05:30"),
        ("2006-01-02T15:04:05Z07:00", b"2024-03-15T10:30:00-08:00"),
        ("2006-01-02T15:04:05Z07:00", b"2024-03-15T10:30:00+00:00"),
        ("2006-01-02T15:04:05Z07:00", b"2024-03-15T10:30:00.123+01:00"),
        ("2006-01-02T15:04:05Z07:00", b"2024-03-15T10:30:00,5Z"),
        ("2006-01-02T15:04:05Z07:00", b"2024-03-15T10:30:00+0100"),
        ("2006-01-02T15:04:05Z07:00", b"2024-03-15T10:30:00"),
        ("2006-01-02T15:04:05Z07:00", b"2024-03-15T10:30:00+25:00"),
        ("2006-01-02T15:04:05Z07:00", b"2024-03-15T10:30:00+24:00"),
        ("2006-01-02T15:04:05Z07:00", b"2024-03-15T10:30:00+01:61"),
        ("2006-01-02T15:04:05Z07:00", b"2024-03-15T10:30:00*01:00"),
        ("2006-01-02T15:04:05Z07:00", b"2024-03-15T10:30:00+0x:00"),
        ("2006-01-02T15:04:05Z07:00", b"2024-03-15T25:30:00Z"),
        ("2006-01-02T15:04:05.999999999Z07:00", b"2024-03-15T10:30:00.987654321-03:00"),
        ("2006-01-02 15:04:05 -0700", b"2024-03-15 10:30:00 +0930"),
        ("2006-01-02 15:04:05 -0700", b"2024-03-15 10:30:00 Z"),
        ("2006-01-02 15:04:05 Z0700", b"2024-03-15 10:30:00 Z"),
        ("2006-01-02 15:04:05 -07", b"2024-03-15 10:30:00 -05"),
        ("2006-01-02 15:04:05 Z07", b"2024-03-15 10:30:00 +11"),
        ("2006-01-02 15:04:05 -070000", b"2024-03-15 10:30:00 +053015"),
        ("2006-01-02 15:04:05 -07:00:00", b"2024-03-15 10:30:00 -05:30:15"),
        ("2006-01-02 15:04:05 -07:00:00", b"2024-03-15 10:30:00 -05:30-15"),
        ("2006-01-02 15:04:05 Z07:00:00", b"2024-03-15 10:30:00 Z"),
        ("2006-01-02 15:04:05 -07:00:00", b"2024-03-15 10:30:00 +01:00:61"),
        ("2006-01-02 15:04:05 MST", b"2024-03-15 10:30:00 UTC"),
        ("2006-01-02 15:04:05 MST", b"2024-03-15 10:30:00 PST"),
        ("2006-01-02 15:04:05 MST", b"2024-03-15 10:30:00 CEST"),
        ("2006-01-02 15:04:05 MST", b"2024-03-15 10:30:00 AEDT"),
        ("2006-01-02 15:04:05 MST", b"2024-03-15 10:30:00 ChST"),
        ("2006-01-02 15:04:05 MST", b"2024-03-15 10:30:00 WITA"),
        ("2006-01-02 15:04:05 MST", b"2024-03-15 10:30:00 GMT"),
        ("2006-01-02 15:04:05 MST", b"2024-03-15 10:30:00 GMT+3"),
        ("2006-01-02 15:04:05 MST", b"2024-03-15 10:30:00 GMT-11"),
        ("2006-01-02 15:04:05 MST", b"2024-03-15 10:30:00 GMT+30"),
        ("2006-01-02 15:04:05 MST", b"2024-03-15 10:30:00 +07"),
        ("2006-01-02 15:04:05 MST", b"2024-03-15 10:30:00 -24"),
        ("2006-01-02 15:04:05 MST", b"2024-03-15 10:30:00 Pst"),
        ("2006-01-02 15:04:05 MST", b"2024-03-15 10:30:00 ABCDEF"),
        ("2006-01-02 15:04:05 MST", b"2024-03-15 10:30:00 ABCDE"),
        ("2006-01-02 15:04:05 MST", b"2024-03-15 10:30:00 AB"),
        ("2006-01-02 15:04:05 -0700 MST", b"2024-03-15 10:30:00 +0000 UTC"),
        ("2006-01-02 15:04:05 -0700 MST", b"2024-03-15 10:30:00 +0000 GMT"),
        ("2006-01-02 15:04:05 -0700 MST", b"2024-03-15 10:30:00 -0800 PST"),
        ("2006-01-02 15:04:05.999999999 -0700 MST", b"2009-11-10 23:00:00.5 +0000 UTC"),
        ("Mon Jan _2 15:04:05 2006", b"Mon Jan  2 15:04:05 2006"),
        ("Mon Jan _2 15:04:05 MST 2006", b"Sat Mar  7 11:06:39 PST 2015"),
        ("Mon Jan 02 15:04:05 -0700 2006", b"Sat Mar 07 11:06:39 -0800 2015"),
        ("02 Jan 06 15:04 MST", b"07 Mar 15 11:06 PST"),
        ("02 Jan 06 15:04 -0700", b"07 Mar 15 11:06 -0800"),
        ("Monday, 02-Jan-06 15:04:05 MST", b"Saturday, 07-Mar-15 11:06:39 PST"),
        ("Mon, 02 Jan 2006 15:04:05 MST", b"Sat, 07 Mar 2015 11:06:39 PST"),
        ("Mon, 02 Jan 2006 15:04:05 -0700", b"Sat, 07 Mar 2015 11:06:39 -0800"),
        ("Mon, 02 Jan 2006 15:04:05 MST", b"Sat, 07 Mar 2015 11:06:39"),
        ("3:04PM", b"3:04AM"),
        ("Jan _2 15:04:05", b"Jan  2 15:04:05"),
        ("Jan _2 15:04:05.000", b"Jan  2 15:04:05.123"),
        ("Jan _2 15:04:05.000000", b"Jan  2 15:04:05.123456"),
        ("Jan _2 15:04:05.000000000", b"Jan  2 15:04:05.123456789"),
        ("2006-01-02 15:04:05", b"2024-03-15 10:30:00"),
        ("2006-01-02", b"0000-01-01"),
        ("2006-01-02", b"9999-12-31"),
        ("15:04:05", b"23:59:59"),
        ("01/02 03:04:05PM '06 -0700", b"01/02 03:04:05PM '06 -0700"),
        ("2006-01-02", b"2024-03-15\xff"),
        ("2006-01-02", "2024-03-15 \"é\"\t\\".as_bytes()),
        ("2006-01-02 héllo", b"2024-03-15 hello"),
        ("Jan 2006", "Déc 2006".as_bytes()),
    ];
    lit.iter().map(|&(l, v)| (Str::copy_from(l), Str::from_bytes(v))).collect()
}

/// `show(tag, t, err)`: the time and its zone, or the error and its fields.
fn show(o: &mut Out, tag: &Str, t: &Time, err: &Error) {
    if !err.is_nil() {
        match errors::as_::<Ptr<ParseError>>(err) {
            Some(pe) => {
                let f = pe.get();
                o.f("%s err %s | %q %q %q %q %q\n", &[tag, err, &f.Layout, &f.Value, &f.LayoutElem, &f.ValueElem, &f.Message]);
            }
            None => o.ln(&[tag, &s("err"), err]),
        }
        o.ln(&[tag, &s("zero"), &t.is_zero(), t]);
        return;
    }
    let (name, off) = t.zone();
    o.ln(&[
        tag, &s("ok"), t, &s("|"), &t.location(), &name, &off, &t.unix(), &t.nanosecond(), &t.weekday(), &t.year_day(),
    ]);
}

fn parse_cases(o: &mut Out) {
    for (layout, value) in cases() {
        let (t, err) = time::parse(&layout, &value);
        let tag = gort::fmt::sprintf(&s("parse %q %q:"), &[&layout, &value]);
        show(o, &tag, &t, &err);
    }
}

fn round_trips(o: &mut Out) {
    let layouts = [
        time::LAYOUT, time::ANSIC, time::UNIX_DATE, time::RUBY_DATE, time::RFC822, time::RFC822Z, time::RFC850, time::RFC1123,
        time::RFC1123Z, time::RFC3339, time::RFC3339_NANO, time::KITCHEN, time::STAMP, time::STAMP_MILLI, time::STAMP_MICRO,
        time::STAMP_NANO, time::DATE_TIME, time::DATE_ONLY, time::TIME_ONLY,
    ];
    let base = time::date(2015, &time::MARCH, 7, 23, 6, 39, 123456789, &time::utc());
    let zones: Vec<Ptr<Location>> = vec![
        time::utc(),
        time::local(),
        time::fixed_zone(&s("CET"), 3600),
        time::fixed_zone(&s(""), -8 * 3600),
        time::fixed_zone(&s("IST"), 5 * 3600 + 30 * 60),
        time::fixed_zone(&s("ODD"), -(3 * 3600 + 25 * 60 + 17)),
        time::fixed_zone(&s(""), 45),
    ];
    for loc in &zones {
        let t = base.r#in(loc);
        o.ln(&[&s("zone"), loc, &t, &(t.location() == *loc), &t.equal(&base), &(t == base)]);
        let (y, m, d) = t.date();
        let (h, mi, sec) = t.clock();
        o.ln(&[&s("fields"), &y, &m, &d, &h, &mi, &sec, &t.weekday(), &t.year_day(), &t.hour(), &t.day()]);
        for l in &layouts {
            let text = t.format(l);
            let (back, err) = time::parse(l, &text);
            o.f("fmt %q => %q | %v %v\n", &[l, &text, &back, &err]);
            let (in_loc, err) = time::parse_in_location(l, &text, loc);
            o.f("   in %v %v %v\n", &[&in_loc, &err, &in_loc.equal(&t)]);
        }
        for l in ["-07", "-070000", "-07:00:00", "Z07", "Z070000", "Z07:00:00", "MST", "Z0700 MST"] {
            let l = s(l);
            o.f("zfmt %q %q\n", &[&l, &t.format(&l)]);
        }
    }
}

fn in_location(o: &mut Out) {
    let cet = time::fixed_zone(&s("CET"), 3600);
    for loc in [time::utc(), time::local(), cet.clone()] {
        for v in [
            "2024-06-01 12:00:00", "2024-06-01 12:00:00 +0100", "2024-06-01 12:00:00 +0000", "2024-06-01 12:00:00 CET",
            "2024-06-01 12:00:00 UTC", "2024-06-01 12:00:00 GMT+2", "2024-06-01 12:00:00 Z",
        ] {
            let base = "2006-01-02 15:04:05";
            let layout = if v.len() > base.len() {
                match v.as_bytes()[base.len() + 1] {
                    b'+' | b'-' => format!("{base} -0700"),
                    b'Z' => format!("{base} Z0700"),
                    _ => format!("{base} MST"),
                }
            } else {
                base.to_string()
            };
            let (t, err) = time::parse_in_location(&Str::from(layout), &s(v), &loc);
            let tag = gort::fmt::sprintf(&s("in %v %q:"), &[&loc, &s(v)]);
            show(o, &tag, &t, &err);
            o.ln(&[&s("   same loc:"), &(t.location() == loc), &(t.location() == time::utc()), &(t.location() == time::local())]);
        }
    }
}

fn conversions(o: &mut Out) {
    let cet = time::fixed_zone(&s("CET"), 3600);
    let t = time::date(2024, &time::DECEMBER, 31, 23, 30, 0, 0, &time::fixed_zone(&s(""), -2 * 3600));
    o.ln(&[&s("conv"), &t, &t.utc(), &t.local(), &t.r#in(&cet), &(t.utc().r#in(&cet) == t.r#in(&cet))]);
    o.ln(&[&s("conv"), &(t.utc() == t), &t.utc().equal(&t), &(t.local() == t.utc()), &t.utc().location(), &t.local().location()]);
    o.ln(&[&s("conv"), &t.year(), &t.utc().year(), &t.r#in(&cet).year_day(), &t.add_date(0, 0, 1), &t.add(time::HOUR).format(&time::RFC3339)]);
    o.ln(&[&s("unix"), &time::unix(0, 0), &time::unix(0, 0).location(), &time::unix(1_000_000_000, 0).utc(), &time::unix_milli(-1).r#in(&cet)]);
    let zero = Time::default();
    o.ln(&[&s("zero"), &zero.location(), &zero.r#in(&cet), &(zero.utc() == Time::default())]);
    let (name, off) = zero.zone();
    o.ln(&[&s("zone of zero"), &name, &off]);
    let fz = time::fixed_zone(&s(""), 3600);
    o.f("fixed %q %v %v %v\n", &[&fz.get().string(), &(time::fixed_zone(&s(""), 3600) == fz), &time::date(2000, &time::JANUARY, 1, 0, 0, 0, 0, &fz), &fz]);
    let (d1, _) = time::parse(&time::RFC3339, &s("2024-03-10T01:59:59-05:00"));
    let (d2, _) = time::parse(&time::RFC3339, &s("2024-03-10T03:00:00-04:00"));
    o.ln(&[&s("sub"), &d2.sub(&d1), &d1.before(&d2), &d2.compare(&d1), &d1.equal(&d1.utc())]);
    for v in ["1µ", "1é", "\"x\"", "1h\t"] {
        let (_, err) = time::parse_duration(&s(v));
        o.ln(&[&s("dur"), &err]);
    }
}

#[test]
fn std_time_matches_go() {
    let mut o = Out::default();
    parse_cases(&mut o);
    round_trips(&mut o);
    in_location(&mut o);
    conversions(&mut o);
    check("std_time_cases", &o);
}
