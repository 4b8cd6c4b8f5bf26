//! Go's run-time panics: the `runtime.Error` values (bounds, nil dereference, division by zero,
//! failed type assertion, …) with Go's exact `Error()` texts and `%T` names, and raising them.

use super::{Any, GoError, GoValue, Kind, Str};
use crate::fmt::Printer;

/// Which bounds check failed (Go's `runtime.boundsErrorCode`), with the offending values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SliceBounds {
    /// `s[:hi]` with `hi > len` (strings, arrays: length).
    AlenHi(i64, i64),
    /// `s[:hi]` with `hi > cap` (slices).
    AcapHi(i64, i64),
    /// `s[lo:hi]` with `lo > hi`.
    LoHi(i64, i64),
    /// `s[::max]` with `max > len` (arrays).
    Alen3(i64, i64),
    /// `s[::max]` with `max > cap`.
    Acap3(i64, i64),
    /// `s[:hi:max]` with `hi > max`.
    HiMax(i64, i64),
    /// `s[lo:hi:]` with `lo > hi`.
    LoHi3(i64, i64),
}

/// Go's `runtime.boundsError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoundsError {
    text: String,
}

impl BoundsError {
    /// `index out of range [i] with length n`.
    pub fn index(i: i64, n: i64) -> BoundsError {
        let text = if i < 0 {
            format!("index out of range [{i}]")
        } else {
            format!("index out of range [{i}] with length {n}")
        };
        BoundsError { text }
    }
    /// `cannot convert slice with length x to array or pointer to array with length y`.
    pub fn convert(x: i64, y: i64) -> BoundsError {
        BoundsError { text: format!("cannot convert slice with length {x} to array or pointer to array with length {y}") }
    }
    /// The slice-expression variants.
    pub fn slice(b: SliceBounds) -> BoundsError {
        use SliceBounds::*;
        let text = match b {
            AlenHi(x, _) | AcapHi(x, _) if x < 0 => format!("slice bounds out of range [:{x}]"),
            AlenHi(x, y) => format!("slice bounds out of range [:{x}] with length {y}"),
            AcapHi(x, y) => format!("slice bounds out of range [:{x}] with capacity {y}"),
            LoHi(x, _) if x < 0 => format!("slice bounds out of range [{x}:]"),
            LoHi(x, y) => format!("slice bounds out of range [{x}:{y}]"),
            Alen3(x, _) | Acap3(x, _) if x < 0 => format!("slice bounds out of range [::{x}]"),
            Alen3(x, y) => format!("slice bounds out of range [::{x}] with length {y}"),
            Acap3(x, y) => format!("slice bounds out of range [::{x}] with capacity {y}"),
            HiMax(x, _) if x < 0 => format!("slice bounds out of range [:{x}:]"),
            HiMax(x, y) => format!("slice bounds out of range [:{x}:{y}]"),
            LoHi3(x, _) if x < 0 => format!("slice bounds out of range [{x}::]"),
            LoHi3(x, y) => format!("slice bounds out of range [{x}:{y}:]"),
        };
        BoundsError { text }
    }
}

/// Go's `runtime.errorString`: `runtime error: ` + text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorString(pub &'static str, pub String);

/// Go's `runtime.plainError`: the text as is (`assignment to entry in nil map`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlainError(pub String);

/// Go's `*runtime.TypeAssertionError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeAssertionError {
    /// The interface type asserted from (`interface {}`).
    pub iface: String,
    /// The dynamic type (empty for nil).
    pub concrete: String,
    /// The asserted type.
    pub asserted: String,
    /// For assertions to interfaces: the missing method.
    pub missing_method: String,
}

/// Go's `runtime.PanicNilError`: `panic(nil)` panics with a `*runtime.PanicNilError`
/// (`Ptr<PanicNilError>`, since Go 1.21), whose pointer-receiver `Error()` is
/// [`PANIC_NIL_TEXT`].
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PanicNilError;

/// `(*runtime.PanicNilError).Error()`.
pub const PANIC_NIL_TEXT: &str = "runtime error: panic called with nil argument";

impl GoValue for PanicNilError {
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        // Go's struct has one unexported field: `_ [0]*PanicNilError`.
        p.fmt_struct(self, verb, &[("_", &super::Array::<super::Ptr<PanicNilError>, 0>::default())])
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        super::eq_by(self, other)
    }
    fn ptr_error(_p: &super::Ptr<Self>) -> Option<Str> {
        Some(Str::lit(PANIC_NIL_TEXT))
    }
    fn go_methods() -> super::Methods {
        super::Methods { ptr_error: true, ..super::Methods::NONE }
    }
    fn go_type_name() -> String {
        "runtime.PanicNilError".into()
    }
    fn go_layout() -> super::Layout {
        super::Layout { size: 0, align: 8, pointers: false }
    }
}


macro_rules! runtime_error_impl {
    ($t:ty, $name:expr, |$s:ident| $text:expr) => {
        impl GoValue for $t {
            fn kind(&self) -> Kind {
                Kind::Struct
            }
            fn fmt_value(&self, p: &mut Printer, verb: char) {
                p.fmt_opaque_struct(self, verb)
            }
            fn eq_dyn(&self, other: &dyn GoValue) -> bool {
                super::eq_by(self, other)
            }
            fn as_error(&self) -> Option<&dyn GoError> {
                Some(self)
            }
            fn into_error(self: std::sync::Arc<Self>) -> Option<std::sync::Arc<dyn GoError>> {
                Some(self)
            }
            // What `%w` of a `runtime.Error` value wraps (its dynamic value as an `error`).
            fn clone_error(&self) -> Option<crate::Error> {
                Some(crate::Error::from_err(self.clone()))
            }
            fn go_type_name() -> String {
                $name.into()
            }
        }
        impl GoError for $t {
            fn Error(&self) -> Str {
                let $s = self;
                Str::from($text)
            }
        }
    };
}

