package main
type T[T any] struct{ x T }
type A = B
type B = A
type C struct { C }
type I interface { I }
var x = y
var y = x
func main() { var t T[int]; _ = t }
