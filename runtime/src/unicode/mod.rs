//! Go's `unicode` on runes (`i32`): the category tests and simple case mapping, on tables
//! generated from Go's own (`tables.rs`, by `tables_gen.go`).

mod tables;

// The statics stay private to the crate; the `unicode.Han`-style variables are public.
pub use tables::*;

/// `unicode.MaxRune`.
pub const MAX_RUNE: i32 = 0x10FFFF;
/// `unicode.ReplacementChar`.
pub const REPLACEMENT_CHAR: i32 = 0xFFFD;
/// `unicode.MaxASCII`.
pub const MAX_ASCII: i32 = 0x7F;
/// `unicode.MaxLatin1`.
pub const MAX_LATIN1: i32 = 0xFF;

/// The `delta` value of `CASE_RANGES` meaning "alternate upper and lower case".
const UPPER_LOWER: i32 = MAX_RUNE + 1;

/// Go's `unicode.Is`: binary search of `(lo, hi, stride)` ranges.
fn in_table(table: &[(u32, u32, u32)], r: i32) -> bool {
    if r < 0 {
        return false;
    }
    let r = r as u32;
    let i = table.partition_point(|&(_, hi, _)| hi < r);
    match table.get(i) {
        Some(&(lo, _, stride)) => r >= lo && (r - lo).is_multiple_of(stride),
        None => false,
    }
}

/// `unicode.IsControl`: the C0 and C1 control codes (Latin-1 only, as in Go).
pub fn is_control(r: i32) -> bool {
    (0..0x20).contains(&r) || (0x7F..0xA0).contains(&r)
}
/// `unicode.IsDigit` (category Nd).
pub fn is_digit(r: i32) -> bool {
    if r <= MAX_LATIN1 {
        return (b'0' as i32..=b'9' as i32).contains(&r);
    }
    in_table(&DIGIT, r)
}
/// `unicode.IsGraphic`: L, M, N, P, S and Zs.
pub fn is_graphic(r: i32) -> bool {
    is_print(r) || in_table(&ZS, r)
}
/// `unicode.IsLetter` (category L).
pub fn is_letter(r: i32) -> bool {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_alphabetic();
    }
    in_table(&LETTER, r)
}
/// `unicode.IsLower` (category Ll).
pub fn is_lower(r: i32) -> bool {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_lowercase();
    }
    in_table(&LOWER, r)
}
/// `unicode.IsMark` (category M).
pub fn is_mark(r: i32) -> bool {
    in_table(&MARK, r)
}
/// `unicode.IsNumber` (category N).
pub fn is_number(r: i32) -> bool {
    in_table(&NUMBER, r)
}
/// `unicode.IsPrint`: L, M, N, P, S and the ASCII space.
pub fn is_print(r: i32) -> bool {
    if r == 0x20 {
        return true;
    }
    in_table(&LETTER, r) || in_table(&MARK, r) || in_table(&NUMBER, r) || in_table(&PUNCT, r) || in_table(&SYMBOL, r)
}
/// `unicode.IsPunct` (category P).
pub fn is_punct(r: i32) -> bool {
    in_table(&PUNCT, r)
}
/// `unicode.IsSpace`: Latin-1 `\t \n \v \f \r`, space, U+0085, U+00A0; beyond, White_Space.
pub fn is_space(r: i32) -> bool {
    if r <= MAX_LATIN1 {
        return matches!(r, 0x09..=0x0D | 0x20 | 0x85 | 0xA0);
    }
    in_table(&WHITE_SPACE, r)
}
/// `unicode.IsSymbol` (category S).
pub fn is_symbol(r: i32) -> bool {
    in_table(&SYMBOL, r)
}
/// `unicode.IsTitle` (category Lt).
pub fn is_title(r: i32) -> bool {
    if r <= MAX_LATIN1 {
        return false;
    }
    in_table(&TITLE, r)
}
/// `unicode.IsUpper` (category Lu).
pub fn is_upper(r: i32) -> bool {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_uppercase();
    }
    in_table(&UPPER, r)
}

