//! Go's `[]T`: a window (offset, length, capacity) on a shared backing array, with Go's
//! `append` growth (including malloc size-class rounding), aliasing sub-slices, nil vs empty,
//! and Go's bounds panics.
//!
//! The backing array is an array of relaxed atomics when the element type is a basic scalar
//! (`atom.rs`: `[]int`, `[]float64`, `[]bool`, … — an element access is a plain load or store),
//! else one `SpinLock<Vec<T>>` (`spin.rs`) locked briefly around every access (never across user
//! code) — or, for a slice of an addressable Go array (`a[lo:hi]`), that array itself, reached
//! through its pointer, so writes through either are seen by both. Either way the length is the
//! full capacity, zero-filled as Go's is, and slices may be shared between goroutines in safe
//! Rust.

use std::cmp::Ordering;
use std::sync::Arc;
use std::sync::atomic::Ordering::Relaxed;

use super::atom::{self, AtomArr, Words};
use super::spin::SpinLock;

use super::rterr::{
    SliceBounds, panic_index, panic_makeslice, panic_slice_bounds, panic_slice_convert, panic_uncomparable,
};
use super::{Array, GoValue, Kind, Layout, Ptr, Str};
use crate::fmt::Printer;

/// A slice's backing array.
pub(crate) enum Backing<T> {
    /// Its own array (`make`, literals, `append` growth).
    Own(Arc<SpinLock<Vec<T>>>),
    /// Its own array of lock-free scalars (`atom.rs`), for element types that qualify.
    Atom(Arc<AtomArr>),
    /// Its own array of plain structs or arrays as lock-free words (`atom.rs`).
    Words(Arc<Words<T>>),
    /// A Go array reached through a pointer (`a[lo:hi]` of an addressable array, `p[:]`).
    Array(Arc<dyn ArrayStore<T>>),
}

impl<T> Clone for Backing<T> {
    fn clone(&self) -> Self {
        match self {
            Backing::Own(a) => Backing::Own(a.clone()),
            Backing::Atom(a) => Backing::Atom(a.clone()),
            Backing::Words(a) => Backing::Words(a.clone()),
            Backing::Array(a) => Backing::Array(a.clone()),
        }
    }
}

/// A Go array a slice can be a window on.
pub(crate) trait ArrayStore<T>: Send + Sync {
    /// Runs `f` on all the array's elements under its lock.
    fn with_elems(&self, f: &mut dyn FnMut(&mut [T]));
    /// The address of element 0.
    fn addr(&self) -> usize;
}

impl<T: GoValue + Clone, const N: usize> ArrayStore<T> for Ptr<Array<T, N>> {
    fn with_elems(&self, f: &mut dyn FnMut(&mut [T])) {
        self.with_mut(|a| f(&mut a.0[..]))
    }
    fn addr(&self) -> usize {
        Ptr::addr(self)
    }
}

