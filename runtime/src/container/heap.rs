//! Go's `container/heap`: `Init`, `Push`, `Pop`, `Remove` and `Fix` over a `heap.Interface`,
//! ported from Go's `heap.go` line for line, so the program's `Less`/`Swap` calls — and the
//! resulting element order — are exactly Go's.


use crate::value::{Any, GoValue, Iface};

/// Go's `heap.Interface` (`sort.Interface` plus `Push(x any)` and `Pop() any`). Translated
/// types implement the Go-named methods (pointer-receiver `Push`/`Pop` through the emitter's
/// pointer adapter); the snake_case ones are what calls through the std method convention use.
/// The embedded `sort.Interface` methods are declared here, not inherited, because the
/// translator implements an interface with its whole method set in one `impl`.
#[allow(non_snake_case, clippy::len_without_is_empty)]
pub trait Interface: GoValue {
    /// `Len() int`.
    fn Len(&self) -> i64;
    /// `Less(i, j int) bool`.
    fn Less(&self, i: i64, j: i64) -> bool;
    /// `Swap(i, j int)`.
    fn Swap(&self, i: i64, j: i64);
    /// `Push(x any)`: add `x` as element `Len()`.
    fn Push(&self, x: &Any);
    /// `Pop() any`: remove and return element `Len() - 1`.
    fn Pop(&self) -> Any;
    /// `h.Len()` under the std method convention.
    fn len(&self) -> i64 {
        self.Len()
    }
    /// `h.Less(i, j)` under the std method convention.
    fn less(&self, i: i64, j: i64) -> bool {
        self.Less(i, j)
    }
    /// `h.Swap(i, j)` under the std method convention.
    fn swap(&self, i: i64, j: i64) {
        self.Swap(i, j)
    }
    /// `h.Push(x)` under the std method convention.
    fn push(&self, x: &Any) {
        self.Push(x)
    }
    /// `h.Pop()` under the std method convention.
    fn pop(&self) -> Any {
        self.Pop()
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
    fn Push(&self, x: &Any) {
        (**self).Push(x)
    }
    fn Pop(&self) -> Any {
        (**self).Pop()
    }
}

// No std type implements `heap.Interface`.
crate::go_interface!(Interface = "heap.Interface" { Len, Less, Pop, Push, Swap } impls []);

/// `heap.Init(h)`: establishes the heap invariants in O(n).
pub fn init<H: Interface + ?Sized>(h: &H) {
    let n = h.Len();
    let mut i = n / 2 - 1;
    while i >= 0 {
        down(h, i, n);
        i -= 1;
    }
}

/// `heap.Push(h, x)`: pushes `x` in O(log n).
pub fn push<H: Interface + ?Sized>(h: &H, x: &Any) {
    h.Push(x);
    up(h, h.Len() - 1);
}

/// `heap.Pop(h)`: removes and returns the minimum (by `Less`) in O(log n).
pub fn pop<H: Interface + ?Sized>(h: &H) -> Any {
    let n = h.Len() - 1;
    h.Swap(0, n);
    down(h, 0, n);
    h.Pop()
}

/// `heap.Remove(h, i)`: removes and returns element `i` in O(log n).
pub fn remove<H: Interface + ?Sized>(h: &H, i: i64) -> Any {
    let n = h.Len() - 1;
    if n != i {
        h.Swap(i, n);
        if !down(h, i, n) {
            up(h, i);
        }
    }
    h.Pop()
}

/// `heap.Fix(h, i)`: re-establishes the ordering after element `i` changed its value.
pub fn fix<H: Interface + ?Sized>(h: &H, i: i64) {
    if !down(h, i, h.Len()) {
        up(h, i);
    }
}

fn up<H: Interface + ?Sized>(h: &H, mut j: i64) {
    loop {
        // Go's division truncates toward zero: the parent of 0 is 0, which ends the loop.
        let i = (j - 1) / 2;
        if i == j || !h.Less(j, i) {
            break;
        }
        h.Swap(i, j);
        j = i;
    }
}

fn down<H: Interface + ?Sized>(h: &H, i0: i64, n: i64) -> bool {
    let mut i = i0;
    loop {
        let j1 = 2i64.wrapping_mul(i).wrapping_add(1);
        // j1 < 0 after int overflow.
        if j1 >= n || j1 < 0 {
            break;
        }
        let mut j = j1; // left child
        let j2 = j1.wrapping_add(1);
        if j2 < n && h.Less(j2, j1) {
            j = j2; // right child
        }
        if !h.Less(j, i) {
            break;
        }
        h.Swap(i, j);
        i = j;
    }
    i > i0
}
