//! Go's `regexp` on the `regex` crate (both are RE2: leftmost-first, linear time). Go's API is
//! kept exactly where the two differ: the pattern is rewritten to Go's meaning first
//! (`syntax.rs`: ASCII-only `\d \w \s \b`, `\Q…\E`, a literal `{` that starts no repetition),
//! and the loops of Go's `regexp.go` are ported on top of a single "match at position"
//! primitive, so `FindAll*`, `ReplaceAll*` and `Split` treat empty matches as Go does; `$1` /
//! `${name}` expansion is Go's `expand`. Matching is on bytes: Go strings need not be UTF-8.

mod syntax;

use std::sync::Arc;

use crate::value::{Error, Slice, Str};

struct Inner {
    expr: Str,
    re: regex::bytes::Regex,
    /// Go's `SubexpNames`: `""` for the whole match and unnamed groups.
    names: Vec<Str>,
}

/// Go's `*regexp.Regexp`: a compiled expression, shared by `Clone` (safe for concurrent use,
/// as in Go). The default is Go's nil `*Regexp`.
#[derive(Clone, Default)]
pub struct Regexp(Option<Arc<Inner>>);

/// Go's `*syntax.Error` as `Compile` returns it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SyntaxError {
    code: Str,
    expr: Str,
}
crate::go_struct!(SyntaxError = "syntax.Error" { code: Str, expr: Str } ptr_methods(Error));

impl SyntaxError {
    /// `(*syntax.Error).Error`.
    #[allow(non_snake_case)]
    pub fn Error(this: &crate::Ptr<SyntaxError>) -> Str {
        this.with(|e| Str::lit("error parsing regexp: ") + &e.code + &Str::lit(": `") + &e.expr + &Str::lit("`"))
    }
}

/// `regexp.Compile(expr)`.
pub fn compile(expr: &Str) -> (Regexp, Error) {
    let translated = match syntax::translate(expr.as_bytes()) {
        Ok(t) => t,
        Err((code, frag)) => return (Regexp(None), syntax_error(code, &frag)),
    };
    match regex::bytes::RegexBuilder::new(&translated).size_limit(64 << 20).build() {
        Ok(re) => {
            let names = re.capture_names().map(|n| n.map_or(Str::lit(""), |n| Str::from_vec(n.as_bytes().to_vec()))).collect();
            (Regexp(Some(Arc::new(Inner { expr: expr.clone(), re, names }))), Error::nil())
        }
        Err(e) => {
            let (code, frag) = syntax::classify(expr.as_bytes(), &e.to_string());
            (Regexp(None), syntax_error(code, &frag))
        }
    }
}

fn syntax_error(code: &str, frag: &[u8]) -> Error {
    Error::from_err(crate::Ptr::new(SyntaxError { code: Str::from_vec(code.as_bytes().to_vec()), expr: Str::from_vec(frag.to_vec()) }))
}

/// `regexp.MustCompile(expr)`: panics with Go's text when the expression does not compile.
pub fn must_compile(expr: &Str) -> Regexp {
    let (re, err) = compile(expr);
    if !err.is_nil() {
        let q = if crate::strconv::can_backquote(expr) { Str::lit("`") + expr + &Str::lit("`") } else { crate::strconv::quote(expr) };
        let msg = Str::lit("regexp: Compile(") + &q + &Str::lit("): ") + &err.Error();
        crate::go_panic(crate::Any::from_value(msg));
    }
    re
}

/// `regexp.MatchString(pattern, s)`.
pub fn match_string(pattern: &Str, s: &Str) -> (bool, Error) {
    let (re, err) = compile(pattern);
    if !err.is_nil() {
        return (false, err);
    }
    (re.match_string(s), Error::nil())
}

