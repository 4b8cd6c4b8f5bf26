//! Go's `time` package: [`Duration`] (Go's printing and parsing), [`Time`], [`sleep`],
//! [`after`], [`tick`], [`Timer`] ([`new_timer`]), [`Ticker`] ([`new_ticker`]), [`after_func`],
//! [`now`], [`since`], [`until`].
//!
//! Timers run on tokio's timer wheel (each armed timer is a small task; stopping one aborts
//! it, releasing its resources). Timer channels follow Go 1.23+: `Stop`/`Reset` guarantee that
//! no stale value is received afterwards, and `len`/`cap` of a timer channel are 0. An armed
//! timer counts as pending for deadlock detection. With `GORT_VIRTUAL_TIME=1` the clock is
//! tokio's paused clock: it jumps to the next timer whenever all goroutines are idle.

use std::sync::OnceLock;

use crate::chan::{Chan, WeakChan};
use std::sync::Arc;

use crate::facade::Lock;
use crate::rt::park;

mod duration;

pub use duration::{Duration, HOUR, MICROSECOND, MILLISECOND, MINUTE, NANOSECOND, SECOND, parse_duration_text};

/// Go's `time.ParseDuration(s)`: `(d, nil)` or `(0, err)` with Go's error text
/// (`time: invalid duration "x"`). [`parse_duration_text`] is the `Result` form.
pub fn parse_duration(s: impl AsRef<[u8]>) -> (Duration, crate::value::Error) {
    match parse_duration_text(&String::from_utf8_lossy(s.as_ref())) {
        Ok(d) => (d, crate::value::Error::nil()),
        Err(e) => (Duration(0), crate::errors::new(e)),
    }
}

// ---- clock ---------------------------------------------------------------------------------

/// The wall clock and tokio's (possibly paused) monotonic clock, read together once.
struct Epoch {
    wall_ns: i64,
    mono: tokio::time::Instant,
}

fn epoch() -> &'static Epoch {
    static E: OnceLock<Epoch> = OnceLock::new();
    E.get_or_init(|| Epoch {
        wall_ns: std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i64),
        mono: tokio::time::Instant::now(),
    })
}

/// Go's `time.Time` (UTC; with a monotonic reading when taken from [`now`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct Time {
    /// Nanoseconds since the Unix epoch.
    unix_ns: i64,
    /// Monotonic nanoseconds since the process's clock epoch, if any (Go's `m=+…`).
    mono_ns: Option<i64>,
}

/// Go's `time.Now()` (virtual under `GORT_VIRTUAL_TIME=1`).
pub fn now() -> Time {
    let e = epoch();
    let mono = tokio::time::Instant::now().saturating_duration_since(e.mono).as_nanos() as i64;
    Time { unix_ns: e.wall_ns + mono, mono_ns: Some(mono) }
}

/// Go's `time.Since(t)`.
pub fn since(t: Time) -> Duration {
    now().sub(t)
}

/// Go's `time.Until(t)`.
pub fn until(t: Time) -> Duration {
    t.sub(now())
}

/// Go's `time.Unix(sec, nsec)`.
pub fn unix(sec: i64, nsec: i64) -> Time {
    Time { unix_ns: sec.wrapping_mul(1_000_000_000).wrapping_add(nsec), mono_ns: None }
}

/// Go's `time.UnixMilli(ms)`.
pub fn unix_milli(ms: i64) -> Time {
    Time { unix_ns: ms.wrapping_mul(1_000_000), mono_ns: None }
}

