package main

import (
	"fmt"
	"strings"
)

type Base struct{ ID int }

func (b *Base) SetID(id int) { b.ID = id }
func (b Base) Describe() string { return fmt.Sprint(b.ID) }

type Named struct {
	*Base
	Name string
}

type Wrapper struct {
	Named
	extra int
}

type Shape interface {
	Area() float64
}

type Sq struct{ s float64 }

type Describer interface{ Describe() string }

type Setter interface{ SetID(int) }

var _ Describer = Wrapper{}

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	w := Wrapper{Named: Named{Base: &Base{ID: 1}, Name: "n"}}
	w.SetID(2)
	fmt.Println(w.ID, w.Name, w.Describe(), w.extra)
	var sh Shape = Sq{2}
	fmt.Println(sh.Area())
	pq := &Sq{3}
	fmt.Println(pq.Area(), strings.ToUpper("a"))
	area := Sq.Area
	fmt.Println(area(Sq{1}))
	f := w.Describe
	fmt.Println(f())
	// want sel w.ID => field Named.Base.*ID
	// want sel w.Name => field Named.Name
	// want sel w.extra => field extra
	// want sel w.SetID => method None
	// want sel w.Describe#1 => method Deref
	// want sel sh.Area => iface
	// want sel pq.Area => method Deref
	// want sel strings.ToUpper => pkg
	// want sel Sq.Area => methodexpr
	// want type Sq.Area => func(main.Sq) float64
	// want call sh.Area() => iface
	// want call w.SetID(2) => method
	// want call strings.ToUpper("a") => func
	// want call area(Sq{1}) => value
	// want call f() => value
	// want conv Sq{2} => ToInterface
	// want type w.Describe#2 => func() string
	// want implements Shape => Sq, *Sq
	// want implements Describer => Base, Named, Wrapper, *Base, *Named, *Wrapper
	// want implements Setter => Named, Wrapper, *Base, *Named, *Wrapper
	// want implmethod Wrapper.Describe => method Deref Named.Base
	// want implmethod *Wrapper.SetID => method None *Named.Base
	// want implmethod Base.Describe => method None
	// want implmethod *Base.Describe => method Deref
	// want implmethod *Sq.Area => method Deref
	// want resolve fmt#1 => pkg
	// want resolve area#2 => var
}
