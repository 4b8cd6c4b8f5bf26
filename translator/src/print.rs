//! Stage 5: the emitted `syn::File` as Rust source text (prettyplease: deterministic,
//! rustfmt-style), with the header that names the Go sources.

/// The crate-level attributes every translated program starts with: Go names are kept as
/// written, and Go programs routinely leave values unused in ways Rust would warn about.
pub const ALLOWS: &str = "#![allow(non_snake_case, non_camel_case_types, non_upper_case_globals, unused_mut, unused_variables, unused_parens, unused_braces, unreachable_code, dead_code, clippy::all)]";

/// Renders `file` with a header comment naming the Go sources it was translated from.
pub fn print(file: &syn::File, sources: &[String]) -> String {
    let mut out = String::new();
    out.push_str("// Translated from Go by gort. Source: ");
    out.push_str(&sources.join(", "));
    out.push_str("\n// Line map: gort-map.txt.\n");
    out.push_str(&prettyplease::unparse(file));
    out
}
