//! `GoValue` for the std handles that are Go pointers: a newtype over `Arc<_>` (never nil:
//! `*rand.PCG`, `*rand.ChaCha8`) or over `Option<Arc<_>>` whose default is nil
//! (`*regexp.Regexp`, `*base64.Encoding`, `*crc32.Table`).

/// Implements `GoValue` for a pointer handle: prints as a pointer, `==` and hashing by address,
/// `%T` is Go's type name. `ptr_handle!(T, "*pkg.T")` for `T(Arc<_>)`;
/// `ptr_handle!(nilable T, "*pkg.T")` for `T(Option<Arc<_>>)` (nil is address 0), which also
/// gets `PartialEq` by address.
macro_rules! ptr_handle {
    ($t:ty, $name:literal) => {
        $crate::handle::ptr_handle!(@impl $t, $name, |s: &$t| std::sync::Arc::as_ptr(&s.0) as *const u8 as usize);
    };
    (nilable $t:ty, $name:literal) => {
        $crate::handle::ptr_handle!(@impl $t, $name, |s: &$t| s.0.as_ref().map_or(0, |a| std::sync::Arc::as_ptr(a) as *const u8 as usize));

        impl PartialEq for $t {
            fn eq(&self, other: &Self) -> bool {
                crate::value::GoValue::addr(self) == crate::value::GoValue::addr(other)
            }
        }
    };
    (@impl $t:ty, $name:literal, $addr:expr) => {
        impl crate::value::GoValue for $t {
            fn kind(&self) -> crate::value::Kind {
                crate::value::Kind::Ptr
            }
            fn fmt_value(&self, p: &mut crate::fmt::Printer, verb: char) {
                p.fmt_pointer(self, crate::value::GoValue::addr(self), verb)
            }
            fn eq_dyn(&self, other: &dyn crate::value::GoValue) -> bool {
                other
                    .as_any()
                    .downcast_ref::<Self>()
                    .is_some_and(|o| crate::value::GoValue::addr(self) == crate::value::GoValue::addr(o))
            }
            fn hash_dyn(&self, state: &mut dyn std::hash::Hasher) {
                state.write_usize(crate::value::GoValue::addr(self))
            }
            fn addr(&self) -> usize {
                ($addr)(self)
            }
            fn go_type_name() -> String {
                $name.into()
            }
        }
    };
}
pub(crate) use ptr_handle;
