//! Go's func values: `Func<dyn Fn(A) -> R + Send + Sync>` (nil-able, shared), with `%T` names
//! like `func(int) string` and `%v` printing an address; and [`GoCall`], how std functions that
//! run a callback as a goroutine or under a lock accept both a func that cannot block and one
//! that may (returning a `BoxFuture`).

use std::future::Future;
use std::ops::Deref;
use std::pin::Pin;
use std::sync::Arc;

use super::rterr::{panic_nil_deref, panic_uncomparable};
use super::{GoValue, Kind, Layout};
use crate::fmt::Printer;

/// The future an async (may-block) Go func value returns.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What a Go callback that the runtime runs as a goroutine or under a lock returns (`wg.Go(f)`,
/// `once.Do(f)`, `time.AfterFunc(d, f)`, `sync.OnceValue(f)`, …): Go's results themselves
/// (`()`, a value, a pair) when the func cannot block, or a [`BoxFuture`] of them when it may
/// (the translator colours func types program-wide). One signature,
/// `f: impl Fn() -> R where R: GoCall`, accepts both.
pub trait GoCall: Send + 'static {
    /// Go's results (`()` for none).
    type Output: Send + 'static;
    /// Whether this form is the may-block one (a future).
    const MAY_BLOCK: bool;
    /// The results, or the future that yields them.
    fn resolve(self) -> Resolved<Self::Output>;
    /// The inverse of [`GoCall::resolve`]: a value of this form that yields `r`'s results. A
    /// form that cannot block takes only [`Resolved::Ready`].
    fn from_resolved(r: Resolved<Self::Output>) -> Self;
}

/// A callback's results: at hand, or still to be awaited.
pub enum Resolved<T> {
    /// The func returned them (it cannot block).
    Ready(T),
    /// The func may block: awaiting this yields them.
    Pending(BoxFuture<'static, T>),
}

impl<T> Resolved<T> {
    /// The results, awaiting the future if there is one.
    pub async fn finish(self) -> T {
        match self {
            Resolved::Ready(v) => v,
            Resolved::Pending(f) => f.await,
        }
    }
}

impl<T: GoValue> GoCall for T {
    type Output = T;
    const MAY_BLOCK: bool = false;
    fn resolve(self) -> Resolved<T> {
        Resolved::Ready(self)
    }
    fn from_resolved(r: Resolved<T>) -> T {
        match r {
            Resolved::Ready(v) => v,
            Resolved::Pending(_) => unreachable!("a func that cannot block was given a future"),
        }
    }
}

impl<A: GoValue, B: GoValue> GoCall for (A, B) {
    type Output = (A, B);
    const MAY_BLOCK: bool = false;
    fn resolve(self) -> Resolved<(A, B)> {
        Resolved::Ready(self)
    }
    fn from_resolved(r: Resolved<(A, B)>) -> (A, B) {
        match r {
            Resolved::Ready(v) => v,
            Resolved::Pending(_) => unreachable!("a func that cannot block was given a future"),
        }
    }
}

impl<T: Send + 'static> GoCall for BoxFuture<'static, T> {
    type Output = T;
    const MAY_BLOCK: bool = true;
    fn resolve(self) -> Resolved<T> {
        Resolved::Pending(self)
    }
    fn from_resolved(r: Resolved<T>) -> Self {
        match r {
            Resolved::Ready(v) => Box::pin(std::future::ready(v)),
            Resolved::Pending(f) => f,
        }
    }
}

/// A Go func value: nil, or a shared closure. Call it as `(*f)(x)` (nil panics Go's way).
pub struct Func<F: ?Sized>(pub Option<Arc<F>>);

impl<F: ?Sized> Func<F> {
    /// A func value from a closure (unsizes at the call site: `Func::new(Arc::new(|x| …))`).
    pub fn new(f: Arc<F>) -> Self {
        Func(Some(f))
    }
    /// The nil func.
    pub const fn nil() -> Self {
        Func(None)
    }
    /// Go's `f == nil`.
    pub fn is_nil(&self) -> bool {
        self.0.is_none()
    }
    fn addr(&self) -> usize {
        self.0.as_ref().map_or(0, |a| Arc::as_ptr(a) as *const () as usize)
    }
}

impl<F: ?Sized> Clone for Func<F> {
    fn clone(&self) -> Self {
        Func(self.0.clone())
    }
}
impl<F: ?Sized> Default for Func<F> {
    fn default() -> Self {
        Func(None)
    }
}
impl<F: ?Sized> Deref for Func<F> {
    type Target = F;
    fn deref(&self) -> &F {
        match &self.0 {
            Some(f) => f,
            None => panic_nil_deref(),
        }
    }
}

/// The result list of a func type, as `%T` prints it.
pub trait GoResults {
    /// `""`, `" int"` or `" (int, error)"`.
    fn results_name() -> String;
}

impl<T: GoValue> GoResults for T {
    fn results_name() -> String {
        let n = T::go_type_name();
        if n == "struct {}" { String::new() } else { format!(" {n}") }
    }
}

macro_rules! tuple_results {
    ($($t:ident),+) => {
        impl<$($t: GoValue),+> GoResults for ($($t,)+) {
            fn results_name() -> String {
                let names: Vec<String> = vec![$($t::go_type_name()),+];
                format!(" ({})", names.join(", "))
            }
        }
    };
}
tuple_results!(A, B);
tuple_results!(A, B, C);
tuple_results!(A, B, C, D);

/// Implemented for the `dyn Fn` types that translate Go func types.
pub trait GoFuncType: Send + Sync + 'static {
    /// `func(int, string) bool`.
    fn func_type_name() -> String;
}

macro_rules! fn_types {
    ($($a:ident),*) => {
        impl<$($a: GoValue,)* R: GoResults + 'static> GoFuncType for dyn Fn($($a),*) -> R + Send + Sync {
            fn func_type_name() -> String {
                let params: Vec<String> = vec![$($a::go_type_name()),*];
                format!("func({}){}", params.join(", "), R::results_name())
            }
        }
        impl<$($a: GoValue,)* R: GoResults + 'static> GoFuncType
            for dyn Fn($($a),*) -> BoxFuture<'static, R> + Send + Sync
        {
            fn func_type_name() -> String {
                let params: Vec<String> = vec![$($a::go_type_name()),*];
                format!("func({}){}", params.join(", "), R::results_name())
            }
        }
    };
}
fn_types!();
fn_types!(A1);
fn_types!(A1, A2);
fn_types!(A1, A2, A3);
fn_types!(A1, A2, A3, A4);
fn_types!(A1, A2, A3, A4, A5);

impl<F: ?Sized + GoFuncType> GoValue for Func<F> {
    fn kind(&self) -> Kind {
        Kind::Func
    }
    fn go_zero() -> Option<Self> {
        Some(Func::nil())
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_pointer(self, self.addr(), verb)
    }
    fn eq_dyn(&self, _other: &dyn GoValue) -> bool {
        panic_uncomparable(super::GoValueBase::type_name(self))
    }
    fn addr(&self) -> usize {
        Func::addr(self)
    }
    fn go_type_name() -> String {
        F::func_type_name()
    }
    fn go_layout() -> Layout {
        Layout::words(1)
    }
    fn go_comparable() -> bool {
        false
    }
}
