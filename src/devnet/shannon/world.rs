//! The Shannon devnet's chain state: the height, shared params, seeded apps, gateways and
//! suppliers with deterministic secp256k1 keys, their accounts, and session hydration as
//! poktroll's session keeper does it. No I/O.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::protocol::hash::{sha3, sha256};
use crate::protocol::shannon::keys::{PrivateKey, PublicKey};
use crate::protocol::shannon::relay;
use crate::protocol::shannon::rest::{
    Application, Coin, Endpoint, Gateway, RpcType, Session, SharedParams, Supplier,
};
use crate::protocol::shannon::ring::VerifyCache;
use crate::protocol::shannon::wire::SessionHeader;

use super::ledger::{Block, Ledger, TxFailure, TxRecord};

/// The chain id the full node reports.
pub const NETWORK: &str = "pocket-devnet";

/// What every seeded account holds, in upokt (1,000,000 POKT).
pub const SEEDED_BALANCE: u64 = 1_000_000_000_000;

/// Shannon devnet parameters.
#[derive(Debug, Clone)]
pub struct Params {
    pub shared: SharedParams,
    pub block_time: Duration,
    pub start_height: i64,
    /// poktroll's `num_suppliers_per_session`.
    pub suppliers_per_session: usize,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            shared: SharedParams { num_blocks_per_session: 4, ..SharedParams::default() },
            block_time: Duration::from_secs(10),
            start_height: 100,
            suppliers_per_session: 15,
        }
    }
}

/// Deterministic keys: SHA-256 of "<seed>/<role>/<i>" (re-hashed in the negligible case that
/// it is not a valid secp256k1 scalar). `role` is `app`, `gateway` or `supplier`.
pub fn key(seed: &str, role: &str, index: usize) -> PrivateKey {
    let mut digest = sha256(format!("{seed}/{role}/{index}").as_bytes());
    loop {
        if let Ok(key) = PrivateKey::from_bytes(&digest) {
            return key;
        }
        digest = sha256(&digest);
    }
}

/// A keyed account: an app, a gateway or a supplier operator.
pub struct Actor {
    pub key: PrivateKey,
    pub public_key: PublicKey,
    pub address: String,
}

impl Actor {
    fn new(key: PrivateKey) -> Actor {
        let public_key = key.public_key();
        Actor { address: public_key.address(), public_key, key }
    }
}

/// A supplier and the relay miner serving it.
pub struct SupplierNode {
    pub index: usize,
    pub actor: Actor,
    /// The relay miner's URL (set once its port is bound).
    pub url: String,
    /// Its account has no public key on chain (it never signed a transaction).
    pub keyless: bool,
}

pub struct World {
    pub params: Params,
    pub seed: String,
    pub services: Vec<String>,
    pub apps: Vec<(Actor, Application)>,
    pub gateways: Vec<Actor>,
    pub suppliers: Vec<SupplierNode>,
    genesis: Instant,
    extra_blocks: AtomicI64,
    /// Accounts, stakes and delegations as transactions change them (seeded from the above).
    ledger: Mutex<Ledger>,
    /// The relay miners' parsed ring keys, key images and their tables, kept across relays
    /// as a running relay miner keeps its rings (the same checks, answered the same way).
    pub ring_cache: Arc<VerifyCache>,
    /// Session draws already made, by "app\nservice\nstart\nend" (a relay miner keeps the
    /// sessions it has fetched; a draw hashes every supplier). Its inputs never change once the
    /// world exists, so an entry is never stale; bounded by [`DRAWS_KEPT`].
    draws: Mutex<HashMap<String, Arc<Draw>>>,
}

/// The most session draws kept; past it the memo starts again.
const DRAWS_KEPT: usize = 10_000;

/// A session's header and its suppliers (indices into [`World::suppliers`], in draw order).
#[derive(Debug)]
pub struct Draw {
    pub header: SessionHeader,
    pub members: Vec<usize>,
}

/// What the seeded world holds (counts only; the roles are fixed, docs/devnet.md).
#[derive(Debug, Clone)]
pub struct Seeding {
    pub apps: usize,
    pub gateways: usize,
    pub suppliers: usize,
    /// Supplier indices whose accounts have no public key on chain.
    pub keyless: BTreeSet<usize>,
    /// Keys to use instead of the seed's, by (role, index): e.g. SHANNON.md's vector keys.
    pub keys: HashMap<(String, usize), PrivateKey>,
}

