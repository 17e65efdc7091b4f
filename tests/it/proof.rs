use crate::common::*;

const VECTOR_BODY: &str = r#"{"payload":{"data":"{\"jsonrpc\":\"2.0\",\"method\":\"eth_blockNumber\",\"params\":[],\"id\":1}","method":"POST","path":"","headers":null},"meta":{"block_height":12346},"proof":{"request_hash":"91719e7a0ae85c3aa93ba3d38d5039c01d18e2c9317b429c397b512bcd60afdc","entropy":8675309,"session_block_height":12345,"servicer_pub_key":"b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3","blockchain":"0021","aat":{"version":"0.0.1","app_pub_key":"74039dbe881dd2744e2e0c469cc2241e1e45f14af6975dd89079d22938377849","client_pub_key":"74039dbe881dd2744e2e0c469cc2241e1e45f14af6975dd89079d22938377849","signature":"f233ca857b4ada2ca4996e0da8c1761cfbc855edf282fc5a753d4631785946d6c2b08c781c84abbca2dc929de50008729079124e5c5c16921a81139279020a05"},"signature":"8848b931efdcadf31ada271299764ef6c0c8319d4f42897e840ca8aac9ccd57175e3792d5b34549cf56a6f4b28a519ece1f21b5969bdb7860040bc769431180d"}}"#;
const VECTOR_RESPONSE: &str = r#"{"response":"{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":\"0x10d4f\"}","signature":"84aacddb50228097ee20d212bb0ae827a54e0f7081998694f7b3f1419a5189a603744ad94d7457b50e4809573d751ec8aba335f02a8749800b55fa3a99660501"}"#;

#[test]
fn sign_prints_exactly_the_vector_body() {
    let env = Env::new();
    for extra in [&["--app-key-file", "kb.key"][..], &["--app-key-file", "kb.key", "--output", "json"]] {
        let out = env.sign_vector(extra).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(stdout(&out), VECTOR_BODY);
    }
}

