//! The devnet's RPC behaviour: pocket-core's dispatch, relay and query endpoints, as functions
//! from a request body to (HTTP status, response body). The HTTP server (server.rs) only routes.

use serde_json::{Value, json};

use super::chain::{self, ChainRequest};
use super::faults::Fault;
use super::world::{EvidenceRefusal, Session, World};
use crate::protocol::morse::amount::Amount;
use crate::protocol::morse::dispatch::{
    DispatchResponse, ErrorObject, RelayErrorBody, SessionHeader, WireNode, WireSession,
};
use crate::protocol::morse::gojson;
use crate::protocol::morse::gosort::sort_json_response;
use crate::protocol::morse::node_error::NodeError;
use crate::protocol::morse::relay::Relay;
use crate::protocol::morse::tx::{self, TxError};
use crate::protocol::morse::wire::{self, DecodeError};
use crate::protocol::morse::{response, session, validate};

/// An HTTP answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    pub body: String,
}

impl Reply {
    /// pocket-core's `WriteJSONResponse`: keys sorted, HTML-escaped, trailing newline.
    fn json(status: u16, value: &Value) -> Reply {
        let mut body = String::new();
        gojson::encode_value(value, &mut body);
        body.push('\n');
        Reply { status, body }
    }

    /// `WriteErrorResponse`: `{"code":400,"message":"…"}`.
    fn error(message: &str) -> Reply {
        Reply::json(400, &json!({ "code": 400, "message": message }))
    }
}

fn wire_node(world: &World, index: usize) -> WireNode {
    let node = &world.nodes[index];
    WireNode::staked(&node.address, &node.public_key, &node.service_url, &node.chains, &node.tokens)
}

fn node_json(world: &World, index: usize) -> Value {
    serde_json::to_value(wire_node(world, index)).unwrap_or_default()
}

fn wire_session(world: &World, s: &Session) -> WireSession {
    use base64::Engine;
    WireSession {
        header: SessionHeader {
            app_public_key: s.app_public_key.clone(),
            chain: s.chain.clone(),
            session_height: s.session_height,
        },
        key: base64::engine::general_purpose::STANDARD.encode(s.key),
        nodes: s.nodes.iter().map(|&i| wire_node(world, i)).collect(),
    }
}

/// The dispatch for an app and chain at the latest session, as `/v1/client/dispatch` and relay
/// errors 14/60/71/75 carry it.
fn dispatch_value(world: &World, app_public_key: &str, chain: &str) -> Option<DispatchResponse> {
    let s = world.session(app_public_key, chain, world.latest_session_height())?;
    Some(DispatchResponse { block_height: world.height(), session: wire_session(world, &s) })
}

/// Go-encodes a wire type (keys sorted, HTML-escaped) as pocket-core's `WriteJSONResponse`.
fn wire_json(status: u16, value: &impl serde::Serialize) -> Reply {
    Reply::json(status, &serde_json::to_value(value).unwrap_or_default())
}

/// `POST /v1/client/dispatch` with a session header.
pub fn dispatch(world: &World, body: &[u8]) -> Reply {
    let Ok(Value::Object(header)) = serde_json::from_slice::<Value>(body) else {
        return Reply::error(
            "the dispatch request must be a session header {\"app_public_key\",\"chain\",\"session_height\"}",
        );
    };
    let field = |name: &str| header.get(name).and_then(Value::as_str).unwrap_or_default().to_string();
    let (app, chain) = (field("app_public_key"), field("chain"));
    if let Err(e) = crate::protocol::morse::aat::verify_public_key_format(&app) {
        return Reply::error(&e.to_sdk_string());
    }
    if let Err(e) = validate::hex_field(&chain, 4, false) {
        return Reply::error(&NodeError::new(8, e.message).to_sdk_string());
    }
    world.auto_stake_for(&app, &chain);
    world.dispatches.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    match dispatch_value(world, &app, &chain) {
        Some(dispatch) => wire_json(200, &dispatch),
        None => Reply::error(&NodeError::from_code(17).to_sdk_string()),
    }
}

/// A relay error: HTTP 400 `{"dispatch":…,"error":{…}}`, with a fresh dispatch for the codes
/// pocket-core attaches one to.
fn relay_error(world: &World, relay: Option<&Relay>, error: NodeError) -> Reply {
    let dispatch = match relay {
        Some(r) if error.info().is_some_and(|i| i.warrants_dispatch) => {
            dispatch_value(world, &r.proof.aat.app_pub_key, &r.proof.blockchain)
        }
        _ => None,
    };
    let error = ErrorObject { code: error.code, codespace: error.codespace.into(), message: error.message };
    wire_json(400, &RelayErrorBody { dispatch, error })
}

/// A body that does not decode: Go marshals the decode error's exported fields.
fn decode_error(e: &DecodeError) -> Reply {
    let error = match e {
        DecodeError::Syntax(_) => json!({ "Offset": 0 }),
        DecodeError::FieldType { value, strukt, field, .. } => {
            json!({ "Field": field, "Offset": 0, "Struct": strukt, "Type": {}, "Value": value.split(' ').next() })
        }
        DecodeError::ValueType { value, .. } => json!({ "Offset": 0, "Type": {}, "Value": value }),
    };
    Reply::json(400, &json!({ "dispatch": null, "error": error }))
}

/// A relay that passed every check, with its proof stored: what remains is executing it.
pub struct Accepted {
    pub relay: Relay,
    pub proof_hash: [u8; 32],
    /// The node's height when it accepted the relay.
    pub height: i64,
}

