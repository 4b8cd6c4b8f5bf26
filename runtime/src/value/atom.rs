//! Lock-free storage for Go's basic scalar types (`int`, `intN`, `uintN` but `byte`, `uintptr`,
//! `float32`/`float64`, `bool`): a shared variable (`Ptr` cell) or a slice's backing array holds
//! them as relaxed atomics of the same width instead of behind a lock.
//!
//! A relaxed load or store is a plain `mov` on x86-64 and arm64, which is what Go compiles a
//! variable access to; the ordering a correct Go program relies on comes from the
//! synchronisation around the access (channels, `sync`, `sync/atomic`), whose acquire/release
//! makes relaxed writes visible exactly as it does plain ones. `x++` or `s[i] += v` is a load
//! and a store, not a read-modify-write: Go's are not atomic either, so a racy program loses
//! updates under gort as it does under Go, and a race-free one sees no difference. Only the
//! `sync/atomic` function forms (`atomic.AddInt64(&x, 1)`) read-modify-write, with a
//! compare-and-swap loop (`Ptr::update`).
//!
//! `byte` stays behind its array's lock: `[]byte` is mostly handled in bulk (conversions to and
//! from strings, `bufio`, `io`), where one lock around a plain memory copy beats a per-element
//! atomic copy.
//!
//! Which types qualify is decided per monomorphised `T` from its `TypeId`; the comparisons and
//! the conversions to and from bits fold to constants and moves (checked in the emitted
//! assembly), so the dispatch costs nothing at run time.

use std::any::{Any, TypeId};
use std::sync::atomic::{AtomicU8, AtomicU16, AtomicU32, AtomicU64, Ordering};

use super::GoValue;
use super::spin::SpinLock;

/// The width of a lock-free scalar.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Width {
    W8,
    W16,
    W32,
    W64,
}

/// `Some(width)` when `T` is stored lock-free.
#[inline(always)]
pub(crate) fn width<T: 'static>() -> Option<Width> {
    let t = TypeId::of::<T>();
    let is = |id: TypeId| t == id;
    if is(TypeId::of::<i64>()) || is(TypeId::of::<u64>()) || is(TypeId::of::<f64>()) || is(TypeId::of::<usize>()) {
        Some(Width::W64)
    } else if is(TypeId::of::<i32>()) || is(TypeId::of::<u32>()) || is(TypeId::of::<f32>()) {
        Some(Width::W32)
    } else if is(TypeId::of::<i16>()) || is(TypeId::of::<u16>()) {
        Some(Width::W16)
    } else if is(TypeId::of::<i8>()) || is(TypeId::of::<bool>()) {
        Some(Width::W8)
    } else {
        None
    }
}

/// `v`'s bits (sign-extended for signed integers; only the low `width` bits matter).
#[inline(always)]
pub(crate) fn to_bits<T: 'static>(v: &T) -> u64 {
    let a = v as &dyn Any;
    macro_rules! int {
        ($($t:ty),*) => {$(
            if let Some(x) = a.downcast_ref::<$t>() {
                return *x as u64;
            }
        )*};
    }
    int!(i64, u64, usize, i32, u32, i16, u16, i8);
    if let Some(x) = a.downcast_ref::<f64>() {
        return x.to_bits();
    }
    if let Some(x) = a.downcast_ref::<f32>() {
        return u64::from(x.to_bits());
    }
    if let Some(x) = a.downcast_ref::<bool>() {
        return u64::from(*x);
    }
    unreachable!("to_bits on a type that is not stored lock-free")
}

/// The value whose bits `to_bits` gave.
#[inline(always)]
pub(crate) fn from_bits<T: 'static>(b: u64) -> T {
    let mut out: Option<T> = None;
    let a = &mut out as &mut dyn Any;
    macro_rules! int {
        ($($t:ty),*) => {$(
            if let Some(o) = a.downcast_mut::<Option<$t>>() {
                *o = Some(b as $t);
            } else
        )*
        if let Some(o) = a.downcast_mut::<Option<f64>>() {
            *o = Some(f64::from_bits(b));
        } else if let Some(o) = a.downcast_mut::<Option<f32>>() {
            *o = Some(f32::from_bits(b as u32));
        } else if let Some(o) = a.downcast_mut::<Option<bool>>() {
            *o = Some(b != 0);
        }};
    }
    int!(i64, u64, usize, i32, u32, i16, u16, i8);
    out.expect("from_bits on a type that is not stored lock-free")
}

