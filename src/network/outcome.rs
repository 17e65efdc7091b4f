//! What one relay attempt came to, and what to do next: pure classification of a node's answer
//! (status and body) and of the servicer's signature on it.

use serde::Serialize;

use super::session::{Dispatch, parse_relay_error, snippet};
use crate::protocol::morse::codes::{self, Retry};
use crate::protocol::morse::response::{self, RelayResponse};
use crate::protocol::shannon::relay::MinerError;

/// Why an attempt failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// No connection: refused, reset, DNS, TLS.
    Connect(String),
    /// No answer within the request timeout.
    Timeout,
    /// An HTTP status that is neither 200 nor a pocket-core relay error.
    Http { status: u16, body: String },
    /// A body that is not what a pocket-core node sends.
    Garbage(String),
    /// A pocket-core error code.
    Node { code: u32, codespace: String, message: String, dispatch: Option<Box<Dispatch>> },
    /// The servicer's signature on the answer is missing or does not verify.
    BadSignature { code: u32, message: String },
    /// A Shannon relay miner refused the relay (`RelayResponse.relay_miner_error`).
    Miner(MinerError),
    /// A Shannon supplier's signature (or payload hash) on the answer does not verify.
    SupplierSignature(String),
}

/// What a relay miner's refusal calls for (SHANNON.md §6): the session is over or not the
/// miner's → fetch a fresh one; the request itself is wrong (ring, signature, shape, size) →
/// every supplier would refuse it; anything else is this supplier's trouble → another one.
pub fn miner_next(codespace: &str, code: u32) -> Next {
    match (codespace, code) {
        ("relay_authenticator", 1) | ("relayer_proxy", 1 | 6) | ("session", _) => Next::Redispatch,
        ("rings" | "relay_miner_rings" | "shared", _)
        | ("service", 1111)
        | ("relay_authenticator", 4)
        | ("relayer_proxy", 11 | 13 | 14) => Next::Stop,
        _ => Next::OtherNode { avoid: true },
    }
}

/// What the engine does after a failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Try another node; `avoid` keeps this node out of the rest of the session.
    OtherNode { avoid: bool },
    /// The session is stale: use the dispatch in the error (or dispatch again), then retry.
    Redispatch,
    /// Sending again anywhere fails the same way.
    Stop,
}

impl Failure {
    /// A stable name for reports and JSON.
    pub fn kind(&self) -> &'static str {
        match self {
            Failure::Connect(_) => "connect",
            Failure::Timeout => "timeout",
            Failure::Http { status, .. } if *status >= 500 => "http_5xx",
            Failure::Http { .. } => "http_status",
            Failure::Garbage(_) => "garbage",
            Failure::Node { .. } => "node_error",
            Failure::BadSignature { .. } | Failure::SupplierSignature(_) => "bad_signature",
            Failure::Miner(_) => "miner_error",
        }
    }

    pub fn code(&self) -> Option<u32> {
        match self {
            Failure::Node { code, .. } | Failure::BadSignature { code, .. } => Some(*code),
            Failure::Miner(e) => Some(e.code),
            _ => None,
        }
    }

    /// The pocket-core code, if any (a relay miner's code is not one: see [`Failure::code`]).
    pub fn pocket_code(&self) -> Option<u32> {
        match self {
            Failure::Miner(_) => None,
            other => other.code(),
        }
    }

    /// Whether the node refused the request for its own size or shape (HTTP 413, 414 or 431,
    /// or a 400 without a pocket-core code: the node could not read the body). Every node
    /// would say the same, so it is the client's fault, not the node's.
    pub fn is_request_fault(&self) -> bool {
        matches!(self, Failure::Http { status: 400 | 413 | 414 | 431, .. })
    }

    pub fn next(&self) -> Next {
        match self {
            _ if self.is_request_fault() => Next::Stop,
            Failure::Node { code, .. } => match codes::lookup(*code).map(|i| i.retry) {
                Some(Retry::Never) => Next::Stop,
                Some(Retry::Redispatch) => Next::Redispatch,
                // A duplicate proof is this relay's entropy colliding, not the node's fault.
                Some(Retry::OtherNode) => Next::OtherNode { avoid: *code != 37 },
                None => Next::OtherNode { avoid: true },
            },
            Failure::Miner(e) => miner_next(&e.codespace, e.code),
            _ => Next::OtherNode { avoid: true },
        }
    }

    /// The fresh dispatch the error carries, if any.
    pub fn dispatch(&self) -> Option<&Dispatch> {
        match self {
            Failure::Node { dispatch, .. } => dispatch.as_deref(),
            _ => None,
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Connect(e) => write!(f, "cannot connect: {e}"),
            Failure::Timeout => f.write_str("no answer before the timeout"),
            Failure::Http { status, body } => write!(f, "HTTP {status}: {body}"),
            Failure::Garbage(what) => f.write_str(what),
            Failure::Node { code, message, .. } => match codes::lookup(*code) {
                Some(info) => write!(f, "code {code} ({}): {}", info.name, message.trim()),
                None => write!(f, "code {code}: {}", message.trim()),
            },
            Failure::BadSignature { code, message } => {
                write!(f, "the servicer's signature on the answer is invalid (code {code}: {message})")
            }
            Failure::Miner(e) => write!(f, "relay miner error {e}"),
            Failure::SupplierSignature(why) => {
                write!(f, "the supplier's signature on the answer is invalid: {why}")
            }
        }
    }
}

