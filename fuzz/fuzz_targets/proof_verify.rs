//! `pgw proof verify`'s whole input path on arbitrary bytes: the relay body and, after the
//! first 0x00 byte (if any), the node's response. Never panics, and the report is consistent.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pgw::protocol::morse::verify::{Status, verify_relay};

fuzz_target!(|data: &[u8]| {
    let (body, response) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let report = verify_relay(body, response);

    assert!(!report.checks.is_empty(), "a report has at least one check");
    let any_fail = report.checks.iter().any(|c| c.status == Status::Fail);
    assert_eq!(report.verdict.valid, !any_fail, "valid iff no check failed: {report:?}");
    if report.verdict.valid {
        assert!(report.verdict.node_error.is_none(), "a valid relay has no node error: {report:?}");
        assert!(report.verdict.first_failure.is_none(), "a valid relay has no first failure: {report:?}");
    } else {
        let first = report.checks.iter().find(|c| c.status == Status::Fail).map(|c| c.id);
        assert_eq!(report.verdict.first_failure, first, "first_failure names the first failing check");
    }
    if response.is_some() && report.checks[0].status == Status::Pass {
        assert!(
            report.checks.iter().any(|c| c.id == "response_signature"),
            "a decoded relay with a response gets a response check"
        );
    }
    if let Err(e) = serde_json::to_string(&report) {
        panic!("the report serializes: {e}");
    }
});
