//! Lowering entry, context, and declarations (package clause, imports, const/var/type, funcs).

use std::path::{Path, PathBuf};

use super::nodes::*;
use crate::diag::{Code, Diagnostic};
use crate::syntax::{Node, SyntaxTree};

/// Nesting deeper than this becomes a `Bad` node (keeps every later recursive pass bounded).
pub(super) const MAX_DEPTH: u32 = 1000;

/// Lowers the syntax trees of one package's files (in the given order) into one [`Package`].
pub fn lower(files: &[(PathBuf, SyntaxTree)]) -> (Package, Vec<Diagnostic>) {
    let mut cx = Lower { next_id: 0, diags: Vec::new(), path: PathBuf::new(), depth: 0, too_deep_reported: false };
    let mut out = Vec::new();
    for (path, tree) in files {
        cx.path = path.clone();
        cx.too_deep_reported = false;
        out.push(cx.file(path, tree));
    }
    let name = out
        .iter()
        .find_map(|f| f.package.as_ref().map(|p| p.name.clone()))
        .unwrap_or_default();
    let pkg = Package { name, files: out, node_count: cx.next_id };
    (pkg, cx.diags)
}

pub(super) struct Lower {
    next_id: u32,
    pub(super) diags: Vec<Diagnostic>,
    path: PathBuf,
    pub(super) depth: u32,
    too_deep_reported: bool,
}

impl Lower {
    pub(super) fn id(&mut self) -> NodeId {
        let id = NodeId(self.next_id);
        self.next_id += 1;
        id
    }

    pub(super) fn error(&mut self, n: Node<'_>, code: Code, msg: impl Into<String>) {
        // ERROR/MISSING nodes were reported by `syntax` already.
        if n.is_error() || n.is_missing() {
            return;
        }
        let d = Diagnostic::error(&self.path, n.span(), code, msg);
        self.diags.push(d);
    }

    /// Enters one nesting level; `false` (after one diagnostic per file) when too deep.
    pub(super) fn enter(&mut self, n: Node<'_>) -> bool {
        if self.depth >= MAX_DEPTH {
            if !self.too_deep_reported {
                self.too_deep_reported = true;
                let d = Diagnostic::error(&self.path, n.span(), Code::TooDeep, "nesting too deep");
                self.diags.push(d);
            }
            return false;
        }
        self.depth += 1;
        true
    }

    pub(super) fn leave(&mut self) {
        self.depth -= 1;
    }

    pub(super) fn ident(&mut self, n: Node<'_>) -> Ident {
        let name = if n.is_missing() || n.is_error() { "_".to_string() } else { n.text_lossy() };
        Ident { id: self.id(), name, span: n.span() }
    }

    fn file(&mut self, path: &Path, tree: &SyntaxTree) -> File {
        let span = tree.span(0, tree.line_index().len());
        let mut file = File { id: tree.file(), path: path.to_path_buf(), package: None, import_path: "main".into(), imports: Vec::new(), decls: Vec::new(), span };
        let Some(root) = tree.root() else { return file };
        for n in root.children() {
            match n.kind() {
                "package_clause" => {
                    if let Some(id) = n.named_children().next() {
                        let ident = self.ident(id);
                        if file.package.is_none() {
                            file.package = Some(ident);
                        } else {
                            self.error(n, Code::SyntaxError, "syntax error: second package clause");
                        }
                    }
                }
                "import_declaration" => {
                    if !file.decls.is_empty() {
                        self.error(n, Code::SyntaxError, "syntax error: imports must appear before other declarations");
                    }
                    for spec in n.named_children() {
                        if spec.kind() == "import_spec" {
                            self.import(spec, &mut file.imports);
                        } else {
                            for s in spec.named_children().filter(|s| s.kind() == "import_spec") {
                                self.import(s, &mut file.imports);
                            }
                        }
                    }
                }
                "function_declaration" | "method_declaration" | "const_declaration" | "var_declaration"
                | "type_declaration" => {
                    let d = self.decl(n);
                    file.decls.push(d);
                }
                "ERROR" | ";" | "\n" | "\0" | "empty_statement" => {}
                _ if !n.is_named() => {}
                _ => self.error(n, Code::SyntaxError, "syntax error: non-declaration statement outside function body"),
            }
        }
        file
    }

