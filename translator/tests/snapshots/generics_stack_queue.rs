// Translated from Go by gort. Source: main.go
// Line map: gort-map.txt.
#![allow(
    non_snake_case,
    non_camel_case_types,
    non_upper_case_globals,
    unused_mut,
    unused_variables,
    unused_parens,
    unused_braces,
    unused_assignments,
    unreachable_code,
    unreachable_patterns,
    dead_code,
    clippy::all
)]
#[derive(Clone, Default)]
pub struct Stack<T: ::gort::GoValue + ::std::clone::Clone + ::std::default::Default> {
    pub items: ::gort::Slice<T>,
}
impl<T: ::gort::GoValue + ::std::clone::Clone + ::std::default::Default> ::gort::GoValue
for Stack<T> {
    fn kind(&self) -> ::gort::value::Kind {
        ::gort::value::Kind::Struct
    }
    fn fmt_value(&self, p: &mut ::gort::fmt::Printer, verb: char) {
        p.fmt_struct(self, verb, &[("items", &self.items as &dyn ::gort::GoValue)])
    }
    fn json_fields(&self) -> Option<Vec<::gort::encoding::json::JsonField>> {
        Some(
            ::std::vec::Vec::from([
                ::gort::encoding::json::JsonField::new("items", "", false, &self.items),
            ]),
        )
    }
    #[allow(unused_mut)]
    fn json_field_mut(&mut self, i: usize) -> Option<&mut dyn ::gort::GoValue> {
        let mut fields: Vec<&mut dyn ::gort::GoValue> = vec![& mut self.items];
        (i < fields.len()).then(|| fields.swap_remove(i))
    }
    fn go_zero() -> Option<Self> {
        Some(<Self as ::std::default::Default>::default())
    }
    fn go_type_name() -> String {
        let args: Vec<String> = vec![< T as ::gort::GoValue > ::go_type_name()];
        format!("{}[{}]", "main.Stack", args.join(","))
    }
    ::gort::__go_struct_fields!(items : ::gort::Slice < T >);
    fn go_methods() -> ::gort::value::Methods {
        #[allow(unused_mut)]
        let mut m = ::gort::value::Methods::NONE;
        m
    }
}
#[derive(Clone, Default)]
pub struct Queue<T: ::gort::GoValue + ::std::clone::Clone + ::std::default::Default> {
    pub buf: ::gort::Slice<T>,
    pub head: i64,
    pub size: i64,
}
impl<T: ::gort::GoValue + ::std::clone::Clone + ::std::default::Default> ::gort::GoValue
for Queue<T> {
    fn kind(&self) -> ::gort::value::Kind {
        ::gort::value::Kind::Struct
    }
    fn fmt_value(&self, p: &mut ::gort::fmt::Printer, verb: char) {
        p.fmt_struct(
            self,
            verb,
            &[
                ("buf", &self.buf as &dyn ::gort::GoValue),
                ("head", &self.head as &dyn ::gort::GoValue),
                ("size", &self.size as &dyn ::gort::GoValue),
            ],
        )
    }
    fn json_fields(&self) -> Option<Vec<::gort::encoding::json::JsonField>> {
        Some(
            ::std::vec::Vec::from([
                ::gort::encoding::json::JsonField::new("buf", "", false, &self.buf),
                ::gort::encoding::json::JsonField::new("head", "", false, &self.head),
                ::gort::encoding::json::JsonField::new("size", "", false, &self.size),
            ]),
        )
    }
    #[allow(unused_mut)]
    fn json_field_mut(&mut self, i: usize) -> Option<&mut dyn ::gort::GoValue> {
        let mut fields: Vec<&mut dyn ::gort::GoValue> = vec![
            & mut self.buf, & mut self.head, & mut self.size
        ];
        (i < fields.len()).then(|| fields.swap_remove(i))
    }
    fn go_zero() -> Option<Self> {
        Some(<Self as ::std::default::Default>::default())
    }
    fn go_type_name() -> String {
        let args: Vec<String> = vec![< T as ::gort::GoValue > ::go_type_name()];
        format!("{}[{}]", "main.Queue", args.join(","))
    }
    ::gort::__go_struct_fields!(buf : ::gort::Slice < T >, head : i64, size : i64);
    fn go_methods() -> ::gort::value::Methods {
        #[allow(unused_mut)]
        let mut m = ::gort::value::Methods::NONE;
        m
    }
}
#[derive(Clone, Default, PartialEq)]
pub struct Pair<
    K: ::gort::GoValue + ::std::clone::Clone + ::std::default::Default
        + ::std::cmp::PartialEq,
    V: ::gort::GoValue + ::std::clone::Clone + ::std::default::Default,
