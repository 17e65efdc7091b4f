//! The protocols' own cost per relay on this machine, for `scripts/cost-per-relay.sh`: the
//! signatures and verifications a relay needs, each timed alone in a loop, as CPU time of this
//! thread (its CPU-time clock, to the nanosecond), so a busy machine lengthens the wall clock but
//! not the figure.
//!
//! - Morse (pocket-core): one Ed25519 signature and one verification of a 32-byte hash, with a
//!   parsed key (ed25519-dalek alone, none of pgw's code around it).
//! - Shannon (poktroll): a 2-key ring signature with the ring prepared once (the members'
//!   hash-to-curve points, the key image and, after 16 signatures, their tables, as pgw keeps
//!   them per session); its verification from the bytes alone (hash-to-curve included) and with
//!   what a relay miner keeps across relays (`_kept`: parsed points and tables); one secp256k1
//!   ECDSA signature and verification of a short message (k256 alone, with a parsed key), and
//!   the verification a gateway makes with a supplier's key kept (`_kept`).
//!   `cargo bench --bench shannon` ties the ring's cost to the k256 multiplications it is made of.
//!
//! Each operation cycles through 512 distinct inputs (hashes, and signatures over them), as
//! relays bring: one input over and over keeps its table entries in L1 and its branches learnt,
//! which made the kept ECDSA verification read 6–13% cheaper than a relay's (2026-12-07).
//!
//! Prints one JSON object of microseconds per operation. Run:
//! `cargo run --release --example crypto_floor -- [--seconds S]` (default 1 s per operation).

#![allow(clippy::disallowed_macros)] // a tool that reports on stdout

use std::hint::black_box;
use std::time::{Duration, Instant};

use ed25519_dalek::{Signer as _, SigningKey as EdKey, Verifier as _};
use pgw::protocol::hash::sha256;
use pgw::protocol::shannon::keys::PrivateKey;
use pgw::protocol::shannon::relay::{SupplierKey, sign_cosmos};
use pgw::protocol::shannon::ring::{PreparedRing, RingSignature, VerifyCache};

/// CPU time this thread has used: its CPU-time clock, which brings the scheduler's count up to
/// date when read. (`/proc/thread-self/schedstat` gives the count as of the last tick or switch,
/// up to a millisecond stale at either end of a timing.)
fn thread_cpu() -> Duration {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    Duration::new(t.tv_sec.max(0) as u64, t.tv_nsec.clamp(0, 999_999_999) as u32)
}

/// Microseconds of CPU per call of `f`, over about `budget` of wall time.
fn per_call(budget: Duration, mut f: impl FnMut()) -> f64 {
    for _ in 0..50 {
        f();
    }
    let (start, cpu) = (Instant::now(), thread_cpu());
    let mut calls = 0u64;
    while start.elapsed() < budget {
        for _ in 0..20 {
            f();
        }
        calls += 20;
    }
    (thread_cpu() - cpu).as_secs_f64() * 1e6 / calls as f64
}

/// Distinct inputs each operation cycles through: a relay brings a new hash and a new signature
/// every time, so a loop over one input would find its table entries in L1 and its branches
/// learnt, which no relay does.
const POOL: usize = 512;

