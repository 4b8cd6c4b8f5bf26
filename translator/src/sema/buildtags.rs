//! Go's build constraints for the files of a package directory, on the system gort runs on
//! (its GOOS and GOARCH, `unix` on Unix systems, the gc toolchain, Go 1.27, no cgo): a file is left out when its name ends
//! in another system's `_GOOS`, `_GOARCH` or `_GOOS_GOARCH`, or when its `//go:build` line is
//! false (`ignore`, `windows`, `!linux`, …). A directory such as a program's with a
//! `//go:build ignore` generator next to `main.go` then loads as `go run .` does. A file named
//! on the command line is taken as it is (as `go run gen.go` runs an ignored generator).

use std::path::Path;

const GOOS: &[&str] = &[
    "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9",
    "solaris", "wasip1", "windows", "zos",
];

const GOARCH: &[&str] = &[
    "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32",
    "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
];

/// This system's GOOS.
fn target_os() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        os => os,
    }
}

/// This system's GOARCH.
fn target_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        "powerpc64" => "ppc64le",
        arch => arch,
    }
}
/// The newest release tag (`go1.1` … `go1.27` all hold).
const GO_MINOR: u32 = 27;

/// Whether the file at `path`, with contents `src`, belongs to its package on the target.
pub(super) fn included(path: &Path, src: &[u8]) -> bool {
    name_ok(path) && header_ok(src)
}

/// The `_GOOS` / `_GOARCH` / `_GOOS_GOARCH` file-name rule.
fn name_ok(path: &Path) -> bool {
    let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else { return true };
    let parts: Vec<&str> = stem.split('_').collect();
    let n = parts.len();
    if n < 2 {
        return true;
    }
    let last = parts[n - 1];
    if GOARCH.contains(&last) {
        if n >= 3 && GOOS.contains(&parts[n - 2]) {
            return parts[n - 2] == target_os() && last == target_arch();
        }
        return last == target_arch();
    }
    if GOOS.contains(&last) {
        return last == target_os();
    }
    true
}

/// The `//go:build` line of the file's header (the comments before the package clause).
fn header_ok(src: &[u8]) -> bool {
    let text = String::from_utf8_lossy(&src[..src.len().min(16 * 1024)]);
    let mut in_block = false;
    for line in text.lines() {
        let l = line.trim();
        if in_block {
            if l.contains("*/") {
                in_block = false;
            }
            continue;
        }
        if l.is_empty() {
            continue;
        }
        if let Some(expr) = l.strip_prefix("//go:build") {
            if expr.starts_with(char::is_whitespace) {
                return eval(expr).unwrap_or(true);
            }
            continue;
        }
        if l.starts_with("//") {
            continue;
        }
        if l.starts_with("/*") {
            in_block = !l.contains("*/");
            continue;
        }
        break;
    }
    true
}

fn tag(t: &str) -> bool {
    match t {
        "gc" => true,
        "unix" => cfg!(unix),
        _ if t == target_os() || t == target_arch() => true,
        _ => t.strip_prefix("go1.").and_then(|m| m.parse::<u32>().ok()).is_some_and(|m| m >= 1 && m <= GO_MINOR),
    }
}

/// Evaluates a build expression (`||`, `&&`, `!`, parentheses, tags); `None` if malformed.
fn eval(expr: &str) -> Option<bool> {
    let mut toks = Vec::new();
    let cs: Vec<char> = expr.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '(' || c == ')' || c == '!' {
            toks.push(c.to_string());
            i += 1;
        } else if (c == '&' || c == '|') && cs.get(i + 1) == Some(&c) {
            toks.push(format!("{c}{c}"));
            i += 2;
        } else if c.is_alphanumeric() || c == '_' || c == '.' {
            let start = i;
            while i < cs.len() && (cs[i].is_alphanumeric() || cs[i] == '_' || cs[i] == '.') {
                i += 1;
            }
            toks.push(cs[start..i].iter().collect());
        } else {
            return None;
        }
    }
    let mut p = Parser { toks, pos: 0 };
    let v = p.or()?;
    (p.pos == p.toks.len()).then_some(v)
}

struct Parser {
    toks: Vec<String>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.toks.get(self.pos).map(String::as_str)
    }
    fn or(&mut self) -> Option<bool> {
        let mut v = self.and()?;
        while self.peek() == Some("||") {
            self.pos += 1;
            let r = self.and()?;
            v = v || r;
        }
        Some(v)
    }
    fn and(&mut self) -> Option<bool> {
        let mut v = self.not()?;
        while self.peek() == Some("&&") {
            self.pos += 1;
            let r = self.not()?;
            v = v && r;
        }
        Some(v)
    }
    fn not(&mut self) -> Option<bool> {
        match self.peek()? {
            "!" => {
                self.pos += 1;
                Some(!self.not()?)
            }
            "(" => {
                self.pos += 1;
                let v = self.or()?;
                (self.peek() == Some(")")).then(|| self.pos += 1)?;
                Some(v)
            }
            "||" | "&&" | ")" => None,
            t => {
                let v = tag(t);
                self.pos += 1;
                Some(v)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    fn file_names() {
        for (name, want) in [
            ("main.go", true),
            ("linux.go", true),
            ("x_linux.go", true),
            ("x_windows.go", false),
            ("x_amd64.go", true),
            ("x_arm64.go", false),
            ("x_linux_amd64.go", true),
            ("x_linux_arm64.go", false),
            ("x_darwin_amd64.go", false),
            ("x_unix.go", true),
            ("my_file.go", true),
        ] {
            assert_eq!(name_ok(Path::new(name)), want, "{name}");
        }
    }

    #[test]
    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    fn build_lines() {
        for (src, want) in [
            ("//go:build ignore\n\npackage main\n", false),
            ("// Copyright\n\n//go:build linux && amd64\n\npackage main\n", true),
            ("//go:build !linux\npackage main\n", false),
            ("//go:build windows || (linux && !cgo)\npackage x\n", true),
            ("//go:build go1.21\npackage x\n", true),
            ("//go:build go1.99\npackage x\n", false),
            ("/* block\n//go:build ignore\n*/\npackage x\n", true),
            ("package main\n//go:build ignore\n", true),
            ("//go:build (linux\npackage x\n", true),
            ("//go:buildx ignore\npackage x\n", true),
        ] {
            assert_eq!(header_ok(src.as_bytes()), want, "{src:?}");
        }
    }
}