/// Go's `unicode.To(case, r)` over `CaseRanges` (0 upper, 1 lower, 2 title).
fn to(case: usize, r: i32) -> i32 {
    if r < 0 {
        return r;
    }
    let u = r as u32;
    let i = CASE_RANGES.partition_point(|&(_, hi, _)| hi < u);
    match CASE_RANGES.get(i) {
        Some(&(lo, _, delta)) if u >= lo => {
            let d = delta[case];
            if d > MAX_RUNE {
                // UPPER_LOWER: upper and lower alternate, starting with upper at `lo`.
                debug_assert_eq!(d, UPPER_LOWER);
                let lo = lo as i32;
                lo + (((r - lo) & !1) | (case as i32 & 1))
            } else {
                r + d
            }
        }
        _ => r,
    }
}

/// `unicode.ToUpper`.
pub fn to_upper(r: i32) -> i32 {
    if (0..0x80).contains(&r) {
        return (r as u8).to_ascii_uppercase() as i32;
    }
    to(0, r)
}
/// `unicode.ToLower`.
pub fn to_lower(r: i32) -> i32 {
    if (0..0x80).contains(&r) {
        return (r as u8).to_ascii_lowercase() as i32;
    }
    to(1, r)
}
/// `unicode.ToTitle`.
pub fn to_title(r: i32) -> i32 {
    if (0..0x80).contains(&r) {
        return (r as u8).to_ascii_uppercase() as i32;
    }
    to(2, r)
}

/// `unicode.SimpleFold`: the next rune of `r`'s case-folding orbit (`A` → `a` → `A`,
/// `K` → `k` → `K` (Kelvin) → `K`).
pub fn simple_fold(r: i32) -> i32 {
    if !(0..=MAX_RUNE).contains(&r) {
        return r;
    }
    if let Ok(i) = FOLD_ORBIT.binary_search_by_key(&(r as u32), |&(from, _)| from) {
        return FOLD_ORBIT[i].1 as i32;
    }
    let l = to_lower(r);
    if l != r { l } else { to_upper(r) }
}

// ---- range tables -----------------------------------------------------------------------------

/// Go's `*unicode.RangeTable`: one of Go's tables (`unicode.Han`, `unicode.Letter`, …; their
/// variables are generated into `tables.rs`) as a handle on its static `(lo, hi, stride)` ranges; `Default` is the nil pointer and `==` is
/// identity, as for Go's pointers.
#[derive(Clone, Copy, Default)]
pub struct RangeTable(Option<&'static [(u32, u32, u32)]>);

impl RangeTable {
    /// The nil `*RangeTable`.
    pub fn nil() -> RangeTable {
        RangeTable(None)
    }
    /// `t == nil`.
    pub fn is_nil(&self) -> bool {
        self.0.is_none()
    }
    fn ranges(&self) -> &'static [(u32, u32, u32)] {
        self.0.unwrap_or_else(|| crate::value::panic_nil_deref())
    }
}

impl PartialEq for RangeTable {
    fn eq(&self, other: &Self) -> bool {
        crate::value::GoValue::addr(self) == crate::value::GoValue::addr(other)
    }
}

impl crate::value::GoValue for RangeTable {
    fn kind(&self) -> crate::value::Kind {
        crate::value::Kind::Ptr
    }
    fn fmt_value(&self, p: &mut crate::fmt::Printer, verb: char) {
        p.fmt_pointer(self, crate::value::GoValue::addr(self), verb)
    }
    fn eq_dyn(&self, other: &dyn crate::value::GoValue) -> bool {
        other.as_any().downcast_ref::<Self>().is_some_and(|o| self == o)
    }
    fn hash_dyn(&self, state: &mut dyn std::hash::Hasher) {
        state.write_usize(crate::value::GoValue::addr(self))
    }
    fn addr(&self) -> usize {
        self.0.map_or(0, |t| t.as_ptr() as usize)
    }
    fn go_type_name() -> String {
        "*unicode.RangeTable".into()
    }
}

/// `unicode.Is(rangeTab, r)`.
pub fn is(range_tab: &RangeTable, r: i32) -> bool {
    in_table(range_tab.ranges(), r)
}

/// `unicode.In(r, ranges...)`: `r` is in one of the tables.
pub fn r#in(r: i32, ranges: &[RangeTable]) -> bool {
    ranges.iter().any(|t| in_table(t.ranges(), r))
}

/// `unicode.IsOneOf(ranges, r)`.
pub fn is_one_of(ranges: &crate::value::Slice<RangeTable>, r: i32) -> bool {
    ranges.iter().any(|(_, t)| in_table(t.ranges(), r))
}
