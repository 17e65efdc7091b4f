//! `pgw config`: resolved settings with their sources, the template, the file's path.

use serde_json::{Value, json};

use crate::common::*;

fn json_of(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("not JSON: {}{}", stdout(out), stderr(out)))
}

fn write_config(env: &Env, text: &str) -> std::path::PathBuf {
    std::fs::create_dir_all(env.path("home")).unwrap();
    env.write("home/config.toml", text)
}

const FILE: &str = r#"default_profile = "main"
connect_timeout = "4s"
block_time = "1m"

[profiles.main]
dispatchers = ["https://d1.example/", "https://d2.example"]
timeout = "15s"
app_key = "my-app"
credential = "creds/app.json"
"#;

#[test]
fn show_json_reports_flag_env_file_and_default_sources() {
    let env = Env::new();
    write_config(&env, FILE);
    let home = env.path("home");
    let out = env
        .pgw()
        .args(["config", "show", "--output", "json", "--timeout", "2s"])
        .env("PGW_DISPATCHERS", "http://127.0.0.1:9001, http://127.0.0.1:9002/")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        json_of(&out),
        json!({
            "config_file": home.join("config.toml").to_str().unwrap(),
            "config_file_found": true,
            "profile": {"value": "main", "source": {"kind": "file", "profile": null}},
            "protocol": {"value": "morse", "source": {"kind": "default"}},
            "dispatchers": {
                "value": ["http://127.0.0.1:9001", "http://127.0.0.1:9002"],
                "source": {"kind": "env", "name": "PGW_DISPATCHERS"}
            },
            "connect_timeout": {"value_ms": 4000, "source": {"kind": "file", "profile": null}},
            "timeout": {"value_ms": 2000, "source": {"kind": "flag", "name": "--timeout"}},
            "block_time": {"value_ms": 60000, "source": {"kind": "file", "profile": null}},
            "app_key": {"value": "my-app", "source": {"kind": "file", "profile": "main"}},
            "credential": {
                "value": home.join("creds/app.json").to_str().unwrap(),
                "source": {"kind": "file", "profile": "main"}
            },
            "chain_id": {"value": null, "source": {"kind": "default"}},
            "cometbft": {"value": null, "source": {"kind": "default"}},
        })
    );
}

#[test]
fn show_without_a_file_uses_defaults_and_flags() {
    let env = Env::new();
    let out = env
        .pgw()
        .args(["config", "show", "--output", "json", "--dispatcher", "http://a.example/"])
        .args(["--dispatcher", "https://b.example", "--connect-timeout", "750ms"])
        .env("PGW_PROFILE", "local")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let json = json_of(&out);
    assert_eq!(json["config_file_found"], false);
    assert_eq!(json["profile"], json!({"value": "local", "source": {"kind": "env", "name": "PGW_PROFILE"}}));
    assert_eq!(
        json["dispatchers"],
        json!({"value": ["http://a.example", "https://b.example"], "source": {"kind": "flag", "name": "--dispatcher"}})
    );
    assert_eq!(
        json["connect_timeout"],
        json!({"value_ms": 750, "source": {"kind": "flag", "name": "--connect-timeout"}})
    );
    assert_eq!(json["timeout"], json!({"value_ms": 10000, "source": {"kind": "default"}}));
    assert_eq!(json["block_time"], json!({"value_ms": null, "source": {"kind": "default"}}));

    // The built-in local profile, from the environment alone.
    let out =
        env.pgw().args(["config", "show", "--output", "json"]).env("PGW_PROFILE", "local").output().unwrap();
    assert_eq!(
        json_of(&out)["dispatchers"],
        json!({"value": ["http://127.0.0.1:8081"], "source": {"kind": "builtin", "profile": "local"}})
    );
}

