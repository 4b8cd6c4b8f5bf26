//! Go's `os`: the standard streams and opened files (`file.rs`: `Open`, `Create`, `OpenFile`,
//! `Remove`, `MkdirAll`, `IsNotExist`, `IsExist`) as `*os.File` (`Read`, `Write`, `WriteString`,
//! `Close`, `Name`, `Stat`), directories and metadata (`dir.rs`: `Stat`, `ReadDir`, `MkdirTemp`,
//! …), `Args`, `Exit`, the environment, `Getpid`, `Hostname`, `ReadFile`, `WriteFile`,
//! `*os.LinkError`, `syscall.Errno` with Go's texts (`*fs.PathError` is in `io::fs`), and `os.Signal` (`Interrupt`, `Kill`; delivery is
//! `os/signal`, [`signal`]).
//!
//! Stdout goes through gort's buffer (`fmt::write_stdout`); stdin is read through one shared
//! buffer, which `fmt.Scan*` also reads, so the two never lose each other's bytes.

mod errno;
mod dir;
mod file;
pub mod signal;

pub use crate::io::fs::{DirEntry, FileInfo, FileMode, MODE_DIR, MODE_PERM, PathError};
pub use dir::{chdir, create_temp, getwd, lstat, mkdir, mkdir_temp, read_dir, remove_all, rename, stat, temp_dir};
pub(crate) use dir::read_dir_entries;
pub use file::{create, is_exist, is_not_exist, mkdir_all, open, open_file, remove};

use std::io::{Read, Write};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicBool, Ordering};

use parking_lot::Mutex;

use crate::fmt::Printer;
use crate::value::{Error, GoValue, Kind, Ptr, Slice, Str};

/// An open file: a standard stream (descriptors 0–2) or one of `file.rs`'s table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct File {
    fd: i32,
}

/// Whether each standard stream has been closed (`f.Close()`).
static CLOSED: [AtomicBool; 3] = [AtomicBool::new(false), AtomicBool::new(false), AtomicBool::new(false)];

static STDIN: LazyLock<Ptr<File>> = LazyLock::new(|| Ptr::new(File { fd: 0 }));
static STDOUT: LazyLock<Ptr<File>> = LazyLock::new(|| Ptr::new(File { fd: 1 }));
static STDERR: LazyLock<Ptr<File>> = LazyLock::new(|| Ptr::new(File { fd: 2 }));

/// `os.Stdin` (the same pointer every time, as Go's variable is).
pub fn stdin() -> Ptr<File> {
    STDIN.clone()
}
/// `os.Stdout` (writes go through gort's stdout buffer).
pub fn stdout() -> Ptr<File> {
    STDOUT.clone()
}
/// `os.Stderr` (unbuffered; flushes stdout first).
pub fn stderr() -> Ptr<File> {
    STDERR.clone()
}

impl File {
    /// The file behind `os.Stdin`.
    pub const STDIN: File = File { fd: 0 };
    /// The file behind `os.Stdout`.
    pub const STDOUT: File = File { fd: 1 };
    /// The file behind `os.Stderr`.
    pub const STDERR: File = File { fd: 2 };

