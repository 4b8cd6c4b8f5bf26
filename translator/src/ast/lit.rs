//! Decoding of Go string and rune literals (escapes, raw strings, invalid UTF-8 bytes).

/// Decodes a string literal's source text including its quotes. `Err` names what is wrong.
pub fn decode_string(src: &[u8]) -> Result<(Vec<u8>, bool), String> {
    if src.len() >= 2 && src[0] == b'`' && src[src.len() - 1] == b'`' {
        // Carriage returns inside raw strings are discarded (Go spec, "String literals").
        let body = &src[1..src.len() - 1];
        return Ok((body.iter().copied().filter(|b| *b != b'\r').collect(), true));
    }
    if src.len() < 2 || src[0] != b'"' || src[src.len() - 1] != b'"' {
        return Err("unterminated string literal".into());
    }
    let body = &src[1..src.len() - 1];
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        if body[i] == b'\\' {
            let (bytes, used) = escape(&body[i..], b'"')?;
            out.extend_from_slice(&bytes);
            i += used;
        } else {
            out.push(body[i]);
            i += 1;
        }
    }
    Ok((out, false))
}

/// Decodes a rune literal's source text including its quotes to its value.
pub fn decode_rune(src: &[u8]) -> Result<i32, String> {
    if src.len() < 3 || src[0] != b'\'' || src[src.len() - 1] != b'\'' {
        return Err("invalid rune literal".into());
    }
    let body = &src[1..src.len() - 1];
    if body[0] == b'\\' {
        let (value, used) = escape_value(body, b'\'')?;
        if used != body.len() {
            return Err("more than one character in rune literal".into());
        }
        return Ok(value);
    }
    let s = std::str::from_utf8(body).map_err(|_| "invalid UTF-8 encoding in rune literal".to_string())?;
    let mut chars = s.chars();
    let c = chars.next().ok_or_else(|| "empty rune literal".to_string())?;
    if chars.next().is_some() {
        return Err("more than one character in rune literal".into());
    }
    Ok(c as i32)
}

/// One escape at the start of `s` (which begins with `\`): its bytes and how much it used.
fn escape(s: &[u8], quote: u8) -> Result<(Vec<u8>, usize), String> {
    let is_byte = matches!(s.get(1), Some(b'x') | Some(b'0'..=b'7'));
    let (value, used) = escape_value(s, quote)?;
    if is_byte {
        return Ok((vec![value as u8], used));
    }
    let c = char::from_u32(value as u32).ok_or_else(|| "escape is an invalid Unicode code point".to_string())?;
    let mut buf = [0u8; 4];
    Ok((c.encode_utf8(&mut buf).as_bytes().to_vec(), used))
}

/// The numeric value of one escape and its length in bytes.
fn escape_value(s: &[u8], quote: u8) -> Result<(i32, usize), String> {
    let Some(&c) = s.get(1) else {
        return Err("escape sequence not terminated".into());
    };
    let simple = match c {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(10),
        b'r' => Some(13),
        b't' => Some(9),
        b'v' => Some(11),
        b'\\' => Some(92),
        _ if c == quote => Some(c as i32),
        _ => None,
    };
    if let Some(v) = simple {
        return Ok((v, 2));
    }
    let (digits, radix, max) = match c {
        b'0'..=b'7' => (3, 8, 255u32),
        b'x' => (2, 16, 255),
        b'u' => (4, 16, 0x10FFFF),
        b'U' => (8, 16, 0x10FFFF),
        _ => return Err("unknown escape sequence".into()),
    };
    let start = if c == b'x' || c == b'u' || c == b'U' { 2 } else { 1 };
    let end = start + digits;
    if s.len() < end {
        return Err("escape sequence not terminated".into());
    }
    let text = std::str::from_utf8(&s[start..end]).map_err(|_| "invalid character in escape sequence".to_string())?;
    let v = u32::from_str_radix(text, radix).map_err(|_| "invalid character in escape sequence".to_string())?;
    if v > max || (0xD800..0xE000).contains(&v) && radix == 16 && digits >= 4 {
        return Err("escape is an invalid Unicode code point".into());
    }
    Ok((v as i32, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings() {
        assert_eq!(decode_string(br#""a\n\x41\101\u00e9\U0001F600""#).unwrap().0, "a\nAAé😀".as_bytes());
        assert_eq!(decode_string(br#""\xff""#).unwrap().0, vec![0xff]);
        assert_eq!(decode_string(b"`a\r\\n`").unwrap(), (b"a\\n".to_vec(), true));
        assert!(decode_string(br#""\q""#).is_err());
        assert!(decode_string(br#""\uD800""#).is_err());
    }

    #[test]
    fn runes() {
        assert_eq!(decode_rune(b"'a'").unwrap(), 97);
        assert_eq!(decode_rune("'é'".as_bytes()).unwrap(), 0xe9);
        assert_eq!(decode_rune(br"'\''").unwrap(), 39);
        assert_eq!(decode_rune(br"'\xff'").unwrap(), 255);
        assert!(decode_rune(b"'ab'").is_err());
        assert!(decode_rune(br#"'\"'"#).is_err());
    }
}
