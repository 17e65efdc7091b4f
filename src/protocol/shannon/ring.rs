//! bLSAG ring signatures over secp256k1, byte for byte as pokt-network/ring-go makes and checks
//! them with go-dleq's decred backend (SHANNON.md §5.2, docs/shannon.md): hash-to-curve by
//! re-hashing SHA3-256 until an even-y point decompresses, go-dleq's left-aligned
//! `HashToScalar`, the key image `x·Hp(x·G)`, and ring-go's serialization
//! `n(u32 BE) ‖ c0 ‖ I ‖ (s_i ‖ P_i)…`. All curve arithmetic is k256's.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use k256::elliptic_curve::BatchNormalize;
use k256::elliptic_curve::bigint::{Encoding, U256};
use k256::elliptic_curve::group::Group;
use k256::elliptic_curve::group::prime::PrimeCurveAffine;
use k256::elliptic_curve::ops::{LinearCombinationExt, Reduce};
use k256::elliptic_curve::point::DecompressPoint;
use k256::elliptic_curve::sec1::ToEncodedPoint;
use k256::elliptic_curve::subtle::Choice;
use k256::elliptic_curve::{Field, PrimeField};
use k256::{AffinePoint, FieldBytes, ProjectivePoint, Scalar};

use super::fixed::{self, SecretTable, Table, Uses};
use super::keys::{PrivateKey, PublicKey};
use crate::protocol::hash::{sha3, sha3_512};

/// The secp256k1 field prime p.
const FIELD_PRIME: U256 =
    U256::from_be_hex("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f");

/// Bytes of a serialized signature before the per-member entries: size, c0, key image.
pub const HEADER_LEN: usize = 4 + 32 + 33;
/// Bytes per ring member: s_i and P_i.
pub const MEMBER_LEN: usize = 32 + 33;
/// ring-go's hash-to-curve gives up after this many digests (probability about 2^-128).
const HASH_TO_CURVE_TRIES: usize = 128;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RingError {
    #[error("a ring signature needs a ring of at least 2 keys; got {0}")]
    RingTooSmall(usize),
    #[error("the signing key ({0}) is not in the ring")]
    SignerNotInRing(String),
    #[error("a ring signature of {len} bytes is too short: {need}")]
    Truncated { len: usize, need: String },
    #[error("{what} in the ring signature is not a compressed secp256k1 point")]
    BadPoint { what: String },
    #[error("the ring signature holds 0 keys (ring-go's verifier crashes on such a signature)")]
    EmptyRing,
    #[error("hashing {0} to the curve found no point in {HASH_TO_CURVE_TRIES} tries")]
    HashToCurve(String),
}

/// ring-go's `Encode` of a point: 33-byte compressed; the identity (never a valid key, but
/// possible for an intermediate L or R) as decred writes it, `02` and 32 zero bytes.
pub fn encode_point(p: &ProjectivePoint) -> [u8; 33] {
    let mut out = [0u8; 33];
    if bool::from(p.is_identity()) {
        out[0] = 0x02;
        return out;
    }
    out.copy_from_slice(p.to_affine().to_encoded_point(true).as_bytes());
    out
}

/// [`encode_point`] of a point already in affine form (no inversion).
pub fn encode_affine(p: &AffinePoint) -> [u8; 33] {
    let mut out = [0u8; 33];
    if bool::from(p.is_identity()) {
        out[0] = 0x02;
        return out;
    }
    out.copy_from_slice(p.to_encoded_point(true).as_bytes());
    out
}

/// ring-go `hashToCurveSecp256k1`: `h = SHA3-256(enc(P))`; while `h mod p` is not the x of a
/// curve point, `h = SHA3-256(h)`; the point with even y.
pub fn hash_to_curve(key: &PublicKey) -> Result<ProjectivePoint, RingError> {
    let mut h = sha3(&key.to_bytes());
    for _ in 0..HASH_TO_CURVE_TRIES {
        // decred's FieldVal.SetBytes reduces mod p; a 256-bit value is below 2p.
        let mut x = U256::from_be_slice(&h);
        if x >= FIELD_PRIME {
            x = x.wrapping_sub(&FIELD_PRIME);
        }
        let point = AffinePoint::decompress(&FieldBytes::from(x.to_be_bytes()), Choice::from(0));
        if let Some(point) = Option::<AffinePoint>::from(point) {
            return Ok(point.into());
        }
        h = sha3(&h);
    }
    Err(RingError::HashToCurve(key.to_string()))
}

