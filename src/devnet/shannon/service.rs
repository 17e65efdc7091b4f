//! The Shannon devnet's behaviour as functions from a request to an answer: the full node's
//! REST and CometBFT routes (poktroll's JSON shapes, `protocol::shannon::rest`), and a relay
//! miner's checks in poktroll's order (SHANNON.md §8, eager validation: every relay is verified
//! before it is served), answering from the built-in chain and signing with the supplier key.

use serde_json::Value;

use super::ledger::{TxFailure, TxRecord};
use super::world::{NETWORK, World};
use crate::devnet::chain::{self, ChainRequest};
use crate::devnet::faults::Fault;
use crate::protocol::chains;
use crate::protocol::shannon::keys::decode_address;
use crate::protocol::shannon::relay::{self, MinerError, miner_error_meaning};
use crate::protocol::shannon::rest::{self, Account, RpcType};
use crate::protocol::shannon::verify::{self, Context, Status};
use crate::protocol::shannon::wire::{
    self, PoktHttpResponse, RelayMinerError, RelayRequest, RelayResponse, RelayResponseMetadata,
    SessionHeader, header_map,
};

/// An HTTP answer from the full node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    pub body: String,
}

impl Reply {
    fn ok(value: &Value) -> Reply {
        Reply { status: 200, body: value.to_string() }
    }

    /// A gRPC-gateway error: the HTTP status of the gRPC code, `{"code","message","details"}`.
    fn grpc(code: i64, message: &str) -> Reply {
        Reply {
            status: rest::http_status_of(code),
            body: rest::gateway_error_json(code, message).to_string(),
        }
    }
}

const UNKNOWN: i64 = 2;
const INVALID_ARGUMENT: i64 = 3;
const NOT_FOUND: i64 = 5;
const INTERNAL: i64 = 13;
const UNIMPLEMENTED: i64 = 12;