/// Reads a node's answer to a relay: the signed response, or why it is not one.
pub fn classify(status: u16, body: &[u8]) -> Result<RelayResponse, Failure> {
    match status {
        200 => serde_json::from_slice::<RelayResponse>(body).map_err(|_| {
            Failure::Garbage(format!(
                "HTTP 200 but not a relay answer {{response, signature}}: {}",
                snippet(body)
            ))
        }),
        400 => match parse_relay_error(body) {
            Some(e) => Err(Failure::Node {
                code: e.code,
                codespace: e.codespace,
                message: e.message,
                dispatch: e.dispatch.map(Box::new),
            }),
            // Not a relay error: the node could not read the request (a Go JSON decode error).
            None => Err(Failure::Http { status, body: snippet(body) }),
        },
        _ => Err(Failure::Http { status, body: snippet(body) }),
    }
}

/// Checks the servicer's signature on an answer (docs/protocol.md §6) against the session node's key.
pub fn verify(servicer_pub_key: &str, answer: &RelayResponse, proof_hash: &[u8; 32]) -> Result<(), Failure> {
    if answer.signature.is_empty() {
        return Err(Failure::BadSignature { code: 31, message: "the answer has no signature".into() });
    }
    response::verify(servicer_pub_key, &answer.response, proof_hash, &answer.signature)
        .map_err(|e| Failure::BadSignature { code: e.code, message: e.message })
}

