//! Shannon (poktroll) behind the engine's seam: sessions from full nodes (`get_session`, the
//! suppliers' keys and the app's ring at the session end), relays ring-signed by the app itself
//! or by a gateway it delegated to, POSTed to the supplier's relay miner as protobuf with PATH's
//! `Rpc-Type` header, and answers judged: a relay miner's error, the supplier's signature, the
//! payload hash, then the chain's HTTP answer inside (SHANNON.md §5–7).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::engine::NodeRef;
use super::fullnode::{self, FullNode, ShannonSession};
use super::outcome::Failure;
use super::relayer::{BoxFuture, Relayer, Route, SessionSource, Signed};
use super::rpc::{DispatchError, Rpc};
use super::session::{Dispatch, Session, snippet};
use crate::limits;
use crate::protocol::morse::relay::Payload;
use crate::protocol::shannon::keys::{PrivateKey, PublicKey};
use crate::protocol::shannon::relay::{self, SupplierKey};
use crate::protocol::shannon::rest::RpcType;
use crate::protocol::shannon::ring::PreparedRing;
use crate::protocol::shannon::wire::{self, PoktHttpRequest, SessionHeader};

/// The header a relay miner selects its backend by: the endpoint's RPC type, as a decimal
/// (PATH `protocol/shannon/context.go`; the poktroll miner reads `Rpc-Type`).
pub const RPC_TYPE_HEADER: &str = "Rpc-Type";

/// Shannon sessions: `get_session` on a full node's REST API (and CometBFT `/status` for the
/// height when the node has a CometBFT URL), the suppliers' and the ring's keys.
#[derive(Debug, Clone, Default)]
pub struct FullNodes {
    /// CometBFT URLs by REST URL, for the full nodes that have one.
    pub cometbft: HashMap<String, String>,
}

impl FullNodes {
    pub fn shared(cometbft: HashMap<String, String>) -> Arc<dyn SessionSource> {
        Arc::new(FullNodes { cometbft })
    }

    fn node(&self, endpoint: &str) -> FullNode {
        FullNode { comet: self.cometbft.get(endpoint).cloned(), ..FullNode::new(endpoint) }
    }
}

/// A Shannon session with what its signer needs (the ring's keys), as the neutral session: the
/// full node's view, and the neutral form the engine and the session cache keep. The full
/// node's refusals name gRPC codes, not pocket-core's, so they are worded here.
pub async fn session_with_ring(
    rpc: &Rpc,
    node: &FullNode,
    app: &str,
    service: &str,
) -> Result<(ShannonSession, Dispatch), DispatchError> {
    let refused = |e: DispatchError| match e {
        DispatchError::Refused { code, message } => DispatchError::Refused {
            code: None,
            message: match code {
                Some(code) => format!("the full node refused (gRPC code {code}): {message}"),
                None => message,
            },
        },
        other => other,
    };
    let session = fullnode::fetch_session(rpc, node, app, service).await.map_err(refused)?;
    let keys = fullnode::ring_keys(rpc, node, app, &session.ring_gateways).await.map_err(refused)?;
    let mut dispatch = session.dispatch();
    if let Some(part) = dispatch.session.shannon.as_mut() {
        part.ring = keys.iter().map(PublicKey::to_string).collect();
    }
    Ok((session, dispatch))
}

impl SessionSource for FullNodes {
    fn fetch<'a>(
        &'a self,
        rpc: &'a Rpc,
        endpoint: &'a str,
        app: &'a str,
        chain: &'a str,
    ) -> BoxFuture<'a, Result<Dispatch, DispatchError>> {
        Box::pin(async move {
            let node = self.node(endpoint);
            session_with_ring(rpc, &node, app, chain).await.map(|(_, dispatch)| dispatch)
        })
    }

    fn blocks_per_session<'a>(
        &'a self,
        rpc: &'a Rpc,
        endpoint: &'a str,
    ) -> BoxFuture<'a, Result<i64, DispatchError>> {
        Box::pin(async move {
            let params = fullnode::shared_params(rpc, &self.node(endpoint)).await?;
            Ok(params.num_blocks_per_session.max(1) as i64)
        })
    }
}

