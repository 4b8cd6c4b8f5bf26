//! Go's value model: the `GoValue` trait every Go type implements, and the value types.
//!
//! `GoValue` is what `fmt` prints through and what interface values hold. It is dyn-compatible;
//! its `where Self: Sized` methods form the static half (Go's type name, size and method set
//! of a type without an instance), which `Slice<T>`, `Map<K, V>` and `Ptr<T>` use for `%T`,
//! append growth and pointer-receiver methods.

use std::any::Any as StdAny;
use std::cmp::Ordering;
use std::hash::Hasher;
use std::sync::Arc;

mod array;
mod atom;
mod complex;
mod conc;
mod core;
mod func;
mod iface;
mod impls;
mod map;
mod number;
pub mod ops;
mod prim;
mod ptr;
mod rterr;
mod rows;
mod slice;
mod spin;
mod str;
mod structs;

pub use array::Array;
pub use complex::{Complex128, Complex64};
#[doc(hidden)]
pub use structs::__intern_name;
pub use core::Core;
pub use func::{BoxFuture, Func, GoCall, GoFuncType, GoResults, Resolved};
pub use iface::{Any, Error, GoInterface, Iface, Stringer};
pub use impls::{downcast_clone, find_impl, register_impl};
pub use map::{Map, MapIter};
pub use number::{Integer, Number};
pub use prim::{Int64, Uint64, Uintptr};
pub use ptr::Ptr;
pub(crate) use ptr::WeakPtr;
pub use rterr::{
    BoundsError, ErrorString, PANIC_NIL_TEXT, PanicNilError, PlainError, SliceBounds, TypeAssertionError,
    UnhashableTypeError,
    panic_divide, panic_index, panic_nil_deref, panic_nil_map, panic_range_state, panic_runtime, panic_shift,
    panic_slice_bounds, panic_slice_convert, panic_type_assertion, panic_uncomparable, panic_unhashable,
};
pub use rows::{RowRef, Rows};
pub use slice::{Slice, SliceIter, append, append_local, append_str, copy, copy_str};
pub(crate) use slice::roundupsize;
pub use str::{Runes, Str};

use crate::fmt::Printer;

/// Go's `reflect.Kind`, as far as printing and comparing need it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Bool,
    Int,
    Uint,
    Float,
    Complex,
    String,
    Slice,
    Array,
    Map,
    Ptr,
    Struct,
    Interface,
    Chan,
    Func,
}

/// A value of one of Go's basic kinds.
#[derive(Clone, Debug, PartialEq)]
pub enum Basic {
    /// `bool`.
    Bool(bool),
    /// Signed integers.
    Int(i64),
    /// Unsigned integers.
    Uint(u64),
    /// Floats, with their size in bits.
    Float(f64, u32),
    /// Complex numbers (real, imaginary), with their size in bits (64 or 128).
    Complex(f64, f64, u32),
    /// `string`.
    Str(Str),
}

/// Go's size, alignment and pointer-ness of a type (amd64), for `append`'s capacity growth.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// `unsafe.Sizeof`.
    pub size: usize,
    /// `unsafe.Alignof`.
    pub align: usize,
    /// Whether the type holds pointers (the garbage collector's "scan" class).
    pub pointers: bool,
}

impl Layout {
    /// A pointer-free scalar of `size` bytes.
    pub const fn scalar(size: usize) -> Layout {
        Layout { size, align: size, pointers: false }
    }
    /// `n` pointer words (a pointer, map, chan, func: 1; string, interface: 2; slice: 3).
    pub const fn words(n: usize) -> Layout {
        Layout { size: 8 * n, align: 8, pointers: true }
    }
    /// The layout of a struct with these fields, in order, with Go's padding rules.
    pub const fn of_struct(fields: &[Layout]) -> Layout {
        let mut size: usize = 0;
        let mut align: usize = 1;
        let mut pointers = false;
        let mut i = 0;
        while i < fields.len() {
            let f = fields[i];
            size = size.div_ceil(f.align) * f.align + f.size;
            if f.align > align {
                align = f.align;
            }
            pointers |= f.pointers;
            i += 1;
        }
        // A final zero-size field gets one byte of padding so its address stays inside.
        if !fields.is_empty() && fields[fields.len() - 1].size == 0 && size > 0 {
            size += 1;
        }
        Layout { size: size.div_ceil(align) * align, align, pointers }
    }
}

