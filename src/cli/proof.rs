//! `pgw proof sign` and `pgw proof verify`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::Ctx;
use super::input;
use super::request::RequestArgs;
use super::shannon::{self, Protocol, ShannonSignArgs, ShannonVerifyArgs};
use super::signer::SignerArgs;
use super::values;
use crate::error::{EXIT_CHECK_FAILED, EXIT_OK, Error, Result};
use crate::output::checklist;
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
/// /v1/client/relay (Morse) or to a relay miner (Shannon).
///
/// Morse: stdout is exactly that body (compact JSON, with a newline only on a terminal), with
/// or without --output json. The proof is signed by the AAT's client key: pass --aat FILE with
/// the client key, or an app key alone (a self-signed AAT is made on the fly), or an app key
/// and a client key (an AAT for that client is made on the fly).
///
/// Shannon (--protocol shannon): the body is a ring-signed RelayRequest (protobuf) for the
/// session in --session-header or --session, printed as hex (default, or --output hex),
/// base64, raw bytes (--output raw, for curl --data-binary @-) or every field decoded
/// (--output json). A gateway key signs over --ring (the app's key, then its gateways'); an app
/// key alone signs over the app and poktroll's placeholder key. Keys: --gateway-key-file,
/// --app-key-file, PGW_GATEWAY_KEY or PGW_APP_KEY, as 64 hex characters (secp256k1).
///
/// Examples:
///   pgw proof sign eth '{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}' \
///       --servicer b243b27bc9fbe5580457a46370ae5f03a6f6753633e51efdaf2cf534fdc26cc3 \
///       --session-height 12345 --app-key-file app.key
///   pgw proof sign 0021 @request.json --servicer $NODE --session-height 12345 \
///       --aat aat.json --client-key-file client.key | pgw proof verify -
///   pgw proof sign --protocol shannon eth @request.json --session session.json \
///       --supplier pokt15mumkevdh29ulttp8x7s7zlk45ju4mu79xlz69 --gateway-key-file gw.key \
///       --ring $APP_PUBKEY,$GATEWAY_PUBKEY --output raw | curl --data-binary @- $SUPPLIER_URL
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct SignArgs {
    /// The network whose relay to build [default: morse]
    #[arg(long, value_enum, value_name = "PROTOCOL")]
    protocol: Option<Protocol>,
    /// Relay chain ID or alias (e.g. 0021 or eth); with --protocol shannon, the service ID
    #[arg(value_name = "CHAIN")]
    chain: String,
    /// The request for the chain: literal text, - for stdin, or @FILE
    #[arg(value_name = "DATA")]
    data: String,
    /// Public key of the servicer node the relay is for (64 hex characters)
    #[arg(
        long,
        value_name = "PUBKEY",
        required_unless_present = "protocol",
        required_if_eq("protocol", "morse")
    )]
    servicer: Option<String>,
    /// The session's block height
    #[arg(
        long,
        value_name = "N",
        value_parser = parse_session_height,
        required_unless_present = "protocol",
        required_if_eq("protocol", "morse")
    )]
    session_height: Option<i64>,
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
    #[command(flatten)]
    shannon: ShannonSignArgs,
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
        if self.protocol == Some(Protocol::Shannon) {
            return self.run_shannon(ctx);
        }
        let sh = &self.shannon;
        shannon::refuse_flags(
            &[
                ("--app", sh.app.is_some()),
                ("--session-header", sh.session_header.is_some()),
                ("--session", sh.session.is_some()),
                ("--supplier", sh.supplier.is_some()),
                ("--gateway-key", sh.gateway_key.is_some()),
                ("--gateway-key-file", sh.gateway_key_file.is_some()),
                ("--ring", !sh.ring.is_empty()),
                ("--url", !sh.url.is_empty()),
            ],
            "Morse",
            "add --protocol shannon for a Shannon relay",
        )?;
        if ctx.printer.format.is_encoding() {
            return Err(Error::usage(
                "--output hex, base64 and raw are for --protocol shannon; a Morse relay body is JSON",
            ));
        }
        let servicer = self.servicer.clone().unwrap_or_default();
        let session_height = self.session_height.unwrap_or_default();
        let chain = values::chain(&self.chain)?;
        input::parse_public_key("--servicer", &servicer)?;
        let payload = self.request.payload(input::read_data(&self.data)?)?;
        let signer = self.signer.require(ctx)?;
        let meta = Meta { block_height: self.block_height.unwrap_or(session_height) };
        let target = Target {
            servicer_pub_key: &servicer.trim().to_ascii_lowercase(),
            blockchain: &chain.id,
            session_block_height: session_height,
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

    fn run_shannon(mut self, ctx: &Ctx) -> Result<u8> {
        shannon::refuse_flags(
            &[
                ("--servicer", self.servicer.is_some()),
                ("--session-height", self.session_height.is_some()),
                ("--block-height", self.block_height.is_some()),
                ("--entropy", self.entropy.is_some()),
                ("--aat", self.signer.aat.is_some()),
                ("--credential", self.signer.credential.is_some()),
                ("--client-key", self.signer.client.client_key.is_some()),
                ("--client-key-file", self.signer.client.client_key_file.is_some()),
            ],
            "Shannon",
            "a Shannon relay takes --session-header or --session, --supplier, and a gateway or app key",
        )?;
        let data = input::read_data(&self.data)?;
        let input = shannon::SignInput {
            service: &self.chain,
            data,
            method: &self.request.method,
            path: &self.request.path,
            headers: &self.request.headers,
        };
        shannon::sign(ctx, input, &mut self.shannon, &mut self.signer.app)
    }
}

