package main

import (
	"fmt"
	"maps"
	"slices"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	fmt.Println(Sum([]int{1, 2}), Sum([]float64{1.5}))
	strs := Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i) })
	var st Stack[string]
	st.Push("a")
	v, ok := st.Pop()
	pr := Pair[string, int]{"a", 1}
	m := map[string]int{"b": 2, "a": 1}
	keys := slices.Sorted(maps.Keys(m))
	slices.Sort(keys)
	fmt.Println(strs, v, ok, pr.Key, pr.Val, keys, Sum[int](nil))
	// want type Sum([]int{1, 2}) => int
	// want type Sum([]float64{1.5}) => float64
	// want type strs#2 => []string
	// want type v#4 => string
	// want type st.Pop() => (string, bool)
	// want type pr.Val => int
	// want type keys#3 => []string
	// want type maps.Keys(m) => iter.Seq[string]
	// want type Sum[int](nil) => int
	// want call Sum([]int{1, 2}) => func
	// want call st.Push("a") => method
}
