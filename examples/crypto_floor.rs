//! The cryptographic floor of a Morse relay in CPU time: one bare Ed25519 signature and one bare
//! verification of a 32-byte message (what pgw signs and checks: SHA3-256 digests), measured as
//! this thread's time on a CPU (`/proc/thread-self/schedstat`), not wall time, so that time spent
//! waiting for a busy core does not count. Compare with a process's CPU per relay from
//! `/proc/PID/stat` (docs/performance.md, "Issue 16: overhead removed").
//!
//! Usage: `cargo run --release --example crypto_floor [SECONDS]` (default 2 per operation).
//! Prints one line: `sign_us=… verify_us=… (N signatures, M verifications)`.

#![allow(clippy::disallowed_macros)] // a measuring tool that prints one line

use ed25519_dalek::{Signer, SigningKey, Verifier};

/// Nanoseconds this thread has run on a CPU.
fn thread_cpu_ns() -> u64 {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    text.split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or(0)
}

/// Runs `op` in batches until `seconds` of CPU time are spent; returns (µs per op, ops).
fn measure(seconds: f64, mut op: impl FnMut(u64)) -> (f64, u64) {
    for i in 0..200 {
        op(i); // warm caches and the backend's lazy set-up
    }
    let start = thread_cpu_ns();
    let budget = (seconds * 1e9) as u64;
    let mut ops = 0u64;
    while thread_cpu_ns() - start < budget {
        for _ in 0..100 {
            op(ops);
            ops += 1;
        }
    }
    ((thread_cpu_ns() - start) as f64 / 1e3 / ops as f64, ops)
}

fn main() {
    let seconds: f64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(2.0);
    if std::fs::read_to_string("/proc/thread-self/schedstat").is_err() {
        eprintln!("crypto_floor: /proc/thread-self/schedstat is not readable here (Linux only)");
        std::process::exit(1);
    }
    let key = SigningKey::from_bytes(&[7u8; 32]);
    let public = key.verifying_key();
    let mut message = [0u8; 32];
    let (sign_us, signs) = measure(seconds, |i| {
        message[..8].copy_from_slice(&i.to_le_bytes());
        std::hint::black_box(key.sign(std::hint::black_box(&message)));
    });
    let signature = key.sign(&message);
    let (verify_us, verifies) = measure(seconds, |_| {
        let ok = public.verify(std::hint::black_box(&message), std::hint::black_box(&signature)).is_ok();
        assert!(ok, "a bare signature must verify");
    });
    println!("sign_us={sign_us:.2} verify_us={verify_us:.2} ({signs} signatures, {verifies} verifications)");
}
