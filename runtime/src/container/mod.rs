//! Go's `container` packages: `heap` (Go's heap algorithms over a program's `heap.Interface`)
//! and `list` (Go's doubly linked list; `*list.Element` is a Go pointer, so identity, nil and
//! `e.Value` reads and writes work as they do in Go).

pub mod heap;
pub mod list;
