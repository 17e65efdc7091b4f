//! Renders verification checklists (`aat verify`, `proof verify`) for people.

use crate::protocol::checklist::{self, Status};
use crate::protocol::morse::verify::{Check, Verdict};
use crate::protocol::shannon::verify as shannon;

use super::table;

fn status_word(status: Status) -> &'static str {
    match status {
        Status::Pass => "pass",
        Status::Fail => "FAIL",
        Status::Skip => "skip",
    }
}

/// One row per check; failures carry expected/actual, the node's answer (`answer`) and the
/// fix. With `explain`, the hashed bytes of each step (`bytes`) follow the table.
fn render_checks<E, H>(
    checks: &[checklist::Check<E, H>],
    explain: bool,
    answer: impl Fn(&E) -> String,
    bytes: impl Fn(&H) -> String,
) -> String {
    let mut t = table::new(&["Result", "Check", "Details"]);
    for check in checks {
        let mut details = vec![check.title.to_string()];
        details.extend(check.detail.clone());
        if check.status == Status::Fail {
            if let (Some(expected), Some(actual)) = (&check.expected, &check.actual) {
                details.push(format!("expected: {expected}"));
                details.push(format!("actual:   {actual}"));
            }
            details.extend(check.error.as_ref().map(&answer));
            details.extend(check.fix.as_ref().map(|fix| format!("fix: {fix}")));
        }
        t.add_row(vec![status_word(check.status).to_string(), check.id.to_string(), details.join("\n")]);
    }
    let mut text = table::render(&t);
    if explain {
        for hashed in checks.iter().flat_map(|c| &c.hashed) {
            text.push_str(&bytes(hashed));
        }
    }
    text
}

/// A Morse checklist: the node's answer is its pocket-core error; hashed bytes are JSON.
pub fn render(checks: &[Check], explain: bool) -> String {
    render_checks(
        checks,
        explain,
        |e| format!("node answers: code {} ({}): {}", e.code, e.codespace, e.message),
        |h| format!("\n{}:\n{}\nsha3-256: {}\n", h.label, h.json, h.sha3_256),
    )
}

/// The closing line: valid, or the error a node would answer.
pub fn verdict_line(verdict: &Verdict, what: &str) -> String {
    if verdict.valid {
        return format!("\nVALID: this {what} passes every check a node can make without chain state\n");
    }
    match &verdict.node_error {
        Some(e) => format!(
            "\nINVALID: a node would reject this {what} with code {} ({}): {}\n",
            e.code, e.codespace, e.message
        ),
        None => format!("\nINVALID: this {what} fails check '{}'\n", verdict.first_failure.unwrap_or("?")),
    }
}

/// A Shannon checklist: the relay miner's error; hashed bytes are hex.
pub fn render_shannon(checks: &[shannon::Check], explain: bool) -> String {
    render_checks(
        checks,
        explain,
        |e| format!("relay miner answers: {e}"),
        |h| format!("\n{}:\n{}\nsha256: {}\n", h.label, h.hex, h.sha256),
    )
}

/// The closing line of a Shannon checklist.
pub fn shannon_verdict_line(verdict: &shannon::Verdict, what: &str) -> String {
    if verdict.valid {
        return format!("\nVALID: this Shannon {what} passes every check that needs no chain state\n");
    }
    match &verdict.miner_error {
        Some(e) => format!("\nINVALID: a relay miner would answer {e}\n"),
        None => {
            format!("\nINVALID: this Shannon {what} fails check '{}'\n", verdict.first_failure.unwrap_or("?"))
        }
    }
}
