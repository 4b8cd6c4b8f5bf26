//! Go's `encoding/json`: `Marshal`, `MarshalIndent`, `Encoder` and `Valid`, ported from Go's
//! `encode.go`, `indent.go`, `stream.go` and `scanner.go`, and `Unmarshal` (`decode.rs`).
//!
//! Values reach the encoder through [`GoValue::json_encode`]: basic kinds through
//! [`GoValue::basic`], structs through [`GoValue::json_fields`] (written by `go_struct!`, with
//! the fields' tags), and slices, arrays, maps, pointers and interfaces through their own impls.
//!
//! ```
//! use gort::{Map, Slice, Str};
//! let m: Map<Str, Slice<i64>> = Map::from(vec![(Str::lit("b"), Slice::from(vec![1, 2])), (Str::lit("a"), Slice::nil())]);
//! let (b, err) = gort::encoding::json::marshal(&m);
//! assert!(err.is_nil());
//! assert_eq!(Str::from(&b).to_string(), r#"{"a":null,"b":[1,2]}"#);
//! ```

mod decode;
mod encode;
mod raw;
mod stream;
mod valid;

pub use decode::{DecodeState, JsonValue, decode_iface, unmarshal};
pub use encode::{EncodeState, JsonField};
pub use raw::RawMessage;
pub use stream::{Decoder, Encoder, new_decoder, new_encoder};
pub use valid::valid;

use crate::{Error, GoValue, Slice, Str};

/// Go's `json.Marshal(v)`: the JSON encoding of `v`, or the first unsupported type or value.
pub fn marshal(v: &dyn GoValue) -> (Slice<u8>, Error) {
    let mut e = EncodeState::default();
    e.value(v);
    match e.into_result() {
        Ok(b) => (Slice::from_vec(b), Error::nil()),
        Err(err) => (Slice::nil(), err),
    }
}

/// Go's `json.MarshalIndent(v, prefix, indent)`: `Marshal`, each element on its own line
/// starting with `prefix` and indented by one `indent` per level.
pub fn marshal_indent(v: &dyn GoValue, prefix: &Str, indent: &Str) -> (Slice<u8>, Error) {
    let (b, err) = marshal(v);
    if !err.is_nil() {
        return (b, err);
    }
    (Slice::from_vec(append_indent(Vec::new(), &b.to_vec(), prefix.as_bytes(), indent.as_bytes())), Error::nil())
}

/// Go's `appendIndent` over compact JSON that this encoder produced (always valid): a newline
/// and indentation after `{`, `[` and `,`, a space after `:`, empty `{}`/`[]` kept together.
fn append_indent(mut dst: Vec<u8>, src: &[u8], prefix: &[u8], indent: &[u8]) -> Vec<u8> {
    let newline = |dst: &mut Vec<u8>, depth: usize| {
        dst.push(b'\n');
        dst.extend_from_slice(prefix);
        for _ in 0..depth {
            dst.extend_from_slice(indent);
        }
    };
    let mut need_indent = false;
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &c in src {
        if in_string {
            dst.push(c);
            if escaped {
                escaped = false;
            } else if c == b'\\' {
                escaped = true;
            } else if c == b'"' {
                in_string = false;
            }
            continue;
        }
        if need_indent && c != b'}' && c != b']' {
            need_indent = false;
            depth += 1;
            newline(&mut dst, depth);
        }
        match c {
            b'"' => {
                in_string = true;
                dst.push(c);
            }
            b'{' | b'[' => {
                need_indent = true;
                dst.push(c);
            }
            b',' => {
                dst.push(c);
                newline(&mut dst, depth);
            }
            b':' => dst.extend_from_slice(b": "),
            b'}' | b']' => {
                if need_indent {
                    need_indent = false;
                } else {
                    depth -= 1;
                    newline(&mut dst, depth);
                }
                dst.push(c);
            }
            _ => dst.push(c),
        }
    }
    dst
}
