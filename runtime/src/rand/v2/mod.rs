//! Go's `math/rand/v2`: `Rand` with every derivation of Go's `rand.go` (`IntN` by Lemire's
//! method, `Float64` from 53 bits, `Shuffle`, the ziggurat `NormFloat64`/`ExpFloat64`) over any
//! [`Source`]: Go's seeded generators [`PCG`] and [`ChaCha8`] reproduce Go's exact sequences,
//! and user types implement the trait. The top-level functions are the same derivations over
//! the runtime's random stream, seeded by `GORT_SEED` when set (Go's own is unseedable).

mod chacha8;
mod pcg;

use std::sync::{Arc, LazyLock};

use crate::fmt::Printer;
use crate::strings::panic_str;
use crate::time::Duration;
use crate::value::{GoValue, Iface, Kind, Number, Slice};

pub use chacha8::{ChaCha8, new_cha_cha8};
pub use pcg::{PCG, new_pcg};

/// Go's `rand.Source` (v2): a stream of uniformly distributed `uint64`s. Translated types
/// implement the Go-named method.
#[allow(non_snake_case)]
pub trait Source: GoValue {
    /// `Uint64() uint64`.
    fn Uint64(&self) -> u64;
    /// `src.Uint64()` under the std method convention.
    fn uint64(&self) -> u64 {
        self.Uint64()
    }
}

#[allow(non_snake_case)]
impl Source for Iface<dyn Source> {
    fn Uint64(&self) -> u64 {
        (**self).Uint64()
    }
}

crate::go_interface!(Source = "rand.Source" { Uint64 } impls [PCG, ChaCha8]);

/// The runtime's stream as a `Source` (what Go's top-level functions draw from).
#[derive(Clone, Copy, Default)]
struct RuntimeSource;

#[allow(non_snake_case)]
impl Source for RuntimeSource {
    fn Uint64(&self) -> u64 {
        super::runtime_u64()
    }
}

impl GoValue for RuntimeSource {
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_struct(self, verb, &[])
    }
    fn go_type_name() -> String {
        "rand.runtimeSource".into()
    }
}

/// Go's `rand.Rand` (v2). `*rand.Rand` is this handle (`Clone` shares the source); the
/// default has a nil source, so using it panics as Go's nil `*Rand` does.
#[derive(Clone, Default)]
pub struct Rand {
    src: Iface<dyn Source>,
}

/// `rand.New(src)`.
pub fn new(src: &Iface<dyn Source>) -> Rand {
    Rand { src: src.clone() }
}

/// Go's `globalRand`: the top-level functions' `Rand` over the runtime's stream.
fn global() -> &'static Rand {
    static GLOBAL: LazyLock<Rand> = LazyLock::new(|| Rand { src: Iface::new(Arc::new(RuntimeSource)) });
    &GLOBAL
}

impl Rand {
    /// Go's `uint64n`: uniform in `[0, n)` for `n > 0` (Lemire's multiply-and-reject; the
    /// 64-bit path Go takes on 64-bit platforms).
    fn uint64n(&self, n: u64) -> u64 {
        if n & (n - 1) == 0 {
            return self.uint64() & (n - 1);
        }
        let mul = |x: u64| {
            let p = x as u128 * n as u128;
            ((p >> 64) as u64, p as u64)
        };
        let (mut hi, lo) = mul(self.uint64());
        if lo < n {
            let thresh = n.wrapping_neg() % n;
            let mut lo = lo;
            while lo < thresh {
                (hi, lo) = mul(self.uint64());
            }
        }
        hi
    }

