//! Decoding JSON the way a pocket-core node does (Go's `json.Unmarshal` into its structs), so
//! that `pgw proof verify` and the devnet see exactly the values a real node would hash:
//! keys match case-insensitively, unknown keys are ignored, `null` leaves strings and numbers
//! untouched, integers must be plain int64 literals, and invalid UTF-8 or lone surrogate
//! escapes inside strings become U+FFFD.

use std::collections::BTreeMap;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::aat::Aat;
use super::relay::{Meta, Payload, Proof, Relay};
use super::response::RelayResponse;

/// A node reads at most this many bytes of a request body.
pub const MAX_BODY_BYTES: usize = 1 << 20;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("not valid JSON: {0}")]
    Syntax(String),
    /// Go's `UnmarshalTypeError` text.
    #[error("json: cannot unmarshal {value} into Go struct field {strukt}.{field} of type {go_type}")]
    FieldType { value: String, strukt: &'static str, field: String, go_type: &'static str },
    #[error("json: cannot unmarshal {value} into Go value of type {go_type}")]
    ValueType { value: String, go_type: &'static str },
}

/// Parses text as Go would see it: invalid UTF-8 and lone surrogates become U+FFFD.
fn parse_go_json(body: &[u8]) -> Result<Json, DecodeError> {
    let text = go_lossy_utf8(body);
    let text = replace_lone_surrogates(&text);
    serde_json::from_str(&text).map_err(|e| DecodeError::Syntax(e.to_string()))
}

/// A JSON value that keeps every object entry in document order, repeated keys included, and
/// numbers as written: what Go's decoder walks through. (serde_json's `Value` keeps only the
/// last of repeated keys, where Go applies each in turn and merges repeated objects.)
#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Obj),
}

type Obj = Vec<(String, Json)>;

/// How serde_json (with `arbitrary_precision`) hands a number's literal to a visitor.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct JsonVisitor;
        impl<'de> Visitor<'de> for JsonVisitor {
            type Value = Json;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_unit<E>(self) -> Result<Json, E> {
                Ok(Json::Null)
            }
            fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
                Ok(Json::Bool(b))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
                Ok(Json::Number(n.to_string()))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
                Ok(Json::Number(n.to_string()))
            }
            fn visit_f64<E>(self, n: f64) -> Result<Json, E> {
                Ok(Json::Number(n.to_string()))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Json, E> {
                Ok(Json::String(s.to_string()))
            }
            fn visit_string<E>(self, s: String) -> Result<Json, E> {
                Ok(Json::String(s))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Json::Array(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    if key == NUMBER_TOKEN {
                        return Ok(Json::Number(map.next_value()?));
                    }
                    entries.push((key, map.next_value()?));
                }
                Ok(Json::Object(entries))
            }
        }
        deserializer.deserialize_any(JsonVisitor)
    }
}

/// Go's decoder replaces each byte of an invalid UTF-8 sequence with U+FFFD (Rust's
/// `from_utf8_lossy` would replace a whole truncated sequence with one).
fn go_lossy_utf8(mut bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.into();
    }
    let mut out = String::with_capacity(bytes.len() + 16);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(rest) => {
                out.push_str(rest);
                return out.into();
            }
            Err(e) => {
                let (valid, after) = bytes.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                let bad = e.error_len().unwrap_or(after.len());
                out.extend(std::iter::repeat_n('\u{FFFD}', bad));
                bytes = &after[bad..];
            }
        }
    }
}

fn hex4(b: &[u8]) -> Option<u16> {
    let s = std::str::from_utf8(b.get(..4)?).ok()?;
    u16::from_str_radix(s, 16).ok()
}

