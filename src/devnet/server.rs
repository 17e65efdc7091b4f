//! The devnet's HTTP side: one listener for the dispatcher (queries and dispatch) and one per
//! servicer node (relays), all on loopback. Routing and fault timing only; behaviour is in
//! service.rs.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, post};
use tokio::net::TcpListener;
use tokio::sync::watch;

use super::faults::Fault;
use super::service::{self, Reply};
use super::world::World;

fn respond(reply: Reply) -> Response {
    let status = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, [(header::CONTENT_TYPE, "application/json; charset=utf-8")], reply.body).into_response()
}

type Shared = Arc<World>;

/// The dispatcher: every query endpoint and `/v1/client/dispatch`.
pub fn dispatcher_router(world: Shared) -> Router {
    Router::new()
        .route("/v1", any(|| async { respond(service::version()) }))
        .route("/v1/query/height", post(|State(w): State<Shared>| async move { respond(service::query_height(&w)) }))
        .route(
            "/v1/client/dispatch",
            post(|State(w): State<Shared>, body: Bytes| async move { respond(service::dispatch(&w, &body)) }),
        )
        .route(
            "/v1/query/node",
            post(|State(w): State<Shared>, body: Bytes| async move { respond(service::query_node(&w, &body)) }),
        )
        .route(
            "/v1/query/nodes",
            post(|State(w): State<Shared>, body: Bytes| async move { respond(service::query_nodes(&w, &body)) }),
        )
        .route(
            "/v1/query/app",
            post(|State(w): State<Shared>, body: Bytes| async move { respond(service::query_app(&w, &body)) }),
        )
        .route(
            "/v1/query/apps",
            post(|State(w): State<Shared>, body: Bytes| async move { respond(service::query_apps(&w, &body)) }),
        )
        .route(
            "/v1/query/account",
            post(|State(w): State<Shared>, body: Bytes| async move { respond(service::query_account(&w, &body)) }),
        )
        .route(
            "/v1/query/balance",
            post(|State(w): State<Shared>, body: Bytes| async move { respond(service::query_balance(&w, &body)) }),
        )
        .route(
            "/v1/query/tx",
            post(|State(w): State<Shared>, body: Bytes| async move { respond(service::query_tx(&w, &body)) }),
        )
        .route(
            "/v1/client/rawtx",
            post(|State(w): State<Shared>, body: Bytes| async move { respond(service::raw_tx(&w, &body)) }),
        )
        .route("/v1/query/allparams", post(|State(w): State<Shared>| async move { respond(service::all_params(&w)) }))
        .route("/v1/query/appparams", post(|State(w): State<Shared>| async move { respond(service::app_params(&w)) }))
        .route("/v1/query/nodeparams", post(|State(w): State<Shared>| async move { respond(service::node_params(&w)) }))
        .route(
            "/v1/query/pocketparams",
            post(|State(w): State<Shared>| async move { respond(service::pocket_params(&w)) }),
        )
        .route(
            "/v1/query/supportedchains",
            post(|State(w): State<Shared>| async move { respond(service::supported(&w)) }),
        )
        .with_state(world)
}

#[derive(Clone)]
struct NodeState {
    world: Shared,
    index: usize,
    fault: Fault,
    client: reqwest::Client,
}

/// The HTTP client nodes use for `--upstream` chains (pocket-core's default rpc timeout: 30 s).
pub fn upstream_client() -> reqwest::Client {
    reqwest::Client::builder().timeout(Duration::from_secs(30)).build().unwrap_or_default()
}

/// Executes a relay against an upstream chain as pocket-core does: URL + "/" + trimmed path,
/// method (default POST), the relay's headers or `Content-Type: application/json`.
async fn forward(
    client: &reqwest::Client,
    url: &str,
    accepted: &service::Accepted,
) -> Result<String, String> {
    let payload = &accepted.relay.payload;
    let mut target = url.trim_matches('/').to_string();
    if !payload.path.is_empty() {
        target = format!("{target}/{}", payload.path.trim_matches('/'));
    }
    let method = if payload.method.is_empty() { "POST" } else { &payload.method };
    let method = reqwest::Method::from_bytes(method.as_bytes()).map_err(|e| e.to_string())?;
    let mut request = client.request(method, &target).body(payload.data.clone());
    match &payload.headers {
        Some(headers) if !headers.is_empty() => {
            for (name, value) in headers {
                request = request.header(name, value);
            }
        }
        _ => request = request.header(header::CONTENT_TYPE, "application/json"),
    }
    let response = request.send().await.map_err(|e| e.to_string())?;
    let body = crate::network::rpc::read_body(response, crate::limits::UPSTREAM_ANSWER)
        .await
        .map_err(|e| e.to_string())?;
    Ok(String::from_utf8_lossy(&body).into_owned())
}

