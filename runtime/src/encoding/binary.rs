//! Go's `encoding/binary` without reflection: the byte orders (`BigEndian`, `LittleEndian`,
//! `NativeEndian`; the `ByteOrder` and `AppendByteOrder` interfaces) and the varint codec
//! (`PutUvarint`, `Uvarint`, `AppendUvarint` and their signed forms, Go's overflow results).
//! `Read`, `Write`, `Size` and the other reflection-driven functions are not mirrored.
//!
//! As in Go, a `Put`/`Uint` call first touches the highest index it needs, so a short slice
//! panics with Go's `index out of range` text before anything is written.

#![allow(non_camel_case_types)]


use crate::value::{GoValue, Iface, Slice, Str, Stringer};

/// `binary.MaxVarintLen16`.
pub const MAX_VARINT_LEN16: i64 = 3;
/// `binary.MaxVarintLen32`.
pub const MAX_VARINT_LEN32: i64 = 5;
/// `binary.MaxVarintLen64`.
pub const MAX_VARINT_LEN64: i64 = 10;

/// Go's `binary.ByteOrder`.
#[allow(non_snake_case)]
pub trait ByteOrder: GoValue {
    fn Uint16(&self, b: &Slice<u8>) -> u16;
    fn Uint32(&self, b: &Slice<u8>) -> u32;
    fn Uint64(&self, b: &Slice<u8>) -> u64;
    fn PutUint16(&self, b: &Slice<u8>, v: u16);
    fn PutUint32(&self, b: &Slice<u8>, v: u32);
    fn PutUint64(&self, b: &Slice<u8>, v: u64);
    fn String(&self) -> Str;
    /// `o.Uint16(b)` under the std method convention.
    fn uint16(&self, b: &Slice<u8>) -> u16 {
        self.Uint16(b)
    }
    /// `o.Uint32(b)` under the std method convention.
    fn uint32(&self, b: &Slice<u8>) -> u32 {
        self.Uint32(b)
    }
    /// `o.Uint64(b)` under the std method convention.
    fn uint64(&self, b: &Slice<u8>) -> u64 {
        self.Uint64(b)
    }
    /// `o.PutUint16(b, v)` under the std method convention.
    fn put_uint16(&self, b: &Slice<u8>, v: u16) {
        self.PutUint16(b, v)
    }
    /// `o.PutUint32(b, v)` under the std method convention.
    fn put_uint32(&self, b: &Slice<u8>, v: u32) {
        self.PutUint32(b, v)
    }
    /// `o.PutUint64(b, v)` under the std method convention.
    fn put_uint64(&self, b: &Slice<u8>, v: u64) {
        self.PutUint64(b, v)
    }
    /// `o.String()` under the std method convention.
    fn string(&self) -> Str {
        self.String()
    }
}

/// Go's `binary.AppendByteOrder`.
#[allow(non_snake_case)]
pub trait AppendByteOrder: GoValue {
    fn AppendUint16(&self, b: &Slice<u8>, v: u16) -> Slice<u8>;
    fn AppendUint32(&self, b: &Slice<u8>, v: u32) -> Slice<u8>;
    fn AppendUint64(&self, b: &Slice<u8>, v: u64) -> Slice<u8>;
    fn String(&self) -> Str;
    /// `o.AppendUint16(b, v)` under the std method convention.
    fn append_uint16(&self, b: &Slice<u8>, v: u16) -> Slice<u8> {
        self.AppendUint16(b, v)
    }
    /// `o.AppendUint32(b, v)` under the std method convention.
    fn append_uint32(&self, b: &Slice<u8>, v: u32) -> Slice<u8> {
        self.AppendUint32(b, v)
    }
    /// `o.AppendUint64(b, v)` under the std method convention.
    fn append_uint64(&self, b: &Slice<u8>, v: u64) -> Slice<u8> {
        self.AppendUint64(b, v)
    }
    /// `o.String()` under the std method convention.
    fn string(&self) -> Str {
        self.String()
    }
}

/// Reads `N` bytes from the front of `b`, touching `b[N-1]` first (Go's bounds check hint).
fn read<const N: usize>(b: &Slice<u8>) -> [u8; N] {
    let _ = b.get(N as i64 - 1);
    let mut out = [0; N];
    for (i, o) in out.iter_mut().enumerate() {
        *o = b.get(i as i64);
    }
    out
}

