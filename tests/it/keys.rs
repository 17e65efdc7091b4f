use std::os::unix::fs::PermissionsExt;
use std::process::{Child, Stdio};

use crate::common::*;

const PASS: &str = "correct horse battery staple";
/// docs/protocol.md §14: a legacy pocket-js PPK file, password `t`.
const PJL_PPK: &str = r#"{"kdf": "scrypt","salt": "562F04E15064C472279CF748324051FD","secparam": "12","hint": "t","ciphertext": "SpkySM/0g4DUPjaOA/dzh+9r2/Kru/JCNi3VBLbjbs9Qw483ZjPd/b8fiwtujCSJaRQuejbAbZmx3DV6adiTzTA5MhcymzQwaUvVY6R6v6A40Y9cVeji4T94MZzcQfL9LPmddRvaLC1w9eWeVuweCY1SdU0m4TyMTGObxB34y14yyT0tnW3mz23IZ+SmqXKw"}"#;
const PJL_KEY: &str = "af49ab2d0fbb7c55c2e69fdd8110c80c2d05df2a9a7cc9467e3e82696202cb3aae59eb833aab5da1bc0a81081997d10a5192e7c47530a2d878817327a55d51a0";

fn json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("not JSON: {}{}", stdout(out), stderr(out)))
}

/// A `pgw` with the keystore passphrase in the environment.
fn pgw_pass(env: &Env) -> assert_cmd::Command {
    let mut cmd = env.pgw();
    cmd.env("PGW_PASSPHRASE", PASS);
    cmd
}

fn import_ka(env: &Env, name: &str) {
    pgw_pass(env).args(["keys", "import", name, "--raw-file", "ka.key", "-q"]).assert().success();
}

