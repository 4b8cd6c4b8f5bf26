package main

import "fmt"

func f(xs ...int) (n int, err error) {
	defer func() { recover() }()
	if n := len(xs); n > 2 {
		return n, nil
	} else if n == 1 {
		n++
	} else {
		n--
	}
outer:
	for i := 0; i < 3; i++ {
		for j := range 4 {
			if j == 2 {
				continue outer
			}
			if j == 3 {
				break outer
			}
		}
	}
	for {
		break
	}
	for n < 10 {
		n += 2
	}
	var ch chan int
	select {
	case v, ok := <-ch:
		fmt.Println(v, ok)
	case ch <- 1:
	case <-ch:
	default:
	}
	switch x := n; {
	case x > 1, x < -1:
		fallthrough
	default:
	}
	var i any = n
	switch t := i.(type) {
	case int, string:
		_ = t
	case nil:
	}
	a, b := 1, 2
	a, b = b, a
	a <<= 1
	go fmt.Println(a)
	ch <- a
	return
}
