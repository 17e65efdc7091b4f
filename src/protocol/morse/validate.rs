//! The stateless part of a servicer's relay validation (docs/protocol.md §7), as a fast path for
//! `pgw devnet`: the same checks and codes as `verify.rs`'s checklist, without building reports.

use super::aat;
use super::gohex;
use super::node_error::NodeError;
use super::relay::{self, Payload, Proof, Relay};

/// Step 4: a relay must carry data or a path (code 25).
pub fn payload(payload: &Payload) -> Result<(), NodeError> {
    if payload.data.is_empty() && payload.path.is_empty() {
        return Err(NodeError::from_code(25));
    }
    Ok(())
}

/// Step 6: the proof's request hash must equal the Go request hash, as a string (code 74).
pub fn request_hash(relay: &Relay) -> Result<(), NodeError> {
    if relay.proof.request_hash != relay::request_hash(&relay.payload, &relay.meta) {
        return Err(NodeError::from_code(74));
    }
    Ok(())
}

/// pocket-core's `HashVerification` (exact length) and `NetworkIdentifierVerification` (at most
/// `len` bytes): hex (52), not empty (23), length (62).
pub fn hex_field(value: &str, len: usize, exact: bool) -> Result<(), NodeError> {
    let bytes = gohex::decode(value)
        .map_err(|e| NodeError::new(52, format!("the hex string could not be decoded: {e}")))?;
    if bytes.is_empty() {
        return Err(NodeError::from_code(23));
    }
    if (exact && bytes.len() != len) || bytes.len() > len {
        return Err(NodeError::from_code(62));
    }
    Ok(())
}

/// What a valid proof hashes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProofHashes {
    /// The AAT hash hex (the proof's `token`).
    pub token: String,
    /// The proof hash: what the client signed, and what the servicer's response signature covers.
    pub proof_hash: [u8; 32],
}

/// The proof's token and hash, computed from the proof as received (valid or not), as
/// pocket-core does before its checks (the duplicate-proof check needs them).
pub fn proof_hashes(proof: &Proof) -> ProofHashes {
    proof_hashes_with(proof, proof.aat.hash_hex())
}

/// [`proof_hashes`], given the token (`proof.aat.hash_hex()`) already known.
pub fn proof_hashes_with(proof: &Proof, token: String) -> ProofHashes {
    let proof_hash = proof.fields(&token).hash();
    ProofHashes { token, proof_hash }
}

/// pocket-core's `RelayProof.ValidateBasic` (steps 15–21), given the proof's [`proof_hashes`].
/// `aat_known_valid` lets a caller that already validated this exact AAT skip its signature
/// check.
pub fn proof_basic(proof: &Proof, hashes: &ProofHashes, aat_known_valid: bool) -> Result<(), NodeError> {
    if proof.session_block_height < 1 {
        return Err(NodeError::from_code(60));
    }
    aat::verify_public_key_format(&proof.servicer_pub_key)?;
    hex_field(&proof.blockchain, 4, false)?;
    hex_field(&proof.request_hash, 32, true)?;
    if proof.entropy < 0 {
        return Err(NodeError::from_code(29));
    }
    if !aat_known_valid {
        proof.aat.validate().map_err(|e| e.to_node_error())?;
    }
    aat::verify_signature(&proof.aat.client_pub_key, &hashes.proof_hash, &proof.signature)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::morse::relay::tests::full_vector_relay;
    use crate::protocol::morse::verify;

    /// The fast path and the checklist agree on every stateless failure.
    #[test]
    fn agrees_with_the_checklist() {
        let good = full_vector_relay();
        type Mutation = fn(&mut Relay);
        let mutations: [Mutation; 10] = [
            |r| r.proof.session_block_height = 0,
            |r| r.payload.data.clear(),
            |r| r.meta.block_height += 1,
            |r| r.proof.servicer_pub_key = "zz".into(),
            |r| r.proof.blockchain = "00000000AA".into(),
            |r| r.proof.entropy = -5,
            |r| r.proof.aat.version = String::new(),
            |r| r.proof.signature = "ab".into(),
            |r| r.proof.entropy += 1,
            |_| {},
        ];
        for mutate in mutations {
            let mut relay = good.clone();
            mutate(&mut relay);
            let fast = if relay.proof.session_block_height < 1 {
                Err(NodeError::from_code(60))
            } else {
                payload(&relay.payload)
                    .and_then(|_| request_hash(&relay))
                    .and_then(|_| proof_basic(&relay.proof, &proof_hashes(&relay.proof), false))
            };
            let report = verify::verify_relay(relay.to_json().as_bytes(), None);
            assert_eq!(fast.err(), report.verdict.node_error);
        }
    }

    #[test]
    fn valid_proof_yields_the_vector_hashes() {
        let proof = full_vector_relay().proof;
        let hashes = proof_hashes(&proof);
        proof_basic(&proof, &hashes, false).unwrap();
        assert_eq!(hashes.token, "9c903c10cfdcf8decdbad6651046680972762345b7739ed21b4c8970c35f172f");
        assert_eq!(
            hex::encode(hashes.proof_hash),
            "cea9d944df0136e613fe0b0f77a3a9e517ac4599e07f5c09d5a7fbe1d22a07d5"
        );
    }
}
