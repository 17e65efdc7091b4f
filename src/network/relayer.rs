//! The engine's protocol seam: what [`Engine`](super::engine::Engine) needs from a protocol to
//! send one relay. A [`SessionSource`] fetches the current session from an endpoint; a
//! [`Relayer`] signs a relay for one session node, sends it, and judges the answer (pure). Everything
//! else (caching, node choice, failover, back-off, consensus, QoS) is the engine's and is the
//! same for every protocol. Morse implements both in [`super::morse`].

use std::future::Future;
use std::pin::Pin;

use super::engine::NodeRef;
use super::outcome::Failure;
use super::rpc::{DispatchError, Rpc};
use super::session::{Dispatch, Session};
use crate::protocol::payload::Payload;

/// A boxed future: the seam is used through `dyn`, so one engine type serves every protocol.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Where sessions come from (Morse: a dispatcher's `/v1/client/dispatch`).
pub trait SessionSource: Send + Sync {
    /// The current session of `app` on `chain`, as `endpoint` sees it.
    fn fetch<'a>(
        &'a self,
        rpc: &'a Rpc,
        endpoint: &'a str,
        app: &'a str,
        chain: &'a str,
    ) -> BoxFuture<'a, Result<Dispatch, DispatchError>>;

    /// The network's blocks per session, as `endpoint` reports it.
    fn blocks_per_session<'a>(
        &'a self,
        rpc: &'a Rpc,
        endpoint: &'a str,
    ) -> BoxFuture<'a, Result<i64, DispatchError>>;
}

/// A relay signed for one node: the bytes to send and the digest its answer must be bound to
/// (Morse: the proof hash the servicer signs over).
#[derive(Debug, Clone, Default)]
pub struct Signed {
    pub body: Vec<u8>,
    pub digest: [u8; 32],
    /// Where the relay goes when not to the node's service URL: another of the node's
    /// endpoints (Shannon: the supplier's REST endpoint for a REST request).
    pub route: Option<Route>,
}

/// One of a node's endpoints other than its service URL, and its kind as the protocol numbers
/// it (Shannon: the endpoint's `RPCType`, sent as the `Rpc-Type` header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub url: String,
    pub kind: i32,
}

/// Signs relays for one app (or a gateway acting for it), sends them, and judges the answers.
pub trait Relayer: Send + Sync {
    /// The app whose sessions these relays use (part of the session cache's key).
    fn app(&self) -> &str;

    /// Signs `payload` for `node` of `session`, at the estimated `block_height`, with fresh
    /// entropy: two calls never give the same relay.
    fn sign(&self, session: &Session, node: &NodeRef, payload: &Payload, block_height: i64) -> Signed;

    /// Sends `signed` to `node` (at `signed.route` when it names another of the node's
    /// endpoints): the HTTP status and body (bounded), or a transport failure.
    fn send(
        &self,
        rpc: Rpc,
        node: &NodeRef,
        signed: Signed,
    ) -> BoxFuture<'static, Result<(u16, Vec<u8>), Failure>>;

    /// Judges `node`'s answer to the relay with `digest`: the response it carries, or why it
    /// is not one; with `verify`, the node's signature on it too.
    fn judge(
        &self,
        node: &NodeRef,
        digest: &[u8; 32],
        status: u16,
        body: &[u8],
        verify: bool,
    ) -> Result<String, Failure>;
}
