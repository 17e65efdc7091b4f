//! The Shannon side of `pgw proof sign` and `pgw proof verify`: reading session headers, rings
//! and secp256k1 signing keys, and printing signed relays and checklists.

use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use clap::{Args, ValueEnum};

use super::Ctx;
use super::input;
use super::keysource::{self, AppKeyArgs, KeySources};
use crate::error::{EXIT_CHECK_FAILED, EXIT_OK, Error, Result};
use crate::output::{Format, checklist};
use crate::protocol::shannon::keys::{self, PrivateKey, PublicKey};
use crate::protocol::shannon::session::{self, SessionInfo};
use crate::protocol::shannon::verify::{self, Context, Report};
use crate::protocol::shannon::wire::{self, PoktHttpRequest};
use crate::protocol::shannon::{relay, ring};

/// Which POKT network's relays a command makes or checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Protocol {
    /// POKT v0 (pocket-core): JSON relays, ed25519 keys, AATs
    Morse,
    /// poktroll, the live network: protobuf relays, secp256k1 keys, ring signatures
    Shannon,
}

/// Flags of `proof sign` that only Shannon relays use.
#[derive(Debug, Args)]
#[command(next_help_heading = "Shannon relays (--protocol shannon)")]
pub struct ShannonSignArgs {
    /// The application's address (pokt1…) [default: the session header's]
    #[arg(long, value_name = "ADDR")]
    pub app: Option<String>,
    /// The session header as JSON (session.header of a get_session response), or @FILE
    #[arg(long, value_name = "JSON", conflicts_with = "session")]
    pub session_header: Option<String>,
    /// A get_session response (JSON) to take the header and the suppliers from
    #[arg(long, value_name = "FILE")]
    pub session: Option<PathBuf>,
    /// The supplier operator address the relay is for (pokt1…)
    #[arg(long, value_name = "ADDR")]
    pub supplier: Option<String>,
    /// The gateway's key, which signs for apps delegated to it: a private key as 64 hex
    /// characters (visible in the process list: prefer --gateway-key-file or PGW_GATEWAY_KEY)
    #[arg(long, value_name = "KEY")]
    pub gateway_key: Option<String>,
    /// A file holding the gateway's secp256k1 private key as 64 hex characters
    #[arg(long, value_name = "FILE", conflicts_with = "gateway_key")]
    pub gateway_key_file: Option<PathBuf>,
    /// A ring public key (66 hex characters; repeat, or separate with commas), in the chain's
    /// order: the app's, then its delegated gateways'. The signer's key must be in it
    /// [default with an app key: the app and poktroll's placeholder key]
    #[arg(long, value_name = "PUBKEY", value_delimiter = ',')]
    pub ring: Vec<String>,
    /// The URL of the inner HTTP request (the relay miner keeps only its path and query); --path
    /// is appended
    #[arg(long, value_name = "URL", default_value = "")]
    pub url: String,
}

/// Flags of `proof verify` that only Shannon relays use.
#[derive(Debug, Args)]
#[command(next_help_heading = "Shannon relays")]
pub struct ShannonVerifyArgs {
    /// The supplier operator's public key (66 hex characters), to check --response's signature
    #[arg(long, value_name = "HEX")]
    pub supplier_pubkey: Option<String>,
    /// The chain's ring for the app (the app's and its delegated gateways' public keys; repeat
    /// or separate with commas), to check ring membership
    #[arg(long, value_name = "PUBKEY", value_delimiter = ',')]
    pub ring: Vec<String>,
    /// The relay miner's current block height, to check the session window
    #[arg(long, value_name = "N")]
    pub height: Option<i64>,
    /// The shared param grace_period_end_offset_blocks
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub grace_period: i64,
    /// Check a bare ring signature (hex) over --message instead of a relay
    #[arg(long, value_name = "HEX", requires = "message", conflicts_with_all = ["file", "response"])]
    pub ring_signature: Option<String>,
    /// The 32-byte message (64 hex characters) the --ring-signature signs
    #[arg(long, value_name = "HEX", requires = "ring_signature")]
    pub message: Option<String>,
}

/// Who signs a Shannon relay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A gateway the app delegated to.
    Gateway,
    /// The application itself (no gateway).
    App,
}

impl Role {
    fn name(self) -> &'static str {
        match self {
            Role::Gateway => "gateway",
            Role::App => "app",
        }
    }
}

