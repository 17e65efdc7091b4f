//! The Shannon devnet (`pgw devnet --protocol shannon`) with the Shannon full-node client and
//! `pgw dispatch --protocol shannon`: the full node's routes parse with the client; relays
//! signed with the pure protocol code are accepted by a relay miner and their answers verify;
//! rejections carry the relay miner's codespace, code and message.

use std::collections::{BTreeSet, HashMap};
use std::time::Duration;

use pgw::devnet::faults::Fault;
use pgw::devnet::shannon::world::{self, Params};
use pgw::devnet::shannon::{Config, Devnet};
use pgw::network::fullnode::{self, FullNode};
use pgw::network::rpc::{DispatchError, Rpc};
use pgw::protocol::shannon::keys::{PrivateKey, PublicKey};
use pgw::protocol::shannon::relay::{self, MinerError};
use pgw::protocol::shannon::rest::{RpcType, Session};
use pgw::protocol::shannon::wire::{self, PoktHttpRequest, SessionHeader, header_map};
use serde_json::Value;

use crate::common::{ETH_BLOCK_NUMBER, Env, stderr, stdout};

const SEED: &str = "pgw-devnet";

fn frozen() -> Params {
    // Height frozen at 100: session 97..=100 (4 blocks), grace 1.
    Params { block_time: Duration::ZERO, ..Params::default() }
}

async fn start(config: Config) -> Devnet {
    Devnet::start(config).await.unwrap()
}

fn rpc() -> Rpc {
    Rpc::new(Duration::from_secs(2), Duration::from_secs(5)).unwrap()
}

fn node(d: &Devnet) -> FullNode {
    FullNode { rest: d.full_node_url.clone(), comet: Some(d.full_node_url.clone()) }
}

fn key(role: &str, i: usize) -> PrivateKey {
    world::key(SEED, role, i)
}

fn eth_payload(url: &str) -> Vec<u8> {
    relay::http_payload(&PoktHttpRequest {
        method: "POST".into(),
        header: header_map([("Content-Type", "application/json")]),
        url: url.to_string(),
        body_bz: ETH_BLOCK_NUMBER.as_bytes().to_vec(),
    })
}

/// POSTs a relay to a relay miner as a gateway does: protobuf body, `Rpc-Type: 3` (JSON_RPC).
async fn post(url: &str, body: Vec<u8>) -> wire::DecodedResponse {
    let response = reqwest::Client::new().post(url).header("Rpc-Type", "3").body(body).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["connection"], "close");
    wire::decode_response(&response.bytes().await.unwrap()).unwrap()
}

/// Signs an eth_blockNumber relay for `header`'s app with `signer` over `ring`, to `supplier`.
fn signed(
    header: &SessionHeader,
    supplier: &str,
    url: &str,
    ring: &[PublicKey],
    signer: &PrivateKey,
) -> Vec<u8> {
    relay::sign_request(header.clone(), supplier, eth_payload(url), ring, signer).unwrap().to_bytes()
}

fn refused(decoded: &wire::DecodedResponse) -> MinerError {
    let e = relay::miner_error(&decoded.response).expect("a relay miner error");
    assert!(decoded.response.meta().supplier_operator_signature.is_empty());
    assert_eq!(decoded.response.payload, e.message.as_bytes());
    e
}

/// The answer verifies against the supplier's key, its payload hash matches, and the chain's
/// JSON-RPC answer is inside.
fn verify_answer(decoded: &wire::DecodedResponse, supplier: &PublicKey) -> Value {
    assert_eq!(relay::miner_error(&decoded.response), None);
    relay::verify_response_signature(decoded, supplier).expect("the supplier's signature verifies");
    assert_eq!(relay::payload_hash_matches(decoded), Some(true));
    let http = wire::decode_http_response(&decoded.response.payload).unwrap();
    assert_eq!(http.status_code, 200);
    serde_json::from_slice(&http.body_bz).unwrap()
}

async fn session_of(d: &Devnet, app: usize) -> Session {
    let app = d.world.apps[app].0.address.clone();
    fullnode::get_session(&rpc(), &node(d), &app, "eth", 0).await.unwrap()
}

