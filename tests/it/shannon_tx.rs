//! Shannon transactions end to end on the in-process Shannon devnet: `pgw send`, `pgw gateway
//! stake`, `pgw app stake`, `pgw app delegate|undelegate` with `--protocol shannon`, signed by
//! keystore keys and taken by the devnet's ledger; the next session's ring holds the new
//! gateway (`pgw relay --gateway-key` for the new app is served), and after the undelegation
//! the session after the current one no longer does (the relay miner refuses it: exit 7). `pgw query --protocol shannon` reads it all.
//! Refusals come with their exact messages and exit codes.

use std::time::Duration;

use pgw::devnet::shannon::world::{self, Params};
use pgw::devnet::shannon::{Config, Devnet};
use pgw::protocol::hash::sha256;
use pgw::protocol::shannon::keys::PrivateKey;
use serde_json::Value;

use crate::common::{ETH_BLOCK_NUMBER, Env, stderr, stdout};

const PASS: &str = "pw-for-tests";

async fn pgw(env: &Env, args: &[&str]) -> std::process::Output {
    let mut cmd = env.pgw();
    cmd.args(args).env("PGW_PASSPHRASE", PASS);
    tokio::task::spawn_blocking(move || cmd.output().unwrap()).await.unwrap()
}

/// `pgw ARGS --protocol shannon --full-node URL`, which must succeed; its JSON.
async fn ok(env: &Env, url: &str, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--protocol", "shannon", "--full-node", url, "--output", "json"]);
    let out = pgw(env, &all).await;
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| panic!("{e}: {}", stdout(&out)))
}

