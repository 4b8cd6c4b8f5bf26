//! Go's `hash` interfaces as traits (`Hash`, `Hash32`, `Hash64`) and [`Digest`], the handle
//! every std hash (`hash/fnv`, `hash/crc32`, `crypto/*`) returns: Go's constructors return an
//! interface holding a pointer to the algorithm's state, so `Clone` shares the state and `==`
//! is identity, as copying that pointer does.
//!
//! As with `io`, a trait's required methods have Go's names (what a translated type that
//! implements the interface defines) and the provided snake_case ones are what calls under the
//! std method convention use.

pub mod crc32;
pub mod fnv;

use std::sync::Arc;

use parking_lot::Mutex;

use crate::fmt::Printer;
use crate::io::Writer;
use crate::value::{Error, GoInterface, GoValue, Iface, Kind, Slice};

/// Go's `hash.Hash`: an `io.Writer` that can report the digest of what was written.
#[allow(non_snake_case)]
pub trait Hash: Writer {
    /// `Sum(b []byte) []byte`: appends the current digest to `b` (the state is unchanged).
    fn Sum(&self, b: &Slice<u8>) -> Slice<u8>;
    /// `Reset()`: back to the initial state.
    fn Reset(&self);
    /// `Size() int`: bytes `Sum` appends.
    fn Size(&self) -> i64;
    /// `BlockSize() int`: the hash's underlying block size.
    fn BlockSize(&self) -> i64;
    /// `h.Sum(b)` under the std method convention.
    fn sum(&self, b: &Slice<u8>) -> Slice<u8> {
        self.Sum(b)
    }
    /// `h.Reset()` under the std method convention.
    fn reset(&self) {
        self.Reset()
    }
    /// `h.Size()` under the std method convention.
    fn size(&self) -> i64 {
        self.Size()
    }
    /// `h.BlockSize()` under the std method convention.
    fn block_size(&self) -> i64 {
        self.BlockSize()
    }
}

/// Go's `hash.Hash32`.
#[allow(non_snake_case)]
pub trait Hash32: Hash {
    /// `Sum32() uint32`.
    fn Sum32(&self) -> u32;
    /// `h.Sum32()` under the std method convention.
    fn sum32(&self) -> u32 {
        self.Sum32()
    }
}

/// Go's `hash.Hash64`.
#[allow(non_snake_case)]
pub trait Hash64: Hash {
    /// `Sum64() uint64`.
    fn Sum64(&self) -> u64;
    /// `h.Sum64()` under the std method convention.
    fn sum64(&self) -> u64 {
        self.Sum64()
    }
}

/// One hash algorithm's state (what Go's `*fnv.sum32a`, `*sha256.Digest`, … point at).
pub trait Algo: Clone + Send + Sync + 'static {
    /// `%T` of Go's pointer to the state (`*fnv.sum32a`).
    const TYPE_NAME: &'static str;
    /// `Size()`.
    const SIZE: i64;
    /// `BlockSize()`.
    const BLOCK_SIZE: i64;
    /// Absorbs `p`.
    fn write(&mut self, p: &[u8]);
    /// The digest of what was written so far, in Go's byte order; the state is unchanged.
    fn digest(&self) -> Vec<u8>;
    /// Back to the initial state (a CRC keeps its table).
    fn reset(&mut self);
}

/// An algorithm whose state is a `Hash32`.
pub trait Algo32: Algo {
    fn sum32(&self) -> u32;
}

/// An algorithm whose state is a `Hash64`.
pub trait Algo64: Algo {
    fn sum64(&self) -> u64;
}

/// A pointer to a hash state: the dynamic value of the `hash.Hash` Go's constructors return.
pub struct Digest<A: Algo>(Arc<Mutex<A>>);

impl<A: Algo> Digest<A> {
    pub(crate) fn new(state: A) -> Self {
        Digest(Arc::new(Mutex::new(state)))
    }
}

impl<A: Algo> Clone for Digest<A> {
    fn clone(&self) -> Self {
        Digest(self.0.clone())
    }
}

#[allow(non_snake_case)]
impl<A: Algo> Writer for Digest<A> {
    /// Hashes never fail to write.
    fn Write(&self, p: &Slice<u8>) -> (i64, Error) {
        let bytes = p.to_vec();
        self.0.lock().write(&bytes);
        (bytes.len() as i64, Error::nil())
    }
    fn write_bytes(&self, b: &[u8]) -> (i64, Error) {
        self.0.lock().write(b);
        (b.len() as i64, Error::nil())
    }
}

