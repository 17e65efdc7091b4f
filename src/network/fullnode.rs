//! A Shannon full node, over its REST API (Cosmos gRPC gateway, usually port 1317) and,
//! optionally, its CometBFT RPC (port 26657): the height, `get_session`, applications,
//! gateways, account public keys and shared params (SHANNON.md §2–3). Answers are read within
//! [`limits::FULL_NODE_ANSWER`] and parsed by `protocol::shannon::rest`; a session becomes the
//! network's neutral [`Dispatch`] so the session store (and later the engine) holds it as it
//! holds a Morse session.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::rpc::{DispatchError, Rpc};
use super::session::{
    Dispatch, MAX_SESSION_NODES, Session as NeutralSession, SessionNode, ShannonPart, shannon_node_key,
    snippet,
};
use crate::limits;
use crate::protocol::shannon::keys::{PublicKey, decode_address};
use crate::protocol::shannon::relay;
use crate::protocol::shannon::rest::{self, Application, Gateway, RpcType, Session, SharedParams};
use crate::protocol::shannon::wire::SessionHeader;

/// Where a full node answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FullNode {
    /// The REST (gRPC gateway) base URL, without a trailing '/'.
    pub rest: String,
    /// The CometBFT RPC base URL, when known (`/status` for the height).
    pub comet: Option<String>,
}

impl FullNode {
    pub fn new(rest: &str) -> FullNode {
        FullNode { rest: rest.trim_end_matches('/').to_string(), comet: None }
    }
}

fn unavailable(what: &str, url: &str, reason: impl std::fmt::Display) -> DispatchError {
    DispatchError::Unavailable(format!("{what} from {url}: {reason}"))
}

/// GETs a JSON answer: 200 → the value; a gRPC-gateway error about the request (4xx, or a
/// 500 carrying poktroll's error, which every full node would repeat) → `Refused`; anything
/// else (no connection, timeout, 5xx without an error body, not JSON) → `Unavailable`.
async fn get_json(rpc: &Rpc, url: &str, what: &str) -> Result<Value, DispatchError> {
    let (status, body) =
        rpc.get_within(url, limits::FULL_NODE_ANSWER).await.map_err(|f| unavailable(what, url, f))?;
    let value: Option<Value> = serde_json::from_slice(&body).ok();
    match (status, value) {
        (200, Some(value)) => Ok(value),
        (200, None) => Err(unavailable(what, url, format!("the answer is not JSON: {}", snippet(&body)))),
        (400..=500, Some(value)) if let Some(e) = rest::gateway_error_from_json(&value) => {
            Err(DispatchError::Refused { code: Some(e.code as u32), message: e.message })
        }
        (status, _) => Err(unavailable(what, url, format!("HTTP {status}: {}", snippet(&body)))),
    }
}

fn parsed<T>(what: &str, url: &str, result: Result<T, String>) -> Result<T, DispatchError> {
    result.map_err(|e| unavailable(what, url, format!("not poktroll's answer: {e}")))
}

/// The latest block height: CometBFT `/status` when the node has a CometBFT URL, else REST
/// `/cosmos/base/tendermint/v1beta1/blocks/latest`.
pub async fn latest_height(rpc: &Rpc, node: &FullNode) -> Result<i64, DispatchError> {
    if let Some(comet) = &node.comet {
        let url = format!("{comet}/status");
        let value = get_json(rpc, &url, "the height").await?;
        return parsed("the height", &url, rest::status_height(&value));
    }
    let url = format!("{}/cosmos/base/tendermint/v1beta1/blocks/latest", node.rest);
    let value = get_json(rpc, &url, "the height").await?;
    parsed("the height", &url, rest::latest_block_height(&value))
}

/// `get_session` for an app and service at `height` (0: the node's current height).
pub async fn get_session(
    rpc: &Rpc,
    node: &FullNode,
    app: &str,
    service: &str,
    height: i64,
) -> Result<Session, DispatchError> {
    let url = format!(
        "{}/pokt-network/poktroll/session/get_session?application_address={}&service_id={}&block_height={height}",
        node.rest,
        query_escape(app),
        query_escape(service)
    );
    let value = get_json(rpc, &url, "the session").await?;
    parsed("the session", &url, rest::session_from_json(&value))
}

