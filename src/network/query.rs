//! pocket-core's query routes (`/v1/query/*`, MORSE-TX.md §5) and `/v1/client/rawtx` (§4) on
//! the shared [`Rpc`] client: bounded reads, failures in the network vocabulary
//! ([`Failure`] kinds, plus `refused` for a node's HTTP 400 answer). Never prints.

use serde_json::{Value, json};

use super::outcome::Failure;
use super::rpc::Rpc;
use super::session::snippet;
use crate::limits::{self, Limit};
use crate::protocol::morse::throughput::{self, Participation, RelayParams};
use crate::protocol::morse::tx::{self, Broadcast};

/// The most one query answer may be (paged lists stay far below).
pub const QUERY_ANSWER: Limit = limits::DISPATCH_ANSWER;
/// Pages read at most by [`Rpc::all_pages`] (at 1000 per page: a million entries).
pub const MAX_PAGES: u64 = 1000;

/// Why a query has no answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    /// No usable answer: transport, timeout, a 5xx, a body that is not what the node sends.
    #[error("{route}: {failure}")]
    Failed { route: String, failure: Failure },
    /// The node answered HTTP 400 with a message about the request (not found, bad address).
    #[error("{message}")]
    Refused { route: String, message: String },
}

impl QueryError {
    /// A stable kind name: the failure kinds of `network::describe`, or `refused`.
    pub fn kind(&self) -> &'static str {
        match self {
            QueryError::Failed { failure, .. } => failure.kind(),
            QueryError::Refused { .. } => "refused",
        }
    }
}

/// One page of `/v1/query/apps` or `/v1/query/nodes`.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub result: Vec<Value>,
    pub total_pages: u64,
    pub page: u64,
}

/// Staking status filter (pocket-core: 0 any, 1 unstaking, 2 staked).
pub fn status_code(name: &str) -> Option<u64> {
    match name {
        "any" => Some(0),
        "unstaking" => Some(1),
        "staked" => Some(2),
        _ => None,
    }
}

/// An integer from a JSON number or a quoted decimal (pocket-core writes both).
pub fn int_of(value: &Value) -> Option<u64> {
    match value {
        Value::Number(n) => n.as_u64().or_else(|| n.to_string().parse().ok()),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// A param's value from `/v1/query/allparams` (`{"param_key","param_value"}` lists).
pub fn param<'a>(all: &'a Value, key: &str) -> Option<&'a str> {
    let group = match key.split('/').next()? {
        "application" => "app_params",
        "auth" => "auth_params",
        "gov" => "gov_params",
        "pos" => "node_params",
        "pocketcore" => "pocket_params",
        _ => return None,
    };
    all.get(group)?.as_array()?.iter().find_map(|p| {
        (p.get("param_key")?.as_str()? == key).then(|| p.get("param_value")?.as_str()).flatten()
    })
}

/// What an app may relay, read from the chain: its stake, chains and stored max relays, the
/// params `CalculateAppRelays` uses, and the network's session node count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Throughput {
    pub staked_upokt: u64,
    /// `max_relays` as the chain stores it (set when the app staked).
    pub max_relays: u64,
    /// What its stake buys with today's params.
    pub computed_max_relays: u64,
    pub chains: Vec<String>,
    pub session_node_count: u64,
    pub params: RelayParams,
}

impl Throughput {
    /// Relays per session on each chain.
    pub fn per_session(&self) -> Option<u64> {
        throughput::per_session(self.max_relays, self.chains.len())
    }

    /// Relays per node of a session on each chain: what a node serves the app before it
    /// answers code 71 (over the relay limit).
    pub fn per_session_node(&self) -> Option<u64> {
        throughput::per_session_node(self.max_relays, self.chains.len(), self.session_node_count)
    }
}

fn param_int(all: &Value, key: &str) -> Result<i64, QueryError> {
    param(all, key).and_then(|v| v.trim_matches('"').parse().ok()).ok_or_else(|| QueryError::Refused {
        route: "/v1/query/allparams".into(),
        message: format!("the network's params have no integer {key} (`pgw query params` shows them)"),
    })
}

