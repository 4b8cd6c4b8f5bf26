// Golden program for gort's math/rand/v2 sources: PCG (DXSM) and ChaCha8 streams for several
// seeds (across ChaCha8's refill and reseed boundaries), Seed, ChaCha8.Read, every *Rand
// method over PCG, ChaCha8 and a user-defined Source, the ziggurat distributions' slow paths
// (long sums), rand.N over a Duration, and the panics for invalid arguments.
// runtime/tests/std_rand_v2_golden.rs computes the same lines with gort.
package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// lcg is a user-defined Source: Knuth's MMIX linear congruential generator.
type lcg struct{ state uint64 }

func (l *lcg) Uint64() uint64 {
	l.state = l.state*6364136223846793005 + 1442695040888963407
	return l.state
}

func methods(name string, r *rand.Rand) {
	fmt.Println(name, "ints", r.Int(), r.IntN(10), r.IntN(1000000007), r.IntN(1<<40), r.Int32(), r.Int32N(7), r.Int32N(1<<30+1))
	fmt.Println(name, "int64", r.Int64(), r.Int64N(1<<62+3), r.Int64N(1), r.Int64N(1<<63-1))
	fmt.Println(name, "uints", r.Uint32(), r.Uint32N(1000), r.Uint32N(1<<31+5), r.Uint64(), r.Uint64N(1<<63+9), r.Uint64N(1<<20), r.UintN(12345), r.UintN(1<<64-1))
	fmt.Println(name, "floats", r.Float32(), r.Float64(), r.Float64())
	fmt.Println(name, "perm", r.Perm(0), r.Perm(1), r.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(name, "shuffle", s)
	fmt.Println(name, "norm", r.NormFloat64(), r.NormFloat64(), r.NormFloat64())
	fmt.Println(name, "exp", r.ExpFloat64(), r.ExpFloat64(), r.ExpFloat64())
	var ns, es float64
	for range 20000 {
		ns += r.NormFloat64()
		es += r.ExpFloat64()
	}
	fmt.Println(name, "sums", ns, es)
	var bits uint64
	for range 1000 {
		bits ^= uint64(r.IntN(1<<62 + 12345))
	}
	fmt.Println(name, "xor", bits)
}

func catch(f func()) (msg any) {
	defer func() { msg = recover() }()
	f()
	return nil
}

func main() {
	for _, s := range [][2]uint64{{0, 0}, {1, 2}, {^uint64(0), 12345}, {0x9e3779b97f4a7c15, 0xbf58476d1ce4e5b9}} {
		p := rand.NewPCG(s[0], s[1])
		fmt.Println("pcg", s[0], s[1], p.Uint64(), p.Uint64(), p.Uint64(), p.Uint64())
		p.Seed(s[1], s[0])
		fmt.Println("pcg reseed", p.Uint64(), p.Uint64())
	}
	var zero rand.PCG
	fmt.Println("pcg zero", zero.Uint64(), zero.Uint64())

	var seeds [3][32]byte
	copy(seeds[1][:], "chacha8randchacha8randchacha8ran")
	for i := range seeds[2] {
		seeds[2][i] = byte(i * 7)
	}
	for k, seed := range seeds {
		c := rand.NewChaCha8(seed)
		var xor uint64
		for i := range 1000 {
			v := c.Uint64()
			xor ^= v
			// Around the first refill (index 32), the reseed block (index 4*32-4) and later.
			switch i {
			case 0, 1, 30, 31, 32, 33, 123, 124, 125, 126, 127, 248, 249, 250, 999:
				fmt.Println("chacha8", k, i, v)
			}
		}
		fmt.Println("chacha8", k, "xor", xor)
		c.Seed(seed)
		fmt.Println("chacha8", k, "reseed", c.Uint64())
		buf := make([]byte, 13)
		n, err := c.Read(buf)
		fmt.Println("chacha8", k, "read", n, err, buf)
		n, err = c.Read(buf[:5])
		fmt.Println("chacha8", k, "read", n, err, buf[:5], c.Uint64())
	}

	methods("pcg", rand.New(rand.NewPCG(42, 54)))
	methods("chacha8", rand.New(rand.NewChaCha8(seeds[1])))
	methods("lcg", rand.New(&lcg{state: 7}))

	p := rand.NewPCG(3, 4)
	r := rand.New(p)
	a := r.Uint64()
	b := p.Uint64()
	fmt.Println("shared", a, b, r.Uint64())
	fmt.Printf("types %T %T %T\n", r, p, rand.NewChaCha8(seeds[0]))

	d := rand.N(5 * time.Second)
	fmt.Println("N duration", d >= 0 && d < 5*time.Second)

	fmt.Println("panic", catch(func() { r.IntN(0) }))
	fmt.Println("panic", catch(func() { r.Int32N(-1) }))
	fmt.Println("panic", catch(func() { r.Int64N(0) }))
	fmt.Println("panic", catch(func() { r.Uint32N(0) }))
	fmt.Println("panic", catch(func() { r.Uint64N(0) }))
	fmt.Println("panic", catch(func() { r.UintN(0) }))
	fmt.Println("panic", catch(func() { r.Shuffle(-1, func(i, j int) {}) }))
	fmt.Println("panic", catch(func() { rand.N(time.Duration(0)) }))
	fmt.Println("panic", catch(func() { r.Perm(-1) }))
}
