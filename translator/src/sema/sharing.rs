//! Sharing analysis: which local variables need shared storage (`::gort::Ptr` cells).
//!
//! A variable is [`Storage::Shared`] when its address is taken (`&x`, `&x.f`, `x[:]` of an
//! array, a call of a user pointer method on it) or when a closure captures it and it is
//! written anywhere besides its declaration (assignment, `++`, op-assign, a pointer-method
//! call of a std value type such as `strings.Builder`, or — for a named result — a `return`
//! with values, which assigns it before deferred calls read it; read-only captures are copied). The
//! runtime's sync types are handles (`stdlib::HANDLE_TYPES`) and never need a cell. Closures are func
//! literals, goroutine bodies, and the bodies of range-over-func loops (which become the yield
//! function). Loop variables follow [`Config::per_iteration_loop_vars`]: per-iteration loop
//! variables are not "assigned" by the loop's post statement or by `range` itself.

use std::collections::{BTreeMap, BTreeSet};

use super::info::*;
use super::Config;
use crate::ast::{self, visit::Visitor, NodeId};


/// A closure frame: the function or literal, whether it runs as a goroutine, and the named
/// results a `return` in it assigns.
#[derive(Clone)]
struct Frame {
    func: FuncRef,
    goroutine: bool,
    named_results: Vec<ObjId>,
}

struct Walker<'i> {
    info: &'i Info,
    per_iteration: bool,
    frames: Vec<Frame>,
    owner: BTreeMap<ObjId, usize>,
    facts: BTreeMap<ObjId, VarFacts>,
    /// Inside a 3-clause loop's post statement whose writes do not count (per-iteration).
    in_ignored: u32,
    goroutine_lits: BTreeSet<NodeId>,
}

pub(super) fn analyze(pkg: &ast::Package, info: &mut Info, config: &Config) {
    let mut w = Walker {
        info,
        per_iteration: config.per_iteration_loop_vars(),
        frames: Vec::new(),
        owner: BTreeMap::new(),
        facts: BTreeMap::new(),
        in_ignored: 0,
        goroutine_lits: BTreeSet::new(),
    };
    for f in &pkg.files {
        for d in &f.decls {
            match &d.kind {
                ast::DeclKind::Func(fd) => {
                    let Some(o) = w.info.resolve(fd.name.id) else { continue };
                    let named_results = w.named_results(&fd.sig);
                    w.frames.push(Frame { func: FuncRef::Decl(o), goroutine: false, named_results });
                    if let Some(r) = &fd.recv {
                        w.define_field(r);
                    }
                    for p in fd.sig.params.iter().chain(&fd.sig.results) {
                        w.define_field(p);
                    }
                    if let Some(b) = &fd.body {
                        w.visit_block(b);
                    }
                    w.frames.pop();
                }
                _ => w.visit_decl(d),
            }
        }
    }
    let facts = w.facts;
    let mut storage = BTreeMap::new();
    for (o, f) in &facts {
        let shared = f.address_taken || (!f.captured_by.is_empty() && f.reassigned);
        storage.insert(*o, if shared { Storage::Shared } else { Storage::Plain });
    }
    info.var_facts = facts;
    info.storage = storage;
}

