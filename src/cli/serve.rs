//! `pgw serve`: a local HTTP JSON-RPC gateway in front of POKT. The command resolves flags,
//! keys and network settings, starts `crate::serve`, prints the URLs and waits for a signal.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use serde_json::json;

use super::Ctx;
use super::net::{self, NetArgs};
use super::signer::{self, ShannonKeyArgs, SignerArgs};
use super::values;
use super::values::LogFormatArg;
use crate::error::{EXIT_OK, Error, Result};
use crate::network::config::Protocol;
use crate::serve::log;
use crate::serve::{self, ApiKey, Config, RunningGateway, StartError};

/// Serve POKT relays as a local HTTP JSON-RPC endpoint: point ethers, web3.py, viem or curl at it.
///
/// POST a JSON-RPC body (single or batch) to /v1/CHAIN (ID or alias), or to / for the first
/// --chain; other methods and paths under /v1/CHAIN/… are relayed as REST calls. Answers are the
/// node's body; relay failures are JSON-RPC errors (code -32603, the pocket-core code and pgw's
/// reason in "data"), or HTTP 502/504 for REST. One engine is shared by all requests: sessions
/// are refreshed before they end, nodes that fail rest with back-off, codes 90/71 and bad
/// signatures evict a node for the session, nodes behind the others (eth_blockNumber, POKT
/// height) are not used, and faster nodes are preferred. GET /qos says why each node is or is
/// not used; GET /metrics is Prometheus text; GET /health. Logs go to stderr (-v: one line per
/// relay). Ctrl-C or SIGTERM stops accepting and lets in-flight relays finish.
///
/// Listening beyond loopback needs --api-key-file (clients send 'Authorization: Bearer KEY' or
/// 'X-API-Key: KEY') or --insecure-public. docs/serve.md, docs/observability.md.
///
/// Examples:
///   pgw serve --devnet
///   pgw serve --chain eth --chain poly --app-key my-app --profile mainnet
///   pgw serve --listen 0.0.0.0:8545 --api-key-file gateway.key --credential app.cred --log-format json
///   curl -s localhost:8545/v1/eth -d '{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}'
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ServeArgs {
    /// Address to listen on
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8545")]
    listen: SocketAddr,
    /// A chain to serve, ID or alias (repeatable; the first answers POST /) [default: eth, plus
    /// pokt with --devnet]
    #[arg(long = "chain", value_name = "CHAIN", value_delimiter = ',')]
    chains: Vec<String>,
    /// Extra attempts on other nodes (or after a fresh dispatch) when one fails
    #[arg(long, value_name = "N", default_value_t = 2)]
    retries: u32,
    /// Ask N distinct nodes for every read and answer with the majority
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=24))]
    consensus: u16,
    /// Do not check the servicer's signature on answers
    #[arg(long)]
    no_verify: bool,
    /// Blocks a node may lag behind the session's agreed height: BLOCKS for every chain, or
    /// CHAIN=BLOCKS (repeatable) [default: 5]
    #[arg(long, value_name = "[CHAIN=]BLOCKS", value_parser = parse_allowance)]
    sync_allowance: Vec<(Option<String>, u64)>,
    /// Time between sync checks of every session node
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = values::duration)]
    sync_interval: Duration,
    /// Longest time for one request's relay, all attempts included (then 504 or a JSON-RPC error)
    #[arg(long, value_name = "DURATION", default_value = "20s", value_parser = values::duration)]
    request_timeout: Duration,
    /// Largest request body, e.g. 1MiB, 256KiB or a number of bytes (larger: 413)
    #[arg(long, value_name = "SIZE", default_value = "1MiB", value_parser = values::size)]
    max_body: usize,
    /// Open client connections at most (more wait to be accepted)
    #[arg(long, value_name = "N", default_value_t = 4096, value_parser = clap::value_parser!(u32).range(1..))]
    max_connections: u32,
    /// How long shutdown waits for in-flight requests
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = values::duration)]
    shutdown_timeout: Duration,
    /// A file holding the API key clients must send (read once; required off loopback unless
    /// --insecure-public)
    #[arg(long, value_name = "FILE")]
    api_key_file: Option<PathBuf>,
    /// Listen beyond loopback without an API key
    #[arg(long)]
    insecure_public: bool,
    /// Where gateway state lives: memory (this process only), or redis://HOST:PORT[/DB] to share
    /// sessions, node evictions and relay budgets with other pgw serve processes
    #[arg(long, value_name = "memory|redis://HOST:PORT[/DB]", default_value = "memory", value_parser = parse_state)]
    state: State,
    /// Relays each app may send to one node in one session, counted across every gateway
    /// sharing --state; a spent node is skipped until the session ends, then the next --app.
    /// `auto` reads it from the chain at start: on Morse the app's max relays per session node,
    /// as pocket-core limits it (code 71); on Shannon each app's relays per supplier from its
    /// own stake, as the relay miner meters it [default: unlimited]
    #[arg(long, value_name = "N|auto", value_parser = parse_budget)]
    relay_budget: Option<BudgetArg>,
    /// Log line format on stderr
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = LogFormatArg::Text)]
    log_format: LogFormatArg,
    #[command(flatten)]
    signer: SignerArgs,
    #[command(flatten)]
    shannon: ShannonKeyArgs,
    #[command(flatten)]
    net: NetArgs,
}

