//! `slog.Handler` and the std handlers, ported from Go's `handler.go`, `text_handler.go` and
//! `json_handler.go`: the shared `commonHandler` (preformatted `WithAttrs` output, open
//! groups, `ReplaceAttr` with the group path), the text form (`needsQuoting`, `strconv.Quote`,
//! RFC 3339 times with milliseconds) and the JSON form (Go's escaping, nested group objects,
//! values through `encoding/json`), the default handler (`INFO msg k=v` through package `log`)
//! and `handlerWriter` (package `log`'s output as records).

use std::sync::Arc;

use parking_lot::Mutex;

use super::value::{Attr, Record, Repr, Value, new_record, string_value, time_value};
use super::{Level, Leveler, LOG_LOGGER_LEVEL};
use crate::context::Context;
use crate::fmt::Printer;
use crate::io::Writer;
use crate::time::Time;
use crate::value::{Any, Error, Func, GoValue, Iface, Kind as GoKind, Slice, Str};

/// Go's `slog.Handler`. A program's handler type implements the Go-named methods (the emitter
/// writes the impl); the snake_case ones are the std method convention for calls on a
/// `Handler` value.
#[allow(non_snake_case)]
pub trait Handler: GoValue {
    /// `Enabled(ctx, level) bool`.
    fn Enabled(&self, ctx: &Context, level: &Level) -> bool;
    /// `Handle(ctx, r) error`.
    fn Handle(&self, ctx: &Context, r: &Record) -> Error;
    /// `WithAttrs(attrs) Handler`.
    fn WithAttrs(&self, attrs: &Slice<Attr>) -> Iface<dyn Handler>;
    /// `WithGroup(name) Handler`.
    fn WithGroup(&self, name: &Str) -> Iface<dyn Handler>;
    /// `h.Enabled(ctx, level)` under the std method convention.
    fn enabled(&self, ctx: &Context, level: &Level) -> bool {
        self.Enabled(ctx, level)
    }
    /// `h.Handle(ctx, r)`.
    fn handle(&self, ctx: &Context, r: &Record) -> Error {
        self.Handle(ctx, r)
    }
    /// `h.WithAttrs(attrs)`.
    fn with_attrs(&self, attrs: &Slice<Attr>) -> Iface<dyn Handler> {
        self.WithAttrs(attrs)
    }
    /// `h.WithGroup(name)`.
    fn with_group(&self, name: &Str) -> Iface<dyn Handler> {
        self.WithGroup(name)
    }
}
crate::go_interface!(Handler = "slog.Handler" { Enabled, Handle, WithAttrs, WithGroup } impls [TextHandler, JSONHandler, DefaultHandler, DiscardHandler]);

#[allow(non_snake_case)]
impl Handler for Iface<dyn Handler> {
    fn Enabled(&self, ctx: &Context, level: &Level) -> bool {
        (**self).Enabled(ctx, level)
    }
    fn Handle(&self, ctx: &Context, r: &Record) -> Error {
        (**self).Handle(ctx, r)
    }
    fn WithAttrs(&self, attrs: &Slice<Attr>) -> Iface<dyn Handler> {
        (**self).WithAttrs(attrs)
    }
    fn WithGroup(&self, name: &Str) -> Iface<dyn Handler> {
        (**self).WithGroup(name)
    }
}

/// Go's `slog.HandlerOptions`.
#[derive(Clone, Default)]
#[allow(non_snake_case)]
pub struct HandlerOptions {
    /// Add a `source` attribute (gort has no caller position: nothing is added).
    pub AddSource: bool,
    /// The minimum level (nil: `LevelInfo`).
    pub Level: Iface<dyn Leveler>,
    /// Rewrites or drops (empty result) each non-group attribute, built-ins included.
    pub ReplaceAttr: Func<dyn Fn(Slice<Str>, Attr) -> Attr + Send + Sync>,
}
crate::go_struct!(HandlerOptions = "slog.HandlerOptions" { AddSource: bool, Level: Iface<dyn Leveler>, ReplaceAttr: Func<dyn Fn(Slice<Str>, Attr) -> Attr + Send + Sync> });

