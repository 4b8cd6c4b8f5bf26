// sieve: the concurrent prime sieve (a chain of filter goroutines over unbuffered channels),
// finding the first N primes; N is sized so Go takes 1-3 s on a 2-core machine.
package main

import "fmt"

const primes = 4000

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum, last := 0, 0
	for i := 0; i < primes; i++ {
		prime := <-ch
		sum += prime
		last = prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println("sieve", primes, "checksum", last, sum)
}
