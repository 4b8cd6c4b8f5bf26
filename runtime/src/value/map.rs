//! Go's `map[K]V`: a reference type (nil map reads give zero values, writes panic), keys hashed
//! and compared with Go's `==` (through `GoValue`), iteration in a random order seeded by
//! `GORT_SEED`, and Go's behaviour when the map changes during a `range`.

use std::hash::{BuildHasher, Hash, Hasher};
use std::sync::Arc;

use indexmap::IndexMap;
use parking_lot::Mutex;

use super::rterr::{panic_nil_map, panic_uncomparable};
use super::{GoValue, Kind, Layout};
use crate::fmt::Printer;

/// A map key: hashed and compared by Go's rules (`+0 == -0`, NaN never equal, interface keys
/// by dynamic type and value).
struct Key<K>(K);

impl<K: GoValue> Hash for Key<K> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash_dyn(state)
    }
}
impl<K: GoValue> PartialEq for Key<K> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_dyn(&other.0)
    }
}
impl<K: GoValue> Eq for Key<K> {}

/// Builds the per-map hasher from the runtime's seeded random source.
#[derive(Clone)]
struct Seeded(foldhash::fast::FixedState);

impl BuildHasher for Seeded {
    type Hasher = foldhash::fast::FoldHasher<'static>;
    fn build_hasher(&self) -> Self::Hasher {
        self.0.build_hasher()
    }
}

type Inner<K, V> = IndexMap<Key<K>, V, Seeded>;

/// A Go map. `Clone` shares the map (Go maps are references).
pub struct Map<K, V> {
    inner: Option<Arc<Mutex<Inner<K, V>>>>,
}

impl<K, V> Clone for Map<K, V> {
    fn clone(&self) -> Self {
        Map { inner: self.inner.clone() }
    }
}

impl<K, V> Default for Map<K, V> {
    fn default() -> Self {
        Map { inner: None }
    }
}

impl<K, V> Map<K, V> {
    /// The nil map.
    pub const fn nil() -> Self {
        Map { inner: None }
    }
    /// Go's `m == nil`.
    pub fn is_nil(&self) -> bool {
        self.inner.is_none()
    }
    /// Go's `len(m)`.
    pub fn len(&self) -> i64 {
        self.inner.as_ref().map_or(0, |m| m.lock().len() as i64)
    }
    /// Go's `len(m) == 0`.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Go's `clear(m)`.
    pub fn clear(&self) {
        if let Some(m) = &self.inner {
            m.lock().clear()
        }
    }
    /// The address `%p` prints.
    pub fn addr(&self) -> usize {
        self.inner.as_ref().map_or(0, |m| Arc::as_ptr(m) as usize)
    }
}

impl<K: GoValue + Clone, V: Clone + Default> Map<K, V> {
    /// Go's `make(map[K]V)`.
    pub fn make() -> Self {
        Map::with_capacity(0)
    }
    /// Go's `make(map[K]V, n)`.
    pub fn with_capacity(n: i64) -> Self {
        let seed = crate::rand::runtime_u64();
        let state = Seeded(foldhash::fast::FixedState::with_seed(seed));
        Map { inner: Some(Arc::new(Mutex::new(IndexMap::with_capacity_and_hasher(n.max(0) as usize, state)))) }
    }
    /// Go's `m[k]`: the value, or the zero value when absent (also on a nil map).
    pub fn get(&self, k: &K) -> V {
        self.get_ok(k).0
    }
    /// Go's `v, ok := m[k]`.
    pub fn get_ok(&self, k: &K) -> (V, bool) {
        let Some(m) = &self.inner else {
            // Go hashes the key even for a nil map: unhashable keys panic.
            super::rterr::probe_empty_map_key(k);
            return (V::default(), false);
        };
        let key = Key(k.clone());
        let g = m.lock();
        if g.is_empty() {
            drop(g);
            super::rterr::probe_empty_map_key(k);
            return (V::default(), false);
        }
        if g.len() == 1 {
            // A one-entry map compares without hashing; Go hashes (unhashable keys panic).
            k.hash_dyn(&mut std::hash::DefaultHasher::new());
        }
        match g.get(&key) {
            Some(v) => (v.clone(), true),
            None => (V::default(), false),
        }
    }
    /// Whether `k` is present.
    pub fn contains(&self, k: &K) -> bool {
        self.get_ok(k).1
    }
    /// Go's `m[k] = v`; panics `assignment to entry in nil map` on a nil map.
    pub fn set(&self, k: K, v: V) {
        let Some(m) = &self.inner else { panic_nil_map() };
        m.lock().insert(Key(k), v);
    }
    /// Updates `m[k]` in place, starting from the zero value when absent (`m[k] += 1`,
    /// `m[k] = append(m[k], x)` via `get` + `set`). `f` must not touch the map.
    pub fn with_mut<R>(&self, k: K, f: impl FnOnce(&mut V) -> R) -> R {
        let Some(m) = &self.inner else { panic_nil_map() };
        let mut g = m.lock();
        f(g.entry(Key(k)).or_default())
    }
    /// Go's `delete(m, k)`.
    pub fn delete(&self, k: &K) {
        match &self.inner {
            Some(m) => {
                let mut g = m.lock();
                if g.is_empty() {
                    drop(g);
                    super::rterr::probe_empty_map_key(k);
                } else {
                    if g.len() == 1 {
                        k.hash_dyn(&mut std::hash::DefaultHasher::new());
                    }
                    g.swap_remove(&Key(k.clone()));
                }
            }
            None => super::rterr::probe_empty_map_key(k),
        }
    }
    /// Go's `for k, v := range m`: a random order (seeded by `GORT_SEED`); entries deleted
    /// before they are reached are not produced; values are read when reached.
    pub fn iter(&self) -> MapIter<K, V> {
        let keys: Vec<K> = match &self.inner {
            None => Vec::new(),
            Some(m) => {
                let g = m.lock();
                let n = g.len();
                let start = if n > 1 { (crate::rand::runtime_u64() % n as u64) as usize } else { 0 };
                (0..n).map(|i| g.get_index((start + i) % n).expect("in range").0.0.clone()).collect()
            }
        };
        MapIter { map: self.clone(), keys: keys.into_iter() }
    }
    /// The keys, in the same random order as `iter`.
    pub fn keys(&self) -> Vec<K> {
        self.iter().map(|(k, _)| k).collect()
    }
    /// Every entry, copied out (unordered).
    pub fn entries(&self) -> Vec<(K, V)> {
        match &self.inner {
            None => Vec::new(),
            Some(m) => m.lock().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect(),
        }
    }
}

