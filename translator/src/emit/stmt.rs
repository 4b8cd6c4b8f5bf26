//! Statements: the dispatch over statement kinds, local declarations, `if`, `return`, and
//! `break`/`continue` (also out of a range-over-func body). Assignments, switches, loops,
//! `defer` and `goto` live in `assign`, `switch`, `loops`, `defer` and `goto`.

use quote::quote;
use syn::parse_quote;

use super::build;
use super::{BreakKind, Cx};
use crate::ast::{self, BranchKind, ExprKind, StmtKind, UnaryOp};
use crate::sema::{Basic, Storage, TypeId, TypeKind};

impl Cx<'_> {
    pub(super) fn stmts(&mut self, stmts: &[ast::Stmt]) -> Vec<syn::Stmt> {
        if let Some(out) = self.goto_stmts(stmts) {
            return out;
        }
        let mut out = Vec::new();
        for s in stmts {
            out.extend(self.stmt(s));
        }
        out
    }

    pub(super) fn stmt(&mut self, s: &ast::Stmt) -> Vec<syn::Stmt> {
        match &s.kind {
            StmtKind::Empty => vec![],
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Labeled { label, stmt } => self.labeled(label, stmt),
            StmtKind::Expr(e) => {
                let v = self.expr(e);
                vec![parse_quote!(#v;)]
            }
            StmtKind::Send { chan, value } => vec![self.send_stmt(chan, value)],
            StmtKind::IncDec { x, inc } => vec![self.inc_dec(x, *inc)],
            StmtKind::Assign { lhs, op, rhs } => self.assign(lhs, *op, rhs),
            StmtKind::Go(call) => vec![self.go_stmt(call)],
            StmtKind::Defer(call) => vec![self.defer_stmt(call)],
            StmtKind::Return(vals) => self.return_stmt(vals),
            StmtKind::Branch { kind, label } => self.branch(s, *kind, label.as_ref()),
            StmtKind::Block(b) => {
                let stmts = self.stmts(&b.stmts);
                vec![build::stmt(build::block_expr(None, stmts))]
            }
            StmtKind::If { init, cond, then, els } => vec![self.if_stmt(init.as_deref(), cond, then, els.as_deref())],
            StmtKind::Switch { init, tag, cases } => self.switch(None, init.as_deref(), tag.as_ref(), cases),
            StmtKind::TypeSwitch { init, bind, subject, cases } => self.type_switch(None, init.as_deref(), bind.as_ref(), subject, cases),
            StmtKind::Select { cases } => self.select_stmt(s, None, cases),
            StmtKind::For { init, cond, post, body } => self.with_row_caches(s.id, |cx| cx.for_loop(None, init.as_deref(), cond.as_ref(), post.as_deref(), body)),
            StmtKind::Range { key, value, define, x, body } => self.with_row_caches(s.id, |cx| cx.range(None, s.id, key.as_ref(), value.as_ref(), *define, x, body)),
            StmtKind::Bad => {
                let u = self.unsupported(s.span, "malformed statement");
                vec![parse_quote!(#u;)]
            }
        }
    }

    fn labeled(&mut self, label: &ast::Ident, stmt: &ast::Stmt) -> Vec<syn::Stmt> {
        let l = Some(label.name.clone());
        match &stmt.kind {
            StmtKind::For { init, cond, post, body } => self.with_row_caches(stmt.id, |cx| cx.for_loop(l, init.as_deref(), cond.as_ref(), post.as_deref(), body)),
            StmtKind::Range { key, value, define, x, body } => self.with_row_caches(stmt.id, |cx| cx.range(l, stmt.id, key.as_ref(), value.as_ref(), *define, x, body)),
            StmtKind::Switch { init, tag, cases } => self.switch(l, init.as_deref(), tag.as_ref(), cases),
            StmtKind::TypeSwitch { init, bind, subject, cases } => self.type_switch(l, init.as_deref(), bind.as_ref(), subject, cases),
            StmtKind::Select { cases } => self.select_stmt(stmt, l, cases),
            _ => self.stmt(stmt),
        }
    }

    fn local_decl(&mut self, d: &ast::Decl) -> Vec<syn::Stmt> {
        match &d.kind {
            ast::DeclKind::Var(specs) => {
                let mut out = Vec::new();
                for spec in specs {
                    out.extend(self.var_spec(spec));
                }
                out
            }
            ast::DeclKind::Const(specs) => {
                // Local constants: their uses are folded by sema; keep named items for reading.
                let mut out = Vec::new();
                for spec in specs {
                    for item in self.local_const(spec) {
                        out.push(syn::Stmt::Item(item));
                    }
                }
                out
            }
            ast::DeclKind::Type(specs) => {
                let mut out = Vec::new();
                for spec in specs {
                    for item in self.local_type(spec) {
                        out.push(syn::Stmt::Item(item));
                    }
                }
                out
            }
            _ => vec![],
        }
    }

    fn var_spec(&mut self, spec: &ast::VarSpec) -> Vec<syn::Stmt> {
        let mut out = Vec::new();
        if spec.values.len() == 1 && spec.names.len() > 1 {
            // `var a, b = f()`.
            let v = self.expr(&spec.values[0]);
            let tmp = self.temp("t");
            out.push(parse_quote!(let #tmp = #v;));
            for (i, n) in spec.names.iter().enumerate() {
                let idx = syn::Index::from(i);
                out.extend(self.declare(n, Some(parse_quote!(#tmp.#idx))));
            }
            return out;
        }
        for (i, n) in spec.names.iter().enumerate() {
            let v = spec.values.get(i).map(|v| self.expr(v));
            out.extend(self.declare(n, v));
        }
        out
    }

    /// `let [mut] x: T = v;` (or a shared cell) for a declared name; zero value when `v` is
    /// absent.
    pub(super) fn declare(&mut self, name: &ast::Ident, value: Option<syn::Expr>) -> Vec<syn::Stmt> {
        if name.is_blank() {
            return match value {
                Some(v) => vec![parse_quote!(let _ = #v;)],
                None => vec![],
            };
        }
        let Some(obj) = self.info.resolve(name.id) else { return vec![] };
        let t = self.info.obj(obj).ty;
        let value = match value {
            Some(v) => v,
            None => self.zero_value(t),
        };
        let id = self.var_ident(obj);
        if self.storage(obj) == Storage::Shared {
            let ty = self.rust_type(t);
            return vec![parse_quote!(let #id: ::gort::Ptr<#ty> = ::gort::Ptr::new(#value);)];
        }
        let written = self.fns.last().is_some_and(|f| f.written.contains(&obj));
        let m = if written || self.info.var_facts(obj).is_some_and(|f| f.reassigned || f.loop_var) { quote!(mut) } else { quote!() };
        if matches!(value, syn::Expr::Lit(_) | syn::Expr::Struct(_)) {
            vec![parse_quote!(let #m #id = #value;)]
        } else {
            let ty = self.rust_type(t);
            vec![parse_quote!(let #m #id: #ty = #value;)]
        }
    }

    /// `x := v` for one target (new variable or, in a redeclaration, an existing one).
    pub(super) fn define_var(&mut self, target: &ast::Expr, value: syn::Expr) -> Vec<syn::Stmt> {
        let ExprKind::Ident(name) = &target.unparen().kind else {
            let acc = self.access(target);
            return vec![self.write(acc, value)];
        };
        if name == "_" {
            return vec![parse_quote!(let _ = #value;)];
        }
        if self.is_new_var(target) {
            let ident = ast::Ident { id: target.id, name: name.clone(), span: target.span };
            self.declare(&ident, Some(value))
        } else {
            let acc = self.access(target);
            vec![self.write(acc, value)]
        }
    }

    /// The identifier on the left of `:=` declares a new variable (rather than reusing one).
    pub(super) fn is_new_var(&self, target: &ast::Expr) -> bool {
        match self.info.resolve(target.id) {
            Some(o) => self.info.obj(o).def == Some(target.id),
            None => true,
        }
    }

    /// The variable is captured by a closure in the current function (moving it out on return
    /// from inside that closure would break the closure's `Fn`-ness).
    fn in_closure_or_loop_capture(&self, o: crate::sema::ObjId) -> bool {
        self.closure_captures.last().is_some_and(|c| c.contains(&o))
    }

    fn return_stmt(&mut self, vals: &[ast::Expr]) -> Vec<syn::Stmt> {
        if self.fns.last().is_some_and(|f| f.yield_fn.is_some()) {
            // `return` inside a range-over-func body returns from the enclosing function.
            let results = self.fx().yield_fn.as_ref().map(|y| y.outer_results.clone()).unwrap_or_default();
            let v: syn::Expr = if vals.is_empty() { parse_quote!(()) } else { self.return_value(vals, &results) };
            let y = self.fx().yield_fn.as_mut().expect("yield fn");
            y.uses_ret = true;
            let (ctl, ret, st) = (y.ctl.clone(), y.ret.clone(), y.st.clone());
            return vec![parse_quote!({ #ret.set(Some(#v)); #ctl.set(255); return #st.done(); })];
        }
        let (has_defer, named, results) = {
            let f = self.fx();
            (f.has_defer, f.named_results.clone(), f.results.clone())
        };
        if has_defer && !named.is_empty() {
            // Assign the named results; the frame returns them after the deferred calls.
            let mut out = Vec::new();
            if !vals.is_empty() {
                let tmps: Vec<syn::Ident> = (0..named.len()).map(|_| self.temp("r")).collect();
                let v = self.return_value(vals, &results);
                out.push(parse_quote!(let (#(#tmps),*) = #v;));
                for (&r, tmp) in named.iter().zip(&tmps) {
                    let id = self.var_ident(r);
                    if self.storage(r) == Storage::Shared {
                        out.push(parse_quote!(#id.set(#tmp);));
                    } else {
                        out.push(parse_quote!(#id = #tmp;));
                    }
                }
            }
            out.push(parse_quote!(return;));
            return out;
        }
        if vals.is_empty() {
            if !named.is_empty() {
                let v = self.named_results_value();
                return vec![parse_quote!(return #v;)];
            }
            return vec![parse_quote!(return;)];
        }
        let v = self.return_value(vals, &results);
        vec![parse_quote!(return #v;)]
    }

    fn return_value(&mut self, vals: &[ast::Expr], results: &[TypeId]) -> syn::Expr {
        if vals.len() == 1 {
            // `return x` is x's last use: a plain local moves out instead of being cloned.
            if let (ExprKind::Ident(_), Some(o)) = (&vals[0].unparen().kind, self.info.resolve(vals[0].unparen().id)) {
                let local = matches!(self.info.obj(o).kind, crate::sema::ObjKind::Var(crate::sema::VarKind::Local | crate::sema::VarKind::Param));
                // A channel-direction conversion changes nothing in Rust.
                let conv_free = match self.info.conversion(vals[0].id) {
                    None => true,
                    Some(c) => c.kind == crate::sema::ConversionKind::Representation && matches!(self.info.types.kind(c.from), TypeKind::Chan(..)),
                };
                if local && self.storage(o) == Storage::Plain && !self.ref_params.contains(&o) && conv_free && !self.in_closure_or_loop_capture(o) {
                    let id = self.var_ident(o);
                    return parse_quote!(#id);
                }
            }
            return self.expr(&vals[0]);
        }
        let ops: Vec<&ast::Expr> = vals.iter().collect();
        let h = self.hoist_calls(&ops);
        let vs: Vec<syn::Expr> = vals.iter().map(|v| self.expr(v)).collect();
        let _ = results;
        self.unhoist(h, parse_quote!((#(#vs),*)))
    }

    pub(super) fn branch(&mut self, s: &ast::Stmt, kind: BranchKind, label: Option<&ast::Ident>) -> Vec<syn::Stmt> {
        if let Some(stmts) = self.yield_branch(kind, label) {
            return stmts;
        }
        if kind == BranchKind::Goto {
            return self.goto_stmt(s, label);
        }
        let breakables = &self.fns.last().expect("in a function").breakables;
        let target = match label {
            Some(l) => breakables.iter().rposition(|b| b.go_label.as_deref() == Some(l.name.as_str())),
            None => match kind {
                BranchKind::Break => breakables.len().checked_sub(1),
                _ => breakables.iter().rposition(|b| b.kind == BreakKind::Loop),
            },
        };
        match kind {
            BranchKind::Break => {
                let Some(i) = target else { return vec![parse_quote!(break;)] };
                let b = &breakables[i];
                match &b.break_label {
                    Some(l) => vec![parse_quote!(break #l;)],
                    None => vec![parse_quote!(break;)],
                }
            }
            BranchKind::Continue => {
                let Some(i) = target else { return vec![parse_quote!(continue;)] };
                let b = &breakables[i];
                match (&b.continue_label, b.continue_is_break) {
                    (Some(l), true) => vec![parse_quote!(break #l;)],
                    (Some(l), false) => vec![parse_quote!(continue #l;)],
                    (None, _) => vec![parse_quote!(continue;)],
                }
            }
            BranchKind::Fallthrough => vec![],
            BranchKind::Goto => unreachable!("goto is handled above"),
        }
    }

    /// `break`/`continue` inside a range-over-func body: of the loop itself, a return from the
    /// yield closure; aimed further out, a code in the control cell.
    fn yield_branch(&mut self, kind: BranchKind, label: Option<&ast::Ident>) -> Option<Vec<syn::Stmt>> {
        let f = self.fns.last()?;
        let st = f.yield_fn.as_ref()?.st.clone();
        if !matches!(kind, BranchKind::Break | BranchKind::Continue) {
            return None;
        }
        let target = match label {
            Some(l) => f.breakables.iter().rposition(|b| b.go_label.as_deref() == Some(l.name.as_str())),
            None if kind == BranchKind::Break => f.breakables.len().checked_sub(1),
            None => f.breakables.iter().rposition(|b| matches!(b.kind, BreakKind::Loop | BreakKind::YieldLoop)),
        };
        match target.map(|i| f.breakables[i].kind) {
            Some(BreakKind::YieldLoop) => Some(if kind == BranchKind::Break { vec![parse_quote!(return #st.done();)] } else { vec![parse_quote!(return #st.more();)] }),
            Some(_) => None,
            None => {
                let y = self.fx().yield_fn.as_mut().expect("yield fn");
                let code = (y.exits.len() + 1) as u8;
                y.exits.push((code, kind, label.map(|l| l.name.clone())));
                let ctl = y.ctl.clone();
                Some(vec![parse_quote!({ #ctl.set(#code); return #st.done(); })])
            }
        }
    }

    fn if_stmt(&mut self, init: Option<&ast::Stmt>, cond: &ast::Expr, then: &ast::Block, els: Option<&ast::Stmt>) -> syn::Stmt {
        let pre = init.map(|i| self.stmt(i)).unwrap_or_default();
        let c = self.expr(cond);
        let t = self.stmts(&then.stmts);
        let e: Option<syn::Expr> = els.map(|s| match &s.kind {
            StmtKind::If { init: None, cond, then, els } => {
                let st = self.if_stmt(None, cond, then, els.as_deref());
                match st {
                    syn::Stmt::Expr(e, _) => e,
                    other => build::block_expr(None, vec![other]),
                }
            }
            StmtKind::Block(b) => {
                let stmts = self.stmts(&b.stmts);
                build::block_expr(None, stmts)
            }
            _ => {
                let st = self.stmt(s);
                build::block_expr(None, st)
            }
        });
        let ifx = build::if_expr(c, t, e);
        if pre.is_empty() {
            build::stmt(ifx)
        } else {
            let mut all = pre;
            all.push(build::stmt(ifx));
            build::stmt(build::block_expr(None, all))
        }
    }

    fn local_const(&mut self, spec: &ast::ConstSpec) -> Vec<syn::Item> {
        let _ = spec;
        // Uses of local constants are folded to literals by `expr` (their names are not in
        // scope as Rust items in every block they are used in), so nothing is emitted.
        vec![]
    }

    fn local_type(&mut self, spec: &ast::TypeSpec) -> Vec<syn::Item> {
        let _ = spec;
        // Local types are emitted at the top level with the program's other types.
        vec![]
    }
}

#[allow(dead_code)]
fn unused(_: Basic, _: UnaryOp) {}