impl Seeding {
    fn key(&self, seed: &str, role: &str, index: usize) -> PrivateKey {
        self.keys.get(&(role.to_string(), index)).cloned().unwrap_or_else(|| key(seed, role, index))
    }
}

impl World {
    /// Seeds the world: app 0 delegates to gateway 0; app 1 delegates to none (it signs for
    /// itself); app 2 delegates to gateway 0 and has a pending undelegation from gateway 1
    /// recorded two sessions after the start (gateway 1 stays in its ring until then); further
    /// apps repeat that pattern.
    pub fn new(params: Params, seed: &str, services: Vec<String>, seeding: &Seeding) -> World {
        let gateways: Vec<Actor> =
            (0..seeding.gateways).map(|i| Actor::new(seeding.key(seed, "gateway", i))).collect();
        let pending_at =
            (params.start_height + 2 * params.shared.num_blocks_per_session as i64).max(1) as u64;
        let apps: Vec<(Actor, Application)> = (0..seeding.apps)
            .map(|i| {
                let actor = Actor::new(seeding.key(seed, "app", i));
                let mut app = Application {
                    address: actor.address.clone(),
                    stake: Coin::upokt(100_000_000_000),
                    service_ids: services.clone(),
                    ..Application::default()
                };
                match (i % 3, gateways.first(), gateways.get(1)) {
                    (0, Some(g0), _) => app.delegatee_gateway_addresses.push(g0.address.clone()),
                    (2, Some(g0), g1) => {
                        app.delegatee_gateway_addresses.push(g0.address.clone());
                        if let Some(g1) = g1 {
                            app.pending_undelegations.insert(pending_at, vec![g1.address.clone()]);
                        }
                    }
                    _ => {}
                }
                (actor, app)
            })
            .collect();
        let suppliers: Vec<SupplierNode> = (0..seeding.suppliers)
            .map(|index| SupplierNode {
                index,
                actor: Actor::new(seeding.key(seed, "supplier", index)),
                url: String::new(),
                keyless: seeding.keyless.contains(&index),
            })
            .collect();
        let mut ledger = Ledger::default();
        for (a, app) in &apps {
            ledger.open(&a.address, Some(a.public_key), SEEDED_BALANCE);
            ledger.apps.insert(a.address.clone(), app.clone());
        }
        for g in &gateways {
            ledger.open(&g.address, Some(g.public_key), SEEDED_BALANCE);
            ledger.gateways.insert(
                g.address.clone(),
                Gateway {
                    address: g.address.clone(),
                    stake: Coin::upokt(1_000_000_000),
                    unstake_session_end_height: 0,
                },
            );
        }
        for s in &suppliers {
            ledger.open(&s.actor.address, (!s.keyless).then_some(s.actor.public_key), SEEDED_BALANCE);
        }
        // A key on chain means the account signed once.
        for a in ledger.accounts.values_mut() {
            a.sequence = u64::from(a.public_key.is_some());
        }
        World {
            params,
            seed: seed.to_string(),
            services,
            apps,
            gateways,
            suppliers,
            genesis: Instant::now(),
            extra_blocks: AtomicI64::new(0),
            ledger: Mutex::new(ledger),
            ring_cache: Arc::default(),
            draws: Mutex::new(HashMap::new()),
        }
    }

    /// The last committed height.
    pub fn height(&self) -> i64 {
        let p = &self.params;
        let elapsed = if p.block_time.is_zero() {
            0
        } else {
            (self.genesis.elapsed().as_nanos() / p.block_time.as_nanos()) as i64
        };
        p.start_height.saturating_add(elapsed).saturating_add(self.extra_blocks.load(Ordering::Relaxed))
    }

    /// Moves the chain forward by `blocks` (tests and demos).
    pub fn advance(&self, blocks: i64) {
        self.extra_blocks.fetch_add(blocks, Ordering::Relaxed);
    }

    pub fn block_hash(&self, height: i64) -> [u8; 32] {
        sha3(format!("{}/shannon/block/{height}", self.seed).as_bytes())
    }

    fn blocks_per_session(&self) -> i64 {
        self.params.shared.num_blocks_per_session.max(1) as i64
    }

