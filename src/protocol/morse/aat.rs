//! Application Authentication Tokens (docs/protocol.md §2): an app key's signature allowing a client
//! key to sign relays on the app's behalf.

use serde::{Deserialize, Serialize};

use super::gohex;
use super::gojson::ObjectWriter;
use super::keys::{PrivateKey, PublicKey};
use super::node_error::NodeError;
use crate::protocol::hash::sha3;

/// The only AAT version pocket-core accepts.
pub const AAT_VERSION: &str = "0.0.1";

/// An AAT as it travels in JSON. Fields are strings so that malformed tokens from other clients
/// can be represented and diagnosed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Aat {
    pub version: String,
    pub app_pub_key: String,
    pub client_pub_key: String,
    pub signature: String,
}

/// Why a node rejects an AAT; `Display` is pocket-core's inner error text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AatError {
    #[error("the application authentication token version is missing")]
    MissingVersion,
    #[error("the application authentication token version is not supported")]
    UnsupportedVersion,
    // The typo is pocket-core's own; nodes send it verbatim.
    #[error("the applicaiton public key included in the AAT is not valid")]
    MissingAppKey,
    #[error("{}", .0.to_sdk_string())]
    AppKey(NodeError),
    #[error("the client public key included in the AAT is not valid")]
    MissingClientKey,
    #[error("{}", .0.to_sdk_string())]
    ClientKey(NodeError),
    #[error("the application signature on the AAT is not valid")]
    InvalidSignature,
}

impl AatError {
    /// The relay error (code 4) a node answers with.
    pub fn to_node_error(&self) -> NodeError {
        NodeError::new(4, format!("the application authentication token is invalid : {self}"))
    }
}

impl Aat {
    /// A signed version-0.0.1 token letting `client` sign relays for the app.
    pub fn sign(app: &PrivateKey, client: &PublicKey) -> Aat {
        let mut aat = Aat {
            version: AAT_VERSION.to_string(),
            app_pub_key: app.public_key().to_hex(),
            client_pub_key: client.to_hex(),
            signature: String::new(),
        };
        aat.signature = hex::encode(app.sign(&aat.hash()));
        aat
    }

    /// Writes the token's fields with the given signature text.
    pub(crate) fn write_json(&self, mut w: ObjectWriter<'_>, signature: &str) {
        w.string("version", &self.version)
            .string("app_pub_key", &self.app_pub_key)
            .string("client_pub_key", &self.client_pub_key)
            .string("signature", signature);
        w.finish();
    }

    /// The bytes the app signs: Go JSON of the token with an empty signature.
    pub fn signing_json(&self) -> String {
        let mut out = String::with_capacity(220);
        self.write_json(ObjectWriter::new(&mut out), "");
        out
    }

    /// The token as Go JSON, signature included (how it appears inside a relay proof).
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(350);
        self.write_json(ObjectWriter::new(&mut out), &self.signature);
        out
    }

    pub fn hash(&self) -> [u8; 32] {
        sha3(self.signing_json().as_bytes())
    }

    /// The hash as lowercase hex: the relay proof's `token`.
    pub fn hash_hex(&self) -> String {
        gohex::encode(&self.hash())
    }

    /// pocket-core's `AAT.Validate`, in its order and with its messages.
    pub fn validate(&self) -> Result<(), AatError> {
        if self.version.is_empty() {
            return Err(AatError::MissingVersion);
        }
        if self.version != AAT_VERSION {
            return Err(AatError::UnsupportedVersion);
        }
        if self.app_pub_key.is_empty() {
            return Err(AatError::MissingAppKey);
        }
        verify_public_key_format(&self.app_pub_key).map_err(AatError::AppKey)?;
        if self.client_pub_key.is_empty() {
            return Err(AatError::MissingClientKey);
        }
        verify_public_key_format(&self.client_pub_key).map_err(AatError::ClientKey)?;
        verify_signature(&self.app_pub_key, &self.hash(), &self.signature)
            .map_err(|_| AatError::InvalidSignature)
    }
}

/// pocket-core's `PubKeyVerification`: hex (code 6), then exactly 32 bytes (code 42).
pub fn verify_public_key_format(key: &str) -> Result<[u8; 32], NodeError> {
    let bytes = gohex::decode(key).map_err(|_| NodeError::from_code(6))?;
    bytes.try_into().map_err(|_| NodeError::from_code(42))
}

