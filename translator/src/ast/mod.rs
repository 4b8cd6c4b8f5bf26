//! Stage 2: the owned, typed Go AST, lowered from `syntax` trees.
//!
//! [`lower`] never fails: a construct it cannot make sense of becomes a `Bad` node plus a
//! diagnostic (syntax errors were already reported by `syntax`, so `ERROR` nodes lower silently).

mod dump;
mod lit;
mod lower;
mod lower_expr;
mod lower_stmt;
mod nodes;
mod print;
pub mod visit;

pub use dump::dump;
pub use lit::{decode_rune, decode_string};
pub use lower::lower;
pub use nodes::*;
pub use print::expr_to_string;