    fn anchor(&self, height: i64) -> i64 {
        let a = self.params.shared.session_grid_anchor_height as i64;
        if a <= 0 || a > height { 1 } else { a }
    }

    /// poktroll `GetSessionStartHeight`.
    pub fn session_start(&self, height: i64) -> i64 {
        if height <= 0 {
            return 0;
        }
        let (a, b) = (self.anchor(height), self.blocks_per_session());
        a + (height - a) / b * b
    }

    /// poktroll `GetSessionEndHeight`.
    pub fn session_end(&self, height: i64) -> i64 {
        relay::session_end_height(
            self.blocks_per_session(),
            self.params.shared.session_grid_anchor_height as i64,
            height,
        )
    }

    fn ledger(&self) -> std::sync::MutexGuard<'_, Ledger> {
        self.ledger.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A staked application as the chain holds it now.
    pub fn app(&self, address: &str) -> Option<Application> {
        self.ledger().apps.get(address).cloned()
    }

    /// A staked gateway as the chain holds it now.
    pub fn gateway(&self, address: &str) -> Option<Gateway> {
        self.ledger().gateways.get(address).cloned()
    }

    pub fn supplier(&self, address: &str) -> Option<&SupplierNode> {
        self.suppliers.iter().find(|s| s.actor.address == address)
    }

    /// The public key on chain of any account, `None` for a keyless supplier, an account that
    /// never signed, or a stranger.
    pub fn account_key(&self, address: &str) -> Option<PublicKey> {
        self.ledger().accounts.get(address).and_then(|a| a.public_key)
    }

    /// Whether `address` is an account of this chain.
    pub fn has_account(&self, address: &str) -> bool {
        self.ledger().accounts.contains_key(address)
    }

    /// An account's number (seeded accounts in genesis order: apps, gateways, suppliers).
    pub fn account_number(&self, address: &str) -> u64 {
        self.ledger().accounts.get(address).map_or(0, |a| a.number)
    }

    /// An account's sequence (the number of transactions it signed).
    pub fn sequence(&self, address: &str) -> u64 {
        self.ledger().accounts.get(address).map_or(0, |a| a.sequence)
    }

    /// An account's upokt balance.
    pub fn balance(&self, address: &str) -> u64 {
        self.ledger().balance(address)
    }

    /// A service's compute units per relay (the devnet's services cost one).
    pub fn compute_units_per_relay(&self, _service: &str) -> u64 {
        1
    }

    /// Credits `amount` upokt to `address` (the devnet's faucet; opens the account).
    pub fn fund(&self, address: &str, amount: u64) {
        let mut l = self.ledger();
        l.open(address, None, 0);
        if let Some(a) = l.accounts.get_mut(address) {
            a.balance = a.balance.saturating_add(amount);
        }
    }

    fn block<R>(&self, f: impl FnOnce(&mut Ledger, &Block) -> R) -> R {
        let height = self.height();
        let block = Block {
            chain_id: NETWORK,
            height,
            session_end: self.session_end(height),
            services: &self.services,
        };
        f(&mut self.ledger(), &block)
    }

    /// `/cosmos/tx/v1beta1/simulate`: the gas a transaction would use.
    pub fn simulate(&self, raw: &[u8]) -> Result<u64, TxFailure> {
        self.block(|l, b| l.simulate(raw, b))
    }

    /// `/cosmos/tx/v1beta1/txs` (sync): the hash, or the CheckTx refusal.
    pub fn broadcast(&self, raw: &[u8]) -> Result<String, TxFailure> {
        self.block(|l, b| l.broadcast(raw, b))
    }

    /// A transaction the chain took, by its upper-case hex hash.
    pub fn tx(&self, hash: &str) -> Option<TxRecord> {
        self.ledger().txs.get(hash).cloned()
    }

    pub fn supplier_record(&self, s: &SupplierNode) -> Supplier {
        let endpoints = vec![
            Endpoint { url: s.url.clone(), rpc_type: RpcType::JsonRpc },
            Endpoint { url: format!("{}{}", s.url, super::service::REST_PATH), rpc_type: RpcType::Rest },
        ];
        Supplier {
            owner_address: s.actor.address.clone(),
            operator_address: s.actor.address.clone(),
            stake: Coin::upokt(1_000_000_000),
            services: self
                .services
                .iter()
                .map(|id| (id.clone(), endpoints.clone()))
                .collect::<BTreeMap<_, _>>(),
        }
    }