    /// `r.Uint64()`.
    pub fn uint64(&self) -> u64 {
        self.src.Uint64()
    }
    /// `r.Uint32()`.
    pub fn uint32(&self) -> u32 {
        (self.uint64() >> 32) as u32
    }
    /// `r.Uint()`.
    pub fn uint(&self) -> u64 {
        self.uint64()
    }
    /// `r.Int64()`: a non-negative `int64`.
    pub fn int64(&self) -> i64 {
        (self.uint64() & !(1 << 63)) as i64
    }
    /// `r.Int32()`: a non-negative `int32`.
    pub fn int32(&self) -> i32 {
        (self.uint64() >> 33) as i32
    }
    /// `r.Int()`: a non-negative `int`.
    pub fn int(&self) -> i64 {
        (self.uint64() << 1 >> 1) as i64
    }
    /// `r.Int64N(n)`; panics like Go for `n <= 0`.
    pub fn int64_n(&self, n: i64) -> i64 {
        if n <= 0 {
            panic_str("invalid argument to Int64N");
        }
        self.uint64n(n as u64) as i64
    }
    /// `r.Uint64N(n)`; panics like Go for `n == 0`.
    pub fn uint64_n(&self, n: u64) -> u64 {
        if n == 0 {
            panic_str("invalid argument to Uint64N");
        }
        self.uint64n(n)
    }
    /// `r.Int32N(n)`; panics like Go for `n <= 0`.
    pub fn int32_n(&self, n: i32) -> i32 {
        if n <= 0 {
            panic_str("invalid argument to Int32N");
        }
        self.uint64n(n as u64) as i32
    }
    /// `r.Uint32N(n)`; panics like Go for `n == 0`.
    pub fn uint32_n(&self, n: u32) -> u32 {
        if n == 0 {
            panic_str("invalid argument to Uint32N");
        }
        self.uint64n(n as u64) as u32
    }
    /// `r.IntN(n)`; panics like Go for `n <= 0`.
    pub fn int_n(&self, n: i64) -> i64 {
        if n <= 0 {
            panic_str("invalid argument to IntN");
        }
        self.uint64n(n as u64) as i64
    }
    /// `r.UintN(n)`; panics like Go for `n == 0`.
    pub fn uint_n(&self, n: u64) -> u64 {
        if n == 0 {
            panic_str("invalid argument to UintN");
        }
        self.uint64n(n)
    }
    /// Go's generic `N` over this `Rand`: uniform in `[0, n)`; panics like Go for `n <= 0`.
    pub fn n<I: IntN>(&self, n: I) -> I::Int {
        match n.bound() {
            Some(b) => I::from_u64(self.uint64n(b)),
            None => panic_str("invalid argument to N"),
        }
    }
    /// `r.Float64()` in [0, 1).
    pub fn float64(&self) -> f64 {
        (self.uint64() << 11 >> 11) as f64 / (1u64 << 53) as f64
    }
    /// `r.Float32()` in [0, 1).
    pub fn float32(&self) -> f32 {
        (self.uint32() << 8 >> 8) as f32 / (1u32 << 24) as f32
    }
    /// `r.Perm(n)`: a random permutation of `0..n` (Go's `Shuffle` of the identity).
    pub fn perm(&self, n: i64) -> Slice<i64> {
        let p = Slice::<i64>::make_len(n);
        let mut v: Vec<i64> = (0..n.max(0)).collect();
        self.shuffle(n, |i, j| v.swap(i as usize, j as usize));
        p.overwrite(v);
        p
    }
    /// `r.Shuffle(n, swap)`; panics like Go for `n < 0`.
    pub fn shuffle(&self, n: i64, mut swap: impl FnMut(i64, i64)) {
        if n < 0 {
            panic_str("invalid argument to Shuffle");
        }
        let mut i = n - 1;
        while i > 0 {
            let j = self.uint64n(i as u64 + 1) as i64;
            swap(i, j);
            i -= 1;
        }
    }
    /// `r.NormFloat64()`: standard normal (Go's ziggurat; v2 takes the draw's low 32 bits as
    /// `j` and bits 32..39 as the layer).
    pub fn norm_float64(&self) -> f64 {
        loop {
            let u = self.uint64();
            if let Some(x) = super::norm_try(u as i32, (u >> 32 & 0x7F) as usize, || self.float64()) {
                return x;
            }
        }
    }
    /// `r.ExpFloat64()`: exponential with rate 1 (Go's ziggurat; v2 takes the draw's low 32
    /// bits as `j` and bits 32..40 as the layer).
    pub fn exp_float64(&self) -> f64 {
        loop {
            let u = self.uint64();
            if let Some(x) = super::exp_try(u as u32, (u >> 32) as u8 as usize, || self.float64()) {
                return x;
            }
        }
    }
}

impl GoValue for Rand {
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_struct(self, verb, &[("src", &self.src)])
    }
    /// `*rand.Rand`: Go programs only ever hold the pointer `rand.New` returns.
    fn go_type_name() -> String {
        "*rand.Rand".into()
    }
    fn go_comparable() -> bool {
        false
    }
}