impl Walker<'_> {
    fn is_var(&self, o: ObjId) -> bool {
        matches!(self.info.obj(o).kind, ObjKind::Var(k) if k != VarKind::Global)
    }

    fn define(&mut self, o: ObjId) {
        if self.is_var(o) {
            self.owner.insert(o, self.frames.len().saturating_sub(1));
            self.facts.entry(o).or_default();
        }
    }

    fn define_field(&mut self, f: &ast::Field) {
        for n in &f.names {
            if let Some(o) = self.info.resolve(n.id) {
                self.define(o);
            }
        }
    }

    /// A read or write of `o` from the current frame: notes captures.
    fn touch(&mut self, o: ObjId) {
        if !self.is_var(o) {
            return;
        }
        let Some(&owner) = self.owner.get(&o) else { return };
        let top = self.frames.len().saturating_sub(1);
        if owner >= top {
            return;
        }
        let inner = self.frames[top].func;
        let goroutine = self.frames[owner + 1..=top].iter().any(|f| f.goroutine);
        let facts = self.facts.entry(o).or_default();
        let node = match inner {
            FuncRef::Lit(n) => n,
            FuncRef::Decl(_) => return,
        };
        if !facts.captured_by.contains(&node) {
            facts.captured_by.push(node);
        }
        facts.captured_by_goroutine |= goroutine;
    }

    /// The variable an lvalue-ish expression writes into (through fields of struct values and
    /// elements of arrays, not through pointers, slices or maps).
    fn root_var(&self, e: &ast::Expr) -> Option<ObjId> {
        let e = e.unparen();
        match &e.kind {
            ast::ExprKind::Ident(_) => self.info.resolve(e.id).filter(|o| self.is_var(*o)),
            ast::ExprKind::Selector { x, .. } => match self.info.selection(e.id) {
                Some(Selection::Field { path, .. }) if !path.iter().any(|s| s.deref) => self.root_var(x),
                _ => None,
            },
            ast::ExprKind::Index { x, .. } => {
                let t = self.info.types.underlying(self.info.type_of(x.id));
                if matches!(self.info.types.kind(t), super::types::TypeKind::Array(..)) { self.root_var(x) } else { None }
            }
            _ => None,
        }
    }

    fn write(&mut self, e: &ast::Expr) {
        if self.in_ignored > 0 {
            return;
        }
        if let Some(o) = self.root_var(e) {
            self.facts.entry(o).or_default().reassigned = true;
        }
    }

    fn address(&mut self, e: &ast::Expr) {
        if let Some(o) = self.root_var(e) {
            self.facts.entry(o).or_default().address_taken = true;
        }
    }

    fn loop_var(&mut self, e: &ast::Expr) {
        if let Some(o) = self.info.resolve(e.id) {
            if self.is_var(o) {
                self.facts.entry(o).or_default().loop_var = true;
            }
        }
    }

    /// The named results of a signature (`(n int, err error)`), empty for unnamed ones.
    fn named_results(&self, sig: &ast::FuncType) -> Vec<ObjId> {
        sig.results.iter().flat_map(|r| &r.names).filter_map(|n| self.info.resolve(n.id)).collect()
    }

    /// Whether an identifier expression is the defining occurrence of its variable.
    fn is_def(&self, e: &ast::Expr) -> Option<ObjId> {
        let o = self.info.resolve(e.id)?;
        (self.info.obj(o).def == Some(e.id) && self.is_var(o)).then_some(o)
    }
}

