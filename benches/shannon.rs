//! Shannon signing and verification against the k256 operations they are made of, measured in
//! one run so the ratios hold on any machine (docs/performance.md):
//!
//! - a 2-key ring signature against the 7 scalar multiplications it needs: the key image
//!   `x·Hp(P_j)`, `u·G`, `u·Hp(P_j)`, and for the other member `s·G`, `c·P`, `s·Hp(P)`, `c·I`
//!   (3 by the generator, 4 by other points); target ≤ 1.5×;
//! - verifying a supplier's RelayResponse (decode, re-encode, two SHA-256, payload hash, ECDSA)
//!   against one bare k256 ECDSA verify; target ≤ 1.2×.
//!
//! `cargo bench --bench shannon` prints each time and the two ratios.
#![allow(clippy::disallowed_macros)] // a benchmark reports on stdout

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group};
use k256::ecdsa::signature::{Signer, Verifier};
use k256::ecdsa::{Signature, SigningKey, VerifyingKey};
use k256::elliptic_curve::Field;
use k256::elliptic_curve::ops::MulByGenerator;
use k256::{ProjectivePoint, Scalar};
use pgw::protocol::hash::sha256;
use pgw::protocol::shannon::keys::PrivateKey;
use pgw::protocol::shannon::relay::{self, SupplierKey};
use pgw::protocol::shannon::ring::{PreparedRing, RingSignature, VerifyCache, hash_to_curve};
use pgw::protocol::shannon::wire::{self, SessionHeader};

fn key(seed: &str) -> PrivateKey {
    PrivateKey::from_bytes(&sha256(seed.as_bytes())).unwrap()
}

fn header() -> SessionHeader {
    SessionHeader {
        application_address: key("app").public_key().address(),
        service_id: "eth".into(),
        session_id: "ab".repeat(32),
        session_start_block_height: 1001,
        session_end_block_height: 1060,
    }
}

/// Mean time per call of `f`, over about `budget`.
fn mean(budget: Duration, mut f: impl FnMut()) -> Duration {
    for _ in 0..20 {
        f();
    }
    let mut n = 0u32;
    let start = Instant::now();
    while start.elapsed() < budget {
        for _ in 0..10 {
            f();
        }
        n += 10;
    }
    start.elapsed() / n
}

fn ratios() {
    let mut rng = k256::elliptic_curve::rand_core::OsRng;
    let (a, b) = (Scalar::random(&mut rng), Scalar::random(&mut rng));
    let point = ProjectivePoint::mul_by_generator(&b);
    let budget = Duration::from_secs(2);
    let base_mul = mean(budget, || {
        black_box(ProjectivePoint::mul_by_generator(black_box(&a)));
    });
    let point_mul = mean(budget, || {
        black_box(black_box(point) * black_box(a));
    });
    let app = key("app");
    let gateway = key("gateway");
    let ring = [app.public_key(), gateway.public_key()];
    let m = sha256(b"message");
    let sign = mean(budget, || {
        black_box(RingSignature::sign(black_box(&m), &ring, &gateway).unwrap());
    });
    let sig = RingSignature::sign(&m, &ring, &gateway).unwrap();
    let ring_verify = mean(budget, || {
        assert!(black_box(&sig).verify(black_box(&m)));
    });
    let hp = mean(budget, || {
        black_box(hash_to_curve(black_box(&ring[0])).unwrap());
    });
    let needed = base_mul * 3 + point_mul * 4;

    let supplier = key("supplier");
    let payload = wire::PoktHttpResponse {
        status_code: 200,
        header: wire::header_map([("Content-Type", "application/json")]),
        body_bz: br#"{"jsonrpc":"2.0","id":1,"result":"0x10"}"#.to_vec(),
    };
    let response =
        relay::sign_response(header(), prost::Message::encode_to_vec(&payload), &supplier).to_bytes();
    let supplier_pub = supplier.public_key();
    let response_verify = mean(budget, || {
        let decoded = wire::decode_response(black_box(&response)).unwrap();
        assert_eq!(relay::payload_hash_matches(&decoded), Some(true));
        relay::verify_response_signature(&decoded, &supplier_pub).unwrap();
    });
    let signing_key = SigningKey::from(supplier.secret());
    let verifying_key = VerifyingKey::from(supplier_pub.inner());
    let digest = sha256(b"digest");
    let signature: Signature = signing_key.sign(&digest);
    let bare_verify = mean(budget, || {
        verifying_key.verify(black_box(&digest), black_box(&signature)).unwrap();
    });

    let us = |d: Duration| d.as_secs_f64() * 1e6;
    println!("k256 k·G (precomputed tables)      {:>8.1} µs", us(base_mul));
    println!("k256 k·P                           {:>8.1} µs", us(point_mul));
    println!("hash to curve (one key)            {:>8.1} µs", us(hp));
    println!("ring sign, 2 keys                  {:>8.1} µs", us(sign));
    println!("  its 7 scalar mults (3 k·G, 4 k·P) {:>7.1} µs", us(needed));
    println!(
        "  ratio                            {:>8.2}× (target ≤ 1.5×)",
        sign.as_secs_f64() / needed.as_secs_f64()
    );
    println!("ring verify, 2 keys                {:>8.1} µs", us(ring_verify));
    println!("response verify (decode+hash+ecdsa){:>8.1} µs", us(response_verify));
    println!("  bare k256 ECDSA verify           {:>8.1} µs", us(bare_verify));
    println!(
        "  ratio                            {:>8.2}× (target ≤ 1.2×)",
        response_verify.as_secs_f64() / bare_verify.as_secs_f64()
    );
    floors(budget);
}

