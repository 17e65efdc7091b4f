//! pgw as an attacker or a careless user would try it (issue 11): oversized and endless inputs,
//! junk and hostile servers (a loopback server below answers garbage, hangs, sends endless or
//! huge bodies, or terminal escapes), keys echoed in errors, concurrent keystore writers and
//! kill -9 during writes. Every case asserts the exact message and exit code, and is bounded in
//! time (client timeouts of a few seconds; the server stops writing when the client leaves).

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common::*;

const PASS: &str = "correct horse battery staple";
const RELAY_FLAGS: [&str; 4] = ["--app-key-file", "kb.key", "--connect-timeout", "3s"];

// ---------------------------------------------------------------------------------------------
// A hostile HTTP server on 127.0.0.1.

/// What the server answers on one path.
#[derive(Clone)]
enum Reply {
    /// An HTTP status with a body (Content-Type: application/json).
    Body(u16, String),
    /// Reads the request and never answers (for at most 20 s; clients time out first).
    Hang,
    /// Declares `Content-Length: N` and sends zeros until the client goes away.
    Huge(u64),
    /// A chunked body of zeros that never ends, until the client goes away.
    Endless,
}

#[derive(Clone)]
struct Hostile {
    url: String,
    port: u16,
    routes: Arc<Mutex<HashMap<String, Reply>>>,
    hits: Arc<Mutex<HashMap<String, usize>>>,
}

impl Hostile {
    fn start(routes: &[(&str, Reply)]) -> Hostile {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = Hostile {
            url: format!("http://127.0.0.1:{port}"),
            port,
            routes: Arc::new(Mutex::new(routes.iter().map(|(p, r)| (p.to_string(), r.clone())).collect())),
            hits: Arc::default(),
        };
        let shared = server.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let server = shared.clone();
                std::thread::spawn(move || server.serve(stream));
            }
        });
        server
    }

    fn set(&self, path: &str, reply: Reply) {
        self.routes.lock().unwrap().insert(path.to_string(), reply);
    }

    fn hits(&self, path: &str) -> usize {
        self.hits.lock().unwrap().get(path).copied().unwrap_or(0)
    }

    /// One request per connection, then the connection is closed.
    fn serve(&self, mut stream: TcpStream) {
        stream.set_read_timeout(Some(Duration::from_secs(20))).ok();
        let Some((path, _body)) = read_request(&mut stream) else { return };
        *self.hits.lock().unwrap().entry(path.clone()).or_default() += 1;
        let reply = self.routes.lock().unwrap().get(&path).cloned();
        let zeros = [0u8; 64 * 1024];
        match reply {
            None => {
                let _ = stream.write_all(response(404, "not found").as_bytes());
            }
            Some(Reply::Body(status, body)) => {
                let _ = stream.write_all(response(status, &body).as_bytes());
            }
            Some(Reply::Hang) => std::thread::sleep(Duration::from_secs(20)),
            Some(Reply::Huge(length)) => {
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n"
                );
                let mut sent = 0u64;
                if stream.write_all(head.as_bytes()).is_ok() {
                    while sent < length && stream.write_all(&zeros).is_ok() {
                        sent += zeros.len() as u64;
                    }
                }
            }
            Some(Reply::Endless) => {
                let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
                let chunk = [format!("{:x}\r\n", zeros.len()).into_bytes(), zeros.to_vec(), b"\r\n".to_vec()]
                    .concat();
                // Bounded: 4 GiB at most, far past every limit.
                if stream.write_all(head.as_bytes()).is_ok() {
                    for _ in 0..65_536 {
                        if stream.write_all(&chunk).is_err() {
                            break;
                        }
                    }
                }
            }
        }
    }
}

fn response(status: u16, body: &str) -> String {
    format!(
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

/// The request's path and body (up to 64 MiB).
fn read_request(stream: &mut TcpStream) -> Option<(String, Vec<u8>)> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 4096];
    let head_end = loop {
        let n = stream.read(&mut byte).ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&byte[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let path = head.split_whitespace().nth(1)?.to_string();
    let length: usize = head
        .lines()
        .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().to_string()))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
        .min(64 << 20);
    while buf.len() < head_end + length {
        let n = stream.read(&mut byte).ok()?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&byte[..n]);
    }
    Some((path, buf[head_end..].to_vec()))
}

