//! A bench run's report: the stable JSON shape (`"pgw_bench": 1`, documented in docs/output.md)
//! and reading it back for `pgw bench merge` (the histograms travel serialized, so merged
//! percentiles are exact). The text drawn in table mode is `output/bench.rs`'s.

use std::collections::BTreeMap;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hdrhistogram::Histogram;
use hdrhistogram::serialization::{Deserializer, Serializer, V2Serializer};
use serde::{Deserialize, Serialize};

use super::stats::{self, Connects, NodeStats, Stats, round1, round3};

/// The JSON format version (`"pgw_bench"`).
pub const VERSION: u32 = 1;

/// How a run was asked for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunConfig {
    pub chain: String,
    pub concurrency: u64,
    /// `-n`, when the run was for a number of requests.
    pub requests: Option<u64>,
    /// `-z`, when the run was for a time.
    pub duration_s: Option<f64>,
    /// `--rate`, requests per second in total.
    pub rate_rps: Option<f64>,
    pub retries: u32,
    pub verify: bool,
    pub node: Option<String>,
    /// Unmeasured relays sent before the run, to open connections.
    pub warmup: u64,
    /// How many of those failed (absent from reports written before it was added).
    #[serde(default)]
    pub warmup_failed: u64,
}

/// A run (or several merged): what was asked, what was measured, and for how long.
#[derive(Debug, Clone)]
pub struct Summary {
    pub config: RunConfig,
    pub stats: Stats,
    /// TCP connect times by service URL.
    pub connects: BTreeMap<String, Connects>,
    /// Wall-clock seconds of the measured part.
    pub duration_s: f64,
    pub runs: u64,
    pub interrupted: bool,
    /// The apps' relay budgets read from the chain (Morse), shown next to what the run used.
    pub budgets: Vec<AppBudget>,
}

/// An app's relay budget from the chain, as `pgw app throughput` computes it: on Morse its max
/// relays per session spread over its chains and the session's nodes; on Shannon what its stake
/// buys per supplier per session on the benched service.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AppBudget {
    /// The app's address.
    pub app: String,
    /// Morse: max relays per session, as the chain stores it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_relays: Option<u64>,
    /// Morse: the chains the app is staked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chains: Option<u64>,
    /// Morse: the network's session node count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_nodes: Option<u64>,
    /// Shannon: the service the figure is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Shannon: the app's stake in upokt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stake: Option<u64>,
    /// Shannon: sessions the stake is spread over until they settle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_sessions: Option<u64>,
    /// Shannon: suppliers in the app's session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suppliers: Option<u64>,
    /// Shannon: upokt per relay, `NUM/DEN`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relay_cost_upokt: Option<String>,
    /// Relays a node serves the app per session: on Morse before it answers code 71 (max
    /// relays ÷ chains ÷ session nodes); on Shannon before the supplier's claim reaches the
    /// app's stake share (stake ÷ pending sessions ÷ suppliers ÷ cost per relay), where the
    /// relay miner's meter rate-limits the app.
    pub per_node_per_session: u64,
}

/// An app's budget in the report, with the relays the run sent for it (attempts, every session
/// of the run together; unknown after merging runs of different apps).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetReport {
    #[serde(flatten)]
    pub budget: AppBudget,
    pub used: Option<u64>,
}

// ---------------------------------------------------------------------------------------------
// The JSON shape.

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    pub requests: u64,
    pub successes: u64,
    pub failures: u64,
    /// successes ÷ requests, 0 to 1 (null without requests).
    pub success_rate: Option<f64>,
}

/// Latencies in ms; null when nothing succeeded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Latency {
    pub min: Option<f64>,
    pub mean: Option<f64>,
    pub p50: Option<f64>,
    pub p90: Option<f64>,
    pub p99: Option<f64>,
    pub p99_9: Option<f64>,
    pub max: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConnectUrl {
    pub service_url: String,
    pub samples: u64,
    pub failures: u64,
    pub min: Option<f64>,
    pub mean: Option<f64>,
    pub max: Option<f64>,
}

