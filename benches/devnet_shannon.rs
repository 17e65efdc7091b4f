//! Shannon devnet throughput: valid relays per second through a relay miner's full checks
//! (decode, ValidateBasic, session window, ring membership and bLSAG verification, session and
//! supplier) and the supplier's response signature, over loopback HTTP, with the load generator
//! in this process. Each relay is pre-signed (a fresh ring signature each), so every one is
//! valid and unique. The miners answer `Connection: close`, as poktroll's do, so every relay
//! opens a connection. The Morse twin is benches/devnet.rs.
//!
//! Run: `cargo bench --bench devnet_shannon` (optional env: RELAYS=4000 CONCURRENCY=64).

#![allow(clippy::disallowed_macros)] // a benchmark reports on stdout

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use pgw::devnet::shannon::world::{self, Params};
use pgw::devnet::shannon::{Config, Devnet};
use pgw::protocol::shannon::relay;
use pgw::protocol::shannon::wire::{self, PoktHttpRequest, header_map};

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn main() {
    // Only `cargo bench` (which passes --bench) runs the load; `cargo test --benches` does not.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let relays = env_or("RELAYS", 4_000);
    let concurrency = env_or("CONCURRENCY", 64);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(async move {
        let config = Config {
            suppliers: 5,
            params: Params { block_time: Duration::ZERO, ..Params::default() },
            ..Config::default()
        };
        let seed = config.seed.clone();
        let devnet = Devnet::start(config).await.expect("devnet");
        let w = devnet.world.clone();
        let app = w.apps[0].0.address.clone();
        let session = w.session(&app, "eth", w.height()).expect("session");
        let gateway = world::key(&seed, "gateway", 0);
        let ring = [w.apps[0].0.public_key, w.gateways[0].public_key];

        let started = Instant::now();
        let bodies: Vec<(String, Vec<u8>)> = (0..relays)
            .map(|i| {
                let supplier = w
                    .supplier(&session.suppliers[i % session.suppliers.len()].operator_address)
                    .expect("supplier");
                let payload = relay::http_payload(&PoktHttpRequest {
                    method: "POST".into(),
                    header: header_map([("Content-Type", "application/json")]),
                    url: supplier.url.clone(),
                    body_bz: br#"{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}"#.to_vec(),
                });
                let request = relay::sign_request(
                    session.header.clone(),
                    &supplier.actor.address,
                    payload,
                    &ring,
                    &gateway,
                )
                .expect("signed");
                (supplier.url.clone(), request.to_bytes())
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
                        let ok =
                            match client.post(url).header("Rpc-Type", "3").body(body.clone()).send().await {
                                Ok(resp) => match resp.bytes().await {
                                    Ok(bytes) => wire::decode_response(&bytes)
                                        .map(|d| d.response.relay_miner_error.is_none())
                                        .unwrap_or(false),
                                    Err(_) => false,
                                },
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
            "devnet (shannon): {relays} relays, concurrency {concurrency}, {} cores",
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
