//! Go's `math/rand` and `math/rand/v2` (top-level functions and `Rand` values), seeded by
//! `GORT_SEED` when set. Go's own generator sequences are not reproduced: like Go's top-level
//! functions since 1.20, results are random unless `GORT_SEED` fixes them.

use parking_lot::Mutex;
use std::sync::LazyLock;

use crate::value::Slice;

/// A random `u64` from the runtime's seeded source (map iteration order, NaN hashes):
/// the current goroutine's stream, deterministic when `GORT_SEED` is set.
pub(crate) fn runtime_u64() -> u64 {
    crate::rt::rand_u64()
}

fn initial_seed() -> i64 {
    std::env::var("GORT_SEED").ok().and_then(|s| s.trim().parse::<i64>().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as i64)
    })
}

/// A pseudo-random generator (splitmix64-seeded xoshiro256**).
#[derive(Clone, Debug)]
pub struct Rand {
    s: [u64; 4],
}

fn splitmix(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rand {
    /// `rand.New(rand.NewSource(seed))`.
    pub fn new(seed: i64) -> Rand {
        let mut x = seed as u64;
        Rand { s: [splitmix(&mut x), splitmix(&mut x), splitmix(&mut x), splitmix(&mut x)] }
    }
    /// `r.Uint64()`.
    pub fn uint64(&mut self) -> u64 {
        let r = self.s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        r
    }
    /// `r.Int63()`.
    pub fn int63(&mut self) -> i64 {
        (self.uint64() >> 1) as i64
    }
    /// `r.Uint32()`.
    pub fn uint32(&mut self) -> u32 {
        (self.uint64() >> 32) as u32
    }
    /// `r.Int31()`.
    pub fn int31(&mut self) -> i32 {
        (self.uint64() >> 33) as i32
    }
    /// `r.Int()`.
    pub fn int(&mut self) -> i64 {
        self.int63()
    }
    /// `r.Int63n(n)`; panics like Go for `n <= 0`.
    pub fn int63n(&mut self, n: i64) -> i64 {
        if n <= 0 {
            crate::panic::go_panic(crate::value::Any::from_value(crate::value::Str::lit("invalid argument to Int63n")));
        }
        let n = n as u64;
        // Lemire's nearly-divisionless method (unbiased).
        loop {
            let x = self.uint64();
            let m = (x as u128) * (n as u128);
            let lo = m as u64;
            if lo >= n || lo >= n.wrapping_neg() % n {
                return (m >> 64) as i64;
            }
        }
    }
    /// `r.Intn(n)`; panics like Go for `n <= 0`.
    pub fn intn(&mut self, n: i64) -> i64 {
        if n <= 0 {
            crate::panic::go_panic(crate::value::Any::from_value(crate::value::Str::lit("invalid argument to Intn")));
        }
        self.int63n(n)
    }
    /// `r.Int31n(n)`.
    pub fn int31n(&mut self, n: i32) -> i32 {
        if n <= 0 {
            crate::panic::go_panic(crate::value::Any::from_value(crate::value::Str::lit("invalid argument to Int31n")));
        }
        self.int63n(n as i64) as i32
    }
    /// `r.Float64()` in [0, 1).
    pub fn float64(&mut self) -> f64 {
        (self.uint64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// `r.Float32()` in [0, 1).
    pub fn float32(&mut self) -> f32 {
        (self.uint64() >> 40) as f32 / (1u64 << 24) as f32
    }
    /// `r.Perm(n)`.
    pub fn perm(&mut self, n: i64) -> Slice<i64> {
        let mut v: Vec<i64> = (0..n.max(0)).collect();
        for i in (1..v.len()).rev() {
            let j = self.int63n(i as i64 + 1) as usize;
            v.swap(i, j);
        }
        Slice::from_vec(v)
    }
    /// `r.Shuffle(n, swap)`.
    pub fn shuffle(&mut self, n: i64, mut swap: impl FnMut(i64, i64)) {
        if n < 0 {
            crate::panic::go_panic(crate::value::Any::from_value(crate::value::Str::lit("invalid argument to Shuffle")));
        }
        for i in (1..n).rev() {
            let j = self.int63n(i + 1);
            swap(i, j);
        }
    }
    /// `r.NormFloat64()` (Box–Muller).
    pub fn norm_float64(&mut self) -> f64 {
        let u1 = 1.0 - self.float64();
        let u2 = self.float64();
        (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
    }
    /// `r.ExpFloat64()`.
    pub fn exp_float64(&mut self) -> f64 {
        -(1.0 - self.float64()).ln()
    }
}

static GLOBAL: LazyLock<Mutex<Rand>> = LazyLock::new(|| Mutex::new(Rand::new(initial_seed() ^ 0x5DEECE66D)));

/// `rand.New(rand.NewSource(seed))`.
pub fn new(seed: i64) -> Rand {
    Rand::new(seed)
}
/// `rand.Seed(seed)` (deprecated in Go; reseeds the global source).
pub fn seed(seed: i64) {
    *GLOBAL.lock() = Rand::new(seed);
}
/// `rand.Intn(n)` / `rand.IntN(n)` (v2).
pub fn intn(n: i64) -> i64 {
    GLOBAL.lock().intn(n)
}
/// `rand.Int63n(n)`.
pub fn int63n(n: i64) -> i64 {
    GLOBAL.lock().int63n(n)
}
/// `rand.Int31n(n)`.
pub fn int31n(n: i32) -> i32 {
    GLOBAL.lock().int31n(n)
}
/// `rand.Int()`.
pub fn int() -> i64 {
    GLOBAL.lock().int()
}
/// `rand.Int63()`.
pub fn int63() -> i64 {
    GLOBAL.lock().int63()
}
/// `rand.Int31()`.
pub fn int31() -> i32 {
    GLOBAL.lock().int31()
}
/// `rand.Uint32()`.
pub fn uint32() -> u32 {
    GLOBAL.lock().uint32()
}
/// `rand.Uint64()`.
pub fn uint64() -> u64 {
    GLOBAL.lock().uint64()
}
/// `rand.Float64()`.
pub fn float64() -> f64 {
    GLOBAL.lock().float64()
}
/// `rand.Float32()`.
pub fn float32() -> f32 {
    GLOBAL.lock().float32()
}
/// `rand.Perm(n)`.
pub fn perm(n: i64) -> Slice<i64> {
    GLOBAL.lock().perm(n)
}
/// `rand.Shuffle(n, swap)`: `swap` runs outside the generator's lock.
pub fn shuffle(n: i64, mut swap: impl FnMut(i64, i64)) {
    if n < 0 {
        crate::panic::go_panic(crate::value::Any::from_value(crate::value::Str::lit("invalid argument to Shuffle")));
    }
    for i in (1..n).rev() {
        let j = int63n(i + 1);
        swap(i, j);
    }
}
/// `rand.NormFloat64()`.
pub fn norm_float64() -> f64 {
    GLOBAL.lock().norm_float64()
}
/// `rand.ExpFloat64()`.
pub fn exp_float64() -> f64 {
    GLOBAL.lock().exp_float64()
}
/// `rand.IntN(n)` (math/rand/v2).
pub fn int_n(n: i64) -> i64 {
    intn(n)
}
/// `rand.N(n)` (math/rand/v2) for integer `n`.
pub fn n(n: i64) -> i64 {
    intn(n)
}