/// go-dleq (decred backend) `HashToScalar`: `n = SHA3-512(t) mod N`, whose minimal big-endian
/// bytes are copied to the **start** of a 32-byte buffer. Whenever `n < 2^248` the result is
/// `n·256^k`, not `n`: a canonical port disagrees with Go on about 1 hash in 256.
pub fn hash_to_scalar(data: &[u8]) -> Scalar {
    let wide = sha3_512(data);
    let n = <Scalar as Reduce<k256::elliptic_curve::bigint::U512>>::reduce(
        k256::elliptic_curve::bigint::U512::from_be_slice(&wide),
    );
    let canonical = n.to_bytes();
    let leading = canonical.iter().take_while(|b| **b == 0).count();
    let mut aligned = [0u8; 32];
    aligned[..32 - leading].copy_from_slice(&canonical[leading..]);
    // `n·256^k` is below 2^256 but may reach N (probability about 2^-128), where Go panics;
    // reducing is the only total answer.
    <Scalar as Reduce<U256>>::reduce(U256::from_be_slice(&aligned))
}

/// ring-go `challenge`: `Hs(m ‖ enc(L) ‖ enc(R))`.
pub fn challenge(m: &[u8; 32], l: &ProjectivePoint, r: &ProjectivePoint) -> Scalar {
    // L and R to affine with one field inversion for both (Montgomery's trick); the same
    // bytes as encoding each alone.
    let [l, r] = <ProjectivePoint as BatchNormalize<[ProjectivePoint; 2]>>::batch_normalize(&[*l, *r]);
    let mut t = [0u8; 32 + 33 + 33];
    t[..32].copy_from_slice(m);
    t[32..65].copy_from_slice(&encode_affine(&l));
    t[65..].copy_from_slice(&encode_affine(&r));
    hash_to_scalar(&t)
}

/// The key image `I = x·Hp(x·G)`: the same for every signature by one key.
pub fn key_image(key: &PrivateKey) -> Result<ProjectivePoint, RingError> {
    Ok(hash_to_curve(&key.public_key())? * key.secret().to_nonzero_scalar().as_ref())
}

/// A bLSAG signature: the ring it was made over, `c0`, the key image and one `s` per member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RingSignature {
    pub ring: Vec<PublicKey>,
    pub c0: Scalar,
    /// Affine, as it is parsed and as it is serialized (no inversion per signature).
    pub image: AffinePoint,
    pub s: Vec<Scalar>,
}

/// Where the nonces of a signature come from: fresh randomness, or fixed values for vectors.
pub trait Nonces {
    fn next(&mut self) -> Scalar;
}

/// Random nonces from the operating system (as Go's `NewRandomScalar`).
pub struct OsNonces;

impl Nonces for OsNonces {
    fn next(&mut self) -> Scalar {
        Scalar::random(&mut k256::elliptic_curve::rand_core::OsRng)
    }
}

/// Fixed nonces, in the order signing draws them: `u`, then `s` for members `j+1, j+2, …`.
pub struct FixedNonces(pub Vec<Scalar>);

impl Nonces for FixedNonces {
    fn next(&mut self) -> Scalar {
        if self.0.is_empty() { Scalar::ONE } else { self.0.remove(0) }
    }
}

/// What every signature by one key over one ring shares, computed once: the members'
/// hash-to-curve points, the signer's position and its key image (a session's relays all sign
/// over the same ring, so a signer keeps this per session). Signing with it gives the same
/// signature as [`RingSignature::sign_with`] for the same nonces. After
/// [`fixed::BUILD_AFTER`] signatures it builds fixed-base tables for the points every
/// signature multiplies (the same results, in a third of the time).
pub struct PreparedRing {
    ring: Vec<PublicKey>,
    hp: Vec<ProjectivePoint>,
    j: usize,
    x: Scalar,
    image: AffinePoint,
    uses: Uses,
    tables: OnceLock<SignTables>,
}

/// A prepared ring's tables: the signer's `Hp(P_j)` (multiplied by the secret nonce, so in
/// constant time), the key image, and each other member's key and `Hp`.
struct SignTables {
    hp_j: SecretTable,
    image: Table,
    members: Vec<Option<(Table, Table)>>,
}

