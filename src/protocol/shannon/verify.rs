//! Offline re-runs of what a poktroll relay miner checks on a relay request (SHANNON.md §8), in
//! the miner's order, as a checklist: what passed, what failed, the `codespace/code` a miner
//! would answer, and what to fix. Checks that need chain state are listed as skipped. Also the
//! gateway's checks on a supplier's response (§7) and on a bare ring signature.

use std::sync::Arc;

use serde::Serialize;

pub use crate::protocol::checklist::Status;
use crate::protocol::checklist::{self, Refusal};

use super::keys::{self, PublicKey};
use super::relay::{self, MinerError, SignatureError};
use super::ring::{RingError, RingSignature, VerifyCache};
use super::wire::{self, DecodedResponse, RelayRequest, SessionHeader};
use crate::protocol::hash::sha256;

/// Bytes that were hashed at one step, for `--explain`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hashed {
    pub label: &'static str,
    pub hex: String,
    pub sha256: String,
}

impl Hashed {
    fn new(label: &'static str, bytes: &[u8]) -> Self {
        Hashed { label, hex: hex::encode(bytes), sha256: hex::encode(sha256(bytes)) }
    }
}

/// One check of a Shannon checklist.
pub type Check = checklist::Check<MinerError, Hashed>;

/// A relay miner's error carries no advice of its own; checks add their fix.
impl Refusal for MinerError {
    fn advice(&self) -> Option<String> {
        None
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub valid: bool,
    /// The relay miner's error for the first failure, when a miner would answer one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub miner_error: Option<MinerError>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_failure: Option<&'static str>,
}

impl Verdict {
    fn of(checks: &[Check]) -> Self {
        let first = checklist::first_failure(checks);
        Verdict {
            valid: first.is_none(),
            miner_error: first.and_then(|c| c.error.clone()),
            first_failure: first.map(|c| c.id),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub protocol: &'static str,
    #[serde(flatten)]
    pub verdict: Verdict,
    pub checks: Vec<Check>,
}

impl Report {
    fn of(checks: Vec<Check>) -> Self {
        Report { protocol: "shannon", verdict: Verdict::of(&checks), checks }
    }
}

/// What the offline checks may use besides the bytes.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The chain's ring set for the app (app and gateways), to check ring membership.
    pub ring: Vec<PublicKey>,
    /// The relay miner's current height, to check the session window.
    pub height: Option<i64>,
    /// `grace_period_end_offset_blocks` of the shared params (poktroll's default is 1).
    pub grace_period: i64,
    /// `claim_window_open_offset_blocks` (poktroll's default is 1).
    pub claim_window_open_offset: i64,
    /// The supplier operator's public key, to check a response's signature.
    pub supplier_key: Option<PublicKey>,
    /// A verifier's cache of parsed ring points and tables, kept across relays (a relay miner
    /// keeps one); the checks and their answers are the same without it.
    pub cache: Option<Arc<VerifyCache>>,
    /// Verdicts and errors only, without the texts written for people (the ring's key listing,
    /// hex dumps of what was hashed): what a relay miner reads, relay after relay. The checks
    /// and their answers are the same.
    pub brief: bool,
}

fn service_err(message: impl Into<String>) -> MinerError {
    MinerError::new("service", 1111, message)
}

/// poktroll `SessionHeader.ValidateBasic`.
pub fn validate_header(h: &SessionHeader) -> Result<(), String> {
    if let Err(e) = keys::decode_address(&h.application_address) {
        return Err(format!("application_address: {e}"));
    }
    if h.session_id.is_empty() {
        return Err("session_id is empty".into());
    }
    validate_service_id(&h.service_id)?;
    if h.session_start_block_height <= 0 {
        return Err(format!(
            "session_start_block_height is {}: sessions can only start at height 1 or greater",
            h.session_start_block_height
        ));
    }
    if h.session_end_block_height <= h.session_start_block_height {
        return Err(format!(
            "session_end_block_height {} is not above session_start_block_height {}",
            h.session_end_block_height, h.session_start_block_height
        ));
    }
    Ok(())
}

/// poktroll `IsValidServiceId`: 1 to 42 characters of `[a-zA-Z0-9_-]`.
pub fn validate_service_id(id: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err("service_id is empty".into());
    }
    if id.len() > 42 {
        return Err(format!("service_id {id:?} is longer than 42 characters"));
    }
    if !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
        return Err(format!("service_id {id:?} has characters outside a-z, A-Z, 0-9, _ and -"));
    }
    Ok(())
}

