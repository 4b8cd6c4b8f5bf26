//! Go's `flag`, ported from Go's `flag.go`: `FlagSet` (defining flags, `Parse` with Go's
//! syntax rules and exact error texts, `PrintDefaults`, `Visit`/`Lookup`/`Set`), the top-level
//! functions on `CommandLine` (named after `os.Args[0]`, `ExitOnError`), `flag.Value` for a
//! program's own flag types, `Func`/`BoolFunc`.
//!
//! `*flag.FlagSet` is a Go pointer, `Ptr<FlagSet>`; a `FlagSet` shares its flags through an
//! `Arc`, and its `Usage` field is a plain field the program may assign. User code (a
//! `flag.Value`'s methods, a `Func` callback, `Usage`, an output writer) always runs with the
//! set's lock released. Known differences: a program's own `flag.Value` cannot be a boolean
//! flag (`IsBoolFlag` is not consulted), and a panic in its zero value's `String` (which
//! `PrintDefaults` calls, as Go does) is not caught and reported.

mod values;

use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock};

use parking_lot::Mutex;

use crate::io::Writer;
use crate::time::Duration;
use crate::value::{Any, Error, Func, Iface, Ptr, Slice, Str};
pub use values::Value;
use values::{BoolValue, DurationValue, Float64Value, FuncValue, Int64Value, IntValue, StringValue, Uint64Value, UintValue};

/// Go's `flag.ErrorHandling`: what `Parse` does on an error.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ErrorHandling(pub i64);
crate::go_named!(ErrorHandling = "flag.ErrorHandling"(i64));

/// `flag.ContinueOnError`: `Parse` returns the error.
pub const CONTINUE_ON_ERROR: ErrorHandling = ErrorHandling(0);
/// `flag.ExitOnError`: `Parse` exits with status 2 (0 for `-h`/`-help`).
pub const EXIT_ON_ERROR: ErrorHandling = ErrorHandling(1);
/// `flag.PanicOnError`: `Parse` panics with the error.
pub const PANIC_ON_ERROR: ErrorHandling = ErrorHandling(2);

static ERR_HELP: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("flag: help requested")));

/// `flag.ErrHelp`: the error `Parse` returns for `-help` or `-h` when they are not defined.
pub fn err_help() -> Error {
    ERR_HELP.clone()
}

/// Go's `flag.Flag`; programs hold `*flag.Flag` (`Lookup`, `Visit`), a `Ptr<Flag>`.
#[derive(Clone, Default)]
#[allow(non_snake_case)]
pub struct Flag {
    /// The name as it appears on the command line.
    pub Name: Str,
    /// The help message.
    pub Usage: Str,
    /// The value as set.
    pub Value: Iface<dyn Value>,
    /// The default value (as text), for the usage message.
    pub DefValue: Str,
}
crate::go_struct!(Flag = "flag.Flag" { Name: Str, Usage: Str, Value: Iface<dyn Value>, DefValue: Str });

/// Go's `flag.FlagSet`. `Clone` shares the flags; `Usage` is the program's to assign (nil: the
/// default usage message).
#[derive(Clone, Default)]
#[allow(non_snake_case)]
pub struct FlagSet {
    /// Called when parsing fails (and for `-help`).
    pub Usage: Func<dyn Fn() + Send + Sync>,
    state: Arc<Mutex<State>>,
}
crate::go_struct!(FlagSet = "flag.FlagSet" { Usage: Func<dyn Fn() + Send + Sync> });

#[derive(Default)]
struct State {
    name: Str,
    parsed: bool,
    /// Flags by name; byte order is Go's `strings.Compare` order (`VisitAll`'s).
    formal: BTreeMap<Vec<u8>, Ptr<Flag>>,
    actual: BTreeMap<Vec<u8>, Ptr<Flag>>,
    /// The arguments not yet parsed, then those after the flags (a window on `Parse`'s slice,
    /// as in Go).
    args: Slice<Str>,
    error_handling: ErrorHandling,
    output: Option<Iface<dyn Writer>>,
}

/// What one step of parsing found.
enum Step {
    /// A flag was parsed.
    Flag,
    /// No more flags.
    Done,
    /// An error (already reported).
    Fail(Error),
}

