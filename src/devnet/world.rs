//! The devnet's world state: heights, staked nodes and apps, sessions, and per-node evidence
//! (relay counts and seen proofs), pruned as sessions end. No I/O.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::ledger::{AppChange, AppParams, Ledger};
use crate::protocol::hash::sha3;
use crate::protocol::morse::aat::Aat;
use crate::protocol::morse::keys::PrivateKey;
use crate::protocol::morse::{session, throughput};

/// The devnet's chain id (pocket-core's name for a local network).
pub const DEVNET_CHAIN_ID: &str = "localnet";

/// Network parameters, as pocket-core's params and node config name them.
#[derive(Debug, Clone)]
pub struct Params {
    pub blocks_per_session: i64,
    pub session_node_count: usize,
    pub client_block_sync_allowance: i64,
    pub client_session_sync_allowance: i64,
    pub block_time: Duration,
    pub start_height: i64,
    /// Relay budget of apps staked on the fly.
    pub default_max_relays: i64,
    /// The chain id transactions must be signed for.
    pub chain_id: String,
    /// The least fee a transaction may pay (upokt).
    pub min_fee: u64,
    /// The `application/*` params of staking by transaction.
    pub app: AppParams,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            blocks_per_session: 4,
            session_node_count: 24,
            client_block_sync_allowance: 10,
            client_session_sync_allowance: 0,
            block_time: Duration::from_secs(10),
            start_height: 100,
            default_max_relays: 1_000_000_000,
            chain_id: DEVNET_CHAIN_ID.into(),
            min_fee: crate::protocol::morse::tx::BASE_FEE.0,
            app: AppParams::default(),
        }
    }
}

/// A servicer node.
pub struct Node {
    pub index: usize,
    pub key: PrivateKey,
    pub public_key: String,
    pub address: String,
    pub address_bytes: [u8; 20],
    pub chains: Vec<String>,
    pub service_url: String,
    pub tokens: String,
}

/// A staked application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct App {
    pub public_key: String,
    pub address: String,
    pub chains: Vec<String>,
    pub max_relays: i64,
    /// upokt staked.
    pub staked_tokens: u64,
    /// 2 staked, 1 unstaking.
    pub status: u8,
    /// While unstaking: the height at which the app is removed.
    pub unstaking_height: i64,
}

impl App {
    /// An app staked at genesis or on the fly (1000 POKT, staked).
    pub fn genesis(public_key: String, address: String, chains: Vec<String>, max_relays: i64) -> App {
        App {
            public_key,
            address,
            chains,
            max_relays,
            staked_tokens: 1_000_000_000,
            status: 2,
            unstaking_height: 0,
        }
    }
}

/// The most generated sessions kept (app × chain × session height); past it the memo starts
/// again.
const SESSIONS_KEPT: usize = 10_000;

/// (node index, session header hash) → (session height, evidence).
type EvidenceMap = HashMap<(usize, [u8; 32]), (i64, Evidence)>;

#[derive(Default)]
struct Evidence {
    count: i64,
    sealed: bool,
    proofs: HashSet<[u8; 32]>,
}

/// Why storing a proof failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceRefusal {
    /// Code 90.
    Sealed,
    /// Code 37.
    Duplicate,
    /// Code 71.
    OverService,
}

