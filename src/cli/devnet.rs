//! `pgw devnet`: run a local pocket-core-compatible network until interrupted.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use serde::Deserialize;

use super::Ctx;
use super::input;
use super::values;
use crate::devnet::faults::{self, Fault};
use crate::devnet::world::{App, Params};
use crate::devnet::{Config, Devnet, Info};
use crate::error::{EXIT_OK, Error, Result};
use crate::output::table;
use crate::protocol::morse::amount::Amount;
use crate::protocol::morse::keys::{Address, PublicKey};

/// Run a local POKT network that answers exactly like pocket-core: a dispatcher and servicer
/// nodes on loopback, for tests, demos and CI.
///
/// Relays are validated in pocket-core's order with its error codes, answered by a built-in
/// chain (eth_blockNumber, eth_chainId, eth_getBalance, net_version, … and a few REST paths) and
/// signed by the servicer. Any app that dispatches is staked on the fly unless --apps is given.
/// Runs until Ctrl-C. Fault profiles: docs/devnet.md.
///
/// Examples:
///   pgw devnet
///   pgw devnet --nodes 8 --session-nodes 5 --block-time 2s --fault 1=down --fault 2=slow:300
///   pgw devnet --listen 127.0.0.1:0 --output json     # prints the URLs once, for scripts
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct DevnetArgs {
    /// The dispatcher's address (each node gets its own loopback port)
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8081")]
    listen: SocketAddr,
    /// Number of servicer nodes
    #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=1000))]
    nodes: u16,
    /// Chains every node hosts (IDs or aliases, comma-separated)
    #[arg(long, value_name = "LIST", value_delimiter = ',', default_value = "0001,0021")]
    chains: Vec<String>,
    /// Time between blocks (e.g. 10s, 500ms, 1m; 0 freezes the height)
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = values::duration_or_zero)]
    block_time: Duration,
    /// Blocks per session
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(i64).range(1..))]
    blocks_per_session: i64,
    /// Nodes per session (all nodes when fewer)
    #[arg(long, value_name = "N", default_value_t = 24, value_parser = clap::value_parser!(u16).range(1..))]
    session_nodes: u16,
    /// The first block height (at most 1000000000000000, so heights never overflow)
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(i64).range(1..=1_000_000_000_000_000))]
    start_height: i64,
    /// Sessions back that nodes still accept (pocket-core's client_session_sync_allowance)
    #[arg(long, value_name = "N", default_value_t = 0, value_parser = clap::value_parser!(i64).range(0..))]
    session_sync_allowance: i64,
    /// Seed for the nodes' deterministic keys and block hashes
    #[arg(long, value_name = "TEXT", default_value = "pgw-devnet")]
    seed: String,
    /// A node's fault profile, NODE=PROFILE (repeatable): down, slow:MS, timeout, 5xx, garbage,
    /// bad-signature, lagging:BLOCKS, error:CODE
    #[arg(long, value_name = "NODE=PROFILE", value_parser = faults::parse_assignment)]
    fault: Vec<(usize, Fault)>,
    /// Stake only the apps in FILE: [{"public_key": "…", "chains": ["0021"], "max_relays": 1000}]
    #[arg(long, value_name = "FILE")]
    apps: Option<PathBuf>,
    /// Forward CHAIN's relays to a real RPC endpoint instead of the built-in chain (repeatable)
    #[arg(long, value_name = "CHAIN=URL", value_parser = parse_upstream)]
    upstream: Vec<(String, String)>,
    /// Fault profiles from a JSON file: {"0": "down", "2": "slow:300"}
    #[arg(long, value_name = "FILE")]
    faults: Option<PathBuf>,
    /// Give ADDRESS a genesis balance, e.g. --fund b50a…c560=2000POKT (repeatable; amounts in
    /// POKT or upokt, a bare number is upokt). Transactions are signed for chain id "localnet"
    #[arg(long, value_name = "ADDRESS=AMOUNT", value_parser = parse_fund)]
    fund: Vec<(Address, u64)>,
}

fn parse_fund(s: &str) -> std::result::Result<(Address, u64), String> {
    let (address, amount) = s
        .split_once('=')
        .ok_or_else(|| format!("--fund {s}: write ADDRESS=AMOUNT, e.g. b50a…c560=2000POKT"))?;
    let address = crate::protocol::morse::tx::parse_address(address).map_err(|e| format!("--fund: {e}"))?;
    let amount = Amount::parse(amount).map_err(|e| format!("--fund: {e}"))?;
    Ok((address, amount.get()))
}

fn parse_upstream(s: &str) -> std::result::Result<(String, String), String> {
    let (chain, url) = s
        .split_once('=')
        .ok_or_else(|| format!("--upstream {s}: write CHAIN=URL, e.g. eth=http://127.0.0.1:8545"))?;
    let chain = values::chain(chain).map_err(|e| e.to_string())?.id;
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(format!("--upstream {s}: the URL must start with http:// or https://"));
    }
    Ok((chain, url.to_string()))
}

fn read_faults(path: &std::path::Path) -> Result<Vec<(usize, Fault)>> {
    let bytes = input::read_bytes(path)?;
    let map: HashMap<String, String> = serde_json::from_slice(&bytes).map_err(|e| {
        Error::usage(format!(
            "{}: not a faults file ({e}); write {{\"0\": \"down\", \"2\": \"slow:300\"}}",
            path.display()
        ))
    })?;
    map.iter()
        .map(|(node, profile)| {
            faults::parse_assignment(&format!("{node}={profile}"))
                .map_err(|e| Error::usage(format!("{}: {e}", path.display())))
        })
        .collect()
}

