//! gort's translator: Go source → Rust on the gort runtime. Stages: syntax → ast → sema → emit → print.

pub mod ast;
pub mod check;
pub mod diag;
pub mod driver;
pub mod emit;
pub mod print;
pub mod project;
pub mod run;
pub mod runtime_src;
pub mod sema;
pub mod syntax;
