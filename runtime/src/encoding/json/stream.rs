//! `json.Encoder`: `Encode` writes each value's JSON and a newline to an `io.Writer`, with
//! `SetIndent` and `SetEscapeHTML` (Go's `stream.go`); `json.Decoder`: `Decode` reads the next
//! value of a stream of JSON values from an `io.Reader`, reading only as far as it needs.

use std::sync::Arc;

use parking_lot::Mutex;

use super::EncodeState;
use crate::io::Writer as _;
use crate::value::{Error, GoValue, Iface, Str};

/// Go's `json.Encoder` (a handle for `*json.Encoder`: `Clone` shares the state).
#[derive(Clone)]
pub struct Encoder {
    inner: Arc<Mutex<State>>,
}

struct State {
    w: Iface<dyn crate::io::Writer>,
    prefix: Str,
    indent: Str,
    escape_html: bool,
}

/// `json.NewEncoder(w)`.
pub fn new_encoder(w: &Iface<dyn crate::io::Writer>) -> Encoder {
    let st = State { w: w.clone(), prefix: Str::default(), indent: Str::default(), escape_html: true };
    Encoder { inner: Arc::new(Mutex::new(st)) }
}

impl Default for Encoder {
    fn default() -> Self {
        new_encoder(&Iface::nil())
    }
}

impl Encoder {
    /// `enc.Encode(v)`: the JSON of `v` and a newline, in one write; nothing is written when
    /// `v` cannot be encoded.
    pub fn encode(&self, v: &dyn GoValue) -> Error {
        let (w, prefix, indent, escape_html) = {
            let g = self.inner.lock();
            (g.w.clone(), g.prefix.clone(), g.indent.clone(), g.escape_html)
        };
        let mut e = EncodeState::with_escape_html(escape_html);
        e.value(v);
        let mut b = match e.into_result() {
            Ok(b) => b,
            Err(err) => return err,
        };
        if !prefix.is_empty() || !indent.is_empty() {
            b = super::append_indent(Vec::new(), &b, prefix.as_bytes(), indent.as_bytes());
        }
        b.push(b'\n');
        w.write_bytes(&b).1
    }
    /// `enc.SetIndent(prefix, indent)`: later values are written as `MarshalIndent` would.
    pub fn set_indent(&self, prefix: &Str, indent: &Str) {
        let mut g = self.inner.lock();
        g.prefix = prefix.clone();
        g.indent = indent.clone();
    }
    /// `enc.SetEscapeHTML(on)`: whether `<`, `>` and `&` in strings are escaped (default true).
    pub fn set_escape_html(&self, on: bool) {
        self.inner.lock().escape_html = on;
    }
}

crate::value::ptr_handle_value!(Encoder, "*json.Encoder");

impl PartialEq for Encoder {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

/// Go's `json.Decoder` (a handle for `*json.Decoder`: `Clone` shares the state).
#[derive(Clone)]
pub struct Decoder {
    inner: Arc<Mutex<DecState>>,
}

struct DecState {
    r: Iface<dyn crate::io::Reader>,
    /// Read but not yet decoded input.
    buf: Vec<u8>,
    /// The reader's error (`io.EOF` at the end), once it returned one: no more reads.
    read_err: Option<Error>,
    disallow_unknown: bool,
}

/// `json.NewDecoder(r)`.
pub fn new_decoder(r: &Iface<dyn crate::io::Reader>) -> Decoder {
    let st = DecState { r: r.clone(), buf: Vec::new(), read_err: None, disallow_unknown: false };
    Decoder { inner: Arc::new(Mutex::new(st)) }
}

impl Default for Decoder {
    fn default() -> Self {
        new_decoder(&Iface::nil())
    }
}

impl DecState {
    /// Reads one more chunk into `buf`; false once the reader has returned an error.
    fn fill(&mut self) -> bool {
        if self.read_err.is_some() {
            return false;
        }
        let chunk = crate::Slice::<u8>::make(4096, 4096);
        let (n, err) = self.r.read(&chunk);
        if n > 0 {
            self.buf.extend_from_slice(&chunk.to_vec()[..n as usize]);
        }
        if !err.is_nil() {
            self.read_err = Some(err);
        }
        true
    }

    fn skip_ws(&mut self) {
        let n = self.buf.iter().take_while(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r')).count();
        self.buf.drain(..n);
    }
}

impl Decoder {
    /// `dec.Decode(v)`: the next JSON value of the stream into `v` (a pointer); `io.EOF` when
    /// the stream ended between values, `io.ErrUnexpectedEOF` inside one.
    pub fn decode(&self, v: &dyn GoValue) -> Error {
        // The value is parsed under the lock, then decoded without it (decoding runs no user
        // code, but keeps the critical section to the reader's buffer).
        let (value, disallow) = {
            let mut g = self.inner.lock();
            loop {
                g.skip_ws();
                let at_eof = g.read_err.is_some();
                match super::decode::parse_prefix(&g.buf, at_eof) {
                    super::decode::Prefix::Value(value, used) => {
                        g.buf.drain(..used);
                        break (value, g.disallow_unknown);
                    }
                    super::decode::Prefix::Invalid(msg) => return super::decode::error(msg),
                    super::decode::Prefix::Incomplete => {
                        if !g.fill() {
                            let err = g.read_err.clone().unwrap_or_default();
                            if g.buf.is_empty() || !err.eq_dyn(&crate::io::eof()) {
                                return err;
                            }
                            return crate::io::err_unexpected_eof();
                        }
                    }
                }
            }
        };
        super::decode::decode_into(&value, v, disallow)
    }

    /// `dec.More()`: whether another element follows in the array or object being read (the
    /// next input byte, after whitespace, is not `]` or `}` and the input has not ended).
    pub fn more(&self) -> bool {
        let mut g = self.inner.lock();
        loop {
            g.skip_ws();
            if let Some(&c) = g.buf.first() {
                return c != b']' && c != b'}';
            }
            if !g.fill() {
                return false;
            }
        }
    }

    /// `dec.DisallowUnknownFields()`: an object key that no field of the target struct takes
    /// is an error (`json: unknown field "k"`).
    pub fn disallow_unknown_fields(&self) {
        self.inner.lock().disallow_unknown = true;
    }
}

crate::value::ptr_handle_value!(Decoder, "*json.Decoder");

impl PartialEq for Decoder {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}