/// A Shannon signing key and where it came from.
pub struct ShannonSigner {
    pub role: Role,
    pub key: PrivateKey,
}

/// Reads a secp256k1 private key from key text (a key file's contents, an env value or a flag).
pub fn parse_shannon_key(text: &str, origin: &str) -> Result<PrivateKey> {
    let text = text.trim();
    keysource::refuse_json(text, origin)?;
    if text.contains("BEGIN TENDERMINT PRIVATE KEY") {
        return Err(Error::key(format!(
            "{origin} is a pocketd armored export; a raw key file holds the hex that `pocketd keys export NAME --unarmored-hex --unsafe` prints"
        )));
    }
    if text.len() == 128 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Error::key(format!(
            "{origin} holds a 64-byte key, which is a Morse (ed25519) key; a Shannon key is a 32-byte secp256k1 key (64 hex characters)"
        )));
    }
    PrivateKey::from_hex(text).map_err(|e| Error::key(format!("{origin}: {e}")))
}

/// The Shannon key from the first of its sources that is set (see [`keysource::resolve_with`]).
fn from_source(ctx: &Ctx, src: KeySources<'_>) -> Result<Option<PrivateKey>> {
    keysource::resolve_with(ctx, src, parse_shannon_key, |ctx, name| {
        keysource::unlock_named_shannon(ctx, name.trim())
    })
}

/// The key that signs a Shannon relay: --gateway-key[-file], else --app-key[-file], else
/// PGW_GATEWAY_KEY, else PGW_APP_KEY.
pub fn resolve_shannon_signer(
    ctx: &Ctx,
    args: &mut ShannonSignArgs,
    app: &mut AppKeyArgs,
) -> Result<ShannonSigner> {
    resolve_signer(ctx, args.gateway_key.take(), args.gateway_key_file.as_deref(), app)?.ok_or_else(|| {
        Error::key(
            "no signing key: pass --gateway-key NAME or --gateway-key-file FILE (a gateway the app delegated to), --app-key NAME or --app-key-file FILE, or set PGW_GATEWAY_KEY or PGW_APP_KEY",
        )
    })
}

/// [`resolve_shannon_signer`] from the gateway flags' values; `None` when no key is given.
pub fn resolve_signer(
    ctx: &Ctx,
    gateway_key: Option<String>,
    gateway_key_file: Option<&Path>,
    app: &mut AppKeyArgs,
) -> Result<Option<ShannonSigner>> {
    let gateway_flag = gateway_key.is_some() || gateway_key_file.is_some();
    let app_flag = app.app_key.is_some() || app.app_key_file.is_some();
    if gateway_flag && app_flag {
        return Err(Error::usage(
            "a Shannon relay has one signer: pass a gateway key or an app key, not both",
        ));
    }
    let mut gateway_key = gateway_key;
    let mut gateway = |ctx: &Ctx, env: bool| {
        from_source(
            ctx,
            KeySources {
                flag: "--gateway-key",
                file_flag: "--gateway-key-file",
                env_name: "PGW_GATEWAY_KEY",
                hex: gateway_key.take(),
                file: gateway_key_file,
                env: if env { ctx.env.gateway_key.as_ref() } else { None },
            },
        )
    };
    let application = |ctx: &Ctx, app: &mut AppKeyArgs, env: bool| {
        from_source(
            ctx,
            KeySources {
                flag: "--app-key",
                file_flag: "--app-key-file",
                env_name: "PGW_APP_KEY",
                hex: app.app_key.take(),
                file: app.app_key_file.as_deref(),
                env: if env { ctx.env.app_key.as_ref() } else { None },
            },
        )
    };
    Ok(if gateway_flag {
        gateway(ctx, false)?.map(|key| ShannonSigner { role: Role::Gateway, key })
    } else if app_flag {
        application(ctx, app, false)?.map(|key| ShannonSigner { role: Role::App, key })
    } else if let Some(key) = gateway(ctx, true)? {
        Some(ShannonSigner { role: Role::Gateway, key })
    } else {
        application(ctx, app, true)?.map(|key| ShannonSigner { role: Role::App, key })
    })
}

fn read_json(text: &[u8], origin: &str) -> Result<serde_json::Value> {
    serde_json::from_slice(text).map_err(|e| Error::usage(format!("{origin} is not JSON: {e}")))
}

