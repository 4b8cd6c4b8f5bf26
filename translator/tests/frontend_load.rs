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
        let config = loaded.config();
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
    assert!(!sema::Config { go_version: (1, 21), ..Default::default() }.per_iteration_loop_vars());
    assert!(sema::Config::default().per_iteration_loop_vars());
}

/// A program importing packages of its own module: `<module>/<dir>` is loaded from the
/// directory, transitively and once; cycles, missing directories, unexported names and
/// third-party imports are diagnostics.
#[test]
fn module_packages() {
    const GO_MOD: &str = "module example.com/app\n\ngo 1.24\n";
    let main = |imports: &str, body: &str| format!("package main\n\nimport (\n{imports}\n)\n\nfunc main() {{ {body} }}\n");
    let ok = scratch(
        "mod_ok",
        &[
            ("go.mod", GO_MOD),
            ("main.go", &main("\t\"example.com/app/a\"\n\tbb \"example.com/app/b\"", "a.F(); bb.G()")),
            ("a/a.go", "package a\n\nimport \"example.com/app/b\"\n\nfunc F() { beta.G() }\n\nfunc helper() {}\n"),
            ("b/b.go", "package beta\n\nfunc G() {}\n\nfunc helper() {}\n"),
        ],
    );
    assert_eq!(codes(&ok), Vec::<String>::new());
    assert_eq!(codes(&ok.join("main.go")), Vec::<String>::new());
    let (loaded, _) = sema::load(&ok);
    let (pkg, info, _) = sema::frontend(&loaded.files, &loaded.config());
    assert_eq!(pkg.files.len(), 3, "b is loaded once");
    let order: Vec<&str> = info.packages().iter().map(|p| p.path.as_str()).collect();
    assert_eq!(order, ["example.com/app/b", "example.com/app/a", "main"]);

    let cycle = scratch(
        "mod_cycle",
        &[
            ("go.mod", GO_MOD),
            ("main.go", &main("\t\"example.com/app/a\"", "a.F()")),
            ("a/a.go", "package a\n\nimport \"example.com/app/b\"\n\nfunc F() { b.G() }\n"),
            ("b/b.go", "package b\n\nimport \"example.com/app/a\"\n\nfunc G() { a.F() }\n"),
        ],
    );
    let (loaded, _) = sema::load(&cycle);
    let (_, _, diags) = sema::frontend(&loaded.files, &loaded.config());
    let cyc: Vec<String> = diags.iter().filter(|d| d.code.as_str() == "G0011").map(|d| d.message.clone()).collect();
    assert_eq!(cyc, ["import cycle not allowed: example.com/app/a imports example.com/app/b imports example.com/app/a"]);

    let third = scratch("mod_third", &[("go.mod", GO_MOD), ("main.go", &main("\t\"github.com/someone/lib\"", "lib.F()"))]);
    assert_eq!(codes(&third), ["G0110"]);

    let missing = scratch("mod_missing", &[("go.mod", GO_MOD), ("main.go", &main("\t\"example.com/app/nope\"", "nope.F()"))]);
    assert_eq!(codes(&missing), ["G0012"]);

    let unexported = scratch("mod_unexported", &[("go.mod", GO_MOD), ("main.go", &main("\t\"example.com/app/a\"", "a.helper()")), ("a/a.go", "package a\n\nfunc helper() {}\n")]);
    assert_eq!(codes(&unexported), ["G0201"]);

    let program = scratch("mod_program", &[("go.mod", GO_MOD), ("main.go", &main("\t\"example.com/app/cmd\"", "cmd.F()")), ("cmd/cmd.go", "package main\n\nfunc F() {}\n")]);
    assert_eq!(codes(&program), ["G0005"]);
}
