//! Morse (pocket-core) behind the engine's seam: sessions from dispatchers, relays signed with an
//! AAT's client key, answers checked against the servicer's ed25519 key (docs/protocol.md).

use std::sync::{Arc, Mutex};

use foldhash::HashMap;

use super::engine::NodeRef;
use super::outcome::{self, Failure};
use super::relayer::{BoxFuture, Relayer, SessionSource, Signed};
use super::rpc::{DispatchError, RelayTarget, Rpc};
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
    /// Each node's relay URL, parsed once (service URL → `{service_url}/v1/client/relay`):
    /// formatting and parsing it per relay was ~3% of a relay's CPU.
    /// Shared, not cloned, per relay: a target holds two URIs and a pool key.
    urls: Mutex<HashMap<String, Arc<RelayTarget>>>,
}

/// The most relay URLs kept; past it the memo starts again (a session has at most 24 nodes).
const URLS_KEPT: usize = 1024;

impl Relays {
    pub fn shared(signer: RelaySigner) -> Arc<dyn Relayer> {
        Arc::new(Relays { signer, urls: Mutex::default() })
    }

    /// The node's relay URL, parsed (and normalised as reqwest does); `None` if it does not
    /// parse or carries credentials: reqwest then takes the text (and reports its error, or
    /// sends the credentials as basic auth).
    fn relay_url(&self, service_url: &str) -> Option<Arc<RelayTarget>> {
        let mut urls = self.urls.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(url) = urls.get(service_url) {
            return Some(url.clone());
        }
        let url = Arc::new(crate::network::rpc::relay_target(&format!("{service_url}/v1/client/relay"))?);
        if urls.len() >= URLS_KEPT {
            urls.clear();
        }
        urls.insert(service_url.to_string(), url.clone());
        Some(url)
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
        match self.relay_url(&node.service_url) {
            Some(url) => {
                Box::pin(async move { rpc.post_relay(&url, signed.body, &[], limits::RELAY_ANSWER).await })
            }
            None => {
                let url = format!("{}/v1/client/relay", node.service_url);
                Box::pin(async move { rpc.post_within(&url, signed.body, limits::RELAY_ANSWER).await })
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::morse::aat::Aat;
    use crate::protocol::morse::keys::PrivateKey;

    fn relays() -> Relays {
        let key = PrivateKey::generate();
        let signer = RelaySigner::new(Aat::sign(&key, &key.public_key()), key.clone()).unwrap();
        Relays { signer, urls: Mutex::default() }
    }

    #[test]
    fn a_relay_url_is_parsed_once_and_is_the_formatted_one() {
        let relays = relays();
        for service in ["http://127.0.0.1:8081", "https://node.example:443/base", "http://127.0.0.1:8081"] {
            let expected = format!("{service}/v1/client/relay").replace(":443", "");
            assert_eq!(relays.relay_url(service).map(|t| t.uri.to_string()), Some(expected));
        }
        assert_eq!(relays.urls.lock().unwrap().len(), 2);
        // Credentials: reqwest sends them as basic auth, so the text goes to it.
        assert_eq!(relays.relay_url("http://user:secret@127.0.0.1:8081"), None);
        // Not a URL: nothing memoised, and send() hands reqwest the text (its error, as before).
        assert_eq!(relays.relay_url("not a url"), None);
        assert_eq!(relays.urls.lock().unwrap().len(), 2);
    }
}
