package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	fmt.Stringer
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func Insert[T interface{ ~int | ~string }](t *Tree[T], v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = Insert(t.Left, v)
	} else {
		t.Right = Insert(t.Right, v)
	}
	return t
}

type State int

const (
	Idle State = iota
	Running
	Done
)

func (s State) String() string {
	switch s {
	case Idle:
		return "idle"
	case Running:
		return "running"
	}
	return "done"
}

var ErrNotFound = errors.New("not found")

type wrapErr struct {
	op  string
	err error
}

func (w *wrapErr) Error() string { return w.op + ": " + w.err.Error() }
func (w *wrapErr) Unwrap() error { return w.err }

func find(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, &wrapErr{"find", ErrNotFound}
}

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			results <- strconv.Itoa(id) + ":" + strconv.Itoa(j*j)
		}
	}
}

func main() {
	shapes := ByArea{Rect{3, 4}, Rect{1, 2}, Rect{2, 2}}
	sort.Sort(shapes)
	for _, s := range shapes {
		if n, ok := s.(Named); ok {
			fmt.Println(n.String(), n.Area())
		}
	}
	var root *Tree[int]
	for _, v := range []int{5, 3, 8, 1} {
		root = Insert(root, v)
	}
	var sb strings.Builder
	root.Walk(func(v int) { sb.WriteString(strconv.Itoa(v) + " ") })
	fmt.Println(strings.TrimSpace(sb.String()), Running, State(2))
	_, err := find(map[string]int{"a": 1}, "b")
	var we *wrapErr
	fmt.Println(errors.Is(err, ErrNotFound), errors.As(err, &we), we.op)
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	jobs := make(chan int, 10)
	results := make(chan string, 10)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go worker(ctx, i, jobs, results, &wg)
	}
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	var out []string
	for r := range results {
		out = append(out, r[strings.Index(r, ":")+1:])
	}
	sort.Strings(out)
	fmt.Println(out)
	var counter atomic.Int64
	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Go(func() {
			counter.Add(1)
			mu.Lock()
			total += i
			mu.Unlock()
		})
	}
	wg2.Wait()
	fmt.Println(counter.Load(), total)
	matrix := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	matrix[1][2] = 9
	pts := map[string]struct{ X, Y int }{"o": {}, "a": {1, 2}}
	fmt.Println(matrix, len(pts), pts["a"].X)
	type local struct{ n int }
	l := local{n: 1}
	l.n++
	fmt.Println(l, 1<<10, 07, 'x', "\u00e9", 1e3, 0x10p1)
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
			os.Exit(3)
		}
	}()
	var arr []int
	_ = arr[5]
}

// A valid program exercising many constructs together: no diagnostics.
// want type strings.TrimSpace(sb.String()) => string
// want async worker => true
// want async Tree.Walk => false
// want async Insert => false
// want async main => true
// want storage total => shared
// want storage sb => plain
// want storage counter => plain
// want storage mu => plain
// want storage wg2 => plain
// want call sort.Sort(shapes) => func
// want conv shapes#2 => ToInterface
// want type pts["a"].X => int
// want sel n.String => iface
// want implements Named => Rect, *Rect
// want type State(2) => main.State
// want const State(2) => 2
