//! `pgw dispatch --compare`: what several dispatchers said, and where they disagree. Pure.

use serde::Serialize;

use super::session::Dispatch;

/// One dispatcher's answer, judged against the others.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub dispatcher: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block_height: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_height: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nodes: Option<usize>,
    /// Blocks behind the highest dispatcher.
    pub lag_blocks: i64,
    /// Whether its session is the one most dispatchers gave.
    pub same_session: bool,
    /// `ok`, `behind`, `different_session`, or `error`.
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// A session's identity: height, key and node set.
fn identity(d: &Dispatch) -> (i64, &str, Vec<&str>) {
    let mut nodes: Vec<&str> = d.session.nodes.iter().map(|n| n.address.as_str()).collect();
    nodes.sort_unstable();
    (d.session.session_height, d.session.key.as_str(), nodes)
}

/// Judges each answer: height lag against the highest, session against the most common one.
pub fn compare(answers: &[(String, Result<Dispatch, String>)]) -> Vec<Row> {
    let ok: Vec<&Dispatch> = answers.iter().filter_map(|(_, r)| r.as_ref().ok()).collect();
    let top = ok.iter().map(|d| d.block_height).max().unwrap_or(0);
    let majority =
        ok.iter().map(|d| identity(d)).max_by_key(|id| ok.iter().filter(|d| identity(d) == *id).count());
    answers
        .iter()
        .map(|(dispatcher, result)| match result {
            Ok(d) => {
                let lag_blocks = top - d.block_height;
                let same_session = majority.as_ref() == Some(&identity(d));
                Row {
                    dispatcher: dispatcher.clone(),
                    block_height: Some(d.block_height),
                    session_height: Some(d.session.session_height),
                    session_key: Some(d.session.key.clone()),
                    nodes: Some(d.session.nodes.len()),
                    lag_blocks,
                    same_session,
                    status: if !same_session {
                        "different_session"
                    } else if lag_blocks > 0 {
                        "behind"
                    } else {
                        "ok"
                    },
                    error: None,
                }
            }
            Err(e) => Row {
                dispatcher: dispatcher.clone(),
                block_height: None,
                session_height: None,
                session_key: None,
                nodes: None,
                lag_blocks: 0,
                same_session: false,
                status: "error",
                error: Some(e.clone()),
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::session::{Session, SessionNode};

    fn d(block_height: i64, session_height: i64, key: &str, nodes: &[&str]) -> Dispatch {
        Dispatch {
            block_height,
            session: Session {
                app_public_key: "aa".into(),
                shannon: None,
                chain: "0021".into(),
                session_height,
                key: key.into(),
                nodes: nodes
                    .iter()
                    .map(|a| SessionNode {
                        address: a.to_string(),
                        public_key: String::new(),
                        service_url: String::new(),
                        jailed: false,
                        chains: vec![],
                        stake: String::new(),
                    })
                    .collect(),
            },
        }
    }

    #[test]
    fn flags_lag_different_sessions_and_errors() {
        let rows = compare(&[
            ("a".into(), Ok(d(103, 101, "k1", &["n1", "n2"]))),
            ("b".into(), Ok(d(102, 101, "k1", &["n2", "n1"]))),
            ("c".into(), Ok(d(103, 101, "k2", &["n3"]))),
            ("d".into(), Err("cannot connect".into())),
        ]);
        let status: Vec<_> = rows.iter().map(|r| (r.status, r.lag_blocks)).collect();
        assert_eq!(status, [("ok", 0), ("behind", 1), ("different_session", 0), ("error", 0)]);
        assert_eq!(rows[3].error.as_deref(), Some("cannot connect"));
    }

    #[test]
    fn agreeing_dispatchers_are_all_ok() {
        let rows = compare(&[("a".into(), Ok(d(5, 5, "k", &["n"]))), ("b".into(), Ok(d(5, 5, "k", &["n"])))]);
        assert!(rows.iter().all(|r| r.status == "ok" && r.same_session));
    }
}
