//! The Redis connection behind `pgw serve --state redis://…`: one multiplexed async connection,
//! every call bounded by a timeout. The first failure marks Redis down (one warning line, the
//! `pgw_state_backend` gauge moves to `memory`) and callers fall back to in-process state; a
//! background task reconnects with back-off and brings Redis back (one info line).

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use redis::aio::MultiplexedConnection;
use tokio::sync::Notify;

use super::metrics::Metrics;

/// The bound on every Redis call: a slow Redis must not slow relays.
pub const CALL_TIMEOUT: Duration = Duration::from_millis(100);
/// Reconnection back-off: from the first to the last, doubling.
const RETRY_FIRST: Duration = Duration::from_millis(100);
const RETRY_LAST: Duration = Duration::from_secs(2);

/// A shared Redis, or the knowledge that it is away.
pub struct Redis {
    client: redis::Client,
    url: String,
    conn: Mutex<Option<MultiplexedConnection>>,
    up: AtomicBool,
    down: Notify,
    metrics: Arc<Metrics>,
}

/// Checks a `redis://HOST:PORT[/DB]` URL without connecting.
pub fn client(url: &str) -> Result<redis::Client, String> {
    if !url.starts_with("redis://") {
        return Err(format!("--state {url}: expected memory or redis://HOST:PORT[/DB]"));
    }
    redis::Client::open(url).map_err(|e| format!("--state {url}: {e}; expected redis://HOST:PORT[/DB]"))
}

impl Redis {
    /// Connects (bounded); when Redis cannot be reached the gateway starts on in-process state and
    /// keeps trying in the background. Spawns the reconnection task on the current runtime.
    pub async fn connect(client: redis::Client, metrics: Arc<Metrics>) -> Arc<Redis> {
        let url = client.get_connection_info().addr().to_string();
        let redis = Arc::new(Redis {
            client,
            url,
            conn: Mutex::new(None),
            up: AtomicBool::new(false),
            down: Notify::new(),
            metrics,
        });
        match redis.open().await {
            Ok(conn) => redis.mark_up(conn, false),
            Err(e) => {
                redis.metrics.state_backend(false);
                tracing::warn!(redis = %redis.url, error = %e, "redis unreachable; sharing nothing (in-process state) until it answers");
            }
        }
        tokio::spawn(Self::reconnect(Arc::downgrade(&redis)));
        redis
    }

    /// Whether calls go to Redis now.
    pub fn is_up(&self) -> bool {
        self.up.load(Ordering::Relaxed)
    }

    async fn open(&self) -> Result<MultiplexedConnection, String> {
        let connect = async {
            let mut conn = self.client.get_multiplexed_async_connection().await?;
            redis::cmd("PING").query_async::<String>(&mut conn).await?;
            Ok::<_, redis::RedisError>(conn)
        };
        match tokio::time::timeout(CALL_TIMEOUT * 5, connect).await {
            Ok(Ok(conn)) => Ok(conn),
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => Err(format!("no answer within {} ms", (CALL_TIMEOUT * 5).as_millis())),
        }
    }

    fn mark_up(&self, conn: MultiplexedConnection, back: bool) {
        *self.conn.lock().unwrap_or_else(|e| e.into_inner()) = Some(conn);
        self.up.store(true, Ordering::Relaxed);
        self.metrics.state_backend(true);
        if back {
            tracing::info!(redis = %self.url, "redis is back; sharing state through it again");
        } else {
            tracing::info!(redis = %self.url, "sharing state through redis");
        }
    }

    fn mark_down(&self, error: &str) {
        self.metrics.state_error();
        if self.up.swap(false, Ordering::Relaxed) {
            self.metrics.state_backend(false);
            tracing::warn!(redis = %self.url, error, "redis unreachable; serving on in-process state and reconnecting in the background");
            self.down.notify_one();
        }
    }

    /// Runs one call on the shared connection within [`CALL_TIMEOUT`]; `None` when Redis is down
    /// or the call fails (which marks it down).
    pub async fn call<T, F, Fut>(&self, f: F) -> Option<T>
    where
        F: FnOnce(MultiplexedConnection) -> Fut,
        Fut: Future<Output = redis::RedisResult<T>>,
    {
        if !self.is_up() {
            return None;
        }
        let conn = self.conn.lock().unwrap_or_else(|e| e.into_inner()).clone()?;
        match tokio::time::timeout(CALL_TIMEOUT, f(conn)).await {
            Ok(Ok(value)) => Some(value),
            Ok(Err(e)) => {
                self.mark_down(&e.to_string());
                None
            }
            Err(_) => {
                self.mark_down(&format!("no answer within {} ms", CALL_TIMEOUT.as_millis()));
                None
            }
        }
    }

    /// Waits for Redis to go down, then retries with back-off until it answers; ends with the
    /// gateway.
    async fn reconnect(redis: std::sync::Weak<Redis>) {
        loop {
            let Some(strong) = redis.upgrade() else { return };
            if strong.is_up() {
                // Re-checked periodically so a dropped gateway ends this task.
                let _ = tokio::time::timeout(Duration::from_secs(1), strong.down.notified()).await;
                continue;
            }
            drop(strong);
            let mut pause = RETRY_FIRST;
            loop {
                tokio::time::sleep(pause).await;
                let Some(strong) = redis.upgrade() else { return };
                if let Ok(conn) = strong.open().await {
                    strong.mark_up(conn, true);
                    break;
                }
                pause = (pause * 2).min(RETRY_LAST);
            }
        }
    }
}

/// Spawns a call that nobody waits for (writes); failures only move the backend to memory.
pub fn spawn_call<F, Fut>(redis: &Arc<Redis>, f: F)
where
    F: FnOnce(MultiplexedConnection) -> Fut + Send + 'static,
    Fut: Future<Output = redis::RedisResult<()>> + Send + 'static,
{
    if !redis.is_up() {
        return;
    }
    if let Ok(handle) = tokio::runtime::Handle::try_current() {
        let redis = redis.clone();
        handle.spawn(async move {
            redis.call(f).await;
        });
    }
}
