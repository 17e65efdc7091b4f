//! Shannon relays through the one engine against the in-process Shannon devnet: both gateway
//! modes, failover under every fault profile, session rollovers under load, the relay miner's
//! refusals (a ring without the signer, a stale session, a supplier outside the session) with
//! their exit codes, `--no-verify`, consensus, and `pgw bench` and `pgw serve` on Shannon.

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use pgw::devnet::faults::Fault;
use pgw::devnet::shannon::world::{self, Params};
use pgw::devnet::shannon::{Config, Devnet};
use pgw::network::cache::{Entry, MemoryStore, SessionStore};
use pgw::network::engine::{Engine, RelayError, RelayOptions, Sessions};
use pgw::network::outcome::Failure;
use pgw::network::relayer::{BoxFuture, Relayer, SessionSource};
use pgw::network::rpc::DispatchError;
use pgw::network::rpc::Rpc;
use pgw::network::session::Dispatch;
use pgw::network::shannon::{FullNodes, Relays};
use pgw::protocol::morse::relay::Payload;
use pgw::serve;
use serde_json::Value;

use crate::common::{ETH_BLOCK_NUMBER, Env, stderr, stdout};

const SEED: &str = "pgw-devnet";
/// eth_blockNumber at height 100, as the devnet's chain answers it.
const ANSWER: &str = r#"{"jsonrpc":"2.0","id":1,"result":"0x112a8e4"}"#;

/// A devnet whose height moves only with `world.advance` (start 100: session 97..=100).
fn config(suppliers: usize, faults: &[(usize, Fault)]) -> Config {
    Config {
        suppliers,
        params: Params { block_time: Duration::ZERO, ..Params::default() },
        faults: faults.iter().copied().collect::<HashMap<_, _>>(),
        ..Config::default()
    }
}

fn key(role: &str, i: usize) -> pgw::protocol::shannon::keys::PrivateKey {
    world::key(SEED, role, i)
}

fn address(role: &str, i: usize) -> String {
    key(role, i).public_key().address()
}

fn payload() -> Payload {
    Payload { data: ETH_BLOCK_NUMBER.into(), method: "POST".into(), ..Default::default() }
}

fn retries(retries: u32) -> RelayOptions {
    RelayOptions { retries, ..RelayOptions::default() }
}

/// An engine on a Shannon devnet with in-memory sessions.
struct Net {
    devnet: Devnet,
    engine: Engine,
    store: Arc<MemoryStore>,
}

impl Net {
    async fn start(config: Config, relayer: Arc<dyn Relayer>) -> Net {
        Net::with_timeout(config, relayer, Duration::from_secs(5)).await
    }

    async fn with_timeout(config: Config, relayer: Arc<dyn Relayer>, timeout: Duration) -> Net {
        let devnet = Devnet::start(config).await.unwrap();
        let url = devnet.full_node_url.clone();
        let store = Arc::new(MemoryStore::default());
        let sessions = Sessions {
            rpc: Rpc::new(Duration::from_millis(500), timeout).unwrap(),
            source: FullNodes::shared(HashMap::from([(url.clone(), url.clone())])),
            dispatchers: vec![url],
            store: store.clone(),
            block_time: None,
            observer: None,
        };
        Net { devnet, engine: Engine::new(sessions, relayer), store }
    }

    async fn relay(&self, options: &RelayOptions) -> Result<pgw::network::engine::Answer, RelayError> {
        self.engine.relay("eth", &payload(), options).await
    }

    fn entry(&self) -> Arc<Entry> {
        self.store.load(&self.engine.sessions.key(self.engine.app(), "eth")).expect("a stored session")
    }
}

/// The gateway (gateway 0) signing for app 0, which delegated to it.
fn gateway_for(app: usize) -> Arc<dyn Relayer> {
    Relays::gateway(key("gateway", 0), &address("app", app)).shared()
}

/// Serve as gateway 0 for apps 0 and 2 (both delegated to it) against one full node, on a
/// free loopback port, with Shannon services.
fn gateway_serving_apps_0_and_2(url: String) -> serve::Config {
    let rpc = Rpc::new(Duration::from_millis(500), Duration::from_secs(2)).unwrap();
    let mut cfg = serve::Config::new(vec![url.clone()], rpc, gateway_for(0));
    cfg.more_relayers = vec![gateway_for(2)];
    cfg.source = FullNodes::shared(HashMap::from([(url.clone(), url)]));
    cfg.services = true;
    cfg.listen = "127.0.0.1:0".parse().unwrap();
    cfg
}

/// App 1, which delegated to no gateway, signing for itself.
fn app_itself() -> Arc<dyn Relayer> {
    Relays::app(key("app", 1)).shared()
}

#[tokio::test]
async fn both_gateway_modes_relay_verified_answers() {
    // App 0: gateway 0 signs over [app 0, gateway 0]; app 2: over [app 2, gateway 0, gateway 1]
    // (gateway 1's undelegation is pending); app 1 signs for itself over [app 1, placeholder].
    for (relayer, ring) in [(gateway_for(0), 2), (gateway_for(2), 3), (app_itself(), 1)] {
        let net = Net::start(config(3, &[]), relayer).await;
        let answer = net.relay(&retries(0)).await.unwrap();
        assert_eq!((answer.response.as_str(), answer.verified, answer.session_height), (ANSWER, true, 97));
        let entry = net.entry();
        let part = entry.dispatch.session.shannon.clone().unwrap();
        assert_eq!((part.end_height, part.ring.len()), (100, ring));
        assert_eq!(part.ring[0], key("app", part_app(&entry)).public_key().to_string());
        assert_eq!(entry.dispatch.session.nodes.len(), 3);
        assert!(entry.dispatch.session.nodes.iter().all(|n| n.public_key.len() == 66));
        net.devnet.shutdown().await;
    }
}

