//! `slog.Value`, `slog.Kind`, `slog.Attr` and their constructors, `slog.Record`: Go's
//! `value.go`, `attr.go` and `record.go` (the key/value pairing of `argsToAttr`, `!BADKEY`).

use std::sync::Arc;

use parking_lot::Mutex;

use super::Level;
use crate::fmt::Printer;
use crate::time::{Duration, Time};
use crate::value::{Any, GoValue, Int64, Kind as GoKind, Slice, Str, Stringer, Uint64, Uintptr};

/// Go's `slog.Kind`: what a `Value` holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Kind(pub i64);
crate::go_named!(Kind = "slog.Kind"(i64) methods(String));

/// `slog.KindAny`.
pub const KIND_ANY: Kind = Kind(0);
/// `slog.KindBool`.
pub const KIND_BOOL: Kind = Kind(1);
/// `slog.KindDuration`.
pub const KIND_DURATION: Kind = Kind(2);
/// `slog.KindFloat64`.
pub const KIND_FLOAT64: Kind = Kind(3);
/// `slog.KindInt64`.
pub const KIND_INT64: Kind = Kind(4);
/// `slog.KindString`.
pub const KIND_STRING: Kind = Kind(5);
/// `slog.KindTime`.
pub const KIND_TIME: Kind = Kind(6);
/// `slog.KindUint64`.
pub const KIND_UINT64: Kind = Kind(7);
/// `slog.KindGroup`.
pub const KIND_GROUP: Kind = Kind(8);
/// `slog.KindLogValuer`.
pub const KIND_LOG_VALUER: Kind = Kind(9);

const KIND_STRINGS: [&str; 10] = ["Any", "Bool", "Duration", "Float64", "Int64", "String", "Time", "Uint64", "Group", "LogValuer"];

impl Kind {
    /// `k.String()`.
    pub fn string(&self) -> Str {
        match usize::try_from(self.0).ok().and_then(|i| KIND_STRINGS.get(i)) {
            Some(s) => Str::from(*s),
            None => Str::lit("<unknown slog.Kind>"),
        }
    }
}

#[allow(non_snake_case)]
impl Stringer for Kind {
    fn String(&self) -> Str {
        self.string()
    }
}

/// What a `Value` holds (Go packs it into a number and an `any`).
#[derive(Clone)]
pub(super) enum Repr {
    /// `KindAny`: any other Go value (nil for the zero `Value`).
    Any(Any),
    Bool(bool),
    Duration(Duration),
    Float64(f64),
    Int64(i64),
    String(Str),
    Time(Time),
    Uint64(u64),
    Group(Arc<Vec<Attr>>),
}

/// Go's `slog.Value`: a kind and its payload; copies are cheap.
#[derive(Clone)]
pub struct Value(pub(super) Repr);

impl Default for Value {
    fn default() -> Self {
        Value(Repr::Any(Any::nil()))
    }
}

/// `slog.StringValue(value)`.
pub fn string_value(value: &Str) -> Value {
    Value(Repr::String(value.clone()))
}
/// `slog.IntValue(v)`.
pub fn int_value(v: i64) -> Value {
    Value(Repr::Int64(v))
}
/// `slog.Int64Value(v)`.
pub fn int64_value(v: i64) -> Value {
    Value(Repr::Int64(v))
}
/// `slog.Uint64Value(v)`.
pub fn uint64_value(v: u64) -> Value {
    Value(Repr::Uint64(v))
}
/// `slog.Float64Value(v)`.
pub fn float64_value(v: f64) -> Value {
    Value(Repr::Float64(v))
}
/// `slog.BoolValue(v)`.
pub fn bool_value(v: bool) -> Value {
    Value(Repr::Bool(v))
}
/// `slog.TimeValue(v)` (the monotonic reading stripped, as Go's `Round(0)` does).
pub fn time_value(v: &Time) -> Value {
    Value(Repr::Time(v.round(Duration(0))))
}
/// `slog.DurationValue(v)`.
pub fn duration_value(v: Duration) -> Value {
    Value(Repr::Duration(v))
}
/// `slog.GroupValue(as...)`: empty groups among `as` are dropped.
pub fn group_value(attrs: &[Attr]) -> Value {
    Value(Repr::Group(Arc::new(attrs.iter().filter(|a| !a.Value.is_empty_group()).cloned().collect())))
}

