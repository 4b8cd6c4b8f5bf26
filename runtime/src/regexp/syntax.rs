//! Go's regexp syntax as the `regex` crate's: both are RE2, but a few escapes mean something
//! else. `translate` rewrites a Go pattern so that the crate matches what Go matches; `classify`
//! turns the crate's parse errors into Go's error codes.

/// Go's Perl classes are ASCII-only (the crate's are Unicode): as bracket-class bodies.
fn perl_class(c: u8) -> Option<(&'static str, bool)> {
    match c {
        b'd' => Some(("0-9", false)),
        b'D' => Some(("0-9", true)),
        b'w' => Some(("0-9A-Za-z_", false)),
        b'W' => Some(("0-9A-Za-z_", true)),
        b's' => Some(("\\t\\n\\f\\r ", false)),
        b'S' => Some(("\\t\\n\\f\\r ", true)),
        _ => None,
    }
}

fn push_literal(out: &mut String, b: u8) {
    if b.is_ascii_alphanumeric() || b == b'_' {
        out.push(b as char);
    } else if b.is_ascii() && !b.is_ascii_control() {
        out.push('\\');
        out.push(b as char);
    } else {
        out.push_str(&format!("\\x{{{b:02X}}}"));
    }
}

/// A `{` starts a repetition only as `{n}`, `{n,}` or `{n,m}`; otherwise Go takes it literally.
fn is_repeat(p: &[u8]) -> bool {
    let Some(close) = p.iter().position(|&c| c == b'}') else { return false };
    let body = &p[1..close];
    let mut parts = body.splitn(2, |&c| c == b',');
    let first = parts.next().unwrap_or_default();
    !first.is_empty() && first.iter().all(u8::is_ascii_digit) && parts.next().is_none_or(|s| s.iter().all(u8::is_ascii_digit))
}

/// The pattern in the crate's syntax, or Go's error code and the offending text.
pub(super) fn translate(p: &[u8]) -> Result<String, (&'static str, Vec<u8>)> {
    let mut out = String::with_capacity(p.len() + 8);
    let mut i = 0;
    let mut in_class = false;
    // Where the repetition operator just copied starts (Go refuses `a**`).
    let mut last_repeat: Option<usize> = None;
    while i < p.len() {
        let c = p[i];
        if !matches!(c, b'*' | b'+' | b'?') && !(c == b'{' && is_repeat(&p[i..])) {
            last_repeat = None;
        }
        if c == b'\\' {
            let Some(&e) = p.get(i + 1) else { return Err(("trailing backslash at end of expression", Vec::new())) };
            if e == b'Q' && !in_class {
                let rest = &p[i + 2..];
                let end = rest.windows(2).position(|w| w == b"\\E").unwrap_or(rest.len());
                for &b in &rest[..end] {
                    push_literal(&mut out, b);
                }
                i += 2 + end + if end < rest.len() { 2 } else { 0 };
                continue;
            }
            if let Some((body, neg)) = perl_class(e) {
                match (in_class, neg) {
                    (true, false) => out.push_str(body),
                    (_, true) => out.push_str(&format!("[^{body}]")),
                    (false, false) => out.push_str(&format!("[{body}]")),
                }
            } else if (e == b'b' || e == b'B') && !in_class {
                out.push_str(if e == b'b' { "(?-u:\\b)" } else { "(?-u:\\B)" });
            } else if e == b'<' || e == b'>' {
                return Err(("invalid escape sequence", p[i..i + 2].to_vec()));
            } else {
                // Anything else (escaped punctuation, \pL, \x41, \n, \A, \z) means the same.
                out.push('\\');
                let len = std::str::from_utf8(&p[i + 1..]).ok().and_then(|s| s.chars().next()).map_or(1, char::len_utf8);
                out.push_str(&String::from_utf8_lossy(&p[i + 1..i + 1 + len]));
                i += 1 + len;
                continue;
            }
            i += 2;
            continue;
        }
        if in_class {
            if p.get(i + 1) == Some(&b'-') && p.get(i + 2).is_some_and(|&h| h != b']' && h != b'\\' && h.is_ascii() && c.is_ascii() && h < c) {
                return Err(("invalid character class range", p[i..i + 3].to_vec()));
            }
            match c {
                b']' if !out.ends_with('[') && !out.ends_with("[^") => in_class = false,
                b'[' if p.get(i + 1) == Some(&b':') => {
                    // `[:alpha:]` inside a class: the same in both.
                    let end = p[i..].windows(2).position(|w| w == b":]").map_or(p.len(), |e| i + e + 2);
                    out.push_str(&String::from_utf8_lossy(&p[i..end]));
                    i = end;
                    continue;
                }
                // The crate's class set operators and nested classes are literals in Go.
                b'[' | b'&' | b'~' => {
                    out.push('\\');
                    out.push(c as char);
                    i += 1;
                    continue;
                }
                b'-' if p.get(i + 1) == Some(&b'-') => {
                    out.push_str("\\-");
                    i += 1;
                    continue;
                }
                _ => {}
            }
        } else if c == b'[' {
            in_class = true;
            out.push('[');
            i += 1;
            if p.get(i) == Some(&b'^') {
                out.push('^');
                i += 1;
            }
            // A `]` first in a class is a literal.
            if p.get(i) == Some(&b']') {
                out.push_str("\\]");
                i += 1;
            }
            continue;
        } else if c == b'{' && !is_repeat(&p[i..]) {
            out.push_str("\\{");
            i += 1;
            continue;
        } else if c == b'*' || c == b'+' || c == b'?' || c == b'{' {
            let len = if c == b'{' { p[i..].iter().position(|&b| b == b'}').map_or(1, |e| e + 1) } else { 1 };
            if c == b'{' {
                let body = String::from_utf8_lossy(&p[i + 1..i + len - 1]).into_owned();
                let mut nums = body.split(',').map(|n| if n.is_empty() { None } else { n.parse::<u64>().ok() });
                let lo = nums.next().flatten().unwrap_or(0);
                let hi = nums.next();
                if lo > 1000 || hi.is_some_and(|h| h.is_some_and(|h| h > 1000 || h < lo)) {
                    return Err(("invalid repeat count", p[i..i + len].to_vec()));
                }
            }
            if let Some(prev) = last_repeat {
                return Err(("invalid nested repetition operator", p[prev..i + len].to_vec()));
            }
            let start = i;
            out.push_str(&String::from_utf8_lossy(&p[i..i + len]));
            i += len;
            // A `?` right after makes the repetition lazy; another operator nests.
            if p.get(i) == Some(&b'?') {
                out.push('?');
                i += 1;
            }
            last_repeat = Some(start);
            continue;
        } else if c == b'}' {
            // Closes a repetition only if one was opened (copied through below).
            let opened = out.rfind('{').is_some_and(|o| !out[..o].ends_with('\\') && !out[o..].contains('}'));
            if !opened {
                out.push_str("\\}");
                i += 1;
                continue;
            }
        }
        let len = std::str::from_utf8(&p[i..(i + 4).min(p.len())]).map_or_else(|e| e.valid_up_to(), |s| s.len());
        let len = std::str::from_utf8(&p[i..i + len.max(1)]).ok().and_then(|s| s.chars().next()).map_or(0, char::len_utf8);
        if len == 0 {
            return Err(("invalid UTF-8", p[i..].to_vec()));
        }
        out.push_str(std::str::from_utf8(&p[i..i + len]).unwrap_or_default());
        i += len;
    }
    Ok(out)
}

