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
use crate::devnet::shannon;
use crate::devnet::world::{App, Params};
use crate::devnet::{Config, Devnet, Info};
use crate::error::{EXIT_OK, Error, Result};
use crate::network::config::Protocol;
use crate::output::table;
use crate::protocol::morse::amount::Amount;
use crate::protocol::morse::keys::{Address, PublicKey};

/// Run a local POKT network on loopback, for tests, demos and CI: Morse (a dispatcher and
/// servicer nodes answering exactly like pocket-core) or, with --protocol shannon, Shannon (a
/// full node answering poktroll's REST and CometBFT routes, and one relay miner per supplier).
///
/// Relays are validated in the node's order with its error codes (pocket-core's, or a poktroll
/// relay miner's), answered by a built-in chain (eth_blockNumber, eth_chainId, eth_getBalance,
/// net_version, … and a few REST paths) and signed by the servicer or supplier. On Morse any app
/// that dispatches is staked on the fly unless --apps is given; on Shannon apps, gateways and
/// delegations are seeded from --seed and listed in the banner. Runs until Ctrl-C. Fault
/// profiles: docs/devnet.md.
///
/// Examples:
///   pgw devnet
///   pgw devnet --nodes 8 --session-nodes 5 --block-time 2s --fault 1=down --fault 2=slow:300
///   pgw devnet --listen 127.0.0.1:0 --output json     # prints the URLs once, for scripts
///   pgw devnet --protocol shannon --nodes 3 --fault 2=bad-signature
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct DevnetArgs {
    /// The protocol to simulate: morse or shannon
    #[arg(long, value_name = "PROTOCOL", default_value = "morse", value_parser = parse_protocol)]
    protocol: Protocol,
    /// The dispatcher's (Morse) or full node's (Shannon) address; each node or relay miner gets
    /// its own loopback port [default: 127.0.0.1:8081, Shannon 127.0.0.1:8082]
    #[arg(long, value_name = "ADDR")]
    listen: Option<SocketAddr>,
    /// Number of servicer nodes (Morse) or suppliers, one relay miner each (Shannon)
    #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=1000))]
    nodes: u16,
    /// Chains every node hosts (IDs or aliases, comma-separated); on Shannon, services (eth,
    /// anvil, … or Morse chains that map to one) [default: 0001,0021, Shannon eth,anvil]
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
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
    /// Shannon: the full node's own fault profile (down, slow:MS, timeout, 5xx, garbage,
    /// lagging:BLOCKS)
    #[arg(long, value_name = "PROFILE")]
    full_node_fault: Option<Fault>,
    /// Shannon: suppliers whose accounts have no public key on chain (indices, comma-separated)
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    keyless: Vec<usize>,
}

/// Prints a started devnet: its info as one JSON line (so scripts can read it while the devnet
/// keeps running), or the banner for people.
fn announce(ctx: &Ctx, info: &impl serde::Serialize, banner: impl FnOnce() -> String) -> Result<()> {
    if ctx.printer.is_json() {
        let line = serde_json::to_string(info).map_err(|e| Error::usage(e.to_string()))? + "\n";
        ctx.printer.stdout(line.as_bytes())?;
    } else {
        ctx.printer.stdout(banner().as_bytes())?;
    }
    Ok(())
}

fn parse_fund(s: &str) -> std::result::Result<(Address, u64), String> {
    let (address, amount) = s
        .split_once('=')
        .ok_or_else(|| format!("--fund {s}: write ADDRESS=AMOUNT, e.g. b50a…c560=2000POKT"))?;
    let address = crate::protocol::morse::tx::parse_address(address).map_err(|e| format!("--fund: {e}"))?;
    let amount = Amount::parse(amount).map_err(|e| format!("--fund: {e}"))?;
    Ok((address, amount.get()))
}

