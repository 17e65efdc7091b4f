//! Building and checking Shannon relays: the request's signable bytes and ring signature
//! (SHANNON.md §5), the supplier's signature on the response (§7), the payload hash, the ring
//! rule for an app without gateways (§3), and relay-miner errors (§6).

use k256::ecdsa::signature::{Signer, Verifier};
use k256::ecdsa::{Signature, VerifyingKey};
use k256::elliptic_curve::bigint::U256;
use k256::elliptic_curve::ops::{Invert, Reduce};
use k256::elliptic_curve::scalar::IsHigh;
use k256::{FieldBytes, Scalar};
use std::sync::OnceLock;

use k256::elliptic_curve::point::AffineCoordinates;
use prost::Message;

use super::fixed;
use super::keys::{PrivateKey, PublicKey};
use super::ring::{PreparedRing, RingError};
use super::wire::{
    DecodedResponse, PoktHttpRequest, RelayMinerError, RelayRequest, RelayRequestMetadata, RelayResponse,
    RelayResponseMetadata, SessionHeader,
};
use crate::protocol::hash::sha256;

/// poktroll `PlaceholderRingPubKey`: the second ring member of an app that has delegated to no
/// gateway (cosmos `GenPrivKeyFromSecret("placeholder_ring_key_for_apps_without_gateways")`).
pub const PLACEHOLDER_RING_KEY: &str = "021066f293709356a33e9c13017867586baf52513e845bc4335233a15ed1e00baf";

/// Parsed once: decompressing it is a square root, which a relay miner would otherwise pay on
/// every relay of an app without gateways.
pub fn placeholder_ring_key() -> PublicKey {
    static KEY: OnceLock<PublicKey> = OnceLock::new();
    *KEY.get_or_init(|| {
        PublicKey::from_hex("the placeholder ring key", PLACEHOLDER_RING_KEY).expect("a valid constant key")
    })
}

/// The ring to sign over, from the keys a chain lists for the app (app first, then its
/// gateways): poktroll's rule adds the placeholder key when the app has no gateway.
pub fn ring_for(keys: &[PublicKey]) -> Vec<PublicKey> {
    let mut ring = keys.to_vec();
    if ring.len() == 1 {
        ring.push(placeholder_ring_key());
    }
    ring
}

/// The verifier's expected set (poktroll `getRingPubKeysForAddress`): the app and its gateways,
/// or the app and the placeholder when there is no gateway.
pub fn expected_ring_set(app: PublicKey, gateways: &[PublicKey]) -> Vec<PublicKey> {
    let mut set = vec![app];
    if gateways.is_empty() {
        set.push(placeholder_ring_key());
    } else {
        set.extend_from_slice(gateways);
    }
    set
}

/// The gateways in an app's ring at a session end height `target_end` (poktroll
/// `GetRingAddressesAtSessionEndHeight`): the active delegations, then each gateway of a pending
/// undelegation recorded at a height ≥ `target_end` (still delegated during that session), each
/// added once; undelegations recorded before it are over. Like Go, the pending ones are not
/// de-duplicated against the active list. Go walks the map in random order; the verifier sorts.
pub fn ring_gateways_at_session_end(
    delegatees: &[String],
    pending_undelegations: &std::collections::BTreeMap<u64, Vec<String>>,
    target_end: u64,
) -> Vec<String> {
    let mut gateways = delegatees.to_vec();
    let mut added = std::collections::BTreeSet::new();
    for (_, list) in pending_undelegations.range(target_end..) {
        for gateway in list {
            if added.insert(gateway.clone()) {
                gateways.push(gateway.clone());
            }
        }
    }
    gateways
}

/// The addresses whose keys a relay miner accepts in a ring (poktroll
/// `getRingPubKeysForAddress`): the app and its gateways, or the app and the placeholder when
/// there is none, sorted.
pub fn expected_ring_addresses(app: &str, gateways: &[String]) -> Vec<String> {
    let mut addresses = vec![app.to_string()];
    if gateways.is_empty() {
        addresses.push(placeholder_ring_key().address());
    } else {
        addresses.extend_from_slice(gateways);
    }
    addresses.sort();
    addresses
}

