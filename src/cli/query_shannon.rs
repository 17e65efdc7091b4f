//! `pgw query … --protocol shannon`: the full node's cosmos and poktroll REST routes, as
//! tables or the node's JSON (SHANNON.md §3.1, docs/stake.md).

use serde_json::{Value, json};

use super::Ctx;
use crate::error::{EXIT_DISPATCH, EXIT_REFUSED, Error, Result};
use crate::network::config::Settings;
use crate::network::fullnode::{self, FullNode, routes};
use crate::network::rpc::{DispatchError, Rpc};
use crate::output::table;
use crate::protocol::amount::Amount;
use crate::protocol::shannon::keys::decode_address;

/// Where Shannon queries go: the profile's (or --full-node) full nodes, tried in order while
/// they fail; a refusal is an answer and is not asked elsewhere.
pub struct Nodes {
    pub rpc: Rpc,
    pub nodes: Vec<FullNode>,
}

impl Nodes {
    pub fn connect(settings: &Settings) -> Result<Nodes> {
        let rpc = Rpc::new(settings.connect_timeout.value, settings.timeout.value).map_err(Error::usage)?;
        if settings.dispatchers.value.is_empty() {
            return Err(Error::usage(
                "no full node: pass --full-node URL or use a Shannon profile (--profile shannon-mainnet, shannon-testnet or local-shannon)",
            ));
        }
        let nodes = settings
            .dispatchers
            .value
            .iter()
            .enumerate()
            .map(|(i, url)| {
                let mut node = FullNode::new(url);
                if i == 0 && settings.dispatchers.source == settings.cometbft.source {
                    node.comet = settings.cometbft.value.clone();
                }
                node
            })
            .collect();
        Ok(Nodes { rpc, nodes })
    }

    /// Runs `f` against each full node until one answers.
    pub async fn ask<T, F, Fut>(&self, what: &str, f: F) -> Result<T>
    where
        F: Fn(Rpc, FullNode) -> Fut,
        Fut: std::future::Future<Output = std::result::Result<T, DispatchError>>,
    {
        let mut last = None;
        for node in &self.nodes {
            match f(self.rpc.clone(), node.clone()).await {
                Ok(v) => return Ok(v),
                Err(e @ DispatchError::Refused { .. }) => return Err(node_error(what, e)),
                Err(e) => last = Some(e),
            }
        }
        Err(node_error(what, last.unwrap_or(DispatchError::Unavailable("no full node is configured".into()))))
    }

    /// GETs a route's JSON from the first full node that answers.
    pub async fn get(&self, route: &str, what: &str) -> Result<Value> {
        self.ask(what, |rpc, node| {
            let route = route.to_string();
            let what = what.to_string();
            async move { fullnode::query(&rpc, &node, &route, &what).await }
        })
        .await
    }
}

/// A full node's failure as pgw's error: refused (exit 9, with the gRPC code) or unreachable
/// (exit 5).
pub fn node_error(what: &str, e: DispatchError) -> Error {
    match e {
        DispatchError::Refused { code, message } => Error::Network {
            kind: "refused",
            exit: EXIT_REFUSED,
            message: format!(
                "the full node refused {what}{}: {message}",
                code.map(|c| format!(" (gRPC code {c})")).unwrap_or_default()
            ),
            details: code.map(|c| json!({ "grpc_code": c })),
        },
        DispatchError::Unavailable(message) => Error::Network {
            kind: "unreachable",
            exit: EXIT_DISPATCH,
            message: format!("no full node answered: {message}"),
            details: None,
        },
    }
}

/// A pokt1 address, or a Shannon keystore key's name (no passphrase needed).
pub fn address_of(ctx: &Ctx, text: &str) -> Result<String> {
    let text = text.trim();
    if text.starts_with("pokt1") {
        decode_address(text).map_err(|e| Error::usage(format!("{text:?}: {e}")))?;
        return Ok(text.to_string());
    }
    let store = crate::keystore::Keystore::open(&ctx.home()?)?;
    match store.find(text) {
        Ok(info) => {
            info.expect_protocol(crate::keystore::KeyProtocol::Shannon)?;
            Ok(info.address)
        }
        Err(
            crate::keystore::KeystoreError::NotFound { .. }
            | crate::keystore::KeystoreError::InvalidName { .. },
        ) => Err(Error::usage(format!(
            "{text:?} is neither a Shannon address (pokt1…) nor a keystore key name (see `pgw keys list`)"
        ))),
        Err(e) => Err(e.into()),
    }
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) if s.is_empty() => "-".into(),
        Value::String(s) => s.clone(),
        Value::Null => "-".into(),
        other => other.to_string(),
    }
}