    fn import(&mut self, n: Node<'_>, out: &mut Vec<Import>) {
        let id = self.id();
        let name = n.child_by_field("name").map(|x| self.ident(x));
        let Some(p) = n.child_by_field("path") else { return };
        let path = match super::lit::decode_string(p.text()) {
            Ok((bytes, _)) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                self.error(p, Code::BadLiteral, format!("invalid import path: {e}"));
                String::new()
            }
        };
        out.push(Import { id, span: n.span(), name, path, path_span: p.span() });
    }

    /// A declaration node: function, method, const, var or type declaration.
    pub(super) fn decl(&mut self, n: Node<'_>) -> Decl {
        let id = self.id();
        let kind = match n.kind() {
            "function_declaration" | "method_declaration" => DeclKind::Func(self.func_decl(n)),
            "const_declaration" => DeclKind::Const(self.const_decl(n)),
            "var_declaration" => {
                let mut specs = Vec::new();
                for c in n.named_children() {
                    if c.kind() == "var_spec" {
                        specs.push(self.var_spec(c));
                    } else {
                        for s in c.named_children().filter(|s| s.kind() == "var_spec") {
                            specs.push(self.var_spec(s));
                        }
                    }
                }
                DeclKind::Var(specs)
            }
            "type_declaration" => {
                let specs = n
                    .named_children()
                    .filter(|c| c.kind() == "type_spec" || c.kind() == "type_alias")
                    .map(|c| self.type_spec(c))
                    .collect();
                DeclKind::Type(specs)
            }
            _ => DeclKind::Bad,
        };
        Decl { id, span: n.span(), kind }
    }

    fn func_decl(&mut self, n: Node<'_>) -> FuncDecl {
        let recv = n.child_by_field("receiver").and_then(|r| {
            let mut fields = self.params(r);
            if fields.len() != 1 || fields[0].names.len() > 1 {
                self.error(r, Code::TypeError, "method has multiple receivers");
            }
            if fields.is_empty() { None } else { Some(fields.swap_remove(0)) }
        });
        let name = match n.child_by_field("name") {
            Some(x) => self.ident(x),
            None => Ident { id: self.id(), name: "_".into(), span: n.span() },
        };
        let type_params = self.type_params(n.child_by_field("type_parameters"));
        let sig = self.signature(n);
        let body = n.child_by_field("body").map(|b| self.block(b));
        FuncDecl { recv, name, type_params, sig, body }
    }

    /// Parameters and results of a function declaration, literal, type or method element.
    pub(super) fn signature(&mut self, n: Node<'_>) -> FuncType {
        let params = n.child_by_field("parameters").map(|p| self.params(p)).unwrap_or_default();
        let results = match n.child_by_field("result") {
            Some(r) if r.kind() == "parameter_list" => self.params(r),
            Some(r) => {
                let ty = self.expr(r);
                vec![Field { id: self.id(), span: r.span(), names: Vec::new(), ty, variadic: false, tag: None }]
            }
            None => Vec::new(),
        };
        FuncType { span: n.span(), params, results }
    }

    pub(super) fn params(&mut self, list: Node<'_>) -> Vec<Field> {
        let mut out = Vec::new();
        for p in list.named_children() {
            let variadic = p.kind() == "variadic_parameter_declaration";
            if p.kind() != "parameter_declaration" && !variadic {
                continue;
            }
            let id = self.id();
            let names = p.children_by_field("name").map(|x| self.ident(x)).collect();
            let ty = match p.child_by_field("type") {
                Some(t) => self.expr(t),
                None => self.bad(p),
            };
            out.push(Field { id, span: p.span(), names, ty, variadic, tag: None });
        }
        out
    }

    pub(super) fn type_params(&mut self, list: Option<Node<'_>>) -> Vec<TypeParam> {
        let Some(list) = list else { return Vec::new() };
        let mut out = Vec::new();
        for p in list.named_children().filter(|p| p.kind() == "type_parameter_declaration") {
            let id = self.id();
            let names = p.children_by_field("name").map(|x| self.ident(x)).collect();
            let constraint = match p.child_by_field("type") {
                Some(t) => self.expr(t),
                None => self.bad(p),
            };
            out.push(TypeParam { id, names, constraint });
        }
        out
    }

    fn const_decl(&mut self, n: Node<'_>) -> Vec<ConstSpec> {
        let mut specs: Vec<ConstSpec> = Vec::new();
        let mut last_with_values: Option<usize> = None;
        for (iota, c) in n.named_children().filter(|c| c.kind() == "const_spec").enumerate() {
            let id = self.id();
            let names: Vec<Ident> = c.children_by_field("name").map(|x| self.ident(x)).collect();
            let ty = c.child_by_field("type").map(|t| self.expr(t));
            let values: Vec<Expr> = match c.child_by_field("value") {
                Some(list) => self.expr_list(list),
                None => Vec::new(),
            };
            let inherit = if values.is_empty() {
                if ty.is_some() {
                    self.error(c, Code::SyntaxError, "syntax error: const declaration with a type needs values");
                }
                if last_with_values.is_none() {
                    self.error(c, Code::SyntaxError, "missing init expr for const declaration");
                }
                last_with_values
            } else {
                last_with_values = Some(specs.len());
                None
            };
            specs.push(ConstSpec { id, span: c.span(), names, ty, values, iota: iota as u32, inherit });
        }
        specs
    }

    fn var_spec(&mut self, n: Node<'_>) -> VarSpec {
        let id = self.id();
        let names = n.children_by_field("name").map(|x| self.ident(x)).collect();
        let ty = n.child_by_field("type").map(|t| self.expr(t));
        let values = n.child_by_field("value").map(|v| self.expr_list(v)).unwrap_or_default();
        VarSpec { id, span: n.span(), names, ty, values }
    }

    fn type_spec(&mut self, n: Node<'_>) -> TypeSpec {
        let id = self.id();
        let name = match n.child_by_field("name") {
            Some(x) => self.ident(x),
            None => Ident { id: self.id(), name: "_".into(), span: n.span() },
        };
        let type_params = self.type_params(n.child_by_field("type_parameters"));
        let ty = match n.child_by_field("type") {
            Some(t) => self.expr(t),
            None => self.bad(n),
        };
        TypeSpec { id, span: n.span(), name, type_params, alias: n.kind() == "type_alias", ty }
    }

    /// Struct fields of a `field_declaration_list`.
    pub(super) fn struct_fields(&mut self, list: Node<'_>) -> Vec<Field> {
        let mut out = Vec::new();
        for f in list.named_children().filter(|f| f.kind() == "field_declaration") {
            let id = self.id();
            let names: Vec<Ident> = f.children_by_field("name").map(|x| self.ident(x)).collect();
            let mut ty = match f.child_by_field("type") {
                Some(t) => self.expr(t),
                None => self.bad(f),
            };
            if names.is_empty() && f.has_token("*") {
                ty = Expr { id: self.id(), span: f.span(), kind: ExprKind::Star(Box::new(ty)) };
            }
            let tag = f.child_by_field("tag").and_then(|t| match super::lit::decode_string(t.text()) {
                Ok((b, _)) => Some(String::from_utf8_lossy(&b).into_owned()),
                Err(e) => {
                    self.error(t, Code::BadLiteral, format!("invalid struct tag: {e}"));
                    None
                }
            });
            out.push(Field { id, span: f.span(), names, ty, variadic: false, tag });
        }
        out
    }
}
