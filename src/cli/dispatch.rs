//! `pgw dispatch`: the current session for an app and chain.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::Ctx;
use super::input;
use super::keysource::AppKeyArgs;
use super::net::{self, NetArgs};
use super::signer;
use super::values;
use std::sync::Arc;

use crate::devnet::shannon;
use crate::error::{EXIT_CHECK_FAILED, EXIT_DISPATCH, EXIT_OK, Error, Result};
use crate::network::cache::{self, DiskStore, Entry, MemoryStore, SessionStore};
use crate::network::compare::{self, Row};
use crate::network::config::{Protocol, Settings};
use crate::network::fullnode::{self, FullNode, ShannonSession};
use crate::network::rpc::{DispatchError, Rpc};
use crate::network::session::SessionNode;
use crate::output::table;
use crate::protocol::chains;
use crate::protocol::morse::keys::looks_like_raw_key;
use crate::protocol::shannon::keys::decode_address;

/// Show the current session for an app on a chain: heights, session key and servicer nodes
/// (Morse), or session id, window and suppliers with their endpoints (Shannon). Alias: session.
///
/// Morse: the app is given by its public key (--app-pub), or any app key source (a keystore
/// name or address needs no passphrase here: its public key is stored in the clear).
/// Shannon (--protocol shannon, or a Shannon profile): the app is given by its address (--app)
/// or a Shannon keystore key (--app-key NAME); --gateway checks that the app delegated to that
/// gateway. Dispatchers (full nodes on Shannon) are tried in order until one answers;
/// --compare asks every one at once and flags any that lags or gives a different session
/// (exit 1 when one does). The session is stored in the session cache.
///
/// Examples:
///   pgw dispatch eth --devnet
///   pgw dispatch 0021 --app-key my-app --dispatcher http://127.0.0.1:8081
///   pgw dispatch eth --app-pub $APP_PUB --profile mainnet --compare --output json
///   pgw session eth --protocol shannon --devnet
///   pgw session eth --profile shannon-mainnet --app pokt1… --gateway pokt1…
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct DispatchArgs {
    /// Relay chain ID or alias (e.g. 0021 or eth)
    #[arg(value_name = "CHAIN")]
    chain: String,
    /// The app's public key (64 hex characters; Morse)
    #[arg(long, value_name = "HEX", conflicts_with_all = ["app_key", "app_key_file", "credential"])]
    app_pub: Option<String>,
    /// The app's address (pokt1…; Shannon)
    #[arg(long = "app", value_name = "ADDRESS", conflicts_with_all = ["app_pub", "app_key", "app_key_file", "credential"])]
    app_address: Option<String>,
    /// Check that the app delegated to this gateway (Shannon): exit 5 when it did not
    #[arg(long, value_name = "ADDRESS")]
    gateway: Option<String>,
    /// A client credential file: its AAT names the app
    #[arg(long, value_name = "FILE", conflicts_with_all = ["app_key", "app_key_file"])]
    credential: Option<PathBuf>,
    #[command(flatten)]
    app: AppKeyArgs,
    /// Ask every dispatcher at once and flag disagreement (height lag, different session)
    #[arg(long)]
    compare: bool,
    #[command(flatten)]
    net: NetArgs,
}

#[derive(Serialize)]
struct NodeRow<'a> {
    address: &'a str,
    service_url: &'a str,
    public_key: &'a str,
    jailed: bool,
    chains: &'a [String],
    chain_count: usize,
    stake: &'a str,
}

#[derive(Serialize)]
struct SessionReport<'a> {
    dispatcher: &'a str,
    chain: &'a str,
    app_public_key: &'a str,
    block_height: i64,
    session_height: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    session_end_height: Option<i64>,
    session_key: &'a str,
    nodes: Vec<NodeRow<'a>>,
}

fn node_row(n: &SessionNode) -> NodeRow<'_> {
    NodeRow {
        address: &n.address,
        service_url: &n.service_url,
        public_key: &n.public_key,
        jailed: n.jailed,
        chains: &n.chains,
        chain_count: n.chains.len(),
        stake: &n.stake,
    }
}

/// uPOKT as POKT with thousands separators ("15000000000" → "15,000 POKT").
fn pokt(upokt: &str) -> String {
    let Ok(n) = upokt.parse::<u128>() else { return upokt.to_string() };
    let whole = (n / 1_000_000).to_string();
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{out} POKT")
}