#[tokio::test]
async fn full_node_routes_parse_with_the_client() {
    let config = Config { params: frozen(), keyless: BTreeSet::from([2]), ..Config::default() };
    let d = start(config).await;
    let (rpc, n) = (rpc(), node(&d));
    assert_eq!(fullnode::latest_height(&rpc, &n).await.unwrap(), 100);
    let rest_only = FullNode::new(&d.full_node_url);
    assert_eq!(fullnode::latest_height(&rpc, &rest_only).await.unwrap(), 100);
    let params = fullnode::shared_params(&rpc, &n).await.unwrap();
    assert_eq!((params.num_blocks_per_session, params.grace_period_end_offset_blocks), (4, 1));

    let (app0, gw0, gw1) = (
        d.world.apps[0].0.address.clone(),
        d.world.gateways[0].address.clone(),
        d.world.gateways[1].address.clone(),
    );
    let app = fullnode::application(&rpc, &n, &app0).await.unwrap();
    assert_eq!(app.delegatee_gateway_addresses, std::slice::from_ref(&gw0));
    let app2 = fullnode::application(&rpc, &n, &d.world.apps[2].0.address).await.unwrap();
    assert_eq!(app2.pending_undelegations.get(&108), Some(&vec![gw1.clone()]));
    assert_eq!(fullnode::gateway(&rpc, &n, &gw0).await.unwrap().address, gw0);
    assert_eq!(fullnode::account_key(&rpc, &n, &gw0).await.unwrap(), Some(d.world.gateways[0].public_key));
    // A supplier that never signed a transaction, and an account that does not exist.
    let keyless = d.world.suppliers[2].actor.address.clone();
    assert_eq!(fullnode::account_key(&rpc, &n, &keyless).await.unwrap(), None);
    let stranger = key("stranger", 0).public_key().address();
    assert_eq!(fullnode::account_key(&rpc, &n, &stranger).await.unwrap(), None);
    match fullnode::application(&rpc, &n, &stranger).await {
        Err(DispatchError::Refused { code: Some(5), message }) => {
            assert_eq!(message, format!("app address: {stranger}: application not found"))
        }
        other => panic!("{other:?}"),
    }

    // Ring keys: the app's and its gateways', in order; an account without a key is refused.
    let keys = fullnode::ring_keys(&rpc, &n, &app0, std::slice::from_ref(&gw0)).await.unwrap();
    assert_eq!(keys, [d.world.apps[0].0.public_key, d.world.gateways[0].public_key]);
    match fullnode::ring_keys(&rpc, &n, &app0, std::slice::from_ref(&keyless)).await {
        Err(DispatchError::Refused { code: None, message }) => assert_eq!(
            message,
            format!(
                "the gateway {keyless} has no public key on chain (its account never signed a transaction), so it cannot be in a ring: send any transaction from it first"
            )
        ),
        other => panic!("{other:?}"),
    }

    let session = fullnode::fetch_session(&rpc, &n, &app0, "eth").await.unwrap();
    let h = &session.session.header;
    assert_eq!((h.session_start_block_height, h.session_end_block_height), (97, 100));
    assert_eq!(h.session_id.len(), 64);
    assert_eq!(session.grace_end_height(), 101);
    assert_eq!(session.ring_gateways, [gw0]);
    assert_eq!(session.suppliers.len(), 3);
    assert_eq!(session.keyless_suppliers(), [keyless.as_str()]);
    let s0 =
        session.suppliers.iter().find(|s| s.operator_address == d.world.suppliers[0].actor.address).unwrap();
    assert_eq!(s0.endpoints[0].rpc_type, RpcType::JsonRpc);
    assert_eq!(s0.endpoints[0].url, d.world.suppliers[0].url);
    // The neutral session: keyed suppliers only, 66-hex keys, JSON-RPC URLs.
    let dispatch = session.dispatch();
    assert_eq!(dispatch.block_height, 100);
    assert_eq!(dispatch.session.key, h.session_id);
    assert_eq!(dispatch.session.chain, "eth");
    assert_eq!(dispatch.session.app_public_key, app0);
    assert_eq!(dispatch.session.nodes.len(), 2);
    assert!(dispatch.session.nodes.iter().all(|n| n.public_key.len() == 66));
    d.shutdown().await;
}