/// TCP connect times in ms, over every service URL, and by URL.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConnectReport {
    pub samples: u64,
    pub failures: u64,
    pub min: Option<f64>,
    pub mean: Option<f64>,
    pub max: Option<f64>,
    pub by_url: Vec<ConnectUrl>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeReport {
    pub address: String,
    pub service_url: String,
    /// Attempts sent to this node.
    pub requests: u64,
    pub successes: u64,
    pub failures: u64,
    pub success_rate: Option<f64>,
    /// Latency of successful attempts (null when none succeeded).
    pub p50_ms: Option<f64>,
    pub p99_ms: Option<f64>,
    /// Mean TCP connect time to the node's service URL.
    pub connect_ms: Option<f64>,
    /// Failed attempts by kind.
    pub errors: BTreeMap<String, u64>,
    /// Failed attempts by pocket-core code.
    pub codes: BTreeMap<u32, u64>,
    /// The node's latency histogram (µs), HdrHistogram V2, base64.
    pub histogram: String,
    /// The app's relays per session on this node (one app with a budget read from the chain);
    /// `requests` is what the run used of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relay_budget: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Errors {
    pub by_kind: BTreeMap<String, u64>,
    pub by_code: BTreeMap<u32, u64>,
}

/// `pgw bench --output json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub pgw_bench: u32,
    /// `relay` (`sign_only` reports have their own shape).
    pub mode: String,
    pub config: RunConfig,
    /// How many runs this report combines (1, or more after `pgw bench merge`).
    pub runs: u64,
    /// Stopped early by Ctrl-C.
    pub interrupted: bool,
    pub totals: Totals,
    pub duration_s: f64,
    pub throughput_rps: f64,
    pub latency_ms: Latency,
    pub connect_ms: ConnectReport,
    pub nodes: Vec<NodeReport>,
    pub errors: Errors,
    pub session_rollovers: u64,
    pub session_heights: Vec<i64>,
    /// Latency histogram of successful requests (µs), HdrHistogram V2, base64.
    pub histogram: String,
    /// Each app's relay budget from the chain and the relays the run used (Morse).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relay_budgets: Vec<BudgetReport>,
}

fn ms(us: u64) -> f64 {
    round3(us as f64 / 1e3)
}

fn quantile_ms(h: &Histogram<u64>, q: f64) -> Option<f64> {
    (!h.is_empty()).then(|| ms(h.value_at_quantile(q)))
}

fn latency(h: &Histogram<u64>) -> Latency {
    let some = !h.is_empty();
    Latency {
        min: some.then(|| ms(h.min())),
        mean: some.then(|| round3(h.mean() / 1e3)),
        p50: quantile_ms(h, 0.5),
        p90: quantile_ms(h, 0.9),
        p99: quantile_ms(h, 0.99),
        p99_9: quantile_ms(h, 0.999),
        max: some.then(|| ms(h.max())),
    }
}

fn rate(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| (part as f64 / whole as f64 * 1e6).round() / 1e6)
}

/// A histogram as HdrHistogram V2 bytes in standard base64. The encoding is canonical: the
/// header's highest trackable value is the largest value recorded, not whatever range the
/// histogram grew to, so equal samples give equal text.
pub fn encode(h: &Histogram<u64>) -> String {
    let canonical = Histogram::<u64>::new_with_bounds(1, h.max().max(2), stats::SIGFIG)
        .ok()
        .and_then(|mut c| c.add(h).ok().map(|_| c));
    let mut bytes = Vec::new();
    // Writing into a Vec cannot fail for histograms this module makes.
    if V2Serializer::new().serialize(canonical.as_ref().unwrap_or(h), &mut bytes).is_err() {
        bytes.clear();
    }
    STANDARD.encode(bytes)
}

/// Reads a histogram written by [`encode`]. Refuses, rather than allocates, a header that claims
/// more bytes than it carries.
pub fn decode(text: &str) -> Result<Histogram<u64>, String> {
    let bytes = STANDARD.decode(text.trim()).map_err(|_| "the histogram is not base64".to_string())?;
    const HEADER: usize = 40;
    let claimed = bytes.get(4..8).map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize);
    if bytes.len() < HEADER || claimed != Some(bytes.len() - HEADER) {
        return Err("the histogram is not an HdrHistogram V2 encoding (wrong length)".into());
    }
    let decoded: Histogram<u64> = Deserializer::new()
        .deserialize(&mut bytes.as_slice())
        .map_err(|e| format!("the histogram is not an HdrHistogram V2 encoding ({e:?})"))?;
    // Into an auto-resizing one, so merges never refuse.
    let mut h = stats::histogram();
    stats::add(&mut h, &decoded)?;
    Ok(h)
}

