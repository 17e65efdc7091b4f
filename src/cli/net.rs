//! What `dispatch`, `relay`, `bench` and `serve` share: network settings (or an in-process
//! devnet with `--devnet`), the session store, -v progress lines, and the exit codes of relay
//! failures (their kinds and wording are the network layer's: `network/describe.rs`).

use std::sync::Arc;
use std::time::Duration;

use clap::Args;

use super::Ctx;
use crate::devnet::{self, Devnet, shannon};
use crate::error::{EXIT_DISPATCH, EXIT_NO_CONSENSUS, EXIT_REJECTED, EXIT_RELAY, Error, Result};
use crate::network::cache::{DiskStore, MemoryStore, SessionStore};
use crate::network::config::{self, NetworkEnv, NetworkFlags, Protocol, Settings};
use crate::network::describe::Described;
use crate::network::engine::{Event, Observer, RelayError, SessionError, Sessions};
use crate::network::morse::Dispatchers;
use crate::network::relayer::SessionSource;
use crate::network::rpc::Rpc;
use crate::network::shannon::FullNodes;
use crate::output::Printer;

/// Flags shared by every command that talks to the network (flatten into clap Args).
#[derive(Debug, Clone, Default, Args)]
pub struct NetworkArgs {
    /// Dispatcher URL (Morse) or full-node REST URL (Shannon, alias --full-node); repeat for
    /// failover, tried in order [env: PGW_DISPATCHERS, comma-separated]
    #[arg(long = "dispatcher", visible_alias = "full-node", value_name = "URL")]
    pub dispatchers: Vec<String>,
    /// Profile from $PGW_HOME/config.toml, or built in: local, local-shannon, shannon-mainnet,
    /// shannon-testnet [env: PGW_PROFILE]
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// The network's protocol: morse or shannon (overrides the profile's) [env: PGW_PROTOCOL]
    #[arg(long, value_name = "PROTOCOL")]
    pub protocol: Option<String>,
    /// TCP/TLS connect timeout, e.g. 2s or 500ms [env: PGW_CONNECT_TIMEOUT] [default: 3s]
    #[arg(long, value_name = "DURATION")]
    pub connect_timeout: Option<String>,
    /// Timeout for each request to a dispatcher or node [env: PGW_TIMEOUT] [default: 10s]
    #[arg(long, value_name = "DURATION")]
    pub timeout: Option<String>,
}

impl NetworkArgs {
    /// The command's network settings: these flags > environment > config.toml > defaults,
    /// resolved once (`network::config`).
    pub fn settings(&self, ctx: &Ctx) -> Result<Settings> {
        let flags = NetworkFlags {
            dispatchers: self.dispatchers.clone(),
            profile: self.profile.clone(),
            protocol: self.protocol.clone(),
            connect_timeout: self.connect_timeout.clone(),
            timeout: self.timeout.clone(),
        };
        config::load(&ctx.home()?, &flags, &NetworkEnv::from_process())
    }
}

/// The chain a command names, as `protocol` spells it: a Morse chain ID, or a Shannon service ID
/// (a Morse chain ID or alias maps to its service: `0021` and `eth` are both `eth`).
pub fn chain_id(protocol: Protocol, input: &str) -> Result<String> {
    match protocol {
        Protocol::Morse => Ok(super::values::chain(input)?.id),
        Protocol::Shannon => crate::protocol::chains::resolve_service(input)
            .map(|s| s.id)
            .map_err(|e| Error::usage(e.to_string())),
    }
}

#[derive(Debug, Args)]
pub struct NetArgs {
    #[command(flatten)]
    pub network: NetworkArgs,
    /// Start a local devnet inside this process and use it: no set-up, and an ephemeral app key
    /// when none is given
    #[arg(long, conflicts_with_all = ["dispatchers", "profile"])]
    pub devnet: bool,
}

/// A network to talk to: its dispatchers, client and session store.
pub struct Network {
    pub settings: Settings,
    pub dispatchers: Vec<String>,
    pub rpc: Rpc,
    pub block_time: Option<Duration>,
    pub store: Arc<dyn SessionStore>,
    /// The in-process devnet, with `--devnet`.
    pub devnet: Option<Devnet>,
    /// The in-process Shannon devnet, with `--devnet` on Shannon.
    pub shannon_devnet: Option<shannon::Devnet>,
}