#[tokio::test]
async fn the_previous_session_comes_along_during_its_grace_period() {
    // Height 101: session 101..=104; the previous one (97..=100) is in its grace block.
    let d = start(Config { params: Params { start_height: 101, ..frozen() }, ..Config::default() }).await;
    let app0 = d.world.apps[0].0.address.clone();
    let s = fullnode::fetch_session(&rpc(), &node(&d), &app0, "eth").await.unwrap();
    assert_eq!(s.session.header.session_start_block_height, 101);
    let previous = s.previous.expect("the previous session");
    assert_eq!((previous.session_start_block_height, previous.session_end_block_height), (97, 100));
    assert_ne!(previous.session_id, s.session.header.session_id);
    // A relay on it is still accepted at height 101.
    let w = &d.world;
    let supplier = &w.suppliers[0];
    let ring = [w.apps[0].0.public_key, w.gateways[0].public_key];
    let body = signed(&previous, &supplier.actor.address, &supplier.url, &ring, &key("gateway", 0));
    verify_answer(&post(&supplier.url, body).await, &supplier.actor.public_key);
    w.advance(1);
    assert_eq!(fullnode::fetch_session(&rpc(), &node(&d), &app0, "eth").await.unwrap().previous, None);
    d.shutdown().await;
}

#[tokio::test]
async fn relays_in_both_gateway_modes_are_accepted_and_verify() {
    let d = start(Config { params: frozen(), ..Config::default() }).await;
    let w = &d.world;
    // A gateway signing for an app that delegated to it: ring [app, gateway].
    let s = session_of(&d, 0).await;
    let supplier = &w.suppliers[0];
    let ring = [w.apps[0].0.public_key, w.gateways[0].public_key];
    let body = signed(&s.header, &supplier.actor.address, &supplier.url, &ring, &key("gateway", 0));
    let decoded = post(&supplier.url, body).await;
    let answer = verify_answer(&decoded, &supplier.actor.public_key);
    assert_eq!(answer["result"], format!("0x{:x}", 18_000_100));
    assert_eq!(decoded.response.meta().session_header.unwrap(), s.header);
    // An app signing for itself: ring [app, placeholder].
    let s = session_of(&d, 1).await;
    let ring = relay::ring_for(&[w.apps[1].0.public_key]);
    let body = signed(&s.header, &supplier.actor.address, &supplier.url, &ring, &key("app", 1));
    verify_answer(&post(&supplier.url, body).await, &supplier.actor.public_key);
    // A gateway with a pending undelegation is still in the ring of this session (recorded at 108).
    let s = session_of(&d, 2).await;
    let ring = [w.apps[2].0.public_key, w.gateways[1].public_key];
    let body = signed(&s.header, &supplier.actor.address, &supplier.url, &ring, &key("gateway", 1));
    verify_answer(&post(&supplier.url, body).await, &supplier.actor.public_key);
    d.shutdown().await;
}

