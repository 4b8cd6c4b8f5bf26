//! Expansion snapshots: each `tests/expand/NAME.rs` holds one macro invocation, and
//! `tests/expand/NAME.expanded.rs` its reviewed expansion (pretty-printed). The driver expands
//! every input and compares. `UPDATE_EXPECT=1 cargo test -p gort-macros snapshots` rewrites
//! the goldens; review the diff, never edit a golden by hand.

use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};

#[test]
fn expansions_match_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let update = std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/expand exists")
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs") && !p.to_string_lossy().ends_with(".expanded.rs"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no snapshot inputs in {}", dir.display());
    let mut failures = Vec::new();
    for input in &inputs {
        let source = std::fs::read_to_string(input).expect("readable input");
        let actual = format!("// Expansion of {}; regenerate with UPDATE_EXPECT=1.\n\n{}", file_name(input), expand_source(&source));
        let golden = input.with_extension("expanded.rs");
        if update {
            std::fs::write(&golden, &actual).expect("writable golden");
            continue;
        }
        match std::fs::read_to_string(&golden) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => failures.push(format!("{}:\n--- expected\n{expected}\n--- actual\n{actual}", golden.display())),
            Err(_) => failures.push(format!("{} is missing", golden.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "expansions differ from their snapshots (UPDATE_EXPECT=1 regenerates them; review the diff):\n\n{}",
        failures.join("\n\n")
    );
}

fn file_name(p: &Path) -> String {
    p.file_name().expect("a file").to_string_lossy().into_owned()
}

/// Expands the one invocation in `source`: `name! { … }`, `name!( … )` or `#[gort::main] fn …`.
fn expand_source(source: &str) -> String {
    let tokens: TokenStream = source.parse().expect("input tokenizes");
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    match trees.as_slice() {
        [TokenTree::Punct(hash), TokenTree::Group(attr), item @ ..] if hash.as_char() == '#' => {
            let attr: syn::Meta = syn::parse2(attr.stream()).expect("an attribute");
            let args = match attr {
                syn::Meta::List(l) => l.tokens,
                _ => TokenStream::new(),
            };
            let out = crate::main_attr::expand(args, item.iter().cloned().collect());
            pretty(syn::parse2(out.clone()), out)
        }
        [TokenTree::Ident(name), TokenTree::Punct(bang), TokenTree::Group(body)] if bang.as_char() == '!' => {
            let out = match name.to_string().as_str() {
                "go" => crate::go::expand(body.stream()),
                "select" => crate::select::expand(body.stream(), crate::select::Flavor::Async),
                "select_blocking" => crate::select::expand(body.stream(), crate::select::Flavor::Blocking),
                other => panic!("unknown macro `{other}!` in a snapshot input"),
            }
            .unwrap_or_else(syn::Error::into_compile_error);
            let wrapped = quote::quote! { fn expansion() { #out; } };
            pretty(syn::parse2(wrapped), out)
        }
        _ => panic!("a snapshot input is one `name! {{ … }}` or `#[gort::main] fn …`"),
    }
}

fn pretty(file: syn::Result<syn::File>, raw: TokenStream) -> String {
    match file {
        Ok(f) => prettyplease::unparse(&f),
        Err(_) => format!("{raw}\n"),
    }
}
