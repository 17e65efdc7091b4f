//! The load: `concurrency` long-lived workers on one shared engine (one HTTP client, kept-alive
//! connections), taking tickets from an atomic counter (`-n`) or until a deadline (`-z`); under
//! `--rate` ticket i is due at start + i/rate and its latency counts from then (coordinated
//! omission). Workers record into a few [`Stats`] shards (4 per core), merged at the end, so
//! memory does not grow with the concurrency; progress is a few atomics a ticker may read.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::time::Instant;

use super::stats::Stats;
use crate::network::cache::{MemoryStore, SessionStore};
use crate::network::engine::{Engine, NodeRef, RelayOptions, Sessions};
use crate::protocol::morse::relay::Payload;

/// When a run ends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Limit {
    Requests(u64),
    Duration(Duration),
}

impl Limit {
    /// The request count, for reports (`None` for a timed run).
    pub fn requests(&self) -> Option<u64> {
        match self {
            Limit::Requests(n) => Some(*n),
            Limit::Duration(_) => None,
        }
    }

    /// The run's length in seconds, for reports (`None` for a counted run).
    pub fn duration_s(&self) -> Option<f64> {
        match self {
            Limit::Duration(d) => Some(d.as_secs_f64()),
            Limit::Requests(_) => None,
        }
    }
}

/// A run's shape.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The relay chain ID, and the request sent on it.
    pub chain: String,
    pub payload: Payload,
    pub concurrency: usize,
    pub limit: Limit,
    /// Requests per second in total, spread evenly.
    pub rate: Option<f64>,
    /// Retries and `--node` (consensus is not used).
    pub options: RelayOptions,
    /// Unmeasured relays sent first; `None`: one per worker and service URL, at most 1000.
    pub warmup: Option<u64>,
    /// For the TCP connect timing.
    pub connect_timeout: Duration,
}

/// Live counters, for a progress display and for stopping early.
#[derive(Debug, Default)]
pub struct Progress {
    pub done: AtomicU64,
    pub failed: AtomicU64,
    /// Set to stop taking new tickets (Ctrl-C); requests in flight finish.
    pub stop: AtomicBool,
}

