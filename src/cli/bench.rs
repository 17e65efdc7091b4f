//! `pgw bench`: load-test relays through the same engine as `pgw relay`, and `pgw bench merge`.
//! The measuring, statistics and report live in `crate::bench`; this file is flags and glue.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use clap::{Args, Subcommand};

use super::Ctx;
use super::input;
use super::net::{self, NetArgs, Network, Threads};
use super::relay::signer_for;
use super::request::RequestArgs;
use super::signer::{self, ShannonKeyArgs, SignerArgs};
use super::values;
use crate::bench::check::{self, Check};
use crate::bench::report::{AppBudget, Report, Summary};
use crate::bench::run::{Limit, Plan};
use crate::bench::{self, BenchError, Step, sign};
use crate::error::{EXIT_CHECK_FAILED, EXIT_OK, Error, Result};
use crate::network::cache::MemoryStore;
use crate::network::engine::{Engine, Event, Observer, RelayOptions};
use crate::output::progress::Bar;
use crate::output::{self, Printer, stderr_line};
use crate::protocol::morse::relay::{Payload, RelaySigner};

/// Requests sent when neither -n nor -z is given.
const DEFAULT_REQUESTS: u64 = 200;

/// Load-test relays: throughput, latency percentiles, per-node health, pass/fail for CI
///
/// Sends relays through the same engine as `pgw relay` (session, node choice, a freshly signed
/// proof per relay, the servicer's signature checked), from -c long-lived workers sharing one
/// kept-alive HTTP client, for -n requests or -z time, optionally at a fixed --rate (latency is
/// then counted from each request's due time: coordinated omission is corrected). Before
/// measuring, it times TCP connects to each session node and warms up one connection per worker
/// and node URL with unmeasured relays. Each relay is one attempt (--retries 0) unless told.
///
/// stdout: a report (totals, throughput, latency percentiles and a histogram, a per-node table,
/// errors by kind and pocket-core code, session rollovers; each app's relay budget per node per
/// session from the chain next to what the run used: on Morse its max relays, on Shannon what
/// its stake buys per supplier), or with --output json a stable
/// document (docs/output.md) that `pgw bench merge` combines across machines. A live progress
/// line is drawn on stderr when it is a terminal (not with -q or --output json).
///
/// Exit codes: 0 done, 1 a --fail-if threshold was crossed (one line per crossing on stderr),
/// 2 bad usage, 4 key problems, 5 no session (docs/bench.md).
///
/// Examples:
///   pgw bench eth '{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}' --devnet -n 1000
///   pgw bench eth @request.json -z 30s -c 32 --app-key my-app --profile mainnet
///   pgw bench eth @request.json -z 1m --rate 200 --fail-if 'p99>250ms' --fail-if 'errors>1%'
///   pgw bench eth @request.json --sign-only -z 5s
///   pgw bench eth @request.json --output json -n 5000 > a.json   # on each machine, then:
///   pgw bench merge a.json b.json
#[derive(Debug, Args)]
#[command(
    verbatim_doc_comment,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    disable_help_subcommand = true
)]
pub struct BenchArgs {
    #[command(subcommand)]
    command: Option<BenchCommand>,
    #[command(flatten)]
    run: Box<RunArgs>,
}

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    #[command(about = "Combine JSON reports of runs made at the same time on several machines into one")]
    Merge(MergeArgs),
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Relay chain ID or alias (e.g. 0021 or eth)
    #[arg(value_name = "CHAIN", required = true)]
    chain: Option<String>,
    /// The request for the chain: literal text, - for stdin, or @FILE
    #[arg(value_name = "DATA", required = true)]
    data: Option<String>,
    /// Number of requests [default: 200 when -z is not given]
    #[arg(short = 'n', long = "requests", value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    requests: Option<u64>,
    /// Run for this long instead, e.g. 30s or 5m
    #[arg(short = 'z', long = "duration", value_name = "DURATION", conflicts_with = "requests",
          value_parser = values::duration)]
    duration: Option<Duration>,
    /// Concurrent workers (requests in flight)
    #[arg(short = 'c', long, value_name = "N", default_value_t = 10,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    concurrency: u32,
    /// Send at this many requests per second in total (latency counts from each due time)
    #[arg(long, value_name = "R")]
    rate: Option<f64>,
    /// Exit 1 when a threshold is crossed, e.g. 'p99>250ms', 'errors>1%', 'rps<500' (repeatable)
    #[arg(long = "fail-if", value_name = "EXPR")]
    fail_if: Vec<String>,
    /// Only sign relays, on every core, with no network; compares with bare Ed25519 signing
    #[arg(long)]
    sign_only: bool,
    /// Send only to this session node (address or service URL)
    #[arg(long, value_name = "ADDRESS|URL")]
    node: Option<String>,
    /// Extra attempts on other nodes when one fails (0: each request is one attempt)
    #[arg(long, value_name = "N", default_value_t = 0)]
    retries: u32,
    /// Do not check the servicer's signature on answers
    #[arg(long)]
    no_verify: bool,
    /// Unmeasured relays sent first to open connections [default: concurrency × node URLs, at most
    /// 1000]
    #[arg(long, value_name = "N")]
    warmup: Option<u64>,
    #[command(flatten)]
    request: RequestArgs,
    #[command(flatten)]
    signer: SignerArgs,
    #[command(flatten)]
    shannon: ShannonKeyArgs,
    #[command(flatten)]
    net: NetArgs,
}