/// `flag.NewFlagSet(name, errorHandling)`.
pub fn new_flag_set(name: &Str, error_handling: &ErrorHandling) -> Ptr<FlagSet> {
    Ptr::new(FlagSet::named(name.clone(), *error_handling))
}

/// The program's name, `os.Args[0]`.
fn program_name() -> Str {
    let args = crate::os::args();
    if args.len() == 0 { Str::lit("") } else { args.get(0) }
}

static COMMAND_LINE: LazyLock<Ptr<FlagSet>> = LazyLock::new(|| {
    // Go's `commandLineUsage`: the set's usage is whatever `flag.Usage` holds when it runs.
    let usage: Arc<dyn Fn() + Send + Sync> = Arc::new(|| (*USAGE.get())());
    Ptr::new(FlagSet { Usage: Func::new(usage), ..FlagSet::named(program_name(), EXIT_ON_ERROR) })
});

static USAGE: LazyLock<Ptr<Func<dyn Fn() + Send + Sync>>> = LazyLock::new(|| {
    let usage: Arc<dyn Fn() + Send + Sync> = Arc::new(|| {
        let out = cl().output();
        let head = crate::fmt::sprintf(&Str::lit("Usage of %s:\n"), &[&program_name()]);
        out.write_bytes(head.as_bytes());
        print_defaults();
    });
    Ptr::new(Func::new(usage))
});

/// `flag.Usage`: what a failed `flag.Parse()` calls (by default "Usage of <program>:" and
/// `PrintDefaults()`).
pub fn usage() -> Func<dyn Fn() + Send + Sync> {
    USAGE.get()
}

/// `flag.Usage` as a place: the program's `flag.Usage = f` writes through it.
pub fn usage_var() -> Ptr<Func<dyn Fn() + Send + Sync>> {
    USAGE.clone()
}

/// `flag.CommandLine`: the set the top-level functions use.
pub fn command_line() -> Ptr<FlagSet> {
    COMMAND_LINE.clone()
}

fn cl() -> FlagSet {
    COMMAND_LINE.get()
}

impl FlagSet {
    /// A set whose `Usage` is its default usage message (`NewFlagSet`'s `f.defaultUsage`).
    fn named(name: Str, error_handling: ErrorHandling) -> FlagSet {
        let state = Arc::new(Mutex::new(State { name, error_handling, ..State::default() }));
        let bound = FlagSet { Usage: Func::nil(), state: state.clone() };
        let usage: Arc<dyn Fn() + Send + Sync> = Arc::new(move || bound.default_usage());
        FlagSet { Usage: Func::new(usage), state }
    }