    /// The session id (poktroll hashes the start block's hash, service, app and start height).
    pub fn session_id(&self, app: &str, service: &str, start: i64) -> String {
        let mut bytes = self.block_hash(start).to_vec();
        bytes.extend_from_slice(service.as_bytes());
        bytes.extend_from_slice(app.as_bytes());
        bytes.extend_from_slice(&start.to_le_bytes());
        hex::encode(sha3(&bytes))
    }

    /// poktroll `HydrateSession` at `height` (already checked ≤ the current height), or the
    /// error text the session keeper gives (gRPC Internal).
    pub fn session(&self, app: &str, service: &str, height: i64) -> Result<Session, String> {
        let application = self.staked_app(app, service, height, Application::clone)?;
        let draw = self.draw(app, service, height);
        let b = self.blocks_per_session();
        Ok(Session {
            session_id: draw.header.session_id.clone(),
            session_number: (draw.header.session_start_block_height - self.anchor(height)) / b + 1,
            header: draw.header.clone(),
            num_blocks_per_session: b,
            application,
            suppliers: draw.members.iter().map(|&i| self.supplier_record(&self.suppliers[i])).collect(),
        })
    }

    /// The session's header and suppliers: what a relay miner compares a request with,
    /// without the records [`World::session`] builds for a full node.
    pub fn session_draw(&self, app: &str, service: &str, height: i64) -> Result<Arc<Draw>, String> {
        self.staked_app(app, service, height, |_| ())?;
        Ok(self.draw(app, service, height))
    }

    /// `f` of the app, when it is staked for `service`; otherwise poktroll's error.
    fn staked_app<R>(
        &self,
        app: &str,
        service: &str,
        height: i64,
        f: impl FnOnce(&Application) -> R,
    ) -> Result<R, String> {
        let ledger = self.ledger();
        let Some(application) = ledger.apps.get(app) else {
            return Err(format!(
                "could not find app with address {app:?} at height {}: application for session not found not found ",
                self.session_start(height)
            ));
        };
        if !application.service_ids.iter().any(|s| s == service) {
            return Err(format!(
                "application {app:?} not staked for service ID {service:?}: application in session not staked for requested service"
            ));
        }
        Ok(f(application))
    }

