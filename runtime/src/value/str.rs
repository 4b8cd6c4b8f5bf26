//! Go's `string`: immutable bytes (possibly invalid UTF-8) with O(1) clone and substring.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use super::rterr::{panic_index, panic_slice_bounds};
use super::{GoValue, Kind, Layout, Slice};
use crate::fmt::Printer;

/// A Go string. Literals borrow `'static` bytes; everything else shares one `Arc` buffer, so
/// copies and substrings never copy bytes.
#[derive(Clone)]
pub struct Str(Repr);

#[derive(Clone)]
enum Repr {
    Static(&'static [u8]),
    Heap(Arc<[u8]>, u32, u32),
}

impl Str {
    /// A string literal (no allocation; usable in `const`).
    pub const fn lit(s: &'static str) -> Str {
        Str(Repr::Static(s.as_bytes()))
    }
    /// A literal with arbitrary bytes (`"\xff"`).
    pub const fn from_bytes_static(b: &'static [u8]) -> Str {
        Str(Repr::Static(b))
    }
    /// A string copying `b` (Go's `string(bs)`).
    pub fn from_bytes(b: &[u8]) -> Str {
        if b.is_empty() {
            return Str::default();
        }
        Str::from_vec(b.to_vec())
    }
    /// A string owning `v`.
    pub fn from_vec(v: Vec<u8>) -> Str {
        if v.is_empty() {
            return Str::default();
        }
        let n = v.len();
        if n > u32::MAX as usize {
            // Strings beyond 4 GiB keep the whole buffer in their own Arc and can't be sliced
            // cheaply; Go programs that big are out of scope.
            panic!("gort: string of {n} bytes is too long");
        }
        Str(Repr::Heap(Arc::from(v), 0, n as u32))
    }
    /// A string copying a Rust `&str`.
    pub fn copy_from(s: &str) -> Str {
        Str::from_bytes(s.as_bytes())
    }
    /// The string's bytes.
    pub fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            Repr::Static(b) => b,
            Repr::Heap(a, lo, hi) => &a[*lo as usize..*hi as usize],
        }
    }
    /// The bytes as `&str` when they are valid UTF-8, else lossily converted.
    pub fn to_string_lossy(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(self.as_bytes())
    }
    /// Go's `len(s)`.
    pub fn len(&self) -> i64 {
        self.as_bytes().len() as i64
    }
    /// Go's `s == ""`.
    pub fn is_empty(&self) -> bool {
        self.as_bytes().is_empty()
    }
    /// Go's `s[i]`; panics with Go's text when out of range.
    pub fn at(&self, i: i64) -> u8 {
        let b = self.as_bytes();
        if i < 0 || i as u64 >= b.len() as u64 {
            panic_index(i, b.len() as i64)
        }
        b[i as usize]
    }
    /// Go's `s[lo:hi]` (shares the bytes).
    pub fn slice(&self, lo: i64, hi: i64) -> Str {
        let n = self.len();
        if hi < 0 || hi > n {
            panic_slice_bounds(super::rterr::SliceBounds::AlenHi(hi, n));
        }
        if lo < 0 || lo > hi {
            panic_slice_bounds(super::rterr::SliceBounds::LoHi(lo, hi));
        }
        self.sub(lo as usize, hi as usize)
    }
    /// Go's `s[lo:]`.
    pub fn slice_from(&self, lo: i64) -> Str {
        self.slice(lo, self.len())
    }
    /// Go's `s[:hi]`.
    pub fn slice_to(&self, hi: i64) -> Str {
        self.slice(0, hi)
    }
    /// Substring by byte range, in bounds (internal helper; shares the bytes).
    pub(crate) fn sub(&self, lo: usize, hi: usize) -> Str {
        if lo == hi {
            return Str::default();
        }
        match &self.0 {
            Repr::Static(b) => Str(Repr::Static(&b[lo..hi])),
            Repr::Heap(a, base, _) => Str(Repr::Heap(a.clone(), base + lo as u32, base + hi as u32)),
        }
    }
    /// Go's `string(r)` for a rune (invalid code points give U+FFFD).
    pub fn from_rune(r: i32) -> Str {
        let mut v = Vec::with_capacity(4);
        crate::utf8::push_rune(&mut v, r);
        Str::from_vec(v)
    }
    /// Go's `string(runes)`.
    pub fn from_runes(rs: &Slice<i32>) -> Str {
        let mut v = Vec::new();
        rs.for_each(|r| crate::utf8::push_rune(&mut v, *r));
        Str::from_vec(v)
    }
    /// Go's `[]byte(s)` (capacity = length, as Go gives when the result does not escape;
    /// an escaping conversion rounds up to the allocator's size class instead).
    pub fn to_bytes(&self) -> Slice<u8> {
        Slice::from_vec(self.as_bytes().to_vec())
    }
    /// Go's `[]rune(s)` (capacity = length; see `to_bytes`).
    pub fn to_runes(&self) -> Slice<i32> {
        Slice::from_vec(self.runes().map(|(_, r)| r).collect())
    }
    /// Go's `for i, r := range s`: byte offsets and runes, invalid bytes as U+FFFD (width 1).
    pub fn runes(&self) -> Runes {
        Runes { s: self.clone(), pos: 0 }
    }
    /// Go's `s + t` into a new string.
    pub fn concat(parts: &[&Str]) -> Str {
        let n: usize = parts.iter().map(|p| p.as_bytes().len()).sum();
        let mut v = Vec::with_capacity(n);
        for p in parts {
            v.extend_from_slice(p.as_bytes());
        }
        Str::from_vec(v)
    }
    fn repr_ptr(&self) -> usize {
        self.as_bytes().as_ptr() as usize
    }
}