#[tokio::test]
async fn relay_miners_pick_the_backend_by_rpc_type() {
    let d = start(Config { params: frozen(), ..Config::default() }).await;
    let w = &d.world;
    let s = session_of(&d, 0).await;
    let supplier = w.suppliers.iter().find(|x| x.actor.address == s.suppliers[0].operator_address).unwrap();
    // Every supplier stakes a JSON_RPC endpoint (its relay miner) and a REST one below /rest.
    let endpoints = &s.suppliers[0].services["eth"];
    let kinds: Vec<(RpcType, &str)> = endpoints.iter().map(|e| (e.rpc_type, e.url.as_str())).collect();
    let rest_url = format!("{}/rest", supplier.url);
    assert_eq!(kinds, [(RpcType::JsonRpc, supplier.url.as_str()), (RpcType::Rest, rest_url.as_str())]);
    let ring = [w.apps[0].0.public_key, w.gateways[0].public_key];
    let get = |url: &str| {
        let payload = relay::http_payload(&PoktHttpRequest {
            method: "GET".into(),
            header: header_map([("Content-Type", "application/json")]),
            url: format!("{url}/v1/query/height"),
            body_bz: vec![],
        });
        relay::sign_request(s.header.clone(), &supplier.actor.address, payload, &ring, &key("gateway", 0))
            .unwrap()
            .to_bytes()
    };
    let send = |url: String, rpc_type: &'static str, body: Vec<u8>| async move {
        let response =
            reqwest::Client::new().post(url).header("Rpc-Type", rpc_type).body(body).send().await.unwrap();
        let decoded = wire::decode_response(&response.bytes().await.unwrap()).unwrap();
        let http = wire::decode_http_response(&decoded.response.payload).unwrap();
        (http.status_code, String::from_utf8(http.body_bz).unwrap())
    };
    // REST (Rpc-Type 4) at the REST endpoint: the chain's REST route answers.
    assert_eq!(send(rest_url.clone(), "4", get(&rest_url)).await, (200, r#"{"height":100}"#.to_string()));
    // The same request as JSON-RPC (Rpc-Type 3): the JSON-RPC backend has no REST routes.
    let (status, body) = send(supplier.url.clone(), "3", get(&supplier.url)).await;
    assert_eq!(status, 404, "{body}");
    assert!(body.contains("REST requests go to the REST endpoint, Rpc-Type 4"), "{body}");
    // JSON-RPC at the JSON-RPC endpoint, as before.
    let body = signed(&s.header, &supplier.actor.address, &supplier.url, &ring, &key("gateway", 0));
    verify_answer(&post(&supplier.url, body).await, &supplier.actor.public_key);
    d.shutdown().await;
}

#[tokio::test]
async fn relay_miner_rejections_carry_poktrolls_errors() {
    let params = Params { suppliers_per_session: 2, ..frozen() };
    let d = start(Config { params, ..Config::default() }).await;
    let w = &d.world;
    let s = session_of(&d, 0).await;
    let in_session: Vec<&str> = s.suppliers.iter().map(|s| s.operator_address.as_str()).collect();
    let inside = w.suppliers.iter().find(|x| in_session.contains(&x.actor.address.as_str())).unwrap();
    let outside = w.suppliers.iter().find(|x| !in_session.contains(&x.actor.address.as_str())).unwrap();
    let app0 = w.apps[0].0.address.clone();
    let good_ring = [w.apps[0].0.public_key, w.gateways[0].public_key];

    // A ring lacking the signer's delegation: gateway 1 signs for app 0 over [app 0, gateway 1].
    let ring = [w.apps[0].0.public_key, w.gateways[1].public_key];
    let body = signed(&s.header, &inside.actor.address, &inside.url, &ring, &key("gateway", 1));
    let e = refused(&post(&inside.url, body).await);
    assert_eq!((e.codespace.as_str(), e.code), ("rings", 3));
    assert_eq!(e.description, "invalid relay request signature");
    assert_eq!(
        e.message,
        format!(
            "ring signature in the relay request does not match the expected one for the app {app0}: invalid relay request signature"
        )
    );

    // A supplier outside the session, at its own relay miner.
    let body = signed(&s.header, &outside.actor.address, &outside.url, &good_ring, &key("gateway", 0));
    let decoded = post(&outside.url, body).await;
    let e = refused(&decoded);
    assert_eq!((e.codespace.as_str(), e.code), ("relay_authenticator", 2));
    assert_eq!(e.message, "supplier does not belong to session");
    assert_eq!(decoded.response.meta().session_header.unwrap(), s.header);

    // A supplier this miner does not sign for.
    let body = signed(&s.header, &outside.actor.address, &inside.url, &good_ring, &key("gateway", 0));
    let e = refused(&post(&inside.url, body).await);
    assert_eq!((e.codespace.as_str(), e.code), ("relayer_proxy", 9));

    // Not a RelayRequest.
    let decoded = post(&inside.url, b"\xff\xff garbage".to_vec()).await;
    let e = refused(&decoded);
    assert_eq!(
        (e.codespace.as_str(), e.code, e.description.as_str()),
        ("relayer_proxy", 14, "failed to unmarshal relay request")
    );
    assert_eq!(decoded.response.meta().session_header.unwrap().service_id, "unknown_service_id");

    // A stale session: the chain moves past the session end (100) and its grace block (101).
    let stale = signed(&s.header, &inside.actor.address, &inside.url, &good_ring, &key("gateway", 0));
    w.advance(1);
    verify_answer(&post(&inside.url, stale.clone()).await, &inside.actor.public_key);
    w.advance(1);
    let e = refused(&post(&inside.url, stale).await);
    assert_eq!((e.codespace.as_str(), e.code), ("relay_authenticator", 1));
    assert_eq!(
        e.message,
        "session expired, expecting: 100, got: 102. This may indicate network delay or RelayMiner overload.: invalid session in relayer request"
    );

    // Two sessions later the pending undelegation of gateway 1 (at 108) is over for app 2.
    w.advance(10); // height 112: session 109..=112
    let s2 = session_of(&d, 2).await;
    assert_eq!(s2.header.session_end_block_height, 112);
    let target = s2.suppliers[0].operator_address.clone();
    let miner = w.supplier(&target).unwrap();
    let ring = [w.apps[2].0.public_key, w.gateways[1].public_key];
    let body = signed(&s2.header, &target, &miner.url, &ring, &key("gateway", 1));
    let e = refused(&post(&miner.url, body).await);
    assert_eq!((e.codespace.as_str(), e.code), ("rings", 3));
    d.shutdown().await;
}

#[tokio::test]
async fn fault_profiles_apply_to_relay_miners_and_the_full_node() {
    let faults = HashMap::from([(0, Fault::BadSignature), (1, Fault::Error(7)), (2, Fault::Garbage)]);
    let d = start(Config { params: frozen(), faults, ..Config::default() }).await;
    let w = &d.world;
    let s = session_of(&d, 0).await;
    let ring = [w.apps[0].0.public_key, w.gateways[0].public_key];
    let body = |i: usize| {
        signed(&s.header, &w.suppliers[i].actor.address, &w.suppliers[i].url, &ring, &key("gateway", 0))
    };
    let decoded = post(&w.suppliers[0].url, body(0)).await;
    assert!(relay::verify_response_signature(&decoded, &w.suppliers[0].actor.public_key).is_err());
    let e = refused(&post(&w.suppliers[1].url, body(1)).await);
    assert_eq!((e.codespace.as_str(), e.code), ("relayer_proxy", 7));
    let raw = reqwest::Client::new().post(&w.suppliers[2].url).body(body(2)).send().await.unwrap();
    assert!(wire::decode_response(&raw.bytes().await.unwrap()).is_err());
    d.shutdown().await;

    // down, slow and lagging relay miners; a lagging full node.
    let faults = HashMap::from([
        (0, Fault::Down),
        (1, Fault::Slow(Duration::from_millis(200))),
        (2, Fault::Lagging(3)),
    ]);
    let config = Config { params: frozen(), faults, full_node_fault: Fault::Lagging(5), ..Config::default() };
    let d = start(config).await;
    let w = &d.world;
    assert_eq!(fullnode::latest_height(&rpc(), &node(&d)).await.unwrap(), 95);
    // The session as of the chain's real height (the miners are not lagging by default).
    let app0 = w.apps[0].0.address.clone();
    let s = fullnode::get_session(&rpc(), &node(&d), &app0, "eth", 95).await.unwrap();
    let ring = [w.apps[0].0.public_key, w.gateways[0].public_key];
    let body = |i: usize| {
        signed(&s.header, &w.suppliers[i].actor.address, &w.suppliers[i].url, &ring, &key("gateway", 0))
    };
    assert!(
        reqwest::Client::new().post(&w.suppliers[0].url).body(body(0)).send().await.unwrap_err().is_connect()
    );
    let started = std::time::Instant::now();
    let decoded = post(&w.suppliers[1].url, body(1)).await;
    assert!(started.elapsed() >= Duration::from_millis(200));
    // Session 93..=96 at the miner's real height 100 is past its grace block (97).
    let e = refused(&decoded);
    assert_eq!((e.codespace.as_str(), e.code), ("relay_authenticator", 1));
    // The lagging miner (height 97) still accepts it, and its chain answers 3 blocks behind.
    let answer = verify_answer(&post(&w.suppliers[2].url, body(2)).await, &w.suppliers[2].actor.public_key);
    assert_eq!(answer["result"], format!("0x{:x}", 18_000_097));
    d.shutdown().await;

    // 5xx and timeout relay miners.
    let faults = HashMap::from([(0, Fault::Http5xx), (1, Fault::Timeout)]);
    let d = start(Config { params: frozen(), faults, ..Config::default() }).await;
    let w = &d.world;
    let s = session_of(&d, 0).await;
    let body = |i: usize| {
        signed(&s.header, &w.suppliers[i].actor.address, &w.suppliers[i].url, &ring, &key("gateway", 0))
    };
    let client = reqwest::Client::builder().timeout(Duration::from_millis(300)).build().unwrap();
    assert_eq!(client.post(&w.suppliers[0].url).body(body(0)).send().await.unwrap().status(), 503);
    assert!(client.post(&w.suppliers[1].url).body(body(1)).send().await.unwrap_err().is_timeout());
    d.shutdown().await;

    // A full node that is down, or answers garbage: unavailable, with the reason.
    for fault in [Fault::Down, Fault::Garbage] {
        let d = start(Config { params: frozen(), full_node_fault: fault, ..Config::default() }).await;
        let app = d.world.apps[0].0.address.clone();
        match fullnode::fetch_session(&rpc(), &node(&d), &app, "eth").await {
            Err(DispatchError::Unavailable(m)) => assert!(m.contains(&d.full_node_url), "{m}"),
            other => panic!("{fault}: {other:?}"),
        }
        d.shutdown().await;
    }
}

/// Runs `pgw` off the runtime's threads (the devnet answers meanwhile).
async fn pgw(env: &Env, args: Vec<String>) -> std::process::Output {
    let mut cmd = env.pgw();
    cmd.args(args);
    tokio::task::spawn_blocking(move || cmd.output().unwrap()).await.unwrap()
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dispatch_on_shannon_shows_and_caches_the_session() {
    let d = start(Config { params: frozen(), keyless: BTreeSet::from([1]), ..Config::default() }).await;
    let env = Env::new();
    let app0 = d.world.apps[0].0.address.clone();
    let url = d.full_node_url.clone();
    let out = pgw(
        &env,
        args(&[
            "session",
            "0021",
            "--protocol",
            "shannon",
            "--full-node",
            &url,
            "--app",
            &app0,
            "--output",
            "json",
        ]),
    )
    .await;
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["protocol"], "shannon");
    assert_eq!(json["service_id"], "eth");
    assert_eq!(json["app_address"], app0);
    assert_eq!(json["block_height"], 100);
    assert_eq!((json["session_height"].as_i64(), json["session_end_height"].as_i64()), (Some(97), Some(100)));
    assert_eq!(json["grace_period_end_height"], 101);
    assert_eq!(json["session_header"]["session_start_block_height"], "97");
    assert_eq!(json["ring_gateways"][0], d.world.gateways[0].address);
    assert_eq!(json["suppliers"].as_array().unwrap().len(), 3);
    assert_eq!(json["nodes"].as_array().unwrap().len(), 2);
    assert_eq!(json["suppliers"][0]["endpoints"][0]["rpc_type"], "JSON_RPC");
    let keyless = d.world.suppliers[1].actor.address.clone();
    assert_eq!(json["keyless_suppliers"][0], keyless);
    assert!(
        stderr(&out).contains(&format!("supplier {keyless} has no public key on chain")),
        "{}",
        stderr(&out)
    );
    // Cached on disk like a Morse session.
    let cached = std::fs::read_dir(env.path("home/cache/sessions")).unwrap().count();
    assert!(cached >= 1);

    // The table.
    let out =
        pgw(&env, args(&["dispatch", "eth", "--protocol", "shannon", "--full-node", &url, "--app", &app0]))
            .await;
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for want in [
        "session window",
        "previous session",
        "blocks 97..=100 (4 per session)",
        "relays accepted until height 101",
        "JSON_RPC http://127.0.0.1:",
        "(none on chain)",
    ] {
        assert!(text.contains(want), "{want:?} in {text}");
    }

    // --compare across two URLs of the same full node agrees.
    let out = pgw(
        &env,
        args(&[
            "dispatch",
            "eth",
            "--protocol",
            "shannon",
            "--full-node",
            &url,
            "--full-node",
            &format!("{url}/"),
            "--app",
            &app0,
            "--compare",
            "--output",
            "json",
        ]),
    )
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    // A Shannon keystore key names the app (its address is stored: no passphrase needed).
    env.write("app0.hex", &hex::encode(key("app", 0).to_bytes().as_slice()));
    let mut import = env.pgw();
    import
        .args(["keys", "import", "app0", "--hex", "--raw-file", "app0.hex", "-q"])
        .env("PGW_PASSPHRASE", "pw-for-tests");
    let out = tokio::task::spawn_blocking(move || import.output().unwrap()).await.unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = pgw(
        &env,
        args(&[
            "dispatch",
            "eth",
            "--protocol",
            "shannon",
            "--full-node",
            &url,
            "--app-key",
            "app0",
            "--output",
            "json",
        ]),
    )
    .await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(serde_json::from_str::<Value>(&stdout(&out)).unwrap()["app_address"], app0);

    // The app with no delegation, checked against a gateway.
    let app1 = d.world.apps[1].0.address.clone();
    let gw0 = d.world.gateways[0].address.clone();
    let out = pgw(
        &env,
        args(&[
            "dispatch",
            "eth",
            "--protocol",
            "shannon",
            "--full-node",
            &url,
            "--app",
            &app1,
            "--gateway",
            &gw0,
        ]),
    )
    .await;
    assert_eq!(out.status.code(), Some(5));
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    assert_eq!(err.lines().filter(|l| l.starts_with("pgw: error:")).count(), 1, "{err}");
    assert!(
        err.contains(&format!(
            "the app {app1} has not delegated to the gateway {gw0} for this session (its ring: no gateway)"
        )),
        "{err}"
    );

    // An unknown service: the full node's error, one line, exit 5.
    let out =
        pgw(&env, args(&["dispatch", "base", "--protocol", "shannon", "--full-node", &url, "--app", &app0]))
            .await;
    assert_eq!(out.status.code(), Some(5));
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: error: the full node refused the session (gRPC code 13): application {app0:?} not staked for service ID \"base\": application in session not staked for requested service\n"
        )
    );
    // An app that is not staked: the full node's error, exit 5.
    let stranger = key("stranger", 0).public_key().address();
    let out = pgw(
        &env,
        args(&["dispatch", "eth", "--protocol", "shannon", "--full-node", &url, "--app", &stranger]),
    )
    .await;
    assert_eq!(out.status.code(), Some(5));
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: error: the full node refused the session (gRPC code 13): could not find app with address {stranger:?} at height 97: application for session not found not found\n"
        )
    );
    // Not a service id at all: usage.
    let out = pgw(
        &env,
        args(&["dispatch", "bad id", "--protocol", "shannon", "--full-node", &url, "--app", &app0]),
    )
    .await;
    assert_eq!(out.status.code(), Some(2));
    d.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dispatch_on_shannon_reports_unreachable_and_garbage_full_nodes() {
    let env = Env::new();
    let app = key("app", 0).public_key().address();
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap().local_addr().unwrap();
    let out = pgw(
        &env,
        args(&[
            "dispatch",
            "eth",
            "--protocol",
            "shannon",
            "--full-node",
            &format!("http://{closed}"),
            "--app",
            &app,
        ]),
    )
    .await;
    assert_eq!(out.status.code(), Some(5));
    let err = stderr(&out);
    assert!(err.starts_with("pgw: error: no full node gave a session: the "), "{err}");
    assert!(err.contains(&format!("http://{closed}/")) && err.contains("refused"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    let d = start(Config { params: frozen(), full_node_fault: Fault::Garbage, ..Config::default() }).await;
    let out = pgw(
        &env,
        args(&["dispatch", "eth", "--protocol", "shannon", "--full-node", &d.full_node_url, "--app", &app]),
    )
    .await;
    assert_eq!(out.status.code(), Some(5));
    let err = stderr(&out);
    assert!(err.contains("the answer is not JSON"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    d.shutdown().await;

    // No full node at all: a usage error; a relay with no signing key: a key error.
    let out = pgw(&env, args(&["dispatch", "eth", "--protocol", "shannon", "--app", &app])).await;
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no full node: pass --full-node URL"), "{}", stderr(&out));
    let out = pgw(
        &env,
        args(&["relay", "eth", "{}", "--protocol", "shannon", "--full-node", "http://127.0.0.1:1"]),
    )
    .await;
    assert_eq!(out.status.code(), Some(4));
    assert!(stderr(&out).contains("no signing key: pass --app-key NAME"), "{}", stderr(&out));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dispatch_devnet_shannon_needs_no_set_up() {
    let env = Env::new();
    let out =
        pgw(&env, args(&["session", "eth", "--devnet", "--protocol", "shannon", "--output", "json"])).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["app_address"], key("app", 0).public_key().address());
    assert_eq!(json["suppliers"].as_array().unwrap().len(), 3);
}

#[test]
fn devnet_protocol_shannon_prints_every_url_as_json() {
    use std::io::BufRead;
    let env = Env::new();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pgw"))
        .args([
            "devnet",
            "--protocol",
            "shannon",
            "--listen",
            "127.0.0.1:0",
            "--nodes",
            "2",
            "--output",
            "json",
        ])
        .args(["--keyless", "1", "--fault", "0=slow:5", "--full-node-fault", "lagging:2"])
        .env("PGW_HOME", env.path("home"))
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    let info: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(info["protocol"], "shannon");
    assert!(info["full_node"].as_str().unwrap().starts_with("http://127.0.0.1:"));
    assert_eq!(info["suppliers"].as_array().unwrap().len(), 2);
    assert!(info["suppliers"][1]["relay_miner_url"].as_str().unwrap().starts_with("http://127.0.0.1:"));
    assert_eq!(info["apps"][0]["address"], key("app", 0).public_key().address());
    assert_eq!(info["apps"][0]["delegatee_gateways"][0], key("gateway", 0).public_key().address());
    assert_eq!(info["apps"][1]["delegatee_gateways"], serde_json::json!([]));
    assert_eq!(info["services"], serde_json::json!(["eth", "anvil"]));
    assert_eq!(info["suppliers"][1]["public_key"], Value::Null);
    assert_eq!(info["suppliers"][0]["fault"], "slow:5ms");
    // Shannon-only flags on a Morse devnet, and a supplier that does not exist.
    let out = env.pgw().args(["devnet", "--keyless", "0"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("are Shannon devnet flags"), "{}", stderr(&out));
    let out = env
        .pgw()
        .args(["devnet", "--protocol", "shannon", "--nodes", "2", "--keyless", "2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "pgw: error: --keyless 2: there are only 2 suppliers (0 to 1)\n");
}

/// The whole path a person takes with pgw alone: the full node's get_session JSON as the
/// session file, `pgw proof sign --protocol shannon --output raw`, the bytes POSTed to the relay
/// miner, which accepts them and signs its answer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn relays_signed_by_pgw_proof_sign_are_accepted_by_the_relay_miner() {
    let d = start(Config { params: frozen(), ..Config::default() }).await;
    let w = &d.world;
    let env = Env::new();
    let app0 = w.apps[0].0.address.clone();
    let url = format!(
        "{}/pokt-network/poktroll/session/get_session?application_address={app0}&service_id=eth&block_height=0",
        d.full_node_url
    );
    let session = reqwest::get(&url).await.unwrap().text().await.unwrap();
    env.write("session.json", &session);
    env.write("gw.key", &hex::encode(key("gateway", 0).to_bytes().as_slice()));
    let supplier = &w.suppliers[1];
    let ring = format!("{},{}", w.apps[0].0.public_key, w.gateways[0].public_key);
    let out = pgw(
        &env,
        args(&[
            "proof",
            "sign",
            "--protocol",
            "shannon",
            "eth",
            ETH_BLOCK_NUMBER,
            "--session",
            "session.json",
            "--supplier",
            &supplier.actor.address,
            "--gateway-key-file",
            "gw.key",
            "--ring",
            &ring,
            "--url",
            &supplier.url,
            "--output",
            "raw",
        ]),
    )
    .await;
    assert!(out.status.success(), "{}", stderr(&out));
    let answer = verify_answer(&post(&supplier.url, out.stdout.clone()).await, &supplier.actor.public_key);
    assert_eq!(answer["result"], format!("0x{:x}", 18_000_100));

    // The app signing for itself (ring: the app and the placeholder, pgw's default).
    let app1 = w.apps[1].0.address.clone();
    let url = url.replace(&app0, &app1);
    env.write("session1.json", &reqwest::get(&url).await.unwrap().text().await.unwrap());
    let mut cmd = env.pgw();
    cmd.args([
        "proof",
        "sign",
        "--protocol",
        "shannon",
        "eth",
        ETH_BLOCK_NUMBER,
        "--session",
        "session1.json",
    ])
    .args(["--supplier", &supplier.actor.address, "--url", &supplier.url, "--output", "raw"])
    .env("PGW_APP_KEY", hex::encode(key("app", 1).to_bytes().as_slice()));
    let out = tokio::task::spawn_blocking(move || cmd.output().unwrap()).await.unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    verify_answer(&post(&supplier.url, out.stdout).await, &supplier.actor.public_key);
    d.shutdown().await;
}
