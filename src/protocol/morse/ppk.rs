//! Portable Private Key (PPK, "armored JSON") key files, byte-exact with pocket-core
//! (`EncryptArmorPrivKey` / `UnarmorDecryptPrivKey`), docs/protocol.md §12.
//!
//! ```text
//! {"kdf":"scrypt","salt":"<32 hex>","secparam":"12","hint":"<str>","ciphertext":"<base64>"}
//! ```
//!
//! key = scrypt(passphrase, salt, N=2^15, r=8, p=1, 32 bytes); AES-256-GCM with nonce = key[0..12],
//! no AAD, tag appended; the plaintext is the lowercase hex *text* of the 64-byte Ed25519 private
//! key. Pure: no file or terminal I/O.

use aes_gcm::aead::{AeadInPlace, KeyInit};
use aes_gcm::{Aes256Gcm, Key, Nonce, Tag};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use rand::RngCore as _;
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use super::gojson::ObjectWriter;

/// scrypt cost: N = 2^15 = 32768.
pub const SCRYPT_LOG_N: u8 = 15;
/// scrypt block size.
pub const SCRYPT_R: u32 = 8;
/// scrypt parallelism.
pub const SCRYPT_P: u32 = 1;

/// The only key-derivation function pocket-core reads and writes.
const KDF: &str = "scrypt";
/// The `secparam` every implementation writes.
const SECPARAM: &str = "12";
/// Length of the random salt written by [`Ppk::encrypt`].
pub const SALT_LEN: usize = 16;
/// Length of the plaintext: the 64-byte private key as hex text.
const PLAINTEXT_LEN: usize = 128;
/// AES-GCM tag length.
const TAG_LEN: usize = 16;
/// Length of the decoded `ciphertext` field: hex text plus tag.
const CIPHERTEXT_LEN: usize = PLAINTEXT_LEN + TAG_LEN;
/// AES-GCM nonce length (taken from the front of the derived key).
const NONCE_LEN: usize = 12;

/// A PPK key file, as its five JSON strings (field order = pocket-core's `ArmoredJson`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Ppk {
    /// Key-derivation function; always `"scrypt"`.
    pub kdf: String,
    /// Hex salt (written uppercase, read in either case).
    pub salt: String,
    /// Always `"12"` when written; ignored when read.
    pub secparam: String,
    /// Free-text passphrase hint (not secret).
    pub hint: String,
    /// Standard padded base64 of AES-GCM ciphertext || tag.
    pub ciphertext: String,
}

/// Why a key file could not be read or decrypted.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PpkError {
    /// The bytes are not a JSON document.
    #[error("the key file is not valid JSON: {0}")]
    NotJson(String),
    /// The JSON document is not an object.
    #[error(
        "the key file is not a JSON object; expected {{\"kdf\",\"salt\",\"secparam\",\"hint\",\"ciphertext\"}}"
    )]
    NotAnObject,
    /// A required field is absent.
    #[error("the key file has no \"{0}\" field; is it a key file from `pocket accounts export`?")]
    MissingField(&'static str),
    /// A field is present but is not a JSON string.
    #[error("the key file's \"{field}\" field must be a JSON string, not {found}")]
    FieldNotString {
        /// The field's name.
        field: &'static str,
        /// The JSON type found instead (e.g. "a number").
        found: &'static str,
    },
    /// `kdf` is not `"scrypt"`.
    #[error("unsupported kdf {0:?}: only \"scrypt\" key files are supported")]
    UnsupportedKdf(String),
    /// `salt` is the empty string.
    #[error("the key file's salt is empty; the file is corrupt")]
    EmptySalt,
    /// `salt` is not hex.
    #[error("the key file's salt is not hex ({0}); the file is corrupt")]
    BadSalt(String),
    /// `ciphertext` is not standard base64.
    #[error("the key file's ciphertext is not standard base64 ({0}); the file is corrupt")]
    BadCiphertext(String),
    /// `ciphertext` decodes to the wrong number of bytes.
    #[error(
        "the key file's ciphertext is {0} bytes, expected 144 (an encrypted 64-byte Ed25519 key); the file is corrupt or holds an unsupported key type such as secp256k1"
    )]
    CiphertextLength(usize),
    /// AES-GCM authentication failed.
    #[error("wrong passphrase (or the key file is corrupt): decryption failed")]
    WrongPassphrase,
    /// The decrypted text is not 128 hex characters.
    #[error(
        "the decrypted key is not a 128-character hex private key; the file does not hold a pocket Ed25519 key"
    )]
    BadPlaintext,
}

