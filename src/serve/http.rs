//! Request handling: authentication, body limits and timeouts, JSON-RPC and REST relays through
//! the shared engine, relay failures as JSON-RPC errors (or 502/504 for REST), `/health`, `/qos`
//! and `/metrics`. Every failure is an answer; nothing here panics on input.

use std::sync::Arc;
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Body, Bytes};
use hyper::header::{self, HeaderMap, HeaderName, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use serde_json::{Value, json};

use super::Gateway;
use super::jsonrpc::{self, RELAY_FAILED};
use super::routes::{self, Route};
use crate::network::engine::{Answer, RelayError, RelayOptions};

use crate::protocol::morse::relay::Payload;

pub type ResponseBody = Full<Bytes>;

/// How requests are served.
#[derive(Debug, Clone)]
pub struct HttpOptions {
    /// Largest accepted request body (bytes); larger ones get 413.
    pub max_body: usize,
    /// Time to receive a request body; slower clients get 408.
    pub body_timeout: Duration,
    /// Time for the relay (all attempts); then 504 or a JSON-RPC error.
    pub request_timeout: Duration,
    /// Extra attempts on other nodes when one fails.
    pub retries: u32,
    /// Nodes asked per read (`--consensus`).
    pub consensus: usize,
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            max_body: 1024 * 1024,
            body_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(20),
            retries: 2,
            consensus: 1,
        }
    }
}

const JSON: &str = "application/json";

fn respond(status: StatusCode, content_type: &'static str, body: impl Into<Bytes>) -> Response<ResponseBody> {
    let mut response = Response::new(Full::new(body.into()));
    *response.status_mut() = status;
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

fn json_error(status: StatusCode, message: &str) -> Response<ResponseBody> {
    respond(status, JSON, json!({ "error": message }).to_string())
}

/// A relay failure, as clients see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Failed {
    /// Short: the JSON-RPC error message.
    pub message: &'static str,
    /// For metrics and logs: the failure kind (`RelayError::kind`: no_session, rejected,
    /// exhausted, no_node_left, no_consensus, …) or timeout.
    pub outcome: &'static str,
    pub pocket_code: Option<u32>,
    /// pgw's one-line explanation (as `pgw relay` words it).
    pub reason: String,
    pub attempts: Option<usize>,
}

impl Failed {
    fn timeout(limit: Duration) -> Failed {
        Failed {
            message: "gateway timeout",
            outcome: "timeout",
            pocket_code: None,
            reason: format!(
                "no answer within {} s: the nodes are slow or unreachable (see /qos), or raise --request-timeout",
                limit.as_secs_f64()
            ),
            attempts: None,
        }
    }

    fn data(&self) -> Value {
        json!({ "pocket_code": self.pocket_code, "reason": self.reason, "attempts": self.attempts })
    }
}

/// Sorts a relay failure for clients: the network layer's kind and wording.
pub fn failed(e: RelayError) -> Failed {
    let (message, attempts) = match &e {
        RelayError::Session(_) | RelayError::NodeNotInSession { .. } => ("no session", 0),
        RelayError::Rejected { attempts, .. } => ("relay rejected", attempts.len()),
        RelayError::Exhausted { attempts, .. } => ("relay failed on every attempt", attempts.len()),
        RelayError::NoConsensus { attempts, .. } => ("no consensus", attempts.len()),
    };
    let reason = match &e {
        RelayError::Exhausted { attempts, .. } if attempts.is_empty() => {
            "no usable node in this session: every node is evicted or out of sync (GET /qos says why), or has spent its --relay-budget"
                .to_string()
        }
        _ => e.describe().message,
    };
    Failed { message, outcome: e.kind(), pocket_code: e.code(), reason, attempts: Some(attempts) }
}

