// fanin: 8 producers, each on its own unbuffered channel; one consumer selects over all 8 until
// 4M messages have arrived.
package main

import "fmt"

const (
	producers = 8
	total     = 4_000_000
	each      = total / producers
)

func main() {
	var chans [producers]chan int
	for p := range chans {
		chans[p] = make(chan int)
		go func(p int, ch chan<- int) {
			for i := 0; i < each; i++ {
				ch <- p*each + i
			}
		}(p, chans[p])
	}
	sum, n := 0, 0
	for n < total {
		select {
		case v := <-chans[0]:
			sum += v
		case v := <-chans[1]:
			sum += v
		case v := <-chans[2]:
			sum += v
		case v := <-chans[3]:
			sum += v
		case v := <-chans[4]:
			sum += v
		case v := <-chans[5]:
			sum += v
		case v := <-chans[6]:
			sum += v
		case v := <-chans[7]:
			sum += v
		}
		n++
	}
	fmt.Println("fanin", n, "checksum", sum)
}
