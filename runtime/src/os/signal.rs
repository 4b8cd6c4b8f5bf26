//! Go's `os/signal`: `Notify`, `Stop`, `Ignore`, `Reset`, `NotifyContext`.
//!
//! Delivery (as Go's runtime does it): a signal some channel asked for gets gort's handler,
//! which only writes the signal number to a pipe (async-signal-safe); one dispatcher thread
//! reads the pipe and, under the registry lock, sends the signal to every channel that asked
//! for it with a non-blocking send (a full channel drops it, as in Go). When no channel wants a
//! signal any more (`Stop`, `Reset`), the action it had before gort took it over is restored,
//! so an un-notified SIGINT/SIGTERM still ends the program. Synchronous signals (SIGSEGV,
//! SIGBUS, SIGFPE, SIGILL, SIGTRAP) are never taken over: `rt/stack.rs` owns SIGSEGV/SIGBUS.
//!
//! Deadlock detection: Go starts its signal-watching goroutine at the first `Notify` and never
//! stops it, so from then on a program blocked on channels hangs instead of reporting
//! deadlock (even after `Stop`). gort matches that: the first `Notify` counts as a timer that
//! never ends.

use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;

use super::Signal;
use crate::chan::Chan;
use crate::context::{CancelFunc, Context};
use crate::value::{Error, Func, GoError, Iface, Str};

/// Signals 1..=64 as bits of a `u64` (bit `n - 1` is signal `n`).
type Mask = u64;

/// The signals gort may take over: the standard ones but SIGKILL and SIGSTOP (which cannot be
/// caught) and the synchronous ones (faults of the program itself).
const CATCHABLE: Mask = {
    let mut m: Mask = (1 << 31) - 1;
    let never = [4, 5, 7, 8, 9, 11, 19];
    let mut i = 0;
    while i < never.len() {
        m &= !(1 << (never[i] - 1));
        i += 1;
    }
    m
};

fn bit(n: i64) -> Mask {
    if (1..=64).contains(&n) { 1 << (n - 1) } else { 0 }
}

/// The mask of a `sig ...os.Signal` list (empty: every catchable signal, as Go's "all").
fn mask_of(sigs: &[Iface<dyn Signal>]) -> Mask {
    if sigs.is_empty() {
        return CATCHABLE;
    }
    sigs.iter().map(|s| s.number().map_or(0, bit)).fold(0, |a, b| a | b)
}

enum Target {
    Chan(Chan<Iface<dyn Signal>>),
    /// A `NotifyContext`: cancels its context with the signal as the cause.
    Ctx(u64, Arc<dyn Fn(Error) + Send + Sync>),
}

struct Entry {
    target: Target,
    mask: Mask,
}

#[derive(Default)]
struct Registry {
    entries: Vec<Entry>,
    /// Signals whose action is gort's handler.
    handling: Mask,
    /// The action each signal had before gort first changed it.
    saved: Vec<Option<libc::sigaction>>,
    /// Deadlock detection is off for good (the first `Notify`).
    counted: bool,
    next_ctx: u64,
}

// SAFETY: `libc::sigaction` is plain data (a handler address, flags and a signal set); it is
// only ever read or written under the registry's lock.
unsafe impl Send for Registry {}

fn registry() -> &'static Mutex<Registry> {
    static R: OnceLock<Mutex<Registry>> = OnceLock::new();
    R.get_or_init(|| Mutex::new(Registry { saved: vec![None; 65], ..Registry::default() }))
}

/// The pipe's write end, for the handler (-1 until the dispatcher runs).
static PIPE_W: AtomicI32 = AtomicI32::new(-1);

extern "C" fn on_signal(sig: libc::c_int) {
    // Async-signal-safe: one atomic load and one write(2); errno is preserved.
    // SAFETY: __errno_location returns this thread's errno slot; write(2) reads one byte of a
    // local. A full pipe (O_NONBLOCK) drops the signal, as Go drops it when its queue is full.
    unsafe {
        let e = *libc::__errno_location();
        let fd = PIPE_W.load(Ordering::Relaxed);
        if fd >= 0 {
            let b = sig as u8;
            libc::write(fd, (&b as *const u8).cast(), 1);
        }
        *libc::__errno_location() = e;
    }
}

