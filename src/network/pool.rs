//! Kept-alive HTTP/1 connections to nodes, for relays: one idle list per scheme and authority,
//! over hyper's connection API. hyper-util's pooled client does the same with more per request:
//! a pool key built and cloned, a waiter queue, and a task spawned to return each connection that
//! is not ready when its answer arrives. Here a connection goes back once its answer is read, and
//! the next request waits for it to be ready (it is, within microseconds) instead.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use foldhash::HashMap;
use http_body_util::Full;
use hyper::body::Bytes;
use hyper::client::conn::http1::{self, SendRequest};
use hyper::http::uri::Authority;
use hyper_util::client::legacy::connect::HttpConnector;
use tower_service::Service;

type Connector = hyper_rustls::HttpsConnector<HttpConnector>;
pub type Sender = SendRequest<Full<Bytes>>;

/// Which connections may carry a request: the same scheme and authority.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    https: bool,
    /// Lowercased once: `Authority`'s own `Hash` and `Eq` lowercase it byte by byte on every
    /// lookup, two per relay.
    authority: Box<str>,
}

impl Key {
    pub fn new(https: bool, authority: &Authority) -> Key {
        Key { https, authority: authority.as_str().to_ascii_lowercase().into() }
    }
}

/// Idle connections, the most recently used last.
pub struct Pool {
    connector: Connector,
    idle_timeout: Duration,
    idle: Mutex<Idle>,
}

#[derive(Default)]
struct Idle {
    // foldhash: SipHash was a fifth of the pool's work per relay.
    by_key: HashMap<Key, Vec<(Sender, Instant)>>,
    swept: Option<Instant>,
}

/// A connection taken for one request, and whether it carried one before.
pub struct Checkout {
    pub sender: Sender,
    pub reused: bool,
}

impl Pool {
    pub fn new(connect_timeout: Duration, idle_timeout: Duration) -> Pool {
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_nodelay(true);
        http.set_connect_timeout(Some(connect_timeout));
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_webpki_roots()
            .https_or_http()
            .enable_http1()
            .wrap_connector(http);
        Pool { connector, idle_timeout, idle: Mutex::default() }
    }

    /// A ready idle connection for `key`, else a new one to `uri` (scheme and authority only
    /// are used). Idle connections that closed or outlived the idle timeout are dropped.
    pub async fn checkout(&self, key: &Key, uri: &hyper::Uri) -> Result<Checkout, ConnectError> {
        while let Some(mut sender) = self.take(key) {
            // Its last answer was read; the connection's task makes it ready right after, or
            // sees it closed.
            if sender.ready().await.is_ok() {
                return Ok(Checkout { sender, reused: true });
            }
        }
        // Boxed: connecting (TLS included) is a future of kilobytes that every checkout would
        // otherwise carry, and copy, for the rare relay that needs a new connection.
        Ok(Checkout { sender: Box::pin(self.connect(uri)).await?, reused: false })
    }

    /// A new connection to `uri`, its task spawned on the runtime.
    pub async fn connect(&self, uri: &hyper::Uri) -> Result<Sender, ConnectError> {
        let io = self.connector.clone().call(uri.clone()).await.map_err(ConnectError::Connect)?;
        let (sender, connection) = http1::handshake(io).await.map_err(ConnectError::Handshake)?;
        // Ends when the connection closes, or once idle after every sender is dropped.
        tokio::spawn(async move {
            let _ = connection.await;
        });
        Ok(sender)
    }

    /// Returns a connection whose answer was read in full.
    pub fn checkin(&self, key: &Key, sender: Sender) {
        if sender.is_closed() {
            return;
        }
        let now = Instant::now();
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        match idle.by_key.get_mut(key) {
            Some(list) => list.push((sender, now)),
            None => {
                idle.by_key.insert(key.clone(), vec![(sender, now)]);
            }
        }
        // Keys no longer asked for would keep their connections: sweep all, at most once a
        // second.
        if idle.swept.is_none_or(|at| now.duration_since(at) >= Duration::from_secs(1)) {
            idle.swept = Some(now);
            let timeout = self.idle_timeout;
            idle.by_key.retain(|_, list| {
                list.retain(|(s, at)| !s.is_closed() && now.duration_since(*at) < timeout);
                !list.is_empty()
            });
        }
    }

