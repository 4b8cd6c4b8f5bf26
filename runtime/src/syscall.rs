//! Go's `syscall`, the part signal-handling programs use: `Signal` (Linux numbers, Go's
//! `String` texts), the `SIG*` values, `Kill` and `Getpid`.
//!
//! The `SIG*` members are variables in gort's stub, not constants: the emitter folds a std
//! constant to a bare literal of the underlying type, and `Signal` is a newtype.

use crate::value::{Error, Stringer, Str};

/// Go's `syscall.Signal`: a signal number; prints as Go's name for it (`interrupt`), `%d` its
/// number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Signal(pub i64);

crate::go_named!(Signal = "syscall.Signal"(i64) methods(String));

/// Go's `signals` table (`zerrors_linux_amd64.go`).
const NAMES: [&str; 32] = [
    "",
    "hangup",
    "interrupt",
    "quit",
    "illegal instruction",
    "trace/breakpoint trap",
    "aborted",
    "bus error",
    "floating point exception",
    "killed",
    "user defined signal 1",
    "segmentation fault",
    "user defined signal 2",
    "broken pipe",
    "alarm clock",
    "terminated",
    "stack fault",
    "child exited",
    "continued",
    "stopped (signal)",
    "stopped",
    "stopped (tty input)",
    "stopped (tty output)",
    "urgent I/O condition",
    "CPU time limit exceeded",
    "file size limit exceeded",
    "virtual timer expired",
    "profiling timer expired",
    "window changed",
    "I/O possible",
    "power failure",
    "bad system call",
];

impl Signal {
    /// `s.String()`: Go's text (`signal N` outside the table).
    pub fn string(&self) -> Str {
        match usize::try_from(self.0) {
            Ok(i) if (1..NAMES.len()).contains(&i) => Str::lit(NAMES[i]),
            _ => Str::from(format!("signal {}", self.0)),
        }
    }
    /// `s.Signal()`: marks `os.Signal` implementations.
    pub fn signal(&self) {}
}

impl Stringer for Signal {
    fn String(&self) -> Str {
        self.string()
    }
}

impl crate::os::Signal for Signal {
    fn String(&self) -> Str {
        self.string()
    }
    fn Signal(&self) {}
    fn number(&self) -> Option<i64> {
        Some(self.0)
    }
}

/// `syscall.SIGHUP`.
pub fn sighup() -> Signal {
    Signal(1)
}

/// `syscall.SIGINT`.
pub fn sigint() -> Signal {
    Signal(2)
}

/// `syscall.SIGQUIT`.
pub fn sigquit() -> Signal {
    Signal(3)
}

/// `syscall.SIGKILL`.
pub fn sigkill() -> Signal {
    Signal(9)
}

/// `syscall.SIGUSR1`.
pub fn sigusr1() -> Signal {
    Signal(10)
}

/// `syscall.SIGUSR2`.
pub fn sigusr2() -> Signal {
    Signal(12)
}

/// `syscall.SIGPIPE`.
pub fn sigpipe() -> Signal {
    Signal(13)
}

/// `syscall.SIGALRM`.
pub fn sigalrm() -> Signal {
    Signal(14)
}

/// `syscall.SIGTERM`.
pub fn sigterm() -> Signal {
    Signal(15)
}

/// `syscall.SIGCHLD`.
pub fn sigchld() -> Signal {
    Signal(17)
}

/// `syscall.Getpid()`.
pub fn getpid() -> i64 {
    std::process::id() as i64
}

/// `syscall.Kill(pid, sig)`: nil, or the `syscall.Errno` of the failure.
pub fn kill(pid: i64, sig: Signal) -> Error {
    let (Ok(pid), Ok(sig)) = (i32::try_from(pid), i32::try_from(sig.0)) else {
        return Error::from_err(crate::os::Errno(22));
    };
    // SAFETY: kill(2) takes two integers and touches no memory of ours.
    if unsafe { libc::kill(pid, sig) } == 0 {
        return Error::nil();
    }
    let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(22);
    Error::from_err(crate::os::Errno(e as u64))
}
