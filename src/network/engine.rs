//! The relay engine: a session (cached, or dispatched with failover across dispatchers), a node
//! chosen at random among the healthy ones, a freshly signed proof per attempt, the servicer's
//! signature checked, failover and re-dispatch driven by the error catalogue, and consensus.
//! `pgw relay`, `pgw bench` and `pgw serve` all send relays through it. What differs by protocol
//! (fetching a session, signing for a node, sending and judging) is behind the seam in
//! [`super::relayer`].

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rand::seq::SliceRandom;
use serde::Serialize;

use super::backoff::Admit;
use super::cache::{self, Entry, SessionStore};
use super::outcome::{Attempt, Failure, Next};
use super::relayer::{Relayer, SessionSource, Signed};
use super::rpc::{DispatchError, Rpc};
use super::session::{Dispatch, SessionNode};
use crate::protocol::payload::Payload;

/// Something worth telling a person watching with `-v`; the library never prints.
#[derive(Debug, Clone)]
pub enum Event {
    /// A session was taken from the cache, a dispatcher, or a node's error.
    Session {
        source: String,
        session_height: i64,
        nodes: usize,
        cached: bool,
    },
    DispatcherFailed {
        dispatcher: String,
        error: String,
    },
    Attempt(Attempt),
    /// The session cache could not be written (costs a dispatch later, nothing else).
    CacheWarning(String),
}

/// Who is told of [`Event`]s.
#[derive(Clone)]
pub struct Observer {
    /// Whether the per-relay events (a session taken from the cache, each attempt) are wanted:
    /// building them copies strings on every relay, so they are only made for an observer that
    /// shows them (`-v`, debug logs). Warnings and new sessions always reach `sink`.
    pub detail: bool,
    pub sink: Arc<dyn Fn(&Event) + Send + Sync>,
}

impl Observer {
    pub fn new(detail: bool, sink: impl Fn(&Event) + Send + Sync + 'static) -> Observer {
        Observer { detail, sink: Arc::new(sink) }
    }
}

/// A session node, as reports name it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct NodeRef {
    pub address: String,
    pub service_url: String,
    #[serde(skip)]
    pub public_key: String,
}

impl From<&SessionNode> for NodeRef {
    fn from(n: &SessionNode) -> Self {
        NodeRef {
            address: n.address.clone(),
            service_url: n.service_url.clone(),
            public_key: n.public_key.clone(),
        }
    }
}

/// Why no session could be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionError {
    /// Every dispatcher failed: (dispatcher, why) for each.
    Unavailable(Vec<(String, String)>),
    /// A dispatcher refused the request (other dispatchers would too).
    Refused { dispatcher: String, code: Option<u32>, message: String },
}

/// Gets sessions: from the store while their blocks have not passed, else from the first
/// dispatcher that answers.
pub struct Sessions {
    pub rpc: Rpc,
    /// How the protocol fetches a session from one of `dispatchers`.
    pub source: Arc<dyn SessionSource>,
    pub dispatchers: Vec<String>,
    pub store: Arc<dyn SessionStore>,
    /// Configured block time for height estimates until one is measured.
    pub block_time: Option<Duration>,
    pub observer: Option<Observer>,
}

impl Sessions {
    fn emit(&self, event: Event) {
        if let Some(observer) = &self.observer {
            (observer.sink)(&event);
        }
    }

    /// Emits a per-relay event, built only if the observer wants those.
    fn emit_detail(&self, event: impl FnOnce() -> Event) {
        if let Some(observer) = self.observer.as_ref().filter(|o| o.detail) {
            (observer.sink)(&event());
        }
    }

    pub fn key(&self, app_public_key: &str, chain: &str) -> String {
        cache::key(&self.dispatchers, app_public_key, chain)
    }

    /// The current session, from the cache unless `fresh`; the flag says whether it was cached.
    pub async fn get(
        &self,
        app_public_key: &str,
        chain: &str,
        fresh: bool,
    ) -> Result<(Arc<Entry>, bool), SessionError> {
        self.get_keyed(&self.key(app_public_key, chain), app_public_key, chain, fresh).await
    }

