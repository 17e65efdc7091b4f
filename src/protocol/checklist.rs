//! The shape both protocols' offline checklists share (`aat verify`, `proof verify`): a list of
//! checks in the node's own order, each passed, failed or skipped, a failure carrying what the
//! node would answer. What is checked, and how the error and the hashed bytes look, stays with
//! each protocol.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pass,
    Fail,
    Skip,
}

/// The error a node answers with when a check fails.
pub trait Refusal {
    /// What to do about it, when the protocol's catalogue says.
    fn advice(&self) -> Option<String>;
}

/// One check. `E` is the protocol's node error, `H` its record of hashed bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check<E, H> {
    pub id: &'static str,
    pub title: &'static str,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actual: Option<String>,
    /// For a pass or skip, what was checked; for a failure, what is wrong.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// What a node answers when this check fails.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<E>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hashed: Vec<H>,
}

impl<E: Refusal, H> Check<E, H> {
    pub fn new(id: &'static str, title: &'static str, status: Status) -> Self {
        Check {
            id,
            title,
            status,
            expected: None,
            actual: None,
            detail: None,
            error: None,
            fix: None,
            hashed: Vec::new(),
        }
    }

    pub fn pass(id: &'static str, title: &'static str) -> Self {
        Self::new(id, title, Status::Pass)
    }

    pub fn skip(id: &'static str, title: &'static str, why: impl Into<String>) -> Self {
        Self::new(id, title, Status::Skip).detail(why)
    }

    /// A failure; its fix is the error's advice, when there is one.
    pub fn fail(id: &'static str, title: &'static str, error: Option<E>) -> Self {
        let fix = error.as_ref().and_then(Refusal::advice);
        Check { error, fix, ..Self::new(id, title, Status::Fail) }
    }

    /// A pass when `result` is Ok, otherwise a failure carrying the node's error.
    pub fn from_result(id: &'static str, title: &'static str, result: Result<(), E>) -> Self {
        match result {
            Ok(()) => Self::pass(id, title),
            Err(e) => Self::fail(id, title, Some(e)),
        }
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    pub fn fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = Some(fix.into());
        self
    }

    pub fn compare(mut self, expected: impl Into<String>, actual: impl Into<String>) -> Self {
        self.expected = Some(expected.into());
        self.actual = Some(actual.into());
        self
    }

    pub fn hashed(mut self, hashed: H) -> Self {
        self.hashed.push(hashed);
        self
    }
}

/// The first failed check: the one a node stops at.
pub fn first_failure<E, H>(checks: &[Check<E, H>]) -> Option<&Check<E, H>> {
    checks.iter().find(|c| c.status == Status::Fail)
}
