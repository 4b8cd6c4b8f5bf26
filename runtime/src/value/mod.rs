//! Go's value model: the `GoValue` trait every Go type implements, and interface values.

use std::sync::Arc;

/// What every Go type translated to Rust implements: Go's type name, printing, and dynamic
/// typing for interfaces (`any`, type assertions, type switches, `==` on interfaces).
pub trait GoValue: Send + Sync + 'static {
    /// Go's name of the dynamic type, as `%T` prints it (`int`, `[]string`, `*main.T`).
    fn type_name(&self) -> String;
    /// The value as `std::any::Any`, for type assertions.
    fn as_any(&self) -> &dyn std::any::Any;
}

/// A Go interface value: nil, or a dynamic value behind `D` (a `dyn Trait` for the interface's
/// methods). Cloning shares the immutable dynamic value, which is what copying an interface
/// value does in Go.
pub struct Iface<D: ?Sized>(pub Option<Arc<D>>);

impl<D: ?Sized> Iface<D> {
    /// The nil interface value.
    pub const fn nil() -> Self {
        Iface(None)
    }
    /// An interface value holding `value` (unsizes at the call site: `Iface::new(Arc::new(x))`).
    pub fn new(value: Arc<D>) -> Self {
        Iface(Some(value))
    }
    /// Go's `x == nil`.
    pub fn is_nil(&self) -> bool {
        self.0.is_none()
    }
}

impl<D: ?Sized> Clone for Iface<D> {
    fn clone(&self) -> Self {
        Iface(self.0.clone())
    }
}

impl<D: ?Sized> Default for Iface<D> {
    fn default() -> Self {
        Iface(None)
    }
}

/// Go's `any` (`interface{}`).
pub type Any = Iface<dyn GoValue>;

mod str;
pub use str::Str;

/// Go's `error` interface: a value with an `Error() string` method.
#[allow(non_snake_case)]
pub trait GoError: GoValue {
    /// Go's `Error()` method.
    fn Error(&self) -> Str;
}

/// Go's `error` type.
pub type Error = Iface<dyn GoError>;
