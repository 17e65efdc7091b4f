//! The relay engine's cost over the bare network round trip. With a cached session, one
//! `Engine::relay` (node choice, fresh proof, signing, POST, answer classification, servicer
//! signature check) is timed against a bare POST of a pre-signed relay body to the same devnet
//! node, sequentially, on one connection each, alternating in batches so drift hits both alike.
//!
//! Run: `cargo bench --bench engine` (optional env: RELAYS=4000).

#![allow(clippy::disallowed_macros)] // a benchmark reports on stdout

use std::sync::Arc;
use std::time::{Duration, Instant};

use pgw::devnet::world::Params;
use pgw::devnet::{Config, Devnet};
use pgw::network::cache::MemoryStore;
use pgw::network::engine::{Engine, RelayOptions, Sessions};
use pgw::network::rpc::Rpc;
use pgw::protocol::morse::aat::Aat;
use pgw::protocol::morse::keys::PrivateKey;
use pgw::protocol::morse::relay::{Meta, Payload, RelaySigner, Target, random_entropy};

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1e6
}

fn report(name: &str, mut samples: Vec<Duration>) -> f64 {
    samples.sort_unstable();
    let mean = samples.iter().sum::<Duration>().as_secs_f64() * 1e6 / samples.len() as f64;
    println!(
        "{name:<28} n={:<6} mean {mean:>7.1} µs   p50 {:>7.1} µs   p90 {:>7.1} µs   p99 {:>7.1} µs",
        samples.len(),
        percentile(&samples, 0.5),
        percentile(&samples, 0.9),
        percentile(&samples, 0.99)
    );
    percentile(&samples, 0.5)
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let relays: usize = std::env::var("RELAYS").ok().and_then(|v| v.parse().ok()).unwrap_or(4000);
    let runtime =
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    runtime.block_on(async move {
        // One session node, so the engine and the bare POST hit the same server.
        let config = Config {
            nodes: 1,
            params: Params { block_time: Duration::ZERO, ..Params::default() },
            ..Config::default()
        };
        let devnet = Devnet::start(config).await.expect("devnet");
        let app = PrivateKey::generate();
        let signer =
            Arc::new(RelaySigner::new(Aat::sign(&app, &app.public_key()), app.clone()).expect("signer"));
        let engine = Engine::new(
            Sessions {
                rpc: Rpc::new(Duration::from_secs(2), Duration::from_secs(5)).unwrap(),
                source: pgw::network::morse::Dispatchers::shared(),
                dispatchers: vec![devnet.dispatcher_url.clone()],
                store: Arc::new(MemoryStore::default()),
                block_time: None,
                observer: None,
            },
            pgw::network::morse::Relays::shared(
                RelaySigner::new(Aat::sign(&app, &app.public_key()), app.clone()).expect("signer"),
            ),
        );
        let payload = Payload {
            data: r#"{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}"#.into(),
            method: "POST".into(),
            ..Default::default()
        };
        let options = RelayOptions::default();
        // Warm the session cache and the connections.
        for _ in 0..200 {
            engine.relay("0021", &payload, &options).await.expect("warm-up relay");
        }
        let entry = engine.session("0021", false).await.expect("session");
        let node = entry.dispatch.session.nodes[0].clone();
        let url = format!("{}/v1/client/relay", node.service_url);
        let target = Target {
            servicer_pub_key: &node.public_key,
            blockchain: "0021",
            session_block_height: entry.dispatch.session.session_height,
        };
        let meta = Meta { block_height: entry.dispatch.block_height };
        let bodies: Vec<String> =
            (0..relays).map(|_| signer.sign_body(&payload, meta, target, random_entropy()).body).collect();
        let client = reqwest::Client::builder().tcp_nodelay(true).build().expect("client");
        for body in bodies.iter().take(200) {
            let _ = client.post(&url).body(body.clone()).send().await.expect("warm-up").bytes().await;
        }

        let (mut bare, mut full) = (Vec::with_capacity(relays), Vec::with_capacity(relays));
        let mut bodies = bodies.into_iter().skip(200);
        while bare.len() < relays - 200 {
            for _ in 0..50 {
                let Some(body) = bodies.next() else { break };
                let start = Instant::now();
                let response = client.post(&url).body(body).send().await.expect("bare POST");
                let _ = response.bytes().await.expect("bare body");
                bare.push(start.elapsed());
            }
            for _ in 0..50 {
                let start = Instant::now();
                engine.relay("0021", &payload, &options).await.expect("engine relay");
                full.push(start.elapsed());
            }
        }
        println!("sequential relays over loopback HTTP, one devnet node, verified answers:");
        let b = report("bare POST (pre-signed)", bare);
        let f = report("Engine::relay (cached session)", full);
        println!(
            "engine overhead at p50: {:.1} µs per relay ({:.0}% of the bare round trip)",
            f - b,
            (f - b) / b * 100.0
        );
        devnet.shutdown().await;
    });
}
