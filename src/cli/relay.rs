//! `pgw relay`: one request through POKT, as a gateway sends it.

use clap::Args;
use serde_json::{Value, json};

use super::Ctx;
use super::input;
use super::keysource::{self, NO_APP_KEY};
use super::net::{self, NetArgs};
use super::request::RequestArgs;
use super::signer::{self, ShannonKeyArgs, SignerArgs};
use crate::error::{EXIT_OK, Error, Result};
use crate::network::config::Settings;
use crate::network::engine::{Answer, Engine, RelayOptions};
use crate::protocol::morse::relay::RelaySigner;

/// Send a request to a blockchain through POKT: session, signed relay, failover, verified
/// answer.
///
/// pgw takes the current session (cached under $PGW_HOME/cache until its blocks pass), picks a
/// healthy session node at random, signs a relay with a fresh proof, and checks the servicer's
/// signature on the answer. A node that is down, times out, answers 5xx or garbage, signs badly,
/// or answers a pocket-core code meaning "not now" (90, 71, …) is avoided for the rest of the
/// session and the relay is retried elsewhere; session errors (60, 14, 75) switch to the fresh
/// session the error carries.
///
/// stdout is exactly the node's response body (pipe it to jq); --output json wraps it with the
/// node, latency, attempts and "verified". Exit codes: 5 no session, 6 every attempt failed
/// (also a session the node or relay miner calls stale or expired, which a fresh session fixes),
/// 7 refused with a code no retry fixes, 8 no consensus (docs/output.md).
///
/// Examples:
///   pgw relay eth '{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}' --devnet
///   pgw relay eth @request.json --app-key my-app --dispatcher https://dispatch.example.org
///   pgw relay 0021 - --credential app.cred --consensus 3 < request.json
///   pgw relay pokt '' --method GET --path /v1/query/height --profile mainnet
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RelayArgs {
    /// Relay chain ID or alias (e.g. 0021 or eth)
    #[arg(value_name = "CHAIN")]
    chain: String,
    /// The request for the chain: literal text, - for stdin, or @FILE
    #[arg(value_name = "DATA")]
    data: String,
    #[command(flatten)]
    request: RequestArgs,
    /// Send only to this session node (address or service URL)
    #[arg(long, value_name = "ADDRESS|URL")]
    node: Option<String>,
    /// Extra attempts on other nodes (or after a fresh dispatch) when one fails
    #[arg(long, value_name = "N", default_value_t = 2)]
    retries: u32,
    /// Ask N distinct nodes and return the majority answer, reporting nodes that disagree
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=24))]
    consensus: u16,
    /// Do not check the servicer's signature on the answer
    #[arg(long)]
    no_verify: bool,
    #[command(flatten)]
    signer: SignerArgs,
    #[command(flatten)]
    shannon: ShannonKeyArgs,
    #[command(flatten)]
    net: NetArgs,
}

/// The signer from flags or env, else from the config profile (credential, then app key), else
/// an ephemeral key on a devnet.
pub fn signer_for(
    ctx: &Ctx,
    flags: Option<RelaySigner>,
    settings: &Settings,
    devnet: bool,
) -> Result<RelaySigner> {
    if let Some(signer) = flags {
        return Ok(signer);
    }
    if let Some(path) = &settings.credential.value {
        return signer::credential_signer(path);
    }
    if let Some(name) = &settings.app_key.value {
        return signer::self_signed(keysource::unlock_named(ctx, name)?);
    }
    if devnet {
        return signer::ephemeral();
    }
    Err(Error::key(format!("{NO_APP_KEY}, or set app_key in a config.toml profile (or use --devnet)")))
}

/// The response as JSON when it is JSON, else as a string.
fn response_value(response: &str) -> Value {
    serde_json::from_str(response).unwrap_or_else(|_| Value::String(response.to_string()))
}

fn answer_json(chain: &str, answer: &Answer, consensus: usize) -> Value {
    let mut out = json!({
        "chain": chain,
        "response": response_value(&answer.response),
        "verified": answer.verified,
        "node": answer.node,
        "latency_ms": (answer.latency.as_secs_f64() * 1e6).round() / 1e3,
        "session_height": answer.session_height,
        "attempts": answer.attempts,
    });
    if consensus > 1
        && let Some(map) = out.as_object_mut()
    {
        map.insert(
            "consensus".into(),
            json!({ "wanted": consensus, "agreeing": answer.agreeing, "dissenting": answer.dissenting }),
        );
    }
    out
}

impl RelayArgs {
    pub fn run(mut self, ctx: &Ctx) -> Result<u8> {
        let chain = self.net.chain_id(ctx, &self.chain)?;
        let payload = self.request.payload(input::read_data(&self.data)?)?;
        let options = RelayOptions {
            retries: self.retries,
            node: self.node.clone(),
            consensus: usize::from(self.consensus),
        };
        let answer = net::runtime(net::Threads::One)?.block_on(async {
            let network = self.net.connect(ctx, &chain).await?;
            let relayers =
                signer::relayers(ctx, &network, &mut self.signer, &mut self.shannon, self.net.devnet);
            let result = match relayers.map(signer::pick) {
                Ok(relayer) => {
                    let mut engine = Engine::new(network.sessions(ctx.printer), relayer);
                    engine.verify = !self.no_verify;
                    let protocol = network.protocol();
                    engine
                        .relay(&chain, &payload, &options)
                        .await
                        .map_err(|e| net::relay_error_on(protocol, e))
                }
                Err(e) => Err(e),
            };
            network.close().await;
            result
        })?;
        for dissent in &answer.dissenting {
            ctx.printer.warn(&format!(
                "node {} ({}) disagreed with the majority ({} of {}): {}",
                dissent.node.address,
                dissent.node.service_url,
                answer.agreeing.len(),
                options.consensus,
                crate::network::session::snippet(dissent.response.as_bytes())
            ));
        }
        if ctx.printer.is_json() {
            ctx.printer.result(&answer_json(&chain, &answer, options.consensus), String::new)?;
        } else {
            let mut body = answer.response.clone();
            if ctx.printer.stdout_is_terminal() && !body.ends_with('\n') {
                body.push('\n');
            }
            ctx.printer.stdout(body.as_bytes())?;
        }
        Ok(EXIT_OK)
    }
}