/// The parts of `GoValue` that every `'static` type gets for free.
pub trait GoValueBase: Send + Sync + 'static {
    /// The value as `std::any::Any`, for type assertions.
    fn as_any(&self) -> &dyn StdAny;
    /// The shared value as `std::any::Any`, for type assertions that keep sharing.
    fn into_any_arc(self: Arc<Self>) -> Arc<dyn StdAny + Send + Sync>;
    /// Go's name of the type, as `%T` prints it (`int`, `[]string`, `*main.T`).
    fn type_name(&self) -> String;
    /// The value as a `GoValue` trait object.
    fn as_go_value(&self) -> &dyn GoValue;
    /// The value as a mutable `GoValue` trait object.
    fn as_go_value_mut(&mut self) -> &mut dyn GoValue;
    /// The value as a mutable `std::any::Any`, for replacing a value of a known type.
    fn as_any_mut(&mut self) -> &mut dyn StdAny;
}

impl<T: GoValue> GoValueBase for T {
    fn as_any(&self) -> &dyn StdAny {
        self
    }
    fn into_any_arc(self: Arc<Self>) -> Arc<dyn StdAny + Send + Sync> {
        self
    }
    fn type_name(&self) -> String {
        T::go_type_name()
    }
    fn as_go_value(&self) -> &dyn GoValue {
        self
    }
    fn as_go_value_mut(&mut self) -> &mut dyn GoValue {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn StdAny {
        self
    }
}

/// What every Go type translated to Rust implements: Go's type name, printing, `==`, hashing
/// and the methods `fmt` honours (`Error`, `String`).
///
/// Primitives, `Str`, `Slice`, `Map`, `Ptr`, `Array`, `Func`, `Chan`, interfaces, `()` (Go's
/// `struct{}`) implement it here; user types get it from [`go_struct!`](crate::go_struct),
/// [`go_named!`](crate::go_named) and [`go_interface!`](crate::go_interface).
pub trait GoValue: GoValueBase {
    /// Go's kind of the type.
    fn kind(&self) -> Kind;
    /// Prints the value for `verb` the way Go's `fmt` `printValue` does (methods are handled by
    /// the printer before this is called).
    fn fmt_value(&self, p: &mut Printer, verb: char);
    /// Go's `==` between interface values holding `self` and `other` (same dynamic type known
    /// only at run time). Panics `comparing uncomparable type T` for uncomparable types.
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        let _ = other;
        rterr::panic_uncomparable(self.type_name())
    }
    /// Feeds the value to a hasher (map keys of interface type). Panics like Go for
    /// unhashable types.
    fn hash_dyn(&self, state: &mut dyn Hasher) {
        let _ = state;
        rterr::panic_unhashable(self.type_name())
    }
    /// The order `fmt` sorts map keys in (Go's `internal/fmtsort`).
    fn cmp_dyn(&self, other: &dyn GoValue) -> Ordering {
        let _ = other;
        Ordering::Equal
    }
    /// The value as an `error`, when its method set has `Error() string`.
    fn as_error(&self) -> Option<&dyn GoError> {
        None
    }
    /// The value as a `fmt.Stringer`, when its method set has `String() string`.
    fn as_stringer(&self) -> Option<&dyn Stringer> {
        None
    }
    /// The value as a `fmt.Formatter`, when its method set has `Format(fmt.State, rune)`.
    fn as_formatter(&self) -> Option<&dyn crate::fmt::Formatter> {
        None
    }
    /// `GoString() string` (fmt's `GoStringer`, used by `%#v`), when the method set has it.
    fn go_string(&self) -> Option<Str> {
        None
    }
    /// A copy of the value as an `error` (for `%w` operands of concrete error types).
    fn clone_error(&self) -> Option<Error> {
        None
    }
    /// A copy of the value as `any` (what `log/slog` keeps of a `...any` argument); `None` for
    /// types that do not provide it.
    fn clone_any(&self) -> Option<Any> {
        None
    }
    /// `x.(error)` on a shared value.
    fn into_error(self: Arc<Self>) -> Option<Arc<dyn GoError>> {
        None
    }
    /// `x.(fmt.Stringer)` on a shared value.
    fn into_stringer(self: Arc<Self>) -> Option<Arc<dyn Stringer>> {
        None
    }
    /// For interface-typed values: `Some(dynamic value or None for nil)`.
    fn iface_elem(&self) -> Option<Option<&dyn GoValue>> {
        None
    }
    /// The value of a basic kind (bool, integers, floats, string), for `*` widths and panic
    /// texts; `None` for composite kinds.
    fn basic(&self) -> Option<Basic> {
        None
    }
    /// The address `%p` prints for pointers, maps, slices, chans and funcs (0 for nil).
    fn addr(&self) -> usize {
        0
    }
    /// `errors.As(err, target)` with `self` as the target: when `self` is a non-nil pointer
    /// whose pointee type is `v`'s dynamic type (or an interface type it implements), stores `v`
    /// through it and returns `Some(true)`; `Some(false)` for a non-matching pointer; `None`
    /// when `self` is not a non-nil pointer.
    fn as_target(&self, v: &Arc<dyn GoValue>) -> Option<bool> {
        let _ = v;
        None
    }
    /// `len(x)` when the value is a slice (or a named slice type, or an interface holding
    /// one): what `sort.Slice` needs of its `any` argument.
    fn slice_len(&self) -> Option<i64> {
        None
    }
    /// `x[i], x[j] = x[j], x[i]` on a slice (`sort.Slice`'s swapper); a no-op otherwise.
    fn slice_swap(&self, i: i64, j: i64) {
        let _ = (i, j);
    }