impl NetArgs {
    /// The chain `input` names on the protocol these flags resolve to.
    pub fn chain_id(&self, ctx: &Ctx, input: &str) -> Result<String> {
        chain_id(self.network.settings(ctx)?.protocol.value, input)
    }

    /// Resolves settings and, with `--devnet`, starts a devnet that hosts `chain` too.
    pub async fn connect(&self, ctx: &Ctx, chain: &str) -> Result<Network> {
        let home = ctx.home()?;
        let settings = self.network.settings(ctx)?;
        let rpc = Rpc::new(settings.connect_timeout.value, settings.timeout.value).map_err(Error::usage)?;
        if self.devnet && settings.protocol.value == Protocol::Shannon {
            let mut config = shannon::Config::default();
            let service = crate::protocol::chains::resolve_service(chain)
                .map(|s| s.id)
                .unwrap_or_else(|_| chain.to_string());
            if !config.services.contains(&service) {
                config.services.push(service);
            }
            let block_time = config.params.block_time;
            let devnet = shannon::Devnet::start(config)
                .await
                .map_err(|e| Error::usage(format!("cannot start the in-process devnet: {e}")))?;
            ctx.printer.detail(&format!("devnet: full node {}", devnet.full_node_url));
            return Ok(Network {
                dispatchers: vec![devnet.full_node_url.clone()],
                settings,
                rpc,
                block_time: Some(block_time),
                store: Arc::new(MemoryStore::default()),
                devnet: None,
                shannon_devnet: Some(devnet),
            });
        }
        if self.devnet {
            let mut config = devnet::Config::default();
            if !config.chains.iter().any(|c| c == chain) {
                config.chains.push(chain.to_string());
            }
            let block_time = config.params.block_time;
            let devnet = Devnet::start(config)
                .await
                .map_err(|e| Error::usage(format!("cannot start the in-process devnet: {e}")))?;
            ctx.printer.detail(&format!("devnet: dispatcher {}", devnet.dispatcher_url));
            return Ok(Network {
                dispatchers: vec![devnet.dispatcher_url.clone()],
                settings,
                rpc,
                block_time: Some(block_time),
                store: Arc::new(MemoryStore::default()),
                devnet: Some(devnet),
                shannon_devnet: None,
            });
        }
        let dispatchers = settings.require_dispatchers()?.to_vec();
        Ok(Network {
            block_time: settings.block_time.value,
            dispatchers,
            rpc,
            store: Arc::new(DiskStore::new(&home)),
            devnet: None,
            shannon_devnet: None,
            settings,
        })
    }
}

impl Network {
    pub fn protocol(&self) -> Protocol {
        self.settings.protocol.value
    }

    /// Where this network's sessions come from: dispatchers (Morse) or full nodes (Shannon, with
    /// the profile's CometBFT URL for its first full node, or the devnet's).
    pub fn source(&self) -> Arc<dyn SessionSource> {
        match self.protocol() {
            Protocol::Morse => Dispatchers::shared(),
            Protocol::Shannon => {
                let mut cometbft = std::collections::HashMap::new();
                if let Some(d) = &self.shannon_devnet {
                    cometbft.insert(d.full_node_url.clone(), d.full_node_url.clone());
                } else if let (Some(first), Some(comet)) =
                    (self.dispatchers.first(), self.settings.cometbft.value.as_ref())
                    && self.settings.dispatchers.source == self.settings.cometbft.source
                {
                    cometbft.insert(first.clone(), comet.clone());
                }
                FullNodes::shared(cometbft)
            }
        }
    }

    pub fn sessions(&self, printer: Printer) -> Sessions {
        Sessions {
            rpc: self.rpc.clone(),
            source: self.source(),
            dispatchers: self.dispatchers.clone(),
            store: self.store.clone(),
            block_time: self.block_time,
            observer: Some(observer(printer)),
        }
    }

    /// Stops the in-process devnet, if any.
    pub async fn close(self) {
        if let Some(devnet) = self.devnet {
            devnet.shutdown().await;
        }
        if let Some(devnet) = self.shannon_devnet {
            devnet.shutdown().await;
        }
    }
}

/// How many threads a command's runtime runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Threads {
    /// One: a command's few relays (`relay`, `dispatch`) need no more, and it starts fastest.
    One,
    /// One per core: long-lived load (`bench`, `serve`, `devnet`). On one core (`taskset -c 0`, a
    /// one-CPU container) that is one thread, run by the current-thread scheduler: the
    /// multi-thread one with a single worker cost serve 8–17% more CPU per relay
    /// (docs/performance.md, "One core, one thread").
    AllCores,
}