/// Cycles through `items`, one per call.
fn cycle<'a, T>(items: &'a [T]) -> impl FnMut() -> &'a T {
    let mut i = 0;
    move || {
        i = (i + 1) % items.len();
        &items[i]
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let seconds: f64 = args
        .iter()
        .position(|a| a == "--seconds")
        .and_then(|i| args.get(i + 1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    let budget = Duration::from_secs_f64(seconds.clamp(0.05, 60.0));
    let hashes: Vec<[u8; 32]> =
        (0..POOL).map(|i| sha256(format!("a relay's proof {i}").as_bytes())).collect();

    let ed = EdKey::from_bytes(&sha256(b"crypto_floor/ed25519"));
    let ed_public = ed.verifying_key();
    let ed_signed: Vec<_> = hashes.iter().map(|h| (*h, ed.sign(h))).collect();
    let mut next = cycle(&hashes);
    let ed25519_sign = per_call(budget, || {
        black_box(ed.sign(black_box(next())));
    });
    let mut next = cycle(&ed_signed);
    let ed25519_verify = per_call(budget, || {
        let (hash, sig) = next();
        assert!(ed_public.verify(black_box(hash), black_box(sig)).is_ok());
    });

    let key = |seed: &str| PrivateKey::from_bytes(&sha256(seed.as_bytes())).expect("a valid scalar");
    let (app, gateway) = (key("crypto_floor/app"), key("crypto_floor/gateway"));
    let ring = [app.public_key(), gateway.public_key()];
    let prepared = PreparedRing::new(&ring, &gateway).expect("the gateway is in the ring");
    let mut next = cycle(&hashes);
    let ring_sign = per_call(budget, || {
        black_box(prepared.sign(black_box(next())));
    });
    let ring_signed: Vec<_> = hashes.iter().map(|h| (*h, prepared.sign(h).to_bytes())).collect();
    let mut next = cycle(&ring_signed);
    let ring_verify = per_call(budget, || {
        let (hash, bytes) = next();
        let (sig, _) = RingSignature::from_bytes(black_box(bytes)).expect("a ring signature");
        assert!(sig.verify(black_box(hash)));
    });
    // A relay miner sees the same ring keys and key image relay after relay, and keeps their
    // parsed points and tables (ring::VerifyCache); each signature is still parsed and checked.
    let cache = VerifyCache::default();
    let mut next = cycle(&ring_signed);
    let ring_verify_kept = per_call(budget, || {
        let (hash, bytes) = next();
        let sig = cache.parse(black_box(bytes)).expect("a ring signature");
        assert!(sig.verify(black_box(hash)));
    });

    let ecdsa = k256::ecdsa::SigningKey::from_bytes((&sha256(b"crypto_floor/ecdsa")).into()).expect("a key");
    let ecdsa_public = *ecdsa.verifying_key();
    // About a RelayResponse's signable bytes for a small answer, each different.
    let messages: Vec<[u8; 96]> = hashes
        .iter()
        .map(|h| {
            let mut m = [0x5au8; 96];
            m[..32].copy_from_slice(h);
            m
        })
        .collect();
    let ecdsa_signed: Vec<(&[u8; 96], k256::ecdsa::Signature)> =
        messages.iter().map(|m| (m, ecdsa.sign(m))).collect();
    let mut next = cycle(&messages);
    let ecdsa_sign = per_call(budget, || {
        let sig: k256::ecdsa::Signature = ecdsa.sign(black_box(next()));
        black_box(sig);
    });
    let mut next = cycle(&ecdsa_signed);
    let ecdsa_verify = per_call(budget, || {
        let (message, sig) = next();
        assert!(ecdsa_public.verify(black_box(*message), black_box(sig)).is_ok());
    });
    // A gateway checks the same supplier's signatures relay after relay (relay::SupplierKey
    // keeps the parsed key and its table): Cosmos's rules (64 bytes, low S) and ECDSA.
    let supplier = key("crypto_floor/supplier");
    let kept = SupplierKey::new(supplier.public_key());
    let cosmos_signed: Vec<_> = messages.iter().map(|m| (m, sign_cosmos(&supplier, m))).collect();
    let mut next = cycle(&cosmos_signed);
    let ecdsa_verify_kept = per_call(budget, || {
        let (message, sig) = next();
        assert!(kept.verify_cosmos_signature(black_box(*message), black_box(sig)).is_ok());
    });

    let round = |x: f64| (x * 100.0).round() / 100.0;
    println!(
        "{}",
        serde_json::json!({
            "unit": "µs of CPU per operation",
            "ed25519_sign": round(ed25519_sign),
            "ed25519_verify": round(ed25519_verify),
            "ring_sign_prepared": round(ring_sign),
            "ring_verify": round(ring_verify),
            "ring_verify_kept": round(ring_verify_kept),
            "ecdsa_sign": round(ecdsa_sign),
            "ecdsa_verify": round(ecdsa_verify),
            "ecdsa_verify_kept": round(ecdsa_verify_kept),
        })
    );
}
