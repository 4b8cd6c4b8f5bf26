//! Blocking analysis.
use super::Info;
use crate::ast;
use crate::diag::Diagnostic;
pub(super) fn analyze(_pkg: &ast::Package, _info: &mut Info, _diags: &mut Vec<Diagnostic>) {}
