//! Relay signing and verification throughput (docs/performance.md).
//!
//! `cargo bench --bench relay`. The figure that matters is `relay/build_and_sign` against the
//! bare Ed25519 signature `ed25519/sign_32_bytes` measured in the same run: the signature is the
//! unavoidable cost, and encoding plus hashing should add at most a quarter on top of it (the
//! relay rate must stay at or above 80% of the bare signing rate).

#![allow(clippy::disallowed_macros)] // a benchmark reports on stdout

use std::time::{Duration, Instant};

use criterion::measurement::WallTime;
use criterion::{BatchSize, BenchmarkGroup, Criterion, Throughput, black_box, criterion_group};
use ed25519_dalek::{Signer, SigningKey, Verifier};

use pgw::protocol::morse::aat::Aat;
use pgw::protocol::morse::keys::PrivateKey;
use pgw::protocol::morse::relay::{Meta, Payload, RelaySigner, Target};
use pgw::protocol::morse::response;
use pgw::protocol::morse::verify::verify_relay;

/// test keys of docs/protocol.md §14: K_B is the app and client key, K_A the servicer.
const K_A: &str = "1f8cbde30ef5a9db0a5a9d5eb40536fc9defc318b8581d543808b7504e0902bcb243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3";
const K_B: &str = "3fe64039816c44e8872e4ef981725b968422e3d49e95a1eb800707591df30fe374039dbe881dd2744e2e0c469cc2241e1e45f14af6975dd89079d22938377849";

const TYPICAL_PAYLOAD: &str = r#"{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}"#;
const TYPICAL_RESPONSE: &str = r#"{"id":1,"jsonrpc":"2.0","result":"0x10d4f"}"#;
const BLOCKCHAIN: &str = "0021";

fn signing_key(hex_key: &str) -> SigningKey {
    let bytes: [u8; 64] = hex::decode(hex_key).unwrap().try_into().unwrap();
    SigningKey::from_keypair_bytes(&bytes).unwrap()
}

fn signer() -> RelaySigner {
    let key = PrivateKey::from_hex(K_B).unwrap();
    RelaySigner::new(Aat::sign(&key, &key.public_key()), key).unwrap()
}

fn servicer_pub() -> String {
    PrivateKey::from_hex(K_A).unwrap().public_key().to_hex()
}

fn payload(data: String) -> Payload {
    Payload { data, method: "POST".into(), ..Default::default() }
}

/// A 4 KiB JSON-RPC payload with characters Go escapes (`"` short, `<` `>` `&` as \u00XX).
fn payload_4kib() -> String {
    let mut data = String::from(r#"{"jsonrpc":"2.0","method":"eth_call","params":[{"data":""#);
    let chunk = r#"<a href="x">1 & 2</a> 0123456789abcdef0123456789abcdef "#;
    while data.len() + chunk.len() + 40 < 4096 {
        data.push_str(chunk);
    }
    data.push_str(r#""},"latest"],"id":1}"#);
    while data.len() < 4096 {
        data.insert(data.len() - 3, ' ');
    }
    assert_eq!(data.len(), 4096);
    data
}

fn configured<'a>(c: &'a mut Criterion, name: &str) -> BenchmarkGroup<'a, WallTime> {
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(1));
    group.measurement_time(Duration::from_secs(5));
    group.sample_size(50);
    group
}

fn bench_ed25519(c: &mut Criterion) {
    let key = signing_key(K_B);
    let verifying = key.verifying_key();
    let message = [0x5au8; 32];
    let signature = key.sign(&message);

    let mut group = configured(c, "ed25519");
    group
        .bench_function("sign_32_bytes", |b| b.iter(|| black_box(&key).sign(black_box(&message)).to_bytes()));
    group.bench_function("verify_32_bytes", |b| {
        b.iter(|| black_box(&verifying).verify(black_box(&message), black_box(&signature)).is_ok())
    });
    group.finish();
}

fn bench_relay(c: &mut Criterion) {
    let signer = signer();
    let servicer = servicer_pub();
    let target = Target { servicer_pub_key: &servicer, blockchain: BLOCKCHAIN, session_block_height: 12345 };
    let meta = Meta { block_height: 12346 };

    let mut group = configured(c, "relay");
    for (name, data) in
        [("build_and_sign", TYPICAL_PAYLOAD.to_string()), ("build_and_sign_4kib", payload_4kib())]
    {
        let payload = payload(data);
        // A fresh entropy per relay so nothing can be reused between iterations. The payload is
        // cloned outside the timed routine: a caller owns its payload and moves it in.
        let mut entropy: i64 = 8_675_309;
        group.bench_function(name, |b| {
            b.iter_batched(
                || payload.clone(),
                |payload| {
                    entropy += 1;
                    // The send path: sign and build the POST body in one pass.
                    signer.sign_body(&payload, black_box(meta), black_box(target), black_box(entropy)).body
                },
                BatchSize::SmallInput,
            )
        });
    }

    let body = signer.sign(payload(TYPICAL_PAYLOAD.to_string()), meta, target, 8_675_309).to_json();
    assert!(verify_relay(body.as_bytes(), None).verdict.valid, "the benchmark relay must be valid");
    group.bench_function("verify", |b| {
        b.iter(|| {
            let report = verify_relay(black_box(body.as_bytes()), None);
            report.verdict.valid
        })
    });
    group.finish();
}

