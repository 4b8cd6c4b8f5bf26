package main

const (
	a = 0x_FF + 0o17 + 017 + 0b1010 + 1_000_000
	b = 1.5e3 + 0x1p-2 + .5 + 1.
	c = 'x' + '\n' + '\x41' + '\101' + '\u00e9' + '\U0001F600' + 'é'
	d = "tab\there" + "\xff\xfe" + `raw\n
line` + "\u00e9"
)

var e, f = []int{1, 2: 3, 4}, [...]string{"a", 5: "b"}
var g = map[[2]int]struct{ x, y int }{{1, 2}: {3, 4}, {5, 6}: {x: 7}}
var h = []*struct{ n int }{{1}, {n: 2}}
