//! Go's stdout and stderr. Go writes to `os.Stdout` unbuffered; for speed gort buffers stdout
//! (line-buffered when it is a terminal) and flushes it on every exit path (`flush_stdout`,
//! called by the runtime) and before anything goes to stderr, so the interleaving a reader sees
//! is Go's.

use std::io::{IsTerminal, Write};

use parking_lot::Mutex;

const LIMIT: usize = 1 << 16;

struct Out {
    buf: Vec<u8>,
    /// Whether stdout is a terminal (looked up on the first write).
    tty: Option<bool>,
}

/// Const-initialised, so the stack-overflow report can reach it from a signal handler.
static STDOUT: Mutex<Out> = parking_lot::const_mutex(Out { buf: Vec::new(), tty: None });

fn write_all_stdout(b: &[u8]) {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error Go programs see from fmt; ignore it as Go does.
    let _ = out.write_all(b);
    let _ = out.flush();
}

/// Writes Go-level stdout output (buffered).
pub fn write_stdout(b: &[u8]) {
    let mut o = STDOUT.lock();
    if o.buf.capacity() == 0 {
        o.buf.reserve(LIMIT);
    }
    o.buf.extend_from_slice(b);
    if *o.tty.get_or_insert_with(|| std::io::stdout().is_terminal()) {
        if let Some(nl) = o.buf.iter().rposition(|&c| c == b'\n') {
            let rest = o.buf.split_off(nl + 1);
            let line = std::mem::replace(&mut o.buf, rest);
            write_all_stdout(&line);
        }
    } else if o.buf.len() >= LIMIT {
        let all = std::mem::take(&mut o.buf);
        write_all_stdout(&all);
    }
}

/// Writes out whatever Go-level stdout output is buffered. The runtime calls it before the
/// process exits (main returned, `os.Exit`, unrecovered panic, fatal error).
pub fn flush_stdout() {
    let mut o = STDOUT.lock();
    if !o.buf.is_empty() {
        let all = std::mem::take(&mut o.buf);
        write_all_stdout(&all);
    }
}

/// [`flush_stdout`] for a signal handler: only if the buffer is free right now, and with
/// nothing but `write(2)` (async-signal-safe).
#[cfg(all(target_os = "linux", not(loom)))]
pub(crate) fn flush_stdout_from_signal() {
    if let Some(o) = STDOUT.try_lock() {
        let mut rest: &[u8] = &o.buf;
        while !rest.is_empty() {
            // SAFETY: `rest` is a live, initialised byte buffer for the whole call.
            let n = unsafe { libc::write(1, rest.as_ptr().cast(), rest.len()) };
            if n <= 0 {
                break;
            }
            rest = &rest[n as usize..];
        }
    }
}

/// Writes to stderr (unbuffered), flushing stdout first.
pub fn write_stderr(b: &[u8]) {
    flush_stdout();
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(b);
    let _ = e.flush();
}