/// Rewrites `\uD800`-style escapes that do not form a valid surrogate pair to `\ufffd`, which
/// is what Go decodes them to (serde_json rejects them instead).
pub(crate) fn replace_lone_surrogates(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    if !text.contains("\\u") {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let (mut i, mut copied, mut in_string) = (0, 0, false);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => in_string = !in_string,
            b'\\' if in_string => {
                if bytes.get(i + 1) == Some(&b'u')
                    && let Some(unit) = hex4(&bytes[i + 2..])
                {
                    let is_high = (0xD800..0xDC00).contains(&unit);
                    let is_low = (0xDC00..0xE000).contains(&unit);
                    let next_low = bytes.get(i + 6..i + 8) == Some(b"\\u")
                        && hex4(&bytes[i + 8..]).is_some_and(|u| (0xDC00..0xE000).contains(&u));
                    if is_high && next_low {
                        i += 12;
                        continue;
                    }
                    if is_high || is_low {
                        out.push_str(&text[copied..i]);
                        out.push_str("\\ufffd");
                        i += 6;
                        copied = i;
                        continue;
                    }
                }
                i += 2;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if copied == 0 {
        return text.into();
    }
    out.push_str(&text[copied..]);
    out.into()
}

/// How Go names a JSON value in its type errors.
fn describe(v: &Json) -> String {
    match v {
        Json::Null => "null".into(),
        Json::Bool(_) => "bool".into(),
        Json::Number(n) => format!("number {n}"),
        Json::String(_) => "string".into(),
        Json::Array(_) => "array".into(),
        Json::Object(_) => "object".into(),
    }
}

/// Where in the document a value sits, for error messages: its path is built only for one
/// (a path per field was an allocation and a format per field of every relay a node decodes).
struct Loc<'a> {
    strukt: &'static str,
    parent: &'a str,
    name: &'a str,
}

impl Loc<'_> {
    fn path(&self) -> String {
        child(self.parent, self.name)
    }

    fn type_error(&self, v: &Json, go_type: &'static str) -> DecodeError {
        DecodeError::FieldType { value: describe(v), strukt: self.strukt, field: self.path(), go_type }
    }
}

fn child(path: &str, name: &str) -> String {
    if path.is_empty() { name.to_string() } else { format!("{path}.{name}") }
}

