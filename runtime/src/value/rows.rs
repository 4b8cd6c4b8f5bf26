//! Row headers of a slice of slices that a loop cannot change, read without the outer
//! array's lock: the translator's cache for `b[k]` in `b[k][j]` when `b` is loop-invariant
//! but `k` is not (`sum += a[i][k] * b[k][j]`).
//!
//! Reading a row header `b[k]` takes the outer backing array's spin lock (a compare-and-swap
//! shared by every goroutine reading `b`). Inside a loop that stores no slice header and does
//! not synchronise (the translator's `sema/hoist.rs` proves it), every evaluation of `b[k]`
//! for the same `k` gives the same header, so the loop may keep each header it read. Keeping
//! them costs a table of `len(b)` cells, so [`Rows`] first reads through the lock and builds
//! the table only once the loop entry has read `len(b)` rows: its cost is then paid for by the
//! reads before it, and a loop entered often for few reads never allocates one.

use std::cell::{Cell, OnceCell};

use super::{GoValue, Slice};

/// The rows of one outer slice read by one loop entry (`let __rows = Rows::new();` before the
/// loop).
pub struct Rows<R> {
    /// The outer slice, evaluated at the first read (it is loop-invariant too: a field chain
    /// such as `m.rows` is read once, and its nil-pointer panic raised where Go's first is).
    outer: OnceCell<Slice<R>>,
    table: OnceCell<Box<[OnceCell<R>]>>,
    reads: Cell<usize>,
}

impl<R> Default for Rows<R> {
    fn default() -> Self {
        Rows::new()
    }
}

impl<R> Rows<R> {
    pub const fn new() -> Self {
        Rows { outer: OnceCell::new(), table: OnceCell::new(), reads: Cell::new(0) }
    }
}

/// A row read by [`Rows::row`]: the kept header, or a copy until the table exists.
pub enum RowRef<'a, R> {
    Kept(&'a R),
    Copied(R),
}

impl<R> std::ops::Deref for RowRef<'_, R> {
    type Target = R;
    fn deref(&self) -> &R {
        match self {
            RowRef::Kept(r) => r,
            RowRef::Copied(r) => r,
        }
    }
}

impl<R: GoValue + Clone> Rows<R> {
    /// Go's `outer[k]` (the row's header), with Go's bounds panic. `outer` is called at the
    /// first read only: it must give the same slice, unchanged, at every call on this `Rows`.
    #[inline]
    pub fn row<'a>(&'a self, outer: impl FnOnce() -> Slice<R>, k: i64) -> RowRef<'a, R> {
        let outer = self.outer.get_or_init(outer);
        let table = match self.table.get() {
            Some(t) => t,
            None => {
                let n = self.reads.get() + 1;
                self.reads.set(n);
                if n < outer.len() as usize {
                    return RowRef::Copied(outer.get(k));
                }
                self.table.get_or_init(|| (0..outer.len()).map(|_| OnceCell::new()).collect())
            }
        };
        match usize::try_from(k).ok().and_then(|k| table.get(k)) {
            Some(cell) => RowRef::Kept(cell.get_or_init(|| outer.get(k))),
            // Out of range: `outer[k]` panics with Go's text.
            None => RowRef::Copied(outer.get(k)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(n: i64) -> Slice<Slice<i64>> {
        Slice::from_vec((0..n).map(|i| Slice::from_vec((0..n).map(|j| i * n + j).collect())).collect())
    }

    #[test]
    fn reads_before_and_after_the_table_agree() {
        let g = grid(4);
        let rows = Rows::new();
        for round in 0..3 {
            for k in 0..4 {
                for j in 0..4 {
                    assert_eq!(rows.row(|| g.clone(), k).get(j), k * 4 + j, "round {round}");
                }
            }
        }
        assert!(rows.table.get().is_some());
        // Writes through a kept row reach the shared backing array.
        rows.row(|| g.clone(), 2).set(1, 99);
        assert_eq!(g.get(2).get(1), 99);
    }

    /// The text `outer[k]` panics with (`runtime error: index out of range [5] with length 2`).
    fn panic_text(f: impl FnOnce() -> i64) -> String {
        let payload = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).expect_err("must panic");
        let p = payload.downcast::<crate::panic::GoPanic>().expect("a Go panic");
        crate::fmt::panic_value_text(&p.value)
    }

    #[test]
    fn out_of_range_panics_with_gos_text_in_both_modes() {
        let g = grid(2);
        let rows = Rows::new();
        assert_eq!(panic_text(|| rows.row(|| g.clone(), 5).len()), "runtime error: index out of range [5] with length 2");
        for _ in 0..4 {
            rows.row(|| g.clone(), 1);
        }
        assert!(rows.table.get().is_some());
        for k in [2, 7] {
            assert_eq!(panic_text(|| rows.row(|| g.clone(), k).len()), format!("runtime error: index out of range [{k}] with length 2"));
        }
        // Go leaves the length out for a negative index.
        assert_eq!(panic_text(|| rows.row(|| g.clone(), -1).len()), "runtime error: index out of range [-1]");
        let nil: Slice<Slice<i64>> = Slice::nil();
        let rows = Rows::new();
        assert_eq!(panic_text(|| rows.row(|| nil.clone(), 0).len()), "runtime error: index out of range [0] with length 0");
    }
}