pub async fn application(rpc: &Rpc, node: &FullNode, address: &str) -> Result<Application, DispatchError> {
    let url = format!("{}/pokt-network/poktroll/application/application/{}", node.rest, path_escape(address));
    let value = get_json(rpc, &url, "the application").await?;
    parsed("the application", &url, rest::application_response_from_json(&value))
}

pub async fn gateway(rpc: &Rpc, node: &FullNode, address: &str) -> Result<Gateway, DispatchError> {
    let url = format!("{}/pokt-network/poktroll/gateway/gateway/{}", node.rest, path_escape(address));
    let value = get_json(rpc, &url, "the gateway").await?;
    parsed("the gateway", &url, rest::gateway_response_from_json(&value))
}

/// An account's public key: `Ok(None)` when the account exists but has never signed (no key on
/// chain), or does not exist.
pub async fn account_key(
    rpc: &Rpc,
    node: &FullNode,
    address: &str,
) -> Result<Option<PublicKey>, DispatchError> {
    let url = format!("{}/cosmos/auth/v1beta1/accounts/{}", node.rest, path_escape(address));
    match get_json(rpc, &url, "the account").await {
        Ok(value) => {
            let account = parsed("the account", &url, rest::account_from_json(&value))?;
            if let Some(key) = &account.public_key
                && key.address() != address
            {
                return Err(unavailable(
                    "the account",
                    &url,
                    format!("its public key is the key of {}, not of {address}", key.address()),
                ));
            }
            Ok(account.public_key)
        }
        // gRPC NotFound: "account pokt1… not found".
        Err(DispatchError::Refused { code: Some(5), .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

pub async fn shared_params(rpc: &Rpc, node: &FullNode) -> Result<SharedParams, DispatchError> {
    let url = format!("{}/pokt-network/poktroll/shared/params", node.rest);
    let value = get_json(rpc, &url, "the shared params").await?;
    parsed("the shared params", &url, rest::shared_params_from_json(&value))
}

/// The public keys a signer puts in the app's ring, app first then `gateways` in order (the
/// ring gateways of a session, [`ShannonSession::ring_gateways`]): each account's key from the
/// chain, fetched at once. An account without a key on chain cannot be a ring member, so it is
/// refused with what to do. The signer adds poktroll's placeholder for an app without gateways
/// (`protocol::shannon::relay::ring_for`).
pub async fn ring_keys(
    rpc: &Rpc,
    node: &FullNode,
    app: &str,
    gateways: &[String],
) -> Result<Vec<PublicKey>, DispatchError> {
    let mut set = tokio::task::JoinSet::new();
    for (index, address) in std::iter::once(app.to_string()).chain(gateways.iter().cloned()).enumerate() {
        let (rpc, node) = (rpc.clone(), node.clone());
        set.spawn(async move {
            let key = account_key(&rpc, &node, &address).await;
            (index, address, key)
        });
    }
    let mut found = set.join_all().await;
    found.sort_by_key(|(index, _, _)| *index);
    let mut keys = Vec::with_capacity(found.len());
    for (index, address, key) in found {
        match key? {
            Some(k) => keys.push(k),
            None => {
                let who = if index == 0 { "the app" } else { "the gateway" };
                return Err(DispatchError::Refused {
                    code: None,
                    message: format!(
                        "{who} {address} has no public key on chain (its account never signed a transaction), so it cannot be in a ring: send any transaction from it first"
                    ),
                });
            }
        }
    }
    Ok(keys)
}

/// A poktroll or cosmos query route's JSON answer as the node wrote it (`pgw query` on
/// Shannon shows it as it is with `--output json`). `route` starts with '/'.
pub async fn query(rpc: &Rpc, node: &FullNode, route: &str, what: &str) -> Result<Value, DispatchError> {
    let url = format!("{}{route}", node.rest);
    get_json(rpc, &url, what).await
}

/// The cosmos and poktroll routes `pgw query --protocol shannon` reads (SHANNON.md §3.1).
pub mod routes {
    use super::path_escape;

    pub fn account(address: &str) -> String {
        format!("/cosmos/auth/v1beta1/accounts/{}", path_escape(address))
    }
    pub fn balance(address: &str) -> String {
        format!("/cosmos/bank/v1beta1/balances/{}/by_denom?denom=upokt", path_escape(address))
    }
    pub fn application(address: &str) -> String {
        format!("/pokt-network/poktroll/application/application/{}", path_escape(address))
    }
    pub fn gateway(address: &str) -> String {
        format!("/pokt-network/poktroll/gateway/gateway/{}", path_escape(address))
    }
    pub fn supplier(address: &str) -> String {
        format!("/pokt-network/poktroll/supplier/supplier/{}", path_escape(address))
    }
    pub const SERVICES: &str = "/pokt-network/poktroll/service/service?pagination.limit=1000";
    pub fn service(id: &str) -> String {
        format!("/pokt-network/poktroll/service/service/{}", path_escape(id))
    }
    pub fn relay_mining_difficulty(service: &str) -> String {
        format!("/pokt-network/poktroll/service/relay_mining_difficulty/{}", path_escape(service))
    }
    pub const SHARED_PARAMS: &str = "/pokt-network/poktroll/shared/params";
    pub const SESSION_PARAMS: &str = "/pokt-network/poktroll/session/params";
    pub fn tx(hash: &str) -> String {
        format!("/cosmos/tx/v1beta1/txs/{}", path_escape(hash))
    }
    pub const SIMULATE: &str = "/cosmos/tx/v1beta1/simulate";
    pub const BROADCAST: &str = "/cosmos/tx/v1beta1/txs";
}

/// POSTs a JSON body to a cosmos route (simulate, broadcast): 200 → the value; a gRPC-gateway
/// error → `Refused` with its code and message; anything else → `Unavailable`.
pub async fn post_json(
    rpc: &Rpc,
    node: &FullNode,
    route: &str,
    body: &Value,
    what: &str,
) -> Result<Value, DispatchError> {
    let url = format!("{}{route}", node.rest);
    let (status, answer) = rpc
        .post_within(&url, body.to_string(), limits::FULL_NODE_ANSWER)
        .await
        .map_err(|f| unavailable(what, &url, f))?;
    let value: Option<Value> = serde_json::from_slice(&answer).ok();
    match (status, value) {
        (200, Some(value)) => Ok(value),
        (400..=500, Some(value)) if let Some(e) = rest::gateway_error_from_json(&value) => {
            Err(DispatchError::Refused { code: Some(e.code as u32), message: e.message })
        }
        (status, _) => Err(unavailable(what, &url, format!("HTTP {status}: {}", snippet(&answer)))),
    }
}

/// The chain id the full node's latest block carries (what a signature must cover).
pub async fn chain_id(rpc: &Rpc, node: &FullNode) -> Result<String, DispatchError> {
    let route = "/cosmos/base/tendermint/v1beta1/blocks/latest";
    let value = query(rpc, node, route, "the latest block").await?;
    let header = value.get("sdk_block").or_else(|| value.get("block")).and_then(|b| b.get("header"));
    match header.and_then(|h| h.get("chain_id")).and_then(Value::as_str) {
        Some(id) if !id.is_empty() => Ok(id.to_string()),
        _ => Err(unavailable("the chain id", &node.rest, "the latest block has no header.chain_id")),
    }
}

/// An account's number, sequence and key; `None` when the chain has never seen it.
pub async fn account(
    rpc: &Rpc,
    node: &FullNode,
    address: &str,
) -> Result<Option<rest::Account>, DispatchError> {
    let route = routes::account(address);
    match query(rpc, node, &route, "the account").await {
        Ok(value) => parsed("the account", &route, rest::account_from_json(&value)).map(Some),
        Err(DispatchError::Refused { code: Some(5), .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// An account's upokt balance.
pub async fn balance(rpc: &Rpc, node: &FullNode, address: &str) -> Result<u64, DispatchError> {
    let route = routes::balance(address);
    let value = query(rpc, node, &route, "the balance").await?;
    value["balance"]["amount"].as_str().and_then(|s| s.parse().ok()).ok_or_else(|| {
        unavailable(
            "the balance",
            &route,
            format!("no upokt amount in {}", snippet(value.to_string().as_bytes())),
        )
    })
}

/// What `/cosmos/tx/v1beta1/txs` says of a broadcast (CheckTx's answer).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TxAnswer {
    pub txhash: String,
    pub code: u64,
    pub codespace: String,
    pub raw_log: String,
    pub height: i64,
}

impl TxAnswer {
    pub fn from_json(value: &Value) -> Option<TxAnswer> {
        let r = value.get("tx_response")?;
        Some(TxAnswer {
            txhash: r["txhash"].as_str()?.to_string(),
            code: r["code"].as_u64().unwrap_or(0),
            codespace: r["codespace"].as_str().unwrap_or("").to_string(),
            raw_log: r["raw_log"].as_str().unwrap_or("").to_string(),
            height: r["height"].as_str().and_then(|h| h.parse().ok()).unwrap_or(0),
        })
    }
}

/// `/cosmos/tx/v1beta1/simulate`: the gas the transaction uses.
pub async fn simulate(rpc: &Rpc, node: &FullNode, raw: &[u8]) -> Result<u64, DispatchError> {
    use base64::Engine;
    let body = serde_json::json!({ "tx_bytes": base64::engine::general_purpose::STANDARD.encode(raw) });
    let value = post_json(rpc, node, routes::SIMULATE, &body, "the simulation").await?;
    value["gas_info"]["gas_used"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| unavailable("the simulation", &node.rest, "no gas_info.gas_used in the answer"))
}

/// `/cosmos/tx/v1beta1/txs` with BROADCAST_MODE_SYNC.
pub async fn broadcast(rpc: &Rpc, node: &FullNode, raw: &[u8]) -> Result<TxAnswer, DispatchError> {
    use base64::Engine;
    let body = serde_json::json!({
        "tx_bytes": base64::engine::general_purpose::STANDARD.encode(raw),
        "mode": "BROADCAST_MODE_SYNC",
    });
    let value = post_json(rpc, node, routes::BROADCAST, &body, "the broadcast").await?;
    TxAnswer::from_json(&value)
        .ok_or_else(|| unavailable("the broadcast", &node.rest, "the answer has no tx_response.txhash"))
}

/// A transaction by hash: `None` while the chain does not have it (gRPC NotFound).
pub async fn tx(rpc: &Rpc, node: &FullNode, hash: &str) -> Result<Option<Value>, DispatchError> {
    match query(rpc, node, &routes::tx(hash), "the transaction").await {
        Ok(v) => Ok(Some(v)),
        Err(DispatchError::Refused { code: Some(5), .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Escapes a query value (addresses and service ids are plain, but a user may type anything).
fn query_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn path_escape(s: &str) -> String {
    query_escape(s)
}

/// A supplier of a session as pgw shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SupplierView {
    pub operator_address: String,
    pub owner_address: String,
    /// The operator's compressed secp256k1 key (66 hex characters); `None`: none on chain.
    pub public_key: Option<String>,
    pub stake: rest::Coin,
    pub endpoints: Vec<rest::Endpoint>,
}

/// Everything `pgw dispatch` on Shannon learns: the session, the window and the suppliers' keys.
#[derive(Debug, Clone)]
pub struct ShannonSession {
    pub source: String,
    pub block_height: i64,
    pub session: Session,
    pub params: SharedParams,
    pub suppliers: Vec<SupplierView>,
    /// The app's ring at the session end (delegated gateways, incl. pending undelegations).
    pub ring_gateways: Vec<String>,
    /// The previous session's header while its grace period still runs (the height is at most
    /// its end plus `grace_period_end_offset_blocks`): relay miners still accept it, as PATH's
    /// `GetSessionWithExtendedValidity` uses it around a rollover.
    pub previous: Option<SessionHeader>,
}

impl ShannonSession {
    /// The last height at which a relay miner still accepts this session.
    pub fn grace_end_height(&self) -> i64 {
        self.session.header.session_end_block_height + self.params.grace_period_end_offset_blocks as i64
    }

    /// The suppliers that have no public key on chain.
    pub fn keyless_suppliers(&self) -> Vec<&str> {
        self.suppliers
            .iter()
            .filter(|s| s.public_key.is_none())
            .map(|s| s.operator_address.as_str())
            .collect()
    }

    /// The neutral session (see [`to_dispatch`]) for the JSON-RPC endpoints, with the grace
    /// period relay miners give it.
    pub fn dispatch(&self) -> Dispatch {
        let mut dispatch = to_dispatch(self.block_height, &self.session, &self.suppliers, RpcType::JsonRpc);
        if let Some(part) = dispatch.session.shannon.as_mut() {
            part.grace_blocks = self.params.grace_period_end_offset_blocks as i64;
        }
        dispatch
    }
}

/// The session of an app on a service, as pgw uses it: the node's height, `get_session` at it,
/// the shared params, and each supplier's public key (fetched at once).
pub async fn fetch_session(
    rpc: &Rpc,
    node: &FullNode,
    app: &str,
    service: &str,
) -> Result<ShannonSession, DispatchError> {
    if let Err(e) = decode_address(app) {
        return Err(DispatchError::Refused { code: None, message: format!("the app address {app:?}: {e}") });
    }
    let (height, params) = tokio::try_join!(latest_height(rpc, node), shared_params(rpc, node))?;
    let session = get_session(rpc, node, app, service, height).await?;
    if session.suppliers.len() > MAX_SESSION_NODES {
        return Err(unavailable(
            "the session",
            &node.rest,
            format!(
                "it lists {} suppliers; pgw accepts at most {MAX_SESSION_NODES}",
                session.suppliers.len()
            ),
        ));
    }
    let mut keys = tokio::task::JoinSet::new();
    for (index, s) in session.suppliers.iter().enumerate() {
        let (rpc, node, address) = (rpc.clone(), node.clone(), s.operator_address.clone());
        keys.spawn(async move { (index, account_key(&rpc, &node, &address).await) });
    }
    let mut found = BTreeMap::new();
    for (index, key) in keys.join_all().await {
        found.insert(index, key?);
    }
    let suppliers = session
        .suppliers
        .iter()
        .enumerate()
        .map(|(i, s)| SupplierView {
            operator_address: s.operator_address.clone(),
            owner_address: s.owner_address.clone(),
            public_key: found.get(&i).cloned().flatten().map(|k| k.to_string()),
            stake: s.stake.clone(),
            endpoints: s.services.get(&session.header.service_id).cloned().unwrap_or_default(),
        })
        .collect();
    let end = relay::session_end_height(
        params.num_blocks_per_session as i64,
        params.session_grid_anchor_height as i64,
        session.header.session_end_block_height,
    );
    let ring_gateways = relay::ring_gateways_at_session_end(
        &session.application.delegatee_gateway_addresses,
        &session.application.pending_undelegations,
        end.max(0) as u64,
    );
    // Within the grace period of the previous session, fetch it too (PATH does).
    let start = session.header.session_start_block_height;
    let previous = if start > 1 && height <= start - 1 + params.grace_period_end_offset_blocks as i64 {
        get_session(rpc, node, app, service, start - 1).await.ok().map(|s| s.header)
    } else {
        None
    };
    Ok(ShannonSession {
        source: node.rest.clone(),
        block_height: height,
        session,
        params,
        suppliers,
        ring_gateways,
        previous,
    })
}

/// A Shannon session as the network's neutral session: node address = supplier operator
/// address, public key = its compressed key (66 hex; empty when none is on chain), service URL
/// = its endpoint for `rpc_type`, session key = session id, chain = service id, app public key
/// = app address, session height = the session's first block. Suppliers without an endpoint of
/// that type, or without a valid public key on chain (nothing could verify their answers), are
/// left out; [`ShannonSession::keyless_suppliers`] names the latter.
pub fn to_dispatch(
    block_height: i64,
    session: &Session,
    suppliers: &[SupplierView],
    rpc_type: RpcType,
) -> Dispatch {
    let h = &session.header;
    let mut rest = BTreeMap::new();
    let nodes = suppliers
        .iter()
        .filter_map(|s| {
            let endpoint = s.endpoints.iter().find(|e| e.rpc_type == rpc_type)?;
            let public_key = shannon_node_key(s.public_key.as_deref()?).ok()?;
            if rpc_type == RpcType::JsonRpc
                && let Some(e) = s.endpoints.iter().find(|e| e.rpc_type == RpcType::Rest)
            {
                rest.insert(s.operator_address.clone(), e.url.clone());
            }
            Some(SessionNode {
                address: s.operator_address.clone(),
                public_key,
                service_url: endpoint.url.clone(),
                jailed: false,
                chains: vec![h.service_id.clone()],
                stake: s.stake.amount.clone(),
            })
        })
        .collect();
    Dispatch {
        block_height,
        session: NeutralSession {
            app_public_key: h.application_address.clone(),
            chain: h.service_id.clone(),
            session_height: h.session_start_block_height,
            key: h.session_id.clone(),
            nodes,
            shannon: Some(ShannonPart {
                end_height: h.session_end_block_height,
                ring: Vec::new(),
                rest,
                grace_blocks: 0,
            }),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::shannon::rest::{Coin, Endpoint};
    use crate::protocol::shannon::wire::tests::{V6_APP, V6_SUPPLIER, v6_header};

    #[test]
    fn shannon_sessions_become_neutral_sessions() {
        let session = Session {
            header: v6_header(),
            session_id: v6_header().session_id,
            session_number: 1,
            num_blocks_per_session: 60,
            application: Application { address: V6_APP.into(), ..Application::default() },
            suppliers: vec![],
        };
        let key = "03f443bb7c2209423949f8e75adbe26627f4427aae287cb2091c30e7f28bc6d8a4";
        let suppliers = vec![
            SupplierView {
                operator_address: V6_SUPPLIER.into(),
                owner_address: V6_SUPPLIER.into(),
                public_key: Some(key.into()),
                stake: Coin::upokt(7),
                endpoints: vec![
                    Endpoint { url: "http://127.0.0.1:9/rest".into(), rpc_type: RpcType::Rest },
                    Endpoint { url: "http://127.0.0.1:9/".into(), rpc_type: RpcType::JsonRpc },
                ],
            },
            SupplierView {
                operator_address: "pokt1other".into(),
                owner_address: "pokt1other".into(),
                public_key: None,
                stake: Coin::upokt(7),
                endpoints: vec![Endpoint { url: "ws://x".into(), rpc_type: RpcType::Websocket }],
            },
        ];
        let d = to_dispatch(1010, &session, &suppliers, RpcType::JsonRpc);
        assert_eq!(d.block_height, 1010);
        assert_eq!(d.session.session_height, 1001);
        assert_eq!(d.session.app_public_key, V6_APP);
        assert_eq!(d.session.chain, "eth");
        assert_eq!(d.session.key, "ab".repeat(32));
        assert_eq!(d.session.nodes.len(), 1);
        let n = &d.session.nodes[0];
        assert_eq!((n.address.as_str(), n.public_key.as_str()), (V6_SUPPLIER, key));
        assert_eq!(n.service_url, "http://127.0.0.1:9/");
        assert_eq!(n.public_key.len(), 66);
        assert_eq!(n.stake, "7");
        // Cached, it stays current until the next session starts (start + blocks per session).
        let now = crate::network::cache::now_ms();
        let entry = crate::network::cache::Entry::new("fn", d.clone(), Some(60), now);
        assert!(entry.is_current(now, None));
        let mut later = d.clone();
        later.block_height = 1061;
        assert!(!crate::network::cache::Entry::new("fn", later, Some(60), now).is_current(now, None));
        // The keyless supplier is left out.
        assert!(to_dispatch(1, &session, &suppliers, RpcType::Websocket).session.nodes.is_empty());
        assert_eq!(query_escape("pokt1a b&c"), "pokt1a%20b%26c");
    }
}
