//! Node health for a long-lived gateway: per (chain, session, node) a state — healthy, timed out
//! until T (exponential back-off), evicted for the rest of the session (codes 90 and 71, a bad
//! servicer signature), or out of sync — and latency p50/p90 over a bounded recent window.
//! [`Qos`] implements the engine's [`NodeQos`]: it orders each relay's candidates (fast healthy
//! nodes first, ties shuffled, an epsilon of requests sampling another healthy node) and learns
//! from every attempt. No I/O; time comes from a [`Clock`] so tests use a fake one.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use foldhash::HashMap;

use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use serde::Serialize;

use crate::network::cache::Entry;
use crate::network::engine::{NodeQos, NodeRef};
use crate::network::outcome::{Failure, Next};
use crate::network::session::SessionNode;

/// Where time comes from.
pub trait Clock: Send + Sync {
    fn now(&self) -> Instant;
}

/// The real monotonic clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }
}

/// How nodes are judged and chosen.
#[derive(Debug, Clone)]
pub struct QosSettings {
    /// Share of relays sent first to a random healthy node other than the best, so every node's
    /// latency stays known.
    pub epsilon: f64,
    /// Latency samples kept per node (the most recent ones).
    pub window: usize,
    /// The first time-out after a failure; each further consecutive failure doubles it.
    pub base_timeout: Duration,
    pub max_timeout: Duration,
    /// Nodes whose p50 is within this fraction (or `tie_floor`) of the best are equally good and
    /// share the load at random.
    pub tie: f64,
    pub tie_floor: Duration,
}

impl Default for QosSettings {
    fn default() -> Self {
        QosSettings {
            epsilon: 0.1,
            window: 64,
            base_timeout: Duration::from_secs(1),
            max_timeout: Duration::from_secs(60),
            tie: 0.2,
            tie_floor: Duration::from_millis(1),
        }
    }
}

/// What one failed attempt says about the node that made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Not the node's fault: a stale session (60, 14, 75), a duplicate proof (37), or a request
    /// no node would accept.
    Ignore,
    /// Unusable for the rest of the session.
    Evict(String),
    /// Rest the node for a while.
    TimeOut,
}

/// The reading of a failure for node health.
pub fn verdict(failure: &Failure) -> Verdict {
    match failure {
        Failure::BadSignature { .. } => Verdict::Evict(failure.to_string()),
        Failure::Node { code: 90 | 71, .. } => Verdict::Evict(failure.to_string()),
        // Shannon's code 71: the relay miner's meter rate-limits an app whose relays in the
        // session passed its stake share for the supplier (relay_meter.go), until it ends.
        Failure::Miner(e) if e.codespace == "relayer_proxy" && e.code == 7 => {
            Verdict::Evict(failure.to_string())
        }
        _ => match failure.next() {
            Next::OtherNode { avoid: true } => Verdict::TimeOut,
            Next::OtherNode { avoid: false } | Next::Redispatch | Next::Stop => Verdict::Ignore,
        },
    }
}

/// A node's last sync check.
#[derive(Debug, Clone, PartialEq, Eq)]
struct SyncStatus {
    height: u64,
    behind: u64,
    out_of_sync: bool,
}

#[derive(Debug, Clone)]
struct NodeHealth {
    node: NodeRef,
    jailed: bool,
    latencies: VecDeque<Duration>,
    /// The same samples, sorted.
    sorted: Vec<Duration>,
    p50: Option<Duration>,
    p90: Option<Duration>,
    successes: u64,
    failures: u64,
    consecutive_failures: u32,
    timed_out_until: Option<Instant>,
    last_failure: Option<String>,
    evicted: Option<String>,
    sync: Option<SyncStatus>,
}

impl NodeHealth {
    fn new(node: NodeRef, jailed: bool) -> NodeHealth {
        NodeHealth {
            node,
            jailed,
            latencies: VecDeque::new(),
            sorted: Vec::new(),
            p50: None,
            p90: None,
            successes: 0,
            failures: 0,
            consecutive_failures: 0,
            timed_out_until: None,
            last_failure: None,
            evicted: None,
            sync: None,
        }
    }

    /// What a node keeps into the next session: its latency and its rest, not its eviction
    /// (90 and 71 are per session) nor its sync state (checked again at once).
    fn carry_over(&self, node: NodeRef, jailed: bool) -> NodeHealth {
        NodeHealth {
            latencies: self.latencies.clone(),
            sorted: self.sorted.clone(),
            p50: self.p50,
            p90: self.p90,
            consecutive_failures: self.consecutive_failures,
            timed_out_until: self.timed_out_until,
            last_failure: self.last_failure.clone(),
            ..NodeHealth::new(node, jailed)
        }
    }

    fn timed_out(&self, now: Instant) -> bool {
        self.timed_out_until.is_some_and(|until| until > now)
    }

    fn out_of_sync(&self) -> bool {
        self.sync.as_ref().is_some_and(|s| s.out_of_sync)
    }