/// `--state`: in-process, or a Redis URL (checked, not connected to).
#[derive(Debug, Clone)]
struct State(Option<String>);

/// `--relay-budget`: a number of relays, or `auto`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BudgetArg {
    Relays(u64),
    Auto,
}

fn parse_budget(s: &str) -> std::result::Result<BudgetArg, String> {
    if s == "auto" {
        return Ok(BudgetArg::Auto);
    }
    match s.parse::<u64>() {
        Ok(n) if n >= 1 => Ok(BudgetArg::Relays(n)),
        _ => Err(format!("--relay-budget {s}: write a number of relays (at least 1) or auto")),
    }
}

/// `--relay-budget auto`: the app's relays per session node (MORSE-TX.md §6), from the first
/// dispatcher that answers. Every served chain is dispatched first, so a devnet stakes the app
/// for all of them as it does for relays (its budget divides by its chains).
async fn chain_budget(
    ctx: &Ctx,
    network: &net::Network,
    app_public_key: &str,
    chains: &[String],
) -> Result<u64> {
    let address = crate::protocol::morse::keys::PublicKey::from_hex("the app public key", app_public_key)
        .map_err(|e| Error::key(format!("--relay-budget auto: the app key: {e}")))?
        .address()
        .to_string();
    let sessions = network.sessions(ctx.printer);
    for chain in chains {
        sessions.get(app_public_key, chain, false).await.map_err(net::session_error)?;
    }
    let mut last = None;
    for dispatcher in &network.dispatchers {
        match network.rpc.throughput(dispatcher, &address).await {
            Ok(t) => {
                return match t.per_session_node() {
                    Some(n) if n > 0 => Ok(n),
                    _ => Err(Error::usage(format!(
                        "--relay-budget auto: the app {address} may send no relays (max relays {}, chains {}, session nodes {}); stake it or pass --relay-budget N",
                        t.max_relays,
                        t.chains.len(),
                        t.session_node_count
                    ))),
                };
            }
            Err(e) => last = Some(e),
        }
    }
    let why = last.map_or_else(|| "no dispatcher".to_string(), |e| e.to_string());
    Err(Error::usage(format!(
        "--relay-budget auto: cannot read the app {address}'s max relays ({why}); pass --relay-budget N"
    )))
}