/// Visits an object's entries in document order, resolving each key to a field the way Go does
/// (exact match first, then case-insensitive). Unknown keys are skipped.
fn for_each_field(
    obj: &Obj,
    names: &[&'static str],
    mut visit: impl FnMut(&'static str, &Json) -> Result<(), DecodeError>,
) -> Result<(), DecodeError> {
    for (key, value) in obj {
        let name = names.iter().find(|n| **n == key).or_else(|| names.iter().find(|n| go_fold_equal(key, n)));
        if let Some(name) = name {
            visit(name, value)?;
        }
    }
    Ok(())
}

/// Go's case-insensitive key match against an ASCII field name: ASCII case folding plus the two
/// non-ASCII letters that fold to ASCII ones, `ſ` (s) and the Kelvin sign `K` (k).
fn go_fold_equal(key: &str, name: &str) -> bool {
    let fold = |c: char| match c {
        '\u{17F}' => 's',
        '\u{212A}' => 'k',
        c => c.to_ascii_lowercase(),
    };
    key.chars().map(fold).eq(name.chars().map(|c| c.to_ascii_lowercase()))
}

fn set_string(target: &mut String, v: &Json, loc: &Loc) -> Result<(), DecodeError> {
    match v {
        Json::String(s) => *target = s.clone(),
        Json::Null => {}
        other => return Err(loc.type_error(other, "string")),
    }
    Ok(())
}

fn set_i64(target: &mut i64, v: &Json, loc: &Loc) -> Result<(), DecodeError> {
    match v {
        // Go's strconv.ParseInt: plain integer literals only (no fraction, no exponent).
        Json::Number(n) => *target = n.parse().map_err(|_| loc.type_error(v, "int64"))?,
        Json::Null => {}
        other => return Err(loc.type_error(other, "int64")),
    }
    Ok(())
}

fn set_headers(
    target: &mut Option<BTreeMap<String, String>>,
    v: &Json,
    loc: &Loc,
) -> Result<(), DecodeError> {
    match v {
        // null sets a Go map to nil.
        Json::Null => *target = None,
        Json::Object(obj) => {
            // Go decodes into the existing map (if any) without clearing it.
            let map = target.get_or_insert_with(BTreeMap::new);
            for (k, value) in obj {
                match value {
                    Json::String(s) => {
                        map.insert(k.clone(), s.clone());
                    }
                    Json::Null => {
                        map.insert(k.clone(), String::new());
                    }
                    other => return Err(loc.type_error(other, "string")),
                }
            }
        }
        other => return Err(loc.type_error(other, "map[string]string")),
    }
    Ok(())
}

/// Runs `fill` on `v` when it is an object; `null` is a no-op; anything else is a type error.
fn with_object(
    v: &Json,
    loc: &Loc,
    go_type: &'static str,
    fill: impl FnOnce(&Obj) -> Result<(), DecodeError>,
) -> Result<(), DecodeError> {
    match v {
        Json::Object(obj) => fill(obj),
        Json::Null => Ok(()),
        other => Err(loc.type_error(other, go_type)),
    }
}

fn fill_aat(aat: &mut Aat, obj: &Obj, path: &str) -> Result<(), DecodeError> {
    let names = ["version", "app_pub_key", "client_pub_key", "signature"];
    for_each_field(obj, &names, |name, v| {
        let loc = Loc { strukt: "AAT", parent: path, name };
        match name {
            "version" => set_string(&mut aat.version, v, &loc),
            "app_pub_key" => set_string(&mut aat.app_pub_key, v, &loc),
            "client_pub_key" => set_string(&mut aat.client_pub_key, v, &loc),
            _ => set_string(&mut aat.signature, v, &loc),
        }
    })
}

fn fill_proof(proof: &mut Proof, obj: &Obj, path: &str) -> Result<(), DecodeError> {
    let names = [
        "request_hash",
        "entropy",
        "session_block_height",
        "servicer_pub_key",
        "blockchain",
        "aat",
        "signature",
    ];
    for_each_field(obj, &names, |name, v| {
        let loc = Loc { strukt: "RelayProof", parent: path, name };
        match name {
            "request_hash" => set_string(&mut proof.request_hash, v, &loc),
            "entropy" => set_i64(&mut proof.entropy, v, &loc),
            "session_block_height" => set_i64(&mut proof.session_block_height, v, &loc),
            "servicer_pub_key" => set_string(&mut proof.servicer_pub_key, v, &loc),
            "blockchain" => set_string(&mut proof.blockchain, v, &loc),
            "aat" => with_object(v, &loc, "types.AAT", |o| fill_aat(&mut proof.aat, o, &loc.path())),
            _ => set_string(&mut proof.signature, v, &loc),
        }
    })
}

fn fill_relay(relay: &mut Relay, obj: &Obj) -> Result<(), DecodeError> {
    for_each_field(obj, &["payload", "meta", "proof"], |name, v| {
        let loc = Loc { strukt: "Relay", parent: "", name };
        match name {
            "payload" => with_object(v, &loc, "types.Payload", |o| {
                for_each_field(o, &["data", "method", "path", "headers"], |field, v| {
                    let loc = Loc { strukt: "Payload", parent: "payload", name: field };
                    let p = &mut relay.payload;
                    match field {
                        "data" => set_string(&mut p.data, v, &loc),
                        "method" => set_string(&mut p.method, v, &loc),
                        "path" => set_string(&mut p.path, v, &loc),
                        _ => set_headers(&mut p.headers, v, &loc),
                    }
                })
            }),
            "meta" => with_object(v, &loc, "types.RelayMeta", |o| {
                for_each_field(o, &["block_height"], |_, v| {
                    let loc = Loc { strukt: "RelayMeta", parent: "meta", name: "block_height" };
                    set_i64(&mut relay.meta.block_height, v, &loc)
                })
            }),
            _ => with_object(v, &loc, "types.RelayProof", |o| fill_proof(&mut relay.proof, o, "proof")),
        }
    })
}

fn empty_aat() -> Aat {
    Aat {
        version: String::new(),
        app_pub_key: String::new(),
        client_pub_key: String::new(),
        signature: String::new(),
    }
}

fn top_object<'v>(v: &'v Json, go_type: &'static str) -> Result<Option<&'v Obj>, DecodeError> {
    match v {
        Json::Object(obj) => Ok(Some(obj)),
        Json::Null => Ok(None),
        other => Err(DecodeError::ValueType { value: describe(other), go_type }),
    }
}

/// Decodes a relay request body as a node does (only the first [`MAX_BODY_BYTES`] are read).
pub fn decode_relay(body: &[u8]) -> Result<Relay, DecodeError> {
    let body = &body[..body.len().min(MAX_BODY_BYTES)];
    let value = parse_go_json(body)?;
    let mut relay = Relay {
        payload: Payload::default(),
        meta: Meta::default(),
        proof: Proof {
            request_hash: String::new(),
            entropy: 0,
            session_block_height: 0,
            servicer_pub_key: String::new(),
            blockchain: String::new(),
            aat: empty_aat(),
            signature: String::new(),
        },
    };
    if let Some(obj) = top_object(&value, "types.Relay")? {
        fill_relay(&mut relay, obj)?;
    }
    Ok(relay)
}

/// Decodes an AAT document (e.g. a file written by `pgw aat gen`, or pocket-core's
/// `apps create-aat` output).
pub fn decode_aat(body: &[u8]) -> Result<Aat, DecodeError> {
    let value = parse_go_json(body)?;
    let mut aat = empty_aat();
    if let Some(obj) = top_object(&value, "types.AAT")? {
        fill_aat(&mut aat, obj, "")?;
    }
    Ok(aat)
}

/// Decodes a node's relay answer `{"response":"…","signature":"…"}`.
pub fn decode_response(body: &[u8]) -> Result<RelayResponse, DecodeError> {
    let value = parse_go_json(body)?;
    let mut resp = RelayResponse { response: String::new(), signature: String::new() };
    if let Some(obj) = top_object(&value, "rpc.RPCRelayResponse")? {
        for_each_field(obj, &["signature", "response"], |name, v| {
            let loc = Loc { strukt: "RPCRelayResponse", parent: "", name };
            match name {
                "signature" => set_string(&mut resp.signature, v, &loc),
                _ => set_string(&mut resp.response, v, &loc),
            }
        })?;
    }
    Ok(resp)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::morse::relay::tests::full_vector_relay;

    #[test]
    fn our_own_body_round_trips() {
        let relay = full_vector_relay();
        assert_eq!(decode_relay(relay.to_json().as_bytes()).unwrap(), relay);
    }

    #[test]
    fn keys_match_case_insensitively_and_unknown_keys_are_ignored() {
        let body = br#"{"Payload":{"DATA":"x","extra":1},"META":{"Block_Height":7},"proof":{"Entropy":3}}"#;
        let relay = decode_relay(body).unwrap();
        assert_eq!(relay.payload.data, "x");
        assert_eq!(relay.meta.block_height, 7);
        assert_eq!(relay.proof.entropy, 3);
    }

    /// Go applies repeated keys in turn, merging repeated objects (fuzz/divergences/).
    #[test]
    fn repeated_keys_merge_like_go() {
        let relay = decode_relay(br#"{"meta":{"block_height":1},"meta":{}}"#).unwrap();
        assert_eq!(relay.meta.block_height, 1);
        let relay = decode_relay(br#"{"payload":{"data":"a"},"payload":{"path":"/p"}}"#).unwrap();
        assert_eq!((relay.payload.data.as_str(), relay.payload.path.as_str()), ("a", "/p"));
        let relay = decode_relay(
            br#"{"payload":{"data":"evil"},"PAYLOAD":{"data":"good"},"payload":{"data":"evil"}}"#,
        )
        .unwrap();
        assert_eq!(relay.payload.data, "evil");
        let relay = decode_relay(br#"{"payload":{"headers":{"a":"1"},"headers":{"b":"2"}}}"#).unwrap();
        assert_eq!(relay.payload.headers.unwrap().len(), 2);
    }

    #[test]
    fn keys_fold_like_go_including_long_s_and_kelvin() {
        let relay = decode_relay(
            "{\"proof\":{\"session_bloc\u{212A}_height\":7,\"\u{17F}ignature\":\"ab\"}}".as_bytes(),
        )
        .unwrap();
        assert_eq!((relay.proof.session_block_height, relay.proof.signature.as_str()), (7, "ab"));
    }

    #[test]
    fn headers_null_absent_and_empty_are_distinct() {
        let absent = decode_relay(br#"{"payload":{"data":"x"}}"#).unwrap();
        assert_eq!(absent.payload.headers, None);
        let null = decode_relay(br#"{"payload":{"data":"x","headers":null}}"#).unwrap();
        assert_eq!(null.payload.headers, None);
        let empty = decode_relay(br#"{"payload":{"data":"x","headers":{}}}"#).unwrap();
        assert_eq!(empty.payload.headers, Some(BTreeMap::new()));
    }

    #[test]
    fn type_errors_use_go_wording() {
        let err = decode_relay(br#"{"proof":{"entropy":"5"}}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "json: cannot unmarshal string into Go struct field RelayProof.proof.entropy of type int64"
        );
        let err = decode_relay(br#"{"proof":{"entropy":1.50}}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "json: cannot unmarshal number 1.50 into Go struct field RelayProof.proof.entropy of type int64"
        );
        // Exponent literals are refused too (serde_json spells them `1e+21` where Go keeps `1e21`).
        let err = decode_relay(br#"{"proof":{"entropy":1e21}}"#).unwrap_err();
        assert!(err.to_string().starts_with("json: cannot unmarshal number 1e"));
        let err = decode_relay(br#"{"proof":{"entropy":9223372036854775808}}"#).unwrap_err();
        assert!(err.to_string().contains("into Go struct field RelayProof.proof.entropy of type int64"));
        let err = decode_relay(br#"{"proof":{"aat":{"version":1}}}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "json: cannot unmarshal number 1 into Go struct field AAT.proof.aat.version of type string"
        );
        // Every place a field sits names its full path, as Go's decoder does.
        let cases: [(&[u8], &str); 6] = [
            (
                br#"{"payload":{"data":7}}"#,
                "number 7 into Go struct field Payload.payload.data of type string",
            ),
            (
                br#"{"payload":{"headers":[]}}"#,
                "array into Go struct field Payload.payload.headers of type map[string]string",
            ),
            (
                br#"{"meta":{"block_height":true}}"#,
                "bool into Go struct field RelayMeta.meta.block_height of type int64",
            ),
            (br#"{"proof":[]}"#, "array into Go struct field Relay.proof of type types.RelayProof"),
            (
                br#"{"proof":{"aat":"x"}}"#,
                "string into Go struct field RelayProof.proof.aat of type types.AAT",
            ),
            (
                br#"{"PROOF":{"Signature":{}}}"#,
                "object into Go struct field RelayProof.proof.signature of type string",
            ),
        ];
        for (body, wanted) in cases {
            assert_eq!(
                decode_relay(body).unwrap_err().to_string(),
                format!("json: cannot unmarshal {wanted}")
            );
        }
        let err = decode_aat(br#"{"version":[]}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "json: cannot unmarshal array into Go struct field AAT.version of type string"
        );
        let err = decode_response(br#"{"signature":1}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "json: cannot unmarshal number 1 into Go struct field RPCRelayResponse.signature of type string"
        );
        let err = decode_relay(b"[1]").unwrap_err();
        assert_eq!(err.to_string(), "json: cannot unmarshal array into Go value of type types.Relay");
        assert!(matches!(decode_relay(b"{"), Err(DecodeError::Syntax(_))));
    }

    #[test]
    fn invalid_utf8_becomes_one_replacement_per_byte() {
        let body = b"{\"payload\":{\"data\":\"a\xE2\x80b\xFFc\"}}";
        let relay = decode_relay(body).unwrap();
        assert_eq!(relay.payload.data, "a\u{FFFD}\u{FFFD}b\u{FFFD}c");
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        let relay = decode_relay(br#"{"payload":{"data":"a\ud800b\udc00c\ud83d\ude00d\\ud800"}}"#).unwrap();
        assert_eq!(relay.payload.data, "a\u{FFFD}b\u{FFFD}c\u{1F600}d\\ud800");
    }

    #[test]
    fn only_the_first_mebibyte_is_read() {
        let mut body = br#"{"payload":{"data":""#.to_vec();
        body.extend(std::iter::repeat_n(b'a', MAX_BODY_BYTES));
        body.extend(br#""}}"#);
        assert!(matches!(decode_relay(&body), Err(DecodeError::Syntax(_))));
    }

    #[test]
    fn response_and_aat_documents_decode() {
        let resp = decode_response(b"{\"response\":\"ok\",\"signature\":\"ab\"}\n").unwrap();
        assert_eq!((resp.response.as_str(), resp.signature.as_str()), ("ok", "ab"));
        let aat =
            decode_aat(br#"{"version":"0.0.1","app_pub_key":"a","client_pub_key":"b","signature":"c"}"#)
                .unwrap();
        assert_eq!(aat.client_pub_key, "b");
    }
}
