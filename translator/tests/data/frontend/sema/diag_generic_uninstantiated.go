package main

type Box[T any] struct{ v T }

func main() {
	var b Box
	_ = b
	var ok Box[int]
	_ = ok
	// want diag G0314 @ 6:8
}
