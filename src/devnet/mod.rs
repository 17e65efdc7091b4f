//! `pgw devnet`: a local network that answers exactly like pocket-core — a dispatcher and a set
//! of servicer nodes on loopback, each node with its own port, deterministic keys, relay
//! validation in pocket-core's order, signed answers, and per-node fault profiles.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

use serde::Serialize;
use tokio::net::TcpListener;
use tokio::sync::watch;

pub mod chain;
pub mod faults;
pub mod ledger;
pub mod server;
pub mod service;
pub mod shannon;
pub mod world;

use crate::protocol::morse::keys::Address;
use faults::Fault;
use world::{App, Params, World};

/// Everything that shapes a devnet.
#[derive(Debug, Clone)]
pub struct Config {
    /// The dispatcher's address (nodes get their own loopback ports).
    pub listen: SocketAddr,
    pub nodes: usize,
    pub chains: Vec<String>,
    pub params: Params,
    pub seed: String,
    pub faults: HashMap<usize, Fault>,
    /// `None`: any app that dispatches is staked on the fly. `Some`: only these apps.
    pub apps: Option<Vec<App>>,
    /// Chain → RPC URL to forward relays to, instead of the built-in chain.
    pub upstreams: HashMap<String, String>,
    /// Genesis balances (upokt), for addresses that will sign transactions.
    pub funds: Vec<(Address, u64)>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            nodes: 5,
            chains: vec!["0001".into(), "0021".into()],
            params: Params::default(),
            seed: "pgw-devnet".into(),
            faults: HashMap::new(),
            apps: None,
            upstreams: HashMap::new(),
            funds: Vec::new(),
        }
    }
}

/// A running devnet; dropping it without [`Devnet::shutdown`] also stops the servers.
pub struct Devnet {
    pub world: Arc<World>,
    pub dispatcher_url: String,
    faults: HashMap<usize, Fault>,
    funded: Vec<(String, u64)>,
    shutdown: watch::Sender<bool>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
    /// The down nodes' ports, held so that they stay refused.
    _closed: Vec<server::ClosedPort>,
}

#[derive(Debug, Serialize)]
pub struct NodeInfo {
    pub index: usize,
    pub address: String,
    pub public_key: String,
    pub service_url: String,
    pub chains: Vec<String>,
    pub fault: String,
}

#[derive(Debug, Serialize)]
pub struct ChainInfo {
    pub id: String,
    pub name: Option<&'static str>,
    pub nodes: usize,
}

/// What `pgw devnet` prints.
#[derive(Debug, Serialize)]
pub struct Info {
    pub dispatcher: String,
    pub height: i64,
    pub blocks_per_session: i64,
    pub session_nodes: usize,
    pub auto_stake: bool,
    /// The chain id transactions are signed for.
    pub chain_id: String,
    /// Funded accounts: (address, upokt).
    pub funded: Vec<(String, u64)>,
    pub chains: Vec<ChainInfo>,
    pub nodes: Vec<NodeInfo>,
    pub try_it: String,
}

impl Devnet {
    /// Binds every port and starts serving on the current tokio runtime.
    pub async fn start(config: Config) -> std::io::Result<Devnet> {
        let node_chains = vec![config.chains.clone(); config.nodes];
        let mut world = World::new(config.params.clone(), &config.seed, node_chains, config.apps.is_none());
        world.upstreams = config.upstreams.clone();
        let (shutdown, stop) = watch::channel(false);
        let server::NodePorts { listeners, addrs, closed } =
            server::bind_nodes(config.listen.ip(), config.nodes, &config.faults).await?;
        for (node, addr) in world.nodes.iter_mut().zip(addrs) {
            node.service_url = format!("http://{addr}");
        }
        let world = Arc::new(world);
        for app in config.apps.into_iter().flatten() {
            world.stake_app(app);
        }
        for (address, amount) in &config.funds {
            world.ledger.lock().unwrap_or_else(|e| e.into_inner()).fund(*address, *amount);
        }
        let dispatcher = TcpListener::bind(config.listen).await?;
        let dispatcher_url = format!("http://{}", dispatcher.local_addr()?);
        let mut tasks =
            vec![server::spawn(dispatcher, server::dispatcher_router(world.clone()), stop.clone())];
        let client = server::upstream_client();
        for (index, listener) in listeners.into_iter().enumerate() {
            if let Some(listener) = listener {
                let fault = config.faults.get(&index).copied().unwrap_or_default();
                tasks.push(server::spawn(
                    listener,
                    server::node_router(world.clone(), index, fault, client.clone()),
                    stop.clone(),
                ));
            }
        }
        let funded = config.funds.iter().map(|(a, n)| (a.to_string(), *n)).collect();
        Ok(Devnet { world, dispatcher_url, faults: config.faults, funded, shutdown, tasks, _closed: closed })
    }

    pub fn info(&self) -> Info {
        let w = &self.world;
        Info {
            dispatcher: self.dispatcher_url.clone(),
            height: w.height(),
            blocks_per_session: w.params.blocks_per_session,
            session_nodes: w.params.session_node_count.min(w.nodes.len()),
            auto_stake: w.auto_stake,
            chain_id: w.params.chain_id.clone(),
            funded: self.funded.clone(),
            chains: w
                .chain_counts()
                .into_iter()
                .map(|(id, nodes)| ChainInfo {
                    name: crate::protocol::chains::resolve(&id).ok().and_then(|c| c.known).map(|c| c.name),
                    id,
                    nodes,
                })
                .collect(),
            nodes: w
                .nodes
                .iter()
                .map(|n| NodeInfo {
                    index: n.index,
                    address: n.address.clone(),
                    public_key: n.public_key.clone(),
                    service_url: n.service_url.clone(),
                    chains: n.chains.clone(),
                    fault: self.faults.get(&n.index).copied().unwrap_or_default().to_string(),
                })
                .collect(),
            try_it: self.try_it(),
        }
    }

    /// Ready-to-paste commands: `pgw dispatch` (which stakes the app) and a `pgw relay` through
    /// this devnet, with an app key in `app.key`.
    fn try_it(&self) -> String {
        let w = &self.world;
        let counts = w.chain_counts();
        let chain = if counts.contains_key("0021") {
            "eth".to_string()
        } else {
            match counts.keys().next() {
                Some(id) => id.clone(),
                None => return String::new(),
            }
        };
        let key = if w.auto_stake {
            "openssl rand -hex 32 > app.key   # any key works: apps are staked on dispatch"
        } else {
            "# app.key: the private key (hex) of an app listed in --apps"
        };
        format!(
            "{key}\n\
             pgw dispatch {chain} --dispatcher {d} --app-key-file app.key\n\
             pgw relay {chain} '{{\"jsonrpc\":\"2.0\",\"method\":\"eth_blockNumber\",\"params\":[],\"id\":1}}' \\\n    \
             --dispatcher {d} --app-key-file app.key",
            d = self.dispatcher_url,
        )
    }

    /// Stops accepting, lets in-flight requests finish (bounded), and returns.
    pub async fn shutdown(self) {
        let _ = self.shutdown.send(true);
        for task in self.tasks {
            let _ = tokio::time::timeout(server::SHUTDOWN_GRACE, task).await;
        }
    }
}
