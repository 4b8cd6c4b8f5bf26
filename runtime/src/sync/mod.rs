//! Go's `sync` package: [`WaitGroup`], [`Mutex`], [`RWMutex`], [`Locker`], [`Once`] (+
//! [`once_func`], [`once_value`], [`once_values`]), [`Cond`] ([`new_cond`]), [`Map`], [`Pool`],
//! and [`atomic`].
//!
//! Every blocking method is async (`wg.wait().await`) and has a `_blocking` form for plain OS
//! threads. Parked goroutines count for deadlock detection. The types are handles standing for
//! Go's pointers (`*sync.Mutex`): `Clone` shares, `Default` is Go's zero value (a fresh,
//! unlocked / zero-count one), `==` is identity. Callbacks that Go runs as goroutines or under a
//! lock take `impl Fn() -> R` with `R: GoCall` (`()` or a `BoxFuture`).

pub mod atomic;
mod cond;
mod locker;
mod map;
mod mutex;
mod once;
mod pool;
mod waitgroup;
pub(crate) mod waitq;

pub use cond::{Cond, CondQueue, new_cond};
pub use locker::{Locker, RLocker};
pub use map::Map;
pub use mutex::{Mutex, RWMutex};
pub use once::{Once, once_func, once_value, once_values};
pub use pool::{Pool, PoolItems};
pub use waitgroup::WaitGroup;

/// Go's nil `*sync.T`: the handle type also stands for the pointer, so a nil pointer is one
/// sentinel handle per type (made on first use, never handed out as a live value). `T::nil()`
/// is what the emitter writes for a zero `*sync.T` (a zero `sync.T` is `Default`);
/// `is_nil()` is `p == nil`. The blocking entry points of `Mutex`, `RWMutex` and `WaitGroup`
/// panic on it as Go's nil dereference does.
macro_rules! nil_handle {
    ($($t:ty),*) => {$(
        impl $t {
            fn nil_cell() -> &'static std::sync::OnceLock<$t> {
                static NIL: std::sync::OnceLock<$t> = std::sync::OnceLock::new();
                &NIL
            }

            /// Go's nil pointer to this type.
            pub fn nil() -> $t {
                Self::nil_cell().get_or_init(<$t>::default).clone()
            }

            /// `p == nil`.
            #[inline]
            pub fn is_nil(&self) -> bool {
                Self::nil_cell().get().is_some_and(|n| n == self)
            }

            /// Go's nil dereference panic when `self` is nil (used by the types whose
            /// methods check).
            #[inline]
            #[allow(dead_code)]
            pub(crate) fn check_nil(&self) {
                if self.is_nil() {
                    crate::value::panic_nil_deref()
                }
            }
        }
    )*};
}

nil_handle!(Mutex, RWMutex, WaitGroup, Once, Cond, Map, Pool, atomic::Int32, atomic::Int64, atomic::Uint32, atomic::Uint64, atomic::Bool, atomic::Value);
