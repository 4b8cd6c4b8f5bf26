//! Go's `io/fs`: `FileMode` (its `String` and predicates), the `FileInfo` and `DirEntry`
//! interfaces as traits, the runtime's implementations of both (`*os.fileStat` from
//! `os.Stat`/`Lstat`, `*os.unixDirent` from `os.ReadDir`, `*fs.statDirEntry` for a walk's
//! root), the walk sentinels `SkipDir`/`SkipAll` and the error variables `os` shares.

use std::sync::{Arc, LazyLock};

use crate::time::Time;
use crate::value::{Any, Error, Func, GoValue, Iface, Ptr, Str, Stringer};

/// Go's `fs.FileMode`: the type bits (`ModeDir`, …) over the Unix permission bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileMode(pub u32);

crate::go_named!(FileMode = "fs.FileMode"(u32) methods(String));

pub const MODE_DIR: FileMode = FileMode(1 << 31);
pub const MODE_APPEND: FileMode = FileMode(1 << 30);
pub const MODE_EXCLUSIVE: FileMode = FileMode(1 << 29);
pub const MODE_TEMPORARY: FileMode = FileMode(1 << 28);
pub const MODE_SYMLINK: FileMode = FileMode(1 << 27);
pub const MODE_DEVICE: FileMode = FileMode(1 << 26);
pub const MODE_NAMED_PIPE: FileMode = FileMode(1 << 25);
pub const MODE_SOCKET: FileMode = FileMode(1 << 24);
pub const MODE_SETUID: FileMode = FileMode(1 << 23);
pub const MODE_SETGID: FileMode = FileMode(1 << 22);
pub const MODE_CHAR_DEVICE: FileMode = FileMode(1 << 21);
pub const MODE_STICKY: FileMode = FileMode(1 << 20);
pub const MODE_IRREGULAR: FileMode = FileMode(1 << 19);
pub const MODE_TYPE: FileMode =
    FileMode(MODE_DIR.0 | MODE_SYMLINK.0 | MODE_NAMED_PIPE.0 | MODE_SOCKET.0 | MODE_DEVICE.0 | MODE_CHAR_DEVICE.0 | MODE_IRREGULAR.0);
pub const MODE_PERM: FileMode = FileMode(0o777);

impl FileMode {
    /// Go's `m.String()`: one letter per set type bit (`dalTLDpSugct?`), `-` when none, then
    /// `rwxrwxrwx` with `-` for clear bits.
    pub fn string(&self) -> Str {
        const TYPES: &[u8] = b"dalTLDpSugct?";
        let mut out = Vec::with_capacity(32);
        for (i, &c) in TYPES.iter().enumerate() {
            if self.0 & (1 << (31 - i)) != 0 {
                out.push(c);
            }
        }
        if out.is_empty() {
            out.push(b'-');
        }
        for (i, &c) in b"rwxrwxrwx".iter().enumerate() {
            out.push(if self.0 & (1 << (8 - i)) != 0 { c } else { b'-' });
        }
        Str::from_vec(out)
    }
    /// Go's `m.IsDir()`.
    pub fn is_dir(&self) -> bool {
        self.0 & MODE_DIR.0 != 0
    }
    /// Go's `m.IsRegular()`: no type bits.
    pub fn is_regular(&self) -> bool {
        self.0 & MODE_TYPE.0 == 0
    }
    /// Go's `m.Perm()`.
    pub fn perm(&self) -> FileMode {
        FileMode(self.0 & MODE_PERM.0)
    }
    /// Go's `m.Type()`.
    pub fn r#type(&self) -> FileMode {
        FileMode(self.0 & MODE_TYPE.0)
    }
}

impl Stringer for FileMode {
    fn String(&self) -> Str {
        self.string()
    }
}

/// Go's `fs.FileInfo`. Translated types implement the Go-named methods; calls through the std
/// convention use the snake_case ones.
#[allow(non_snake_case)]
pub trait FileInfo: GoValue {
    fn Name(&self) -> Str;
    fn Size(&self) -> i64;
    fn Mode(&self) -> FileMode;
    fn ModTime(&self) -> Time;
    fn IsDir(&self) -> bool;
    fn Sys(&self) -> Any;
    /// `fi.Name()` under the std method convention.
    fn name(&self) -> Str {
        self.Name()
    }
    /// `fi.Size()`.
    fn size(&self) -> i64 {
        self.Size()
    }
    /// `fi.Mode()`.
    fn mode(&self) -> FileMode {
        self.Mode()
    }
    /// `fi.ModTime()`.
    fn mod_time(&self) -> Time {
        self.ModTime()
    }
    /// `fi.IsDir()`.
    fn is_dir(&self) -> bool {
        self.IsDir()
    }
    /// `fi.Sys()`.
    fn sys(&self) -> Any {
        self.Sys()
    }
}

