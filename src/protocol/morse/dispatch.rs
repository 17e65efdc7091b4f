//! The dispatch wire format (docs/protocol.md#dispatch): the session header a client posts to
//! `/v1/client/dispatch`, the session it gets back, and the relay error body that may carry a
//! fresh one. One set of types for both sides of the wire: the client parses them
//! (`network/session.rs`), the devnet writes them (`devnet/service.rs`).
//!
//! Fields are declared in Go's sorted key order, so `serde_json` writes the same bytes as
//! pocket-core's `json.Marshal` for these ASCII values; the devnet's Go encoder sorts anyway.
//! Reading is as lenient as pgw's client always was: heights as numbers or strings, tokens as
//! strings or numbers, node fields pgw does not use may be missing or of another type.

use serde::{Deserialize, Deserializer, Serialize};

/// A session header: the body of a dispatch request, and the header of every session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionHeader {
    pub app_public_key: String,
    pub chain: String,
    #[serde(deserialize_with = "int")]
    pub session_height: i64,
}

impl SessionHeader {
    /// A dispatch request: the latest session (height 0) of an app on a chain.
    pub fn request(app_public_key: &str, chain: &str) -> SessionHeader {
        SessionHeader { app_public_key: app_public_key.into(), chain: chain.into(), session_height: 0 }
    }

    /// The request body, `{"app_public_key":…,"chain":…,"session_height":0}`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// A staked node as pocket-core lists it (a session node, or `/v1/query/node`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireNode {
    pub address: String,
    #[serde(default, deserialize_with = "list")]
    pub chains: Vec<String>,
    #[serde(default, deserialize_with = "or_default")]
    pub jailed: bool,
    #[serde(default, deserialize_with = "or_default")]
    pub output_address: String,
    pub public_key: String,
    /// pocket-core's delegator map, kept as it came; pgw's devnet has none (`null`).
    #[serde(default, deserialize_with = "or_default")]
    pub reward_delegators: Option<serde_json::Value>,
    pub service_url: String,
    /// 2: staked.
    #[serde(default, deserialize_with = "or_default")]
    pub status: i64,
    /// Staked uPOKT, a decimal string (a number is read too).
    #[serde(default, deserialize_with = "decimal")]
    pub tokens: String,
    #[serde(default, deserialize_with = "or_default")]
    pub unstaking_time: String,
}

impl WireNode {
    /// A staked, unjailed node with no delegators and no unstaking time, as the devnet lists
    /// its nodes.
    pub fn staked(
        address: &str,
        public_key: &str,
        service_url: &str,
        chains: &[String],
        tokens: &str,
    ) -> WireNode {
        WireNode {
            address: address.into(),
            chains: chains.to_vec(),
            jailed: false,
            output_address: String::new(),
            public_key: public_key.into(),
            reward_delegators: None,
            service_url: service_url.into(),
            status: 2,
            tokens: tokens.into(),
            unstaking_time: "0001-01-01T00:00:00Z".into(),
        }
    }
}

/// A session as a dispatch carries it: the key is base64, as Go marshals `[]byte`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireSession {
    pub header: SessionHeader,
    pub key: String,
    pub nodes: Vec<WireNode>,
}

/// The answer to `/v1/client/dispatch`: the dispatcher's height and the current session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DispatchResponse {
    #[serde(deserialize_with = "int")]
    pub block_height: i64,
    pub session: WireSession,
}

/// A pocket-core sdk error as a relay error body carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorObject {
    pub code: u32,
    #[serde(default)]
    pub codespace: String,
    #[serde(default)]
    pub message: String,
}

/// A relay error, HTTP 400 `{"dispatch":…,"error":{"code","codespace","message"}}`. The
/// dispatch is attached for codes 14, 60, 71 and 75 (`null` otherwise); one that does not read
/// as a dispatch is taken as `null`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelayErrorBody {
    #[serde(default, deserialize_with = "lenient_dispatch")]
    pub dispatch: Option<DispatchResponse>,
    pub error: ErrorObject,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum IntOrString {
    Int(i64),
    String(String),
}