impl SignTables {
    fn new(p: &PreparedRing) -> SignTables {
        let members = (0..p.ring.len())
            .map(|i| {
                (i != p.j).then(|| (Table::new(&p.ring[i].inner().to_projective()), Table::new(&p.hp[i])))
            })
            .collect();
        SignTables { hp_j: SecretTable::new(&p.hp[p.j]), image: Table::new(&p.image.into()), members }
    }
}

impl PreparedRing {
    /// The ring (in that order) and the signing key, which must be in it. Duplicate keys are
    /// allowed; the signer takes the first position that holds its key.
    pub fn new(ring: &[PublicKey], key: &PrivateKey) -> Result<Self, RingError> {
        let n = ring.len();
        if n < 2 {
            return Err(RingError::RingTooSmall(n));
        }
        let public = key.public_key();
        let j = ring
            .iter()
            .position(|p| *p == public)
            .ok_or_else(|| RingError::SignerNotInRing(public.address()))?;
        let x = *key.secret().to_nonzero_scalar().as_ref();
        let hp: Vec<ProjectivePoint> = ring.iter().map(hash_to_curve).collect::<Result<_, _>>()?;
        let image = (hp[j] * x).to_affine();
        Ok(PreparedRing {
            ring: ring.to_vec(),
            hp,
            j,
            x,
            image,
            uses: Uses::default(),
            tables: OnceLock::new(),
        })
    }

    pub fn ring(&self) -> &[PublicKey] {
        &self.ring
    }

    /// Signs the 32-byte digest `m` with fresh random nonces.
    pub fn sign(&self, m: &[u8; 32]) -> RingSignature {
        self.sign_with(m, &mut OsNonces)
    }

    // Out of line (one call per signature), so that a profile or a callgrind count
    // (scripts/instructions-per-relay.sh) finds the protocol's own cost under this name.
    #[inline(never)]
    pub fn sign_with(&self, m: &[u8; 32], nonces: &mut impl Nonces) -> RingSignature {
        let (ring, hp, j, x, image) = (&self.ring, &self.hp, self.j, self.x, self.image);
        let n = ring.len();
        let tables = match self.tables.get() {
            Some(t) => Some(t),
            None => self.uses.tick().then(|| self.tables.get_or_init(|| SignTables::new(self))),
        };
        let mut c = vec![Scalar::ZERO; n];
        let mut s = vec![Scalar::ZERO; n];
        let u = nonces.next();
        let (l, r) = match tables {
            Some(t) => (fixed::SECRET_GENERATOR.mul(&u), t.hp_j.mul(&u)),
            // Not k256's `mul_by_generator`: its generator table is built on first use, which
            // costs more than a one-relay process saves with it.
            None => (ProjectivePoint::GENERATOR * u, hp[j] * u),
        };
        c[(j + 1) % n] = challenge(m, &l, &r);
        for k in 1..n {
            let i = (j + k) % n;
            s[i] = nonces.next();
            let (l, r) = match tables.and_then(|t| t.members[i].as_ref().map(|m| (t, m))) {
                // s_i and c_i are public (the verifier recomputes them): variable time is safe.
                Some((t, (p, hpi))) => (
                    fixed::GENERATOR.mul_vartime(&s[i]) + p.mul_vartime(&c[i]),
                    hpi.mul_vartime(&s[i]) + t.image.mul_vartime(&c[i]),
                ),
                None => link(&ring[i], &hp[i], &image, &s[i], &c[i]),
            };
            c[(i + 1) % n] = challenge(m, &l, &r);
        }
        s[j] = u - c[j] * x;
        RingSignature { ring: ring.to_vec(), c0: c[0], image, s }
    }
}

impl RingSignature {
    /// Signs the 32-byte digest `m` over `ring` (in that order) with `key`, which must be in it.
    /// Duplicate keys are allowed (Go signers use `[app, app]` for an app without gateways);
    /// the signer takes the first position that holds its key.
    pub fn sign(m: &[u8; 32], ring: &[PublicKey], key: &PrivateKey) -> Result<Self, RingError> {
        Self::sign_with(m, ring, key, &mut OsNonces)
    }

    pub fn sign_with(
        m: &[u8; 32],
        ring: &[PublicKey],
        key: &PrivateKey,
        nonces: &mut impl Nonces,
    ) -> Result<Self, RingError> {
        Ok(PreparedRing::new(ring, key)?.sign_with(m, nonces))
    }

