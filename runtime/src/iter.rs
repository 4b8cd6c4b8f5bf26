//! Go's `iter`: `Seq[V]` and `Seq2[K, V]` are func values (`func(yield func(V) bool)`), the
//! same Rust types the emitter gives those func types, plus helpers to build and drain them.
//!
//! Std functions that take a sequence (`slices.Collect`, `maps.Collect`) take it as a callback,
//! `impl Fn(Yield<V>)`; pass a `Seq` value as `&*seq`.

use std::sync::Arc;

use parking_lot::Mutex;

use crate::value::{BoxFuture, Func};

/// The `yield` function of a `Seq[V]`: `func(V) bool`.
pub type Yield<V> = Func<dyn Fn(V) -> bool + Send + Sync>;
/// The `yield` function of a `Seq2[K, V]`: `func(K, V) bool`.
pub type Yield2<K, V> = Func<dyn Fn(K, V) -> bool + Send + Sync>;
/// Go's `iter.Seq[V]`.
pub type Seq<V> = Func<dyn Fn(Yield<V>) + Send + Sync>;
/// Go's `iter.Seq2[K, V]`.
pub type Seq2<K, V> = Func<dyn Fn(Yield2<K, V>) + Send + Sync>;

/// The `yield` function of a `Seq[V]` whose calls may block (a range-over-func loop body that
/// blocks): `func(V) bool` in its may-block form.
pub type YieldAsync<V> = Func<dyn Fn(V) -> BoxFuture<'static, bool> + Send + Sync>;
/// The may-block `yield` of a `Seq2[K, V]`.
pub type Yield2Async<K, V> = Func<dyn Fn(K, V) -> BoxFuture<'static, bool> + Send + Sync>;
/// A `Seq[V]` that may block (its `yield` does not).
pub type SeqAsync<V> = Func<dyn Fn(Yield<V>) -> BoxFuture<'static, ()> + Send + Sync>;
/// A `Seq[V]` whose `yield` may block.
pub type SeqAsyncYield<V> = Func<dyn Fn(YieldAsync<V>) -> BoxFuture<'static, ()> + Send + Sync>;
/// A `Seq2[K, V]` that may block (its `yield` does not).
pub type Seq2Async<K, V> = Func<dyn Fn(Yield2<K, V>) -> BoxFuture<'static, ()> + Send + Sync>;
/// A `Seq2[K, V]` whose `yield` may block.
pub type Seq2AsyncYield<K, V> = Func<dyn Fn(Yield2Async<K, V>) -> BoxFuture<'static, ()> + Send + Sync>;

/// A std sequence (`slices.Values(s)`) as a value of a program's may-block `iter.Seq` type:
/// called as Go calls it, lazily.
pub fn seq_async<V: Send + 'static>(s: Seq<V>) -> SeqAsync<V> {
    Func::new(Arc::new(move |y: Yield<V>| -> BoxFuture<'static, ()> {
        let s = s.clone();
        Box::pin(async move { (*s)(y) })
    }))
}

/// [`seq_async`] for a two-value sequence.
pub fn seq2_async<K: Send + 'static, V: Send + 'static>(s: Seq2<K, V>) -> Seq2Async<K, V> {
    Func::new(Arc::new(move |y: Yield2<K, V>| -> BoxFuture<'static, ()> {
        let s = s.clone();
        Box::pin(async move { (*s)(y) })
    }))
}

/// A std sequence for a loop whose body may block (`for k := range maps.Keys(m) { mu.Lock()
/// … }`). The std sequence is synchronous and cannot await the body, so each call runs it to
/// its end first and then hands the values to `yield` one by one. A known difference from Go:
/// a body that changes the slice or map being iterated does not see its changes reflected in
/// the values still to come.
pub fn seq_async_yield<V: Send + 'static>(s: Seq<V>) -> SeqAsyncYield<V> {
    Func::new(Arc::new(move |y: YieldAsync<V>| -> BoxFuture<'static, ()> {
        let s = s.clone();
        Box::pin(async move {
            for v in to_vec(&*s) {
                if !(*y)(v).await {
                    return;
                }
            }
        })
    }))
}

/// [`seq_async_yield`] for a two-value sequence.
pub fn seq2_async_yield<K: Send + 'static, V: Send + 'static>(s: Seq2<K, V>) -> Seq2AsyncYield<K, V> {
    Func::new(Arc::new(move |y: Yield2Async<K, V>| -> BoxFuture<'static, ()> {
        let s = s.clone();
        Box::pin(async move {
            let out = Arc::new(Mutex::new(Vec::new()));
            let sink = out.clone();
            drain2(&*s, move |k, v| sink.lock().push((k, v)));
            let pairs = std::mem::take(&mut *out.lock());
            for (k, v) in pairs {
                if !(*y)(k, v).await {
                    return;
                }
            }
        })
    }))
}

/// A may-block sequence given to a std function that drains it (`slices.Collect(seq)`): run
/// to its end here (awaited), its values replayed by the synchronous sequence returned.
pub async fn drained<V: Clone + Send + Sync + 'static>(seq: SeqAsync<V>) -> Seq<V> {
    replay(gather(|sink| (*seq)(Func::new(Arc::new(move |v: V| sink(v)) as Arc<dyn Fn(V) -> bool + Send + Sync>))).await)
}

