//! Go's `os`: `Args`, `Exit`, `Getenv`/`LookupEnv`/`Setenv`, `Stdout`/`Stderr` as writers.

use std::sync::LazyLock;

use crate::value::{Error, Slice, Str};

/// An open file; only the standard streams are supported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct File(i32);

/// `os.Stdout` (writes go through gort's stdout buffer).
#[allow(non_upper_case_globals)]
pub const Stdout: File = File(1);
/// `os.Stderr` (unbuffered; flushes stdout first).
#[allow(non_upper_case_globals)]
pub const Stderr: File = File(2);

impl File {
    /// `f.WriteString(s)`.
    pub fn write_string(&self, s: &Str) -> (i64, Error) {
        crate::fmt::Writer::write_bytes(self, s.as_bytes())
    }
    /// `f.Write(p)`.
    pub fn write(&self, p: &Slice<u8>) -> (i64, Error) {
        crate::fmt::Writer::write_bytes(self, &p.to_vec())
    }
}

impl crate::fmt::Writer for File {
    fn write_bytes(&self, p: &[u8]) -> (i64, Error) {
        if self.0 == 2 {
            crate::fmt::write_stderr(p);
        } else {
            crate::fmt::write_stdout(p);
        }
        (p.len() as i64, Error::nil())
    }
}

static ARGS: LazyLock<Vec<Str>> = LazyLock::new(|| {
    use std::os::unix::ffi::OsStringExt;
    std::env::args_os().map(|a| Str::from_vec(a.into_vec())).collect()
});

/// `os.Args`.
pub fn args() -> Slice<Str> {
    Slice::from_vec(ARGS.clone())
}

/// `os.Exit(code)`: flushes stdout and exits at once (deferred calls do not run, as in Go).
pub fn exit(code: i64) -> ! {
    crate::fmt::flush_stdout();
    std::process::exit(code as i32)
}

/// Variables set by `os.Setenv`/`os.Unsetenv`, consulted before the process environment
/// (Rust's `set_var` is unsafe with concurrent readers; Go programs only see the overlay).
static OVERLAY: LazyLock<parking_lot::Mutex<std::collections::HashMap<Vec<u8>, Option<Str>>>> =
    LazyLock::new(Default::default);

/// `os.Getenv`.
pub fn getenv(key: &Str) -> Str {
    lookup_env(key).0
}

/// `os.LookupEnv`.
pub fn lookup_env(key: &Str) -> (Str, bool) {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    if let Some(v) = OVERLAY.lock().get(key.as_bytes()) {
        return match v {
            Some(v) => (v.clone(), true),
            None => (Str::default(), false),
        };
    }
    match std::env::var_os(std::ffi::OsStr::from_bytes(key.as_bytes())) {
        Some(v) => (Str::from_vec(v.into_vec()), true),
        None => (Str::default(), false),
    }
}

/// `os.Setenv`.
pub fn setenv(key: &Str, value: &Str) -> Error {
    OVERLAY.lock().insert(key.as_bytes().to_vec(), Some(value.clone()));
    Error::nil()
}

/// `os.Unsetenv`.
pub fn unsetenv(key: &Str) -> Error {
    OVERLAY.lock().insert(key.as_bytes().to_vec(), None);
    Error::nil()
}
