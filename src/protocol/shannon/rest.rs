//! The full node's answers as poktroll's gRPC gateway writes them (Cosmos JSONPb: original
//! snake_case field names, defaults emitted, int64/uint64 as decimal strings, enums by name,
//! bytes as base64): the session, application, gateway, account, shared params and heights.
//! Read here for the client, written here for the devnet's full node, so both agree. Pure.

use std::collections::BTreeMap;

use base64::Engine;
use serde_json::{Map, Value, json};

use super::keys::PublicKey;
use super::wire::SessionHeader;

/// poktroll `RPCType` (proto/pocket/shared/service.proto).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RpcType {
    UnknownRpc,
    Grpc,
    Websocket,
    JsonRpc,
    Rest,
    CometBft,
}

impl RpcType {
    pub const ALL: [RpcType; 6] = [
        RpcType::UnknownRpc,
        RpcType::Grpc,
        RpcType::Websocket,
        RpcType::JsonRpc,
        RpcType::Rest,
        RpcType::CometBft,
    ];

    /// The enum's number, as the `Rpc-Type` header carries it.
    pub fn number(self) -> i32 {
        self as i32
    }

    /// The enum's name, as JSON carries it.
    pub fn name(self) -> &'static str {
        match self {
            RpcType::UnknownRpc => "UNKNOWN_RPC",
            RpcType::Grpc => "GRPC",
            RpcType::Websocket => "WEBSOCKET",
            RpcType::JsonRpc => "JSON_RPC",
            RpcType::Rest => "REST",
            RpcType::CometBft => "COMET_BFT",
        }
    }

    /// From JSON: the name, or (as jsonpb also accepts) the number.
    pub fn from_json(value: &Value) -> Result<RpcType, String> {
        let found = match value {
            Value::String(s) => RpcType::ALL.into_iter().find(|t| t.name() == s),
            Value::Number(n) => {
                n.as_i64().and_then(|n| RpcType::ALL.into_iter().find(|t| t.number() as i64 == n))
            }
            _ => None,
        };
        found.ok_or_else(|| format!("rpc_type {value} is not one of poktroll's RPC types"))
    }
}

impl std::fmt::Display for RpcType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A `cosmos.base.v1beta1.Coin`.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Coin {
    pub denom: String,
    pub amount: String,
}

impl Coin {
    pub fn upokt(amount: u128) -> Coin {
        Coin { denom: "upokt".into(), amount: amount.to_string() }
    }
}

/// `SupplierEndpoint`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Endpoint {
    pub url: String,
    pub rpc_type: RpcType,
}

/// A `Supplier` as a hydrated session lists it: its service config for the session's service.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Supplier {
    pub owner_address: String,
    pub operator_address: String,
    pub stake: Coin,
    /// Service id → endpoints.
    pub services: BTreeMap<String, Vec<Endpoint>>,
}

impl Supplier {
    /// The endpoint for `service` and `rpc_type`.
    pub fn endpoint(&self, service: &str, rpc_type: RpcType) -> Option<&Endpoint> {
        self.services.get(service)?.iter().find(|e| e.rpc_type == rpc_type)
    }
}

/// An `Application`.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Application {
    pub address: String,
    pub stake: Coin,
    pub service_ids: Vec<String>,
    pub delegatee_gateway_addresses: Vec<String>,
    /// Height the undelegation was recorded at → the gateways undelegated then.
    pub pending_undelegations: BTreeMap<u64, Vec<String>>,
    pub unstake_session_end_height: u64,
}

/// A `Gateway`.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Gateway {
    pub address: String,
    pub stake: Coin,
    pub unstake_session_end_height: u64,
}

/// A hydrated `Session`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub header: SessionHeader,
    pub session_id: String,
    pub session_number: i64,
    pub num_blocks_per_session: i64,
    pub application: Application,
    pub suppliers: Vec<Supplier>,
}

/// The shared params pgw uses (`pocket.shared.Params`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct SharedParams {
    pub num_blocks_per_session: u64,
    pub grace_period_end_offset_blocks: u64,
    pub claim_window_open_offset_blocks: u64,
    pub claim_window_close_offset_blocks: u64,
    pub proof_window_open_offset_blocks: u64,
    pub proof_window_close_offset_blocks: u64,
    pub session_grid_anchor_height: u64,
}

