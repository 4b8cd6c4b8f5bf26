//! Go's `iter`: `Seq[V]` and `Seq2[K, V]` are func values (`func(yield func(V) bool)`), the
//! same Rust types the emitter gives those func types, plus helpers to build and drain them.
//!
//! Std functions that take a sequence (`slices.Collect`, `maps.Collect`) take it as a callback,
//! `impl Fn(Yield<V>)`; pass a `Seq` value as `&*seq`.

use std::sync::Arc;

use parking_lot::Mutex;

use crate::value::Func;

/// The `yield` function of a `Seq[V]`: `func(V) bool`.
pub type Yield<V> = Func<dyn Fn(V) -> bool + Send + Sync>;
/// The `yield` function of a `Seq2[K, V]`: `func(K, V) bool`.
pub type Yield2<K, V> = Func<dyn Fn(K, V) -> bool + Send + Sync>;
/// Go's `iter.Seq[V]`.
pub type Seq<V> = Func<dyn Fn(Yield<V>) + Send + Sync>;
/// Go's `iter.Seq2[K, V]`.
pub type Seq2<K, V> = Func<dyn Fn(Yield2<K, V>) + Send + Sync>;

/// A `Seq` from a Rust closure that calls `yield` until it returns false.
pub fn seq<V: 'static>(f: impl Fn(&dyn Fn(V) -> bool) + Send + Sync + 'static) -> Seq<V> {
    Func::new(Arc::new(move |y: Yield<V>| f(&|v| (*y)(v))))
}

/// A `Seq2` from a Rust closure that calls `yield` until it returns false.
pub fn seq2<K: 'static, V: 'static>(f: impl Fn(&dyn Fn(K, V) -> bool) + Send + Sync + 'static) -> Seq2<K, V> {
    Func::new(Arc::new(move |y: Yield2<K, V>| f(&|k, v| (*y)(k, v))))
}

/// Runs a sequence to the end, calling `f` on each value (`for v := range seq`).
pub fn drain<V: Send + 'static>(seq: impl Fn(Yield<V>), f: impl FnMut(V) + Send + 'static) {
    let f = Arc::new(Mutex::new(f));
    seq(Func::new(Arc::new(move |v| {
        (f.lock())(v);
        true
    })));
}

/// Runs a two-value sequence to the end (`for k, v := range seq`).
pub fn drain2<K: Send + 'static, V: Send + 'static>(seq: impl Fn(Yield2<K, V>), f: impl FnMut(K, V) + Send + 'static) {
    let f = Arc::new(Mutex::new(f));
    seq(Func::new(Arc::new(move |k, v| {
        (f.lock())(k, v);
        true
    })));
}

/// Collects a sequence's values in order.
pub fn to_vec<V: Send + 'static>(seq: impl Fn(Yield<V>)) -> Vec<V> {
    let out = Arc::new(Mutex::new(Vec::new()));
    let sink = out.clone();
    drain(seq, move |v| sink.lock().push(v));
    let mut g = out.lock();
    std::mem::take(&mut *g)
}

/// Go's `iter.Pull(seq)`: the push sequence turned into `next`/`stop`. The sequence runs on a
/// thread of its own, started by the first `next` (as Go's coroutine starts then), and each
/// `yield` hands one value over and waits for the next `next` (or `stop`, which makes that
/// `yield` return false). After the end or `stop`, `next` returns the zero value and false. A
/// panic in the sequence comes out of the `next` or `stop` that resumed it.
pub fn pull<V: Default + Send + 'static>(
    seq: impl Fn(Yield<V>) + Send + Sync + 'static,
) -> (Func<dyn Fn() -> (V, bool) + Send + Sync>, Func<dyn Fn() + Send + Sync>) {
    let p = Puller::new(move |y: Box<dyn Fn(V) -> bool + Send + Sync>| seq(Func::new(Arc::new(move |v| y(v)))));
    let q = p.clone();
    let next = Func::new(Arc::new(move || match p.next() {
        Some(v) => (v, true),
        None => (V::default(), false),
    }) as Arc<dyn Fn() -> (V, bool) + Send + Sync>);
    (next, Func::new(Arc::new(move || q.stop()) as Arc<dyn Fn() + Send + Sync>))
}

