// pingpong: two goroutines pass a counter back and forth over unbuffered channels, 1M round trips.
package main

import "fmt"

const rounds = 1_000_000

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	v := 0
	for i := 0; i < rounds; i++ {
		ping <- v
		v = <-pong
		sum += v & 0xff
	}
	close(ping)
	fmt.Println("pingpong", rounds, "checksum", v, sum)
}
