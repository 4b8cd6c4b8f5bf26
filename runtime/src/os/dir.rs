//! Directories and file metadata: `os.Stat`, `Lstat`, `ReadDir` (sorted by name, as Go's),
//! `Mkdir`, `MkdirTemp`, `CreateTemp` (Go's `*` pattern rule and errors), `RemoveAll`,
//! `Rename`, `Getwd`, `Chdir`, `TempDir`, and `(*File).Stat`.

use crate::io::fs::{DirEnt, DirEntry, FileInfo, FileMode, FileStat};
use crate::value::{Error, Iface, Ptr, Slice, Str};

use super::{File, io_error, os_path, path_error};

/// The last element of `name` (Go's `basename` in `os`: trailing slashes dropped).
fn basename(name: &Str) -> Str {
    let b = name.as_bytes();
    let mut end = b.len();
    while end > 1 && b[end - 1] == b'/' {
        end -= 1;
    }
    let start = b[..end].iter().rposition(|&c| c == b'/').map_or(0, |i| i + 1);
    Str::from_vec(b[start..end].to_vec())
}

fn stat_with(op: &'static str, name: &Str, md: std::io::Result<std::fs::Metadata>) -> (Iface<dyn FileInfo>, Error) {
    match md {
        Ok(md) => (Iface::new(std::sync::Arc::new(FileStat::from_metadata(basename(name), &md))), Error::nil()),
        Err(e) => (Iface::nil(), io_error(op, name, &e)),
    }
}

/// `os.Stat(name)`: follows symbolic links.
pub fn stat(name: &Str) -> (Iface<dyn FileInfo>, Error) {
    stat_with("stat", name, std::fs::metadata(os_path(name)))
}

/// `os.Lstat(name)`: a symbolic link itself.
pub fn lstat(name: &Str) -> (Iface<dyn FileInfo>, Error) {
    stat_with("lstat", name, std::fs::symlink_metadata(os_path(name)))
}

/// The entries of a directory, sorted by name; the error is an `open` `*PathError`.
pub(crate) fn read_dir_entries(name: &Str) -> Result<Vec<(Str, FileMode)>, Error> {
    let rd = std::fs::read_dir(os_path(name)).map_err(|e| io_error("open", name, &e))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| io_error("readdirent", name, &e))?;
        use std::os::unix::ffi::OsStrExt;
        let n = Str::from_vec(ent.file_name().as_bytes().to_vec());
        let typ = match ent.file_type() {
            Ok(t) => {
                use std::os::unix::fs::FileTypeExt;
                if t.is_dir() {
                    crate::io::fs::MODE_DIR
                } else if t.is_symlink() {
                    crate::io::fs::MODE_SYMLINK
                } else if t.is_fifo() {
                    crate::io::fs::MODE_NAMED_PIPE
                } else if t.is_socket() {
                    crate::io::fs::MODE_SOCKET
                } else if t.is_char_device() {
                    FileMode(crate::io::fs::MODE_DEVICE.0 | crate::io::fs::MODE_CHAR_DEVICE.0)
                } else if t.is_block_device() {
                    crate::io::fs::MODE_DEVICE
                } else {
                    FileMode(0)
                }
            }
            Err(_) => FileMode(0),
        };
        out.push((n, typ));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

/// `os.ReadDir(name)`: the directory's entries sorted by file name.
pub fn read_dir(name: &Str) -> (Slice<Iface<dyn DirEntry>>, Error) {
    match read_dir_entries(name) {
        Ok(v) => {
            let ents = v
                .into_iter()
                .map(|(n, typ)| {
                    let path = crate::path::filepath::join(&[name.clone(), n.clone()]);
                    let d: Iface<dyn DirEntry> = Iface::new(std::sync::Arc::new(DirEnt::new(n, typ, path)));
                    d
                })
                .collect();
            (Slice::from_vec(ents), Error::nil())
        }
        Err(e) => (Slice::nil(), e),
    }
}

/// `os.Mkdir(name, perm)`.
pub fn mkdir(name: &Str, perm: &FileMode) -> Error {
    use std::os::unix::fs::DirBuilderExt;
    match std::fs::DirBuilder::new().mode(perm.0 & 0o7777).create(os_path(name)) {
        Ok(()) => Error::nil(),
        Err(e) => io_error("mkdir", name, &e),
    }
}

/// `os.RemoveAll(path)`: the path and everything under it; a missing path is no error.
pub fn remove_all(path: &Str) -> Error {
    if path.is_empty() {
        return Error::nil();
    }
    if path.as_bytes() == b"." || path.as_bytes().ends_with(b"/.") {
        return path_error("RemoveAll", path, super::err_invalid());
    }
    let p = os_path(path);
    let r = match std::fs::symlink_metadata(p) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
        Ok(md) if md.is_dir() => std::fs::remove_dir_all(p),
        Ok(_) => std::fs::remove_file(p),
    };
    match r {
        Ok(()) => Error::nil(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Error::nil(),
        Err(e) => io_error("unlinkat", path, &e),
    }
}