impl<T: GoValue + Clone> Backing<T> {
    fn own(v: Vec<T>) -> Self {
        if atom::width::<T>().is_some() {
            return Backing::Atom(Arc::new(AtomArr::from_vec(v)));
        }
        match Words::new(v) {
            Ok(w) => Backing::Words(Arc::new(w)),
            Err(v) => Backing::Own(Arc::new(SpinLock::new(v))),
        }
    }
    /// Runs `f` on elements `lo..hi` of the backing array, under its lock (`f` must not touch
    /// the slice). A lock-free array hands `f` a copy and stores back what `f` changed.
    pub(crate) fn with<R>(&self, lo: usize, hi: usize, f: impl FnOnce(&mut [T]) -> R) -> R {
        match self {
            Backing::Own(a) => f(&mut a.lock()[lo..hi]),
            Backing::Atom(a) => a.with_range(lo, hi, f),
            Backing::Words(a) => a.with_range(lo, hi, f),
            Backing::Array(a) => {
                let mut f = Some(f);
                let mut out = None;
                a.with_elems(&mut |elems| out = Some((f.take().expect("called once"))(&mut elems[lo..hi])));
                out.expect("the array store calls back once")
            }
        }
    }
    /// Overwrites elements `lo..lo + vs.len()` with `vs` (element by element on lock-free
    /// storage: no copy of the range is taken first).
    pub(crate) fn write(&self, lo: usize, vs: &[T]) {
        match self {
            Backing::Atom(a) => vs.iter().enumerate().for_each(|(k, v)| a.set(lo + k, v)),
            Backing::Words(a) => vs.iter().enumerate().for_each(|(k, v)| a.with_elem(lo + k, |e| *e = v.clone())),
            _ => self.with(lo, lo + vs.len(), |g| g.clone_from_slice(vs)),
        }
    }
    /// Runs `f` on elements `lo..hi` without changing them.
    pub(crate) fn read<R>(&self, lo: usize, hi: usize, f: impl FnOnce(&[T]) -> R) -> R {
        match self {
            Backing::Atom(a) => f(&(lo..hi).map(|i| a.get(i)).collect::<Vec<T>>()),
            Backing::Words(a) => f(&a.read(lo, hi)),
            _ => self.with(lo, hi, |g| f(g)),
        }
    }
    /// Runs `f` on element `i` in place.
    #[inline]
    pub(crate) fn with_elem<R>(&self, i: usize, f: impl FnOnce(&mut T) -> R) -> R {
        match self {
            Backing::Own(a) => f(&mut a.lock()[i]),
            Backing::Atom(a) => {
                let mut v = a.get(i);
                let r = f(&mut v);
                a.set(i, &v);
                r
            }
            Backing::Words(a) => a.with_elem(i, f),
            Backing::Array(_) => self.with(i, i + 1, |g| f(&mut g[0])),
        }
    }
    /// Runs `f` on element `i`.
    #[inline]
    pub(crate) fn read_elem<R>(&self, i: usize, f: impl FnOnce(&T) -> R) -> R {
        match self {
            Backing::Own(a) => f(&a.lock()[i]),
            Backing::Atom(a) => f(&a.get(i)),
            Backing::Words(a) => f(&a.get(i)),
            Backing::Array(_) => self.with(i, i + 1, |g| f(&g[0])),
        }
    }
    /// Read-modify-write of element `i` as one atomic step (`atomic.AddInt64(&s[i], 1)`): `f`
    /// may run more than once on a lock-free array.
    pub(crate) fn update_elem<R>(&self, i: usize, f: impl FnMut(&mut T) -> R) -> R {
        match self {
            Backing::Atom(a) => a.update(i, f),
            Backing::Words(a) => {
                let mut f = f;
                a.update(i, |v| f(v))
            }
            _ => {
                let mut f = f;
                self.with_elem(i, |v| f(v))
            }
        }
    }
}

impl<T> Backing<T> {
    /// Both are the same array.
    pub(crate) fn same(&self, other: &Backing<T>) -> bool {
        self.addr() == other.addr()
    }
    /// The address of element 0.
    pub(crate) fn addr(&self) -> usize {
        match self {
            Backing::Own(a) => Arc::as_ptr(a) as usize,
            Backing::Atom(a) => Arc::as_ptr(a) as usize,
            Backing::Words(a) => Arc::as_ptr(a) as usize,
            Backing::Array(a) => a.addr(),
        }
    }
}

/// A Go slice. `Clone` copies the header (sharing the backing array), as assigning a slice does
/// in Go.
pub struct Slice<T> {
    arr: Option<Backing<T>>,
    off: usize,
    len: usize,
    cap: usize,
}

impl<T> Clone for Slice<T> {
    fn clone(&self) -> Self {
        Slice { arr: self.arr.clone(), off: self.off, len: self.len, cap: self.cap }
    }
}

impl<T> Default for Slice<T> {
    fn default() -> Self {
        Slice::nil()
    }
}

