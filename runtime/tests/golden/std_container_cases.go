// Golden program for gort's container/heap, container/list and flag mirrors: the exact slot
// order Go's heap algorithms leave (ties included) after Init/Push/Pop/Fix/Remove, list
// operations with their no-op edge cases, and FlagSet parsing of argument vectors with Go's
// error texts, usage output and PrintDefaults formatting.
// runtime/tests/std_container_golden.rs computes the same lines with gort.
package main

import (
	"container/heap"
	"container/list"
	"flag"
	"fmt"
	"strings"
	"time"
)

type item struct{ prio, id int }

type byPrio []item

func (h byPrio) Len() int           { return len(h) }
func (h byPrio) Less(i, j int) bool { return h[i].prio < h[j].prio }
func (h byPrio) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *byPrio) Push(x any)        { *h = append(*h, x.(item)) }
func (h *byPrio) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func (h byPrio) String() string {
	var b strings.Builder
	for _, it := range h {
		fmt.Fprintf(&b, "%d.%d ", it.prio, it.id)
	}
	return b.String()
}

func listString(l *list.List) string {
	var b strings.Builder
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Fprint(&b, e.Value, " ")
	}
	b.WriteString("|")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Fprint(&b, " ", e.Value)
	}
	return fmt.Sprintf("%s len=%d", b.String(), l.Len())
}

type csv []string

func (c *csv) String() string     { return strings.Join(*c, ",") }
func (c *csv) Set(s string) error { *c = append(*c, s); return nil }

func newSet(out *strings.Builder) (*flag.FlagSet, *int, *string, *bool, *float64, *time.Duration, *uint, *csv) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(out)
	n := fs.Int("n", 3, "number of `items` to make")
	name := fs.String("name", "gopher", "who to greet")
	v := fs.Bool("v", false, "verbose")
	ratio := fs.Float64("ratio", 0.5, "mix ratio\nsecond line")
	d := fs.Duration("timeout", 1500*time.Millisecond, "how long")
	u := fs.Uint("u", 0, "a uint")
	var tags csv
	fs.Var(&tags, "tag", "add a tag (repeatable)")
	fs.Func("hook", "called with its `arg`", func(s string) error {
		if s == "bad" {
			return fmt.Errorf("hook refuses %q", s)
		}
		fmt.Fprintf(out, "hook(%s)\n", s)
		return nil
	})
	fs.BoolFunc("trace", "trace it", func(s string) error { fmt.Fprintf(out, "trace(%s)\n", s); return nil })
	return fs, n, name, v, ratio, d, u, &tags
}

