//! Go's `time` package: [`Duration`] (Go's printing and parsing), [`Time`] ([`now`], [`date`],
//! [`unix`], `Format`, [`parse`], [`parse_in_location`]), [`Location`] ([`utc`], [`local`],
//! [`fixed_zone`]), [`ParseError`], [`Month`], [`Weekday`], [`sleep`], [`after`], [`tick`],
//! [`Timer`] ([`new_timer`], [`after_func`]), [`Ticker`] ([`new_ticker`]), [`since`], [`until`].
//!
//! Armed timers are entries of one process-wide timer heap served by a timer thread (`heap.rs`;
//! on a current-thread runtime, whose clock may be paused as under `GORT_VIRTUAL_TIME=1`, tokio
//! tasks). Tickers and `Sleep` use
//! tokio's timer wheel. Timer channels follow Go 1.23+: `Stop`/`Reset` guarantee that
//! no stale value is received afterwards, and `len`/`cap` of a timer channel are 0. An armed
//! timer counts as pending for deadlock detection. With `GORT_VIRTUAL_TIME=1` the clock is
//! tokio's paused clock: it jumps to the next timer whenever all goroutines are idle.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::chan::{Chan, WeakChan};
use std::sync::Arc;

use crate::facade::Lock;
use crate::rt::park;
use crate::value::{GoCall, Resolved};

mod date;
mod duration;
#[cfg(not(loom))]
mod heap;
mod format;
mod parse;
mod zone;

pub use date::{
    APRIL, AUGUST, DECEMBER, FEBRUARY, FRIDAY, JANUARY, JULY, JUNE, MARCH, MAY, MONDAY, Month, NOVEMBER, OCTOBER,
    SATURDAY, SEPTEMBER, SUNDAY, THURSDAY, TUESDAY, Time, WEDNESDAY, Weekday, date, unix, unix_milli,
};
pub use duration::{Duration, HOUR, MICROSECOND, MILLISECOND, MINUTE, NANOSECOND, SECOND, parse_duration_text};
pub use parse::ParseError;
pub use zone::{Location, fixed_zone, local, utc};

use crate::value::{Error, Ptr, Str};

// Go's layout constants.
/// Go's `time.Layout`: the reference time, in numerical order.
pub const LAYOUT: Str = Str::lit("01/02 03:04:05PM '06 -0700");
/// Go's `time.ANSIC`.
pub const ANSIC: Str = Str::lit("Mon Jan _2 15:04:05 2006");
/// Go's `time.UnixDate`.
pub const UNIX_DATE: Str = Str::lit("Mon Jan _2 15:04:05 MST 2006");
/// Go's `time.RubyDate`.
pub const RUBY_DATE: Str = Str::lit("Mon Jan 02 15:04:05 -0700 2006");
/// Go's `time.RFC822`.
pub const RFC822: Str = Str::lit("02 Jan 06 15:04 MST");
/// Go's `time.RFC822Z`: RFC822 with a numeric zone.
pub const RFC822Z: Str = Str::lit("02 Jan 06 15:04 -0700");
/// Go's `time.RFC850`.
pub const RFC850: Str = Str::lit("Monday, 02-Jan-06 15:04:05 MST");
/// Go's `time.RFC1123`.
pub const RFC1123: Str = Str::lit("Mon, 02 Jan 2006 15:04:05 MST");
/// Go's `time.RFC1123Z`: RFC1123 with a numeric zone.
pub const RFC1123Z: Str = Str::lit("Mon, 02 Jan 2006 15:04:05 -0700");
/// Go's `time.RFC3339`.
pub const RFC3339: Str = Str::lit("2006-01-02T15:04:05Z07:00");
/// Go's `time.RFC3339Nano`.
pub const RFC3339_NANO: Str = Str::lit("2006-01-02T15:04:05.999999999Z07:00");
/// Go's `time.Kitchen`.
pub const KITCHEN: Str = Str::lit("3:04PM");
/// Go's `time.Stamp`.
pub const STAMP: Str = Str::lit("Jan _2 15:04:05");
/// Go's `time.StampMilli`.
pub const STAMP_MILLI: Str = Str::lit("Jan _2 15:04:05.000");
/// Go's `time.StampMicro`.
pub const STAMP_MICRO: Str = Str::lit("Jan _2 15:04:05.000000");
/// Go's `time.StampNano`.
pub const STAMP_NANO: Str = Str::lit("Jan _2 15:04:05.000000000");
/// Go's `time.DateTime`.
pub const DATE_TIME: Str = Str::lit("2006-01-02 15:04:05");
/// Go's `time.DateOnly`.
pub const DATE_ONLY: Str = Str::lit("2006-01-02");
/// Go's `time.TimeOnly`.
pub const TIME_ONLY: Str = Str::lit("15:04:05");

