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
use crate::error::{EXIT_CHECK_FAILED, EXIT_OK, Error, Result};
use crate::network::cache::Entry;
use crate::network::compare::{self, Row};
use crate::network::config::Settings;
use crate::network::session::SessionNode;
use crate::output::table;
use crate::protocol::morse::keys::looks_like_raw_key;

/// Show the current session for an app on a chain: heights, session key and servicer nodes.
///
/// The app is given by its public key (--app-pub), or any app key source (a keystore name or
/// address needs no passphrase here: its public key is stored in the clear). Dispatchers are
/// tried in order until one answers; --compare asks every dispatcher at once and flags any
/// that lags or gives a different session (exit 1 when one does). The session is stored in
/// the session cache, so a following `pgw relay` does not dispatch again.
///
/// Examples:
///   pgw dispatch eth --devnet
///   pgw dispatch 0021 --app-key my-app --dispatcher http://127.0.0.1:8081
///   pgw dispatch eth --app-pub $APP_PUB --profile mainnet --compare --output json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct DispatchArgs {
    /// Relay chain ID or alias (e.g. 0021 or eth)
    #[arg(value_name = "CHAIN")]
    chain: String,
    /// The app's public key (64 hex characters)
    #[arg(long, value_name = "HEX", conflicts_with_all = ["app_key", "app_key_file", "credential"])]
    app_pub: Option<String>,
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