/// `os.Rename(oldpath, newpath)`: errors are `*LinkError`s.
pub fn rename(oldpath: &Str, newpath: &Str) -> Error {
    match std::fs::rename(os_path(oldpath), os_path(newpath)) {
        Ok(()) => Error::nil(),
        Err(e) => {
            let err = super::errno_error(e.raw_os_error().unwrap_or(5));
            let le = super::LinkError { Op: Str::lit("rename"), Old: oldpath.clone(), New: newpath.clone(), Err: err };
            Error::from_err(Ptr::new(le))
        }
    }
}

/// `os.Getwd()`.
pub fn getwd() -> (Str, Error) {
    use std::os::unix::ffi::OsStrExt;
    match std::env::current_dir() {
        Ok(p) => (Str::from_vec(p.as_os_str().as_bytes().to_vec()), Error::nil()),
        Err(e) => (Str::default(), io_error("getwd", &Str::lit("."), &e)),
    }
}

/// `os.Chdir(dir)`.
pub fn chdir(dir: &Str) -> Error {
    match std::env::set_current_dir(os_path(dir)) {
        Ok(()) => Error::nil(),
        Err(e) => io_error("chdir", dir, &e),
    }
}

/// `os.TempDir()`: `$TMPDIR`, else `/tmp`.
pub fn temp_dir() -> Str {
    use std::os::unix::ffi::OsStrExt;
    match std::env::var_os("TMPDIR") {
        Some(d) if !d.is_empty() => Str::from_vec(d.as_bytes().to_vec()),
        _ => Str::lit("/tmp"),
    }
}

/// Go's `prefixAndSuffix`: the pattern split at its last `*`; a path separator is an error.
fn prefix_and_suffix(pattern: &Str) -> Result<(Vec<u8>, Vec<u8>), ()> {
    let b = pattern.as_bytes();
    if b.contains(&b'/') {
        return Err(());
    }
    Ok(match b.iter().rposition(|&c| c == b'*') {
        Some(i) => (b[..i].to_vec(), b[i + 1..].to_vec()),
        None => (b.to_vec(), Vec::new()),
    })
}

/// A random decimal like Go's `nextRandom` (`uint32` digits).
fn next_random() -> Vec<u8> {
    (crate::rand::uint32()).to_string().into_bytes()
}

/// `dir` (or `TempDir()` when empty) joined with a name made from the pattern.
fn temp_name(dir: &Str, prefix: &[u8], suffix: &[u8]) -> Str {
    let mut d = if dir.is_empty() { temp_dir() } else { dir.clone() }.as_bytes().to_vec();
    if !d.ends_with(b"/") {
        d.push(b'/');
    }
    d.extend_from_slice(prefix);
    d.extend_from_slice(&next_random());
    d.extend_from_slice(suffix);
    Str::from_vec(d)
}

fn pattern_error(op: &'static str, pattern: &Str) -> Error {
    path_error(op, pattern, crate::errors::new(&Str::lit("pattern contains path separator")))
}

/// `os.MkdirTemp(dir, pattern)`: a new directory (mode 0700) named from the pattern.
pub fn mkdir_temp(dir: &Str, pattern: &Str) -> (Str, Error) {
    let Ok((prefix, suffix)) = prefix_and_suffix(pattern) else { return (Str::default(), pattern_error("mkdirtemp", pattern)) };
    for _ in 0..10000 {
        let name = temp_name(dir, &prefix, &suffix);
        use std::os::unix::fs::DirBuilderExt;
        match std::fs::DirBuilder::new().mode(0o700).create(os_path(&name)) {
            Ok(()) => return (name, Error::nil()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return (Str::default(), io_error("mkdirtemp", &name, &e)),
        }
    }
    (Str::default(), path_error("mkdirtemp", dir, super::err_exist()))
}

/// `os.CreateTemp(dir, pattern)`: a new file (mode 0600) opened for reading and writing.
pub fn create_temp(dir: &Str, pattern: &Str) -> (Ptr<File>, Error) {
    let Ok((prefix, suffix)) = prefix_and_suffix(pattern) else { return (Ptr::nil(), pattern_error("createtemp", pattern)) };
    for _ in 0..10000 {
        let name = temp_name(dir, &prefix, &suffix);
        let (f, err) = super::open_file(&name, 0x2 | 0x40 | 0x80, &FileMode(0o600));
        if err.is_nil() {
            return (f, err);
        }
        if super::is_exist(&err) {
            continue;
        }
        return (Ptr::nil(), err);
    }
    (Ptr::nil(), path_error("createtemp", dir, super::err_exist()))
}

impl File {
    /// `f.Stat()`.
    pub fn stat(&self) -> (Iface<dyn FileInfo>, Error) {
        let name = self.name();
        if self.fd <= 2 {
            // The standard streams: their descriptors' metadata.
            let path = Str::from(format!("/dev/fd/{}", self.fd));
            return stat_with("stat", &name, std::fs::metadata(os_path(&path)));
        }
        match super::file::metadata(self.fd) {
            Ok(md) => (Iface::new(std::sync::Arc::new(FileStat::from_metadata(basename(&name), &md))), Error::nil()),
            Err(e) => (Iface::nil(), e),
        }
    }
}