/// Go's `commonHandler`: what the text, JSON and default handlers share.
#[derive(Clone)]
struct Common {
    json: bool,
    opts: HandlerOptions,
    /// Attributes from `WithAttrs`, already formatted.
    preformatted: Vec<u8>,
    /// For text: the key prefix of the groups opened in `preformatted`.
    group_prefix: Vec<u8>,
    /// Every group from `WithGroup`.
    groups: Vec<Str>,
    /// How many of `groups` are open in `preformatted`.
    n_open_groups: usize,
    /// One lock per handler and all its `With*` derivatives: a record is one write.
    mu: Arc<Mutex<()>>,
    w: Option<Iface<dyn Writer>>,
}

impl Common {
    fn new(json: bool, w: Option<Iface<dyn Writer>>, opts: HandlerOptions) -> Common {
        Common { json, opts, preformatted: vec![], group_prefix: vec![], groups: vec![], n_open_groups: 0, mu: Arc::default(), w }
    }

    fn with_writer(json: bool, w: &Iface<dyn Writer>, opts: &crate::Ptr<HandlerOptions>) -> Arc<Common> {
        let opts = if opts.is_nil() { HandlerOptions::default() } else { opts.get() };
        Arc::new(Common::new(json, Some(w.clone()), opts))
    }

    fn enabled(&self, l: &Level) -> bool {
        let min = if self.opts.Level.is_nil() { super::LEVEL_INFO } else { self.opts.Level.Level() };
        *l >= min
    }

    fn sep(&self) -> &'static str {
        if self.json { "," } else { " " }
    }

    fn with_attrs(self: &Arc<Self>, attrs: &[Attr]) -> Arc<Common> {
        if attrs.iter().all(|a| a.Value.is_empty_group()) {
            return self.clone();
        }
        let mut h2 = (**self).clone();
        let pre = std::mem::take(&mut h2.preformatted);
        let (buf, prefix) = {
            let mut st = State::new(&h2, pre, "");
            st.prefix.extend_from_slice(&self.group_prefix);
            if !st.buf.is_empty() {
                st.sep = self.sep();
                if self.json && st.buf.last() == Some(&b'{') {
                    st.sep = "";
                }
            }
            let pos = st.buf.len();
            st.open_groups();
            if st.append_attrs(attrs) {
                (st.buf, Some(st.prefix))
            } else {
                let mut b = st.buf;
                b.truncate(pos);
                (b, None)
            }
        };
        h2.preformatted = buf;
        if let Some(p) = prefix {
            h2.group_prefix = p;
            h2.n_open_groups = h2.groups.len();
        }
        Arc::new(h2)
    }

    fn with_group(&self, name: &Str) -> Arc<Common> {
        let mut h2 = self.clone();
        h2.groups.push(name.clone());
        Arc::new(h2)
    }

    /// Go's `commonHandler.handle`: built-in attributes, then the rest, one write.
    fn handle(&self, r: &Record) -> Error {
        let mut st = State::new(self, Vec::new(), "");
        if self.json {
            st.buf.push(b'{');
        }
        // ReplaceAttr sees no groups for the built-in attributes.
        let state_groups = st.groups.take();
        st.groups = state_groups.as_ref().map(|_| Vec::new());
        let rep = !self.opts.ReplaceAttr.is_nil();
        if !r.Time.is_zero() {
            let t = r.Time.round(crate::time::Duration(0));
            if rep {
                st.append_attr(Attr { Key: super::TIME_KEY, Value: time_value(&t) });
            } else {
                st.append_key(super::TIME_KEY.as_bytes());
                st.append_time(&t);
            }
        }
        if rep {
            st.append_attr(Attr { Key: super::LEVEL_KEY, Value: Value(Repr::Any(Any::from_value(r.Level))) });
        } else {
            st.append_key(super::LEVEL_KEY.as_bytes());
            st.append_string(r.Level.string().as_bytes());
        }
        if rep {
            st.append_attr(Attr { Key: super::MESSAGE_KEY, Value: string_value(&r.Message) });
        } else {
            st.append_key(super::MESSAGE_KEY.as_bytes());
            st.append_string(r.Message.as_bytes());
        }
        st.groups = state_groups;
        st.append_non_builtins(r);
        st.buf.push(b'\n');
        let buf = st.buf;
        let _g = self.mu.lock();
        match &self.w {
            Some(w) => w.write_bytes(&buf).1,
            None => Error::nil(),
        }
    }
}

