package main
/* never closed
func main() {}
