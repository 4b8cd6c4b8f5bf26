//! Go's `[N]T`: value semantics (copy = `clone`), zero value for any `N`, `==` when `T` is
//! comparable, Go's bounds panics.

use std::cmp::Ordering;
use std::hash::Hasher;

use super::rterr::{SliceBounds, panic_index, panic_slice_bounds};
use super::slice::as_bytes_of;
use super::{GoValue, Kind, Layout, Slice};
use crate::fmt::Printer;

/// A Go array.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Array<T, const N: usize>(pub [T; N]);

impl<T: Default, const N: usize> Default for Array<T, N> {
    fn default() -> Self {
        Array(std::array::from_fn(|_| T::default()))
    }
}

impl<T, const N: usize> Array<T, N> {
    /// Go's `len(a)`.
    pub const fn len(&self) -> i64 {
        N as i64
    }
    /// Go's `len(a) == 0`.
    pub const fn is_empty(&self) -> bool {
        N == 0
    }
    fn check(i: i64) -> usize {
        if i < 0 || i as u64 >= N as u64 {
            panic_index(i, N as i64)
        }
        i as usize
    }
    /// Go's `a[i] = v`.
    pub fn set(&mut self, i: i64, v: T) {
        self.0[Self::check(i)] = v
    }
    /// `&mut a[i]` with Go's bounds check (`a[i] += 1`, `a[i].x = 2`).
    pub fn at_mut(&mut self, i: i64) -> &mut T {
        &mut self.0[Self::check(i)]
    }
    /// `&a[i]` with Go's bounds check.
    pub fn at(&self, i: i64) -> &T {
        &self.0[Self::check(i)]
    }
}

impl<T: GoValue + Clone, const N: usize> Array<T, N> {
    /// Go's `a[i]`.
    pub fn get(&self, i: i64) -> T {
        self.0[Self::check(i)].clone()
    }
    /// `a[lo:hi]` of an array value that is not addressable: a slice over a copy of the
    /// elements. (An addressable array is sliced with [`Slice::of_array`], which shares it.)
    pub fn slice(&self, lo: i64, hi: i64) -> Slice<T> {
        if hi < 0 || hi > N as i64 {
            panic_slice_bounds(SliceBounds::AlenHi(hi, N as i64));
        }
        if lo < 0 || lo > hi {
            panic_slice_bounds(SliceBounds::LoHi(lo, hi));
        }
        Slice::from_vec(self.0.to_vec()).slice(lo, hi)
    }
    /// Go's `for i, v := range a` (over a copy, as Go ranges over arrays).
    pub fn iter(&self) -> impl Iterator<Item = (i64, T)> + use<T, N> {
        self.0.clone().into_iter().enumerate().map(|(i, v)| (i as i64, v))
    }
}

impl<T, const N: usize> std::ops::Index<i64> for Array<T, N> {
    type Output = T;
    fn index(&self, i: i64) -> &T {
        self.at(i)
    }
}
impl<T, const N: usize> std::ops::IndexMut<i64> for Array<T, N> {
    fn index_mut(&mut self, i: i64) -> &mut T {
        self.at_mut(i)
    }
}

impl<T: GoValue + Clone, const N: usize> GoValue for Array<T, N> {
        fn clone_any(&self) -> Option<crate::Any> {
            Some(crate::Any::from_value(::std::clone::Clone::clone(self)))
        }
    fn json_encode(&self, e: &mut crate::encoding::json::EncodeState) {
        e.array(N as i64, |e, i| e.value(&self.get(i)))
    }
    fn json_is_empty(&self) -> bool {
        N == 0
    }
    /// Go's decoder: elements decoded in place, ones past the JSON array's end zeroed.
    fn json_decode(&mut self, d: &mut crate::encoding::json::DecodeState, v: &crate::encoding::json::JsonValue) {
        use crate::encoding::json::JsonValue;
        match v {
            JsonValue::Null => {}
            JsonValue::Array(items) => {
                for i in 0..N {
                    match items.get(i) {
                        Some(item) => {
                            d.decode_at(i.to_string(), self.at_mut(i as i64), item);
                        }
                        None => {
                            if let Some(z) = T::go_zero() {
                                self.set(i as i64, z);
                            }
                        }
                    }
                }
            }
            _ => d.type_error(v),
        }
    }
    fn go_zero() -> Option<Self> {
        let mut v = Vec::with_capacity(N);
        for _ in 0..N {
            v.push(T::go_zero()?);
        }
        v.try_into().ok().map(Array)
    }
    fn json_is_zero(&self) -> bool {
        self.iter().all(|(_, v)| v.json_is_zero())
    }
    fn kind(&self) -> Kind {
        Kind::Array
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        let bytes = as_bytes_of(&self.0);
        p.fmt_seq(self, verb, false, bytes, N, &mut |p, i| p.print_value(&self.0[i], verb));
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        if !T::go_comparable() {
            super::panic_uncomparable(super::GoValueBase::type_name(self))
        }
        let Some(o) = other.as_any().downcast_ref::<Self>() else { return false };
        self.0.iter().zip(o.0.iter()).all(|(a, b)| a.eq_dyn(b))
    }
    fn hash_dyn(&self, state: &mut dyn Hasher) {
        if !T::go_comparable() {
            super::panic_unhashable(super::GoValueBase::type_name(self))
        }
        for e in &self.0 {
            e.hash_dyn(state)
        }
    }
    fn cmp_dyn(&self, other: &dyn GoValue) -> Ordering {
        let Some(o) = other.as_any().downcast_ref::<Self>() else { return Ordering::Equal };
        for (a, b) in self.0.iter().zip(o.0.iter()) {
            let c = a.cmp_dyn(b);
            if c != Ordering::Equal {
                return c;
            }
        }
        Ordering::Equal
    }
    fn go_type_name() -> String {
        format!("[{}]{}", N, T::go_type_name())
    }
    fn go_layout() -> Layout {
        let e = T::go_layout();
        Layout { size: e.size * N, align: e.align, pointers: e.pointers && N > 0 }
    }
    #[inline]
    fn plain_words() -> Option<usize> {
        Some(T::plain_words()? * N)
    }
    #[inline]
    fn to_words(&self, w: &mut [u64]) {
        let k = T::plain_words().unwrap_or(0);
        for (i, e) in self.0.iter().enumerate() {
            e.to_words(&mut w[i * k..(i + 1) * k]);
        }
    }
    #[inline]
    fn load_words(&mut self, w: &[u64]) {
        let k = T::plain_words().unwrap_or(0);
        for (i, e) in self.0.iter_mut().enumerate() {
            e.load_words(&w[i * k..(i + 1) * k]);
        }
    }
    fn go_comparable() -> bool {
        T::go_comparable()
    }
}
