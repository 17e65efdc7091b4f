//! `pgw serve --state redis://…`: two gateways (in-process, `pgw::serve::start`) against one
//! devnet and a real `redis-server` started on a free 127.0.0.1 port. A session fetched by one is
//! used by the other (the devnet's dispatch count proves it), an eviction by one is seen by both,
//! a relay budget is never overspent by the two together, and Redis going away mid-load loses no
//! request and comes back by itself. Skipped, saying so, where `redis-server` is not installed
//! (`.ci/run` installs it).
//!
//! The chain is 0AFF: the devnet answers it, and it has no sync check, so only relays touch nodes.

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
use pgw::serve::{self, RunningGateway};
use serde_json::Value;

use crate::common::*;

const CHAIN: &str = "0AFF";

/// A `redis-server` on a free loopback port, killed when dropped.
struct RedisServer {
    port: u16,
    child: Child,
}

impl RedisServer {
    /// `None` (after saying why) when `redis-server` is not installed.
    fn start() -> Option<RedisServer> {
        if Command::new("redis-server").arg("--version").output().is_err() {
            // The test harness shows a test's stderr; a skip must say so.
            #[allow(clippy::disallowed_macros)]
            {
                eprintln!("SKIPPED: redis-server is not on PATH (apt-get install -y redis-server)");
            }
            return None;
        }
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        Some(RedisServer::on(port))
    }

    fn on(port: u16) -> RedisServer {
        let child = Command::new("redis-server")
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "redis-server did not listen on {port}");
            std::thread::sleep(Duration::from_millis(20));
        }
        RedisServer { port, child }
    }

    fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/0", self.port)
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
    }
}

fn signer() -> Arc<dyn pgw::network::relayer::Relayer> {
    let key = PrivateKey::from_hex(K_B).unwrap();
    pgw::network::morse::Relays::shared(RelaySigner::new(Aat::sign(&key, &key.public_key()), key).unwrap())
}

async fn devnet(nodes: usize, faults: &[(usize, Fault)]) -> Devnet {
    Devnet::start(DevnetConfig {
        nodes,
        chains: vec![CHAIN.into()],
        params: Params { block_time: Duration::ZERO, ..Params::default() },
        faults: faults.iter().copied().collect::<HashMap<_, _>>(),
        ..DevnetConfig::default()
    })
    .await
    .unwrap()
}

async fn gateway(devnet: &Devnet, redis: &RedisServer, budget: Option<u64>) -> RunningGateway {
    gateway_with(devnet, redis, |c| c.relay_budget = budget).await
}

async fn gateway_with(
    devnet: &Devnet,
    redis: &RedisServer,
    tweak: impl FnOnce(&mut serve::Config),
) -> RunningGateway {
    let rpc = Rpc::new(Duration::from_millis(500), Duration::from_millis(400)).unwrap();
    let mut config = serve::Config::new(vec![devnet.dispatcher_url.clone()], rpc, signer());
    config.listen = "127.0.0.1:0".parse().unwrap();
    config.chains = vec![CHAIN.into()];
    config.state = Some(redis.url());
    tweak(&mut config);
    serve::start(config).await.unwrap_or_else(|e| panic!("{e}"))
}

