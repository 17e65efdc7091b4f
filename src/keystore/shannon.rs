//! Shannon (secp256k1) keys in the keystore: the same five PPK fields and the same encryption as
//! a Morse key ([`Ppk::seal`], docs/protocol.md §12: scrypt N=32768 r=8 p=1, AES-256-GCM with the key's first 12
//! bytes as nonce, the plaintext the lowercase hex text of the private key), with a 32-byte
//! scalar instead of a 64-byte Ed25519 key, so `ciphertext` decodes to 64 + 16 = 80 bytes.
//! A Morse reader (pocket-core, an older pgw) refuses such a file because of that length
//! ("… expected 144 … holds an unsupported key type such as secp256k1"), never misreads it.
//! Pure: no file or terminal I/O.

use zeroize::Zeroizing;

use crate::protocol::morse::ppk::{self, Ppk, PpkError};
use crate::protocol::shannon::keys::PrivateKey;

/// The decoded ciphertext: the scalar's 64 hex characters and the 16-byte tag.
const SEALED_LEN: usize = 64 + 16;

/// A fresh random secp256k1 key (OS randomness).
pub fn generate() -> PrivateKey {
    let secret = k256::SecretKey::random(&mut rand::rngs::OsRng);
    let bytes = Zeroizing::new(<[u8; 32]>::from(secret.to_bytes()));
    PrivateKey::from_bytes(&bytes[..]).expect("k256 generates a valid scalar")
}

/// Encrypts a Shannon key into PPK fields with a fresh random salt.
pub fn seal(key: &PrivateKey, passphrase: &[u8], hint: &str) -> Ppk {
    seal_with_salt(key, passphrase, hint, ppk::random_salt())
}

/// [`seal`] with a given salt (for tests).
pub fn seal_with_salt(key: &PrivateKey, passphrase: &[u8], hint: &str, salt: [u8; ppk::SALT_LEN]) -> Ppk {
    Ppk::seal(&key.to_bytes()[..], passphrase, hint, salt)
}

/// Why stored fields could not be read or decrypted (the keystore adds the file's path).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("{0}")]
    Corrupt(String),
    #[error("wrong passphrase")]
    WrongPassphrase,
}

impl From<PpkError> for SealError {
    fn from(e: PpkError) -> Self {
        SealError::Corrupt(match e {
            PpkError::WrongPassphrase => return SealError::WrongPassphrase,
            PpkError::UnsupportedKdf(kdf) => format!("unsupported kdf {kdf:?}"),
            PpkError::EmptySalt => "the salt is empty".to_owned(),
            PpkError::BadSalt(e) => format!("the salt is not hex ({e})"),
            PpkError::BadCiphertext(e) => format!("the ciphertext is not standard base64 ({e})"),
            PpkError::CiphertextLength(n) => {
                format!(
                    "the ciphertext is {n} bytes, expected {SEALED_LEN} (an encrypted 32-byte secp256k1 key)"
                )
            }
            other => other.to_string(),
        })
    }
}

/// Checks the fields without decrypting (the kdf, the salt and the ciphertext's length).
pub fn check(ppk: &Ppk) -> Result<(), SealError> {
    Ok(ppk.check(SEALED_LEN)?)
}

/// Decrypts a Shannon key's PPK fields.
pub fn open(ppk: &Ppk, passphrase: &[u8]) -> Result<PrivateKey, SealError> {
    let text = ppk.open(passphrase, SEALED_LEN)?;
    let mut scalar = Zeroizing::new([0u8; 32]);
    hex::decode_to_slice(&text[..], &mut scalar[..])
        .map_err(|_| SealError::Corrupt("the decrypted key is not 64 hex characters".to_owned()))?;
    PrivateKey::from_bytes(&scalar[..]).map_err(|e| SealError::Corrupt(e.to_string()))
}

#[cfg(test)]
mod tests {
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;

    use super::*;

    const V1_PRIV: &str = "2d00ef074d9b51e46886dc9a1df11e7b986611d0f336bdcf1f0adce3e037ec0a";

    #[test]
    fn seal_open_round_trip_and_morse_readers_refuse_it() {
        let key = PrivateKey::from_hex(V1_PRIV).unwrap();
        let ppk = seal_with_salt(&key, b"pw", "h", [0xab; 16]);
        assert_eq!(ppk.salt, "ABABABABABABABABABABABABABABABAB");
        assert_eq!(STANDARD.decode(&ppk.ciphertext).unwrap().len(), 80);
        assert_eq!(hex::encode(&open(&ppk, b"pw").unwrap().to_bytes()[..]), V1_PRIV);
        assert_eq!(open(&ppk, b"nope").unwrap_err(), SealError::WrongPassphrase);
        // The same salt gives the same bytes (deterministic given the salt).
        assert_eq!(seal_with_salt(&key, b"pw", "h", [0xab; 16]), ppk);
        // pocket-core's PPK reader refuses it on its length, before any passphrase.
        let err = Ppk::parse(ppk.to_json().as_bytes()).unwrap_err();
        assert!(err.to_string().contains("secp256k1"), "{err}");
        let mut short = ppk.clone();
        short.ciphertext = STANDARD.encode([0u8; 79]);
        assert!(matches!(check(&short), Err(SealError::Corrupt(m)) if m.contains("79 bytes")));
    }

    #[test]
    fn generated_keys_are_distinct_and_valid() {
        let (a, b) = (generate(), generate());
        assert_ne!(a.public_key(), b.public_key());
        assert!(a.public_key().address().starts_with("pokt1"));
    }
}
