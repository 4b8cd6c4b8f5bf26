//! Go's `math/rand`: `rand.New(rand.NewSource(seed))` reproduces Go's exact sequences (a
//! port of Go's additive lagged Fibonacci source with its `rngCooked` table, and of every
//! derivation: `Intn`, `Float64`, `Perm`, `Shuffle`, the ziggurat `NormFloat64`/`ExpFloat64`).
//! The top-level functions draw from the runtime's random stream (seeded by `GORT_SEED`
//! when set), as Go's do since 1.20; the top-level `Seed` is a no-op, as in Go 1.24+.
//! `math/rand/v2` is the submodule [`v2`].

// Go's constants are kept as Go writes them (more digits than an f64 holds).
#![allow(clippy::excessive_precision)]

mod tables;
pub mod v2;

use std::sync::Arc;

use parking_lot::Mutex;

use crate::fmt::Printer;
use crate::strings::panic_str;
use crate::value::{GoValue, Iface, Kind, Slice};
use tables::*;

/// A random `u64` from the runtime's seeded source (map iteration order, NaN hashes):
/// the current goroutine's stream, deterministic when `GORT_SEED` is set.
pub(crate) fn runtime_u64() -> u64 {
    crate::rt::rand_u64()
}

const RNG_LEN: usize = 607;
const RNG_TAP: usize = 273;
const RNG_MASK: u64 = (1 << 63) - 1;
const INT32_MAX: i64 = (1 << 31) - 1;

/// Go's `rand.Source`. Translated types implement the Go-named methods.
#[allow(non_snake_case)]
pub trait Source: GoValue {
    /// `Int63() int64`: a non-negative 63-bit value.
    fn Int63(&self) -> i64;
    /// `Seed(seed int64)`.
    fn Seed(&self, seed: i64);
    /// `Uint64()` when the source is a `rand.Source64`.
    fn source64(&self) -> Option<u64> {
        None
    }
    /// `src.Int63()` under the std method convention.
    fn int63(&self) -> i64 {
        self.Int63()
    }
    /// `src.Seed(seed)` under the std method convention.
    fn seed(&self, seed: i64) {
        self.Seed(seed)
    }
}

#[allow(non_snake_case)]
impl Source for Iface<dyn Source> {
    fn Int63(&self) -> i64 {
        (**self).Int63()
    }
    fn Seed(&self, seed: i64) {
        (**self).Seed(seed)
    }
    fn source64(&self) -> Option<u64> {
        (**self).source64()
    }
}

crate::go_interface!(Source = "rand.Source" { Int63, Seed } impls [RngSource]);

struct RngState {
    tap: usize,
    feed: usize,
    vec: [i64; RNG_LEN],
}

/// Go's `seedrand`: one step of the Park–Miller generator used to expand a seed.
fn seedrand(x: i32) -> i32 {
    const A: i32 = 48271;
    const Q: i32 = 44488;
    const R: i32 = 3399;
    let hi = x / Q;
    let lo = x % Q;
    let x = A.wrapping_mul(lo).wrapping_sub(R.wrapping_mul(hi));
    if x < 0 { x.wrapping_add(INT32_MAX as i32) } else { x }
}

impl RngState {
    fn seed(&mut self, seed: i64) {
        self.tap = 0;
        self.feed = RNG_LEN - RNG_TAP;
        let mut seed = seed % INT32_MAX;
        if seed < 0 {
            seed += INT32_MAX;
        }
        if seed == 0 {
            seed = 89482311;
        }
        let mut x = seed as i32;
        for i in -20i64..RNG_LEN as i64 {
            x = seedrand(x);
            if i >= 0 {
                let mut u = (x as i64) << 40;
                x = seedrand(x);
                u ^= (x as i64) << 20;
                x = seedrand(x);
                u ^= x as i64;
                u ^= RNG_COOKED[i as usize];
                self.vec[i as usize] = u;
            }
        }
    }
    fn uint64(&mut self) -> u64 {
        self.tap = if self.tap == 0 { RNG_LEN - 1 } else { self.tap - 1 };
        self.feed = if self.feed == 0 { RNG_LEN - 1 } else { self.feed - 1 };
        let x = self.vec[self.feed].wrapping_add(self.vec[self.tap]);
        self.vec[self.feed] = x;
        x as u64
    }
}

/// Go's `*rand.rngSource` (what `rand.NewSource` returns); `Clone` shares the state.
#[derive(Clone)]
pub struct RngSource(Arc<Mutex<RngState>>);

#[allow(non_snake_case)]
impl Source for RngSource {
    fn Int63(&self) -> i64 {
        (self.0.lock().uint64() & RNG_MASK) as i64
    }
    fn Seed(&self, seed: i64) {
        self.0.lock().seed(seed)
    }
    fn source64(&self) -> Option<u64> {
        Some(self.0.lock().uint64())
    }
}

crate::handle::ptr_handle!(RngSource, "*rand.rngSource");

