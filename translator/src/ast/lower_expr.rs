//! Lowering of expressions and type expressions.

use super::lower::Lower;
use super::nodes::*;
use crate::diag::Code;
use crate::syntax::Node;

impl Lower {
    pub(super) fn bad(&mut self, n: Node<'_>) -> Expr {
        Expr { id: self.id(), span: n.span(), kind: ExprKind::Bad }
    }

    pub(super) fn expr_list(&mut self, n: Node<'_>) -> Vec<Expr> {
        if n.kind() != "expression_list" {
            return vec![self.expr(n)];
        }
        n.named_children().map(|c| self.expr(c)).collect()
    }

    fn boxed(&mut self, n: Option<Node<'_>>, parent: Node<'_>) -> Box<Expr> {
        Box::new(match n {
            Some(n) => self.expr(n),
            None => self.bad(parent),
        })
    }

    /// Lowers an expression or type node.
    pub(super) fn expr(&mut self, n: Node<'_>) -> Expr {
        if n.is_missing() || n.is_error() {
            return self.bad(n);
        }
        if !self.enter(n) {
            return self.bad(n);
        }
        let e = self.expr_inner(n);
        self.leave();
        e
    }

    fn expr_inner(&mut self, n: Node<'_>) -> Expr {
        let id = self.id();
        let span = n.span();
        let kind = match n.kind() {
            "identifier" | "type_identifier" | "field_identifier" | "package_identifier" => {
                ExprKind::Ident(n.text_lossy())
            }
            "nil" | "true" | "false" | "iota" => ExprKind::Ident(n.kind().to_string()),
            "int_literal" => ExprKind::Lit(Lit::Int(n.text_lossy())),
            "float_literal" => ExprKind::Lit(Lit::Float(n.text_lossy())),
            "imaginary_literal" => ExprKind::Lit(Lit::Imag(n.text_lossy())),
            "rune_literal" => match super::lit::decode_rune(n.text()) {
                Ok(v) => ExprKind::Lit(Lit::Rune(v)),
                Err(e) => {
                    self.error(n, Code::BadLiteral, e);
                    ExprKind::Bad
                }
            },
            "interpreted_string_literal" | "raw_string_literal" => match super::lit::decode_string(n.text()) {
                Ok((value, raw)) => ExprKind::Lit(Lit::Str { value, raw }),
                Err(e) => {
                    self.error(n, Code::BadLiteral, e);
                    ExprKind::Bad
                }
            },
            "parenthesized_expression" | "parenthesized_type" => {
                ExprKind::Paren(self.boxed(n.named_children().next(), n))
            }
            "unary_expression" => {
                let op = match n.child_by_field("operator").map(|o| o.kind()) {
                    Some("+") => UnaryOp::Pos,
                    Some("-") => UnaryOp::Neg,
                    Some("!") => UnaryOp::Not,
                    Some("^") => UnaryOp::BitNot,
                    Some("&") => UnaryOp::Addr,
                    Some("<-") => UnaryOp::Recv,
                    Some("*") => return self.finish_star(id, n),
                    _ => return Expr { id, span, kind: ExprKind::Bad },
                };
                ExprKind::Unary { op, x: self.boxed(n.child_by_field("operand"), n) }
            }
            "binary_expression" => {
                let op = n.child_by_field("operator").and_then(|o| BinaryOp::from_token(o.kind()));
                let lhs = self.boxed(n.child_by_field("left"), n);
                let rhs = self.boxed(n.child_by_field("right"), n);
                match op {
                    Some(op) => ExprKind::Binary { op, lhs, rhs },
                    None => ExprKind::Bad,
                }
            }
            "selector_expression" => {
                let x = self.boxed(n.child_by_field("operand"), n);
                let sel = match n.child_by_field("field") {
                    Some(f) => self.ident(f),
                    None => Ident { id: self.id(), name: "_".into(), span },
                };
                ExprKind::Selector { x, sel }
            }
            "qualified_type" => {
                let x = self.boxed(n.child_by_field("package"), n);
                let sel = match n.child_by_field("name") {
                    Some(f) => self.ident(f),
                    None => Ident { id: self.id(), name: "_".into(), span },
                };
                ExprKind::Selector { x, sel }
            }
            "index_expression" => {
                let x = self.boxed(n.child_by_field("operand"), n);
                let idx = self.boxed(n.child_by_field("index"), n);
                ExprKind::Index { x, indices: vec![*idx] }
            }
            "generic_type" => {
                let x = self.boxed(n.child_by_field("type"), n);
                let indices = match n.child_by_field("type_arguments") {
                    Some(args) => args.named_children().map(|a| self.expr(a)).collect(),
                    None => Vec::new(),
                };
                ExprKind::Index { x, indices }
            }
            "type_instantiation_expression" => {
                let x = self.boxed(n.child_by_field("type"), n);
                let indices = n
                    .named_children()
                    .filter(|c| c.field() != Some("type"))
                    .map(|a| self.expr(a))
                    .collect();
                ExprKind::Index { x, indices }
            }
            "slice_expression" => {
                let x = self.boxed(n.child_by_field("operand"), n);
                let lo = n.child_by_field("start").map(|c| Box::new(self.expr(c)));
                let hi = n.child_by_field("end").map(|c| Box::new(self.expr(c)));
                let max = n.child_by_field("capacity").map(|c| Box::new(self.expr(c)));
                ExprKind::Slice { x, lo, hi, max }
            }
            "call_expression" => self.call(n),
            "type_assertion_expression" => {
                let x = self.boxed(n.child_by_field("operand"), n);
                let ty = self.boxed(n.child_by_field("type"), n);
                ExprKind::TypeAssert { x, ty: Some(ty) }
            }
            "type_conversion_expression" => {
                let func = self.boxed(n.child_by_field("type"), n);
                let arg = self.expr_or_bad(n.child_by_field("operand"), n);
                ExprKind::Call { func, args: vec![arg], ellipsis: false }
            }
            "composite_literal" => {
                let ty = Some(self.boxed(n.child_by_field("type"), n));
                let elems = match n.child_by_field("body") {
                    Some(b) => self.literal_elems(b),
                    None => Vec::new(),
                };
                ExprKind::CompositeLit { ty, elems }
            }
            "literal_value" => ExprKind::CompositeLit { ty: None, elems: self.literal_elems(n) },
            "literal_element" => {
                // A wrapper around one expression or nested literal value (its id goes unused).
                let inner = n.named_children().next();
                return match inner {
                    Some(c) => {
                        let mut e = self.expr(c);
                        e.span = c.span();
                        e
                    }
                    None => Expr { id, span, kind: ExprKind::Bad },
                };
            }
            "func_literal" => {
                let sig = self.signature(n);
                let body = match n.child_by_field("body") {
                    Some(b) => self.block(b),
                    None => Block { id: self.id(), span, stmts: Vec::new(), rbrace: span },
                };
                ExprKind::FuncLit { sig, body }
            }
            "pointer_type" => return self.finish_star(id, n),
            "array_type" => {
                let len = Some(self.boxed(n.child_by_field("length"), n));
                ExprKind::ArrayType { len, elem: self.boxed(n.child_by_field("element"), n) }
            }
            "implicit_length_array_type" => {
                ExprKind::ArrayType { len: None, elem: self.boxed(n.child_by_field("element"), n) }
            }
            "slice_type" => ExprKind::SliceType(self.boxed(n.child_by_field("element"), n)),
            "map_type" => {
                let key = self.boxed(n.child_by_field("key"), n);
                let value = self.boxed(n.child_by_field("value"), n);
                ExprKind::MapType { key, value }
            }
            "channel_type" => {
                let toks: Vec<&str> = n.children().filter(|c| !c.is_named()).map(|c| c.kind()).collect();
                let dir = match toks.as_slice() {
                    ["<-", "chan", ..] => ChanDir::Recv,
                    ["chan", "<-", ..] => ChanDir::Send,
                    _ => ChanDir::Both,
                };
                ExprKind::ChanType { dir, elem: self.boxed(n.child_by_field("value"), n) }
            }
            "function_type" => ExprKind::FuncType(self.signature(n)),
            "struct_type" => {
                let fields = match n.named_children().find(|c| c.kind() == "field_declaration_list") {
                    Some(list) => self.struct_fields(list),
                    None => Vec::new(),
                };
                ExprKind::StructType(fields)
            }
            "interface_type" => ExprKind::InterfaceType(self.interface_elems(n)),
            "negated_type" => ExprKind::Tilde(self.boxed(n.named_children().next(), n)),
            "type_elem" | "type_constraint" => {
                let terms: Vec<Node<'_>> = n.named_children().collect();
                if terms.len() == 1 {
                    return self.expr(terms[0]);
                }
                ExprKind::Union(terms.into_iter().map(|t| self.expr(t)).collect())
            }
            "variadic_argument" => {
                // Only meaningful as the last call argument; `call` handles that case.
                self.error(n, Code::SyntaxError, "syntax error: unexpected `...`");
                ExprKind::Bad
            }
            kind => {
                self.error(n, Code::UnsupportedConstruct, format!("unsupported expression: {}", kind.replace('_', " ")));
                ExprKind::Bad
            }
        };
        Expr { id, span, kind }
    }

