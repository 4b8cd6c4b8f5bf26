//! Packages of `golang.org/x/exp` that generic Go code imports: [`constraints`].

pub mod constraints;