fn connect_ms(c: &Connects) -> (Option<f64>, Option<f64>, Option<f64>) {
    if c.samples == 0 {
        return (None, None, None);
    }
    (Some(ms(c.min_us)), c.mean_us().map(|m| round3(m / 1e3)), Some(ms(c.max_us)))
}

impl Summary {
    pub fn throughput_rps(&self) -> f64 {
        if self.duration_s > 0.0 { self.stats.requests as f64 / self.duration_s } else { 0.0 }
    }

    /// The JSON report.
    pub fn report(&self) -> Report {
        let s = &self.stats;
        let mut all = Connects::default();
        for c in self.connects.values() {
            all.merge(c);
        }
        let (min, mean, max) = connect_ms(&all);
        // Per node only when one app relayed: the nodes' attempts are all that app's.
        let node_budget = match self.budgets.as_slice() {
            [one] => Some(one.per_node_per_session),
            _ => None,
        };
        let by_url = self
            .connects
            .iter()
            .map(|(url, c)| {
                let (min, mean, max) = connect_ms(c);
                ConnectUrl {
                    service_url: url.clone(),
                    samples: c.samples,
                    failures: c.failures,
                    min,
                    mean,
                    max,
                }
            })
            .collect();
        Report {
            pgw_bench: VERSION,
            mode: "relay".into(),
            config: self.config.clone(),
            runs: self.runs,
            interrupted: self.interrupted,
            totals: Totals {
                requests: s.requests,
                successes: s.successes,
                failures: s.failures,
                success_rate: rate(s.successes, s.requests),
            },
            duration_s: round3(self.duration_s),
            throughput_rps: round1(self.throughput_rps()),
            latency_ms: latency(&s.latency),
            connect_ms: ConnectReport {
                samples: all.samples,
                failures: all.failures,
                min,
                mean,
                max,
                by_url,
            },
            nodes: s
                .nodes
                .iter()
                .map(|(address, n)| NodeReport {
                    address: address.clone(),
                    service_url: n.service_url.clone(),
                    requests: n.requests,
                    successes: n.successes,
                    failures: n.failures(),
                    success_rate: rate(n.successes, n.requests),
                    p50_ms: quantile_ms(&n.latency, 0.5),
                    p99_ms: quantile_ms(&n.latency, 0.99),
                    connect_ms: self.connects.get(&n.service_url).and_then(|c| connect_ms(c).1),
                    errors: n.errors.clone(),
                    codes: n.codes.clone(),
                    histogram: encode(&n.latency),
                    relay_budget: node_budget,
                })
                .collect(),
            errors: Errors { by_kind: s.by_kind.clone(), by_code: s.by_code.clone() },
            session_rollovers: s.session_rollovers(),
            session_heights: s.session_heights.iter().copied().collect(),
            histogram: encode(&s.latency),
            relay_budgets: self
                .budgets
                .iter()
                .map(|b| BudgetReport {
                    budget: b.clone(),
                    used: node_budget.map(|_| s.nodes.values().map(|n| n.requests).sum()),
                })
                .collect(),
        }
    }