#[test]
fn new_list_show_with_modes_0700_and_0600() {
    let env = Env::new();
    let out = pgw_pass(&env).args(["keys", "new", "app", "--output", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let info = json(&out);
    assert_eq!(info["name"], "app");
    assert_eq!(info["address"].as_str().unwrap().len(), 40);
    let path = env.path("home/keys/app.json");
    assert_eq!(info["path"], path.display().to_string());
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(std::fs::metadata(env.path("home/keys")).unwrap().permissions().mode() & 0o777, 0o700);

    let list = json(&env.pgw().args(["keys", "list", "--output", "json"]).output().unwrap());
    assert_eq!(list[0]["address"], info["address"]);
    let by_address = env
        .pgw()
        .args(["keys", "show", info["address"].as_str().unwrap(), "--output", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&by_address)["name"], "app");
}

#[test]
fn no_passphrase_source_fails_at_once_without_a_terminal() {
    let env = Env::new();
    let out = env.pgw().args(["keys", "new", "app"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: no passphrase and no terminal to ask on: set PGW_PASSPHRASE or pass --passphrase-file FILE\n"
    );
    assert!(!env.path("home/keys/app.json").exists());
}

#[test]
fn passphrase_file_is_read_without_its_newline() {
    let env = Env::new();
    env.write("pass.txt", &format!("{PASS}\n"));
    env.pgw()
        .args(["keys", "import", "a", "--raw-file", "ka.key", "--passphrase-file", "pass.txt", "-q"])
        .assert()
        .success();
    // Unlocking with the same passphrase from the environment proves the newline was dropped.
    let out = pgw_pass(&env).args(["keys", "sign", "a", "deadbeef"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn legacy_pocket_js_ppk_imports_with_its_own_password() {
    let env = Env::new();
    env.write("legacy.json", PJL_PPK);
    let out = env
        .pgw()
        .env("PGW_PPK_PASSPHRASE", "t")
        .args(["keys", "import", "legacy", "--ppk", "legacy.json", "--output", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["address"], "18a650cb19bed92bf12a7d2584029d2ad56d2697");
    // The file's password became the keystore passphrase.
    let raw = env
        .pgw()
        .env("PGW_PASSPHRASE", "t")
        .args(["keys", "export", "legacy", "--unsafe-raw"])
        .output()
        .unwrap();
    assert_eq!(stdout(&raw), format!("{PJL_KEY}\n"));

    let out = env
        .pgw()
        .env("PGW_PPK_PASSPHRASE", "badpassword")
        .args(["keys", "import", "other", "--ppk", "legacy.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(
        stderr(&out),
        "pgw: error: legacy.json: wrong password (or the file is corrupt): decryption failed\n"
    );
}

#[test]
fn import_ppk_with_a_new_passphrase() {
    let env = Env::new();
    env.write("legacy.json", PJL_PPK);
    env.pgw()
        .env("PGW_PPK_PASSPHRASE", "t")
        .env("PGW_PASSPHRASE", PASS)
        .args(["keys", "import", "legacy", "--ppk", "legacy.json", "--new-passphrase", "-q"])
        .assert()
        .success();
    let raw = pgw_pass(&env).args(["keys", "export", "legacy", "--unsafe-raw"]).output().unwrap();
    assert_eq!(stdout(&raw), format!("{PJL_KEY}\n"));
}

#[test]
fn export_writes_a_ppk_that_decrypts_to_the_key() {
    let env = Env::new();
    import_ka(&env, "ka");
    pgw_pass(&env)
        .args(["keys", "export", "ka", "--out", "ka.ppk.json", "--hint", "<mine>", "-q"])
        .assert()
        .success();
    let path = env.path("ka.ppk.json");
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with(r#"{"kdf":"scrypt","salt":""#));
    assert!(text.contains(r#""hint":"\u003cmine\u003e""#), "{text}");
    let ppk = pgw::protocol::morse::ppk::Ppk::parse(text.as_bytes()).unwrap();
    assert_eq!(hex::encode(*ppk.decrypt(PASS.as_bytes()).unwrap()), K_A);
    // To stdout, the same format.
    let out = env.pgw().args(["keys", "export", "ka"]).output().unwrap();
    assert!(stdout(&out).starts_with(r#"{"kdf":"scrypt""#));
}

#[test]
fn keystore_names_work_wherever_a_key_is_needed() {
    let env = Env::new();
    import_ka(&env, "app");
    let out = pgw_pass(&env).args(["aat", "gen", "--app-key", "app", "--output", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["app_pub_key"], K_A_PUB);
    assert_eq!(stderr(&out), "", "no argv warning for keystore names");
    let out = pgw_pass(&env)
        .args(["proof", "sign", "eth", "x", "--servicer", K_B_PUB, "--session-height", "3"])
        .args(["--app-key", "b50a6e20d3733fb89631ae32385b3c85c533c560"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    env.pgw().args(["proof", "verify"]).write_stdin(out.stdout).assert().success();
    let out = pgw_pass(&env).args(["aat", "gen", "--app-key", "nobody"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(stderr(&out).starts_with("pgw: error: no key named \"nobody\""), "{}", stderr(&out));
}

#[test]
fn wrong_passphrase_names_the_file() {
    let env = Env::new();
    import_ka(&env, "ka");
    let out = env.pgw().env("PGW_PASSPHRASE", "nope").args(["keys", "sign", "ka", "00"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = stderr(&out);
    assert!(err.contains(&env.path("home/keys/ka.json").display().to_string()), "{err}");
    assert!(err.contains("wrong passphrase"), "{err}");
}

#[test]
fn existing_keys_need_force() {
    let env = Env::new();
    import_ka(&env, "k");
    let out = pgw_pass(&env).args(["keys", "import", "k", "--raw-file", "kb.key"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    pgw_pass(&env).args(["keys", "import", "k", "--raw-file", "kb.key", "--force", "-q"]).assert().success();
    let shown = json(&env.pgw().args(["keys", "show", "k", "--output", "json"]).output().unwrap());
    assert_eq!(shown["public_key"], K_B_PUB);
}

#[test]
fn delete_asks_and_scripts_pass_yes() {
    let env = Env::new();
    import_ka(&env, "k");
    let out = env.pgw().args(["keys", "delete", "k"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: deleting \"k\" needs confirmation and there is no terminal to ask on: pass --yes\n"
    );
    env.pgw().args(["keys", "delete", "k", "--yes", "-q"]).assert().success();
    assert!(!env.path("home/keys/k.json").exists());
}

#[test]
fn rename_and_passwd() {
    let env = Env::new();
    import_ka(&env, "old");
    env.pgw().args(["keys", "rename", "old", "new", "-q"]).assert().success();
    assert!(!env.path("home/keys/old.json").exists());
    pgw_pass(&env)
        .env("PGW_NEW_PASSPHRASE", "second passphrase")
        .args(["keys", "passwd", "new", "-q"])
        .assert()
        .success();
    pgw_pass(&env).args(["keys", "sign", "new", "00"]).assert().code(4);
    env.pgw()
        .env("PGW_PASSPHRASE", "second passphrase")
        .args(["keys", "sign", "new", "00"])
        .assert()
        .success();
}

#[test]
fn sign_and_verify_match_the_protocol_vector() {
    let env = Env::new();
    import_ka(&env, "ka");
    let sig = "5d04dfc0d0e579d815f761b452c7d01e5f20a71b9fb66dbbeb1959cffed9da0a621ee06dfd11171757f9c9541768eaf59cce75ac4acc1ad122556ec26e166108";
    let out = pgw_pass(&env).args(["keys", "sign", "ka", "deadbeef"]).output().unwrap();
    assert_eq!(stdout(&out), format!("{sig}\n"));
    let out = env.pgw().args(["keys", "verify", K_A_PUB, "deadbeef", sig]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        format!("valid: signed by {K_A_PUB} (b50a6e20d3733fb89631ae32385b3c85c533c560)\n")
    );
    let out = env.pgw().args(["keys", "verify", K_A_PUB, "deadbeee", sig]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = env.pgw().args(["keys", "verify", K_A_PUB, "xyz", sig]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "pgw: error: HEX is not hex: encoding/hex: invalid byte: U+0078 'x'\n");
}

#[test]
fn corrupt_files_are_reported_and_never_hide_other_keys() {
    let env = Env::new();
    import_ka(&env, "good");
    env.write("home/keys/broken.json", r#"{"kdf":"scrypt","salt":"#);
    env.write("home/keys/.pgw-leftover", "half a file");
    let out = env.pgw().args(["keys", "list", "--output", "json"]).output().unwrap();
    assert!(out.status.success());
    let list = json(&out);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["name"], "good");
    assert!(stderr(&out).contains("broken.json"), "{}", stderr(&out));
}

#[test]
fn concurrent_imports_all_land() {
    let env = Env::new();
    env.pgw().args(["keys", "list", "-q"]).assert().success(); // create the directory
    let children: Vec<Child> = (0..8)
        .map(|i| {
            let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("pgw"));
            cmd.current_dir(env.dir.path())
                .env("PGW_HOME", env.path("home"))
                .env("PGW_PASSPHRASE", PASS)
                .args(["keys", "new", &format!("k{i}"), "-q"])
                .stdout(Stdio::null())
                .stderr(Stdio::piped());
            cmd.spawn().unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let list = json(&env.pgw().args(["keys", "list", "--output", "json"]).output().unwrap());
    assert_eq!(list.as_array().unwrap().len(), 8);
}

#[test]
fn a_killed_writer_never_leaves_a_broken_key() {
    let env = Env::new();
    import_ka(&env, "keep");
    for delay_ms in [0u64, 20, 50, 100, 150, 250] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pgw"))
            .current_dir(env.dir.path())
            .env("PGW_HOME", env.path("home"))
            .env("PGW_PASSPHRASE", PASS)
            .args(["keys", "new", &format!("victim{delay_ms}"), "-q"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
    }
    let out = env.pgw().args(["keys", "list", "--output", "json"]).output().unwrap();
    assert_eq!(stderr(&out), "", "no corrupt files");
    for key in json(&out).as_array().unwrap() {
        // Every key that exists is whole: it unlocks.
        pgw_pass(&env).args(["keys", "sign", key["name"].as_str().unwrap(), "00"]).assert().success();
    }
}

#[test]
fn credential_files_sign_without_a_passphrase() {
    let env = Env::new();
    import_ka(&env, "app");
    let out = pgw_pass(&env)
        .args(["aat", "gen", "--app-key", "app", "--credential-out", "cred.json", "--output", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let aat = json(&out);
    assert_ne!(aat["client_pub_key"], K_A_PUB, "a fresh client key, never the app key");
    let path = env.path("cred.json");
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    assert!(!std::fs::read_to_string(&path).unwrap().contains(&K_A[..64]));
    let out = env
        .pgw()
        .args([
            "proof",
            "sign",
            "eth",
            "x",
            "--servicer",
            K_B_PUB,
            "--session-height",
            "3",
            "--credential",
            "cred.json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    env.pgw().args(["proof", "verify"]).write_stdin(out.stdout).assert().success();
    let again = pgw_pass(&env)
        .args(["aat", "gen", "--app-key", "app", "--credential-out", "cred.json"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
}

#[test]
fn no_secret_reaches_any_output() {
    let env = Env::new();
    let seed = &K_A[..64];
    let mut outputs = Vec::new();
    let mut run = |args: &[&str]| {
        let out = pgw_pass(&env).args(args).output().unwrap();
        outputs.push((args.join(" "), stdout(&out) + &stderr(&out)));
    };
    run(&["keys", "import", "s", "--raw-file", "ka.key"]);
    for format in ["table", "json"] {
        run(&["keys", "list", "--output", format]);
        run(&["keys", "show", "s", "--output", format]);
        run(&["keys", "sign", "s", "00", "--output", format]);
        run(&["aat", "gen", "--app-key", "s", "--output", format]);
        run(&["keys", "export", "s", "--output", format]);
        run(&["keys", "import", "s", "--raw-file", "ka.key", "--output", format]); // fails: exists
        run(&["keys", "sign", "s", "zz", "--output", format]); // fails: bad hex
    }
    for (command, output) in &outputs {
        assert!(!output.contains(seed), "`pgw {command}` printed the private key");
        assert!(!output.contains(PASS), "`pgw {command}` printed the passphrase");
    }
}
