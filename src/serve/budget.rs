//! Relay budgets (`--relay-budget N`): at most N relays per app per node per session, counted
//! before each relay is sent. With Redis the count is one atomic counter shared by every gateway
//! (INCR, expiring with the session), so together they never overspend; without it (or while
//! Redis is away) this process counts alone. A node whose budget is spent is skipped for the rest
//! of the session, as pocket-core's code 71 (over the service limit) would have it.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use super::metrics::Metrics;
use super::shared::Shared;
use crate::network::cache::Entry;
use crate::network::engine::NodeRef;

/// (chain, session key, node).
type Slot = (String, String, String);

#[derive(Default)]
struct Counts {
    /// The session each chain's counts are for; older sessions' counts are dropped.
    session: HashMap<String, String>,
    used: HashMap<Slot, u64>,
    spent: HashSet<Slot>,
}

pub struct Budget {
    /// Relays per node per session; `None`: unlimited.
    pub limit: Option<u64>,
    app: String,
    shared: Option<Arc<Shared>>,
    metrics: Arc<Metrics>,
    counts: Mutex<Counts>,
}

impl Budget {
    pub fn new(limit: Option<u64>, app: &str, shared: Option<Arc<Shared>>, metrics: Arc<Metrics>) -> Budget {
        Budget { limit, app: app.to_string(), shared, metrics, counts: Mutex::default() }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Counts> {
        self.counts.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The first `room` of `ranked` whose budget has room, one relay counted on each.
    pub async fn admit(
        &self,
        chain: &str,
        entry: &Entry,
        mut ranked: Vec<NodeRef>,
        room: usize,
    ) -> Vec<NodeRef> {
        let Some(limit) = self.limit else {
            ranked.truncate(room);
            return ranked;
        };
        let session = entry.dispatch.session.key.clone();
        {
            let mut counts = self.lock();
            if counts.session.get(chain) != Some(&session) {
                counts.session.insert(chain.to_string(), session.clone());
                counts.used.retain(|(c, _, _), _| c != chain);
                counts.spent.retain(|(c, _, _)| c != chain);
            }
        }
        let mut chosen = Vec::with_capacity(room);
        for node in ranked {
            if chosen.len() == room {
                break;
            }
            let slot = (chain.to_string(), session.clone(), node.address.clone());
            if self.lock().spent.contains(&slot) {
                continue;
            }
            let shared = match &self.shared {
                Some(shared) => shared.spend(chain, entry, &node.address).await,
                None => None,
            };
            let count = {
                let mut counts = self.lock();
                let used = counts.used.entry(slot.clone()).or_insert(0);
                *used = match shared {
                    Some(count) => count,
                    None => *used + 1,
                };
                let count = *used;
                if count >= limit {
                    counts.spent.insert(slot);
                }
                count
            };
            if count <= limit {
                chosen.push(node);
            }
        }
        self.report(chain, &session, limit);
        chosen
    }

    fn report(&self, chain: &str, session: &str, limit: u64) {
        let used = {
            let counts = self.lock();
            counts
                .used
                .iter()
                .filter(|((c, s, _), _)| c == chain && s == session)
                .map(|(_, n)| (*n).min(limit))
                .sum()
        };
        self.metrics.relay_budget(&self.app, chain, limit, used);
    }

    /// Sets the gauges for a chain before any relay.
    pub fn announce(&self, chain: &str) {
        if let Some(limit) = self.limit {
            self.metrics.relay_budget(&self.app, chain, limit, 0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::qos::tests::entry;

    fn nodes(names: &[&str]) -> Vec<NodeRef> {
        names
            .iter()
            .map(|n| NodeRef {
                address: n.to_string(),
                service_url: String::new(),
                public_key: String::new(),
            })
            .collect()
    }

    #[tokio::test]
    async fn a_spent_node_is_skipped_for_the_rest_of_the_session() {
        let metrics = Arc::new(Metrics::new());
        let budget = Budget::new(Some(2), "aa", None, metrics.clone());
        let e = entry(97, &["a", "b"]);
        let pick = |r: Vec<NodeRef>| r.into_iter().map(|n| n.address).collect::<Vec<_>>();
        assert_eq!(pick(budget.admit("0021", &e, nodes(&["a", "b"]), 1).await), ["a"]);
        assert_eq!(pick(budget.admit("0021", &e, nodes(&["a", "b"]), 1).await), ["a"]);
        assert_eq!(pick(budget.admit("0021", &e, nodes(&["a", "b"]), 1).await), ["b"]);
        assert_eq!(pick(budget.admit("0021", &e, nodes(&["a", "b"]), 2).await), ["b"]);
        assert!(budget.admit("0021", &e, nodes(&["a", "b"]), 2).await.is_empty());
        let text = metrics.render(&[]);
        assert!(text.contains(r#"pgw_relay_budget_used{app="aa",chain="0021"} 4"#), "{text}");
        assert!(text.contains(r#"pgw_relay_budget{app="aa",chain="0021"} 2"#), "{text}");
        // A new session starts with a full budget.
        let mut next = entry(101, &["a", "b"]);
        next.dispatch.session.key = "next".into();
        assert_eq!(pick(budget.admit("0021", &next, nodes(&["a"]), 1).await), ["a"]);
        let unlimited = Budget::new(None, "aa", None, metrics);
        assert_eq!(pick(unlimited.admit("0021", &e, nodes(&["a", "b"]), 5).await), ["a", "b"]);
    }
}
