//! Fixtures on disk, what real Go recorded for them, the known-failures list, and comparing a run with the recording.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// One fixture: a directory of Go files plus what real Go printed (`fixtures/record`).
#[derive(Debug, Clone)]
pub struct Fixture {
    pub name: String,
    pub dir: PathBuf,
    pub expected: Expected,
    /// What the program reads on stdin: the fixture's `stdin` file (real Go read the same
    /// bytes when it was recorded); `None` when absent (stdin is then empty).
    pub stdin: Option<Vec<u8>>,
}

/// A recorded run of real Go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    pub stdout: Vec<u8>,
    /// 0 when `expected.exit` is absent.
    pub exit: i32,
    /// The first stderr line, compared only when recorded (non-zero exit).
    pub stderr1: Option<Vec<u8>>,
}

/// What a translated program did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observed {
    pub stdout: Vec<u8>,
    /// `None` when killed by a signal.
    pub exit: Option<i32>,
    pub stderr: Vec<u8>,
}

/// Every fixture under `root` (a directory holding a `.go` file and `expected.stdout`),
/// sorted by name, keeping those whose name contains `filter`.
pub fn discover(root: &Path, filter: Option<&str>) -> io::Result<Vec<Fixture>> {
    let mut out = Vec::new();
    for entry in fs::read_dir(root)? {
        let dir = entry?.path();
        let Some(name) = dir.file_name().and_then(|n| n.to_str()).map(str::to_owned) else { continue };
        if !dir.is_dir() || !has_go_file(&dir)? {
            continue;
        }
        if filter.is_some_and(|f| !name.contains(f)) {
            continue;
        }
        let expected = read_expected(&dir).map_err(|e| {
            io::Error::new(e.kind(), format!("{}: {e} (record it with fixtures/record {name})", dir.display()))
        })?;
        let stdin = match fs::read(dir.join("stdin")) {
            Ok(b) => Some(b),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(io::Error::new(e.kind(), format!("{}: stdin: {e}", dir.display()))),
        };
        out.push(Fixture { name, dir, expected, stdin });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

fn has_go_file(dir: &Path) -> io::Result<bool> {
    for e in fs::read_dir(dir)? {
        if e?.path().extension().is_some_and(|x| x == "go") {
            return Ok(true);
        }
    }
    Ok(false)
}

fn read_expected(dir: &Path) -> io::Result<Expected> {
    let stdout = fs::read(dir.join("expected.stdout"))?;
    let exit = match fs::read_to_string(dir.join("expected.exit")) {
        Ok(s) => s.trim().parse().map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("expected.exit: {e}")))?,
        Err(e) if e.kind() == io::ErrorKind::NotFound => 0,
        Err(e) => return Err(e),
    };
    let stderr1 = match fs::read(dir.join("expected.stderr1")) {
        Ok(mut b) => {
            if b.last() == Some(&b'\n') {
                b.pop();
            }
            Some(b)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    Ok(Expected { stdout, exit, stderr1 })
}

/// Compares a run with the recording; `Err` holds the first difference, as one line.
pub fn compare(expected: &Expected, observed: &Observed) -> Result<(), String> {
    if expected.stdout != observed.stdout {
        let mut why = first_stdout_difference(&expected.stdout, &observed.stdout);
        // A run that died early says how (a panic, a false deadlock, a timeout).
        if observed.exit != Some(expected.exit) {
            let how = observed.exit.map_or("killed by a signal".to_owned(), |c| format!("exit code {c}"));
            why.push_str(&format!(" ({how}; stderr: {})", quote(first_line(&observed.stderr))));
        }
        return Err(why);
    }
    match observed.exit {
        Some(code) if code == expected.exit => {}
        Some(code) => {
            return Err(format!(
                "exit code: expected {}, got {code}; stderr: {}",
                expected.exit,
                quote(first_line(&observed.stderr))
            ))
        }
        None => return Err(format!("killed by a signal; stderr: {}", quote(first_line(&observed.stderr)))),
    }
    if let Some(want) = &expected.stderr1 {
        let got = first_line(&observed.stderr);
        if want.as_slice() != got {
            return Err(format!("stderr line 1: expected {}, got {}", quote(want), quote(got)));
        }
    }
    Ok(())
}

fn first_line(b: &[u8]) -> &[u8] {
    b.split(|&c| c == b'\n').next().unwrap_or(b)
}

fn first_stdout_difference(want: &[u8], got: &[u8]) -> String {
    let (w, g) = (lines(want), lines(got));
    for (i, (a, b)) in w.iter().zip(&g).enumerate() {
        if a != b {
            return format!("stdout line {}: expected {}, got {}", i + 1, quote(a), quote(b));
        }
    }
    match w.len().cmp(&g.len()) {
        std::cmp::Ordering::Greater => {
            format!("stdout line {}: output ends early; expected {}", g.len() + 1, quote(w[g.len()]))
        }
        std::cmp::Ordering::Less => {
            format!("stdout line {}: unexpected extra output {}", w.len() + 1, quote(g[w.len()]))
        }
        std::cmp::Ordering::Equal if want.ends_with(b"\n") => "stdout: the final newline is missing".to_owned(),
        std::cmp::Ordering::Equal => "stdout: unexpected final newline".to_owned(),
    }
}

/// Lines without their `\n`; a final newline does not start another line.
fn lines(b: &[u8]) -> Vec<&[u8]> {
    let mut v: Vec<&[u8]> = b.split(|&c| c == b'\n').collect();
    if b.is_empty() || b.ends_with(b"\n") {
        v.pop();
    }
    v
}

/// A byte string as a short quoted line for reports.
pub fn quote(b: &[u8]) -> String {
    let s = String::from_utf8_lossy(b);
    let mut q = format!("{s:?}");
    if q.len() > 160 {
        let mut cut = 150;
        while !q.is_char_boundary(cut) {
            cut -= 1;
        }
        q.truncate(cut);
        q.push_str("…\"");
    }
    q
}

/// The known-failures list: `name reason…` per line, `#` starts a comment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownFailures {
    pub entries: BTreeMap<String, String>,
}

impl KnownFailures {
    pub fn parse(text: &str) -> KnownFailures {
        let mut entries = BTreeMap::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, reason) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
            entries.insert(name.to_owned(), reason.trim().to_owned());
        }
        KnownFailures { entries }
    }

    pub fn load(path: &Path) -> io::Result<KnownFailures> {
        match fs::read_to_string(path) {
            Ok(t) => Ok(KnownFailures::parse(&t)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(KnownFailures::default()),
            Err(e) => Err(e),
        }
    }

    /// Rewrites `path`: drops the entries named in `remove`, gives the entries in `reasons` their
    /// new reason, and keeps comments, order and everything else.
    pub fn rewrite_file(path: &Path, remove: &[String], reasons: &BTreeMap<String, String>) -> io::Result<()> {
        let text = fs::read_to_string(path)?;
        fs::write(path, KnownFailures::rewrite(&text, remove, reasons))
    }

    fn rewrite(text: &str, remove: &[String], reasons: &BTreeMap<String, String>) -> String {
        let width = text.lines().filter(|l| !l.trim_start().starts_with('#')).filter_map(|l| l.split_whitespace().next()).map(str::len).max().unwrap_or(0);
        let mut out = String::new();
        for line in text.lines() {
            let name = line.split_whitespace().next().unwrap_or("");
            if line.trim_start().starts_with('#') || name.is_empty() {
                out.push_str(line);
            } else if remove.iter().any(|r| r == name) {
                continue;
            } else if let Some(reason) = reasons.get(name) {
                out.push_str(&format!("{name:<width$}  {reason}"));
            } else {
                out.push_str(line);
            }
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exp(stdout: &str, exit: i32, stderr1: Option<&str>) -> Expected {
        Expected { stdout: stdout.into(), exit, stderr1: stderr1.map(Into::into) }
    }

    fn obs(stdout: &str, exit: Option<i32>, stderr: &str) -> Observed {
        Observed { stdout: stdout.into(), exit, stderr: stderr.into() }
    }

    #[test]
    fn compare_table() {
        let cases: &[(Expected, Observed, Result<(), &str>)] = &[
            (exp("a\nb\n", 0, None), obs("a\nb\n", Some(0), "noise"), Ok(())),
            (exp("a\nb\n", 0, None), obs("a\nc\n", Some(0), ""), Err(r#"stdout line 2: expected "b", got "c""#)),
            (exp("a\nb\n", 0, None), obs("a\n", Some(0), ""), Err(r#"stdout line 2: output ends early; expected "b""#)),
            (exp("a\n", 0, None), obs("", Some(0), ""), Err(r#"stdout line 1: output ends early; expected "a""#)),
            (
                exp("a\nb\n", 0, None),
                obs("a\n", Some(2), "fatal error: all goroutines are asleep - deadlock!\n"),
                Err(r#"stdout line 2: output ends early; expected "b" (exit code 2; stderr: "fatal error: all goroutines are asleep - deadlock!")"#),
            ),
            (exp("a\n", 0, None), obs("", None, ""), Err(r#"stdout line 1: output ends early; expected "a" (killed by a signal; stderr: "")"#)),
            (exp("a\n", 0, None), obs("a\nzz\n", Some(0), ""), Err(r#"stdout line 2: unexpected extra output "zz""#)),
            (exp("a", 0, None), obs("a\n", Some(0), ""), Err("stdout: unexpected final newline")),
            (exp("a\n", 0, None), obs("a", Some(0), ""), Err("stdout: the final newline is missing")),
            (exp("", 2, Some("panic: x")), obs("", Some(2), "panic: x\n\ngoroutine 1 [running]:\n"), Ok(())),
            (exp("", 2, Some("panic: x")), obs("", Some(2), "panic: y\n"), Err(r#"stderr line 1: expected "panic: x", got "panic: y""#)),
            (exp("", 2, Some("panic: x")), obs("", Some(0), ""), Err(r#"exit code: expected 2, got 0; stderr: """#)),
            (exp("", 0, None), obs("", None, "boom\n"), Err(r#"killed by a signal; stderr: "boom""#)),
        ];
        for (i, (e, o, want)) in cases.iter().enumerate() {
            assert_eq!(compare(e, o), want.map_err(str::to_owned), "case {i}");
        }
    }

    #[test]
    fn known_failures_rewrite() {
        let text = "# keep\nalpha  old reason\nbeta_long  b\ngamma\n";
        let reasons: BTreeMap<String, String> = [("gamma".to_owned(), "build: error[E1]".to_owned())].into();
        let got = KnownFailures::rewrite(text, &["alpha".to_owned()], &reasons);
        assert_eq!(got, "# keep\nbeta_long  b\ngamma      build: error[E1]\n");
    }

    #[test]
    fn known_failures_parse() {
        let k = KnownFailures::parse("# comment\n\nfoo  reason with  spaces \nbar\n");
        let want: BTreeMap<String, String> =
            [("foo".to_owned(), "reason with  spaces".to_owned()), ("bar".to_owned(), String::new())].into();
        assert_eq!(k.entries, want);
    }
}