/// Go's `handleState`: one record (or one `WithAttrs` call) being formatted.
struct State<'a> {
    h: &'a Common,
    buf: Vec<u8>,
    /// Written before the next key.
    sep: &'static str,
    /// For text: the open groups' key prefix (`g.h.`).
    prefix: Vec<u8>,
    /// The open groups, for `ReplaceAttr` (only kept when there is one).
    groups: Option<Vec<Str>>,
}

impl<'a> State<'a> {
    fn new(h: &'a Common, buf: Vec<u8>, sep: &'static str) -> State<'a> {
        let groups = if h.opts.ReplaceAttr.is_nil() { None } else { Some(h.groups[..h.n_open_groups].to_vec()) };
        State { h, buf, sep, prefix: Vec::new(), groups }
    }

    fn append_non_builtins(&mut self, r: &Record) {
        let pfa = &self.h.preformatted;
        if !pfa.is_empty() {
            self.buf.extend_from_slice(self.sep.as_bytes());
            self.buf.extend_from_slice(pfa);
            self.sep = self.h.sep();
            if self.h.json && pfa.last() == Some(&b'{') {
                self.sep = "";
            }
        }
        let mut n_open = self.h.n_open_groups;
        let attrs = r.attr_list();
        if !attrs.is_empty() {
            self.prefix.extend_from_slice(&self.h.group_prefix);
            let pos = self.buf.len();
            self.open_groups();
            n_open = self.h.groups.len();
            let mut empty = true;
            for a in attrs {
                if self.append_attr(a) {
                    empty = false;
                }
            }
            if empty {
                self.buf.truncate(pos);
                n_open = self.h.n_open_groups;
            }
        }
        if self.h.json {
            for _ in 0..n_open {
                self.buf.push(b'}');
            }
            self.buf.push(b'}');
        }
    }

    fn open_groups(&mut self) {
        let h = self.h;
        for n in &h.groups[h.n_open_groups..] {
            self.open_group(n);
        }
    }

    fn open_group(&mut self, name: &Str) {
        if self.h.json {
            self.append_key(name.as_bytes());
            self.buf.push(b'{');
            self.sep = "";
        } else {
            self.prefix.extend_from_slice(name.as_bytes());
            self.prefix.push(b'.');
        }
        if let Some(g) = &mut self.groups {
            g.push(name.clone());
        }
    }

    fn close_group(&mut self, name: &Str) {
        if self.h.json {
            self.buf.push(b'}');
        } else {
            let n = self.prefix.len() - name.as_bytes().len() - 1;
            self.prefix.truncate(n);
        }
        self.sep = self.h.sep();
        if let Some(g) = &mut self.groups {
            g.pop();
        }
    }

    fn append_attrs(&mut self, attrs: &[Attr]) -> bool {
        let mut non_empty = false;
        for a in attrs {
            if self.append_attr(a.clone()) {
                non_empty = true;
            }
        }
        non_empty
    }

    /// Go's `appendAttr`: false when nothing was written.
    fn append_attr(&mut self, mut a: Attr) -> bool {
        a.Value = a.Value.resolve();
        if !self.h.opts.ReplaceAttr.is_nil() && a.Value.group_attrs().is_none() {
            let gs = match &self.groups {
                Some(g) if !g.is_empty() => Slice::from_vec(g.clone()),
                _ => Slice::nil(),
            };
            a = (*self.h.opts.ReplaceAttr)(gs, a);
            a.Value = a.Value.resolve();
        }
        if a.is_empty() {
            return false;
        }
        if let Some(attrs) = a.Value.group_attrs() {
            if !attrs.is_empty() {
                let pos = self.buf.len();
                if !a.Key.is_empty() {
                    self.open_group(&a.Key);
                }
                if !self.append_attrs(attrs) {
                    self.buf.truncate(pos);
                    return false;
                }
                if !a.Key.is_empty() {
                    self.close_group(&a.Key);
                }
            }
        } else {
            self.append_key(a.Key.as_bytes());
            self.append_value(&a.Value);
        }
        true
    }

    fn append_error(&mut self, err: &Error) {
        let s = crate::fmt::sprintf(&Str::lit("!ERROR:%v"), &[err]);
        self.append_string(s.as_bytes());
    }

    fn append_key(&mut self, key: &[u8]) {
        self.buf.extend_from_slice(self.sep.as_bytes());
        if !self.prefix.is_empty() {
            let mut full = self.prefix.clone();
            full.extend_from_slice(key);
            self.append_string(&full);
        } else {
            self.append_string(key);
        }
        self.buf.push(if self.h.json { b':' } else { b'=' });
        self.sep = self.h.sep();
    }

    fn append_string(&mut self, s: &[u8]) {
        if self.h.json {
            self.buf.push(b'"');
            append_escaped_json(&mut self.buf, s);
            self.buf.push(b'"');
        } else if needs_quoting(s) {
            self.buf.extend_from_slice(crate::strconv::quote(&Str::from_bytes(s)).as_bytes());
        } else {
            self.buf.extend_from_slice(s);
        }
    }

    fn append_value(&mut self, v: &Value) {
        let err = if self.h.json { self.append_json_value(v) } else { self.append_text_value(v) };
        if let Err(e) = err {
            self.append_error(&e);
        }
    }

    fn append_time(&mut self, t: &Time) {
        if self.h.json {
            let y = t.year();
            if !(0..10000).contains(&y) {
                self.append_error(&crate::errors::new(&Str::lit("time.Time year outside of range [0,9999]")));
                return;
            }
            self.buf.push(b'"');
            self.buf.extend_from_slice(t.format(&crate::time::RFC3339_NANO).as_bytes());
            self.buf.push(b'"');
        } else {
            // Go's appendRFC3339Millis: truncated to the millisecond, always three digits.
            let t = t.truncate(crate::time::MILLISECOND).add(crate::time::Duration(100_000));
            let s = t.format(&crate::time::RFC3339_NANO);
            let b = s.as_bytes();
            const PREFIX: usize = "2006-01-02T15:04:05.000".len();
            self.buf.extend_from_slice(&b[..PREFIX]);
            self.buf.extend_from_slice(&b[PREFIX + 1..]);
        }
    }

    /// Go's `appendTextValue`.
    fn append_text_value(&mut self, v: &Value) -> Result<(), Error> {
        match &v.0 {
            Repr::String(s) => self.append_string(s.as_bytes()),
            Repr::Time(t) => self.append_time(t),
            Repr::Any(a) => {
                // `Level` and `*LevelVar` are Go's `encoding.TextAppender`s.
                if let Some(l) = a.downcast::<Level>() {
                    self.append_string(l.string().as_bytes());
                } else if let Some(l) = a.downcast::<super::LevelVar>() {
                    self.append_string(l.level().string().as_bytes());
                } else if let Some(bs) = a.downcast::<Slice<u8>>() {
                    let s = Str::from_vec(bs.to_vec());
                    self.buf.extend_from_slice(crate::strconv::quote(&s).as_bytes());
                } else {
                    let s = crate::fmt::sprintf(&Str::lit("%+v"), &[a]);
                    self.append_string(s.as_bytes());
                }
            }
            _ => v.append(&mut self.buf),
        }
        Ok(())
    }

    /// Go's `appendJSONValue`.
    fn append_json_value(&mut self, v: &Value) -> Result<(), Error> {
        match &v.0 {
            Repr::String(s) => self.append_string(s.as_bytes()),
            Repr::Int64(i) => self.buf.extend_from_slice(i.to_string().as_bytes()),
            Repr::Uint64(u) => self.buf.extend_from_slice(u.to_string().as_bytes()),
            Repr::Float64(f) => self.append_json_marshal(f)?,
            Repr::Bool(b) => self.buf.extend_from_slice(if *b { b"true" } else { b"false" }),
            Repr::Duration(d) => self.buf.extend_from_slice(d.0.to_string().as_bytes()),
            Repr::Time(t) => self.append_time(t),
            Repr::Any(a) => {
                // `Level`'s `MarshalJSON` quotes its name; an error that is no
                // `json.Marshaler` logs its text.
                if let Some(l) = a.downcast::<Level>() {
                    self.buf.extend_from_slice(crate::strconv::quote(&l.string()).as_bytes());
                } else if let Some(e) = a.convert::<dyn crate::value::GoError>() {
                    self.append_string(e.Error().as_bytes());
                } else {
                    self.append_json_marshal(a)?;
                }
            }
            Repr::Group(_) => {}
        }
        Ok(())
    }

    /// Go's `appendJSONMarshal`: `encoding/json` without HTML escaping, no final newline.
    fn append_json_marshal(&mut self, v: &dyn GoValue) -> Result<(), Error> {
        let out = crate::bytes::Buffer::default();
        let enc = crate::encoding::json::new_encoder(&Iface::new(Arc::new(out.clone())));
        enc.set_escape_html(false);
        let err = enc.encode(v);
        if !err.is_nil() {
            return Err(err);
        }
        let bs = out.bytes().to_vec();
        self.buf.extend_from_slice(&bs[..bs.len().saturating_sub(1)]);
        Ok(())
    }
}