> {
    pub Key: K,
    pub Val: V,
}
impl<
    K: ::gort::GoValue + ::std::clone::Clone + ::std::default::Default
        + ::std::cmp::PartialEq,
    V: ::gort::GoValue + ::std::clone::Clone + ::std::default::Default,
> ::gort::GoValue for Pair<K, V> {
    fn kind(&self) -> ::gort::value::Kind {
        ::gort::value::Kind::Struct
    }
    fn fmt_value(&self, p: &mut ::gort::fmt::Printer, verb: char) {
        p.fmt_struct(
            self,
            verb,
            &[
                ("Key", &self.Key as &dyn ::gort::GoValue),
                ("Val", &self.Val as &dyn ::gort::GoValue),
            ],
        )
    }
    fn json_fields(&self) -> Option<Vec<::gort::encoding::json::JsonField>> {
        Some(
            ::std::vec::Vec::from([
                ::gort::encoding::json::JsonField::new("Key", "", false, &self.Key),
                ::gort::encoding::json::JsonField::new("Val", "", false, &self.Val),
            ]),
        )
    }
    #[allow(unused_mut)]
    fn json_field_mut(&mut self, i: usize) -> Option<&mut dyn ::gort::GoValue> {
        let mut fields: Vec<&mut dyn ::gort::GoValue> = vec![
            & mut self.Key, & mut self.Val
        ];
        (i < fields.len()).then(|| fields.swap_remove(i))
    }
    fn go_zero() -> Option<Self> {
        Some(<Self as ::std::default::Default>::default())
    }
    fn go_type_name() -> String {
        let args: Vec<String> = vec![
            < K as ::gort::GoValue > ::go_type_name(), < V as ::gort::GoValue >
            ::go_type_name()
        ];
        format!("{}[{}]", "main.Pair", args.join(","))
    }
    ::gort::__go_struct_fields!(Key : K, Val : V);
    ::gort::__go_value_method!(String);
    fn go_methods() -> ::gort::value::Methods {
        #[allow(unused_mut)]
        let mut m = ::gort::value::Methods::NONE;
        ::gort::__go_method_flag!(m, value, String);
        m
    }
}
impl<
    K: ::gort::GoValue + ::std::clone::Clone + ::std::default::Default
        + ::std::cmp::PartialEq,
    V: ::gort::GoValue + ::std::clone::Clone + ::std::default::Default,
> ::gort::value::Stringer for Pair<K, V> {
    fn String(&self) -> ::gort::Str {
        Self::String(self)
    }
}
pub fn NewQueue<T: ::gort::GoValue + ::std::clone::Clone + ::std::default::Default>(
    capacity: i64,
) -> ::gort::Ptr<Queue<T>> {
    return ::gort::Ptr::new(Queue::<T> {
        buf: ::gort::Slice::make(capacity, capacity),
        ..::std::default::Default::default()
    });
}
impl<T: ::gort::GoValue + ::std::clone::Clone + ::std::default::Default> Stack<T> {
    pub fn Push(s: &::gort::Ptr<Stack<T>>, v: T) {
        {
            let __val = ::gort::append(
                &(*s).with(|__v| __v.items.clone()),
                &[v.clone()],
            );
            (*s).with_mut(|__v| __v.items = __val);
        }
    }
    pub fn Pop(s: &::gort::Ptr<Stack<T>>) -> (T, bool) {
        let zero: T = <T as ::std::default::Default>::default();
        if (*s).with(|__v| __v.items.clone()).len() == 0i64 {
            return (zero.clone(), false);
        }
        let mut v: T = (*s)
            .with(|__v| __v.items.clone())
            .get((*s).with(|__v| __v.items.clone()).len() - 1i64);
        {
            let __val = (*s)
                .with(|__v| __v.items.clone())
                .slice_to((*s).with(|__v| __v.items.clone()).len() - 1i64);
            (*s).with_mut(|__v| __v.items = __val);
        }
        return (v.clone(), true);
    }
    pub fn Len(s: &::gort::Ptr<Stack<T>>) -> i64 {
        return (*s).with(|__v| __v.items.clone()).len();
    }
}
impl<T: ::gort::GoValue + ::std::clone::Clone + ::std::default::Default> Queue<T> {
    pub fn Enqueue(q: &::gort::Ptr<Queue<T>>, v: T) -> bool {
        if (*q).with(|__v| __v.size) == (*q).with(|__v| __v.buf.clone()).len() {
            return false;
        }
        (*q)
            .with(|__v| __v.buf.clone())
            .set(
                ::gort::value::ops::rem(
                    (*q).with(|__v| __v.head) + (*q).with(|__v| __v.size),
                    (*q).with(|__v| __v.buf.clone()).len(),
                ),
                v.clone(),
            );
        (*q).with_mut(|__v| __v.size += 1);
        return true;
    }
    pub fn Dequeue(q: &::gort::Ptr<Queue<T>>) -> (T, bool) {
        let zero: T = <T as ::std::default::Default>::default();
        if (*q).with(|__v| __v.size) == 0i64 {
            return (zero.clone(), false);
        }
        let mut v: T = (*q).with(|__v| __v.buf.clone()).get((*q).with(|__v| __v.head));
        {
            let __val = ::gort::value::ops::rem(
                (*q).with(|__v| __v.head) + 1i64,
                (*q).with(|__v| __v.buf.clone()).len(),
            );
            (*q).with_mut(|__v| __v.head = __val);
        }
        (*q).with_mut(|__v| __v.size -= 1);
        return (v.clone(), true);
    }
}
impl<
    K: ::gort::GoValue + ::std::clone::Clone + ::std::default::Default
        + ::std::cmp::PartialEq,
    V: ::gort::GoValue + ::std::clone::Clone + ::std::default::Default,
