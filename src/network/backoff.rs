//! Back-off when no session can be had: after every dispatcher failed, the next dispatch for
//! the same session key waits for a window that doubles with each failed round (100 ms, 200 ms,
//! … up to 5 s, each shortened by a random jitter of up to half so that processes do not move
//! in step). During a window no dispatch is sent; when it ends, one caller dispatches (the
//! probe) and the callers that waited share its outcome: a session, or its failure.
//!
//! So a 1 s outage costs a handful of dispatches (about five rounds), not one per request,
//! whatever the concurrency of `pgw bench` or `pgw serve`; a single `pgw relay` dispatches at
//! once, as before. The first failure of a healthy key never waits.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use rand::Rng;

/// How long the windows are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// The first window.
    pub base: Duration,
    /// The longest window.
    pub max: Duration,
}

impl Default for Policy {
    fn default() -> Self {
        Policy { base: Duration::from_millis(100), max: Duration::from_secs(5) }
    }
}

impl Policy {
    /// The window after `failures` failed rounds, before jitter.
    pub fn window(&self, failures: u32) -> Duration {
        let doublings = failures.saturating_sub(1).min(16);
        self.base.saturating_mul(1 << doublings).min(self.max)
    }
}

/// The failures of one key's dispatch rounds: (dispatcher, why) for each dispatcher.
pub type Failures = Vec<(String, String)>;

#[derive(Debug)]
struct State {
    failures: u32,
    until: Instant,
    probing: bool,
    /// Counts finished probes, so waiters know one concluded.
    round: u64,
    last: Failures,
}

/// Shared by every dispatch of a process (it lives in [`super::rpc::Rpc`]).
#[derive(Debug, Default)]
pub struct Backoff {
    policy: Policy,
    keys: Mutex<HashMap<String, State>>,
}

/// What a caller may do.
#[derive(Debug)]
pub enum Admit {
    /// Dispatch, then report through the permit. `waited`: a window was waited out, so another
    /// caller may have stored a session meanwhile (look again first).
    Go(Permit),
    /// A probe failed while this caller waited: its failures are this caller's too.
    Failed(Failures),
}

/// The right to dispatch for a key; report the outcome with [`Permit::succeeded`] or
/// [`Permit::failed`]. Dropped unreported (a cancelled request), it frees the probe slot.
#[derive(Debug)]
pub struct Permit {
    backoff: Arc<Backoff>,
    key: String,
    probe: bool,
    pub waited: bool,
}

/// How often a waiter looks again while a probe is in flight.
const POLL: Duration = Duration::from_millis(10);