#[test]
fn show_table_names_sources() {
    let env = Env::new();
    let out = env.pgw().args(["config", "show", "--timeout", "1m 30s"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("│ timeout         ┆ 1m 30s"), "{text}");
    assert!(text.contains("flag --timeout"), "{text}");
    assert!(text.contains("(not found)"), "{text}");
    assert!(text.contains("│ dispatchers     ┆ (none)"), "{text}");
}

#[test]
fn init_then_show_picks_the_local_profile() {
    let env = Env::new();
    let path = env.path("home").join("config.toml");
    let out = env.pgw().args(["config", "init"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), format!("wrote {}\n", path.display()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&env.path("home")), 0o700);
    }

    let out = env.pgw().args(["config", "show", "--output", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let json = json_of(&out);
    assert_eq!(json["config_file_found"], true);
    assert_eq!(json["profile"], json!({"value": "local", "source": {"kind": "file", "profile": null}}));
    assert_eq!(
        json["dispatchers"],
        json!({"value": ["http://127.0.0.1:8081"], "source": {"kind": "file", "profile": "local"}})
    );
    assert_eq!(
        json["block_time"],
        json!({"value_ms": 10000, "source": {"kind": "file", "profile": "local"}})
    );
}

#[test]
fn init_refuses_to_overwrite_without_force() {
    let env = Env::new();
    let path = env.path("home").join("config.toml");
    assert!(env.pgw().args(["config", "init"]).output().unwrap().status.success());
    std::fs::write(&path, "timeout = \"5s\"\n").unwrap();

    let out = env.pgw().args(["config", "init"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: error: {} already exists: edit it, or pass --force to replace it with the template\n",
            path.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "timeout = \"5s\"\n", "left untouched");

    let out = env.pgw().args(["config", "init", "--force", "--output", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json_of(&out), json!({"config_file": path.to_str().unwrap()}));
    assert!(std::fs::read_to_string(&path).unwrap().contains("[profiles.local]"));
}

#[test]
fn path_prints_the_file_path() {
    let env = Env::new();
    let out = env.pgw().args(["config", "path"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), format!("{}\n", env.path("home").join("config.toml").display()));
    let other = env.path("elsewhere");
    let out = env.pgw().args(["config", "path", "--home"]).arg(&other).output().unwrap();
    assert_eq!(stdout(&out), format!("{}\n", other.join("config.toml").display()));
}

#[test]
fn malformed_toml_is_a_one_line_usage_error() {
    let env = Env::new();
    let path = write_config(&env, "timeout = \"1s\"\n[profiles.main\ndispatchers = []\n");
    let out = env.pgw().args(["config", "show"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.starts_with(&format!("pgw: error: {}: line 2: ", path.display())), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(stdout(&out), "");

    write_config(&env, "dispatcher = [\"http://a\"]\n");
    let out = env.pgw().args(["config", "show", "--output", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let message = format!(
        "{}: line 1: unknown field `dispatcher`, expected one of `default_profile`, `protocol`, \
         `cometbft`, `dispatchers`, `connect_timeout`, `timeout`, `block_time`, `app_key`, `credential`, \
         `chain_id`, `profiles`",
        path.display()
    );
    assert_eq!(stderr(&out), format!("pgw: error: {message}\n"));
    assert_eq!(json_of(&out)["error"], json!({"kind": "usage", "message": message, "exit_code": 2}));
}

#[test]
fn bad_values_name_their_source() {
    let env = Env::new();
    let out = env.pgw().args(["config", "show"]).env("PGW_TIMEOUT", "abc").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "pgw: error: PGW_TIMEOUT \"abc\": expected a duration like 500ms, 3s or 1m\n");

    let out = env.pgw().args(["config", "show", "--profile", "mainnet"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: no profile \"mainnet\": config.toml has none (create one with `pgw config init`); \
         built in: local, local-shannon, shannon-mainnet, shannon-testnet\n"
    );
}

#[test]
fn show_names_the_protocol_and_the_builtin_shannon_profiles() {
    let env = Env::new();
    let out = env.pgw().args(["config", "show", "--profile", "shannon-mainnet"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("protocol"), "{text}");
    assert!(text.contains("shannon"), "{text}");
    assert!(text.contains("full_nodes"), "{text}");
    assert!(text.contains("https://sauron-api.infra.pocket.network"), "{text}");
    assert!(text.contains("https://sauron-rpc.infra.pocket.network"), "{text}");
    assert!(text.contains("built-in profile shannon-mainnet"), "{text}");
    let out = env
        .pgw()
        .args(["config", "show", "--output", "json", "--profile", "local-shannon", "--protocol", "morse"])
        .output()
        .unwrap();
    let json = json_of(&out);
    assert_eq!(json["protocol"], json!({"value": "morse", "source": {"kind": "flag", "name": "--protocol"}}));
    assert_eq!(json["dispatchers"]["value"], json!(["http://127.0.0.1:8082"]));
    let out = env.pgw().args(["config", "show", "--protocol", "v2"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "pgw: error: --protocol \"v2\": expected morse or shannon\n");
}