/// A node of a dispatch answer.
fn node_json(address: &str, service_url: &str) -> serde_json::Value {
    serde_json::json!({
        "address": address, "chains": ["0021"], "jailed": false, "public_key": K_A_PUB,
        "service_url": service_url, "status": 2, "tokens": "15000000000",
    })
}

/// A dispatch answer at height 102 whose nodes are `nodes`.
fn dispatch_json(nodes: Vec<serde_json::Value>) -> String {
    serde_json::json!({
        "block_height": 102,
        "session": {
            "header": { "app_public_key": K_B_PUB, "chain": "0021", "session_height": 101 },
            "key": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            "nodes": nodes,
        }
    })
    .to_string()
}

const NODE_ADDRESS: &str = "b50a6e20d3733fb89631ae32385b3c85c533c560";

/// A dispatcher whose one session node is the same server, answering relays with `relay`.
fn network(relay: Reply) -> Hostile {
    let server = Hostile::start(&[
        ("/v1/query/nodeparams", Reply::Body(200, r#"{"session_block_frequency":4}"#.into())),
        ("/v1/client/relay", relay),
    ]);
    server.set(
        "/v1/client/dispatch",
        Reply::Body(200, dispatch_json(vec![node_json(NODE_ADDRESS, &server.url)])),
    );
    server
}

fn relay(env: &Env, server: &Hostile, extra: &[&str]) -> std::process::Output {
    env.pgw()
        .args(["relay", "eth", ETH_BLOCK_NUMBER, "--dispatcher", &server.url])
        .args(RELAY_FLAGS)
        .args(if extra.contains(&"--timeout") { &[][..] } else { &["--timeout", "3s"][..] })
        .args(extra)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap()
}

fn node_label(server: &Hostile) -> String {
    format!("node b50a6e20 ({})", server.url)
}

// ---------------------------------------------------------------------------------------------
// Defect 2: answers from the network are read within a limit.

#[test]
fn a_node_declaring_1_5_gb_is_refused_before_its_body() {
    let env = Env::new();
    let server = network(Reply::Huge(1_500_000_000));
    let out = relay(&env, &server, &[]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: error: the relay failed on 1 attempt; last: {}: HTTP 200 with a body of 1500000000 bytes (Content-Length): larger than pgw's 32 MiB limit for a node's relay answer. No usable node is left in this session (failed nodes are avoided until it ends).\n",
            node_label(&server)
        )
    );
}

#[test]
fn an_endless_node_answer_stops_at_the_limit() {
    let env = Env::new();
    let server = network(Reply::Endless);
    let out = relay(&env, &server, &[]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: error: the relay failed on 1 attempt; last: {}: HTTP 200 with a body of more than 32 MiB: larger than pgw's 32 MiB limit for a node's relay answer. No usable node is left in this session (failed nodes are avoided until it ends).\n",
            node_label(&server)
        )
    );
}

#[test]
fn a_dispatcher_sending_2_gb_is_refused() {
    let env = Env::new();
    let server = Hostile::start(&[("/v1/client/dispatch", Reply::Huge(2_000_000_000))]);
    let out =
        env.pgw().args(["dispatch", "eth", "--dispatcher", &server.url]).args(RELAY_FLAGS).output().unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: error: no dispatcher gave a session ({}: HTTP 200 with a body of 2000000000 bytes (Content-Length): larger than pgw's 4 MiB limit for a dispatcher's answer); check the URLs with `pgw config show` and that the network is up\n",
            server.url
        )
    );
}

#[test]
fn hanging_and_garbage_nodes_fail_in_bounded_time() {
    let env = Env::new();
    let server = network(Reply::Hang);
    let start = Instant::now();
    let out = relay(&env, &server, &["--timeout", "1s"]);
    assert!(start.elapsed() < Duration::from_secs(15));
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: error: the relay failed on 1 attempt; last: {}: no answer before the timeout. No usable node is left in this session (failed nodes are avoided until it ends).\n",
            node_label(&server)
        )
    );
    server.set("/v1/client/relay", Reply::Body(200, "<html>\u{0}\u{1b}[2J".into()));
    let env = Env::new();
    let out = relay(&env, &server, &[]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: error: the relay failed on 1 attempt; last: {}: HTTP 200 but not a relay answer {{response, signature}}: \"<html>  [2J\". No usable node is left in this session (failed nodes are avoided until it ends).\n",
            node_label(&server)
        )
    );
}

