//! Morse (pocket-core) behind the engine's seam: sessions from dispatchers, relays signed with an
//! AAT's client key, answers checked against the servicer's ed25519 key (docs/protocol.md).

use std::sync::Arc;

use super::engine::NodeRef;
use super::outcome::{self, Failure};
use super::relayer::{BoxFuture, Relayer, SessionSource, Signed};
use super::rpc::{DispatchError, Rpc};
use super::session::{Dispatch, Session};
use crate::limits;
use crate::protocol::morse::relay::{self, Meta, Payload, RelaySigner, Target};

/// Morse sessions: `POST {dispatcher}/v1/client/dispatch`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Dispatchers;

impl Dispatchers {
    pub fn shared() -> Arc<dyn SessionSource> {
        Arc::new(Dispatchers)
    }
}

impl SessionSource for Dispatchers {
    fn fetch<'a>(
        &'a self,
        rpc: &'a Rpc,
        endpoint: &'a str,
        app: &'a str,
        chain: &'a str,
    ) -> BoxFuture<'a, Result<Dispatch, DispatchError>> {
        Box::pin(rpc.dispatch(endpoint, app, chain))
    }

    fn blocks_per_session<'a>(
        &'a self,
        rpc: &'a Rpc,
        endpoint: &'a str,
    ) -> BoxFuture<'a, Result<i64, DispatchError>> {
        Box::pin(rpc.blocks_per_session(endpoint))
    }
}

/// Morse relays for one AAT and client key.
pub struct Relays {
    pub signer: RelaySigner,
}

impl Relays {
    pub fn shared(signer: RelaySigner) -> Arc<dyn Relayer> {
        Arc::new(Relays { signer })
    }
}

impl Relayer for Relays {
    fn app(&self) -> &str {
        &self.signer.aat().app_pub_key
    }

    fn sign(&self, session: &Session, node: &NodeRef, payload: &Payload, block_height: i64) -> Signed {
        let target = Target {
            servicer_pub_key: &node.public_key,
            blockchain: &session.chain,
            session_block_height: session.session_height,
        };
        let meta = Meta { block_height };
        let signed = self.signer.sign_body(payload, meta, target, relay::random_entropy());
        Signed { body: signed.body.into_bytes(), digest: signed.proof_hash, route: None }
    }

    fn send(
        &self,
        rpc: Rpc,
        node: &NodeRef,
        signed: Signed,
    ) -> BoxFuture<'static, Result<(u16, Vec<u8>), Failure>> {
        let url = format!("{}/v1/client/relay", node.service_url);
        Box::pin(async move { rpc.post_within(&url, signed.body, limits::RELAY_ANSWER).await })
    }

    fn judge(
        &self,
        node: &NodeRef,
        digest: &[u8; 32],
        status: u16,
        body: &[u8],
        verify: bool,
    ) -> Result<String, Failure> {
        let answer = outcome::classify(status, body)?;
        if verify {
            outcome::verify(&node.public_key, &answer, digest)?;
        }
        Ok(answer.response)
    }
}