impl Time {
    /// Go's `t.Sub(u)`: monotonic when both have a reading.
    pub fn sub(self, u: Time) -> Duration {
        match (self.mono_ns, u.mono_ns) {
            (Some(a), Some(b)) => Duration(a.wrapping_sub(b)),
            _ => Duration(self.unix_ns.wrapping_sub(u.unix_ns)),
        }
    }
    /// Go's `t.Add(d)`.
    pub fn add(self, d: Duration) -> Time {
        Time { unix_ns: self.unix_ns.wrapping_add(d.0), mono_ns: self.mono_ns.map(|m| m.wrapping_add(d.0)) }
    }
    fn cmp_key(self, u: Time) -> std::cmp::Ordering {
        match (self.mono_ns, u.mono_ns) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => self.unix_ns.cmp(&u.unix_ns),
        }
    }
    /// Go's `t.Before(u)`.
    pub fn before(self, u: Time) -> bool {
        self.cmp_key(u).is_lt()
    }
    /// Go's `t.After(u)`.
    pub fn after(self, u: Time) -> bool {
        self.cmp_key(u).is_gt()
    }
    /// Go's `t.Equal(u)`.
    pub fn equal(self, u: Time) -> bool {
        self.cmp_key(u).is_eq()
    }
    /// Go's `t.Compare(u)`.
    pub fn compare(self, u: Time) -> i64 {
        self.cmp_key(u) as i64
    }
    /// Go's `t.IsZero()` (the zero `Time` here is the Unix epoch's zero value).
    pub fn is_zero(self) -> bool {
        self.unix_ns == 0 && self.mono_ns.is_none()
    }
    pub fn unix(self) -> i64 {
        self.unix_ns.div_euclid(1_000_000_000)
    }
    pub fn unix_milli(self) -> i64 {
        self.unix_ns.div_euclid(1_000_000)
    }
    pub fn unix_micro(self) -> i64 {
        self.unix_ns.div_euclid(1_000)
    }
    pub fn unix_nano(self) -> i64 {
        self.unix_ns
    }
    /// Go's `t.Nanosecond()`.
    pub fn nanosecond(self) -> i64 {
        self.unix_ns.rem_euclid(1_000_000_000)
    }
    /// Go's `t.Round(0)`: strips the monotonic reading.
    pub fn strip_mono(self) -> Time {
        Time { unix_ns: self.unix_ns, mono_ns: None }
    }
    /// `(year, month 1-12, day, hour, minute, second)` in UTC.
    pub fn civil(self) -> (i64, i64, i64, i64, i64, i64) {
        let secs = self.unix();
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        (if m <= 2 { y + 1 } else { y }, m, d, rem / 3600, rem % 3600 / 60, rem % 60)
    }
    /// Go's `t.String()` in UTC: `2009-11-10 23:00:00.5 +0000 UTC m=+0.000000001`.
    pub fn string(self) -> String {
        let (y, mo, d, h, mi, s) = self.civil();
        let mut out = format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}");
        let ns = self.nanosecond();
        if ns != 0 {
            let frac = format!("{ns:09}");
            out.push('.');
            out.push_str(frac.trim_end_matches('0'));
        }
        out.push_str(" +0000 UTC");
        if let Some(m) = self.mono_ns {
            let sign = if m < 0 { '-' } else { '+' };
            let m = m.unsigned_abs();
            out.push_str(&format!(" m={sign}{}.{:09}", m / 1_000_000_000, m % 1_000_000_000));
        }
        out
    }
}

impl PartialEq for Time {
    fn eq(&self, o: &Time) -> bool {
        self.unix_ns == o.unix_ns && self.mono_ns == o.mono_ns
    }
}

// ---- sleeping ------------------------------------------------------------------------------

/// Go's `time.Sleep(d)` in a goroutine or async code. Not "parked" for deadlock detection.
pub async fn sleep(d: Duration) {
    if d.0 <= 0 {
        return;
    }
    park::timer_start();
    struct End;
    impl Drop for End {
        fn drop(&mut self) {
            park::timer_end();
        }
    }
    let _end = End;
    tokio::time::sleep(d.to_std()).await;
}

/// Go's `time.Sleep(d)` on a plain OS thread.
pub fn sleep_blocking(d: Duration) {
    if d.0 > 0 {
        std::thread::sleep(d.to_std());
    }
}

// ---- timers --------------------------------------------------------------------------------

enum Action {
    /// A channel timer: the task holds only weak handles, so a timer nobody can receive from
    /// any more is dropped (and its task aborted) with its channel, as in Go 1.23.
    Send(WeakChan<Time>),
    /// `AfterFunc`: runs even when nobody holds the `Timer`.
    Func(Arc<dyn Fn() + Send + Sync>),
    FuncAsync(Arc<dyn Fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> + Send + Sync>),
}

