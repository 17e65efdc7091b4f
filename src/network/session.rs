//! Sessions as dispatchers return them and relay error bodies, read from their wire types
//! (`protocol::morse::dispatch`) into what the engine and the cache keep: no I/O.

use std::collections::BTreeMap;

use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::protocol::morse::dispatch::{DispatchResponse, RelayErrorBody, WireNode};
use crate::protocol::morse::session::latest_session_height;

/// A servicer node of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionNode {
    pub address: String,
    pub public_key: String,
    pub service_url: String,
    pub jailed: bool,
    pub chains: Vec<String>,
    /// Staked tokens (uPOKT), a decimal string as pocket-core sends it.
    pub stake: String,
}

/// A session: which nodes serve an app on a chain from `session_height` for one session's blocks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub app_public_key: String,
    pub chain: String,
    pub session_height: i64,
    /// The session key, hex (pocket-core sends it as base64); a Shannon session's id.
    pub key: String,
    pub nodes: Vec<SessionNode>,
    /// What a Shannon signer needs beyond the neutral fields; absent (and not written) for
    /// Morse, so Morse sessions and their cache files stay as they were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shannon: Option<ShannonPart>,
}

/// The rest of a Shannon session header and the app's ring. With the neutral fields (app
/// address = `app_public_key`, service id = `chain`, session id = `key`, start =
/// `session_height`) it is the whole header a relay copies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShannonPart {
    /// The session's last block (inclusive).
    pub end_height: i64,
    /// The ring to sign over: compressed secp256k1 public keys (66 hex), the app's first, then
    /// its gateways' at the session end (pending undelegations included).
    pub ring: Vec<String>,
    /// The suppliers' REST endpoints (`RPCType` REST) by operator address, for requests that
    /// are not JSON-RPC (a node's `service_url` is its JSON_RPC endpoint).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub rest: BTreeMap<String, String>,
    /// Blocks after `end_height` in which relay miners still accept the session (shared param
    /// `grace_period_end_offset_blocks`).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub grace_blocks: i64,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

/// A dispatch answer: the dispatcher's height and the current session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dispatch {
    pub block_height: i64,
    pub session: Session,
}

impl Dispatch {
    /// The first height of the next session, given the network's blocks per session.
    pub fn session_end(&self, blocks_per_session: i64) -> i64 {
        self.session.session_height + blocks_per_session.max(1)
    }

    /// Whether the session is still the latest one at `height`.
    pub fn is_current_at(&self, height: i64, blocks_per_session: i64) -> bool {
        latest_session_height(height, blocks_per_session.max(1)) == self.session.session_height
    }

    pub fn node(&self, address: &str) -> Option<&SessionNode> {
        self.session.nodes.iter().find(|n| n.address.eq_ignore_ascii_case(address))
    }
}

/// Most nodes a session may list (the devnet's largest network; mainnet sessions have 24).
pub const MAX_SESSION_NODES: usize = 1000;

/// Why a dispatcher's or node's body could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct BadBody(pub String);

fn node(wire: WireNode) -> Result<SessionNode, BadBody> {
    let public_key = wire.public_key;
    if public_key.len() != 64 || !public_key.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(BadBody(format!("a session node's public key {public_key:?} is not 64 hex characters")));
    }
    Ok(SessionNode {
        address: wire.address,
        public_key: public_key.to_ascii_lowercase(),
        service_url: wire.service_url.trim_end_matches('/').to_string(),
        jailed: wire.jailed,
        chains: wire.chains,
        stake: wire.tokens,
    })
}

/// A Shannon supplier's key as the neutral session holds it: a compressed secp256k1 public key,
/// 66 hex characters (lowercased), `02` or `03` first. Morse keys (64 hex) go through
/// [`dispatch_from_wire`] instead.
pub fn shannon_node_key(public_key: &str) -> Result<String, BadBody> {
    let ok = public_key.len() == 66
        && public_key.bytes().all(|b| b.is_ascii_hexdigit())
        && (public_key.starts_with("02") || public_key.starts_with("03"));
    if !ok {
        return Err(BadBody(format!(
            "a supplier's public key {public_key:?} is not a compressed secp256k1 key (66 hex characters)"
        )));
    }
    Ok(public_key.to_ascii_lowercase())
}