impl<T> Slice<T> {
    /// The nil slice.
    pub const fn nil() -> Self {
        Slice { arr: None, off: 0, len: 0, cap: 0 }
    }
    /// Go's `len(s)`.
    pub fn len(&self) -> i64 {
        self.len as i64
    }
    /// Go's `cap(s)`.
    pub fn cap(&self) -> i64 {
        self.cap as i64
    }
    /// Go's `len(s) == 0`.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Go's `s == nil`.
    pub fn is_nil(&self) -> bool {
        self.arr.is_none()
    }
    #[inline]
    fn check(&self, i: i64) -> usize {
        if i < 0 || i as u64 >= self.len as u64 {
            panic_index(i, self.len as i64)
        }
        self.off + i as usize
    }
    /// Go's `s[lo:hi]`.
    pub fn slice(&self, lo: i64, hi: i64) -> Self {
        if hi < 0 || hi as u64 > self.cap as u64 {
            panic_slice_bounds(SliceBounds::AcapHi(hi, self.cap as i64));
        }
        if lo < 0 || lo > hi {
            panic_slice_bounds(SliceBounds::LoHi(lo, hi));
        }
        self.window(lo as usize, hi as usize, self.cap)
    }
    /// Go's `s[lo:]`.
    pub fn slice_from(&self, lo: i64) -> Self {
        self.slice(lo, self.len as i64)
    }
    /// Go's `s[:hi]`.
    pub fn slice_to(&self, hi: i64) -> Self {
        self.slice(0, hi)
    }
    /// Go's `s[lo:hi:max]`.
    pub fn slice3(&self, lo: i64, hi: i64, max: i64) -> Self {
        if max < 0 || max as u64 > self.cap as u64 {
            panic_slice_bounds(SliceBounds::Acap3(max, self.cap as i64));
        }
        if hi < 0 || hi > max {
            panic_slice_bounds(SliceBounds::HiMax(hi, max));
        }
        if lo < 0 || lo > hi {
            panic_slice_bounds(SliceBounds::LoHi3(lo, hi));
        }
        self.window(lo as usize, hi as usize, max as usize)
    }
    fn window(&self, lo: usize, hi: usize, max: usize) -> Self {
        match &self.arr {
            None => Slice::nil(),
            Some(a) => Slice { arr: Some(a.clone()), off: self.off + lo, len: hi - lo, cap: max - lo },
        }
    }
    /// Whether two slices share a backing array (used by `copy` and tests).
    pub fn same_array(&self, other: &Slice<T>) -> bool {
        match (&self.arr, &other.arr) {
            (Some(a), Some(b)) => a.same(b),
            _ => false,
        }
    }
    pub(crate) fn backing(&self) -> Option<(&Backing<T>, usize)> {
        self.arr.as_ref().map(|a| (a, self.off))
    }
    /// Address of element 0 of the window (what `%p` prints), 0 for nil.
    pub fn addr(&self) -> usize {
        match &self.arr {
            None => 0,
            Some(a) => a.addr() + self.off * std::mem::size_of::<T>().max(1),
        }
    }
}

impl<T: GoValue + Clone> Slice<T> {
    /// A slice literal: `[]T{a, b}` (length = capacity = number of elements, never nil).
    pub fn from_vec(v: Vec<T>) -> Self {
        let n = v.len();
        Slice { arr: Some(Backing::own(v)), off: 0, len: n, cap: n }
    }
    /// Runs `f` on the element `s[i]` in place (`s[i].x = 1`, `s[i] += 2`). `f` must not call
    /// back into user code that touches the same slice.
    #[inline]
    pub fn with_mut<R>(&self, i: i64, f: impl FnOnce(&mut T) -> R) -> R {
        let j = self.check(i);
        let arr = self.arr.as_ref().expect("checked non-empty");
        arr.with_elem(j, f)
    }
    /// Runs `f` on the element `s[i]`.
    #[inline]
    pub fn with<R>(&self, i: i64, f: impl FnOnce(&T) -> R) -> R {
        let j = self.check(i);
        let arr = self.arr.as_ref().expect("checked non-empty");
        arr.read_elem(j, f)
    }
    /// Go's `s[i] = v`.
    #[inline]
    pub fn set(&self, i: i64, v: T) {
        self.with_mut(i, |e| *e = v)
    }
    /// Overwrites the window's elements with `v` (same length), under one lock.
    pub(crate) fn overwrite(&self, v: Vec<T>) {
        assert_eq!(v.len(), self.len, "overwrite with a different length");
        if let Some(arr) = &self.arr {
            arr.with(self.off, self.off + self.len, |g| {
                for (dst, src) in g.iter_mut().zip(v) {
                    *dst = src;
                }
            })
        }
    }
    /// Go's `s[i], s[j] = s[j], s[i]` (bounds-checked like Go, `i` first).
    pub fn swap(&self, i: i64, j: i64) {
        let a = self.check(i);
        let b = self.check(j);
        match &self.arr {
            // Lock-free storage: two loads, two stores (a range copy would cost the distance).
            Some(arr @ (Backing::Atom(_) | Backing::Words(_))) => {
                let (x, y) = (arr.read_elem(a, T::clone), arr.read_elem(b, T::clone));
                arr.with_elem(a, |v| *v = y);
                arr.with_elem(b, |v| *v = x);
            }
            Some(Backing::Own(g)) => g.lock().swap(a, b),
            Some(arr) => {
                let (lo, hi) = (a.min(b), a.max(b));
                arr.with(lo, hi + 1, |g| g.swap(a - lo, b - lo));
            }
            None => {}
        }
    }
    /// Calls `f` on each element in order (one lock for the whole walk: `f` must not touch the
    /// slice).
    pub fn for_each(&self, mut f: impl FnMut(&T)) {
        if let Some(a) = &self.arr {
            a.read(self.off, self.off + self.len, |g| g.iter().for_each(&mut f));
        }
    }
    /// Go's `clear(s)`: every element of the slice becomes its zero value (the length stays).
    pub fn clear(&self)
    where
        T: Default,
    {
        if let Some(a) = &self.arr {
            a.with(self.off, self.off + self.len, |g| g.iter_mut().for_each(|e| *e = T::default()));
        }
    }
}

