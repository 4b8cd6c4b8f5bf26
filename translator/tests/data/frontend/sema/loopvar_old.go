package main

import "fmt"

// config go 1.21

func main() {
	var funcs []func()
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() { fmt.Println(i) })
	}
	for _, v := range []int{1, 2} {
		funcs = append(funcs, func() { fmt.Println(v) })
	}
	for _, f := range funcs {
		f()
	}
	// want storage i => shared
	// want storage v => shared
	// want storage f => plain
}
