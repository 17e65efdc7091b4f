//! `pgw serve` against an in-process devnet on 127.0.0.1: the gateway runs in-process too
//! (`pgw::serve::start`), driven over HTTP with reqwest. JSON-RPC single and batch, REST
//! pass-through, relay failures as JSON-RPC errors, failover under every fault profile, the sync
//! check, session rollover under load, metrics, API keys, body limits, slow clients, graceful
//! shutdown; and the command itself (banner, SIGTERM and Ctrl-C, refusal to listen publicly).

use std::collections::HashMap;
use std::io::{BufRead, Read, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pgw::devnet::faults::Fault;
use pgw::devnet::world::Params;
use pgw::devnet::{Config as DevnetConfig, Devnet};
use pgw::network::rpc::Rpc;
use pgw::protocol::morse::aat::Aat;
use pgw::protocol::morse::keys::PrivateKey;
use pgw::protocol::morse::relay::RelaySigner;
use pgw::serve::{self, ApiKey, RunningGateway};
use serde_json::{Value, json};

use crate::common::*;

/// eth_blockNumber at the devnet's start height (100), sorted by the servicer.
const ANSWER: &str = r#"{"id":1,"jsonrpc":"2.0","result":"0x112a8e4"}"#;
/// The same from a node lagging 50 blocks.
const LAGGING_ANSWER: &str = r#"{"id":1,"jsonrpc":"2.0","result":"0x112a8b2"}"#;

/// A devnet whose height moves only with `world.advance`.
fn devnet_config(nodes: usize, faults: &[(usize, Fault)]) -> DevnetConfig {
    DevnetConfig {
        nodes,
        params: Params { block_time: Duration::ZERO, ..Params::default() },
        faults: faults.iter().copied().collect::<HashMap<_, _>>(),
        ..DevnetConfig::default()
    }
}

fn signer() -> Arc<dyn pgw::network::relayer::Relayer> {
    let key = PrivateKey::from_hex(K_B).unwrap();
    pgw::network::morse::Relays::shared(RelaySigner::new(Aat::sign(&key, &key.public_key()), key).unwrap())
}

struct Net {
    devnet: Devnet,
    gateway: RunningGateway,
    client: reqwest::Client,
}

impl Net {
    async fn start(devnet: DevnetConfig) -> Net {
        Net::with(devnet, |_| {}).await
    }

    /// A devnet, and a gateway on 127.0.0.1:0 serving eth and pokt with short timeouts and
    /// frequent sync checks; `tweak` changes the gateway's config.
    async fn with(devnet: DevnetConfig, tweak: impl FnOnce(&mut serve::Config)) -> Net {
        let devnet = Devnet::start(devnet).await.unwrap();
        let rpc = Rpc::new(Duration::from_millis(500), Duration::from_millis(700)).unwrap();
        let mut config = serve::Config::new(vec![devnet.dispatcher_url.clone()], rpc, signer());
        config.listen = "127.0.0.1:0".parse().unwrap();
        config.chains = vec!["eth".into(), "pokt".into()];
        config.sync.interval = Duration::from_millis(200);
        tweak(&mut config);
        let gateway = serve::start(config).await.unwrap_or_else(|e| panic!("{e}"));
        Net { devnet, gateway, client: reqwest::Client::new() }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.gateway.url)
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> (u16, String) {
        let response = request.send().await.unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    }

    async fn post(&self, path: &str, body: &str) -> (u16, String) {
        self.send(self.client.post(self.url(path)).body(body.to_string())).await
    }

    async fn get(&self, path: &str) -> (u16, String) {
        self.send(self.client.get(self.url(path))).await
    }

    async fn qos(&self) -> Value {
        serde_json::from_str(&self.get("/qos").await.1).unwrap()
    }

    /// The /qos entry of devnet node `index` on eth.
    async fn node_qos(&self, index: usize) -> Value {
        let address = &self.devnet.world.nodes[index].address;
        let qos = self.qos().await;
        let nodes = qos["chains"][0]["nodes"].as_array().unwrap().clone();
        nodes.into_iter().find(|n| n["address"] == *address).unwrap()
    }

    async fn metrics(&self) -> String {
        self.get("/metrics").await.1
    }

    async fn stop(self) {
        assert!(self.gateway.shutdown().await, "in-flight requests did not finish");
        self.devnet.shutdown().await;
    }
}

/// Polls `check` every 50 ms for up to 5 s.
async fn eventually<F: std::future::Future<Output = bool>>(what: &str, mut check: impl FnMut() -> F) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while !check().await {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_rpc_single_and_batch_calls_get_the_nodes_answers() {
    let net = Net::start(devnet_config(3, &[])).await;
    for path in ["/v1/0021", "/v1/eth", "/v1/ETH/", "/"] {
        assert_eq!(net.post(path, ETH_BLOCK_NUMBER).await, (200, ANSWER.to_string()), "{path}");
    }
    let response = net.client.post(net.url("/v1/eth")).body(ETH_BLOCK_NUMBER).send().await.unwrap();
    assert_eq!(response.headers()["content-type"], "application/json");
    let node = response.headers()["x-pgw-node"].to_str().unwrap().to_string();
    assert!(net.devnet.world.nodes.iter().any(|n| n.address == node));
    assert_eq!(response.headers()["x-pgw-attempts"], "1");
    // Batches are answered in order, as the chain answers them (pocket-core leaves them unsorted).
    let batch = r#"[{"jsonrpc":"2.0","method":"eth_chainId","id":1},{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":"b"}]"#;
    assert_eq!(
        net.post("/v1/eth", batch).await,
        (
            200,
            r#"[{"jsonrpc":"2.0","id":1,"result":"0x1"},{"jsonrpc":"2.0","id":"b","result":"0x112a8e4"}]"#
                .into()
        )
    );
    // The chain's own errors pass through.
    assert_eq!(
        net.post("/v1/eth", r#"{"jsonrpc":"2.0","method":"eth_foo","id":7}"#).await,
        (
            200,
            r#"{"error":{"code":-32601,"message":"the method eth_foo does not exist/is not available"},"id":7,"jsonrpc":"2.0"}"#
                .into()
        )
    );
    // Bodies that are not JSON-RPC are answered by the gateway, as JSON-RPC servers do.
    assert_eq!(
        net.post("/v1/eth", "{not json").await,
        (200, r#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}}"#.into())
    );
    assert_eq!(
        net.post("/v1/eth", "[]").await,
        (
            200,
            r#"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid Request: empty batch"}}"#
                .into()
        )
    );
    // Unknown chains, and chains this gateway does not serve: 404 with what it serves.
    let (status, body) = net.post("/v1/nope", ETH_BLOCK_NUMBER).await;
    assert_eq!(status, 404);
    assert!(body.contains(r#"unknown chain \"nope\""#) && body.contains("eth (0021), pokt (0001)"), "{body}");
    let (status, body) = net.post("/v1/poly", ETH_BLOCK_NUMBER).await;
    assert_eq!(status, 404);
    assert!(
        body.contains("chain 0009 is not served by this gateway") && body.contains("--chain 0009"),
        "{body}"
    );
    assert_eq!(net.get("/nope").await.0, 404);
    assert_eq!(net.get("/").await.0, 405);
    assert_eq!(net.get("/health").await, (200, r#"{"status":"ok"}"#.into()));
    net.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rest_calls_pass_through_with_their_method_and_path() {
    let net = Net::start(devnet_config(3, &[])).await;
    assert_eq!(net.get("/v1/0001/v1/query/height").await, (200, r#"{"height":100}"#.into()));
    assert_eq!(net.post("/v1/pokt/v1/query/height?x=1", "").await, (200, r#"{"height":100}"#.into()));
    assert_eq!(
        net.get("/v1/pokt/cosmos/base/tendermint/v1beta1/blocks/latest").await,
        (200, r#"{"block":{"header":{"height":"100"}}}"#.into())
    );
    // A relay carries no upstream status: the chain's 404 body comes back as the node signed it.
    assert_eq!(net.get("/v1/pokt/nope").await, (200, r#"{"error":"not found","path":"/nope"}"#.into()));
    net.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn relay_failures_are_json_rpc_errors_or_502_and_504() {
    // Every node refuses with 25, a code no retry fixes: the code is in `data`.
    let refusing = [(0, Fault::Error(25)), (1, Fault::Error(25)), (2, Fault::Error(25))];
    let net = Net::start(devnet_config(3, &refusing)).await;
    let (status, body) =
        net.post("/v1/eth", r#"{"jsonrpc":"2.0","method":"eth_blockNumber","id":"x"}"#).await;
    assert_eq!(status, 200);
    let error: Value = serde_json::from_str(&body).unwrap();
    assert_eq!((error["jsonrpc"].clone(), error["id"].clone()), (json!("2.0"), json!("x")));
    assert_eq!(error["error"]["code"], -32603);
    assert_eq!(error["error"]["message"], "relay rejected");
    assert_eq!(error["error"]["data"]["pocket_code"], 25);
    assert_eq!(error["error"]["data"]["attempts"], 1);
    let reason = error["error"]["data"]["reason"].as_str().unwrap();
    assert!(reason.starts_with("node ") && reason.contains("refused the relay: code 25"), "{reason}");
    // A batch gets one error per call, with each call's id.
    let (_, body) =
        net.post("/v1/eth", r#"[{"method":"eth_chainId","id":1},{"method":"eth_chainId","id":2}]"#).await;
    let errors: Value = serde_json::from_str(&body).unwrap();
    let ids: Vec<Value> = errors.as_array().unwrap().iter().map(|e| e["id"].clone()).collect();
    assert_eq!(ids, [json!(1), json!(2)]);
    assert!(errors.as_array().unwrap().iter().all(|e| e["error"]["data"]["pocket_code"] == 25));
    // REST: 502 with the same details.
    let (status, body) = net.get("/v1/eth/health").await;
    assert_eq!(status, 502);
    let error: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        (error["error"]["pocket_code"].clone(), error["error"]["message"].clone()),
        (json!(25), json!("relay rejected"))
    );
    net.stop().await;

    // Every node answers 90 (evidence sealed): once all are evicted, requests fail at once and
    // say where to look.
    let sealed = [(0, Fault::Error(90)), (1, Fault::Error(90)), (2, Fault::Error(90))];
    let net = Net::start(devnet_config(3, &sealed)).await;
    let _ = net.post("/v1/eth", ETH_BLOCK_NUMBER).await;
    eventually("every node to be evicted", || async {
        let qos = net.qos().await;
        qos["chains"][0]["nodes"].as_array().unwrap().iter().all(|n| n["state"] == "evicted")
    })
    .await;
    let (_, body) = net.post("/v1/eth", ETH_BLOCK_NUMBER).await;
    let error: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(error["error"]["message"], "relay failed on every attempt");
    assert_eq!(error["error"]["data"]["attempts"], 0);
    assert_eq!(
        error["error"]["data"]["reason"],
        "no usable node in this session: every node is evicted or out of sync (GET /qos says why), or has spent its --relay-budget"
    );
    net.stop().await;

    // Nodes that never answer: the request timeout ends the wait.
    let silent = [(0, Fault::Timeout), (1, Fault::Timeout), (2, Fault::Timeout)];
    let net = Net::with(devnet_config(3, &silent), |c| {
        c.rpc = Rpc::new(Duration::from_millis(500), Duration::from_secs(5)).unwrap();
        c.http.request_timeout = Duration::from_millis(300);
    })
    .await;
    let started = Instant::now();
    let (status, body) = net.post("/v1/eth", ETH_BLOCK_NUMBER).await;
    assert!(started.elapsed() < Duration::from_secs(2));
    let error: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        (status, error["id"].clone(), error["error"]["message"].clone()),
        (200, json!(1), json!("gateway timeout"))
    );
    assert!(error["error"]["data"]["reason"].as_str().unwrap().contains("--request-timeout"));
    assert_eq!(net.get("/v1/pokt/v1/query/height").await.0, 504);
    net.gateway.shutdown().await;
    net.devnet.shutdown().await;
}

/// One node of three has `fault`: every request succeeds, and /qos says why the node is not used.
async fn fails_over(fault: Fault, state: &str) {
    let net = Net::with(devnet_config(3, &[(1, fault)]), |c| {
        c.rpc = Rpc::new(Duration::from_millis(500), Duration::from_millis(400)).unwrap();
    })
    .await;
    let mut answers = HashMap::new();
    for _ in 0..30 {
        let (status, body) = net.post("/v1/eth", ETH_BLOCK_NUMBER).await;
        assert_eq!(status, 200, "{fault}");
        *answers.entry(body).or_insert(0) += 1;
    }
    assert_eq!(answers.keys().collect::<Vec<_>>(), [&ANSWER.to_string()], "{fault}: {answers:?}");
    // The startup sync check asks every node, so the faulty one has been tried.
    let node = net.node_qos(1).await;
    assert_eq!(node["state"], state, "{fault}: {node:#}");
    if state != "healthy" {
        assert_eq!(node["used"], false, "{fault}");
        assert!(node["failures"].as_u64().unwrap() >= 1, "{fault}");
    }
    net.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failover_under_every_fault_profile() {
    fails_over(Fault::Down, "timed_out").await;
    fails_over(Fault::Timeout, "timed_out").await;
    fails_over(Fault::Http5xx, "timed_out").await;
    fails_over(Fault::Garbage, "timed_out").await;
    fails_over(Fault::BadSignature, "evicted").await;
    fails_over(Fault::Error(90), "evicted").await;
    fails_over(Fault::Error(71), "evicted").await;
    // Slow but correct: still used, just later in the order.
    fails_over(Fault::Slow(Duration::from_millis(150)), "healthy").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lagging_node_is_excluded_by_the_sync_check() {
    let net = Net::start(devnet_config(3, &[(2, Fault::Lagging(50))])).await;
    eventually("the lagging node to be out of sync", || async {
        net.node_qos(2).await["state"] == "out_of_sync"
    })
    .await;
    let node = net.node_qos(2).await;
    assert_eq!(node["used"], false);
    assert_eq!((node["height"].clone(), node["blocks_behind"].clone()), (json!(18_000_050), json!(50)));
    assert_eq!(
        node["why"],
        "not used: out of sync, at height 18000050 while the session's nodes agree on 18000100 (50 blocks behind, allowance 5)"
    );
    let qos = net.qos().await;
    assert_eq!(qos["chains"][0]["agreed_height"], 18_000_100);
    assert_eq!(qos["chains"][0]["sync_check"], "eth_blockNumber");
    assert_eq!(qos["chains"][1]["sync_check"], "/v1/query/height");
    for _ in 0..40 {
        let (status, body) = net.post("/v1/eth", ETH_BLOCK_NUMBER).await;
        assert_eq!((status, body.as_str()), (200, ANSWER));
        assert_ne!(body, LAGGING_ANSWER);
    }
    // POKT's REST height is checked too.
    eventually("pokt's lagging node to be out of sync", || async {
        let qos = net.qos().await;
        let address = &net.devnet.world.nodes[2].address;
        qos["chains"][1]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["address"] == *address && n["state"] == "out_of_sync")
    })
    .await;
    net.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_higher_allowance_keeps_a_lagging_node_in_use() {
    let net = Net::with(devnet_config(3, &[(2, Fault::Lagging(50))]), |c| {
        c.sync.allowances.insert("0021".into(), 60);
    })
    .await;
    eventually("a sync check", || async { net.node_qos(2).await["height"] == 18_000_050 }).await;
    assert_eq!(net.node_qos(2).await["state"], "healthy");
    net.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_roll_over_under_continuous_load_without_a_failed_request() {
    let net = Arc::new(Net::start(devnet_config(5, &[])).await);
    let stop = Arc::new(AtomicBool::new(false));
    let (ok, failed) = (Arc::new(AtomicUsize::new(0)), Arc::new(Mutex::new(Vec::new())));
    let mut workers = Vec::new();
    for _ in 0..4 {
        let (net, stop, ok, failed) = (net.clone(), stop.clone(), ok.clone(), failed.clone());
        workers.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let (status, body) = net.post("/v1/eth", ETH_BLOCK_NUMBER).await;
                let parsed: Value = serde_json::from_str(&body).unwrap_or_default();
                if status == 200 && parsed["result"].is_string() {
                    ok.fetch_add(1, Ordering::Relaxed);
                } else {
                    failed.lock().unwrap().push(format!("{status} {body}"));
                }
            }
        }));
    }
    for _ in 0..3 {
        tokio::time::sleep(Duration::from_millis(400)).await;
        net.devnet.world.advance(4);
    }
    tokio::time::sleep(Duration::from_millis(400)).await;
    stop.store(true, Ordering::Relaxed);
    for worker in workers {
        worker.await.unwrap();
    }
    let failed = failed.lock().unwrap().clone();
    assert!(failed.is_empty(), "{} failed requests: {:?}", failed.len(), &failed[..failed.len().min(3)]);
    assert!(ok.load(Ordering::Relaxed) > 20, "only {} requests", ok.load(Ordering::Relaxed));
    let qos = net.qos().await;
    assert_eq!(qos["chains"][0]["session_height"], 109, "97 + 3 sessions of 4 blocks");
    assert!(net.metrics().await.contains(r#"pgw_session_height{chain="0021"} 109"#));
    let net = Arc::into_inner(net).unwrap();
    net.stop().await;
}

/// The number on the line of `text` that starts with `series`.
fn value(text: &str, series: &str) -> Option<f64> {
    text.lines().find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_are_present_and_count() {
    let net = Net::with(devnet_config(3, &[(0, Fault::Error(90))]), |c| {
        c.refresh.max_interval = Duration::from_millis(200);
        c.refresh.min_interval = Duration::from_millis(50);
    })
    .await;
    for _ in 0..5 {
        assert_eq!(net.post("/v1/eth", ETH_BLOCK_NUMBER).await.0, 200);
    }
    // The refresh counters exist from the start, at zero.
    eventually("a background refresh", || async {
        let text = net.metrics().await;
        value(&text, r#"pgw_session_refreshes_total{chain="0021",outcome="same_session"}"#)
            .is_some_and(|n| n >= 1.0)
    })
    .await;
    let text = net.metrics().await;
    assert_eq!(value(&text, r#"pgw_requests_total{chain="0021",outcome="ok"}"#), Some(5.0), "{text}");
    assert_eq!(value(&text, r#"pgw_relay_latency_seconds_count{chain="0021"}"#), Some(5.0));
    assert_eq!(value(&text, r#"pgw_http_requests_total{route="/v1/{chain}",status="200"}"#), Some(5.0));
    assert_eq!(value(&text, "pgw_serve_overhead_seconds_count"), Some(5.0));
    let ok: f64 = text
        .lines()
        .filter(|l| l.starts_with(r#"pgw_relays_total{chain="0021""#) && l.contains(r#"outcome="ok""#))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum();
    assert!(ok >= 5.0, "{text}");
    let sealed = &net.devnet.world.nodes[0].address;
    assert!(
        value(&text, &format!(r#"pgw_relays_total{{chain="0021",node="{sealed}",outcome="node_error"}}"#))
            .unwrap()
            >= 1.0
    );
    assert!(value(&text, r#"pgw_pocket_errors_total{chain="0021",code="90"}"#).unwrap() >= 1.0);
    assert_eq!(value(&text, &format!(r#"pgw_node_healthy{{chain="0021",node="{sealed}"}}"#)), Some(0.0));
    let healthy = &net.devnet.world.nodes[1].address;
    assert_eq!(value(&text, &format!(r#"pgw_node_healthy{{chain="0021",node="{healthy}"}}"#)), Some(1.0));
    assert!(
        text.contains(&format!(
            r#"pgw_node_latency_seconds{{chain="0021",node="{healthy}",quantile="0.5"}}"#
        ))
    );
    assert!(
        value(&text, r#"pgw_session_refreshes_total{chain="0021",outcome="same_session"}"#).unwrap() >= 1.0
    );
    assert_eq!(value(&text, r#"pgw_session_height{chain="0021"}"#), Some(97.0));
    assert!(text.contains("# TYPE pgw_relay_latency_seconds histogram"));
    assert!(text.ends_with("# EOF\n"));
    let response = net.client.get(net.url("/metrics")).send().await.unwrap();
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("application/openmetrics-text"));
    net.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_key_is_enforced() {
    let net = Net::with(devnet_config(2, &[]), |c| c.api_key = Some(ApiKey::new("s3cret\n").unwrap())).await;
    let (status, body) = net.post("/v1/eth", ETH_BLOCK_NUMBER).await;
    assert_eq!(status, 401);
    assert!(body.contains("'Authorization: Bearer KEY' or 'X-API-Key: KEY'"), "{body}");
    let with = |name: &str, value: &str| {
        net.client.post(net.url("/v1/eth")).header(name, value).body(ETH_BLOCK_NUMBER)
    };
    assert_eq!(net.send(with("authorization", "Bearer wrong")).await.0, 401);
    assert_eq!(net.send(with("authorization", "Bearer s3cret")).await, (200, ANSWER.into()));
    assert_eq!(net.send(with("x-api-key", "s3cret")).await, (200, ANSWER.into()));
    assert_eq!(net.get("/metrics").await.0, 401);
    assert_eq!(net.get("/qos").await.0, 401);
    assert_eq!(net.get("/health").await.0, 200, "health checks need no key");
    net.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bodies_over_the_limit_are_refused_with_413() {
    let net = Net::with(devnet_config(2, &[]), |c| c.http.max_body = 1024).await;
    let padded = format!(
        r#"{{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1,"pad":"{}"}}"#,
        "x".repeat(900)
    );
    assert_eq!(net.post("/v1/eth", &padded).await.0, 200);
    let big = format!(
        r#"{{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1,"pad":"{}"}}"#,
        "x".repeat(2000)
    );
    let (status, body) = net.post("/v1/eth", &big).await;
    assert_eq!(status, 413);
    assert!(body.contains("larger than this gateway's limit of 1024 bytes"), "{body}");
    // Without a Content-Length (chunked), the limit holds while reading.
    let addr = net.gateway.addr;
    let answer = tokio::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(addr).unwrap();
        stream.write_all(b"POST /v1/eth HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n").unwrap();
        for chunk in big.as_bytes().chunks(100) {
            if stream.write_all(format!("{:x}\r\n", chunk.len()).as_bytes()).is_err()
                || stream.write_all(chunk).is_err()
                || stream.write_all(b"\r\n").is_err()
            {
                break;
            }
        }
        let _ = stream.write_all(b"0\r\n\r\n");
        let mut answer = vec![0; 4096];
        let n = stream.read(&mut answer).unwrap_or(0);
        String::from_utf8_lossy(&answer[..n]).into_owned()
    })
    .await
    .unwrap();
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    net.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_and_malformed_clients_do_not_stall_others() {
    let net = Net::start(devnet_config(2, &[])).await;
    let addr = net.gateway.addr;
    // A client that sends half a request line and stalls, and one that sends garbage.
    let mut stalled = std::net::TcpStream::connect(addr).unwrap();
    stalled.write_all(b"POST /v1/eth HTTP/1.1\r\nHost: x\r\nContent-Le").unwrap();
    let mut half_body = std::net::TcpStream::connect(addr).unwrap();
    half_body
        .write_all(b"POST /v1/eth HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n{\"jsonrpc\"")
        .unwrap();
    let answer = tokio::task::spawn_blocking(move || {
        let mut garbage = std::net::TcpStream::connect(addr).unwrap();
        garbage.write_all(b"\x00\x01\x02 NOT HTTP\r\n\r\n").unwrap();
        garbage.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let mut answer = Vec::new();
        let _ = garbage.read_to_end(&mut answer);
        String::from_utf8_lossy(&answer).into_owned()
    })
    .await
    .unwrap();
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer:?}");
    let started = Instant::now();
    for _ in 0..5 {
        assert_eq!(net.post("/v1/eth", ETH_BLOCK_NUMBER).await, (200, ANSWER.into()));
    }
    assert!(started.elapsed() < Duration::from_secs(2));
    drop((stalled, half_body));
    net.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graceful_shutdown_finishes_in_flight_relays_then_refuses_connections() {
    let slow = Fault::Slow(Duration::from_millis(800));
    let net = Net::with(devnet_config(2, &[(0, slow), (1, slow)]), |c| {
        c.rpc = Rpc::new(Duration::from_millis(500), Duration::from_secs(3)).unwrap();
        c.sync.interval = Duration::from_secs(60);
    })
    .await;
    let Net { devnet, gateway, client } = net;
    let url = format!("{}/v1/eth", gateway.url);
    let in_flight = tokio::spawn({
        let (client, url) = (client.clone(), url.clone());
        async move {
            let response = client.post(url).body(ETH_BLOCK_NUMBER).send().await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    });
    tokio::time::sleep(Duration::from_millis(200)).await;
    let started = Instant::now();
    assert!(gateway.shutdown().await, "the in-flight relay finished within the grace period");
    assert!(started.elapsed() >= Duration::from_millis(300), "shutdown waited for the relay");
    assert_eq!(in_flight.await.unwrap(), (200, ANSWER.to_string()));
    let refused = reqwest::Client::new().post(url).body(ETH_BLOCK_NUMBER).send().await;
    assert!(refused.unwrap_err().is_connect(), "new connections are refused");
    devnet.shutdown().await;
}

/// `pgw serve --devnet` in a subprocess: the JSON banner, a relay, then `signal` stops it with
/// exit code 0.
fn stops_cleanly_on(signal: &str) {
    let env = Env::new();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pgw"))
        .args(["serve", "--devnet", "--listen", "127.0.0.1:0", "--output", "json", "-q"])
        .env("PGW_HOME", env.path("home"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let banner: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line:?}"));
    let url = banner["url"].as_str().unwrap();
    assert_eq!(banner["default_chain"], "0021");
    assert_eq!(banner["chains"][0]["url"], format!("{url}/v1/0021"));
    assert_eq!(banner["chains"][1]["alias"], "pokt");
    assert_eq!(banner["qos"], format!("{url}/qos"));
    // One relay over a raw connection (no runtime in this test).
    let mut stream = std::net::TcpStream::connect(url.trim_start_matches("http://")).unwrap();
    let request = format!(
        "POST /v1/eth HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{ETH_BLOCK_NUMBER}",
        ETH_BLOCK_NUMBER.len()
    );
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200") && answer.contains("\"result\":\"0x"), "{answer}");
    let pid = child.id().to_string();
    std::process::Command::new("kill").args([signal, &pid]).status().unwrap();
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "{signal}: {status:?}");
            break;
        }
        assert!(Instant::now() < deadline, "pgw serve did not stop on {signal}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn the_command_stops_cleanly_on_sigterm() {
    stops_cleanly_on("-TERM");
}

#[test]
fn the_command_stops_cleanly_on_ctrl_c() {
    stops_cleanly_on("-INT");
}

#[test]
fn the_command_prints_one_url_per_chain() {
    let env = Env::new();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pgw"))
        .args(["serve", "--devnet", "--listen", "127.0.0.1:0", "--chain", "eth", "-q"])
        .env("PGW_HOME", env.path("home"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut reader = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut lines = Vec::new();
    for _ in 0..4 {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        lines.push(line);
    }
    std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    let _ = child.wait();
    let url = lines[0].split_whitespace().nth(2).unwrap().to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{lines:?}");
    assert_eq!(lines[0], format!("pgw serve: {url} (POST / relays to eth (0021); Ctrl-C stops)\n"));
    assert_eq!(lines[1], format!("eth (0021) {url}/v1/0021\n"));
    assert_eq!(lines[2], format!("qos {url}/qos\n"));
    assert_eq!(lines[3], format!("metrics {url}/metrics\n"));
}

#[test]
fn listening_beyond_loopback_needs_a_key_or_an_explicit_opt_out() {
    let env = Env::new();
    let output = env.pgw().args(["serve", "--devnet", "--listen", "0.0.0.0:0"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "pgw: error: --listen 0.0.0.0:0 is reachable from other machines: pass --api-key-file FILE so clients \
         must send the key, or --insecure-public to serve without one\n"
    );
    let empty = env.write("empty.key", "\n");
    let output = env
        .pgw()
        .args(["serve", "--devnet", "--listen", "0.0.0.0:0", "--api-key-file"])
        .arg(&empty)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("the API key is empty"), "{}", stderr(&output));
}

fn http_get(url: &str, path: &str) -> String {
    let mut stream = std::net::TcpStream::connect(url.trim_start_matches("http://")).unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

/// `--relay-budget auto` reads the app's relays per session node from the chain: the figure
/// `pgw app throughput` shows for the same app, as the `pgw_relay_budget` gauge.
#[test]
fn relay_budget_auto_is_the_apps_max_relays_per_session_node() {
    let env = Env::new();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pgw"))
        .args([
            "serve",
            "--devnet",
            "--listen",
            "127.0.0.1:0",
            "--relay-budget",
            "auto",
            "--output",
            "json",
            "-q",
        ])
        .env("PGW_HOME", env.path("home"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let banner: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line:?}"));
    let metrics = http_get(banner["url"].as_str().unwrap(), "/metrics");
    let gauge = metrics
        .lines()
        .find(|l| l.starts_with("pgw_relay_budget{") && l.contains(r#"chain="0021""#))
        .unwrap_or_else(|| panic!("no budget gauge in {metrics}"));
    let app = gauge.split(r#"app=""#).nth(1).unwrap().split('"').next().unwrap().to_string();
    let budget: u64 = gauge.rsplit(' ').next().unwrap().parse().unwrap();
    let address = pgw::protocol::morse::keys::PublicKey::from_hex("app", &app).unwrap().address().to_string();
    let dispatcher = banner["dispatchers"][0].as_str().unwrap();
    let out = env
        .pgw()
        .args(["app", "throughput", &address, "--dispatcher", dispatcher, "--output", "json"])
        .output()
        .unwrap();
    std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    let _ = child.wait();
    assert!(out.status.success(), "{}", stderr(&out));
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    let per_node = shown["per_chain"][0]["per_node_per_session"].as_u64().unwrap();
    assert!(budget > 0);
    assert_eq!(budget, per_node, "{shown}");
}

#[test]
fn relay_budget_takes_a_number_or_auto() {
    let out = Env::new().pgw().args(["serve", "--relay-budget", "0"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--relay-budget 0: write a number of relays (at least 1) or auto"),
        "{}",
        stderr(&out)
    );
}
