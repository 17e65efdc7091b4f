//! `pgw serve` as a library: a local HTTP JSON-RPC gateway. One [`Gateway`] — one relay engine
//! with in-memory sessions, node QoS and metrics — is shared by every request; background tasks
//! refresh sessions ahead of rollover and check that nodes are in sync. [`start`] binds and
//! serves; [`RunningGateway::shutdown`] stops accepting and lets in-flight relays finish.
//! Nothing here prints: everything goes through the logging layer (`log`).

use std::borrow::Cow;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};

pub mod auth;
pub mod budget;
pub mod http;
pub mod jsonrpc;
pub mod log;
pub mod metrics;
pub mod qos;
pub mod redis;
pub mod refresh;
pub mod routes;
pub mod server;
pub mod share;
pub mod shared;
pub mod store;
pub mod sync;

use crate::network::cache::{Entry, SessionStore};
use crate::network::engine::{Engine, NodeQos, NodeRef, SessionError, Sessions};
use crate::network::morse::Dispatchers;
use crate::network::outcome::Failure;
use crate::network::relayer::{Relayer, SessionSource};
use crate::network::rpc::Rpc;
use crate::network::session::SessionNode;
use crate::protocol::chains::{self, UnknownChain};

pub use auth::ApiKey;
pub use http::HttpOptions;
pub use metrics::Metrics;
pub use qos::{Qos, QosSettings};
pub use refresh::RefreshSettings;
pub use server::ServerOptions;
pub use sync::SyncSettings;

/// Everything that shapes a gateway.
pub struct Config {
    pub listen: SocketAddr,
    /// Chain IDs or aliases; the first is the default (`POST /`).
    pub chains: Vec<String>,
    pub dispatchers: Vec<String>,
    pub rpc: Rpc,
    /// The network's block time, until one is measured.
    pub block_time: Option<Duration>,
    /// Signs, sends and judges relays for the app.
    pub relayer: Arc<dyn Relayer>,
    /// More apps' relayers, taken in turn with `relayer` (a Shannon gateway's other apps).
    pub more_relayers: Vec<Arc<dyn Relayer>>,
    /// Where sessions come from (Morse dispatchers by default; Shannon full nodes).
    pub source: Arc<dyn SessionSource>,
    /// Chains are Shannon service IDs (`eth`, `base`, …) rather than Morse chain IDs.
    pub services: bool,
    /// Check every servicer signature.
    pub verify: bool,
    pub api_key: Option<ApiKey>,
    pub http: HttpOptions,
    pub server: ServerOptions,
    pub qos: QosSettings,
    pub sync: SyncSettings,
    pub refresh: RefreshSettings,
    /// `redis://HOST:PORT[/DB]`: share sessions, evictions and relay budgets with other
    /// gateways through Redis; `None`: in-process state only.
    pub state: Option<String>,
    /// Relays per node per session for every app (`--relay-budget N`); `None`: unlimited.
    pub relay_budget: Option<u64>,
    /// Relays per node per session by (app, chain), before `relay_budget` (`--relay-budget
    /// auto`: each app's from its own stake).
    pub app_budgets: std::collections::HashMap<(String, String), u64>,
}

impl Config {
    /// Defaults: loopback port 8545, eth, verification on, 2 retries, 1 MiB bodies.
    pub fn new(dispatchers: Vec<String>, rpc: Rpc, relayer: Arc<dyn Relayer>) -> Config {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8545)),
            chains: vec!["0021".into()],
            dispatchers,
            rpc,
            block_time: None,
            relayer,
            more_relayers: Vec::new(),
            source: Dispatchers::shared(),
            services: false,
            verify: true,
            api_key: None,
            http: HttpOptions::default(),
            server: ServerOptions::default(),
            qos: QosSettings::default(),
            sync: SyncSettings::default(),
            refresh: RefreshSettings::default(),
            state: None,
            relay_budget: None,
            app_budgets: Default::default(),
        }
    }
}

/// A chain the gateway serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServedChain {
    pub id: String,
    /// The first alias, when pgw knows the chain.
    pub alias: Option<&'static str>,
    pub name: Option<&'static str>,
}

impl ServedChain {
    /// `eth (0021)`, or the ID alone.
    pub fn label(&self) -> String {
        match self.alias {
            Some(alias) => format!("{alias} ({})", self.id),
            None => self.id.clone(),
        }
    }
}

/// The served chain `text` names: a Morse chain ID or alias, or with `services` a Shannon service
/// ID (a Morse chain ID or alias maps to its service).
pub fn resolve_chain(text: &str, services: bool) -> Result<String, String> {
    if services {
        chains::resolve_service(text).map(|s| s.id).map_err(|e| e.to_string())
    } else {
        chains::resolve(text).map(|c| c.id).map_err(|e| e.to_string())
    }
}

