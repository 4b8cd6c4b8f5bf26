//! Go's `slices`: searching, sorting (Go's own algorithms, so ties land where Go puts them),
//! editing in place with Go's aliasing and zeroed tails (`Delete`, `Insert`, `Replace`,
//! `Compact`), and the iterator functions (`All`, `Values`, `Collect`, `Sorted`, …).
//!
//! Arguments whose Go type is the element type parameter are `impl Borrow<T>` (by value or by
//! reference); callbacks take elements by value. Functions read the elements out first, so
//! callbacks may touch the slice.

use std::borrow::Borrow;
use std::sync::Arc;

use crate::iter::{Seq, Seq2, Yield, Yield2};
use crate::sort::{LessSwap, pdqsort, stable_sort};
use crate::strings::panic_str;
use crate::value::{Func, GoValue, Slice, copy, ops};

pub use crate::cmp::Ordered;

/// A Vec sorted by a "less" on values (Go's `pdqsortCmpFunc` and `pdqsortOrdered` data).
struct ByValue<T, L> {
    v: Vec<T>,
    less: L,
}

impl<T, L: FnMut(&T, &T) -> bool> LessSwap for ByValue<T, L> {
    fn less(&mut self, i: usize, j: usize) -> bool {
        (self.less)(&self.v[i], &self.v[j])
    }
    fn swap(&mut self, i: usize, j: usize) {
        self.v.swap(i, j)
    }
}

fn sort_by<T: GoValue + Clone>(s: &Slice<T>, stable: bool, less: impl FnMut(&T, &T) -> bool) {
    let v = s.to_vec();
    let n = v.len();
    let mut data = ByValue { v, less };
    if stable {
        stable_sort(&mut data, n);
    } else {
        pdqsort(&mut data, n);
    }
    s.overwrite(data.v);
}

