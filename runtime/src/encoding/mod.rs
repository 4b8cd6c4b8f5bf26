//! Mirrors of Go's `encoding/*` packages (`encoding/json`).

pub mod json;
