use crate::common::*;

const SELF_AAT_SIG: &str = "f233ca857b4ada2ca4996e0da8c1761cfbc855edf282fc5a753d4631785946d6c2b08c781c84abbca2dc929de50008729079124e5c5c16921a81139279020a05";

fn self_aat_json() -> String {
    format!(
        r#"{{"version":"0.0.1","app_pub_key":"{K_B_PUB}","client_pub_key":"{K_B_PUB}","signature":"{SELF_AAT_SIG}"}}"#
    )
}

#[test]
fn gen_json_is_the_aat_object_itself() {
    let env = Env::new();
    let out =
        env.pgw().args(["aat", "gen", "--app-key-file", "kb.key", "--output", "json"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        stdout(&out),
        format!(
            "{{\n  \"version\": \"0.0.1\",\n  \"app_pub_key\": \"{K_B_PUB}\",\n  \"client_pub_key\": \"{K_B_PUB}\",\n  \"signature\": \"{SELF_AAT_SIG}\"\n}}\n"
        )
    );
    assert_eq!(stderr(&out), "");
}

#[test]
fn gen_out_writes_compact_go_json() {
    let env = Env::new();
    env.pgw().args(["aat", "gen", "--app-key-file", "kb.key", "--out", "aat.json", "-q"]).assert().success();
    assert_eq!(std::fs::read_to_string(env.path("aat.json")).unwrap(), self_aat_json() + "\n");
}

#[test]
fn gen_table_shows_addresses_and_token() {
    let env = Env::new();
    let out = env.pgw().args(["aat", "gen", "--app-key-file", "kb.key"]).output().unwrap();
    let text = stdout(&out);
    assert!(text.contains("│ client address   ┆ 9d6ad1ee870d32d12cf0cff9fb0fbbfedb2ee71f"), "{text}");
    assert!(
        text.contains(
            "│ token (AAT hash) ┆ 9c903c10cfdcf8decdbad6651046680972762345b7739ed21b4c8970c35f172f"
        )
    );
    assert!(text.contains("│ self-signed      ┆ true"));
}

#[test]
fn hex_key_on_argv_warns_and_env_does_not() {
    let env = Env::new();
    let out = env.pgw().args(["aat", "gen", "--app-key", K_B, "--output", "json"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        stderr(&out),
        "pgw: warning: --app-key on the command line is visible to other users of this machine (process list, shell history); use a keystore name, --app-key-file FILE or PGW_APP_KEY instead\n"
    );
    let out = env.pgw().env("PGW_APP_KEY", K_B).args(["aat", "gen", "--output", "json"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(stderr(&out), "");
    assert!(stdout(&out).contains(SELF_AAT_SIG));
}

#[test]
fn client_pub_and_client_key_set_the_client() {
    let env = Env::new();
    let by_pub = env
        .pgw()
        .args(["aat", "gen", "--app-key-file", "kb.key", "--client-pub", K_A_PUB, "--output", "json"])
        .output()
        .unwrap();
    let by_key = env
        .pgw()
        .args(["aat", "gen", "--app-key-file", "kb.key", "--client-key-file", "ka.key", "--output", "json"])
        .output()
        .unwrap();
    assert_eq!(stdout(&by_pub), stdout(&by_key));
    assert!(stdout(&by_pub).contains(&format!("\"client_pub_key\": \"{K_A_PUB}\"")));
}

#[test]
fn key_errors_are_one_line_with_exit_code_4() {
    let env = Env::new();
    let cases: Vec<(Vec<&str>, String)> = vec![
        (vec![], "no app key: pass --app-key NAME (a keystore key), --app-key-file FILE, or set PGW_APP_KEY".into()),
        (
            vec!["--app-key-file", "short.key"],
            "--app-key-file short.key: a private key must be 64 bytes (128 hex characters, seed followed by public key) or a 32-byte Ed25519 seed (64 hex characters); got 2 bytes".into(),
        ),
        (
            vec!["--app-key-file", "franken.key"],
            "--app-key-file franken.key: the private key's second half is not the public key of its first half: the key is corrupt or was assembled from two different keys".into(),
        ),
        (
            vec!["--app-key-file", "nothex.key"],
            "--app-key-file nothex.key: the private key is not valid hex (Invalid character 'g' at position 0)".into(),
        ),
    ];
    env.write("short.key", "abcd");
    env.write("franken.key", &format!("{}{}", &K_B[..64], &K_A[64..]));
    env.write("nothex.key", "ghij");
    for (args, message) in cases {
        let out = env.pgw().args(["aat", "gen"]).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(4), "{args:?}");
        assert_eq!(stderr(&out), format!("pgw: error: {message}\n"));
        assert_eq!(stdout(&out), "");
    }
}

#[test]
fn missing_key_file_is_an_io_error() {
    let env = Env::new();
    let out = env.pgw().args(["aat", "gen", "--app-key-file", "nope.key"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(stderr(&out), "pgw: error: nope.key: cannot read: no such file or directory\n");
}

#[test]
fn errors_in_json_mode_also_print_a_json_object() {
    let env = Env::new();
    let out = env.pgw().args(["aat", "gen", "--output", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["error"]["kind"], "key");
    assert_eq!(json["error"]["exit_code"], 4);
}

#[test]
fn verify_accepts_our_aats_and_pocket_core_indented_ones() {
    let env = Env::new();
    env.write("aat.json", &self_aat_json());
    let out = env.pgw().args(["aat", "verify", "aat.json"]).output().unwrap();
    assert!(out.status.success());
    assert!(
        stdout(&out).ends_with("\nVALID: this AAT passes every check a node can make without chain state\n")
    );
    // `pocket apps create-aat` prints json.MarshalIndent output.
    let indented = format!(
        "{{\n  \"version\": \"0.0.1\",\n  \"app_pub_key\": \"{K_B_PUB}\",\n  \"client_pub_key\": \"{K_B_PUB}\",\n  \"signature\": \"{SELF_AAT_SIG}\"\n}}"
    );
    env.pgw().args(["aat", "verify", "-"]).write_stdin(indented).assert().success();
}

#[test]
fn verify_reports_a_tampered_aat_with_exit_1() {
    let env = Env::new();
    env.write(
        "aat.json",
        &self_aat_json().replace(
            &format!("\"client_pub_key\":\"{K_B_PUB}\""),
            &format!("\"client_pub_key\":\"{K_A_PUB}\""),
        ),
    );
    let out = env.pgw().args(["aat", "verify", "aat.json", "--output", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["valid"], false);
    assert_eq!(json["first_failure"], "signature");
    assert_eq!(json["node_error"]["code"], 4);
    assert_eq!(
        json["node_error"]["message"],
        "the application authentication token is invalid : the application signature on the AAT is not valid"
    );
    let out = env.pgw().args(["aat", "verify", "aat.json"]).output().unwrap();
    assert!(stdout(&out).ends_with(
        "\nINVALID: a node would reject this AAT with code 4 (pocketcore): the application authentication token is invalid : the application signature on the AAT is not valid\n"
    ));
}

#[test]
fn verify_refuses_non_json_with_exit_2() {
    let env = Env::new();
    env.write("aat.json", "not json");
    let out = env.pgw().args(["aat", "verify", "aat.json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: aat.json: not an AAT: not valid JSON: expected ident at line 1 column 2\n"
    );
}