/// `regexp.QuoteMeta(s)`: every metacharacter escaped.
pub fn quote_meta(s: &Str) -> Str {
    let mut out = Vec::with_capacity(s.as_bytes().len() * 2);
    for &b in s.as_bytes() {
        if br"\.+*?()|[]{}^$".contains(&b) {
            out.push(b'\\');
        }
        out.push(b);
    }
    Str::from_vec(out)
}

/// One match: a start/end pair per group (`None` for a group that did not take part).
type Groups = Vec<Option<(usize, usize)>>;

fn to_ints(m: &Groups) -> Slice<i64> {
    Slice::from_vec(m.iter().flat_map(|g| g.map_or([-1, -1], |(a, b)| [a as i64, b as i64])).collect())
}

fn sub(s: &Str, g: Option<(usize, usize)>) -> Str {
    g.map_or(Str::lit(""), |(a, b)| s.slice(a as i64, b as i64))
}

/// Width of the rune at `pos` (0 at the end), as Go's input step does.
fn width_at(s: &[u8], pos: usize) -> usize {
    if pos >= s.len() {
        return 0;
    }
    let end = (pos + 4).min(s.len());
    match std::str::from_utf8(&s[pos..end]) {
        Ok(t) => t.chars().next().map_or(1, char::len_utf8),
        Err(e) if e.valid_up_to() > 0 => std::str::from_utf8(&s[pos..pos + e.valid_up_to()]).unwrap().chars().next().map_or(1, char::len_utf8),
        Err(_) => 1,
    }
}

impl Regexp {
    fn inner(&self) -> &Inner {
        match &self.0 {
            Some(i) => i,
            None => crate::value::panic_nil_deref(),
        }
    }

    /// Go's `doExecute`: the leftmost-first match starting the search at `pos` (the text
    /// before `pos` still counts for `^` and `\b`).
    fn exec(&self, s: &[u8], pos: usize, caps: bool) -> Option<Groups> {
        let re = &self.inner().re;
        if !caps {
            return re.find_at(s, pos).map(|m| vec![Some((m.start(), m.end()))]);
        }
        let c = re.captures_at(s, pos)?;
        Some((0..c.len()).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect())
    }

    /// Go's `allMatches`: successive non-overlapping matches, an empty match right after a
    /// match ignored; at most `n` (all when `n < 0`).
    fn all(&self, s: &[u8], n: i64, caps: bool) -> Vec<Groups> {
        let n = if n < 0 { s.len() as i64 + 1 } else { n };
        let mut out = Vec::new();
        let (mut pos, mut prev_end) = (0usize, None::<usize>);
        while (out.len() as i64) < n && pos <= s.len() {
            let Some(m) = self.exec(s, pos, caps) else { break };
            let (a, b) = m[0].unwrap_or((0, 0));
            let mut accept = true;
            if b == pos {
                if Some(a) == prev_end {
                    accept = false;
                }
                let w = width_at(s, pos);
                pos = if w > 0 { pos + w } else { s.len() + 1 };
            } else {
                pos = b;
            }
            prev_end = Some(b);
            if accept {
                out.push(m);
            }
        }
        out
    }

    /// Go's `replaceAll`: `repl` appends the replacement of one match.
    fn replace_all(&self, src: &Str, caps: bool, mut repl: impl FnMut(&mut Vec<u8>, &Groups)) -> Str {
        let s = src.as_bytes();
        let mut buf = Vec::with_capacity(s.len());
        let (mut last_end, mut search) = (0usize, 0usize);
        while search <= s.len() {
            let Some(m) = self.exec(s, search, caps) else { break };
            let (a, b) = m[0].unwrap_or((0, 0));
            buf.extend_from_slice(&s[last_end..a]);
            if b > last_end || a == 0 {
                repl(&mut buf, &m);
            }
            last_end = b;
            let w = width_at(s, search);
            search = if search + w > b {
                search + w
            } else if search + 1 > b {
                search + 1
            } else {
                b
            };
        }
        buf.extend_from_slice(&s[last_end..]);
        Str::from_vec(buf)
    }

