//! Goroutines on tokio: [`run_main`], [`spawn`], goroutine ids and per-goroutine state,
//! `GOMAXPROCS`, panic reporting and exit codes, fatal errors, deadlock detection ([`park`]),
//! defer frames and `recover` ([`defer`]), and the seeded RNG (`GORT_SEED`).
//!
//! A goroutine is a tokio task on the multi-thread runtime with `GOMAXPROCS` workers. Its
//! per-goroutine state ([`G`]: id, RNG, panics being handled) lives in the task's own future
//! ([`Goroutine`]), reached through a thread-local pointer that `Goroutine::poll` sets for the
//! duration of the poll; plain threads get a thread-local one.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::io::Write;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::task::{Context, Poll};

pub mod defer;
pub mod park;
pub(crate) mod stack;

pub use defer::{BodyDefers, DeferFrame};

use crate::panic::GoPanic;

/// Per-goroutine state.
pub(crate) struct G {
    pub(crate) id: u64,
    rng: Cell<u64>,
    /// Panics whose deferred calls are running, innermost last (see [`defer`]).
    pub(crate) panics: RefCell<Vec<defer::PanicRec>>,
    /// Panics superseded by a later one while their deferred calls ran, oldest first:
    /// `(text, recovered)`. Go prints them before the final panic.
    pub(crate) chain: RefCell<Vec<(String, bool)>>,
    /// The panic that last left a frame unrecovered: `(payload address, its chain mark)`, so
    /// the next frame it reaches keeps its place in the chain (see `defer::push_panic`).
    pub(crate) escaped: Cell<(usize, usize)>,
}

impl G {
    fn new(id: u64) -> G {
        // The RNG is seeded on first use (`rand_u64`): seeding reads the clock.
        G { id, rng: Cell::new(0), panics: RefCell::new(Vec::new()), chain: RefCell::new(Vec::new()), escaped: Cell::new((0, 0)) }
    }
}

