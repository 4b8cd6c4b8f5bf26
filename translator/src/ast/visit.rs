//! A read-only visitor over the AST: override a method, call the `walk_*` function to recurse.

use super::nodes::*;

pub trait Visitor {
    fn visit_decl(&mut self, d: &Decl) {
        walk_decl(self, d)
    }
    fn visit_stmt(&mut self, s: &Stmt) {
        walk_stmt(self, s)
    }
    fn visit_expr(&mut self, e: &Expr) {
        walk_expr(self, e)
    }
    fn visit_block(&mut self, b: &Block) {
        walk_block(self, b)
    }
    fn visit_field(&mut self, f: &Field) {
        self.visit_expr(&f.ty)
    }
}

pub fn walk_file<V: Visitor + ?Sized>(v: &mut V, f: &File) {
    for d in &f.decls {
        v.visit_decl(d);
    }
}

pub fn walk_decl<V: Visitor + ?Sized>(v: &mut V, d: &Decl) {
    match &d.kind {
        DeclKind::Func(f) => {
            if let Some(r) = &f.recv {
                v.visit_field(r);
            }
            for tp in &f.type_params {
                v.visit_expr(&tp.constraint);
            }
            walk_func_type(v, &f.sig);
            if let Some(b) = &f.body {
                v.visit_block(b);
            }
        }
        DeclKind::Const(specs) => {
            for s in specs {
                if let Some(t) = &s.ty {
                    v.visit_expr(t);
                }
                for e in &s.values {
                    v.visit_expr(e);
                }
            }
        }
        DeclKind::Var(specs) => {
            for s in specs {
                if let Some(t) = &s.ty {
                    v.visit_expr(t);
                }
                for e in &s.values {
                    v.visit_expr(e);
                }
            }
        }
        DeclKind::Type(specs) => {
            for s in specs {
                for tp in &s.type_params {
                    v.visit_expr(&tp.constraint);
                }
                v.visit_expr(&s.ty);
            }
        }
        DeclKind::Bad => {}
    }
}

pub fn walk_func_type<V: Visitor + ?Sized>(v: &mut V, f: &FuncType) {
    for p in f.params.iter().chain(&f.results) {
        v.visit_field(p);
    }
}

pub fn walk_block<V: Visitor + ?Sized>(v: &mut V, b: &Block) {
    for s in &b.stmts {
        v.visit_stmt(s);
    }
}

pub fn walk_stmt<V: Visitor + ?Sized>(v: &mut V, s: &Stmt) {
    match &s.kind {
        StmtKind::Decl(d) => v.visit_decl(d),
        StmtKind::Empty | StmtKind::Bad | StmtKind::Branch { .. } => {}
        StmtKind::Labeled { stmt, .. } => v.visit_stmt(stmt),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => v.visit_expr(e),
        StmtKind::Send { chan, value } => {
            v.visit_expr(chan);
            v.visit_expr(value);
        }
        StmtKind::IncDec { x, .. } => v.visit_expr(x),
        StmtKind::Assign { lhs, rhs, .. } => {
            for e in lhs.iter().chain(rhs) {
                v.visit_expr(e);
            }
        }
        StmtKind::Return(es) => {
            for e in es {
                v.visit_expr(e);
            }
        }
        StmtKind::Block(b) => v.visit_block(b),
        StmtKind::If { init, cond, then, els } => {
            if let Some(i) = init {
                v.visit_stmt(i);
            }
            v.visit_expr(cond);
            v.visit_block(then);
            if let Some(e) = els {
                v.visit_stmt(e);
            }
        }
        StmtKind::Switch { init, tag, cases } => {
            if let Some(i) = init {
                v.visit_stmt(i);
            }
            if let Some(t) = tag {
                v.visit_expr(t);
            }
            for c in cases {
                for e in &c.exprs {
                    v.visit_expr(e);
                }
                for s in &c.body {
                    v.visit_stmt(s);
                }
            }
        }
        StmtKind::TypeSwitch { init, subject, cases, .. } => {
            if let Some(i) = init {
                v.visit_stmt(i);
            }
            v.visit_expr(subject);
            for c in cases {
                for e in &c.types {
                    v.visit_expr(e);
                }
                for s in &c.body {
                    v.visit_stmt(s);
                }
            }
        }
        StmtKind::Select { cases } => {
            for c in cases {
                if let Some(comm) = &c.comm {
                    v.visit_stmt(comm);
                }
                for s in &c.body {
                    v.visit_stmt(s);
                }
            }
        }
        StmtKind::For { init, cond, post, body } => {
            if let Some(i) = init {
                v.visit_stmt(i);
            }
            if let Some(c) = cond {
                v.visit_expr(c);
            }
            if let Some(p) = post {
                v.visit_stmt(p);
            }
            v.visit_block(body);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            if let Some(k) = key {
                v.visit_expr(k);
            }
            if let Some(val) = value {
                v.visit_expr(val);
            }
            v.visit_expr(x);
            v.visit_block(body);
        }
    }
}

pub fn walk_expr<V: Visitor + ?Sized>(v: &mut V, e: &Expr) {
    match &e.kind {
        ExprKind::Ident(_) | ExprKind::Lit(_) | ExprKind::Bad => {}
        ExprKind::CompositeLit { ty, elems } => {
            if let Some(t) = ty {
                v.visit_expr(t);
            }
            for el in elems {
                if let Some(k) = &el.key {
                    v.visit_expr(k);
                }
                v.visit_expr(&el.value);
            }
        }
        ExprKind::FuncLit { sig, body } => {
            walk_func_type(v, sig);
            v.visit_block(body);
        }
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::SliceType(x) | ExprKind::Tilde(x) => v.visit_expr(x),
        ExprKind::Selector { x, .. } => v.visit_expr(x),
        ExprKind::Index { x, indices } => {
            v.visit_expr(x);
            for i in indices {
                v.visit_expr(i);
            }
        }
        ExprKind::Slice { x, lo, hi, max } => {
            v.visit_expr(x);
            for i in [lo, hi, max].into_iter().flatten() {
                v.visit_expr(i);
            }
        }
        ExprKind::TypeAssert { x, ty } => {
            v.visit_expr(x);
            if let Some(t) = ty {
                v.visit_expr(t);
            }
        }
        ExprKind::Call { func, args, .. } => {
            v.visit_expr(func);
            for a in args {
                v.visit_expr(a);
            }
        }
        ExprKind::Unary { x, .. } => v.visit_expr(x),
        ExprKind::Binary { lhs, rhs, .. } => {
            v.visit_expr(lhs);
            v.visit_expr(rhs);
        }
        ExprKind::ArrayType { len, elem } => {
            if let Some(l) = len {
                v.visit_expr(l);
            }
            v.visit_expr(elem);
        }
        ExprKind::MapType { key, value } => {
            v.visit_expr(key);
            v.visit_expr(value);
        }
        ExprKind::ChanType { elem, .. } => v.visit_expr(elem),
        ExprKind::FuncType(f) => walk_func_type(v, f),
        ExprKind::StructType(fields) => {
            for f in fields {
                v.visit_field(f);
            }
        }
        ExprKind::InterfaceType(elems) => {
            for el in elems {
                match el {
                    InterfaceElem::Method { sig, .. } => walk_func_type(v, sig),
                    InterfaceElem::Embed(x) => v.visit_expr(x),
                }
            }
        }
        ExprKind::Union(xs) => {
            for x in xs {
                v.visit_expr(x);
            }
        }
    }
}