/// Combine `pgw bench --output json` reports into one, with exact percentiles.
///
/// The reports' histograms are added bucket by bucket, so every percentile of the merged report
/// is what one run over all the samples would give. Counts and errors add up; the duration is
/// the longest run's, so throughput is all requests ÷ that window (the runs are assumed to have
/// run at the same time). --fail-if applies to the merged figures.
///
/// Examples:
///   pgw bench eth @req.json -z 60s -c 64 --output json > a.json    # on machine A
///   pgw bench eth @req.json -z 60s -c 64 --output json > b.json    # on machine B, at once
///   pgw bench merge a.json b.json --fail-if 'p99>250ms'
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct MergeArgs {
    /// Report files written by `pgw bench … --output json`
    #[arg(value_name = "FILE", required = true, num_args = 1..)]
    files: Vec<PathBuf>,
    /// Exit 1 when a threshold is crossed in the merged report (repeatable)
    #[arg(long = "fail-if", value_name = "EXPR")]
    fail_if: Vec<String>,
}

/// Each app's relay budget from the chain (as `pgw app throughput` computes it), for the
/// report: on Morse from `/v1/query/app` and the params, on Shannon what the app's stake buys
/// per supplier per session on the benched service; an app whose budget cannot be read is left
/// out (said with -v).
async fn budgets(ctx: &Ctx, network: &Network, apps: &[String], chain: &str) -> Vec<AppBudget> {
    if network.protocol() == crate::network::config::Protocol::Shannon {
        return shannon_budgets(ctx, network, apps, chain).await;
    }
    let mut budgets = Vec::new();
    for app in apps {
        let Ok(key) = crate::protocol::morse::keys::PublicKey::from_hex("the app public key", app) else {
            continue;
        };
        let address = key.address().to_string();
        let mut why = "no dispatcher".to_string();
        for dispatcher in &network.dispatchers {
            match network.rpc.throughput(dispatcher, &address).await {
                Ok(t) => {
                    match t.per_session_node() {
                        Some(per_node) => budgets.push(AppBudget {
                            app: address.clone(),
                            max_relays: Some(t.max_relays),
                            chains: Some(t.chains.len() as u64),
                            session_nodes: Some(t.session_node_count),
                            per_node_per_session: per_node,
                            ..AppBudget::default()
                        }),
                        None => why = format!("the app is staked for no chain (max relays {})", t.max_relays),
                    }
                    break;
                }
                Err(e) => why = e.to_string(),
            }
        }
        if !budgets.iter().any(|b| b.app == address) {
            ctx.printer.detail(&format!("bench: no relay budget for app {address}: {why}"));
        }
    }
    budgets
}