/// Go's `needsQuoting` for the text handler: empty, or any byte outside the safe set, a
/// space, `=`, `"`, invalid UTF-8, a Unicode space or a non-printable rune.
fn needs_quoting(s: &[u8]) -> bool {
    if s.is_empty() {
        return true;
    }
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        if b < 0x80 {
            if b != b'\\' && (b == b' ' || b == b'=' || !SAFE[b as usize]) {
                return true;
            }
            i += 1;
            continue;
        }
        let (r, size) = decode_rune(&s[i..]);
        if r == 0xFFFD && size == 1 || crate::unicode::is_space(r) || !crate::unicode::is_print(r) {
            return true;
        }
        i += size;
    }
    false
}

/// Go's `utf8.DecodeRune`: the rune and its width; `(RuneError, 1)` for an invalid byte.
fn decode_rune(s: &[u8]) -> (i32, usize) {
    for len in 1..=s.len().min(4) {
        if let Ok(st) = std::str::from_utf8(&s[..len]) {
            return (st.chars().next().map_or(0xFFFD, |c| c as i32), len);
        }
    }
    (0xFFFD, 1)
}

/// Go's `safeSet`: printable ASCII but `"` and `\` (and DEL, which Go lists as safe).
static SAFE: [bool; 128] = {
    let mut t = [false; 128];
    let mut c = b' ';
    while c <= 0x7f {
        t[c as usize] = c != b'"' && c != b'\\';
        if c == 0x7f {
            break;
        }
        c += 1;
    }
    t
};

