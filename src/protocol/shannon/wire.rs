//! The Shannon wire types (poktroll `proto/pocket/service/relay.proto`,
//! `proto/pocket/session/types.proto`, shannon-sdk `proto/types/http.proto`) as prost messages,
//! encoded exactly as gogoproto marshals them: fields in ascending tag order, zero scalars and
//! empty strings/bytes omitted, nullable sub-messages written whenever present (even empty), map
//! entries sorted by key.
//!
//! gogoproto's non-nullable `meta` fields are `Option` in prost: [`RelayRequest::canonical`] and
//! the decoders always fill them, so an encoding always carries `meta` (`0a 00` when empty), as Go
//! writes it.

use std::collections::BTreeMap;

use prost::Message;
use prost::bytes::Buf;
use prost::encoding::{WireType, decode_key, skip_field};

/// poktroll `pocket.session.SessionHeader`.
#[derive(Clone, PartialEq, Eq, Message)]
pub struct SessionHeader {
    #[prost(string, tag = "1")]
    pub application_address: String,
    #[prost(string, tag = "2")]
    pub service_id: String,
    #[prost(string, tag = "3")]
    pub session_id: String,
    #[prost(int64, tag = "4")]
    pub session_start_block_height: i64,
    /// The last block of the session (inclusive).
    #[prost(int64, tag = "5")]
    pub session_end_block_height: i64,
}

/// poktroll `pocket.service.RelayRequestMetadata`.
#[derive(Clone, PartialEq, Eq, Message)]
pub struct RelayRequestMetadata {
    #[prost(message, optional, tag = "1")]
    pub session_header: Option<SessionHeader>,
    /// The serialized ring signature (ring-go `RingSig.Serialize`).
    #[prost(bytes = "vec", tag = "2")]
    pub signature: Vec<u8>,
    #[prost(string, tag = "3")]
    pub supplier_operator_address: String,
}

/// poktroll `pocket.service.RelayRequest`: the body POSTed to a relay miner.
#[derive(Clone, PartialEq, Eq, Message)]
pub struct RelayRequest {
    /// Non-nullable in gogoproto: always encoded.
    #[prost(message, optional, tag = "1")]
    pub meta: Option<RelayRequestMetadata>,
    /// The opaque payload (a [`PoktHttpRequest`] for HTTP services), hashed verbatim.
    #[prost(bytes = "vec", tag = "2")]
    pub payload: Vec<u8>,
}

/// poktroll `pocket.service.RelayResponseMetadata`.
#[derive(Clone, PartialEq, Eq, Message)]
pub struct RelayResponseMetadata {
    #[prost(message, optional, tag = "1")]
    pub session_header: Option<SessionHeader>,
    /// 64 bytes `r‖s`, cosmos secp256k1.
    #[prost(bytes = "vec", tag = "2")]
    pub supplier_operator_signature: Vec<u8>,
}

/// poktroll `pocket.service.RelayMinerError`: why a relay miner refused a relay.
#[derive(Clone, PartialEq, Eq, Message)]
pub struct RelayMinerError {
    #[prost(string, tag = "1")]
    pub codespace: String,
    #[prost(uint32, tag = "2")]
    pub code: u32,
    #[prost(string, tag = "3")]
    pub description: String,
    #[prost(string, tag = "4")]
    pub message: String,
}

/// poktroll `pocket.service.RelayResponse`: what a relay miner answers.
#[derive(Clone, PartialEq, Eq, Message)]
pub struct RelayResponse {
    /// Non-nullable in gogoproto: always encoded.
    #[prost(message, optional, tag = "1")]
    pub meta: Option<RelayResponseMetadata>,
    #[prost(bytes = "vec", tag = "2")]
    pub payload: Vec<u8>,
    #[prost(message, optional, tag = "3")]
    pub relay_miner_error: Option<RelayMinerError>,
    /// SHA-256 of `payload` (miners since poktroll v0.1.25).
    #[prost(bytes = "vec", tag = "4")]
    pub payload_hash: Vec<u8>,
}

/// shannon-sdk `sdk.types.Header`: one HTTP header name and its values.
#[derive(Clone, PartialEq, Eq, Message)]
pub struct Header {
    #[prost(string, tag = "1")]
    pub key: String,
    #[prost(string, repeated, tag = "2")]
    pub values: Vec<String>,
}

/// shannon-sdk `sdk.types.POKTHTTPRequest`: the HTTP request a relay carries to the backend.
#[derive(Clone, PartialEq, Eq, Message)]
pub struct PoktHttpRequest {
    #[prost(string, tag = "1")]
    pub method: String,
    /// Sorted by name, as Go's deterministic marshaling writes maps.
    #[prost(btree_map = "string, message", tag = "2")]
    pub header: BTreeMap<String, Header>,
    #[prost(string, tag = "3")]
    pub url: String,
    #[prost(bytes = "vec", tag = "4")]
    pub body_bz: Vec<u8>,
}

