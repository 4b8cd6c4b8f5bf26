// Operations on a type parameter whose constraint has no core type gort reaches through (a
// string-or-bytes set, an array core type): each is a G0111 diagnostic, not Rust that fails to
// compile. (Slice, map and string core types translate.)
package main

import "fmt"

func Len[T ~string | ~[]byte](s T) int { return len(s) }

func First[A ~[4]int](a A) int { return a[0] }

func main() {
	fmt.Println(Len("abc"), First([4]int{1}))
}