/// Writes `bytes` at the front of `b`, touching `b[N-1]` first.
fn write<const N: usize>(b: &Slice<u8>, bytes: [u8; N]) {
    let _ = b.get(N as i64 - 1);
    for (i, v) in bytes.into_iter().enumerate() {
        b.set(i as i64, v);
    }
}

/// Go's `binary.bigEndian`, the type of `binary.BigEndian`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct bigEndian;

/// `binary.BigEndian`.
pub fn big_endian() -> bigEndian {
    bigEndian
}

/// The std method convention's calls (inherent, so no trait needs to be in scope).
#[allow(non_snake_case)]
impl bigEndian {
    pub fn uint16(&self, b: &Slice<u8>) -> u16 {
        u16::from_be_bytes(read(b))
    }
    pub fn uint32(&self, b: &Slice<u8>) -> u32 {
        u32::from_be_bytes(read(b))
    }
    pub fn uint64(&self, b: &Slice<u8>) -> u64 {
        u64::from_be_bytes(read(b))
    }
    pub fn put_uint16(&self, b: &Slice<u8>, v: u16) {
        write(b, v.to_be_bytes())
    }
    pub fn put_uint32(&self, b: &Slice<u8>, v: u32) {
        write(b, v.to_be_bytes())
    }
    pub fn put_uint64(&self, b: &Slice<u8>, v: u64) {
        write(b, v.to_be_bytes())
    }
    pub fn append_uint16(&self, b: &Slice<u8>, v: u16) -> Slice<u8> {
        b.append_values(&v.to_be_bytes())
    }
    pub fn append_uint32(&self, b: &Slice<u8>, v: u32) -> Slice<u8> {
        b.append_values(&v.to_be_bytes())
    }
    pub fn append_uint64(&self, b: &Slice<u8>, v: u64) -> Slice<u8> {
        b.append_values(&v.to_be_bytes())
    }
    pub fn string(&self) -> Str {
        Str::lit("BigEndian")
    }
    /// `GoString()`: what `%#v` prints.
    pub fn GoString(&self) -> Str {
        Str::lit("binary.BigEndian")
    }
}

/// Go's `binary.littleEndian`, the type of `binary.LittleEndian`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct littleEndian;

/// `binary.LittleEndian`.
pub fn little_endian() -> littleEndian {
    littleEndian
}

/// The std method convention's calls (inherent, so no trait needs to be in scope).
#[allow(non_snake_case)]
impl littleEndian {
    pub fn uint16(&self, b: &Slice<u8>) -> u16 {
        u16::from_le_bytes(read(b))
    }
    pub fn uint32(&self, b: &Slice<u8>) -> u32 {
        u32::from_le_bytes(read(b))
    }
    pub fn uint64(&self, b: &Slice<u8>) -> u64 {
        u64::from_le_bytes(read(b))
    }
    pub fn put_uint16(&self, b: &Slice<u8>, v: u16) {
        write(b, v.to_le_bytes())
    }
    pub fn put_uint32(&self, b: &Slice<u8>, v: u32) {
        write(b, v.to_le_bytes())
    }
    pub fn put_uint64(&self, b: &Slice<u8>, v: u64) {
        write(b, v.to_le_bytes())
    }
    pub fn append_uint16(&self, b: &Slice<u8>, v: u16) -> Slice<u8> {
        b.append_values(&v.to_le_bytes())
    }
    pub fn append_uint32(&self, b: &Slice<u8>, v: u32) -> Slice<u8> {
        b.append_values(&v.to_le_bytes())
    }
    pub fn append_uint64(&self, b: &Slice<u8>, v: u64) -> Slice<u8> {
        b.append_values(&v.to_le_bytes())
    }
    pub fn string(&self) -> Str {
        Str::lit("LittleEndian")
    }
    /// `GoString()`: what `%#v` prints.
    pub fn GoString(&self) -> Str {
        Str::lit("binary.LittleEndian")
    }
}

/// Go's `binary.nativeEndian`, the type of `binary.NativeEndian`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct nativeEndian;

