package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

type IntSlice []int

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func fail() error { return &MyErr{"boom"} }

func main() {
	xs := []int{1, 2}
	var is IntSlice = xs
	err := fail()
	var target *MyErr
	fmt.Println(sum(1, 2, 3), sum(xs...), float64(3), string(rune(65)), is, errors.As(err, &target))
	var e error
	fmt.Println(e == nil, len(xs), cap(xs), append(xs, 4), new(int), min(1, 2.5))
	var any1 any = 3
	var p *int = nil
	fmt.Println(any1, p)
	// want call sum(1, 2, 3) => func
	// want call float64(3) => conversion
	// want call string(rune(65)) => conversion
	// want const string(rune(65)) => "A"
	// want call len(xs) => builtin len
	// want call append(xs, 4) => builtin append
	// want type append(xs, 4) => []int
	// want type new(int) => *int
	// want const min(1, 2.5) => 1.0
	// want type min(1, 2.5) => float64
	// want conv xs#3 => Representation
	// want conv &MyErr{"boom"} => ToInterface
	// want conv 3#3 => ToInterface
	// want type 3#3 => int
	// want conv nil#2 => Nil
	// want type e == nil => bool
	// want implements error => *MyErr
}
