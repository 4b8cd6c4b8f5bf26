//! The `gort` command line as users run it: what it writes, what it refuses, its exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn gort() -> Command {
    Command::new(env!("CARGO_BIN_EXE_gort"))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("data").join("cli").join(name)
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("gort-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn text(o: &[u8]) -> String {
    String::from_utf8_lossy(o).into_owned()
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("gort starts")
}

#[test]
fn translate_writes_a_cargo_project() {
    let out = scratch("pingpong");
    let o = run(gort().arg("translate").arg(root().join("fixtures/pingpong")).arg("-o").arg(&out));
    assert!(o.status.success(), "{}", text(&o.stderr));
    let cargo = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(cargo.contains("[dependencies]") && cargo.contains("gort = { path = "), "{cargo}");
    assert!(cargo.contains("overflow-checks = false"));
    let main = std::fs::read_to_string(out.join("src/main.rs")).unwrap();
    assert!(main.starts_with("// Translated from Go by gort. Source: main.go"), "{main}");
    assert!(main.contains("async fn player("));
    let map = std::fs::read_to_string(out.join("gort-map.txt")).unwrap();
    assert!(map.lines().any(|l| l.starts_with("player\tmain.go:")), "{map}");
    // Re-translating into the same directory is allowed (gort wrote it).
    let o = run(gort().arg("translate").arg(root().join("fixtures/pingpong")).arg("-o").arg(&out));
    assert!(o.status.success());
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn translate_refuses_a_foreign_directory() {
    let out = scratch("foreign");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("notes.txt"), "mine").unwrap();
    let o = run(gort().arg("translate").arg(root().join("fixtures/pingpong")).arg("-o").arg(&out));
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("refusing to overwrite"), "{}", text(&o.stderr));
    assert_eq!(std::fs::read_to_string(out.join("notes.txt")).unwrap(), "mine");
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn unsupported_go_is_a_diagnostic_and_nothing_is_written() {
    let out = scratch("unsupported");
    let o = run(gort().arg("translate").arg(data("unsupported.go")).arg("-o").arg(&out));
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(err.contains("unsupported.go:7:16: error[G0111]: unsupported: conversion between type parameter T and its target"), "{err}");
    assert!(!out.exists(), "no half-written output");
}