/// The session header and suppliers from --session-header or --session.
fn session_info(args: &ShannonSignArgs) -> Result<SessionInfo> {
    if let Some(path) = &args.session {
        let origin = format!("--session {}", path.display());
        let value = read_json(&input::read_bytes(path)?, &origin)?;
        return session::session_from_json(&value).map_err(|e| Error::usage(format!("{origin}: {e}")));
    }
    let Some(text) = &args.session_header else {
        return Err(Error::usage(
            "no session: pass --session-header JSON (session.header of get_session) or --session FILE (a get_session response)",
        ));
    };
    let (bytes, origin) = match text.strip_prefix('@') {
        Some(file) if !file.is_empty() => {
            (input::read_bytes(Path::new(file))?, format!("--session-header @{file}"))
        }
        _ => (text.as_bytes().to_vec(), "--session-header".to_string()),
    };
    let value = read_json(&bytes, &origin)?;
    let header = session::header_from_json(&value).map_err(|e| Error::usage(format!("{origin}: {e}")))?;
    Ok(SessionInfo { header, suppliers: vec![] })
}

fn parse_ring(values: &[String]) -> Result<Vec<PublicKey>> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let what = "a --ring key";
            hex::decode(v.trim())
                .map_err(|e| keys::KeyError::NotHex { what, detail: e.to_string() })
                .and_then(|bytes| ring::parse_ring_key(what, &bytes))
                .map_err(|e| Error::usage(format!("--ring key {} ({:?}): {e}", i + 1, short(v))))
        })
        .collect()
}

fn short(s: &str) -> String {
    s.trim().chars().take(70).collect()
}

fn check_address(flag: &str, value: &str) -> Result<String> {
    let value = value.trim();
    keys::decode_address(value).map_err(|e| Error::usage(format!("{flag}: {e}")))?;
    Ok(value.to_string())
}

/// The request a Shannon relay carries: DATA with --method, --url + --path and -H headers
/// (Content-Type: application/json when no -H is given).
fn http_request(
    data: String,
    method: &str,
    url: &str,
    path: &str,
    headers: &[String],
) -> Result<PoktHttpRequest> {
    let parsed = super::request::parse_headers(headers)?;
    let header = match &parsed {
        Some(map) => wire::header_map(map.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
        None => wire::header_map([("Content-Type", "application/json")]),
    };
    Ok(PoktHttpRequest {
        method: method.to_string(),
        header,
        url: format!("{url}{path}"),
        body_bz: data.into_bytes(),
    })
}

pub struct SignInput<'a> {
    pub service: &'a str,
    pub data: String,
    pub method: &'a str,
    pub path: &'a str,
    pub headers: &'a [String],
}

