// Package calc uses package unsafe, which gort never translates.
package calc

import "unsafe"

func Norm(re, im float64) float64 {
	return re*re + im*im + float64(unsafe.Sizeof(re)-8)
}
