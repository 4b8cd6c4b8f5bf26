//! Statements and control flow: declarations, assignments, if/switch/type switch, loops and
//! range, labels, break/continue, return, defer.

use quote::quote;
use syn::parse_quote;

use super::conc::breaks_out;
use super::build;
use super::names;
use super::{BreakKind, Breakable, Cx};
use crate::ast::{self, AssignOp, BinaryOp, BranchKind, ExprKind, StmtKind, UnaryOp};
use crate::sema::{Basic, CallKind, FuncRef, Selection, Storage, TypeId, TypeKind};

impl Cx<'_> {
    pub(super) fn stmts(&mut self, stmts: &[ast::Stmt]) -> Vec<syn::Stmt> {
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
            StmtKind::For { init, cond, post, body } => self.for_loop(None, init.as_deref(), cond.as_ref(), post.as_deref(), body),
            StmtKind::Range { key, value, define, x, body } => self.range(None, s.id, key.as_ref(), value.as_ref(), *define, x, body),
            StmtKind::Bad => {
                let u = self.unsupported(s.span, "malformed statement");
                vec![parse_quote!(#u;)]
            }
        }
    }

    fn labeled(&mut self, label: &ast::Ident, stmt: &ast::Stmt) -> Vec<syn::Stmt> {
        let l = Some(label.name.clone());
        match &stmt.kind {
            StmtKind::For { init, cond, post, body } => self.for_loop(l, init.as_deref(), cond.as_ref(), post.as_deref(), body),
            StmtKind::Range { key, value, define, x, body } => self.range(l, stmt.id, key.as_ref(), value.as_ref(), *define, x, body),
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
    fn is_new_var(&self, target: &ast::Expr) -> bool {
        match self.info.resolve(target.id) {
            Some(o) => self.info.obj(o).def == Some(target.id),
            None => true,
        }
    }

    fn assign(&mut self, lhs: &[ast::Expr], op: AssignOp, rhs: &[ast::Expr]) -> Vec<syn::Stmt> {
        match op {
            AssignOp::Op(bop) => vec![self.op_assign(&lhs[0], bop, &rhs[0])],
            AssignOp::Define | AssignOp::Assign => {
                let define = op == AssignOp::Define;
                if lhs.len() == 1 && rhs.len() == 1 {
                    let v = self.expr(&rhs[0]);
                    if lhs[0].as_ident() == Some("_") {
                        // Keep the value's type known to Rust (`_ = make([]int, n)`).
                        let ty = self.rust_type(self.ty(&rhs[0]));
                        return vec![parse_quote!(let _: #ty = #v;)];
                    }
                    return if define { self.define_var(&lhs[0], v) } else { self.store(&lhs[0], v) };
                }
                // Several targets: Go evaluates the index and pointer operands on the left and
                // every right-hand side first, then assigns left to right.
                let mut out: Vec<syn::Stmt> = if define { Vec::new() } else { self.bind_place_operands(lhs) };
                let tmps: Vec<syn::Ident> = (0..lhs.len()).map(|_| self.temp("t")).collect();
                if rhs.len() == 1 {
                    let v = self.expr(&rhs[0]);
                    out.push(parse_quote!(let (#(#tmps),*) = #v;));
                } else {
                    let vals: Vec<syn::Expr> = rhs.iter().map(|r| self.expr(r)).collect();
                    out.push(parse_quote!(let (#(#tmps),*) = (#(#vals),*);));
                }
                for (target, tmp) in lhs.iter().zip(&tmps) {
                    let v: syn::Expr = parse_quote!(#tmp);
                    if define {
                        out.extend(self.define_var(target, v));
                    } else {
                        out.extend(self.store(target, v));
                    }
                }
                self.subst.clear();
                out
            }
        }
    }

    /// The variable is captured by a closure in the current function (moving it out on return
    /// from inside that closure would break the closure's `Fn`-ness).
    fn in_closure_or_loop_capture(&self, o: crate::sema::ObjId) -> bool {
        self.closure_captures.last().is_some_and(|c| c.contains(&o))
    }

    /// Binds the operands of index expressions and pointer indirections among assignment
    /// targets to temporaries (registered as substitutions).
    fn bind_place_operands(&mut self, lhs: &[ast::Expr]) -> Vec<syn::Stmt> {
        let mut binds = Vec::new();
        for target in lhs {
            let mut ops: Vec<&ast::Expr> = Vec::new();
            match &target.unparen().kind {
                ExprKind::Index { x, indices } if indices.len() == 1 => {
                    let u = self.info.types.underlying(self.ty(x));
                    if !matches!(self.info.types.kind(u), TypeKind::Array(..)) {
                        ops.push(x);
                    }
                    ops.push(&indices[0]);
                }
                ExprKind::Star(p) => ops.push(p),
                _ => {}
            }
            for op in ops {
                if self.info.const_value(op.id).is_some() || self.subst.contains_key(&op.id) {
                    continue;
                }
                let v = self.expr_no_conv(op);
                let tmp = self.temp("l");
                binds.push(parse_quote!(let #tmp = #v;));
                self.subst.insert(op.id, parse_quote!(#tmp));
            }
        }
        binds
    }

    /// `target = value` for any assignable Go expression (incl. map elements and `_`).
    fn store(&mut self, target: &ast::Expr, value: syn::Expr) -> Vec<syn::Stmt> {
        if target.as_ident() == Some("_") {
            return vec![parse_quote!(let _ = #value;)];
        }
        if let ExprKind::Index { x, indices } = &target.unparen().kind {
            if matches!(self.info.types.kind(self.info.types.underlying(self.ty(x))), TypeKind::Map(..)) {
                let m = self.expr_ref_under(x);
                let k = self.expr(&indices[0]);
                return vec![parse_quote!(#m.set(#k, #value);)];
            }
        }
        let acc = self.access(target);
        vec![self.write(acc, value)]
    }

    fn op_assign(&mut self, target: &ast::Expr, op: BinaryOp, rhs: &ast::Expr) -> syn::Stmt {
        let t = self.ty(target);
        let named = self.is_newtype(t) || self.info.types.named(t).is_some_and(|n| n.pkg == "time");
        let v = if named { self.expr_under(rhs) } else { self.expr(rhs) };
        let is_str = self.info.types.is_string(t);
        let is_int = self.info.types.is_integer(t);
        let rc = self.info.const_value(rhs.id).cloned();
        let is_map = matches!(&target.unparen().kind, ExprKind::Index { x, .. } if matches!(self.info.types.kind(self.info.types.underlying(self.ty(x))), TypeKind::Map(..)));
        let acc = if is_map { None } else { Some(self.access(target)) };
        // Inside a cell's closure only already-evaluated operands may appear: a non-trivial
        // right-hand side goes to a temporary first. A plain local takes it directly.
        let direct = super::access::is_trivial(&v) || acc.as_ref().is_some_and(|a| matches!(a.root, super::access::Root::Local(_)));
        let (bind, vv): (Option<syn::Stmt>, syn::Expr) = if direct {
            (None, v)
        } else {
            let value_tmp = self.temp("v");
            (Some(parse_quote!(let #value_tmp = #v;)), parse_quote!(#value_tmp))
        };
        let build = move |place: syn::Expr| -> syn::Expr {
            let place: syn::Expr = if named { parse_quote!(#place.0) } else { place };
            match op {
                BinaryOp::Add if is_str => parse_quote!(#place += &#vv),
                BinaryOp::Add => parse_quote!(#place += #vv),
                BinaryOp::Sub => parse_quote!(#place -= #vv),
                BinaryOp::Mul => parse_quote!(#place *= #vv),
                BinaryOp::Div | BinaryOp::Rem if is_int && !rc.as_ref().and_then(|c| c.to_int()).is_some_and(|i| !i.is_zero() && i.to_i64() != Some(-1)) => {
                    if op == BinaryOp::Div { parse_quote!(#place = ::gort::value::ops::div(#place, #vv)) } else { parse_quote!(#place = ::gort::value::ops::rem(#place, #vv)) }
                }
                BinaryOp::Div => parse_quote!(#place /= #vv),
                BinaryOp::Rem => parse_quote!(#place %= #vv),
                BinaryOp::And => parse_quote!(#place &= #vv),
                BinaryOp::Or => parse_quote!(#place |= #vv),
                BinaryOp::Xor => parse_quote!(#place ^= #vv),
                BinaryOp::AndNot => parse_quote!(#place &= !#vv),
                BinaryOp::Shl => parse_quote!(#place = ::gort::value::ops::shl(#place, #vv)),
                BinaryOp::Shr => parse_quote!(#place = ::gort::value::ops::shr(#place, #vv)),
                _ => parse_quote!(()),
            }
        };
        if let (true, ExprKind::Index { x, indices }) = (is_map, &target.unparen().kind) {
            let m = self.expr_ref_under(x);
            let k = self.expr(&indices[0]);
            let assign = build(parse_quote!((*__v)));
            // Go evaluates the index operand before the right-hand side.
            return match bind {
                Some(b) => parse_quote!({ let __key = #k; #b #m.with_mut(__key, |__v| #assign); }),
                None => parse_quote!(#m.with_mut(#k, |__v| #assign);),
            };
        }
        let st = self.update(acc.expect("not a map element"), build);
        match bind {
            Some(b) => parse_quote!({ #b #st }),
            None => st,
        }
    }

    fn inc_dec(&mut self, x: &ast::Expr, inc: bool) -> syn::Stmt {
        let t = self.ty(x);
        let under = self.info.types.underlying(t);
        let one: syn::Expr = match self.info.types.kind(under) {
            TypeKind::Basic(b) if b.is_float() => parse_quote!(1.0),
            _ => parse_quote!(1),
        };
        let named = self.is_newtype(t);
        let build = move |place: syn::Expr| -> syn::Expr {
            let place: syn::Expr = if named { parse_quote!(#place.0) } else { place };
            if inc { parse_quote!(#place += #one) } else { parse_quote!(#place -= #one) }
        };
        if let ExprKind::Index { x: m, indices } = &x.unparen().kind {
            if matches!(self.info.types.kind(self.info.types.underlying(self.ty(m))), TypeKind::Map(..)) {
                let mv = self.expr_ref_under(m);
                let k = self.expr(&indices[0]);
                let assign = build(parse_quote!((*__v)));
                return parse_quote!(#mv.with_mut(#k, |__v| #assign););
            }
        }
        let acc = self.access(x);
        self.update(acc, build)
    }

    fn return_stmt(&mut self, vals: &[ast::Expr]) -> Vec<syn::Stmt> {
        if self.fns.last().is_some_and(|f| f.yield_fn.is_some()) {
            // `return` inside a range-over-func body returns from the enclosing function.
            let results = self.fx().yield_fn.as_ref().map(|y| y.outer_results.clone()).unwrap_or_default();
            let v: syn::Expr = if vals.is_empty() { parse_quote!(()) } else { self.return_value(vals, &results) };
            let y = self.fx().yield_fn.as_mut().expect("yield fn");
            y.uses_ret = true;
            let (ctl, ret) = (y.ctl.clone(), y.ret.clone());
            return vec![parse_quote!({ #ret.set(Some(#v)); #ctl.set(255); return false; })];
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
        let vs: Vec<syn::Expr> = vals.iter().map(|v| self.expr(v)).collect();
        let _ = results;
        parse_quote!((#(#vs),*))
    }

    fn branch(&mut self, s: &ast::Stmt, kind: BranchKind, label: Option<&ast::Ident>) -> Vec<syn::Stmt> {
        if let Some(stmts) = self.yield_branch(kind, label) {
            return stmts;
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
            BranchKind::Goto => {
                let u = self.unsupported(s.span, "goto");
                vec![parse_quote!(#u;)]
            }
        }
    }

    /// `break`/`continue` inside a range-over-func body: of the loop itself, a return from the
    /// yield closure; aimed further out, a code in the control cell.
    fn yield_branch(&mut self, kind: BranchKind, label: Option<&ast::Ident>) -> Option<Vec<syn::Stmt>> {
        let f = self.fns.last()?;
        f.yield_fn.as_ref()?;
        if !matches!(kind, BranchKind::Break | BranchKind::Continue) {
            return None;
        }
        let target = match label {
            Some(l) => f.breakables.iter().rposition(|b| b.go_label.as_deref() == Some(l.name.as_str())),
            None if kind == BranchKind::Break => f.breakables.len().checked_sub(1),
            None => f.breakables.iter().rposition(|b| matches!(b.kind, BreakKind::Loop | BreakKind::YieldLoop)),
        };
        match target.map(|i| f.breakables[i].kind) {
            Some(BreakKind::YieldLoop) => Some(if kind == BranchKind::Break { vec![parse_quote!(return false;)] } else { vec![parse_quote!(return true;)] }),
            Some(_) => None,
            None => {
                let y = self.fx().yield_fn.as_mut().expect("yield fn");
                let code = (y.exits.len() + 1) as u8;
                y.exits.push((code, kind, label.map(|l| l.name.clone())));
                let ctl = y.ctl.clone();
                Some(vec![parse_quote!({ #ctl.set(#code); return false; })])
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

    fn switch(&mut self, label: Option<String>, init: Option<&ast::Stmt>, tag: Option<&ast::Expr>, cases: &[ast::CaseClause]) -> Vec<syn::Stmt> {
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

    fn type_switch(&mut self, label: Option<String>, init: Option<&ast::Stmt>, bind: Option<&ast::Ident>, subject: &ast::Expr, cases: &[ast::TypeCaseClause]) -> Vec<syn::Stmt> {
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

    /// Labels for a loop: `'label` for `break`/`continue`, plus a body-block label when a
    /// `continue` must still run the post statement.
    fn loop_breakable(&mut self, label: Option<String>, body: &ast::Block, has_post: bool) -> (Option<syn::Lifetime>, Option<syn::Lifetime>, bool) {
        let needs_continue = has_post && continues_to(&body.stmts, label.as_deref());
        // Rust rejects an unlabelled `break`/`continue` inside a labelled block, so a loop whose
        // body block is labelled, or whose body reaches it from inside a switch or select
        // (emitted as labelled blocks), gets a label of its own.
        let rust_label = match &label {
            Some(l) => Some(names::label(l)),
            None if needs_continue || branches_from_nested(&body.stmts) => Some(self.temp_label("loop")),
            None => None,
        };
        let body_label = if needs_continue { Some(self.temp_label("body")) } else { None };
        let continue_label = body_label.clone().or_else(|| rust_label.clone());
        self.fx().breakables.push(Breakable { kind: BreakKind::Loop, go_label: label, break_label: rust_label.clone(), continue_label, continue_is_break: needs_continue });
        (rust_label, body_label, needs_continue)
    }

    fn for_loop(&mut self, label: Option<String>, init: Option<&ast::Stmt>, cond: Option<&ast::Expr>, post: Option<&ast::Stmt>, body: &ast::Block) -> Vec<syn::Stmt> {
        let pre = init.map(|i| self.stmt(i)).unwrap_or_default();
        // Go ≥ 1.22 gives each iteration its own loop variables; that is only observable when
        // a variable lives in a shared cell (captured and written, or addressed).
        let per_iter_vars: Vec<crate::sema::ObjId> = match init.map(|i| &i.kind) {
            Some(StmtKind::Assign { lhs, op: AssignOp::Define, .. }) if self.info.per_iteration_loop_vars => {
                lhs.iter().filter_map(|l| self.info.resolve(l.id)).filter(|&o| self.storage(o) == Storage::Shared).collect()
            }
            _ => vec![],
        };
        let (rust_label, body_label, _) = self.loop_breakable(label, body, post.is_some());
        let c = cond.map(|c| self.expr(c));
        let mut b = self.stmts(&body.stmts);
        if self.may_spin(cond, body) {
            // Go would preempt this loop; the runtime needs a point to do it.
            let point: syn::Stmt = if self.fns.last().is_none_or(|f| f.is_async) { parse_quote!(::gort::preempt::point().await;) } else { parse_quote!(::gort::preempt::point_sync();) };
            b.insert(0, point);
        }
        // The post statement sees the loop's variables, not the body's: a body that redeclares
        // one (`i := i`) keeps its declarations in a block of their own.
        if post.is_some() && body_label.is_none() && redeclares(&body.stmts, init) {
            b = vec![build::stmt(build::block_expr(None, b))];
        }
        let p = post.map(|p| self.stmt(p)).unwrap_or_default();
        self.fx().breakables.pop();
        let lbl = rust_label.clone().map(|l| quote!(#l:));
        let body_block: syn::Block = match &body_label {
            Some(bl) => build::block(vec![build::stmt(build::block_expr(Some(bl.clone()), b))]),
            None => build::block(b),
        };
        let loop_stmt: syn::Stmt = if !per_iter_vars.is_empty() {
            // Fresh cells per iteration: copy the values over, then run post on the new ones.
            // `__prev_i` holds the previous iteration's cell: each iteration copies it into a
            // fresh cell, runs post on the fresh one, and hands it on at the end.
            let ids: Vec<syn::Ident> = per_iter_vars.iter().map(|&o| self.var_ident(o)).collect();
            let prevs: Vec<syn::Ident> = ids.iter().map(|i| syn::Ident::new(&format!("__prev_{i}"), proc_macro2::Span::call_site())).collect();
            let bodies = &body_block.stmts;
            let cond_check: Option<syn::Stmt> = c.as_ref().map(|c| parse_quote!(if !(#c) { break; }));
            parse_quote!({
                #(let mut #prevs = #ids.clone();)*
                let mut __first = true;
                #lbl loop {
                    #(let #ids = ::gort::Ptr::new(#prevs.get());)*
                    if !__first { #(#p)* }
                    __first = false;
                    #cond_check
                    #(#bodies)*
                    #(#prevs = #ids.clone();)*
                }
            })
        } else {
            let mut all = body_block.stmts;
            all.extend(p);
            match c {
                Some(c) => build::stmt(build::while_expr(rust_label, c, all)),
                None => build::stmt(build::loop_expr(rust_label, all)),
            }
        };
        let _ = lbl;
        if pre.is_empty() {
            vec![loop_stmt]
        } else {
            let mut all = pre;
            all.push(loop_stmt);
            vec![build::stmt(build::block_expr(None, all))]
        }
    }

    fn range(&mut self, label: Option<String>, id: ast::NodeId, key: Option<&ast::Expr>, value: Option<&ast::Expr>, define: bool, x: &ast::Expr, body: &ast::Block) -> Vec<syn::Stmt> {
        if let Some(crate::sema::RangeKind::Func(_)) = self.info.range_kind(id) {
            return self.range_func(label, id, key, value, define, x, body);
        }
        let key = key.filter(|k| k.as_ident() != Some("_"));
        let value = value.filter(|v| v.as_ident() != Some("_"));
        let xt = self.ty(x);
        let under = self.info.types.underlying(xt);
        let (rust_label, _, _) = self.loop_breakable(label, body, false);
        // Loop variables: bound by the loop pattern when they are new plain locals, else
        // assigned (or put in a cell) at the top of each iteration.
        let mut binds: Vec<syn::Stmt> = Vec::new();
        // Before Go 1.22 a range loop has one variable for all iterations: a variable that
        // lives in a cell gets that cell once, before the loop.
        let mut pre: Vec<syn::Stmt> = Vec::new();
        let mut define_k = define;
        let mut define_v = define;
        if define && !self.info.per_iteration_loop_vars {
            for (target, flag) in [(key, &mut define_k), (value, &mut define_v)] {
                let Some(target) = target else { continue };
                let Some(obj) = self.info.resolve(target.id) else { continue };
                if self.storage(obj) == Storage::Shared {
                    if let Some(name) = target.as_ident() {
                        let ident = ast::Ident { id: target.id, name: name.to_string(), span: target.span };
                        pre.extend(self.declare(&ident, None));
                        *flag = false;
                    }
                }
            }
        }
        let kid = self.range_pat(key, define_k, &mut binds, "k");
        let vid = self.range_pat(value, define_v, &mut binds, "v");
        let b = self.stmts(&body.stmts);
        self.fx().breakables.pop();
        let mut body_stmts = binds;
        body_stmts.extend(b);
        let label = rust_label;
        let stmt: syn::Stmt = match self.info.types.kind(under).clone() {
            TypeKind::Basic(bt) if bt.is_integer() => {
                let n = self.expr_under(x);
                if self.is_newtype(xt) && !matches!(kid, syn::Pat::Wild(_)) {
                    // The loop variable has the named type: wrap each value.
                    let ty = self.rust_type(xt);
                    let tmp = self.temp("n");
                    body_stmts.insert(0, parse_quote!(let #kid = #ty(#tmp);));
                    build::stmt(build::for_expr(label, parse_quote!(#tmp), parse_quote!(0..#n), body_stmts))
                } else {
                    build::stmt(build::for_expr(label, kid, parse_quote!(0..#n), body_stmts))
                }
            }
            TypeKind::Basic(bt) if bt.is_string() => {
                let s = self.expr_ref_under(x);
                build::stmt(build::for_expr(label, parse_quote!((#kid, #vid)), parse_quote!(#s.runes()), body_stmts))
            }
            TypeKind::Slice(_) | TypeKind::Array(..) => {
                let s = self.expr_ref_under(x);
                if value.is_none() {
                    build::stmt(build::for_expr(label, kid, parse_quote!(0..#s.len()), body_stmts))
                } else {
                    build::stmt(build::for_expr(label, parse_quote!((#kid, #vid)), parse_quote!(#s.iter()), body_stmts))
                }
            }
            TypeKind::Pointer(arr) => {
                // Ranging over a pointer to an array reads the elements live.
                let p = self.expr(x);
                let n = match self.info.types.kind(self.info.types.underlying(arr)) {
                    TypeKind::Array(n, _) => *n as i64,
                    _ => 0,
                };
                let idx = self.temp("i");
                if !matches!(vid, syn::Pat::Wild(_)) {
                    body_stmts.insert(0, parse_quote!(let #vid = #p.with(|__a| __a[#idx].clone());));
                }
                body_stmts.insert(0, parse_quote!(let #kid = #idx;));
                build::stmt(build::for_expr(label, parse_quote!(#idx), parse_quote!(0..#n), body_stmts))
            }
            TypeKind::Map(..) => {
                let m = self.expr_ref_under(x);
                build::stmt(build::for_expr(label, parse_quote!((#kid, #vid)), parse_quote!(#m.iter()), body_stmts))
            }
            TypeKind::Chan(..) => {
                let c = self.expr_ref_under(x);
                let is_async = self.fns.last().is_none_or(|f| f.is_async);
                // `while let` re-evaluates its scrutinee: the range expression is evaluated
                // once, before the loop.
                let (bind, ch): (Option<syn::Stmt>, syn::Expr) = if matches!(c, syn::Expr::Path(_)) {
                    (None, c)
                } else {
                    let tmp = self.temp("ch");
                    (Some(parse_quote!(let #tmp = &#c;)), parse_quote!(#tmp))
                };
                // The channel yields values; `key` is the value in Go's `for v := range ch`.
                let recv: syn::Expr = if is_async { parse_quote!(#ch.recv_opt().await) } else { parse_quote!(#ch.recv_opt_blocking()) };
                let cond: syn::Expr = parse_quote!(let Some(#kid) = #recv);
                let w = build::stmt(build::while_expr(label, cond, body_stmts));
                match bind {
                    Some(b) => build::stmt(build::block_expr(None, vec![b, w])),
                    None => w,
                }
            }
            TypeKind::Func(_) => {
                let u = self.unsupported(x.span, "range over a function iterator");
                parse_quote!(#u;)
            }
            _ => {
                let u = self.unsupported(x.span, "range over this type");
                parse_quote!(#u;)
            }
        };
        if pre.is_empty() {
            vec![stmt]
        } else {
            let mut all = pre;
            all.push(stmt);
            vec![build::stmt(build::block_expr(None, all))]
        }
    }

    /// `for k, v := range seq`: the body becomes the yield closure passed to `seq`.
    #[allow(clippy::too_many_arguments)]
    fn range_func(&mut self, label: Option<String>, id: ast::NodeId, key: Option<&ast::Expr>, value: Option<&ast::Expr>, define: bool, x: &ast::Expr, body: &ast::Block) -> Vec<syn::Stmt> {
        let xt = self.info.types.underlying(self.ty(x));
        let Some(it_sig) = self.info.types.signature(xt).cloned() else { return vec![] };
        let yield_t = it_sig.params.first().copied().unwrap_or(TypeId::INVALID);
        let y_sig = self.info.types.signature(yield_t).cloned().unwrap_or(crate::sema::Signature { params: vec![], results: vec![], variadic: false });
        let yield_async = self.info.is_async_func_type(yield_t) || self.info.is_async(FuncRef::Lit(id));
        let iter_async = self.info.is_async_func_type(xt);
        let outer_results = self.fx().results.clone();
        let seq = self.expr(x);
        let ctl = self.temp("ctl");
        let ret = self.temp("ret");
        // The closure's captures: every outer local the body (or the loop variables' targets)
        // mentions.
        let mut span = x.span.cover(body.span);
        for t in [key, value].into_iter().flatten() {
            span = span.cover(t.span);
        }
        let mut captured = self.captures_in(span, body);
        for t in [key, value].into_iter().flatten() {
            if !define {
                if let Some(o) = self.info.resolve(t.id) {
                    if !captured.contains(&o) {
                        captured.push(o);
                    }
                }
            }
        }
        let caps = self.capture_stmts(&captured);
        // Parameters: the loop variables (bound directly when new plain locals).
        let mut binds: Vec<syn::Stmt> = Vec::new();
        let targets = [key, value];
        let mut params: Vec<proc_macro2::TokenStream> = Vec::new();
        for (i, &pt) in y_sig.params.iter().enumerate() {
            let ty = self.rust_type(pt);
            let pat = self.range_pat(targets.get(i).copied().flatten().filter(|t| t.as_ident() != Some("_")), define, &mut binds, "y");
            params.push(quote!(#pat: #ty));
        }
        let written = super::func::written_vars(body, self.info);
        self.fns.push(super::FnState {
            is_async: yield_async,
            results: vec![],
            named_results: vec![],
            has_defer: false,
            breakables: vec![Breakable { kind: BreakKind::YieldLoop, go_label: label, break_label: None, continue_label: None, continue_is_break: false }],
            written,
            yield_fn: Some(super::YieldFn { ctl: ctl.clone(), ret: ret.clone(), outer_results: outer_results.clone(), uses_ret: false, exits: vec![] }),
        });
        let saved = self.enter_captures(&captured);
        let b = self.stmts(&body.stmts);
        self.leave_captures(saved);
        let state = self.fns.pop().expect("yield fn state");
        let y = state.yield_fn.expect("yield fn");
        let y_obj = self.fn_trait_object(yield_t);
        let closure: syn::Expr = if yield_async {
            let recaps = self.capture_stmts(&captured);
            parse_quote!(move |#(#params),*| -> ::gort::BoxFuture<'static, bool> { #(#recaps)* let #ctl = #ctl.clone(); let #ret = #ret.clone(); ::std::boxed::Box::pin(async move { #(#binds)* #(#b)* true }) })
        } else {
            parse_quote!(move |#(#params),*| -> bool { #(#binds)* #(#b)* true })
        };
        let call: syn::Expr = if iter_async { parse_quote!((*#seq)(__yield).await) } else { parse_quote!((*#seq)(__yield)) };
        let ret_ty = self.results_type(&outer_results);
        let mut after: Vec<syn::Stmt> = Vec::new();
        if y.uses_ret {
            let named = self.fx().named_results.clone();
            let has_defer = self.fx().has_defer;
            if has_defer && !named.is_empty() {
                let tmps: Vec<syn::Ident> = (0..named.len()).map(|_| self.temp("r")).collect();
                let sets: Vec<syn::Stmt> = named.iter().zip(&tmps).map(|(&r, t)| {
                    let id = self.var_ident(r);
                    if self.storage(r) == Storage::Shared { parse_quote!(#id.set(#t);) } else { parse_quote!(#id = #t;) }
                }).collect();
                after.push(parse_quote!(if #ctl.get() == 255 { let (#(#tmps),*) = #ret.get().unwrap(); #(#sets)* return; }));
            } else {
                after.push(parse_quote!(if #ctl.get() == 255 { return #ret.get().unwrap(); }));
            }
        }
        for (code, kind, lbl) in y.exits {
            let l = lbl.map(|n| ast::Ident { id: ast::NodeId(0), name: n, span: x.span });
            let st = self.branch(&ast::Stmt { id: ast::NodeId(0), span: x.span, kind: StmtKind::Empty }, kind, l.as_ref());
            after.push(parse_quote!(if #ctl.get() == #code { #(#st)* }));
        }
        let ret_decl: syn::Stmt = parse_quote!(let #ret: ::gort::Ptr<Option<#ret_ty>> = ::gort::Ptr::new(None););
        vec![parse_quote!({
            let #ctl: ::gort::Ptr<u8> = ::gort::Ptr::new(0);
            #ret_decl
            let __yield = ::gort::Func::<#y_obj>::new(::std::sync::Arc::new({ #(#caps)* let #ctl = #ctl.clone(); let #ret = #ret.clone(); #closure }));
            #call;
            #(#after)*
        })]
    }

    /// The loop pattern for one range variable: its own name when it is a new plain local,
    /// else a temporary that `binds` assigns (or puts in a cell) at the top of the body.
    fn range_pat(&mut self, target: Option<&ast::Expr>, define: bool, binds: &mut Vec<syn::Stmt>, base: &str) -> syn::Pat {
        let Some(target) = target else { return parse_quote!(_) };
        if define {
            if let (Some(name), Some(obj)) = (target.as_ident(), self.info.resolve(target.id)) {
                if self.storage(obj) == Storage::Plain && self.is_new_var(target) {
                    let _ = name;
                    let id = self.var_ident(obj);
                    let reassigned = self.info.var_facts(obj).is_some_and(|f| f.reassigned) || self.fns.last().is_some_and(|f| f.written.contains(&obj));
                    return if reassigned { parse_quote!(mut #id) } else { parse_quote!(#id) };
                }
            }
        }
        let tmp = self.temp(base);
        let value: syn::Expr = parse_quote!(#tmp);
        if define {
            binds.extend(self.define_var(target, value));
        } else {
            binds.extend(self.store(target, value));
        }
        parse_quote!(#tmp)
    }

    fn defer_stmt(&mut self, call: &ast::Expr) -> syn::Stmt {
        let ExprKind::Call { func, args, .. } = &call.unparen().kind else {
            let u = self.unsupported(call.span, "defer without a call");
            return parse_quote!(#u;);
        };
        // `defer func() { … }()`: the literal's body runs at exit.
        if let ExprKind::FuncLit { sig, body } = &func.unparen().kind {
            if args.is_empty() {
                let lit = func.unparen();
                let captured = self.captures(lit, body);
                let caps = self.capture_stmts(&captured);
                let results = self.info.types.signature(self.info.func_lit_type(lit.id)).map(|s| s.results.clone()).unwrap_or_default();
                let is_async = self.info.is_async(FuncRef::Lit(lit.id));
                let saved = self.enter_captures(&captured);
                let block = self.func_body_with(body, FuncRef::Lit(lit.id), &results, sig, vec![], false);
                self.leave_captures(saved);
                let direct = self.recover_fns.contains(&FuncRef::Lit(lit.id));
                return match (is_async, direct) {
                    (true, false) => parse_quote!(__defer.defer_async({ #(#caps)* move || ::std::boxed::Box::pin(async move { let _ = async move #block.await; }) });),
                    (true, true) => parse_quote!(__defer.defer_async({ #(#caps)* move || ::std::boxed::Box::pin(async move { let _ = ::gort::recover::direct_call(|| async move #block).await; }) });),
                    (false, false) => parse_quote!(__defer.defer({ #(#caps)* move || { let _ = (move || #block)(); } });),
                    (false, true) => parse_quote!(__defer.defer({ #(#caps)* move || { let _ = ::gort::recover::direct_call(move || #block); } });),
                };
            }
        }
        let info = self.info.call(call.unparen().id).cloned();
        let must_await = info.as_ref().is_some_and(|i| i.must_await);
        // Evaluate the callee, the receiver and the arguments now; call at exit.
        let binds = self.bind_call_operands(call, func, args);
        let call_expr = self.expr(call);
        self.subst.clear();
        self.recv_subst.clear();
        // A deferred function that calls recover() is marked as called directly.
        let callee_recovers = match info.as_ref().map(|i| &i.kind) {
            Some(CallKind::Func(o)) | Some(CallKind::Method(o)) => self.recover_fns.contains(&FuncRef::Decl(*o)),
            _ => false,
        };
        let call_expr: syn::Expr = if callee_recovers {
            match call_expr {
                syn::Expr::Await(a) => {
                    let base = &a.base;
                    parse_quote!(::gort::recover::direct_call(|| #base).await)
                }
                other => parse_quote!(::gort::recover::direct_call(|| #other)),
            }
        } else {
            call_expr
        };
        if must_await {
            parse_quote!(__defer.defer_async({ #(#binds)* move || ::std::boxed::Box::pin(async move { #call_expr; }) });)
        } else {
            parse_quote!(__defer.defer({ #(#binds)* move || { #call_expr; } });)
        }
    }

    /// Binds the operands Go evaluates at a `defer`/`go` statement (the func value of a call
    /// through a value, a method's receiver, every argument) to temporaries and registers
    /// them as substitutions, so building the call afterwards refers to the temporaries.
    pub(super) fn bind_call_operands(&mut self, call: &ast::Expr, func: &ast::Expr, args: &[ast::Expr]) -> Vec<syn::Stmt> {
        let mut binds: Vec<syn::Stmt> = Vec::new();
        let kind = self.info.call(call.unparen().id).map(|i| i.kind.clone());
        match kind {
            Some(CallKind::FuncValue) if self.method_expr_of(func).is_none() => {
                // The func value (a literal's closure too) is made now, capturing now.
                let v = self.expr_no_conv(func);
                let tmp = self.temp("f");
                binds.push(parse_quote!(let #tmp = #v;));
                self.subst.insert(func.id, parse_quote!(#tmp));
            }
            Some(CallKind::Method(_)) | Some(CallKind::InterfaceMethod { .. }) => {
                if let ExprKind::Selector { x, .. } = &func.unparen().kind {
                    // The receiver: a value receiver is copied now, a pointer receiver's
                    // pointer (or the addressed variable's cell) is taken now.
                    let xt = self.ty(x);
                    let needs_addr = self.info.implicitly_addressed(x.id) || matches!(self.info.selection(func.unparen().id), Some(crate::sema::Selection::Method { adjust: crate::sema::RecvAdjust::AddrOf, .. }));
                    if !needs_addr || self.is_std_handle(xt) {
                        let v = self.expr_no_conv(x);
                        let tmp = self.temp("r");
                        binds.push(parse_quote!(let #tmp = #v;));
                        self.subst.insert(x.id, parse_quote!(#tmp));
                    } else if let Some(Selection::Method { path, adjust, ptr_recv, .. }) = self.info.selection(func.unparen().id).cloned() {
                        // `defer v.PtrMethod()`: the pointer `&v` is taken now.
                        let (acc, recv_ty) = self.access_path(x, &path);
                        let r = self.receiver_owned(acc, recv_ty, adjust, ptr_recv);
                        let tmp = self.temp("r");
                        binds.push(parse_quote!(let #tmp = #r;));
                        self.recv_subst.insert(func.unparen().id, parse_quote!(&#tmp));
                    }
                }
            }
            _ => {}
        }
        for a in args {
            if self.info.const_value(a.id).is_some() {
                continue;
            }
            let v = self.expr_no_conv(a);
            let tmp = self.temp("d");
            binds.push(parse_quote!(let #tmp = #v;));
            self.subst.insert(a.id, parse_quote!(#tmp));
        }
        binds
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

impl Cx<'_> {
    /// A loop that can spin on shared state: it never blocks (no channel operation, select or
    /// call that awaits) and its condition or body reads something another goroutine can
    /// change (an atomic, a shared cell, a package variable, a mutex's `TryLock`).
    fn may_spin(&self, cond: Option<&ast::Expr>, body: &ast::Block) -> bool {
        struct V<'i> {
            info: &'i crate::sema::Info,
            blocks: bool,
            shared: bool,
        }
        impl crate::ast::visit::Visitor for V<'_> {
            fn visit_stmt(&mut self, s: &ast::Stmt) {
                match &s.kind {
                    StmtKind::Send { .. } | StmtKind::Select { .. } => self.blocks = true,
                    StmtKind::Go(_) => self.blocks = true,
                    _ => {}
                }
                crate::ast::visit::walk_stmt(self, s)
            }
            fn visit_expr(&mut self, e: &ast::Expr) {
                match &e.kind {
                    ExprKind::Unary { op: ast::UnaryOp::Recv, .. } => self.blocks = true,
                    ExprKind::Call { func, .. } => {
                        if let Some(ci) = self.info.call(e.id) {
                            if ci.must_await {
                                self.blocks = true;
                            }
                            if let CallKind::Method(m) = &ci.kind {
                                let o = self.info.obj(*m);
                                if o.pkg == "sync/atomic" || (o.pkg == "sync" && o.name.starts_with("Try")) {
                                    self.shared = true;
                                }
                            }
                            if let CallKind::Func(f) = &ci.kind {
                                let o = self.info.obj(*f);
                                if o.pkg == "sync/atomic" {
                                    self.shared = true;
                                }
                            }
                        }
                        let _ = func;
                    }
                    ExprKind::Ident(_) => {
                        if let Some(o) = self.info.resolve(e.id) {
                            let obj = self.info.obj(o);
                            if matches!(obj.kind, crate::sema::ObjKind::Var(crate::sema::VarKind::Global)) || (matches!(obj.kind, crate::sema::ObjKind::Var(_)) && self.info.storage(o) == Storage::Shared) {
                                self.shared = true;
                            }
                        }
                    }
                    ExprKind::FuncLit { .. } => return,
                    _ => {}
                }
                crate::ast::visit::walk_expr(self, e)
            }
        }
        let mut v = V { info: self.info, blocks: false, shared: false };
        if let Some(c) = cond {
            crate::ast::visit::Visitor::visit_expr(&mut v, c);
        }
        crate::ast::visit::walk_block(&mut v, body);
        v.shared && !v.blocks
    }
}

/// The body's top-level statements declare a name that the loop's init statement declares.
fn redeclares(body: &[ast::Stmt], init: Option<&ast::Stmt>) -> bool {
    let Some(StmtKind::Assign { lhs, op: AssignOp::Define, .. }) = init.map(|i| &i.kind) else { return false };
    let names: Vec<&str> = lhs.iter().filter_map(|l| l.as_ident()).collect();
    body.iter().any(|s| match &s.kind {
        StmtKind::Assign { lhs, op: AssignOp::Define, .. } => lhs.iter().any(|l| l.as_ident().is_some_and(|n| names.contains(&n))),
        StmtKind::Decl(d) => match &d.kind {
            ast::DeclKind::Var(specs) => specs.iter().any(|sp| sp.names.iter().any(|n| names.contains(&n.name.as_str()))),
            _ => false,
        },
        _ => false,
    })
}

/// A `break` or `continue` inside a switch, type switch or select of these statements (not
/// inside a nested loop) could target the enclosing loop.
fn branches_from_nested(stmts: &[ast::Stmt]) -> bool {
    fn any_branch(stmts: &[ast::Stmt]) -> bool {
        stmts.iter().any(|s| match &s.kind {
            StmtKind::Branch { kind: BranchKind::Break | BranchKind::Continue, .. } => true,
            StmtKind::Labeled { stmt, .. } => any_branch(std::slice::from_ref(stmt)),
            StmtKind::Block(b) => any_branch(&b.stmts),
            StmtKind::If { then, els, .. } => any_branch(&then.stmts) || els.as_deref().is_some_and(|e| any_branch(std::slice::from_ref(e))),
            StmtKind::Switch { cases, .. } => cases.iter().any(|c| any_branch(&c.body)),
            StmtKind::TypeSwitch { cases, .. } => cases.iter().any(|c| any_branch(&c.body)),
            StmtKind::Select { cases } => cases.iter().any(|c| any_branch(&c.body)),
            _ => false,
        })
    }
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Switch { cases, .. } => cases.iter().any(|c| any_branch(&c.body)),
        StmtKind::TypeSwitch { cases, .. } => cases.iter().any(|c| any_branch(&c.body)),
        StmtKind::Select { cases } => cases.iter().any(|c| any_branch(&c.body)),
        StmtKind::Labeled { stmt, .. } => branches_from_nested(std::slice::from_ref(stmt)),
        StmtKind::Block(b) => branches_from_nested(&b.stmts),
        StmtKind::If { then, els, .. } => branches_from_nested(&then.stmts) || els.as_deref().is_some_and(|e| branches_from_nested(std::slice::from_ref(e))),
        _ => false,
    })
}

/// A `continue` in these statements targets the loop being emitted (unlabelled and not inside
/// a nested loop, or naming `label`).
fn continues_to(stmts: &[ast::Stmt], label: Option<&str>) -> bool {
    stmts.iter().any(|s| stmt_continues(s, label, true))
}

fn stmt_continues(s: &ast::Stmt, label: Option<&str>, direct: bool) -> bool {
    match &s.kind {
        StmtKind::Branch { kind: BranchKind::Continue, label: l } => match l {
            None => direct,
            Some(l) => Some(l.name.as_str()) == label,
        },
        StmtKind::Labeled { stmt, .. } => stmt_continues(stmt, label, direct),
        StmtKind::Block(b) => b.stmts.iter().any(|s| stmt_continues(s, label, direct)),
        StmtKind::If { then, els, .. } => then.stmts.iter().any(|s| stmt_continues(s, label, direct)) || els.as_deref().is_some_and(|e| stmt_continues(e, label, direct)),
        StmtKind::Switch { cases, .. } => cases.iter().any(|c| c.body.iter().any(|s| stmt_continues(s, label, direct))),
        StmtKind::TypeSwitch { cases, .. } => cases.iter().any(|c| c.body.iter().any(|s| stmt_continues(s, label, direct))),
        StmtKind::Select { cases } => cases.iter().any(|c| c.body.iter().any(|s| stmt_continues(s, label, direct))),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => body.stmts.iter().any(|s| stmt_continues(s, label, false)),
        _ => false,
    }
}

#[allow(dead_code)]
fn unused(_: Basic, _: UnaryOp) {}
