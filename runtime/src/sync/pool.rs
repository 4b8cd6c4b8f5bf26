//! Go's `sync.Pool`: a free list of `any` values with an optional `New`.

use std::sync::Arc;

use crate::facade::Lock;
use crate::value::{Any, Func};

/// Go's `*sync.Pool` (a handle: `Clone` shares the free list, `==` is identity). `New` is Go's
/// field; `Pool { New: f, ..Default::default() }` is `sync.Pool{New: f}`. Go may drop pooled
/// values at any garbage collection; gort keeps them, which is one of the behaviours Go allows.
#[derive(Clone, Default)]
#[allow(non_snake_case)]
pub struct Pool {
    /// Go's `p.New`: makes a value when the pool is empty (nil: `Get` returns nil).
    pub New: Func<dyn Fn() -> Any + Send + Sync>,
    /// The pooled values (shared by every copy of the handle).
    #[doc(hidden)]
    pub __items: PoolItems,
}

/// The free list of a [`Pool`] (opaque).
#[doc(hidden)]
#[derive(Clone)]
pub struct PoolItems(Arc<Lock<Vec<Any>>>);

impl Default for PoolItems {
    fn default() -> Self {
        PoolItems(Arc::new(Lock::new(Vec::new())))
    }
}

impl Pool {
    /// `p.Get()`: a pooled value, else `p.New()`, else nil.
    pub fn get(&self) -> Any {
        let v = self.__items.0.lock().pop();
        match v {
            Some(v) => v,
            None if self.New.is_nil() => Any::nil(),
            None => (*self.New)(),
        }
    }

    /// `p.Put(x)`: adds `x` to the pool (nil is ignored, as in Go).
    pub fn put(&self, x: &Any) {
        if !x.is_nil() {
            self.__items.0.lock().push(x.clone());
        }
    }

    /// The address of the shared state (Go's `&p`).
    pub(crate) fn addr(&self) -> usize {
        Arc::as_ptr(&self.__items.0) as usize
    }
}

/// Go compares `*sync.Pool` values: identity.
impl PartialEq for Pool {
    fn eq(&self, other: &Pool) -> bool {
        Arc::ptr_eq(&self.__items.0, &other.__items.0)
    }
}
impl Eq for Pool {}
