//! Mirrors of Go's `encoding/*` packages (`encoding/json`, `encoding/hex`, `encoding/base64`,
//! `encoding/binary`).

pub mod base64;
pub mod binary;
pub mod hex;
pub mod json;
