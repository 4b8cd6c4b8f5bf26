//! The DESIGN.md contract table (and more rows of the same kind): each row is a tiny program run
//! under `run_main` in a child process (this test binary re-invoked with `GORT_CONTRACT_ROW`),
//! asserting stderr's first line and the exit code. Expected texts are what Go 1.27 prints
//! (see `fixtures/*/expected.stderr1` and the rows' comments).

use std::future::Future;
use std::pin::Pin;
use std::process::Command;

use gort::sync::{Mutex, RWMutex, WaitGroup};
use gort::time::{self, MILLISECOND};
use gort::{Any, Chan, DeferFrame, Str, select};

type Body = Pin<Box<dyn Future<Output = ()> + Send>>;

struct Row {
    name: &'static str,
    /// Expected first line of stderr ("" = no stderr at all).
    stderr1: &'static str,
    exit: i32,
    /// Lines that must appear on stdout, in order.
    stdout: &'static [&'static str],
    /// Extra environment for the child.
    env: &'static [(&'static str, &'static str)],
    body: fn() -> Body,
}

fn rows() -> Vec<Row> {
    fn r(name: &'static str, stderr1: &'static str, exit: i32, body: fn() -> Body) -> Row {
        Row { name, stderr1, exit, stdout: &[], env: &[], body }
    }
    vec![
        r("send_on_closed", "panic: send on closed channel", 2, || {
            Box::pin(async {
                let ch = Chan::<i64>::make(1);
                ch.close();
                ch.send(1).await;
            })
        }),
        r("blocked_sender_closed", "panic: send on closed channel", 2, || {
            Box::pin(async {
                let ch = Chan::<i64>::make(0);
                let c = ch.clone();
                gort::spawn(async move {
                    time::sleep(10 * MILLISECOND).await;
                    c.close();
                });
                ch.send(1).await;
            })
        }),
        r("select_send_on_closed", "panic: send on closed channel", 2, || {
            Box::pin(async {
                let ch = Chan::<i64>::make(0);
                let nil = Chan::<i64>::nil();
                ch.close();
                let mut c0 = select::send(&ch, 1);
                let mut c1 = select::recv(&nil);
                let _ = select::select(&mut [&mut c0, &mut c1]).await;
            })
        }),
        r("close_of_closed", "panic: close of closed channel", 2, || {
            Box::pin(async {
                let ch = Chan::<i64>::make(0);
                ch.close();
                ch.close();
            })
        }),
        r("close_of_nil", "panic: close of nil channel", 2, || Box::pin(async { Chan::<i64>::nil().close() })),
        r("negative_waitgroup", "panic: sync: negative WaitGroup counter", 2, || {
            Box::pin(async { WaitGroup::new().add(-1) })
        }),
        r("unlock_of_unlocked", "fatal error: sync: unlock of unlocked mutex", 2, || {
            Box::pin(async {
                // A fatal error is not recoverable: the deferred recover never runs.
                let f = DeferFrame::new();
                f.run(async {
                    f.defer(|| {
                        gort::recover();
                    });
                    Mutex::new().unlock();
                })
                .await;
            })
        }),
        r("runlock_of_unlocked", "fatal error: sync: RUnlock of unlocked RWMutex", 2, || {
            Box::pin(async { RWMutex::new().r_unlock() })
        }),
        r("rw_unlock_of_unlocked", "fatal error: sync: Unlock of unlocked RWMutex", 2, || {
            Box::pin(async { RWMutex::new().unlock() })
        }),
        r("deadlock_main_recv", "fatal error: all goroutines are asleep - deadlock!", 2, || {
            Box::pin(async {
                let ch = Chan::<i64>::make(0);
                gort::spawn(async {});
                ch.recv().await;
            })
        }),
        r("deadlock_select_empty", "fatal error: all goroutines are asleep - deadlock!", 2, || {
            Box::pin(async {
                let _ = select::select(&mut []).await;
            })
        }),
        r("deadlock_nil_channel", "fatal error: all goroutines are asleep - deadlock!", 2, || {
            Box::pin(async {
                Chan::<i64>::nil().send(1).await;
            })
        }),
        r("deadlock_waitgroup", "fatal error: all goroutines are asleep - deadlock!", 2, || {
            Box::pin(async {
                let wg = WaitGroup::new();
                wg.add(2);
                let w = wg.clone();
                gort::spawn(async move { w.done() });
                wg.wait().await;
            })
        }),
        r("deadlock_mutex_relock", "fatal error: all goroutines are asleep - deadlock!", 2, || {
            Box::pin(async {
                let mu = Mutex::new();
                mu.lock().await;
                mu.lock().await;
            })
        }),
        r("deadlock_after_timer_fired", "fatal error: all goroutines are asleep - deadlock!", 2, || {
            Box::pin(async {
                let t = time::after(5 * MILLISECOND);
                t.recv().await;
                Chan::<i64>::make(0).recv().await;
            })
        }),
        r("deadlock_many_parked", "fatal error: all goroutines are asleep - deadlock!", 2, || {
            Box::pin(async {
                let ch = Chan::<i64>::make(0);
                for _ in 0..100 {
                    let c = ch.clone();
                    gort::spawn(async move { c.send(1).await });
                }
                for _ in 0..100 {
                    ch.recv().await;
                }
                ch.recv().await;
            })
        }),
        r("deadlock_cond_wait", "fatal error: all goroutines are asleep - deadlock!", 2, || {
            Box::pin(async {
                let mu = Mutex::new();
                let cond = gort::sync::Cond::new(mu.clone());
                mu.lock().await;
                cond.wait().await;
            })
        }),
        r("deadlock_rwmutex_writer_waits_for_reader", "fatal error: all goroutines are asleep - deadlock!", 2, || {
            Box::pin(async {
                let rw = RWMutex::new();
                rw.r_lock().await;
                rw.lock().await;
            })
        }),
        r("deadlock_select_on_nil_and_idle", "fatal error: all goroutines are asleep - deadlock!", 2, || {
            Box::pin(async {
                let nil = Chan::<i64>::nil();
                let idle = Chan::<i64>::make(0);
                let (c, d) = (idle.clone(), idle.clone());
                gort::spawn(async move {
                    // Parks too: selects on the same idle channel.
                    let mut a = select::recv(&c);
                    let _ = select::select(&mut [&mut a]).await;
                });
                let mut a = select::recv(&nil);
                let mut b = select::send(&d, 1);
                let _ = select::select(&mut [&mut a, &mut b]).await;
                // The goroutine's receive and this send pair up; then main waits forever.
                idle.recv().await;
            })
        }),
        r("panic_string", "panic: something went wrong", 2, || {
            Box::pin(async { gort::go_panic(Any::from_value(Str::from("something went wrong"))) })
        }),
        r("panic_error_value", "panic: boom", 2, || Box::pin(async { gort::go_panic(gort::errors::new(&Str::lit("boom")).to_any()) })),
        r("panic_nil", "panic: runtime error: panic called with nil argument", 2, || Box::pin(async { gort::go_panic(Any::nil()) })),
        r("panic_in_goroutine", "panic: in goroutine", 2, || {
            Box::pin(async {
                gort::spawn(async { gort::go_panic(Any::from_value(Str::from("in goroutine"))) });
                time::sleep(time::SECOND).await;
            })
        }),
        r("rust_divide_by_zero", "panic: runtime error: integer divide by zero", 2, || {
            Box::pin(async {
                let zero = std::hint::black_box(0i64);
                println!("{}", 1 / zero);
            })
        }),
        r("rust_index_out_of_range", "panic: runtime error: index out of range [5] with length 3", 2, || {
            Box::pin(async {
                let v = vec![1, 2, 3];
                println!("{}", v[std::hint::black_box(5)]);
            })
        }),
        r("panic_in_defer_chain", "panic: first", 2, || {
            Box::pin(async {
                let f = DeferFrame::new();
                f.run(async {
                    f.defer(|| gort::go_panic(Any::from_value(Str::from("second"))));
                    gort::go_panic(Any::from_value(Str::from("first")));
                })
                .await;
            })
        }),
        r("repanic_recovered", "panic: original [recovered]", 2, || {
            Box::pin(async {
                let f = DeferFrame::new();
                f.run_sync(|| {
                    f.defer(|| {
                        let r = gort::recover();
                        assert!(!r.is_nil());
                        gort::go_panic(Any::from_value(Str::from("wrapped")));
                    });
                    gort::go_panic(Any::from_value(Str::from("original")));
                });
            })
        }),
        r("panic_chain_nested_oldest_first", "panic: first [recovered]", 2, || {
            Box::pin(async {
                // A deferred call recovers `first`, then its own frame panics `second`, whose
                // deferred call recovers it and panics `third`: Go prints oldest first.
                let f1 = DeferFrame::new();
                f1.run_sync(|| {
                    f1.defer(|| {
                        assert!(!gort::recover().is_nil());
                        let f2 = DeferFrame::new();
                        f2.run_sync(|| {
                            f2.defer(|| {
                                assert!(!gort::recover().is_nil());
                                gort::go_panic(Any::from_value(Str::from("third")));
                            });
                            gort::go_panic(Any::from_value(Str::from("second")));
                        });
                    });
                    gort::go_panic(Any::from_value(Str::from("first")));
                });
            })
        }),
        r("panic_chain_survives_nested_recovery", "panic: P0", 2, || {
            Box::pin(async {
                // `P1` supersedes `P0`; a later deferred call panics and recovers on its own:
                // the chain of the frame still unwinding keeps `P0`.
                let f = DeferFrame::new();
                f.run_sync(|| {
                    f.defer(|| {
                        let q = DeferFrame::new();
                        q.run_sync(|| {
                            q.defer(|| assert!(!gort::recover().is_nil()));
                            gort::go_panic(Any::from_value(Str::from("nested")));
                        });
                    });
                    f.defer(|| gort::go_panic(Any::from_value(Str::from("P1"))));
                    gort::go_panic(Any::from_value(Str::from("P0")));
                });
            })
        }),
        Row {
            name: "stack_overflow_reported",
            stderr1: "runtime: goroutine stack exceeds 1000000000-byte limit",
            exit: 2,
            stdout: &["before the overflow"],
            env: &[],
            body: || {
                Box::pin(async {
                    // Stdout written before the overflow is flushed by the report.
                    gort::fmt::println(&[&Str::lit("before the overflow")]);
                    #[allow(unconditional_recursion)]
                    fn down(n: u64) -> u64 {
                        let pad = std::hint::black_box([n; 8]);
                        down(n + 1) + pad[3]
                    }
                    println!("{}", down(0));
                })
            },
        },
        Row {
            name: "deep_recursion_in_goroutines",
            stderr1: "",
            exit: 0,
            stdout: &["depths 8 x 1000000"],
            env: &[],
            body: || {
                Box::pin(async {
                    // Go grows goroutine stacks to 1 GB: a million frames deep is ordinary,
                    // in several goroutines at once.
                    fn depth(n: u64) -> u64 {
                        if std::hint::black_box(n) == 0 {
                            return 0;
                        }
                        // Opaque to the optimiser: the recursion stays a recursion.
                        std::hint::black_box(depth(n - 1)) + 1
                    }
                    let out = Chan::<u64>::make(0);
                    for _ in 0..8 {
                        let o = out.clone();
                        gort::spawn(async move { o.send(depth(1_000_000)).await });
                    }
                    let mut all = true;
                    for _ in 0..8 {
                        all &= out.recv().await == 1_000_000;
                    }
                    println!("depths 8 x {}", if all { 1_000_000 } else { 0 });
                })
            },
        },
        r("os_exit", "", 3, || Box::pin(async { gort::rt::exit(3) })),
        Row {
            name: "recovered_exits_zero",
            stderr1: "",
            exit: 0,
            stdout: &["recovered: close of nil channel", "after"],
            env: &[],
            body: || {
                Box::pin(async {
                    let f = DeferFrame::new();
                    let r = f
                        .run(async {
                            f.defer(|| {
                                let r = gort::recover();
                                println!("recovered: {}", gort::fmt::sprint(&[&r]));
                            });
                            Chan::<i64>::nil().close();
                            1
                        })
                        .await;
                    assert_eq!(r, None);
                    println!("after");
                })
            },
        },
        Row {
            name: "main_return_does_not_wait",
            stderr1: "",
            exit: 0,
            stdout: &["main done"],
            env: &[],
            body: || {
                Box::pin(async {
                    gort::spawn(async {
                        time::sleep(time::HOUR).await;
                    });
                    gort::spawn(async { Chan::<i64>::make(0).recv().await; });
                    println!("main done");
                })
            },
        },
        Row {
            name: "no_deadlock_timer_pending",
            stderr1: "",
            exit: 0,
            stdout: &["timer fired"],
            env: &[],
            body: || {
                Box::pin(async {
                    time::after(20 * MILLISECOND).recv().await;
                    println!("timer fired");
                })
            },
        },
        Row {
            name: "no_deadlock_sleeping_sender",
            stderr1: "",
            exit: 0,
            stdout: &["got 7"],
            env: &[],
            body: || {
                Box::pin(async {
                    let ch = Chan::<i64>::make(0);
                    let c = ch.clone();
                    gort::spawn(async move {
                        time::sleep(20 * MILLISECOND).await;
                        c.send(7).await;
                    });
                    println!("got {}", ch.recv().await);
                })
            },
        },
        Row {
            name: "no_deadlock_afterfunc",
            stderr1: "",
            exit: 0,
            stdout: &["afterfunc ran"],
            env: &[],
            body: || {
                Box::pin(async {
                    let ch = Chan::<&'static str>::make(1);
                    let c = ch.clone();
                    time::after_func(15 * MILLISECOND, move || {
                        let _ = c.try_send("afterfunc ran");
                    });
                    println!("{}", ch.recv().await);
                })
            },
        },
        Row {
            name: "no_deadlock_cond_barrier",
            stderr1: "",
            exit: 0,
            stdout: &["phases 20000"],
            env: &[("GOMAXPROCS", "4")],
            body: || {
                Box::pin(async {
                    // A Mutex + Cond barrier: a waiter is queued on the Cond before it unlocks
                    // the mutex, and the goroutines blocked on that mutex must still count as
                    // about to run (no "all parked" between the enqueue and the unlock).
                    struct B {
                        count: i64,
                        generation: i64,
                    }
                    let mu = Mutex::new();
                    let cond = gort::sync::Cond::new(mu.clone());
                    let st = std::sync::Arc::new(parking_lot::Mutex::new(B { count: 0, generation: 0 }));
                    let wg = WaitGroup::new();
                    const WORKERS: i64 = 4;
                    const PHASES: i64 = 20000;
                    for _ in 0..WORKERS {
                        let (mu, cond, st, wg2) = (mu.clone(), cond.clone(), st.clone(), wg.clone());
                        wg.add(1);
                        gort::spawn(async move {
                            for _ in 0..PHASES {
                                mu.lock().await;
                                let g = {
                                    let mut b = st.lock();
                                    b.count += 1;
                                    if b.count == WORKERS {
                                        b.count = 0;
                                        b.generation += 1;
                                        None
                                    } else {
                                        Some(b.generation)
                                    }
                                };
                                match g {
                                    None => cond.broadcast(),
                                    Some(g) => {
                                        while st.lock().generation == g {
                                            cond.wait().await;
                                        }
                                    }
                                }
                                mu.unlock();
                            }
                            wg2.done();
                        });
                    }
                    wg.wait().await;
                    println!("phases {}", st.lock().generation);
                })
            },
        },
        Row {
            name: "no_deadlock_wakeups_in_flight",
            stderr1: "",
            exit: 0,
            stdout: &["rounds 20000"],
            env: &[],
            body: || {
                Box::pin(async {
                    // Goroutines park and wake each other constantly; the count must never
                    // read "all parked" while a wake-up is in flight.
                    let ping = Chan::<i64>::make(0);
                    let pong = Chan::<i64>::make(0);
                    for _ in 0..4 {
                        let (pi, po) = (ping.clone(), pong.clone());
                        gort::spawn(async move {
                            while let Some(v) = pi.recv_opt().await {
                                po.send(v + 1).await;
                            }
                        });
                    }
                    let mut n = 0;
                    for i in 0..20000 {
                        ping.send(i).await;
                        n += pong.recv().await - i;
                    }
                    println!("rounds {n}");
                })
            },
        },
        Row {
            name: "plain_thread_spawns_onto_the_program",
            stderr1: "",
            exit: 0,
            stdout: &["from thread goroutine 42"],
            env: &[],
            body: || {
                Box::pin(async {
                    let ch = Chan::<i64>::make(0);
                    let c = ch.clone();
                    gort::rt::spawn_thread(move || {
                        // No runtime entered here: `spawn` still uses the program's runtime.
                        let c2 = c.clone();
                        gort::spawn(async move { c2.send(42).await });
                    });
                    println!("from thread goroutine {}", ch.recv().await);
                })
            },
        },
        Row {
            name: "runtime_package",
            stderr1: "",
            exit: 0,
            stdout: &["goroutines 11", "procs 3 cpus ok"],
            env: &[("GOMAXPROCS", "3")],
            body: || {
                Box::pin(async {
                    let block = Chan::<()>::make(0);
                    for _ in 0..10 {
                        let b = block.clone();
                        gort::spawn(async move { b.recv().await });
                    }
                    gort::runtime::gosched().await;
                    println!("goroutines {}", gort::runtime::num_goroutine());
                    let cpus_ok = gort::runtime::num_cpu() >= 1;
                    println!("procs {} cpus {}", gort::runtime::gomaxprocs(0), if cpus_ok { "ok" } else { "bad" });
                })
            },
        },
        Row {
            name: "seeded_select_order",
            stderr1: "",
            exit: 0,
            stdout: &[],
            env: &[],
            body: || {
                Box::pin(async {
                    // Four always-ready cases: the choices come from the select-order RNG only.
                    let chans: Vec<Chan<i64>> = (0..4).map(|_| Chan::make(1)).collect();
                    let mut picks = String::new();
                    for _ in 0..64 {
                        for (i, c) in chans.iter().enumerate() {
                            let _ = c.try_send(i as i64);
                        }
                        let mut c0 = select::recv(&chans[0]);
                        let mut c1 = select::recv(&chans[1]);
                        let mut c2 = select::recv(&chans[2]);
                        let mut c3 = select::recv(&chans[3]);
                        let k = select::select(&mut [&mut c0, &mut c1, &mut c2, &mut c3]).await;
                        picks.push(char::from(b'0' + k as u8));
                    }
                    println!("picks {picks}");
                })
            },
        },
        Row {
            name: "virtual_time_hour_sleep",
            stderr1: "",
            exit: 0,
            stdout: &["slept 1h0m0s"],
            env: &[("GORT_VIRTUAL_TIME", "1")],
            body: || {
                Box::pin(async {
                    let start = time::now();
                    time::sleep(time::HOUR).await;
                    println!("slept {}", time::since(&start).round(time::MINUTE));
                })
            },
        },
        Row {
            name: "virtual_time_deadlock_still_found",
            stderr1: "fatal error: all goroutines are asleep - deadlock!",
            exit: 2,
            stdout: &[],
            env: &[("GORT_VIRTUAL_TIME", "1")],
            body: || {
                Box::pin(async {
                    time::sleep(time::HOUR).await;
                    Chan::<i64>::make(0).recv().await;
                })
            },
        },
    ]
}

