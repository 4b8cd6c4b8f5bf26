//! Stage 1: parsing. The only module that touches tree-sitter.
//!
//! [`parse`] turns a file's bytes (any bytes: empty, binary, invalid UTF-8) into an owned
//! [`SyntaxTree`] plus a diagnostic for every ERROR or MISSING node. It never fails.

mod tree;

use std::path::Path;

pub use tree::{Node, SyntaxTree};

use crate::diag::{Code, Diagnostic, FileId, LineIndex};
use tree::RawNode;

/// At most this many syntax diagnostics per file; the rest are noise after the first few.
const MAX_SYNTAX_DIAGS: usize = 20;

/// Parses one Go source file.
pub fn parse(file: FileId, path: &Path, text: &[u8]) -> (SyntaxTree, Vec<Diagnostic>) {
    let lines = LineIndex::new(text);
    let mut diags = Vec::new();
    let mut tree = SyntaxTree { file, text: text.to_vec(), nodes: Vec::new(), lines };
    if text.len() >= u32::MAX as usize {
        let span = tree.span(0, 0);
        diags.push(Diagnostic::error(path, span, Code::Unreadable, "file too large"));
        tree.text.clear();
        return (tree, diags);
    }
    let mut parser = tree_sitter::Parser::new();
    if parser.set_language(&tree_sitter_go::LANGUAGE.into()).is_err() {
        let span = tree.span(0, 0);
        diags.push(Diagnostic::error(path, span, Code::Unreadable, "internal: Go grammar failed to load"));
        return (tree, diags);
    }
    // Go ignores a leading UTF-8 byte order mark; blank it out (offsets stay the same).
    let bom_free;
    let text_for_parser: &[u8] = if text.starts_with(b"\xEF\xBB\xBF") {
        bom_free = [b"   ".as_slice(), &text[3..]].concat();
        &bom_free
    } else {
        text
    };
    let Some(mut ts_tree) = parser.parse(text_for_parser, None) else {
        let span = tree.span(0, 0);
        diags.push(Diagnostic::error(path, span, Code::SyntaxError, "syntax error: the parser gave up"));
        return (tree, diags);
    };
    if ts_tree.root_node().has_error() {
        if let Some(t) = new_of_expressions(text_for_parser, &flatten(&ts_tree)).and_then(|fixed| parser.parse(&fixed, None)) {
            ts_tree = t;
        }
    }
    tree.nodes = flatten(&ts_tree);
    report_errors(&tree, path, &mut diags);
    (tree, diags)
}

/// Go 1.26's `new(expr)`: the grammar only knows `new(Type)`, so `new(42)` or `new(f())` is a
/// syntax error. Each `new` whose parentheses hold an error is renamed to an identifier of the
/// same byte length (`ñw`), which parses as an ordinary call; the tree keeps the original
/// text, so the call still reads `new(…)` and the checker takes the argument as a value.
/// `None` when no `new` call holds an error.
fn new_of_expressions(text: &[u8], nodes: &[RawNode]) -> Option<Vec<u8>> {
    let errors: Vec<(usize, usize)> = nodes.iter().filter(|n| n.error || n.missing).map(|n| (n.start as usize, n.end as usize)).collect();
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
    let mut fixed: Option<Vec<u8>> = None;
    let mut i = 0;
    while let Some(off) = text[i..].windows(3).position(|w| w == b"new") {
        let at = i + off;
        i = at + 3;
        if (at > 0 && (ident(text[at - 1]) || text[at - 1] == b'.')) || text.get(at + 3).is_some_and(|&b| ident(b)) {
            continue;
        }
        let mut open = at + 3;
        while text.get(open).is_some_and(|b| *b == b' ' || *b == b'\t') {
            open += 1;
        }
        if text.get(open) != Some(&b'(') {
            continue;
        }
        // The matching `)` (strings and comments are not skipped: this only bounds the search).
        let mut depth = 0usize;
        let mut close = text.len();
        for (j, &b) in text.iter().enumerate().skip(open) {
            match b {
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        close = j + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        if errors.iter().any(|&(s, e)| s < close && e > at) {
            fixed.get_or_insert_with(|| text.to_vec())[at..at + 3].copy_from_slice("ñw".as_bytes());
        }
    }
    fixed
}

/// Copies the tree-sitter tree into a preorder array, iteratively (no recursion on depth).
fn flatten(ts_tree: &tree_sitter::Tree) -> Vec<RawNode> {
    let mut nodes = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut cursor = ts_tree.walk();
    loop {
        let node = cursor.node();
        open.push(nodes.len());
        nodes.push(RawNode {
            kind: if node.is_error() { "ERROR" } else { node.kind() },
            field: cursor.field_name(),
            start: node.start_byte() as u32,
            end: node.end_byte() as u32,
            subtree_end: 0,
            named: node.is_named(),
            error: node.is_error(),
            missing: node.is_missing(),
            extra: node.is_extra(),
        });
        if cursor.goto_first_child() {
            continue;
        }
        // Close this node and every ancestor that has no further sibling.
        loop {
            let idx = open.pop().expect("open stack holds the current node");
            nodes[idx].subtree_end = nodes.len() as u32;
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                while let Some(idx) = open.pop() {
                    nodes[idx].subtree_end = nodes.len() as u32;
                }
                return nodes;
            }
        }
    }
}

fn report_errors(tree: &SyntaxTree, path: &Path, diags: &mut Vec<Diagnostic>) {
    let mut count = 0;
    let mut i = 0usize;
    while i < tree.nodes.len() {
        let n = &tree.nodes[i];
        if n.error || n.missing {
            count += 1;
            if count <= MAX_SYNTAX_DIAGS {
                diags.push(describe(tree, i, path));
            }
            // Errors nested inside an error are the same problem.
            i = n.subtree_end as usize;
            continue;
        }
        i += 1;
    }
    if count > MAX_SYNTAX_DIAGS {
        let last = tree.nodes.iter().rev().find(|n| n.error || n.missing);
        if let Some(n) = last {
            let span = tree.span(n.start, n.end);
            let msg = format!("syntax error: {} more syntax errors", count - MAX_SYNTAX_DIAGS);
            diags.push(Diagnostic::error(path, span, Code::SyntaxError, msg));
        }
    }
}

fn describe(tree: &SyntaxTree, idx: usize, path: &Path) -> Diagnostic {
    let n = &tree.nodes[idx];
    let span = tree.span(n.start, n.end);
    if n.missing {
        let what = if n.named { n.kind.replace('_', " ") } else { format!("`{}`", n.kind) };
        return Diagnostic::error(path, span, Code::MissingToken, format!("syntax error: missing {what}"));
    }
    let text = &tree.text[n.start as usize..n.end as usize];
    let msg = if text.is_empty() {
        "syntax error: unexpected end of input".to_string()
    } else {
        format!("syntax error: unexpected {}", snippet(text))
    };
    Diagnostic::error(path, span, Code::SyntaxError, msg)
}

/// A short, printable rendering of the first token-ish part of some source bytes.
fn snippet(text: &[u8]) -> String {
    let s = String::from_utf8_lossy(text);
    let first: String = s
        .split_whitespace()
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_control())
        .take(24)
        .collect();
    if first.is_empty() { "input".to_string() } else { format!("`{first}`") }
}
