//! Go's `context` package: [`background`], [`todo`], [`with_cancel`], [`with_timeout`],
//! [`with_deadline`], [`with_value`], [`with_cancel_cause`], [`cause`], [`after_func`].
//!
//! A [`Context`] is a node in a cancellation tree. Cancelling a node closes its `done()`
//! channel, records its error (`context canceled` / `context deadline exceeded`, Go's strings)
//! and cause, cancels every descendant, detaches it from its parent and stops its timer.
//! Cancellation flows down, never up.

use crate::chan::Chan;
use std::sync::Arc;

use crate::facade::Lock;
use crate::fmt::Printer;
use crate::time::{self, Duration, Time, Timer};
use crate::value::{Any, Error, Func, GoCall, GoError, GoValue, Resolved, Str};

/// Go's `context.CancelFunc`.
pub type CancelFunc = Func<dyn Fn() + Send + Sync>;
/// Go's `context.CancelCauseFunc`.
pub type CancelCauseFunc = Func<dyn Fn(Error) + Send + Sync>;

/// Go's `context.Canceled`: `errors.New("context canceled")`, one value for the whole program
/// (a `*errors.errorString`, so `err == context.Canceled` holds for every cancelled context).
pub fn canceled() -> Error {
    static E: std::sync::LazyLock<Error> = std::sync::LazyLock::new(|| crate::errors::new(&Str::lit("context canceled")));
    E.clone()
}

/// Go's `context.DeadlineExceeded`: a `context.deadlineExceededError`.
pub fn deadline_exceeded() -> Error {
    Error::from_err(DeadlineExceededError)
}

/// Go's `context.deadlineExceededError` (the type of `context.DeadlineExceeded`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeadlineExceededError;

impl DeadlineExceededError {
    /// Go's `Error()` under the std method convention (a program's interface may ask for it).
    pub fn error(&self) -> Str {
        GoError::Error(self)
    }
    /// Go's `Timeout()`: true (it is a `net.Error`-style timeout).
    pub fn timeout(&self) -> bool {
        true
    }
    /// Go's `Temporary()`: true.
    pub fn temporary(&self) -> bool {
        true
    }
}

impl GoValue for DeadlineExceededError {
    fn kind(&self) -> crate::value::Kind {
        crate::value::Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_struct(self, verb, &[])
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        crate::value::eq_by(self, other)
    }
    fn hash_dyn(&self, _state: &mut dyn std::hash::Hasher) {}
    fn as_error(&self) -> Option<&dyn GoError> {
        Some(self)
    }
    fn into_error(self: Arc<Self>) -> Option<Arc<dyn GoError>> {
        Some(self)
    }
    fn clone_error(&self) -> Option<Error> {
        Some(Error::from_err(*self))
    }
    fn go_methods() -> crate::value::Methods {
        crate::value::Methods { error: true, ..crate::value::Methods::NONE }
    }
    fn go_type_name() -> String {
        "context.deadlineExceededError".into()
    }
    fn go_layout() -> crate::value::Layout {
        crate::value::Layout { size: 0, align: 1, pointers: false }
    }
}

impl GoError for DeadlineExceededError {
    fn Error(&self) -> Str {
        Str::lit("context deadline exceeded")
    }
}

/// Go's `context.Context` (a handle: `Clone` shares the node, `==` is identity).
#[derive(Clone)]
pub struct Context(Arc<Node>);

enum Kind {
    /// Go's nil `context.Context` (an interface holding nothing): its methods dereference nil,
    /// deriving from it panics, `== nil` holds.
    Nil,
    Background,
    Todo,
    Cancel { done: Chan<()>, deadline: Option<Time>, state: Lock<CancelState> },
    Value { key: Any, val: Any },
    /// `WithoutCancel`: values pass through, cancellation and deadlines do not.
    Detached,
    /// A program's own implementation of `context.Context` (a root: it answers every method).
    User(Arc<dyn Impl>),
}

/// A program type that implements Go's `context.Context` (the emitter writes the impl,
/// forwarding to the type's methods, promoted ones too); [`Context::from_impl`] makes it a
/// context. Methods keep Go's names.
#[allow(non_snake_case)]
pub trait Impl: GoValue {
    fn Deadline(&self) -> (Time, bool);
    fn Done(&self) -> Chan<()>;
    fn Err(&self) -> Error;
    fn Value(&self, key: &Any) -> Any;
}

