//! Diagnostic codes: `src/diag/CODES.md` lists every code (regenerate with `UPDATE_EXPECT=1`),
//! codes are unique and stable in form, and rendering has the documented shape.

use std::path::{Path, PathBuf};

use gort_translator::diag::{Code, Diagnostic, FileId, LineIndex, Span};

fn render_table() -> String {
    let mut s = String::from(
        "# gort diagnostic codes\n\nGenerated from `Code::ALL` in `translator/src/diag.rs` by `UPDATE_EXPECT=1 cargo test -p gort-translator --test frontend_diag`.\nA code never changes meaning once released. G00xx: input and syntax; G01xx: valid Go that gort does not translate; G02xx: names; G03xx: types; G09xx: gort itself.\n\n| code | meaning | default hint |\n|---|---|---|\n",
    );
    for c in Code::ALL {
        s.push_str(&format!("| {} | {} | {} |\n", c.as_str(), c.title(), c.default_hint().unwrap_or("—").replace('|', "\\|")));
    }
    s
}

#[test]
fn codes_table_is_current() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/diag/CODES.md");
    let want = render_table();
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::create_dir_all(path.parent().expect("dir")).expect("mkdir");
        std::fs::write(&path, &want).expect("write CODES.md");
        return;
    }
    let got = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(got, want, "CODES.md is stale: run UPDATE_EXPECT=1 cargo test -p gort-translator --test frontend_diag");
}

#[test]
fn codes_are_unique_and_well_formed() {
    let mut seen = std::collections::BTreeSet::new();
    for c in Code::ALL {
        let s = c.as_str();
        assert!(s.len() == 5 && s.starts_with('G') && s[1..].chars().all(|d| d.is_ascii_digit()), "{s}");
        assert!(seen.insert(s), "duplicate code {s}");
    }
}

#[test]
fn rendering() {
    let text = b"package main\n\nfunc main() {\n\tgoto L\n}\n";
    let idx = LineIndex::new(text);
    let span = idx.span(FileId(0), 29, 35);
    assert_eq!((span.line, span.col), (4, 2));
    let d = Diagnostic::error(Path::new("main.go"), span, Code::Goto, "unsupported: goto");
    assert_eq!(d.render(), "main.go:4:2: error[G0101]: unsupported: goto\n  hint: restructure with a loop and labelled break/continue");
    let s = Span { file: FileId(0), start: 0, end: 0, line: 1, col: 1 };
    assert_eq!(idx.line_col(1000), (6, 1));
    assert_eq!(s.cover(span).end, 35);
}
