//! Session headers and sessions as the Cosmos REST API writes them (`get_session`: snake_case
//! keys, int64 as decimal strings), and a JSON view of relay requests for people.

use serde_json::{Value, json};

use super::keys::PublicKey;
use super::ring::RingSignature;
use super::wire::{self, RelayRequest, SessionHeader};

fn int_field(obj: &serde_json::Map<String, Value>, key: &str) -> Result<i64, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(0),
        Some(Value::String(s)) => s.trim().parse().map_err(|_| format!("{key} is {s:?}, not a whole number")),
        Some(Value::Number(n)) => n.as_i64().ok_or_else(|| format!("{key} is {n}, not a whole number")),
        Some(other) => Err(format!("{key} is {other}, not a whole number")),
    }
}

fn string_field(obj: &serde_json::Map<String, Value>, key: &str) -> Result<String, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(other) => Err(format!("{key} is {other}, not a string")),
    }
}

/// A `SessionHeader` from its JSON object (`session.header` of a get_session response).
/// Absent fields are empty/zero, as protobuf JSON omits defaults.
pub fn header_from_json(value: &Value) -> Result<SessionHeader, String> {
    let obj = value.as_object().ok_or("a session header is a JSON object")?;
    Ok(SessionHeader {
        application_address: string_field(obj, "application_address")?,
        service_id: string_field(obj, "service_id")?,
        session_id: string_field(obj, "session_id")?,
        session_start_block_height: int_field(obj, "session_start_block_height")?,
        session_end_block_height: int_field(obj, "session_end_block_height")?,
    })
}

/// What a session gives a signer: its header and its suppliers' operator addresses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionInfo {
    pub header: SessionHeader,
    pub suppliers: Vec<String>,
}

/// A get_session response (`{"session":{…}}`) or the session object itself.
pub fn session_from_json(value: &Value) -> Result<SessionInfo, String> {
    let session = value.get("session").unwrap_or(value);
    let header =
        session.get("header").ok_or("no session.header in the JSON (expected a get_session response)")?;
    let header = header_from_json(header).map_err(|e| format!("session.header: {e}"))?;
    let suppliers = match session.get("suppliers") {
        None | Some(Value::Null) => vec![],
        Some(Value::Array(list)) => list
            .iter()
            .map(|s| s.get("operator_address").and_then(Value::as_str).map(str::to_string))
            .collect::<Option<Vec<_>>>()
            .ok_or("a supplier in session.suppliers has no operator_address")?,
        Some(_) => return Err("session.suppliers is not a list".into()),
    };
    Ok(SessionInfo { header, suppliers })
}

pub fn header_to_json(h: &SessionHeader) -> Value {
    json!({
        "application_address": h.application_address,
        "service_id": h.service_id,
        "session_id": h.session_id,
        "session_start_block_height": h.session_start_block_height,
        "session_end_block_height": h.session_end_block_height,
    })
}

fn key_json(key: &PublicKey) -> Value {
    json!({ "public_key": key.to_string(), "address": key.address() })
}

/// The ring signature's fields, or why it does not decode.
pub fn ring_signature_json(bytes: &[u8]) -> Value {
    match RingSignature::from_bytes(bytes) {
        Ok((sig, trailing)) => {
            let members: Vec<Value> = sig
                .ring
                .iter()
                .zip(&sig.s)
                .map(|(k, s)| {
                    let mut v = key_json(k);
                    v["s"] = json!(hex::encode(s.to_bytes()));
                    v
                })
                .collect();
            let mut v = json!({
                "hex": hex::encode(bytes),
                "ring_size": sig.ring.len(),
                "c0": hex::encode(sig.c0.to_bytes()),
                "key_image": hex::encode(super::ring::encode_affine(&sig.image)),
                "members": members,
            });
            if trailing > 0 {
                v["trailing_bytes"] = json!(trailing);
            }
            v
        }
        Err(e) => json!({ "hex": hex::encode(bytes), "error": e.to_string() }),
    }
}

/// Every field of a relay request, decoded (the payload as a POKTHTTPRequest when it is one).
pub fn request_to_json(request: &RelayRequest) -> Value {
    let meta = request.meta();
    let payload = match wire::decode_http_request(&request.payload) {
        Ok(http) => {
            let header: serde_json::Map<String, Value> =
                http.header.iter().map(|(k, h)| (k.clone(), json!(h.values))).collect();
            let mut v = json!({
                "method": http.method,
                "header": header,
                "url": http.url,
            });
            match String::from_utf8(http.body_bz.clone()) {
                Ok(text) => v["body"] = json!(text),
                Err(_) => v["body_hex"] = json!(hex::encode(&http.body_bz)),
            }
            json!({ "hex": hex::encode(&request.payload), "pokt_http_request": v })
        }
        Err(e) => json!({ "hex": hex::encode(&request.payload), "error": e.0 }),
    };
    json!({
        "meta": {
            "session_header": meta.session_header.as_ref().map(header_to_json),
            "signature": ring_signature_json(&meta.signature),
            "supplier_operator_address": meta.supplier_operator_address,
        },
        "payload": payload,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::shannon::wire::tests::v6_header;

    #[test]
    fn headers_read_cosmos_rest_json() {
        let text = r#"{"application_address":"pokt1jz7twld34luu2px8xqqd0qzewagvjhppdv4cqa","service_id":"eth",
            "session_id":"abababababababababababababababababababababababababababababababab",
            "session_start_block_height":"1001","session_end_block_height":1060}"#;
        let header = header_from_json(&serde_json::from_str(text).unwrap()).unwrap();
        assert_eq!(header, v6_header());
        let session =
            format!(r#"{{"session":{{"header":{text},"suppliers":[{{"operator_address":"pokt1a"}}]}}}}"#);
        let info = session_from_json(&serde_json::from_str(&session).unwrap()).unwrap();
        assert_eq!(info.header, v6_header());
        assert_eq!(info.suppliers, ["pokt1a"]);
        assert_eq!(
            header_from_json(&json!({"session_start_block_height": "x"})).unwrap_err(),
            "session_start_block_height is \"x\", not a whole number"
        );
        assert!(session_from_json(&json!({"session": {}})).is_err());
        assert_eq!(header_to_json(&v6_header())["session_end_block_height"], 1060);
    }
}
