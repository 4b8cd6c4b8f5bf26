//! Blocking analysis: which functions and func literals may block (and so are `async`), which
//! calls must be awaited, and which async calls recurse (need `Box::pin`).
//!
//! A call-graph fixpoint in the style of GopherJS. A function blocks if its body does a channel
//! send or receive, a `select`, a range over a channel, calls a blocking std function
//! (`stdlib::BLOCKING`), or calls a function that blocks. Calls through func values are
//! resolved by colour: all func values of one signature (underlying type) are async if any
//! function used as a value of that signature blocks. Interface methods likewise: a method
//! `(name, signature)` of an interface is async iff some implementation blocks, and then every
//! implementation is async. The body of a range-over-func loop is the yield function: it is
//! analysed as the pseudo-function `FuncRef::Lit(range statement id)`.

use std::collections::{BTreeMap, BTreeSet};

use super::info::*;
use super::stdlib;
use super::types::TypeId;
use crate::ast::{self, visit::Visitor, NodeId};
use crate::diag::{Code, Diagnostic};

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Dep {
    Func(FuncRef),
    FuncType(TypeId),
    Iface(String, TypeId),
}

#[derive(Default)]
struct Facts {
    direct: bool,
    deps: BTreeSet<Dep>,
    /// Functions this one starts as goroutines (`go f()`): not a blocking dependency, but an
    /// edge for recursion, since the spawned future is built inside this one.
    spawns: BTreeSet<FuncRef>,
}

struct Walker<'i> {
    info: &'i Info,
    stack: Vec<FuncRef>,
    facts: BTreeMap<FuncRef, Facts>,
    /// Functions used as values, with the colour key of the slot type.
    sources: BTreeSet<(FuncRef, TypeId)>,
    /// Every call in user code: (call, enclosing function, what it depends on).
    calls: Vec<(NodeId, FuncRef, Option<Dep>, bool)>,
    /// Callee expressions (not value uses).
    callees: BTreeSet<NodeId>,
    /// Std calls with func-typed arguments that must be synchronous callbacks: (arg, callee).
    sync_callbacks: Vec<(NodeId, ast::Span, String)>,
    /// Func types that must share a colour: an argument's type and the generic parameter type
    /// it is passed as (`func() int` into `func() T`).
    links: BTreeSet<(TypeId, TypeId)>,
    /// Slot types of blocking std functions and methods used as values (`mu.Lock`,
    /// `wg.Wait`, `time.Sleep`): async from the start.
    std_sources: BTreeSet<TypeId>,
    /// One-way colour rules `(a, b)`: when func type `a` is async, so is `b`. A range-over-func
    /// loop whose yield type is async must await its iterator, whoever made it (a std
    /// sequence such as `maps.Keys(m)` has no body of its own that would make it async).
    implies: BTreeSet<(TypeId, TypeId)>,
    /// Interface method values (`f := h.Handle`): the slot type is async when the interface
    /// method (name, signature) is.
    iface_sources: BTreeSet<((String, TypeId), TypeId)>,
}

