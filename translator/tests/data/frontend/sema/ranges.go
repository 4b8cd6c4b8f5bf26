package main

import (
	"fmt"
	"iter"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	s := "héllo"
	arr := [2]int{1, 2}
	m := map[string]int{"a": 1}
	ch := make(chan int)
	go func() { ch <- 1; close(ch) }()
	for i, r := range s {
		fmt.Println(i, r)
	}
	for i := range arr {
		fmt.Println(i)
	}
	for k, v := range m {
		fmt.Println(k, v)
	}
	for v := range ch {
		fmt.Println(v)
	}
	for x := range count(3) {
		fmt.Println(x)
	}
	for i := range 10 {
		fmt.Println(i)
	}
	for range &arr {
	}
	// want range s#2 => String
	// want range arr#2 => Array
	// want range m#2 => Map
	// want range ch#3 => Chan
	// want range count(3) => Func(1)
	// want range 10 => Int
	// want range &arr => ArrayPtr
	// want type r#2 => int32
	// want async main => true
	// want async count => false
}
