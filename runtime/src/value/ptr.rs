//! Go's `*T`: nil, a shared cell (`new(T)`, `&T{…}`, an escaping variable), or a projection
//! into a field (`&p.f`) or a slice element (`&s[i]`). Equality is identity. A cell's lock is
//! a spin lock (`spin.rs`) held only inside `with`/`with_mut`/`get`/`set`, never across user code; a cell of a basic
//! scalar type (`int`, `float64`, `bool`, …) has no lock: it is a relaxed atomic (`atom.rs`).

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use super::spin::SpinLock;

use super::atom::{self, AtomCell, Words};
use super::rterr::panic_nil_deref;
use super::slice::Backing;
use super::{GoError, GoValue, Kind, Layout, Slice, Str, Stringer};
use crate::fmt::Printer;

/// A place a pointer may point at, other than a whole cell.
trait Place<T>: Send + Sync {
    fn with_mut_dyn(&self, f: &mut dyn FnMut(&mut T));
    /// `with_mut_dyn` as one atomic step with respect to every other access (`f` may run more
    /// than once).
    fn update_dyn(&self, f: &mut dyn FnMut(&mut T)) {
        self.with_mut_dyn(f)
    }
    fn addr(&self) -> usize;
}

enum Repr<T> {
    Cell(Arc<SpinLock<T>>),
    /// A cell of a lock-free scalar type (`atom::width::<T>()` is `Some`).
    Atom(Arc<AtomCell>),
    /// A cell of a plain struct or array type, as lock-free words.
    Words(Arc<Words<T>>),
    Place(Arc<dyn Place<T>>),
}

impl<T> Clone for Repr<T> {
    fn clone(&self) -> Self {
        match self {
            Repr::Cell(c) => Repr::Cell(c.clone()),
            Repr::Atom(c) => Repr::Atom(c.clone()),
            Repr::Words(c) => Repr::Words(c.clone()),
            Repr::Place(p) => Repr::Place(p.clone()),
        }
    }
}

/// A Go pointer. `Clone` copies the pointer (both point at the same place).
pub struct Ptr<T>(Option<Repr<T>>);

impl<T> Clone for Ptr<T> {
    fn clone(&self) -> Self {
        Ptr(self.0.clone())
    }
}

impl<T> Default for Ptr<T> {
    fn default() -> Self {
        Ptr(None)
    }
}

impl<T: Send + 'static> Ptr<T> {
    /// The nil pointer.
    pub const fn nil() -> Self {
        Ptr(None)
    }
    /// Go's `p == nil`.
    pub fn is_nil(&self) -> bool {
        self.0.is_none()
    }
    /// The address of the pointee (what `%p` prints; 0 for nil).
    pub fn addr(&self) -> usize {
        match &self.0 {
            None => 0,
            Some(Repr::Cell(c)) => Arc::as_ptr(c) as usize,
            Some(Repr::Atom(c)) => Arc::as_ptr(c) as usize,
            Some(Repr::Words(c)) => Arc::as_ptr(c) as usize,
            Some(Repr::Place(p)) => p.addr(),
        }
    }
}