    /// `encoding/json`: writes the value's JSON. The default encodes structs by
    /// [`json_fields`](GoValue::json_fields) and basic kinds by [`basic`](GoValue::basic);
    /// other types are Go's `UnsupportedTypeError`.
    fn json_encode(&self, e: &mut crate::encoding::json::EncodeState) {
        e.default_value(self.as_go_value())
    }
    /// `encoding/json`: a struct's fields with their tags (`None` for other kinds).
    fn json_fields(&self) -> Option<Vec<crate::encoding::json::JsonField>> {
        None
    }
    /// `encoding/json`'s `isEmptyValue` (for `omitempty`).
    fn json_is_empty(&self) -> bool {
        match self.basic() {
            Some(Basic::Bool(b)) => !b,
            Some(Basic::Int(i)) => i == 0,
            Some(Basic::Uint(u)) => u == 0,
            Some(Basic::Float(f, _)) => f == 0.0,
            Some(Basic::Complex(..)) => false,
            Some(Basic::Str(s)) => s.is_empty(),
            None => false,
        }
    }
    /// `encoding/json`'s test for `omitzero`: Go's `reflect.Value.IsZero` (or the type's
    /// `IsZero` method, for `time.Time`).
    fn json_is_zero(&self) -> bool {
        match self.json_fields() {
            Some(fields) => fields.iter().all(|f| f.value.json_is_zero()),
            None => self.basic().is_some() && self.json_is_empty(),
        }
    }

