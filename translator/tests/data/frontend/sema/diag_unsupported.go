package main

import (
	"C"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"unsafe"
	"github.com/x/y"
)

func main() {
	i := 0
loop:
	i++
	if i < 3 {
		goto loop
	}
	c := 1 + 2
	var p unsafe.Pointer
	fmt.Println(c, p, reflect.TypeOf(i), http.StatusOK, y.Z, strings.EqualFold("a", "A"), strings.NoSuchFunc())
	var z float64
	fmt.Println(z)
	// want diag G0103 @ 4:2
	// want diag G0106 @ 6:2
	// want diag G0104 @ 7:2
	// want diag G0102 @ 9:2
	// want diag G0110 @ 10:2
	// want diag G0107 @ 22:96
}
