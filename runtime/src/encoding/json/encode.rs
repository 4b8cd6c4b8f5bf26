//! The encoder state and the rules of Go's `encode.go`: floats, string escaping, `[]byte` as
//! base64, map keys, and struct fields resolved the way `typeFields` does (tags, `omitempty`,
//! `omitzero`, `,string`, promotion from embedded structs with Go's dominance rule).

use super::JsonValue;
use crate::value::Basic;
use crate::{Error, GoValue, Str};

/// Go's `startDetectingCyclesAfter`.
const START_DETECTING_CYCLES_AFTER: usize = 1000;

/// One field of a struct as the encoder sees it (what `go_struct!` lists).
pub struct JsonField {
    /// The Go field name (for embedded fields, the type's name).
    pub name: &'static str,
    /// The whole struct tag (`json:"name,omitempty"`), empty when the field has none.
    pub tag: &'static str,
    /// Whether the field is embedded.
    pub embedded: bool,
    /// A copy of the field's value.
    pub value: Box<dyn GoValue>,
}

impl JsonField {
    /// A field named `name` with struct tag `tag` holding a copy of `value`.
    pub fn new<T: GoValue + Clone>(name: &'static str, tag: &'static str, embedded: bool, value: &T) -> JsonField {
        JsonField { name, tag, embedded, value: Box::new(value.clone()) }
    }
}

/// Go's `encodeState`: the output so far and the first error.
pub struct EncodeState {
    buf: Vec<u8>,
    err: Option<Error>,
    /// Pointers being encoded (Go's `ptrLevel`), and past [`START_DETECTING_CYCLES_AFTER`]
    /// of them the addresses on the current path (`ptrSeen`).
    ptr_level: usize,
    ptr_seen: Vec<usize>,
    /// Whether `<`, `>` and `&` in strings are escaped (`Encoder.SetEscapeHTML`).
    escape_html: bool,
}

impl Default for EncodeState {
    fn default() -> Self {
        EncodeState { buf: Vec::new(), err: None, ptr_level: 0, ptr_seen: Vec::new(), escape_html: true }
    }
}

impl EncodeState {
    /// An encoder that escapes `<`, `>` and `&` in strings or not.
    pub(super) fn with_escape_html(escape_html: bool) -> EncodeState {
        EncodeState { escape_html, ..EncodeState::default() }
    }

    /// Encodes `v` (through its [`GoValue::json_encode`]; a type with its own `MarshalJSON`
    /// writes what that returns).
    pub fn value(&mut self, v: &dyn GoValue) {
        if self.err.is_some() {
            return;
        }
        match v.json_marshaler() {
            // Go 1.27 calls a value's method through a pointer to it, and names that type.
            Some((b, err)) => self.marshaler_output(&format!("*{}", v.type_name()), b, err),
            None => v.json_encode(self),
        }
    }

    /// What a `MarshalJSON` of type `ty` returned: its error as Go's `MarshalerError`, else its
    /// JSON, checked and compacted (`<>&` escaped as the encoder escapes them).
    pub fn marshaler_output(&mut self, ty: &str, b: crate::Slice<u8>, err: Error) {
        let fail = |e: &mut Self, msg: String| e.fail(format!("json: error calling MarshalJSON for type {ty}: {msg}"));
        if !err.is_nil() {
            return fail(self, err.Error().to_string());
        }
        match super::decode::parse(&b.to_vec()) {
            Ok(v) => self.json_value(&v),
            Err(msg) => fail(self, msg),
        }
    }