/// Iterator for Go's `for i, r := range s`.
pub struct Runes {
    s: Str,
    pos: usize,
}

impl Iterator for Runes {
    type Item = (i64, i32);
    fn next(&mut self) -> Option<(i64, i32)> {
        let b = self.s.as_bytes();
        if self.pos >= b.len() {
            return None;
        }
        let (r, w) = crate::utf8::decode(&b[self.pos..]);
        let i = self.pos as i64;
        self.pos += w;
        Some((i, r))
    }
}

impl Default for Str {
    fn default() -> Self {
        Str(Repr::Static(b""))
    }
}

impl PartialEq for Str {
    fn eq(&self, other: &Self) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}
impl Eq for Str {}
impl PartialOrd for Str {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Str {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_bytes().cmp(other.as_bytes())
    }
}
impl Hash for Str {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_bytes().hash(state)
    }
}
impl AsRef<[u8]> for Str {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}
impl Borrow<[u8]> for Str {
    fn borrow(&self) -> &[u8] {
        self.as_bytes()
    }
}
impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}
impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl From<&'static str> for Str {
    fn from(s: &'static str) -> Self {
        Str::lit(s)
    }
}
impl From<String> for Str {
    fn from(s: String) -> Self {
        Str::from_vec(s.into_bytes())
    }
}
impl From<Vec<u8>> for Str {
    fn from(v: Vec<u8>) -> Self {
        Str::from_vec(v)
    }
}
impl From<&Slice<u8>> for Str {
    fn from(s: &Slice<u8>) -> Self {
        Str::from_vec(s.to_vec())
    }
}
impl From<Slice<u8>> for Str {
    fn from(s: Slice<u8>) -> Self {
        Str::from_vec(s.to_vec())
    }
}

impl std::ops::Add for Str {
    type Output = Str;
    fn add(self, rhs: Str) -> Str {
        &self + &rhs
    }
}
impl std::ops::Add<&Str> for Str {
    type Output = Str;
    fn add(self, rhs: &Str) -> Str {
        &self + rhs
    }
}
impl std::ops::Add<&Str> for &Str {
    type Output = Str;
    fn add(self, rhs: &Str) -> Str {
        if rhs.is_empty() {
            return self.clone();
        }
        if self.is_empty() {
            return rhs.clone();
        }
        Str::concat(&[self, rhs])
    }
}
impl std::ops::Add<&'static str> for Str {
    type Output = Str;
    fn add(self, rhs: &'static str) -> Str {
        &self + &Str::lit(rhs)
    }
}
impl std::ops::AddAssign for Str {
    fn add_assign(&mut self, rhs: Str) {
        *self = &*self + &rhs;
    }
}
impl std::ops::AddAssign<&Str> for Str {
    fn add_assign(&mut self, rhs: &Str) {
        *self = &*self + rhs;
    }
}
impl std::ops::AddAssign<&'static str> for Str {
    fn add_assign(&mut self, rhs: &'static str) {
        *self = &*self + &Str::lit(rhs);
    }
}

impl std::fmt::Display for Str {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_string_lossy())
    }
}
impl std::fmt::Debug for Str {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&String::from_utf8_lossy(&crate::strconv::quote_bytes(self.as_bytes(), false)))
    }
}

impl GoValue for Str {
        fn clone_any(&self) -> Option<crate::Any> {
            Some(crate::Any::from_value(::std::clone::Clone::clone(self)))
        }
    fn kind(&self) -> Kind {
        Kind::String
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_string(self, self.as_bytes(), verb)
    }
    fn basic(&self) -> Option<super::Basic> {
        Some(super::Basic::Str(self.clone()))
    }
    fn json_decode(&mut self, d: &mut crate::encoding::json::DecodeState, v: &crate::encoding::json::JsonValue) {
        if let Some(s) = d.string(v) {
            *self = s;
        }
    }
    fn go_zero() -> Option<Self> {
        Some(Str::default())
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        super::eq_by(self, other)
    }
    fn hash_dyn(&self, state: &mut dyn Hasher) {
        state.write(self.as_bytes());
        state.write_u8(0xff);
    }
    fn cmp_dyn(&self, other: &dyn GoValue) -> Ordering {
        other.as_any().downcast_ref::<Str>().map_or(Ordering::Equal, |o| self.cmp(o))
    }
    fn addr(&self) -> usize {
        self.repr_ptr()
    }
    fn go_type_name() -> String {
        "string".into()
    }
    fn go_layout() -> Layout {
        Layout { size: 16, align: 8, pointers: true }
    }
}