pub struct World {
    pub params: Params,
    pub seed: String,
    pub nodes: Vec<Node>,
    /// Stake any app that dispatches (for the chain it asks for).
    pub auto_stake: bool,
    /// Chain → upstream RPC URL; chains not listed are answered by the built-in chain.
    pub upstreams: HashMap<String, String>,
    apps: Mutex<HashMap<String, App>>,
    genesis: Instant,
    /// Blocks added by hand (tests, `advance`).
    extra_blocks: AtomicI64,
    /// (node index, session header hash) → evidence.
    evidence: Mutex<EvidenceMap>,
    /// Sessions already generated, by "app\nchain\nheight" (generation walks a SHA3 chain:
    /// about a tenth of a relay's cost when done per relay). The inputs of a session never
    /// change once the world exists, so an entry is never stale; bounded by [`SESSIONS_KEPT`].
    sessions: Mutex<HashMap<String, Arc<Session>>>,
    /// AATs whose signature already verified, with their hash (the proof's `token`), so that
    /// neither is computed again for the next relay of the same token.
    valid_aats: Mutex<foldhash::HashMap<Aat, String>>,
    /// [`World::max_relays_per_node`]'s answers by (max relays, chains, session nodes): its
    /// decimal arithmetic cost as much as a SHA3 hash on every relay.
    budgets: Mutex<foldhash::HashMap<(u64, usize, u64), i64>>,
    /// Dispatches answered, for tests and demos of the client's session cache.
    pub dispatches: std::sync::atomic::AtomicU64,
    /// Accounts and transactions (locked before `apps` when both are needed).
    pub ledger: Mutex<Ledger>,
}

/// A session: its header and the nodes serving it (indices into `World::nodes`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub app_public_key: String,
    pub chain: String,
    pub session_height: i64,
    pub key: [u8; 32],
    /// `session::header_hash` of the app key, chain and height: the key of its evidence.
    pub header_hash: [u8; 32],
    pub nodes: Vec<usize>,
}

/// Deterministic node keys: SHA3-256 of "<seed>/node/<i>" as the Ed25519 seed.
pub fn node_key(seed: &str, index: usize) -> PrivateKey {
    let digest = sha3(format!("{seed}/node/{index}").as_bytes());
    match PrivateKey::from_bytes(&digest) {
        Ok(key) => key,
        Err(_) => unreachable!("a 32-byte seed is always a valid key"),
    }
}

impl World {
    pub fn new(params: Params, seed: &str, node_chains: Vec<Vec<String>>, auto_stake: bool) -> World {
        let nodes = node_chains
            .into_iter()
            .enumerate()
            .map(|(index, chains)| {
                let key = node_key(seed, index);
                let public = key.public_key();
                Node {
                    index,
                    public_key: public.to_hex(),
                    address: public.address().to_string(),
                    address_bytes: public.address().0,
                    chains,
                    service_url: String::new(),
                    tokens: "15000000000".into(),
                    key,
                }
            })
            .collect();
        World {
            params,
            seed: seed.to_string(),
            nodes,
            auto_stake,
            upstreams: HashMap::new(),
            apps: Mutex::new(HashMap::new()),
            genesis: Instant::now(),
            extra_blocks: AtomicI64::new(0),
            evidence: Mutex::new(HashMap::new()),
            sessions: Mutex::new(HashMap::new()),
            valid_aats: Mutex::new(foldhash::HashMap::default()),
            budgets: Mutex::new(foldhash::HashMap::default()),
            dispatches: std::sync::atomic::AtomicU64::new(0),
            ledger: Mutex::new(Ledger::default()),
        }
    }