    fn draw(&self, app: &str, service: &str, height: i64) -> Arc<Draw> {
        let (start, end) = (self.session_start(height), self.session_end(height));
        let key = format!("{app}\n{service}\n{start}\n{end}");
        if let Some(draw) = self.draws.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return draw.clone();
        }
        // Every supplier serves every devnet service; the session takes the first N of a
        // per-session shuffle (by hash), as poktroll draws them at random.
        let session_id = self.session_id(app, service, start);
        let mut order: Vec<([u8; 32], usize)> = self
            .suppliers
            .iter()
            .map(|s| (sha3(format!("{session_id}/{}", s.actor.address).as_bytes()), s.index))
            .collect();
        order.sort_unstable();
        let members =
            order.into_iter().take(self.params.suppliers_per_session.max(1)).map(|(_, i)| i).collect();
        let header = SessionHeader {
            application_address: app.to_string(),
            service_id: service.to_string(),
            session_id,
            session_start_block_height: start,
            session_end_block_height: end,
        };
        let draw = Arc::new(Draw { header, members });
        let mut draws = self.draws.lock().unwrap_or_else(|e| e.into_inner());
        if draws.len() >= DRAWS_KEPT {
            draws.clear();
        }
        draws.insert(key, draw.clone());
        draw
    }

    /// The app's ring set at a session end height, as a relay miner computes it (poktroll
    /// `GetRingAddressesAtSessionEndHeight`, then the keys of app ∪ gateways, or app and the
    /// placeholder), or the lookup error (`rings/2`).
    pub fn ring_set(&self, app: &str, session_end: i64) -> Result<Vec<PublicKey>, String> {
        let Some(application) = self.app(app) else {
            return Err(format!("application {app} not found"));
        };
        let Some(app_key) = self.account_key(app) else {
            return Err(format!("no public key for application {app}"));
        };
        let target = self.session_end(session_end).max(0) as u64;
        let gateways = relay::ring_gateways_at_session_end(
            &application.delegatee_gateway_addresses,
            &application.pending_undelegations,
            target,
        );
        let mut keys = Vec::with_capacity(gateways.len());
        for g in &gateways {
            keys.push(self.account_key(g).ok_or_else(|| format!("no public key for gateway {g}"))?);
        }
        Ok(relay::expected_ring_set(app_key, &keys))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn world() -> World {
        let seeding =
            Seeding { apps: 3, gateways: 2, suppliers: 3, keyless: BTreeSet::new(), keys: HashMap::new() };
        World::new(Params::default(), "t", vec!["eth".into()], &seeding)
    }

    #[test]
    fn sessions_follow_poktroll_arithmetic() {
        let w = world();
        // B = 4, anchor 1: 97..=100, 101..=104.
        assert_eq!((w.session_start(100), w.session_end(100)), (97, 100));
        assert_eq!((w.session_start(101), w.session_end(101)), (101, 104));
        let app = w.apps[0].0.address.clone();
        let s = w.session(&app, "eth", 102).unwrap();
        assert_eq!((s.header.session_start_block_height, s.header.session_end_block_height), (101, 104));
        assert_eq!(s.session_number, 26);
        assert_eq!(s.suppliers.len(), 3);
        assert_eq!(s.header.session_id, w.session(&app, "eth", 104).unwrap().header.session_id);
        assert_ne!(s.header.session_id, w.session(&app, "eth", 105).unwrap().header.session_id);
        assert!(w.session(&app, "base", 102).unwrap_err().contains("not staked for service ID \"base\""));
        assert!(w.session("pokt1nobody", "eth", 102).unwrap_err().starts_with("could not find app"));
    }

    /// A relay miner's draw is the full node's session: the same header and suppliers, in the
    /// order of the SHA3 of "session id/address" (as hex), drawn once per session.
    #[test]
    fn a_miners_draw_is_the_full_nodes_session() {
        let params = Params { suppliers_per_session: 2, ..Default::default() };
        let seeding =
            Seeding { apps: 1, gateways: 0, suppliers: 5, keyless: BTreeSet::new(), keys: HashMap::new() };
        let w = World::new(params, "t", vec!["eth".into()], &seeding);
        let app = w.apps[0].0.address.clone();
        let draw = w.session_draw(&app, "eth", 102).unwrap();
        let session = w.session(&app, "eth", 103).unwrap();
        assert_eq!(draw.header, session.header);
        let drawn: Vec<&str> = draw.members.iter().map(|&i| w.suppliers[i].actor.address.as_str()).collect();
        let listed: Vec<&str> = session.suppliers.iter().map(|s| s.operator_address.as_str()).collect();
        assert_eq!(drawn, listed);
        let mut by_hash: Vec<(String, &str)> = w
            .suppliers
            .iter()
            .map(|s| {
                let h = hex::encode(sha3(format!("{}/{}", session.session_id, s.actor.address).as_bytes()));
                (h, s.actor.address.as_str())
            })
            .collect();
        by_hash.sort();
        assert_eq!(drawn, by_hash.iter().take(2).map(|(_, a)| *a).collect::<Vec<_>>());
        assert!(Arc::ptr_eq(&draw, &w.session_draw(&app, "eth", 104).unwrap()));
        assert_ne!(draw.header.session_id, w.session_draw(&app, "eth", 105).unwrap().header.session_id);
        assert!(
            w.session_draw(&app, "base", 102).unwrap_err().contains("not staked for service ID \"base\"")
        );
        assert!(w.session_draw("pokt1nobody", "eth", 102).unwrap_err().starts_with("could not find app"));
    }

    #[test]
    fn rings_hold_delegations_and_pending_undelegations() {
        let w = world();
        let (g0, g1) = (w.gateways[0].public_key, w.gateways[1].public_key);
        let ring = |i: usize, end: i64| w.ring_set(&w.apps[i].0.address, end).unwrap();
        assert_eq!(ring(0, 104), vec![w.apps[0].0.public_key, g0]);
        assert_eq!(ring(1, 104), vec![w.apps[1].0.public_key, relay::placeholder_ring_key()]);
        // Undelegated from gateway 1 at 108: still in the ring of sessions ending at or before it.
        assert_eq!(ring(2, 108), vec![w.apps[2].0.public_key, g0, g1]);
        assert_eq!(ring(2, 112), vec![w.apps[2].0.public_key, g0]);
        assert!(w.ring_set("pokt1x", 104).is_err());
    }
}