    /// A parsed JSON value, compact.
    pub(super) fn json_value(&mut self, v: &JsonValue) {
        match v {
            JsonValue::Null => self.null(),
            JsonValue::Bool(b) => self.buf.extend_from_slice(if *b { b"true" } else { b"false" }),
            JsonValue::Number(n) => self.buf.extend_from_slice(n.as_bytes()),
            JsonValue::Str(s) => self.string(s, self.escape_html),
            JsonValue::Array(items) => {
                self.buf.push(b'[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.buf.push(b',');
                    }
                    self.json_value(item);
                }
                self.buf.push(b']');
            }
            JsonValue::Object(kvs) => {
                self.buf.push(b'{');
                for (i, (k, item)) in kvs.iter().enumerate() {
                    if i > 0 {
                        self.buf.push(b',');
                    }
                    self.string(k, self.escape_html);
                    self.buf.push(b':');
                    self.json_value(item);
                }
                self.buf.push(b'}');
            }
        }
    }

    /// What a type without its own encoder writes: structs by their fields, basic kinds by
    /// value, anything else Go's `UnsupportedTypeError`.
    pub fn default_value(&mut self, v: &dyn GoValue) {
        if let Some(fields) = v.json_fields() {
            return self.fields(fields);
        }
        match v.basic() {
            Some(b) if !matches!(b, Basic::Complex(..)) => self.basic(&b),
            _ => self.fail(format!("json: unsupported type: {}", v.type_name())),
        }
    }

    /// The value behind a non-nil pointer `p` (written by `elem`): past 1000 nested pointers,
    /// one seen again on the current path is Go's "encountered a cycle" error.
    pub fn pointer(&mut self, p: &dyn GoValue, elem: impl FnOnce(&mut Self)) {
        self.ptr_level += 1;
        let tracked = self.ptr_level > START_DETECTING_CYCLES_AFTER;
        if tracked {
            if self.ptr_seen.contains(&p.addr()) {
                self.ptr_level -= 1;
                return self.fail(format!("json: unsupported value: encountered a cycle via {}", p.type_name()));
            }
            self.ptr_seen.push(p.addr());
        }
        elem(self);
        if tracked {
            self.ptr_seen.pop();
        }
        self.ptr_level -= 1;
    }

    /// `null`.
    pub fn null(&mut self) {
        self.buf.extend_from_slice(b"null");
    }

    /// A JSON array of `n` elements, each written by `elem(self, i)`.
    pub fn array(&mut self, n: i64, mut elem: impl FnMut(&mut Self, i64)) {
        self.buf.push(b'[');
        for i in 0..n {
            if i > 0 {
                self.buf.push(b',');
            }
            elem(self, i);
        }
        self.buf.push(b']');
    }

    /// `[]byte`: a base64 string (`StdEncoding`).
    pub fn bytes(&mut self, b: &[u8]) {
        const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        self.buf.push(b'"');
        for chunk in b.chunks(3) {
            let n = (chunk[0] as u32) << 16 | (*chunk.get(1).unwrap_or(&0) as u32) << 8 | *chunk.get(2).unwrap_or(&0) as u32;
            for k in 0..4 {
                if k <= chunk.len() {
                    self.buf.push(ALPHABET[(n >> (18 - 6 * k) & 63) as usize]);
                } else {
                    self.buf.push(b'=');
                }
            }
        }
        self.buf.push(b'"');
    }

    /// A map: keys resolved to strings (string kinds as they are, integers in decimal), sorted.
    pub fn map(&mut self, entries: &[(&dyn GoValue, &dyn GoValue)]) {
        let mut kvs = Vec::with_capacity(entries.len());
        for &(k, v) in entries {
            let key = match k.basic() {
                Some(Basic::Str(s)) => s.as_bytes().to_vec(),
                Some(Basic::Int(i)) => i.to_string().into_bytes(),
                Some(Basic::Uint(u)) => u.to_string().into_bytes(),
                _ => return self.fail(format!("json: unsupported type: map[{}]{}", k.type_name(), v.type_name())),
            };
            kvs.push((key, v));
        }
        kvs.sort_by(|a, b| a.0.cmp(&b.0));
        self.buf.push(b'{');
        for (i, (k, v)) in kvs.into_iter().enumerate() {
            if i > 0 {
                self.buf.push(b',');
            }
            self.string(&k, self.escape_html);
            self.buf.push(b':');
            self.value(v);
        }
        self.buf.push(b'}');
    }

    /// A value of a basic kind; NaN and infinities are Go's `UnsupportedValueError`.
    pub fn basic(&mut self, b: &Basic) {
        match b {
            Basic::Bool(v) => self.buf.extend_from_slice(if *v { b"true" } else { b"false" }),
            Basic::Int(i) => self.buf.extend_from_slice(i.to_string().as_bytes()),
            Basic::Uint(u) => self.buf.extend_from_slice(u.to_string().as_bytes()),
            Basic::Float(f, bits) => self.float(*f, *bits),
            Basic::Complex(..) => unreachable!("complex values are an unsupported type"),
            Basic::Str(s) => self.string(s.as_bytes(), self.escape_html),
        }
    }

    /// A string value (for types that encode as one, such as `time.Time`).
    pub fn str(&mut self, s: &Str) {
        self.string(s.as_bytes(), self.escape_html)
    }

    /// Go's `floatEncoder`: 'f' with the shortest precision, 'e' below 1e-6 and from 1e21 on,
    /// with `e-07` shortened to `e-7`.
    fn float(&mut self, f: f64, bits: u32) {
        if f.is_nan() || f.is_infinite() {
            let s = crate::strconv::format_float(f, b'g', -1, bits as i64);
            return self.fail(format!("json: unsupported value: {s}"));
        }
        let abs = f.abs();
        let small_or_large = if bits == 32 { !(1e-6f32..1e21).contains(&(abs as f32)) } else { !(1e-6..1e21).contains(&abs) };
        let fmt = if abs != 0.0 && small_or_large { b'e' } else { b'f' };
        let mut b = crate::strconv::format_float(f, fmt, -1, bits as i64).as_bytes().to_vec();
        let n = b.len();
        if fmt == b'e' && n >= 4 && b[n - 4] == b'e' && b[n - 3] == b'-' && b[n - 2] == b'0' {
            b[n - 2] = b[n - 1];
            b.truncate(n - 1);
        }
        self.buf.extend_from_slice(&b);
    }

    /// Go's `appendString`: quotes, escapes, `<>&` as `\u003c…` when `escape_html`, U+2028 and
    /// U+2029 escaped, invalid UTF-8 as `\ufffd`.
    fn string(&mut self, s: &[u8], escape_html: bool) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let dst = &mut self.buf;
        dst.push(b'"');
        let mut i = 0;
        while i < s.len() {
            let b = s[i];
            if b < 0x80 {
                let safe = b >= 0x20 && b != b'"' && b != b'\\' && !(escape_html && matches!(b, b'<' | b'>' | b'&'));
                if safe {
                    dst.push(b);
                } else {
                    match b {
                        b'\\' | b'"' => dst.extend_from_slice(&[b'\\', b]),
                        b'\x08' => dst.extend_from_slice(b"\\b"),
                        b'\x0c' => dst.extend_from_slice(b"\\f"),
                        b'\n' => dst.extend_from_slice(b"\\n"),
                        b'\r' => dst.extend_from_slice(b"\\r"),
                        b'\t' => dst.extend_from_slice(b"\\t"),
                        _ => dst.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[(b >> 4) as usize], HEX[(b & 0xf) as usize]]),
                    }
                }
                i += 1;
                continue;
            }
            let (r, size) = crate::utf8::decode(&s[i..]);
            if r == 0xFFFD && size == 1 {
                // Go 1.27's encoder (encoding/json over json/v2) writes U+FFFD itself.
                dst.extend_from_slice("\u{FFFD}".as_bytes());
            } else if r == 0x2028 || r == 0x2029 {
                dst.extend_from_slice(if r == 0x2028 { b"\\u2028" } else { b"\\u2029" });
            } else {
                dst.extend_from_slice(&s[i..i + size]);
            }
            i += size;
        }
        dst.push(b'"');
    }

    /// A struct: its fields after Go's `typeFields` (exported or promoted, tag names,
    /// dominance), in declaration order.
    pub fn fields(&mut self, fields: Vec<JsonField>) {
        self.buf.push(b'{');
        let mut first = true;
        for f in resolve(fields, false) {
            if (f.omit_empty && f.value.json_is_empty()) || (f.omit_zero && f.value.json_is_zero()) {
                continue;
            }
            if !first {
                self.buf.push(b',');
            }
            first = false;
            self.string(f.name.as_bytes(), self.escape_html);
            self.buf.push(b':');
            match f.value.basic().filter(|b| f.quoted && !matches!(b, Basic::Complex(..))) {
                Some(b) => {
                    let mut inner = EncodeState::with_escape_html(self.escape_html);
                    inner.basic(&b);
                    if let Some(e) = inner.err {
                        return self.err = self.err.take().or(Some(e));
                    }
                    self.string(&inner.buf, false);
                }
                None => self.value(&*f.value),
            }
        }
        self.buf.push(b'}');
    }

    fn fail(&mut self, msg: String) {
        if self.err.is_none() {
            self.err = Some(crate::errors::new(&Str::from_vec(msg.into_bytes())));
        }
    }

    pub(super) fn into_result(self) -> Result<Vec<u8>, Error> {
        match self.err {
            Some(e) => Err(e),
            None => Ok(self.buf),
        }
    }
}