    /// `encoding/json`: decodes `v` into the value (Go's `Unmarshal` into this type). The
    /// default decodes structs field by field ([`json_field_mut`](GoValue::json_field_mut));
    /// any other type without its own decoder accepts only `null` (a type error otherwise).
    fn json_decode(&mut self, d: &mut crate::encoding::json::DecodeState, v: &crate::encoding::json::JsonValue) {
        d.default_decode(self.as_go_value_mut(), v)
    }
    /// `encoding/json`'s decoder: the fields a struct decodes into — `json_fields`, except that
    /// a nil pointer contributes its pointee type's fields (Go allocates an embedded `*T` when
    /// one of its promoted fields is set).
    fn json_fields_decode(&self) -> Option<Vec<crate::encoding::json::JsonField>> {
        self.json_fields()
    }
    /// `encoding/json`: runs `f` on the field at `path` (indexes as in
    /// [`json_fields`](GoValue::json_fields), nested through embedded structs and pointers; an
    /// embedded nil pointer gets a new value). `false` when the path cannot be followed.
    fn json_with_field(&mut self, path: &[usize], f: &mut dyn FnMut(&mut dyn GoValue)) -> bool {
        match path.split_first() {
            None => {
                f(self.as_go_value_mut());
                true
            }
            Some((&i, rest)) => self.json_field_mut(i).is_some_and(|c| c.json_with_field(rest, f)),
        }
    }
    /// `encoding/json`: the `i`-th field of a struct, in the order of
    /// [`json_fields`](GoValue::json_fields), for decoding into it (`None` for other kinds,
    /// and for fields reached through an embedded pointer).
    fn json_field_mut(&mut self, i: usize) -> Option<&mut dyn GoValue> {
        let _ = i;
        None
    }
    /// `encoding/json`'s `Unmarshal` into a pointer: decodes `v` into the pointee. `Some` with
    /// Go's `InvalidUnmarshalError` text for a nil pointer, `None` when this is no pointer.
    fn json_decode_pointee(&self, d: &mut crate::encoding::json::DecodeState, v: &crate::encoding::json::JsonValue) -> Option<Option<String>> {
        let _ = (d, v);
        None
    }
    /// Go's zero value of the type, where the decoder needs a new one (a slice element, a map
    /// value, a pointer's target); `None` for types it cannot build.
    fn go_zero() -> Option<Self>
    where
        Self: Sized,
    {
        None
    }

    /// Go's name of the type (static half of `type_name`).
    fn go_type_name() -> String
    where
        Self: Sized;
    /// Go's layout of the type, for `append`'s capacity rounding.
    fn go_layout() -> Layout
    where
        Self: Sized,
    {
        Layout::words(1)
    }
    /// `Some(n)` when the type is plain data (basic scalars, and structs and arrays made only
    /// of them): a value is `n` words, each stored and loaded as a relaxed atomic in shared
    /// storage (`atom.rs`), so slices and pointers of it need no lock.
    fn plain_words() -> Option<usize>
    where
        Self: Sized,
    {
        None
    }
    /// Writes the value's `plain_words()` words into `w` (plain types only).
    fn to_words(&self, w: &mut [u64])
    where
        Self: Sized,
    {
        let _ = w;
        unreachable!("to_words on a type that is not plain data")
    }
    /// Overwrites the value with the one whose words `to_words` gave (plain types only).
    fn load_words(&mut self, w: &[u64])
    where
        Self: Sized,
    {
        let _ = w;
        unreachable!("load_words on a type that is not plain data")
    }
    /// Whether Go's `==` is defined on the type.
    fn go_comparable() -> bool
    where
        Self: Sized,
    {
        true
    }
    /// `Error()` of `*T` when `T` declares it with a pointer receiver.
    fn ptr_error(p: &Ptr<Self>) -> Option<Str>
    where
        Self: Sized,
    {
        let _ = p;
        None
    }
    /// `String()` of `*T` when `T` declares it with a pointer receiver.
    fn ptr_string(p: &Ptr<Self>) -> Option<Str>
    where
        Self: Sized,
    {
        let _ = p;
        None
    }
    /// Runs `Format` of `*T` when `T` declares it with a pointer receiver (`false`: it does not).
    fn ptr_format(p: &Ptr<Self>, f: Iface<dyn crate::fmt::State>, verb: i32) -> bool
    where
        Self: Sized,
    {
        let _ = (p, f, verb);
        false
    }
    /// `encoding/json`: what the type's value-receiver `MarshalJSON()` returns (Go's
    /// `json.Marshaler`), `None` without one.
    fn json_marshaler(&self) -> Option<(crate::Slice<u8>, Error)> {
        None
    }
    /// `encoding/json`: what `MarshalJSON()` of `*T` returns when `T` declares it with a
    /// pointer receiver.
    fn ptr_json_marshaler(p: &Ptr<Self>) -> Option<(crate::Slice<u8>, Error)>
    where
        Self: Sized,
    {
        let _ = p;
        None
    }
    /// `encoding/json`: decodes through the type's pointer-receiver `UnmarshalJSON(data)`
    /// (Go's `json.Unmarshaler`), with the value's JSON from `raw`: its error, `None` without one.
    fn json_unmarshaler(&mut self, raw: &mut dyn FnMut() -> crate::Slice<u8>) -> Option<Error> {
        let _ = raw;
        None
    }
    /// `Unwrap()` of `*T` when `T` declares it with a pointer receiver.
    fn ptr_unwrap(p: &Ptr<Self>) -> Option<Error>
    where
        Self: Sized,
    {
        let _ = p;
        None
    }
    /// `v` as this type when this is an interface type that `v`'s dynamic type implements
    /// (the interface half of `errors.As`; concrete types are matched by downcasting).
    fn go_from_iface(v: &Arc<dyn GoValue>) -> Option<Self>
    where
        Self: Sized,
    {
        let _ = v;
        None
    }
    /// Which of the methods `fmt` honours the type declares, by receiver kind.
    fn go_methods() -> Methods
    where
        Self: Sized,
    {
        Methods::NONE
    }
}

