//! Go-syntax rendering of expressions, for diagnostics and `todo!` messages.

use super::nodes::*;

/// Renders an expression in Go syntax (abbreviating function literals and long literals).
pub fn expr_to_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e, 0);
    if s.len() > 80 {
        let mut cut = 77;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s.push_str("...");
    }
    s
}

fn write_list(s: &mut String, es: &[Expr], d: u32) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, e, d);
    }
}

fn write_sig(s: &mut String, f: &FuncType, d: u32) {
    s.push('(');
    for (i, p) in f.params.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let names: Vec<&str> = p.names.iter().map(|n| n.name.as_str()).collect();
        if !names.is_empty() {
            s.push_str(&names.join(", "));
            s.push(' ');
        }
        if p.variadic {
            s.push_str("...");
        }
        write_expr(s, &p.ty, d);
    }
    s.push(')');
    if !f.results.is_empty() {
        s.push(' ');
        let paren = f.results.len() > 1 || !f.results[0].names.is_empty();
        if paren {
            s.push('(');
        }
        for (i, r) in f.results.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            write_expr(s, &r.ty, d);
        }
        if paren {
            s.push(')');
        }
    }
}

fn write_expr(s: &mut String, e: &Expr, d: u32) {
    if d > 50 || s.len() > 200 {
        s.push('…');
        return;
    }
    let d = d + 1;
    match &e.kind {
        ExprKind::Ident(n) => s.push_str(n),
        ExprKind::Lit(l) => match l {
            Lit::Int(t) | Lit::Float(t) | Lit::Imag(t) => s.push_str(t),
            Lit::Rune(r) => match char::from_u32(*r as u32) {
                Some(c) => s.push_str(&format!("{c:?}")),
                None => s.push_str(&format!("'\\x{:02x}'", r)),
            },
            Lit::Str { value, .. } => s.push_str(&format!("{:?}", String::from_utf8_lossy(value))),
        },
        ExprKind::CompositeLit { ty, elems } => {
            if let Some(t) = ty {
                write_expr(s, t, d);
            }
            s.push('{');
            if !elems.is_empty() {
                s.push('…');
            }
            s.push('}');
        }
        ExprKind::FuncLit { sig, .. } => {
            s.push_str("func");
            write_sig(s, sig, d);
            s.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x, d);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(s, x, d);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, indices } => {
            write_expr(s, x, d);
            s.push('[');
            write_list(s, indices, d);
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max } => {
            write_expr(s, x, d);
            s.push('[');
            if let Some(l) = lo {
                write_expr(s, l, d);
            }
            s.push(':');
            if let Some(h) = hi {
                write_expr(s, h, d);
            }
            if let Some(m) = max {
                s.push(':');
                write_expr(s, m, d);
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(s, x, d);
            s.push_str(".(");
            match ty {
                Some(t) => write_expr(s, t, d),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call { func, args, ellipsis } => {
            write_expr(s, func, d);
            s.push('(');
            write_list(s, args, d);
            if *ellipsis {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x, d);
        }
        ExprKind::Unary { op, x } => {
            s.push_str(op.as_str());
            write_expr(s, x, d);
        }
        ExprKind::Binary { op, lhs, rhs } => {
            write_expr(s, lhs, d);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, rhs, d);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            match len {
                Some(l) => write_expr(s, l, d),
                None => s.push_str("..."),
            }
            s.push(']');
            write_expr(s, elem, d);
        }
        ExprKind::SliceType(x) => {
            s.push_str("[]");
            write_expr(s, x, d);
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key, d);
            s.push(']');
            write_expr(s, value, d);
        }
        ExprKind::ChanType { dir, elem } => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(s, elem, d);
        }
        ExprKind::FuncType(f) => {
            s.push_str("func");
            write_sig(s, f, d);
        }
        ExprKind::StructType(_) => s.push_str("struct{…}"),
        ExprKind::InterfaceType(els) => s.push_str(if els.is_empty() { "interface{}" } else { "interface{…}" }),
        ExprKind::Union(xs) => {
            for (i, x) in xs.iter().enumerate() {
                if i > 0 {
                    s.push_str(" | ");
                }
                write_expr(s, x, d);
            }
        }
        ExprKind::Tilde(x) => {
            s.push('~');
            write_expr(s, x, d);
        }
        ExprKind::Bad => s.push_str("<bad expression>"),
    }
}
