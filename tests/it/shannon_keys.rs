//! Shannon (secp256k1) keys in the keystore: `pgw keys … --protocol shannon`, mnemonic, hex and
//! armored imports, armored export, and the wrong-type refusals.

use std::os::unix::fs::PermissionsExt;

use crate::common::*;

const PASS: &str = "correct horse battery staple";
/// SHANNON.md §9 V1.
const V1_PRIV: &str = "2d00ef074d9b51e46886dc9a1df11e7b986611d0f336bdcf1f0adce3e037ec0a";
const V1_PUB: &str = "0397896e9b106df70124a856861cc9be52fac9980e2c7a118a36c19d0198692cc5";
const V1_ADDR: &str = "pokt1mrqt5f7qh8uxs27cjm9t7v9e74a9vvdnq5jva4";
/// poktroll testutil/testkeyring/accounts_table.go account 0 (m/44'/118'/0'/0/0).
const POKTROLL_WORDS: &str = "silly penalty brass ability say wagon quiz feature theme game paper ripple fat pair permit rabbit test science shoe enemy box flat memory between";
const POKTROLL_ADDR: &str = "pokt13sh3zn2v6nfdvc6adyxcyw803qecp7j279ngus";
/// cosmos-sdk client/keys/import_test.go (passphrase `123456789`).
const COSMOS_ARMOR: &str = "-----BEGIN TENDERMINT PRIVATE KEY-----
salt: A790BB721D1C094260EA84F5E5B72289
kdf: bcrypt

HbP+c6JmeJy9JXe2rbbF1QtCX1gLqGcDQPBXiCtFvP7/8wTZtVOPj8vREzhZ9ElO
3P7YnrzPQThG0Q+ZnRSbl9MAS8uFAM4mqm5r/Ys=
=f3l4
-----END TENDERMINT PRIVATE KEY-----
";
const COSMOS_ARMOR_ADDR: &str = "pokt1w34k53py5v5xyluazqpq65agyajavep270q5x0";

fn json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("not JSON: {}{}", stdout(out), stderr(out)))
}

fn pgw_pass(env: &Env) -> assert_cmd::Command {
    let mut cmd = env.pgw();
    cmd.env("PGW_PASSPHRASE", PASS)
        .env_remove("PGW_MNEMONIC")
        .env_remove("PGW_KEY_HEX")
        .env_remove("PGW_BIP39_PASSPHRASE");
    cmd
}

fn import_v1(env: &Env, name: &str) {
    env.write("v1.hex", &format!("{V1_PRIV}\n"));
    pgw_pass(env).args(["keys", "import", name, "--hex", "--raw-file", "v1.hex", "-q"]).assert().success();
}

