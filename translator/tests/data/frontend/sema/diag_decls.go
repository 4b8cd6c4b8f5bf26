package main

import "fmt"

type R struct {
	x int
	r R
}

var p = q
var q = p

func dup() {}
func dup() {}

func (i int) M() {}

func sw(x int) int {
	switch x {
	case 1:
		return 1
	case 1:
		return 2
	}
	return 0
}

func lab() {
L:
	for {
		break
	}
M:
	fmt.Println()
	continue M
}

func f(x int) int {
	if x > 0 {
		return 1
	} else {
		fmt.Println()
	}
}

func main() {
	var r R
	fmt.Println(r, p, sw(1), f(1))
	lab()
	var ch <-chan int
	ch <- 1
	close(ch)
	var s []int
	_ = s == s
	var m map[string]int
	m.x = 1
	x := 5
	x := 6
	_ = x
}

// want diag G0312 @ 5:6
// want diag G0312 @ 10:5
// want diag G0202 @ 14:6
// want diag G0201 @ 16:9
// want diag G0314 @ 22:7
// want diag G0205 @ 29:1
// want diag G0205 @ 35:11
// want diag G0207 @ 44:1
// want diag G0305 @ 51:2
// want diag G0305 @ 52:8
// want diag G0305 @ 54:6
// want diag G0308 @ 56:4
// want diag G0314 @ 58:2