fn part_app(entry: &Entry) -> usize {
    (0..3).find(|&i| address("app", i) == entry.dispatch.session.app_public_key).unwrap()
}

/// 3 of 4 suppliers have `fault`: every relay is answered by the healthy one, after failed
/// attempts that name the fault.
async fn survives(fault: Fault, kind: &str, timeout: Duration) {
    let faults: Vec<_> = (0..3).map(|i| (i, fault)).collect();
    let net = Net::with_timeout(config(4, &faults), gateway_for(0), timeout).await;
    let healthy = net.devnet.world.suppliers[3].actor.address.clone();
    let mut failed_kinds = BTreeSet::new();
    for _ in 0..10 {
        let answer = net.relay(&retries(3)).await.unwrap_or_else(|e| panic!("{fault}: {e:?}"));
        assert_eq!((answer.response.as_str(), &answer.node.address), (ANSWER, &healthy), "{fault}");
        for a in &answer.attempts[..answer.attempts.len() - 1] {
            failed_kinds.insert(a.outcome);
        }
    }
    assert_eq!(failed_kinds.into_iter().collect::<Vec<_>>(), [kind], "{fault}");
    // Failed suppliers are avoided for the rest of the session (a session error is not theirs).
    let faulty: BTreeSet<String> =
        (0..3).map(|i| net.devnet.world.suppliers[i].actor.address.clone()).collect();
    let avoided = net.entry().avoid.clone();
    assert!(avoided.is_subset(&faulty), "{fault}: {avoided:?}");
    if kind != "miner_error" || matches!(fault, Fault::Error(_)) {
        assert!(!avoided.is_empty(), "{fault}");
    }
    net.devnet.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_fault_profile_is_survived_by_failover() {
    let short = Duration::from_millis(400);
    survives(Fault::Down, "connect", short).await;
    survives(Fault::Timeout, "timeout", short).await;
    survives(Fault::Slow(Duration::from_secs(3)), "timeout", short).await;
    survives(Fault::Http5xx, "http_5xx", short).await;
    survives(Fault::Garbage, "garbage", short).await;
    survives(Fault::BadSignature, "bad_signature", short).await;
    survives(Fault::Error(7), "miner_error", short).await;
    // A miner 50 blocks behind sees another session: "session ID mismatch", not its fault to
    // avoid, but another supplier answers.
    survives(Fault::Lagging(50), "miner_error", short).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_session_rollovers_under_load_without_a_failed_request() {
    let net = Arc::new(Net::start(config(3, &[]), gateway_for(0)).await);
    let stop = Arc::new(AtomicBool::new(false));
    let (ok, failed) = (Arc::new(AtomicUsize::new(0)), Arc::new(Mutex::new(Vec::new())));
    let heights = Arc::new(Mutex::new(BTreeSet::new()));
    let mut workers = Vec::new();
    for _ in 0..4 {
        let (net, stop, ok, failed, heights) =
            (net.clone(), stop.clone(), ok.clone(), failed.clone(), heights.clone());
        workers.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                match net.relay(&retries(2)).await {
                    Ok(answer) => {
                        ok.fetch_add(1, Ordering::Relaxed);
                        heights.lock().unwrap().insert(answer.session_height);
                    }
                    Err(e) => failed.lock().unwrap().push(format!("{e:?}")),
                }
            }
        }));
    }
    for _ in 0..10 {
        tokio::time::sleep(Duration::from_millis(150)).await;
        net.devnet.world.advance(4);
    }
    tokio::time::sleep(Duration::from_millis(150)).await;
    stop.store(true, Ordering::Relaxed);
    for worker in workers {
        worker.await.unwrap();
    }
    let failed = failed.lock().unwrap().clone();
    assert!(failed.is_empty(), "{} failed requests: {:?}", failed.len(), &failed[..failed.len().min(2)]);
    let heights = heights.lock().unwrap().clone();
    assert_eq!(heights.len(), 11, "every session served: {heights:?}");
    assert_eq!((heights.first(), heights.last()), (Some(&97), Some(&137)));
    assert!(ok.load(Ordering::Relaxed) > 40, "only {} requests", ok.load(Ordering::Relaxed));
}

