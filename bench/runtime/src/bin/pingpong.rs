//! Twin of `pingpong/main.go`: unbuffered ping-pong, 1M round trips.

use gort::Chan;

fn main() {
    gort::run_main(async {
        const N: i64 = 1_000_000;
        let ping = Chan::<i64>::make(0);
        let pong = Chan::<i64>::make(0);
        let (pi, po) = (ping.clone(), pong.clone());
        gort::spawn(async move {
            while let Some(v) = pi.recv_opt().await {
                po.send(v + 1).await;
            }
            po.close();
        });
        let mut sum = 0;
        for i in 0..N {
            ping.send(i).await;
            sum += pong.recv().await;
        }
        ping.close();
        println!("{sum}");
    })
}
