// workerpool: 16 workers take 200k jobs from a channel, do a little CPU work each (an FNV-1a
// hash loop), and send results back over a channel to the collector.
package main

import (
	"fmt"
	"sync"
)

const (
	workers = 16
	jobs    = 200_000
	rounds  = 1000
)

func work(n int) uint64 {
	h := uint64(14695981039346656037)
	for r := 0; r < rounds; r++ {
		h ^= uint64(n + r)
		h *= 1099511628211
	}
	return h
}

func main() {
	jobCh := make(chan int, 256)
	results := make(chan uint64, 256)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobCh {
				results <- work(j)
			}
		}()
	}
	go func() {
		for j := 0; j < jobs; j++ {
			jobCh <- j
		}
		close(jobCh)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var xor uint64
	n := 0
	for r := range results {
		xor ^= r
		n++
	}
	fmt.Println("workerpool", n, "checksum", xor)
}