/// `--relay-budget auto` on Shannon: each app's relays per supplier per session on each served
/// service, from its own stake (`protocol::shannon::throughput`, as `pgw app throughput
/// --protocol shannon` shows it): what poktroll's relay miner serves before its relay meter
/// rate-limits the app.
async fn service_budgets(
    network: &net::Network,
    apps: &[String],
    services: &[String],
) -> Result<HashMap<(String, String), u64>> {
    let mut settings = network.settings.clone();
    settings.dispatchers.value = network.dispatchers.clone();
    let mut budgets = HashMap::new();
    for app in apps {
        for service in services {
            let t = super::stake_shannon::app_throughput(&settings, app, Some(service)).await.map_err(|e| {
                Error::usage(format!(
                    "--relay-budget auto: cannot read what the app {app}'s stake buys on {service} ({e}); pass --relay-budget N"
                ))
            })?;
            let relays = u64::try_from(t.throughput.relays_per_supplier).unwrap_or(u64::MAX);
            if relays == 0 {
                return Err(Error::usage(format!(
                    "--relay-budget auto: the app {app} may send no relays on {service} (stake {} upokt, {} suppliers per session); stake more or pass --relay-budget N",
                    t.stake, t.inputs.suppliers_per_session
                )));
            }
            budgets.insert((app.clone(), service.clone()), relays);
        }
    }
    Ok(budgets)
}

fn parse_state(s: &str) -> std::result::Result<State, String> {
    if s == "memory" {
        return Ok(State(None));
    }
    serve::redis::client(s)?;
    Ok(State(Some(s.to_string())))
}

fn parse_allowance(s: &str) -> std::result::Result<(Option<String>, u64), String> {
    let bad = || format!("--sync-allowance {s}: write BLOCKS or CHAIN=BLOCKS, e.g. eth=5");
    match s.split_once('=') {
        Some((chain, blocks)) => {
            let chain = values::chain(chain).map_err(|e| format!("--sync-allowance {s}: {e}"))?.id;
            Ok((Some(chain), blocks.trim().parse().map_err(|_| bad())?))
        }
        None => Ok((None, s.trim().parse().map_err(|_| bad())?)),
    }
}

/// The startup banner: one line per chain, then /qos and /metrics.
fn banner(running: &RunningGateway) -> String {
    let url = &running.url;
    let chains = &running.gateway.chains;
    let mut text = format!(
        "pgw serve: {url} (POST / relays to {}; Ctrl-C stops)\n",
        chains.first().map(|c| c.label()).unwrap_or_default()
    );
    for chain in chains {
        text.push_str(&format!("{} {url}/v1/{}\n", chain.label(), chain.id));
    }
    text.push_str(&format!("qos {url}/qos\nmetrics {url}/metrics\n"));
    text
}

fn banner_json(running: &RunningGateway, dispatchers: &[String], devnet: bool) -> String {
    let url = &running.url;
    let chains: Vec<_> = running
        .gateway
        .chains
        .iter()
        .map(|c| json!({ "id": c.id, "alias": c.alias, "name": c.name, "url": format!("{url}/v1/{}", c.id) }))
        .collect();
    let line = json!({
        "url": url,
        "default_chain": running.gateway.chains.first().map(|c| c.id.clone()),
        "chains": chains,
        "qos": format!("{url}/qos"),
        "metrics": format!("{url}/metrics"),
        "health": format!("{url}/health"),
        "dispatchers": dispatchers,
        "devnet": devnet,
        "api_key": running.gateway.api_key.is_some(),
    });
    line.to_string() + "\n"
}

fn start_error(e: StartError, protocol: Protocol) -> Error {
    match e {
        StartError::Session { error, .. } => {
            net::relay_error_on(protocol, crate::network::engine::RelayError::Session(error))
        }
        other => Error::usage(other.to_string()),
    }
}

impl ServeArgs {
    fn chain_names(&self) -> Vec<String> {
        match (self.chains.is_empty(), self.net.devnet) {
            (false, _) => self.chains.clone(),
            (true, false) => vec!["0021".into()],
            (true, true) => vec!["0021".into(), "0001".into()],
        }
    }

