//! Go's `log`: `*log.Logger` (`New`, prefix, flags, output writer) and the standard logger
//! behind the package functions. `Fatal*` print and exit 1, `Panic*` print and panic with the
//! message. Timestamps use Go's `2009/11/10 23:00:00` format (local time is UTC here);
//! `Lshortfile`/`Llongfile` print `???:0` (there is no Go source position at run time).

pub mod slog;

use std::sync::{Arc, LazyLock};

use parking_lot::Mutex;

use crate::fmt::Printer;
use crate::io::Writer;
use crate::value::{Any, GoValue, Iface, Kind, Ptr, Str};

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

struct State {
    out: Iface<dyn Writer>,
    prefix: Str,
    flags: i64,
}

/// Go's `log.Logger`. `*log.Logger` is `Ptr<Logger>`; `Clone` shares the logger (methods
/// called through `p.get()` act on the same one).
#[derive(Clone)]
pub struct Logger {
    state: Arc<Mutex<State>>,
}

impl Default for Logger {
    fn default() -> Self {
        Logger::with(stderr_writer(), Str::default(), 0)
    }
}

fn stderr_writer() -> Iface<dyn Writer> {
    Iface::new(Arc::new(crate::os::stderr()))
}

static STD: LazyLock<Ptr<Logger>> = LazyLock::new(|| Ptr::new(Logger::with(stderr_writer(), Str::default(), LSTD_FLAGS)));

fn std_logger() -> Logger {
    STD.get()
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

impl Logger {
    fn with(out: Iface<dyn Writer>, prefix: Str, flags: i64) -> Logger {
        Logger { state: Arc::new(Mutex::new(State { out, prefix, flags })) }
    }

    /// Go's `Logger.output`: header, message, a newline if missing, one write.
    fn output(&self, msg: &[u8]) {
        let (out, prefix, flags) = {
            let g = self.state.lock();
            (g.out.clone(), g.prefix.clone(), g.flags)
        };
        let mut line = Vec::with_capacity(msg.len() + 32);
        if flags & LMSGPREFIX == 0 {
            line.extend_from_slice(prefix.as_bytes());
        }
        if flags & (LDATE | LTIME | LMICROSECONDS) != 0 {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            let (y, mo, d, h, mi, s) = civil(now.as_secs() as i64);
            if flags & LDATE != 0 {
                line.extend_from_slice(format!("{y:04}/{mo:02}/{d:02} ").as_bytes());
            }
            if flags & (LTIME | LMICROSECONDS) != 0 {
                line.extend_from_slice(format!("{h:02}:{mi:02}:{s:02}").as_bytes());
                if flags & LMICROSECONDS != 0 {
                    line.extend_from_slice(format!(".{:06}", now.subsec_micros()).as_bytes());
                }
                line.push(b' ');
            }
        }
        if flags & (LSHORTFILE | LLONGFILE) != 0 {
            line.extend_from_slice(b"???:0: ");
        }
        if flags & LMSGPREFIX != 0 {
            line.extend_from_slice(prefix.as_bytes());
        }
        line.extend_from_slice(msg);
        if line.last() != Some(&b'\n') {
            line.push(b'\n');
        }
        out.write_bytes(&line);
    }

    /// `l.Print(v...)`.
    pub fn print(&self, v: &[&dyn GoValue]) {
        self.output(crate::fmt::sprint(v).as_bytes())
    }
    /// `l.Printf(format, v...)`.
    pub fn printf(&self, format: &Str, v: &[&dyn GoValue]) {
        self.output(crate::fmt::sprintf(format, v).as_bytes())
    }
    /// `l.Println(v...)`.
    pub fn println(&self, v: &[&dyn GoValue]) {
        self.output(crate::fmt::sprintln(v).as_bytes())
    }
    /// `l.Fatal(v...)`: prints, then exits with status 1.
    pub fn fatal(&self, v: &[&dyn GoValue]) -> ! {
        self.print(v);
        crate::os::exit(1)
    }
    /// `l.Fatalf(format, v...)`.
    pub fn fatalf(&self, format: &Str, v: &[&dyn GoValue]) -> ! {
        self.printf(format, v);
        crate::os::exit(1)
    }
    /// `l.Fatalln(v...)`.
    pub fn fatalln(&self, v: &[&dyn GoValue]) -> ! {
        self.println(v);
        crate::os::exit(1)
    }
    /// `l.Panic(v...)`: prints, then panics with the message.
    pub fn panic(&self, v: &[&dyn GoValue]) -> ! {
        let s = crate::fmt::sprint(v);
        self.output(s.as_bytes());
        crate::panic::go_panic(Any::from_value(s))
    }
    /// `l.Panicf(format, v...)`.
    pub fn panicf(&self, format: &Str, v: &[&dyn GoValue]) -> ! {
        let s = crate::fmt::sprintf(format, v);
        self.output(s.as_bytes());
        crate::panic::go_panic(Any::from_value(s))
    }
    /// `l.Panicln(v...)`.
    pub fn panicln(&self, v: &[&dyn GoValue]) -> ! {
        let s = crate::fmt::sprintln(v);
        self.output(s.as_bytes());
        crate::panic::go_panic(Any::from_value(s))
    }
    /// `l.Flags()`.
    pub fn flags(&self) -> i64 {
        self.state.lock().flags
    }
    /// `l.SetFlags(flag)`.
    pub fn set_flags(&self, flag: i64) {
        self.state.lock().flags = flag;
    }
    /// `l.Prefix()`.
    pub fn prefix(&self) -> Str {
        self.state.lock().prefix.clone()
    }
    /// `l.SetPrefix(prefix)`.
    pub fn set_prefix(&self, prefix: &Str) {
        self.state.lock().prefix = prefix.clone();
    }
    /// `l.SetOutput(w)`.
    pub fn set_output(&self, w: &Iface<dyn Writer>) {
        self.state.lock().out = w.clone();
    }
    /// `l.Writer()`.
    pub fn writer(&self) -> Iface<dyn Writer> {
        self.state.lock().out.clone()
    }
}

impl GoValue for Logger {
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        let (prefix, flags) = {
            let g = self.state.lock();
            (g.prefix.clone(), g.flags)
        };
        p.fmt_struct(self, verb, &[("prefix", &prefix), ("flag", &flags)])
    }
    fn addr(&self) -> usize {
        Arc::as_ptr(&self.state) as usize
    }
    fn go_type_name() -> String {
        "log.Logger".into()
    }
    fn go_comparable() -> bool {
        false
    }
}