    /// Adds a sample to the window (kept in arrival order and sorted, so percentiles need no
    /// sort per answer).
    fn record_latency(&mut self, latency: Duration, window: usize) {
        self.latencies.push_back(latency);
        let at = self.sorted.partition_point(|d| *d < latency);
        self.sorted.insert(at, latency);
        while self.latencies.len() > window.max(1) {
            if let Some(old) = self.latencies.pop_front()
                && let Ok(at) = self.sorted.binary_search(&old)
            {
                self.sorted.remove(at);
            }
        }
        self.p50 = percentile(&self.sorted, 0.5);
        self.p90 = percentile(&self.sorted, 0.9);
    }
}

/// The nearest-rank percentile of sorted samples.
pub fn percentile(sorted: &[Duration], p: f64) -> Option<Duration> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p * sorted.len() as f64).ceil() as usize;
    sorted.get(rank.clamp(1, sorted.len()) - 1).copied()
}

/// One chain's current session as the QoS sees it.
#[derive(Debug, Clone)]
struct ChainHealth {
    session_height: i64,
    nodes: HashMap<String, NodeHealth>,
    agreed_height: Option<u64>,
    allowance: Option<u64>,
    last_sync: Option<Instant>,
}

struct State {
    chains: HashMap<String, ChainHealth>,
    rng: StdRng,
}

/// Why a node is or is not used, for `/qos` and the node-health gauge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeState {
    Healthy,
    TimedOut,
    Evicted,
    OutOfSync,
}

/// One session node in `/qos`.
#[derive(Debug, Clone, Serialize)]
pub struct NodeReport {
    pub address: String,
    pub service_url: String,
    pub state: NodeState,
    /// Whether relays go to it now (timed-out nodes only as a last resort).
    pub used: bool,
    pub why: String,
    pub jailed: bool,
    pub p50_ms: Option<f64>,
    pub p90_ms: Option<f64>,
    pub samples: usize,
    pub successes: u64,
    pub failures: u64,
    pub consecutive_failures: u32,
    pub timed_out_for_ms: Option<u64>,
    pub last_failure: Option<String>,
    pub height: Option<u64>,
    pub blocks_behind: Option<u64>,
}

/// One chain in `/qos`.
#[derive(Debug, Clone, Serialize)]
pub struct ChainReport {
    pub session_height: i64,
    /// The highest height at least two session nodes reached (the only one's with one node).
    pub agreed_height: Option<u64>,
    pub sync_allowance: Option<u64>,
    pub last_sync_check_ms_ago: Option<u64>,
    pub nodes: Vec<NodeReport>,
}

/// A node's health for the gauges of `/metrics`.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeGauge {
    pub chain: String,
    pub address: String,
    pub used: bool,
    pub p50: Option<Duration>,
    pub p90: Option<Duration>,
}

/// What a node state change means for an operator (logged by the caller's logging layer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Evicted { chain: String, node: String, reason: String },
    TimedOut { chain: String, node: String, rest: Duration, failures: u32, reason: String },
    Recovered { chain: String, node: String },
    OutOfSync { chain: String, node: String, height: u64, agreed: u64, allowance: u64 },
    InSync { chain: String, node: String },
}

pub type ChangeSink = Arc<dyn Fn(&Change) + Send + Sync>;

/// Node health for every chain the gateway serves, shared by all requests.
pub struct Qos {
    settings: QosSettings,
    clock: Arc<dyn Clock>,
    state: Mutex<State>,
    changes: Option<ChangeSink>,
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e3
}

impl Qos {
    pub fn new(settings: QosSettings, clock: Arc<dyn Clock>, changes: Option<ChangeSink>) -> Qos {
        Qos::seeded(settings, clock, changes, rand::random())
    }