struct TimerState {
    /// Armed and not yet fired. The pending-timer count moves exactly when this does.
    armed: bool,
    /// Bumped by every stop/reset, so a superseded firing does nothing.
    generation: u64,
    task: Option<tokio::task::JoinHandle<()>>,
}

struct TimerInner {
    action: Action,
    state: Lock<TimerState>,
}

/// Go's `*time.Timer` (`Clone` shares). `c` is Go's `t.C` (nil for [`after_func`] timers).
#[derive(Clone)]
pub struct Timer {
    pub c: Chan<Time>,
    inner: Arc<TimerInner>,
}

impl Drop for TimerInner {
    fn drop(&mut self) {
        let mut st = self.state.lock();
        if let Some(t) = st.task.take() {
            t.abort();
        }
        if st.armed {
            st.armed = false;
            park::timer_end();
        }
    }
}

impl TimerInner {
    /// Arms the timer for `d`. Call with `state` locked (passed in).
    fn arm(self: &Arc<Self>, st: &mut TimerState, d: Duration) {
        st.armed = true;
        st.generation += 1;
        park::timer_start();
        let generation = st.generation;
        let dur = d.to_std();
        let sleep = async move {
            if !dur.is_zero() {
                tokio::time::sleep(dur).await;
            }
        };
        st.task = Some(match self.action {
            Action::Send(_) => {
                let me = Arc::downgrade(self);
                crate::rt::handle().spawn(async move {
                    sleep.await;
                    if let Some(me) = me.upgrade() {
                        me.fire(generation);
                    }
                })
            }
            _ => {
                let me = self.clone();
                crate::rt::handle().spawn(async move {
                    sleep.await;
                    me.fire(generation);
                })
            }
        });
    }

    fn fire(&self, generation: u64) {
        let mut st = self.state.lock();
        if !st.armed || st.generation != generation {
            return;
        }
        st.armed = false;
        st.task = None;
        match &self.action {
            Action::Send(c) => {
                // The buffer (capacity 1) was drained by the last stop/reset.
                if let Some(c) = c.upgrade() {
                    let _ = c.try_send(now());
                }
            }
            Action::Func(f) => {
                let f = f.clone();
                crate::spawn(async move { f() });
            }
            Action::FuncAsync(f) => {
                let f = f.clone();
                crate::spawn(async move { f().await });
            }
        }
        drop(st);
        // After the wake-up (or the new goroutine) is accounted for.
        park::timer_end();
    }

    /// Disarms; Go's return value: whether the timer was pending (armed, or fired with its
    /// value not yet received).
    fn stop_locked(&self, st: &mut TimerState) -> bool {
        let was_armed = st.armed;
        if st.armed {
            st.armed = false;
            if let Some(t) = st.task.take() {
                t.abort();
            }
            park::timer_end();
        }
        st.generation += 1;
        let unreceived = match &self.action {
            Action::Send(c) => c.upgrade().is_some_and(|c| matches!(c.try_recv(), Some(Some(_)))),
            _ => false,
        };
        was_armed || unreceived
    }
}

fn timer_with(c: Chan<Time>, action: Action, d: Duration) -> Timer {
    let inner = Arc::new(TimerInner { action, state: Lock::new(TimerState { armed: false, generation: 0, task: None }) });
    c.set_keepalive(inner.clone());
    {
        let mut st = inner.state.lock();
        inner.arm(&mut st, d);
    }
    Timer { c, inner }
}

/// Go's `time.NewTimer(d)`.
pub fn new_timer(d: Duration) -> Timer {
    let c = Chan::make_timer();
    let weak = c.downgrade();
    timer_with(c, Action::Send(weak), d)
}

/// Go's `time.After(d)`: `new_timer(d).c`.
pub fn after(d: Duration) -> Chan<Time> {
    new_timer(d).c
}

/// Go's `time.AfterFunc(d, f)`: runs `f` in its own goroutine after `d`.
pub fn after_func(d: Duration, f: impl Fn() + Send + Sync + 'static) -> Timer {
    timer_with(Chan::nil(), Action::Func(Arc::new(f)), d)
}

