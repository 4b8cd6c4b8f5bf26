package main

import (
	"fmt"
	"math"
	"time"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const Big = 1 << 100
const Small = Big >> 98
const huge = 0x_FF_FF
const oct = 0o17 + 017
const bin = 0b1010_1010
const hexf = 0x1p-2
const str = "a" + "b"
const typed int8 = -128
const fl = 7 / 2.0
const idiv = 7 / 2
const neg = -5 >> 1
const mask = ^uint8(0)
const exact = 0.1 + 0.2
const third float32 = 1.0 / 3

func main() {
	d := 2 * time.Second
	var f float64 = Big >> 90
	fmt.Println(exact, exact == 0.3, third, 1e300*1e300/1e300)
	fmt.Println(Sunday, Tuesday, KB, MB, GB, Small, huge, oct, bin, hexf, str, typed, fl, idiv, neg, mask, d, f, math.MaxInt64, math.Pi)
	// want const Tuesday => 2
	// want type Tuesday => main.Weekday
	// want const MB => 1048576
	// want const GB => 1073741824
	// want const Small => 4
	// want const huge => 65535
	// want const oct => 30
	// want const bin => 170
	// want const hexf => 0.25
	// want const str => "ab"
	// want const typed => -128
	// want type typed => int8
	// want const fl => 3.5
	// want const idiv => 3
	// want const neg => -3
	// want const mask => 255
	// want type mask => uint8
	// want const 2 * time.Second => 2000000000
	// want type 2 * time.Second => time.Duration
	// want const Big >> 90 => 1024.0
	// want type Big >> 90 => float64
	// want const math.MaxInt64 => 9223372036854775807
	// want type math.MaxInt64 => int
	// want type math.Pi => float64
	// want type Small => int
	// want const exact => 0.3
	// want const exact == 0.3 => true
	// want const third => 0.3333333432674408
	// want const 1e300*1e300/1e300 => 1e300
}