/// `slog.AnyValue(v)`: Go's type switch on the dynamic type (exact types only; a named type
/// such as `type ID int` stays `KindAny`).
pub fn any_value(v: &Any) -> Value {
    match v.value() {
        Some(x) => any_value_dyn(x),
        None => Value::default(),
    }
}

/// `AnyValue` of a value already out of its interface.
pub(super) fn any_value_dyn(x: &dyn GoValue) -> Value {
    let a = x.as_any();
    macro_rules! ints {
        ($($t:ty => $ctor:ident),*) => {
            $(if let Some(v) = a.downcast_ref::<$t>() { return Value(Repr::$ctor(*v as _)); })*
        };
    }
    if let Some(s) = a.downcast_ref::<Str>() {
        return Value(Repr::String(s.clone()));
    }
    ints!(i64 => Int64, u64 => Uint64, bool => Bool, u8 => Uint64, u16 => Uint64, u32 => Uint64, i8 => Int64, i16 => Int64, i32 => Int64, f64 => Float64, f32 => Float64);
    if let Some(v) = a.downcast_ref::<Int64>() {
        return Value(Repr::Int64(v.0));
    }
    if let Some(v) = a.downcast_ref::<Uint64>() {
        return Value(Repr::Uint64(v.0));
    }
    if let Some(v) = a.downcast_ref::<Uintptr>() {
        return Value(Repr::Uint64(v.0));
    }
    if let Some(d) = a.downcast_ref::<Duration>() {
        return Value(Repr::Duration(*d));
    }
    if let Some(t) = a.downcast_ref::<Time>() {
        return time_value(t);
    }
    if let Some(g) = a.downcast_ref::<Slice<Attr>>() {
        return group_value(&g.to_vec());
    }
    if let Some(v) = a.downcast_ref::<Value>() {
        return v.clone();
    }
    if let Some(a) = x.iface_elem() {
        // An interface value itself (never the case for a Go `any` argument, kept for safety).
        return a.map_or_else(Value::default, any_value_dyn);
    }
    Value(Repr::Any(clone_any(x)))
}

/// A copy of a dynamic value as `any`; a type that cannot copy itself is kept as its `%+v`
/// text (what the text handler would print of it).
fn clone_any(x: &dyn GoValue) -> Any {
    x.clone_any().unwrap_or_else(|| Any::from_value(crate::fmt::sprintf(&Str::lit("%+v"), &[x])))
}

fn kind_panic(got: Kind, want: Kind) -> ! {
    let msg = format!("Value kind is {}, not {}", got.string(), want.string());
    crate::panic::go_panic(Any::from_value(Str::from_vec(msg.into_bytes())))
}