/// Starts the dispatcher thread once (the pipe and the thread reading it).
fn start_dispatcher() {
    static STARTED: OnceLock<()> = OnceLock::new();
    STARTED.get_or_init(|| {
        let mut fds = [0 as libc::c_int; 2];
        // SAFETY: pipe2 writes two descriptors into the two-element array.
        if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
            return;
        }
        // SAFETY: fcntl on a descriptor we own.
        unsafe { libc::fcntl(fds[1], libc::F_SETFL, libc::O_NONBLOCK) };
        // Relaxed: the handler is installed (a syscall, after this store) before it can run.
        PIPE_W.store(fds[1], Ordering::Relaxed);
        let r = fds[0];
        std::thread::Builder::new()
            .name("gort-signal".into())
            .spawn(move || {
                let mut buf = [0u8; 64];
                loop {
                    // SAFETY: read(2) into a local buffer of the given length.
                    let n = unsafe { libc::read(r, buf.as_mut_ptr().cast(), buf.len()) };
                    if n <= 0 {
                        if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                            continue;
                        }
                        return;
                    }
                    for &b in &buf[..n as usize] {
                        deliver(b as i64);
                    }
                }
            })
            .expect("os/signal: cannot start the signal thread");
    });
}

/// Sends `sig` to every channel (and context) that asked for it. The registry stays locked
/// while sending (every send is non-blocking), so nothing reaches a channel after its `Stop`.
fn deliver(sig: i64) {
    let r = registry().lock();
    for e in r.entries.iter().filter(|e| e.mask & bit(sig) != 0) {
        match &e.target {
            Target::Chan(c) => {
                let _ = c.try_send(super::signal_value(sig));
            }
            Target::Ctx(_, cancel) => {
                let text = format!("{} signal received", crate::syscall::Signal(sig).string());
                cancel(Error::from_err(SignalError(Str::from(text))));
            }
        }
    }
}

fn sigaction_of(handler: libc::sighandler_t) -> libc::sigaction {
    // SAFETY: sigaction is plain data; all-zero is a valid value (empty mask, no flags).
    let mut a: libc::sigaction = unsafe { std::mem::zeroed() };
    a.sa_sigaction = handler;
    a.sa_flags = libc::SA_RESTART | libc::SA_ONSTACK;
    // SAFETY: sigfillset fills the set we own: other signals wait while the handler runs.
    unsafe { libc::sigfillset(&mut a.sa_mask) };
    a
}

impl Registry {
    /// Sets `sig`'s action to `handler`, saving the original action the first time.
    fn set_action(&mut self, sig: i64, handler: libc::sighandler_t) {
        let new = sigaction_of(handler);
        // SAFETY: sigaction(2) reads `new` and writes the old action into a local.
        let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
        if unsafe { libc::sigaction(sig as libc::c_int, &new, &mut old) } == 0 && self.saved[sig as usize].is_none() {
            self.saved[sig as usize] = Some(old);
        }
    }

    fn restore(&mut self, sig: i64) {
        if let Some(a) = self.saved[sig as usize] {
            // SAFETY: sigaction(2) with an action saved from an earlier sigaction(2).
            unsafe { libc::sigaction(sig as libc::c_int, &a, std::ptr::null_mut()) };
        }
        self.handling &= !bit(sig);
    }

    fn add(&mut self, target: Target, mask: Mask) {
        if !self.counted {
            self.counted = true;
            crate::rt::park::timer_start();
        }
        start_dispatcher();
        for sig in 1..=64 {
            if mask & CATCHABLE & bit(sig) != 0 && self.handling & bit(sig) == 0 {
                self.set_action(sig, on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t);
                self.handling |= bit(sig);
            }
        }
        self.entries.push(Entry { target, mask });
    }

    /// Restores the original action of every handled signal no entry wants any more.
    fn release_unwanted(&mut self) {
        let wanted = self.entries.iter().fold(0, |a, e| a | e.mask);
        for sig in 1..=64 {
            if self.handling & bit(sig) != 0 && wanted & bit(sig) == 0 {
                self.restore(sig);
            }
        }
    }

