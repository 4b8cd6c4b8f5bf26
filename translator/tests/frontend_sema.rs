//! Table-driven front-end tests: each `tests/data/frontend/sema/*.go` file is a Go program with
//! expectations in `// want …` comments, checked against `sema`'s facts.
//!
//! Expectation lines (`TEXT` is the exact source text of an expression; `#N` picks the N-th
//! occurrence, 1-based):
//! - `// want type TEXT => GOTYPE`          type of an expression (Go spelling)
//! - `// want const TEXT => VALUE`          constant value
//! - `// want async NAME => true|false`     function (or method `T.M`, or `lit@LINE`) is async
//! - `// want await TEXT => true|false`     call must be awaited
//! - `// want boxed TEXT => true|false`     call is a recursion edge between async functions
//! - `// want storage NAME[@LINE] => plain|shared`
//! - `// want call TEXT => KIND`            conversion | builtin NAME | func | method | iface | value
//! - `// want sel TEXT => KIND`             field PATH | method ADJUST | iface | pkg | methodexpr
//! - `// want conv TEXT => KIND`            implicit conversion: ToInterface | Nil | Representation
//! - `// want tupleconv TEXT => K1,K2`     per-result conversions of a multi-value call (`-` = none)
//! - `// want implements IFACE => T, *U`
//! - `// want implmethod [*]TYPE.NAME => method ADJUST PATH | iface PATH`    implementors of a named interface
//! - `// want resolve TEXT => KIND`         what an identifier resolves to: var|const|func|type|builtin|pkg|nil
//! - `// want range TEXT => KIND`           range kind of the `for … range TEXT` loop
//! - `// want hoist TEXT => row|table|false` how a loop keeps the row read `a[i]`
//! - `// want initorder => A B …`        package var initialization order (first name of each spec)
//! - `// want diag CODE @ LINE:COL`         a diagnostic; a file's diagnostics must match exactly

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use gort_translator::ast::{self, visit::Visitor};
use gort_translator::sema::{self, CallKind, FuncRef, ObjKind, Selection, Storage};

struct Exprs<'a> {
    src: &'a [u8],
    found: Vec<(String, ast::NodeId, u32)>,
}

impl Visitor for Exprs<'_> {
    fn visit_expr(&mut self, e: &ast::Expr) {
        let text = String::from_utf8_lossy(&self.src[e.span.start as usize..e.span.end as usize]).into_owned();
        self.found.push((text, e.id, e.span.line));
        ast::visit::walk_expr(self, e);
    }
}

fn find_expr(exprs: &[(String, ast::NodeId, u32)], text: &str) -> Option<ast::NodeId> {
    let (text, nth) = match text.rsplit_once('#') {
        Some((t, n)) if n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() => (t.trim(), n.parse::<usize>().unwrap_or(1)),
        _ => (text, 1),
    };
    // Prefer the outermost node with this text (a call over its callee when equal spans).
    exprs.iter().filter(|(t, ..)| t == text).nth(nth - 1).map(|(_, id, _)| *id)
}

