//! `select!` and `select_blocking!`: Go's `select` statement. Parses the arms, then expands to
//! the runtime primitive (`gort::select`): every operand evaluated once, in source order, into a
//! case value; one runtime call returns the winning case's index; a `match` on that index runs
//! the arm's body in the caller's scope, so `break`, `continue`, `return` and `?` in a body act
//! on the enclosing loop or function.

use proc_macro2::{Literal, Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Expr, Ident, Pat, Token};

/// Which runtime call waits for a case: `.await` in async code, or blocking the OS thread.
#[derive(Clone, Copy)]
pub(crate) enum Flavor {
    Async,
    Blocking,
}

/// A parsed `select!`: its arms in source order.
pub(crate) struct Select {
    arms: Vec<Arm>,
}

struct Arm {
    kind: ArmKind,
    body: Expr,
}

enum ArmKind {
    /// `recv(ch) => …` (`bind: None`), `recv(ch) -> pat => …`, `recv(ch) -> (v, ok) => …`.
    Recv { chan: Expr, bind: Option<RecvBind> },
    /// `send(ch, value) => …`.
    Send { chan: Expr, value: Expr },
    /// `default => …`.
    Default,
}

enum RecvBind {
    /// `-> pat`: the value (the zero value once the channel is closed).
    Value(Pat),
    /// `-> (v, ok)`: a two-element tuple pattern binds the value and Go's `ok`.
    ValueOk(Pat, Pat),
}

/// The expansion of `select!` (`Flavor::Async`) or `select_blocking!` (`Flavor::Blocking`).
pub(crate) fn expand(input: TokenStream, flavor: Flavor) -> syn::Result<TokenStream> {
    let select: Select = syn::parse2(input)?;
    Ok(select.expand(flavor))
}

impl Parse for Select {
    fn parse(input: ParseStream) -> syn::Result<Select> {
        let mut arms = Vec::new();
        // Mistakes that do not stop parsing are collected and reported together.
        let mut errors: Option<syn::Error> = None;
        let mut push_error = |e: syn::Error| match &mut errors {
            Some(all) => all.combine(e),
            None => errors = Some(e),
        };
        let mut default_seen = false;
        while !input.is_empty() {
            let arm = parse_arm(input, &mut push_error)?;
            if let ArmKind::Default = arm.arm.kind {
                if default_seen {
                    push_error(syn::Error::new(arm.keyword_span, "a select has at most one `default` arm"));
                }
                default_seen = true;
            }
            arms.push(arm.arm);
        }
        match errors {
            Some(e) => Err(e),
            None => Ok(Select { arms }),
        }
    }
}

struct ParsedArm {
    arm: Arm,
    keyword_span: Span,
}

