//! `json.Unmarshal`: the input is parsed whole first (so a syntax error leaves the target
//! untouched, as Go's `checkValid` does), then decoded through [`GoValue::json_decode`] with
//! the rules of Go 1.27's `encoding/json` (v1 semantics over json/v2): a type mismatch is
//! remembered (the first one is returned) and decoding goes on; struct fields match by name,
//! then case-insensitively; maps and slices get fresh elements, arrays and pointees are decoded
//! in place; `interface{}` gets `map[string]interface{}`, `[]interface{}`, `float64`, `string`,
//! `bool` or nil. Error texts are Go's, with its `.`-joined paths from the root.

use super::encode::resolve;
use crate::value::{Basic, GoValueBase};
use crate::{Any, Error, GoValue, Iface, Map, Slice, Str};

/// Go's `maxNestingDepth`.
const MAX_DEPTH: usize = 10000;

/// One parsed JSON value; numbers keep their text (each target type parses it its own way).
pub enum JsonValue {
    Null,
    Bool(bool),
    Number(String),
    Str(Vec<u8>),
    Array(Vec<JsonValue>),
    Object(Vec<(Vec<u8>, JsonValue)>),
}

impl JsonValue {
    /// The word Go's `UnmarshalTypeError` uses for the value's kind.
    fn kind_word(&self) -> &'static str {
        match self {
            JsonValue::Null => "null",
            JsonValue::Bool(_) => "bool",
            JsonValue::Number(_) => "number",
            JsonValue::Str(_) => "string",
            JsonValue::Array(_) => "array",
            JsonValue::Object(_) => "object",
        }
    }
}

/// Go's `json.Unmarshal(data, v)`.
pub fn unmarshal(data: &Slice<u8>, v: &dyn GoValue) -> Error {
    match parse(&data.to_vec()) {
        Ok(value) => decode_into(&value, v, false),
        Err(msg) => error(msg),
    }
}

/// Decodes a parsed value into the pointer `v` (`Unmarshal`'s second half, and
/// `Decoder.Decode`'s); `disallow_unknown`: an object key no struct field takes is an error.
pub(super) fn decode_into(value: &JsonValue, v: &dyn GoValue, disallow_unknown: bool) -> Error {
    // An `any` argument arrives as the interface value: decode into its dynamic value.
    let target = match v.iface_elem() {
        Some(None) => return error("json: Unmarshal(nil)".into()),
        Some(Some(inner)) => inner,
        None => v,
    };
    let mut d = DecodeState { err: None, failures: 0, path: Vec::new(), root: root_name(&target.type_name()), ty: String::new(), disallow_unknown };
    match target.json_decode_pointee(&mut d, value) {
        None => error(format!("json: Unmarshal(non-pointer {})", target.type_name())),
        Some(Some(msg)) => error(msg),
        Some(None) => d.err.unwrap_or_else(Error::nil),
    }
}

pub(super) fn error(msg: String) -> Error {
    crate::errors::new(&Str::from_vec(msg.into_bytes()))
}

/// Go's `reflect.Type.Name()` of the pointee of the root pointer type (`*main.T` → `T`): empty
/// for unnamed types.
fn root_name(ptr_type: &str) -> String {
    let t = ptr_type.strip_prefix('*').unwrap_or(ptr_type);
    if t.starts_with(['[', '*']) || ["map[", "struct", "func", "chan", "interface"].iter().any(|p| t.starts_with(p)) {
        return String::new();
    }
    let base = t.split('[').next().unwrap_or(t);
    let name_start = base.rfind('.').map_or(0, |i| i + 1);
    t[name_start..].to_string()
}

/// The decoder's state: the first type error, the path to the value being decoded, and the
/// Go type being decoded into (a named type's own name, not its underlying type's).
pub struct DecodeState {
    err: Option<Error>,
    failures: usize,
    path: Vec<String>,
    root: String,
    ty: String,
    disallow_unknown: bool,
}

impl DecodeState {
    /// Decodes `v` into `dst`.
    pub fn decode(&mut self, dst: &mut dyn GoValue, v: &JsonValue) {
        self.ty = dst.type_name();
        // A type with its own `UnmarshalJSON` gets the value's JSON (compact: the parse kept
        // no spacing); its error is kept as a type error is.
        let mut raw = || {
            let mut e = super::encode::EncodeState::with_escape_html(false);
            e.json_value(v);
            Slice::from_vec(e.into_result().unwrap_or_default())
        };
        match dst.json_unmarshaler(&mut raw) {
            Some(err) if !err.is_nil() => self.unmarshaler_error(err),
            Some(_) => {}
            None => dst.json_decode(self, v),
        }
    }

