//! Twin of `spawn1m/main.go`: 1M goroutines parked on one channel, released by close.

use gort::Chan;
use gort::sync::WaitGroup;

fn main() {
    gort::run_main(async {
        const N: i64 = 1_000_000;
        let release = Chan::<()>::make(0);
        let wg = WaitGroup::new();
        wg.add(N);
        for _ in 0..N {
            let (release, wg) = (release.clone(), wg.clone());
            gort::spawn(async move {
                release.recv().await;
                wg.done();
            });
        }
        release.close();
        wg.wait().await;
        println!("{N}");
    })
}