fn render(report: &SessionReport<'_>) -> String {
    let mut rows = vec![
        ("dispatcher", report.dispatcher.to_string()),
        ("chain", report.chain.to_string()),
        ("app public key", report.app_public_key.to_string()),
        ("block height", report.block_height.to_string()),
        ("session height", report.session_height.to_string()),
    ];
    if let Some(end) = report.session_end_height {
        rows.push(("session ends at", format!("height {end}")));
    }
    rows.push(("session key", report.session_key.to_string()));
    rows.push(("nodes", report.nodes.len().to_string()));
    let mut text = table::render(&table::key_values(rows));
    let mut nodes = table::new(&["address", "service URL", "public key", "jailed", "chains", "stake"]);
    for n in &report.nodes {
        nodes.add_row(vec![
            n.address.to_string(),
            n.service_url.to_string(),
            n.public_key.to_string(),
            if n.jailed { "yes".into() } else { "no".into() },
            n.chain_count.to_string(),
            pokt(n.stake),
        ]);
    }
    text.push_str(&table::render(&nodes));
    text
}

fn render_compare(rows: &[Row]) -> String {
    let mut t =
        table::new(&["dispatcher", "status", "block height", "session height", "session key", "nodes"]);
    for r in rows {
        let status = match r.status {
            "behind" => {
                format!("behind by {} block{}", r.lag_blocks, if r.lag_blocks == 1 { "" } else { "s" })
            }
            "different_session" => "DIFFERENT SESSION".to_string(),
            "error" => format!("error: {}", r.error.as_deref().unwrap_or_default()),
            other => other.to_string(),
        };
        let num = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
        t.add_row(vec![
            r.dispatcher.clone(),
            status,
            num(r.block_height),
            num(r.session_height),
            r.session_key.as_deref().map(|k| format!("{}…", &k[..k.len().min(16)])).unwrap_or_default(),
            r.nodes.map(|n| n.to_string()).unwrap_or_default(),
        ]);
    }
    table::render(&t)
}

impl DispatchArgs {
    /// The app's public key: --app-pub, a credential's AAT, a keystore entry's stored public key
    /// (no unlock), a raw key, the config profile, or an ephemeral key on a devnet.
    fn app_public_key(&mut self, ctx: &Ctx, settings: &Settings) -> Result<String> {
        if let Some(hex) = &self.app_pub {
            return Ok(input::parse_public_key("--app-pub", hex)?.to_hex());
        }
        if let Some(path) = &self.credential {
            return Ok(signer::credential_signer(path)?.aat().app_pub_key.clone());
        }
        let stored = |name: &str| -> Result<String> {
            let store = crate::keystore::Keystore::open(&ctx.home()?)?;
            let info = store.find(name)?;
            info.expect_protocol(crate::keystore::KeyProtocol::Morse)?;
            Ok(info.public_key)
        };
        if let Some(name) = self.app.app_key.as_deref().filter(|v| !looks_like_raw_key(v)) {
            return stored(name);
        }
        if let Some(key) = self.app.resolve(ctx)? {
            return Ok(key.public_key().to_hex());
        }
        if let Some(path) = &settings.credential.value {
            return Ok(signer::credential_signer(path)?.aat().app_pub_key.clone());
        }
        if let Some(name) = &settings.app_key.value {
            return stored(name);
        }
        if self.net.devnet {
            return Ok(signer::ephemeral()?.aat().app_pub_key.clone());
        }
        Err(Error::key(
            "no app: pass --app-pub HEX, --app-key NAME, --app-key-file FILE or --credential FILE, or set PGW_APP_KEY",
        ))
    }

    pub fn run(mut self, ctx: &Ctx) -> Result<u8> {
        let settings = self.net.network.settings(ctx)?;
        if settings.protocol.value == Protocol::Shannon {
            return self.run_shannon(ctx, settings);
        }
        if self.app_address.is_some() || self.gateway.is_some() {
            return Err(Error::usage(
                "--app and --gateway are Shannon flags: add --protocol shannon (or use a Shannon profile), or give a Morse app with --app-pub",
            ));
        }
        let chain = values::chain(&self.chain)?;
        net::runtime(net::Threads::One)?.block_on(async {
            let network = self.net.connect(ctx, &chain.id).await?;
            let result = match self.app_public_key(ctx, &network.settings) {
                Ok(app) if self.compare => self.compare(ctx, &network, &app, &chain.id).await,
                Ok(app) => match network.sessions(ctx.printer).get(&app, &chain.id, true).await {
                    Ok((entry, _)) => show(ctx, &entry).map(|()| EXIT_OK),
                    Err(e) => Err(net::session_error(e)),
                },
                Err(e) => Err(e),
            };
            network.close().await;
            result
        })
    }

