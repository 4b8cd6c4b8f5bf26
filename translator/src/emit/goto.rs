//! `goto`: a label that gotos target splits its statement list into Rust regions. A backward
//! jump (the goto after its label) becomes `continue` of a loop that wraps the statements from
//! the label to the end of the list; a forward jump becomes `break` out of a labelled block that
//! wraps the statements from the first goto to the label.
//!
//! Go's rules keep this sound: a goto never jumps into a block (so the label is in a list that
//! encloses the goto) and never over a declaration still in scope at the label (so the wrapped
//! statements of a forward region declare nothing the statements after the label use).
//!
//! When the regions of different labels cross (`goto b` … `a:` … `b:` … `goto a`), the list
//! becomes a small state machine instead: from the first goto or label on, each label starts a
//! segment, `if __pc <= k { segment k }` in a loop, and `goto` sets `__pc` and restarts the loop.
//! A declaration in a segment other than the last would go out of scope at the segment's end;
//! that shape is reported (G0101).

use std::collections::BTreeSet;

use syn::parse_quote;

use super::{build, Cx};
use crate::ast::{self, BranchKind, StmtKind};
use crate::diag::{Code, Diagnostic};

/// A goto region being emitted: inside it, a goto to one of the labels is the statements
/// paired with it (`continue 'l;`, `break 'l;`, or a state change and `continue 'sm;`).
pub(crate) struct GotoRegion {
    pub jumps: Vec<(String, Vec<syn::Stmt>)>,
}

/// One region of a statement list: statements `start..end`.
#[derive(Clone)]
struct Interval {
    start: usize,
    end: usize,
    names: Vec<String>,
    back: bool,
}

