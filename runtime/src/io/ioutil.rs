//! Go's `io/ioutil`: deprecated since Go 1.16 but still common in public programs. Each
//! function is the `io` or `os` one Go now forwards it to.

use crate::io::fs::{FileInfo, FileMode};
use crate::io::{Reader, Writer};
use crate::value::{Error, Iface, Ptr, Slice, Str};

/// `ioutil.Discard`: `io.Discard`.
pub fn discard() -> Iface<dyn Writer> {
    crate::io::discard()
}

/// `ioutil.ReadAll(r)`: `io.ReadAll`.
pub fn read_all(r: &Iface<dyn Reader>) -> (Slice<u8>, Error) {
    crate::io::read_all(r)
}

/// `ioutil.ReadFile(filename)`: `os.ReadFile`.
pub fn read_file(filename: &Str) -> (Slice<u8>, Error) {
    crate::os::read_file(filename)
}

/// `ioutil.WriteFile(filename, data, perm)`: `os.WriteFile`.
pub fn write_file(filename: &Str, data: &Slice<u8>, perm: &FileMode) -> Error {
    crate::os::write_file(filename, data, perm)
}

/// `ioutil.ReadDir(dirname)`: the directory's entries as `FileInfo`s (of the entries
/// themselves, not what links point to), sorted by name.
pub fn read_dir(dirname: &Str) -> (Slice<Iface<dyn FileInfo>>, Error) {
    let entries = match crate::os::read_dir_entries(dirname) {
        Ok(v) => v,
        Err(e) => return (Slice::nil(), e),
    };
    let mut out = Vec::with_capacity(entries.len());
    for (name, _) in entries {
        let (fi, err) = crate::os::lstat(&crate::path::filepath::join(&[dirname.clone(), name]));
        // An entry removed since the listing is left out, as `File.Readdir` does.
        if err.is_nil() {
            out.push(fi);
        }
    }
    (Slice::from_vec(out), Error::nil())
}

/// `ioutil.TempDir(dir, pattern)`: `os.MkdirTemp`.
pub fn temp_dir(dir: &Str, pattern: &Str) -> (Str, Error) {
    crate::os::mkdir_temp(dir, pattern)
}

/// `ioutil.TempFile(dir, pattern)`: `os.CreateTemp`.
pub fn temp_file(dir: &Str, pattern: &Str) -> (Ptr<crate::os::File>, Error) {
    crate::os::create_temp(dir, pattern)
}
