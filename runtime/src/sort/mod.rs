//! Go's `sort`: `Sort`/`Stable`/`IsSorted` on `sort.Interface`, `Slice`/`SliceStable` on any
//! slice, the `Ints`/`Strings`/`Float64s` helpers, `IntSlice`/`StringSlice`/`Float64Slice`,
//! `Reverse`, and the binary searches. The algorithms are Go's (`pdq.rs`), so the order of
//! equal elements after an unstable sort is Go's.

mod pdq;

use std::sync::Arc;

use crate::fmt::Printer;
use crate::value::{GoValue, Iface, Kind, Slice, Str};

pub(crate) use pdq::{LessSwap, pdqsort, stable as stable_sort};

/// Go's `sort.Interface`. Translated types implement the Go-named methods; the snake_case
/// ones are what calls through the std method convention use.
#[allow(non_snake_case, clippy::len_without_is_empty)]
pub trait Interface: GoValue {
    /// `Len() int`.
    fn Len(&self) -> i64;
    /// `Less(i, j int) bool`.
    fn Less(&self, i: i64, j: i64) -> bool;
    /// `Swap(i, j int)`.
    fn Swap(&self, i: i64, j: i64);
    /// `data.Len()` under the std method convention.
    fn len(&self) -> i64 {
        self.Len()
    }
    /// `data.Less(i, j)` under the std method convention.
    fn less(&self, i: i64, j: i64) -> bool {
        self.Less(i, j)
    }
    /// `data.Swap(i, j)` under the std method convention.
    fn swap(&self, i: i64, j: i64) {
        self.Swap(i, j)
    }
}

/// An interface value delegates to its dynamic value (nil panics Go's way).
#[allow(non_snake_case)]
impl Interface for Iface<dyn Interface> {
    fn Len(&self) -> i64 {
        (**self).Len()
    }
    fn Less(&self, i: i64, j: i64) -> bool {
        (**self).Less(i, j)
    }
    fn Swap(&self, i: i64, j: i64) {
        (**self).Swap(i, j)
    }
}

crate::go_interface!(Interface = "sort.Interface" { Len, Less, Swap } impls [IntSlice, StringSlice, Float64Slice, Reversed]);

/// `sort.Interface` as the algorithms' `LessSwap`.
struct ByInterface<'a, D: ?Sized>(&'a D);

impl<D: Interface + ?Sized> LessSwap for ByInterface<'_, D> {
    fn less(&mut self, i: usize, j: usize) -> bool {
        self.0.Less(i as i64, j as i64)
    }
    fn swap(&mut self, i: usize, j: usize) {
        self.0.Swap(i as i64, j as i64)
    }
}

/// `sort.Sort(data)` (not stable; Go's pdqsort).
pub fn sort<D: Interface + ?Sized>(data: &D) {
    let n = data.Len();
    if n > 1 {
        pdqsort(&mut ByInterface(data), n as usize);
    }
}
/// `sort.Stable(data)`.
pub fn stable<D: Interface + ?Sized>(data: &D) {
    let n = data.Len().max(0) as usize;
    stable_sort(&mut ByInterface(data), n);
}
/// `sort.IsSorted(data)`.
pub fn is_sorted<D: Interface + ?Sized>(data: &D) -> bool {
    let n = data.Len();
    (1..n).rev().all(|i| !data.Less(i, i - 1))
}

/// Go's `*sort.reverse`: `Less` swapped.
#[derive(Clone)]
struct Reversed(Iface<dyn Interface>);

// `Default`: Go's zero value, for go_struct!'s `go_zero`.
#[derive(Clone, Default)]
#[allow(non_camel_case_types, non_snake_case)]
struct reverse {
    Interface: Iface<dyn Interface>,
}
crate::go_struct!(reverse = "sort.reverse" { Interface: Iface<dyn Interface> });

impl GoValue for Reversed {
    fn kind(&self) -> Kind {
        Kind::Ptr
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        let inner = reverse { Interface: self.0.clone() };
        p.fmt_ptr(self, GoValue::addr(self), Some(&inner), verb)
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        GoValue::addr(self) == other.addr() && other.as_any().is::<Reversed>()
    }
    fn hash_dyn(&self, state: &mut dyn std::hash::Hasher) {
        state.write_usize(GoValue::addr(self))
    }
    fn addr(&self) -> usize {
        self as *const Self as usize
    }
    fn go_type_name() -> String {
        "*sort.reverse".into()
    }
}

#[allow(non_snake_case)]
impl Interface for Reversed {
    fn Len(&self) -> i64 {
        self.0.Len()
    }
    fn Less(&self, i: i64, j: i64) -> bool {
        self.0.Less(j, i)
    }
    fn Swap(&self, i: i64, j: i64) {
        self.0.Swap(i, j)
    }
}

