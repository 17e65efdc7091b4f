//! secp256k1 keys as poktroll uses them (cosmos `secp256k1.PrivKey`): a 32-byte big-endian
//! scalar, a 33-byte SEC1 compressed public key, and a bech32 `pokt1…` address over
//! RIPEMD160(SHA256(public key)).

use std::fmt;

use bech32::{Bech32, Hrp};
use k256::elliptic_curve::sec1::ToEncodedPoint;
use ripemd::{Digest, Ripemd160};
use zeroize::Zeroizing;

use crate::protocol::hash::sha256;

/// The bech32 human-readable part of every Shannon account address.
pub const ADDRESS_HRP: &str = "pokt";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("{what} is not valid hex ({detail})")]
    NotHex { what: &'static str, detail: String },
    #[error("a Shannon private key must be 32 bytes (64 hex characters); got {0} bytes")]
    PrivateKeyLength(usize),
    #[error("the private key is zero or not below the secp256k1 group order")]
    PrivateKeyRange,
    #[error("{what} must be a 33-byte compressed secp256k1 point (66 hex characters); got {len} bytes")]
    PublicKeyLength { what: &'static str, len: usize },
    #[error("{what} is not a point on secp256k1")]
    NotOnCurve { what: &'static str },
    #[error("{0}")]
    Address(String),
}

fn decode_hex(what: &'static str, s: &str) -> Result<Zeroizing<Vec<u8>>, KeyError> {
    hex::decode(s.trim()).map(Zeroizing::new).map_err(|e| KeyError::NotHex { what, detail: e.to_string() })
}

/// A secp256k1 private key. The scalar is wiped from memory when dropped (k256 zeroizes it).
/// Its ECDSA signing key (and so its public key) is derived once, when the key is loaded: a
/// public key costs a scalar multiplication, which signers would otherwise repeat per signature.
#[derive(Clone)]
pub struct PrivateKey {
    secret: k256::SecretKey,
    signing: k256::ecdsa::SigningKey,
}

impl PrivateKey {
    /// The raw 32-byte scalar, loaded as is (never hashed: SHANNON.md §1).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, KeyError> {
        if bytes.len() != 32 {
            return Err(KeyError::PrivateKeyLength(bytes.len()));
        }
        let secret = k256::SecretKey::from_slice(bytes).map_err(|_| KeyError::PrivateKeyRange)?;
        let signing = k256::ecdsa::SigningKey::from(&secret);
        Ok(PrivateKey { secret, signing })
    }

    /// 64 hex characters, as `pocketd keys export --unarmored-hex --unsafe` prints them.
    pub fn from_hex(s: &str) -> Result<Self, KeyError> {
        Self::from_bytes(&decode_hex("the private key", s)?)
    }

    /// The 32-byte big-endian scalar, in a buffer that is wiped when dropped.
    pub fn to_bytes(&self) -> Zeroizing<[u8; 32]> {
        Zeroizing::new(self.secret.to_bytes().into())
    }

    pub fn public_key(&self) -> PublicKey {
        PublicKey(k256::PublicKey::from(self.signing.verifying_key()))
    }

    pub fn secret(&self) -> &k256::SecretKey {
        &self.secret
    }

    /// The ECDSA signing key (with its verifying key already computed).
    pub fn signing_key(&self) -> &k256::ecdsa::SigningKey {
        &self.signing
    }
}

impl fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PrivateKey(<redacted>, public {})", self.public_key())
    }
}

/// A secp256k1 public key; it always encodes as the 33-byte compressed form.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(k256::PublicKey);

impl PublicKey {
    /// Only the 33-byte compressed form is accepted: ring hashing uses those exact bytes.
    pub fn from_bytes(what: &'static str, bytes: &[u8]) -> Result<Self, KeyError> {
        if bytes.len() != 33 {
            return Err(KeyError::PublicKeyLength { what, len: bytes.len() });
        }
        k256::PublicKey::from_sec1_bytes(bytes).map(PublicKey).map_err(|_| KeyError::NotOnCurve { what })
    }

    pub fn from_hex(what: &'static str, s: &str) -> Result<Self, KeyError> {
        Self::from_bytes(what, &decode_hex(what, s)?)
    }

    /// The 33-byte SEC1 compressed encoding.
    pub fn to_bytes(&self) -> [u8; 33] {
        let point = self.0.to_encoded_point(true);
        let mut out = [0u8; 33];
        out.copy_from_slice(point.as_bytes());
        out
    }

    pub fn inner(&self) -> &k256::PublicKey {
        &self.0
    }

    /// RIPEMD160(SHA256(compressed key)).
    pub fn address_bytes(&self) -> [u8; 20] {
        Ripemd160::digest(sha256(&self.to_bytes())).into()
    }

    /// The bech32 `pokt1…` account address.
    pub fn address(&self) -> String {
        encode_address(&self.address_bytes())
    }
}