/// The `Error`/`String` methods a type declares, by receiver (value methods are also in the
/// pointer type's method set).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Methods {
    /// `func (T) Error() string`.
    pub error: bool,
    /// `func (T) String() string`.
    pub string: bool,
    /// `func (*T) Error() string`.
    pub ptr_error: bool,
    /// `func (*T) String() string`.
    pub ptr_string: bool,
    /// `func (T) Format(fmt.State, rune)`.
    pub format: bool,
    /// `func (*T) Format(fmt.State, rune)`.
    pub ptr_format: bool,
}

impl Methods {
    /// No methods.
    pub const NONE: Methods = Methods { error: false, string: false, ptr_error: false, ptr_string: false, format: false, ptr_format: false };
}

/// Go's `error` interface: a value with an `Error() string` method.
#[allow(non_snake_case)]
pub trait GoError: GoValue {
    /// Go's `Error()` method.
    fn Error(&self) -> Str;
    /// `Unwrap() error`, for `errors.Is/As/Unwrap` (nil when the type has none).
    fn unwrap_error(&self) -> Error {
        Error::nil()
    }
    /// `Unwrap() []error` (`errors.Join`, `fmt.Errorf` with several `%w`).
    fn unwrap_errors(&self) -> Option<Slice<Error>> {
        None
    }
    /// An `Is(error) bool` method, if the type has one.
    fn is_method(&self, target: &Error) -> Option<bool> {
        let _ = target;
        None
    }
}

/// Go's `==` on two interface values' dynamic parts (types must match, then values).
pub fn dyn_eq(a: &dyn GoValue, b: &dyn GoValue) -> bool {
    if a.as_any().type_id() != b.as_any().type_id() {
        return false;
    }
    a.eq_dyn(b)
}

/// `eq_dyn` for a comparable type with `PartialEq`: downcast and compare.
pub fn eq_by<T: GoValue + PartialEq>(a: &T, b: &dyn GoValue) -> bool {
    b.as_any().downcast_ref::<T>().is_some_and(|b| a == b)
}

/// `GoValue` for a std handle that stands for a Go pointer (`*bufio.Writer`): it prints as a
/// pointer, and `==`, hashing and `%p` use the address of its shared `inner` state.
macro_rules! ptr_handle_value {
    ($t:ty, $name:literal) => {
        impl $crate::value::GoValue for $t {
            fn clone_any(&self) -> Option<$crate::Any> {
                Some($crate::Any::from_value(::std::clone::Clone::clone(self)))
            }
            fn kind(&self) -> $crate::value::Kind {
                $crate::value::Kind::Ptr
            }
            fn fmt_value(&self, p: &mut $crate::fmt::Printer, verb: char) {
                p.fmt_pointer(self, $crate::value::GoValue::addr(self), verb)
            }
            fn eq_dyn(&self, other: &dyn $crate::value::GoValue) -> bool {
                $crate::value::eq_by(self, other)
            }
            fn hash_dyn(&self, state: &mut dyn std::hash::Hasher) {
                state.write_usize($crate::value::GoValue::addr(self))
            }
            fn addr(&self) -> usize {
                std::sync::Arc::as_ptr(&self.inner) as *const u8 as usize
            }
            fn go_type_name() -> String {
                $name.into()
            }
        }
    };
}
pub(crate) use ptr_handle_value;
