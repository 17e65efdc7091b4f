//! What a bench run measured, in a form that adds up: counts, latency histograms (overall and
//! per node), errors by kind and by pocket-core code, and the session heights seen. Nothing is
//! stored per request: workers record into a few shards, merged at the end, and runs from several
//! machines merge the same way.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use hdrhistogram::Histogram;

use crate::network::engine::{Answer, RelayError};
use crate::network::outcome::Attempt;

/// A figure rounded to 3 decimals (ms to the µs), for reports.
pub fn round3(v: f64) -> f64 {
    (v * 1e3).round() / 1e3
}

/// A figure rounded to 1 decimal (requests/s), for reports.
pub fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Latencies are recorded in microseconds with 3 significant figures.
pub const SIGFIG: u8 = 3;
/// The largest latency recorded (one hour, in µs). Larger values are recorded as this, so a
/// histogram never needs more than about 180 KiB however long a request took.
pub const MAX_US: u64 = 3_600_000_000;

/// An empty latency histogram (µs, 3 significant figures, growing only as far as the largest
/// value recorded).
pub fn histogram() -> Histogram<u64> {
    // `new` only fails for more than 5 significant figures.
    let mut h = Histogram::new(SIGFIG).expect("3 significant figures are valid");
    h.auto(true);
    h
}

/// Microseconds of a duration, clamped to [`MAX_US`].
pub fn micros(d: Duration) -> u64 {
    u64::try_from(d.as_micros()).unwrap_or(u64::MAX).min(MAX_US)
}

/// Records a latency in µs (clamped to [`MAX_US`]).
pub fn record_us(h: &mut Histogram<u64>, us: u64) {
    let us = us.min(MAX_US);
    // `record` grows an auto-resizing histogram; `saturating_record` would clamp to its
    // current range instead.
    if h.record(us).is_err() {
        h.saturating_record(us);
    }
}

/// Adds `from` into `into` (histograms with auto-resize never refuse).
pub fn add(into: &mut Histogram<u64>, from: &Histogram<u64>) -> Result<(), String> {
    into.add(from).map_err(|e| format!("cannot add latency histograms: {e:?}"))
}

fn bump<K: Ord>(map: &mut BTreeMap<K, u64>, key: K, n: u64) {
    *map.entry(key).or_insert(0) += n;
}

fn bump_str(map: &mut BTreeMap<String, u64>, key: &str, n: u64) {
    match map.get_mut(key) {
        Some(count) => *count += n,
        None => {
            map.insert(key.to_string(), n);
        }
    }
}

/// One session node's share of a run. Every attempt sent to it counts, so with `--retries 0`
/// the node rows add up to the requests that reached a node.
#[derive(Debug, Clone)]
pub struct NodeStats {
    pub service_url: String,
    /// Attempts sent to this node.
    pub requests: u64,
    pub successes: u64,
    /// Latencies of successful attempts (HTTP round trip and signature check), µs.
    pub latency: Histogram<u64>,
    /// Failed attempts by kind (`connect`, `timeout`, `http_5xx`, `node_error`, …).
    pub errors: BTreeMap<String, u64>,
    /// Failed attempts by pocket-core code.
    pub codes: BTreeMap<u32, u64>,
}

impl NodeStats {
    pub fn new(service_url: &str) -> Self {
        NodeStats {
            service_url: service_url.to_string(),
            requests: 0,
            successes: 0,
            latency: histogram(),
            errors: BTreeMap::new(),
            codes: BTreeMap::new(),
        }
    }

    pub fn failures(&self) -> u64 {
        self.requests.saturating_sub(self.successes)
    }

    fn merge(&mut self, other: &NodeStats) -> Result<(), String> {
        self.requests += other.requests;
        self.successes += other.successes;
        add(&mut self.latency, &other.latency)?;
        for (kind, n) in &other.errors {
            bump_str(&mut self.errors, kind, *n);
        }
        for (code, n) in &other.codes {
            bump(&mut self.codes, *code, *n);
        }
        Ok(())
    }
}

