//! What a dispatcher or node sends, through every parser and filter issue 11 changed: the
//! dispatch parser (duplicates counted once, at most MAX_SESSION_NODES), relay and RPC error
//! bodies, the answer classifier, and the sanitizer and redaction every printed line passes.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pgw::network::{outcome, session};
use pgw::output::sanitize;
use pgw::redact;

/// The longest run of hex digits that could be a secret: at most 64 may be shown (a Morse
/// private key is 128), and a Shannon compressed public key (66, starting 02 or 03) is public.
fn longest_hex_run(text: &str) -> usize {
    text.split(|c: char| !c.is_ascii_hexdigit())
        .filter(|run| !(run.len() == 66 && (run.starts_with("02") || run.starts_with("03"))))
        .map(str::len)
        .max()
        .unwrap_or(0)
}

/// Every "://" authority either has no userinfo or only the redacted one.
fn no_credentials(text: &str) -> bool {
    text.match_indices("://").all(|(at, _)| {
        let tail = &text[at + 3..];
        let end = tail
            .find(|c: char| matches!(c, '/' | '?' | '#' | '"' | '\'' | '<' | '>' | '`') || c.is_whitespace())
            .unwrap_or(tail.len());
        match tail[..end].rfind('@') {
            None => true,
            Some(i) => tail[..i].ends_with("***") && !tail[..i].trim_end_matches('*').contains('@'),
        }
    })
}

fn check_line(text: &str) {
    let redacted = redact::text(text);
    assert!(longest_hex_run(&redacted) <= 64, "{redacted:?}");
    let line = sanitize::one_line(&redacted);
    assert!(!line.chars().any(|c| c.is_control()), "{line:?}");
    assert!(line.chars().count() <= sanitize::MAX_LINE + 40, "{}", line.len());
    let shown = sanitize::terminal(text);
    assert!(!shown.chars().any(|c| c.is_control() && c != '\n' && c != '\t'), "{shown:?}");
}

fuzz_target!(|data: &[u8]| {
    if let Ok(dispatch) = session::parse_dispatch(data) {
        let nodes = &dispatch.session.nodes;
        assert!(nodes.len() <= session::MAX_SESSION_NODES);
        for (i, node) in nodes.iter().enumerate() {
            assert!(!nodes[..i].iter().any(|n| n.address.eq_ignore_ascii_case(&node.address)));
            check_line(&node.service_url);
        }
    }
    let _ = session::parse_relay_error(data);
    if let Some((_, message)) = session::parse_rpc_error(data) {
        check_line(&message);
    }
    for status in [200, 400, 413, 503] {
        if let Err(failure) = outcome::classify(status, data) {
            check_line(&failure.to_string());
            assert_eq!(failure.next() == outcome::Next::Stop && failure.code().is_none(), failure.is_request_fault());
        }
    }
    let text = String::from_utf8_lossy(data);
    check_line(&text);
    assert!(no_credentials(&redact::text(&text)), "{text:?}");
});
