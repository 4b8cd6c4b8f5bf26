//! Go's `hash/crc32`: the reflected (LSB-first) CRC-32 over a 256-entry table, for any
//! polynomial (`IEEE`, `Castagnoli`, `Koopman`): `ChecksumIEEE`, `Checksum`, `Update`,
//! `MakeTable`, `New`, `NewIEEE`. Go's slicing-by-8 and hardware paths compute the same values.

use std::sync::{Arc, LazyLock};

use super::{Algo, Algo32, Digest, Hash32};
use crate::value::{Iface, Slice};

/// `crc32.Size`.
pub const SIZE: i64 = 4;
/// `crc32.IEEE`: by far the most common polynomial (Ethernet, zip, PNG).
pub const IEEE: u32 = 0xedb88320;
/// `crc32.Castagnoli` (iSCSI, ext4, SCTP).
pub const CASTAGNOLI: u32 = 0x82f63b78;
/// `crc32.Koopman`.
pub const KOOPMAN: u32 = 0xeb31d82e;

/// Go's `*crc32.Table`: a shared, immutable 256-entry table (a nil table is `None`; using it
/// panics as indexing Go's nil `*Table` does).
#[derive(Clone, Default)]
pub struct Table(Option<Arc<[u32; 256]>>);

impl Table {
    fn entries(&self) -> &[u32; 256] {
        match &self.0 {
            Some(t) => t,
            None => crate::value::panic_nil_deref(),
        }
    }
}

fn simple_make_table(poly: u32) -> [u32; 256] {
    let mut t = [0u32; 256];
    for (i, e) in t.iter_mut().enumerate() {
        let mut crc = i as u32;
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ poly } else { crc >> 1 };
        }
        *e = crc;
    }
    t
}

/// `crc32.IEEETable`. `MakeTable(IEEE)` returns this same table, as in Go.
pub fn ieee_table() -> Table {
    static T: LazyLock<Table> = LazyLock::new(|| Table(Some(Arc::new(simple_make_table(IEEE)))));
    T.clone()
}

/// The Castagnoli table, shared like Go's `castagnoliTable`.
fn castagnoli_table() -> Table {
    static T: LazyLock<Table> = LazyLock::new(|| Table(Some(Arc::new(simple_make_table(CASTAGNOLI)))));
    T.clone()
}

/// `crc32.MakeTable(poly)`: the shared table for `IEEE` and `Castagnoli`, a new one otherwise.
pub fn make_table(poly: u32) -> Table {
    match poly {
        IEEE => ieee_table(),
        CASTAGNOLI => castagnoli_table(),
        _ => Table(Some(Arc::new(simple_make_table(poly)))),
    }
}

fn update_bytes(crc: u32, tab: &[u32; 256], p: &[u8]) -> u32 {
    let mut crc = !crc;
    for &b in p {
        crc = tab[(crc as u8 ^ b) as usize] ^ (crc >> 8);
    }
    !crc
}

/// `crc32.Update(crc, tab, p)`.
pub fn update(crc: u32, tab: &Table, p: &Slice<u8>) -> u32 {
    update_bytes(crc, tab.entries(), &p.to_vec())
}

/// `crc32.Checksum(data, tab)`.
pub fn checksum(data: &Slice<u8>, tab: &Table) -> u32 {
    update(0, tab, data)
}

/// `crc32.ChecksumIEEE(data)`.
pub fn checksum_ieee(data: &Slice<u8>) -> u32 {
    update(0, &ieee_table(), data)
}

/// The state behind Go's `*crc32.digest`.
#[derive(Clone)]
pub struct State {
    crc: u32,
    tab: Table,
}

impl Algo for State {
    const TYPE_NAME: &'static str = "*crc32.digest";
    const SIZE: i64 = SIZE;
    const BLOCK_SIZE: i64 = 1;
    fn write(&mut self, p: &[u8]) {
        self.crc = update_bytes(self.crc, self.tab.entries(), p);
    }
    fn digest(&self) -> Vec<u8> {
        self.crc.to_be_bytes().to_vec()
    }
    fn reset(&mut self) {
        self.crc = 0;
    }
}

impl Algo32 for State {
    fn sum32(&self) -> u32 {
        self.crc
    }
}

/// `crc32.New(tab)`.
pub fn new(tab: &Table) -> Iface<dyn Hash32> {
    Iface::new(Arc::new(Digest::new(State { crc: 0, tab: tab.clone() })))
}

/// `crc32.NewIEEE()`.
pub fn new_ieee() -> Iface<dyn Hash32> {
    new(&ieee_table())
}

crate::handle::ptr_handle!(nilable Table, "*crc32.Table");
