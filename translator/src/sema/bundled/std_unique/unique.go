// Package unique is gort's implementation of Go's unique package (canonicalised values).
// Go interns each value so that handles compare as pointers; here a Handle carries the value
// itself, which keeps what programs observe: two handles are equal exactly when the values
// they were made from are equal, and Value returns that value.
package unique

// Handle is a globally unique identity for some value of type T.
type Handle[T comparable] struct {
	value T
}

// Make returns a globally unique handle for a value of type T.
func Make[T comparable](value T) Handle[T] {
	return Handle[T]{value: value}
}

// Value returns a shallow copy of the T value that produced the Handle.
func (h Handle[T]) Value() T {
	return h.value
}
