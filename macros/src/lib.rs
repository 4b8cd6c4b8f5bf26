//! Proc-macros behind `gort::go!`, `gort::select!` and `#[gort::main]`; the runtime crate re-exports them.

use proc_macro::TokenStream;

/// Runs `async fn main` (or `fn main`) as Go's main goroutine: see `gort::run_main`.
#[proc_macro_attribute]
pub fn main(_attr: TokenStream, item: TokenStream) -> TokenStream {
    let f = syn::parse_macro_input!(item as syn::ItemFn);
    let body = &f.block;
    let attrs = &f.attrs;
    let vis = &f.vis;
    let expanded = if f.sig.asyncness.is_some() {
        quote::quote! { #(#attrs)* #vis fn main() { ::gort::run_main(async move #body) } }
    } else {
        quote::quote! { #(#attrs)* #vis fn main() { ::gort::run_main(async move { #body }) } }
    };
    expanded.into()
}