impl Ppk {
    /// Parse a PPK JSON document (bytes of the file).
    ///
    /// Lenient like Go's `encoding/json`: any whitespace and key order, unknown keys ignored,
    /// a repeated key keeps its last value, a leading UTF-8 BOM is skipped. All five fields
    /// must be strings. `kdf`, `salt` and `ciphertext` are checked here, so a bad file fails
    /// before a passphrase is asked for; `secparam` is not interpreted.
    pub fn parse(json: &[u8]) -> Result<Ppk, PpkError> {
        let json = json.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(json);
        let value: Value = serde_json::from_slice(json).map_err(|e| PpkError::NotJson(e.to_string()))?;
        let Value::Object(mut map) = value else {
            return Err(PpkError::NotAnObject);
        };
        let ppk = Ppk {
            kdf: take_string(&mut map, "kdf")?,
            salt: take_string(&mut map, "salt")?,
            secparam: take_string(&mut map, "secparam")?,
            hint: take_string(&mut map, "hint")?,
            ciphertext: take_string(&mut map, "ciphertext")?,
        };
        ppk.check(CIPHERTEXT_LEN)?;
        Ok(ppk)
    }

    /// Go-exact compact JSON bytes.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(128 + self.hint.len() + self.ciphertext.len());
        let fields = [
            ("kdf", &self.kdf),
            ("salt", &self.salt),
            ("secparam", &self.secparam),
            ("hint", &self.hint),
            ("ciphertext", &self.ciphertext),
        ];
        let mut w = ObjectWriter::new(&mut out);
        for (name, value) in fields {
            w.string(name, value);
        }
        w.finish();
        out
    }

    /// Encrypt a 64-byte private key (seed||pub) with the given salt (16 bytes).
    pub fn encrypt_with_salt(private_key: &[u8; 64], passphrase: &[u8], hint: &str, salt: [u8; 16]) -> Ppk {
        Ppk::seal(private_key, passphrase, hint, salt)
    }

    /// Same with a fresh random salt (rand::rngs::OsRng / thread_rng).
    pub fn encrypt(private_key: &[u8; 64], passphrase: &[u8], hint: &str) -> Ppk {
        Ppk::encrypt_with_salt(private_key, passphrase, hint, random_salt())
    }

    /// Decrypt; returns the 64 raw private-key bytes in a zeroize::Zeroizing wrapper.
    ///
    /// Does not check that the second half is the seed's public key.
    pub fn decrypt(&self, passphrase: &[u8]) -> Result<Zeroizing<[u8; 64]>, PpkError> {
        decode_plaintext(&self.open(passphrase, CIPHERTEXT_LEN)?)
    }

    /// Seals a secret of any length as pocket-core seals an Ed25519 key: its lowercase hex
    /// text, encrypted with the passphrase's scrypt key (the nonce is the key's first 12
    /// bytes), the tag appended. Shannon keys use it for their 32-byte scalars.
    pub fn seal(secret: &[u8], passphrase: &[u8], hint: &str, salt: [u8; SALT_LEN]) -> Ppk {
        let key = derive_key(passphrase, &salt);
        let text_len = secret.len() * 2;
        let mut sealed = Zeroizing::new(vec![0u8; text_len + TAG_LEN]);
        hex::encode_to_slice(secret, &mut sealed[..text_len]).expect("twice the secret's length");
        let tag = cipher(&key)
            .encrypt_in_place_detached(Nonce::from_slice(&key[..NONCE_LEN]), b"", &mut sealed[..text_len])
            .expect("AES-GCM accepts a short message");
        sealed[text_len..].copy_from_slice(&tag);
        Ppk {
            kdf: KDF.to_owned(),
            salt: hex::encode_upper(salt),
            secparam: SECPARAM.to_owned(),
            hint: hint.to_owned(),
            ciphertext: STANDARD.encode(&sealed[..]),
        }
    }

    /// Decrypts fields sealed by [`Ppk::seal`] whose ciphertext decodes to `sealed_len` bytes
    /// (hex text plus tag): the secret's hex text, still to be decoded by the caller.
    pub fn open(&self, passphrase: &[u8], sealed_len: usize) -> Result<Zeroizing<Vec<u8>>, PpkError> {
        let (salt, sealed) = self.decode_parts(sealed_len)?;
        let text_len = sealed_len - TAG_LEN;
        let key = derive_key(passphrase, &salt);
        let mut text = Zeroizing::new(sealed[..text_len].to_vec());
        cipher(&key)
            .decrypt_in_place_detached(
                Nonce::from_slice(&key[..NONCE_LEN]),
                b"",
                &mut text[..],
                Tag::from_slice(&sealed[text_len..]),
            )
            .map_err(|_| PpkError::WrongPassphrase)?;
        Ok(text)
    }

    /// Checks the fields without decrypting: the kdf, the salt, and that the ciphertext
    /// decodes to `sealed_len` bytes.
    pub fn check(&self, sealed_len: usize) -> Result<(), PpkError> {
        self.decode_parts(sealed_len).map(|_| ())
    }

    /// Check `kdf` and decode `salt` and `ciphertext` (shared by `parse` and `decrypt`, since
    /// the fields are public and a `Ppk` may be built without `parse`).
    fn decode_parts(&self, sealed_len: usize) -> Result<(Vec<u8>, Zeroizing<Vec<u8>>), PpkError> {
        if self.kdf != KDF {
            return Err(PpkError::UnsupportedKdf(self.kdf.clone()));
        }
        if self.salt.is_empty() {
            return Err(PpkError::EmptySalt);
        }
        let salt = hex::decode(&self.salt).map_err(|e| PpkError::BadSalt(e.to_string()))?;
        // Go's base64 decoder skips '\r' and '\n'.
        let b64: Vec<u8> = self.ciphertext.bytes().filter(|b| !matches!(b, b'\r' | b'\n')).collect();
        let sealed = STANDARD.decode(b64).map_err(|e| PpkError::BadCiphertext(e.to_string()))?;
        if sealed.len() != sealed_len {
            return Err(PpkError::CiphertextLength(sealed.len()));
        }
        Ok((salt, Zeroizing::new(sealed)))
    }
}

