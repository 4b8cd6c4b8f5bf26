//! A compact S-expression dump of the AST (no ids or spans), for golden tests and debugging.

use super::nodes::*;

/// Dumps a whole package, one top-level declaration per line group.
pub fn dump(pkg: &Package) -> String {
    let mut d = Dumper { out: String::new(), indent: 0 };
    for f in &pkg.files {
        d.line(&format!("(file {}", f.package.as_ref().map(|p| p.name.as_str()).unwrap_or("?")));
        d.indent += 1;
        for i in &f.imports {
            let name = i.name.as_ref().map(|n| format!("{} ", n.name)).unwrap_or_default();
            d.line(&format!("(import {name}{:?})", i.path));
        }
        for decl in &f.decls {
            d.decl(decl);
        }
        d.indent -= 1;
        d.line(")");
    }
    d.out
}

struct Dumper {
    out: String,
    indent: usize,
}

impl Dumper {
    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn decl(&mut self, d: &Decl) {
        match &d.kind {
            DeclKind::Func(f) => {
                let recv = f.recv.as_ref().map(|r| format!(" (recv {})", field(r))).unwrap_or_default();
                let tps = type_params(&f.type_params);
                self.line(&format!("(func {}{recv}{tps} {}", f.name.name, sig(&f.sig)));
                if let Some(b) = &f.body {
                    self.indent += 1;
                    self.block(b);
                    self.indent -= 1;
                }
                self.line(")");
            }
            DeclKind::Const(specs) => {
                for s in specs {
                    let names: Vec<&str> = s.names.iter().map(|n| n.name.as_str()).collect();
                    let ty = s.ty.as_ref().map(|t| format!(" {}", expr(t))).unwrap_or_default();
                    let vals: Vec<String> = s.values.iter().map(expr).collect();
                    let inh = s.inherit.map(|i| format!(" (inherit {i})")).unwrap_or_default();
                    self.line(&format!("(const {}{ty} (iota {}){inh} {})", names.join(","), s.iota, vals.join(" ")));
                }
            }
            DeclKind::Var(specs) => {
                for s in specs {
                    let names: Vec<&str> = s.names.iter().map(|n| n.name.as_str()).collect();
                    let ty = s.ty.as_ref().map(|t| format!(" {}", expr(t))).unwrap_or_default();
                    let vals: Vec<String> = s.values.iter().map(expr).collect();
                    self.line(&format!("(var {}{ty} {})", names.join(","), vals.join(" ")));
                }
            }
            DeclKind::Type(specs) => {
                for s in specs {
                    let kw = if s.alias { "alias" } else { "type" };
                    self.line(&format!("({kw} {}{} {})", s.name.name, type_params(&s.type_params), expr(&s.ty)));
                }
            }
            DeclKind::Bad => self.line("(bad-decl)"),
        }
    }

    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn nested(&mut self, head: &str, body: &[Stmt]) {
        self.line(&format!("({head}"));
        self.indent += 1;
        for s in body {
            self.stmt(s);
        }
        self.indent -= 1;
        self.line(")");
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Empty => self.line("(empty)"),
            StmtKind::Labeled { label, stmt } => {
                self.line(&format!("(label {}", label.name));
                self.indent += 1;
                self.stmt(stmt);
                self.indent -= 1;
                self.line(")");
            }
            StmtKind::Expr(e) => self.line(&format!("(expr {})", expr(e))),
            StmtKind::Send { chan, value } => self.line(&format!("(send {} {})", expr(chan), expr(value))),
            StmtKind::IncDec { x, inc } => self.line(&format!("({} {})", if *inc { "inc" } else { "dec" }, expr(x))),
            StmtKind::Assign { lhs, op, rhs } => {
                let op = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                };
                self.line(&format!("(assign {op} ({}) ({}))", list(lhs), list(rhs)));
            }
            StmtKind::Go(e) => self.line(&format!("(go {})", expr(e))),
            StmtKind::Defer(e) => self.line(&format!("(defer {})", expr(e))),
            StmtKind::Return(es) => self.line(&format!("(return {})", list(es))),
            StmtKind::Branch { kind, label } => {
                let l = label.as_ref().map(|l| format!(" {}", l.name)).unwrap_or_default();
                self.line(&format!("({kind:?}{l})").to_lowercase());
            }
            StmtKind::Block(b) => self.nested("block", &b.stmts),
            StmtKind::If { init, cond, then, els } => {
                self.line(&format!("(if {}", expr(cond)));
                self.indent += 1;
                if let Some(i) = init {
                    self.line("(init");
                    self.indent += 1;
                    self.stmt(i);
                    self.indent -= 1;
                    self.line(")");
                }
                self.nested("then", &then.stmts);
                if let Some(e) = els {
                    self.line("(else");
                    self.indent += 1;
                    self.stmt(e);
                    self.indent -= 1;
                    self.line(")");
                }
                self.indent -= 1;
                self.line(")");
            }
            StmtKind::Switch { init, tag, cases } => {
                let tag = tag.as_ref().map(expr).unwrap_or_else(|| "-".into());
                self.line(&format!("(switch {tag}"));
                self.indent += 1;
                if let Some(i) = init {
                    self.stmt(i);
                }
                for c in cases {
                    let head = if c.is_default { "default".to_string() } else { format!("case {}", list(&c.exprs)) };
                    self.nested(&head, &c.body);
                }
                self.indent -= 1;
                self.line(")");
            }
            StmtKind::TypeSwitch { init, bind, subject, cases } => {
                let b = bind.as_ref().map(|b| format!("{} := ", b.name)).unwrap_or_default();
                self.line(&format!("(typeswitch {b}{}", expr(subject)));
                self.indent += 1;
                if let Some(i) = init {
                    self.stmt(i);
                }
                for c in cases {
                    let head = if c.is_default { "default".to_string() } else { format!("case {}", list(&c.types)) };
                    self.nested(&head, &c.body);
                }
                self.indent -= 1;
                self.line(")");
            }
            StmtKind::Select { cases } => {
                self.line("(select");
                self.indent += 1;
                for c in cases {
                    match &c.comm {
                        Some(comm) => {
                            self.line("(case");
                            self.indent += 1;
                            self.stmt(comm);
                            for s in &c.body {
                                self.stmt(s);
                            }
                            self.indent -= 1;
                            self.line(")");
                        }
                        None => self.nested("default", &c.body),
                    }
                }
                self.indent -= 1;
                self.line(")");
            }
            StmtKind::For { init, cond, post, body } => {
                let c = cond.as_ref().map(expr).unwrap_or_else(|| "-".into());
                self.line(&format!("(for {c}"));
                self.indent += 1;
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.nested("body", &body.stmts);
                self.indent -= 1;
                self.line(")");
            }
            StmtKind::Range { key, value, define, x, body } => {
                let k = key.as_ref().map(expr).unwrap_or_else(|| "-".into());
                let v = value.as_ref().map(expr).unwrap_or_else(|| "-".into());
                let op = if *define { ":=" } else { "=" };
                self.nested(&format!("range {k} {v} {op} {}", expr(x)), &body.stmts);
            }
            StmtKind::Bad => self.line("(bad-stmt)"),
        }
    }
}