fn check_file(path: &Path) -> Vec<String> {
    let src = std::fs::read(path).expect("read test program");
    let text = String::from_utf8_lossy(&src).into_owned();
    let mut config = sema::Config::default();
    if let Some(v) = text.lines().find_map(|l| l.strip_prefix("// config go ")) {
        config.go_version = sema::parse_go_directive(&format!("go {v}")).expect("go version");
    }
    let (pkg, info, diags) = sema::frontend(&[(path.to_path_buf(), src.clone())], &config);
    // With a Go installed, std packages gort does not mirror load from Go's source: fold their
    // problems into one diagnostic at the import, as the driver does.
    let diags = gort_translator::driver::fold_goroot_diagnostics(diags, &pkg);
    let mut ex = Exprs { src: &src, found: Vec::new() };
    // Only the table's own file (with a Go installed, std packages it imports may be loaded
    // from Go's source too).
    for f in pkg.files.iter().filter(|f| f.path == path) {
        ast::visit::walk_file(&mut ex, f);
    }
    let exprs = ex.found;
    let mut fails = Vec::new();
    let mut want_diags = BTreeSet::new();
    for (lineno, line) in text.lines().enumerate() {
        let Some(rest) = line.split("// want ").nth(1) else { continue };
        let rest = rest.trim();
        let (kind, spec) = rest.split_once(' ').unwrap_or((rest, ""));
        let fail = |msg: String| format!("{}:{}: {rest}: {msg}", path.display(), lineno + 1);
        if kind == "diag" {
            want_diags.insert(spec.replace(' ', ""));
            continue;
        }
        let spec = if kind == "initorder" { rest.trim_start_matches("initorder") } else { spec };
        let Some((subject, expected)) = spec.split_once("=>") else {
            fails.push(fail("malformed expectation".into()));
            continue;
        };
        let (subject, expected) = (subject.trim(), expected.trim());
        let got: Result<String, String> = match kind {
            "type" => find_expr(&exprs, subject).map(|id| info.type_name(info.type_of(id))).ok_or("no such expression".into()),
            "const" => find_expr(&exprs, subject)
                .ok_or("no such expression".to_string())
                .and_then(|id| info.const_value(id).map(|v| v.to_string()).ok_or("not constant".into())),
            "async" => func_ref(&info, &pkg, subject).map(|f| info.is_async(f).to_string()),
            "await" | "boxed" => find_expr(&exprs, subject).ok_or("no such expression".to_string()).and_then(|id| {
                info.call(id).map(|c| if kind == "await" { c.must_await } else { c.boxed }.to_string()).ok_or("not a call".into())
            }),
            "storage" => var(&info, subject).map(|o| match info.storage(o) {
                Storage::Plain => "plain".to_string(),
                Storage::Shared => "shared".to_string(),
            }),
            "call" => find_expr(&exprs, subject).ok_or("no such expression".to_string()).and_then(|id| {
                info.call_kind(id)
                    .map(|k| match k {
                        CallKind::Conversion { .. } => "conversion".to_string(),
                        CallKind::Builtin(b) => format!("builtin {}", b.name()),
                        CallKind::Func(_) => "func".into(),
                        CallKind::Method(_) => "method".into(),
                        CallKind::InterfaceMethod { .. } => "iface".into(),
                        CallKind::FuncValue => "value".into(),
                    })
                    .ok_or("not a call".into())
            }),
            "sel" => find_expr(&exprs, subject).ok_or("no such expression".to_string()).and_then(|id| {
                info.selection(id)
                    .map(|s| match s {
                        Selection::Field { path, .. } => {
                            let p: Vec<String> = path.iter().map(|s| format!("{}{}", if s.deref { "*" } else { "" }, s.name)).collect();
                            format!("field {}", p.join("."))
                        }
                        Selection::Method { adjust, .. } => format!("method {adjust:?}"),
                        Selection::InterfaceMethod { .. } => "iface".into(),
                        Selection::PkgMember { .. } => "pkg".into(),
                        Selection::MethodExpr { .. } => "methodexpr".into(),
                    })
                    .ok_or("no selection".into())
            }),
            "conv" => find_expr(&exprs, subject)
                .ok_or("no such expression".to_string())
                .map(|id| info.conversion(id).map(|c| format!("{:?}", c.kind)).unwrap_or_else(|| "none".into())),
            "tupleconv" => find_expr(&exprs, subject).ok_or("no such expression".to_string()).map(|id| match info.tuple_conversions(id) {
                Some(cs) => cs.iter().map(|c| c.map(|c| format!("{:?}", c.kind)).unwrap_or_else(|| "-".into())).collect::<Vec<_>>().join(","),
                None => "none".into(),
            }),
            "implmethod" => {
                let (ty, name) = subject.rsplit_once('.').unwrap_or((subject, ""));
                let (ptr, ty) = match ty.strip_prefix('*') {
                    Some(t) => (true, t),
                    None => (false, ty),
                };
                let t = info.lookup(ty).map(|o| info.obj(o).ty);
                let t = t.and_then(|t| if ptr { (0..info.types.len() as u32).map(sema::TypeId).find(|p| info.types.kind(*p) == &sema::TypeKind::Pointer(t)) } else { Some(t) });
                match t.and_then(|t| info.impl_method(t, name)) {
                    Some(Selection::Method { adjust, path, .. }) => {
                        let p: Vec<String> = path.iter().map(|s| format!("{}{}", if s.deref { "*" } else { "" }, s.name)).collect();
                        Ok(format!("method {adjust:?} {}", p.join(".")).trim().to_string())
                    }
                    Some(Selection::InterfaceMethod { path, .. }) => Ok(format!("iface {}", path.iter().map(|s| s.name.clone()).collect::<Vec<_>>().join("."))),
                    Some(_) => Ok("other".into()),
                    None => Err("no impl method".into()),
                }
            }
            "implements" => match info.lookup(subject).or_else(|| {
                info.objects.iter().position(|o| o.name == subject && o.pkg.is_empty() && matches!(o.kind, ObjKind::TypeName { .. })).map(|i| sema::ObjId(i as u32))
            }) {
                Some(o) => {
                    let names: Vec<String> = info.implementors(info.obj(o).ty).iter().map(|t| info.type_name(*t).replace("main.", "")).collect();
                    Ok(names.join(", "))
                }
                None => Err("no such interface".into()),
            },
            "resolve" => find_expr(&exprs, subject).ok_or("no such expression".to_string()).map(|id| match info.resolve(id).map(|o| &info.obj(o).kind) {
                Some(ObjKind::Var(_)) => "var".into(),
                Some(ObjKind::Const(_)) => "const".into(),
                Some(ObjKind::Func(_)) => "func".into(),
                Some(ObjKind::TypeName { .. }) => "type".into(),
                Some(ObjKind::Builtin(_)) => "builtin".into(),
                Some(ObjKind::PkgName { .. }) => "pkg".into(),
                Some(ObjKind::Nil) => "nil".into(),
                Some(ObjKind::Label) => "label".into(),
                None => "none".into(),
            }),
            "initorder" => {
                let names: Vec<String> = info
                    .init_order()
                    .iter()
                    .filter_map(|id| {
                        pkg.files.iter().flat_map(|f| &f.decls).find_map(|d| match &d.kind {
                            ast::DeclKind::Var(specs) => specs.iter().find(|s| s.id == *id).map(|s| s.names[0].name.clone()),
                            _ => None,
                        })
                    })
                    .collect();
                Ok(names.join(" "))
            }
            "hoist" => find_expr(&exprs, subject).ok_or("no such expression".to_string()).map(|id| match info.row_hoisted(id) {
                Some(sema::RowKeep::Row) => "row".into(),
                Some(sema::RowKeep::Table) => "table".into(),
                None => "false".into(),
            }),
            "range" => {
                let stmt = find_range(&pkg, &src, subject);
                stmt.and_then(|s| info.range_kind(s)).map(|k| format!("{k:?}")).ok_or("no such range".into())
            }
            _ => Err(format!("unknown expectation kind {kind}")),
        };
        match got {
            Ok(g) if g == expected => {}
            Ok(g) => fails.push(fail(format!("got {g}"))),
            Err(e) => fails.push(fail(e)),
        }
    }
    let got_diags: BTreeSet<String> = diags.iter().map(|d| format!("{}@{}:{}", d.code.as_str(), d.span.line, d.span.col)).collect();
    if got_diags != want_diags {
        let rendered: Vec<String> = diags.iter().map(|d| d.render()).collect();
        fails.push(format!("{}: diagnostics differ\n  want {want_diags:?}\n  got  {got_diags:?}\n{}", path.display(), rendered.join("\n")));
    }
    fails
}

