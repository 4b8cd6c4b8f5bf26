package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Ordered interface {
	cmp.Ordered
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func MaxOf[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}

func SumMap[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return make(Set[T]) }

type Celsius float64

type Stringish interface{ ~string }

func Join[S Stringish](xs []S, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = string(x)
	}
	return strings.Join(parts, sep)
}

type Name string

func main() {
	var l List[string]
	l.Push("a")
	l.Push("b")
	for i, v := range l.All() {
		fmt.Println(i, v)
	}
	total := Reduce([]int{1, 2, 3}, 0.5, func(a float64, x int) float64 { return a + float64(x) })
	evens := Filter([]int{1, 2, 3, 4}, func(x int) bool { return x%2 == 0 })
	fmt.Println(total, evens, MaxOf(3, 9, 2), MaxOf("a", "z"), MaxOf[float64](1, 2.5))
	temps := map[string]Celsius{"a": 1.5, "b": 2}
	fmt.Println(SumMap(temps))
	s := NewSet[int]()
	s.Add(3)
	fmt.Println(s.Has(3), s.Has(4), len(s))
	keys := slices.Collect(maps.Keys(temps))
	sort.Strings(keys)
	fmt.Println(keys, Join([]Name{"x", "y"}, "-"), slices.Index(keys, "b"))
	idx, found := slices.BinarySearch(keys, "b")
	fmt.Println(idx, found, cmp.Compare(1, 2), slices.Max([]float64{1, 3}))
	pairs := slices.SortedFunc(maps.Keys(temps), func(a, b string) int { return cmp.Compare(b, a) })
	fmt.Println(pairs)
}

// Generics that Go accepts: no diagnostics.
// want type total#2 => float64
// want type evens#2 => []int
// want type MaxOf("a", "z") => string
// want type SumMap(temps) => main.Celsius
// want type s.Has(3) => bool
// want type l.All() => iter.Seq2[int,string]
// want range l.All() => Func(2)
// want type v#10 => string
// want type slices.Collect(maps.Keys(temps)) => []string
// want type Join([]Name{"x", "y"}, "-") => string
// want type idx#2 => int
// want type NewSet[int]() => main.Set[int]
// want type MaxOf[float64](1, 2.5) => float64