/// A field after tag parsing and promotion.
pub(super) struct Resolved {
    /// The JSON name.
    pub(super) name: String,
    tagged: bool,
    /// The field's index at each level of embedding (what `GoValue::json_field_mut` takes).
    pub(super) path: Vec<usize>,
    omit_empty: bool,
    omit_zero: bool,
    /// The `,string` option on a field of a basic kind.
    pub(super) quoted: bool,
    value: Box<dyn GoValue>,
}

/// A struct's JSON fields after Go's `typeFields`: exported or promoted, tag names, and the
/// dominance rule (of the fields sharing a name the shallowest wins, at equal depth the only
/// tagged one; otherwise all of them are dropped), in declaration order.
/// `decode`: a nil embedded pointer contributes its pointee type's fields (the decoder allocates
/// it), where the encoder skips it.
pub(super) fn resolve(fields: Vec<JsonField>, decode: bool) -> Vec<Resolved> {
    let mut all = Vec::new();
    collect(fields, &[], decode, &mut all);
    let keep: Vec<bool> = (0..all.len())
        .map(|i| {
            let f = &all[i];
            all.iter().enumerate().all(|(j, g)| {
                j == i || g.name != f.name || g.path.len() > f.path.len() || (g.path.len() == f.path.len() && f.tagged && !g.tagged)
            })
        })
        .collect();
    all.into_iter().zip(keep).filter_map(|(f, keep)| keep.then_some(f)).collect()
}

