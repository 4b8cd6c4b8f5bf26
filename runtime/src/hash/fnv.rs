//! Go's `hash/fnv`: the FNV-1 and FNV-1a hashes, 32 and 64 bits (`New32`, `New32a`, `New64`,
//! `New64a`), as `hash.Hash32`/`hash.Hash64` values over [`Digest`](super::Digest).

use super::{Algo, Algo32, Algo64, Digest, Hash32, Hash64};
use crate::value::Iface;

const OFFSET32: u32 = 2166136261;
const OFFSET64: u64 = 14695981039346656037;
const PRIME32: u32 = 16777619;
const PRIME64: u64 = 1099511628211;

macro_rules! fnv_state {
    ($t:ident, $name:literal, $w:ty, $size:literal, $offset:expr, $prime:expr, $a:literal) => {
        #[doc = concat!("The state behind Go's `", $name, "`.")]
        #[derive(Clone)]
        pub struct $t($w);

        impl Algo for $t {
            const TYPE_NAME: &'static str = $name;
            const SIZE: i64 = $size;
            const BLOCK_SIZE: i64 = 1;
            fn write(&mut self, p: &[u8]) {
                let mut h = self.0;
                for &c in p {
                    if $a {
                        h ^= c as $w;
                        h = h.wrapping_mul($prime);
                    } else {
                        h = h.wrapping_mul($prime);
                        h ^= c as $w;
                    }
                }
                self.0 = h;
            }
            fn digest(&self) -> Vec<u8> {
                self.0.to_be_bytes().to_vec()
            }
            fn reset(&mut self) {
                self.0 = $offset;
            }
        }
    };
}

fnv_state!(Sum32, "*fnv.sum32", u32, 4, OFFSET32, PRIME32, false);
fnv_state!(Sum32a, "*fnv.sum32a", u32, 4, OFFSET32, PRIME32, true);
fnv_state!(Sum64, "*fnv.sum64", u64, 8, OFFSET64, PRIME64, false);
fnv_state!(Sum64a, "*fnv.sum64a", u64, 8, OFFSET64, PRIME64, true);

impl Algo32 for Sum32 {
    fn sum32(&self) -> u32 {
        self.0
    }
}
impl Algo32 for Sum32a {
    fn sum32(&self) -> u32 {
        self.0
    }
}
impl Algo64 for Sum64 {
    fn sum64(&self) -> u64 {
        self.0
    }
}
impl Algo64 for Sum64a {
    fn sum64(&self) -> u64 {
        self.0
    }
}

/// `fnv.New32()`: a 32-bit FNV-1 hash.
pub fn new32() -> Iface<dyn Hash32> {
    Iface::new(std::sync::Arc::new(Digest::new(Sum32(OFFSET32))))
}

/// `fnv.New32a()`: a 32-bit FNV-1a hash.
pub fn new32a() -> Iface<dyn Hash32> {
    Iface::new(std::sync::Arc::new(Digest::new(Sum32a(OFFSET32))))
}

/// `fnv.New64()`: a 64-bit FNV-1 hash.
pub fn new64() -> Iface<dyn Hash64> {
    Iface::new(std::sync::Arc::new(Digest::new(Sum64(OFFSET64))))
}

/// `fnv.New64a()`: a 64-bit FNV-1a hash.
pub fn new64a() -> Iface<dyn Hash64> {
    Iface::new(std::sync::Arc::new(Digest::new(Sum64a(OFFSET64))))
}