fn header_line(h: &SessionHeader) -> String {
    format!(
        "app {}\nservice {:?}, blocks {}..={}\nsession {}",
        h.application_address,
        h.service_id,
        h.session_start_block_height,
        h.session_end_block_height,
        h.session_id
    )
}

fn key_label(key: &PublicKey, app_address: &str) -> String {
    let address = key.address();
    let role = if address == app_address {
        " (the app)"
    } else if *key == relay::placeholder_ring_key() {
        " (poktroll's placeholder for an app without gateways)"
    } else {
        ""
    };
    format!("{key}\n  {address}{role}")
}

/// One [`key_label`] per line; nothing for a brief report.
fn key_listing<'a>(keys: impl Iterator<Item = &'a PublicKey>, app_address: &str, brief: bool) -> String {
    if brief {
        return String::new();
    }
    keys.map(|k| key_label(k, app_address)).collect::<Vec<_>>().join("\n")
}

/// Runs, in a poktroll relay miner's order, every check on a relay request body that needs no
/// chain state, and with `response`, the checks on the supplier's answer.
pub fn verify_request(body: &[u8], response: Option<&[u8]>, ctx: &Context) -> Report {
    let mut checks = Vec::new();
    let title = "body decodes as a RelayRequest (gogoproto)";
    let request = match wire::decode_request(body) {
        Ok(r) => {
            let canonical = r.to_bytes();
            let mut check = Check::pass("decode", title).detail(format!("{} bytes", body.len()));
            if canonical != body {
                check = check.detail(format!(
                    "{} bytes; not in canonical form (Go re-encodes it to {} bytes before hashing, which is what is signed)",
                    body.len(),
                    canonical.len()
                ));
            }
            checks.push(check);
            r
        }
        Err(e) => {
            checks.push(
                Check::fail("decode", title, Some(MinerError::new("relayer_proxy", 14, e.0.clone())))
                    .detail(e.0)
                    .fix("POST the protobuf bytes of a RelayRequest (e.g. from `pgw proof sign --protocol shannon --output raw`)"),
            );
            return Report::of(checks);
        }
    };
    request_checks(&request, ctx, &mut checks);
    if let Some(response) = response {
        let header = request.meta().session_header;
        response_checks(
            response,
            header.as_ref(),
            Some(&request.meta().supplier_operator_address),
            ctx,
            &mut checks,
        );
    }
    Report::of(checks)
}

/// [`verify_request`]'s checks on a request its caller has already decoded (a relay miner,
/// which decodes the body first and refuses it with relayer_proxy/14 when it does not).
pub fn verify_decoded_request(request: &RelayRequest, ctx: &Context) -> Report {
    let mut checks = Vec::new();
    request_checks(request, ctx, &mut checks);
    Report::of(checks)
}

fn request_checks(request: &RelayRequest, ctx: &Context, checks: &mut Vec<Check>) {
    let meta = request.meta();
    let header_title = "session header is present and valid";
    let header = match &meta.session_header {
        None => {
            checks.push(
                Check::fail("session_header", header_title, Some(service_err("missing session header")))
                    .fix("copy the session's header from get_session into meta.session_header"),
            );
            None
        }
        Some(h) => match validate_header(h) {
            Ok(()) => {
                checks.push(Check::pass("session_header", header_title).detail(header_line(h)));
                Some(h.clone())
            }
            Err(e) => {
                checks.push(
                    Check::fail(
                        "session_header",
                        header_title,
                        Some(service_err(format!("invalid session header: {e}"))),
                    )
                    .detail(e)
                    .fix("copy session.header from get_session verbatim"),
                );
                Some(h.clone())
            }
        },
    };
    let sig_title = "meta.signature is present";
    checks.push(if meta.signature.is_empty() {
        Check::fail("signature_present", sig_title, Some(service_err("missing application signature")))
    } else {
        Check::pass("signature_present", sig_title).detail(format!("{} bytes", meta.signature.len()))
    });
    let supplier_title = "supplier operator address";
    let supplier = &meta.supplier_operator_address;
    checks.push(if supplier.is_empty() {
        Check::fail(
            "supplier_address",
            supplier_title,
            Some(service_err("relay metadata missing supplier operator address")),
        )
    } else {
        match keys::decode_address(supplier) {
            Ok(_) => Check::pass("supplier_address", supplier_title).detail(supplier.clone()),
            Err(e) => Check::fail(
                "supplier_address",
                supplier_title,
                Some(MinerError::new("relayer_proxy", 9, format!("no relay miner signs for {supplier:?}"))),
            )
            .detail(e.to_string())
            .fix("use the supplier's operator_address from the session's suppliers"),
        }
    });
    checks.push(session_window_check(header.as_ref(), ctx));
    ring_checks(&request_signable_bytesof(request), &meta.signature, header.as_ref(), ctx, checks);
    checks.push(Check::skip(
        "session",
        "session id, heights and supplier match the chain's session",
        "relay_authenticator/1 and /2: compared with get_session at the miner's height (needs chain state)",
    ));
}