    /// `f.Init(name, errorHandling)`.
    pub fn init(&self, name: &Str, error_handling: &ErrorHandling) {
        let mut st = self.state.lock();
        st.name = name.clone();
        st.error_handling = *error_handling;
    }
    /// `f.Name()`.
    pub fn name(&self) -> Str {
        self.state.lock().name.clone()
    }
    /// `f.ErrorHandling()`.
    pub fn error_handling(&self) -> ErrorHandling {
        self.state.lock().error_handling
    }
    /// `f.Output()`: where usage and error messages go (`os.Stderr` unless set).
    pub fn output(&self) -> Iface<dyn Writer> {
        let out = self.state.lock().output.clone();
        out.unwrap_or_else(|| Iface::new(Arc::new(crate::os::stderr())))
    }
    /// `f.SetOutput(w)` (nil: back to `os.Stderr`).
    pub fn set_output(&self, w: &Iface<dyn Writer>) {
        self.state.lock().output = if w.is_nil() { None } else { Some(w.clone()) };
    }
    /// `f.Parsed()`.
    pub fn parsed(&self) -> bool {
        self.state.lock().parsed
    }
    /// `f.NFlag()`: how many flags were set.
    pub fn n_flag(&self) -> i64 {
        self.state.lock().actual.len() as i64
    }
    /// `f.Arg(i)`: argument `i` after the flags, `""` when out of range.
    pub fn arg(&self, i: i64) -> Str {
        let st = self.state.lock();
        if i < 0 || i >= st.args.len() { Str::lit("") } else { st.args.get(i) }
    }
    /// `f.NArg()`.
    pub fn n_arg(&self) -> i64 {
        self.state.lock().args.len()
    }
    /// `f.Args()`: the arguments after the flags.
    pub fn args(&self) -> Slice<Str> {
        self.state.lock().args.clone()
    }
    /// `f.Lookup(name)`: the flag, or nil.
    pub fn lookup(&self, name: &Str) -> Ptr<Flag> {
        self.state.lock().formal.get(name.as_bytes()).cloned().unwrap_or_default()
    }
    /// `f.VisitAll(fn)`: every flag, in name order.
    pub fn visit_all(&self, f: impl Fn(Ptr<Flag>)) {
        let flags: Vec<Ptr<Flag>> = self.state.lock().formal.values().cloned().collect();
        flags.into_iter().for_each(f)
    }
    /// `f.Visit(fn)`: the flags that were set, in name order.
    pub fn visit(&self, f: impl Fn(Ptr<Flag>)) {
        let flags: Vec<Ptr<Flag>> = self.state.lock().actual.values().cloned().collect();
        flags.into_iter().for_each(f)
    }
    /// `f.Set(name, value)`: sets a defined flag as the command line would.
    pub fn set(&self, name: &Str, value: &Str) -> Error {
        let Some(flag) = self.state.lock().formal.get(name.as_bytes()).cloned() else {
            return crate::fmt::errorf(&Str::lit("no such flag -%v"), &[name]);
        };
        let v = flag.with(|f| f.Value.clone());
        let err = v.Set(value);
        if !err.is_nil() {
            return err;
        }
        self.state.lock().actual.insert(name.as_bytes().to_vec(), flag);
        Error::nil()
    }

    /// `f.Var(value, name, usage)`: defines a flag with a program's own value.
    pub fn var(&self, value: &Iface<dyn Value>, name: &Str, usage: &Str) {
        let nb = name.as_bytes();
        if nb.starts_with(b"-") {
            self.panicf("flag %q begins with -", &[name]);
        } else if nb.contains(&b'=') {
            self.panicf("flag %q contains =", &[name]);
        }
        let def = value.String();
        let flag = Ptr::new(Flag { Name: name.clone(), Usage: usage.clone(), Value: value.clone(), DefValue: def });
        let (exists, set_name) = {
            let st = self.state.lock();
            (st.formal.contains_key(nb), st.name.clone())
        };
        if exists {
            if set_name.is_empty() {
                self.panicf("flag redefined: %s", &[name]);
            } else {
                self.panicf("%s flag redefined: %s", &[&set_name, name]);
            }
        }
        self.state.lock().formal.insert(nb.to_vec(), flag);
    }

    fn define(&self, v: impl Value + 'static, name: &Str, usage: &Str) {
        self.var(&Iface::new(Arc::new(v)), name, usage)
    }