/// Whether a command's runtime needs tokio's multi-thread scheduler, on `cores` usable cores.
fn multi_thread(threads: Threads, cores: usize) -> bool {
    threads == Threads::AllCores && cores > 1
}

/// The tokio runtime of a network command: the one place it is built.
pub fn runtime(threads: Threads) -> Result<tokio::runtime::Runtime> {
    // available_parallelism follows the process's CPU affinity (taskset) and cgroup quota.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut builder = if multi_thread(threads, cores) {
        tokio::runtime::Builder::new_multi_thread()
    } else {
        tokio::runtime::Builder::new_current_thread()
    };
    builder.enable_all().build().map_err(|e| Error::usage(format!("cannot start the async runtime: {e}")))
}

fn short(address: &str) -> &str {
    address.get(..8).unwrap_or(address)
}

/// Prints engine events on stderr: cache warnings always (unless -q), the rest with -v.
pub fn observer(printer: Printer) -> Observer {
    Observer::new(printer.shows_detail(), move |event: &Event| match event {
        Event::CacheWarning(message) => printer.warn(&format!("session cache: {message}")),
        Event::Session { source, session_height, nodes, cached } => printer.detail(&format!(
            "session {session_height} ({nodes} nodes) {}",
            if *cached {
                format!("from the cache (dispatched by {source})")
            } else {
                format!("from {source}")
            }
        )),
        Event::DispatcherFailed { dispatcher, error } => {
            printer.detail(&format!("dispatcher {dispatcher} failed: {error}"))
        }
        Event::Attempt(a) => printer.detail(&format!(
            "attempt: node {} {} {:.1} ms {}{}",
            short(&a.node),
            a.service_url,
            a.latency_ms,
            a.outcome,
            a.error.as_ref().map(|e| format!(": {e}")).unwrap_or_default()
        )),
    })
}

/// The exit code of a relay failure kind (docs/output.md).
fn exit_code(kind: &str) -> u8 {
    match kind {
        "no_session" => EXIT_DISPATCH,
        "rejected" => EXIT_REJECTED,
        "no_consensus" => EXIT_NO_CONSENSUS,
        _ => EXIT_RELAY,
    }
}

fn network_error(d: Described) -> Error {
    let details = Some(d.details).filter(|v| !v.is_null());
    Error::Network { kind: d.kind, exit: exit_code(d.kind), message: d.message, details }
}

/// A session failure as pgw's error (exit 5).
pub fn session_error(e: SessionError) -> Error {
    network_error(e.describe())
}

/// A relay failure on `protocol` (Shannon's sessions come from full nodes, and say so).
pub fn relay_error_on(protocol: Protocol, e: RelayError) -> Error {
    match (protocol, e) {
        (Protocol::Shannon, RelayError::Session(e)) => network_error(e.describe().on_full_nodes()),
        (_, e) => relay_error(e),
    }
}

/// A relay failure as pgw's error: its kind and wording from the network layer, with exit
/// codes 5–8 (2 for a --node that is not in the session).
pub fn relay_error(e: RelayError) -> Error {
    match e {
        RelayError::NodeNotInSession { .. } => Error::usage(e.describe().message),
        e => network_error(e.describe()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::runtime::RuntimeFlavor;

    #[test]
    fn one_core_or_one_thread_runs_the_current_thread_scheduler() {
        assert!(!multi_thread(Threads::One, 1));
        assert!(!multi_thread(Threads::One, 8));
        assert!(!multi_thread(Threads::AllCores, 1));
        assert!(multi_thread(Threads::AllCores, 2));
    }

    #[test]
    fn each_runtime_runs_spawned_tasks_with_the_flavor_its_cores_call_for() {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        for threads in [Threads::One, Threads::AllCores] {
            let rt = runtime(threads).unwrap();
            let want = if multi_thread(threads, cores) {
                RuntimeFlavor::MultiThread
            } else {
                RuntimeFlavor::CurrentThread
            };
            assert_eq!(rt.handle().runtime_flavor(), want, "{threads:?} on {cores} cores");
            assert_eq!(rt.block_on(async { tokio::spawn(async { 7 }).await.unwrap() }), 7);
        }
    }
}
