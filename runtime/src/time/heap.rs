//! The timer heap: every armed `Timer` of the process is an entry in one min-heap ordered by
//! deadline, served by one OS thread (`gort-timers`) that sleeps until the earliest deadline and
//! fires what is due — Go 1.13's `timerproc` design. An armed timer costs one 48-byte entry and
//! a push under one lock; the per-timer tokio task it replaces cost a task allocation (with
//! tokio's `Sleep` inside), a spawn, two polls and a removal from tokio's task list, and was 1.4×
//! Go's CPU on `bench/timers` (100k goroutines each in a `select` on `time.After`).
//!
//! Stopping or resetting a timer leaves its old entry in the heap (lazy deletion): the entry's
//! generation no longer matches the timer's, so popping it does nothing. Stale entries are
//! counted; when they outnumber the live ones (and there are more than [`COMPACT_MIN`]), the
//! next push rebuilds the heap without them (amortized O(1) per push), so a timer reset in a tight loop (an idle timeout) holds
//! memory for the live deadlines only.
//!
//! Firing runs on the timer thread: a channel timer's `try_send` wakes the receiving goroutine
//! through its waker (tokio's remote schedule), an `AfterFunc` spawns its goroutine on the
//! runtime the timer was made on. Under `GORT_VIRTUAL_TIME=1` (tokio's paused clock, which only
//! tokio's own timers follow) timers stay tokio tasks; see `TimerInner::arm`.

use std::cmp::Ordering as CmpOrdering;
use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock, Weak};
use std::time::Instant;

use parking_lot::Mutex;

use super::TimerInner;

/// Below this many stale entries the heap is never rebuilt.
const COMPACT_MIN: usize = 1024;

/// What an entry fires: channel timers are held weakly (a timer nobody can receive from any
/// more is dropped with its channel, as in Go 1.23), `AfterFunc` timers strongly (they run even
/// when nobody holds the `Timer`).
pub(super) enum Target {
    Weak(Weak<TimerInner>),
    Strong(Arc<TimerInner>),
}

struct Entry {
    when: Instant,
    /// Insertion order: equal deadlines fire first-armed first.
    seq: u64,
    /// The timer's generation when armed; a different one now means stopped or re-armed.
    generation: u64,
    target: Target,
}

impl Entry {
    fn timer(&self) -> Option<Arc<TimerInner>> {
        match &self.target {
            Target::Weak(w) => w.upgrade(),
            Target::Strong(a) => Some(a.clone()),
        }
    }

    /// Still armed with this deadline (not stopped, reset or dropped since).
    fn live(&self) -> bool {
        match &self.target {
            Target::Weak(w) => w.upgrade().is_some_and(|t| t.generation() == self.generation),
            Target::Strong(a) => a.generation() == self.generation,
        }
    }
}

// `BinaryHeap` is a max-heap: the earliest deadline compares greatest.
impl Ord for Entry {
    fn cmp(&self, other: &Self) -> CmpOrdering {
        other.when.cmp(&self.when).then_with(|| other.seq.cmp(&self.seq))
    }
}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<CmpOrdering> {
        Some(self.cmp(other))
    }
}
impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.seq == other.seq
    }
}
impl Eq for Entry {}

struct Heap {
    entries: BinaryHeap<Entry>,
    seq: u64,
    /// The deadline the timer thread sleeps until (`None`: awake, or asleep with no deadline
    /// while `entries` is empty). A push earlier than this unparks it.
    sleeping_until: Option<Instant>,
    /// The thread is parked (with or without a deadline).
    parked: bool,
}

static HEAP: Mutex<Heap> = Mutex::new(Heap { entries: BinaryHeap::new(), seq: 0, sleeping_until: None, parked: false });

/// Entries whose timer was stopped, reset or dropped since they were pushed.
static STALE: AtomicUsize = AtomicUsize::new(0);

/// Entries taken off the heap as due and not yet fired (the timer thread fires them outside
/// the heap's lock). Deadlock detection counts them as armed: between the pop and the fire a
/// timer is in neither place, and a receiver blocked on its channel is about to be woken.
static FIRING: AtomicUsize = AtomicUsize::new(0);

/// Whether due timers are being fired right now ([`FIRING`]).
pub(super) fn firing() -> bool {
    FIRING.load(Ordering::SeqCst) > 0
}

fn thread() -> &'static std::thread::Thread {
    static T: OnceLock<std::thread::Thread> = OnceLock::new();
    T.get_or_init(|| {
        std::thread::Builder::new()
            .name("gort-timers".into())
            .spawn(run)
            .expect("gort: cannot start the timer thread")
            .thread()
            .clone()
    })
}

/// Arms `target` (at `generation`) to fire at `when`.
pub(super) fn push(when: Instant, generation: u64, target: Target) {
    let t = thread();
    let wake = {
        let mut h = HEAP.lock();
        // Relaxed: a heuristic count; the compaction subtracts what it saw.
        let stale = STALE.load(Ordering::Relaxed);
        if stale >= COMPACT_MIN && stale * 2 > h.entries.len() {
            // At least half the entries go: amortized O(1) per push.
            h.entries.retain(Entry::live);
            STALE.fetch_sub(stale, Ordering::Relaxed);
        }
        h.seq += 1;
        let seq = h.seq;
        h.entries.push(Entry { when, seq, generation, target });
        // Parked with a later deadline (or none): wake it to re-plan. Cleared here so
        // concurrent pushes do not unpark it again.
        let earlier = h.parked && h.sleeping_until.is_none_or(|u| when < u);
        if earlier {
            h.parked = false;
        }
        earlier
    };
    if wake {
        t.unpark();
    }
}

