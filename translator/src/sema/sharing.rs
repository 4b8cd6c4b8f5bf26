//! Sharing analysis.
use super::{Config, Info};
use crate::ast;
pub(super) fn analyze(_pkg: &ast::Package, _info: &mut Info, _config: &Config) {}
