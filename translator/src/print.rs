//! Stage 5: the emitted `syn::File` as Rust source text (prettyplease: deterministic,
//! rustfmt-style), with the header that names the Go sources.

/// Renders `file` with a header comment naming the Go sources it was translated from.
///
/// The emitter parenthesises every operator expression it builds (tokens spliced by `quote!`
/// carry no precedence); those parentheses are removed here, and prettyplease puts back
/// exactly the ones the tree's structure needs.
pub fn print(file: &syn::File, sources: &[String]) -> String {
    let mut file = file.clone();
    syn::visit_mut::VisitMut::visit_file_mut(&mut Unparen, &mut file);
    let mut out = String::new();
    out.push_str("// Translated from Go by gort. Source: ");
    out.push_str(&sources.join(", "));
    out.push_str("\n// Line map: gort-map.txt.\n");
    out.push_str(&prettyplease::unparse(&file));
    out
}

/// Formats Rust source with `rustfmt` (edition 2024) when it is installed, so translated
/// projects pass `cargo fmt --check`; `None` if rustfmt is missing or fails (the prettyplease
/// output is then used as it is).
pub fn rustfmt(src: &str) -> Option<String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let rustfmt = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let mut child = Command::new(rustfmt)
        .args(["--edition", "2024", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let input = src.to_string();
    // Write on another thread: rustfmt may fill the stdout pipe before reading all input.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    if !out.status.success() {
        return None;
    }
    String::from_utf8(out.stdout).ok()
}

/// Removes parenthesised-expression nodes (prettyplease re-adds the necessary ones).
struct Unparen;

impl syn::visit_mut::VisitMut for Unparen {
    fn visit_expr_mut(&mut self, e: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, e);
        if let syn::Expr::Paren(p) = e {
            let inner = std::mem::replace(&mut *p.expr, syn::Expr::Verbatim(Default::default()));
            *e = inner;
        }
    }
}