// ---------------------------------------------------------------------------------------------
// Defect 3: files and stdin are read within a limit.

#[test]
fn dev_zero_and_endless_stdin_are_refused_at_the_limit() {
    let env = Env::new();
    let cases: [(&[&str], &str); 4] = [
        (
            &["aat", "verify", "/dev/zero"],
            "/dev/zero: cannot read: larger than pgw's 64 KiB limit for AAT files",
        ),
        (
            &["aat", "gen", "--app-key-file", "/dev/zero"],
            "/dev/zero: cannot read: larger than pgw's 64 KiB limit for key and passphrase files",
        ),
        (
            &["proof", "verify", "/dev/zero"],
            "/dev/zero: cannot read: larger than pgw's 16 MiB limit for relay data and relay bodies",
        ),
        (
            &[
                "proof",
                "sign",
                "eth",
                "@/dev/zero",
                "--servicer",
                K_A_PUB,
                "--session-height",
                "5",
                "--app-key-file",
                "kb.key",
            ],
            "/dev/zero: cannot read: larger than pgw's 16 MiB limit for relay data and relay bodies",
        ),
    ];
    for (args, message) in cases {
        let out = env.pgw().args(args).timeout(Duration::from_secs(30)).output().unwrap();
        assert_eq!(
            (out.status.code(), stderr(&out)),
            (Some(3), format!("pgw: error: {message}\n")),
            "{args:?}"
        );
    }
    // An endless pipe on stdin.
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("pgw"))
        .current_dir(env.dir.path())
        .env("PGW_HOME", env.path("home"))
        .args(["proof", "verify", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = vec![b' '; 1 << 20];
        // Stops when pgw closes the pipe (bounded at 64 MiB).
        for _ in 0..64 {
            if stdin.write_all(&chunk).is_err() {
                break;
            }
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        stderr(&out),
        "pgw: error: <stdin>: cannot read: larger than pgw's 16 MiB limit for relay data and relay bodies\n"
    );
}

#[test]
fn a_config_linked_to_dev_zero_is_refused() {
    let env = Env::new();
    std::fs::create_dir_all(env.path("home")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", env.path("home/config.toml")).unwrap();
    let out = env.pgw().args(["config", "show"]).timeout(Duration::from_secs(30)).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: error: {}: cannot read: larger than pgw's 1 MiB limit for config.toml\n",
            env.path("home/config.toml").display()
        )
    );
}

#[test]
fn a_key_file_linked_to_dev_zero_is_reported_not_read() {
    let env = Env::new();
    env.pgw().args(["keys", "list", "-q"]).assert().success();
    std::os::unix::fs::symlink("/dev/zero", env.path("home/keys/zero.json")).unwrap();
    let out = env.pgw().args(["keys", "list"]).timeout(Duration::from_secs(30)).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: warning: {}: cannot read: larger than pgw's 64 KiB limit for key and passphrase files\n",
            env.path("home/keys/zero.json").display()
        )
    );
}

// ---------------------------------------------------------------------------------------------
// Defect 4 and the 100 KB message: no key material and no endless lines in errors.

#[test]
fn near_keys_are_never_echoed_in_errors() {
    let env = Env::new();
    let non_hex = format!("{}zz", &K_B[..126]);
    let long = format!("{K_B}ab");
    for (value, shown) in [
        (&K_B[..127], "(a 127-character value that looks like key material, not shown)"),
        (long.as_str(), "(a 130-character value that looks like key material, not shown)"),
        (non_hex.as_str(), "(a 128-character value that looks like key material, not shown)"),
    ] {
        let out = env.pgw().args(["aat", "gen", "--app-key", value]).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            stderr(&out),
            format!(
                "pgw: error: invalid key name {shown}: a name is 1 to 64 letters, digits, '.', '_' or '-', not starting with '.' or '-'\n"
            )
        );
        assert!(!stderr(&out).contains(&K_B[..32]));
    }
    // A seed-length value with a typo is a valid name: "no key named …" must not echo it either.
    let seed_typo = format!("{}x", &K_B[..63]);
    let out = env.pgw().args(["aat", "gen", "--app-key", &seed_typo]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: error: no key named (a 64-character value that looks like key material, not shown) in {}: `pgw keys list` shows the keys\n",
            env.path("home/keys").display()
        )
    );
}