/// `pgw ARGS --protocol shannon --full-node URL`, which must fail with `code`; its stderr.
async fn fails(env: &Env, url: &str, args: &[&str], code: i32) -> String {
    let mut all = args.to_vec();
    all.extend(["--protocol", "shannon", "--full-node", url]);
    let out = pgw(env, &all).await;
    assert_eq!(out.status.code(), Some(code), "{args:?}: {}{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    stderr(&out)
}

async fn import(env: &Env, name: &str, key: &PrivateKey) {
    env.write(&format!("{name}.hex"), &hex::encode(key.to_bytes().as_slice()));
    let file = format!("{name}.hex");
    let out = pgw(env, &["keys", "import", name, "--hex", "--raw-file", &file, "-q"]).await;
    assert!(out.status.success(), "{}", stderr(&out));
}

fn new_key(name: &str) -> PrivateKey {
    PrivateKey::from_bytes(&sha256(name.as_bytes())).unwrap()
}

/// `pgw relay eth eth_blockNumber` through the real command, signed by keystore key `signer`
/// (`--gateway-key SIGNER --app APP`, or `--app-key SIGNER` for the app itself): its exit code,
/// the answer's JSON (or the error object) and stderr.
async fn relay_cli(env: &Env, url: &str, signer: &[&str]) -> (Option<i32>, Value, String) {
    let mut args = vec!["relay", "eth", ETH_BLOCK_NUMBER, "--protocol", "shannon", "--full-node", url];
    args.extend(signer);
    args.extend(["--output", "json"]);
    let out = pgw(env, &args).await;
    let v = serde_json::from_str(&stdout(&out))
        .unwrap_or_else(|e| panic!("{e}: {}{}", stdout(&out), stderr(&out)));
    (out.status.code(), v, stderr(&out))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fund_stake_delegate_relay_undelegate_on_the_shannon_devnet() {
    let params = Params { block_time: Duration::ZERO, ..Params::default() };
    let d = Devnet::start(Config { params, ..Config::default() }).await.unwrap();
    let url = d.full_node_url.clone();
    let env = Env::new();
    // The faucet: seeded app 1 (1,000,000 POKT on the devnet).
    import(&env, "faucet", &world::key("pgw-devnet", "app", 1)).await;
    let (app_key, gw_key) = (new_key("pgw tx test app"), new_key("pgw tx test gateway"));
    import(&env, "newapp", &app_key).await;
    import(&env, "newgw", &gw_key).await;
    let (app, gw) = (app_key.public_key().address(), gw_key.public_key().address());

    // Unknown to the chain: no account, balance 0.
    let b = ok(&env, &url, &["query", "balance", "newapp"]).await;
    assert_eq!((b["address"].as_str(), b["balance"].as_u64()), (Some(app.as_str()), Some(0)));
    let e = fails(&env, &url, &["send", &gw, "1POKT", "--from", "newapp", "--yes"], 9).await;
    assert_eq!(
        e.trim(),
        format!(
            "pgw: error: {app} has no account on chain \"pocket-devnet\" (never funded): send it POKT first"
        )
    );

    // Fund both new keys from the faucet.
    for to in ["newapp", "newgw"] {
        let r = ok(&env, &url, &["send", to, "10POKT", "--from", "faucet", "--yes"]).await;
        assert_eq!(r["result"], "delivered");
        assert_eq!(r["height"], 100);
        assert_eq!(r["summary"]["chain_id"], "pocket-devnet");
        assert_eq!(r["summary"]["amount"], "10000000upokt (10 POKT)");
        let hash = r["txhash"].as_str().unwrap().to_string();
        let t = ok(&env, &url, &["query", "tx", &hash]).await;
        assert_eq!(t["tx_response"]["code"], 0);
        assert_eq!(t["tx"]["body"]["messages"][0]["@type"], "/cosmos.bank.v1beta1.MsgSend");
    }
    assert_eq!(ok(&env, &url, &["query", "balance", &app]).await["balance"], 10_000_000);

    // A dry run signs and prints, sends nothing (the sequence does not move).
    let dry = ok(&env, &url, &["gateway", "stake", "2POKT", "--from", "newgw", "--dry-run"]).await;
    assert_eq!(dry["txhash"].as_str().unwrap().len(), 64);
    assert!(dry["sign_doc"].as_str().unwrap().contains(&hex::encode("/pocket.gateway.MsgStakeGateway")));
    let acct = ok(&env, &url, &["query", "account", "newgw"]).await;
    assert_eq!(acct["account"]["sequence"], "0");

    // Stake the gateway and the app, delegate.
    ok(&env, &url, &["gateway", "stake", "2POKT", "--from", "newgw", "--yes"]).await;
    let g = ok(&env, &url, &["query", "gateway", &gw]).await;
    assert_eq!(g["gateway"]["stake"]["amount"], "2000000");
    ok(&env, &url, &["app", "stake", "eth", "2POKT", "--from", "newapp", "--yes"]).await;
    ok(&env, &url, &["app", "delegate", "newgw", "--from", "newapp", "--yes"]).await;
    let a = ok(&env, &url, &["query", "app", "newapp"]).await;
    assert_eq!(a["application"]["delegatee_gateway_addresses"][0], gw);
    assert_eq!(a["application"]["service_configs"][0]["service_id"], "eth");

    // The next session: its ring holds the gateway, and `pgw relay` signed by the gateway for
    // the new app is served (and its answer verified).
    let through_gateway = ["--gateway-key", "newgw", "--app", app.as_str()];
    d.world.advance(4);
    let s = ok(&env, &url, &["dispatch", "eth", "--app", &app]).await;
    assert_eq!(s["ring_gateways"], serde_json::json!([gw]));
    let (code, v, err) = relay_cli(&env, &url, &through_gateway).await;
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        (&v["verified"], &v["session_height"], &v["chain"]),
        (&true.into(), &101.into(), &"eth".into())
    );
    assert!(v["response"]["result"].as_str().unwrap().starts_with("0x"), "{v:#}");

    // Undelegate: the current session's ring still holds it (pending undelegation), and the
    // gateway still relays ...
    ok(&env, &url, &["app", "undelegate", &gw, "--from", "newapp", "--yes"]).await;
    let s = ok(&env, &url, &["dispatch", "eth", "--app", &app]).await;
    assert_eq!(s["ring_gateways"], serde_json::json!([gw]));
    let (code, _, err) = relay_cli(&env, &url, &through_gateway).await;
    assert_eq!(code, Some(0), "{err}");
    // ... the next session's ring does not hold it, and the relay miner refuses the gateway's
    // relays there (exit 7, rings/3), while the app still relays for itself.
    d.world.advance(4);
    let s = ok(&env, &url, &["dispatch", "eth", "--app", &app]).await;
    assert_eq!(s["ring_gateways"], serde_json::json!([]));
    let (code, v, err) = relay_cli(&env, &url, &through_gateway).await;
    assert_eq!(code, Some(7), "{v:#} {err}");
    assert_eq!(v["error"]["kind"], "rejected", "{v:#}");
    assert_eq!(
        (&v["error"]["details"]["error"]["codespace"], &v["error"]["details"]["error"]["code"]),
        (&"rings".into(), &3.into()),
        "{v:#}"
    );
    let (code, v, err) = relay_cli(&env, &url, &["--app-key", "newapp"]).await;
    assert_eq!(code, Some(0), "{err}");
    assert_eq!((&v["verified"], &v["session_height"]), (&true.into(), &105.into()));

    // Refusals, before anything is signed.
    let e =
        fails(&env, &url, &["send", &gw, "1POKT", "--from", "newapp", "--yes", "--chain-id", "pocket"], 2)
            .await;
    assert_eq!(
        e.trim(),
        "pgw: error: --chain-id \"pocket\" is not the network's: the full node serves chain \"pocket-devnet\" (pass --chain-id pocket-devnet, or leave it out)"
    );
    let e = fails(&env, &url, &["send", &gw, "100POKT", "--from", "newapp", "--yes"], 9).await;
    assert!(e.starts_with(&format!("pgw: error: insufficient balance: {app} holds 7")), "{e}");
    let e = fails(&env, &url, &["app", "stake", "nope", "5POKT", "--from", "newapp", "--yes"], 9).await;
    assert_eq!(
        e.trim(),
        "pgw: error: the network has no service \"nope\" (`pgw query services --protocol shannon` lists them)"
    );
    let e = fails(&env, &url, &["app", "delegate", &app, "--from", "newapp", "--yes"], 9).await;
    assert!(e.contains(&format!("{app} is not a staked gateway: stake it first")), "{e}");
    let e = fails(&env, &url, &["app", "undelegate", &gw, "--from", "newapp", "--yes"], 9).await;
    assert_eq!(
        e.trim(),
        format!(
            "pgw: error: the full node refused the simulation (gRPC code 2): application with address \"{app}\" not delegated to gateway with address: \"{gw}\": application not delegated to gateway With gas wanted: '0' and gas used: '0'"
        )
    );
    let e = fails(&env, &url, &["gateway", "stake", "1POKT", "--from", "newgw", "--yes"], 9).await;
    assert!(e.contains("must escrow more than 0 additional coins: invalid gateway stake"), "{e}");
    let e = fails(&env, &url, &["app", "delegate", "newgw", "--from", "newapp"], 2).await;
    assert!(e.contains("there is no terminal to ask on"), "{e}");
    d.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shannon_queries_read_the_full_node() {
    let params = Params { block_time: Duration::ZERO, ..Params::default() };
    let d = Devnet::start(Config { params, ..Config::default() }).await.unwrap();
    let url = d.full_node_url.clone();
    let env = Env::new();
    assert_eq!(ok(&env, &url, &["query", "height"]).await["height"], 100);
    let gw0 = d.world.gateways[0].address.clone();
    let app0 = d.world.apps[0].0.address.clone();
    let sup0 = d.world.suppliers[0].actor.address.clone();
    let a = ok(&env, &url, &["query", "account", &gw0]).await;
    assert_eq!(a["account"]["@type"], "/cosmos.auth.v1beta1.BaseAccount");
    assert_eq!(a["account"]["sequence"], "1");
    let s = ok(&env, &url, &["query", "services"]).await;
    assert_eq!(s["service"][0]["id"], "eth");
    assert_eq!(s["service"][0]["compute_units_per_relay"], "1");
    let p = ok(&env, &url, &["query", "params"]).await;
    assert_eq!(p["shared"]["num_blocks_per_session"], "4");
    assert_eq!(p["session"]["num_suppliers_per_session"], "15");
    let one = ok(&env, &url, &["query", "params", "--key", "shared/num_blocks_per_session"]).await;
    assert_eq!(one["param_value"], "4");
    assert_eq!(ok(&env, &url, &["query", "supplier", &sup0]).await["supplier"]["operator_address"], sup0);

    // Throughput: 100,000 POKT over ceil(9 / 4) = 3 pending sessions, at 42/1,000,000 upokt
    // per relay (protocol::shannon::throughput).
    let t = ok(&env, &url, &["app", "throughput", &app0]).await;
    assert_eq!(t["pending_sessions"], 3);
    assert_eq!(t["session_budget"], 33_333_333_333u64);
    assert_eq!(t["relay_cost_upokt"], "21/500000");
    assert_eq!(t["relays_per_session"], "793650793642857");
    assert_eq!(t["suppliers_in_session"], d.world.suppliers.len());

    // Tables.
    let out = pgw(&env, &["query", "app", &app0, "--protocol", "shannon", "--full-node", &url]).await;
    let text = stdout(&out);
    for want in ["100000000000upokt (100000 POKT)", "eth,anvil", &gw0] {
        assert!(text.contains(want), "{want:?} in {text}");
    }
    let out = pgw(&env, &["query", "params", "--protocol", "shannon", "--full-node", &url]).await;
    assert!(stdout(&out).contains("session/num_suppliers_per_session"), "{}", stdout(&out));

    // Refusals.
    let stranger = new_key("stranger").public_key().address();
    let e = fails(&env, &url, &["query", "gateway", &stranger], 9).await;
    assert_eq!(
        e.trim(),
        format!(
            "pgw: error: the full node refused the gateway (gRPC code 5): gateway not found: address {stranger}"
        )
    );
    let e = fails(&env, &url, &["query", "tx", &"ab".repeat(32)], 9).await;
    assert_eq!(
        e.trim(),
        format!(
            "pgw: error: the full node refused the transaction (gRPC code 5): tx not found: {}",
            "AB".repeat(32)
        )
    );
    let e = fails(&env, &url, &["query", "app", "nobody"], 2).await;
    assert!(e.contains("is neither a Shannon address (pokt1…) nor a keystore key name"), "{e}");
    let e = fails(&env, &url, &["query", "params", "--key", "shared/nope"], 2).await;
    assert!(e.contains("the network has no param \"shared/nope\""), "{e}");
    let e = fails(&env, &url, &["query", "apps"], 2).await;
    assert!(e.contains("list Morse's staked actors"), "{e}");
    d.shutdown().await;
}

/// `--dry-run --account-number N --sequence N --gas N` builds and signs the transaction with no
/// full node (the one named is not listening); the bytes decode back with cosmrs into what was
/// asked, the signature covers the given chain id and account number, and two runs give the
/// same bytes (RFC 6979 signatures).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_offline_dry_run_signs_without_a_full_node() {
    use prost::Message;
    let env = Env::new();
    let app_key = new_key("pgw tx test app");
    import(&env, "newapp", &app_key).await;
    let app = app_key.public_key().address();
    let offline = [
        "app",
        "stake",
        "eth",
        "2POKT",
        "--from",
        "newapp",
        "--dry-run",
        "--account-number",
        "7",
        "--sequence",
        "3",
        "--gas",
        "90000",
        "--chain-id",
        "pocket-devnet",
        "--memo",
        "offline",
    ];
    let dead = "http://127.0.0.1:9";
    let mut args = offline.to_vec();
    args.extend(["--protocol", "shannon", "--full-node", dead, "--output", "json"]);
    let out = pgw(&env, &args).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "", "nothing asked of a full node, nothing to say");
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let raw = hex::decode(v["tx_hex"].as_str().unwrap()).unwrap();
    use base64::Engine;
    assert_eq!(
        base64::engine::general_purpose::STANDARD.decode(v["tx_bytes"].as_str().unwrap()).unwrap(),
        raw
    );
    assert_eq!(v["txhash"], hex::encode_upper(sha256(&raw)));
    assert_eq!(v["summary"]["account_number"], "7", "{v:#}");

    // Back through cosmrs: the message, the memo, the sequence, the gas and the fee.
    let tx = cosmrs::Tx::from_bytes(&raw).unwrap();
    assert_eq!(tx.body.memo, "offline");
    assert_eq!(tx.body.messages.len(), 1);
    assert_eq!(tx.body.messages[0].type_url, "/pocket.application.MsgStakeApplication");
    assert_eq!(tx.auth_info.signer_infos.len(), 1);
    assert_eq!(tx.auth_info.signer_infos[0].sequence, 3);
    assert_eq!(tx.auth_info.fee.gas_limit, 90000);
    let fee = &tx.auth_info.fee.amount;
    assert_eq!(
        (fee.len(), fee[0].denom.as_ref(), fee[0].amount),
        (1, "upokt", 1),
        "90000 gas at 0.000001upokt"
    );
    assert_eq!(tx.signatures.len(), 1);
    // The sign doc carries the given chain id and account number.
    let doc = cosmrs::proto::cosmos::tx::v1beta1::SignDoc::decode(
        hex::decode(v["sign_doc"].as_str().unwrap()).unwrap().as_slice(),
    )
    .unwrap();
    assert_eq!((doc.chain_id.as_str(), doc.account_number), ("pocket-devnet", 7));
    let decoded = pgw::protocol::shannon::tx::decode(&raw).unwrap();
    assert_eq!(
        (doc.body_bytes, doc.auth_info_bytes),
        (decoded.body_bytes.clone(), decoded.auth_info_bytes.clone())
    );
    assert_eq!(
        decoded.messages,
        [pgw::protocol::shannon::tx::Msg::StakeApplication {
            address: app.clone(),
            stake: 2_000_000,
            services: vec!["eth".into()]
        }]
    );
    assert_eq!(decoded.public_key, Some(app_key.public_key()));
    assert!(decoded.verify(&app_key.public_key(), "pocket-devnet", 7));
    assert!(!decoded.verify(&app_key.public_key(), "pocket-devnet", 8));
    assert!(!decoded.verify(&app_key.public_key(), "pocket", 7));
    // Stable: the same flags give the same bytes.
    let again = pgw(&env, &args).await;
    let w: Value = serde_json::from_str(&stdout(&again)).unwrap();
    assert_eq!((&w["tx_hex"], &w["txhash"]), (&v["tx_hex"], &v["txhash"]));
    assert_eq!(v["txhash"], "6E93F7F604A53E8AC293409D2811C8AFFF0552B4299A48BB0E17ED0466CE26E5");

    // The three go together, with --dry-run, and on Shannon; offline needs the chain id.
    let refused = |extra: &'static [&'static str], drop: &'static [&'static str]| {
        let env = &env;
        async move {
            let mut args: Vec<&str> = Vec::new();
            let mut skip = false;
            for a in offline {
                if skip {
                    skip = false;
                    continue;
                }
                if drop.contains(&a) {
                    skip = a != "--dry-run";
                    continue;
                }
                args.push(a);
            }
            args.extend(extra);
            let out = pgw(env, &args).await;
            assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
            assert!(stdout(&out).is_empty());
            stderr(&out)
        }
    };
    let shannon: &[&str] = &["--protocol", "shannon", "--full-node", "http://127.0.0.1:9"];
    assert_eq!(
        refused(shannon, &["--gas"]).await.trim(),
        "pgw: error: --account-number, --sequence and --gas go together (they replace the full node's account and simulation): add --gas"
    );
    assert_eq!(
        refused(shannon, &["--dry-run"]).await.trim(),
        "pgw: error: --account-number, --sequence and --gas sign offline for --dry-run only: add --dry-run (a transaction to send takes them from the chain)"
    );
    assert!(
        refused(shannon, &["--chain-id"])
            .await
            .starts_with("pgw: error: an offline --dry-run needs --chain-id"),
    );
    assert_eq!(
        refused(&[], &[]).await.trim(),
        "pgw: error: --account-number, --sequence and --gas are for Shannon transactions (Morse's have none): add --protocol shannon, or leave them out"
    );

    // Without them a dry run asks the full node, and says so.
    let params = Params { block_time: Duration::ZERO, ..Params::default() };
    let d = Devnet::start(Config { params, ..Config::default() }).await.unwrap();
    import(&env, "faucet", &world::key("pgw-devnet", "app", 1)).await;
    let out = pgw(
        &env,
        &[
            "send",
            &app,
            "1POKT",
            "--from",
            "faucet",
            "--dry-run",
            "--protocol",
            "shannon",
            "--full-node",
            &d.full_node_url,
        ],
    )
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stderr(&out).trim(),
        format!(
            "pgw: warning: --dry-run asks the full node {} for the chain id, account number, sequence and gas (pass --chain-id, --account-number, --sequence and --gas to sign offline)",
            d.full_node_url
        )
    );
    d.shutdown().await;
}
