//! Sync checks: how far behind each session node's chain is. A [`SyncCheck`] per chain family
//! says what to ask (`eth_blockNumber` for EVM chains, `/v1/query/height` for POKT) and how to
//! read the height; a periodic task relays it to every session node, pinned, and tells the QoS
//! which nodes are more than the chain's allowance behind the session's agreed height.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use tokio::sync::{Notify, watch};

use super::Gateway;
use crate::network::engine::RelayOptions;
use crate::network::relayer::Relayer;
use crate::protocol::morse::relay::Payload;

/// One chain family's height query.
pub trait SyncCheck: Send + Sync {
    /// A name for logs and `/qos` (e.g. `eth_blockNumber`).
    fn name(&self) -> &'static str;
    /// The relay that asks a node for its chain's height.
    fn request(&self) -> Payload;
    /// The height in the chain's answer, if it is one.
    fn height(&self, response: &str) -> Option<u64>;
}

/// EVM JSON-RPC: `eth_blockNumber`, a hex quantity.
pub struct EvmSync;

impl SyncCheck for EvmSync {
    fn name(&self) -> &'static str {
        "eth_blockNumber"
    }

    fn request(&self) -> Payload {
        Payload {
            data: r#"{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}"#.into(),
            method: "POST".into(),
            ..Payload::default()
        }
    }

    fn height(&self, response: &str) -> Option<u64> {
        let value: Value = serde_json::from_str(response).ok()?;
        let hex = value.get("result")?.as_str()?.strip_prefix("0x")?;
        u64::from_str_radix(hex, 16).ok()
    }
}

/// POKT's REST query: `POST /v1/query/height` → `{"height":N}`.
pub struct PoktSync;

impl SyncCheck for PoktSync {
    fn name(&self) -> &'static str {
        "/v1/query/height"
    }

    fn request(&self) -> Payload {
        Payload { data: "{}".into(), method: "POST".into(), path: "/v1/query/height".into(), headers: None }
    }

    fn height(&self, response: &str) -> Option<u64> {
        let value: Value = serde_json::from_str(response).ok()?;
        let height = value.get("height")?;
        height.as_u64().or_else(|| height.as_str().and_then(|s| s.parse().ok()))
    }
}

/// Relay chains that speak EVM JSON-RPC.
const EVM_CHAINS: &[&str] = &[
    "0003", "0004", "0005", "0009", "000B", "000F", "0010", "0021", "0022", "0026", "0027", "0028", "0040",
    "0046", "0049", "0053", "0065", "0066", "0074",
];

/// The sync check for a relay chain, if its family has one (Solana, NEAR, Cosmos REST, Sui: not
/// yet; add a [`SyncCheck`] and a line here).
pub fn check_for(chain: &str) -> Option<Arc<dyn SyncCheck>> {
    if EVM_CHAINS.contains(&chain) {
        return Some(Arc::new(EvmSync));
    }
    match chain {
        "0001" => Some(Arc::new(PoktSync)),
        _ => None,
    }
}

/// The session's agreed height: the highest height that at least two nodes reached (the second
/// highest report), so one node claiming a height far ahead cannot put the others out of sync;
/// with a single report, that height.
pub fn agreed_height(heights: &[u64]) -> Option<u64> {
    let mut sorted = heights.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    match sorted.as_slice() {
        [] => None,
        [only] => Some(*only),
        [_, second, ..] => Some(*second),
    }
}

/// How often to check and how far behind is too far.
#[derive(Debug, Clone)]
pub struct SyncSettings {
    pub interval: Duration,
    /// Blocks a node may be behind the agreed height, unless the chain has its own.
    pub default_allowance: u64,
    /// Per chain ID.
    pub allowances: HashMap<String, u64>,
}

impl Default for SyncSettings {
    fn default() -> Self {
        SyncSettings { interval: Duration::from_secs(10), default_allowance: 5, allowances: HashMap::new() }
    }
}

impl SyncSettings {
    pub fn allowance(&self, chain: &str) -> u64 {
        self.allowances.get(chain).copied().unwrap_or(self.default_allowance)
    }
}

/// What one round found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub session_height: i64,
    pub agreed: Option<u64>,
    /// (node address, height) for each node that answered with a height.
    pub heights: Vec<(String, u64)>,
    /// Nodes that did not answer with a height.
    pub failed: usize,
}

