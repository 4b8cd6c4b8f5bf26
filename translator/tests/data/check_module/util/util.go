package util

import "sync"

var mu sync.Mutex

// Double doubles under a lock (library code with concurrency).
func Double(x float64) float64 {
	mu.Lock()
	defer mu.Unlock()
	return 2 * x
}
