//! Go's `maps`: `Keys`/`Values` (collected, in the map's random order), `Clone`, `Copy`,
//! `Equal`, `DeleteFunc`.

use crate::value::{GoValue, Map, Slice};

/// `maps.Keys(m)` collected (`slices.Sorted(maps.Keys(m))` → `slices::sorted(maps::keys(&m))`).
pub fn keys<K: GoValue + Clone, V: Clone + Default>(m: &Map<K, V>) -> Slice<K> {
    let v: Vec<K> = m.iter().map(|(k, _)| k).collect();
    if v.is_empty() { Slice::nil() } else { Slice::from_vec(v) }
}
/// `maps.Values(m)` collected.
pub fn values<K: GoValue + Clone, V: Clone + Default>(m: &Map<K, V>) -> Slice<V> {
    let v: Vec<V> = m.iter().map(|(_, v)| v).collect();
    if v.is_empty() { Slice::nil() } else { Slice::from_vec(v) }
}
/// `maps.Clone` (nil stays nil).
pub fn clone<K: GoValue + Clone, V: Clone + Default>(m: &Map<K, V>) -> Map<K, V> {
    if m.is_nil() {
        return Map::nil();
    }
    Map::from(m.entries())
}
/// `maps.Copy(dst, src)`.
pub fn copy<K: GoValue + Clone, V: Clone + Default>(dst: &Map<K, V>, src: &Map<K, V>) {
    for (k, v) in src.entries() {
        dst.set(k, v);
    }
}
/// `maps.Equal`.
pub fn equal<K: GoValue + Clone, V: GoValue + Clone + Default>(a: &Map<K, V>, b: &Map<K, V>) -> bool {
    a.len() == b.len() && a.entries().iter().all(|(k, v)| matches!(b.get_ok(k), (w, true) if w.eq_dyn(v)))
}
/// `maps.DeleteFunc`.
pub fn delete_func<K: GoValue + Clone, V: Clone + Default>(m: &Map<K, V>, del: impl Fn(&K, &V) -> bool) {
    for (k, v) in m.entries() {
        if del(&k, &v) {
            m.delete(&k);
        }
    }
}