/// Where a context's cancellation comes from: its nearest cancel node, a program's context, or
/// nowhere (Background, TODO, below `WithoutCancel`).
enum Source<'a> {
    Cancel(&'a Context),
    User(&'a Arc<dyn Impl>),
    Never,
}

struct Node {
    parent: Option<Context>,
    kind: Kind,
    id: u64,
}

#[derive(Default)]
struct CancelState {
    err: Error,
    cause: Error,
    children: Vec<Context>,
    timer: Option<Timer>,
    after: Vec<(u64, AfterFn)>,
    /// A `String()` text of its own (`signal.NotifyContext(…)`).
    name: Option<String>,
}

/// An `AfterFunc` callback (run once, in its own goroutine).
type AfterFn = Arc<dyn Fn() -> Resolved<()> + Send + Sync>;

fn run_after(f: AfterFn) {
    crate::spawn(async move { f().finish().await });
}

fn next_id() -> u64 {
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    // Relaxed: ids need only be unique.
    N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Go's `context.Background()`.
pub fn background() -> Context {
    static BG: std::sync::OnceLock<Context> = std::sync::OnceLock::new();
    BG.get_or_init(|| Context(Arc::new(Node { parent: None, kind: Kind::Background, id: 0 }))).clone()
}

/// Go's `context.TODO()`.
pub fn todo() -> Context {
    static TODO: std::sync::OnceLock<Context> = std::sync::OnceLock::new();
    TODO.get_or_init(|| Context(Arc::new(Node { parent: None, kind: Kind::Todo, id: 0 }))).clone()
}

impl Default for Context {
    /// Go's zero `context.Context`: a nil interface.
    fn default() -> Self {
        Context::nil()
    }
}

impl Context {
    /// Go's nil `context.Context` (one node for the whole program, so nil == nil).
    pub fn nil() -> Context {
        static NIL: std::sync::OnceLock<Context> = std::sync::OnceLock::new();
        NIL.get_or_init(|| Context(Arc::new(Node { parent: None, kind: Kind::Nil, id: 0 }))).clone()
    }

    /// `ctx == nil`.
    pub fn is_nil(&self) -> bool {
        matches!(self.0.kind, Kind::Nil)
    }

    /// `ctx`, or Background for a nil one (what `log/slog` hands its handler, as Go's does).
    pub fn or_background(&self) -> Context {
        if self.is_nil() { background() } else { self.clone() }
    }

    /// A method call on a nil context: Go's nil dereference.
    fn check_nil(&self) {
        if self.is_nil() {
            crate::value::panic_nil_deref()
        }
    }

    /// Go's `parent == nil` check in every `With*` constructor.
    fn check_parent(&self) {
        if self.is_nil() {
            crate::go_panic(Any::from_value(Str::lit("cannot create context from nil parent")))
        }
    }
    /// A program's own `context.Context` implementation as a context.
    pub fn from_impl(v: Arc<dyn Impl>) -> Context {
        Context(Arc::new(Node { parent: None, kind: Kind::User(v), id: next_id() }))
    }

    /// The nearest cancellable node at or above `self`.
    fn cancel_node(&self) -> Option<&Context> {
        match self.source() {
            Source::Cancel(c) => Some(c),
            _ => None,
        }
    }

    fn source(&self) -> Source<'_> {
        let mut c = self;
        loop {
            match &c.0.kind {
                Kind::Cancel { .. } => return Source::Cancel(c),
                Kind::User(u) => return Source::User(u),
                Kind::Detached => return Source::Never,
                _ => match c.0.parent.as_ref() {
                    Some(p) => c = p,
                    None => return Source::Never,
                },
            }
        }
    }

    /// Go's `ctx.Done()`: closed when the context is cancelled; nil for Background/TODO.
    pub fn done(&self) -> Chan<()> {
        self.check_nil();
        match self.source() {
            Source::Cancel(Context(n)) => match &n.kind {
                Kind::Cancel { done, .. } => done.clone(),
                _ => unreachable!("source returns a cancel node"),
            },
            Source::User(u) => u.Done(),
            Source::Never => Chan::nil(),
        }
    }

    /// Go's `ctx.Err()`: nil, `context canceled` or `context deadline exceeded`.
    pub fn err(&self) -> Error {
        self.check_nil();
        match self.source() {
            Source::Cancel(Context(n)) => match &n.kind {
                Kind::Cancel { state, .. } => state.lock().err.clone(),
                _ => unreachable!("source returns a cancel node"),
            },
            Source::User(u) => u.Err(),
            Source::Never => Error::nil(),
        }
    }

    /// Go's `ctx.Deadline()`: the earliest deadline on the path to the root.
    pub fn deadline(&self) -> (Time, bool) {
        self.check_nil();
        let mut c = Some(self);
        while let Some(ctx) = c {
            match &ctx.0.kind {
                Kind::Cancel { deadline: Some(d), .. } => return (*d, true),
                Kind::User(u) => return u.Deadline(),
                Kind::Detached => break,
                _ => {}
            }
            c = ctx.0.parent.as_ref();
        }
        (Time::default(), false)
    }

    /// Go's `ctx.Value(key)`: the innermost value stored under `key`, else nil.
    pub fn value(&self, key: &Any) -> Any {
        self.check_nil();
        let mut c = Some(self);
        while let Some(ctx) = c {
            match &ctx.0.kind {
                Kind::Value { key: k, val } if k == key => return val.clone(),
                Kind::User(u) => return u.Value(key),
                _ => {}
            }
            c = ctx.0.parent.as_ref();
        }
        Any::nil()
    }

    /// Go's `String()` of a context (`context.Background.WithCancel`, …).
    pub fn string(&self) -> Str {
        Str::from(self.text())
    }

    fn text(&self) -> String {
        let parent = || self.0.parent.as_ref().map_or_else(String::new, |p| p.text());
        match &self.0.kind {
            Kind::Nil => "<nil>".into(),
            Kind::Background => "context.Background".into(),
            Kind::Todo => "context.TODO".into(),
            Kind::Cancel { deadline: None, state, .. } => match state.lock().name.clone() {
                Some(name) => name,
                None => format!("{}.WithCancel", parent()),
            },
            Kind::Cancel { deadline: Some(d), .. } => {
                format!("{}.WithDeadline({} [{}])", parent(), d.string(), time::until(d).string())
            }
            Kind::Value { key, val } => format!("{}.WithValue({}, {})", parent(), stringify(key), stringify(val)),
            Kind::Detached => format!("{}.WithoutCancel", parent()),
            // Go's `contextName`: a Stringer's text, else the type's name.
            Kind::User(u) => match u.as_stringer() {
                Some(s) => s.String().to_string_lossy().into_owned(),
                None => u.type_name(),
            },
        }
    }

    /// Cancels this (cancel) node and its subtree with `err` and `cause` (nil cause = `err`).
    fn cancel(&self, remove_from_parent: bool, err: Error, cause: Error) {
        let Kind::Cancel { done, state, .. } = &self.0.kind else { return };
        let cause = if cause.is_nil() { err.clone() } else { cause };
        let (children, timer, after) = {
            let mut st = state.lock();
            if !st.err.is_nil() {
                return;
            }
            st.err = err.clone();
            st.cause = cause.clone();
            (std::mem::take(&mut st.children), st.timer.take(), std::mem::take(&mut st.after))
        };
        done.close();
        if let Some(t) = timer {
            t.stop();
        }
        for (_, f) in after {
            run_after(f);
        }
        for child in children {
            child.cancel(false, err.clone(), cause.clone());
        }
        if remove_from_parent {
            if let Some(Context(p)) = self.0.parent.as_ref().and_then(|p| p.cancel_node()) {
                if let Kind::Cancel { state, .. } = &p.kind {
                    state.lock().children.retain(|c| c.0.id != self.0.id);
                }
            }
        }
    }

    fn new_cancel(parent: &Context, deadline: Option<Time>) -> Context {
        parent.check_parent();
        let ctx = Context(Arc::new(Node {
            parent: Some(parent.clone()),
            kind: Kind::Cancel { done: Chan::make(0), deadline, state: Lock::new(CancelState::default()) },
            id: next_id(),
        }));
        // Link under the nearest cancellable ancestor, or inherit its cancellation at once.
        match parent.source() {
            Source::Cancel(anc) => {
                if let Kind::Cancel { state, .. } = &anc.0.kind {
                    let mut st = state.lock();
                    if st.err.is_nil() {
                        st.children.push(ctx.clone());
                    } else {
                        let (err, cause) = (st.err.clone(), st.cause.clone());
                        drop(st);
                        ctx.cancel(false, err, cause);
                    }
                }
            }
            // A program's context: Go's `propagateCancel` watches its `Done()` from a goroutine
            // until either side is done.
            Source::User(u) => {
                let pdone = u.Done();
                if !pdone.is_nil() {
                    let (parent, child) = (parent.clone(), ctx.clone());
                    crate::spawn(async move {
                        let cdone = child.done();
                        let (mut p, mut c) = (crate::select::recv(&pdone), crate::select::recv(&cdone));
                        if crate::select::select(&mut [&mut p, &mut c]).await == 0 {
                            child.cancel(false, parent.err(), cause(&parent));
                        }
                    });
                }
            }
            Source::Never => {}
        }
        ctx
    }

    /// Whether two contexts are the same node.
    pub fn ptr_eq(&self, other: &Context) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }

    /// The node's address (Go's context pointer).
    fn addr(&self) -> usize {
        Arc::as_ptr(&self.0) as usize
    }
}

