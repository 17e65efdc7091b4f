//! The accept loop: HTTP/1.1 connections, each in its own task (a slow or malformed client stalls
//! only itself), with a header-read timeout, a cap on open connections, and graceful shutdown —
//! stop accepting, let in-flight requests finish within a bounded wait, then drop the rest.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};
use tokio::task::JoinSet;

use super::Gateway;
use super::http;

/// Connection limits.
#[derive(Debug, Clone)]
pub struct ServerOptions {
    /// Open connections at most; more wait in the listen backlog.
    pub max_connections: usize,
    /// Time for a client to send a request's headers.
    pub header_timeout: Duration,
    /// Bounded wait for in-flight requests at shutdown.
    pub shutdown_grace: Duration,
}

impl Default for ServerOptions {
    fn default() -> Self {
        ServerOptions {
            max_connections: 4096,
            header_timeout: Duration::from_secs(10),
            shutdown_grace: Duration::from_secs(10),
        }
    }
}

/// Serves until `stop` turns true; returns whether every in-flight request finished in time.
pub async fn run(
    listener: TcpListener,
    gateway: Arc<Gateway>,
    options: ServerOptions,
    mut stop: watch::Receiver<bool>,
) -> bool {
    let permits = Arc::new(Semaphore::new(options.max_connections.max(1)));
    let (drain, draining) = watch::channel(false);
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            biased;
            _ = super::raised(&mut stop) => break,
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            accepted = accept(&listener, &permits) => match accepted {
                Ok((stream, permit)) => {
                    let gateway = gateway.clone();
                    let draining = draining.clone();
                    let header_timeout = options.header_timeout;
                    connections.spawn(async move {
                        serve_connection(stream, gateway, header_timeout, draining).await;
                        drop(permit);
                    });
                }
                Err(e) => {
                    // Out of file descriptors and the like: wait a little rather than spin.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            },
        }
    }
    drop(listener);
    let _ = drain.send(true);
    let finished = tokio::time::timeout(options.shutdown_grace, async {
        while connections.join_next().await.is_some() {}
    })
    .await
    .is_ok();
    if !finished {
        tracing::warn!(
            connections = connections.len(),
            "requests still in flight after the shutdown grace period: dropping them"
        );
        connections.abort_all();
    }
    finished
}

async fn accept(
    listener: &TcpListener,
    permits: &Arc<Semaphore>,
) -> std::io::Result<(tokio::net::TcpStream, tokio::sync::OwnedSemaphorePermit)> {
    let permit = permits.clone().acquire_owned().await.map_err(std::io::Error::other)?;
    let (stream, _) = listener.accept().await?;
    let _ = stream.set_nodelay(true);
    Ok((stream, permit))
}

async fn serve_connection(
    stream: tokio::net::TcpStream,
    gateway: Arc<Gateway>,
    header_timeout: Duration,
    mut draining: watch::Receiver<bool>,
) {
    let service = service_fn(move |request| {
        let gateway = gateway.clone();
        async move { Ok::<_, Infallible>(http::handle(gateway, request).await) }
    });
    let mut builder = http1::Builder::new();
    builder.timer(TokioTimer::new()).header_read_timeout(header_timeout).keep_alive(true);
    let connection = builder.serve_connection(TokioIo::new(stream), service);
    tokio::pin!(connection);
    tokio::select! {
        _ = connection.as_mut() => {}
        _ = super::raised(&mut draining) => {
            // Finish the request in flight (if any), then close.
            connection.as_mut().graceful_shutdown();
            let _ = connection.await;
        }
    }
}