thread_local! {
    static THREAD_G: G = G::new(next_thread_id());
    /// Whether this plain thread counts as a goroutine for deadlock detection.
    static REGISTERED: Cell<bool> = const { Cell::new(false) };
    /// Nesting depth of defer frames running a body on this thread (panic-hook silencing).
    pub(crate) static FRAME_DEPTH: Cell<u32> = const { Cell::new(0) };
    /// The state of the goroutine being polled on this thread, or null: set by
    /// `Goroutine::poll` for the duration of the poll (see [`with_g`]).
    static CURRENT: Cell<*const G> = const { Cell::new(std::ptr::null()) };
    /// The unseeded random stream of this thread.
    static THREAD_RNG: Cell<u64> = Cell::new(seed_for(next_thread_id()));
    /// Channel operations left before the running goroutine yields (see `chan::coop`).
    static BUDGET_LEFT: Cell<u32> = const { Cell::new(BUDGET) };
    /// Goroutine ids this thread may hand out: `(next, end)`.
    static GOID_CACHE: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

/// A fresh goroutine id: from this thread's batch, refilled from `NEXT_GOID` (as Go's
/// `goidcache`: one shared atomic operation per batch; ids are unique, not ordered across
/// threads).
fn next_goid() -> u64 {
    GOID_CACHE.with(|c| {
        let (next, end) = c.get();
        if next < end {
            c.set((next + 1, end));
            return next;
        }
        // Relaxed: ids need only be unique.
        let base = NEXT_GOID.fetch_add(GOID_BATCH, Ordering::Relaxed);
        c.set((base + 1, base + GOID_BATCH));
        base
    })
}

/// Goroutine ids: main is 1, like Go; spawned goroutines count up from 2.
static NEXT_GOID: AtomicU64 = AtomicU64::new(2);
/// Plain threads get ids from a separate, high range so they never collide with goroutines.
static NEXT_THREAD_ID: AtomicU64 = AtomicU64::new(1 << 48);
/// Live goroutines started by `spawn` that deadlock detection does not count (it is off outside
/// `run_main`), for `runtime.NumGoroutine`; the counted ones are in `park`'s word already.
static NUM_GOROUTINE: AtomicI64 = AtomicI64::new(0);
/// How many goroutine ids a thread takes at once (Go's per-P `goidcache` batch).
const GOID_BATCH: u64 = 16;

fn next_thread_id() -> u64 {
    // Relaxed: only uniqueness matters.
    NEXT_THREAD_ID.fetch_add(1, Ordering::Relaxed)
}

/// Runs `f` with the current goroutine's state (or the current thread's).
pub(crate) fn with_g<R>(f: impl FnOnce(&G) -> R) -> R {
    let p = CURRENT.with(Cell::get);
    if p.is_null() {
        return THREAD_G.with(f);
    }
    // SAFETY: a non-null `CURRENT` points at the `G` of the goroutine whose `poll` is running
    // on this thread, further up this very stack: `Goroutine::poll` sets it to its own pinned
    // `g` (which does not move or drop while the poll runs) and restores the previous value
    // before returning, on every path (the inner poll runs under `catch_unwind`). `G` is only
    // ever reached by shared reference (its fields are `Cell`/`RefCell`), so this `&G` aliases
    // nothing mutable.
    f(unsafe { &*p })
}

/// Whether a goroutine is being polled on this thread.
#[inline]
fn in_goroutine() -> bool {
    !CURRENT.with(Cell::get).is_null()
}

/// The current goroutine's id (Go prints it in `goroutine N [running]:`).
pub fn goid() -> u64 {
    with_g(|g| g.id)
}

/// Whether the current context counts for deadlock detection.
#[cfg_attr(loom, allow(dead_code))]
pub(crate) fn counted_here() -> bool {
    in_goroutine() || REGISTERED.with(|r| r.get())
}

/// Completed channel operations a goroutine may run between yields.
pub(crate) const BUDGET: u32 = 128;

/// Spends one unit of the budget; true if it was spent already (it is then refilled and the
/// caller yields once). One thread-local access per operation.
#[inline]
pub(crate) fn budget_take() -> bool {
    BUDGET_LEFT.with(|b| {
        let left = b.get();
        if left == 0 {
            b.set(BUDGET);
            true
        } else {
            b.set(left - 1);
            false
        }
    })
}

fn in_gort_context() -> bool {
    in_goroutine() || FRAME_DEPTH.with(|d| d.get() > 0) || REGISTERED.with(|r| r.get())
}

// ---- configuration -------------------------------------------------------------------------

/// `GORT_SEED`, if set: seeds every random choice (select order, map iteration order).
fn env_seed() -> Option<u64> {
    static SEED: OnceLock<Option<u64>> = OnceLock::new();
    *SEED.get_or_init(|| std::env::var("GORT_SEED").ok().and_then(|s| s.trim().parse().ok()))
}

fn seed_for(id: u64) -> u64 {
    let base = match env_seed() {
        Some(s) => s,
        None => {
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
            t ^ (&t as *const u64 as u64)
        }
    };
    // splitmix64 of (base, id): distinct, well-mixed, never zero streams per goroutine.
    let mut z = base.wrapping_add(id.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) | 1
}

/// A pseudo-random number from the current goroutine's stream (xorshift64*). Deterministic per
/// goroutine when `GORT_SEED` is set; used for select order and map iteration order.
pub fn rand_u64() -> u64 {
    fn step(c: &Cell<u64>) -> u64 {
        let mut x = c.get();
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        c.set(x);
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    if env_seed().is_some() {
        // Reproducible: the goroutine's own stream, independent of scheduling.
        with_g(|g| {
            if g.rng.get() == 0 {
                // Seeded on first use (`seed_for` is never 0).
                g.rng.set(seed_for(g.id));
            }
            step(&g.rng)
        })
    } else {
        // Unseeded: the cheaper per-thread stream.
        THREAD_RNG.with(step)
    }
}

/// Whether `GORT_VIRTUAL_TIME=1`: timers run on tokio's paused clock, which jumps to the next
/// timer whenever every goroutine is idle (a one-worker runtime).
pub fn virtual_time() -> bool {
    static V: OnceLock<bool> = OnceLock::new();
    *V.get_or_init(|| std::env::var("GORT_VIRTUAL_TIME").is_ok_and(|v| v == "1" || v == "true"))
}

static GOMAXPROCS: AtomicI64 = AtomicI64::new(0);

/// `GOMAXPROCS`: the env var if set and positive, else the CPU count.
pub fn gomaxprocs() -> i64 {
    // Relaxed: a plain configuration value.
    let v = GOMAXPROCS.load(Ordering::Relaxed);
    if v > 0 {
        return v;
    }
    let v = std::env::var("GOMAXPROCS").ok().and_then(|s| s.trim().parse::<i64>().ok()).filter(|&n| n > 0).unwrap_or_else(num_cpu);
    // Relaxed: a configuration value; racing first readers store the same number.
    GOMAXPROCS.store(v, Ordering::Relaxed);
    v
}

/// Sets the value `runtime.GOMAXPROCS(n)` reports (tokio's worker count is fixed at start).
pub(crate) fn set_gomaxprocs(n: i64) {
    gomaxprocs();
    // Relaxed: a configuration value with no data behind it.
    GOMAXPROCS.store(n, Ordering::Relaxed);
}

/// `runtime.NumCPU()`.
pub fn num_cpu() -> i64 {
    std::thread::available_parallelism().map_or(1, |n| n.get() as i64)
}

/// `runtime.NumGoroutine()`: goroutines started by `run_main`/`spawn` still running.
pub fn num_goroutine() -> i64 {
    // Relaxed: a statistic, like Go's (it is stale as soon as it is read).
    (NUM_GOROUTINE.load(Ordering::Relaxed) + park::live()).max(1)
}

fn build_runtime() -> tokio::runtime::Runtime {
    if virtual_time() {
        #[cfg(not(loom))]
        {
            return tokio::runtime::Builder::new_current_thread().enable_all().start_paused(true).build().expect("gort: tokio runtime");
        }
    }
    let mut b = tokio::runtime::Builder::new_multi_thread();
    b.worker_threads(gomaxprocs() as usize).thread_name("gort-worker");
    // Go's maximum goroutine stack (reserved, committed as used): deep recursion works. (tokio
    // built for loom has no thread-start hook.)
    #[cfg(not(loom))]
    b.thread_stack_size(stack::WORKER_STACK).on_thread_start(stack::record_thread_stack);
    b.enable_all().build().expect("gort: tokio runtime")
}

/// The runtime goroutines run on: the current tokio runtime if there is one, else a global one
/// started on first use.
pub(crate) fn handle() -> tokio::runtime::Handle {
    if let Ok(h) = tokio::runtime::Handle::try_current() {
        return h;
    }
    // A plain thread of a Go program spawns onto the program's runtime.
    if let Some(h) = MAIN_HANDLE.get() {
        return h.clone();
    }
    static GLOBAL: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    GLOBAL.get_or_init(build_runtime).handle().clone()
}

/// The runtime `run_main` built.
static MAIN_HANDLE: OnceLock<tokio::runtime::Handle> = OnceLock::new();

// ---- goroutines ----------------------------------------------------------------------------

/// Go's `go f(x)`: runs `fut` as a new goroutine. Operands are evaluated by the caller (they are
/// moved into `fut`). An unrecovered panic in it prints Go's report and exits 2.
pub fn spawn<F>(fut: F)
where
    F: Future<Output = ()> + Send + 'static,
{
    install_panic_hook();
    let id = next_goid();
    let counted = park::goroutine_start();
    if !counted {
        // Relaxed: a statistic.
        NUM_GOROUTINE.fetch_add(1, Ordering::Relaxed);
    }
    // Relaxed: a heuristic count; `throttle` re-reads it under its lock.
    let backlog = BACKLOG.fetch_add(1, Ordering::Relaxed) + 1;
    let g = Goroutine { g: G::new(id), fut, started: false, counted };
    if in_goroutine() {
        // A goroutine runs on a worker of the program's runtime: spawn there directly
        // (`handle()` would clone and drop the runtime handle's shared reference count).
        tokio::spawn(g);
    } else {
        handle().spawn(g);
    }
    if backlog > BACKLOG_HIGH {
        throttle();
    }
}

/// Goroutines spawned but not yet started. A loop that spawns without ever yielding (Go's
/// `for { go f() }`) would otherwise queue every task before any runs; Go preempts such a loop,
/// tokio cannot. Past `BACKLOG_HIGH` the spawner steps aside (`block_in_place` hands its worker
/// to another thread) until the backlog is down to `BACKLOG_LOW`.
static BACKLOG: AtomicI64 = AtomicI64::new(0);
const BACKLOG_HIGH: i64 = 1 << 16;
const BACKLOG_LOW: i64 = 1 << 12;
static BACKLOG_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
static BACKLOG_CV: std::sync::Condvar = std::sync::Condvar::new();

fn throttle() {
    let Ok(h) = tokio::runtime::Handle::try_current() else { return };
    if h.runtime_flavor() != tokio::runtime::RuntimeFlavor::MultiThread || !in_goroutine() {
        return;
    }
    tokio::task::block_in_place(|| {
        let mut g = BACKLOG_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        // Relaxed: a heuristic; the timed wait re-reads it.
        while BACKLOG.load(Ordering::Relaxed) > BACKLOG_LOW {
            g = BACKLOG_CV.wait_timeout(g, std::time::Duration::from_millis(1)).unwrap_or_else(|e| e.into_inner()).0;
        }
    });
}

fn goroutine_started() {
    // Relaxed: a heuristic count; the notify below is under the lock the waiter re-checks in.
    if BACKLOG.fetch_sub(1, Ordering::Relaxed) == BACKLOG_LOW + 1 {
        let _g = BACKLOG_LOCK.lock();
        BACKLOG_CV.notify_all();
    }
}

/// A goroutine's body: its state, turns an escaping panic into Go's report and keeps the
/// counts.
struct Goroutine<F> {
    /// Reached through `CURRENT` while `fut` is polled (see [`with_g`]).
    g: G,
    fut: F,
    started: bool,
    /// Counted by deadlock detection (else by `NUM_GOROUTINE`).
    counted: bool,
}

impl<F: Future<Output = ()>> Future for Goroutine<F> {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // SAFETY: `fut` and `g` are structurally pinned: never moved out of `self`, and
        // `Goroutine` has no Drop impl or Unpin impl that would let them move. `started` is
        // not pinned.
        let this = unsafe { self.get_unchecked_mut() };
        if !this.started {
            this.started = true;
            goroutine_started();
        }
        // SAFETY: as above: `fut` stays where it is.
        let fut = unsafe { Pin::new_unchecked(&mut this.fut) };
        // `g` stays put (pinned) until this poll returns; `CURRENT` is restored below on
        // every path, so it never outlives the poll (the SAFETY argument of `with_g`).
        let outer = CURRENT.with(|c| c.replace(&this.g));
        BUDGET_LEFT.with(|b| b.set(BUDGET));
        let r = match std::panic::catch_unwind(AssertUnwindSafe(|| fut.poll(cx))) {
            Ok(r) => r,
            // `runtime.Goexit`: the deferred calls have run; the goroutine just ends (main's
            // end no longer exits the program).
            Err(payload) if payload.is::<Goexit>() => {
                if this.g.id == 1 {
                    park::main_goexited();
                }
                Poll::Ready(())
            }
            // With `CURRENT` still set: the report reads this goroutine's id and panic chain.
            Err(payload) => report_panic(payload),
        };
        CURRENT.with(|c| c.set(outer));
        if r.is_ready() {
            if this.counted {
                park::goroutine_exit();
            } else {
                // Relaxed: a statistic.
                NUM_GOROUTINE.fetch_sub(1, Ordering::Relaxed);
            }
        }
        r
    }
}

/// Runs `main` as Go's main goroutine (id 1) and exits the process the way a Go program does:
/// when `main` returns, stdout is flushed and the process exits 0 at once, without waiting for
/// other goroutines. What `#[gort::main]` and translated programs call.
pub fn run_main<F>(main: F) -> !
where
    F: Future<Output = ()> + Send + 'static,
{
    install_panic_hook();
    stack::install_overflow_report();
    tune_allocator();
    park::enable();
    let rt = build_runtime();
    let _ = MAIN_HANDLE.set(rt.handle().clone());
    let counted = park::goroutine_start();
    let body = async move {
        main.await;
        exit(0)
    };
    // Relaxed: a heuristic count.
    BACKLOG.fetch_add(1, Ordering::Relaxed);
    rt.spawn(Goroutine { g: G::new(1), fut: body, started: false, counted });
    rt.block_on(std::future::pending::<()>());
    unreachable!("the main goroutine exits the process")
}

/// Go keeps freed heap memory mapped (its scavenger returns it in the background, minutes
/// later); glibc's malloc gives the top of a heap back to the kernel whenever more than 128 KB
/// of it is free (`madvise(MADV_DONTNEED)`), and faults it in again on the next growth. Tasks
/// come and go by the million in a Go program (each goroutine is one allocation), so a
/// spawning loop whose backlog rises and drains took ~95K page faults per million goroutines.
/// Trim only past 64 MB free, and serve requests below 32 MB from the heap (the largest
/// threshold glibc's own dynamic adjustment reaches; setting the trim threshold turns that
/// adjustment off). Only under `run_main`: the process is a Go program.
fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only sets allocator parameters (it takes the arena lock internally);
    // called once at start-up, before any goroutine runs. Both values are in range.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 64 << 20);
    }
}

