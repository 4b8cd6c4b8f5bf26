//! The global allocator of programs on the runtime: the system allocator, plus per-thread
//! caches of the cache-line-aligned blocks that goroutines are made of.
//!
//! Every goroutine is one tokio task cell, aligned to 128 bytes. glibc serves an aligned
//! request through `posix_memalign`, which carves an aligned piece out of a larger chunk and
//! frees the rest: on `bench/spawn` (a million short goroutines) a quarter of the CPU went to
//! `_int_memalign`, `_int_free`, `unlink_chunk` and `malloc_consolidate`. Go allocates a
//! goroutine from a per-P free list and never frees it. This allocator does the same for every
//! request aligned to more than 16 and at most 128 bytes, of at most [`MAX_SIZE`] bytes: size
//! classes of 128 bytes, each block 128-aligned (so any request of its class fits any block of
//! it), kept in a per-thread free list. A thread whose list grows past `2 * MAG` hands `MAG`
//! blocks (a magazine) to the class's global depot; a thread whose list is empty takes a
//! magazine from the depot, and only when that is empty too carves a new slab of `MAG` blocks
//! from one system allocation (Bonwick's magazines and slabs). Tasks are often freed on another
//! worker than the one that spawned them: the depot moves the blocks back. Everything else
//! goes to the system allocator unchanged.
//!
//! Like Go's goroutine descriptors, cached blocks are never returned to the system: memory
//! for them stays at the program's peak (of live goroutines, mostly). A thread's cached
//! blocks go to the depot when it exits (a thread-local guard), so threads that come and go
//! (tokio's blocking pool) do not strand them.
//!
//! Installed as the `#[global_allocator]` by the default feature `go-alloc`; a program that
//! wants its own allocator turns default features off.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr::null_mut;

/// Size-class granularity and the alignment of every cached block.
const GRAIN: usize = 128;
/// The largest cached request.
pub const MAX_SIZE: usize = 2048;
const CLASSES: usize = MAX_SIZE / GRAIN;
/// Blocks per magazine and per slab.
const MAG: u32 = 32;

/// The runtime's allocator (see the module docs).
pub struct GoAlloc;

/// A free block (every block is at least `GRAIN` bytes): the next free block of its list,
/// and, on the head block of a magazine in the depot, the next magazine and the magazine's
/// length.
struct Free {
    next: *mut Free,
    next_mag: *mut Free,
    len: u32,
}

/// One class's free list on one thread.
#[derive(Clone, Copy)]
struct List {
    head: *mut Free,
    len: u32,
}

const EMPTY: List = List { head: null_mut(), len: 0 };

thread_local! {
    /// This thread's free lists. Const-initialised and without `Drop`: reachable from the
    /// allocator at any time in the thread's life, with no lazy registration.
    static LOCAL: [Cell<List>; CLASSES] = const { [const { Cell::new(EMPTY) }; CLASSES] };
    /// Set once this thread cached a block; its drop hands the lists to the depot.
    static FLUSH: FlushOnExit = const { FlushOnExit(Cell::new(false)) };
}

struct FlushOnExit(Cell<bool>);

/// This thread holds cached blocks (a list was refilled, or a free started one): its exit must
/// hand them to the depot. Called only when a list goes from empty to non-empty.
fn note_caching() {
    let _ = FLUSH.try_with(|f| f.0.set(true));
}

impl Drop for FlushOnExit {
    fn drop(&mut self) {
        if self.0.get() {
            let _ = LOCAL.try_with(|lists| {
                for (class, cell) in lists.iter().enumerate() {
                    let list = cell.replace(EMPTY);
                    if list.len > 0 {
                        depot_put(class, list);
                    }
                }
            });
        }
    }
}

/// A class's depot: a stack of magazines linked through their head blocks.
struct Depot {
    top: *mut Free,
}

static DEPOT: [std::sync::Mutex<Depot>; CLASSES] = [const { std::sync::Mutex::new(Depot { top: null_mut() }) }; CLASSES];

// SAFETY: the blocks a depot links are owned by it and reached only under its mutex; moving
// them between threads is what the depot is for.
unsafe impl Send for Depot {}

fn class_of(layout: Layout) -> Option<usize> {
    let (size, align) = (layout.size(), layout.align());
    if align > 16 && align <= GRAIN && size > 0 && size <= MAX_SIZE {
        Some((size - 1) / GRAIN)
    } else {
        None
    }
}

fn block_size(class: usize) -> usize {
    (class + 1) * GRAIN
}

fn depot_take(class: usize) -> Option<List> {
    let mut d = DEPOT[class].lock().unwrap_or_else(|e| e.into_inner());
    let head = d.top;
    if head.is_null() {
        return None;
    }
    // SAFETY: `head` heads a magazine owned by the depot (under its lock): a list of `len`
    // free blocks whose head records the next magazine.
    let (next_mag, len) = unsafe { ((*head).next_mag, (*head).len) };
    d.top = next_mag;
    Some(List { head, len })
}