    /// [`get`](Self::get) with the cache key already computed (it is a hash: once per relay).
    pub async fn get_keyed(
        &self,
        key: &str,
        app_public_key: &str,
        chain: &str,
        fresh: bool,
    ) -> Result<(Arc<Entry>, bool), SessionError> {
        match self.fetch_keyed(key, app_public_key, chain, fresh).await {
            // No full node answers at a rollover: the session that just ended is still accepted
            // in its grace period (Shannon), so relays go on with it (PATH keeps the previous
            // session around a rollover too) while the next fetch is retried.
            Err(SessionError::Unavailable(failures)) if !fresh => match self.store.load(key) {
                Some(entry) if entry.in_grace(cache::now_ms(), self.block_time) => {
                    self.emit(Event::CacheWarning(format!(
                        "no full node gave the next session ({}); relaying with session {} in its grace period",
                        failures.first().map(|(d, e)| format!("{d}: {e}")).unwrap_or_default(),
                        entry.dispatch.session.session_height
                    )));
                    Ok((entry, true))
                }
                _ => Err(SessionError::Unavailable(failures)),
            },
            other => other,
        }
    }

    async fn fetch_keyed(
        &self,
        key: &str,
        app_public_key: &str,
        chain: &str,
        fresh: bool,
    ) -> Result<(Arc<Entry>, bool), SessionError> {
        // One read of the store: the session if it is still current, else what it knows of the
        // network (blocks per session) for the next dispatch.
        let stored = self.store.load(key);
        if !fresh
            && let Some(entry) =
                stored.as_ref().filter(|e| e.is_current(cache::now_ms(), self.block_time)).cloned()
        {
            self.emit_detail(|| Event::Session {
                source: entry.source.clone(),
                session_height: entry.dispatch.session.session_height,
                nodes: entry.dispatch.session.nodes.len(),
                cached: true,
            });
            return Ok((entry, true));
        }
        // After a failed round, wait out the back-off (and share its probe's outcome).
        let permit = match self.rpc.backoff().admit(key).await {
            Admit::Go(permit) => permit,
            Admit::Failed(failures) => return Err(SessionError::Unavailable(failures)),
        };
        if permit.waited
            && let Some(entry) =
                self.store.load(key).filter(|e| e.is_current(cache::now_ms(), self.block_time))
        {
            permit.succeeded();
            return Ok((entry, true));
        }
        let mut failures = Vec::new();
        for dispatcher in &self.dispatchers {
            match self.source.fetch(&self.rpc, dispatcher, app_public_key, chain).await {
                Ok(dispatch) => {
                    let known = stored.as_ref().and_then(|e| e.blocks_per_session);
                    let bps = match known {
                        Some(bps) => Some(bps),
                        None => self.source.blocks_per_session(&self.rpc, dispatcher).await.ok(),
                    };
                    let entry = self.adopt(key, dispatcher, dispatch, bps);
                    // Stored first: callers that waited for this probe find the session.
                    permit.succeeded();
                    return Ok((entry, false));
                }
                Err(DispatchError::Refused { code, message }) => {
                    permit.succeeded();
                    return Err(SessionError::Refused { dispatcher: dispatcher.clone(), code, message });
                }
                Err(DispatchError::Unavailable(error)) => {
                    self.emit(Event::DispatcherFailed {
                        dispatcher: dispatcher.clone(),
                        error: error.clone(),
                    });
                    failures.push((dispatcher.clone(), error));
                }
            }
        }
        permit.failed(&failures);
        Err(SessionError::Unavailable(failures))
    }

    /// Stores a dispatch (from a dispatcher, or carried in a node's error) as the session.
    pub fn adopt(&self, key: &str, source: &str, dispatch: Dispatch, bps: Option<i64>) -> Arc<Entry> {
        let entry = Entry::new(source, dispatch, bps, cache::now_ms());
        self.emit(Event::Session {
            source: source.to_string(),
            session_height: entry.dispatch.session.session_height,
            nodes: entry.dispatch.session.nodes.len(),
            cached: false,
        });
        match self.store.save(key, entry.clone()) {
            Ok(saved) => saved,
            Err(e) => {
                self.emit(Event::CacheWarning(e));
                Arc::new(entry)
            }
        }
    }

    fn avoid(&self, key: &str, session_height: i64, address: &str) {
        if let Err(e) = self.store.avoid(key, session_height, address) {
            self.emit(Event::CacheWarning(e));
        }
    }
}

/// How to send one request.
#[derive(Debug, Clone, Default)]
pub struct RelayOptions {
    /// Extra attempts after the first, on other nodes or after a re-dispatch.
    pub retries: u32,
    /// Only this node (address or service URL).
    pub node: Option<String>,
    /// Ask this many distinct nodes and return the majority answer (0 or 1: one node).
    pub consensus: usize,
}

/// A node whose verified answer differed from the majority's.
#[derive(Debug, Clone, Serialize)]
pub struct Dissent {
    pub node: NodeRef,
    pub response: String,
}