/// `proof sign --protocol shannon`.
pub fn sign(
    ctx: &Ctx,
    input: SignInput<'_>,
    args: &mut ShannonSignArgs,
    app_key: &mut AppKeyArgs,
) -> Result<u8> {
    let SessionInfo { mut header, suppliers } = session_info(args)?;
    let service = input.service.trim();
    if header.service_id.is_empty() {
        header.service_id = service.to_string();
    } else if header.service_id != service {
        return Err(Error::usage(format!(
            "SERVICE is {service:?} but the session is for service {:?}",
            header.service_id
        )));
    }
    if let Some(app) = &args.app {
        let app = check_address("--app", app)?;
        if header.application_address.is_empty() {
            header.application_address = app;
        } else if header.application_address != app {
            return Err(Error::usage(format!(
                "--app is {app} but the session is for app {}",
                header.application_address
            )));
        }
    }
    if header.application_address.is_empty() {
        return Err(Error::usage("no app address: pass --app ADDR (or a session header that has one)"));
    }
    verify::validate_header(&header)
        .map_err(|e| Error::usage(format!("the session header is invalid: {e}")))?;
    let supplier = args.supplier.as_deref().ok_or_else(|| {
        Error::usage("no supplier: pass --supplier ADDR (a supplier operator address of the session)")
    })?;
    let supplier = check_address("--supplier", supplier)?;
    if !suppliers.is_empty() && !suppliers.contains(&supplier) {
        return Err(Error::usage(format!(
            "--supplier {supplier} is not one of the session's {} supplier(s); relay miners answer relay_authenticator/2",
            suppliers.len()
        )));
    }
    let ring_keys = parse_ring(&args.ring)?;
    let payload =
        relay::http_payload(&http_request(input.data, input.method, &args.url, input.path, input.headers)?);
    let signer = resolve_shannon_signer(ctx, args, app_key)?;
    let public = signer.key.public_key();
    if signer.role == Role::App && public.address() != header.application_address {
        return Err(Error::key(format!(
            "the app key is the key of {}, but the session is for app {}",
            public.address(),
            header.application_address
        )));
    }
    let ring = match (ring_keys.is_empty(), signer.role) {
        (true, Role::App) => relay::ring_for(&[public]),
        (true, Role::Gateway) => {
            return Err(Error::usage(
                "a gateway signs over the app's ring: pass --ring with the app's public key, then its delegated gateways' (yours among them)",
            ));
        }
        (false, _) => relay::ring_for(&ring_keys),
    };
    if !ring.contains(&public) {
        return Err(Error::key(format!(
            "the {} key ({}, {public}) is not in --ring: add its public key, or sign with a key the ring holds",
            signer.role.name(),
            public.address()
        )));
    }
    if !ring.iter().any(|k| k.address() == header.application_address) {
        ctx.printer.warn(&format!(
            "no --ring key is the app's ({}): relay miners accept only the app's and its delegated gateways' keys",
            header.application_address
        ));
    }
    let request = relay::sign_request(header, &supplier, payload, &ring, &signer.key)
        .map_err(|e| Error::key(e.to_string()))?;
    let body = request.to_bytes();
    ctx.printer.detail(&format!(
        "signable sha256 {}\nring           {}\nsigned by      {} ({})\nbody           {} bytes",
        hex::encode(relay::request_signable_hash(&request)),
        ring.iter().map(|k| k.to_string()).collect::<Vec<_>>().join(", "),
        public.address(),
        signer.role.name(),
        body.len()
    ));
    match ctx.printer.format {
        Format::Raw => ctx.printer.stdout(&body)?,
        Format::Base64 => ctx.printer.stdout(format!("{}\n", BASE64.encode(&body)).as_bytes())?,
        Format::Json => {
            let json = serde_json::json!({
                "protocol": "shannon",
                "bytes": body.len(),
                "hex": hex::encode(&body),
                "signable_sha256": hex::encode(relay::request_signable_hash(&request)),
                "relay_request": session::request_to_json(&request),
            });
            ctx.printer.stdout(format!("{json:#}\n").as_bytes())?
        }
        Format::Table | Format::Hex => ctx.printer.stdout(format!("{}\n", hex::encode(&body)).as_bytes())?,
    }
    Ok(EXIT_OK)
}

/// Input bytes as given: raw protobuf, or its hex or base64 text.
pub fn decode_text(bytes: &[u8]) -> Vec<u8> {
    let text = std::str::from_utf8(bytes).map(str::trim).unwrap_or("");
    if !text.is_empty() && bytes.first() != Some(&0x0a) {
        if let Ok(decoded) = hex::decode(text) {
            return decoded;
        }
        if let Ok(decoded) = BASE64.decode(text) {
            return decoded;
        }
    }
    bytes.to_vec()
}

/// Whether `proof verify`'s input is a Shannon relay (protobuf, or its hex/base64) rather
/// than a Morse JSON body.
pub fn looks_like_shannon(bytes: &[u8]) -> bool {
    if bytes.first() == Some(&0x0a) && wire::decode_request(bytes).is_ok() {
        return true;
    }
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if matches!(first, None | Some(b'{')) {
        return false;
    }
    let decoded = decode_text(bytes);
    decoded.first() == Some(&0x0a) && wire::decode_request(&decoded).is_ok()
}

fn context(args: &ShannonVerifyArgs) -> Result<Context> {
    let supplier_key = args
        .supplier_pubkey
        .as_deref()
        .map(|h| {
            hex::decode(h.trim())
                .map_err(|e| keys::KeyError::NotHex { what: "--supplier-pubkey", detail: e.to_string() })
                .and_then(|bytes| ring::parse_ring_key("--supplier-pubkey", &bytes))
                .map_err(|e| Error::usage(e.to_string()))
        })
        .transpose()?;
    if args.grace_period < 0 {
        return Err(Error::usage("--grace-period must be 0 or more blocks"));
    }
    Ok(Context {
        ring: parse_ring(&args.ring)?,
        height: args.height,
        grace_period: args.grace_period,
        claim_window_open_offset: 1,
        supplier_key,
        cache: None,
        brief: false,
    })
}