impl Default for SharedParams {
    /// poktroll's defaults (x/shared/types/params.go).
    fn default() -> Self {
        SharedParams {
            num_blocks_per_session: 10,
            grace_period_end_offset_blocks: 1,
            claim_window_open_offset_blocks: 1,
            claim_window_close_offset_blocks: 4,
            proof_window_open_offset_blocks: 0,
            proof_window_close_offset_blocks: 4,
            session_grid_anchor_height: 0,
        }
    }
}

/// An account from `/cosmos/auth/v1beta1/accounts/{address}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub address: String,
    /// `None` until the account has signed a transaction.
    pub public_key: Option<PublicKey>,
    pub account_number: u64,
    pub sequence: u64,
}

type Obj = Map<String, Value>;

fn object<'a>(value: &'a Value, what: &str) -> Result<&'a Obj, String> {
    value.as_object().ok_or_else(|| format!("{what} is not a JSON object"))
}

fn child<'a>(obj: &'a Obj, key: &str, what: &str) -> Result<&'a Value, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Err(format!("{what} has no {key}")),
        Some(v) => Ok(v),
    }
}

fn string(obj: &Obj, key: &str) -> Result<String, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(other) => Err(format!("{key} is {other}, not a string")),
    }
}

fn int<T: std::str::FromStr + Default>(obj: &Obj, key: &str) -> Result<T, String> {
    let text = match obj.get(key) {
        None | Some(Value::Null) => return Ok(T::default()),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => return Err(format!("{key} is {other}, not a whole number")),
    };
    text.trim().parse().map_err(|_| format!("{key} is {text:?}, not a whole number"))
}

fn strings(obj: &Obj, key: &str) -> Result<Vec<String>, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(vec![]),
        Some(Value::Array(list)) => list
            .iter()
            .map(|v| v.as_str().map(str::to_string).ok_or_else(|| format!("{key} holds {v}, not a string")))
            .collect(),
        Some(other) => Err(format!("{key} is {other}, not a list")),
    }
}

fn list<'a>(obj: &'a Obj, key: &str) -> Result<&'a [Value], String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(list)) => Ok(list),
        Some(other) => Err(format!("{key} is {other}, not a list")),
    }
}

fn coin(obj: &Obj, key: &str) -> Result<Coin, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(Coin::default()),
        Some(v) => {
            let o = object(v, key)?;
            Ok(Coin { denom: string(o, "denom")?, amount: string(o, "amount")? })
        }
    }
}

fn coin_json(c: &Coin) -> Value {
    json!({ "denom": c.denom, "amount": c.amount })
}

/// A session header's JSON (int64 as strings).
pub fn header_json(h: &SessionHeader) -> Value {
    json!({
        "application_address": h.application_address,
        "service_id": h.service_id,
        "session_id": h.session_id,
        "session_start_block_height": h.session_start_block_height.to_string(),
        "session_end_block_height": h.session_end_block_height.to_string(),
    })
}

/// An application from its JSON object.
pub fn application_from_json(value: &Value) -> Result<Application, String> {
    let o = object(value, "the application")?;
    let service_ids = list(o, "service_configs")?
        .iter()
        .map(|c| c.get("service_id").and_then(Value::as_str).map(str::to_string))
        .collect::<Option<Vec<_>>>()
        .ok_or("an application service config has no service_id")?;
    let mut pending_undelegations = BTreeMap::new();
    match o.get("pending_undelegations") {
        None | Some(Value::Null) => {}
        Some(Value::Object(map)) => {
            for (height, entry) in map {
                let height: u64 = height
                    .parse()
                    .map_err(|_| format!("pending_undelegations has the key {height:?}, not a height"))?;
                let entry = object(entry, "a pending undelegation")?;
                pending_undelegations.insert(height, strings(entry, "gateway_addresses")?);
            }
        }
        Some(other) => return Err(format!("pending_undelegations is {other}, not a map")),
    }
    Ok(Application {
        address: string(o, "address")?,
        stake: coin(o, "stake")?,
        service_ids,
        delegatee_gateway_addresses: strings(o, "delegatee_gateway_addresses")?,
        pending_undelegations,
        unstake_session_end_height: int(o, "unstake_session_end_height")?,
    })
}