/// Shannon: each app's relays per supplier per session on `service` from its stake.
async fn shannon_budgets(ctx: &Ctx, network: &Network, apps: &[String], service: &str) -> Vec<AppBudget> {
    let mut settings = network.settings.clone();
    settings.dispatchers.value = network.dispatchers.clone();
    let mut budgets = Vec::new();
    for app in apps {
        match super::stake_shannon::app_throughput(&settings, app, Some(service)).await {
            Ok(a) => budgets.push(AppBudget {
                app: app.clone(),
                service: Some(a.service),
                stake: Some(a.stake),
                pending_sessions: Some(a.throughput.pending_sessions),
                suppliers: Some(a.inputs.suppliers_per_session),
                relay_cost_upokt: Some(format!(
                    "{}/{}",
                    a.throughput.relay_cost_upokt.0, a.throughput.relay_cost_upokt.1
                )),
                per_node_per_session: u64::try_from(a.throughput.relays_per_supplier).unwrap_or(u64::MAX),
                ..AppBudget::default()
            }),
            Err(e) => ctx.printer.detail(&format!("bench: no relay budget for app {app}: {e}")),
        }
    }
    budgets
}

fn parse_checks(exprs: &[String]) -> Result<Vec<Check>> {
    exprs.iter().map(|e| check::parse(e).map_err(Error::usage)).collect()
}

/// Prints one line per crossing and returns the exit code.
fn conclude(crossings: Vec<check::Crossing>) -> u8 {
    for c in &crossings {
        stderr_line(&format!("pgw: {c}"));
    }
    if crossings.is_empty() { EXIT_OK } else { EXIT_CHECK_FAILED }
}

/// Engine events worth a line with -v during a bench: sessions and dispatchers, not attempts.
fn observer(printer: Printer) -> Observer {
    let inner = net::observer(printer);
    let detail = inner.detail;
    Observer::new(detail, move |event: &Event| {
        if !matches!(event, Event::Attempt(_)) {
            (inner.sink)(event)
        }
    })
}

impl BenchArgs {
    pub fn run(self, ctx: &Ctx) -> Result<u8> {
        match self.command {
            Some(BenchCommand::Merge(args)) => args.run(ctx),
            None => self.run.run(ctx),
        }
    }
}

impl MergeArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        let checks = parse_checks(&self.fail_if)?;
        let mut summaries = Vec::new();
        for path in &self.files {
            let name = path.display().to_string();
            let bytes = input::read_bytes(path)?;
            let report: Report = serde_json::from_slice(&bytes)
                .map_err(|e| Error::usage(format!("{name}: not a `pgw bench --output json` report ({e})")))?;
            summaries.push((name.clone(), Summary::from_report(&report, &name).map_err(Error::usage)?));
        }
        let merged = Summary::merge(summaries).map_err(Error::usage)?;
        let report = merged.report();
        ctx.printer.result(&report, || output::bench::render(&merged))?;
        Ok(conclude(check::evaluate_all(&checks, &report.figures())))
    }
}

impl RunArgs {
    fn limit(&self) -> Limit {
        match self.duration {
            Some(d) => Limit::Duration(d),
            None => Limit::Requests(self.requests.unwrap_or(DEFAULT_REQUESTS)),
        }
    }

    fn run(mut self, ctx: &Ctx) -> Result<u8> {
        let checks = parse_checks(&self.fail_if)?;
        let limit = self.limit();
        if let Some(rate) = self.rate
            && !(rate.is_finite() && rate > 0.0)
        {
            return Err(Error::usage(format!("--rate {rate}: give a number of requests per second above 0")));
        }
        let payload = self.request.payload(input::read_data(self.data.as_deref().unwrap_or_default())?)?;
        if self.sign_only {
            let chain = values::chain(self.chain.as_deref().unwrap_or_default())?;
            let flags = self.signer.resolve(ctx)?;
            return self.sign_only(ctx, flags, &chain.id, &payload, limit, &checks);
        }
        let chain = self.net.chain_id(ctx, self.chain.as_deref().unwrap_or_default())?;
        let summary = net::runtime(Threads::AllCores)?.block_on(async {
            let network = self.net.connect(ctx, &chain).await?;
            let result = self.bench(ctx, &network, chain.clone(), payload, limit).await;
            network.close().await;
            result
        })?;
        let report = summary.report();
        ctx.printer.result(&report, || output::bench::render(&summary))?;
        Ok(conclude(check::evaluate_all(&checks, &report.figures())))
    }

