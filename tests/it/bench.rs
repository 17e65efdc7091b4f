//! `pgw bench` against devnets on 127.0.0.1: counts that add up, the JSON schema, `--fail-if`
//! exit codes, faulty nodes in the per-node figures, `merge`, `--sign-only`, and usage errors.

use std::collections::HashMap;
use std::time::Duration;

use pgw::devnet::faults::Fault;
use pgw::devnet::world::Params;
use pgw::devnet::{Config, Devnet};
use serde_json::Value;

use crate::common::*;

/// A devnet served by a runtime of its own while `pgw` processes load it.
struct Net {
    devnet: Devnet,
    _rt: tokio::runtime::Runtime,
    env: Env,
}

impl Net {
    fn start(nodes: usize, faults: &[(usize, Fault)]) -> Net {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
        let config = Config {
            nodes,
            params: Params { block_time: Duration::ZERO, session_node_count: nodes, ..Params::default() },
            faults: faults.iter().copied().collect::<HashMap<_, _>>(),
            ..Config::default()
        };
        let devnet = rt.block_on(Devnet::start(config)).unwrap();
        Net { devnet, _rt: rt, env: Env::new() }
    }

    fn bench(&self, extra: &[&str]) -> assert_cmd::Command {
        let mut cmd = self.env.pgw();
        cmd.args(["bench", "eth", ETH_BLOCK_NUMBER, "--dispatcher", &self.devnet.dispatcher_url])
            .args(["--app-key-file", "kb.key"])
            .args(extra);
        cmd
    }
}

fn devnet_bench(env: &Env, extra: &[&str]) -> std::process::Output {
    env.pgw().args(["bench", "eth", ETH_BLOCK_NUMBER, "--devnet"]).args(extra).output().unwrap()
}

fn json(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("not JSON: {}{}", stdout(out), stderr(out)))
}

fn keys(v: &Value) -> Vec<&str> {
    v.as_object().unwrap_or_else(|| panic!("not an object: {v}")).keys().map(String::as_str).collect()
}

fn u(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("not an unsigned integer: {v}"))
}

fn is_ms(v: &Value) -> bool {
    v.as_f64().is_some_and(|ms| ms >= 0.0)
}