/// poktroll `GetSessionEndHeight` (x/shared/types/session.go): the last block of the session
/// holding `height`, for `num_blocks_per_session` and the grid anchor (1 when unset or above
/// `height`). 0 for heights below 1.
pub fn session_end_height(num_blocks_per_session: i64, anchor: i64, height: i64) -> i64 {
    if height <= 0 || num_blocks_per_session <= 0 {
        return 0;
    }
    let anchor = if anchor <= 0 || anchor > height { 1 } else { anchor };
    anchor + (height - anchor) / num_blocks_per_session * num_blocks_per_session + num_blocks_per_session - 1
}

/// The bytes poktroll hashes for a request's signature: the request re-encoded by gogoproto
/// with `meta.signature` empty (`RelayRequest.GetSignableBytesHash`).
pub fn request_signable_bytes(request: &RelayRequest) -> Vec<u8> {
    let mut unsigned = request.clone().canonical();
    if let Some(meta) = unsigned.meta.as_mut() {
        meta.signature.clear();
    }
    unsigned.encode_to_vec()
}

/// SHA-256 of [`request_signable_bytes`]: the 32-byte message the ring signature signs.
pub fn request_signable_hash(request: &RelayRequest) -> [u8; 32] {
    sha256(&request_signable_bytes(request))
}

/// Builds and ring-signs a relay request; its [`RelayRequest::to_bytes`] is the body to POST.
pub fn sign_request(
    header: SessionHeader,
    supplier_operator_address: &str,
    payload: Vec<u8>,
    ring: &[PublicKey],
    key: &PrivateKey,
) -> Result<RelayRequest, RingError> {
    let ring = PreparedRing::new(ring, key)?;
    Ok(sign_request_prepared(header, supplier_operator_address, payload, &ring).0)
}

/// [`sign_request`] over a ring prepared once for the signer (the same relay for the same
/// nonces; what a signer does per relay of a session), with the signable hash it signed.
pub fn sign_request_prepared(
    header: SessionHeader,
    supplier_operator_address: &str,
    payload: Vec<u8>,
    ring: &PreparedRing,
) -> (RelayRequest, [u8; 32]) {
    let mut request = RelayRequest {
        meta: Some(RelayRequestMetadata {
            session_header: Some(header),
            signature: Vec::new(),
            supplier_operator_address: supplier_operator_address.to_string(),
        }),
        payload,
    };
    let digest = request_signable_hash(&request);
    let signature = ring.sign(&digest);
    if let Some(meta) = request.meta.as_mut() {
        meta.signature = signature.to_bytes();
    }
    (request, digest)
}

/// The encoded POKTHTTPRequest for an HTTP call.
pub fn http_payload(request: &PoktHttpRequest) -> Vec<u8> {
    request.encode_to_vec()
}

/// The bytes a supplier signs (`RelayResponse.GetSignableBytesHash`): the response with its
/// signature empty and, when `payload_hash` was on the wire (even empty), the payload empty too.
pub fn response_signable_bytes(response: &RelayResponse, payload_hash_present: bool) -> Vec<u8> {
    let mut unsigned = response.clone().canonical();
    if let Some(meta) = unsigned.meta.as_mut() {
        meta.supplier_operator_signature.clear();
    }
    if payload_hash_present {
        unsigned.payload.clear();
    }
    unsigned.encode_to_vec()
}

/// SHA-256 of [`response_signable_bytes`]. Cosmos secp256k1 hashes this digest again before
/// ECDSA, so the signature covers SHA-256(SHA-256(encoding)).
pub fn response_signable_hash(decoded: &DecodedResponse) -> [u8; 32] {
    sha256(&response_signable_bytes(&decoded.response, decoded.payload_hash_present))
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("the supplier signature is {0} bytes; a cosmos secp256k1 signature is 64 bytes (r‖s)")]
    Length(usize),
    #[error("the supplier signature has a high S value; cosmos accepts only low-S signatures")]
    HighS,
    #[error("the supplier signature does not verify with the supplier's public key")]
    Invalid,
}

/// Cosmos `secp256k1.PubKey.VerifySignature(msg, sig)`: 64 bytes `r‖s` (each reduced mod N,
/// as decred reads them), low S only, ECDSA over SHA-256(msg).
pub fn verify_cosmos_signature(key: &PublicKey, msg: &[u8], signature: &[u8]) -> Result<(), SignatureError> {
    let sig = cosmos_signature(signature)?;
    VerifyingKey::from(key.inner()).verify(msg, &sig).map_err(|_| SignatureError::Invalid)
}

