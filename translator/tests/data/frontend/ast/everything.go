package main

import (
	"fmt"
	s "strings"
)

const (
	A = iota * 10
	B
	C, D = "x", 'y'
)

type Pair[K comparable, V any] struct {
	Key K
	Val V `json:"v"`
	*Embedded
	fmt.Stringer
}

type Num interface {
	~int | ~float64
	String() string
}

func (p *Pair[K, V]) Get() (k K, v V) { return p.Key, p.Val }

func main() {
	ch := make(chan<- int, 3)
	x := []struct{ a, b int }{{1, 2}, {a: 3}}
	m := map[string][]int{"a": {1}}
	for i, v := range x {
		_ = i + v.a
	}
	select {
	case v, ok := <-ch2:
		fmt.Println(v, ok)
	case ch <- 1:
	default:
	}
	switch t := y.(type) {
	case int, string:
		fallthrough
	}
	f := func(xs ...int) int { return len(xs) }
	f(x...)
	a := arr[1:2:3]
	_ = 0x1p-2 + 1_000 + 0o17 + 3i
	_ = "\xff\u00e9" + `raw`
	go func() { ch <- 1 }()
	defer fmt.Println("x")
L:
	for {
		break L
	}
	goto L
	_ = []byte("x")
	_ = Map[int, string]{}
}