    pub fn run(mut self, ctx: &Ctx) -> Result<u8> {
        let api_key =
            self.api_key_file.as_deref().map(ApiKey::read_file).transpose().map_err(Error::usage)?;
        serve::auth::check_exposure(self.listen, api_key.is_some(), self.insecure_public)
            .map_err(Error::usage)?;
        let shannon = self.net.network.settings(ctx)?.protocol.value == Protocol::Shannon;
        let served = if shannon {
            let names = if self.chains.is_empty() { vec!["eth".to_string()] } else { self.chains.clone() };
            serve::served_services(&names)
                .map_err(|e| Error::usage(e.to_string()))?
                .into_iter()
                .map(|c| c.id)
                .collect::<Vec<_>>()
        } else {
            serve::served_chains(&self.chain_names())
                .map_err(|e| Error::usage(e.to_string()))?
                .into_iter()
                .map(|c| c.id)
                .collect()
        };
        let mut allowances = serve::SyncSettings { interval: self.sync_interval, ..Default::default() };
        for (chain, blocks) in &self.sync_allowance {
            match chain {
                Some(chain) => {
                    allowances.allowances.insert(chain.clone(), *blocks);
                }
                None => allowances.default_allowance = *blocks,
            }
        }
        log::init(self.log_format.into(), log::level(ctx.printer.quiet, ctx.printer.verbose));
        let runtime = super::net::runtime(super::net::Threads::AllCores)?;
        runtime.block_on(async {
            let network = self.net.connect(ctx, &served[0]).await?;
            let result = async {
                let relayers =
                    signer::relayers(ctx, &network, &mut self.signer, &mut self.shannon, self.net.devnet)?;
                let mut relayers = relayers.into_iter();
                let first = relayers.next().ok_or_else(|| Error::key("no app to relay for"))?;
                let mut config = Config::new(network.dispatchers.clone(), network.rpc.clone(), first);
                // A gateway's other apps: relays take them in turn.
                config.more_relayers = relayers.collect();
                config.source = network.source();
                config.services = shannon;
                config.listen = self.listen;
                config.chains = served.clone();
                config.block_time = network.block_time;
                config.verify = !self.no_verify;
                config.api_key = api_key;
                config.http.max_body = self.max_body;
                config.http.request_timeout = self.request_timeout;
                config.http.retries = self.retries;
                config.http.consensus = usize::from(self.consensus);
                config.server.max_connections = self.max_connections as usize;
                config.server.shutdown_grace = self.shutdown_timeout;
                config.sync = allowances;
                config.state = self.state.0.clone();
                config.relay_budget = match self.relay_budget {
                    None => None,
                    Some(BudgetArg::Relays(n)) => Some(n),
                    Some(BudgetArg::Auto) if shannon => {
                        let apps: Vec<String> = std::iter::once(&config.relayer)
                            .chain(&config.more_relayers)
                            .map(|r| r.app().to_string())
                            .collect();
                        config.app_budgets = service_budgets(&network, &apps, &config.chains).await?;
                        None
                    }
                    Some(BudgetArg::Auto) => {
                        Some(chain_budget(ctx, &network, config.relayer.app(), &config.chains).await?)
                    }
                };
                let running = serve::start(config).await.map_err(|e| start_error(e, network.protocol()))?;
                let stop = crate::shutdown::signal();
                let banner = if ctx.printer.is_json() {
                    banner_json(&running, &network.dispatchers, self.net.devnet)
                } else {
                    banner(&running)
                };
                ctx.printer.stdout(banner.as_bytes())?;
                stop.await;
                tracing::info!(
                    grace_ms = self.shutdown_timeout.as_millis() as u64,
                    "stopping: no new connections; finishing in-flight requests"
                );
                if running.shutdown().await {
                    tracing::info!("stopped");
                }
                Ok(EXIT_OK)
            }
            .await;
            network.close().await;
            result
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowances() {
        assert_eq!(parse_allowance("eth=3"), Ok((Some("0021".into()), 3)));
        assert_eq!(parse_allowance("7"), Ok((None, 7)));
        assert!(parse_allowance("eth=x").unwrap_err().contains("write BLOCKS or CHAIN=BLOCKS"));
        assert!(parse_allowance("nope=3").unwrap_err().contains("unknown chain"));
        assert_eq!(parse_state("memory").unwrap().0, None);
        assert_eq!(
            parse_state("redis://127.0.0.1:6379/2").unwrap().0.as_deref(),
            Some("redis://127.0.0.1:6379/2")
        );
        assert_eq!(
            parse_state("mysql://x").unwrap_err(),
            "--state mysql://x: expected memory or redis://HOST:PORT[/DB]"
        );
    }
}