impl Cx<'_> {
    /// The statements of a list with goto targets among them, in their regions; `None` when no
    /// label of the list is a goto target.
    pub(super) fn goto_stmts(&mut self, stmts: &[ast::Stmt]) -> Option<Vec<syn::Stmt>> {
        let mut ivs: Vec<Interval> = Vec::new();
        for (p, s) in stmts.iter().enumerate() {
            let names = label_names(s);
            if names.is_empty() {
                continue;
            }
            let first_fwd = stmts[..p].iter().position(|t| has_goto_to(t, &names));
            if let Some(i0) = first_fwd {
                ivs.push(Interval { start: i0, end: p, names: names.clone(), back: false });
            }
            if stmts[p..].iter().any(|t| has_goto_to(t, &names)) {
                ivs.push(Interval { start: p, end: stmts.len(), names, back: true });
            }
        }
        if ivs.is_empty() {
            return None;
        }
        let crossing = ivs.iter().enumerate().any(|(k, a)| {
            ivs[k + 1..].iter().any(|b| {
                let disjoint = a.end <= b.start || b.end <= a.start;
                let nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
                !disjoint && !nested
            })
        });
        if crossing {
            return self.goto_machine(stmts, &ivs);
        }
        // Outer regions first: by start, then the longest.
        ivs.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        Some(self.goto_segment(stmts, 0, stmts.len(), &ivs))
    }

    /// Statements `lo..hi`, with the regions `ivs` (all inside `lo..hi`, outer ones first).
    fn goto_segment(&mut self, stmts: &[ast::Stmt], lo: usize, hi: usize, ivs: &[Interval]) -> Vec<syn::Stmt> {
        let mut out = Vec::new();
        let mut i = lo;
        while i < hi {
            let Some(k) = ivs.iter().position(|iv| iv.start == i) else {
                out.extend(self.stmt(&stmts[i]));
                i += 1;
                continue;
            };
            let iv = ivs[k].clone();
            let inner: Vec<Interval> = ivs.iter().enumerate().filter(|&(j, v)| j != k && v.start >= iv.start && v.end <= iv.end).map(|(_, v)| v.clone()).collect();
            let base = match iv.names[0].chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                true => format!("goto_{}_", iv.names[0]),
                false => "goto".to_string(),
            };
            let rust = self.temp_label(&base);
            let jump: syn::Stmt = if iv.back { parse_quote!(continue #rust;) } else { parse_quote!(break #rust;) };
            let jumps = iv.names.iter().map(|n| (n.clone(), vec![jump.clone()])).collect();
            self.fx().gotos.push(GotoRegion { jumps });
            let mut body = self.goto_segment(stmts, iv.start, iv.end, &inner);
            self.fx().gotos.pop();
            if iv.back {
                if self.may_spin(None, &stmts[iv.start..iv.end]) {
                    // Go would preempt a goto loop too.
                    body.insert(0, self.preempt_point());
                }
                if !ends_in_jump(&stmts[iv.start..iv.end]) {
                    body.push(parse_quote!(break #rust;));
                }
                let body = build::block(body);
                out.push(build::stmt(parse_quote!(#rust: loop #body)));
            } else {
                out.push(build::stmt(build::block_expr(Some(rust), body)));
            }
            i = iv.end;
        }
        out
    }

    /// The list as a state machine (regions that cross): statements before the first goto or
    /// label as they are, then one segment per label.
    fn goto_machine(&mut self, stmts: &[ast::Stmt], ivs: &[Interval]) -> Option<Vec<syn::Stmt>> {
        let s0 = ivs.iter().map(|iv| iv.start).min().unwrap_or(0);
        let mut bounds: Vec<usize> = ivs.iter().filter(|iv| !iv.back).map(|iv| iv.end).chain(ivs.iter().filter(|iv| iv.back).map(|iv| iv.start)).collect();
        bounds.push(s0);
        bounds.sort_unstable();
        bounds.dedup();
        bounds.push(stmts.len());
        let segments: Vec<(usize, usize)> = bounds.windows(2).map(|w| (w[0], w[1])).collect();
        for &(lo, hi) in &segments[..segments.len() - 1] {
            if let Some(d) = stmts[lo..hi].iter().find(|s| declares(s)) {
                let span = d.span;
                let path = self.pkg.files.iter().find(|f| f.id == span.file).map(|f| f.path.clone()).unwrap_or_default();
                let msg = "unsupported: goto whose jumps cross another label's, with a declaration between the labels";
                self.diags.push(Diagnostic::error(&path, span, Code::Goto, msg).with_hint("declare the variable before the first label, or restructure with a loop and labelled break/continue"));
                return None;
            }
        }
        let pc = self.temp("pc");
        let sm = self.temp_label("goto");
        let mut jumps = Vec::new();
        for (k, &(lo, _)) in segments.iter().enumerate() {
            let k = k as u32;
            for n in label_names(&stmts[lo]) {
                jumps.push((n, vec![parse_quote!(#pc = #k;), parse_quote!(continue #sm;)]));
            }
        }
        let mut out = Vec::new();
        for s in &stmts[..s0] {
            out.extend(self.stmt(s));
        }
        out.push(parse_quote!(let mut #pc: u32 = 0;));
        self.fx().gotos.push(GotoRegion { jumps });
        let mut body: Vec<syn::Stmt> = Vec::new();
        for (k, &(lo, hi)) in segments.iter().enumerate() {
            let k = k as u32;
            let seg = self.stmts_plain(&stmts[lo..hi]);
            let seg = build::block(seg);
            let cond: syn::Expr = if k == 0 { parse_quote!(#pc == 0) } else { parse_quote!(#pc <= #k) };
            body.push(build::stmt(parse_quote!(if #cond #seg)));
        }
        self.fx().gotos.pop();
        body.push(parse_quote!(break #sm;));
        let body = build::block(body);
        out.push(build::stmt(parse_quote!(#sm: loop #body)));
        Some(out)
    }

    /// Statements of a segment: no goto regions of their own (the machine covers their labels).
    fn stmts_plain(&mut self, stmts: &[ast::Stmt]) -> Vec<syn::Stmt> {
        stmts.iter().flat_map(|s| self.stmt(s)).collect()
    }

    /// `goto L`: the jump of the innermost region that knows L.
    pub(super) fn goto_stmt(&mut self, s: &ast::Stmt, label: Option<&ast::Ident>) -> Vec<syn::Stmt> {
        let name = label.map(|l| l.name.as_str()).unwrap_or_default();
        let jump = self.fns.last().and_then(|f| f.gotos.iter().rev().find_map(|g| g.jumps.iter().find(|(n, _)| n == name).map(|(_, j)| j.clone())));
        match jump {
            Some(j) => j,
            // Out of a range-over-func body (the yield closure): a code in the control cell,
            // acted on after the iterator call, as for a labelled break.
            None if self.fns.last().is_some_and(|f| f.yield_fn.is_some()) && label.is_some() => {
                let y = self.fx().yield_fn.as_mut().expect("yield fn");
                let code = (y.exits.len() + 1) as u8;
                y.exits.push((code, BranchKind::Goto, Some(name.to_string())));
                let (ctl, st) = (y.ctl.clone(), y.st.clone());
                vec![parse_quote!({ #ctl.set(#code); return #st.done(); })]
            }
            None => {
                let u = self.unsupported(s.span, "goto to a label reported above");
                vec![parse_quote!(#u;)]
            }
        }
    }
}

/// The statements end in a `return` or `goto` (a trailing `break` would be dead code).
fn ends_in_jump(stmts: &[ast::Stmt]) -> bool {
    stmts.last().is_some_and(|s| matches!(s.kind, StmtKind::Return(_) | StmtKind::Branch { kind: BranchKind::Goto, .. }))
}

/// A top-level declaration (`var`, `:=`), possibly labelled.
fn declares(s: &ast::Stmt) -> bool {
    match &s.kind {
        StmtKind::Labeled { stmt, .. } => declares(stmt),
        StmtKind::Decl(d) => matches!(d.kind, ast::DeclKind::Var(_)),
        StmtKind::Assign { op: ast::AssignOp::Define, .. } => true,
        _ => false,
    }
}

/// The labels of a (possibly multiply labelled) statement.
fn label_names(s: &ast::Stmt) -> Vec<String> {
    let mut names = Vec::new();
    let mut s = s;
    while let StmtKind::Labeled { label, stmt } = &s.kind {
        names.push(label.name.clone());
        s = stmt;
    }
    names
}

/// A `goto` to one of `names` in the statement (not in a func literal: its labels are its own).
fn has_goto_to(s: &ast::Stmt, names: &[String]) -> bool {
    let mut found = BTreeSet::new();
    collect_gotos(s, &mut found);
    names.iter().any(|n| found.contains(n))
}

/// The labels that gotos in `s` name.
fn collect_gotos(s: &ast::Stmt, out: &mut BTreeSet<String>) {
    let list = |stmts: &[ast::Stmt], out: &mut BTreeSet<String>| stmts.iter().for_each(|t| collect_gotos(t, out));
    match &s.kind {
        StmtKind::Branch { kind: BranchKind::Goto, label: Some(l) } => {
            out.insert(l.name.clone());
        }
        StmtKind::Labeled { stmt, .. } => collect_gotos(stmt, out),
        StmtKind::Block(b) => list(&b.stmts, out),
        StmtKind::If { then, els, .. } => {
            list(&then.stmts, out);
            if let Some(e) = els {
                collect_gotos(e, out);
            }
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => list(&body.stmts, out),
        StmtKind::Switch { cases, .. } => cases.iter().for_each(|c| list(&c.body, out)),
        StmtKind::TypeSwitch { cases, .. } => cases.iter().for_each(|c| list(&c.body, out)),
        StmtKind::Select { cases } => cases.iter().for_each(|c| list(&c.body, out)),
        _ => {}
    }
}

/// The statements contain a `goto` (outside func literals).
pub(super) fn contains_goto(stmts: &[ast::Stmt]) -> bool {
    let mut found = BTreeSet::new();
    stmts.iter().for_each(|s| collect_gotos(s, &mut found));
    !found.is_empty()
}
