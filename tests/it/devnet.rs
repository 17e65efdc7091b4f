//! The devnet over real HTTP on 127.0.0.1: dispatch, relays, error shapes and fault profiles.

use std::collections::HashMap;
use std::io::BufRead;
use std::time::{Duration, Instant};

use pgw::devnet::faults::Fault;
use pgw::devnet::world::Params;
use pgw::devnet::{Config, Devnet};
use pgw::protocol::morse::aat::Aat;
use pgw::protocol::morse::keys::PrivateKey;
use pgw::protocol::morse::relay::{Meta, Payload, RelaySigner, Target};
use pgw::protocol::morse::response;
use serde_json::Value;

use crate::common::{ETH_BLOCK_NUMBER, K_B};

fn config(nodes: usize, faults: &[(usize, Fault)]) -> Config {
    Config {
        nodes,
        params: Params { block_time: Duration::ZERO, ..Params::default() },
        faults: faults.iter().copied().collect::<HashMap<_, _>>(),
        ..Config::default()
    }
}

fn signer() -> RelaySigner {
    let key = PrivateKey::from_hex(K_B).unwrap();
    RelaySigner::new(Aat::sign(&key, &key.public_key()), key).unwrap()
}

async fn post(client: &reqwest::Client, url: &str, body: String) -> reqwest::Result<(u16, String, String)> {
    let resp = client.post(url).body(body).send().await?;
    let status = resp.status().as_u16();
    let content_type = resp
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap_or_default().to_string())
        .unwrap_or_default();
    Ok((status, content_type, resp.text().await?))
}

/// Dispatches and returns (session height, block height, [(public key, service URL)]).
async fn dispatch(client: &reqwest::Client, devnet: &Devnet, app: &str) -> (i64, i64, Vec<(String, String)>) {
    let body = format!(r#"{{"app_public_key":"{app}","chain":"0021","session_height":0}}"#);
    let (status, _, text) =
        post(client, &format!("{}/v1/client/dispatch", devnet.dispatcher_url), body).await.unwrap();
    assert_eq!(status, 200, "{text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    let nodes = v["session"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (n["public_key"].as_str().unwrap().to_string(), n["service_url"].as_str().unwrap().to_string())
        })
        .collect();
    (v["session"]["header"]["session_height"].as_i64().unwrap(), v["block_height"].as_i64().unwrap(), nodes)
}

fn body_for(
    signer: &RelaySigner,
    servicer: &str,
    session_height: i64,
    height: i64,
    entropy: i64,
) -> (String, [u8; 32]) {
    let payload = Payload { data: ETH_BLOCK_NUMBER.into(), method: "POST".into(), ..Default::default() };
    let target =
        Target { servicer_pub_key: servicer, blockchain: "0021", session_block_height: session_height };
    let relay = signer.sign(payload, Meta { block_height: height }, target, entropy);
    (relay.to_json(), relay.proof.hash())
}

#[tokio::test]
async fn relays_are_answered_signed_and_errors_have_pocket_core_shape() {
    let devnet = Devnet::start(config(3, &[])).await.unwrap();
    let client = reqwest::Client::new();
    let signer = signer();
    let (session_height, height, nodes) = dispatch(&client, &devnet, &signer.aat().app_pub_key).await;
    assert_eq!(nodes.len(), 3);
    let (servicer, url) = &nodes[0];
    let (body, proof_hash) = body_for(&signer, servicer, session_height, height, 7);
    let (status, content_type, text) =
        post(&client, &format!("{url}/v1/client/relay"), body.clone()).await.unwrap();
    assert_eq!((status, content_type.as_str()), (200, "application/json; charset=utf-8"), "{text}");
    let answer: Value = serde_json::from_str(&text).unwrap();
    let response_text = answer["response"].as_str().unwrap();
    assert_eq!(
        response::verify(servicer, response_text, &proof_hash, answer["signature"].as_str().unwrap()),
        Ok(())
    );

    // The same proof again: 37, no dispatch, exact body.
    let (status, _, text) = post(&client, &format!("{url}/v1/client/relay"), body).await.unwrap();
    assert_eq!(status, 400);
    assert_eq!(
        text,
        "{\"dispatch\":null,\"error\":{\"code\":37,\"codespace\":\"pocketcore\",\"message\":\"the Proof with specific merkleHash already found, check entropy\"}}\n"
    );
    // A stale session height: 60 with a fresh dispatch.
    let (stale, _) = body_for(&signer, servicer, session_height - 4, height, 8);
    let (status, _, text) = post(&client, &format!("{url}/v1/client/relay"), stale).await.unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!((status, v["error"]["code"].as_i64()), (400, Some(60)));
    assert_eq!(v["dispatch"]["session"]["header"]["session_height"], session_height);
    devnet.shutdown().await;
}

