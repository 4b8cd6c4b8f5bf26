//! The macros that give user types their `GoValue` impl: `go_struct!` (named structs),
//! `go_named!` (named non-struct types, `type Celsius float64`) and `go_interface!` (interface
//! traits).
//!
//! ```
//! use gort::{GoValue, Str, Ptr};
//!
//! #[derive(Clone, Default, PartialEq)]
//! pub struct point { pub X: i64, pub y: Str }
//! gort::go_struct!(point = "main.point" { X: i64, y: Str });
//!
//! #[derive(Clone, Default)]
//! pub struct MyErr { pub code: i64 }
//! impl gort::GoError for MyErr {
//!     fn Error(&self) -> Str { gort::fmt::sprintf(&Str::lit("code %d"), &[&self.code]) }
//! }
//! gort::go_struct!(MyErr = "main.MyErr" { code: i64 } methods(Error));
//!
//! #[derive(Clone, Default)]
//! pub struct Counter { pub n: i64 }
//! impl Counter {
//!     // `func (c *Counter) String() string`: pointer-receiver methods take `&Ptr<Self>`.
//!     pub fn String(this: &Ptr<Counter>) -> Str { gort::fmt::sprint(&[&this.with(|c| c.n)]) }
//! }
//! gort::go_struct!(Counter = "main.Counter" { n: i64 } ptr_methods(String));
//!
//! let p = point { X: 1, y: Str::lit("a") };
//! assert_eq!(gort::fmt::sprintf(&Str::lit("%+v %T"), &[&p, &p]).to_string(), "{X:1 y:a} main.point");
//! assert_eq!(gort::fmt::sprint(&[&MyErr { code: 7 }]).to_string(), "code 7");
//! assert_eq!(gort::fmt::sprint(&[&Ptr::new(Counter { n: 3 })]).to_string(), "3");
//! ```

/// Implements `GoValue` for a translated Go struct: `go_struct!(T = "main.T" { a: i64, B: Str })`,
/// listing every field in declaration order with its Rust type. Optional trailing parts:
/// `methods(Error, String)` — value-receiver methods (the emitter also writes
/// `impl GoError for T` / `impl Stringer for T`); `ptr_methods(Error, String, Unwrap)` —
/// pointer-receiver methods, written as `impl T { pub fn String(this: &Ptr<T>) -> Str }`;
/// `embedded(Base)` — the embedded fields. A field's struct tag follows its type:
/// `{ Name: Str = "json:\"name\"" }` (what `encoding/json` reads).
#[macro_export]
macro_rules! go_struct {
    ($t:ident = $name:literal { $($f:ident : $ft:ty $(= $tag:literal)?),* $(,)? }
        $(methods($($m:ident),* $(,)?))?
        $(ptr_methods($($pm:ident),* $(,)?))?
        $(embedded($($e:ident),* $(,)?))?) => {
        impl $crate::GoValue for $t {
            fn kind(&self) -> $crate::value::Kind {
                $crate::value::Kind::Struct
            }
            fn json_fields(&self) -> Option<Vec<$crate::encoding::json::JsonField>> {
                #[allow(unused_variables)]
                let __gort_embedded: &[&str] = &[$($(stringify!($e)),*)?];
                Some(vec![$($crate::encoding::json::JsonField::new(
                    stringify!($f),
                    $crate::__go_tag!($($tag)?),
                    __gort_embedded.contains(&stringify!($f)),
                    &self.$f,
                )),*])
            }
            #[allow(unused_mut)]
            fn json_field_mut(&mut self, __gort_i: usize) -> Option<&mut dyn $crate::GoValue> {
                let mut __gort_fields: Vec<&mut dyn $crate::GoValue> = vec![$(&mut self.$f),*];
                (__gort_i < __gort_fields.len()).then(|| __gort_fields.swap_remove(__gort_i))
            }
            fn go_zero() -> Option<Self> {
                Some(<Self as ::std::default::Default>::default())
            }
            fn fmt_value(&self, __gort_p: &mut $crate::fmt::Printer, __gort_verb: char) {
                __gort_p.fmt_struct(self, __gort_verb, &[$((stringify!($f), &self.$f as &dyn $crate::GoValue)),*])
            }
            $crate::__go_struct_fields!($($f: $ft),*);
            $($($crate::__go_value_method!($m);)*)?
            $($($crate::__go_ptr_method!($pm);)*)?
            fn go_methods() -> $crate::value::Methods {
                #[allow(unused_mut)]
                let mut __gort_m = $crate::value::Methods::NONE;
                $($($crate::__go_method_flag!(__gort_m, value, $m);)*)?
                $($($crate::__go_method_flag!(__gort_m, ptr, $pm);)*)?
                __gort_m
            }
            fn go_type_name() -> String {
                $name.into()
            }
        }
    };
}

