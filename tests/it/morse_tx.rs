//! Morse transactions and chain queries against the in-process devnet on 127.0.0.1: a new key
//! is funded, stakes an app, relays with it, sees its throughput, unstakes and is gone after
//! the unstaking period; dry-run bytes; every refusal with its message and exit code.

use std::time::Duration;

use pgw::devnet::world::Params;
use pgw::devnet::{Config, Devnet};
use pgw::protocol::morse::tx::parse_address;
use serde_json::Value;

use crate::common::{ETH_BLOCK_NUMBER, Env, K_A, stderr, stdout};

const FAUCET: &str = "b50a6e20d3733fb89631ae32385b3c85c533c560";
const V1_RAW: &str = "d1010a500a152f782e617070732e4d736750726f746f5374616b6512370a20b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc31204303032311204303030311a0731303030303030120e0a0575706f6b74120531303030301a640a20b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc312405454659e9f52577bee2835659b46b07fc2587ee0108cb6d3cfcd8f90de54edad9b3bcf9dc7c45ec587cad335c6a084e73f03e499117f18cf738d165924b6a70928c0f5aae4d3da9802";

async fn devnet() -> Devnet {
    let config = Config {
        params: Params { block_time: Duration::ZERO, ..Params::default() },
        // Explicit apps (none): only transactions stake apps.
        apps: Some(Vec::new()),
        funds: vec![(parse_address(FAUCET).unwrap(), 10_000_000_000)],
        ..Config::default()
    };
    Devnet::start(config).await.unwrap()
}

