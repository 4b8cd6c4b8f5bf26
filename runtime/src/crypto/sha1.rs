//! Go's `crypto/sha1`: `Sum` and `New` (FIPS 180-4).

use super::{Block, md_algo, new_hash, sum_array};
use crate::hash::Hash;
use crate::value::{Array, Iface, Slice};

/// `sha1.Size`.
pub const SIZE: i64 = 20;
/// `sha1.BlockSize`.
pub const BLOCK_SIZE: i64 = 64;

/// The five chaining words.
#[derive(Clone)]
pub(crate) struct H([u32; 5]);

const INIT: H = H([0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]);

impl Block for H {
    const CHUNK: usize = 64;
    const LEN_BYTES: usize = 8;
    const BIG_ENDIAN: bool = true;
    fn block(&mut self, p: &[u8]) {
        let mut w = [0u32; 80];
        for i in 0..80 {
            w[i] = if i < 16 {
                u32::from_be_bytes([p[4 * i], p[4 * i + 1], p[4 * i + 2], p[4 * i + 3]])
            } else {
                (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1)
            };
        }
        let [mut a, mut b, mut c, mut d, mut e] = self.0;
        for (i, wi) in w.iter().enumerate() {
            let (f, k) = match i / 20 {
                0 => ((b & c) | (!b & d), 0x5A827999),
                1 => (b ^ c ^ d, 0x6ED9EBA1),
                2 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
                _ => (b ^ c ^ d, 0xCA62C1D6u32),
            };
            let t = a.rotate_left(5).wrapping_add(f).wrapping_add(e).wrapping_add(*wi).wrapping_add(k);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (s, v) in self.0.iter_mut().zip([a, b, c, d, e]) {
            *s = s.wrapping_add(v);
        }
    }
    fn bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|w| w.to_be_bytes()).collect()
    }
}

md_algo!(State, H, "*sha1.digest", 20, INIT);

/// `sha1.Sum(data)`.
pub fn sum(data: &Slice<u8>) -> Array<u8, 20> {
    sum_array(State::fresh(), data)
}

/// `sha1.New()`.
pub fn new() -> Iface<dyn Hash> {
    new_hash(State::fresh())
}
