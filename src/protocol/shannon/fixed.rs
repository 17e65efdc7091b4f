//! Fixed-base scalar multiplication over k256's group law, for the points a Shannon signer or
//! verifier multiplies relay after relay: the generator, a session's ring keys, their
//! hash-to-curve points and a signer's key image. A point's table holds `d·64^i·P` for
//! `d = 1..=32` and each of the 43 six-bit windows of a scalar (affine, one inversion for the
//! whole table), so `k·P` is 43 mixed additions with no doubling, against k256's 128 doublings
//! and ~66 additions for a variable point. The results are the same points (tested against
//! k256's own multiplication), so every signature and check stays byte for byte what it was.
//!
//! Building a table costs about as much as 15 multiplications; [`Uses`] defers it until a point
//! has been used often enough to repay it (a one-relay process never builds one).

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU32, Ordering};

use cmov::Cmov;
use k256::elliptic_curve::BatchNormalize;
use k256::elliptic_curve::sec1::{FromEncodedPoint, ToEncodedPoint};
use k256::elliptic_curve::subtle::{Choice, ConditionallySelectable, CtOption};
use k256::{AffinePoint, EncodedPoint, FieldBytes, ProjectivePoint, Scalar};

/// Bits per window.
const W: usize = 6;
/// Table entries per window: digits are signed, in `-31..=32`.
const HALF: usize = 1 << (W - 1);
/// Windows of a 256-bit scalar (the top one holds 4 bits plus a carry, so no carry leaves it).
const WINDOWS: usize = 256_usize.div_ceil(W);

/// How many uses of a point a table is worth: after this many, build it.
pub const BUILD_AFTER: u32 = 16;

/// The multiples of one point, for fixed-base multiplication.
pub struct Table {
    rows: Vec<[AffinePoint; HALF]>,
}

impl std::fmt::Debug for Table {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Table")
    }
}

/// The generator's table, built on first use (only by code that already decided that tables pay).
pub static GENERATOR: LazyLock<Table> = LazyLock::new(|| Table::new(&ProjectivePoint::GENERATOR));

/// The generator's table for secret scalars, built on first use from [`GENERATOR`]'s multiples
/// (a signer with tables uses both).
pub static SECRET_GENERATOR: LazyLock<SecretTable> =
    LazyLock::new(|| SecretTable::from_rows(&GENERATOR.rows));

/// A scalar as 43 signed six-bit digits, least significant first: `k = Σ d_i·64^i`.
fn digits(k: &Scalar) -> [i8; WINDOWS] {
    let be = k.to_bytes();
    let mut limbs = [0u64; 4];
    for (i, limb) in limbs.iter_mut().enumerate() {
        let at = 32 - 8 * (i + 1);
        *limb = u64::from_be_bytes(be[at..at + 8].try_into().unwrap_or([0; 8]));
    }
    let bits = |pos: usize| -> i32 {
        let (l, o) = (pos / 64, pos % 64);
        let mut v = limbs[l] >> o;
        if o + W > 64 && l + 1 < 4 {
            v |= limbs[l + 1] << (64 - o);
        }
        (v & ((1 << W) - 1)) as i32
    };
    let mut out = [0i8; WINDOWS];
    let mut carry = 0i32;
    for (i, d) in out.iter_mut().enumerate() {
        let v = bits(i * W) + carry;
        // Branch-free: carry = 1 when v > 32, then v - 64 (in -31..=0).
        carry = ((HALF as i32 - v) >> 31) & 1;
        *d = (v - (carry << W)) as i8;
    }
    out
}

