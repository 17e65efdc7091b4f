//! The Grafana dashboard against a real Prometheus: `prometheus` (Debian's package) scrapes a
//! running `pgw serve` on loopback every second while a known load goes through it; then every
//! PromQL expression of docs/grafana-dashboard.json (and its `chain` variable's label query) is
//! evaluated through Prometheus's HTTP API: each returns data, and the request and relay counters
//! agree exactly with the load. Skipped, saying so, where `prometheus` is not installed
//! (`.ci/run` installs it).

use std::collections::HashMap;
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use pgw::devnet::faults::Fault;
use pgw::devnet::world::Params;
use pgw::devnet::{Config as DevnetConfig, Devnet};
use pgw::network::rpc::Rpc;
use pgw::protocol::morse::aat::Aat;
use pgw::protocol::morse::keys::PrivateKey;
use pgw::protocol::morse::relay::RelaySigner;
use pgw::serve;
use serde_json::Value;

use crate::common::*;

/// Relays the load sends.
const LOAD: usize = 40;

/// A Prometheus scraping one target, killed when dropped.
struct Prometheus {
    url: String,
    child: Child,
    _dir: tempfile::TempDir,
}

impl Drop for Prometheus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Prometheus {
    /// `None` (after saying why) when `prometheus` is not installed.
    async fn scraping(target: &str) -> Option<Prometheus> {
        if Command::new("prometheus").arg("--version").output().is_err() {
            #[allow(clippy::disallowed_macros)]
            {
                eprintln!("SKIPPED: prometheus is not on PATH (apt-get install -y prometheus)");
            }
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("prometheus.yml");
        std::fs::write(
            &config,
            format!(
                "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n  - job_name: pgw\n    metrics_path: /metrics\n    static_configs:\n      - targets: ['{target}']\n"
            ),
        )
        .unwrap();
        let port = free_port();
        let child = Command::new("prometheus")
            .arg(format!("--config.file={}", config.display()))
            .arg(format!("--storage.tsdb.path={}", dir.path().join("data").display()))
            .arg(format!("--web.listen-address=127.0.0.1:{port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let prometheus = Prometheus { url: format!("http://127.0.0.1:{port}"), child, _dir: dir };
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let ready = client.get(format!("{}/-/ready", prometheus.url)).send().await;
            if ready.is_ok_and(|r| r.status() == 200) {
                break;
            }
            assert!(Instant::now() < deadline, "prometheus did not become ready");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Some(prometheus)
    }

    /// An instant query's result vector (panics on a query error).
    async fn query(&self, client: &reqwest::Client, promql: &str) -> Vec<Value> {
        let url = format!("{}/api/v1/query", self.url);
        let body: String =
            client.get(url).query(&[("query", promql)]).send().await.unwrap().text().await.unwrap();
        let body: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(body["status"], "success", "{promql}: {body}");
        body["data"]["result"].as_array().cloned().unwrap_or_default()
    }

    /// The value of a query with one result.
    async fn scalar(&self, client: &reqwest::Client, promql: &str) -> Option<f64> {
        let result = self.query(client, promql).await;
        result.first()?["value"][1].as_str()?.parse().ok()
    }
}

/// Every `expr` in the dashboard, with Grafana's variables replaced.
fn dashboard_queries() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/grafana-dashboard.json");
    let dashboard: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut exprs = Vec::new();
    fn walk(value: &Value, exprs: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(expr)) = map.get("expr") {
                    exprs.push(expr.clone());
                }
                map.values().for_each(|v| walk(v, exprs));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, exprs)),
            _ => {}
        }
    }
    walk(&dashboard, &mut exprs);
    exprs.into_iter().map(|e| e.replace("$chain", "0021|0001").replace("$__rate_interval", "1m")).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_dashboard_query_returns_data_from_a_real_prometheus() {
    // Node 1 answers 90, so the pocket-core error panel has something to show.
    let devnet = Devnet::start(DevnetConfig {
        nodes: 3,
        params: Params { block_time: Duration::ZERO, ..Params::default() },
        faults: HashMap::from([(1, Fault::Error(90))]),
        ..DevnetConfig::default()
    })
    .await
    .unwrap();
    let key = PrivateKey::from_hex(K_B).unwrap();
    let signer: Arc<dyn pgw::network::relayer::Relayer> = pgw::network::morse::Relays::shared(
        RelaySigner::new(Aat::sign(&key, &key.public_key()), key).unwrap(),
    );
    let rpc = Rpc::new(Duration::from_millis(500), Duration::from_millis(400)).unwrap();
    let mut config = serve::Config::new(vec![devnet.dispatcher_url.clone()], rpc, signer);
    config.listen = "127.0.0.1:0".parse().unwrap();
    config.chains = vec!["eth".into(), "pokt".into()];
    // One sync check, at start: its relays are known.
    config.sync.interval = Duration::from_secs(3600);
    let gateway = serve::start(config).await.unwrap_or_else(|e| panic!("{e}"));
    let Some(prometheus) = Prometheus::scraping(&gateway.addr.to_string()).await else {
        gateway.shutdown().await;
        devnet.shutdown().await;
        return;
    };
    let client = reqwest::Client::new();
    // A first scrape before the load, so rates span it.
    let deadline = Instant::now() + Duration::from_secs(20);
    while prometheus.scalar(&client, "up{job=\"pgw\"}").await != Some(1.0) {
        assert!(Instant::now() < deadline, "prometheus never scraped pgw");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    for _ in 0..LOAD {
        let response =
            client.post(format!("{}/v1/eth", gateway.url)).body(ETH_BLOCK_NUMBER).send().await.unwrap();
        assert_eq!(response.status(), 200);
        assert!(response.text().await.unwrap().contains(r#""result":"0x"#));
    }
    // Bounded wait until the scrapes show the whole load.
    let sent = LOAD as f64;
    let requests = r#"sum(pgw_requests_total{chain="0021",outcome="ok"})"#;
    let deadline = Instant::now() + Duration::from_secs(20);
    while prometheus.scalar(&client, requests).await != Some(sent) {
        assert!(Instant::now() < deadline, "prometheus never saw {LOAD} requests");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // Another scrape after it, so every rate has two samples spanning the load.
    tokio::time::sleep(Duration::from_millis(2_200)).await;
    assert_eq!(prometheus.scalar(&client, requests).await, Some(sent));
    let relays = r#"sum(pgw_relays_total{chain="0021",outcome="ok"})"#;
    // One verified attempt per request, plus the startup sync check's answer from each of the
    // two healthy nodes.
    assert_eq!(prometheus.scalar(&client, relays).await, Some(sent + 2.0));
    let http = r#"sum(pgw_http_requests_total{route="/v1/{chain}",status="200"})"#;
    assert_eq!(prometheus.scalar(&client, http).await, Some(sent));
    let queries = dashboard_queries();
    assert!(queries.len() >= 15, "{queries:?}");
    let mut empty = Vec::new();
    for query in &queries {
        if prometheus.query(&client, query).await.is_empty() {
            empty.push(query.clone());
        }
    }
    assert!(empty.is_empty(), "dashboard queries without data: {empty:#?}");
    // The chain variable's query: label_values(pgw_requests_total, chain).
    let url = format!("{}/api/v1/label/chain/values", prometheus.url);
    let labels: String = client
        .get(url)
        .query(&[("match[]", "pgw_requests_total")])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let labels: Value = serde_json::from_str(&labels).unwrap();
    assert_eq!(labels["data"], serde_json::json!(["0001", "0021"]), "{labels}");
    drop(prometheus);
    gateway.shutdown().await;
    devnet.shutdown().await;
}