    async fn compare(&self, ctx: &Ctx, network: &net::Network, app: &str, chain: &str) -> Result<u8> {
        let mut set = tokio::task::JoinSet::new();
        for (index, dispatcher) in network.dispatchers.iter().enumerate() {
            let (rpc, dispatcher, app, chain) =
                (network.rpc.clone(), dispatcher.clone(), app.to_string(), chain.to_string());
            set.spawn(async move {
                let result = rpc.dispatch(&dispatcher, &app, &chain).await.map_err(|e| e.to_string());
                (index, dispatcher, result)
            });
        }
        let mut answers = set.join_all().await;
        answers.sort_by_key(|(index, _, _)| *index);
        let answers: Vec<_> = answers.into_iter().map(|(_, d, r)| (d, r)).collect();
        let rows = compare::compare(&answers);
        let agree = rows.iter().all(|r| r.status == "ok");
        ctx.printer
            .result(&serde_json::json!({ "agree": agree, "dispatchers": rows }), || render_compare(&rows))?;
        if !agree {
            ctx.printer.warn("the dispatchers disagree (see the status column)");
        }
        Ok(if agree { EXIT_OK } else { EXIT_CHECK_FAILED })
    }
}

/// A Shannon session failure as pgw's error: exit 5 (no session), like a Morse dispatch failure.
fn shannon_session_error(e: DispatchError) -> Error {
    let message = match e {
        DispatchError::Refused { code, message } => format!(
            "the full node refused the session{}: {message}",
            code.map(|c| format!(" (gRPC code {c})")).unwrap_or_default()
        ),
        DispatchError::Unavailable(message) => format!("no full node gave a session: {message}"),
    };
    Error::Network { kind: "no_session", exit: EXIT_DISPATCH, message, details: None }
}

impl DispatchArgs {
    /// The Shannon app: --app, a Shannon keystore key (--app-key NAME, no unlock), the profile's
    /// app_key, or the devnet's app 0.
    fn shannon_app(
        &self,
        ctx: &Ctx,
        settings: &Settings,
        devnet: Option<&shannon::Devnet>,
    ) -> Result<String> {
        if self.app_pub.is_some() || self.credential.is_some() || self.app.app_key_file.is_some() {
            return Err(Error::usage(
                "--app-pub, --credential and --app-key-file name Morse apps: on Shannon give the app's address with --app pokt1…",
            ));
        }
        let stored = |name: &str| -> Result<String> {
            let store = crate::keystore::Keystore::open(&ctx.home()?)?;
            let info = store.find(name)?;
            info.expect_protocol(crate::keystore::KeyProtocol::Shannon)?;
            Ok(info.address)
        };
        let address = if let Some(a) = &self.app_address {
            a.trim().to_string()
        } else if let Some(name) = &self.app.app_key {
            stored(name)?
        } else if let Some(name) = &settings.app_key.value {
            stored(name)?
        } else if let Some(d) = devnet {
            d.world.apps.first().map(|(a, _)| a.address.clone()).unwrap_or_default()
        } else {
            return Err(Error::key(
                "no app: pass --app pokt1… or --app-key NAME (a Shannon keystore key), or set app_key in the profile",
            ));
        };
        decode_address(&address).map_err(|e| Error::usage(format!("--app {address:?}: {e}")))?;
        Ok(address)
    }

    fn run_shannon(self, ctx: &Ctx, settings: Settings) -> Result<u8> {
        let service = chains::resolve_service(&self.chain).map_err(|e| Error::usage(e.to_string()))?;
        let rpc = Rpc::new(settings.connect_timeout.value, settings.timeout.value).map_err(Error::usage)?;
        net::runtime(net::Threads::One)?.block_on(async {
            let devnet = if self.net.devnet {
                let mut config = shannon::Config::default();
                if !config.services.contains(&service.id) {
                    config.services.push(service.id.clone());
                }
                let d = shannon::Devnet::start(config)
                    .await
                    .map_err(|e| Error::usage(format!("cannot start the in-process devnet: {e}")))?;
                ctx.printer.detail(&format!("devnet: full node {}", d.full_node_url));
                Some(d)
            } else {
                None
            };
            let result = self.shannon_session(ctx, &settings, &rpc, &service.id, devnet.as_ref()).await;
            if let Some(d) = devnet {
                d.shutdown().await;
            }
            result
        })
    }

