//! Go's `encoding/base64` (`base64.go` ported): `*Encoding` handles for `StdEncoding`,
//! `URLEncoding`, `RawStdEncoding`, `RawURLEncoding` and `NewEncoding`, with `WithPadding`
//! and `Strict`; `EncodeToString`, `DecodeString`, `Encode`, `Decode`, `Append*`, the length
//! methods, and Go's `CorruptInputError` (decoding skips `\r`/`\n` and reports the offset Go
//! reports).

use std::sync::{Arc, LazyLock};

use crate::value::{Error, GoError, Slice, Str};

/// `base64.StdPadding`.
pub const STD_PADDING: i32 = '=' as i32;
/// `base64.NoPadding`.
pub const NO_PADDING: i32 = -1;

/// Go's `base64.CorruptInputError`: the offset of the bad input byte.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CorruptInputError(pub i64);
crate::go_named!(CorruptInputError = "base64.CorruptInputError"(i64) methods(Error));

#[allow(non_snake_case)]
impl GoError for CorruptInputError {
    fn Error(&self) -> Str {
        Str::from_vec(format!("illegal base64 data at input byte {}", self.0).into_bytes())
    }
}

struct Alphabet {
    encode: [u8; 64],
    decode_map: [u8; 256],
    pad_char: i32,
    strict: bool,
}

/// Go's `*base64.Encoding`: an immutable alphabet and padding, shared by `Clone`.
#[derive(Clone, Default)]
pub struct Encoding(Option<Arc<Alphabet>>);

fn panic_str(s: &'static str) -> ! {
    crate::go_panic(crate::Any::from_value(Str::lit(s)))
}

/// `base64.NewEncoding(encoder)`: Go's panics for a bad alphabet.
pub fn new_encoding(encoder: &Str) -> Encoding {
    let e = encoder.as_bytes();
    if e.len() != 64 {
        panic_str("encoding alphabet is not 64-bytes long");
    }
    let mut a = Alphabet { encode: [0; 64], decode_map: [0xff; 256], pad_char: STD_PADDING, strict: false };
    a.encode.copy_from_slice(e);
    for (i, &c) in e.iter().enumerate() {
        if c == b'\n' || c == b'\r' {
            panic_str("encoding alphabet contains newline character");
        }
        if a.decode_map[c as usize] != 0xff {
            panic_str("encoding alphabet includes duplicate symbols");
        }
        a.decode_map[c as usize] = i as u8;
    }
    Encoding(Some(Arc::new(a)))
}

const STD_ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL_ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `base64.StdEncoding` (RFC 4648).
pub fn std_encoding() -> Encoding {
    static E: LazyLock<Encoding> = LazyLock::new(|| new_encoding(&Str::lit(STD_ALPHABET)));
    E.clone()
}

/// `base64.URLEncoding` (RFC 4648's URL-safe alphabet).
pub fn url_encoding() -> Encoding {
    static E: LazyLock<Encoding> = LazyLock::new(|| new_encoding(&Str::lit(URL_ALPHABET)));
    E.clone()
}

/// `base64.RawStdEncoding`: standard, unpadded.
pub fn raw_std_encoding() -> Encoding {
    static E: LazyLock<Encoding> = LazyLock::new(|| std_encoding().with_padding(NO_PADDING));
    E.clone()
}

/// `base64.RawURLEncoding`: URL-safe, unpadded.
pub fn raw_url_encoding() -> Encoding {
    static E: LazyLock<Encoding> = LazyLock::new(|| url_encoding().with_padding(NO_PADDING));
    E.clone()
}

impl Encoding {
    fn alphabet(&self) -> &Alphabet {
        match &self.0 {
            Some(a) => a,
            None => crate::value::panic_nil_deref(),
        }
    }

    /// `enc.WithPadding(padding)`: a copy with another padding (Go's panics for a bad one).
    pub fn with_padding(&self, padding: i32) -> Encoding {
        let a = self.alphabet();
        if padding < NO_PADDING || padding == '\r' as i32 || padding == '\n' as i32 || padding > 0xff {
            panic_str("invalid padding");
        }
        if padding != NO_PADDING && a.decode_map[padding as usize] != 0xff {
            panic_str("padding contained in alphabet");
        }
        Encoding(Some(Arc::new(Alphabet { encode: a.encode, decode_map: a.decode_map, pad_char: padding, strict: a.strict })))
    }

    /// `enc.Strict()`: a copy that rejects non-zero trailing bits.
    pub fn strict(&self) -> Encoding {
        let a = self.alphabet();
        Encoding(Some(Arc::new(Alphabet { encode: a.encode, decode_map: a.decode_map, pad_char: a.pad_char, strict: true })))
    }

    /// `enc.EncodedLen(n)`.
    pub fn encoded_len(&self, n: i64) -> i64 {
        if self.alphabet().pad_char == NO_PADDING {
            n / 3 * 4 + (n % 3 * 8 + 5) / 6
        } else {
            (n + 2) / 3 * 4
        }
    }

    /// `enc.DecodedLen(n)`.
    pub fn decoded_len(&self, n: i64) -> i64 {
        if self.alphabet().pad_char == NO_PADDING {
            n / 4 * 3 + n % 4 * 6 / 8
        } else {
            n / 4 * 3
        }
    }