fn request_signable_bytesof(request: &RelayRequest) -> Vec<u8> {
    relay::request_signable_bytes(request)
}

fn session_window_check(header: Option<&SessionHeader>, ctx: &Context) -> Check {
    let id = "session_window";
    let title = "the session is open at the miner's height";
    let (Some(h), Some(header)) = (ctx.height, header) else {
        return Check::skip(
            id,
            title,
            "pass --height N (the relay miner's height) to check the session window",
        );
    };
    let (start, end) = (header.session_start_block_height, header.session_end_block_height);
    let grace_end = end.saturating_add(ctx.grace_period);
    if end < h && h > grace_end {
        return Check::fail(
            id,
            title,
            Some(MinerError::new(
                "relay_authenticator",
                1,
                format!(
                    "session expired: height {h} is past the session end {end} plus {} grace block(s)",
                    ctx.grace_period
                ),
            )),
        )
        .compare(format!("height <= {grace_end}"), format!("height {h}"))
        .fix("fetch the current session (get_session at height 0) and sign with its header");
    }
    if h < start {
        return Check::fail(
            id,
            title,
            Some(MinerError::new(
                "relay_authenticator",
                1,
                format!("the session starts at {start}, after the miner's height {h}: its session id does not match the chain's"),
            )),
        )
        .compare(format!("height >= {start}"), format!("height {h}"))
        .fix("use the session that contains the miner's height");
    }
    let claim_open = end.saturating_add(ctx.claim_window_open_offset).saturating_add(1);
    let mut detail = format!("height {h} is within blocks {start}..={end} (+{} grace)", ctx.grace_period);
    if h >= claim_open {
        detail.push_str(&format!("; served, but not rewarded: the claim window opened at {claim_open}"));
    }
    Check::pass(id, title).detail(detail)
}

fn ring_error_miner(e: &RingError) -> MinerError {
    MinerError::new("rings", 3, format!("error deserializing ring signature: {e}"))
}

/// The ring-signature checks on `signable` (the request's signable bytes).
fn ring_checks(
    signable: &[u8],
    signature: &[u8],
    header: Option<&SessionHeader>,
    ctx: &Context,
    checks: &mut Vec<Check>,
) {
    let decode_title = "ring signature decodes (ring-go)";
    let decoded = match &ctx.cache {
        Some(cache) => cache.parse(signature).map(|p| (p.signature.clone(), p.trailing, Some(p))),
        None => RingSignature::from_bytes(signature).map(|(s, t)| (s, t, None)),
    };
    let (sig, trailing, parsed) = match decoded {
        Ok(v) => v,
        Err(e) => {
            checks.push(
                Check::fail("ring_decode", decode_title, Some(ring_error_miner(&e)))
                    .detail(e.to_string())
                    .fix("meta.signature must be ring-go's serialization: ring size (4 bytes), c0, key image, then s and key per member"),
            );
            return;
        }
    };
    let mut detail = format!("{} keys, {} bytes", sig.ring.len(), signature.len());
    if trailing > 0 {
        detail.push_str(&format!("; {trailing} trailing byte(s) ignored, as ring-go ignores them"));
    }
    checks.push(Check::pass("ring_decode", decode_title).detail(detail));
    let app = header.map(|h| h.application_address.as_str()).unwrap_or("");
    let listing = key_listing(sig.ring.iter(), app, ctx.brief);
    let member_title = "every ring key is the app's or a delegated gateway's";
    if ctx.ring.is_empty() {
        checks.push(Check::skip(
            "ring_membership",
            member_title,
            format!("pass --ring with the app's and its gateways' public keys to check (needs chain state); the signature's ring:\n{listing}"),
        ));
    } else {
        let expected = relay::ring_for(&ctx.ring);
        if sig.ring.iter().all(|k| expected.contains(k)) {
            checks.push(Check::pass("ring_membership", member_title).detail(listing));
        } else {
            checks.push(
                Check::fail(
                    "ring_membership",
                    member_title,
                    Some(MinerError::new(
                        "rings",
                        3,
                        format!("ring signature in the relay request does not match the expected one for the app {app}"),
                    )),
                )
                .detail(format!(
                    "not in the expected ring:\n{}",
                    key_listing(sig.ring.iter().filter(|k| !expected.contains(k)), app, ctx.brief)
                ))
                .fix("sign over the app's key and its delegated gateways at the session end height (an app without gateways: the app and poktroll's placeholder key)"),
            );
        }
    }
    let m = sha256(signable);
    let hashed = (!ctx.brief).then(|| Hashed::new("request (signature emptied) -> message", signable));
    let sig_title = "bLSAG ring signature over SHA-256(signable bytes)";
    let valid = match &parsed {
        Some(p) => p.verify(&m),
        None => sig.verify(&m),
    };
    let mut check = if valid {
        Check::pass("ring_signature", sig_title)
    } else {
        Check::fail(
            "ring_signature",
            sig_title,
            Some(MinerError::new("rings", 3, "invalid relay request signature or bytes")),
        )
        .detail(format!(
            "the signature does not close over message {}: the request changed after signing, or the signer hashed other bytes (they must be the request re-encoded with meta.signature empty)",
            hex::encode(m)
        ))
        .fix("sign SHA-256 of the request with meta.signature empty, as gogoproto encodes it")
    };
    check.hashed.extend(hashed);
    checks.push(check);
}

