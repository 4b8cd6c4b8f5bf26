// 8-way fan-in: 8 producers on their own unbuffered channels, one consumer selecting over all
// eight: 4M messages.
package main

import "fmt"

func main() {
	const n = 4_000_000
	const k = 8
	var chs [k]chan int
	for i := range chs {
		chs[i] = make(chan int)
		go func(ch chan int) {
			for j := 0; j < n/k; j++ {
				ch <- 1
			}
		}(chs[i])
	}
	sum := 0
	for i := 0; i < n; i++ {
		select {
		case v := <-chs[0]:
			sum += v
		case v := <-chs[1]:
			sum += v
		case v := <-chs[2]:
			sum += v
		case v := <-chs[3]:
			sum += v
		case v := <-chs[4]:
			sum += v
		case v := <-chs[5]:
			sum += v
		case v := <-chs[6]:
			sum += v
		case v := <-chs[7]:
			sum += v
		}
	}
	fmt.Println(sum)
}
