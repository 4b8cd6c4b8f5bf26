//! Files other than the standard streams: `os.Open`, `Create` and `OpenFile` (Go's flags),
//! reads and writes through `*os.File`, `Close`, and `Remove`, `MkdirAll`, `IsNotExist`,
//! `IsExist`. An `os.File` is a descriptor number; the open files live in one table, keyed by
//! numbers that are never reused (so a closed file stays closed whatever opens later).

use std::collections::HashMap;
use std::io::{Read, Write};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, LazyLock};

use parking_lot::Mutex;

use super::{File, blocking, closed_error, errno_error, io_error, os_path, path_error};
use crate::io::fs::FileMode;
use crate::value::{Error, Ptr, Slice, Str};

/// Go's `os.O_*` flags (linux/amd64).
const O_WRONLY: i64 = 0x1;
const O_RDWR: i64 = 0x2;
const O_CREATE: i64 = 0x40;
const O_EXCL: i64 = 0x80;
const O_TRUNC: i64 = 0x200;
const O_APPEND: i64 = 0x400;

/// An entry of the table: the file while it is open, and its name (for `Name` and errors).
struct Entry {
    file: Option<Arc<std::fs::File>>,
    name: Str,
}

static FILES: LazyLock<Mutex<HashMap<i32, Entry>>> = LazyLock::new(Default::default);
/// The next descriptor number (0–2 are the standard streams).
static NEXT_FD: AtomicI32 = AtomicI32::new(3);

/// `os.Open(name)`: the file, for reading.
pub fn open(name: &Str) -> (Ptr<File>, Error) {
    open_file(name, 0, &FileMode(0))
}

/// `os.Create(name)`: the file created or truncated (mode 0666 before the umask), for reading
/// and writing.
pub fn create(name: &Str) -> (Ptr<File>, Error) {
    open_file(name, O_RDWR | O_CREATE | O_TRUNC, &FileMode(0o666))
}

/// `os.OpenFile(name, flag, perm)`.
pub fn open_file(name: &Str, flag: i64, perm: &FileMode) -> (Ptr<File>, Error) {
    let perm = perm.0;
    use std::os::unix::fs::OpenOptionsExt;
    let mut o = std::fs::OpenOptions::new();
    match flag & 3 {
        O_WRONLY => o.write(true),
        O_RDWR => o.read(true).write(true),
        _ => o.read(true),
    };
    o.append(flag & O_APPEND != 0).truncate(flag & O_TRUNC != 0).mode(perm & 0o7777);
    if flag & O_CREATE != 0 {
        if flag & O_EXCL != 0 {
            o.create_new(true);
        } else {
            o.create(true);
        }
    }
    match blocking(|| o.open(os_path(name))) {
        Ok(f) => {
            // Relaxed: the counter only hands out distinct numbers.
            let fd = NEXT_FD.fetch_add(1, Ordering::Relaxed);
            FILES.lock().insert(fd, Entry { file: Some(Arc::new(f)), name: name.clone() });
            (Ptr::new(File { fd }), Error::nil())
        }
        Err(e) => (Ptr::nil(), io_error("open", name, &e)),
    }
}

/// The name a file was opened with.
pub(super) fn name(fd: i32) -> Str {
    FILES.lock().get(&fd).map(|e| e.name.clone()).unwrap_or_default()
}

/// The open file behind `fd`, or the `op name: file already closed` error.
fn get(fd: i32, op: &'static str) -> Result<(Arc<std::fs::File>, Str), Error> {
    let files = FILES.lock();
    match files.get(&fd) {
        Some(Entry { file: Some(f), name }) => Ok((f.clone(), name.clone())),
        Some(Entry { file: None, name }) => Err(path_error(op, name, closed_error())),
        None => Err(path_error(op, &Str::default(), errno_error(9))),
    }
}

/// The metadata of an open file (`f.Stat()`), or Go's `stat` error.
pub(super) fn metadata(fd: i32) -> Result<std::fs::Metadata, Error> {
    let (f, name) = get(fd, "stat")?;
    f.metadata().map_err(|e| io_error("stat", &name, &e))
}

