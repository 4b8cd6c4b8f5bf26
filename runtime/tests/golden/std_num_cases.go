// Golden program for gort's numeric std mirrors: every math function over a table of inputs
// (printed in full precision and as bits), math/rand's seeded sequences, cmp, and the
// builtin min/max. runtime/tests/std_num_golden.rs computes the same lines with gort.
package main

import (
	"cmp"
	"fmt"
	"math"
	"math/rand"
	randv2 "math/rand/v2"
)

var inputs = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 0.7071067811865476, 2, 3, 10, -7.25, 0.1, 1e-10, -1e-10,
	1e-300, 5e-324, 2.2250738585072014e-308, 1e10, 1e22, 1e300, -1e300, 123456.789, 0.999999, 1.000001,
	30, 100, 700, 709.5, 710, -700, -745.2, -746, 33.5, -33.5, 171.5, -0.25, 4.5, -2.5, 1 << 29, 1<<29 + 0.5,
	3.141592653589793, 1.5707963267948966, 2.356194490192345, 88.5, 1e-5, 0.6, 0.625, 21.5, 44, 2e28, 5e-9,
	math.Inf(1), math.Inf(-1), math.NaN(),
}

func show(v float64) string {
	return fmt.Sprintf("%v/%016x", v, math.Float64bits(v))
}

func main() {
	unary := []struct {
		name string
		f    func(float64) float64
	}{
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Asin", math.Asin}, {"Acos", math.Acos},
		{"Atan", math.Atan}, {"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Asinh", math.Asinh},
		{"Acosh", math.Acosh}, {"Atanh", math.Atanh}, {"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1},
		{"Log", math.Log}, {"Log10", math.Log10}, {"Log2", math.Log2}, {"Log1p", math.Log1p}, {"Logb", math.Logb},
		{"Sqrt", math.Sqrt}, {"Cbrt", math.Cbrt}, {"Gamma", math.Gamma}, {"Floor", math.Floor}, {"Ceil", math.Ceil},
		{"Trunc", math.Trunc}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven}, {"Abs", math.Abs},
	}
	for _, u := range unary {
		for i, x := range inputs {
			fmt.Println(u.name, i, show(u.f(x)))
		}
	}
	binary := []struct {
		name string
		f    func(float64, float64) float64
	}{
		{"Pow", math.Pow}, {"Atan2", math.Atan2}, {"Hypot", math.Hypot}, {"Mod", math.Mod}, {"Remainder", math.Remainder},
		{"Dim", math.Dim}, {"Max", math.Max}, {"Min", math.Min}, {"Nextafter", math.Nextafter}, {"Copysign", math.Copysign},
	}
	pairs := [][2]float64{
		{2, 10}, {2, 0.5}, {2, -0.5}, {10, -3}, {-8, 1.0 / 3}, {-8, 3}, {0.5, 200.5}, {1.0001, 1e6}, {-2, 1e20},
		{3, 4}, {7, 3}, {-7, 3}, {7.5, -2}, {1e300, 1e-300}, {5, 0}, {0, 5}, {math.Copysign(0, -1), -3},
		{math.Copysign(0, -1), 0}, {math.Inf(-1), 3}, {math.Inf(1), -2}, {math.NaN(), 0}, {1, math.NaN()},
		{-1, math.Inf(1)}, {0.5, math.Inf(-1)}, {1e-310, 3}, {2.5, 2.5}, {-1e10, 1e-3}, {1.7, 1.8},
	}
	for _, b := range binary {
		for i, p := range pairs {
			fmt.Println(b.name, i, show(b.f(p[0], p[1])))
		}
	}
	for i, x := range inputs {
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		fmt.Println("Frexp", i, show(fr), e, "Modf", show(ip), show(fp), "Ilogb", math.Ilogb(x), "Ldexp", show(math.Ldexp(x, 3)), show(math.Ldexp(x, -1070)), show(math.Ldexp(x, 1500)))
		fmt.Println("FMA", i, show(math.FMA(x, 1.0000001, -x)), "Signbit", math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, -1))
	}
	for _, n := range []int{-400, -324, -323, -5, 0, 1, 22, 23, 308, 309} {
		fmt.Println("Pow10", n, show(math.Pow10(n)))
	}
	fmt.Println("consts", math.Pi, math.E, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println("consts2", math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64, show(math.NaN()))

	// math/rand with seeds: Go's exact sequences.
	for _, seed := range []int64{0, 1, 42, -7, 1 << 40} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println("rand", seed, r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int(), r.Intn(10), r.Intn(1000000007), r.Intn(1<<40))
		fmt.Println("rand", seed, r.Int63n(1<<62+3), r.Int31n(7), r.Int31n(1<<20), r.Float64(), r.Float32(), r.Perm(7))
		fmt.Println("rand", seed, r.NormFloat64(), r.NormFloat64(), r.ExpFloat64(), r.ExpFloat64())
		s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		var sum float64
		for i := 0; i < 1000; i++ {
			sum += r.NormFloat64() + r.ExpFloat64()
		}
		fmt.Println("rand", seed, s, sum)
		r.Seed(seed + 1)
		fmt.Println("reseed", seed, r.Intn(100), r.Int63())
	}
	src := rand.NewSource(99)
	r1 := rand.New(src)
	a := r1.Int63()
	b := src.Int63()
	fmt.Println("shared", a, b, r1.Int63())
	inRange := true
	for i := 0; i < 2000; i++ {
		if v := rand.Intn(7); v < 0 || v >= 7 {
			inRange = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			inRange = false
		}
		if v := randv2.IntN(5); v < 0 || v >= 5 {
			inRange = false
		}
		if v := randv2.N(int8(3)); v < 0 || v >= 3 {
			inRange = false
		}
		if v := randv2.UintN(9); v >= 9 {
			inRange = false
		}
		if f := randv2.Float64(); f < 0 || f >= 1 {
			inRange = false
		}
		if v := randv2.Int32N(4); v < 0 || v >= 4 {
			inRange = false
		}
		if v := randv2.Int64N(1 << 50); v < 0 || v >= 1<<50 {
			inRange = false
		}
	}
	fmt.Println("ranges", inRange, len(rand.Perm(5)), len(randv2.Perm(6)))

	// cmp and the builtin min/max.
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	fmt.Println("cmp", cmp.Compare(1, 2), cmp.Compare(2, 1), cmp.Compare("a", "a"), cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan), cmp.Compare(negz, 0.0))
	fmt.Println("less", cmp.Less(nan, 1.0), cmp.Less(1.0, nan), cmp.Less(nan, nan), cmp.Less("a", "b"), cmp.Less(negz, 0.0))
	fmt.Println("or", cmp.Or(0, 0, 3, 4), cmp.Or("", "x"), cmp.Or(0.0, negz), cmp.Or(negz, nan, 2.0), cmp.Or[int]())
	fmt.Println("minmax", min(1.0, nan), max(nan, 1.0), min(negz, 0.0), max(negz, 0.0), min(0.0, negz), max(0.0, negz), min("b", "a"), max("b", "ab"), min(3, 1), max(int8(-3), 5))
	fmt.Println("minmax bits", math.Float64bits(min(negz, 0.0)), math.Float64bits(max(negz, 0.0)), math.Float64bits(min(0.0, negz)), math.Float64bits(max(0.0, negz)))
}
