//! Mirrors of Go's `encoding/*` packages (`encoding/json`, `encoding/hex`, `encoding/base64`).

pub mod base64;
pub mod hex;
pub mod json;