> Pair<K, V> {
    pub fn String(p: &Pair<K, V>) -> ::gort::Str {
        return ::gort::fmt::sprintf(&::gort::Str::lit("%v=%v"), &[&p.Key, &p.Val]);
    }
}
#[::gort::main]
async fn main() {
    let s: ::gort::Ptr<Stack<::gort::Str>> = ::gort::Ptr::new(
        Stack::<::gort::Str>::default(),
    );
    for (_, w) in ::gort::Slice::from_vec(
            ::std::vec![
                ::gort::Str::lit("a"), ::gort::Str::lit("b"), ::gort::Str::lit("c")
            ],
        )
        .iter()
    {
        Stack::<_>::Push(&::std::clone::Clone::clone(&s), w.clone());
    }
    while Stack::<_>::Len(&::std::clone::Clone::clone(&s)) > 0i64 {
        ::gort::preempt::point().await;
        let (__t1, __t2) = Stack::<_>::Pop(&::std::clone::Clone::clone(&s));
        let mut v: ::gort::Str = __t1;
        let _ = __t2;
        ::gort::fmt::print(&[&v]);
    }
    let (__t3, __t4) = Stack::<_>::Pop(&::std::clone::Clone::clone(&s));
    let _ = __t3;
    let mut ok: bool = __t4;
    ::gort::fmt::println(&[&::gort::Str::lit(" empty pop ok:"), &ok]);
    let mut q: ::gort::Ptr<Queue<i64>> = NewQueue::<i64>(3i64);
    {
        let mut i = 1i64;
        while i <= 4i64 {
            ::gort::fmt::print(&[&Queue::<_>::Enqueue(&q, i), &::gort::Str::lit(" ")]);
            i += 1;
        }
    }
    ::gort::fmt::println(&[]);
    let (__t5, __t6) = Queue::<_>::Dequeue(&q);
    let mut a: i64 = __t5;
    let _ = __t6;
    Queue::<_>::Enqueue(&q, 5i64);
    ::gort::fmt::print(&[&a]);
    loop {
        let (__t7, __t8) = Queue::<_>::Dequeue(&q);
        let mut v: i64 = __t7;
        let mut ok: bool = __t8;
        if !ok {
            break;
        }
        ::gort::fmt::print(&[&::gort::Str::lit(" "), &v]);
    }
    ::gort::fmt::println(&[]);
    let ps: ::gort::Ptr<Stack<Pair<::gort::Str, i64>>> = ::gort::Ptr::new(
        <Stack<Pair<::gort::Str, i64>> as ::std::default::Default>::default(),
    );
    Stack::<
        _,
    >::Push(
        &::std::clone::Clone::clone(&ps),
        Pair::<::gort::Str, i64> {
            Key: ::gort::Str::lit("x"),
            Val: 1i64,
        },
    );
    Stack::<
        _,
    >::Push(
        &::std::clone::Clone::clone(&ps),
        Pair::<::gort::Str, i64> {
            Key: ::gort::Str::lit("y"),
            Val: 2i64,
        },
    );
    let (__t9, __t10) = Stack::<_>::Pop(&::std::clone::Clone::clone(&ps));
    let mut top: Pair<::gort::Str, i64> = __t9;
    let _ = __t10;
    ::gort::fmt::println(&[&top, &ps.with(|__v| __v.items.clone())]);
    ::gort::fmt::printf(&::gort::Str::lit("%T\n"), &[&top]);
}
