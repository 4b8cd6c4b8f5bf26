package main

import (
	"fmt"

	"example.com/tree/calc"
	"example.com/tree/util"
)

func main() {
	fmt.Println(util.Double(calc.Norm(3, 4)))
}
