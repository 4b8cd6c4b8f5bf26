//! Go's `path` (slash-separated paths, ported from Go's `path/path.go` and `match.go`):
//! `Clean`, `Join`, `Split`, `Base`, `Dir`, `Ext`, `IsAbs`, `Match`; and [`filepath`], which on
//! Unix is the same algorithms with `/` as the separator.

use std::sync::LazyLock;

use crate::value::{Error, Str};

pub mod filepath;

/// Go's `path.ErrBadPattern`.
pub fn err_bad_pattern() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("syntax error in pattern")));
    E.clone()
}

/// Go's `path.Clean`: the shortest equivalent path (no `.`, no `x/..`, single slashes, no
/// trailing slash except for the root; `""` is `"."`).
pub fn clean(path: &Str) -> Str {
    Str::from_vec(clean_bytes(path.as_bytes()))
}

pub(crate) fn clean_bytes(p: &[u8]) -> Vec<u8> {
    if p.is_empty() {
        return b".".to_vec();
    }
    let rooted = p[0] == b'/';
    let n = p.len();
    let mut out: Vec<u8> = Vec::with_capacity(n);
    // `r`: next byte to read; `dotdot`: where `..` can no longer be backtracked.
    let (mut r, mut dotdot) = (0, 0);
    if rooted {
        out.push(b'/');
        (r, dotdot) = (1, 1);
    }
    while r < n {
        if p[r] == b'/' {
            r += 1;
        } else if p[r] == b'.' && (r + 1 == n || p[r + 1] == b'/') {
            r += 1;
        } else if p[r] == b'.' && p[r + 1] == b'.' && (r + 2 == n || p[r + 2] == b'/') {
            r += 2;
            if out.len() > dotdot {
                // Back up over the last element and the slash before it.
                let mut w = out.len() - 1;
                while w > dotdot && out[w] != b'/' {
                    w -= 1;
                }
                out.truncate(w);
            } else if !rooted {
                if !out.is_empty() {
                    out.push(b'/');
                }
                out.extend_from_slice(b"..");
                dotdot = out.len();
            }
        } else {
            if (rooted && out.len() != 1) || (!rooted && !out.is_empty()) {
                out.push(b'/');
            }
            while r < n && p[r] != b'/' {
                out.push(p[r]);
                r += 1;
            }
        }
    }
    if out.is_empty() {
        return b".".to_vec();
    }
    out
}

/// Go's `path.Split`: the path after its last slash, and everything up to it.
pub fn split(path: &Str) -> (Str, Str) {
    let p = path.as_bytes();
    let i = p.iter().rposition(|&c| c == b'/').map_or(0, |i| i + 1);
    (Str::from_bytes(&p[..i]), Str::from_bytes(&p[i..]))
}

/// Go's `path.Join`: the non-empty elements joined by slashes, cleaned (`""` if all are empty).
pub fn join(elems: &[Str]) -> Str {
    match elems.iter().position(|e| !e.is_empty()) {
        None => Str::lit(""),
        Some(first) => {
            let joined: Vec<u8> = elems[first..].iter().map(|e| e.as_bytes()).collect::<Vec<_>>().join(&b'/');
            Str::from_vec(clean_bytes(&joined))
        }
    }
}

/// Go's `path.Ext`: the suffix from the final dot of the last element (`""` if none).
pub fn ext(path: &Str) -> Str {
    let p = path.as_bytes();
    for i in (0..p.len()).rev() {
        match p[i] {
            b'/' => break,
            b'.' => return Str::from_bytes(&p[i..]),
            _ => {}
        }
    }
    Str::lit("")
}

/// Go's `path.Base`: the last element (trailing slashes dropped; `"."` for `""`, `"/"` for
/// slashes only).
pub fn base(path: &Str) -> Str {
    let mut p = path.as_bytes();
    if p.is_empty() {
        return Str::lit(".");
    }
    while let [rest @ .., b'/'] = p {
        p = rest;
    }
    if let Some(i) = p.iter().rposition(|&c| c == b'/') {
        p = &p[i + 1..];
    }
    if p.is_empty() { Str::lit("/") } else { Str::from_bytes(p) }
}

/// Go's `path.IsAbs`.
pub fn is_abs(path: &Str) -> bool {
    path.as_bytes().first() == Some(&b'/')
}

/// Go's `path.Dir`: all but the last element, cleaned.
pub fn dir(path: &Str) -> Str {
    let (d, _) = split(path);
    clean(&d)
}

/// Go's `path.Match`: whether `name` matches the shell pattern (`*`, `?`, `[…]`, `\\`
/// escapes; `*` and `?` never match `/`); `ErrBadPattern` for a malformed pattern.
pub fn r#match(pattern: &Str, name: &Str) -> (bool, Error) {
    match match_bytes(pattern.as_bytes(), name.as_bytes()) {
        Ok(m) => (m, Error::default()),
        Err(()) => (false, err_bad_pattern()),
    }
}

