//! Go's `unicode` basics on runes (`i32`): classes and simple case mapping.

fn ch(r: i32) -> Option<char> {
    char::from_u32(r as u32)
}

/// `unicode.IsSpace`.
pub fn is_space(r: i32) -> bool {
    match r {
        0x09..=0x0D | 0x20 | 0x85 | 0xA0 => true,
        _ if r < 0x100 => false,
        _ => ch(r).is_some_and(char::is_whitespace),
    }
}
/// `unicode.IsLetter`.
pub fn is_letter(r: i32) -> bool {
    if r < 0x80 {
        return (r as u8).is_ascii_alphabetic();
    }
    ch(r).is_some_and(|c| c.is_alphabetic() && !c.is_numeric())
}
/// `unicode.IsDigit`.
pub fn is_digit(r: i32) -> bool {
    if r < 0x80 {
        return (r as u8).is_ascii_digit();
    }
    ch(r).is_some_and(char::is_numeric)
}
/// `unicode.IsNumber`.
pub fn is_number(r: i32) -> bool {
    ch(r).is_some_and(char::is_numeric)
}
/// `unicode.IsUpper`.
pub fn is_upper(r: i32) -> bool {
    ch(r).is_some_and(char::is_uppercase)
}
/// `unicode.IsLower`.
pub fn is_lower(r: i32) -> bool {
    ch(r).is_some_and(char::is_lowercase)
}
/// `unicode.IsTitle`.
pub fn is_title(r: i32) -> bool {
    matches!(r, 0x01C5 | 0x01C8 | 0x01CB | 0x01F2) || (0x1F88..=0x1FAF).contains(&r) && r % 16 >= 8
}
/// `unicode.IsPunct`.
pub fn is_punct(r: i32) -> bool {
    if r < 0x80 {
        let c = r as u8;
        return c.is_ascii_punctuation() && !matches!(c, b'$' | b'+' | b'<' | b'=' | b'>' | b'^' | b'`' | b'|' | b'~');
    }
    ch(r).is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace() && !c.is_control()) && crate::strconv::is_print(r)
}
/// `unicode.IsControl`.
pub fn is_control(r: i32) -> bool {
    (0..0x20).contains(&r) || (0x7F..0xA0).contains(&r)
}
/// `unicode.IsPrint`.
pub fn is_print(r: i32) -> bool {
    crate::strconv::is_print(r)
}
/// `unicode.IsGraphic`.
pub fn is_graphic(r: i32) -> bool {
    crate::strconv::is_graphic(r)
}
/// `unicode.IsSymbol` (ASCII approximation beyond Latin-1 uses "printable, not letter/digit/punct").
pub fn is_symbol(r: i32) -> bool {
    if r < 0x80 {
        return matches!(r as u8, b'$' | b'+' | b'<' | b'=' | b'>' | b'^' | b'`' | b'|' | b'~');
    }
    false
}
fn simple(r: i32, f: impl Fn(char) -> Option<char>) -> i32 {
    match ch(r) {
        Some(c) => f(c).map_or(r, |m| m as i32),
        None => r,
    }
}
/// `unicode.ToUpper` (simple case mapping: one rune to one rune).
pub fn to_upper(r: i32) -> i32 {
    if r < 0x80 {
        return (r as u8).to_ascii_uppercase() as i32;
    }
    simple(r, |c| {
        let mut it = c.to_uppercase();
        let u = it.next()?;
        if it.next().is_some() { None } else { Some(u) }
    })
}
/// `unicode.ToLower`.
pub fn to_lower(r: i32) -> i32 {
    if r < 0x80 {
        return (r as u8).to_ascii_lowercase() as i32;
    }
    simple(r, |c| {
        let mut it = c.to_lowercase();
        let u = it.next()?;
        if it.next().is_some() { None } else { Some(u) }
    })
}
/// `unicode.ToTitle`.
pub fn to_title(r: i32) -> i32 {
    match r {
        0x01C4..=0x01C6 => 0x01C5,
        0x01C7..=0x01C9 => 0x01C8,
        0x01CA..=0x01CC => 0x01CB,
        0x01F1..=0x01F3 => 0x01F2,
        _ => to_upper(r),
    }
}
/// `unicode.MaxRune`.
pub const MAX_RUNE: i32 = 0x10FFFF;
/// `unicode.ReplacementChar`.
pub const REPLACEMENT_CHAR: i32 = 0xFFFD;
