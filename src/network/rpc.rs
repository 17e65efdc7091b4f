//! HTTP calls to dispatchers and servicer nodes (docs/protocol.md §10), with failures classified for
//! the engine. One client, kept alive, shared by every request of a process.

use std::sync::Arc;
use std::time::Duration;

use http_body_util::{BodyExt, Full};
use hyper::body::{Body, Bytes};
use hyper::header::HeaderValue;

use super::backoff::{Backoff, Policy};
use super::outcome::{self, Failure};
use super::pool::{self, Checkout, Pool};
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

const USER_AGENT: &str = concat!("pgw/", env!("CARGO_PKG_VERSION"));

/// How long a kept-alive connection may wait for its next request.
const IDLE: Duration = Duration::from_secs(60);

#[derive(Clone)]
pub struct Rpc {
    client: reqwest::Client,
    /// Relays go over hyper's HTTP/1 connections directly: reqwest's redirect and retry layers
    /// parse each URL twice more and cost about a tenth of a relay. `None` when the environment
    /// names a proxy: relays then go through reqwest, which honours it.
    relays: Option<Arc<Pool>>,
    timeout: Duration,
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
            .pool_idle_timeout(IDLE)
            .user_agent(USER_AGENT)
            .build()
            .map_err(|e| format!("cannot set up the HTTP client: {e}"))?;
        let relays = (!proxy_configured(|name| std::env::var_os(name)))
            .then(|| Arc::new(Pool::new(connect_timeout, IDLE)));
        Ok(Rpc { client, relays, timeout, backoff: Arc::new(Backoff::new(Policy::default())) })
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