/// Check a relay body as a servicer node (Morse) or relay miner (Shannon) would, offline, and
/// explain any failure.
///
/// Morse: takes the body as POSTed to /v1/client/relay by any client (pgw, pocket-js, a
/// gateway's logs) and re-runs, in pocket-core's order, every check that needs no chain state:
/// the JSON decoding, field formats, entropy, the request hash (recomputed as a Go node
/// re-encodes it), the AAT and the client signature. With --response, also the servicer's
/// signature on the node's answer.
///
/// Shannon (detected from the input: a RelayRequest as protobuf bytes, hex or base64): the
/// protobuf decoding, the session header, the session window (--height), ring membership
/// (--ring), the ring signature over the request's signable bytes, and with --response and
/// --supplier-pubkey the supplier's answer: relay-miner errors, payload_hash, signature. Without
/// a relay FILE, --response checks a response alone; --ring-signature and --message check a
/// bare ring signature. Exits 1 when any check fails.
///
/// Examples:
///   pgw proof verify relay.json
///   pgw proof verify relay.json --response answer.json --explain
///   pgw proof sign eth @req.json --servicer $NODE --session-height 5 --app-key-file app.key \
///       | pgw proof verify -
///   pgw proof verify relay.bin --ring $APP_PUBKEY,$GATEWAY_PUBKEY --height 1030 \
///       --response answer.bin --supplier-pubkey $SUPPLIER_PUBKEY
///   pgw proof verify --ring-signature $SIG --message $DIGEST --ring $APP_PUBKEY,$GW_PUBKEY
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct VerifyArgs {
    /// The relay body (Morse JSON, or a Shannon RelayRequest as bytes, hex or base64), or - for
    /// stdin [default: -]
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,
    /// The node's answer: Morse {"response","signature"}, or a Shannon RelayResponse
    #[arg(long, value_name = "FILE")]
    response: Option<PathBuf>,
    /// The network of the input [default: detected from the input]
    #[arg(long, value_enum, value_name = "PROTOCOL")]
    protocol: Option<Protocol>,
    /// Show the exact bytes hashed at each step
    #[arg(long)]
    explain: bool,
    #[command(flatten)]
    shannon: ShannonVerifyArgs,
}

impl VerifyArgs {
    fn shannon_flags(&self) -> [(&'static str, bool); 5] {
        let sh = &self.shannon;
        [
            ("--supplier-pubkey", sh.supplier_pubkey.is_some()),
            ("--ring", !sh.ring.is_empty()),
            ("--height", sh.height.is_some()),
            ("--ring-signature", sh.ring_signature.is_some()),
            ("--message", sh.message.is_some()),
        ]
    }

    fn run(self, ctx: &Ctx) -> Result<u8> {
        if self.shannon.ring_signature.is_some() {
            if self.protocol == Some(Protocol::Morse) {
                return Err(Error::usage(
                    "--ring-signature checks a Shannon ring signature; drop --protocol morse",
                ));
            }
            return shannon::verify_ring_signature(ctx, &self.shannon, self.explain);
        }
        let response = self.response.as_deref().map(input::read_bytes).transpose()?;
        if self.file.is_none()
            && self.protocol != Some(Protocol::Morse)
            && let Some(response) = &response
            && self.shannon.supplier_pubkey.is_some()
        {
            return shannon::verify_response(ctx, response, &self.shannon, self.explain);
        }
        let file = self.file.clone().unwrap_or_else(|| PathBuf::from("-"));
        let body = input::read_bytes(&file)?;
        let protocol = self.protocol.unwrap_or(if shannon::looks_like_shannon(&body) {
            Protocol::Shannon
        } else {
            Protocol::Morse
        });
        if protocol == Protocol::Shannon {
            return shannon::verify_request(ctx, &body, response.as_deref(), &self.shannon, self.explain);
        }
        shannon::refuse_flags(
            &self.shannon_flags(),
            "Morse",
            "this input is a Morse relay (JSON); pass a Shannon RelayRequest, or --protocol shannon",
        )?;
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