pub fn application_json(a: &Application) -> Value {
    let pending: Map<String, Value> = a
        .pending_undelegations
        .iter()
        .map(|(h, list)| (h.to_string(), json!({ "gateway_addresses": list })))
        .collect();
    json!({
        "address": a.address,
        "stake": coin_json(&a.stake),
        "service_configs": a.service_ids.iter().map(|s| json!({ "service_id": s })).collect::<Vec<_>>(),
        "delegatee_gateway_addresses": a.delegatee_gateway_addresses,
        "pending_undelegations": pending,
        "unstake_session_end_height": a.unstake_session_end_height.to_string(),
        "pending_transfer": null,
        "per_session_spend_limit": null,
        "service_config_history": [],
    })
}

/// `{"application":{…}}`.
pub fn application_response_from_json(value: &Value) -> Result<Application, String> {
    let o = object(value, "the application answer")?;
    application_from_json(child(o, "application", "the application answer")?)
}

fn supplier_from_json(value: &Value) -> Result<Supplier, String> {
    let o = object(value, "a supplier")?;
    let mut services = BTreeMap::new();
    for config in list(o, "services")? {
        let c = object(config, "a supplier service config")?;
        let mut endpoints = Vec::new();
        for e in list(c, "endpoints")? {
            let e = object(e, "a supplier endpoint")?;
            let rpc_type = RpcType::from_json(e.get("rpc_type").unwrap_or(&Value::Null))?;
            endpoints.push(Endpoint { url: string(e, "url")?, rpc_type });
        }
        services.insert(string(c, "service_id")?, endpoints);
    }
    let operator_address = string(o, "operator_address")?;
    if operator_address.is_empty() {
        return Err("a supplier has no operator_address".into());
    }
    Ok(Supplier {
        owner_address: string(o, "owner_address")?,
        operator_address,
        stake: coin(o, "stake")?,
        services,
    })
}

pub fn supplier_json(s: &Supplier) -> Value {
    let services: Vec<Value> = s
        .services
        .iter()
        .map(|(id, endpoints)| {
            json!({
                "service_id": id,
                "endpoints": endpoints.iter().map(|e| json!({
                    "url": e.url, "rpc_type": e.rpc_type.name(), "configs": [],
                })).collect::<Vec<_>>(),
                "rev_share": [{ "address": s.owner_address, "rev_share_percentage": "100" }],
            })
        })
        .collect();
    json!({
        "owner_address": s.owner_address,
        "operator_address": s.operator_address,
        "stake": coin_json(&s.stake),
        "services": services,
        "unstake_session_end_height": "0",
        "service_config_history": [],
    })
}

/// A get_session answer (`{"session":{…}}`).
pub fn session_from_json(value: &Value) -> Result<Session, String> {
    let top = object(value, "the get_session answer")?;
    let s = object(child(top, "session", "the get_session answer")?, "session")?;
    let header = super::session::header_from_json(child(s, "header", "session")?)
        .map_err(|e| format!("session.header: {e}"))?;
    let application = application_from_json(child(s, "application", "session")?)
        .map_err(|e| format!("session.application: {e}"))?;
    let suppliers = list(s, "suppliers")?
        .iter()
        .map(supplier_from_json)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("session.suppliers: {e}"))?;
    Ok(Session {
        header,
        session_id: string(s, "session_id")?,
        session_number: int(s, "session_number")?,
        num_blocks_per_session: int(s, "num_blocks_per_session")?,
        application,
        suppliers,
    })
}

pub fn session_json(s: &Session) -> Value {
    json!({
        "session": {
            "header": header_json(&s.header),
            "session_id": s.session_id,
            "session_number": s.session_number.to_string(),
            "num_blocks_per_session": s.num_blocks_per_session.to_string(),
            "application": application_json(&s.application),
            "suppliers": s.suppliers.iter().map(supplier_json).collect::<Vec<_>>(),
        }
    })
}

/// `{"gateway":{…}}`.
pub fn gateway_response_from_json(value: &Value) -> Result<Gateway, String> {
    let o = object(value, "the gateway answer")?;
    let g = object(child(o, "gateway", "the gateway answer")?, "gateway")?;
    Ok(Gateway {
        address: string(g, "address")?,
        stake: coin(g, "stake")?,
        unstake_session_end_height: int(g, "unstake_session_end_height")?,
    })
}

pub fn gateway_json(g: &Gateway) -> Value {
    json!({ "gateway": {
        "address": g.address,
        "stake": coin_json(&g.stake),
        "unstake_session_end_height": g.unstake_session_end_height.to_string(),
    }})
}