/// `binary.NativeEndian`.
pub fn native_endian() -> nativeEndian {
    nativeEndian
}

/// The std method convention's calls (inherent, so no trait needs to be in scope).
#[allow(non_snake_case)]
impl nativeEndian {
    pub fn uint16(&self, b: &Slice<u8>) -> u16 {
        u16::from_ne_bytes(read(b))
    }
    pub fn uint32(&self, b: &Slice<u8>) -> u32 {
        u32::from_ne_bytes(read(b))
    }
    pub fn uint64(&self, b: &Slice<u8>) -> u64 {
        u64::from_ne_bytes(read(b))
    }
    pub fn put_uint16(&self, b: &Slice<u8>, v: u16) {
        write(b, v.to_ne_bytes())
    }
    pub fn put_uint32(&self, b: &Slice<u8>, v: u32) {
        write(b, v.to_ne_bytes())
    }
    pub fn put_uint64(&self, b: &Slice<u8>, v: u64) {
        write(b, v.to_ne_bytes())
    }
    pub fn append_uint16(&self, b: &Slice<u8>, v: u16) -> Slice<u8> {
        b.append_values(&v.to_ne_bytes())
    }
    pub fn append_uint32(&self, b: &Slice<u8>, v: u32) -> Slice<u8> {
        b.append_values(&v.to_ne_bytes())
    }
    pub fn append_uint64(&self, b: &Slice<u8>, v: u64) -> Slice<u8> {
        b.append_values(&v.to_ne_bytes())
    }
    pub fn string(&self) -> Str {
        Str::lit("NativeEndian")
    }
    /// `GoString()`: what `%#v` prints.
    pub fn GoString(&self) -> Str {
        Str::lit("binary.NativeEndian")
    }
}

/// `GoValue`, `fmt.Stringer` and the two interfaces for a byte-order type, through its
/// inherent methods.
macro_rules! byte_order_impls {
    ($t:ident, $go_name:literal) => {
        crate::go_struct!($t = $go_name {} methods(String, GoString));

        #[allow(non_snake_case)]
        impl Stringer for $t {
            fn String(&self) -> Str {
                self.string()
            }
        }

        #[allow(non_snake_case)]
        impl ByteOrder for $t {
            fn Uint16(&self, b: &Slice<u8>) -> u16 {
                self.uint16(b)
            }
            fn Uint32(&self, b: &Slice<u8>) -> u32 {
                self.uint32(b)
            }
            fn Uint64(&self, b: &Slice<u8>) -> u64 {
                self.uint64(b)
            }
            fn PutUint16(&self, b: &Slice<u8>, v: u16) {
                self.put_uint16(b, v)
            }
            fn PutUint32(&self, b: &Slice<u8>, v: u32) {
                self.put_uint32(b, v)
            }
            fn PutUint64(&self, b: &Slice<u8>, v: u64) {
                self.put_uint64(b, v)
            }
            fn String(&self) -> Str {
                self.string()
            }
        }

        #[allow(non_snake_case)]
        impl AppendByteOrder for $t {
            fn AppendUint16(&self, b: &Slice<u8>, v: u16) -> Slice<u8> {
                self.append_uint16(b, v)
            }
            fn AppendUint32(&self, b: &Slice<u8>, v: u32) -> Slice<u8> {
                self.append_uint32(b, v)
            }
            fn AppendUint64(&self, b: &Slice<u8>, v: u64) -> Slice<u8> {
                self.append_uint64(b, v)
            }
            fn String(&self) -> Str {
                self.string()
            }
        }
    };
}
byte_order_impls!(bigEndian, "binary.bigEndian");
byte_order_impls!(littleEndian, "binary.littleEndian");
byte_order_impls!(nativeEndian, "binary.nativeEndian");

