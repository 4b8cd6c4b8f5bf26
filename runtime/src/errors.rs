//! Go's `errors`: `New` (a `*errors.errorString`, compared by identity), `Is`, `As`, `Unwrap`,
//! `Join`.

use std::sync::Arc;

use crate::fmt::Printer;
use crate::value::{Error, GoError, GoInterface, GoValue, Kind, Slice, Str};

/// Go's `*errors.errorString`. Two `errors.New` values are never equal, even with the same
/// text; copies of one are (the value lives in one `Arc`, and equality is its address).
pub struct ErrorString {
    s: Str,
}

// `Default`: Go's zero value, for go_struct!'s `go_zero`.
#[derive(Clone, Default)]
#[allow(non_camel_case_types)]
struct errorString {
    s: Str,
}
crate::go_struct!(errorString = "errors.errorString" { s: Str });

impl GoValue for ErrorString {
    fn kind(&self) -> Kind {
        Kind::Ptr
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        let inner = errorString { s: self.s.clone() };
        p.fmt_ptr(self, GoValue::addr(self), Some(&inner), verb)
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        GoValue::addr(self) == other.addr() && other.as_any().is::<ErrorString>()
    }
    fn hash_dyn(&self, state: &mut dyn std::hash::Hasher) {
        state.write_usize(GoValue::addr(self))
    }
    fn addr(&self) -> usize {
        self as *const Self as usize
    }
    fn as_error(&self) -> Option<&dyn GoError> {
        Some(self)
    }
    fn into_error(self: Arc<Self>) -> Option<Arc<dyn GoError>> {
        Some(self)
    }
    fn go_type_name() -> String {
        "*errors.errorString".into()
    }
}

impl GoError for ErrorString {
    fn Error(&self) -> Str {
        self.s.clone()
    }
}

/// Go's `errors.New(text)`: a new `*errors.errorString` (never equal to another).
pub fn new(text: &Str) -> Error {
    Error::new(Arc::new(ErrorString { s: text.clone() }))
}

/// Go's `errors.Unwrap`: the result of `Unwrap() error`, nil otherwise.
pub fn unwrap(err: &Error) -> Error {
    match &err.0 {
        None => Error::nil(),
        Some(e) => e.unwrap_error(),
    }
}

fn children(e: &dyn GoError) -> Vec<Error> {
    if let Some(list) = e.unwrap_errors() {
        return list.to_vec();
    }
    let u = e.unwrap_error();
    if u.is_nil() { Vec::new() } else { vec![u] }
}

/// Go's `errors.Is`: walks the `Unwrap` tree (depth first) comparing with `==` (comparable
/// dynamic types only) and `Is` methods.
pub fn is(err: &Error, target: &Error) -> bool {
    if err.is_nil() || target.is_nil() {
        return err.is_nil() && target.is_nil();
    }
    let comparable = target.value().is_some_and(|t| !matches!(t.kind(), Kind::Slice | Kind::Map | Kind::Func));
    is_rec(err, target, comparable)
}

fn is_rec(err: &Error, target: &Error, comparable: bool) -> bool {
    let Some(e) = &err.0 else { return false };
    if comparable && err == target {
        return true;
    }
    if e.is_method(target) == Some(true) {
        return true;
    }
    children(&**e).iter().any(|c| is_rec(c, target, comparable))
}

/// Go's `errors.As(err, target)`: finds the first error in `err`'s tree (depth first) that
/// `*target` can hold (its type, or an interface type it implements), stores it through the
/// pointer `target`, and reports whether it found one. Panics like Go when `target` is nil
/// or not a pointer.
pub fn r#as(err: &Error, target: &dyn GoValue) -> bool {
    if err.is_nil() {
        return false;
    }
    let mut t = target;
    while let Some(inner) = t.iface_elem() {
        match inner {
            Some(v) => t = v,
            None => crate::strings::panic_str("errors: target cannot be nil"),
        }
    }
    as_rec(err, t)
}

fn as_rec(err: &Error, target: &dyn GoValue) -> bool {
    let Some(e) = &err.0 else { return false };
    let v = e.clone().upcast_arc();
    match target.as_target(&v) {
        None => crate::strings::panic_str("errors: target must be a non-nil pointer"),
        Some(true) => return true,
        Some(false) => {}
    }
    children(&**e).iter().any(|c| as_rec(c, target))
}

/// Go's `errors.As(err, &target)` for a concrete target type `T`: the first error in the tree
/// whose dynamic type is `T`.
pub fn as_<T: GoValue + Clone>(err: &Error) -> Option<T> {
    let e = err.0.as_ref()?;
    if let Some(t) = err.downcast::<T>() {
        return Some(t);
    }
    children(&**e).iter().find_map(|c| as_::<T>(c))
}

/// Go's `errors.As` with an interface target: the first error in the tree implementing `I`.
pub fn as_iface<I: ?Sized + crate::value::GoInterface>(err: &Error) -> Option<crate::value::Iface<I>> {
    let e = err.0.as_ref()?;
    if let Some(t) = err.convert::<I>() {
        return Some(t);
    }
    children(&**e).iter().find_map(|c| as_iface::<I>(c))
}

/// Go's `*errors.joinError`.
pub struct JoinError {
    errs: Slice<Error>,
}

// `Default`: Go's zero value, for go_struct!'s `go_zero`.
#[derive(Clone, Default)]
#[allow(non_camel_case_types)]
struct joinError {
    errs: Slice<Error>,
}
crate::go_struct!(joinError = "errors.joinError" { errs: Slice<Error> });

impl GoValue for JoinError {
    fn kind(&self) -> Kind {
        Kind::Ptr
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        let inner = joinError { errs: self.errs.clone() };
        p.fmt_ptr(self, GoValue::addr(self), Some(&inner), verb)
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        GoValue::addr(self) == other.addr() && other.as_any().is::<JoinError>()
    }
    fn hash_dyn(&self, state: &mut dyn std::hash::Hasher) {
        state.write_usize(GoValue::addr(self))
    }
    fn addr(&self) -> usize {
        self as *const Self as usize
    }
    fn as_error(&self) -> Option<&dyn GoError> {
        Some(self)
    }
    fn into_error(self: Arc<Self>) -> Option<Arc<dyn GoError>> {
        Some(self)
    }
    fn go_type_name() -> String {
        "*errors.joinError".into()
    }
}

impl GoError for JoinError {
    fn Error(&self) -> Str {
        let parts: Vec<Str> = self.errs.to_vec().iter().map(|e| e.Error()).collect();
        let mut out = Vec::new();
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                out.push(b'\n');
            }
            out.extend_from_slice(p.as_bytes());
        }
        Str::from_vec(out)
    }
    fn unwrap_errors(&self) -> Option<Slice<Error>> {
        Some(self.errs.clone())
    }
}

/// Go's `errors.Join(errs...)`: nil when every error is nil.
pub fn join(errs: &[Error]) -> Error {
    let kept: Vec<Error> = errs.iter().filter(|e| !e.is_nil()).cloned().collect();
    if kept.is_empty() {
        return Error::nil();
    }
    Error::new(Arc::new(JoinError { errs: Slice::from_vec(kept) }))
}

/// Go's `errors.ErrUnsupported`.
pub fn err_unsupported() -> Error {
    static E: std::sync::LazyLock<Error> = std::sync::LazyLock::new(|| new(&Str::lit("unsupported operation")));
    E.clone()
}
