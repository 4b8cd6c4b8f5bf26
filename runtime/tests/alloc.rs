//! `gort::alloc::GoAlloc` (the global allocator here: the `go-alloc` feature is on by
//! default) under contention: blocks allocated on one thread and freed on another, every size
//! class, reallocation across classes, threads that exit with cached blocks, goroutines.

use std::alloc::{GlobalAlloc, Layout};
use std::collections::HashSet;
use std::sync::mpsc;

use gort::alloc::{GoAlloc, MAX_SIZE};

/// A block filled with a pattern derived from its tag, checked before it is freed.
struct Block {
    ptr: *mut u8,
    layout: Layout,
    tag: u64,
}

// SAFETY: a `Block` owns its allocation outright; it is handed between threads whole.
unsafe impl Send for Block {}

fn pattern(tag: u64, i: usize) -> u8 {
    (tag.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (i % 57)) as u8 ^ i as u8
}

impl Block {
    fn new(layout: Layout, tag: u64) -> Block {
        // SAFETY: every layout used here has a non-zero size.
        let ptr = unsafe { GoAlloc.alloc(layout) };
        assert!(!ptr.is_null());
        assert_eq!(ptr as usize % layout.align(), 0, "misaligned block for {layout:?}");
        for i in 0..layout.size() {
            // SAFETY: `ptr` is valid for `layout.size()` bytes.
            unsafe { ptr.add(i).write(pattern(tag, i)) };
        }
        Block { ptr, layout, tag }
    }

    fn check_and_free(self) {
        for i in 0..self.layout.size() {
            // SAFETY: as in `new`; the block is still ours.
            let b = unsafe { self.ptr.add(i).read() };
            assert_eq!(b, pattern(self.tag, i), "block {:?} tag {} corrupted at byte {i}", self.layout, self.tag);
        }
        // SAFETY: allocated by `GoAlloc` with this layout, freed once.
        unsafe { GoAlloc.dealloc(self.ptr, self.layout) };
    }
}

/// Layouts across every cached class (alignment 32, 64 and 128), the class edges, and
/// uncached neighbours (alignment 8/16, and sizes past `MAX_SIZE`).
fn layouts() -> Vec<Layout> {
    let mut v = Vec::new();
    for align in [32, 64, 128] {
        for size in [1, 100, 127, 128, 129, 255, 256, 500, 1000, 1024, 1500, 2047, MAX_SIZE, MAX_SIZE + 1, 5000] {
            v.push(Layout::from_size_align(size, align).unwrap());
        }
    }
    v.push(Layout::from_size_align(300, 8).unwrap());
    v.push(Layout::from_size_align(700, 16).unwrap());
    v.push(Layout::from_size_align(300, 256).unwrap());
    v
}

/// Eight threads in a ring: each allocates blocks of every layout, keeps some, passes the rest
/// to its neighbour, which checks and frees them. Live blocks never overlap and no block is
/// corrupted by another's reuse.
#[test]
fn cross_thread_frees_keep_blocks_intact() {
    const THREADS: usize = 8;
    const ROUNDS: u64 = 400;
    let layouts = layouts();
    let (txs, rxs): (Vec<_>, Vec<_>) = (0..THREADS).map(|_| mpsc::channel::<Vec<Block>>()).unzip();
    let mut handles = Vec::new();
    for (t, rx) in rxs.into_iter().enumerate() {
        let next = txs[(t + 1) % THREADS].clone();
        let layouts = layouts.clone();
        handles.push(std::thread::spawn(move || {
            let mut kept: Vec<Block> = Vec::new();
            for round in 0..ROUNDS {
                let mut batch = Vec::new();
                for (k, &l) in layouts.iter().enumerate() {
                    let tag = (t as u64) << 48 | round << 16 | k as u64;
                    let b = Block::new(l, tag);
                    if (round + k as u64) % 3 == 0 { kept.push(b) } else { batch.push(b) }
                }
                // No two live blocks of this thread share an address.
                let live: HashSet<usize> = kept.iter().map(|b| b.ptr as usize).chain(batch.iter().map(|b| b.ptr as usize)).collect();
                assert_eq!(live.len(), kept.len() + batch.len());
                next.send(batch).unwrap();
                if kept.len() > 200 {
                    for b in kept.drain(..100) {
                        b.check_and_free();
                    }
                }
                while let Ok(got) = rx.try_recv() {
                    got.into_iter().for_each(Block::check_and_free);
                }
            }
            drop(next);
            kept.into_iter().for_each(Block::check_and_free);
            rx
        }));
    }
    drop(txs);
    let rxs: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    // What is still in flight: every sender is gone, so each receiver drains and ends.
    for rx in rxs {
        for got in rx.iter() {
            got.into_iter().for_each(Block::check_and_free);
        }
    }
}

