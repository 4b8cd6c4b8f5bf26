//! Parsing and lowering: golden AST dumps for `tests/data/frontend/ast/*.go` (regenerate with
//! `UPDATE_EXPECT=1`), literal decoding, and syntax-error diagnostics with positions.

use std::path::{Path, PathBuf};

use gort_translator::diag::FileId;
use gort_translator::{ast, syntax};

fn lower(path: &Path, src: &[u8]) -> (ast::Package, Vec<String>) {
    let (tree, mut diags) = syntax::parse(FileId(0), path, src);
    let (pkg, d2) = ast::lower(&[(path.to_path_buf(), tree)]);
    diags.extend(d2);
    (pkg, diags.iter().map(|d| format!("{}@{}:{}", d.code.as_str(), d.span.line, d.span.col)).collect())
}

#[test]
fn golden_ast_dumps() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/frontend/ast");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).expect("dir").filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "go")).collect();
    files.sort();
    let mut stale = Vec::new();
    for f in &files {
        let src = std::fs::read(f).expect("read");
        let (pkg, diags) = lower(f, &src);
        let mut got = ast::dump(&pkg);
        if !diags.is_empty() {
            got.push_str(&format!("; diagnostics: {}\n", diags.join(" ")));
        }
        let golden = f.with_extension("ast");
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(&golden, &got).expect("write golden");
            continue;
        }
        if std::fs::read_to_string(&golden).unwrap_or_default() != got {
            stale.push(format!("{}:\n{got}", golden.display()));
        }
    }
    assert!(stale.is_empty(), "AST goldens differ (UPDATE_EXPECT=1 to regenerate, then review the diff):\n{}", stale.join("\n"));
}

/// (source, expected diagnostics as CODE@LINE:COL)
const SYNTAX_ERRORS: &[(&str, &[&str])] = &[
    ("package main\nfunc main() {\n\tx := \n}\n", &["G0002@3:6"]),
    ("package main\nfunc main() { if x { }\n", &["G0002@3:1"]),
    ("package main\nx := 1\n", &["G0001@2:1"]),
    ("package main\nfunc main() { _ = '\\q' }\n", &["G0001@2:19", "G0001@2:22"]),
    ("package main\nfunc main() { _ = \"\\uD800\" }\n", &["G0008@2:19"]),
    ("package main\nfunc main() { _ = 'ab' }\n", &["G0001@2:19", "G0001@2:22"]),
    ("package main\nimport \"fmt\"\nvar x = 1\nimport \"os\"\n", &["G0001@4:1"]),
];

#[test]
fn syntax_error_positions() {
    let mut fails = Vec::new();
    for (src, want) in SYNTAX_ERRORS {
        let (_, got) = lower(Path::new("t.go"), src.as_bytes());
        let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        if got != want {
            fails.push(format!("{src:?}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn literal_decoding() {
    assert_eq!(ast::decode_string(br#""a\tb\x00\377\u00e9""#).unwrap().0, b"a\tb\x00\xff\xc3\xa9");
    assert_eq!(ast::decode_string(b"`\\n`").unwrap().0, b"\\n");
    assert_eq!(ast::decode_rune(b"'\\U0001F600'").unwrap(), 0x1F600);
    assert!(ast::decode_string(br#""\400""#).is_err());
}