fn int<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    match IntOrString::deserialize(d).map_err(|_| serde::de::Error::custom("not an integer"))? {
        IntOrString::Int(n) => Ok(n),
        IntOrString::String(s) => s.parse().map_err(|_| serde::de::Error::custom("not an integer")),
    }
}

fn decimal<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => s,
        serde_json::Value::Number(n) => n.to_string(),
        _ => String::new(),
    })
}

/// A field pgw does not rely on: a value of another type reads as the default.
fn or_default<'de, D: Deserializer<'de>, T: serde::de::DeserializeOwned + Default>(
    d: D,
) -> Result<T, D::Error> {
    Ok(serde_json::from_value(serde_json::Value::deserialize(d)?).unwrap_or_default())
}

fn list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::Array(items) => {
            items.into_iter().filter_map(|c| c.as_str().map(str::to_string)).collect()
        }
        _ => Vec::new(),
    })
}

fn lenient_dispatch<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DispatchResponse>, D::Error> {
    Ok(serde_json::from_value(serde_json::Value::deserialize(d)?).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NODE: &str = r#"{"address":"a1b2","chains":["0021"],"jailed":false,"output_address":"","public_key":"b243","reward_delegators":null,"service_url":"http://127.0.0.1:9000","status":2,"tokens":"15000000000","unstaking_time":"0001-01-01T00:00:00Z"}"#;

    #[test]
    fn dispatch_requests_are_the_session_header() {
        assert_eq!(
            SessionHeader::request("74039dbe", "0021").to_json(),
            r#"{"app_public_key":"74039dbe","chain":"0021","session_height":0}"#
        );
    }

    #[test]
    fn dispatches_round_trip_byte_for_byte() {
        let text = format!(
            r#"{{"block_height":102,"session":{{"header":{{"app_public_key":"7403","chain":"0021","session_height":101}},"key":"AAEC","nodes":[{NODE}]}}}}"#
        );
        let d: DispatchResponse = serde_json::from_str(&text).unwrap();
        assert_eq!(
            d.session.nodes[0],
            WireNode::staked("a1b2", "b243", "http://127.0.0.1:9000", &["0021".into()], "15000000000")
        );
        assert_eq!(serde_json::to_string(&d).unwrap(), text);
        let error =
            format!(r#"{{"dispatch":{text},"error":{{"code":60,"codespace":"pocketcore","message":"m"}}}}"#);
        let e: RelayErrorBody = serde_json::from_str(&error).unwrap();
        assert_eq!(e.dispatch.as_ref(), Some(&d));
        assert_eq!(serde_json::to_string(&e).unwrap(), error);
        let plain = r#"{"dispatch":null,"error":{"code":25,"codespace":"pocketcore","message":"empty"}}"#;
        let e: RelayErrorBody = serde_json::from_str(plain).unwrap();
        assert_eq!((e.dispatch, e.error.code), (None, 25));
        assert_eq!(serde_json::to_string(&RelayErrorBody { dispatch: None, error: e.error }).unwrap(), plain);
    }

    #[test]
    fn reading_is_lenient_where_clients_must_be() {
        let d: DispatchResponse = serde_json::from_str(
            r#"{"block_height":"7","session":{"header":{"app_public_key":"a","chain":"0021","session_height":"5"},"key":"","nodes":[{"address":"x","public_key":"p","service_url":"u","tokens":12}]}}"#,
        )
        .unwrap();
        assert_eq!((d.block_height, d.session.header.session_height), (7, 5));
        let n = &d.session.nodes[0];
        assert_eq!((n.jailed, n.chains.len(), n.tokens.as_str()), (false, 0, "12"));
        let broken: RelayErrorBody =
            serde_json::from_str(r#"{"dispatch":{"block_height":1},"error":{"code":14}}"#).unwrap();
        assert_eq!((broken.dispatch, broken.error.code, broken.error.message.as_str()), (None, 14, ""));
        assert!(serde_json::from_str::<RelayErrorBody>(r#"{"dispatch":null,"error":{"Offset":0}}"#).is_err());
        assert!(serde_json::from_str::<DispatchResponse>(r#"{"block_height":1.5,"session":{}}"#).is_err());
    }
}
