//! Offline re-runs of the checks a servicer makes on a relay (docs/protocol.md §7), in
//! pocket-core's order, as a checklist: what passed, what failed, the code and message a node
//! would answer, and what to fix. Checks that need chain state are listed as skipped.

use serde::Serialize;

pub use crate::protocol::checklist::Status;
use crate::protocol::checklist::{self, Refusal};

use super::aat::{self, AAT_VERSION, Aat, AatError};
use super::keys::PublicKey;
use super::node_error::NodeError;
use super::relay::{self, Relay};
use super::response;
use super::validate;
use super::wire::{self, MAX_BODY_BYTES};
use crate::protocol::hash::sha3;

/// Bytes that were hashed at one step, for `--explain`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hashed {
    pub label: &'static str,
    pub json: String,
    pub sha3_256: String,
}

impl Hashed {
    fn new(label: &'static str, json: String) -> Self {
        let sha3_256 = hex::encode(sha3(json.as_bytes()));
        Hashed { label, json, sha3_256 }
    }
}

/// One check of a Morse checklist.
pub type Check = checklist::Check<NodeError, Hashed>;

impl Refusal for NodeError {
    fn advice(&self) -> Option<String> {
        self.info().map(|i| i.advice.to_string())
    }
}

/// What a node would answer, from the first failing check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub valid: bool,
    /// The pocket-core error of the first failure (none when valid, or when the node would fail
    /// before producing one, e.g. a JSON decode error).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_error: Option<NodeError>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_failure: Option<&'static str>,
}