    /// `re.String()`: the source text.
    pub fn string(&self) -> Str {
        self.inner().expr.clone()
    }

    /// `re.NumSubexp()`.
    pub fn num_subexp(&self) -> i64 {
        self.inner().names.len() as i64 - 1
    }

    /// `re.SubexpNames()`.
    pub fn subexp_names(&self) -> Slice<Str> {
        Slice::from_vec(self.inner().names.clone())
    }

    /// `re.SubexpIndex(name)`: -1 when no group has that name.
    pub fn subexp_index(&self, name: &Str) -> i64 {
        if name.is_empty() {
            return -1;
        }
        self.inner().names.iter().position(|n| n == name).map_or(-1, |i| i as i64)
    }

    /// `re.MatchString(s)`.
    pub fn match_string(&self, s: &Str) -> bool {
        self.inner().re.is_match(s.as_bytes())
    }

    /// `re.Match(b)`.
    pub fn r#match(&self, b: &Slice<u8>) -> bool {
        self.inner().re.is_match(&b.to_vec())
    }

    /// `re.FindString(s)`: `""` when there is no match.
    pub fn find_string(&self, s: &Str) -> Str {
        self.exec(s.as_bytes(), 0, false).map_or(Str::lit(""), |m| sub(s, m[0]))
    }

    /// `re.FindStringIndex(s)`: nil when there is no match.
    pub fn find_string_index(&self, s: &Str) -> Slice<i64> {
        self.exec(s.as_bytes(), 0, false).map_or(Slice::nil(), |m| to_ints(&m))
    }

    /// `re.FindStringSubmatch(s)`: nil when there is no match.
    pub fn find_string_submatch(&self, s: &Str) -> Slice<Str> {
        self.exec(s.as_bytes(), 0, true).map_or(Slice::nil(), |m| Slice::from_vec(m.iter().map(|g| sub(s, *g)).collect()))
    }

    /// `re.FindStringSubmatchIndex(s)`.
    pub fn find_string_submatch_index(&self, s: &Str) -> Slice<i64> {
        self.exec(s.as_bytes(), 0, true).map_or(Slice::nil(), |m| to_ints(&m))
    }

    /// `re.FindAllString(s, n)`: nil when there is no match.
    pub fn find_all_string(&self, s: &Str, n: i64) -> Slice<Str> {
        let all = self.all(s.as_bytes(), n, false);
        if all.is_empty() {
            return Slice::nil();
        }
        Slice::from_vec(all.iter().map(|m| sub(s, m[0])).collect())
    }

    /// `re.FindAllStringIndex(s, n)`.
    pub fn find_all_string_index(&self, s: &Str, n: i64) -> Slice<Slice<i64>> {
        let all = self.all(s.as_bytes(), n, false);
        if all.is_empty() {
            return Slice::nil();
        }
        Slice::from_vec(all.iter().map(to_ints).collect())
    }

    /// `re.FindAllStringSubmatch(s, n)`.
    pub fn find_all_string_submatch(&self, s: &Str, n: i64) -> Slice<Slice<Str>> {
        let all = self.all(s.as_bytes(), n, true);
        if all.is_empty() {
            return Slice::nil();
        }
        Slice::from_vec(all.iter().map(|m| Slice::from_vec(m.iter().map(|g| sub(s, *g)).collect())).collect())
    }

    /// `re.FindAllStringSubmatchIndex(s, n)`.
    pub fn find_all_string_submatch_index(&self, s: &Str, n: i64) -> Slice<Slice<i64>> {
        let all = self.all(s.as_bytes(), n, true);
        if all.is_empty() {
            return Slice::nil();
        }
        Slice::from_vec(all.iter().map(to_ints).collect())
    }

    /// `re.ReplaceAllString(src, repl)`: `$1`, `${name}` and `$$` expanded as Go does.
    pub fn replace_all_string(&self, src: &Str, repl: &Str) -> Str {
        let needs_caps = repl.as_bytes().contains(&b'$');
        self.replace_all(src, needs_caps, |buf, m| self.expand(buf, repl.as_bytes(), src.as_bytes(), m))
    }

    /// `re.ReplaceAllLiteralString(src, repl)`.
    pub fn replace_all_literal_string(&self, src: &Str, repl: &Str) -> Str {
        self.replace_all(src, false, |buf, _| buf.extend_from_slice(repl.as_bytes()))
    }

    /// `re.ReplaceAllStringFunc(src, repl)`.
    pub fn replace_all_string_func(&self, src: &Str, repl: impl Fn(Str) -> Str) -> Str {
        self.replace_all(src, false, |buf, m| buf.extend_from_slice(repl(sub(src, m[0])).as_bytes()))
    }

    /// `re.Split(s, n)`.
    pub fn split(&self, s: &Str, n: i64) -> Slice<Str> {
        if n == 0 {
            return Slice::nil();
        }
        if !self.inner().expr.is_empty() && s.is_empty() {
            return Slice::from_vec(vec![Str::lit("")]);
        }
        let matches = self.all(s.as_bytes(), n, false);
        let mut out = Vec::with_capacity(matches.len());
        let (mut beg, mut end) = (0usize, 0usize);
        for m in &matches {
            if n > 0 && out.len() as i64 == n - 1 {
                break;
            }
            let (a, b) = m[0].unwrap_or((0, 0));
            end = a;
            if b != 0 {
                out.push(s.slice(beg as i64, end as i64));
            }
            beg = b;
        }
        if end != s.as_bytes().len() {
            out.push(s.slice_from(beg as i64));
        }
        Slice::from_vec(out)
    }

    /// `re.Expand`'s template language (Go's `expand`).
    fn expand(&self, dst: &mut Vec<u8>, mut template: &[u8], src: &[u8], m: &Groups) {
        let names = &self.inner().names;
        while let Some(i) = template.iter().position(|&c| c == b'$') {
            dst.extend_from_slice(&template[..i]);
            template = &template[i + 1..];
            if template.first() == Some(&b'$') {
                dst.push(b'$');
                template = &template[1..];
                continue;
            }
            let Some((name, num, rest)) = extract(template) else {
                dst.push(b'$');
                continue;
            };
            template = rest;
            let group = match num {
                Some(k) => m.get(k).copied().flatten(),
                None => names.iter().position(|n| n.as_bytes() == name).and_then(|k| m.get(k).copied().flatten()),
            };
            if let Some((a, b)) = group {
                dst.extend_from_slice(&src[a..b]);
            }
        }
        dst.extend_from_slice(template);
    }
}

