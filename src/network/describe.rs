//! The one vocabulary of relay failures: a stable kind name for each (JSON, metrics labels,
//! bench tables), what it means, and the sentence pgw says about it, worded with the error
//! catalogue. `cli` adds only exit codes; `serve` and `bench` use the same names.

use serde_json::{Value, json};

use super::engine::{NodeRef, RelayError, SessionError};
use super::outcome::Failure;
use crate::protocol::morse::codes;

/// A relay failure as people and programs see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Described {
    /// The failure kind ([`RelayError::kind`]).
    pub kind: &'static str,
    /// One line: what happened, the likely culprit and what to do.
    pub message: String,
    /// Structured details (attempts, pocket-core codes, dispatchers); `null` when none.
    pub details: Value,
}

/// What a failure kind means, one phrase: request kinds ([`RelayError::kind`]) and attempt
/// kinds ([`Failure::kind`]) alike. Empty for a name pgw does not use.
pub fn meaning(kind: &str) -> &'static str {
    match kind {
        "connect" => "no connection (refused, reset, DNS, TLS)",
        "timeout" => "no answer before --timeout",
        "http_5xx" => "an HTTP 5xx answer",
        "http_status" => "an HTTP status other than 200 or a pocket-core error",
        "garbage" => "an answer that is not a pocket-core relay answer",
        "node_error" => "a pocket-core error code (see the codes)",
        "bad_signature" => "the servicer's signature on the answer is invalid",
        "miner_error" => "a Shannon relay miner's error (codespace/code)",
        "no_session" => "no dispatcher gave a session",
        "no_node_left" => "every session node was avoided after failing",
        "node_not_in_session" => "--node is not in the session",
        "rejected" => "a node refused the relay with a code no retry can fix",
        "exhausted" => "every attempt failed",
        "no_consensus" => "no answer was given by more than half of the nodes asked",
        _ => "",
    }
}

fn short(address: &str) -> &str {
    address.get(..8).unwrap_or(address)
}

/// The catalogue's reading of a pocket-core code: " Likely culprit: …. <advice>".
fn advice(code: u32) -> String {
    match codes::lookup(code) {
        Some(info) => {
            let culprit = serde_json::to_value(info.culprit).ok();
            let culprit = culprit.as_ref().and_then(|v| v.as_str()).unwrap_or("unknown");
            format!(" {} Likely culprit: {culprit}. {}", info.meaning, info.advice)
        }
        None => " (not a code pgw knows)".to_string(),
    }
}

fn code_json(code: u32) -> Value {
    match codes::lookup(code) {
        Some(info) => json!({
            "code": code, "name": info.name, "culprit": info.culprit, "meaning": info.meaning, "advice": info.advice,
        }),
        None => json!({ "code": code }),
    }
}

fn node_label(node: &NodeRef) -> String {
    format!("{} ({})", short(&node.address), node.service_url)
}

impl Described {
    /// The same failure worded for Shannon, where sessions come from full nodes.
    pub fn on_full_nodes(mut self) -> Described {
        let message = self
            .message
            .replacen("no dispatcher gave a session", "no full node gave a session", 1)
            .replacen("refused the dispatch", "refused the session", 1);
        self.message = match message.strip_prefix("dispatcher ") {
            Some(rest) => format!("full node {rest}"),
            None => message,
        };
        self
    }
}

impl SessionError {
    pub fn kind(&self) -> &'static str {
        "no_session"
    }

    pub fn describe(&self) -> Described {
        match self {
            SessionError::Unavailable(failures) => {
                let list: Vec<String> = failures.iter().map(|(d, e)| format!("{d}: {e}")).collect();
                Described {
                    kind: self.kind(),
                    message: format!(
                        "no dispatcher gave a session ({}); check the URLs with `pgw config show` and that the network is up",
                        list.join("; ")
                    ),
                    details: json!({
                        "dispatchers": failures.iter().map(|(d, e)| json!({ "url": d, "error": e })).collect::<Vec<_>>(),
                    }),
                }
            }
            SessionError::Refused { dispatcher, code, message } => Described {
                kind: self.kind(),
                message: match code {
                    Some(code) => {
                        format!(
                            "dispatcher {dispatcher} refused the dispatch with code {code}: {message}.{}",
                            advice(*code)
                        )
                    }
                    None => format!("dispatcher {dispatcher} refused the dispatch: {message}"),
                },
                details: json!({ "dispatcher": dispatcher, "code": code.map(code_json), "message": message }),
            },
        }
    }
}

