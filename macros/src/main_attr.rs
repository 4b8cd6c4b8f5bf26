//! `#[gort::main]`: runs `async fn main` (or `fn main`) as Go's main goroutine under
//! `gort::run_main`, which gives the process Go's program semantics.
//!
//! The user's function is kept as written, nested inside a plain `fn main()` of the same name
//! that starts the runtime, so every type error in it points at the user's own tokens.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{ItemFn, ReturnType, Type};

/// The expansion of `#[gort::main]`; on error, a stub `fn` plus the spanned errors, so that one
/// mistake gives one error (no follow-up "main is async" or "main has wrong type").
pub(crate) fn expand(attr: TokenStream, item: TokenStream) -> TokenStream {
    let f: ItemFn = match syn::parse2(item.clone()) {
        Ok(f) => f,
        Err(e) => {
            let e = syn::Error::new(e.span(), "`#[gort::main]` goes on a function: `async fn main() { … }` or `fn main() { … }`");
            let e = e.to_compile_error();
            return quote! { #item #e };
        }
    };
    match check(&attr, &f) {
        Ok(ret) => expand_fn(f, ret),
        Err(e) => {
            let (attrs, vis, ident) = (&f.attrs, &f.vis, &f.sig.ident);
            let e = e.to_compile_error();
            quote! { #(#attrs)* #[allow(dead_code)] #vis fn #ident() {} #e }
        }
    }
}

/// What `main` returns.
enum Returns {
    Unit,
    /// `Result<(), E>`: an `Err` is printed (`Error: {e:?}`) and the process exits 1.
    Result,
}

fn check(attr: &TokenStream, f: &ItemFn) -> syn::Result<Returns> {
    let mut errors: Vec<syn::Error> = Vec::new();
    if !attr.is_empty() {
        errors.push(syn::Error::new_spanned(attr, "`#[gort::main]` takes no arguments"));
    }
    let sig = &f.sig;
    if !sig.inputs.is_empty() {
        errors.push(syn::Error::new_spanned(&sig.inputs, "`#[gort::main]` functions take no arguments; read them with `std::env::args()`"));
    }
    if !sig.generics.params.is_empty() || sig.generics.where_clause.is_some() {
        errors.push(syn::Error::new_spanned(&sig.generics, "`#[gort::main]` functions cannot be generic"));
    }
    let returns = match &sig.output {
        ReturnType::Default => Returns::Unit,
        ReturnType::Type(_, ty) if is_unit(ty) => Returns::Unit,
        ReturnType::Type(_, ty) if is_result(ty) => Returns::Result,
        ReturnType::Type(_, ty) => {
            errors.push(syn::Error::new_spanned(
                ty,
                "`#[gort::main]` functions return `()` or `Result<(), E>`; exit with a code through `gort::rt::exit(code)`",
            ));
            Returns::Unit
        }
    };
    match errors.into_iter().reduce(|mut all, e| {
        all.combine(e);
        all
    }) {
        Some(e) => Err(e),
        None => Ok(returns),
    }
}

fn is_unit(ty: &Type) -> bool {
    matches!(ty, Type::Tuple(t) if t.elems.is_empty())
}

/// `Result<…>`, `io::Result<…>`, `anyhow::Result<…>`: any path ending in `Result`.
fn is_result(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.segments.last().is_some_and(|s| s.ident == "Result"))
}

fn expand_fn(f: ItemFn, returns: Returns) -> TokenStream {
    let ItemFn { attrs, vis, sig, block } = f;
    let ident = &sig.ident;
    let span = sig.span();
    let is_async = sig.asyncness.is_some();
    let inner = quote! { #sig #block };
    let call = match (is_async, returns) {
        (true, Returns::Unit) => quote_spanned! {span=> ::gort::run_main(#ident()) },
        (true, Returns::Result) => quote_spanned! {span=>
            ::gort::run_main(async { ::gort::macros::__private::exit_on_error(#ident().await) })
        },
        (false, Returns::Unit) => quote_spanned! {span=> ::gort::macros::__private::run_main_sync(#ident) },
        (false, Returns::Result) => quote_spanned! {span=>
            ::gort::macros::__private::run_main_sync(|| ::gort::macros::__private::exit_on_error(#ident()))
        },
    };
    quote! {
        #(#attrs)*
        #vis fn #ident() {
            #inner
            #call
        }
    }
}