    /// With a fixed random seed (tests).
    pub fn seeded(
        settings: QosSettings,
        clock: Arc<dyn Clock>,
        changes: Option<ChangeSink>,
        seed: u64,
    ) -> Qos {
        let state = State { chains: HashMap::default(), rng: StdRng::seed_from_u64(seed) };
        Qos { settings, clock, state: Mutex::new(state), changes }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic elsewhere must not take node selection down with it.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn emit(&self, changes: Vec<Change>) {
        if let Some(sink) = &self.changes {
            changes.iter().for_each(|c| sink(c));
        }
    }

    /// Makes `entry`'s session the chain's current one if it is newer; returns the chain's
    /// health when `entry` is its current session (`None` for an older session).
    fn session<'a>(
        chains: &'a mut HashMap<String, ChainHealth>,
        chain: &str,
        entry: &Entry,
    ) -> Option<&'a mut ChainHealth> {
        let session = &entry.dispatch.session;
        let current = chains.get(chain).map(|c| c.session_height);
        if current.is_some_and(|h| h > session.session_height) {
            return None;
        }
        if current != Some(session.session_height) {
            let old = chains.remove(chain);
            let nodes = session
                .nodes
                .iter()
                .map(|n| {
                    let node = NodeRef::from(n);
                    let health = match old.as_ref().and_then(|o| o.nodes.get(&n.address)) {
                        Some(previous) => previous.carry_over(node, n.jailed),
                        None => NodeHealth::new(node, n.jailed),
                    };
                    (n.address.clone(), health)
                })
                .collect();
            chains.insert(
                chain.to_string(),
                ChainHealth {
                    session_height: session.session_height,
                    nodes,
                    agreed_height: None,
                    allowance: old.as_ref().and_then(|o| o.allowance),
                    last_sync: None,
                },
            );
        }
        chains.get_mut(chain)
    }

    /// Starts tracking `entry`'s session (a no-op when it is already the current one).
    pub fn track(&self, chain: &str, entry: &Entry) {
        let mut state = self.lock();
        Self::session(&mut state.chains, chain, entry);
    }

    /// Evicts `address` from `entry`'s session on another gateway's word (`--state redis://…`);
    /// a no-op for a node already evicted, not in the session, or an older session.
    pub fn evict(&self, chain: &str, entry: &Entry, address: &str, reason: &str) {
        let mut changes = Vec::new();
        {
            let mut state = self.lock();
            let Some(health) = Self::session(&mut state.chains, chain, entry) else { return };
            if let Some(h) = health.nodes.get_mut(address).filter(|h| h.evicted.is_none()) {
                let reason = format!("{reason} (seen by another gateway)");
                h.last_failure = Some(reason.clone());
                h.evicted = Some(reason.clone());
                changes.push(Change::Evicted { chain: chain.to_string(), node: address.to_string(), reason });
            }
        }
        self.emit(changes);
    }

    /// How long `address` still rests in the chain's current session, if it does.
    pub fn resting(&self, chain: &str, address: &str) -> Option<Duration> {
        let now = self.clock.now();
        let state = self.lock();
        let until = state.chains.get(chain)?.nodes.get(address)?.timed_out_until?;
        until.checked_duration_since(now).filter(|d| !d.is_zero())
    }

    /// Rests `address` for `rest` on another gateway's word (`--state redis://…`): its rest ends
    /// when the other gateway's does; an existing longer rest is kept, the failure count untouched.
    pub fn rest(&self, chain: &str, entry: &Entry, address: &str, rest: Duration) {
        let now = self.clock.now();
        let mut changes = Vec::new();
        {
            let mut state = self.lock();
            let Some(health) = Self::session(&mut state.chains, chain, entry) else { return };
            let Some(h) = health.nodes.get_mut(address) else { return };
            let until = now + rest;
            if h.timed_out_until.is_some_and(|u| u >= until) {
                return;
            }
            if !h.timed_out(now) {
                changes.push(Change::TimedOut {
                    chain: chain.to_string(),
                    node: address.to_string(),
                    rest,
                    failures: h.consecutive_failures,
                    reason: "timed out by another gateway".into(),
                });
            }
            h.timed_out_until = Some(until);
        }
        self.emit(changes);
    }

    /// Whether `address` is evicted from the chain's current session.
    pub fn is_evicted(&self, chain: &str, address: &str) -> bool {
        let state = self.lock();
        state.chains.get(chain).and_then(|c| c.nodes.get(address)).is_some_and(|n| n.evicted.is_some())
    }

    /// Orders candidates: usable nodes (healthy, in sync) by p50 — nodes without samples first,
    /// near-ties shuffled, jailed nodes last — with an epsilon of relays moving a random other
    /// usable node to the front; then timed-out nodes, soonest back first, as a last resort.
    /// Evicted and out-of-sync nodes are left out.
    pub fn order<'e>(
        &self,
        chain: &str,
        entry: &'e Entry,
        candidates: Vec<&'e SessionNode>,
    ) -> Vec<&'e SessionNode> {
        let now = self.clock.now();
        let settings = &self.settings;
        let mut guard = self.lock();
        let State { chains, rng } = &mut *guard;
        let Some(health) = Self::session(chains, chain, entry) else {
            return candidates;
        };
        let mut usable: Vec<(bool, Duration, &SessionNode)> = Vec::with_capacity(candidates.len());
        let mut resting: Vec<(Instant, &SessionNode)> = Vec::new();
        for node in candidates {
            let Some(h) = health.nodes.get(&node.address) else {
                usable.push((false, Duration::ZERO, node));
                continue;
            };
            if h.evicted.is_some() || h.out_of_sync() {
                continue;
            }
            match h.timed_out_until.filter(|until| *until > now) {
                Some(until) => resting.push((until, node)),
                None => usable.push((h.jailed, h.p50.unwrap_or(Duration::ZERO), node)),
            }
        }
        usable.sort_by_key(|(jailed, p50, _)| (*jailed, *p50));
        if let Some((best_jailed, best)) = usable.first().map(|(j, p, _)| (*j, *p)) {
            let limit = best.mul_f64(1.0 + settings.tie) + settings.tie_floor;
            let ties = usable.iter().take_while(|(j, p, _)| *j == best_jailed && *p <= limit).count();
            usable[..ties].shuffle(rng);
        }
        if usable.len() > 1 && rng.r#gen::<f64>() < settings.epsilon {
            let pick = rng.gen_range(1..usable.len());
            let sampled = usable.remove(pick);
            usable.insert(0, sampled);
        }
        resting.sort_by_key(|(until, _)| *until);
        usable.into_iter().map(|(_, _, n)| n).chain(resting.into_iter().map(|(_, n)| n)).collect()
    }

    /// Learns from one attempt (`None`: a verified answer).
    pub fn record(
        &self,
        chain: &str,
        entry: &Entry,
        node: &NodeRef,
        latency: Duration,
        failure: Option<&Failure>,
    ) {
        let now = self.clock.now();
        let mut changes = Vec::new();
        {
            let mut state = self.lock();
            let Some(health) = Self::session(&mut state.chains, chain, entry) else {
                return;
            };
            let h = health
                .nodes
                .entry(node.address.clone())
                .or_insert_with(|| NodeHealth::new(node.clone(), false));
            match failure {
                None => {
                    h.successes += 1;
                    h.record_latency(latency, self.settings.window);
                    if h.consecutive_failures > 0 || h.timed_out_until.is_some() {
                        changes
                            .push(Change::Recovered { chain: chain.to_string(), node: node.address.clone() });
                    }
                    h.consecutive_failures = 0;
                    h.timed_out_until = None;
                }
                Some(failure) => match verdict(failure) {
                    Verdict::Ignore => {}
                    Verdict::Evict(reason) => {
                        h.failures += 1;
                        h.last_failure = Some(reason.clone());
                        if h.evicted.is_none() {
                            changes.push(Change::Evicted {
                                chain: chain.to_string(),
                                node: node.address.clone(),
                                reason: reason.clone(),
                            });
                            h.evicted = Some(reason);
                        }
                    }
                    Verdict::TimeOut => {
                        h.failures += 1;
                        h.last_failure = Some(failure.to_string());
                        // Failures of relays already in flight when the node was put to rest do
                        // not lengthen the rest.
                        if !h.timed_out(now) {
                            h.consecutive_failures = h.consecutive_failures.saturating_add(1);
                            let rest = self.backoff(h.consecutive_failures);
                            h.timed_out_until = Some(now + rest);
                            changes.push(Change::TimedOut {
                                chain: chain.to_string(),
                                node: node.address.clone(),
                                rest,
                                failures: h.consecutive_failures,
                                reason: failure.to_string(),
                            });
                        }
                    }
                },
            }
        }
        self.emit(changes);
    }

    /// The rest after `failures` consecutive failures: base × 2^(failures − 1), capped.
    pub fn backoff(&self, failures: u32) -> Duration {
        let doublings = failures.saturating_sub(1).min(20);
        self.settings.base_timeout.saturating_mul(1 << doublings).min(self.settings.max_timeout)
    }

    /// Records a sync check of the chain's session `session_height`: each node's height against
    /// the agreed height; nodes more than `allowance` blocks behind are not used.
    pub fn record_sync(
        &self,
        chain: &str,
        session_height: i64,
        agreed: Option<u64>,
        allowance: u64,
        heights: &[(String, u64)],
    ) {
        let now = self.clock.now();
        let mut changes = Vec::new();
        {
            let mut state = self.lock();
            let Some(health) = state.chains.get_mut(chain).filter(|c| c.session_height == session_height)
            else {
                return;
            };
            health.agreed_height = agreed;
            health.allowance = Some(allowance);
            health.last_sync = Some(now);
            for (address, height) in heights {
                let Some(h) = health.nodes.get_mut(address) else { continue };
                let behind = agreed.map_or(0, |a| a.saturating_sub(*height));
                let out_of_sync = behind > allowance;
                let was = h.out_of_sync();
                h.sync = Some(SyncStatus { height: *height, behind, out_of_sync });
                if out_of_sync && !was {
                    changes.push(Change::OutOfSync {
                        chain: chain.to_string(),
                        node: address.clone(),
                        height: *height,
                        agreed: agreed.unwrap_or(0),
                        allowance,
                    });
                } else if was && !out_of_sync {
                    changes.push(Change::InSync { chain: chain.to_string(), node: address.clone() });
                }
            }
        }
        self.emit(changes);
    }

    /// The chain's session nodes, their state and why they are or are not used.
    pub fn report(&self, chain: &str, entry: &Entry) -> ChainReport {
        let now = self.clock.now();
        let mut state = self.lock();
        let session_height = entry.dispatch.session.session_height;
        let Some(health) = Self::session(&mut state.chains, chain, entry) else {
            return ChainReport {
                session_height,
                agreed_height: None,
                sync_allowance: None,
                last_sync_check_ms_ago: None,
                nodes: Vec::new(),
            };
        };
        let nodes = entry
            .dispatch
            .session
            .nodes
            .iter()
            .filter_map(|n| health.nodes.get(&n.address))
            .map(|h| Self::node_report(h, health, now))
            .collect();
        ChainReport {
            session_height,
            agreed_height: health.agreed_height,
            sync_allowance: health.allowance,
            last_sync_check_ms_ago: health.last_sync.map(|t| now.duration_since(t).as_millis() as u64),
            nodes,
        }
    }

    fn node_report(h: &NodeHealth, chain: &ChainHealth, now: Instant) -> NodeReport {
        let rest = h.timed_out_until.filter(|u| *u > now).map(|u| u.duration_since(now));
        let last = h.last_failure.as_deref().unwrap_or("none");
        let (state, used, why) = if let Some(reason) = &h.evicted {
            (NodeState::Evicted, false, format!("not used for the rest of the session: {reason}"))
        } else if let Some(sync) = h.sync.as_ref().filter(|s| s.out_of_sync) {
            let why = format!(
                "not used: out of sync, at height {} while the session's nodes agree on {} ({} blocks behind, allowance {})",
                sync.height,
                chain.agreed_height.unwrap_or(0),
                sync.behind,
                chain.allowance.unwrap_or(0)
            );
            (NodeState::OutOfSync, false, why)
        } else if let Some(rest) = rest {
            let why = format!(
                "resting for {:.1} s after {} consecutive failure{} (last: {last}); used only when no healthy node is left",
                rest.as_secs_f64(),
                h.consecutive_failures,
                if h.consecutive_failures == 1 { "" } else { "s" }
            );
            (NodeState::TimedOut, false, why)
        } else {
            let speed = match (h.p50, h.p90) {
                (Some(p50), Some(p90)) => format!("p50 {:.1} ms, p90 {:.1} ms", ms(p50), ms(p90)),
                _ => "no answers yet, so tried early to learn its latency".to_string(),
            };
            let jailed = if h.jailed { "; jailed, so used after the others" } else { "" };
            (NodeState::Healthy, true, format!("used: healthy, {speed}{jailed}"))
        };
        NodeReport {
            address: h.node.address.clone(),
            service_url: h.node.service_url.clone(),
            state,
            used,
            why,
            jailed: h.jailed,
            p50_ms: h.p50.map(ms),
            p90_ms: h.p90.map(ms),
            samples: h.latencies.len(),
            successes: h.successes,
            failures: h.failures,
            consecutive_failures: h.consecutive_failures,
            timed_out_for_ms: rest.map(|r| r.as_millis() as u64),
            last_failure: h.last_failure.clone(),
            height: h.sync.as_ref().map(|s| s.height),
            blocks_behind: h.sync.as_ref().map(|s| s.behind),
        }
    }

    /// Every tracked node of every chain's current session, for the gauges.
    pub fn gauges(&self) -> Vec<NodeGauge> {
        let now = self.clock.now();
        let state = self.lock();
        let mut gauges: Vec<NodeGauge> = state
            .chains
            .iter()
            .flat_map(|(chain, health)| {
                health.nodes.values().map(move |h| NodeGauge {
                    chain: chain.clone(),
                    address: h.node.address.clone(),
                    used: h.evicted.is_none() && !h.out_of_sync() && !h.timed_out(now),
                    p50: h.p50,
                    p90: h.p90,
                })
            })
            .collect();
        gauges.sort_by(|a, b| (&a.chain, &a.address).cmp(&(&b.chain, &b.address)));
        gauges
    }
}

