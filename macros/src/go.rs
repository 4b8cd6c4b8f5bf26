//! `go!`: Go's `go` statement. Parses a call or a block; for a call, evaluates the function
//! operand, the receiver and the arguments in the caller, then spawns a goroutine that runs the
//! call (awaiting it when it returns a future).

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::parse::{Parse, ParseStream};
use syn::spanned::Spanned;
use syn::{Expr, Ident, Stmt};

/// `go!(f(args))`, `go!(recv.m(args))`, `go!({ … })` or `go! { … }`, parsed.
pub(crate) enum Go {
    /// The goroutine's body, run as written.
    Block(Vec<Stmt>),
    /// A call whose operands are evaluated before the goroutine starts.
    Call(Expr),
}

/// The expansion of `go!`.
pub(crate) fn expand(input: TokenStream) -> syn::Result<TokenStream> {
    let go: Go = syn::parse2(input)?;
    Ok(match go {
        Go::Block(stmts) => {
            // A tail value makes the goroutine's future resolve to it, not `()`: point the
            // error at that value.
            let span = match stmts.last() {
                Some(Stmt::Expr(tail, None)) => tail.span(),
                _ => Span::call_site(),
            };
            quote_spanned! {span=> ::gort::spawn(async move { #(#stmts)* }) }
        }
        Go::Call(call) => expand_call(call),
    })
}

impl Parse for Go {
    fn parse(input: ParseStream) -> syn::Result<Go> {
        if input.is_empty() {
            return Err(syn::Error::new(Span::call_site(), "`go!` needs a call `f(args)` or a block `{ … }` to run in the new goroutine"));
        }
        let mut stmts = syn::Block::parse_within(input)?;
        // One expression without a semicolon: a call, or a block given as `go!({ … })`.
        // Anything else (several statements, a `let`, a trailing `;`) is a block body.
        if stmts.len() != 1 || !matches!(stmts[0], Stmt::Expr(_, None)) {
            return Ok(Go::Block(stmts));
        }
        let Some(Stmt::Expr(expr, None)) = stmts.pop() else { unreachable!("checked above") };
        match strip_parens(expr) {
            Expr::Block(b) if b.attrs.is_empty() && b.label.is_none() => Ok(Go::Block(b.block.stmts)),
            call @ (Expr::Call(_) | Expr::MethodCall(_)) => Ok(Go::Call(call)),
            Expr::Async(a) => Err(syn::Error::new(
                a.async_token.span,
                "`go!` makes the goroutine's future itself: write the block without `async`: `go! { … }`",
            )),
            // Any other single expression (`loop { … }`, `ch.send(v).await`) is a block body.
            other => Ok(Go::Block(vec![Stmt::Expr(other, None)])),
        }
    }
}

/// `(e)` and invisible groups (from `macro_rules!` fragments) are the expression inside them.
fn strip_parens(expr: Expr) -> Expr {
    match expr {
        Expr::Paren(p) if p.attrs.is_empty() => strip_parens(*p.expr),
        Expr::Group(g) if g.attrs.is_empty() => strip_parens(*g.expr),
        e => e,
    }
}

fn strip_parens_ref(expr: &Expr) -> &Expr {
    match expr {
        Expr::Paren(p) if p.attrs.is_empty() => strip_parens_ref(&p.expr),
        Expr::Group(g) if g.attrs.is_empty() => strip_parens_ref(&g.expr),
        e => e,
    }
}

/// Operands with no side effects and no evaluation order to keep (literals, closures) stay in
/// the call; moving them into the goroutine is the same as evaluating them first. Everything
/// else is bound in the caller, in source order, before the goroutine starts.
fn needs_hoisting(e: &Expr) -> bool {
    !matches!(e, Expr::Lit(_) | Expr::Closure(_))
}

/// A hygienic name for a hoisted operand, located at the operand so type errors point there.
fn hoisted_name(name: &str, at: Span) -> Ident {
    Ident::new(name, Span::mixed_site().located_at(at))
}

fn expand_call(mut call: Expr) -> TokenStream {
    let call_span = call.span();
    let mut lets = Vec::new();
    let mut hoist = |slot: &mut Expr, name: String| {
        let ident = hoisted_name(&name, slot.span());
        // Parentheses around an operand (`(|x| x)(1)`) would be unnecessary around a `let` value.
        let value = strip_parens(std::mem::replace(slot, syn::parse_quote!(#ident)));
        lets.push(quote! { let #ident = #value; });
    };
    match &mut call {
        Expr::Call(c) => {
            // A function named by a path or written as a closure needs no evaluation; any
            // other function operand (`make_handler()(x)`, `(self.f)(x)`) is evaluated first.
            if !matches!(strip_parens_ref(&c.func), Expr::Path(_) | Expr::Closure(_)) {
                hoist(&mut c.func, "__go_func".to_string());
            }
            for (i, arg) in c.args.iter_mut().enumerate() {
                if needs_hoisting(arg) {
                    hoist(arg, format!("__go_arg{i}"));
                }
            }
        }
        Expr::MethodCall(m) => {
            if needs_hoisting(&m.receiver) {
                hoist(&mut m.receiver, "__go_recv".to_string());
            }
            for (i, arg) in m.args.iter_mut().enumerate() {
                if needs_hoisting(arg) {
                    hoist(arg, format!("__go_arg{i}"));
                }
            }
        }
        _ => unreachable!("the parser accepts only calls here"),
    }
    let run = Ident::new("__go_run", Span::mixed_site());
    // `Go(call).__go_call()` picks, by method resolution, `GoFuture` (by value) when the call
    // returns a future and `GoValue` (by reference) otherwise; see `gort::macros::__private`.
    let spawn = quote_spanned! {call_span=>
        ::gort::spawn(async move {
            #[allow(unused_imports)]
            use ::gort::macros::__private::{GoFuture as _, GoValue as _};
            let #run = ::gort::macros::__private::Go(#call).__go_call();
            let _ = #run.await;
        })
    };
    if lets.is_empty() {
        spawn
    } else {
        quote! {{ #(#lets)* #spawn }}
    }
}
