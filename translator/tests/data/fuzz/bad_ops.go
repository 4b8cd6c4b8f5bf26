package main

import "fmt"

func main() {
	fmt.Println(1<<1000, 1/0, 1.0%2, "a"-"b", nil == nil, len(1), make(int), new(1))
}
