//! Go's `crypto/rand`: the system's random bytes (`/dev/urandom`) as `Reader`, `Read`, `Text`,
//! and `Int` over any `io.Reader` with Go's algorithm (so a deterministic reader gives Go's
//! numbers).

use std::io::Read as _;
use std::sync::{Arc, LazyLock};

use crate::fmt::Printer;
use crate::io::Reader as _;
use crate::math::big::{self, Int};
use crate::value::{Error, GoValue, Iface, Kind, Slice, Str};

/// The system's randomness behind `rand.Reader`.
#[derive(Clone, Copy, Default)]
pub struct SysReader;

/// Fills `buf` with random bytes; Go crashes the program when the system cannot supply them.
fn fill(buf: &mut [u8]) {
    let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(buf)).is_ok();
    if !ok {
        crate::rt::fatal("crypto/rand: failed to read random data (see https://go.dev/issue/66821)");
    }
}

#[allow(non_snake_case)]
impl crate::io::Reader for SysReader {
    fn Read(&self, p: &Slice<u8>) -> (i64, Error) {
        let mut v = vec![0u8; p.len() as usize];
        fill(&mut v);
        for (i, b) in v.into_iter().enumerate() {
            p.set(i as i64, b);
        }
        (p.len(), Error::nil())
    }
}

impl GoValue for SysReader {
    fn kind(&self) -> Kind {
        Kind::Ptr
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_struct(self, verb, &[])
    }
    fn go_type_name() -> String {
        "*rand.reader".into()
    }
}

/// `rand.Reader`.
pub fn reader() -> Iface<dyn crate::io::Reader> {
    static R: LazyLock<Iface<dyn crate::io::Reader>> = LazyLock::new(|| Iface::new(Arc::new(SysReader)));
    R.clone()
}

/// `rand.Read(b)`: fills `b` entirely; never an error (Go 1.24).
pub fn read(b: &Slice<u8>) -> (i64, Error) {
    SysReader.Read(b)
}

/// `rand.Text()`: 26 characters of the standard base32 alphabet (128 bits of randomness).
pub fn text() -> Str {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut src = [0u8; 26];
    fill(&mut src);
    Str::from_vec(src.iter().map(|b| ALPHABET[(b % 32) as usize]).collect())
}

/// `rand.Int(r, max)`: uniform in `[0, max)`, drawing whole bytes from `r` as Go does; panics
/// like Go when `max <= 0`.
pub fn int(r: &Iface<dyn crate::io::Reader>, max: &Int) -> (Int, Error) {
    if max.sign() <= 0 {
        crate::go_panic(crate::value::Any::from_value(Str::lit("crypto/rand: argument to Int is <= 0")));
    }
    let n = big::new_int(0);
    n.sub(max, &big::new_int(1));
    let bit_len = n.bit_len();
    if bit_len == 0 {
        return (n, Error::nil());
    }
    let k = (bit_len + 7) / 8;
    let b = match bit_len % 8 {
        0 => 8,
        b => b,
    };
    let bytes = Slice::<u8>::make_len(k);
    loop {
        let (_, err) = crate::io::read_full(r, &bytes);
        if !err.is_nil() {
            return (Int::nil(), err);
        }
        bytes.set(0, bytes.get(0) & ((1u32 << b) - 1) as u8);
        n.set_int64(0);
        for byte in bytes.to_vec() {
            n.lsh(&n, 8);
            n.add(&n, &big::new_int(byte as i64));
        }
        if n.cmp(max) < 0 {
            return (n, Error::nil());
        }
    }
}
