//! `pgw proof sign --protocol shannon` and `pgw proof verify` on Shannon relays, with the
//! SHANNON.md §9 V6/V7 keys and session.

use base64::Engine;
use pgw::protocol::hash::sha256;
use pgw::protocol::shannon::keys::PrivateKey;
use pgw::protocol::shannon::relay;
use pgw::protocol::shannon::wire::{self, SessionHeader};

use crate::common::*;

const GATEWAY_PRIV: &str = "2d00ef074d9b51e46886dc9a1df11e7b986611d0f336bdcf1f0adce3e037ec0a";
const GATEWAY_PUB: &str = "0397896e9b106df70124a856861cc9be52fac9980e2c7a118a36c19d0198692cc5";
const APP_PRIV: &str = "808b7e51613549a8d719fcac36e2aa037bd903ad43ec84042fea61b0166d533b";
const APP_PUB: &str = "03bebd4558af6b77e8085f62ad611da75eb221bcc65223af1eece812fd19e48f4f";
const APP: &str = "pokt1jz7twld34luu2px8xqqd0qzewagvjhppdv4cqa";
const SUPPLIER_PRIV: &str = "b03675f8431c15115b25aa61954e1638e319890b41eaadc4fe0ed9f8d0d1bc22";
const SUPPLIER_PUB: &str = "03f443bb7c2209423949f8e75adbe26627f4427aae287cb2091c30e7f28bc6d8a4";
const SUPPLIER: &str = "pokt15mumkevdh29ulttp8x7s7zlk45ju4mu79xlz69";
const BODY: &str = r#"{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}"#;
/// SHANNON.md V6 `m`: SHA-256 of the signable bytes.
const V6_M: &str = "0878236614ae2773807786ed1a5056b8986e9d3288ee529b8ff7b7d5674a4701";
const V6_SIG: &str = "0000000286a73ff3cdccd8127b4f0550947ce21b79144a011ec0e91f63098ec147541790027f66757fefe88e663db41494bceaa674fffee92f99f88b90048ac13cc6988c62ec18eac8d758b1eba52d3c10d39adc6dd9806472cb4ae069635d383d9086a51303bebd4558af6b77e8085f62ad611da75eb221bcc65223af1eece812fd19e48f4fca664a5299ad8f8191c0a1d25612d1d3c79e2ddf75bd30f0ca4b5e3d54f3c51f0397896e9b106df70124a856861cc9be52fac9980e2c7a118a36c19d0198692cc5";

fn header_json() -> String {
    format!(
        r#"{{"application_address":"{APP}","service_id":"eth","session_id":"{}","session_start_block_height":"1001","session_end_block_height":"1060"}}"#,
        "ab".repeat(32)
    )
}

fn header() -> SessionHeader {
    SessionHeader {
        application_address: APP.into(),
        service_id: "eth".into(),
        session_id: "ab".repeat(32),
        session_start_block_height: 1001,
        session_end_block_height: 1060,
    }
}

fn env() -> Env {
    let env = Env::new();
    env.write("gw.key", &format!("{GATEWAY_PRIV}\n"));
    env.write("app.key", APP_PRIV);
    env.write("header.json", &header_json());
    env.write(
        "session.json",
        &format!(
            r#"{{"session":{{"header":{},"session_id":"{}","suppliers":[{{"operator_address":"{SUPPLIER}"}}]}}}}"#,
            header_json(),
            "ab".repeat(32)
        ),
    );
    env
}

/// `proof sign --protocol shannon` for the V6 relay (gateway key, ring [app, gateway]).
fn sign_v6(env: &Env, extra: &[&str]) -> assert_cmd::Command {
    let mut cmd = env.pgw();
    cmd.args(["proof", "sign", "--protocol", "shannon", "eth", BODY, "--session-header", "@header.json"])
        .args(["--supplier", SUPPLIER, "--gateway-key-file", "gw.key"])
        .args(["--ring", &format!("{APP_PUB},{GATEWAY_PUB}"), "--url", "https://relayminer.example/"])
        .args(extra);
    cmd
}

fn signable_hash(body: &[u8]) -> String {
    hex::encode(relay::request_signable_hash(&wire::decode_request(body).unwrap()))
}