/// Who signs: the app for itself, or a gateway for the apps that delegated to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    App,
    Gateway,
}

/// Shannon relays for one app, signed by the app's key or a gateway's.
pub struct Relays {
    key: PrivateKey,
    public: PublicKey,
    app: String,
    pub mode: Mode,
    /// The last session's ring, parsed and prepared for this signer (its hash-to-curve points
    /// and key image): per relay only the nonces' multiplications are left.
    ring: Mutex<Option<(String, Arc<PreparedRing>)>>,
    /// Suppliers' keys by their hex, parsed once and kept for checking their answers.
    suppliers: Mutex<HashMap<String, Arc<SupplierKey>>>,
}

/// Supplier keys a [`Relays`] keeps before it starts over.
const SUPPLIER_KEYS: usize = 256;

impl Relays {
    /// The app signing for itself.
    pub fn app(key: PrivateKey) -> Relays {
        let public = key.public_key();
        Relays {
            app: public.address(),
            key,
            public,
            mode: Mode::App,
            ring: Mutex::new(None),
            suppliers: Mutex::default(),
        }
    }

    /// A gateway signing for `app`, which delegated to it.
    pub fn gateway(key: PrivateKey, app: &str) -> Relays {
        let public = key.public_key();
        Relays {
            app: app.to_string(),
            key,
            public,
            mode: Mode::Gateway,
            ring: Mutex::new(None),
            suppliers: Mutex::default(),
        }
    }

    pub fn shared(self) -> Arc<dyn Relayer> {
        Arc::new(self)
    }

    /// The signer's address.
    pub fn signer_address(&self) -> String {
        self.public.address()
    }

    /// The ring to sign `session`'s relays over: the chain's ring (app, then gateways; the
    /// placeholder key for an app without gateways). A signer the ring lacks (a gateway the app
    /// has not delegated to) is added, so the relay miner, which checks every ring key against
    /// the chain, refuses it with its own error (`rings/3`).
    pub fn ring(&self, session: &Session) -> Vec<PublicKey> {
        self.prepared(session).map(|p| p.ring().to_vec()).unwrap_or_default()
    }

    /// The supplier key `hex`, parsed (or the parse error), kept per key.
    fn supplier(&self, hex: &str) -> Result<Arc<SupplierKey>, String> {
        let mut kept = self.suppliers.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(key) = kept.get(hex) {
            return Ok(key.clone());
        }
        let key = Arc::new(SupplierKey::new(supplier_key(hex)?));
        if kept.len() >= SUPPLIER_KEYS {
            kept.clear();
        }
        kept.insert(hex.to_string(), key.clone());
        Ok(key)
    }

    /// The session's ring prepared for this signer, cached per session id.
    fn prepared(&self, session: &Session) -> Option<Arc<PreparedRing>> {
        let mut cached = self.ring.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((id, ring)) = cached.as_ref()
            && *id == session.key
        {
            return Some(ring.clone());
        }
        let keys: Vec<PublicKey> = session
            .shannon
            .iter()
            .flat_map(|s| s.ring.iter())
            .filter_map(|hex| PublicKey::from_hex("a ring key", hex).ok())
            .collect();
        let mut ring = if keys.is_empty() { vec![self.public] } else { keys };
        ring = relay::ring_for(&ring);
        if !ring.contains(&self.public) {
            ring.push(self.public);
        }
        // Not reached for a ring of two or more keys holding the signer (both ensured above).
        let prepared = Arc::new(PreparedRing::new(&ring, &self.key).ok()?);
        *cached = Some((session.key.clone(), prepared.clone()));
        Some(prepared)
    }
}

/// The session header a relay copies, from the neutral session.
pub fn header(session: &Session) -> SessionHeader {
    let end = session.shannon.as_ref().map(|s| s.end_height).unwrap_or(session.session_height);
    SessionHeader {
        application_address: session.app_public_key.clone(),
        service_id: session.chain.clone(),
        session_id: session.key.clone(),
        session_start_block_height: session.session_height,
        session_end_block_height: end,
    }
}

