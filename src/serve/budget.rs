//! Relay budgets (`--relay-budget N|auto`): at most N relays per app per node per session,
//! counted before each relay is sent. Each app has its own budget (a Shannon gateway's `--app`s:
//! `auto` reads each one's from its own stake) and its own counts per node. With Redis the
//! count is one atomic counter shared by every gateway (INCR, expiring with the session; the
//! session key names the app), so together they never overspend; without it (or while Redis is
//! away) this process counts alone. A node whose budget is spent is skipped for the rest of the
//! session, as pocket-core's code 71 (over the service limit) and poktroll's relay meter (rate
//! limited: the app's stake share for the supplier is used up) would have it; when every node
//! of an app's session is spent, the engine moves on to the gateway's next app.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use super::metrics::Metrics;
use super::shared::Shared;
use crate::network::cache::Entry;
use crate::network::session::SessionNode;

/// Relays per node per session, by app and chain.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Limits {
    /// For every app and chain without its own (`--relay-budget N`); `None`: unlimited.
    pub all: Option<u64>,
    /// By (app, chain): `--relay-budget auto`, each app's from its stake.
    pub by_app: HashMap<(String, String), u64>,
}

impl Limits {
    /// The same limit for every app and chain.
    pub fn all(limit: Option<u64>) -> Limits {
        Limits { all: limit, by_app: HashMap::new() }
    }

    /// `app`'s limit on `chain`.
    pub fn of(&self, app: &str, chain: &str) -> Option<u64> {
        // Asked on every relay: without per-app limits, no key is built for the lookup.
        if self.by_app.is_empty() {
            return self.all;
        }
        self.by_app.get(&(app.to_string(), chain.to_string())).copied().or(self.all)
    }
}

/// One app's counts on one chain, for its current session.
#[derive(Default)]
struct Counts {
    session: String,
    used: HashMap<String, u64>,
    spent: HashSet<String>,
}

pub struct Budget {
    limits: Limits,
    shared: Option<Arc<Shared>>,
    metrics: Arc<Metrics>,
    /// By (chain, app); older sessions' counts are dropped.
    counts: Mutex<HashMap<(String, String), Counts>>,
}

impl Budget {
    pub fn new(limits: Limits, shared: Option<Arc<Shared>>, metrics: Arc<Metrics>) -> Budget {
        Budget { limits, shared, metrics, counts: Mutex::default() }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(String, String), Counts>> {
        self.counts.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The first `room` of `ranked` whose budget for the session's app has room, one relay
    /// counted on each.
    pub async fn admit<'e>(
        &self,
        chain: &str,
        entry: &'e Entry,
        mut ranked: Vec<&'e SessionNode>,
        room: usize,
    ) -> Vec<&'e SessionNode> {
        let app = entry.dispatch.session.app_public_key.as_str();
        let Some(limit) = self.limits.of(app, chain) else {
            ranked.truncate(room);
            return ranked;
        };
        let session = &entry.dispatch.session.key;
        let slot = (chain.to_string(), app.to_string());
        {
            let mut counts = self.lock();
            let counts = counts.entry(slot.clone()).or_default();
            if counts.session != *session {
                *counts = Counts { session: session.clone(), ..Counts::default() };
            }
        }
        let mut chosen = Vec::with_capacity(room);
        for node in ranked {
            if chosen.len() == room {
                break;
            }
            let spent = |counts: &HashMap<(String, String), Counts>| {
                counts.get(&slot).is_some_and(|c| c.session == *session && c.spent.contains(&node.address))
            };
            if spent(&self.lock()) {
                continue;
            }
            let shared = match &self.shared {
                Some(shared) => shared.spend(chain, entry, &node.address).await,
                None => None,
            };
            let count = {
                let mut counts = self.lock();
                let counts = counts.entry(slot.clone()).or_default();
                if counts.session != *session {
                    // A newer session began meanwhile: this one's counts are gone.
                    continue;
                }
                let used = counts.used.entry(node.address.clone()).or_insert(0);
                *used = match shared {
                    Some(count) => count,
                    None => *used + 1,
                };
                let count = *used;
                if count >= limit {
                    counts.spent.insert(node.address.clone());
                }
                count
            };
            if count <= limit {
                chosen.push(node);
            }
        }
        self.report(chain, app, session, limit);
        chosen
    }

    fn report(&self, chain: &str, app: &str, session: &str, limit: u64) {
        let used = {
            let counts = self.lock();
            counts
                .get(&(chain.to_string(), app.to_string()))
                .filter(|c| c.session == session)
                .map_or(0, |c| c.used.values().map(|n| (*n).min(limit)).sum())
        };
        self.metrics.relay_budget(app, chain, limit, used);
    }