/// Resolves and de-duplicates Shannon services, keeping their order.
pub fn served_services(names: &[String]) -> Result<Vec<ServedChain>, chains::UnknownService> {
    let mut served: Vec<ServedChain> = Vec::new();
    for name in names {
        let service = chains::resolve_service(name)?;
        if !served.iter().any(|s| s.id == service.id) {
            served.push(ServedChain { alias: None, name: service.known.map(|k| k.name), id: service.id });
        }
    }
    Ok(served)
}

/// The sync check of a served chain: by its Morse chain ID, or a Shannon service's.
pub(crate) fn sync_check(chain: &str) -> Option<Arc<dyn sync::SyncCheck>> {
    sync::check_for(chain).or_else(|| {
        chains::SERVICES.iter().find(|s| s.id == chain).and_then(|s| s.morse).and_then(sync::check_for)
    })
}

/// Resolves and de-duplicates chains, keeping their order.
pub fn served_chains(names: &[String]) -> Result<Vec<ServedChain>, UnknownChain> {
    let mut served: Vec<ServedChain> = Vec::new();
    for name in names {
        let chain = chains::resolve(name)?;
        if !served.iter().any(|s| s.id == chain.id) {
            served.push(ServedChain {
                alias: chain.known.and_then(|k| k.aliases.first().copied()),
                name: chain.known.map(|k| k.name),
                id: chain.id,
            });
        }
    }
    Ok(served)
}

/// The QoS key of `app`'s session of `chain`: the chain itself when the gateway has one app;
/// `CHAIN@APP` when it has several (each app has its own session and suppliers, tracked apart).
pub fn lane<'a>(chain: &'a str, app: &str, several_apps: bool) -> Cow<'a, str> {
    if several_apps { Cow::Owned(format!("{chain}@{app}")) } else { Cow::Borrowed(chain) }
}

/// The QoS and the metrics see every attempt.
struct Instrumented {
    qos: Arc<Qos>,
    metrics: Arc<Metrics>,
    budget: Arc<budget::Budget>,
    shared: Option<Arc<shared::Shared>>,
    /// The gateway relays for several apps: the QoS tracks each app's session apart.
    several_apps: bool,
}

impl Instrumented {
    fn lane<'a>(&self, chain: &'a str, entry: &Entry) -> Cow<'a, str> {
        lane(chain, &entry.dispatch.session.app_public_key, self.several_apps)
    }
}

impl NodeQos for Instrumented {
    fn rank<'e>(
        &self,
        chain: &str,
        entry: &'e Entry,
        candidates: Vec<&'e SessionNode>,
    ) -> Vec<&'e SessionNode> {
        self.qos.order(&self.lane(chain, entry), entry, candidates)
    }

    fn observe(
        &self,
        chain: &str,
        entry: &Entry,
        node: &NodeRef,
        latency: Duration,
        failure: Option<&Failure>,
    ) {
        let outcome = failure.map_or("ok", Failure::kind);
        self.metrics.attempt(chain, &node.address, outcome, failure.and_then(Failure::pocket_code));
        let lane = self.lane(chain, entry);
        self.qos.record(&lane, entry, node, latency, failure);
        let Some(shared) = &self.shared else { return };
        match failure.map(qos::verdict) {
            Some(qos::Verdict::Evict(reason)) => shared.evict(chain, entry, &node.address, &reason),
            Some(qos::Verdict::TimeOut) => {
                if let Some(rest) = self.qos.resting(&lane, &node.address) {
                    let until = crate::network::cache::now_ms() + rest.as_millis() as u64;
                    shared.rest(chain, entry, &node.address, until);
                }
            }
            _ => {}
        }
    }

    fn admit<'a>(
        &'a self,
        chain: &'a str,
        entry: &'a Entry,
        ranked: Vec<&'a SessionNode>,
        room: usize,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Vec<&'a SessionNode>> + Send + 'a>> {
        Box::pin(self.budget.admit(chain, entry, ranked, room))
    }
}

/// What every request shares.
pub struct Gateway {
    pub engine: Engine,
    pub qos: Arc<Qos>,
    pub metrics: Arc<Metrics>,
    /// Served chains; the first is the default.
    pub chains: Vec<ServedChain>,
    pub api_key: Option<ApiKey>,
    pub options: HttpOptions,
    pub sync: SyncSettings,
    pub refresh: RefreshSettings,
    /// Chains are Shannon service IDs.
    pub services: bool,
    store: Arc<store::QosStore>,
    /// The Redis-shared state (`--state redis://…`).
    pub shared: Option<Arc<shared::Shared>>,
    stopping: AtomicBool,
}

impl Gateway {
    /// The cached session of `chain` for the gateway's first app (no dispatch).
    pub fn current(&self, chain: &str) -> Option<Arc<Entry>> {
        self.store.load(&self.key(chain))
    }