/// Decodes and validates a relay for node `index` in pocket-core's order (docs/protocol.md §7),
/// storing its proof; a rejection is the error reply to send.
pub fn accept(world: &World, index: usize, body: &[u8], fault: Fault) -> Result<Accepted, Reply> {
    let relay = wire::decode_relay(body).map_err(|e| decode_error(&e))?;
    match validate(world, index, &relay, fault) {
        Ok((proof_hash, height)) => Ok(Accepted { relay, proof_hash, height }),
        Err(error) => Err(relay_error(world, Some(&relay), error)),
    }
}

/// `POST /v1/client/relay` on node `index`, answered by the built-in chain.
pub fn relay(world: &World, index: usize, body: &[u8], fault: Fault) -> Reply {
    match accept(world, index, body, fault) {
        Ok(accepted) => {
            let upstream = builtin_answer(&accepted, fault);
            sign_answer(world, index, &accepted, &upstream, fault)
        }
        Err(reply) => reply,
    }
}

/// The built-in chain's answer (a `lagging` node answers with an older height).
pub fn builtin_answer(accepted: &Accepted, fault: Fault) -> String {
    let lag = if let Fault::Lagging(blocks) = fault { blocks } else { 0 };
    let payload = &accepted.relay.payload;
    chain::answer(&ChainRequest {
        chain: &accepted.relay.proof.blockchain,
        data: &payload.data,
        method: if payload.method.is_empty() { "POST" } else { &payload.method },
        path: &payload.path,
        height: accepted.height - lag,
    })
    .1
}

/// pocket-core's code 28, when the upstream chain could not be reached.
pub fn execution_failed(world: &World, accepted: &Accepted, error: &str) -> Reply {
    let error = NodeError::new(28, format!("error executing the http request: {error}"));
    relay_error(world, Some(&accepted.relay), error)
}

/// Sorts the upstream body as pocket-core does and signs it with the node's key.
pub fn sign_answer(world: &World, index: usize, accepted: &Accepted, upstream: &str, fault: Fault) -> Reply {
    let node = &world.nodes[index];
    let answer = sort_json_response(upstream);
    let signature = if fault == Fault::BadSignature {
        response::sign(&node.key, &format!("{answer} "), &accepted.proof_hash)
    } else {
        response::sign(&node.key, &answer, &accepted.proof_hash)
    };
    // What `Reply::json` makes of `{"response","signature"}` (keys in Go's sorted order,
    // HTML-escaped, a trailing newline), written straight into the body.
    let mut body = String::with_capacity(answer.len() + answer.len() / 4 + 170);
    let mut w = gojson::ObjectWriter::new(&mut body);
    w.string("response", &answer).hex("signature", &signature);
    w.finish();
    body.push('\n');
    Reply { status: 200, body }
}

/// Every check, in pocket-core's order; stores the proof and returns its hash and the height.
fn validate(world: &World, index: usize, relay: &Relay, fault: Fault) -> Result<([u8; 32], i64), NodeError> {
    if let Fault::Error(code) = fault {
        return Err(NodeError::from_code(code));
    }
    let node = &world.nodes[index];
    let proof = &relay.proof;
    let p = &world.params;
    let height = world.height();
    let latest = session::latest_session_height(height, p.blocks_per_session);
    let oldest = latest - p.client_session_sync_allowance * p.blocks_per_session;
    if proof.session_block_height <= 0
        || proof.session_block_height < oldest
        || proof.session_block_height > latest
    {
        return Err(NodeError::from_code(60));
    }
    validate::payload(&relay.payload)?;
    if (height - relay.meta.block_height).abs() > p.client_block_sync_allowance {
        return Err(NodeError::from_code(75));
    }
    validate::request_hash(relay)?;
    if !node.chains.contains(&proof.blockchain) {
        return Err(NodeError::from_code(26));
    }
    let app = world.app(&proof.aat.app_pub_key).ok_or_else(|| NodeError::from_code(45))?;
    // The session is needed for the budget (its node count) before the evidence checks.
    let session = world
        .session(&proof.aat.app_pub_key, &proof.blockchain, proof.session_block_height)
        .ok_or_else(|| NodeError::from_code(17))?;
    let max_relays = world.max_relays_per_node(&app, session.nodes.len());
    let header_hash = session.header_hash;
    // Evidence checks come before ValidateBasic in pocket-core, but they need the proof hash,
    // which is computed from the (unvalidated) proof exactly as pocket-core does, once.
    // A token validated before has the same hash: it is kept with it.
    let known_token = world.valid_aat_token(&proof.aat);
    let aat_known_valid = known_token.is_some();
    let hashes = match known_token {
        Some(token) => validate::proof_hashes_with(proof, token),
        None => validate::proof_hashes(proof),
    };
    world.check_evidence(index, header_hash, &hashes.proof_hash, max_relays).map_err(refusal)?;
    validate::proof_basic(proof, &hashes, aat_known_valid)?;
    if !aat_known_valid {
        world.remember_valid_aat(&proof.aat, &hashes.token);
    }
    if !proof.servicer_pub_key.eq_ignore_ascii_case(&node.public_key) {
        return Err(NodeError::from_code(34));
    }
    if !app.chains.contains(&proof.blockchain) {
        return Err(NodeError::from_code(13));
    }
    if proof.aat.app_pub_key != app.public_key {
        return Err(NodeError::from_code(61));
    }
    if !session.nodes.contains(&index) {
        return Err(NodeError::from_code(14));
    }
    world
        .store_proof(index, header_hash, proof.session_block_height, hashes.proof_hash, max_relays)
        .map_err(refusal)?;
    Ok((hashes.proof_hash, height))
}

fn refusal(refusal: EvidenceRefusal) -> NodeError {
    NodeError::from_code(match refusal {
        EvidenceRefusal::Sealed => 90,
        EvidenceRefusal::Duplicate => 37,
        EvidenceRefusal::OverService => 71,
    })
}

fn height_arg(body: &[u8]) -> Value {
    serde_json::from_slice(body).unwrap_or(Value::Null)
}

