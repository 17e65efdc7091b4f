//! `pgw devnet --protocol shannon`: a local Shannon network on loopback — a full node (the REST
//! routes and the CometBFT `/status` route pgw uses, in poktroll's JSON shapes) and one relay
//! miner per supplier, each on its own port, validating every relay as a poktroll relay miner
//! does and signing every answer with the supplier's key. Keys are deterministic from the seed;
//! apps, gateways and delegations are seeded (world.rs). Fault profiles are the Morse devnet's
//! (`devnet::faults`), per relay miner.

use std::collections::{BTreeSet, HashMap};
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use serde::Serialize;
use tokio::net::TcpListener;
use tokio::sync::watch;

pub mod ledger;
pub mod service;
pub mod world;

use super::faults::Fault;
use super::server;
use world::{Params, Seeding, World};

/// Everything that shapes a Shannon devnet.
#[derive(Debug, Clone)]
pub struct Config {
    /// The full node's address (relay miners get their own loopback ports).
    pub listen: SocketAddr,
    pub suppliers: usize,
    pub apps: usize,
    pub gateways: usize,
    pub services: Vec<String>,
    pub params: Params,
    pub seed: String,
    /// Per relay miner (supplier index).
    pub faults: HashMap<usize, Fault>,
    /// Suppliers whose accounts have no public key on chain.
    pub keyless: BTreeSet<usize>,
    /// A fault of the full node itself (down, slow, 5xx, garbage, lagging).
    pub full_node_fault: Fault,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            suppliers: 3,
            apps: 3,
            gateways: 2,
            services: vec!["eth".into(), "anvil".into()],
            params: Params::default(),
            seed: "pgw-devnet".into(),
            faults: HashMap::new(),
            keyless: BTreeSet::new(),
            full_node_fault: Fault::None,
        }
    }
}

/// A running Shannon devnet.
pub struct Devnet {
    pub world: Arc<World>,
    /// The full node's REST base URL (CometBFT `/status` answers on it too).
    pub full_node_url: String,
    faults: HashMap<usize, Fault>,
    shutdown: watch::Sender<bool>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
    /// The down suppliers' and full node's ports, held so that they stay refused.
    _closed: Vec<server::ClosedPort>,
}

#[derive(Debug, Serialize)]
pub struct ActorInfo {
    pub index: usize,
    pub address: String,
    pub public_key: String,
}

#[derive(Debug, Serialize)]
pub struct AppInfo {
    pub index: usize,
    pub address: String,
    pub public_key: String,
    pub services: Vec<String>,
    pub delegatee_gateways: Vec<String>,
    /// Height → gateways undelegated then.
    pub pending_undelegations: std::collections::BTreeMap<u64, Vec<String>>,
}

#[derive(Debug, Serialize)]
pub struct SupplierInfo {
    pub index: usize,
    pub operator_address: String,
    /// `None`: no public key on chain.
    pub public_key: Option<String>,
    pub relay_miner_url: String,
    pub fault: String,
}

/// What `pgw devnet --protocol shannon` prints.
#[derive(Debug, Serialize)]
pub struct Info {
    pub protocol: &'static str,
    pub network: &'static str,
    pub full_node: String,
    pub cometbft: String,
    pub height: i64,
    pub num_blocks_per_session: u64,
    pub grace_period_end_offset_blocks: u64,
    pub services: Vec<String>,
    /// How the seeded keys are derived (test keys: never use them on a real network).
    pub key_derivation: String,
    pub apps: Vec<AppInfo>,
    pub gateways: Vec<ActorInfo>,
    pub suppliers: Vec<SupplierInfo>,
}

fn respond(reply: service::Reply) -> Response {
    let status = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, [(header::CONTENT_TYPE, "application/json")], reply.body).into_response()
}

/// The fault timing and transport faults shared by the full node and the relay miners; `None`
/// when the request goes on to be answered.
async fn transport_fault(fault: Fault) -> Option<Response> {
    match fault {
        Fault::Slow(delay) => tokio::time::sleep(delay).await,
        Fault::Timeout => std::future::pending::<()>().await,
        Fault::Http5xx => {
            return Some(
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "<html><body><h1>503 Service Unavailable</h1></body></html>",
                )
                    .into_response(),
            );
        }
        Fault::Garbage => {
            return Some((StatusCode::OK, "<html>502 Bad Gateway</html>\u{0}\u{1}").into_response());
        }
        _ => {}
    }
    None
}

#[derive(Clone)]
struct FullNodeState {
    world: Arc<World>,
    fault: Fault,
}