/// Checks a bare ring signature over a 32-byte message (for people debugging their signer).
pub fn verify_ring_signature(signature: &[u8], message: &[u8; 32], ring: &[PublicKey]) -> Report {
    let mut checks = Vec::new();
    let ctx = Context { ring: ring.to_vec(), ..Default::default() };
    // The bare form signs the message itself, not a request's bytes: check against `message`.
    let decode_title = "ring signature decodes (ring-go)";
    match RingSignature::from_bytes(signature) {
        Err(e) => checks
            .push(Check::fail("ring_decode", decode_title, Some(ring_error_miner(&e))).detail(e.to_string())),
        Ok((sig, trailing)) => {
            let mut detail = format!("{} keys, {} bytes", sig.ring.len(), signature.len());
            if trailing > 0 {
                detail.push_str(&format!("; {trailing} trailing byte(s) ignored, as ring-go ignores them"));
            }
            checks.push(Check::pass("ring_decode", decode_title).detail(detail));
            let listing = sig.ring.iter().map(|k| key_label(k, "")).collect::<Vec<_>>().join("\n");
            let member_title = "every ring key is in --ring";
            if ctx.ring.is_empty() {
                checks.push(Check::skip(
                    "ring_membership",
                    member_title,
                    format!("no --ring given; the signature's ring:\n{listing}"),
                ));
            } else {
                let expected = relay::ring_for(&ctx.ring);
                let strangers: Vec<String> =
                    sig.ring.iter().filter(|k| !expected.contains(k)).map(|k| key_label(k, "")).collect();
                checks.push(if strangers.is_empty() {
                    Check::pass("ring_membership", member_title).detail(listing)
                } else {
                    Check::fail(
                        "ring_membership",
                        member_title,
                        Some(MinerError::new("rings", 3, "ring signature keys are not the expected ring")),
                    )
                    .detail(format!("not in --ring:\n{}", strangers.join("\n")))
                });
            }
            let title = "bLSAG ring signature over the message";
            checks.push(if sig.verify(message) {
                Check::pass("ring_signature", title)
            } else {
                Check::fail("ring_signature", title, Some(MinerError::new("rings", 3, "invalid relay request signature or bytes")))
                    .detail("the ring does not close: another message, a changed signature, or a signer that differs from ring-go (e.g. without go-dleq's HashToScalar left alignment)")
            });
        }
    }
    Report::of(checks)
}

/// Checks a supplier's response alone (no request): decoding, miner error, payload hash,
/// signature.
pub fn verify_response(body: &[u8], ctx: &Context) -> Report {
    let mut checks = Vec::new();
    response_checks(body, None, None, ctx, &mut checks);
    Report::of(checks)
}