    /// ring-go `Verify`: walks the ring from `c0` and accepts iff it closes on `c0`.
    pub fn verify(&self, m: &[u8; 32]) -> bool {
        if self.ring.is_empty() || self.s.len() != self.ring.len() {
            return false;
        }
        let mut c = self.c0;
        for (key, s) in self.ring.iter().zip(&self.s) {
            let Ok(hp) = hash_to_curve(key) else { return false };
            let (l, r) = link(key, &hp, &self.image, s, &c);
            c = challenge(m, &l, &r);
        }
        c == self.c0
    }

    /// ring-go `Serialize`: `69 + 65·n` bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_LEN + MEMBER_LEN * self.ring.len());
        out.extend_from_slice(&(self.ring.len() as u32).to_be_bytes());
        out.extend_from_slice(&self.c0.to_bytes());
        out.extend_from_slice(&encode_affine(&self.image));
        for (key, s) in self.ring.iter().zip(&self.s) {
            out.extend_from_slice(&s.to_bytes());
            out.extend_from_slice(&key.to_bytes());
        }
        out
    }

    /// ring-go `Deserialize` as poktroll calls it: scalars are reduced mod N silently, points
    /// must parse as 33-byte compressed keys, and bytes after the last member are ignored
    /// (returned as the count of trailing bytes).
    pub fn from_bytes(bytes: &[u8]) -> Result<(Self, usize), RingError> {
        let (c0, image, members, trailing) = decode(
            bytes,
            |b| parse_ring_key("a ring key", b).ok().map(|k| *k.inner().as_affine()),
            |b| parse_ring_key("a ring key", b).ok(),
        )?;
        let (s, ring) = members.into_iter().unzip();
        Ok((RingSignature { ring, c0, image, s }, trailing))
    }
}

/// ring-go's `Deserialize` with the point parsing left to the caller (`None`: not a point):
/// `c0`, the key image, `(s_i, P_i)` per member, and the count of trailing bytes.
#[allow(clippy::type_complexity)]
fn decode<I, K>(
    bytes: &[u8],
    mut image: impl FnMut(&[u8]) -> Option<I>,
    mut key: impl FnMut(&[u8]) -> Option<K>,
) -> Result<(Scalar, I, Vec<(Scalar, K)>, usize), RingError> {
    let truncated = |need: String| RingError::Truncated { len: bytes.len(), need };
    if bytes.len() < 4 {
        return Err(truncated("it starts with a 4-byte ring size".into()));
    }
    let n = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
    let need = HEADER_LEN + MEMBER_LEN * n;
    if bytes.len() < need {
        return Err(truncated(format!("a ring of {n} keys takes {need} bytes (69 + 65 per key)")));
    }
    if n == 0 {
        return Err(RingError::EmptyRing);
    }
    let scalar = |at: usize| {
        let mut b = FieldBytes::default();
        b.copy_from_slice(&bytes[at..at + 32]);
        <Scalar as Reduce<U256>>::reduce_bytes(&b)
    };
    let c0 = scalar(4);
    let image = image(&bytes[36..69]).ok_or_else(|| RingError::BadPoint { what: "the key image".into() })?;
    let mut members = Vec::with_capacity(n);
    for i in 0..n {
        let at = HEADER_LEN + MEMBER_LEN * i;
        let k = key(&bytes[at + 32..at + 65])
            .ok_or_else(|| RingError::BadPoint { what: format!("ring key {i}") })?;
        members.push((scalar(at), k));
    }
    Ok((c0, image, members, bytes.len() - need))
}

/// Entries a [`VerifyCache`] map holds before it starts over (a verifier sees a few rings, but
/// a stranger could send endless distinct keys).
const CACHE_LIMIT: usize = 1024;

/// What a verifier keeps between signatures: each ring key it has parsed, with its
/// hash-to-curve point, and each key image; once one is used often ([`fixed::BUILD_AFTER`]),
/// fixed-base tables for it. Verifying through it accepts and refuses exactly what
/// [`RingSignature::from_bytes`] and [`RingSignature::verify`] do, with the same errors.
#[derive(Default)]
pub struct VerifyCache {
    members: Mutex<HashMap<[u8; 33], Arc<Member>>>,
    images: Mutex<HashMap<[u8; 33], Arc<Image>>>,
}

impl std::fmt::Debug for VerifyCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("VerifyCache")
    }
}

