//! Runs a program's may-block method where the runtime calls it synchronously: a `Write` of
//! the program's `io.Writer` that sends on a channel or takes a `sync.Mutex`, reached through
//! `fmt.Fprintf`, `log.Logger`, `bufio.Writer` or `io.Copy`; a `String` or `Error` that locks,
//! reached through `fmt`. Go parks just the goroutine; here the worker thread blocks, so it is
//! first handed over (`block_in_place`) and the other goroutines go on running elsewhere.

use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

/// Drives `f` to completion on this thread.
///
/// On a multi-thread runtime's worker the worker is handed over first, so the goroutines `f`
/// waits for (the receiver of its send, the holder of its lock) keep running; parked channel
/// and sync waits inside `f` count for deadlock detection as any goroutine's do. Off any
/// runtime it runs on the program's runtime. On a current-thread runtime (virtual time), where
/// nothing else can run meanwhile, `f` is polled in place: it completes if it need not wait
/// for another goroutine of that runtime.
pub fn block_on<F: Future>(f: F) -> F::Output {
    match tokio::runtime::Handle::try_current() {
        Ok(h) if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(|| h.block_on(f))
        }
        Ok(_) => park_on(f),
        Err(_) => crate::rt::handle().block_on(f),
    }
}

/// Wakes the thread that parked polling the future.
struct Unpark(std::thread::Thread);

impl Wake for Unpark {
    fn wake(self: Arc<Self>) {
        self.0.unpark()
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.0.unpark()
    }
}

/// Polls `f` on this thread, parking it between wake-ups.
fn park_on<F: Future>(f: F) -> F::Output {
    let mut f = pin!(f);
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
        std::thread::park();
    }
}

/// The results of a program's method the runtime calls synchronously (`String`, `Error` under
/// `fmt`): as they are, or, for a method that may block (an `async fn`), its future driven to
/// completion by [`block_on`]. Lets one macro expansion call either colour of method.
pub trait Finish {
    type Out;
    fn finish(self) -> Self::Out;
}

impl Finish for crate::value::Str {
    type Out = crate::value::Str;
    fn finish(self) -> Self::Out {
        self
    }
}

impl Finish for crate::value::Error {
    type Out = crate::value::Error;
    fn finish(self) -> Self::Out {
        self
    }
}

impl<F: Future> Finish for F {
    type Out = F::Output;
    fn finish(self) -> Self::Out {
        block_on(self)
    }
}