impl NodeQos for Qos {
    fn rank<'e>(
        &self,
        chain: &str,
        entry: &'e Entry,
        candidates: Vec<&'e SessionNode>,
    ) -> Vec<&'e SessionNode> {
        self.order(chain, entry, candidates)
    }

    fn observe(
        &self,
        chain: &str,
        entry: &Entry,
        node: &NodeRef,
        latency: Duration,
        failure: Option<&Failure>,
    ) {
        self.record(chain, entry, node, latency, failure)
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::network::session::{Dispatch, Session};

    /// A clock that moves only when told.
    pub struct FakeClock {
        base: Instant,
        offset: Mutex<Duration>,
    }

    impl FakeClock {
        pub fn new() -> Arc<FakeClock> {
            Arc::new(FakeClock { base: Instant::now(), offset: Mutex::new(Duration::ZERO) })
        }

        pub fn advance(&self, by: Duration) {
            *self.offset.lock().unwrap() += by;
        }
    }

    impl Clock for FakeClock {
        fn now(&self) -> Instant {
            self.base + *self.offset.lock().unwrap()
        }
    }

    pub fn entry(session_height: i64, nodes: &[&str]) -> Entry {
        let nodes = nodes
            .iter()
            .map(|a| SessionNode {
                address: a.to_string(),
                public_key: "00".repeat(32),
                service_url: format!("http://{a}"),
                jailed: false,
                chains: vec!["0021".into()],
                stake: "1".into(),
            })
            .collect();
        let dispatch = Dispatch {
            block_height: session_height + 1,
            session: Session {
                app_public_key: "aa".into(),
                shannon: None,
                chain: "0021".into(),
                session_height,
                key: "00".into(),
                nodes,
            },
        };
        Entry::new("d", dispatch, Some(4), 0)
    }

    fn refs(entry: &Entry) -> Vec<NodeRef> {
        entry.dispatch.session.nodes.iter().map(NodeRef::from).collect()
    }

    fn node(entry: &Entry, address: &str) -> NodeRef {
        refs(entry).into_iter().find(|n| n.address == address).unwrap()
    }

    fn no_epsilon() -> QosSettings {
        QosSettings { epsilon: 0.0, ..QosSettings::default() }
    }

    fn qos(settings: QosSettings) -> (Qos, Arc<FakeClock>, Arc<Mutex<Vec<Change>>>) {
        let clock = FakeClock::new();
        let changes = Arc::new(Mutex::new(Vec::new()));
        let sink = changes.clone();
        let qos = Qos::seeded(
            settings,
            clock.clone(),
            Some(Arc::new(move |c: &Change| sink.lock().unwrap().push(c.clone()))),
            7,
        );
        (qos, clock, changes)
    }

    fn order(qos: &Qos, e: &Entry) -> Vec<String> {
        qos.order("0021", e, e.dispatch.session.nodes.iter().collect())
            .into_iter()
            .map(|n| n.address.clone())
            .collect()
    }

    fn ok(qos: &Qos, e: &Entry, address: &str, ms: u64) {
        qos.record("0021", e, &node(e, address), Duration::from_millis(ms), None);
    }

    fn fail(qos: &Qos, e: &Entry, address: &str, failure: Failure) {
        qos.record("0021", e, &node(e, address), Duration::from_millis(1), Some(&failure));
    }

    fn code(code: u32) -> Failure {
        Failure::Node { code, codespace: "pocketcore".into(), message: "m".into(), dispatch: None }
    }

    #[test]
    fn verdicts_follow_the_catalogue() {
        assert_eq!(verdict(&Failure::Timeout), Verdict::TimeOut);
        assert_eq!(verdict(&Failure::Connect("refused".into())), Verdict::TimeOut);
        assert_eq!(verdict(&Failure::Http { status: 503, body: String::new() }), Verdict::TimeOut);
        assert_eq!(verdict(&Failure::Garbage("x".into())), Verdict::TimeOut);
        // A request too large or malformed for the node is the client's fault.
        assert_eq!(verdict(&Failure::Http { status: 413, body: String::new() }), Verdict::Ignore);
        assert_eq!(verdict(&Failure::Http { status: 400, body: String::new() }), Verdict::Ignore);
        assert!(
            matches!(verdict(&code(90)), Verdict::Evict(r) if r.starts_with("code 90 (evidence_sealed)"))
        );
        assert!(matches!(verdict(&code(71)), Verdict::Evict(_)));
        let limited = Failure::Miner(crate::protocol::shannon::relay::MinerError::new(
            "relayer_proxy",
            7,
            "application has been rate limited, stake needed: 2upokt, has: 1upokt",
        ));
        assert_eq!(
            verdict(&limited),
            Verdict::Evict(
                "relay miner error relayer_proxy/7 (offchain rate limit hit by relayer proxy): application has been rate limited, stake needed: 2upokt, has: 1upokt".into()
            )
        );
        let bad = Failure::BadSignature { code: 41, message: "m".into() };
        assert!(matches!(verdict(&bad), Verdict::Evict(_)));
        for ignored in [60, 14, 75, 37, 25] {
            assert_eq!(verdict(&code(ignored)), Verdict::Ignore, "code {ignored}");
        }
    }

    #[test]
    fn an_eviction_from_another_gateway_lasts_for_its_session_only() {
        let (qos, _, changes) = qos(no_epsilon());
        let e = entry(97, &["a", "b"]);
        qos.evict("0021", &e, "a", "code 90 (evidence_sealed)");
        qos.evict("0021", &e, "a", "again");
        qos.evict("0021", &e, "nobody", "not in the session");
        assert_eq!(order(&qos, &e), ["b"]);
        let report = qos.report("0021", &e);
        let a = report.nodes.iter().find(|n| n.address == "a").unwrap();
        assert_eq!(a.state, NodeState::Evicted);
        assert_eq!(a.failures, 0);
        assert_eq!(
            a.why,
            "not used for the rest of the session: code 90 (evidence_sealed) (seen by another gateway)"
        );
        assert_eq!(changes.lock().unwrap().len(), 1);
        // An older session's eviction changes nothing; the next session starts clean.
        let next = entry(101, &["a", "b"]);
        assert_eq!(order(&qos, &next).len(), 2);
        qos.evict("0021", &e, "b", "late");
        assert_eq!(order(&qos, &next).len(), 2);
    }

    #[test]
    fn a_rest_from_another_gateway_ends_when_its_own_does() {
        let (qos, clock, changes) = qos(no_epsilon());
        let e = entry(97, &["a", "b"]);
        qos.track("0021", &e);
        assert_eq!(qos.resting("0021", "a"), None);
        qos.rest("0021", &e, "a", Duration::from_secs(4));
        assert_eq!(qos.resting("0021", "a"), Some(Duration::from_secs(4)));
        assert_eq!(order(&qos, &e), ["b", "a"]);
        // A shorter rest does not shorten it, and is not announced again.
        qos.rest("0021", &e, "a", Duration::from_secs(1));
        assert_eq!(qos.resting("0021", "a"), Some(Duration::from_secs(4)));
        assert_eq!(changes.lock().unwrap().len(), 1);
        let report = qos.report("0021", &e);
        assert_eq!(report.nodes[0].state, NodeState::TimedOut);
        assert_eq!(report.nodes[0].consecutive_failures, 0);
        clock.advance(Duration::from_secs(4));
        assert_eq!(qos.resting("0021", "a"), None);
        assert_eq!(order(&qos, &e).len(), 2);
    }

    #[test]
    fn percentiles_are_nearest_rank() {
        let d = |v: &[u64]| v.iter().map(|&m| Duration::from_millis(m)).collect::<Vec<_>>();
        assert_eq!(percentile(&[], 0.5), None);
        assert_eq!(percentile(&d(&[5]), 0.9), Some(Duration::from_millis(5)));
        let samples = d(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        assert_eq!(percentile(&samples, 0.5), Some(Duration::from_millis(5)));
        assert_eq!(percentile(&samples, 0.9), Some(Duration::from_millis(9)));
    }

    #[test]
    fn fast_nodes_come_first_and_near_ties_share_the_load() {
        let (qos, _, _) = qos(no_epsilon());
        let e = entry(97, &["a", "b", "c"]);
        for _ in 0..10 {
            ok(&qos, &e, "a", 30);
            ok(&qos, &e, "b", 10);
            ok(&qos, &e, "c", 50);
        }
        assert_eq!(order(&qos, &e), ["b", "a", "c"]);
        // b and a within 20% + 1 ms of each other: both lead, at random.
        for _ in 0..10 {
            ok(&qos, &e, "a", 11);
        }
        let mut first = std::collections::HashSet::new();
        for _ in 0..50 {
            let o = order(&qos, &e);
            assert_eq!(o[2], "c");
            first.insert(o[0].clone());
        }
        assert_eq!(first.len(), 2);
    }

    #[test]
    fn latency_percentiles_cover_the_recent_window_only() {
        let (qos, _, _) = qos(QosSettings { window: 4, ..no_epsilon() });
        let e = entry(97, &["a"]);
        for ms in [100, 100, 100, 100, 1, 2, 3] {
            ok(&qos, &e, "a", ms);
        }
        let report = qos.report("0021", &e);
        assert_eq!(report.nodes[0].samples, 4);
        assert_eq!((report.nodes[0].p50_ms, report.nodes[0].p90_ms), (Some(2.0), Some(100.0)));
        ok(&qos, &e, "a", 4);
        assert_eq!(qos.report("0021", &e).nodes[0].p90_ms, Some(4.0));
    }

    #[test]
    fn nodes_without_samples_are_tried_early() {
        let (qos, _, _) = qos(no_epsilon());
        let e = entry(97, &["a", "b"]);
        ok(&qos, &e, "a", 5);
        assert_eq!(order(&qos, &e)[0], "b");
    }

    #[test]
    fn epsilon_samples_other_healthy_nodes() {
        let (qos, _, _) = qos(QosSettings { epsilon: 0.1, ..QosSettings::default() });
        let e = entry(97, &["a", "b", "c"]);
        for _ in 0..10 {
            ok(&qos, &e, "a", 1);
            ok(&qos, &e, "b", 40);
            ok(&qos, &e, "c", 80);
        }
        let firsts: Vec<String> = (0..2000).map(|_| order(&qos, &e).remove(0)).collect();
        let sampled = firsts.iter().filter(|f| *f != "a").count();
        assert!((120..=280).contains(&sampled), "{sampled} of 2000 sampled");
        assert!(firsts.iter().any(|f| f == "b") && firsts.iter().any(|f| f == "c"));
    }

    #[test]
    fn failures_rest_a_node_with_exponential_backoff() {
        let (qos, clock, changes) = qos(no_epsilon());
        let e = entry(97, &["a", "b"]);
        ok(&qos, &e, "a", 1);
        ok(&qos, &e, "b", 9);
        fail(&qos, &e, "a", Failure::Timeout);
        // Resting nodes come last, as a last resort.
        assert_eq!(order(&qos, &e), ["b", "a"]);
        // A failure of a relay already in flight does not lengthen the rest.
        fail(&qos, &e, "a", Failure::Timeout);
        assert_eq!(qos.report("0021", &e).nodes[0].consecutive_failures, 1);
        clock.advance(Duration::from_millis(1001));
        assert_eq!(order(&qos, &e), ["a", "b"]);
        fail(&qos, &e, "a", Failure::Connect("refused".into()));
        let report = qos.report("0021", &e);
        assert_eq!(report.nodes[0].state, NodeState::TimedOut);
        assert_eq!(report.nodes[0].timed_out_for_ms, Some(2000));
        assert!(
            report.nodes[0].why.starts_with(
                "resting for 2.0 s after 2 consecutive failures (last: cannot connect: refused)"
            )
        );
        clock.advance(Duration::from_secs(2));
        ok(&qos, &e, "a", 1);
        assert_eq!(qos.report("0021", &e).nodes[0].state, NodeState::Healthy);
        assert_eq!(qos.backoff(1), Duration::from_secs(1));
        assert_eq!(qos.backoff(3), Duration::from_secs(4));
        assert_eq!(qos.backoff(40), Duration::from_secs(60));
        let changes = changes.lock().unwrap();
        assert!(matches!(&changes[0], Change::TimedOut { failures: 1, .. }));
        assert!(matches!(changes.last(), Some(Change::Recovered { .. })));
    }

    #[test]
    fn evictions_last_for_the_session_only() {
        let (qos, _, changes) = qos(no_epsilon());
        let e = entry(97, &["a", "b", "c"]);
        fail(&qos, &e, "a", code(90));
        fail(&qos, &e, "b", Failure::BadSignature { code: 41, message: "bad".into() });
        fail(&qos, &e, "c", code(60));
        assert_eq!(order(&qos, &e), ["c"]);
        assert!(qos.is_evicted("0021", "a"));
        let report = qos.report("0021", &e);
        assert_eq!(report.nodes[0].state, NodeState::Evicted);
        assert!(report.nodes[0].why.starts_with("not used for the rest of the session: code 90"));
        assert_eq!(changes.lock().unwrap().len(), 2);
        // An older session's relays change nothing; the next session starts clean.
        let next = entry(101, &["a", "b", "c"]);
        assert_eq!(order(&qos, &next).len(), 3);
        fail(&qos, &e, "c", code(90));
        assert!(!qos.is_evicted("0021", "c"));
        let candidates = e.dispatch.session.nodes.iter().collect();
        assert_eq!(qos.order("0021", &e, candidates).len(), 3, "an old session's candidates pass through");
    }

    #[test]
    fn latency_and_rest_carry_over_to_the_next_session() {
        let (qos, _, _) = qos(no_epsilon());
        let e = entry(97, &["a", "b"]);
        ok(&qos, &e, "a", 50);
        ok(&qos, &e, "b", 5);
        fail(&qos, &e, "b", Failure::Timeout);
        let next = entry(101, &["a", "b", "d"]);
        let report = qos.report("0021", &next);
        assert_eq!(report.nodes[0].p50_ms, Some(50.0));
        assert_eq!(report.nodes[1].state, NodeState::TimedOut);
        assert_eq!(report.nodes[2].samples, 0);
        assert_eq!(order(&qos, &next), ["d", "a", "b"]);
    }

    #[test]
    fn out_of_sync_nodes_are_left_out_until_they_catch_up() {
        let (qos, _, changes) = qos(no_epsilon());
        let e = entry(97, &["a", "b", "c"]);
        qos.track("0021", &e);
        let heights = [("a".to_string(), 1000), ("b".to_string(), 1000), ("c".to_string(), 950)];
        qos.record_sync("0021", 97, Some(1000), 5, &heights);
        assert_eq!(order(&qos, &e).len(), 2);
        let report = qos.report("0021", &e);
        assert_eq!(report.agreed_height, Some(1000));
        assert_eq!(report.nodes[2].state, NodeState::OutOfSync);
        assert_eq!(
            report.nodes[2].why,
            "not used: out of sync, at height 950 while the session's nodes agree on 1000 (50 blocks behind, allowance 5)"
        );
        assert_eq!(report.nodes[2].blocks_behind, Some(50));
        // A check of another session is ignored.
        qos.record_sync("0021", 93, Some(1000), 5, &[("c".to_string(), 1000)]);
        assert_eq!(order(&qos, &e).len(), 2);
        qos.record_sync("0021", 97, Some(1001), 5, &[("c".to_string(), 998)]);
        assert_eq!(order(&qos, &e).len(), 3);
        let changes = changes.lock().unwrap();
        assert!(matches!(&changes[0], Change::OutOfSync { height: 950, agreed: 1000, allowance: 5, .. }));
        assert!(matches!(changes.last(), Some(Change::InSync { .. })));
    }

    #[test]
    fn gauges_list_every_tracked_node() {
        let (qos, _, _) = qos(no_epsilon());
        let e = entry(97, &["a", "b"]);
        ok(&qos, &e, "a", 4);
        fail(&qos, &e, "b", code(71));
        let gauges = qos.gauges();
        assert_eq!(gauges.len(), 2);
        assert!(gauges[0].used && !gauges[1].used);
        assert_eq!(gauges[0].p50, Some(Duration::from_millis(4)));
    }
}