/// What one or more workers (or runs) measured.
#[derive(Debug, Clone)]
pub struct Stats {
    pub requests: u64,
    pub successes: u64,
    pub failures: u64,
    /// Latencies of successful requests as the caller sees them (sign, send, verify, retries;
    /// from the due time under `--rate`), µs.
    pub latency: Histogram<u64>,
    /// By node address.
    pub nodes: BTreeMap<String, NodeStats>,
    /// Failed attempts by kind, and failed requests that reached no node (`no_session`,
    /// `no_node_left`, …).
    pub by_kind: BTreeMap<String, u64>,
    /// Failed attempts by pocket-core code.
    pub by_code: BTreeMap<u32, u64>,
    /// Session heights of the answers.
    pub session_heights: BTreeSet<i64>,
}

impl Default for Stats {
    fn default() -> Self {
        Stats {
            requests: 0,
            successes: 0,
            failures: 0,
            latency: histogram(),
            nodes: BTreeMap::new(),
            by_kind: BTreeMap::new(),
            by_code: BTreeMap::new(),
            session_heights: BTreeSet::new(),
        }
    }
}

fn attempts_of(e: &RelayError) -> &[Attempt] {
    match e {
        RelayError::Rejected { attempts, .. }
        | RelayError::Exhausted { attempts, .. }
        | RelayError::NoConsensus { attempts, .. } => attempts,
        RelayError::Session(_) | RelayError::NodeNotInSession { .. } => &[],
    }
}

impl Stats {
    /// Records one attempt against its node.
    pub fn attempt(&mut self, a: &Attempt) {
        let node = match self.nodes.get_mut(&a.node) {
            Some(node) => node,
            None => self.nodes.entry(a.node.clone()).or_insert_with(|| NodeStats::new(&a.service_url)),
        };
        node.requests += 1;
        if a.outcome == "ok" {
            node.successes += 1;
            // The engine reports attempt latencies in ms rounded to the µs.
            let us = (a.latency_ms * 1000.0).round();
            record_us(&mut node.latency, if us.is_finite() && us > 0.0 { us as u64 } else { 0 });
            return;
        }
        bump_str(&mut node.errors, a.outcome, 1);
        bump_str(&mut self.by_kind, a.outcome, 1);
        if let Some(code) = a.code {
            bump(&mut node.codes, code, 1);
            bump(&mut self.by_code, code, 1);
        }
    }

    /// Records a request's result and its latency.
    pub fn request(&mut self, result: &Result<Answer, RelayError>, latency: Duration) {
        self.requests += 1;
        match result {
            Ok(answer) => {
                for a in &answer.attempts {
                    self.attempt(a);
                }
                self.successes += 1;
                record_us(&mut self.latency, micros(latency));
                if !self.session_heights.contains(&answer.session_height) {
                    self.session_heights.insert(answer.session_height);
                }
            }
            Err(e) => {
                let attempts = attempts_of(e);
                for a in attempts {
                    self.attempt(a);
                }
                self.failures += 1;
                if attempts.is_empty() {
                    bump_str(&mut self.by_kind, e.kind(), 1);
                }
            }
        }
    }

    /// Adds another worker's or run's figures: counts add, histograms add (so every
    /// percentile of the sum is exact), session heights unite.
    pub fn merge(&mut self, other: &Stats) -> Result<(), String> {
        self.requests += other.requests;
        self.successes += other.successes;
        self.failures += other.failures;
        add(&mut self.latency, &other.latency)?;
        for (address, node) in &other.nodes {
            match self.nodes.get_mut(address) {
                Some(mine) => mine.merge(node)?,
                None => {
                    self.nodes.insert(address.clone(), node.clone());
                }
            }
        }
        for (kind, n) in &other.by_kind {
            bump_str(&mut self.by_kind, kind, *n);
        }
        for (code, n) in &other.by_code {
            bump(&mut self.by_code, *code, *n);
        }
        self.session_heights.extend(other.session_heights.iter().copied());
        Ok(())
    }

    /// Sessions that ended during the run: distinct session heights seen, less one.
    pub fn session_rollovers(&self) -> u64 {
        self.session_heights.len().saturating_sub(1) as u64
    }
}

/// TCP connect times to one address (`host:port` of a service URL), in µs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Connects {
    pub samples: u64,
    pub failures: u64,
    pub min_us: u64,
    pub max_us: u64,
    pub sum_us: u64,
}

impl Connects {
    pub fn record(&mut self, us: u64) {
        self.min_us = if self.samples == 0 { us } else { self.min_us.min(us) };
        self.max_us = self.max_us.max(us);
        self.sum_us = self.sum_us.saturating_add(us);
        self.samples += 1;
    }