/// A dispatch from its wire form: node keys checked and lowercased, service URLs without a
/// trailing `/`, the session key as hex.
pub fn dispatch_from_wire(wire: DispatchResponse) -> Result<Dispatch, BadBody> {
    let session = wire.session;
    let key_b64 = session.key;
    let key = base64::engine::general_purpose::STANDARD
        .decode(&key_b64)
        .map_err(|_| BadBody(format!("the session key {key_b64:?} is not base64")))?;
    if session.nodes.len() > MAX_SESSION_NODES {
        return Err(BadBody(format!(
            "the session lists {} nodes; pgw accepts at most {MAX_SESSION_NODES} (pocket-core's sessions have 24)",
            session.nodes.len()
        )));
    }
    // A node listed twice is one node (the first listing counts).
    let mut nodes: Vec<SessionNode> = Vec::with_capacity(session.nodes.len());
    for wire_node in session.nodes {
        let node = node(wire_node)?;
        if !nodes.iter().any(|n| n.address.eq_ignore_ascii_case(&node.address)) {
            nodes.push(node);
        }
    }
    Ok(Dispatch {
        block_height: wire.block_height,
        session: Session {
            app_public_key: session.header.app_public_key,
            shannon: None,
            chain: session.header.chain,
            session_height: session.header.session_height,
            key: hex::encode(key),
            nodes,
        },
    })
}

/// Reads a dispatch answer body.
pub fn parse_dispatch(body: &[u8]) -> Result<Dispatch, BadBody> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| BadBody(format!("the dispatch answer is not JSON ({e}): {}", snippet(body))))?;
    let wire = DispatchResponse::deserialize(&value)
        .map_err(|e| BadBody(format!("the dispatch answer is not a dispatch ({e}): {}", snippet(body))))?;
    dispatch_from_wire(wire)
}

/// A pocket-core error as a relay or dispatch answer carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorBody {
    pub code: u32,
    pub codespace: String,
    pub message: String,
    /// The fresh dispatch pocket-core attaches to codes 14, 60, 71 and 75.
    pub dispatch: Option<Dispatch>,
}

/// Reads a relay error (`{"dispatch":…,"error":{"code","codespace","message"}}`); `None` when the
/// body is not one (e.g. a Go JSON decode error, which has no code).
pub fn parse_relay_error(body: &[u8]) -> Option<ErrorBody> {
    let wire: RelayErrorBody = serde_json::from_slice(body).ok()?;
    Some(ErrorBody {
        code: wire.error.code,
        codespace: wire.error.codespace,
        message: wire.error.message,
        dispatch: wire.dispatch.and_then(|d| dispatch_from_wire(d).ok()),
    })
}

/// Reads a generic RPC error (`{"code":400,"message":"…"}`), pulling out the pocket-core code
/// when the message is an SDK error ("ERROR:\nCodespace: pocketcore\nCode: 17\nMessage: …").
pub fn parse_rpc_error(body: &[u8]) -> Option<(Option<u32>, String)> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let message = value.get("message")?.as_str()?.to_string();
    let code = message.lines().find_map(|l| l.strip_prefix("Code: ")).and_then(|c| c.trim().parse().ok());
    let text = message
        .lines()
        .find_map(|l| l.strip_prefix("Message: "))
        .map(|m| m.trim().trim_matches('"').to_string())
        .unwrap_or_else(|| message.trim().to_string());
    Some((code, text))
}

