//! Lowering of statements and blocks.

use super::lower::Lower;
use super::nodes::*;
use crate::diag::Code;
use crate::syntax::Node;

impl Lower {
    pub(super) fn block(&mut self, n: Node<'_>) -> Block {
        let id = self.id();
        let stmts = match n.named_children().find(|c| c.kind() == "statement_list") {
            Some(list) => self.stmt_list(list),
            None => Vec::new(),
        };
        let rbrace = n.children().filter(|c| c.kind() == "}").last().map(|c| c.span()).unwrap_or_else(|| n.span());
        Block { id, span: n.span(), stmts, rbrace }
    }

    pub(super) fn stmt_list(&mut self, list: Node<'_>) -> Vec<Stmt> {
        list.named_children().filter(|c| c.kind() != "empty_statement").map(|c| self.stmt(c)).collect()
    }

    /// The statements of a case clause (its optional `statement_list` child).
    fn case_body(&mut self, n: Node<'_>) -> Vec<Stmt> {
        match n.named_children().find(|c| c.kind() == "statement_list") {
            Some(list) => self.stmt_list(list),
            None => Vec::new(),
        }
    }

    fn boxed_stmt(&mut self, n: Option<Node<'_>>) -> Option<Box<Stmt>> {
        n.map(|n| Box::new(self.stmt(n)))
    }

    pub(super) fn stmt(&mut self, n: Node<'_>) -> Stmt {
        if n.is_error() || n.is_missing() || !self.enter(n) {
            return Stmt { id: self.id(), span: n.span(), kind: StmtKind::Bad };
        }
        let s = self.stmt_inner(n);
        self.leave();
        s
    }

    fn stmt_inner(&mut self, n: Node<'_>) -> Stmt {
        let id = self.id();
        let span = n.span();
        let kind = match n.kind() {
            "const_declaration" | "var_declaration" | "type_declaration" => StmtKind::Decl(self.decl(n)),
            "empty_statement" => StmtKind::Empty,
            "expression_statement" => match n.named_children().next() {
                Some(e) => StmtKind::Expr(self.expr(e)),
                None => StmtKind::Bad,
            },
            "send_statement" => {
                let chan = self.field_expr(n, "channel");
                let value = self.field_expr(n, "value");
                StmtKind::Send { chan, value }
            }
            "inc_statement" | "dec_statement" => {
                let x = match n.named_children().next() {
                    Some(e) => self.expr(e),
                    None => self.bad(n),
                };
                StmtKind::IncDec { x, inc: n.kind() == "inc_statement" }
            }
            "assignment_statement" => {
                let lhs = self.list_field(n, "left");
                let tok = n.child_by_field("operator").map(|o| o.kind()).unwrap_or("=");
                let op = if tok == "=" {
                    AssignOp::Assign
                } else {
                    match BinaryOp::from_token(tok.trim_end_matches('=')) {
                        Some(op) => AssignOp::Op(op),
                        None => AssignOp::Assign,
                    }
                };
                let rhs = self.list_field(n, "right");
                StmtKind::Assign { lhs, op, rhs }
            }
            "short_var_declaration" => {
                let lhs = self.list_field(n, "left");
                let rhs = self.list_field(n, "right");
                StmtKind::Assign { lhs, op: AssignOp::Define, rhs }
            }
            "receive_statement" => {
                let rhs = vec![self.field_expr(n, "right")];
                match n.child_by_field("left") {
                    Some(l) => {
                        let lhs = self.expr_list(l);
                        let op = if n.has_token(":=") { AssignOp::Define } else { AssignOp::Assign };
                        StmtKind::Assign { lhs, op, rhs }
                    }
                    None => StmtKind::Expr(rhs.into_iter().next().expect("one receive operand")),
                }
            }
            "labeled_statement" => {
                let label = match n.child_by_field("label") {
                    Some(l) => self.ident(l),
                    None => Ident { id: self.id(), name: "_".into(), span },
                };
                let inner = n.named_children().find(|c| c.field() != Some("label"));
                let stmt = match inner {
                    Some(s) => self.stmt(s),
                    None => Stmt { id: self.id(), span, kind: StmtKind::Empty },
                };
                StmtKind::Labeled { label, stmt: Box::new(stmt) }
            }
            "fallthrough_statement" => StmtKind::Branch { kind: BranchKind::Fallthrough, label: None },
            "break_statement" | "continue_statement" | "goto_statement" => {
                let kind = match n.kind() {
                    "break_statement" => BranchKind::Break,
                    "continue_statement" => BranchKind::Continue,
                    _ => BranchKind::Goto,
                };
                let label = n.named_children().find(|c| c.kind() == "label_name").map(|l| self.ident(l));
                StmtKind::Branch { kind, label }
            }
            "return_statement" => {
                let values = match n.named_children().next() {
                    Some(list) => self.expr_list(list),
                    None => Vec::new(),
                };
                StmtKind::Return(values)
            }
            "go_statement" | "defer_statement" => {
                let e = match n.named_children().next() {
                    Some(e) => self.expr(e),
                    None => self.bad(n),
                };
                if !matches!(e.unparen().kind, ExprKind::Call { .. } | ExprKind::Bad) {
                    let what = if n.kind() == "go_statement" { "go" } else { "defer" };
                    self.error(n, Code::TypeError, format!("expression in {what} must be function call"));
                }
                if n.kind() == "go_statement" { StmtKind::Go(e) } else { StmtKind::Defer(e) }
            }
            "block" => StmtKind::Block(self.block(n)),
            "if_statement" => {
                let init = self.boxed_stmt(n.child_by_field("initializer"));
                let cond = self.field_expr(n, "condition");
                let then = match n.child_by_field("consequence") {
                    Some(b) => self.block(b),
                    None => Block { id: self.id(), span, stmts: Vec::new(), rbrace: span },
                };
                let els = self.boxed_stmt(n.child_by_field("alternative"));
                StmtKind::If { init, cond, then, els }
            }
            "for_statement" => self.for_stmt(n),
            "expression_switch_statement" => {
                let init = self.boxed_stmt(n.child_by_field("initializer"));
                let tag = n.child_by_field("value").map(|v| self.expr(v));
                let mut cases = Vec::new();
                for c in n.named_children().filter(|c| c.kind() == "expression_case" || c.kind() == "default_case") {
                    let cid = self.id();
                    let is_default = c.kind() == "default_case";
                    let exprs = match c.child_by_field("value") {
                        Some(v) => self.expr_list(v),
                        None => Vec::new(),
                    };
                    let body = self.case_body(c);
                    cases.push(CaseClause { id: cid, span: c.span(), exprs, is_default, body });
                }
                StmtKind::Switch { init, tag, cases }
            }
            "type_switch_statement" => {
                let init = self.boxed_stmt(n.child_by_field("initializer"));
                let bind = n.child_by_field("alias").and_then(|a| {
                    let names: Vec<Node<'_>> = a.named_children().collect();
                    if names.len() != 1 || names[0].kind() != "identifier" {
                        self.error(a, Code::SyntaxError, "syntax error: type switch binds exactly one name");
                    }
                    names.first().map(|x| self.ident(*x))
                });
                let subject = self.field_expr(n, "value");
                let mut cases = Vec::new();
                for c in n.named_children().filter(|c| c.kind() == "type_case" || c.kind() == "default_case") {
                    let cid = self.id();
                    let is_default = c.kind() == "default_case";
                    let types = c.children_by_field("type").map(|t| self.expr(t)).collect();
                    let body = self.case_body(c);
                    cases.push(TypeCaseClause { id: cid, span: c.span(), types, is_default, body });
                }
                StmtKind::TypeSwitch { init, bind, subject, cases }
            }
            "select_statement" => {
                let mut cases = Vec::new();
                for c in n.named_children().filter(|c| c.kind() == "communication_case" || c.kind() == "default_case") {
                    let cid = self.id();
                    let comm = self.boxed_stmt(c.child_by_field("communication"));
                    let body = self.case_body(c);
                    cases.push(CommClause { id: cid, span: c.span(), comm, body });
                }
                StmtKind::Select { cases }
            }
            kind => {
                self.error(n, Code::UnsupportedConstruct, format!("unsupported statement: {}", kind.replace('_', " ")));
                StmtKind::Bad
            }
        };
        Stmt { id, span, kind }
    }