/// `d·64^i·p` for `d = 1..=32`, one affine row per window `i` (one inversion for them all).
fn rows(p: &ProjectivePoint) -> Vec<[AffinePoint; HALF]> {
    let mut all = Vec::with_capacity(WINDOWS * HALF);
    let mut base = *p;
    for _ in 0..WINDOWS {
        let mut acc = base;
        all.push(acc);
        for _ in 1..HALF {
            acc += base;
            all.push(acc);
        }
        base = acc.double();
    }
    let affine = <ProjectivePoint as BatchNormalize<[ProjectivePoint]>>::batch_normalize(&all);
    affine
        .chunks_exact(HALF)
        .map(|c| {
            let mut row = [AffinePoint::IDENTITY; HALF];
            row.copy_from_slice(c);
            row
        })
        .collect()
}

impl Table {
    /// The table of `p`, which must not be the identity (no key, hash-to-curve point or key
    /// image is: each is checked or derived as a point of prime order).
    pub fn new(p: &ProjectivePoint) -> Table {
        Table { rows: rows(p) }
    }

    /// `k·P` in variable time (for public scalars: a signature's `s` and `c`).
    pub fn mul_vartime(&self, k: &Scalar) -> ProjectivePoint {
        let digits = digits(k);
        // Read the 43 entries first, in one burst of independent loads: between relays a
        // miner's tables fall out of the caches, and inside the loop below each entry's miss
        // would wait on the addition before it, one after another.
        for (row, d) in self.rows.iter().zip(digits) {
            if d != 0 {
                std::hint::black_box(row[d.unsigned_abs() as usize - 1]);
            }
        }
        let mut acc = ProjectivePoint::IDENTITY;
        for (row, d) in self.rows.iter().zip(digits) {
            if d > 0 {
                acc += &row[d as usize - 1];
            } else if d < 0 {
                acc += &-row[(-d) as usize - 1];
            }
        }
        acc
    }
}

/// The multiples of one point for constant-time multiplication by a secret scalar (a
/// signature's nonce). Each entry is the point's `x ‖ y` as eight big-endian words, so a row is
/// read whole and the entry picked with one mask per entry, made by a `cmov` (the `cmov` crate's
/// asm, which the compiler can neither see through nor turn into a branch), and plain ands and
/// ors. A `subtle::Choice` and an `AffinePoint` select per entry (eleven fields, and an
/// optimization barrier that is a call) made the scan cost more than the additions. Only the
/// picked entry is decoded, with k256's constant-time check that it is on the curve; a zero digit
/// picks nothing, which is not a point, and stands for the identity.
pub struct SecretTable {
    rows: Vec<[[u64; 8]; HALF]>,
}

impl std::fmt::Debug for SecretTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretTable")
    }
}

impl SecretTable {
    /// The table of `p`, which must not be the identity (as for [`Table::new`]).
    pub fn new(p: &ProjectivePoint) -> SecretTable {
        SecretTable::from_rows(&rows(p))
    }

    fn from_rows(rows: &[[AffinePoint; HALF]]) -> SecretTable {
        let words = |point: &AffinePoint| {
            let encoded = point.to_encoded_point(false);
            let mut out = [0u64; 8];
            if let (Some(x), Some(y)) = (encoded.x(), encoded.y()) {
                for (w, chunk) in out.iter_mut().zip(x.chunks_exact(8).chain(y.chunks_exact(8))) {
                    *w = u64::from_be_bytes(chunk.try_into().unwrap_or([0; 8]));
                }
            }
            out
        };
        SecretTable { rows: rows.iter().map(|row| row.each_ref().map(words)).collect() }
    }

    /// `k·P` in constant time: every word of every entry is read, and no branch or address
    /// depends on `k` (the scan compiles to a `cmov`, loads, ands and ors per entry).
    #[inline(never)] // one symbol, to read the code the compiler emits for the scan
    pub fn mul(&self, k: &Scalar) -> ProjectivePoint {
        let mut acc = ProjectivePoint::IDENTITY;
        for (row, d) in self.rows.iter().zip(digits(k)) {
            let negative = (d as u8) >> 7;
            let sign = -(negative as i8);
            let abs = ((d ^ sign).wrapping_sub(sign)) as u8;
            let mut picked = [0u64; 8];
            for (j, entry) in (1u8..).zip(row) {
                let mut mask = 0u64;
                mask.cmovz(&u64::MAX, j ^ abs);
                for (p, e) in picked.iter_mut().zip(entry) {
                    *p |= e & mask;
                }
            }
            let mut t = decode(&picked).unwrap_or(AffinePoint::IDENTITY);
            let neg = -t;
            t.conditional_assign(&neg, Choice::from(negative));
            acc += &t;
        }
        acc
    }
}