fn print_report(ctx: &Ctx, mut report: Report, explain: bool, what: &str) -> Result<u8> {
    if !explain {
        report.checks.iter_mut().for_each(|c| c.hashed.clear());
    }
    ctx.printer.result(&report, || {
        let mut text = checklist::render_shannon(&report.checks, explain);
        text.push_str(&checklist::shannon_verdict_line(&report.verdict, what));
        text
    })?;
    Ok(if report.verdict.valid { EXIT_OK } else { EXIT_CHECK_FAILED })
}

/// `proof verify` on a Shannon relay request (and its response).
pub fn verify_request(
    ctx: &Ctx,
    body: &[u8],
    response: Option<&[u8]>,
    args: &ShannonVerifyArgs,
    explain: bool,
) -> Result<u8> {
    let ctx_checks = context(args)?;
    let response = response.map(decode_text);
    let report = verify::verify_request(&decode_text(body), response.as_deref(), &ctx_checks);
    print_report(ctx, report, explain, "relay")
}

/// `proof verify --response FILE --supplier-pubkey HEX` without a request.
pub fn verify_response(ctx: &Ctx, response: &[u8], args: &ShannonVerifyArgs, explain: bool) -> Result<u8> {
    let report = verify::verify_response(&decode_text(response), &context(args)?);
    print_report(ctx, report, explain, "response")
}

/// `proof verify --ring-signature HEX --message HEX [--ring PUBKEY…]`.
pub fn verify_ring_signature(ctx: &Ctx, args: &ShannonVerifyArgs, explain: bool) -> Result<u8> {
    let signature = args.ring_signature.as_deref().unwrap_or_default();
    let signature = hex::decode(signature.trim())
        .map_err(|e| Error::usage(format!("--ring-signature is not hex ({e})")))?;
    let message = hex::decode(args.message.as_deref().unwrap_or_default().trim())
        .map_err(|e| Error::usage(format!("--message is not hex ({e})")))?;
    let message: [u8; 32] = message.as_slice().try_into().map_err(|_| {
        Error::usage(format!(
            "--message must be the 32-byte digest that was signed (64 hex characters); got {} bytes",
            message.len()
        ))
    })?;
    let report = verify::verify_ring_signature(&signature, &message, &parse_ring(&args.ring)?);
    print_report(ctx, report, explain, "ring signature")
}

/// Shannon-only flags given to a Morse command (and back) are usage errors.
pub fn refuse_flags(flags: &[(&str, bool)], protocol: &str, hint: &str) -> Result<()> {
    match flags.iter().find(|(_, given)| *given) {
        Some((flag, _)) => Err(Error::usage(format!("{flag} is not used by {protocol} relays; {hint}"))),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_text_is_read_as_secp256k1_or_refused_with_its_type() {
        let hex = "2d00ef074d9b51e46886dc9a1df11e7b986611d0f336bdcf1f0adce3e037ec0a";
        assert_eq!(
            parse_shannon_key(&format!("{hex}\n"), "f").unwrap().public_key().address(),
            "pokt1mrqt5f7qh8uxs27cjm9t7v9e74a9vvdnq5jva4"
        );
        let morse = "a".repeat(128);
        assert!(parse_shannon_key(&morse, "f").unwrap_err().to_string().contains("Morse (ed25519)"));
        assert!(parse_shannon_key("{}", "f").unwrap_err().to_string().contains("JSON"));
        assert_eq!(
            parse_shannon_key("abcd", "f").unwrap_err().to_string(),
            "f: a Shannon private key must be 32 bytes (64 hex characters); got 2 bytes"
        );
    }

    #[test]
    fn protocol_is_detected_from_the_bytes() {
        let request = wire::RelayRequest {
            meta: Some(wire::RelayRequestMetadata { signature: vec![1], ..Default::default() }),
            payload: b"x".to_vec(),
        }
        .to_bytes();
        assert!(looks_like_shannon(&request));
        assert!(looks_like_shannon(hex::encode(&request).as_bytes()));
        assert!(looks_like_shannon(format!("{}\n", BASE64.encode(&request)).as_bytes()));
        assert!(!looks_like_shannon(br#"{"payload":{}}"#));
        assert!(!looks_like_shannon(b"\n  {\"proof\":1}"));
        assert!(!looks_like_shannon(b""));
        assert!(!looks_like_shannon(b"garbage"));
    }
}