/// Starts a plain OS thread that counts as a goroutine for deadlock detection (use it for
/// threads that talk to goroutines through `*_blocking` calls under `run_main`).
pub fn spawn_thread<F>(f: F) -> std::thread::JoinHandle<()>
where
    F: FnOnce() + Send + 'static,
{
    install_panic_hook();
    park::goroutine_start();
    std::thread::spawn(move || {
        REGISTERED.with(|r| r.set(true));
        match std::panic::catch_unwind(AssertUnwindSafe(f)) {
            Ok(()) => park::goroutine_exit(),
            Err(payload) => report_panic(payload),
        }
    })
}

// ---- exits ---------------------------------------------------------------------------------

/// `runtime.Goexit`'s unwind payload: the goroutine's deferred calls run (`recover` does not
/// see it: it is no panic), then the goroutine ends as if its function had returned.
pub(crate) struct Goexit;

/// Go's `runtime.Goexit()`: unwinds the goroutine through its defer frames, then ends it. Main
/// ending this way leaves the program running until no goroutine is left (Go's fatal error).
pub fn goexit() -> ! {
    std::panic::resume_unwind(Box::new(Goexit))
}

/// Go's `os.Exit(code)`: flushes stdout and exits at once (deferred calls do not run).
pub fn exit(code: i32) -> ! {
    crate::fmt::flush_stdout();
    let _ = std::io::stderr().flush();
    std::process::exit(code)
}

