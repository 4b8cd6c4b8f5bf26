package main

import (
	"fmt"
	"math"
)

var cur int
var G [][]int

func touch(g [][]int) { g[0] = nil }

type M struct {
	data [][]int
	n    int
}

func main() {
	a := [][]int{{1, 2}, {3, 4}}
	b := a
	f := [][]float64{{1}}
	i, j, n := 1, 0, 2
	s := 0
	// Invariant: read and written through, with pure builtins and math.
	for k := 0; k < n; k++ {
		s += a[i][k] + len(a[j]) // want hoist a[i] => row
		a[i-1][k] = min(s, 3)    // want hoist a[i-1] => row
		f[j][0] = math.Sqrt(f[j][0]) // want hoist f[j] => row
	}
	// want hoist a[j] => row
	// The index changes in the loop: every row read is kept.
	for k := 0; k < n; k++ {
		s += a[k][0] // want hoist a[k] => table
	}
	// A row replaced through an alias.
	for k := 0; k < n; k++ {
		s += a[i+1][k] // want hoist a[i+1] => false
		b[0] = nil
	}
	// A call of a user function.
	for k := 0; k < n; k++ {
		s += a[i*2][k] // want hoist a[i*2] => false
		touch(a)
	}
	// A channel operation.
	ch := make(chan int, 1)
	for k := 0; k < n; k++ {
		s += a[i&1][k] // want hoist a[i&1] => false
		ch <- k
	}
	// An index variable written through a pointer.
	m := 0
	p := &m
	for k := 0; k < n; k++ {
		s += a[m|0][k] // want hoist a[m|0] => table
		*p = 0
	}
	// A package variable as the index; the package slice itself may be kept.
	for k := 0; k < n; k++ {
		s += a[cur][k] + G[1][k] // want hoist a[cur] => table
	}
	// want hoist G[1] => row
	// Declared inside the loop: a new variable per iteration; the inner loop keeps its row,
	// the outer one keeps the other rows it reads.
	for k := 0; k < n; k++ {
		r := k % 2
		for c := 0; c < n; c++ {
			s += a[r][c] // want hoist a[r] => row
		}
		s += a[r^1][0] // want hoist a[r^1] => table
	}
	// A func literal in the loop.
	for k := 0; k < n; k++ {
		s += a[i-i][k] // want hoist a[i-i] => false
		_ = func() int { return 1 }
	}
	// The outer slice reassigned.
	for k := 0; k < n; k++ {
		s += b[1][k] // want hoist b[1] => false
		b = a
	}
	// Appends of rows may write into the outer array.
	for k := 0; k < n; k++ {
		s += a[0][k] // want hoist a[0] => false
		b = append(b[:0], nil)
	}
	// Division in the index panics at the first evaluation only.
	for k := 0; k < n; k++ {
		s += a[n/(i+1)][k] + a[(i+n)%n][k] // want hoist a[n/(i+1)] => row
	}
	// want hoist a[(i+n)%n] => row
	// Field chains from a variable.
	mm := &M{data: a, n: 2}
	for k := 0; k < mm.n; k++ {
		s += mm.data[1][k] // want hoist mm.data[1] => row
		mm.n = 2
	}
	for k := 0; k < n; k++ {
		s += mm.data[0][k] // want hoist mm.data[0] => false
		mm.data = b
	}
	for k := 0; k < n; k++ {
		s += mm.data[k][0] + mm.data[n/(k+1)][1] // want hoist mm.data[k] => table
	}
	// want hoist mm.data[n/(k+1)] => false
	fmt.Println(s, a, b, f)
}