impl RelayError {
    /// The stable name: `no_session`, `node_not_in_session`, `rejected`, `exhausted`,
    /// `no_node_left` (exhausted before any attempt: every node avoided) or `no_consensus`.
    pub fn kind(&self) -> &'static str {
        match self {
            RelayError::Session(e) => e.kind(),
            RelayError::NodeNotInSession { .. } => "node_not_in_session",
            RelayError::Rejected { .. } => "rejected",
            RelayError::Exhausted { attempts, .. } if attempts.is_empty() => "no_node_left",
            RelayError::Exhausted { .. } => "exhausted",
            RelayError::NoConsensus { .. } => "no_consensus",
        }
    }

    /// The pocket-core code that decided the failure, if any.
    pub fn code(&self) -> Option<u32> {
        match self {
            RelayError::Session(SessionError::Refused { code, .. }) => *code,
            RelayError::Rejected { failure, .. } => failure.pocket_code(),
            RelayError::Exhausted { last, .. } => last.as_ref().and_then(|l| l.1.pocket_code()),
            _ => None,
        }
    }

    /// The kind, pgw's sentence about it (worded with the error catalogue) and its details.
    pub fn describe(&self) -> Described {
        let kind = self.kind();
        match self {
            RelayError::Session(e) => e.describe(),
            RelayError::NodeNotInSession { node, session } => Described {
                kind,
                message: format!(
                    "--node {node} is not in the current session; its nodes are: {}",
                    session.iter().map(node_label).collect::<Vec<_>>().join(", ")
                ),
                details: Value::Null,
            },
            RelayError::Rejected { node, failure, attempts } => {
                let code = failure.code().unwrap_or_default();
                Described {
                    kind,
                    message: format!(
                        "node {} refused the relay: {failure}.{}",
                        node_label(node),
                        failure_advice(failure)
                    ),
                    details: json!({ "node": node, "error": error_json(failure, code), "message": failure_message(failure), "attempts": attempts }),
                }
            }
            RelayError::Exhausted { last, attempts, nodes_left } => {
                let mut message = format!(
                    "the relay failed on {} attempt{}",
                    attempts.len(),
                    if attempts.len() == 1 { "" } else { "s" }
                );
                if let Some(last) = &last {
                    let (node, failure) = &**last;
                    message.push_str(&format!("; last: node {}: {failure}.", node_label(node)));
                    message.push_str(&failure_advice(failure));
                } else {
                    message.push('.');
                }
                message.push_str(&if *nodes_left == 0 {
                    " No usable node is left in this session (failed nodes are avoided until it ends)."
                        .to_string()
                } else {
                    format!(
                        " {nodes_left} untried node{} left: retry, or raise --retries.",
                        if *nodes_left == 1 { "" } else { "s" }
                    )
                });
                Described {
                    kind,
                    message,
                    details: json!({ "attempts": attempts, "nodes_left": nodes_left }),
                }
            }
            RelayError::NoConsensus { groups, wanted, attempts } => {
                let answered: usize = groups.iter().map(|(_, nodes)| nodes.len()).sum();
                let sizes: Vec<String> = groups.iter().map(|(_, nodes)| nodes.len().to_string()).collect();
                Described {
                    kind,
                    message: format!(
                        "no majority: {answered} of {wanted} nodes answered, in {} different ways ({}); no answer had more than {}",
                        groups.len(),
                        sizes.join(" + "),
                        wanted / 2
                    ),
                    details: json!({
                        "wanted": wanted,
                        "groups": groups.iter().map(|(r, nodes)| json!({ "response": r, "nodes": nodes })).collect::<Vec<_>>(),
                        "attempts": attempts,
                    }),
                }
            }
        }
    }
}

/// What a failure means for the user, as a sentence starting with a space ("" when obvious).
fn failure_advice(failure: &Failure) -> String {
    match failure {
        _ if failure.is_request_fault() => " The node refused the request itself (its size or shape), \
             so every node would: send a smaller or well-formed request; retrying does not help."
            .to_string(),
        Failure::Node { code, .. } => advice(*code),
        Failure::Miner(e) => miner_advice(&e.codespace, e.code).to_string(),
        Failure::SupplierSignature(_) => {
            " The answer is not signed by the supplier's key on chain, so it cannot be trusted; \
             the supplier is avoided for the rest of the session (--no-verify skips this check)."
                .to_string()
        }
        Failure::BadSignature { .. } => {
            " The node's answer is not signed by its session key, so it cannot be \
             trusted; the node is avoided for the rest of the session (--no-verify skips this check)."
                .to_string()
        }
        _ => String::new(),
    }
}