impl From<k256::PublicKey> for PublicKey {
    fn from(key: k256::PublicKey) -> Self {
        PublicKey(key)
    }
}

impl fmt::Display for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.to_bytes()))
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({self})")
    }
}

/// bech32 (BIP-173, not bech32m) with the `pokt` prefix.
pub fn encode_address(bytes: &[u8; 20]) -> String {
    let hrp = Hrp::parse_unchecked(ADDRESS_HRP);
    bech32::encode::<Bech32>(hrp, bytes).expect("20 bytes always fit a bech32 string")
}

/// Parses a `pokt1…` address back to its 20 bytes, checking prefix, checksum and length.
pub fn decode_address(s: &str) -> Result<[u8; 20], KeyError> {
    let (hrp, data) = bech32::decode(s.trim())
        .map_err(|e| KeyError::Address(format!("{:?} is not a bech32 address ({e})", short(s))))?;
    if hrp.as_str() != ADDRESS_HRP {
        return Err(KeyError::Address(format!(
            "{:?} has prefix {:?}; Shannon addresses start with \"pokt1\"",
            short(s),
            hrp.as_str()
        )));
    }
    data.try_into().map_err(|d: Vec<u8>| {
        KeyError::Address(format!("{:?} holds {} bytes; an account address holds 20", short(s), d.len()))
    })
}

fn short(s: &str) -> String {
    s.trim().chars().take(64).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    // SHANNON.md §9 V1.
    const V1_PRIV: &str = "2d00ef074d9b51e46886dc9a1df11e7b986611d0f336bdcf1f0adce3e037ec0a";

    #[test]
    fn v1_key_to_address() {
        let key = PrivateKey::from_hex(V1_PRIV).unwrap();
        let public = key.public_key();
        assert_eq!(public.to_string(), "0397896e9b106df70124a856861cc9be52fac9980e2c7a118a36c19d0198692cc5");
        assert_eq!(
            hex::encode(sha256(&public.to_bytes())),
            "d4141ab04ec633e2f8db9d12d1c8c52b041cf9d66145538a11eb739b1fd91847"
        );
        assert_eq!(hex::encode(public.address_bytes()), "d8c0ba27c0b9f8682bd896cabf30b9f57a5631b3");
        assert_eq!(public.address(), "pokt1mrqt5f7qh8uxs27cjm9t7v9e74a9vvdnq5jva4");
        assert_eq!(decode_address(&public.address()).unwrap(), public.address_bytes());
    }

    #[test]
    fn v2_and_v3_addresses() {
        let one = PrivateKey::from_hex(&format!("{:064x}", 1)).unwrap();
        assert_eq!(
            one.public_key().to_string(),
            "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
        );
        assert_eq!(one.public_key().address(), "pokt1w508d6qejxtdg4y5r3zarvary0c5xw7k8mgwnq");
        let placeholder =
            PrivateKey::from_hex("60c6cbe6b5011807d6486f351cbde6f964356df1d0bc1b04f8589cead5ab5206").unwrap();
        assert_eq!(
            placeholder.public_key().to_string(),
            "021066f293709356a33e9c13017867586baf52513e845bc4335233a15ed1e00baf"
        );
        assert_eq!(placeholder.public_key().address(), "pokt1v9utztg8z8e6jv9xzv7rnt3m38570xsyjr2crf");
    }

    #[test]
    fn bad_keys_are_refused_with_their_reason() {
        assert_eq!(PrivateKey::from_hex("00").unwrap_err(), KeyError::PrivateKeyLength(1));
        assert_eq!(PrivateKey::from_bytes(&[0u8; 32]).unwrap_err(), KeyError::PrivateKeyRange);
        assert_eq!(PrivateKey::from_bytes(&[0xff; 32]).unwrap_err(), KeyError::PrivateKeyRange);
        let uncompressed = [4u8; 65];
        assert_eq!(
            PublicKey::from_bytes("the ring key", &uncompressed).unwrap_err(),
            KeyError::PublicKeyLength { what: "the ring key", len: 65 }
        );
        let mut off_curve = [0xffu8; 33];
        off_curve[0] = 2; // x is not below the field prime
        assert_eq!(
            PublicKey::from_bytes("the ring key", &off_curve).unwrap_err().to_string(),
            "the ring key is not a point on secp256k1"
        );
        assert!(
            decode_address(&bech32::encode::<Bech32>(Hrp::parse_unchecked("cosmos"), &[7u8; 20]).unwrap())
                .unwrap_err()
                .to_string()
                .contains("prefix")
        );
        assert!(decode_address("pokt1mrqt5f7qh8uxs27cjm9t7v9e74a9vvdnq5jva5").is_err());
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let key = PrivateKey::from_hex(V1_PRIV).unwrap();
        assert!(!format!("{key:?}").contains(&V1_PRIV[..16]));
    }
}
