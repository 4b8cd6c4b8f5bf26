//! Go's `sync` package: [`WaitGroup`], [`Mutex`], [`RWMutex`], [`Once`] (+ [`once_func`],
//! [`once_value`]), [`Cond`], [`Map`], and [`atomic`].
//!
//! Every blocking method has an async form (`wg.wait().await`) and a `_blocking` form for plain
//! OS threads. Parked goroutines count for deadlock detection. The types are handles: `Clone`
//! shares, `Default` is Go's zero value (a fresh, unlocked / zero-count one).

pub mod atomic;
mod cond;
mod map;
mod mutex;
mod once;
mod waitgroup;
pub(crate) mod waitq;

pub use cond::Cond;
pub use map::Map;
pub use mutex::{Mutex, MutexLockFut, RWMutex, RwLockFut};
pub use once::{Once, once_func, once_value};
pub use waitgroup::WaitGroup;
