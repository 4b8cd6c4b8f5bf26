//! Go's `container/list`: a doubly linked list, ported from Go's `list.go` (a ring through a
//! sentinel `root` element; same checks, same relinking order).
//!
//! `*list.Element` is a Go pointer, `Ptr<Element>`: it is nil at the ends (`e.Next()`), it
//! compares by identity (map keys and values in an LRU cache), and the translator reads and
//! writes `e.Value` through the pointer like any struct field. `*list.List` is a handle,
//! `List` (`Clone` shares the list, `==` is identity, `Default` is an empty list). Links that
//! would make reference cycles do not own their target: every `prev`, an element's `list`, and
//! a `next` that points back at the sentinel; the sentinel owns the ring through the `next`
//! links. A list being dropped unlinks its elements one by one, so a long list never drops
//! recursively. Known differences from Go: elements a program still holds after its list is
//! gone, or after `l.Init()` emptied it, report no neighbours (in Go they keep theirs).

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use crate::fmt::Printer;
use crate::value::{Any, GoValue, Kind, Layout, Ptr, WeakPtr};

/// Go's `list.Element`; programs hold `*list.Element`, a `Ptr<Element>`.
#[derive(Clone, Default)]
#[allow(non_snake_case)]
pub struct Element {
    next: Link,
    prev: WeakPtr<Element>,
    /// The sentinel of the list the element is in (Go's `e.list`); nil when in none.
    list: WeakPtr<Element>,
    /// The value stored with this element.
    pub Value: Any,
}

/// An element's `next` link: owning, except when it points at the sentinel.
#[derive(Clone, Default)]
enum Link {
    #[default]
    Nil,
    Own(Ptr<Element>),
    Root(WeakPtr<Element>),
}

impl Link {
    /// `next` pointing at `to` inside the list whose sentinel is `root`.
    fn to(to: &Ptr<Element>, root: &Ptr<Element>) -> Link {
        if to == root { Link::Root(to.downgrade()) } else { Link::Own(to.clone()) }
    }
    fn get(&self) -> Ptr<Element> {
        match self {
            Link::Nil => Ptr::nil(),
            Link::Own(p) => p.clone(),
            Link::Root(w) => w.upgrade(),
        }
    }
}

impl Element {
    /// `e.Next()`: the next list element or nil.
    pub fn next(&self) -> Ptr<Element> {
        let root = self.list.upgrade();
        let p = self.next.get();
        if !root.is_nil() && p != root { p } else { Ptr::nil() }
    }
    /// `e.Prev()`: the previous list element or nil.
    pub fn prev(&self) -> Ptr<Element> {
        let root = self.list.upgrade();
        let p = self.prev.upgrade();
        if !root.is_nil() && p != root { p } else { Ptr::nil() }
    }
}

impl GoValue for Element {
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        let (next, prev, list) = (self.next.get(), self.prev.upgrade(), self.list.upgrade());
        p.fmt_struct(self, verb, &[("next", &next), ("prev", &prev), ("list", &list), ("Value", &self.Value)])
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        other.as_any().downcast_ref::<Self>().is_some_and(|o| {
            self.next.get() == o.next.get() && self.prev.upgrade() == o.prev.upgrade() && self.list.upgrade() == o.list.upgrade() && self.Value == o.Value
        })
    }
    fn hash_dyn(&self, state: &mut dyn std::hash::Hasher) {
        state.write_usize(self.next.get().addr());
        state.write_usize(self.prev.upgrade().addr());
        GoValue::hash_dyn(&self.Value, state)
    }
    fn go_type_name() -> String {
        "list.Element".into()
    }
    fn go_layout() -> Layout {
        Layout::words(5)
    }
}

/// Go's `*list.List`, as a handle: `Clone` shares the list, `==` is identity.
#[derive(Clone)]
pub struct List(Arc<ListState>);

struct ListState {
    /// The sentinel: `root.next` is the front, `root.prev` the back.
    root: Ptr<Element>,
    len: AtomicI64,
}

impl Default for List {
    /// Go's zero `list.List`, ready to use (Go initializes it lazily; no difference shows).
    fn default() -> Self {
        let root = Ptr::new(Element::default());
        root.with_mut(|r| {
            r.next = Link::Root(root.downgrade());
            r.prev = root.downgrade();
        });
        List(Arc::new(ListState { root, len: AtomicI64::new(0) }))
    }
}

