package main
func main() {
	m := map[[]int]int{}
	_ = m
	var a [1<<62]int
	_ = a
	var b [-1]int
	_ = b
}