#[tokio::test]
async fn fault_profiles_behave_as_documented() {
    let faults = [
        (0, Fault::Down),
        (1, Fault::Slow(Duration::from_millis(300))),
        (2, Fault::Timeout),
        (3, Fault::Http5xx),
        (4, Fault::Garbage),
        (5, Fault::Error(90)),
    ];
    let devnet = Devnet::start(config(6, &faults)).await.unwrap();
    let client = reqwest::Client::builder().timeout(Duration::from_secs(2)).build().unwrap();
    let signer = signer();
    let (session_height, height, _) = dispatch(&client, &devnet, &signer.aat().app_pub_key).await;
    let node = |i: usize| devnet.world.nodes[i].public_key.clone();
    let url = |i: usize| format!("{}/v1/client/relay", devnet.world.nodes[i].service_url);
    let body = |i: usize, e: i64| body_for(&signer, &node(i), session_height, height, e).0;

    let err = post(&client, &url(0), body(0, 1)).await.unwrap_err();
    assert!(err.is_connect(), "down: {err:?}");

    let started = Instant::now();
    let (status, _, _) = post(&client, &url(1), body(1, 2)).await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert!(status == 200 || status == 400);

    let err = post(&client, &url(2), body(2, 3)).await.unwrap_err();
    assert!(err.is_timeout(), "timeout: {err:?}");

    let (status, _, text) = post(&client, &url(3), body(3, 4)).await.unwrap();
    assert_eq!(status, 503);
    assert!(text.contains("Server Timeout Handling Request"));

    let (status, _, text) = post(&client, &url(4), body(4, 5)).await.unwrap();
    assert_eq!(status, 200);
    assert!(serde_json::from_str::<Value>(&text).is_err());

    let (status, _, text) = post(&client, &url(5), body(5, 6)).await.unwrap();
    assert_eq!(status, 400);
    assert!(text.contains("\"code\":90"));
    devnet.shutdown().await;
}

#[test]
fn the_command_prints_its_urls_once_and_stops_cleanly_on_ctrl_c() {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pgw"))
        .args(["devnet", "--listen", "127.0.0.1:0", "--nodes", "2", "--output", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let info: Value = serde_json::from_str(&line).unwrap();
    assert!(info["dispatcher"].as_str().unwrap().starts_with("http://127.0.0.1:"));
    assert_eq!(info["nodes"].as_array().unwrap().len(), 2);
    assert_eq!(info["chains"][1]["id"], "0021");
    // Ctrl-C: a clean shutdown with exit code 0.
    let pid = child.id().to_string();
    std::process::Command::new("kill").args(["-INT", &pid]).status().unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "{status:?}");
            break;
        }
        assert!(Instant::now() < deadline, "devnet did not stop");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A tiny upstream chain on 127.0.0.1 that answers every request with an unsorted object and
/// HTTP 500 (pocket-core relays non-2xx bodies as normal, signed answers).
async fn upstream() -> String {
    use axum::routing::post;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = axum::Router::new().route(
        "/rpc/x",
        post(|body: String| async move {
            let reply = format!(r#"{{"z":1,"echo":{},"a":"<x>"}}"#, serde_json::to_string(&body).unwrap());
            (axum::http::StatusCode::INTERNAL_SERVER_ERROR, reply)
        }),
    );
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://{addr}/rpc")
}

#[tokio::test]
async fn upstream_chains_are_forwarded_sorted_and_signed_or_fail_with_28() {
    let mut config = config(1, &[]);
    config.upstreams.insert("0021".into(), upstream().await);
    let devnet = Devnet::start(config).await.unwrap();
    let client = reqwest::Client::new();
    let signer = signer();
    let (session_height, height, nodes) = dispatch(&client, &devnet, &signer.aat().app_pub_key).await;
    let (servicer, url) = &nodes[0];
    let payload =
        Payload { data: "hello".into(), method: "POST".into(), path: "/x/".into(), ..Default::default() };
    let target =
        Target { servicer_pub_key: servicer, blockchain: "0021", session_block_height: session_height };
    let relay = signer.sign(payload, Meta { block_height: height }, target, 1);
    let (status, _, text) = post(&client, &format!("{url}/v1/client/relay"), relay.to_json()).await.unwrap();
    assert_eq!(status, 200, "{text}");
    let answer: Value = serde_json::from_str(&text).unwrap();
    let response_text = answer["response"].as_str().unwrap();
    assert_eq!(response_text, r#"{"a":"\u003cx\u003e","echo":"hello","z":1}"#);
    assert_eq!(
        response::verify(servicer, response_text, &relay.proof.hash(), answer["signature"].as_str().unwrap()),
        Ok(())
    );
    devnet.shutdown().await;

    let mut config = self::config(1, &[]);
    config.upstreams.insert("0021".into(), "http://127.0.0.1:9".into());
    let devnet = Devnet::start(config).await.unwrap();
    let (session_height, height, nodes) = dispatch(&client, &devnet, &signer.aat().app_pub_key).await;
    let (body, _) = body_for(&signer, &nodes[0].0, session_height, height, 2);
    let (status, _, text) = post(&client, &format!("{}/v1/client/relay", nodes[0].1), body).await.unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!((status, v["error"]["code"].as_i64()), (400, Some(28)));
    assert!(v["error"]["message"].as_str().unwrap().starts_with("error executing the http request: "));
    devnet.shutdown().await;
}

#[tokio::test]
async fn a_lagging_node_reports_an_older_height() {
    let devnet = Devnet::start(config(2, &[(1, Fault::Lagging(50))])).await.unwrap();
    let client = reqwest::Client::new();
    let signer = signer();
    let (session_height, height, _) = dispatch(&client, &devnet, &signer.aat().app_pub_key).await;
    let mut heights = Vec::new();
    for i in 0..2 {
        let node = &devnet.world.nodes[i];
        let (body, _) = body_for(&signer, &node.public_key, session_height, height, 10 + i as i64);
        let (_, _, text) =
            post(&client, &format!("{}/v1/client/relay", node.service_url), body).await.unwrap();
        let answer: Value = serde_json::from_str(&text).unwrap();
        let inner: Value = serde_json::from_str(answer["response"].as_str().unwrap()).unwrap();
        heights.push(
            i64::from_str_radix(inner["result"].as_str().unwrap().trim_start_matches("0x"), 16).unwrap(),
        );
    }
    assert_eq!(heights[0] - heights[1], 50);
    devnet.shutdown().await;
}
