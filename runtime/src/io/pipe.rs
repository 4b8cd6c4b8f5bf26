//! Go's `io.Pipe` (`io/pipe.go` ported): a synchronous in-memory pipe. Each `Write` blocks until
//! readers have consumed all of its bytes (one `Read` may take part of a write); closing either
//! end wakes the other. The hand-off runs on the runtime's channels and select, so a goroutine
//! blocked on a pipe counts as parked for deadlock detection, as in Go.

use std::sync::{Arc, Mutex};

use crate::chan::Chan;
use crate::select::{recv, select_blocking, send, try_select};
use crate::value::{Error, Slice};

/// Go's `io.ErrClosedPipe`.
pub fn err_closed_pipe() -> Error {
    static E: std::sync::LazyLock<Error> = std::sync::LazyLock::new(|| crate::errors::new(&crate::Str::lit("io: read/write on closed pipe")));
    E.clone()
}

struct Pipe {
    /// Serialises writes: one write's bytes are never interleaved with another's.
    wr_mu: Mutex<()>,
    wr_ch: Chan<Slice<u8>>,
    rd_ch: Chan<i64>,
    done: Chan<()>,
    /// The first error each side closed with (`onceError`): (reader's, writer's).
    errs: Mutex<(Option<Error>, Option<Error>)>,
}

/// Go's `*io.PipeReader`: a handle; clones share the pipe.
#[derive(Clone)]
pub struct PipeReader {
    inner: Arc<Pipe>,
}

/// Go's `*io.PipeWriter`: a handle; clones share the pipe.
#[derive(Clone)]
pub struct PipeWriter {
    inner: Arc<Pipe>,
}

/// Go's `io.Pipe()`.
pub fn pipe() -> (PipeReader, PipeWriter) {
    let p = Arc::new(Pipe {
        wr_mu: Mutex::new(()),
        wr_ch: Chan::make(0),
        rd_ch: Chan::make(0),
        done: Chan::make(0),
        errs: Mutex::new((None, None)),
    });
    (PipeReader { inner: p.clone() }, PipeWriter { inner: p })
}

/// Runs a blocking pipe operation: off the async worker pool when on one (Go parks only the
/// goroutine, not its thread).
fn blocking<R>(f: impl FnOnce() -> R) -> R {
    match tokio::runtime::Handle::try_current() {
        Ok(h) if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => tokio::task::block_in_place(f),
        _ => f(),
    }
}

impl Pipe {
    fn is_done(&self) -> bool {
        let mut d = recv(&self.done);
        try_select(&mut [&mut d]).is_some()
    }

    fn read(&self, b: &Slice<u8>) -> (i64, Error) {
        if self.is_done() {
            return (0, self.read_close_error());
        }
        blocking(|| {
            let mut w = recv(&self.wr_ch);
            let mut d = recv(&self.done);
            match select_blocking(&mut [&mut w, &mut d]) {
                0 => {
                    let (bw, _) = w.take();
                    let nr = crate::value::copy(b, &bw);
                    self.rd_ch.send_blocking(nr);
                    (nr, Error::nil())
                }
                _ => (0, self.read_close_error()),
            }
        })
    }

    fn write(&self, b: &Slice<u8>) -> (i64, Error) {
        if self.is_done() {
            return (0, self.write_close_error());
        }
        blocking(|| {
            let _serial = self.wr_mu.lock().unwrap_or_else(|e| e.into_inner());
            let mut b = b.clone();
            let mut n = 0;
            let mut once = true;
            while once || b.len() > 0 {
                once = false;
                let mut s = send(&self.wr_ch, b.clone());
                let mut d = recv(&self.done);
                match select_blocking(&mut [&mut s, &mut d]) {
                    0 => {
                        let nw = self.rd_ch.recv_blocking();
                        b = b.slice_from(nw);
                        n += nw;
                    }
                    _ => return (n, self.write_close_error()),
                }
            }
            (n, Error::nil())
        })
    }

