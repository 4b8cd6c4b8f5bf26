//! Go identifiers as Rust identifiers: Go names are kept as written; Rust keywords become raw
//! identifiers; the few names emitted code relies on unqualified get a trailing `_`.

use proc_macro2::Span;
use syn::Ident;

/// Rust keywords usable as raw identifiers (`r#type`).
const RAW_OK: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn", "else", "enum", "extern",
    "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override",
    "priv", "pub", "ref", "return", "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Names that cannot be raw identifiers, or that emitted code uses unqualified (prelude items
/// and macro names): a Go declaration with one of these names gets a trailing `_`.
const RENAMED: &[&str] = &[
    "self", "Self", "super", "crate", "Some", "None", "Ok", "Err", "Box", "Vec", "Option", "Result", "String", "Default",
    "Clone", "Copy", "Send", "Sync", "Sized", "Fn", "FnMut", "FnOnce", "Drop", "Into", "From", "Iterator", "PartialEq",
    "Eq", "PartialOrd", "Ord", "Hash", "Debug", "ToString", "ToOwned", "AsRef", "Unpin", "drop", "vec", "matches",
    "assert", "panic", "todo", "unreachable", "format", "print", "println", "write", "std", "core", "alloc", "gort",
];

/// The Rust identifier for a Go name.
pub fn ident(name: &str) -> Ident {
    ident_inner(name, true)
}

fn ident_inner(name: &str, rename_prelude: bool) -> Ident {
    if name == "_" {
        return Ident::new("_", Span::call_site());
    }
    let must = matches!(name, "self" | "Self" | "super" | "crate");
    if must || (rename_prelude && RENAMED.contains(&name)) {
        return Ident::new(&format!("{name}_"), Span::call_site());
    }
    if RAW_OK.contains(&name) {
        return Ident::new_raw(name, Span::call_site());
    }
    if name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Ident::new(name, Span::call_site());
    }
    // Go allows any Unicode letter; Rust accepts XID identifiers, which Go letters nearly
    // always are. Anything else is spelled out so the output still compiles.
    if syn::parse_str::<Ident>(name).is_ok() {
        return Ident::new(name, Span::call_site());
    }
    let mut s = String::from("u_");
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            s.push(c);
        } else {
            s.push_str(&format!("{:x}_", c as u32));
        }
    }
    Ident::new(&s, Span::call_site())
}

/// The runtime mirror's identifier for a Go std member: snake_case, raw if a keyword
/// (`math.Mod` → `r#mod`, `once.Do` → `r#do`).
pub fn std_ident(go_name: &str) -> Ident {
    let s = snake(go_name);
    if RAW_OK.contains(&s.as_str()) {
        Ident::new_raw(&s, Span::call_site())
    } else {
        Ident::new(&s, Span::call_site())
    }
}

/// A field or method name: Go's name, raw if a Rust keyword (a method named `String` or
/// `Error` stays as written: associated items do not clash with the prelude).
pub fn member(name: &str) -> Ident {
    ident_inner(name, false)
}

/// An identifier the emitter introduces (temporaries, frames); always starts with `__`.
pub fn internal(name: &str) -> Ident {
    debug_assert!(name.starts_with("__"));
    Ident::new(name, Span::call_site())
}

/// A Go label as a Rust lifetime-style label (`'outer`).
pub fn label(name: &str) -> syn::Lifetime {
    let n = if RAW_OK.contains(&name) || RENAMED.contains(&name) || name == "static" { format!("{name}_") } else { name.to_string() };
    syn::Lifetime::new(&format!("'{n}"), Span::call_site())
}

/// Go's exported name → the runtime mirror's snake_case name (`TrimSpace` → `trim_space`,
/// `NumGoroutine` → `num_goroutine`, `GOMAXPROCS` → `gomaxprocs`, `ParseInt` → `parse_int`,
/// `AddInt64` → `add_int64`, `NewTimer` → `new_timer`).
pub fn snake(name: &str) -> String {
    // Acronyms that the general rule would split oddly.
    match name {
        "NaN" => return "nan".into(),
        "IsNaN" => return "is_nan".into(),
        _ => {}
    }
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let prev = if i > 0 { Some(chars[i - 1]) } else { None };
            let next = chars.get(i + 1).copied();
            let boundary = match prev {
                None => false,
                Some(p) if p.is_ascii_lowercase() => true,
                Some(p) if p.is_ascii_digit() => true,
                Some(p) if p.is_ascii_uppercase() => next.is_some_and(|n| n.is_ascii_lowercase()),
                _ => false,
            };
            if boundary && !out.ends_with('_') {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_cases() {
        for (go, rust) in [
            ("TrimSpace", "trim_space"),
            ("NumGoroutine", "num_goroutine"),
            ("GOMAXPROCS", "gomaxprocs"),
            ("ParseInt", "parse_int"),
            ("AddInt64", "add_int64"),
            ("NewTimer", "new_timer"),
            ("Itoa", "itoa"),
            ("Println", "println"),
            ("EqualFold", "equal_fold"),
            ("ToUpper", "to_upper"),
            ("HasPrefix", "has_prefix"),
            ("WithCancelCause", "with_cancel_cause"),
            ("MaxInt64", "max_int64"),
            ("RuneLen", "rune_len"),
            ("ValidString", "valid_string"),
            ("IsNaN", "is_nan"),
            ("NaN", "nan"),
            ("TODO", "todo"),
        ] {
            assert_eq!(snake(go), rust, "{go}");
        }
    }

    #[test]
    fn idents() {
        assert_eq!(ident("type").to_string(), "r#type");
        assert_eq!(ident("self").to_string(), "self_");
        assert_eq!(ident("String").to_string(), "String_");
        assert_eq!(ident("fanIn").to_string(), "fanIn");
        assert_eq!(ident("_").to_string(), "_");
    }
}