impl<T: GoValue + Clone> Slice<T> {
    /// Go's `a[lo:hi]` on an addressable array `*p` (also `p[lo:hi]` on a pointer to an
    /// array): a window on the array itself, so writes through either are seen by both. A nil
    /// `p` panics like Go.
    pub fn of_array<const N: usize>(p: &Ptr<Array<T, N>>, lo: i64, hi: i64) -> Self {
        if hi < 0 || hi > N as i64 {
            panic_slice_bounds(SliceBounds::AlenHi(hi, N as i64));
        }
        if lo < 0 || lo > hi {
            panic_slice_bounds(SliceBounds::LoHi(lo, hi));
        }
        Self::array_window(p, lo as usize, hi as usize, N)
    }
    /// Go's `a[lo:hi:max]` on an addressable array `*p`.
    pub fn of_array3<const N: usize>(p: &Ptr<Array<T, N>>, lo: i64, hi: i64, max: i64) -> Self {
        if max < 0 || max > N as i64 {
            panic_slice_bounds(SliceBounds::Alen3(max, N as i64));
        }
        if hi < 0 || hi > max {
            panic_slice_bounds(SliceBounds::HiMax(hi, max));
        }
        if lo < 0 || lo > hi {
            panic_slice_bounds(SliceBounds::LoHi3(lo, hi));
        }
        Self::array_window(p, lo as usize, hi as usize, max as usize)
    }
    fn array_window<const N: usize>(p: &Ptr<Array<T, N>>, lo: usize, hi: usize, max: usize) -> Self {
        if p.is_nil() {
            super::panic_nil_deref()
        }
        Slice { arr: Some(Backing::Array(Arc::new(p.clone()))), off: lo, len: hi - lo, cap: max - lo }
    }
}

impl<T: GoValue + Clone> Slice<T> {
    /// Go's `s[i]` (a copy of the element); panics with Go's text when out of range.
    #[inline]
    pub fn get(&self, i: i64) -> T {
        self.with(i, |e| e.clone())
    }
    /// Go's `[N]T(s)`: a copy of the first `N` elements; panics like Go when `len(s) < N`.
    /// (`(*[N]T)(s)` is translated as a pointer to this copy: it does not alias `s`.)
    pub fn to_array<const N: usize>(&self) -> super::Array<T, N> {
        if self.len < N {
            panic_slice_convert(self.len as i64, N as i64)
        }
        let v = match &self.arr {
            None => Vec::new(),
            Some(a) => a.read(self.off, self.off + N, |g| g.to_vec()),
        };
        match <[T; N]>::try_from(v) {
            Ok(a) => super::Array(a),
            Err(_) => unreachable!("length checked above"),
        }
    }
    /// The elements of the window, copied out.
    pub fn to_vec(&self) -> Vec<T> {
        match &self.arr {
            None => Vec::new(),
            Some(a) => a.read(self.off, self.off + self.len, |g| g.to_vec()),
        }
    }
    /// Go's `for i, v := range s`: the length is fixed when the loop starts, each element is
    /// read when reached.
    pub fn iter(&self) -> SliceIter<T> {
        SliceIter { s: self.clone(), i: 0, n: self.len }
    }
}

