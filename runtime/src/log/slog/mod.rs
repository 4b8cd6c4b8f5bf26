//! Go's `log/slog`, ported from Go's `log/slog` sources: levels (`level.go`), values and attrs
//! (`value.rs`), the text, JSON and default handlers with Go's quoting, escaping, groups and
//! `ReplaceAttr` (`handler.rs`), and `Logger` with Go's key/value pairing (`logger.go`).
//!
//! The default logger writes through package `log`'s standard logger (`INFO msg k=v` after
//! `log`'s own prefix and flags) until `SetDefault` installs another handler, which then also
//! receives package `log`'s output, as in Go. Known differences: there is no caller position at
//! run time, so `Record.PC` is 0 and `AddSource` adds no `source` attribute (what Go does for a
//! zero PC); a program type's `LogValue` method is not consulted (`LogValuer` values are logged
//! as they are) nor its `MarshalText`/`MarshalJSON` by the text handler; a panic inside a
//! value's formatting is not turned into `!PANIC:`.

mod handler;
mod value;

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, LazyLock};

use parking_lot::RwLock;

use crate::context::Context;
use crate::fmt::Printer;
use crate::value::{Any, GoValue, Iface, Kind as GoKind, Str, Stringer};
pub use handler::{
    DiscardHandler, Handler, HandlerOptions, JSONHandler, TextHandler, discard_handler, new_json_handler, new_text_handler,
};
use handler::{DefaultHandler, HandlerWriter};
pub use value::*;

/// `slog.TimeKey`.
pub const TIME_KEY: Str = Str::lit("time");
/// `slog.LevelKey`.
pub const LEVEL_KEY: Str = Str::lit("level");
/// `slog.MessageKey`.
pub const MESSAGE_KEY: Str = Str::lit("msg");
/// `slog.SourceKey`.
pub const SOURCE_KEY: Str = Str::lit("source");

/// Go's `slog.Level`: the importance of a record (`DEBUG` -4, `INFO` 0, `WARN` 4, `ERROR` 8).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Level(pub i64);
crate::go_named!(Level = "slog.Level"(i64) methods(String));
crate::go_number!(Level(i64));
crate::go_integer!(Level(i64));

/// `slog.LevelDebug`.
pub const LEVEL_DEBUG: Level = Level(-4);
/// `slog.LevelInfo`.
pub const LEVEL_INFO: Level = Level(0);
/// `slog.LevelWarn`.
pub const LEVEL_WARN: Level = Level(4);
/// `slog.LevelError`.
pub const LEVEL_ERROR: Level = Level(8);

impl Level {
    /// `l.String()`: the name of the nearest level at or below, plus the offset (`INFO+2`).
    pub fn string(&self) -> Str {
        let l = self.0;
        let (base, off) = if l < LEVEL_INFO.0 {
            ("DEBUG", l - LEVEL_DEBUG.0)
        } else if l < LEVEL_WARN.0 {
            ("INFO", l - LEVEL_INFO.0)
        } else if l < LEVEL_ERROR.0 {
            ("WARN", l - LEVEL_WARN.0)
        } else {
            ("ERROR", l - LEVEL_ERROR.0)
        };
        match off {
            0 => Str::from(base),
            o if o > 0 => Str::from_vec(format!("{base}+{o}").into_bytes()),
            o => Str::from_vec(format!("{base}{o}").into_bytes()),
        }
    }
    /// `l.Level()`: a `Level` is its own `Leveler`.
    pub fn level(&self) -> Level {
        *self
    }
}

#[allow(non_snake_case)]
impl Stringer for Level {
    fn String(&self) -> Str {
        self.string()
    }
}

/// Go's `slog.Leveler`: anything that reports a minimum level (`Level`, `*LevelVar`, a
/// program's own type).
#[allow(non_snake_case)]
pub trait Leveler: GoValue {
    /// `Level() Level`.
    fn Level(&self) -> Level;
    /// `x.Level()` under the std method convention.
    fn level(&self) -> Level {
        self.Level()
    }
}
crate::go_interface!(Leveler = "slog.Leveler" { Level } impls [Level, LevelVar]);