/// A fresh random salt (OS randomness).
pub fn random_salt() -> [u8; SALT_LEN] {
    let mut salt = [0u8; SALT_LEN];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    salt
}

/// scrypt key derivation used by the format (exposed for tests and benchmarks).
pub fn derive_key(passphrase: &[u8], salt: &[u8]) -> Zeroizing<[u8; 32]> {
    let params = scrypt::Params::new(SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P, 32)
        .expect("the PPK scrypt parameters are valid");
    let mut key = Zeroizing::new([0u8; 32]);
    scrypt::scrypt(passphrase, salt, &params, &mut key[..]).expect("a 32-byte scrypt output is valid");
    key
}

fn cipher(key: &[u8; 32]) -> Aes256Gcm {
    Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key))
}

/// Decode the decrypted hex text (either case) into the 64-byte key.
fn decode_plaintext(text: &[u8]) -> Result<Zeroizing<[u8; 64]>, PpkError> {
    if text.len() != PLAINTEXT_LEN {
        return Err(PpkError::BadPlaintext);
    }
    let mut key = Zeroizing::new([0u8; 64]);
    hex::decode_to_slice(text, &mut key[..]).map_err(|_| PpkError::BadPlaintext)?;
    Ok(key)
}

/// Remove `name` from the object and require a JSON string.
fn take_string(map: &mut Map<String, Value>, name: &'static str) -> Result<String, PpkError> {
    let found = match map.remove(name) {
        None => return Err(PpkError::MissingField(name)),
        Some(Value::String(s)) => return Ok(s),
        Some(Value::Null) => "null",
        Some(Value::Bool(_)) => "a boolean",
        Some(Value::Number(_)) => "a number",
        Some(Value::Array(_)) => "an array",
        Some(Value::Object(_)) => "an object",
    };
    Err(PpkError::FieldNotString { field: name, found })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// docs/protocol.md §14, PJL:tests/src/unit/keybase/ppk.spec.ts (password `t`).
    const PJL_JSON: &str = r#"{"kdf": "scrypt","salt": "562F04E15064C472279CF748324051FD","secparam": "12","hint": "t","ciphertext": "SpkySM/0g4DUPjaOA/dzh+9r2/Kru/JCNi3VBLbjbs9Qw483ZjPd/b8fiwtujCSJaRQuejbAbZmx3DV6adiTzTA5MhcymzQwaUvVY6R6v6A40Y9cVeji4T94MZzcQfL9LPmddRvaLC1w9eWeVuweCY1SdU0m4TyMTGObxB34y14yyT0tnW3mz23IZ+SmqXKw"}"#;
    const PJL_KEY: &str = "af49ab2d0fbb7c55c2e69fdd8110c80c2d05df2a9a7cc9467e3e82696202cb3aae59eb833aab5da1bc0a81081997d10a5192e7c47530a2d878817327a55d51a0";
    const PJL_SCRYPT: &str = "3b7246edc620d502a863cadcf8ea01cb8d589b1285b13f84195392d6b9304152";

    /// docs/protocol.md §14 K_A and the fixed-salt PPK (password/hint `pocket`).
    const K_A: &str = "1f8cbde30ef5a9db0a5a9d5eb40536fc9defc318b8581d543808b7504e0902bcb243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3";
    const FIXED_SALT: [u8; 16] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
    const FIXED_SCRYPT: &str = "76a9e5510fa9aaa604360f06985c33ec5ea5b54fd0aefd70d36f04f88dd924b3";
    const FIXED_JSON: &str = r#"{"kdf":"scrypt","salt":"000102030405060708090A0B0C0D0E0F","secparam":"12","hint":"pocket","ciphertext":"4O9ilqN/TyzJ+7VNsnupsdlzCyILDOMtRtHmBje1zHjtS5OZ0Q04+xr1qUBqg541joLdNPXsBRUjgBHhpIVNM23ZsH+Cs/KKJvE/HLNFU9+0Lz9QYXiDlfnJcoBjQ1ayMvpGKNP7vZyyUqpFLMuuUTa5XpqWsfaVefdBah2O4w+emIMoz0yFuTE3vCgBTvrY"}"#;

    fn key64(hex_str: &str) -> [u8; 64] {
        let mut k = [0u8; 64];
        hex::decode_to_slice(hex_str, &mut k).expect("test vector is 128 hex chars");
        k
    }

    fn pjl() -> Ppk {
        Ppk::parse(PJL_JSON.as_bytes()).expect("PJL vector parses")
    }

    /// The PJL vector with one field replaced by a JSON value.
    fn pjl_with(field: &str, value: Value) -> Vec<u8> {
        let mut v: Value = serde_json::from_str(PJL_JSON).expect("PJL vector is JSON");
        v[field] = value;
        serde_json::to_vec(&v).expect("serialises")
    }

    // --- 1. PJL vector (3 scrypt calls) ---

    #[test]
    fn pjl_vector_parses_with_spaces() {
        let p = pjl();
        assert_eq!(p.kdf, "scrypt");
        assert_eq!(p.salt, "562F04E15064C472279CF748324051FD");
        assert_eq!(p.secparam, "12");
        assert_eq!(p.hint, "t");
        assert!(p.ciphertext.starts_with("SpkySM/0g4"));
    }

    #[test]
    fn pjl_vector_decrypts_with_password_t() {
        let key = pjl().decrypt(b"t").expect("password t decrypts");
        assert_eq!(hex::encode(&key[..]), PJL_KEY);
    }

    #[test]
    fn pjl_vector_scrypt_key() {
        let salt = hex::decode("562F04E15064C472279CF748324051FD").expect("hex");
        assert_eq!(hex::encode(&derive_key(b"t", &salt)[..]), PJL_SCRYPT);
    }

    #[test]
    fn pjl_vector_bad_password_is_wrong_passphrase() {
        assert_eq!(pjl().decrypt(b"badpassword"), Err(PpkError::WrongPassphrase));
    }

    // --- 2. Fixed-salt vector (3 scrypt calls) ---

    #[test]
    fn fixed_salt_vector_to_json_is_go_exact() {
        let p = Ppk::encrypt_with_salt(&key64(K_A), b"pocket", "pocket", FIXED_SALT);
        assert_eq!(p.to_json(), FIXED_JSON);
        assert_eq!(Ppk::parse(FIXED_JSON.as_bytes()), Ok(p));
    }

    #[test]
    fn fixed_salt_vector_scrypt_key() {
        assert_eq!(hex::encode(&derive_key(b"pocket", &FIXED_SALT)[..]), FIXED_SCRYPT);
    }

    #[test]
    fn fixed_salt_vector_round_trip_with_lowercase_salt() {
        let lower = FIXED_JSON.replace("0A0B0C0D0E0F", "0a0b0c0d0e0f");
        assert_ne!(lower, FIXED_JSON);
        let p = Ppk::parse(lower.as_bytes()).expect("lowercase salt is accepted");
        assert_eq!(p.salt, "000102030405060708090a0b0c0d0e0f");
        let key = p.decrypt(b"pocket").expect("decrypts");
        assert_eq!(*key, key64(K_A));
    }

    // --- 3. Random salt, escaping (2 scrypt calls) ---

    #[test]
    fn random_salt_round_trip() {
        let k = key64(K_A);
        let p = Ppk::encrypt(&k, "pässwörd".as_bytes(), "my hint");
        assert_eq!(p.kdf, "scrypt");
        assert_eq!(p.secparam, "12");
        assert_eq!(p.hint, "my hint");
        assert_eq!(p.salt.len(), 32);
        assert!(p.salt.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()));
        assert_ne!(p.salt, "00000000000000000000000000000000");
        assert_eq!(p.ciphertext.len(), 192);
        let parsed = Ppk::parse(p.to_json().as_bytes()).expect("own output parses");
        assert_eq!(parsed, p);
        assert_eq!(*parsed.decrypt("pässwörd".as_bytes()).expect("decrypts"), k);
    }

    fn with_hint(hint: &str) -> Ppk {
        Ppk { hint: hint.to_owned(), ..Ppk::parse(FIXED_JSON.as_bytes()).expect("parses") }
    }

    #[test]
    fn hint_escaping_matches_go() {
        let p = with_hint("<a&b>");
        let json = p.to_json();
        assert!(json.contains(r#","hint":"\u003ca\u0026b\u003e","#), "{json}");
        assert_eq!(Ppk::parse(json.as_bytes()).expect("parses").hint, "<a&b>");
    }

    #[test]
    fn hint_escaping_covers_go_special_cases() {
        // docs/protocol.md §14 (the control and non-ASCII escaping case), as Go 1.19 encoding/json writes it.
        let hint = "tab\tnl\ncr\rbs\u{8}ff\u{c}nul\0del\x7f q\" bsl\\ slash/ ls\u{2028}ps\u{2029} e\u{e9} emoji\u{1F600}";
        let want = "\"tab\\tnl\\ncr\\rbs\\u0008ff\\u000cnul\\u0000del\x7f q\\\" bsl\\\\ slash/ ls\\u2028ps\\u2029 e\u{e9} emoji\u{1F600}\"";
        let mut got = String::new();
        crate::protocol::morse::gojson::write_str(&mut got, hint);
        assert_eq!(got, want);
        let mut got = String::new();
        crate::protocol::morse::gojson::write_str(&mut got, "\u{1}\u{1f}");
        assert_eq!(got, r#""\u0001\u001f""#);
        let p = with_hint(hint);
        assert_eq!(Ppk::parse(p.to_json().as_bytes()).expect("parses").hint, hint);
    }

    // --- 4. Errors (no scrypt calls: all fail before key derivation) ---

    #[test]
    fn error_not_json() {
        assert!(matches!(Ppk::parse(b"not json"), Err(PpkError::NotJson(_))));
        assert!(matches!(Ppk::parse(b""), Err(PpkError::NotJson(_))));
        assert!(matches!(Ppk::parse(&PJL_JSON.as_bytes()[..40]), Err(PpkError::NotJson(_))));
        assert!(matches!(Ppk::parse(b"\xff\xfe"), Err(PpkError::NotJson(_))));
    }

    #[test]
    fn error_not_an_object() {
        assert_eq!(Ppk::parse(b"[]"), Err(PpkError::NotAnObject));
        assert_eq!(Ppk::parse(b"\"scrypt\""), Err(PpkError::NotAnObject));
    }

    #[test]
    fn error_kdf_bcrypt() {
        assert_eq!(
            Ppk::parse(&pjl_with("kdf", "bcrypt".into())),
            Err(PpkError::UnsupportedKdf("bcrypt".to_owned()))
        );
        let p = Ppk { kdf: "bcrypt".to_owned(), ..pjl() };
        assert_eq!(p.decrypt(b"t"), Err(PpkError::UnsupportedKdf("bcrypt".to_owned())));
    }

    #[test]
    fn error_salt_not_hex() {
        assert!(matches!(Ppk::parse(&pjl_with("salt", "zz".into())), Err(PpkError::BadSalt(_))));
        assert!(matches!(Ppk::parse(&pjl_with("salt", "ABC".into())), Err(PpkError::BadSalt(_))));
        assert_eq!(Ppk::parse(&pjl_with("salt", "".into())), Err(PpkError::EmptySalt));
    }

    #[test]
    fn error_ciphertext_not_base64() {
        assert!(matches!(
            Ppk::parse(&pjl_with("ciphertext", "not base64!".into())),
            Err(PpkError::BadCiphertext(_))
        ));
        // URL-safe alphabet is not accepted.
        let url = pjl().ciphertext.replace('/', "_").replace('+', "-");
        assert!(matches!(Ppk::parse(&pjl_with("ciphertext", url.into())), Err(PpkError::BadCiphertext(_))));
    }

    #[test]
    fn error_ciphertext_too_short() {
        let short = STANDARD.encode([0u8; 80]); // a secp256k1 key file's length
        assert_eq!(Ppk::parse(&pjl_with("ciphertext", short.into())), Err(PpkError::CiphertextLength(80)));
        assert_eq!(Ppk::parse(&pjl_with("ciphertext", "".into())), Err(PpkError::CiphertextLength(0)));
        let p = Ppk { ciphertext: STANDARD.encode([0u8; 10]), ..pjl() };
        assert_eq!(p.decrypt(b"t"), Err(PpkError::CiphertextLength(10)));
    }

    #[test]
    fn error_secparam_number() {
        assert_eq!(
            Ppk::parse(&pjl_with("secparam", 12.into())),
            Err(PpkError::FieldNotString { field: "secparam", found: "a number" })
        );
    }

    #[test]
    fn error_missing_field_and_wrong_types() {
        let mut v: Value = serde_json::from_str(PJL_JSON).expect("JSON");
        v.as_object_mut().expect("object").remove("hint");
        let bytes = serde_json::to_vec(&v).expect("serialises");
        assert_eq!(Ppk::parse(&bytes), Err(PpkError::MissingField("hint")));
        assert_eq!(
            Ppk::parse(&pjl_with("kdf", Value::Null)),
            Err(PpkError::FieldNotString { field: "kdf", found: "null" })
        );
    }

    #[test]
    fn parse_is_lenient_like_go() {
        // Key order, whitespace, unknown keys, BOM, any secparam string, last duplicate wins.
        let doc = format!(
            "\u{feff}\n{{ \"ciphertext\" : \"{}\",\n\t\"hint\":\"t\", \"extra\": [1], \"secparam\": \"x\", \"salt\":\"00\", \"salt\":\"562f04e15064c472279cf748324051fd\", \"kdf\":\"scrypt\" }}\n",
            pjl().ciphertext
        );
        let p = Ppk::parse(doc.as_bytes()).expect("parses");
        assert_eq!(p.secparam, "x");
        assert_eq!(p.salt, "562f04e15064c472279cf748324051fd");
        assert_eq!(p.ciphertext, pjl().ciphertext);
    }

    #[test]
    fn plaintext_must_be_128_hex_chars() {
        let upper = PJL_KEY.to_ascii_uppercase();
        assert_eq!(*decode_plaintext(upper.as_bytes()).expect("uppercase hex accepted"), key64(PJL_KEY));
        assert_eq!(decode_plaintext(&PJL_KEY.as_bytes()[..64]), Err(PpkError::BadPlaintext));
        let mut bad = PJL_KEY.as_bytes().to_vec();
        bad[5] = b'g';
        assert_eq!(decode_plaintext(&bad), Err(PpkError::BadPlaintext));
    }

    #[test]
    fn error_messages_are_one_line() {
        let errors = [
            PpkError::NotJson("x".to_owned()),
            PpkError::NotAnObject,
            PpkError::MissingField("salt"),
            PpkError::FieldNotString { field: "secparam", found: "a number" },
            PpkError::UnsupportedKdf("bcrypt\n".to_owned()),
            PpkError::EmptySalt,
            PpkError::BadSalt("x".to_owned()),
            PpkError::BadCiphertext("x".to_owned()),
            PpkError::CiphertextLength(80),
            PpkError::WrongPassphrase,
            PpkError::BadPlaintext,
        ];
        for e in errors {
            let msg = e.to_string();
            assert!(!msg.is_empty() && !msg.contains('\n'), "{msg}");
        }
        assert_eq!(
            PpkError::UnsupportedKdf("bcrypt".to_owned()).to_string(),
            "unsupported kdf \"bcrypt\": only \"scrypt\" key files are supported"
        );
    }
}