fn bench_response(c: &mut Criterion) {
    let signer = signer();
    let servicer_key = PrivateKey::from_hex(K_A).unwrap();
    let servicer = servicer_key.public_key().to_hex();
    let target = Target { servicer_pub_key: &servicer, blockchain: BLOCKCHAIN, session_block_height: 12345 };
    let relay =
        signer.sign(payload(TYPICAL_PAYLOAD.to_string()), Meta { block_height: 12346 }, target, 8_675_309);
    let proof_hash = relay.proof.hash();
    let signature = response::sign(&servicer_key, TYPICAL_RESPONSE, &proof_hash);
    assert_eq!(response::verify(&servicer, TYPICAL_RESPONSE, &proof_hash, &signature), Ok(()));

    let mut group = configured(c, "response");
    group.bench_function("verify", |b| {
        b.iter(|| {
            response::verify(
                black_box(&servicer),
                black_box(TYPICAL_RESPONSE),
                black_box(&proof_hash),
                black_box(&signature),
            )
            .is_ok()
        })
    });
    group.finish();
}

criterion_group!(benches, bench_ed25519, bench_relay, bench_response);

/// The signing ratio measured paired, for a machine that is not quiet: criterion measures each
/// benchmark for several seconds one after the other, so a load change between
/// `ed25519/sign_32_bytes` and `relay/build_and_sign` moves the ratio of their figures. Here each
/// round alternates short batches of bare signatures and of relays (a fraction of a millisecond
/// each, shorter than a scheduler time slice), keeps the fastest batch of each kind, and the
/// median of the per-round ratios is reported.
/// Alone, in a few seconds: `cargo bench --bench relay -- paired_ratio`.
fn paired_signing_ratio() {
    const ROUNDS: usize = 101;
    const BATCHES: usize = 5;
    const BATCH: usize = 20;
    let key = signing_key(K_B);
    let message = [0x5au8; 32];
    let signer = signer();
    let servicer = servicer_pub();
    let target = Target { servicer_pub_key: &servicer, blockchain: BLOCKCHAIN, session_block_height: 12345 };
    let meta = Meta { block_height: 12346 };
    println!(
        "\npaired_ratio: relay rate / bare ed25519 signing rate ({ROUNDS} rounds of {BATCHES} alternating batches of {BATCH})"
    );
    for (name, data) in
        [("build_and_sign", TYPICAL_PAYLOAD.to_string()), ("build_and_sign_4kib", payload_4kib())]
    {
        let payload = payload(data);
        let mut entropy: i64 = 8_675_309;
        let mut ratios = Vec::with_capacity(ROUNDS);
        let (mut best_sign, mut best_relay) = (f64::MAX, f64::MAX);
        for round in 0..=ROUNDS {
            let (mut sign, mut relay) = (f64::MAX, f64::MAX);
            for _ in 0..BATCHES {
                let start = Instant::now();
                for _ in 0..BATCH {
                    black_box(black_box(&key).sign(black_box(&message)).to_bytes());
                }
                sign = sign.min(start.elapsed().as_secs_f64() / BATCH as f64);
                let payloads: Vec<Payload> = (0..BATCH).map(|_| payload.clone()).collect();
                let mut bodies = Vec::with_capacity(BATCH);
                let start = Instant::now();
                for payload in payloads {
                    entropy += 1;
                    bodies.push(
                        signer
                            .sign_body(&payload, black_box(meta), black_box(target), black_box(entropy))
                            .body,
                    );
                }
                relay = relay.min(start.elapsed().as_secs_f64() / BATCH as f64);
                drop(black_box(bodies));
            }
            if round == 0 {
                continue; // warm-up
            }
            ratios.push(sign / relay);
            best_sign = best_sign.min(sign);
            best_relay = best_relay.min(relay);
        }
        ratios.sort_by(f64::total_cmp);
        println!(
            "  relay/{name:<20} {:5.1}%  (quartiles {:.1}%..{:.1}%; fastest batches: sign {:.2} µs, relay {:.2} µs)",
            100.0 * ratios[ROUNDS / 2],
            100.0 * ratios[ROUNDS / 4],
            100.0 * ratios[3 * ROUNDS / 4],
            best_sign * 1e6,
            best_relay * 1e6,
        );
    }
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    // Only under `cargo bench` (not `cargo test --benches`), and only for an unfiltered run or a
    // filter naming it: `cargo bench --bench relay -- paired_ratio`.
    let args: Vec<String> = std::env::args().skip(1).collect();
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    if args.iter().any(|a| a == "--bench") && filters.iter().all(|f| "paired_ratio".contains(f.as_str())) {
        paired_signing_ratio();
    }
}