/// Go's `iter.Pull2(seq)`: [`pull`] for a two-value sequence.
pub fn pull2<K: Default + Send + 'static, V: Default + Send + 'static>(
    seq: impl Fn(Yield2<K, V>) + Send + Sync + 'static,
) -> (Func<dyn Fn() -> (K, V, bool) + Send + Sync>, Func<dyn Fn() + Send + Sync>) {
    let p = Puller::new(move |y: Box<dyn Fn((K, V)) -> bool + Send + Sync>| seq(Func::new(Arc::new(move |k, v| y((k, v))))));
    let q = p.clone();
    let next = Func::new(Arc::new(move || match p.next() {
        Some((k, v)) => (k, v, true),
        None => (K::default(), V::default(), false),
    }) as Arc<dyn Fn() -> (K, V, bool) + Send + Sync>);
    (next, Func::new(Arc::new(move || q.stop()) as Arc<dyn Fn() + Send + Sync>))
}

type Payload = Box<dyn std::any::Any + Send>;
type Body<I> = Box<dyn FnOnce(Box<dyn Fn(I) -> bool + Send + Sync>) + Send>;

enum Msg<I> {
    Item(I),
    Done,
    Panicked(Payload),
}

struct PullState<I> {
    /// The sequence, until the first `next` starts it.
    body: Option<Body<I>>,
    items: Option<std::sync::mpsc::Receiver<Msg<I>>>,
    resume: Option<std::sync::mpsc::SyncSender<bool>>,
    thread: Option<std::thread::JoinHandle<()>>,
    done: bool,
}

struct Puller<I>(Arc<Mutex<PullState<I>>>);

impl<I> Clone for Puller<I> {
    fn clone(&self) -> Self {
        Puller(self.0.clone())
    }
}

impl<I: Send + 'static> Puller<I> {
    fn new(body: impl FnOnce(Box<dyn Fn(I) -> bool + Send + Sync>) + Send + 'static) -> Self {
        Puller(Arc::new(Mutex::new(PullState { body: Some(Box::new(body)), items: None, resume: None, thread: None, done: false })))
    }

    fn next(&self) -> Option<I> {
        let mut st = self.0.lock();
        if st.done {
            return None;
        }
        if let Some(body) = st.body.take() {
            let (item_tx, item_rx) = std::sync::mpsc::sync_channel::<Msg<I>>(0);
            let (resume_tx, resume_rx) = std::sync::mpsc::sync_channel::<bool>(0);
            let resume_rx = Mutex::new(resume_rx);
            let tx = item_tx.clone();
            let yield_fn = move |v: I| -> bool {
                if tx.send(Msg::Item(v)).is_err() {
                    return false;
                }
                matches!(resume_rx.lock().recv(), Ok(true))
            };
            st.thread = Some(std::thread::spawn(move || {
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| body(Box::new(yield_fn))));
                let _ = item_tx.send(match r {
                    Ok(()) => Msg::Done,
                    Err(p) => Msg::Panicked(p),
                });
            }));
            st.items = Some(item_rx);
            st.resume = Some(resume_tx);
        } else if let Some(r) = &st.resume {
            let _ = r.send(true);
        }
        self.receive(&mut st)
    }

    fn stop(&self) {
        let mut st = self.0.lock();
        if st.done {
            return;
        }
        st.body = None;
        if let Some(r) = &st.resume {
            // The sequence is parked in `yield`: it returns false there and should return.
            let _ = r.send(false);
            // Values yielded after `stop` are dropped.
            while self.receive(&mut st).is_some() {
                if let Some(r) = &st.resume {
                    let _ = r.send(false);
                }
            }
        }
        st.done = true;
    }

    /// The sequence's next message; at its end (or panic) the thread is joined.
    fn receive(&self, st: &mut PullState<I>) -> Option<I> {
        let msg = st.items.as_ref().map_or(Msg::Done, |rx| rx.recv().unwrap_or(Msg::Done));
        match msg {
            Msg::Item(v) => Some(v),
            other => {
                st.done = true;
                st.items = None;
                st.resume = None;
                if let Some(t) = st.thread.take() {
                    let _ = t.join();
                }
                if let Msg::Panicked(p) = other {
                    std::panic::resume_unwind(p);
                }
                None
            }
        }
    }
}
