//! Twin of `spawnexit/main.go`: 1M goroutines spawned from a loop that never yields.

use std::sync::Arc;

use gort::sync::{WaitGroup, atomic};

fn main() {
    gort::run_main(async {
        const N: i64 = 1_000_000;
        let wg = WaitGroup::new();
        let sum = Arc::new(atomic::Int64::new(0));
        wg.add(N);
        for _ in 0..N {
            let (wg, sum) = (wg.clone(), sum.clone());
            gort::spawn(async move {
                sum.add(1);
                wg.done();
            });
        }
        wg.wait().await;
        println!("{}", sum.load());
    })
}