    /// `f.BoolVar(p, name, value, usage)`.
    pub fn bool_var(&self, p: &Ptr<bool>, name: &Str, value: bool, usage: &Str) {
        p.set(value);
        self.define(BoolValue(p.clone()), name, usage)
    }
    /// `f.Bool(name, value, usage)`.
    pub fn bool(&self, name: &Str, value: bool, usage: &Str) -> Ptr<bool> {
        let p = Ptr::new(false);
        self.bool_var(&p, name, value, usage);
        p
    }
    /// `f.IntVar(p, name, value, usage)`.
    pub fn int_var(&self, p: &Ptr<i64>, name: &Str, value: i64, usage: &Str) {
        p.set(value);
        self.define(IntValue(p.clone()), name, usage)
    }
    /// `f.Int(name, value, usage)`.
    pub fn int(&self, name: &Str, value: i64, usage: &Str) -> Ptr<i64> {
        let p = Ptr::new(0);
        self.int_var(&p, name, value, usage);
        p
    }
    /// `f.Int64Var(p, name, value, usage)`.
    pub fn int64_var(&self, p: &Ptr<i64>, name: &Str, value: i64, usage: &Str) {
        p.set(value);
        self.define(Int64Value(p.clone()), name, usage)
    }
    /// `f.Int64(name, value, usage)`.
    pub fn int64(&self, name: &Str, value: i64, usage: &Str) -> Ptr<i64> {
        let p = Ptr::new(0);
        self.int64_var(&p, name, value, usage);
        p
    }
    /// `f.UintVar(p, name, value, usage)`.
    pub fn uint_var(&self, p: &Ptr<u64>, name: &Str, value: u64, usage: &Str) {
        p.set(value);
        self.define(UintValue(p.clone()), name, usage)
    }
    /// `f.Uint(name, value, usage)`.
    pub fn uint(&self, name: &Str, value: u64, usage: &Str) -> Ptr<u64> {
        let p = Ptr::new(0);
        self.uint_var(&p, name, value, usage);
        p
    }
    /// `f.Uint64Var(p, name, value, usage)`.
    pub fn uint64_var(&self, p: &Ptr<u64>, name: &Str, value: u64, usage: &Str) {
        p.set(value);
        self.define(Uint64Value(p.clone()), name, usage)
    }
    /// `f.Uint64(name, value, usage)`.
    pub fn uint64(&self, name: &Str, value: u64, usage: &Str) -> Ptr<u64> {
        let p = Ptr::new(0);
        self.uint64_var(&p, name, value, usage);
        p
    }
    /// `f.StringVar(p, name, value, usage)`.
    pub fn string_var(&self, p: &Ptr<Str>, name: &Str, value: &Str, usage: &Str) {
        p.set(value.clone());
        self.define(StringValue(p.clone()), name, usage)
    }
    /// `f.String(name, value, usage)`.
    pub fn string(&self, name: &Str, value: &Str, usage: &Str) -> Ptr<Str> {
        let p = Ptr::new(Str::lit(""));
        self.string_var(&p, name, value, usage);
        p
    }
    /// `f.Float64Var(p, name, value, usage)`.
    pub fn float64_var(&self, p: &Ptr<f64>, name: &Str, value: f64, usage: &Str) {
        p.set(value);
        self.define(Float64Value(p.clone()), name, usage)
    }
    /// `f.Float64(name, value, usage)`.
    pub fn float64(&self, name: &Str, value: f64, usage: &Str) -> Ptr<f64> {
        let p = Ptr::new(0.0);
        self.float64_var(&p, name, value, usage);
        p
    }
    /// `f.DurationVar(p, name, value, usage)`.
    pub fn duration_var(&self, p: &Ptr<Duration>, name: &Str, value: Duration, usage: &Str) {
        p.set(value);
        self.define(DurationValue(p.clone()), name, usage)
    }
    /// `f.Duration(name, value, usage)`.
    pub fn duration(&self, name: &Str, value: Duration, usage: &Str) -> Ptr<Duration> {
        let p = Ptr::new(Duration::default());
        self.duration_var(&p, name, value, usage);
        p
    }
    /// `f.Func(name, usage, fn)`: a flag whose every occurrence calls `fn` with its value.
    pub fn func(&self, name: &Str, usage: &Str, f: impl Fn(Str) -> Error + Send + Sync + 'static) {
        self.define(FuncValue { f: Arc::new(f), is_bool: false }, name, usage)
    }
    /// `f.BoolFunc(name, usage, fn)`: like `Func`, but needs no argument (`fn` gets `"true"`).
    pub fn bool_func(&self, name: &Str, usage: &Str, f: impl Fn(Str) -> Error + Send + Sync + 'static) {
        self.define(FuncValue { f: Arc::new(f), is_bool: true }, name, usage)
    }

    /// `f.Parse(arguments)`: parses flags up to the first non-flag argument or `--`. Errors
    /// go as `ErrorHandling` says.
    pub fn parse(&self, arguments: &Slice<Str>) -> Error {
        {
            let mut st = self.state.lock();
            st.parsed = true;
            st.args = arguments.clone();
        }
        loop {
            let err = match self.parse_one() {
                Step::Flag => continue,
                Step::Done => return Error::nil(),
                Step::Fail(err) => err,
            };
            match self.error_handling() {
                EXIT_ON_ERROR => crate::os::exit(if err == *ERR_HELP { 0 } else { 2 }),
                PANIC_ON_ERROR => crate::panic::go_panic(err.to_any()),
                _ => return err,
            }
        }
    }