fn list(es: &[Expr]) -> String {
    es.iter().map(expr).collect::<Vec<_>>().join(" ")
}

fn field(f: &Field) -> String {
    let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
    let dots = if f.variadic { "..." } else { "" };
    let tag = f.tag.as_ref().map(|t| format!(" (tag {t:?})")).unwrap_or_default();
    if names.is_empty() { format!("{dots}{}{tag}", expr(&f.ty)) } else { format!("{} {dots}{}{tag}", names.join(","), expr(&f.ty)) }
}

fn fields(fs: &[Field]) -> String {
    fs.iter().map(|f| format!("({})", field(f))).collect::<Vec<_>>().join(" ")
}

fn sig(s: &FuncType) -> String {
    format!("(params {}) (results {})", fields(&s.params), fields(&s.results))
}

fn type_params(tps: &[TypeParam]) -> String {
    if tps.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = tps
        .iter()
        .map(|tp| format!("{} {}", tp.names.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(","), expr(&tp.constraint)))
        .collect();
    format!(" [{}]", parts.join("; "))
}

fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.clone(),
        ExprKind::Lit(Lit::Int(t)) => format!("(int {t})"),
        ExprKind::Lit(Lit::Float(t)) => format!("(float {t})"),
        ExprKind::Lit(Lit::Imag(t)) => format!("(imag {t})"),
        ExprKind::Lit(Lit::Rune(r)) => format!("(rune {r})"),
        ExprKind::Lit(Lit::Str { value, raw }) => {
            let s: String = value.iter().map(|b| if b.is_ascii_graphic() || *b == b' ' { (*b as char).to_string() } else { format!("\\x{b:02x}") }).collect();
            format!("({} \"{s}\")", if *raw { "raw" } else { "str" })
        }
        ExprKind::CompositeLit { ty, elems } => {
            let t = ty.as_ref().map(|t| expr(t)).unwrap_or_else(|| "_".into());
            let es: Vec<String> = elems
                .iter()
                .map(|el| match &el.key {
                    Some(k) => format!("{}: {}", expr(k), expr(&el.value)),
                    None => expr(&el.value),
                })
                .collect();
            format!("(lit {t} {{{}}})", es.join(", "))
        }
        ExprKind::FuncLit { sig: s, body } => format!("(funclit {} ({} stmts))", sig(s), body.stmts.len()),
        ExprKind::Paren(x) => format!("(paren {})", expr(x)),
        ExprKind::Selector { x, sel } => format!("(sel {} {})", expr(x), sel.name),
        ExprKind::Index { x, indices } => format!("(index {} {})", expr(x), list(indices)),
        ExprKind::Slice { x, lo, hi, max } => {
            let o = |b: &Option<Box<Expr>>| b.as_ref().map(|x| expr(x)).unwrap_or_else(|| "-".into());
            format!("(slice {} {} {} {})", expr(x), o(lo), o(hi), o(max))
        }
        ExprKind::TypeAssert { x, ty } => format!("(assert {} {})", expr(x), ty.as_ref().map(|t| expr(t)).unwrap_or_else(|| "type".into())),
        ExprKind::Call { func, args, ellipsis } => format!("(call {} {}{})", expr(func), list(args), if *ellipsis { " ..." } else { "" }),
        ExprKind::Star(x) => format!("(star {})", expr(x)),
        ExprKind::Unary { op, x } => format!("({} {})", op.as_str(), expr(x)),
        ExprKind::Binary { op, lhs, rhs } => format!("({} {} {})", op.as_str(), expr(lhs), expr(rhs)),
        ExprKind::ArrayType { len, elem } => format!("(array {} {})", len.as_ref().map(|l| expr(l)).unwrap_or_else(|| "...".into()), expr(elem)),
        ExprKind::SliceType(x) => format!("(slicetype {})", expr(x)),
        ExprKind::MapType { key, value } => format!("(map {} {})", expr(key), expr(value)),
        ExprKind::ChanType { dir, elem } => format!("(chan {dir:?} {})", expr(elem)),
        ExprKind::FuncType(f) => format!("(functype {})", sig(f)),
        ExprKind::StructType(fs) => format!("(struct {})", fields(fs)),
        ExprKind::InterfaceType(els) => {
            let parts: Vec<String> = els
                .iter()
                .map(|el| match el {
                    InterfaceElem::Method { name, sig: s, .. } => format!("(method {} {})", name.name, sig(s)),
                    InterfaceElem::Embed(x) => format!("(embed {})", expr(x)),
                })
                .collect();
            format!("(interface {})", parts.join(" "))
        }
        ExprKind::Union(xs) => format!("(union {})", list(xs)),
        ExprKind::Tilde(x) => format!("(~ {})", expr(x)),
        ExprKind::Bad => "(bad)".into(),
    }
}