impl Rpc {
    /// POSTs `body` to `{base}{route}` and returns the JSON answer (HTTP 200), or why not.
    pub async fn query(&self, base: &str, route: &str, body: Value) -> Result<Value, QueryError> {
        let url = format!("{}{route}", base.trim_end_matches('/'));
        let failed = |failure| QueryError::Failed { route: route.to_string(), failure };
        let (status, bytes) = self.post_within(&url, body.to_string(), QUERY_ANSWER).await.map_err(failed)?;
        match status {
            200 => serde_json::from_slice(&bytes)
                .map_err(|e| failed(Failure::Garbage(format!("not JSON ({e}): {}", snippet(&bytes))))),
            400 => {
                let message = serde_json::from_slice::<Value>(&bytes)
                    .ok()
                    .and_then(|v| v.get("message").and_then(Value::as_str).map(tx::inner_message));
                match message {
                    Some(message) => Err(QueryError::Refused { route: route.to_string(), message }),
                    None => Err(failed(Failure::Http { status, body: snippet(&bytes) })),
                }
            }
            _ => Err(failed(Failure::Http { status, body: snippet(&bytes) })),
        }
    }

    /// `/v1/query/height`.
    pub async fn height(&self, base: &str) -> Result<u64, QueryError> {
        let v = self.query(base, "/v1/query/height", json!({})).await?;
        v.get("height").and_then(int_of).ok_or_else(|| garbage("/v1/query/height", &v, "no height"))
    }

    /// `/v1/query/account`: `None` for an address never seen on chain (`null`).
    pub async fn account(&self, base: &str, address: &str) -> Result<Option<Value>, QueryError> {
        let v = self.query(base, "/v1/query/account", json!({ "address": address, "height": 0 })).await?;
        Ok((!v.is_null()).then_some(v))
    }

    /// `/v1/query/balance` in upokt (the number text, read as an integer).
    pub async fn balance(&self, base: &str, address: &str) -> Result<u64, QueryError> {
        let route = "/v1/query/balance";
        let v = self.query(base, route, json!({ "address": address, "height": 0 })).await?;
        v.get("balance").and_then(int_of).ok_or_else(|| garbage(route, &v, "no integer balance"))
    }

    /// `/v1/query/app`.
    pub async fn app(&self, base: &str, address: &str) -> Result<Value, QueryError> {
        self.query(base, "/v1/query/app", json!({ "address": address, "height": 0 })).await
    }

    /// `/v1/query/node`.
    pub async fn node(&self, base: &str, address: &str) -> Result<Value, QueryError> {
        self.query(base, "/v1/query/node", json!({ "address": address, "height": 0 })).await
    }

    /// One page of `/v1/query/apps` (`opts` carries the filters and the page).
    pub async fn page(&self, base: &str, route: &str, opts: Value) -> Result<Page, QueryError> {
        let v = self.query(base, route, json!({ "height": 0, "opts": opts })).await?;
        let result = match v.get("result") {
            Some(Value::Array(items)) => items.clone(),
            Some(Value::Null) => Vec::new(),
            _ => return Err(garbage(route, &v, "no result list")),
        };
        Ok(Page {
            result,
            total_pages: v.get("total_pages").and_then(int_of).unwrap_or(0),
            page: v.get("page").and_then(int_of).unwrap_or(0),
        })
    }

    /// Every page of a paged list: stops at an empty or short page (pocket-core's
    /// `total_pages` is inflated on the last page), at most [`MAX_PAGES`]. `progress` gets
    /// (pages read, entries so far, total pages as the node reports them).
    pub async fn all_pages(
        &self,
        base: &str,
        route: &str,
        mut opts: Value,
        per_page: u64,
        mut progress: impl FnMut(u64, usize, u64),
    ) -> Result<Vec<Value>, QueryError> {
        let mut all = Vec::new();
        for page in 1..=MAX_PAGES {
            opts["page"] = json!(page);
            opts["per_page"] = json!(per_page);
            let p = self.page(base, route, opts.clone()).await?;
            let short = (p.result.len() as u64) < per_page;
            all.extend(p.result);
            progress(page, all.len(), p.total_pages);
            if short {
                break;
            }
        }
        Ok(all)
    }

    /// `/v1/query/allparams`.
    pub async fn all_params(&self, base: &str) -> Result<Value, QueryError> {
        self.query(base, "/v1/query/allparams", json!({ "height": 0 })).await
    }