fn response_checks(
    body: &[u8],
    sent_header: Option<&SessionHeader>,
    supplier_address: Option<&str>,
    ctx: &Context,
    checks: &mut Vec<Check>,
) {
    let title = "response decodes as a RelayResponse (gogoproto)";
    let decoded =
        match wire::decode_response(body) {
            Ok(d) => {
                checks.push(Check::pass("response_decode", title).detail(format!("{} bytes", body.len())));
                d
            }
            Err(e) => {
                checks.push(Check::fail("response_decode", title, None).detail(e.0).fix(
                    "pass the relay miner's HTTP body as it arrived (protobuf bytes, or their hex/base64)",
                ));
                return;
            }
        };
    let response = &decoded.response;
    let error_title = "the relay miner did not refuse the relay";
    if let Some(e) = relay::miner_error(response) {
        let text = String::from_utf8_lossy(&response.payload).into_owned();
        checks.push(
            Check::fail("relay_miner_error", error_title, Some(e.clone()))
                .detail(format!("relay_miner_error {e}; payload: {text}"))
                .fix("this is an error reply (unsigned): fix what it names and send the relay again"),
        );
        return;
    }
    checks.push(Check::pass("relay_miner_error", error_title));
    let meta = response.meta();
    let header_title = "response session header is valid and echoes the request's";
    checks.push(match (&meta.session_header, sent_header) {
        (None, _) => Check::fail(
            "response_header",
            header_title,
            Some(MinerError::new("service", 1110, "missing meta")),
        )
        .detail("the response has no session header"),
        (Some(h), _) if validate_header(h).is_err() => {
            let e = validate_header(h).unwrap_err();
            Check::fail(
                "response_header",
                header_title,
                Some(MinerError::new("service", 1110, format!("invalid session header: {e}"))),
            )
            .detail(e)
        }
        (Some(h), Some(sent)) if h != sent => Check::fail("response_header", header_title, None)
            .compare(header_line(sent), header_line(h))
            .detail("the miner echoes the request's header; this response is for another relay"),
        (Some(h), _) => Check::pass("response_header", header_title).detail(header_line(h)),
    });
    checks.push(payload_hash_check(&decoded));
    checks.push(supplier_signature_check(&decoded, supplier_address, ctx));
    checks.push(payload_decode_check(&decoded));
}

fn payload_hash_check(decoded: &DecodedResponse) -> Check {
    let title = "payload_hash is SHA-256 of the payload";
    let response = &decoded.response;
    let hashed = Hashed::new("payload -> payload_hash", &response.payload);
    match relay::payload_hash_matches(decoded) {
        None => Check::skip(
            "payload_hash",
            title,
            "no payload_hash (a miner before poktroll v0.1.25): the signature covers the payload itself",
        ),
        Some(true) => Check::pass("payload_hash", title).hashed(hashed),
        Some(false) => Check::fail("payload_hash", title, None)
            .compare(hashed.sha256.clone(), hex::encode(&response.payload_hash))
            .detail("the signature covers payload_hash, not the payload: this payload is not the one the supplier signed (shannon-sdk and PATH do not check this)")
            .hashed(hashed),
    }
}

fn supplier_signature_check(
    decoded: &DecodedResponse,
    supplier_address: Option<&str>,
    ctx: &Context,
) -> Check {
    let id = "supplier_signature";
    let title = "supplier signature (cosmos secp256k1, SHA-256 twice, low S)";
    let signable = relay::response_signable_bytes(&decoded.response, decoded.payload_hash_present);
    let label = if decoded.payload_hash_present {
        "response (signature and payload emptied) -> digest"
    } else {
        "response (signature emptied) -> digest"
    };
    let hashed = Hashed::new(label, &signable);
    let signature = decoded.response.meta().supplier_operator_signature;
    if signature.is_empty() {
        return Check::fail(
            id,
            title,
            Some(MinerError::new("service", 1110, "missing supplier operator signature")),
        )
        .detail("the response is not signed")
        .hashed(hashed);
    }
    let Some(key) = ctx.supplier_key else {
        return Check::skip(
            id,
            title,
            "pass --supplier-pubkey HEX (the supplier operator's account key) to check it",
        )
        .hashed(hashed);
    };
    if let Some(address) = supplier_address
        && key.address() != address
    {
        return Check::fail(id, title, None)
            .compare(address.to_string(), key.address())
            .detail("--supplier-pubkey is not the key of the supplier the request names")
            .fix("pass the public key of the request's supplier_operator_address (its account's pub_key)")
            .hashed(hashed);
    }
    match relay::verify_response_signature(decoded, &key) {
        Ok(()) => Check::pass(id, title).detail(format!("signed by {}", key.address())).hashed(hashed),
        Err(e) => {
            let check = Check::fail(
                id,
                title,
                Some(MinerError::new("service", 1110, format!("invalid signature: {e}"))),
            )
            .detail(e.to_string())
            .hashed(hashed);
            match e {
                SignatureError::Invalid => check.fix(
                    "the response was changed, or was signed by another key than the supplier operator's",
                ),
                _ => check,
            }
        }
    }
}