/// Runs the analysis and stores its results in `info`.
pub(super) fn analyze(pkg: &ast::Package, info: &mut Info, diags: &mut Vec<Diagnostic>) {
    let mut w = Walker {
        info,
        stack: Vec::new(),
        facts: BTreeMap::new(),
        sources: BTreeSet::new(),
        calls: Vec::new(),
        callees: BTreeSet::new(),
        sync_callbacks: Vec::new(),
        links: BTreeSet::new(),
        std_sources: BTreeSet::new(),
        implies: BTreeSet::new(),
        iface_sources: BTreeSet::new(),
    };
    let mut methods: Vec<ObjId> = Vec::new();
    for f in &pkg.files {
        for d in &f.decls {
            if let ast::DeclKind::Func(fd) = &d.kind {
                let Some(o) = w.info.resolve(fd.name.id) else { continue };
                if fd.recv.is_some() {
                    methods.push(o);
                }
                if let Some(body) = &fd.body {
                    w.enter(FuncRef::Decl(o));
                    w.visit_block(body);
                    w.leave();
                }
            } else if let ast::DeclKind::Var(specs) = &d.kind {
                // A package-level initializer runs as the pseudo-function `Lit(spec id)`.
                for s in specs {
                    w.enter(FuncRef::Lit(s.id));
                    for v in &s.values {
                        w.visit_expr(v);
                    }
                    w.leave();
                }
            }
        }
    }
    let Walker { facts, sources, calls, sync_callbacks, mut links, std_sources, implies, iface_sources, .. } = w;
    // A generic func type's instances share its colour: `type Task[T any] func() T` is one
    // Rust type whichever `T` a value was made for, and a generic body calls it as `Task[T]`.
    for t in info.types.all_named() {
        let Some(origin) = info.types.named(t).and_then(|n| n.origin) else { continue };
        link_func_types(info, &mut links, info.types.underlying(t), info.types.underlying(origin));
        // A generic struct's func-typed fields likewise (`f func(K) V` of `Memo[K, V]` is one
        // Rust field type whichever instance holds it).
        if let (Some(fa), Some(fb)) = (info.types.struct_fields(t), info.types.struct_fields(origin)) {
            for (x, y) in fa.iter().zip(fb) {
                link_func_types(info, &mut links, x.ty, y.ty);
            }
        }
    }
    let method_keys = method_keys(info, &methods);
    let std_keys = std_blocking_keys(info);

    // Fixpoint.
    let mut async_funcs: BTreeSet<FuncRef> = facts.iter().filter(|(_, f)| f.direct).map(|(r, _)| *r).collect();
    let mut async_types: BTreeSet<TypeId> = std_sources;
    let mut async_keys: BTreeSet<(String, TypeId)> = std_keys;
    loop {
        let mut changed = false;
        for (r, f) in &facts {
            if async_funcs.contains(r) {
                continue;
            }
            let blocks = f.deps.iter().any(|d| match d {
                Dep::Func(g) => async_funcs.contains(g),
                Dep::FuncType(t) => async_types.contains(t),
                Dep::Iface(n, s) => async_keys.contains(&(n.clone(), *s)),
            });
            let via_iface = matches!(r, FuncRef::Decl(o) if method_keys.get(o).is_some_and(|ks| ks.iter().any(|k| async_keys.contains(k))));
            if blocks || via_iface {
                async_funcs.insert(*r);
                changed = true;
            }
        }
        for (r, t) in &sources {
            if async_funcs.contains(r) && async_types.insert(*t) {
                changed = true;
            }
        }
        for (a, b) in &links {
            if async_types.contains(a) != async_types.contains(b) {
                async_types.insert(*a);
                async_types.insert(*b);
                changed = true;
            }
        }
        for (k, t) in &iface_sources {
            if async_keys.contains(k) && async_types.insert(*t) {
                changed = true;
            }
        }
        for (a, b) in &implies {
            if async_types.contains(a) && async_types.insert(*b) {
                changed = true;
            }
        }
        for (o, keys) in &method_keys {
            if async_funcs.contains(&FuncRef::Decl(*o)) {
                for k in keys {
                    if async_keys.insert(k.clone()) {
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }

    // Recursion among async functions: SCCs by mutual reachability over static edges.
    let edges: BTreeMap<FuncRef, Vec<FuncRef>> = facts
        .iter()
        .filter(|(r, _)| async_funcs.contains(r))
        .map(|(r, f)| {
            let out = f.deps.iter().filter_map(|d| if let Dep::Func(g) = d { Some(*g) } else { None }).chain(f.spawns.iter().copied()).filter(|g| async_funcs.contains(g)).collect();
            (*r, out)
        })
        .collect();
    let reach = |from: FuncRef| -> BTreeSet<FuncRef> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from];
        while let Some(x) = todo.pop() {
            for y in edges.get(&x).into_iter().flatten() {
                if seen.insert(*y) {
                    todo.push(*y);
                }
            }
        }
        seen
    };
    let reachable: BTreeMap<FuncRef, BTreeSet<FuncRef>> = edges.keys().map(|r| (*r, reach(*r))).collect();
    let mut sccs: Vec<Vec<FuncRef>> = Vec::new();
    let mut placed: BTreeSet<FuncRef> = BTreeSet::new();
    for (r, rs) in &reachable {
        if placed.contains(r) || !rs.contains(r) {
            continue;
        }
        let scc: Vec<FuncRef> = rs.iter().copied().filter(|g| reachable.get(g).is_some_and(|gs| gs.contains(r))).collect();
        placed.extend(scc.iter().copied());
        sccs.push(scc);
    }
    let scc_of: BTreeMap<FuncRef, usize> = sccs.iter().enumerate().flat_map(|(i, s)| s.iter().map(move |f| (*f, i))).collect();

    // Per-call facts.
    for (call, owner, dep, std_blocking) in &calls {
        let must = *std_blocking
            || match dep {
                Some(Dep::Func(g)) => async_funcs.contains(g),
                Some(Dep::FuncType(t)) => async_types.contains(t),
                Some(Dep::Iface(n, s)) => async_keys.contains(&(n.clone(), *s)),
                None => false,
            };
        let boxed = match dep {
            Some(Dep::Func(g)) => must && scc_of.get(owner).is_some() && scc_of.get(owner) == scc_of.get(g),
            _ => false,
        };
        if let Some(c) = info.calls.get_mut(call) {
            c.must_await = must;
            c.boxed = boxed;
        }
    }

    // Blocking functions where the runtime needs a synchronous callback.
    let path_of = |span: ast::Span| pkg.files.get(span.file.0 as usize).map(|f| f.path.clone()).unwrap_or_default();
    // A method the runtime calls synchronously that may block, diagnosed at its declaration.
    let blocking_method = |o: ObjId, why: String| info.obj(o).span.map(|span| Diagnostic::error(&path_of(span), span, Code::BlockingCallback, format!("method {} may block, but {why}", info.obj(o).name)));
    for (arg, span, callee) in &sync_callbacks {
        let blocks = async_funcs.contains(&FuncRef::Lit(*arg))
            || info.resolve(*arg).is_some_and(|o| async_funcs.contains(&FuncRef::Decl(o)))
            || async_types.contains(&info.types.underlying(info.type_of(*arg)));
        if blocks {
            diags.push(Diagnostic::error(
                &path_of(*span),
                *span,
                Code::BlockingCallback,
                format!("function passed to {callee} may block, but {callee} needs a synchronous callback"),
            ));
        }
    }
    // A blocking `String`, `Error`, `Write`, `Less`… of a std interface the runtime calls
    // synchronously is driven to completion where it is called (`gort::bridge`).

    // A program's `context.Context`: the runtime asks it for Done/Err/Value/Deadline
    // synchronously (`context::Impl`); likewise a `log/slog` handler, leveler or log valuer
    // (the runtime's loggers call them while logging).
    let mut reported: BTreeSet<ObjId> = BTreeSet::new();
    for (iface, impls) in info.all_implementors() {
        let Some(why) = info.types.named(*iface).and_then(|n| match (n.pkg.as_str(), n.name.as_str()) {
            ("context", "Context") => Some("a context.Context's"),
            ("log/slog", "Handler") => Some("a slog.Handler's"),
            ("log/slog", "Leveler") => Some("a slog.Leveler's"),
            _ => None,
        }) else {
            continue;
        };
        let names: Vec<String> = info.types.interface(*iface).map(|it| it.methods.iter().map(|(n, _)| n.clone()).collect()).unwrap_or_default();
        for t in impls {
            for name in &names {
                let Some(Selection::Method { method, .. }) = info.impl_method(*t, name) else { continue };
                if !async_funcs.contains(&FuncRef::Decl(*method)) || !reported.insert(*method) {
                    continue;
                }
                diags.extend(blocking_method(*method, format!("the runtime calls {why} {name} synchronously (use sync/atomic or a closed channel, not a lock or a channel operation)")));
            }
        }
    }

    info.async_funcs = async_funcs;
    info.async_func_types = async_types;
    info.async_iface_methods = async_keys;
    info.recursion_sccs = sccs.into_iter().filter(|s| s.len() > 1 || edges.get(&s[0]).is_some_and(|e| e.contains(&s[0]))).collect();
}

/// For each user method, the interface method keys it implements.
fn method_keys(info: &Info, methods: &[ObjId]) -> BTreeMap<ObjId, Vec<(String, TypeId)>> {
    // Named type → interfaces it (or its pointer) implements.
    let mut by_type: BTreeMap<TypeId, Vec<TypeId>> = BTreeMap::new();
    for (iface, impls) in info.all_implementors() {
        for t in impls {
            let named = if info.types.is_pointer(*t) && !info.types.is_named(*t) { info.types.elem(*t) } else { Some(*t) };
            if let Some(n) = named {
                let e = by_type.entry(n).or_default();
                if !e.contains(iface) {
                    e.push(*iface);
                }
            }
        }
    }
    let mut out: BTreeMap<ObjId, Vec<(String, TypeId)>> = BTreeMap::new();
    for &m in methods {
        let obj = info.obj(m);
        let ObjKind::Func(fi) = &obj.kind else { continue };
        let Some(named) = fi.recv_named else { continue };
        for iface in by_type.get(&named).into_iter().flatten() {
            if let Some(it) = info.types.interface(*iface) {
                if let Some((n, s)) = it.methods.iter().find(|(n, _)| *n == obj.name) {
                    let k = (n.clone(), *s);
                    let e = out.entry(m).or_default();
                    if !e.contains(&k) {
                        e.push(k);
                    }
                }
            }
        }
    }
    out
}

fn std_blocks(info: &Info, o: ObjId) -> bool {
    info.is_blocking_std(o)
}

impl Info {
    /// The index of the `iter.Seq`/`iter.Seq2` parameter of a std function that drains it
    /// (`stdlib::DRAINS_SEQ`).
    pub fn drained_seq_param(&self, o: ObjId) -> Option<usize> {
        let obj = self.obj(o);
        let ObjKind::Func(fi) = &obj.kind else { return None };
        if !fi.std || fi.recv_named.is_some() || !stdlib::drains_seq(&stdlib::qualified(&obj.pkg, None, &obj.name)) {
            return None;
        }
        let sig = self.types.signature(obj.ty)?;
        sig.params.iter().position(|&p| self.is_iter_seq(p))
    }

    /// `iter.Seq[V]` or `iter.Seq2[K, V]` (any instance).
    pub fn is_iter_seq(&self, t: TypeId) -> bool {
        self.types.named(t).is_some_and(|n| n.pkg == "iter" && (n.name == "Seq" || n.name == "Seq2"))
    }

    /// Whether `o` is a std function or method that may block (`stdlib::BLOCKING`).
    pub fn is_blocking_std(&self, o: ObjId) -> bool {
        let obj = self.obj(o);
        let ObjKind::Func(fi) = &obj.kind else { return false };
        let recv = fi.recv_named.and_then(|n| self.types.named(n)).map(|n| n.name.clone());
        fi.std && stdlib::is_blocking(&stdlib::qualified(&obj.pkg, recv.as_deref(), &obj.name))
    }
}

/// Interface method keys implemented by a blocking std method (e.g. `sync.Locker.Lock`).
fn std_blocking_keys(info: &Info) -> BTreeSet<(String, TypeId)> {
    let mut out = BTreeSet::new();
    for (iface, impls) in info.all_implementors() {
        let Some(it) = info.types.interface(*iface) else { continue };
        for t in impls {
            let named = if info.types.is_pointer(*t) && !info.types.is_named(*t) { info.types.elem(*t) } else { Some(*t) };
            let Some(n) = named.and_then(|n| info.types.named(n)) else { continue };
            if info.types.is_user_pkg(&n.pkg) || n.pkg.is_empty() {
                continue;
            }
            for (name, sig) in &it.methods {
                if stdlib::is_blocking(&stdlib::qualified(&n.pkg, Some(&n.name), name)) {
                    out.insert((name.clone(), *sig));
                }
            }
        }
    }
    out
}

impl Walker<'_> {
    fn enter(&mut self, f: FuncRef) {
        self.facts.entry(f).or_default();
        self.stack.push(f);
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn cur(&mut self) -> Option<&mut Facts> {
        let f = *self.stack.last()?;
        self.facts.get_mut(&f)
    }

    /// The operands of a select case's communication (channel, sent value, assigned places),
    /// without the send or receive itself.
    fn visit_comm_operands(&mut self, comm: &ast::Stmt) {
        // `<-ch` → `ch`; anything else as it is.
        fn operand(e: &ast::Expr) -> &ast::Expr {
            match &e.unparen().kind {
                ast::ExprKind::Unary { op: ast::UnaryOp::Recv, x } => x,
                _ => e,
            }
        }
        match &comm.kind {
            ast::StmtKind::Send { chan, value } => {
                self.visit_expr(chan);
                self.visit_expr(value);
            }
            ast::StmtKind::Expr(e) => self.visit_expr(operand(e)),
            ast::StmtKind::Assign { lhs, rhs, op } => {
                if *op != ast::AssignOp::Define {
                    for l in lhs {
                        self.visit_expr(l);
                    }
                }
                for r in rhs {
                    self.visit_expr(operand(r));
                }
            }
            _ => self.visit_stmt(comm),
        }
    }

    fn block_here(&mut self) {
        if let Some(f) = self.cur() {
            f.direct = true;
        }
    }

    fn dep(&mut self, d: Dep) {
        if let Some(f) = self.cur() {
            f.deps.insert(d);
        }
    }

    /// Classifies a call; returns its dependency and whether it is a blocking std call.
    fn call_dep(&mut self, call: &ast::Expr, func: &ast::Expr) -> (Option<Dep>, bool) {
        let info = self.info;
        let Some(ci) = info.call(call.id) else { return (None, false) };
        match &ci.kind {
            CallKind::Func(o) | CallKind::Method(o) => {
                let obj = info.obj(*o);
                match &obj.kind {
                    ObjKind::Func(fi) if fi.std => (None, std_blocks(info, *o)),
                    _ => (Some(Dep::Func(FuncRef::Decl(*o))), false),
                }
            }
            CallKind::InterfaceMethod { iface, name } => {
                // Through a std interface's runtime trait: awaited only if the trait method is
                // async (a blocking implementation of the program is bridged inside its impl).
                if let Some(blocks) = info.std_iface_method_async(*iface, name) {
                    return (None, blocks);
                }
                let sig = info.types.interface(*iface).and_then(|it| it.methods.iter().find(|(n, _)| n == name).map(|(_, s)| *s));
                match sig {
                    Some(s) => {
                        // A std interface method (e.g. sync.Locker.Lock) blocks if a std
                        // implementation does; user keys are resolved in the fixpoint.
                        (Some(Dep::Iface(name.clone(), s)), false)
                    }
                    None => (None, false),
                }
            }
            CallKind::FuncValue => {
                let f = func.unparen();
                if let ast::ExprKind::FuncLit { .. } = f.kind {
                    return (Some(Dep::Func(FuncRef::Lit(f.id))), false);
                }
                let t = info.types.underlying(info.type_of(f.id));
                (Some(Dep::FuncType(t)), false)
            }
            CallKind::Conversion { .. } | CallKind::Builtin(_) => (None, false),
        }
    }

    /// The func type of the sequence a std function drains (`slices.Collect(seq)`,
    /// `stdlib::DRAINS_SEQ`): when that type is async, the emitter runs the sequence to its end
    /// first (awaited), so the enclosing function blocks.
    fn drained_seq(&self, call: &ast::Expr) -> Option<TypeId> {
        let info = self.info;
        let ast::ExprKind::Call { args, .. } = &call.kind else { return None };
        let CallKind::Func(o) = info.call(call.id)?.kind else { return None };
        let i = info.drained_seq_param(o)?;
        let a = args.get(i)?;
        Some(info.types.underlying(info.type_of(a.id)))
    }

    /// A func-typed argument of a generic function shares its colour with the parameter's
    /// generic type: the callee's body calls it through the generic type.
    fn link_generic_func_args(&mut self, call: &ast::Expr, args: &[ast::Expr]) {
        let info = self.info;
        let Some(ci) = info.call(call.id) else { return };
        let (CallKind::Func(o) | CallKind::Method(o)) = &ci.kind else { return };
        let Some(sig) = info.types.signature(info.obj(*o).ty) else { return };
        for (i, a) in args.iter().enumerate() {
            let Some(pt) = param_type(info, sig, i) else { continue };
            let pu = info.types.underlying(pt);
            let au = info.types.underlying(info.type_of(a.id));
            link_func_types(info, &mut self.links, au, pu);
        }
    }

    /// Records a call and its effect on the enclosing function.
    fn record_call(&mut self, call: &ast::Expr, func: &ast::Expr, counts: bool) {
        let (dep, std_blocking) = self.call_dep(call, func);
        if let Some(owner) = self.stack.last().copied() {
            self.calls.push((call.id, owner, dep.clone(), std_blocking));
        }
        if counts {
            if std_blocking {
                self.block_here();
            }
            if let Some(d) = dep {
                self.dep(d);
            }
            // Not the call's own colour: the runtime function stays synchronous, and the
            // emitter awaits the draining of the sequence before it.
            if let Some(t) = self.drained_seq(call) {
                self.dep(Dep::FuncType(t));
            }
        }
        self.note_sync_callbacks(call);
    }

    fn note_sync_callbacks(&mut self, call: &ast::Expr) {
        let info = self.info;
        let ast::ExprKind::Call { args, .. } = &call.kind else { return };
        let Some(ci) = info.call(call.id) else { return };
        let o = match &ci.kind {
            CallKind::Func(o) | CallKind::Method(o) => *o,
            _ => return,
        };
        let obj = info.obj(o);
        let ObjKind::Func(fi) = &obj.kind else { return };
        if !fi.std {
            return;
        }
        let recv = fi.recv_named.and_then(|n| info.types.named(n)).map(|n| n.name.clone());
        let q = stdlib::qualified(&obj.pkg, recv.as_deref(), &obj.name);
        if stdlib::takes_async_callback(&q) {
            return;
        }
        let shown = match &recv {
            Some(r) => format!("{}.{}.{}", stdlib::package_name(&obj.pkg), r, obj.name),
            None => format!("{}.{}", stdlib::package_name(&obj.pkg), obj.name),
        };
        // Only arguments passed as funcs: one converted to an interface (`fmt.Printf("%T", f)`)
        // is a value the callee prints or stores, never calls.
        let sig = info.types.signature(obj.ty);
        let drained = info.drained_seq_param(o);
        for (i, a) in args.iter().enumerate() {
            if drained == Some(i) {
                continue;
            }
            let a = a.unparen();
            let param = sig.and_then(|sig| param_type(info, sig, i));
            let passed_as_func = param.is_none_or(|p| info.types.signature(info.types.underlying(p)).is_some());
            if passed_as_func && info.types.signature(info.type_of(a.id)).is_some() {
                self.sync_callbacks.push((a.id, a.span, shown.clone()));
            }
        }
    }

    /// A function used as a value: its colour flows into the slot's signature.
    fn value_source(&mut self, f: FuncRef, ty: TypeId) {
        let key = self.info.types.underlying(ty);
        if self.info.types.signature(key).is_some() {
            self.sources.insert((f, key));
        }
    }

    /// A std function or method used as a value: a blocking one makes the slot's signature
    /// async.
    fn std_value_source(&mut self, o: ObjId, ty: TypeId) {
        if std_blocks(self.info, o) {
            self.std_sources.insert(self.info.types.underlying(ty));
        }
    }
}

impl Visitor for Walker<'_> {
    fn visit_stmt(&mut self, s: &ast::Stmt) {
        match &s.kind {
            ast::StmtKind::Select { cases } if cases.iter().any(|c| c.comm.is_none()) => {
                // A select with a default never waits: only its operands and bodies may block.
                for c in cases {
                    if let Some(comm) = &c.comm {
                        self.visit_comm_operands(comm);
                    }
                    for s in &c.body {
                        self.visit_stmt(s);
                    }
                }
            }
            ast::StmtKind::Send { .. } | ast::StmtKind::Select { .. } => {
                self.block_here();
                ast::visit::walk_stmt(self, s);
            }
            ast::StmtKind::Go(e) => {
                // The call runs in a new goroutine: only operand evaluation happens here.
                let e = e.unparen();
                if let ast::ExprKind::Call { func, args, .. } = &e.kind {
                    self.record_call(e, func, false);
                    self.callees.insert(func.unparen().id);
                    let spawned = match &func.unparen().kind {
                        ast::ExprKind::FuncLit { .. } => Some(FuncRef::Lit(func.unparen().id)),
                        _ => match self.call_dep(e, func).0 {
                            Some(Dep::Func(g)) => Some(g),
                            _ => None,
                        },
                    };
                    if let (Some(g), Some(f)) = (spawned, self.cur()) {
                        f.spawns.insert(g);
                    }
                    match &func.unparen().kind {
                        ast::ExprKind::FuncLit { body, .. } => {
                            self.enter(FuncRef::Lit(func.unparen().id));
                            self.visit_block(body);
                            self.leave();
                        }
                        ast::ExprKind::Selector { x, .. } => self.visit_expr(x),
                        ast::ExprKind::Ident(_) => {}
                        _ => self.visit_expr(func),
                    }
                    for a in args {
                        self.visit_expr(a);
                    }
                } else {
                    self.visit_expr(e);
                }
            }
            ast::StmtKind::Range { key, value, x, body, .. } => {
                match self.info.range_kind(s.id) {
                    Some(RangeKind::Chan) => self.block_here(),
                    Some(RangeKind::Func(_)) => {
                        // Calling the iterator; the body is the yield function.
                        let it = self.info.types.underlying(self.info.type_of(x.id));
                        self.dep(Dep::FuncType(it));
                        if let Some(sig) = self.info.types.signature(it) {
                            if let Some(y) = sig.params.first().copied() {
                                self.value_source(FuncRef::Lit(s.id), y);
                                self.implies.insert((self.info.types.underlying(y), it));
                            }
                        }
                        self.dep(Dep::Func(FuncRef::Lit(s.id)));
                        for e in [key, value].into_iter().flatten() {
                            self.visit_expr(e);
                        }
                        self.visit_expr(x);
                        self.enter(FuncRef::Lit(s.id));
                        self.visit_block(body);
                        self.leave();
                        return;
                    }
                    _ => {}
                }
                ast::visit::walk_stmt(self, s);
            }
            _ => ast::visit::walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &ast::Expr) {
        match &e.kind {
            ast::ExprKind::Unary { op: ast::UnaryOp::Recv, .. } => {
                self.block_here();
                ast::visit::walk_expr(self, e);
            }
            ast::ExprKind::FuncLit { body, .. } => {
                if !self.callees.contains(&e.id) {
                    let t = self.info.func_lit_type(e.id);
                    self.value_source(FuncRef::Lit(e.id), t);
                }
                self.enter(FuncRef::Lit(e.id));
                self.visit_block(body);
                self.leave();
            }
            ast::ExprKind::Call { func, args, .. } => {
                let f = func.unparen();
                self.callees.insert(f.id);
                if let ast::ExprKind::Index { x, .. } = &f.kind {
                    self.callees.insert(x.unparen().id);
                }
                self.record_call(e, func, true);
                self.link_generic_func_args(e, args);
                self.visit_expr(func);
                for a in args {
                    self.visit_expr(a);
                }
            }
            ast::ExprKind::Ident(_) => {
                if !self.callees.contains(&e.id) {
                    if let Some(o) = self.info.resolve(e.id) {
                        if let ObjKind::Func(fi) = &self.info.obj(o).kind {
                            if !fi.std {
                                self.value_source(FuncRef::Decl(o), self.info.type_of(e.id));
                            }
                        }
                    }
                }
            }
            ast::ExprKind::Selector { x, .. } => {
                if !self.callees.contains(&e.id) {
                    match self.info.selection(e.id) {
                        Some(Selection::Method { method, .. }) | Some(Selection::MethodExpr { method, .. }) => {
                            let m = *method;
                            if matches!(&self.info.obj(m).kind, ObjKind::Func(fi) if !fi.std) {
                                self.value_source(FuncRef::Decl(m), self.info.type_of(e.id));
                            } else {
                                self.std_value_source(m, self.info.type_of(e.id));
                            }
                        }
                        Some(Selection::InterfaceMethod { iface, name, .. }) => {
                            let sig = self.info.types.interface(*iface).and_then(|it| it.methods.iter().find(|(n, _)| n == name).map(|(_, s)| *s));
                            let slot = self.info.types.underlying(self.info.type_of(e.id));
                            if let Some(sig) = sig {
                                self.iface_sources.insert(((name.clone(), sig), slot));
                            }
                        }
                        Some(Selection::PkgMember { obj, .. }) => {
                            let o = *obj;
                            match &self.info.obj(o).kind {
                                ObjKind::Func(fi) if fi.std => self.std_value_source(o, self.info.type_of(e.id)),
                                // A function of another of the program's packages (`svc.Gather`).
                                ObjKind::Func(_) => self.value_source(FuncRef::Decl(o), self.info.type_of(e.id)),
                                _ => {}
                            }
                        }
                        _ => {}
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

/// Links two func types that are one Rust type (an instance and its generic form), and so
/// their func-typed parameters and results, position by position: `iter.Seq[int]` and
/// `iter.Seq[T]` share a colour, and so do their yield functions `func(int) bool` and
/// `func(T) bool`.
fn link_func_types(info: &Info, links: &mut BTreeSet<(TypeId, TypeId)>, a: TypeId, b: TypeId) {
    let (a, b) = (info.types.underlying(a), info.types.underlying(b));
    if a == b || links.contains(&(a, b)) {
        return;
    }
    let (Some(sa), Some(sb)) = (info.types.signature(a), info.types.signature(b)) else { return };
    links.insert((a, b));
    let pairs: Vec<(TypeId, TypeId)> = sa.params.iter().zip(&sb.params).chain(sa.results.iter().zip(&sb.results)).map(|(&x, &y)| (x, y)).collect();
    for (x, y) in pairs {
        link_func_types(info, links, x, y);
    }
}

/// The type the `i`th argument of a call to `sig` is passed as (a variadic tail's element type).
fn param_type(info: &Info, sig: &super::types::Signature, i: usize) -> Option<TypeId> {
    let n = sig.params.len();
    match sig.params.get(i) {
        Some(&p) if !(sig.variadic && i + 1 >= n) => Some(p),
        _ if sig.variadic => sig.params.last().map(|&last| info.types.elem(last).unwrap_or(last)),
        _ => None,
    }
}