/// `rand.NewSource(seed)`.
pub fn new_source(seed: i64) -> Iface<dyn Source> {
    let mut st = RngState { tap: 0, feed: 0, vec: [0; RNG_LEN] };
    st.seed(seed);
    Iface::new(Arc::new(RngSource(Arc::new(Mutex::new(st)))))
}

/// The runtime's stream as a `Source64` (what Go's top-level functions draw from).
#[derive(Clone, Copy, Default)]
struct RuntimeSource;

#[allow(non_snake_case)]
impl Source for RuntimeSource {
    fn Int63(&self) -> i64 {
        (runtime_u64() & RNG_MASK) as i64
    }
    fn Seed(&self, _seed: i64) {}
    fn source64(&self) -> Option<u64> {
        Some(runtime_u64())
    }
}

impl GoValue for RuntimeSource {
    fn kind(&self) -> Kind {
        Kind::Ptr
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_pointer(self, 0, verb)
    }
    fn go_type_name() -> String {
        "*rand.runtimeSource".into()
    }
}

/// Go's `rand.Rand`. `*rand.Rand` is this handle (`Clone` shares the source); the default
/// has a nil source, so using it panics as Go's nil `*Rand` does.
#[derive(Clone, Default)]
pub struct Rand {
    src: Iface<dyn Source>,
}

/// `rand.New(src)`.
pub fn new(src: &Iface<dyn Source>) -> Rand {
    Rand { src: src.clone() }
}

fn global() -> Rand {
    Rand { src: Iface::new(Arc::new(RuntimeSource)) }
}

impl Rand {
    /// `r.Seed(seed)`.
    pub fn seed(&self, seed: i64) {
        self.src.Seed(seed)
    }
    /// `r.Int63()`.
    pub fn int63(&self) -> i64 {
        self.src.Int63()
    }
    /// `r.Uint32()`.
    pub fn uint32(&self) -> u32 {
        (self.int63() >> 31) as u32
    }
    /// `r.Uint64()`.
    pub fn uint64(&self) -> u64 {
        if let Some(u) = self.src.source64() {
            return u;
        }
        let a = self.int63() as u64;
        let b = self.int63() as u64;
        a >> 31 | b << 32
    }
    /// `r.Int31()`.
    pub fn int31(&self) -> i32 {
        (self.int63() >> 32) as i32
    }
    /// `r.Int()`.
    pub fn int(&self) -> i64 {
        ((self.int63() as u64) << 1 >> 1) as i64
    }
    /// `r.Int63n(n)`; panics like Go for `n <= 0`.
    pub fn int63n(&self, n: i64) -> i64 {
        if n <= 0 {
            panic_str("invalid argument to Int63n");
        }
        if n & (n - 1) == 0 {
            return self.int63() & (n - 1);
        }
        let max = ((1u64 << 63) - 1 - (1u64 << 63) % n as u64) as i64;
        let mut v = self.int63();
        while v > max {
            v = self.int63();
        }
        v % n
    }
    /// `r.Int31n(n)`; panics like Go for `n <= 0`.
    pub fn int31n(&self, n: i32) -> i32 {
        if n <= 0 {
            panic_str("invalid argument to Int31n");
        }
        if n & (n - 1) == 0 {
            return self.int31() & (n - 1);
        }
        let max = ((1u32 << 31) - 1 - (1u32 << 31) % n as u32) as i32;
        let mut v = self.int31();
        while v > max {
            v = self.int31();
        }
        v % n
    }
    /// Go's unexported `int31n` (Lemire's method), used by `Shuffle`.
    fn int31n_lemire(&self, n: i32) -> i32 {
        let mut v = self.uint32();
        let mut prod = v as u64 * n as u64;
        let mut low = prod as u32;
        if low < n as u32 {
            let thresh = (n as u32).wrapping_neg() % n as u32;
            while low < thresh {
                v = self.uint32();
                prod = v as u64 * n as u64;
                low = prod as u32;
            }
        }
        (prod >> 32) as i32
    }
    /// `r.Intn(n)`; panics like Go for `n <= 0`.
    pub fn intn(&self, n: i64) -> i64 {
        if n <= 0 {
            panic_str("invalid argument to Intn");
        }
        if n <= i32::MAX as i64 {
            return self.int31n(n as i32) as i64;
        }
        self.int63n(n)
    }
    /// `r.Float64()` in [0, 1).
    pub fn float64(&self) -> f64 {
        loop {
            let f = self.int63() as f64 / (1u64 << 63) as f64;
            if f != 1.0 {
                return f;
            }
        }
    }
    /// `r.Float32()` in [0, 1).
    pub fn float32(&self) -> f32 {
        loop {
            let f = self.float64() as f32;
            if f != 1.0 {
                return f;
            }
        }
    }
    /// `r.Perm(n)`: a random permutation of `0..n`.
    pub fn perm(&self, n: i64) -> Slice<i64> {
        let out = Slice::<i64>::make_len(n);
        let mut m = out.to_vec();
        for i in 0..m.len() {
            let j = self.intn(i as i64 + 1) as usize;
            m[i] = m[j];
            m[j] = i as i64;
        }
        out.overwrite(m);
        out
    }
    /// `r.Shuffle(n, swap)`; panics like Go for `n < 0`.
    pub fn shuffle(&self, n: i64, swap: impl Fn(i64, i64)) {
        if n < 0 {
            panic_str("invalid argument to Shuffle");
        }
        let mut i = n - 1;
        while i > (1 << 31) - 1 - 1 {
            let j = self.int63n(i + 1);
            swap(i, j);
            i -= 1;
        }
        while i > 0 {
            let j = self.int31n_lemire((i + 1) as i32) as i64;
            swap(i, j);
            i -= 1;
        }
    }
    /// `r.NormFloat64()`: standard normal (Go's ziggurat; v1 draws `j` from `Uint32` and
    /// takes its low 7 bits as the layer).
    pub fn norm_float64(&self) -> f64 {
        loop {
            let j = self.uint32() as i32;
            if let Some(x) = norm_try(j, (j & 0x7F) as usize, || self.float64()) {
                return x;
            }
        }
    }
    /// `r.ExpFloat64()`: exponential with rate 1 (Go's ziggurat; v1 draws `j` from `Uint32`
    /// and takes its low 8 bits as the layer).
    pub fn exp_float64(&self) -> f64 {
        loop {
            let j = self.uint32();
            if let Some(x) = exp_try(j, (j & 0xFF) as usize, || self.float64()) {
                return x;
            }
        }
    }
}