/// A backing array of lock-free scalars.
pub(crate) enum AtomArr {
    W8(Box<[AtomicU8]>),
    W16(Box<[AtomicU16]>),
    W32(Box<[AtomicU32]>),
    W64(Box<[AtomicU64]>),
}

impl AtomArr {
    /// The array holding `v`'s elements (`T` must be stored lock-free).
    pub(crate) fn from_vec<T: 'static>(v: Vec<T>) -> Self {
        let bits = v.iter().map(to_bits);
        match width::<T>().expect("a lock-free element type") {
            Width::W8 => AtomArr::W8(bits.map(|b| AtomicU8::new(b as u8)).collect()),
            Width::W16 => AtomArr::W16(bits.map(|b| AtomicU16::new(b as u16)).collect()),
            Width::W32 => AtomArr::W32(bits.map(|b| AtomicU32::new(b as u32)).collect()),
            Width::W64 => AtomArr::W64(bits.map(AtomicU64::new).collect()),
        }
    }

    /// Element `i` (relaxed).
    #[inline(always)]
    pub(crate) fn get<T: 'static>(&self, i: usize) -> T {
        from_bits(self.load(i, Ordering::Relaxed))
    }

    /// Sets element `i` (relaxed).
    #[inline(always)]
    pub(crate) fn set<T: 'static>(&self, i: usize, v: &T) {
        self.store(i, to_bits(v), Ordering::Relaxed)
    }

    #[inline(always)]
    pub(crate) fn load(&self, i: usize, o: Ordering) -> u64 {
        match self {
            AtomArr::W8(a) => u64::from(a[i].load(o)),
            AtomArr::W16(a) => u64::from(a[i].load(o)),
            AtomArr::W32(a) => u64::from(a[i].load(o)),
            AtomArr::W64(a) => a[i].load(o),
        }
    }

    #[inline(always)]
    pub(crate) fn store(&self, i: usize, b: u64, o: Ordering) {
        match self {
            AtomArr::W8(a) => a[i].store(b as u8, o),
            AtomArr::W16(a) => a[i].store(b as u16, o),
            AtomArr::W32(a) => a[i].store(b as u32, o),
            AtomArr::W64(a) => a[i].store(b, o),
        }
    }

    /// Compare-and-swap on element `i` (sequentially consistent, as Go's atomics are).
    fn cas(&self, i: usize, old: u64, new: u64) -> bool {
        const SC: Ordering = Ordering::SeqCst;
        match self {
            AtomArr::W8(a) => a[i].compare_exchange(old as u8, new as u8, SC, SC).is_ok(),
            AtomArr::W16(a) => a[i].compare_exchange(old as u16, new as u16, SC, SC).is_ok(),
            AtomArr::W32(a) => a[i].compare_exchange(old as u32, new as u32, SC, SC).is_ok(),
            AtomArr::W64(a) => a[i].compare_exchange(old, new, SC, SC).is_ok(),
        }
    }

    /// Runs `f` on a copy of elements `lo..hi`, then stores back the elements `f` changed (an
    /// element `f` left alone is not written, so a concurrent, race-free write to it by another
    /// goroutine is not undone).
    pub(crate) fn with_range<T: 'static, R>(&self, lo: usize, hi: usize, f: impl FnOnce(&mut [T]) -> R) -> R {
        let before: Vec<u64> = (lo..hi).map(|i| self.load(i, Ordering::Relaxed)).collect();
        let mut vals: Vec<T> = before.iter().map(|&b| from_bits(b)).collect();
        let r = f(&mut vals);
        for (k, (v, old)) in vals.iter().zip(&before).enumerate() {
            let b = to_bits(v);
            if self.narrow(b) != self.narrow(*old) {
                self.store(lo + k, b, Ordering::Relaxed);
            }
        }
        r
    }

    /// Read-modify-write of element `i` as one atomic step: `f` runs on a copy, possibly more
    /// than once (it must not have side effects beyond its argument).
    pub(crate) fn update<T: 'static, R>(&self, i: usize, mut f: impl FnMut(&mut T) -> R) -> R {
        loop {
            let old = self.load(i, Ordering::SeqCst);
            let mut v: T = from_bits(old);
            let r = f(&mut v);
            if self.cas(i, old, to_bits(&v)) {
                return r;
            }
        }
    }

    /// `b` cut to the element width (what is really stored).
    fn narrow(&self, b: u64) -> u64 {
        match self {
            AtomArr::W8(_) => b & 0xff,
            AtomArr::W16(_) => b & 0xffff,
            AtomArr::W32(_) => b & 0xffff_ffff,
            AtomArr::W64(_) => b,
        }
    }
}

