//! Go's `crypto/sha256`: `Sum256`, `Sum224`, `New`, `New224` (FIPS 180-4; the block function
//! of Go's `sha256block.go`).

use super::{Block, md_algo, new_hash, sum_array};
use crate::hash::Hash;
use crate::value::{Array, Iface, Slice};

/// `sha256.Size`.
pub const SIZE: i64 = 32;
/// `sha256.Size224`.
pub const SIZE224: i64 = 28;
/// `sha256.BlockSize`.
pub const BLOCK_SIZE: i64 = 64;

/// The eight chaining words.
#[derive(Clone)]
pub(crate) struct H([u32; 8]);

const INIT: H = H([0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19]);
const INIT224: H = H([0xC1059ED8, 0x367CD507, 0x3070DD17, 0xF70E5939, 0xFFC00B31, 0x68581511, 0x64F98FA7, 0xBEFA4FA4]);

impl Block for H {
    const CHUNK: usize = 64;
    const LEN_BYTES: usize = 8;
    const BIG_ENDIAN: bool = true;
    fn block(&mut self, p: &[u8]) {
        let mut w = [0u32; 64];
        for i in 0..64 {
            if i < 16 {
                w[i] = u32::from_be_bytes([p[4 * i], p[4 * i + 1], p[4 * i + 2], p[4 * i + 3]]);
            } else {
                let v1 = w[i - 2];
                let t1 = v1.rotate_right(17) ^ v1.rotate_right(19) ^ (v1 >> 10);
                let v2 = w[i - 15];
                let t2 = v2.rotate_right(7) ^ v2.rotate_right(18) ^ (v2 >> 3);
                w[i] = t1.wrapping_add(w[i - 7]).wrapping_add(t2).wrapping_add(w[i - 16]);
            }
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = self.0;
        for (i, wi) in w.iter().enumerate() {
            // SHA-256's constants are the high halves of SHA-512's.
            let k = (super::sha512::K[i] >> 32) as u32;
            let t1 = h
                .wrapping_add(e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25))
                .wrapping_add((e & f) ^ (!e & g))
                .wrapping_add(k)
                .wrapping_add(*wi);
            let t2 = (a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22)).wrapping_add((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (s, v) in self.0.iter_mut().zip([a, b, c, d, e, f, g, h]) {
            *s = s.wrapping_add(v);
        }
    }
    fn bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|w| w.to_be_bytes()).collect()
    }
}

md_algo!(State, H, "*sha256.Digest", 32, INIT);
md_algo!(State224, H, "*sha256.Digest", 28, INIT224);

/// `sha256.Sum256(data)`.
pub fn sum256(data: &Slice<u8>) -> Array<u8, 32> {
    sum_array(State::fresh(), data)
}

/// `sha256.Sum224(data)`.
pub fn sum224(data: &Slice<u8>) -> Array<u8, 28> {
    sum_array(State224::fresh(), data)
}

/// `sha256.New()`.
pub fn new() -> Iface<dyn Hash> {
    new_hash(State::fresh())
}

/// `sha256.New224()`.
pub fn new224() -> Iface<dyn Hash> {
    new_hash(State224::fresh())
}