    /// `f.PrintDefaults()`: one entry per flag, in name order, as Go formats them.
    pub fn print_defaults(&self) {
        let flags: Vec<Flag> = self.state.lock().formal.values().map(Ptr::get).collect();
        let out = self.output();
        for flag in flags {
            let mut b = b"  -".to_vec();
            b.extend_from_slice(flag.Name.as_bytes());
            let (name, usage) = unquote_usage(&flag);
            if !name.is_empty() {
                b.push(b' ');
                b.extend_from_slice(&name);
            }
            // Boolean flags of one ASCII letter keep their usage on the same line.
            if b.len() <= 4 {
                b.push(b'\t');
            } else {
                b.extend_from_slice(b"\n    \t");
            }
            for &c in &usage {
                b.push(c);
                if c == b'\n' {
                    b.extend_from_slice(b"    \t");
                }
            }
            let zero = match values::builtin_kind(&flag.Value) {
                Some((_, zero)) => flag.DefValue.as_bytes() == zero.as_bytes(),
                None => match flag.Value.zero_string() {
                    Some(zero) => flag.DefValue == zero,
                    None => matches!(flag.DefValue.as_bytes(), b"" | b"[]"),
                },
            };
            if !zero {
                let format = if values::is_string_value(&flag.Value) { " (default %q)" } else { " (default %v)" };
                b.extend_from_slice(crate::fmt::sprintf(&Str::lit(format), &[&flag.DefValue]).as_bytes());
            }
            b.push(b'\n');
            out.write_bytes(&b);
        }
    }

    /// Go's `f.defaultUsage()`.
    fn default_usage(&self) {
        let name = self.name();
        let head = if name.is_empty() { Str::lit("Usage:\n") } else { crate::fmt::sprintf(&Str::lit("Usage of %s:\n"), &[&name]) };
        self.output().write_bytes(head.as_bytes());
        self.print_defaults();
    }

    /// Go's `f.usage()`.
    fn usage(&self) {
        if self.Usage.is_nil() { self.default_usage() } else { (*self.Usage)() }
    }

    /// Go's `f.sprintf`: formats, prints the message and a newline to the output.
    fn sprintf(&self, format: &'static str, args: &[&dyn crate::GoValue]) -> Str {
        let msg = crate::fmt::sprintf(&Str::lit(format), args);
        let mut line = msg.as_bytes().to_vec();
        line.push(b'\n');
        self.output().write_bytes(&line);
        msg
    }

    fn panicf(&self, format: &'static str, args: &[&dyn crate::GoValue]) -> ! {
        let msg = self.sprintf(format, args);
        crate::panic::go_panic(Any::from_value(msg))
    }

    /// Go's `f.failf`: reports the error, then the usage message.
    fn failf(&self, format: &'static str, args: &[&dyn crate::GoValue]) -> Step {
        let msg = self.sprintf(format, args);
        self.usage();
        Step::Fail(crate::errors::new(&msg))
    }