/// `f.Close()`.
pub(super) fn close(fd: i32) -> Error {
    let mut files = FILES.lock();
    match files.get_mut(&fd) {
        Some(e) if e.file.is_some() => {
            e.file = None;
            Error::nil()
        }
        Some(e) => path_error("close", &e.name, closed_error()),
        None => path_error("close", &Str::default(), errno_error(9)),
    }
}

/// `f.Read(b)`: `(0, io.EOF)` at the end of the file.
pub(super) fn read(fd: i32, b: &Slice<u8>) -> (i64, Error) {
    let (f, name) = match get(fd, "read") {
        Ok(x) => x,
        Err(e) => return (0, e),
    };
    if b.is_empty() {
        return (0, Error::nil());
    }
    let mut buf = vec![0u8; b.len() as usize];
    match blocking(|| (&*f).read(&mut buf)) {
        Ok(0) => (0, crate::io::eof()),
        Ok(n) => {
            crate::value::copy_str(b, &Str::from_bytes(&buf[..n]));
            (n as i64, Error::nil())
        }
        Err(e) => (0, io_error("read", &name, &e)),
    }
}

/// `f.Write(b)`: all of `p`, or an error.
pub(super) fn write(fd: i32, p: &[u8]) -> (i64, Error) {
    let (f, name) = match get(fd, "write") {
        Ok(x) => x,
        Err(e) => return (0, e),
    };
    match blocking(|| (&*f).write_all(p)) {
        Ok(()) => (p.len() as i64, Error::nil()),
        Err(e) => (0, io_error("write", &name, &e)),
    }
}

/// `os.Remove(name)`: the file, or the empty directory.
pub fn remove(name: &Str) -> Error {
    let path = os_path(name);
    match std::fs::remove_file(path) {
        Ok(()) => Error::nil(),
        Err(e) => match std::fs::remove_dir(path) {
            Ok(()) => Error::nil(),
            // Go reports the unlink error unless it was "is a directory" (EISDIR).
            Err(e2) if e.raw_os_error() == Some(21) => io_error("remove", name, &e2),
            Err(_) => io_error("remove", name, &e),
        },
    }
}

/// `os.MkdirAll(path, perm)`.
pub fn mkdir_all(path: &Str, perm: &FileMode) -> Error {
    let perm = perm.0;
    use std::os::unix::fs::DirBuilderExt;
    match std::fs::DirBuilder::new().recursive(true).mode(perm & 0o7777).create(os_path(path)) {
        Ok(()) => Error::nil(),
        Err(e) => io_error("mkdir", path, &e),
    }
}

/// `os.IsNotExist(err)`: `err` (or the error inside a `*PathError`) is `ErrNotExist` or
/// `ENOENT`.
pub fn is_not_exist(err: &Error) -> bool {
    underlying_is(err, &super::err_not_exist())
}

/// `os.IsExist(err)`: `err` (or the error inside a `*PathError`) is `ErrExist`, `EEXIST` or
/// `ENOTEMPTY`.
pub fn is_exist(err: &Error) -> bool {
    underlying_is(err, &super::err_exist())
}

/// Go's `underlyingErrorIs`: only a `*PathError` or `*LinkError` is looked into, not other
/// wrappers.
fn underlying_is(err: &Error, target: &Error) -> bool {
    let v = err.value();
    let inner = match (
        v.and_then(|v| v.as_any().downcast_ref::<Ptr<super::PathError>>()),
        v.and_then(|v| v.as_any().downcast_ref::<Ptr<super::LinkError>>()),
    ) {
        (Some(p), _) => p.with(|e| e.Err.clone()),
        (_, Some(l)) => l.with(|e| e.Err.clone()),
        _ => err.clone(),
    };
    if &inner == target {
        return true;
    }
    inner.value().and_then(|v| v.as_any().downcast_ref::<super::Errno>()).is_some_and(|e| {
        use crate::value::GoError;
        e.is_method(target) == Some(true)
    })
}
