//! The program's types that implement the runtime's std interface traits (`io.Writer`,
//! `io.Closer`, `sort.Interface`, …), registered by the translated `main` before anything
//! else runs, so that a value reaching such an interface from another interface (`x.(io.Closer)`
//! on an `any`, an `io.ReadCloser` passed as an `io.Reader`) is found: the runtime's
//! `go_interface!` lists can name only its own types.

use std::any::{Any as StdAny, TypeId};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock, RwLock};

use super::GoValue;

type Conv<E> = fn(&Arc<dyn GoValue>) -> Option<Arc<E>>;

static REGISTRY: LazyLock<RwLock<HashMap<TypeId, Vec<Box<dyn StdAny + Send + Sync>>>>> = LazyLock::new(Default::default);
/// Whether anything was registered (conversions skip the lock in programs that register none).
static ANY: AtomicBool = AtomicBool::new(false);

/// Registers `conv`, which makes an `Arc<E>` (`E` = `dyn Trait`) of the values of one program
/// type that implements the trait, or `None` for values of other types.
pub fn register_impl<E: ?Sized + 'static>(conv: Conv<E>) {
    REGISTRY.write().unwrap_or_else(|e| e.into_inner()).entry(TypeId::of::<E>()).or_default().push(Box::new(conv));
    // Release: pairs with the Acquire in `find_impl`, so a reader that sees the flag sees the entry.
    ANY.store(true, Ordering::Release);
}

/// `v` as an `Arc<E>` through a registered program type, if one matches.
pub fn find_impl<E: ?Sized + 'static>(v: &Arc<dyn GoValue>) -> Option<Arc<E>> {
    // Acquire: see `register_impl`.
    if !ANY.load(Ordering::Acquire) {
        return None;
    }
    let reg = REGISTRY.read().unwrap_or_else(|e| e.into_inner());
    reg.get(&TypeId::of::<E>())?.iter().filter_map(|c| c.downcast_ref::<Conv<E>>()).find_map(|c| c(v))
}

/// A clone of `v`'s value if it is a `T` (what a registered conversion starts from).
pub fn downcast_clone<T: GoValue + Clone>(v: &Arc<dyn GoValue>) -> Option<T> {
    (**v).as_any().downcast_ref::<T>().cloned()
}