/// [`drained`] for a sequence whose `yield` is in the may-block form.
pub async fn drained_yield<V: Clone + Send + Sync + 'static>(seq: SeqAsyncYield<V>) -> Seq<V> {
    let y = move |sink: Sink<V>| Func::new(Arc::new(move |v: V| -> BoxFuture<'static, bool> { Box::pin(std::future::ready(sink(v))) }) as Arc<dyn Fn(V) -> BoxFuture<'static, bool> + Send + Sync>);
    replay(gather(|sink| (*seq)(y(sink))).await)
}

/// [`drained`] for a two-value sequence.
pub async fn drained2<K: Clone + Send + Sync + 'static, V: Clone + Send + Sync + 'static>(seq: Seq2Async<K, V>) -> Seq2<K, V> {
    replay2(gather(|sink| (*seq)(Func::new(Arc::new(move |k: K, v: V| sink((k, v))) as Arc<dyn Fn(K, V) -> bool + Send + Sync>))).await)
}

/// [`drained2`] for a sequence whose `yield` is in the may-block form.
pub async fn drained2_yield<K: Clone + Send + Sync + 'static, V: Clone + Send + Sync + 'static>(seq: Seq2AsyncYield<K, V>) -> Seq2<K, V> {
    let y = move |sink: Sink<(K, V)>| Func::new(Arc::new(move |k: K, v: V| -> BoxFuture<'static, bool> { Box::pin(std::future::ready(sink((k, v)))) }) as Arc<dyn Fn(K, V) -> BoxFuture<'static, bool> + Send + Sync>);
    replay2(gather(|sink| (*seq)(y(sink))).await)
}

/// What a draining `yield` calls with each value: stores it, returns true (go on).
type Sink<I> = Arc<dyn Fn(I) -> bool + Send + Sync>;

/// Runs `run` (which starts the sequence with a `yield` built around the sink it is given)
/// to its end and returns the values the sink received, in order.
async fn gather<I: Send + 'static>(run: impl FnOnce(Sink<I>) -> BoxFuture<'static, ()>) -> Vec<I> {
    let out = Arc::new(Mutex::new(Vec::new()));
    let store = out.clone();
    run(Arc::new(move |v| {
        store.lock().push(v);
        true
    }))
    .await;
    let mut g = out.lock();
    std::mem::take(&mut *g)
}

/// A sequence of the values given, in order.
fn replay<V: Clone + Send + Sync + 'static>(vals: Vec<V>) -> Seq<V> {
    let vals = Arc::new(vals);
    Func::new(Arc::new(move |y: Yield<V>| {
        for v in vals.iter() {
            if !(*y)(v.clone()) {
                return;
            }
        }
    }))
}

/// A two-value sequence of the pairs given, in order.
fn replay2<K: Clone + Send + Sync + 'static, V: Clone + Send + Sync + 'static>(pairs: Vec<(K, V)>) -> Seq2<K, V> {
    let pairs = Arc::new(pairs);
    Func::new(Arc::new(move |y: Yield2<K, V>| {
        for (k, v) in pairs.iter() {
            if !(*y)(k.clone(), v.clone()) {
                return;
            }
        }
    }))
}

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

/// Where a range-over-func loop is, for Go's checks on how its iterator calls `yield` (the
/// runtime errors of Go's `panicrangestate`): each call of the body's closure `enter`s and
/// leaves through `more` (continue) or `done` (break, return, a jump out); the loop calls
/// `finish` when the iterator returns.
#[derive(Clone, Default)]
pub struct RangeState(Arc<std::sync::atomic::AtomicU8>);

impl RangeState {
    const READY: u8 = 0;
    const DONE: u8 = 1;
    const RUNNING: u8 = 2;
    const EXITED: u8 = 3;

    /// A loop about to call its iterator.
    pub fn new() -> RangeState {
        RangeState::default()
    }
    fn get(&self) -> u8 {
        // Relaxed: the body's closure runs on the iterator's goroutine; another goroutine
        // calling `yield` is a race in Go too.
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }
    fn set(&self, s: u8) {
        self.0.store(s, std::sync::atomic::Ordering::Relaxed)
    }
    /// The iterator calls `yield`: only allowed while the loop goes on.
    pub fn enter(&self) {
        match self.get() {
            Self::READY => self.set(Self::RUNNING),
            s => crate::value::panic_range_state(s),
        }
    }
    /// The body finished this iteration (or `continue`d): `yield` returns true.
    pub fn more(&self) -> bool {
        self.set(Self::READY);
        true
    }
    /// The body left the loop (`break`, `return`, a jump out): `yield` returns false.
    pub fn done(&self) -> bool {
        self.set(Self::DONE);
        false
    }
    /// The iterator returned: a body panic it swallowed is Go's runtime error; later calls of
    /// `yield` are too.
    pub fn finish(&self) {
        if self.get() == Self::RUNNING {
            crate::value::panic_range_state(4);
        }
        self.set(Self::EXITED);
    }
}