/// `{"params":{…}}` of `/pokt-network/poktroll/shared/params`.
pub fn shared_params_from_json(value: &Value) -> Result<SharedParams, String> {
    let o = object(value, "the shared params answer")?;
    let p = object(child(o, "params", "the shared params answer")?, "params")?;
    let params = SharedParams {
        num_blocks_per_session: int(p, "num_blocks_per_session")?,
        grace_period_end_offset_blocks: int(p, "grace_period_end_offset_blocks")?,
        claim_window_open_offset_blocks: int(p, "claim_window_open_offset_blocks")?,
        claim_window_close_offset_blocks: int(p, "claim_window_close_offset_blocks")?,
        proof_window_open_offset_blocks: int(p, "proof_window_open_offset_blocks")?,
        proof_window_close_offset_blocks: int(p, "proof_window_close_offset_blocks")?,
        session_grid_anchor_height: int(p, "session_grid_anchor_height")?,
    };
    if params.num_blocks_per_session == 0 {
        return Err("params.num_blocks_per_session is 0 (expected the blocks of one session)".into());
    }
    Ok(params)
}

pub fn shared_params_json(p: &SharedParams) -> Value {
    json!({ "params": {
        "num_blocks_per_session": p.num_blocks_per_session.to_string(),
        "grace_period_end_offset_blocks": p.grace_period_end_offset_blocks.to_string(),
        "claim_window_open_offset_blocks": p.claim_window_open_offset_blocks.to_string(),
        "claim_window_close_offset_blocks": p.claim_window_close_offset_blocks.to_string(),
        "proof_window_open_offset_blocks": p.proof_window_open_offset_blocks.to_string(),
        "proof_window_close_offset_blocks": p.proof_window_close_offset_blocks.to_string(),
        "supplier_unbonding_period_sessions": "1",
        "application_unbonding_period_sessions": "1",
        "gateway_unbonding_period_sessions": "1",
        "compute_units_to_tokens_multiplier": "42",
        "compute_unit_cost_granularity": "1000000",
        "session_grid_anchor_height": p.session_grid_anchor_height.to_string(),
        "session_number_at_anchor": "0",
    }})
}

/// The type URL of a base account and of its secp256k1 key.
pub const BASE_ACCOUNT: &str = "/cosmos.auth.v1beta1.BaseAccount";
pub const SECP256K1_PUBKEY: &str = "/cosmos.crypto.secp256k1.PubKey";

/// `{"account":{…}}`: a base account, or a vesting/module account nesting one.
pub fn account_from_json(value: &Value) -> Result<Account, String> {
    let o = object(value, "the account answer")?;
    let mut account = object(child(o, "account", "the account answer")?, "account")?;
    // Vesting accounts: {base_vesting_account:{base_account:{…}}}; module accounts: {base_account}.
    for key in ["base_vesting_account", "base_account"] {
        if let Some(Value::Object(inner)) = account.get(key) {
            account = inner;
        }
    }
    if let Some(Value::Object(inner)) = account.get("base_account") {
        account = inner;
    }
    let public_key = match account.get("pub_key") {
        None | Some(Value::Null) => None,
        Some(Value::Object(k)) => {
            let kind = string(k, "@type")?;
            if kind != SECP256K1_PUBKEY {
                return Err(format!("the account's pub_key is a {kind:?}, not a {SECP256K1_PUBKEY:?}"));
            }
            let b64 = string(k, "key")?;
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(b64.as_bytes())
                .map_err(|_| format!("the account's pub_key.key {b64:?} is not base64"))?;
            Some(PublicKey::from_bytes("the account's public key", &bytes).map_err(|e| e.to_string())?)
        }
        Some(other) => return Err(format!("pub_key is {other}, not an object")),
    };
    Ok(Account {
        address: string(account, "address")?,
        public_key,
        account_number: int(account, "account_number")?,
        sequence: int(account, "sequence")?,
    })
}

pub fn account_json(a: &Account) -> Value {
    let pub_key = a.public_key.as_ref().map(|k| {
        json!({
            "@type": SECP256K1_PUBKEY,
            "key": base64::engine::general_purpose::STANDARD.encode(k.to_bytes()),
        })
    });
    json!({ "account": {
        "@type": BASE_ACCOUNT,
        "address": a.address,
        "pub_key": pub_key,
        "account_number": a.account_number.to_string(),
        "sequence": a.sequence.to_string(),
    }})
}