/// Go's `fs.DirEntry`.
#[allow(non_snake_case)]
pub trait DirEntry: GoValue {
    fn Name(&self) -> Str;
    fn IsDir(&self) -> bool;
    fn Type(&self) -> FileMode;
    fn Info(&self) -> (Iface<dyn FileInfo>, Error);
    /// `d.Name()` under the std method convention.
    fn name(&self) -> Str {
        self.Name()
    }
    /// `d.IsDir()`.
    fn is_dir(&self) -> bool {
        self.IsDir()
    }
    /// `d.Type()`.
    fn r#type(&self) -> FileMode {
        self.Type()
    }
    /// `d.Info()`.
    fn info(&self) -> (Iface<dyn FileInfo>, Error) {
        self.Info()
    }
}

#[allow(non_snake_case)]
impl FileInfo for Iface<dyn FileInfo> {
    fn Name(&self) -> Str {
        (**self).Name()
    }
    fn Size(&self) -> i64 {
        (**self).Size()
    }
    fn Mode(&self) -> FileMode {
        (**self).Mode()
    }
    fn ModTime(&self) -> Time {
        (**self).ModTime()
    }
    fn IsDir(&self) -> bool {
        (**self).IsDir()
    }
    fn Sys(&self) -> Any {
        (**self).Sys()
    }
}

#[allow(non_snake_case)]
impl DirEntry for Iface<dyn DirEntry> {
    fn Name(&self) -> Str {
        (**self).Name()
    }
    fn IsDir(&self) -> bool {
        (**self).IsDir()
    }
    fn Type(&self) -> FileMode {
        (**self).Type()
    }
    fn Info(&self) -> (Iface<dyn FileInfo>, Error) {
        (**self).Info()
    }
}

/// What `os.Stat` knows about a file (Go's `*os.fileStat`).
#[derive(Clone)]
pub struct FileStat(Arc<StatData>);

struct StatData {
    name: Str,
    size: i64,
    mode: FileMode,
    mtime: Time,
}

crate::handle::ptr_handle!(FileStat, "*os.fileStat");

impl FileStat {
    /// The stat of `name` (its base name) from the OS's metadata.
    pub(crate) fn from_metadata(name: Str, md: &std::fs::Metadata) -> FileStat {
        use std::os::unix::fs::MetadataExt;
        FileStat(Arc::new(StatData {
            name,
            size: md.size() as i64,
            mode: mode_of(md.mode()),
            mtime: crate::time::unix(md.mtime(), md.mtime_nsec()),
        }))
    }
}

/// Go's `fillFileStatFromSys`: the Unix `st_mode` as a `FileMode`.
fn mode_of(st: u32) -> FileMode {
    let mut m = st & 0o777;
    m |= match st & 0o170000 {
        0o060000 => MODE_DEVICE.0,
        0o020000 => MODE_DEVICE.0 | MODE_CHAR_DEVICE.0,
        0o040000 => MODE_DIR.0,
        0o010000 => MODE_NAMED_PIPE.0,
        0o120000 => MODE_SYMLINK.0,
        0o140000 => MODE_SOCKET.0,
        _ => 0,
    };
    if st & 0o4000 != 0 {
        m |= MODE_SETUID.0;
    }
    if st & 0o2000 != 0 {
        m |= MODE_SETGID.0;
    }
    if st & 0o1000 != 0 {
        m |= MODE_STICKY.0;
    }
    FileMode(m)
}

#[allow(non_snake_case)]
impl FileInfo for FileStat {
    fn Name(&self) -> Str {
        self.0.name.clone()
    }
    fn Size(&self) -> i64 {
        self.0.size
    }
    fn Mode(&self) -> FileMode {
        self.0.mode
    }
    fn ModTime(&self) -> Time {
        self.0.mtime.clone()
    }
    fn IsDir(&self) -> bool {
        self.0.mode.is_dir()
    }
    fn Sys(&self) -> Any {
        Any::nil()
    }
}

/// A directory entry read by `os.ReadDir` (Go's `*os.unixDirent`), or a walk's root made from
/// its `FileInfo` (Go's `*fs.statDirEntry`).
#[derive(Clone)]
pub struct DirEnt(Arc<DirEntData>);

