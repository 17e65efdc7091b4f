//! `pgw bench`'s library: the load runner (long-lived workers on one engine, coordinated
//! omission corrected under a rate), sharded statistics merged at the end (HdrHistogram,
//! bounded memory), TCP connect timing, `--sign-only`, the JSON report and its merge, and the
//! `--fail-if` checks. Nothing here prints: [`run`] reports its steps to a callback, and
//! `output/bench.rs` draws the summary.

pub mod check;
pub mod connect;
pub mod report;
pub mod run;
pub mod sign;
pub mod stats;

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use crate::network::engine::{Engine, NodeRef, RelayError};
use report::{RunConfig, Summary};
use run::{Plan, Progress};

/// TCP connects timed per service URL.
const CONNECT_SAMPLES: usize = 3;
/// The most warm-up relays sent by default.
const MAX_DEFAULT_WARMUP: u64 = 1000;
/// How often the progress callback hears about a running load.
const TICK: Duration = Duration::from_millis(100);

/// What [`run`] tells its caller while it works.
pub enum Step<'a> {
    /// Connections are open: how many session nodes the run uses, warm-up relays sent and
    /// failed.
    WarmedUp { nodes: usize, sent: u64, failed: u64 },
    /// The load is running (about every 100 ms).
    Running(&'a Progress),
}

/// Why a bench could not run.
#[derive(Debug)]
pub enum BenchError {
    /// No session, or `--node` is not in it.
    Relay(RelayError),
    /// A worker stopped or the figures did not merge.
    Run(String),
}

/// A whole bench: the session (and `--node` pinned by the engine's rule), TCP connect times,
/// warm-up, then the measured load with progress every 100 ms; Ctrl-C or SIGTERM stops taking
/// new requests and the summary covers what was sent.
pub async fn run(
    engine: Arc<Engine>,
    plan: &Plan,
    mut on_step: impl FnMut(Step<'_>),
) -> Result<Summary, BenchError> {
    let entry = engine.session(&plan.chain, false).await.map_err(BenchError::Relay)?;
    let nodes = Engine::session_nodes(&entry, plan.options.node.as_deref()).map_err(BenchError::Relay)?;
    let urls: Vec<String> = nodes.iter().map(|n| n.service_url.clone()).collect();
    let connects = connect::measure(&urls, CONNECT_SAMPLES, plan.connect_timeout).await;

    // Connections are pooled per host: warm up one node per distinct service URL.
    let mut hosts: Vec<NodeRef> = Vec::new();
    for node in &nodes {
        if !hosts.iter().any(|h| h.service_url == node.service_url) {
            hosts.push(node.clone());
        }
    }
    let concurrency = plan.concurrency as u64;
    let warmup = plan.warmup.unwrap_or((concurrency * hosts.len() as u64).min(MAX_DEFAULT_WARMUP));
    let per_host = if warmup == 0 { 0 } else { warmup.div_ceil(hosts.len().max(1) as u64) as usize };
    let (warmed, failed) = run::warm_up(&engine, &plan.chain, &plan.payload, &hosts, per_host).await;
    on_step(Step::WarmedUp { nodes: nodes.len(), sent: warmed, failed });

    let progress = Arc::new(Progress::default());
    let outcome = crate::shutdown::drive(
        run::run(engine.clone(), plan, progress.clone()),
        TICK,
        || on_step(Step::Running(&progress)),
        || progress.stop.store(true, Ordering::Relaxed),
    )
    .await
    .map_err(BenchError::Run)?;
    Ok(Summary {
        config: RunConfig {
            chain: plan.chain.clone(),
            concurrency,
            requests: plan.limit.requests(),
            duration_s: plan.limit.duration_s(),
            rate_rps: plan.rate,
            retries: plan.options.retries,
            verify: engine.verify,
            node: plan.options.node.clone(),
            warmup: warmed,
            warmup_failed: failed,
        },
        stats: outcome.stats,
        connects,
        duration_s: outcome.elapsed.as_secs_f64(),
        runs: 1,
        interrupted: outcome.interrupted,
        budgets: Vec::new(),
    })
}
