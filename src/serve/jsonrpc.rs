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

/// The words, in any case, that make a method name a write for [`is_write`].
const WRITE_WORDS: [&str; 7] = ["send", "sign", "submit", "broadcast", "subscribe", "filter", "personal_"];

/// Whether a method changes state or holds node-local state (sending, signing, submitting,
/// broadcasting, subscriptions and filters): such calls go to one node, whatever `--consensus`.
pub fn is_write(method: &str) -> bool {
    // One pass, no lowercased copy: seven `contains` over a copy were 2,300 instructions per
    // relay. A word is compared only where its first letter is.
    let method = method.as_bytes();
    (0..method.len()).any(|at| {
        let letter = method[at].to_ascii_lowercase();
        WRITE_WORDS.iter().map(|w| w.as_bytes()).any(|w| {
            w[0] == letter && method[at..].get(..w.len()).is_some_and(|part| part.eq_ignore_ascii_case(w))
        })
    })
}

/// Reads a JSON-RPC body. Only each call's `id` (a JSON value, kept exactly) and whether its
/// `method` is a read are kept; everything else is checked as JSON and dropped unbuilt. Building
/// the whole body as a `Value` was a tenth of serve's own work per relay. The body must be UTF-8
/// and valid JSON throughout (strings and escapes included), exactly as `serde_json::Value`
/// would accept it; the tests hold the two to the same answers.
pub fn parse(body: &[u8]) -> Result<Request, Invalid> {
    // serde_json skips unread strings without checking their UTF-8: check it all first.
    let text = std::str::from_utf8(body).map_err(|_| Invalid::Parse)?;
    match serde_json::from_str::<Body>(text).map_err(|_| Invalid::Parse)? {
        Body::Batch(calls) if calls.is_empty() => Err(Invalid::EmptyBatch),
        Body::Batch(calls) => Ok(Request {
            read_only: calls.iter().all(|c| c.read),
            shape: Shape::Batch(calls.into_iter().map(|c| c.id).collect()),
        }),
        Body::Single(call) => Ok(Request { read_only: call.read, shape: Shape::Single(call.id) }),
    }
}

/// A body: a batch, or anything else (a call, or a value that is not one).
enum Body {
    Batch(Vec<Call>),
    Single(Call),
}

/// What is kept of one call. Not an object: no id, not known to be a read.
#[derive(Default)]
struct Call {
    id: Value,
    read: bool,
}

/// Any JSON value, checked and dropped. Strings are read (not skipped) so that their escapes
/// are checked as `Value` checks them (a lone surrogate is an error).
struct Skip;

impl<'de> serde::Deserialize<'de> for Skip {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Walk::Skip).map(|_| Skip)
    }
}

impl<'de> serde::Deserialize<'de> for Call {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match d.deserialize_any(Walk::Call)? {
            Walked::Call(call) => Ok(call),
            _ => Ok(Call::default()),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Body {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match d.deserialize_any(Walk::Body)? {
            Walked::Batch(calls) => Body::Batch(calls),
            Walked::Call(call) => Body::Single(call),
            Walked::Read | Walked::Other => Body::Single(Call::default()),
        })
    }
}

/// What a value is read as: the whole body, one call of it, a call's method, or nothing kept.
#[derive(Clone, Copy)]
enum Walk {
    Body,
    Call,
    Method,
    Skip,
}

enum Walked {
    Batch(Vec<Call>),
    Call(Call),
    /// A method that names a read.
    Read,
    Other,
}

/// A call's key, told apart without copying it.
enum Field {
    Id,
    Method,
    Other,
}

impl<'de> serde::Deserialize<'de> for Field {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Field;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Field, E> {
                Ok(match v {
                    "id" => Field::Id,
                    "method" => Field::Method,
                    _ => Field::Other,
                })
            }
        }
        d.deserialize_str(V)
    }
}

/// `method`'s value: whether it is a string naming a read.
struct IsRead(bool);

impl<'de> serde::Deserialize<'de> for IsRead {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(IsRead(matches!(d.deserialize_any(Walk::Method)?, Walked::Read)))
    }
}