#[test]
fn a_100_kb_message_from_a_dispatcher_is_cut() {
    let env = Env::new();
    let message = "m".repeat(100_000);
    let body = serde_json::json!({ "code": 400, "message": message }).to_string();
    let server = Hostile::start(&[("/v1/client/dispatch", Reply::Body(400, body))]);
    let out =
        env.pgw().args(["dispatch", "eth", "--dispatcher", &server.url]).args(RELAY_FLAGS).output().unwrap();
    assert_eq!(out.status.code(), Some(5));
    let line = stderr(&out);
    let head = format!("pgw: error: dispatcher {} refused the dispatch: ", server.url);
    assert!(line.starts_with(&head), "{line}");
    let shown = 2000 - (head.len() - "pgw: error: ".len());
    assert_eq!(line, format!("{head}{}… ({} more characters)\n", "m".repeat(shown), 100_000 - shown));
}

#[test]
fn credentials_in_a_dispatcher_url_are_never_printed() {
    let env = Env::new();
    let server = Hostile::start(&[("/v1/client/dispatch", Reply::Body(503, "down".into()))]);
    let url = format!("http://user:s3cret@127.0.0.1:{}", server.port);
    let out = env.pgw().args(["dispatch", "eth", "--dispatcher", &url]).args(RELAY_FLAGS).output().unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: error: no dispatcher gave a session (http://***@127.0.0.1:{}: HTTP 503: \"down\"); check the URLs with `pgw config show` and that the network is up\n",
            server.port
        )
    );
    assert_eq!(server.hits("/v1/client/dispatch"), 1);
}

// ---------------------------------------------------------------------------------------------
// Defect 7: terminal escapes from the network never reach the screen raw.

const ESCAPES: &str = "\u{1b}[2J\u{1b}[31mPWNED\u{7}\u{0}";

#[test]
fn escapes_in_a_service_url_are_shown_escaped() {
    let env = Env::new();
    let server = network(Reply::Body(503, "down".into()));
    let evil = format!("{}/{ESCAPES}", server.url);
    server.set("/v1/client/dispatch", Reply::Body(200, dispatch_json(vec![node_json(NODE_ADDRESS, &evil)])));
    let shown = format!("{}/\\u{{1b}}[2J\\u{{1b}}[31mPWNED\\u{{7}}\\0", server.url);

    let out =
        env.pgw().args(["dispatch", "eth", "--dispatcher", &server.url]).args(RELAY_FLAGS).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(table.contains(&shown), "{table}");
    assert!(!table.contains('\u{1b}') && !table.contains('\u{7}') && !table.contains('\u{0}'));

    let out = relay(&env, &server, &["-v"]);
    let lines = stderr(&out);
    assert!(lines.contains(&shown), "{lines}");
    assert!(!lines.contains('\u{1b}') && !lines.contains('\u{7}') && !lines.contains('\u{0}'), "{lines}");
}

// ---------------------------------------------------------------------------------------------
// Defect 6 and the 413 advice: a request too large for the node is the client's fault.

#[test]
fn a_413_from_the_node_is_not_retried_nor_advised_as_retry() {
    let env = Env::new();
    let server = network(Reply::Body(413, "Failed to buffer the request body: length limit exceeded".into()));
    let second = node_json("c50a6e20d3733fb89631ae32385b3c85c533c560", &server.url);
    server.set(
        "/v1/client/dispatch",
        Reply::Body(200, dispatch_json(vec![node_json(NODE_ADDRESS, &server.url), second])),
    );
    let out = relay(&env, &server, &[]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    let label =
        stderr(&out).split("node ").nth(1).map(|s| s.split(" refused").next().unwrap().to_string()).unwrap();
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: error: node {label} refused the relay: HTTP 413: \"Failed to buffer the request body: length limit exceeded\". The node refused the request itself (its size or shape), so every node would: send a smaller or well-formed request; retrying does not help.\n"
        )
    );
    assert_eq!(server.hits("/v1/client/relay"), 1, "one relay, not three");
}

// ---------------------------------------------------------------------------------------------
// Defect 8: nested pocket-core errors are one line.

