//! `GoValue` and `==` for the std handles that may be Go's nil pointer (`*regexp.Regexp`,
//! `*base64.Encoding`, `*crc32.Table`): a newtype over `Option<Arc<_>>` whose default is nil.

/// Implements `GoValue` (a pointer: prints as one, `==` and hashing by address, nil is
/// address 0) and `PartialEq` for `$t(Option<Arc<_>>)`, with Go's type name for `%T`.
macro_rules! nilable_ptr_handle {
    ($t:ty, $name:literal) => {
        impl crate::value::GoValue for $t {
            fn kind(&self) -> crate::value::Kind {
                crate::value::Kind::Ptr
            }
            fn fmt_value(&self, p: &mut crate::fmt::Printer, verb: char) {
                p.fmt_pointer(self, crate::value::GoValue::addr(self), verb)
            }
            fn eq_dyn(&self, other: &dyn crate::value::GoValue) -> bool {
                other.as_any().downcast_ref::<Self>().is_some_and(|o| self == o)
            }
            fn hash_dyn(&self, state: &mut dyn std::hash::Hasher) {
                state.write_usize(crate::value::GoValue::addr(self))
            }
            fn addr(&self) -> usize {
                self.0.as_ref().map_or(0, |a| std::sync::Arc::as_ptr(a) as *const u8 as usize)
            }
            fn go_type_name() -> String {
                $name.into()
            }
        }

        impl PartialEq for $t {
            fn eq(&self, other: &Self) -> bool {
                crate::value::GoValue::addr(self) == crate::value::GoValue::addr(other)
            }
        }
    };
}
pub(crate) use nilable_ptr_handle;