/// Go's `appendEscapedJSONString`.
fn append_escaped_json(buf: &mut Vec<u8>, s: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        if b < 0x80 {
            if SAFE[b as usize] {
                i += 1;
                continue;
            }
            buf.extend_from_slice(&s[start..i]);
            buf.push(b'\\');
            match b {
                b'\\' | b'"' => buf.push(b),
                b'\n' => buf.push(b'n'),
                b'\r' => buf.push(b'r'),
                b'\t' => buf.push(b't'),
                _ => {
                    buf.extend_from_slice(b"u00");
                    buf.push(HEX[(b >> 4) as usize]);
                    buf.push(HEX[(b & 0xf) as usize]);
                }
            }
            i += 1;
            start = i;
            continue;
        }
        let (c, size) = decode_rune(&s[i..]);
        if c == 0xFFFD && size == 1 {
            buf.extend_from_slice(&s[start..i]);
            // Go 1.27 (GOEXPERIMENT=jsonv2 by default) writes U+FFFD itself, not `\ufffd`.
            buf.extend_from_slice("\u{fffd}".as_bytes());
            i += size;
            start = i;
            continue;
        }
        if c == 0x2028 || c == 0x2029 {
            buf.extend_from_slice(&s[start..i]);
            buf.extend_from_slice(b"\\u202");
            buf.push(HEX[(c & 0xf) as usize]);
            i += size;
            start = i;
            continue;
        }
        i += size;
    }
    buf.extend_from_slice(&s[start..]);
}