/// shannon-sdk `sdk.types.POKTHTTPResponse`: the backend's HTTP answer inside a relay response.
#[derive(Clone, PartialEq, Eq, Message)]
pub struct PoktHttpResponse {
    #[prost(uint32, tag = "1")]
    pub status_code: u32,
    #[prost(btree_map = "string, message", tag = "2")]
    pub header: BTreeMap<String, Header>,
    #[prost(bytes = "vec", tag = "3")]
    pub body_bz: Vec<u8>,
}

/// A header map from `(name, value)` pairs; repeated names collect their values in order.
pub fn header_map<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> BTreeMap<String, Header> {
    let mut map: BTreeMap<String, Header> = BTreeMap::new();
    for (name, value) in pairs {
        map.entry(name.to_string())
            .or_insert_with(|| Header { key: name.to_string(), values: Vec::new() })
            .values
            .push(value.to_string());
    }
    map
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct WireError(pub String);

impl WireError {
    fn decode(what: &str, bytes: &[u8], e: prost::DecodeError) -> Self {
        WireError(format!("{} bytes do not decode as a {what} protobuf: {e}", bytes.len()))
    }
}

impl RelayRequest {
    /// The request as gogoproto re-encodes it: `meta` is always present.
    pub fn canonical(mut self) -> Self {
        self.meta.get_or_insert_with(Default::default);
        self
    }

    pub fn meta(&self) -> RelayRequestMetadata {
        self.meta.clone().unwrap_or_default()
    }

    /// The bytes gogoproto marshals for this request.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.clone().canonical().encode_to_vec()
    }
}

impl RelayResponse {
    pub fn canonical(mut self) -> Self {
        self.meta.get_or_insert_with(Default::default);
        self
    }

    pub fn meta(&self) -> RelayResponseMetadata {
        self.meta.clone().unwrap_or_default()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        self.clone().canonical().encode_to_vec()
    }
}

/// Decodes a `RelayRequest` as gogoproto's `Unmarshal` does (unknown fields dropped, last
/// scalar wins, repeated sub-messages merged).
pub fn decode_request(bytes: &[u8]) -> Result<RelayRequest, WireError> {
    RelayRequest::decode(bytes)
        .map(RelayRequest::canonical)
        .map_err(|e| WireError::decode("RelayRequest", bytes, e))
}

/// A decoded `RelayResponse`, and whether `payload_hash` appeared on the wire. Go sets
/// `PayloadHash` to a non-nil slice whenever the field is present, even with length 0, and that
/// (not its length) decides whether the payload is left out of the signed bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedResponse {
    pub response: RelayResponse,
    pub payload_hash_present: bool,
}

pub fn decode_response(bytes: &[u8]) -> Result<DecodedResponse, WireError> {
    let response = RelayResponse::decode(bytes)
        .map(RelayResponse::canonical)
        .map_err(|e| WireError::decode("RelayResponse", bytes, e))?;
    let payload_hash_present = top_level_field_present(bytes, 4);
    Ok(DecodedResponse { response, payload_hash_present })
}

/// Whether field `tag` occurs at the top level of a message that already decoded.
fn top_level_field_present(mut bytes: &[u8], tag: u32) -> bool {
    let ctx = prost::encoding::DecodeContext::default();
    while bytes.has_remaining() {
        let Ok((field, wire_type)) = decode_key(&mut bytes) else { return false };
        if field == tag && wire_type == WireType::LengthDelimited {
            return true;
        }
        if skip_field(wire_type, field, &mut bytes, ctx.clone()).is_err() {
            return false;
        }
    }
    false
}

pub fn decode_http_request(bytes: &[u8]) -> Result<PoktHttpRequest, WireError> {
    PoktHttpRequest::decode(bytes).map_err(|e| WireError::decode("POKTHTTPRequest", bytes, e))
}

