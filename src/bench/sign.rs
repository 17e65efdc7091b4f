//! `--sign-only`: how fast this machine signs relays, with no network. One OS thread per core
//! signs the run's relay (fresh entropy each time) in batches; every fourth batch is followed by a
//! batch of bare ed25519-dalek signatures of 32-byte messages, the unavoidable cost, so both
//! rates are measured on the same threads at the same moments and their ratio says how close
//! relay signing comes to the signature alone.

use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use ed25519_dalek::{Signer, SigningKey};
use serde::Serialize;

use super::run::{Limit, Progress};
use super::stats::{round1, round3};
use crate::protocol::morse::keys::PrivateKey;
use crate::protocol::morse::relay::{self, Meta, Payload, RelaySigner, Target};

/// Relays per batch (a batch is timed as a whole).
const BATCH: u64 = 32;
/// One bare-signature batch after every this many relay batches.
const RELAY_BATCHES_PER_BARE: u64 = 4;

/// What a sign-only run measured.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignOutcome {
    pub threads: usize,
    pub relays: u64,
    pub bare_signatures: u64,
    /// Relays per second on all threads: the sum of each thread's relays ÷ its time signing relays.
    pub relays_per_s: f64,
    /// Bare signatures per second on all threads, measured the same way.
    pub bare_signatures_per_s: f64,
    /// relays_per_s ÷ bare_signatures_per_s.
    pub ratio: f64,
    /// Wall-clock seconds of the run (both kinds of batches).
    pub duration_s: f64,
}

#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    relays: u64,
    relay_time: Duration,
    bare: u64,
    bare_time: Duration,
}

fn thread(
    signer: &RelaySigner,
    payload: &Payload,
    target: Target<'_>,
    limit: Limit,
    start: Instant,
    tickets: &AtomicU64,
    progress: &Progress,
) -> Tally {
    let key = SigningKey::generate(&mut rand::rngs::OsRng);
    let mut message = [0x5au8; 32];
    let meta = Meta { block_height: target.session_block_height };
    let mut tally = Tally::default();
    let mut batches = 0u64;
    loop {
        if progress.stopped() {
            break;
        }
        let count = match limit {
            Limit::Requests(n) => {
                let first = tickets.fetch_add(BATCH, Ordering::Relaxed);
                if first >= n {
                    break;
                }
                BATCH.min(n - first)
            }
            Limit::Duration(d) => {
                if start.elapsed() >= d {
                    break;
                }
                BATCH
            }
        };
        let t = Instant::now();
        for _ in 0..count {
            black_box(signer.sign_body(black_box(payload), meta, target, relay::random_entropy()));
        }
        tally.relay_time += t.elapsed();
        tally.relays += count;
        progress.done.fetch_add(count, Ordering::Relaxed);
        if batches.is_multiple_of(RELAY_BATCHES_PER_BARE) {
            let t = Instant::now();
            for i in 0..BATCH {
                message[..8].copy_from_slice(&i.to_le_bytes());
                black_box(key.sign(black_box(&message)).to_bytes());
            }
            tally.bare_time += t.elapsed();
            tally.bare += BATCH;
        }
        batches += 1;
    }
    tally
}

fn per_second(n: u64, t: Duration) -> f64 {
    if t.is_zero() { 0.0 } else { n as f64 / t.as_secs_f64() }
}

/// Signs relays of `payload` on `chain` on `threads` threads until `limit`.
pub fn sign_only(
    signer: &RelaySigner,
    payload: &Payload,
    chain: &str,
    threads: usize,
    limit: Limit,
    progress: &Progress,
) -> SignOutcome {
    let servicer = PrivateKey::generate().public_key().to_hex();
    let target = Target { servicer_pub_key: &servicer, blockchain: chain, session_block_height: 100_001 };
    let tickets = AtomicU64::new(0);
    let threads = threads.max(1);
    let start = Instant::now();
    let tallies: Vec<Tally> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| s.spawn(|| thread(signer, payload, target, limit, start, &tickets, progress)))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    let duration = start.elapsed();
    let relays_per_s: f64 = tallies.iter().map(|t| per_second(t.relays, t.relay_time)).sum();
    let bare_per_s: f64 = tallies.iter().map(|t| per_second(t.bare, t.bare_time)).sum();
    SignOutcome {
        threads,
        relays: tallies.iter().map(|t| t.relays).sum(),
        bare_signatures: tallies.iter().map(|t| t.bare).sum(),
        relays_per_s,
        bare_signatures_per_s: bare_per_s,
        ratio: if bare_per_s > 0.0 { relays_per_s / bare_per_s } else { 0.0 },
        duration_s: duration.as_secs_f64(),
    }
}

/// [`sign_only`] on every core, with `on_progress` called every 50 ms while it runs.
pub fn sign_only_watched(
    signer: &RelaySigner,
    payload: &Payload,
    chain: &str,
    limit: Limit,
    mut on_progress: impl FnMut(&Progress),
) -> Result<SignOutcome, String> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let progress = Progress::default();
    std::thread::scope(|s| {
        let work = s.spawn(|| sign_only(signer, payload, chain, threads, limit, &progress));
        while !work.is_finished() {
            on_progress(&progress);
            std::thread::sleep(Duration::from_millis(50));
        }
        work.join().map_err(|_| "a signing thread stopped unexpectedly".to_string())
    })
}

/// How a sign-only run was asked for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignConfig {
    pub chain: String,
    pub threads: usize,
    pub requests: Option<u64>,
    pub duration_s: Option<f64>,
}

/// `pgw bench --sign-only --output json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignReport {
    pub pgw_bench: u32,
    /// `sign_only`.
    pub mode: &'static str,
    pub config: SignConfig,
    pub relays: u64,
    pub duration_s: f64,
    pub relays_per_s: f64,
    pub bare_signatures: u64,
    pub bare_signatures_per_s: f64,
    /// relays_per_s ÷ bare_signatures_per_s.
    pub ratio: f64,
}

impl SignReport {
    pub fn new(chain: &str, limit: Limit, o: &SignOutcome) -> SignReport {
        SignReport {
            pgw_bench: super::report::VERSION,
            mode: "sign_only",
            config: SignConfig {
                chain: chain.to_string(),
                threads: o.threads,
                requests: limit.requests(),
                duration_s: limit.duration_s(),
            },
            relays: o.relays,
            duration_s: round3(o.duration_s),
            relays_per_s: round1(o.relays_per_s),
            bare_signatures: o.bare_signatures,
            bare_signatures_per_s: round1(o.bare_signatures_per_s),
            ratio: round3(o.ratio),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::morse::aat::Aat;

    #[test]
    fn signs_exactly_n_relays_on_every_thread_with_a_calibration() {
        let key = PrivateKey::generate();
        let signer = RelaySigner::new(Aat::sign(&key, &key.public_key()), key).unwrap();
        let payload = Payload { data: "{}".into(), method: "POST".into(), ..Default::default() };
        let progress = Progress::default();
        let out = sign_only(&signer, &payload, "0021", 2, Limit::Requests(100), &progress);
        assert_eq!(out.relays, 100);
        assert_eq!(progress.done.load(Ordering::Relaxed), 100);
        assert!(out.bare_signatures >= BATCH, "{out:?}");
        assert!(out.relays_per_s > 0.0 && out.bare_signatures_per_s > 0.0);
        assert!(out.ratio.is_finite() && out.ratio > 0.0, "{out:?}");
        let out =
            sign_only(&signer, &payload, "0021", 1, Limit::Duration(Duration::from_millis(50)), &progress);
        assert!(out.relays >= BATCH && out.duration_s >= 0.05, "{out:?}");
    }
}