async fn full_node(
    State(s): State<FullNodeState>,
    method: axum::http::Method,
    uri: Uri,
    body: Bytes,
) -> Response {
    if let Some(r) = transport_fault(s.fault).await {
        return r;
    }
    if method == axum::http::Method::POST {
        return respond(service::full_node_post(&s.world, uri.path(), &body));
    }
    respond(service::full_node(&s.world, uri.path(), uri.query().unwrap_or(""), s.fault))
}

#[derive(Clone)]
struct MinerState {
    world: Arc<World>,
    index: usize,
    fault: Fault,
}

async fn relay_miner(State(s): State<MinerState>, headers: HeaderMap, body: Bytes) -> Response {
    if let Some(r) = transport_fault(s.fault).await {
        return r;
    }
    let rpc_type = headers.get("rpc-type").map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let answer = service::relay(&s.world, s.index, &body, rpc_type.as_deref(), s.fault);
    (StatusCode::OK, [(header::CONNECTION, "close")], answer).into_response()
}

impl Devnet {
    /// Binds every port and starts serving on the current tokio runtime.
    pub async fn start(config: Config) -> std::io::Result<Devnet> {
        let seeding = Seeding {
            apps: config.apps,
            gateways: config.gateways,
            suppliers: config.suppliers,
            keyless: config.keyless.clone(),
            keys: HashMap::new(),
        };
        let mut world = World::new(config.params.clone(), &config.seed, config.services.clone(), &seeding);
        let (shutdown, stop) = watch::channel(false);
        let server::NodePorts { listeners, addrs, mut closed } =
            server::bind_nodes(config.listen.ip(), config.suppliers, &config.faults).await?;
        for (supplier, addr) in world.suppliers.iter_mut().zip(addrs) {
            supplier.url = format!("http://{addr}");
        }
        let world = Arc::new(world);
        let mut tasks = Vec::new();
        let full_node_url = if config.full_node_fault == Fault::Down {
            let port = server::closed_port(config.listen.ip())?;
            let url = format!("http://{}", port.addr);
            closed.push(port);
            url
        } else {
            let listener = TcpListener::bind(config.listen).await?;
            let url = format!("http://{}", listener.local_addr()?);
            let router = Router::new()
                .fallback(any(full_node))
                .with_state(FullNodeState { world: world.clone(), fault: config.full_node_fault });
            tasks.push(server::spawn(listener, router, stop.clone()));
            url
        };
        for (index, listener) in listeners.into_iter().enumerate() {
            if let Some(listener) = listener {
                let fault = config.faults.get(&index).copied().unwrap_or_default();
                let router = Router::new().fallback(any(relay_miner)).with_state(MinerState {
                    world: world.clone(),
                    index,
                    fault,
                });
                tasks.push(server::spawn(listener, router, stop.clone()));
            }
        }
        Ok(Devnet { world, full_node_url, faults: config.faults, shutdown, tasks, _closed: closed })
    }

    pub fn info(&self) -> Info {
        let w = &self.world;
        Info {
            protocol: "shannon",
            network: world::NETWORK,
            full_node: self.full_node_url.clone(),
            cometbft: self.full_node_url.clone(),
            height: w.height(),
            num_blocks_per_session: w.params.shared.num_blocks_per_session,
            grace_period_end_offset_blocks: w.params.shared.grace_period_end_offset_blocks,
            services: w.services.clone(),
            key_derivation: format!("private key = SHA-256(\"{}/<app|gateway|supplier>/<index>\")", w.seed),
            apps: w
                .apps
                .iter()
                .enumerate()
                .map(|(index, (a, app))| AppInfo {
                    index,
                    address: a.address.clone(),
                    public_key: a.public_key.to_string(),
                    services: app.service_ids.clone(),
                    delegatee_gateways: app.delegatee_gateway_addresses.clone(),
                    pending_undelegations: app.pending_undelegations.clone(),
                })
                .collect(),
            gateways: w
                .gateways
                .iter()
                .enumerate()
                .map(|(index, g)| ActorInfo {
                    index,
                    address: g.address.clone(),
                    public_key: g.public_key.to_string(),
                })
                .collect(),
            suppliers: w
                .suppliers
                .iter()
                .map(|s| SupplierInfo {
                    index: s.index,
                    operator_address: s.actor.address.clone(),
                    public_key: (!s.keyless).then(|| s.actor.public_key.to_string()),
                    relay_miner_url: s.url.clone(),
                    fault: self.faults.get(&s.index).copied().unwrap_or_default().to_string(),
                })
                .collect(),
        }
    }

    /// Stops accepting, lets in-flight requests finish (bounded), and returns.
    pub async fn shutdown(self) {
        let _ = self.shutdown.send(true);
        for task in self.tasks {
            let _ = tokio::time::timeout(server::SHUTDOWN_GRACE, task).await;
        }
    }
}
