//! `select!` and `select_blocking!`: fairness, operand evaluation, control flow out of arms,
//! nil channels, `default`, timeouts, and send arms racing `close`.

use std::cell::RefCell;

use gort::time::MILLISECOND;
use gort::{Chan, go, select, select_blocking};

use crate::{block_on, panic_text};

fn closed<T: Send + 'static>() -> Chan<T> {
    let c = Chan::make(0);
    c.close();
    c
}

/// Each of `arms` always-ready arms fired `n / arms` times on average: the count of each must
/// lie within a generous bound (more than 10 standard deviations), so the test never flakes.
fn assert_fair(counts: &[u32]) {
    let n: u32 = counts.iter().sum();
    let k = counts.len() as f64;
    let mean = f64::from(n) / k;
    let sd = (f64::from(n) * (1.0 / k) * (1.0 - 1.0 / k)).sqrt();
    for (arm, &c) in counts.iter().enumerate() {
        assert!((f64::from(c) - mean).abs() < 10.0 * sd, "arm {arm} fired {c} times of {n}: counts {counts:?}");
    }
}

#[test]
fn fairness_blocking() {
    let (a, b) = (closed::<i64>(), closed::<i64>());
    let sink = Chan::make(3000);
    let mut counts = [0u32; 3];
    for _ in 0..3000 {
        select_blocking! {
            recv(a) => counts[0] += 1,
            send(sink, 1) => counts[1] += 1,
            recv(b) -> (_, ok) => {
                assert!(!ok);
                counts[2] += 1;
            }
        }
    }
    assert_fair(&counts);
}

#[test]
fn fairness_async() {
    let counts = block_on(async {
        let (a, b) = (closed::<i64>(), closed::<String>());
        let mut counts = [0u32; 2];
        for _ in 0..4000 {
            select! {
                recv(a) -> v => {
                    assert_eq!(v, 0);
                    counts[0] += 1;
                }
                recv(b) -> s => {
                    assert_eq!(s, "");
                    counts[1] += 1;
                }
            }
        }
        counts
    });
    assert_fair(&counts);
}

/// Records the order in which a select evaluates its operands.
struct Trace(RefCell<Vec<&'static str>>);

impl Trace {
    fn op<T>(&self, name: &'static str, v: T) -> T {
        self.0.borrow_mut().push(name);
        v
    }
    fn take(&self) -> Vec<&'static str> {
        std::mem::take(&mut self.0.borrow_mut())
    }
}

#[test]
fn operands_evaluated_once_in_source_order_also_for_losers() {
    let ready = Chan::make(100);
    let never: Chan<i64> = Chan::make(0);
    let nil = Chan::<i64>::nil();
    let t = Trace(RefCell::new(Vec::new()));
    for i in 0..50 {
        ready.send_blocking(i);
        let got = select_blocking! {
            recv(t.op("ch0", &never)) -> v => v,
            send(t.op("ch1", &never), t.op("value1", i)) => -1,
            recv(t.op("ch2", &ready)) -> v => v,
            recv(t.op("ch3", &nil)) -> v => v,
        };
        assert_eq!(got, i);
        assert_eq!(t.take(), ["ch0", "ch1", "value1", "ch2", "ch3"]);
        // With `default` (and nothing ready) too.
        let got = select_blocking! {
            recv(t.op("ch0", &never)) -> v => v,
            default => t.op("default", -2),
            send(t.op("ch1", &never), t.op("value1", i)) => -1,
        };
        assert_eq!(got, -2);
        assert_eq!(t.take(), ["ch0", "ch1", "value1", "default"]);
    }
}

#[test]
fn operands_evaluated_once_async() {
    let (log, got) = block_on(async {
        let ready = Chan::make(1);
        ready.send(7).await;
        let never: Chan<i64> = Chan::make(0);
        let mut log = Vec::new();
        let mut op = |name: &'static str| log.push(name);
        let got = select! {
            send({ op("ch0"); never.clone() }, { op("value0"); 1 }) => -1,
            recv({ op("ch1"); ready.clone() }) -> v => v,
        };
        (log, got)
    });
    assert_eq!((log, got), (vec!["ch0", "value0", "ch1"], 7));
}

/// Reads odd values until `quit`; `break`, `continue` and `return` act on this function's loop.
fn odd_values_blocking(data: Chan<i64>, quit: Chan<()>) -> Vec<i64> {
    let mut got = Vec::new();
    loop {
        select_blocking! {
            recv(data) -> (v, ok) => {
                if !ok {
                    break;
                }
                if v % 2 == 0 {
                    continue;
                }
                got.push(v);
            }
            recv(quit) => return got,
        }
    }
    got.push(-1); // reached only through `break`
    got
}

#[test]
fn break_continue_return_blocking() {
    let (data, quit) = (Chan::make(10), Chan::make(1));
    for v in 0..5 {
        data.send_blocking(v);
    }
    data.close();
    assert_eq!(odd_values_blocking(data, quit.clone()), [1, 3, -1]);
    let data = Chan::make(0);
    quit.send_blocking(());
    assert_eq!(odd_values_blocking(data, quit), Vec::<i64>::new());
}

async fn labelled(a: Chan<i64>) -> Vec<(i64, i64)> {
    let mut seen = Vec::new();
    'rounds: for round in 0..10 {
        loop {
            select! {
                recv(a) -> v => {
                    seen.push((round, v));
                    if v == 0 {
                        continue 'rounds;
                    }
                    if v < 0 {
                        break 'rounds;
                    }
                }
            }
        }
    }
    seen
}

#[test]
fn labelled_break_and_continue_async() {
    let seen = block_on(async {
        let a = Chan::make(10);
        for v in [1, 0, 2, 3, 0, -1, 9] {
            a.send(v).await;
        }
        labelled(a).await
    });
    assert_eq!(seen, [(0, 1), (0, 0), (1, 2), (1, 3), (1, 0), (2, -1)]);
}

