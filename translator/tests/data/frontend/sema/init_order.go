package main

import "fmt"

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

var total = sum()

var nums = []int{1, 2, 3}

func sum() int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func f() int {
	d++
	return d
}

func main() {
	fmt.Println(a, b, c, d, total)
	// want initorder => d b c a nums total
}