    async fn shannon_session(
        &self,
        ctx: &Ctx,
        settings: &Settings,
        rpc: &Rpc,
        service: &str,
        devnet: Option<&shannon::Devnet>,
    ) -> Result<u8> {
        let nodes: Vec<FullNode> = match devnet {
            Some(d) => vec![FullNode { rest: d.full_node_url.clone(), comet: Some(d.full_node_url.clone()) }],
            None => {
                if settings.dispatchers.value.is_empty() {
                    return Err(Error::usage(
                        "no full node: pass --full-node URL, use a Shannon profile (--profile shannon-mainnet, shannon-testnet or local-shannon), or --devnet",
                    ));
                }
                // The CometBFT URL belongs to the profile's first full node.
                settings
                    .dispatchers
                    .value
                    .iter()
                    .enumerate()
                    .map(|(i, url)| FullNode {
                        rest: url.clone(),
                        comet: if i == 0 && settings.dispatchers.source == settings.cometbft.source {
                            settings.cometbft.value.clone()
                        } else {
                            None
                        },
                    })
                    .collect()
            }
        };
        let app = self.shannon_app(ctx, settings, devnet)?;
        if self.compare {
            let mut set = tokio::task::JoinSet::new();
            for (index, node) in nodes.iter().enumerate() {
                let (rpc, node, app, service) = (rpc.clone(), node.clone(), app.clone(), service.to_string());
                set.spawn(async move {
                    let result = fullnode::fetch_session(&rpc, &node, &app, &service).await;
                    (index, node.rest, result.map(|s| s.dispatch()).map_err(|e| e.to_string()))
                });
            }
            let mut answers = set.join_all().await;
            answers.sort_by_key(|(index, _, _)| *index);
            let answers: Vec<_> = answers.into_iter().map(|(_, d, r)| (d, r)).collect();
            let rows = compare::compare(&answers);
            let agree = rows.iter().all(|r| r.status == "ok");
            ctx.printer.result(&serde_json::json!({ "agree": agree, "full_nodes": rows }), || {
                render_compare(&rows).replacen("dispatcher", "full node", 1)
            })?;
            if !agree {
                ctx.printer.warn("the full nodes disagree (see the status column)");
            }
            return Ok(if agree { EXIT_OK } else { EXIT_CHECK_FAILED });
        }
        let mut failures = Vec::new();
        let mut found = None;
        for node in &nodes {
            match fullnode::fetch_session(rpc, node, &app, service).await {
                Ok(s) => {
                    found = Some((s, node.clone()));
                    break;
                }
                // Every full node would refuse the same request.
                Err(e @ DispatchError::Refused { .. }) => return Err(shannon_session_error(e)),
                Err(DispatchError::Unavailable(m)) => {
                    ctx.printer.detail(&format!("full node {} failed: {m}", node.rest));
                    failures.push(m);
                }
            }
        }
        let Some((session, node)) = found else {
            return Err(shannon_session_error(DispatchError::Unavailable(failures.join("; "))));
        };
        // The ring's keys go into the cached session, so a relay can sign from the cache alone.
        let ring = fullnode::ring_keys(rpc, &node, &app, &session.ring_gateways).await;
        for s in session.keyless_suppliers() {
            ctx.printer.warn(&format!(
                "supplier {s} has no public key on chain (its account never signed a transaction): its answers cannot be verified, so relays leave it out"
            ));
        }
        // Cached like a Morse session (network-neutral form).
        let store: Arc<dyn SessionStore> = match devnet {
            Some(_) => Arc::new(MemoryStore::default()),
            None => Arc::new(DiskStore::new(&ctx.home()?)),
        };
        let urls: Vec<String> = nodes.iter().map(|n| n.rest.clone()).collect();
        let key = cache::key(&urls, &app, service);
        let mut dispatch = session.dispatch();
        if let (Some(part), Ok(keys)) = (dispatch.session.shannon.as_mut(), &ring) {
            part.ring = keys.iter().map(|k| k.to_string()).collect();
            let entry = Entry::new(
                &session.source,
                dispatch,
                Some(session.session.num_blocks_per_session),
                cache::now_ms(),
            );
            if let Err(e) = store.save(&key, entry) {
                ctx.printer.warn(&format!("session cache: {e}"));
            }
        }
        if let Some(gateway) = &self.gateway
            && !session.ring_gateways.iter().any(|g| g == gateway)
        {
            return Err(Error::Network {
                kind: "no_delegation",
                exit: EXIT_DISPATCH,
                message: format!(
                    "the app {app} has not delegated to the gateway {gateway} for this session (its ring: {}): delegate with `pocketd tx application delegate-to-gateway`, or sign as the app",
                    if session.ring_gateways.is_empty() {
                        "no gateway".to_string()
                    } else {
                        session.ring_gateways.join(", ")
                    }
                ),
                details: None,
            });
        }
        let report = shannon_report(&session);
        ctx.printer.result(&report, || render_shannon(&session))?;
        Ok(EXIT_OK)
    }
}

