//! time: Duration's Go text and parsing (expected values printed by Go 1.27), timers and
//! tickers with Go 1.23+ Stop/Reset results, AfterFunc, the virtual clock.

use gort::time::{self, Duration, HOUR, MICROSECOND, MILLISECOND, MINUTE, SECOND};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

#[test]
fn duration_string_matches_go() {
    let table: &[(Duration, &str, i64, i64)] = &[
        (Duration(0), "0s", 0, 0),
        (Duration(1), "1ns", 0, 0),
        (Duration(999), "999ns", 0, 0),
        (Duration(1000), "1µs", 0, 1),
        (Duration(1500), "1.5µs", 0, 1),
        (1500 * MICROSECOND, "1.5ms", 1, 1500),
        (100 * MILLISECOND, "100ms", 100, 100000),
        (1500 * MILLISECOND, "1.5s", 1500, 1500000),
        (2 * MINUTE, "2m0s", 120000, 120000000),
        (90 * MINUTE, "1h30m0s", 5400000, 5400000000),
        (-1500 * MILLISECOND, "-1.5s", -1500, -1500000),
        (Duration(i64::MAX), "2562047h47m16.854775807s", 9223372036854, 9223372036854775),
        (Duration(i64::MIN), "-2562047h47m16.854775808s", -9223372036854, -9223372036854775),
        (3 * HOUR + 4 * SECOND + Duration(5), "3h0m4.000000005s", 10804000, 10804000000),
        (59 * SECOND + 999 * MILLISECOND, "59.999s", 59999, 59999000),
    ];
    for &(d, s, ms, us) in table {
        assert_eq!((d.string(), d.milliseconds(), d.microseconds()), (gort::Str::lit(s), ms, us), "{d:?}");
    }
    assert_eq!((90 * MINUTE).hours(), 1.5);
    assert_eq!((2 * MINUTE).minutes(), 2.0);
    assert_eq!((1500 * MILLISECOND).seconds(), 1.5);
    assert_eq!(
        ((1500 * MILLISECOND).round(SECOND), (1500 * MILLISECOND).truncate(SECOND), (-1500 * MILLISECOND).abs()),
        (2 * SECOND, SECOND, 1500 * MILLISECOND)
    );
}