const ROW_ENV: &str = "GORT_CONTRACT_ROW";

/// The child side: runs one row as a Go program (never returns when the row is set).
#[test]
fn contract_child() {
    let Ok(name) = std::env::var(ROW_ENV) else { return };
    let row = rows().into_iter().find(|r| r.name == name).expect("known row");
    gort::run_main((row.body)());
}

#[test]
fn contract_rows() {
    let exe = std::env::current_exe().expect("test binary path");
    let children: Vec<_> = rows()
        .into_iter()
        .map(|row| {
            let mut cmd = Command::new(&exe);
            cmd.args(["contract_child", "--exact", "--nocapture", "--test-threads=1"]).env(ROW_ENV, row.name);
            for (k, v) in row.env {
                cmd.env(k, v);
            }
            let child = cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().expect("spawn child");
            (row, child)
        })
        .collect();
    let mut failures = Vec::new();
    for (row, child) in children {
        let out = child.wait_with_output().expect("child output");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let first = stderr.lines().next().unwrap_or("");
        let code = out.status.code().unwrap_or(-1);
        let mut lines = stdout.lines();
        // libtest may print its "test contract_child ... " prefix on the first output line.
        let stdout_ok = row.stdout.iter().all(|want| lines.any(|l| l.ends_with(want)));
        if first != row.stderr1 || code != row.exit || !stdout_ok {
            failures.push(format!(
                "row {}: want ({:?}, exit {}, stdout {:?}), got ({:?}, exit {code})\n--- stderr:\n{stderr}--- stdout:\n{stdout}",
                row.name, row.stderr1, row.exit, row.stdout, first
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn run_row(name: &str, env: &[(&str, &str)]) -> String {
    let exe = std::env::current_exe().expect("test binary path");
    let mut cmd = Command::new(exe);
    cmd.args(["contract_child", "--exact", "--nocapture", "--test-threads=1"]).env(ROW_ENV, name);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run child");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    stdout.lines().find_map(|l| l.split_once("picks ").map(|(_, p)| p.to_string())).expect("picks line")
}

/// The whole panic report of a row's child: stderr up to the goroutine line.
fn row_panic_report(name: &str) -> String {
    let exe = std::env::current_exe().expect("test binary path");
    let out = Command::new(exe)
        .args(["contract_child", "--exact", "--nocapture", "--test-threads=1"])
        .env(ROW_ENV, name)
        .output()
        .expect("run child");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    err.split("\n\ngoroutine ").next().unwrap_or_default().to_string()
}

/// Superseded panics print oldest first, each `[recovered]` where it was (as Go 1.27 prints
/// them: recorded from the equivalent Go programs).
#[test]
fn panic_chains_print_oldest_first() {
    assert_eq!(
        row_panic_report("panic_chain_nested_oldest_first"),
        "panic: first [recovered]\n\tpanic: second [recovered]\n\tpanic: third"
    );
    assert_eq!(row_panic_report("panic_chain_survives_nested_recovery"), "panic: P0\n\tpanic: P1");
}

/// `GORT_SEED` makes select's random choices reproducible; another seed gives another order.
#[test]
fn gort_seed_makes_select_order_reproducible() {
    let a = run_row("seeded_select_order", &[("GORT_SEED", "7"), ("GOMAXPROCS", "1")]);
    let b = run_row("seeded_select_order", &[("GORT_SEED", "7"), ("GOMAXPROCS", "1")]);
    let c = run_row("seeded_select_order", &[("GORT_SEED", "8"), ("GOMAXPROCS", "1")]);
    assert_eq!(a, b);
    assert_ne!(a, c);
    assert!(a.contains('0') && a.contains('3'), "all cases get picked: {a}");
}
