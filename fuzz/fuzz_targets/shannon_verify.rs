//! `pgw proof verify`'s Shannon input path on arbitrary bytes: the RelayRequest and, after the
//! first 0xff 0x00 pair (if any), the relay miner's RelayResponse. Never panics, and the report
//! is consistent. Also the bare ring-signature parser and verifier.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pgw::protocol::shannon::keys::PrivateKey;
use pgw::protocol::shannon::verify::{Context, Status, verify_request, verify_ring_signature};

fuzz_target!(|data: &[u8]| {
    let (body, response) = match data.windows(2).position(|w| w == [0xff, 0x00]) {
        Some(i) => (&data[..i], Some(&data[i + 2..])),
        None => (data, None),
    };
    let supplier = PrivateKey::from_bytes(&[7u8; 32]).unwrap().public_key();
    let ctx = Context { ring: vec![supplier], height: Some(1030), grace_period: 1, claim_window_open_offset: 1, supplier_key: Some(supplier) };
    let report = verify_request(body, response, &ctx);

    assert!(!report.checks.is_empty(), "a report has at least one check");
    let any_fail = report.checks.iter().any(|c| c.status == Status::Fail);
    assert_eq!(report.verdict.valid, !any_fail, "valid iff no check failed: {report:?}");
    let first = report.checks.iter().find(|c| c.status == Status::Fail).map(|c| c.id);
    assert_eq!(report.verdict.first_failure, first, "first_failure names the first failing check");
    if response.is_some() && report.checks[0].status == Status::Pass {
        assert!(report.checks.iter().any(|c| c.id == "response_decode"), "a decoded relay with a response gets response checks");
    }
    if let Err(e) = serde_json::to_string(&report) {
        panic!("the report serializes: {e}");
    }
    let report = verify_ring_signature(data, &[0u8; 32], &[]);
    assert!(!report.checks.is_empty());
});