    /// The most recently returned live connection for `key`; older ones than the idle timeout
    /// are dropped (all that are left are older still).
    fn take(&self, key: &Key) -> Option<Sender> {
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        let list = idle.by_key.get_mut(key)?;
        while let Some((sender, at)) = list.pop() {
            if at.elapsed() >= self.idle_timeout {
                list.clear();
                return None;
            }
            if !sender.is_closed() {
                return Some(sender);
            }
        }
        None
    }

    /// Idle connections for `key` (for tests).
    #[cfg(test)]
    pub fn idle(&self, key: &Key) -> usize {
        let idle = self.idle.lock().unwrap();
        idle.by_key.get(key).map_or(0, Vec::len)
    }
}

/// Why no connection could be made: the TCP or TLS connect, or the HTTP/1 handshake.
#[derive(Debug)]
pub enum ConnectError {
    Connect(Box<dyn std::error::Error + Send + Sync>),
    Handshake(hyper::Error),
}

impl std::fmt::Display for ConnectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConnectError::Connect(e) => write!(f, "cannot connect: {e}"),
            ConnectError::Handshake(e) => write!(f, "HTTP/1 handshake failed: {e}"),
        }
    }
}

impl std::error::Error for ConnectError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ConnectError::Connect(e) => Some(e.as_ref()),
            ConnectError::Handshake(e) => Some(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::{TcpListener, TcpStream};

    /// An HTTP/1 server on loopback that answers each request on a connection with `answer`,
    /// and closes the connection after `per_connection` requests. Once `total` requests are
    /// answered it returns the number of connections it accepted, and the open ones.
    async fn server(
        answer: &'static str,
        per_connection: usize,
        total: usize,
    ) -> (hyper::Uri, tokio::task::JoinHandle<(usize, Vec<TcpStream>)>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let uri: hyper::Uri = format!("http://{}/", listener.local_addr().unwrap()).parse().unwrap();
        let task = tokio::spawn(async move {
            let (mut answered, mut connections, mut open) = (0, 0, Vec::new());
            while answered < total {
                let (mut socket, _) = listener.accept().await.unwrap();
                connections += 1;
                for _ in 0..per_connection.min(total - answered) {
                    let mut request = vec![0; 4096];
                    // Requests here are small, with no body: one read holds each.
                    if socket.read(&mut request).await.unwrap() == 0 {
                        break;
                    }
                    socket.write_all(answer.as_bytes()).await.unwrap();
                    answered += 1;
                }
                if answered == total && per_connection > 1 {
                    open.push(socket);
                }
            }
            (connections, open)
        });
        (uri, task)
    }

    fn key(uri: &hyper::Uri) -> Key {
        Key::new(false, uri.authority().unwrap())
    }

    #[test]
    fn keys_compare_authorities_without_case_as_http_does() {
        let authority = |text: &str| text.parse::<Authority>().unwrap();
        assert_eq!(
            Key::new(false, &authority("Node.Example:8081")),
            Key::new(false, &authority("node.example:8081"))
        );
        assert_ne!(
            Key::new(false, &authority("node.example:8081")),
            Key::new(true, &authority("node.example:8081"))
        );
        assert_ne!(
            Key::new(false, &authority("node.example:8081")),
            Key::new(false, &authority("node.example:8082"))
        );
    }

    async fn get(pool: &Pool, uri: &hyper::Uri) -> (bool, u16) {
        let Checkout { mut sender, reused } = pool.checkout(&key(uri), uri).await.unwrap();
        let mut request = hyper::Request::new(Full::new(Bytes::new()));
        request.headers_mut().insert(hyper::header::HOST, "pgw.test".parse().unwrap());
        let response = sender.send_request(request).await.unwrap();
        let status = response.status().as_u16();
        http_body_util::BodyExt::collect(response.into_body()).await.unwrap();
        pool.checkin(&key(uri), sender);
        (reused, status)
    }

    const OK: &str = "HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok";

    #[tokio::test]
    async fn one_kept_alive_connection_carries_requests_one_after_another() {
        let (uri, server) = server(OK, 3, 3).await;
        let pool = Pool::new(Duration::from_secs(2), Duration::from_secs(60));
        assert_eq!(get(&pool, &uri).await, (false, 200));
        assert_eq!(get(&pool, &uri).await, (true, 200));
        assert_eq!(get(&pool, &uri).await, (true, 200));
        assert_eq!(pool.idle(&key(&uri)), 1);
        assert_eq!(server.await.unwrap().0, 1);
    }

    #[tokio::test]
    async fn a_connection_the_server_closed_while_idle_is_not_taken_again() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let uri: hyper::Uri = format!("http://{}/", listener.local_addr().unwrap()).parse().unwrap();
        let (close, closing) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            let mut request = vec![0; 4096];
            let (mut first, _) = listener.accept().await.unwrap();
            assert!(first.read(&mut request).await.unwrap() > 0);
            first.write_all(OK.as_bytes()).await.unwrap();
            // Closed while idle, without a `connection: close`, as a node's idle timeout does.
            closing.await.unwrap();
            drop(first);
            let (mut second, _) = listener.accept().await.unwrap();
            assert!(second.read(&mut request).await.unwrap() > 0);
            second.write_all(OK.as_bytes()).await.unwrap();
            second
        });
        let pool = Pool::new(Duration::from_secs(2), Duration::from_secs(60));
        assert_eq!(get(&pool, &uri).await, (false, 200));
        assert_eq!(pool.idle(&key(&uri)), 1);
        close.send(()).unwrap();
        // Once its task has seen the close, the idle connection is dropped, a new one made.
        let seen = Instant::now();
        while !pool.idle.lock().unwrap().by_key[&key(&uri)].iter().all(|(s, _)| s.is_closed()) {
            assert!(seen.elapsed() < Duration::from_secs(2), "the close was not seen");
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        assert_eq!(get(&pool, &uri).await, (false, 200));
        drop(server.await.unwrap());
    }

    #[tokio::test]
    async fn an_answer_that_closes_the_connection_is_not_kept() {
        let close = "HTTP/1.1 200 OK\r\nconnection: close\r\ncontent-length: 2\r\n\r\nok";
        let (uri, server) = server(close, 1, 2).await;
        let pool = Pool::new(Duration::from_secs(2), Duration::from_secs(60));
        assert_eq!(get(&pool, &uri).await, (false, 200));
        assert_eq!(get(&pool, &uri).await, (false, 200));
        assert_eq!(server.await.unwrap().0, 2);
    }

    #[tokio::test]
    async fn a_connection_idle_past_the_timeout_is_dropped() {
        let (uri, server) = server(OK, 2, 2).await;
        let pool = Pool::new(Duration::from_secs(2), Duration::from_millis(50));
        assert_eq!(get(&pool, &uri).await, (false, 200));
        tokio::time::sleep(Duration::from_millis(60)).await;
        assert!(pool.take(&key(&uri)).is_none());
        assert_eq!(pool.idle(&key(&uri)), 0);
        drop(server);
    }

    #[tokio::test]
    async fn a_closed_port_is_a_connect_error_with_its_cause() {
        let closed = TcpListener::bind("127.0.0.1:0").await.unwrap().local_addr().unwrap();
        let uri: hyper::Uri = format!("http://{closed}/").parse().unwrap();
        let pool = Pool::new(Duration::from_secs(2), Duration::from_secs(60));
        let Err(e) = pool.checkout(&key(&uri), &uri).await else { panic!("connected to a closed port") };
        let mut cause: &dyn std::error::Error = &e;
        while let Some(next) = cause.source() {
            cause = next;
        }
        assert!(cause.to_string().contains("Connection refused"), "{e}: {cause}");
    }
}