#[tokio::test]
async fn a_stale_session_is_refused_by_the_miner_and_a_fresh_one_is_fetched() {
    let net = Net::start(config(3, &[]), gateway_for(0)).await;
    net.relay(&retries(0)).await.unwrap();
    // Past the session's end (100) and its grace block: the cached session is stale.
    net.devnet.world.advance(5);
    let answer = net.relay(&retries(1)).await.unwrap();
    assert_eq!(answer.session_height, 105);
    let first = &answer.attempts[0];
    assert_eq!((first.outcome, first.code), ("miner_error", Some(1)));
    assert_eq!(
        first.error.as_deref(),
        Some(
            "relay miner error relay_authenticator/1 (invalid session in relayer request): session expired, expecting: 100, got: 105. This may indicate network delay or RelayMiner overload.: invalid session in relayer request"
        )
    );
    assert_eq!(answer.attempts[1].outcome, "ok");
    // Without a retry the refusal is the relay's end (exit 6 from the command), and the fresh
    // session it caused serves the next relay.
    net.devnet.world.advance(5);
    let error = net.relay(&retries(0)).await.unwrap_err();
    let RelayError::Exhausted { last: Some(last), .. } = &error else { panic!("{error:?}") };
    let Failure::Miner(e) = &last.1 else { panic!("{error:?}") };
    assert_eq!((e.codespace.as_str(), e.code), ("relay_authenticator", 1));
    assert_eq!(error.kind(), "exhausted");
    assert!(error.describe().message.contains("pgw fetched a fresh one"), "{}", error.describe().message);
    let answer = net.relay(&retries(0)).await.unwrap();
    assert_eq!((answer.session_height, answer.attempts.len()), (109, 1));
    net.devnet.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stale_cached_session_exits_6_and_the_fresh_one_serves_the_next_relay() {
    // A relay miner's "session expired" is fixed by a fresh session: it is exit 6 (every attempt
    // failed, kind relay), not 7 (refused in a way no retry fixes).
    let d = Devnet::start(config(3, &[])).await.unwrap();
    let env = Env::new();
    env.write("gw0.key", &hex::encode(*key("gateway", 0).to_bytes()));
    let args = |extra: &[&str]| -> Vec<String> {
        ["relay", "eth", ETH_BLOCK_NUMBER, "--protocol", "shannon", "--full-node", &d.full_node_url]
            .iter()
            .chain(["--gateway-key-file", "gw0.key", "--app", &address("app", 0)].iter())
            .chain(extra.iter())
            .map(|s| s.to_string())
            .collect()
    };
    let out = pgw_async(&env, args(&[])).await;
    assert_eq!((out.status.code(), stdout(&out).as_str()), (Some(0), ANSWER), "{}", stderr(&out));
    // Past the cached session's end (100) and its grace block (101).
    d.world.advance(5);
    let out = pgw_async(&env, args(&["--retries", "0"])).await;
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(
            "relay miner error relay_authenticator/1 (invalid session in relayer request): session expired, expecting: 100, got: 105."
        ),
        "{err}"
    );
    assert!(err.contains("pgw fetched a fresh one"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    // At 109 the cached session (105..=108) is in its grace block and still accepted; at 110
    // it is stale again.
    d.world.advance(4);
    let out = pgw_async(&env, args(&["--retries", "0"])).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    d.world.advance(1);
    let out = pgw_async(&env, args(&["--retries", "0", "--output", "json"])).await;
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!((&v["error"]["kind"], &v["error"]["exit_code"]), (&"exhausted".into(), &6.into()), "{v:#}");
    // The fresh session the refusal caused is cached: the next relay is answered at once.
    let out = pgw_async(&env, args(&["--retries", "0", "--output", "json"])).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!((&v["session_height"], v["attempts"].as_array().unwrap().len()), (&109.into(), 1));
    d.shutdown().await;
}

/// Full nodes that are all down.
struct Down;

impl SessionSource for Down {
    fn fetch<'a>(
        &'a self,
        _: &'a Rpc,
        _: &'a str,
        _: &'a str,
        _: &'a str,
    ) -> BoxFuture<'a, Result<Dispatch, DispatchError>> {
        Box::pin(async { Err(DispatchError::Unavailable("connection refused".into())) })
    }

    fn blocks_per_session<'a>(&'a self, _: &'a Rpc, _: &'a str) -> BoxFuture<'a, Result<i64, DispatchError>> {
        Box::pin(async { Err(DispatchError::Unavailable("connection refused".into())) })
    }
}