    /// The cached session of `chain` for `app` (no dispatch).
    pub fn current_of(&self, chain: &str, app: &str) -> Option<Arc<Entry>> {
        self.store.load(&self.engine.sessions.key(app, chain))
    }

    /// The session cache key of `chain` for the gateway's first app.
    pub fn key(&self, chain: &str) -> String {
        self.engine.sessions.key(self.engine.app(), chain)
    }

    /// Every app the gateway relays for, the first one first (a Shannon gateway's `--app`s).
    pub fn apps(&self) -> impl Iterator<Item = &str> {
        self.engine.relayers().iter().map(|r| r.app())
    }

    /// The QoS key of `app`'s session of `chain` (see [`lane`]).
    pub fn lane<'a>(&self, chain: &'a str, app: &str) -> Cow<'a, str> {
        lane(chain, app, self.engine.relayers().len() > 1)
    }

    /// Takes what other gateways shared through Redis, for every app: a newer session,
    /// evictions.
    pub async fn pull_shared(&self, chain: &str) {
        let Some(shared) = &self.shared else { return };
        for app in self.apps() {
            let lane = self.lane(chain, app);
            if self.store.pull(&self.engine.sessions.key(app, chain)).await
                && let Some(entry) = self.current_of(chain, app)
            {
                self.qos.track(&lane, &entry);
                self.metrics.session_height(chain, entry.dispatch.session.session_height);
            }
            let Some(entry) = self.current_of(chain, app) else { continue };
            for (node, reason) in shared.evictions(chain, &entry).await.unwrap_or_default() {
                self.qos.evict(&lane, &entry, &node, &reason);
            }
            let now = crate::network::cache::now_ms();
            for (node, until) in shared.rests(chain, &entry).await.unwrap_or_default() {
                if until > now {
                    self.qos.rest(&lane, &entry, &node, Duration::from_millis(until - now));
                }
            }
        }
    }

    pub fn block_time(&self) -> Option<Duration> {
        self.engine.sessions.block_time
    }

    /// Whether shutdown has begun (`/health` answers 503).
    pub fn stopping(&self) -> bool {
        self.stopping.load(Ordering::Relaxed)
    }
}

/// Why a gateway did not start.
#[derive(Debug)]
pub enum StartError {
    UnknownChain(UnknownChain),
    UnknownService(String),
    NoChain,
    Listen {
        addr: SocketAddr,
        error: std::io::Error,
    },
    /// A dispatcher refused a chain's dispatch (other dispatchers would too).
    Session {
        chain: String,
        error: SessionError,
    },
    /// `--state` is not a Redis URL.
    State(String),
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StartError::UnknownChain(e) => write!(f, "{e}"),
            StartError::UnknownService(e) => f.write_str(e),
            StartError::NoChain => f.write_str("no chain to serve: pass --chain CHAIN"),
            StartError::Listen { addr, error } => {
                write!(f, "cannot listen on {addr}: {error}; pick another address with --listen")
            }
            StartError::Session { chain, error } => {
                write!(f, "chain {chain}: {}", error.describe().message)
            }
            StartError::State(message) => f.write_str(message),
        }
    }
}

/// A gateway that is serving.
pub struct RunningGateway {
    /// `http://ADDR` (the bound address, so port 0 is resolved).
    pub url: String,
    pub addr: SocketAddr,
    pub gateway: Arc<Gateway>,
    stop: watch::Sender<bool>,
    server: tokio::task::JoinHandle<bool>,
    background: Vec<tokio::task::JoinHandle<()>>,
}

impl RunningGateway {
    /// Stops accepting, lets in-flight requests finish within the shutdown grace, stops the
    /// background tasks; returns whether every in-flight request finished.
    pub async fn shutdown(self) -> bool {
        self.gateway.stopping.store(true, Ordering::Relaxed);
        let _ = self.stop.send(true);
        let finished = self.server.await.unwrap_or(false);
        for task in &self.background {
            task.abort();
        }
        finished
    }
}

