package main

type Num interface{ ~int | ~float64 }

func Max[T Num](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type List[T any] struct{ next *List[T]; v T }

func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }

func main() {
	_ = Max("a", "b")
	_ = Max(1, 2.5)
	var l *List[string]
	l = l.Push(3)
	_ = Max[int, int](1, 2)
	var x List
	_ = x
}