impl<T: GoValue + Clone> Ptr<T> {
    /// A pointer to a new cell holding `v` (`&T{…}`, `new(T)` with `T::default()`).
    pub fn new(v: T) -> Self {
        if atom::width::<T>().is_some() {
            return Ptr(Some(Repr::Atom(Arc::new(AtomCell::new(&v)))));
        }
        match Words::new(vec![v]) {
            Ok(w) => Ptr(Some(Repr::Words(Arc::new(w)))),
            Err(mut v) => Ptr(Some(Repr::Cell(Arc::new(SpinLock::new(v.pop().expect("one value")))))),
        }
    }
    /// Runs `f` on the pointee in place (`p.x = 1`, `*p += 2`). Nil panics Go's way.
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        match &self.0 {
            None => panic_nil_deref(),
            Some(Repr::Cell(c)) => f(&mut c.lock()),
            Some(Repr::Atom(c)) => {
                let mut v = c.get();
                let r = f(&mut v);
                c.set(&v);
                r
            }
            Some(Repr::Words(c)) => c.with_elem(0, f),
            Some(Repr::Place(p)) => {
                let mut f = Some(f);
                let mut out = None;
                p.with_mut_dyn(&mut |v| out = Some((f.take().expect("called once"))(v)));
                out.expect("place calls back once")
            }
        }
    }
    /// Runs `f` on the pointee (`p.x`, `*p`).
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        match &self.0 {
            Some(Repr::Cell(c)) => f(&c.lock()),
            Some(Repr::Atom(c)) => f(&c.get()),
            Some(Repr::Words(c)) => f(&c.get(0)),
            _ => self.with_mut(|v| f(v)),
        }
    }
    /// Read-modify-write of the pointee as one atomic step with respect to every other access
    /// (`sync/atomic`'s function forms: `atomic.AddInt64(&x, 1)`). `f` may run more than once
    /// (a compare-and-swap loop on a lock-free cell), so it must only change its argument.
    pub fn update<R>(&self, mut f: impl FnMut(&mut T) -> R) -> R {
        match &self.0 {
            None => panic_nil_deref(),
            Some(Repr::Atom(c)) => c.update(f),
            Some(Repr::Words(c)) => c.update(0, f),
            Some(Repr::Cell(c)) => f(&mut c.lock()),
            Some(Repr::Place(p)) => {
                let mut out = None;
                p.update_dyn(&mut |v| out = Some(f(v)));
                out.expect("place calls back")
            }
        }
    }
    /// The pointee, read with `sync/atomic`'s ordering (sequentially consistent).
    pub fn load_sc(&self) -> T
    where
        T: Clone,
    {
        match &self.0 {
            Some(Repr::Atom(c)) => c.load_sc(),
            Some(Repr::Place(_)) => self.update(|v| v.clone()),
            _ => self.with(T::clone),
        }
    }
    /// Stores `v` with `sync/atomic`'s ordering (sequentially consistent).
    pub fn store_sc(&self, v: T)
    where
        T: Clone,
    {
        match &self.0 {
            Some(Repr::Atom(c)) => c.store_sc(&v),
            Some(Repr::Place(_)) => self.update(|p| *p = v.clone()),
            _ => self.set(v),
        }
    }
    /// Go's `*p = v`.
    pub fn set(&self, v: T) {
        self.with_mut(|p| *p = v)
    }
    /// `&p.f`: a pointer to a field of the pointee. `proj` selects the field; nil panics.
    pub fn field<F: Send + 'static>(
        p: &Ptr<T>,
        proj: impl Fn(&mut T) -> &mut F + Send + Sync + 'static,
    ) -> Ptr<F> {
        let base = p.addr();
        let offset = p.with_mut(|v| {
            let whole = v as *mut T as usize;
            proj(v) as *mut F as usize - whole
        });
        Ptr(Some(Repr::Place(Arc::new(FieldPlace { parent: p.clone(), proj, addr: base + offset }))))
    }
}

impl<T: GoValue + Clone> Ptr<T> {
    /// Go's `*p` (a copy of the pointee).
    pub fn get(&self) -> T {
        self.with(|v| v.clone())
    }
    /// `&s[i]`: a pointer to a slice element (bounds-checked now, as Go does).
    pub fn elem(s: &Slice<T>, i: i64) -> Ptr<T>
    where
        T: GoValue,
    {
        s.with(i, |_| ());
        let (arr, off) = s.backing().expect("index checked");
        let idx = off + i as usize;
        let addr = arr.addr() + idx * std::mem::size_of::<T>().max(1);
        Ptr(Some(Repr::Place(Arc::new(ElemPlace { arr: arr.clone(), idx, addr }))))
    }
}

struct FieldPlace<S, P> {
    parent: Ptr<S>,
    proj: P,
    addr: usize,
}