#[tokio::test]
async fn at_a_rollover_with_no_full_node_the_ended_session_serves_in_its_grace_period() {
    let net = Net::start(config(3, &[]), gateway_for(0)).await;
    net.relay(&retries(0)).await.unwrap();
    let stored = net.entry();
    assert_eq!(stored.dispatch.session.shannon.as_ref().unwrap().grace_blocks, 1);
    // The chain enters the next session (101): the stored session (97..=100) has ended and is
    // in its grace block; no full node answers.
    net.devnet.world.advance(1);
    let warnings = Arc::new(Mutex::new(Vec::new()));
    let seen = warnings.clone();
    let observer = pgw::network::engine::Observer::new(false, move |e| {
        if let pgw::network::engine::Event::CacheWarning(w) = e {
            seen.lock().unwrap().push(w.clone());
        }
    });
    let down = Engine::new(
        Sessions {
            rpc: Rpc::new(Duration::from_millis(500), Duration::from_secs(5)).unwrap(),
            source: Arc::new(Down),
            dispatchers: net.engine.sessions.dispatchers.clone(),
            store: net.store.clone(),
            block_time: Some(Duration::from_secs(1)),
            observer: Some(observer),
        },
        gateway_for(0),
    );
    let key = net.engine.sessions.key(&address("app", 0), "eth");
    // Seen `blocks_ago` blocks (of 1 s) ago at height 100: the estimate is 100 + blocks_ago.
    let seen_ago = |blocks_ago: u64| {
        let mut entry = (*stored).clone();
        entry.observed_ms = pgw::network::cache::now_ms() - blocks_ago * 1000 - 100;
        net.store.save(&key, entry).unwrap();
    };
    seen_ago(1);
    let answer = down.relay("eth", &payload(), &retries(0)).await.unwrap();
    assert_eq!(
        (answer.session_height, answer.response.as_str()),
        (97, r#"{"jsonrpc":"2.0","id":1,"result":"0x112a8e5"}"#)
    );
    assert_eq!(
        warnings.lock().unwrap().as_slice(),
        ["no full node gave the next session (".to_string()
            + &net.devnet.full_node_url
            + ": connection refused); relaying with session 97 in its grace period"]
    );
    // Past the grace block there is no session to relay with.
    seen_ago(2);
    let error = down.relay("eth", &payload(), &retries(0)).await.unwrap_err();
    assert_eq!(error.kind(), "no_session", "{error:?}");
    net.devnet.shutdown().await;
}

#[tokio::test]
async fn a_supplier_outside_the_session_is_refused_by_its_miner() {
    let mut cfg = config(4, &[]);
    cfg.params.suppliers_per_session = 2;
    let net = Net::start(cfg, gateway_for(0)).await;
    net.relay(&retries(0)).await.unwrap();
    let entry = net.entry();
    let outsider = net
        .devnet
        .world
        .suppliers
        .iter()
        .find(|s| !entry.dispatch.session.nodes.iter().any(|n| n.address == s.actor.address))
        .unwrap();
    // A session (say, a stale or forged copy) that lists only the outsider.
    let mut dispatch = entry.dispatch.clone();
    dispatch.session.nodes = vec![pgw::network::session::SessionNode {
        address: outsider.actor.address.clone(),
        public_key: outsider.actor.public_key.to_string(),
        service_url: outsider.url.clone(),
        jailed: false,
        chains: vec!["eth".into()],
        stake: "1".into(),
    }];
    let key = net.engine.sessions.key(net.engine.app(), "eth");
    net.engine.sessions.adopt(&key, "test", dispatch, Some(4));
    // Its miner refuses; the supplier is avoided, and the fresh session's suppliers answer.
    let answer = net.relay(&retries(0)).await.unwrap();
    assert_eq!(answer.response, ANSWER);
    let first = &answer.attempts[0];
    assert_eq!(
        (first.node.as_str(), first.outcome, first.code),
        (outsider.actor.address.as_str(), "miner_error", Some(2))
    );
    assert_eq!(
        first.error.as_deref(),
        Some("relay miner error relay_authenticator/2 (supplier does not belong to session)")
    );
    assert_eq!(answer.attempts.len(), 2);
    net.devnet.shutdown().await;
}

#[tokio::test]
async fn bad_signatures_fail_unless_verification_is_off() {
    let faults: Vec<_> = (0..3).map(|i| (i, Fault::BadSignature)).collect();
    let net = Net::start(config(3, &faults), gateway_for(0)).await;
    let error = net.relay(&retries(2)).await.unwrap_err();
    let RelayError::Exhausted { attempts, .. } = &error else { panic!("{error:?}") };
    assert!(attempts.iter().all(|a| a.outcome == "bad_signature"), "{attempts:?}");
    assert_eq!(
        attempts[0].error.as_deref(),
        Some(
            "the supplier's signature on the answer is invalid: the supplier signature does not verify with the supplier's public key"
        )
    );
    net.devnet.shutdown().await;
    let mut net = Net::start(config(3, &faults), gateway_for(0)).await;
    net.engine.verify = false;
    let answer = net.relay(&retries(0)).await.unwrap();
    assert_eq!((answer.response.as_str(), answer.verified), (ANSWER, false));
    net.devnet.shutdown().await;
}

fn relay_cmd(env: &Env, extra: &[&str]) -> std::process::Output {
    env.pgw()
        .args(["relay", "eth", ETH_BLOCK_NUMBER, "--devnet", "--protocol", "shannon"])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn pgw_relay_on_the_shannon_devnet_needs_no_set_up() {
    let env = Env::new();
    let out = relay_cmd(&env, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), ANSWER);
    let out = relay_cmd(&env, &["--output", "json", "--consensus", "3", "--no-verify"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        (&v["chain"], &v["verified"], &v["session_height"]),
        (&"eth".into(), &false.into(), &97.into())
    );
    assert_eq!(v["response"]["result"], "0x112a8e4");
    assert_eq!(v["consensus"]["agreeing"].as_array().unwrap().len(), 3);
    assert!(v["consensus"]["dissenting"].as_array().unwrap().is_empty());
    // A Morse chain ID names the same service.
    let out = env
        .pgw()
        .args(["relay", "0021", ETH_BLOCK_NUMBER, "--devnet", "--protocol", "shannon", "--output", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!((&v["chain"], &v["verified"]), (&"eth".into(), &true.into()));
    // A REST payload: method and path go into the POKTHTTPRequest.
    let out = env
        .pgw()
        .args([
            "relay",
            "pokt",
            "",
            "--method",
            "GET",
            "--path",
            "/v1/query/height",
            "--devnet",
            "--protocol",
            "shannon",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), r#"{"height":100}"#);
    assert!(!env.path("home").exists(), "--devnet writes nothing to disk");
}

#[test]
fn rest_relays_go_to_the_suppliers_rest_endpoints() {
    // The devnet's JSON-RPC backends answer a REST request with 404: the answer proves the
    // relay reached a REST endpoint with Rpc-Type 4.
    let env = Env::new();
    let out = env
        .pgw()
        .args(["relay", "eth", "", "--method", "GET", "--path", "/v1/query/height"])
        .args(["--devnet", "--protocol", "shannon", "--output", "json", "--consensus", "3"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["response"], serde_json::json!({ "height": 100 }), "{v:#}");
    let attempts = v["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 3, "{v:#}");
    for a in attempts {
        assert_eq!(a["outcome"], "ok", "{v:#}");
        assert!(a["service_url"].as_str().unwrap().ends_with("/rest"), "{v:#}");
    }
    assert!(v["node"]["service_url"].as_str().unwrap().ends_with("/rest"), "{v:#}");
    // A POST with a path is REST too; JSON-RPC stays on the JSON_RPC endpoints.
    let out = env
        .pgw()
        .args(["relay", "eth", "{}", "--path", "/cosmos/base/tendermint/v1beta1/blocks/latest"])
        .args(["--devnet", "--protocol", "shannon"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), r#"{"block":{"header":{"height":"100"}}}"#);
    let out = relay_cmd(&env, &["--output", "json"]);
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(!v["node"]["service_url"].as_str().unwrap().contains("/rest"), "{v:#}");
    assert_eq!(v["response"]["result"], "0x112a8e4");
}

#[test]
fn pgw_relay_signs_as_the_app_or_as_a_gateway_for_its_apps() {
    let env = Env::new();
    env.write("app1.key", &hex::encode(*key("app", 1).to_bytes()));
    env.write("gw0.key", &hex::encode(*key("gateway", 0).to_bytes()));
    let out = relay_cmd(&env, &["--app-key-file", "app1.key", "-v"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), ANSWER);
    for app in [0, 2] {
        let out = relay_cmd(&env, &["--gateway-key-file", "gw0.key", "--app", &address("app", app)]);
        assert_eq!(out.status.code(), Some(0), "app {app}: {}", stderr(&out));
        assert_eq!(stdout(&out), ANSWER);
    }
    // An app signs only for itself.
    let out = relay_cmd(&env, &["--app-key-file", "app1.key", "--app", &address("app", 0)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is not the app key's address"), "{}", stderr(&out));
    // A gateway without an app to sign for.
    let out = env
        .pgw()
        .args([
            "relay",
            "eth",
            ETH_BLOCK_NUMBER,
            "--protocol",
            "shannon",
            "--full-node",
            "http://127.0.0.1:9",
        ])
        .args(["--gateway-key-file", "gw0.key"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("pass --app pokt1"), "{}", stderr(&out));
    // Morse's signers are refused on Shannon, Shannon's on Morse.
    let out = relay_cmd(&env, &["--credential", "x.cred"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--credential is not used by Shannon relays"), "{}", stderr(&out));
    let out = env
        .pgw()
        .args(["relay", "eth", ETH_BLOCK_NUMBER, "--devnet", "--gateway-key-file", "gw0.key"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--gateway-key-file is not used by Morse relays"), "{}", stderr(&out));
}

#[test]
fn a_gateway_the_app_did_not_delegate_to_is_refused_by_the_relay_miner() {
    let env = Env::new();
    env.write("gw1.key", &hex::encode(*key("gateway", 1).to_bytes()));
    // App 0 delegated to gateway 0 only: gateway 1 is not in its ring.
    let out = relay_cmd(&env, &["--gateway-key-file", "gw1.key", "--app", &address("app", 0)]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("refused the relay: relay miner error rings/3 (invalid relay request signature)"),
        "{err}"
    );
    assert!(err.contains("the signer must be the app or a gateway the app delegated to"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    let out =
        relay_cmd(&env, &["--gateway-key-file", "gw1.key", "--app", &address("app", 0), "--output", "json"]);
    assert_eq!(out.status.code(), Some(7));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| panic!("{e}: {}", stderr(&out)));
    assert_eq!(v["error"]["kind"], "rejected", "{v:#}");
    assert_eq!(v["error"]["details"]["error"]["codespace"], "rings", "{v:#}");
    assert_eq!(v["error"]["details"]["error"]["code"], 3, "{v:#}");
}

#[test]
fn bench_counts_add_up_on_shannon() {
    let env = Env::new();
    let out = env
        .pgw()
        .args(["bench", "eth", ETH_BLOCK_NUMBER, "--devnet", "--protocol", "shannon"])
        .args(["-n", "60", "-c", "4", "--output", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let u = |v: &Value| v.as_u64().unwrap();
    assert_eq!(v["config"]["chain"], "eth");
    let totals = &v["totals"];
    assert_eq!((u(&totals["requests"]), u(&totals["successes"]), u(&totals["failures"])), (60, 60, 0));
    let nodes = v["nodes"].as_array().unwrap();
    assert_eq!(nodes.len(), 3);
    assert_eq!(nodes.iter().map(|n| u(&n["requests"])).sum::<u64>(), 60);
    assert!(nodes.iter().all(|n| n["address"].as_str().unwrap().starts_with("pokt1")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_relays_shannon_services_and_counts_per_supplier() {
    let devnet = Devnet::start(config(3, &[(0, Fault::Error(7))])).await.unwrap();
    let url = devnet.full_node_url.clone();
    let rpc = Rpc::new(Duration::from_millis(500), Duration::from_secs(2)).unwrap();
    let mut cfg = serve::Config::new(vec![url.clone()], rpc, gateway_for(0));
    cfg.source = FullNodes::shared(HashMap::from([(url.clone(), url)]));
    cfg.services = true;
    cfg.listen = "127.0.0.1:0".parse().unwrap();
    cfg.chains = vec!["eth".into()];
    let gateway = serve::start(cfg).await.unwrap_or_else(|e| panic!("{e}"));
    let client = reqwest::Client::new();
    let post = |path: &str, header: Option<&str>| {
        let mut request = client.post(format!("{}{path}", gateway.url)).body(ETH_BLOCK_NUMBER);
        if let Some(service) = header {
            request = request.header("Target-Service-Id", service);
        }
        request.send()
    };
    for (path, header) in [("/v1/eth", None), ("/v1/0021", None), ("/", Some("eth")), ("/", None)] {
        let response = post(path, header).await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.text().await.unwrap(), ANSWER, "{path}");
    }
    let response = post("/", Some("base")).await.unwrap();
    assert_eq!(response.status(), 404);
    assert!(response.text().await.unwrap().contains("chain base is not served by this gateway"));
    let metrics = client.get(format!("{}/metrics", gateway.url)).send().await.unwrap().text().await.unwrap();
    assert!(metrics.contains(r#"pgw_requests_total{chain="eth",outcome="ok"} 4"#), "{metrics}");
    // Every attempt (the requests', the sync checks') is counted once per supplier, in /metrics
    // and in /qos alike.
    let count = |outcome: &str| -> f64 {
        metrics
            .lines()
            .filter(|l| {
                l.starts_with(r#"pgw_relays_total{chain="eth""#)
                    && l.contains(&format!(r#"outcome="{outcome}""#))
            })
            .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
            .sum()
    };
    assert!(count("ok") >= 4.0, "{metrics}");
    let qos = client.get(format!("{}/qos", gateway.url)).send().await.unwrap().text().await.unwrap();
    let qos: Value = serde_json::from_str(&qos).unwrap();
    let chain = &qos["chains"][0];
    assert_eq!((&chain["chain"], &chain["session_height"]), (&"eth".into(), &97.into()));
    let nodes = chain["nodes"].as_array().unwrap();
    assert_eq!(nodes.len(), 3);
    let successes: u64 = nodes.iter().map(|n| n["successes"].as_u64().unwrap()).sum();
    let failures: u64 = nodes.iter().map(|n| n["failures"].as_u64().unwrap()).sum();
    assert_eq!(
        (successes as f64, failures as f64),
        (count("ok"), count("miner_error")),
        "{qos:#}\n{metrics}"
    );
    let refusing = &devnet.world.suppliers[0].actor.address;
    let node = nodes.iter().find(|n| n["address"] == *refusing.as_str()).unwrap();
    assert_eq!(node["successes"], 0, "{node:#}");
    assert!(gateway.shutdown().await);
    devnet.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_follows_every_apps_session_and_lists_each_in_qos() {
    // Six suppliers, two per session: the two apps (both delegated to gateway 0) get their own.
    let mut devnet_config = config(6, &[]);
    devnet_config.params.suppliers_per_session = 2;
    let devnet = Devnet::start(devnet_config).await.unwrap();
    let url = devnet.full_node_url.clone();
    let mut cfg = gateway_serving_apps_0_and_2(url);
    cfg.chains = vec!["eth".into()];
    cfg.refresh = serve::RefreshSettings {
        max_interval: Duration::from_millis(100),
        min_interval: Duration::from_millis(20),
        ..serve::RefreshSettings::default()
    };
    let gateway = serve::start(cfg).await.unwrap_or_else(|e| panic!("{e}"));
    let client = reqwest::Client::new();
    let qos = || async {
        let text = client.get(format!("{}/qos", gateway.url)).send().await.unwrap().text().await.unwrap();
        serde_json::from_str::<Value>(&text).unwrap()
    };
    let suppliers_of = |app: usize, height: i64| -> BTreeSet<String> {
        let session = devnet.world.session(&address("app", app), "eth", height).unwrap();
        session.suppliers.iter().map(|s| s.operator_address.clone()).collect()
    };
    let listed = |app: &Value| -> BTreeSet<String> {
        app["nodes"].as_array().unwrap().iter().map(|n| n["address"].as_str().unwrap().to_string()).collect()
    };
    for _ in 0..8 {
        let response =
            client.post(format!("{}/v1/eth", gateway.url)).body(ETH_BLOCK_NUMBER).send().await.unwrap();
        assert_eq!(response.status(), 200);
        assert_eq!(response.text().await.unwrap(), ANSWER);
    }
    let v = qos().await;
    let chain = &v["chains"][0];
    let apps = chain["apps"].as_array().unwrap_or_else(|| panic!("{v:#}"));
    assert_eq!(apps.len(), 2, "{v:#}");
    assert_ne!(suppliers_of(0, 100), suppliers_of(2, 100), "the seed gives the apps different suppliers");
    for (listed_app, app) in apps.iter().zip([0, 2]) {
        assert_eq!(listed_app["app"], address("app", app).as_str(), "{v:#}");
        assert_eq!(listed_app["session_height"], 97, "{v:#}");
        assert_eq!(listed(listed_app), suppliers_of(app, 100), "app {app}: {v:#}");
        // Each app's relays are counted on its own suppliers (the requests take turns).
        let successes: u64 =
            listed_app["nodes"].as_array().unwrap().iter().map(|n| n["successes"].as_u64().unwrap()).sum();
        assert!(successes >= 4, "app {app}: {v:#}");
    }
    // The top level is the first app's session, as for a one-app gateway.
    assert_eq!((&chain["session_height"], listed(chain)), (&97.into(), suppliers_of(0, 100)));
    // A rollover: both apps' sessions are refreshed in the background, with no request.
    devnet.world.advance(4);
    let mut heights = Vec::new();
    for _ in 0..100 {
        let v = qos().await;
        heights =
            v["chains"][0]["apps"].as_array().unwrap().iter().map(|a| a["session_height"].clone()).collect();
        if heights == [101, 101] {
            let apps = v["chains"][0]["apps"].as_array().unwrap().clone();
            assert_eq!(listed(&apps[0]), suppliers_of(0, 104), "{v:#}");
            assert_eq!(listed(&apps[1]), suppliers_of(2, 104), "{v:#}");
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(heights, [101, 101]);
    assert!(gateway.shutdown().await);
    devnet.shutdown().await;
}

#[tokio::test]
async fn a_gateways_apps_take_turns_each_with_its_own_session() {
    let mut net = Net::start(config(3, &[]), gateway_for(0)).await;
    net.engine.add_relayer(gateway_for(2));
    let mut apps = BTreeSet::new();
    for _ in 0..6 {
        net.relay(&retries(0)).await.unwrap();
    }
    for app in [0, 2] {
        let key = net.engine.sessions.key(&address("app", app), "eth");
        let entry = net.store.load(&key).unwrap_or_else(|| panic!("no session for app {app}"));
        apps.insert(entry.dispatch.session.app_public_key.clone());
        let ring = entry.dispatch.session.shannon.as_ref().unwrap().ring.len();
        assert_eq!(ring, if app == 0 { 2 } else { 3 });
    }
    assert_eq!(apps.len(), 2);
    net.devnet.shutdown().await;
}

#[test]
fn bench_spreads_relays_across_a_gateways_apps() {
    let env = Env::new();
    env.write("gw0.key", &hex::encode(*key("gateway", 0).to_bytes()));
    let out = env
        .pgw()
        .args(["bench", "eth", ETH_BLOCK_NUMBER, "--devnet", "--protocol", "shannon", "-v"])
        .args(["--gateway-key-file", "gw0.key", "--app", &address("app", 0), "--app", &address("app", 2)])
        .args(["-n", "40", "-c", "2", "--output", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["totals"]["successes"], 40);
    // One session per app: the second app's is fetched once the load starts.
    let sessions = stderr(&out).matches("session 97 (3 nodes) from http").count();
    assert!(sessions >= 2, "{}", stderr(&out));
}

/// Runs `pgw` off the runtime's threads (the devnet keeps serving on them).
async fn pgw_async(env: &Env, args: Vec<String>) -> std::process::Output {
    let mut cmd = env.pgw();
    cmd.args(args);
    tokio::task::spawn_blocking(move || cmd.output().unwrap()).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn full_node_failures_are_one_line_with_exit_5() {
    let env = Env::new();
    env.write("app1.key", &hex::encode(*key("app", 1).to_bytes()));
    let relay = |url: &str, service: &str| -> Vec<String> {
        [
            "relay",
            service,
            ETH_BLOCK_NUMBER,
            "--protocol",
            "shannon",
            "--full-node",
            url,
            "--app-key-file",
            "app1.key",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    // Nothing listening.
    let out = pgw_async(&env, relay("http://127.0.0.1:9", "eth")).await;
    assert_eq!(out.status.code(), Some(5));
    let err = stderr(&out);
    assert!(err.starts_with("pgw: error: no full node gave a session (http://127.0.0.1:9: "), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    // A service the app is not staked for: the full node's refusal, worded.
    let d = Devnet::start(config(3, &[])).await.unwrap();
    let out = pgw_async(&env, relay(&d.full_node_url, "base")).await;
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!(
            "pgw: error: full node {} refused the session: the full node refused (gRPC code 13): application",
            d.full_node_url
        )),
        "{err}"
    );
    assert!(err.contains("not staked for service ID \"base\""), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    d.shutdown().await;
    // A full node answering garbage.
    let d = Devnet::start(Config { full_node_fault: Fault::Garbage, ..config(3, &[]) }).await.unwrap();
    let out = pgw_async(&env, relay(&d.full_node_url, "eth")).await;
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(stderr(&out).contains("the answer is not JSON"), "{}", stderr(&out));
    assert_eq!(stderr(&out).lines().count(), 1);
    d.shutdown().await;
}

/// What the devnet's stake buys per supplier per session (protocol::shannon::throughput, as its
/// unit tests compute it): 100,000 POKT over ceil(9 / 4) = 3 pending sessions, split over the
/// session's 3 suppliers, at 1 compute unit × 42 / 1,000,000 upokt per relay.
fn devnet_relays_per_supplier() -> u64 {
    use pgw::protocol::shannon::throughput::{Inputs, compute};
    let t = compute(&Inputs {
        stake: 100_000_000_000,
        compute_units_per_relay: 1,
        compute_units_to_tokens_multiplier: 42,
        compute_unit_cost_granularity: 1_000_000,
        num_blocks_per_session: 4,
        session_end_to_proof_window_close_blocks: 1 + 4 + 4,
        suppliers_per_session: 3,
        target_hash: vec![0xff; 32],
    })
    .unwrap();
    assert_eq!(t.relays_per_supplier, 11_111_111_111u128 * 1_000_000 / 42);
    assert_eq!(t.relays_per_supplier, 264_550_264_547_619);
    t.relays_per_supplier as u64
}

/// The value of the `name` gauge whose labels include every one of `labels`.
fn gauge(metrics: &str, name: &str, labels: &[&str]) -> Option<u64> {
    metrics
        .lines()
        .filter(|l| l.starts_with(&format!("{name}{{")) && labels.iter().all(|w| l.contains(w)))
        .find_map(|l| l.rsplit(' ').next()?.parse().ok())
}

/// `pgw serve --relay-budget auto` on Shannon with two apps delegated to gateway 0: each app's
/// gauge is what its own stake buys per supplier per session.
#[test]
fn serve_relay_budget_auto_on_shannon_is_each_apps_relays_per_supplier() {
    use std::io::{BufRead, Read, Write};
    let env = Env::new();
    env.write("gw0.key", &hex::encode(*key("gateway", 0).to_bytes()));
    let (app0, app2) = (address("app", 0), address("app", 2));
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pgw"))
        .args(["serve", "--devnet", "--protocol", "shannon", "--listen", "127.0.0.1:0"])
        .args(["--relay-budget", "auto", "--gateway-key-file", "gw0.key", "--app", &app0, "--app", &app2])
        .args(["--output", "json", "-q"])
        .current_dir(env.dir.path())
        .env_remove("PGW_PROFILE")
        .env_remove("PGW_DISPATCHERS")
        .env("PGW_HOME", env.path("home"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let banner: Option<Value> = serde_json::from_str(&line).ok();
    let metrics = banner.as_ref().map(|banner| {
        let url = banner["url"].as_str().unwrap().trim_start_matches("http://").to_string();
        let mut stream = std::net::TcpStream::connect(url).unwrap();
        stream.write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        answer
    });
    std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    let _ = child.wait();
    let metrics = metrics.unwrap_or_else(|| panic!("no banner: {line:?}; {err}"));
    let want = devnet_relays_per_supplier();
    for app in [&app0, &app2] {
        let label = format!("app=\"{app}\"");
        assert_eq!(gauge(&metrics, "pgw_relay_budget", &[&label, "chain=\"eth\""]), Some(want), "{metrics}");
        assert_eq!(
            gauge(&metrics, "pgw_relay_budget_used", &[&label, "chain=\"eth\""]),
            Some(0),
            "{metrics}"
        );
    }
}

/// Two apps, each with its own budget per supplier (app 0: 1, as auto would set it from a small
/// stake; app 2: N = 2 for every app): once app 0 has spent its budget on its 3 suppliers, serve
/// relays with app 2 only, with no failed request; once that is spent too it answers the
/// documented error, without an attempt. Each app's counts and gauges are its own.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_apps_relay_budget_is_its_own_and_serve_moves_on_when_one_is_spent() {
    const N: u64 = 2;
    let devnet = Devnet::start(config(3, &[])).await.unwrap();
    let url = devnet.full_node_url.clone();
    let mut cfg = gateway_serving_apps_0_and_2(url);
    // anvil: no sync check, so only the requests spend the budgets.
    cfg.chains = vec!["anvil".into()];
    cfg.relay_budget = Some(N);
    cfg.app_budgets = HashMap::from([((address("app", 0), "anvil".to_string()), 1)]);
    let gateway = serve::start(cfg).await.unwrap_or_else(|e| panic!("{e}"));
    let client = reqwest::Client::new();
    let get = |path: &str| {
        let request = client.get(format!("{}{path}", gateway.url));
        async move { request.send().await.unwrap().text().await.unwrap() }
    };
    let (app0, app2) = (address("app", 0), address("app", 2));
    let label0 = format!("app=\"{app0}\"");
    let label2 = format!("app=\"{app2}\"");
    let metrics = get("/metrics").await;
    assert_eq!(gauge(&metrics, "pgw_relay_budget", &[&label0, "chain=\"anvil\""]), Some(1), "{metrics}");
    assert_eq!(gauge(&metrics, "pgw_relay_budget", &[&label2, "chain=\"anvil\""]), Some(N), "{metrics}");
    let suppliers = 3;
    let budget = suppliers * (1 + N);
    let mut answered = 0;
    for i in 0..budget + 2 {
        let response =
            client.post(format!("{}/v1/anvil", gateway.url)).body(ETH_BLOCK_NUMBER).send().await.unwrap();
        assert_eq!(response.status(), 200);
        let body = response.text().await.unwrap();
        if i < budget {
            assert_eq!(body, ANSWER, "request {i}");
            answered += 1;
            continue;
        }
        let v: Value = serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"));
        assert_eq!(v["error"]["code"], -32603, "{v:#}");
        assert_eq!(v["error"]["data"]["attempts"], 0, "{v:#}");
        assert_eq!(
            v["error"]["data"]["reason"],
            "no usable node in this session: every node is evicted or out of sync (GET /qos says why), or has spent its --relay-budget",
            "{v:#}"
        );
    }
    assert_eq!(answered, 9);
    // Each app's suppliers served exactly its budget.
    let qos: Value = serde_json::from_str(&get("/qos").await).unwrap();
    let apps = qos["chains"][0]["apps"].as_array().unwrap_or_else(|| panic!("{qos:#}"));
    for (listed, (app, limit)) in apps.iter().zip([(&app0, 1), (&app2, N)]) {
        assert_eq!(listed["app"], app.as_str(), "{qos:#}");
        let nodes = listed["nodes"].as_array().unwrap();
        assert_eq!(nodes.len(), suppliers as usize, "{qos:#}");
        for node in nodes {
            assert_eq!(
                (node["successes"].as_u64(), node["failures"].as_u64()),
                (Some(limit), Some(0)),
                "{qos:#}"
            );
        }
    }
    let metrics = get("/metrics").await;
    assert_eq!(gauge(&metrics, "pgw_relay_budget_used", &[&label0, "chain=\"anvil\""]), Some(3), "{metrics}");
    assert_eq!(
        gauge(&metrics, "pgw_relay_budget_used", &[&label2, "chain=\"anvil\""]),
        Some(suppliers * N),
        "{metrics}"
    );
    assert!(gateway.shutdown().await);
    devnet.shutdown().await;
}

/// `pgw bench` on Shannon shows each app's budget from its stake next to what the run used: a
/// row and a column in the table, `relay_budgets` and `nodes[].relay_budget` in JSON.
#[test]
fn bench_on_shannon_shows_the_apps_relay_budget_next_to_usage() {
    let env = Env::new();
    let want = devnet_relays_per_supplier();
    env.write("gw0.key", &hex::encode(*key("gateway", 0).to_bytes()));
    let (app0, app2) = (address("app", 0), address("app", 2));
    let bench = |extra: &[&str]| {
        env.pgw()
            .args([
                "bench",
                "eth",
                ETH_BLOCK_NUMBER,
                "--devnet",
                "--protocol",
                "shannon",
                "-n",
                "20",
                "-c",
                "2",
            ])
            .args(extra)
            .output()
            .unwrap()
    };
    let one_app = ["--gateway-key-file", "gw0.key", "--app", app0.as_str()];
    let out = bench(&[&one_app[..], &["--output", "json"]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let budgets = v["relay_budgets"].as_array().unwrap();
    assert_eq!(budgets.len(), 1, "{v:#}");
    let b = &budgets[0];
    assert_eq!(b["app"], app0.as_str());
    assert_eq!(b["service"], "eth");
    assert_eq!(b["stake"], 100_000_000_000u64);
    assert_eq!((&b["pending_sessions"], &b["suppliers"]), (&3.into(), &3.into()));
    assert_eq!(b["relay_cost_upokt"], "21/500000");
    assert_eq!(b["per_node_per_session"], want);
    assert_eq!(b["used"], 20);
    assert!(b.get("max_relays").is_none(), "{b}");
    let nodes = v["nodes"].as_array().unwrap();
    assert!(nodes.iter().all(|n| n["relay_budget"] == want), "{v:#}");
    let out = bench(&one_app);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let row = format!(
        "app {app0}: {want} relays per supplier per session on eth (stake 100000000000 upokt ÷ 3 pending sessions ÷ 3 suppliers, 21/500000 upokt per relay); used 20"
    );
    assert!(text.contains(&row), "{row:?} in {text}");
    assert!(text.contains("budget used") && text.contains(&format!(" / {want} (")), "{text}");
    // The devnet's default signer, gateway 0 for both its apps: one budget each, from each
    // app's own stake; the per-node column needs one app (the nodes' attempts mix the apps').
    let out = bench(&["--output", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let budgets = v["relay_budgets"].as_array().unwrap();
    let mut apps: Vec<&str> = budgets.iter().map(|b| b["app"].as_str().unwrap()).collect();
    apps.sort();
    let mut want_apps = [app0.as_str(), app2.as_str()];
    want_apps.sort();
    assert_eq!(apps, want_apps, "{v:#}");
    assert!(budgets.iter().all(|b| b["per_node_per_session"] == want && b["used"].is_null()), "{v:#}");
    assert!(v["nodes"].as_array().unwrap().iter().all(|n| n["relay_budget"].is_null()), "{v:#}");
}
