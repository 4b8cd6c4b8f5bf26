//! `json.Encoder`: `Encode` writes each value's JSON and a newline to an `io.Writer`, with
//! `SetIndent` and `SetEscapeHTML` (Go's `stream.go`).

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
