//! Go's `*time.Location` for the zones gort knows: [`utc`], [`local`] and [`fixed_zone`]s.
//!
//! gort has no zone database: `Local` is UTC (what Go uses when `/etc/localtime` is UTC or
//! `$TZ` is empty or `UTC`), under the name Go gives it for that `$TZ`. A `Time` refers to its
//! location by a small id (so `Time` stays `Copy`): 0 is UTC (Go's nil `loc`), 1 is Local,
//! higher ids index the fixed zones made so far. Fixed zones are interned by name and offset,
//! so two `FixedZone` calls with the same arguments return the same pointer (Go returns one
//! pointer per call except for unnamed whole-hour zones); a program cannot tell them apart
//! other than by comparing the pointers.

use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use crate::value::{Ptr, Str};

/// Go's `time.Location`: a name and, for the zones gort knows, one zone (abbreviation and
/// offset east of UTC in seconds). `Default` is Go's zero `Location{}`, which gort reads as UTC.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Location {
    name: Str,
    /// The zone abbreviation times in this location print for `MST`.
    zone: Str,
    /// Seconds east of UTC.
    offset: i64,
    /// The registry id (`Time`'s `loc`).
    id: u32,
}

/// The id of UTC (Go's nil location).
pub(super) const UTC_ID: u32 = 0;
/// The id of Local.
pub(super) const LOCAL_ID: u32 = 1;

/// Go's `time.UTC` (the same pointer every time, as Go's package variable).
pub fn utc() -> Ptr<Location> {
    static UTC: LazyLock<Ptr<Location>> =
        LazyLock::new(|| Ptr::new(Location { name: Str::lit("UTC"), zone: Str::lit("UTC"), offset: 0, id: UTC_ID }));
    UTC.clone()
}

/// Go's `time.Local`: UTC, named `Local` unless `$TZ` is set to `""` or `UTC` (then `UTC`), as
/// Go names it on a system whose local time is UTC.
pub fn local() -> Ptr<Location> {
    static LOCAL: LazyLock<Ptr<Location>> = LazyLock::new(|| {
        let name = match std::env::var_os("TZ") {
            Some(tz) if tz.is_empty() || tz == "UTC" || tz == ":UTC" || tz == ":" => "UTC",
            _ => "Local",
        };
        Ptr::new(Location { name: Str::lit(name), zone: Str::lit("UTC"), offset: 0, id: LOCAL_ID })
    });
    LOCAL.clone()
}

/// The fixed zones made so far; zone `i` has id `i + 2`.
#[derive(Default)]
struct Fixed {
    zones: Vec<Ptr<Location>>,
    by_key: HashMap<(Vec<u8>, i64), u32>,
}

static FIXED: LazyLock<RwLock<Fixed>> = LazyLock::new(Default::default);

/// Go's `time.FixedZone(name, offset)`: a location whose zone is always `name`, `offset`
/// seconds east of UTC.
pub fn fixed_zone(name: &Str, offset: i64) -> Ptr<Location> {
    let key = (name.as_bytes().to_vec(), offset);
    if let Some(&id) = FIXED.read().unwrap_or_else(|e| e.into_inner()).by_key.get(&key) {
        return by_id(id);
    }
    let mut f = FIXED.write().unwrap_or_else(|e| e.into_inner());
    if let Some(&id) = f.by_key.get(&key) {
        return f.zones[(id - 2) as usize].clone();
    }
    let id = u32::try_from(f.zones.len() + 2).expect("fewer than 4 billion fixed zones");
    let loc = Ptr::new(Location { name: name.clone(), zone: name.clone(), offset, id });
    f.zones.push(loc.clone());
    f.by_key.insert(key, id);
    loc
}

/// The location with registry id `id`.
pub(super) fn by_id(id: u32) -> Ptr<Location> {
    match id {
        UTC_ID => utc(),
        LOCAL_ID => local(),
        _ => FIXED.read().unwrap_or_else(|e| e.into_inner()).zones[(id - 2) as usize].clone(),
    }
}

/// The registry id of `loc` (a location gort did not make, such as `&time.Location{}`, is UTC).
pub(super) fn id_of(loc: &Ptr<Location>) -> u32 {
    loc.with(|l| l.id)
}

/// `(zone abbreviation, offset east of UTC in seconds)` of the location with id `id` (Go's
/// `lookup`: the same at every instant for the zones gort knows).
pub(super) fn zone_of(id: u32) -> (Str, i64) {
    match id {
        UTC_ID | LOCAL_ID => (Str::lit("UTC"), 0),
        _ => by_id(id).with(|l| (l.zone.clone(), l.offset)),
    }
}

/// The offset east of UTC, in seconds, of the location with id `id`.
pub(super) fn offset_of(id: u32) -> i64 {
    match id {
        UTC_ID | LOCAL_ID => 0,
        _ => by_id(id).with(|l| l.offset),
    }
}

/// Go's `l.lookupName(name, unix)` for the zones gort knows: the offset of the zone called
/// `name`, if the location has one (UTC has no zones; Local's one zone is `UTC`).
pub(super) fn lookup_name(id: u32, name: &[u8]) -> Option<i64> {
    match id {
        UTC_ID => None,
        _ => {
            let (zone, offset) = zone_of(id);
            (zone.as_bytes() == name).then_some(offset)
        }
    }
}

impl Location {
    /// Go's `l.String()`: the location's name.
    pub fn string(&self) -> Str {
        self.name.clone()
    }

    /// The location's name (Go's `l.String()`).
    pub fn name(&self) -> Str {
        self.name.clone()
    }
}