impl Visitor for Walker<'_> {
    fn visit_stmt(&mut self, s: &ast::Stmt) {
        match &s.kind {
            ast::StmtKind::Assign { lhs, op, rhs } => {
                for r in rhs {
                    self.visit_expr(r);
                }
                for l in lhs {
                    match op {
                        ast::AssignOp::Define => {
                            if let Some(o) = self.is_def(l) {
                                self.define(o);
                            } else {
                                self.write(l);
                                self.visit_expr(l);
                            }
                        }
                        _ => {
                            self.write(l);
                            self.visit_expr(l);
                        }
                    }
                }
            }
            ast::StmtKind::IncDec { x, .. } => {
                self.write(x);
                self.visit_expr(x);
            }
            ast::StmtKind::Decl(d) => {
                ast::visit::walk_decl(self, d);
                if let ast::DeclKind::Var(specs) = &d.kind {
                    for spec in specs {
                        for n in &spec.names {
                            if let Some(o) = self.info.resolve(n.id) {
                                self.define(o);
                            }
                        }
                    }
                }
            }
            ast::StmtKind::For { init, cond, post, body } => {
                if let Some(i) = init {
                    self.visit_stmt(i);
                    if let ast::StmtKind::Assign { lhs, op: ast::AssignOp::Define, .. } = &i.kind {
                        for l in lhs {
                            self.loop_var(l);
                        }
                    }
                }
                if let Some(c) = cond {
                    self.visit_expr(c);
                }
                if let Some(p) = post {
                    let ignore = self.per_iteration;
                    if ignore {
                        self.in_ignored += 1;
                    }
                    self.visit_stmt(p);
                    if ignore {
                        self.in_ignored -= 1;
                    }
                }
                self.visit_block(body);
            }
            ast::StmtKind::Range { key, value, define, x, body } => {
                self.visit_expr(x);
                for e in [key, value].into_iter().flatten() {
                    if *define {
                        if let Some(o) = self.is_def(e) {
                            self.define(o);
                            self.loop_var(e);
                            if !self.per_iteration {
                                // One variable for the whole loop, assigned each iteration.
                                self.facts.entry(o).or_default().reassigned = true;
                            }
                        }
                    } else {
                        self.write(e);
                        self.visit_expr(e);
                    }
                }
                if matches!(self.info.range_kind(s.id), Some(RangeKind::Func(_))) {
                    // The body becomes the yield function: a closure, whose `return` returns
                    // from the enclosing function.
                    let named_results = self.frames.last().map(|f| f.named_results.clone()).unwrap_or_default();
                    self.frames.push(Frame { func: FuncRef::Lit(s.id), goroutine: false, named_results });
                    self.visit_block(body);
                    self.frames.pop();
                } else {
                    self.visit_block(body);
                }
            }
            ast::StmtKind::TypeSwitch { init, subject, cases, .. } => {
                if let Some(i) = init {
                    self.visit_stmt(i);
                }
                self.visit_expr(subject);
                for c in cases {
                    if let Some(o) = self.info.type_switch_var(c.id) {
                        self.define(o);
                    }
                    for t in &c.types {
                        self.visit_expr(t);
                    }
                    for st in &c.body {
                        self.visit_stmt(st);
                    }
                }
            }
            ast::StmtKind::Return(vals) if !vals.is_empty() => {
                // `return x, y` assigns the named results (deferred calls read them after).
                if self.in_ignored == 0 {
                    for r in self.frames.last().map(|f| f.named_results.clone()).unwrap_or_default() {
                        self.facts.entry(r).or_default().reassigned = true;
                    }
                }
                for v in vals {
                    self.visit_expr(v);
                }
            }
            ast::StmtKind::Go(e) => {
                if let ast::ExprKind::Call { func, .. } = &e.unparen().kind {
                    if let ast::ExprKind::FuncLit { .. } = func.unparen().kind {
                        self.goroutine_lits.insert(func.unparen().id);
                    }
                }
                self.visit_expr(e);
            }
            _ => ast::visit::walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &ast::Expr) {
        match &e.kind {
            ast::ExprKind::Ident(_) => {
                if let Some(o) = self.info.resolve(e.id) {
                    self.touch(o);
                }
            }
            ast::ExprKind::FuncLit { sig, body } => {
                let goroutine = self.goroutine_lits.contains(&e.id);
                let named_results = self.named_results(sig);
                self.frames.push(Frame { func: FuncRef::Lit(e.id), goroutine, named_results });
                for p in sig.params.iter().chain(&sig.results) {
                    self.define_field(p);
                }
                self.visit_block(body);
                self.frames.pop();
            }
            ast::ExprKind::Unary { op: ast::UnaryOp::Addr, x } => {
                self.address(x);
                self.visit_expr(x);
            }
            ast::ExprKind::Slice { x, .. } => {
                let t = self.info.types.underlying(self.info.type_of(x.id));
                if matches!(self.info.types.kind(t), super::types::TypeKind::Array(..)) {
                    self.address(x);
                }
                ast::visit::walk_expr(self, e);
            }
            ast::ExprKind::Selector { x, .. } => {
                if self.info.implicitly_addressed(x.id) {
                    // `v.M()` with a pointer method takes `&v`. The runtime's sync types are
                    // shared handles (no cell needed); other std types with pointer methods
                    // are mutated in place (a write, which matters once captured); a user
                    // method may keep the pointer (address taken).
                    let std_recv = match self.info.selection(e.id) {
                        Some(Selection::Method { method, .. }) => match &self.info.obj(*method).kind {
                            ObjKind::Func(fi) if fi.std => {
                                let named = fi.recv_named.and_then(|n| self.info.types.named(n));
                                Some(named.is_some_and(|n| super::stdlib::is_handle_type(&format!("{}.{}", n.pkg, n.name))))
                            }
                            _ => None,
                        },
                        _ => None,
                    };
                    match std_recv {
                        Some(true) => {}
                        Some(false) => self.write(x),
                        None => self.address(x),
                    }
                }
                if !matches!(self.info.selection(e.id), Some(Selection::PkgMember { .. })) {
                    self.visit_expr(x);
                }
            }
            _ => ast::visit::walk_expr(self, e),
        }
    }
}