    fn expr_or_bad(&mut self, n: Option<Node<'_>>, parent: Node<'_>) -> Expr {
        match n {
            Some(n) => self.expr(n),
            None => self.bad(parent),
        }
    }

    fn finish_star(&mut self, id: NodeId, n: Node<'_>) -> Expr {
        let inner = n.child_by_field("operand").or_else(|| n.named_children().next());
        let x = self.boxed(inner, n);
        Expr { id, span: n.span(), kind: ExprKind::Star(x) }
    }

    fn call(&mut self, n: Node<'_>) -> ExprKind {
        let mut func = self.boxed(n.child_by_field("function"), n);
        if let Some(targs) = n.child_by_field("type_arguments") {
            let indices = targs.named_children().map(|a| self.expr(a)).collect();
            let span = func.span.cover(targs.span());
            func = Box::new(Expr { id: self.id(), span, kind: ExprKind::Index { x: func, indices } });
        }
        let mut args = Vec::new();
        let mut ellipsis = false;
        if let Some(list) = n.child_by_field("arguments") {
            let items: Vec<Node<'_>> = list.named_children().collect();
            let count = items.len();
            for (i, a) in items.into_iter().enumerate() {
                if a.kind() == "variadic_argument" {
                    if i + 1 != count {
                        self.error(a, Code::SyntaxError, "syntax error: `...` only on the last argument");
                    }
                    ellipsis = true;
                    let inner = a.named_children().next();
                    args.push(self.expr_or_bad(inner, a));
                } else {
                    args.push(self.expr(a));
                }
            }
        }
        ExprKind::Call { func, args, ellipsis }
    }

    fn literal_elems(&mut self, body: Node<'_>) -> Vec<Element> {
        let mut out = Vec::new();
        for c in body.named_children() {
            match c.kind() {
                "keyed_element" => {
                    let key = c.child_by_field("key").map(|k| self.expr(k));
                    let value = self.expr_or_bad(c.child_by_field("value"), c);
                    out.push(Element { key, value });
                }
                "literal_element" => {
                    let value = self.expr(c);
                    out.push(Element { key: None, value });
                }
                _ => {}
            }
        }
        out
    }

    fn interface_elems(&mut self, n: Node<'_>) -> Vec<InterfaceElem> {
        let mut out = Vec::new();
        for c in n.named_children() {
            match c.kind() {
                "method_elem" => {
                    let id = self.id();
                    let name = match c.child_by_field("name") {
                        Some(x) => self.ident(x),
                        None => Ident { id: self.id(), name: "_".into(), span: c.span() },
                    };
                    let sig = self.signature(c);
                    out.push(InterfaceElem::Method { id, name, sig });
                }
                "type_elem" => {
                    let e = self.expr(c);
                    out.push(InterfaceElem::Embed(e));
                }
                _ => {}
            }
        }
        out
    }
}