/// Handles one request; never fails.
pub async fn handle<B>(gateway: Arc<Gateway>, request: Request<B>) -> Response<ResponseBody>
where
    B: Body<Data = Bytes> + Send,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let start = Instant::now();
    let _in_flight = gateway.metrics.in_flight();
    let (parts, body) = request.into_parts();
    let route = routes::route(&parts.method, parts.uri.path(), parts.uri.query());
    let label = route.label();
    let mut relay_time = None;
    let response = if route != Route::Health && !authorized(&gateway, &parts.headers) {
        let mut response = json_error(
            StatusCode::UNAUTHORIZED,
            "this gateway needs its API key: send it as 'Authorization: Bearer KEY' or 'X-API-Key: KEY'",
        );
        response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        response
    } else {
        match route {
            Route::Health => health(&gateway),
            Route::Qos => qos(&gateway),
            Route::Metrics => metrics(&gateway),
            Route::NotFound => json_error(
                StatusCode::NOT_FOUND,
                &format!(
                    "no route {}: POST JSON-RPC to /v1/CHAIN (or /), REST to /v1/CHAIN/PATH; GET /qos, /metrics, /health",
                    parts.uri.path()
                ),
            ),
            Route::MethodNotAllowed { allow } => {
                let mut response = json_error(
                    StatusCode::METHOD_NOT_ALLOWED,
                    &format!("{} {} is not served: use {allow}", parts.method, parts.uri.path()),
                );
                response.headers_mut().insert(header::ALLOW, HeaderValue::from_static(allow));
                response
            }
            // PATH's clients name the service in a header instead of the path.
            Route::Rpc { chain } => match served(&gateway, chain.or(target_service(&parts.headers))) {
                Err(response) => *response,
                Ok(chain) => match read_body(&gateway, &parts.headers, body).await {
                    Err(response) => *response,
                    Ok(bytes) => {
                        let (response, time) = rpc(&gateway, &chain, &bytes).await;
                        relay_time = time;
                        response
                    }
                },
            },
            Route::Rest { chain, method, path } => match served(&gateway, Some(chain)) {
                Err(response) => *response,
                Ok(chain) => match read_body(&gateway, &parts.headers, body).await {
                    Err(response) => *response,
                    Ok(bytes) => {
                        let (response, time) = rest(&gateway, &chain, method, path, &bytes).await;
                        relay_time = time;
                        response
                    }
                },
            },
        }
    };
    if let Some(relay_time) = relay_time {
        gateway.metrics.overhead(start.elapsed().saturating_sub(relay_time));
    }
    gateway.metrics.http(label, response.status().as_u16());
    response
}

fn authorized(gateway: &Gateway, headers: &HeaderMap) -> bool {
    gateway.api_key.as_ref().is_none_or(|key| key.allows(headers))
}

/// PATH's `Target-Service-Id` header, naming the service of a `POST /`.
fn target_service(headers: &HeaderMap) -> Option<&str> {
    headers.get("target-service-id").and_then(|v| v.to_str().ok()).map(str::trim).filter(|v| !v.is_empty())
}

/// The canonical ID of a chain this gateway serves (the default one for `None`), or a 404.
fn served(gateway: &Gateway, chain: Option<&str>) -> Result<String, Box<Response<ResponseBody>>> {
    let Some(text) = chain else {
        return Ok(gateway.chains[0].id.clone());
    };
    // The common case, a served Morse chain by its ID or first alias, without resolving it anew
    // (which is what it resolves to).
    if !gateway.services
        && let Some(served) = gateway
            .chains
            .iter()
            .find(|c| c.id == text || c.alias.is_some_and(|a| a.eq_ignore_ascii_case(text)))
    {
        return Ok(served.id.clone());
    }
    // Built only for an error: this runs on every relay.
    let list = || gateway.chains.iter().map(|c| c.label()).collect::<Vec<_>>().join(", ");
    match super::resolve_chain(text, gateway.services) {
        Ok(id) if gateway.chains.iter().any(|s| s.id == id) => Ok(id),
        Ok(id) => Err(Box::new(json_error(
            StatusCode::NOT_FOUND,
            &format!(
                "chain {id} is not served by this gateway (it serves {}): restart it with --chain {id}",
                list()
            ),
        ))),
        Err(e) => {
            Err(Box::new(json_error(StatusCode::NOT_FOUND, &format!("{e}; this gateway serves {}", list()))))
        }
    }
}