/// The std handlers' `Handler` impls (forwarding to their inherent methods) and `GoValue`.
macro_rules! std_handler {
    ($t:ident, $name:literal) => {
        #[allow(non_snake_case)]
        impl Handler for $t {
            fn Enabled(&self, ctx: &Context, level: &Level) -> bool {
                $t::enabled(self, ctx, level)
            }
            fn Handle(&self, ctx: &Context, r: &Record) -> Error {
                $t::handle(self, ctx, r)
            }
            fn WithAttrs(&self, attrs: &Slice<Attr>) -> Iface<dyn Handler> {
                $t::with_attrs(self, attrs)
            }
            fn WithGroup(&self, name: &Str) -> Iface<dyn Handler> {
                $t::with_group(self, name)
            }
        }
        impl PartialEq for $t {
            fn eq(&self, other: &Self) -> bool {
                Arc::ptr_eq(&self.inner, &other.inner)
            }
        }
        crate::value::ptr_handle_value!($t, $name);
    };
}

/// Go's `slog.TextHandler`: `key=value` lines. `*slog.TextHandler` is this handle.
#[derive(Clone)]
pub struct TextHandler {
    inner: Arc<Common>,
}

/// Go's `slog.JSONHandler`: one JSON object per line. `*slog.JSONHandler` is this handle.
#[derive(Clone)]
pub struct JSONHandler {
    inner: Arc<Common>,
}

/// `slog.NewTextHandler(w, opts)` (nil `opts`: the defaults).
pub fn new_text_handler(w: &Iface<dyn Writer>, opts: &crate::Ptr<HandlerOptions>) -> TextHandler {
    TextHandler { inner: Common::with_writer(false, w, opts) }
}

/// `slog.NewJSONHandler(w, opts)` (nil `opts`: the defaults).
pub fn new_json_handler(w: &Iface<dyn Writer>, opts: &crate::Ptr<HandlerOptions>) -> JSONHandler {
    JSONHandler { inner: Common::with_writer(true, w, opts) }
}

impl TextHandler {
    /// `h.Enabled(ctx, level)`.
    pub fn enabled(&self, _ctx: &Context, level: &Level) -> bool {
        self.inner.enabled(level)
    }
    /// `h.Handle(ctx, r)`.
    pub fn handle(&self, _ctx: &Context, r: &Record) -> Error {
        self.inner.handle(r)
    }
    /// `h.WithAttrs(attrs)`.
    pub fn with_attrs(&self, attrs: &Slice<Attr>) -> Iface<dyn Handler> {
        Iface::new(Arc::new(TextHandler { inner: self.inner.with_attrs(&attrs.to_vec()) }))
    }
    /// `h.WithGroup(name)`.
    pub fn with_group(&self, name: &Str) -> Iface<dyn Handler> {
        Iface::new(Arc::new(TextHandler { inner: self.inner.with_group(name) }))
    }
}

impl JSONHandler {
    /// `h.Enabled(ctx, level)`.
    pub fn enabled(&self, _ctx: &Context, level: &Level) -> bool {
        self.inner.enabled(level)
    }
    /// `h.Handle(ctx, r)`.
    pub fn handle(&self, _ctx: &Context, r: &Record) -> Error {
        self.inner.handle(r)
    }
    /// `h.WithAttrs(attrs)`.
    pub fn with_attrs(&self, attrs: &Slice<Attr>) -> Iface<dyn Handler> {
        Iface::new(Arc::new(JSONHandler { inner: self.inner.with_attrs(&attrs.to_vec()) }))
    }
    /// `h.WithGroup(name)`.
    pub fn with_group(&self, name: &Str) -> Iface<dyn Handler> {
        Iface::new(Arc::new(JSONHandler { inner: self.inner.with_group(name) }))
    }
}

