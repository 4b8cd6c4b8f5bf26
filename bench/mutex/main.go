// mutex: 8 goroutines each increment a shared counter 1M times under one sync.Mutex.
package main

import (
	"fmt"
	"sync"
)

const (
	goroutines = 8
	increments = 1_000_000
)

func main() {
	var mu sync.Mutex
	counter := 0
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < increments; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("mutex", goroutines*increments, "checksum", counter)
}