/// The parsing half of [`verify_cosmos_signature`].
fn cosmos_signature(signature: &[u8]) -> Result<Signature, SignatureError> {
    if signature.len() != 64 {
        return Err(SignatureError::Length(signature.len()));
    }
    let reduce = |b: &[u8]| <Scalar as Reduce<U256>>::reduce_bytes(FieldBytes::from_slice(b));
    let (r, s) = (reduce(&signature[..32]), reduce(&signature[32..]));
    if bool::from(s.is_high()) {
        return Err(SignatureError::HighS);
    }
    Signature::from_scalars(r, s).map_err(|_| SignatureError::Invalid)
}

/// A supplier's public key kept for checking its responses relay after relay: after
/// [`fixed::BUILD_AFTER`] checks, ECDSA's `u1·G + u2·Q` uses fixed-base tables for `G` and
/// the key (the same equation k256 checks, so the same answers: tested against it).
#[derive(Debug)]
pub struct SupplierKey {
    key: PublicKey,
    uses: fixed::Uses,
    table: OnceLock<fixed::Table>,
}

impl SupplierKey {
    pub fn new(key: PublicKey) -> SupplierKey {
        SupplierKey { key, uses: fixed::Uses::default(), table: OnceLock::new() }
    }

    pub fn key(&self) -> &PublicKey {
        &self.key
    }

    /// [`verify_cosmos_signature`] by this key.
    #[inline(never)] // as ring::PreparedRing::sign_with
    pub fn verify_cosmos_signature(&self, msg: &[u8], signature: &[u8]) -> Result<(), SignatureError> {
        let table = match self.table.get() {
            Some(t) => t,
            None if self.uses.tick() => {
                self.table.get_or_init(|| fixed::Table::new(&self.key.inner().to_projective()))
            }
            None => return verify_cosmos_signature(&self.key, msg, signature),
        };
        let sig = cosmos_signature(signature)?;
        // k256's `verify_prehashed` (hazmat), with the tables: all of it public data.
        let (r, s) = sig.split_scalars();
        let z = <Scalar as Reduce<U256>>::reduce_bytes(&FieldBytes::from(sha256(msg)));
        let s_inv = Option::<Scalar>::from(s.as_ref().invert_vartime()).ok_or(SignatureError::Invalid)?;
        let point = fixed::GENERATOR.mul_vartime(&(z * s_inv)) + table.mul_vartime(&(*r * s_inv));
        let x = point.to_affine().x();
        if *r == <Scalar as Reduce<U256>>::reduce_bytes(&x) { Ok(()) } else { Err(SignatureError::Invalid) }
    }

    /// [`verify_response_signature`] by this key.
    pub fn verify_response_signature(&self, decoded: &DecodedResponse) -> Result<(), SignatureError> {
        let digest = response_signable_hash(decoded);
        self.verify_cosmos_signature(&digest, &decoded.response.meta().supplier_operator_signature)
    }
}

/// The supplier's check on a decoded response, given the supplier operator's public key.
pub fn verify_response_signature(
    decoded: &DecodedResponse,
    supplier: &PublicKey,
) -> Result<(), SignatureError> {
    let digest = response_signable_hash(decoded);
    verify_cosmos_signature(supplier, &digest, &decoded.response.meta().supplier_operator_signature)
}

/// Whether `payload_hash` is SHA-256(`payload`). `None` when the response carries no hash
/// (miners before poktroll v0.1.25 sign the payload itself).
pub fn payload_hash_matches(decoded: &DecodedResponse) -> Option<bool> {
    decoded
        .payload_hash_present
        .then(|| decoded.response.payload_hash.as_slice() == sha256(&decoded.response.payload).as_slice())
}

/// Cosmos secp256k1 signing (RFC 6979, low S): 64 bytes over SHA-256(msg).
pub fn sign_cosmos(key: &PrivateKey, msg: &[u8]) -> [u8; 64] {
    let signature: Signature = key.signing_key().sign(msg);
    let signature = signature.normalize_s().unwrap_or(signature);
    signature.to_bytes().into()
}

