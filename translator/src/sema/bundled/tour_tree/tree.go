// Package tree: gort's bundled golang.org/x/tour/tree, the binary trees of the Go tour's
// "Equivalent Binary Trees" exercise.
package tree

import (
	"fmt"
	"math/rand"
)

// A Tree is a binary tree with integer values.
type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

// New returns a binary search tree holding k, 2k, ..., 10k, inserted in a random order (so
// its shape differs from run to run; its in-order walk does not).
func New(k int) *Tree {
	var root *Tree
	for _, i := range rand.Perm(10) {
		root = insert(root, (i+1)*k)
	}
	return root
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Value: v}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

// String prints the tree in order, each subtree in parentheses: "((1) 2 (3))"; "()" for nil.
func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := "("
	if t.Left != nil {
		s += t.Left.String() + " "
	}
	s += fmt.Sprint(t.Value)
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return s + ")"
}
