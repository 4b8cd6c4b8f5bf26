// Uses complex numbers, which gort does not translate.
package main

import "fmt"

func main() {
	i := 0
	for i < 3 {
		fmt.Println(i)
		i++
	}
	var z complex128
	fmt.Println(real(z))
}
