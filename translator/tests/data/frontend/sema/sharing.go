package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func (c Counter) Get() int { return c.n }

func main() {
	total := 0
	readOnly := 10
	add := func(x int) { total += x + readOnly }
	add(1)
	addr := 5
	p := &addr
	var c Counter
	c.Inc()
	var c2 Counter
	fmt.Println(c2.Get())
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	done := make(chan bool)
	msg := "hi"
	go func() {
		fmt.Println(msg)
		done <- true
	}()
	<-done
	plain := 1
	plain = 2
	funcs := []func(){}
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() { fmt.Println(i) })
	}
	for _, v := range []int{1, 2} {
		funcs = append(funcs, func() { fmt.Println(v) })
	}
	var named int
	defer func() { named = 1 }()
	fmt.Println(total, *p, c.Get(), sl, plain, funcs, named)
	// want storage total => shared
	// want storage readOnly => plain
	// want storage addr => shared
	// want storage p => plain
	// want storage c => shared
	// want storage c2 => plain
	// want storage arr => shared
	// want storage msg => plain
	// want storage done => plain
	// want storage plain => plain
	// want storage i => plain
	// want storage v => plain
	// want storage named => shared
	// want sel c.Inc => method AddrOf
	// want sel c2.Get => method None
}
