//! `flag.Value` (a Go interface as a trait) and the built-in flag values behind `flag.Int`,
//! `flag.String`, …: each a Go pointer to the variable the flag sets, with Go's `Set` (its
//! parsing and its `parse error` / `value out of range` errors) and `String`.

use std::sync::{Arc, LazyLock};

use crate::fmt::Printer;
use crate::time::Duration;
use crate::value::{Error, GoValue, Iface, Kind, Layout, Methods, Ptr, Str, Stringer};

/// Go's `flag.Value`. Translated types implement the Go-named methods (pointer receivers
/// through the emitter's pointer adapter); the snake_case ones are the std method convention.
#[allow(non_snake_case)]
pub trait Value: GoValue {
    /// `String() string`.
    fn String(&self) -> Str;
    /// `Set(string) error`.
    fn Set(&self, s: &Str) -> Error;
    /// `v.String()` under the std method convention.
    fn string(&self) -> Str {
        self.String()
    }
    /// `v.Set(s)` under the std method convention.
    fn set(&self, s: &Str) -> Error {
        self.Set(s)
    }
    /// `String()` of the implementing type's zero value (a new zero pointee for a pointer
    /// type), which `PrintDefaults` compares the default with: Go builds that value by
    /// reflection, the translator writes this method for a program's types. `None`: unknown.
    fn zero_string(&self) -> Option<Str> {
        None
    }
}

/// An interface value delegates to its dynamic value (nil panics Go's way).
#[allow(non_snake_case)]
impl Value for Iface<dyn Value> {
    fn String(&self) -> Str {
        (**self).String()
    }
    fn Set(&self, s: &Str) -> Error {
        (**self).Set(s)
    }
    fn zero_string(&self) -> Option<Str> {
        (**self).zero_string()
    }
}

crate::go_interface!(Value = "flag.Value" { Set, String } impls [BoolValue, IntValue, Int64Value, UintValue, Uint64Value, StringValue, Float64Value, DurationValue, FuncValue]);

static ERR_PARSE: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("parse error")));
static ERR_RANGE: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("value out of range")));

/// Go's `numError`: a `*strconv.NumError` becomes `parse error` or `value out of range`.
fn num_error(err: Error) -> Error {
    if err.is_nil() {
        err
    } else if crate::errors::is(&err, &crate::strconv::err_range()) {
        ERR_RANGE.clone()
    } else {
        ERR_PARSE.clone()
    }
}

/// One built-in value type: a pointer to the flag's variable, printed as Go prints the
/// pointer (`*flag.intValue`), compared by identity.
macro_rules! builtin_value {
    ($t:ident = $go:literal, $elem:ty, |$p:ident, $s:ident| $set:expr, |$v:ident| $string:expr) => {
        #[derive(Clone)]
        pub(super) struct $t(pub(super) Ptr<$elem>);

        #[allow(non_snake_case)]
        impl Value for $t {
            fn String(&self) -> Str {
                let $v = self.0.get();
                $string
            }
            fn Set(&self, $s: &Str) -> Error {
                let $p = &self.0;
                $set
            }
        }

        /// `fmt` prints the value by its `String` method, as Go does.
        #[allow(non_snake_case)]
        impl Stringer for $t {
            fn String(&self) -> Str {
                <Self as Value>::String(self)
            }
        }

        impl GoValue for $t {
            fn kind(&self) -> Kind {
                Kind::Ptr
            }
            fn fmt_value(&self, p: &mut Printer, verb: char) {
                GoValue::fmt_value(&self.0, p, verb)
            }
            fn eq_dyn(&self, other: &dyn GoValue) -> bool {
                other.as_any().downcast_ref::<Self>().is_some_and(|o| self.0 == o.0)
            }
            fn hash_dyn(&self, state: &mut dyn std::hash::Hasher) {
                state.write_usize(self.0.addr())
            }
            fn addr(&self) -> usize {
                self.0.addr()
            }
            fn as_stringer(&self) -> Option<&dyn Stringer> {
                Some(self)
            }
            fn into_stringer(self: Arc<Self>) -> Option<Arc<dyn Stringer>> {
                Some(self)
            }
            fn go_methods() -> Methods {
                Methods { string: true, ..Methods::NONE }
            }
            fn go_type_name() -> String {
                $go.into()
            }
            fn go_layout() -> Layout {
                Layout::words(1)
            }
        }
    };
}

builtin_value!(BoolValue = "*flag.boolValue", bool, |p, s| {
    let (v, err) = crate::strconv::parse_bool(s);
    p.set(v);
    if err.is_nil() { err } else { ERR_PARSE.clone() }
}, |v| crate::strconv::format_bool(v));

