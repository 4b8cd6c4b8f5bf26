//! `golang.org/x/exp/constraints`: type-set constraints for generic code. The translator
//! bounds a type parameter by its constraint's type set (integers and floats get
//! `value::Number`, ordered sets `cmp::Ordered`), so these names exist for the API surface
//! only; `Ordered` is `cmp`'s.

pub use crate::cmp::Ordered;

/// `constraints.Signed`: `~int | ~int8 | ~int16 | ~int32 | ~int64`.
pub trait Signed {}
/// `constraints.Unsigned`: `~uint | ~uint8 | … | ~uintptr`.
pub trait Unsigned {}
/// `constraints.Integer`: `Signed | Unsigned`.
pub trait Integer {}
/// `constraints.Float`: `~float32 | ~float64`.
pub trait Float {}
