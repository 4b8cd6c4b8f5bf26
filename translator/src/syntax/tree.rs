//! The owned concrete syntax tree: tree-sitter's parse, copied into a flat preorder array.
//!
//! Copying keeps tree-sitter's types inside `syntax` and gives later stages plain data with
//! `'static` kind and field names. Comments are kept but skipped by [`Node::children`].

use crate::diag::{FileId, LineIndex, Span};

/// One file's concrete syntax tree.
#[derive(Debug)]
pub struct SyntaxTree {
    pub(super) file: FileId,
    pub(super) text: Vec<u8>,
    pub(super) nodes: Vec<RawNode>,
    pub(super) lines: LineIndex,
}

#[derive(Debug, Clone)]
pub(super) struct RawNode {
    pub kind: &'static str,
    pub field: Option<&'static str>,
    pub start: u32,
    pub end: u32,
    /// Index one past this node's last descendant (its next sibling, if any).
    pub subtree_end: u32,
    pub named: bool,
    pub error: bool,
    pub missing: bool,
    pub extra: bool,
}

/// A cheap handle to one node of a [`SyntaxTree`].
#[derive(Clone, Copy)]
pub struct Node<'t> {
    tree: &'t SyntaxTree,
    idx: u32,
}

impl SyntaxTree {
    /// The `source_file` node; `None` only when the parser produced nothing at all.
    pub fn root(&self) -> Option<Node<'_>> {
        if self.nodes.is_empty() { None } else { Some(Node { tree: self, idx: 0 }) }
    }

    pub fn file(&self) -> FileId {
        self.file
    }

    pub fn text(&self) -> &[u8] {
        &self.text
    }

    pub fn line_index(&self) -> &LineIndex {
        &self.lines
    }

    pub fn span(&self, start: u32, end: u32) -> Span {
        self.lines.span(self.file, start, end)
    }

    /// Every comment in source order, as (span, text).
    pub fn comments(&self) -> impl Iterator<Item = (Span, &[u8])> + '_ {
        self.nodes.iter().filter(|n| n.kind == "comment").map(|n| {
            (self.span(n.start, n.end), &self.text[n.start as usize..n.end as usize])
        })
    }
}

impl<'t> Node<'t> {
    fn raw(&self) -> &'t RawNode {
        &self.tree.nodes[self.idx as usize]
    }

    /// tree-sitter-go's node kind, e.g. `call_expression`, or the token text for anonymous tokens.
    pub fn kind(&self) -> &'static str {
        self.raw().kind
    }

    /// The grammar field this node fills in its parent, e.g. `operand`.
    pub fn field(&self) -> Option<&'static str> {
        self.raw().field
    }

    pub fn is_named(&self) -> bool {
        self.raw().named
    }

    pub fn is_error(&self) -> bool {
        self.raw().error
    }

    pub fn is_missing(&self) -> bool {
        self.raw().missing
    }

    pub fn start(&self) -> u32 {
        self.raw().start
    }

    pub fn end(&self) -> u32 {
        self.raw().end
    }

    pub fn span(&self) -> Span {
        self.tree.span(self.raw().start, self.raw().end)
    }

    /// The node's source bytes.
    pub fn text(&self) -> &'t [u8] {
        let r = self.raw();
        &self.tree.text[r.start as usize..r.end as usize]
    }

    /// The node's source text, lossily decoded (invalid UTF-8 becomes U+FFFD).
    pub fn text_lossy(&self) -> String {
        String::from_utf8_lossy(self.text()).into_owned()
    }

    /// All children except comments, named and anonymous, in order.
    pub fn children(&self) -> impl Iterator<Item = Node<'t>> + 't {
        let tree = self.tree;
        let end = self.raw().subtree_end;
        let mut next = self.idx + 1;
        std::iter::from_fn(move || {
            while next < end {
                let idx = next;
                next = tree.nodes[idx as usize].subtree_end;
                if !tree.nodes[idx as usize].extra {
                    return Some(Node { tree, idx });
                }
            }
            None
        })
    }

    /// Named children except comments.
    pub fn named_children(&self) -> impl Iterator<Item = Node<'t>> + 't {
        self.children().filter(|n| n.is_named())
    }

    /// The first child filling `field`.
    pub fn child_by_field(&self, field: &str) -> Option<Node<'t>> {
        self.children().find(|n| n.field() == Some(field))
    }

    /// Every named child filling `field` (separator tokens inside a field are skipped).
    pub fn children_by_field(&self, field: &'t str) -> impl Iterator<Item = Node<'t>> + 't {
        self.children().filter(move |n| n.is_named() && n.field() == Some(field))
    }

    /// Whether an anonymous token with this text is a direct child (e.g. `...`, `*`, `:=`).
    pub fn has_token(&self, token: &str) -> bool {
        self.children().any(|n| !n.is_named() && n.kind() == token)
    }

    pub fn tree(&self) -> &'t SyntaxTree {
        self.tree
    }
}

impl std::fmt::Debug for Node<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}@{}..{}", self.kind(), self.start(), self.end())
    }
}