#[test]
fn sign_prints_the_v6_request_as_hex_and_it_verifies() {
    let env = env();
    let out = sign_v6(&env, &[]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let text = stdout(&out);
    assert!(text.ends_with('\n'));
    let body = hex::decode(text.trim_end()).unwrap();
    // Same bytes as V6 but for the (random) ring signature: 527 bytes, the same signable hash.
    assert_eq!(body.len(), 527);
    assert!(text.starts_with("0af3020a7a0a2b70"));
    assert_eq!(signable_hash(&body), V6_M);
    let verify = env
        .pgw()
        .args(["proof", "verify", "-", "--ring", &format!("{APP_PUB},{GATEWAY_PUB}"), "--height", "1030"])
        .write_stdin(text.clone())
        .output()
        .unwrap();
    assert_eq!(verify.status.code(), Some(0), "{}", stdout(&verify));
    assert_eq!(stdout(&verify), VERIFY_V6_TABLE);
}

const VERIFY_V6_TABLE: &str = r#"┌────────┬───────────────────┬───────────────────────────────────────────────────────────────────────────────────────────────────┐
│ Result ┆ Check             ┆ Details                                                                                           │
╞════════╪═══════════════════╪═══════════════════════════════════════════════════════════════════════════════════════════════════╡
│ pass   ┆ decode            ┆ body decodes as a RelayRequest (gogoproto)                                                        │
│        ┆                   ┆ 527 bytes                                                                                         │
│ pass   ┆ session_header    ┆ session header is present and valid                                                               │
│        ┆                   ┆ app pokt1jz7twld34luu2px8xqqd0qzewagvjhppdv4cqa                                                   │
│        ┆                   ┆ service "eth", blocks 1001..=1060                                                                 │
│        ┆                   ┆ session abababababababababababababababababababababababababababababababab                          │
│ pass   ┆ signature_present ┆ meta.signature is present                                                                         │
│        ┆                   ┆ 199 bytes                                                                                         │
│ pass   ┆ supplier_address  ┆ supplier operator address                                                                         │
│        ┆                   ┆ pokt15mumkevdh29ulttp8x7s7zlk45ju4mu79xlz69                                                       │
│ pass   ┆ session_window    ┆ the session is open at the miner's height                                                         │
│        ┆                   ┆ height 1030 is within blocks 1001..=1060 (+1 grace)                                               │
│ pass   ┆ ring_decode       ┆ ring signature decodes (ring-go)                                                                  │
│        ┆                   ┆ 2 keys, 199 bytes                                                                                 │
│ pass   ┆ ring_membership   ┆ every ring key is the app's or a delegated gateway's                                              │
│        ┆                   ┆ 03bebd4558af6b77e8085f62ad611da75eb221bcc65223af1eece812fd19e48f4f                                │
│        ┆                   ┆   pokt1jz7twld34luu2px8xqqd0qzewagvjhppdv4cqa (the app)                                           │
│        ┆                   ┆ 0397896e9b106df70124a856861cc9be52fac9980e2c7a118a36c19d0198692cc5                                │
│        ┆                   ┆   pokt1mrqt5f7qh8uxs27cjm9t7v9e74a9vvdnq5jva4                                                     │
│ pass   ┆ ring_signature    ┆ bLSAG ring signature over SHA-256(signable bytes)                                                 │
│ skip   ┆ session           ┆ session id, heights and supplier match the chain's session                                        │
│        ┆                   ┆ relay_authenticator/1 and /2: compared with get_session at the miner's height (needs chain state) │
└────────┴───────────────────┴───────────────────────────────────────────────────────────────────────────────────────────────────┘

VALID: this Shannon relay passes every check that needs no chain state
"#;

#[test]
fn sign_output_raw_base64_and_json() {
    let env = env();
    let raw = sign_v6(&env, &["--output", "raw"]).output().unwrap();
    assert!(raw.status.success(), "{}", stderr(&raw));
    assert_eq!(raw.stdout.len(), 527);
    assert_eq!(signable_hash(&raw.stdout), V6_M);
    let b64 = sign_v6(&env, &["--output", "base64"]).output().unwrap();
    let decoded = base64::engine::general_purpose::STANDARD.decode(stdout(&b64).trim_end()).unwrap();
    assert_eq!(signable_hash(&decoded), V6_M);
    let json = sign_v6(&env, &["--output", "json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["protocol"], "shannon");
    assert_eq!(v["bytes"], 527);
    assert_eq!(v["signable_sha256"], V6_M);
    let req = &v["relay_request"];
    assert_eq!(req["meta"]["session_header"]["application_address"], APP);
    assert_eq!(req["meta"]["session_header"]["session_end_block_height"], 1060);
    assert_eq!(req["meta"]["supplier_operator_address"], SUPPLIER);
    let sig = &req["meta"]["signature"];
    assert_eq!(sig["ring_size"], 2);
    assert_eq!(sig["members"][0]["public_key"], APP_PUB);
    assert_eq!(sig["members"][1]["address"], "pokt1mrqt5f7qh8uxs27cjm9t7v9e74a9vvdnq5jva4");
    // The gateway's key image is the same in every signature it makes (V6).
    assert_eq!(sig["key_image"], "027f66757fefe88e663db41494bceaa674fffee92f99f88b90048ac13cc6988c62");
    let http = &req["payload"]["pokt_http_request"];
    assert_eq!(http["method"], "POST");
    assert_eq!(http["url"], "https://relayminer.example/");
    assert_eq!(http["header"]["Content-Type"][0], "application/json");
    assert_eq!(http["body"], BODY);
}

#[test]
fn an_app_key_alone_signs_over_the_app_and_the_placeholder() {
    let env = env();
    let out = env
        .pgw()
        .args(["proof", "sign", "--protocol", "shannon", "eth", BODY, "--session", "session.json"])
        .args(["--supplier", SUPPLIER, "--output", "json"])
        .env("PGW_APP_KEY", APP_PRIV)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let members = &v["relay_request"]["meta"]["signature"]["members"];
    assert_eq!(members[0]["address"], APP);
    assert_eq!(members[1]["public_key"], relay::PLACEHOLDER_RING_KEY);
    // The verifier's set for an app without gateways is the app and the placeholder.
    let body = v["hex"].as_str().unwrap().to_string();
    env.pgw().args(["proof", "verify", "--ring", APP_PUB]).write_stdin(body.clone()).assert().success();
    // With a gateway in the chain's ring, the placeholder is not a member.
    let out = env
        .pgw()
        .args(["proof", "verify", "--ring", &format!("{APP_PUB},{GATEWAY_PUB}"), "--output", "json"])
        .write_stdin(body)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["first_failure"], "ring_membership");
    assert_eq!(v["miner_error"]["codespace"], "rings");
    assert_eq!(v["miner_error"]["code"], 3);
}

#[test]
fn bad_signing_input_gets_one_line_errors() {
    let env = env();
    let base = |env: &Env| {
        let mut cmd = env.pgw();
        cmd.args(["proof", "sign", "--protocol", "shannon", "eth", BODY, "--session-header", "@header.json"])
            .args(["--supplier", SUPPLIER]);
        cmd
    };
    let stranger_ring = format!("{APP_PUB},{SUPPLIER_PUB}");
    type Case<'a> = (Vec<&'a str>, Vec<(&'a str, &'a str)>, i32, String);
    let cases: Vec<Case> = vec![
        (
            vec!["--app-key-file", "kb.key"],
            vec![],
            4,
            "pgw: error: --app-key-file kb.key holds a 64-byte key, which is a Morse (ed25519) key; a Shannon key is a 32-byte secp256k1 key (64 hex characters)\n".into(),
        ),
        (
            vec![],
            vec![("PGW_GATEWAY_KEY", "abcd")],
            4,
            "pgw: error: PGW_GATEWAY_KEY: a Shannon private key must be 32 bytes (64 hex characters); got 2 bytes\n".into(),
        ),
        (
            vec!["--gateway-key-file", "gw.key", "--ring", &stranger_ring],
            vec![],
            4,
            format!("pgw: error: the gateway key (pokt1mrqt5f7qh8uxs27cjm9t7v9e74a9vvdnq5jva4, {GATEWAY_PUB}) is not in --ring: add its public key, or sign with a key the ring holds\n"),
        ),
        (
            vec!["--gateway-key-file", "gw.key"],
            vec![],
            2,
            "pgw: error: a gateway signs over the app's ring: pass --ring with the app's public key, then its delegated gateways' (yours among them)\n".into(),
        ),
        (
            vec!["--gateway-key-file", "gw.key", "--ring", "04aa"],
            vec![],
            2,
            "pgw: error: --ring key 1 (\"04aa\"): a --ring key must be a 33-byte compressed secp256k1 point (66 hex characters); got 2 bytes\n".into(),
        ),
        (
            vec!["--app-key-file", "gw.key"],
            vec![],
            4,
            format!("pgw: error: the app key is the key of pokt1mrqt5f7qh8uxs27cjm9t7v9e74a9vvdnq5jva4, but the session is for app {APP}\n"),
        ),
        (
            vec!["--app-key-file", "app.key", "--servicer", K_A_PUB],
            vec![],
            2,
            "pgw: error: --servicer is not used by Shannon relays; a Shannon relay takes --session-header or --session, --supplier, and a gateway or app key\n".into(),
        ),
        (
            vec![],
            vec![],
            4,
            "pgw: error: no signing key: pass --gateway-key NAME or --gateway-key-file FILE (a gateway the app delegated to), --app-key NAME or --app-key-file FILE, or set PGW_GATEWAY_KEY or PGW_APP_KEY\n".into(),
        ),
        (
            vec!["--app-key-file", "app.key", "--app", SUPPLIER],
            vec![],
            2,
            format!("pgw: error: --app is {SUPPLIER} but the session is for app {APP}\n"),
        ),
    ];
    for (args, vars, code, message) in cases {
        let mut cmd = base(&env);
        cmd.args(&args);
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        assert_eq!((out.status.code(), stderr(&out)), (Some(code), message), "{args:?}");
        assert!(out.stdout.is_empty());
    }
    // Wrong service for the session, a supplier outside it, no session at all.
    let out = env
        .pgw()
        .args(["proof", "sign", "--protocol", "shannon", "sol", BODY, "--session", "session.json"])
        .args(["--supplier", SUPPLIER, "--app-key-file", "app.key"])
        .output()
        .unwrap();
    assert_eq!(stderr(&out), "pgw: error: SERVICE is \"sol\" but the session is for service \"eth\"\n");
    let out = env
        .pgw()
        .args(["proof", "sign", "--protocol", "shannon", "eth", BODY, "--session", "session.json"])
        .args(["--supplier", APP, "--app-key-file", "app.key"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: error: --supplier {APP} is not one of the session's 1 supplier(s); relay miners answer relay_authenticator/2\n"
        )
    );
    let out = env
        .pgw()
        .args([
            "proof",
            "sign",
            "--protocol",
            "shannon",
            "eth",
            BODY,
            "--supplier",
            SUPPLIER,
            "--app-key-file",
            "app.key",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: no session: pass --session-header JSON (session.header of get_session) or --session FILE (a get_session response)\n"
    );
    // Byte encodings are Shannon-only.
    let out = env.sign_vector(&["--app-key-file", "kb.key", "--output", "hex"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: --output hex, base64 and raw are for --protocol shannon; a Morse relay body is JSON\n"
    );
    let out = env.pgw().args(["chains", "--output", "raw"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn morse_sign_still_requires_its_flags() {
    let env = env();
    let out = env.pgw().args(["proof", "sign", "eth", BODY, "--app-key-file", "kb.key"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--servicer <PUBKEY>"), "{}", stderr(&out));
    let explicit = env
        .pgw()
        .args(["proof", "sign", "--protocol", "morse", "eth", BODY, "--app-key-file", "kb.key"])
        .output()
        .unwrap();
    assert_eq!(explicit.status.code(), Some(2));
    assert!(stderr(&explicit).contains("--servicer <PUBKEY>"), "{}", stderr(&explicit));
    // --protocol morse is the default: the vector body is the same with it.
    let a = env.sign_vector(&["--app-key-file", "kb.key"]).output().unwrap();
    let b = env.sign_vector(&["--app-key-file", "kb.key", "--protocol", "morse"]).output().unwrap();
    assert_eq!(a.stdout, b.stdout);
    let out = env.sign_vector(&["--app-key-file", "kb.key", "--supplier", SUPPLIER]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: --supplier is not used by Morse relays; add --protocol shannon for a Shannon relay\n"
    );
}

fn v7_response(payload: Vec<u8>) -> Vec<u8> {
    let supplier = PrivateKey::from_hex(SUPPLIER_PRIV).unwrap();
    relay::sign_response(header(), payload, &supplier).to_bytes()
}

fn v7_payload() -> Vec<u8> {
    prost::Message::encode_to_vec(&wire::PoktHttpResponse {
        status_code: 200,
        header: wire::header_map([("Content-Type", "application/json")]),
        body_bz: br#"{"jsonrpc":"2.0","id":1,"result":"0x10"}"#.to_vec(),
    })
}

#[test]
fn verify_checks_the_suppliers_response() {
    let env = env();
    let request = sign_v6(&env, &["--output", "raw"]).output().unwrap().stdout;
    std::fs::write(env.path("req.bin"), &request).unwrap();
    let response = v7_response(v7_payload());
    assert_eq!(
        hex::encode(sha256(&response)),
        "3388f91e7a874db983f7d06837e97e4bffd833a2cd82eda6d4512a3624c36dac"
    );
    std::fs::write(env.path("resp.bin"), &response).unwrap();
    let ok = env
        .pgw()
        .args(["proof", "verify", "req.bin", "--response", "resp.bin", "--supplier-pubkey", SUPPLIER_PUB])
        .output()
        .unwrap();
    assert_eq!(ok.status.code(), Some(0), "{}", stdout(&ok));
    // The response alone, as hex text.
    env.write("resp.hex", &hex::encode(&response));
    let out = env
        .pgw()
        .args([
            "proof",
            "verify",
            "--response",
            "resp.hex",
            "--supplier-pubkey",
            SUPPLIER_PUB,
            "--output",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = v["checks"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "response_decode",
            "relay_miner_error",
            "response_header",
            "payload_hash",
            "supplier_signature",
            "payload_decode"
        ]
    );
    // A payload swapped after signing: the signature still verifies (it covers payload_hash),
    // the hash check does not.
    let mut decoded = wire::decode_response(&response).unwrap().response;
    decoded.payload =
        prost::Message::encode_to_vec(&wire::PoktHttpResponse { status_code: 200, ..Default::default() });
    std::fs::write(env.path("swapped.bin"), decoded.to_bytes()).unwrap();
    let out = env
        .pgw()
        .args([
            "proof",
            "verify",
            "--response",
            "swapped.bin",
            "--supplier-pubkey",
            SUPPLIER_PUB,
            "--output",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["first_failure"], "payload_hash");
    let sig = v["checks"].as_array().unwrap().iter().find(|c| c["id"] == "supplier_signature").unwrap();
    assert_eq!(sig["status"], "pass");
    // Another supplier's key than the one the request names.
    let out = env
        .pgw()
        .args(["proof", "verify", "req.bin", "--response", "resp.bin", "--supplier-pubkey", APP_PUB])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("INVALID: this Shannon relay fails check 'supplier_signature'"),
        "{}",
        stdout(&out)
    );
    // A relay miner's error reply.
    let reply = wire::RelayResponse {
        meta: Some(wire::RelayResponseMetadata { session_header: Some(header()), ..Default::default() }),
        payload: b"invalid relay request signature".to_vec(),
        relay_miner_error: Some(wire::RelayMinerError {
            codespace: "rings".into(),
            code: 3,
            description: "invalid relay request signature".into(),
            message: "invalid relay request signature or bytes".into(),
        }),
        payload_hash: vec![],
    };
    std::fs::write(env.path("error.bin"), reply.to_bytes()).unwrap();
    let out = env
        .pgw()
        .args(["proof", "verify", "req.bin", "--response", "error.bin", "--supplier-pubkey", SUPPLIER_PUB])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).ends_with(
        "\nINVALID: a relay miner would answer rings/3 (invalid relay request signature): invalid relay request signature or bytes\n"
    ));
}

#[test]
fn verify_reports_truncated_and_tampered_requests() {
    let env = env();
    let request = sign_v6(&env, &["--output", "raw"]).output().unwrap().stdout;
    std::fs::write(env.path("short.bin"), &request[..300]).unwrap();
    let out = env
        .pgw()
        .args(["proof", "verify", "short.bin", "--protocol", "shannon", "--output", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["first_failure"], "decode");
    assert_eq!(v["miner_error"]["codespace"], "relayer_proxy");
    assert_eq!(v["miner_error"]["code"], 14);
    // One flipped byte in the payload: the ring signature no longer closes.
    let mut tampered = request.clone();
    let at = tampered.len() - 3;
    tampered[at] ^= 1;
    std::fs::write(env.path("tampered.bin"), &tampered).unwrap();
    let out = env.pgw().args(["proof", "verify", "tampered.bin", "--explain"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.ends_with("\nINVALID: a relay miner would answer rings/3 (invalid relay request signature): invalid relay request signature or bytes\n"), "{text}");
    assert!(text.contains("request (signature emptied) -> message:\n0aa9010a7a0a2b"), "{text}");
    // --height outside the session window.
    let out = env
        .pgw()
        .args(["proof", "verify", "--height", "1062", "--output", "json"])
        .write_stdin(request)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["first_failure"], "session_window");
    assert_eq!(v["miner_error"]["codespace"], "relay_authenticator");
}

#[test]
fn verify_checks_a_bare_ring_signature() {
    let env = env();
    let ring = format!("{APP_PUB},{GATEWAY_PUB}");
    let ok = env
        .pgw()
        .args(["proof", "verify", "--ring-signature", V6_SIG, "--message", V6_M, "--ring", &ring])
        .output()
        .unwrap();
    assert_eq!(ok.status.code(), Some(0), "{}", stdout(&ok));
    assert!(
        stdout(&ok)
            .ends_with("\nVALID: this Shannon ring signature passes every check that needs no chain state\n")
    );
    let mut other = V6_M.to_string();
    other.replace_range(..2, "09");
    let out = env
        .pgw()
        .args(["proof", "verify", "--ring-signature", V6_SIG, "--message", &other])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("FAIL"));
    // A signature of the wrong size.
    let out = env
        .pgw()
        .args(["proof", "verify", "--ring-signature", &V6_SIG[..396], "--message", V6_M, "--output", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["checks"][0]["detail"],
        "a ring signature of 198 bytes is too short: a ring of 2 keys takes 199 bytes (69 + 65 per key)"
    );
    let out = env
        .pgw()
        .args(["proof", "verify", "--ring-signature", V6_SIG, "--message", "abcd"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: --message must be the 32-byte digest that was signed (64 hex characters); got 2 bytes\n"
    );
}

/// A keystore name in --gateway-key signs exactly what the key file signs; a Morse key name is
/// refused before any passphrase is asked for.
#[test]
fn keystore_names_sign_shannon_relays() {
    let env = env();
    let pass = |cmd: &mut assert_cmd::Command| {
        cmd.env("PGW_PASSPHRASE", "correct horse").env_remove("PGW_KEY_HEX");
    };
    let mut import = env.pgw();
    pass(&mut import);
    import.args(["keys", "import", "gw", "--hex", "--raw-file", "gw.key", "-q"]).assert().success();
    let mut morse = env.pgw();
    pass(&mut morse);
    morse.args(["keys", "new", "m", "-q"]).assert().success();

    let from_file = sign_v6(&env, &[]).output().unwrap();
    let args = |key: &str| {
        let mut cmd = env.pgw();
        pass(&mut cmd);
        cmd.args(["proof", "sign", "--protocol", "shannon", "eth", BODY, "--session-header", "@header.json"])
            .args(["--supplier", SUPPLIER, "--gateway-key", key])
            .args(["--ring", &format!("{APP_PUB},{GATEWAY_PUB}"), "--url", "https://relayminer.example/"]);
        cmd
    };
    let by_name = args("gw").output().unwrap();
    assert_eq!(by_name.status.code(), Some(0), "{}", stderr(&by_name));
    assert_eq!(stderr(&by_name), "");
    // Ring signatures are randomised, so compare what was signed, and that both verify.
    assert_eq!(
        signable_hash(&hex::decode(stdout(&by_name).trim_end()).unwrap()),
        signable_hash(&hex::decode(stdout(&from_file).trim_end()).unwrap())
    );
    let by_address = args("pokt1mrqt5f7qh8uxs27cjm9t7v9e74a9vvdnq5jva4").output().unwrap();
    assert_eq!(by_address.status.code(), Some(0), "{}", stderr(&by_address));

    let wrong = args("m").output().unwrap();
    assert_eq!(wrong.status.code(), Some(4));
    let err = stderr(&wrong);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("Morse (ed25519) key") && err.contains("--protocol shannon"), "{err}");
}
