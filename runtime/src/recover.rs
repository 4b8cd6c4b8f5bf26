//! Go's rule that `recover` stops a panic only when called directly by a deferred function
//! (`defer func() { recover() }()`, `defer handler()`), not from a function that deferred
//! function calls. The translator knows each deferred call's callee: when the callee contains
//! a `recover()`, the call runs through [`direct_call`], and the callee's prologue takes the
//! mark with [`take_direct`]; its `recover()` calls become [`recover_if`]`(direct)`.

use std::cell::Cell;

use crate::value::Any;

thread_local! {
    /// Set by [`direct_call`] just before the deferred callee starts; taken by its prologue.
    static DIRECT: Cell<bool> = const { Cell::new(false) };
}

/// Runs the deferred callee `f` marked as called directly by the defer.
pub fn direct_call<R>(f: impl FnOnce() -> R) -> R {
    DIRECT.with(|d| d.set(true));
    f()
}

/// The prologue of a function that calls `recover()`: whether this call of it is the one a
/// deferred call made directly (clears the mark, so functions it calls see `false`).
pub fn take_direct() -> bool {
    DIRECT.with(|d| d.replace(false))
}

/// Go's `recover()` in a function whose directness is `direct`.
pub fn recover_if(direct: bool) -> Any {
    if direct { crate::recover() } else { Any::nil() }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_the_direct_callee_is_marked() {
        let seen = super::direct_call(|| {
            let direct = super::take_direct();
            let inner = super::take_direct();
            (direct, inner)
        });
        assert_eq!(seen, (true, false));
        assert!(!super::take_direct());
    }
}
