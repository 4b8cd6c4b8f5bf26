//! Input rules: a file or a directory of `package main` files (minus `_test.go`), the `go`
//! version from the nearest `go.mod`, and diagnostics for everything else.

use std::path::{Path, PathBuf};

use gort_translator::sema;

fn scratch(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("frontend_load").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("mkdir");
    for (f, text) in files {
        let p = dir.join(f);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }
    dir
}

/// Diagnostic codes from loading plus the front end.
fn codes(path: &Path) -> Vec<String> {
    let (loaded, mut diags) = sema::load(path);
    if diags.is_empty() {
        let config = sema::Config { go_version: loaded.go_version.unwrap_or((1, 27)) };
        let (_, _, d) = sema::frontend(&loaded.files, &config);
        diags.extend(d);
    }
    diags.iter().map(|d| d.code.as_str().to_string()).collect()
}

const MAIN: &str = "package main\n\nfunc main() { helper() }\n";

#[test]
fn directory_rules() {
    let ok = scratch("ok", &[("main.go", MAIN), ("helper.go", "package main\n\nfunc helper() {}\n"), ("main_test.go", "package main_test\n"), ("notes.txt", "x")]);
    let (loaded, diags) = sema::load(&ok);
    assert!(diags.is_empty());
    let names: Vec<String> = loaded.files.iter().map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(names, ["helper.go", "main.go"]);
    assert_eq!(codes(&ok), Vec::<String>::new());

    let empty = scratch("empty", &[("README.md", "no go here")]);
    assert_eq!(codes(&empty), ["G0004"]);

    let lib = scratch("lib", &[("lib.go", "package lib\n\nfunc F() {}\n")]);
    assert_eq!(codes(&lib), ["G0005"]);

    let mixed = scratch("mixed", &[("a.go", MAIN), ("b.go", "package other\n\nfunc helper() {}\n")]);
    assert_eq!(codes(&mixed), ["G0006"]);

    let nomain = scratch("nomain", &[("a.go", "package main\n\nfunc other() {}\n")]);
    assert_eq!(codes(&nomain), ["G0010"]);
}

#[test]
fn file_rules() {
    let dir = scratch("files", &[("prog.go", "package main\n\nfunc main() {}\n"), ("prog.txt", "package main\n")]);
    assert_eq!(codes(&dir.join("prog.go")), Vec::<String>::new());
    assert_eq!(codes(&dir.join("prog.txt")), ["G0003"]);
    assert_eq!(codes(&dir.join("missing.go")), ["G0009"]);
}

#[test]
fn go_mod_version() {
    let dir = scratch("gomod", &[("go.mod", "module example.com/x\n\ngo 1.21.5\n"), ("cmd/app/main.go", MAIN.replace("helper()", "").as_str())]);
    let (loaded, _) = sema::load(&dir.join("cmd/app"));
    assert_eq!(loaded.go_version, Some((1, 21)));
    assert_eq!(sema::parse_go_directive("module m\ngo 1.22\n"), Some((1, 22)));
    assert_eq!(sema::parse_go_directive("module m\n"), None);
    assert!(!sema::Config { go_version: (1, 21) }.per_iteration_loop_vars());
    assert!(sema::Config::default().per_iteration_loop_vars());
}