impl<T: GoValue + Clone + Default> Slice<T> {
    /// Go's `make([]T, len, cap)`.
    pub fn make(len: i64, cap: i64) -> Self {
        if len < 0 || len > (1 << 40) {
            panic_makeslice("len")
        }
        if cap < len || cap > (1 << 40) {
            panic_makeslice("cap")
        }
        let mut v = Vec::with_capacity(cap as usize);
        v.resize_with(cap as usize, T::default);
        Slice { arr: Some(Backing::own(v)), off: 0, len: len as usize, cap: cap as usize }
    }
    /// Go's `make([]T, len)`.
    pub fn make_len(len: i64) -> Self {
        Slice::make(len, len)
    }
    /// A fresh backing array holding `v`, with capacity rounded up to the size class Go's
    /// allocator would give (`[]byte(s)`, `[]rune(s)`, `strings.Split` results…).
    pub fn from_vec_rounded(mut v: Vec<T>) -> Self {
        let n = v.len();
        if n == 0 {
            return Slice::from_vec(v);
        }
        let lay = T::go_layout();
        let cap = if lay.size == 0 { n } else { roundupsize(n * lay.size, !lay.pointers) / lay.size };
        v.resize_with(cap, T::default);
        Slice { arr: Some(Backing::own(v)), off: 0, len: n, cap }
    }
    /// Go's `append(s, vs...)` for a Rust slice of values.
    pub fn append_values(&self, vs: &[T]) -> Self {
        if vs.is_empty() {
            return self.clone();
        }
        let new_len = self.len + vs.len();
        if new_len <= self.cap {
            let arr = self.arr.as_ref().expect("cap > 0 implies a backing array");
            arr.write(self.off + self.len, vs);
            return Slice { arr: self.arr.clone(), off: self.off, len: new_len, cap: self.cap };
        }
        let new_cap = grow_cap::<T>(new_len, self.cap);
        let mut v = Vec::with_capacity(new_cap);
        if let Some(a) = &self.arr {
            a.read(self.off, self.off + self.len, |g| v.extend_from_slice(g));
        }
        v.extend_from_slice(vs);
        v.resize_with(new_cap, T::default);
        Slice { arr: Some(Backing::own(v)), off: 0, len: new_len, cap: new_cap }
    }
    /// Go's `append(s, t...)`.
    pub fn append_slice(&self, t: &Slice<T>) -> Self {
        let vs = t.to_vec();
        self.append_values(&vs)
    }
    /// Go's `append(s, v)`.
    pub fn push(&self, v: T) -> Self {
        self.append_values(std::slice::from_ref(&v))
    }
}

impl<T: GoValue + Clone> From<Vec<T>> for Slice<T> {
    fn from(v: Vec<T>) -> Self {
        Slice::from_vec(v)
    }
}

/// Go's `append(s, vs...)`: `::gort::append(&s, &[a, b])`.
pub fn append<T: GoValue + Clone + Default>(s: &Slice<T>, vs: &[T]) -> Slice<T> {
    s.append_values(vs)
}

/// Go's `append(s, vs...)` where `s` is a local slice that does not escape (the translator
/// decides): gc (1.25+) backs its first growth with a 32-byte stack buffer, so a slice with no
/// capacity whose new length fits gets capacity `32 / size_of(T)` (`cap` 4 for `[]int`, 32 for
/// `[]byte`) instead of `growslice`'s.
pub fn append_local<T: GoValue + Clone + Default>(s: &Slice<T>, vs: &[T]) -> Slice<T> {
    const STACK_BUF: usize = 32;
    let size = T::go_layout().size;
    let new_len = s.len + vs.len();
    if s.cap != 0 || vs.is_empty() || size == 0 || new_len * size > STACK_BUF {
        return s.append_values(vs);
    }
    let cap = STACK_BUF / size;
    let mut v = Vec::with_capacity(cap);
    if let Some(a) = &s.arr {
        a.read(s.off, s.off + s.len, |g| v.extend_from_slice(g));
    }
    v.extend_from_slice(vs);
    v.resize_with(cap, T::default);
    Slice { arr: Some(Backing::own(v)), off: 0, len: new_len, cap }
}