    async fn bench(
        &mut self,
        ctx: &Ctx,
        network: &Network,
        chain: String,
        payload: Payload,
        limit: Limit,
    ) -> Result<Summary> {
        let relayers = signer::relayers(ctx, network, &mut self.signer, &mut self.shannon, self.net.devnet)?;
        let mut sessions = network.sessions(ctx.printer);
        // Sessions in memory: one dispatch, and nodes avoided during the run stay out of the
        // shared cache.
        sessions.store = Arc::new(MemoryStore::default());
        sessions.observer = Some(observer(ctx.printer));
        // Several apps (a gateway's --app list): relays take them in turn.
        let apps: Vec<String> = relayers.iter().map(|r| r.app().to_string()).collect();
        let mut engine =
            Engine::with_relayers(sessions, relayers).ok_or_else(|| Error::key("no app to relay for"))?;
        engine.verify = !self.no_verify;
        let plan_chain = chain.clone();
        let plan = Plan {
            chain,
            payload,
            concurrency: self.concurrency as usize,
            limit,
            rate: self.rate,
            options: RelayOptions { retries: self.retries, node: self.node.clone(), consensus: 0 },
            warmup: self.warmup,
            connect_timeout: network.settings.connect_timeout.value,
        };
        let mut bar = None;
        let summary = bench::run(Arc::new(engine), &plan, |step| match step {
            Step::WarmedUp { nodes, sent, failed } => {
                ctx.printer.detail(&format!(
                    "bench: {nodes} session nodes, {sent} warm-up relays ({failed} failed)"
                ));
                bar = Bar::new(ctx.printer, limit);
            }
            Step::Running(progress) => {
                if let Some(bar) = &bar {
                    bar.tick(progress);
                }
            }
        })
        .await;
        if let Some(bar) = bar {
            bar.finish();
        }
        let service = plan_chain;
        let mut summary = summary.map_err(|e| match e {
            BenchError::Relay(e) => net::relay_error_on(network.protocol(), e),
            BenchError::Run(e) => Error::usage(e),
        })?;
        summary.budgets = budgets(ctx, network, &apps, &service).await;
        Ok(summary)
    }

    fn sign_only(
        &self,
        ctx: &Ctx,
        flags: Option<RelaySigner>,
        chain: &str,
        payload: &Payload,
        limit: Limit,
        checks: &[Check],
    ) -> Result<u8> {
        if let Some(c) = checks.iter().find(|c| !c.applies_to_sign_only()) {
            return Err(Error::usage(format!(
                "--fail-if '{}': --sign-only measures signing rate only; use 'rps<N' there",
                c.text
            )));
        }
        let signer = match flags {
            Some(signer) => signer,
            None => {
                let settings = self.net.network.settings(ctx)?;
                // With no key anywhere, an ephemeral one: signing speed does not depend on it.
                signer_for(ctx, None, &settings, true)?
            }
        };
        let bar = Bar::new(ctx.printer, limit);
        let outcome = sign::sign_only_watched(&signer, payload, chain, limit, |progress| {
            if let Some(bar) = &bar {
                bar.tick(progress);
            }
        });
        if let Some(bar) = bar {
            bar.finish();
        }
        let outcome = outcome.map_err(Error::usage)?;
        let report = sign::SignReport::new(chain, limit, &outcome);
        ctx.printer.result(&report, || output::bench::render_sign_only(&report))?;
        let figures = check::Figures { rps: outcome.relays_per_s, ..check::Figures::default() };
        Ok(conclude(check::evaluate_all(checks, &figures)))
    }
}
