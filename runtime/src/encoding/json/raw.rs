//! Go's `json.RawMessage`: an encoded JSON value kept as it is, through its own `MarshalJSON`
//! and `UnmarshalJSON` (so it delays decoding, or writes precomputed JSON). In Go 1.27 it is an
//! alias of `jsontext.Value`: that is its `%T`, and its `String` method prints the JSON text.

use crate::value::Stringer;
use crate::{Error, Ptr, Slice, Str};

/// Go's `json.RawMessage` (`[]byte`).
#[derive(Clone, Default)]
pub struct RawMessage(pub Slice<u8>);
crate::go_named!(RawMessage = "jsontext.Value"(Slice<u8>) methods(MarshalJSON, String) ptr_methods(UnmarshalJSON));

#[allow(non_snake_case)]
impl RawMessage {
    /// Go's `m.MarshalJSON()`: the bytes themselves, `null` for a nil message.
    pub fn MarshalJSON(&self) -> (Slice<u8>, Error) {
        if self.0.is_nil() {
            return (Slice::from_vec(b"null".to_vec()), Error::nil());
        }
        (self.0.clone(), Error::nil())
    }
    /// Go's `m.UnmarshalJSON(data)`: a copy of `data` (decoding gives the value written back
    /// compact: whitespace inside it is not kept).
    pub fn UnmarshalJSON(m: &Ptr<RawMessage>, data: Slice<u8>) -> Error {
        m.set(RawMessage(Slice::from_vec(data.to_vec())));
        Error::nil()
    }
    /// Go's `v.String()`: the JSON text, `null` for a nil value.
    pub fn String(&self) -> Str {
        if self.0.is_nil() { Str::lit("null") } else { Str::from(&self.0) }
    }
    /// `m.String()` called by a program.
    pub fn string(&self) -> Str {
        self.String()
    }
    /// `m.MarshalJSON()` called by a program.
    pub fn marshal_json(&self) -> (Slice<u8>, Error) {
        self.MarshalJSON()
    }
}

impl Stringer for RawMessage {
    fn String(&self) -> Str {
        RawMessage::String(self)
    }
}