/// `slices.All(s)`: index-value pairs in order.
pub fn all<T: GoValue + Clone + Clone + Send + Sync + 'static>(s: &Slice<T>) -> Seq2<i64, T> {
    let s = s.clone();
    Func::new(Arc::new(move |y: Yield2<i64, T>| {
        for (i, v) in s.iter() {
            if !(*y)(i, v) {
                return;
            }
        }
    }))
}
/// `slices.AppendSeq(s, seq)`.
pub fn append_seq<T: GoValue + Clone + Default + Send>(s: &Slice<T>, seq: impl Fn(Yield<T>)) -> Slice<T> {
    let vals = crate::iter::to_vec(seq);
    let mut out = s.clone();
    for v in vals {
        out = out.push(v);
    }
    out
}
/// `slices.Backward(s)`: index-value pairs from the end.
pub fn backward<T: GoValue + Clone + Clone + Send + Sync + 'static>(s: &Slice<T>) -> Seq2<i64, T> {
    let s = s.clone();
    Func::new(Arc::new(move |y: Yield2<i64, T>| {
        let mut i = s.len() - 1;
        while i >= 0 {
            if !(*y)(i, s.get(i)) {
                return;
            }
            i -= 1;
        }
    }))
}
/// `slices.BinarySearch(x, target)`: `(position, found)`.
pub fn binary_search<T: Ordered + GoValue>(x: &Slice<T>, target: impl Borrow<T>) -> (i64, bool) {
    let target = target.borrow();
    let v = x.to_vec();
    let i = crate::sort::search(v.len() as i64, |h| !crate::cmp::less(&v[h as usize], target));
    let found = (i as usize) < v.len() && {
        let e = &v[i as usize];
        // Go: x[i] == target || (isNaN(x[i]) && isNaN(target)).
        e.eq_dyn(target) || (!e.eq_dyn(e) && !target.eq_dyn(target))
    };
    (i, found)
}
/// `slices.BinarySearchFunc(x, target, cmp)`.
pub fn binary_search_func<E: GoValue + Clone, T: Clone>(x: &Slice<E>, target: impl Borrow<T>, cmp: impl Fn(E, T) -> i64) -> (i64, bool) {
    let target = target.borrow();
    let v = x.to_vec();
    let i = crate::sort::search(v.len() as i64, |h| cmp(v[h as usize].clone(), target.clone()) >= 0);
    (i, (i as usize) < v.len() && cmp(v[i as usize].clone(), target.clone()) == 0)
}
/// `slices.Chunk(s, n)`: consecutive capacity-limited sub-slices of up to `n` elements;
/// panics like Go when `n < 1`.
pub fn chunk<T: GoValue + Clone + Send + Sync + 'static>(s: &Slice<T>, n: i64) -> Seq<Slice<T>> {
    if n < 1 {
        panic_str("cannot be less than 1");
    }
    let s = s.clone();
    Func::new(Arc::new(move |y: Yield<Slice<T>>| {
        let mut i = 0;
        while i < s.len() {
            let end = n.min(s.len() - i);
            if !(*y)(s.slice3(i, i + end, i + end)) {
                return;
            }
            i += n;
        }
    }))
}
/// `slices.Clip(s)`: `s[:len(s):len(s)]`.
pub fn clip<T: GoValue + Clone>(s: &Slice<T>) -> Slice<T> {
    s.slice3(0, s.len(), s.len())
}
/// `slices.Clone(s)` (nil stays nil; capacity as `append` rounds it).
pub fn clone<T: GoValue + Clone + Default>(s: &Slice<T>) -> Slice<T> {
    if s.is_nil() {
        return Slice::nil();
    }
    Slice::from_vec(Vec::new()).append_values(&s.to_vec())
}
/// `slices.Collect(seq)` (nil when the sequence is empty).
pub fn collect<T: GoValue + Clone + Default + Send>(seq: impl Fn(Yield<T>)) -> Slice<T> {
    append_seq(&Slice::nil(), seq)
}
/// `slices.Compact(s)`: drops consecutive duplicates in place, zeroing the vacated tail.
pub fn compact<T: GoValue + Clone + Default>(s: &Slice<T>) -> Slice<T> {
    let v = s.to_vec();
    if v.len() < 2 {
        return s.clone();
    }
    let Some(first) = (1..v.len()).find(|&k| v[k].eq_dyn(&v[k - 1])) else { return s.clone() };
    let mut kept: Vec<T> = v[..first].to_vec();
    for k2 in first + 1..v.len() {
        if !v[k2].eq_dyn(&v[k2 - 1]) {
            kept.push(v[k2].clone());
        }
    }
    let k = kept.len();
    kept.resize_with(v.len(), T::default);
    s.overwrite(kept);
    s.slice(0, k as i64)
}
/// `slices.Compare(s1, s2)`: element-wise `cmp.Compare`, then by length.
pub fn compare<T: Ordered + GoValue + Clone>(s1: &Slice<T>, s2: &Slice<T>) -> i64 {
    let (a, b) = (s1.to_vec(), s2.to_vec());
    for (i, x) in a.iter().enumerate() {
        let Some(y) = b.get(i) else { return 1 };
        let c = crate::cmp::compare(x, y);
        if c != 0 {
            return c;
        }
    }
    if a.len() < b.len() { -1 } else { 0 }
}
/// `slices.Concat(slices...)`.
pub fn concat<T: GoValue + Clone + Default>(parts: &[Slice<T>]) -> Slice<T> {
    let size: i64 = parts.iter().map(|p| p.len()).sum();
    let mut out = grow(&Slice::nil(), size);
    for p in parts {
        out = out.append_slice(p);
    }
    out
}
/// `slices.Contains(s, v)` (Go's `==`).
pub fn contains<T: GoValue + Clone>(s: &Slice<T>, v: impl Borrow<T>) -> bool {
    index(s, v) >= 0
}
/// `slices.ContainsFunc(s, f)`.
pub fn contains_func<T: GoValue + Clone>(s: &Slice<T>, f: impl Fn(T) -> bool) -> bool {
    index_func(s, f) >= 0
}
/// `slices.Delete(s, i, j)`: removes `s[i:j]` in place, zeroing the vacated tail.
pub fn delete<T: GoValue + Clone + Default>(s: &Slice<T>, i: i64, j: i64) -> Slice<T> {
    let _ = s.slice3(i, j, s.len());
    if i == j {
        return s.clone();
    }
    let n = s.len();
    let out = s.slice(0, i).append_slice(&s.slice_from(j));
    for k in out.len()..n {
        s.set(k, T::default());
    }
    out
}
/// `slices.DeleteFunc(s, del)`: removes the elements `del` reports, zeroing the tail.
pub fn delete_func<T: GoValue + Clone + Default>(s: &Slice<T>, del: impl Fn(T) -> bool) -> Slice<T> {
    let v = s.to_vec();
    let n = v.len();
    let mut kept: Vec<T> = Vec::with_capacity(n);
    let mut deleted = false;
    for e in v {
        if del(e.clone()) {
            deleted = true;
        } else {
            kept.push(e);
        }
    }
    if !deleted {
        return s.clone();
    }
    let k = kept.len();
    kept.resize_with(n, T::default);
    s.overwrite(kept);
    s.slice(0, k as i64)
}
/// `slices.Equal(s1, s2)` (Go's `==`: NaNs differ).
pub fn equal<T: GoValue + Clone>(s1: &Slice<T>, s2: &Slice<T>) -> bool {
    let (a, b) = (s1.to_vec(), s2.to_vec());
    a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.eq_dyn(y))
}
/// `slices.Grow(s, n)`: room for `n` more elements; panics like Go when `n < 0`.
pub fn grow<T: GoValue + Clone + Default>(s: &Slice<T>, n: i64) -> Slice<T> {
    if n < 0 {
        panic_str("cannot be negative");
    }
    let extra = n - (s.cap() - s.len());
    if extra > 0 {
        let mut zeros = Vec::with_capacity(extra as usize);
        zeros.resize_with(extra as usize, T::default);
        return s.slice(0, s.cap()).append_values(&zeros).slice(0, s.len());
    }
    s.clone()
}
/// `slices.Index(s, v)`.
pub fn index<T: GoValue + Clone>(s: &Slice<T>, v: impl Borrow<T>) -> i64 {
    let v = v.borrow();
    s.to_vec().iter().position(|e| e.eq_dyn(v)).map_or(-1, |i| i as i64)
}
/// `slices.IndexFunc(s, f)`.
pub fn index_func<T: GoValue + Clone>(s: &Slice<T>, f: impl Fn(T) -> bool) -> i64 {
    s.to_vec().into_iter().position(f).map_or(-1, |i| i as i64)
}
/// `slices.Insert(s, i, v...)`: in place when the capacity allows, else into a new array.
pub fn insert<T: GoValue + Clone + Default>(s: &Slice<T>, i: i64, v: &[T]) -> Slice<T> {
    let _ = s.slice_from(i);
    let m = v.len() as i64;
    if m == 0 {
        return s.clone();
    }
    let n = s.len();
    if i == n {
        return s.append_values(v);
    }
    if n + m > s.cap() {
        let mut zeros = Vec::with_capacity((n + m - i) as usize);
        zeros.resize_with((n + m - i) as usize, T::default);
        let s2 = s.slice(0, i).append_values(&zeros);
        copy(&s2.slice_from(i), &Slice::from_vec(v.to_vec()));
        copy(&s2.slice_from(i + m), &s.slice_from(i));
        return s2;
    }
    let out = s.slice(0, n + m);
    copy(&out.slice_from(i + m), &out.slice(i, n));
    copy(&out.slice_from(i), &Slice::from_vec(v.to_vec()));
    out
}
/// `slices.IsSorted(x)`.
pub fn is_sorted<T: Ordered + GoValue + Clone>(x: &Slice<T>) -> bool {
    let v = x.to_vec();
    (1..v.len()).rev().all(|i| !crate::cmp::less(&v[i], &v[i - 1]))
}
/// `slices.IsSortedFunc(x, cmp)`.
pub fn is_sorted_func<T: GoValue + Clone>(x: &Slice<T>, cmp: impl Fn(T, T) -> i64) -> bool {
    let v = x.to_vec();
    (1..v.len()).rev().all(|i| cmp(v[i].clone(), v[i - 1].clone()) >= 0)
}
/// `slices.Max(x)` (the builtin `max`: NaN wins); panics like Go on an empty slice.
pub fn max<T: GoValue + Clone + Ordered + PartialOrd + 'static>(x: &Slice<T>) -> T {
    let v = x.to_vec();
    if v.is_empty() {
        panic_str("slices.Max: empty list");
    }
    v.into_iter().reduce(ops::max).expect("non-empty")
}
/// `slices.MaxFunc(x, cmp)`: the first maximal element.
pub fn max_func<T: GoValue + Clone>(x: &Slice<T>, cmp: impl Fn(T, T) -> i64) -> T {
    let v = x.to_vec();
    if v.is_empty() {
        panic_str("slices.MaxFunc: empty list");
    }
    v.into_iter().reduce(|m, e| if cmp(e.clone(), m.clone()) > 0 { e } else { m }).expect("non-empty")
}
/// `slices.Min(x)` (the builtin `min`: NaN wins); panics like Go on an empty slice.
pub fn min<T: GoValue + Clone + Ordered + PartialOrd + 'static>(x: &Slice<T>) -> T {
    let v = x.to_vec();
    if v.is_empty() {
        panic_str("slices.Min: empty list");
    }
    v.into_iter().reduce(ops::min).expect("non-empty")
}
/// `slices.MinFunc(x, cmp)`: the first minimal element.
pub fn min_func<T: GoValue + Clone>(x: &Slice<T>, cmp: impl Fn(T, T) -> i64) -> T {
    let v = x.to_vec();
    if v.is_empty() {
        panic_str("slices.MinFunc: empty list");
    }
    v.into_iter().reduce(|m, e| if cmp(e.clone(), m.clone()) < 0 { e } else { m }).expect("non-empty")
}
/// `slices.Repeat(x, count)`; panics like Go on a negative count or an overflowing length.
pub fn repeat<T: GoValue + Clone>(x: &Slice<T>, count: i64) -> Slice<T> {
    if count < 0 {
        panic_str("cannot be negative");
    }
    let v = x.to_vec();
    match (v.len() as u64).checked_mul(count as u64) {
        Some(n) if n <= i64::MAX as u64 => {}
        _ => panic_str("the result of (len(x) * count) overflows"),
    }
    Slice::from_vec(v.iter().cloned().cycle().take(v.len() * count as usize).collect())
}
/// `slices.Replace(s, i, j, v...)`: `s[i:j]` replaced by `v`, in place when it fits.
pub fn replace<T: GoValue + Clone + Default>(s: &Slice<T>, i: i64, j: i64, v: &[T]) -> Slice<T> {
    let _ = s.slice(i, j);
    if i == j {
        return insert(s, i, v);
    }
    let vs = Slice::from_vec(v.to_vec());
    let m = v.len() as i64;
    if j == s.len() {
        let s2 = s.slice(0, i).append_values(v);
        for k in s2.len()..s.len() {
            s.set(k, T::default());
        }
        return s2;
    }
    let tot = i + m + (s.len() - j);
    if tot > s.cap() {
        let mut zeros = Vec::with_capacity((tot - i) as usize);
        zeros.resize_with((tot - i) as usize, T::default);
        let s2 = s.slice(0, i).append_values(&zeros);
        copy(&s2.slice_from(i), &vs);
        copy(&s2.slice_from(i + m), &s.slice_from(j));
        return s2;
    }
    let r = s.slice(0, tot);
    let tail = s.slice_from(j).to_vec();
    copy(&r.slice_from(i), &vs);
    copy(&r.slice_from(i + m), &Slice::from_vec(tail));
    for k in tot..s.len() {
        s.set(k, T::default());
    }
    r
}
/// `slices.Reverse(s)` in place.
pub fn reverse<T: GoValue + Clone>(s: &Slice<T>) {
    let (mut i, mut j) = (0, s.len() - 1);
    while i < j {
        s.swap(i, j);
        i += 1;
        j -= 1;
    }
}
/// `slices.Sort(x)` (NaNs first; not stable, like Go's).
pub fn sort<T: Ordered + GoValue + Clone>(x: &Slice<T>) {
    sort_by(x, false, |a, b| crate::cmp::less(a, b))
}
/// `slices.SortFunc(x, cmp)` (not stable: ties land where Go's pdqsort puts them).
pub fn sort_func<T: GoValue + Clone>(x: &Slice<T>, cmp: impl Fn(T, T) -> i64) {
    sort_by(x, false, |a, b| cmp(a.clone(), b.clone()) < 0)
}
/// `slices.SortStableFunc(x, cmp)`.
pub fn sort_stable_func<T: GoValue + Clone>(x: &Slice<T>, cmp: impl Fn(T, T) -> i64) {
    sort_by(x, true, |a, b| cmp(a.clone(), b.clone()) < 0)
}
/// `slices.Sorted(seq)`: the values collected and sorted.
pub fn sorted<T: Ordered + GoValue + Default + Send>(seq: impl Fn(Yield<T>)) -> Slice<T> {
    let s = collect(seq);
    sort(&s);
    s
}
/// `slices.SortedFunc(seq, cmp)`.
pub fn sorted_func<T: GoValue + Clone + Default + Send>(seq: impl Fn(Yield<T>), cmp: impl Fn(T, T) -> i64) -> Slice<T> {
    let s = collect(seq);
    sort_func(&s, cmp);
    s
}
/// `slices.Values(s)`: the elements in order.
pub fn values<T: GoValue + Clone + Clone + Send + Sync + 'static>(s: &Slice<T>) -> Seq<T> {
    let s = s.clone();
    Func::new(Arc::new(move |y: Yield<T>| {
        for (_, v) in s.iter() {
            if !(*y)(v) {
                return;
            }
        }
    }))
}