fn parse_protocol(s: &str) -> std::result::Result<Protocol, String> {
    Protocol::parse(s)
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

fn shannon_banner(info: &shannon::Info) -> String {
    let mut text = format!(
        "pgw devnet (shannon): full node {} · height {} · {} blocks per session · grace {} block(s) · services {}\n",
        info.full_node,
        info.height,
        info.num_blocks_per_session,
        info.grace_period_end_offset_blocks,
        info.services.join(", ")
    );
    let mut apps = table::new(&["App", "Address", "Delegated to", "Pending undelegations"]);
    for a in &info.apps {
        let pending: Vec<String> = a
            .pending_undelegations
            .iter()
            .flat_map(|(h, gws)| gws.iter().map(move |g| format!("{g} at {h}")))
            .collect();
        apps.add_row(vec![
            a.index.to_string(),
            a.address.clone(),
            if a.delegatee_gateways.is_empty() {
                "(none: signs for itself)".into()
            } else {
                a.delegatee_gateways.join("\n")
            },
            if pending.is_empty() { "-".into() } else { pending.join("\n") },
        ]);
    }
    text.push_str(&table::render(&apps));
    let mut gws = table::new(&["Gateway", "Address"]);
    for g in &info.gateways {
        gws.add_row(vec![g.index.to_string(), g.address.clone()]);
    }
    text.push_str(&table::render(&gws));
    let mut sups = table::new(&["Supplier", "Operator address", "Relay miner", "Fault"]);
    for s in &info.suppliers {
        sups.add_row(vec![
            s.index.to_string(),
            s.operator_address.clone(),
            s.relay_miner_url.clone(),
            s.fault.clone(),
        ]);
    }
    text.push_str(&table::render(&sups));
    let app = info.apps.first().map(|a| a.address.as_str()).unwrap_or("APP");
    text.push_str(&format!(
        "\nKeys: {} (test keys only).\nTry it (in another terminal):\n  pgw dispatch eth --protocol shannon --full-node {} --app {app}\n\nCtrl-C stops the devnet.\n",
        info.key_derivation, info.full_node
    ));
    text
}

impl DevnetArgs {
    fn faults(&self) -> Result<HashMap<usize, Fault>> {
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
        Ok(faults)
    }

    fn shannon_config(&self) -> Result<shannon::Config> {
        if let Some(&bad) = self.keyless.iter().find(|&&i| i >= usize::from(self.nodes)) {
            return Err(Error::usage(format!(
                "--keyless {bad}: there are only {} suppliers (0 to {})",
                self.nodes,
                self.nodes - 1
            )));
        }
        if self.apps.is_some() || !self.upstream.is_empty() || self.session_sync_allowance != 0 {
            return Err(Error::usage(
                "--apps, --upstream and --session-sync-allowance are Morse devnet flags: drop them with --protocol shannon (its apps are seeded from --seed)",
            ));
        }
        let services = if self.chains.is_empty() {
            shannon::Config::default().services
        } else {
            let mut list = Vec::new();
            for c in &self.chains {
                let id =
                    crate::protocol::chains::resolve_service(c).map_err(|e| Error::usage(e.to_string()))?.id;
                if !list.contains(&id) {
                    list.push(id);
                }
            }
            list
        };
        let defaults = shannon::world::Params::default();
        Ok(shannon::Config {
            listen: self.listen.unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8082))),
            suppliers: usize::from(self.nodes),
            services,
            params: shannon::world::Params {
                shared: crate::protocol::shannon::rest::SharedParams {
                    num_blocks_per_session: self.blocks_per_session as u64,
                    ..defaults.shared
                },
                block_time: self.block_time,
                start_height: self.start_height,
                suppliers_per_session: usize::from(self.session_nodes),
            },
            seed: self.seed.clone(),
            faults: self.faults()?,
            keyless: self.keyless.iter().copied().collect(),
            full_node_fault: self.full_node_fault.unwrap_or_default(),
            ..shannon::Config::default()
        })
    }

    fn run_shannon(self, ctx: &Ctx) -> Result<u8> {
        let config = self.shannon_config()?;
        let listen = config.listen;
        let runtime = super::net::runtime(super::net::Threads::AllCores)?;
        runtime.block_on(async {
            let devnet = shannon::Devnet::start(config)
                .await
                .map_err(|e| Error::usage(format!("cannot listen on {listen}: {e}")))?;
            let stop = crate::shutdown::signal();
            let info = devnet.info();
            announce(ctx, &info, || shannon_banner(&info))?;
            stop.await;
            ctx.printer.warn("stopping the devnet");
            devnet.shutdown().await;
            Ok(EXIT_OK)
        })
    }

    fn config(&self) -> Result<Config> {
        let chains = if self.chains.is_empty() {
            Config::default().chains
        } else {
            self.chains.iter().map(|c| values::chain(c).map(|c| c.id)).collect::<Result<Vec<_>>>()?
        };
        let faults = self.faults()?;
        Ok(Config {
            listen: self.listen.unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8081))),
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
        if self.protocol == Protocol::Shannon {
            return self.run_shannon(ctx);
        }
        if self.full_node_fault.is_some() || !self.keyless.is_empty() {
            return Err(Error::usage(
                "--full-node-fault and --keyless are Shannon devnet flags: add --protocol shannon",
            ));
        }
        let config = self.config()?;
        let listen = config.listen;
        let runtime = super::net::runtime(super::net::Threads::AllCores)?;
        runtime.block_on(async {
            let devnet = Devnet::start(config)
                .await
                .map_err(|e| Error::usage(format!("cannot listen on {listen}: {e}")))?;
            let stop = crate::shutdown::signal();
            let info = devnet.info();
            announce(ctx, &info, || banner(&info))?;
            stop.await;
            ctx.printer.warn("stopping the devnet");
            devnet.shutdown().await;
            Ok(EXIT_OK)
        })
    }
}