/// An environment whose keystore holds `faucet` (K_A, funded at genesis), passphrase "pass".
fn env() -> Env {
    let env = Env::new();
    env.write("pass.txt", "pass\n");
    let out = env
        .pgw()
        .args(["keys", "import", "faucet", "--raw-file", "ka.key", "--passphrase-file", "pass.txt"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    env
}

/// Runs pgw with the devnet's dispatcher and the keystore passphrase; returns (exit, stdout, stderr).
fn run(env: &Env, devnet: &Devnet, args: &[&str]) -> (i32, String, String) {
    let out = env
        .pgw()
        .env("PGW_PASSPHRASE", "pass")
        .args(args)
        .args(["--dispatcher", &devnet.dispatcher_url])
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), stdout(&out), stderr(&out))
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

/// Sends a tx command (`--yes`, JSON) and returns its hash.
fn send_tx(env: &Env, devnet: &Devnet, args: &[&str]) -> String {
    let mut all = vec!["--output", "json"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--chain-id", "localnet", "--yes"]);
    let (code, out, err) = run(env, devnet, &all);
    assert_eq!(code, 0, "{args:?}: {err}");
    let v = json(&out);
    assert_eq!(v["result"], "accepted");
    v["txhash"].as_str().unwrap().to_string()
}

fn tx_code(env: &Env, devnet: &Devnet, hash: &str) -> u64 {
    let (code, out, err) = run(env, devnet, &["--output", "json", "query", "tx", hash]);
    assert_eq!(code, 0, "{err}");
    json(&out)["tx_result"]["code"].as_u64().unwrap()
}

fn balance(env: &Env, devnet: &Devnet, who: &str) -> u64 {
    let (code, out, err) = run(env, devnet, &["--output", "json", "query", "balance", who]);
    assert_eq!(code, 0, "{err}");
    json(&out)["balance"].as_u64().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_key_is_funded_stakes_relays_and_unstakes() {
    let devnet = devnet().await;
    let env = env();
    let out = env
        .pgw()
        .args(["--output", "json", "keys", "new", "app", "--passphrase-file", "pass.txt"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let app = json(&stdout(&out))["address"].as_str().unwrap().to_string();

    // Funded by a send from the faucet, delivered at the next block.
    let hash = send_tx(&env, &devnet, &["send", &app, "2000POKT", "--from", "faucet"]);
    let (code, _, err) = run(&env, &devnet, &["query", "tx", &hash]);
    assert_eq!(code, 9);
    assert!(err.contains(&format!("tx ({hash}) not found")), "{err}");
    devnet.world.advance(1);
    assert_eq!(tx_code(&env, &devnet, &hash), 0);
    assert_eq!(balance(&env, &devnet, &app), 2_000_000_000);
    assert_eq!(balance(&env, &devnet, "faucet"), 10_000_000_000 - 2_000_000_000 - 10_000);

    // Not staked yet: the relay is refused with pocket-core's 45.
    let relay = ["relay", "eth", ETH_BLOCK_NUMBER, "--app-key", "app"];
    assert_eq!(run(&env, &devnet, &relay).0, 7);

    let hash = send_tx(&env, &devnet, &["app", "stake", "eth", "1000POKT", "--from", "app"]);
    devnet.world.advance(1);
    assert_eq!(tx_code(&env, &devnet, &hash), 0);
    let (code, out, err) = run(&env, &devnet, &["--output", "json", "query", "app", "app"]);
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(
        (v["status"].as_u64(), v["staked_tokens"].as_str(), v["max_relays"].as_str()),
        (Some(2), Some("1000000000"), Some("2000000"))
    );
    assert_eq!(v["chains"], serde_json::json!(["0021"]));

    // Its throughput, computed as pocket-core does (BaseRelaysPerPOKT 200000, 24 session nodes).
    let (code, out, err) =
        run(&env, &devnet, &["--output", "json", "app", "throughput", "app", "--chain", "eth"]);
    assert_eq!(code, 0, "{err}");
    let t = json(&out);
    assert_eq!(t["max_relays"], 2_000_000);
    assert_eq!(t["computed_max_relays"], 2_000_000);
    assert_eq!(t["per_chain"][0]["per_session"], 2_000_000);
    assert_eq!(t["per_chain"][0]["per_node_per_session"], 83_333);

    // Relays with it through the normal path.
    let (code, out, err) = run(&env, &devnet, &relay);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"result\""), "{out}");

    // It is listed for its chain.
    let (code, out, _) = run(&env, &devnet, &["--output", "json", "query", "apps", "--chain", "eth"]);
    assert_eq!(code, 0);
    assert_eq!(json(&out)[0]["address"], app.as_str());

    let hash = send_tx(&env, &devnet, &["app", "unstake", "--from", "app"]);
    devnet.world.advance(1);
    assert_eq!(tx_code(&env, &devnet, &hash), 0);
    let (_, out, _) = run(&env, &devnet, &["--output", "json", "query", "app", "app"]);
    assert_eq!(json(&out)["status"], 1);
    let (code, _, err) =
        run(&env, &devnet, &["app", "unstake", "--from", "app", "--chain-id", "localnet", "--yes"]);
    assert_eq!(code, 9);
    assert_eq!(err.trim_end(), format!("pgw: error: {app} is already unstaking (`pgw query app {app}`)"));

    // The unstaking period (8 blocks), then the app is gone and its stake is back.
    devnet.world.advance(7);
    assert_eq!(run(&env, &devnet, &["query", "app", "app"]).0, 0);
    devnet.world.advance(1);
    let (code, _, err) = run(&env, &devnet, &["query", "app", "app"]);
    assert_eq!(code, 9);
    assert_eq!(
        err.trim_end(),
        "pgw: error: the node refused /v1/query/app: application does not exist for that address"
    );
    assert_eq!(balance(&env, &devnet, &app), 2_000_000_000 - 20_000);
    // A fresh session for the gone app is refused again (code 45).
    devnet.world.advance(4);
    assert_eq!(run(&env, &devnet, &relay).0, 7);
    devnet.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_are_one_line_with_their_exit_codes() {
    let devnet = devnet().await;
    let env = env();
    let to = "0123456789abcdef0123456789abcdef01234567";
    let cases: Vec<(Vec<&str>, i32, String)> = vec![
        (
            vec!["send", to, "1POKT", "--from", "faucet", "--chain-id", "mainnet", "--yes"],
            9,
            "the network refused the transaction (sdk code 4): signature verification failed for the transaction \
             (the signature covers the chain id: this was signed for \"mainnet\"; is --chain-id the network's?)"
                .into(),
        ),
        (
            vec!["send", to, "1POKT", "--from", "faucet", "--chain-id", "localnet", "--fee", "9999upokt", "--yes"],
            9,
            "the network refused the transaction (auth code 4): the fee for the transaction was insufficient.  \
             Expected: 10000upokt Actual: 9999upokt (raise --fee)"
                .into(),
        ),
        (
            vec!["send", to, "20000POKT", "--from", "faucet", "--chain-id", "localnet", "--yes"],
            9,
            format!(
                "insufficient balance: {FAUCET} holds 10000000000upokt (10000 POKT), and the amount plus the fee \
                 needs 20000010000upokt (20000.01 POKT) (fund the account first)"
            ),
        ),
        (
            vec!["app", "stake", "nochain", "1POKT", "--from", "faucet", "--chain-id", "localnet", "--yes"],
            2,
            "unknown chain \"nochain\": use a 4-hex-character relay chain ID (e.g. 0021) or an alias; `pgw chains` lists them".into(),
        ),
        (
            vec!["app", "stake", "0009", "1POKT", "--from", "faucet", "--chain-id", "localnet", "--yes"],
            9,
            "the network does not support chain 0009 (`pgw query chains` lists those it does)".into(),
        ),
        (
            vec!["app", "unstake", "--from", "faucet", "--chain-id", "localnet", "--yes"],
            9,
            format!("{FAUCET} is not a staked app: there is nothing to unstake"),
        ),
        (
            vec!["send", to, "1POKT", "--from", "faucet", "--chain-id", "localnet"],
            2,
            "a transaction needs confirmation and there is no terminal to ask on: check it with --dry-run, then pass --yes".into(),
        ),
        (
            vec!["send", to, "1POKT", "--from", "nobody", "--chain-id", "localnet", "--yes"],
            4,
            String::new(),
        ),
    ];
    for (args, exit, message) in cases {
        let (code, out, err) = run(&env, &devnet, &args);
        assert_eq!(code, exit, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        if !message.is_empty() {
            assert_eq!(err.trim_end(), format!("pgw: error: {message}"), "{args:?}");
        }
    }
    // Nothing above reached a block: the faucet paid no fee for refused transactions.
    devnet.world.advance(1);
    assert_eq!(balance(&env, &devnet, "faucet"), 10_000_000_000);

    // Amounts: more than 6 decimals, a bare decimal.
    for (amount, why) in [
        ("1.0000001POKT", "POKT has at most 6 decimals (1 upokt = 0.000001 POKT)"),
        ("1.5", "a bare number is upokt, which has no decimals; write it as 1.5POKT or 1500000upokt"),
    ] {
        let (code, _, err) = run(&env, &devnet, &["send", to, amount, "--from", "faucet", "--dry-run"]);
        assert_eq!(code, 2);
        assert!(err.contains(&format!("invalid amount \"{amount}\": {why}")), "{err}");
    }
    // Paged lists read every page (5 nodes, 2 per page: 2 + 2 + 1), and filters reach the node.
    let (code, out, err) = run(&env, &devnet, &["--output", "json", "query", "nodes", "--per-page", "2"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out).as_array().unwrap().len(), 5);
    let (code, out, _) = run(&env, &devnet, &["--output", "json", "query", "nodes", "--jailed", "jailed"]);
    assert_eq!((code, json(&out)), (0, serde_json::json!([])));
    // A query that finds nothing.
    let (code, out, err) = run(&env, &devnet, &["--output", "json", "query", "tx", &"AB".repeat(32)]);
    assert_eq!(code, 9);
    assert_eq!(json(&out)["error"]["kind"], "refused");
    assert!(err.contains(&format!("tx ({}) not found", "AB".repeat(32))), "{err}");
    let (code, _, err) = run(&env, &devnet, &["query", "tx", "0x12"]);
    assert_eq!(
        (code, err.trim_end()),
        (2, "pgw: error: \"0x12\" is not a transaction hash: write its 64 hex characters (no 0x)")
    );
    devnet.shutdown().await;
}

#[test]
fn dry_run_prints_the_vector_bytes_without_a_network() {
    let env = env();
    let out = env
        .pgw()
        .env("PGW_PASSPHRASE", "pass")
        .args(["--output", "json", "app", "stake", "eth,0001", "1POKT", "--from", "faucet"])
        .args(["--chain-id", "testnet", "--entropy", "1234567890123456", "--dry-run"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&stdout(&out));
    assert_eq!(v["raw_tx"], V1_RAW);
    assert_eq!(v["txhash"], "64A2CBE9E75FA06192901F54DA415485860229693C10D61F61EBD5554D336AC2");
    assert_eq!(
        v["sign_doc"],
        r#"{"chain_id":"testnet","entropy":"1234567890123456","fee":[{"amount":"10000","denom":"upokt"}],"memo":"","msg":{"type":"apps/MsgAppStake","value":{"chains":["0021","0001"],"pubkey":{"type":"crypto/ed25519_public_key","value":"b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3"},"value":"1000000"}}}"#
    );
    assert_eq!(v["rawtx_body"], format!(r#"{{"address":"{FAUCET}","raw_hex_bytes":"{V1_RAW}"}}"#));
    assert_eq!(v["summary"]["chain_id"], "testnet");
    assert_eq!(v["summary"]["fee"], "10000upokt (0.01 POKT)");
    assert_eq!(v["summary"]["from"], FAUCET);
    // The chain id: the flag, else the profile's chain_id (the built-in local profile: the
    // devnet's "localnet"), else mainnet.
    for (extra, chain_id) in [(&["--profile", "local"][..], "localnet"), (&[][..], "mainnet")] {
        let out = env
            .pgw()
            .env("PGW_PASSPHRASE", "pass")
            .args(["--output", "json", "app", "unstake", "--from", "faucet", "--dry-run"])
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let v = json(&stdout(&out));
        assert!(
            v["sign_doc"].as_str().unwrap().starts_with(&format!(r#"{{"chain_id":"{chain_id}","#)),
            "{v}"
        );
    }
    // The key is K_A.
    assert!(K_A.ends_with("b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wait_reports_the_block_result() {
    let devnet = devnet().await;
    let env = env();
    let to = "0123456789abcdef0123456789abcdef01234567";
    // The height is frozen: still pending after the wait.
    let (code, out, err) = run(
        &env,
        &devnet,
        &[
            "--output",
            "json",
            "send",
            to,
            "1POKT",
            "--from",
            "faucet",
            "--chain-id",
            "localnet",
            "--yes",
            "--wait",
            "1s",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["result"], "pending");
    assert!(err.contains("is not in a block after 1s"), "{err}");
    // A block comes while it waits: delivered, with its height.
    let world = devnet.world.clone();
    let blocks = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(700));
        world.advance(1);
    });
    let (code, out, err) = run(
        &env,
        &devnet,
        &[
            "--output",
            "json",
            "send",
            to,
            "2POKT",
            "--from",
            "faucet",
            "--chain-id",
            "localnet",
            "--yes",
            "--wait",
            "20s",
        ],
    );
    blocks.join().unwrap();
    assert_eq!(code, 0, "{err}");
    let v = json(&out);
    assert_eq!(v["result"], "delivered");
    assert_eq!(v["height"], devnet.world.height());
    assert_eq!(balance(&env, &devnet, to), 3_000_000);
    // A stake below the minimum passes CheckTx and fails in its block (application 111).
    let world = devnet.world.clone();
    let blocks = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(700));
        world.advance(1);
    });
    let (code, _, err) = run(
        &env,
        &devnet,
        &[
            "app",
            "stake",
            "eth",
            "0.5POKT",
            "--from",
            "faucet",
            "--chain-id",
            "localnet",
            "--yes",
            "--wait",
            "20s",
        ],
    );
    blocks.join().unwrap();
    assert_eq!(code, 9, "{err}");
    let height = devnet.world.height();
    assert!(
        err.ends_with(&format!(
            "pgw: error: the transaction failed in block {height} (application code 111): application isn't staking above the minimum\n"
        )),
        "{err}"
    );
    devnet.shutdown().await;
}
