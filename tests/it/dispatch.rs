//! `pgw dispatch` against an in-process devnet on 127.0.0.1: the session report, app key
//! sources, `--compare`, and the session it leaves in the cache for `pgw relay`.

use serde_json::{Value, json};

use crate::common::*;
use crate::relay::{ANSWER, CliNet, ETH, SESSION_HEIGHT, devnet_config, json_of};

const PASS: &str = "correct horse battery staple";

fn dispatch(net: &CliNet, extra: &[&str]) -> assert_cmd::Command {
    let mut cmd = net.env.pgw();
    cmd.args(["dispatch", "eth", "--dispatcher", net.url()]).args(extra);
    cmd
}

/// The session report `pgw dispatch --output json` should print for K_B.
fn expected_report(net: &CliNet) -> Value {
    let world = &net.devnet.world;
    let session = world.session(K_B_PUB, ETH, SESSION_HEIGHT).unwrap();
    let nodes: Vec<Value> = session
        .nodes
        .iter()
        .map(|&i| {
            let n = &world.nodes[i];
            json!({
                "address": n.address,
                "service_url": n.service_url,
                "public_key": n.public_key,
                "jailed": false,
                "chains": ["0001", "0021"],
                "chain_count": 2,
                "stake": "15000000000",
            })
        })
        .collect();
    json!({
        "dispatcher": net.url(),
        "chain": ETH,
        "app_public_key": K_B_PUB,
        "block_height": 100,
        "session_height": SESSION_HEIGHT,
        "session_end_height": SESSION_HEIGHT + 4,
        "session_key": hex::encode(session.key),
        "nodes": nodes,
    })
}

#[test]
fn the_session_report_has_heights_key_and_nodes() {
    let net = CliNet::start(devnet_config(3, 24, &[]));
    let out = dispatch(&net, &["--app-pub", K_B_PUB, "--output", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let v = json_of(&out);
    let expected = expected_report(&net);
    assert_eq!(v, expected);
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "dispatcher",
            "chain",
            "app_public_key",
            "block_height",
            "session_height",
            "session_end_height",
            "session_key",
            "nodes"
        ]
    );
    let key = v["session_key"].as_str().unwrap();
    assert!(key.len() == 64 && key.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
    assert_eq!(v["nodes"].as_array().unwrap().len(), 3);

    let out = dispatch(&net, &["--app-pub", K_B_PUB]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&out);
    for node in v["nodes"].as_array().unwrap() {
        let line = table
            .lines()
            .find(|l| l.contains(node["address"].as_str().unwrap()))
            .unwrap_or_else(|| panic!("{table}"));
        assert!(
            line.contains(node["service_url"].as_str().unwrap()) && line.contains("15,000 POKT"),
            "{line}"
        );
    }
    assert!(table.contains(key) && table.contains("height 101"), "{table}");

    let out = dispatch(&net, &["--app-key-file", "kb.key", "--output", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(json_of(&out), expected);
}

#[test]
fn a_keystore_key_names_the_app_without_its_passphrase() {
    let net = CliNet::start(devnet_config(2, 24, &[]));
    let out = net
        .env
        .pgw()
        .env("PGW_PASSPHRASE", PASS)
        .args(["keys", "import", "app", "--raw-file", "kb.key", "--output", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let address = json_of(&out)["address"].as_str().unwrap().to_string();
    // No PGW_PASSPHRASE and no terminal: any unlock would fail.
    for name in ["app", address.as_str()] {
        let out = dispatch(&net, &["--app-key", name, "--output", "json"]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        assert_eq!(stderr(&out), "");
        assert_eq!(json_of(&out), expected_report(&net), "{name}");
    }
}

#[test]
fn compare_flags_a_dispatcher_that_fails() {
    let net = CliNet::start(devnet_config(2, 24, &[]));
    // A second dispatcher URL for the same world.
    let second = net.rt.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let router = pgw::devnet::server::dispatcher_router(net.devnet.world.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, router).await;
        });
        url
    });
    let out =
        dispatch(&net, &["--app-pub", K_B_PUB, "--dispatcher", &second, "--compare", "--output", "json"])
            .output()
            .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let key = hex::encode(net.devnet.world.session(K_B_PUB, ETH, SESSION_HEIGHT).unwrap().key);
    let row = |url: &str| {
        json!({
            "dispatcher": url,
            "block_height": 100,
            "session_height": SESSION_HEIGHT,
            "session_key": key,
            "nodes": 2,
            "lag_blocks": 0,
            "same_session": true,
            "status": "ok",
        })
    };
    assert_eq!(json_of(&out), json!({"agree": true, "dispatchers": [row(net.url()), row(&second)]}));
    assert_eq!(net.dispatches(), 2);

    let refused = net.refused_url();
    let out = dispatch(&net, &["--app-pub", K_B_PUB, "--dispatcher", &second, "--dispatcher", &refused])
        .args(["--compare", "--output", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stderr(&out), "pgw: warning: the dispatchers disagree (see the status column)\n");
    let failed = json!({
        "dispatcher": refused,
        "lag_blocks": 0,
        "same_session": false,
        "status": "error",
        "error": "cannot connect: Connection refused (os error 111)",
    });
    assert_eq!(json_of(&out), json!({"agree": false, "dispatchers": [row(net.url()), row(&second), failed]}));
}

#[test]
fn a_relay_after_a_dispatch_uses_the_cached_session() {
    let net = CliNet::start(devnet_config(3, 24, &[]));
    let out = dispatch(&net, &["--app-pub", K_B_PUB, "-q"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(net.dispatches(), 1);
    let out = net.relay(&["-v"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), ANSWER);
    let first = stderr(&out).lines().next().unwrap_or_default().to_string();
    assert_eq!(
        first,
        format!("session {SESSION_HEIGHT} (3 nodes) from the cache (dispatched by {})", net.url())
    );
    assert_eq!(net.dispatches(), 1, "the relay dispatched again");
}