/// Threads that exit while holding cached blocks hand them to the depot; the blocks are
/// reused intact by later threads (no block handed out twice).
#[test]
fn exiting_threads_hand_blocks_on() {
    let l = Layout::from_size_align(384, 128).unwrap();
    for wave in 0..20u64 {
        let hs: Vec<_> = (0..4u64)
            .map(|t| {
                std::thread::spawn(move || {
                    let bs: Vec<Block> = (0..100).map(|i| Block::new(l, wave << 32 | t << 16 | i)).collect();
                    let addrs: HashSet<usize> = bs.iter().map(|b| b.ptr as usize).collect();
                    assert_eq!(addrs.len(), bs.len());
                    bs.into_iter().for_each(Block::check_and_free);
                })
            })
            .collect();
        hs.into_iter().for_each(|h| h.join().unwrap());
    }
}

#[repr(align(128))]
#[derive(Clone, Copy, PartialEq, Debug)]
struct Wide([u64; 4]);

/// A vector of over-aligned elements grows through every cached class and out of them
/// (`realloc` between classes and to the system), keeping its contents.
#[test]
fn realloc_across_classes_keeps_contents() {
    let hs: Vec<_> = (0..4u64)
        .map(|t| {
            std::thread::spawn(move || {
                for round in 0..50u64 {
                    let mut v: Vec<Wide> = Vec::new();
                    for i in 0..40u64 {
                        v.push(Wide([t, round, i, t ^ round ^ i]));
                    }
                    for (i, w) in v.iter().enumerate() {
                        assert_eq!(*w, Wide([t, round, i as u64, t ^ round ^ i as u64]));
                    }
                    v.truncate(3);
                    v.shrink_to_fit();
                    assert_eq!(v[2], Wide([t, round, 2, t ^ round ^ 2]));
                }
            })
        })
        .collect();
    hs.into_iter().for_each(|h| h.join().unwrap());
}

/// Goroutines (tokio task cells: the blocks this allocator caches) spawned from several
/// goroutines and finished on any worker: each runs exactly once with its own data.
#[test]
fn goroutines_run_once_with_their_data() {
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::Arc;
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(4).build().unwrap();
    let seen: Arc<Vec<AtomicU64>> = Arc::new((0..40_000).map(|_| AtomicU64::new(0)).collect());
    rt.block_on(async {
        let mut spawners = Vec::new();
        for s in 0..4u64 {
            let seen = seen.clone();
            spawners.push(tokio::spawn(async move {
                let mut hs = Vec::new();
                for i in 0..10_000u64 {
                    let n = s * 10_000 + i;
                    let payload = [n; 8];
                    let seen = seen.clone();
                    hs.push(tokio::spawn(async move {
                        tokio::task::yield_now().await;
                        assert!(payload.iter().all(|&x| x == n));
                        seen[n as usize].fetch_add(1, Ordering::Relaxed);
                    }));
                }
                for h in hs {
                    h.await.unwrap();
                }
            }));
        }
        for s in spawners {
            s.await.unwrap();
        }
    });
    assert!(seen.iter().all(|c| c.load(Ordering::Relaxed) == 1));
}
