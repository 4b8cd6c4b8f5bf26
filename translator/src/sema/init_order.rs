//! Package initialization order: package-level `var` specs sorted so that each comes after the
//! variables its initializer depends on (directly or through the functions it references), and
//! otherwise in declaration order (Go spec, "Package initialization"). Each package on its
//! own: the packages it imports are initialized before it (`Info::packages` is in that order),
//! so only its own variables constrain the order.

use std::collections::{BTreeMap, BTreeSet};

use super::info::*;
use crate::ast::{self, visit::Visitor, NodeId};

#[derive(Default)]
struct Refs {
    vars: BTreeSet<ObjId>,
    funcs: BTreeSet<ObjId>,
}

struct Collect<'i> {
    info: &'i Info,
    refs: Refs,
}

impl Visitor for Collect<'_> {
    fn visit_expr(&mut self, e: &ast::Expr) {
        match &e.kind {
            ast::ExprKind::Ident(_) => {
                if let Some(o) = self.info.resolve(e.id) {
                    match self.info.obj(o).kind {
                        ObjKind::Var(VarKind::Global) => {
                            self.refs.vars.insert(o);
                        }
                        ObjKind::Func(_) => {
                            self.refs.funcs.insert(o);
                        }
                        _ => {}
                    }
                }
            }
            ast::ExprKind::Selector { .. } => {
                if let Some(Selection::Method { method, .. } | Selection::MethodExpr { method, .. }) = self.info.selection(e.id) {
                    self.refs.funcs.insert(*method);
                }
                ast::visit::walk_expr(self, e);
            }
            _ => ast::visit::walk_expr(self, e),
        }
    }
}

pub(super) fn compute(pkg: &ast::Package, info: &mut Info) {
    let mut all = Vec::new();
    for k in 0..info.packages.len() {
        let files: Vec<&ast::File> = info.packages[k].files.iter().map(|&i| &pkg.files[i]).collect();
        let order = package_order(&files, info);
        all.extend(order.iter().copied());
        info.packages[k].init_order = order;
    }
    info.init_order = all;
}

/// One package's `var` specs in initialization order.
fn package_order(files: &[&ast::File], info: &Info) -> Vec<NodeId> {
    // References made by each function body.
    let mut func_refs: BTreeMap<ObjId, Refs> = BTreeMap::new();
    let mut specs: Vec<(NodeId, Vec<ObjId>, Refs)> = Vec::new();
    for f in files {
        for d in &f.decls {
            match &d.kind {
                ast::DeclKind::Func(fd) => {
                    let Some(o) = info.resolve(fd.name.id) else { continue };
                    let mut c = Collect { info, refs: Refs::default() };
                    if let Some(b) = &fd.body {
                        c.visit_block(b);
                    }
                    func_refs.insert(o, c.refs);
                }
                ast::DeclKind::Var(vs) => {
                    for s in vs {
                        let mut c = Collect { info, refs: Refs::default() };
                        for v in &s.values {
                            c.visit_expr(v);
                        }
                        let objs = s.names.iter().filter_map(|n| info.resolve(n.id)).collect();
                        specs.push((s.id, objs, c.refs));
                    }
                }
                _ => {}
            }
        }
    }
    // Transitive variable dependencies of each spec.
    let owner: BTreeMap<ObjId, usize> = specs.iter().enumerate().flat_map(|(i, (_, objs, _))| objs.iter().map(move |o| (*o, i))).collect();
    let deps: Vec<BTreeSet<usize>> = specs
        .iter()
        .enumerate()
        .map(|(i, (_, _, refs))| {
            let mut vars: BTreeSet<ObjId> = refs.vars.clone();
            let mut seen: BTreeSet<ObjId> = BTreeSet::new();
            let mut todo: Vec<ObjId> = refs.funcs.iter().copied().collect();
            while let Some(f) = todo.pop() {
                if !seen.insert(f) {
                    continue;
                }
                if let Some(r) = func_refs.get(&f) {
                    vars.extend(r.vars.iter().copied());
                    todo.extend(r.funcs.iter().copied());
                }
            }
            vars.iter().filter_map(|v| owner.get(v).copied()).filter(|j| *j != i).collect()
        })
        .collect();
    // Repeatedly emit the earliest spec whose dependencies are all done.
    let mut done = vec![false; specs.len()];
    let mut order = Vec::new();
    while order.len() < specs.len() {
        let next = (0..specs.len()).find(|i| !done[*i] && deps[*i].iter().all(|j| done[*j]));
        // A cycle was reported by the checker; fall back to declaration order.
        let i = next.unwrap_or_else(|| (0..specs.len()).find(|i| !done[*i]).expect("some spec is left"));
        done[i] = true;
        order.push(specs[i].0);
    }
    order
}