    fn closed(&self) -> bool {
        // Relaxed: a flag set once by Close, read by later calls of the same program order.
        CLOSED.get(self.fd as usize).is_some_and(|c| c.load(Ordering::Relaxed))
    }
    /// `f.Name()`.
    pub fn name(&self) -> Str {
        Str::lit(match self.fd {
            0 => "/dev/stdin",
            1 => "/dev/stdout",
            2 => "/dev/stderr",
            fd => return file::name(fd),
        })
    }
    /// `f.Close()`: later reads and writes fail with `file already closed`.
    pub fn close(&self) -> Error {
        if self.fd > 2 {
            return file::close(self.fd);
        }
        let Some(flag) = CLOSED.get(self.fd as usize) else { return Error::nil() };
        // Relaxed: see `closed`.
        if flag.swap(true, Ordering::Relaxed) {
            return path_error("close", &self.name(), closed_error());
        }
        Error::nil()
    }
    /// `f.Write(b)`.
    pub fn write(&self, b: &Slice<u8>) -> (i64, Error) {
        self.write_bytes(&b.to_vec())
    }
    /// `f.WriteString(s)`.
    pub fn write_string(&self, s: &Str) -> (i64, Error) {
        self.write_bytes(s.as_bytes())
    }
    /// Writes Rust bytes (what `fmt` produces).
    pub fn write_bytes(&self, p: &[u8]) -> (i64, Error) {
        if self.fd > 2 {
            return file::write(self.fd, p);
        }
        if self.closed() {
            return (0, path_error("write", &self.name(), closed_error()));
        }
        match self.fd {
            1 => crate::fmt::write_stdout(p),
            2 => crate::fmt::write_stderr(p),
            _ => return (0, path_error("write", &self.name(), errno_error(9))),
        }
        (p.len() as i64, Error::nil())
    }
    /// `f.Read(b)`: `(0, io.EOF)` at end of input.
    pub fn read(&self, b: &Slice<u8>) -> (i64, Error) {
        if self.fd > 2 {
            return file::read(self.fd, b);
        }
        if self.closed() {
            return (0, path_error("read", &self.name(), closed_error()));
        }
        if self.fd != 0 {
            return (0, path_error("read", &self.name(), errno_error(9)));
        }
        if b.is_empty() {
            return (0, Error::nil());
        }
        let mut g = STDIN_BUF.lock();
        if !g.fill() {
            return (0, crate::io::eof());
        }
        let n = (b.len() as usize).min(g.buf.len() - g.pos);
        crate::value::copy_str(b, &Str::from_bytes(&g.buf[g.pos..g.pos + n]));
        g.pos += n;
        (n as i64, Error::nil())
    }
}

/// What `fmt.Scan*` reads: bytes of the shared stdin buffer, one at a time.
pub(crate) struct StdinSource;

impl crate::fmt::ByteSource for StdinSource {
    fn next_byte(&mut self) -> Option<u8> {
        if File::STDIN.closed() {
            return None;
        }
        let mut g = STDIN_BUF.lock();
        if !g.fill() {
            return None;
        }
        let c = g.buf[g.pos];
        g.pos += 1;
        Some(c)
    }
}

struct StdinBuf {
    buf: Vec<u8>,
    pos: usize,
}

static STDIN_BUF: Mutex<StdinBuf> = Mutex::new(StdinBuf { buf: Vec::new(), pos: 0 });

impl StdinBuf {
    /// Makes at least one unread byte available (one `read` of the process's stdin); false at
    /// end of input.
    fn fill(&mut self) -> bool {
        if self.pos < self.buf.len() {
            return true;
        }
        self.buf.resize(4096, 0);
        self.pos = 0;
        let n = blocking(|| loop {
            match std::io::stdin().lock().read(&mut self.buf) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => break r.unwrap_or(0),
            }
        });
        self.buf.truncate(n);
        n > 0
    }
}

/// Runs a blocking system call off the async worker pool when on one (Go parks only the
/// goroutine in a system call, not the whole scheduler).
fn blocking<R>(f: impl FnOnce() -> R) -> R {
    match tokio::runtime::Handle::try_current() {
        Ok(h) if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => tokio::task::block_in_place(f),
        _ => f(),
    }
}

#[allow(non_snake_case)]
impl crate::io::Closer for Ptr<File> {
    fn Close(&self) -> Error {
        self.get().close()
    }
}

#[allow(non_snake_case)]
impl crate::io::Writer for Ptr<File> {
    fn Write(&self, p: &Slice<u8>) -> (i64, Error) {
        self.get().write(p)
    }
    fn write_bytes(&self, p: &[u8]) -> (i64, Error) {
        self.get().write_bytes(p)
    }
}

#[allow(non_snake_case)]
impl crate::io::StringWriter for Ptr<File> {
    fn WriteString(&self, s: &Str) -> (i64, Error) {
        self.get().write_string(s)
    }
}

