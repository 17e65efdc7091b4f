//! What `dispatch`, `relay`, `bench` and `serve` share: network settings (or an in-process
//! devnet with `--devnet`), the session store, -v progress lines, and how relay failures are
//! worded for people, with their exit codes.

use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use serde_json::json;

use super::Ctx;
use crate::devnet::{self, Devnet};
use crate::error::{EXIT_DISPATCH, EXIT_NO_CONSENSUS, EXIT_REJECTED, EXIT_RELAY, Error, Result};
use crate::network::cache::{DiskStore, MemoryStore, SessionStore};
use crate::network::config::{self, NetworkArgs, NetworkEnv, Settings};
use crate::network::engine::{Event, NodeRef, Observer, RelayError, SessionError, Sessions};
use crate::network::outcome::Failure;
use crate::network::rpc::Rpc;
use crate::output::{Printer, stderr_line};
use crate::protocol::morse::codes;

#[derive(Debug, Args)]
pub struct NetArgs {
    #[command(flatten)]
    pub network: NetworkArgs,
    /// Start a local devnet inside this process and use it: no set-up, and an ephemeral app key
    /// when none is given
    #[arg(long, conflicts_with_all = ["dispatchers", "profile"])]
    pub devnet: bool,
}

/// A network to talk to: its dispatchers, client and session store.
pub struct Network {
    pub settings: Settings,
    pub dispatchers: Vec<String>,
    pub rpc: Rpc,
    pub block_time: Option<Duration>,
    pub store: Arc<dyn SessionStore>,
    /// The in-process devnet, with `--devnet`.
    pub devnet: Option<Devnet>,
}

impl NetArgs {
    /// Resolves settings and, with `--devnet`, starts a devnet that hosts `chain` too.
    pub async fn connect(&self, ctx: &Ctx, chain: &str) -> Result<Network> {
        let home = ctx.home()?;
        let settings = config::load(&home, &self.network, &NetworkEnv::from_process())?;
        let rpc = Rpc::new(settings.connect_timeout.value, settings.timeout.value);
        if self.devnet {
            let mut config = devnet::Config::default();
            if !config.chains.iter().any(|c| c == chain) {
                config.chains.push(chain.to_string());
            }
            let block_time = config.params.block_time;
            let devnet = Devnet::start(config)
                .await
                .map_err(|e| Error::usage(format!("cannot start the in-process devnet: {e}")))?;
            ctx.printer.detail(&format!("devnet: dispatcher {}", devnet.dispatcher_url));
            return Ok(Network {
                dispatchers: vec![devnet.dispatcher_url.clone()],
                settings,
                rpc,
                block_time: Some(block_time),
                store: Arc::new(MemoryStore::default()),
                devnet: Some(devnet),
            });
        }
        let dispatchers = settings.require_dispatchers()?.to_vec();
        Ok(Network {
            block_time: settings.block_time.value,
            dispatchers,
            rpc,
            store: Arc::new(DiskStore::new(&home)),
            devnet: None,
            settings,
        })
    }
}

impl Network {
    pub fn sessions(&self, printer: Printer) -> Sessions {
        Sessions {
            rpc: self.rpc.clone(),
            dispatchers: self.dispatchers.clone(),
            store: self.store.clone(),
            block_time: self.block_time,
            observer: Some(observer(printer)),
        }
    }

    /// Stops the in-process devnet, if any.
    pub async fn close(self) {
        if let Some(devnet) = self.devnet {
            devnet.shutdown().await;
        }
    }
}

/// A single-threaded runtime: one command's relays need no more, and it starts fastest.
pub fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::usage(format!("cannot start the async runtime: {e}")))
}

fn short(address: &str) -> &str {
    address.get(..8).unwrap_or(address)
}

/// Prints engine events on stderr: cache warnings always (unless -q), the rest with -v.
pub fn observer(printer: Printer) -> Observer {
    Arc::new(move |event: &Event| match event {
        Event::CacheWarning(message) => printer.warn(&format!("session cache: {message}")),
        Event::Session { source, session_height, nodes, cached } => printer.detail(&format!(
            "session {session_height} ({nodes} nodes) {}",
            if *cached {
                format!("from the cache (dispatched by {source})")
            } else {
                format!("from {source}")
            }
        )),
        Event::DispatcherFailed { dispatcher, error } => {
            printer.detail(&format!("dispatcher {dispatcher} failed: {error}"))
        }
        Event::Attempt(a) => printer.detail(&format!(
            "attempt: node {} {} {:.1} ms {}{}",
            short(&a.node),
            a.service_url,
            a.latency_ms,
            a.outcome,
            a.error.as_ref().map(|e| format!(": {e}")).unwrap_or_default()
        )),
    })
}

/// The catalogue's reading of a pocket-core code: " Likely culprit: …. <advice>".
fn advice(code: u32) -> String {
    match codes::lookup(code) {
        Some(info) => {
            let culprit = serde_json::to_value(info.culprit).ok();
            let culprit = culprit.as_ref().and_then(|v| v.as_str()).unwrap_or("unknown");
            format!(" {} Likely culprit: {culprit}. {}", info.meaning, info.advice)
        }
        None => " (not a code pgw knows)".to_string(),
    }
}

