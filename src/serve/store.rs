//! The gateway's session store: sessions in memory, without the engine's per-session "avoid"
//! list. In a long-lived process one timeout must not bench a node for a whole session: the QoS
//! decides instead (rests with back-off, evictions for 90/71/bad signatures).
//!
//! With `--state redis://…` every session stored is published to Redis, and [`QosStore::pull`]
//! (at start and from the share task) takes sessions other gateways published: reads stay in
//! memory, so a relay never waits on Redis.

use std::sync::Arc;

use super::shared::Shared;
use crate::network::cache::{Entry, MemoryStore, SessionStore};

#[derive(Default)]
pub struct QosStore {
    inner: MemoryStore,
    shared: Option<Arc<Shared>>,
}

impl QosStore {
    pub fn shared(shared: Arc<Shared>) -> QosStore {
        QosStore { inner: MemoryStore::default(), shared: Some(shared) }
    }

    /// Adopts the session published under `key` when it is newer than the one held here (or
    /// none is); returns whether it did.
    pub async fn pull(&self, key: &str) -> bool {
        let Some(shared) = &self.shared else { return false };
        let Some(remote) = shared.session(key).await else { return false };
        let newer = match self.inner.load(key) {
            None => true,
            Some(local) => {
                let (r, l) = (&remote.dispatch, &local.dispatch);
                r.session.session_height > l.session.session_height
                    || (r.session == l.session && remote.observed_ms > local.observed_ms)
            }
        };
        newer && self.inner.save(key, remote).is_ok()
    }
}

impl SessionStore for QosStore {
    fn load(&self, key: &str) -> Option<Arc<Entry>> {
        self.inner.load(key)
    }

    fn save(&self, key: &str, entry: Entry) -> Result<Arc<Entry>, String> {
        let saved = self.inner.save(key, entry)?;
        if let Some(shared) = &self.shared {
            shared.publish_session(key, &saved);
        }
        Ok(saved)
    }

    /// Ignored: node exclusion belongs to the QoS.
    fn avoid(&self, _key: &str, _session_height: i64, _address: &str) -> Result<(), String> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::qos::tests::entry;

    #[test]
    fn sessions_are_kept_and_avoids_ignored() {
        let store = QosStore::default();
        store.save("k", entry(97, &["a"])).unwrap();
        store.avoid("k", 97, "a").unwrap();
        assert!(store.load("k").unwrap().avoid.is_empty());
        assert!(store.load("other").is_none());
    }
}
