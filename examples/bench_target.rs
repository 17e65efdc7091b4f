//! A tiny loopback target for `scripts/bench-vs-oha.sh`: as fast as an HTTP server can answer,
//! so a load generator's own cost is what gets measured.
//!
//! - `POST /v1/client/dispatch`: a fixed session (height 1000, block height 1000) for whatever
//!   app and chain are asked, whose nodes (5 by default) all have this server as service URL;
//! - `POST /v1/query/nodeparams`: `session_block_frequency` 4;
//! - `POST /v1/client/relay`: reads the body and answers a fixed `{"response","signature"}`.
//!
//! The signature is not the servicer's over this relay's proof (that would cost an Ed25519
//! signature per relay on the target), so `pgw bench` must run with `--no-verify` against it.
//!
//! Run: `cargo run --release --example bench_target -- [--port PORT] [--nodes N]`; the first
//! line on stdout is the URL.

#![allow(clippy::disallowed_macros)] // a tool that reports its URL on stdout

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::post;
use base64::Engine as _;
use pgw::protocol::morse::dispatch::{DispatchResponse, SessionHeader, WireNode, WireSession};
use pgw::protocol::morse::keys::PrivateKey;
use serde_json::{Value, json};

const RESPONSE: &str = r#"{"id":1,"jsonrpc":"2.0","result":"0x10d4f"}"#;
const HEIGHT: i64 = 1000;

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

fn json_reply(body: String) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json; charset=utf-8")], body)
}

fn dispatch(url: &str, nodes: &[(String, String)], request: &[u8]) -> String {
    let request: Value = serde_json::from_slice(request).unwrap_or_default();
    let app = request.get("app_public_key").and_then(Value::as_str).unwrap_or_default();
    let chain = request.get("chain").and_then(Value::as_str).unwrap_or("0021");
    let chains = [chain.to_string()];
    let nodes = nodes
        .iter()
        .map(|(address, public_key)| WireNode::staked(address, public_key, url, &chains, "15000000000"))
        .collect();
    let header = SessionHeader { app_public_key: app.into(), chain: chain.into(), session_height: HEIGHT };
    let key = base64::engine::general_purpose::STANDARD.encode([7u8; 32]);
    let dispatch = DispatchResponse { block_height: HEIGHT, session: WireSession { header, key, nodes } };
    serde_json::to_string(&dispatch).unwrap_or_default()
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let port: u16 = arg("--port").and_then(|p| p.parse().ok()).unwrap_or(0);
    let count: usize = arg("--nodes").and_then(|n| n.parse().ok()).unwrap_or(5).clamp(1, 24);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let url = format!("http://{}", listener.local_addr()?);
    let keys: Vec<PrivateKey> = (0..count).map(|_| PrivateKey::generate()).collect();
    let nodes: Vec<(String, String)> =
        keys.iter().map(|k| (k.public_key().address().to_string(), k.public_key().to_hex())).collect();
    let signature = hex::encode(keys[0].sign(b"not this relay's proof"));
    let relay_answer: Arc<str> = json!({ "response": RESPONSE, "signature": signature }).to_string().into();
    let (dispatch_url, dispatch_nodes) = (url.clone(), Arc::new(nodes));

    let app = Router::new()
        .route(
            "/v1/client/dispatch",
            post(move |body: Bytes| {
                let (url, nodes) = (dispatch_url.clone(), dispatch_nodes.clone());
                async move { json_reply(dispatch(&url, &nodes, &body)) }
            }),
        )
        .route(
            "/v1/query/nodeparams",
            post(|| async { json_reply(r#"{"session_block_frequency":4}"#.to_string()) }),
        )
        .route(
            "/v1/client/relay",
            post(move |body: Bytes| {
                let answer = relay_answer.clone();
                async move {
                    drop(body);
                    ([(header::CONTENT_TYPE, "application/json; charset=utf-8")], answer.to_string())
                }
            }),
        );
    println!("{url}");
    axum::serve(listener, app).await
}