impl<S: GoValue + Clone, F, P> Place<F> for FieldPlace<S, P>
where
    P: Fn(&mut S) -> &mut F + Send + Sync,
{
    fn with_mut_dyn(&self, f: &mut dyn FnMut(&mut F)) {
        self.parent.with_mut(|s| f((self.proj)(s)))
    }
    fn update_dyn(&self, f: &mut dyn FnMut(&mut F)) {
        self.parent.update(|s| f((self.proj)(s)))
    }
    fn addr(&self) -> usize {
        self.addr
    }
}

// `Ptr<S>` is Send + Sync when `S: Send` (its cells are `Arc<SpinLock<S>>`).
struct ElemPlace<T> {
    arr: Backing<T>,
    idx: usize,
    addr: usize,
}

impl<T: GoValue + Clone> Place<T> for ElemPlace<T> {
    fn with_mut_dyn(&self, f: &mut dyn FnMut(&mut T)) {
        self.arr.with_elem(self.idx, |v| f(v))
    }
    fn update_dyn(&self, f: &mut dyn FnMut(&mut T)) {
        self.arr.update_elem(self.idx, f)
    }
    fn addr(&self) -> usize {
        self.addr
    }
}

/// A pointer that does not keep its pointee alive, for runtime structures whose links would
/// otherwise form reference cycles (`container/list`'s back links and links to its sentinel).
/// `upgrade` gives nil once the pointee is gone; a projection (`&x.f`) stays a strong pointer.
pub(crate) struct WeakPtr<T>(Option<WeakRepr<T>>);

enum WeakRepr<T> {
    Cell(std::sync::Weak<SpinLock<T>>),
    Atom(std::sync::Weak<AtomCell>),
    Words(std::sync::Weak<Words<T>>),
    Place(Arc<dyn Place<T>>),
}

impl<T> Clone for WeakPtr<T> {
    fn clone(&self) -> Self {
        WeakPtr(match &self.0 {
            None => None,
            Some(WeakRepr::Cell(w)) => Some(WeakRepr::Cell(w.clone())),
            Some(WeakRepr::Atom(w)) => Some(WeakRepr::Atom(w.clone())),
            Some(WeakRepr::Words(w)) => Some(WeakRepr::Words(w.clone())),
            Some(WeakRepr::Place(p)) => Some(WeakRepr::Place(p.clone())),
        })
    }
}

impl<T> Default for WeakPtr<T> {
    fn default() -> Self {
        WeakPtr(None)
    }
}

impl<T: Send + 'static> Ptr<T> {
    /// A non-owning copy of the pointer.
    pub(crate) fn downgrade(&self) -> WeakPtr<T> {
        WeakPtr(match &self.0 {
            None => None,
            Some(Repr::Cell(c)) => Some(WeakRepr::Cell(Arc::downgrade(c))),
            Some(Repr::Atom(c)) => Some(WeakRepr::Atom(Arc::downgrade(c))),
            Some(Repr::Words(c)) => Some(WeakRepr::Words(Arc::downgrade(c))),
            Some(Repr::Place(p)) => Some(WeakRepr::Place(p.clone())),
        })
    }
}

impl<T: Send + 'static> WeakPtr<T> {
    /// The pointer, or nil when it was nil or its pointee is gone.
    pub(crate) fn upgrade(&self) -> Ptr<T> {
        Ptr(match &self.0 {
            None => None,
            Some(WeakRepr::Cell(w)) => w.upgrade().map(Repr::Cell),
            Some(WeakRepr::Atom(w)) => w.upgrade().map(Repr::Atom),
            Some(WeakRepr::Words(w)) => w.upgrade().map(Repr::Words),
            Some(WeakRepr::Place(p)) => Some(Repr::Place(p.clone())),
        })
    }
    /// Whether it points where `p` does (never true for nil); no upgrade needed: a live `Weak`
    /// keeps its allocation, so the address cannot be reused meanwhile.
    pub(crate) fn is(&self, p: &Ptr<T>) -> bool {
        let addr = match &self.0 {
            None => return false,
            Some(WeakRepr::Cell(w)) => std::sync::Weak::as_ptr(w) as usize,
            Some(WeakRepr::Atom(w)) => std::sync::Weak::as_ptr(w) as usize,
            Some(WeakRepr::Words(w)) => std::sync::Weak::as_ptr(w) as usize,
            Some(WeakRepr::Place(pl)) => pl.addr(),
        };
        !p.is_nil() && addr == p.addr()
    }
}