fn payload_decode_check(decoded: &DecodedResponse) -> Check {
    let title = "payload decodes as a POKTHTTPResponse";
    match wire::decode_http_response(&decoded.response.payload) {
        Ok(http) => Check::pass("payload_decode", title).detail(format!(
            "HTTP {}, {} header(s), {} body bytes",
            http.status_code,
            http.header.len(),
            http.body_bz.len()
        )),
        Err(e) => Check::fail("payload_decode", title, None).detail(e.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::shannon::keys::PrivateKey;
    use crate::protocol::shannon::relay::tests::{V1_PRIV, V6_APP_PRIV, V6_SUPPLIER_PRIV, v6_request};
    use crate::protocol::shannon::wire::tests::v6_header;

    fn status_of(report: &Report, id: &str) -> Status {
        report
            .checks
            .iter()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("no check {id}: {report:#?}"))
            .status
    }

    fn ring() -> Vec<PublicKey> {
        vec![
            PrivateKey::from_hex(V6_APP_PRIV).unwrap().public_key(),
            PrivateKey::from_hex(V1_PRIV).unwrap().public_key(),
        ]
    }

    #[test]
    fn the_v6_request_passes_every_offline_check() {
        let body = v6_request().to_bytes();
        let ctx = Context {
            ring: ring(),
            height: Some(1030),
            grace_period: 1,
            claim_window_open_offset: 1,
            supplier_key: None,
            cache: None,
            brief: false,
        };
        let report = verify_request(&body, None, &ctx);
        assert!(report.verdict.valid, "{report:#?}");
        // A miner's cache changes nothing in the report, cold or warm.
        let cached = Context { cache: Some(Arc::default()), ..ctx.clone() };
        for _ in 0..2 * crate::protocol::shannon::fixed::BUILD_AFTER {
            assert_eq!(format!("{:?}", verify_request(&body, None, &cached)), format!("{report:?}"));
        }
        let ids: Vec<_> = report.checks.iter().map(|c| c.id).collect();
        assert_eq!(
            ids,
            [
                "decode",
                "session_header",
                "signature_present",
                "supplier_address",
                "session_window",
                "ring_decode",
                "ring_membership",
                "ring_signature",
                "session"
            ]
        );
        let hashed = &report.checks.iter().find(|c| c.id == "ring_signature").unwrap().hashed[0];
        assert_eq!(hashed.sha256, "0878236614ae2773807786ed1a5056b8986e9d3288ee529b8ff7b7d5674a4701");
        // Without a ring or height, those checks are skipped, not failed.
        let report = verify_request(&body, None, &Context::default());
        assert!(report.verdict.valid);
        assert_eq!(status_of(&report, "ring_membership"), Status::Skip);
        assert_eq!(status_of(&report, "session_window"), Status::Skip);
    }

    #[test]
    fn each_failure_maps_to_the_miners_error() {
        let good = v6_request();
        type Mutation = Box<dyn Fn(&mut RelayRequest)>;
        let cases: Vec<(Mutation, &str, &str, u32)> = vec![
            (Box::new(|r| r.meta.as_mut().unwrap().session_header = None), "session_header", "service", 1111),
            (
                Box::new(|r| r.meta.as_mut().unwrap().session_header.as_mut().unwrap().session_id.clear()),
                "session_header",
                "service",
                1111,
            ),
            (
                Box::new(|r| {
                    r.meta.as_mut().unwrap().session_header.as_mut().unwrap().service_id = "e th".into()
                }),
                "session_header",
                "service",
                1111,
            ),
            (
                Box::new(|r| {
                    r.meta.as_mut().unwrap().session_header.as_mut().unwrap().session_end_block_height = 1001
                }),
                "session_header",
                "service",
                1111,
            ),
            (Box::new(|r| r.meta.as_mut().unwrap().signature.clear()), "signature_present", "service", 1111),
            (
                Box::new(|r| r.meta.as_mut().unwrap().supplier_operator_address.clear()),
                "supplier_address",
                "service",
                1111,
            ),
            (
                Box::new(|r| r.meta.as_mut().unwrap().supplier_operator_address = "cosmos1x".into()),
                "supplier_address",
                "relayer_proxy",
                9,
            ),
            (Box::new(|r| r.payload.push(b' ')), "ring_signature", "rings", 3),
            (Box::new(|r| r.meta.as_mut().unwrap().signature.truncate(100)), "ring_decode", "rings", 3),
        ];
        for (mutate, id, codespace, code) in cases {
            let mut request = good.clone();
            mutate(&mut request);
            let report = verify_request(&request.to_bytes(), None, &Context::default());
            assert_eq!(report.verdict.first_failure, Some(id), "{report:#?}");
            let e = report.verdict.miner_error.unwrap();
            assert_eq!((e.codespace.as_str(), e.code), (codespace, code));
        }
        let report = verify_request(&good.to_bytes()[..40], None, &Context::default());
        assert_eq!(report.checks.len(), 1);
        assert_eq!(report.verdict.miner_error.unwrap().code, 14);
    }

    /// A brief report (a relay miner's) has the same checks, verdicts and errors as the full one,
    /// without the texts written for people; a decoded request gives the same checks but decode.
    #[test]
    fn a_brief_report_keeps_every_verdict() {
        let good = v6_request();
        let mut stranger = ring();
        stranger.truncate(1);
        let mut tampered = good.clone();
        tampered.payload.push(b' ');
        for (request, keys) in [(&good, ring()), (&good, stranger), (&tampered, ring())] {
            let full = Context { ring: keys, cache: Some(Arc::default()), ..Default::default() };
            let brief = Context { brief: true, ..full.clone() };
            let report = verify_request(&request.to_bytes(), None, &full);
            let short = verify_decoded_request(request, &brief);
            assert_eq!(report.checks[0].id, "decode");
            let (long, short) = (&report.checks[1..], &short.checks);
            assert_eq!(long.len(), short.len());
            for (l, s) in long.iter().zip(short) {
                assert_eq!(
                    (l.id, l.status, format!("{:?}", l.error)),
                    (s.id, s.status, format!("{:?}", s.error))
                );
                assert!(s.hashed.is_empty());
                if l.id != "ring_membership" {
                    assert_eq!(l.detail, s.detail);
                }
            }
            let member =
                |checks: &[Check]| checks.iter().find(|c| c.id == "ring_membership").unwrap().detail.clone();
            assert!(member(long).unwrap().contains("pokt1"));
            assert!(!member(short).unwrap_or_default().contains("pokt1"));
        }
    }

    #[test]
    fn ring_membership_and_session_window() {
        let body = v6_request().to_bytes();
        // Only the app's key: poktroll's rule expects [app, placeholder], so the gateway is a stranger.
        let ctx = Context { ring: ring()[..1].to_vec(), ..Default::default() };
        let report = verify_request(&body, None, &ctx);
        assert_eq!(report.verdict.first_failure, Some("ring_membership"));
        assert!(
            report
                .checks
                .iter()
                .find(|c| c.id == "ring_membership")
                .unwrap()
                .detail
                .as_deref()
                .unwrap()
                .contains("pokt1mrqt5f7qh8uxs27cjm9t7v9e74a9vvdnq5jva4")
        );
        for (height, ok) in [(1000, false), (1001, true), (1060, true), (1061, true), (1062, false)] {
            let ctx = Context {
                height: Some(height),
                grace_period: 1,
                claim_window_open_offset: 1,
                ..Default::default()
            };
            let report = verify_request(&body, None, &ctx);
            assert_eq!(status_of(&report, "session_window") == Status::Pass, ok, "height {height}");
        }
        let ctx = Context { height: Some(1062), grace_period: 1, ..Default::default() };
        let e = verify_request(&body, None, &ctx).verdict.miner_error.unwrap();
        assert_eq!((e.codespace.as_str(), e.code), ("relay_authenticator", 1));
    }

    #[test]
    fn responses_are_checked_with_the_request() {
        let request = v6_request();
        let supplier = PrivateKey::from_hex(V6_SUPPLIER_PRIV).unwrap();
        let payload = hex::decode("08c801").unwrap();
        let response = relay::sign_response(v6_header(), payload, &supplier).to_bytes();
        let ctx = Context { supplier_key: Some(supplier.public_key()), ..Default::default() };
        let report = verify_request(&request.to_bytes(), Some(&response), &ctx);
        assert!(report.verdict.valid, "{report:#?}");
        // A key that is not the named supplier's.
        let other = Context {
            supplier_key: Some(PrivateKey::from_hex(V1_PRIV).unwrap().public_key()),
            ..Default::default()
        };
        let report = verify_request(&request.to_bytes(), Some(&response), &other);
        assert_eq!(report.verdict.first_failure, Some("supplier_signature"));
        // An error reply.
        let reply = wire::RelayResponse {
            meta: Some(wire::RelayResponseMetadata {
                session_header: Some(v6_header()),
                ..Default::default()
            }),
            payload: b"invalid relay request signature".to_vec(),
            relay_miner_error: Some(wire::RelayMinerError {
                codespace: "rings".into(),
                code: 3,
                description: String::new(),
                message: "x".into(),
            }),
            payload_hash: vec![],
        };
        let report = verify_response(&reply.to_bytes(), &ctx);
        assert_eq!(report.verdict.first_failure, Some("relay_miner_error"));
        assert_eq!(
            report.verdict.miner_error.unwrap().to_string(),
            "rings/3 (invalid relay request signature): x"
        );
    }

    #[test]
    fn bare_ring_signatures() {
        let request = v6_request();
        let m = relay::request_signable_hash(&request);
        let sig = request.meta().signature;
        assert!(verify_ring_signature(&sig, &m, &ring()).verdict.valid);
        let mut other = m;
        other[31] ^= 1;
        assert_eq!(verify_ring_signature(&sig, &other, &[]).verdict.first_failure, Some("ring_signature"));
        assert_eq!(verify_ring_signature(&sig[..10], &m, &[]).verdict.first_failure, Some("ring_decode"));
    }

    mod properties {
        use proptest::prelude::*;

        use super::*;
        use crate::protocol::shannon::ring::RingSignature;
        use crate::protocol::shannon::wire::tests::V6_SUPPLIER;

        fn keys(seeds: &[[u8; 32]]) -> Vec<PrivateKey> {
            seeds.iter().map(|s| PrivateKey::from_bytes(&sha256(s)).unwrap()).collect()
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

            /// Every signature pgw makes verifies, for rings of 1 to 8 chain keys (1 key: the
            /// app and poktroll's placeholder), whoever in the ring signs.
            #[test]
            fn every_signature_verifies_and_any_flipped_byte_fails(
                seeds in proptest::collection::vec(any::<[u8; 32]>(), 1..=8),
                signer in any::<prop::sample::Index>(),
                message in any::<[u8; 32]>(),
                flip_at in any::<prop::sample::Index>(),
                mask in 1u8..=255,
            ) {
                let keys = keys(&seeds);
                let chain: Vec<PublicKey> = keys.iter().map(|k| k.public_key()).collect();
                let ring = relay::ring_for(&chain);
                let key = &keys[signer.index(keys.len())];
                let sig = RingSignature::sign(&message, &ring, key).unwrap();
                prop_assert!(sig.verify(&message));
                let bytes = sig.to_bytes();
                prop_assert_eq!(bytes.len(), 69 + 65 * ring.len());
                prop_assert!(verify_ring_signature(&bytes, &message, &chain).verdict.valid);
                let mut flipped = bytes.clone();
                flipped[flip_at.index(bytes.len())] ^= mask;
                prop_assert!(!verify_ring_signature(&flipped, &message, &[]).verdict.valid);
                let mut other = message;
                other[flip_at.index(32)] ^= mask;
                prop_assert!(!sig.verify(&other));
            }

            /// A signed relay request passes, and flipping any byte of its wire bytes makes the
            /// offline checks fail.
            #[test]
            fn any_flipped_byte_of_a_signed_request_fails(
                seeds in proptest::collection::vec(any::<[u8; 32]>(), 1..=4),
                payload in proptest::collection::vec(any::<u8>(), 0..64),
                flip_at in any::<prop::sample::Index>(),
                mask in 1u8..=255,
            ) {
                let keys = keys(&seeds);
                let chain: Vec<PublicKey> = keys.iter().map(|k| k.public_key()).collect();
                let mut header = v6_header();
                header.application_address = chain[0].address();
                let request = relay::sign_request(header, V6_SUPPLIER, payload, &relay::ring_for(&chain), &keys[0]).unwrap();
                let body = request.to_bytes();
                let ctx = Context { ring: chain, ..Default::default() };
                prop_assert!(verify_request(&body, None, &ctx).verdict.valid);
                let mut flipped = body.clone();
                flipped[flip_at.index(body.len())] ^= mask;
                prop_assert!(!verify_request(&flipped, None, &ctx).verdict.valid);
            }
        }
    }
}
