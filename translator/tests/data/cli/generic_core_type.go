// Operations that need a constraint's core type (~[]E, ~map[K]V, ~string): each is a G0111
// diagnostic, not Rust that fails to compile.
package main

import "fmt"

func First[S ~[]E, E any](s S) E { return s[0] }

func Count[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n + len(m)
}

func Text[S ~string](s S) string { return string(s) }

func main() {
	fmt.Println(First([]int{1}), Count(map[string]int{"a": 1}), Text("x"))
}