/// The request body, within the size limit and the body timeout.
async fn read_body<B>(
    gateway: &Gateway,
    headers: &HeaderMap,
    body: B,
) -> Result<Bytes, Box<Response<ResponseBody>>>
where
    B: Body<Data = Bytes>,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let limit = gateway.options.max_body;
    let too_large = || {
        Box::new(json_error(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!("the request body is larger than this gateway's limit of {limit} bytes (--max-body)"),
        ))
    };
    let declared = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    match tokio::time::timeout(gateway.options.body_timeout, Limited::new(body, limit).collect()).await {
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
        Ok(Err(e)) if e.downcast_ref::<http_body_util::LengthLimitError>().is_some() => Err(too_large()),
        Ok(Err(e)) => {
            Err(Box::new(json_error(StatusCode::BAD_REQUEST, &format!("cannot read the request body: {e}"))))
        }
        Err(_) => Err(Box::new(json_error(
            StatusCode::REQUEST_TIMEOUT,
            &format!(
                "the request body did not arrive within {} s",
                gateway.options.body_timeout.as_secs_f64()
            ),
        ))),
    }
}

/// Relays a payload within the request timeout, with metrics and a log line.
async fn relay(
    gateway: &Gateway,
    chain: &str,
    payload: &Payload,
    read: bool,
) -> (Result<Answer, Failed>, Duration) {
    let options = RelayOptions {
        retries: gateway.options.retries,
        node: None,
        consensus: if read { gateway.options.consensus } else { 1 },
    };
    let start = Instant::now();
    let limit = gateway.options.request_timeout;
    let result = match tokio::time::timeout(limit, gateway.engine.relay(chain, payload, &options)).await {
        Ok(Ok(answer)) => Ok(answer),
        Ok(Err(e)) => Err(failed(e)),
        Err(_) => Err(Failed::timeout(limit)),
    };
    let time = start.elapsed();
    match &result {
        Ok(answer) => {
            gateway.metrics.request(chain, "ok", time);
            tracing::debug!(
                chain,
                node = %answer.node.address,
                attempts = answer.attempts.len(),
                relay_ms = (time.as_secs_f64() * 1e6).round() / 1e3,
                "relay"
            );
        }
        Err(failure) => {
            gateway.metrics.request(chain, failure.outcome, time);
            tracing::warn!(
                chain,
                outcome = failure.outcome,
                pocket_code = failure.pocket_code,
                attempts = failure.attempts.map(|n| n as u64),
                reason = %failure.reason,
                "relay failed"
            );
        }
    }
    (result, time)
}

/// The node's answer as the response body: moved, not copied. The header names are static and
/// a few attempts are static values: nothing allocated but the node's address.
fn answered(answer: Answer, content_type: &'static str) -> Response<ResponseBody> {
    const ATTEMPTS: [&str; 8] = ["0", "1", "2", "3", "4", "5", "6", "7"];
    let node = HeaderValue::from_str(&answer.node.address);
    let attempts = match ATTEMPTS.get(answer.attempts.len()) {
        Some(count) => HeaderValue::from_static(count),
        None => HeaderValue::from(answer.attempts.len()),
    };
    let mut response = respond(StatusCode::OK, content_type, answer.response);
    let headers = response.headers_mut();
    if let Ok(node) = node {
        headers.insert(HeaderName::from_static("x-pgw-node"), node);
    }
    headers.insert(HeaderName::from_static("x-pgw-attempts"), attempts);
    response
}