struct Member {
    key: PublicKey,
    /// `None` when hashing the key to the curve fails (every signature over it is refused).
    hp: Option<ProjectivePoint>,
    uses: Uses,
    tables: OnceLock<(Table, Table)>,
}

struct Image {
    point: AffinePoint,
    uses: Uses,
    table: OnceLock<Table>,
}

/// A signature parsed through a [`VerifyCache`], ready to verify.
pub struct ParsedSignature {
    pub signature: RingSignature,
    pub trailing: usize,
    members: Vec<Arc<Member>>,
    image: Arc<Image>,
}

fn cached<T>(
    map: &Mutex<HashMap<[u8; 33], Arc<T>>>,
    bytes: &[u8],
    make: impl FnOnce() -> Option<T>,
) -> Option<Arc<T>> {
    let key: [u8; 33] = bytes.try_into().ok()?;
    if let Some(hit) = map.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return Some(hit.clone());
    }
    let made = Arc::new(make()?);
    let mut map = map.lock().unwrap_or_else(|e| e.into_inner());
    if map.len() >= CACHE_LIMIT {
        map.clear();
    }
    Some(map.entry(key).or_insert(made).clone())
}

/// The table in `cell`, built once `uses` says it pays.
fn table_of<'a, T>(cell: &'a OnceLock<T>, uses: &Uses, build: impl FnOnce() -> T) -> Option<&'a T> {
    match cell.get() {
        Some(t) => Some(t),
        None => uses.tick().then(|| cell.get_or_init(build)),
    }
}

impl VerifyCache {
    /// [`RingSignature::from_bytes`], with the points looked up rather than decompressed again.
    pub fn parse(&self, bytes: &[u8]) -> Result<ParsedSignature, RingError> {
        let (c0, image, members, trailing) = decode(
            bytes,
            |b| {
                cached(&self.images, b, || {
                    let key = parse_ring_key("a ring key", b).ok()?;
                    Some(Image {
                        point: *key.inner().as_affine(),
                        uses: Uses::default(),
                        table: OnceLock::new(),
                    })
                })
            },
            |b| {
                cached(&self.members, b, || {
                    let key = parse_ring_key("a ring key", b).ok()?;
                    Some(Member {
                        key,
                        hp: hash_to_curve(&key).ok(),
                        uses: Uses::default(),
                        tables: OnceLock::new(),
                    })
                })
            },
        )?;
        let signature = RingSignature {
            ring: members.iter().map(|(_, m)| m.key).collect(),
            c0,
            image: image.point,
            s: members.iter().map(|(s, _)| *s).collect(),
        };
        Ok(ParsedSignature {
            signature,
            trailing,
            members: members.into_iter().map(|(_, m)| m).collect(),
            image,
        })
    }
}

impl ParsedSignature {
    /// [`RingSignature::verify`] (the same answer), with cached `Hp` points and tables.
    #[inline(never)] // as PreparedRing::sign_with
    pub fn verify(&self, m: &[u8; 32]) -> bool {
        let sig = &self.signature;
        let image = table_of(&self.image.table, &self.image.uses, || Table::new(&self.image.point.into()));
        let mut c = sig.c0;
        for (member, s) in self.members.iter().zip(&sig.s) {
            let Some(hp) = member.hp else { return false };
            let tables = table_of(&member.tables, &member.uses, || {
                (Table::new(&member.key.inner().to_projective()), Table::new(&hp))
            });
            let (l, r) = match (tables, image) {
                // Everything here is public: variable time is safe.
                (Some((p, h)), Some(i)) => (
                    fixed::GENERATOR.mul_vartime(s) + p.mul_vartime(&c),
                    h.mul_vartime(s) + i.mul_vartime(&c),
                ),
                _ => link(&member.key, &hp, &sig.image, s, &c),
            };
            c = challenge(m, &l, &r);
        }
        c == sig.c0
    }
}

/// One step of the ring: `L = s·G + c·P`, `R = s·Hp(P) + c·I`.
fn link(
    key: &PublicKey,
    hp: &ProjectivePoint,
    image: &AffinePoint,
    s: &Scalar,
    c: &Scalar,
) -> (ProjectivePoint, ProjectivePoint) {
    // One linear combination each (shared doublings); for L it costs what k256's generator
    // table and a multiplication would, without building that table in a one-relay process.
    let p = key.inner().to_projective();
    let l = ProjectivePoint::lincomb_ext(&[(ProjectivePoint::GENERATOR, *s), (p, *c)]);
    let r = ProjectivePoint::lincomb_ext(&[(*hp, *s), (ProjectivePoint::from(*image), *c)]);
    (l, r)
}