/// pocket-core's `SignatureVerification(pub, msg, sig)` for a message we already hold as bytes
/// (the hash). Codes: 39 signature not hex, 38 wrong length, 6 key not hex, 41 does not verify.
pub fn verify_signature(public_key: &str, message: &[u8], signature: &str) -> Result<(), NodeError> {
    let sig = gohex::decode(signature).map_err(|_| NodeError::from_code(39))?;
    if sig.len() != 64 {
        return Err(NodeError::from_code(38));
    }
    let key = gohex::decode(public_key).map_err(|_| NodeError::from_code(6))?;
    // pocket-core parses 33 bytes as a secp256k1 key (which then cannot verify: 41) and other
    // lengths as an amino multisig key, which fails to decode (6).
    let key: [u8; 32] = match key.try_into() {
        Ok(key) => key,
        Err(bytes) if bytes.len() == 33 => return Err(NodeError::from_code(41)),
        Err(_) => return Err(NodeError::from_code(6)),
    };
    if PublicKey(key).verify(message, &sig) { Ok(()) } else { Err(NodeError::from_code(41)) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::morse::keys::tests::{K_A, K_B};

    const K_B_PUB: &str = "74039dbe881dd2744e2e0c469cc2241e1e45f14af6975dd89079d22938377849";

    fn k_b_self_aat() -> Aat {
        let key = PrivateKey::from_hex(K_B).unwrap();
        Aat::sign(&key, &key.public_key())
    }

    #[test]
    fn self_signed_aat_vector() {
        let aat = k_b_self_aat();
        assert_eq!(
            aat.signing_json(),
            format!(
                r#"{{"version":"0.0.1","app_pub_key":"{K_B_PUB}","client_pub_key":"{K_B_PUB}","signature":""}}"#
            )
        );
        assert_eq!(aat.hash_hex(), "9c903c10cfdcf8decdbad6651046680972762345b7739ed21b4c8970c35f172f");
        assert_eq!(
            aat.signature,
            "f233ca857b4ada2ca4996e0da8c1761cfbc855edf282fc5a753d4631785946d6c2b08c781c84abbca2dc929de50008729079124e5c5c16921a81139279020a05"
        );
        assert_eq!(aat.validate(), Ok(()));
    }

    #[test]
    fn app_and_client_keys_may_differ() {
        let app = PrivateKey::from_hex(K_A).unwrap();
        let client = PrivateKey::from_hex(K_B).unwrap().public_key();
        let aat = Aat::sign(&app, &client);
        assert_eq!(aat.client_pub_key, K_B_PUB);
        assert_eq!(aat.validate(), Ok(()));
    }

    #[test]
    fn validation_follows_pocket_core_order_and_messages() {
        let good = k_b_self_aat();
        let cases: Vec<(Aat, &str)> = vec![
            (
                Aat { version: String::new(), ..good.clone() },
                "the application authentication token version is missing",
            ),
            (
                Aat { version: "0.0.2".into(), ..good.clone() },
                "the application authentication token version is not supported",
            ),
            (
                Aat { app_pub_key: String::new(), ..good.clone() },
                "the applicaiton public key included in the AAT is not valid",
            ),
            (
                Aat { app_pub_key: "zz".into(), ..good.clone() },
                "ERROR:\nCodespace: pocketcore\nCode: 6\nMessage: \"error decoding the string into hex bytes\"\n",
            ),
            (
                Aat { client_pub_key: "abcd".into(), ..good.clone() },
                "ERROR:\nCodespace: pocketcore\nCode: 42\nMessage: \"the public key is not the correct cap\"\n",
            ),
            (
                Aat { client_pub_key: String::new(), ..good.clone() },
                "the client public key included in the AAT is not valid",
            ),
            (
                Aat { signature: "00".repeat(64), ..good.clone() },
                "the application signature on the AAT is not valid",
            ),
            (
                Aat { signature: "xyz".into(), ..good.clone() },
                "the application signature on the AAT is not valid",
            ),
        ];
        for (aat, message) in cases {
            assert_eq!(aat.validate().unwrap_err().to_string(), message);
        }
    }

    #[test]
    fn node_error_wraps_the_inner_message() {
        let bad = Aat { version: String::new(), ..k_b_self_aat() };
        let e = bad.validate().unwrap_err().to_node_error();
        assert_eq!(e.code, 4);
        assert_eq!(
            e.message,
            "the application authentication token is invalid : the application authentication token version is missing"
        );
    }

    #[test]
    fn changing_the_client_key_breaks_the_signature() {
        let mut aat = k_b_self_aat();
        aat.client_pub_key = "b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3".into();
        assert_eq!(aat.validate(), Err(AatError::InvalidSignature));
    }
}
