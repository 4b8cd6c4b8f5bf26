package main

import (
	"fmt"
	"os"
)

type T struct{ a int }

func (t *T) M() {}

type I interface{ M() }

func two() (int, int) { return 1, 2 }

func noret() int {
	fmt.Println()
}

func main() {
	var x int = "s"
	var y int8 = 300
	z := undefinedName
	var s string
	s = 1 + s
	a, b := two(), 1
	var i I = T{}
	const big = 1 << 70
	var n int = big
	fmt.Println(x / 0)
	unused := 3
	T{}.M()
	var u uint = -1
	len("x")
	for {
		break
	}
	continue
	fmt.Println(y, z, s, a, b, i, n, u, q.r)
	// want diag G0302 @ 21:14
	// want diag G0306 @ 22:15
	// want diag G0201 @ 23:7
	// want diag G0302 @ 25:6
	// want diag G0303 @ 26:10
	// want diag G0302 @ 27:12
	// want diag G0306 @ 29:14
	// want diag G0307 @ 30:18
	// want diag G0203 @ 31:2
	// want diag G0305 @ 32:6
	// want diag G0306 @ 33:15
	// want diag G0209 @ 34:2
	// want diag G0206 @ 38:2
	// want diag G0201 @ 39:38
	// want diag G0207 @ 18:1
	// want diag G0204 @ 5:2
}