/// The start of a body, printable on one line, for error messages.
pub fn snippet(body: &[u8]) -> String {
    const MAX: usize = 80;
    let text = String::from_utf8_lossy(&body[..body.len().min(MAX * 4)]);
    let mut out: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).take(MAX).collect();
    if text.chars().count() > MAX {
        out.push('…');
    }
    if out.trim().is_empty() { "(empty body)".to_string() } else { format!("{:?}", out.trim()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub const DISPATCH: &str = r#"{"block_height":102,"session":{"header":{"app_public_key":"74039dbe881dd2744e2e0c469cc2241e1e45f14af6975dd89079d22938377849","chain":"0021","session_height":101},"key":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=","nodes":[{"address":"a1b2","chains":["0021"],"jailed":false,"output_address":"","public_key":"B243B27BC9FBE5580457A46370AE5F03A6F6753633E51EFDAF2CF534FDC26CC3","reward_delegators":null,"service_url":"http://127.0.0.1:9000/","status":2,"tokens":"15000000000","unstaking_time":"0001-01-01T00:00:00Z"}]}}"#;

    #[test]
    fn parses_a_dispatch() {
        let d = parse_dispatch(DISPATCH.as_bytes()).unwrap();
        assert_eq!(d.block_height, 102);
        assert_eq!(d.session.session_height, 101);
        assert_eq!(d.session.chain, "0021");
        assert_eq!(d.session.key, "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        let n = &d.session.nodes[0];
        assert_eq!(n.public_key, "b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3");
        assert_eq!(n.service_url, "http://127.0.0.1:9000");
        assert_eq!(n.stake, "15000000000");
        assert_eq!(d.session_end(4), 105);
        assert!(d.is_current_at(104, 4));
        assert!(!d.is_current_at(105, 4));
    }

    #[test]
    fn bad_dispatches_say_what_is_wrong() {
        assert_eq!(
            parse_dispatch(b"<html>").unwrap_err().0,
            "the dispatch answer is not JSON (expected value at line 1 column 1): \"<html>\""
        );
        assert_eq!(
            parse_dispatch(b"{}").unwrap_err().0,
            "the dispatch answer is not a dispatch (missing field `block_height`): \"{}\""
        );
        let bad_key = DISPATCH.replace("B243B27BC9", "zz");
        assert!(parse_dispatch(bad_key.as_bytes()).unwrap_err().0.contains("is not 64 hex characters"));
    }

    #[test]
    fn duplicate_nodes_count_once_and_huge_sessions_are_refused() {
        let node = r#"{"address":"a1b2","chains":["0021"],"public_key":"B243B27BC9FBE5580457A46370AE5F03A6F6753633E51EFDAF2CF534FDC26CC3","service_url":"http://127.0.0.1:9000/"}"#;
        let with = |nodes: &str| {
            DISPATCH.replace(
                &DISPATCH[DISPATCH.find("\"nodes\":[").unwrap()..DISPATCH.len() - 2],
                &format!("\"nodes\":[{nodes}]"),
            )
        };
        let twice = with(&[node, &node.replace("a1b2", "A1B2")].join(","));
        assert_eq!(parse_dispatch(twice.as_bytes()).unwrap().session.nodes.len(), 1);
        let many = with(&vec![node; MAX_SESSION_NODES + 1].join(","));
        assert_eq!(
            parse_dispatch(many.as_bytes()).unwrap_err().0,
            "the session lists 1001 nodes; pgw accepts at most 1000 (pocket-core's sessions have 24)"
        );
        let most = with(&vec![node; MAX_SESSION_NODES].join(","));
        assert_eq!(parse_dispatch(most.as_bytes()).unwrap().session.nodes.len(), 1);
    }

    #[test]
    fn parses_relay_errors_with_and_without_dispatch() {
        let plain = br#"{"dispatch":null,"error":{"code":25,"codespace":"pocketcore","message":"the payload data of the relay request is empty"}}"#;
        let e = parse_relay_error(plain).unwrap();
        assert_eq!((e.code, e.codespace.as_str()), (25, "pocketcore"));
        assert_eq!(e.dispatch, None);
        let with = format!(
            r#"{{"dispatch":{DISPATCH},"error":{{"code":60,"codespace":"pocketcore","message":"m"}}}}"#
        );
        let e = parse_relay_error(with.as_bytes()).unwrap();
        assert_eq!(e.dispatch.unwrap().session.session_height, 101);
        assert_eq!(parse_relay_error(br#"{"dispatch":null,"error":{"Offset":0}}"#), None);
        assert_eq!(parse_relay_error(b"garbage"), None);
    }

    #[test]
    fn parses_sdk_errors_in_rpc_errors() {
        let body = br#"{"code":400,"message":"ERROR:\nCodespace: pocketcore\nCode: 17\nMessage: \"insufficient nodes\"\n"}"#;
        assert_eq!(parse_rpc_error(body), Some((Some(17), "insufficient nodes".to_string())));
        assert_eq!(parse_rpc_error(br#"{"code":400,"message":"boom"}"#), Some((None, "boom".to_string())));
    }

    #[test]
    fn shannon_keys_are_66_hex_compressed() {
        let key = "03F443BB7C2209423949F8E75ADBE26627F4427AAE287CB2091C30E7F28BC6D8A4";
        assert_eq!(shannon_node_key(key).unwrap(), key.to_ascii_lowercase());
        assert!(shannon_node_key(&key[2..]).is_err());
        assert!(shannon_node_key(&format!("04{}", &key[2..])).is_err());
        assert!(shannon_node_key("").unwrap_err().0.contains("66 hex characters"));
    }

    #[test]
    fn snippets_are_one_short_line() {
        assert_eq!(snippet(b""), "(empty body)");
        assert_eq!(snippet(b"a\nb"), "\"a b\"");
        assert_eq!(snippet("x".repeat(100).as_bytes()).chars().count(), 83);
    }
}
