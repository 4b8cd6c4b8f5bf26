// Golden program for gort's value model and std mirrors: slice growth and aliasing, strings,
// strconv results and errors, maps, integer semantics, errors. runtime/tests/value_golden.rs
// computes the same lines with gort and compares against the recorded output.
package main

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

type triple struct{ a, b, c int64 }

type MyErr struct{ Op string }

func (e *MyErr) Error() string { return "myerr " + e.Op }

func main() {
	// 1. append growth (the slices escape: they are printed).
	var a []int
	var b []byte
	var s []string
	var t []triple
	for i := 0; i < 40; i++ {
		a = append(a, i)
		b = append(b, byte(i))
		s = append(s, "x")
		t = append(t, triple{})
		fmt.Println("grow", i, cap(a), cap(b), cap(s), cap(t))
	}
	fmt.Println(a[:3], b[:3], s[:3], t[:1])
	big := make([]int, 300)
	for i := 0; i < 5; i++ {
		big = append(big, i)
		fmt.Println("grow-big", len(big), cap(big))
	}
	m5 := append([]int{}, 1, 2, 3, 4, 5)
	fmt.Println("multi", len(m5), cap(m5), m5)
	m7 := append([]int{1, 2}, 3, 4, 5, 6, 7)
	fmt.Println("multi2", len(m7), cap(m7), m7)
	bs := append([]byte("hi"), " there, world"...)
	fmt.Println("bytes", len(bs), cap(bs), string(bs))
	// 2. aliasing
	base := []int{1, 2, 3, 4, 5}
	sub := base[1:3]
	fmt.Println("sub", sub, len(sub), cap(sub))
	sub = append(sub, 99)
	fmt.Println("alias", base, sub)
	sub3 := base[1:3:3]
	sub3 = append(sub3, 77)
	fmt.Println("alias3", base, sub3, cap(sub3))
	n := copy(base[1:], base)
	fmt.Println("copy", n, base)
	var nilS []int
	fmt.Println("nil", nilS == nil, len(nilS), cap(nilS), nilS, nilS[:0] == nil, []int{} == nil)
	fmt.Println("conv", cap([]byte("hello")), cap([]rune("héllo")), len([]rune("héllo")), string([]rune{104, 233}))
	// 3. strings
	parts := strings.Split("a,b,,c", ",")
	fmt.Printf("split %q %d %d\n", parts, len(parts), cap(parts))
	fmt.Printf("splitn %q %q %q\n", strings.SplitN("a,b,c", ",", 2), strings.Split("abc", ""), strings.SplitAfter("a,b", ","))
	fmt.Printf("fields %q\n", strings.Fields("  foo bar\t baz \n"))
	fmt.Println("join", strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
	fmt.Println("replace", strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"), strings.Replace("abc", "", "-", -1))
	fmt.Println("case", strings.ToUpper("héllo wörld"), strings.ToLower("HÉLLO"), strings.Title("hello go-lang world"))
	fmt.Printf("trim %q %q %q %q %q\n", strings.TrimSpace("  \t hi \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabcaa", "a"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println("index", strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.LastIndex("go gopher", "go"), strings.IndexRune("chicken", 'k'), strings.IndexByte("golang", 'l'), strings.IndexAny("golang", "xyzn"))
	fmt.Println("has", strings.Contains("seafood", "foo"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.Count("cheese", "e"), strings.Count("five", ""), strings.EqualFold("Go", "GO"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println("cut", before, after, found)
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println("builder", sb.String(), sb.Len())
	for i, r := range "aé\xffz" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	str := "héllo"
	fmt.Println("str", len(str), str[1], str[1:3], str[:2]+"!", str > "hello")
	// 4. strconv
	for _, in := range []string{"42", "-12", "+5", "x", "", " 1", "99999999999999999999", "-9223372036854775808", "0x1f"} {
		v, err := strconv.Atoi(in)
		fmt.Println("atoi", v, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0x1f", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1_000", 10, 64}, {"300", 10, 8}, {"-129", 10, 8}, {"z", 36, 64}, {"1", 1, 64}, {"1", 10, 65}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println("parseint", v, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println("parseuint", u, err)
	for _, in := range []string{"3.14", "1e400", "-1e400", "abc", "0x1p-2", "inf", "-Infinity", "NaN", "1_000.5", ".5", "5.", "1e", "1e-400", "+.5e1"} {
		f, err := strconv.ParseFloat(in, 64)
		fmt.Println("parsefloat", f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println("parsefloat32", f32, err)
	for _, in := range []string{"true", "T", "0", "maybe"} {
		v, err := strconv.ParseBool(in)
		fmt.Println("parsebool", v, err)
	}
	fmt.Println("format", strconv.Itoa(-45), strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<63, 36), strconv.Quote("hi\n\"x\"é\x01"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'))
	fmt.Println("ftoa", strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000001234, 'e', 3, 64), strconv.FormatFloat(123.456, 'g', 4, 64), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(1.0/3, 'f', -1, 32))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println("unquote", uq, err)
	uq, err = strconv.Unquote(`'ab'`)
	fmt.Printf("unquote %q %v\n", uq, err)
	// 5. maps
	m := map[string]int{"b": 2, "a": 1}
	m["c"] = 3
	delete(m, "b")
	v, ok := m["b"]
	fmt.Println("map", len(m), v, ok, m)
	var nm map[string]int
	fmt.Println("nilmap", nm["x"], len(nm), nm == nil)
	mm := map[any]int{1: 1, "a": 2, 2.5: 3}
	fmt.Println("anymap", len(mm), mm[1], mm["a"], mm[2.5], mm[2])
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("keys", keys)
	// 6. integers and floats
	var x8 int8 = 127
	x8++
	var u8 uint8 = 0
	u8--
	mi := math.MinInt64
	neg := -1
	fmt.Println("wrap", x8, u8, mi/neg, mi%neg, -7/2, -7%2, 7/-2, 7%-2)
	sh := 70
	one := 1
	u200 := uint8(200)
	i1 := int32(1)
	m8 := -8
	fmt.Println("shift", one<<sh, m8>>sh, m8>>1, u200<<1, i1<<31, uint64(1)<<63>>sh)
	nan := math.NaN()
	inf := math.Inf(1)
	big1 := 1e300
	f1, f2, f3 := -2.7, 300.5, 3.99
	fmt.Println("f2i", int64(nan), int64(inf), int64(-inf), int64(big1), int32(big1), int64(f1), uint8(int64(f2)), int(f3), uint64(f2), uint32(f1))
	fmt.Println("math", math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Round(2.5), math.Round(-2.5), math.Trunc(-2.7), math.Abs(-3), math.Max(3, 7), math.Min(3, 7), math.Pow(2, 10), math.Mod(7, 3), math.MaxInt64, math.Inf(-1), math.Hypot(3, 4))
	// 7. errors
	base1 := errors.New("base")
	w1 := fmt.Errorf("layer1: %w", base1)
	w2 := fmt.Errorf("layer2: %w", w1)
	fmt.Println("errors", w2, errors.Is(w2, base1), errors.Is(w1, errors.New("base")), errors.Unwrap(w2) == w1, errors.Unwrap(base1) == nil)
	var me error = &MyErr{"read"}
	wm := fmt.Errorf("wrapped: %w", me)
	var target *MyErr
	fmt.Println("as", errors.As(wm, &target), target.Op, wm)
	j := errors.Join(errors.New("e1"), nil, errors.New("e2"))
	fmt.Printf("join %q %v\n", j.Error(), errors.Is(j, base1))
	multi := fmt.Errorf("%w + %w", base1, me)
	fmt.Println("multi", multi, errors.Is(multi, base1), errors.Is(multi, me))
	fmt.Println("noverb", fmt.Errorf("plain"), fmt.Errorf("%d items", 3))
	// 8. durations and sort
	fmt.Println("dur", time.Duration(0), 1500*time.Millisecond, 90*time.Minute, 1234*time.Microsecond, 5*time.Nanosecond, -2*time.Second)
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(xs)
	ys := []string{"pear", "apple", "fig"}
	sort.Slice(ys, func(i, j int) bool { return len(ys[i]) < len(ys[j]) })
	zs := []int{3, 1, 2}
	slices.Sort(zs)
	fmt.Println("sort", xs, ys, zs, slices.Contains(zs, 2), slices.Index(zs, 3), slices.Max(xs), slices.Min(xs), sort.SearchInts(xs, 8))
	slices.Reverse(zs)
	fmt.Println("reverse", zs)
}
