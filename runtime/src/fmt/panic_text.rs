//! What Go prints for a panic value after `panic: ` (`runtime.printpanicval`), and Go's builtin
//! `print`/`println`, which share the runtime's own number formatting (`+1.500000e+000`).

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
    let Some(v) = value.value() else { return "nil".to_string() };
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
            if !builtin {
                out.extend_from_slice(tn.as_bytes());
                out.push(b'(');
            }
            runtime_print_basic(out, &b);
            if !builtin {
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
        Basic::Float(x, _) => out.extend_from_slice(runtime_print_float(*x).as_bytes()),
        Basic::Str(s) => out.extend_from_slice(s.as_bytes()),
    }
}

/// The Go runtime's float printing (`print(1.5)` → `+1.500000e+000`), with its own rounding.
pub fn runtime_print_float(mut v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v + v == v && v > 0.0 {
        return "+Inf".into();
    }
    if v + v == v && v < 0.0 {
        return "-Inf".into();
    }
    const N: usize = 7;
    let mut buf = [0u8; N + 7];
    buf[0] = b'+';
    let mut e: i32 = 0;
    if v == 0.0 {
        if (1.0 / v) < 0.0 {
            buf[0] = b'-';
        }
    } else {
        if v < 0.0 {
            v = -v;
            buf[0] = b'-';
        }
        while v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            e -= 1;
            v *= 10.0;
        }
        let mut h = 5.0;
        for _ in 0..N {
            h /= 10.0;
        }
        v += h;
        if v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
    }
    for i in 0..N {
        let s = v as i64;
        buf[i + 2] = (s as u8).wrapping_add(b'0');
        v -= s as f64;
        v *= 10.0;
    }
    buf[1] = buf[2];
    buf[2] = b'.';
    buf[N + 2] = b'e';
    buf[N + 3] = b'+';
    if e < 0 {
        e = -e;
        buf[N + 3] = b'-';
    }
    buf[N + 4] = (e / 100) as u8 + b'0';
    buf[N + 5] = (e / 10 % 10) as u8 + b'0';
    buf[N + 6] = (e % 10) as u8 + b'0';
    String::from_utf8_lossy(&buf).into_owned()
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
