//! Relay requests (docs/protocol.md §3–5): payload, meta, request hash, proof and its client signature,
//! and the exact body POSTed to `/v1/client/relay`.

use serde::Serialize;

use super::aat::Aat;
use super::gohex;
use super::gojson::ObjectWriter;
use super::keys::PrivateKey;
use crate::protocol::hash::sha3;

pub use crate::protocol::payload::Payload;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Meta {
    pub block_height: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proof {
    pub request_hash: String,
    pub entropy: i64,
    pub session_block_height: i64,
    pub servicer_pub_key: String,
    pub blockchain: String,
    pub aat: Aat,
    pub signature: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Relay {
    pub payload: Payload,
    pub meta: Meta,
    pub proof: Proof,
}

impl Payload {
    fn write_json(&self, mut w: ObjectWriter<'_>) {
        w.string("data", &self.data)
            .string("method", &self.method)
            .string("path", &self.path)
            .string_map("headers", self.headers.as_ref());
        w.finish();
    }
}

impl Meta {
    fn write_json(&self, mut w: ObjectWriter<'_>) {
        w.int("block_height", self.block_height);
        w.finish();
    }
}

/// The bytes a node hashes for the request: `{"payload":{…},"meta":{"block_height":N}}`.
pub fn request_json(payload: &Payload, meta: &Meta) -> String {
    let mut out = String::with_capacity(payload.data.len() + payload.path.len() + 96);
    write_request_json(payload, meta, &mut out);
    out
}

fn write_request_json(payload: &Payload, meta: &Meta, out: &mut String) {
    let mut w = ObjectWriter::new(out);
    payload.write_json(w.object("payload"));
    meta.write_json(w.object("meta"));
    w.finish();
}

/// The request hash as the node computes it (lowercase hex, compared as a string).
pub fn request_hash(payload: &Payload, meta: &Meta) -> String {
    gohex::encode(&sha3(request_json(payload, meta).as_bytes()))
}

/// The fields of a proof that the client signs.
#[derive(Debug, Clone, Copy)]
pub struct ProofFields<'a> {
    pub entropy: i64,
    pub session_block_height: i64,
    pub servicer_pub_key: &'a str,
    pub blockchain: &'a str,
    /// The AAT hash hex.
    pub token: &'a str,
    pub request_hash: &'a str,
}

impl ProofFields<'_> {
    /// The signing bytes: pocket-core's private `relayProof` struct, whose field order differs
    /// from the wire order, with an empty signature.
    pub fn signing_json(&self) -> String {
        let mut out = String::with_capacity(400);
        let mut w = ObjectWriter::new(&mut out);
        w.int("entropy", self.entropy)
            .int("session_block_height", self.session_block_height)
            .string("servicer_pub_key", self.servicer_pub_key)
            .string("blockchain", self.blockchain)
            .string("signature", "")
            .string("token", self.token)
            .string("request_hash", self.request_hash);
        w.finish();
        out
    }

    pub fn hash(&self) -> [u8; 32] {
        sha3(self.signing_json().as_bytes())
    }
}

impl Proof {
    /// Signing fields, given the AAT hash (computed once per AAT by callers on hot paths).
    pub fn fields<'a>(&'a self, token: &'a str) -> ProofFields<'a> {
        ProofFields {
            entropy: self.entropy,
            session_block_height: self.session_block_height,
            servicer_pub_key: &self.servicer_pub_key,
            blockchain: &self.blockchain,
            token,
            request_hash: &self.request_hash,
        }
    }

    /// The proof hash (what the client signs, and what the servicer's response signature covers).
    pub fn hash(&self) -> [u8; 32] {
        self.fields(&self.aat.hash_hex()).hash()
    }

    fn write_json(&self, mut w: ObjectWriter<'_>) {
        w.string("request_hash", &self.request_hash)
            .int("entropy", self.entropy)
            .int("session_block_height", self.session_block_height)
            .string("servicer_pub_key", &self.servicer_pub_key)
            .string("blockchain", &self.blockchain);
        self.aat.write_json(w.object("aat"), &self.aat.signature);
        w.string("signature", &self.signature);
        w.finish();
    }
}

impl Relay {
    /// The exact body to POST to `/v1/client/relay`: compact Go JSON, wire field order.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(self.payload.data.len() + 900);
        let mut w = ObjectWriter::new(&mut out);
        self.payload.write_json(w.object("payload"));
        self.meta.write_json(w.object("meta"));
        self.proof.write_json(w.object("proof"));
        w.finish();
        out
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "the client key ({actual}) is not the AAT's client key ({expected}): sign relays with the \
     private key of the AAT's client_pub_key"
)]
pub struct ClientKeyMismatch {
    pub expected: String,
    pub actual: String,
}