/// A shared Go variable of a lock-free type (the `Ptr` cell of `x` in `go func() { x++ }()`).
pub(crate) struct AtomCell(AtomicU64);

impl AtomCell {
    pub(crate) fn new<T: 'static>(v: &T) -> Self {
        AtomCell(AtomicU64::new(to_bits(v)))
    }
    #[inline(always)]
    pub(crate) fn get<T: 'static>(&self) -> T {
        from_bits(self.0.load(Ordering::Relaxed))
    }
    #[inline(always)]
    pub(crate) fn set<T: 'static>(&self, v: &T) {
        self.0.store(to_bits(v), Ordering::Relaxed)
    }
    /// Sequentially consistent load (`atomic.LoadInt64(&x)`).
    pub(crate) fn load_sc<T: 'static>(&self) -> T {
        from_bits(self.0.load(Ordering::SeqCst))
    }
    /// Sequentially consistent store (`atomic.StoreInt64(&x, v)`).
    pub(crate) fn store_sc<T: 'static>(&self, v: &T) {
        self.0.store(to_bits(v), Ordering::SeqCst)
    }
    /// Atomic read-modify-write (see `AtomArr::update`).
    pub(crate) fn update<T: 'static, R>(&self, mut f: impl FnMut(&mut T) -> R) -> R {
        loop {
            let old = self.0.load(Ordering::SeqCst);
            let mut v: T = from_bits(old);
            let r = f(&mut v);
            let new = to_bits(&v);
            if self.0.compare_exchange(old, new, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
                return r;
            }
        }
    }
}

/// The most words a plain value may take to be stored as words (larger ones stay locked).
pub(crate) const MAX_WORDS: usize = 16;

/// Shared storage of plain values (structs and arrays of basic scalars: `GoValue::plain_words`)
/// as relaxed atomic words, `k` per element — a field access is a plain load or store, as in Go.
/// A write stores only the words it changed, so race-free writes by two goroutines to different
/// fields of one element never undo each other.
pub(crate) struct Words<T> {
    w: Box<[AtomicU64]>,
    /// A value of the type that every load overwrites word by word (a type may have fields no
    /// word covers only when it is not plain; this keeps the load independent of `Default`).
    template: T,
    /// Serialises `update` (`sync/atomic` through a pointer into an element).
    lock: SpinLock<()>,
}

impl<T: GoValue + Clone> Words<T> {
    /// `Some(k)` when `T` is stored as words.
    #[inline(always)]
    pub(crate) fn width() -> Option<usize> {
        T::plain_words().filter(|&k| k > 0 && k <= MAX_WORDS)
    }

    /// The storage for `v` (`None` when `T` is not stored as words or `v` is empty).
    pub(crate) fn new(v: Vec<T>) -> Result<Self, Vec<T>> {
        let (Some(k), Some(first)) = (Self::width(), v.first()) else { return Err(v) };
        let template = first.clone();
        let mut w = Vec::with_capacity(v.len() * k);
        let mut buf = [0u64; MAX_WORDS];
        for e in &v {
            e.to_words(&mut buf[..k]);
            w.extend(buf[..k].iter().map(|&b| AtomicU64::new(b)));
        }
        Ok(Words { w: w.into_boxed_slice(), template, lock: SpinLock::new(()) })
    }

    /// Words per element: `Self::width()` folds to a constant where `T` is known, so the word
    /// loops below unroll (`self.k` is the same number).
    #[inline(always)]
    fn k() -> usize {
        Self::width().unwrap_or(0)
    }

    #[inline(always)]
    fn load(&self, i: usize, buf: &mut [u64; MAX_WORDS]) -> T {
        let k = Self::k();
        let words = &self.w[i * k..i * k + k];
        for (b, w) in buf[..k].iter_mut().zip(words) {
            *b = w.load(Ordering::Relaxed);
        }
        let mut v = self.template.clone();
        v.load_words(&buf[..k]);
        v
    }

    /// Stores the words of `v` that differ from `old`.
    #[inline(always)]
    fn store_changed(&self, i: usize, v: &T, old: &[u64; MAX_WORDS]) {
        let k = Self::k();
        let mut new = [0u64; MAX_WORDS];
        v.to_words(&mut new[..k]);
        let words = &self.w[i * k..i * k + k];
        for ((w, n), o) in words.iter().zip(&new[..k]).zip(&old[..k]) {
            if n != o {
                w.store(*n, Ordering::Relaxed);
            }
        }
    }