/// The full node: routes by path (and query), as the REST server and CometBFT RPC pgw uses.
pub fn full_node(world: &World, path: &str, query: &str, fault: Fault) -> Reply {
    let lag = if let Fault::Lagging(blocks) = fault { blocks } else { 0 };
    let height = (world.height() - lag).max(1);
    let tail = |prefix: &str| path.strip_prefix(prefix).filter(|t| !t.is_empty() && !t.contains('/'));
    if path == "/status" {
        return Reply::ok(&rest::status_json(NETWORK, height, &world.block_hash(height), false));
    }
    if path == "/cosmos/base/tendermint/v1beta1/blocks/latest" {
        return Reply::ok(&rest::latest_block_json(NETWORK, height));
    }
    if path == "/pokt-network/poktroll/shared/params" {
        return Reply::ok(&rest::shared_params_json(&world.params.shared));
    }
    if path == "/pokt-network/poktroll/session/params" {
        return Reply::ok(&serde_json::json!({ "params": {
            "num_suppliers_per_session": world.params.suppliers_per_session.to_string(),
        }}));
    }
    if path == "/pokt-network/poktroll/service/service" {
        let list: Vec<Value> = world.services.iter().map(|id| service_json(world, id)).collect();
        let total = list.len().to_string();
        return Reply::ok(&serde_json::json!({
            "service": list, "pagination": { "next_key": null, "total": total },
        }));
    }
    if let Some(id) = tail("/pokt-network/poktroll/service/service/") {
        if !world.services.iter().any(|s| s == id) {
            return Reply::grpc(NOT_FOUND, &format!("service ID not found: {id:?}: service not found"));
        }
        return Reply::ok(&serde_json::json!({ "service": service_json(world, id) }));
    }
    if let Some(id) = tail("/pokt-network/poktroll/service/relay_mining_difficulty/") {
        // No relays are mined on the devnet: every service is at the base difficulty.
        return Reply::ok(&serde_json::json!({ "relayMiningDifficulty": {
            "service_id": id,
            "block_height": height.to_string(),
            "num_relays_ema": "0",
            "target_hash": base64::Engine::encode(&base64::engine::general_purpose::STANDARD, [0xff; 32]),
        }}));
    }
    if let Some(rest) = path.strip_prefix("/cosmos/bank/v1beta1/balances/")
        && let Some(address) = rest.strip_suffix("/by_denom")
        && !address.contains('/')
    {
        if let Err(e) = decode_address(address) {
            return Reply::grpc(INVALID_ARGUMENT, &format!("invalid address: {e}"));
        }
        let denom = param(query, "denom").unwrap_or_default();
        if denom.is_empty() {
            return Reply::grpc(INVALID_ARGUMENT, "invalid denom");
        }
        let amount = if denom == "upokt" { world.balance(address) } else { 0 };
        return Reply::ok(
            &serde_json::json!({ "balance": { "denom": denom, "amount": amount.to_string() } }),
        );
    }
    if let Some(hash) = tail("/cosmos/tx/v1beta1/txs/") {
        let hash = hash.to_ascii_uppercase();
        return match world.tx(&hash) {
            Some(record) => Reply::ok(&tx_json(&record)),
            None => Reply::grpc(NOT_FOUND, &format!("tx not found: {hash}")),
        };
    }
    if path == "/pokt-network/poktroll/session/get_session" {
        return get_session(world, query, height);
    }
    if let Some(address) = tail("/pokt-network/poktroll/application/application/") {
        return match world.app(address) {
            Some(app) => Reply::ok(&serde_json::json!({ "application": rest::application_json(&app) })),
            None => Reply::grpc(NOT_FOUND, &format!("app address: {address}: application not found")),
        };
    }
    if let Some(address) = tail("/pokt-network/poktroll/gateway/gateway/") {
        return match world.gateway(address) {
            Some(g) => Reply::ok(&rest::gateway_json(&g)),
            None => Reply::grpc(NOT_FOUND, &format!("gateway not found: address {address}")),
        };
    }
    if let Some(address) = tail("/pokt-network/poktroll/supplier/supplier/") {
        return match world.supplier(address) {
            Some(s) => {
                Reply::ok(&serde_json::json!({ "supplier": rest::supplier_json(&world.supplier_record(s)) }))
            }
            None => Reply::grpc(
                NOT_FOUND,
                &format!("supplier with operator address: \"{address}\": supplier not found"),
            ),
        };
    }
    if let Some(address) = tail("/cosmos/auth/v1beta1/accounts/") {
        if let Err(e) = decode_address(address) {
            return Reply::grpc(INVALID_ARGUMENT, &format!("invalid address: {e}"));
        }
        if !world.has_account(address) {
            return Reply::grpc(NOT_FOUND, &format!("account {address} not found"));
        }
        let account = Account {
            address: address.to_string(),
            public_key: world.account_key(address),
            account_number: world.account_number(address),
            sequence: world.sequence(address),
        };
        return Reply::ok(&rest::account_json(&account));
    }
    Reply::grpc(UNIMPLEMENTED, "Not Implemented")
}

/// A `TxResponse` (cosmos JSON: int64 as strings, code a number).
fn tx_response_json(hash: &str, height: i64, failure: Option<&TxFailure>, gas: (u64, u64)) -> Value {
    let (codespace, code, log) =
        failure.map_or(("", 0, ""), |f| (f.codespace.as_str(), f.code, f.log.as_str()));
    serde_json::json!({
        "height": height.to_string(),
        "txhash": hash,
        "codespace": codespace,
        "code": code,
        "data": "",
        "raw_log": log,
        "logs": [],
        "info": "",
        "gas_wanted": gas.0.to_string(),
        "gas_used": gas.1.to_string(),
        "tx": null,
        "timestamp": if height > 0 { "2026-01-01T00:00:00Z" } else { "" },
        "events": [],
    })
}