#[test]
fn an_aat_with_bad_hex_is_a_one_line_error() {
    let env = Env::new();
    let aat = serde_json::json!({
        "version": "0.0.1", "app_pub_key": "zz", "client_pub_key": K_B_PUB, "signature": "00",
    });
    env.write("bad-aat.json", &aat.to_string());
    let out = env.sign_vector(&["--aat", "bad-aat.json", "--client-key-file", "kb.key"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: bad-aat.json: the AAT is invalid (code 6 (pocketcore): error decoding the string into hex bytes); check it with `pgw aat verify`\n"
    );
}

// ---------------------------------------------------------------------------------------------
// Smaller items.

#[test]
fn requests_that_would_change_meaning_are_refused_before_signing() {
    let env = Env::new();
    let out =
        env.sign_vector(&["--app-key-file", "kb.key", "-H", "X-A: b\r\nX-Injected: 1"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: -H \"X-A: b\\r\\nX-Injected: 1\": a header value cannot hold line breaks or other control characters\n"
    );
    let out = env.sign_vector(&["--app-key-file", "kb.key", "--method", "GET /admin"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: --method \"GET /admin\": a method is one word of letters, digits or !#$%&'*+-.^_`|~ (e.g. GET, POST)\n"
    );
    let out = env
        .pgw()
        .args(["proof", "sign", "eth", "x", "--servicer", K_A_PUB, "--session-height", "5"])
        .args(["--block-height", "-5", "--app-key-file", "kb.key"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with(
            "error: invalid value '-5' for '--block-height <N>': the block height must be a whole number of at least 1 (nodes answer code 60 otherwise)\n"
        ),
        "{}",
        stderr(&out)
    );
    let out = env.pgw().args(["devnet", "--start-height", "9223372036854775000"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with(
            "error: invalid value '9223372036854775000' for '--start-height <N>': 9223372036854775000 is not in 1..=1000000000000000\n"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn duplicate_session_nodes_are_cached_once() {
    let env = Env::new();
    let server = network(Reply::Body(503, "down".into()));
    let nodes = vec![node_json(NODE_ADDRESS, &server.url); 500];
    server.set("/v1/client/dispatch", Reply::Body(200, dispatch_json(nodes)));
    let out = env
        .pgw()
        .args(["dispatch", "eth", "--dispatcher", &server.url, "--output", "json"])
        .args(RELAY_FLAGS)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["nodes"].as_array().unwrap().len(), 1, "{report}");
}

#[test]
fn empty_new_passphrases_are_refused() {
    let env = Env::new();
    env.write("empty.txt", "\n");
    let out = env.pgw().args(["keys", "new", "k", "--passphrase-file", "empty.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: the new passphrase from empty.txt is empty, which would leave the key unprotected: nothing was changed\n"
    );
    let out = env
        .pgw()
        .env("PGW_PASSPHRASE", "")
        .args(["keys", "import", "k", "--raw-file", "kb.key"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "pgw: error: the new passphrase from PGW_PASSPHRASE is empty, which would leave the key unprotected: nothing was changed\n"
    );
    assert!(!env.path("home/keys/k.json").exists());
}

#[test]
fn a_key_cannot_be_named_like_an_address() {
    let env = Env::new();
    let import = |name: &str, file: &str| {
        env.pgw()
            .env("PGW_PASSPHRASE", PASS)
            .args(["keys", "import", name, "--raw-file", file, "-q"])
            .output()
            .unwrap()
    };
    assert!(import("b", "kb.key").status.success());
    // K_B's address as the name of K_A.
    let kb_address = "9d6ad1ee870d32d12cf0cff9fb0fbbfedb2ee71f";
    let out = import(kb_address, "ka.key");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: error: invalid key name \"{kb_address}\": it is an address (40 hex characters), and a key found by that address could then be another key: pick a name\n"
        )
    );
    let out =
        env.pgw().args(["keys", "rename", "b", "0000000000000000000000000000000000000000"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn loose_key_modes_are_warned_about() {
    let env = Env::new();
    env.pgw()
        .env("PGW_PASSPHRASE", PASS)
        .args(["keys", "import", "b", "--raw-file", "kb.key", "-q"])
        .assert()
        .success();
    let dir = env.path("home/keys");
    let file = env.path("home/keys/b.json");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = env.pgw().env("PGW_PASSPHRASE", PASS).args(["keys", "sign", "b", "00"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let (dir, file) = (dir.display(), file.display());
    assert_eq!(
        stderr(&out),
        format!(
            "pgw: warning: {dir}: the keys directory has mode 0755, so other users can list (or change) its keys: run `chmod 700 {dir}`\npgw: warning: {file}: key file has mode 0644, so other users can read (or replace) the encrypted key: run `chmod 600 {file}`\n"
        )
    );
}

// ---------------------------------------------------------------------------------------------
// Defect 1: concurrent keystore writers and kill -9.

fn spawn(env: &Env, args: &[&str], passphrase: &str, new_passphrase: Option<&str>) -> Child {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("pgw"));
    cmd.current_dir(env.dir.path())
        .env("PGW_HOME", env.path("home"))
        .env("PGW_PASSPHRASE", passphrase)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(new) = new_passphrase {
        cmd.env("PGW_NEW_PASSPHRASE", new);
    }
    cmd.spawn().unwrap()
}

fn address_of(env: &Env, name: &str) -> String {
    let out = env.pgw().args(["keys", "show", name, "--output", "json"]).output().unwrap();
    let info: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    info["address"].as_str().unwrap().to_string()
}

fn unlocks(env: &Env, name: &str, passphrase: &str) -> bool {
    env.pgw()
        .env("PGW_PASSPHRASE", passphrase)
        .args(["keys", "sign", name, "00", "-q"])
        .output()
        .unwrap()
        .status
        .success()
}

#[test]
fn passwd_racing_new_force_never_loses_the_new_key() {
    let changed = |env: &Env| {
        format!(
            "pgw: error: {}: the key file changed while its passphrase was being changed (another pgw process wrote it): nothing was written; check it with `pgw keys show` and run the command again\n",
            env.path("home/keys/k.json").display()
        )
    };
    for (trial, writer) in
        [["keys", "new", "k", "--force"], ["keys", "import", "k", "--force"]].iter().enumerate()
    {
        for delay_ms in [0u64, 40, 120] {
            let env = Env::new();
            env.pgw()
                .env("PGW_PASSPHRASE", "old")
                .args(["keys", "import", "k", "--raw-file", "ka.key", "-q"])
                .assert()
                .success();
            let passwd = spawn(&env, &["keys", "passwd", "k", "--output", "json"], "old", Some("new"));
            std::thread::sleep(Duration::from_millis(delay_ms));
            let mut args = writer.to_vec();
            if trial == 1 {
                args.extend(["--raw-file", "kb.key"]);
            }
            args.extend(["--output", "json"]);
            let other = spawn(&env, &args, "other", None);
            let (passwd, other) = (passwd.wait_with_output().unwrap(), other.wait_with_output().unwrap());
            assert!(other.status.success(), "{}", stderr(&other));
            let written: serde_json::Value = serde_json::from_slice(&other.stdout).unwrap();
            // The forced write is on disk, under its own passphrase: no key was lost.
            assert_eq!(
                address_of(&env, "k"),
                written["address"].as_str().unwrap(),
                "{writer:?} +{delay_ms} ms"
            );
            assert!(unlocks(&env, "k", "other"));
            match passwd.status.code() {
                // passwd finished first; the forced write replaced its result, as --force says.
                Some(0) => {}
                Some(3) => assert_eq!(stderr(&passwd), changed(&env)),
                // The forced write came before passwd read the file under the old passphrase, or
                // between passwd finding the key and reading it (it names both keys).
                Some(4) => {
                    let e = stderr(&passwd);
                    assert!(
                        e.contains("wrong passphrase")
                            || e.contains("the file changed while pgw was using it"),
                        "{e}"
                    )
                }
                other => panic!("passwd exited {other:?}: {}", stderr(&passwd)),
            }
        }
    }
}

#[test]
fn eight_concurrent_passwds_one_wins_and_the_rest_say_so() {
    let env = Env::new();
    env.pgw()
        .env("PGW_PASSPHRASE", "old")
        .args(["keys", "import", "k", "--raw-file", "ka.key", "-q"])
        .assert()
        .success();
    let children: Vec<(String, Child)> = (0..8)
        .map(|i| {
            let new = format!("new-{i}");
            let child = spawn(&env, &["keys", "passwd", "k", "-q"], "old", Some(&new));
            (new, child)
        })
        .collect();
    let mut winners = Vec::new();
    for (new, child) in children {
        let out = child.wait_with_output().unwrap();
        match out.status.code() {
            Some(0) => winners.push(new),
            Some(3) => {
                assert!(stderr(&out).contains("the key file changed while its passphrase was being changed"))
            }
            Some(4) => assert!(stderr(&out).contains("wrong passphrase")),
            other => panic!("passwd exited {other:?}: {}", stderr(&out)),
        }
    }
    // Every success is true: the key unlocks with the one passphrase that was reported set.
    assert_eq!(winners.len(), 1, "{winners:?}");
    assert!(unlocks(&env, "k", &winners[0]));
    assert!(!unlocks(&env, "k", "old"));
    assert_eq!(address_of(&env, "k"), "b50a6e20d3733fb89631ae32385b3c85c533c560");
}

#[test]
fn eight_concurrent_writers_of_every_kind_lose_no_key() {
    let env = Env::new();
    env.pgw()
        .env("PGW_PASSPHRASE", PASS)
        .args(["keys", "import", "p", "--raw-file", "ka.key", "-q"])
        .assert()
        .success();
    env.pgw()
        .env("PGW_PASSPHRASE", PASS)
        .args(["keys", "import", "r", "--raw-file", "kb.key", "-q"])
        .assert()
        .success();
    let mut children = Vec::new();
    for i in 0..5 {
        children.push(spawn(&env, &["keys", "new", &format!("n{i}"), "-q"], PASS, None));
    }
    children.push(spawn(&env, &["keys", "import", "i", "--raw-file", "kb.key", "-q"], PASS, None));
    children.push(spawn(&env, &["keys", "rename", "r", "r2", "-q"], PASS, None));
    children.push(spawn(&env, &["keys", "passwd", "p", "-q"], PASS, Some("p-new")));
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let out = env.pgw().args(["keys", "list", "--output", "json"]).output().unwrap();
    let names: Vec<String> = serde_json::from_slice::<serde_json::Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["i", "n0", "n1", "n2", "n3", "n4", "p", "r2"]);
    assert!(unlocks(&env, "p", "p-new"));
}

#[test]
fn kill_9_during_passwd_leaves_the_key_whole() {
    let env = Env::new();
    env.pgw()
        .env("PGW_PASSPHRASE", "old")
        .args(["keys", "import", "k", "--raw-file", "ka.key", "-q"])
        .assert()
        .success();
    let mut current = "old".to_string();
    for (i, delay_ms) in [0u64, 30, 60, 100, 150, 200, 300].into_iter().enumerate() {
        let new = format!("new-{i}");
        let mut child = spawn(&env, &["keys", "passwd", "k", "-q"], &current, Some(&new));
        std::thread::sleep(Duration::from_millis(delay_ms));
        child.kill().unwrap(); // SIGKILL
        let status = child.wait().unwrap();
        // The key unlocks with exactly one of the two passphrases (the change happened or not).
        let (old_ok, new_ok) = (unlocks(&env, "k", &current), unlocks(&env, "k", &new));
        assert!(old_ok ^ new_ok, "+{delay_ms} ms ({status}): old {old_ok}, new {new_ok}");
        if new_ok {
            current = new;
        }
        assert_eq!(address_of(&env, "k"), "b50a6e20d3733fb89631ae32385b3c85c533c560");
    }
    let out = env.pgw().args(["keys", "list"]).output().unwrap();
    assert_eq!(stderr(&out), "", "no corrupt or leftover files");
}

// ---------------------------------------------------------------------------------------------
// Defect 5: back-off when no session can be had (the Sessions of relay, bench and serve).

fn sessions(server: &Hostile) -> Arc<pgw::network::engine::Sessions> {
    use pgw::network::cache::MemoryStore;
    Arc::new(pgw::network::engine::Sessions {
        rpc: pgw::network::rpc::Rpc::new(Duration::from_secs(1), Duration::from_secs(2)).expect("client"),
        source: pgw::network::morse::Dispatchers::shared(),
        dispatchers: vec![server.url.clone()],
        store: Arc::new(MemoryStore::default()),
        block_time: None,
        observer: None,
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_1_s_outage_costs_a_handful_of_dispatches_not_thousands() {
    let server = network(Reply::Body(503, "down".into()));
    server.set("/v1/client/dispatch", Reply::Body(503, "<html>Server Timeout</html>".into()));
    let sessions = sessions(&server);
    let deadline = Instant::now() + Duration::from_secs(1);
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let sessions = sessions.clone();
        tasks.push(tokio::spawn(async move {
            let mut calls = 0usize;
            while Instant::now() < deadline {
                let error = sessions.get(K_B_PUB, "0021", false).await.unwrap_err();
                assert!(matches!(error, pgw::network::engine::SessionError::Unavailable(_)), "{error:?}");
                calls += 1;
            }
            calls
        }));
    }
    let mut calls = 0;
    for task in tasks {
        calls += task.await.unwrap();
    }
    let dispatches = server.hits("/v1/client/dispatch");
    // The 8 first calls race on a healthy key; then one probe per window (50-100 ms, then
    // doubling): at most 5 more within the second.
    assert!(dispatches <= 13, "{dispatches} dispatches for {calls} calls");
    assert!(calls >= dispatches);

    // The network comes back: the next probe's session serves every caller waiting.
    let node = node_json(NODE_ADDRESS, &server.url);
    server.set("/v1/client/dispatch", Reply::Body(200, dispatch_json(vec![node])));
    let before = server.hits("/v1/client/dispatch");
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let sessions = sessions.clone();
        tasks.push(tokio::spawn(async move {
            sessions.get(K_B_PUB, "0021", false).await.map(|(e, _)| e.dispatch.session.session_height)
        }));
    }
    for task in tasks {
        assert_eq!(task.await.unwrap(), Ok(101));
    }
    assert_eq!(server.hits("/v1/client/dispatch") - before, 1, "one probe for 8 waiting callers");
}

// ---------------------------------------------------------------------------------------------
// Defect 6: requests too large for the nodes cannot push them out of serve's rotation.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_requests_do_not_time_out_serves_nodes() {
    use pgw::devnet::{Config, Devnet};
    use pgw::protocol::morse::{aat::Aat, keys::PrivateKey, relay::RelaySigner};
    let devnet = Devnet::start(Config {
        nodes: 5,
        params: pgw::devnet::world::Params { block_time: Duration::ZERO, ..Default::default() },
        ..Config::default()
    })
    .await
    .unwrap();
    let key = PrivateKey::from_hex(K_B).unwrap();
    let signer = pgw::network::morse::Relays::shared(
        RelaySigner::new(Aat::sign(&key, &key.public_key()), key).unwrap(),
    );
    let rpc = pgw::network::rpc::Rpc::new(Duration::from_secs(1), Duration::from_secs(3)).expect("client");
    let mut config = pgw::serve::Config::new(vec![devnet.dispatcher_url.clone()], rpc, signer);
    config.listen = "127.0.0.1:0".parse().unwrap();
    config.chains = vec!["eth".into()];
    config.http.max_body = 4 << 20;
    let gateway = pgw::serve::start(config).await.unwrap_or_else(|e| panic!("{e}"));
    let client = reqwest::Client::new();
    // 2.5 MiB: under --max-body, over what the devnet's nodes accept (they answer 413).
    let big = format!(
        r#"{{"jsonrpc":"2.0","method":"eth_blockNumber","params":["{}"],"id":1}}"#,
        "a".repeat(5 << 19)
    );
    for _ in 0..7 {
        let response = client.post(format!("{}/v1/eth", gateway.url)).body(big.clone()).send().await.unwrap();
        let text = response.text().await.unwrap();
        assert!(text.contains("HTTP 413") && text.contains("retrying does not help"), "{text}");
    }
    let qos: serde_json::Value = serde_json::from_str(
        &client.get(format!("{}/qos", gateway.url)).send().await.unwrap().text().await.unwrap(),
    )
    .unwrap();
    let nodes = qos["chains"][0]["nodes"].as_array().unwrap();
    assert_eq!(nodes.len(), 5);
    for node in nodes {
        assert!(node["timed_out_for_ms"].is_null(), "{node}");
    }
    // Every node still answers a normal request.
    let ok = client.post(format!("{}/v1/eth", gateway.url)).body(ETH_BLOCK_NUMBER).send().await.unwrap();
    assert_eq!(ok.status().as_u16(), 200);
    assert!(gateway.shutdown().await);
    devnet.shutdown().await;
}