/// One try of Go's normal ziggurat (Marsaglia & Tsang) for a draw `j` in layer `i`: the
/// value, or `None` when the draw is rejected. `float64` supplies the extra uniforms the tail
/// and the wedges take. v1 and v2 differ only in how they cut `j` and `i` from their draws.
fn norm_try(j: i32, i: usize, float64: impl Fn() -> f64) -> Option<f64> {
    const RN: f64 = 3.442619855899;
    let mut x = j as f64 * WN[i] as f64;
    if j.unsigned_abs() < KN[i] {
        return Some(x);
    }
    if i == 0 {
        loop {
            x = -crate::math::log(float64()) * (1.0 / RN);
            let y = -crate::math::log(float64());
            if y + y >= x * x {
                break;
            }
        }
        return Some(if j > 0 { RN + x } else { -RN - x });
    }
    (FN[i] + (float64() as f32) * (FN[i - 1] - FN[i]) < crate::math::exp(-0.5 * x * x) as f32).then_some(x)
}

/// One try of Go's exponential ziggurat for a draw `j` in layer `i` (see [`norm_try`]).
fn exp_try(j: u32, i: usize, float64: impl Fn() -> f64) -> Option<f64> {
    const RE: f64 = 7.69711747013104972;
    let x = j as f64 * WE[i] as f64;
    if j < KE[i] {
        return Some(x);
    }
    if i == 0 {
        return Some(RE - crate::math::log(float64()));
    }
    (FE[i] + (float64() as f32) * (FE[i - 1] - FE[i]) < crate::math::exp(-x) as f32).then_some(x)
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

/// `rand.Seed(seed)`: a no-op, as in Go 1.24+ (the top-level functions stay random; set
/// `GORT_SEED` for a reproducible run).
pub fn seed(seed: i64) {
    let _ = seed;
}
/// `rand.ExpFloat64()`.
pub fn exp_float64() -> f64 {
    global().exp_float64()
}
/// `rand.Float32()`.
pub fn float32() -> f32 {
    global().float32()
}
/// `rand.Float64()`.
pub fn float64() -> f64 {
    global().float64()
}
/// `rand.Int()`.
pub fn int() -> i64 {
    global().int()
}
/// `rand.Int31()`.
pub fn int31() -> i32 {
    global().int31()
}
/// `rand.Int31n(n)`.
pub fn int31n(n: i32) -> i32 {
    global().int31n(n)
}
/// `rand.Int63()`.
pub fn int63() -> i64 {
    global().int63()
}
/// `rand.Int63n(n)`.
pub fn int63n(n: i64) -> i64 {
    global().int63n(n)
}
/// `rand.Intn(n)`.
pub fn intn(n: i64) -> i64 {
    global().intn(n)
}
/// `rand.NormFloat64()`.
pub fn norm_float64() -> f64 {
    global().norm_float64()
}
/// `rand.Perm(n)`.
pub fn perm(n: i64) -> Slice<i64> {
    global().perm(n)
}
/// `rand.Shuffle(n, swap)`.
pub fn shuffle(n: i64, swap: impl Fn(i64, i64)) {
    global().shuffle(n, swap)
}
/// `rand.Uint32()`.
pub fn uint32() -> u32 {
    global().uint32()
}
/// `rand.Uint64()`.
pub fn uint64() -> u64 {
    global().uint64()
}