/// `sort.Reverse(data)`: the same data ordered by `Less(j, i)`.
pub fn reverse(data: &Iface<dyn Interface>) -> Iface<dyn Interface> {
    Iface::new(Arc::new(Reversed(data.clone())))
}

/// `sort.Slice`'s view of its `any` argument: `less` from the caller, swaps on the slice.
struct BySlice<'a, L> {
    x: &'a dyn GoValue,
    less: L,
}

impl<L: Fn(i64, i64) -> bool> LessSwap for BySlice<'_, L> {
    fn less(&mut self, i: usize, j: usize) -> bool {
        (self.less)(i as i64, j as i64)
    }
    fn swap(&mut self, i: usize, j: usize) {
        self.x.slice_swap(i as i64, j as i64)
    }
}

fn slice_len(x: &dyn GoValue) -> usize {
    match x.slice_len() {
        Some(n) => n as usize,
        None => {
            let mut x = x;
            while let Some(inner) = x.iface_elem() {
                match inner {
                    Some(v) => x = v,
                    None => break,
                }
            }
            let kind = match x.kind() {
                Kind::Interface => "zero".to_string(),
                Kind::Bool | Kind::Int | Kind::Uint | Kind::Float | Kind::Complex => x.type_name(),
                k => format!("{k:?}").to_lowercase(),
            };
            let msg = format!("reflect: call of Swapper on {kind} Value");
            crate::panic::go_panic(crate::errors::new(&Str::from(msg)).to_any())
        }
    }
}

/// `sort.Slice(x, less)`: sorts the slice held by `x` (not stable; Go's pdqsort). `less`
/// sees the slice as it is being sorted, as in Go.
pub fn slice(x: &dyn GoValue, less: impl Fn(i64, i64) -> bool) {
    let n = slice_len(x);
    pdqsort(&mut BySlice { x, less }, n);
}
/// `sort.SliceStable(x, less)`.
pub fn slice_stable(x: &dyn GoValue, less: impl Fn(i64, i64) -> bool) {
    let n = slice_len(x);
    stable_sort(&mut BySlice { x, less }, n);
}
/// `sort.SliceIsSorted(x, less)`.
pub fn slice_is_sorted(x: &dyn GoValue, less: impl Fn(i64, i64) -> bool) -> bool {
    let n = slice_len(x) as i64;
    (1..n).rev().all(|i| !less(i, i - 1))
}

/// `sort.Ints(x)` (`slices.Sort`).
pub fn ints(x: &Slice<i64>) {
    crate::slices::sort(x)
}
/// `sort.IntsAreSorted(x)`.
pub fn ints_are_sorted(x: &Slice<i64>) -> bool {
    crate::slices::is_sorted(x)
}
/// `sort.Strings(x)` (`slices.Sort`).
pub fn strings(x: &Slice<Str>) {
    crate::slices::sort(x)
}
/// `sort.StringsAreSorted(x)`.
pub fn strings_are_sorted(x: &Slice<Str>) -> bool {
    crate::slices::is_sorted(x)
}
/// `sort.Float64s(x)` (`slices.Sort`: NaNs first).
pub fn float64s(x: &Slice<f64>) {
    crate::slices::sort(x)
}
/// `sort.Float64sAreSorted(x)`.
pub fn float64s_are_sorted(x: &Slice<f64>) -> bool {
    crate::slices::is_sorted(x)
}

/// `sort.Search(n, f)`: the smallest index in `[0, n)` with `f(i)` true (or `n`).
pub fn search(n: i64, f: impl Fn(i64) -> bool) -> i64 {
    let (mut i, mut j) = (0i64, n);
    while i < j {
        let h = ((i as u64 + j as u64) >> 1) as i64;
        if !f(h) {
            i = h + 1;
        } else {
            j = h;
        }
    }
    i
}
/// `sort.Find(n, cmp)`: the smallest index with `cmp(i) <= 0`, and whether `cmp(i) == 0`.
pub fn find(n: i64, cmp: impl Fn(i64) -> i64) -> (i64, bool) {
    let (mut i, mut j) = (0i64, n);
    while i < j {
        let h = ((i as u64 + j as u64) >> 1) as i64;
        if cmp(h) > 0 {
            i = h + 1;
        } else {
            j = h;
        }
    }
    (i, i < n && cmp(i) == 0)
}
/// `sort.SearchInts(a, x)`.
pub fn search_ints(a: &Slice<i64>, x: i64) -> i64 {
    let v = a.to_vec();
    search(v.len() as i64, |i| v[i as usize] >= x)
}
/// `sort.SearchFloat64s(a, x)`.
pub fn search_float64s(a: &Slice<f64>, x: f64) -> i64 {
    let v = a.to_vec();
    search(v.len() as i64, |i| v[i as usize] >= x)
}
/// `sort.SearchStrings(a, x)`.
pub fn search_strings(a: &Slice<Str>, x: &Str) -> i64 {
    let v = a.to_vec();
    search(v.len() as i64, |i| v[i as usize] >= *x)
}

