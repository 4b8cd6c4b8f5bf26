//! Go's `sync/atomic`: the typed atomics (`Int32`, `Int64`, `Uint32`, `Uint64`, `Bool`,
//! `Value`, `Pointer`) and the function forms (`AddInt64(&x, d)`, …) over Rust's atomics.
//!
//! Every operation is sequentially consistent, which is what Go's memory model specifies for
//! `sync/atomic`. The typed atomics are values (Go copies them with the struct that holds them,
//! though `go vet` forbids it); share them through a pointer as in Go.

use std::sync::atomic::Ordering::SeqCst;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicI64, AtomicU32, AtomicU64};

macro_rules! int_atomic {
    ($(#[$doc:meta])* $name:ident, $atomic:ty, $t:ty) => {
        $(#[$doc])*
        #[derive(Default, Debug)]
        pub struct $name(pub $atomic);

        impl $name {
            pub const fn new(v: $t) -> Self {
                $name(<$atomic>::new(v))
            }
            /// `x.Load()`.
            pub fn load(&self) -> $t {
                self.0.load(SeqCst)
            }
            /// `x.Store(v)`.
            pub fn store(&self, v: $t) {
                self.0.store(v, SeqCst)
            }
            /// `x.Add(d)`: the new value (wrapping).
            pub fn add(&self, d: $t) -> $t {
                self.0.fetch_add(d, SeqCst).wrapping_add(d)
            }
            /// `x.Swap(v)`: the old value.
            pub fn swap(&self, v: $t) -> $t {
                self.0.swap(v, SeqCst)
            }
            /// `x.CompareAndSwap(old, new)`.
            pub fn compare_and_swap(&self, old: $t, new: $t) -> bool {
                self.0.compare_exchange(old, new, SeqCst, SeqCst).is_ok()
            }
            /// `x.And(mask)`: the old value.
            pub fn and(&self, mask: $t) -> $t {
                self.0.fetch_and(mask, SeqCst)
            }
            /// `x.Or(mask)`: the old value.
            pub fn or(&self, mask: $t) -> $t {
                self.0.fetch_or(mask, SeqCst)
            }
        }

        impl Clone for $name {
            fn clone(&self) -> Self {
                $name::new(self.load())
            }
        }
    };
}

int_atomic!(
    /// Go's `atomic.Int32`.
    Int32, AtomicI32, i32
);
int_atomic!(
    /// Go's `atomic.Int64`.
    Int64, AtomicI64, i64
);
int_atomic!(
    /// Go's `atomic.Uint32`.
    Uint32, AtomicU32, u32
);
int_atomic!(
    /// Go's `atomic.Uint64`.
    Uint64, AtomicU64, u64
);

/// Go's `atomic.Bool`.
#[derive(Default, Debug)]
pub struct Bool(pub AtomicBool);

impl Bool {
    pub const fn new(v: bool) -> Self {
        Bool(AtomicBool::new(v))
    }
    pub fn load(&self) -> bool {
        self.0.load(SeqCst)
    }
    pub fn store(&self, v: bool) {
        self.0.store(v, SeqCst)
    }
    pub fn swap(&self, v: bool) -> bool {
        self.0.swap(v, SeqCst)
    }
    pub fn compare_and_swap(&self, old: bool, new: bool) -> bool {
        self.0.compare_exchange(old, new, SeqCst, SeqCst).is_ok()
    }
}

impl Clone for Bool {
    fn clone(&self) -> Self {
        Bool::new(self.load())
    }
}

/// Go's `atomic.Value` (holding `T`; Go's holds `any` — use `Value<Any>` for that). `load` of
/// a never-stored value is `None` (Go's nil).
#[derive(Default)]
pub struct Value<T> {
    v: parking_lot::RwLock<Option<T>>,
}

impl<T: Clone> Value<T> {
    pub fn new() -> Self {
        Value { v: parking_lot::RwLock::new(None) }
    }
    pub fn load(&self) -> Option<T> {
        self.v.read().clone()
    }
    pub fn store(&self, v: T) {
        *self.v.write() = Some(v);
    }
    pub fn swap(&self, v: T) -> Option<T> {
        self.v.write().replace(v)
    }
    pub fn compare_and_swap(&self, old: &T, new: T) -> bool
    where
        T: PartialEq,
    {
        let mut g = self.v.write();
        if g.as_ref() == Some(old) {
            *g = Some(new);
            true
        } else {
            false
        }
    }
}

impl<T: Clone> Clone for Value<T> {
    fn clone(&self) -> Self {
        Value { v: parking_lot::RwLock::new(self.load()) }
    }
}

/// Go's `atomic.Pointer[T]`, holding a pointer value `P` (e.g. `gort::Ptr<T>`); `P::default()`
/// is nil.
#[derive(Default)]
pub struct Pointer<P> {
    v: parking_lot::RwLock<P>,
}

impl<P: Clone + Default> Pointer<P> {
    pub fn new() -> Self {
        Pointer { v: parking_lot::RwLock::new(P::default()) }
    }
    pub fn load(&self) -> P {
        self.v.read().clone()
    }
    pub fn store(&self, p: P) {
        *self.v.write() = p;
    }
    pub fn swap(&self, p: P) -> P {
        std::mem::replace(&mut *self.v.write(), p)
    }
    pub fn compare_and_swap(&self, old: &P, new: P) -> bool
    where
        P: PartialEq,
    {
        let mut g = self.v.write();
        if &*g == old {
            *g = new;
            true
        } else {
            false
        }
    }
}

impl<P: Clone + Default> Clone for Pointer<P> {
    fn clone(&self) -> Self {
        Pointer { v: parking_lot::RwLock::new(self.load()) }
    }
}

macro_rules! fn_forms {
    ($atomic:ty, $t:ty, $add:ident, $load:ident, $store:ident, $swap:ident, $cas:ident) => {
        /// Go's `atomic.AddT(&x, d)`: the new value.
        pub fn $add(x: &$atomic, d: $t) -> $t {
            x.fetch_add(d, SeqCst).wrapping_add(d)
        }
        /// Go's `atomic.LoadT(&x)`.
        pub fn $load(x: &$atomic) -> $t {
            x.load(SeqCst)
        }
        /// Go's `atomic.StoreT(&x, v)`.
        pub fn $store(x: &$atomic, v: $t) {
            x.store(v, SeqCst)
        }
        /// Go's `atomic.SwapT(&x, v)`: the old value.
        pub fn $swap(x: &$atomic, v: $t) -> $t {
            x.swap(v, SeqCst)
        }
        /// Go's `atomic.CompareAndSwapT(&x, old, new)`.
        pub fn $cas(x: &$atomic, old: $t, new: $t) -> bool {
            x.compare_exchange(old, new, SeqCst, SeqCst).is_ok()
        }
    };
}

fn_forms!(AtomicI32, i32, add_int32, load_int32, store_int32, swap_int32, compare_and_swap_int32);
fn_forms!(AtomicI64, i64, add_int64, load_int64, store_int64, swap_int64, compare_and_swap_int64);
fn_forms!(AtomicU32, u32, add_uint32, load_uint32, store_uint32, swap_uint32, compare_and_swap_uint32);
fn_forms!(AtomicU64, u64, add_uint64, load_uint64, store_uint64, swap_uint64, compare_and_swap_uint64);
