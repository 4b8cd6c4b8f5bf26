//! `golang.org/x/sync/errgroup`: a [`Group`] runs goroutines for subtasks of one task, `Wait`
//! waits for all of them and returns the first non-nil error; [`with_context`] ties a context
//! to the group (cancelled, with that error as its cause, on the first error or when `Wait`
//! returns); `SetLimit` bounds how many run at once (`Go` blocks for a slot, `TryGo` does
//! not). Built from the runtime's own `WaitGroup`, channel and `context`, as the Go package is
//! from Go's.

use std::sync::Arc;

use crate::chan::Chan;
use crate::context::{CancelCauseFunc, Context};
use crate::facade::Lock;
use crate::sync::WaitGroup;
use crate::value::{Any, Error, GoCall};

struct Inner {
    wg: WaitGroup,
    /// `with_context`'s cancel; called with the first error, and by `Wait`.
    cancel: Option<CancelCauseFunc>,
    /// The limit's slots (a buffered channel, one value per running goroutine); nil: no limit.
    sem: Lock<Chan<()>>,
    /// The first non-nil error, once set.
    err: Lock<Option<Error>>,
}

/// Go's `*errgroup.Group` (a handle: `Clone` shares). `Default` is Go's zero `errgroup.Group`:
/// no limit, no context.
#[derive(Clone)]
pub struct Group(Arc<Inner>);

impl Default for Group {
    fn default() -> Self {
        Group::with_cancel(None)
    }
}

crate::handle::ptr_handle!(Group, "*errgroup.Group");

/// Go's `errgroup.WithContext(ctx)`: a group and a context derived from `ctx`, cancelled the
/// first time a function passed to `Go` returns an error (that error is its cause) or the
/// first time `Wait` returns.
pub fn with_context(ctx: &Context) -> (Group, Context) {
    let (ctx, cancel) = crate::context::with_cancel_cause(ctx);
    (Group::with_cancel(Some(cancel)), ctx)
}

impl Group {
    fn with_cancel(cancel: Option<CancelCauseFunc>) -> Group {
        Group(Arc::new(Inner { wg: WaitGroup::new(), cancel, sem: Lock::new(Chan::nil()), err: Lock::new(None) }))
    }

    /// Go's `g.Go(f)`: runs `f` in a new goroutine; with a limit set, first waits until fewer
    /// than the limit are running.
    pub async fn go<R>(&self, f: impl Fn() -> R + Send + Sync + 'static)
    where
        R: GoCall<Output = Error>,
    {
        let sem = self.0.sem.lock().clone();
        if !sem.is_nil() {
            sem.send(()).await;
        }
        self.start(sem, f);
    }

    /// Go's `g.TryGo(f)`: runs `f` in a new goroutine only if the limit allows one more now;
    /// reports whether it did.
    pub fn try_go<R>(&self, f: impl Fn() -> R + Send + Sync + 'static) -> bool
    where
        R: GoCall<Output = Error>,
    {
        let sem = self.0.sem.lock().clone();
        if !sem.is_nil() && sem.try_send(()).is_err() {
            return false;
        }
        self.start(sem, f);
        true
    }

    /// The goroutine of `Go`/`TryGo`, its slot (if limited) already taken.
    fn start<R>(&self, sem: Chan<()>, f: impl Fn() -> R + Send + Sync + 'static)
    where
        R: GoCall<Output = Error>,
    {
        self.0.wg.add(1);
        let g = self.clone();
        crate::spawn(async move {
            // Released even if `f` panics, as Go's deferred `done` (the panic still ends the
            // program).
            struct Done(Group, Chan<()>);
            impl Drop for Done {
                fn drop(&mut self) {
                    if !self.1.is_nil() {
                        let _ = self.1.try_recv();
                    }
                    self.0.0.wg.done();
                }
            }
            let _done = Done(g.clone(), sem);
            let err = f().resolve().finish().await;
            if !err.is_nil() {
                g.record(err);
            }
        });
    }

    /// Keeps the first error and cancels the group's context with it.
    fn record(&self, err: Error) {
        let mut first = self.0.err.lock();
        if first.is_some() {
            return;
        }
        *first = Some(err.clone());
        drop(first);
        if let Some(cancel) = &self.0.cancel {
            cancel(err);
        }
    }

    /// Go's `g.Wait()`: blocks until every goroutine of the group returned, then cancels the
    /// group's context (if any) and returns the first non-nil error (or nil).
    pub async fn wait(&self) -> Error {
        self.0.wg.wait().await;
        let err = self.0.err.lock().clone().unwrap_or_default();
        if let Some(cancel) = &self.0.cancel {
            cancel(err.clone());
        }
        err
    }

    /// Go's `g.SetLimit(n)`: at most `n` goroutines at once (negative: no limit). Panics like
    /// Go when goroutines of the group are running.
    pub fn set_limit(&self, n: i64) {
        let mut sem = self.0.sem.lock();
        if n < 0 {
            *sem = Chan::nil();
            return;
        }
        let active = sem.len();
        if active != 0 {
            let msg = format!("errgroup: modify limit while {active} goroutines in the group are still active");
            drop(sem);
            crate::go_panic(Any::from_value(crate::errors::new(&crate::value::Str::from(msg))));
        }
        *sem = Chan::make(n);
    }
}
