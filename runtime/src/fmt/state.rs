//! `fmt.State` and `fmt.Formatter`: a type with a `Format(f fmt.State, verb rune)` method prints
//! itself. The printer hands `Format` a [`PrintState`] holding its flags, width and precision;
//! what `Format` writes to it is appended to the printer's output when `Format` returns (Go's
//! `pp` appends to its buffer as it goes: the same bytes, since nothing else writes meanwhile).

use std::sync::{Arc, Mutex};

use super::format::Flags;
use crate::value::{GoValue, Iface};
use crate::{Error, Slice, Str};

/// Go's `fmt.State`.
#[allow(non_snake_case)]
pub trait State: GoValue {
    /// Go's `Write(b []byte) (n int, err error)`.
    fn Write(&self, b: &Slice<u8>) -> (i64, Error);
    /// Go's `Width() (wid int, ok bool)`.
    fn Width(&self) -> (i64, bool);
    /// Go's `Precision() (prec int, ok bool)`.
    fn Precision(&self) -> (i64, bool);
    /// Go's `Flag(c int) bool`.
    fn Flag(&self, c: i64) -> bool;
    /// `f.Write(b)` under the std method convention.
    fn write(&self, b: &Slice<u8>) -> (i64, Error) {
        self.Write(b)
    }
    /// `f.Width()` under the std method convention.
    fn width(&self) -> (i64, bool) {
        self.Width()
    }
    /// `f.Precision()` under the std method convention.
    fn precision(&self) -> (i64, bool) {
        self.Precision()
    }
    /// `f.Flag(c)` under the std method convention.
    fn flag(&self, c: i64) -> bool {
        self.Flag(c)
    }
}

/// Go's `fmt.Formatter`.
#[allow(non_snake_case)]
pub trait Formatter: GoValue {
    /// Go's `Format(f State, verb rune)`.
    fn Format(&self, f: Iface<dyn State>, verb: i32);
    /// `x.Format(f, verb)` under the std method convention.
    fn format(&self, f: &Iface<dyn State>, verb: i32) {
        self.Format(f.clone(), verb)
    }
}

/// An interface value delegates to its dynamic value (nil panics Go's way).
impl State for Iface<dyn State> {
    fn Write(&self, b: &Slice<u8>) -> (i64, Error) {
        (**self).Write(b)
    }
    fn Width(&self) -> (i64, bool) {
        (**self).Width()
    }
    fn Precision(&self) -> (i64, bool) {
        (**self).Precision()
    }
    fn Flag(&self, c: i64) -> bool {
        (**self).Flag(c)
    }
}

impl Formatter for Iface<dyn Formatter> {
    fn Format(&self, f: Iface<dyn State>, verb: i32) {
        (**self).Format(f, verb)
    }
}

/// The `fmt.State` a printer passes to `Format` (Go's `*fmt.pp`): the flags of the verb being
/// printed and the bytes written so far.
#[derive(Clone)]
pub struct PrintState {
    inner: Arc<StateInner>,
}

struct StateInner {
    flags: Flags,
    out: Mutex<Vec<u8>>,
}

impl PrintState {
    pub(crate) fn new(flags: Flags) -> PrintState {
        PrintState { inner: Arc::new(StateInner { flags, out: Mutex::new(Vec::new()) }) }
    }

    /// The bytes `Format` wrote.
    pub(crate) fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.inner.out.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

impl PartialEq for PrintState {
    fn eq(&self, o: &PrintState) -> bool {
        Arc::ptr_eq(&self.inner, &o.inner)
    }
}

crate::value::ptr_handle_value!(PrintState, "*fmt.pp");

#[allow(non_snake_case)]
impl State for PrintState {
    fn Write(&self, b: &Slice<u8>) -> (i64, Error) {
        let bytes = b.to_vec();
        self.inner.out.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(&bytes);
        (bytes.len() as i64, Error::nil())
    }
    fn Width(&self) -> (i64, bool) {
        (self.inner.flags.wid as i64, self.inner.flags.wid_present)
    }
    fn Precision(&self) -> (i64, bool) {
        (self.inner.flags.prec as i64, self.inner.flags.prec_present)
    }
    fn Flag(&self, c: i64) -> bool {
        let f = &self.inner.flags;
        match u8::try_from(c) {
            Ok(b'-') => f.minus,
            Ok(b'+') => f.plus || f.plus_v,
            Ok(b'#') => f.sharp || f.sharp_v,
            Ok(b' ') => f.space,
            Ok(b'0') => f.zero,
            _ => false,
        }
    }
}

#[allow(non_snake_case)]
impl crate::io::Writer for PrintState {
    fn Write(&self, p: &Slice<u8>) -> (i64, Error) {
        State::Write(self, p)
    }
    fn write_bytes(&self, b: &[u8]) -> (i64, Error) {
        self.inner.out.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(b);
        (b.len() as i64, Error::nil())
    }
}

crate::go_interface!(State = "fmt.State" { Flag, Precision, Width, Write } impls [PrintState]);
crate::go_interface!(Formatter = "fmt.Formatter" { Format } impls []);

/// Go's `fmt.FormatString(state, verb)`: the directive (`%+-# 0` flags, width, precision,
/// verb) that `state` was made for.
pub fn format_string(state: &Iface<dyn State>, verb: i32) -> Str {
    let mut b = vec![b'%'];
    for c in [b' ', b'+', b'-', b'#', b'0'] {
        if state.Flag(c as i64) {
            b.push(c);
        }
    }
    if let (w, true) = state.Width() {
        b.extend_from_slice(w.to_string().as_bytes());
    }
    if let (p, true) = state.Precision() {
        b.push(b'.');
        b.extend_from_slice(p.to_string().as_bytes());
    }
    let mut s = Str::from_vec(b);
    s += &Str::from_rune(verb);
    s
}