/// A ring member's key as decred's `ParsePubKey` reads 33 bytes: tag 02 or 03 and an x on the
/// curve. (k256 alone also takes SEC1's 0x05 "compact" tag, which Go refuses.)
pub fn parse_ring_key(what: &'static str, bytes: &[u8]) -> Result<PublicKey, super::keys::KeyError> {
    let key = PublicKey::from_bytes(what, bytes)?;
    if !matches!(bytes[0], 0x02 | 0x03) {
        return Err(super::keys::KeyError::NotOnCurve { what });
    }
    Ok(key)
}

/// A scalar from 32 big-endian bytes, if canonical.
pub fn scalar_from_be(bytes: &[u8; 32]) -> Option<Scalar> {
    Option::from(Scalar::from_repr(FieldBytes::from(*bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::hash::sha256;

    const V1_PRIV: &str = "2d00ef074d9b51e46886dc9a1df11e7b986611d0f336bdcf1f0adce3e037ec0a";
    const V6_APP_PRIV: &str = "808b7e51613549a8d719fcac36e2aa037bd903ad43ec84042fea61b0166d533b";
    const V6_M: &str = "0878236614ae2773807786ed1a5056b8986e9d3288ee529b8ff7b7d5674a4701";
    const V6_SIG: &str = "00000002\
86a73ff3cdccd8127b4f0550947ce21b79144a011ec0e91f63098ec147541790\
027f66757fefe88e663db41494bceaa674fffee92f99f88b90048ac13cc6988c62\
ec18eac8d758b1eba52d3c10d39adc6dd9806472cb4ae069635d383d9086a513\
03bebd4558af6b77e8085f62ad611da75eb221bcc65223af1eece812fd19e48f4f\
ca664a5299ad8f8191c0a1d25612d1d3c79e2ddf75bd30f0ca4b5e3d54f3c51f\
0397896e9b106df70124a856861cc9be52fac9980e2c7a118a36c19d0198692cc5";

    fn key(hex: &str) -> PrivateKey {
        PrivateKey::from_hex(hex).unwrap()
    }

    fn sha256_scalar(s: &str) -> Scalar {
        <Scalar as Reduce<U256>>::reduce(U256::from_be_slice(&sha256(s.as_bytes())))
    }

    fn m(hex: &str) -> [u8; 32] {
        hex::decode(hex).unwrap().try_into().unwrap()
    }

    #[test]
    fn v4_hash_to_curve() {
        let v1 = key(V1_PRIV).public_key();
        assert_eq!(hex::encode(sha3(&v1.to_bytes())).get(..8), Some("cb0e861f"), "first digest of V4");
        assert_eq!(
            hex::encode(encode_point(&hash_to_curve(&v1).unwrap())),
            "02f72a1f27fa696323f979f608a525372567ad7c532736465db78c7d7118ce46e0"
        );
        let g = PublicKey::from(k256::PublicKey::from_affine(AffinePoint::GENERATOR).unwrap());
        assert_eq!(
            hex::encode(encode_point(&hash_to_curve(&g).unwrap())),
            "023466e35137ee4b443543f35d83be1409d744b02f42b4d29a6030e9da3f5a00b9"
        );
    }

    #[test]
    fn v5_hash_to_scalar_with_the_left_alignment_quirk() {
        let hs = |t: &[u8]| hex::encode(hash_to_scalar(t).to_bytes());
        assert_eq!(hs(b""), "fbb1afc68c6713b20ff809b865ea3142c6caa99155e259107a8b84e6ec5106e0");
        assert_eq!(hs(b"abc"), "9fd139279e510d9d547d5053dfd00ffe5a5f243bf2ebbb6989c9df31ed9934dc");
        // SHA3-512 mod N is 00c6d4…a5 (short); Go left-aligns it.
        assert_eq!(hs(b"pokt-hs-324"), "c6d4edb809c7346a9d6e734aea1882867fc80dbdf1f0d148c4e7897eaef2a500");
    }

    #[test]
    fn v6_signature_is_byte_exact_with_fixed_nonces() {
        let app = key(V6_APP_PRIV);
        let gateway = key(V1_PRIV);
        let ring = [app.public_key(), gateway.public_key()];
        let u = sha256_scalar("u");
        let s0 = sha256_scalar("s0");
        assert_eq!(
            hex::encode(u.to_bytes()),
            "0bfe935e70c321c7ca3afc75ce0d0ca2f98b5422e008bb31c00c6d7f1f1c0ad6"
        );
        let sig = RingSignature::sign_with(&m(V6_M), &ring, &gateway, &mut FixedNonces(vec![u, s0])).unwrap();
        assert_eq!(
            hex::encode(encode_point(&key_image(&gateway).unwrap())),
            "027f66757fefe88e663db41494bceaa674fffee92f99f88b90048ac13cc6988c62"
        );
        assert_eq!(hex::encode(sig.to_bytes()), V6_SIG);
        assert!(sig.verify(&m(V6_M)));
        let (parsed, trailing) = RingSignature::from_bytes(&hex::decode(V6_SIG).unwrap()).unwrap();
        assert_eq!((parsed, trailing), (sig, 0));
    }

    #[test]
    fn signatures_verify_and_altered_ones_do_not() {
        let a = key(V6_APP_PRIV);
        let b = key(V1_PRIV);
        let c = PrivateKey::from_bytes(&sha256(b"third")).unwrap();
        let ring = [a.public_key(), b.public_key(), c.public_key()];
        let msg = m(V6_M);
        for signer in [&a, &b, &c] {
            let sig = RingSignature::sign(&msg, &ring, signer).unwrap();
            assert!(sig.verify(&msg));
            let mut other = msg;
            other[0] ^= 1;
            assert!(!sig.verify(&other));
            // Same key, same image (linkability), whatever the message.
            assert_eq!(sig.image, key_image(signer).unwrap().to_affine());
        }
    }

    #[test]
    fn go_signers_duplicate_ring_verifies() {
        let app = key(V6_APP_PRIV);
        let ring = [app.public_key(), app.public_key()];
        let sig = RingSignature::sign(&m(V6_M), &ring, &app).unwrap();
        assert!(sig.verify(&m(V6_M)));
    }

    #[test]
    fn signing_errors() {
        let a = key(V6_APP_PRIV);
        let b = key(V1_PRIV);
        assert_eq!(
            RingSignature::sign(&[0; 32], &[a.public_key()], &a).unwrap_err(),
            RingError::RingTooSmall(1)
        );
        let err = RingSignature::sign(&[0; 32], &[a.public_key(), a.public_key()], &b).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("the signing key ({}) is not in the ring", b.public_key().address())
        );
    }

    #[test]
    fn parsing_follows_ring_go() {
        let sig = hex::decode(V6_SIG).unwrap();
        let err = RingSignature::from_bytes(&sig[..198]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a ring signature of 198 bytes is too short: a ring of 2 keys takes 199 bytes (69 + 65 per key)"
        );
        assert!(matches!(RingSignature::from_bytes(&sig[..3]), Err(RingError::Truncated { .. })));
        assert!(matches!(RingSignature::from_bytes(&[0, 0, 0, 0]), Err(RingError::Truncated { .. })));
        assert_eq!(RingSignature::from_bytes(&[0u8; 69]).unwrap_err(), RingError::EmptyRing);
        let mut longer = sig.clone();
        longer.extend_from_slice(b"xy");
        let (parsed, trailing) = RingSignature::from_bytes(&longer).unwrap();
        assert!(parsed.verify(&m(V6_M)));
        assert_eq!(trailing, 2);
        // A key image that is not a point.
        let mut bad = sig.clone();
        bad[36] = 0x04;
        assert_eq!(
            RingSignature::from_bytes(&bad).unwrap_err().to_string(),
            "the key image in the ring signature is not a compressed secp256k1 point"
        );
        // SEC1's 0x05 "compact" tag, which k256 would take but decred refuses.
        bad[36] = 0x05;
        assert!(matches!(RingSignature::from_bytes(&bad), Err(RingError::BadPoint { .. })));
        let mut bad_member = sig.clone();
        bad_member[101] = 0x05;
        assert_eq!(
            RingSignature::from_bytes(&bad_member).unwrap_err().to_string(),
            "ring key 0 in the ring signature is not a compressed secp256k1 point"
        );
        // Scalars >= N are reduced silently, as decred's SetByteSlice does: c0 + N still verifies
        // when it fits in 32 bytes.
        let c0 = U256::from_be_slice(&sig[4..36]);
        let n = U256::from_be_hex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
        let (sum, carry) = c0.adc(&n, k256::elliptic_curve::bigint::Limb::ZERO);
        if carry == k256::elliptic_curve::bigint::Limb::ZERO {
            let mut alias = sig.clone();
            alias[4..36].copy_from_slice(&sum.to_be_bytes());
            assert!(RingSignature::from_bytes(&alias).unwrap().0.verify(&m(V6_M)));
        }
    }

    #[test]
    fn prepared_rings_stay_byte_exact_once_their_tables_are_built() {
        let app = key(V6_APP_PRIV);
        let gateway = key(V1_PRIV);
        let prepared = PreparedRing::new(&[app.public_key(), gateway.public_key()], &gateway).unwrap();
        let (u, s0) = (sha256_scalar("u"), sha256_scalar("s0"));
        for i in 0..fixed::BUILD_AFTER + 3 {
            let sig = prepared.sign_with(&m(V6_M), &mut FixedNonces(vec![u, s0]));
            assert_eq!(hex::encode(sig.to_bytes()), V6_SIG, "signature {i}");
        }
        assert!(prepared.tables.get().is_some());
    }

    #[test]
    fn the_verify_cache_accepts_and_refuses_what_the_plain_path_does() {
        let cache = VerifyCache::default();
        let a = key(V6_APP_PRIV);
        let b = key(V1_PRIV);
        let c = PrivateKey::from_bytes(&sha256(b"third")).unwrap();
        let ring = [a.public_key(), b.public_key(), c.public_key()];
        let prepared = PreparedRing::new(&ring, &b).unwrap();
        let plain =
            |bytes: &[u8], msg: &[u8; 32]| RingSignature::from_bytes(bytes).map(|(s, t)| (s.verify(msg), t));
        let through = |bytes: &[u8], msg: &[u8; 32]| cache.parse(bytes).map(|p| (p.verify(msg), p.trailing));
        for i in 0..3 * fixed::BUILD_AFTER {
            let msg = sha256(&i.to_be_bytes());
            let sig = prepared.sign(&msg);
            let bytes = sig.to_bytes();
            assert_eq!(cache.parse(&bytes).unwrap().signature, sig);
            assert_eq!(through(&bytes, &msg), Ok((true, 0)), "signature {i}");
            let mut other = msg;
            other[0] ^= 1;
            assert_eq!(through(&bytes, &other), Ok((false, 0)));
            let mut flipped = bytes.clone();
            flipped[(7 * i as usize) % bytes.len()] ^= 1 << (i % 8);
            assert_eq!(through(&flipped, &msg), plain(&flipped, &msg), "flipped byte of signature {i}");
            assert_eq!(through(&bytes[..100], &msg), plain(&bytes[..100], &msg));
        }
        assert!(cache.images.lock().unwrap().values().any(|i| i.table.get().is_some()));
        let v6 = hex::decode(V6_SIG).unwrap();
        assert_eq!(through(&v6, &m(V6_M)), Ok((true, 0)));
        let mut bad = v6.clone();
        bad[36] = 0x05;
        assert_eq!(through(&bad, &m(V6_M)).err(), plain(&bad, &m(V6_M)).err());
    }

    #[test]
    fn identity_encodes_as_decred_writes_it() {
        let mut expected = [0u8; 33];
        expected[0] = 2;
        assert_eq!(encode_point(&ProjectivePoint::IDENTITY), expected);
    }

    #[test]
    fn quirk_changes_about_one_hash_in_256() {
        // Count how often SHA3-512 mod N is shorter than 32 bytes over a fixed set of inputs:
        // each such input is one where a canonical port disagrees with Go.
        let mut differing = 0;
        for i in 0..4096u32 {
            let t = i.to_be_bytes();
            let wide = sha3_512(&t);
            let n = <Scalar as Reduce<k256::elliptic_curve::bigint::U512>>::reduce(
                k256::elliptic_curve::bigint::U512::from_be_slice(&wide),
            );
            if n != hash_to_scalar(&t) {
                differing += 1;
                assert_eq!(n.to_bytes()[0], 0);
            }
        }
        assert!((4..=40).contains(&differing), "{differing} of 4096 differ");
    }
}