/// One line through the standard logger (its prefix, flags and writer): what `log/slog`'s
/// default handler writes.
pub(crate) fn std_output(msg: &[u8]) {
    std_logger().output(msg)
}

/// `log.New(out, prefix, flag)`.
pub fn new(out: &Iface<dyn Writer>, prefix: &Str, flag: i64) -> Ptr<Logger> {
    Ptr::new(Logger::with(out.clone(), prefix.clone(), flag))
}
/// `log.Default()`: the standard logger (the same pointer every time).
pub fn default() -> Ptr<Logger> {
    STD.clone()
}
/// `log.SetOutput(w)`.
pub fn set_output(w: &Iface<dyn Writer>) {
    std_logger().set_output(w)
}
/// `log.Writer()`.
pub fn writer() -> Iface<dyn Writer> {
    std_logger().writer()
}
/// `log.SetFlags(flag)`.
pub fn set_flags(flag: i64) {
    std_logger().set_flags(flag)
}
/// `log.Flags()`.
pub fn flags() -> i64 {
    std_logger().flags()
}
/// `log.SetPrefix(prefix)`.
pub fn set_prefix(prefix: &Str) {
    std_logger().set_prefix(prefix)
}
/// `log.Prefix()`.
pub fn prefix() -> Str {
    std_logger().prefix()
}
/// `log.Print(v...)`.
pub fn print(v: &[&dyn GoValue]) {
    std_logger().print(v)
}
/// `log.Printf(format, v...)`.
pub fn printf(format: &Str, v: &[&dyn GoValue]) {
    std_logger().printf(format, v)
}
/// `log.Println(v...)`.
pub fn println(v: &[&dyn GoValue]) {
    std_logger().println(v)
}
/// `log.Fatal(v...)`: prints, then exits with status 1.
pub fn fatal(v: &[&dyn GoValue]) -> ! {
    std_logger().fatal(v)
}
/// `log.Fatalf(format, v...)`.
pub fn fatalf(format: &Str, v: &[&dyn GoValue]) -> ! {
    std_logger().fatalf(format, v)
}
/// `log.Fatalln(v...)`.
pub fn fatalln(v: &[&dyn GoValue]) -> ! {
    std_logger().fatalln(v)
}
/// `log.Panic(v...)`: prints, then panics with the message.
pub fn panic(v: &[&dyn GoValue]) -> ! {
    std_logger().panic(v)
}
/// `log.Panicf(format, v...)`.
pub fn panicf(format: &Str, v: &[&dyn GoValue]) -> ! {
    std_logger().panicf(format, v)
}
/// `log.Panicln(v...)`.
pub fn panicln(v: &[&dyn GoValue]) -> ! {
    std_logger().panicln(v)
}
