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