/// CometBFT `/status`: `result.sync_info.latest_block_height`.
pub fn status_height(value: &Value) -> Result<i64, String> {
    let sync = value
        .get("result")
        .and_then(|r| r.get("sync_info"))
        .and_then(Value::as_object)
        .ok_or("the /status answer has no result.sync_info")?;
    let height: i64 = int(sync, "latest_block_height")?;
    if height <= 0 {
        return Err(format!("result.sync_info.latest_block_height is {height}, not a block height"));
    }
    Ok(height)
}

/// CometBFT `/status` for a chain at `height`.
pub fn status_json(network: &str, height: i64, block_hash: &[u8; 32], catching_up: bool) -> Value {
    json!({
        "jsonrpc": "2.0",
        "id": -1,
        "result": {
            "node_info": { "network": network, "version": "0.38.17", "moniker": "pgw-devnet" },
            "sync_info": {
                "latest_block_hash": hex::encode_upper(block_hash),
                "latest_block_height": height.to_string(),
                "latest_block_time": "2026-01-01T00:00:00Z",
                "catching_up": catching_up,
            },
        },
    })
}

/// REST `/cosmos/base/tendermint/v1beta1/blocks/latest`: `block.header.height`.
pub fn latest_block_height(value: &Value) -> Result<i64, String> {
    let header = value
        .get("sdk_block")
        .or_else(|| value.get("block"))
        .and_then(|b| b.get("header"))
        .and_then(Value::as_object)
        .ok_or("the latest block answer has no block.header")?;
    let height: i64 = int(header, "height")?;
    if height <= 0 {
        return Err(format!("block.header.height is {height}, not a block height"));
    }
    Ok(height)
}

pub fn latest_block_json(network: &str, height: i64) -> Value {
    let header = json!({ "chain_id": network, "height": height.to_string(), "time": "2026-01-01T00:00:00Z" });
    json!({ "block_id": null, "block": { "header": header }, "sdk_block": { "header": header } })
}

/// A gRPC-gateway error body: `{"code":5,"message":"…","details":[]}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GatewayError {
    /// The gRPC status code (3 InvalidArgument, 5 NotFound, 13 Internal…).
    pub code: i64,
    pub message: String,
}

pub fn gateway_error_from_json(value: &Value) -> Option<GatewayError> {
    let o = value.as_object()?;
    Some(GatewayError { code: o.get("code")?.as_i64()?, message: o.get("message")?.as_str()?.to_string() })
}

pub fn gateway_error_json(code: i64, message: &str) -> Value {
    json!({ "code": code, "message": message, "details": [] })
}