fn func_ref(info: &sema::Info, pkg: &ast::Package, name: &str) -> Result<FuncRef, String> {
    if let Some(line) = name.strip_prefix("lit@") {
        let line: u32 = line.parse().map_err(|_| "bad line")?;
        struct V(u32, Option<ast::NodeId>);
        impl Visitor for V {
            fn visit_expr(&mut self, e: &ast::Expr) {
                if let ast::ExprKind::FuncLit { .. } = e.kind {
                    if e.span.line == self.0 && self.1.is_none() {
                        self.1 = Some(e.id);
                    }
                }
                ast::visit::walk_expr(self, e)
            }
        }
        let mut v = V(line, None);
        for f in &pkg.files {
            ast::visit::walk_file(&mut v, f);
        }
        return v.1.map(FuncRef::Lit).ok_or("no func literal on that line".into());
    }
    let (recv, fname) = match name.split_once('.') {
        Some((r, m)) => (Some(r), m),
        None => (None, name),
    };
    for f in &pkg.files {
        for d in &f.decls {
            if let ast::DeclKind::Func(fd) = &d.kind {
                let r = fd.recv.as_ref().and_then(|r| {
                    let mut t = r.ty.unparen();
                    if let ast::ExprKind::Star(x) = &t.kind {
                        t = x.unparen();
                    }
                    if let ast::ExprKind::Index { x, .. } = &t.kind {
                        t = x.unparen();
                    }
                    t.as_ident().map(str::to_string)
                });
                if fd.name.name == fname && r.as_deref() == recv {
                    return info.resolve(fd.name.id).map(FuncRef::Decl).ok_or("unresolved".into());
                }
            }
        }
    }
    Err("no such function".into())
}

fn var(info: &sema::Info, spec: &str) -> Result<sema::ObjId, String> {
    let (name, line) = match spec.split_once('@') {
        Some((n, l)) => (n, l.parse::<u32>().ok()),
        None => (spec, None),
    };
    info.objects
        .iter()
        .enumerate()
        .find(|(_, o)| o.name == name && o.pkg == "main" && matches!(o.kind, ObjKind::Var(_)) && line.is_none_or(|l| o.span.is_some_and(|s| s.line == l)))
        .map(|(i, _)| sema::ObjId(i as u32))
        .ok_or("no such variable".into())
}

fn find_range(pkg: &ast::Package, src: &[u8], text: &str) -> Option<ast::NodeId> {
    let text = match text.rsplit_once('#') {
        Some((t, n)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => t.trim(),
        _ => text,
    };
    struct V<'a>(&'a [u8], &'a str, Option<ast::NodeId>);
    impl Visitor for V<'_> {
        fn visit_stmt(&mut self, s: &ast::Stmt) {
            if let ast::StmtKind::Range { x, .. } = &s.kind {
                if &self.0[x.span.start as usize..x.span.end as usize] == self.1.as_bytes() && self.2.is_none() {
                    self.2 = Some(s.id);
                }
            }
            ast::visit::walk_stmt(self, s)
        }
    }
    let mut v = V(src, text, None);
    for f in &pkg.files {
        ast::visit::walk_file(&mut v, f);
    }
    v.2
}

#[test]
fn sema_tables() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/frontend/sema");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).expect("data dir").filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "go")).collect();
    files.sort();
    assert!(!files.is_empty());
    let mut fails = Vec::new();
    let mut count = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap_or_default();
        count += text.matches("// want ").count();
        fails.extend(check_file(f));
    }
    assert!(fails.is_empty(), "{} of {count} expectations in {} files failed:\n{}", fails.len(), files.len(), fails.join("\n"));
}
