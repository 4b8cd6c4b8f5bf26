//! `GoValue` for the concurrency half's types: `Chan<T>` (an address; `%T` `chan int`),
//! `time::Duration`, `Time`, `Month`, `Weekday` (printed by their `String()`), `*time.Location`,
//! and the handle types of `sync`, `sync/atomic` and `time` (`Timer`, `Ticker`): printed as Go
//! 1.27 prints the struct they point at, compared and hashed by identity.

use std::hash::Hasher;
use std::sync::Arc;

use super::{GoValue, Kind, Layout, Str, Stringer};
use crate::chan::Chan;
use crate::fmt::Printer;

impl<T: GoValue + Send + 'static> GoValue for Chan<T> {
    fn kind(&self) -> Kind {
        Kind::Chan
    }
    fn go_zero() -> Option<Self> {
        Some(Chan::nil())
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
    ($t:ty, $name:expr, $kind:expr, $layout:expr, $fields:expr, $json:expr, $decode:expr, $empty:expr, $zero:expr) => {
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
            fn json_encode(&self, e: &mut crate::encoding::json::EncodeState) {
                #[allow(clippy::redundant_closure_call)]
                ($json)(self, e)
            }
            fn json_decode(&mut self, d: &mut crate::encoding::json::DecodeState, v: &crate::encoding::json::JsonValue) {
                #[allow(clippy::redundant_closure_call)]
                ($decode)(self, d, v)
            }
            fn go_zero() -> Option<Self> {
                Some(<$t as ::std::default::Default>::default())
            }
            fn json_is_empty(&self) -> bool {
                #[allow(clippy::redundant_closure_call)]
                ($empty)(self)
            }
            fn json_is_zero(&self) -> bool {
                #[allow(clippy::redundant_closure_call)]
                ($zero)(self)
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
    |d: &crate::time::Duration, p: &mut Printer, verb: char| p.fmt_integer(d, d.0 as u64, true, verb),
    |d: &crate::time::Duration, e: &mut crate::encoding::json::EncodeState| e.basic(&super::Basic::Int(d.0)),
    // An int64 to the decoder: a JSON number of nanoseconds.
    |t: &mut crate::time::Duration, d: &mut crate::encoding::json::DecodeState, v: &crate::encoding::json::JsonValue| {
        if let Some(x) = d.signed(v, 64) {
            t.0 = x;
        }
    },
    |d: &crate::time::Duration| d.0 == 0,
    |d: &crate::time::Duration| d.0 == 0
);

impl Stringer for crate::time::Duration {
    fn String(&self) -> Str {
        self.string()
    }
}

stringer_value!(
    crate::time::Time,
    "time.Time",
    Kind::Struct,
    Layout::of_struct(&[Layout::scalar(8), Layout::scalar(8), Layout::words(1)]),
    |t: &crate::time::Time, p: &mut Printer, _verb: char| p.write_raw(t.string().as_bytes()),
    |t: &crate::time::Time, e: &mut crate::encoding::json::EncodeState| e.str(&t.format(&crate::time::RFC3339_NANO)),
    // Go's `Time.UnmarshalJSON`: `null` leaves the time as it is, a string parses as RFC 3339,
    // anything else is a type error.
    |t: &mut crate::time::Time, d: &mut crate::encoding::json::DecodeState, v: &crate::encoding::json::JsonValue| match v {
        crate::encoding::json::JsonValue::Null => {}
        crate::encoding::json::JsonValue::Str(s) => {
            let (parsed, err) = crate::time::parse(&crate::time::RFC3339, &Str::from_vec(s.clone()));
            if err.is_nil() {
                *t = parsed;
            } else {
                d.unmarshaler_error(err);
            }
        }
        _ => d.type_error(v),
    },
    |_: &crate::time::Time| false,
    |t: &crate::time::Time| t.is_zero()
);

impl Stringer for crate::time::Time {
    fn String(&self) -> Str {
        self.string()
    }
}

crate::go_named!(Month = "time.Month"(i64) methods(String));
crate::go_named!(Weekday = "time.Weekday"(i64) methods(String));

impl Stringer for Month {
    fn String(&self) -> Str {
        self.string()
    }
}

impl Stringer for Weekday {
    fn String(&self) -> Str {
        self.string()
    }
}

impl GoValue for crate::time::Location {
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_struct(self, verb, &[("name", &self.name())])
    }
    fn ptr_string(l: &super::Ptr<Self>) -> Option<Str> {
        Some(l.with(|l| l.name()))
    }
    fn go_methods() -> super::Methods {
        super::Methods { ptr_string: true, ..super::Methods::NONE }
    }
    fn go_type_name() -> String {
        "time.Location".into()
    }
}

/// The handle types (Go's pointers to `sync`/`atomic`/`time` structs): printed as Go prints the
/// struct, compared and hashed by identity.
macro_rules! handle_value {
    ($t:ty, $name:expr, $layout:expr, |$s:ident, $p:ident, $verb:ident| $body:expr) => {
        impl GoValue for $t {
            fn clone_any(&self) -> Option<crate::Any> {
                Some(crate::Any::from_value(::std::clone::Clone::clone(self)))
            }
            fn kind(&self) -> Kind {
                Kind::Struct
            }
            #[allow(unused_variables)]
            fn fmt_value(&self, $p: &mut Printer, $verb: char) {
                let $s = self;
                $body
            }
            fn eq_dyn(&self, other: &dyn GoValue) -> bool {
                super::eq_by(self, other)
            }
            fn hash_dyn(&self, state: &mut dyn Hasher) {
                state.write_usize(<$t>::addr(self))
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

use crate::sync::atomic;
use crate::time::{Month, Weekday};

/// Go's `sync.Mutex` text (`{{} {state sema}}`), with the locked bit.
fn mutex_text(locked: bool) -> &'static [u8] {
    if locked { b"{{} {1 0}}" } else { b"{{} {0 0}}" }
}

handle_value!(crate::sync::Mutex, "sync.Mutex", Layout::scalar(8), |m, p, verb| p.write_raw(mutex_text(m.is_locked())));
handle_value!(crate::sync::RWMutex, "sync.RWMutex", Layout { size: 24, align: 8, pointers: false }, |rw, p, verb| {
    // Go's RWMutex: {w Mutex; writerSem; readerSem; readerCount; readerWait}; a writer
    // subtracts rwmutexMaxReaders (1 << 30) from readerCount.
    let (writer, readers) = rw.snapshot();
    let count = if writer { readers - (1 << 30) } else { readers };
    let w = if writer { "{{} {1 0}}" } else { "{{} {0 0}}" };
    p.write_raw(format!("{{{w} 0 0 {{{{}} {count}}} {{{{}} 0}}}}").as_bytes())
});
handle_value!(crate::sync::WaitGroup, "sync.WaitGroup", Layout { size: 16, align: 8, pointers: false }, |wg, p, verb| {
    // Go's WaitGroup state word holds the counter in its high 32 bits.
    p.write_raw(format!("{{{{}} {{{{}} {{}} {}}} 0}}", (wg.count() as u64) << 32).as_bytes())
});
handle_value!(crate::sync::Once, "sync.Once", Layout { size: 12, align: 4, pointers: false }, |o, p, verb| {
    p.write_raw(if o.is_done_now() { b"{{} {{} 1} {{} {0 0}}}" } else { b"{{} {{} 0} {{} {0 0}}}" })
});
handle_value!(crate::sync::Cond, "sync.Cond", Layout { size: 56, align: 8, pointers: true }, |c, p, verb| {
    // `L` is a pointer inside the struct: its address, or <nil>.
    let l = match c.L.value() {
        None => "<nil>".to_string(),
        Some(v) => format!("{:#x}", locker_addr(v)),
    };
    p.write_raw(format!("{{{{}} {l} {{0 0 0 <nil> <nil>}} 0}}").as_bytes())
});
handle_value!(crate::sync::Map, "sync.Map", Layout { size: 56, align: 8, pointers: true }, |m, p, verb| {
    let root = if m.len() == 0 { "<nil>".to_string() } else { format!("{:#x}", m.addr()) };
    p.write_raw(format!("{{{{}} {{{{{{}} 0}} {{0 0}} {{[] {{}} {root}}} <nil> <nil> 0}}}}").as_bytes())
});
handle_value!(crate::sync::Pool, "sync.Pool", Layout { size: 48, align: 8, pointers: true }, |pool, p, verb| {
    let new = if pool.New.is_nil() { "<nil>".to_string() } else { format!("{:#x}", GoValue::addr(&pool.New)) };
    p.write_raw(format!("{{{{}} <nil> 0 <nil> 0 {new}}}").as_bytes())
});
handle_value!(crate::sync::RLocker, "*sync.rlocker", Layout::words(1), |r, p, verb| {
    p.write_raw(b"&");
    r.rw().fmt_value(p, verb)
});

/// The address a `sync.Locker` holding a runtime lock points at.
fn locker_addr(v: &dyn GoValue) -> usize {
    let any = v.as_any();
    if let Some(m) = any.downcast_ref::<crate::sync::Mutex>() {
        m.addr()
    } else if let Some(rw) = any.downcast_ref::<crate::sync::RWMutex>() {
        rw.addr()
    } else {
        v.addr()
    }
}

macro_rules! atomic_value {
    ($t:ty, $name:expr, $size:expr, $align64:expr) => {
        handle_value!($t, $name, Layout::scalar($size), |a, p, verb| {
            let v = a.load();
            if $align64 {
                p.fmt_struct(a, verb, &[("_", &()), ("_", &()), ("v", &v)])
            } else {
                p.fmt_struct(a, verb, &[("_", &()), ("v", &v)])
            }
        });
    };
}

atomic_value!(atomic::Int32, "atomic.Int32", 4, false);
atomic_value!(atomic::Int64, "atomic.Int64", 8, true);
atomic_value!(atomic::Uint32, "atomic.Uint32", 4, false);
atomic_value!(atomic::Uint64, "atomic.Uint64", 8, true);
// Go's `atomic.Bool` holds a `uint32`.
handle_value!(atomic::Bool, "atomic.Bool", Layout::scalar(4), |a, p, verb| {
    let v = a.load() as u32;
    p.fmt_struct(a, verb, &[("_", &()), ("v", &v)])
});
handle_value!(atomic::Value, "atomic.Value", Layout::words(2), |a, p, verb| {
    let v = a.load();
    p.fmt_struct(a, verb, &[("v", &v)])
});

impl<T: GoValue + Clone> GoValue for atomic::Pointer<T> {
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        let v = self.load();
        let none: super::Array<super::Ptr<T>, 0> = super::Array::default();
        p.fmt_struct(self, verb, &[("_", &none), ("_", &()), ("v", &v)])
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        super::eq_by(self, other)
    }
    fn hash_dyn(&self, state: &mut dyn Hasher) {
        state.write_usize(self.addr())
    }
    fn go_type_name() -> String {
        format!("atomic.Pointer[{}]", T::go_type_name())
    }
    fn go_layout() -> Layout {
        Layout::words(1)
    }
}

handle_value!(crate::time::Timer, "time.Timer", Layout::of_struct(&[Layout::words(1), Layout::scalar(1)]), |t, p, verb| {
    let init = t.is_init();
    p.fmt_struct(t, verb, &[("C", &t.C), ("initTimer", &init)])
});
handle_value!(crate::time::Ticker, "time.Ticker", Layout::of_struct(&[Layout::words(1), Layout::scalar(1)]), |t, p, verb| {
    let init = t.is_init();
    p.fmt_struct(t, verb, &[("C", &t.C), ("initTicker", &init)])
});
