//! The runtime (`gort`) and macro (`gort-macros`) crates, embedded in the binary at build time
//! and unpacked on demand into the cache, so translated projects build from any directory.

use std::io;
use std::path::{Path, PathBuf};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_runtime.rs"));
}

/// The directory gort keeps its caches in: `$GORT_CACHE_DIR`, else `$XDG_CACHE_HOME/gort`,
/// else `$HOME/.cache/gort`, else a directory under the system temp dir.
pub fn cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("GORT_CACHE_DIR") {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("gort");
    }
    if let Some(h) = std::env::var_os("HOME") {
        return PathBuf::from(h).join(".cache").join("gort");
    }
    std::env::temp_dir().join("gort-cache")
}

/// A stable 64-bit FNV-1a hash (stable across Rust versions, unlike `DefaultHasher`).
pub fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for &b in *p {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        // Separate the parts so ("ab","c") and ("a","bc") differ.
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A hash of the embedded runtime sources: changes whenever the runtime does.
pub fn runtime_hash() -> u64 {
    let mut parts: Vec<&[u8]> = Vec::new();
    for (path, bytes) in embedded::FILES {
        parts.push(path.as_bytes());
        parts.push(bytes);
    }
    fnv1a(&parts)
}

/// The path of the `gort` runtime crate that translated projects depend on.
///
/// `$GORT_RUNTIME_PATH` overrides it (a checkout's `runtime/` directory); otherwise the embedded
/// sources are unpacked once into `<cache>/runtime-<hash>/` and that copy is used.
pub fn runtime_crate_path() -> io::Result<PathBuf> {
    if let Some(p) = std::env::var_os("GORT_RUNTIME_PATH") {
        return Ok(PathBuf::from(p));
    }
    let dir = cache_dir().join(format!("runtime-{:016x}", runtime_hash()));
    if !dir.join(".complete").exists() {
        unpack(&dir)?;
    }
    Ok(dir.join("runtime"))
}

/// What identifies the runtime a build used: the embedded runtime's path already names its
/// hash; an overriding checkout (`$GORT_RUNTIME_PATH`) is fingerprinted by its files' sizes and
/// modification times, so editing it invalidates cached builds.
pub fn runtime_fingerprint(runtime: &Path) -> u64 {
    if std::env::var_os("GORT_RUNTIME_PATH").is_none() {
        return runtime_hash();
    }
    fn walk(dir: &Path, out: &mut Vec<String>) {
        let Ok(rd) = std::fs::read_dir(dir) else { return };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                if p.file_name().is_some_and(|n| n != "target") {
                    walk(&p, out);
                }
            } else if let Ok(m) = e.metadata() {
                let mtime = m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos());
                out.push(format!("{}:{}:{}", p.display(), m.len(), mtime));
            }
        }
    }
    let mut files = Vec::new();
    walk(runtime, &mut files);
    walk(&runtime.join("../macros"), &mut files);
    files.sort();
    let parts: Vec<&[u8]> = files.iter().map(|f| f.as_bytes()).collect();
    fnv1a(&parts)
}

/// Writes the embedded crates into `dir` through a temporary sibling, then renames it into
/// place, so a concurrent or interrupted unpack never leaves a half-written copy.
fn unpack(dir: &Path) -> io::Result<()> {
    let parent = dir.parent().expect("cache dir has a parent");
    std::fs::create_dir_all(parent)?;
    let tmp = parent.join(format!(".unpack-{}-{}", std::process::id(), runtime_hash()));
    let _ = std::fs::remove_dir_all(&tmp);
    for (rel, bytes) in embedded::FILES {
        let dest = tmp.join(rel);
        std::fs::create_dir_all(dest.parent().unwrap())?;
        if *rel == "Cargo.toml" {
            std::fs::write(&dest, standalone_workspace_manifest(bytes))?;
        } else {
            std::fs::write(&dest, bytes)?;
        }
    }
    std::fs::write(tmp.join(".complete"), b"")?;
    match std::fs::rename(&tmp, dir) {
        Ok(()) => Ok(()),
        // Another gort unpacked the same version first: use theirs.
        Err(_) if dir.join(".complete").exists() => {
            let _ = std::fs::remove_dir_all(&tmp);
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// The repository's root manifest with its member list cut down to the two embedded crates
/// (their manifests inherit versions and dependencies from it).
fn standalone_workspace_manifest(root: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(root);
    let mut out = String::new();
    let mut skipping = false;
    for line in text.lines() {
        if skipping {
            skipping = !line.contains(']');
        } else if line.trim_start().starts_with("members") {
            out.push_str("members = [\"runtime\", \"macros\"]\n");
            skipping = !line.contains(']');
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embeds_both_crates() {
        let names: Vec<&str> = embedded::FILES.iter().map(|(p, _)| *p).collect();
        for want in ["Cargo.toml", "runtime/Cargo.toml", "runtime/src/lib.rs", "macros/Cargo.toml", "macros/src/lib.rs"] {
            assert!(names.contains(&want), "{want} not embedded: {names:?}");
        }
    }

    #[test]
    fn standalone_manifest_lists_only_embedded_members() {
        let m = standalone_workspace_manifest(b"[workspace]\nmembers = [\"runtime\", \"macros\", \"translator\", \"tests\"]\n");
        assert_eq!(String::from_utf8(m).unwrap(), "[workspace]\nmembers = [\"runtime\", \"macros\"]\n");
        let m = standalone_workspace_manifest(b"members = [\n  \"runtime\",\n  \"bench\",\n]\nresolver = \"3\"\n");
        assert_eq!(String::from_utf8(m).unwrap(), "members = [\"runtime\", \"macros\"]\nresolver = \"3\"\n");
    }

    #[test]
    fn fnv_separates_parts() {
        assert_ne!(fnv1a(&[b"ab", b"c"]), fnv1a(&[b"a", b"bc"]));
    }
}
