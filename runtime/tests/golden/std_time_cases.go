// Golden program for gort's time parsing and zones: time.Parse over many layouts and values
// (every layout element, fractional seconds the layout lacks, zone offsets and abbreviations,
// GMT+h, two-digit years, day-of-year, AM/PM) and its *time.ParseError texts and fields; the
// round trip Format → Parse for every layout constant; ParseInLocation in UTC, Local and fixed
// zones; FixedZone, In, UTC, Local, Location, Zone and the calendar fields in a zone; Go's
// quoting of non-ASCII values in parse errors.
// runtime/tests/std_time_golden.rs computes the same lines with gort.
package main

import (
	"errors"
	"fmt"
	"time"
)

type pcase struct{ layout, value string }

var cases = []pcase{
	{"2006-01-02", "2024-03-15"},
	{"2006-01-02", "bad"},
	{"2006-01-02", "2024-3-15"},
	{"2006-1-2", "2024-3-5"},
	{"2006-01-02", "2024-13-01"},
	{"2006-01-02", "2024-00-10"},
	{"2006-01-02", "2023-02-29"},
	{"2006-01-02", "2024-02-29"},
	{"2006-01-02", "2024-04-31"},
	{"2006-01-02", "2024-03-15 extra"},
	{"2006-01-02", "2024-03-1"},
	{"2006-01-02", "202-03-15"},
	{"2006-01-02", "+024-03-15"},
	{"2006-01-02", "20x4-03-15"},
	{"2006-01-02", ""},
	{"", ""},
	{"", "x"},
	{"06-01-02", "69-01-02"},
	{"06-01-02", "68-12-31"},
	{"06-01-02", "+1-01-02"},
	{"06-01-02", "x1-01-02"},
	{"_2006", "_2024"},
	{"15:04:05", "23:59:59"},
	{"15:04:05", "24:00:00"},
	{"15:04:05", "12:60:00"},
	{"15:04:05", "12:00:60"},
	{"15:04:05", "12:00:05.123456789"},
	{"15:04:05", "12:00:05,5"},
	{"15:04:05", "12:00:05.1234567891234"},
	{"15:04:05", "1:2:3"},
	{"15:04", "7:30"},
	{"3:04PM", "7:30PM"},
	{"3:04PM", "12:30AM"},
	{"3:04PM", "12:30PM"},
	{"3:04PM", "13:30PM"},
	{"3:04PM", "7:30XM"},
	{"3:04pm", "7:30pm"},
	{"3:04pm", "7:30PM"},
	{"03:04:05 PM", "09:08:07 AM"},
	{"03:04:05 PM", "9:08:07 AM"},
	{"15:04:05.000", "10:11:12.345"},
	{"15:04:05.000", "10:11:12.34"},
	{"15:04:05.000", "10:11:12"},
	{"15:04:05,000", "10:11:12,250"},
	{"15:04:05.000", "10:11:12,250"},
	{"15:04:05.000", "10:11:12.-25"},
	{"15:04:05.999", "10:11:12"},
	{"15:04:05.999", "10:11:12.5"},
	{"15:04:05.999", "10:11:12.123456"},
	{"15:04:05.999999999", "10:11:12.000000001"},
	{"15:04:05.000000000", "10:11:12.000000001"},
	{"Jan 2 2006", "Feb 3 2021"},
	{"Jan 2 2006", "feb 3 2021"},
	{"Jan 2 2006", "FEB 3 2021"},
	{"Jan 2 2006", "Fbr 3 2021"},
	{"January 2, 2006", "September 30, 1999"},
	{"January 2, 2006", "Sept 30, 1999"},
	{"Mon Jan 2 2006", "Tue Feb 3 2021"},
	{"Mon Jan 2 2006", "Xyz Feb 3 2021"},
	{"Monday, Jan 2 2006", "Wednesday, Feb 3 2021"},
	{"Monday, Jan 2 2006", "Wed, Feb 3 2021"},
	{"Jan _2 15:04", "Feb  3 10:00"},
	{"Jan _2 15:04", "Feb 13 10:00"},
	{"Jan  2 15:04", "Feb     3 10:00"},
	{"Jan 2 15:04", "Feb3 10:00"},
	{"2006 002", "2024 060"},
	{"2006 002", "2024 366"},
	{"2006 002", "2023 366"},
	{"2006 002", "2023 000"},
	{"2006 002", "2023 59"},
	{"2006 __2", "2023  59"},
	{"2006 __2", "2024   1"},
	{"2006-01 002", "2024-03 061"},
	{"2006-01 002", "2024-02 061"},
	{"2006-01-02 002", "2024-03-02 062"},
	{"2006-01-02 002", "2024-03-01 062"},
	{"2006-01-02T15:04:05Z07:00", "2024-03-15T10:30:00Z"},
	{"2006-01-02T15:04:05Z07:00", "2024-03-15T10:30:00+05:30"},
	{"2006-01-02T15:04:05Z07:00", "2024-03-15T10:30:00-08:00"},
	{"2006-01-02T15:04:05Z07:00", "2024-03-15T10:30:00+00:00"},
	{"2006-01-02T15:04:05Z07:00", "2024-03-15T10:30:00.123+01:00"},
	{"2006-01-02T15:04:05Z07:00", "2024-03-15T10:30:00,5Z"},
	{"2006-01-02T15:04:05Z07:00", "2024-03-15T10:30:00+0100"},
	{"2006-01-02T15:04:05Z07:00", "2024-03-15T10:30:00"},
	{"2006-01-02T15:04:05Z07:00", "2024-03-15T10:30:00+25:00"},
	{"2006-01-02T15:04:05Z07:00", "2024-03-15T10:30:00+24:00"},
	{"2006-01-02T15:04:05Z07:00", "2024-03-15T10:30:00+01:61"},
	{"2006-01-02T15:04:05Z07:00", "2024-03-15T10:30:00*01:00"},
	{"2006-01-02T15:04:05Z07:00", "2024-03-15T10:30:00+0x:00"},
	{"2006-01-02T15:04:05Z07:00", "2024-03-15T25:30:00Z"},
	{"2006-01-02T15:04:05.999999999Z07:00", "2024-03-15T10:30:00.987654321-03:00"},
	{"2006-01-02 15:04:05 -0700", "2024-03-15 10:30:00 +0930"},
	{"2006-01-02 15:04:05 -0700", "2024-03-15 10:30:00 Z"},
	{"2006-01-02 15:04:05 Z0700", "2024-03-15 10:30:00 Z"},
	{"2006-01-02 15:04:05 -07", "2024-03-15 10:30:00 -05"},
	{"2006-01-02 15:04:05 Z07", "2024-03-15 10:30:00 +11"},
	{"2006-01-02 15:04:05 -070000", "2024-03-15 10:30:00 +053015"},
	{"2006-01-02 15:04:05 -07:00:00", "2024-03-15 10:30:00 -05:30:15"},
	{"2006-01-02 15:04:05 -07:00:00", "2024-03-15 10:30:00 -05:30-15"},
	{"2006-01-02 15:04:05 Z07:00:00", "2024-03-15 10:30:00 Z"},
	{"2006-01-02 15:04:05 -07:00:00", "2024-03-15 10:30:00 +01:00:61"},
	{"2006-01-02 15:04:05 MST", "2024-03-15 10:30:00 UTC"},
	{"2006-01-02 15:04:05 MST", "2024-03-15 10:30:00 PST"},
	{"2006-01-02 15:04:05 MST", "2024-03-15 10:30:00 CEST"},
	{"2006-01-02 15:04:05 MST", "2024-03-15 10:30:00 AEDT"},
	{"2006-01-02 15:04:05 MST", "2024-03-15 10:30:00 ChST"},
	{"2006-01-02 15:04:05 MST", "2024-03-15 10:30:00 WITA"},
	{"2006-01-02 15:04:05 MST", "2024-03-15 10:30:00 GMT"},
	{"2006-01-02 15:04:05 MST", "2024-03-15 10:30:00 GMT+3"},
	{"2006-01-02 15:04:05 MST", "2024-03-15 10:30:00 GMT-11"},
	{"2006-01-02 15:04:05 MST", "2024-03-15 10:30:00 GMT+30"},
	{"2006-01-02 15:04:05 MST", "2024-03-15 10:30:00 +07"},
	{"2006-01-02 15:04:05 MST", "2024-03-15 10:30:00 -24"},
	{"2006-01-02 15:04:05 MST", "2024-03-15 10:30:00 Pst"},
	{"2006-01-02 15:04:05 MST", "2024-03-15 10:30:00 ABCDEF"},
	{"2006-01-02 15:04:05 MST", "2024-03-15 10:30:00 ABCDE"},
	{"2006-01-02 15:04:05 MST", "2024-03-15 10:30:00 AB"},
	{"2006-01-02 15:04:05 -0700 MST", "2024-03-15 10:30:00 +0000 UTC"},
	{"2006-01-02 15:04:05 -0700 MST", "2024-03-15 10:30:00 +0000 GMT"},
	{"2006-01-02 15:04:05 -0700 MST", "2024-03-15 10:30:00 -0800 PST"},
	{"2006-01-02 15:04:05.999999999 -0700 MST", "2009-11-10 23:00:00.5 +0000 UTC"},
	{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
	{time.UnixDate, "Sat Mar  7 11:06:39 PST 2015"},
	{time.RubyDate, "Sat Mar 07 11:06:39 -0800 2015"},
	{time.RFC822, "07 Mar 15 11:06 PST"},
	{time.RFC822Z, "07 Mar 15 11:06 -0800"},
	{time.RFC850, "Saturday, 07-Mar-15 11:06:39 PST"},
	{time.RFC1123, "Sat, 07 Mar 2015 11:06:39 PST"},
	{time.RFC1123Z, "Sat, 07 Mar 2015 11:06:39 -0800"},
	{time.RFC1123, "Sat, 07 Mar 2015 11:06:39"},
	{time.Kitchen, "3:04AM"},
	{time.Stamp, "Jan  2 15:04:05"},
	{time.StampMilli, "Jan  2 15:04:05.123"},
	{time.StampMicro, "Jan  2 15:04:05.123456"},
	{time.StampNano, "Jan  2 15:04:05.123456789"},
	{time.DateTime, "2024-03-15 10:30:00"},
	{time.DateOnly, "0000-01-01"},
	{time.DateOnly, "9999-12-31"},
	{time.TimeOnly, "23:59:59"},
	{time.Layout, "01/02 03:04:05PM '06 -0700"},
	{"2006-01-02", "2024-03-15\xff"},
	{"2006-01-02", "2024-03-15 \"é\"\t\\"},
	{"2006-01-02 héllo", "2024-03-15 hello"},
	{"Jan 2006", "Déc 2006"},
}

// show prints a parse result: the time and its zone, or the error and its fields.
func show(tag string, t time.Time, err error) {
	if err != nil {
		var pe *time.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("%s err %s | %q %q %q %q %q\n", tag, err, pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
		} else {
			fmt.Println(tag, "err", err)
		}
		fmt.Println(tag, "zero", t.IsZero(), t)
		return
	}
	name, off := t.Zone()
	fmt.Println(tag, "ok", t, "|", t.Location(), name, off, t.Unix(), t.Nanosecond(), t.Weekday(), t.YearDay())
}

func main() {
	for _, c := range cases {
		t, err := time.Parse(c.layout, c.value)
		show(fmt.Sprintf("parse %q %q:", c.layout, c.value), t, err)
	}

	// Every layout constant: format times in several zones, then parse the text back.
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly}
	base := time.Date(2015, time.March, 7, 23, 6, 39, 123456789, time.UTC)
	zones := []*time.Location{time.UTC, time.Local, time.FixedZone("CET", 3600), time.FixedZone("", -8*3600),
		time.FixedZone("IST", 5*3600+30*60), time.FixedZone("ODD", -(3*3600 + 25*60 + 17)), time.FixedZone("", 45)}
	for _, loc := range zones {
		t := base.In(loc)
		fmt.Println("zone", loc, t, t.Location() == loc, t.Equal(base), t == base)
		y, m, d := t.Date()
		h, mi, s := t.Clock()
		fmt.Println("fields", y, m, d, h, mi, s, t.Weekday(), t.YearDay(), t.Hour(), t.Day())
		for _, l := range layouts {
			text := t.Format(l)
			back, err := time.Parse(l, text)
			fmt.Printf("fmt %q => %q | %v %v\n", l, text, back, err)
			inLoc, err := time.ParseInLocation(l, text, loc)
			fmt.Printf("   in %v %v %v\n", inLoc, err, inLoc.Equal(t))
		}
		odd := []string{"-07", "-070000", "-07:00:00", "Z07", "Z070000", "Z07:00:00", "MST", "Z0700 MST"}
		for _, l := range odd {
			fmt.Printf("zfmt %q %q\n", l, t.Format(l))
		}
	}

	// ParseInLocation: defaults and zone matching against the given location.
	cet := time.FixedZone("CET", 3600)
	for _, loc := range []*time.Location{time.UTC, time.Local, cet} {
		for _, v := range []string{"2024-06-01 12:00:00", "2024-06-01 12:00:00 +0100", "2024-06-01 12:00:00 +0000",
			"2024-06-01 12:00:00 CET", "2024-06-01 12:00:00 UTC", "2024-06-01 12:00:00 GMT+2", "2024-06-01 12:00:00 Z"} {
			l := "2006-01-02 15:04:05"
			if len(v) > len(l) {
				switch v[len(l)+1] {
				case '+', '-':
					l += " -0700"
				case 'Z':
					l += " Z0700"
				default:
					l += " MST"
				}
			}
			t, err := time.ParseInLocation(l, v, loc)
			show(fmt.Sprintf("in %v %q:", loc, v), t, err)
			fmt.Println("   same loc:", t.Location() == loc, t.Location() == time.UTC, t.Location() == time.Local)
		}
	}

	// Conversions between zones keep the instant.
	t := time.Date(2024, time.December, 31, 23, 30, 0, 0, time.FixedZone("", -2*3600))
	fmt.Println("conv", t, t.UTC(), t.Local(), t.In(cet), t.UTC().In(cet) == t.In(cet))
	fmt.Println("conv", t.UTC() == t, t.UTC().Equal(t), t.Local() == t.UTC(), t.UTC().Location(), t.Local().Location())
	fmt.Println("conv", t.Year(), t.UTC().Year(), t.In(cet).YearDay(), t.AddDate(0, 0, 1), t.Add(time.Hour).Format(time.RFC3339))
	fmt.Println("unix", time.Unix(0, 0), time.Unix(0, 0).Location(), time.Unix(1e9, 0).UTC(), time.UnixMilli(-1).In(cet))
	fmt.Println("zero", time.Time{}.Location(), time.Time{}.In(cet), time.Time{}.UTC() == time.Time{})
	name, off := time.Time{}.Zone()
	fmt.Println("zone of zero", name, off)
	fz := time.FixedZone("", 3600)
	fmt.Printf("fixed %q %v %v %v\n", fz.String(), time.FixedZone("", 3600) == fz, time.Date(2000, 1, 1, 0, 0, 0, 0, fz), fz)
	d1, _ := time.Parse(time.RFC3339, "2024-03-10T01:59:59-05:00")
	d2, _ := time.Parse(time.RFC3339, "2024-03-10T03:00:00-04:00")
	fmt.Println("sub", d2.Sub(d1), d1.Before(d2), d2.Compare(d1), d1.Equal(d1.UTC()))

	// ParseDuration quotes like Parse.
	for _, v := range []string{"1µ", "1é", "\"x\"", "1h\t"} {
		_, err := time.ParseDuration(v)
		fmt.Println("dur", err)
	}
}
