//! Writes a translated program as a Cargo project: `Cargo.toml`, `src/main.rs`, and the line
//! map from Rust items back to Go lines (`gort-map.txt`).

use std::io;
use std::path::Path;

/// The file that marks a directory as written by `gort translate` (safe to overwrite).
pub const MARKER: &str = ".gort-project";

/// What a translated program consists of.
#[derive(Debug, Clone, Default)]
pub struct Project {
    /// The Cargo package name.
    pub name: String,
    /// The body of `src/main.rs`.
    pub main_rs: String,
    /// `gort-map.txt`: one line per Rust item, `rust_item<TAB>go_file:line`.
    pub line_map: String,
    /// Optional features of the runtime crate the program needs (`regexp`), sorted.
    pub features: Vec<String>,
}

/// The generated `Cargo.toml`. The empty `[workspace]` keeps the project out of any enclosing
/// workspace; `overflow-checks = false` gives Go's wrapping integers in every profile. The
/// runtime's optional `features` are enabled only when the program needs them (a runtime built
/// without them is the one most programs share in the build cache).
pub fn cargo_toml(name: &str, runtime: &Path, features: &[String]) -> String {
    let runtime = runtime.display().to_string().replace('\\', "/");
    let features = if features.is_empty() {
        String::new()
    } else {
        let list: Vec<String> = features.iter().map(|f| format!("\"{f}\"")).collect();
        format!(", features = [{}]", list.join(", "))
    };
    format!(
        "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\ngort = {{ path = \"{runtime}\"{features} }}\n\n\
         [profile.dev]\noverflow-checks = false\n\n\
         [profile.release]\noverflow-checks = false\n\n\
         [workspace]\n"
    )
}

/// A Cargo package name from a Go program's directory or file name.
pub fn package_name(stem: &str) -> String {
    let mut s: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c.to_ascii_lowercase() } else { '_' })
        .collect();
    if s.is_empty() || !s.starts_with(|c: char| c.is_ascii_alphabetic()) {
        s.insert_str(0, "go_");
    }
    s
}

/// Writes `project` into `out`. Refuses to overwrite a non-empty directory that gort did not
/// write. Each file goes through a temporary file and a rename, so a reader never sees a
/// half-written file.
pub fn write(out: &Path, project: &Project, runtime: &Path) -> io::Result<()> {
    if out.exists() {
        let empty = std::fs::read_dir(out)?.next().is_none();
        if !empty && !out.join(MARKER).exists() {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!("{} exists and was not written by gort; refusing to overwrite it", out.display()),
            ));
        }
    }
    std::fs::create_dir_all(out.join("src"))?;
    write_atomic(&out.join("Cargo.toml"), cargo_toml(&project.name, runtime, &project.features).as_bytes())?;
    write_atomic(&out.join("src").join("main.rs"), project.main_rs.as_bytes())?;
    write_atomic(&out.join("gort-map.txt"), project.line_map.as_bytes())?;
    write_atomic(&out.join(MARKER), b"written by gort translate\n")?;
    Ok(())
}

/// Writes `bytes` to `path` through a sibling temporary file and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_names() {
        for (stem, want) in [("pingpong", "pingpong"), ("Hello World", "hello_world"), ("123", "go_123"), ("", "go_"), ("ünï", "go__n_")] {
            assert_eq!(package_name(stem), want, "{stem}");
        }
    }

    #[test]
    fn refuses_foreign_dirs() {
        let dir = std::env::temp_dir().join(format!("gort-project-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("precious.txt"), b"x").unwrap();
        let p = Project { name: "x".into(), ..Default::default() };
        assert!(write(&dir, &p, Path::new("/rt")).is_err());
        std::fs::remove_file(dir.join("precious.txt")).unwrap();
        write(&dir, &p, Path::new("/rt")).unwrap();
        write(&dir, &p, Path::new("/rt")).unwrap();
        assert!(std::fs::read_to_string(dir.join("Cargo.toml")).unwrap().contains("path = \"/rt\""));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
