//! Go's `encoding/hex` (`hex.go` ported): `EncodeToString`, `DecodeString`, `Encode`,
//! `Decode`, `AppendEncode`, `AppendDecode`, the length functions, `Dump`, and Go's errors
//! (`ErrLength`, `InvalidByteError` with its `%#U` text). A failed decode returns the bytes
//! decoded before the bad input, as Go does.

use std::sync::LazyLock;

use crate::value::{Error, GoError, Slice, Str};

const HEXTABLE: &[u8; 16] = b"0123456789abcdef";

/// Go's `hex.InvalidByteError`: the byte that is not a hex digit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct InvalidByteError(pub u8);
crate::go_named!(InvalidByteError = "hex.InvalidByteError"(u8) methods(Error));

#[allow(non_snake_case)]
impl GoError for InvalidByteError {
    fn Error(&self) -> Str {
        let r = self.0 as i32;
        Str::lit("encoding/hex: invalid byte: ") + &crate::fmt::sprintf(&Str::lit("%#U"), &[&r])
    }
}

/// `hex.ErrLength`.
pub fn err_length() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("encoding/hex: odd length hex string")));
    E.clone()
}

/// `hex.EncodedLen(n)`.
pub fn encoded_len(n: i64) -> i64 {
    n * 2
}

/// `hex.DecodedLen(x)`.
pub fn decoded_len(x: i64) -> i64 {
    x / 2
}

fn encode_bytes(src: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(src.len() * 2);
    for &v in src {
        out.push(HEXTABLE[(v >> 4) as usize]);
        out.push(HEXTABLE[(v & 0x0f) as usize]);
    }
    out
}

fn from_hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Go's `Decode` on bytes: what decoded before an error, and the error.
fn decode_bytes(src: &[u8]) -> (Vec<u8>, Error) {
    let mut out = Vec::with_capacity(src.len() / 2);
    let mut j = 0;
    while j + 1 < src.len() {
        let (p, q) = (src[j], src[j + 1]);
        let Some(a) = from_hex(p) else { return (out, Error::from_err(InvalidByteError(p))) };
        let Some(b) = from_hex(q) else { return (out, Error::from_err(InvalidByteError(q))) };
        out.push(a << 4 | b);
        j += 2;
    }
    if src.len() % 2 == 1 {
        if from_hex(src[j]).is_none() {
            return (out, Error::from_err(InvalidByteError(src[j])));
        }
        return (out, err_length());
    }
    (out, Error::nil())
}

/// `hex.Encode(dst, src)`: writes `2·len(src)` bytes into `dst` (Go's index panic when short).
pub fn encode(dst: &Slice<u8>, src: &Slice<u8>) -> i64 {
    let out = encode_bytes(&src.to_vec());
    for (i, b) in out.iter().enumerate() {
        dst.set(i as i64, *b);
    }
    out.len() as i64
}

/// `hex.AppendEncode(dst, src)`.
pub fn append_encode(dst: &Slice<u8>, src: &Slice<u8>) -> Slice<u8> {
    dst.append_values(&encode_bytes(&src.to_vec()))
}

/// `hex.EncodeToString(src)`.
pub fn encode_to_string(src: &Slice<u8>) -> Str {
    Str::from_vec(encode_bytes(&src.to_vec()))
}

/// `hex.Decode(dst, src)`: the number of bytes written into `dst`, and Go's error.
pub fn decode(dst: &Slice<u8>, src: &Slice<u8>) -> (i64, Error) {
    let (out, err) = decode_bytes(&src.to_vec());
    for (i, b) in out.iter().enumerate() {
        dst.set(i as i64, *b);
    }
    (out.len() as i64, err)
}

/// `hex.AppendDecode(dst, src)`.
pub fn append_decode(dst: &Slice<u8>, src: &Slice<u8>) -> (Slice<u8>, Error) {
    let (out, err) = decode_bytes(&src.to_vec());
    (dst.append_values(&out), err)
}

/// `hex.DecodeString(s)`: like Go, a slice of capacity `len(s)/2` holding what decoded.
pub fn decode_string(s: &Str) -> (Slice<u8>, Error) {
    let (out, err) = decode_bytes(s.as_bytes());
    let n = out.len() as i64;
    let dst = Slice::<u8>::make(decoded_len(s.len()), decoded_len(s.len()));
    for (i, b) in out.into_iter().enumerate() {
        dst.set(i as i64, b);
    }
    (dst.slice_to(n), err)
}

/// `hex.Dump(data)`: Go's `hexdump -C` layout (offset, 16 bytes in two groups, printable
/// characters between bars).
pub fn dump(data: &Slice<u8>) -> Str {
    let data = data.to_vec();
    let mut out = Vec::with_capacity(data.len().div_ceil(16) * 79);
    for (n, chunk) in data.chunks(16).enumerate() {
        out.extend_from_slice(&encode_bytes(&((n * 16) as u32).to_be_bytes()));
        out.extend_from_slice(b"  ");
        for used in 0..16 {
            match chunk.get(used) {
                Some(&b) => out.extend_from_slice(&encode_bytes(&[b])),
                None => out.extend_from_slice(b"  "),
            }
            out.push(b' ');
            if used == 7 {
                out.push(b' ');
            } else if used == 15 {
                out.extend_from_slice(b" |");
            }
        }
        out.extend(chunk.iter().map(|&b| if (32..=126).contains(&b) { b } else { b'.' }));
        out.extend_from_slice(b"|\n");
    }
    Str::from_vec(out)
}
