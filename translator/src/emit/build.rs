//! Direct construction of the syn nodes that hold other code (blocks, `if`, loops, async
//! blocks). `parse_quote!` re-parses every token it splices, so building a container around
//! an already-built body with it costs the body's size once per level of nesting; these
//! helpers attach the body as a tree instead.

/// `{ stmts }`.
pub fn block(stmts: Vec<syn::Stmt>) -> syn::Block {
    syn::Block { brace_token: Default::default(), stmts }
}

/// `{ stmts }` as an expression, with an optional label (`'l: { … }`).
pub fn block_expr(label: Option<syn::Lifetime>, stmts: Vec<syn::Stmt>) -> syn::Expr {
    syn::Expr::Block(syn::ExprBlock { attrs: vec![], label: label.map(label_of), block: block(stmts) })
}

/// An expression statement without a trailing semicolon (blocks, `if`, loops).
pub fn stmt(e: syn::Expr) -> syn::Stmt {
    syn::Stmt::Expr(e, None)
}

/// `if cond { then } [else els]`.
pub fn if_expr(cond: syn::Expr, then: Vec<syn::Stmt>, els: Option<syn::Expr>) -> syn::Expr {
    syn::Expr::If(syn::ExprIf {
        attrs: vec![],
        if_token: Default::default(),
        cond: Box::new(cond),
        then_branch: block(then),
        else_branch: els.map(|e| (Default::default(), Box::new(e))),
    })
}

/// `['l:] while cond { body }`.
pub fn while_expr(label: Option<syn::Lifetime>, cond: syn::Expr, body: Vec<syn::Stmt>) -> syn::Expr {
    syn::Expr::While(syn::ExprWhile { attrs: vec![], label: label.map(label_of), while_token: Default::default(), cond: Box::new(cond), body: block(body) })
}

/// `['l:] loop { body }`.
pub fn loop_expr(label: Option<syn::Lifetime>, body: Vec<syn::Stmt>) -> syn::Expr {
    syn::Expr::Loop(syn::ExprLoop { attrs: vec![], label: label.map(label_of), loop_token: Default::default(), body: block(body) })
}

/// `['l:] for pat in iter { body }`.
pub fn for_expr(label: Option<syn::Lifetime>, pat: syn::Pat, iter: syn::Expr, body: Vec<syn::Stmt>) -> syn::Expr {
    syn::Expr::ForLoop(syn::ExprForLoop {
        attrs: vec![],
        label: label.map(label_of),
        for_token: Default::default(),
        pat: Box::new(pat),
        in_token: Default::default(),
        expr: Box::new(iter),
        body: block(body),
    })
}

/// Replaces the block of the first closure or async block found in `template` (parsed with
/// an empty body `{}`) by `body`: `hole(parse_quote!(move |x| -> R {}), stmts)`.
pub fn fill(mut template: syn::Expr, body: Vec<syn::Stmt>) -> syn::Expr {
    fn fill_in(e: &mut syn::Expr, body: &mut Option<Vec<syn::Stmt>>) -> bool {
        match e {
            syn::Expr::Closure(c) => fill_in(&mut c.body, body),
            syn::Expr::Async(a) => {
                a.block.stmts = body.take().unwrap_or_default();
                true
            }
            syn::Expr::Block(b) if b.block.stmts.is_empty() => {
                b.block.stmts = body.take().unwrap_or_default();
                true
            }
            syn::Expr::Block(b) => b.block.stmts.iter_mut().any(|s| match s {
                syn::Stmt::Expr(e, _) => fill_in(e, body),
                _ => false,
            }),
            syn::Expr::Call(c) => c.args.iter_mut().any(|a| fill_in(a, body)),
            syn::Expr::MethodCall(m) => fill_in(&mut m.receiver, body) || m.args.iter_mut().any(|a| fill_in(a, body)),
            syn::Expr::Await(a) => fill_in(&mut a.base, body),
            syn::Expr::Paren(p) => fill_in(&mut p.expr, body),
            _ => false,
        }
    }
    let mut b = Some(body);
    let filled = fill_in(&mut template, &mut b);
    debug_assert!(filled, "template has no empty body to fill");
    template
}

fn label_of(l: syn::Lifetime) -> syn::Label {
    syn::Label { name: l, colon_token: Default::default() }
}