async fn relay(client: &reqwest::Client, gateway: &RunningGateway) -> (u16, String) {
    let response =
        client.post(format!("{}/v1/{CHAIN}", gateway.url)).body(ETH_BLOCK_NUMBER).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn get(client: &reqwest::Client, gateway: &RunningGateway, path: &str) -> String {
    client.get(format!("{}{path}", gateway.url)).send().await.unwrap().text().await.unwrap()
}

async fn node_qos(client: &reqwest::Client, gateway: &RunningGateway, address: &str) -> Value {
    let qos: Value = serde_json::from_str(&get(client, gateway, "/qos").await).unwrap();
    let nodes = qos["chains"][0]["nodes"].as_array().unwrap().clone();
    nodes.into_iter().find(|n| n["address"] == address).unwrap()
}

/// Polls `check` every 50 ms for up to `limit`.
async fn within<F: std::future::Future<Output = bool>>(
    limit: Duration,
    what: &str,
    mut check: impl FnMut() -> F,
) {
    let deadline = Instant::now() + limit;
    while !check().await {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn answered(status: u16, body: &str) -> bool {
    status == 200 && body.contains(r#""result":"0x"#)
}

/// A sum of one series' samples whose labels contain every `labels` part.
fn sum(metrics: &str, series: &str, labels: &[&str]) -> f64 {
    metrics
        .lines()
        .filter(|l| l.starts_with(&format!("{series}{{")) || l.starts_with(&format!("{series} ")))
        .filter(|l| labels.iter().all(|part| l.contains(part)))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

async fn shared_session(redis: &RedisServer, key: &str) -> bool {
    let client = redis::Client::open(redis.url()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    redis::cmd("EXISTS").arg(format!("pgw:session:{key}")).query_async::<u32>(&mut conn).await.unwrap() == 1
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_fetched_by_one_gateway_is_used_by_the_other() {
    let Some(redis) = RedisServer::start() else { return };
    let devnet = devnet(3, &[]).await;
    let dispatches = || devnet.world.dispatches.load(std::sync::atomic::Ordering::Relaxed);
    let a = gateway(&devnet, &redis, None).await;
    assert_eq!(dispatches(), 1);
    let key = a.gateway.key(CHAIN);
    within(Duration::from_secs(5), "the session in redis", || shared_session(&redis, &key)).await;
    let b = gateway(&devnet, &redis, None).await;
    let client = reqwest::Client::new();
    for _ in 0..10 {
        let (status, body) = relay(&client, &b).await;
        assert!(answered(status, &body), "{status} {body}");
    }
    assert_eq!(dispatches(), 1, "B dispatched instead of using A's session");
    let metrics = get(&client, &b, "/metrics").await;
    assert!(metrics.contains("pgw_state_backend{backend=\"redis\"} 1"), "{metrics}");
    assert!(metrics.contains("pgw_state_backend{backend=\"memory\"} 0"), "{metrics}");
    a.shutdown().await;
    b.shutdown().await;
    devnet.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_refreshed_by_one_gateway_is_used_by_the_other() {
    let Some(redis) = RedisServer::start() else { return };
    let devnet = devnet(3, &[]).await;
    // A refreshes every 200 ms, B every 600 ms: B always finds A's fresher dispatch and skips.
    let every = |ms: u64| {
        move |c: &mut serve::Config| {
            c.refresh.max_interval = Duration::from_millis(ms);
            c.refresh.min_interval = Duration::from_millis(50);
        }
    };
    let a = gateway_with(&devnet, &redis, every(200)).await;
    let b = gateway_with(&devnet, &redis, every(600)).await;
    let client = reqwest::Client::new();
    let height = |g: &RunningGateway| g.gateway.current(CHAIN).unwrap().dispatch.session.session_height;
    assert_eq!((height(&a), height(&b)), (97, 97));
    devnet.world.advance(4);
    within(Duration::from_secs(5), "B on session 101", || async { height(&b) == 101 }).await;
    // Long enough for B's refresh timer to fire twice.
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    let metrics = get(&client, &b, "/metrics").await;
    assert_eq!(sum(&metrics, "pgw_session_refreshes_total", &[]), 0.0, "B dispatched itself:\n{metrics}");
    assert!(metrics.contains("pgw_session_height{chain=\"0AFF\"} 101"), "{metrics}");
    for _ in 0..10 {
        let (status, body) = relay(&client, &b).await;
        assert!(answered(status, &body), "{status} {body}");
    }
    a.shutdown().await;
    b.shutdown().await;
    devnet.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_eviction_by_one_gateway_is_seen_by_both() {
    let Some(redis) = RedisServer::start() else { return };
    // Node 1 answers 90 (evidence sealed): evicted for the session.
    let devnet = devnet(3, &[(1, Fault::Error(90))]).await;
    let faulty = devnet.world.nodes[1].address.clone();
    let a = gateway(&devnet, &redis, None).await;
    let b = gateway(&devnet, &redis, None).await;
    let client = reqwest::Client::new();
    for _ in 0..60 {
        let (status, body) = relay(&client, &a).await;
        assert!(answered(status, &body), "{status} {body}");
        if node_qos(&client, &a, &faulty).await["state"] == "evicted" {
            break;
        }
    }
    assert_eq!(node_qos(&client, &a, &faulty).await["state"], "evicted");
    within(Duration::from_secs(5), "B to see the eviction", || async {
        node_qos(&client, &b, &faulty).await["state"] == "evicted"
    })
    .await;
    let seen = node_qos(&client, &b, &faulty).await;
    assert!(seen["why"].as_str().unwrap().ends_with("(seen by another gateway)"), "{seen:#}");
    assert_eq!(seen["failures"], 0, "B never tried the node itself");
    for _ in 0..20 {
        let (status, body) = relay(&client, &b).await;
        assert!(answered(status, &body), "{status} {body}");
    }
    let metrics = get(&client, &b, "/metrics").await;
    let node = format!("node=\"{faulty}\"");
    assert_eq!(sum(&metrics, "pgw_relays_total", &[&node]), 0.0, "B sent to the evicted node:\n{metrics}");
    a.shutdown().await;
    b.shutdown().await;
    devnet.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_node_resting_on_one_gateway_rests_on_both_until_the_same_time() {
    let Some(redis) = RedisServer::start() else { return };
    // Node 2 is down: a connection refused puts it to rest (10 s here, so the test sees it).
    let devnet = devnet(3, &[(2, Fault::Down)]).await;
    let down = devnet.world.nodes[2].address.clone();
    let rest = |c: &mut serve::Config| c.qos.base_timeout = Duration::from_secs(10);
    let a = gateway_with(&devnet, &redis, rest).await;
    let b = gateway_with(&devnet, &redis, rest).await;
    let client = reqwest::Client::new();
    for _ in 0..60 {
        let (status, body) = relay(&client, &a).await;
        assert!(answered(status, &body), "{status} {body}");
        if node_qos(&client, &a, &down).await["state"] == "timed_out" {
            break;
        }
    }
    let on_a = node_qos(&client, &a, &down).await;
    assert_eq!(on_a["state"], "timed_out", "{on_a:#}");
    within(Duration::from_secs(5), "B to rest the node", || async {
        node_qos(&client, &b, &down).await["state"] == "timed_out"
    })
    .await;
    let on_b = node_qos(&client, &b, &down).await;
    assert_eq!(on_b["failures"], 0, "B never tried the node itself: {on_b:#}");
    // The same end of rest, within the time between the two reads. The end is shared as whole
    // Unix ms, and A's rest and each clock read are cut to whole ms, so B's end can be up to 2 ms
    // past A's (CI once read A 9996 ms, B 9997 ms a moment later).
    let (rest_a, rest_b) =
        (on_a["timed_out_for_ms"].as_u64().unwrap(), on_b["timed_out_for_ms"].as_u64().unwrap());
    assert!(rest_b <= rest_a + 2 && rest_a + 2 - rest_b < 5_000, "A {rest_a} ms, B {rest_b} ms");
    assert!(rest_b > 4_000, "B rests it for A's remaining time, not its own back-off: {rest_b} ms");
    for _ in 0..20 {
        let (status, body) = relay(&client, &b).await;
        assert!(answered(status, &body), "{status} {body}");
    }
    let metrics = get(&client, &b, "/metrics").await;
    let node = format!("node=\"{down}\"");
    assert_eq!(sum(&metrics, "pgw_relays_total", &[&node]), 0.0, "B sent to the resting node:\n{metrics}");
    a.shutdown().await;
    b.shutdown().await;
    devnet.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_relay_budget_is_shared_and_never_overspent() {
    let Some(redis) = RedisServer::start() else { return };
    const BUDGET: u64 = 4;
    const NODES: usize = 3;
    let devnet = devnet(NODES, &[]).await;
    let a = gateway(&devnet, &redis, Some(BUDGET)).await;
    let b = gateway(&devnet, &redis, Some(BUDGET)).await;
    let client = reqwest::Client::new();
    let mut ok = 0;
    for i in 0..30 {
        let (status, body) = relay(&client, if i % 2 == 0 { &a } else { &b }).await;
        if answered(status, &body) {
            ok += 1;
        } else {
            assert_eq!(status, 200, "JSON-RPC errors use HTTP 200");
            let error: Value = serde_json::from_str(&body).unwrap();
            assert_eq!(error["error"]["data"]["attempts"], 0, "{body}");
            assert!(
                error["error"]["data"]["reason"]
                    .as_str()
                    .unwrap()
                    .ends_with("or has spent its --relay-budget")
            );
        }
    }
    assert_eq!(ok, BUDGET as usize * NODES, "answers from the shared budget");
    let (ma, mb) = (get(&client, &a, "/metrics").await, get(&client, &b, "/metrics").await);
    for node in &devnet.world.nodes {
        let label = format!("node=\"{}\"", node.address);
        let sent = sum(&ma, "pgw_relays_total", &[&label]) + sum(&mb, "pgw_relays_total", &[&label]);
        assert_eq!(sent, BUDGET as f64, "relays to {} by A and B together", node.address);
    }
    let app = format!("app=\"{K_B_PUB}\"");
    for m in [&ma, &mb] {
        assert_eq!(sum(m, "pgw_relay_budget", &[&app, "chain=\"0AFF\""]), BUDGET as f64, "{m}");
    }
    // Each gateway tried every node again after the budget ran out, so both saw it spent.
    for m in [&ma, &mb] {
        assert_eq!(sum(m, "pgw_relay_budget_used", &[&app]), (BUDGET as usize * NODES) as f64, "{m}");
    }
    a.shutdown().await;
    b.shutdown().await;
    devnet.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_going_away_loses_no_request_and_comes_back() {
    let Some(mut redis) = RedisServer::start() else { return };
    let devnet = devnet(3, &[]).await;
    let a = Arc::new(gateway(&devnet, &redis, None).await);
    let client = reqwest::Client::new();
    let load = {
        let (a, client) = (a.clone(), client.clone());
        tokio::spawn(async move {
            let mut failed = Vec::new();
            for _ in 0..150 {
                let (status, body) = relay(&client, &a).await;
                if !answered(status, &body) {
                    failed.push((status, body));
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            failed
        })
    };
    tokio::time::sleep(Duration::from_millis(150)).await;
    redis.kill();
    within(Duration::from_secs(5), "the memory backend", || async {
        get(&client, &a, "/metrics").await.contains("pgw_state_backend{backend=\"memory\"} 1")
    })
    .await;
    let failed = load.await.unwrap();
    assert!(failed.is_empty(), "requests lost while redis was away: {failed:?}");
    let metrics = get(&client, &a, "/metrics").await;
    assert!(sum(&metrics, "pgw_state_errors_total", &[]) >= 1.0, "{metrics}");
    let _back = RedisServer::on(redis.port);
    within(Duration::from_secs(10), "the redis backend again", || async {
        get(&client, &a, "/metrics").await.contains("pgw_state_backend{backend=\"redis\"} 1")
    })
    .await;
    let (status, body) = relay(&client, &a).await;
    assert!(answered(status, &body), "{status} {body}");
    // The session held in memory is published to the new (empty) Redis again.
    let key = a.gateway.key(CHAIN);
    within(Duration::from_secs(5), "the session in the new redis", || shared_session(&_back, &key)).await;
    Arc::try_unwrap(a).ok().unwrap().shutdown().await;
    devnet.shutdown().await;
}

/// Two Shannon gateways sharing Redis, each relaying for gateway 0's two apps with a budget of
/// N per supplier per app: each app's counters are shared, apart from the other app's, so the
/// two gateways together answer N per supplier per app, then both refuse, and each one's
/// gauges are per app.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_apps_relay_budget_is_shared_over_redis_apart_from_the_others() {
    use pgw::devnet::shannon::{Config as ShannonConfig, Devnet as ShannonDevnet, world};
    use pgw::network::shannon::{FullNodes, Relays};
    let Some(redis) = RedisServer::start() else { return };
    const N: u64 = 2;
    const SUPPLIERS: usize = 3;
    let devnet = ShannonDevnet::start(ShannonConfig {
        suppliers: SUPPLIERS,
        params: world::Params { block_time: Duration::ZERO, ..world::Params::default() },
        ..ShannonConfig::default()
    })
    .await
    .unwrap();
    let app = |i: usize| world::key("pgw-devnet", "app", i).public_key().address();
    let relayer = |i: usize| Relays::gateway(world::key("pgw-devnet", "gateway", 0), &app(i)).shared();
    let start = || async {
        let url = devnet.full_node_url.clone();
        let rpc = Rpc::new(Duration::from_millis(500), Duration::from_secs(2)).unwrap();
        let mut config = serve::Config::new(vec![url.clone()], rpc, relayer(0));
        config.more_relayers = vec![relayer(2)];
        config.source = FullNodes::shared(HashMap::from([(url.clone(), url)]));
        config.services = true;
        config.listen = "127.0.0.1:0".parse().unwrap();
        config.chains = vec!["anvil".into()];
        config.state = Some(redis.url());
        config.relay_budget = Some(N);
        serve::start(config).await.unwrap_or_else(|e| panic!("{e}"))
    };
    let (a, b) = (start().await, start().await);
    let client = reqwest::Client::new();
    let mut ok = 0;
    for i in 0..30 {
        let gateway = if i % 2 == 0 { &a } else { &b };
        let response =
            client.post(format!("{}/v1/anvil", gateway.url)).body(ETH_BLOCK_NUMBER).send().await.unwrap();
        let (status, body) = (response.status().as_u16(), response.text().await.unwrap());
        if answered(status, &body) {
            ok += 1;
        } else {
            let error: Value = serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"));
            assert_eq!(error["error"]["data"]["attempts"], 0, "{body}");
        }
    }
    assert_eq!(ok, 2 * SUPPLIERS * N as usize, "answers from both apps' shared budgets");
    let (ma, mb) = (get(&client, &a, "/metrics").await, get(&client, &b, "/metrics").await);
    for supplier in &devnet.world.suppliers {
        let label = format!("node=\"{}\"", supplier.actor.address);
        let sent = sum(&ma, "pgw_relays_total", &[&label]) + sum(&mb, "pgw_relays_total", &[&label]);
        assert_eq!(sent, (2 * N) as f64, "relays to {} for both apps by A and B", supplier.actor.address);
    }
    for m in [&ma, &mb] {
        for i in [0, 2] {
            let label = format!("app=\"{}\"", app(i));
            assert_eq!(sum(m, "pgw_relay_budget", &[&label, "chain=\"anvil\""]), N as f64, "{m}");
            assert_eq!(sum(m, "pgw_relay_budget_used", &[&label]), (N as usize * SUPPLIERS) as f64, "{m}");
        }
    }
    a.shutdown().await;
    b.shutdown().await;
    devnet.shutdown().await;
}