/// The field-wise parts of a struct's `GoValue` (copy into `any`, `==`, hashing, map-key order,
/// comparability, layout, plain-word storage): `go_struct!` uses it, and the emitter puts it in
/// the hand-written impl of a generic struct (`go_struct!` takes no generics).
#[doc(hidden)]
#[macro_export]
macro_rules! __go_struct_fields {
    ($($f:ident : $ft:ty),* $(,)?) => {
        fn clone_any(&self) -> Option<$crate::Any> {
            Some($crate::Any::from_value(::std::clone::Clone::clone(self)))
        }
        #[allow(unused_variables)]
        fn eq_dyn(&self, __gort_other: &dyn $crate::GoValue) -> bool {
            if !<Self as $crate::GoValue>::go_comparable() {
                $crate::value::panic_uncomparable($crate::value::GoValueBase::type_name(self))
            }
            let Some(__gort_o) = __gort_other.as_any().downcast_ref::<Self>() else { return false };
            true $(&& $crate::GoValue::eq_dyn(&self.$f, &__gort_o.$f))*
        }
        #[allow(unused_variables)]
        fn hash_dyn(&self, __gort_state: &mut dyn ::std::hash::Hasher) {
            if !<Self as $crate::GoValue>::go_comparable() {
                $crate::value::panic_unhashable($crate::value::GoValueBase::type_name(self))
            }
            $($crate::GoValue::hash_dyn(&self.$f, __gort_state);)*
        }
        #[allow(unused_variables)]
        fn cmp_dyn(&self, __gort_other: &dyn $crate::GoValue) -> ::std::cmp::Ordering {
            let Some(__gort_o) = __gort_other.as_any().downcast_ref::<Self>() else { return ::std::cmp::Ordering::Equal };
            ::std::cmp::Ordering::Equal $(.then_with(|| $crate::GoValue::cmp_dyn(&self.$f, &__gort_o.$f)))*
        }
        fn go_layout() -> $crate::value::Layout {
            $crate::value::Layout::of_struct(&[$(<$ft as $crate::GoValue>::go_layout()),*])
        }
        #[inline]
        fn plain_words() -> Option<usize> {
            #[allow(unused_mut)]
            let mut __gort_n = 0usize;
            $(__gort_n += <$ft as $crate::GoValue>::plain_words()?;)*
            Some(__gort_n)
        }
        #[allow(unused_variables, unused_mut, unused_assignments)]
        #[inline]
        fn to_words(&self, __gort_w: &mut [u64]) {
            let mut __gort_o = 0usize;
            $({
                let __gort_k = <$ft as $crate::GoValue>::plain_words().unwrap_or(0);
                $crate::GoValue::to_words(&self.$f, &mut __gort_w[__gort_o..__gort_o + __gort_k]);
                __gort_o += __gort_k;
            })*
        }
        #[allow(unused_variables, unused_mut, unused_assignments)]
        #[inline]
        fn load_words(&mut self, __gort_w: &[u64]) {
            let mut __gort_o = 0usize;
            $({
                let __gort_k = <$ft as $crate::GoValue>::plain_words().unwrap_or(0);
                $crate::GoValue::load_words(&mut self.$f, &__gort_w[__gort_o..__gort_o + __gort_k]);
                __gort_o += __gort_k;
            })*
        }
        fn go_comparable() -> bool {
            true $(&& <$ft as $crate::GoValue>::go_comparable())*
        }
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __go_tag {
    () => {
        ""
    };
    ($tag:literal) => {
        $tag
    };
}

/// A type name built at run time (a generic instance's `main.List[int]`) as the `&'static str`
/// the printer keeps: each distinct name is leaked once.
#[doc(hidden)]
pub fn __intern_name(name: String) -> &'static str {
    static NAMES: std::sync::Mutex<std::collections::BTreeSet<&'static str>> = std::sync::Mutex::new(std::collections::BTreeSet::new());
    let mut names = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(n) = names.get(name.as_str()) {
        return n;
    }
    let n: &'static str = Box::leak(name.into_boxed_str());
    names.insert(n);
    n
}

/// Implements `GoValue` for a named non-struct type written as a newtype:
/// `pub struct Celsius(pub f64);` + `go_named!(Celsius = "main.Celsius"(f64) methods(String))`.
/// It prints as the underlying value (`%#v` of composites shows the named type).
#[macro_export]
macro_rules! go_named {
    ($t:ident = $name:literal ($u:ty)
        $(methods($($m:ident),* $(,)?))?
        $(ptr_methods($($pm:ident),* $(,)?))?) => {
        $crate::go_named!(@impl [] ($t) ($t) $name, ::std::string::String::from($name), $u,
            [$($($m),*)?] [$($($pm),*)?]);
    };
    // A generic named type: `go_named!(List<T> [T: GoValue + Clone + Default] = "main.List"
    // (Slice<T>))`; `%T` shows the type arguments (`main.List[int]`).
    ($t:ident <$($p:ident),*> [$($gen:tt)*] = $name:literal ($u:ty)
        $(methods($($m:ident),* $(,)?))?
        $(ptr_methods($($pm:ident),* $(,)?))?) => {
        $crate::go_named!(@impl [$($gen)*] ($t<$($p),*>) ($t)
            $crate::value::__intern_name(<Self as $crate::GoValue>::go_type_name()),
            {
                let __gort_args: ::std::vec::Vec<::std::string::String> = ::std::vec![$(<$p as $crate::GoValue>::go_type_name()),*];
                ::std::format!("{}[{}]", $name, __gort_args.join(","))
            },
            $u, [$($($m),*)?] [$($($pm),*)?]);
    };
    (@impl [$($gen:tt)*] ($self_ty:ty) ($ctor:ident) $static_name:expr, $type_name:expr, $u:ty, [$($m:ident),*] [$($pm:ident),*]) => {
        impl<$($gen)*> $crate::GoValue for $self_ty {
            fn clone_any(&self) -> Option<$crate::Any> {
                Some($crate::Any::from_value(::std::clone::Clone::clone(self)))
            }
            fn kind(&self) -> $crate::value::Kind {
                $crate::GoValue::kind(&self.0)
            }
            fn fmt_value(&self, __gort_p: &mut $crate::fmt::Printer, __gort_verb: char) {
                __gort_p.fmt_named($static_name, &self.0, __gort_verb)
            }
            fn eq_dyn(&self, __gort_other: &dyn $crate::GoValue) -> bool {
                if !<$u as $crate::GoValue>::go_comparable() {
                    $crate::value::panic_uncomparable(($type_name).into())
                }
                __gort_other.as_any().downcast_ref::<Self>().is_some_and(|__gort_o| $crate::GoValue::eq_dyn(&self.0, &__gort_o.0))
            }
            fn hash_dyn(&self, __gort_state: &mut dyn ::std::hash::Hasher) {
                $crate::GoValue::hash_dyn(&self.0, __gort_state)
            }
            fn cmp_dyn(&self, __gort_other: &dyn $crate::GoValue) -> ::std::cmp::Ordering {
                __gort_other.as_any().downcast_ref::<Self>()
                    .map_or(::std::cmp::Ordering::Equal, |__gort_o| $crate::GoValue::cmp_dyn(&self.0, &__gort_o.0))
            }
            fn addr(&self) -> usize {
                $crate::GoValue::addr(&self.0)
            }
            fn basic(&self) -> Option<$crate::value::Basic> {
                $crate::GoValue::basic(&self.0)
            }
            fn slice_len(&self) -> Option<i64> {
                $crate::GoValue::slice_len(&self.0)
            }
            fn json_encode(&self, __gort_e: &mut $crate::encoding::json::EncodeState) {
                $crate::GoValue::json_encode(&self.0, __gort_e)
            }
            fn json_fields(&self) -> Option<Vec<$crate::encoding::json::JsonField>> {
                $crate::GoValue::json_fields(&self.0)
            }
            fn json_is_empty(&self) -> bool {
                $crate::GoValue::json_is_empty(&self.0)
            }
            fn json_is_zero(&self) -> bool {
                $crate::GoValue::json_is_zero(&self.0)
            }
            fn json_decode(&mut self, __gort_d: &mut $crate::encoding::json::DecodeState, __gort_v: &$crate::encoding::json::JsonValue) {
                // Straight to the underlying type's decoder: errors name this type.
                $crate::GoValue::json_decode(&mut self.0, __gort_d, __gort_v)
            }
            fn json_field_mut(&mut self, __gort_i: usize) -> Option<&mut dyn $crate::GoValue> {
                $crate::GoValue::json_field_mut(&mut self.0, __gort_i)
            }
            fn go_zero() -> Option<Self> {
                <$u as $crate::GoValue>::go_zero().map($ctor)
            }
            fn slice_swap(&self, i: i64, j: i64) {
                $crate::GoValue::slice_swap(&self.0, i, j)
            }
            $($crate::__go_value_method!($m);)*
            $($crate::__go_ptr_method!($pm);)*
            fn go_methods() -> $crate::value::Methods {
                #[allow(unused_mut)]
                let mut __gort_m = $crate::value::Methods::NONE;
                $($crate::__go_method_flag!(__gort_m, value, $m);)*
                $($crate::__go_method_flag!(__gort_m, ptr, $pm);)*
                __gort_m
            }
            fn go_type_name() -> String {
                $type_name
            }
            fn go_layout() -> $crate::value::Layout {
                <$u as $crate::GoValue>::go_layout()
            }
            #[inline]
            fn plain_words() -> Option<usize> {
                <$u as $crate::GoValue>::plain_words()
            }
            #[inline]
            fn to_words(&self, __gort_w: &mut [u64]) {
                $crate::GoValue::to_words(&self.0, __gort_w)
            }
            #[inline]
            fn load_words(&mut self, __gort_w: &[u64]) {
                $crate::GoValue::load_words(&mut self.0, __gort_w)
            }
            fn go_comparable() -> bool {
                <$u as $crate::GoValue>::go_comparable()
            }
        }
        impl<$($gen)*> $crate::value::Core for $self_ty {
            type U = $u;
            #[inline]
            fn core(&self) -> &$u {
                &self.0
            }
            #[inline]
            fn core_mut(&mut self) -> &mut $u {
                &mut self.0
            }
            #[inline]
            fn from_core(__gort_u: $u) -> Self {
                $ctor(__gort_u)
            }
        }
    };
}

/// The body of `GoInterface::from_value_arc`: the dynamic value as `Arc<dyn Trait>` when it is
/// one of the listed implementors (shared by `go_interface!` and the runtime's own interfaces).
#[doc(hidden)]
#[macro_export]
macro_rules! __downcast_iface {
    ($v:ident; $($imp:ty),* $(,)?) => {{
        $(
            if $v.as_any().is::<$imp>() {
                let __gort_a = $crate::value::GoValueBase::into_any_arc($v).downcast::<$imp>().ok()?;
                return Some(__gort_a);
            }
        )*
        None
    }};
}

/// Implements `GoInterface` for a translated interface trait `trait Shape: GoValue { … }`:
/// `go_interface!(Shape = "main.Shape" { Area, Perimeter } impls [Circle, Ptr<Square>])`,
/// with the sorted method names and every type of the program that implements it (what
/// `x.(Shape)` and conversions from `any` can succeed for).
///
/// The runtime's own interface traits use it too; one whose implementors are not all
/// listable types names a function tried first: `… impls [A, B] also f` with
/// `f(&Arc<dyn GoValue>) -> Option<Arc<dyn Trait>>`.
#[macro_export]
macro_rules! go_interface {
    ($tr:ident = $name:literal { $($m:ident),* $(,)? } impls [$($imp:ty),* $(,)?] $(also $also:path)?) => {
        impl $crate::value::GoInterface for dyn $tr {
            fn iface_name() -> String {
                $name.into()
            }
            #[allow(unused_variables)]
            fn from_value_arc(
                __gort_v: ::std::sync::Arc<dyn $crate::GoValue>,
            ) -> Option<::std::sync::Arc<Self>> {
                $(
                    if let Some(__gort_i) = $also(&__gort_v) {
                        return Some(__gort_i);
                    }
                )?
                if let Some(__gort_i) = $crate::value::find_impl::<Self>(&__gort_v) {
                    return Some(__gort_i);
                }
                $crate::__downcast_iface!(__gort_v; $($imp),*)
            }
            fn upcast(&self) -> &dyn $crate::GoValue {
                self
            }
            fn upcast_arc(self: ::std::sync::Arc<Self>) -> ::std::sync::Arc<dyn $crate::GoValue> {
                self
            }
            fn method_names() -> &'static [&'static str] {
                &[$(stringify!($m)),*]
            }
        }
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __go_value_method {
    (MarshalJSON) => {
        fn json_marshaler(&self) -> Option<($crate::Slice<u8>, $crate::Error)> {
            Some(Self::MarshalJSON(self))
        }
    };
    (Error) => {
        fn as_error(&self) -> Option<&dyn $crate::GoError> {
            Some(self)
        }
        fn into_error(self: ::std::sync::Arc<Self>) -> Option<::std::sync::Arc<dyn $crate::GoError>> {
            Some(self)
        }
        fn clone_error(&self) -> Option<$crate::Error> {
            Some($crate::Error::from_err(::std::clone::Clone::clone(self)))
        }
    };
    (String) => {
        fn as_stringer(&self) -> Option<&dyn $crate::value::Stringer> {
            Some(self)
        }
        fn into_stringer(self: ::std::sync::Arc<Self>) -> Option<::std::sync::Arc<dyn $crate::value::Stringer>> {
            Some(self)
        }
    };
    (Unwrap) => {};
    (GoString) => {
        fn go_string(&self) -> Option<$crate::Str> {
            Some($crate::bridge::Finish::finish(Self::GoString(self)))
        }
    };
    (Format) => {
        fn as_formatter(&self) -> Option<&dyn $crate::fmt::Formatter> {
            Some(self)
        }
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __go_ptr_method {
    (MarshalJSON) => {
        fn ptr_json_marshaler(__gort_p: &$crate::Ptr<Self>) -> Option<($crate::Slice<u8>, $crate::Error)> {
            Some(Self::MarshalJSON(__gort_p))
        }
    };
    // The method runs on a pointer to a copy of the value being decoded, stored back after.
    (UnmarshalJSON) => {
        fn json_unmarshaler(&mut self, __gort_raw: &mut dyn FnMut() -> $crate::Slice<u8>) -> Option<$crate::Error> {
            let __gort_p = $crate::Ptr::new(::std::clone::Clone::clone(self));
            let __gort_err = Self::UnmarshalJSON(&__gort_p, __gort_raw());
            *self = __gort_p.get();
            Some(__gort_err)
        }
    };
    (Error) => {
        fn ptr_error(__gort_p: &$crate::Ptr<Self>) -> Option<$crate::Str> {
            Some($crate::bridge::Finish::finish(Self::Error(__gort_p)))
        }
    };
    (String) => {
        fn ptr_string(__gort_p: &$crate::Ptr<Self>) -> Option<$crate::Str> {
            Some($crate::bridge::Finish::finish(Self::String(__gort_p)))
        }
    };
    (Unwrap) => {
        fn ptr_unwrap(__gort_p: &$crate::Ptr<Self>) -> Option<$crate::Error> {
            Some(Self::Unwrap(__gort_p))
        }
    };
    (Format) => {
        fn ptr_format(__gort_p: &$crate::Ptr<Self>, __gort_f: $crate::Iface<dyn $crate::fmt::State>, __gort_verb: i32) -> bool {
            Self::Format(__gort_p, __gort_f, __gort_verb);
            true
        }
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __go_method_flag {
    ($m:ident, value, Error) => {
        $m.error = true
    };
    ($m:ident, value, String) => {
        $m.string = true
    };
    ($m:ident, ptr, Error) => {
        $m.ptr_error = true
    };
    ($m:ident, ptr, String) => {
        $m.ptr_string = true
    };
    ($m:ident, $k:ident, Unwrap) => {};
    ($m:ident, $k:ident, MarshalJSON) => {};
    ($m:ident, $k:ident, UnmarshalJSON) => {};
    ($m:ident, $k:ident, GoString) => {};
    ($m:ident, value, Format) => {
        $m.format = true
    };
    ($m:ident, ptr, Format) => {
        $m.ptr_format = true
    };
}

/// A local wrapper around `Ptr<T>` for a pointer type that implements a runtime trait
/// (`sort.Interface` with pointer-receiver methods): Rust's orphan rule forbids
/// `impl gort::sort::Interface for gort::Ptr<T>` in the translated crate, so the emitter
/// implements the trait for `go_ptr_adapter!(PtrT(T))` and wraps the pointer when it is
/// converted to the interface. The wrapper prints, compares and hashes as the pointer.
#[macro_export]
macro_rules! go_ptr_adapter {
    ($w:ident($t:ty)) => {
        #[derive(Clone)]
        pub struct $w(pub $crate::Ptr<$t>);
        impl $crate::GoValue for $w {
            fn kind(&self) -> $crate::value::Kind {
                $crate::GoValue::kind(&self.0)
            }
            fn fmt_value(&self, __gort_p: &mut $crate::fmt::Printer, __gort_verb: char) {
                $crate::GoValue::fmt_value(&self.0, __gort_p, __gort_verb)
            }
            fn eq_dyn(&self, __gort_other: &dyn $crate::GoValue) -> bool {
                __gort_other.as_any().downcast_ref::<Self>().is_some_and(|__gort_o| self.0 == __gort_o.0)
            }
            fn hash_dyn(&self, __gort_state: &mut dyn ::std::hash::Hasher) {
                $crate::GoValue::hash_dyn(&self.0, __gort_state)
            }
            fn addr(&self) -> usize {
                $crate::GoValue::addr(&self.0)
            }
            fn as_error(&self) -> Option<&dyn $crate::GoError> {
                $crate::GoValue::as_error(&self.0)
            }
            fn as_stringer(&self) -> Option<&dyn $crate::value::Stringer> {
                $crate::GoValue::as_stringer(&self.0)
            }
            fn go_type_name() -> String {
                <$crate::Ptr<$t> as $crate::GoValue>::go_type_name()
            }
        }
    };
}
