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