/// Go's `extract`: the name after a `$` (`name` or `{name}`), its number if it is one, and the
/// rest of the template.
fn extract(s: &[u8]) -> Option<(&[u8], Option<usize>, &[u8])> {
    let (brace, s) = if s.first() == Some(&b'{') { (true, &s[1..]) } else { (false, s) };
    let text = String::from_utf8_lossy(s);
    let mut i = 0;
    for c in text.chars() {
        if !(crate::unicode::is_letter(c as i32) || crate::unicode::is_digit(c as i32) || c == '_') {
            break;
        }
        i += c.len_utf8();
    }
    if i == 0 {
        return None;
    }
    let name = &s[..i];
    let mut end = i;
    if brace {
        if end >= s.len() || s[end] != b'}' {
            return None;
        }
        end += 1;
    }
    let mut num: Option<usize> = Some(0);
    for &c in name {
        match num {
            Some(v) if c.is_ascii_digit() && v < 100_000_000 => num = Some(v * 10 + (c - b'0') as usize),
            _ => {
                num = None;
                break;
            }
        }
    }
    if name[0] == b'0' && name.len() > 1 {
        num = None;
    }
    Some((name, num, &s[end..]))
}

crate::handle::ptr_handle!(nilable Regexp, "*regexp.Regexp");
