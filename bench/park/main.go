// park: 1M goroutines all blocked receiving from one channel at the same time, then released by
// closing it. The runner records peak RSS (all 1M goroutines are alive at once).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const goroutines = 1_000_000

func main() {
	gate := make(chan struct{})
	var started, finished sync.WaitGroup
	var sum atomic.Int64
	started.Add(goroutines)
	finished.Add(goroutines)
	for i := 0; i < goroutines; i++ {
		go func(n int64) {
			started.Done()
			<-gate // parked until the gate closes
			sum.Add(n)
			finished.Done()
		}(int64(i))
	}
	started.Wait()
	close(gate)
	finished.Wait()
	fmt.Println("park", goroutines, "checksum", sum.Load())
}