/// Go's `append(bs, str...)`.
pub fn append_str(s: &Slice<u8>, t: &Str) -> Slice<u8> {
    s.append_values(t.as_bytes())
}

/// Go's `copy(dst, src)`: copies `min(len(dst), len(src))` elements (overlap-safe).
pub fn copy<T: GoValue + Clone>(dst: &Slice<T>, src: &Slice<T>) -> i64 {
    let n = dst.len.min(src.len);
    if n == 0 {
        return 0;
    }
    let (Some(da), Some(sa)) = (&dst.arr, &src.arr) else { return 0 };
    if let (Backing::Atom(d), Backing::Atom(s)) = (da, sa) {
        // Lock-free scalars: word by word, in the direction that is safe for an overlap
        // within one array (Go's memmove).
        let (d_off, s_off) = (dst.off, src.off);
        let step = |k: usize| d.store(d_off + k, s.load(s_off + k, Relaxed), Relaxed);
        if Arc::ptr_eq(d, s) && d_off > s_off { (0..n).rev().for_each(step) } else { (0..n).for_each(step) }
        return n as i64;
    }
    // Copy out, then in: never two locks at once (two arrays may be fields under one cell).
    let tmp: Vec<T> = sa.read(src.off, src.off + n, |g| g.to_vec());
    da.write(dst.off, &tmp);
    n as i64
}

/// Go's `copy(dst, str)` for `[]byte`.
pub fn copy_str(dst: &Slice<u8>, src: &Str) -> i64 {
    let b = src.as_bytes();
    let n = (dst.len).min(b.len());
    if let Some(a) = &dst.arr {
        a.with(dst.off, dst.off + n, |g| g.copy_from_slice(&b[..n]));
    }
    n as i64
}

/// Iterator for Go's `for i, v := range s`.
pub struct SliceIter<T> {
    s: Slice<T>,
    i: usize,
    n: usize,
}

impl<T: GoValue + Clone> Iterator for SliceIter<T> {
    type Item = (i64, T);
    fn next(&mut self) -> Option<(i64, T)> {
        if self.i >= self.n {
            return None;
        }
        let i = self.i as i64;
        self.i += 1;
        Some((i, self.s.get(i)))
    }
}

/// Go's `nextslicecap` followed by the size-class rounding of `growslice` (Go 1.27, amd64).
fn grow_cap<T: GoValue>(new_len: usize, old_cap: usize) -> usize {
    let lay = T::go_layout();
    let mut newcap = old_cap;
    let doublecap = newcap + newcap;
    if new_len > doublecap {
        newcap = new_len;
    } else if old_cap < 256 {
        newcap = doublecap;
    } else {
        while newcap < new_len {
            newcap += (newcap + 3 * 256) >> 2;
        }
    }
    if lay.size == 0 {
        return new_len;
    }
    let mem = roundupsize(newcap * lay.size, !lay.pointers);
    mem / lay.size
}

const SIZE_CLASS_TO_SIZE: [u16; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
    384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304,
    2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];

/// Go's `runtime.roundupsize`: the size the allocator really hands out for `size` bytes.
pub(crate) fn roundupsize(size: usize, noscan: bool) -> usize {
    const MAX_SMALL: usize = 32768;
    const HEADER: usize = 8;
    const MIN_FOR_HEADER: usize = 512;
    const PAGE: usize = 8192;
    let mut req = size;
    if req <= MAX_SMALL - HEADER {
        if !noscan && req > MIN_FOR_HEADER {
            req += HEADER;
        }
        let class = if req <= 1024 - 8 { size_to_class8(req.div_ceil(8)) } else { size_to_class128((req - 1024).div_ceil(128)) };
        return SIZE_CLASS_TO_SIZE[class] as usize - (req - size);
    }
    req += PAGE - 1;
    req & !(PAGE - 1)
}

