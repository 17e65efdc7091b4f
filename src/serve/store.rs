//! The gateway's session store: sessions in memory, without the engine's per-session "avoid"
//! list. In a long-lived process one timeout must not bench a node for a whole session: the QoS
//! decides instead (rests with back-off, evictions for 90/71/bad signatures).

use std::sync::Arc;

use crate::network::cache::{Entry, MemoryStore, SessionStore};

#[derive(Default)]
pub struct QosStore {
    inner: MemoryStore,
}

impl SessionStore for QosStore {
    fn load(&self, key: &str) -> Option<Arc<Entry>> {
        self.inner.load(key)
    }

    fn save(&self, key: &str, entry: Entry) -> Result<Arc<Entry>, String> {
        self.inner.save(key, entry)
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
