//! Go's `math/bits`: bit counting and manipulation on unsigned integers.

/// Go's `bits.UintSize`.
pub const UINT_SIZE: i64 = 64;

/// `bits.LeadingZeros`.
pub fn leading_zeros(x: u64) -> i64 {
    x.leading_zeros() as i64
}

/// `bits.TrailingZeros` (the width for 0).
pub fn trailing_zeros(x: u64) -> i64 {
    x.trailing_zeros() as i64
}

/// `bits.OnesCount`.
pub fn ones_count(x: u64) -> i64 {
    x.count_ones() as i64
}

/// `bits.Len`: the minimum number of bits to represent x.
pub fn len(x: u64) -> i64 {
    (u64::BITS - x.leading_zeros()) as i64
}

/// `bits.Reverse`.
pub fn reverse(x: u64) -> u64 {
    x.reverse_bits()
}

/// `bits.RotateLeft` (negative k rotates right).
pub fn rotate_left(x: u64, k: i64) -> u64 {
    let n = u64::BITS as i64;
    let s = k.rem_euclid(n) as u32;
    x.rotate_left(s)
}

/// `bits.LeadingZeros8`.
pub fn leading_zeros8(x: u8) -> i64 {
    x.leading_zeros() as i64
}

/// `bits.TrailingZeros8` (the width for 0).
pub fn trailing_zeros8(x: u8) -> i64 {
    x.trailing_zeros() as i64
}

/// `bits.OnesCount8`.
pub fn ones_count8(x: u8) -> i64 {
    x.count_ones() as i64
}

/// `bits.Len8`: the minimum number of bits to represent x.
pub fn len8(x: u8) -> i64 {
    (u8::BITS - x.leading_zeros()) as i64
}

/// `bits.Reverse8`.
pub fn reverse8(x: u8) -> u8 {
    x.reverse_bits()
}

/// `bits.RotateLeft8` (negative k rotates right).
pub fn rotate_left8(x: u8, k: i64) -> u8 {
    let n = u8::BITS as i64;
    let s = k.rem_euclid(n) as u32;
    x.rotate_left(s)
}

/// `bits.LeadingZeros16`.
pub fn leading_zeros16(x: u16) -> i64 {
    x.leading_zeros() as i64
}

/// `bits.TrailingZeros16` (the width for 0).
pub fn trailing_zeros16(x: u16) -> i64 {
    x.trailing_zeros() as i64
}

/// `bits.OnesCount16`.
pub fn ones_count16(x: u16) -> i64 {
    x.count_ones() as i64
}

/// `bits.Len16`: the minimum number of bits to represent x.
pub fn len16(x: u16) -> i64 {
    (u16::BITS - x.leading_zeros()) as i64
}

/// `bits.Reverse16`.
pub fn reverse16(x: u16) -> u16 {
    x.reverse_bits()
}

/// `bits.RotateLeft16` (negative k rotates right).
pub fn rotate_left16(x: u16, k: i64) -> u16 {
    let n = u16::BITS as i64;
    let s = k.rem_euclid(n) as u32;
    x.rotate_left(s)
}

/// `bits.ReverseBytes16`.
pub fn reverse_bytes16(x: u16) -> u16 {
    x.swap_bytes()
}

/// `bits.LeadingZeros32`.
pub fn leading_zeros32(x: u32) -> i64 {
    x.leading_zeros() as i64
}

/// `bits.TrailingZeros32` (the width for 0).
pub fn trailing_zeros32(x: u32) -> i64 {
    x.trailing_zeros() as i64
}

/// `bits.OnesCount32`.
pub fn ones_count32(x: u32) -> i64 {
    x.count_ones() as i64
}

/// `bits.Len32`: the minimum number of bits to represent x.
pub fn len32(x: u32) -> i64 {
    (u32::BITS - x.leading_zeros()) as i64
}

/// `bits.Reverse32`.
pub fn reverse32(x: u32) -> u32 {
    x.reverse_bits()
}

/// `bits.RotateLeft32` (negative k rotates right).
pub fn rotate_left32(x: u32, k: i64) -> u32 {
    let n = u32::BITS as i64;
    let s = k.rem_euclid(n) as u32;
    x.rotate_left(s)
}

