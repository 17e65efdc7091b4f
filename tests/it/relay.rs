//! Relays against an in-process devnet on 127.0.0.1: the engine (failover per fault profile,
//! avoided nodes, session rollovers, consensus, dispatcher failover, pinned nodes) and the
//! `pgw relay` command (output, exit codes and messages, the shared session cache).

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use pgw::devnet::faults::Fault;
use pgw::devnet::world::Params;
use pgw::devnet::{Config, Devnet, server};
use pgw::network::cache::{Entry, MemoryStore, SessionStore};
use pgw::network::engine::{
    Answer, Engine, Event, Observer, RelayError, RelayOptions, SessionError, Sessions,
};
use pgw::network::outcome::Attempt;
use pgw::network::rpc::Rpc;
use pgw::network::session::SessionNode;
use pgw::protocol::morse::aat::Aat;
use pgw::protocol::morse::keys::PrivateKey;
use pgw::protocol::morse::relay::{Payload, RelaySigner};
use serde_json::{Value, json};

use crate::common::*;

pub const ETH: &str = "0021";
/// eth_blockNumber at the devnet's start height (100), sorted and signed by a healthy node.
pub const ANSWER: &str = r#"{"id":1,"jsonrpc":"2.0","result":"0x112a8e4"}"#;
/// The same from a node lagging 50 blocks.
const LAGGING_ANSWER: &str = r#"{"id":1,"jsonrpc":"2.0","result":"0x112a8b2"}"#;
/// The first session of a devnet at its start height 100 with 4 blocks per session.
pub const SESSION_HEIGHT: i64 = 97;
const REFUSED: &str = "cannot connect: Connection refused (os error 111)";

/// A devnet whose height only moves with `world.advance`.
pub fn devnet_config(nodes: usize, session_nodes: usize, faults: &[(usize, Fault)]) -> Config {
    Config {
        nodes,
        params: Params { block_time: Duration::ZERO, session_node_count: session_nodes, ..Params::default() },
        faults: faults.iter().copied().collect::<HashMap<_, _>>(),
        ..Config::default()
    }
}

fn every(nodes: usize, fault: Fault) -> Vec<(usize, Fault)> {
    (0..nodes).map(|i| (i, fault)).collect()
}

fn signer() -> RelaySigner {
    let key = PrivateKey::from_hex(K_B).unwrap();
    RelaySigner::new(Aat::sign(&key, &key.public_key()), key).unwrap()
}

fn payload() -> Payload {
    Payload { data: ETH_BLOCK_NUMBER.into(), method: "POST".into(), ..Default::default() }
}

fn retries(retries: u32) -> RelayOptions {
    RelayOptions { retries, ..RelayOptions::default() }
}

/// An engine (K_B self-signed, in-memory sessions) on a devnet, with its events recorded.
struct Net {
    devnet: Devnet,
    engine: Engine,
    store: Arc<MemoryStore>,
    events: Arc<Mutex<Vec<Event>>>,
}

impl Net {
    async fn start(config: Config) -> Net {
        Net::with_timeout(config, TIMEOUT).await
    }

    async fn with_timeout(config: Config, timeout: Duration) -> Net {
        let devnet = Devnet::start(config).await.unwrap();
        let dispatchers = vec![devnet.dispatcher_url.clone()];
        Net::on(devnet, dispatchers, timeout)
    }

    fn on(devnet: Devnet, dispatchers: Vec<String>, timeout: Duration) -> Net {
        let store = Arc::new(MemoryStore::default());
        let events = Arc::new(Mutex::new(Vec::new()));
        let seen = events.clone();
        let sessions = Sessions {
            rpc: Rpc::new(Duration::from_millis(500), timeout).unwrap(),
            source: pgw::network::morse::Dispatchers::shared(),
            dispatchers,
            store: store.clone(),
            block_time: None,
            observer: Some(Observer::new(true, move |e: &Event| seen.lock().unwrap().push(e.clone()))),
        };
        Net {
            devnet,
            engine: Engine::new(sessions, pgw::network::morse::Relays::shared(signer())),
            store,
            events,
        }
    }