    fn read_close_error(&self) -> Error {
        let (rerr, werr) = self.errs.lock().unwrap_or_else(|e| e.into_inner()).clone();
        match (rerr, werr) {
            (None, Some(w)) => w,
            _ => err_closed_pipe(),
        }
    }

    fn write_close_error(&self) -> Error {
        let (rerr, werr) = self.errs.lock().unwrap_or_else(|e| e.into_inner()).clone();
        match (werr, rerr) {
            (None, Some(r)) => r,
            _ => err_closed_pipe(),
        }
    }

    fn close(&self, reader: bool, err: Error) {
        {
            let mut errs = self.errs.lock().unwrap_or_else(|e| e.into_inner());
            let slot = if reader { &mut errs.0 } else { &mut errs.1 };
            if slot.is_none() {
                *slot = Some(err);
            }
        }
        // `once.Do(close(done))`: the first close of either end closes `done`.
        static CLOSING: Mutex<()> = Mutex::new(());
        let _g = CLOSING.lock().unwrap_or_else(|e| e.into_inner());
        if !self.is_done() {
            self.done.close();
        }
    }
}

#[allow(non_snake_case)]
impl PipeReader {
    /// `r.Read(p)`: blocks until a writer writes or the pipe is closed.
    pub fn read(&self, p: &Slice<u8>) -> (i64, Error) {
        self.inner.read(p)
    }
    /// `r.Close()`: later writes fail with `io.ErrClosedPipe`.
    pub fn close(&self) -> Error {
        self.close_with_error(&Error::nil())
    }
    /// `r.CloseWithError(err)`: later writes fail with `err` (nil: `io.ErrClosedPipe`).
    pub fn close_with_error(&self, err: &Error) -> Error {
        let e = if err.is_nil() { err_closed_pipe() } else { err.clone() };
        self.inner.close(true, e);
        Error::nil()
    }
}

#[allow(non_snake_case)]
impl PipeWriter {
    /// `w.Write(p)`: blocks until readers consumed all of `p` or the pipe is closed.
    pub fn write(&self, p: &Slice<u8>) -> (i64, Error) {
        self.inner.write(p)
    }
    /// `w.Close()`: readers get `io.EOF` once the data is consumed.
    pub fn close(&self) -> Error {
        self.close_with_error(&Error::nil())
    }
    /// `w.CloseWithError(err)`: readers get `err` (nil: `io.EOF`).
    pub fn close_with_error(&self, err: &Error) -> Error {
        let e = if err.is_nil() { super::eof() } else { err.clone() };
        self.inner.close(false, e);
        Error::nil()
    }
}

#[allow(non_snake_case)]
impl super::Reader for PipeReader {
    fn Read(&self, p: &Slice<u8>) -> (i64, Error) {
        self.read(p)
    }
}

#[allow(non_snake_case)]
impl super::Writer for PipeWriter {
    fn Write(&self, p: &Slice<u8>) -> (i64, Error) {
        self.write(p)
    }
}

crate::value::ptr_handle_value!(PipeReader, "*io.PipeReader");
crate::value::ptr_handle_value!(PipeWriter, "*io.PipeWriter");

/// The zero value stands for a nil `*io.PipeReader`: an end of a pipe nothing writes to.
impl Default for PipeReader {
    fn default() -> Self {
        pipe().0
    }
}

/// The zero value stands for a nil `*io.PipeWriter`: an end of a pipe nothing reads from.
impl Default for PipeWriter {
    fn default() -> Self {
        pipe().1
    }
}

super::util::identity_eq!(PipeReader, PipeWriter);

#[allow(non_snake_case)]
impl super::Closer for PipeReader {
    fn Close(&self) -> Error {
        self.close()
    }
}

#[allow(non_snake_case)]
impl super::Closer for PipeWriter {
    fn Close(&self) -> Error {
        self.close()
    }
}