/// The integer types `rand.N` accepts (by value, or by reference).
pub trait IntN {
    /// The integer type itself.
    type Int;
    /// The bound as a `u64`, `None` when it is not positive.
    fn bound(&self) -> Option<u64>;
    /// A value below the bound, converted back.
    fn from_u64(v: u64) -> Self::Int;
}

/// Every integer type, Go's named ones included (`type Die int`, translated with
/// `go_number!`), by value.
impl<T: Number> IntN for T {
    type Int = T;
    fn bound(&self) -> Option<u64> {
        // `to_i64` keeps the bits of a `uint64` above `MaxInt64`.
        (*self > T::default()).then(|| self.to_i64() as u64)
    }
    fn from_u64(v: u64) -> T {
        T::from_i64(v as i64)
    }
}

/// `time.Duration` is `~int64`: `rand.N(5 * time.Second)`.
impl IntN for Duration {
    type Int = Duration;
    fn bound(&self) -> Option<u64> {
        self.0.bound()
    }
    fn from_u64(v: u64) -> Duration {
        Duration(v as i64)
    }
}

macro_rules! int_n_ref {
    ($($t:ty),*) => {$(
        impl IntN for &$t {
            type Int = $t;
            fn bound(&self) -> Option<u64> {
                (**self).bound()
            }
            fn from_u64(v: u64) -> $t {
                <$t as IntN>::from_u64(v)
            }
        }
    )*};
}
int_n_ref!(i8, i16, i32, i64, u8, u16, u32, u64, Duration);

/// `rand.ExpFloat64()`.
pub fn exp_float64() -> f64 {
    global().exp_float64()
}
/// `rand.Float32()` in [0, 1).
pub fn float32() -> f32 {
    global().float32()
}
/// `rand.Float64()` in [0, 1).
pub fn float64() -> f64 {
    global().float64()
}
/// `rand.Int()`: a non-negative `int`.
pub fn int() -> i64 {
    global().int()
}
/// `rand.Int32()`: a non-negative `int32`.
pub fn int32() -> i32 {
    global().int32()
}
/// `rand.Int32N(n)`; panics like Go for `n <= 0`.
pub fn int32_n(n: i32) -> i32 {
    global().int32_n(n)
}
/// `rand.Int64()`: a non-negative `int64`.
pub fn int64() -> i64 {
    global().int64()
}
/// `rand.Int64N(n)`; panics like Go for `n <= 0`.
pub fn int64_n(n: i64) -> i64 {
    global().int64_n(n)
}
/// `rand.IntN(n)`; panics like Go for `n <= 0`.
pub fn int_n(n: i64) -> i64 {
    global().int_n(n)
}
/// `rand.N(n)`: uniform in `[0, n)` for any integer type; panics like Go for `n <= 0`.
pub fn n<I: IntN>(n: I) -> I::Int {
    global().n(n)
}
/// `rand.NormFloat64()`: standard normal.
pub fn norm_float64() -> f64 {
    global().norm_float64()
}
/// `rand.Perm(n)`: a random permutation of `0..n`.
pub fn perm(n: i64) -> Slice<i64> {
    global().perm(n)
}
/// `rand.Shuffle(n, swap)`; panics like Go for `n < 0`.
pub fn shuffle(n: i64, swap: impl FnMut(i64, i64)) {
    global().shuffle(n, swap)
}
/// `rand.Uint()`.
pub fn uint() -> u64 {
    global().uint()
}
/// `rand.Uint32()`.
pub fn uint32() -> u32 {
    global().uint32()
}
/// `rand.Uint32N(n)`; panics like Go for `n == 0`.
pub fn uint32_n(n: u32) -> u32 {
    global().uint32_n(n)
}
/// `rand.Uint64()`.
pub fn uint64() -> u64 {
    global().uint64()
}
/// `rand.Uint64N(n)`; panics like Go for `n == 0`.
pub fn uint64_n(n: u64) -> u64 {
    global().uint64_n(n)
}
/// `rand.UintN(n)`; panics like Go for `n == 0`.
pub fn uint_n(n: u64) -> u64 {
    global().uint_n(n)
}