fn collect(fields: Vec<JsonField>, at: &[usize], decode: bool, out: &mut Vec<Resolved>) {
    for (index, f) in fields.into_iter().enumerate() {
        let path = [at, &[index]].concat();
        let exported = f.name.chars().next().is_some_and(char::is_uppercase);
        let nested = match (f.embedded, decode) {
            (false, _) => None,
            (true, false) => f.value.json_fields(),
            (true, true) => f.value.json_fields_decode(),
        };
        if !exported && nested.is_none() {
            continue;
        }
        let tag = lookup_tag(f.tag, "json");
        if tag == Some("-") {
            continue;
        }
        let (name, opts) = match tag {
            Some(t) => t.split_once(',').unwrap_or((t, "")),
            None => ("", ""),
        };
        let name = if valid_tag(name) { name } else { "" };
        if let Some(nested) = nested.filter(|_| name.is_empty()) {
            collect(nested, &path, decode, out);
            continue;
        }
        let has = |o: &str| opts.split(',').any(|x| x == o);
        let quoted = has("string") && f.value.basic().is_some();
        out.push(Resolved {
            name: if name.is_empty() { f.name.to_string() } else { name.to_string() },
            tagged: !name.is_empty(),
            path,
            omit_empty: has("omitempty"),
            omit_zero: has("omitzero"),
            quoted,
            value: f.value,
        });
    }
}

/// Go's `reflect.StructTag.Lookup`.
fn lookup_tag<'a>(mut tag: &'a str, key: &str) -> Option<&'a str> {
    while !tag.is_empty() {
        tag = tag.trim_start_matches(' ');
        let colon = tag.find(|c: char| c <= ' ' || c == ':' || c == '"' || c == '\x7f')?;
        let name = &tag[..colon];
        let rest = &tag[colon..];
        if name.is_empty() || !rest.starts_with(":\"") {
            return None;
        }
        let body = &rest[1..];
        let mut i = 1;
        let bs = body.as_bytes();
        while i < bs.len() && bs[i] != b'"' {
            if bs[i] == b'\\' {
                i += 1;
            }
            i += 1;
        }
        if i >= bs.len() {
            return None;
        }
        let value = &body[1..i];
        tag = &body[i + 1..];
        if name == key {
            // Tags written by hand rarely hold escapes; a quoted value with one is kept as is.
            return Some(value);
        }
    }
    None
}

/// Go's `isValidTag`.
fn valid_tag(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| "!#$%&()*+-./:;<=>?@[]^_{|}~ ".contains(c) || c.is_alphanumeric())
}
