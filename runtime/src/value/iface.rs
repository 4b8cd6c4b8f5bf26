//! Interface values: `Iface<dyn I>` (nil or a shared dynamic value), `Any`, `Error`, `Stringer`,
//! type assertions and conversions between interfaces.

use std::cmp::Ordering;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

use super::rterr::{TypeAssertionError, panic_nil_deref, panic_runtime};
use super::{GoError, GoValue, Kind, Layout, Str, dyn_eq};
use crate::fmt::Printer;

/// A Go interface value: nil, or a dynamic value behind `D` (a `dyn Trait` for the interface's
/// methods). Cloning shares the immutable dynamic value, which is what copying an interface
/// value does in Go. Method calls go through `Deref` (`x.Area()`); on nil they panic with Go's
/// nil-dereference error.
pub struct Iface<D: ?Sized>(pub Option<Arc<D>>);

/// Go's `any` (`interface{}`).
pub type Any = Iface<dyn GoValue>;

/// Go's `error` type.
pub type Error = Iface<dyn GoError>;

/// Go's `fmt.Stringer`.
#[allow(non_snake_case)]
pub trait Stringer: GoValue {
    /// Go's `String()` method.
    fn String(&self) -> Str;
}

/// Implemented for `dyn I` of every Go interface `I` (by [`go_interface!`](crate::go_interface)
/// for user interfaces): its Go name and conversions to and from `dyn GoValue`.
pub trait GoInterface: Send + Sync + 'static {
    /// Go's name of the interface type (`interface {}`, `error`, `main.Shape`).
    fn iface_name() -> String;
    /// `x.(I)`: the value as this interface, if its dynamic type implements it.
    fn from_value_arc(v: Arc<dyn GoValue>) -> Option<Arc<Self>>;
    /// `&dyn I` as `&dyn GoValue` (trait upcasting: the body is `self`).
    fn upcast(&self) -> &dyn GoValue;
    /// `Arc<dyn I>` as `Arc<dyn GoValue>` (the body is `self`).
    fn upcast_arc(self: Arc<Self>) -> Arc<dyn GoValue>;
    /// The interface's method names, sorted (for the "missing method" panic text).
    fn method_names() -> &'static [&'static str] {
        &[]
    }
}

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

impl<D: ?Sized + GoInterface> Iface<D> {
    /// The dynamic value (`None` for nil).
    pub fn value(&self) -> Option<&dyn GoValue> {
        self.0.as_deref().map(|d| d.upcast())
    }
    /// The same value as `any`.
    pub fn to_any(&self) -> Any {
        Iface(self.0.clone().map(|d| d.upcast_arc()))
    }
    /// Comma-ok type assertion to a concrete type: `v, ok := x.(T)`.
    pub fn downcast<T: GoValue + Clone>(&self) -> Option<T> {
        self.value()?.as_any().downcast_ref::<T>().cloned()
    }
    /// Whether the dynamic type is `T` (a type switch case).
    pub fn is<T: GoValue>(&self) -> bool {
        self.value().is_some_and(|v| v.as_any().is::<T>())
    }
    /// Panicking type assertion to a concrete type: `x.(T)`.
    pub fn assert<T: GoValue + Clone>(&self) -> T {
        match self.downcast::<T>() {
            Some(v) => v,
            None => super::rterr::panic_type_assertion(
                D::iface_name(),
                self.value().map(|v| v.type_name()),
                T::go_type_name(),
            ),
        }
    }
    /// Comma-ok assertion to an interface type: `v, ok := x.(I)`.
    pub fn convert<E: ?Sized + GoInterface>(&self) -> Option<Iface<E>> {
        let arc = self.0.clone()?.upcast_arc();
        E::from_value_arc(arc).map(|e| Iface(Some(e)))
    }
    /// Panicking assertion to an interface type: `x.(I)`.
    pub fn assert_iface<E: ?Sized + GoInterface>(&self) -> Iface<E> {
        match self.convert::<E>() {
            Some(v) => v,
            None => {
                let concrete = self.value().map(|v| v.type_name());
                let missing = if concrete.is_some() {
                    E::method_names().first().copied().unwrap_or("").to_string()
                } else {
                    String::new()
                };
                panic_runtime(TypeAssertionError {
                    // Go's assertE2I/typeAssert leave the source interface out when x is nil.
                    iface: if concrete.is_some() { D::iface_name() } else { "interface".to_string() },
                    concrete: concrete.unwrap_or_default(),
                    asserted: E::iface_name(),
                    missing_method: missing,
                })
            }
        }
    }
    /// `x == v` between an interface and a concrete value.
    pub fn eq_value<T: GoValue>(&self, v: &T) -> bool {
        self.value().is_some_and(|x| dyn_eq(x, v))
    }
}

impl Any {
    /// Converts a concrete value to `any`.
    pub fn from_value<T: GoValue>(v: T) -> Any {
        Iface(Some(Arc::new(v)))
    }
}