impl<K: GoValue + Clone, V: Clone + Default> From<Vec<(K, V)>> for Map<K, V> {
    /// A map literal: `map[K]V{k: v, …}`.
    fn from(entries: Vec<(K, V)>) -> Self {
        let m = Map::with_capacity(entries.len() as i64);
        for (k, v) in entries {
            m.set(k, v);
        }
        m
    }
}

/// Iterator for Go's `for k, v := range m`.
pub struct MapIter<K, V> {
    map: Map<K, V>,
    keys: std::vec::IntoIter<K>,
}

impl<K: GoValue + Clone, V: Clone + Default> Iterator for MapIter<K, V> {
    type Item = (K, V);
    fn next(&mut self) -> Option<(K, V)> {
        let m = self.map.inner.as_ref()?;
        for k in self.keys.by_ref() {
            let key = Key(k);
            if let Some(v) = m.lock().get(&key) {
                return Some((key.0, v.clone()));
            }
        }
        None
    }
}

impl<K: GoValue + Clone, V: GoValue + Clone + Default> GoValue for Map<K, V> {
        fn clone_any(&self) -> Option<crate::Any> {
            Some(crate::Any::from_value(::std::clone::Clone::clone(self)))
        }
    fn json_encode(&self, e: &mut crate::encoding::json::EncodeState) {
        if self.is_nil() {
            return e.null();
        }
        let entries = self.entries();
        let refs: Vec<(&dyn GoValue, &dyn GoValue)> = entries.iter().map(|(k, v)| (k as &dyn GoValue, v as &dyn GoValue)).collect();
        e.map(&refs)
    }
    fn json_is_empty(&self) -> bool {
        self.is_empty()
    }
    fn json_is_zero(&self) -> bool {
        self.is_nil()
    }
    /// Go's decoder: `null` is nil; an object's entries are stored (a nil map is made first),
    /// each value decoded into a fresh zero value.
    fn json_decode(&mut self, d: &mut crate::encoding::json::DecodeState, v: &crate::encoding::json::JsonValue) {
        use crate::encoding::json::JsonValue;
        match v {
            JsonValue::Null => *self = Map::nil(),
            JsonValue::Object(kvs) => {
                if self.is_nil() {
                    *self = Map::make();
                }
                for (k, item) in kvs {
                    let Some(key) = d.map_key::<K>(k) else { continue };
                    let mut val = V::default();
                    d.decode_at(String::from_utf8_lossy(k).into_owned(), &mut val, item);
                    self.set(key, val);
                }
            }
            _ => d.type_error(v),
        }
    }
    fn go_zero() -> Option<Self> {
        Some(Map::nil())
    }
    fn kind(&self) -> Kind {
        Kind::Map
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        let mut entries = self.entries();
        entries.sort_by(|a, b| a.0.cmp_dyn(&b.0));
        let refs: Vec<(&dyn GoValue, &dyn GoValue)> =
            entries.iter().map(|(k, v)| (k as &dyn GoValue, v as &dyn GoValue)).collect();
        p.fmt_map(self, verb, self.is_nil(), &refs);
    }
    fn eq_dyn(&self, _other: &dyn GoValue) -> bool {
        panic_uncomparable(super::GoValueBase::type_name(self))
    }
    fn addr(&self) -> usize {
        Map::addr(self)
    }
    fn go_type_name() -> String {
        format!("map[{}]{}", K::go_type_name(), V::go_type_name())
    }
    fn go_layout() -> Layout {
        Layout::words(1)
    }
    fn go_comparable() -> bool {
        false
    }
}