fn shannon_report(s: &ShannonSession) -> serde_json::Value {
    let h = &s.session.header;
    let d = s.dispatch();
    let neutral: Vec<serde_json::Value> =
        d.session.nodes.iter().map(|n| serde_json::to_value(node_row(n)).unwrap_or_default()).collect();
    serde_json::json!({
        "protocol": "shannon",
        "dispatcher": s.source,
        "full_node": s.source,
        "chain": h.service_id,
        "service_id": h.service_id,
        "app_public_key": h.application_address,
        "app_address": h.application_address,
        "block_height": s.block_height,
        "session_height": h.session_start_block_height,
        "session_end_height": h.session_end_block_height,
        "grace_period_end_offset_blocks": s.params.grace_period_end_offset_blocks,
        "grace_period_end_height": s.grace_end_height(),
        "num_blocks_per_session": s.session.num_blocks_per_session,
        "session_number": s.session.session_number,
        "session_key": h.session_id,
        "session_id": h.session_id,
        "session_header": crate::protocol::shannon::rest::header_json(h),
        "application": {
            "address": s.session.application.address,
            "stake": s.session.application.stake,
            "delegatee_gateway_addresses": s.session.application.delegatee_gateway_addresses,
            "pending_undelegations": s.session.application.pending_undelegations,
        },
        "ring_gateways": s.ring_gateways,
        "previous_session_header": s.previous.as_ref().map(crate::protocol::shannon::rest::header_json),
        "nodes": neutral,
        "suppliers": s.suppliers,
        "keyless_suppliers": s.keyless_suppliers(),
    })
}

fn render_shannon(s: &ShannonSession) -> String {
    let h = &s.session.header;
    let app = &s.session.application;
    let list = |v: &[String]| if v.is_empty() { "(none)".to_string() } else { v.join("\n") };
    let rows = vec![
        ("full node", s.source.clone()),
        ("service", h.service_id.clone()),
        ("app address", h.application_address.clone()),
        ("block height", s.block_height.to_string()),
        ("session id", h.session_id.clone()),
        ("session number", s.session.session_number.to_string()),
        (
            "session window",
            format!(
                "blocks {}..={} ({} per session)",
                h.session_start_block_height, h.session_end_block_height, s.session.num_blocks_per_session
            ),
        ),
        (
            "grace period",
            format!(
                "{} block(s): relays accepted until height {}",
                s.params.grace_period_end_offset_blocks,
                s.grace_end_height()
            ),
        ),
        (
            "previous session",
            match &s.previous {
                Some(p) => format!(
                    "{} (blocks {}..={}), in its grace period: still accepted",
                    p.session_id, p.session_start_block_height, p.session_end_block_height
                ),
                None => "(over)".to_string(),
            },
        ),
        ("delegated gateways", list(&app.delegatee_gateway_addresses)),
        ("ring gateways", list(&s.ring_gateways)),
        ("suppliers", s.suppliers.len().to_string()),
    ];
    let mut text = table::render(&table::key_values(rows));
    let mut t = table::new(&["operator address", "endpoints", "public key", "stake"]);
    for sup in &s.suppliers {
        let endpoints: Vec<String> =
            sup.endpoints.iter().map(|e| format!("{} {}", e.rpc_type, e.url)).collect();
        t.add_row(vec![
            sup.operator_address.clone(),
            endpoints.join("\n"),
            sup.public_key.clone().unwrap_or_else(|| "(none on chain)".into()),
            pokt(&sup.stake.amount),
        ]);
    }
    text.push_str(&table::render(&t));
    text
}

fn show(ctx: &Ctx, entry: &Entry) -> Result<()> {
    let d = &entry.dispatch;
    let report = SessionReport {
        dispatcher: &entry.source,
        chain: &d.session.chain,
        app_public_key: &d.session.app_public_key,
        block_height: d.block_height,
        session_height: d.session.session_height,
        session_end_height: entry.blocks_per_session.map(|bps| d.session_end(bps)),
        session_key: &d.session.key,
        nodes: d.session.nodes.iter().map(node_row).collect(),
    };
    ctx.printer.result(&report, || render(&report))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stakes_read_as_pokt() {
        assert_eq!(pokt("15000000000"), "15,000 POKT");
        assert_eq!(pokt("999999"), "0 POKT");
        assert_eq!(pokt("1234567000000"), "1,234,567 POKT");
        assert_eq!(pokt("n/a"), "n/a");
    }
}