impl Progress {
    pub fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

/// What a run produced.
#[derive(Debug)]
pub struct Outcome {
    pub stats: Stats,
    /// From the start to the last request's end.
    pub elapsed: Duration,
    pub interrupted: bool,
}

/// When ticket `i` is due under `rate` requests per second.
pub fn due(start: Instant, i: u64, rate: f64) -> Instant {
    start + Duration::from_secs_f64(i as f64 / rate)
}

struct Shared {
    engine: Arc<Engine>,
    plan: Plan,
    tickets: AtomicU64,
    progress: Arc<Progress>,
    /// Where workers record: worker i into shard i % len. At most one record per core runs at
    /// a time and takes well under a microsecond, so a shard's lock is almost never contended.
    shards: Vec<Mutex<Stats>>,
}

/// How many statistics shards a run uses: 4 per core, at most one per worker.
pub fn shard_count(concurrency: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    concurrency.clamp(1, 4 * cores)
}

async fn worker(shared: Arc<Shared>, index: usize, start: Instant) {
    let shard = &shared.shards[index % shared.shards.len()];
    let plan = &shared.plan;
    let deadline = match plan.limit {
        Limit::Duration(d) => Some(start + d),
        Limit::Requests(_) => None,
    };
    loop {
        if shared.progress.stopped() {
            break;
        }
        let i = shared.tickets.fetch_add(1, Ordering::Relaxed);
        if let Limit::Requests(n) = plan.limit
            && i >= n
        {
            break;
        }
        let began = match plan.rate {
            Some(rate) => {
                let due = due(start, i, rate);
                if deadline.is_some_and(|d| due >= d) {
                    break;
                }
                if due > Instant::now() {
                    // Ahead of schedule: wait. The timer wakes up to ~1 ms late; that lateness is
                    // the load generator's, so the clock starts on waking. Behind schedule (the
                    // previous answer was slow), the clock starts at the due time: the wait
                    // for that answer counts (coordinated omission).
                    tokio::time::sleep_until(due).await;
                    Instant::now()
                } else {
                    due
                }
            }
            None => {
                let now = Instant::now();
                if deadline.is_some_and(|d| now >= d) {
                    break;
                }
                now
            }
        };
        let result = shared.engine.relay(&plan.chain, &plan.payload, &plan.options).await;
        let latency = began.elapsed();
        if result.is_err() {
            shared.progress.failed.fetch_add(1, Ordering::Relaxed);
        }
        shared.progress.done.fetch_add(1, Ordering::Relaxed);
        // Recording never panics, so a poisoned lock still holds consistent figures.
        shard.lock().unwrap_or_else(|e| e.into_inner()).request(&result, latency);
    }
}

/// Runs the load on the current (multi-thread) runtime and merges the workers' figures.
pub async fn run(engine: Arc<Engine>, plan: &Plan, progress: Arc<Progress>) -> Result<Outcome, String> {
    let shared = Arc::new(Shared {
        engine,
        plan: plan.clone(),
        tickets: AtomicU64::new(0),
        progress: progress.clone(),
        shards: (0..shard_count(plan.concurrency)).map(|_| Mutex::new(Stats::default())).collect(),
    });
    let start = Instant::now();
    let mut workers = tokio::task::JoinSet::new();
    for index in 0..plan.concurrency.max(1) {
        workers.spawn(worker(shared.clone(), index, start));
    }
    while let Some(done) = workers.join_next().await {
        done.map_err(|e| format!("a bench worker stopped: {e}"))?;
    }
    let elapsed = start.elapsed();
    let mut stats = Stats::default();
    for shard in &shared.shards {
        stats.merge(&shard.lock().unwrap_or_else(|e| e.into_inner()))?;
    }
    Ok(Outcome { stats, elapsed, interrupted: progress.stopped() })
}

/// An engine like `engine` (same client and connection pool, signer and checks) whose session
/// store is a copy: warm-up failures do not make the measured run avoid nodes. Every app's
/// session is copied, and the scratch engine takes the apps in turn as `engine` does.
pub fn scratch(engine: &Engine, chain: &str) -> Engine {
    let store = Arc::new(MemoryStore::default());
    let sessions = &engine.sessions;
    for relayer in engine.relayers() {
        let key = sessions.key(relayer.app(), chain);
        if let Some(entry) = sessions.store.load(&key) {
            let mut entry = (*entry).clone();
            entry.avoid.clear();
            let _ = store.save(&key, entry);
        }
    }
    engine.on(Sessions {
        rpc: sessions.rpc.clone(),
        source: sessions.source.clone(),
        dispatchers: sessions.dispatchers.clone(),
        store,
        block_time: sessions.block_time,
        observer: None,
    })
}

/// Unmeasured relays that open keep-alive connections before the run: `per_node` relays pinned
/// to each of `nodes`, all at once (so up to `per_node` connections to each; pass one node per
/// service URL, as connections are pooled per host). Returns how many were sent and how many
/// failed.
pub async fn warm_up(
    engine: &Engine,
    chain: &str,
    payload: &Payload,
    nodes: &[NodeRef],
    per_node: usize,
) -> (u64, u64) {
    let scratch = Arc::new(scratch(engine, chain));
    let payload = Arc::new(payload.clone());
    let chain: Arc<str> = Arc::from(chain);
    let mut set = tokio::task::JoinSet::new();
    for node in nodes {
        for _ in 0..per_node {
            let options = RelayOptions { retries: 0, node: Some(node.address.clone()), consensus: 0 };
            let (engine, chain, payload) = (scratch.clone(), chain.clone(), payload.clone());
            set.spawn(async move { engine.relay(&chain, &payload, &options).await.is_ok() });
        }
    }
    let (mut sent, mut failed) = (0, 0);
    while let Some(ok) = set.join_next().await {
        sent += 1;
        if !matches!(ok, Ok(true)) {
            failed += 1;
        }
    }
    (sent, failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_are_few_and_never_more_than_workers() {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        assert_eq!(shard_count(1), 1);
        assert_eq!(shard_count(0), 1);
        assert_eq!(shard_count(100_000), 4 * cores);
    }

    #[test]
    fn tickets_are_due_evenly() {
        let start = Instant::now();
        assert_eq!(due(start, 0, 100.0), start);
        assert_eq!(due(start, 250, 100.0) - start, Duration::from_millis(2500));
        assert_eq!(due(start, 3, 0.5) - start, Duration::from_secs(6));
    }
}