    /// Decodes `v` into `dst`, the element at `key` of the value being decoded; whether that
    /// went without a type error.
    pub fn decode_at(&mut self, key: String, dst: &mut dyn GoValue, v: &JsonValue) -> bool {
        let before = self.failures;
        self.path.push(key);
        self.decode(dst, v);
        self.path.pop();
        self.failures == before
    }

    /// A value that cannot go into the current type: Go's `UnmarshalTypeError`.
    pub fn type_error(&mut self, v: &JsonValue) {
        self.fail(v.kind_word().to_string())
    }

    /// A type's own `UnmarshalJSON` (`time.Time`'s, a program's) returned `err`: kept as the error
    /// unless one came before, and decoding goes on (what Go 1.27 does).
    pub fn unmarshaler_error(&mut self, err: Error) {
        self.failures += 1;
        if self.err.is_none() {
            self.err = Some(err);
        }
    }

    /// A number that does not parse as, or does not fit, the current numeric type.
    fn number_error(&mut self, lit: &str) {
        self.fail(format!("number {lit}"))
    }

    fn fail(&mut self, value: String) {
        self.fail_with(value, None)
    }

    /// A type error, with the cause Go appends after `: ` (a base64 error).
    fn fail_with(&mut self, value: String, cause: Option<String>) {
        self.failures += 1;
        if self.err.is_some() {
            return;
        }
        let msg = if self.path.is_empty() {
            format!("json: cannot unmarshal {value} into Go value of type {}", self.ty)
        } else {
            let field = self.path.join(".");
            // Go's heuristic: a path ending in an array index is no struct field.
            let last = self.path.last().map_or("", String::as_str);
            let into = if !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()) { "" } else { "Go struct field " };
            format!("json: cannot unmarshal {value} into {into}{}.{field} of type {}", self.root, self.ty)
        };
        self.err = Some(error(match cause {
            Some(c) => format!("{msg}: {c}"),
            None => msg,
        }));
    }

    /// What a type without its own decoder does: a struct takes an object field by field,
    /// `null` is ignored, anything else is a type error.
    pub fn default_decode(&mut self, dst: &mut dyn GoValue, v: &JsonValue) {
        match v {
            JsonValue::Null => {}
            JsonValue::Object(kvs) if dst.json_fields().is_some() => self.object_fields(dst, kvs),
            _ => self.type_error(v),
        }
    }

    /// An object into a struct: each key to the field of that JSON name (exact, else
    /// case-insensitive); unknown keys are skipped.
    fn object_fields(&mut self, dst: &mut dyn GoValue, kvs: &[(Vec<u8>, JsonValue)]) {
        let ty = self.ty.clone();
        let fields = resolve(dst.json_fields_decode().unwrap_or_default(), true);
        for (key, val) in kvs {
            let key = String::from_utf8_lossy(key).into_owned();
            let field = fields.iter().find(|f| f.name == key).or_else(|| fields.iter().find(|f| fold_eq(&f.name, &key)));
            let Some(field) = field else {
                if self.disallow_unknown && self.err.is_none() {
                    self.failures += 1;
                    self.err = Some(error(format!("json: unknown field {}", crate::strconv::quote(&Str::from_vec(key.clone().into_bytes())))));
                }
                continue;
            };
            let (path, quoted) = (field.path.clone(), field.quoted);
            dst.json_with_field(&path, &mut |target| self.field_value(&key, quoted, target, val));
        }
        self.ty = ty;
    }

    /// One object member into the struct field `target` (`quoted`: the field's `,string`).
    fn field_value(&mut self, key: &str, quoted: bool, target: &mut dyn GoValue, val: &JsonValue) {
        match (quoted, val) {
            (true, JsonValue::Str(inner)) => match parse(inner) {
                Ok(inner @ (JsonValue::Number(_) | JsonValue::Bool(_) | JsonValue::Str(_) | JsonValue::Null)) => {
                    self.decode_at(key.to_string(), target, &inner);
                }
                _ => {
                    if self.err.is_none() {
                        self.failures += 1;
                        let quoted = crate::strconv::quote(&Str::from_vec(inner.clone()));
                        self.err = Some(error(format!(
                            "json: invalid use of ,string struct tag, trying to unmarshal {quoted} into {}",
                            target.type_name()
                        )));
                    }
                }
            },
            (true, JsonValue::Null) => {}
            (true, _) => {
                // A `,string` field takes its value only inside a JSON string.
                self.path.push(key.to_string());
                self.ty = target.type_name();
                self.type_error(val);
                self.path.pop();
            }
            _ => {
                self.decode_at(key.to_string(), target, val);
            }
        }
    }

    /// A JSON number as a signed integer of `bits` bits (`None`: leave the target as it is).
    pub fn signed(&mut self, v: &JsonValue, bits: u32) -> Option<i64> {
        let lit = self.number(v)?;
        match lit.parse::<i64>() {
            Ok(x) if bits == 64 || (x << (64 - bits)) >> (64 - bits) == x => Some(x),
            _ => {
                self.number_error(lit);
                None
            }
        }
    }

    /// A JSON number as an unsigned integer of `bits` bits.
    pub fn unsigned(&mut self, v: &JsonValue, bits: u32) -> Option<u64> {
        let lit = self.number(v)?;
        match lit.parse::<u64>() {
            Ok(x) if bits == 64 || x >> bits == 0 => Some(x),
            _ => {
                self.number_error(lit);
                None
            }
        }
    }

    /// A JSON number as a float of `bits` bits (out of range is an error, as `ParseFloat`'s).
    pub fn float(&mut self, v: &JsonValue, bits: u32) -> Option<f64> {
        let lit = self.number(v)?;
        let x = if bits == 32 { lit.parse::<f32>().map(f64::from) } else { lit.parse::<f64>() };
        match x {
            Ok(x) if x.is_finite() => Some(x),
            _ => {
                self.number_error(lit);
                None
            }
        }
    }

    fn number<'v>(&mut self, v: &'v JsonValue) -> Option<&'v str> {
        match v {
            JsonValue::Number(lit) => Some(lit),
            JsonValue::Null => None,
            _ => {
                self.type_error(v);
                None
            }
        }
    }

    /// A JSON `true`/`false`.
    pub fn boolean(&mut self, v: &JsonValue) -> Option<bool> {
        match v {
            JsonValue::Bool(b) => Some(*b),
            JsonValue::Null => None,
            _ => {
                self.type_error(v);
                None
            }
        }
    }

    /// A JSON string.
    pub fn string(&mut self, v: &JsonValue) -> Option<Str> {
        match v {
            JsonValue::Str(s) => Some(Str::from_vec(s.clone())),
            JsonValue::Null => None,
            _ => {
                self.type_error(v);
                None
            }
        }
    }

    /// A JSON string into `[]byte`: its base64 (`StdEncoding`) decoding.
    pub fn bytes(&mut self, s: &[u8]) -> Option<Slice<u8>> {
        let (b, err) = crate::encoding::base64::std_encoding().decode_string(&Str::from_vec(s.to_vec()));
        if err.is_nil() {
            return Some(b);
        }
        self.fail_with("string".into(), Some(err.Error().to_string_lossy().into_owned()));
        None
    }

    /// The value `interface{}` gets: `map[string]interface{}`, `[]interface{}`, `float64`,
    /// `string`, `bool` or nil.
    pub fn generic(&mut self, v: &JsonValue) -> Any {
        match v {
            JsonValue::Null => Any::nil(),
            JsonValue::Bool(b) => Iface::from_value(*b),
            JsonValue::Number(_) => {
                self.ty = "float64".into();
                Iface::from_value(self.float(v, 64).unwrap_or(0.0))
            }
            JsonValue::Str(s) => Iface::from_value(Str::from_vec(s.clone())),
            JsonValue::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    self.path.push(i.to_string());
                    out.push(self.generic(item));
                    self.path.pop();
                }
                Iface::from_value(Slice::from_vec(out))
            }
            JsonValue::Object(kvs) => {
                let m: Map<Str, Any> = Map::make();
                for (k, item) in kvs {
                    self.path.push(String::from_utf8_lossy(k).into_owned());
                    m.set(Str::from_vec(k.clone()), self.generic(item));
                    self.path.pop();
                }
                Iface::from_value(m)
            }
        }
    }

    /// A map key from its JSON object key: string kinds take it as it is, integer kinds
    /// parse it.
    pub fn map_key<K: GoValue>(&mut self, key: &[u8]) -> Option<K> {
        let mut k = K::go_zero()?;
        let as_json = match k.basic() {
            Some(Basic::Str(_)) => JsonValue::Str(key.to_vec()),
            _ => JsonValue::Number(String::from_utf8_lossy(key).into_owned()),
        };
        self.decode_at(String::from_utf8_lossy(key).into_owned(), &mut k, &as_json).then_some(k)
    }
}