    /// `/v1/query/supportedchains`: the node writes the list as a JSON string holding the JSON
    /// array (§5.7); a plain array is accepted too.
    pub async fn supported_chains(&self, base: &str) -> Result<Vec<String>, QueryError> {
        let route = "/v1/query/supportedchains";
        let v = self.query(base, route, json!({ "height": 0 })).await?;
        let list = match &v {
            Value::String(inner) => serde_json::from_str::<Value>(inner).unwrap_or(Value::Null),
            other => other.clone(),
        };
        match list {
            Value::Null => Ok(Vec::new()),
            Value::Array(items) => Ok(items.iter().filter_map(|c| c.as_str().map(str::to_owned)).collect()),
            _ => Err(garbage(route, &v, "not a list of chains")),
        }
    }

    /// `/v1/query/tx` (hash in hex, any case).
    pub async fn tx(&self, base: &str, hash: &str) -> Result<Value, QueryError> {
        self.query(base, "/v1/query/tx", json!({ "hash": hash, "prove": false })).await
    }

    /// `POST /v1/client/rawtx` with a signed tx's body: the hash and CheckTx's verdict.
    /// An app's throughput (MORSE-TX.md §6): `/v1/query/app`, `/v1/query/allparams` and, when
    /// the participation rate is on, `/v1/query/supply`.
    pub async fn throughput(&self, base: &str, address: &str) -> Result<Throughput, QueryError> {
        let (app, all) = tokio::try_join!(self.app(base, address), self.all_params(base))?;
        let staked_upokt = app.get("staked_tokens").and_then(int_of).unwrap_or(0);
        let max_relays = app.get("max_relays").and_then(int_of).unwrap_or(0);
        let chains: Vec<String> = app
            .get("chains")
            .and_then(Value::as_array)
            .map(|l| l.iter().filter_map(|c| c.as_str().map(str::to_owned)).collect())
            .unwrap_or_default();
        let refused =
            |route: &str, message: &str| QueryError::Refused { route: route.into(), message: message.into() };
        let participation = if param(&all, "application/ParticipationRateOn").is_some_and(|v| v == "true") {
            let supply = self.query(base, "/v1/query/supply", json!({ "height": 0 })).await?;
            let get = |k: &str| supply.get(k).and_then(int_of).map(u128::from);
            match (get("app_staked"), get("node_staked"), get("total")) {
                (Some(a), Some(n), Some(t)) => Some(Participation { staked: a + n, total_supply: t }),
                _ => {
                    return Err(refused(
                        "/v1/query/supply",
                        "the participation rate is on and /v1/query/supply has no pools",
                    ));
                }
            }
        } else {
            None
        };
        let params = RelayParams {
            base_relays_per_pokt: param_int(&all, "application/BaseRelaysPerPOKT")?,
            stability_adjustment: param_int(&all, "application/StabilityAdjustment")?,
            participation,
        };
        let session_node_count = param_int(&all, "pocketcore/SessionNodeCount")?.max(0) as u64;
        let computed_max_relays = throughput::max_relays(staked_upokt, &params).ok_or_else(|| {
            refused("/v1/query/supply", "the network's total supply is 0: no max relays can be computed")
        })?;
        Ok(Throughput { staked_upokt, max_relays, computed_max_relays, chains, session_node_count, params })
    }

    pub async fn raw_tx(&self, base: &str, body: String) -> Result<Broadcast, QueryError> {
        let route = "/v1/client/rawtx";
        let value: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
        let v = self.query(base, route, value).await?;
        tx::parse_broadcast(v.to_string().as_bytes()).map_err(|e| garbage(route, &v, &e))
    }
}

fn garbage(route: &str, v: &Value, what: &str) -> QueryError {
    QueryError::Failed {
        route: route.to_string(),
        failure: Failure::Garbage(format!("{what}: {}", snippet(v.to_string().as_bytes()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_and_numbers() {
        let all = json!({
            "app_params": [{"param_key": "application/BaseRelaysPerPOKT", "param_value": "200000"}],
            "pocket_params": null,
        });
        assert_eq!(param(&all, "application/BaseRelaysPerPOKT"), Some("200000"));
        assert_eq!(param(&all, "pocketcore/SessionNodeCount"), None);
        assert_eq!(param(&all, "nope/X"), None);
        assert_eq!(int_of(&json!("12")), Some(12));
        assert_eq!(int_of(&json!(12)), Some(12));
        assert_eq!(int_of(&json!(-1)), None);
        assert_eq!(status_code("staked"), Some(2));
        assert_eq!(status_code("jailed"), None);
    }
}