/// The cryptography one relay needs on both sides, Shannon against Morse, as a long-running
/// gateway and relay miner do it (Shannon's rings, key images and supplier keys kept, with their
/// fixed-base tables; Morse's Ed25519 as pgw and pocket-core do it).
fn floors(budget: Duration) {
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    let app = key("app");
    let gateway = key("gateway");
    let supplier = key("supplier");
    let ring = [app.public_key(), gateway.public_key()];
    let m = sha256(b"message");
    let prepared = PreparedRing::new(&ring, &gateway).unwrap();
    let sign = mean(budget, || {
        black_box(prepared.sign(black_box(&m)));
    });
    let cache = VerifyCache::default();
    let sig_bytes = prepared.sign(&m).to_bytes();
    let verify = mean(budget, || {
        assert!(cache.parse(black_box(&sig_bytes)).unwrap().verify(black_box(&m)));
    });
    let payload = br#"{"jsonrpc":"2.0","id":1,"result":"0x10"}"#.to_vec();
    let session = header();
    let sign_response = mean(budget, || {
        black_box(relay::sign_response(session.clone(), black_box(payload.clone()), &supplier));
    });
    let response = relay::sign_response(header(), payload.clone(), &supplier).to_bytes();
    let kept = SupplierKey::new(supplier.public_key());
    let check_response = mean(budget, || {
        let decoded = wire::decode_response(black_box(&response)).unwrap();
        assert_eq!(relay::payload_hash_matches(&decoded), Some(true));
        kept.verify_response_signature(&decoded).unwrap();
    });
    let ed = ed25519_dalek::SigningKey::from_bytes(&sha256(b"morse"));
    let ed_public = ed.verifying_key();
    let ed_sign = mean(budget, || {
        black_box(ed25519_dalek::Signer::sign(&ed, black_box(&m)));
    });
    let ed_sig = ed25519_dalek::Signer::sign(&ed, &m);
    let ed_verify = mean(budget, || {
        ed25519_dalek::Verifier::verify(&ed_public, black_box(&m), black_box(&ed_sig)).unwrap();
    });
    let shannon = sign + check_response + verify + sign_response;
    let morse = ed_sign * 2 + ed_verify * 3;
    println!("per relay, kept state (tables built):");
    println!("  gateway: ring sign (prepared)     {:>8.1} µs", us(sign));
    println!("  gateway: response check (kept key){:>8.1} µs", us(check_response));
    println!("  miner:   ring verify (cached)     {:>8.1} µs", us(verify));
    println!("  miner:   response sign (ECDSA)    {:>8.1} µs", us(sign_response));
    println!("  Shannon crypto floor per relay    {:>8.1} µs", us(shannon));
    println!("  Ed25519 sign / verify             {:>8.1} / {:.1} µs", us(ed_sign), us(ed_verify));
    println!("  Morse crypto floor (2 sign, 3 verify) {:>4.1} µs", us(morse));
    println!("  Shannon / Morse floor             {:>8.2}×", shannon.as_secs_f64() / morse.as_secs_f64());
}

fn bench(c: &mut Criterion) {
    let app = key("app");
    let gateway = key("gateway");
    let ring = [app.public_key(), gateway.public_key()];
    let m = sha256(b"message");
    c.bench_function("shannon ring sign (2 keys)", |bench| {
        bench.iter(|| RingSignature::sign(black_box(&m), &ring, &gateway).unwrap())
    });
    let sig = RingSignature::sign(&m, &ring, &gateway).unwrap();
    c.bench_function("shannon ring verify (2 keys)", |bench| {
        bench.iter(|| assert!(black_box(&sig).verify(&m)))
    });
    let request = relay::sign_request(
        header(),
        &key("supplier").public_key().address(),
        b"x".to_vec(),
        &ring,
        &gateway,
    )
    .unwrap()
    .to_bytes();
    c.bench_function("shannon request decode + signable hash", |bench| {
        bench.iter(|| relay::request_signable_hash(&wire::decode_request(black_box(&request)).unwrap()))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3));
    targets = bench
}

fn main() {
    ratios();
    benches();
    Criterion::default().configure_from_args().final_summary();
}
