package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func send(ch chan int) { ch <- 1 }

func relay(ch chan int) { send(ch) }

func recv(ch chan int) int { return <-ch }

func sleeper() { time.Sleep(time.Millisecond) }

func waiter(wg *sync.WaitGroup) { wg.Wait() }

func locker(mu *sync.Mutex) {
	mu.Lock()
	defer mu.Unlock()
}

func unlocker(mu *sync.Mutex) { mu.Unlock() }

func selecter(a, b chan int) {
	select {
	case <-a:
	case b <- 1:
	}
}

func ranger(ch chan int) (s int) {
	for v := range ch {
		s += v
	}
	return
}

func spawner(ch chan int) {
	go send(ch)
	go func() { ch <- 2 }()
}

func deferSend(ch chan int) {
	defer func() { ch <- 3 }()
}

// Async recursion: ping and pong call each other and block.
func ping(ch chan int, n int) {
	if n > 0 {
		ch <- n
		pong(ch, n-1)
	}
}

func pong(ch chan int, n int) { ping(ch, n) }

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	ch := make(chan int, 10)
	var wg sync.WaitGroup
	var mu sync.Mutex
	fmt.Println(fib(10))
	relay(ch)
	fmt.Println(recv(ch))
	sleeper()
	waiter(&wg)
	locker(&mu)
	unlocker(&mu)
	selecter(ch, ch)
	spawner(ch)
	deferSend(ch)
	ping(ch, 2)
	xs := []int{3, 1, 2}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	fmt.Println(apply(func(x int) int { return x * 2 }, 3))
	close(ch)
	fmt.Println(ranger(ch))
	// want async fib => false
	// want async send => true
	// want async relay => true
	// want async recv => true
	// want async sleeper => true
	// want async waiter => true
	// want async locker => true
	// want async unlocker => false
	// want async selecter => true
	// want async ranger => true
	// want async spawner => false
	// want async lit@50 => true
	// want async lit@54 => true
	// want async deferSend => true
	// want async ping => true
	// want async pong => true
	// want async apply => false
	// want async main => true
	// want await fib(10) => false
	// want await relay(ch) => true
	// want await unlocker(&mu) => false
	// want await ping(ch, 2) => true
	// want boxed pong(ch, n-1) => true
	// want boxed ping(ch, n) => true
	// want boxed ping(ch, 2) => false
	// want await fib(n-1) => false
	// want await mu.Lock() => true
	// want await mu.Unlock() => false
	// want await send(ch) => true
}
