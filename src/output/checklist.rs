//! Renders verification checklists (`aat verify`, `proof verify`) for people.

use crate::protocol::morse::verify::{Check, Status, Verdict};

use super::table;

fn status_word(status: Status) -> &'static str {
    match status {
        Status::Pass => "pass",
        Status::Fail => "FAIL",
        Status::Skip => "skip",
    }
}

/// One row per check; failures carry expected/actual, the node's answer and the fix. With
/// `explain`, the hashed bytes of each step follow the table.
pub fn render(checks: &[Check], explain: bool) -> String {
    let mut t = table::new(&["Result", "Check", "Details"]);
    for check in checks {
        let mut details = vec![check.title.to_string()];
        details.extend(check.detail.clone());
        if check.status == Status::Fail {
            if let (Some(expected), Some(actual)) = (&check.expected, &check.actual) {
                details.push(format!("expected: {expected}"));
                details.push(format!("actual:   {actual}"));
            }
            if let Some(error) = &check.error {
                details.push(format!(
                    "node answers: code {} ({}): {}",
                    error.code, error.codespace, error.message
                ));
            }
            details.extend(check.fix.as_ref().map(|fix| format!("fix: {fix}")));
        }
        t.add_row(vec![status_word(check.status).to_string(), check.id.to_string(), details.join("\n")]);
    }
    let mut text = table::render(&t);
    if explain {
        for hashed in checks.iter().flat_map(|c| &c.hashed) {
            text.push_str(&format!("\n{}:\n{}\nsha3-256: {}\n", hashed.label, hashed.json, hashed.sha3_256));
        }
    }
    text
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

/// One row per Shannon check; failures carry expected/actual, the relay miner's error and the
/// fix. With `explain`, the hashed bytes (hex) of each step follow the table.
pub fn render_shannon(checks: &[crate::protocol::shannon::verify::Check], explain: bool) -> String {
    use crate::protocol::shannon::verify::Status as S;
    let mut t = table::new(&["Result", "Check", "Details"]);
    for check in checks {
        let mut details = vec![check.title.to_string()];
        details.extend(check.detail.clone());
        if check.status == S::Fail {
            if let (Some(expected), Some(actual)) = (&check.expected, &check.actual) {
                details.push(format!("expected: {expected}"));
                details.push(format!("actual:   {actual}"));
            }
            if let Some(error) = &check.error {
                details.push(format!("relay miner answers: {error}"));
            }
            details.extend(check.fix.as_ref().map(|fix| format!("fix: {fix}")));
        }
        let word = match check.status {
            S::Pass => "pass",
            S::Fail => "FAIL",
            S::Skip => "skip",
        };
        t.add_row(vec![word.to_string(), check.id.to_string(), details.join("\n")]);
    }
    let mut text = table::render(&t);
    if explain {
        for hashed in checks.iter().flat_map(|c| &c.hashed) {
            text.push_str(&format!("\n{}:\n{}\nsha256: {}\n", hashed.label, hashed.hex, hashed.sha256));
        }
    }
    text
}

/// The closing line of a Shannon checklist.
pub fn shannon_verdict_line(verdict: &crate::protocol::shannon::verify::Verdict, what: &str) -> String {
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