/// `bits.ReverseBytes32`.
pub fn reverse_bytes32(x: u32) -> u32 {
    x.swap_bytes()
}

/// `bits.LeadingZeros64`.
pub fn leading_zeros64(x: u64) -> i64 {
    x.leading_zeros() as i64
}

/// `bits.TrailingZeros64` (the width for 0).
pub fn trailing_zeros64(x: u64) -> i64 {
    x.trailing_zeros() as i64
}

/// `bits.OnesCount64`.
pub fn ones_count64(x: u64) -> i64 {
    x.count_ones() as i64
}

/// `bits.Len64`: the minimum number of bits to represent x.
pub fn len64(x: u64) -> i64 {
    (u64::BITS - x.leading_zeros()) as i64
}

/// `bits.Reverse64`.
pub fn reverse64(x: u64) -> u64 {
    x.reverse_bits()
}

/// `bits.RotateLeft64` (negative k rotates right).
pub fn rotate_left64(x: u64, k: i64) -> u64 {
    let n = u64::BITS as i64;
    let s = k.rem_euclid(n) as u32;
    x.rotate_left(s)
}

/// `bits.ReverseBytes64`.
pub fn reverse_bytes64(x: u64) -> u64 {
    x.swap_bytes()
}

/// `bits.ReverseBytes`.
pub fn reverse_bytes(x: u64) -> u64 {
    x.swap_bytes()
}

/// `bits.Add`: sum and carry out (carry must be 0 or 1).
pub fn add(x: u64, y: u64, carry: u64) -> (u64, u64) {
    let (s1, c1) = x.overflowing_add(y);
    let (s2, c2) = s1.overflowing_add(carry);
    (s2, (c1 | c2) as u64)
}

/// `bits.Sub`: difference and borrow out.
pub fn sub(x: u64, y: u64, borrow: u64) -> (u64, u64) {
    let (d1, b1) = x.overflowing_sub(y);
    let (d2, b2) = d1.overflowing_sub(borrow);
    (d2, (b1 | b2) as u64)
}

/// `bits.Mul`: the full-width product as (hi, lo).
pub fn mul(x: u64, y: u64) -> (u64, u64) {
    let p = (x as u128) * (y as u128);
    ((p >> u64::BITS) as u64, p as u64)
}

/// `bits.Add32`: sum and carry out (carry must be 0 or 1).
pub fn add32(x: u32, y: u32, carry: u32) -> (u32, u32) {
    let (s1, c1) = x.overflowing_add(y);
    let (s2, c2) = s1.overflowing_add(carry);
    (s2, (c1 | c2) as u32)
}

/// `bits.Sub32`: difference and borrow out.
pub fn sub32(x: u32, y: u32, borrow: u32) -> (u32, u32) {
    let (d1, b1) = x.overflowing_sub(y);
    let (d2, b2) = d1.overflowing_sub(borrow);
    (d2, (b1 | b2) as u32)
}

/// `bits.Mul32`: the full-width product as (hi, lo).
pub fn mul32(x: u32, y: u32) -> (u32, u32) {
    let p = (x as u64) * (y as u64);
    ((p >> u32::BITS) as u32, p as u32)
}

/// `bits.Add64`: sum and carry out (carry must be 0 or 1).
pub fn add64(x: u64, y: u64, carry: u64) -> (u64, u64) {
    let (s1, c1) = x.overflowing_add(y);
    let (s2, c2) = s1.overflowing_add(carry);
    (s2, (c1 | c2) as u64)
}

/// `bits.Sub64`: difference and borrow out.
pub fn sub64(x: u64, y: u64, borrow: u64) -> (u64, u64) {
    let (d1, b1) = x.overflowing_sub(y);
    let (d2, b2) = d1.overflowing_sub(borrow);
    (d2, (b1 | b2) as u64)
}

/// `bits.Mul64`: the full-width product as (hi, lo).
pub fn mul64(x: u64, y: u64) -> (u64, u64) {
    let p = (x as u128) * (y as u128);
    ((p >> u64::BITS) as u64, p as u64)
}