/// A Go fatal error (`fatal error: <msg>`): printed, exit 2, never unwinds, never recovered.
pub fn fatal(msg: &str) -> ! {
    crate::fmt::flush_stdout();
    let id = goid();
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "fatal error: {msg}\n\ngoroutine {} [running]:\n", if id >= 1 << 48 { 1 } else { id });
    let _ = err.flush();
    std::process::exit(2)
}

/// Prints an unrecovered panic the way Go does and exits 2: the chain of panics raised while
/// earlier ones unwound (oldest first, `[recovered]` where one was recovered and then
/// superseded), then the goroutine line.
pub(crate) fn report_panic(payload: Box<dyn std::any::Any + Send>) -> ! {
    // The value's own methods (`Error`, `String`) may panic again: the report still happens.
    let text = std::panic::catch_unwind(AssertUnwindSafe(|| panic_text(&payload)))
        .unwrap_or_else(|_| "(panic while printing the panic value)".to_string());
    crate::fmt::flush_stdout();
    let (id, mut chain) = with_g(|g| (g.id, std::mem::take(&mut *g.chain.borrow_mut())));
    let mut out = String::new();
    // Go 1.23+: a recovered panic re-raised with the same value prints once.
    let repanicked = matches!(chain.last(), Some((t, true)) if *t == text);
    if repanicked {
        chain.pop();
    }
    for (i, (t, recovered)) in chain.iter().enumerate() {
        out.push_str(if i == 0 { "panic: " } else { "\tpanic: " });
        out.push_str(t);
        out.push_str(if *recovered { " [recovered]\n" } else { "\n" });
    }
    out.push_str(if chain.is_empty() { "panic: " } else { "\tpanic: " });
    out.push_str(&text);
    if repanicked {
        out.push_str(" [recovered, repanicked]");
    }
    let id = if id >= 1 << 48 { 1 } else { id };
    out.push_str(&format!("\n\ngoroutine {id} [running]:\n"));
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(out.as_bytes());
    let _ = err.flush();
    std::process::exit(2)
}

/// The text after `panic: ` for a panic payload: a Go value's print, or a Rust panic's message
/// mapped to Go's runtime-error text where there is one.
pub(crate) fn panic_text(payload: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(p) = payload.downcast_ref::<GoPanic>() {
        return crate::fmt::panic_value_text(&p.value);
    }
    match rust_panic_message(payload) {
        Some(msg) => match crate::runtime::map_rust_panic(&msg) {
            Some(go) => go,
            None => msg,
        },
        None => "(unknown Rust panic payload)".to_string(),
    }
}

pub(crate) fn rust_panic_message(payload: &Box<dyn std::any::Any + Send>) -> Option<String> {
    if let Some(s) = payload.downcast_ref::<&'static str>() {
        Some((*s).to_string())
    } else {
        payload.downcast_ref::<String>().cloned()
    }
}

/// Silences Rust's default panic message inside goroutines and defer frames (the runtime prints
/// Go's report instead); elsewhere the previous hook runs.
pub(crate) fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !in_gort_context() {
                prev(info)
            }
        }));
    });
}
