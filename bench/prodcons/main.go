// prodcons: 4 producers and 4 consumers share one buffered channel (capacity 128); 10M ints.
package main

import (
	"fmt"
	"sync"
)

const (
	producers = 4
	consumers = 4
	total     = 10_000_000
	capacity  = 128
)

func main() {
	ch := make(chan int, capacity)
	var pw sync.WaitGroup
	for p := 0; p < producers; p++ {
		pw.Add(1)
		go func(p int) {
			defer pw.Done()
			for i := p; i < total; i += producers {
				ch <- i
			}
		}(p)
	}
	sums := make([]int, consumers)
	counts := make([]int, consumers)
	var cw sync.WaitGroup
	for c := 0; c < consumers; c++ {
		cw.Add(1)
		go func(c int) {
			defer cw.Done()
			for v := range ch {
				sums[c] += v
				counts[c]++
			}
		}(c)
	}
	pw.Wait()
	close(ch)
	cw.Wait()
	sum, n := 0, 0
	for c := range sums {
		sum += sums[c]
		n += counts[c]
	}
	fmt.Println("prodcons", n, "checksum", sum)
}