    /// The ledger, after delivering what is due at the current height.
    pub fn ledger(&self) -> std::sync::MutexGuard<'_, Ledger> {
        let mut ledger = self.ledger.lock().unwrap_or_else(|e| e.into_inner());
        let changes = ledger.settle(self.height(), &self.params.app);
        if !changes.is_empty() {
            let mut apps = self.apps.lock().unwrap_or_else(|e| e.into_inner());
            for change in changes {
                match change {
                    AppChange::Staked(a) => {
                        let app = App {
                            public_key: a.public_key.to_hex(),
                            address: a.public_key.address().to_string(),
                            chains: a.chains,
                            max_relays: a.max_relays,
                            staked_tokens: a.staked,
                            status: a.status,
                            unstaking_height: a.unstaking_height,
                        };
                        apps.insert(app.public_key.clone(), app);
                    }
                    AppChange::Removed(key) => {
                        apps.remove(&key.to_hex());
                    }
                }
            }
        }
        ledger
    }

    /// The current (last committed) block height.
    pub fn height(&self) -> i64 {
        let p = &self.params;
        let elapsed = if p.block_time.is_zero() {
            0
        } else {
            (self.genesis.elapsed().as_nanos() / p.block_time.as_nanos()) as i64
        };
        // Saturating: a start height near i64::MAX stays there instead of wrapping negative.
        p.start_height.saturating_add(elapsed).saturating_add(self.extra_blocks.load(Ordering::Relaxed))
    }

    /// Moves the chain forward by `blocks` (tests and demos).
    pub fn advance(&self, blocks: i64) {
        self.extra_blocks.fetch_add(blocks, Ordering::Relaxed);
        self.prune();
    }

    pub fn latest_session_height(&self) -> i64 {
        session::latest_session_height(self.height(), self.params.blocks_per_session)
    }

    /// The block hash at `height`: any 32 bytes will do for a simulator, as long as they are
    /// stable.
    pub fn block_hash(&self, height: i64) -> [u8; 32] {
        sha3(format!("{}/block/{height}", self.seed).as_bytes())
    }

    pub fn stake_app(&self, app: App) {
        self.apps.lock().unwrap_or_else(|e| e.into_inner()).insert(app.public_key.clone(), app);
    }

    /// The app staked with `public_key` (compared in lowercase, as pocket-core stores keys).
    pub fn app(&self, public_key: &str) -> Option<App> {
        drop(self.ledger());
        self.apps.lock().unwrap_or_else(|e| e.into_inner()).get(&public_key.to_ascii_lowercase()).cloned()
    }

    /// Stakes (or extends) an app for `chain` when auto-staking is on.
    pub fn auto_stake_for(&self, public_key: &str, chain: &str) {
        if !self.auto_stake {
            return;
        }
        let key = public_key.to_ascii_lowercase();
        let ledger = self.ledger();
        let managed = crate::protocol::morse::keys::PublicKey::from_hex("app", &key)
            .is_ok_and(|p| ledger.managed.contains(&p.address().0));
        if managed {
            return;
        }
        let mut apps = self.apps.lock().unwrap_or_else(|e| e.into_inner());
        let app = apps.entry(key.clone()).or_insert_with(|| {
            let address = crate::protocol::morse::keys::PublicKey::from_hex("app", &key)
                .map(|p| p.address().to_string())
                .unwrap_or_default();
            App::genesis(key, address, Vec::new(), self.params.default_max_relays)
        });
        if !app.chains.iter().any(|c| c == chain) {
            app.chains.push(chain.to_string());
        }
    }

    pub fn apps(&self) -> Vec<App> {
        drop(self.ledger());
        let mut apps: Vec<App> =
            self.apps.lock().unwrap_or_else(|e| e.into_inner()).values().cloned().collect();
        apps.sort_by(|a, b| a.address.cmp(&b.address));
        apps
    }

    /// pocket-core's session generation (§8), with N = min(session nodes, candidates), generated
    /// once per app, chain and height and then shared.
    pub fn session(&self, app_public_key: &str, chain: &str, session_height: i64) -> Option<Arc<Session>> {
        let key = format!("{app_public_key}\n{chain}\n{session_height}");
        if let Some(session) = self.sessions.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return Some(session.clone());
        }
        let session = Arc::new(self.generate_session(app_public_key, chain, session_height)?);
        let mut sessions = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
        if sessions.len() >= SESSIONS_KEPT {
            sessions.clear();
        }
        sessions.insert(key, session.clone());
        Some(session)
    }

    fn generate_session(&self, app_public_key: &str, chain: &str, session_height: i64) -> Option<Session> {
        let mut candidates: Vec<usize> =
            self.nodes.iter().filter(|n| n.chains.iter().any(|c| c == chain)).map(|n| n.index).collect();
        if candidates.is_empty() {
            return None;
        }
        candidates.sort_by_key(|&i| self.nodes[i].address_bytes);
        let wanted = self.params.session_node_count.min(candidates.len());
        let block_hash = hex::encode(self.block_hash(session_height));
        let key = session::session_key(app_public_key, chain, &block_hash);
        let mut seen = HashSet::new();
        let mut nodes = Vec::with_capacity(wanted);
        for index in session::selection_indices(key, candidates.len()) {
            if seen.len() >= candidates.len() || nodes.len() == wanted {
                break;
            }
            if seen.insert(index) {
                nodes.push(candidates[index]);
            }
        }
        Some(Session {
            app_public_key: app_public_key.to_string(),
            chain: chain.to_string(),
            session_height,
            key,
            header_hash: session::header_hash(app_public_key, chain, session_height),
            nodes,
        })
    }

    /// The relay budget per node per session: max_relays / chains / session nodes, rounded
    /// half to even as sdk.Dec's RoundInt does.
    pub fn max_relays_per_node(&self, app: &App, session_nodes: usize) -> i64 {
        let key = (
            u64::try_from(app.max_relays).unwrap_or(0),
            app.chains.len().max(1),
            session_nodes.max(1) as u64,
        );
        if let Some(budget) = self.budgets.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return *budget;
        }
        let budget = throughput::per_session_node(key.0, key.1, key.2)
            .map_or(0, |b| i64::try_from(b).unwrap_or(i64::MAX));
        let mut budgets = self.budgets.lock().unwrap_or_else(|e| e.into_inner());
        if budgets.len() >= SESSIONS_KEPT {
            budgets.clear();
        }
        budgets.insert(key, budget);
        budget
    }

    /// pocket-core's evidence checks before validation (sealed 90, duplicate 37, over service
    /// 71), without storing anything.
    pub fn check_evidence(
        &self,
        node: usize,
        header_hash: [u8; 32],
        proof_hash: &[u8; 32],
        max_relays: i64,
    ) -> Result<(), EvidenceRefusal> {
        let evidence = self.evidence.lock().unwrap_or_else(|e| e.into_inner());
        match evidence.get(&(node, header_hash)) {
            None => Ok(()),
            Some((_, ev)) if ev.sealed => Err(EvidenceRefusal::Sealed),
            Some((_, ev)) if ev.proofs.contains(proof_hash) => Err(EvidenceRefusal::Duplicate),
            Some((_, ev)) if ev.count >= max_relays => Err(EvidenceRefusal::OverService),
            Some(_) => Ok(()),
        }
    }

    /// Stores a validated proof: the same checks again (another request may have raced this
    /// one), then the proof is recorded and the evidence sealed once full.
    pub fn store_proof(
        &self,
        node: usize,
        header_hash: [u8; 32],
        session_height: i64,
        proof_hash: [u8; 32],
        max_relays: i64,
    ) -> Result<(), EvidenceRefusal> {
        let mut evidence = self.evidence.lock().unwrap_or_else(|e| e.into_inner());
        let (_, ev) =
            evidence.entry((node, header_hash)).or_insert_with(|| (session_height, Evidence::default()));
        if ev.sealed {
            return Err(EvidenceRefusal::Sealed);
        }
        if ev.proofs.contains(&proof_hash) {
            return Err(EvidenceRefusal::Duplicate);
        }
        if ev.count >= max_relays {
            return Err(EvidenceRefusal::OverService);
        }
        ev.proofs.insert(proof_hash);
        ev.count += 1;
        if ev.count >= max_relays {
            ev.sealed = true;
        }
        Ok(())
    }

    /// Drops evidence of sessions that can no longer receive relays, so memory stays bounded.
    pub fn prune(&self) {
        let oldest = self.latest_session_height()
            - self.params.client_session_sync_allowance * self.params.blocks_per_session;
        self.evidence.lock().unwrap_or_else(|e| e.into_inner()).retain(|_, (height, _)| *height >= oldest);
        self.sessions.lock().unwrap_or_else(|e| e.into_inner()).retain(|_, s| s.session_height >= oldest);
    }

    pub fn evidence_entries(&self) -> usize {
        self.evidence.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// The hash of `aat` if this exact token (all four fields) was validated before.
    pub fn valid_aat_token(&self, aat: &Aat) -> Option<String> {
        self.valid_aats.lock().unwrap_or_else(|e| e.into_inner()).get(aat).cloned()
    }

    pub fn remember_valid_aat(&self, aat: &Aat, token: &str) {
        let mut cache = self.valid_aats.lock().unwrap_or_else(|e| e.into_inner());
        if cache.len() > 100_000 {
            cache.clear();
        }
        cache.insert(aat.clone(), token.to_string());
    }

    /// Chain → node count, for the banner.
    pub fn chain_counts(&self) -> BTreeMap<String, usize> {
        let mut counts = BTreeMap::new();
        for node in &self.nodes {
            for chain in &node.chains {
                *counts.entry(chain.clone()).or_insert(0) += 1;
            }
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn world(nodes: usize) -> World {
        let params = Params { block_time: Duration::ZERO, ..Params::default() };
        World::new(params, "test", vec![vec!["0021".to_string()]; nodes], true)
    }

    #[test]
    fn sessions_are_deterministic_and_distinct() {
        let w = world(10);
        let s = w.session(&"ab".repeat(32), "0021", 101).unwrap();
        assert_eq!(s.nodes.len(), 10);
        let unique: HashSet<_> = s.nodes.iter().collect();
        assert_eq!(unique.len(), 10);
        assert_eq!(w.session(&"ab".repeat(32), "0021", 101), Some(s.clone()));
        assert!(w.session(&"ab".repeat(32), "0001", 101).is_none());
        // The memo gives what generation gives, for other apps and heights too.
        assert_eq!(*s, w.generate_session(&"ab".repeat(32), "0021", 101).unwrap());
        for (app, height) in [("cd", 101), ("ab", 105), ("cd", 105)] {
            let fresh = w.generate_session(&app.repeat(32), "0021", height).unwrap();
            assert_eq!(*w.session(&app.repeat(32), "0021", height).unwrap(), fresh);
            assert_eq!(*w.session(&app.repeat(32), "0021", height).unwrap(), fresh);
            assert_eq!(fresh.header_hash, session::header_hash(&app.repeat(32), "0021", height));
        }
        assert_ne!(w.session(&"cd".repeat(32), "0021", 101), Some(s));
    }

    #[test]
    fn heights_and_session_heights_advance() {
        let w = world(1);
        assert_eq!(w.height(), 100);
        assert_eq!(w.latest_session_height(), 97);
        w.advance(1);
        assert_eq!(w.latest_session_height(), 101);
    }

    #[test]
    fn evidence_seals_detects_duplicates_and_prunes() {
        let w = world(1);
        let header = [1u8; 32];
        let sh = w.latest_session_height();
        assert_eq!(w.store_proof(0, header, sh, [1; 32], 2), Ok(()));
        assert_eq!(w.store_proof(0, header, sh, [1; 32], 2), Err(EvidenceRefusal::Duplicate));
        assert_eq!(w.store_proof(0, header, sh, [2; 32], 2), Ok(()));
        assert_eq!(w.store_proof(0, header, sh, [3; 32], 2), Err(EvidenceRefusal::Sealed));
        w.advance(8);
        assert_eq!(w.evidence_entries(), 0);
    }

    #[test]
    fn budget_rounds_half_to_even() {
        let w = world(1);
        let app = App::genesis(String::new(), String::new(), vec!["a".into()], 10);
        assert_eq!(w.max_relays_per_node(&app, 4), 2); // 2.5 → 2
        assert_eq!(w.max_relays_per_node(&App { max_relays: 14, ..app.clone() }, 4), 4); // 3.5 → 4
        // Kept answers are per (max relays, chains, nodes): each input still counts.
        assert_eq!(w.max_relays_per_node(&app, 4), 2);
        assert_eq!(w.max_relays_per_node(&app, 5), 2);
        assert_eq!(w.max_relays_per_node(&App { chains: vec!["a".into(), "b".into()], ..app.clone() }, 4), 1); // 1.25
        assert_eq!(w.max_relays_per_node(&App { max_relays: 14, ..app }, 4), 4);
    }
}