    /// Reads a report back (for merging). `name` labels errors (e.g. the file name).
    pub fn from_report(report: &Report, name: &str) -> Result<Summary, String> {
        let bad = |why: String| format!("{name}: {why}");
        if report.pgw_bench != VERSION || report.mode != "relay" {
            return Err(bad(format!(
                "not a pgw bench relay report (pgw_bench {}, mode {:?}); merge takes `pgw bench … --output json` files of network runs",
                report.pgw_bench, report.mode
            )));
        }
        let latency = decode(&report.histogram).map_err(bad)?;
        let t = &report.totals;
        if latency.len() != t.successes || t.successes + t.failures != t.requests {
            return Err(bad("its totals do not match its histogram (was the file edited?)".into()));
        }
        let mut nodes = BTreeMap::new();
        for n in &report.nodes {
            let latency = decode(&n.histogram).map_err(|e| bad(format!("node {}: {e}", n.address)))?;
            if latency.len() != n.successes || n.successes > n.requests {
                return Err(bad(format!("node {}: its counts do not match its histogram", n.address)));
            }
            nodes.insert(
                n.address.clone(),
                NodeStats {
                    service_url: n.service_url.clone(),
                    requests: n.requests,
                    successes: n.successes,
                    latency,
                    errors: n.errors.clone(),
                    codes: n.codes.clone(),
                },
            );
        }
        let connects = report
            .connect_ms
            .by_url
            .iter()
            .map(|c| {
                let us = |v: Option<f64>| v.map_or(0, |v| (v * 1e3).round().max(0.0) as u64);
                let samples = Connects {
                    samples: c.samples,
                    failures: c.failures,
                    min_us: us(c.min),
                    max_us: us(c.max),
                    sum_us: (c.mean.unwrap_or(0.0) * 1e3 * c.samples as f64).round().max(0.0) as u64,
                };
                (c.service_url.clone(), samples)
            })
            .collect();
        Ok(Summary {
            config: report.config.clone(),
            stats: Stats {
                requests: t.requests,
                successes: t.successes,
                failures: t.failures,
                latency,
                nodes,
                by_kind: report.errors.by_kind.clone(),
                by_code: report.errors.by_code.clone(),
                session_heights: report.session_heights.iter().copied().collect(),
            },
            connects,
            duration_s: report.duration_s.max(0.0),
            runs: report.runs.max(1),
            interrupted: report.interrupted,
            budgets: report.relay_budgets.iter().map(|b| b.budget.clone()).collect(),
        })
    }

    /// Combines runs made at the same time on several machines: counts and histograms add
    /// (exact percentiles), the duration is the longest run's, so throughput is all requests
    /// over that window; concurrency, `-n`, rates and warm-ups add up.
    pub fn merge(summaries: Vec<(String, Summary)>) -> Result<Summary, String> {
        let mut iter = summaries.into_iter();
        let Some((first_name, mut merged)) = iter.next() else {
            return Err("nothing to merge".into());
        };
        for (name, s) in iter {
            if s.config.chain != merged.config.chain {
                return Err(format!(
                    "{name} is a run on chain {}, {first_name} on chain {}: merge runs of one chain",
                    s.config.chain, merged.config.chain
                ));
            }
            merged.stats.merge(&s.stats).map_err(|e| format!("{name}: {e}"))?;
            for (url, c) in &s.connects {
                merged.connects.entry(url.clone()).or_default().merge(c);
            }
            let c = &mut merged.config;
            c.concurrency += s.config.concurrency;
            c.requests = c.requests.zip(s.config.requests).map(|(a, b)| a + b);
            c.duration_s = match (c.duration_s, s.config.duration_s) {
                (Some(a), Some(b)) => Some(a.max(b)),
                _ => None,
            };
            c.rate_rps = c.rate_rps.zip(s.config.rate_rps).map(|(a, b)| a + b);
            c.retries = c.retries.max(s.config.retries);
            c.verify &= s.config.verify;
            if c.node != s.config.node {
                c.node = None;
            }
            c.warmup += s.config.warmup;
            c.warmup_failed += s.config.warmup_failed;
            merged.duration_s = merged.duration_s.max(s.duration_s);
            merged.runs += s.runs;
            merged.interrupted |= s.interrupted;
            for budget in s.budgets {
                if !merged.budgets.iter().any(|b| b.app == budget.app) {
                    merged.budgets.push(budget);
                }
            }
        }
        Ok(merged)
    }
}

