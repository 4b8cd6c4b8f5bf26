//! Packages of `golang.org/x/exp` that generic Go code imports: [`constraints`], [`maps`]
//! (`golang.org/x/exp/slices` is the standard `slices`).

pub mod constraints;
pub mod maps;
