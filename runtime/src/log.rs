//! Go's `log` (the standard logger): `Print*`, `Fatal*` (exit 1), `Panic*`, flags and prefix,
//! timestamps in Go's `2009/11/10 23:00:00` format (local time is UTC here).

use std::sync::atomic::{AtomicI64, Ordering};

use parking_lot::Mutex;

use crate::value::{Any, GoValue, Str};

/// `log.Ldate`.
pub const LDATE: i64 = 1;
/// `log.Ltime`.
pub const LTIME: i64 = 2;
/// `log.Lmicroseconds`.
pub const LMICROSECONDS: i64 = 4;
/// `log.Llongfile`.
pub const LLONGFILE: i64 = 8;
/// `log.Lshortfile`.
pub const LSHORTFILE: i64 = 16;
/// `log.LUTC`.
pub const LUTC: i64 = 32;
/// `log.Lmsgprefix`.
pub const LMSGPREFIX: i64 = 64;
/// `log.LstdFlags`.
pub const LSTD_FLAGS: i64 = LDATE | LTIME;

static FLAGS: AtomicI64 = AtomicI64::new(LSTD_FLAGS);
static PREFIX: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// `log.SetFlags`.
pub fn set_flags(flags: i64) {
    // Relaxed: an independent configuration word.
    FLAGS.store(flags, Ordering::Relaxed)
}
/// `log.Flags`.
pub fn flags() -> i64 {
    FLAGS.load(Ordering::Relaxed)
}
/// `log.SetPrefix`.
pub fn set_prefix(p: &Str) {
    *PREFIX.lock() = p.as_bytes().to_vec();
}
/// `log.Prefix`.
pub fn prefix() -> Str {
    Str::from_bytes(&PREFIX.lock())
}

fn civil(secs: i64) -> (i64, i64, i64, i64, i64, i64) {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    // Howard Hinnant's days-from-civil inverse.
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d, rem / 3600, rem / 60 % 60, rem % 60)
}

fn output(msg: &[u8]) {
    let flags = flags();
    let mut out = Vec::new();
    let prefix = PREFIX.lock().clone();
    if flags & LMSGPREFIX == 0 {
        out.extend_from_slice(&prefix);
    }
    if flags & (LDATE | LTIME | LMICROSECONDS) != 0 {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        let (y, mo, d, h, mi, s) = civil(now.as_secs() as i64);
        if flags & LDATE != 0 {
            out.extend_from_slice(format!("{y:04}/{mo:02}/{d:02} ").as_bytes());
        }
        if flags & (LTIME | LMICROSECONDS) != 0 {
            out.extend_from_slice(format!("{h:02}:{mi:02}:{s:02}").as_bytes());
            if flags & LMICROSECONDS != 0 {
                out.extend_from_slice(format!(".{:06}", now.subsec_micros()).as_bytes());
            }
            out.push(b' ');
        }
    }
    if flags & (LSHORTFILE | LLONGFILE) != 0 {
        out.extend_from_slice(b"???:0: ");
    }
    if flags & LMSGPREFIX != 0 {
        out.extend_from_slice(&prefix);
    }
    out.extend_from_slice(msg);
    if out.last() != Some(&b'\n') {
        out.push(b'\n');
    }
    crate::fmt::write_stderr(&out);
}

/// `log.Print`.
pub fn print(args: &[&dyn GoValue]) {
    output(crate::fmt::sprint(args).as_bytes())
}
/// `log.Println`.
pub fn println(args: &[&dyn GoValue]) {
    output(crate::fmt::sprintln(args).as_bytes())
}
/// `log.Printf`.
pub fn printf(format: impl AsRef<[u8]>, args: &[&dyn GoValue]) {
    output(crate::fmt::sprintf(format, args).as_bytes())
}
/// `log.Fatal`: prints, then exits with status 1.
pub fn fatal(args: &[&dyn GoValue]) -> ! {
    print(args);
    crate::os::exit(1)
}
/// `log.Fatalln`.
pub fn fatalln(args: &[&dyn GoValue]) -> ! {
    println(args);
    crate::os::exit(1)
}
/// `log.Fatalf`.
pub fn fatalf(format: impl AsRef<[u8]>, args: &[&dyn GoValue]) -> ! {
    printf(format, args);
    crate::os::exit(1)
}
/// `log.Panic`: prints, then panics with the message.
pub fn panic(args: &[&dyn GoValue]) -> ! {
    let s = crate::fmt::sprint(args);
    output(s.as_bytes());
    crate::panic::go_panic(Any::from_value(s))
}
/// `log.Panicf`.
pub fn panicf(format: impl AsRef<[u8]>, args: &[&dyn GoValue]) -> ! {
    let s = crate::fmt::sprintf(format, args);
    output(s.as_bytes());
    crate::panic::go_panic(Any::from_value(s))
}
/// `log.Panicln`.
pub fn panicln(args: &[&dyn GoValue]) -> ! {
    let s = crate::fmt::sprintln(args);
    output(s.as_bytes());
    crate::panic::go_panic(Any::from_value(s))
}