/// An interface value delegates to its dynamic value (nil panics Go's way).
#[allow(non_snake_case)]
impl ByteOrder for Iface<dyn ByteOrder> {
    fn Uint16(&self, b: &Slice<u8>) -> u16 {
        (**self).Uint16(b)
    }
    fn Uint32(&self, b: &Slice<u8>) -> u32 {
        (**self).Uint32(b)
    }
    fn Uint64(&self, b: &Slice<u8>) -> u64 {
        (**self).Uint64(b)
    }
    fn PutUint16(&self, b: &Slice<u8>, v: u16) {
        (**self).PutUint16(b, v)
    }
    fn PutUint32(&self, b: &Slice<u8>, v: u32) {
        (**self).PutUint32(b, v)
    }
    fn PutUint64(&self, b: &Slice<u8>, v: u64) {
        (**self).PutUint64(b, v)
    }
    fn String(&self) -> Str {
        ByteOrder::String(&**self)
    }
}

/// An interface value delegates to its dynamic value (nil panics Go's way).
#[allow(non_snake_case)]
impl AppendByteOrder for Iface<dyn AppendByteOrder> {
    fn AppendUint16(&self, b: &Slice<u8>, v: u16) -> Slice<u8> {
        (**self).AppendUint16(b, v)
    }
    fn AppendUint32(&self, b: &Slice<u8>, v: u32) -> Slice<u8> {
        (**self).AppendUint32(b, v)
    }
    fn AppendUint64(&self, b: &Slice<u8>, v: u64) -> Slice<u8> {
        (**self).AppendUint64(b, v)
    }
    fn String(&self) -> Str {
        AppendByteOrder::String(&**self)
    }
}

crate::go_interface!(ByteOrder = "binary.ByteOrder" { PutUint16, PutUint32, PutUint64, String, Uint16, Uint32, Uint64 } impls [bigEndian, littleEndian, nativeEndian]);
crate::go_interface!(AppendByteOrder = "binary.AppendByteOrder" { AppendUint16, AppendUint32, AppendUint64, String } impls [bigEndian, littleEndian, nativeEndian]);

/// `binary.AppendUvarint(buf, x)`: one `append` per byte, as Go's loop does (so the capacity
/// grows as in Go).
pub fn append_uvarint(buf: &Slice<u8>, mut x: u64) -> Slice<u8> {
    let mut buf = buf.clone();
    while x >= 0x80 {
        buf = buf.push(x as u8 | 0x80);
        x >>= 7;
    }
    buf.push(x as u8)
}

/// `binary.PutUvarint(buf, x)`: the number of bytes written (Go's index panic when short).
pub fn put_uvarint(buf: &Slice<u8>, mut x: u64) -> i64 {
    let mut i = 0;
    while x >= 0x80 {
        buf.set(i, x as u8 | 0x80);
        x >>= 7;
        i += 1;
    }
    buf.set(i, x as u8);
    i + 1
}

/// `binary.Uvarint(buf)`: the value and the bytes read; `(0, 0)` when `buf` ends too soon,
/// `(0, -n)` when the value overflows 64 bits at byte `n`.
pub fn uvarint(buf: &Slice<u8>) -> (u64, i64) {
    let mut x: u64 = 0;
    let mut s: u32 = 0;
    for (i, b) in buf.iter() {
        if i == MAX_VARINT_LEN64 {
            return (0, -(i + 1));
        }
        if b < 0x80 {
            if i == MAX_VARINT_LEN64 - 1 && b > 1 {
                return (0, -(i + 1));
            }
            return (x | u64::from(b) << s, i + 1);
        }
        x |= u64::from(b & 0x7f) << s;
        s += 7;
    }
    (0, 0)
}

/// Zig-zag: small magnitudes of either sign get short varints.
fn zigzag(x: i64) -> u64 {
    let ux = (x as u64) << 1;
    if x < 0 { !ux } else { ux }
}

/// `binary.AppendVarint(buf, x)`.
pub fn append_varint(buf: &Slice<u8>, x: i64) -> Slice<u8> {
    append_uvarint(buf, zigzag(x))
}

/// `binary.PutVarint(buf, x)`.
pub fn put_varint(buf: &Slice<u8>, x: i64) -> i64 {
    put_uvarint(buf, zigzag(x))
}

/// `binary.Varint(buf)`: as [`uvarint`], zig-zag decoded.
pub fn varint(buf: &Slice<u8>) -> (i64, i64) {
    let (ux, n) = uvarint(buf);
    let x = (ux >> 1) as i64;
    (if ux & 1 != 0 { !x } else { x }, n)
}
