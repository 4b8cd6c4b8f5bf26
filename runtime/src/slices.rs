//! Go's `slices` (and `cmp.Compare` order for `cmp.Ordered` types): sorting, searching,
//! `Contains`, `Index`, `Reverse`, `Max`/`Min`, `Equal`, `Insert`, `Delete`, `Compact`, …
//! Every function reads the elements out first, so callbacks may touch the slice.

use std::cmp::Ordering;

use crate::value::{GoValue, Slice, Str};

/// Go's `cmp.Ordered` with `cmp.Compare`'s order (NaN before every other float).
pub trait Ordered: Clone {
    /// `cmp.Compare(a, b)` as an `Ordering`.
    fn go_cmp(&self, other: &Self) -> Ordering;
}

macro_rules! ordered_int {
    ($($t:ty),*) => {$(
        impl Ordered for $t {
            fn go_cmp(&self, other: &Self) -> Ordering {
                self.cmp(other)
            }
        }
    )*};
}
ordered_int!(i8, i16, i32, i64, u8, u16, u32, u64, usize);

macro_rules! ordered_float {
    ($($t:ty),*) => {$(
        impl Ordered for $t {
            fn go_cmp(&self, other: &Self) -> Ordering {
                match (self.is_nan(), other.is_nan()) {
                    (true, true) => Ordering::Equal,
                    (true, false) => Ordering::Less,
                    (false, true) => Ordering::Greater,
                    _ => self.partial_cmp(other).unwrap_or(Ordering::Equal),
                }
            }
        }
    )*};
}
ordered_float!(f32, f64);

impl Ordered for Str {
    fn go_cmp(&self, other: &Self) -> Ordering {
        self.cmp(other)
    }
}

