// Golden program for Go's panic texts: re-runs itself once per case (PANIC_CASE=n), and prints
// each child's exit code and first stderr line. runtime/tests/value_panics.rs runs the same
// cases with gort in child processes and compares.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
)

type MyInt int
type MyStr string
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f degrees", float64(t)) }

type E struct{ Code int }

func (e E) Error() string { return "E" + strconv.Itoa(e.Code) }

var sink any

func run(n int) {
	idx := 5
	s := []int{1, 2, 3}
	var m map[string]int
	var p *E
	zero := 0
	neg := -1
	var x any = "str"
	var nilAny any
	switch n {
	case 0:
		_ = s[idx]
	case 1:
		_ = s[1:idx]
	case 2:
		lo := 3
		_ = s[lo:2]
	case 3:
		_ = s[:2:idx]
	case 4:
		m["a"] = 1
	case 5:
		fmt.Println(p.Code)
	case 6:
		fmt.Println(idx / zero)
	case 7:
		sink = x.(int)
	case 8:
		sink = nilAny.(string)
	case 9:
		panic(E{7})
	case 10:
		panic(fmt.Sprintf("bad value %d", 42))
	case 11:
		panic(42)
	case 12:
		panic(MyInt(42))
	case 13:
		panic(3.5)
	case 14:
		panic(errors.New("boom"))
	case 15:
		panic(nil)
	case 16:
		var a, b any = []int{1}, []int{1}
		fmt.Println(a == b)
	case 17:
		fmt.Println(1 << neg)
	case 18:
		sink = make([]int, neg)
	case 19:
		panic("line1\nline2")
	case 20:
		panic(Temp(21.5))
	case 21:
		panic(MyStr("hi"))
	case 22:
		panic(true)
	case 23:
		panic(fmt.Errorf("wrapped: %w", errors.New("inner")))
	case 24:
		_ = "abc"[idx]
	case 25:
		_ = s[-neg-2+idx-idx:][idx]
	case 26:
		panic(uint8(200))
	case 27:
		panic(-0.0)
	case 28:
		sink = [4]int(s)
	case 29:
		sink = [0]int(s[:0])
		sink = [3]int(s)
		_ = [4]int(s[:3:3])
	}
}

const cases = 30

func main() {
	if c := os.Getenv("PANIC_CASE"); c != "" {
		n, _ := strconv.Atoi(c)
		run(n)
		return
	}
	for n := 0; n < cases; n++ {
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), "PANIC_CASE="+strconv.Itoa(n))
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		first, _ := bufio.NewReader(&stderr).ReadString('\n')
		fmt.Printf("%d\t%d\t%q\n", n, code, first)
	}
}