/// A relay's answer and how it was obtained.
#[derive(Debug, Clone)]
pub struct Answer {
    pub response: String,
    pub node: NodeRef,
    /// Whether the servicer's signature was checked (and so verified).
    pub verified: bool,
    /// The answering attempt's latency.
    pub latency: Duration,
    pub attempts: Vec<Attempt>,
    pub session_height: i64,
    /// With consensus: every node that gave the majority answer, and those that did not.
    pub agreeing: Vec<NodeRef>,
    pub dissenting: Vec<Dissent>,
}

/// Why a relay has no answer.
#[derive(Debug, Clone)]
pub enum RelayError {
    Session(SessionError),
    /// `--node` is not in the session.
    NodeNotInSession {
        node: String,
        session: Vec<NodeRef>,
    },
    /// A node refused with a code that no retry can fix.
    Rejected {
        node: NodeRef,
        failure: Box<Failure>,
        attempts: Vec<Attempt>,
    },
    /// Every attempt failed, or no usable node was left.
    Exhausted {
        last: Option<Box<(NodeRef, Failure)>>,
        attempts: Vec<Attempt>,
        nodes_left: usize,
    },
    /// Consensus: no answer was given by more than half of the nodes asked.
    NoConsensus {
        groups: Vec<(String, Vec<NodeRef>)>,
        wanted: usize,
        attempts: Vec<Attempt>,
    },
}

/// What a long-lived process (`pgw serve`) knows about nodes: it orders and filters the
/// candidates of each relay, and learns from every attempt.
pub trait NodeQos: Send + Sync {
    /// The candidates to use, best first; nodes left out are not used for this relay.
    fn rank<'e>(
        &self,
        chain: &str,
        entry: &'e Entry,
        candidates: Vec<&'e SessionNode>,
    ) -> Vec<&'e SessionNode>;
    /// One attempt's outcome (`None`: a verified answer).
    fn observe(
        &self,
        chain: &str,
        entry: &Entry,
        node: &NodeRef,
        latency: Duration,
        failure: Option<&Failure>,
    );
    /// The first `room` of the ranked candidates that may be sent a relay now (a relay budget
    /// counts each one); by default simply the first `room`.
    fn admit<'a>(
        &'a self,
        _chain: &'a str,
        _entry: &'a Entry,
        mut ranked: Vec<&'a SessionNode>,
        room: usize,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Vec<&'a SessionNode>> + Send + 'a>> {
        ranked.truncate(room);
        Box::pin(std::future::ready(ranked))
    }
}

/// Sends relays for one signer.
pub struct Engine {
    pub sessions: Sessions,
    /// The protocol's signing, sending and judging, one per app (never empty): each relay takes
    /// the next in turn, with that app's session, so a Shannon gateway's load spreads across
    /// its apps.
    relayers: Vec<Arc<dyn Relayer>>,
    turn: AtomicUsize,
    /// Check every servicer signature (on by default; `--no-verify` turns it off).
    pub verify: bool,
    /// Node health and preference for long-lived processes; `None`: random healthy node.
    pub qos: Option<Arc<dyn NodeQos>>,
    /// Session-cache keys already computed, as (app, chain, key): the key is a hash of the
    /// dispatchers, app and chain, the same for every relay of an app on a chain.
    keys: std::sync::Mutex<Vec<(String, String, Arc<str>)>>,
}

/// The most (app, chain) cache keys an engine remembers; past it the memo starts again.
const KEYS_KEPT: usize = 64;

/// One attempt's bookkeeping.
struct Sent {
    node: NodeRef,
    result: Result<String, Failure>,
    latency: Duration,
}

impl Engine {
    /// An engine that verifies every answer and picks nodes at random.
    pub fn new(sessions: Sessions, relayer: Arc<dyn Relayer>) -> Engine {
        Engine {
            sessions,
            relayers: vec![relayer],
            turn: AtomicUsize::new(0),
            verify: true,
            qos: None,
            keys: Default::default(),
        }
    }

    /// An engine whose relays take `relayers` in turn; `None` when there are none.
    pub fn with_relayers(sessions: Sessions, relayers: Vec<Arc<dyn Relayer>>) -> Option<Engine> {
        let mut relayers = relayers.into_iter();
        let mut engine = Engine::new(sessions, relayers.next()?);
        engine.relayers.extend(relayers);
        Some(engine)
    }

    /// The same relayers and checks on other sessions (no QoS): a scratch copy.
    pub fn on(&self, sessions: Sessions) -> Engine {
        Engine {
            sessions,
            relayers: self.relayers.clone(),
            turn: AtomicUsize::new(0),
            verify: self.verify,
            qos: None,
            keys: Default::default(),
        }
    }