    /// Go's `f.parseOne`.
    fn parse_one(&self) -> Step {
        let s = {
            let st = self.state.lock();
            if st.args.len() == 0 {
                return Step::Done;
            }
            st.args.get(0)
        };
        let b = s.as_bytes();
        if b.len() < 2 || b[0] != b'-' {
            return Step::Done;
        }
        let mut minuses = 1;
        if b[1] == b'-' {
            minuses += 1;
            if b.len() == 2 {
                // "--" terminates the flags.
                self.drop_arg();
                return Step::Done;
            }
        }
        let mut name = s.slice_from(minuses);
        let nb = name.as_bytes();
        if nb.is_empty() || nb[0] == b'-' || nb[0] == b'=' {
            return self.failf("bad flag syntax: %s", &[&s]);
        }
        // It is a flag; does it have an argument?
        self.drop_arg();
        let mut value = Str::lit("");
        let mut has_value = false;
        if let Some(i) = nb.iter().skip(1).position(|&c| c == b'=') {
            let i = i as i64 + 1;
            value = name.slice_from(i + 1);
            has_value = true;
            name = name.slice_to(i);
        }
        let Some(flag) = self.state.lock().formal.get(name.as_bytes()).cloned() else {
            if matches!(name.as_bytes(), b"help" | b"h") {
                // A nice help message.
                self.usage();
                return Step::Fail(err_help());
            }
            return self.failf("flag provided but not defined: -%s", &[&name]);
        };
        let fv = flag.with(|f| f.Value.clone());
        if values::is_bool_flag(&fv) {
            // A boolean flag needs no argument.
            if has_value {
                let err = fv.Set(&value);
                if !err.is_nil() {
                    return self.failf("invalid boolean value %q for -%s: %v", &[&value, &name, &err]);
                }
            } else {
                let err = fv.Set(&Str::lit("true"));
                if !err.is_nil() {
                    return self.failf("invalid boolean flag %s: %v", &[&name, &err]);
                }
            }
        } else {
            // It must have a value, which might be the next argument.
            if !has_value {
                let next = {
                    let mut st = self.state.lock();
                    if st.args.len() > 0 {
                        let v = st.args.get(0);
                        st.args = st.args.slice_from(1);
                        Some(v)
                    } else {
                        None
                    }
                };
                if let Some(v) = next {
                    value = v;
                    has_value = true;
                }
            }
            if !has_value {
                return self.failf("flag needs an argument: -%s", &[&name]);
            }
            let err = fv.Set(&value);
            if !err.is_nil() {
                return self.failf("invalid value %q for flag -%s: %v", &[&value, &name, &err]);
            }
        }
        self.state.lock().actual.insert(name.as_bytes().to_vec(), flag);
        Step::Flag
    }

    fn drop_arg(&self) {
        let mut st = self.state.lock();
        st.args = st.args.slice_from(1);
    }
}

/// `flag.UnquoteUsage(flag)`: the back-quoted name in the usage (quotes removed from the
/// usage), else the value's type name (`int`, `string`, …; none for a boolean flag).
fn unquote_usage(flag: &Flag) -> (Vec<u8>, Vec<u8>) {
    let usage = flag.Usage.as_bytes();
    if let Some(i) = usage.iter().position(|&c| c == b'`') {
        if let Some(j) = usage[i + 1..].iter().position(|&c| c == b'`') {
            let j = i + 1 + j;
            let name = usage[i + 1..j].to_vec();
            let mut u = usage[..i].to_vec();
            u.extend_from_slice(&name);
            u.extend_from_slice(&usage[j + 1..]);
            return (name, u);
        }
    }
    let name = values::builtin_kind(&flag.Value).map_or("value", |(n, _)| n);
    (name.as_bytes().to_vec(), usage.to_vec())
}

// ---- the top-level functions: `CommandLine`'s methods ----------------------------------------

