//! What several `pgw serve` processes share through Redis, and the keys it lives under:
//! sessions (`pgw:session:<cache key>`, JSON, expiring when the session's blocks pass), node
//! evictions (`pgw:evict:<chain>:<session key>`, a hash of node → reason, for the session), node
//! rests (`pgw:rest:<chain>:<session key>`, a hash of node → end in Unix ms), and
//! relay budgets (`pgw:budget:<chain>:<session key>:<node>`, a counter, for the session). The
//! session key names the app, the chain and the session, so apps never mix.

use std::sync::Arc;
use std::time::Duration;

use super::redis::{Redis, spawn_call};
use crate::network::cache::{self, Entry};

/// How long an entry about a session lives when its blocks per session are unknown.
const UNKNOWN_SESSION_TTL: Duration = Duration::from_secs(3600);
const MIN_TTL: Duration = Duration::from_secs(1);
const MAX_TTL: Duration = Duration::from_secs(24 * 3600);

/// The Redis-shared state of a gateway.
pub struct Shared {
    pub redis: Arc<Redis>,
    /// The configured block time (for session lifetimes until one is measured).
    pub block_time: Option<Duration>,
}

/// The session's remaining lifetime: its remaining blocks times the block time.
pub fn remaining(entry: &Entry, block_time: Option<Duration>, now_ms: u64) -> Duration {
    let Some(bps) = entry.blocks_per_session else {
        return UNKNOWN_SESSION_TTL;
    };
    let left = entry.dispatch.session_end(bps) - entry.estimated_height(now_ms, block_time);
    let block = entry.block_time(block_time);
    block.saturating_mul(left.clamp(0, u32::MAX as i64) as u32).clamp(MIN_TTL, MAX_TTL)
}

fn session_key(key: &str) -> String {
    format!("pgw:session:{key}")
}

fn evict_key(chain: &str, entry: &Entry) -> String {
    format!("pgw:evict:{chain}:{}", entry.dispatch.session.key)
}

fn rest_key(chain: &str, entry: &Entry) -> String {
    format!("pgw:rest:{chain}:{}", entry.dispatch.session.key)
}

fn budget_key(chain: &str, entry: &Entry, node: &str) -> String {
    format!("pgw:budget:{chain}:{}:{node}", entry.dispatch.session.key)
}

fn millis(d: Duration) -> u64 {
    d.as_millis().max(1) as u64
}

impl Shared {
    fn ttl(&self, entry: &Entry) -> u64 {
        millis(remaining(entry, self.block_time, cache::now_ms()))
    }

    /// Publishes a session this gateway stored (not waited for).
    pub fn publish_session(&self, key: &str, entry: &Entry) {
        let Ok(json) = serde_json::to_string(entry) else { return };
        let (k, ttl) = (session_key(key), self.ttl(entry));
        spawn_call(&self.redis, move |mut conn| async move {
            redis::cmd("SET").arg(k).arg(json).arg("PX").arg(ttl).query_async::<()>(&mut conn).await
        });
    }

    /// The session another gateway (or this one) published under `key`.
    pub async fn session(&self, key: &str) -> Option<Entry> {
        let k = session_key(key);
        let json: String = self
            .redis
            .call(move |mut conn| async move {
                redis::cmd("GET").arg(k).query_async::<Option<String>>(&mut conn).await
            })
            .await??;
        serde_json::from_str(&json).ok()
    }

    /// Publishes an eviction from `entry`'s session (not waited for).
    pub fn evict(&self, chain: &str, entry: &Entry, node: &str, reason: &str) {
        let (k, ttl) = (evict_key(chain, entry), self.ttl(entry));
        let (node, reason) = (node.to_string(), reason.to_string());
        spawn_call(&self.redis, move |mut conn| async move {
            redis::pipe()
                .atomic()
                .hset(&k, node, reason)
                .ignore()
                .pexpire(&k, ttl as i64)
                .ignore()
                .query_async::<()>(&mut conn)
                .await
        });
    }

    /// Every node evicted from `entry`'s session by any gateway, with the reason.
    pub async fn evictions(&self, chain: &str, entry: &Entry) -> Option<Vec<(String, String)>> {
        let k = evict_key(chain, entry);
        self.redis
            .call(move |mut conn| async move { redis::cmd("HGETALL").arg(k).query_async(&mut conn).await })
            .await
    }

    /// Publishes a node's rest: it ends at `until_ms` (Unix ms) for every gateway.
    pub fn rest(&self, chain: &str, entry: &Entry, node: &str, until_ms: u64) {
        let (k, ttl) = (rest_key(chain, entry), self.ttl(entry));
        let node = node.to_string();
        spawn_call(&self.redis, move |mut conn| async move {
            redis::pipe()
                .atomic()
                .hset(&k, node, until_ms)
                .ignore()
                .pexpire(&k, ttl as i64)
                .ignore()
                .query_async::<()>(&mut conn)
                .await
        });
    }

    /// Every node resting in `entry`'s session, with when its rest ends (Unix ms).
    pub async fn rests(&self, chain: &str, entry: &Entry) -> Option<Vec<(String, u64)>> {
        let k = rest_key(chain, entry);
        self.redis
            .call(move |mut conn| async move { redis::cmd("HGETALL").arg(k).query_async(&mut conn).await })
            .await
    }

    /// Counts one relay to `node` in `entry`'s session against the app's budget; the count
    /// including this one, `None` when Redis is away.
    pub async fn spend(&self, chain: &str, entry: &Entry, node: &str) -> Option<u64> {
        let (k, ttl) = (budget_key(chain, entry, node), self.ttl(entry));
        let (count,): (u64,) = self
            .redis
            .call(move |mut conn| async move {
                redis::pipe()
                    .atomic()
                    .incr(&k, 1u64)
                    .pexpire(&k, ttl as i64)
                    .ignore()
                    .query_async(&mut conn)
                    .await
            })
            .await?;
        Some(count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::qos::tests::entry;

    #[test]
    fn entries_live_as_long_as_their_session() {
        // Session 97 of 4 blocks at height 98 (observed at 0): blocks 98..100 left.
        let e = entry(97, &["a"]);
        let block = Some(Duration::from_secs(10));
        assert_eq!(remaining(&e, block, 0), Duration::from_secs(30));
        assert_eq!(remaining(&e, block, 20_000), Duration::from_secs(10));
        // Past its end, the shortest life; unknown blocks per session, an hour.
        assert_eq!(remaining(&e, block, 60_000), MIN_TTL);
        let unknown = Entry { blocks_per_session: None, ..e };
        assert_eq!(remaining(&unknown, block, 0), UNKNOWN_SESSION_TTL);
    }

    #[test]
    fn keys_name_the_chain_and_the_session() {
        let e = entry(97, &["a"]);
        assert_eq!(session_key("0021-abc"), "pgw:session:0021-abc");
        assert_eq!(evict_key("0021", &e), "pgw:evict:0021:00");
        assert_eq!(rest_key("0021", &e), "pgw:rest:0021:00");
        assert_eq!(budget_key("0021", &e, "a"), "pgw:budget:0021:00:a");
    }
}
