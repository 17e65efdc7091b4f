//! `pgw proof sign` and `pgw proof verify`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::Ctx;
use super::input;
use super::request::RequestArgs;
use super::signer::SignerArgs;
use crate::error::{EXIT_CHECK_FAILED, EXIT_OK, Error, Result};
use crate::output::checklist;
use crate::protocol::chains;
use crate::protocol::morse::relay::{self, Meta, Target};
use crate::protocol::morse::verify;

#[derive(Debug, Subcommand)]
pub enum ProofCommand {
    Sign(Box<SignArgs>),
    Verify(VerifyArgs),
}

impl ProofCommand {
    pub fn run(self, ctx: &Ctx) -> Result<u8> {
        match self {
            ProofCommand::Sign(args) => args.run(ctx),
            ProofCommand::Verify(args) => args.run(ctx),
        }
    }
}

/// Build a complete signed relay offline and print the exact body to POST to
/// /v1/client/relay.
///
/// stdout is exactly that body (compact JSON, with a newline only on a terminal), with or
/// without --output json. The proof is signed by the AAT's client key: pass --aat FILE with
/// the client key, or an app key alone (a self-signed AAT is made on the fly), or an app key
/// and a client key (an AAT for that client is made on the fly).
///
/// Examples:
///   pgw proof sign eth '{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}' \
///       --servicer b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3 \
///       --session-height 12345 --app-key-file app.key
///   pgw proof sign 0021 @request.json --servicer $NODE --session-height 12345 \
///       --aat aat.json --client-key-file client.key | pgw proof verify -
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SignArgs {
    /// Relay chain ID or alias (e.g. 0021 or eth)
    #[arg(value_name = "CHAIN")]
    chain: String,
    /// The request for the chain: literal text, - for stdin, or @FILE
    #[arg(value_name = "DATA")]
    data: String,
    /// Public key of the servicer node the relay is for (64 hex characters)
    #[arg(long, value_name = "PUBKEY")]
    servicer: String,
    /// The session's block height
    #[arg(long, value_name = "N", value_parser = parse_session_height)]
    session_height: i64,
    /// The relay's meta.block_height [default: the session height]
    #[arg(long, value_name = "N", value_parser = parse_block_height, allow_negative_numbers = true)]
    block_height: Option<i64>,
    /// The proof's entropy, 0 to 9223372036854775807 [default: random]
    #[arg(long, value_name = "N", value_parser = parse_entropy, allow_negative_numbers = true)]
    entropy: Option<i64>,
    #[command(flatten)]
    request: RequestArgs,
    #[command(flatten)]
    signer: SignerArgs,
}

const ENTROPY_RANGE: &str = "entropy must be a whole number from 0 to 9223372036854775807";

fn parse_entropy(s: &str) -> std::result::Result<i64, String> {
    match s.trim().parse::<i128>() {
        Ok(n) if (0..=i128::from(i64::MAX)).contains(&n) => Ok(n as i64),
        _ => Err(ENTROPY_RANGE.into()),
    }
}

fn parse_session_height(s: &str) -> std::result::Result<i64, String> {
    match s.trim().parse::<i64>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => {
            Err("the session height must be a whole number of at least 1 (nodes answer code 60 otherwise)"
                .into())
        }
    }
}

fn parse_block_height(s: &str) -> std::result::Result<i64, String> {
    match s.trim().parse::<i64>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => {
            Err("the block height must be a whole number of at least 1 (nodes answer code 60 otherwise)"
                .into())
        }
    }
}

impl SignArgs {
    fn run(mut self, ctx: &Ctx) -> Result<u8> {
        let chain = chains::resolve(&self.chain).map_err(|e| Error::usage(e.to_string()))?;
        input::parse_public_key("--servicer", &self.servicer)?;
        let payload = self.request.payload(input::read_data(&self.data)?)?;
        let signer = self.signer.require(ctx)?;
        let meta = Meta { block_height: self.block_height.unwrap_or(self.session_height) };
        let target = Target {
            servicer_pub_key: &self.servicer.trim().to_ascii_lowercase(),
            blockchain: &chain.id,
            session_block_height: self.session_height,
        };
        let entropy = self.entropy.unwrap_or_else(relay::random_entropy);
        let relay = signer.sign(payload, meta, target, entropy);
        ctx.printer.detail(&format!(
            "request hash  {}\ntoken         {}\nproof hash    {}\nentropy       {}\nsigned by     {} (client)",
            relay.proof.request_hash,
            signer.token(),
            hex::encode(relay.proof.fields(signer.token()).hash()),
            entropy,
            signer.aat().client_pub_key,
        ));
        let mut body = relay.to_json();
        if ctx.printer.stdout_is_terminal() {
            body.push('\n');
        }
        ctx.printer.stdout(body.as_bytes())?;
        Ok(EXIT_OK)
    }
}

/// Check a relay body as a servicer node would, offline, and explain any failure.
///
/// Takes the body as POSTed to /v1/client/relay by any client (pgw, pocket-js, a gateway's
/// logs) and re-runs, in pocket-core's order, every check that needs no chain state: the JSON
/// decoding, field formats, entropy, the request hash (recomputed as a Go node re-encodes it),
/// the AAT and the client signature. With --response, also the servicer's signature on the
/// node's answer. Exits 1 when any check fails.
///
/// Examples:
///   pgw proof verify relay.json
///   pgw proof verify relay.json --response answer.json --explain
///   pgw proof sign eth @req.json --servicer $NODE --session-height 5 --app-key-file app.key \
///       | pgw proof verify -
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct VerifyArgs {
    /// The relay body (JSON), or - for stdin
    #[arg(value_name = "FILE", default_value = "-")]
    file: PathBuf,
    /// The node's answer ({"response","signature"}) to check the servicer's signature
    #[arg(long, value_name = "FILE")]
    response: Option<PathBuf>,
    /// Show the exact bytes hashed at each step
    #[arg(long)]
    explain: bool,
}

impl VerifyArgs {
    fn run(self, ctx: &Ctx) -> Result<u8> {
        let body = input::read_bytes(&self.file)?;
        let response = self.response.as_deref().map(input::read_bytes).transpose()?;
        let mut report = verify::verify_relay(&body, response.as_deref());
        if !self.explain {
            report.checks.iter_mut().for_each(|c| c.hashed.clear());
        }
        ctx.printer.result(&report, || {
            let mut text = checklist::render(&report.checks, self.explain);
            text.push_str(&checklist::verdict_line(&report.verdict, "relay"));
            text
        })?;
        Ok(if report.verdict.valid { EXIT_OK } else { EXIT_CHECK_FAILED })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entropy_range_is_enforced() {
        assert_eq!(parse_entropy("0"), Ok(0));
        assert_eq!(parse_entropy("9223372036854775807"), Ok(i64::MAX));
        assert_eq!(parse_entropy("9223372036854775808"), Err(ENTROPY_RANGE.into()));
        assert_eq!(parse_entropy("-1"), Err(ENTROPY_RANGE.into()));
        assert_eq!(parse_entropy("1e3"), Err(ENTROPY_RANGE.into()));
    }

    #[test]
    fn block_heights_are_positive() {
        assert_eq!(parse_block_height("12346"), Ok(12346));
        let refused =
            Err("the block height must be a whole number of at least 1 (nodes answer code 60 otherwise)"
                .into());
        assert_eq!(parse_block_height("-5"), refused);
        assert_eq!(parse_block_height("0"), refused);
    }
}