pub fn decode_http_response(bytes: &[u8]) -> Result<PoktHttpResponse, WireError> {
    PoktHttpResponse::decode(bytes).map_err(|e| WireError::decode("POKTHTTPResponse", bytes, e))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub const V6_APP: &str = "pokt1jz7twld34luu2px8xqqd0qzewagvjhppdv4cqa";
    pub const V6_SUPPLIER: &str = "pokt15mumkevdh29ulttp8x7s7zlk45ju4mu79xlz69";
    pub const V6_PAYLOAD: &str = "0a04504f535412300a0c436f6e74656e742d5479706512200a0c436f6e74656e742d5479706512\
106170706c69636174696f6e2f6a736f6e1a1b68747470733a2f2f72656c61796d696e65722e65\
78616d706c652f223f7b226a736f6e727063223a22322e30222c226964223a312c226d6574686f\
64223a226574685f626c6f636b4e756d626572222c22706172616d73223a5b5d7d";

    pub fn v6_header() -> SessionHeader {
        SessionHeader {
            application_address: V6_APP.into(),
            service_id: "eth".into(),
            session_id: "ab".repeat(32),
            session_start_block_height: 1001,
            session_end_block_height: 1060,
        }
    }

    pub fn v6_http_request() -> PoktHttpRequest {
        PoktHttpRequest {
            method: "POST".into(),
            header: header_map([("Content-Type", "application/json")]),
            url: "https://relayminer.example/".into(),
            body_bz: br#"{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}"#.to_vec(),
        }
    }

    #[test]
    fn v6_payload_is_byte_exact() {
        assert_eq!(hex::encode(v6_http_request().encode_to_vec()), V6_PAYLOAD);
        assert_eq!(decode_http_request(&hex::decode(V6_PAYLOAD).unwrap()).unwrap(), v6_http_request());
    }

    #[test]
    fn v6_header_encoding() {
        let h = hex::encode(v6_header().encode_to_vec());
        let expected = format!(
            "0a2b{}1203657468 1a40{} 20e907 28a408",
            hex::encode(V6_APP),
            hex::encode("ab".repeat(32))
        )
        .replace(' ', "");
        assert_eq!(h, expected);
    }

    #[test]
    fn zero_fields_are_omitted_and_meta_is_always_written() {
        assert_eq!(RelayRequest::default().to_bytes(), [0x0a, 0x00]);
        let empty_header = RelayRequest {
            meta: Some(RelayRequestMetadata {
                session_header: Some(SessionHeader::default()),
                ..Default::default()
            }),
            payload: vec![],
        };
        assert_eq!(empty_header.to_bytes(), [0x0a, 0x02, 0x0a, 0x00]);
        // An empty relay_miner_error is present, so written; an empty payload_hash is not.
        let r = RelayResponse { relay_miner_error: Some(RelayMinerError::default()), ..Default::default() };
        assert_eq!(r.to_bytes(), [0x0a, 0x00, 0x1a, 0x00]);
        // Negative heights are ten-byte varints, as Go writes int64.
        let h = SessionHeader { session_start_block_height: -1, ..Default::default() };
        assert_eq!(hex::encode(h.encode_to_vec()), "20ffffffffffffffffff01");
    }

    #[test]
    fn out_of_order_and_unknown_fields_reencode_canonically() {
        // payload (f2) before meta (f1), plus an unknown field 9: Go re-marshals to f1, f2.
        let bytes = hex::decode("12017848010a00").unwrap();
        let req = decode_request(&bytes).unwrap();
        assert_eq!(req.to_bytes(), hex::decode("0a001201 78".replace(' ', "")).unwrap());
        // meta absent entirely: still written back.
        assert_eq!(decode_request(&[0x12, 0x01, 0x78]).unwrap().to_bytes(), [0x0a, 0x00, 0x12, 0x01, 0x78]);
    }

    #[test]
    fn truncated_bytes_are_refused_with_their_length() {
        let bytes = RelayRequest { meta: None, payload: b"abc".to_vec() }.to_bytes();
        let err = decode_request(&bytes[..bytes.len() - 1]).unwrap_err();
        assert!(err.0.starts_with("6 bytes do not decode as a RelayRequest protobuf"), "{err}");
    }

    #[test]
    fn payload_hash_presence_is_seen_even_when_empty() {
        let with_empty = [0x0a, 0x00, 0x22, 0x00];
        assert!(decode_response(&with_empty).unwrap().payload_hash_present);
        assert!(!decode_response(&[0x0a, 0x00, 0x12, 0x01, 0x61]).unwrap().payload_hash_present);
        // A tag 4 inside meta is not the top-level payload_hash.
        assert!(!decode_response(&[0x0a, 0x02, 0x12, 0x00]).unwrap().payload_hash_present);
    }

    #[test]
    fn headers_collect_values_and_sort_by_name() {
        let map = header_map([("b", "1"), ("a", "2"), ("b", "3")]);
        assert_eq!(map.keys().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(map["b"].values, ["1", "3"]);
        let req = PoktHttpRequest { header: map, ..Default::default() };
        let bytes = req.encode_to_vec();
        // The "a" entry comes first: {1: "a", 2: Header{1: "a", 2: "2"}}.
        assert_eq!(&bytes[..4], &[0x12, 0x0b, 0x0a, 0x01]);
        assert_eq!(bytes[4], b'a');
    }
}