/// Case-insensitive name match (Go v1's folded field names).
fn fold_eq(a: &str, b: &str) -> bool {
    a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

/// Parses one JSON value with surrounding whitespace; the error is Go's message.
pub(super) fn parse(b: &[u8]) -> Result<JsonValue, String> {
    let mut p = Parser { b, i: 0, depth: 0 };
    p.ws();
    let v = p.value()?;
    p.ws();
    if p.i < b.len() {
        return Err(p.invalid("after top-level value"));
    }
    Ok(v)
}

/// What [`parse_prefix`] found at the start of a stream's buffered input.
pub(super) enum Prefix {
    /// A whole value and the bytes it took (leading whitespace included).
    Value(JsonValue, usize),
    /// The input ends inside a value (or a number that more input could extend).
    Incomplete,
    /// A syntax error (Go's message).
    Invalid(String),
}

/// The first JSON value of `b` (after whitespace), for `Decoder`; `at_eof`: no more input
/// will come.
pub(super) fn parse_prefix(b: &[u8], at_eof: bool) -> Prefix {
    let mut p = Parser { b, i: 0, depth: 0 };
    p.ws();
    match p.value() {
        Ok(JsonValue::Number(_)) if p.i == b.len() && !at_eof => Prefix::Incomplete,
        Ok(v) => Prefix::Value(v, p.i),
        Err(msg) if msg == UNEXPECTED_END => Prefix::Incomplete,
        Err(msg) => Prefix::Invalid(msg),
    }
}

struct Parser<'a> {
    b: &'a [u8],
    i: usize,
    depth: usize,
}

