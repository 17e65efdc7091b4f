//! Ed25519 keys as pocket-core uses them: 64-byte private keys (seed ‖ public key), 32-byte
//! public keys, and 20-byte addresses (first 20 bytes of SHA-256 of the public key).

use std::fmt;

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use zeroize::Zeroizing;

use crate::protocol::hash::sha256;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("{what} is not valid hex ({detail})")]
    NotHex { what: &'static str, detail: String },
    #[error(
        "a private key must be 64 bytes (128 hex characters, seed followed by public key) or a \
         32-byte Ed25519 seed (64 hex characters); got {0} bytes"
    )]
    PrivateKeyLength(usize),
    #[error(
        "the private key's second half is not the public key of its first half: the key is \
         corrupt or was assembled from two different keys"
    )]
    MismatchedPublicHalf,
    #[error("{what} must be 32 bytes (64 hex characters); got {len} bytes")]
    PublicKeyLength { what: &'static str, len: usize },
}

fn decode_hex(what: &'static str, s: &str) -> Result<Zeroizing<Vec<u8>>, KeyError> {
    hex::decode(s.trim()).map(Zeroizing::new).map_err(|e| KeyError::NotHex { what, detail: e.to_string() })
}

/// An Ed25519 private key. The secret is wiped from memory when dropped.
#[derive(Clone)]
pub struct PrivateKey(SigningKey);

impl PrivateKey {
    /// Accepts the 64-byte pocket-core form (checked for consistency) or a 32-byte seed.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, KeyError> {
        match bytes.len() {
            64 => {
                let mut keypair = Zeroizing::new([0u8; 64]);
                keypair.copy_from_slice(bytes);
                SigningKey::from_keypair_bytes(&keypair)
                    .map(PrivateKey)
                    .map_err(|_| KeyError::MismatchedPublicHalf)
            }
            32 => {
                let mut seed = Zeroizing::new([0u8; 32]);
                seed.copy_from_slice(bytes);
                Ok(PrivateKey(SigningKey::from_bytes(&seed)))
            }
            n => Err(KeyError::PrivateKeyLength(n)),
        }
    }

    /// Parses hex (surrounding whitespace ignored), 128 or 64 characters.
    pub fn from_hex(s: &str) -> Result<Self, KeyError> {
        Self::from_bytes(&decode_hex("the private key", s)?)
    }

    pub fn generate() -> Self {
        PrivateKey(SigningKey::generate(&mut rand::rngs::OsRng))
    }

    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.0.verifying_key().to_bytes())
    }

    /// The 64-byte pocket-core form: seed ‖ public key.
    pub fn to_bytes(&self) -> Zeroizing<[u8; 64]> {
        Zeroizing::new(self.0.to_keypair_bytes())
    }

    /// The 128-character lowercase hex of [`Self::to_bytes`].
    pub fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(*self.to_bytes()))
    }

    /// Pure Ed25519 (no prehash) over `message`.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.0.sign(message).to_bytes()
    }
}

/// Whether text has the shape of a raw private key (64 or 128 hex characters, as
/// [`PrivateKey::from_hex`] takes) rather than a keystore name or address: the one rule for
/// telling key material from names, so that none is stored or looked up by mistake.
pub fn looks_like_raw_key(text: &str) -> bool {
    let v = text.trim();
    matches!(v.len(), 64 | 128) && v.bytes().all(|b| b.is_ascii_hexdigit())
}

impl fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PrivateKey(public {})", self.public_key())
    }
}

/// A 32-byte Ed25519 public key.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublicKey(pub [u8; 32]);

impl PublicKey {
    pub fn from_hex(what: &'static str, s: &str) -> Result<Self, KeyError> {
        let bytes = decode_hex(what, s)?;
        let array: [u8; 32] =
            bytes.as_slice().try_into().map_err(|_| KeyError::PublicKeyLength { what, len: bytes.len() })?;
        Ok(PublicKey(array))
    }

    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    pub fn address(&self) -> Address {
        let digest = sha256(&self.0);
        let mut addr = [0u8; 20];
        addr.copy_from_slice(&digest[..20]);
        Address(addr)
    }

    /// Go's `ed25519.Verify`: false for a malformed key or signature, never an error.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        let Some(key) = verifying_key(&self.0) else {
            return false;
        };
        let Ok(sig) = Signature::from_slice(signature) else {
            return false;
        };
        key.verify(message, &sig).is_ok()
    }
}

/// The most decoded keys kept; past it the memo starts again (a node sees one key per client,
/// a client one per servicer, so this is never reached in normal use).
const VERIFYING_KEYS: usize = 4096;