/// The HTTP request a relay carries to the supplier's backend: the payload's method (POST when
/// empty), headers (`Content-Type: application/json` when none are given), the endpoint URL with
/// the payload's path, and its data as the body.
pub fn http_request(service_url: &str, payload: &Payload) -> PoktHttpRequest {
    let header = match &payload.headers {
        Some(map) if !map.is_empty() => wire::header_map(map.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
        _ => wire::header_map([("Content-Type", "application/json")]),
    };
    let method = if payload.method.is_empty() { "POST" } else { payload.method.as_str() };
    PoktHttpRequest {
        method: method.to_string(),
        header,
        url: format!("{service_url}{}", payload.path),
        body_bz: payload.data.as_bytes().to_vec(),
    }
}

/// Whether `payload` is a REST request rather than JSON-RPC: a method other than POST, or a
/// path below the root (`--method GET`, `--path /v1/...`). PATH picks the supplier endpoint
/// by the request's RPC type the same way.
pub fn is_rest(payload: &Payload) -> bool {
    let post = payload.method.is_empty() || payload.method.eq_ignore_ascii_case("POST");
    let root = payload.path.is_empty() || payload.path == "/";
    !(post && root)
}

/// Where a relay of `payload` to `node` goes: its REST endpoint (`Rpc-Type: 4`) for a REST
/// request when the supplier staked one, else its JSON_RPC endpoint (the node's service URL,
/// `Rpc-Type: 3`; PATH's `rest: json_rpc` fallback for suppliers without a REST endpoint).
pub fn route(session: &Session, node: &NodeRef, payload: &Payload) -> Option<Route> {
    if !is_rest(payload) {
        return None;
    }
    let url = session.shannon.as_ref()?.rest.get(&node.address)?;
    Some(Route { url: url.clone(), kind: RpcType::Rest.number() })
}

impl Relayer for Relays {
    fn app(&self) -> &str {
        &self.app
    }

    fn sign(&self, session: &Session, node: &NodeRef, payload: &Payload, _block_height: i64) -> Signed {
        let route = route(session, node, payload);
        let url = route.as_ref().map_or(node.service_url.as_str(), |r| r.url.as_str());
        let body = relay::http_payload(&http_request(url, payload));
        match self.prepared(session) {
            Some(ring) => {
                let (request, digest) =
                    relay::sign_request_prepared(header(session), &node.address, body, &ring);
                Signed { digest, body: request.to_bytes(), route }
            }
            // Not reached (the signer is in the ring, which has two keys or more); an empty body
            // is refused by the miner (relayer_proxy/14) rather than panicking here.
            None => Signed::default(),
        }
    }

    fn send(
        &self,
        rpc: Rpc,
        node: &NodeRef,
        signed: Signed,
    ) -> BoxFuture<'static, Result<(u16, Vec<u8>), Failure>> {
        let (url, kind) = match signed.route {
            Some(route) => (route.url, route.kind),
            None => (node.service_url.clone(), RpcType::JsonRpc.number()),
        };
        Box::pin(async move {
            let rpc_type = [(RPC_TYPE_HEADER, kind.to_string())];
            match crate::network::rpc::relay_target(&url) {
                Some(target) => rpc.post_relay(&target, signed.body, &rpc_type, limits::RELAY_ANSWER).await,
                None => rpc.post_bytes_within(&url, signed.body, &rpc_type, limits::RELAY_ANSWER).await,
            }
        })
    }

    fn judge(
        &self,
        node: &NodeRef,
        _digest: &[u8; 32],
        status: u16,
        body: &[u8],
        verify: bool,
    ) -> Result<String, Failure> {
        judge_with(|| self.supplier(&node.public_key), status, body, verify)
    }
}

fn supplier_key(hex: &str) -> Result<PublicKey, String> {
    PublicKey::from_hex("the supplier's public key", hex).map_err(|e| e.to_string())
}

/// A relay miner's answer (pure): HTTP 200 with a `RelayResponse`; its `relay_miner_error`
/// refuses; with `verify`, the supplier's signature (by `supplier`, 66 hex) and the payload
/// hash must hold; the payload is the chain's HTTP answer, whose body is the response (a 5xx
/// from the backend is this supplier's failure).
pub fn judge(supplier: &str, status: u16, body: &[u8], verify: bool) -> Result<String, Failure> {
    judge_with(|| supplier_key(supplier).map(|k| Arc::new(SupplierKey::new(k))), status, body, verify)
}