/// One attempt, as reported with `-v` and in `--output json`.
#[derive(Debug, Clone, Serialize)]
pub struct Attempt {
    pub node: String,
    pub service_url: String,
    pub latency_ms: f64,
    /// `ok`, or the failure kind (`connect`, `timeout`, `http_5xx`, `node_error`, …).
    pub outcome: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_answer_is_accepted() {
        let ok = classify(200, br#"{"response":"{}","signature":"ab"}"#).unwrap();
        assert_eq!(ok.response, "{}");
    }

    #[test]
    fn failures_are_classified_with_the_next_step() {
        let garbage = classify(200, b"<html>502 Bad Gateway</html>").unwrap_err();
        assert_eq!(garbage.kind(), "garbage");
        assert_eq!(
            garbage.to_string(),
            "HTTP 200 but not a relay answer {response, signature}: \"<html>502 Bad Gateway</html>\""
        );
        assert_eq!(garbage.next(), Next::OtherNode { avoid: true });
        let unavailable = classify(503, b"<html>Server Timeout</html>").unwrap_err();
        assert_eq!((unavailable.kind(), unavailable.next()), ("http_5xx", Next::OtherNode { avoid: true }));
        let node = |code: u32| {
            let body = format!(
                r#"{{"dispatch":null,"error":{{"code":{code},"codespace":"pocketcore","message":"m"}}}}"#
            );
            classify(400, body.as_bytes()).unwrap_err()
        };
        assert_eq!(node(25).next(), Next::Stop);
        assert_eq!(node(45).next(), Next::Stop);
        assert_eq!(node(90).next(), Next::OtherNode { avoid: true });
        assert_eq!(node(71).next(), Next::OtherNode { avoid: true });
        assert_eq!(node(37).next(), Next::OtherNode { avoid: false });
        assert_eq!(node(60).next(), Next::Redispatch);
        assert_eq!(node(14).next(), Next::Redispatch);
        assert_eq!(node(9999).next(), Next::OtherNode { avoid: true });
        assert_eq!(node(90).to_string(), "code 90 (evidence_sealed): m");
        let unreadable = classify(400, br#"{"code":400,"message":"unexpected EOF"}"#).unwrap_err();
        assert_eq!((unreadable.kind(), unreadable.next()), ("http_status", Next::Stop));
        assert!(unreadable.is_request_fault());
    }

    #[test]
    fn relay_miner_errors_are_classified() {
        let miner = |codespace: &str, code: u32| Failure::Miner(MinerError::new(codespace, code, "m"));
        assert_eq!(miner("relay_authenticator", 1).next(), Next::Redispatch);
        assert_eq!(miner("relayer_proxy", 6).next(), Next::Redispatch);
        assert_eq!(miner("session", 1108).next(), Next::Redispatch);
        assert_eq!(miner("rings", 3).next(), Next::Stop);
        assert_eq!(miner("relay_miner_rings", 2).next(), Next::Stop);
        assert_eq!(miner("service", 1111).next(), Next::Stop);
        assert_eq!(miner("relayer_proxy", 14).next(), Next::Stop);
        assert_eq!(miner("relay_authenticator", 2).next(), Next::OtherNode { avoid: true });
        assert_eq!(miner("relayer_proxy", 7).next(), Next::OtherNode { avoid: true });
        assert_eq!(miner("relayer_proxy", 90).next(), Next::OtherNode { avoid: true });
        let e = miner("rings", 3);
        assert_eq!((e.kind(), e.code(), e.pocket_code()), ("miner_error", Some(3), None));
        assert_eq!(e.to_string(), "relay miner error rings/3 (invalid relay request signature): m");
        let bad = Failure::SupplierSignature("x".into());
        assert_eq!(
            (bad.kind(), bad.code(), bad.next()),
            ("bad_signature", None, Next::OtherNode { avoid: true })
        );
    }

    #[test]
    fn a_request_too_large_for_the_node_is_not_retried() {
        let big = classify(413, b"Failed to buffer the request body: length limit exceeded").unwrap_err();
        assert_eq!(big.to_string(), "HTTP 413: \"Failed to buffer the request body: length limit exceeded\"");
        assert_eq!((big.kind(), big.next(), big.is_request_fault()), ("http_status", Next::Stop, true));
        for status in [414, 431] {
            assert_eq!(classify(status, b"").unwrap_err().next(), Next::Stop);
        }
        let unavailable = classify(502, b"").unwrap_err();
        assert!(!unavailable.is_request_fault());
        assert_eq!(unavailable.next(), Next::OtherNode { avoid: true });
    }

    #[test]
    fn signatures_are_checked_against_the_session_key() {
        use crate::protocol::morse::keys::PrivateKey;
        use crate::protocol::morse::keys::tests::K_A;
        let key = PrivateKey::from_hex(K_A).unwrap();
        let proof_hash = [7u8; 32];
        let good =
            RelayResponse { response: "{}".into(), signature: response::sign(&key, "{}", &proof_hash) };
        let pk = key.public_key().to_hex();
        assert_eq!(verify(&pk, &good, &proof_hash), Ok(()));
        let tampered = RelayResponse { response: "{} ".into(), ..good.clone() };
        assert_eq!(verify(&pk, &tampered, &proof_hash).unwrap_err().code(), Some(41));
        let unsigned = RelayResponse { signature: String::new(), ..good };
        assert_eq!(verify(&pk, &unsigned, &proof_hash).unwrap_err().kind(), "bad_signature");
    }
}