/// Go's error code and offending text for a pattern the crate refused (its message names the
/// problem; the text is the whole pattern where Go reports that too).
pub(super) fn classify(p: &[u8], msg: &str) -> (&'static str, Vec<u8>) {
    let whole = p.to_vec();
    let from = |c: u8| p.iter().rposition(|&b| b == c).map_or(whole.clone(), |i| p[i..].to_vec());
    if msg.contains("unclosed group") {
        ("missing closing )", whole)
    } else if msg.contains("unopened group") {
        ("unexpected )", whole)
    } else if msg.contains("unclosed character class") {
        ("missing closing ]", from(b'['))
    } else if msg.contains("repetition operator missing expression") {
        let op = p.iter().find(|b| b"*+?".contains(b)).map_or(Vec::new(), |&b| vec![b]);
        ("missing argument to repetition operator", op)
    } else if msg.contains("invalid range") || msg.contains("class range") {
        ("invalid character class range", whole)
    } else if msg.contains("exceeds size limit") || msg.contains("repetition") && msg.contains("count") {
        ("invalid repeat count", whole)
    } else if msg.contains("group name") || msg.contains("capture group name") {
        let start = find(p, b"(?").unwrap_or(0);
        let end = p[start..].iter().position(|&b| b == b'>').map_or(p.len(), |e| start + e + 1);
        ("invalid named capture", p[start..end].to_vec())
    } else if msg.contains("flag") {
        let start = find(p, b"(?").unwrap_or(0);
        let end = p[start + 2..].iter().position(|b| !b"imsU-".contains(b)).map_or(p.len(), |e| (start + 3 + e).min(p.len()));
        ("invalid or unsupported Perl syntax", p[start..end].to_vec())
    } else if msg.contains("escape") || msg.contains("backreference") || msg.contains("hexadecimal") {
        let at = p.iter().rposition(|&b| b == b'\\').unwrap_or(0);
        ("invalid escape sequence", p[at..(at + 2).min(p.len())].to_vec())
    } else {
        ("invalid syntax", whole)
    }
}

fn find(p: &[u8], needle: &[u8]) -> Option<usize> {
    p.windows(needle.len()).position(|w| w == needle)
}
