// Golden program for gort's collection std mirrors: slices (editing with Go's aliasing and
// capacities, Go's unstable sort order for ties, iterators), sort (Interface, Slice, Reverse,
// the typed slices, searches), maps, errors.As, log.Logger, os files and environment.
// runtime/tests/std_coll_golden.rs computes the same lines with gort.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"log"
	"maps"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("myErr ", e.code) }
func (e *myErr) Code() int     { return e.code }

type coder interface{ Code() int }

func people(n int) []person {
	ps := make([]person, n)
	for i := range ps {
		ps[i] = person{fmt.Sprintf("p%02d", i), (i * 7) % 5}
	}
	return ps
}

func names(ps []person) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.name[1:])
		b.WriteByte(' ')
	}
	return b.String()
}

func main() {
	// slices: editing
	s := make([]int, 5, 8)
	for i := range s {
		s[i] = i + 1
	}
	a := slices.Insert(s, 2, 10, 11)
	fmt.Println("insert", a, len(a), cap(a), s)
	b := slices.Insert(s, 1, 20, 21, 22, 23)
	fmt.Println("insert grow", b, len(b), cap(b), s)
	c := slices.Insert(s, 5, 30)
	fmt.Println("insert end", c, len(c), cap(c), s[:6])
	d := slices.Delete(slices.Clone(a), 1, 3)
	fmt.Println("delete", d, len(d), cap(d))
	a2 := []int{1, 2, 3, 4, 5, 6}
	d2 := slices.Delete(a2, 1, 3)
	fmt.Println("delete zero", d2, a2)
	a3 := []int{1, 2, 3, 4, 5, 6, 7}
	d3 := slices.DeleteFunc(a3, func(x int) bool { return x%3 == 0 })
	fmt.Println("deletefunc", d3, a3, len(d3), cap(d3))
	a4 := []float64{1, 1, 2, math.NaN(), math.NaN(), 3, 3, 3}
	c4 := slices.Compact(a4)
	fmt.Println("compact", c4, len(c4), a4)
	a5 := []int{0, 1, 2, 3, 4, 5}
	r1 := slices.Replace(a5, 1, 4, 9)
	fmt.Println("replace shrink", r1, a5)
	a6 := make([]int, 6, 10)
	r2 := slices.Replace(a6, 1, 2, 7, 8, 9)
	fmt.Println("replace grow inplace", r2, len(r2), cap(r2), a6)
	a7 := []int{0, 1, 2, 3}
	r3 := slices.Replace(a7, 1, 2, 5, 6, 7, 8)
	fmt.Println("replace realloc", r3, len(r3), cap(r3), a7)
	r4 := slices.Replace([]int{1, 2, 3}, 1, 3, 4)
	fmt.Println("replace end", r4)
	g := slices.Grow([]int{1, 2}, 10)
	var nilInts []int
	fmt.Println("grow", g, len(g), cap(g), slices.Grow(nilInts, 0) == nil, cap(slices.Grow(nilInts, 3)))
	cl := slices.Clip(s[:2])
	fmt.Println("clip", cl, len(cl), cap(cl))
	cn := slices.Clone(s)
	fmt.Println("clone", cn, cap(cn), slices.Clone(nilInts) == nil, slices.Clone([]int{}) == nil)
	cc := slices.Concat([]int{1}, nil, []int{2, 3}, []int{})
	fmt.Println("concat", cc, len(cc), cap(cc), slices.Concat[[]int]() == nil, slices.Concat(nilInts, []int{}) == nil)
	rp := slices.Repeat([]string{"a", "b"}, 3)
	fmt.Println("repeat", rp, len(rp), cap(rp), slices.Repeat([]int{}, 2) == nil)
	func() {
		defer func() { fmt.Println("delete panic:", recover()) }()
		slices.Delete([]int{1, 2, 3}, 2, 5)
	}()
	func() {
		defer func() { fmt.Println("insert panic:", recover()) }()
		slices.Insert([]int{1, 2, 3}, 4, 9)
	}()
	func() {
		defer func() { fmt.Println("grow panic:", recover()) }()
		slices.Grow([]int{}, -1)
	}()
	func() {
		defer func() { fmt.Println("max panic:", recover()) }()
		slices.Max([]int{})
	}()
	func() {
		defer func() { fmt.Println("chunk panic:", recover()) }()
		slices.Chunk([]int{1}, 0)
	}()

	// slices: sorting (ties land where Go's pdqsort puts them)
	for _, n := range []int{5, 13, 40, 100} {
		ps := people(n)
		slices.SortFunc(ps, func(a, b person) int { return cmp.Compare(a.age, b.age) })
		fmt.Println("sortfunc", n, names(ps))
		ps = people(n)
		slices.SortStableFunc(ps, func(a, b person) int { return cmp.Compare(a.age, b.age) })
		fmt.Println("stable", n, names(ps))
		ps = people(n)
		sort.Sort(byAge(ps))
		fmt.Println("sort.Sort", n, names(ps), sort.IsSorted(byAge(ps)))
		ps = people(n)
		sort.Stable(byAge(ps))
		fmt.Println("sort.Stable", n, names(ps))
		ps = people(n)
		sort.Slice(ps, func(i, j int) bool { return ps[i].age < ps[j].age })
		fmt.Println("sort.Slice", n, names(ps), sort.SliceIsSorted(ps, func(i, j int) bool { return ps[i].age < ps[j].age }))
		ps = people(n)
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].age > ps[j].age })
		fmt.Println("sort.SliceStable", n, names(ps))
	}
	desc := make([]int, 60)
	for i := range desc {
		desc[i] = (i*37)%60 - (i % 3)
	}
	slices.Sort(desc)
	fl := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.Copysign(0, -1), math.NaN(), -math.MaxFloat64}
	slices.Sort(fl)
	st := []string{"pear", "", "apple", "Apple", "äpfel", "fig"}
	slices.Sort(st)
	fmt.Println("sort", desc[:10], fl, st, slices.IsSorted(desc), slices.IsSorted([]int{2, 1}))
	ix, found := slices.BinarySearch(desc, 7)
	ix2, found2 := slices.BinarySearch(desc, 1000)
	ix3, found3 := slices.BinarySearch(fl, math.NaN())
	sorted := people(20)
	slices.SortStableFunc(sorted, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	ix4, found4 := slices.BinarySearchFunc(sorted, 3, func(p person, age int) int { return cmp.Compare(p.age, age) })
	fmt.Println("search", ix, found, ix2, found2, ix3, found3, ix4, found4)
	ps := people(12)
	oldest := slices.MaxFunc(ps, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	youngest := slices.MinFunc(ps, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println("minmax", slices.Max([]float64{1, math.NaN(), 3}), slices.Min([]float64{1, 3, -2}), slices.Max([]string{"b", "c", "a"}), oldest, youngest)
	fmt.Println("find", slices.Index(st, "fig"), slices.Index(st, "kiwi"), slices.Contains(fl, math.NaN()), slices.IndexFunc(ps, func(p person) bool { return p.age == 4 }),
		slices.ContainsFunc(ps, func(p person) bool { return p.age > 4 }), slices.Equal([]float64{math.NaN()}, []float64{math.NaN()}), slices.Equal([]int{}, nil),
		slices.Compare([]int{1, 2}, []int{1, 2, 3}), slices.Compare([]int{1, 3}, []int{1, 2, 3}), slices.Compare([]string{"a"}, []string{"a"}),
		slices.IsSortedFunc(sorted, func(a, b person) int { return cmp.Compare(a.age, b.age) }))
	rv := []int{1, 2, 3, 4, 5}
	slices.Reverse(rv)
	fmt.Println("reverse", rv)

	// slices and maps: iterators
	for i, v := range slices.All([]string{"a", "b", "c"}) {
		fmt.Print("all ", i, v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		if i == 0 {
			break
		}
		fmt.Print("back ", i, v, " ")
	}
	fmt.Println()
	for ch := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print("chunk ", ch, len(ch), cap(ch), " ")
	}
	fmt.Println()
	col := slices.Collect(slices.Values([]int{3, 1, 2}))
	var emptyCol []int = slices.Collect(slices.Values([]int{}))
	// cap(app) is left out: Go grows this one in a stack buffer and moves it to the heap at
	// exactly its length on return (escape analysis); gort follows the heap policy.
	app := slices.AppendSeq([]int{9}, slices.Values([]int{8, 7}))
	fmt.Println("collect", col, len(col), cap(col), emptyCol == nil, app)
	m := map[string]int{"b": 2, "a": 1, "c": 3, "d": 4}
	keys := slices.Sorted(maps.Keys(m))
	vals := slices.Sorted(maps.Values(m))
	byLen := slices.SortedFunc(maps.Keys(m), func(x, y string) int { return -strings.Compare(x, y) })
	fmt.Println("maps", keys, vals, byLen, len(maps.Collect(maps.All(m))), maps.Equal(m, maps.Collect(maps.All(m))))
	m2 := maps.Clone(m)
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 0 })
	m3 := map[string]int{"z": 26}
	maps.Copy(m3, m2)
	var nilMap map[string]int
	fmt.Println("maps2", m2, m3, maps.Equal(m, m2), maps.Clone(nilMap) == nil, len(m))
	n := 0
	for k, v := range maps.All(m) {
		n += v
		_ = k
		if n > 100 {
			break
		}
	}
	fmt.Println("maps3", n)

	// sort: typed slices, Reverse, searches
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println("reverse", xs, sort.IsSorted(sort.Reverse(sort.IntSlice(xs))), sort.IntsAreSorted(xs))
	is := sort.IntSlice{3, 1, 2}
	is.Sort()
	ss := sort.StringSlice{"b", "c", "a"}
	ss.Sort()
	fs := sort.Float64Slice{2.5, math.NaN(), -1}
	fs.Sort()
	fmt.Println("typed", is, is.Len(), is.Less(0, 1), is.Search(2), ss, ss.Search("bb"), fs, fs.Search(2.5), fs.Less(0, 1))
	is.Swap(0, 2)
	fmt.Println("typed swap", is)
	fl2 := []float64{2, 1, math.NaN()}
	sort.Float64s(fl2)
	st2 := []string{"b", "a"}
	sort.Strings(st2)
	it2 := []int{3, 1}
	sort.Ints(it2)
	fmt.Println("sorts", fl2, sort.Float64sAreSorted(fl2), st2, sort.StringsAreSorted(st2), it2)
	fmt.Println("searches", sort.SearchInts([]int{1, 3, 5}, 4), sort.SearchStrings([]string{"a", "c"}, "b"), sort.SearchFloat64s([]float64{1.5, 2.5}, 2.5),
		sort.Search(100, func(i int) bool { return i*i >= 50 }))
	fi, ff := sort.Find(10, func(i int) int { return cmp.Compare(6, i) })
	fi2, ff2 := sort.Find(10, func(i int) int { return cmp.Compare(60, i) })
	fmt.Println("find", fi, ff, fi2, ff2)
	func() {
		defer func() { fmt.Println("sort.Slice panic:", recover()) }()
		sort.Slice(42, func(i, j int) bool { return false })
	}()

	// errors
	var err error = fmt.Errorf("wrap: %w", &myErr{7})
	var me *myErr
	var cd coder
	var anyT any
	fmt.Println("as", errors.As(err, &me), me.code, errors.As(err, &cd), cd.Code(), errors.As(err, &anyT), anyT)
	var me2 *myErr
	fmt.Println("as miss", errors.As(errors.New("x"), &me2), me2 == nil, errors.As(nil, &me2))
	j := errors.Join(errors.New("a"), &myErr{9})
	var me3 *myErr
	fmt.Println("as join", errors.As(j, &me3), me3.code, errors.Unwrap(j) == nil, errors.ErrUnsupported)
	func() {
		defer func() { fmt.Println("as panic:", recover()) }()
		errors.As(err, nil)
	}()
	func() {
		defer func() { fmt.Println("as panic:", recover()) }()
		var notPtr myErr
		errors.As(err, notPtr)
	}()

	// log
	var buf strings.Builder
	l := log.New(&buf, "pre: ", 0)
	l.Println("a", 1)
	l.Printf("%d|%s", 2, "x")
	l.Print("no newline")
	l.SetPrefix("[p] ")
	l.SetFlags(log.Lmsgprefix)
	l.Print("msgprefix\n")
	fmt.Printf("log %q %q %d\n", buf.String(), l.Prefix(), l.Flags())
	func() {
		defer func() { fmt.Println("log panic:", recover()) }()
		l.Panicf("bad %d", 3)
	}()
	fmt.Printf("log %q %d %q\n", buf.String()[len(buf.String())-15:], log.Default().Flags(), log.Default().Prefix())

	// os
	_, err = os.ReadFile("/nonexistent/dir/file")
	fmt.Println("readfile", err)
	_, err = os.ReadFile("/")
	fmt.Println("readdir", err)
	path := "/tmp/gort_std_coll_cases.txt"
	err = os.WriteFile(path, []byte("hello\nfile"), 0o644)
	data, err2 := os.ReadFile(path)
	fmt.Printf("writefile %v %v %q %d %d\n", err, err2, data, len(data), cap(data))
	err = os.WriteFile("/nonexistent/dir/file", nil, 0o644)
	fmt.Println("writefile err", err)
	os.Setenv("GORT_STD_TEST", "v1")
	v, ok := os.LookupEnv("GORT_STD_TEST")
	v2, ok2 := os.LookupEnv("GORT_STD_TEST_UNSET")
	fmt.Println("env", os.Getenv("GORT_STD_TEST"), v, ok, v2 == "", ok2, os.Setenv("", "x"), os.Getpid() > 0, len(os.Args) > 0)
	h, err := os.Hostname()
	fmt.Println("os", h != "", err, os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name(), os.Stdout == os.Stdout)
}
