//! Go's `path/filepath` on Unix: `path`'s algorithms with `/` as the separator, plus `Rel`,
//! `Abs`, `SplitList`, `VolumeName`, `ToSlash`/`FromSlash` (ported from Go's
//! `path/filepath/path.go`); walking the file system (`Walk`, `WalkDir`, `Glob`) is in
//! `walk`.

use std::sync::LazyLock;

use crate::value::{Error, Slice, Str};

mod walk;

pub use walk::{WalkFunc, glob, skip_all, skip_dir, walk, walk_dir};

/// Go's `filepath.ErrBadPattern` (a value of its own, as in Go).
pub fn err_bad_pattern() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("syntax error in pattern")));
    E.clone()
}

/// Go's `filepath.Clean`.
pub fn clean(path: &Str) -> Str {
    super::clean(path)
}

/// Go's `filepath.Join`.
pub fn join(elems: &[Str]) -> Str {
    super::join(elems)
}

/// Go's `filepath.Split`.
pub fn split(path: &Str) -> (Str, Str) {
    super::split(path)
}

/// Go's `filepath.Base`.
pub fn base(path: &Str) -> Str {
    super::base(path)
}

/// Go's `filepath.Dir`.
pub fn dir(path: &Str) -> Str {
    super::dir(path)
}

/// Go's `filepath.Ext`.
pub fn ext(path: &Str) -> Str {
    super::ext(path)
}

/// Go's `filepath.IsAbs`.
pub fn is_abs(path: &Str) -> bool {
    super::is_abs(path)
}

/// Go's `filepath.Match` (its own `ErrBadPattern`).
pub fn r#match(pattern: &Str, name: &Str) -> (bool, Error) {
    match super::match_bytes(pattern.as_bytes(), name.as_bytes()) {
        Ok(m) => (m, Error::default()),
        Err(()) => (false, err_bad_pattern()),
    }
}

/// Go's `filepath.ToSlash` (the identity on Unix).
pub fn to_slash(path: &Str) -> Str {
    path.clone()
}

/// Go's `filepath.FromSlash` (the identity on Unix).
pub fn from_slash(path: &Str) -> Str {
    path.clone()
}

/// Go's `filepath.VolumeName` (always `""` on Unix).
pub fn volume_name(_path: &Str) -> Str {
    Str::lit("")
}

/// Go's `filepath.SplitList`: a `PATH`-style list split at `:` (empty for `""`).
pub fn split_list(path: &Str) -> Slice<Str> {
    if path.is_empty() {
        return Slice::from_vec(Vec::new());
    }
    crate::strings::split(path, &Str::lit(":"))
}

/// Go's `filepath.Abs`: the path joined to the working directory if relative, cleaned.
pub fn abs(path: &Str) -> (Str, Error) {
    if is_abs(path) {
        return (clean(path), Error::default());
    }
    match std::env::current_dir() {
        Ok(wd) => {
            let wd = Str::from_vec(wd.into_os_string().into_encoded_bytes());
            (join(&[wd, path.clone()]), Error::default())
        }
        Err(e) => (Str::lit(""), crate::errors::new(&Str::from(format!("getwd: {e}")))),
    }
}

/// Go's `filepath.Rel`: a path to `targpath` relative to `basepath` (both cleaned first), or
/// Go's error when one is absolute and the other not, or when it would have to climb out of a
/// `..` in `basepath`.
pub fn rel(basepath: &Str, targpath: &Str) -> (Str, Error) {
    let fail = || {
        let msg = format!("Rel: can't make {} relative to {}", targpath.to_string_lossy(), basepath.to_string_lossy());
        (Str::lit(""), crate::errors::new(&Str::from(msg)))
    };
    let base = super::clean_bytes(basepath.as_bytes());
    let targ = super::clean_bytes(targpath.as_bytes());
    if base == targ {
        return (Str::lit("."), Error::default());
    }
    let base: &[u8] = if base == b"." { b"" } else { &base };
    let targ: &[u8] = if targ == b"." { b"" } else { &targ };
    if (base.first() == Some(&b'/')) != (targ.first() == Some(&b'/')) {
        return fail();
    }
    // base[b0..bi] and targ[t0..ti]: the first elements that differ.
    let (bl, tl) = (base.len(), targ.len());
    let (mut b0, mut bi, mut t0, mut ti) = (0, 0, 0, 0);
    loop {
        while bi < bl && base[bi] != b'/' {
            bi += 1;
        }
        while ti < tl && targ[ti] != b'/' {
            ti += 1;
        }
        if targ[t0..ti] != base[b0..bi] {
            break;
        }
        if bi < bl {
            bi += 1;
        }
        if ti < tl {
            ti += 1;
        }
        b0 = bi;
        t0 = ti;
    }
    if &base[b0..bi] == b".." {
        return fail();
    }
    if b0 != bl {
        // Elements of base left: go up before going down.
        let seps = base[b0..bl].iter().filter(|&&c| c == b'/').count();
        let mut out = b"..".to_vec();
        for _ in 0..seps {
            out.extend_from_slice(b"/..");
        }
        if t0 != tl {
            out.push(b'/');
            out.extend_from_slice(&targ[t0..]);
        }
        return (Str::from_vec(out), Error::default());
    }
    (Str::from_bytes(&targ[t0..]), Error::default())
}
