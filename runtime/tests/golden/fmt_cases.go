// Golden program for gort's fmt: reads fmt_cases.txt (one case per line: a quoted format,
// a tab, then `;`-separated typed arguments) and prints, per case, its index and the quoted
// result of fmt.Sprintf. runtime/tests/fmt_golden.rs builds the same values with gort and
// compares against the recorded output.
package main

import (
	_ "embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

//go:embed fmt_cases.txt
var cases string

type Point struct{ X, Y int }

type person struct {
	name string
	Age  int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type MyInt int

type Names []string

type Temp struct {
	Where string
	T     Celsius
	t     Celsius
}

type Outer struct {
	Name  string
	P     *Point
	Tags  []string
	M     map[string]int
	Inner Point
	Any   any
	Err   error
}

type ErrCode struct{ Code int }

func (e *ErrCode) Error() string { return "code " + strconv.Itoa(e.Code) }

func ints(s string) []int {
	if s == "" {
		return []int{}
	}
	var out []int
	for _, p := range strings.Split(s, ",") {
		n, _ := strconv.Atoi(p)
		out = append(out, n)
	}
	return out
}

func parseArg(a string) any {
	kind, val, _ := strings.Cut(a, ":")
	switch kind {
	case "nil":
		return nil
	case "i":
		n, _ := strconv.ParseInt(val, 10, 64)
		return int(n)
	case "i8":
		n, _ := strconv.ParseInt(val, 10, 8)
		return int8(n)
	case "i16":
		n, _ := strconv.ParseInt(val, 10, 16)
		return int16(n)
	case "i32":
		n, _ := strconv.ParseInt(val, 10, 32)
		return int32(n)
	case "u":
		n, _ := strconv.ParseUint(val, 10, 64)
		return uint(n)
	case "u8":
		n, _ := strconv.ParseUint(val, 10, 8)
		return uint8(n)
	case "u16":
		n, _ := strconv.ParseUint(val, 10, 16)
		return uint16(n)
	case "u32":
		n, _ := strconv.ParseUint(val, 10, 32)
		return uint32(n)
	case "f":
		f, _ := strconv.ParseFloat(val, 64)
		return f
	case "f32":
		f, _ := strconv.ParseFloat(val, 32)
		return float32(f)
	case "b":
		return val == "true"
	case "s":
		s, err := strconv.Unquote(val)
		if err != nil {
			panic("bad string " + val)
		}
		return s
	case "[]i":
		return ints(val)
	case "nil[]i":
		var s []int
		return s
	case "[]s":
		if val == "" {
			return []string{}
		}
		return strings.Split(val, ",")
	case "[]u8":
		var b []byte
		for _, n := range ints(val) {
			b = append(b, byte(n))
		}
		if b == nil {
			b = []byte{}
		}
		return b
	case "nil[]u8":
		var b []byte
		return b
	case "[]f":
		var out []float64
		for _, p := range strings.Split(val, ",") {
			f, _ := strconv.ParseFloat(p, 64)
			out = append(out, f)
		}
		return out
	case "[]any":
		var out []any
		for _, p := range strings.Split(val, "|") {
			out = append(out, parseArg(p))
		}
		return out
	case "[3]i":
		v := ints(val)
		return [3]int{v[0], v[1], v[2]}
	case "[2]u8":
		v := ints(val)
		return [2]byte{byte(v[0]), byte(v[1])}
	case "map[s]i":
		m := map[string]int{}
		if val != "" {
			for _, kv := range strings.Split(val, ",") {
				k, v, _ := strings.Cut(kv, "=")
				n, _ := strconv.Atoi(v)
				m[k] = n
			}
		}
		return m
	case "nilmap":
		var m map[string]int
		return m
	case "map[i]s":
		m := map[int]string{}
		for _, kv := range strings.Split(val, ",") {
			k, v, _ := strings.Cut(kv, "=")
			n, _ := strconv.Atoi(k)
			m[n] = v
		}
		return m
	case "map[f]b":
		m := map[float64]bool{}
		for _, kv := range strings.Split(val, ",") {
			k, v, _ := strings.Cut(kv, "=")
			f, _ := strconv.ParseFloat(k, 64)
			m[f] = v == "true"
		}
		return m
	case "pt":
		v := ints(val)
		return Point{v[0], v[1]}
	case "&pt":
		v := ints(val)
		return &Point{v[0], v[1]}
	case "nil*pt":
		var p *Point
		return p
	case "[]pt":
		var out []Point
		v := ints(val)
		for i := 0; i+1 < len(v); i += 2 {
			out = append(out, Point{v[i], v[i+1]})
		}
		return out
	case "person":
		name, age, _ := strings.Cut(val, ",")
		n, _ := strconv.Atoi(age)
		return person{name, n}
	case "&person":
		name, age, _ := strings.Cut(val, ",")
		n, _ := strconv.Atoi(age)
		return &person{name, n}
	case "celsius":
		f, _ := strconv.ParseFloat(val, 64)
		return Celsius(f)
	case "[]celsius":
		var out []Celsius
		for _, p := range strings.Split(val, ",") {
			f, _ := strconv.ParseFloat(p, 64)
			out = append(out, Celsius(f))
		}
		return out
	case "temp":
		f, _ := strconv.ParseFloat(val, 64)
		return Temp{"here", Celsius(f), Celsius(f)}
	case "myint":
		n, _ := strconv.Atoi(val)
		return MyInt(n)
	case "names":
		return Names(strings.Split(val, ","))
	case "err":
		return errors.New(val)
	case "errcode":
		n, _ := strconv.Atoi(val)
		return &ErrCode{n}
	case "wrapped":
		return fmt.Errorf("outer: %w", errors.New(val))
	case "nilerr":
		var e error
		return e
	case "outer":
		return Outer{Name: val, P: nil, Tags: []string{"a", "b"}, M: map[string]int{"z": 26, "a": 1}, Inner: Point{1, 2}, Any: 3.5, Err: nil}
	case "&outer":
		return &Outer{Name: val, Tags: nil, M: nil, Inner: Point{3, 4}, Any: "x", Err: errors.New("bad")}
	case "struct{}":
		return struct{}{}
	}
	panic("unknown arg kind " + kind)
}

func main() {
	i := 0
	for _, line := range strings.Split(cases, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs, argText, _ := strings.Cut(line, "\t")
		format, err := strconv.Unquote(fs)
		if err != nil {
			panic("bad format " + fs)
		}
		var args []any
		if argText != "" {
			for _, a := range strings.Split(argText, ";") {
				args = append(args, parseArg(a))
			}
		}
		fmt.Printf("%d\t%s\n", i, strconv.Quote(fmt.Sprintf(format, args...)))
		i++
	}
}
