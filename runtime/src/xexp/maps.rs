//! `golang.org/x/exp/maps`: the pre-iterator API, whose `Keys` and `Values` return slices (in
//! the map's random iteration order, capacity = length, as its `make([]K, 0, len(m))`). The
//! rest is `maps`'s, plus `Clear` and `EqualFunc`.

use crate::value::{GoValue, Map, Slice};

/// `maps.Keys(m)`: the keys as a new slice.
pub fn keys<K: GoValue + Clone, V: Clone + Default>(m: &Map<K, V>) -> Slice<K> {
    Slice::from_vec(m.iter().map(|(k, _)| k).collect())
}

/// `maps.Values(m)`: the values as a new slice.
pub fn values<K: GoValue + Clone, V: GoValue + Clone + Default>(m: &Map<K, V>) -> Slice<V> {
    Slice::from_vec(m.iter().map(|(_, v)| v).collect())
}

/// `maps.Equal(m1, m2)`.
pub fn equal<K: GoValue + Clone, V: GoValue + Clone + Default>(m1: &Map<K, V>, m2: &Map<K, V>) -> bool {
    crate::maps::equal(m1, m2)
}

/// `maps.EqualFunc(m1, m2, eq)`: same keys, and `eq` holds for each key's two values.
pub fn equal_func<K, V1, V2>(m1: &Map<K, V1>, m2: &Map<K, V2>, eq: impl Fn(V1, V2) -> bool) -> bool
where
    K: GoValue + Clone,
    V1: Clone + Default,
    V2: Clone + Default,
{
    m1.len() == m2.len()
        && m1.iter().all(|(k, v1)| {
            let (v2, ok) = m2.get_ok(&k);
            ok && eq(v1, v2)
        })
}

/// `maps.Clear(m)`: deletes every entry.
pub fn clear<K: GoValue + Clone, V: Clone + Default>(m: &Map<K, V>) {
    m.clear()
}

/// `maps.Clone(m)` (nil stays nil).
pub fn clone<K: GoValue + Clone, V: Clone + Default>(m: &Map<K, V>) -> Map<K, V> {
    crate::maps::clone(m)
}

/// `maps.Copy(dst, src)`.
pub fn copy<K: GoValue + Clone, V: Clone + Default>(dst: &Map<K, V>, src: &Map<K, V>) {
    crate::maps::copy(dst, src)
}

/// `maps.DeleteFunc(m, del)`.
pub fn delete_func<K: GoValue + Clone, V: Clone + Default>(m: &Map<K, V>, del: impl Fn(K, V) -> bool) {
    crate::maps::delete_func(m, del)
}
