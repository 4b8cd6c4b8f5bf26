//! Go's `bufio`, ported from `bufio/bufio.go` and `bufio/scan.go`: `Scanner` (`scan.rs`: the
//! split functions `ScanLines`, `ScanWords`, `ScanRunes`, `ScanBytes` and custom ones),
//! `Reader` (`reader.rs`) and `Writer` (`writer.rs`), with Go's buffer sizes, error values and
//! panics.
//!
//! Each type is a handle for Go's pointer (`*bufio.Scanner`): `Clone` shares the state, `==` is
//! identity. Buffers are Go slices, so `Scanner.Bytes`, `Reader.ReadSlice`, `Reader.Peek` and
//! `Writer.AvailableBuffer` alias the buffer exactly as Go's do (a later call may overwrite
//! them). A handle's lock is held for the whole call, including the underlying reader's
//! `Read`, the writer's `Write` and a custom split function: those must not call back into the
//! same handle (in Go that is a data race on the struct anyway).

mod reader;
mod scan;
mod writer;

use std::sync::LazyLock;

pub use reader::{Reader, new_reader, new_reader_size};
pub use scan::{MAX_SCAN_TOKEN_SIZE, Scanner, SplitFunc, new_scanner, scan_bytes, scan_lines, scan_runes, scan_words};
pub use writer::{Writer, new_writer, new_writer_size};

use crate::value::{Any, Error, Slice, Str};

/// Go's `defaultBufSize`.
const DEFAULT_BUF_SIZE: i64 = 4096;
/// Go's `maxConsecutiveEmptyReads`.
const MAX_CONSECUTIVE_EMPTY_READS: i64 = 100;

/// `bufio.ErrInvalidUnreadByte`.
pub fn err_invalid_unread_byte() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("bufio: invalid use of UnreadByte")));
    E.clone()
}

/// `bufio.ErrInvalidUnreadRune`.
pub fn err_invalid_unread_rune() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("bufio: invalid use of UnreadRune")));
    E.clone()
}

/// `bufio.ErrBufferFull`.
pub fn err_buffer_full() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("bufio: buffer full")));
    E.clone()
}

/// `bufio.ErrNegativeCount`.
pub fn err_negative_count() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("bufio: negative count")));
    E.clone()
}

/// `bufio.ErrTooLong`.
pub fn err_too_long() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("bufio.Scanner: token too long")));
    E.clone()
}

/// `bufio.ErrNegativeAdvance`.
pub fn err_negative_advance() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("bufio.Scanner: SplitFunc returns negative advance count")));
    E.clone()
}

/// `bufio.ErrAdvanceTooFar`.
pub fn err_advance_too_far() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("bufio.Scanner: SplitFunc returns advance count beyond input")));
    E.clone()
}

/// `bufio.ErrBadReadCount`.
pub fn err_bad_read_count() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("bufio.Scanner: Read returned impossible count")));
    E.clone()
}

/// `bufio.ErrFinalToken`.
pub fn err_final_token() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("final token")));
    E.clone()
}

/// Go's unexported `errNegativeRead` (a panic value).
fn err_negative_read() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("bufio: reader returned negative count from Read")));
    E.clone()
}

/// Go's unexported `errNegativeWrite` (a panic value).
fn err_negative_write() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("bufio: writer returned negative count from Write")));
    E.clone()
}

/// Go's `panic("…")` with a string.
fn panic_str(msg: &'static str) -> ! {
    crate::panic::go_panic(Any::from_value(Str::lit(msg)))
}

/// Runs `f` on the bytes of `s` under one lock of its backing array (`f` must not touch it).
fn with_bytes<R>(s: &Slice<u8>, f: impl FnOnce(&[u8]) -> R) -> R {
    match s.backing() {
        None => f(&[]),
        Some((a, off)) => a.read(off, off + s.len() as usize, f),
    }
}

/// Go's `copy(dst, src)` from Rust bytes.
fn copy_in(dst: &Slice<u8>, src: &[u8]) -> i64 {
    let n = (dst.len() as usize).min(src.len());
    if let Some((a, off)) = dst.backing() {
        a.with(off, off + n, |g| g.copy_from_slice(&src[..n]));
    }
    n as i64
}