async fn node_relay(State(s): State<NodeState>, body: Bytes) -> Response {
    match s.fault {
        Fault::Slow(delay) => tokio::time::sleep(delay).await,
        // Accept and never answer; the server's shutdown ends the wait.
        Fault::Timeout => std::future::pending::<()>().await,
        Fault::Http5xx => {
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                "<html><body><h1>Server Timeout Handling Request</h1></body></html>",
            )
                .into_response();
        }
        Fault::Garbage => return (StatusCode::OK, "<html>502 Bad Gateway</html>\u{0}\u{1}").into_response(),
        _ => {}
    }
    // Validation and signing are CPU work of ~0.1 ms: run inline.
    let accepted = match service::accept(&s.world, s.index, &body, s.fault) {
        Ok(accepted) => accepted,
        Err(reply) => return respond(reply),
    };
    let upstream = match s.world.upstreams.get(&accepted.relay.proof.blockchain) {
        Some(url) => match forward(&s.client, url, &accepted).await {
            Ok(body) => body,
            Err(e) => return respond(service::execution_failed(&s.world, &accepted, &e)),
        },
        None => service::builtin_answer(&accepted, s.fault),
    };
    respond(service::sign_answer(&s.world, s.index, &accepted, &upstream, s.fault))
}

/// A servicer node: `/v1/client/relay` (plus `/v1` and `/v1/query/height` for health checks).
pub fn node_router(world: Shared, index: usize, fault: Fault, client: reqwest::Client) -> Router {
    Router::new()
        .route("/v1/client/relay", post(node_relay))
        .route("/v1", any(|| async { respond(service::version()) }))
        .route(
            "/v1/query/height",
            post(|State(s): State<NodeState>| async move { respond(service::query_height(&s.world)) }),
        )
        .with_state(NodeState { world, index, fault, client })
}

/// Serves `router` on `listener` until `shutdown` turns true.
pub fn spawn(
    listener: TcpListener,
    router: Router,
    mut shutdown: watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let stop = async move {
            let _ = shutdown.wait_for(|stop| *stop).await;
        };
        let _ = axum::serve(listener, router).with_graceful_shutdown(stop).await;
    })
}

/// A port for a node that is "down": bound but never listening, so connections to it are
/// refused, and held while this lives, so no other socket (a later node, another devnet) can be
/// given the port meanwhile. (Releasing it at once let a test's down node answer as another.)
pub struct ClosedPort {
    _socket: tokio::net::TcpSocket,
    pub addr: SocketAddr,
}

/// Holds a closed loopback port on `ip` ([`ClosedPort`]).
pub fn closed_port(ip: std::net::IpAddr) -> std::io::Result<ClosedPort> {
    let socket =
        if ip.is_ipv4() { tokio::net::TcpSocket::new_v4()? } else { tokio::net::TcpSocket::new_v6()? };
    socket.bind(SocketAddr::new(ip, 0))?;
    let addr = socket.local_addr()?;
    Ok(ClosedPort { _socket: socket, addr })
}

/// The ports of a devnet's nodes, in node order: a listener for each, except for nodes whose
/// fault is `down`, which get a [`ClosedPort`] (kept here as long as the devnet runs).
pub struct NodePorts {
    pub listeners: Vec<Option<TcpListener>>,
    pub addrs: Vec<SocketAddr>,
    pub closed: Vec<ClosedPort>,
}

/// Binds one loopback port per node (`count` of them) on `ip` ([`NodePorts`]).
pub async fn bind_nodes(
    ip: std::net::IpAddr,
    count: usize,
    faults: &std::collections::HashMap<usize, super::faults::Fault>,
) -> std::io::Result<NodePorts> {
    let (mut listeners, mut addrs, mut closed) =
        (Vec::with_capacity(count), Vec::with_capacity(count), Vec::new());
    for index in 0..count {
        if faults.get(&index).copied().unwrap_or_default() == super::faults::Fault::Down {
            let port = closed_port(ip)?;
            listeners.push(None);
            addrs.push(port.addr);
            closed.push(port);
        } else {
            let listener = TcpListener::bind((ip, 0)).await?;
            addrs.push(listener.local_addr()?);
            listeners.push(Some(listener));
        }
    }
    Ok(NodePorts { listeners, addrs, closed })
}

/// How long graceful shutdown may take before connections are dropped.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(2);
