//! HTTP calls to dispatchers and servicer nodes (docs/protocol.md §10), with failures classified for
//! the engine. One client, kept alive, shared by every request of a process.

use std::sync::Arc;
use std::time::Duration;

use super::backoff::{Backoff, Policy};
use super::outcome::{self, Failure};
use super::session::{self, Dispatch, snippet};
use crate::limits::{self, Limit};
use crate::protocol::morse::dispatch::SessionHeader;
use crate::protocol::morse::response::RelayResponse;

/// Why a dispatcher could not give a session.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DispatchError {
    /// Transport trouble, a timeout, a 5xx or a body that is not a dispatch: try another dispatcher.
    #[error("{0}")]
    Unavailable(String),
    /// The dispatcher answered with an error about the request itself (e.g. code 17, a bad app
    /// key): other dispatchers will say the same.
    #[error("{message}")]
    Refused { code: Option<u32>, message: String },
}

#[derive(Clone)]
pub struct Rpc {
    client: reqwest::Client,
    /// Dispatch back-off, shared by every clone (one per process).
    backoff: Arc<Backoff>,
}

impl Rpc {
    /// A client with these timeouts; an error (not a client without timeouts) if the TLS or
    /// resolver set-up fails.
    pub fn new(connect_timeout: Duration, timeout: Duration) -> Result<Rpc, String> {
        let client = reqwest::Client::builder()
            .connect_timeout(connect_timeout)
            .timeout(timeout)
            .tcp_nodelay(true)
            .pool_idle_timeout(Duration::from_secs(60))
            .user_agent(concat!("pgw/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| format!("cannot set up the HTTP client: {e}"))?;
        Ok(Rpc { client, backoff: Arc::new(Backoff::new(Policy::default())) })
    }

    /// The same client with its own dispatch back-off windows.
    pub fn with_backoff(self, policy: Policy) -> Rpc {
        Rpc { backoff: Arc::new(Backoff::new(policy)), ..self }
    }

    /// The dispatch back-off every clone shares.
    pub fn backoff(&self) -> &Arc<Backoff> {
        &self.backoff
    }

    /// POSTs a JSON body; returns the status and body, or a transport failure. A body over
    /// [`limits::DISPATCH_ANSWER`] is refused (see [`Rpc::post_within`]).
    pub async fn post(&self, url: &str, body: impl Into<reqwest::Body>) -> Result<(u16, Vec<u8>), Failure> {
        self.post_within(url, body, limits::DISPATCH_ANSWER).await
    }

    /// POSTs a JSON body and reads at most `limit` of the answer: a declared Content-Length
    /// over it is refused before reading, and a body that grows past it is dropped there.
    pub async fn post_within(
        &self,
        url: impl reqwest::IntoUrl,
        body: impl Into<reqwest::Body>,
        limit: Limit,
    ) -> Result<(u16, Vec<u8>), Failure> {
        let request = self.client.post(url).header(reqwest::header::CONTENT_TYPE, "application/json");
        exchange(request.body(body), limit).await
    }

    /// GETs `url` and reads at most `limit` of the answer (see [`Rpc::post_within`]).
    pub async fn get_within(&self, url: &str, limit: Limit) -> Result<(u16, Vec<u8>), Failure> {
        exchange(self.client.get(url).header(reqwest::header::ACCEPT, "application/json"), limit).await
    }

    /// POSTs protobuf bytes with extra headers (a Shannon relay) and reads at most `limit`.
    pub async fn post_bytes_within(
        &self,
        url: &str,
        body: Vec<u8>,
        headers: &[(&str, String)],
        limit: Limit,
    ) -> Result<(u16, Vec<u8>), Failure> {
        let mut request =
            self.client.post(url).header(reqwest::header::CONTENT_TYPE, "application/json").body(body);
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        exchange(request, limit).await
    }

    /// `POST {node}/v1/client/relay`: the node's signed answer, or why there is none.
    pub async fn relay(&self, service_url: &str, body: Vec<u8>) -> Result<RelayResponse, Failure> {
        let url = format!("{service_url}/v1/client/relay");
        let (status, body) = self.post_within(&url, body, limits::RELAY_ANSWER).await?;
        outcome::classify(status, &body)
    }

    /// `POST {dispatcher}/v1/client/dispatch` for an app and chain.
    pub async fn dispatch(
        &self,
        dispatcher: &str,
        app_public_key: &str,
        chain: &str,
    ) -> Result<Dispatch, DispatchError> {
        let header = SessionHeader::request(app_public_key, chain).to_json();
        let (status, body) = self
            .post(&format!("{dispatcher}/v1/client/dispatch"), header)
            .await
            .map_err(|f| DispatchError::Unavailable(f.to_string()))?;
        match status {
            200 => session::parse_dispatch(&body).map_err(|e| DispatchError::Unavailable(e.0)),
            400..=499 => match session::parse_rpc_error(&body) {
                Some((code, message)) => Err(DispatchError::Refused { code, message }),
                None => Err(DispatchError::Unavailable(format!("HTTP {status}: {}", snippet(&body)))),
            },
            _ => Err(DispatchError::Unavailable(format!("HTTP {status}: {}", snippet(&body)))),
        }
    }

    /// The network's blocks per session (`session_block_frequency` of `/v1/query/nodeparams`).
    pub async fn blocks_per_session(&self, dispatcher: &str) -> Result<i64, DispatchError> {
        let (status, body) = self
            .post(&format!("{dispatcher}/v1/query/nodeparams"), r#"{"height":0}"#)
            .await
            .map_err(|f| DispatchError::Unavailable(f.to_string()))?;
        let value: serde_json::Value = match status {
            200 => serde_json::from_slice(&body).unwrap_or_default(),
            _ => {
                return Err(DispatchError::Unavailable(format!(
                    "node params: HTTP {status}: {}",
                    snippet(&body)
                )));
            }
        };
        let frequency = value.get("session_block_frequency");
        frequency
            .and_then(|v| v.as_i64().or_else(|| v.as_str().and_then(|s| s.parse().ok())))
            .filter(|n| *n > 0)
            .ok_or_else(|| {
                DispatchError::Unavailable(format!(
                    "node params have no positive session_block_frequency: {}",
                    snippet(&body)
                ))
            })
    }
}

/// A response body within `limit` (HTTP status `status` for the error), read chunk by chunk.
/// Sends a request and reads at most `limit` of the answer: the status and body, or a transport
/// failure.
async fn exchange(request: reqwest::RequestBuilder, limit: Limit) -> Result<(u16, Vec<u8>), Failure> {
    let response = request.send().await.map_err(transport)?;
    let status = response.status().as_u16();
    let bytes = read_body(response, limit).await?;
    Ok((status, bytes))
}

pub async fn read_body(mut response: reqwest::Response, limit: Limit) -> Result<Vec<u8>, Failure> {
    let status = response.status().as_u16();
    let too_large =
        |size: String| Failure::Garbage(format!("HTTP {status} with a body of {size}: {}", limit.exceeded()));
    if let Some(declared) = response.content_length().filter(|n| *n > limit.bytes) {
        return Err(too_large(format!("{declared} bytes (Content-Length)")));
    }
    // Memory is reserved from the process's budget before it is allocated (capacity doubles,
    // never past the limit), so all answers in flight together stay within the budget.
    let mut reserved = limits::Reservation::default();
    let busy = || {
        Failure::Garbage(format!(
            "HTTP {status}: not read: answers being read at once already hold pgw's {} budget",
            limits::human(limits::ANSWERS_IN_FLIGHT)
        ))
    };
    let mut body = Vec::new();
    if let Some(declared) = response.content_length() {
        if !reserved.grow_to(declared) {
            return Err(busy());
        }
        body.reserve_exact(declared as usize);
    }
    while let Some(chunk) = response.chunk().await.map_err(transport)? {
        let needed = body.len() + chunk.len();
        if needed as u64 > limit.bytes {
            return Err(too_large(format!("more than {}", limit.human())));
        }
        if needed > body.capacity() {
            let capacity = needed.max(body.capacity() * 2).min(limit.bytes as usize);
            if !reserved.grow_to(capacity as u64) {
                return Err(busy());
            }
            body.reserve_exact(capacity - body.len());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

fn transport(e: reqwest::Error) -> Failure {
    if e.is_timeout() {
        return Failure::Timeout;
    }
    // The innermost cause names the real problem ("Connection refused (os error 111)").
    let mut source: &dyn std::error::Error = &e;
    while let Some(next) = source.source() {
        source = next;
    }
    let reason = source.to_string();
    if reason.contains("timed out") { Failure::Timeout } else { Failure::Connect(reason) }
}