/// Go's `slog.LogValuer`. Declared so a program's type may implement it; gort does not yet
/// call `LogValue` when such a value is logged (it is logged as it is).
#[allow(non_snake_case)]
pub trait LogValuer: GoValue {
    /// `LogValue() Value`.
    fn LogValue(&self) -> Value;
    /// `x.LogValue()` under the std method convention.
    fn log_value(&self) -> Value {
        self.LogValue()
    }
}
crate::go_interface!(LogValuer = "slog.LogValuer" { LogValue } impls []);

#[allow(non_snake_case)]
impl Leveler for Level {
    fn Level(&self) -> Level {
        *self
    }
}

#[allow(non_snake_case)]
impl Leveler for Iface<dyn Leveler> {
    fn Level(&self) -> Level {
        (**self).Level()
    }
}

/// Go's `slog.LevelVar`, a level that can change while handlers use it. `*LevelVar` is this
/// handle: `Clone` shares the level.
#[derive(Clone, Default)]
pub struct LevelVar(Arc<AtomicI64>);

impl LevelVar {
    /// `v.Level()`.
    pub fn level(&self) -> Level {
        // Relaxed: Go's `atomic.Int64` orders nothing else around the level.
        Level(self.0.load(Ordering::Relaxed))
    }
    /// `v.Set(l)`.
    pub fn set(&self, l: &Level) {
        // Relaxed: as in `level`.
        self.0.store(l.0, Ordering::Relaxed)
    }
    /// `v.String()`: `LevelVar(INFO)`.
    pub fn string(&self) -> Str {
        Str::from_vec(format!("LevelVar({})", self.level().string().to_string_lossy()).into_bytes())
    }
}

#[allow(non_snake_case)]
impl Leveler for LevelVar {
    fn Level(&self) -> Level {
        self.level()
    }
}

#[allow(non_snake_case)]
impl Stringer for LevelVar {
    fn String(&self) -> Str {
        self.string()
    }
}

impl GoValue for LevelVar {
    fn kind(&self) -> GoKind {
        GoKind::Ptr
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_pointer(self, self.addr(), verb)
    }
    fn as_stringer(&self) -> Option<&dyn Stringer> {
        Some(self)
    }
    fn into_stringer(self: Arc<Self>) -> Option<Arc<dyn Stringer>> {
        Some(self)
    }
    fn addr(&self) -> usize {
        Arc::as_ptr(&self.0) as usize
    }
    fn go_type_name() -> String {
        "*slog.LevelVar".into()
    }
}

/// Go's `slog.Logger`. `*slog.Logger` is this handle (`Clone` shares; a logger never changes).
#[derive(Clone, Default)]
pub struct Logger {
    inner: Arc<Iface<dyn Handler>>,
}

impl PartialEq for Logger {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}
crate::value::ptr_handle_value!(Logger, "*slog.Logger");

impl Logger {
    fn of(inner: Arc<Iface<dyn Handler>>) -> Logger {
        Logger { inner }
    }
}

/// `slog.New(h)`; a nil handler panics `nil Handler`.
pub fn new(h: &Iface<dyn Handler>) -> Logger {
    if h.is_nil() {
        crate::panic::go_panic(Any::from_value(Str::lit("nil Handler")))
    }
    Logger::of(Arc::new(h.clone()))
}

/// The level the default handler and package `log`'s output through a handler use.
static LOG_LOGGER_LEVEL: LazyLock<LevelVar> = LazyLock::new(LevelVar::default);

static DEFAULT: LazyLock<RwLock<Logger>> =
    LazyLock::new(|| RwLock::new(Logger::of(Arc::new(Iface::new(Arc::new(DefaultHandler::new()))))));