    /// The session-cache key of `app` on `chain` ([`Sessions::key`]), computed once.
    fn cache_key(&self, app: &str, chain: &str) -> Arc<str> {
        let mut keys = self.keys.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, _, key)) = keys.iter().find(|(a, c, _)| a == app && c == chain) {
            return key.clone();
        }
        let key: Arc<str> = self.sessions.key(app, chain).into();
        if keys.len() >= KEYS_KEPT {
            keys.clear();
        }
        keys.push((app.to_string(), chain.to_string(), key.clone()));
        key
    }

    /// Another app's relayer, taken in turn with the others.
    pub fn add_relayer(&mut self, relayer: Arc<dyn Relayer>) {
        self.relayers.push(relayer);
    }

    /// Every app's relayer, the first one first.
    pub fn relayers(&self) -> &[Arc<dyn Relayer>] {
        &self.relayers
    }

    /// The first app whose sessions this engine uses.
    pub fn app(&self) -> &str {
        self.relayers[0].app()
    }

    /// The index of the next relay's relayer: the only one, or the next app's in turn.
    fn next_turn(&self) -> usize {
        match self.relayers.len() {
            1 => 0,
            n => self.turn.fetch_add(1, Ordering::Relaxed) % n,
        }
    }

    /// The session for `chain` (cached unless `fresh`).
    pub async fn session(&self, chain: &str, fresh: bool) -> Result<Arc<Entry>, RelayError> {
        self.session_of(&self.relayers[0], chain, fresh).await
    }

    /// The session of `relayer`'s app for `chain` (cached unless `fresh`).
    pub async fn session_of(
        &self,
        relayer: &Arc<dyn Relayer>,
        chain: &str,
        fresh: bool,
    ) -> Result<Arc<Entry>, RelayError> {
        let (entry, _) = self.sessions.get(relayer.app(), chain, fresh).await.map_err(RelayError::Session)?;
        Ok(entry)
    }

    /// Signs a relay for `node` of the session, at the session's estimated height, with fresh
    /// entropy.
    pub fn sign(&self, entry: &Entry, node: &NodeRef, payload: &Payload) -> Signed {
        Self::sign_with(&self.relayers[0], self.sessions.block_time, entry, node, payload)
    }

    fn sign_with(
        relayer: &Arc<dyn Relayer>,
        block_time: Option<Duration>,
        entry: &Entry,
        node: &NodeRef,
        payload: &Payload,
    ) -> Signed {
        let height = entry.estimated_height(cache::now_ms(), block_time);
        relayer.sign(&entry.dispatch.session, node, payload, height)
    }

    /// Sends one signed relay and judges the answer (its signature too, when verifying). The
    /// latency is the round trip only.
    fn send(
        &self,
        relayer: &Arc<dyn Relayer>,
        node: NodeRef,
        signed: Signed,
    ) -> impl Future<Output = Sent> + Send + 'static {
        let relayer = relayer.clone();
        let (verify, digest) = (self.verify, signed.digest);
        // Sent to another of the node's endpoints (Shannon REST): reports name that URL.
        let node = match &signed.route {
            Some(route) => NodeRef { service_url: route.url.clone(), ..node },
            None => node,
        };
        let send = relayer.send(self.sessions.rpc.clone(), &node, signed);
        async move {
            let start = Instant::now();
            let answer = send.await;
            let latency = start.elapsed();
            let result =
                answer.and_then(|(status, body)| relayer.judge(&node, &digest, status, &body, verify));
            Sent { node, result, latency }
        }
    }

    fn record(&self, sent: &Sent, attempts: &mut Vec<Attempt>) {
        let attempt = Attempt {
            node: sent.node.address.clone(),
            service_url: sent.node.service_url.clone(),
            latency_ms: (sent.latency.as_secs_f64() * 1e6).round() / 1e3,
            outcome: match &sent.result {
                Ok(_) => "ok",
                Err(f) => f.kind(),
            },
            code: sent.result.as_ref().err().and_then(Failure::code),
            error: sent.result.as_ref().err().map(Failure::to_string),
        };
        self.sessions.emit_detail(|| Event::Attempt(attempt.clone()));
        attempts.push(attempt);
    }

    /// The session node `pin` names (`--node`: an address, any case, or a service URL).
    pub fn pinned_node(entry: &Entry, pin: &str) -> Result<NodeRef, RelayError> {
        Self::pinned(entry, pin).map(NodeRef::from)
    }

    fn pinned<'e>(entry: &'e Entry, pin: &str) -> Result<&'e SessionNode, RelayError> {
        let nodes = &entry.dispatch.session.nodes;
        let pin_url = pin.trim_end_matches('/');
        nodes.iter().find(|n| n.address.eq_ignore_ascii_case(pin) || n.service_url == pin_url).ok_or_else(
            || RelayError::NodeNotInSession {
                node: pin.to_string(),
                session: nodes.iter().map(NodeRef::from).collect(),
            },
        )
    }

    /// The nodes relays with this pin may use: the pinned node, or every session node.
    pub fn session_nodes(entry: &Entry, pinned: Option<&str>) -> Result<Vec<NodeRef>, RelayError> {
        match pinned {
            Some(pin) => Ok(vec![Self::pinned_node(entry, pin)?]),
            None => Ok(entry.dispatch.session.nodes.iter().map(NodeRef::from).collect()),
        }
    }

    /// The nodes a relay may go to now: the pinned node, or the session's nodes that are not
    /// avoided nor already tried by this relay (healthy, unjailed ones first), shuffled.
    /// `limit` bounds how many are returned. They are the session's own: only the nodes a relay
    /// goes to are copied (this runs per relay).
    fn candidates<'e>(
        entry: &'e Entry,
        pinned: Option<&str>,
        tried: &[String],
        limit: usize,
    ) -> Result<Vec<&'e SessionNode>, RelayError> {
        let nodes = &entry.dispatch.session.nodes;
        if let Some(pin) = pinned {
            let node = Self::pinned(entry, pin)?;
            return Ok(if tried.contains(&node.address) { vec![] } else { vec![node] });
        }
        let mut usable: Vec<&SessionNode> = Vec::with_capacity(nodes.len());
        usable.extend(
            nodes.iter().filter(|n| !tried.contains(&n.address) && !entry.avoid.contains(&n.address)),
        );
        usable.shuffle(&mut rand::thread_rng());
        usable.sort_by_key(|n| n.jailed);
        usable.truncate(limit);
        Ok(usable)
    }

    /// Sends a request through the session's nodes with failover (and consensus if asked).
    pub async fn relay(
        &self,
        chain: &str,
        payload: &Payload,
        options: &RelayOptions,
    ) -> Result<Answer, RelayError> {
        let first = self.next_turn();
        let mut result = self.relay_as(&self.relayers[first], chain, payload, options).await;
        // An app with no node to send to (each one evicted, or its relay budget spent): the
        // gateway's next apps, each once.
        for next in 1..self.relayers.len() {
            if !matches!(&result, Err(RelayError::Exhausted { attempts, .. }) if attempts.is_empty()) {
                break;
            }
            let relayer = &self.relayers[(first + next) % self.relayers.len()];
            result = self.relay_as(relayer, chain, payload, options).await;
        }
        result
    }

    /// A relay with `relayer`'s app and session (one of [`Engine::relayers`]), not the next in
    /// turn: for work that belongs to one app's session (serve's sync checks).
    pub async fn relay_as(
        &self,
        relayer: &Arc<dyn Relayer>,
        chain: &str,
        payload: &Payload,
        options: &RelayOptions,
    ) -> Result<Answer, RelayError> {
        let key = self.cache_key(relayer.app(), chain);
        let (mut entry, mut cached) =
            self.sessions.get_keyed(&key, relayer.app(), chain, false).await.map_err(RelayError::Session)?;
        let wanted = options.consensus.max(1);
        let mut budget = wanted + options.retries as usize;
        // The nodes this relay has sent to: a few, so a list (no hashing per relay).
        let mut tried = Vec::new();
        let mut attempts = Vec::new();
        let mut answers: Vec<(NodeRef, String, Duration)> = Vec::new();
        let mut last = None;
        loop {
            while answers.len() < wanted && attempts.len() < budget {
                let room = (wanted - answers.len()).min(budget - attempts.len());
                // QoS ranks every usable node; without it a random few are enough.
                let ranked = self.qos.as_ref().filter(|_| options.node.is_none());
                let limit = if ranked.is_some() { usize::MAX } else { room };
                let mut nodes = Self::candidates(&entry, options.node.as_deref(), &tried, limit)?;
                if let Some(qos) = ranked {
                    nodes = qos.rank(chain, &entry, nodes);
                    nodes = qos.admit(chain, &entry, nodes, room).await;
                }
                nodes.truncate(room);
                if nodes.is_empty() {
                    break;
                }
                let nodes: Vec<NodeRef> = nodes.into_iter().map(NodeRef::from).collect();
                let sent = self.send_all(relayer, &entry, &nodes, payload).await;
                let before = entry.clone();
                let mut redispatch = false;
                for sent in sent {
                    self.record(&sent, &mut attempts);
                    if let Some(qos) = &self.qos {
                        qos.observe(chain, &entry, &sent.node, sent.latency, sent.result.as_ref().err());
                    }
                    tried.push(sent.node.address.clone());
                    let failure = match sent.result {
                        Ok(answer) => {
                            answers.push((sent.node, answer, sent.latency));
                            continue;
                        }
                        Err(failure) => failure,
                    };
                    // A carried dispatch is the node's view now: a new session (60, 14), or the
                    // same one at the node's height (75: the relay's block height was off), which
                    // also resets the height estimate.
                    if let Some(dispatch) = failure.dispatch() {
                        let source = &sent.node.service_url;
                        entry = self.sessions.adopt(&key, source, dispatch.clone(), entry.blocks_per_session);
                        cached = false;
                    }
                    match failure.next() {
                        Next::Stop => {
                            return Err(RelayError::Rejected {
                                node: sent.node,
                                failure: Box::new(failure),
                                attempts,
                            });
                        }
                        Next::OtherNode { avoid: true } => {
                            let session_height = before.dispatch.session.session_height;
                            self.sessions.avoid(&key, session_height, &sent.node.address)
                        }
                        Next::OtherNode { avoid: false } => {}
                        Next::Redispatch => redispatch |= failure.dispatch().is_none(),
                    }
                    last = Some(Box::new((sent.node, failure)));
                }
                let moved = |entry: &Arc<Entry>| {
                    !Arc::ptr_eq(entry, &before) && entry.dispatch.session != before.dispatch.session
                };
                if redispatch && !moved(&entry) {
                    entry = self.session_of(relayer, chain, true).await?;
                    cached = false;
                }
                if moved(&entry) {
                    Self::new_session(&mut tried, &answers);
                }
            }
            // About to fail on a session from the cache: it may be stale in a way no node could
            // say (a restarted network, moved nodes). Dispatch once more; a different session
            // gets a fresh set of attempts.
            if answers.len() < wanted && cached {
                cached = false;
                let fresh = self.session_of(relayer, chain, true).await?;
                if fresh.dispatch.session != entry.dispatch.session {
                    entry = fresh;
                    Self::new_session(&mut tried, &answers);
                    budget = attempts.len() + (wanted - answers.len()) + options.retries as usize;
                    continue;
                }
                entry = fresh;
            }
            break;
        }
        self.conclude(&entry, answers, wanted, attempts, last, options.node.as_deref(), &tried)
    }

    /// A new session: its nodes have not been tried by this relay (but a node that already
    /// answered does not vote twice).
    fn new_session(tried: &mut Vec<String>, answers: &[(NodeRef, String, Duration)]) {
        tried.clear();
        tried.extend(answers.iter().map(|(node, _, _)| node.address.clone()));
    }

    /// Signs one relay per node and sends them concurrently.
    async fn send_all(
        &self,
        relayer: &Arc<dyn Relayer>,
        entry: &Entry,
        nodes: &[NodeRef],
        payload: &Payload,
    ) -> Vec<Sent> {
        let block_time = self.sessions.block_time;
        let signed: Vec<Signed> =
            nodes.iter().map(|n| Self::sign_with(relayer, block_time, entry, n, payload)).collect();
        if let ([node], [_]) = (nodes, signed.as_slice()) {
            let signed = signed.into_iter().next().unwrap_or_default();
            return vec![self.send(relayer, node.clone(), signed).await];
        }
        let mut set = tokio::task::JoinSet::new();
        for (index, (node, signed)) in nodes.iter().cloned().zip(signed).enumerate() {
            let send = self.send(relayer, node, signed);
            set.spawn(async move { (index, send.await) });
        }
        let mut done: Vec<(usize, Sent)> = set.join_all().await;
        done.sort_by_key(|(index, _)| *index);
        done.into_iter().map(|(_, sent)| sent).collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn conclude(
        &self,
        entry: &Entry,
        mut answers: Vec<(NodeRef, String, Duration)>,
        wanted: usize,
        attempts: Vec<Attempt>,
        last: Option<Box<(NodeRef, Failure)>>,
        pinned: Option<&str>,
        tried: &[String],
    ) -> Result<Answer, RelayError> {
        if answers.is_empty() {
            let nodes_left = Self::candidates(entry, pinned, tried, usize::MAX).map(|c| c.len()).unwrap_or(0);
            return Err(RelayError::Exhausted { last, attempts, nodes_left });
        }
        let session_height = entry.dispatch.session.session_height;
        // No consensus asked (nearly every relay): the one answer is the answer.
        if wanted == 1
            && answers.len() == 1
            && let Some((node, response, latency)) = answers.pop()
        {
            return Ok(Answer {
                response,
                agreeing: vec![node.clone()],
                node,
                verified: self.verify,
                latency,
                attempts,
                session_height,
                dissenting: vec![],
            });
        }
        // Group identical answers, largest group first (ties: first answered).
        let mut groups: Vec<(String, Vec<(NodeRef, Duration)>)> = Vec::new();
        for (node, response, latency) in answers {
            match groups.iter_mut().find(|(r, _)| *r == response) {
                Some((_, members)) => members.push((node, latency)),
                None => groups.push((response, vec![(node, latency)])),
            }
        }
        groups.sort_by_key(|(_, members)| std::cmp::Reverse(members.len()));
        if groups[0].1.len() * 2 <= wanted && wanted > 1 {
            let groups = groups
                .into_iter()
                .map(|(r, members)| (r, members.into_iter().map(|(n, _)| n).collect()))
                .collect();
            return Err(RelayError::NoConsensus { groups, wanted, attempts });
        }
        let mut groups = groups.into_iter();
        let Some((response, members)) = groups.next() else {
            return Err(RelayError::Exhausted { last, attempts, nodes_left: 0 });
        };
        let dissenting = groups
            .flat_map(|(response, members)| {
                members.into_iter().map(move |(node, _)| Dissent { node, response: response.clone() })
            })
            .collect();
        let Some((node, latency)) = members.first().cloned() else {
            return Err(RelayError::Exhausted { last, attempts, nodes_left: 0 });
        };
        Ok(Answer {
            response,
            node,
            verified: self.verify,
            latency,
            attempts,
            session_height,
            agreeing: members.into_iter().map(|(n, _)| n).collect(),
            dissenting,
        })
    }
}

