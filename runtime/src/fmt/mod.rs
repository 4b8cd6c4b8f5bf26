//! Go's `fmt` package: printing verbs, widths, flags, and the text of panic values.

use crate::value::Any;

/// The text after `panic: ` when a panic with this value is not recovered.
/// Placeholder until the printer lands.
pub fn panic_value_text(value: &Any) -> String {
    match &value.0 {
        None => "nil".to_string(),
        Some(v) => v.type_name(),
    }
}

/// Writes out whatever Go-level stdout output is buffered. The runtime calls it before the
/// process exits (main returned, `os.Exit`, unrecovered panic, fatal error).
pub fn flush_stdout() {}