#[test]
fn counts_add_up_and_the_json_has_its_documented_shape() {
    let env = Env::new();
    let out = devnet_bench(&env, &["-n", "40", "-c", "4", "--output", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "", "nothing on stderr with --output json");
    let v = json(&out);
    assert_eq!(
        keys(&v),
        [
            "pgw_bench",
            "mode",
            "config",
            "runs",
            "interrupted",
            "totals",
            "duration_s",
            "throughput_rps",
            "latency_ms",
            "connect_ms",
            "nodes",
            "errors",
            "session_rollovers",
            "session_heights",
            "histogram",
            "relay_budgets"
        ]
    );
    assert_eq!(
        (&v["pgw_bench"], &v["mode"], &v["runs"], &v["interrupted"]),
        (&1.into(), &"relay".into(), &1.into(), &false.into())
    );
    let config = &v["config"];
    assert_eq!(
        keys(config),
        [
            "chain",
            "concurrency",
            "requests",
            "duration_s",
            "rate_rps",
            "retries",
            "verify",
            "node",
            "warmup",
            "warmup_failed"
        ]
    );
    assert_eq!(
        (&config["chain"], u(&config["concurrency"]), u(&config["requests"])),
        (&"0021".into(), 4, 40)
    );
    assert!(config["duration_s"].is_null() && config["rate_rps"].is_null() && config["node"].is_null());
    assert_eq!((u(&config["retries"]), &config["verify"]), (0, &true.into()));
    assert!(u(&config["warmup"]) > 0, "connections are warmed up");
    assert_eq!(u(&config["warmup_failed"]), 0);

    let totals = &v["totals"];
    assert_eq!(keys(totals), ["requests", "successes", "failures", "success_rate"]);
    assert_eq!((u(&totals["requests"]), u(&totals["successes"]), u(&totals["failures"])), (40, 40, 0));
    assert_eq!(totals["success_rate"].as_f64(), Some(1.0));
    assert!(v["duration_s"].as_f64().unwrap() > 0.0 && v["throughput_rps"].as_f64().unwrap() > 0.0);
    let latency = &v["latency_ms"];
    assert_eq!(keys(latency), ["min", "mean", "p50", "p90", "p99", "p99_9", "max"]);
    let l = |k: &str| latency[k].as_f64().unwrap();
    assert!(keys(latency).iter().all(|k| is_ms(&latency[*k])), "{latency}");
    assert!(l("min") <= l("p50") && l("p50") <= l("p90") && l("p90") <= l("p99") && l("p99") <= l("max"));

    let connect = &v["connect_ms"];
    assert_eq!(keys(connect), ["samples", "failures", "min", "mean", "max", "by_url"]);
    assert!(u(&connect["samples"]) >= 3 && is_ms(&connect["mean"]));
    let by_url = connect["by_url"].as_array().unwrap();
    assert_eq!(keys(&by_url[0]), ["service_url", "samples", "failures", "min", "mean", "max"]);

    let nodes = v["nodes"].as_array().unwrap();
    assert!(!nodes.is_empty());
    let mut sum = 0;
    for n in nodes {
        assert_eq!(
            keys(n),
            [
                "address",
                "service_url",
                "requests",
                "successes",
                "failures",
                "success_rate",
                "p50_ms",
                "p99_ms",
                "connect_ms",
                "errors",
                "codes",
                "histogram",
                "relay_budget"
            ]
        );
        assert_eq!(n["address"].as_str().unwrap().len(), 40);
        assert!(n["service_url"].as_str().unwrap().starts_with("http://127.0.0.1:"));
        assert_eq!(u(&n["requests"]), u(&n["successes"]) + u(&n["failures"]));
        assert!(is_ms(&n["p50_ms"]) && is_ms(&n["p99_ms"]) && is_ms(&n["connect_ms"]));
        assert!(n["errors"].as_object().unwrap().is_empty() && n["histogram"].is_string());
        sum += u(&n["requests"]);
    }
    assert_eq!(sum, 40, "with --retries 0 every request is one attempt on one node");
    assert_eq!(keys(&v["errors"]), ["by_kind", "by_code"]);
    assert!(v["errors"]["by_kind"].as_object().unwrap().is_empty());
    assert_eq!(u(&v["session_rollovers"]) + 1, v["session_heights"].as_array().unwrap().len() as u64);
    assert!(v["histogram"].as_str().unwrap().starts_with("HISTE"), "HdrHistogram V2 in base64");
}

/// The app's relay budget from the chain (max relays ÷ chains ÷ session nodes, pocket-core's
/// rounding, as `pgw app throughput` and `serve --relay-budget auto` read it) next to what the run
/// used, per app and per node, in JSON and in the table.
#[test]
fn the_report_shows_the_apps_relay_budget_next_to_usage() {
    let env = Env::new();
    let out = devnet_bench(&env, &["-n", "30", "-c", "2", "--output", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    let budgets = v["relay_budgets"].as_array().unwrap();
    assert_eq!(budgets.len(), 1, "{v:#}");
    let b = &budgets[0];
    assert_eq!(keys(b), ["app", "max_relays", "chains", "session_nodes", "per_node_per_session", "used"]);
    assert_eq!(b["app"].as_str().unwrap().len(), 40);
    let per_node = pgw::protocol::morse::throughput::per_session_node(
        u(&b["max_relays"]),
        u(&b["chains"]) as usize,
        u(&b["session_nodes"]),
    )
    .unwrap();
    assert!(per_node > 0);
    assert_eq!(u(&b["per_node_per_session"]), per_node);
    assert_eq!(u(&b["used"]), 30, "with --retries 0 one attempt per request");
    let nodes = v["nodes"].as_array().unwrap();
    assert!(nodes.iter().all(|n| u(&n["relay_budget"]) == per_node), "{v:#}");
    assert_eq!(nodes.iter().map(|n| u(&n["requests"])).sum::<u64>(), 30);
    // The table: the budget row and a "budget used" column.
    let out = devnet_bench(&env, &["-n", "30", "-c", "2"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let row = format!(
        "{} relays per node per session (max relays {} ÷ {} chain{} ÷ {} session nodes); used 30",
        per_node,
        b["max_relays"],
        b["chains"],
        if u(&b["chains"]) == 1 { "" } else { "s" },
        b["session_nodes"]
    );
    assert!(text.contains("relay budget") && text.contains(&row), "{row:?} in {text}");
    assert!(text.contains("budget used"), "{text}");
    assert!(text.contains(&format!(" / {per_node} (")), "{text}");
    // Merged runs of one app keep its budget, and the merged usage adds up.
    env.write("a.json", &String::from_utf8(json_out(&env)).unwrap());
    env.write("b.json", &String::from_utf8(json_out(&env)).unwrap());
    let out = env.pgw().args(["bench", "merge", "a.json", "b.json", "--output", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let merged = json(&out);
    assert_eq!(u(&merged["relay_budgets"][0]["used"]), 20, "{merged:#}");
    assert_eq!(u(&merged["relay_budgets"][0]["per_node_per_session"]), per_node);
}

fn json_out(env: &Env) -> Vec<u8> {
    let out = devnet_bench(env, &["-n", "10", "-c", "1", "--output", "json", "--app-key-file", "kb.key"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    out.stdout
}

#[test]
fn the_table_reports_totals_latency_a_histogram_and_nodes() {
    let env = Env::new();
    let out = devnet_bench(&env, &["-n", "20", "-c", "2"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "", "no progress line when stderr is not a terminal");
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "pgw bench: chain 0021, 20 requests at concurrency 2, retries 0, answers verified\n"
        )
    );
    for expected in
        ["│ requests", "20 (100.00%)", "Latency of successful requests (ms)", " ms │█", "Nodes (attempts)"]
    {
        assert!(text.contains(expected), "{expected:?} missing from:\n{text}");
    }
}

#[test]
fn fail_if_exits_1_with_one_line_per_crossing_and_0_when_no_threshold_is_crossed() {
    let env = Env::new();
    let out = devnet_bench(&env, &["-n", "10", "--fail-if", "p99>0ms", "--fail-if", "errors>100%", "-q"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "{err}");
    assert!(lines[0].starts_with("pgw: --fail-if 'p99>0ms' crossed: p99 = "), "{err}");
    assert!(lines[0].ends_with(" ms"), "{err}");
    assert!(stdout(&out).contains("│ requests"), "the report is printed all the same");

    let out = devnet_bench(
        &env,
        &["-n", "10", "--fail-if", "errors>100%", "--fail-if", "p99>60s", "--output", "json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(u(&json(&out)["totals"]["requests"]), 10);
}

#[test]
fn bad_expressions_and_values_are_usage_errors_before_anything_runs() {
    let env = Env::new();
    let out = devnet_bench(&env, &["--fail-if", "p98>1ms"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: --fail-if 'p98>1ms': unknown metric \"p98\"; use p50, p90, p99, p99.9, min, mean, max, errors or rps\n"
    );
    assert_eq!(stdout(&out), "");
    let out = devnet_bench(&env, &["--fail-if", "p99>250"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not a latency with a unit (ms, s or µs), e.g. 'p99>250ms'"),
        "{}",
        stderr(&out)
    );
    let out = devnet_bench(&env, &["-z", "soon"]);
    assert_eq!(
        (out.status.code(), stderr(&out).as_str()),
        (
            Some(2),
            "error: invalid value 'soon' for '--duration <DURATION>': expected a duration like 500ms, 3s or 1m\n\n\
             For more information, try '--help'.\n"
        )
    );
    let out = devnet_bench(&env, &["--rate", "0"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = devnet_bench(&env, &["-n", "5", "-z", "1s"]);
    assert_eq!(out.status.code(), Some(2), "-n and -z conflict");
    let out = devnet_bench(&env, &["--sign-only", "-n", "5", "--fail-if", "p99>1ms"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--sign-only measures signing rate only"), "{}", stderr(&out));
}

#[test]
fn a_faulty_node_shows_up_with_its_errors() {
    let net = Net::start(3, &[(1, Fault::Http5xx)]);
    let faulty = net.devnet.world.nodes[1].address.clone();
    let out = net.bench(&["-n", "60", "-c", "2", "--output", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    let nodes = v["nodes"].as_array().unwrap();
    let row = nodes.iter().find(|n| n["address"] == faulty.as_str()).unwrap_or_else(|| panic!("{v:#}"));
    assert!(u(&row["failures"]) >= 1, "{row}");
    assert_eq!(u(&row["successes"]), 0);
    assert_eq!(u(&row["errors"]["http_5xx"]), u(&row["failures"]));
    assert!(row["p50_ms"].is_null(), "no successful attempt to measure");
    assert_eq!(u(&v["errors"]["by_kind"]["http_5xx"]), u(&row["failures"]));
    let t = &v["totals"];
    assert_eq!(u(&t["requests"]), 60);
    assert_eq!(u(&t["requests"]), u(&t["successes"]) + u(&t["failures"]));
    assert_eq!(u(&t["failures"]), u(&row["failures"]), "only the faulty node failed");
    let attempted: u64 = nodes.iter().map(|n| u(&n["requests"])).sum();
    assert_eq!(attempted, 60);
    // Warm-up: 2 relays (-c 2) to each of the 3 nodes' URLs; the faulty node's 2 failed.
    assert_eq!((u(&v["config"]["warmup"]), u(&v["config"]["warmup_failed"])), (6, 2));

    // Pinned to it, every request fails there; the table names it with its error kind.
    let out = net.bench(&["-n", "5", "-c", "1", "--node", &faulty]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let row = format!("│ {} ", &faulty[..8]);
    let line = text.lines().find(|l| l.starts_with(&row)).unwrap_or_else(|| panic!("{text}"));
    assert!(line.contains("http_5xx 5") && line.contains("0.00%"), "{line}");
    assert!(text.contains("an HTTP 5xx answer"), "{text}");
}

#[test]
fn runs_merge_into_one_report_whose_counts_add_up() {
    let net = Net::start(3, &[(2, Fault::Error(90))]);
    for (file, n) in [("a.json", "12"), ("b.json", "18")] {
        let out = net.bench(&["-n", n, "-c", "2", "--output", "json"]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        net.env.write(file, &stdout(&out));
    }
    let read = |f: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(net.env.path(f)).unwrap()).unwrap()
    };
    let (a, b) = (read("a.json"), read("b.json"));
    let out =
        net.env.pgw().args(["bench", "merge", "a.json", "b.json", "--output", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let m = json(&out);
    assert_eq!(u(&m["runs"]), 2);
    for key in ["requests", "successes", "failures"] {
        assert_eq!(u(&m["totals"][key]), u(&a["totals"][key]) + u(&b["totals"][key]), "{key}");
    }
    assert_eq!(u(&m["totals"]["requests"]), 30);
    assert_eq!(u(&m["config"]["concurrency"]), 4);
    let duration = a["duration_s"].as_f64().unwrap().max(b["duration_s"].as_f64().unwrap());
    assert_eq!(m["duration_s"].as_f64().unwrap(), duration, "the longest run's window");
    let node_sum = |v: &Value| v["nodes"].as_array().unwrap().iter().map(|n| u(&n["requests"])).sum::<u64>();
    assert_eq!(node_sum(&m), node_sum(&a) + node_sum(&b));
    let code = |v: &Value| v["errors"]["by_code"]["90"].as_u64().unwrap_or(0);
    assert_eq!(code(&m), code(&a) + code(&b));
    let lat = |v: &Value, k: &str| v["latency_ms"][k].as_f64().unwrap();
    assert!(lat(&m, "min") == lat(&a, "min").min(lat(&b, "min")));
    assert!(lat(&m, "max") == lat(&a, "max").max(lat(&b, "max")));

    let out = net
        .env
        .pgw()
        .args(["bench", "merge", "a.json", "b.json", "--fail-if", "errors>=0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains(", 2 runs merged"), "{}", stdout(&out));
    assert!(stderr(&out).starts_with("pgw: --fail-if 'errors>=0' crossed: "), "{}", stderr(&out));

    net.env.write("bad.json", "{\"pgw_bench\": 1}");
    let out = net.env.pgw().args(["bench", "merge", "a.json", "bad.json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("pgw: error: bad.json: not a `pgw bench --output json` report"),
        "{}",
        stderr(&out)
    );
    let out = net.env.pgw().args(["bench", "merge", "a.json", "missing.json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let out = net.env.pgw().args(["bench", "merge"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "merge needs files");
}

#[test]
fn sign_only_measures_relay_and_bare_signing_rates_without_a_network() {
    let env = Env::new();
    let out = env
        .pgw()
        .args(["bench", "eth", ETH_BLOCK_NUMBER, "--sign-only", "-n", "300", "--output", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(
        keys(&v),
        [
            "pgw_bench",
            "mode",
            "config",
            "relays",
            "duration_s",
            "relays_per_s",
            "bare_signatures",
            "bare_signatures_per_s",
            "ratio"
        ]
    );
    assert_eq!((&v["mode"], u(&v["relays"])), (&"sign_only".into(), 300));
    assert!(u(&v["config"]["threads"]) >= 1);
    assert!(v["relays_per_s"].as_f64().unwrap() > 0.0 && v["bare_signatures_per_s"].as_f64().unwrap() > 0.0);
    assert!(v["ratio"].as_f64().unwrap() > 0.0);
    let out = env
        .pgw()
        .args(["bench", "eth", ETH_BLOCK_NUMBER, "--sign-only", "-n", "64", "--fail-if", "rps<1000000000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("% of the bare signing rate"), "{}", stdout(&out));
    assert!(stderr(&out).starts_with("pgw: --fail-if 'rps<1000000000' crossed: "), "{}", stderr(&out));
}

#[test]
fn no_session_exits_5_and_an_unknown_node_exits_2() {
    let net = Net::start(2, &[]);
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", l.local_addr().unwrap())
    };
    let out = net
        .env
        .pgw()
        .args([
            "bench",
            "eth",
            ETH_BLOCK_NUMBER,
            "--dispatcher",
            &closed,
            "--app-key-file",
            "kb.key",
            "-n",
            "3",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(stderr(&out).starts_with("pgw: error: no dispatcher gave a session"), "{}", stderr(&out));
    let out = net.bench(&["-n", "3", "--node", "http://127.0.0.1:1"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("is not in the current session"), "{}", stderr(&out));
}