/// `slog.Default()`.
pub fn default() -> Logger {
    DEFAULT.read().clone()
}

/// `slog.SetDefault(l)`: unless `l` uses the default handler, package `log`'s output goes to
/// `l`'s handler from now on (at `SetLogLoggerLevel`'s level, without `log`'s time flags).
pub fn set_default(l: &Logger) {
    *DEFAULT.write() = l.clone();
    if !l.inner.is::<DefaultHandler>() {
        let w = HandlerWriter { h: (*l.inner).clone(), level: Iface::new(Arc::new(LOG_LOGGER_LEVEL.clone())) };
        crate::log::set_output(&Iface::new(Arc::new(w)));
        crate::log::set_flags(0);
    }
}

/// `slog.SetLogLoggerLevel(level)`: returns the previous level.
pub fn set_log_logger_level(level: &Level) -> Level {
    let old = LOG_LOGGER_LEVEL.level();
    LOG_LOGGER_LEVEL.set(level);
    old
}

/// `slog.NewLogLogger(h, level)`: a `*log.Logger` whose every line is a record for `h`.
pub fn new_log_logger(h: &Iface<dyn Handler>, level: &Level) -> crate::Ptr<crate::log::Logger> {
    let w = HandlerWriter { h: h.clone(), level: Iface::new(Arc::new(*level)) };
    crate::log::new(&Iface::new(Arc::new(w)), &Str::default(), 0)
}

/// `slog.With(args...)`.
pub fn with(args: &[&dyn GoValue]) -> Logger {
    default().with(args)
}

impl Logger {
    /// `l.Handler()`.
    pub fn handler(&self) -> Iface<dyn Handler> {
        (*self.inner).clone()
    }
    /// `l.With(args...)`: a logger whose handler has the attributes.
    pub fn with(&self, args: &[&dyn GoValue]) -> Logger {
        if args.is_empty() {
            return self.clone();
        }
        let attrs = crate::Slice::from_vec(value::args_to_attrs(args));
        Logger::of(Arc::new(self.inner.with_attrs(&attrs)))
    }
    /// `l.WithGroup(name)` (an empty name: `l` itself).
    pub fn with_group(&self, name: &Str) -> Logger {
        if name.is_empty() {
            return self.clone();
        }
        Logger::of(Arc::new(self.inner.with_group(name)))
    }
    /// `l.Enabled(ctx, level)`.
    pub fn enabled(&self, ctx: &Context, level: &Level) -> bool {
        self.inner.enabled(&ctx.or_background(), level)
    }
    fn log_at(&self, ctx: &Context, level: Level, msg: &Str, args: &[&dyn GoValue]) {
        let ctx = &ctx.or_background();
        if !self.inner.enabled(ctx, &level) {
            return;
        }
        let r = new_record(&crate::time::now(), &level, msg, 0);
        r.add(args);
        let _ = self.inner.handle(ctx, &r);
    }
    /// `l.Log(ctx, level, msg, args...)`.
    pub fn log(&self, ctx: &Context, level: &Level, msg: &Str, args: &[&dyn GoValue]) {
        self.log_at(ctx, *level, msg, args)
    }
    /// `l.LogAttrs(ctx, level, msg, attrs...)`.
    pub fn log_attrs(&self, ctx: &Context, level: &Level, msg: &Str, attrs: &[Attr]) {
        let ctx = &ctx.or_background();
        if !self.inner.enabled(ctx, level) {
            return;
        }
        let r = new_record(&crate::time::now(), level, msg, 0);
        r.add_attrs(attrs);
        let _ = self.inner.handle(ctx, &r);
    }
}

