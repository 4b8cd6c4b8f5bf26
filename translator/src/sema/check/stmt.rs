//! Statements and function bodies: scopes, assignments, control flow, labels, returns.

use super::expr::Operand;
use super::*;
use crate::sema::types::{Basic, TypeKind};

impl<'a> Checker<'a> {
    /// Checks a declared function's body.
    pub(super) fn check_func_body(&mut self, fid: ObjId, decl: &'a ast::FuncDecl, fs: ScopeId) {
        let Some(body) = &decl.body else { return };
        let sig_scope = self.func_scopes.get(&fid).copied().unwrap_or(fs);
        let s = self.new_scope(Some(sig_scope));
        let sig_t = self.info.obj(fid).ty;
        self.fctx.push(FuncCtx { func: FuncRef::Decl(fid), results: vec![], named_results: false, breakables: vec![], labels: vec![] });
        if let Some(recv) = &decl.recv {
            let rt = match &self.info.obj(fid).kind {
                ObjKind::Func(f) => f.recv.unwrap_or(TypeId::INVALID),
                _ => TypeId::INVALID,
            };
            for n in &recv.names {
                let o = self.new_var(n, VarKind::Receiver, rt);
                self.used_vars.insert(o);
                self.declare(s, n, o);
            }
        }
        self.fctx.pop();
        self.check_body(FuncRef::Decl(fid), Some(decl.name.span), &decl.sig, sig_t, body, s);
    }

    /// Declares parameters and results in `s` and checks `body` as the function `func`.
    pub(super) fn check_body(&mut self, func: FuncRef, _name: Option<Span>, sig: &'a ast::FuncType, sig_t: TypeId, body: &'a ast::Block, s: ScopeId) {
        let st = self.info.types.signature(sig_t).cloned().unwrap_or(crate::sema::types::Signature { params: vec![], results: vec![], variadic: false });
        let named_results = sig.results.iter().any(|r| !r.names.is_empty());
        self.fctx.push(FuncCtx { func, results: st.results.clone(), named_results, breakables: vec![], labels: vec![] });
        let mut i = 0;
        for f in &sig.params {
            for n in &f.names {
                let t = st.params.get(i).copied().unwrap_or(TypeId::INVALID);
                let o = self.new_var(n, VarKind::Param, t);
                self.used_vars.insert(o);
                self.declare(s, n, o);
                i += 1;
            }
            if f.names.is_empty() {
                i += 1;
            }
        }
        let mut j = 0;
        for f in &sig.results {
            for n in &f.names {
                let t = st.results.get(j).copied().unwrap_or(TypeId::INVALID);
                let o = self.new_var(n, VarKind::Result, t);
                self.used_vars.insert(o);
                self.declare(s, n, o);
                j += 1;
            }
            if f.names.is_empty() {
                j += 1;
            }
        }
        self.collect_labels(&body.stmts);
        self.stmt_list(&body.stmts, s);
        if !st.results.is_empty() && !is_terminating_list(&body.stmts) {
            self.error(body.rbrace, Code::MissingReturn, "missing return");
        }
        if let Some(cx) = self.fctx.pop() {
            for (name, span, used, _) in cx.labels {
                if !used {
                    self.error(span, Code::BadLabel, format!("label {name} defined and not used"));
                }
            }
        }
    }

    pub(super) fn collect_labels(&mut self, stmts: &'a [ast::Stmt]) {
        struct V(Vec<ast::Ident>);
        impl ast::visit::Visitor for V {
            fn visit_stmt(&mut self, s: &ast::Stmt) {
                if let ast::StmtKind::Labeled { label, .. } = &s.kind {
                    self.0.push(label.clone());
                }
                ast::visit::walk_stmt(self, s)
            }
            fn visit_expr(&mut self, e: &ast::Expr) {
                // Labels of func literals belong to them.
                if !matches!(e.kind, ast::ExprKind::FuncLit { .. }) {
                    ast::visit::walk_expr(self, e)
                }
            }
        }
        let mut v = V(Vec::new());
        for s in stmts {
            ast::visit::Visitor::visit_stmt(&mut v, s);
        }
        let mut labels: Vec<(String, Span, bool, ObjId)> = Vec::new();
        for label in v.0 {
            if label.name == "_" {
                continue;
            }
            if labels.iter().any(|(n, ..)| *n == label.name) {
                self.error(label.span, Code::BadLabel, format!("label {} already defined", label.name));
                continue;
            }
            let o = self.new_obj(Object {
                name: label.name.clone(),
                kind: ObjKind::Label,
                ty: TypeId::INVALID,
                pkg: self.pkg_path.clone(),
                span: Some(label.span),
                def: if self.recording { Some(label.id) } else { None },
            });
            self.record_use(label.id, o);
            labels.push((label.name.clone(), label.span, false, o));
        }
        if let Some(cx) = self.fctx.last_mut() {
            cx.labels = labels;
        }
    }

