//! Mirrors of Go's `crypto/md5`, `crypto/sha1`, `crypto/sha256` and `crypto/sha512`: the
//! block functions of Go's generic code, behind one Merkle–Damgård buffer ([`Md`]) that pads
//! as every one of them does. The results are Go's byte arrays (`Sum256` → `[32]byte`) and
//! `hash.Hash` values over [`Digest`](crate::hash::Digest).

pub mod md5;
pub mod rand;
pub mod sha1;
pub mod sha256;
pub mod sha512;

/// A hash's chaining state and block function.
pub(crate) trait Block: Clone + Send + Sync + 'static {
    /// Block size in bytes (64 or 128).
    const CHUNK: usize;
    /// Bytes of the message length in the padding (8, or 16 for SHA-512).
    const LEN_BYTES: usize;
    /// The length is big-endian (little-endian for MD5).
    const BIG_ENDIAN: bool;
    /// Processes one block of `CHUNK` bytes.
    fn block(&mut self, p: &[u8]);
    /// The chaining state as bytes, in the algorithm's byte order.
    fn bytes(&self) -> Vec<u8>;
}

/// A Merkle–Damgård hash in progress: the chaining state, the partial block, the length.
#[derive(Clone)]
pub(crate) struct Md<B: Block> {
    h: B,
    init: B,
    buf: Vec<u8>,
    len: u64,
}

impl<B: Block> Md<B> {
    pub(crate) fn new(init: B) -> Self {
        Md { h: init.clone(), init, buf: Vec::with_capacity(B::CHUNK), len: 0 }
    }

    pub(crate) fn write(&mut self, mut p: &[u8]) {
        self.len = self.len.wrapping_add(p.len() as u64);
        if !self.buf.is_empty() {
            let n = (B::CHUNK - self.buf.len()).min(p.len());
            self.buf.extend_from_slice(&p[..n]);
            p = &p[n..];
            if self.buf.len() == B::CHUNK {
                let buf = std::mem::take(&mut self.buf);
                self.h.block(&buf);
                self.buf = buf;
                self.buf.clear();
            }
        }
        while p.len() >= B::CHUNK {
            self.h.block(&p[..B::CHUNK]);
            p = &p[B::CHUNK..];
        }
        self.buf.extend_from_slice(p);
    }

    /// The first `size` bytes of the final state (padding applied to a copy).
    pub(crate) fn digest(&self, size: usize) -> Vec<u8> {
        let mut d = self.clone();
        let bits = self.len.wrapping_mul(8);
        let rem = (self.len % B::CHUNK as u64) as usize;
        let pad_to = B::CHUNK - B::LEN_BYTES;
        let zeros = if rem < pad_to { pad_to - rem - 1 } else { B::CHUNK + pad_to - rem - 1 };
        let mut tail = vec![0x80u8];
        tail.resize(1 + zeros, 0);
        if B::BIG_ENDIAN {
            tail.resize(tail.len() + B::LEN_BYTES - 8, 0);
            tail.extend_from_slice(&bits.to_be_bytes());
        } else {
            tail.extend_from_slice(&bits.to_le_bytes());
        }
        d.write(&tail);
        debug_assert!(d.buf.is_empty());
        let mut out = d.h.bytes();
        out.truncate(size);
        out
    }

    pub(crate) fn reset(&mut self) {
        self.h = self.init.clone();
        self.buf.clear();
        self.len = 0;
    }
}

/// A state type wrapping [`Md`] as a `hash::Algo` with Go's `%T`, size and block size.
macro_rules! md_algo {
    ($t:ident, $block:ty, $name:literal, $size:expr, $init:expr) => {
        #[doc = concat!("The state behind Go's `", $name, "`.")]
        #[derive(Clone)]
        pub struct $t(crate::crypto::Md<$block>);

        impl $t {
            fn fresh() -> Self {
                $t(crate::crypto::Md::new($init))
            }
        }

        impl crate::hash::Algo for $t {
            const TYPE_NAME: &'static str = $name;
            const SIZE: i64 = $size as i64;
            const BLOCK_SIZE: i64 = <$block as crate::crypto::Block>::CHUNK as i64;
            fn write(&mut self, p: &[u8]) {
                self.0.write(p)
            }
            fn digest(&self) -> Vec<u8> {
                self.0.digest($size)
            }
            fn reset(&mut self) {
                self.0.reset()
            }
        }
    };
}
pub(crate) use md_algo;

/// `Sum*(data)` of a state type: the digest of `data` as Go's `[N]byte`.
pub(crate) fn sum_array<A: crate::hash::Algo, const N: usize>(mut a: A, data: &crate::value::Slice<u8>) -> crate::value::Array<u8, N> {
    a.write(&data.to_vec());
    let d = a.digest();
    let mut out = [0u8; N];
    out.copy_from_slice(&d[..N]);
    crate::value::Array(out)
}

/// A fresh state as the `hash.Hash` Go's `New` returns.
pub(crate) fn new_hash<A: crate::hash::Algo>(a: A) -> crate::value::Iface<dyn crate::hash::Hash> {
    crate::value::Iface::new(std::sync::Arc::new(crate::hash::Digest::new(a)))
}