/// [`judge`] with the supplier's key from `supplier` (called only when verifying).
fn judge_with(
    supplier: impl FnOnce() -> Result<Arc<SupplierKey>, String>,
    status: u16,
    body: &[u8],
    verify: bool,
) -> Result<String, Failure> {
    if status != 200 {
        return Err(Failure::Http { status, body: snippet(body) });
    }
    let decoded = wire::decode_response(body).map_err(|e| {
        Failure::Garbage(format!("HTTP 200 but not a relay miner's RelayResponse ({e}): {}", snippet(body)))
    })?;
    if let Some(e) = relay::miner_error(&decoded.response) {
        return Err(Failure::Miner(e));
    }
    if verify {
        let key = supplier().map_err(Failure::SupplierSignature)?;
        key.verify_response_signature(&decoded).map_err(|e| Failure::SupplierSignature(e.to_string()))?;
        if relay::payload_hash_matches(&decoded) == Some(false) {
            return Err(Failure::SupplierSignature(
                "the signed payload hash is not the SHA-256 of the payload".into(),
            ));
        }
    }
    let http = wire::decode_http_response(&decoded.response.payload).map_err(|e| {
        Failure::Garbage(format!("the relay answer's payload is not a POKTHTTPResponse ({e})"))
    })?;
    let text = String::from_utf8_lossy(&http.body_bz).into_owned();
    if http.status_code >= 500 {
        return Err(Failure::Http { status: http.status_code as u16, body: snippet(text.as_bytes()) });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::session::ShannonPart;
    use crate::protocol::shannon::relay::tests::{V1_PRIV, V6_APP_PRIV, V6_SUPPLIER_PRIV};
    use crate::protocol::shannon::ring::RingSignature;
    use crate::protocol::shannon::wire::tests::{V6_APP, V6_SUPPLIER, v6_header};
    use crate::protocol::shannon::wire::{PoktHttpResponse, header_map};

    const V6_APP_PUB: &str = "03bebd4558af6b77e8085f62ad611da75eb221bcc65223af1eece812fd19e48f4f";
    const V1_PUB: &str = "0397896e9b106df70124a856861cc9be52fac9980e2c7a118a36c19d0198692cc5";
    const V6_SUPPLIER_PUB: &str = "03f443bb7c2209423949f8e75adbe26627f4427aae287cb2091c30e7f28bc6d8a4";

    fn session(ring: &[&str]) -> Session {
        let h = v6_header();
        Session {
            app_public_key: h.application_address,
            chain: h.service_id,
            session_height: h.session_start_block_height,
            key: h.session_id,
            nodes: vec![],
            shannon: Some(ShannonPart {
                end_height: h.session_end_block_height,
                ring: ring.iter().map(|s| s.to_string()).collect(),
                rest: [(V6_SUPPLIER.to_string(), "https://relayminer.example/rest".to_string())].into(),
                grace_blocks: 1,
            }),
        }
    }

    #[test]
    fn rest_requests_go_to_the_rest_endpoint_with_rpc_type_4() {
        let json_rpc = v6_payload();
        assert!(!is_rest(&json_rpc));
        assert!(!is_rest(&Payload { method: String::new(), path: String::new(), ..v6_payload() }));
        let get = Payload { method: "GET".into(), path: "/v1/query/height".into(), ..v6_payload() };
        let post_path =
            Payload { path: "/cosmos/base/tendermint/v1beta1/blocks/latest".into(), ..v6_payload() };
        assert!(is_rest(&get) && is_rest(&post_path));
        let s = session(&[V6_APP_PUB, V1_PUB]);
        assert_eq!(route(&s, &node(), &json_rpc), None);
        let rest = Route { url: "https://relayminer.example/rest".into(), kind: 4 };
        assert_eq!(route(&s, &node(), &get), Some(rest.clone()));
        // A supplier without a REST endpoint gets REST requests at its JSON_RPC one.
        let other = NodeRef { address: "pokt1other".into(), ..node() };
        assert_eq!(route(&s, &other, &get), None);
        // The signed POKTHTTPRequest names the REST endpoint, and the route goes with it.
        let relays = Relays::app(PrivateKey::from_hex(V6_APP_PRIV).unwrap());
        let signed = relays.sign(&s, &node(), &get, 0);
        assert_eq!(signed.route, Some(rest));
        let request = wire::decode_request(&signed.body).unwrap();
        let http = wire::decode_http_request(&request.payload).unwrap();
        assert_eq!(
            (http.method.as_str(), http.url.as_str()),
            ("GET", "https://relayminer.example/rest/v1/query/height")
        );
        assert_eq!(relays.sign(&s, &node(), &json_rpc, 0).route, None);
    }

    fn node() -> NodeRef {
        NodeRef {
            address: V6_SUPPLIER.into(),
            service_url: "https://relayminer.example".into(),
            public_key: V6_SUPPLIER_PUB.into(),
        }
    }

    fn v6_payload() -> Payload {
        Payload {
            data: r#"{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}"#.into(),
            method: "POST".into(),
            path: "/".into(),
            headers: None,
        }
    }

    #[test]
    fn the_header_and_payload_are_the_v6_vectors() {
        assert_eq!(header(&session(&[])), v6_header());
        let request = http_request("https://relayminer.example", &v6_payload());
        assert_eq!(request, crate::protocol::shannon::wire::tests::v6_http_request());
        assert_eq!(
            hex::encode(relay::http_payload(&request)),
            crate::protocol::shannon::wire::tests::V6_PAYLOAD
        );
    }

    /// A gateway signing for the V6 app: the body is V6's request but for the (random) ring
    /// signature: same signable bytes and hash, the ring [app, gateway], a valid signature.
    #[test]
    fn a_gateway_signs_the_v6_request_over_the_apps_ring() {
        let relays = Relays::gateway(PrivateKey::from_hex(V1_PRIV).unwrap(), V6_APP);
        assert_eq!(relays.app(), V6_APP);
        let signed = relays.sign(&session(&[V6_APP_PUB, V1_PUB]), &node(), &v6_payload(), 0);
        let request = wire::decode_request(&signed.body).unwrap();
        assert_eq!(
            hex::encode(relay::request_signable_hash(&request)),
            "0878236614ae2773807786ed1a5056b8986e9d3288ee529b8ff7b7d5674a4701"
        );
        assert_eq!(signed.digest, relay::request_signable_hash(&request));
        assert_eq!(signed.body.len(), 527);
        assert_eq!(hex::encode(&signed.body[..8]), "0af3020a7a0a2b70");
        let (signature, _) = RingSignature::from_bytes(&request.meta().signature).unwrap();
        let ring: Vec<String> = signature.ring.iter().map(|k| k.to_string()).collect();
        assert_eq!(ring, [V6_APP_PUB, V1_PUB]);
        assert!(signature.verify(&signed.digest));
        // Two calls never give the same relay.
        assert_ne!(relays.sign(&session(&[V6_APP_PUB, V1_PUB]), &node(), &v6_payload(), 0).body, signed.body);
    }

    #[test]
    fn an_app_signs_over_itself_and_the_placeholder_and_a_stranger_is_added_to_the_ring() {
        let app = Relays::app(PrivateKey::from_hex(V6_APP_PRIV).unwrap());
        assert_eq!((app.app(), app.mode), (V6_APP, Mode::App));
        let ring: Vec<String> = app.ring(&session(&[V6_APP_PUB])).iter().map(|k| k.to_string()).collect();
        assert_eq!(ring, [V6_APP_PUB, relay::PLACEHOLDER_RING_KEY]);
        // A gateway the app did not delegate to: in the signature, for the miner to refuse.
        let stranger = Relays::gateway(PrivateKey::from_hex(V6_SUPPLIER_PRIV).unwrap(), V6_APP);
        let ring: Vec<String> =
            stranger.ring(&session(&[V6_APP_PUB, V1_PUB])).iter().map(|k| k.to_string()).collect();
        assert_eq!(ring, [V6_APP_PUB, V1_PUB, V6_SUPPLIER_PUB]);
    }

    fn answer(status: u32, body: &str) -> PoktHttpResponse {
        PoktHttpResponse {
            status_code: status,
            header: header_map([("Content-Type", "application/json")]),
            body_bz: body.as_bytes().to_vec(),
        }
    }

    fn signed_response(payload: &PoktHttpResponse) -> wire::RelayResponse {
        let bytes = prost::Message::encode_to_vec(payload);
        relay::sign_response(v6_header(), bytes, &PrivateKey::from_hex(V6_SUPPLIER_PRIV).unwrap())
    }

    /// SHANNON.md V7: the supplier's signed answer is judged to be the chain's body.
    #[test]
    fn the_v7_answer_is_the_chains_body() {
        let response = signed_response(&answer(200, r#"{"jsonrpc":"2.0","id":1,"result":"0x10"}"#));
        let bytes = response.to_bytes();
        assert_eq!(
            hex::encode(crate::protocol::hash::sha256(&bytes)),
            "3388f91e7a874db983f7d06837e97e4bffd833a2cd82eda6d4512a3624c36dac"
        );
        assert_eq!(
            judge(V6_SUPPLIER_PUB, 200, &bytes, true).unwrap(),
            r#"{"jsonrpc":"2.0","id":1,"result":"0x10"}"#
        );
        // Another key's signature fails; without verification it is accepted.
        let bad = judge(V1_PUB, 200, &bytes, true).unwrap_err();
        assert_eq!(
            bad.to_string(),
            "the supplier's signature on the answer is invalid: the supplier signature does not verify with the supplier's public key"
        );
        assert_eq!(bad.kind(), "bad_signature");
        assert!(judge(V1_PUB, 200, &bytes, false).is_ok());
        // A payload swapped under a kept signature and hash.
        let mut swapped = response.clone();
        swapped.payload = prost::Message::encode_to_vec(&answer(200, "{}"));
        let e = judge(V6_SUPPLIER_PUB, 200, &swapped.to_bytes(), true).unwrap_err();
        assert_eq!(
            e.to_string(),
            "the supplier's signature on the answer is invalid: the signed payload hash is not the SHA-256 of the payload"
        );
    }

    #[test]
    fn refusals_and_bad_answers_are_failures() {
        let e = MinerErrorBytes::rings();
        let failure = judge(V6_SUPPLIER_PUB, 200, &e, true).unwrap_err();
        assert_eq!(
            failure.to_string(),
            "relay miner error rings/3 (invalid relay request signature): bad ring"
        );
        assert_eq!(failure.next(), crate::network::outcome::Next::Stop);
        let http = judge(V6_SUPPLIER_PUB, 429, b"slow down", true).unwrap_err();
        assert_eq!(http.to_string(), "HTTP 429: \"slow down\"");
        let garbage = judge(V6_SUPPLIER_PUB, 200, b"<html>", true).unwrap_err();
        assert_eq!(garbage.kind(), "garbage");
        assert!(
            garbage.to_string().starts_with("HTTP 200 but not a relay miner's RelayResponse ("),
            "{garbage}"
        );
        let backend = signed_response(&answer(502, "bad gateway")).to_bytes();
        assert_eq!(
            judge(V6_SUPPLIER_PUB, 200, &backend, true).unwrap_err().to_string(),
            "HTTP 502: \"bad gateway\""
        );
    }

    struct MinerErrorBytes;

    impl MinerErrorBytes {
        fn rings() -> Vec<u8> {
            wire::RelayResponse {
                meta: Some(wire::RelayResponseMetadata {
                    session_header: Some(v6_header()),
                    supplier_operator_signature: vec![],
                }),
                payload: b"bad ring".to_vec(),
                relay_miner_error: Some(wire::RelayMinerError {
                    codespace: "rings".into(),
                    code: 3,
                    description: "invalid relay request signature".into(),
                    message: "bad ring".into(),
                }),
                payload_hash: vec![],
            }
            .to_bytes()
        }
    }
}