/// The error a refusal carries: a pocket-core code from the catalogue, or a relay miner's error.
fn error_json(failure: &Failure, code: u32) -> Value {
    match failure {
        Failure::Miner(e) => json!(e),
        _ => failure.code().map(|_| code_json(code)).unwrap_or(Value::Null),
    }
}

/// What a relay miner's refusal means for the user (SHANNON.md §6), as a sentence.
fn miner_advice(codespace: &str, code: u32) -> &'static str {
    match (codespace, code) {
        ("rings" | "relay_miner_rings", _) => {
            " The relay miner did not accept the ring signature: the signer must be the app or a gateway the app delegated to for this session (check with `pgw dispatch --protocol shannon --gateway ADDR`); retrying does not help."
        }
        ("relay_authenticator", 1) | ("relayer_proxy", 1 | 6) | ("session", _) => {
            " The session is over or not the relay miner's: pgw fetched a fresh one; if it persists, the full node and the relay miner disagree on the height."
        }
        ("relay_authenticator", 2) => {
            " The supplier is not in this session: pgw avoids it and tries the session's other suppliers."
        }
        ("relayer_proxy", 7) => {
            " The app's stake for this session is used up on this supplier: pgw tries another."
        }
        ("service", 1111) | ("relay_authenticator", 4) | ("relayer_proxy", 11 | 13 | 14) => {
            " The relay miner could not accept the request itself, so every supplier would refuse it."
        }
        _ => "",
    }
}

fn failure_message(failure: &Failure) -> String {
    match failure {
        Failure::Node { message, .. } => message.clone(),
        Failure::Miner(e) => e.message.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node() -> NodeRef {
        NodeRef { address: "a1b2c3d4e5".into(), service_url: "http://n".into(), public_key: String::new() }
    }

    #[test]
    fn every_kind_has_a_meaning() {
        let failures = [
            Failure::Connect("refused".into()),
            Failure::Timeout,
            Failure::Http { status: 503, body: String::new() },
            Failure::Http { status: 404, body: String::new() },
            Failure::Garbage(String::new()),
            Failure::Node { code: 1, codespace: String::new(), message: String::new(), dispatch: None },
            Failure::BadSignature { code: 41, message: String::new() },
            Failure::Miner(crate::protocol::shannon::relay::MinerError::new("rings", 3, "m")),
            Failure::SupplierSignature(String::new()),
        ];
        for f in &failures {
            assert!(!meaning(f.kind()).is_empty(), "{}", f.kind());
        }
        let session = SessionError::Unavailable(vec![]);
        let errors = [
            RelayError::Session(session.clone()),
            RelayError::NodeNotInSession { node: "x".into(), session: vec![] },
            RelayError::Rejected { node: node(), failure: Box::new(Failure::Timeout), attempts: vec![] },
            RelayError::Exhausted { last: None, attempts: vec![], nodes_left: 0 },
            RelayError::NoConsensus { groups: vec![], wanted: 3, attempts: vec![] },
        ];
        let kinds: Vec<&str> = errors.iter().map(RelayError::kind).collect();
        assert_eq!(kinds, ["no_session", "node_not_in_session", "rejected", "no_node_left", "no_consensus"]);
        for e in &errors {
            assert!(!meaning(e.kind()).is_empty(), "{}", e.kind());
            assert_eq!(e.describe().kind, e.kind());
        }
        assert_eq!(meaning("exhausted"), "every attempt failed");
        assert_eq!(meaning("nonsense"), "");
    }

    #[test]
    fn shannon_session_failures_name_full_nodes() {
        let refused =
            SessionError::Refused { dispatcher: "http://f".into(), code: None, message: "m".into() };
        assert_eq!(refused.describe().on_full_nodes().message, "full node http://f refused the session: m");
        let down = SessionError::Unavailable(vec![("http://f".into(), "e".into())]);
        assert!(
            down.describe().on_full_nodes().message.starts_with("no full node gave a session (http://f: e)")
        );
    }

    #[test]
    fn failures_are_worded_with_the_catalogue() {
        let refused =
            SessionError::Refused { dispatcher: "http://d".into(), code: Some(17), message: "m".into() };
        let d = refused.describe();
        assert!(
            d.message.starts_with("dispatcher http://d refused the dispatch with code 17: m. "),
            "{}",
            d.message
        );
        assert_eq!(d.details["code"]["code"], 17);
        let exhausted = RelayError::Exhausted {
            last: Some(Box::new((node(), Failure::Timeout))),
            attempts: vec![],
            nodes_left: 2,
        };
        assert_eq!(
            exhausted.describe().message,
            "the relay failed on 0 attempts; last: node a1b2c3d4 (http://n): no answer before the timeout. 2 untried nodes left: retry, or raise --retries."
        );
    }
}
