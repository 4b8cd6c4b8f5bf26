//! `go!`: operands are evaluated in the caller before the goroutine starts; the call runs in the
//! goroutine, awaited when it returns a future, discarded otherwise.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

use gort::{Chan, go};

use crate::block_on;

type Log = Arc<Mutex<Vec<String>>>;

fn note<T>(log: &Log, what: &str, v: T) -> T {
    log.lock().unwrap().push(what.to_string());
    v
}

fn entries(log: &Log) -> Vec<String> {
    log.lock().unwrap().clone()
}

async fn record(log: Log, a: i64, b: i64, gate: Chan<()>, done: Chan<()>) {
    gate.recv().await;
    note(&log, &format!("call({a}, {b})"), ());
    done.send(()).await;
}

#[test]
fn call_operands_are_evaluated_in_the_caller_in_order() {
    let log: Log = Arc::default();
    let (gate, done) = (Chan::make(0), Chan::make(0));
    go!(record(log.clone(), note(&log, "arg a", 1), note(&log, "arg b", 2), gate.clone(), done.clone()));
    // The goroutine is parked on `gate`, so only the caller's evaluations have happened.
    assert_eq!(entries(&log), ["arg a", "arg b"]);
    gate.send_blocking(());
    done.recv_blocking();
    assert_eq!(entries(&log), ["arg a", "arg b", "call(1, 2)"]);
}

struct Worker {
    log: Log,
}

impl Worker {
    async fn run(self, n: i64, gate: Chan<()>, done: Chan<()>) {
        gate.recv().await;
        note(&self.log, &format!("run({n})"), ());
        done.send(()).await;
    }
}

#[test]
fn method_receiver_is_evaluated_in_the_caller() {
    let log: Log = Arc::default();
    let (gate, done) = (Chan::make(0), Chan::make(0));
    let make = |log: &Log| note(log, "receiver", Worker { log: log.clone() });
    go!(make(&log).run(note(&log, "arg", 7), gate.clone(), done.clone()));
    assert_eq!(entries(&log), ["receiver", "arg"]);
    gate.send_blocking(());
    done.recv_blocking();
    assert_eq!(entries(&log), ["receiver", "arg", "run(7)"]);
}

/// A plain function: the goroutine runs it; its result is discarded, as in Go.
fn store(cell: Arc<AtomicI64>, v: i64, done: Chan<()>) -> i64 {
    cell.store(v, Ordering::SeqCst);
    done.try_send(()).expect("done has room");
    v
}

#[test]
fn sync_call_runs_in_the_goroutine_and_its_result_is_dropped() {
    let cell = Arc::new(AtomicI64::new(0));
    let done = Chan::make(1);
    go!(store(cell.clone(), 42, done.clone()));
    done.recv_blocking();
    assert_eq!(cell.load(Ordering::SeqCst), 42);
}

async fn fallible(out: Chan<i64>) -> Result<(), String> {
    out.send(1).await;
    Err("discarded".to_string())
}

#[allow(clippy::manual_async_fn)] // deliberately `impl Future`, not `async fn`
fn later(out: Chan<i64>, v: i64) -> impl std::future::Future<Output = i64> {
    async move {
        out.send(v).await;
        v
    }
}

#[test]
#[allow(clippy::redundant_closure_call)] // a closure called in place is the case under test
fn futures_are_awaited_whatever_their_output() {
    let out = Chan::make(0);
    go!(fallible(out.clone()));
    assert_eq!(out.recv_blocking(), 1);
    go!(later(out.clone(), 2));
    assert_eq!(out.recv_blocking(), 2);
    // A closure call: the closure and its argument are operands; its future is awaited.
    go!((|o: Chan<i64>, v| async move { o.send(v).await })(out.clone(), 3));
    assert_eq!(out.recv_blocking(), 3);
}

fn pick(double: bool) -> fn(Chan<i64>, i64) {
    fn once(c: Chan<i64>, v: i64) {
        c.try_send(v).unwrap();
    }
    fn twice(c: Chan<i64>, v: i64) {
        c.try_send(2 * v).unwrap();
    }
    if double { twice } else { once }
}

#[test]
fn function_operand_is_evaluated_once_in_the_caller() {
    let log: Log = Arc::default();
    let out = Chan::make(1);
    go!(note(&log, "func", pick(true))(out.clone(), 21));
    assert_eq!(entries(&log), ["func"]);
    assert_eq!(out.recv_blocking(), 42);
}

#[test]
fn literal_and_closure_operands_move_in() {
    let out = Chan::make(1);
    let apply = |f: fn(i64) -> i64, v: i64, o: Chan<i64>| o.try_send(f(v)).unwrap();
    go!(apply(|x| x + 1, 41, out.clone()));
    assert_eq!(out.recv_blocking(), 42);
}

#[test]
fn block_forms() {
    let out = Chan::make(0);
    let o = out.clone();
    go! {
        let v = 20;
        o.send(v + 1).await;
    }
    assert_eq!(out.recv_blocking(), 21);
    let o = out.clone();
    go!({
        o.send(22).await;
    });
    assert_eq!(out.recv_blocking(), 22);
    // `go! { f(x); }` (a statement) is a block too: the argument is evaluated in the goroutine.
    let o = out.clone();
    go! { store_async(o, 23).await; }
    assert_eq!(out.recv_blocking(), 23);
}

async fn store_async(o: Chan<i64>, v: i64) {
    o.send(v).await;
}

#[test]
fn go_from_a_goroutine() {
    let total = block_on(async {
        let out = Chan::make(0);
        for i in 0..10 {
            go!(store_async(out.clone(), i));
        }
        let mut total = 0;
        for _ in 0..10 {
            total += out.recv().await;
        }
        total
    });
    assert_eq!(total, 45);
}

#[test]
fn go_from_a_plain_thread() {
    let out = Chan::make(0);
    let o = out.clone();
    let t = std::thread::spawn(move || {
        go!(store_async(o, 5));
    });
    t.join().unwrap();
    assert_eq!(out.recv_blocking(), 5);
}
