//! Go's `filepath.Walk`, `WalkDir` and `Glob`, ported from `path/filepath/path.go` and
//! `match.go`: lexical order, `SkipDir`/`SkipAll`, errors handed to the walk function.

use crate::io::fs::{self, DirEntry, FileInfo};
use crate::value::{Error, Func, Iface, Slice, Str};

/// Go's `filepath.WalkFunc`.
pub type WalkFunc = Func<dyn Fn(Str, Iface<dyn FileInfo>, Error) -> Error + Send + Sync>;

/// Go's `filepath.SkipDir` (the same value as `fs.SkipDir`).
pub fn skip_dir() -> Error {
    fs::skip_dir()
}

/// Go's `filepath.SkipAll`.
pub fn skip_all() -> Error {
    fs::skip_all()
}

/// The walk's result: `SkipDir`/`SkipAll` from the root end it without an error.
fn walk_result(err: Error) -> Error {
    if err == fs::skip_dir() || err == fs::skip_all() { Error::nil() } else { err }
}

/// Go's `filepath.Walk(root, fn)`: `fn` sees every file and directory under `root` in lexical
/// order, with its `Lstat` info.
pub fn walk(root: &Str, f: impl Fn(Str, Iface<dyn FileInfo>, Error) -> Error) -> Error {
    let (info, err) = crate::os::lstat(root);
    let err = if !err.is_nil() { f(root.clone(), Iface::nil(), err) } else { walk_rec(root, &info, &f) };
    walk_result(err)
}

fn walk_rec(path: &Str, info: &Iface<dyn FileInfo>, f: &impl Fn(Str, Iface<dyn FileInfo>, Error) -> Error) -> Error {
    if !info.is_dir() {
        return f(path.clone(), info.clone(), Error::nil());
    }
    let (names, err) = match crate::os::read_dir_entries(path) {
        Ok(v) => (v.into_iter().map(|(n, _)| n).collect(), Error::nil()),
        Err(e) => (Vec::new(), e),
    };
    let err1 = f(path.clone(), info.clone(), err.clone());
    if !err.is_nil() || !err1.is_nil() {
        return err1;
    }
    for name in names {
        let filename = crate::path::join(&[path.clone(), name]);
        let (file_info, err) = crate::os::lstat(&filename);
        if !err.is_nil() {
            let e = f(filename, file_info, err);
            if !e.is_nil() && e != fs::skip_dir() {
                return e;
            }
        } else {
            let e = walk_rec(&filename, &file_info, f);
            if !e.is_nil() && (!file_info.is_dir() || e != fs::skip_dir()) {
                return e;
            }
        }
    }
    Error::nil()
}

/// Go's `filepath.WalkDir(root, fn)`: like `Walk` with `fs.DirEntry`s (no `Lstat` per file).
pub fn walk_dir(root: &Str, f: impl Fn(Str, Iface<dyn DirEntry>, Error) -> Error) -> Error {
    let (info, err) = crate::os::lstat(root);
    let err = if !err.is_nil() { f(root.clone(), Iface::nil(), err) } else { walk_dir_rec(root, &fs::file_info_to_dir_entry(&info), &f) };
    walk_result(err)
}

fn walk_dir_rec(path: &Str, d: &Iface<dyn DirEntry>, f: &impl Fn(Str, Iface<dyn DirEntry>, Error) -> Error) -> Error {
    let err = f(path.clone(), d.clone(), Error::nil());
    if !err.is_nil() || !d.is_dir() {
        return if err == fs::skip_dir() && d.is_dir() { Error::nil() } else { err };
    }
    let (dirs, err) = crate::os::read_dir(path);
    if !err.is_nil() {
        let err = f(path.clone(), d.clone(), err);
        if !err.is_nil() {
            return if err == fs::skip_dir() && d.is_dir() { Error::nil() } else { err };
        }
    }
    for (_, d1) in dirs.iter() {
        let path1 = crate::path::join(&[path.clone(), d1.name()]);
        let err = walk_dir_rec(&path1, &d1, f);
        if !err.is_nil() {
            if err == fs::skip_dir() {
                break;
            }
            return err;
        }
    }
    Error::nil()
}

/// Go's `pathSeparatorsLimit`: how deep `Glob` recurses into patterned directories.
const PATH_SEPARATORS_LIMIT: usize = 10000;

/// Go's `filepath.Glob(pattern)`: the names matching the pattern (no error for I/O problems,
/// only `ErrBadPattern`).
pub fn glob(pattern: &Str) -> (Slice<Str>, Error) {
    match glob_with_limit(pattern, 0) {
        Ok(v) if v.is_empty() => (Slice::nil(), Error::nil()),
        Ok(v) => (Slice::from_vec(v), Error::nil()),
        Err(e) => (Slice::nil(), e),
    }
}

fn has_meta(path: &[u8]) -> bool {
    path.iter().any(|c| b"*?[\\".contains(c))
}

fn glob_with_limit(pattern: &Str, depth: usize) -> Result<Vec<Str>, Error> {
    if depth == PATH_SEPARATORS_LIMIT {
        return Err(super::err_bad_pattern());
    }
    let (_, err) = super::r#match(pattern, &Str::default());
    if !err.is_nil() {
        return Err(err);
    }
    if !has_meta(pattern.as_bytes()) {
        let (_, err) = crate::os::lstat(pattern);
        return Ok(if err.is_nil() { vec![pattern.clone()] } else { vec![] });
    }
    let (dir, file) = crate::path::split(pattern);
    let dir = clean_glob_path(&dir);
    let mut matches = Vec::new();
    if !has_meta(dir.as_bytes()) {
        glob_dir(&dir, &file, &mut matches)?;
        return Ok(matches);
    }
    if &dir == pattern {
        return Err(super::err_bad_pattern());
    }
    for d in glob_with_limit(&dir, depth + 1)? {
        glob_dir(&d, &file, &mut matches)?;
    }
    Ok(matches)
}

/// Go's `cleanGlobPath`: `.` for empty, `/` kept, else the trailing separator chopped off.
fn clean_glob_path(path: &Str) -> Str {
    match path.as_bytes() {
        b"" => Str::lit("."),
        b"/" => path.clone(),
        b => Str::from_vec(b[..b.len() - 1].to_vec()),
    }
}

/// Go's `glob`: the names in `dir` matching `pattern`, appended in lexical order; a `dir` that
/// is missing or no directory adds nothing.
fn glob_dir(dir: &Str, pattern: &Str, matches: &mut Vec<Str>) -> Result<(), Error> {
    let (fi, err) = crate::os::stat(dir);
    if !err.is_nil() || !fi.is_dir() {
        return Ok(());
    }
    let Ok(names) = crate::os::read_dir_entries(dir) else { return Ok(()) };
    for (n, _) in names {
        let (matched, err) = super::r#match(pattern, &n);
        if !err.is_nil() {
            return Err(err);
        }
        if matched {
            matches.push(crate::path::join(&[dir.clone(), n]));
        }
    }
    Ok(())
}