impl Logger {
    /// `l.Debug(msg, args...)`.
    pub fn debug(&self, msg: &Str, args: &[&dyn GoValue]) {
        self.log_at(&crate::context::background(), LEVEL_DEBUG, msg, args)
    }
    /// `l.DebugContext(ctx, msg, args...)`.
    pub fn debug_context(&self, ctx: &Context, msg: &Str, args: &[&dyn GoValue]) {
        self.log_at(ctx, LEVEL_DEBUG, msg, args)
    }
    /// `l.Info(msg, args...)`.
    pub fn info(&self, msg: &Str, args: &[&dyn GoValue]) {
        self.log_at(&crate::context::background(), LEVEL_INFO, msg, args)
    }
    /// `l.InfoContext(ctx, msg, args...)`.
    pub fn info_context(&self, ctx: &Context, msg: &Str, args: &[&dyn GoValue]) {
        self.log_at(ctx, LEVEL_INFO, msg, args)
    }
    /// `l.Warn(msg, args...)`.
    pub fn warn(&self, msg: &Str, args: &[&dyn GoValue]) {
        self.log_at(&crate::context::background(), LEVEL_WARN, msg, args)
    }
    /// `l.WarnContext(ctx, msg, args...)`.
    pub fn warn_context(&self, ctx: &Context, msg: &Str, args: &[&dyn GoValue]) {
        self.log_at(ctx, LEVEL_WARN, msg, args)
    }
    /// `l.Error(msg, args...)`.
    pub fn error(&self, msg: &Str, args: &[&dyn GoValue]) {
        self.log_at(&crate::context::background(), LEVEL_ERROR, msg, args)
    }
    /// `l.ErrorContext(ctx, msg, args...)`.
    pub fn error_context(&self, ctx: &Context, msg: &Str, args: &[&dyn GoValue]) {
        self.log_at(ctx, LEVEL_ERROR, msg, args)
    }
}

/// `slog.Debug(msg, args...)` on the default logger.
pub fn debug(msg: &Str, args: &[&dyn GoValue]) {
    default().log_at(&crate::context::background(), LEVEL_DEBUG, msg, args)
}
/// `slog.DebugContext(ctx, msg, args...)` on the default logger.
pub fn debug_context(ctx: &Context, msg: &Str, args: &[&dyn GoValue]) {
    default().log_at(ctx, LEVEL_DEBUG, msg, args)
}
/// `slog.Info(msg, args...)` on the default logger.
pub fn info(msg: &Str, args: &[&dyn GoValue]) {
    default().log_at(&crate::context::background(), LEVEL_INFO, msg, args)
}
/// `slog.InfoContext(ctx, msg, args...)` on the default logger.
pub fn info_context(ctx: &Context, msg: &Str, args: &[&dyn GoValue]) {
    default().log_at(ctx, LEVEL_INFO, msg, args)
}
/// `slog.Warn(msg, args...)` on the default logger.
pub fn warn(msg: &Str, args: &[&dyn GoValue]) {
    default().log_at(&crate::context::background(), LEVEL_WARN, msg, args)
}
/// `slog.WarnContext(ctx, msg, args...)` on the default logger.
pub fn warn_context(ctx: &Context, msg: &Str, args: &[&dyn GoValue]) {
    default().log_at(ctx, LEVEL_WARN, msg, args)
}
/// `slog.Error(msg, args...)` on the default logger.
pub fn error(msg: &Str, args: &[&dyn GoValue]) {
    default().log_at(&crate::context::background(), LEVEL_ERROR, msg, args)
}
/// `slog.ErrorContext(ctx, msg, args...)` on the default logger.
pub fn error_context(ctx: &Context, msg: &Str, args: &[&dyn GoValue]) {
    default().log_at(ctx, LEVEL_ERROR, msg, args)
}
/// `slog.Log(ctx, level, msg, args...)`.
pub fn log(ctx: &Context, level: &Level, msg: &Str, args: &[&dyn GoValue]) {
    default().log_at(ctx, *level, msg, args)
}
/// `slog.LogAttrs(ctx, level, msg, attrs...)`.
pub fn log_attrs(ctx: &Context, level: &Level, msg: &Str, attrs: &[Attr]) {
    default().log_attrs(ctx, level, msg, attrs)
}
