//! `math/rand/v2`'s seeded sources against recorded real-Go output:
//! `golden/std_rand_v2_cases.go` (recorded to `golden/std_rand_v2_cases.out` by
//! `fixtures/record`), mirrored here line by line: PCG and ChaCha8 streams (across ChaCha8's
//! refill and reseed boundaries), `Seed`, `ChaCha8.Read`, every `*Rand` method over PCG,
//! ChaCha8 and a user-defined `Source`, `rand.N` over a `Duration`, and the invalid-argument
//! panics.
#![allow(non_camel_case_types, non_snake_case)]

mod common;

use std::sync::Arc;

use common::{Out, check, recovered, s};
use gort::rand::v2 as rand;
use gort::{Array, Iface, Ptr, Slice, Str, time};

/// What the translator writes for `type lcg struct{ state uint64 }`.
#[derive(Clone, Default, PartialEq)]
struct lcg {
    state: u64,
}
gort::go_struct!(lcg = "main.lcg" { state: u64 });
gort::go_ptr_adapter!(PtrLcg(lcg));

/// `func (l *lcg) Uint64() uint64`: Knuth's MMIX LCG.
impl rand::Source for PtrLcg {
    fn Uint64(&self) -> u64 {
        self.0.with_mut(|l| {
            l.state = l.state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            l.state
        })
    }
}

fn methods(o: &mut Out, name: &'static str, r: &rand::Rand) {
    let n = s(name);
    o.ln(&[&n, &s("ints"), &r.int(), &r.int_n(10), &r.int_n(1000000007), &r.int_n(1 << 40), &r.int32(), &r.int32_n(7), &r.int32_n((1 << 30) + 1)]);
    o.ln(&[&n, &s("int64"), &r.int64(), &r.int64_n((1 << 62) + 3), &r.int64_n(1), &r.int64_n(i64::MAX)]);
    let uints: [&dyn gort::GoValue; 10] = [
        &n,
        &s("uints"),
        &r.uint32(),
        &r.uint32_n(1000),
        &r.uint32_n((1 << 31) + 5),
        &gort::value::Uint64(r.uint64()),
        &gort::value::Uint64(r.uint64_n((1 << 63) + 9)),
        &gort::value::Uint64(r.uint64_n(1 << 20)),
        &r.uint_n(12345),
        &r.uint_n(u64::MAX),
    ];
    o.ln(&uints);
    o.ln(&[&n, &s("floats"), &r.float32(), &r.float64(), &r.float64()]);
    o.ln(&[&n, &s("perm"), &r.perm(0), &r.perm(1), &r.perm(10)]);
    let sl = Slice::from_vec(["a", "b", "c", "d", "e", "f", "g"].map(Str::lit).to_vec());
    r.shuffle(sl.len(), |i, j| sl.swap(i, j));
    o.ln(&[&n, &s("shuffle"), &sl]);
    o.ln(&[&n, &s("norm"), &r.norm_float64(), &r.norm_float64(), &r.norm_float64()]);
    o.ln(&[&n, &s("exp"), &r.exp_float64(), &r.exp_float64(), &r.exp_float64()]);
    let (mut ns, mut es) = (0.0, 0.0);
    for _ in 0..20000 {
        ns += r.norm_float64();
        es += r.exp_float64();
    }
    o.ln(&[&n, &s("sums"), &ns, &es]);
    let mut bits = 0u64;
    for _ in 0..1000 {
        bits ^= r.int_n((1 << 62) + 12345) as u64;
    }
    o.ln(&[&n, &s("xor"), &gort::value::Uint64(bits)]);
}

fn u(v: u64) -> gort::value::Uint64 {
    gort::value::Uint64(v)
}

fn cases(o: &mut Out) {
    for (a, b) in [(0u64, 0u64), (1, 2), (u64::MAX, 12345), (0x9e3779b97f4a7c15, 0xbf58476d1ce4e5b9)] {
        let p = rand::new_pcg(a, b);
        o.ln(&[&s("pcg"), &u(a), &u(b), &u(p.uint64()), &u(p.uint64()), &u(p.uint64()), &u(p.uint64())]);
        p.seed(b, a);
        o.ln(&[&s("pcg reseed"), &u(p.uint64()), &u(p.uint64())]);
    }
    let zero = rand::PCG::default();
    o.ln(&[&s("pcg zero"), &u(zero.uint64()), &u(zero.uint64())]);

    let mut seeds = [[0u8; 32]; 3];
    seeds[1].copy_from_slice(b"chacha8randchacha8randchacha8ran");
    for (i, b) in seeds[2].iter_mut().enumerate() {
        *b = (i * 7) as u8;
    }
    for (k, seed) in seeds.iter().enumerate() {
        let k = k as i64;
        let seed = Array(*seed);
        let c = rand::new_cha_cha8(&seed);
        let mut xor = 0u64;
        for i in 0..1000i64 {
            let v = c.uint64();
            xor ^= v;
            if [0, 1, 30, 31, 32, 33, 123, 124, 125, 126, 127, 248, 249, 250, 999].contains(&i) {
                o.ln(&[&s("chacha8"), &k, &i, &u(v)]);
            }
        }
        o.ln(&[&s("chacha8"), &k, &s("xor"), &u(xor)]);
        c.seed(&seed);
        o.ln(&[&s("chacha8"), &k, &s("reseed"), &u(c.uint64())]);
        let buf = Slice::<u8>::make_len(13);
        let (n, err) = c.read(&buf);
        o.ln(&[&s("chacha8"), &k, &s("read"), &n, &err, &buf]);
        let (n, err) = c.read(&buf.slice_to(5));
        o.ln(&[&s("chacha8"), &k, &s("read"), &n, &err, &buf.slice_to(5), &u(c.uint64())]);
    }

    methods(o, "pcg", &rand::new(&Iface::new(Arc::new(rand::new_pcg(42, 54)))));
    methods(o, "chacha8", &rand::new(&Iface::new(Arc::new(rand::new_cha_cha8(&Array(seeds[1]))))));
    methods(o, "lcg", &rand::new(&Iface::new(Arc::new(PtrLcg(Ptr::new(lcg { state: 7 }))))));

    let p = rand::new_pcg(3, 4);
    let r = rand::new(&Iface::new(Arc::new(p.clone())));
    let a = r.uint64();
    let b = p.uint64();
    o.ln(&[&s("shared"), &u(a), &u(b), &u(r.uint64())]);
    o.f("types %T %T %T\n", &[&r, &p, &rand::new_cha_cha8(&Array(seeds[0]))]);

    let d = rand::n(time::Duration(5 * time::SECOND.0));
    o.ln(&[&s("N duration"), &(d >= time::Duration(0) && d < time::Duration(5 * time::SECOND.0))]);

    let panics: [Box<dyn Fn()>; 9] = [
        Box::new(|| {
            r.int_n(0);
        }),
        Box::new(|| {
            r.int32_n(-1);
        }),
        Box::new(|| {
            r.int64_n(0);
        }),
        Box::new(|| {
            r.uint32_n(0);
        }),
        Box::new(|| {
            r.uint64_n(0);
        }),
        Box::new(|| {
            r.uint_n(0);
        }),
        Box::new(|| r.shuffle(-1, |_, _| {})),
        Box::new(|| {
            rand::n(time::Duration(0));
        }),
        Box::new(|| {
            r.perm(-1);
        }),
    ];
    for f in panics {
        o.ln(&[&s("panic"), &recovered(f)]);
    }
}

#[test]
fn std_rand_v2_golden() {
    let mut o = Out::default();
    cases(&mut o);
    check("std_rand_v2_cases", &o);
}