async fn rpc(gateway: &Gateway, chain: &str, body: &[u8]) -> (Response<ResponseBody>, Option<Duration>) {
    let request = match jsonrpc::parse(body) {
        Ok(request) => request,
        Err(invalid) => return (respond(StatusCode::OK, JSON, jsonrpc::invalid_body(invalid)), None),
    };
    // Valid JSON is valid UTF-8 (`parse` checked it): the lossy copy is never taken, and its
    // chunked scan cost six times the check.
    let data =
        std::str::from_utf8(body).map_or_else(|_| String::from_utf8_lossy(body).into_owned(), str::to_owned);
    let payload = Payload { data, method: "POST".into(), path: String::new(), headers: None };
    let (result, time) = relay(gateway, chain, &payload, request.read_only).await;
    let response = match result {
        Ok(answer) => answered(answer, JSON),
        Err(failure) => respond(
            StatusCode::OK,
            JSON,
            jsonrpc::error_body(&request.shape, RELAY_FAILED, failure.message, Some(&failure.data())),
        ),
    };
    (response, Some(time))
}

fn content_type_of(body: &str) -> &'static str {
    match body.trim_start().as_bytes().first() {
        Some(b'{' | b'[') => JSON,
        _ => "text/plain; charset=utf-8",
    }
}

async fn rest(
    gateway: &Gateway,
    chain: &str,
    method: Method,
    path: String,
    body: &[u8],
) -> (Response<ResponseBody>, Option<Duration>) {
    let Ok(data) = std::str::from_utf8(body) else {
        return (
            json_error(StatusCode::BAD_REQUEST, "the request body is not UTF-8 text: POKT relays carry text"),
            None,
        );
    };
    let read = method == Method::GET || method == Method::HEAD;
    let payload = Payload { data: data.to_string(), method: method.to_string(), path, headers: None };
    let (result, time) = relay(gateway, chain, &payload, read).await;
    let response = match result {
        Ok(answer) => {
            let content_type = content_type_of(&answer.response);
            answered(answer, content_type)
        }
        Err(failure) => {
            let status = if failure.outcome == "timeout" {
                StatusCode::GATEWAY_TIMEOUT
            } else {
                StatusCode::BAD_GATEWAY
            };
            let mut error = failure.data();
            if let Some(map) = error.as_object_mut() {
                map.insert("message".into(), Value::from(failure.message));
            }
            respond(status, JSON, json!({ "error": error }).to_string())
        }
    };
    (response, Some(time))
}