impl Value {
    /// `v.Kind()`.
    pub fn kind(&self) -> Kind {
        match &self.0 {
            Repr::Any(_) => KIND_ANY,
            Repr::Bool(_) => KIND_BOOL,
            Repr::Duration(_) => KIND_DURATION,
            Repr::Float64(_) => KIND_FLOAT64,
            Repr::Int64(_) => KIND_INT64,
            Repr::String(_) => KIND_STRING,
            Repr::Time(_) => KIND_TIME,
            Repr::Uint64(_) => KIND_UINT64,
            Repr::Group(_) => KIND_GROUP,
        }
    }
    /// `v.Any()`.
    pub fn any(&self) -> Any {
        match &self.0 {
            Repr::Any(a) => a.clone(),
            Repr::Bool(b) => Any::from_value(*b),
            Repr::Duration(d) => Any::from_value(*d),
            Repr::Float64(f) => Any::from_value(*f),
            Repr::Int64(i) => Any::from_value(Int64(*i)),
            Repr::String(s) => Any::from_value(s.clone()),
            Repr::Time(t) => Any::from_value(t.clone()),
            Repr::Uint64(u) => Any::from_value(Uint64(*u)),
            Repr::Group(g) => Any::from_value(Slice::from_vec(g.to_vec())),
        }
    }
    /// `v.String()`: the text of any kind (Go's `Value.append`).
    pub fn string(&self) -> Str {
        match &self.0 {
            Repr::String(s) => s.clone(),
            _ => {
                let mut b = Vec::new();
                self.append(&mut b);
                Str::from_vec(b)
            }
        }
    }
    /// `v.Int64()`; panics unless the kind is `KindInt64`.
    pub fn int64(&self) -> i64 {
        match self.0 {
            Repr::Int64(i) => i,
            _ => kind_panic(self.kind(), KIND_INT64),
        }
    }
    /// `v.Uint64()`.
    pub fn uint64(&self) -> u64 {
        match self.0 {
            Repr::Uint64(u) => u,
            _ => kind_panic(self.kind(), KIND_UINT64),
        }
    }
    /// `v.Bool()`.
    pub fn bool(&self) -> bool {
        match self.0 {
            Repr::Bool(b) => b,
            _ => kind_panic(self.kind(), KIND_BOOL),
        }
    }
    /// `v.Duration()`.
    pub fn duration(&self) -> Duration {
        match self.0 {
            Repr::Duration(d) => d,
            _ => kind_panic(self.kind(), KIND_DURATION),
        }
    }
    /// `v.Float64()`.
    pub fn float64(&self) -> f64 {
        match self.0 {
            Repr::Float64(f) => f,
            _ => kind_panic(self.kind(), KIND_FLOAT64),
        }
    }
    /// `v.Time()`.
    pub fn time(&self) -> Time {
        match &self.0 {
            Repr::Time(t) => t.clone(),
            _ => kind_panic(self.kind(), KIND_TIME),
        }
    }
    /// `v.Group()`; panics `Group: bad kind` for other kinds.
    pub fn group(&self) -> Slice<Attr> {
        match &self.0 {
            Repr::Group(g) => Slice::from_vec(g.to_vec()),
            _ => crate::panic::go_panic(Any::from_value(Str::lit("Group: bad kind"))),
        }
    }
    /// `v.Equal(w)`.
    pub fn equal(&self, w: &Value) -> bool {
        match (&self.0, &w.0) {
            (Repr::Any(a), Repr::Any(b)) => a == b,
            (Repr::Bool(a), Repr::Bool(b)) => a == b,
            (Repr::Duration(a), Repr::Duration(b)) => a == b,
            (Repr::Float64(a), Repr::Float64(b)) => a == b,
            (Repr::Int64(a), Repr::Int64(b)) => a == b,
            (Repr::String(a), Repr::String(b)) => a == b,
            (Repr::Time(a), Repr::Time(b)) => a.equal(b),
            (Repr::Uint64(a), Repr::Uint64(b)) => a == b,
            (Repr::Group(a), Repr::Group(b)) => a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.equal(y)),
            _ => false,
        }
    }
    /// `v.Resolve()`: gort has no `LogValuer` values yet (a program's `LogValue` method is not
    /// consulted), so every value is already resolved.
    pub fn resolve(&self) -> Value {
        self.clone()
    }

    pub(super) fn is_empty_group(&self) -> bool {
        matches!(&self.0, Repr::Group(g) if g.is_empty())
    }

    /// Go's `Attr.isEmpty` on the value half: the zero `Value`.
    pub(super) fn is_zero(&self) -> bool {
        matches!(&self.0, Repr::Any(a) if a.is_nil())
    }

    pub(super) fn group_attrs(&self) -> Option<&[Attr]> {
        match &self.0 {
            Repr::Group(g) => Some(g),
            _ => None,
        }
    }

    /// Go's `Value.append`: the value's text form.
    pub(super) fn append(&self, dst: &mut Vec<u8>) {
        match &self.0 {
            Repr::String(s) => dst.extend_from_slice(s.as_bytes()),
            Repr::Int64(i) => dst.extend_from_slice(i.to_string().as_bytes()),
            Repr::Uint64(u) => dst.extend_from_slice(u.to_string().as_bytes()),
            Repr::Float64(f) => dst.extend_from_slice(crate::strconv::format_float(*f, b'g', -1, 64).as_bytes()),
            Repr::Bool(b) => dst.extend_from_slice(if *b { b"true" } else { b"false" }),
            Repr::Duration(d) => dst.extend_from_slice(d.string().as_bytes()),
            Repr::Time(t) => dst.extend_from_slice(t.format(&Str::lit("2006-01-02 15:04:05.999999999 -0700 MST")).as_bytes()),
            Repr::Group(g) => {
                let s = Slice::from_vec(g.to_vec());
                dst.extend_from_slice(crate::fmt::sprint(&[&s]).as_bytes());
            }
            Repr::Any(a) => dst.extend_from_slice(crate::fmt::sprint(&[a]).as_bytes()),
        }
    }
}