#[allow(non_snake_case)]
impl crate::io::Reader for Ptr<File> {
    fn Read(&self, p: &Slice<u8>) -> (i64, Error) {
        self.get().read(p)
    }
}

impl GoValue for File {
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_struct(self, verb, &[("fd", &(self.fd as i64))])
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        crate::value::eq_by(self, other)
    }
    fn go_type_name() -> String {
        "os.File".into()
    }
}

// ---- errors ----------------------------------------------------------------------------------

/// Go's `*os.LinkError` (`Rename`, `Link`, `Symlink`): `op old new: err`.
#[derive(Clone, Default)]
#[allow(non_snake_case)]
pub struct LinkError {
    /// The operation (`rename`).
    pub Op: Str,
    /// The source path.
    pub Old: Str,
    /// The destination path.
    pub New: Str,
    /// The cause (a `syscall.Errno`).
    pub Err: Error,
}
crate::go_struct!(LinkError = "os.LinkError" { Op: Str, Old: Str, New: Str, Err: Error } ptr_methods(Error, Unwrap));

#[allow(non_snake_case)]
impl LinkError {
    /// `(*LinkError).Error`.
    pub fn Error(this: &Ptr<LinkError>) -> Str {
        this.with(|e| e.error())
    }
    /// `(*LinkError).Unwrap`.
    pub fn Unwrap(this: &Ptr<LinkError>) -> Error {
        this.with(|e| e.Err.clone())
    }
    /// `e.Error()`.
    pub fn error(&self) -> Str {
        let mut v = Vec::new();
        for part in [&self.Op, &self.Old, &self.New] {
            v.extend_from_slice(part.as_bytes());
            v.push(b' ');
        }
        v.pop();
        v.extend_from_slice(b": ");
        v.extend_from_slice(self.Err.Error().as_bytes());
        Str::from_vec(v)
    }
    /// `e.Unwrap()`.
    pub fn unwrap(&self) -> Error {
        self.Err.clone()
    }
}

fn path_error(op: &'static str, path: &Str, err: Error) -> Error {
    Error::from_err(Ptr::new(PathError { Op: Str::lit(op), Path: path.clone(), Err: err }))
}

fn closed_error() -> Error {
    err_closed()
}

/// `os.ErrNotExist` (`file does not exist`): one value for the whole program, as Go's variable is.
pub fn err_not_exist() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("file does not exist")));
    E.clone()
}

/// `os.ErrExist` (`file already exists`): one value for the whole program, as Go's variable is.
pub fn err_exist() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("file already exists")));
    E.clone()
}

/// `os.ErrPermission` (`permission denied`): one value for the whole program, as Go's variable is.
pub fn err_permission() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("permission denied")));
    E.clone()
}

/// `os.ErrInvalid` (`invalid argument`): one value for the whole program, as Go's variable is.
pub fn err_invalid() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("invalid argument")));
    E.clone()
}

/// `os.ErrClosed` (`file already closed`): one value for the whole program, as Go's variable is.
pub fn err_closed() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("file already closed")));
    E.clone()
}

/// `os.ErrDeadlineExceeded` (`i/o timeout`): one value for the whole program, as Go's variable is.
pub fn err_deadline_exceeded() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("i/o timeout")));
    E.clone()
}

/// `os.ErrNoDeadline` (`file type does not support deadline`): one value for the whole program, as Go's variable is.
pub fn err_no_deadline() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("file type does not support deadline")));
    E.clone()
}

/// Go's `syscall.Errno`: an OS error number, printed with Go's text, and matching the `os`
/// error variables under `errors.Is` as Go's `Errno.Is` does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Errno(pub u64);