func main() {
	// heap: the slots Go's algorithms leave, ties included.
	h := &byPrio{}
	for i := 0; i < 12; i++ {
		*h = append(*h, item{(i * 7) % 5, i})
	}
	heap.Init(h)
	fmt.Println("init", h)
	for i := 12; i < 20; i++ {
		heap.Push(h, item{(i * 3) % 4, i})
	}
	fmt.Println("push", h)
	(*h)[3].prio = -1
	heap.Fix(h, 3)
	(*h)[0].prio = 9
	heap.Fix(h, 0)
	fmt.Println("fix", h)
	fmt.Println("remove", heap.Remove(h, 5), heap.Remove(h, h.Len()-1), h)
	var popped []string
	for h.Len() > 0 {
		it := heap.Pop(h).(item)
		popped = append(popped, fmt.Sprintf("%d.%d", it.prio, it.id))
	}
	fmt.Println("pop", strings.Join(popped, " "))

	// list
	l := list.New()
	e1 := l.PushBack(1)
	e2 := l.PushBack(2)
	e0 := l.PushFront(0)
	e3 := l.InsertAfter(3, e2)
	l.InsertBefore(15, e2)
	fmt.Println("build", listString(l))
	l.MoveToFront(e3)
	l.MoveToBack(e0)
	l.MoveBefore(e1, e3)
	l.MoveAfter(e2, e0)
	fmt.Println("moves", listString(l))
	l.MoveToFront(l.Front())
	l.MoveAfter(e1, e1)
	other := list.New()
	f := other.PushBack("x")
	l.MoveBefore(e1, f)
	fmt.Println("no-ops", listString(l), l.InsertBefore(9, f) == nil, l.InsertAfter(9, f) == nil)
	fmt.Println("remove", l.Remove(e3), l.Remove(e3), l.Remove(f), listString(l), e3.Next() == nil, e3.Prev() == nil)
	l.PushBackList(l)
	l.PushFrontList(other)
	fmt.Println("lists", listString(l))
	e1.Value = "one"
	fmt.Println("value", listString(l), l.Front().Next().Value, l.Back().Prev().Value)
	l.Init()
	fmt.Println("init", listString(l), l.Front() == nil, l.Back() == nil)
	var z list.List
	z.PushFront("a")
	z.PushBack("b")
	fmt.Println("zero", listString(&z))

	// flag: FlagSet parsing
	var out strings.Builder
	cases := [][]string{
		{},
		{"-n", "7", "--name=ann", "-v", "rest", "-n", "8"},
		{"-n=0x1f", "-ratio", "2.5e-1", "-timeout=1m30s", "-u", "0b101", "--", "-v"},
		{"-v=false", "-tag", "a", "--tag=b", "-hook", "x", "-trace", "-", "z"},
		{"-trace=no", "-name", "", "x"},
		{"-x"},
		{"---n", "1"},
		{"-=1"},
		{"-n"},
		{"-n", "abc"},
		{"-n", "99999999999999999999"},
		{"-u", "-1"},
		{"-v=maybe"},
		{"-timeout", "5"},
		{"-hook", "bad"},
		{"-h"},
		{"-help", "x"},
	}
	for _, args := range cases {
		out.Reset()
		fs, n, name, v, ratio, d, u, tags := newSet(&out)
		err := fs.Parse(args)
		fmt.Printf("parse %q: err=%v n=%d name=%q v=%t ratio=%g d=%v u=%d tags=%v args=%q nargs=%d nflag=%d arg0=%q parsed=%t\n",
			args, err, *n, *name, *v, *ratio, *d, *u, *tags, fs.Args(), fs.NArg(), fs.NFlag(), fs.Arg(0), fs.Parsed())
		fmt.Printf("output %q\n", out.String())
		if err == flag.ErrHelp {
			fmt.Println("ErrHelp")
		}
		var set []string
		fs.Visit(func(f *flag.Flag) { set = append(set, f.Name+"="+f.Value.String()) })
		fmt.Println("visit", set)
	}
	out.Reset()
	fs, _, _, _, _, _, _, _ := newSet(&out)
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name+":"+f.DefValue) })
	fmt.Println("visitall", names)
	fmt.Println("lookup", fs.Lookup("name").Usage, fs.Lookup("nope") == nil, fs.Set("n", "12"), fs.Set("nope", "1"), fs.Lookup("n").Value, fs.NFlag())
	fmt.Println("name", fs.Name(), fs.ErrorHandling() == flag.ContinueOnError, fs.Parsed(), fs.Arg(0) == "", fs.Args() == nil)
	fs.Usage = func() { fmt.Fprintln(&out, "custom usage") }
	fmt.Println("custom", fs.Parse([]string{"-zz"}), out.String())
	out.Reset()
	fs.PrintDefaults()
	fmt.Print(out.String())
	p := flag.NewFlagSet("", flag.PanicOnError)
	p.SetOutput(&out)
	out.Reset()
	func() {
		defer func() { fmt.Println("panic", recover(), out.String()) }()
		p.Parse([]string{"-nope"})
	}()
	out.Reset()
	func() {
		defer func() { fmt.Println("redefine", recover(), out.String()) }()
		p.Int("k", 1, "")
		p.Int("k", 2, "")
	}()
}