#[allow(non_snake_case)]
impl Stringer for Value {
    fn String(&self) -> Str {
        self.string()
    }
}

impl GoValue for Value {
    fn kind(&self) -> GoKind {
        GoKind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        let s = self.string();
        s.fmt_value(p, verb)
    }
    fn as_stringer(&self) -> Option<&dyn Stringer> {
        Some(self)
    }
    fn into_stringer(self: Arc<Self>) -> Option<Arc<dyn Stringer>> {
        Some(self)
    }
    fn go_type_name() -> String {
        "slog.Value".into()
    }
    fn go_comparable() -> bool {
        false
    }
}

/// Go's `slog.Attr`: a key and a value.
#[derive(Clone, Default)]
#[allow(non_snake_case)]
pub struct Attr {
    /// The key.
    pub Key: Str,
    /// The value.
    pub Value: Value,
}
crate::go_struct!(Attr = "slog.Attr" { Key: Str, Value: Value } methods(String));

impl Attr {
    /// `a.Equal(b)`.
    pub fn equal(&self, b: &Attr) -> bool {
        self.Key == b.Key && self.Value.equal(&b.Value)
    }
    /// `a.String()`: `key=value`.
    pub fn string(&self) -> Str {
        let mut b = self.Key.as_bytes().to_vec();
        b.push(b'=');
        b.extend_from_slice(self.Value.string().as_bytes());
        Str::from_vec(b)
    }
    /// Go's `Attr.isEmpty`: no key and the zero value.
    pub(super) fn is_empty(&self) -> bool {
        self.Key.is_empty() && self.Value.is_zero()
    }
}

#[allow(non_snake_case)]
impl Stringer for Attr {
    fn String(&self) -> Str {
        self.string()
    }
}

fn attr(key: &Str, value: Value) -> Attr {
    Attr { Key: key.clone(), Value: value }
}

/// `slog.String(key, value)`.
pub fn string(key: &Str, value: &Str) -> Attr {
    attr(key, string_value(value))
}
/// `slog.Int64(key, value)`.
pub fn int64(key: &Str, value: i64) -> Attr {
    attr(key, int64_value(value))
}
/// `slog.Int(key, value)`.
pub fn int(key: &Str, value: i64) -> Attr {
    attr(key, int64_value(value))
}
/// `slog.Uint64(key, v)`.
pub fn uint64(key: &Str, v: u64) -> Attr {
    attr(key, uint64_value(v))
}
/// `slog.Float64(key, v)`.
pub fn float64(key: &Str, v: f64) -> Attr {
    attr(key, float64_value(v))
}
/// `slog.Bool(key, v)`.
pub fn bool(key: &Str, v: bool) -> Attr {
    attr(key, bool_value(v))
}
/// `slog.Time(key, v)`.
pub fn time(key: &Str, v: &Time) -> Attr {
    attr(key, time_value(v))
}
/// `slog.Duration(key, v)`.
pub fn duration(key: &Str, v: Duration) -> Attr {
    attr(key, duration_value(v))
}
/// `slog.Group(key, args...)`: the arguments paired as `Logger.Log` pairs them.
pub fn group(key: &Str, args: &[&dyn GoValue]) -> Attr {
    attr(key, group_value(&args_to_attrs(args)))
}
/// `slog.GroupAttrs(key, attrs...)`.
pub fn group_attrs(key: &Str, attrs: &[Attr]) -> Attr {
    attr(key, group_value(attrs))
}
/// `slog.Any(key, value)`.
pub fn any(key: &Str, value: &Any) -> Attr {
    attr(key, any_value(value))
}

const BAD_KEY: Str = Str::lit("!BADKEY");

