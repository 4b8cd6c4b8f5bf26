//! Go's `rand.ChaCha8`: the ChaCha8Rand generator of `internal/chacha8rand` (C2SP
//! chacha8rand), ported from its generic block function. The four ChaCha8 blocks of one call
//! are interlaced word by word, as Go's SIMD-shaped layout leaves them, so the output order
//! is Go's.

use std::sync::Arc;

use parking_lot::Mutex;

use crate::value::{Array, Error, Slice};

use super::Source;

/// Counter increment between block calls (four blocks per call).
const CTR_INC: u32 = 4;
/// The counter value at which the state reseeds itself.
const CTR_MAX: u32 = 16;
/// `u64`s one block call produces.
const CHUNK: u32 = 32;
/// `u64`s of the last chunk before a reseed kept back as the next seed.
const RESEED: u32 = 4;

/// Go's `chacha8rand.State`.
#[derive(Default)]
struct State {
    buf: [u64; 32],
    seed: [u64; 4],
    i: u32,
    n: u32,
    c: u32,
}

impl State {
    /// Go's `Init`: the seed as four little-endian words, then the first chunk.
    fn init(&mut self, seed: &[u8; 32]) {
        for (k, w) in self.seed.iter_mut().enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(&seed[k * 8..k * 8 + 8]);
            *w = u64::from_le_bytes(b);
        }
        block(&self.seed, &mut self.buf, 0);
        self.c = 0;
        self.i = 0;
        self.n = CHUNK;
    }

    /// Go's `Next`: the next buffered value, `None` when the chunk is used up.
    fn next(&mut self) -> Option<u64> {
        if self.i >= self.n {
            return None;
        }
        let v = self.buf[(self.i & 31) as usize];
        self.i += 1;
        Some(v)
    }

    /// Go's `Refill`: the next chunk; every fourth call first reseeds from the last words of
    /// the previous chunk (which were never handed out).
    fn refill(&mut self) {
        self.c += CTR_INC;
        if self.c == CTR_MAX {
            let tail = (CHUNK - RESEED) as usize;
            self.seed.copy_from_slice(&self.buf[tail..]);
            self.c = 0;
        }
        block(&self.seed, &mut self.buf, self.c);
        self.i = 0;
        self.n = CHUNK;
        if self.c == CTR_MAX - CTR_INC {
            self.n = CHUNK - RESEED;
        }
    }

    /// `ChaCha8.Uint64`.
    fn uint64(&mut self) -> u64 {
        loop {
            if let Some(v) = self.next() {
                return v;
            }
            self.refill();
        }
    }
}

/// The ChaCha8 quarter round.
fn qr(x: &mut [u32; 16], a: usize, b: usize, c: usize, d: usize) {
    x[a] = x[a].wrapping_add(x[b]);
    x[d] = (x[d] ^ x[a]).rotate_left(16);
    x[c] = x[c].wrapping_add(x[d]);
    x[b] = (x[b] ^ x[c]).rotate_left(12);
    x[a] = x[a].wrapping_add(x[b]);
    x[d] = (x[d] ^ x[a]).rotate_left(8);
    x[c] = x[c].wrapping_add(x[d]);
    x[b] = (x[b] ^ x[c]).rotate_left(7);
}