/// Builds the gateway, binds `config.listen`, fetches each chain's first session, and starts
/// serving with the background refresh and sync tasks, on the current tokio runtime.
pub async fn start(config: Config) -> Result<RunningGateway, StartError> {
    let chains = if config.services {
        served_services(&config.chains).map_err(|e| StartError::UnknownService(e.to_string()))?
    } else {
        served_chains(&config.chains).map_err(StartError::UnknownChain)?
    };
    if chains.is_empty() {
        return Err(StartError::NoChain);
    }
    let listener = TcpListener::bind(config.listen)
        .await
        .map_err(|error| StartError::Listen { addr: config.listen, error })?;
    let addr = listener.local_addr().map_err(|error| StartError::Listen { addr: config.listen, error })?;
    let client = config.state.as_deref().map(redis::client).transpose().map_err(StartError::State)?;
    let metrics = Arc::new(Metrics::new());
    let qos = Arc::new(Qos::new(config.qos, Arc::new(qos::SystemClock), Some(log::changes())));
    let shared = match client {
        Some(client) => {
            let redis = redis::Redis::connect(client, metrics.clone()).await;
            Some(Arc::new(shared::Shared { redis, block_time: config.block_time }))
        }
        None => None,
    };
    let store = Arc::new(match &shared {
        Some(shared) => store::QosStore::shared(shared.clone()),
        None => store::QosStore::default(),
    });
    let limits = budget::Limits { all: config.relay_budget, by_app: config.app_budgets };
    let budget = Arc::new(budget::Budget::new(limits, shared.clone(), metrics.clone()));
    let sessions = Sessions {
        rpc: config.rpc,
        source: config.source,
        dispatchers: config.dispatchers,
        store: store.clone() as Arc<dyn SessionStore>,
        block_time: config.block_time,
        observer: Some(log::observer()),
    };
    let several_apps = !config.more_relayers.is_empty();
    let mut engine = Engine::new(sessions, config.relayer);
    for relayer in config.more_relayers {
        engine.add_relayer(relayer);
    }
    engine.verify = config.verify;
    engine.qos = Some(Arc::new(Instrumented {
        qos: qos.clone(),
        metrics: metrics.clone(),
        budget: budget.clone(),
        shared: shared.clone(),
        several_apps,
    }));
    let gateway = Arc::new(Gateway {
        engine,
        qos,
        metrics,
        chains,
        api_key: config.api_key,
        options: config.http,
        sync: config.sync,
        refresh: config.refresh,
        services: config.services,
        store,
        shared,
        stopping: AtomicBool::new(false),
    });
    for chain in &gateway.chains {
        gateway.metrics.serve_chain(&chain.id);
        budget.announce(&chain.id, gateway.apps());
        // Every app's session: each has its own suppliers.
        for relayer in gateway.engine.relayers() {
            let app = relayer.app();
            // A session another gateway already fetched is used, not fetched again.
            gateway.store.pull(&gateway.engine.sessions.key(app, &chain.id)).await;
            match gateway.engine.session_of(relayer, &chain.id, false).await {
                Ok(entry) => {
                    let height = entry.dispatch.session.session_height;
                    gateway.qos.track(&gateway.lane(&chain.id, app), &entry);
                    gateway.metrics.session_height(&chain.id, height);
                    tracing::info!(chain = %chain.id, app, session_height = height, nodes = entry.dispatch.session.nodes.len(), "session");
                }
                Err(crate::network::engine::RelayError::Session(error @ SessionError::Refused { .. })) => {
                    return Err(StartError::Session { chain: chain.id.clone(), error });
                }
                Err(e) => {
                    tracing::warn!(chain = %chain.id, app, error = %e.describe().message, "no session yet; retrying in the background")
                }
            }
        }
    }
    let (stop, stopped) = watch::channel(false);
    let mut background = Vec::new();
    for chain in &gateway.chains {
        // One refresh (and sync check) per app's session.
        for relayer in gateway.engine.relayers() {
            let wake = Arc::new(Notify::new());
            background.push(tokio::spawn(refresh::run(
                gateway.clone(),
                chain.id.clone(),
                relayer.clone(),
                wake.clone(),
                stopped.clone(),
            )));
            if let Some(check) = sync_check(&chain.id) {
                background.push(tokio::spawn(sync::run(
                    gateway.clone(),
                    chain.id.clone(),
                    relayer.clone(),
                    check,
                    wake,
                    stopped.clone(),
                )));
            }
        }
    }
    if gateway.shared.is_some() {
        background.push(tokio::spawn(share::run(gateway.clone(), stopped.clone())));
    }
    let server = tokio::spawn(server::run(listener, gateway.clone(), config.server, stopped));
    tracing::info!(url = %format!("http://{addr}"), chains = gateway.chains.len(), "serving");
    Ok(RunningGateway { url: format!("http://{addr}"), addr, gateway, stop, server, background })
}

/// Resolves once `flag` is true (or its sender is gone).
pub(crate) async fn raised(flag: &mut watch::Receiver<bool>) {
    let _ = flag.wait_for(|raised| *raised).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chains_resolve_in_order_without_duplicates() {
        let served = served_chains(&["eth".into(), "0001".into(), "0021".into(), "0aff".into()]).unwrap();
        let labels: Vec<String> = served.iter().map(ServedChain::label).collect();
        assert_eq!(labels, ["eth (0021)", "pokt (0001)", "0AFF"]);
        assert!(served_chains(&["nope".into()]).is_err());
    }
}
