//! What Go prints for a panic value after `panic: ` (`runtime.printpanicval`), and Go's builtin
//! `print`/`println`, which share the runtime's own number formatting.

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::value::{Any, Basic, GoValue};

const BUILTIN_BASIC: &[&str] = &[
    "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
    "float32", "float64", "complex64", "complex128", "string",
];

/// The text after `panic: ` when a panic with this value is not recovered: `Error()` for
/// errors, `String()` for Stringers, raw basic values, `main.T(42)` for named basic types,
/// `(main.T) 0xc000012345` for other values. Newlines in strings are followed by a tab, as Go
/// prints them.
pub fn panic_value_text(value: &Any) -> String {
    // `panic(nil)` is a `*runtime.PanicNilError` since Go 1.21.
    let Some(v) = value.value() else { return "runtime error: panic called with nil argument".to_string() };
    let mut out = Vec::new();
    if let Some(e) = v.as_error() {
        match catch_unwind(AssertUnwindSafe(|| e.Error())) {
            Ok(s) => print_indented(&mut out, s.as_bytes()),
            Err(_) => out.extend_from_slice(b"panic while printing panic value"),
        }
    } else if let Some(s) = v.as_stringer() {
        match catch_unwind(AssertUnwindSafe(|| s.String())) {
            Ok(s) => print_indented(&mut out, s.as_bytes()),
            Err(_) => out.extend_from_slice(b"panic while printing panic value"),
        }
    } else {
        print_panic_val(&mut out, v);
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn print_indented(out: &mut Vec<u8>, s: &[u8]) {
    for &c in s {
        out.push(c);
        if c == b'\n' {
            out.push(b'\t');
        }
    }
}

fn print_panic_val(out: &mut Vec<u8>, v: &dyn GoValue) {
    let tn = v.type_name();
    let builtin = BUILTIN_BASIC.contains(&tn.as_str());
    match v.basic() {
        Some(Basic::Str(s)) => {
            if builtin {
                print_indented(out, s.as_bytes());
            } else {
                out.extend_from_slice(tn.as_bytes());
                out.extend_from_slice(b"(\"");
                print_indented(out, s.as_bytes());
                out.extend_from_slice(b"\")");
            }
        }
        Some(b) => {
            // A complex value brings its own parentheses: `main.Z(2-3i)`.
            let parens = !builtin && !matches!(b, Basic::Complex(..));
            if !builtin {
                out.extend_from_slice(tn.as_bytes());
            }
            if parens {
                out.push(b'(');
            }
            runtime_print_basic(out, &b);
            if parens {
                out.push(b')');
            }
        }
        None => {
            out.push(b'(');
            out.extend_from_slice(tn.as_bytes());
            out.extend_from_slice(b") ");
            out.extend_from_slice(format!("{:#x}", fake_addr(v)).as_bytes());
        }
    }
}

/// An address to show for values Go prints by address (Go shows the heap address of the
/// boxed value; any `0xc…` value is as good, since it differs between runs).
fn fake_addr(v: &dyn GoValue) -> usize {
    let a = v.addr();
    if a != 0 { a } else { 0xc000012000 }
}

fn runtime_print_basic(out: &mut Vec<u8>, b: &Basic) {
    match b {
        Basic::Bool(x) => out.extend_from_slice(if *x { b"true" } else { b"false" }),
        Basic::Int(x) => out.extend_from_slice(x.to_string().as_bytes()),
        Basic::Uint(x) => out.extend_from_slice(x.to_string().as_bytes()),
        Basic::Float(x, bits) => out.extend_from_slice(runtime_print_float(*x, *bits).as_bytes()),
        Basic::Complex(re, im, bits) => out.extend_from_slice(crate::strconv::format_complex(crate::Complex128::new(*re, *im), b'g', -1, *bits as i64).as_bytes()),
        Basic::Str(s) => out.extend_from_slice(s.as_bytes()),
    }
}

/// The Go runtime's float printing (`print(1.5)`, `panic(1.5)`): Go 1.27 prints the shortest
/// `%g` form (`1.5`, `1e+21`, `NaN`, `+Inf`).
pub fn runtime_print_float(v: f64, bits: u32) -> String {
    String::from_utf8_lossy(&crate::strconv::format_float_bytes(v, b'g', -1, bits)).into_owned()
}

fn builtin_one(out: &mut Vec<u8>, v: &dyn GoValue) {
    if let Some(inner) = v.iface_elem() {
        // Go prints an interface as (type word, data word).
        match inner {
            None => out.extend_from_slice(b"(0x0,0x0)"),
            Some(x) => out.extend_from_slice(format!("(0x4b2f00,{:#x})", fake_addr(x)).as_bytes()),
        }
        return;
    }
    match v.basic() {
        Some(b) => runtime_print_basic(out, &b),
        None => match v.kind() {
            _ => out.extend_from_slice(format!("{:#x}", v.addr()).as_bytes()),
        },
    }
}

/// Go's builtin `print(args...)` (to stderr, no separators).
pub fn builtin_print(args: &[&dyn GoValue]) {
    let mut out = Vec::new();
    for a in args {
        builtin_one(&mut out, *a);
    }
    super::write_stderr(&out);
}

/// Go's builtin `println(args...)` (to stderr, spaces between, newline).
pub fn builtin_println(args: &[&dyn GoValue]) {
    let mut out = Vec::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        builtin_one(&mut out, *a);
    }
    out.push(b'\n');
    super::write_stderr(&out);
}