struct DirEntData {
    name: Str,
    typ: FileMode,
    /// Where `Info` stats (an `lstat`, as Go's), or the `FileInfo` a root entry wraps.
    source: EntrySource,
}

enum EntrySource {
    Path(Str),
    Info(Iface<dyn FileInfo>),
}

crate::handle::ptr_handle!(DirEnt, "*os.unixDirent");

impl DirEnt {
    pub(crate) fn new(name: Str, typ: FileMode, path: Str) -> DirEnt {
        DirEnt(Arc::new(DirEntData { name, typ, source: EntrySource::Path(path) }))
    }
}

/// Go's `fs.FileInfoToDirEntry(info)`.
pub fn file_info_to_dir_entry(info: &Iface<dyn FileInfo>) -> Iface<dyn DirEntry> {
    if info.is_nil() {
        return Iface::nil();
    }
    let d = DirEnt(Arc::new(DirEntData { name: info.name(), typ: info.mode().r#type(), source: EntrySource::Info(info.clone()) }));
    Iface::new(Arc::new(d))
}

#[allow(non_snake_case)]
impl DirEntry for DirEnt {
    fn Name(&self) -> Str {
        self.0.name.clone()
    }
    fn IsDir(&self) -> bool {
        self.0.typ.is_dir()
    }
    fn Type(&self) -> FileMode {
        self.0.typ
    }
    fn Info(&self) -> (Iface<dyn FileInfo>, Error) {
        match &self.0.source {
            EntrySource::Info(i) => (i.clone(), Error::nil()),
            EntrySource::Path(p) => crate::os::lstat(p),
        }
    }
}

crate::go_interface!(FileInfo = "fs.FileInfo" { IsDir, ModTime, Mode, Name, Size, Sys } impls [FileStat]);
crate::go_interface!(DirEntry = "fs.DirEntry" { Info, IsDir, Name, Type } impls [DirEnt]);

/// Go's `*fs.PathError`: `op path: err`.
#[derive(Clone, Default)]
#[allow(non_snake_case)]
pub struct PathError {
    /// The operation (`open`, `read`, `write`).
    pub Op: Str,
    /// The file.
    pub Path: Str,
    /// The cause (a `syscall.Errno` in Go).
    pub Err: Error,
}
crate::go_struct!(PathError = "fs.PathError" { Op: Str, Path: Str, Err: Error } ptr_methods(Error, Unwrap));

#[allow(non_snake_case)]
impl PathError {
    /// `(*PathError).Error`.
    pub fn Error(this: &Ptr<PathError>) -> Str {
        this.with(|e| e.error())
    }
    /// `(*PathError).Unwrap`.
    pub fn Unwrap(this: &Ptr<PathError>) -> Error {
        this.with(|e| e.Err.clone())
    }
    /// `e.Error()`.
    pub fn error(&self) -> Str {
        let mut v = self.Op.as_bytes().to_vec();
        v.push(b' ');
        v.extend_from_slice(self.Path.as_bytes());
        v.extend_from_slice(b": ");
        v.extend_from_slice(self.Err.Error().as_bytes());
        Str::from_vec(v)
    }
    /// `e.Unwrap()`.
    pub fn unwrap(&self) -> Error {
        self.Err.clone()
    }
}

/// Go's `fs.WalkDirFunc`.
pub type WalkDirFunc = Func<dyn Fn(Str, Iface<dyn DirEntry>, Error) -> Error + Send + Sync>;

/// `fs.SkipDir`: a walk function's "skip this directory".
pub fn skip_dir() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("skip this directory")));
    E.clone()
}

/// `fs.SkipAll`: a walk function's "skip everything".
pub fn skip_all() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("skip everything and stop the walk")));
    E.clone()
}

/// `fs.ErrInvalid` (the same value as `os.ErrInvalid`).
pub fn err_invalid() -> Error {
    crate::os::err_invalid()
}

/// `fs.ErrPermission`.
pub fn err_permission() -> Error {
    crate::os::err_permission()
}

/// `fs.ErrExist`.
pub fn err_exist() -> Error {
    crate::os::err_exist()
}

/// `fs.ErrNotExist`.
pub fn err_not_exist() -> Error {
    crate::os::err_not_exist()
}

/// `fs.ErrClosed`.
pub fn err_closed() -> Error {
    crate::os::err_closed()
}
