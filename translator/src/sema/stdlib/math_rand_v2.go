package rand

func Float32() float32
func Float64() float64
func Int() int
func Int32() int32
func Int32N(n int32) int32
func Int64() int64
func Int64N(n int64) int64
func IntN(n int) int
func N[Int ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr](n Int) Int
func NormFloat64() float64
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
func Uint32() uint32
func Uint64() uint64
func UintN(n uint) uint