impl Verdict {
    fn of(checks: &[Check]) -> Self {
        let first = checklist::first_failure(checks);
        Verdict {
            valid: first.is_none(),
            node_error: first.and_then(|c| c.error.clone()),
            first_failure: first.map(|c| c.id),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RelayReport {
    #[serde(flatten)]
    pub verdict: Verdict,
    pub checks: Vec<Check>,
}

fn request_hash_check(relay: &Relay) -> Check {
    let request_json = relay::request_json(&relay.payload, &relay.meta);
    let hashed = Hashed::new("request (payload + meta)", request_json);
    let expected = hashed.sha3_256.clone();
    let actual = &relay.proof.request_hash;
    let title = "request hash matches the payload and meta";
    if *actual == expected {
        return Check::pass("request_hash", title).hashed(hashed);
    }
    let check = Check::fail("request_hash", title, Some(NodeError::from_code(74)))
        .compare(&expected, actual)
        .hashed(hashed);
    if actual.eq_ignore_ascii_case(&expected) {
        return check.fix("the hash is right but not lowercase: nodes compare request_hash as a string, so send lowercase hex");
    }
    let js_hash = hex::encode(sha3(js_request_json(relay).as_bytes()));
    if *actual == js_hash {
        return check.detail(
            "the request hash was computed with JavaScript's JSON.stringify escaping (as pocket-js does), \
             which differs from Go's for <, >, &, U+2028, U+2029, \\b and \\f",
        )
        .fix("hash the request with Go's encoding/json rules (e.g. build relays with `pgw proof sign`), or avoid those characters in the payload");
    }
    check.detail("the hash is of different bytes: check that payload (data, method, path, headers) and meta.block_height are exactly what was hashed, with headers null when absent and keys sorted")
}

/// The request JSON as JavaScript's `JSON.stringify` writes it (serde_json escapes strings the
/// same way), used only to recognise hashes made by JavaScript SDKs.
fn js_request_json(relay: &Relay) -> String {
    let p = &relay.payload;
    let q = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let headers = match &p.headers {
        None => "null".to_string(),
        Some(map) => {
            let entries: Vec<String> = map.iter().map(|(k, v)| format!("{}:{}", q(k), q(v))).collect();
            format!("{{{}}}", entries.join(","))
        }
    };
    format!(
        r#"{{"payload":{{"data":{},"method":{},"path":{},"headers":{}}},"meta":{{"block_height":{}}}}}"#,
        q(&p.data),
        q(&p.method),
        q(&p.path),
        headers,
        relay.meta.block_height
    )
}

fn aat_check(token: &Aat) -> Check {
    let hashed = Hashed::new("AAT (signature emptied) -> proof token", token.signing_json());
    let title = "application authentication token (AAT)";
    match token.validate() {
        Ok(()) => Check::pass("aat", title).hashed(hashed),
        Err(e) => Check::fail("aat", title, Some(e.to_node_error()))
            .detail(aat_problem(&e))
            .fix("re-create the AAT with `pgw aat gen` and check it with `pgw aat verify`")
            .hashed(hashed),
    }
}

fn aat_problem(e: &AatError) -> String {
    match e {
        AatError::MissingVersion | AatError::UnsupportedVersion => {
            format!("the AAT version must be \"{AAT_VERSION}\"")
        }
        AatError::MissingAppKey | AatError::AppKey(_) => "app_pub_key must be 64 hex characters (32 bytes)".into(),
        AatError::MissingClientKey | AatError::ClientKey(_) => {
            "client_pub_key must be 64 hex characters (32 bytes)".into()
        }
        AatError::InvalidSignature => {
            "the app's signature does not verify over the AAT's fields: signed by another key, or a field changed after signing".into()
        }
    }
}

fn client_signature_check(relay: &Relay, proof_json: Hashed) -> Check {
    let proof = &relay.proof;
    let title = "client signature over the proof";
    let result =
        aat::verify_signature(&proof.aat.client_pub_key, &sha3(proof_json.json.as_bytes()), &proof.signature);
    let check = Check::from_result("client_signature", title, result);
    let check = if check.status == Status::Fail {
        check.detail(format!(
            "the signature must be made by the AAT's client key ({}) over the proof hash {}",
            proof.aat.client_pub_key, proof_json.sha3_256
        ))
    } else {
        check
    };
    check.hashed(proof_json)
}

/// Runs every check a servicer makes that needs no chain state, in pocket-core's order.
/// `response` is the node's answer (`{"response","signature"}`), to check its signature too.
pub fn verify_relay(body: &[u8], response: Option<&[u8]>) -> RelayReport {
    let mut checks = Vec::new();
    let relay = match wire::decode_relay(body) {
        Ok(relay) => {
            checks.push(Check::pass("decode", "body decodes as a pocket-core node decodes it"));
            relay
        }
        Err(e) => {
            let mut check = Check::fail("decode", "body decodes as a pocket-core node decodes it", None)
                .detail(format!("a node answers HTTP 400 with a JSON decode error: {e}"))
                .fix("send a JSON object with payload, meta and proof; integers must be plain (no quotes, decimals or exponents)");
            if body.len() > MAX_BODY_BYTES {
                check = check.detail(format!(
                    "the body is {} bytes but a node reads only the first {MAX_BODY_BYTES}; the rest is cut off",
                    body.len()
                ));
            }
            checks.push(check);
            return RelayReport { verdict: Verdict::of(&checks), checks };
        }
    };
    let proof = &relay.proof;

    let session_ok = proof.session_block_height >= 1;
    checks.push(
        Check::from_result(
            "session_height",
            "session block height is positive",
            if session_ok { Ok(()) } else { Err(NodeError::from_code(60)) },
        )
        .detail(format!(
            "session_block_height = {}; a node also requires its latest session height (needs chain state)",
            proof.session_block_height
        )),
    );
    checks.push(Check::from_result(
        "payload",
        "payload has data or a path",
        if relay.payload.data.is_empty() && relay.payload.path.is_empty() {
            Err(NodeError::from_code(25))
        } else {
            Ok(())
        },
    ));
    checks.push(Check::skip(
        "block_height",
        "request block height is in sync",
        format!(
            "meta.block_height = {} must be within 10 blocks of the node's height (code 75): needs chain state",
            relay.meta.block_height
        ),
    ));
    checks.push(request_hash_check(&relay));
    checks.push(Check::skip(
        "node_state",
        "chain hosted, app staked, relay budget, unique proof",
        "codes 26, 45, 91, 90, 37 and 71 depend on the node's chains and state",
    ));
    checks.push(
        Check::from_result(
            "servicer_pub_key",
            "servicer public key format",
            aat::verify_public_key_format(&proof.servicer_pub_key).map(|_| ()),
        )
        .detail(format!("servicer_pub_key = \"{}\"", proof.servicer_pub_key)),
    );
    checks.push(
        Check::from_result(
            "blockchain",
            "blockchain ID format",
            validate::hex_field(&proof.blockchain, 4, false),
        )
        .detail(format!("blockchain = \"{}\"", proof.blockchain)),
    );
    checks.push(Check::from_result(
        "request_hash_format",
        "request hash format",
        validate::hex_field(&proof.request_hash, 32, true),
    ));
    checks.push(
        Check::from_result(
            "entropy",
            "entropy is not negative",
            if proof.entropy >= 0 { Ok(()) } else { Err(NodeError::from_code(29)) },
        )
        .detail(format!("entropy = {}", proof.entropy)),
    );
    let aat = aat_check(&proof.aat);
    let token = aat.hashed[0].sha3_256.clone();
    checks.push(aat);
    let proof_json =
        Hashed::new("proof (signature emptied) -> proof hash", proof.fields(&token).signing_json());
    let proof_hash = sha3(proof_json.json.as_bytes());
    checks.push(client_signature_check(&relay, proof_json));
    checks.push(Check::skip(
        "session",
        "servicer is this node and in the session; chain staked by the app",
        "codes 34, 13, 17, 18, 61 and 14 depend on which node answers and on chain state",
    ));
    if let Some(response) = response {
        checks.push(response_check(response, &proof.servicer_pub_key, &proof_hash));
    }
    RelayReport { verdict: Verdict::of(&checks), checks }
}

fn response_check(body: &[u8], servicer_pub_key: &str, proof_hash: &[u8; 32]) -> Check {
    let title = "servicer signature over the response";
    let resp = match wire::decode_response(body) {
        Ok(resp) => resp,
        Err(e) => {
            return Check::fail("response_signature", title, None)
                .detail(format!("the response is not a relay response: {e}"));
        }
    };
    if resp.response.is_empty() && resp.signature.is_empty() {
        return Check::fail("response_signature", title, None)
            .detail("the response has no \"response\" and \"signature\": it is not a successful relay answer (a relay error?)");
    }
    let hashed = Hashed::new(
        "response (signature emptied) -> response hash",
        response::signing_json(&resp.response, proof_hash),
    );
    let result = response::verify(servicer_pub_key, &resp.response, proof_hash, &resp.signature);
    let check = match result {
        Ok(()) => Check::pass("response_signature", title),
        Err(e) => Check::fail("response_signature", title, None).detail(format!(
            "the signature does not verify with servicer_pub_key ({}): the node that answered is not the one the proof names, or the response was altered",
            e.message
        )),
    };
    check.hashed(hashed)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AatReport {
    #[serde(flatten)]
    pub verdict: Verdict,
    /// The AAT hash, which relay proofs carry as `token`.
    pub token: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_address: Option<String>,
    pub self_signed: bool,
    pub checks: Vec<Check>,
}

fn key_check(id: &'static str, title: &'static str, key: &str, on_empty: AatError) -> Check {
    if key.is_empty() {
        return Check::fail(id, title, Some(on_empty.to_node_error())).detail("missing");
    }
    match aat::verify_public_key_format(key) {
        Ok(_) => Check::pass(id, title),
        Err(e) => {
            let inner = if id == "app_pub_key" { AatError::AppKey(e) } else { AatError::ClientKey(e) };
            Check::fail(id, title, Some(inner.to_node_error())).detail("must be 64 hex characters (32 bytes)")
        }
    }
}

/// Checks an AAT field by field, as a node does when it validates a relay's token.
pub fn verify_aat(token: &Aat) -> AatReport {
    let mut checks = Vec::new();
    let version = match token.version.as_str() {
        "" => Check::fail("version", "version", Some(AatError::MissingVersion.to_node_error())),
        AAT_VERSION => Check::pass("version", "version"),
        _ => Check::fail("version", "version", Some(AatError::UnsupportedVersion.to_node_error())),
    };
    checks.push(version.compare(AAT_VERSION, &token.version));
    checks.push(key_check(
        "app_pub_key",
        "application public key",
        &token.app_pub_key,
        AatError::MissingAppKey,
    ));
    checks.push(key_check(
        "client_pub_key",
        "client public key",
        &token.client_pub_key,
        AatError::MissingClientKey,
    ));
    let hashed = Hashed::new("AAT (signature emptied)", token.signing_json());
    let signed = aat::verify_signature(&token.app_pub_key, &sha3(hashed.json.as_bytes()), &token.signature);
    let signature = match signed {
        Ok(()) => Check::pass("signature", "application signature"),
        Err(_) => Check::fail(
            "signature",
            "application signature",
            Some(AatError::InvalidSignature.to_node_error()),
        )
        .detail(aat_problem(&AatError::InvalidSignature)),
    };
    checks.push(signature.hashed(hashed.clone()));
    let address = |k: &str| PublicKey::from_hex("key", k).ok().map(|p| p.address().to_string());
    AatReport {
        verdict: Verdict::of(&checks),
        token: hashed.sha3_256,
        app_address: address(&token.app_pub_key),
        client_address: address(&token.client_pub_key),
        self_signed: token.app_pub_key.eq_ignore_ascii_case(&token.client_pub_key),
        checks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::morse::keys::PrivateKey;
    use crate::protocol::morse::keys::tests::K_A;
    use crate::protocol::morse::relay::tests::{full_vector_relay, k_b_signer};
    use crate::protocol::morse::relay::{Meta, Payload, Target};

    fn status_of(report: &RelayReport, id: &str) -> Status {
        report.checks.iter().find(|c| c.id == id).unwrap().status
    }

    #[test]
    fn a_good_relay_passes_every_offline_check() {
        let body = full_vector_relay().to_json();
        let report = verify_relay(body.as_bytes(), None);
        assert!(report.verdict.valid, "{report:#?}");
        assert_eq!(status_of(&report, "block_height"), Status::Skip);
        let request = &report.checks.iter().find(|c| c.id == "request_hash").unwrap().hashed[0];
        assert_eq!(request.sha3_256, "91719e7a0ae85c3aa93ba3d38d5039c01d18e2c9317b429c397b512bcd60afdc");
    }

    #[test]
    fn response_signature_is_checked() {
        let body = full_vector_relay().to_json();
        let good = br#"{"response":"{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":\"0x10d4f\"}","signature":"84aacddb50228097ee20d212bb0ae827a54e0f7081998694f7b3f1419a5189a603744ad94d7457b50e4809573d751ec8aba335f02a8749800b55fa3a99660501"}"#;
        assert!(verify_relay(body.as_bytes(), Some(good)).verdict.valid);
        let bad = String::from_utf8(good.to_vec()).unwrap().replace("0x10d4f", "0x10d4e");
        let report = verify_relay(body.as_bytes(), Some(bad.as_bytes()));
        assert_eq!(report.verdict.first_failure, Some("response_signature"));
        let error = br#"{"dispatch":null,"error":{"code":60,"codespace":"pocketcore","message":"x"}}"#;
        assert!(!verify_relay(body.as_bytes(), Some(error)).verdict.valid);
    }

    /// A body made by a JavaScript SDK: JSON.stringify does not escape <, > and &.
    #[test]
    fn javascript_hashed_html_payload_is_reported_as_74_with_both_hashes() {
        let signer = k_b_signer();
        let servicer = PrivateKey::from_hex(K_A).unwrap().public_key().to_hex();
        let payload = Payload { data: r#"{"q":"<a>&"}"#.into(), method: "POST".into(), ..Default::default() };
        let target = Target { servicer_pub_key: &servicer, blockchain: "0021", session_block_height: 5 };
        let mut relay = signer.sign(payload, Meta { block_height: 5 }, target, 42);
        let js_hash = hex::encode(sha3(js_request_json(&relay).as_bytes()));
        relay.proof.request_hash = js_hash.clone();
        let report = verify_relay(relay.to_json().as_bytes(), None);
        let check = report.checks.iter().find(|c| c.id == "request_hash").unwrap();
        assert_eq!(check.status, Status::Fail);
        assert_eq!(check.actual.as_deref(), Some(js_hash.as_str()));
        assert_eq!(
            check.expected.as_deref(),
            Some(relay::request_hash(&relay.payload, &relay.meta).as_str())
        );
        assert!(check.detail.as_deref().unwrap().contains("JSON.stringify"));
        let error = report.verdict.node_error.unwrap();
        assert_eq!(
            (error.code, error.message.as_str()),
            (74, "the request hash does not match the payload hash")
        );
    }

    #[test]
    fn each_stateless_failure_maps_to_its_pocket_core_code() {
        let good = full_vector_relay();
        type Mutation = Box<dyn Fn(&mut Relay)>;
        let cases: Vec<(Mutation, u32, &str)> = vec![
            (Box::new(|r| r.proof.session_block_height = 0), 60, "the block height passed is invalid"),
            (Box::new(|r| r.payload.data.clear()), 25, "the payload data of the relay request is empty"),
            (Box::new(|r| r.meta.block_height += 1), 74, "the request hash does not match the payload hash"),
            (
                Box::new(|r| r.proof.servicer_pub_key = "0x".into()),
                6,
                "error decoding the string into hex bytes",
            ),
            (
                Box::new(|r| r.proof.servicer_pub_key = "abcd".into()),
                42,
                "the public key is not the correct cap",
            ),
            (
                Box::new(|r| r.proof.blockchain = "0x21".into()),
                52,
                "the hex string could not be decoded: encoding/hex: invalid byte: U+0078 'x'",
            ),
            (Box::new(|r| r.proof.blockchain = String::new()), 23, "the hash is invalid: "),
            (
                Box::new(|r| r.proof.blockchain = "0000000021".into()),
                62,
                "the merkleHash Length is not valid",
            ),
            (Box::new(|r| r.proof.entropy = -1), 29, "the entropy included in the relay request is invalid"),
            (
                Box::new(|r| r.proof.aat.version = "1.0".into()),
                4,
                "the application authentication token is invalid : the application authentication token version is not supported",
            ),
            (Box::new(|r| r.proof.signature = "zz".into()), 39, "the signature could not be message decoded"),
            (Box::new(|r| r.proof.signature = "abcd".into()), 38, "the signature Length is invalid"),
            (
                Box::new(|r| r.proof.entropy += 1),
                41,
                "the signature could not be verified with the message and pub key",
            ),
        ];
        for (mutate, code, message) in cases {
            let mut relay = good.clone();
            mutate(&mut relay);
            let report = verify_relay(relay.to_json().as_bytes(), None);
            let error = report.verdict.node_error.unwrap_or_else(|| panic!("no error for code {code}"));
            assert_eq!((error.code, error.message.as_str()), (code, message));
        }
    }

    #[test]
    fn undecodable_bodies_stop_at_the_decode_check() {
        let report = verify_relay(br#"{"proof":{"entropy":"1"}}"#, None);
        assert_eq!(report.checks.len(), 1);
        assert_eq!(report.verdict.first_failure, Some("decode"));
        assert!(report.checks[0].detail.as_deref().unwrap().contains("RelayProof.proof.entropy"));
    }

    #[test]
    fn aat_report_lists_each_field() {
        let aat = k_b_signer().aat().clone();
        let report = verify_aat(&aat);
        assert!(report.verdict.valid);
        assert!(report.self_signed);
        assert_eq!(report.token, "9c903c10cfdcf8decdbad6651046680972762345b7739ed21b4c8970c35f172f");
        assert_eq!(report.client_address.as_deref(), Some("9d6ad1ee870d32d12cf0cff9fb0fbbfedb2ee71f"));
        let broken = Aat { client_pub_key: "abc".into(), ..aat };
        let report = verify_aat(&broken);
        let failed: Vec<_> =
            report.checks.iter().filter(|c| c.status == Status::Fail).map(|c| c.id).collect();
        assert_eq!(failed, vec!["client_pub_key", "signature"]);
        assert_eq!(report.verdict.node_error.unwrap().code, 4);
    }
}
