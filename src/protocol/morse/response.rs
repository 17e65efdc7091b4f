//! Relay responses (docs/protocol.md §6): the servicer signs
//! `{"signature":"","payload":<response>,"Proof":<proof hash hex>}`.

use serde::{Deserialize, Serialize};

use super::gohex;
use super::gojson::ObjectWriter;
use super::keys::PrivateKey;
use super::node_error::NodeError;
use crate::protocol::hash::sha3;

/// A node's successful relay answer: `{"response":"…","signature":"…"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelayResponse {
    pub response: String,
    pub signature: String,
}

/// The bytes the servicer signs. Note `payload` for the response text and the capital `Proof`.
pub fn signing_json(response: &str, proof_hash: &[u8; 32]) -> String {
    let mut out = String::with_capacity(response.len() + 120);
    let mut hex = [0u8; 64];
    // Sizes fixed by the types: this cannot fail.
    let _ = hex::encode_to_slice(proof_hash, &mut hex);
    let mut w = ObjectWriter::new(&mut out);
    w.string("signature", "")
        .string("payload", response)
        .hex("Proof", std::str::from_utf8(&hex).unwrap_or_default());
    w.finish();
    out
}

pub fn hash(response: &str, proof_hash: &[u8; 32]) -> [u8; 32] {
    sha3(signing_json(response, proof_hash).as_bytes())
}

/// The servicer's signature (hex) over a response to the relay whose proof hashes to `proof_hash`.
pub fn sign(servicer: &PrivateKey, response: &str, proof_hash: &[u8; 32]) -> String {
    gohex::encode(&servicer.sign(&hash(response, proof_hash)))
}

/// Checks the servicer's signature against the public key the proof was addressed to, with
/// pocket-core's signature error codes (39 not hex, 38 length, 6 key, 41 does not verify).
pub fn verify(
    servicer_pub_key: &str,
    response: &str,
    proof_hash: &[u8; 32],
    signature: &str,
) -> Result<(), NodeError> {
    super::aat::verify_signature(servicer_pub_key, &hash(response, proof_hash), signature)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::morse::keys::tests::K_A;
    use crate::protocol::morse::relay::tests::full_vector_relay;

    const RESPONSE: &str = r#"{"id":1,"jsonrpc":"2.0","result":"0x10d4f"}"#;
    const SIG: &str = "84aacddb50228097ee20d212bb0ae827a54e0f7081998694f7b3f1419a5189a603744ad94d7457b50e4809573d751ec8aba335f02a8749800b55fa3a99660501";

    #[test]
    fn servicer_signature_vector() {
        let proof_hash = full_vector_relay().proof.hash();
        assert_eq!(
            signing_json(RESPONSE, &proof_hash),
            r#"{"signature":"","payload":"{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":\"0x10d4f\"}","Proof":"cea9d944df0136e613fe0b0f77a3a9e517ac4599e07f5c09d5a7fbe1d22a07d5"}"#
        );
        assert_eq!(
            hex::encode(hash(RESPONSE, &proof_hash)),
            "cdcefcb291609af4427a5932dbd9f2f2cc42158f80af2f5305001237138adc02"
        );
        let servicer = PrivateKey::from_hex(K_A).unwrap();
        assert_eq!(sign(&servicer, RESPONSE, &proof_hash), SIG);
        let servicer_pub = servicer.public_key().to_hex();
        assert_eq!(verify(&servicer_pub, RESPONSE, &proof_hash, SIG), Ok(()));
    }

    #[test]
    fn tampered_response_or_signature_fails_with_pocket_core_codes() {
        let proof_hash = full_vector_relay().proof.hash();
        let servicer_pub = PrivateKey::from_hex(K_A).unwrap().public_key().to_hex();
        let code = |r: &str, s: &str| verify(&servicer_pub, r, &proof_hash, s).unwrap_err().code;
        assert_eq!(code(&RESPONSE.replace("0x10d4f", "0x10d50"), SIG), 41);
        assert_eq!(code(RESPONSE, "zz"), 39);
        assert_eq!(code(RESPONSE, &SIG[..126]), 38);
    }
}