/// Go's `stringify` for `WithValue`'s `String()`: a Stringer's text, a string as is, `<nil>`,
/// else the dynamic type's name.
fn stringify(v: &Any) -> String {
    match v.value() {
        None => "<nil>".into(),
        Some(x) => match (x.as_stringer(), x.basic()) {
            (Some(s), _) => s.String().to_string_lossy().into_owned(),
            (None, Some(crate::value::Basic::Str(s))) if x.type_name() == "string" => s.to_string_lossy().into_owned(),
            _ => x.type_name(),
        },
    }
}

/// Go compares contexts (interface values holding pointers): identity.
impl PartialEq for Context {
    fn eq(&self, other: &Context) -> bool {
        self.ptr_eq(other)
    }
}
impl Eq for Context {}

/// A context prints as its `String()` (`context.Background.WithCancel`). `%T` is one name for
/// every kind of context.
impl GoValue for Context {
    fn kind(&self) -> crate::value::Kind {
        crate::value::Kind::Ptr
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_string(self, self.text().as_bytes(), verb)
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        crate::value::eq_by(self, other)
    }
    fn hash_dyn(&self, state: &mut dyn std::hash::Hasher) {
        state.write_usize(Context::addr(self))
    }
    /// A nil context is a nil interface (`<nil>` for `%v` and `%T`); any other is the node.
    fn iface_elem(&self) -> Option<Option<&dyn GoValue>> {
        if self.is_nil() { Some(None) } else { None }
    }
    fn as_stringer(&self) -> Option<&dyn crate::value::Stringer> {
        Some(self)
    }
    fn into_stringer(self: Arc<Self>) -> Option<Arc<dyn crate::value::Stringer>> {
        Some(self)
    }
    fn go_methods() -> crate::value::Methods {
        crate::value::Methods { string: true, ..crate::value::Methods::NONE }
    }
    fn go_type_name() -> String {
        "*context.cancelCtx".into()
    }
}