builtin_value!(IntValue = "*flag.intValue", i64, |p, s| {
    let (v, err) = crate::strconv::parse_int(s, 0, 64);
    p.set(v);
    num_error(err)
}, |v| crate::strconv::itoa(v));

builtin_value!(Int64Value = "*flag.int64Value", i64, |p, s| {
    let (v, err) = crate::strconv::parse_int(s, 0, 64);
    p.set(v);
    num_error(err)
}, |v| crate::strconv::format_int(v, 10));

builtin_value!(UintValue = "*flag.uintValue", u64, |p, s| {
    let (v, err) = crate::strconv::parse_uint(s, 0, 64);
    p.set(v);
    num_error(err)
}, |v| crate::strconv::format_uint(v, 10));

builtin_value!(Uint64Value = "*flag.uint64Value", u64, |p, s| {
    let (v, err) = crate::strconv::parse_uint(s, 0, 64);
    p.set(v);
    num_error(err)
}, |v| crate::strconv::format_uint(v, 10));

builtin_value!(StringValue = "*flag.stringValue", Str, |p, s| {
    p.set(s.clone());
    Error::nil()
}, |v| v);

builtin_value!(Float64Value = "*flag.float64Value", f64, |p, s| {
    let (v, err) = crate::strconv::parse_float(s, 64);
    p.set(v);
    num_error(err)
}, |v| crate::strconv::format_float(v, b'g', -1, 64));

builtin_value!(DurationValue = "*flag.durationValue", Duration, |p, s| {
    let (v, err) = crate::time::parse_duration(s);
    p.set(v);
    if err.is_nil() { err } else { ERR_PARSE.clone() }
}, |v| v.string());

/// `flag.Func` / `flag.BoolFunc`: the callback is the value (`String` is empty).
#[derive(Clone)]
pub(super) struct FuncValue {
    pub(super) f: Arc<dyn Fn(Str) -> Error + Send + Sync>,
    pub(super) is_bool: bool,
}

#[allow(non_snake_case)]
impl Value for FuncValue {
    fn String(&self) -> Str {
        Str::lit("")
    }
    fn Set(&self, s: &Str) -> Error {
        (self.f)(s.clone())
    }
}

#[allow(non_snake_case)]
impl Stringer for FuncValue {
    fn String(&self) -> Str {
        Str::lit("")
    }
}

impl GoValue for FuncValue {
    fn kind(&self) -> Kind {
        Kind::Func
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_pointer(self, GoValue::addr(self), verb)
    }
    fn addr(&self) -> usize {
        Arc::as_ptr(&self.f) as *const () as usize
    }
    fn as_stringer(&self) -> Option<&dyn Stringer> {
        Some(self)
    }
    fn into_stringer(self: Arc<Self>) -> Option<Arc<dyn Stringer>> {
        Some(self)
    }
    fn go_methods() -> Methods {
        Methods { string: true, ..Methods::NONE }
    }
    fn go_comparable() -> bool {
        false
    }
    fn go_type_name() -> String {
        "flag.funcValue".into()
    }
}

/// Go's `boolFlag` check: a flag that needs no argument.
pub(super) fn is_bool_flag(v: &Iface<dyn Value>) -> bool {
    match v.value() {
        Some(x) => x.as_any().is::<BoolValue>() || x.as_any().downcast_ref::<FuncValue>().is_some_and(|f| f.is_bool),
        None => false,
    }
}

/// `UnquoteUsage`'s type-derived name and the zero value's `String()` of a built-in value
/// (`None` for a program's own `flag.Value`).
pub(super) fn builtin_kind(v: &Iface<dyn Value>) -> Option<(&'static str, &'static str)> {
    let x = v.value()?.as_any();
    Some(if x.is::<BoolValue>() {
        ("", "false")
    } else if let Some(f) = x.downcast_ref::<FuncValue>() {
        (if f.is_bool { "" } else { "value" }, "")
    } else if x.is::<DurationValue>() {
        ("duration", "0s")
    } else if x.is::<Float64Value>() {
        ("float", "0")
    } else if x.is::<IntValue>() || x.is::<Int64Value>() {
        ("int", "0")
    } else if x.is::<StringValue>() {
        ("string", "")
    } else if x.is::<UintValue>() || x.is::<Uint64Value>() {
        ("uint", "0")
    } else {
        return None;
    })
}

/// Whether the value is a `*flag.stringValue` (its default prints quoted).
pub(super) fn is_string_value(v: &Iface<dyn Value>) -> bool {
    v.value().is_some_and(|x| x.as_any().is::<StringValue>())
}