/// Go's `argsToAttr` over the whole list: a string key takes the next argument as its value
/// (alone at the end: `!BADKEY=key`), an `Attr` stands for itself, anything else is
/// `!BADKEY=value`.
pub(super) fn args_to_attrs(args: &[&dyn GoValue]) -> Vec<Attr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let x = unwrap_iface(args[i]);
        if let Some(key) = x.as_any().downcast_ref::<Str>() {
            if i + 1 == args.len() {
                out.push(attr(&BAD_KEY, string_value(key)));
                i += 1;
            } else {
                out.push(attr(key, any_value_dyn_or_nil(args[i + 1])));
                i += 2;
            }
        } else if let Some(a) = x.as_any().downcast_ref::<Attr>() {
            out.push(a.clone());
            i += 1;
        } else {
            out.push(attr(&BAD_KEY, any_value_dyn_or_nil(args[i])));
            i += 1;
        }
    }
    out
}

/// An `any` argument as passed (an interface value passes its dynamic value).
fn unwrap_iface(x: &dyn GoValue) -> &dyn GoValue {
    match x.iface_elem() {
        Some(Some(inner)) => unwrap_iface(inner),
        _ => x,
    }
}

fn any_value_dyn_or_nil(x: &dyn GoValue) -> Value {
    match x.iface_elem() {
        Some(None) => Value::default(),
        _ => any_value_dyn(unwrap_iface(x)),
    }
}

/// Go's `slog.Record`: the time, message, level and PC of one log event, and its attributes.
/// A copy shares the attribute list (as copies of Go's `Record` share its backing array);
/// `Clone()` makes an independent one.
#[derive(Clone, Default)]
#[allow(non_snake_case)]
pub struct Record {
    /// When the event happened.
    pub Time: Time,
    /// The log message.
    pub Message: Str,
    /// The event's level.
    pub Level: Level,
    /// The caller's program counter (always 0 in gort: there is no Go call stack).
    pub PC: u64,
    attrs: Arc<Mutex<Vec<Attr>>>,
}
crate::go_struct!(Record = "slog.Record" { Time: Time, Message: Str, Level: Level, PC: u64 });

/// `slog.NewRecord(t, level, msg, pc)`.
pub fn new_record(t: &Time, level: &Level, msg: &Str, pc: u64) -> Record {
    Record { Time: t.clone(), Message: msg.clone(), Level: *level, PC: pc, attrs: Arc::default() }
}

impl Record {
    /// `r.Clone()`: a record whose attributes are its own.
    pub fn clone(&self) -> Record {
        Record { attrs: Arc::new(Mutex::new(self.attrs.lock().clone())), ..Clone::clone(self) }
    }
    /// `r.NumAttrs()`.
    pub fn num_attrs(&self) -> i64 {
        self.attrs.lock().len() as i64
    }
    /// `r.Attrs(f)`: calls `f` on each attribute in order until it returns false (on a
    /// snapshot: the callback may add attributes).
    pub fn attrs(&self, f: impl Fn(Attr) -> bool) {
        let list = self.attrs.lock().clone();
        for a in list {
            if !f(a) {
                return;
            }
        }
    }
    /// `r.AddAttrs(attrs...)`: empty groups are dropped.
    pub fn add_attrs(&self, attrs: &[Attr]) {
        let add: Vec<Attr> = attrs.iter().filter(|a| !a.Value.is_empty_group()).cloned().collect();
        self.attrs.lock().extend(add);
    }
    /// `r.Add(args...)`: pairs the arguments as `Logger.Log` does.
    pub fn add(&self, args: &[&dyn GoValue]) {
        let add: Vec<Attr> = args_to_attrs(args).into_iter().filter(|a| !a.Value.is_empty_group()).collect();
        self.attrs.lock().extend(add);
    }
    /// The attributes, in order.
    pub(super) fn attr_list(&self) -> Vec<Attr> {
        self.attrs.lock().clone()
    }
}

/// Go's `slog.Source`. gort records no caller position (`Record.PC` is 0), so handlers with
/// `AddSource` omit the source attribute, as Go does for a zero PC.
#[derive(Clone, Default, PartialEq)]
#[allow(non_snake_case)]
pub struct Source {
    /// The function's name.
    pub Function: Str,
    /// The file's path.
    pub File: Str,
    /// The line number.
    pub Line: i64,
}
crate::go_struct!(Source = "slog.Source" { Function: Str, File: Str, Line: i64 });
