package main

import (
	"fmt"
	"os"
)

// os.Args has no place in the runtime: assigning it is a diagnostic, not a dropped store.
func main() {
	os.Args = []string{"prog"}
	fmt.Println(len(os.Args))
}