/// A supplier's signed response (poktroll `SignRelayResponse` after `UpdatePayloadHash`):
/// payload_hash set, payload kept, signature over the payload-less bytes.
pub fn sign_response(header: SessionHeader, payload: Vec<u8>, supplier: &PrivateKey) -> RelayResponse {
    let mut response = RelayResponse {
        meta: Some(RelayResponseMetadata {
            session_header: Some(header),
            supplier_operator_signature: Vec::new(),
        }),
        payload_hash: sha256(&payload).to_vec(),
        payload,
        relay_miner_error: None,
    };
    let digest = sha256(&response_signable_bytes(&response, true));
    if let Some(meta) = response.meta.as_mut() {
        meta.supplier_operator_signature = sign_cosmos(supplier, &digest).to_vec();
    }
    response
}

/// What a relay miner's error code means (poktroll `pkg/relayer/proxy/errors.go`,
/// `relay_authenticator/errors.go`, `pkg/crypto/rings/errors.go`, `x/service`, `x/session`).
pub fn miner_error_meaning(codespace: &str, code: u32) -> Option<&'static str> {
    Some(match (codespace, code) {
        ("relayer_proxy", 1) => "invalid session in relayer request",
        ("relayer_proxy", 2) => "services configurations are undefined",
        ("relayer_proxy", 3) => "service endpoint not handled by relayer proxy",
        ("relayer_proxy", 4) => "unsupported proxy transport type",
        ("relayer_proxy", 5) => "internal error",
        ("relayer_proxy", 6) => "relayer proxy encountered unknown session",
        ("relayer_proxy", 7) => "offchain rate limit hit by relayer proxy",
        ("relayer_proxy", 8) => "failed to calculate relay cost",
        ("relayer_proxy", 9) => "supplier(s) not reachable",
        ("relayer_proxy", 10) => "relayer proxy request timed out",
        ("relayer_proxy", 11) => "max body size exceeded",
        ("relayer_proxy", 12) => "response limit exceed",
        ("relayer_proxy", 13) => "request limit exceed",
        ("relayer_proxy", 14) => "failed to unmarshal relay request",
        ("relay_authenticator", 1) => "invalid session in relayer request",
        ("relay_authenticator", 2) => "supplier does not belong to session",
        ("relay_authenticator", 3) => "undefined supplier signer",
        ("relay_authenticator", 4) => "invalid relay request",
        ("relay_authenticator", 5) => "invalid relay response",
        ("relay_authenticator", 6) => "supplier operator address is missing",
        ("rings" | "relay_miner_rings", 1) => "key is not a secp256k1 public key",
        ("rings" | "relay_miner_rings", 2) => "invalid relay request",
        ("rings" | "relay_miner_rings", 3) => "invalid relay request signature",
        ("service", 1110) => "invalid relay response",
        ("service", 1111) => "invalid relay request",
        ("session", 1105) => "invalid application address for session",
        ("session", 1107) => "invalid block height for session",
        ("session", 1108) => "invalid sessionId",
        ("shared", _) => "invalid shared parameter or service id",
        _ => return None,
    })
}

/// A relay miner's refusal, as carried in `RelayResponse.relay_miner_error` (HTTP 200, no
/// signature, the payload holding the error text).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MinerError {
    pub codespace: String,
    pub code: u32,
    pub description: String,
    pub message: String,
}

impl MinerError {
    pub fn new(codespace: &str, code: u32, message: impl Into<String>) -> Self {
        let description = miner_error_meaning(codespace, code).unwrap_or("").to_string();
        MinerError { codespace: codespace.into(), code, description, message: message.into() }
    }

    pub fn from_wire(e: &RelayMinerError) -> Self {
        MinerError {
            codespace: e.codespace.clone(),
            code: e.code,
            description: if e.description.is_empty() {
                miner_error_meaning(&e.codespace, e.code).unwrap_or("").to_string()
            } else {
                e.description.clone()
            },
            message: e.message.clone(),
        }
    }
}

impl std::fmt::Display for MinerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.codespace, self.code)?;
        if !self.description.is_empty() {
            write!(f, " ({})", self.description)?;
        }
        if !self.message.is_empty() && self.message != self.description {
            write!(f, ": {}", self.message)?;
        }
        Ok(())
    }
}

