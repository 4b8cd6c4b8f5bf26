package main
func main() { x := "ÿşÃ"; println(x, 'ÿ') }