impl Report {
    /// The figures `--fail-if` checks.
    pub fn figures(&self) -> super::check::Figures {
        let l = &self.latency_ms;
        let percentiles = [(50.0, l.p50), (90.0, l.p90), (99.0, l.p99), (99.9, l.p99_9)];
        super::check::Figures {
            requests: self.totals.requests,
            failures: self.totals.failures,
            rps: self.throughput_rps,
            min_ms: l.min,
            mean_ms: l.mean,
            max_ms: l.max,
            percentiles_ms: percentiles.into_iter().filter_map(|(p, v)| v.map(|v| (p, v))).collect(),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::bench::stats::record_us;

    pub(crate) fn summary(stats: Stats, duration_s: f64) -> Summary {
        Summary {
            config: RunConfig {
                chain: "0021".into(),
                concurrency: 4,
                requests: Some(stats.requests),
                duration_s: None,
                rate_rps: None,
                retries: 0,
                verify: true,
                node: None,
                warmup: 8,
                warmup_failed: 1,
            },
            stats,
            connects: BTreeMap::from([(
                "http://a".to_string(),
                Connects { samples: 3, failures: 0, min_us: 80, max_us: 200, sum_us: 390 },
            )]),
            duration_s,
            runs: 1,
            interrupted: false,
            budgets: Vec::new(),
        }
    }

    /// Deterministic pseudo-random latencies (µs) spread over four orders of magnitude.
    pub(crate) fn samples(seed: u64, n: usize) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let exp = (x >> 60) % 4;
                50 + (x >> 33) % (10u64.pow(exp as u32 + 2))
            })
            .collect()
    }

    pub(crate) fn stats_of(latencies: &[u64], node_latencies: &[(&str, u64)], failures: u64) -> Stats {
        let mut s = Stats::default();
        for &us in latencies {
            record_us(&mut s.latency, us);
        }
        s.successes = latencies.len() as u64;
        s.failures = failures;
        s.requests = s.successes + failures;
        for &(node, us) in node_latencies {
            let n = s.nodes.entry(node.into()).or_insert_with(|| NodeStats::new(&format!("http://{node}")));
            n.requests += 1;
            n.successes += 1;
            record_us(&mut n.latency, us);
        }
        if failures > 0 {
            let n = s.nodes.entry("b".into()).or_insert_with(|| NodeStats::new("http://b"));
            n.requests += failures;
            n.errors.insert("http_5xx".into(), failures);
            s.by_kind.insert("http_5xx".into(), failures);
        }
        s.session_heights.insert(97);
        s
    }

    fn via_json(s: &Summary) -> Summary {
        let text = serde_json::to_string(&s.report()).unwrap();
        let report: Report = serde_json::from_str(&text).unwrap();
        Summary::from_report(&report, "x.json").unwrap()
    }

    #[test]
    fn a_report_from_before_warmup_failed_reads_as_none_failed() {
        let s = summary(stats_of(&[100, 200], &[("a", 100), ("a", 200)], 0), 1.0);
        let mut report = serde_json::to_value(s.report()).unwrap();
        assert_eq!(report["config"]["warmup_failed"], 1);
        report["config"].as_object_mut().unwrap().remove("warmup_failed");
        let old: Report = serde_json::from_value(report).unwrap();
        assert_eq!((old.config.warmup, old.config.warmup_failed), (8, 0));
    }

    #[test]
    fn merging_two_runs_equals_one_run_over_the_union_of_their_samples() {
        let (a, b) = (samples(1, 5000), samples(2, 3000));
        let node_a: Vec<(&str, u64)> = a.iter().map(|&us| ("a", us)).collect();
        let node_b: Vec<(&str, u64)> = b.iter().map(|&us| ("a", us / 2 + 1)).collect();
        let run_a = summary(stats_of(&a, &node_a, 7), 2.0);
        let run_b = summary(stats_of(&b, &node_b, 0), 1.5);
        let merged =
            Summary::merge(vec![("a".into(), via_json(&run_a)), ("b".into(), via_json(&run_b))]).unwrap();

        let union: Vec<u64> = a.iter().chain(&b).copied().collect();
        let union_nodes: Vec<(&str, u64)> = node_a.iter().chain(&node_b).copied().collect();
        let one = summary(stats_of(&union, &union_nodes, 7), 2.0);

        let (m, o) = (merged.report(), one.report());
        assert_eq!(m.latency_ms, o.latency_ms);
        assert_eq!(m.histogram, o.histogram, "the merged histogram is the union's, bucket for bucket");
        assert_eq!(m.totals, o.totals);
        assert_eq!(m.nodes, o.nodes);
        assert_eq!(m.errors, o.errors);
        assert_eq!(m.duration_s, 2.0, "the longest run's duration");
        assert_eq!(m.throughput_rps, round1((8000.0 + 7.0) / 2.0));
        assert_eq!(
            (m.runs, m.config.concurrency, m.config.requests, m.config.warmup, m.config.warmup_failed),
            (2, 8, Some(8007), 16, 2)
        );
        assert_eq!(m.connect_ms.samples, 6);
        assert_eq!(
            (m.connect_ms.min, m.connect_ms.mean, m.connect_ms.max),
            (Some(0.08), Some(0.13), Some(0.2))
        );
        let p99 = m.latency_ms.p99.unwrap();
        let mut sorted = union.clone();
        sorted.sort();
        let exact = sorted[(sorted.len() as f64 * 0.99).ceil() as usize - 1] as f64 / 1e3;
        assert!((p99 - exact).abs() <= exact * 0.001 + 0.001, "p99 {p99} vs exact {exact}");
    }

    #[test]
    fn reports_round_trip_through_json() {
        let s = summary(stats_of(&samples(3, 100), &[("a", 120)], 2), 1.0);
        let report = s.report();
        let back = via_json(&s).report();
        assert_eq!(back, report);
        let v = serde_json::to_value(&report).unwrap();
        assert_eq!(v["errors"]["by_kind"]["http_5xx"], 2);
        assert_eq!(v["nodes"][0]["address"], "a");
    }

    #[test]
    fn damaged_reports_are_refused_with_a_reason() {
        let s = summary(stats_of(&samples(4, 10), &[], 0), 1.0);
        let mut report = s.report();
        report.totals.successes += 1;
        report.totals.requests += 1;
        let err = Summary::from_report(&report, "a.json").unwrap_err();
        assert_eq!(err, "a.json: its totals do not match its histogram (was the file edited?)");
        let mut report = s.report();
        report.histogram = "AAAA".into();
        assert!(Summary::from_report(&report, "a.json").unwrap_err().contains("not an HdrHistogram V2"));
        report.histogram = "not base64!".into();
        assert!(Summary::from_report(&report, "a.json").unwrap_err().contains("not base64"));
        // A header claiming 4 GiB of counts is refused before anything is allocated.
        let mut bytes = STANDARD.decode(s.report().histogram).unwrap();
        bytes[4..8].copy_from_slice(&u32::MAX.to_be_bytes());
        assert!(decode(&STANDARD.encode(bytes)).is_err());
        let mut report = s.report();
        report.pgw_bench = 2;
        assert!(
            Summary::from_report(&report, "a.json").unwrap_err().contains("not a pgw bench relay report")
        );
        let other = Summary { config: RunConfig { chain: "0001".into(), ..s.config.clone() }, ..s.clone() };
        let err = Summary::merge(vec![("a".into(), s), ("b".into(), other)]).unwrap_err();
        assert_eq!(err, "b is a run on chain 0001, a on chain 0021: merge runs of one chain");
    }

    #[test]
    fn garbage_histograms_are_errors_not_panics() {
        let mut h = stats::histogram();
        for us in [3, 70, 900, 12_000, 5_000_000] {
            record_us(&mut h, us);
        }
        let good = STANDARD.decode(encode(&h)).unwrap();
        let mut x: u64 = 0x9e3779b97f4a7c15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for round in 0..3000 {
            let mut bytes = good.clone();
            // Flip a few bytes anywhere (header included), or append junk with a fixed length.
            for _ in 0..(1 + next() % 4) {
                let i = (next() as usize) % bytes.len();
                bytes[i] = next() as u8;
            }
            if round % 3 == 0 {
                let extra: Vec<u8> = (0..(next() % 64)).map(|_| next() as u8).collect();
                bytes.extend(extra);
                let len = (bytes.len() - 40) as u32;
                bytes[4..8].copy_from_slice(&len.to_be_bytes());
            }
            let _ = decode(&STANDARD.encode(&bytes));
        }
    }
}