/// Asks every session node that is not evicted for its height (concurrently, one attempt each)
/// and records the result with the QoS.
pub async fn check_once(
    gateway: &Arc<Gateway>,
    chain: &str,
    relayer: &Arc<dyn Relayer>,
    check: &Arc<dyn SyncCheck>,
) -> Option<Round> {
    let entry = gateway.engine.session_of(relayer, chain, false).await.ok()?;
    let lane = gateway.lane(chain, relayer.app()).into_owned();
    let session_height = entry.dispatch.session.session_height;
    let mut set = tokio::task::JoinSet::new();
    for node in &entry.dispatch.session.nodes {
        if gateway.qos.is_evicted(&lane, &node.address) {
            continue;
        }
        let (gateway, chain, relayer, check, address) =
            (gateway.clone(), chain.to_string(), relayer.clone(), check.clone(), node.address.clone());
        set.spawn(async move {
            let options = RelayOptions { retries: 0, node: Some(address.clone()), consensus: 0 };
            let answer = gateway.engine.relay_as(&relayer, &chain, &check.request(), &options).await.ok()?;
            let height = check.height(&answer.response)?;
            (answer.session_height == session_height).then_some((address, height))
        });
    }
    let results = set.join_all().await;
    let failed = results.iter().filter(|r| r.is_none()).count();
    let mut heights: Vec<(String, u64)> = results.into_iter().flatten().collect();
    heights.sort();
    let agreed = agreed_height(&heights.iter().map(|(_, h)| *h).collect::<Vec<_>>());
    let allowance = gateway.sync.allowance(chain);
    gateway.qos.record_sync(&lane, session_height, agreed, allowance, &heights);
    Some(Round { session_height, agreed, heights, failed })
}

/// Checks the chain now, then every interval and whenever `wake` is notified (a new session),
/// until `stop` turns true.
pub async fn run(
    gateway: Arc<Gateway>,
    chain: String,
    relayer: Arc<dyn Relayer>,
    check: Arc<dyn SyncCheck>,
    wake: Arc<Notify>,
    mut stop: watch::Receiver<bool>,
) {
    loop {
        if let Some(round) = check_once(&gateway, &chain, &relayer, &check).await {
            tracing::debug!(
                chain = %chain,
                app = relayer.app(),
                check = check.name(),
                session_height = round.session_height,
                agreed_height = round.agreed,
                answered = round.heights.len(),
                failed = round.failed,
                "sync check"
            );
        }
        tokio::select! {
            _ = tokio::time::sleep(gateway.sync.interval) => {}
            _ = wake.notified() => {}
            _ = super::raised(&mut stop) => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agreed_height_needs_two_nodes() {
        assert_eq!(agreed_height(&[]), None);
        assert_eq!(agreed_height(&[7]), Some(7));
        assert_eq!(agreed_height(&[100, 100, 50]), Some(100));
        assert_eq!(agreed_height(&[100, 101, 50]), Some(100));
        // One node far ahead does not drag the others out of sync.
        assert_eq!(agreed_height(&[100, 99, 9_999_999]), Some(100));
        assert_eq!(agreed_height(&[3, 1, 2]), Some(2));
    }

    #[test]
    fn evm_heights_are_hex_quantities() {
        let evm = EvmSync;
        assert_eq!(evm.height(r#"{"id":1,"jsonrpc":"2.0","result":"0x112a8e4"}"#), Some(18_000_100));
        assert_eq!(evm.height(r#"{"id":1,"jsonrpc":"2.0","result":"0x0"}"#), Some(0));
        for bad in [
            r#"{"id":1,"jsonrpc":"2.0","error":{"code":-32601,"message":"m"}}"#,
            r#"{"result":"112a8e4"}"#,
            r#"{"result":"0xzz"}"#,
            r#"{"result":12}"#,
            "not json",
        ] {
            assert_eq!(evm.height(bad), None, "{bad}");
        }
        assert!(evm.request().data.contains("eth_blockNumber"));
        assert!(evm.request().path.is_empty());
    }

    #[test]
    fn pokt_heights_are_numbers_or_strings() {
        let pokt = PoktSync;
        assert_eq!(pokt.height(r#"{"height":42}"#), Some(42));
        assert_eq!(pokt.height(r#"{"height":"42"}"#), Some(42));
        assert_eq!(pokt.height(r#"{"height":-1}"#), None);
        assert_eq!(pokt.height(r#"{}"#), None);
        assert_eq!(pokt.request().path, "/v1/query/height");
    }

    #[test]
    fn checks_by_chain_family() {
        assert_eq!(check_for("0021").map(|c| c.name()), Some("eth_blockNumber"));
        assert_eq!(check_for("0009").map(|c| c.name()), Some("eth_blockNumber"));
        assert_eq!(check_for("0001").map(|c| c.name()), Some("/v1/query/height"));
        assert!(check_for("0006").is_none());
        for id in EVM_CHAINS {
            assert!(crate::protocol::chains::resolve(id).unwrap().known.is_some(), "{id}");
        }
    }

    #[test]
    fn allowances_per_chain() {
        let mut settings = SyncSettings::default();
        settings.allowances.insert("0021".into(), 2);
        assert_eq!(settings.allowance("0021"), 2);
        assert_eq!(settings.allowance("0009"), 5);
    }
}