    async fn relay(&self, options: &RelayOptions) -> Result<Answer, RelayError> {
        self.engine.relay(ETH, &payload(), options).await
    }

    fn key(&self) -> String {
        self.engine.sessions.key(K_B_PUB, ETH)
    }

    fn entry(&self) -> Arc<Entry> {
        self.store.load(&self.key()).expect("a stored session")
    }

    fn dispatches(&self) -> u64 {
        self.devnet.world.dispatches.load(Ordering::Relaxed)
    }

    fn address(&self, index: usize) -> String {
        self.devnet.world.nodes[index].address.clone()
    }

    fn url(&self, index: usize) -> String {
        self.devnet.world.nodes[index].service_url.clone()
    }
}

fn outcomes(attempts: &[Attempt]) -> Vec<(&'static str, Option<u32>)> {
    attempts.iter().map(|a| (a.outcome, a.code)).collect()
}

#[tokio::test]
async fn a_relay_is_answered_verified_by_a_session_node() {
    let net = Net::start(devnet_config(3, 24, &[])).await;
    let answer = net.relay(&retries(2)).await.unwrap();
    assert_eq!(answer.response, ANSWER);
    assert!(answer.verified);
    assert_eq!(answer.session_height, SESSION_HEIGHT);
    assert_eq!(outcomes(&answer.attempts), [("ok", None)]);
    assert_eq!(answer.attempts[0].node, answer.node.address);
    assert_eq!(answer.attempts[0].error, None);
    let entry = net.entry();
    let node = entry.dispatch.node(&answer.node.address).expect("the answering node is in the session");
    assert_eq!(node.service_url, answer.node.service_url);
    assert_eq!(answer.agreeing, std::slice::from_ref(&answer.node));
    assert!(answer.dissenting.is_empty());
    assert!(entry.avoid.is_empty());
    assert_eq!((entry.blocks_per_session, net.dispatches()), (Some(4), 1));
}

/// 4 of 5 nodes have `fault`, and then all 5: the healthy node answers after failed attempts of
/// `kind` (whose nodes are avoided); with no healthy node the relay is exhausted.
async fn fails_over(fault: Fault, kind: &str, error: &str, timeout: Duration, all_retries: u32) {
    const HEALTHY: usize = 2;
    let faults: Vec<_> = (0..5).filter(|&i| i != HEALTHY).map(|i| (i, fault)).collect();
    let net = Net::with_timeout(devnet_config(5, 24, &faults), timeout).await;
    let answer = net.relay(&retries(4)).await.unwrap_or_else(|e| panic!("{fault}: {e:?}"));
    assert_eq!((answer.response.as_str(), answer.verified), (ANSWER, true), "{fault}");
    assert_eq!(answer.node.address, net.address(HEALTHY), "{fault}");
    let (last, failed) = answer.attempts.split_last().unwrap();
    assert_eq!((last.node.clone(), last.outcome), (net.address(HEALTHY), "ok"), "{fault}");
    for attempt in failed {
        assert_eq!((attempt.outcome, attempt.error.as_deref()), (kind, Some(error)), "{fault}");
    }
    let failed_nodes: BTreeSet<String> = failed.iter().map(|a| a.node.clone()).collect();
    assert_eq!(failed_nodes.len(), failed.len(), "{fault}: a node was tried twice");
    assert_eq!(net.entry().avoid, failed_nodes, "{fault}");

    let net = Net::with_timeout(devnet_config(5, 24, &every(5, fault)), timeout).await;
    match net.relay(&retries(all_retries)).await {
        Err(RelayError::Exhausted { last, attempts, nodes_left }) => {
            let tries = all_retries as usize + 1;
            assert_eq!(attempts.len(), tries, "{fault}");
            assert_eq!(nodes_left, 5 - tries, "{fault}");
            assert!(attempts.iter().all(|a| a.outcome == kind), "{fault}: {attempts:?}");
            let (node, failure) = *last.expect("the last failure");
            assert_eq!((node.address.as_str(), failure.kind()), (attempts[tries - 1].node.as_str(), kind));
            assert_eq!(failure.to_string(), error);
            let tried: BTreeSet<String> = attempts.iter().map(|a| a.node.clone()).collect();
            assert_eq!(net.entry().avoid, tried, "{fault}");
        }
        other => panic!("{fault}: {other:?}"),
    }
}

