//! End-to-end test support (see `e2e.rs`).