/// Signs relays for one AAT with its client key; the AAT hash and JSON are computed once.
pub struct RelaySigner {
    aat: Aat,
    aat_json: String,
    token: String,
    client: PrivateKey,
}

/// A signed relay's POST body and its proof hash (which the servicer's answer signs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedBody {
    pub body: String,
    pub proof_hash: [u8; 32],
}

/// Where and when a relay is sent: everything in the proof except what the signer provides.
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    pub servicer_pub_key: &'a str,
    pub blockchain: &'a str,
    pub session_block_height: i64,
}

impl RelaySigner {
    pub fn new(aat: Aat, client: PrivateKey) -> Result<Self, ClientKeyMismatch> {
        let actual = client.public_key().to_hex();
        if !actual.eq_ignore_ascii_case(&aat.client_pub_key) {
            return Err(ClientKeyMismatch { expected: aat.client_pub_key.clone(), actual });
        }
        let token = aat.hash_hex();
        let aat_json = aat.to_json();
        Ok(RelaySigner { aat, aat_json, token, client })
    }

    pub fn aat(&self) -> &Aat {
        &self.aat
    }

    /// The AAT hash hex (the proof's `token`).
    pub fn token(&self) -> &str {
        &self.token
    }

    /// The proof's signing fields for `target`, with this signer's token.
    fn fields<'a>(&'a self, target: Target<'a>, entropy: i64, request_hash: &'a str) -> ProofFields<'a> {
        ProofFields {
            entropy,
            session_block_height: target.session_block_height,
            servicer_pub_key: target.servicer_pub_key,
            blockchain: target.blockchain,
            token: &self.token,
            request_hash,
        }
    }

    /// Signs a relay and builds its POST body in one pass: the body starts with the request
    /// JSON that is hashed, so the payload is escaped once and the AAT's JSON is reused. The
    /// bytes are identical to `sign(…).to_json()`; this is the send path.
    pub fn sign_body(&self, payload: &Payload, meta: Meta, target: Target<'_>, entropy: i64) -> SignedBody {
        let mut body = String::with_capacity(payload.data.len() + payload.data.len() / 8 + 900);
        write_request_json(payload, &meta, &mut body);
        let mut request_hash = [0u8; 64];
        // Sizes fixed by the types: these cannot fail.
        let _ = hex::encode_to_slice(sha3(body.as_bytes()), &mut request_hash);
        let request_hash = std::str::from_utf8(&request_hash).unwrap_or_default();
        let proof_hash = self.fields(target, entropy, request_hash).hash();
        let mut signature = [0u8; 128];
        let _ = hex::encode_to_slice(self.client.sign(&proof_hash), &mut signature);
        // `{"payload":…,"meta":…}` becomes `{"payload":…,"meta":…,"proof":{…}}`.
        body.pop();
        let mut proof = ObjectWriter::continue_object(&mut body);
        let mut w = proof.object("proof");
        w.hex("request_hash", request_hash)
            .int("entropy", entropy)
            .int("session_block_height", target.session_block_height)
            .string("servicer_pub_key", target.servicer_pub_key)
            .string("blockchain", target.blockchain)
            .raw("aat", &self.aat_json)
            .hex("signature", std::str::from_utf8(&signature).unwrap_or_default());
        w.finish();
        proof.finish();
        SignedBody { body, proof_hash }
    }

    /// Builds and signs a complete relay.
    pub fn sign(&self, payload: Payload, meta: Meta, target: Target<'_>, entropy: i64) -> Relay {
        let request_hash = request_hash(&payload, &meta);
        let signature = hex::encode(self.client.sign(&self.fields(target, entropy, &request_hash).hash()));
        Relay {
            payload,
            meta,
            proof: Proof {
                request_hash,
                entropy,
                session_block_height: target.session_block_height,
                servicer_pub_key: target.servicer_pub_key.to_string(),
                blockchain: target.blockchain.to_string(),
                aat: self.aat.clone(),
                signature,
            },
        }
    }
}

/// A fresh entropy, uniform in [0, 2^63 − 1] as pocket-core's Go clients draw it.
pub fn random_entropy() -> i64 {
    use rand::Rng;
    rand::thread_rng().gen_range(0..=i64::MAX)
}