impl Drop for ListState {
    fn drop(&mut self) {
        // Unlink iteratively: dropping the ring through its owning `next` links would recurse
        // once per element.
        let mut cur = self.root.with_mut(|r| std::mem::take(&mut r.next));
        while let Link::Own(e) = cur {
            cur = e.with_mut(|x| {
                x.prev = WeakPtr::default();
                x.list = WeakPtr::default();
                std::mem::take(&mut x.next)
            });
        }
    }
}

impl PartialEq for List {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}
impl Eq for List {}

/// `list.New()`: an empty list.
pub fn new() -> List {
    List::default()
}

// Relaxed on `len`: a list is not safe for concurrent use in Go either; the counter is atomic
// only so that `List` is `Sync`, and every update happens in the program's order.
impl List {
    /// `l.Init()`: empties the list; returns `l`.
    pub fn init(&self) -> List {
        let root = &self.0.root;
        // The old elements leave the list (see the module comment).
        let mut cur = root.with_mut(|r| std::mem::replace(&mut r.next, Link::Root(root.downgrade())));
        root.with_mut(|r| r.prev = root.downgrade());
        while let Link::Own(e) = cur {
            cur = e.with_mut(|x| {
                x.prev = WeakPtr::default();
                x.list = WeakPtr::default();
                std::mem::take(&mut x.next)
            });
        }
        self.0.len.store(0, Ordering::Relaxed);
        self.clone()
    }
    /// `l.Len()`: the number of elements, O(1).
    pub fn len(&self) -> i64 {
        self.0.len.load(Ordering::Relaxed)
    }
    /// `l.Len() == 0`.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Go's `l == nil`: a handle is never nil.
    pub fn is_nil(&self) -> bool {
        false
    }
    /// `l.Front()`: the first element or nil.
    pub fn front(&self) -> Ptr<Element> {
        if self.len() == 0 { Ptr::nil() } else { self.0.root.with(|r| r.next.get()) }
    }
    /// `l.Back()`: the last element or nil.
    pub fn back(&self) -> Ptr<Element> {
        if self.len() == 0 { Ptr::nil() } else { self.0.root.with(|r| r.prev.upgrade()) }
    }
    /// `l.Remove(e)`: removes `e` if it is an element of `l`; returns `e.Value`.
    pub fn remove(&self, e: &Ptr<Element>) -> Any {
        if self.owns(e) {
            self.unlink(e);
        }
        e.with(|x| x.Value.clone())
    }
    /// `l.PushFront(v)`: a new element with value `v` at the front.
    pub fn push_front(&self, v: &Any) -> Ptr<Element> {
        let root = self.0.root.clone();
        self.insert_value(v, &root)
    }
    /// `l.PushBack(v)`: a new element with value `v` at the back.
    pub fn push_back(&self, v: &Any) -> Ptr<Element> {
        let back = self.0.root.with(|r| r.prev.upgrade());
        self.insert_value(v, &back)
    }
    /// `l.InsertBefore(v, mark)`: a new element before `mark` (nil if `mark` is not in `l`).
    pub fn insert_before(&self, v: &Any, mark: &Ptr<Element>) -> Ptr<Element> {
        if !self.owns(mark) {
            return Ptr::nil();
        }
        let at = mark.with(|m| m.prev.upgrade());
        self.insert_value(v, &at)
    }
    /// `l.InsertAfter(v, mark)`: a new element after `mark` (nil if `mark` is not in `l`).
    pub fn insert_after(&self, v: &Any, mark: &Ptr<Element>) -> Ptr<Element> {
        if !self.owns(mark) {
            return Ptr::nil();
        }
        self.insert_value(v, mark)
    }
    /// `l.MoveToFront(e)` (no-op unless `e` is in `l`).
    pub fn move_to_front(&self, e: &Ptr<Element>) {
        let root = &self.0.root;
        if !self.owns(e) || root.with(|r| r.next.get()) == *e {
            return;
        }
        self.relink(e, root);
    }
    /// `l.MoveToBack(e)` (no-op unless `e` is in `l`).
    pub fn move_to_back(&self, e: &Ptr<Element>) {
        let back = self.0.root.with(|r| r.prev.upgrade());
        if !self.owns(e) || back == *e {
            return;
        }
        self.relink(e, &back);
    }
    /// `l.MoveBefore(e, mark)` (no-op unless both are in `l` and differ).
    pub fn move_before(&self, e: &Ptr<Element>, mark: &Ptr<Element>) {
        if !self.owns(e) || e == mark || !self.owns(mark) {
            return;
        }
        let at = mark.with(|m| m.prev.upgrade());
        self.relink(e, &at);
    }
    /// `l.MoveAfter(e, mark)` (no-op unless both are in `l` and differ).
    pub fn move_after(&self, e: &Ptr<Element>, mark: &Ptr<Element>) {
        if !self.owns(e) || e == mark || !self.owns(mark) {
            return;
        }
        self.relink(e, mark);
    }
    /// `l.PushBackList(other)`: copies of `other`'s values at the back (`other` may be `l`).
    pub fn push_back_list(&self, other: &List) {
        let mut e = other.front();
        for _ in 0..other.len() {
            let v = e.with(|x| x.Value.clone());
            self.push_back(&v);
            e = e.get().next();
        }
    }
    /// `l.PushFrontList(other)`: copies of `other`'s values at the front, in order.
    pub fn push_front_list(&self, other: &List) {
        let mut e = other.back();
        for _ in 0..other.len() {
            let v = e.with(|x| x.Value.clone());
            self.push_front(&v);
            e = e.get().prev();
        }
    }