    pub fn merge(&mut self, other: &Connects) {
        if other.samples > 0 {
            self.min_us = if self.samples == 0 { other.min_us } else { self.min_us.min(other.min_us) };
            self.max_us = self.max_us.max(other.max_us);
            self.sum_us = self.sum_us.saturating_add(other.sum_us);
            self.samples += other.samples;
        }
        self.failures += other.failures;
    }

    pub fn mean_us(&self) -> Option<f64> {
        (self.samples > 0).then(|| self.sum_us as f64 / self.samples as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::engine::NodeRef;

    fn attempt(node: &str, outcome: &'static str, code: Option<u32>, latency_ms: f64) -> Attempt {
        Attempt {
            node: node.into(),
            service_url: format!("http://{node}"),
            latency_ms,
            outcome,
            code,
            error: None,
        }
    }

    fn answer(node: &str, latency_ms: f64, session_height: i64) -> Answer {
        Answer {
            response: "{}".into(),
            node: NodeRef {
                address: node.into(),
                service_url: format!("http://{node}"),
                public_key: String::new(),
            },
            verified: true,
            latency: Duration::from_secs_f64(latency_ms / 1e3),
            attempts: vec![attempt(node, "ok", None, latency_ms)],
            session_height,
            agreeing: vec![],
            dissenting: vec![],
        }
    }

    #[test]
    fn counts_add_up_per_node_and_by_kind() {
        let mut s = Stats::default();
        s.request(&Ok(answer("a", 1.5, 97)), Duration::from_micros(1600));
        s.request(&Ok(answer("b", 2.0, 101)), Duration::from_micros(2100));
        let failed = RelayError::Exhausted {
            last: None,
            attempts: vec![attempt("a", "http_5xx", None, 0.3)],
            nodes_left: 1,
        };
        s.request(&Err(failed), Duration::from_micros(400));
        let rejected = RelayError::Rejected {
            node: NodeRef { address: "b".into(), service_url: "http://b".into(), public_key: String::new() },
            failure: Box::new(crate::network::outcome::Failure::Timeout),
            attempts: vec![attempt("b", "node_error", Some(25), 0.2)],
        };
        s.request(&Err(rejected), Duration::from_micros(300));
        s.request(
            &Err(RelayError::Exhausted { last: None, attempts: vec![], nodes_left: 0 }),
            Duration::ZERO,
        );
        assert_eq!((s.requests, s.successes, s.failures), (5, 2, 3));
        assert_eq!(s.latency.len(), 2);
        let a = &s.nodes["a"];
        assert_eq!((a.requests, a.successes, a.failures()), (2, 1, 1));
        assert_eq!(a.errors, BTreeMap::from([("http_5xx".to_string(), 1)]));
        assert_eq!(a.latency.len(), 1);
        assert!(a.latency.equivalent(a.latency.max(), 1500));
        assert_eq!(s.nodes["b"].codes, BTreeMap::from([(25, 1)]));
        assert_eq!(
            s.by_kind,
            BTreeMap::from([("http_5xx".into(), 1), ("node_error".into(), 1), ("no_node_left".into(), 1)])
        );
        assert_eq!(s.by_code, BTreeMap::from([(25, 1)]));
        assert_eq!(s.session_rollovers(), 1);
        let attempted: u64 = s.nodes.values().map(|n| n.requests).sum();
        assert_eq!(attempted + s.by_kind["no_node_left"], s.requests);
    }

    #[test]
    fn huge_latencies_are_clamped() {
        let mut h = histogram();
        record_us(&mut h, u64::MAX);
        assert!(h.equivalent(h.max(), MAX_US));
        assert_eq!(micros(Duration::from_secs(u64::MAX)), MAX_US);
    }

    #[test]
    fn connect_samples_merge() {
        let mut a = Connects::default();
        a.record(100);
        a.record(300);
        let mut b = Connects { failures: 2, ..Connects::default() };
        b.record(50);
        a.merge(&b);
        assert_eq!(a, Connects { samples: 3, failures: 2, min_us: 50, max_us: 300, sum_us: 450 });
        assert_eq!(a.mean_us(), Some(150.0));
        assert_eq!(Connects::default().mean_us(), None);
    }
}