/// Go's `block_generic`: four ChaCha8 blocks (counters `counter..counter+4`) keyed by
/// `seed`, stored interlaced (word `r` of block `i` at 32-bit index `4r + i`) into `buf` as
/// little-endian pairs of 32-bit words. Only the key rows get the feed-forward addition.
fn block(seed: &[u64; 4], buf: &mut [u64; 32], counter: u32) {
    let mut key = [0u32; 8];
    for (k, w) in seed.iter().enumerate() {
        key[2 * k] = *w as u32;
        key[2 * k + 1] = (w >> 32) as u32;
    }
    let mut out = [0u32; 64];
    for i in 0..4u32 {
        let mut init = [0u32; 16];
        // "expand 32-byte k", as ChaCha20.
        init[..4].copy_from_slice(&[0x61707865, 0x3320646e, 0x79622d32, 0x6b206574]);
        init[4..12].copy_from_slice(&key);
        init[12] = counter.wrapping_add(i);
        let mut x = init;
        for _ in 0..4 {
            qr(&mut x, 0, 4, 8, 12);
            qr(&mut x, 1, 5, 9, 13);
            qr(&mut x, 2, 6, 10, 14);
            qr(&mut x, 3, 7, 11, 15);
            qr(&mut x, 0, 5, 10, 15);
            qr(&mut x, 1, 6, 11, 12);
            qr(&mut x, 2, 7, 8, 13);
            qr(&mut x, 3, 4, 9, 14);
        }
        for r in 0..16 {
            let v = if (4..12).contains(&r) { x[r].wrapping_add(init[r]) } else { x[r] };
            out[4 * r + i as usize] = v;
        }
    }
    for (k, w) in buf.iter_mut().enumerate() {
        *w = out[2 * k] as u64 | (out[2 * k + 1] as u64) << 32;
    }
}

/// `ChaCha8`'s state plus the bytes of a `Read` still to be handed out.
#[derive(Default)]
struct Gen {
    state: State,
    /// The last `read_len` bytes are what `Read` has not consumed yet.
    read_buf: [u8; 8],
    read_len: usize,
}

/// Go's `*rand.ChaCha8`; `Clone` shares the state, as copying the pointer does.
#[derive(Clone)]
pub struct ChaCha8(Arc<Mutex<Gen>>);

impl Default for ChaCha8 {
    /// Go's zero `ChaCha8`: the all-zero seed, whose first chunk exists only after a refill.
    fn default() -> Self {
        ChaCha8(Arc::new(Mutex::new(Gen::default())))
    }
}

/// `rand.NewChaCha8(seed)`.
pub fn new_cha_cha8(seed: &Array<u8, 32>) -> ChaCha8 {
    let c = ChaCha8::default();
    c.seed(seed);
    c
}

impl ChaCha8 {
    /// `c.Seed(seed)`: behaves as `NewChaCha8(seed)` from here on.
    pub fn seed(&self, seed: &Array<u8, 32>) {
        let mut g = self.0.lock();
        g.state.init(&seed.0);
        g.read_len = 0;
        g.read_buf = [0; 8];
    }
    /// `c.Uint64()`.
    pub fn uint64(&self) -> u64 {
        self.0.lock().state.uint64()
    }
    /// `c.Read(p)`: fills `p` (leftover bytes of an earlier partial word first, then one
    /// little-endian word per 8 bytes); always `(len(p), nil)`.
    pub fn read(&self, p: &Slice<u8>) -> (i64, Error) {
        let len = p.len() as usize;
        let mut out = Vec::with_capacity(len);
        {
            let mut g = self.0.lock();
            if g.read_len > 0 {
                let take = g.read_len.min(len);
                let start = 8 - g.read_len;
                out.extend_from_slice(&g.read_buf[start..start + take]);
                g.read_len -= take;
            }
            while len - out.len() >= 8 {
                let v = g.state.uint64();
                out.extend_from_slice(&v.to_le_bytes());
            }
            let rest = len - out.len();
            if rest > 0 {
                g.read_buf = g.state.uint64().to_le_bytes();
                out.extend_from_slice(&g.read_buf[..rest]);
                g.read_len = 8 - rest;
            }
        }
        p.overwrite(out);
        (len as i64, Error::nil())
    }
}

#[allow(non_snake_case)]
impl Source for ChaCha8 {
    fn Uint64(&self) -> u64 {
        ChaCha8::uint64(self)
    }
}

crate::handle::ptr_handle!(ChaCha8, "*rand.ChaCha8");
