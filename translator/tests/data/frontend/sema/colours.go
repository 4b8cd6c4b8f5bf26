package main

import (
	"fmt"
	"sort"
	"strings"
)

type Worker interface {
	Work(n int) int
}

type Fast struct{}

func (Fast) Work(n int) int { return n * 2 }

type Slow struct{ ch chan int }

func (s Slow) Work(n int) int {
	s.ch <- n
	return <-s.ch
}

type Pure interface {
	Calc(n int) int
}

type Adder struct{}

func (Adder) Calc(n int) int { return n + 1 }

func run(w Worker, p Pure) int {
	return w.Work(1) + p.Calc(2)
}

func applyAll(fs []func(int) int, x int) int {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func pureApply(g func(string) string, s string) string { return g(s) }

func main() {
	ch := make(chan int, 1)
	fmt.Println(run(Fast{}, Adder{}), run(Slow{ch}, Adder{}))
	blocking := func(x int) int {
		ch <- x
		return <-ch
	}
	fmt.Println(applyAll([]func(int) int{blocking, func(x int) int { return x }}, 1))
	fmt.Println(pureApply(strings.ToUpper, "a"))
	xs := []int{3, 1}
	sort.Slice(xs, func(i, j int) bool {
		ch <- 1
		return xs[i] < xs[j]
	})
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "abc"))
	// want async Fast.Work => true
	// want async Slow.Work => true
	// want async Adder.Calc => false
	// want async run => true
	// want async applyAll => true
	// want async pureApply => false
	// want async lit@52 => false
	// want await w.Work(1) => true
	// want await p.Calc(2) => false
	// want await f(x) => true
	// want await g(s) => false
	// want diag G0108 @ 55:17
}