const UNEXPECTED_END: &str = "unexpected end of JSON input";

impl Parser<'_> {
    fn ws(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    /// Go's "invalid character 'c' <where>" at the current position (end of input: Go's
    /// "unexpected end of JSON input").
    fn invalid(&self, place: &str) -> String {
        if self.i >= self.b.len() {
            return UNEXPECTED_END.into();
        }
        let (r, n) = crate::utf8::decode(&self.b[self.i..]);
        let c = if r == 0xFFFD && n == 1 {
            format!("'\\x{:x}'", self.b[self.i])
        } else {
            crate::strconv::quote_rune(r).to_string_lossy().into_owned()
        };
        format!("invalid character {c} {place}")
    }

    fn value(&mut self) -> Result<JsonValue, String> {
        match self.b.get(self.i) {
            None => Err(UNEXPECTED_END.into()),
            Some(b'{') => self.container(true),
            Some(b'[') => self.container(false),
            Some(b'"') => self.string().map(JsonValue::Str),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.literal("true").map(|_| JsonValue::Bool(true)),
            Some(b'f') => self.literal("false").map(|_| JsonValue::Bool(false)),
            Some(b'n') => self.literal("null").map(|_| JsonValue::Null),
            Some(_) => Err(self.invalid("looking for beginning of value")),
        }
    }

    fn container(&mut self, object: bool) -> Result<JsonValue, String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("exceeded max depth".into());
        }
        self.i += 1;
        self.ws();
        let close = if object { b'}' } else { b']' };
        let mut items = Vec::new();
        let mut kvs = Vec::new();
        if self.b.get(self.i) == Some(&close) {
            self.i += 1;
        } else {
            loop {
                if object {
                    if self.b.get(self.i) != Some(&b'"') {
                        return Err(self.invalid("looking for beginning of object key string"));
                    }
                    let key = self.string()?;
                    self.ws();
                    if self.b.get(self.i) != Some(&b':') {
                        return Err(self.invalid("after object key"));
                    }
                    self.i += 1;
                    self.ws();
                    kvs.push((key, self.value()?));
                } else {
                    items.push(self.value()?);
                }
                self.ws();
                match self.b.get(self.i) {
                    Some(b',') => {
                        self.i += 1;
                        self.ws();
                    }
                    Some(&c) if c == close => {
                        self.i += 1;
                        break;
                    }
                    _ => return Err(self.invalid(if object { "after object key:value pair" } else { "after array element" })),
                }
            }
        }
        self.depth -= 1;
        Ok(if object { JsonValue::Object(kvs) } else { JsonValue::Array(items) })
    }

    fn literal(&mut self, word: &str) -> Result<(), String> {
        for &want in word.as_bytes() {
            match self.b.get(self.i) {
                None => return Err(UNEXPECTED_END.into()),
                Some(&c) if c == want => self.i += 1,
                Some(_) => {
                    let expecting = crate::strconv::quote_rune(want as i32).to_string_lossy().into_owned();
                    return Err(self.invalid(&format!("in literal {word} (expecting {expecting})")));
                }
            }
        }
        Ok(())
    }

    fn number(&mut self) -> Result<JsonValue, String> {
        let start = self.i;
        let digit = |p: &Self| matches!(p.b.get(p.i), Some(b'0'..=b'9'));
        if self.b[self.i] == b'-' {
            self.i += 1;
        }
        match self.b.get(self.i) {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                while digit(self) {
                    self.i += 1;
                }
            }
            _ => return Err(self.invalid("in numeric literal")),
        }
        if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
            if !digit(self) {
                return Err(self.invalid("after decimal point in numeric literal"));
            }
            while digit(self) {
                self.i += 1;
            }
        }
        if matches!(self.b.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.b.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if !digit(self) {
                return Err(self.invalid("in exponent of numeric literal"));
            }
            while digit(self) {
                self.i += 1;
            }
        }
        Ok(JsonValue::Number(String::from_utf8_lossy(&self.b[start..self.i]).into_owned()))
    }

    /// A string literal (the cursor on its `"`), unescaped; invalid UTF-8 becomes U+FFFD.
    fn string(&mut self) -> Result<Vec<u8>, String> {
        self.i += 1;
        let mut out = Vec::new();
        loop {
            let Some(&c) = self.b.get(self.i) else { return Err(UNEXPECTED_END.into()) };
            match c {
                b'"' => {
                    self.i += 1;
                    return Ok(out);
                }
                b'\\' => {
                    let start = self.i;
                    let Some(&e) = self.b.get(self.i + 1) else { return Err(UNEXPECTED_END.into()) };
                    self.i += 2;
                    match e {
                        b'"' | b'\\' | b'/' => out.push(e),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'u' => {
                            let mut r = self.hex4(start)?;
                            if (0xD800..0xDC00).contains(&r) && self.b.get(self.i..self.i + 2) == Some(b"\\u") {
                                let save = self.i;
                                self.i += 2;
                                let lo = self.hex4(save)?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    r = 0x10000 + ((r - 0xD800) << 10) + (lo - 0xDC00);
                                } else {
                                    self.i = save;
                                    r = 0xFFFD;
                                }
                            } else if (0xD800..0xE000).contains(&r) {
                                r = 0xFFFD;
                            }
                            let ch = char::from_u32(r).unwrap_or('\u{FFFD}');
                            out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes());
                        }
                        _ => {
                            let (_, n) = crate::utf8::decode(&self.b[start + 1..]);
                            let seq = String::from_utf8_lossy(&self.b[start..start + 1 + n]).into_owned();
                            return Err(format!("invalid escape sequence `{seq}` in string"));
                        }
                    }
                }
                0..=0x1f => return Err(self.invalid("in string")),
                0x80.. => {
                    let (r, n) = crate::utf8::decode(&self.b[self.i..]);
                    if r == 0xFFFD && n == 1 {
                        out.extend_from_slice("\u{FFFD}".as_bytes());
                    } else {
                        out.extend_from_slice(&self.b[self.i..self.i + n]);
                    }
                    self.i += n;
                }
                _ => {
                    out.push(c);
                    self.i += 1;
                }
            }
        }
    }

    /// The four hex digits of a `\u` escape that began at `start`.
    fn hex4(&mut self, start: usize) -> Result<u32, String> {
        let mut r = 0u32;
        for _ in 0..4 {
            let Some(&h) = self.b.get(self.i) else { return Err(UNEXPECTED_END.into()) };
            let Some(d) = (h as char).to_digit(16) else {
                let seq = String::from_utf8_lossy(&self.b[start..=self.i]).into_owned();
                return Err(format!("invalid escape sequence `{seq}` in string"));
            };
            r = r * 16 + d;
            self.i += 1;
        }
        Ok(r)
    }
}

/// `json_decode` for `Any` (`interface{}`): replaced by the generic value; another interface
/// type takes only `null`.
pub fn decode_iface<D: ?Sized + 'static>(dst: &mut Iface<D>, d: &mut DecodeState, v: &JsonValue)
where
    Iface<D>: GoValue,
{
    if let Some(a) = dst.as_any_mut().downcast_mut::<Any>() {
        *a = d.generic(v);
    } else if let JsonValue::Null = v {
        *dst = Iface::nil();
    } else {
        d.type_error(v);
    }
}
