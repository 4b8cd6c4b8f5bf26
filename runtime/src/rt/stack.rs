//! Goroutine stacks as deep as Go's, and Go's report when one overflows.
//!
//! Go grows a goroutine's stack up to 1 GB, so recursion a million calls deep is ordinary Go.
//! Goroutines here run on the worker threads' stacks: [`WORKER_STACK`] reserves Go's maximum
//! for each worker (address space only — pages are committed as recursion touches them).
//!
//! Past it, Go prints `runtime: goroutine stack exceeds 1000000000-byte limit` and `fatal
//! error: stack overflow` and exits 2. Rust would abort with its own message (exit 134), so
//! [`install_overflow_report`] puts a SIGSEGV/SIGBUS handler in front: a fault in the guard
//! region below the faulting worker's stack is reported Go's way; any other fault goes back to
//! the action installed before (std's own overflow report for non-worker threads).

#[cfg(all(unix, not(loom)))]
use std::cell::Cell;

/// Stack size of each worker thread: Go's maximum goroutine stack.
pub(crate) const WORKER_STACK: usize = 1 << 30;

#[cfg(all(unix, not(loom)))]
thread_local! {
    /// This worker's usable stack as (lowest address, size); (0, 0) when not recorded.
    static BOUNDS: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
}

/// Records the current thread's stack bounds (tokio's `on_thread_start` for workers).
pub(crate) fn record_thread_stack() {
    #[cfg(all(target_os = "linux", not(loom)))]
    {
        // SAFETY: `attr` is initialised by `pthread_getattr_np` before it is read and destroyed
        // once; the out-pointers are valid locals.
        unsafe {
            let mut attr: libc::pthread_attr_t = std::mem::zeroed();
            if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) == 0 {
                let mut addr: *mut libc::c_void = std::ptr::null_mut();
                let mut size: libc::size_t = 0;
                if libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0 {
                    BOUNDS.with(|b| b.set((addr as usize, size)));
                }
                libc::pthread_attr_destroy(&mut attr);
            }
        }
    }
}

/// Installs the overflow report (once; `run_main`).
pub(crate) fn install_overflow_report() {
    #[cfg(all(target_os = "linux", not(loom)))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            for (sig, old) in [(libc::SIGSEGV, &OLD_SEGV), (libc::SIGBUS, &OLD_BUS)] {
                // SAFETY: a zeroed `sigaction` is a valid empty one; the handler has the
                // SA_SIGINFO signature and only does async-signal-safe work (see `on_fault`).
                // SA_ONSTACK: it runs on the alternate signal stack Rust's std gives each
                // thread it starts (the faulting stack is exhausted). The previous action (std's
                // own overflow report, for threads that are not workers) is kept to hand back to.
                unsafe {
                    let mut sa: libc::sigaction = std::mem::zeroed();
                    sa.sa_sigaction = on_fault as *const () as usize;
                    sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
                    libc::sigemptyset(&mut sa.sa_mask);
                    let mut prev: libc::sigaction = std::mem::zeroed();
                    if libc::sigaction(sig, &sa, &mut prev) == 0 {
                        let _ = old.set(prev);
                    }
                }
            }
        });
    }
}

/// Whether `addr` lies in the guard region just below the current thread's recorded stack.
#[cfg(all(target_os = "linux", not(loom)))]
fn in_guard(addr: usize) -> bool {
    // `try_with`: a thread being torn down has no thread-locals; treat as unknown.
    let (lo, size) = BOUNDS.try_with(Cell::get).unwrap_or((0, 0));
    // Stack probes touch every page in order, so an overflow faults within the guard (a few
    // pages below `lo`); allow a margin on both sides.
    size != 0 && addr < lo + (64 << 10) && addr + (1 << 20) >= lo
}

#[cfg(all(target_os = "linux", not(loom)))]
extern "C" fn on_fault(sig: libc::c_int, info: *mut libc::siginfo_t, _ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes a valid siginfo for SA_SIGINFO handlers.
    let addr = unsafe { (*info).si_addr() } as usize;
    if in_guard(addr) {
        // Only async-signal-safe work: a non-blocking grab of the stdout buffer, write(2),
        // _exit(2).
        crate::fmt::flush_stdout_from_signal();
        let msg = b"runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n";
        // SAFETY: writing a static buffer to fd 2, then leaving without unwinding.
        unsafe {
            libc::write(2, msg.as_ptr().cast(), msg.len());
            libc::_exit(2);
        }
    }
    // Not a worker's stack overflow: hand the signal back to the previous action (std's report
    // for other threads' overflows) or the default one; on return the faulting access repeats.
    let old = if sig == libc::SIGBUS { OLD_BUS.get() } else { OLD_SEGV.get() };
    // SAFETY: `sigaction`/`signal` are async-signal-safe; `old` was filled by `sigaction`.
    unsafe {
        match old {
            Some(prev) => {
                libc::sigaction(sig, prev, std::ptr::null_mut());
            }
            None => {
                libc::signal(sig, libc::SIG_DFL);
            }
        }
    }
}

/// The actions `install_overflow_report` replaced.
#[cfg(all(target_os = "linux", not(loom)))]
static OLD_SEGV: std::sync::OnceLock<libc::sigaction> = std::sync::OnceLock::new();
#[cfg(all(target_os = "linux", not(loom)))]
static OLD_BUS: std::sync::OnceLock<libc::sigaction> = std::sync::OnceLock::new();
