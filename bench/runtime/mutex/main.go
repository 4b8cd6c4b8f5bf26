// Mutex contention: 8 goroutines × 1M increments of one counter under a sync.Mutex.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const g, n = 8, 1_000_000
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for i := 0; i < g; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < n; j++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
