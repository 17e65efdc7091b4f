//! Shannon (secp256k1) keys in the keystore: the same five PPK fields and the same encryption as
//! a Morse key (PROTOCOL.md §9: scrypt N=32768 r=8 p=1, AES-256-GCM with the key's first 12
//! bytes as nonce, the plaintext the lowercase hex text of the private key), with a 32-byte
//! scalar instead of a 64-byte Ed25519 key, so `ciphertext` decodes to 64 + 16 = 80 bytes.
//! A Morse reader (pocket-core, an older pgw) refuses such a file because of that length
//! ("… expected 144 … holds an unsupported key type such as secp256k1"), never misreads it.
//! Pure: no file or terminal I/O.

use aes_gcm::aead::{AeadInPlace, KeyInit};
use aes_gcm::{Aes256Gcm, Key, Nonce, Tag};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use rand::RngCore as _;
use zeroize::Zeroizing;

use crate::protocol::morse::ppk::{Ppk, derive_key};
use crate::protocol::shannon::keys::PrivateKey;

const KDF: &str = "scrypt";
const SECPARAM: &str = "12";
const SALT_LEN: usize = 16;
/// The scalar as hex text.
const PLAINTEXT_LEN: usize = 64;
const TAG_LEN: usize = 16;
const CIPHERTEXT_LEN: usize = PLAINTEXT_LEN + TAG_LEN;
const NONCE_LEN: usize = 12;

/// A fresh random secp256k1 key (OS randomness).
pub fn generate() -> PrivateKey {
    let secret = k256::SecretKey::random(&mut rand::rngs::OsRng);
    let bytes = Zeroizing::new(<[u8; 32]>::from(secret.to_bytes()));
    PrivateKey::from_bytes(&bytes[..]).expect("k256 generates a valid scalar")
}

/// Encrypts a Shannon key into PPK fields with a fresh random salt.
pub fn seal(key: &PrivateKey, passphrase: &[u8], hint: &str) -> Ppk {
    let mut salt = [0u8; SALT_LEN];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    seal_with_salt(key, passphrase, hint, salt)
}

/// [`seal`] with a given salt (for tests).
pub fn seal_with_salt(key: &PrivateKey, passphrase: &[u8], hint: &str, salt: [u8; SALT_LEN]) -> Ppk {
    let aes_key = derive_key(passphrase, &salt);
    let mut buf = Zeroizing::new([0u8; PLAINTEXT_LEN]);
    hex::encode_to_slice(&key.to_bytes()[..], &mut buf[..]).expect("32 bytes are 64 hex characters");
    let tag = cipher(&aes_key)
        .encrypt_in_place_detached(Nonce::from_slice(&aes_key[..NONCE_LEN]), b"", &mut buf[..])
        .expect("AES-GCM accepts a 64-byte message");
    let mut sealed = Vec::with_capacity(CIPHERTEXT_LEN);
    sealed.extend_from_slice(&buf[..]);
    sealed.extend_from_slice(&tag);
    Ppk {
        kdf: KDF.to_owned(),
        salt: hex::encode_upper(salt),
        secparam: SECPARAM.to_owned(),
        hint: hint.to_owned(),
        ciphertext: STANDARD.encode(&sealed),
    }
}

/// Why stored fields could not be read or decrypted (the keystore adds the file's path).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("{0}")]
    Corrupt(String),
    #[error("wrong passphrase")]
    WrongPassphrase,
}

/// Checks the fields without decrypting (the kdf, the salt and the ciphertext's length).
pub fn check(ppk: &Ppk) -> Result<(), SealError> {
    decode_parts(ppk).map(|_| ())
}

/// Decrypts a Shannon key's PPK fields.
pub fn open(ppk: &Ppk, passphrase: &[u8]) -> Result<PrivateKey, SealError> {
    let (salt, sealed) = decode_parts(ppk)?;
    let aes_key = derive_key(passphrase, &salt);
    let mut buf = Zeroizing::new([0u8; PLAINTEXT_LEN]);
    buf.copy_from_slice(&sealed[..PLAINTEXT_LEN]);
    cipher(&aes_key)
        .decrypt_in_place_detached(
            Nonce::from_slice(&aes_key[..NONCE_LEN]),
            b"",
            &mut buf[..],
            Tag::from_slice(&sealed[PLAINTEXT_LEN..]),
        )
        .map_err(|_| SealError::WrongPassphrase)?;
    let mut scalar = Zeroizing::new([0u8; 32]);
    hex::decode_to_slice(&buf[..], &mut scalar[..])
        .map_err(|_| SealError::Corrupt("the decrypted key is not 64 hex characters".to_owned()))?;
    PrivateKey::from_bytes(&scalar[..]).map_err(|e| SealError::Corrupt(e.to_string()))
}

fn decode_parts(ppk: &Ppk) -> Result<(Vec<u8>, [u8; CIPHERTEXT_LEN]), SealError> {
    let corrupt = |s: String| SealError::Corrupt(s);
    if ppk.kdf != KDF {
        return Err(corrupt(format!("unsupported kdf {:?}", ppk.kdf)));
    }
    if ppk.salt.is_empty() {
        return Err(corrupt("the salt is empty".to_owned()));
    }
    let salt = hex::decode(&ppk.salt).map_err(|e| corrupt(format!("the salt is not hex ({e})")))?;
    let sealed = STANDARD
        .decode(ppk.ciphertext.as_bytes())
        .map_err(|e| corrupt(format!("the ciphertext is not standard base64 ({e})")))?;
    let sealed = <[u8; CIPHERTEXT_LEN]>::try_from(sealed.as_slice()).map_err(|_| {
        corrupt(format!(
            "the ciphertext is {} bytes, expected 80 (an encrypted 32-byte secp256k1 key)",
            sealed.len()
        ))
    })?;
    Ok((salt, sealed))
}

fn cipher(key: &[u8; 32]) -> Aes256Gcm {
    Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key))
}

#[cfg(test)]
mod tests {
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
