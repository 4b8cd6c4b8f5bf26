//! The error values `fmt.Errorf` makes with `%w`: `*fmt.wrapError` and `*fmt.wrapErrors`.

use crate::value::{Error, GoError, GoValue, Kind, Slice, Str};
use crate::fmt::Printer;

/// Go's `*fmt.wrapError` (one `%w`).
pub struct WrapError {
    pub(crate) msg: Str,
    pub(crate) err: Error,
}

/// Go's `*fmt.wrapErrors` (several `%w`).
pub struct WrapErrors {
    pub(crate) msg: Str,
    pub(crate) errs: Slice<Error>,
}

macro_rules! wrap_impl {
    ($t:ty, $name:expr, $inner:expr) => {
        impl GoValue for $t {
            fn kind(&self) -> Kind {
                Kind::Ptr
            }
            fn fmt_value(&self, p: &mut Printer, verb: char) {
                let inner = $inner(self);
                p.fmt_ptr(self, self as *const Self as usize, Some(&inner), verb)
            }
            fn eq_dyn(&self, other: &dyn GoValue) -> bool {
                std::ptr::eq(self as *const Self as *const u8, other.as_any() as *const dyn std::any::Any as *const u8)
            }
            fn hash_dyn(&self, state: &mut dyn std::hash::Hasher) {
                state.write_usize(self as *const Self as usize)
            }
            fn addr(&self) -> usize {
                self as *const Self as usize
            }
            fn as_error(&self) -> Option<&dyn GoError> {
                Some(self)
            }
            fn into_error(self: std::sync::Arc<Self>) -> Option<std::sync::Arc<dyn GoError>> {
                Some(self)
            }
            fn go_type_name() -> String {
                $name.into()
            }
        }
    };
}

/// The structs the pointers point at, for dumps like `%d` (`&{msg err}`).
// `Default`: Go's zero value, for go_struct!'s `go_zero`.
#[derive(Clone, Default)]
#[allow(non_camel_case_types)]
struct wrapError {
    msg: Str,
    err: Error,
}
crate::go_struct!(wrapError = "fmt.wrapError" { msg: Str, err: Error });

// `Default`: Go's zero value, for go_struct!'s `go_zero`.
#[derive(Clone, Default)]
#[allow(non_camel_case_types)]
struct wrapErrors {
    msg: Str,
    errs: Slice<Error>,
}
crate::go_struct!(wrapErrors = "fmt.wrapErrors" { msg: Str, errs: Slice<Error> });

wrap_impl!(WrapError, "*fmt.wrapError", |s: &WrapError| wrapError { msg: s.msg.clone(), err: s.err.clone() });
wrap_impl!(WrapErrors, "*fmt.wrapErrors", |s: &WrapErrors| wrapErrors { msg: s.msg.clone(), errs: s.errs.clone() });

impl GoError for WrapError {
    fn Error(&self) -> Str {
        self.msg.clone()
    }
    fn unwrap_error(&self) -> Error {
        self.err.clone()
    }
}

impl GoError for WrapErrors {
    fn Error(&self) -> Str {
        self.msg.clone()
    }
    fn unwrap_errors(&self) -> Option<Slice<Error>> {
        Some(self.errs.clone())
    }
}