    fn encode_bytes(&self, src: &[u8]) -> Vec<u8> {
        let a = self.alphabet();
        let mut out = Vec::with_capacity(self.encoded_len(src.len() as i64) as usize);
        for chunk in src.chunks(3) {
            let val = (chunk[0] as u32) << 16 | (*chunk.get(1).unwrap_or(&0) as u32) << 8 | *chunk.get(2).unwrap_or(&0) as u32;
            let n = chunk.len() + 1;
            for k in 0..4 {
                if k < n {
                    out.push(a.encode[(val >> (18 - 6 * k) & 0x3f) as usize]);
                } else if a.pad_char != NO_PADDING {
                    out.push(a.pad_char as u8);
                }
            }
        }
        out
    }

    /// Go's `decodeQuantum`: decodes one quantum from `src[si..]` into `dst`; the new offset,
    /// the bytes written and Go's error.
    fn decode_quantum(&self, dst: &mut Vec<u8>, src: &[u8], mut si: usize) -> (usize, Error) {
        let a = self.alphabet();
        let mut dbuf = [0u8; 4];
        let mut dlen = 4;
        let mut err = Error::nil();
        let mut j = 0;
        while j < 4 {
            if src.len() == si {
                if j == 0 {
                    return (si, Error::nil());
                }
                if j == 1 || a.pad_char != NO_PADDING {
                    return (si, corrupt(si - j));
                }
                dlen = j;
                break;
            }
            let c = src[si];
            si += 1;
            let out = a.decode_map[c as usize];
            if out != 0xff {
                dbuf[j] = out;
                j += 1;
                continue;
            }
            if c == b'\n' || c == b'\r' {
                continue;
            }
            if c as i32 != a.pad_char {
                return (si, corrupt(si - 1));
            }
            // A padding character: only valid in the last two places of a quantum.
            match j {
                0 | 1 => return (si, corrupt(si - 1)),
                2 => {
                    while si < src.len() && (src[si] == b'\n' || src[si] == b'\r') {
                        si += 1;
                    }
                    if si == src.len() {
                        return (si, corrupt(src.len()));
                    }
                    if src[si] as i32 != a.pad_char {
                        return (si, corrupt(si - 1));
                    }
                    si += 1;
                }
                _ => {}
            }
            while si < src.len() && (src[si] == b'\n' || src[si] == b'\r') {
                si += 1;
            }
            if si < src.len() {
                err = corrupt(si);
            }
            dlen = j;
            break;
        }
        let val = (dbuf[0] as u32) << 18 | (dbuf[1] as u32) << 12 | (dbuf[2] as u32) << 6 | dbuf[3] as u32;
        let (b0, b1, b2) = ((val >> 16) as u8, (val >> 8) as u8, val as u8);
        match dlen {
            4 => dst.extend_from_slice(&[b0, b1, b2]),
            3 => {
                if a.strict && b2 != 0 {
                    return (si, corrupt(si - 1));
                }
                dst.extend_from_slice(&[b0, b1]);
            }
            2 => {
                if a.strict && (b1 != 0 || b2 != 0) {
                    return (si, corrupt(si - 2));
                }
                dst.push(b0);
            }
            _ => {}
        }
        (si, err)
    }

    /// Go's `Decode` on bytes: what decoded before an error, and the error.
    fn decode_bytes(&self, src: &[u8]) -> (Vec<u8>, Error) {
        let mut out = Vec::with_capacity(src.len() / 4 * 3 + 3);
        let mut si = 0;
        while si < src.len() {
            let (nsi, err) = self.decode_quantum(&mut out, src, si);
            si = nsi;
            if !err.is_nil() {
                return (out, err);
            }
        }
        (out, Error::nil())
    }

    /// `enc.Encode(dst, src)`.
    pub fn encode(&self, dst: &Slice<u8>, src: &Slice<u8>) {
        for (i, b) in self.encode_bytes(&src.to_vec()).into_iter().enumerate() {
            dst.set(i as i64, b);
        }
    }

    /// `enc.AppendEncode(dst, src)`.
    pub fn append_encode(&self, dst: &Slice<u8>, src: &Slice<u8>) -> Slice<u8> {
        dst.append_values(&self.encode_bytes(&src.to_vec()))
    }

    /// `enc.EncodeToString(src)`.
    pub fn encode_to_string(&self, src: &Slice<u8>) -> Str {
        Str::from_vec(self.encode_bytes(&src.to_vec()))
    }

    /// `enc.Decode(dst, src)`: the number of bytes written into `dst`, and Go's error.
    pub fn decode(&self, dst: &Slice<u8>, src: &Slice<u8>) -> (i64, Error) {
        let (out, err) = self.decode_bytes(&src.to_vec());
        for (i, b) in out.iter().enumerate() {
            dst.set(i as i64, *b);
        }
        (out.len() as i64, err)
    }

    /// `enc.AppendDecode(dst, src)`.
    pub fn append_decode(&self, dst: &Slice<u8>, src: &Slice<u8>) -> (Slice<u8>, Error) {
        let (out, err) = self.decode_bytes(&src.to_vec());
        (dst.append_values(&out), err)
    }

    /// `enc.DecodeString(s)`: like Go, a slice of capacity `DecodedLen(len(s))`.
    pub fn decode_string(&self, s: &Str) -> (Slice<u8>, Error) {
        let (out, err) = self.decode_bytes(s.as_bytes());
        let cap = self.decoded_len(s.len()).max(out.len() as i64);
        let dst = Slice::<u8>::make(cap, cap);
        let n = out.len() as i64;
        for (i, b) in out.into_iter().enumerate() {
            dst.set(i as i64, b);
        }
        (dst.slice_to(n), err)
    }
}

fn corrupt(at: usize) -> Error {
    Error::from_err(CorruptInputError(at as i64))
}

crate::handle::ptr_handle!(nilable Encoding, "*base64.Encoding");