impl GoValue for Errno {
    fn kind(&self) -> Kind {
        Kind::Uint
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_integer(self, self.0, false, verb)
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        crate::value::eq_by(self, other)
    }
    fn hash_dyn(&self, state: &mut dyn std::hash::Hasher) {
        state.write_u64(self.0)
    }
    fn as_error(&self) -> Option<&dyn crate::value::GoError> {
        Some(self)
    }
    fn into_error(self: std::sync::Arc<Self>) -> Option<std::sync::Arc<dyn crate::value::GoError>> {
        Some(self)
    }
    fn go_type_name() -> String {
        "syscall.Errno".into()
    }
}

impl crate::value::GoError for Errno {
    fn Error(&self) -> Str {
        let n = self.0 as i32;
        match errno::ERRNO_TEXT.binary_search_by_key(&n, |&(e, _)| e) {
            Ok(i) => Str::lit(errno::ERRNO_TEXT[i].1),
            Err(_) => Str::from(format!("errno {n}")),
        }
    }
    fn is_method(&self, target: &Error) -> Option<bool> {
        // syscall/syscall_unix.go: Errno.Is.
        let is = match self.0 {
            1 | 13 => target == &err_permission(),
            17 | 39 => target == &err_exist(),
            2 => target == &err_not_exist(),
            38 | 95 => target == &crate::errors::err_unsupported(),
            _ => false,
        };
        Some(is)
    }
}

/// A `syscall.Errno` as an `error`.
fn errno_error(n: i32) -> Error {
    Error::from_err(Errno(n as u64))
}



fn io_error(op: &'static str, path: &Str, e: &std::io::Error) -> Error {
    path_error(op, path, errno_error(e.raw_os_error().unwrap_or(5)))
}

fn os_path(name: &Str) -> &std::path::Path {
    use std::os::unix::ffi::OsStrExt;
    std::path::Path::new(std::ffi::OsStr::from_bytes(name.as_bytes()))
}

// ---- functions -------------------------------------------------------------------------------

static ARGS: LazyLock<Slice<Str>> = LazyLock::new(|| {
    use std::os::unix::ffi::OsStringExt;
    Slice::from_vec(std::env::args_os().map(|a| Str::from_vec(a.into_vec())).collect())
});

/// `os.Args` (one slice for the whole program, as Go's variable is).
pub fn args() -> Slice<Str> {
    ARGS.clone()
}

/// `os.Exit(code)`: flushes stdout and exits at once (deferred calls do not run, as in Go).
pub fn exit(code: i64) -> ! {
    crate::fmt::flush_stdout();
    std::process::exit(code as i32)
}

/// `os.Getpid()`.
pub fn getpid() -> i64 {
    std::process::id() as i64
}

/// `os.Hostname()` (Linux: `/proc/sys/kernel/hostname`, as Go reads it).
pub fn hostname() -> (Str, Error) {
    let path = Str::lit("/proc/sys/kernel/hostname");
    match std::fs::read(os_path(&path)) {
        Ok(mut v) => {
            while v.last() == Some(&b'\n') {
                v.pop();
            }
            (Str::from_vec(v), Error::nil())
        }
        Err(e) => (Str::default(), io_error("open", &path, &e)),
    }
}

/// `os.ReadFile(name)`.
pub fn read_file(name: &Str) -> (Slice<u8>, Error) {
    let mut f = match std::fs::File::open(os_path(name)) {
        Ok(f) => f,
        Err(e) => return (Slice::nil(), io_error("open", name, &e)),
    };
    let mut data = Vec::new();
    if let Err(e) = blocking(|| f.read_to_end(&mut data)) {
        return (Slice::from_vec(data), io_error("read", name, &e));
    }
    // Go reads into a buffer of the file's size plus one byte, at least 512.
    let cap = (data.len() + 1).max(512);
    (crate::strings::with_cap(data, cap), Error::nil())
}