#[cfg(test)]
pub(crate) mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::protocol::morse::keys::tests::{K_A, K_B};

    pub fn k_b_signer() -> RelaySigner {
        let key = PrivateKey::from_hex(K_B).unwrap();
        RelaySigner::new(Aat::sign(&key, &key.public_key()), key).unwrap()
    }

    fn headers(pairs: &[(&str, &str)]) -> Option<BTreeMap<String, String>> {
        Some(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    /// docs/protocol.md §14 (gateway-server's test): servicer "0x", chain "0001".
    #[test]
    fn gateway_server_vector() {
        let signer = k_b_signer();
        let payload =
            Payload { data: "randomJsonPayload".into(), method: "post".into(), ..Default::default() };
        let meta = Meta { block_height: 1 };
        assert_eq!(
            request_json(&payload, &meta),
            r#"{"payload":{"data":"randomJsonPayload","method":"post","path":"","headers":null},"meta":{"block_height":1}}"#
        );
        let target = Target { servicer_pub_key: "0x", blockchain: "0001", session_block_height: 1 };
        let relay = signer.sign(payload, meta, target, 1);
        assert_eq!(
            relay.proof.request_hash,
            "c5b64f9a7901ed8c3341f7440913a5ddd7b694dc7b4daeb234a47a9c42b653bb"
        );
        let fields = relay.proof.fields(signer.token());
        assert_eq!(
            fields.signing_json(),
            r#"{"entropy":1,"session_block_height":1,"servicer_pub_key":"0x","blockchain":"0001","signature":"","token":"9c903c10cfdcf8decdbad6651046680972762345b7739ed21b4c8970c35f172f","request_hash":"c5b64f9a7901ed8c3341f7440913a5ddd7b694dc7b4daeb234a47a9c42b653bb"}"#
        );
        assert_eq!(
            hex::encode(relay.proof.hash()),
            "807f21139a09d58859f853753e5e7e2e077d3d9c9aaab27a67473f8d636f1c6b"
        );
        assert_eq!(
            relay.proof.signature,
            "befcc42130fb9e46fb9874acfb5bd8a9f783db60f86d1b1eb61cdba23fdb7e9e17544cb99afb480c9e1308532e07cdf6f4e2da27790f47dae30133725191b309"
        );
    }

    /// docs/protocol.md §14: the full relay, client K_B, servicer K_A.
    pub fn full_vector_relay() -> Relay {
        let servicer = PrivateKey::from_hex(K_A).unwrap().public_key().to_hex();
        let payload = Payload {
            data: r#"{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}"#.into(),
            method: "POST".into(),
            ..Default::default()
        };
        let target = Target { servicer_pub_key: &servicer, blockchain: "0021", session_block_height: 12345 };
        k_b_signer().sign(payload, Meta { block_height: 12346 }, target, 8675309)
    }

    #[test]
    fn full_relay_vector() {
        let relay = full_vector_relay();
        assert_eq!(
            request_json(&relay.payload, &relay.meta),
            r#"{"payload":{"data":"{\"jsonrpc\":\"2.0\",\"method\":\"eth_blockNumber\",\"params\":[],\"id\":1}","method":"POST","path":"","headers":null},"meta":{"block_height":12346}}"#
        );
        assert_eq!(
            relay.proof.request_hash,
            "91719e7a0ae85c3aa93ba3d38d5039c01d18e2c9317b429c397b512bcd60afdc"
        );
        assert_eq!(
            relay.proof.fields(&relay.proof.aat.hash_hex()).signing_json(),
            r#"{"entropy":8675309,"session_block_height":12345,"servicer_pub_key":"b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3","blockchain":"0021","signature":"","token":"9c903c10cfdcf8decdbad6651046680972762345b7739ed21b4c8970c35f172f","request_hash":"91719e7a0ae85c3aa93ba3d38d5039c01d18e2c9317b429c397b512bcd60afdc"}"#
        );
        assert_eq!(
            hex::encode(relay.proof.hash()),
            "cea9d944df0136e613fe0b0f77a3a9e517ac4599e07f5c09d5a7fbe1d22a07d5"
        );
        assert_eq!(
            relay.proof.signature,
            "8848b931efdcadf31ada271299764ef6c0c8319d4f42897e840ca8aac9ccd57175e3792d5b34549cf56a6f4b28a519ece1f21b5969bdb7860040bc769431180d"
        );
    }

    #[test]
    fn wire_body_is_compact_go_json_in_wire_order() {
        let relay = full_vector_relay();
        let body = relay.to_json();
        assert!(body.starts_with(
            r#"{"payload":{"data":"{\"jsonrpc\":\"2.0\",\"method\":\"eth_blockNumber\",\"params\":[],\"id\":1}","method":"POST","path":"","headers":null},"meta":{"block_height":12346},"proof":{"request_hash":"91719e7a0ae85c3aa93ba3d38d5039c01d18e2c9317b429c397b512bcd60afdc","entropy":8675309,"session_block_height":12345,"servicer_pub_key":"b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3","blockchain":"0021","aat":{"version":"0.0.1","app_pub_key":"74039d"#
        ));
        assert!(body.ends_with(r#""signature":"8848b931efdcadf31ada271299764ef6c0c8319d4f42897e840ca8aac9ccd57175e3792d5b34549cf56a6f4b28a519ece1f21b5969bdb7860040bc769431180d"}}"#));
        let parsed: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(parsed["proof"]["entropy"], 8675309);
    }

    #[test]
    fn sign_body_is_byte_identical_to_sign_then_to_json() {
        let signer = k_b_signer();
        let servicer = PrivateKey::from_hex(K_A).unwrap().public_key().to_hex();
        for data in
            [r#"{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}"#, "<a>&\u{2028}\"\n", ""]
        {
            let payload = Payload {
                data: data.into(),
                method: "POST".into(),
                path: "/p".into(),
                headers: headers(&[("X", "<1>")]),
            };
            let target = Target { servicer_pub_key: &servicer, blockchain: "0021", session_block_height: 9 };
            let meta = Meta { block_height: 10 };
            let signed = signer.sign_body(&payload, meta, target, 77);
            let relay = signer.sign(payload, meta, target, 77);
            assert_eq!(signed.body, relay.to_json());
            assert_eq!(signed.proof_hash, relay.proof.hash());
        }
    }

    #[test]
    fn escaping_vector_a_html_and_sorted_headers() {
        let payload = Payload {
            data: r#"{"a":"<b>&c"}"#.into(),
            method: "POST".into(),
            path: "/v1/x".into(),
            headers: headers(&[("b", "2"), ("B", "3"), ("a", "1"), ("Content-Type", "application/json")]),
        };
        let meta = Meta { block_height: 100 };
        assert_eq!(
            request_json(&payload, &meta),
            r#"{"payload":{"data":"{\"a\":\"\u003cb\u003e\u0026c\"}","method":"POST","path":"/v1/x","headers":{"B":"3","Content-Type":"application/json","a":"1","b":"2"}},"meta":{"block_height":100}}"#
        );
        assert_eq!(
            request_hash(&payload, &meta),
            "667df8499e892a061f7f7f1ff644167245b84e414228945fa91a6b21b645b6fb"
        );
    }

    #[test]
    fn escaping_vector_b_empty_headers_map() {
        let payload = Payload { data: "x".into(), headers: headers(&[]), ..Default::default() };
        let meta = Meta { block_height: 7 };
        assert_eq!(
            request_json(&payload, &meta),
            r#"{"payload":{"data":"x","method":"","path":"","headers":{}},"meta":{"block_height":7}}"#
        );
        assert_eq!(
            request_hash(&payload, &meta),
            "b12fb0ea863b62c2a7d39dfc9c7f95dea0625407f236089b9199c60c1ecf2838"
        );
    }

    #[test]
    fn escaping_vector_c_controls_separators_and_unicode() {
        let data = "tab\tnl\ncr\rbs\u{8}ff\u{c}nul\u{0}del\u{7f} q\" bsl\\ slash/ ls\u{2028}ps\u{2029} e\u{e9} emoji\u{1F600}";
        let payload = Payload { data: data.into(), ..Default::default() };
        let meta = Meta { block_height: 5 };
        assert_eq!(
            request_json(&payload, &meta),
            "{\"payload\":{\"data\":\"tab\\tnl\\ncr\\rbs\\u0008ff\\u000cnul\\u0000del\u{7f} q\\\" bsl\\\\ slash/ ls\\u2028ps\\u2029 e\u{e9} emoji\u{1F600}\",\"method\":\"\",\"path\":\"\",\"headers\":null},\"meta\":{\"block_height\":5}}"
        );
        assert_eq!(
            request_hash(&payload, &meta),
            "768bc16e99e9a6489f1b5559e1e92b94925f821d85ef058ed676fc83307e33a9"
        );
    }

    #[test]
    fn signer_refuses_a_client_key_that_is_not_the_aats() {
        let app = PrivateKey::from_hex(K_B).unwrap();
        let aat = Aat::sign(&app, &app.public_key());
        let other = PrivateKey::from_hex(K_A).unwrap();
        let err = RelaySigner::new(aat, other).err().unwrap();
        assert_eq!(err.expected, "74039dbe881dd2744e2e0c469cc2241e1e45f14af6975dd89079d22938377849");
    }

    #[test]
    fn random_entropy_is_never_negative() {
        for _ in 0..1000 {
            assert!(random_entropy() >= 0);
        }
    }
}