fn ord_to_int(o: Ordering) -> i64 {
    match o {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

/// `cmp.Compare(a, b)`.
pub fn compare<T: Ordered>(a: &T, b: &T) -> i64 {
    ord_to_int(a.go_cmp(b))
}

fn write_back<T: Clone>(s: &Slice<T>, v: Vec<T>) {
    for (i, e) in v.into_iter().enumerate() {
        s.set(i as i64, e);
    }
}

/// `slices.Sort`.
pub fn sort<T: Ordered>(s: &Slice<T>) {
    let mut v = s.to_vec();
    v.sort_by(|a, b| a.go_cmp(b));
    write_back(s, v);
}
/// `slices.SortFunc(s, cmp)` (stable; see `sort` for the tie caveat).
pub fn sort_func<T: Clone>(s: &Slice<T>, cmp: impl Fn(&T, &T) -> i64) {
    let mut v = s.to_vec();
    v.sort_by(|a, b| cmp(a, b).cmp(&0));
    write_back(s, v);
}
/// `slices.SortStableFunc`.
pub fn sort_stable_func<T: Clone>(s: &Slice<T>, cmp: impl Fn(&T, &T) -> i64) {
    sort_func(s, cmp)
}
/// `slices.IsSorted`.
pub fn is_sorted<T: Ordered>(s: &Slice<T>) -> bool {
    s.to_vec().windows(2).all(|w| w[1].go_cmp(&w[0]) != Ordering::Less)
}
/// `slices.Sorted(seq)` for a collected sequence (e.g. `maps.Keys`).
pub fn sorted<T: Ordered>(s: Slice<T>) -> Slice<T> {
    let mut v = s.to_vec();
    v.sort_by(|a, b| a.go_cmp(b));
    Slice::from_vec(v)
}
/// `slices.Contains` (Go's `==`).
pub fn contains<T: GoValue + Clone>(s: &Slice<T>, x: &T) -> bool {
    index(s, x) >= 0
}
/// `slices.Index`.
pub fn index<T: GoValue + Clone>(s: &Slice<T>, x: &T) -> i64 {
    s.to_vec().iter().position(|e| e.eq_dyn(x)).map_or(-1, |i| i as i64)
}
/// `slices.IndexFunc`.
pub fn index_func<T: Clone>(s: &Slice<T>, f: impl Fn(&T) -> bool) -> i64 {
    s.to_vec().iter().position(f).map_or(-1, |i| i as i64)
}
/// `slices.ContainsFunc`.
pub fn contains_func<T: Clone>(s: &Slice<T>, f: impl Fn(&T) -> bool) -> bool {
    index_func(s, f) >= 0
}
/// `slices.Reverse`.
pub fn reverse<T: Clone>(s: &Slice<T>) {
    let mut v = s.to_vec();
    v.reverse();
    write_back(s, v);
}
/// `slices.Max`; panics like Go on an empty slice.
pub fn max<T: Ordered>(s: &Slice<T>) -> T {
    let v = s.to_vec();
    if v.is_empty() {
        crate::panic::go_panic(crate::value::Any::from_value(Str::lit("slices.Max: empty list")));
    }
    v.into_iter().reduce(|m, e| if e.go_cmp(&m) == Ordering::Greater || is_nan_like(&e) { e } else { m }).expect("non-empty")
}
/// `slices.Min`; panics like Go on an empty slice.
pub fn min<T: Ordered>(s: &Slice<T>) -> T {
    let v = s.to_vec();
    if v.is_empty() {
        crate::panic::go_panic(crate::value::Any::from_value(Str::lit("slices.Min: empty list")));
    }
    v.into_iter().reduce(|m, e| if e.go_cmp(&m) == Ordering::Less { e } else { m }).expect("non-empty")
}
fn is_nan_like<T: Ordered>(e: &T) -> bool {
    e.go_cmp(e) != Ordering::Equal
}
/// `slices.MaxFunc`.
pub fn max_func<T: Clone>(s: &Slice<T>, cmp: impl Fn(&T, &T) -> i64) -> T {
    let v = s.to_vec();
    if v.is_empty() {
        crate::panic::go_panic(crate::value::Any::from_value(Str::lit("slices.MaxFunc: empty list")));
    }
    v.into_iter().reduce(|m, e| if cmp(&e, &m) > 0 { e } else { m }).expect("non-empty")
}
/// `slices.MinFunc`.
pub fn min_func<T: Clone>(s: &Slice<T>, cmp: impl Fn(&T, &T) -> i64) -> T {
    let v = s.to_vec();
    if v.is_empty() {
        crate::panic::go_panic(crate::value::Any::from_value(Str::lit("slices.MinFunc: empty list")));
    }
    v.into_iter().reduce(|m, e| if cmp(&e, &m) < 0 { e } else { m }).expect("non-empty")
}
/// `slices.Equal`.
pub fn equal<T: GoValue + Clone>(a: &Slice<T>, b: &Slice<T>) -> bool {
    let (a, b) = (a.to_vec(), b.to_vec());
    a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.eq_dyn(y))
}
/// `slices.BinarySearch`: `(index, found)`.
pub fn binary_search<T: Ordered>(s: &Slice<T>, x: &T) -> (i64, bool) {
    let v = s.to_vec();
    let i = crate::sort::search(v.len() as i64, |i| v[i as usize].go_cmp(x) != Ordering::Less);
    (i, (i as usize) < v.len() && v[i as usize].go_cmp(x) == Ordering::Equal)
}
/// `slices.Clone` (nil stays nil).
pub fn clone<T: Clone>(s: &Slice<T>) -> Slice<T> {
    if s.is_nil() { Slice::nil() } else { Slice::from_vec(s.to_vec()) }
}
/// `slices.Insert(s, i, vs...)`.
pub fn insert<T: GoValue + Clone + Default>(s: &Slice<T>, i: i64, vs: &[T]) -> Slice<T> {
    let n = s.len();
    if i < 0 || i > n {
        crate::value::panic_index(i, n);
    }
    let mut v = s.to_vec();
    let tail = v.split_off(i as usize);
    v.extend_from_slice(vs);
    v.extend(tail);
    // Go grows like append(s[:i], append(vs, s[i:]...)...): capacity as one append.
    s.slice(0, 0).append_values(&v)
}
/// `slices.Delete(s, i, j)`: removes `s[i:j]`, zeroing the vacated tail (Go 1.22+).
pub fn delete<T: Clone + Default>(s: &Slice<T>, i: i64, j: i64) -> Slice<T> {
    let _ = s.slice(i, j);
    let v = s.to_vec();
    let n = v.len();
    let mut kept: Vec<T> = v[..i as usize].to_vec();
    kept.extend_from_slice(&v[j as usize..]);
    let k = kept.len();
    for (idx, e) in kept.into_iter().enumerate() {
        s.set(idx as i64, e);
    }
    for idx in k..n {
        s.set(idx as i64, T::default());
    }
    s.slice(0, k as i64)
}
/// `slices.DeleteFunc`.
pub fn delete_func<T: Clone + Default>(s: &Slice<T>, del: impl Fn(&T) -> bool) -> Slice<T> {
    let v = s.to_vec();
    let n = v.len();
    let kept: Vec<T> = v.into_iter().filter(|e| !del(e)).collect();
    let k = kept.len();
    for (idx, e) in kept.into_iter().enumerate() {
        s.set(idx as i64, e);
    }
    for idx in k..n {
        s.set(idx as i64, T::default());
    }
    s.slice(0, k as i64)
}
/// `slices.Compact`: drops consecutive duplicates.
pub fn compact<T: GoValue + Clone + Default>(s: &Slice<T>) -> Slice<T> {
    let v = s.to_vec();
    let n = v.len();
    let mut kept: Vec<T> = Vec::with_capacity(n);
    for e in v {
        if kept.last().is_none_or(|l| !l.eq_dyn(&e)) {
            kept.push(e);
        }
    }
    let k = kept.len();
    for (idx, e) in kept.into_iter().enumerate() {
        s.set(idx as i64, e);
    }
    for idx in k..n {
        s.set(idx as i64, T::default());
    }
    s.slice(0, k as i64)
}
/// `slices.Repeat`.
pub fn repeat<T: Clone>(s: &Slice<T>, count: i64) -> Slice<T> {
    let v = s.to_vec();
    Slice::from_vec(v.iter().cloned().cycle().take(v.len() * count.max(0) as usize).collect())
}
/// `slices.Concat`.
pub fn concat<T: Clone>(parts: &[Slice<T>]) -> Slice<T> {
    let v: Vec<T> = parts.iter().flat_map(|p| p.to_vec()).collect();
    if v.is_empty() { Slice::nil() } else { Slice::from_vec(v) }
}