fn depot_put(class: usize, list: List) {
    let mut d = DEPOT[class].lock().unwrap_or_else(|e| e.into_inner());
    // SAFETY: `list` is non-empty and owned by the caller, who gives it up: its head block is
    // free to carry the magazine's link and length.
    unsafe {
        (*list.head).next_mag = d.top;
        (*list.head).len = list.len;
    }
    d.top = list.head;
}

/// A fresh slab of `MAG` blocks of `class`, linked into a list (null if the system is out of
/// memory).
fn new_slab(class: usize) -> List {
    let size = block_size(class);
    let Ok(layout) = Layout::from_size_align(size * MAG as usize, GRAIN) else { return EMPTY };
    // SAFETY: a non-zero size.
    let base = unsafe { System.alloc(layout) };
    if base.is_null() {
        return EMPTY;
    }
    let mut head = null_mut::<Free>();
    for i in (0..MAG as usize).rev() {
        // SAFETY: block `i` lies inside the slab (i * size + size ≤ the slab's size), is
        // GRAIN-aligned (the slab is, and size is a multiple of GRAIN) and is ours.
        unsafe {
            let b = base.add(i * size).cast::<Free>();
            b.write(Free { next: head, next_mag: null_mut(), len: 0 });
            head = b;
        }
    }
    List { head, len: MAG }
}

/// Splits the first `MAG` blocks off `list` (which holds more than `MAG`).
fn split_magazine(list: &mut List) -> List {
    let head = list.head;
    let mut last = head;
    for _ in 1..MAG {
        // SAFETY: `list` holds more than `MAG` blocks, so the first `MAG` links are non-null
        // free blocks owned by this thread's list.
        last = unsafe { (*last).next };
    }
    // SAFETY: as above; `last` is the `MAG`-th block.
    list.head = unsafe { std::mem::replace(&mut (*last).next, null_mut()) };
    list.len -= MAG;
    List { head, len: MAG }
}

// SAFETY: requests outside the cached classes go to `System` unchanged. A cached request of
// class `c` gets a block of `block_size(c)` bytes (≥ the request), aligned to 128 (≥ the
// request's alignment), from a class-`c` list: this thread's, a magazine from the depot, or a
// new slab. A freed block of class `c` (its layout maps to the same class: `dealloc` is given
// the allocation's layout) is only ever put back on a class-`c` list. A block is on at most
// one list at a time: lists are thread-local or moved whole under the depot's mutex. Cached
// blocks are never given back to `System` (they are parts of slabs).
unsafe impl GlobalAlloc for GoAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(layout) else {
            // SAFETY: the caller's contract (non-zero size) passes through.
            return unsafe { System.alloc(layout) };
        };
        LOCAL
            .try_with(|lists| {
                let cell = &lists[class];
                let mut list = cell.get();
                if list.len == 0 {
                    list = depot_take(class).unwrap_or_else(|| new_slab(class));
                    if list.len == 0 {
                        return null_mut();
                    }
                    note_caching();
                }
                let p = list.head;
                // SAFETY: `list.len > 0`, so `p` is a free block owned by this list.
                list.head = unsafe { (*p).next };
                list.len -= 1;
                cell.set(list);
                p.cast::<u8>()
            })
            .unwrap_or(null_mut())
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(class) = class_of(layout) else {
            // SAFETY: allocated by `System` with this layout (`alloc` above).
            return unsafe { System.dealloc(ptr, layout) };
        };
        let p = ptr.cast::<Free>();
        let pushed = LOCAL.try_with(|lists| {
            let cell = &lists[class];
            let mut list = cell.get();
            // SAFETY: `ptr` is a block of this class being freed: ours to link.
            unsafe { (*p).next = list.head };
            list.head = p;
            list.len += 1;
            let spill = (list.len >= 2 * MAG).then(|| split_magazine(&mut list));
            cell.set(list);
            (list.len == 1, spill)
        });
        match pushed {
            Ok((first, spill)) => {
                if let Some(mag) = spill {
                    depot_put(class, mag);
                }
                if first {
                    note_caching();
                }
            }
            // This thread's lists are gone (never for const thread-locals; kept for form).
            Err(_) => {
                // SAFETY: as above: the block is ours to link.
                unsafe { (*p).next = null_mut() };
                depot_put(class, List { head: p, len: 1 });
            }
        }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees `new_size` forms a valid layout with this alignment.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class_of(layout), class_of(new_layout)) {
            // SAFETY: an uncached block stays uncached: `System`'s own realloc.
            (None, None) => return unsafe { System.realloc(ptr, layout, new_size) },
            (Some(a), Some(b)) if a == b => return ptr,
            _ => {}
        }
        // SAFETY: non-zero `new_size` per the caller's contract.
        let new = unsafe { self.alloc(new_layout) };
        if !new.is_null() {
            // SAFETY: both blocks are valid for the smaller size and distinct.
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        new
    }
}

#[cfg(feature = "go-alloc")]
#[global_allocator]
static GLOBAL: GoAlloc = GoAlloc;
