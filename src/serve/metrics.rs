//! The gateway's Prometheus metrics (OpenMetrics text at `/metrics`): relays by chain, node and
//! outcome, latency histograms, session refreshes, node health, pocket-core codes, HTTP requests.
//! docs/observability.md lists every series.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::RwLock;
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::{Family, MetricConstructor};
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::{Registry, Unit};

use super::qos::NodeGauge;

/// Latency buckets (seconds): a quarter of a millisecond apart up to 3 ms, where a local gateway
/// lives and where a p99 read off the buckets must be close to the real one, coarse above.
const BUCKETS: &[f64] = &[
    0.00025, 0.0005, 0.00075, 0.001, 0.00125, 0.0015, 0.00175, 0.002, 0.0025, 0.003, 0.004, 0.005, 0.0075,
    0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// The gateway's own time per request (everything but the relay): microseconds matter.
const OVERHEAD_BUCKETS: &[f64] =
    &[0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05];

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ChainLabels {
    chain: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RelayLabels {
    chain: String,
    node: String,
    outcome: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct NodeLabels {
    chain: String,
    node: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct QuantileLabels {
    chain: String,
    node: String,
    quantile: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OutcomeLabels {
    chain: String,
    outcome: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CodeLabels {
    chain: String,
    code: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct BackendLabels {
    backend: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct AppChainLabels {
    app: String,
    chain: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct HttpLabels {
    route: String,
    status: String,
}

type HistogramFamily<L> = Family<L, Histogram, fn() -> Histogram>;

fn latency_histogram() -> Histogram {
    Histogram::new(BUCKETS.iter().copied())
}

/// A family whose metrics the per-relay calls find by their label values, borrowed: building a
/// label set (two or three `String`s) and SipHashing it in prometheus-client's family cost 8
/// allocations per relay. Each metric kept is a handle to the family's own, so the exposition is
/// the family's.
struct Hot<S, M, C = fn() -> M> {
    family: Family<S, M, C>,
    kept: RwLock<HashMap<Box<[u8]>, M, foldhash::fast::RandomState>>,
}

thread_local! {
    /// The key being looked up: each label value's length, then its bytes.
    static KEY: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

impl<S, M, C> Hot<S, M, C>
where
    S: Clone + std::hash::Hash + Eq,
    M: Clone,
    C: MetricConstructor<M>,
{
    fn new(family: Family<S, M, C>) -> Self {
        Hot { family, kept: RwLock::default() }
    }

    /// The metric of these label values; `labels` builds their label set the first time.
    fn get(&self, values: &[&str], labels: impl FnOnce() -> S) -> M {
        KEY.with_borrow_mut(|key| {
            key.clear();
            for value in values {
                key.extend_from_slice(&(value.len() as u32).to_le_bytes());
                key.extend_from_slice(value.as_bytes());
            }
            // A poisoned lock only means a panic elsewhere while it was held; the map is intact.
            if let Some(metric) = self.kept.read().unwrap_or_else(|e| e.into_inner()).get(key.as_slice()) {
                return metric.clone();
            }
            let metric = self.family.get_or_create(&labels()).clone();
            let mut kept = self.kept.write().unwrap_or_else(|e| e.into_inner());
            kept.insert(key.as_slice().into(), metric.clone());
            metric
        })
    }
}

/// Every metric, registered once.
pub struct Metrics {
    registry: Registry,
    relays: Hot<RelayLabels, Counter>,
    requests: Hot<OutcomeLabels, Counter>,
    latency: Hot<ChainLabels, Histogram>,
    overhead: Histogram,
    refreshes: Family<OutcomeLabels, Counter>,
    session_height: Family<ChainLabels, Gauge>,
    node_healthy: Family<NodeLabels, Gauge>,
    node_latency: Family<QuantileLabels, Gauge<f64, std::sync::atomic::AtomicU64>>,
    pocket_errors: Family<CodeLabels, Counter>,
    http: Hot<HttpLabels, Counter>,
    in_flight: Gauge,
    state_backend: Family<BackendLabels, Gauge>,
    state_errors: Counter,
    relay_budget: Family<AppChainLabels, Gauge>,
    relay_budget_used: Family<AppChainLabels, Gauge>,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::default();
        let relays = Family::<RelayLabels, Counter>::default();
        registry.register(
            "pgw_relays",
            "Relay attempts sent to session nodes, by chain, node and outcome (ok or the failure kind)",
            relays.clone(),
        );
        let requests = Family::<OutcomeLabels, Counter>::default();
        registry.register(
            "pgw_requests",
            "Client requests relayed, by chain and outcome (ok, session, exhausted, rejected, no_consensus, timeout)",
            requests.clone(),
        );
        let latency: HistogramFamily<ChainLabels> = Family::new_with_constructor(latency_histogram);
        registry.register_with_unit(
            "pgw_relay_latency",
            "Time to relay a client request through POKT (session, signing, attempts, verification)",
            Unit::Seconds,
            latency.clone(),
        );
        let overhead = Histogram::new(OVERHEAD_BUCKETS.iter().copied());
        registry.register_with_unit(
            "pgw_serve_overhead",
            "The gateway's own time per relayed request: handling minus the relay",
            Unit::Seconds,
            overhead.clone(),
        );
        let refreshes = Family::<OutcomeLabels, Counter>::default();
        registry.register(
            "pgw_session_refreshes",
            "Background dispatches, by chain and outcome (new_session, same_session, error)",
            refreshes.clone(),
        );
        let session_height = Family::<ChainLabels, Gauge>::default();
        registry.register(
            "pgw_session_height",
            "The current session's height, by chain",
            session_height.clone(),
        );
        let node_healthy = Family::<NodeLabels, Gauge>::default();
        registry.register(
            "pgw_node_healthy",
            "1 when a current session node is used (healthy, in sync), 0 when not (see /qos for why)",
            node_healthy.clone(),
        );
        let node_latency = Family::<QuantileLabels, Gauge<f64, std::sync::atomic::AtomicU64>>::default();
        registry.register_with_unit(
            "pgw_node_latency",
            "A session node's recent relay latency (p50 and p90 over its last answers)",
            Unit::Seconds,
            node_latency.clone(),
        );
        let pocket_errors = Family::<CodeLabels, Counter>::default();
        registry.register(
            "pgw_pocket_errors",
            "pocket-core error codes answered by nodes, by chain and code",
            pocket_errors.clone(),
        );
        let http = Family::<HttpLabels, Counter>::default();
        registry.register("pgw_http_requests", "HTTP requests served, by route and status", http.clone());
        let in_flight = Gauge::default();
        registry.register("pgw_http_in_flight", "HTTP requests being handled now", in_flight.clone());
        let state_backend = Family::<BackendLabels, Gauge>::default();
        registry.register(
            "pgw_state_backend",
            "1 for the state backend in use (redis, or memory while Redis is unreachable), 0 for the other",
            state_backend.clone(),
        );
        let state_errors = Counter::default();
        registry.register(
            "pgw_state_errors",
            "Redis state calls that failed or timed out (each moves the gateway to its in-process state)",
            state_errors.clone(),
        );
        let relay_budget = Family::<AppChainLabels, Gauge>::default();
        registry.register(
            "pgw_relay_budget",
            "Relays an app may send to one node in one session (--relay-budget), by app and chain",
            relay_budget.clone(),
        );
        let relay_budget_used = Family::<AppChainLabels, Gauge>::default();
        registry.register(
            "pgw_relay_budget_used",
            "Relays counted against the budget in the current session, summed over its nodes, by app and chain",
            relay_budget_used.clone(),
        );
        Metrics {
            state_backend,
            state_errors,
            relay_budget,
            relay_budget_used,
            registry,
            relays: Hot::new(relays),
            requests: Hot::new(requests),
            latency: Hot::new(latency),
            overhead,
            refreshes,
            session_height,
            node_healthy,
            node_latency,
            pocket_errors,
            http: Hot::new(http),
            in_flight,
        }
    }

    /// One attempt on a node: `outcome` is `ok` or the failure kind; `code` a pocket-core code.
    pub fn attempt(&self, chain: &str, node: &str, outcome: &str, code: Option<u32>) {
        let labels = || RelayLabels { chain: chain.into(), node: node.into(), outcome: outcome.into() };
        self.relays.get(&[chain, node, outcome], labels).inc();
        if let Some(code) = code {
            self.pocket_errors
                .get_or_create(&CodeLabels { chain: chain.into(), code: code.to_string() })
                .inc();
        }
    }

    /// One client request's relay: its outcome, and how long the relay took.
    pub fn request(&self, chain: &str, outcome: &str, relay_time: Duration) {
        let labels = || OutcomeLabels { chain: chain.into(), outcome: outcome.into() };
        self.requests.get(&[chain, outcome], labels).inc();
        let labels = || ChainLabels { chain: chain.into() };
        self.latency.get(&[chain], labels).observe(relay_time.as_secs_f64());
    }

    pub fn overhead(&self, time: Duration) {
        self.overhead.observe(time.as_secs_f64());
    }

    /// Creates a served chain's counters at zero, so their rates exist before the first event.
    pub fn serve_chain(&self, chain: &str) {
        let _ =
            self.requests.family.get_or_create(&OutcomeLabels { chain: chain.into(), outcome: "ok".into() });
        for outcome in ["new_session", "same_session", "error"] {
            let _ =
                self.refreshes.get_or_create(&OutcomeLabels { chain: chain.into(), outcome: outcome.into() });
        }
    }

    pub fn session_refresh(&self, chain: &str, outcome: &str) {
        self.refreshes.get_or_create(&OutcomeLabels { chain: chain.into(), outcome: outcome.into() }).inc();
    }

    pub fn session_height(&self, chain: &str, height: i64) {
        self.session_height.get_or_create(&ChainLabels { chain: chain.into() }).set(height);
    }

    pub fn http(&self, route: &str, status: u16) {
        let mut digits = itoa::Buffer::new();
        let status = digits.format(status);
        self.http.get(&[route, status], || HttpLabels { route: route.into(), status: status.into() }).inc();
    }

    /// Which state backend is in use: `redis` or `memory`.
    pub fn state_backend(&self, redis: bool) {
        for (backend, on) in [("redis", redis), ("memory", !redis)] {
            self.state_backend.get_or_create(&BackendLabels { backend: backend.into() }).set(i64::from(on));
        }
    }

    pub fn state_error(&self) {
        self.state_errors.inc();
    }

    /// An app's relay budget per node per session on a chain, and how much of it is used now.
    pub fn relay_budget(&self, app: &str, chain: &str, budget: u64, used: u64) {
        let labels = AppChainLabels { app: app.into(), chain: chain.into() };
        self.relay_budget.get_or_create(&labels).set(budget.min(i64::MAX as u64) as i64);
        self.relay_budget_used.get_or_create(&labels).set(used.min(i64::MAX as u64) as i64);
    }

    /// Counts a request in flight until the guard is dropped.
    pub fn in_flight(&self) -> InFlight {
        self.in_flight.inc();
        InFlight(self.in_flight.clone())
    }

    /// The text exposition, with node gauges replaced by `nodes` (the current sessions' nodes).
    pub fn render(&self, nodes: &[NodeGauge]) -> String {
        self.node_healthy.clear();
        self.node_latency.clear();
        for n in nodes {
            let labels = NodeLabels { chain: n.chain.clone(), node: n.address.clone() };
            self.node_healthy.get_or_create(&labels).set(i64::from(n.used));
            for (quantile, value) in [("0.5", n.p50), ("0.9", n.p90)] {
                if let Some(value) = value {
                    let labels = QuantileLabels {
                        chain: n.chain.clone(),
                        node: n.address.clone(),
                        quantile: quantile.into(),
                    };
                    self.node_latency.get_or_create(&labels).set(value.as_secs_f64());
                }
            }
        }
        let mut text = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut text, &self.registry);
        text
    }
}

/// Decrements the in-flight gauge when dropped.
pub struct InFlight(Gauge);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.dec();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn series_are_named_and_counted() {
        let m = Metrics::new();
        m.attempt("0021", "n1", "ok", None);
        m.attempt("0021", "n1", "ok", None);
        m.attempt("0021", "n2", "node_error", Some(90));
        m.request("0021", "ok", Duration::from_millis(2));
        m.session_refresh("0021", "new_session");
        m.session_height("0021", 97);
        m.http("/v1/{chain}", 200);
        m.overhead(Duration::from_micros(40));
        m.state_backend(false);
        m.serve_chain("0001");
        m.state_error();
        m.relay_budget("aa", "0021", 10, 3);
        {
            let _guard = m.in_flight();
            assert!(m.render(&[]).contains("pgw_http_in_flight 1\n"));
        }
        let nodes = [NodeGauge {
            chain: "0021".into(),
            address: "n1".into(),
            used: true,
            p50: Some(Duration::from_millis(2)),
            p90: None,
        }];
        let text = m.render(&nodes);
        for line in [
            r#"pgw_relays_total{chain="0021",node="n1",outcome="ok"} 2"#,
            r#"pgw_relays_total{chain="0021",node="n2",outcome="node_error"} 1"#,
            r#"pgw_pocket_errors_total{chain="0021",code="90"} 1"#,
            r#"pgw_requests_total{chain="0021",outcome="ok"} 1"#,
            r#"pgw_relay_latency_seconds_bucket{le="0.002",chain="0021"} 1"#,
            r#"pgw_relay_latency_seconds_count{chain="0021"} 1"#,
            r#"pgw_session_refreshes_total{chain="0021",outcome="new_session"} 1"#,
            r#"pgw_session_height{chain="0021"} 97"#,
            r#"pgw_node_healthy{chain="0021",node="n1"} 1"#,
            r#"pgw_node_latency_seconds{chain="0021",node="n1",quantile="0.5"} 0.002"#,
            r#"pgw_http_requests_total{route="/v1/{chain}",status="200"} 1"#,
            "pgw_serve_overhead_seconds_count 1",
            "pgw_http_in_flight 0",
            r#"pgw_state_backend{backend="redis"} 0"#,
            r#"pgw_state_backend{backend="memory"} 1"#,
            "pgw_state_errors_total 1",
            r#"pgw_requests_total{chain="0001",outcome="ok"} 0"#,
            r#"pgw_session_refreshes_total{chain="0001",outcome="error"} 0"#,
            r#"pgw_relay_budget{app="aa",chain="0021"} 10"#,
            r#"pgw_relay_budget_used{app="aa",chain="0021"} 3"#,
        ] {
            assert!(text.contains(line), "missing {line} in\n{text}");
        }
        // Nodes of a past session disappear from the gauges.
        assert!(!m.render(&[]).contains("pgw_node_healthy{"));
    }

    #[test]
    fn kept_metrics_are_the_family_series() {
        let m = Metrics::new();
        // A series made at zero by the family is the one the per-relay call counts on.
        m.serve_chain("0001");
        m.request("0001", "ok", Duration::from_millis(1));
        m.request("0001", "ok", Duration::from_millis(1));
        // Label values that join to the same text are still different series.
        m.attempt("00", "21n", "ok", None);
        m.attempt("0021", "n", "ok", None);
        m.attempt("0021", "n", "ok", None);
        m.http("/v1", 200);
        m.http("/v1", 20);
        let text = m.render(&[]);
        for line in [
            r#"pgw_requests_total{chain="0001",outcome="ok"} 2"#,
            r#"pgw_relay_latency_seconds_count{chain="0001"} 2"#,
            r#"pgw_relays_total{chain="00",node="21n",outcome="ok"} 1"#,
            r#"pgw_relays_total{chain="0021",node="n",outcome="ok"} 2"#,
            r#"pgw_http_requests_total{route="/v1",status="200"} 1"#,
            r#"pgw_http_requests_total{route="/v1",status="20"} 1"#,
        ] {
            assert!(text.contains(line), "missing {line} in\n{text}");
        }
        assert_eq!(text.matches("pgw_requests_total{").count(), 1, "{text}");
    }
}
