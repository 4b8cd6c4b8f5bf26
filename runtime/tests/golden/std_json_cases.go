// encoding/json's encoder against gort's: floats at the 'f'/'e' boundaries (float64 and
// float32), string escaping (HTML, control bytes, U+2028/9, invalid UTF-8), []byte as base64,
// nil vs empty slices and maps, sorted map keys (string and integer), struct tags (renames,
// omitempty, omitzero, "-", ",string"), embedded structs with Go's dominance rule, pointers, interfaces,
// time values, unsupported types and values, MarshalIndent, Encoder (SetIndent, SetEscapeHTML)
// and Valid.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"time"
)

type Base struct {
	ID   int    `json:"id"`
	Note string `json:"note,omitempty"`
}

type Name1 struct{ Name string }
type Name2 struct{ Name string }
type Name3 struct {
	Name string `json:"Name"`
}

type Conflict struct {
	Name1
	Name2
}

type Tagged struct {
	Name1
	Name3
}

type Item struct {
	Base
	*Name1
	Title  string         `json:"title"`
	Price  float64        `json:"price,omitempty"`
	Tags   []string       `json:"tags"`
	Attrs  map[string]int `json:"attrs,omitempty"`
	Secret string         `json:"-"`
	Count  int64          `json:",string"`
	Flag   bool           `json:"flag,string"`
	hidden int
	Extra  any      `json:"extra"`
	Ptr    *int     `json:"ptr,omitempty"`
	Raw    []byte   `json:"raw"`
	Grid   [2]uint8 `json:"grid"`
	Dash   int      `json:"-,"`
}

type Zeroes struct {
	N  int           `json:"n,omitzero"`
	S  []int         `json:"s,omitzero"`
	T  time.Time     `json:"t,omitzero"`
	D  time.Duration `json:"d,omitempty"`
	In Base          `json:"in,omitzero"`
	A  [2]int        `json:"a,omitzero"`
}

type Node struct {
	V    int
	Next *Node
}

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	for _, f := range []float64{0, 1, -2.5, 0.1, 1e-6, 9.99e-7, 123456789, 1e20, 1e21, 1.5e300, -4e-10, 5e-324} {
		show(f)
	}
	for _, f := range []float32{0.1, 3.14, 1e-7, 1e21, 16777216} {
		show(f)
	}
	show(math.Inf(1))
	show(math.NaN())
	show("plain")
	show("<a href=\"x\">&</a>")
	show("tab\tnl\ncr\rbs\\bell\x07\b\f\x1f\x7f")
	show("\u2028\u2029é世")
	show("bad\xffutf8")
	show([]byte("any carnal pleas"))
	show([]byte{})
	show([]byte(nil))
	var nilSlice []int
	var nilMap map[string]int
	show([]any{nilSlice, []int{}, nilMap, map[string]int{}, nil, true, int8(-8), uint64(math.MaxUint64)})
	show(map[string]int{"b": 2, "a": 1, "c": 3})
	show(map[int]string{10: "ten", 9: "nine", -1: "minus"})
	show(map[string][]int{"x": {1, 2}, "y": nil})
	show([3]string{"a", "b"})
	show(Conflict{Name1{"one"}, Name2{"two"}})
	show(Tagged{Name1{"one"}, Name3{"three"}})
	n := 5
	item := Item{Base: Base{ID: 7}, Title: "pen", Count: 12, Extra: map[string]any{"k": []any{1.5, "s", nil}}, Ptr: &n, Raw: []byte{0, 255}, Dash: 1}
	show(item)
	item.Name1 = &Name1{"named"}
	item.Base.Note = "n"
	item.Price = 2.25
	item.Attrs = map[string]int{"z": 26}
	item.Flag = true
	show(&item)
	var nilItem *Item
	show(nilItem)
	show(struct {
		When time.Time
		For  time.Duration
	}{time.Date(2024, 5, 6, 7, 8, 9, 10, time.UTC), 1500 * time.Millisecond})
	show(struct{}{})
	show(Zeroes{})
	show(Zeroes{S: []int{}, In: Base{Note: "x"}, A: [2]int{0, 1}, D: 3})
	show(make(chan int))
	cyc := &Node{V: 1}
	cyc.Next = cyc
	show(cyc)
	show(func() {})
	b, err := json.MarshalIndent(item, "", "  ")
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent(map[string]any{"empty": []int{}, "obj": map[string]int{}, "list": []int{1, 2}}, "# ", "\t")
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent([]int{}, "", "  ")
	fmt.Println(string(b), err)

	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	fmt.Println(enc.Encode(Base{ID: 1, Note: "<n>"}))
	enc.SetIndent("", " ")
	enc.Encode([]any{1, map[string]int{"a": 1}})
	enc.SetIndent("", "")
	enc.SetEscapeHTML(false)
	enc.Encode("<&>")
	fmt.Println(enc.Encode(math.NaN()))
	fmt.Printf("%q\n", sb.String())

	for _, s := range []string{`{}`, ` [1, 2.5e3, -0, "a\u00e9\n", true, null, {"k": false}] `, `{"a":1,}`, `[01]`, `"\x"`, `tru`, ``, `1 2`, "\"a\tb\"", `{"a" 1}`, `-`, `1.`, `1e`, `"\ud800"`, "\"\xff\"", `{"a":{"b":[{}]}}`, `[1,]`, `[,1]`, `{,}`, `0.5E-3`, `"open`, `{"a":1,"a":2}`, `-01`} {
		fmt.Printf("%v %q\n", json.Valid([]byte(s)), s)
	}
	fmt.Println(json.Valid([]byte(strings.Repeat("[", 10001) + strings.Repeat("]", 10001))))
	fmt.Println(json.Valid([]byte(strings.Repeat("[", 10000) + strings.Repeat("]", 10000))))
}
