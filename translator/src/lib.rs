//! gort's translator: Go source → Rust on the gort runtime. Stages: syntax → ast → sema → emit → print.

pub mod ast;
pub mod diag;
pub mod syntax;