runtime_error_impl!(BoundsError, "runtime.boundsError", |s| format!("runtime error: {}", s.text));
runtime_error_impl!(ErrorString, "runtime.errorString", |s| format!("runtime error: {}{}", s.0, s.1));
runtime_error_impl!(PlainError, "runtime.plainError", |s| s.0.clone());
runtime_error_impl!(TypeAssertionError, "*runtime.TypeAssertionError", |s| {
    let cs = if s.concrete.is_empty() { "nil" } else { &s.concrete };
    if !s.missing_method.is_empty() {
        format!("interface conversion: {} is not {}: missing method {}", cs, s.asserted, s.missing_method)
    } else if s.concrete.is_empty() {
        format!("interface conversion: {} is nil, not {}", s.iface, s.asserted)
    } else {
        format!("interface conversion: {} is {}, not {}", s.iface, cs, s.asserted)
    }
});

/// Raises a Go panic with `value` as the panic value.
pub fn panic_runtime<T: GoValue>(value: T) -> ! {
    crate::panic::go_panic(Any::from_value(value))
}

/// `runtime error: index out of range [i] with length n`.
#[cold]
#[track_caller]
pub fn panic_index(i: i64, n: i64) -> ! {
    panic_runtime(BoundsError::index(i, n))
}

/// `runtime error: slice bounds out of range …`.
#[cold]
pub fn panic_slice_bounds(b: SliceBounds) -> ! {
    panic_runtime(BoundsError::slice(b))
}

/// `runtime error: cannot convert slice with length x to array or pointer to array with length y`.
#[cold]
pub fn panic_slice_convert(x: i64, y: i64) -> ! {
    panic_runtime(BoundsError::convert(x, y))
}

/// `runtime error: invalid memory address or nil pointer dereference`.
#[cold]
pub fn panic_nil_deref() -> ! {
    panic_runtime(ErrorString("", "invalid memory address or nil pointer dereference".into()))
}

/// `runtime error: integer divide by zero`.
#[cold]
pub fn panic_divide() -> ! {
    panic_runtime(ErrorString("", "integer divide by zero".into()))
}

/// A range-over-func loop's contract broken by its iterator (Go's `panicrangestate`): `state`
/// is where the loop was when the iterator called `yield` again — 1: the body returned false,
/// 2: the body panicked, 3: the loop had exited — or, 4, the iterator returned normally after
/// recovering a panic of the body.
#[cold]
pub fn panic_range_state(state: u8) -> ! {
    let text = match state {
        1 => "range function continued iteration after function for loop body returned false",
        2 => "range function continued iteration after loop body panic",
        3 => "range function continued iteration after whole loop exit",
        _ => "range function recovered a loop body panic and did not resume panicking",
    };
    panic_runtime(ErrorString("", text.into()))
}

/// `runtime error: negative shift amount`.
#[cold]
pub fn panic_shift() -> ! {
    panic_runtime(ErrorString("", "negative shift amount".into()))
}

/// `assignment to entry in nil map`.
#[cold]
pub fn panic_nil_map() -> ! {
    panic_runtime(PlainError("assignment to entry in nil map".into()))
}

/// `runtime error: comparing uncomparable type T`.
#[cold]
pub fn panic_uncomparable(type_name: String) -> ! {
    panic_runtime(ErrorString("comparing uncomparable type ", type_name))
}

/// Go's `maps.unhashableTypeError`: what a lookup or delete in an empty (or nil) map raises
/// for an unhashable interface key (a non-empty map hashes the key and raises
/// `runtime.errorString` instead).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnhashableTypeError(String);

runtime_error_impl!(UnhashableTypeError, "maps.unhashableTypeError", |s| format!("hash of unhashable type: {}", s.0));

thread_local! {
    static EMPTY_MAP_PROBE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Hashes `key` as Go does when probing an empty or nil map: an unhashable key panics with
/// `maps.unhashableTypeError`.
pub(crate) fn probe_empty_map_key(key: &dyn GoValue) {
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            EMPTY_MAP_PROBE.with(|f| f.set(false));
        }
    }
    EMPTY_MAP_PROBE.with(|f| f.set(true));
    let _reset = Reset;
    key.hash_dyn(&mut std::hash::DefaultHasher::new());
}

/// `runtime error: hash of unhashable type T` (or `maps.unhashableTypeError` while probing an
/// empty map).
#[cold]
pub fn panic_unhashable(type_name: String) -> ! {
    if EMPTY_MAP_PROBE.with(|f| f.replace(false)) {
        panic_runtime(UnhashableTypeError(type_name))
    }
    panic_runtime(ErrorString("hash of unhashable type ", type_name))
}

/// `runtime error: makeslice: len out of range` / `cap out of range`.
#[cold]
pub fn panic_makeslice(what: &'static str) -> ! {
    panic_runtime(ErrorString("makeslice: ", format!("{what} out of range")))
}

/// `interface conversion: …` for a failed `x.(T)`.
#[cold]
pub fn panic_type_assertion(iface: String, concrete: Option<String>, asserted: String) -> ! {
    panic_runtime(TypeAssertionError {
        iface,
        concrete: concrete.unwrap_or_default(),
        asserted,
        missing_method: String::new(),
    })
}