impl<T: Send + 'static> PartialEq for Ptr<T> {
    fn eq(&self, other: &Self) -> bool {
        self.addr() == other.addr()
    }
}
impl<T: Send + 'static> Eq for Ptr<T> {}
impl<T: Send + 'static> Hash for Ptr<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.addr().hash(state)
    }
}

impl<T: GoValue + Clone> GoValue for Ptr<T> {
        fn clone_any(&self) -> Option<crate::Any> {
            Some(crate::Any::from_value(::std::clone::Clone::clone(self)))
        }
    fn json_encode(&self, e: &mut crate::encoding::json::EncodeState) {
        if self.is_nil() {
            return e.null();
        }
        if let Some((b, err)) = T::ptr_json_marshaler(self) {
            return e.marshaler_output(&Self::go_type_name(), b, err);
        }
        // A copy of the pointee: the cell's lock is not held while encoding (a cycle would
        // lock the same cell again).
        let v = self.with(T::clone);
        e.pointer(self, |e| e.value(&v))
    }
    fn json_fields(&self) -> Option<Vec<crate::encoding::json::JsonField>> {
        // An embedded nil *T contributes no fields (Go skips them when encoding).
        if self.is_nil() { Some(Vec::new()) } else { self.with(T::clone).json_fields() }
    }
    fn json_is_empty(&self) -> bool {
        self.is_nil()
    }
    fn json_fields_decode(&self) -> Option<Vec<crate::encoding::json::JsonField>> {
        if self.is_nil() { T::go_zero()?.json_fields_decode() } else { self.with(T::clone).json_fields_decode() }
    }
    /// A path through an embedded pointer: into a copy of the pointee (a new one when nil),
    /// stored back, so the cell's lock is not held while decoding.
    fn json_with_field(&mut self, path: &[usize], f: &mut dyn FnMut(&mut dyn GoValue)) -> bool {
        if path.is_empty() {
            f(self);
            return true;
        }
        let mut x = if self.is_nil() {
            match T::go_zero() {
                Some(z) => z,
                None => return false,
            }
        } else {
            self.get()
        };
        let ok = x.json_with_field(path, f);
        if self.is_nil() {
            *self = Ptr::new(x);
        } else {
            self.set(x);
        }
        ok
    }
    /// Go's decoder: `null` is nil; otherwise the pointee (a new one when nil) is decoded in
    /// place.
    fn json_decode(&mut self, d: &mut crate::encoding::json::DecodeState, v: &crate::encoding::json::JsonValue) {
        if let crate::encoding::json::JsonValue::Null = v {
            *self = Ptr::nil();
            return;
        }
        if self.is_nil() {
            let Some(z) = T::go_zero() else { return d.type_error(v) };
            *self = Ptr::new(z);
        }
        self.json_decode_pointee(d, v);
    }
    fn json_decode_pointee(&self, d: &mut crate::encoding::json::DecodeState, v: &crate::encoding::json::JsonValue) -> Option<Option<String>> {
        if self.is_nil() {
            return Some(Some(format!("json: Unmarshal(nil {})", Self::go_type_name())));
        }
        // A copy of the pointee is decoded: the cell's lock is not held while decoding.
        let mut x = self.get();
        d.decode(&mut x, v);
        self.set(x);
        Some(None)
    }
    fn go_zero() -> Option<Self> {
        Some(Ptr::nil())
    }
    fn json_is_zero(&self) -> bool {
        self.is_nil()
    }
    fn kind(&self) -> Kind {
        Kind::Ptr
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        if self.is_nil() {
            p.fmt_ptr(self, self.addr(), None, verb);
        } else {
            let v = self.get();
            p.fmt_ptr(self, self.addr(), Some(&v), verb);
        }
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        super::eq_by(self, other)
    }
    fn hash_dyn(&self, state: &mut dyn Hasher) {
        state.write_usize(self.addr())
    }
    fn cmp_dyn(&self, other: &dyn GoValue) -> std::cmp::Ordering {
        other.as_any().downcast_ref::<Self>().map_or(std::cmp::Ordering::Equal, |o| self.addr().cmp(&o.addr()))
    }
    fn as_error(&self) -> Option<&dyn GoError> {
        let m = T::go_methods();
        (m.ptr_error || m.error).then_some(self as &dyn GoError)
    }
    fn as_stringer(&self) -> Option<&dyn Stringer> {
        let m = T::go_methods();
        (m.ptr_string || m.string).then_some(self as &dyn Stringer)
    }
    fn as_formatter(&self) -> Option<&dyn crate::fmt::Formatter> {
        let m = T::go_methods();
        (m.ptr_format || m.format).then_some(self as &dyn crate::fmt::Formatter)
    }
    fn into_error(self: Arc<Self>) -> Option<Arc<dyn GoError>> {
        let m = T::go_methods();
        if m.ptr_error || m.error { Some(self) } else { None }
    }
    fn clone_error(&self) -> Option<super::Error> {
        self.as_error().map(|_| super::Error::from_err(self.clone()))
    }
    fn into_stringer(self: Arc<Self>) -> Option<Arc<dyn Stringer>> {
        let m = T::go_methods();
        if m.ptr_string || m.string { Some(self) } else { None }
    }
    fn addr(&self) -> usize {
        Ptr::addr(self)
    }
    fn as_target(&self, v: &Arc<dyn GoValue>) -> Option<bool> {
        if self.is_nil() {
            return None;
        }
        let found = match v.as_any().downcast_ref::<T>() {
            Some(t) => Some(t.clone()),
            None => T::go_from_iface(v),
        };
        Some(match found {
            Some(t) => {
                self.set(t);
                true
            }
            None => false,
        })
    }
    fn go_type_name() -> String {
        format!("*{}", T::go_type_name())
    }
    fn go_layout() -> Layout {
        Layout::words(1)
    }
}