#[cfg(test)]
mod tests {
    //! The engine through its seam alone: a protocol that is neither Morse nor HTTP.
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;
    use crate::network::cache::MemoryStore;
    use crate::network::relayer::BoxFuture;
    use crate::network::session::Session;

    struct Source {
        fetches: AtomicUsize,
    }

    impl SessionSource for Source {
        fn fetch<'a>(
            &'a self,
            _: &'a Rpc,
            _: &'a str,
            app: &'a str,
            chain: &'a str,
        ) -> BoxFuture<'a, Result<Dispatch, DispatchError>> {
            self.fetches.fetch_add(1, Ordering::SeqCst);
            let node = |address: &str| SessionNode {
                address: address.into(),
                public_key: format!("key-{address}"),
                service_url: format!("http://{address}"),
                jailed: false,
                chains: vec![chain.into()],
                stake: "1".into(),
            };
            let session = Session {
                app_public_key: app.into(),
                shannon: None,
                chain: chain.into(),
                session_height: 9,
                key: "k".into(),
                nodes: vec![node("a"), node("b"), node("c")],
            };
            Box::pin(async move { Ok(Dispatch { block_height: 10, session }) })
        }

        fn blocks_per_session<'a>(
            &'a self,
            _: &'a Rpc,
            _: &'a str,
        ) -> BoxFuture<'a, Result<i64, DispatchError>> {
            Box::pin(async { Ok(4) })
        }
    }

    /// Node `a` refuses connections, `c` answers differently from `b`; every signed body names
    /// the node, chain, session and height it was signed for.
    struct Fake {
        signed: Mutex<Vec<String>>,
    }

    impl Relayer for Fake {
        fn app(&self) -> &str {
            "app"
        }

        fn sign(&self, session: &Session, node: &NodeRef, payload: &Payload, height: i64) -> Signed {
            let body = format!(
                "{}|{}|{}|{height}|{}",
                node.address, session.chain, session.session_height, payload.data
            );
            self.signed.lock().unwrap().push(body.clone());
            Signed { body: body.into_bytes(), digest: [7; 32], route: None }
        }

        fn send(
            &self,
            _: Rpc,
            node: &NodeRef,
            signed: Signed,
        ) -> BoxFuture<'static, Result<(u16, Vec<u8>), Failure>> {
            let (address, body) = (node.address.clone(), signed.body);
            Box::pin(async move {
                match address.as_str() {
                    "a" => Err(Failure::Connect("refused".into())),
                    "c" => Ok((200, b"lie".to_vec())),
                    _ => Ok((200, body)),
                }
            })
        }

        fn judge(
            &self,
            node: &NodeRef,
            digest: &[u8; 32],
            status: u16,
            body: &[u8],
            verify: bool,
        ) -> Result<String, Failure> {
            assert_eq!((status, digest, verify), (200, &[7; 32], true));
            if body == b"lie" {
                return Ok(format!("{} says 0", node.address));
            }
            let body = String::from_utf8(body.to_vec()).unwrap();
            Ok(format!("answer to {}", body.rsplit('|').next().unwrap()))
        }
    }

    fn engine() -> (Engine, Arc<Source>, Arc<Fake>, Arc<MemoryStore>) {
        let source = Arc::new(Source { fetches: AtomicUsize::new(0) });
        let fake = Arc::new(Fake { signed: Mutex::new(Vec::new()) });
        let store = Arc::new(MemoryStore::default());
        let sessions = Sessions {
            rpc: Rpc::new(Duration::from_secs(1), Duration::from_secs(1)).unwrap(),
            source: source.clone(),
            dispatchers: vec!["http://full-node".into()],
            store: store.clone(),
            block_time: Some(Duration::from_secs(60)),
            observer: None,
        };
        (Engine::new(sessions, fake.clone()), source, fake, store)
    }

    #[test]
    fn the_memoised_cache_key_is_the_sessions_key() {
        let (engine, ..) = engine();
        for (app, chain) in [("app", "0021"), ("app", "0001"), ("other", "0021"), ("app", "0021")] {
            assert_eq!(*engine.cache_key(app, chain), engine.sessions.key(app, chain));
        }
        assert_eq!(engine.keys.lock().unwrap().len(), 3);
    }

    fn payload() -> Payload {
        Payload { data: "ping".into(), ..Payload::default() }
    }

    fn pinned(node: &str) -> RelayOptions {
        RelayOptions { retries: 0, node: Some(node.into()), consensus: 0 }
    }

    #[tokio::test]
    async fn signs_for_the_node_and_session_and_returns_what_the_relayer_judged() {
        let (engine, source, fake, _) = engine();
        let answer = engine.relay("0021", &payload(), &pinned("b")).await.unwrap();
        assert_eq!(answer.response, "answer to ping");
        assert_eq!((answer.node.address.as_str(), answer.session_height, answer.verified), ("b", 9, true));
        // Signed at the dispatcher's height, for the session's chain and start.
        assert_eq!(*fake.signed.lock().unwrap(), ["b|0021|9|10|ping"]);
        // A second relay uses the cached session.
        engine.relay("0021", &payload(), &pinned("b")).await.unwrap();
        assert_eq!(source.fetches.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn a_failing_node_is_avoided_for_the_session_and_another_answers() {
        let (engine, _, _, store) = engine();
        let error = engine.relay("0021", &payload(), &pinned("a")).await.unwrap_err();
        let RelayError::Exhausted { last: Some(last), attempts, .. } = error else { panic!("{error:?}") };
        assert_eq!((last.0.address.as_str(), last.1.kind()), ("a", "connect"));
        assert_eq!(attempts.len(), 1);
        let entry = store.load(&engine.sessions.key("app", "0021")).unwrap();
        assert!(entry.avoid.contains("a"), "{:?}", entry.avoid);
        // Unpinned, `a` is never tried again and one of the others answers.
        for _ in 0..20 {
            let answer =
                engine.relay("0021", &payload(), &RelayOptions { retries: 1, ..Default::default() }).await;
            assert_ne!(answer.unwrap().node.address, "a");
        }
    }

    #[tokio::test]
    async fn consensus_names_the_dissenting_node() {
        let (engine, _, _, store) = engine();
        // With `a` avoided, consensus 2 asks `b` and `c`: no majority of two.
        engine.relay("0021", &payload(), &pinned("a")).await.unwrap_err();
        assert!(store.load(&engine.sessions.key("app", "0021")).unwrap().avoid.contains("a"));
        let options = RelayOptions { retries: 0, node: None, consensus: 2 };
        let error = engine.relay("0021", &payload(), &options).await.unwrap_err();
        let RelayError::NoConsensus { groups, wanted, .. } = error else { panic!("{error:?}") };
        assert_eq!((groups.len(), wanted), (2, 2));
        let mut answers: Vec<&str> = groups.iter().map(|(r, _)| r.as_str()).collect();
        answers.sort();
        assert_eq!(answers, ["answer to ping", "c says 0"]);
    }
}