    /// Removes `mask` from every entry (`Ignore`, `Reset`).
    fn remove_signals(&mut self, mask: Mask) {
        for e in &mut self.entries {
            e.mask &= !mask;
        }
    }
}

/// Go's `signal.Notify(c, sig...)`: relays the listed signals (none listed: all) to `c`.
/// Calling it again with the same channel adds signals to its set.
pub fn notify(c: &Chan<Iface<dyn Signal>>, sig: &[Iface<dyn Signal>]) {
    if c.is_nil() {
        crate::go_panic(crate::value::Any::from_value(Str::lit("os/signal: Notify using nil channel")));
    }
    let mask = mask_of(sig);
    let mut r = registry().lock();
    if let Some(e) = r.entries.iter_mut().find(|e| matches!(&e.target, Target::Chan(x) if x == c)) {
        e.mask |= mask;
        let target = Target::Chan(c.clone());
        let m = e.mask;
        r.entries.retain(|e| !matches!(&e.target, Target::Chan(x) if x == c));
        r.add(target, m);
        return;
    }
    r.add(Target::Chan(c.clone()), mask);
}

/// Go's `signal.Stop(c)`: no more signals reach `c` once it returns.
pub fn stop(c: &Chan<Iface<dyn Signal>>) {
    let mut r = registry().lock();
    r.entries.retain(|e| !matches!(&e.target, Target::Chan(x) if x == c));
    r.release_unwanted();
}

/// Go's `signal.Ignore(sig...)`: the signals (none listed: all) are ignored and no longer
/// relayed.
pub fn ignore(sig: &[Iface<dyn Signal>]) {
    let mask = mask_of(sig);
    let mut r = registry().lock();
    r.remove_signals(mask);
    for s in 1..=64 {
        if mask & CATCHABLE & bit(s) != 0 {
            r.set_action(s, libc::SIG_IGN);
            r.handling &= !bit(s);
        }
    }
}

/// Go's `signal.Reset(sig...)`: undoes `Notify` and `Ignore` for the signals (none listed:
/// all); they get their original action back.
pub fn reset(sig: &[Iface<dyn Signal>]) {
    let mask = mask_of(sig);
    let mut r = registry().lock();
    r.remove_signals(mask);
    for s in 1..=64 {
        if mask & CATCHABLE & bit(s) != 0 {
            r.restore(s);
        }
    }
}

/// Go's `signal.NotifyContext(parent, sig...)`: a context cancelled (cause: `"<signal> signal
/// received"`, a `signal.signalError`) when one of the signals arrives; `stop` cancels it and
/// stops relaying.
pub fn notify_context(parent: &Context, sig: &[Iface<dyn Signal>]) -> (Context, CancelFunc) {
    let mut name = format!("signal.NotifyContext({}", crate::context::context_name(parent));
    if !sig.is_empty() {
        let names: Vec<String> = sig.iter().map(|s| s.string().to_string()).collect();
        name += &format!(", [{}]", names.join(" "));
    }
    name.push(')');
    let (ctx, cancel) = crate::context::with_cancel_named(parent, name);
    let cancel: Arc<dyn Fn(Error) + Send + Sync> = Arc::new(cancel);
    let id = {
        let mut r = registry().lock();
        r.next_ctx += 1;
        let id = r.next_ctx;
        r.add(Target::Ctx(id, cancel.clone()), mask_of(sig));
        id
    };
    let stop = move || {
        cancel(Error::nil());
        let mut r = registry().lock();
        r.entries.retain(|e| !matches!(&e.target, Target::Ctx(i, _) if *i == id));
        r.release_unwanted();
    };
    (ctx, Func::new(Arc::new(stop)))
}

/// Go's `signal.signalError`: a `NotifyContext` context's cause.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
struct SignalError(Str);

crate::go_named!(SignalError = "signal.signalError"(Str) methods(Error));

impl GoError for SignalError {
    fn Error(&self) -> Str {
        self.0.clone()
    }
}