    pub(super) fn stmt_list(&mut self, stmts: &'a [ast::Stmt], scope: ScopeId) {
        for s in stmts {
            self.stmt(s, scope, None);
        }
    }

    pub(super) fn block(&mut self, b: &'a ast::Block, scope: ScopeId) {
        let s = self.new_scope(Some(scope));
        self.stmt_list(&b.stmts, s);
    }

    pub(super) fn stmt(&mut self, s: &'a ast::Stmt, scope: ScopeId, label: Option<&str>) {
        use ast::StmtKind as S;
        match &s.kind {
            S::Decl(d) => self.local_decl(d, scope),
            S::Empty | S::Bad => {}
            S::Labeled { label, stmt } => self.stmt(stmt, scope, Some(&label.name)),
            S::Expr(e) => self.expr_stmt(e, scope),
            S::Send { chan, value } => {
                let mut c = self.expr(chan, scope);
                self.single_value(&mut c, chan);
                let mut v = self.expr(value, scope);
                if c.mode == Mode::Invalid {
                    return;
                }
                let core = self.core_type(c.ty);
                match self.info.types.kind(core).clone() {
                    TypeKind::Chan(dir, el) => {
                        if dir == ast::ChanDir::Recv {
                            self.error(s.span, Code::InvalidOp, format!("invalid operation: cannot send to receive-only channel {}", self.expr_str(chan)));
                        }
                        self.assign_to(&mut v, value, el, "send");
                    }
                    _ => self.error(s.span, Code::InvalidOp, format!("invalid operation: cannot send to non-channel {}", self.expr_str(chan))),
                }
            }
            S::IncDec { x, inc } => {
                // `x++` and `x += 1` count as uses (unlike `x = 1`).
                let mut o = self.expr(x, scope);
                self.single_value(&mut o, x);
                if o.mode == Mode::Invalid {
                    return;
                }
                let core = self.core_type(o.ty);
                if !self.info.types.basic_of(core).is_some_and(Basic::is_numeric) && !self.type_param_all(o.ty, Basic::is_numeric) {
                    let op = if *inc { "++" } else { "--" };
                    self.error(s.span, Code::InvalidOp, format!("invalid operation: {}{op} (non-numeric type {})", self.expr_str(x), self.type_str(o.ty)));
                }
                self.check_assignable_lhs(x, &o);
            }
            S::Assign { lhs, op, rhs } => match op {
                ast::AssignOp::Define => self.define(s, lhs, rhs, scope),
                ast::AssignOp::Assign => self.assign(s, lhs, rhs, scope),
                ast::AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(s.span, Code::ArgCount, format!("assignment operation {}= requires single-valued expressions", bop.as_str()));
                        return;
                    }
                    let mut l = self.expr(&lhs[0], scope);
                    self.single_value(&mut l, &lhs[0]);
                    let r = self.op_assign_result(s, *bop, &lhs[0], &rhs[0], l.clone(), scope);
                    if l.mode != Mode::Invalid && r.mode != Mode::Invalid {
                        self.check_assignable_lhs(&lhs[0], &l);
                    }
                }
            },
            S::Go(e) | S::Defer(e) => {
                let what = if matches!(s.kind, S::Go(_)) { "go" } else { "defer" };
                let call = e.unparen();
                let x = self.expr(call, scope);
                if let ast::ExprKind::Call { .. } = &call.kind {
                    match self.info.call_kind(call.id) {
                        Some(CallKind::Conversion { .. }) => {
                            self.error(e.span, Code::TypeError, format!("{what} requires function call, not conversion"));
                        }
                        Some(CallKind::Builtin(b)) if !matches!(b, Builtin::Panic | Builtin::Print | Builtin::Println | Builtin::Close | Builtin::Delete | Builtin::Copy | Builtin::Clear | Builtin::Recover) => {
                            self.error(e.span, Code::TypeError, format!("{what} discards result of {}", self.expr_str(call)));
                        }
                        _ => {}
                    }
                }
                let _ = x;
            }
            S::Return(values) => self.return_stmt(s, values, scope),
            S::Branch { kind, label: l } => self.branch(s, *kind, l.as_ref()),
            S::Block(b) => self.block(b, scope),
            S::If { init, cond, then, els } => {
                let sc = self.new_scope(Some(scope));
                if let Some(i) = init {
                    self.stmt(i, sc, None);
                }
                let mut c = self.expr(cond, sc);
                self.single_value(&mut c, cond);
                if c.mode != Mode::Invalid {
                    if !self.info.types.is_boolean(c.ty) {
                        self.error(cond.span, Code::TypeError, format!("non-boolean condition in if statement"));
                    }
                    self.default_operand(&mut c, cond);
                }
                self.block(then, sc);
                if let Some(e) = els {
                    self.stmt(e, sc, None);
                }
            }
            S::Switch { init, tag, cases } => self.switch(s, init.as_deref(), tag.as_ref(), cases, scope, label),
            S::TypeSwitch { init, bind, subject, cases } => self.type_switch(s, init.as_deref(), bind.as_ref(), subject, cases, scope, label),
            S::Select { cases } => {
                self.push_breakable(Breakable::Select, label);
                for c in cases {
                    let sc = self.new_scope(Some(scope));
                    if let Some(comm) = &c.comm {
                        self.comm(comm, sc);
                    }
                    self.stmt_list(&c.body, sc);
                }
                self.pop_breakable();
            }
            S::For { init, cond, post, body } => {
                let sc = self.new_scope(Some(scope));
                if let Some(i) = init {
                    self.stmt(i, sc, None);
                }
                if let Some(c) = cond {
                    let mut x = self.expr(c, sc);
                    self.single_value(&mut x, c);
                    if x.mode != Mode::Invalid && !self.info.types.is_boolean(x.ty) {
                        self.error(c.span, Code::TypeError, "non-boolean condition in for statement");
                    }
                    self.default_operand(&mut x, c);
                }
                if let Some(p) = post {
                    if matches!(p.kind, S::Assign { op: ast::AssignOp::Define, .. }) {
                        self.error(p.span, Code::TypeError, "cannot declare in post statement of for loop");
                    }
                    self.stmt(p, sc, None);
                }
                self.push_breakable(Breakable::Loop, label);
                self.block(body, sc);
                self.pop_breakable();
            }
            S::Range { key, value, define, x, body } => self.range(s, key.as_ref(), value.as_ref(), *define, x, body, scope, label),
        }
    }

    pub(super) fn push_breakable(&mut self, b: Breakable, label: Option<&str>) {
        if let Some(cx) = self.fctx.last_mut() {
            cx.breakables.push((b, label.map(str::to_string)));
        }
    }

    pub(super) fn pop_breakable(&mut self) {
        if let Some(cx) = self.fctx.last_mut() {
            cx.breakables.pop();
        }
    }

    pub(super) fn branch(&mut self, s: &ast::Stmt, kind: ast::BranchKind, label: Option<&ast::Ident>) {
        use ast::BranchKind as B;
        if kind == B::Goto {
            // Which jumps gort can express is the emitter's question (`emit/goto.rs`); here a
            // goto only needs a label of its function.
            if let (Some(l), Some(cx)) = (label, self.fctx.last_mut()) {
                match cx.labels.iter_mut().find(|(n, ..)| *n == l.name) {
                    Some(e) => {
                        e.2 = true;
                        let o = e.3;
                        self.record_use(l.id, o);
                    }
                    None => self.error(l.span, Code::BadLabel, format!("label {} not defined", l.name)),
                }
            }
            return;
        }
        if kind == B::Fallthrough {
            // Valid placements are accepted by `switch`; anything reaching here is misplaced.
            self.error(s.span, Code::BadBranch, "fallthrough statement out of place");
            return;
        }
        let Some(cx) = self.fctx.last_mut() else { return };
        match label {
            Some(l) => {
                let known = cx.labels.iter_mut().find(|(n, ..)| *n == l.name);
                let Some(entry) = known else {
                    self.error(l.span, Code::BadLabel, format!("{} label not defined: {}", if kind == B::Break { "break" } else { "continue" }, l.name));
                    return;
                };
                entry.2 = true;
                let label_obj = entry.3;
                let target = cx.breakables.iter().rev().find(|(_, lab)| lab.as_deref() == Some(&l.name)).map(|(b, _)| *b);
                match target {
                    None => self.error(l.span, Code::BadLabel, format!("invalid {} label {}", if kind == B::Break { "break" } else { "continue" }, l.name)),
                    Some(b) if kind == B::Continue && b != Breakable::Loop => self.error(l.span, Code::BadLabel, format!("invalid continue label {}", l.name)),
                    _ => {}
                }
                self.record_use(l.id, label_obj);
            }
            None => {
                let ok = if kind == B::Break { !cx.breakables.is_empty() } else { cx.breakables.iter().any(|(b, _)| *b == Breakable::Loop) };
                if !ok {
                    let what = if kind == B::Break { "break is not in a loop, switch, or select" } else { "continue is not in a loop" };
                    self.error(s.span, Code::BadBranch, what);
                }
            }
        }
    }

    /// An operand on the left of `=` / `op=` / `++`: a plain identifier does not count as a use.
    pub(super) fn lhs_expr(&mut self, e: &'a ast::Expr, scope: ScopeId) -> Operand {
        if let ast::ExprKind::Ident(name) = &e.unparen().kind {
            if name == "_" {
                return Operand { mode: Mode::Variable, ty: TypeId::INVALID, val: None };
            }
            if let Some(o) = self.lookup(scope, name) {
                if matches!(self.info.obj(o).kind, ObjKind::Var(VarKind::Local)) {
                    let was_used = self.used_vars.contains(&o);
                    let x = self.expr(e, scope);
                    if !was_used {
                        self.used_vars.remove(&o);
                    }
                    return x;
                }
            }
        }
        self.expr(e, scope)
    }

    pub(super) fn check_assignable_lhs(&mut self, e: &ast::Expr, o: &Operand) {
        match o.mode {
            Mode::Variable | Mode::MapIndex | Mode::Invalid => {}
            _ => {
                let what = match &e.unparen().kind {
                    ast::ExprKind::Selector { .. } if o.mode == Mode::Value => "neither addressable nor a map index expression",
                    _ => "neither addressable nor a map index expression",
                };
                self.error(e.span, Code::NotAssignable, format!("cannot assign to {} ({what})", self.expr_str(e)));
            }
        }
    }

    pub(super) fn op_assign_result(&mut self, s: &ast::Stmt, op: ast::BinaryOp, l: &'a ast::Expr, r: &'a ast::Expr, lo: Operand, scope: ScopeId) -> Operand {
        // Check `l op r` as an expression whose operands are the two sides.
        let mut ro = self.expr(r, scope);
        self.single_value(&mut ro, r);
        if lo.mode == Mode::Invalid || ro.mode == Mode::Invalid {
            return Operand::invalid();
        }
        let mut lo = lo;
        if op.is_shift() {
            if self.info.types.is_untyped(ro.ty) {
                self.convert_untyped(&mut ro, r, TypeId::basic(Basic::Uint));
            }
            if !self.is_integer_core(lo.ty) || !self.is_integer_core(ro.ty) {
                self.error(s.span, Code::InvalidOp, format!("invalid operation: shift of type {}", self.type_str(lo.ty)));
                return Operand::invalid();
            }
            return lo;
        }
        self.match_types(&mut lo, l, &mut ro, r);
        if ro.mode == Mode::Invalid {
            return Operand::invalid();
        }
        if lo.ty != ro.ty {
            self.error(s.span, Code::TypeMismatch, format!("invalid operation: {} {}= {} (mismatched types {} and {})", self.expr_str(l), op.as_str(), self.expr_str(r), self.type_str(lo.ty), self.type_str(ro.ty)));
            return Operand::invalid();
        }
        let core = self.core_type(lo.ty);
        let b = self.info.types.basic_of(core);
        use ast::BinaryOp as B;
        let ok = match op {
            B::Add => b.is_some_and(|b| b.is_numeric() || b.is_string()) || self.type_param_all(lo.ty, |b| b.is_numeric() || b.is_string()),
            B::Sub | B::Mul | B::Div => b.is_some_and(Basic::is_numeric) || self.type_param_all(lo.ty, Basic::is_numeric),
            _ => b.is_some_and(Basic::is_integer) || self.type_param_all(lo.ty, Basic::is_integer),
        };
        if !ok {
            self.error(s.span, Code::InvalidOp, format!("invalid operation: operator {} not defined on {} ({})", op.as_str(), self.expr_str(l), self.type_str(lo.ty)));
            return Operand::invalid();
        }
        if matches!(op, B::Div | B::Rem) && self.info.types.is_integer(lo.ty) {
            if ro.val.as_ref().and_then(|v| v.to_int()).is_some_and(|i| i.is_zero()) {
                self.error(r.span, Code::DivByZero, "invalid operation: division by zero");
            }
        }
        lo
    }

    pub(super) fn expr_stmt(&mut self, e: &'a ast::Expr, scope: ScopeId) {
        let x = self.expr(e, scope);
        if x.mode == Mode::Invalid {
            return;
        }
        let inner = e.unparen();
        let ok = match &inner.kind {
            ast::ExprKind::Call { .. } => match self.info.call_kind(inner.id) {
                Some(CallKind::Conversion { .. }) => false,
                Some(CallKind::Builtin(b)) => !matches!(b, Builtin::Len | Builtin::Cap | Builtin::Append | Builtin::Make | Builtin::New | Builtin::Min | Builtin::Max | Builtin::Complex | Builtin::Real | Builtin::Imag),
                _ => true,
            },
            ast::ExprKind::Unary { op: ast::UnaryOp::Recv, .. } => true,
            _ => false,
        };
        if !ok {
            self.error(e.span, Code::NotUsed, format!("{} (value of type {}) is not used", self.expr_str(e), self.type_str(self.default_type(x.ty))));
        }
    }

    pub(super) fn return_stmt(&mut self, s: &ast::Stmt, values: &'a [ast::Expr], scope: ScopeId) {
        let Some(cx) = self.fctx.last() else { return };
        let results = cx.results.clone();
        let named = cx.named_results;
        if values.is_empty() {
            if !results.is_empty() && !named {
                self.error(s.span, Code::ArgCount, "not enough return values\n\thave ()");
            }
            return;
        }
        if results.is_empty() {
            for v in values {
                self.expr(v, scope);
            }
            self.error(values[0].span, Code::ArgCount, "too many return values");
            return;
        }
        if values.len() == 1 && results.len() > 1 {
            let x = self.expr(&values[0], scope);
            if let TypeKind::Tuple(ts) = self.info.types.kind(x.ty).clone() {
                if ts.len() != results.len() {
                    self.error(values[0].span, Code::ArgCount, format!("{} return values", if ts.len() < results.len() { "not enough" } else { "too many" }));
                    return;
                }
                self.tuple_into(&values[0], &ts, &results, "return statement");
                return;
            }
            if x.mode != Mode::Invalid {
                self.error(values[0].span, Code::ArgCount, "not enough return values");
            }
            return;
        }
        let ops: Vec<Operand> = values.iter().enumerate().map(|(i, v)| self.expr_hint(v, scope, results.get(i).copied())).collect();
        if values.len() != results.len() {
            self.error(values[0].span, Code::ArgCount, format!("{} return values", if values.len() < results.len() { "not enough" } else { "too many" }));
            return;
        }
        for ((mut x, v), r) in ops.into_iter().zip(values).zip(&results) {
            self.assign_to(&mut x, v, *r, "return statement");
        }
    }

    pub(super) fn comm(&mut self, comm: &'a ast::Stmt, scope: ScopeId) {
        let is_recv = |e: &ast::Expr| matches!(e.unparen().kind, ast::ExprKind::Unary { op: ast::UnaryOp::Recv, .. });
        let ok = match &comm.kind {
            ast::StmtKind::Send { .. } => true,
            ast::StmtKind::Expr(e) => is_recv(e),
            ast::StmtKind::Assign { rhs, op, lhs } => rhs.len() == 1 && is_recv(&rhs[0]) && lhs.len() <= 2 && !matches!(op, ast::AssignOp::Op(_)),
            _ => false,
        };
        if !ok {
            self.error(comm.span, Code::TypeError, "select case must be receive, send or assign recv");
        }
        self.stmt(comm, scope, None);
    }

    /// Reports locals that are never used (Go rejects them).
    pub(super) fn check_unused_vars(&mut self) {
        let mut clause_vars = std::collections::BTreeSet::new();
        for (span, name, vars) in std::mem::take(&mut self.ts_binds) {
            clause_vars.extend(vars.iter().copied());
            if name != "_" && !vars.iter().any(|v| self.used_vars.contains(v)) {
                self.error(span, Code::UnusedVariable, format!("declared and not used: {name}"));
            }
        }
        let mut unused = Vec::new();
        for (i, o) in self.info.objects.iter().enumerate() {
            let id = ObjId(i as u32);
            if o.kind == ObjKind::Var(VarKind::Local) && o.def.is_some() && o.name != "_" && !self.used_vars.contains(&id) && !clause_vars.contains(&id) && self.info.types.is_user_pkg(&o.pkg) {
                unused.push((o.span.unwrap_or_default(), o.name.clone()));
            }
        }
        for (span, name) in unused {
            self.error(span, Code::UnusedVariable, format!("declared and not used: {name}"));
        }
    }
}

