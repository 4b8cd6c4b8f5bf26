//! Go's `maps`: `All`/`Keys`/`Values` (sequences in the map's random iteration order),
//! `Collect`, `Clone`, `Copy`, `Equal`, `DeleteFunc`.

use std::sync::Arc;

use crate::iter::{Seq, Seq2, Yield, Yield2};
use crate::value::{Func, GoValue, Map};

/// `maps.All(m)`: the key-value pairs, in random order.
pub fn all<K, V>(m: &Map<K, V>) -> Seq2<K, V>
where
    K: GoValue + Clone,
    V: Clone + Default + Send + Sync + 'static,
{
    let m = m.clone();
    Func::new(Arc::new(move |y: Yield2<K, V>| {
        for (k, v) in m.iter() {
            if !(*y)(k, v) {
                return;
            }
        }
    }))
}
/// `maps.Clone(m)` (nil stays nil).
pub fn clone<K: GoValue + Clone, V: Clone + Default>(m: &Map<K, V>) -> Map<K, V> {
    if m.is_nil() {
        return Map::nil();
    }
    Map::from(m.entries())
}
/// `maps.Collect(seq)`: a new map of the pairs (later pairs overwrite earlier ones).
pub fn collect<K, V>(seq: impl Fn(Yield2<K, V>)) -> Map<K, V>
where
    K: GoValue + Clone,
    V: Clone + Default + Send + 'static,
{
    let m = Map::make();
    let sink = m.clone();
    crate::iter::drain2(seq, move |k, v| sink.set(k, v));
    m
}
/// `maps.Copy(dst, src)`.
pub fn copy<K: GoValue + Clone, V: Clone + Default>(dst: &Map<K, V>, src: &Map<K, V>) {
    for (k, v) in src.iter() {
        dst.set(k, v);
    }
}
/// `maps.DeleteFunc(m, del)`.
pub fn delete_func<K: GoValue + Clone, V: Clone + Default>(m: &Map<K, V>, del: impl Fn(K, V) -> bool) {
    for (k, v) in m.iter() {
        if del(k.clone(), v) {
            m.delete(&k);
        }
    }
}
/// `maps.Equal(m1, m2)` (Go's `==` on values).
pub fn equal<K: GoValue + Clone, V: GoValue + Clone + Default>(m1: &Map<K, V>, m2: &Map<K, V>) -> bool {
    m1.len() == m2.len() && m1.iter().all(|(k, v)| matches!(m2.get_ok(&k), (w, true) if w.eq_dyn(&v)))
}
/// `maps.Keys(m)`: the keys, in random order.
pub fn keys<K, V>(m: &Map<K, V>) -> Seq<K>
where
    K: GoValue + Clone,
    V: Clone + Default + Send + Sync + 'static,
{
    let m = m.clone();
    Func::new(Arc::new(move |y: Yield<K>| {
        for (k, _) in m.iter() {
            if !(*y)(k) {
                return;
            }
        }
    }))
}
/// `maps.Values(m)`: the values, in random order.
pub fn values<K, V>(m: &Map<K, V>) -> Seq<V>
where
    K: GoValue + Clone,
    V: Clone + Default + Send + Sync + 'static,
{
    let m = m.clone();
    Func::new(Arc::new(move |y: Yield<V>| {
        for (_, v) in m.iter() {
            if !(*y)(v) {
                return;
            }
        }
    }))
}