impl crate::value::Stringer for Context {
    fn String(&self) -> Str {
        self.string()
    }
}

/// Go's `context.WithCancel(parent)`.
pub fn with_cancel(parent: &Context) -> (Context, CancelFunc) {
    let ctx = Context::new_cancel(parent, None);
    let c = ctx.clone();
    (ctx, Func::new(Arc::new(move || c.cancel(true, canceled(), Error::nil()))))
}

/// A cancel context whose `String()` is `name` (`signal.NotifyContext`), with its cancel
/// function: a nil cause cancels with `context canceled` as its cause.
pub(crate) fn with_cancel_named(parent: &Context, name: String) -> (Context, impl Fn(Error) + Send + Sync + 'static) {
    let ctx = Context::new_cancel(parent, None);
    if let Kind::Cancel { state, .. } = &ctx.0.kind {
        state.lock().name = Some(name);
    }
    let c = ctx.clone();
    (ctx, move |cause: Error| c.cancel(true, canceled(), cause))
}

/// The text `String()` gives for a context (Go's `contextName`).
pub(crate) fn context_name(ctx: &Context) -> String {
    ctx.text()
}

/// Go's `context.WithCancelCause(parent)`.
pub fn with_cancel_cause(parent: &Context) -> (Context, CancelCauseFunc) {
    let ctx = Context::new_cancel(parent, None);
    let c = ctx.clone();
    (ctx, Func::new(Arc::new(move |cause: Error| c.cancel(true, canceled(), cause))))
}

/// Go's `context.Cause(ctx)`: the cause of the nearest cancellation, nil if not cancelled.
pub fn cause(ctx: &Context) -> Error {
    ctx.check_nil();
    match ctx.source() {
        Source::Cancel(Context(n)) => match &n.kind {
            Kind::Cancel { state, .. } => state.lock().cause.clone(),
            _ => unreachable!("source returns a cancel node"),
        },
        // No cancel node of the package's own: Go falls back to `ctx.Err()`.
        Source::User(u) => u.Err(),
        Source::Never => Error::nil(),
    }
}