impl<'de> serde::de::Visitor<'de> for Walk {
    type Value = Walked;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Walked, E> {
        Ok(Walked::Other)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Walked, E> {
        Ok(Walked::Other)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Walked, E> {
        Ok(Walked::Other)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Walked, E> {
        Ok(Walked::Other)
    }
    fn visit_str<E>(self, v: &str) -> Result<Walked, E> {
        Ok(match self {
            Walk::Method if !is_write(v) => Walked::Read,
            _ => Walked::Other,
        })
    }
    fn visit_unit<E>(self) -> Result<Walked, E> {
        Ok(Walked::Other)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Walked, A::Error> {
        if let Walk::Body = self {
            let mut calls = Vec::new();
            while let Some(call) = seq.next_element::<Call>()? {
                calls.push(call);
            }
            return Ok(Walked::Batch(calls));
        }
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Walked::Other)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Walked, A::Error> {
        if let Walk::Method | Walk::Skip = self {
            while map.next_entry::<Skip, Skip>()?.is_some() {}
            return Ok(Walked::Other);
        }
        // As a `Value` map: a repeated key keeps its last value.
        let mut call = Call::default();
        while let Some(key) = map.next_key::<Field>()? {
            match key {
                Field::Id => call.id = map.next_value()?,
                Field::Method => call.read = map.next_value::<IsRead>()?.0,
                Field::Other => map.next_value::<Skip>().map(|_| ())?,
            }
        }
        Ok(Walked::Call(call))
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

    /// The parse as it was: the whole body as a `serde_json::Value`. The lean parse must give
    /// the same answer for every body.
    fn reference(body: &[u8]) -> Result<Request, Invalid> {
        let id_of = |call: &Value| call.get("id").cloned().unwrap_or(Value::Null);
        let is_read = |call: &Value| call.get("method").and_then(Value::as_str).is_some_and(|m| !is_write(m));
        match serde_json::from_slice::<Value>(body).map_err(|_| Invalid::Parse)? {
            Value::Array(calls) if calls.is_empty() => Err(Invalid::EmptyBatch),
            Value::Array(calls) => Ok(Request {
                read_only: calls.iter().all(is_read),
                shape: Shape::Batch(calls.iter().map(id_of).collect()),
            }),
            call => Ok(Request { read_only: is_read(&call), shape: Shape::Single(id_of(&call)) }),
        }
    }

    #[test]
    fn the_lean_parse_answers_as_a_whole_value_parse_does() {
        let bodies: &[&[u8]] = &[
            br#"{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}"#,
            br#"{"id":1,"method":"eth_call","id":"second","method":"eth_sendRawTransaction"}"#,
            br#"{"method":"eth_sendRawTransaction","method":"eth_call","id":{"b":[1,2.50e3],"a":null}}"#,
            br#"{"\u0069d":7,"me\u0074hod":"eth_chainId"}"#,
            br#"{"method":7,"id":-0.0}"#,
            br#"{"method":["eth_call"],"id":true}"#,
            br#"{"method":{"a":"eth_call"},"id":123456789012345678901234567890.5e-7}"#,
            br#"{"method":null}"#,
            br#"{"method":"ETH_SENDrawTransaction","id":"x"}"#,
            br#"{"method":"eth_call","params":["\ud800"],"id":1}"#,
            br#"{"method":"eth_call","params":{"\ud800":1},"id":1}"#,
            br#"{"method":"eth_call","params":["\ud83d\ude00 \u2028 \\ \" \/"],"id":1}"#,
            br#"{"method":"eth_call","params":["\x"],"id":1}"#,
            b"{\"method\":\"eth_call\",\"params\":[\"\xff\"],\"id\":1}",
            b"{\"method\":\"eth_call\",\"params\":[\"\x01\"],\"id\":1}",
            br#"{"method":"eth_call","params":[1e999999],"id":1}"#,
            br#"{"method":"eth_call","params":[01],"id":1}"#,
            br#"{"method":"eth_call"} trailing"#,
            br#"{"method":"eth_call",}"#,
            br#"[{"method":"eth_chainId","id":1},{"method":"eth_sendRawTransaction","id":2},7,[3],"s",null]"#,
            br#"[{"method":"eth_chainId","id":1},{"method":"net_version","id":[2]}]"#,
            br#"[[{"id":1}]]"#,
            br#"[]"#,
            br#"  [ ]  "#,
            br#""just a string""#,
            b"42",
            b"null",
            b"",
            b"\xef\xbb\xbf{}",
            b"{\"id\":\"\xc3\xa9\"}",
        ];
        for body in bodies {
            assert_eq!(parse(body), reference(body), "{}", String::from_utf8_lossy(body));
        }
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert_eq!(parse(deep.as_bytes()), reference(deep.as_bytes()));
        assert_eq!(parse(deep.as_bytes()), Err(Invalid::Parse), "nesting is bounded as before");
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

    #[test]
    fn writes_are_found_as_a_lowercased_substring_search_finds_them() {
        let reference = |method: &str| WRITE_WORDS.iter().any(|w| method.to_ascii_lowercase().contains(w));
        for method in [
            "",
            "s",
            "sen",
            "send",
            "SEND",
            "eth_sen",
            "xsend",
            "ETH_SENDRAWTRANSACTION",
            "Eth_NewFILTER",
            "eth_unsubscribe",
            "PERSONAL_listAccounts",
            "personal",
            "ésend",
            "€sign€",
            "submi",
            "submiT",
            "broadcas",
            "eth_getFilterChanges",
            "eth_getBlockByNumber",
            "sssign",
            "bbroadcast",
            "ffilter",
        ] {
            assert_eq!(is_write(method), reference(method), "{method:?}");
        }
    }
}