fn less_ord<T: PartialOrd>(a: &T, b: &T) -> bool {
    a < b
}

fn less_float(a: &f64, b: &f64) -> bool {
    a < b || (a.is_nan() && !b.is_nan())
}

/// Go's `sort.IntSlice`: `[]int` with `sort.Interface` methods (`x[i] < x[j]`).
#[derive(Clone, Default)]
pub struct IntSlice(pub Slice<i64>);
crate::go_named!(IntSlice = "sort.IntSlice"(Slice<i64>));

impl IntSlice {
    /// `x.Len()`.
    pub fn len(&self) -> i64 {
        self.0.len()
    }
    /// `x.Len() == 0`.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// `x.Less(i, j)`.
    pub fn less(&self, i: i64, j: i64) -> bool {
        less_ord(&self.0.get(i), &self.0.get(j))
    }
    /// `x.Swap(i, j)`.
    pub fn swap(&self, i: i64, j: i64) {
        self.0.swap(i, j)
    }
    /// `x.Sort()`: `sort.Sort(x)`.
    pub fn sort(&self) {
        sort(self)
    }
    /// `x.Search(v)`: `sort.SearchInts(x, v)`.
    pub fn search(&self, v: i64) -> i64 {
        search_ints(&self.0, v)
    }
}

#[allow(non_snake_case)]
impl Interface for IntSlice {
    fn Len(&self) -> i64 {
        self.len()
    }
    fn Less(&self, i: i64, j: i64) -> bool {
        self.less(i, j)
    }
    fn Swap(&self, i: i64, j: i64) {
        self.swap(i, j)
    }
}

/// Go's `sort.StringSlice`: `[]string` with `sort.Interface` methods (`x[i] < x[j]`).
#[derive(Clone, Default)]
pub struct StringSlice(pub Slice<Str>);
crate::go_named!(StringSlice = "sort.StringSlice"(Slice<Str>));

impl StringSlice {
    /// `x.Len()`.
    pub fn len(&self) -> i64 {
        self.0.len()
    }
    /// `x.Len() == 0`.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// `x.Less(i, j)`.
    pub fn less(&self, i: i64, j: i64) -> bool {
        less_ord(&self.0.get(i), &self.0.get(j))
    }
    /// `x.Swap(i, j)`.
    pub fn swap(&self, i: i64, j: i64) {
        self.0.swap(i, j)
    }
    /// `x.Sort()`: `sort.Sort(x)`.
    pub fn sort(&self) {
        sort(self)
    }
    /// `x.Search(v)`: `sort.SearchStrings(x, v)`.
    pub fn search(&self, v: &Str) -> i64 {
        search_strings(&self.0, v)
    }
}

#[allow(non_snake_case)]
impl Interface for StringSlice {
    fn Len(&self) -> i64 {
        self.len()
    }
    fn Less(&self, i: i64, j: i64) -> bool {
        self.less(i, j)
    }
    fn Swap(&self, i: i64, j: i64) {
        self.swap(i, j)
    }
}

/// Go's `sort.Float64Slice`: `[]float64` with `sort.Interface` methods (`x[i] < x[j], NaNs first`).
#[derive(Clone, Default)]
pub struct Float64Slice(pub Slice<f64>);
crate::go_named!(Float64Slice = "sort.Float64Slice"(Slice<f64>));

impl Float64Slice {
    /// `x.Len()`.
    pub fn len(&self) -> i64 {
        self.0.len()
    }
    /// `x.Len() == 0`.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// `x.Less(i, j)`.
    pub fn less(&self, i: i64, j: i64) -> bool {
        less_float(&self.0.get(i), &self.0.get(j))
    }
    /// `x.Swap(i, j)`.
    pub fn swap(&self, i: i64, j: i64) {
        self.0.swap(i, j)
    }
    /// `x.Sort()`: `sort.Sort(x)`.
    pub fn sort(&self) {
        sort(self)
    }
    /// `x.Search(v)`: `sort.SearchFloat64s(x, v)`.
    pub fn search(&self, v: f64) -> i64 {
        search_float64s(&self.0, v)
    }
}

#[allow(non_snake_case)]
impl Interface for Float64Slice {
    fn Len(&self) -> i64 {
        self.len()
    }
    fn Less(&self, i: i64, j: i64) -> bool {
        self.less(i, j)
    }
    fn Swap(&self, i: i64, j: i64) {
        self.swap(i, j)
    }
}