/// `GET /cosmos/tx/v1beta1/txs/{hash}`: the tx and its response.
fn tx_json(r: &TxRecord) -> Value {
    let d = &r.decoded;
    let key = d.public_key.map(|k| {
        serde_json::json!({
            "@type": rest::SECP256K1_PUBKEY,
            "key": base64::Engine::encode(&base64::engine::general_purpose::STANDARD, k.to_bytes()),
        })
    });
    serde_json::json!({
        "tx": {
            "body": {
                "messages": d.messages.iter().map(|m| m.to_json()).collect::<Vec<_>>(),
                "memo": d.memo,
                "timeout_height": "0",
                "extension_options": [],
                "non_critical_extension_options": [],
            },
            "auth_info": {
                "signer_infos": [{
                    "public_key": key,
                    "mode_info": { "single": { "mode": "SIGN_MODE_DIRECT" } },
                    "sequence": d.sequence.to_string(),
                }],
                "fee": {
                    "amount": [{ "denom": "upokt", "amount": d.fee.to_string() }],
                    "gas_limit": d.gas_limit.to_string(),
                    "payer": "",
                    "granter": "",
                },
            },
            "signatures": [base64::Engine::encode(&base64::engine::general_purpose::STANDARD, &d.signature)],
        },
        "tx_response": tx_response_json(&r.hash, r.height, r.failure.as_ref(), (d.gas_limit, r.gas_used)),
    })
}

/// The `tx_bytes` of a simulate or broadcast request body.
fn tx_bytes(body: &[u8]) -> Result<Vec<u8>, Reply> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| Reply::grpc(INVALID_ARGUMENT, &format!("invalid request body: {e}")))?;
    let b64 = value["tx_bytes"].as_str().unwrap_or("");
    if b64.is_empty() {
        return Err(Reply::grpc(INVALID_ARGUMENT, "empty txBytes is not allowed: invalid request"));
    }
    base64::Engine::decode(&base64::engine::general_purpose::STANDARD, b64)
        .map_err(|e| Reply::grpc(INVALID_ARGUMENT, &format!("tx_bytes is not base64: {e}")))
}

/// The full node's POST routes: `/cosmos/tx/v1beta1/simulate` and `/cosmos/tx/v1beta1/txs`
/// (BROADCAST_MODE_SYNC: CheckTx's answer; the tx is then in the current block).
pub fn full_node_post(world: &World, path: &str, body: &[u8]) -> Reply {
    match path {
        "/cosmos/tx/v1beta1/simulate" => {
            let raw = match tx_bytes(body) {
                Ok(raw) => raw,
                Err(reply) => return reply,
            };
            match world.simulate(&raw) {
                Ok(gas) => Reply::ok(&serde_json::json!({
                    "gas_info": { "gas_wanted": "0", "gas_used": gas.to_string() },
                    "result": { "data": "", "log": "", "events": [], "msg_responses": [] },
                })),
                Err(f) => Reply::grpc(UNKNOWN, &format!("{} With gas wanted: '0' and gas used: '0' ", f.log)),
            }
        }
        "/cosmos/tx/v1beta1/txs" => {
            let mode = serde_json::from_slice::<Value>(body)
                .ok()
                .and_then(|v| v["mode"].as_str().map(str::to_string))
                .unwrap_or_default();
            if !matches!(mode.as_str(), "BROADCAST_MODE_SYNC" | "BROADCAST_MODE_ASYNC") {
                return Reply::grpc(
                    INVALID_ARGUMENT,
                    &format!(
                        "unsupported broadcast mode {mode:?}; supported modes: sync, async: invalid request"
                    ),
                );
            }
            let raw = match tx_bytes(body) {
                Ok(raw) => raw,
                Err(reply) => return reply,
            };
            let hash = crate::protocol::shannon::tx::hash(&raw);
            let response = match world.broadcast(&raw) {
                Ok(hash) => tx_response_json(&hash, 0, None, (0, 0)),
                Err(f) => tx_response_json(&hash, 0, Some(&f), (0, 0)),
            };
            Reply::ok(&serde_json::json!({ "tx_response": response }))
        }
        _ => Reply::grpc(UNIMPLEMENTED, "Not Implemented"),
    }
}

/// A `pocket.shared.Service` of the devnet: one compute unit per relay, owned by supplier 0.
fn service_json(world: &World, id: &str) -> Value {
    let name = chains::SERVICES.iter().find(|s| s.id == id).map_or(id, |s| s.name);
    let owner = world.suppliers.first().map(|s| s.actor.address.clone()).unwrap_or_default();
    serde_json::json!({
        "id": id,
        "name": name,
        "compute_units_per_relay": world.compute_units_per_relay(id).to_string(),
        "owner_address": owner,
        "metadata": null,
    })
}

