//! Go's `sync.Map`: an `any` → `any` map safe for concurrent use.

use std::collections::HashMap;
use std::sync::Arc;

use crate::facade::Lock;
use crate::value::Any;

/// Go's `*sync.Map` (a handle: `Clone` shares, `==` is identity). Keys are `any` values hashed
/// by their dynamic type and value (Go's `==`); an uncomparable key panics like Go
/// (`hash of unhashable type []int`). `Range` visits entries in no particular order, as Go's
/// does.
#[derive(Clone)]
pub struct Map {
    m: Arc<Lock<HashMap<Any, Any>>>,
}

impl Default for Map {
    fn default() -> Self {
        Map { m: Arc::new(Lock::new(HashMap::new())) }
    }
}

impl Map {
    pub fn new() -> Self {
        Self::default()
    }

    /// `m.Load(key)`: `(value, ok)`; nil when absent.
    pub fn load(&self, key: &Any) -> (Any, bool) {
        match self.m.lock().get(key) {
            Some(v) => (v.clone(), true),
            None => (Any::nil(), false),
        }
    }

    /// `m.Store(key, value)`.
    pub fn store(&self, key: &Any, value: &Any) {
        self.m.lock().insert(key.clone(), value.clone());
    }

    /// `m.LoadOrStore(key, value)`: the existing value and `true`, or `value` and `false` after
    /// storing it.
    pub fn load_or_store(&self, key: &Any, value: &Any) -> (Any, bool) {
        let mut m = self.m.lock();
        match m.get(key) {
            Some(old) => (old.clone(), true),
            None => {
                m.insert(key.clone(), value.clone());
                (value.clone(), false)
            }
        }
    }

    /// `m.LoadAndDelete(key)`: the value that was there, and whether there was one.
    pub fn load_and_delete(&self, key: &Any) -> (Any, bool) {
        match self.m.lock().remove(key) {
            Some(v) => (v, true),
            None => (Any::nil(), false),
        }
    }

    /// `m.Delete(key)`.
    pub fn delete(&self, key: &Any) {
        self.m.lock().remove(key);
    }

    /// `m.Swap(key, value)`: the previous value and whether there was one.
    pub fn swap(&self, key: &Any, value: &Any) -> (Any, bool) {
        match self.m.lock().insert(key.clone(), value.clone()) {
            Some(old) => (old, true),
            None => (Any::nil(), false),
        }
    }

    /// `m.CompareAndSwap(key, old, new)`: stores `new` if the value is `== old` (Go's `==` on
    /// `any`: uncomparable values panic).
    pub fn compare_and_swap(&self, key: &Any, old: &Any, new: &Any) -> bool {
        let mut m = self.m.lock();
        match m.get_mut(key) {
            Some(cur) if cur == old => {
                *cur = new.clone();
                true
            }
            _ => false,
        }
    }

    /// `m.CompareAndDelete(key, old)`: deletes the entry if its value is `== old`.
    pub fn compare_and_delete(&self, key: &Any, old: &Any) -> bool {
        let mut m = self.m.lock();
        if m.get(key).is_some_and(|cur| cur == old) {
            m.remove(key);
            true
        } else {
            false
        }
    }

    /// `m.Range(f)`: calls `f` on a snapshot of the entries until it returns false (`f` may use
    /// the map).
    pub fn range(&self, f: impl Fn(Any, Any) -> bool) {
        let snapshot: Vec<(Any, Any)> = self.m.lock().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
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

    /// The number of entries (for printing).
    pub(crate) fn len(&self) -> usize {
        self.m.lock().len()
    }

    /// The address of the shared state (Go's `&m`).
    pub(crate) fn addr(&self) -> usize {
        Arc::as_ptr(&self.m) as usize
    }
}

/// Go compares `*sync.Map` values: identity.
impl PartialEq for Map {
    fn eq(&self, other: &Map) -> bool {
        Arc::ptr_eq(&self.m, &other.m)
    }
}
impl Eq for Map {}
