// 4 producers × 4 consumers over one channel of capacity 128: 10M items.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 10_000_000
	const p, c = 4, 4
	ch := make(chan int, 128)
	var pw, cw sync.WaitGroup
	for i := 0; i < p; i++ {
		pw.Add(1)
		go func() {
			defer pw.Done()
			for j := 0; j < n/p; j++ {
				ch <- j
			}
		}()
	}
	sums := make([]int, c)
	for i := 0; i < c; i++ {
		cw.Add(1)
		go func(i int) {
			defer cw.Done()
			s := 0
			for v := range ch {
				s += v
			}
			sums[i] = s
		}(i)
	}
	pw.Wait()
	close(ch)
	cw.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	fmt.Println(total)
}
