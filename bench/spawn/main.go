// spawn: 1M goroutines, each adding to an atomic counter; a WaitGroup waits for all of them.
// The runner also records peak RSS.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const goroutines = 1_000_000

func main() {
	var wg sync.WaitGroup
	var sum atomic.Int64
	for i := 0; i < goroutines; i++ {
		wg.Add(1)
		go func(n int64) {
			sum.Add(n)
			wg.Done()
		}(int64(i))
	}
	wg.Wait()
	fmt.Println("spawn", goroutines, "checksum", sum.Load())
}
