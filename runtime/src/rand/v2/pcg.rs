//! Go's `rand.PCG`: a 128-bit LCG step with the DXSM output function, ported from
//! `math/rand/v2/pcg.go` (its multiplier and increment are the 128-bit constants of pcg-cpp).

use std::sync::Arc;

use parking_lot::Mutex;


use super::Source;

/// Go's `*rand.PCG`; `Clone` shares the state, as copying the pointer does. The default is a
/// fresh zero PCG, which Go defines to behave as `NewPCG(0, 0)`.
#[derive(Clone, Default)]
pub struct PCG(Arc<Mutex<State>>);

/// The generator's 128-bit state, as Go's two words.
#[derive(Default)]
struct State {
    hi: u64,
    lo: u64,
}

impl State {
    /// Go's `next`: `state = state * mul + inc` modulo 2^128; the new state.
    fn next(&mut self) -> (u64, u64) {
        const MUL_HI: u64 = 2549297995355413924;
        const MUL_LO: u64 = 4865540595714422341;
        const INC_HI: u64 = 6364136223846793005;
        const INC_LO: u64 = 1442695040888963407;
        let state = (self.hi as u128) << 64 | self.lo as u128;
        let mul = (MUL_HI as u128) << 64 | MUL_LO as u128;
        let inc = (INC_HI as u128) << 64 | INC_LO as u128;
        let next = state.wrapping_mul(mul).wrapping_add(inc);
        self.hi = (next >> 64) as u64;
        self.lo = next as u64;
        (self.hi, self.lo)
    }

    /// Go's `Uint64`: one step, then DXSM ("double xorshift multiply") on the new state.
    fn uint64(&mut self) -> u64 {
        const CHEAP_MUL: u64 = 0xda942042e4dd58b5;
        let (mut hi, lo) = self.next();
        hi ^= hi >> 32;
        hi = hi.wrapping_mul(CHEAP_MUL);
        hi ^= hi >> 48;
        hi.wrapping_mul(lo | 1)
    }
}

/// `rand.NewPCG(seed1, seed2)`.
pub fn new_pcg(seed1: u64, seed2: u64) -> PCG {
    PCG(Arc::new(Mutex::new(State { hi: seed1, lo: seed2 })))
}

impl PCG {
    /// `p.Seed(seed1, seed2)`: behaves as `NewPCG(seed1, seed2)` from here on.
    pub fn seed(&self, seed1: u64, seed2: u64) {
        *self.0.lock() = State { hi: seed1, lo: seed2 };
    }
    /// `p.Uint64()`.
    pub fn uint64(&self) -> u64 {
        self.0.lock().uint64()
    }
}

#[allow(non_snake_case)]
impl Source for PCG {
    fn Uint64(&self) -> u64 {
        PCG::uint64(self)
    }
}

crate::handle::ptr_handle!(PCG, "*rand.PCG");