    /// Go's `e.list == l` (nil `e` panics Go's way).
    fn owns(&self, e: &Ptr<Element>) -> bool {
        e.with(|x| x.list.is(&self.0.root))
    }

    fn insert_value(&self, v: &Any, at: &Ptr<Element>) -> Ptr<Element> {
        let e = Ptr::new(Element { Value: v.clone(), ..Element::default() });
        self.insert(&e, at);
        e
    }

    /// Go's `l.insert(e, at)`: `e` after `at`.
    fn insert(&self, e: &Ptr<Element>, at: &Ptr<Element>) {
        let root = &self.0.root;
        let next = at.with(|a| a.next.get());
        e.with_mut(|x| {
            x.prev = at.downgrade();
            x.next = Link::to(&next, root);
            x.list = root.downgrade();
        });
        at.with_mut(|a| a.next = Link::Own(e.clone()));
        next.with_mut(|n| n.prev = e.downgrade());
        self.0.len.fetch_add(1, Ordering::Relaxed);
    }

    /// Go's `l.remove(e)`. The caller holds `e`, so unlinking never drops it here.
    fn unlink(&self, e: &Ptr<Element>) {
        let root = &self.0.root;
        let (prev, next) = e.with(|x| (x.prev.upgrade(), x.next.get()));
        prev.with_mut(|p| p.next = Link::to(&next, root));
        next.with_mut(|n| n.prev = prev.downgrade());
        e.with_mut(|x| {
            x.next = Link::Nil;
            x.prev = WeakPtr::default();
            x.list = WeakPtr::default();
        });
        self.0.len.fetch_sub(1, Ordering::Relaxed);
    }

    /// Go's `l.move(e, at)`: `e` after `at`.
    fn relink(&self, e: &Ptr<Element>, at: &Ptr<Element>) {
        if e == at {
            return;
        }
        let root = &self.0.root;
        let (prev, next) = e.with(|x| (x.prev.upgrade(), x.next.get()));
        prev.with_mut(|p| p.next = Link::to(&next, root));
        next.with_mut(|n| n.prev = prev.downgrade());
        let after = at.with(|a| a.next.get());
        e.with_mut(|x| {
            x.prev = at.downgrade();
            x.next = Link::to(&after, root);
        });
        at.with_mut(|a| a.next = Link::Own(e.clone()));
        after.with_mut(|n| n.prev = e.downgrade());
    }
}

/// What `fmt` shows for a list: Go's `&{root len}`.
#[derive(Clone, Default)]
struct ListView {
    root: Element,
    len: i64,
}
crate::go_struct!(ListView = "list.List" { root: Element, len: i64 });

impl GoValue for List {
    fn kind(&self) -> Kind {
        Kind::Ptr
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        let view = ListView { root: self.0.root.get(), len: self.len() };
        p.fmt_ptr(self, GoValue::addr(self), Some(&view), verb)
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        other.as_any().downcast_ref::<Self>().is_some_and(|o| self == o)
    }
    fn hash_dyn(&self, state: &mut dyn std::hash::Hasher) {
        state.write_usize(GoValue::addr(self))
    }
    fn addr(&self) -> usize {
        Arc::as_ptr(&self.0) as usize
    }
    fn go_type_name() -> String {
        "*list.List".into()
    }
    fn go_layout() -> Layout {
        Layout::words(1)
    }
}