#[test]
fn parse_duration_matches_go() {
    let ok: &[(&str, &str)] = &[
        ("1.5s", "1.5s"),
        ("2m0s", "2m0s"),
        ("100ms", "100ms"),
        ("1µs", "1µs"),
        ("1us", "1µs"),
        ("-1.5h", "-1h30m0s"),
        ("0", "0s"),
        ("+5s", "5s"),
        ("1h2m3.5s", "1h2m3.5s"),
        (".5s", "500ms"),
        ("1.s", "1s"),
        ("9223372036854775807ns", "2562047h47m16.854775807s"),
    ];
    for (s, want) in ok {
        assert_eq!(time::parse_duration_text(s).map(|d| d.text()), Ok(want.to_string()), "{s}");
        let (d, err) = time::parse_duration(&gort::Str::copy_from(s));
        assert!(err.is_nil() && d.string() == *want, "{s}");
    }
    let bad: &[(&str, &str)] = &[
        ("x", r#"time: invalid duration "x""#),
        ("", r#"time: invalid duration """#),
        ("1", r#"time: missing unit in duration "1""#),
        ("9223372036854775808ns", r#"time: invalid duration "9223372036854775808ns""#),
        ("1d", r#"time: unknown unit "d" in duration "1d""#),
        ("3000000h", r#"time: invalid duration "3000000h""#),
    ];
    for (s, want) in bad {
        assert_eq!(time::parse_duration_text(s), Err(want.to_string()), "{s}");
        let (d, err) = time::parse_duration(&gort::Str::copy_from(s));
        assert_eq!((d, err.Error().to_string_lossy().into_owned()), (Duration(0), want.to_string()));
    }
}

#[test]
fn timer_stop_and_reset_follow_go_1_23() {
    rt().block_on(async {
        // Values printed by Go 1.27 for the same sequence.
        let t = time::new_timer(MILLISECOND);
        time::sleep(10 * MILLISECOND).await;
        assert!(t.stop(), "stop after fire, value unreceived");
        assert_eq!((t.C.len(), t.C.cap()), (0, 0));
        assert!(!t.reset(MILLISECOND), "reset after stop");
        t.C.recv().await;
        assert!(!t.stop(), "stop after the value was received");
        let t2 = time::new_timer(HOUR);
        assert_eq!((t2.stop(), t2.stop()), (true, false));
        assert_eq!((t2.reset(HOUR), t2.reset(MILLISECOND)), (false, true));
        t2.C.recv().await;
        // After Stop, no stale value arrives.
        let t3 = time::new_timer(MILLISECOND);
        time::sleep(5 * MILLISECOND).await;
        t3.stop();
        assert_eq!(t3.C.try_recv(), None);
    });
}

#[test]
fn after_func_and_ticker() {
    rt().block_on(async {
        let ch = gort::Chan::<i64>::make(1);
        let c = ch.clone();
        let t = time::after_func(MILLISECOND, move || {
            let _ = c.try_send(5);
        });
        assert_eq!(ch.recv().await, 5);
        assert!(!t.stop());
        let stopped = time::after_func(HOUR, || -> () {
            unreachable!("stopped timer ran");
        });
        assert!(stopped.stop());

        let tk = time::new_ticker(2 * MILLISECOND);
        let start = time::now();
        for _ in 0..3 {
            tk.C.recv().await;
        }
        assert!(time::since(&start) >= 4 * MILLISECOND);
        tk.stop();
        time::sleep(5 * MILLISECOND).await;
        assert_eq!(tk.C.try_recv(), None, "no tick after Stop");
    });
}

#[test]
fn time_values() {
    assert_eq!(time::unix(0, 0).string(), "1970-01-01 00:00:00 +0000 UTC");
    let t = time::unix(1257894000, 500);
    assert_eq!(t.string(), "2009-11-10 23:00:00.0000005 +0000 UTC");
    assert_eq!(t.add(SECOND).sub(&t), SECOND);
    assert!(t.before(&t.add(Duration(1))) && t.after(&t.add(Duration(-1))) && t.equal(&t));
}

#[test]
fn dates_format_and_calendar_match_go() {
    // Every expected text was printed by Go 1.27 for the same calls.
    use gort::Str;
    use time::{FEBRUARY, Month, NOVEMBER, Weekday};
    let f = |t: &time::Time, layout: &str| t.format(&Str::copy_from(layout)).to_string_lossy().into_owned();
    let s = |t: time::Time| t.string().to_string_lossy().into_owned();
    let start = time::date(2024, &FEBRUARY, 28, 22, 30, 0, 0, &time::utc());
    let end = start.add(90 * MINUTE);
    assert_eq!(
        (f(&end, "2006-01-02 15:04:05"), end.sub(&start), end.after(&start), end.weekday().string(), end.year_day()),
        ("2024-02-29 00:00:00".into(), 90 * MINUTE, true, Str::lit("Thursday"), 60)
    );
    assert_eq!(f(&start.add_date(0, 1, 1), "2006-01-02T15:04:05Z07:00"), "2024-03-29T22:30:00Z");
    assert_eq!(f(&start.truncate(HOUR), "3:04PM"), "10:00PM");
    let t = time::date(2009, &NOVEMBER, 10, 23, 4, 5, 6_000_000, &time::utc());
    assert_eq!(s(t), "2009-11-10 23:04:05.006 +0000 UTC");
    assert_eq!(f(&t, "2006-01-02T15:04:05.999999999Z07:00"), "2009-11-10T23:04:05.006Z");
    assert_eq!(
        f(&t, "Jan _2 Mon 2006 15:04:05.000 MST -07:00 Z0700 pm __2 002 January Monday 06 1 2 3 03 4 5 .999 ,000000"),
        "Nov 10 Tue 2009 23:04:05.006 UTC +00:00 Z pm 314 314 November Tuesday 09 11 10 11 11 4 5 .006 ,006000"
    );
    assert_eq!(s(time::date(2023, &Month(13), 32, 25, 61, 61, -1, &time::utc())), "2024-02-02 02:02:00.999999999 +0000 UTC");
    let bc = time::date(-5, &Month(3), 1, 0, 0, 0, 0, &time::utc());
    assert_eq!((s(bc), f(&bc, "06 2006")), ("-0005-03-01 00:00:00 +0000 UTC".into(), "05 -0005".into()));
    let z = time::Time::default();
    assert_eq!(
        (s(z), z.is_zero(), z.unix(), z.weekday().string(), z.year_day(), z.year()),
        ("0001-01-01 00:00:00 +0000 UTC".into(), true, -62135596800, Str::lit("Monday"), 1, 1)
    );
    assert_eq!(s(time::unix(1700000000, 123456789).round(MILLISECOND)), "2023-11-14 22:13:20.123 +0000 UTC");
    assert_eq!(s(time::unix(1700000000, 500000000).round(SECOND)), "2023-11-14 22:13:21 +0000 UTC");
    assert_eq!(s(time::unix(-1, 0).truncate(HOUR)), "1969-12-31 23:00:00 +0000 UTC");
    assert_eq!((time::unix(0, 0).sub(&z), z.sub(&time::unix(0, 0))), (Duration(i64::MAX), Duration(i64::MIN)));
    assert_eq!((t.date(), t.clock()), ((2009, NOVEMBER, 10), (23, 4, 5)));
    assert_eq!((t.unix_milli(), t.unix_micro(), t.unix_nano()), (1257894245006, 1257894245006000, 1257894245006000000));
    assert_eq!(f(&time::unix_milli(-1500), "2006-01-02T15:04:05.999999999Z07:00"), "1969-12-31T23:59:58.5Z");
    assert_eq!(
        (Month(0).string(), Weekday(-1).string(), time::DECEMBER.string(), time::SATURDAY.string()),
        (Str::lit("%!Month(0)"), Str::lit("%!Weekday(18446744073709551615)"), Str::lit("December"), Str::lit("Saturday"))
    );
    assert_eq!((t.compare(&end), end.compare(&t), t.compare(&t)), (-1, 1, 0));
    assert_eq!(time::date(2024, &Month(12), 31, 12, 0, 0, 0, &time::utc()).year_day(), 366);
    assert_eq!(
        gort::fmt::sprint(&[&time::MARCH, &Str::lit(" "), &time::utc(), &Str::lit(" "), &(90 * SECOND)]).to_string_lossy(),
        "March UTC 1m30s"
    );
}

#[test]
fn zero_timers_and_tickers_act_like_gos() {
    // Go: Stop/Reset of a zero Timer panic; Stop of a zero Ticker does nothing.
    let t = time::Timer::default();
    assert!(t.C.is_nil());
    let tk = time::Ticker::default();
    tk.stop();
    for (want, body) in [
        ("time: Stop called on uninitialized Timer", Box::new(move || {
            let _ = t.stop();
        }) as Box<dyn FnOnce()>),
        ("time: Reset called on uninitialized Ticker", Box::new(move || tk.reset(SECOND))),
    ] {
        let seen = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let s = seen.clone();
        let f = gort::DeferFrame::new();
        f.run_sync(|| {
            f.defer(move || *s.lock().unwrap() = gort::fmt::sprint(&[&gort::recover()]).to_string_lossy().into_owned());
            body();
        });
        assert_eq!(*seen.lock().unwrap(), want);
    }
}

#[test]
fn virtual_clock_runs_an_hour_instantly() {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().start_paused(true).build().unwrap();
    let wall = std::time::Instant::now();
    rt.block_on(async {
        let start = time::now();
        let t = time::new_timer(HOUR);
        time::sleep(30 * MINUTE).await;
        t.C.recv().await;
        assert_eq!(time::since(&start).round(MINUTE), HOUR);
    });
    assert!(wall.elapsed() < std::time::Duration::from_secs(30));
}

#[test]
fn ticker_reset_and_timer_in_select() {
    rt().block_on(async {
        let tk = time::new_ticker(HOUR);
        tk.reset(MILLISECOND);
        tk.C.recv().await;
        tk.stop();
        let t = time::new_timer(2 * MILLISECOND);
        let never = gort::Chan::<i64>::make(0);
        let mut a = gort::select::recv(&never);
        let mut b = gort::select::recv(&t.C);
        assert_eq!(gort::select::select(&mut [&mut a, &mut b]).await, 1);
        assert!(time::tick(Duration(0)).is_nil());
        time::sleep(Duration(-5)).await; // returns at once
    });
}

#[test]
fn unreferenced_timers_are_released() {
    rt().block_on(async {
        // `time.After` in a select loop: each round's timer becomes unreachable when the round
        // ends; its task is aborted then instead of living until the deadline.
        let data = gort::Chan::<i64>::make(1);
        for i in 0..2000 {
            data.send(i).await;
            let t = time::after(HOUR);
            let mut a = gort::select::recv(&data);
            let mut b = gort::select::recv(&t);
            assert_eq!(gort::select::select(&mut [&mut a, &mut b]).await, 0);
        }
        // Aborted tasks are reaped by the scheduler as it gets to them (without the release,
        // all 2000 would sleep for an hour).
        let mut alive = usize::MAX;
        for _ in 0..500 {
            alive = tokio::runtime::Handle::current().metrics().num_alive_tasks();
            if alive < 100 {
                break;
            }
            time::sleep(10 * MILLISECOND).await;
        }
        assert!(alive < 100, "{alive} timer tasks still alive");
        // A dropped Timer whose channel is still held keeps working.
        let c = time::new_timer(MILLISECOND).C;
        c.recv().await;
        // An AfterFunc fires even though nobody holds its Timer.
        let ch = gort::Chan::<i64>::make(1);
        let c2 = ch.clone();
        drop(time::after_func(MILLISECOND, move || {
            let _ = c2.try_send(1);
        }));
        assert_eq!(ch.recv().await, 1);
        // time.Tick's ticker stops once its channel is gone.
        drop(time::tick(MILLISECOND));
    });
}
