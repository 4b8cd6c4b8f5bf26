// timers: 100k goroutines each wait in a select on time.After (1-100 ms) or a quit channel that
// never closes; all timers fire and each goroutine reports its id.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

const goroutines = 100_000

func main() {
	quit := make(chan struct{})
	var wg sync.WaitGroup
	var fired, sum atomic.Int64
	for i := 0; i < goroutines; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			d := time.Duration(1+n%100) * time.Millisecond
			select {
			case <-time.After(d):
				fired.Add(1)
				sum.Add(int64(n))
			case <-quit:
			}
		}(i)
	}
	wg.Wait()
	close(quit)
	fmt.Println("timers", goroutines, "checksum", fired.Load(), sum.Load())
}
