//! `GoValue` for the concurrency half's types: `Chan<T>` (an address; `%T` `chan int`),
//! `time::Duration` and `time::Time` (printed by their `String()`), and the `sync` types (their
//! zero values print as Go 1.27 prints its internal fields).

use std::hash::Hasher;
use std::sync::Arc;

use super::{GoValue, Kind, Layout, Str, Stringer};
use crate::chan::Chan;
use crate::fmt::Printer;

impl<T: GoValue + Send + 'static> GoValue for Chan<T> {
    fn kind(&self) -> Kind {
        Kind::Chan
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_pointer(self, Chan::addr(self), verb)
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        other.as_any().downcast_ref::<Self>().is_some_and(|o| Chan::addr(self) == Chan::addr(o))
    }
    fn hash_dyn(&self, state: &mut dyn Hasher) {
        state.write_usize(Chan::addr(self))
    }
    fn cmp_dyn(&self, other: &dyn GoValue) -> std::cmp::Ordering {
        other.as_any().downcast_ref::<Self>().map_or(std::cmp::Ordering::Equal, |o| Chan::addr(self).cmp(&Chan::addr(o)))
    }
    fn addr(&self) -> usize {
        Chan::addr(self)
    }
    fn go_type_name() -> String {
        format!("chan {}", T::go_type_name())
    }
    fn go_layout() -> Layout {
        Layout::words(1)
    }
}

macro_rules! stringer_value {
    ($t:ty, $name:expr, $kind:expr, $layout:expr, $fields:expr) => {
        impl GoValue for $t {
            fn kind(&self) -> Kind {
                $kind
            }
            fn fmt_value(&self, p: &mut Printer, verb: char) {
                #[allow(clippy::redundant_closure_call)]
                ($fields)(self, p, verb)
            }
            fn eq_dyn(&self, other: &dyn GoValue) -> bool {
                super::eq_by(self, other)
            }
            fn hash_dyn(&self, state: &mut dyn Hasher) {
                std::hash::Hash::hash(self, &mut HashAdapter(state))
            }
            fn as_stringer(&self) -> Option<&dyn Stringer> {
                Some(self)
            }
            fn into_stringer(self: Arc<Self>) -> Option<Arc<dyn Stringer>> {
                Some(self)
            }
            fn go_methods() -> super::Methods {
                super::Methods { string: true, ..super::Methods::NONE }
            }
            fn go_type_name() -> String {
                $name.into()
            }
            fn go_layout() -> Layout {
                $layout
            }
        }
    };
}

struct HashAdapter<'a>(&'a mut dyn Hasher);
impl Hasher for HashAdapter<'_> {
    fn finish(&self) -> u64 {
        self.0.finish()
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes)
    }
}

stringer_value!(
    crate::time::Duration,
    "time.Duration",
    Kind::Int,
    Layout::scalar(8),
    |d: &crate::time::Duration, p: &mut Printer, verb: char| p.fmt_integer(d, d.0 as u64, true, verb)
);

impl Stringer for crate::time::Duration {
    fn String(&self) -> Str {
        Str::from(self.string())
    }
}

/// Raw text for the zero values of `sync` types.
macro_rules! opaque_value {
    ($t:ty, $name:expr, $text:expr, $layout:expr) => {
        impl GoValue for $t {
            fn kind(&self) -> Kind {
                Kind::Struct
            }
            fn fmt_value(&self, p: &mut Printer, _verb: char) {
                p.write_raw($text)
            }
            fn go_type_name() -> String {
                $name.into()
            }
            fn go_layout() -> Layout {
                $layout
            }
            fn go_comparable() -> bool {
                true
            }
        }
    };
}

opaque_value!(crate::sync::Mutex, "sync.Mutex", b"{{} {0 0}}", Layout::scalar(8));
opaque_value!(crate::sync::RWMutex, "sync.RWMutex", b"{{{} {0 0}} 0 0 {{} 0} {{} 0}}", Layout { size: 24, align: 8, pointers: false });
opaque_value!(crate::sync::WaitGroup, "sync.WaitGroup", b"{{} {{} {} 0} 0}", Layout { size: 16, align: 8, pointers: false });
opaque_value!(crate::sync::Once, "sync.Once", b"{{} {{} 0} {{} {0 0}}}", Layout { size: 12, align: 4, pointers: false });
