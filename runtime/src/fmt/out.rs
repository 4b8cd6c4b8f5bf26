//! Go's stdout and stderr. Go writes to `os.Stdout` unbuffered; for speed gort buffers stdout
//! (line-buffered when it is a terminal) and flushes it on every exit path (`flush_stdout`,
//! called by the runtime) and before anything goes to stderr, so the interleaving a reader sees
//! is Go's.

use std::io::{IsTerminal, Write};
use std::sync::LazyLock;

use parking_lot::Mutex;

const LIMIT: usize = 1 << 16;

struct Out {
    buf: Vec<u8>,
    tty: bool,
}

static STDOUT: LazyLock<Mutex<Out>> =
    LazyLock::new(|| Mutex::new(Out { buf: Vec::with_capacity(LIMIT), tty: std::io::stdout().is_terminal() }));

fn write_all_stdout(b: &[u8]) {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error Go programs see from fmt; ignore it as Go does.
    let _ = out.write_all(b);
    let _ = out.flush();
}

/// Writes Go-level stdout output (buffered).
pub fn write_stdout(b: &[u8]) {
    let mut o = STDOUT.lock();
    o.buf.extend_from_slice(b);
    if o.tty {
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

/// Writes to stderr (unbuffered), flushing stdout first.
pub fn write_stderr(b: &[u8]) {
    flush_stdout();
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(b);
    let _ = e.flush();
}