/// Go's `time.Parse(layout, value)`: `(t, nil)`, or the zero time and a `*time.ParseError`.
/// Without a zone in the value the time is in UTC; an offset that is Local's (0) gives a Local
/// time, any other a fixed zone.
pub fn parse(layout: &Str, value: &Str) -> (Time, Error) {
    parse_result(parse::parse(layout.as_bytes(), value.as_bytes(), &utc(), zone::LOCAL_ID))
}

/// Go's `time.ParseInLocation(layout, value, loc)`: like [`parse`], but a value without a
/// zone is in `loc`, and zones are matched against `loc` instead of Local.
pub fn parse_in_location(layout: &Str, value: &Str, loc: &Ptr<Location>) -> (Time, Error) {
    // A nil `loc` matches zones as UTC does and panics in `Date` when the value has none, as in Go.
    let local = if loc.is_nil() { zone::UTC_ID } else { zone::id_of(loc) };
    parse_result(parse::parse(layout.as_bytes(), value.as_bytes(), loc, local))
}

fn parse_result(r: Result<Time, ParseError>) -> (Time, Error) {
    match r {
        Ok(t) => (t, Error::nil()),
        Err(e) => (Time::default(), Error::from_err(Ptr::new(e))),
    }
}

/// Go's `time.ParseDuration(s)`: `(d, nil)` or `(0, err)` with Go's error text
/// (`time: invalid duration "x"`). [`parse_duration_text`] is the `Result` form.
pub fn parse_duration(s: &crate::value::Str) -> (Duration, crate::value::Error) {
    match parse_duration_text(&s.to_string_lossy()) {
        Ok(d) => (d, crate::value::Error::nil()),
        Err(e) => (Duration(0), crate::errors::new(&crate::value::Str::from(e))),
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

/// Go's `time.Now()` (virtual under `GORT_VIRTUAL_TIME=1`).
pub fn now() -> Time {
    let e = epoch();
    let mono = tokio::time::Instant::now().saturating_duration_since(e.mono).as_nanos() as i64;
    Time::from_clock(e.wall_ns + mono, mono)
}

/// Go's `time.Since(t)`.
pub fn since(t: &Time) -> Duration {
    now().sub(t)
}

/// Go's `time.Until(t)`.
pub fn until(t: &Time) -> Duration {
    t.sub(&now())
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
    /// A channel timer: the timer heap (or task) holds only weak handles, so a timer nobody can
    /// receive from any more is dropped with its channel, as in Go 1.23.
    Send(WeakChan<Time>),
    /// `AfterFunc`: runs even when nobody holds the `Timer`, as a goroutine of the runtime it
    /// was made on.
    Func(Arc<dyn Fn() -> Resolved<()> + Send + Sync>, tokio::runtime::Handle),
}

struct TimerState {
    /// Armed and not yet fired. The pending-timer count moves exactly when this does.
    armed: bool,
    /// The tokio task serving the timer under `GORT_VIRTUAL_TIME=1` (else the timer heap does).
    task: Option<tokio::task::JoinHandle<()>>,
}

struct TimerInner {
    action: Action,
    state: Lock<TimerState>,
    /// Bumped by every stop/reset (under `state`'s lock), so a superseded firing does nothing;
    /// an atomic so the timer heap can tell stale entries without taking the lock.
    generation: AtomicU64,
}

/// Whether armed timers are entries of the timer heap (`heap.rs`) rather than tokio tasks: not
/// on a current-thread tokio runtime, the only kind whose clock can be paused
/// (`GORT_VIRTUAL_TIME=1`, `#[tokio::test(start_paused = true)]`); a paused clock is followed
/// only by tokio's own timers.
fn on_heap() -> bool {
    use tokio::runtime::{Handle, RuntimeFlavor};
    cfg!(not(loom))
        && !crate::rt::virtual_time()
        && Handle::try_current().map_or(true, |h| h.runtime_flavor() != RuntimeFlavor::CurrentThread)
}

/// Go's `*time.Timer` (a handle: `Clone` shares, `==` is identity). `C` is Go's `t.C` (nil for
/// [`after_func`] timers). The zero value (`Default`) is Go's uninitialized `time.Timer{}`,
/// whose `Stop` and `Reset` panic.
#[derive(Clone, Default)]
#[allow(non_snake_case)]
pub struct Timer {
    /// Go's `t.C`: receives the time when the timer fires.
    pub C: Chan<Time>,
    inner: Option<Arc<TimerInner>>,
}

impl Drop for TimerInner {
    fn drop(&mut self) {
        let mut st = self.state.lock();
        if let Some(t) = st.task.take() {
            t.abort();
        }
        if st.armed {
            st.armed = false;
            #[cfg(not(loom))]
            heap::note_stale();
            self.count_end();
        }
    }
}

impl TimerInner {
    /// Counts the armed timer for deadlock detection: a channel timer apart (it keeps the
    /// program alive only while someone waits on its channel).
    fn count_start(&self) {
        match self.action {
            Action::Send(_) => park::chan_timer_start(),
            Action::Func(..) => park::timer_start(),
        }
    }

    fn count_end(&self) {
        match self.action {
            Action::Send(_) => park::chan_timer_end(),
            Action::Func(..) => park::timer_end(),
        }
    }

    /// The channel of an armed channel timer.
    fn armed_chan(&self) -> Option<Chan<Time>> {
        match &self.action {
            Action::Send(c) if self.state.try_lock().is_none_or(|st| st.armed) => c.upgrade(),
            _ => None,
        }
    }

    fn generation(&self) -> u64 {
        // Relaxed: written under `state`'s lock; the heap's lock-free reads only decide whether
        // an entry is worth keeping, and `fire` re-checks under the lock.
        self.generation.load(Ordering::Relaxed)
    }

    /// Arms the timer for `d`. Call with `state` locked (passed in).
    fn arm(self: &Arc<Self>, st: &mut TimerState, d: Duration) {
        st.armed = true;
        let generation = self.generation() + 1;
        // Relaxed: see `generation`.
        self.generation.store(generation, Ordering::Relaxed);
        self.count_start();
        let dur = d.to_std();
        #[cfg(not(loom))]
        if on_heap() {
            let target = match self.action {
                Action::Send(_) => heap::Target::Weak(Arc::downgrade(self)),
                Action::Func(..) => heap::Target::Strong(self.clone()),
            };
            let now = std::time::Instant::now();
            heap::push(now.checked_add(dur).unwrap_or(now + std::time::Duration::from_secs(1 << 40)), generation, target);
            return;
        }
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
        if !st.armed || self.generation() != generation {
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
            Action::Func(f, rt) => {
                let f = f.clone();
                let _in_rt = rt.enter();
                crate::spawn(async move { f().finish().await });
            }
        }
        drop(st);
        // After the wake-up (or the new goroutine) is accounted for.
        self.count_end();
    }

    /// Disarms; Go's return value: whether the timer was pending (armed, or fired with its
    /// value not yet received).
    fn stop_locked(&self, st: &mut TimerState) -> bool {
        let was_armed = st.armed;
        if st.armed {
            st.armed = false;
            if let Some(t) = st.task.take() {
                t.abort();
            } else {
                #[cfg(not(loom))]
                heap::note_stale();
            }
            self.count_end();
        }
        // Relaxed: see `generation`.
        self.generation.store(self.generation() + 1, Ordering::Relaxed);
        let unreceived = match &self.action {
            Action::Send(c) => c.upgrade().is_some_and(|c| matches!(c.try_recv(), Some(Some(_)))),
            _ => false,
        };
        was_armed || unreceived
    }
}

fn timer_with(c: Chan<Time>, action: Action, d: Duration) -> Timer {
    let inner = Arc::new(TimerInner { action, state: Lock::new(TimerState { armed: false, task: None }), generation: AtomicU64::new(0) });
    c.set_keepalive(inner.clone());
    {
        let mut st = inner.state.lock();
        inner.arm(&mut st, d);
    }
    Timer { C: c, inner: Some(inner) }
}

/// Go's `time.NewTimer(d)`.
pub fn new_timer(d: Duration) -> Timer {
    let c = Chan::make_timer();
    let weak = c.downgrade();
    timer_with(c, Action::Send(weak), d)
}

/// Go's `time.After(d)`: `new_timer(d).C`.
pub fn after(d: Duration) -> Chan<Time> {
    new_timer(d).C
}

/// Go's `time.AfterFunc(d, f)`: runs `f` in its own goroutine after `d`. `f` returns `()` or,
/// if it may block, a `BoxFuture` (see [`GoCall`]).
pub fn after_func<R>(d: Duration, f: impl Fn() -> R + Send + Sync + 'static) -> Timer
where
    R: GoCall<Output = ()>,
{
    timer_with(Chan::nil(), Action::Func(Arc::new(move || f().resolve()), crate::rt::handle()), d)
}

fn uninitialized(what: &'static str) -> ! {
    crate::go_panic(crate::value::Any::from_value(crate::value::Str::lit(what)))
}

impl Timer {
    /// Go's nil `*time.Timer` (a sentinel handle: `Stop`/`Reset` on it panic with Go's nil
    /// dereference, `t == nil` is [`Timer::is_nil`]).
    pub fn nil() -> Timer {
        static NIL: OnceLock<Timer> = OnceLock::new();
        NIL.get_or_init(|| {
            let action = Action::Send(Chan::<Time>::nil().downgrade());
            let inner = TimerInner { action, state: Lock::new(TimerState { armed: false, task: None }), generation: AtomicU64::new(0) };
            Timer { C: Chan::nil(), inner: Some(Arc::new(inner)) }
        })
        .clone()
    }

    /// `t == nil`.
    pub fn is_nil(&self) -> bool {
        *self == Timer::nil()
    }

    /// Go's `t.Stop()`: true if the call stopped a pending timer.
    pub fn stop(&self) -> bool {
        if self.is_nil() {
            crate::value::panic_nil_deref()
        }
        let Some(inner) = &self.inner else { uninitialized("time: Stop called on uninitialized Timer") };
        let mut st = inner.state.lock();
        inner.stop_locked(&mut st)
    }

    /// Go's `t.Reset(d)`: re-arms; true if the timer was pending.
    pub fn reset(&self, d: Duration) -> bool {
        if self.is_nil() {
            crate::value::panic_nil_deref()
        }
        let Some(inner) = &self.inner else { uninitialized("time: Reset called on uninitialized Timer") };
        let mut st = inner.state.lock();
        let was = inner.stop_locked(&mut st);
        inner.arm(&mut st, d);
        was
    }

    /// The address of the shared timer (Go's `t`; 0 for an uninitialized one).
    pub(crate) fn addr(&self) -> usize {
        self.inner.as_ref().map_or(0, |i| Arc::as_ptr(i) as usize)
    }

    /// Whether the timer was made by `NewTimer`/`AfterFunc` (Go's `initTimer`).
    pub(crate) fn is_init(&self) -> bool {
        self.inner.is_some()
    }
}

/// Go compares `*time.Timer` values: identity.
impl PartialEq for Timer {
    fn eq(&self, other: &Timer) -> bool {
        match (&self.inner, &other.inner) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

// ---- tickers -------------------------------------------------------------------------------

/// Go's `*time.Ticker` (a handle: `Clone` shares, `==` is identity). `C` is Go's `t.C`. The
/// zero value (`Default`) is Go's uninitialized `time.Ticker{}`: `Stop` does nothing, `Reset`
/// panics.
#[derive(Clone, Default)]
#[allow(non_snake_case)]
pub struct Ticker {
    /// Go's `t.C`: receives the time at each tick (at most one waits).
    pub C: Chan<Time>,
    inner: Option<Arc<TickerInner>>,
}

/// The running ticker task, if any; kept alive by the `Ticker` and by its channel. The task holds
/// only a weak handle to the channel, so an unreferenced ticker (`time.Tick` in a loop) stops.
struct TickerInner {
    task: Lock<Option<tokio::task::JoinHandle<()>>>,
    /// The ticker's channel (weak: the channel keeps the ticker alive, not the reverse).
    chan: WeakChan<Time>,
}

/// Every ticker made, for deadlock detection's question "is a running ticker's channel
/// waited on?" (dead entries are dropped as the list grows).
static TICKERS: parking_lot::Mutex<Vec<std::sync::Weak<TickerInner>>> = parking_lot::Mutex::new(Vec::new());

fn register_ticker(t: &Arc<TickerInner>) {
    let mut v = TICKERS.lock();
    if v.len() >= 64 && v.len().is_power_of_two() {
        v.retain(|w| w.strong_count() > 0);
    }
    v.push(Arc::downgrade(t));
}

/// Whether a pending channel timer or running ticker may wake a goroutine: some goroutine is
/// (or may be, when its channel is busy) blocked receiving from its channel. Asked by
/// deadlock detection when every goroutine is parked. Under `GORT_VIRTUAL_TIME=1` timers are
/// tokio tasks with no registry: every pending one counts.
pub(crate) fn chan_timers_may_wake() -> bool {
    if crate::rt::virtual_time() {
        return true;
    }
    // Handles are collected under the registries' locks and examined (and dropped: a drop
    // may end a timer and re-enter deadlock detection) after the locks are released.
    #[cfg(not(loom))]
    for t in heap::armed_timers() {
        if t.armed_chan().is_some_and(|c| c.may_have_receiver()) {
            return true;
        }
    }
    // Due entries the timer thread took off the heap before the scan above and has not fired
    // yet (it marks them under the heap's lock, so they are seen here): about to wake.
    #[cfg(not(loom))]
    if heap::firing() {
        return true;
    }
    let tickers: Vec<Arc<TickerInner>> = TICKERS.lock().iter().filter_map(std::sync::Weak::upgrade).collect();
    tickers.iter().any(|t| {
        let running = t.task.try_lock().is_none_or(|task| task.is_some());
        running && t.chan.upgrade().is_some_and(|c| c.may_have_receiver())
    })
}

impl TickerInner {
    /// Stops the task; the pending-timer count moves exactly when a task is taken from here.
    fn stop_task(&self) {
        if let Some(t) = self.task.lock().take() {
            t.abort();
            park::chan_timer_end();
        }
    }
}

impl Drop for TickerInner {
    fn drop(&mut self) {
        self.stop_task();
    }
}

fn start_ticker(c: &Chan<Time>, d: Duration) -> tokio::task::JoinHandle<()> {
    park::chan_timer_start();
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
    let inner = Arc::new(TickerInner { task: Lock::new(Some(start_ticker(&c, d))), chan: c.downgrade() });
    register_ticker(&inner);
    c.set_keepalive(inner.clone());
    Ticker { C: c, inner: Some(inner) }
}

impl Ticker {
    /// Go's nil `*time.Ticker` (a sentinel handle: `Stop`/`Reset` on it panic with Go's nil
    /// dereference, `t == nil` is [`Ticker::is_nil`]).
    pub fn nil() -> Ticker {
        static NIL: OnceLock<Ticker> = OnceLock::new();
        NIL.get_or_init(|| Ticker { C: Chan::nil(), inner: Some(Arc::new(TickerInner { task: Lock::new(None), chan: Chan::nil().downgrade() })) }).clone()
    }

    /// `t == nil`.
    pub fn is_nil(&self) -> bool {
        *self == Ticker::nil()
    }

    /// Go's `t.Stop()` (nothing for an uninitialized ticker, as in Go).
    pub fn stop(&self) {
        if self.is_nil() {
            crate::value::panic_nil_deref()
        }
        let Some(inner) = &self.inner else { return };
        inner.stop_task();
        let _ = self.C.try_recv();
    }

    /// Go's `t.Reset(d)`; panics like Go for `d <= 0` and for an uninitialized ticker.
    pub fn reset(&self, d: Duration) {
        if self.is_nil() {
            crate::value::panic_nil_deref()
        }
        if d.0 <= 0 {
            non_positive("Ticker.Reset");
        }
        let Some(inner) = &self.inner else { uninitialized("time: Reset called on uninitialized Ticker") };
        inner.stop_task();
        let _ = self.C.try_recv();
        *inner.task.lock() = Some(start_ticker(&self.C, d));
    }

    /// The address of the shared ticker (Go's `t`; 0 for an uninitialized one).
    pub(crate) fn addr(&self) -> usize {
        self.inner.as_ref().map_or(0, |i| Arc::as_ptr(i) as usize)
    }

    /// Whether the ticker was made by `NewTicker` (Go's `initTicker`).
    pub(crate) fn is_init(&self) -> bool {
        self.inner.is_some()
    }
}

/// Go compares `*time.Ticker` values: identity.
impl PartialEq for Ticker {
    fn eq(&self, other: &Ticker) -> bool {
        match (&self.inner, &other.inner) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// Go's `time.Tick(d)`: a ticker's channel that is never stopped; nil for `d <= 0`.
pub fn tick(d: Duration) -> Chan<Time> {
    if d.0 <= 0 {
        return Chan::nil();
    }
    new_ticker(d).C
}
