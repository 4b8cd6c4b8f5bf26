package main

import (
	"fmt"
	"strings"
)

type Point struct {
	X, Y int
}

type Celsius float64

func pair() (int, string) { return 1, "a" }

func main() {
	x := 1
	y := 2.5
	s := "hi" + "!"
	r := 'a'
	b := x < 3
	p := &Point{1, 2}
	m := map[string][]int{"a": {1, 2}}
	ch := make(chan<- int, 1)
	var c Celsius = 36.6
	f := func(a int) string { return strings.Repeat("x", a) }
	n, str := pair()
	bs := []byte(s)
	fmt.Println(pair())
	var a1, a2 any = pair()
	fmt.Println(a1, a2)
	fmt.Println(x+1, y*2, s, r, b, p.X, m["a"][0], ch, c+1, f(2), n, str, bs, len(s), s[1:], x<<2)
	// want tupleconv pair()#2 => ToInterface,ToInterface
	// want tupleconv pair()#3 => ToInterface,ToInterface
	// want tupleconv pair()#1 => none
	// want type x+1 => int
	// want type y*2 => float64
	// want type s#2 => string
	// want type r#2 => int32
	// want type b#2 => bool
	// want type p.X => int
	// want type m["a"][0] => int
	// want type m["a"] => []int
	// want type ch#2 => chan<- int
	// want type c+1 => main.Celsius
	// want type f(2) => string
	// want type f#2 => func(int) string
	// want type pair() => (int, string)
	// want type []byte(s) => []uint8
	// want type len(s) => int
	// want type s[1:] => string
	// want type &Point{1, 2} => *main.Point
	// want type x<<2 => int
	// want type "hi" + "!" => string
	// want type 2.5 => float64
	// want type 'a' => int32
	// want type 1#1 => int
}