/// A `Coin` as people read it: POKT for upokt, else amount and denom.
pub fn coin_text(v: &Value) -> String {
    let amount = v["amount"].as_str().unwrap_or("");
    match (v["denom"].as_str(), amount.parse::<u64>()) {
        (Some("upokt"), Ok(n)) => Amount::upokt(n).to_string(),
        (Some(denom), _) if !amount.is_empty() => format!("{amount}{denom}"),
        _ => "-".into(),
    }
}

fn list_text(v: &Value) -> String {
    match v.as_array() {
        Some(list) if !list.is_empty() => list.iter().map(text).collect::<Vec<_>>().join(","),
        _ => "-".into(),
    }
}

/// The account's table (a base account, or one nested in a vesting/module account).
pub fn account_table(v: &Value) -> String {
    let mut a = &v["account"];
    for key in ["base_vesting_account", "base_account"] {
        if a.get(key).is_some_and(Value::is_object) {
            a = &a[key];
        }
    }
    if a.get("base_account").is_some_and(Value::is_object) {
        a = &a["base_account"];
    }
    let key = a["pub_key"]["key"]
        .as_str()
        .and_then(|b| base64::Engine::decode(&base64::engine::general_purpose::STANDARD, b).ok())
        .map_or_else(|| "- (never signed)".to_string(), hex::encode);
    table::render(&table::key_values([
        ("address", text(&a["address"])),
        ("type", text(&v["account"]["@type"])),
        ("account number", text(&a["account_number"])),
        ("sequence", text(&a["sequence"])),
        ("public key", key),
    ]))
}

pub fn application_table(v: &Value) -> String {
    let a = &v["application"];
    let services: Vec<Value> =
        a["service_configs"].as_array().into_iter().flatten().map(|c| c["service_id"].clone()).collect();
    let pending = a["pending_undelegations"]
        .as_object()
        .filter(|m| !m.is_empty())
        .map(|m| {
            m.iter()
                .map(|(h, l)| format!("{} (at {h})", list_text(&l["gateway_addresses"])))
                .collect::<Vec<_>>()
                .join("; ")
        })
        .unwrap_or_else(|| "-".into());
    table::render(&table::key_values([
        ("address", text(&a["address"])),
        ("stake", coin_text(&a["stake"])),
        ("services", list_text(&Value::Array(services))),
        ("gateways", list_text(&a["delegatee_gateway_addresses"])),
        ("undelegating", pending),
        ("unstake session end", text(&a["unstake_session_end_height"])),
    ]))
}

pub fn gateway_table(v: &Value) -> String {
    let g = &v["gateway"];
    table::render(&table::key_values([
        ("address", text(&g["address"])),
        ("stake", coin_text(&g["stake"])),
        ("unstake session end", text(&g["unstake_session_end_height"])),
    ]))
}

pub fn supplier_table(v: &Value) -> String {
    let s = &v["supplier"];
    let mut endpoints = Vec::new();
    for c in s["services"].as_array().into_iter().flatten() {
        for e in c["endpoints"].as_array().into_iter().flatten() {
            endpoints.push(format!(
                "{} {} {}",
                text(&c["service_id"]),
                text(&e["rpc_type"]),
                text(&e["url"])
            ));
        }
    }
    let mut out = table::render(&table::key_values([
        ("operator", text(&s["operator_address"])),
        ("owner", text(&s["owner_address"])),
        ("stake", coin_text(&s["stake"])),
        ("unstake session end", text(&s["unstake_session_end_height"])),
    ]));
    let mut t = table::new(&["service", "rpc type", "url"]);
    for c in s["services"].as_array().into_iter().flatten() {
        for e in c["endpoints"].as_array().into_iter().flatten() {
            t.add_row(vec![text(&c["service_id"]), text(&e["rpc_type"]), text(&e["url"])]);
        }
    }
    if !endpoints.is_empty() {
        out.push_str(&table::render(&t));
    }
    out
}