    fn for_stmt(&mut self, n: Node<'_>) -> StmtKind {
        let header = n.named_children().find(|c| c.field() != Some("body"));
        let body_node = n.child_by_field("body");
        let body = || body_node;
        let make_body = |cx: &mut Lower, b: Option<Node<'_>>| match b {
            Some(b) => cx.block(b),
            None => Block { id: cx.id(), span: n.span(), stmts: Vec::new(), rbrace: n.span() },
        };
        match header {
            Some(h) if h.kind() == "for_clause" => {
                let init = self.boxed_stmt(h.child_by_field("initializer"));
                let cond = h.child_by_field("condition").map(|c| self.expr(c));
                let post = self.boxed_stmt(h.child_by_field("update"));
                let body = make_body(self, body());
                StmtKind::For { init, cond, post, body }
            }
            Some(h) if h.kind() == "range_clause" => {
                let (mut key, mut value) = (None, None);
                if let Some(left) = h.child_by_field("left") {
                    let mut lhs = self.expr_list(left).into_iter();
                    key = lhs.next();
                    value = lhs.next();
                    if lhs.next().is_some() {
                        self.error(left, Code::SyntaxError, "range clause permits at most two iteration variables");
                    }
                }
                let define = h.has_token(":=");
                let x = self.field_expr(h, "right");
                let body = make_body(self, body());
                StmtKind::Range { key, value, define, x, body }
            }
            Some(h) => {
                let cond = Some(self.expr(h));
                let body = make_body(self, body());
                StmtKind::For { init: None, cond, post: None, body }
            }
            None => {
                let body = make_body(self, body());
                StmtKind::For { init: None, cond: None, post: None, body }
            }
        }
    }

    fn field_expr(&mut self, n: Node<'_>, field: &str) -> Expr {
        match n.child_by_field(field) {
            Some(c) => self.expr(c),
            None => self.bad(n),
        }
    }

    fn list_field(&mut self, n: Node<'_>, field: &str) -> Vec<Expr> {
        match n.child_by_field(field) {
            Some(c) => self.expr_list(c),
            None => Vec::new(),
        }
    }
}