/// The decompressed verifying key of `bytes` (`None`: not a curve point), memoised for the
/// process. Decompressing costs about a tenth of a verification, and a node (or a gateway's
/// servicers) sees the same few keys on every relay. Only valid keys are kept, so the result is
/// exactly `VerifyingKey::from_bytes`'s.
pub fn verifying_key(bytes: &[u8; 32]) -> Option<VerifyingKey> {
    use foldhash::HashMap;
    use std::sync::{Mutex, OnceLock};
    static MEMO: OnceLock<Mutex<HashMap<[u8; 32], VerifyingKey>>> = OnceLock::new();
    let memo = MEMO.get_or_init(Default::default);
    if let Some(key) = memo.lock().unwrap_or_else(|e| e.into_inner()).get(bytes) {
        return Some(*key);
    }
    let key = VerifyingKey::from_bytes(bytes).ok()?;
    let mut memo = memo.lock().unwrap_or_else(|e| e.into_inner());
    if memo.len() >= VERIFYING_KEYS {
        memo.clear();
    }
    memo.insert(*bytes, key);
    Some(key)
}

impl fmt::Display for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({self})")
    }
}

/// A 20-byte account address.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Address(pub [u8; 20]);

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Address({self})")
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub const K_A: &str = "1f8cbde30ef5a9db0a5a9d5eb40536fc9defc318b8581d543808b7504e0902bcb243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3";
    pub const K_B: &str = "3fe64039816c44e8872e4ef981725b968422e3d49e95a1eb800707591df30fe374039dbe881dd2744e2e0c469cc2241e1e45f14af6975dd89079d22938377849";

    #[test]
    fn memoised_verifying_keys_verify_as_fresh_ones() {
        let key = PrivateKey::from_hex(K_A).unwrap();
        let public = key.public_key();
        let sig = key.sign(b"memo");
        for _ in 0..3 {
            assert_eq!(verifying_key(&public.0), VerifyingKey::from_bytes(&public.0).ok());
            assert!(public.verify(b"memo", &sig));
            assert!(!public.verify(b"memo!", &sig));
        }
        // Not a curve point (the first small y with no x): refused every time, never memoised.
        let bad = (0u8..=255)
            .map(|y| {
                let mut bytes = [0u8; 32];
                bytes[0] = y;
                bytes
            })
            .find(|b| VerifyingKey::from_bytes(b).is_err())
            .unwrap();
        assert_eq!(verifying_key(&bad), None);
        assert!(!PublicKey(bad).verify(b"memo", &sig));
    }

    #[test]
    fn k_a_public_key_address_and_signature() {
        let key = PrivateKey::from_hex(K_A).unwrap();
        let public = key.public_key();
        assert_eq!(public.to_hex(), "b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3");
        assert_eq!(public.address().to_string(), "b50a6e20d3733fb89631ae32385b3c85c533c560");
        let sig = key.sign(&[0xde, 0xad, 0xbe, 0xef]);
        assert_eq!(
            hex::encode(sig),
            "5d04dfc0d0e579d815f761b452c7d01e5f20a71b9fb66dbbeb1959cffed9da0a621ee06dfd11171757f9c9541768eaf59cce75ac4acc1ad122556ec26e166108"
        );
        assert!(public.verify(&[0xde, 0xad, 0xbe, 0xef], &sig));
        assert!(!public.verify(&[0xde, 0xad, 0xbe, 0xee], &sig));
        assert_eq!(key.to_hex().as_str(), K_A);
    }

    #[test]
    fn k_b_public_key_address_and_signature() {
        let key = PrivateKey::from_hex(K_B).unwrap();
        assert_eq!(key.public_key().address().to_string(), "9d6ad1ee870d32d12cf0cff9fb0fbbfedb2ee71f");
        assert_eq!(
            hex::encode(key.sign(b"TestMessage")),
            "6cf23f8aa00793ef6aec4d3c408f5be249f01ddc96778f3ea03ef8fcdd301e09ce175fbcb97778b222de57469857d99ef97ad978dc49992f70a108aafd3d3001"
        );
    }

    #[test]
    fn a_32_byte_seed_expands_to_the_same_key() {
        let from_seed = PrivateKey::from_hex(&K_A[..64]).unwrap();
        assert_eq!(from_seed.to_hex().as_str(), K_A);
    }

    #[test]
    fn mismatched_second_half_is_rejected() {
        let franken = format!("{}{}", &K_A[..64], &K_B[64..]);
        assert_eq!(PrivateKey::from_hex(&franken).unwrap_err(), KeyError::MismatchedPublicHalf);
    }

    #[test]
    fn bad_hex_and_lengths_are_clear() {
        assert_eq!(
            PrivateKey::from_hex("zz").unwrap_err().to_string(),
            "the private key is not valid hex (Invalid character 'z' at position 0)"
        );
        assert_eq!(PrivateKey::from_hex("abcd").unwrap_err(), KeyError::PrivateKeyLength(2));
        assert_eq!(
            PublicKey::from_hex("--servicer", "abcd").unwrap_err().to_string(),
            "--servicer must be 32 bytes (64 hex characters); got 2 bytes"
        );
    }

    #[test]
    fn debug_output_never_shows_the_secret() {
        let key = PrivateKey::from_hex(K_A).unwrap();
        let debug = format!("{key:?}");
        assert!(!debug.contains(&K_A[..64]));
    }
}