/// Go's `context.WithDeadline(parent, d)`.
pub fn with_deadline(parent: &Context, d: &Time) -> (Context, CancelFunc) {
    with_deadline_cause(parent, d, &Error::nil())
}

/// Go's `context.WithDeadlineCause(parent, d, cause)`.
pub fn with_deadline_cause(parent: &Context, d: &Time, cause: &Error) -> (Context, CancelFunc) {
    parent.check_parent();
    if let (cur, true) = parent.deadline() {
        if cur.before(d) {
            // The parent's deadline comes first: this is just a cancel context.
            return with_cancel(parent);
        }
    }
    let ctx = Context::new_cancel(parent, Some(*d));
    let dur = time::until(d);
    let cause = cause.clone();
    if dur.0 <= 0 {
        ctx.cancel(true, deadline_exceeded(), cause);
    } else if let Kind::Cancel { state, .. } = &ctx.0.kind {
        let mut st = state.lock();
        if st.err.is_nil() {
            let c = ctx.clone();
            st.timer = Some(time::after_func(dur, move || c.cancel(true, deadline_exceeded(), cause.clone())));
        }
    }
    let c = ctx.clone();
    (ctx, Func::new(Arc::new(move || c.cancel(true, canceled(), Error::nil()))))
}

/// Go's `context.WithTimeout(parent, d)`.
pub fn with_timeout(parent: &Context, d: Duration) -> (Context, CancelFunc) {
    with_deadline(parent, &time::now().add(d))
}

/// Go's `context.WithTimeoutCause(parent, d, cause)`.
pub fn with_timeout_cause(parent: &Context, d: Duration, cause: &Error) -> (Context, CancelFunc) {
    with_deadline_cause(parent, &time::now().add(d), cause)
}

/// Go's `context.WithValue(parent, key, val)`; a nil key panics like Go.
pub fn with_value(parent: &Context, key: &Any, val: &Any) -> Context {
    parent.check_parent();
    if key.is_nil() {
        crate::go_panic(Any::from_value(Str::lit("nil key")))
    }
    Context(Arc::new(Node {
        parent: Some(parent.clone()),
        kind: Kind::Value { key: key.clone(), val: val.clone() },
        id: next_id(),
    }))
}

/// Go's `context.WithoutCancel(parent)`: keeps values, drops cancellation.
pub fn without_cancel(parent: &Context) -> Context {
    parent.check_parent();
    Context(Arc::new(Node { parent: Some(parent.clone()), kind: Kind::Detached, id: next_id() }))
}

/// Go's `context.AfterFunc(ctx, f)`: runs `f` in its own goroutine once `ctx` is done. The
/// returned `stop` reports whether it stopped `f` from being started. `f` returns `()` or, if
/// it may block, a `BoxFuture` (see [`GoCall`]).
pub fn after_func<R>(ctx: &Context, f: impl Fn() -> R + Send + Sync + 'static) -> Func<dyn Fn() -> bool + Send + Sync>
where
    R: GoCall<Output = ()>,
{
    let f: AfterFn = Arc::new(move || f().resolve());
    if let Source::User(_) = ctx.source() {
        // A program's context: as Go's `propagateCancel`, a child cancel context watches its
        // `Done()`; `f` hangs on the child, and a successful stop cancels the child (ending
        // the watcher).
        let (child, cancel) = with_cancel(ctx);
        let stop = register_after(&child, f);
        return Func::new(Arc::new(move || {
            let stopped = stop();
            if stopped {
                cancel();
            }
            stopped
        }));
    }
    register_after(ctx, f)
}

/// `AfterFunc` on the nearest cancel node of `ctx` (none: `f` never runs).
fn register_after(ctx: &Context, f: AfterFn) -> Func<dyn Fn() -> bool + Send + Sync> {
    let Some(node) = ctx.cancel_node().cloned() else {
        // Never cancelled: `f` never runs; stop always succeeds.
        return Func::new(Arc::new(|| true));
    };
    let Kind::Cancel { state, .. } = &node.0.kind else { unreachable!("cancel node") };
    let id = next_id();
    {
        let mut st = state.lock();
        if st.err.is_nil() {
            st.after.push((id, f));
        } else {
            drop(st);
            run_after(f);
            return Func::new(Arc::new(|| false));
        }
    }
    Func::new(Arc::new(move || {
        let Kind::Cancel { state, .. } = &node.0.kind else { unreachable!("cancel node") };
        let mut st = state.lock();
        let before = st.after.len();
        st.after.retain(|(i, _)| *i != id);
        st.after.len() != before
    }))
}