fn parse_next(ch: &Chan<String>) -> Result<i64, std::num::ParseIntError> {
    let n = select_blocking! {
        recv(ch) -> s => s.parse::<i64>()?,
    };
    Ok(n * 2)
}

#[test]
fn question_mark_and_value() {
    let ch = Chan::make(2);
    ch.send_blocking("21".to_string());
    ch.send_blocking("x".to_string());
    assert_eq!(parse_next(&ch), Ok(42));
    assert!(parse_next(&ch).is_err());
}

#[test]
fn nil_channels_are_never_ready() {
    let nil: Chan<i64> = Chan::nil();
    let ready = Chan::make(1);
    for i in 0..100 {
        ready.send_blocking(i);
        let got = select_blocking! {
            recv(nil) -> v => v - 1000,
            send(nil, 5) => -1,
            recv(ready) -> v => v,
        };
        assert_eq!(got, i);
        let took_default = select_blocking! {
            recv(nil) => false,
            send(Chan::nil(), 5) => false,
            default => true,
        };
        assert!(took_default);
    }
}

#[test]
fn setting_an_arm_to_nil_inside_its_body() {
    // Go's merge idiom: a closed input is switched off by assigning nil in the arm.
    let (mut a, mut b) = (Chan::make(3), Chan::make(3));
    for i in 0..3 {
        a.send_blocking(i);
        b.send_blocking(10 + i);
    }
    a.close();
    b.close();
    let mut out = Vec::new();
    while !a.is_nil() || !b.is_nil() {
        select_blocking! {
            recv(a) -> (v, ok) => if ok { out.push(v) } else { a = Chan::nil() },
            recv(b) -> (v, ok) => if ok { out.push(v) } else { b = Chan::nil() },
        }
    }
    out.sort();
    assert_eq!(out, [0, 1, 2, 10, 11, 12]);
}

#[test]
fn default_only_when_nothing_is_ready() {
    let ch = Chan::make(1);
    let r = select_blocking! {
        recv(ch) -> v => Some(v),
        default => None,
    };
    assert_eq!(r, None);
    let r = select_blocking! {
        send(ch, 3) => "sent",
        default => "default",
    };
    assert_eq!(r, "sent");
    let r = select_blocking! {
        send(ch, 4) => "sent",
        default => "default",
    };
    assert_eq!(r, "default"); // full
    let r = select_blocking! {
        default => 1,
    };
    assert_eq!(r, 1);
    let r = block_on(async move {
        select! {
            default => "default",
            recv(ch) -> v => if v == 3 { "got 3" } else { "other" },
        }
    });
    assert_eq!(r, "got 3");
}

#[test]
fn timeout_arm() {
    let never: Chan<i64> = Chan::make(0);
    let r = select_blocking! {
        recv(never) -> v => v,
        recv(gort::time::after(MILLISECOND)) -> _ => -1,
    };
    assert_eq!(r, -1);
    let r = block_on(async move {
        select! {
            recv(never) -> v => v,
            recv(gort::time::after(MILLISECOND)) => -2,
        }
    });
    assert_eq!(r, -2);
}

#[test]
fn many_arms() {
    let chans: Vec<Chan<usize>> = (0..12).map(|_| Chan::make(1)).collect();
    for i in 0..12 {
        chans[i].send_blocking(i * 10);
        let c = &chans;
        let got = select_blocking! {
            recv(c[0]) -> v => v, recv(c[1]) -> v => v, recv(c[2]) -> v => v,
            recv(c[3]) -> v => v, recv(c[4]) -> v => v, recv(c[5]) -> v => v,
            recv(c[6]) -> v => v, recv(c[7]) -> v => v, recv(c[8]) -> v => v,
            recv(c[9]) -> v => v, recv(c[10]) -> v => v, recv(c[11]) -> v => v,
        };
        assert_eq!(got, i * 10);
    }
}

#[test]
fn send_and_recv_between_goroutines() {
    // Ping-pong where each side selects between its partner and a quit channel.
    let total = block_on(async {
        let (ping, pong, quit) = (Chan::make(0), Chan::make(0), Chan::<()>::make(0));
        let (pi, po, q) = (ping.clone(), pong.clone(), quit.clone());
        go! {
            loop {
                select! {
                    recv(pi) -> v => {
                        select! { send(po, v + 1) => {} }
                    }
                    recv(q) => return,
                }
            }
        }
        let mut v = 0;
        for _ in 0..100 {
            select! { send(ping, v) => {} }
            v = select! { recv(pong) -> v => v };
        }
        quit.close();
        v
    });
    assert_eq!(total, 100);
}

#[test]
fn send_arm_racing_close() {
    // Either the value is handed over (the receiver sees ok) or the select panics with Go's
    // message (the receiver sees the close): never both, never neither.
    for i in 0..200 {
        let ch = Chan::<i64>::make(0);
        let (c1, c2) = (ch.clone(), ch.clone());
        let sender = std::thread::spawn(move || {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
                select_blocking! {
                    send(c1, i) => {}
                }
            }))
        });
        let closer = std::thread::spawn(move || {
            if i % 2 == 0 {
                std::thread::yield_now();
            }
            c2.close();
        });
        let (v, ok) = ch.recv_ok_blocking();
        closer.join().unwrap();
        match sender.join().unwrap() {
            Ok(()) => assert!(ok && v == i, "sent, but the receiver saw ({v}, {ok})"),
            Err(payload) => {
                assert_eq!(panic_text(payload), "send on closed channel");
                assert!(!ok, "the send panicked, but the receiver got {v}");
            }
        }
    }
}