    /// POSTs a relay to a node: `url` is its relay endpoint, parsed once by the caller. No
    /// redirects are followed (a node that answers 3xx has failed this relay); the request
    /// timeout covers connecting, sending and reading the answer.
    pub async fn post_relay(
        &self,
        target: &RelayTarget,
        body: Vec<u8>,
        headers: &[(&'static str, String)],
        limit: Limit,
    ) -> Result<(u16, Vec<u8>), Failure> {
        let Some(pool) = &self.relays else {
            // Boxed, as is the retry below: cold paths whose futures would size every relay's.
            return Box::pin(self.post_bytes_within(&target.uri.to_string(), body, headers, limit)).await;
        };
        let body = Bytes::from(body);
        let request = || {
            let mut request = hyper::Request::new(Full::new(body.clone()));
            *request.method_mut() = hyper::Method::POST;
            *request.uri_mut() = target.path.clone();
            let map = request.headers_mut();
            map.reserve(4 + headers.len());
            // Static values and the node's Host, made once: no copy per relay.
            map.insert(hyper::header::HOST, target.host.clone());
            map.insert(hyper::header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
            map.insert(hyper::header::ACCEPT, HeaderValue::from_static("*/*"));
            map.insert(hyper::header::USER_AGENT, HeaderValue::from_static(USER_AGENT));
            for (name, value) in headers {
                let bad = |e: &dyn std::fmt::Display| {
                    Failure::Connect(format!(
                        "cannot build the request to {}: header {name}: {e}",
                        target.uri
                    ))
                };
                let name = hyper::header::HeaderName::try_from(*name).map_err(|e| bad(&e))?;
                map.append(name, HeaderValue::from_str(value).map_err(|e| bad(&e))?);
            }
            Ok(request)
        };
        let exchange = async {
            let Checkout { mut sender, reused } =
                pool.checkout(&target.key, &target.uri).await.map_err(|e| client_error(&e))?;
            let response = match sender.try_send_request(request()?).await {
                Ok(response) => response,
                // A kept-alive connection the node closed as the relay went out (its idle timeout),
                // before a whole answer came: it goes again, once, on a new connection.
                Err(mut e) if reused && (e.message().is_some() || closed_idle(e.error())) => {
                    let again = match e.take_message() {
                        Some(request) => request,
                        None => request()?,
                    };
                    sender = Box::pin(pool.connect(&target.uri)).await.map_err(|e| client_error(&e))?;
                    sender.send_request(again).await.map_err(|e| client_error(&e))?
                }
                Err(e) => return Err(client_error(e.error())),
            };
            let status = response.status().as_u16();
            let declared = response.body().size_hint().exact();
            let bytes =
                read_limited(status, declared, response.into_body(), limit, |e| client_error(&e)).await?;
            // Read in full: the connection can carry the next relay.
            pool.checkin(&target.key, sender);
            Ok((status, bytes))
        };
        tokio::time::timeout(self.timeout, exchange).await.unwrap_or(Err(Failure::Timeout))
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

pub async fn read_body(response: reqwest::Response, limit: Limit) -> Result<Vec<u8>, Failure> {
    let status = response.status().as_u16();
    let declared = response.content_length();
    let body = hyper::Response::<reqwest::Body>::from(response).into_body();
    read_limited(status, declared, body, limit, transport).await
}

/// Reads an answer's body within `limit` and pgw's budget for answers in flight.
async fn read_limited<B: Body<Data = Bytes> + Unpin>(
    status: u16,
    declared: Option<u64>,
    mut response: B,
    limit: Limit,
    error: impl Fn(B::Error) -> Failure,
) -> Result<Vec<u8>, Failure> {
    let too_large =
        |size: String| Failure::Garbage(format!("HTTP {status} with a body of {size}: {}", limit.exceeded()));
    if let Some(declared) = declared.filter(|n| *n > limit.bytes) {
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
    if let Some(declared) = declared {
        if !reserved.grow_to(declared) {
            return Err(busy());
        }
        body.reserve_exact(declared as usize);
    }
    while let Some(frame) = response.frame().await {
        let Ok(chunk) = frame.map_err(&error)?.into_data() else { continue };
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

/// Where a relay is posted: the URL, its connections, the request line's path and the Host
/// header, made once per node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayTarget {
    pub uri: hyper::Uri,
    pub key: pool::Key,
    /// The request target in origin form (`/v1/client/relay`), as HTTP/1 sends it to a server.
    pub path: hyper::Uri,
    /// The host, and the port unless it is the scheme's default (as hyper's client writes it).
    pub host: HeaderValue,
}

/// `url` as hyper's client takes it, normalised as reqwest does; `None` if it does not parse or
/// carries credentials (reqwest then takes the text: its error, or basic auth).
pub fn relay_target(url: &str) -> Option<RelayTarget> {
    let url = reqwest::Url::parse(url).ok()?;
    if !url.username().is_empty() || url.password().is_some() {
        return None;
    }
    let uri = hyper::Uri::try_from(url.as_str()).ok()?;
    let host = uri.host()?;
    let secure = matches!(uri.scheme_str(), Some("https" | "wss"));
    let host = match uri.port() {
        Some(port) if !matches!((port.as_u16(), secure), (443, true) | (80, false)) => {
            HeaderValue::from_str(&format!("{host}:{}", port.as_str()))
        }
        _ => HeaderValue::from_str(host),
    }
    .ok()?;
    let key = pool::Key::new(secure, uri.authority()?);
    let path = uri.path_and_query().map_or_else(|| hyper::Uri::from_static("/"), |p| p.clone().into());
    Some(RelayTarget { uri, key, path, host })
}

/// Whether a request on a kept-alive connection failed because the server had closed it: the
/// connection ended, or was reset, before any of the answer came.
fn closed_idle(e: &hyper::Error) -> bool {
    if e.is_incomplete_message() || e.is_canceled() {
        return true;
    }
    let io = std::error::Error::source(e).and_then(|s| s.downcast_ref::<std::io::Error>());
    io.is_some_and(|io| {
        matches!(io.kind(), std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::BrokenPipe)
    })
}

/// Whether the environment names a proxy for HTTP or HTTPS (as reqwest reads it).
fn proxy_configured(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> bool {
    ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"]
        .iter()
        .any(|name| var(name).is_some_and(|v| !v.is_empty()))
}

/// A transport failure, as its innermost cause words it ("Connection refused (os error 111)"),
/// the same for hyper's client and reqwest.
fn client_error(e: &(dyn std::error::Error + 'static)) -> Failure {
    let mut source = e;
    while let Some(next) = source.source() {
        source = next;
    }
    let reason = source.to_string();
    if reason.contains("timed out") { Failure::Timeout } else { Failure::Connect(reason) }
}

fn transport(e: reqwest::Error) -> Failure {
    if e.is_timeout() {
        return Failure::Timeout;
    }
    client_error(&e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_proxy_in_the_environment_sends_relays_through_reqwest() {
        let env = |set: Vec<(&'static str, &'static str)>| {
            move |name: &str| set.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).into())
        };
        assert!(!proxy_configured(env(vec![])));
        assert!(!proxy_configured(env(vec![("HTTPS_PROXY", ""), ("NO_PROXY", "*")])));
        for name in ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"] {
            assert!(proxy_configured(env(vec![(name, "http://127.0.0.1:3128")])), "{name}");
        }
    }

    #[test]
    fn relay_uris_are_normalised_as_reqwest_does_and_credentials_stay_with_reqwest() {
        let uri = |u: &str| relay_target(u).map(|t| t.uri.to_string());
        assert_eq!(
            uri("HTTP://Node.Example:80/v1/client/relay").as_deref(),
            Some("http://node.example/v1/client/relay")
        );
        assert_eq!(uri("https://node.example:8443/a b").as_deref(), Some("https://node.example:8443/a%20b"));
        assert_eq!(uri("http://127.0.0.1:8545").as_deref(), Some("http://127.0.0.1:8545/"));
        assert_eq!(uri("http://user:secret@node.example"), None);
        assert_eq!(uri("not a url"), None);
        // The Host header, as hyper's client would write it: no default port.
        let host = |u: &str| relay_target(u).map(|t| t.host.to_str().unwrap().to_string());
        assert_eq!(host("http://node.example:80/x").as_deref(), Some("node.example"));
        assert_eq!(host("https://node.example:443/x").as_deref(), Some("node.example"));
        assert_eq!(host("https://node.example:80/x").as_deref(), Some("node.example:80"));
        assert_eq!(host("http://node.example:443/x").as_deref(), Some("node.example:443"));
        assert_eq!(host("http://127.0.0.1:8545").as_deref(), Some("127.0.0.1:8545"));
        assert_eq!(host("http://[::1]:8545/").as_deref(), Some("[::1]:8545"));
    }

    /// A one-connection HTTP server on loopback that answers `answer` (or nothing, if empty)
    /// to the first request and returns the request it read.
    async fn node(answer: &'static str) -> (String, tokio::task::JoinHandle<String>) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/v1/client/relay", listener.local_addr().unwrap());
        let task = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut request = vec![0; 4096];
            let n = socket.read(&mut request).await.unwrap();
            if answer.is_empty() {
                tokio::time::sleep(Duration::from_secs(5)).await;
            } else {
                socket.write_all(answer.as_bytes()).await.unwrap();
            }
            String::from_utf8_lossy(&request[..n]).into_owned()
        });
        (url, task)
    }

    #[tokio::test]
    async fn a_relay_is_posted_as_json_and_a_redirect_is_the_answer_not_followed() {
        let (url, task) =
            node("HTTP/1.1 302 Found\r\nlocation: http://127.0.0.1:1/\r\ncontent-length: 5\r\n\r\nmoved")
                .await;
        let rpc = Rpc::new(Duration::from_secs(2), Duration::from_secs(2)).unwrap();
        let target = relay_target(&url).unwrap();
        let headers = [("Rpc-Type", "3".to_string())];
        let answer = rpc.post_relay(&target, b"{}".to_vec(), &headers, limits::RELAY_ANSWER).await;
        assert_eq!(answer, Ok((302, b"moved".to_vec())));
        let request = task.await.unwrap().to_ascii_lowercase();
        assert!(request.starts_with("post /v1/client/relay http/1.1\r\n"), "{request}");
        let host = format!("host: {}", target.uri.authority().unwrap());
        for header in [
            host.as_str(),
            "content-type: application/json",
            "accept: */*",
            "content-length: 2",
            "rpc-type: 3",
            "user-agent: pgw/",
        ] {
            assert!(request.contains(&format!("\r\n{header}")), "{header} in {request}");
        }
        assert_eq!(request.matches("\r\nhost:").count(), 1, "{request}");
        assert!(request.ends_with("\r\n\r\n{}"), "{request}");
    }

    #[tokio::test]
    async fn a_silent_node_times_out_and_a_closed_port_cannot_connect() {
        let (url, _task) = node("").await;
        let rpc = Rpc::new(Duration::from_secs(1), Duration::from_millis(300)).unwrap();
        let answer = rpc.post_relay(&relay_target(&url).unwrap(), vec![], &[], limits::RELAY_ANSWER).await;
        assert_eq!(answer, Err(Failure::Timeout));
        let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap().local_addr().unwrap();
        let uri = relay_target(&format!("http://{closed}/v1/client/relay")).unwrap();
        match rpc.post_relay(&uri, vec![], &[], limits::RELAY_ANSWER).await {
            Err(Failure::Connect(reason)) => assert!(reason.contains("refused"), "{reason}"),
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn an_answer_larger_than_the_limit_is_refused() {
        let (url, _task) = node("HTTP/1.1 200 OK\r\ncontent-length: 99999999\r\n\r\n").await;
        let rpc = Rpc::new(Duration::from_secs(2), Duration::from_secs(2)).unwrap();
        match rpc.post_relay(&relay_target(&url).unwrap(), vec![], &[], limits::RELAY_ANSWER).await {
            Err(Failure::Garbage(message)) => {
                assert!(
                    message.starts_with("HTTP 200 with a body of 99999999 bytes (Content-Length)"),
                    "{message}"
                )
            }
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn a_relay_on_a_connection_the_node_closes_as_it_arrives_goes_again_on_a_new_one() {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/v1/client/relay", listener.local_addr().unwrap());
        let server = tokio::spawn(async move {
            let ok = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok";
            let mut request = vec![0; 4096];
            let (mut first, _) = listener.accept().await.unwrap();
            assert!(first.read(&mut request).await.unwrap() > 0);
            first.write_all(ok).await.unwrap();
            // The second relay arrives as the node closes the idle connection: no answer.
            assert!(first.read(&mut request).await.unwrap() > 0);
            drop(first);
            let (mut second, _) = listener.accept().await.unwrap();
            assert!(second.read(&mut request).await.unwrap() > 0);
            second.write_all(ok).await.unwrap();
            second
        });
        let rpc = Rpc::new(Duration::from_secs(2), Duration::from_secs(2)).unwrap();
        let target = relay_target(&url).unwrap();
        for _ in 0..2 {
            let answer = rpc.post_relay(&target, b"{}".to_vec(), &[], limits::RELAY_ANSWER).await;
            assert_eq!(answer, Ok((200, b"ok".to_vec())));
        }
        drop(server.await.unwrap());
    }
}