#[test]
fn new_shannon_key_lists_and_shows_its_protocol_address_and_compressed_key() {
    let env = Env::new();
    let out = pgw_pass(&env)
        .args(["keys", "new", "gw", "--protocol", "shannon", "--output", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let info = json(&out);
    assert_eq!(info["protocol"], "shannon");
    let address = info["address"].as_str().unwrap();
    assert!(address.starts_with("pokt1") && address.len() == 43, "{address}");
    let public_key = info["public_key"].as_str().unwrap();
    assert!(public_key.len() == 66 && (public_key.starts_with("02") || public_key.starts_with("03")));
    let path = env.path("home/keys/gw.json");
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    let file: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(file["protocol"], "shannon");
    assert_eq!(file["address"], address);
    assert_eq!(file["kdf"], "scrypt");

    import_ka_morse(&env, "app");
    let list = json(&env.pgw().args(["keys", "list", "--output", "json"]).output().unwrap());
    let protocols: Vec<(&str, &str)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|k| (k["name"].as_str().unwrap(), k["protocol"].as_str().unwrap()))
        .collect();
    assert_eq!(protocols, [("app", "morse"), ("gw", "shannon")]);
    let by_address = json(&env.pgw().args(["keys", "show", address, "--output", "json"]).output().unwrap());
    assert_eq!(by_address["name"], "gw");
    let table = stdout(&env.pgw().args(["keys", "list"]).output().unwrap());
    let header = table.lines().nth(1).unwrap();
    assert!(header.contains("Name") && header.contains("Protocol") && header.contains("Address"), "{table}");
    let gw_row = table.lines().find(|l| l.contains(" gw ")).unwrap();
    assert!(gw_row.contains("shannon") && gw_row.contains(address) && gw_row.contains(public_key), "{table}");
}

fn import_ka_morse(env: &Env, name: &str) {
    pgw_pass(env).args(["keys", "import", name, "--raw-file", "ka.key", "-q"]).assert().success();
}

#[test]
fn mnemonic_import_derives_pocketds_default_path() {
    let env = Env::new();
    env.write("words.txt", &format!("{POKTROLL_WORDS}\n"));
    let out = pgw_pass(&env)
        .args(["keys", "import", "acc0", "--mnemonic", "--mnemonic-file", "words.txt", "--output", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["address"], POKTROLL_ADDR);
    assert_eq!(json(&out)["protocol"], "shannon");
    // From the environment, with POKT's SLIP-44 coin type: another key.
    let out = pgw_pass(&env)
        .env("PGW_MNEMONIC", POKTROLL_WORDS)
        .args(["keys", "import", "acc0-635", "--mnemonic", "--coin-type", "635", "--output", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_ne!(json(&out)["address"], POKTROLL_ADDR);
    // A BIP-39 passphrase ("25th word") gives another key; by default there is none.
    env.write("bip39.txt", "TREZOR\n");
    let out = pgw_pass(&env)
        .args(["keys", "import", "acc0-25", "--mnemonic", "--mnemonic-file", "words.txt"])
        .args(["--bip39-passphrase-file", "bip39.txt", "--output", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_ne!(json(&out)["address"], POKTROLL_ADDR);
    let with_env = pgw_pass(&env)
        .env("PGW_BIP39_PASSPHRASE", "TREZOR")
        .args([
            "keys",
            "import",
            "acc0-25-env",
            "--mnemonic",
            "--mnemonic-file",
            "words.txt",
            "--output",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(json(&with_env)["address"], json(&out)["address"]);
    // --coin-type without --mnemonic is a usage error.
    let out = pgw_pass(&env).args(["keys", "import", "x", "--hex", "--coin-type", "635"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_mnemonic_with_a_bad_checksum_is_one_line_and_exit_4() {
    let env = Env::new();
    let mut words: Vec<&str> = POKTROLL_WORDS.split(' ').collect();
    words.swap(0, 1);
    env.write("bad.txt", &words.join(" "));
    let out = pgw_pass(&env)
        .args(["keys", "import", "bad", "--mnemonic", "--mnemonic-file", "bad.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(
        stderr(&out),
        "pgw: error: the mnemonic's checksum is wrong: a word is mistyped, missing or out of order (check it against your backup)\n"
    );
    assert!(!env.path("home/keys/bad.json").exists());
    env.write("typo.txt", &POKTROLL_WORDS.replacen("brass", "brazz", 1));
    let out = pgw_pass(&env)
        .args(["keys", "import", "bad", "--mnemonic", "--mnemonic-file", "typo.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(
        stderr(&out),
        "pgw: error: word 3 of the mnemonic is not in the BIP-39 English word list (check its spelling)\n"
    );
    // No source and no terminal: an immediate usage error, never a hang.
    let out = pgw_pass(&env).args(["keys", "import", "bad", "--mnemonic"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: no mnemonic and no terminal to ask on: set PGW_MNEMONIC or pass --mnemonic-file FILE\n"
    );
}

#[test]
fn hex_import_and_unsafe_raw_export_round_trip() {
    let env = Env::new();
    import_v1(&env, "v1");
    let shown = json(&env.pgw().args(["keys", "show", "v1", "--output", "json"]).output().unwrap());
    assert_eq!(
        (shown["address"].as_str().unwrap(), shown["public_key"].as_str().unwrap()),
        (V1_ADDR, V1_PUB)
    );
    let raw = pgw_pass(&env).args(["keys", "export", "v1", "--unsafe-raw"]).output().unwrap();
    assert_eq!(stdout(&raw), format!("{V1_PRIV}\n"));
    // From PGW_KEY_HEX, and --protocol shannon --raw-file reads the file as secp256k1.
    pgw_pass(&env)
        .env("PGW_KEY_HEX", V1_PRIV)
        .args(["keys", "import", "v1-env", "--hex", "-q"])
        .assert()
        .success();
    pgw_pass(&env)
        .args(["keys", "import", "v1-raw", "--protocol", "shannon", "--raw-file", "v1.hex", "-q"])
        .assert()
        .success();
    for name in ["v1-env", "v1-raw"] {
        let shown = json(&env.pgw().args(["keys", "show", name, "--output", "json"]).output().unwrap());
        assert_eq!(shown["address"], V1_ADDR);
    }
    // A Morse-length key is refused with the Shannon length rule.
    let out =
        pgw_pass(&env).args(["keys", "import", "no", "--hex", "--raw-file", "ka.key"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(
        stderr(&out),
        "pgw: error: ka.key: a Shannon private key must be 32 bytes (64 hex characters); got 64 bytes\n"
    );
    let out = pgw_pass(&env).args(["keys", "import", "no", "--hex", "--protocol", "morse"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "pgw: error: --hex imports Shannon (secp256k1) keys; drop --protocol morse\n");
}

#[test]
fn the_cosmos_sdk_armored_fixture_imports_with_its_passphrase() {
    let env = Env::new();
    env.write("cosmos.asc", COSMOS_ARMOR);
    let out = env
        .pgw()
        .env("PGW_PPK_PASSPHRASE", "987654321")
        .args(["keys", "import", "c", "--armored", "cosmos.asc"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(
        stderr(&out),
        "pgw: error: cosmos.asc: wrong passphrase (or the file is corrupt): decryption failed\n"
    );
    let out = env
        .pgw()
        .env("PGW_PPK_PASSPHRASE", "123456789")
        .args(["keys", "import", "c", "--armored", "cosmos.asc", "--output", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["address"], COSMOS_ARMOR_ADDR);
    // The file's passphrase became the keystore passphrase.
    env.pgw().env("PGW_PASSPHRASE", "123456789").args(["keys", "sign", "c", "00"]).assert().success();
    // A damaged file fails on its checksum before any passphrase is asked for.
    env.write("damaged.asc", &COSMOS_ARMOR.replace("HbP+", "HbQ+"));
    let out = env.pgw().args(["keys", "import", "d", "--armored", "damaged.asc"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(
        stderr(&out),
        "pgw: error: damaged.asc: the armored key's checksum does not match its contents: the file is damaged\n"
    );
}

#[test]
fn export_writes_the_armor_pocketd_imports_and_it_round_trips() {
    let env = Env::new();
    import_v1(&env, "v1");
    pgw_pass(&env).args(["keys", "export", "v1", "--out", "v1.asc", "-q"]).assert().success();
    let path = env.path("v1.asc");
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "-----BEGIN TENDERMINT PRIVATE KEY-----");
    assert_eq!(lines[1], "kdf: bcrypt");
    assert!(lines[2].starts_with("salt: ") && lines[2].len() == 6 + 32, "{text}");
    assert_eq!(lines[3], "type: secp256k1");
    assert_eq!(lines.last(), Some(&"-----END TENDERMINT PRIVATE KEY-----"));
    assert!(!text.contains(V1_PRIV));
    let out = env
        .pgw()
        .env("PGW_PPK_PASSPHRASE", PASS)
        .env("PGW_PASSPHRASE", "a new one")
        .args(["keys", "import", "back", "--armored", "v1.asc", "--new-passphrase", "--output", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["address"], V1_ADDR);
    let raw = env
        .pgw()
        .env("PGW_PASSPHRASE", "a new one")
        .args(["keys", "export", "back", "--unsafe-raw"])
        .output()
        .unwrap();
    assert_eq!(stdout(&raw), format!("{V1_PRIV}\n"));
    let out = pgw_pass(&env).args(["keys", "export", "v1", "--hint", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn morse_commands_refuse_a_shannon_key_and_say_what_to_do() {
    let env = Env::new();
    import_v1(&env, "gw");
    let expected = "pgw: error: key \"gw\" is a Shannon (secp256k1) key; this needs a Morse (ed25519) key: create one with `pgw keys new NAME`\n";
    let commands: [&[&str]; 4] = [
        &["aat", "gen", "--app-key", "gw"],
        &["aat", "gen", "--app-key", V1_ADDR],
        &["proof", "sign", "eth", "x", "--servicer", K_B_PUB, "--session-height", "3", "--app-key", "gw"],
        &["relay", "eth", "{}", "--app-key", "gw", "--dispatcher", "http://127.0.0.1:9"],
    ];
    for args in commands {
        // No passphrase is available: the refusal comes before any prompt.
        let out = env.pgw().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(4), "{args:?}: {}", stderr(&out));
        assert_eq!(stderr(&out), expected, "{args:?}");
    }
    let out = env
        .pgw()
        .args(["bench", "eth", "{}", "--app-key", "gw", "--dispatcher", "http://127.0.0.1:9"])
        .output()
        .unwrap();
    assert_eq!((out.status.code(), stderr(&out).as_str()), (Some(4), expected));
    let out =
        env.pgw().args(["serve", "--app-key", "gw", "--dispatcher", "http://127.0.0.1:9"]).output().unwrap();
    assert_eq!((out.status.code(), stderr(&out).as_str()), (Some(4), expected));
    // And back: a PPK (always Morse) cannot become a Shannon key.
    let out = pgw_pass(&env)
        .args(["keys", "import", "x", "--ppk", "ka.key", "--protocol", "shannon"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: a PPK file holds a Morse (ed25519) key; for a Shannon key use --armored, --hex or --mnemonic\n"
    );
}

#[test]
fn shannon_sign_and_verify_are_cosmos_secp256k1() {
    let env = Env::new();
    import_v1(&env, "v1");
    let out = pgw_pass(&env).args(["keys", "sign", "v1", "deadbeef", "--output", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let signed = json(&out);
    assert_eq!(
        (signed["address"].as_str().unwrap(), signed["public_key"].as_str().unwrap()),
        (V1_ADDR, V1_PUB)
    );
    let sig = signed["signature"].as_str().unwrap().to_owned();
    assert_eq!(sig.len(), 128);
    // RFC 6979 is deterministic: the same bytes every time.
    assert_eq!(
        stdout(&pgw_pass(&env).args(["keys", "sign", "v1", "deadbeef"]).output().unwrap()),
        format!("{sig}\n")
    );
    let out = env.pgw().args(["keys", "verify", V1_PUB, "deadbeef", &sig]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), format!("valid: signed by {V1_PUB} ({V1_ADDR})\n"));
    let out = env.pgw().args(["keys", "verify", V1_PUB, "deadbeee", &sig]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        format!("INVALID: not a low-S secp256k1 signature of these bytes by {V1_PUB}\n")
    );
    // The same signature with S replaced by N - S (high S) verifies in plain ECDSA, but cosmos
    // refuses it, and so does pgw.
    let n = num_bigint_sub(&sig[64..]);
    let high = format!("{}{n}", &sig[..64]);
    let out = env.pgw().args(["keys", "verify", V1_PUB, "deadbeef", &high]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
}

/// N − s for the secp256k1 group order N, on 64-hex-digit big-endian numbers.
fn num_bigint_sub(s: &str) -> String {
    const N: &str = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";
    let n = hex::decode(N).unwrap();
    let s = hex::decode(s).unwrap();
    let mut out = [0u8; 32];
    let mut borrow = 0i16;
    for i in (0..32).rev() {
        let mut d = i16::from(n[i]) - i16::from(s[i]) - borrow;
        borrow = i16::from(d < 0);
        if d < 0 {
            d += 256;
        }
        out[i] = d as u8;
    }
    hex::encode(out)
}

#[test]
fn passwd_and_rename_keep_a_shannon_key_shannon() {
    let env = Env::new();
    import_v1(&env, "old");
    env.pgw().args(["keys", "rename", "old", "new", "-q"]).assert().success();
    pgw_pass(&env)
        .env("PGW_NEW_PASSPHRASE", "second")
        .args(["keys", "passwd", "new", "-q"])
        .assert()
        .success();
    let shown = json(&env.pgw().args(["keys", "show", "new", "--output", "json"]).output().unwrap());
    assert_eq!(
        (shown["protocol"].as_str().unwrap(), shown["address"].as_str().unwrap()),
        ("shannon", V1_ADDR)
    );
    let raw = env
        .pgw()
        .env("PGW_PASSPHRASE", "second")
        .args(["keys", "export", "new", "--unsafe-raw"])
        .output()
        .unwrap();
    assert_eq!(stdout(&raw), format!("{V1_PRIV}\n"));
}

#[test]
fn no_shannon_secret_reaches_any_output() {
    let env = Env::new();
    env.write("words.txt", POKTROLL_WORDS);
    let mut outputs = Vec::new();
    import_v1(&env, "v");
    let mut run = |args: &[&str]| {
        let out = pgw_pass(&env).args(args).output().unwrap();
        outputs.push((args.join(" "), stdout(&out) + &stderr(&out)));
    };
    run(&["keys", "import", "s", "--mnemonic", "--mnemonic-file", "words.txt", "-v"]);
    run(&["keys", "import", "h", "--hex", "--raw-file", "v1.hex"]);
    for format in ["table", "json"] {
        for name in ["s", "v"] {
            run(&["keys", "show", name, "--output", format]);
            run(&["keys", "sign", name, "00", "--output", format]);
            run(&["keys", "export", name, "--output", format]);
        }
        run(&["keys", "list", "--output", format]);
        run(&["keys", "import", "s", "--mnemonic", "--mnemonic-file", "words.txt", "--output", format]); // exists
    }
    for (command, output) in &outputs {
        assert!(!output.contains(V1_PRIV), "`pgw {command}` printed the private key");
        assert!(!output.contains("penalty brass"), "`pgw {command}` printed the mnemonic");
        assert!(!output.contains(PASS), "`pgw {command}` printed the passphrase");
    }
}
