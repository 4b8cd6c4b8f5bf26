// 1,000,000 goroutines spawned, each parked on one channel, then all released by close.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 1_000_000
	release := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			<-release
			wg.Done()
		}()
	}
	close(release)
	wg.Wait()
	fmt.Println(n)
}