/// One query parameter, percent-decoded.
fn param(query: &str, name: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == name).then(|| percent_decode(v))
    })
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (escaped, bytes[i]) {
            (Some(b), _) => {
                out.push(b);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, b) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `GET /pokt-network/poktroll/session/get_session` (poktroll x/session/keeper/query_get_session.go).
fn get_session(world: &World, query: &str, current: i64) -> Reply {
    let app = param(query, "application_address").unwrap_or_default();
    let service = param(query, "service_id").unwrap_or_default();
    let height_text = param(query, "block_height").unwrap_or_default();
    let requested: i64 = if height_text.is_empty() {
        0
    } else {
        match height_text.parse() {
            Ok(h) => h,
            Err(_) => {
                return Reply::grpc(
                    INVALID_ARGUMENT,
                    &format!(
                        "type mismatch, parameter: block_height, error: strconv.ParseInt: parsing {height_text:?}: invalid syntax"
                    ),
                );
            }
        }
    };
    if let Err(e) = decode_address(&app) {
        return Reply::grpc(
            INVALID_ARGUMENT,
            &format!("decoding bech32 failed: {e}: invalid application address for session"),
        );
    }
    if let Err(e) = verify::validate_service_id(&service) {
        return Reply::grpc(INVALID_ARGUMENT, &e);
    }
    if requested < 0 {
        return Reply::grpc(
            INVALID_ARGUMENT,
            &format!(
                "invalid block height for session being retrieved {requested};: invalid block height for session"
            ),
        );
    }
    let height = if requested > 0 { requested } else { current };
    if height > current {
        return Reply::grpc(
            INTERNAL,
            &format!(
                "block height {height} is ahead of the last committed block height {current}: error during session hydration"
            ),
        );
    }
    match world.session(&app, &service, height) {
        Ok(session) => Reply::ok(&rest::session_json(&session)),
        Err(e) => Reply::grpc(INTERNAL, &e),
    }
}

/// A refusal as the miner builds it: Go's wrapped error text (`"{detail}: {description}"`, or
/// the description alone for an unwrapped error).
fn refusal(codespace: &str, code: u32, detail: &str) -> MinerError {
    let description = miner_error_meaning(codespace, code).unwrap_or("");
    let message =
        if detail.is_empty() { description.to_string() } else { format!("{detail}: {description}") };
    MinerError { codespace: codespace.into(), code, description: description.into(), message }
}

fn rewrap(e: &MinerError) -> MinerError {
    refusal(&e.codespace, e.code, &e.message)
}

/// poktroll `replyWithError`: HTTP 200, the request's header (or `unknown_service_id`), the
/// error text as payload, `relay_miner_error`, no signature.
pub fn error_response(header: Option<SessionHeader>, e: &MinerError) -> Vec<u8> {
    let header = header
        .unwrap_or_else(|| SessionHeader { service_id: "unknown_service_id".into(), ..Default::default() });
    RelayResponse {
        meta: Some(RelayResponseMetadata {
            session_header: Some(header),
            supplier_operator_signature: vec![],
        }),
        payload: e.message.as_bytes().to_vec(),
        relay_miner_error: Some(RelayMinerError {
            codespace: e.codespace.clone(),
            code: e.code,
            description: e.description.clone(),
            message: e.message.clone(),
        }),
        payload_hash: vec![],
    }
    .to_bytes()
}

/// A relay that passed every check.
#[derive(Debug, Clone)]
pub struct Accepted {
    pub request: RelayRequest,
    pub header: SessionHeader,
    pub http: wire::PoktHttpRequest,
    /// The miner's height (minus any `lagging` fault).
    pub height: i64,
    /// The `Rpc-Type` header: the backend the relay is for (REST, 4; JSON-RPC otherwise).
    pub rpc_type: Option<i32>,
}

/// A refusal and the request's header it echoes.
pub type Refusal = (Option<SessionHeader>, MinerError);

/// The relay miner of supplier `index`: poktroll's checks in its order, or the refusal (and
/// the request's header, echoed in the error reply).
pub fn check(
    world: &World,
    index: usize,
    body: &[u8],
    rpc_type: Option<&str>,
    fault: Fault,
) -> Result<Accepted, Box<Refusal>> {
    let supplier = &world.suppliers[index];
    // 1. Decode.
    let request =
        wire::decode_request(body).map_err(|e| Box::new((None, refusal("relayer_proxy", 14, &e.0))))?;
    let header = request.meta().session_header;
    let fail = |e: MinerError| Box::new((header.clone(), e));
    let rpc_type = match rpc_type.map(|t| (t, t.parse::<i32>())) {
        Some((t, Err(_))) => {
            return Err(fail(refusal(
                "relayer_proxy",
                5,
                &format!("strconv.Atoi: parsing {t:?}: invalid syntax"),
            )));
        }
        Some((_, Ok(n))) => Some(n),
        None => None,
    };
    // 2. ValidateBasic; the ring checks run later, on the same report.
    let lag = if let Fault::Lagging(blocks) = fault { blocks } else { 0 };
    let height = (world.height() - lag).max(1);
    let meta = request.meta();
    let end = header.as_ref().map_or(0, |h| h.session_end_block_height);
    let ring = header.as_ref().and_then(|h| world.ring_set(&h.application_address, end).ok());
    let ctx = Context {
        ring: ring.clone().unwrap_or_default(),
        cache: Some(world.ring_cache.clone()),
        brief: true,
        ..Context::default()
    };
    let report = verify::verify_decoded_request(&request, &ctx);
    let first_failure = |ids: &[&str]| {
        report
            .checks
            .iter()
            .find(|c| c.status == Status::Fail && ids.contains(&c.id))
            .and_then(|c| c.error.clone())
    };
    if let Some(e) = first_failure(&["session_header", "signature_present", "supplier_address"]) {
        return Err(fail(rewrap(&e)));
    }
    let Some(header) = header.clone() else {
        return Err(fail(refusal("service", 1111, "missing session header")));
    };
    // 3. The supplier this miner signs for.
    if meta.supplier_operator_address != supplier.actor.address {
        return Err(fail(refusal(
            "relayer_proxy",
            9,
            &format!(
                "supplier operator address {:?} is not served by this relay miner (it serves {})",
                meta.supplier_operator_address, supplier.actor.address
            ),
        )));
    }
    if let Fault::Error(code) = fault {
        return Err(fail(refusal("relayer_proxy", code, "refused by the devnet's error fault")));
    }
    // 5. The service.
    if !world.services.contains(&header.service_id) {
        return Err(fail(refusal(
            "relayer_proxy",
            3,
            &format!("service {:?} not configured", header.service_id),
        )));
    }
    // 6a. The session window.
    let grace_end = end.saturating_add(world.params.shared.grace_period_end_offset_blocks as i64);
    let target = if end < height {
        if height > grace_end {
            return Err(fail(refusal(
                "relay_authenticator",
                1,
                &format!(
                    "session expired, expecting: {end}, got: {height}. This may indicate network delay or RelayMiner overload."
                ),
            )));
        }
        end
    } else {
        height
    };
    // 6b. The ring signature.
    if let Some(e) = first_failure(&["ring_decode"]) {
        return Err(fail(rewrap(&e)));
    }
    if ring.is_none() {
        let why = world.ring_set(&header.application_address, end).err().unwrap_or_default();
        return Err(fail(refusal(
            "rings",
            2,
            &format!("error getting ring for application address {}: {why}", header.application_address),
        )));
    }
    if let Some(e) = first_failure(&["ring_membership", "ring_signature"]) {
        return Err(fail(rewrap(&e)));
    }
    // 6c. The session at the target height.
    let draw = world
        .session_draw(&header.application_address, &header.service_id, target)
        .map_err(|e| fail(refusal("relayer_proxy", 5, &e)))?;
    let on_chain = &draw.header;
    let mismatch = if on_chain.session_id != header.session_id {
        Some(format!(
            "session ID mismatch, expecting: {}, got: {}. This may indicate a full node synchronization issue. Please verify your full node is in sync and not overwhelmed with websocket connections.",
            on_chain.session_id, header.session_id
        ))
    } else if on_chain.session_start_block_height != header.session_start_block_height {
        Some(format!(
            "session header session start height mismatch, expecting: {}, got: {}",
            on_chain.session_start_block_height, header.session_start_block_height
        ))
    } else if on_chain.session_end_block_height != header.session_end_block_height {
        Some(format!(
            "session header session end height mismatch, expecting: {}, got: {}",
            on_chain.session_end_block_height, header.session_end_block_height
        ))
    } else {
        None
    };
    if let Some(m) = mismatch {
        return Err(fail(refusal("relay_authenticator", 1, &m)));
    }
    // 6d. The supplier in the session.
    if !draw.members.iter().any(|&i| world.suppliers[i].actor.address == meta.supplier_operator_address) {
        return Err(fail(refusal("relay_authenticator", 2, "")));
    }
    let http = wire::decode_http_request(&request.payload).map_err(|e| {
        fail(refusal("relayer_proxy", 5, &format!("failed to build the service backend request: {e}")))
    })?;
    Ok(Accepted { request, header, http, height, rpc_type })
}

/// The path of a POKTHTTPRequest url (the miner keeps only path and query).
fn url_path(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    match rest.find('/') {
        Some(i) => &rest[i..],
        None => "/",
    }
}

/// The path under which a devnet supplier's REST endpoint is staked (its relay miner URL plus
/// this): the miner's REST backend serves the chain's REST routes below it.
pub const REST_PATH: &str = "/rest";

/// The backend a relay miner forwards to, by the relay's `Rpc-Type` (poktroll's miner picks the
/// service config the same way): REST (4) → the chain's REST routes below [`REST_PATH`];
/// otherwise the JSON-RPC backend, which has no REST routes (a GET or a path there is the
/// backend's 404).
fn backend(request: &ChainRequest<'_>, rpc_type: Option<i32>) -> (u16, String) {
    if rpc_type == Some(RpcType::Rest.number()) {
        let path = request.path.strip_prefix(REST_PATH).unwrap_or(request.path);
        return chain::answer(&ChainRequest { path, ..*request });
    }
    let root = request.path.trim_matches('/').is_empty();
    if !root || !request.method.eq_ignore_ascii_case("POST") {
        let body = serde_json::json!({
            "error": "not found: the JSON-RPC backend serves POST / only (REST requests go to the REST endpoint, Rpc-Type 4)",
            "path": request.path,
        });
        return (404, body.to_string());
    }
    chain::answer(request)
}

/// The built-in chain's answer to an accepted relay, signed by the supplier (a `bad-signature`
/// fault corrupts the signature).
pub fn answer(world: &World, index: usize, accepted: &Accepted, fault: Fault) -> Vec<u8> {
    let http = &accepted.http;
    let service = &accepted.header.service_id;
    let chain_id = chains::SERVICES.iter().find(|s| s.id == service).and_then(|s| s.morse).unwrap_or("0021");
    let path = url_path(&http.url);
    let path = path.split('?').next().unwrap_or("/");
    let data = String::from_utf8_lossy(&http.body_bz);
    let method = if http.method.is_empty() { "POST" } else { &http.method };
    let request = ChainRequest { chain: chain_id, data: &data, method, path, height: accepted.height };
    let (status, body) = backend(&request, accepted.rpc_type);
    let payload = PoktHttpResponse {
        status_code: u32::from(status),
        header: header_map([("Content-Type", "application/json")]),
        body_bz: body.into_bytes(),
    };
    let payload = prost::Message::encode_to_vec(&payload);
    let mut response =
        relay::sign_response(accepted.header.clone(), payload, &world.suppliers[index].actor.key);
    if fault == Fault::BadSignature
        && let Some(meta) = response.meta.as_mut()
        && let Some(b) = meta.supplier_operator_signature.first_mut()
    {
        *b ^= 0x01;
    }
    response.to_bytes()
}

/// One relay, start to end: checks, then the signed answer or the refusal.
pub fn relay(world: &World, index: usize, body: &[u8], rpc_type: Option<&str>, fault: Fault) -> Vec<u8> {
    match check(world, index, body, rpc_type, fault) {
        Ok(accepted) => answer(world, index, &accepted, fault),
        Err(refused) => {
            let (header, e) = *refused;
            error_response(header, &e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_parameters_decode() {
        assert_eq!(param("a=1&service_id=e%74h&b=", "service_id").as_deref(), Some("eth"));
        assert_eq!(param("a=1", "b"), None);
        assert_eq!(percent_decode("x%2"), "x%2");
        assert_eq!(url_path("http://h:1/a/b?c=1"), "/a/b?c=1");
        assert_eq!(url_path("http://h:1"), "/");
    }

    /// SHANNON.md V6 (ring [app, gateway], the gateway signs; computed independently of pgw)
    /// passes every stateless and ring check of the devnet's relay miner with the vector's keys
    /// staked; only the session comparison differs (the vector's session id is made up), and it
    /// fails the way poktroll's does.
    #[test]
    fn the_v6_vector_passes_the_miners_checks_up_to_the_session() {
        use std::collections::{BTreeSet, HashMap};

        use crate::devnet::shannon::world::{Params, Seeding};
        use crate::protocol::shannon::keys::PrivateKey;
        use crate::protocol::shannon::relay::tests::{V1_PRIV, V6_APP_PRIV, V6_SUPPLIER_PRIV, v6_request};
        use crate::protocol::shannon::rest::SharedParams;

        let mut keys = HashMap::new();
        keys.insert(("app".to_string(), 0), PrivateKey::from_hex(V6_APP_PRIV).unwrap());
        keys.insert(("gateway".to_string(), 0), PrivateKey::from_hex(V1_PRIV).unwrap());
        keys.insert(("supplier".to_string(), 0), PrivateKey::from_hex(V6_SUPPLIER_PRIV).unwrap());
        let params = Params {
            shared: SharedParams {
                num_blocks_per_session: 60,
                session_grid_anchor_height: 1001,
                ..SharedParams::default()
            },
            block_time: std::time::Duration::ZERO,
            start_height: 1010,
            suppliers_per_session: 15,
        };
        let seeding = Seeding { apps: 1, gateways: 1, suppliers: 1, keyless: BTreeSet::new(), keys };
        let world = World::new(params, "v6", vec!["eth".into()], &seeding);
        let body = v6_request().to_bytes();
        assert_eq!(
            hex::encode(crate::protocol::hash::sha256(&body)),
            "ba026c260c935515068686db5f881cefe231f967f0bf1d3dc8861d19011d33ad"
        );
        let (header, e) = *check(&world, 0, &body, Some("3"), Fault::None).unwrap_err();
        assert_eq!(header.unwrap().session_id, "ab".repeat(32));
        assert_eq!((e.codespace.as_str(), e.code), ("relay_authenticator", 1));
        let expected = world.session(&world.apps[0].0.address, "eth", 1010).unwrap().header.session_id;
        assert!(
            e.message.starts_with(&format!(
                "session ID mismatch, expecting: {expected}, got: {}.",
                "ab".repeat(32)
            )),
            "{}",
            e.message
        );
        // The same bytes with one flipped signature bit fail at the ring signature instead.
        let mut bad = v6_request();
        if let Some(meta) = bad.meta.as_mut() {
            let last = meta.signature.len() - 40;
            meta.signature[last] ^= 1;
        }
        let (_, e) = *check(&world, 0, &bad.to_bytes(), Some("3"), Fault::None).unwrap_err();
        assert_eq!((e.codespace.as_str(), e.code), ("rings", 3));
        // Past the vector's session end (1060) and its grace block, it is stale.
        world.advance(1062 - 1010);
        let (_, e) = *check(&world, 0, &body, Some("3"), Fault::None).unwrap_err();
        assert_eq!(
            e.message,
            "session expired, expecting: 1060, got: 1062. This may indicate network delay or RelayMiner overload.: invalid session in relayer request"
        );
    }

    #[test]
    fn refusals_carry_go_wrapped_texts() {
        let e = refusal("relay_authenticator", 2, "");
        assert_eq!(e.message, "supplier does not belong to session");
        let e = refusal("rings", 3, "invalid relay request signature or bytes");
        assert_eq!(e.message, "invalid relay request signature or bytes: invalid relay request signature");
        let bytes = error_response(None, &e);
        let decoded = wire::decode_response(&bytes).unwrap().response;
        assert_eq!(decoded.meta().session_header.unwrap().service_id, "unknown_service_id");
        assert_eq!(decoded.payload, e.message.as_bytes());
        assert_eq!(relay::miner_error(&decoded).unwrap(), e);
    }
}
