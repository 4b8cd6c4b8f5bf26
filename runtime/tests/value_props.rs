//! Property tests with a seeded generator: slice append/reslice/set/copy against a model of
//! Go's shared backing arrays; float formatting round-trips through `ParseFloat`; map
//! iteration under deletion.

use gort::{Map, Slice, Str};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
}

/// The model: arrays are plain vectors (length = capacity); a slice is (array, off, len, cap).
#[derive(Clone, Copy)]
struct MSlice {
    arr: usize,
    off: usize,
    len: usize,
    cap: usize,
}

fn check(model: &[Vec<i64>], ms: &MSlice, s: &Slice<i64>) {
    assert_eq!(s.len() as usize, ms.len);
    assert_eq!(s.cap() as usize, ms.cap);
    assert_eq!(s.to_vec(), model[ms.arr][ms.off..ms.off + ms.len].to_vec());
}

#[test]
fn slices_alias_like_go_arrays() {
    for seed in 1..200u64 {
        let mut rng = Rng(seed * 0x9E37_79B9_7F4A_7C15 | 1);
        let mut model: Vec<Vec<i64>> = vec![vec![0, 1, 2, 3]];
        let mut slices: Vec<(MSlice, Slice<i64>)> =
            vec![(MSlice { arr: 0, off: 0, len: 4, cap: 4 }, Slice::from_vec(vec![0, 1, 2, 3]))];
        for step in 0..60 {
            let k = rng.below(slices.len() as u64) as usize;
            let (ms, s) = slices[k].clone();
            match rng.below(4) {
                0 => {
                    let n = 1 + rng.below(5) as usize;
                    let vals: Vec<i64> = (0..n).map(|i| (step * 10 + i) as i64).collect();
                    let t = gort::append(&s, &vals);
                    let mt = if ms.len + n <= ms.cap {
                        // In place: writes into the shared array, visible to every alias.
                        model[ms.arr][ms.off + ms.len..ms.off + ms.len + n].copy_from_slice(&vals);
                        assert!(t.same_array(&s) || s.is_nil());
                        MSlice { len: ms.len + n, ..ms }
                    } else {
                        // A new array: cap comes from Go's growth policy (checked by the golden
                        // tests); here only that it holds the new length.
                        assert!(!t.same_array(&s));
                        let cap = t.cap() as usize;
                        assert!(cap >= ms.len + n);
                        let mut arr = vec![0; cap];
                        arr[..ms.len].copy_from_slice(&model[ms.arr][ms.off..ms.off + ms.len]);
                        arr[ms.len..ms.len + n].copy_from_slice(&vals);
                        model.push(arr);
                        MSlice { arr: model.len() - 1, off: 0, len: ms.len + n, cap }
                    };
                    check(&model, &mt, &t);
                    slices.push((mt, t));
                }
                1 => {
                    let max = rng.below(ms.cap as u64 + 1) as usize;
                    let hi = rng.below(max as u64 + 1) as usize;
                    let lo = rng.below(hi as u64 + 1) as usize;
                    let t = s.slice3(lo as i64, hi as i64, max as i64);
                    let mt = MSlice { arr: ms.arr, off: ms.off + lo, len: hi - lo, cap: max - lo };
                    check(&model, &mt, &t);
                    slices.push((mt, t));
                }
                2 if ms.len > 0 => {
                    let i = rng.below(ms.len as u64) as usize;
                    let v = -(step as i64);
                    s.set(i as i64, v);
                    model[ms.arr][ms.off + i] = v;
                }
                _ => {
                    let j = rng.below(slices.len() as u64) as usize;
                    let (md, d) = slices[j].clone();
                    let n = gort::copy(&d, &s) as usize;
                    assert_eq!(n, md.len.min(ms.len));
                    let src: Vec<i64> = model[ms.arr][ms.off..ms.off + n].to_vec();
                    model[md.arr][md.off..md.off + n].copy_from_slice(&src);
                }
            }
            for (m, s) in &slices {
                check(&model, m, s);
            }
        }
    }
}

#[test]
fn floats_round_trip_through_fmt() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for _ in 0..20000 {
        let f = f64::from_bits(rng.next());
        if !f.is_finite() {
            continue;
        }
        for verb in ["%v", "%g", "%e", "%.17g", "%b", "%x"] {
            let s = gort::fmt::sprintf(&gort::Str::copy_from(verb), &[&f]);
            if verb == "%b" {
                continue;
            }
            let (back, err) = gort::strconv::parse_float(&s, 64);
            if verb == "%e" {
                // Six digits: only close.
                assert!(err.is_nil() && ((back - f) / f).abs() < 1e-6 || f == 0.0, "{verb} {f:e} -> {s}");
                continue;
            }
            assert!(err.is_nil(), "{verb} {f:e} -> {s}: {err}");
            assert_eq!(back.to_bits(), f.to_bits(), "{verb} {f:e} -> {s}");
        }
        let g = f as f32;
        if g.is_finite() {
            let s = gort::fmt::sprint(&[&g]);
            let (back, err) = gort::strconv::parse_float(&s, 32);
            assert!(err.is_nil());
            assert_eq!((back as f32).to_bits(), g.to_bits(), "{g:e} -> {s}");
        }
    }
}

#[test]
fn map_range_skips_entries_deleted_before_reached() {
    for seed in 1..50u64 {
        let mut rng = Rng(seed * 7919 | 1);
        let m = Map::<i64, Str>::make();
        for i in 0..50 {
            m.set(i, gort::strconv::itoa(i));
        }
        let mut seen = std::collections::HashSet::new();
        let mut deleted = std::collections::HashSet::new();
        for (k, v) in m.iter() {
            assert!(!deleted.contains(&k), "deleted key {k} produced");
            assert!(seen.insert(k), "key {k} produced twice");
            assert_eq!(v, gort::strconv::itoa(k));
            let d = rng.below(50) as i64;
            m.delete(&d);
            deleted.insert(d);
            deleted.remove(&k);
        }
        // No key was added, so every key still present was never deleted: it must have been
        // produced.
        for (k, _) in m.entries() {
            assert!(seen.contains(&k), "live key {k} never produced");
        }
    }
}

#[test]
fn values_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Slice<i64>>();
    assert_send_sync::<Map<Str, Slice<Str>>>();
    assert_send_sync::<gort::Ptr<Vec<i64>>>();
    assert_send_sync::<gort::Any>();
    assert_send_sync::<gort::Error>();
    assert_send_sync::<Str>();
    // A slice shared with another thread sees the same backing array.
    let s = Slice::from_vec(vec![0i64; 8]);
    let t = s.slice(2, 6);
    std::thread::spawn(move || t.set(0, 42)).join().unwrap();
    assert_eq!(s.get(2), 42);
}
