// 1,000,000 goroutines spawned from a loop that never yields; each finishes at once.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 1_000_000
	var wg sync.WaitGroup
	var sum atomic.Int64
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			sum.Add(1)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(sum.Load())
}
