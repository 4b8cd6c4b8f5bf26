//! `os/signal` delivery (the handler, its pipe and the dispatcher thread) and `syscall.Kill`,
//! with signals the test process sends itself from several threads at once.

use gort::os::signal;
use gort::value::{Iface, Str};
use gort::{Chan, syscall};

type Sig = Iface<dyn gort::os::Signal>;

#[test]
fn signals_reach_every_notified_channel() {
    let a: Chan<Sig> = Chan::make(64);
    let b: Chan<Sig> = Chan::make(64);
    signal::notify(&a, &[gort::os::signal_of(&syscall::sigusr1())]);
    signal::notify(&b, &[gort::os::signal_of(&syscall::sigusr1()), gort::os::signal_of(&syscall::sigusr2())]);
    let threads: Vec<_> = (0..4)
        .map(|i| {
            std::thread::spawn(move || {
                let sig = if i % 2 == 0 { syscall::sigusr1() } else { syscall::sigusr2() };
                assert!(syscall::kill(syscall::getpid(), sig).is_nil());
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    // Standard signals coalesce: at least one of each arrives.
    let first = a.recv_blocking();
    assert_eq!(first.string(), Str::lit("user defined signal 1"));
    let mut seen = Vec::new();
    while seen.len() < 2 {
        let s = b.recv_blocking().string().to_string();
        if !seen.contains(&s) {
            seen.push(s);
        }
    }
    seen.sort();
    assert_eq!(seen, ["user defined signal 1", "user defined signal 2"]);
    // A second SIGUSR1/SIGUSR2 may still be queued for the dispatcher: stopping now would make
    // it a signal nobody wants, and the restored default action would end the test process.
    // The dispatcher works in delivery order, so once a SIGCHLD (default action: ignore) sent
    // after every kill above arrives, nothing earlier is left.
    let fence: Chan<Sig> = Chan::make(1);
    signal::notify(&fence, &[gort::os::signal_of(&syscall::sigchld())]);
    assert!(syscall::kill(syscall::getpid(), syscall::sigchld()).is_nil());
    fence.recv_blocking();
    signal::stop(&fence);
    signal::stop(&a);
    signal::stop(&b);
    // Nothing reaches a channel once Stop returned: drain what came before.
    while a.try_recv().is_some() {}
    while b.try_recv().is_some() {}
    // SIGUSR1's original action is back; ignore it so the process survives checking that.
    signal::ignore(&[gort::os::signal_of(&syscall::sigusr1())]);
    assert!(syscall::kill(syscall::getpid(), syscall::sigusr1()).is_nil());
    std::thread::sleep(std::time::Duration::from_millis(50));
    assert!(a.try_recv().is_none() && b.try_recv().is_none());
}

#[test]
fn kill_reports_errno_and_names_match_go() {
    let e = syscall::kill(i32::MAX as i64, syscall::sigterm());
    assert_eq!(e.Error(), Str::lit("no such process"));
    assert_eq!(syscall::sigterm().string(), Str::lit("terminated"));
    assert_eq!(syscall::Signal(40).string(), Str::lit("signal 40"));
    assert_eq!(gort::os::interrupt().string(), Str::lit("interrupt"));
}
