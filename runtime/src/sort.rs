//! Go's `sort`: `Ints`, `Strings`, `Float64s`, `Slice`, `SliceStable`, `Search*`, `Sort` on
//! `sort.Interface`. Sorting is stable (Go's pdqsort agrees for up to 12 elements, where it
//! uses insertion sort; with ties in longer slices Go's order may differ).

use crate::value::Slice;

/// Go's `sort.Interface`.
#[allow(non_snake_case)]
pub trait Interface {
    /// `Len() int`.
    fn Len(&self) -> i64;
    /// `Less(i, j int) bool`.
    fn Less(&self, i: i64, j: i64) -> bool;
    /// `Swap(i, j int)`.
    fn Swap(&self, i: i64, j: i64);
}

/// `sort.Ints`.
pub fn ints(s: &Slice<i64>) {
    crate::slices::sort(s)
}
/// `sort.Strings`.
pub fn strings(s: &Slice<crate::value::Str>) {
    crate::slices::sort(s)
}
/// `sort.Float64s`.
pub fn float64s(s: &Slice<f64>) {
    crate::slices::sort(s)
}
/// `sort.IntsAreSorted`.
pub fn ints_are_sorted(s: &Slice<i64>) -> bool {
    crate::slices::is_sorted(s)
}
/// `sort.StringsAreSorted`.
pub fn strings_are_sorted(s: &Slice<crate::value::Str>) -> bool {
    crate::slices::is_sorted(s)
}

/// Orders the elements by `less(i, j)` evaluated on their positions before sorting, then
/// permutes the slice once (so `less` may read the slice freely).
fn sort_by_index<T: Clone>(s: &Slice<T>, less: impl Fn(i64, i64) -> bool) {
    let n = s.len();
    let mut idx: Vec<i64> = (0..n).collect();
    idx.sort_by(|&a, &b| {
        if less(a, b) {
            std::cmp::Ordering::Less
        } else if less(b, a) {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    });
    let old = s.to_vec();
    for (k, &i) in idx.iter().enumerate() {
        s.set(k as i64, old[i as usize].clone());
    }
}

/// `sort.Slice(x, less)`.
pub fn slice<T: Clone>(s: &Slice<T>, less: impl Fn(i64, i64) -> bool) {
    sort_by_index(s, less)
}
/// `sort.SliceStable(x, less)`.
pub fn slice_stable<T: Clone>(s: &Slice<T>, less: impl Fn(i64, i64) -> bool) {
    sort_by_index(s, less)
}
/// `sort.SliceIsSorted`.
pub fn slice_is_sorted<T>(s: &Slice<T>, less: impl Fn(i64, i64) -> bool) -> bool {
    (1..s.len()).all(|i| !less(i, i - 1))
}

/// `sort.Sort(data)` (insertion sort: stable, `O(n²)` Less/Swap calls; Go's pdqsort may order
/// ties differently for more than 12 elements).
pub fn sort(data: &dyn Interface) {
    let n = data.Len();
    if n <= 12 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && data.Less(j, j - 1) {
                data.Swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    // Stable merge-free approach for larger inputs: binary insertion by swaps.
    for i in 1..n {
        let mut j = i;
        while j > 0 && data.Less(j, j - 1) {
            data.Swap(j, j - 1);
            j -= 1;
        }
    }
}
/// `sort.Stable(data)`.
pub fn stable(data: &dyn Interface) {
    sort(data)
}
/// `sort.IsSorted(data)`.
pub fn is_sorted(data: &dyn Interface) -> bool {
    (1..data.Len()).all(|i| !data.Less(i, i - 1))
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
/// `sort.SearchInts`.
pub fn search_ints(a: &Slice<i64>, x: i64) -> i64 {
    let v = a.to_vec();
    search(v.len() as i64, |i| v[i as usize] >= x)
}
/// `sort.SearchStrings`.
pub fn search_strings(a: &Slice<crate::value::Str>, x: &crate::value::Str) -> i64 {
    let v = a.to_vec();
    search(v.len() as i64, |i| v[i as usize] >= *x)
}
/// `sort.SearchFloat64s`.
pub fn search_float64s(a: &Slice<f64>, x: f64) -> i64 {
    let v = a.to_vec();
    search(v.len() as i64, |i| v[i as usize] >= x)
}
