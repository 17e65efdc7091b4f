//! Background session refresh: per chain, dispatch again shortly before the cached session's
//! estimated end, so no request waits on a dispatcher at a rollover. Each dispatch also
//! re-anchors the height estimate (and the learned block time); a new session wakes the sync
//! check.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Notify, watch};

use super::Gateway;
use crate::network::cache::{self, Entry};
use crate::network::relayer::Relayer;

/// When to dispatch again.
#[derive(Debug, Clone)]
pub struct RefreshSettings {
    /// Dispatch this long before the session's estimated end (at most half a block time).
    pub lead: Duration,
    /// Dispatch at least this often (re-anchors height estimates, notices unpredicted sessions).
    pub max_interval: Duration,
    /// Never sooner than this after the last dispatch.
    pub min_interval: Duration,
    /// Waits after a failed dispatch: doubling from the first to the second.
    pub retry: (Duration, Duration),
}

impl Default for RefreshSettings {
    fn default() -> Self {
        RefreshSettings {
            lead: Duration::from_secs(5),
            max_interval: Duration::from_secs(60),
            min_interval: Duration::from_millis(200),
            retry: (Duration::from_millis(500), Duration::from_secs(30)),
        }
    }
}

/// How long to wait before the next dispatch, given the cached session at `now_ms`: until
/// `lead` before the estimate reaches the session's end, within [min, max] interval.
pub fn next_refresh(
    entry: &Entry,
    now_ms: u64,
    configured_block_time: Option<Duration>,
    settings: &RefreshSettings,
) -> Duration {
    let Some(bps) = entry.blocks_per_session else {
        return settings.max_interval;
    };
    let block_time = entry.block_time(configured_block_time);
    let lead = settings.lead.min(block_time / 2);
    let blocks_left = (entry.dispatch.session_end(bps) - entry.dispatch.block_height).max(0) as u32;
    let until_end = block_time.saturating_mul(blocks_left);
    let since_observed = Duration::from_millis(now_ms.saturating_sub(entry.observed_ms));
    until_end
        .saturating_sub(since_observed)
        .saturating_sub(lead)
        .clamp(settings.min_interval, settings.max_interval.max(settings.min_interval))
}

/// What a refresh found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refreshed {
    NewSession,
    SameSession,
    Failed,
}

impl Refreshed {
    pub fn label(self) -> &'static str {
        match self {
            Refreshed::NewSession => "new_session",
            Refreshed::SameSession => "same_session",
            Refreshed::Failed => "error",
        }
    }
}

/// One fresh dispatch for `relayer`'s app on `chain`, compared with the session height seen
/// before.
pub async fn refresh_once(
    gateway: &Gateway,
    chain: &str,
    relayer: &Arc<dyn Relayer>,
    seen: &mut Option<i64>,
) -> Refreshed {
    let app = relayer.app();
    match gateway.engine.session_of(relayer, chain, true).await {
        Ok(entry) => {
            gateway.qos.track(&gateway.lane(chain, app), &entry);
            let height = entry.dispatch.session.session_height;
            gateway.metrics.session_height(chain, height);
            let outcome = if *seen == Some(height) { Refreshed::SameSession } else { Refreshed::NewSession };
            if outcome == Refreshed::NewSession {
                tracing::info!(
                    chain,
                    app,
                    session_height = height,
                    nodes = entry.dispatch.session.nodes.len(),
                    block_height = entry.dispatch.block_height,
                    "new session"
                );
            }
            *seen = Some(height);
            gateway.metrics.session_refresh(chain, outcome.label());
            outcome
        }
        Err(e) => {
            let reason = e.describe().message;
            tracing::warn!(chain, app, error = %reason, "session refresh failed; retrying");
            gateway.metrics.session_refresh(chain, Refreshed::Failed.label());
            Refreshed::Failed
        }
    }
}

/// Keeps `relayer`'s app's session of `chain` fresh until `stop` turns true; a new session
/// notifies `wake`.
pub async fn run(
    gateway: Arc<Gateway>,
    chain: String,
    relayer: Arc<dyn Relayer>,
    wake: Arc<Notify>,
    mut stop: watch::Receiver<bool>,
) {
    let app = relayer.app().to_string();
    let mut seen = gateway.current_of(&chain, &app).map(|e| e.dispatch.session.session_height);
    let mut retry = gateway.refresh.retry.0;
    loop {
        let current = gateway.current_of(&chain, &app);
        let delay = match &current {
            Some(entry) => next_refresh(entry, cache::now_ms(), gateway.block_time(), &gateway.refresh),
            None => Duration::ZERO,
        };
        tokio::select! {
            _ = tokio::time::sleep(delay) => {}
            _ = super::raised(&mut stop) => return,
        }
        // With shared state another gateway may have dispatched meanwhile: its session is used.
        if let (Some(before), Some(now)) = (&current, gateway.current_of(&chain, &app))
            && now.observed_ms > before.observed_ms
            && next_refresh(&now, cache::now_ms(), gateway.block_time(), &gateway.refresh)
                > gateway.refresh.min_interval
        {
            continue;
        }
        match refresh_once(&gateway, &chain, &relayer, &mut seen).await {
            Refreshed::NewSession => {
                retry = gateway.refresh.retry.0;
                wake.notify_one();
            }
            Refreshed::SameSession => retry = gateway.refresh.retry.0,
            Refreshed::Failed => {
                tokio::select! {
                    _ = tokio::time::sleep(retry) => {}
                    _ = super::raised(&mut stop) => return,
                }
                retry = (retry * 2).min(gateway.refresh.retry.1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::qos::tests::entry;

    fn at(block_height: i64, observed_ms: u64) -> Entry {
        // Session 97 with 4 blocks per session ends at 101.
        let mut e = entry(97, &["a"]);
        e.dispatch.block_height = block_height;
        e.observed_ms = observed_ms;
        e
    }

    #[test]
    fn dispatches_a_lead_before_the_estimated_end() {
        let s = RefreshSettings::default();
        let bt = Some(Duration::from_secs(60));
        // Height 98: 3 blocks (180 s) left, minus the 5 s lead.
        assert_eq!(
            next_refresh(
                &at(98, 0),
                0,
                bt,
                &RefreshSettings { max_interval: Duration::from_secs(600), ..s.clone() }
            ),
            Duration::from_secs(175)
        );
        // Capped by the maximum interval.
        assert_eq!(next_refresh(&at(98, 0), 0, bt, &s), Duration::from_secs(60));
        // 170 s later: 5 s left until the lead.
        assert_eq!(next_refresh(&at(98, 0), 170_000, bt, &s), Duration::from_secs(5));
        // Past the end: as soon as allowed.
        assert_eq!(next_refresh(&at(100, 0), 600_000, bt, &s), s.min_interval);
    }

    #[test]
    fn the_lead_is_at_most_half_a_block() {
        let s = RefreshSettings::default();
        let bt = Some(Duration::from_secs(2));
        // Last block of the session: 2 s left, lead 1 s.
        assert_eq!(next_refresh(&at(100, 0), 0, bt, &s), Duration::from_secs(1));
    }

    #[test]
    fn unknown_blocks_per_session_polls_at_the_maximum_interval() {
        let s = RefreshSettings::default();
        let mut e = at(98, 0);
        e.blocks_per_session = None;
        assert_eq!(next_refresh(&e, 0, None, &s), s.max_interval);
    }
}