/// Go's "terminating statement" rule for the last statement of a list.
pub(super) fn is_terminating_list(stmts: &[ast::Stmt]) -> bool {
    stmts.iter().rev().find(|s| !matches!(s.kind, ast::StmtKind::Empty)).is_some_and(is_terminating)
}

fn is_terminating(s: &ast::Stmt) -> bool {
    use ast::StmtKind as S;
    match &s.kind {
        S::Return(_) => true,
        S::Branch { kind: ast::BranchKind::Goto, .. } => true,
        S::Expr(e) => matches!(&e.unparen().kind, ast::ExprKind::Call { func, .. } if matches!(func.unparen().as_ident(), Some("panic"))) || is_os_exit(e),
        S::Block(b) => is_terminating_list(&b.stmts),
        S::If { then, els: Some(e), .. } => is_terminating_list(&then.stmts) && is_terminating(e),
        S::For { cond: None, body, .. } => !has_break(&body.stmts, None, true),
        S::Labeled { label, stmt } => match &stmt.kind {
            S::For { cond: None, body, .. } => !has_break(&body.stmts, Some(&label.name), true),
            S::Switch { cases, .. } => cases.iter().any(|c| c.is_default) && cases.iter().all(|c| clause_terminates(&c.body) && !has_break(&c.body, Some(&label.name), true)),
            S::TypeSwitch { cases, .. } => cases.iter().any(|c| c.is_default) && cases.iter().all(|c| is_terminating_list(&c.body) && !has_break(&c.body, Some(&label.name), true)),
            S::Select { cases } => cases.iter().all(|c| is_terminating_list(&c.body) && !has_break(&c.body, Some(&label.name), true)),
            _ => is_terminating(stmt),
        },
        S::Switch { cases, .. } => cases.iter().any(|c| c.is_default) && cases.iter().all(|c| clause_terminates(&c.body) && !has_break(&c.body, None, true)),
        S::TypeSwitch { cases, .. } => cases.iter().any(|c| c.is_default) && cases.iter().all(|c| is_terminating_list(&c.body) && !has_break(&c.body, None, true)),
        S::Select { cases } => cases.iter().all(|c| is_terminating_list(&c.body) && !has_break(&c.body, None, true)),
        _ => false,
    }
}