/// An armed timer was stopped, reset or dropped: its entry is stale.
/// The timers of the live entries (armed, not superseded), for deadlock detection; the
/// handles are returned so that the caller drops them outside the heap's lock.
pub(super) fn armed_timers() -> Vec<Arc<TimerInner>> {
    // Nothing is dropped under the lock: a timer's drop may re-enter deadlock detection.
    let all: Vec<(Arc<TimerInner>, u64)> = HEAP.lock().entries.iter().filter_map(|e| e.timer().map(|t| (t, e.generation))).collect();
    all.into_iter().filter(|(t, g)| t.generation() == *g).map(|(t, _)| t).collect()
}

pub(super) fn note_stale() {
    // Relaxed: a heuristic count.
    STALE.fetch_add(1, Ordering::Relaxed);
}

/// The timer thread: fire what is due, sleep until the next deadline (or a push of an earlier
/// one).
fn run() {
    let mut due: Vec<Entry> = Vec::new();
    loop {
        let park_for = {
            let mut h = HEAP.lock();
            let now = Instant::now();
            while h.entries.peek().is_some_and(|e| e.when <= now) {
                due.extend(h.entries.pop());
            }
            // SeqCst, under the heap's lock: a deadlock check that no longer finds these
            // entries in the heap sees them here.
            FIRING.store(due.len(), Ordering::SeqCst);
            if due.is_empty() {
                let next = h.entries.peek().map(|e| e.when);
                h.sleeping_until = next;
                h.parked = true;
                Some(next.map(|n| n - now))
            } else {
                None
            }
        };
        match park_for {
            // Due entries fire outside the lock, then the heap is looked at again.
            None => {
                for e in due.drain(..) {
                    if let Some(t) = e.timer() {
                        t.fire(e.generation);
                    }
                }
                FIRING.store(0, Ordering::SeqCst);
                // A check that ran while these were in flight took them for pending: if they
                // woke nobody, look again.
                crate::rt::park::check();
            }
            // An unpark between unlocking and parking is not lost: it makes `park` return.
            Some(Some(d)) => std::thread::park_timeout(d),
            Some(None) => std::thread::park(),
        }
        // Spurious or timed-out wake-ups also land here; the next round re-plans.
        HEAP.lock().parked = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{self, MILLISECOND};
    use std::sync::atomic::AtomicU64;

    fn heap_len() -> usize {
        HEAP.lock().entries.len()
    }

    /// The heap is process-wide: these tests take turns, so one's 16k timers do not count
    /// against the other's bound.
    static TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());

    /// A timer re-armed far in the future over and over (an idle timeout reset per message)
    /// leaves one stale entry per reset; compaction keeps the heap near the live count.
    #[test]
    fn resets_do_not_grow_the_heap() {
        let _turn = TURN.lock().unwrap_or_else(|e| e.into_inner());
        let t = time::new_timer(time::HOUR);
        for _ in 0..100_000 {
            t.reset(time::HOUR);
        }
        // Other tests' timers share the heap: the bound is loose but far below 100k.
        assert!(heap_len() < 5 * COMPACT_MIN, "heap holds {} entries", heap_len());
        assert!(t.stop());
    }

    /// Eight threads arm, stop and re-arm timers at once: every timer left armed fires exactly
    /// once; a timer whose `Stop` returned true never fires; one whose `Stop` returned false
    /// had fired (exactly once). A `Reset` that returned false found the func already fired
    /// (a short deadline on a loaded machine) and, as in Go, runs it once more.
    #[test]
    fn contended_arm_stop_fire() {
        let _turn = TURN.lock().unwrap_or_else(|e| e.into_inner());
        const THREADS: usize = 8;
        const PER: usize = 2_000;
        let handles: Vec<_> = (0..THREADS)
            .map(|_| {
                std::thread::spawn(move || {
                    let slots: Arc<Vec<AtomicU64>> = Arc::new((0..PER).map(|_| AtomicU64::new(0)).collect());
                    let mut fires = vec![1u64; PER];
                    let mut keep = Vec::new();
                    for i in 0..PER {
                        let s = slots.clone();
                        let t = time::after_func((i % 7) as i64 * MILLISECOND / 4, move || {
                            s[i].fetch_add(1, Ordering::Relaxed);
                        });
                        match i % 3 {
                            0 => fires[i] = u64::from(!t.stop()),
                            1 => fires[i] = if t.reset(MILLISECOND / 2) { 1 } else { 2 },
                            _ => {}
                        }
                        keep.push(t);
                    }
                    (slots, fires, keep)
                })
            })
            .collect();
        let runs: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        let want: u64 = runs.iter().map(|(_, f, _)| f.iter().sum::<u64>()).sum();
        let count = || -> u64 { runs.iter().flat_map(|(s, _, _)| s.iter()).map(|a| a.load(Ordering::Relaxed)).sum() };
        let deadline = Instant::now() + std::time::Duration::from_secs(30);
        while count() < want && Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        // Late extra firings would show up here.
        std::thread::sleep(std::time::Duration::from_millis(20));
        for (slots, fires, _) in &runs {
            for (i, f) in fires.iter().enumerate() {
                assert_eq!(slots[i].load(Ordering::Relaxed), *f, "timer {i} (must fire {f} times)");
            }
        }
    }
}