impl Backoff {
    pub fn new(policy: Policy) -> Backoff {
        Backoff { policy, keys: Mutex::new(HashMap::new()) }
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<String, State>> {
        self.keys.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Whether `key` is backing off now, and until when.
    pub fn until(&self, key: &str) -> Option<Instant> {
        self.lock().get(key).map(|s| s.until).filter(|until| *until > Instant::now())
    }

    /// Waits out `key`'s window, if any (at most the window, or a probe's round trip).
    pub async fn admit(self: &Arc<Self>, key: &str) -> Admit {
        let mut seen_round = None;
        loop {
            let wait = {
                let mut keys = self.lock();
                let Some(state) = keys.get_mut(key) else {
                    return Admit::Go(self.permit(key, false, seen_round.is_some()));
                };
                if seen_round.is_some_and(|round| round != state.round) {
                    return Admit::Failed(state.last.clone());
                }
                seen_round = Some(state.round);
                let now = Instant::now();
                if !state.probing && now >= state.until {
                    state.probing = true;
                    return Admit::Go(self.permit(key, true, true));
                }
                if state.probing { POLL } else { (state.until - now).min(POLL * 10) }
            };
            tokio::time::sleep(wait).await;
        }
    }

    fn permit(self: &Arc<Self>, key: &str, probe: bool, waited: bool) -> Permit {
        Permit { backoff: self.clone(), key: key.to_string(), probe, waited }
    }

    fn jittered(&self, failures: u32) -> Duration {
        let window = self.policy.window(failures);
        window.mul_f64(rand::thread_rng().gen_range(0.5..=1.0))
    }
}

impl Permit {
    /// A session was had (or a dispatcher answered and refused): the key is healthy again.
    pub fn succeeded(mut self) {
        self.backoff.lock().remove(&self.key);
        self.probe = false;
    }

    /// Every dispatcher failed: start or lengthen the key's window.
    pub fn failed(mut self, failures: &Failures) {
        let backoff = self.backoff.clone();
        let mut keys = backoff.lock();
        let now = Instant::now();
        match keys.get_mut(&self.key) {
            Some(state) if self.probe => {
                state.failures = state.failures.saturating_add(1);
                state.until = now + backoff.jittered(state.failures);
                state.probing = false;
                state.round += 1;
                state.last = failures.clone();
            }
            // Several callers failed at once on a healthy key: the first one starts the window.
            Some(_) => {}
            None => {
                let until = now + backoff.jittered(1);
                keys.insert(
                    self.key.clone(),
                    State { failures: 1, until, probing: false, round: 0, last: failures.clone() },
                );
            }
        }
        self.probe = false;
    }
}

impl Drop for Permit {
    fn drop(&mut self) {
        if self.probe
            && let Some(state) = self.backoff.lock().get_mut(&self.key)
        {
            state.probing = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failures(what: &str) -> Failures {
        vec![("http://d".into(), what.into())]
    }

    fn fast() -> Arc<Backoff> {
        Arc::new(Backoff::new(Policy { base: Duration::from_millis(20), max: Duration::from_millis(80) }))
    }

    #[test]
    fn windows_double_up_to_the_cap() {
        let p = Policy::default();
        let ms = |n| p.window(n).as_millis();
        assert_eq!(
            [ms(1), ms(2), ms(3), ms(4), ms(6), ms(7), ms(100)],
            [100, 200, 400, 800, 3200, 5000, 5000]
        );
    }

    #[tokio::test]
    async fn a_healthy_key_never_waits() {
        let b = fast();
        let Admit::Go(permit) = b.admit("k").await else { panic!("healthy keys go") };
        assert!(!permit.waited);
        permit.succeeded();
        assert_eq!(b.until("k"), None);
    }

    #[tokio::test]
    async fn after_a_failure_one_probe_goes_and_the_waiters_share_its_failure() {
        let b = fast();
        let Admit::Go(first) = b.admit("k").await else { panic!() };
        first.failed(&failures("down"));
        let until = b.until("k").expect("backing off");
        let window = until - Instant::now();
        assert!(window <= Duration::from_millis(20), "{window:?}");
        // Four callers arrive during the window: exactly one probes.
        let mut tasks = Vec::new();
        for _ in 0..4 {
            let b = b.clone();
            tasks.push(tokio::spawn(async move {
                match b.admit("k").await {
                    Admit::Go(permit) => {
                        assert!(permit.waited && Instant::now() >= until);
                        tokio::time::sleep(Duration::from_millis(30)).await;
                        permit.failed(&failures("still down"));
                        "probe"
                    }
                    Admit::Failed(f) => {
                        assert_eq!(f, failures("still down"));
                        "shared"
                    }
                }
            }));
        }
        let mut outcomes = Vec::new();
        for task in tasks {
            outcomes.push(task.await.unwrap());
        }
        outcomes.sort();
        assert_eq!(outcomes, ["probe", "shared", "shared", "shared"]);
        // The second window is longer (40 ms before jitter: at least 20).
        let state_failures = b.lock().get("k").map(|s| s.failures);
        assert_eq!(state_failures, Some(2));
    }

    #[tokio::test]
    async fn a_success_ends_the_back_off_and_a_dropped_probe_frees_its_slot() {
        let b = fast();
        let Admit::Go(first) = b.admit("k").await else { panic!() };
        first.failed(&failures("down"));
        let Admit::Go(probe) = b.admit("k").await else { panic!() };
        drop(probe);
        let Admit::Go(probe) = b.admit("k").await else { panic!("the slot is free again") };
        probe.succeeded();
        let Admit::Go(permit) = b.admit("k").await else { panic!() };
        assert!(!permit.waited);
        // Other keys are independent.
        permit.failed(&failures("down"));
        let Admit::Go(other) = b.admit("other").await else { panic!() };
        assert!(!other.waited);
    }

    #[tokio::test]
    async fn concurrent_failures_on_a_healthy_key_count_once() {
        let b = fast();
        let (Admit::Go(a), Admit::Go(c)) = (b.admit("k").await, b.admit("k").await) else { panic!() };
        a.failed(&failures("down"));
        c.failed(&failures("down"));
        assert_eq!(b.lock().get("k").map(|s| s.failures), Some(1));
    }
}