#[derive(Deserialize)]
struct AppEntry {
    public_key: String,
    chains: Vec<String>,
    #[serde(default = "default_max_relays")]
    max_relays: i64,
}

fn default_max_relays() -> i64 {
    Params::default().default_max_relays
}

fn read_apps(path: &std::path::Path) -> Result<Vec<App>> {
    let bytes = input::read_bytes(path)?;
    let entries: Vec<AppEntry> = serde_json::from_slice(&bytes).map_err(|e| {
        Error::usage(format!("{}: not an apps file ({e}); see `pgw devnet --help`", path.display()))
    })?;
    entries
        .into_iter()
        .map(|e| {
            let key = PublicKey::from_hex("an app's public_key", &e.public_key)
                .map_err(|err| Error::usage(format!("{}: {err}", path.display())))?;
            let chains = e
                .chains
                .iter()
                .map(|c| values::chain(c).map(|c| c.id))
                .collect::<Result<Vec<_>>>()
                .map_err(|err| Error::usage(format!("{}: {err}", path.display())))?;
            Ok(App::genesis(key.to_hex(), key.address().to_string(), chains, e.max_relays))
        })
        .collect()
}

fn banner(info: &Info) -> String {
    let mut text = format!(
        "pgw devnet: dispatcher {} · height {} · {} blocks per session · {} nodes per session · apps {}\n",
        info.dispatcher,
        info.height,
        info.blocks_per_session,
        info.session_nodes,
        if info.auto_stake { "staked on dispatch" } else { "from --apps" }
    );
    let mut chains = table::new(&["Chain", "Name", "Nodes"]);
    for c in &info.chains {
        chains.add_row(vec![c.id.clone(), c.name.unwrap_or("-").to_string(), c.nodes.to_string()]);
    }
    text.push_str(&table::render(&chains));
    let mut nodes = table::new(&["#", "Address", "Service URL", "Fault"]);
    for n in &info.nodes {
        nodes.add_row(vec![n.index.to_string(), n.address.clone(), n.service_url.clone(), n.fault.clone()]);
    }
    text.push_str(&table::render(&nodes));
    text.push_str(&format!("\nTransactions: chain id {:?}, fee 10000upokt.", info.chain_id));
    if info.funded.is_empty() {
        text.push_str(" No account is funded (give one with --fund ADDRESS=AMOUNT).\n");
    } else {
        text.push('\n');
        let mut funded = table::new(&["Funded address", "Balance"]);
        for (address, upokt) in &info.funded {
            funded.add_row(vec![address.clone(), Amount::upokt(*upokt).to_string()]);
        }
        text.push_str(&table::render(&funded));
    }
    text.push_str(&format!("\nTry it (in another terminal):\n{}\n\nCtrl-C stops the devnet.\n", info.try_it));
    text
}

impl DevnetArgs {
    fn config(&self) -> Result<Config> {
        let chains =
            self.chains.iter().map(|c| values::chain(c).map(|c| c.id)).collect::<Result<Vec<_>>>()?;
        let mut faults: HashMap<usize, Fault> = match &self.faults {
            Some(path) => read_faults(path)?.into_iter().collect(),
            None => HashMap::new(),
        };
        // Flags beat the file.
        faults.extend(self.fault.iter().copied());
        if let Some(&bad) = faults.keys().find(|&&i| i >= usize::from(self.nodes)) {
            return Err(Error::usage(format!(
                "--fault {bad}=…: there are only {} nodes (0 to {})",
                self.nodes,
                self.nodes - 1
            )));
        }
        Ok(Config {
            listen: self.listen,
            nodes: usize::from(self.nodes),
            chains,
            params: Params {
                blocks_per_session: self.blocks_per_session,
                session_node_count: usize::from(self.session_nodes),
                client_session_sync_allowance: self.session_sync_allowance,
                block_time: self.block_time,
                start_height: self.start_height,
                ..Params::default()
            },
            seed: self.seed.clone(),
            faults,
            apps: self.apps.as_deref().map(read_apps).transpose()?,
            upstreams: self.upstream.iter().cloned().collect(),
            funds: self.fund.clone(),
        })
    }

    pub fn run(self, ctx: &Ctx) -> Result<u8> {
        let config = self.config()?;
        let runtime = super::net::runtime(super::net::Threads::AllCores)?;
        runtime.block_on(async {
            let devnet = Devnet::start(config)
                .await
                .map_err(|e| Error::usage(format!("cannot listen on {}: {e}", self.listen)))?;
            let stop = crate::shutdown::signal();
            let info = devnet.info();
            if ctx.printer.is_json() {
                // One line, so scripts can read it while the devnet keeps running.
                let line = serde_json::to_string(&info).map_err(|e| Error::usage(e.to_string()))? + "\n";
                ctx.printer.stdout(line.as_bytes())?;
            } else {
                ctx.printer.stdout(banner(&info).as_bytes())?;
            }
            stop.await;
            ctx.printer.warn("stopping the devnet");
            devnet.shutdown().await;
            Ok(EXIT_OK)
        })
    }
}
