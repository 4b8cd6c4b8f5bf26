// Converts a type parameter whose constraint has no core type, which gort does not translate.
package main

import "fmt"

func Str[T ~string | ~[]byte](s T) string {
	return string(s)
}

func main() {
	i := 0
	for i < 3 {
		fmt.Println(i)
		i++
	}
	fmt.Println(Str("abc"))
}
