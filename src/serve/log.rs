//! The gateway's logging layer: structured lines on stderr (text or JSON) through `tracing`, the
//! only way `serve` writes anything. Engine events and node-health changes become log events.
//! Nothing secret is ever a field: no keys, no request bodies.

use std::sync::Arc;

use tracing::level_filters::LevelFilter;
use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

use super::qos::{Change, ChangeSink};
use crate::network::engine::{Event, Observer};

/// How log lines look (`--log-format`: `cli::values::LogFormatArg`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogFormat {
    /// One human-readable line per event.
    #[default]
    Text,
    /// One JSON object per line.
    Json,
}

/// The level for pgw's `-q`/`-v` flags: warnings only, info, debug (one line per relay), trace.
pub fn level(quiet: bool, verbose: u8) -> LevelFilter {
    match (quiet, verbose) {
        (true, _) => LevelFilter::WARN,
        (false, 0) => LevelFilter::INFO,
        (false, 1) => LevelFilter::DEBUG,
        _ => LevelFilter::TRACE,
    }
}

/// Installs the global subscriber: pgw's own events at `level` on stderr, other crates' warnings.
/// A second call (tests) keeps the first subscriber.
pub fn init(format: LogFormat, level: LevelFilter) {
    let filter = Targets::new().with_target("pgw", level).with_default(LevelFilter::WARN);
    let fmt = tracing_subscriber::fmt::layer().with_writer(std::io::stderr).with_ansi(false);
    let registry = tracing_subscriber::registry().with(filter);
    let _ = match format {
        LogFormat::Text => registry.with(fmt).try_init(),
        LogFormat::Json => registry.with(fmt.json().flatten_event(true)).try_init(),
    };
}

fn short(address: &str) -> &str {
    address.get(..8).unwrap_or(address)
}

/// Engine events as log events (attempts at debug: one per node tried).
pub fn observer() -> Observer {
    // The filter is set before the engine is built; per-relay events only at debug.
    Observer::new(tracing::enabled!(tracing::Level::DEBUG), |event: &Event| match event {
        Event::Session { source, session_height, nodes, cached: false } => {
            tracing::debug!(source = %source, session_height, nodes, "session adopted")
        }
        Event::Session { .. } => {}
        Event::DispatcherFailed { dispatcher, error } => {
            tracing::warn!(dispatcher = %dispatcher, error = %error, "dispatcher failed")
        }
        Event::Attempt(a) => tracing::debug!(
            node = short(&a.node),
            service_url = %a.service_url,
            latency_ms = a.latency_ms,
            outcome = a.outcome,
            code = a.code,
            error = a.error.as_deref(),
            "attempt"
        ),
        Event::CacheWarning(message) => tracing::warn!(message = %message, "session cache"),
    })
}

/// Node-health changes as log events: evictions and sync losses are warnings.
pub fn changes() -> ChangeSink {
    Arc::new(|change: &Change| match change {
        Change::Evicted { chain, node, reason } => {
            tracing::warn!(chain = %chain, node = %node, reason = %reason, "node evicted for the rest of the session")
        }
        Change::TimedOut { chain, node, rest, failures, reason } => tracing::info!(
            chain = %chain,
            node = %node,
            rest_ms = rest.as_millis() as u64,
            failures,
            reason = %reason,
            "node resting"
        ),
        Change::Recovered { chain, node } => tracing::info!(chain = %chain, node = %node, "node recovered"),
        Change::OutOfSync { chain, node, height, agreed, allowance } => tracing::warn!(
            chain = %chain,
            node = %node,
            height,
            agreed_height = agreed,
            allowance,
            "node out of sync: not used"
        ),
        Change::InSync { chain, node } => tracing::info!(chain = %chain, node = %node, "node back in sync"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_pick_the_level() {
        assert_eq!(level(true, 3), LevelFilter::WARN);
        assert_eq!(level(false, 0), LevelFilter::INFO);
        assert_eq!(level(false, 1), LevelFilter::DEBUG);
        assert_eq!(level(false, 2), LevelFilter::TRACE);
    }
}