/// The relay miner's error inside a response, if it refused the relay.
pub fn miner_error(response: &RelayResponse) -> Option<MinerError> {
    response.relay_miner_error.as_ref().map(MinerError::from_wire)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::protocol::shannon::ring::{FixedNonces, RingSignature};
    use crate::protocol::shannon::wire::tests::{V6_PAYLOAD, V6_SUPPLIER, v6_header, v6_http_request};
    use crate::protocol::shannon::wire::{PoktHttpResponse, decode_response, header_map};

    pub const V1_PRIV: &str = "2d00ef074d9b51e46886dc9a1df11e7b986611d0f336bdcf1f0adce3e037ec0a";
    pub const V6_APP_PRIV: &str = "808b7e51613549a8d719fcac36e2aa037bd903ad43ec84042fea61b0166d533b";
    pub const V6_SUPPLIER_PRIV: &str = "b03675f8431c15115b25aa61954e1638e319890b41eaadc4fe0ed9f8d0d1bc22";

    fn key(hex: &str) -> PrivateKey {
        PrivateKey::from_hex(hex).unwrap()
    }

    fn sha256_scalar(s: &str) -> Scalar {
        <Scalar as Reduce<U256>>::reduce(U256::from_be_slice(&sha256(s.as_bytes())))
    }

    /// SHANNON.md V6, signed with its fixed nonces.
    pub fn v6_request() -> RelayRequest {
        let gateway = key(V1_PRIV);
        let ring = [key(V6_APP_PRIV).public_key(), gateway.public_key()];
        let mut request = RelayRequest {
            meta: Some(RelayRequestMetadata {
                session_header: Some(v6_header()),
                signature: vec![],
                supplier_operator_address: V6_SUPPLIER.into(),
            }),
            payload: hex::decode(V6_PAYLOAD).unwrap(),
        };
        let m = request_signable_hash(&request);
        let nonces = &mut FixedNonces(vec![sha256_scalar("u"), sha256_scalar("s0")]);
        let sig = RingSignature::sign_with(&m, &ring, &gateway, nonces).unwrap();
        request.meta.as_mut().unwrap().signature = sig.to_bytes();
        request
    }

    #[test]
    fn v6_signable_bytes_and_wire_request() {
        let request = v6_request();
        let signable = request_signable_bytes(&request);
        assert_eq!(signable.len(), 325);
        assert!(hex::encode(&signable).starts_with("0aa9010a7a0a2b706f6b7431"));
        assert!(hex::encode(&signable).ends_with(&format!("129601{V6_PAYLOAD}")));
        assert_eq!(
            hex::encode(request_signable_hash(&request)),
            "0878236614ae2773807786ed1a5056b8986e9d3288ee529b8ff7b7d5674a4701"
        );
        let wire = request.to_bytes();
        assert_eq!(wire.len(), 527);
        assert!(hex::encode(&wire).starts_with("0af3020a7a0a2b70"));
        assert!(hex::encode(&wire).contains("12c70100000002"));
        assert_eq!(
            hex::encode(sha256(&wire)),
            "ba026c260c935515068686db5f881cefe231f967f0bf1d3dc8861d19011d33ad"
        );
    }

    #[test]
    fn sign_request_makes_a_verifiable_relay() {
        let gateway = key(V1_PRIV);
        let ring = [key(V6_APP_PRIV).public_key(), gateway.public_key()];
        let request =
            sign_request(v6_header(), V6_SUPPLIER, http_payload(&v6_http_request()), &ring, &gateway)
                .unwrap();
        let (sig, _) = RingSignature::from_bytes(&request.meta().signature).unwrap();
        assert_eq!(sig.ring, ring);
        assert!(sig.verify(&request_signable_hash(&request)));
        // The signable hash is the same as the vector's: only the signature differs.
        assert_eq!(request_signable_hash(&request), request_signable_hash(&v6_request()));
    }

    fn v7_payload() -> Vec<u8> {
        PoktHttpResponse {
            status_code: 200,
            header: header_map([("Content-Type", "application/json")]),
            body_bz: br#"{"jsonrpc":"2.0","id":1,"result":"0x10"}"#.to_vec(),
        }
        .encode_to_vec()
    }

    #[test]
    fn v7_response_is_byte_exact_and_verifies() {
        let payload = v7_payload();
        assert!(hex::encode(&payload).starts_with("08c80112300a0c"));
        assert_eq!(
            hex::encode(sha256(&payload)),
            "24523b4991ad82c709f4b722610b6ec7f1a53832baf8ea8bb0ec19aba77f3d13"
        );
        let supplier = key(V6_SUPPLIER_PRIV);
        assert_eq!(supplier.public_key().address(), V6_SUPPLIER);
        let response = sign_response(v6_header(), payload, &supplier);
        let signable = response_signable_bytes(&response, true);
        assert!(hex::encode(&signable).starts_with("0a7c0a7a0a2b"));
        assert!(
            hex::encode(&signable)
                .ends_with("222024523b4991ad82c709f4b722610b6ec7f1a53832baf8ea8bb0ec19aba77f3d13")
        );
        assert_eq!(
            hex::encode(sha256(&signable)),
            "7f9adf5fe83abd41017322224cdc12035d013efca8793984eafe8f4dc8ec2cad"
        );
        assert_eq!(
            hex::encode(&response.meta().supplier_operator_signature),
            "97f4ab3b33e0be1b012969ae57a5c33d248bc252d4dd9e4f571c050bb9c4a28c\
7bd192de2d07f809ff2c7b9f06f2d9b268055e2c686d1eacc7326790ece73f5b"
        );
        let wire = response.to_bytes();
        assert_eq!(wire.len(), 324);
        assert_eq!(
            hex::encode(sha256(&wire)),
            "3388f91e7a874db983f7d06837e97e4bffd833a2cd82eda6d4512a3624c36dac"
        );
        let decoded = decode_response(&wire).unwrap();
        assert!(decoded.payload_hash_present);
        assert_eq!(verify_response_signature(&decoded, &supplier.public_key()), Ok(()));
        assert_eq!(payload_hash_matches(&decoded), Some(true));
    }

    #[test]
    fn response_checks_refuse_what_cosmos_refuses() {
        let supplier = key(V6_SUPPLIER_PRIV);
        let wire = sign_response(v6_header(), v7_payload(), &supplier).to_bytes();
        let good = decode_response(&wire).unwrap();
        // The payload is not signed when payload_hash is set: only the hash check catches it.
        let mut tampered = good.clone();
        tampered.response.payload[5] ^= 1;
        assert_eq!(verify_response_signature(&tampered, &supplier.public_key()), Ok(()));
        assert_eq!(payload_hash_matches(&tampered), Some(false));
        // Another key.
        assert_eq!(
            verify_response_signature(&good, &key(V1_PRIV).public_key()),
            Err(SignatureError::Invalid)
        );
        // High S: s' = N - s verifies as plain ECDSA but cosmos refuses it.
        let sig = good.response.meta().supplier_operator_signature;
        let s = <Scalar as Reduce<U256>>::reduce_bytes(FieldBytes::from_slice(&sig[32..]));
        let mut high = good.clone();
        let meta = high.response.meta.as_mut().unwrap();
        meta.supplier_operator_signature[32..].copy_from_slice(&(-s).to_bytes());
        assert_eq!(verify_response_signature(&high, &supplier.public_key()), Err(SignatureError::HighS));
        let mut short = good.clone();
        short.response.meta.as_mut().unwrap().supplier_operator_signature.pop();
        assert_eq!(
            verify_response_signature(&short, &supplier.public_key()),
            Err(SignatureError::Length(63))
        );
        // Without payload_hash (old miners) the payload itself is signed.
        let mut old = good.response.clone();
        old.payload_hash.clear();
        let digest = sha256(&response_signable_bytes(&old, false));
        old.meta.as_mut().unwrap().supplier_operator_signature = sign_cosmos(&supplier, &digest).to_vec();
        let old = decode_response(&old.to_bytes()).unwrap();
        assert!(!old.payload_hash_present);
        assert_eq!(payload_hash_matches(&old), None);
        assert_eq!(verify_response_signature(&old, &supplier.public_key()), Ok(()));
        let mut old_tampered = old.clone();
        old_tampered.response.payload[5] ^= 1;
        assert_eq!(
            verify_response_signature(&old_tampered, &supplier.public_key()),
            Err(SignatureError::Invalid)
        );
    }

    #[test]
    fn a_kept_supplier_key_answers_as_the_plain_check_before_and_after_its_table() {
        let supplier = key(V6_SUPPLIER_PRIV);
        let kept = SupplierKey::new(supplier.public_key());
        let other = SupplierKey::new(key(V1_PRIV).public_key());
        for i in 0..3 * fixed::BUILD_AFTER {
            let msg = sha256(&i.to_be_bytes());
            let sig = sign_cosmos(&supplier, &msg);
            let plain = |m: &[u8], s: &[u8]| verify_cosmos_signature(&supplier.public_key(), m, s);
            assert_eq!(kept.verify_cosmos_signature(&msg, &sig), Ok(()), "signature {i}");
            assert_eq!(other.verify_cosmos_signature(&msg, &sig), Err(SignatureError::Invalid));
            let mut flipped = sig;
            flipped[(5 * i as usize) % 64] ^= 1 << (i % 8);
            assert_eq!(kept.verify_cosmos_signature(&msg, &flipped), plain(&msg, &flipped), "flipped {i}");
            let s = <Scalar as Reduce<U256>>::reduce_bytes(FieldBytes::from_slice(&sig[32..]));
            let mut high = sig;
            high[32..].copy_from_slice(&(-s).to_bytes());
            assert_eq!(kept.verify_cosmos_signature(&msg, &high), Err(SignatureError::HighS));
            assert_eq!(kept.verify_cosmos_signature(&msg, &[0; 64]), plain(&msg, &[0; 64]));
            assert_eq!(kept.verify_cosmos_signature(&msg, &sig[..63]), Err(SignatureError::Length(63)));
        }
        assert!(kept.table.get().is_some());
        let wire = sign_response(v6_header(), v7_payload(), &supplier).to_bytes();
        assert_eq!(kept.verify_response_signature(&decode_response(&wire).unwrap()), Ok(()));
    }

    #[test]
    fn rings_follow_poktrolls_rule_for_apps_without_gateways() {
        let app = key(V6_APP_PRIV).public_key();
        assert_eq!(ring_for(&[app]), vec![app, placeholder_ring_key()]);
        assert_eq!(expected_ring_set(app, &[]), vec![app, placeholder_ring_key()]);
        let gw = key(V1_PRIV).public_key();
        assert_eq!(ring_for(&[app, gw]), vec![app, gw]);
        assert_eq!(expected_ring_set(app, &[gw]), vec![app, gw]);
        assert_eq!(placeholder_ring_key().address(), "pokt1v9utztg8z8e6jv9xzv7rnt3m38570xsyjr2crf");
    }

    #[test]
    fn ring_gateways_follow_pending_undelegations() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let mut pending = std::collections::BTreeMap::new();
        pending.insert(50, s(&["old"]));
        pending.insert(60, s(&["gw2", "gw1"]));
        pending.insert(70, s(&["gw2", "gw3"]));
        // At session end 60: the active list, then the undelegations at 60 and 70, once each.
        assert_eq!(
            ring_gateways_at_session_end(&s(&["gw1"]), &pending, 60),
            s(&["gw1", "gw2", "gw1", "gw3"])
        );
        assert_eq!(ring_gateways_at_session_end(&s(&[]), &pending, 71), s(&[]));
        assert_eq!(
            expected_ring_addresses("pokt1b", &s(&["pokt1c", "pokt1a"])),
            s(&["pokt1a", "pokt1b", "pokt1c"])
        );
        assert_eq!(
            expected_ring_addresses("pokt1zzz", &[]),
            s(&["pokt1v9utztg8z8e6jv9xzv7rnt3m38570xsyjr2crf", "pokt1zzz"])
        );
    }

    #[test]
    fn session_end_heights_follow_poktrolls_grid() {
        // Default params: 10 blocks per session, anchor 1: sessions 1..=10, 11..=20, …
        assert_eq!(session_end_height(10, 0, 1), 10);
        assert_eq!(session_end_height(10, 0, 10), 10);
        assert_eq!(session_end_height(10, 0, 11), 20);
        assert_eq!(session_end_height(60, 1001, 1030), 1060);
        assert_eq!(session_end_height(60, 2000, 1030), 1080, "an anchor above the height is ignored");
        assert_eq!(session_end_height(10, 0, 0), 0);
    }

    #[test]
    fn miner_errors_are_described() {
        let e = RelayMinerError {
            codespace: "rings".into(),
            code: 3,
            description: String::new(),
            message: "bad sig".into(),
        };
        assert_eq!(
            MinerError::from_wire(&e).to_string(),
            "rings/3 (invalid relay request signature): bad sig"
        );
        let unknown = RelayMinerError { codespace: "x".into(), code: 9, ..Default::default() };
        assert_eq!(MinerError::from_wire(&unknown).to_string(), "x/9");
    }
}