fn health(gateway: &Gateway) -> Response<ResponseBody> {
    if gateway.stopping() {
        return respond(StatusCode::SERVICE_UNAVAILABLE, JSON, r#"{"status":"stopping"}"#);
    }
    respond(StatusCode::OK, JSON, r#"{"status":"ok"}"#)
}

/// `app`'s session of `chain` in `/qos`: heights and the QoS report of its nodes.
fn qos_details(gateway: &Gateway, chain: &str, app: &str) -> Value {
    match gateway.current_of(chain, app) {
        Some(entry) => {
            let mut details = json!({
                "block_height": entry.dispatch.block_height,
                "session_end": entry.blocks_per_session.map(|b| entry.dispatch.session_end(b)),
            });
            let report = gateway.qos.report(&gateway.lane(chain, app), &entry);
            if let (Some(map), Ok(Value::Object(report))) =
                (details.as_object_mut(), serde_json::to_value(report))
            {
                map.extend(report);
            }
            details
        }
        None => {
            json!({ "session_height": null, "nodes": [], "note": "no session yet: the dispatchers have not answered" })
        }
    }
}

fn qos(gateway: &Gateway) -> Response<ResponseBody> {
    let chains: Vec<Value> = gateway
        .chains
        .iter()
        .map(|chain| {
            let mut value = json!({
                "chain": chain.id,
                "name": chain.label(),
                "sync_check": super::sync_check(&chain.id).map(|c| c.name()),
            });
            // The first app's session at the top (as for a one-app gateway); with several apps,
            // `apps` lists each app's session and suppliers.
            let mut apps: Vec<Value> = gateway
                .apps()
                .map(|app| {
                    let mut value = json!({ "app": app });
                    if let (Some(map), Value::Object(details)) =
                        (value.as_object_mut(), qos_details(gateway, &chain.id, app))
                    {
                        map.extend(details);
                    }
                    value
                })
                .collect();
            if let (Some(map), Value::Object(first)) = (value.as_object_mut(), apps[0].clone()) {
                map.extend(first.into_iter().filter(|(k, _)| k != "app"));
            }
            if apps.len() > 1
                && let Some(map) = value.as_object_mut()
            {
                map.insert("apps".into(), Value::Array(std::mem::take(&mut apps)));
            }
            value
        })
        .collect();
    let body = json!({
        "chains": chains,
        "retries": gateway.options.retries,
        "consensus": gateway.options.consensus,
        "verify": gateway.engine.verify,
    });
    let text = serde_json::to_string_pretty(&body).unwrap_or_default();
    respond(StatusCode::OK, JSON, text + "\n")
}

fn metrics(gateway: &Gateway) -> Response<ResponseBody> {
    for chain in &gateway.chains {
        if let Some(entry) = gateway.current(&chain.id) {
            gateway.metrics.session_height(&chain.id, entry.dispatch.session.session_height);
        }
    }
    let text = gateway.metrics.render(&gateway.qos.gauges());
    respond(StatusCode::OK, "application/openmetrics-text; version=1.0.0; charset=utf-8", text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::engine::{NodeRef, SessionError};
    use crate::network::outcome::{Attempt, Failure};

    fn node() -> NodeRef {
        NodeRef { address: "a1".into(), service_url: "http://n".into(), public_key: String::new() }
    }

    #[test]
    fn failures_keep_the_pocket_code_and_attempts() {
        let rejected = failed(RelayError::Rejected {
            node: node(),
            failure: Box::new(Failure::Node {
                code: 25,
                codespace: "pocketcore".into(),
                message: "m".into(),
                dispatch: None,
            }),
            attempts: vec![],
        });
        assert_eq!(
            (rejected.message, rejected.outcome, rejected.pocket_code),
            ("relay rejected", "rejected", Some(25))
        );
        assert!(
            rejected.reason.starts_with("node a1 (http://n) refused the relay: code 25"),
            "{}",
            rejected.reason
        );
        let attempt = Attempt {
            node: "a1".into(),
            service_url: "http://n".into(),
            latency_ms: 1.0,
            outcome: "node_error",
            code: Some(90),
            error: None,
        };
        let exhausted = failed(RelayError::Exhausted {
            last: Some(Box::new((
                node(),
                Failure::Node { code: 90, codespace: String::new(), message: "m".into(), dispatch: None },
            ))),
            attempts: vec![attempt],
            nodes_left: 0,
        });
        assert_eq!(
            (exhausted.outcome, exhausted.pocket_code, exhausted.attempts),
            ("exhausted", Some(90), Some(1))
        );
        let no_node = failed(RelayError::Exhausted { last: None, attempts: vec![], nodes_left: 0 });
        assert_eq!((no_node.outcome, no_node.attempts), ("no_node_left", Some(0)));
        let session = failed(RelayError::Session(SessionError::Refused {
            dispatcher: "http://d".into(),
            code: Some(17),
            message: "insufficient nodes".into(),
        }));
        assert_eq!(
            (session.message, session.outcome, session.pocket_code),
            ("no session", "no_session", Some(17))
        );
        assert_eq!(
            Failed::timeout(Duration::from_secs(2)).data(),
            json!({ "pocket_code": null, "reason": "no answer within 2 s: the nodes are slow or unreachable (see /qos), or raise --request-timeout", "attempts": null })
        );
    }

    #[test]
    fn rest_answers_are_typed_by_their_first_character() {
        assert_eq!(content_type_of(" {\"a\":1}"), JSON);
        assert_eq!(content_type_of("[1]"), JSON);
        assert_eq!(content_type_of("ok"), "text/plain; charset=utf-8");
    }
}