/// `time.AfterFunc(d, f)` for an `f` that may block.
pub fn after_func_async<F>(d: Duration, f: impl Fn() -> F + Send + Sync + 'static) -> Timer
where
    F: std::future::Future<Output = ()> + Send + 'static,
{
    timer_with(Chan::nil(), Action::FuncAsync(Arc::new(move || Box::pin(f()))), d)
}

impl Timer {
    /// Go's `t.Stop()`: true if the call stopped a pending timer.
    pub fn stop(&self) -> bool {
        let mut st = self.inner.state.lock();
        self.inner.stop_locked(&mut st)
    }

    /// Go's `t.Reset(d)`: re-arms; true if the timer was pending.
    pub fn reset(&self, d: Duration) -> bool {
        let mut st = self.inner.state.lock();
        let was = self.inner.stop_locked(&mut st);
        self.inner.arm(&mut st, d);
        was
    }
}

// ---- tickers -------------------------------------------------------------------------------

/// Go's `*time.Ticker` (`Clone` shares). `c` is Go's `t.C`.
#[derive(Clone)]
pub struct Ticker {
    pub c: Chan<Time>,
    inner: Arc<TickerInner>,
}

/// The running ticker task, if any; kept alive by the `Ticker` and by its channel. The task holds
/// only a weak handle to the channel, so an unreferenced ticker (`time.Tick` in a loop) stops.
struct TickerInner {
    task: Lock<Option<tokio::task::JoinHandle<()>>>,
}

impl TickerInner {
    /// Stops the task; the pending-timer count moves exactly when a task is taken from here.
    fn stop_task(&self) {
        if let Some(t) = self.task.lock().take() {
            t.abort();
            park::timer_end();
        }
    }
}

impl Drop for TickerInner {
    fn drop(&mut self) {
        self.stop_task();
    }
}

fn start_ticker(c: &Chan<Time>, d: Duration) -> tokio::task::JoinHandle<()> {
    park::timer_start();
    let c = c.downgrade();
    let period = d.to_std();
    crate::rt::handle().spawn(async move {
        let mut next = tokio::time::Instant::now() + period;
        loop {
            tokio::time::sleep_until(next).await;
            let Some(ch) = c.upgrade() else { return };
            // A slow receiver misses ticks, as in Go: at most one is waiting.
            let _ = ch.try_send(now());
            drop(ch);
            next += period;
            let n = tokio::time::Instant::now();
            if next < n {
                next = n + period - std::time::Duration::from_nanos((n - next).as_nanos() as u64 % period.as_nanos().max(1) as u64);
            }
        }
    })
}

fn non_positive(what: &str) -> ! {
    crate::go_panic(crate::value::Any::from_value(crate::value::Str::from(format!("non-positive interval for {what}"))))
}

/// Go's `time.NewTicker(d)`; panics like Go for `d <= 0`.
pub fn new_ticker(d: Duration) -> Ticker {
    if d.0 <= 0 {
        non_positive("NewTicker");
    }
    let c = Chan::make_timer();
    let inner = Arc::new(TickerInner { task: Lock::new(Some(start_ticker(&c, d))) });
    c.set_keepalive(inner.clone());
    Ticker { c, inner }
}

impl Ticker {
    /// Go's `t.Stop()`.
    pub fn stop(&self) {
        self.inner.stop_task();
        let _ = self.c.try_recv();
    }

    /// Go's `t.Reset(d)`; panics like Go for `d <= 0`.
    pub fn reset(&self, d: Duration) {
        if d.0 <= 0 {
            non_positive("Ticker.Reset");
        }
        self.inner.stop_task();
        let _ = self.c.try_recv();
        *self.inner.task.lock() = Some(start_ticker(&self.c, d));
    }
}

/// Go's `time.Tick(d)`: a ticker's channel that is never stopped; nil for `d <= 0`.
pub fn tick(d: Duration) -> Chan<Time> {
    if d.0 <= 0 {
        return Chan::nil();
    }
    new_ticker(d).c
}
