//! Mirrors of Go's `text/*` packages (`text/tabwriter`).

pub mod tabwriter;
