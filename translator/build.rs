//! Embeds the runtime and macro crates' sources into the `gort` binary, so an installed `gort`
//! can build translated programs from any directory (see `src/runtime_src.rs`).

use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = manifest.parent().unwrap().to_path_buf();
    let mut files = Vec::new();
    files.push(root.join("Cargo.toml"));
    for krate in ["runtime", "macros"] {
        files.push(root.join(krate).join("Cargo.toml"));
        collect(&root.join(krate).join("src"), &mut files);
    }
    files.sort();
    let mut out = String::from("pub static FILES: &[(&str, &[u8])] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
        out.push_str(&format!("    ({rel:?}, include_bytes!({:?})),\n", f.display().to_string()));
    }
    out.push_str("];\n");
    println!("cargo:rerun-if-changed={}", root.join("runtime/src").display());
    println!("cargo:rerun-if-changed={}", root.join("macros/src").display());
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("embedded_runtime.rs");
    std::fs::write(dest, out).unwrap();
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            println!("cargo:rerun-if-changed={}", p.display());
            collect(&p, files);
        } else if p.extension().is_some_and(|x| x == "rs" || x == "md") {
            files.push(p);
        }
    }
}