fn size_to_class8(i: usize) -> usize {
    // The smallest class whose size holds i*8 bytes (what Go's table encodes).
    smallest_class(i * 8)
}

fn size_to_class128(i: usize) -> usize {
    smallest_class(1024 + i * 128)
}

fn smallest_class(bytes: usize) -> usize {
    SIZE_CLASS_TO_SIZE.iter().position(|&s| s as usize >= bytes).unwrap_or(SIZE_CLASS_TO_SIZE.len() - 1)
}

impl<T: GoValue + Clone> GoValue for Slice<T> {
        fn clone_any(&self) -> Option<crate::Any> {
            Some(crate::Any::from_value(::std::clone::Clone::clone(self)))
        }
    fn json_encode(&self, e: &mut crate::encoding::json::EncodeState) {
        if self.is_nil() {
            return e.null();
        }
        if let Some(b) = (self as &dyn std::any::Any).downcast_ref::<Slice<u8>>() {
            return e.bytes(&b.to_vec());
        }
        // Elements are copied out: the backing array's lock is not held while encoding.
        e.array(self.len(), |e, i| e.value(&self.get(i)))
    }
    fn json_is_empty(&self) -> bool {
        self.is_empty()
    }
    fn json_is_zero(&self) -> bool {
        self.is_nil()
    }
    /// Go's decoder: `null` is nil, an array gives a new slice of decoded elements, a string
    /// into `[]byte` is base64.
    fn json_decode(&mut self, d: &mut crate::encoding::json::DecodeState, v: &crate::encoding::json::JsonValue) {
        use crate::encoding::json::JsonValue;
        match v {
            JsonValue::Null => *self = Slice::nil(),
            JsonValue::Str(s) if std::any::TypeId::of::<T>() == std::any::TypeId::of::<u8>() => {
                if let (Some(b), Some(me)) = (d.bytes(s), (self as &mut dyn std::any::Any).downcast_mut::<Slice<u8>>()) {
                    *me = b;
                }
            }
            JsonValue::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    let Some(mut e) = T::go_zero() else { return d.type_error(v) };
                    d.decode_at(i.to_string(), &mut e, item);
                    out.push(e);
                }
                *self = Slice::from_vec(out);
            }
            _ => d.type_error(v),
        }
    }
    fn go_zero() -> Option<Self> {
        Some(Slice::nil())
    }
    fn kind(&self) -> Kind {
        Kind::Slice
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        let elems = self.to_vec();
        let bytes = as_bytes_of(&elems);
        p.fmt_seq(self, verb, self.is_nil(), bytes, elems.len(), &mut |p, i| p.print_value(&elems[i], verb));
    }
    fn eq_dyn(&self, _other: &dyn GoValue) -> bool {
        panic_uncomparable(super::GoValueBase::type_name(self))
    }
    fn cmp_dyn(&self, _other: &dyn GoValue) -> Ordering {
        Ordering::Equal
    }
    fn addr(&self) -> usize {
        Slice::addr(self)
    }
    fn slice_len(&self) -> Option<i64> {
        Some(self.len())
    }
    fn slice_swap(&self, i: i64, j: i64) {
        Slice::swap(self, i, j)
    }
    fn go_type_name() -> String {
        format!("[]{}", T::go_type_name())
    }
    fn go_layout() -> Layout {
        Layout::words(3)
    }
    fn go_comparable() -> bool {
        false
    }
}

/// The elements as bytes when `T` is `u8` (for `%s`/`%x`/`%q` on byte slices and arrays).
pub(crate) fn as_bytes_of<T: 'static>(elems: &[T]) -> Option<Vec<u8>> {
    if std::any::TypeId::of::<T>() == std::any::TypeId::of::<u8>() {
        Some(elems.iter().map(|e| *(e as &dyn std::any::Any).downcast_ref::<u8>().expect("T is u8")).collect())
    } else {
        None
    }
}

impl<T: GoValue + Clone + std::fmt::Debug> std::fmt::Debug for Slice<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.to_vec()).finish()
    }
}