#[test]
fn keep_going_writes_todo_spots() {
    let out = scratch("keepgoing");
    let o = run(gort().arg("translate").arg("--keep-going").arg(data("unsupported.go")).arg("-o").arg(&out));
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("G0111"));
    let main = std::fs::read_to_string(out.join("src/main.rs")).unwrap();
    assert!(main.contains("todo!(") && main.contains("\"unsupported: conversion between type parameter T and its target"), "{main}");
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn bad_input_gets_diagnostics_with_exit_1() {
    for (input, code) in [(data("syntax.go"), "G0001"), (data("notmain.go"), "G0005"), (data("exit/../../cli"), "G0006"), (root().join("README.md"), "G0003"), (data("std_var_assign.go"), "G0111"), (data("generic_core_type.go"), "G0111")] {
        let o = run(gort().arg("translate").arg("--emit").arg("rust").arg(&input));
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{}: {err}", input.display());
        assert!(err.contains(code), "{}: want {code} in {err}", input.display());
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn emit_rust_prints_the_translation() {
    let o = run(gort().args(["translate", "--emit", "rust"]).arg(root().join("fixtures/pingpong/main.go")));
    assert!(o.status.success());
    assert!(text(&o.stdout).contains("#[::gort::main]"));
}

#[test]
fn check_reports_per_package_in_json() {
    let o = run(gort().args(["check", "--format", "json"]).arg(data("")));
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("\"code\":\"G0006\""), "{out}");
    assert!(out.contains("\"blocked\":"), "{out}");
}

/// A module tree: library packages are checked as a program's imports (not refused as
/// non-`main`); a finding is listed once, under the package whose file it is in; packages that
/// import a blocked one are blocked by it.
#[test]
fn check_reports_a_module_tree_per_package() {
    let tree = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/check_module");
    let o = run(gort().current_dir(&tree).args(["check", "--format", "json", "."]));
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    let pkg = |dir: &str| -> String {
        let at = out.find(&format!("{{\"dir\":\"./{dir}\"")).unwrap_or_else(|| panic!("no {dir} in {out}"));
        let rest = &out[at + 1..];
        rest[..rest.find("{\"dir\"").unwrap_or(rest.len())].to_string()
    };
    assert!(pkg("calc").contains("\"package\":\"calc\",\"translates\":false"), "{out}");
    assert!(pkg("calc").contains("\"file\":\"calc/calc.go\",\"line\":4,\"col\":8,\"code\":\"G0102\""), "{out}");
    assert_eq!(out.matches("G0102").count(), 1, "one finding, listed once: {out}");
    assert!(pkg("cmd/app").contains("\"package\":\"main\",\"translates\":false,\"blocked_by\":[\"./calc\"],\"findings\":[]"), "{out}");
    assert!(pkg("report").contains("\"translates\":false,\"blocked_by\":[\"./calc\"]"), "{out}");
    assert!(pkg("util").contains("\"package\":\"util\",\"translates\":true"), "{out}");
    assert!(out.contains("\"total\":4,\"translating\":1,\"blocked\":3"), "{out}");
    // The text report says the same.
    let o = run(gort().current_dir(&tree).args(["check", "."]));
    let out = text(&o.stdout);
    assert!(out.contains("ok       ./util (library package util)"), "{out}");
    assert!(out.contains("blocked  ./cmd/app: imports blocked ./calc"), "{out}");
}

/// A std package gort's runtime does not mirror is translated from Go's own source when a Go
/// installation is found; one whose source needs what has no translation (`text/template`
/// reflects) is refused at the program's import with one G0106 naming why, not with findings
/// in Go's files.
#[test]
fn std_packages_from_go_source() {
    let dir = scratch("goroot");
    std::fs::create_dir_all(&dir).unwrap();
    let venv = root().join(".venv-go/bin");
    let path = std::env::join_paths(std::iter::once(venv.clone()).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()))).unwrap();
    let has_go = Command::new("go").env("PATH", &path).arg("version").output().is_ok_and(|o| o.status.success());
    let prog = |name: &str, src: &str| {
        let p = dir.join(name);
        std::fs::write(&p, src).unwrap();
        p
    };
    let tmpl = prog("tmpl.go", "package main\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nfunc main() {\n\ttemplate.Must(template.New(\"x\").Parse(\"hi\")).Execute(os.Stdout, nil)\n}\n");
    let o = run(gort().env("PATH", &path).args(["translate", "--emit", "rust"]).arg(&tmpl));
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("tmpl.go:5:2: error[G0106]: unsupported: standard package \"text/template\""), "{err}");
    assert_eq!(err.matches("error[").count(), 1, "findings in Go's files are folded into the import: {err}");
    if !has_go {
        return;
    }
    assert!(err.contains("Go's own source of it does not translate"), "{err}");
    // Only the import whose packages hold the problem is blamed.
    let both = prog("both.go", "package main\n\nimport (\n\t\"container/ring\"\n\t\"fmt\"\n\t\"text/template\"\n)\n\nfunc main() {\n\tfmt.Println(ring.New(2).Len(), template.HTMLEscapeString(\"<\"))\n}\n");
    let o = run(gort().env("PATH", &path).args(["translate", "--emit", "rust"]).arg(&both));
    let err = text(&o.stderr);
    assert_eq!(err.matches("error[G0106]").count(), 1, "{err}");
    assert!(err.contains("both.go:6:2: error[G0106]: unsupported: standard package \"text/template\""), "{err}");
    let ring = prog("ring.go", "package main\n\nimport (\n\t\"container/ring\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tr := ring.New(3)\n\tfmt.Println(r.Len())\n}\n");
    let o = run(gort().env("PATH", &path).args(["translate", "--emit", "rust"]).arg(&ring));
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("mod ring {"), "container/ring emitted as a module of the program");
}

/// One real `gort run`: builds in a cache (the runtime once), passes arguments, stdout and
/// the exit status through.
#[test]
fn run_passes_args_output_and_exit_code_through() {
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("gort-cli-cache");
    let o = run(gort().env("GORT_CACHE_DIR", &cache).arg("run").arg(data("exit")).args(["--", "a", "b c"]));
    assert_eq!(o.status.code(), Some(3), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout), "args: [a b c]\n");
    // Cached: the second run reuses the built program (its binary is kept in the cache).
    let programs = || std::fs::read_dir(cache.join("run")).unwrap().filter(|e| e.as_ref().unwrap().path().join("program").exists()).count();
    let before = programs();
    let o = run(gort().env("GORT_CACHE_DIR", &cache).arg("run").arg(data("exit")));
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(text(&o.stdout), "args: []\n");
    assert_eq!(programs(), before, "the same program is not built twice");
    // As with `go run prog.go args…`, the arguments may follow the input without `--`, and
    // ones that look like flags reach the program, not gort.
    let o = run(gort().env("GORT_CACHE_DIR", &cache).arg("run").arg(data("exit")).args(["a", "-v", "--x=1"]));
    assert_eq!(o.status.code(), Some(3), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout), "args: [a -v --x=1]\n");
}