/// The request timeout of most engine tests.
const TIMEOUT: Duration = Duration::from_secs(1);

#[tokio::test]
async fn down_nodes_are_skipped_and_avoided() {
    fails_over(Fault::Down, "connect", REFUSED, TIMEOUT, 4).await;
}

/// Timeouts cost their full length: a 400 ms request timeout keeps the test quick, and the
/// 3 s delay is still far beyond it.
#[tokio::test]
async fn slow_nodes_time_out_and_are_avoided() {
    let error = "no answer before the timeout";
    fails_over(Fault::Slow(Duration::from_millis(3000)), "timeout", error, Duration::from_millis(400), 1)
        .await;
}

#[tokio::test]
async fn silent_nodes_time_out_and_are_avoided() {
    fails_over(Fault::Timeout, "timeout", "no answer before the timeout", Duration::from_millis(400), 1)
        .await;
}

#[tokio::test]
async fn http_5xx_nodes_are_avoided() {
    let error = r#"HTTP 503: "<html><body><h1>Server Timeout Handling Request</h1></body></html>""#;
    fails_over(Fault::Http5xx, "http_5xx", error, TIMEOUT, 4).await;
}

#[tokio::test]
async fn garbage_answers_are_avoided() {
    let error = r#"HTTP 200 but not a relay answer {response, signature}: "<html>502 Bad Gateway</html>""#;
    fails_over(Fault::Garbage, "garbage", error, TIMEOUT, 4).await;
}

#[tokio::test]
async fn bad_servicer_signatures_are_avoided() {
    let error = "the servicer's signature on the answer is invalid (code 41: the signature could not be verified with the message and pub key)";
    fails_over(Fault::BadSignature, "bad_signature", error, TIMEOUT, 4).await;
}

#[tokio::test]
async fn lagging_nodes_still_answer() {
    let net = Net::start(devnet_config(3, 24, &every(3, Fault::Lagging(50)))).await;
    let answer = net.relay(&retries(2)).await.unwrap();
    assert_eq!((answer.response.as_str(), answer.verified), (LAGGING_ANSWER, true));
    assert_eq!(outcomes(&answer.attempts), [("ok", None)]);
    assert!(net.entry().avoid.is_empty());
}

#[tokio::test]
async fn without_verification_bad_signatures_are_accepted_and_reported_unverified() {
    let mut net = Net::start(devnet_config(3, 24, &every(3, Fault::BadSignature))).await;
    net.engine.verify = false;
    let answer = net.relay(&retries(0)).await.unwrap();
    assert_eq!((answer.response.as_str(), answer.verified), (ANSWER, false));
    assert_eq!(outcomes(&answer.attempts), [("ok", None)]);
}