fn parse_arm(input: ParseStream, push_error: &mut impl FnMut(syn::Error)) -> syn::Result<ParsedArm> {
    // Any identifier, keywords included, so that `case` or `else` get the arm error below.
    let keyword = input.call(Ident::parse_any)?;
    let keyword_span = keyword.span();
    let kind = match keyword.to_string().as_str() {
        "recv" => {
            let (paren, mut operands) = parse_operands(input, "recv(ch)")?;
            match operands.len() {
                0 => return Err(syn::Error::new(paren.join(), "`recv` needs a channel: `recv(ch)`")),
                1 => {}
                _ => {
                    return Err(syn::Error::new_spanned(
                        &operands[1],
                        "`recv` takes one operand, the channel; to send a value, write `send(ch, value)`",
                    ));
                }
            }
            let chan = operands.pop().expect("one operand").into_value();
            let bind = if input.peek(Token![->]) {
                input.parse::<Token![->]>()?;
                Some(recv_bind(parse_pattern(input)?))
            } else {
                None
            };
            ArmKind::Recv { chan, bind }
        }
        "send" => {
            let (paren, operands) = parse_operands(input, "send(ch, value)")?;
            if operands.len() < 2 {
                return Err(syn::Error::new(paren.join(), "`send` needs a channel and a value: `send(ch, value)`"));
            }
            if operands.len() > 2 {
                return Err(syn::Error::new_spanned(&operands[2], "`send` takes two operands: `send(ch, value)`"));
            }
            let mut operands = operands.into_iter();
            let (chan, value) = (operands.next().expect("two"), operands.next().expect("two"));
            if input.peek(Token![->]) {
                let arrow: Token![->] = input.parse()?;
                let pat = parse_pattern(input)?;
                push_error(syn::Error::new_spanned(
                    quote!(#arrow #pat),
                    "a `send` arm has no received value to bind: remove `-> …`",
                ));
            }
            ArmKind::Send { chan, value }
        }
        "default" => {
            if input.peek(syn::token::Paren) {
                let content;
                let paren = syn::parenthesized!(content in input);
                let _ = content.parse::<TokenStream>()?;
                push_error(syn::Error::new(paren.span.join(), "`default` takes no operands: `default => …`"));
            }
            if input.peek(Token![->]) {
                let arrow: Token![->] = input.parse()?;
                let pat = parse_pattern(input)?;
                push_error(syn::Error::new_spanned(
                    quote!(#arrow #pat),
                    "a `default` arm has no received value to bind: remove `-> …`",
                ));
            }
            ArmKind::Default
        }
        other => {
            let hint = if other == "case" {
                "; Go's `case v := <-ch:` is `recv(ch) -> v => …`"
            } else {
                ""
            };
            return Err(syn::Error::new(
                keyword_span,
                format!("unknown select arm `{other}`: expected `recv(ch)`, `send(ch, value)` or `default`{hint}"),
            ));
        }
    };
    if !input.peek(Token![=>]) {
        return Err(input.error("expected `=>` before the select arm's body"));
    }
    input.parse::<Token![=>]>()?;
    let body = Expr::parse_with_earlier_boundary_rule(input)?;
    // As in `match`: a block-like body needs no comma; any other body needs one unless last.
    if input.peek(Token![,]) {
        input.parse::<Token![,]>()?;
    } else if !input.is_empty() && !is_block_like(&body) {
        return Err(input.error("expected `,` after the select arm's body"));
    }
    Ok(ParsedArm { arm: Arm { kind, body }, keyword_span })
}

/// `( operand, … )` after an arm keyword.
fn parse_operands(input: ParseStream, shape: &str) -> syn::Result<(proc_macro2::extra::DelimSpan, Punctuated<Expr, Token![,]>)> {
    if !input.peek(syn::token::Paren) {
        return Err(input.error(format!("expected `(` after the arm keyword: `{shape}`")));
    }
    let content;
    let paren = syn::parenthesized!(content in input);
    let operands = content.parse_terminated(Expr::parse, Token![,])?;
    Ok((paren.span, operands))
}

/// The pattern after `->`. `v { … }` with no `=>` after it is the binding `v` and a body that
/// lacks its `=>`, not a struct pattern: the `=>` check then points at the `{`.
fn parse_pattern(input: ParseStream) -> syn::Result<Pat> {
    if input.peek(Ident) && input.peek2(syn::token::Brace) {
        let fork = input.fork();
        if Pat::parse_single(&fork).is_ok() && fork.peek(Token![=>]) {
            return Pat::parse_single(input);
        }
        let ident: Ident = input.parse()?;
        return Ok(Pat::Ident(syn::PatIdent { attrs: Vec::new(), by_ref: None, mutability: None, ident, subpat: None }));
    }
    Pat::parse_single(input)
}

/// A two-element tuple pattern is Go's `v, ok`; any other pattern binds the value.
fn recv_bind(pat: Pat) -> RecvBind {
    match pat {
        Pat::Tuple(t) if t.elems.len() == 2 && t.attrs.is_empty() => {
            let mut elems = t.elems.into_iter();
            RecvBind::ValueOk(elems.next().expect("two"), elems.next().expect("two"))
        }
        pat => RecvBind::Value(pat),
    }
}

/// Expressions that end a `match` arm without a comma (rustc's rule for arm bodies).
fn is_block_like(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Block(_)
            | Expr::If(_)
            | Expr::Match(_)
            | Expr::Loop(_)
            | Expr::While(_)
            | Expr::ForLoop(_)
            | Expr::Unsafe(_)
            | Expr::TryBlock(_)
            | Expr::Const(_)
    )
}

/// Place expressions and atoms borrow without parentheses; anything else is parenthesised so
/// that `&` applies to the whole operand (`&(a as b)`).
fn borrow(e: &Expr) -> TokenStream {
    match e {
        Expr::Path(_) | Expr::Field(_) | Expr::Call(_) | Expr::MethodCall(_) | Expr::Index(_) | Expr::Paren(_) | Expr::Macro(_) => {
            quote!(&#e)
        }
        _ => quote!(&(#e)),
    }
}

impl Select {
    fn expand(self, flavor: Flavor) -> TokenStream {
        // Internal names are mixed-site, so arm bodies cannot see or shadow them; they are
        // located at the operand, so type errors about a case point at the user's channel.
        let hygienic = |name: String, at: Span| Ident::new(&name, Span::mixed_site().located_at(at));
        let mut lets = Vec::new();
        let mut cases = Vec::new();
        let mut match_arms = Vec::new();
        let mut default_body = None;
        for arm in self.arms {
            let body = arm.body;
            let n = cases.len();
            let index = Literal::usize_unsuffixed(n);
            let (chan, case_value) = match arm.kind {
                ArmKind::Default => {
                    default_body = Some(body);
                    continue;
                }
                ArmKind::Recv { chan, bind } => {
                    let case = hygienic(format!("__c{n}"), chan.span());
                    let take = match bind {
                        None => quote! { let _ = #case.take_opt(); },
                        Some(RecvBind::Value(Pat::Wild(w))) => quote_spanned! {w.span()=> let _ = #case.take_opt(); },
                        Some(RecvBind::Value(pat)) => quote_spanned! {pat.span()=> let #pat = #case.take().0; },
                        Some(RecvBind::ValueOk(v, ok)) => quote_spanned! {v.span()=> let (#v, #ok) = #case.take(); },
                    };
                    match_arms.push((index, quote! { #take #body }));
                    (chan, None)
                }
                ArmKind::Send { chan, value } => {
                    match_arms.push((index, quote! { #body }));
                    (chan, Some(value))
                }
            };
            let ch = hygienic(format!("__ch{n}"), chan.span());
            let case = hygienic(format!("__c{n}"), chan.span());
            let chan_ref = borrow(&chan);
            let make_case = match case_value {
                None => quote! { ::gort::select::recv(#ch) },
                Some(value) => quote! { ::gort::select::send(#ch, #value) },
            };
            lets.push(quote! {
                let #ch = #chan_ref;
                let mut #case = #make_case;
            });
            cases.push(case);
        }
        let index = Ident::new("__i", Span::mixed_site());
        let cases_arg = quote! { &mut [#(&mut #cases),*] };
        let (wait, arms) = match (default_body, flavor) {
            (Some(default), _) => {
                let arms = match_arms.into_iter().map(|(n, body)| quote! { ::core::option::Option::Some(#n) => { #body } });
                (
                    quote! { ::gort::select::try_select(#cases_arg) },
                    quote! { #(#arms)* ::core::option::Option::None => { #default } },
                )
            }
            (None, flavor) => {
                let wait = match flavor {
                    Flavor::Async => quote! { ::gort::select::select(#cases_arg).await },
                    Flavor::Blocking => quote! { ::gort::select::select_blocking(#cases_arg) },
                };
                let arms = match_arms.into_iter().map(|(n, body)| quote! { #n => { #body } });
                (wait, quote! { #(#arms)* })
            }
        };
        quote! {{
            #(#lets)*
            let #index = #wait;
            match #index {
                #arms
                _ => ::core::unreachable!(),
            }
        }}
    }
}