#[test]
fn sign_with_an_aat_file_and_client_key() {
    let env = Env::new();
    env.pgw()
        .args([
            "aat",
            "gen",
            "--app-key-file",
            "ka.key",
            "--client-key-file",
            "kb.key",
            "--out",
            "aat.json",
            "-q",
        ])
        .assert()
        .success();
    let out = env.sign_vector(&["--aat", "aat.json", "--client-key-file", "kb.key"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    env.pgw().args(["proof", "verify", "-"]).write_stdin(out.stdout).assert().success();
    // The app key cannot sign for another client.
    let out = env.sign_vector(&["--aat", "aat.json", "--client-key-file", "ka.key"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: error: the client key ({K_A_PUB}) is not the AAT's client key ({K_B_PUB}): sign relays with the private key of the AAT's client_pub_key\n"
        )
    );
}

#[test]
fn sign_reads_data_from_stdin_and_files() {
    let env = Env::new();
    env.write("req.json", ETH_BLOCK_NUMBER);
    let base = ["proof", "sign", "eth", "--servicer", K_A_PUB, "--session-height", "12345"];
    let tail = ["--block-height", "12346", "--entropy", "8675309", "--app-key-file", "kb.key"];
    let from_file = env.pgw().args(base).arg("@req.json").args(tail).output().unwrap();
    let from_stdin = env.pgw().args(base).arg("-").args(tail).write_stdin(ETH_BLOCK_NUMBER).output().unwrap();
    assert_eq!(stdout(&from_file), VECTOR_BODY);
    assert_eq!(stdout(&from_stdin), VECTOR_BODY);
}

#[test]
fn sign_defaults_entropy_to_fresh_random_values() {
    let env = Env::new();
    let args = [
        "proof",
        "sign",
        "0021",
        "x",
        "--servicer",
        K_A_PUB,
        "--session-height",
        "5",
        "--app-key-file",
        "kb.key",
    ];
    let a = env.pgw().args(args).output().unwrap();
    let b = env.pgw().args(args).output().unwrap();
    assert_ne!(a.stdout, b.stdout);
    for body in [a.stdout, b.stdout] {
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert!(json["proof"]["entropy"].as_i64().unwrap() >= 0);
        assert_eq!(json["meta"]["block_height"], 5, "block height defaults to the session height");
        env.pgw().args(["proof", "verify"]).write_stdin(body).assert().success();
    }
}

#[test]
fn sign_headers_are_sorted_and_absent_means_null() {
    let env = Env::new();
    let out = env
        .sign_vector(&[
            "--app-key-file",
            "kb.key",
            "-H",
            "b: 2",
            "-H",
            "B: 3",
            "-H",
            "Content-Type: application/json",
        ])
        .output()
        .unwrap();
    assert!(stdout(&out).contains(r#""headers":{"B":"3","Content-Type":"application/json","b":"2"}"#));
}

#[test]
fn sign_refuses_bad_input_with_exit_2() {
    let env = Env::new();
    let run = |args: &[&str]| {
        let mut cmd = env.pgw();
        cmd.args(["proof", "sign"]).args(args).args(["--app-key-file", "kb.key"]);
        cmd.output().unwrap()
    };
    let out = run(&["dogecoin", "x", "--servicer", K_A_PUB, "--session-height", "1"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: unknown chain \"dogecoin\": use a 4-hex-character relay chain ID (e.g. 0021) or an alias; `pgw chains` lists them\n"
    );
    let out = run(&["eth", "x", "--servicer", "abcd", "--session-height", "1"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "pgw: error: --servicer must be 32 bytes (64 hex characters); got 2 bytes\n");
    let out = run(&["eth", "x", "--servicer", K_A_PUB, "--session-height", "1", "--entropy", "-1"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains(
        "invalid value '-1' for '--entropy <N>': entropy must be a whole number from 0 to 9223372036854775807"
    ));
    let out = run(&["eth", "x", "--servicer", K_A_PUB, "--session-height", "0"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("the session height must be a whole number of at least 1"));
    let out = run(&["eth", "", "--servicer", K_A_PUB, "--session-height", "1"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: DATA is empty and there is no --path: nodes reject such relays (code 25)\n"
    );
    let out = run(&["eth", "x", "--servicer", K_A_PUB, "--session-height", "1", "-H", "novalue"]);
    assert_eq!(stderr(&out), "pgw: error: -H 'novalue': a header is written 'Name: value'\n");
}

#[test]
fn verify_checks_the_response_signature() {
    let env = Env::new();
    env.write("relay.json", VECTOR_BODY);
    env.write("good.json", VECTOR_RESPONSE);
    env.write("bad.json", &VECTOR_RESPONSE.replace("0x10d4f", "0x10d4e"));
    env.pgw().args(["proof", "verify", "relay.json", "--response", "good.json"]).assert().success();
    let out = env.pgw().args(["proof", "verify", "relay.json", "--response", "bad.json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).ends_with("\nINVALID: this relay fails check 'response_signature'\n"));
}

/// The issue's example: a body built by a JavaScript SDK whose payload contains <, > or &.
#[test]
fn verify_reports_a_javascript_sdk_hash_as_code_74_with_both_hashes() {
    let env = Env::new();
    let data = r#"{"jsonrpc":"2.0","method":"eth_call","params":[{"data":"<a>&"}],"id":1}"#;
    let out = env
        .pgw()
        .args([
            "proof",
            "sign",
            "eth",
            data,
            "--servicer",
            K_A_PUB,
            "--session-height",
            "9",
            "--app-key-file",
            "kb.key",
        ])
        .output()
        .unwrap();
    let mut relay: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let go_hash = relay["proof"]["request_hash"].as_str().unwrap().to_string();
    // What pocket-js hashes: JSON.stringify, which leaves <, > and & unescaped.
    let js_json = format!(
        r#"{{"payload":{{"data":{},"method":"POST","path":"","headers":null}},"meta":{{"block_height":9}}}}"#,
        serde_json::to_string(data).unwrap()
    );
    let js_hash = hex::encode(pgw::protocol::hash::sha3(js_json.as_bytes()));
    assert_ne!(js_hash, go_hash);
    relay["proof"]["request_hash"] = js_hash.clone().into();
    env.write("js.json", &relay.to_string());

    let out = env.pgw().args(["proof", "verify", "js.json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains(&format!("expected: {go_hash}")), "{text}");
    assert!(text.contains(&format!("actual:   {js_hash}")));
    assert!(
        text.contains("node answers: code 74 (pocketcore): the request hash does not match the payload hash")
    );
    assert!(text.contains("JSON.stringify"));
    assert!(text.ends_with(
        "\nINVALID: a node would reject this relay with code 74 (pocketcore): the request hash does not match the payload hash\n"
    ));

    let out = env.pgw().args(["proof", "verify", "js.json", "--output", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["valid"], false);
    assert_eq!(json["node_error"]["code"], 74);
    let check = json["checks"].as_array().unwrap().iter().find(|c| c["id"] == "request_hash").unwrap();
    assert_eq!(check["expected"], go_hash);
    assert_eq!(check["actual"], js_hash);
}

#[test]
fn verify_explain_shows_the_hashed_bytes() {
    let env = Env::new();
    env.write("relay.json", VECTOR_BODY);
    let out = env.pgw().args(["proof", "verify", "relay.json", "--explain"]).output().unwrap();
    let text = stdout(&out);
    assert!(text.contains(
        "\nrequest (payload + meta):\n{\"payload\":{\"data\":\"{\\\"jsonrpc\\\":\\\"2.0\\\",\\\"method\\\":\\\"eth_blockNumber\\\",\\\"params\\\":[],\\\"id\\\":1}\",\"method\":\"POST\",\"path\":\"\",\"headers\":null},\"meta\":{\"block_height\":12346}}\nsha3-256: 91719e7a0ae85c3aa93ba3d38d5039c01d18e2c9317b429c397b512bcd60afdc\n"
    ), "{text}");
    assert!(text.contains("sha3-256: cea9d944df0136e613fe0b0f77a3a9e517ac4599e07f5c09d5a7fbe1d22a07d5\n"));
    // Without --explain, JSON output carries no hashed bytes.
    let out = env.pgw().args(["proof", "verify", "relay.json", "--output", "json"]).output().unwrap();
    assert!(!stdout(&out).contains("\"hashed\""));
}

#[test]
fn verify_reports_undecodable_bodies_as_a_failed_check() {
    let env = Env::new();
    let out = env
        .pgw()
        .args(["proof", "verify", "-", "--output", "json"])
        .write_stdin(r#"{"proof":{"entropy":"7"}}"#)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["first_failure"], "decode");
    assert_eq!(
        json["checks"][0]["detail"],
        "a node answers HTTP 400 with a JSON decode error: json: cannot unmarshal string into Go struct field RelayProof.proof.entropy of type int64"
    );
    let out = env.pgw().args(["proof", "verify", "missing.json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(stderr(&out), "pgw: error: missing.json: cannot read: no such file or directory\n");
}

/// Bodies on which pgw once disagreed with Go's decoder (found by fuzzing, fuzz/divergences/):
/// the verdict must be the one a pocket-core node reaches.
#[test]
fn verify_decodes_repeated_keys_and_folded_keys_as_go_does() {
    let env = Env::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/divergences");
    for (file, code) in [
        ("duplicate-key-aba.json", Some(1)),
        ("duplicate-key-merge.json", Some(0)),
        ("unicode-fold-long-s.json", Some(0)),
    ] {
        let out = env.pgw().args(["proof", "verify"]).arg(dir.join(file)).output().unwrap();
        assert_eq!(out.status.code(), code, "{file}: {}", stdout(&out));
    }
}