fn code_json(code: u32) -> serde_json::Value {
    match codes::lookup(code) {
        Some(info) => json!({
            "code": code, "name": info.name, "culprit": info.culprit, "meaning": info.meaning, "advice": info.advice,
        }),
        None => json!({ "code": code }),
    }
}

fn node_label(node: &NodeRef) -> String {
    format!("{} ({})", short(&node.address), node.service_url)
}

/// A session failure as pgw's error (exit 5).
pub fn session_error(e: SessionError) -> Error {
    match e {
        SessionError::Unavailable(failures) => {
            let list: Vec<String> = failures.iter().map(|(d, e)| format!("{d}: {e}")).collect();
            Error::Network {
                kind: "dispatch",
                exit: EXIT_DISPATCH,
                message: format!(
                    "no dispatcher gave a session ({}); check the URLs with `pgw config show` and that the network is up",
                    list.join("; ")
                ),
                details: Some(json!({
                    "dispatchers": failures.iter().map(|(d, e)| json!({ "url": d, "error": e })).collect::<Vec<_>>(),
                })),
            }
        }
        SessionError::Refused { dispatcher, code, message } => Error::Network {
            kind: "dispatch",
            exit: EXIT_DISPATCH,
            message: match code {
                Some(code) => {
                    format!(
                        "dispatcher {dispatcher} refused the dispatch with code {code}: {message}.{}",
                        advice(code)
                    )
                }
                None => format!("dispatcher {dispatcher} refused the dispatch: {message}"),
            },
            details: Some(
                json!({ "dispatcher": dispatcher, "code": code.map(code_json), "message": message }),
            ),
        },
    }
}

/// A relay failure as pgw's error, worded with the error catalogue (exit 5–8, or 2 for --node).
pub fn relay_error(e: RelayError) -> Error {
    match e {
        RelayError::Session(e) => session_error(e),
        RelayError::NodeNotInSession { node, session } => Error::usage(format!(
            "--node {node} is not in the current session; its nodes are: {}",
            session.iter().map(node_label).collect::<Vec<_>>().join(", ")
        )),
        RelayError::Rejected { node, failure, attempts } => {
            let code = failure.code().unwrap_or_default();
            Error::Network {
                kind: "rejected",
                exit: EXIT_REJECTED,
                message: format!(
                    "node {} refused the relay: {failure}.{}",
                    node_label(&node),
                    failure_advice(&failure)
                ),
                details: Some(
                    json!({ "node": node, "error": failure.code().map(|_| code_json(code)), "message": failure_message(&failure), "attempts": attempts }),
                ),
            }
        }
        RelayError::Exhausted { last, attempts, nodes_left } => {
            let mut message = format!(
                "the relay failed on {} attempt{}",
                attempts.len(),
                if attempts.len() == 1 { "" } else { "s" }
            );
            if let Some(last) = &last {
                let (node, failure) = &**last;
                message.push_str(&format!("; last: node {}: {failure}.", node_label(node)));
                message.push_str(&failure_advice(failure));
            } else {
                message.push('.');
            }
            message.push_str(&if nodes_left == 0 {
                " No usable node is left in this session (failed nodes are avoided until it ends)."
                    .to_string()
            } else {
                format!(
                    " {nodes_left} untried node{} left: retry, or raise --retries.",
                    if nodes_left == 1 { "" } else { "s" }
                )
            });
            Error::Network {
                kind: "relay",
                exit: EXIT_RELAY,
                message,
                details: Some(json!({ "attempts": attempts, "nodes_left": nodes_left })),
            }
        }
        RelayError::NoConsensus { groups, wanted, attempts } => {
            let answered: usize = groups.iter().map(|(_, nodes)| nodes.len()).sum();
            let sizes: Vec<String> = groups.iter().map(|(_, nodes)| nodes.len().to_string()).collect();
            Error::Network {
                kind: "consensus",
                exit: EXIT_NO_CONSENSUS,
                message: format!(
                    "no majority: {answered} of {wanted} nodes answered, in {} different ways ({}); no answer had more than {}",
                    groups.len(),
                    sizes.join(" + "),
                    wanted / 2
                ),
                details: Some(json!({
                    "wanted": wanted,
                    "groups": groups.iter().map(|(r, nodes)| json!({ "response": r, "nodes": nodes })).collect::<Vec<_>>(),
                    "attempts": attempts,
                })),
            }
        }
    }
}

/// What a failure means for the user, as a sentence starting with a space ("" when obvious).
fn failure_advice(failure: &Failure) -> String {
    match failure {
        _ if failure.is_request_fault() => " The node refused the request itself (its size or shape), \
             so every node would: send a smaller or well-formed request; retrying does not help."
            .to_string(),
        Failure::Node { code, .. } => advice(*code),
        Failure::BadSignature { .. } => {
            " The node's answer is not signed by its session key, so it cannot be \
             trusted; the node is avoided for the rest of the session (--no-verify skips this check)."
                .to_string()
        }
        _ => String::new(),
    }
}

fn failure_message(failure: &Failure) -> String {
    match failure {
        Failure::Node { message, .. } => message.clone(),
        other => other.to_string(),
    }
}

/// Writes a one-line note on stderr unless -q.
pub fn note(printer: Printer, message: &str) {
    if !printer.quiet {
        stderr_line(message);
    }
}