pub fn services_table(v: &Value) -> String {
    let mut t = table::new(&["service", "name", "compute units per relay", "owner"]);
    let list = v["service"].as_array().cloned().unwrap_or_default();
    for s in &list {
        t.add_row(vec![
            text(&s["id"]),
            text(&s["name"]),
            text(&s["compute_units_per_relay"]),
            text(&s["owner_address"]),
        ]);
    }
    let mut out = table::render(&t);
    out.push_str(&format!("{} services\n", list.len()));
    out
}

/// `{"shared":{…},"session":{…}}` as one param table, `module/name  value`, sorted.
pub fn params_table(all: &Value) -> String {
    let mut rows: Vec<(String, String)> = Vec::new();
    for (module, params) in all.as_object().into_iter().flatten() {
        for (k, v) in params.as_object().into_iter().flatten() {
            rows.push((format!("{module}/{k}"), text(v)));
        }
    }
    rows.sort();
    let mut t = table::new(&["param", "value"]);
    for (k, v) in rows {
        t.add_row(vec![k, v]);
    }
    table::render(&t)
}

/// A `GetTxResponse`'s table: hash, height, message types, result, gas, fee.
pub fn tx_table(v: &Value) -> String {
    let r = &v["tx_response"];
    let code = r["code"].as_u64().unwrap_or(0);
    let result = if code == 0 {
        "success (code 0)".to_string()
    } else {
        format!("failed: {} {code} {}", text(&r["codespace"]), r["raw_log"].as_str().unwrap_or(""))
            .trim_end()
            .to_string()
    };
    let types: Vec<Value> =
        v["tx"]["body"]["messages"].as_array().into_iter().flatten().map(|m| m["@type"].clone()).collect();
    let fee = v["tx"]["auth_info"]["fee"]["amount"]
        .as_array()
        .map(|c| c.iter().map(coin_text).collect::<Vec<_>>().join(","))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "-".into());
    table::render(&table::key_values([
        ("hash", text(&r["txhash"])),
        ("height", text(&r["height"])),
        ("messages", list_text(&Value::Array(types))),
        ("result", result),
        ("gas", format!("{} used of {}", text(&r["gas_used"]), text(&r["gas_wanted"]))),
        ("fee", fee),
    ]))
}

/// A tx hash as cosmos writes it (64 upper-case hex), or what to write.
pub fn tx_hash(text: &str) -> Result<String> {
    let hash = text.trim().trim_start_matches("0x");
    if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Error::usage(format!(
            "{text:?} is not a transaction hash: write its 64 hex characters (no 0x)"
        )));
    }
    Ok(hash.to_ascii_uppercase())
}

/// The shared and session params, as `{"shared":{…},"session":{…}}`.
pub async fn all_params(nodes: &Nodes) -> Result<Value> {
    let shared = nodes.get(routes::SHARED_PARAMS, "the shared params").await?;
    let session = nodes.get(routes::SESSION_PARAMS, "the session params").await?;
    Ok(json!({ "shared": shared["params"], "session": session["params"] }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coins_and_hashes_read_as_people_write_them() {
        assert_eq!(coin_text(&json!({"denom": "upokt", "amount": "1500000"})), "1500000upokt (1.5 POKT)");
        assert_eq!(coin_text(&json!({"denom": "stake", "amount": "7"})), "7stake");
        assert_eq!(coin_text(&Value::Null), "-");
        assert_eq!(tx_hash(&"ab".repeat(32)).unwrap(), "AB".repeat(32));
        assert_eq!(
            tx_hash("0x12").unwrap_err().to_string(),
            "\"0x12\" is not a transaction hash: write its 64 hex characters (no 0x)"
        );
    }

    #[test]
    fn params_flatten_by_module() {
        let all = json!({"shared": {"num_blocks_per_session": "4"}, "session": {"num_suppliers_per_session": "15"}});
        let t = params_table(&all);
        let session = t.find("session/num_suppliers_per_session").unwrap();
        let shared = t.find("shared/num_blocks_per_session").unwrap();
        assert!(session < shared, "{t}");
    }
}