/// Eight words `x ‖ y` as a point, checked on the curve in constant time (none if not one).
fn decode(words: &[u64; 8]) -> CtOption<AffinePoint> {
    let (mut x, mut y) = (FieldBytes::default(), FieldBytes::default());
    for (i, w) in words.iter().enumerate() {
        let half = if i < 4 { &mut x } else { &mut y };
        let at = 8 * (i % 4);
        half[at..at + 8].copy_from_slice(&w.to_be_bytes());
    }
    AffinePoint::from_encoded_point(&EncodedPoint::from_affine_coordinates(&x, &y, false))
}

/// A use counter: says when a point has been used [`BUILD_AFTER`] times.
#[derive(Debug, Default)]
pub struct Uses(AtomicU32);

impl Uses {
    /// Counts one use; true once the table is worth building.
    pub fn tick(&self) -> bool {
        self.0.fetch_add(1, Ordering::Relaxed) + 1 >= BUILD_AFTER
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use k256::elliptic_curve::Field;
    use k256::elliptic_curve::ops::MulByGenerator;
    use k256::elliptic_curve::ops::Reduce;

    fn scalars() -> Vec<Scalar> {
        let mut rng = k256::elliptic_curve::rand_core::OsRng;
        let mut v: Vec<Scalar> = (0..64).map(|_| Scalar::random(&mut rng)).collect();
        let n_minus_1 = -Scalar::ONE;
        let edges = [Scalar::ZERO, Scalar::ONE, n_minus_1, n_minus_1 - Scalar::ONE, Scalar::from(32u64)];
        v.extend(edges);
        v.extend([Scalar::from(33u64), Scalar::from(63u64), Scalar::from(64u64), Scalar::from(u64::MAX)]);
        // All-ones windows (every digit carries) and 2^255-ish values.
        let ones = <Scalar as Reduce<k256::U256>>::reduce(k256::U256::MAX);
        v.push(ones);
        v.push(<Scalar as Reduce<k256::U256>>::reduce(k256::U256::ONE.shl_vartime(255)));
        v
    }

    #[test]
    fn digits_recompose_the_scalar() {
        for k in scalars() {
            let mut sum = Scalar::ZERO;
            let mut weight = Scalar::ONE;
            for d in digits(&k) {
                assert!((-31..=32).contains(&d), "digit {d}");
                let term = Scalar::from(d.unsigned_abs() as u64) * weight;
                sum += if d < 0 { -term } else { term };
                weight *= Scalar::from(64u64);
            }
            assert_eq!(sum, k);
        }
    }

    #[test]
    fn both_multiplications_match_k256() {
        let mut rng = k256::elliptic_curve::rand_core::OsRng;
        let p = ProjectivePoint::mul_by_generator(&Scalar::random(&mut rng));
        let (table, secret) = (Table::new(&p), SecretTable::new(&p));
        for k in scalars() {
            assert_eq!(secret.mul(&k), p * k);
            assert_eq!(table.mul_vartime(&k), p * k);
            assert_eq!(GENERATOR.mul_vartime(&k), ProjectivePoint::mul_by_generator(&k));
            assert_eq!(SECRET_GENERATOR.mul(&k), ProjectivePoint::mul_by_generator(&k));
        }
    }

    #[test]
    fn uses_say_when_to_build() {
        let uses = Uses::default();
        for _ in 1..BUILD_AFTER {
            assert!(!uses.tick());
        }
        assert!(uses.tick());
        assert!(uses.tick());
    }
}