    /// Sets the gauges of `apps` on a chain before any relay.
    pub fn announce<'a>(&self, chain: &str, apps: impl IntoIterator<Item = &'a str>) {
        for app in apps {
            if let Some(limit) = self.limits.of(app, chain) {
                self.metrics.relay_budget(app, chain, limit, 0);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::qos::tests::entry;

    /// The nodes of `e` with these addresses, in this order.
    fn nodes<'e>(e: &'e Entry, names: &[&str]) -> Vec<&'e SessionNode> {
        names.iter().map(|a| e.dispatch.session.nodes.iter().find(|n| n.address == *a).unwrap()).collect()
    }

    #[tokio::test]
    async fn a_spent_node_is_skipped_for_the_rest_of_the_session() {
        let metrics = Arc::new(Metrics::new());
        let budget = Budget::new(Limits::all(Some(2)), None, metrics.clone());
        let e = entry(97, &["a", "b"]);
        let pick = |r: Vec<&SessionNode>| r.into_iter().map(|n| n.address.clone()).collect::<Vec<_>>();
        assert_eq!(pick(budget.admit("0021", &e, nodes(&e, &["a", "b"]), 1).await), ["a"]);
        assert_eq!(pick(budget.admit("0021", &e, nodes(&e, &["a", "b"]), 1).await), ["a"]);
        assert_eq!(pick(budget.admit("0021", &e, nodes(&e, &["a", "b"]), 1).await), ["b"]);
        assert_eq!(pick(budget.admit("0021", &e, nodes(&e, &["a", "b"]), 2).await), ["b"]);
        assert!(budget.admit("0021", &e, nodes(&e, &["a", "b"]), 2).await.is_empty());
        let text = metrics.render(&[]);
        assert!(text.contains(r#"pgw_relay_budget_used{app="aa",chain="0021"} 4"#), "{text}");
        assert!(text.contains(r#"pgw_relay_budget{app="aa",chain="0021"} 2"#), "{text}");
        // A new session starts with a full budget.
        let mut next = entry(101, &["a", "b"]);
        next.dispatch.session.key = "next".into();
        assert_eq!(pick(budget.admit("0021", &next, nodes(&next, &["a"]), 1).await), ["a"]);
        let unlimited = Budget::new(Limits::all(None), None, metrics);
        assert_eq!(pick(unlimited.admit("0021", &e, nodes(&e, &["a", "b"]), 5).await), ["a", "b"]);
    }

    #[tokio::test]
    async fn each_app_has_its_own_budget_and_counts() {
        let metrics = Arc::new(Metrics::new());
        let mut limits = Limits::all(Some(1));
        limits.by_app.insert(("bb".into(), "0021".into()), 2);
        let budget = Budget::new(limits, None, metrics.clone());
        let a = entry(97, &["a", "b"]);
        let mut b = entry(97, &["a", "b"]);
        b.dispatch.session.app_public_key = "bb".into();
        b.dispatch.session.key = "01".into();
        let pick = |r: Vec<&SessionNode>| r.into_iter().map(|n| n.address.clone()).collect::<Vec<_>>();
        budget.announce("0021", ["aa", "bb"]);
        // The apps take turns: neither's counts are reset by the other's session.
        for _ in 0..2 {
            assert_eq!(pick(budget.admit("0021", &b, nodes(&b, &["a", "b"]), 2).await), ["a", "b"]);
        }
        assert_eq!(pick(budget.admit("0021", &a, nodes(&a, &["a", "b"]), 2).await), ["a", "b"]);
        assert!(budget.admit("0021", &a, nodes(&a, &["a", "b"]), 2).await.is_empty());
        assert!(budget.admit("0021", &b, nodes(&b, &["a", "b"]), 2).await.is_empty());
        // Another chain: the default limit.
        let mut c = entry(97, &["a"]);
        c.dispatch.session.app_public_key = "bb".into();
        assert_eq!(pick(budget.admit("0001", &c, nodes(&c, &["a"]), 1).await), ["a"]);
        let text = metrics.render(&[]);
        for want in [
            r#"pgw_relay_budget{app="aa",chain="0021"} 1"#,
            r#"pgw_relay_budget_used{app="aa",chain="0021"} 2"#,
            r#"pgw_relay_budget{app="bb",chain="0021"} 2"#,
            r#"pgw_relay_budget_used{app="bb",chain="0021"} 4"#,
            r#"pgw_relay_budget{app="bb",chain="0001"} 1"#,
        ] {
            assert!(text.contains(want), "{want} in {text}");
        }
    }
}