#[allow(non_snake_case)]
impl<A: Algo> Hash for Digest<A> {
    fn Sum(&self, b: &Slice<u8>) -> Slice<u8> {
        let d = self.0.lock().digest();
        b.append_values(&d)
    }
    fn Reset(&self) {
        self.0.lock().reset()
    }
    fn Size(&self) -> i64 {
        A::SIZE
    }
    fn BlockSize(&self) -> i64 {
        A::BLOCK_SIZE
    }
}

#[allow(non_snake_case)]
impl<A: Algo32> Hash32 for Digest<A> {
    fn Sum32(&self) -> u32 {
        self.0.lock().sum32()
    }
}

#[allow(non_snake_case)]
impl<A: Algo64> Hash64 for Digest<A> {
    fn Sum64(&self) -> u64 {
        self.0.lock().sum64()
    }
}

impl<A: Algo> GoValue for Digest<A> {
    fn kind(&self) -> Kind {
        Kind::Ptr
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_pointer(self, GoValue::addr(self), verb)
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        other.as_any().downcast_ref::<Self>().is_some_and(|o| Arc::ptr_eq(&self.0, &o.0))
    }
    fn hash_dyn(&self, state: &mut dyn std::hash::Hasher) {
        state.write_usize(GoValue::addr(self))
    }
    fn addr(&self) -> usize {
        Arc::as_ptr(&self.0) as *const u8 as usize
    }
    fn go_type_name() -> String {
        A::TYPE_NAME.into()
    }
}

/// An interface value delegates to its dynamic value (nil panics Go's way).
macro_rules! iface_delegates {
    ($($tr:path),*) => {$(
        #[allow(non_snake_case)]
        impl Writer for Iface<dyn $tr> {
            fn Write(&self, p: &Slice<u8>) -> (i64, Error) {
                (**self).Write(p)
            }
            fn write_bytes(&self, b: &[u8]) -> (i64, Error) {
                (**self).write_bytes(b)
            }
        }
        #[allow(non_snake_case)]
        impl Hash for Iface<dyn $tr> {
            fn Sum(&self, b: &Slice<u8>) -> Slice<u8> {
                (**self).Sum(b)
            }
            fn Reset(&self) {
                (**self).Reset()
            }
            fn Size(&self) -> i64 {
                (**self).Size()
            }
            fn BlockSize(&self) -> i64 {
                (**self).BlockSize()
            }
        }
    )*};
}
iface_delegates!(Hash, Hash32, Hash64);

#[allow(non_snake_case)]
impl Hash32 for Iface<dyn Hash32> {
    fn Sum32(&self) -> u32 {
        (**self).Sum32()
    }
}

#[allow(non_snake_case)]
impl Hash64 for Iface<dyn Hash64> {
    fn Sum64(&self) -> u64 {
        (**self).Sum64()
    }
}

/// Every std hash state, for `x.(hash.Hash)` and conversions between the interfaces.
macro_rules! all_digests {
    ($($m:ident)::+!($($pre:tt)*)) => {
        $($m)::+! { $($pre)* [Digest<fnv::Sum32>, Digest<fnv::Sum32a>, Digest<fnv::Sum64>, Digest<fnv::Sum64a>,
            Digest<crc32::State>, Digest<crate::crypto::md5::State>, Digest<crate::crypto::sha1::State>,
            Digest<crate::crypto::sha256::State>, Digest<crate::crypto::sha256::State224>,
            Digest<crate::crypto::sha512::State>, Digest<crate::crypto::sha512::State384>] }
    };
}

all_digests!(crate::go_interface!(Hash = "hash.Hash" { BlockSize, Reset, Size, Sum, Write } impls));

/// A std hash as an `io.Writer` (`fmt.Fprintf(h, …)`, `io.WriteString(h, s)`).
pub(crate) fn as_writer(v: &Arc<dyn GoValue>) -> Option<Arc<dyn Writer>> {
    <dyn Hash as GoInterface>::from_value_arc(v.clone()).map(|h| h as Arc<dyn Writer>)
}
crate::go_interface!(
    Hash32 = "hash.Hash32" { BlockSize, Reset, Size, Sum, Sum32, Write }
    impls [Digest<fnv::Sum32>, Digest<fnv::Sum32a>, Digest<crc32::State>]
);
crate::go_interface!(
    Hash64 = "hash.Hash64" { BlockSize, Reset, Size, Sum, Sum64, Write }
    impls [Digest<fnv::Sum64>, Digest<fnv::Sum64a>]
);
