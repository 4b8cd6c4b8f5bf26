//! Twin of `fanin/main.go`: 8 producers, one consumer selecting over 8 channels, 4M messages.

use gort::{Chan, select};

fn main() {
    gort::run_main(async {
        const N: i64 = 4_000_000;
        const K: usize = 8;
        let chs: Vec<Chan<i64>> = (0..K).map(|_| Chan::make(0)).collect();
        for ch in &chs {
            let ch = ch.clone();
            gort::spawn(async move {
                for _ in 0..N / K as i64 {
                    ch.send(1).await;
                }
            });
        }
        let mut sum = 0;
        for _ in 0..N {
            let mut c0 = select::recv(&chs[0]);
            let mut c1 = select::recv(&chs[1]);
            let mut c2 = select::recv(&chs[2]);
            let mut c3 = select::recv(&chs[3]);
            let mut c4 = select::recv(&chs[4]);
            let mut c5 = select::recv(&chs[5]);
            let mut c6 = select::recv(&chs[6]);
            let mut c7 = select::recv(&chs[7]);
            let i = select::select(&mut [&mut c0, &mut c1, &mut c2, &mut c3, &mut c4, &mut c5, &mut c6, &mut c7]).await;
            sum += match i {
                0 => c0.take().0,
                1 => c1.take().0,
                2 => c2.take().0,
                3 => c3.take().0,
                4 => c4.take().0,
                5 => c5.take().0,
                6 => c6.take().0,
                7 => c7.take().0,
                _ => unreachable!(),
            };
        }
        println!("{sum}");
    })
}
