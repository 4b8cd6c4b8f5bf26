//! `switch` and type `switch` statements: if-else chains inside a (labelled) block, with
//! `fallthrough` chains inlined and type cases tested on the interface value.

use syn::parse_quote;

use super::conc::breaks_out;
use super::build;
use super::{BreakKind, Breakable, Cx};
use crate::ast::{self, BranchKind, ExprKind, StmtKind};
use crate::sema::Storage;

impl Cx<'_> {
    pub(super) fn switch(&mut self, label: Option<String>, init: Option<&ast::Stmt>, tag: Option<&ast::Expr>, cases: &[ast::CaseClause]) -> Vec<syn::Stmt> {
        let mut pre = init.map(|i| self.stmt(i)).unwrap_or_default();
        let tag_v = tag.map(|t| {
            let v = self.expr(t);
            let id = self.temp("tag");
            pre.push(parse_quote!(let #id = #v;));
            id
        });
        let needs_label = cases.iter().any(|c| breaks_out(&c.body, label.as_deref()));
        let break_label = if needs_label { Some(self.temp_label("sw")) } else { None };
        self.fx().breakables.push(Breakable { kind: BreakKind::Switch, go_label: label, break_label: break_label.clone(), continue_label: None, continue_is_break: false });
        // The condition of each case.
        let mut conds: Vec<Option<syn::Expr>> = Vec::new();
        for c in cases {
            if c.is_default {
                conds.push(None);
                continue;
            }
            let mut parts = Vec::new();
            for e in &c.exprs {
                let part: syn::Expr = match &tag_v {
                    Some(tv) => {
                        if self.is_nil_expr(e) {
                            parse_quote!(#tv.is_nil())
                        } else {
                            let v = self.expr_ref(e);
                            parse_quote!(#tv == #v)
                        }
                    }
                    None => self.expr(e),
                };
                parts.push(part);
            }
            conds.push(Some(if parts.is_empty() { parse_quote!(false) } else { parse_quote!(#(#parts)||*) }));
        }
        let has_fallthrough = cases.iter().any(|c| c.body.last().is_some_and(|s| matches!(s.kind, StmtKind::Branch { kind: BranchKind::Fallthrough, .. })));
        // Bodies, with fallthrough chains inlined.
        let mut bodies: Vec<Vec<syn::Stmt>> = Vec::new();
        for i in 0..cases.len() {
            let mut b = Vec::new();
            let mut j = i;
            loop {
                b.extend(self.stmts(&cases[j].body));
                let ft = cases[j].body.last().is_some_and(|s| matches!(s.kind, StmtKind::Branch { kind: BranchKind::Fallthrough, .. }));
                if ft && j + 1 < cases.len() {
                    j += 1;
                } else {
                    break;
                }
            }
            bodies.push(b);
            if !has_fallthrough {
                continue;
            }
        }
        self.fx().breakables.pop();
        let default_idx = cases.iter().position(|c| c.is_default);
        let mut chain: Option<syn::Expr> = default_idx.map(|d| build::block_expr(None, bodies[d].clone()));
        for i in (0..cases.len()).rev() {
            let Some(cond) = conds[i].clone() else { continue };
            let b = bodies[i].clone();
            chain = Some(build::if_expr(cond, b, chain));
        }
        let chain: syn::Expr = chain.unwrap_or_else(|| build::block_expr(None, vec![]));
        match break_label {
            Some(l) => {
                let mut all = pre;
                all.push(build::stmt(chain));
                vec![build::stmt(build::block_expr(Some(l), all))]
            }
            None if pre.is_empty() => vec![build::stmt(chain)],
            None => {
                let mut all = pre;
                all.push(build::stmt(chain));
                vec![build::stmt(build::block_expr(None, all))]
            }
        }
    }

    pub(super) fn type_switch(&mut self, label: Option<String>, init: Option<&ast::Stmt>, bind: Option<&ast::Ident>, subject: &ast::Expr, cases: &[ast::TypeCaseClause]) -> Vec<syn::Stmt> {
        let mut pre = init.map(|i| self.stmt(i)).unwrap_or_default();
        // The subject is `x.(type)`: x's value.
        let x = match &subject.unparen().kind {
            ExprKind::TypeAssert { x, .. } => x.as_ref(),
            _ => subject,
        };
        let xt = self.ty(x);
        let xv = self.expr(x);
        let sid = self.temp("x");
        pre.push(parse_quote!(let #sid = #xv;));
        let needs_label = cases.iter().any(|c| breaks_out(&c.body, label.as_deref()));
        let break_label = if needs_label { Some(self.temp_label("sw")) } else { None };
        self.fx().breakables.push(Breakable { kind: BreakKind::Switch, go_label: label, break_label: break_label.clone(), continue_label: None, continue_is_break: false });
        let mut arms: Vec<(Option<syn::Expr>, Vec<syn::Stmt>)> = Vec::new();
        let mut default: Option<Vec<syn::Stmt>> = None;
        for c in cases {
            let var = self.info.type_switch_var(c.id);
            let single = if c.types.len() == 1 && !self.is_nil_expr(&c.types[0]) { Some(self.ty(&c.types[0])) } else { None };
            let mut prelude: Vec<syn::Stmt> = Vec::new();
            let cond: Option<syn::Expr>;
            if c.is_default {
                cond = None;
            } else {
                let mut parts: Vec<syn::Expr> = Vec::new();
                for te in &c.types {
                    if self.is_nil_expr(te) {
                        parts.push(parse_quote!(#sid.is_nil()));
                        continue;
                    }
                    let tt = self.ty(te);
                    if self.info.types.is_interface(tt) {
                        let d = self.iface_dyn(tt);
                        if self.is_empty_interface(tt) {
                            parts.push(parse_quote!(!#sid.is_nil()));
                        } else {
                            parts.push(parse_quote!(#sid.convert::<#d>().is_some()));
                        }
                    } else {
                        let rt = self.tag_type(tt).unwrap_or_else(|| self.rust_type(tt));
                        parts.push(parse_quote!(#sid.is::<#rt>()));
                    }
                }
                cond = Some(parse_quote!(#(#parts)||*));
            }
            if let (Some(v), Some(_)) = (var, bind) {
                let vt = self.info.obj(v).ty;
                let value: syn::Expr = match single {
                    Some(tt) if self.info.types.is_interface(tt) && !self.is_empty_interface(tt) => {
                        let d = self.iface_dyn(tt);
                        parse_quote!(#sid.convert::<#d>().unwrap_or_default())
                    }
                    Some(tt) if !self.info.types.is_interface(tt) => match self.tag_type(tt) {
                        Some(tag) => parse_quote!(#sid.downcast::<#tag>().unwrap_or_default().0),
                        None => {
                            let rt = self.rust_type(tt);
                            parse_quote!(#sid.downcast::<#rt>().unwrap_or_default())
                        }
                    },
                    _ => parse_quote!(#sid.clone()),
                };
                let _ = vt;
                // The clause's own object carries the storage decision.
                let id = self.var_ident(v);
                if self.storage(v) == Storage::Shared {
                    prelude.push(parse_quote!(let #id = ::gort::Ptr::new(#value);));
                } else {
                    prelude.push(parse_quote!(let mut #id = #value;));
                }
            }
            let body = self.stmts(&c.body);
            let mut all = prelude;
            all.extend(body);
            match cond {
                Some(c) => arms.push((Some(c), all)),
                None => default = Some(all),
            }
        }
        self.fx().breakables.pop();
        let _ = xt;
        let mut chain: Option<syn::Expr> = default.map(|d| build::block_expr(None, d));
        for (cond, body) in arms.into_iter().rev() {
            let cond = cond.expect("non-default arm");
            chain = Some(build::if_expr(cond, body, chain));
        }
        let chain: syn::Expr = chain.unwrap_or_else(|| build::block_expr(None, vec![]));
        let mut all = pre;
        all.push(build::stmt(chain));
        vec![build::stmt(build::block_expr(break_label, all))]
    }
}
