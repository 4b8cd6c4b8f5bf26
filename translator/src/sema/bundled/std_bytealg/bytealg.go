// Package bytealg is gort's stand-in for Go's internal/bytealg (assembly in Go), used only
// when a standard package is translated from Go's own source: the same functions in plain
// Go.
package bytealg

// MaxLen is the maximum length of the string to be searched for (argument b) in Index.
const MaxLen = 64

// MaxBruteForce is the length up to which Index uses brute force.
const MaxBruteForce = 64

// IndexByte returns the index of the first instance of c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// IndexByteString returns the index of the first instance of c in s, or -1.
func IndexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByteString returns the index of the last instance of c in s, or -1.
func LastIndexByteString(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Count returns the number of instances of c in b.
func Count(b []byte, c byte) int {
	n := 0
	for _, x := range b {
		if x == c {
			n++
		}
	}
	return n
}

// CountString returns the number of instances of c in s.
func CountString(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// Equal reports whether a and b are the same length and contain the same bytes.
func Equal(a, b []byte) bool {
	return string(a) == string(b)
}

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than b.
func Compare(a, b []byte) int {
	sa, sb := string(a), string(b)
	switch {
	case sa < sb:
		return -1
	case sa > sb:
		return 1
	}
	return 0
}

// IndexString returns the index of the first instance of b in a, or -1.
func IndexString(a, b string) int {
	for i := 0; i+len(b) <= len(a); i++ {
		if a[i:i+len(b)] == b {
			return i
		}
	}
	return -1
}

// Index returns the index of the first instance of b in a, or -1.
func Index(a, b []byte) int {
	return IndexString(string(a), string(b))
}

// Cutover returns the number of failures of IndexByte we should tolerate before switching
// over to Index.
func Cutover(n int) int {
	return (n + 16) / 8
}

// MakeNoZero makes a slice of length n and capacity n (Go skips zeroing it; gort cannot).
func MakeNoZero(n int) []byte {
	return make([]byte, n)
}
