package main
func main() {
	for i := range 3 { go func() { select { case <-nil: default: } }() }
	goto
}