/// `Match` on bytes; `Err(())` is a bad pattern (each package returns its own error value).
pub(crate) fn match_bytes(mut pattern: &[u8], mut name: &[u8]) -> Result<bool, ()> {
    'pattern: while !pattern.is_empty() {
        let (star, chunk, rest) = scan_chunk(pattern);
        pattern = rest;
        if star && chunk.is_empty() {
            // A trailing `*` matches the rest unless it has a slash.
            return Ok(!name.contains(&b'/'));
        }
        // At the current position; the last chunk must use up the name.
        let r = match_chunk(chunk, name);
        if let Ok(Some(t)) = r {
            if t.is_empty() || !pattern.is_empty() {
                name = t;
                continue;
            }
        }
        r?;
        if star {
            // Skipping i+1 bytes, never a slash.
            let mut i = 0;
            while i < name.len() && name[i] != b'/' {
                match match_chunk(chunk, &name[i + 1..])? {
                    Some(t) if !(pattern.is_empty() && !t.is_empty()) => {
                        name = t;
                        continue 'pattern;
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        // No match: the rest of the pattern must still be well formed.
        while !pattern.is_empty() {
            let (_, chunk, rest) = scan_chunk(pattern);
            pattern = rest;
            match_chunk(chunk, b"")?;
        }
        return Ok(false);
    }
    Ok(name.is_empty())
}

/// Leading stars, then the chunk up to the next star outside a class, then the rest.
fn scan_chunk(mut pattern: &[u8]) -> (bool, &[u8], &[u8]) {
    let mut star = false;
    while let [b'*', rest @ ..] = pattern {
        pattern = rest;
        star = true;
    }
    let mut in_range = false;
    let mut i = 0;
    while i < pattern.len() {
        match pattern[i] {
            b'\\' => {
                // A trailing backslash is reported by `match_chunk`.
                if i + 1 < pattern.len() {
                    i += 1;
                }
            }
            b'[' => in_range = true,
            b']' => in_range = false,
            b'*' if !in_range => break,
            _ => {}
        }
        i += 1;
    }
    (star, &pattern[..i], &pattern[i..])
}

/// Matches `chunk` at the start of `s`: `Ok(Some(rest))`, `Ok(None)` for no match (the chunk is
/// still checked to the end for syntax), `Err(())` for a bad pattern.
fn match_chunk<'a>(mut chunk: &[u8], mut s: &'a [u8]) -> Result<Option<&'a [u8]>, ()> {
    let mut failed = false;
    while let Some(&c) = chunk.first() {
        if !failed && s.is_empty() {
            failed = true;
        }
        match c {
            b'[' => {
                let mut r = 0i32;
                if !failed {
                    let (rr, n) = crate::utf8::decode(s);
                    r = rr;
                    s = &s[n..];
                }
                chunk = &chunk[1..];
                let negated = chunk.first() == Some(&b'^');
                if negated {
                    chunk = &chunk[1..];
                }
                let (mut matched, mut nrange) = (false, 0);
                loop {
                    if chunk.first() == Some(&b']') && nrange > 0 {
                        chunk = &chunk[1..];
                        break;
                    }
                    let (lo, rest) = get_esc(chunk)?;
                    chunk = rest;
                    let mut hi = lo;
                    if chunk[0] == b'-' {
                        let (h, rest) = get_esc(&chunk[1..])?;
                        hi = h;
                        chunk = rest;
                    }
                    if lo <= r && r <= hi {
                        matched = true;
                    }
                    nrange += 1;
                }
                if matched == negated {
                    failed = true;
                }
            }
            b'?' => {
                if !failed {
                    if s[0] == b'/' {
                        failed = true;
                    }
                    let (_, n) = crate::utf8::decode(s);
                    s = &s[n..];
                }
                chunk = &chunk[1..];
            }
            _ => {
                if c == b'\\' {
                    chunk = &chunk[1..];
                    if chunk.is_empty() {
                        return Err(());
                    }
                }
                if !failed {
                    if chunk[0] != s[0] {
                        failed = true;
                    }
                    s = &s[1..];
                }
                chunk = &chunk[1..];
            }
        }
    }
    Ok(if failed { None } else { Some(s) })
}

/// One possibly escaped character of a class, and the rest (which must not be empty).
fn get_esc(mut chunk: &[u8]) -> Result<(i32, &[u8]), ()> {
    if chunk.is_empty() || chunk[0] == b'-' || chunk[0] == b']' {
        return Err(());
    }
    if chunk[0] == b'\\' {
        chunk = &chunk[1..];
        if chunk.is_empty() {
            return Err(());
        }
    }
    let (r, n) = crate::utf8::decode(chunk);
    if r == 0xFFFD && n == 1 {
        return Err(());
    }
    let rest = &chunk[n..];
    if rest.is_empty() {
        return Err(());
    }
    Ok((r, rest))
}
