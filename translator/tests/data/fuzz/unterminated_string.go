package main

func main() {
	s := "unterminated
}
