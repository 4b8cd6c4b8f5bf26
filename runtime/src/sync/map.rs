//! Go's `sync.Map`.

use std::collections::HashMap;
use std::hash::Hash;

use std::sync::Arc;

use crate::facade::Lock;

/// Go's `sync.Map` with typed keys and values (`sync.Map` of `any` is `Map<Any, Any>`).
/// `Clone` shares.
pub struct Map<K, V> {
    m: Arc<Lock<HashMap<K, V>>>,
}

impl<K, V> Clone for Map<K, V> {
    fn clone(&self) -> Self {
        Map { m: self.m.clone() }
    }
}

impl<K, V> Default for Map<K, V> {
    fn default() -> Self {
        Map { m: Arc::new(Lock::new(HashMap::new())) }
    }
}

impl<K: Eq + Hash + Clone + Send + 'static, V: Clone + Send + 'static> Map<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    /// `m.Load(k)`: `(value, ok)`; the zero value when absent.
    pub fn load(&self, k: &K) -> (V, bool)
    where
        V: Default,
    {
        match self.m.lock().get(k) {
            Some(v) => (v.clone(), true),
            None => (V::default(), false),
        }
    }

    /// `m.Store(k, v)`.
    pub fn store(&self, k: K, v: V) {
        self.m.lock().insert(k, v);
    }

    /// `m.LoadOrStore(k, v)`: the existing value and `true`, or `v` and `false` after storing.
    pub fn load_or_store(&self, k: K, v: V) -> (V, bool) {
        let mut m = self.m.lock();
        match m.get(&k) {
            Some(old) => (old.clone(), true),
            None => {
                m.insert(k, v.clone());
                (v, false)
            }
        }
    }

    /// `m.LoadAndDelete(k)`.
    pub fn load_and_delete(&self, k: &K) -> (V, bool)
    where
        V: Default,
    {
        match self.m.lock().remove(k) {
            Some(v) => (v, true),
            None => (V::default(), false),
        }
    }

    /// `m.Delete(k)`.
    pub fn delete(&self, k: &K) {
        self.m.lock().remove(k);
    }

    /// `m.Swap(k, v)`: the previous value and whether there was one.
    pub fn swap(&self, k: K, v: V) -> (V, bool)
    where
        V: Default,
    {
        match self.m.lock().insert(k, v) {
            Some(old) => (old, true),
            None => (V::default(), false),
        }
    }

    /// `m.CompareAndSwap(k, old, new)`.
    pub fn compare_and_swap(&self, k: &K, old: &V, new: V) -> bool
    where
        V: PartialEq,
    {
        let mut m = self.m.lock();
        match m.get_mut(k) {
            Some(cur) if cur == old => {
                *cur = new;
                true
            }
            _ => false,
        }
    }

    /// `m.CompareAndDelete(k, old)`.
    pub fn compare_and_delete(&self, k: &K, old: &V) -> bool
    where
        V: PartialEq,
    {
        let mut m = self.m.lock();
        if m.get(k).is_some_and(|cur| cur == old) {
            m.remove(k);
            true
        } else {
            false
        }
    }

    /// `m.Range(f)`: calls `f` on a snapshot until it returns false (`f` may use the map).
    pub fn range(&self, mut f: impl FnMut(K, V) -> bool) {
        let snapshot: Vec<(K, V)> = self.m.lock().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in snapshot {
            if !f(k, v) {
                break;
            }
        }
    }

    /// `m.Clear()`.
    pub fn clear(&self) {
        self.m.lock().clear();
    }
}