    /// Element `i`.
    #[inline(always)]
    pub(crate) fn get(&self, i: usize) -> T {
        self.load(i, &mut [0u64; MAX_WORDS])
    }

    /// Runs `f` on element `i` in place (on a copy; the words it changed are stored back).
    #[inline(always)]
    pub(crate) fn with_elem<R>(&self, i: usize, f: impl FnOnce(&mut T) -> R) -> R {
        let mut old = [0u64; MAX_WORDS];
        let mut v = self.load(i, &mut old);
        let r = f(&mut v);
        self.store_changed(i, &v, &old);
        r
    }

    /// `with_elem` as one atomic step with respect to other `update`s.
    pub(crate) fn update<R>(&self, i: usize, f: impl FnOnce(&mut T) -> R) -> R {
        let _g = self.lock.lock();
        self.with_elem(i, f)
    }

    /// Runs `f` on copies of elements `lo..hi`, then stores back the words `f` changed.
    pub(crate) fn with_range<R>(&self, lo: usize, hi: usize, f: impl FnOnce(&mut [T]) -> R) -> R {
        let mut olds = Vec::with_capacity(hi - lo);
        let mut vals = Vec::with_capacity(hi - lo);
        for i in lo..hi {
            let mut old = [0u64; MAX_WORDS];
            vals.push(self.load(i, &mut old));
            olds.push(old);
        }
        let r = f(&mut vals);
        for (i, (v, old)) in vals.iter().zip(&olds).enumerate() {
            self.store_changed(lo + i, v, old);
        }
        r
    }

    /// Copies of elements `lo..hi`.
    pub(crate) fn read(&self, lo: usize, hi: usize) -> Vec<T> {
        (lo..hi).map(|i| self.get(i)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_round_trip_every_lock_free_type() {
        fn rt<T: 'static + Copy + PartialEq + std::fmt::Debug>(vals: &[T]) {
            for v in vals {
                let arr = AtomArr::from_vec(vec![*v, *v]);
                assert_eq!(arr.get::<T>(1), *v);
                arr.set(0, v);
                assert_eq!(arr.get::<T>(0), *v);
                assert_eq!(AtomCell::new(v).get::<T>(), *v);
            }
        }
        rt(&[i64::MIN, -1, 0, i64::MAX]);
        rt(&[u64::MAX, 0, 1 << 63]);
        rt(&[i32::MIN, -7, i32::MAX]);
        rt(&[u32::MAX, 3]);
        rt(&[i16::MIN, -1, i16::MAX]);
        rt(&[u16::MAX]);
        rt(&[i8::MIN, -1, i8::MAX]);
        rt(&[true, false]);
        rt(&[usize::MAX, 0]);
        rt(&[-0.0f64, 1.5, f64::MAX, f64::MIN_POSITIVE]);
        rt(&[-0.0f32, 1.5, f32::MAX]);
        assert!(width::<u8>().is_none());
        assert!(width::<String>().is_none());
        let nan = AtomArr::from_vec(vec![f64::NAN]);
        assert!(nan.get::<f64>(0).is_nan());
    }

    #[test]
    fn with_range_writes_back_only_changed_elements() {
        let arr = AtomArr::from_vec(vec![1i32, -2, 3, 4]);
        arr.with_range(1, 3, |s: &mut [i32]| {
            assert_eq!(s, &[-2, 3]);
            s[1] = 30;
        });
        assert_eq!((0..4).map(|i| arr.get::<i32>(i)).collect::<Vec<_>>(), vec![1, -2, 30, 4]);
    }

    #[test]
    fn updates_under_contention_lose_nothing() {
        // 8 threads × 20k `atomic.AddInt64`-style updates on one cell and on one element of a
        // shared array, interleaved with plain relaxed reads: every increment is counted.
        let cell = std::sync::Arc::new(AtomCell::new(&0i64));
        let arr = std::sync::Arc::new(AtomArr::from_vec(vec![0i32; 4]));
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let (cell, arr) = (cell.clone(), arr.clone());
                std::thread::spawn(move || {
                    for _ in 0..20_000 {
                        cell.update(|v: &mut i64| *v += 1);
                        arr.update(2, |v: &mut i32| *v += 1);
                        let _ = cell.get::<i64>() + i64::from(arr.get::<i32>(2));
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().expect("worker");
        }
        assert_eq!(cell.load_sc::<i64>(), 160_000);
        assert_eq!(arr.get::<i32>(2), 160_000);
        assert_eq!(arr.get::<i32>(1), 0);
    }
}