/// The HTTP status grpc-gateway gives a gRPC code.
pub fn http_status_of(code: i64) -> u16 {
    match code {
        3 | 9 | 11 => 400,
        5 => 404,
        6 | 10 => 409,
        7 => 403,
        16 => 401,
        8 => 429,
        12 => 501,
        14 => 503,
        4 => 504,
        _ => 500,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::shannon::wire::tests::{V6_APP, V6_SUPPLIER, v6_header};

    fn session() -> Session {
        let mut pending = BTreeMap::new();
        pending.insert(1060, vec!["pokt1gw2".to_string()]);
        Session {
            header: v6_header(),
            session_id: v6_header().session_id,
            session_number: 101,
            num_blocks_per_session: 60,
            application: Application {
                address: V6_APP.into(),
                stake: Coin::upokt(100_000_000),
                service_ids: vec!["eth".into()],
                delegatee_gateway_addresses: vec!["pokt1gw1".into()],
                pending_undelegations: pending,
                unstake_session_end_height: 0,
            },
            suppliers: vec![Supplier {
                owner_address: V6_SUPPLIER.into(),
                operator_address: V6_SUPPLIER.into(),
                stake: Coin::upokt(1_000_000),
                services: [(
                    "eth".to_string(),
                    vec![
                        Endpoint { url: "http://127.0.0.1:1/".into(), rpc_type: RpcType::JsonRpc },
                        Endpoint { url: "http://127.0.0.1:1/rest".into(), rpc_type: RpcType::Rest },
                    ],
                )]
                .into(),
            }],
        }
    }

    #[test]
    fn sessions_round_trip_through_poktroll_json() {
        let s = session();
        let value = session_json(&s);
        let text = value.to_string();
        assert!(text.contains(r#""session_start_block_height":"1001""#), "{text}");
        assert!(text.contains(r#""rpc_type":"JSON_RPC""#));
        assert!(text.contains(r#""pending_undelegations":{"1060":{"gateway_addresses":["pokt1gw2"]}}"#));
        assert!(text.contains(r#""num_blocks_per_session":"60""#));
        assert_eq!(session_from_json(&value).unwrap(), s);
        let supplier = &s.suppliers[0];
        assert_eq!(supplier.endpoint("eth", RpcType::Rest).unwrap().url, "http://127.0.0.1:1/rest");
        assert_eq!(supplier.endpoint("eth", RpcType::Grpc), None);
    }

    #[test]
    fn bad_sessions_say_what_is_missing() {
        assert_eq!(session_from_json(&json!({})).unwrap_err(), "the get_session answer has no session");
        assert_eq!(session_from_json(&json!([])).unwrap_err(), "the get_session answer is not a JSON object");
        let mut v = session_json(&session());
        v["session"]["suppliers"][0]["services"][0]["endpoints"][0]["rpc_type"] = json!("SOAP");
        assert_eq!(
            session_from_json(&v).unwrap_err(),
            "session.suppliers: rpc_type \"SOAP\" is not one of poktroll's RPC types"
        );
        let mut v = session_json(&session());
        v["session"]["header"]["session_end_block_height"] = json!("x");
        assert_eq!(
            session_from_json(&v).unwrap_err(),
            "session.header: session_end_block_height is \"x\", not a whole number"
        );
    }

    #[test]
    fn rpc_types_read_names_and_numbers() {
        assert_eq!(RpcType::from_json(&json!("JSON_RPC")).unwrap(), RpcType::JsonRpc);
        assert_eq!(RpcType::from_json(&json!(4)).unwrap(), RpcType::Rest);
        assert_eq!(RpcType::JsonRpc.number(), 3);
        assert_eq!(RpcType::CometBft.name(), "COMET_BFT");
    }

    #[test]
    fn accounts_carry_their_key_or_none() {
        let key =
            PublicKey::from_hex("k", "0397896e9b106df70124a856861cc9be52fac9980e2c7a118a36c19d0198692cc5")
                .unwrap();
        let a = Account { address: key.address(), public_key: Some(key), account_number: 7, sequence: 2 };
        let v = account_json(&a);
        assert_eq!(v["account"]["pub_key"]["key"], "A5eJbpsQbfcBJKhWhhzJvlL6yZgOLHoRijbBnQGYaSzF");
        assert_eq!(v["account"]["account_number"], "7");
        assert_eq!(account_from_json(&v).unwrap(), a);
        let none = Account { public_key: None, ..a.clone() };
        assert_eq!(account_from_json(&account_json(&none)).unwrap().public_key, None);
        let vesting = json!({"account": {"@type": "/cosmos.vesting.v1beta1.ContinuousVestingAccount",
            "base_vesting_account": {"base_account": v["account"].clone()}}});
        assert_eq!(account_from_json(&vesting).unwrap(), a);
        let mut ed = v.clone();
        ed["account"]["pub_key"]["@type"] = json!("/cosmos.crypto.ed25519.PubKey");
        assert!(account_from_json(&ed).unwrap_err().contains("not a \"/cosmos.crypto.secp256k1.PubKey\""));
    }

    #[test]
    fn heights_params_and_errors() {
        assert_eq!(status_height(&status_json("pocket", 1234, &[0; 32], false)).unwrap(), 1234);
        assert_eq!(latest_block_height(&latest_block_json("pocket", 99)).unwrap(), 99);
        assert_eq!(
            status_height(&json!({"result": {}})).unwrap_err(),
            "the /status answer has no result.sync_info"
        );
        let p = SharedParams { num_blocks_per_session: 4, ..SharedParams::default() };
        assert_eq!(shared_params_json(&p)["params"]["grace_period_end_offset_blocks"], "1");
        assert_eq!(shared_params_from_json(&shared_params_json(&p)).unwrap(), p);
        let g = Gateway { address: "pokt1g".into(), stake: Coin::upokt(5), unstake_session_end_height: 0 };
        assert_eq!(gateway_response_from_json(&gateway_json(&g)).unwrap(), g);
        let e = gateway_error_json(5, "not found");
        assert_eq!(gateway_error_from_json(&e), Some(GatewayError { code: 5, message: "not found".into() }));
        assert_eq!((http_status_of(5), http_status_of(13), http_status_of(3)), (404, 500, 400));
    }
}
