//! Go's `crypto/md5`: `Sum` and `New` (RFC 1321).

use std::sync::LazyLock;

use super::{Block, md_algo, new_hash, sum_array};
use crate::hash::Hash;
use crate::value::{Array, Iface, Slice};

/// `md5.Size`.
pub const SIZE: i64 = 16;
/// `md5.BlockSize`.
pub const BLOCK_SIZE: i64 = 64;

/// RFC 1321's table: `T[i] = floor(2^32 · |sin(i + 1)|)` (exact in double precision).
static T: LazyLock<[u32; 64]> = LazyLock::new(|| std::array::from_fn(|i| ((i as f64 + 1.0).sin().abs() * 4294967296.0) as u32));

const SHIFTS: [[u32; 4]; 4] = [[7, 12, 17, 22], [5, 9, 14, 20], [4, 11, 16, 23], [6, 10, 15, 21]];

/// The four chaining words.
#[derive(Clone)]
pub(crate) struct H([u32; 4]);

const INIT: H = H([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]);

impl Block for H {
    const CHUNK: usize = 64;
    const LEN_BYTES: usize = 8;
    const BIG_ENDIAN: bool = false;
    fn block(&mut self, p: &[u8]) {
        let x: [u32; 16] = std::array::from_fn(|i| u32::from_le_bytes([p[4 * i], p[4 * i + 1], p[4 * i + 2], p[4 * i + 3]]));
        let t = &*T;
        let [mut a, mut b, mut c, mut d] = self.0;
        for i in 0..64 {
            let round = i / 16;
            let (f, g) = match round {
                0 => ((b & c) | (!b & d), i),
                1 => ((b & d) | (c & !d), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let s = SHIFTS[round][i % 4];
            let tmp = d;
            d = c;
            c = b;
            b = b.wrapping_add(a.wrapping_add(f).wrapping_add(t[i]).wrapping_add(x[g]).rotate_left(s));
            a = tmp;
        }
        for (s, v) in self.0.iter_mut().zip([a, b, c, d]) {
            *s = s.wrapping_add(v);
        }
    }
    fn bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|w| w.to_le_bytes()).collect()
    }
}

md_algo!(State, H, "*md5.digest", 16, INIT);

/// `md5.Sum(data)`.
pub fn sum(data: &Slice<u8>) -> Array<u8, 16> {
    sum_array(State::fresh(), data)
}

/// `md5.New()`.
pub fn new() -> Iface<dyn Hash> {
    new_hash(State::fresh())
}