/// `/v1/query/height`.
pub fn query_height(world: &World) -> Reply {
    Reply::json(200, &json!({ "height": world.height() }))
}

/// `/v1/query/node` with `{"address": …}`.
pub fn query_node(world: &World, body: &[u8]) -> Reply {
    let address =
        height_arg(body).get("address").and_then(Value::as_str).unwrap_or_default().to_ascii_lowercase();
    match world.nodes.iter().find(|n| n.address == address) {
        Some(node) => Reply::json(200, &node_json(world, node.index)),
        None => Reply::error(&format!("validator not found for {address}")),
    }
}

/// pocket-core's `paginate` as `/v1/query/apps` and `/v1/query/nodes` write it (W2: struct
/// order, compact, no trailing newline): a page past the end or no match is
/// `{"result":null,"total_pages":0,"page":0}`, and `total_pages` is
/// `ceil(total / items on this page)`, inflated on a short last page as pocket-core's is.
fn page(items: Vec<Value>, opts: &Value) -> Reply {
    let per_page = opts.get("per_page").and_then(Value::as_u64).filter(|n| *n > 0).unwrap_or(1000) as usize;
    let page = opts.get("page").and_then(Value::as_u64).filter(|n| *n > 0).unwrap_or(1) as usize;
    let total = items.len();
    let result: Vec<Value> =
        items.into_iter().skip((page - 1).saturating_mul(per_page)).take(per_page).collect();
    if result.is_empty() {
        return Reply { status: 200, body: r#"{"result":null,"total_pages":0,"page":0}"#.into() };
    }
    let total_pages = total.div_ceil(result.len());
    let mut body = String::from("{\"result\":");
    gojson::encode_value(&Value::Array(result), &mut body);
    body.push_str(&format!(",\"total_pages\":{total_pages},\"page\":{page}}}"));
    Reply { status: 200, body }
}

/// `/v1/query/nodes` with `{"opts":{"blockchain","page","per_page"}}`.
pub fn query_nodes(world: &World, body: &[u8]) -> Reply {
    let args = height_arg(body);
    let opts = args.get("opts").cloned().unwrap_or(Value::Null);
    let chain = opts.get("blockchain").and_then(Value::as_str).unwrap_or_default();
    // Every devnet node is staked (status 2) and not jailed.
    let status = opts.get("staking_status").and_then(Value::as_u64).unwrap_or(0);
    let jailed = opts.get("jailed_status").and_then(Value::as_u64).unwrap_or(0);
    let listed = matches!(status, 0 | 2) && matches!(jailed, 0 | 2);
    let items = world
        .nodes
        .iter()
        .filter(|_| listed)
        .filter(|n| chain.is_empty() || n.chains.iter().any(|c| c == chain))
        .map(|n| node_json(world, n.index))
        .collect();
    page(items, &opts)
}

fn app_json(world: &World, app: &super::world::App) -> Value {
    let unstaking_time = if app.status == 1 {
        // pocket-core counts time; the devnet counts blocks and reports when they will be done.
        let blocks = (app.unstaking_height - world.height()).max(0) as u32;
        let at = std::time::SystemTime::now() + world.params.block_time * blocks;
        humantime::format_rfc3339_seconds(at).to_string()
    } else {
        "0001-01-01T00:00:00Z".to_string()
    };
    json!({
        "address": app.address,
        "chains": app.chains,
        "jailed": false,
        "max_relays": app.max_relays.to_string(),
        "public_key": app.public_key,
        "staked_tokens": app.staked_tokens.to_string(),
        "status": app.status,
        "unstaking_time": unstaking_time,
    })
}

fn address_arg(body: &[u8]) -> String {
    height_arg(body).get("address").and_then(Value::as_str).unwrap_or_default().to_ascii_lowercase()
}

/// `/v1/query/app` with `{"address": …}`.
pub fn query_app(world: &World, body: &[u8]) -> Reply {
    let address = address_arg(body);
    match world.apps().into_iter().find(|a| a.address == address) {
        Some(app) => Reply::json(200, &app_json(world, &app)),
        None => Reply::error(
            &TxError::new("application", 101, "application does not exist for that address").sdk_string(),
        ),
    }
}

/// `/v1/query/apps` with `{"opts":{"staking_status","blockchain","page","per_page"}}`.
pub fn query_apps(world: &World, body: &[u8]) -> Reply {
    let opts = height_arg(body).get("opts").cloned().unwrap_or(Value::Null);
    let chain = opts.get("blockchain").and_then(Value::as_str).unwrap_or_default();
    let status = opts.get("staking_status").and_then(Value::as_u64).unwrap_or(0);
    let items = world
        .apps()
        .iter()
        .filter(|a| chain.is_empty() || a.chains.iter().any(|c| c == chain))
        .filter(|a| status == 0 || u64::from(a.status) == status)
        .map(|a| app_json(world, a))
        .collect();
    page(items, &opts)
}

/// `/v1/query/account`: `null` for an address never seen.
pub fn query_account(world: &World, body: &[u8]) -> Reply {
    let Ok(address) = tx::parse_address(&address_arg(body)) else {
        return Reply::error("Incorrect address length");
    };
    let ledger = world.ledger();
    match ledger.accounts.get(&address.0) {
        None => Reply::json(200, &Value::Null),
        Some(account) => Reply::json(
            200,
            &json!({
                "address": address.to_string(),
                "coins": if account.balance == 0 { json!([]) } else { json!([{"amount": account.balance.to_string(), "denom": "upokt"}]) },
                "public_key": account.public_key.map(|k| k.to_hex()),
            }),
        ),
    }
}

/// `/v1/query/balance`: `{"balance":N}`, 0 for an unknown address.
pub fn query_balance(world: &World, body: &[u8]) -> Reply {
    let Ok(address) = tx::parse_address(&address_arg(body)) else {
        return Reply::error("Incorrect address length");
    };
    let balance = world.ledger().balance(&address);
    Reply { status: 200, body: format!("{{\"balance\":{balance}}}\n") }
}

/// `/v1/query/tx` with `{"hash": …}`.
pub fn query_tx(world: &World, body: &[u8]) -> Reply {
    let hash = height_arg(body).get("hash").and_then(Value::as_str).unwrap_or_default().to_ascii_uppercase();
    let ledger = world.ledger();
    let Some(record) = ledger.txs.get(&hash) else {
        return Reply::error(&format!("tx ({hash}) not found"));
    };
    use base64::Engine;
    let signed = &record.signed;
    let (code, codespace, log) = match &record.result {
        None => (0, "", String::new()),
        Some(e) => (e.code, e.codespace, e.raw_log()),
    };
    let recipient = match &signed.tx.msg {
        tx::Msg::Send { to, .. } => to.to_string().to_uppercase(),
        _ => String::new(),
    };
    let mut msg = String::new();
    signed.tx.msg.sign_json(&mut msg);
    let msg: Value = serde_json::from_str(&msg).unwrap_or(Value::Null);
    let value = json!({
        "hash": record.hash,
        "height": record.height,
        "index": record.index,
        "proof": {"data": null, "proof": {"aunts": null, "index": 0, "leaf_hash": null, "total": 0}, "root_hash": ""},
        "stdTx": {
            "entropy": signed.tx.entropy,
            "fee": [{"amount": signed.tx.fee.dec(), "denom": "upokt"}],
            "memo": signed.tx.memo,
            "msg": msg,
            "signature": {"pub_key": signed.public_key.to_hex(), "signature": hex::encode(signed.signature)},
        },
        "tx": base64::engine::general_purpose::STANDARD.encode(&signed.raw),
        "tx_result": {
            "code": code,
            "codespace": codespace,
            "data": null,
            "events": null,
            "info": "",
            "log": log,
            "message_type": signed.tx.msg.message_type(),
            "recipient": recipient,
            "signer": signed.public_key.address().to_string().to_uppercase(),
        },
    });
    // W1: every number through float64, so `stdTx.entropy` above 2^53 comes back rounded as
    // pocket-core's does (MORSE-TX.md §5.8).
    Reply { status: 200, body: sort_json_response(&value.to_string()) + "\n" }
}

/// `POST /v1/client/rawtx`: CheckTx now, delivery at the next block (MORSE-TX.md §4).
pub fn raw_tx(world: &World, body: &[u8]) -> Reply {
    let raw = match tx::parse_rawtx_body(body) {
        Ok(raw) => raw,
        Err(e) => return Reply::error(&e),
    };
    let p = &world.params;
    let height = world.height();
    match world.ledger().submit(&raw, &p.chain_id, Amount(p.min_fee), height) {
        Ok((hash, error)) => Reply { status: 200, body: tx::broadcast_response(&hash, error.as_ref()) },
        Err(mempool) => Reply::error(&mempool),
    }
}

fn param_list(pairs: &[(&str, String)]) -> Value {
    Value::Array(pairs.iter().map(|(k, v)| json!({"param_key": k, "param_value": v})).collect())
}

/// `/v1/query/allparams`: every module's params as `{"param_key","param_value"}` lists.
pub fn all_params(world: &World) -> Reply {
    let p = &world.params;
    let a = &p.app;
    let unstaking_ns = (p.block_time.as_nanos() as i64).saturating_mul(a.unstaking_blocks);
    Reply::json(
        200,
        &json!({
            "app_params": param_list(&[
                ("application/ApplicationStakeMinimum", a.stake_minimum.to_string()),
                ("application/AppUnstakingTime", unstaking_ns.to_string()),
                ("application/BaseRelaysPerPOKT", a.base_relays_per_pokt.to_string()),
                ("application/MaxApplications", "18446744073709551615".into()),
                ("application/MaximumChains", a.maximum_chains.to_string()),
                ("application/ParticipationRateOn", "false".into()),
                ("application/StabilityAdjustment", a.stability_adjustment.to_string()),
            ]),
            "auth_params": param_list(&[
                ("auth/MaxMemoCharacters", tx::MAX_MEMO_BYTES.to_string()),
                ("auth/FeeMultipliers", r#"{"fee_multiplier":null,"default":"1"}"#.into()),
            ]),
            "gov_params": null,
            "node_params": param_list(&[
                ("pos/BlocksPerSession", p.blocks_per_session.to_string()),
                ("pos/StakeDenom", "upokt".into()),
            ]),
            "pocket_params": param_list(&[
                ("pocketcore/SessionNodeCount", p.session_node_count.to_string()),
                ("pocketcore/SupportedBlockchains", serde_json::to_string(&supported_chains(world)).unwrap_or_default()),
            ]),
        }),
    )
}

/// `/v1/query/appparams`.
pub fn app_params(world: &World) -> Reply {
    let p = &world.params;
    let a = &p.app;
    let unstaking_ns = (p.block_time.as_nanos() as i64).saturating_mul(a.unstaking_blocks);
    Reply::json(
        200,
        &json!({
            "app_stake_minimum": a.stake_minimum.to_string(),
            "base_relays_per_pokt": a.base_relays_per_pokt.to_string(),
            "max_applications": "18446744073709551615",
            "maximum_chains": a.maximum_chains.to_string(),
            "participation_rate_on": false,
            "stability_adjustment": a.stability_adjustment.to_string(),
            "unstaking_time": unstaking_ns.to_string(),
        }),
    )
}

/// `/v1/query/nodeparams`.
pub fn node_params(world: &World) -> Reply {
    Reply::json(
        200,
        &json!({
            "dao_allocation": "10",
            "downtime_jail_duration": "3600000000000",
            "max_chains": 15,
            "max_evidence_age": "120000000000",
            "max_jailed_blocks": 37960,
            "max_validators": 100000,
            "min_signed_per_window": "0.600000000000000000",
            "proposer_allocation": "1",
            "relays_to_tokens_multiplier": "8461",
            "session_block_frequency": world.params.blocks_per_session,
            "signed_blocks_window": 10,
            "slash_fraction_double_sign": "0.000001000000000000",
            "slash_fraction_downtime": "0.000001000000000000",
            "stake_denom": "upokt",
            "stake_minimum": "15000000000",
            "unstaking_time": "1814000000000000",
        }),
    )
}

fn supported_chains(world: &World) -> Vec<String> {
    world.chain_counts().into_keys().collect()
}

/// `/v1/query/pocketparams`.
pub fn pocket_params(world: &World) -> Reply {
    Reply::json(
        200,
        &json!({
            "claim_expiration": 24,
            "claim_submission_window": 3,
            "minimum_number_of_proofs": 10,
            "replay_attack_burn_multiplier": "3",
            "session_node_count": world.params.session_node_count,
            "supported_blockchains": supported_chains(world),
        }),
    )
}

/// `/v1/query/supportedchains`.
/// pocket-core writes it as a JSON string holding the JSON array (MORSE-TX.md §5.7).
pub fn supported(world: &World) -> Reply {
    let list = serde_json::to_string(&supported_chains(world)).unwrap_or_default();
    Reply { status: 200, body: gojson::quote(&list) }
}

/// `/v1`: the version as a JSON string.
pub fn version() -> Reply {
    Reply::json(200, &json!(format!("pgw-devnet/{}", env!("CARGO_PKG_VERSION"))))
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::devnet::world::Params;
    use crate::protocol::morse::aat::Aat;
    use crate::protocol::morse::keys::PrivateKey;
    use crate::protocol::morse::keys::tests::K_B;
    use crate::protocol::morse::relay::{Meta, Payload, RelaySigner, Target};
    use crate::protocol::morse::response;

    const ETH: &str = "0021";
    const BLOCK_NUMBER: &str = r#"{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}"#;

    struct Net {
        world: World,
        signer: RelaySigner,
        app: String,
    }

    fn net(nodes: usize, session_nodes: usize) -> Net {
        let params =
            Params { block_time: Duration::ZERO, session_node_count: session_nodes, ..Params::default() };
        let world = World::new(params, "test", vec![vec!["0001".to_string(), ETH.to_string()]; nodes], true);
        let key = PrivateKey::from_hex(K_B).unwrap();
        let signer = RelaySigner::new(Aat::sign(&key, &key.public_key()), key.clone()).unwrap();
        let app = key.public_key().to_hex();
        Net { world, signer, app }
    }

    impl Net {
        fn session(&self) -> Session {
            self.world.auto_stake_for(&self.app, ETH);
            (*self.world.session(&self.app, ETH, self.world.latest_session_height()).unwrap()).clone()
        }

        /// A valid relay for session node `slot`, with `edit` applied before signing.
        fn relay_to(
            &self,
            node: usize,
            entropy: i64,
            edit: impl FnOnce(&mut Payload, &mut Meta, &mut i64),
        ) -> Relay {
            let mut payload =
                Payload { data: BLOCK_NUMBER.into(), method: "POST".into(), ..Default::default() };
            let mut meta = Meta { block_height: self.world.height() };
            let mut session_height = self.world.latest_session_height();
            edit(&mut payload, &mut meta, &mut session_height);
            let servicer = self.world.nodes[node].public_key.clone();
            let target =
                Target { servicer_pub_key: &servicer, blockchain: ETH, session_block_height: session_height };
            self.signer.sign(payload, meta, target, entropy)
        }

        fn send(&self, node: usize, r: &Relay) -> Reply {
            super::relay(&self.world, node, r.to_json().as_bytes(), Fault::None)
        }
    }

    fn error_of(reply: &Reply) -> (u16, i64, String, bool) {
        let v: Value = serde_json::from_str(&reply.body).unwrap();
        (
            reply.status,
            v["error"]["code"].as_i64().unwrap_or(-1),
            v["error"]["message"].as_str().unwrap_or_default().to_string(),
            !v["dispatch"].is_null(),
        )
    }

    #[test]
    fn a_valid_relay_is_answered_and_signed_by_its_servicer() {
        let net = net(5, 5);
        let node = net.session().nodes[0];
        let relay = net.relay_to(node, 1, |_, _, _| {});
        let reply = net.send(node, &relay);
        assert_eq!(reply.status, 200, "{}", reply.body);
        let answer: Value = serde_json::from_str(&reply.body).unwrap();
        let text = answer["response"].as_str().unwrap();
        assert!(text.starts_with(r#"{"id":1,"jsonrpc":"2.0","result":"0x"#), "{text}");
        let sig = answer["signature"].as_str().unwrap();
        let servicer = &net.world.nodes[node].public_key;
        assert_eq!(response::verify(servicer, text, &relay.proof.hash(), sig), Ok(()));
        assert!(reply.body.starts_with("{\"response\":") && reply.body.ends_with("}\n"));
    }

    /// A token is remembered whole: after its valid twin, a token with a forged signature (which
    /// its hash, and so the proof's, does not cover) is refused as on a node that never saw one.
    #[test]
    fn only_the_exact_token_is_remembered_as_valid() {
        let forged = |net: &Net, entropy| {
            let mut relay = net.relay_to(net.session().nodes[0], entropy, |_, _, _| {});
            let last = relay.proof.aat.signature.pop().unwrap();
            relay.proof.aat.signature.push(if last == '0' { '1' } else { '0' });
            relay
        };
        let fresh = net(5, 5);
        let node = fresh.session().nodes[0];
        let refused = error_of(&fresh.send(node, &forged(&fresh, 1)));
        let message = "the application authentication token is invalid : the application signature on the AAT is not valid";
        assert_eq!(refused, (400, 4, message.to_string(), false));

        let net = net(5, 5);
        assert_eq!(net.session().nodes[0], node);
        let valid = net.relay_to(node, 1, |_, _, _| {});
        assert_eq!(net.send(node, &valid).status, 200);
        assert_eq!(net.world.valid_aat_token(&valid.proof.aat), Some(valid.proof.aat.hash_hex()));
        assert_eq!(error_of(&net.send(node, &forged(&net, 2))), refused);
        assert_eq!(net.world.valid_aat_token(&forged(&net, 3).proof.aat), None);
        // The remembered token still passes, with the proof hash computed as before.
        let again = net.relay_to(node, 4, |_, _, _| {});
        let reply = net.send(node, &again);
        let text: Value = serde_json::from_str(&reply.body).unwrap();
        let servicer = &net.world.nodes[node].public_key;
        let signature = text["signature"].as_str().unwrap();
        assert_eq!(
            response::verify(servicer, text["response"].as_str().unwrap(), &again.proof.hash(), signature),
            Ok(())
        );
    }

    #[test]
    fn a_signed_answer_is_written_as_go_writes_the_object() {
        let net = net(5, 5);
        let node = net.session().nodes[0];
        let relay = net.relay_to(node, 1, |_, _, _| {});
        let accepted = Accepted { proof_hash: relay.proof.hash(), relay, height: 12346 };
        let upstream = r#"{"id":1,"jsonrpc":"2.0","result":"<a&b> \u2028 é"}"#;
        for fault in [Fault::None, Fault::BadSignature] {
            let reply = sign_answer(&net.world, node, &accepted, upstream, fault);
            let answer = sort_json_response(upstream);
            let signed = if fault == Fault::BadSignature { format!("{answer} ") } else { answer.clone() };
            let signature = response::sign(&net.world.nodes[node].key, &signed, &accepted.proof_hash);
            assert_eq!(reply, Reply::json(200, &json!({ "response": answer, "signature": signature })));
        }
    }

    #[test]
    fn every_reachable_error_code_in_pocket_core_order() {
        let net = net(6, 3);
        let session = net.session();
        let inside = session.nodes[0];
        let outside = (0..6).find(|i| !session.nodes.contains(i)).unwrap();
        let cases: Vec<(&str, Relay, usize, i64, &str, bool)> = vec![
            (
                "old session",
                net.relay_to(inside, 1, |_, _, h| *h -= 4),
                inside,
                60,
                "the block height passed is invalid",
                true,
            ),
            (
                "empty payload",
                net.relay_to(inside, 2, |p, _, _| p.data.clear()),
                inside,
                25,
                "the payload data of the relay request is empty",
                false,
            ),
            (
                "block height",
                net.relay_to(inside, 3, |_, m, _| m.block_height += 11),
                inside,
                75,
                "the request block height is out of sync with the current block height",
                true,
            ),
            (
                "servicer elsewhere",
                net.relay_to(outside, 4, |_, _, _| {}),
                inside,
                34,
                "the node public key in the service Proof does not match this nodes public key",
                false,
            ),
            (
                "not in session",
                net.relay_to(outside, 5, |_, _, _| {}),
                outside,
                14,
                "this node (self) is not responsible for this session provided by the client",
                true,
            ),
        ];
        for (what, relay, to, code, message, dispatch) in cases {
            let got = error_of(&net.send(to, &relay));
            assert_eq!(got, (400, code, message.to_string(), dispatch), "{what}");
        }
        let mut bad_hash = net.relay_to(inside, 6, |_, _, _| {});
        bad_hash.proof.request_hash = "00".repeat(32);
        assert_eq!(error_of(&net.send(inside, &bad_hash)).1, 74);
        let mut bad_sig = net.relay_to(inside, 7, |_, _, _| {});
        bad_sig.proof.entropy += 1000;
        assert_eq!(error_of(&net.send(inside, &bad_sig)).1, 41);
        let mut bad_aat = net.relay_to(inside, 8, |_, _, _| {});
        bad_aat.proof.aat.version = "9".into();
        assert_eq!(error_of(&net.send(inside, &bad_aat)).1, 4);
        let mut negative = net.relay_to(inside, 9, |_, _, _| {});
        negative.proof.entropy = -1;
        assert_eq!(error_of(&net.send(inside, &negative)).1, 29);
    }

    /// The codes the order test above does not reach, with exact messages and no dispatch.
    #[test]
    fn chain_app_and_key_format_codes() {
        let net = net(2, 2);
        let node = net.session().nodes[0];
        let mut unhosted = net.relay_to(node, 1, |_, _, _| {});
        unhosted.proof.blockchain = "0009".into();
        let got = error_of(&net.send(node, &unhosted));
        assert_eq!(
            got,
            (400, 26, "the blockchain in the relay request is not supported on this node".into(), false)
        );
        for (key, code, message) in [
            ("zz", 6, "error decoding the string into hex bytes"),
            ("abcd", 42, "the public key is not the correct cap"),
        ] {
            let mut relay = net.relay_to(node, 2, |_, _, _| {});
            relay.proof.servicer_pub_key = key.into();
            assert_eq!(error_of(&net.send(node, &relay)), (400, code, message.into(), false));
        }
        // Staked for 0021 only, relaying on 0001 (hosted by the node): 13.
        let payload = Payload { data: "x".into(), ..Default::default() };
        let servicer = net.world.nodes[node].public_key.clone();
        let session_height = net.world.latest_session_height();
        let target =
            Target { servicer_pub_key: &servicer, blockchain: "0001", session_block_height: session_height };
        let relay = net.signer.sign(payload, Meta { block_height: net.world.height() }, target, 3);
        let got = error_of(&net.send(node, &relay));
        assert_eq!(
            got,
            (400, 13, "the blockchain in the relay request is not supported for this app".into(), false)
        );
    }

    #[test]
    fn an_uppercase_app_key_gets_61() {
        let net = net(2, 2);
        let node = net.session().nodes[0];
        let key = PrivateKey::from_hex(K_B).unwrap();
        let mut aat = Aat {
            version: "0.0.1".into(),
            app_pub_key: net.app.to_ascii_uppercase(),
            client_pub_key: net.app.clone(),
            signature: String::new(),
        };
        aat.signature = hex::encode(key.sign(&aat.hash()));
        let signer = RelaySigner::new(aat, key).unwrap();
        let servicer = net.world.nodes[node].public_key.clone();
        let payload = Payload { data: "x".into(), ..Default::default() };
        let target = Target {
            servicer_pub_key: &servicer,
            blockchain: ETH,
            session_block_height: net.world.latest_session_height(),
        };
        let relay = signer.sign(payload, Meta { block_height: net.world.height() }, target, 1);
        assert_eq!(
            error_of(&net.send(node, &relay)),
            (400, 61, "the app public key is invalid".into(), false)
        );
    }

    /// The answer a devnet node signs for the §10.2 relay, as servicer K_A, is the vector.
    #[test]
    fn servicer_signature_vector() {
        let relay = crate::protocol::morse::relay::tests::full_vector_relay();
        let params = Params { block_time: Duration::ZERO, start_height: 12346, ..Params::default() };
        let mut world = World::new(params, "test", vec![vec![ETH.to_string()]], true);
        world.nodes[0].key = PrivateKey::from_hex(crate::protocol::morse::keys::tests::K_A).unwrap();
        let accepted = Accepted { proof_hash: relay.proof.hash(), relay, height: 12346 };
        let reply =
            sign_answer(&world, 0, &accepted, r#"{"jsonrpc":"2.0","id":1,"result":"0x10d4f"}"#, Fault::None);
        assert_eq!(
            reply.body,
            "{\"response\":\"{\\\"id\\\":1,\\\"jsonrpc\\\":\\\"2.0\\\",\\\"result\\\":\\\"0x10d4f\\\"}\",\"signature\":\"84aacddb50228097ee20d212bb0ae827a54e0f7081998694f7b3f1419a5189a603744ad94d7457b50e4809573d751ec8aba335f02a8749800b55fa3a99660501\"}\n"
        );
    }

    #[test]
    fn duplicates_unstaked_apps_and_unhosted_chains() {
        let net = net(3, 3);
        let node = net.session().nodes[0];
        let relay = net.relay_to(node, 42, |_, _, _| {});
        assert_eq!(net.send(node, &relay).status, 200);
        assert_eq!(error_of(&net.send(node, &relay)).1, 37);
        let other = super::tests::net(3, 3); // nobody dispatched on this world: the app is not staked
        let relay = other.relay_to(0, 1, |_, _, _| {});
        assert_eq!(error_of(&other.send(0, &relay)).1, 45);
    }

    #[test]
    fn relay_budget_seals_with_code_90() {
        let net = net(1, 1);
        net.world.stake_app(crate::devnet::world::App::genesis(
            net.app.clone(),
            String::new(),
            vec![ETH.into()],
            2,
        ));
        let node = 0;
        assert_eq!(net.send(node, &net.relay_to(node, 1, |_, _, _| {})).status, 200);
        assert_eq!(net.send(node, &net.relay_to(node, 2, |_, _, _| {})).status, 200);
        let got = error_of(&net.send(node, &net.relay_to(node, 3, |_, _, _| {})));
        assert_eq!(
            got,
            (
                400,
                90,
                "the evidence is sealed, either max relays reached or claim already submitted".into(),
                false
            )
        );
    }

    #[test]
    fn dispatch_stakes_the_app_and_lists_session_nodes() {
        let net = net(4, 2);
        let body = format!(r#"{{"app_public_key":"{}","chain":"0021","session_height":0}}"#, net.app);
        let reply = dispatch(&net.world, body.as_bytes());
        assert_eq!(reply.status, 200);
        let v: Value = serde_json::from_str(&reply.body).unwrap();
        assert_eq!(v["session"]["nodes"].as_array().unwrap().len(), 2);
        assert_eq!(v["session"]["header"]["session_height"], net.world.latest_session_height());
        assert!(reply.body.starts_with(r#"{"block_height":100,"session":{"header":{"app_public_key":"#));
        assert!(net.world.app(&net.app).is_some());
        // The wire types read what the devnet writes, and write it back byte for byte.
        let node = &net.world.nodes[0];
        let listed = format!(
            r#"{{"address":"{}","chains":{},"jailed":false,"output_address":"","public_key":"{}","reward_delegators":null,"service_url":"{}","status":2,"tokens":"{}","unstaking_time":"0001-01-01T00:00:00Z"}}"#,
            node.address,
            serde_json::to_string(&node.chains).unwrap(),
            node.public_key,
            node.service_url,
            node.tokens
        );
        assert_eq!(gojson_of(&node_json(&net.world, 0)), listed);
        let wire: DispatchResponse = serde_json::from_str(&reply.body).unwrap();
        assert_eq!(wire_json(200, &wire).body, reply.body);
        let dispatch = crate::network::session::parse_dispatch(reply.body.as_bytes()).unwrap();
        assert_eq!(dispatch.session.nodes.len(), 2);
    }

    fn gojson_of(value: &Value) -> String {
        let mut out = String::new();
        gojson::encode_value(value, &mut out);
        out
    }

    #[test]
    fn fault_profiles_in_the_service() {
        let net = net(1, 1);
        let node = net.session().nodes[0];
        let reply = relay(
            &net.world,
            node,
            net.relay_to(node, 1, |_, _, _| {}).to_json().as_bytes(),
            Fault::Error(71),
        );
        assert_eq!(
            error_of(&reply),
            (400, 71, "the max number of relays serviced for this node is exceeded".into(), true)
        );
        let r = net.relay_to(node, 2, |_, _, _| {});
        let reply = relay(&net.world, node, r.to_json().as_bytes(), Fault::BadSignature);
        let v: Value = serde_json::from_str(&reply.body).unwrap();
        let ok = response::verify(
            &net.world.nodes[node].public_key,
            v["response"].as_str().unwrap(),
            &r.proof.hash(),
            v["signature"].as_str().unwrap(),
        );
        assert_eq!(ok.unwrap_err().code, 41);
    }

    #[test]
    fn rawtx_and_the_account_routes_answer_as_pocket_core_writes() {
        use crate::protocol::morse::amount::Amount;
        use crate::protocol::morse::keys::tests::K_A;
        use crate::protocol::morse::tx::{BASE_FEE, Msg, Tx};
        let net = net(2, 2);
        let key = PrivateKey::from_hex(K_A).unwrap();
        let me = key.public_key().address();
        net.world.ledger.lock().unwrap().fund(me, 5_000_000);
        let body = format!(r#"{{"address":"{me}","height":0}}"#);
        assert_eq!(query_balance(&net.world, body.as_bytes()).body, "{\"balance\":5000000}\n");
        assert_eq!(
            query_account(&net.world, body.as_bytes()).body,
            format!(
                "{{\"address\":\"{me}\",\"coins\":[{{\"amount\":\"5000000\",\"denom\":\"upokt\"}}],\"public_key\":null}}\n"
            )
        );
        let stranger = r#"{"address":"0123456789abcdef0123456789abcdef01234567"}"#;
        assert_eq!(query_account(&net.world, stranger.as_bytes()).body, "null\n");
        assert_eq!(query_balance(&net.world, stranger.as_bytes()).body, "{\"balance\":0}\n");
        assert_eq!(query_balance(&net.world, br#"{"address":"12"}"#).status, 400);

        let to =
            crate::protocol::morse::tx::parse_address("0123456789abcdef0123456789abcdef01234567").unwrap();
        let tx = Tx {
            chain_id: "localnet".into(),
            msg: Msg::Send { from: me, to, amount: Amount(1) },
            fee: BASE_FEE,
            memo: String::new(),
            entropy: 7,
        };
        let signed = tx.sign(&key);
        let reply = raw_tx(&net.world, signed.rawtx_body().as_bytes());
        assert_eq!(
            reply,
            Reply { status: 200, body: format!("{{\"logs\":null,\"txhash\":\"{}\"}}\n", signed.hash()) }
        );
        // Again while it waits: the mempool cache, HTTP 400.
        let again = raw_tx(&net.world, signed.rawtx_body().as_bytes());
        assert_eq!(again.status, 400);
        assert!(again.body.contains("tx already exists in cache"), "{}", again.body);
        // Not hex: Go's hex error as a 400.
        let bad = raw_tx(&net.world, br#"{"address":"","raw_hex_bytes":"zz"}"#);
        assert_eq!(bad, Reply::error("encoding/hex: invalid byte: U+007A 'z'"));
        // Not a tx: sdk 2 in a 200 answer.
        let garbage = raw_tx(&net.world, br#"{"raw_hex_bytes":"0102"}"#);
        assert_eq!(garbage.status, 200);
        assert!(garbage.body.starts_with("{\"code\":2,\"logs\":null,\"raw_log\":"), "{}", garbage.body);
        let hash = format!(r#"{{"hash":"{}"}}"#, signed.hash());
        assert_eq!(query_tx(&net.world, hash.as_bytes()).status, 400);
        net.world.advance(1);
        let delivered: Value = serde_json::from_str(&query_tx(&net.world, hash.as_bytes()).body).unwrap();
        assert_eq!(delivered["tx_result"]["code"], 0);
        assert_eq!(delivered["tx_result"]["message_type"], "send");
        assert_eq!(delivered["tx_result"]["recipient"], "0123456789ABCDEF0123456789ABCDEF01234567");
        assert_eq!(delivered["height"], net.world.height());
        assert_eq!(delivered["stdTx"]["entropy"], 7);
        assert_eq!(query_balance(&net.world, stranger.as_bytes()).body, "{\"balance\":1}\n");
        // Node filters: every devnet node is staked and not jailed.
        let count = |opts: &str| {
            let v: Value = serde_json::from_str(&query_nodes(&net.world, opts.as_bytes()).body).unwrap();
            v["result"].as_array().map_or(0, Vec::len)
        };
        assert_eq!(count(r#"{"opts":{"staking_status":2,"jailed_status":2}}"#), 2);
        assert_eq!(count(r#"{"opts":{"jailed_status":1}}"#), 0);
        assert_eq!(count(r#"{"opts":{"staking_status":1}}"#), 0);
        assert_eq!(
            query_nodes(&net.world, br#"{"opts":{"jailed_status":1}}"#).body,
            r#"{"result":null,"total_pages":0,"page":0}"#
        );
        let last = query_nodes(&net.world, br#"{"opts":{"page":1,"per_page":1}}"#).body;
        assert!(last.ends_with(r#","total_pages":2,"page":1}"#), "{last}");
        // The chain list is a JSON string holding the array (pocket-core's WriteResponse).
        assert_eq!(supported(&net.world).body, r#""[\"0001\",\"0021\"]""#);
    }
}
