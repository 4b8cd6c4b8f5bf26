//! The printer (a port of `fmt/print.go`'s `pp`): argument handling, `Error`/`String` methods,
//! `printValue` for every kind, bad-verb texts, and `Printf`'s format-string interpreter.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use super::format::{Flags, Fmt, LDIGITS, UDIGITS};
use crate::value::{Basic, GoValue, Kind};

/// Go's `pp`: the state of one `Print*`/`Sprint*`/`Errorf` call. Value types call its `fmt_*`
/// methods from `GoValue::fmt_value`.
pub struct Printer {
    pub(crate) buf: Vec<u8>,
    fmt: Fmt,
    erroring: bool,
    panicking: bool,
    pub(crate) wrap_errs: bool,
    pub(crate) wrapped: Vec<usize>,
    reordered: bool,
    good_arg_num: bool,
    depth: usize,
    ro: bool,
    named: Option<&'static str>,
}

impl Default for Printer {
    fn default() -> Self {
        Printer::new()
    }
}

fn exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}

fn field_name(name: &'static str) -> &'static str {
    name.strip_prefix("r#").unwrap_or(name)
}

/// Unwraps interface values to their dynamic value (`None` for nil).
fn unwrap_iface(v: &dyn GoValue) -> Option<&dyn GoValue> {
    let mut v = v;
    while let Some(inner) = v.iface_elem() {
        v = inner?;
    }
    Some(v)
}

impl Printer {
    /// A fresh printer.
    pub fn new() -> Printer {
        Printer {
            buf: Vec::new(),
            fmt: Fmt { f: Flags::default() },
            erroring: false,
            panicking: false,
            wrap_errs: false,
            wrapped: Vec::new(),
            reordered: false,
            good_arg_num: true,
            depth: 0,
            ro: false,
            named: None,
        }
    }

    /// The bytes printed so far.
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }

    fn type_name_of(&mut self, v: &dyn GoValue) -> String {
        match self.named.take() {
            Some(n) => n.to_string(),
            None => v.type_name(),
        }
    }

    fn write_char(&mut self, c: char) {
        let mut b = [0u8; 4];
        self.buf.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
    }

    /// Go's `printArg`: a top-level argument (interfaces already unwrapped by the caller or
    /// here).
    pub(crate) fn print_arg(&mut self, arg: &dyn GoValue, verb: char) {
        let saved = (self.depth, self.ro, self.named.take());
        self.depth = 0;
        self.ro = false;
        match unwrap_iface(arg) {
            None => match verb {
                'T' | 'v' => self.fmt.pad(&mut self.buf, b"<nil>"),
                _ => self.bad_verb(None, verb),
            },
            Some(v) => match verb {
                'T' => {
                    let n = v.type_name();
                    self.fmt.fmt_s(&mut self.buf, n.as_bytes())
                }
                'p' => self.fmt_pointer(v, v.addr(), 'p'),
                _ => {
                    if !self.handle_methods(v, verb) {
                        v.fmt_value(self, verb)
                    }
                }
            },
        }
        self.depth = saved.0;
        self.ro = saved.1;
        self.named = saved.2;
    }

    /// Go's `printValue` for an element of a composite (depth + 1): honours `Error`/`String`
    /// unless reached through an unexported field.
    pub fn print_value(&mut self, v: &dyn GoValue, verb: char) {
        let saved_named = self.named.take();
        self.depth += 1;
        if self.ro || !self.handle_methods(v, verb) {
            v.fmt_value(self, verb);
        }
        self.depth -= 1;
        self.named = saved_named;
    }

    fn print_field(&mut self, v: &dyn GoValue, verb: char, exported: bool) {
        let saved = self.ro;
        self.ro = saved || !exported;
        self.print_value(v, verb);
        self.ro = saved;
    }

    /// Go's `handleMethods`.
    fn handle_methods(&mut self, v: &dyn GoValue, verb: char) -> bool {
        if self.erroring {
            return false;
        }
        let mut verb = verb;
        if verb == 'w' {
            if v.as_error().is_none() || !self.wrap_errs {
                self.bad_verb(Some(v), verb);
                return true;
            }
            verb = 'v';
        }
        if let Some(f) = v.as_formatter() {
            // Go: a Formatter prints itself, whatever the verb.
            let st = super::PrintState::new(self.fmt.f);
            let res = catch_unwind(AssertUnwindSafe(|| f.Format(crate::Iface::new(Arc::new(st.clone())), verb as i32)));
            self.buf.extend_from_slice(&st.take());
            if let Err(payload) = res {
                self.catch_panic(v, verb, "Format", payload);
            }
            return true;
        }
        if self.fmt.f.sharp_v {
            // Go: a GoStringer prints itself under %#v.
            return match catch_unwind(AssertUnwindSafe(|| v.go_string())) {
                Ok(Some(s)) => {
                    self.fmt.fmt_s(&mut self.buf, s.as_bytes());
                    true
                }
                Ok(None) => false,
                Err(payload) => {
                    self.catch_panic(v, verb, "GoString", payload);
                    true
                }
            };
        }
        if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        }
        let (method, text) = if let Some(e) = v.as_error() {
            ("Error", catch_unwind(AssertUnwindSafe(|| e.Error())))
        } else if let Some(s) = v.as_stringer() {
            ("String", catch_unwind(AssertUnwindSafe(|| s.String())))
        } else {
            return false;
        };
        match text {
            Ok(s) => self.fmt_string_verb(Some(v), s.as_bytes(), verb),
            Err(payload) => self.catch_panic(v, verb, method, payload),
        }
        true
    }

    fn catch_panic(&mut self, v: &dyn GoValue, verb: char, method: &str, payload: Box<dyn std::any::Any + Send>) {
        if v.kind() == Kind::Ptr && v.addr() == 0 {
            self.buf.extend_from_slice(b"<nil>");
            return;
        }
        if self.panicking {
            std::panic::resume_unwind(payload);
        }
        let old = self.fmt.f;
        self.fmt.clear();
        self.buf.extend_from_slice(b"%!");
        self.write_char(verb);
        self.buf.extend_from_slice(b"(PANIC=");
        self.buf.extend_from_slice(method.as_bytes());
        self.buf.extend_from_slice(b" method: ");
        self.panicking = true;
        let value = super::payload_value(payload);
        self.print_arg(&value, 'v');
        self.panicking = false;
        self.buf.push(b')');
        self.fmt.f = old;
    }

    /// Go's `badVerb`: `%!d(string=hi)`.
    pub fn bad_verb(&mut self, v: Option<&dyn GoValue>, verb: char) {
        self.erroring = true;
        self.buf.extend_from_slice(b"%!");
        self.write_char(verb);
        self.buf.push(b'(');
        match v {
            Some(v) => {
                let n = self.type_name_of(v);
                self.buf.extend_from_slice(n.as_bytes());
                self.buf.push(b'=');
                self.print_arg(v, 'v');
            }
            None => self.buf.extend_from_slice(b"<nil>"),
        }
        self.buf.push(b')');
        self.erroring = false;
    }

    /// Raw bytes, for values whose Go printing is fixed text.
    pub fn write_raw(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b)
    }

    /// Booleans (`%t`, `%v`).
    pub fn fmt_bool(&mut self, v: &dyn GoValue, b: bool, verb: char) {
        match verb {
            't' | 'v' => self.fmt.fmt_boolean(&mut self.buf, b),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    fn fmt_0x64(&mut self, u: u64, leading0x: bool) {
        let sharp = self.fmt.f.sharp;
        self.fmt.f.sharp = leading0x;
        self.fmt.fmt_integer(&mut self.buf, u, 16, false, 'v', LDIGITS);
        self.fmt.f.sharp = sharp;
    }

    /// Integers of every size (`u` is the value's bits sign-extended to 64).
    pub fn fmt_integer(&mut self, v: &dyn GoValue, u: u64, signed: bool, verb: char) {
        let b = &mut self.buf;
        match verb {
            'v' => {
                if self.fmt.f.sharp_v && !signed {
                    self.fmt_0x64(u, true)
                } else {
                    self.fmt.fmt_integer(b, u, 10, signed, verb, LDIGITS)
                }
            }
            'd' => self.fmt.fmt_integer(b, u, 10, signed, verb, LDIGITS),
            'b' => self.fmt.fmt_integer(b, u, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.fmt.fmt_integer(b, u, 8, signed, verb, LDIGITS),
            'x' => self.fmt.fmt_integer(b, u, 16, signed, verb, LDIGITS),
            'X' => self.fmt.fmt_integer(b, u, 16, signed, verb, UDIGITS),
            'c' => self.fmt.fmt_c(b, u),
            'q' => self.fmt.fmt_qc(b, u),
            'U' => self.fmt.fmt_unicode(b, u),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    /// Floats (`size` is 32 or 64).
    pub fn fmt_float(&mut self, v: &dyn GoValue, f: f64, size: u32, verb: char) {
        let b = &mut self.buf;
        match verb {
            'v' => self.fmt.fmt_float(b, f, size, 'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt.fmt_float(b, f, size, verb, -1),
            'f' | 'e' | 'E' => self.fmt.fmt_float(b, f, size, verb, 6),
            'F' => self.fmt.fmt_float(b, f, size, 'f', 6),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    /// Complex numbers (`size` is 64 or 128).
    pub fn fmt_complex(&mut self, v: &dyn GoValue, re: f64, im: f64, size: u32, verb: char) {
        match verb {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let old_plus = self.fmt.f.plus;
                self.buf.push(b'(');
                self.fmt_float(v, re, size / 2, verb);
                self.fmt.f.plus = true;
                self.fmt_float(v, im, size / 2, verb);
                self.buf.extend_from_slice(b"i)");
                self.fmt.f.plus = old_plus;
            }
            _ => self.bad_verb(Some(v), verb),
        }
    }

    /// Strings.
    pub fn fmt_string(&mut self, v: &dyn GoValue, s: &[u8], verb: char) {
        self.fmt_string_verb(Some(v), s, verb)
    }

    fn fmt_string_verb(&mut self, v: Option<&dyn GoValue>, s: &[u8], verb: char) {
        let b = &mut self.buf;
        match verb {
            'v' => {
                if self.fmt.f.sharp_v {
                    self.fmt.fmt_q(b, s)
                } else {
                    self.fmt.fmt_s(b, s)
                }
            }
            's' => self.fmt.fmt_s(b, s),
            'x' => self.fmt.fmt_sbx(b, s, LDIGITS),
            'X' => self.fmt.fmt_sbx(b, s, UDIGITS),
            'q' => self.fmt.fmt_q(b, s),
            _ => self.bad_verb(v, verb),
        }
    }

    /// Go's `fmtBytes` for `[]byte` and `[N]byte` under `%s %q %x %X` (and `%v %d`).
    fn fmt_bytes(&mut self, v: &dyn GoValue, bytes: &[u8], is_nil: bool, verb: char, type_name: &str) {
        match verb {
            'v' | 'd' => {
                if self.fmt.f.sharp_v {
                    self.buf.extend_from_slice(type_name.as_bytes());
                    if is_nil {
                        self.buf.extend_from_slice(b"(nil)");
                        return;
                    }
                    self.buf.push(b'{');
                    for (i, &c) in bytes.iter().enumerate() {
                        if i > 0 {
                            self.buf.extend_from_slice(b", ");
                        }
                        self.fmt_0x64(c as u64, true);
                    }
                    self.buf.push(b'}');
                } else {
                    self.buf.push(b'[');
                    for (i, &c) in bytes.iter().enumerate() {
                        if i > 0 {
                            self.buf.push(b' ');
                        }
                        self.fmt.fmt_integer(&mut self.buf, c as u64, 10, false, verb, LDIGITS);
                    }
                    self.buf.push(b']');
                }
            }
            's' => self.fmt.fmt_s(&mut self.buf, bytes),
            'x' => self.fmt.fmt_sbx(&mut self.buf, bytes, LDIGITS),
            'X' => self.fmt.fmt_sbx(&mut self.buf, bytes, UDIGITS),
            'q' => self.fmt.fmt_q(&mut self.buf, bytes),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    /// Slices and arrays: `[1 2 3]`, `[]int{1, 2, 3}`, byte slices as text for `%s %q %x %X`.
    /// `each(p, i)` prints element `i` (through `print_value`).
    pub fn fmt_seq(
        &mut self,
        v: &dyn GoValue,
        verb: char,
        is_nil: bool,
        bytes: Option<Vec<u8>>,
        n: usize,
        each: &mut dyn FnMut(&mut Printer, usize),
    ) {
        let mut tn = self.type_name_of(v);
        // A top-level `[]byte` argument is Go's `case []byte` in printArg, named `[]byte`.
        if self.depth == 0 && bytes.is_some() && tn == "[]uint8" {
            tn = "[]byte".to_string();
        }
        if let Some(bytes) = &bytes
            && matches!(verb, 's' | 'q' | 'x' | 'X')
        {
            self.fmt_bytes(v, bytes, is_nil, verb, &tn);
            return;
        }
        if self.fmt.f.sharp_v {
            self.buf.extend_from_slice(tn.as_bytes());
            if is_nil && v.kind() == Kind::Slice {
                self.buf.extend_from_slice(b"(nil)");
                return;
            }
            self.buf.push(b'{');
            for i in 0..n {
                if i > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                each(self, i);
            }
            self.buf.push(b'}');
        } else {
            self.buf.push(b'[');
            for i in 0..n {
                if i > 0 {
                    self.buf.push(b' ');
                }
                each(self, i);
            }
            self.buf.push(b']');
        }
    }

    /// Maps, with keys already sorted: `map[a:1 b:2]`, `map[string]int{"a":1, "b":2}`.
    pub fn fmt_map(&mut self, v: &dyn GoValue, verb: char, is_nil: bool, entries: &[(&dyn GoValue, &dyn GoValue)]) {
        let tn = self.type_name_of(v);
        if self.fmt.f.sharp_v {
            self.buf.extend_from_slice(tn.as_bytes());
            if is_nil {
                self.buf.extend_from_slice(b"(nil)");
                return;
            }
            self.buf.push(b'{');
        } else {
            self.buf.extend_from_slice(b"map[");
        }
        for (i, (k, val)) in entries.iter().enumerate() {
            if i > 0 {
                if self.fmt.f.sharp_v {
                    self.buf.extend_from_slice(b", ");
                } else {
                    self.buf.push(b' ');
                }
            }
            self.print_value(*k, verb);
            self.buf.push(b':');
            self.print_value(*val, verb);
        }
        self.buf.push(if self.fmt.f.sharp_v { b'}' } else { b']' });
    }

    /// Structs: `{1 2}`, `{A:1 B:2}` (`%+v`), `main.T{A:1, B:2}` (`%#v`). Field names decide
    /// exportedness (methods are not called on values reached through unexported fields).
    pub fn fmt_struct(&mut self, v: &dyn GoValue, verb: char, fields: &[(&'static str, &dyn GoValue)]) {
        let tn = self.type_name_of(v);
        if self.fmt.f.sharp_v {
            self.buf.extend_from_slice(tn.as_bytes());
        }
        self.buf.push(b'{');
        for (i, (name, f)) in fields.iter().enumerate() {
            if i > 0 {
                if self.fmt.f.sharp_v {
                    self.buf.extend_from_slice(b", ");
                } else {
                    self.buf.push(b' ');
                }
            }
            let name = field_name(name);
            if self.fmt.f.plus_v || self.fmt.f.sharp_v {
                self.buf.extend_from_slice(name.as_bytes());
                self.buf.push(b':');
            }
            self.print_field(*f, verb, exported(name));
        }
        self.buf.push(b'}');
    }

    /// A runtime-internal struct printed without fields.
    pub fn fmt_opaque_struct(&mut self, v: &dyn GoValue, verb: char) {
        self.fmt_struct(v, verb, &[])
    }

    /// Interface-typed elements: `<nil>` or the dynamic value.
    pub fn fmt_interface(&mut self, v: &dyn GoValue, elem: Option<&dyn GoValue>, verb: char) {
        match elem {
            None => {
                if self.fmt.f.sharp_v {
                    let tn = self.type_name_of(v);
                    self.buf.extend_from_slice(tn.as_bytes());
                    self.buf.extend_from_slice(b"(nil)");
                } else {
                    self.buf.extend_from_slice(b"<nil>");
                }
            }
            Some(e) => self.print_value(e, verb),
        }
    }

    /// Pointers: `&{1 2}` at top level for pointers to structs, arrays, slices and maps,
    /// else the address.
    pub fn fmt_ptr(&mut self, v: &dyn GoValue, addr: usize, target: Option<&dyn GoValue>, verb: char) {
        if self.depth == 0
            && addr != 0
            && let Some(t) = target
            && matches!(t.kind(), Kind::Array | Kind::Slice | Kind::Struct | Kind::Map)
        {
            self.buf.push(b'&');
            self.print_value(t, verb);
            return;
        }
        self.fmt_pointer(v, addr, verb)
    }

    /// Go's `fmtPointer`: chans, funcs, maps, pointers and slices as addresses.
    pub fn fmt_pointer(&mut self, v: &dyn GoValue, addr: usize, verb: char) {
        if !matches!(v.kind(), Kind::Chan | Kind::Func | Kind::Map | Kind::Ptr | Kind::Slice) {
            self.bad_verb(Some(v), verb);
            return;
        }
        let u = addr as u64;
        match verb {
            'v' => {
                if self.fmt.f.sharp_v {
                    self.buf.push(b'(');
                    let tn = self.type_name_of(v);
                    self.buf.extend_from_slice(tn.as_bytes());
                    self.buf.extend_from_slice(b")(");
                    if u == 0 {
                        self.buf.extend_from_slice(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.buf.push(b')');
                } else if u == 0 {
                    self.fmt.pad(&mut self.buf, b"<nil>");
                } else {
                    let sharp = !self.fmt.f.sharp;
                    self.fmt_0x64(u, sharp);
                }
            }
            'p' => {
                let sharp = !self.fmt.f.sharp;
                self.fmt_0x64(u, sharp)
            }
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(v, u, false, verb),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    /// A named type (`type Celsius float64`): prints `inner` with `name` as the type in `%#v`
    /// and bad-verb texts.
    pub fn fmt_named(&mut self, name: &'static str, inner: &dyn GoValue, verb: char) {
        self.named = Some(name);
        inner.fmt_value(self, verb);
        self.named = None;
    }

    /// Go's `doPrint`: spaces between operands when neither is a string.
    pub(crate) fn do_print(&mut self, args: &[&dyn GoValue]) {
        let mut prev_string = false;
        for (i, arg) in args.iter().enumerate() {
            let is_string = unwrap_iface(*arg).is_some_and(|v| v.kind() == Kind::String);
            if i > 0 && !is_string && !prev_string {
                self.buf.push(b' ');
            }
            self.print_arg(*arg, 'v');
            prev_string = is_string;
        }
    }

    /// Go's `doPrintln`.
    pub(crate) fn do_println(&mut self, args: &[&dyn GoValue]) {
        for (i, arg) in args.iter().enumerate() {
            if i > 0 {
                self.buf.push(b' ');
            }
            self.print_arg(*arg, 'v');
        }
        self.buf.push(b'\n');
    }

    fn int_from_arg(&self, args: &[&dyn GoValue], arg_num: usize) -> (usize, bool, usize, bool) {
        // (num, is_int, new_arg_num, negative)
        if arg_num >= args.len() {
            return (0, false, arg_num, false);
        }
        let (mut num, mut is_int, mut neg) = (0usize, false, false);
        match unwrap_iface(args[arg_num]).and_then(|v| v.basic()) {
            Some(Basic::Int(n)) => {
                is_int = true;
                neg = n < 0;
                num = n.unsigned_abs() as usize;
            }
            Some(Basic::Uint(n)) if (n as i64) >= 0 => {
                is_int = true;
                num = n as usize;
            }
            _ => {}
        }
        if num > 1_000_000 {
            num = 0;
            is_int = false;
            neg = false;
        }
        (num, is_int, arg_num + 1, neg)
    }

    fn arg_number(&mut self, arg_num: usize, format: &[u8], i: usize, num_args: usize) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && index >= 0 && (index as usize) < num_args {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    /// Go's `doPrintf`.
    pub(crate) fn do_printf(&mut self, format: &[u8], args: &[&dyn GoValue]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0usize;
        'format_loop: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.buf.extend_from_slice(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.fmt.clear();
            // Flags, and the fast path for a simple verb.
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.fmt.f.sharp = true,
                    b'0' => self.fmt.f.zero = true,
                    b'+' => self.fmt.f.plus = true,
                    b'-' => self.fmt.f.minus = true,
                    b' ' => self.fmt.f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < args.len() {
                            if c == b'w' {
                                self.wrapped.push(arg_num);
                            }
                            if c == b'v' || c == b'w' {
                                self.fmt.f.sharp_v = self.fmt.f.sharp;
                                self.fmt.f.sharp = false;
                                self.fmt.f.plus_v = self.fmt.f.plus;
                                self.fmt.f.plus = false;
                            }
                            self.print_arg(args[arg_num], c as char);
                            arg_num += 1;
                            i += 1;
                            continue 'format_loop;
                        }
                        break;
                    }
                }
                i += 1;
            }
            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
            if i < end && format[i] == b'*' {
                i += 1;
                let (num, is_int, next, neg) = self.int_from_arg(args, arg_num);
                self.fmt.f.wid = num;
                self.fmt.f.wid_present = is_int;
                arg_num = next;
                if !is_int {
                    self.buf.extend_from_slice(b"%!(BADWIDTH)");
                }
                if neg {
                    self.fmt.f.minus = true;
                    self.fmt.f.zero = false;
                }
                after_index = false;
            } else {
                let (num, isnum, newi) = parsenum(format, i, end);
                self.fmt.f.wid = num;
                self.fmt.f.wid_present = isnum;
                i = newi;
                if after_index && self.fmt.f.wid_present {
                    self.good_arg_num = false;
                }
            }
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (num, is_int, next, neg) = self.int_from_arg(args, arg_num);
                    self.fmt.f.prec = num;
                    self.fmt.f.prec_present = is_int;
                    arg_num = next;
                    if neg {
                        self.fmt.f.prec = 0;
                        self.fmt.f.prec_present = false;
                    }
                    if !self.fmt.f.prec_present {
                        self.buf.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (num, isnum, newi) = parsenum(format, i, end);
                    self.fmt.f.prec = num;
                    self.fmt.f.prec_present = isnum;
                    i = newi;
                    if !self.fmt.f.prec_present {
                        self.fmt.f.prec = 0;
                        self.fmt.f.prec_present = true;
                    }
                }
            }
            if !after_index {
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
            }
            let _ = after_index;
            if i >= end {
                self.buf.extend_from_slice(b"%!(NOVERB)");
                break;
            }
            let (r, size) = crate::utf8::decode(&format[i..]);
            let verb = char::from_u32(r as u32).unwrap_or('\u{FFFD}');
            i += size;
            match verb {
                '%' => self.buf.push(b'%'),
                _ if !self.good_arg_num => {
                    self.buf.extend_from_slice(b"%!");
                    self.write_char(verb);
                    self.buf.extend_from_slice(b"(BADINDEX)");
                }
                _ if arg_num >= args.len() => {
                    self.buf.extend_from_slice(b"%!");
                    self.write_char(verb);
                    self.buf.extend_from_slice(b"(MISSING)");
                }
                _ => {
                    if verb == 'w' {
                        self.wrapped.push(arg_num);
                    }
                    if verb == 'v' || verb == 'w' {
                        self.fmt.f.sharp_v = self.fmt.f.sharp;
                        self.fmt.f.sharp = false;
                        self.fmt.f.plus_v = self.fmt.f.plus;
                        self.fmt.f.plus = false;
                    }
                    self.print_arg(args[arg_num], verb);
                    arg_num += 1;
                }
            }
        }
        if !self.reordered && arg_num < args.len() {
            self.fmt.clear();
            self.buf.extend_from_slice(b"%!(EXTRA ");
            for (k, arg) in args[arg_num..].iter().enumerate() {
                if k > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                match unwrap_iface(*arg) {
                    None => self.buf.extend_from_slice(b"<nil>"),
                    Some(v) => {
                        let n = v.type_name();
                        self.buf.extend_from_slice(n.as_bytes());
                        self.buf.push(b'=');
                        self.print_arg(v, 'v');
                    }
                }
            }
            self.buf.push(b')');
        }
    }
}

fn parsenum(s: &[u8], start: usize, end: usize) -> (usize, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num = 0usize;
    let mut isnum = false;
    let mut newi = start;
    while newi < end && s[newi].is_ascii_digit() {
        if num > 1_000_000 {
            return (0, false, end);
        }
        num = num * 10 + (s[newi] - b'0') as usize;
        isnum = true;
        newi += 1;
    }
    (num, isnum, newi)
}

fn parse_arg_number(format: &[u8]) -> (isize, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parsenum(format, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width as isize - 1, i + 1, true);
        }
    }
    (0, 1, false)
}