/// `*T`'s `Error()`: the pointer-receiver method, else `T`'s value method on a copy.
impl<T: GoValue + Clone> GoError for Ptr<T> {
    fn Error(&self) -> Str {
        if let Some(s) = T::ptr_error(self) {
            return s;
        }
        let v = self.get();
        match v.as_error() {
            Some(e) => e.Error(),
            None => panic_nil_deref(),
        }
    }
    fn unwrap_error(&self) -> super::Error {
        T::ptr_unwrap(self).unwrap_or_else(|| self.get().as_error().map_or(super::Error::nil(), |e| e.unwrap_error()))
    }
}

/// `*T`'s `String()`: the pointer-receiver method, else `T`'s value method on a copy.
impl<T: GoValue + Clone> Stringer for Ptr<T> {
    fn String(&self) -> Str {
        if let Some(s) = T::ptr_string(self) {
            return s;
        }
        let v = self.get();
        match v.as_stringer() {
            Some(e) => e.String(),
            None => panic_nil_deref(),
        }
    }
}

/// `*T`'s `Format`: the pointer-receiver method, else `T`'s value method on a copy.
#[allow(non_snake_case)]
impl<T: GoValue + Clone> crate::fmt::Formatter for Ptr<T> {
    fn Format(&self, f: super::Iface<dyn crate::fmt::State>, verb: i32) {
        if T::ptr_format(self, f.clone(), verb) {
            return;
        }
        let v = self.get();
        match v.as_formatter() {
            Some(x) => x.Format(f, verb),
            None => panic_nil_deref(),
        }
    }
}

impl<T: GoValue + Clone + std::fmt::Debug> std::fmt::Debug for Ptr<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_nil() { f.write_str("nil") } else { write!(f, "&{:?}", self.get()) }
    }
}