/// `os.WriteFile(name, data, perm)`: creates or truncates the file (mode `perm` before the
/// umask) and writes `data`.
pub fn write_file(name: &Str, data: &Slice<u8>, perm: &crate::io::fs::FileMode) -> Error {
    let perm = perm.0;
    use std::os::unix::fs::OpenOptionsExt;
    let f = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(perm & 0o7777).open(os_path(name));
    let mut f = match f {
        Ok(f) => f,
        Err(e) => return io_error("open", name, &e),
    };
    match blocking(|| f.write_all(&data.to_vec())) {
        Ok(()) => Error::nil(),
        Err(e) => io_error("write", name, &e),
    }
}

/// Variables set by `os.Setenv`/`os.Unsetenv`, consulted before the process environment
/// (Rust's `set_var` is unsafe with concurrent readers; Go programs only see the overlay).
static OVERLAY: LazyLock<Mutex<std::collections::HashMap<Vec<u8>, Option<Str>>>> = LazyLock::new(Default::default);

/// `os.Getenv(key)`.
pub fn getenv(key: &Str) -> Str {
    lookup_env(key).0
}

/// `os.LookupEnv(key)`.
pub fn lookup_env(key: &Str) -> (Str, bool) {
    use std::os::unix::ffi::OsStringExt;
    if let Some(v) = OVERLAY.lock().get(key.as_bytes()) {
        return match v {
            Some(v) => (v.clone(), true),
            None => (Str::default(), false),
        };
    }
    match std::env::var_os(os_path(key).as_os_str()) {
        Some(v) => (Str::from_vec(v.into_vec()), true),
        None => (Str::default(), false),
    }
}

/// `os.Setenv(key, value)`.
pub fn setenv(key: &Str, value: &Str) -> Error {
    if key.is_empty() || key.as_bytes().contains(&b'=') || key.as_bytes().contains(&0) || value.as_bytes().contains(&0) {
        return crate::errors::new(&Str::lit("setenv: invalid argument"));
    }
    OVERLAY.lock().insert(key.as_bytes().to_vec(), Some(value.clone()));
    Error::nil()
}

/// `os.Unsetenv(key)`.
pub fn unsetenv(key: &Str) -> Error {
    OVERLAY.lock().insert(key.as_bytes().to_vec(), None);
    Error::nil()
}

// ---- signals ---------------------------------------------------------------------------------

/// Go's `os.Signal` interface (`String() string`, `Signal()`).
#[allow(non_snake_case)]
pub trait Signal: GoValue {
    /// Go's `String() string`.
    fn String(&self) -> Str;
    /// Go's `Signal()` (a marker).
    fn Signal(&self);
    /// `s.String()` under the std method convention.
    fn string(&self) -> Str {
        self.String()
    }
    /// `s.Signal()` under the std method convention.
    fn signal(&self) {
        self.Signal()
    }
    /// The OS signal number, for a `syscall.Signal` (other implementations never arrive).
    fn number(&self) -> Option<i64> {
        None
    }
}

/// An interface value delegates to its dynamic value (nil panics Go's way).
impl Signal for crate::value::Iface<dyn Signal> {
    fn String(&self) -> Str {
        (**self).String()
    }
    fn Signal(&self) {
        (**self).Signal()
    }
    fn number(&self) -> Option<i64> {
        if self.is_nil() { None } else { (**self).number() }
    }
}

crate::go_interface!(Signal = "os.Signal" { Signal, String } impls [crate::syscall::Signal]);

/// A `syscall.Signal` as an `os.Signal`.
pub(crate) fn signal_value(n: i64) -> crate::value::Iface<dyn Signal> {
    crate::value::Iface::new(std::sync::Arc::new(crate::syscall::Signal(n)))
}

/// `os.Interrupt` (`syscall.SIGINT`).
pub fn interrupt() -> crate::value::Iface<dyn Signal> {
    signal_value(2)
}

/// `os.Kill` (`syscall.SIGKILL`).
pub fn kill() -> crate::value::Iface<dyn Signal> {
    signal_value(9)
}

/// A `syscall.Signal` as an `os.Signal` (what the emitter's conversion builds; for Rust users).
pub fn signal_of(s: &crate::syscall::Signal) -> crate::value::Iface<dyn Signal> {
    signal_value(s.0)
}
