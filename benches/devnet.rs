//! Devnet throughput: valid relays per second through full validation (pocket-core's order,
//! both Ed25519 verifications) and response signing, over loopback HTTP, with the load
//! generator on the same machine (in this process). Each relay is pre-signed with a fresh
//! entropy, so every one is valid and unique.
//!
//! Run: `cargo bench --bench devnet` (optional env: RELAYS=40000 CONCURRENCY=64).

#![allow(clippy::disallowed_macros)] // a benchmark reports on stdout

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use pgw::devnet::world::Params;
use pgw::devnet::{Config, Devnet};
use pgw::protocol::morse::aat::Aat;
use pgw::protocol::morse::keys::PrivateKey;
use pgw::protocol::morse::relay::{Meta, Payload, RelaySigner, Target};

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn main() {
    // Only `cargo bench` (which passes --bench) runs the load; `cargo test --benches` does not.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let relays = env_or("RELAYS", 40_000);
    let concurrency = env_or("CONCURRENCY", 64);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(async move {
        let config = Config {
            nodes: 5,
            params: Params { block_time: Duration::ZERO, session_node_count: 5, ..Params::default() },
            ..Config::default()
        };
        let devnet = Devnet::start(config).await.expect("devnet");
        let world = devnet.world.clone();
        let app = PrivateKey::generate();
        let signer = RelaySigner::new(Aat::sign(&app, &app.public_key()), app.clone()).expect("signer");
        let app_hex = app.public_key().to_hex();
        world.auto_stake_for(&app_hex, "0021");
        let session_height = world.latest_session_height();
        let session = world.session(&app_hex, "0021", session_height).expect("session");

        let started = Instant::now();
        let bodies: Vec<(String, String)> = (0..relays)
            .map(|i| {
                let node = &world.nodes[session.nodes[i % session.nodes.len()]];
                let payload = Payload {
                    data: r#"{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}"#.into(),
                    method: "POST".into(),
                    ..Default::default()
                };
                let target = Target {
                    servicer_pub_key: &node.public_key,
                    blockchain: "0021",
                    session_block_height: session_height,
                };
                let relay = signer.sign(payload, Meta { block_height: world.height() }, target, i as i64);
                (format!("{}/v1/client/relay", node.service_url), relay.to_json())
            })
            .collect();
        let signing = started.elapsed();

        let client = reqwest::Client::builder().pool_max_idle_per_host(concurrency).build().expect("client");
        let bodies = Arc::new(bodies);
        let next = Arc::new(AtomicUsize::new(0));
        let failures = Arc::new(AtomicUsize::new(0));
        let started = Instant::now();
        let workers: Vec<_> = (0..concurrency)
            .map(|_| {
                let (client, bodies, next, failures) =
                    (client.clone(), bodies.clone(), next.clone(), failures.clone());
                tokio::spawn(async move {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some((url, body)) = bodies.get(i) else { break };
                        let ok = match client.post(url).body(body.clone()).send().await {
                            Ok(resp) => resp.status().is_success() && resp.bytes().await.is_ok(),
                            Err(_) => false,
                        };
                        if !ok {
                            failures.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                })
            })
            .collect();
        for w in workers {
            let _ = w.await;
        }
        let elapsed = started.elapsed();
        let failed = failures.load(Ordering::Relaxed);
        println!(
            "devnet: {relays} relays, concurrency {concurrency}, {} cores",
            std::thread::available_parallelism().map_or(1, |n| n.get())
        );
        println!(
            "  pre-signing: {:.0} relays/s ({:.2} s)",
            relays as f64 / signing.as_secs_f64(),
            signing.as_secs_f64()
        );
        println!(
            "  served:      {:.0} valid relays/s ({:.2} s), {failed} failed",
            (relays - failed) as f64 / elapsed.as_secs_f64(),
            elapsed.as_secs_f64()
        );
        devnet.shutdown().await;
    });
}