/// 12 relays, the chain moving to the next session (4 blocks) before every third: each relay
/// succeeds on the current session, the first after a move through a node's code 60. With
/// `strict`, no relay after the first dispatches again (the sessions come from the errors).
async fn roll_over(strict: bool) {
    let net = Net::start(devnet_config(5, 24, &[])).await;
    let mut session_height = SESSION_HEIGHT;
    for i in 0..12 {
        if i > 0 && i % 3 == 0 {
            net.devnet.world.advance(4);
            session_height += 4;
        }
        let answer = net.relay(&retries(2)).await.unwrap_or_else(|e| panic!("relay {i}: {e:?}"));
        assert_eq!(answer.session_height, session_height, "relay {i}");
        let expected = format!(r#"{{"id":1,"jsonrpc":"2.0","result":"0x{:x}"}}"#, 18_000_100 + (i / 3) * 4);
        assert_eq!(answer.response, expected, "relay {i}");
        assert_eq!(answer.attempts.last().map(|a| a.outcome), Some("ok"), "relay {i}");
        if i == 3 || (strict && i % 3 == 0 && i > 0) {
            // The cached session is stale: the node says 60 and hands over the next one.
            assert_eq!(outcomes(&answer.attempts), [("node_error", Some(60)), ("ok", None)], "relay {i}");
            let error = answer.attempts[0].error.as_deref().unwrap();
            assert_eq!(error, "code 60 (invalid_block_height): the block height passed is invalid");
        }
        if i <= 3 || strict {
            let learned = net.entry().block_time_ms;
            assert_eq!(
                net.dispatches(),
                1,
                "relay {i} dispatched again (learned block time: {learned:?} ms)"
            );
        }
    }
    assert_eq!(net.entry().dispatch.session.session_height, SESSION_HEIGHT + 12);
}

#[tokio::test]
async fn sessions_roll_over_with_the_dispatch_carried_in_code_60() {
    roll_over(false).await;
}

#[tokio::test]
async fn sessions_from_code_60_last_until_they_end_without_dispatching() {
    roll_over(true).await;
}

/// 6 nodes, 3 per session: the index of a node outside the session `entry` names.
fn outsider(net: &Net, session: &[SessionNode]) -> usize {
    let index = (0..net.devnet.world.nodes.len())
        .find(|&i| session.iter().all(|n| n.address != net.address(i)))
        .expect("a node outside the session");
    assert_eq!(session.len(), 3);
    index
}

#[tokio::test]
async fn a_code_14_switches_to_the_session_in_the_error_without_dispatching() {
    let net = Net::start(devnet_config(6, 3, &[])).await;
    let dispatcher = net.devnet.dispatcher_url.clone();
    let mut dispatch = net.engine.sessions.rpc.dispatch(&dispatcher, K_B_PUB, ETH).await.unwrap();
    let real = dispatch.session.nodes.clone();
    let stranger = outsider(&net, &real);
    let node = &net.devnet.world.nodes[stranger];
    dispatch.session.nodes = vec![SessionNode {
        address: node.address.clone(),
        public_key: node.public_key.clone(),
        service_url: node.service_url.clone(),
        jailed: false,
        chains: node.chains.clone(),
        stake: node.tokens.clone(),
    }];
    net.engine.sessions.adopt(&net.key(), &dispatcher, dispatch, Some(4));
    assert_eq!(net.dispatches(), 1);

    let answer = net.relay(&retries(1)).await.unwrap();
    assert_eq!(answer.response, ANSWER);
    assert_eq!(outcomes(&answer.attempts), [("node_error", Some(14)), ("ok", None)]);
    assert_eq!(answer.attempts[0].node, net.address(stranger));
    assert!(real.iter().any(|n| n.address == answer.node.address));
    assert_eq!(net.dispatches(), 1, "the session came from the error, not a dispatch");
    let entry = net.entry();
    assert_eq!(entry.dispatch.session.nodes, real);
    assert_eq!(entry.source, net.url(stranger));
}

#[tokio::test]
async fn consensus_returns_the_majority_and_names_the_lying_node() {
    let net = Net::start(devnet_config(3, 3, &[(1, Fault::Lagging(50))])).await;
    let options = RelayOptions { consensus: 3, ..retries(0) };
    let answer = net.relay(&options).await.unwrap();
    assert_eq!(answer.response, ANSWER);
    assert_eq!(answer.attempts.len(), 3);
    assert!(answer.attempts.iter().all(|a| a.outcome == "ok"));
    let agreeing: BTreeSet<String> = answer.agreeing.iter().map(|n| n.address.clone()).collect();
    assert_eq!(agreeing, BTreeSet::from([net.address(0), net.address(2)]));
    assert!(agreeing.contains(&answer.node.address));
    assert_eq!(answer.dissenting.len(), 1);
    assert_eq!(answer.dissenting[0].node.address, net.address(1));
    assert_eq!(answer.dissenting[0].response, LAGGING_ANSWER);

    let net = Net::start(devnet_config(2, 2, &[(1, Fault::Lagging(50))])).await;
    match net.relay(&RelayOptions { consensus: 2, ..retries(2) }).await {
        Err(RelayError::NoConsensus { groups, wanted, attempts }) => {
            assert_eq!((wanted, attempts.len()), (2, 2));
            let mut groups: Vec<(String, Vec<String>)> = groups
                .into_iter()
                .map(|(r, nodes)| (r, nodes.into_iter().map(|n| n.address).collect()))
                .collect();
            groups.sort();
            assert_eq!(
                groups,
                [
                    (LAGGING_ANSWER.to_string(), vec![net.address(1)]),
                    (ANSWER.to_string(), vec![net.address(0)])
                ]
            );
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_down_dispatcher_is_skipped_and_reported() {
    let down_port = server::closed_port([127, 0, 0, 1].into()).unwrap();
    let down = format!("http://{}", down_port.addr);
    let devnet = Devnet::start(devnet_config(2, 24, &[])).await.unwrap();
    let dispatchers = vec![down.clone(), devnet.dispatcher_url.clone()];
    let net = Net::on(devnet, dispatchers, TIMEOUT);
    let answer = net.relay(&retries(1)).await.unwrap();
    assert_eq!(answer.response, ANSWER);
    let events = net.events.lock().unwrap().clone();
    let failed: Vec<(String, String)> = events
        .iter()
        .filter_map(|e| match e {
            Event::DispatcherFailed { dispatcher, error } => Some((dispatcher.clone(), error.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(failed, [(down.clone(), REFUSED.to_string())]);
    let sources: Vec<(String, bool)> = events
        .iter()
        .filter_map(|e| match e {
            Event::Session { source, cached, .. } => Some((source.clone(), *cached)),
            _ => None,
        })
        .collect();
    assert_eq!(sources, [(net.devnet.dispatcher_url.clone(), false)]);

    let other_port = server::closed_port([127, 0, 0, 1].into()).unwrap();
    let other = format!("http://{}", other_port.addr);
    let devnet = Devnet::start(devnet_config(1, 24, &[])).await.unwrap();
    let net = Net::on(devnet, vec![down.clone(), other.clone()], TIMEOUT);
    match net.relay(&retries(1)).await {
        Err(RelayError::Session(SessionError::Unavailable(failures))) => {
            assert_eq!(failures, [(down, REFUSED.to_string()), (other, REFUSED.to_string())]);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(net.dispatches(), 0);
}

#[tokio::test]
async fn a_code_no_retry_fixes_stops_at_once_and_others_use_the_retries() {
    let net = Net::start(devnet_config(3, 24, &every(3, Fault::Error(45)))).await;
    match net.relay(&retries(2)).await {
        Err(RelayError::Rejected { node, failure, attempts }) => {
            assert_eq!(outcomes(&attempts), [("node_error", Some(45))]);
            assert_eq!(node.address, attempts[0].node);
            assert_eq!(
                failure.to_string(),
                "code 45 (app_not_found): the app could not be found in the world state"
            );
        }
        other => panic!("{other:?}"),
    }

    let net = Net::start(devnet_config(4, 24, &every(4, Fault::Error(90)))).await;
    match net.relay(&retries(2)).await {
        Err(RelayError::Exhausted { attempts, nodes_left, last }) => {
            assert_eq!(outcomes(&attempts), [("node_error", Some(90)); 3]);
            assert_eq!(nodes_left, 1);
            assert_eq!(last.unwrap().1.code(), Some(90));
            assert_eq!(net.entry().avoid.len(), 3);
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_pinned_node_answers_and_an_unknown_one_is_refused() {
    let net = Net::start(devnet_config(3, 24, &[])).await;
    for (index, pin) in [
        (1, net.address(1)),
        (2, net.address(2).to_ascii_uppercase()),
        (0, net.url(0)),
        (1, format!("{}/", net.url(1))),
    ] {
        let options = RelayOptions { node: Some(pin.clone()), ..retries(2) };
        let answer = net.relay(&options).await.unwrap_or_else(|e| panic!("{pin}: {e:?}"));
        assert_eq!(answer.response, ANSWER);
        assert_eq!(answer.node.address, net.address(index), "{pin}");
        assert_eq!(outcomes(&answer.attempts), [("ok", None)], "{pin}");
    }
    match net.relay(&RelayOptions { node: Some("deadbeef".into()), ..retries(2) }).await {
        Err(RelayError::NodeNotInSession { node, session }) => {
            assert_eq!(node, "deadbeef");
            let listed: Vec<String> = session.into_iter().map(|n| n.address).collect();
            let expected: Vec<String> =
                net.entry().dispatch.session.nodes.iter().map(|n| n.address.clone()).collect();
            assert_eq!((listed.len(), listed), (3, expected));
        }
        other => panic!("{other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// The command, as a separate process against a devnet served by this test's runtime.

/// A devnet kept running by a runtime of its own while `pgw` processes talk to it.
pub struct CliNet {
    pub devnet: Devnet,
    pub rt: tokio::runtime::Runtime,
    pub env: Env,
    /// The refused URLs' ports, held for the test.
    closed: Mutex<Vec<server::ClosedPort>>,
}

impl CliNet {
    pub fn start(config: Config) -> CliNet {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
        let devnet = rt.block_on(Devnet::start(config)).unwrap();
        CliNet { devnet, rt, env: Env::new(), closed: Mutex::default() }
    }

    pub fn url(&self) -> &str {
        &self.devnet.dispatcher_url
    }

    pub fn dispatches(&self) -> u64 {
        self.devnet.world.dispatches.load(Ordering::Relaxed)
    }

    /// A loopback URL nothing listens on (its port held while this lives).
    pub fn refused_url(&self) -> String {
        let port = self.rt.block_on(async { server::closed_port([127, 0, 0, 1].into()) }).unwrap();
        let url = format!("http://{}", port.addr);
        self.closed.lock().unwrap().push(port);
        url
    }

    /// `pgw relay eth ETH_BLOCK_NUMBER --dispatcher URL --app-key-file kb.key` plus `extra`.
    pub fn relay(&self, extra: &[&str]) -> assert_cmd::Command {
        let mut cmd = self.env.pgw();
        cmd.args(["relay", "eth", ETH_BLOCK_NUMBER, "--dispatcher", self.url(), "--app-key-file", "kb.key"])
            .args(extra);
        cmd
    }

    /// The session nodes of K_B on 0021 now, in session order: (address, service URL).
    pub fn session_nodes(&self) -> Vec<(String, String)> {
        let world = &self.devnet.world;
        let session = world.session(K_B_PUB, ETH, world.latest_session_height()).unwrap();
        session
            .nodes
            .iter()
            .map(|&i| (world.nodes[i].address.clone(), world.nodes[i].service_url.clone()))
            .collect()
    }
}

pub fn json_of(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("not JSON: {}{}", stdout(out), stderr(out)))
}

#[test]
fn the_command_prints_exactly_the_answer() {
    let env = Env::new();
    let out = env.pgw().args(["relay", "eth", ETH_BLOCK_NUMBER, "--devnet"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let text = stdout(&out);
    let hex = text
        .strip_prefix(r#"{"id":1,"jsonrpc":"2.0","result":"0x"#)
        .and_then(|rest| rest.strip_suffix(r#""}"#))
        .unwrap_or_else(|| panic!("not an eth_blockNumber answer: {text:?}"));
    assert!(
        !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)),
        "{text}"
    );
    assert!(!env.path("home").exists(), "--devnet writes nothing to disk (docs/ci.md)");

    let net = CliNet::start(devnet_config(3, 24, &[]));
    let out = net.relay(&[]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!((stdout(&out).as_str(), stderr(&out).as_str()), (ANSWER, ""));
}

#[test]
fn json_output_reports_the_node_attempts_and_consensus() {
    let net = CliNet::start(devnet_config(3, 24, &[]));
    let out = net.relay(&["--output", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let v = json_of(&out);
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["chain", "response", "verified", "node", "latency_ms", "session_height", "attempts"]);
    assert_eq!(v["chain"], ETH);
    assert_eq!(v["response"], json!({"id": 1, "jsonrpc": "2.0", "result": "0x112a8e4"}));
    assert_eq!((&v["verified"], &v["session_height"]), (&json!(true), &json!(SESSION_HEIGHT)));
    let nodes = net.session_nodes();
    let address = v["node"]["address"].as_str().unwrap();
    let (_, url) = nodes.iter().find(|(a, _)| a == address).expect("a session node");
    assert_eq!(v["node"], json!({"address": address, "service_url": url}));
    assert!(v["latency_ms"].as_f64().unwrap() >= 0.0);
    let attempts = v["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 1);
    let attempt = attempts[0].as_object().unwrap();
    assert_eq!(attempt.keys().collect::<Vec<_>>(), ["node", "service_url", "latency_ms", "outcome"]);
    assert_eq!(
        (&attempt["node"], &attempt["service_url"], &attempt["outcome"]),
        (&json!(address), &json!(url), &json!("ok"))
    );
    assert_eq!(attempt["latency_ms"], v["latency_ms"]);

    let out = net.relay(&["--output", "json", "--consensus", "3"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json_of(&out);
    assert_eq!(v["response"]["result"], "0x112a8e4");
    assert_eq!(v["attempts"].as_array().unwrap().len(), 3);
    let consensus = &v["consensus"];
    assert_eq!(
        consensus.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["wanted", "agreeing", "dissenting"]
    );
    assert_eq!((&consensus["wanted"], &consensus["dissenting"]), (&json!(3), &json!([])));
    let mut agreeing: Vec<(String, String)> = consensus["agreeing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["address"].as_str().unwrap().to_string(), n["service_url"].as_str().unwrap().to_string()))
        .collect();
    agreeing.sort();
    let mut expected = nodes.clone();
    expected.sort();
    assert_eq!(agreeing, expected);
}

fn short(address: &str) -> &str {
    &address[..8]
}

#[test]
fn exit_5_when_no_dispatcher_answers() {
    let env = Env::new();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let down_port = rt.block_on(async { server::closed_port([127, 0, 0, 1].into()) }).unwrap();
    let down = format!("http://{}", down_port.addr);
    let out = env
        .pgw()
        .args(["relay", "eth", ETH_BLOCK_NUMBER, "--dispatcher", &down, "--app-key-file", "kb.key"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert_eq!(stdout(&out), "");
    let message = format!(
        "no dispatcher gave a session ({down}: {REFUSED}); check the URLs with `pgw config show` and that the network is up"
    );
    assert_eq!(stderr(&out), format!("pgw: error: {message}\n"));

    let out = env
        .pgw()
        .args(["relay", "eth", ETH_BLOCK_NUMBER, "--dispatcher", &down, "--app-key-file", "kb.key"])
        .args(["--output", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert_eq!(stderr(&out), format!("pgw: error: {message}\n"));
    assert_eq!(
        json_of(&out),
        json!({"error": {
            "kind": "no_session",
            "message": message,
            "exit_code": 5,
            "details": {"dispatchers": [{"url": down, "error": REFUSED}]},
        }})
    );
}

#[test]
fn exit_6_when_every_node_is_down() {
    let net = CliNet::start(devnet_config(2, 24, &every(2, Fault::Down)));
    let out = net.relay(&["--output", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    let v = json_of(&out);
    let attempts = v["error"]["details"]["attempts"].as_array().unwrap().clone();
    assert_eq!(attempts.len(), 2);
    assert!(attempts.iter().all(|a| a["outcome"] == "connect" && a["error"] == REFUSED), "{attempts:?}");
    let last = &attempts[1];
    let message = format!(
        "the relay failed on 2 attempts; last: node {} ({}): {REFUSED}. No usable node is left in this session (failed nodes are avoided until it ends).",
        short(last["node"].as_str().unwrap()),
        last["service_url"].as_str().unwrap()
    );
    assert_eq!(stderr(&out), format!("pgw: error: {message}\n"));
    assert_eq!(
        v,
        json!({"error": {
            "kind": "exhausted",
            "message": message,
            "exit_code": 6,
            "details": {"attempts": attempts, "nodes_left": 0},
        }})
    );
}

#[test]
fn exit_7_when_a_node_refuses_with_a_code_no_retry_fixes() {
    let net = CliNet::start(devnet_config(2, 24, &every(2, Fault::Error(45))));
    let out = net.relay(&[]).output().unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    let (address, url) = net
        .session_nodes()
        .into_iter()
        .find(|(a, _)| err.starts_with(&format!("pgw: error: node {} (", short(a))))
        .unwrap_or_else(|| panic!("{err}"));
    assert_eq!(
        err,
        format!(
            "pgw: error: node {} ({url}) refused the relay: code 45 (app_not_found): the app could not be found in the world state. \
             No application staked with the AAT's app_pub_key exists at the session height. Likely culprit: application. \
             Check that the AAT names the staked app's public key (`pgw aat verify`) and that the app is staked; \
             a newly staked app is only served from the next session (`pgw dispatch`).\n",
            short(&address)
        )
    );
}

#[test]
fn exit_8_without_a_majority() {
    let net = CliNet::start(devnet_config(2, 24, &[(1, Fault::Lagging(50))]));
    let out = net.relay(&["--consensus", "2"]).output().unwrap();
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        "pgw: error: no majority: 2 of 2 nodes answered, in 2 different ways (1 + 1); no answer had more than 1\n"
    );
}

#[test]
fn exit_2_for_a_node_outside_the_session() {
    let net = CliNet::start(devnet_config(2, 24, &[]));
    let out = net.relay(&["--node", "deadbeef"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    let listed: Vec<String> =
        net.session_nodes().iter().map(|(a, u)| format!("{} ({u})", short(a))).collect();
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: error: --node deadbeef is not in the current session; its nodes are: {}\n",
            listed.join(", ")
        )
    );
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn parallel_processes_share_one_private_session_cache() {
    let net = CliNet::start(devnet_config(3, 24, &[]));
    let outputs: Vec<std::process::Output> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..6).map(|_| s.spawn(|| net.relay(&[]).output().unwrap())).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for out in &outputs {
        assert_eq!(out.status.code(), Some(0), "{}", stderr(out));
        assert_eq!((stdout(out).as_str(), stderr(out).as_str()), (ANSWER, ""));
    }
    let after_parallel = net.dispatches();
    assert!((1..=6).contains(&after_parallel), "{after_parallel} dispatches");
    for _ in 0..3 {
        let out = net.relay(&[]).output().unwrap();
        assert_eq!((out.status.code(), stdout(&out).as_str()), (Some(0), ANSWER), "{}", stderr(&out));
    }
    assert_eq!(net.dispatches(), after_parallel, "sequential relays used the cached session");

    let dir = net.env.path("home/cache/sessions");
    let mut files: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    files.sort();
    assert_eq!(files.len(), 2, "{files:?}");
    assert_eq!(files[0], ".lock");
    assert!(files[1].starts_with("0021-") && files[1].ends_with(".json"), "{files:?}");
    #[cfg(unix)]
    {
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&net.env.path("home/cache")), 0o700);
        for file in &files {
            assert_eq!(mode(&dir.join(file)), 0o600, "{file}");
        }
    }
}

/// Checks an `attempt: node … ok` line and returns the node's address.
fn attempt_line<'a>(line: &str, nodes: &'a [(String, String)]) -> &'a str {
    let (address, url) = nodes
        .iter()
        .find(|(a, u)| line.starts_with(&format!("attempt: node {} {u} ", short(a))))
        .unwrap_or_else(|| panic!("{line:?}"));
    let latency = line
        .strip_prefix(&format!("attempt: node {} {url} ", short(address)))
        .and_then(|rest| rest.strip_suffix(" ms ok"))
        .unwrap_or_else(|| panic!("{line:?}"));
    let (whole, tenths) = latency.split_once('.').unwrap_or_else(|| panic!("{line:?}"));
    assert!(whole.parse::<u64>().is_ok() && tenths.len() == 1 && tenths.parse::<u8>().is_ok(), "{line:?}");
    address
}

#[test]
fn verbose_lines_go_to_stderr_only() {
    let net = CliNet::start(devnet_config(3, 24, &[]));
    let nodes = net.session_nodes();
    let out = net.relay(&["-v"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), ANSWER);
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert_eq!(lines[0], format!("session {SESSION_HEIGHT} (3 nodes) from {}", net.url()));
    attempt_line(lines[1], &nodes);
    assert!(err.ends_with('\n'));

    let out = net.relay(&["-v"]).output().unwrap();
    assert_eq!(stdout(&out), ANSWER);
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert_eq!(
        lines[0],
        format!("session {SESSION_HEIGHT} (3 nodes) from the cache (dispatched by {})", net.url())
    );
    attempt_line(lines[1], &nodes);
}