/// A zero `TextHandler`/`JSONHandler` (Go's `new(slog.TextHandler)`) has no writer: records
/// are formatted and dropped.
impl Default for TextHandler {
    fn default() -> Self {
        TextHandler { inner: Arc::new(Common::new(false, None, HandlerOptions::default())) }
    }
}
impl Default for JSONHandler {
    fn default() -> Self {
        JSONHandler { inner: Arc::new(Common::new(true, None, HandlerOptions::default())) }
    }
}
std_handler!(TextHandler, "*slog.TextHandler");
std_handler!(JSONHandler, "*slog.JSONHandler");

/// Go's `defaultHandler`: `LEVEL msg k=v` through package `log`'s standard logger.
#[derive(Clone)]
pub(super) struct DefaultHandler {
    inner: Arc<Common>,
}

impl DefaultHandler {
    pub(super) fn new() -> DefaultHandler {
        DefaultHandler { inner: Arc::new(Common::new(false, None, HandlerOptions::default())) }
    }
    fn enabled(&self, _ctx: &Context, level: &Level) -> bool {
        *level >= LOG_LOGGER_LEVEL.level()
    }
    fn handle(&self, _ctx: &Context, r: &Record) -> Error {
        let mut buf = r.Level.string().as_bytes().to_vec();
        buf.push(b' ');
        buf.extend_from_slice(r.Message.as_bytes());
        let mut st = State::new(&self.inner, buf, " ");
        st.append_non_builtins(r);
        crate::log::std_output(&st.buf);
        Error::nil()
    }
    fn with_attrs(&self, attrs: &Slice<Attr>) -> Iface<dyn Handler> {
        Iface::new(Arc::new(DefaultHandler { inner: self.inner.with_attrs(&attrs.to_vec()) }))
    }
    fn with_group(&self, name: &Str) -> Iface<dyn Handler> {
        Iface::new(Arc::new(DefaultHandler { inner: self.inner.with_group(name) }))
    }
}
std_handler!(DefaultHandler, "*slog.defaultHandler");

/// Go's `discardHandler`: disabled at every level.
#[derive(Clone, Default)]
pub struct DiscardHandler {
    inner: Arc<()>,
}

impl DiscardHandler {
    fn enabled(&self, _ctx: &Context, _level: &Level) -> bool {
        false
    }
    fn handle(&self, _ctx: &Context, _r: &Record) -> Error {
        Error::nil()
    }
    fn with_attrs(&self, _attrs: &Slice<Attr>) -> Iface<dyn Handler> {
        Iface::new(Arc::new(self.clone()))
    }
    fn with_group(&self, _name: &Str) -> Iface<dyn Handler> {
        Iface::new(Arc::new(self.clone()))
    }
}
std_handler!(DiscardHandler, "slog.discardHandler");

/// `slog.DiscardHandler`.
pub fn discard_handler() -> Iface<dyn Handler> {
    Iface::new(Arc::new(DiscardHandler::default()))
}

/// Go's `handlerWriter`: each write to package `log` becomes a record at `level`.
#[derive(Clone)]
pub(super) struct HandlerWriter {
    pub(super) h: Iface<dyn Handler>,
    pub(super) level: Iface<dyn Leveler>,
}

#[allow(non_snake_case)]
impl Writer for HandlerWriter {
    fn Write(&self, p: &Slice<u8>) -> (i64, Error) {
        self.write_bytes(&p.to_vec())
    }
    fn write_bytes(&self, b: &[u8]) -> (i64, Error) {
        let level = self.level.Level();
        let ctx = crate::context::background();
        if !self.h.Enabled(&ctx, &level) {
            return (0, Error::nil());
        }
        let msg = b.strip_suffix(b"\n").unwrap_or(b);
        let r = new_record(&crate::time::now(), &level, &Str::from_bytes(msg), 0);
        (b.len() as i64, self.h.Handle(&ctx, &r))
    }
}

impl GoValue for HandlerWriter {
    fn kind(&self) -> GoKind {
        GoKind::Ptr
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_pointer(self, 0, verb)
    }
    fn go_type_name() -> String {
        "*slog.handlerWriter".into()
    }
}

#[cfg(test)]
#[path = "handler_tests.rs"]
mod tests;