impl Error {
    /// Converts a concrete error value to `error`.
    pub fn from_err<T: GoError>(v: T) -> Error {
        Iface(Some(Arc::new(v)))
    }
    /// `err.Error()`; panics like Go on a nil error.
    #[allow(non_snake_case)]
    pub fn Error(&self) -> Str {
        match &self.0 {
            Some(e) => e.Error(),
            None => panic_nil_deref(),
        }
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

impl<D: ?Sized> Deref for Iface<D> {
    type Target = D;
    fn deref(&self) -> &D {
        match &self.0 {
            Some(v) => v,
            None => panic_nil_deref(),
        }
    }
}

impl<D: ?Sized + GoInterface> PartialEq for Iface<D> {
    fn eq(&self, other: &Self) -> bool {
        match (self.value(), other.value()) {
            (None, None) => true,
            (Some(a), Some(b)) => dyn_eq(a, b),
            _ => false,
        }
    }
}
impl<D: ?Sized + GoInterface> Eq for Iface<D> {}
impl<D: ?Sized + GoInterface> Hash for Iface<D> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        match self.value() {
            None => state.write_u8(0),
            Some(v) => {
                v.as_any().type_id().hash(state);
                v.hash_dyn(state);
            }
        }
    }
}

impl<D: ?Sized + GoInterface> std::fmt::Debug for Iface<D> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::fmt::sprint(&[self]).to_string_lossy())
    }
}
impl<D: ?Sized + GoInterface> std::fmt::Display for Iface<D> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::fmt::sprint(&[self]).to_string_lossy())
    }
}
impl std::error::Error for Iface<dyn GoError> {}

impl<D: ?Sized + GoInterface> GoValue for Iface<D> {
    fn clone_any(&self) -> Option<Any> {
        Some(self.to_any())
    }
    fn json_encode(&self, e: &mut crate::encoding::json::EncodeState) {
        match self.value() {
            None => e.null(),
            Some(v) => e.value(v),
        }
    }
    fn json_is_empty(&self) -> bool {
        self.is_nil()
    }
    fn json_decode(&mut self, d: &mut crate::encoding::json::DecodeState, v: &crate::encoding::json::JsonValue) {
        crate::encoding::json::decode_iface(self, d, v)
    }
    fn go_zero() -> Option<Self> {
        Some(Iface::nil())
    }
    fn json_is_zero(&self) -> bool {
        self.is_nil()
    }
    fn kind(&self) -> Kind {
        Kind::Interface
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_interface(self, self.value(), verb)
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        other.as_any().downcast_ref::<Self>().is_some_and(|o| self == o)
    }
    fn hash_dyn(&self, mut state: &mut dyn Hasher) {
        self.hash(&mut state)
    }
    fn cmp_dyn(&self, other: &dyn GoValue) -> Ordering {
        let Some(o) = other.as_any().downcast_ref::<Self>() else { return Ordering::Equal };
        match (self.value(), o.value()) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some(a), Some(b)) => {
                a.type_name().cmp(&b.type_name()).then_with(|| if dyn_same(a, b) { a.cmp_dyn(b) } else { Ordering::Equal })
            }
        }
    }
    fn iface_elem(&self) -> Option<Option<&dyn GoValue>> {
        Some(self.value())
    }
    fn slice_len(&self) -> Option<i64> {
        self.value()?.slice_len()
    }
    fn slice_swap(&self, i: i64, j: i64) {
        if let Some(v) = self.value() {
            v.slice_swap(i, j)
        }
    }
    fn go_from_iface(v: &Arc<dyn GoValue>) -> Option<Self> {
        D::from_value_arc(v.clone()).map(|d| Iface(Some(d)))
    }
    fn go_type_name() -> String {
        D::iface_name()
    }
    fn go_layout() -> Layout {
        Layout::words(2)
    }
}

fn dyn_same(a: &dyn GoValue, b: &dyn GoValue) -> bool {
    a.as_any().type_id() == b.as_any().type_id()
}

impl GoInterface for dyn GoValue {
    fn upcast(&self) -> &dyn GoValue {
        self
    }
    fn upcast_arc(self: Arc<Self>) -> Arc<dyn GoValue> {
        self
    }
    fn iface_name() -> String {
        "interface {}".into()
    }
    fn from_value_arc(v: Arc<dyn GoValue>) -> Option<Arc<Self>> {
        Some(v)
    }
}

impl GoInterface for dyn GoError {
    fn upcast(&self) -> &dyn GoValue {
        self
    }
    fn upcast_arc(self: Arc<Self>) -> Arc<dyn GoValue> {
        self
    }
    fn iface_name() -> String {
        "error".into()
    }
    fn from_value_arc(v: Arc<dyn GoValue>) -> Option<Arc<Self>> {
        v.into_error()
    }
    fn method_names() -> &'static [&'static str] {
        &["Error"]
    }
}

impl GoInterface for dyn Stringer {
    fn upcast(&self) -> &dyn GoValue {
        self
    }
    fn upcast_arc(self: Arc<Self>) -> Arc<dyn GoValue> {
        self
    }
    fn iface_name() -> String {
        "fmt.Stringer".into()
    }
    fn from_value_arc(v: Arc<dyn GoValue>) -> Option<Arc<Self>> {
        v.into_stringer()
    }
    fn method_names() -> &'static [&'static str] {
        &["String"]
    }
}

