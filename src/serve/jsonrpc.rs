//! JSON-RPC as the gateway sees it: enough of a request body to answer errors with the right
//! ids (single or batch) and to tell reads from writes; the body itself is relayed untouched.

use serde_json::{Value, json};

/// The code of every relay failure (JSON-RPC's "internal error"); `data` says what happened.
pub const RELAY_FAILED: i64 = -32603;
pub const PARSE_ERROR: i64 = -32700;
pub const INVALID_REQUEST: i64 = -32600;

/// A request's shape: the id of a single call, or the ids of a batch's calls in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Single(Value),
    Batch(Vec<Value>),
}

/// What the gateway needs from a body.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub shape: Shape,
    /// Every call is a read, so `--consensus` may ask several nodes.
    pub read_only: bool,
}

/// A body that is not worth relaying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    /// Not JSON (or not UTF-8): -32700.
    Parse,
    /// `[]`: -32600.
    EmptyBatch,
}

fn id_of(call: &Value) -> Value {
    call.get("id").cloned().unwrap_or(Value::Null)
}

/// Whether a method changes state or holds node-local state (sending, signing, submitting,
/// broadcasting, subscriptions and filters): such calls go to one node, whatever `--consensus`.
pub fn is_write(method: &str) -> bool {
    let method = method.to_ascii_lowercase();
    ["send", "sign", "submit", "broadcast", "subscribe", "filter", "personal_"]
        .iter()
        .any(|w| method.contains(w))
}

fn is_read(call: &Value) -> bool {
    call.get("method").and_then(Value::as_str).is_some_and(|m| !is_write(m))
}

/// Reads a JSON-RPC body.
pub fn parse(body: &[u8]) -> Result<Request, Invalid> {
    let value: Value = serde_json::from_slice(body).map_err(|_| Invalid::Parse)?;
    match value {
        Value::Array(calls) if calls.is_empty() => Err(Invalid::EmptyBatch),
        Value::Array(calls) => Ok(Request {
            read_only: calls.iter().all(is_read),
            shape: Shape::Batch(calls.iter().map(id_of).collect()),
        }),
        call => Ok(Request { read_only: is_read(&call), shape: Shape::Single(id_of(&call)) }),
    }
}

/// One JSON-RPC error object.
pub fn error_object(id: &Value, code: i64, message: &str, data: Option<&Value>) -> Value {
    let mut error = json!({ "code": code, "message": message });
    if let (Some(data), Some(map)) = (data, error.as_object_mut()) {
        map.insert("data".into(), data.clone());
    }
    json!({ "jsonrpc": "2.0", "id": id, "error": error })
}

/// The error answer for a whole request: one object, or one per call of a batch.
pub fn error_body(shape: &Shape, code: i64, message: &str, data: Option<&Value>) -> String {
    match shape {
        Shape::Single(id) => error_object(id, code, message, data).to_string(),
        Shape::Batch(ids) => {
            Value::Array(ids.iter().map(|id| error_object(id, code, message, data)).collect()).to_string()
        }
    }
}

/// The answer to a body that is not worth relaying.
pub fn invalid_body(invalid: Invalid) -> String {
    match invalid {
        Invalid::Parse => error_object(&Value::Null, PARSE_ERROR, "Parse error", None).to_string(),
        Invalid::EmptyBatch => {
            error_object(&Value::Null, INVALID_REQUEST, "Invalid Request: empty batch", None).to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_calls_and_batches_keep_their_ids_exactly() {
        let single = parse(br#"{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":"a"}"#).unwrap();
        assert_eq!(single, Request { shape: Shape::Single(json!("a")), read_only: true });
        let big = parse(br#"{"method":"eth_chainId","id":12345678901234567890123}"#).unwrap();
        assert_eq!(
            error_body(&big.shape, RELAY_FAILED, "m", None),
            r#"{"jsonrpc":"2.0","id":12345678901234567890123,"error":{"code":-32603,"message":"m"}}"#
        );
        let batch =
            parse(br#"[{"method":"eth_chainId","id":1},{"method":"eth_sendRawTransaction","id":2},7]"#)
                .unwrap();
        assert_eq!(batch.shape, Shape::Batch(vec![json!(1), json!(2), Value::Null]));
        assert!(!batch.read_only);
        let notification = parse(br#"{"jsonrpc":"2.0","method":"eth_chainId"}"#).unwrap();
        assert_eq!(notification.shape, Shape::Single(Value::Null));
    }

    #[test]
    fn bad_bodies_are_answered_locally() {
        for body in [&b""[..], b"nope", b"{\"a\":", b"\xff\xfe"] {
            assert_eq!(parse(body), Err(Invalid::Parse), "{body:?}");
        }
        assert_eq!(parse(b" [ ] "), Err(Invalid::EmptyBatch));
        assert_eq!(
            invalid_body(Invalid::Parse),
            r#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}}"#
        );
        assert_eq!(
            invalid_body(Invalid::EmptyBatch),
            r#"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid Request: empty batch"}}"#
        );
    }

    #[test]
    fn errors_carry_data_once_per_call() {
        let data = json!({ "pocket_code": 90, "reason": "r", "attempts": 3 });
        let body =
            error_body(&Shape::Batch(vec![json!(1), json!("x")]), RELAY_FAILED, "relay failed", Some(&data));
        assert_eq!(
            body,
            concat!(
                r#"[{"jsonrpc":"2.0","id":1,"error":{"code":-32603,"message":"relay failed","data":{"pocket_code":90,"reason":"r","attempts":3}}},"#,
                r#"{"jsonrpc":"2.0","id":"x","error":{"code":-32603,"message":"relay failed","data":{"pocket_code":90,"reason":"r","attempts":3}}}]"#
            )
        );
    }

    #[test]
    fn writes_are_told_from_reads() {
        for write in [
            "eth_sendRawTransaction",
            "eth_signTypedData_v4",
            "personal_sign",
            "eth_subscribe",
            "eth_newFilter",
            "sendTransaction",
            "broadcast_tx_commit",
            "eth_submitWork",
        ] {
            assert!(is_write(write), "{write}");
        }
        for read in ["eth_blockNumber", "eth_call", "eth_getBalance", "eth_getLogs", "getSlot", "net_version"]
        {
            assert!(!is_write(read), "{read}");
        }
        assert!(!parse(br#"{"id":1}"#).unwrap().read_only, "no method: not known to be a read");
    }
}