/// `flag.Parse()`: parses `os.Args[1:]`; an error exits (status 2; 0 for `-help`).
pub fn parse() {
    let args = crate::os::args();
    let rest = if args.len() == 0 { args } else { args.slice_from(1) };
    cl().parse(&rest);
}
/// `flag.Parsed()`.
pub fn parsed() -> bool {
    cl().parsed()
}
/// `flag.Args()`.
pub fn args() -> Slice<Str> {
    cl().args()
}
/// `flag.NArg()`.
pub fn n_arg() -> i64 {
    cl().n_arg()
}
/// `flag.Arg(i)`.
pub fn arg(i: i64) -> Str {
    cl().arg(i)
}
/// `flag.NFlag()`.
pub fn n_flag() -> i64 {
    cl().n_flag()
}
/// `flag.PrintDefaults()`.
pub fn print_defaults() {
    cl().print_defaults()
}
/// `flag.Lookup(name)`.
pub fn lookup(name: &Str) -> Ptr<Flag> {
    cl().lookup(name)
}
/// `flag.Set(name, value)`.
pub fn set(name: &Str, value: &Str) -> Error {
    cl().set(name, value)
}
/// `flag.Visit(fn)`.
pub fn visit(f: impl Fn(Ptr<Flag>)) {
    cl().visit(f)
}
/// `flag.VisitAll(fn)`.
pub fn visit_all(f: impl Fn(Ptr<Flag>)) {
    cl().visit_all(f)
}
/// `flag.Var(value, name, usage)`.
pub fn var(value: &Iface<dyn Value>, name: &Str, usage: &Str) {
    cl().var(value, name, usage)
}
/// `flag.Func(name, usage, fn)`.
pub fn func(name: &Str, usage: &Str, f: impl Fn(Str) -> Error + Send + Sync + 'static) {
    cl().func(name, usage, f)
}
/// `flag.BoolFunc(name, usage, fn)`.
pub fn bool_func(name: &Str, usage: &Str, f: impl Fn(Str) -> Error + Send + Sync + 'static) {
    cl().bool_func(name, usage, f)
}
/// `flag.BoolVar(p, name, value, usage)`.
pub fn bool_var(p: &Ptr<bool>, name: &Str, value: bool, usage: &Str) {
    cl().bool_var(p, name, value, usage)
}
/// `flag.Bool(name, value, usage)`.
pub fn bool(name: &Str, value: bool, usage: &Str) -> Ptr<bool> {
    cl().bool(name, value, usage)
}
/// `flag.IntVar(p, name, value, usage)`.
pub fn int_var(p: &Ptr<i64>, name: &Str, value: i64, usage: &Str) {
    cl().int_var(p, name, value, usage)
}
/// `flag.Int(name, value, usage)`.
pub fn int(name: &Str, value: i64, usage: &Str) -> Ptr<i64> {
    cl().int(name, value, usage)
}
/// `flag.Int64Var(p, name, value, usage)`.
pub fn int64_var(p: &Ptr<i64>, name: &Str, value: i64, usage: &Str) {
    cl().int64_var(p, name, value, usage)
}
/// `flag.Int64(name, value, usage)`.
pub fn int64(name: &Str, value: i64, usage: &Str) -> Ptr<i64> {
    cl().int64(name, value, usage)
}
/// `flag.UintVar(p, name, value, usage)`.
pub fn uint_var(p: &Ptr<u64>, name: &Str, value: u64, usage: &Str) {
    cl().uint_var(p, name, value, usage)
}
/// `flag.Uint(name, value, usage)`.
pub fn uint(name: &Str, value: u64, usage: &Str) -> Ptr<u64> {
    cl().uint(name, value, usage)
}
/// `flag.Uint64Var(p, name, value, usage)`.
pub fn uint64_var(p: &Ptr<u64>, name: &Str, value: u64, usage: &Str) {
    cl().uint64_var(p, name, value, usage)
}
/// `flag.Uint64(name, value, usage)`.
pub fn uint64(name: &Str, value: u64, usage: &Str) -> Ptr<u64> {
    cl().uint64(name, value, usage)
}
/// `flag.StringVar(p, name, value, usage)`.
pub fn string_var(p: &Ptr<Str>, name: &Str, value: &Str, usage: &Str) {
    cl().string_var(p, name, value, usage)
}
/// `flag.String(name, value, usage)`.
pub fn string(name: &Str, value: &Str, usage: &Str) -> Ptr<Str> {
    cl().string(name, value, usage)
}
/// `flag.Float64Var(p, name, value, usage)`.
pub fn float64_var(p: &Ptr<f64>, name: &Str, value: f64, usage: &Str) {
    cl().float64_var(p, name, value, usage)
}
/// `flag.Float64(name, value, usage)`.
pub fn float64(name: &Str, value: f64, usage: &Str) -> Ptr<f64> {
    cl().float64(name, value, usage)
}
/// `flag.DurationVar(p, name, value, usage)`.
pub fn duration_var(p: &Ptr<Duration>, name: &Str, value: Duration, usage: &Str) {
    cl().duration_var(p, name, value, usage)
}
/// `flag.Duration(name, value, usage)`.
pub fn duration(name: &Str, value: Duration, usage: &Str) -> Ptr<Duration> {
    cl().duration(name, value, usage)
}
