// Prints its arguments, then exits with status 3.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("args:", os.Args[1:])
	os.Exit(3)
}