/// `os.Exit` is not terminating for Go (the compiler does not know it), so it is not here;
/// kept as a hook returning false.
fn is_os_exit(_e: &ast::Expr) -> bool {
    false
}

fn clause_terminates(body: &[ast::Stmt]) -> bool {
    is_terminating_list(body) || body.last().is_some_and(|s| matches!(s.kind, ast::StmtKind::Branch { kind: ast::BranchKind::Fallthrough, .. }))
}

/// Whether the statements contain a `break` that targets the enclosing statement (unlabelled
/// breaks count only outside nested breakable statements).
fn has_break(stmts: &[ast::Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, top))
}

fn stmt_has_break(s: &ast::Stmt, label: Option<&str>, top: bool) -> bool {
    use ast::StmtKind as S;
    match &s.kind {
        S::Branch { kind: ast::BranchKind::Break, label: l } => match l {
            None => top,
            Some(l) => Some(l.name.as_str()) == label,
        },
        S::Block(b) => has_break(&b.stmts, label, top),
        S::Labeled { stmt, .. } => stmt_has_break(stmt, label, top),
        S::If { then, els, .. } => has_break(&then.stmts, label, top) || els.as_ref().is_some_and(|e| stmt_has_break(e, label, top)),
        S::For { body, .. } | S::Range { body, .. } => has_break(&body.stmts, label, false),
        S::Switch { cases, .. } => cases.iter().any(|c| has_break(&c.body, label, false)),
        S::TypeSwitch { cases, .. } => cases.iter().any(|c| has_break(&c.body, label, false)),
        S::Select { cases } => cases.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}
